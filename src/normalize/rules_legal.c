/* A reference to an article of a law or code written with the short forms of бап and тармақ:
 * "ҚР Еңбек кодексінің 12 б. 3 т." -> он екінші бабының үшінші тармағы. Outside such a
 * reference "б." after a number is a page and "т." a tonne (rules_measures.c). */
#include "normalize/context.h"
#include "normalize/rules.h"

#include "kk/tables.h"

/* The short forms: б. бап (the part of an article after an article: бөлік), бб. баптар, т.
 * тармақ, тт. тармақтар. */
typedef enum part { PART_NONE, PART_ARTICLE, PART_ARTICLES, PART_ITEM, PART_ITEMS } part;

static part part_at(const nctx *c, size_t k)
{
    if (!is_word(c, k) || !tok_is(c, k + 1, ".") || !glued(c, k + 1) || glued(c, k + 2))
        return PART_NONE;
    return tok_is(c, k, "б")    ? PART_ARTICLE
           : tok_is(c, k, "бб") ? PART_ARTICLES
           : tok_is(c, k, "т")  ? PART_ITEM
           : tok_is(c, k, "тт") ? PART_ITEMS
                                : PART_NONE;
}

/* A number that can name an article or an item: 1..4 digits, not a decimal ("3,5 т."). */
static bool item_number(const nctx *c, size_t k)
{
    return is_num(c, k) && tlen(c, k) <= 4 && tstr(c, k)[0] != '0' &&
           !((tok_is(c, k + 1, ",") || tok_is(c, k + 1, ".")) && glued(c, k + 1) &&
             is_num(c, k + 2) && glued(c, k + 2));
}

/* One item of a reference at k: numbers joined by ",", "және" or a dash ("2, 3 тт.", "5-7 тт."),
 * an optional glued hyphen ("12-б.") and a short form. Returns the token of the short form and
 * sets *kind, or returns 0. */
static size_t item_at(const nctx *c, size_t k, part *kind)
{
    if (!item_number(c, k))
        return 0;
    size_t j = k + 1;
    while ((tok_is(c, j, ",") || tok_is(c, j, "және") || is_dash(c, j)) && item_number(c, j + 1))
        j += 2;
    if (tok_is(c, j, "-") && glued(c, j) && glued(c, j + 1))
        j++;
    else if (!spaced(c, j))
        return 0;
    *kind = part_at(c, j);
    return *kind == PART_NONE ? 0 : j;
}

/* A code named by its acronym: capitals ending in К (кодексі), "ҚК", "АК", "ӘҚБтК", with or
 * without a written genitive ("ҚК-нің"). */
static bool code_acronym(const nctx *c, size_t k)
{
    if (!is_word(c, k) || letters(c, k) < 2 || letters(c, k) > 6 || !starts_upper(c, k))
        return false;
    size_t n = tlen(c, k), p = n;
    return dy_utf8_prev(tstr(c, k), &p) == 0x041A; /* К */
}

/* The words that make "N б." a legal reference when they stand just before its first number:
 * an act in the genitive (кодексінің, Заңның, Қаулысының), a code's acronym, or another part
 * of the reference written in full ("12-бабының 3 т."). many: the reference has more than one
 * item, which is enough with an act in any case ("ҚР ЕК 12 б. 3 т.", "кодексі 12 б. 3 т."). */
static bool legal_before(const nctx *c, size_t i, bool many)
{
    if (i == 0)
        return false;
    size_t k = i - 1;
    if (!is_word(c, k))
        return false;
    dy_buf b = {0};
    const char *w = dy_nc_lower_word(c, k, &b);
    static const char *const FULL[] = {"баб", "бап", "тармағ", "тармақ"};
    bool yes = false;
    for (size_t f = 0; f < COUNT(FULL) && !yes && dy_kk_is_doc_noun(tstr(c, k), tlen(c, k)); f++)
        yes = !strncmp(w, FULL[f], strlen(FULL[f])); /* "12-бабының 3 т." */
    if (!yes && k >= 2 && tok_is(c, k - 1, "-") && glued(c, k) && glued(c, k - 1) &&
        is_word(c, k - 2))
        k -= 2; /* a written case ending: "ҚК-нің" */
    if (!yes && code_acronym(c, k))
        yes = true;
    else if (!yes && dy_kk_is_act_noun(tstr(c, k), tlen(c, k))) {
        static const char *const GEN[] = {"ның", "нің", "дың", "дің", "тың", "тің"};
        yes = many || dy_nc_ends_with_any(w, GEN, COUNT(GEN));
    }
    dy_buf_fini(&b);
    return yes;
}

/* Appends the noun of an item: its stem with the possessive (бабы, тармақтары), then the
 * genitive when another item follows (бабының), or the dative the next word asks for. */
static void put_noun(dy_buf *out, part kind, bool after_article, bool genitive, bool dative)
{
    const char *stem = kind == PART_ITEM || kind == PART_ITEMS ? "тармақ"
                       : after_article                         ? "бөлік"
                                                               : "бап";
    dy_kk_morph chain[3];
    size_t n = 0;
    if (kind == PART_ARTICLES || kind == PART_ITEMS)
        chain[n++] = DY_KK_PLURAL;
    chain[n++] = DY_KK_POSS3;
    if (genitive || dative)
        chain[n++] = genitive ? DY_KK_GEN : DY_KK_DAT;
    dy_kk_inflect(out, stem, chain, n);
}

/* Reads the numbers of the item from k to the short form at j, as ordinals. */
static void say_numbers(nctx *c, size_t k, size_t j, const char *name)
{
    for (size_t t = k; t < j; t++) {
        if (is_num(c, t)) {
            dy_buf b = {0};
            dy_nc_say_number(c, t, ORD, 1, &b);
            dy_nc_emit_words(c, b.data, tok(c, t)->src, name,
                             t == k ? tok(c, t)->space_before : true);
            dy_buf_fini(&b);
        } else if (tok_is(c, t, ",")) {
            dy_nc_emit(c, ",", tok(c, t)->src, name, false);
        } else if (is_dash(c, t) && t + 1 < j) {
            dy_nc_emit(c, "-", tok(c, t)->src, name, true);
        } else if (is_word(c, t)) {
            dy_nc_emit(c, "және", tok(c, t)->src, name, true);
        }
    }
}

size_t dy_nr_legal_ref(nctx *c, size_t i, const char *name)
{
    enum { MAX_ITEMS = 4 };
    size_t first[MAX_ITEMS], form[MAX_ITEMS];
    part kind[MAX_ITEMS];
    size_t n = 0, k = i;
    while (n < MAX_ITEMS && (form[n] = item_at(c, k, &kind[n])) != 0) {
        first[n] = k;
        k = form[n] + 2;
        n++;
        if (!spaced(c, k))
            break;
    }
    if (n == 0)
        return 0;
    /* an article then an item ("12 б. 3 т."): a page is never followed by a tonne; a volume and
     * a page are written the other way round ("5-т. 120-б.") */
    bool chain = n >= 2 && (kind[0] == PART_ARTICLE || kind[0] == PART_ARTICLES);
    /* a table of fines: a cell "| 592 б. 1 |" is article 592, part 1 (no page has a part) */
    bool cell = n == 1 && kind[0] == PART_ARTICLE && i > 0 && tok_is(c, i - 1, "|") &&
                item_number(c, k) && tlen(c, k) <= 2 && tok_is(c, k + 1, "|");
    if (!chain && !cell && !legal_before(c, i, n >= 2))
        return 0;
    static const char *const DATIVE[] = {"сәйкес", "сай", "қарай", "дейін", "шейін"};
    bool dative = dy_nc_word_in(c, k, DATIVE, COUNT(DATIVE));
    for (size_t t = 0; t < n; t++) {
        say_numbers(c, first[t], form[t], name);
        dy_buf b = {0};
        bool after_article = t > 0 && kind[t] == PART_ARTICLE && kind[t - 1] == PART_ARTICLE;
        put_noun(&b, kind[t], after_article, t + 1 < n || cell, t + 1 == n && dative);
        dy_nc_emit(c, b.data, dy_nc_span_of(c, form[t], form[t] + 1), name, true);
        dy_buf_fini(&b);
    }
    if (cell) {
        dy_buf b = {0};
        dy_nc_say_number(c, k, ORD, 1, &b);
        dy_buf_puts(&b, " бөлігі");
        dy_nc_emit_words(c, b.data, tok(c, k)->src, name, true);
        dy_buf_fini(&b);
        return k + 1 - i;
    }
    dy_nc_abbr_period(c, k - 1, STOP_CAPITAL);
    return k - i;
}
