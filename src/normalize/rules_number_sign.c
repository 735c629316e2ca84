/* The number sign № (normalize stage, rule table in normalize.c): "№82 мектеп", "№ 70)", codes
 * "№151-1", "№№", "#5", a Latin N or No typed for it. kazakh-normalization.md section 17.1. */
#include "normalize/rules.h"

#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"

/* Section 17.1: "№82 мектеп" -> сексен екі нөмірлі мектеп; "№ 70)" -> нөмір жетпіс; codes
 * "№151-1", "№151/2", "№590-591" -> нөмір жүз елу бір - бір; "№№" -> нөмірлері; "#5" -> нөмір бес.
 * A Latin N/No is the sign too; "№ 123-III" -> нөмір жүз жиырма үш - үшінші; before a verb or a
 * postposition the number is no attribute ("№ 5869 болып тіркелді" -> нөмір бес мың ...).
 */
/* A Latin "N" or "No" typed for № before a number in Cyrillic text ("N 266-XIII", "No 99-VII"):
 * the word before it, if any, is Cyrillic or a date. */
static bool latin_number_sign(const nctx *c, size_t i)
{
    if (!(tok_is(c, i, "N") || tok_is(c, i, "No")) || !is_num(c, i + 1))
        return false;
    if (tok_is(c, i + 1, ".")) /* "No." */
        return false;
    if (glued(c, i + 1) && glued(c, i + 2) && is_word(c, i + 2)) /* a code: "N02BE01" */
        return false;
    if (glued(c, i + 1) &&
        (dy_nr_reaction_sign(c, i + 2) || (i > 0 && dy_nr_reaction_sign(c, i - 1))))
        return false; /* nitrogen in a reaction: "3H2 + N2 → 2NH3" */
    if (glued(c, i + 1) && tok_is(c, i + 1, "2") &&
        dy_nc_sentence_has_stem(c, "азот молекула газ атмосфера ауа"))
        return false; /* the gas: "азот N2 және оттегі О2 молекулалары" */
    size_t w = i;
    while (w > 0 && !is_word(c, w - 1) && !is_num(c, w - 1))
        w--;
    return w == 0 || is_num(c, w - 1) || dy_is_cyrillic(first_cp(c, w - 1));
}

/* A Roman numeral glued by a hyphen after a law's number ("№ 123-III": the convocation of
 * Parliament) is said " - " + ordinal. Returns the tokens used after `last` (0: none). */
static size_t convocation(const nctx *c, size_t last, dy_buf *b)
{
    int v;
    if (!dy_nc_glued_sep(c, last + 1, "-") || !(v = dy_nc_roman_value(c, last + 2, NULL)))
        return 0;
    dy_buf_puts(b, " - ");
    dy_kk_ordinal_u64(b, (uint64_t)v);
    return 2;
}

/* Words after "№ N" that are no noun it numbers: "№ 32095 болып тіркелді", "№ 11088
 * тіркелді" -> нөмір ...; a passive verb by its ending (тіркелді, тіркелген, бекітілді). */
static bool verb_or_postposition(const nctx *c, size_t k)
{
    static const char *const WORDS[] = {
        "болып",  "болды", "болған", "болса",  "болатын", "болады",  "деп",        "бойынша",
        "сәйкес", "дейін", "бастап", "арқылы", "үшін",    "ретінде", "қабылданды", "жарияланды"};
    static const char *const PASSIVE[] = {"лді", "лды", "лген", "лған", "летін", "латын"};
    return dy_nc_word_in(c, k, WORDS, COUNT(WORDS)) ||
           dy_nc_word_ends(c, k, PASSIVE, COUNT(PASSIVE));
}

/* The noun that "№ N" numbers, if any, from token k on: a lower-case Cyrillic word, or a noun of a
 * legal act in any case ("№ 492 Қаулысымен"); an act's quoted title may stand between ("№ 29 «…»
 * Жарлығына"). Never a verb, a postposition or a joiner. */
static bool numbered_noun_at(const nctx *c, size_t k)
{
    if (is_punct(c, k) && dy_char_is_quote_open(first_cp(c, k)) && spaced(c, k)) {
        size_t q = k + 1;
        while (q < c->n && q - k < 16 &&
               !(is_punct(c, q) && dy_char_is_quote_close(first_cp(c, q))))
            q++;
        if (q >= c->n || q - k >= 16 || q == k + 1)
            return false;
        k = q + 1;
        if (!is_word(c, k) || !dy_kk_is_act_noun(tstr(c, k), tlen(c, k)))
            return false; /* "№72 «Алаш базары — МШК» аялдамалары": the title is the route's */
    }
    if (!is_word(c, k) || !spaced(c, k) || !dy_is_cyrillic(first_cp(c, k)) || dy_nc_joiner(c, k) ||
        verb_or_postposition(c, k))
        return false;
    return !dy_is_upper(first_cp(c, k)) || dy_kk_is_act_noun(tstr(c, k), tlen(c, k));
}

/* A full numeric date right after the sign ("№ 12.01.2015 ж."), the issue of a paper: нөмір and a
 * short pause, then the date rules read the date. */
static bool date_follows(const nctx *c, size_t k)
{
    if (!is_num(c, k) || !is_num(c, k + 2) || !is_num(c, k + 4) || tlen(c, k) > 2 ||
        tlen(c, k + 2) != 2 || tlen(c, k + 4) != 4 || !dy_nc_glued_sep(c, k + 1, ".") ||
        !dy_nc_glued_sep(c, k + 3, "."))
        return false;
    uint64_t day = dy_nc_num_value(c, k), month = dy_nc_num_value(c, k + 2);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 &&
           !(is_num(c, k + 6) && dy_nc_glued_sep(c, k + 5, "."));
}

/* The number after the sign from token k, said into b (codes "151-1", "151/2" and a convocation
 * "123-III" with short pauses, a letter "25а" by its name); *code says whether it is such a code.
 * Returns its last token. */
static size_t sign_number(const nctx *c, size_t k, dy_buf *b, bool *code)
{
    size_t last = k;
    dy_nc_say_number(c, k, NULL, 0, b);
    *code = false;
    while ((dy_nc_glued_sep(c, last + 1, "-") || dy_nc_glued_sep(c, last + 1, "/")) &&
           is_num(c, last + 2)) {
        dy_buf_puts(b, " - ");
        dy_nc_say_number(c, last + 2, NULL, 0, b);
        last += 2;
        *code = true;
    }
    size_t conv = convocation(c, last, b);
    last += conv;
    *code |= conv > 0;
    if (!*code && is_word(c, last + 1) && glued(c, last + 1) && letters(c, last + 1) == 1 &&
        dy_kk_letter_name(first_cp(c, last + 1)) &&
        !(glued(c, last + 2) && (is_word(c, last + 2) || is_num(c, last + 2)))) {
        /* a letter after the number: "№25а бағыты" -> жиырма бес а нөмірлі бағыты */
        dy_buf_putc(b, ' ');
        dy_buf_puts(b, dy_kk_letter_name(first_cp(c, last + 1)));
        last++;
    }
    return last;
}

/* Numbers with the sign coordinated before one noun ("№13а, №4а және №7а бағыттары"): does a
 * chain of "№ N" after the number that ends at last, joined by commas or conjunctions, end before
 * a noun it numbers? Then each is said as a bare number and only the last takes нөмірлі. */
static bool coordinated_sign(const nctx *c, size_t last)
{
    for (int hops = 0; hops < 8; hops++) {
        size_t j = dy_nc_joiner(c, last + 1), p = last + 1 + j;
        if (!j || is_dash(c, last + 1) || !tok_is(c, p, "\u2116") || !is_num(c, p + 1))
            return false;
        dy_buf scratch = {0};
        bool code;
        last = sign_number(c, p + 1, &scratch, &code);
        dy_buf_fini(&scratch);
        if (code)
            return false;
        if (numbered_noun_at(c, last + 1))
            return true;
    }
    return false;
}

size_t dy_nr_number_sign(nctx *c, size_t i, const char *name)
{
    /* the item mark of a test bank, "$$$ 19" opening a line: the item's ordinal, then a pause
     * (the dollars are no money) */
    if (tok_is(c, i, "$") && tok_is(c, i + 1, "$") && tok_is(c, i + 2, "$") && glued(c, i + 1) &&
        glued(c, i + 2)) {
        /* also inside a line (a page flattened to one paragraph), and with the item's answer key
         * after its number: "$$$ 13 A Шеңбер бойымен …" -> он үшінші, жауабы а, … */
        if (!(is_num(c, i + 3) && tlen(c, i + 3) <= 4))
            return 3; /* the mark alone: said as nothing */
        dy_nc_emit_number(c, i + 3, ORD, 1, dy_nc_span_of(c, i, i + 3), name);
        dy_nc_emit(c, ",", tok(c, i + 3)->src, name, false);
        size_t k = i + 4;
        int32_t key = is_word(c, k) && letters(c, k) == 1 && spaced(c, k) ? first_cp(c, k) : 0;
        if (key && dy_is_upper(key) && starts_upper(c, k + 1) && spaced(c, k + 1) &&
            letters(c, k + 1) > 1) {
            dy_nc_emit(c, "жауабы", tok(c, k)->src, name, true);
            dy_nc_emit(c, key < 0x80 ? dy_nr_school_letter(key) : dy_kk_letter_name(key),
                       tok(c, k)->src, name, true);
            dy_nc_emit(c, ",", tok(c, k)->src, name, false);
            return 5;
        }
        return 4;
    }
    bool hash = tok_is(c, i, "#");
    if (!tok_is(c, i, "\u2116") && !hash && !latin_number_sign(c, i))
        return 0;
    size_t k = i + 1;
    bool plural = !hash && tok_is(c, k, "\u2116") && glued(c, k);
    if (plural)
        k++;
    if (!is_num(c, k))
        return 0;
    if (!plural && date_follows(c, k)) {
        dy_nc_emit(c, "нөмір", tok(c, i)->src, name, tok(c, i)->space_before);
        dy_nc_emit(c, ",", tok(c, i)->src, name, false);
        return 1;
    }
    dy_buf b = {0};
    bool code;
    size_t last = sign_number(c, k, &b, &code);
    dy_span src = dy_nc_span_of(c, i, last);
    bool attr = !hash && !plural && !code;
    if (attr && numbered_noun_at(c, last + 1)) {
        dy_nc_emit_words(c, b.data, src, name, tok(c, i)->space_before);
        dy_nc_emit(c, "нөмірлі", src, name, true);
    } else if (attr && coordinated_sign(c, last)) {
        dy_nc_emit_words(c, b.data, src, name, tok(c, i)->space_before);
    } else {
        dy_nc_emit(c, plural ? "нөмірлері" : "нөмір", src, name, tok(c, i)->space_before);
        dy_nc_emit_words(c, b.data, src, name, true);
    }
    dy_buf_fini(&b);
    return last + 1 - i;
}
