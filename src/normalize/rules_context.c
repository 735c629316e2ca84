/* Rules that read numbers and abbreviations from their neighbours (normalize stage, rule table
 * in normalize.c): numbered document nouns ("6 бабында"), coordinated numbers ("12 және 15
 * қазанда"), place, language and volume abbreviations, and the particles мен/ма rebuilt after a
 * word dauys generated. kazakh-normalization.md sections 7.5, 7.6 rule 2, 18, 18.1 and 20.4. */
#include "normalize/rules.h"

#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"

/* Section 7.6 rule 2: is word k (after a number) a numbered noun outside a counting frame? The
 * frame: an ablative noun before тұрады/құралады, a verb of the list after the noun, or a
 * quantity word before the number at i. */
/* Between two members of a list of counts, after the noun at k: ", ", және, мен/бен/пен,
 * немесе, ал, or a converb and a comma ("3 бап қосылып, 5 бап алынды"). Returns the token of the
 * next member's number, 0 when none. */
static size_t next_count(const nctx *c, size_t k)
{
    static const char *const JOIN[] = {"және", "мен", "бен", "пен", "немесе", "ал"};
    static const char *const CONVERB[] = {"ып", "іп"};
    size_t j = k + 1;
    if (is_word(c, j) && dy_nc_word_ends(c, j, CONVERB, COUNT(CONVERB)) && tok_is(c, j + 1, ","))
        j++;
    if (tok_is(c, j, ",") && glued(c, j))
        j++;
    if (dy_nc_word_in(c, j, JOIN, COUNT(JOIN)))
        j++;
    return j > k + 1 && is_num(c, j) && spaced(c, j) && is_word(c, j + 1) && spaced(c, j + 1) ? j
                                                                                              : 0;
}

/* The member before the number at i in a list of counts ("12 мектеп, 3 топ"): its number's
 * token, 0 when none. */
static size_t prev_count(const nctx *c, size_t i)
{
    for (size_t m = i >= 6 ? i - 6 : 0; m + 1 < i; m++)
        if (is_num(c, m) && is_word(c, m + 1) && spaced(c, m + 1) && next_count(c, m + 1) == i)
            return m;
    return 0;
}

/* Is the member "number at m, noun at m+1" a count: a noun that no document numbers ("12
 * мектеп"), or a noun with a counting verb after it ("40 параграфтан тұрады")? Months, year
 * words and capitalised words are no members. */
static int member_kind(const nctx *c, size_t m)
{
    size_t w = m + 1, stem;
    if (!is_word(c, w) || starts_upper(c, w) || dy_kk_month(tstr(c, w), tlen(c, w), &stem) ||
        dy_nc_is_year_word(c, w) || tlen(c, m) > 4)
        return -1; /* no member */
    if (!dy_kk_is_doc_noun(tstr(c, w), tlen(c, w)))
        return 1;
    return is_word(c, w + 1) && dy_kk_is_counting_verb(tstr(c, w + 1), tlen(c, w + 1));
}

/* Section 7.6 rule 2, issue 14: the number at i is a member of a list of counts ("Кітап 3 бөлім,
 * 12 тарау және 40 параграфтан тұрады", "12 мектеп, 5 балабақша, 3 топ"): some member counts,
 * so every member is a cardinal. */
static bool in_count_list(const nctx *c, size_t i)
{
    size_t first = i;
    for (size_t p, guard = 0; guard < 16 && (p = prev_count(c, first)) != 0; guard++) {
        if (member_kind(c, p) < 0)
            break;
        first = p;
    }
    if (first > 0 && is_word(c, first - 1) &&
        dy_kk_is_quantity_word(tstr(c, first - 1), tlen(c, first - 1)))
        return true;
    size_t m = first;
    for (int guard = 0; guard < 16; guard++) {
        int kind = member_kind(c, m);
        if (kind < 0)
            return false;
        if (kind > 0 && (m != i || first != i))
            return true;
        size_t nx = next_count(c, m + 1);
        if (!nx)
            return false;
        m = nx;
    }
    return false;
}

/* Is word k a form of орын, the place in a contest (орын, орынға, орны, орнын)? */
static bool place_noun(const nctx *c, size_t k)
{
    return dy_nc_word_starts(c, k, "орын") || dy_nc_word_starts(c, k, "орн");
}

/* Is a place in a contest won in the clause after the орын at k: иеленді, жеңіп алды, ие болды,
 * бөлісті, қанағаттанды, тұрақтады (up to a punctuation mark), or алды right after it ("3 орын
 * алды"; not after a word between: "сатып алды" buys)? */
static bool place_won_after(const nctx *c, size_t k)
{
    static const char *const WON[] = {"иелен", "жеңіп", "жеңді", "бөліс", "қанағаттан", "тұрақта"};
    static const char *const TOOK[] = {"алды", "алған",  "алса",  "алады",
                                       "алып", "алатын", "алғаны"};
    if (dy_nc_word_in(c, k + 1, TOOK, COUNT(TOOK)))
        return true;
    for (size_t j = k + 1; j < c->n && j <= k + 8 && is_word(c, j); j++) {
        for (size_t w = 0; w < COUNT(WON); w++)
            if (dy_nc_word_starts(c, j, WON[w]))
                return true;
        if (dy_nc_word_starts(c, j, "ие") && tlen(c, j) == strlen("ие") && is_word(c, j + 1) &&
            (dy_nc_word_starts(c, j + 1, "бол") || dy_nc_word_starts(c, j + 1, "атан")))
            return true;
    }
    return false;
}

/* Does the number i before the орын at k count seats, not a place (the spec's section 7.6 is
 * silent; the language decides)? With a space between them (a hyphen, "3-орын", is the place),
 * no place won after it, and a noun of what has seats (seat_nouns.tsv) next to it: after
 * "орынды", the adjective "having N seats", within three words ("7 орынды автокөлік", "4
 * орынды жаңа кереует"), or in the locative within three words before the number ("Автобуста 7
 * орын бос"); or "бос" (vacant) after орын. */
static bool counts_seats(const nctx *c, size_t i, size_t k)
{
    if (k != i + 1 || !spaced(c, k) || place_won_after(c, k))
        return false;
    static const char *const FREE[] = {"бос"};
    if (dy_nc_word_in(c, k + 1, FREE, COUNT(FREE)))
        return true;
    static const char *const ADJ[] = {"орынды"};
    for (size_t j = k + 1;
         dy_nc_word_in(c, k, ADJ, COUNT(ADJ)) && j <= k + 3 && is_word(c, j) && spaced(c, j); j++)
        if (dy_kk_is_seat_noun(tstr(c, j), tlen(c, j)))
            return true;
    static const char *const LOC[] = {"да", "де", "та", "те"};
    for (size_t j = i; j > 0 && j + 3 > i && is_word(c, j - 1); j--)
        if (dy_kk_is_seat_noun(tstr(c, j - 1), tlen(c, j - 1)) &&
            dy_nc_word_ends(c, j - 1, LOC, COUNT(LOC)))
            return true;
    return false;
}

static bool doc_noun_ordinal(const nctx *c, size_t i, size_t k)
{
    if (!is_word(c, k) || !dy_kk_is_doc_noun(tstr(c, k), tlen(c, k)))
        return false;
    /* "300 орын", "5-15 орын": seats are counted; a place past the tenth needs its frame: won
     * after it ("14 орынға тұрақтады") or a standings line's dash and name ("11 орын – Ақмола") */
    bool standings = k == i + 1 && is_dash(c, k + 1) && spaced(c, k + 1) && is_word(c, k + 2) &&
                     starts_upper(c, k + 2);
    if (place_noun(c, k) &&
        (dy_nc_num_value(c, i) > 10 || (is_num(c, k - 1) && dy_nc_num_value(c, k - 1) > 10)) &&
        !standings && !(spaced(c, k) && place_won_after(c, k)))
        return false;
    if (place_noun(c, k) && counts_seats(c, i, k))
        return false; /* "7 орынды автокөлік", "Залда 8 орын бос" */
    if (i > 0 && is_word(c, i - 1) && dy_kk_is_quantity_word(tstr(c, i - 1), tlen(c, i - 1)))
        return false;
    if (i > 0 && tok_is(c, i - 1, "~"))
        return false;
    if (is_word(c, k + 1) && dy_kk_is_counting_verb(tstr(c, k + 1), tlen(c, k + 1)))
        return false;
    /* a label a dash sets against a count ("5 сынып – 30 оқушы") is no member of a list of
     * counts, even after one ("4 сынып – 25 оқушы, 5 сынып – 30 оқушы") */
    bool label = is_dash(c, k + 1) && spaced(c, k + 1) && is_num(c, k + 2);
    if (k == i + 1 && !label && in_count_list(c, i))
        return false;
    return true;
}

/* "295-2-бабының", "12-1-тармақ": an article inserted after article A is numbered A-B, B < A,
 * with the noun glued by a hyphen to B; it is no range. */
static bool sub_article(const nctx *c, size_t i)
{
    return tok_is(c, i + 1, "-") && glued(c, i + 1) && is_num(c, i + 2) && glued(c, i + 2) &&
           dy_nc_num_value(c, i + 2) < dy_nc_num_value(c, i) && tok_is(c, i + 3, "-") &&
           glued(c, i + 3) && is_word(c, i + 4) && glued(c, i + 4) &&
           dy_kk_is_doc_noun(tstr(c, i + 4), tlen(c, i + 4));
}

/* The second end of a range, after the " - " pause. */
static void emit_second_end(nctx *c, size_t i, bool ordinal, const char *name)
{
    dy_buf b = {0};
    dy_nc_say_number(c, i, ordinal ? ORD : NULL, ordinal ? 1 : 0, &b);
    dy_nc_emit_words(c, b.data, tok(c, i)->src, name, true);
    dy_buf_fini(&b);
}

bool dy_nr_range_before_doc_noun(const nctx *c, size_t i)
{
    return tlen(c, i) <= 3 && tlen(c, i + 2) <= 3 && spaced(c, i + 3) &&
           doc_noun_ordinal(c, i, i + 3);
}

/* Section 7.6 rule 2: a bare number 1-999 before a numbered noun is an ordinal ("Шарттың 6
 * бабында" -> алтыншы бабында, "11 сынып" -> он бірінші сынып); a pair or range before one too
 * ("7–9 сыныптарда"), both ends; a counting frame keeps the cardinal ("4 бөлімнен тұрады"). */
size_t dy_nr_doc_noun(nctx *c, size_t i, const char *name)
{
    /* the school's grades from the pre-school one: "0-9 сынып оқушылары" -> нөлдік - тоғызыншы */
    if (tok_is(c, i, "0") && is_dash(c, i + 1) && glued(c, i + 1) && is_num(c, i + 2) &&
        glued(c, i + 2) && dy_nc_num_value(c, i + 2) <= 12 && spaced(c, i + 3) &&
        (dy_nc_word_starts(c, i + 3, "сынып") || dy_nc_word_starts(c, i + 3, "сыныб"))) {
        dy_nc_emit(c, "нөлдік", tok(c, i)->src, name, tok(c, i)->space_before);
        dy_nc_emit(c, "-", tok(c, i + 1)->src, name, true);
        emit_second_end(c, i + 2, true, name);
        return 3;
    }
    if (!is_num(c, i) || tlen(c, i) > 3 || dy_nc_num_value(c, i) < 1 || tstr(c, i)[0] == '0')
        return 0;
    /* a line that is only a number and the noun it numbers, a heading: "2 нұсқа", "1 билет", "2
     * хаттама" -> екінші нұсқа (in a sentence "3 нұсқасы бар" counts) */
    size_t end = c->n > 0 && tok_is(c, c->n - 1, ".") ? c->n - 1 : c->n;
    if (i == 0 && end == 2 && is_word(c, 1) && spaced(c, 1) && dy_nc_num_value(c, 0) <= 20 &&
        dy_kk_numbered_noun(tstr(c, 1), tlen(c, 1)) == DY_KK_NOUN_NUMBERED) {
        dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
        return 1;
    }
    /* a reference in brackets to a figure or a table: "(3 кесте)", "(2 сурет)" -> үшінші кесте */
    static const char *const FIGURES[] = {"кесте", "сурет", "схема", "график"};
    if (i > 0 && tok_is(c, i - 1, "(") && glued(c, i) && is_word(c, i + 1) && spaced(c, i + 1) &&
        tok_is(c, i + 2, ")") && glued(c, i + 2) &&
        dy_nc_word_in(c, i + 1, FIGURES, COUNT(FIGURES))) {
        dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
        return 1;
    }
    if (sub_article(c, i)) { /* "295-2-бабының" -> екі жүз тоқсан бес - екінші бабының */
        dy_nc_emit_number(c, i, NULL, 0, tok(c, i)->src, name);
        dy_nc_emit(c, "-", tok(c, i + 1)->src, name, true);
        emit_second_end(c, i + 2, true, name);
        return 4; /* the noun after the second hyphen is read as a word */
    }
    if (i > 0 && (tok_is(c, i - 1, ",") || tok_is(c, i - 1, ".")) && glued(c, i) &&
        is_num(c, i - 2))
        return 0;
    /* a class's number before its letter, quoted or not: "5 «Б» сыныбы", "9 б сыныбы" ->
     * бесінші «бэ» сыныбы (the grade is an ordinal; the letter rule says the letter) */
    size_t q = tok_is(c, i + 1, "\u00ab") || tok_is(c, i + 1, "\"") ? i + 2 : i + 1;
    if (spaced(c, i + 1) && is_word(c, q) && letters(c, q) == 1 && dy_is_cyrillic(first_cp(c, q)) &&
        (q == i + 1 || tok_is(c, q + 1, "\u00bb") || tok_is(c, q + 1, "\"")) &&
        (dy_nc_word_starts(c, q + (q == i + 1 ? 1 : 2), "сынып") ||
         dy_nc_word_starts(c, q + (q == i + 1 ? 1 : 2), "сыныб")) &&
        dy_nc_num_value(c, i) <= 12) {
        dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
        return 1;
    }
    size_t k = i + 1;
    bool range = is_dash(c, k) && is_num(c, k + 1) && tlen(c, k + 1) <= 3 &&
                 ((glued(c, k) && glued(c, k + 1)) || (spaced(c, k) && spaced(c, k + 1)));
    if (range)
        k += 2;
    /* an inserted article or item numbered A-B (B not above A, so no range) before its noun,
     * spaced ("71-1 бабының") or as a list label ("1-1) тармақшасына"): A cardinal, B ordinal,
     * the bracket silent */
    bool sub = range && glued(c, i + 1) && dy_nc_num_value(c, i + 2) <= dy_nc_num_value(c, i);
    bool paren = sub && tok_is(c, k, ")") && glued(c, k) && spaced(c, k + 1) &&
                 dy_nc_is_legal_unit(c, k + 1);
    if (paren || (sub && spaced(c, k) && dy_nc_is_legal_unit(c, k) && dy_nc_num_value(c, i) > 1)) {
        dy_nc_emit_number(c, i, NULL, 0, tok(c, i)->src, name);
        dy_nc_emit(c, "-", tok(c, i + 1)->src, name, true);
        emit_second_end(c, i + 2, true, name);
        return paren ? 4 : 3;
    }
    /* a bracketed alternative end before the noun: "9-11 (12) сынып" */
    size_t alt = range && tok_is(c, k, "(") && spaced(c, k) && is_num(c, k + 1) &&
                         tlen(c, k + 1) <= 3 && glued(c, k + 1) && tok_is(c, k + 2, ")") &&
                         glued(c, k + 2) && spaced(c, k + 3) && doc_noun_ordinal(c, i, k + 3)
                     ? k + 1
                     : 0;
    if (alt) {
        dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
        dy_nc_emit(c, "-", tok(c, i + 1)->src, name, true);
        emit_second_end(c, i + 2, true, name);
        dy_nc_emit(c, "(", tok(c, k)->src, "punctuation", true);
        dy_nc_emit_number(c, alt, ORD, 1, tok(c, alt)->src, name);
        dy_nc_emit(c, ")", tok(c, alt + 1)->src, "punctuation", false);
        return alt + 2 - i;
    }
    if (!spaced(c, k) || !doc_noun_ordinal(c, i, k)) {
        if (!range || !spaced(c, k) || !is_word(c, k) || !dy_kk_is_doc_noun(tstr(c, k), tlen(c, k)))
            return 0;
        /* a counting frame: both ends cardinal ("4-5 бөлімнен тұрады") */
        dy_nc_emit_number(c, i, NULL, 0, tok(c, i)->src, name);
        dy_nc_emit(c, "-", tok(c, i + 1)->src, name, true);
        emit_second_end(c, i + 2, false, name);
        return 3;
    }
    dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    if (range) {
        dy_nc_emit(c, "-", tok(c, i + 1)->src, name, true);
        emit_second_end(c, i + 2, true, name);
        return 3;
    }
    return 1;
}

/* The category the last member of a chain of numbers at j gets from what follows it (7.5):
 * 1 ordinal, 0 cardinal or unknown. */
static int member_category(const nctx *c, size_t j)
{
    size_t k = j + 1, stem;
    if (tok_is(c, k, "-") && glued(c, k) && is_word(c, k + 1) && glued(c, k + 1)) {
        dy_buf card = {0};
        dy_nc_say_number(c, j, NULL, 0, &card);
        dy_kk_morph chain[8];
        int n = dy_kk_parse_tail_after(dy_nc_last_word(dy_buf_str(&card)), tstr(c, k + 1),
                                       tlen(c, k + 1), chain, 8);
        dy_buf_fini(&card);
        if (n >= 0)
            return n > 0 && chain[0] == DY_KK_ORD;
        return !dy_nr_cardinal_noun(c, k + 1) &&
               !(dy_nc_is_year_word(c, k + 1) &&
                 !dy_nc_year_word_calendar(c, k + 1, dy_nc_num_value(c, j)));
    }
    if (!spaced(c, k))
        return 0;
    if (is_word(c, k) && dy_kk_month(tstr(c, k), tlen(c, k), &stem) && dy_nc_num_value(c, j) >= 1 &&
        dy_nc_num_value(c, j) <= 31)
        return 1;
    if (tlen(c, j) <= 3 && doc_noun_ordinal(c, j, k))
        return 1;
    if (dy_nc_is_century_word(c, k))
        return 1;
    return 0;
}

/* Section 7.5: in a chain of numbers joined by ", ", және, мен/бен/пен, немесе, не, the earlier
 * bare members take the category of the last: "2, 5-тармақтары" -> екінші, бесінші тармақтары,
 * "12 және 15 қазанда" -> он екінші және он бесінші қазанда; years with a year word after the
 * last member ("2007 және 2011 жылғы", "1998, 2003 жж."). */
size_t dy_nr_coord(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 4 || (i > 0 && tok_is(c, i - 1, "-")))
        return 0;
    if (i > 0 && (tok_is(c, i - 1, ",") || tok_is(c, i - 1, ".")) && glued(c, i) &&
        is_num(c, i - 2))
        return 0;
    size_t j = i;
    bool years = true, tight = false, loose = false;
    for (int guard = 0; guard < 16; guard++) {
        size_t jn = dy_nc_joiner(c, j + 1);
        /* a comma with no space after it inside the list ("222,223, 313 және 652-баптар") */
        if (!jn && tok_is(c, j + 1, ",") && glued(c, j + 1) && glued(c, j + 2) &&
            !(tok_is(c, j + 3, ",") && glued(c, j + 3) && is_num(c, j + 4) && glued(c, j + 4)))
            jn = 1, tight = true;
        else if (jn)
            loose = true;
        if (!jn || is_dash(c, j + 1) || !is_num(c, j + 1 + jn) || tlen(c, j + 1 + jn) > 4 ||
            tstr(c, j + 1 + jn)[0] == '0')
            break;
        years &= tlen(c, j) >= 3 && dy_nc_num_value(c, j) <= 2100;
        j = j + 1 + jn;
    }
    if (j == i || (tight && !loose) || tstr(c, i)[0] == '0')
        return 0; /* a glued pair alone may be a decimal ("12,3 бап"): the pair rule's */
    years &= tlen(c, j) >= 3 && dy_nc_num_value(c, j) <= 2100;
    bool plural;
    int cat;
    if (years && (dy_nc_year_abbr(c, j + 1, &plural) ||
                  dy_nc_year_word_calendar(c, j + 1, dy_nc_num_value(c, j))))
        cat = !(dy_nc_year_abbr(c, j + 1, &plural) && dy_nc_num_value(c, j) < 1000 &&
                is_word(c, j + 1 + 2) && dy_kk_is_duration_word(tstr(c, j + 3), tlen(c, j + 3)));
    else
        cat = member_category(c, j);
    if (!cat)
        return 0;
    if (!tight) {
        dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
        return 1;
    }
    /* a list with a comma typed without its space: no member is a decimal, each an ordinal */
    for (size_t k = i; k < j;) {
        if (is_num(c, k)) {
            dy_nc_emit_number(c, k, ORD, 1, tok(c, k)->src, name);
            k++;
        } else if (tok_is(c, k, ",")) {
            dy_nc_emit(c, ",", tok(c, k)->src, name, false);
            k++;
        } else {
            k += dy_nr_apply_once(c, k, NULL); /* және, мен, немесе */
        }
    }
    return j - i;
}

/* Section 7.5: places in a contest listed with their spaces lost before орын ("1,2 орынды
 * иеленген", "1,2,3 орындарды"): no place is a fraction, so each is an ordinal (бірінші, екінші
 * орынды), where a decimal would say бір бүтін оннан екі. Returns the tokens used. */
static size_t place_list(nctx *c, size_t i, const char *name)
{
    size_t j = i;
    while (tlen(c, j) <= 2 && tstr(c, j)[0] != '0' && dy_nc_glued_sep(c, j + 1, ",") &&
           is_num(c, j + 2))
        j += 2;
    if (j == i || tlen(c, j) > 2 || tstr(c, j)[0] == '0' || !spaced(c, j + 1) ||
        !is_word(c, j + 1) || !place_noun(c, j + 1) || !doc_noun_ordinal(c, j, j + 1))
        return 0;
    for (size_t k = i; k < j; k += 2) {
        dy_nc_emit_number(c, k, ORD, 1, tok(c, k)->src, name);
        dy_nc_emit(c, ",", tok(c, k + 1)->src, name, false);
    }
    dy_nc_emit_number(c, j, ORD, 1, tok(c, j)->src, name);
    return j + 1 - i;
}

/* Section 7.5: "2,4-баптары" is the pair 2, 4 whose space was lost (no item has a fractional
 * number): екінші, төртінші баптары; so are places before орын (place_list), and "3,4 сынып" with
 * no hyphen when the second is the larger (a class or an article is never a fraction). */
size_t dy_nr_pair_typo(nctx *c, size_t i, const char *name)
{
    if (is_num(c, i) && !(i > 0 && glued(c, i) && tok_is(c, i - 1, ","))) {
        size_t used = place_list(c, i, name);
        if (used)
            return used;
    }
    if (!is_num(c, i) || tlen(c, i) > 3 || tstr(c, i)[0] == '0' ||
        !dy_nc_glued_sep(c, i + 1, ",") || !is_num(c, i + 2) || tlen(c, i + 2) > 3 ||
        tstr(c, i + 2)[0] == '0' || (i > 0 && glued(c, i) && !is_punct(c, i - 1)))
        return 0;
    bool hyphen = tok_is(c, i + 3, "-") && glued(c, i + 3) && is_word(c, i + 4) &&
                  glued(c, i + 4) && dy_kk_is_doc_noun(tstr(c, i + 4), tlen(c, i + 4));
    bool spaced_noun = is_word(c, i + 3) && spaced(c, i + 3) && tlen(c, i) == 1 &&
                       tlen(c, i + 2) == 1 && dy_nc_num_value(c, i + 2) > dy_nc_num_value(c, i) &&
                       dy_kk_is_doc_noun(tstr(c, i + 3), tlen(c, i + 3));
    if (!hyphen && !spaced_noun)
        return 0;
    dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    dy_nc_emit(c, ",", tok(c, i + 1)->src, name, false);
    if (!hyphen) {
        dy_nc_emit_number(c, i + 2, ORD, 1, tok(c, i + 2)->src, name);
        return 3;
    }
    dy_nc_emit_number(c, i + 2, ORD, 1, dy_nc_span_of(c, i + 2, i + 3), name);
    return 4;
}

/* Is the word at k the title that ends a name a street is named by ("Қабанбай батыр", "Тауке
 * хан", "Төле би", "Бұқар жырау")? */
static bool titled_name(const nctx *c, size_t k)
{
    static const char *const TITLES[] = {"батыр", "хан",   "би",  "ақын",
                                         "жырау", "датқа", "ата", "ана"};
    return k > 0 && dy_nc_word_in(c, k, TITLES, COUNT(TITLES)) && spaced(c, k) &&
           dy_nc_is_name(c, k - 1) && !dy_kk_is_sentence_opener(tstr(c, k - 1), tlen(c, k - 1));
}

/* Sections 18 and 18.1: "Алматы қ." -> Алматы қаласы, "Ақмола обл." -> Ақмола облысы, "Ақтау
 * қ-сы" -> Ақтау қаласы, "обл-нда" -> облысында; Russian order "қ. Алматы" -> Алматы қаласы. */
size_t dy_nr_place(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i))
        return 0;
    const dy_kk_place *p = dy_kk_place_abbr(tstr(c, i), tlen(c, i));
    if (!p || !p->after_name)
        return 0;
    if (tok_is(c, i + 1, ".") && glued(c, i + 1) && is_word(c, i + 2) && glued(c, i + 2) &&
        tok_is(c, i + 3, ".") && glued(c, i + 3))
        return 0; /* the first letter of a longer abbreviation: "Жоспар а.ж. 1 қыркүйекке" */
    bool after = i > 0 && (dy_nc_is_name(c, i - 1) || titled_name(c, i - 1)) && spaced(c, i);
    static const dy_kk_morph POSS[] = {DY_KK_POSS3};
    dy_buf b = {0};
    size_t used = 0;
    if (after && tok_is(c, i + 1, "-") && glued(c, i + 1) && is_word(c, i + 2) && glued(c, i + 2)) {
        dy_kk_morph chain[8];
        int n = dy_kk_parse_tail_after(p->base, tstr(c, i + 2), tlen(c, i + 2), chain, 8);
        if (n < 0)
            return 0;
        dy_kk_inflect(&b, p->base, chain, (size_t)n);
        used = 3;
    } else if (tok_is(c, i + 1, ".") && glued(c, i + 1)) {
        if (after) {
            dy_kk_inflect(&b, p->base, POSS, 1);
            used = 2;
        } else if (dy_nc_is_name(c, i + 2) && spaced(c, i + 2) &&
                   !dy_kk_is_sentence_opener(tstr(c, i + 2), tlen(c, i + 2))) {
            /* "қ. Алматы": the name first */
            dy_span src = dy_nc_span_of(c, i, i + 2);
            dy_buf w = {0};
            dy_buf_append(&w, tstr(c, i + 2), tlen(c, i + 2));
            dy_nc_emit(c, w.data, src, name, tok(c, i)->space_before);
            dy_buf_fini(&w);
            dy_kk_inflect(&b, p->base, POSS, 1);
            dy_nc_emit(c, b.data, src, name, true);
            dy_buf_fini(&b);
            return 3;
        }
    }
    /* without its period, where the abbreviation is no word: "(Алматы обл)", "Ақсу ауд
     * орталығы" */
    if (!used && after && p->bare && !(i + 1 < c->n && glued(c, i + 1) && !is_punct(c, i + 1))) {
        dy_kk_inflect(&b, p->base, POSS, 1);
        used = 1;
    }
    if (!used) {
        dy_buf_fini(&b);
        return 0;
    }
    dy_nc_emit(c, b.data, dy_nc_span_of(c, i, i + used - 1), name, true);
    if (used == 2)
        dy_nc_abbr_period(c, i + 1, STOP_CAPITAL);
    dy_buf_fini(&b);
    return used;
}

/* Section 18: language abbreviations: "(гр. hydor)" -> (грекше hydor), "лат. тілінен" ->
 * латын тілінен; орыс. and араб. only after "(" (or a separator inside an open bracket), or
 * before Latin script, quotes, a bracket or a form of тіл; elsewhere they are the words. */
size_t dy_nr_language(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || !tok_is(c, i + 1, ".") || !glued(c, i + 1))
        return 0;
    const dy_kk_lang *l = dy_kk_language_abbr(tstr(c, i), tlen(c, i));
    if (!l)
        return 0;
    size_t k = i + 2;
    bool til = dy_nc_word_starts(c, k, "тіл");
    bool pos1 =
        i > 0 && (tok_is(c, i - 1, "(") || ((tok_is(c, i - 1, ",") || tok_is(c, i - 1, ";")) &&
                                            dy_nc_open_bracket_before(c, i)));
    bool pos2 =
        k < c->n && ((is_word(c, k) && !dy_is_cyrillic(first_cp(c, k))) || tok_is(c, k, "\u00ab") ||
                     tok_is(c, k, "\"") || tok_is(c, k, "(") || tok_is(c, k, "\u201c"));
    if (l->is_word && !til && !pos1 && !pos2)
        return 0;
    dy_nc_emit(c, til ? l->name : l->adverb, dy_nc_span_of(c, i, i + 1), name,
               tok(c, i)->space_before);
    if (k >= c->n)
        dy_nc_final_period(c, i + 1);
    return 2;
}

/* Section 18: "т. 2" -> екінші том (т. before a number is a volume). */
size_t dy_nr_volume(nctx *c, size_t i, const char *name)
{
    if (!tok_is(c, i, "т") || !tok_is(c, i + 1, ".") || !glued(c, i + 1) || !is_num(c, i + 2) ||
        !spaced(c, i + 2) || tlen(c, i + 2) > 3)
        return 0;
    dy_span src = dy_nc_span_of(c, i, i + 2);
    dy_buf b = {0};
    dy_nc_say_number(c, i + 2, ORD, 1, &b);
    dy_nc_emit_words(c, b.data, src, name, tok(c, i)->space_before);
    dy_nc_emit(c, "том", src, name, true);
    dy_buf_fini(&b);
    return 3;
}

/* Section 20.4: мен/бен/пен and the question particle after a word dauys generated are rebuilt
 * from the last spoken sound: "ЕО мен" -> Еуропалық Одақ пен, "40 бен 50" -> қырық пен елу. */
size_t dy_nr_particle(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || !spaced(c, i) || i == 0 || c->u->words.len == 0 ||
        (letters(c, i) != 3 && letters(c, i) != 2))
        return 0;
    static const char *const CONJ[] = {"мен", "бен", "пен"};
    static const char *const Q[] = {"ма", "ме", "ба", "бе", "па", "пе"};
    bool conj = dy_nc_word_in(c, i, CONJ, COUNT(CONJ));
    bool q = !conj && dy_nc_word_in(c, i, Q, COUNT(Q));
    for (size_t k = 0, upper = 0; q && !c->all_caps && k < tlen(c, i);) {
        upper += dy_is_upper(dy_utf8_next(tstr(c, i), tlen(c, i), &k));
        if (upper == letters(c, i))
            return 0; /* "БҰҰ БА": capitals outside a heading are an acronym, never the particle */
    }
    if (!conj && !q)
        return 0;
    if (conj && dy_nc_word_starts(c, i + 1, "үшін"))
        return 0;
    const dy_word *w = &c->u->words.items[c->u->words.len - 1];
    if (!w->rule || !strcmp(w->rule, "word") || !strcmp(w->rule, "punctuation") ||
        !strcmp(w->rule, "lexicon") || w->src.end != tok(c, i - 1)->src.end)
        return 0;
    const char *sp = c->u->spoken.data + w->off;
    size_t p = w->len;
    int32_t last = dy_utf8_prev(sp, &p);
    if (!dy_is_cyrillic(last))
        return 0; /* after a word the English voice says ("Masa нүкте media мен"): as written */
    last = dy_to_lower(last);
    bool vowel = dy_nc_is_vowel(last);
    bool sonor = last == 0x0440 || last == 0x0439 || last == 0x0443 || last == 0x043B; /* р й у л */
    bool nasal = last == 0x043C || last == 0x043D || last == 0x04A3; /* м н ң */
    bool zh = last == 0x0436 || last == 0x0437;                      /* ж з */
    const char *form;
    if (conj) {
        form = vowel || sonor || nasal ? "мен" : zh ? "бен" : "пен";
    } else {
        /* harmony from the last vowel of the spoken word */
        bool back = true;
        for (size_t k = 0; k < w->len;) {
            int32_t cp = dy_to_lower(dy_utf8_next(sp, w->len, &k));
            if (cp == 0x0430 || cp == 0x043E || cp == 0x04B1 || cp == 0x044B || cp == 0x044F ||
                cp == 0x044E)
                back = true;
            else if (cp == 0x04D9 || cp == 0x0435 || cp == 0x04E9 || cp == 0x04AF || cp == 0x0456 ||
                     cp == 0x044D || cp == 0x0438)
                back = false;
        }
        form = vowel || sonor ? (back ? "ма" : "ме")
               : nasal || zh  ? (back ? "ба" : "бе")
                              : (back ? "па" : "пе");
    }
    dy_nc_emit(c, form, tok(c, i)->src, name, true);
    return 1;
}
