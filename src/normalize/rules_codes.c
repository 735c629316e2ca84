/* Rules for phone numbers and codes (normalize stage, rule table in normalize.c): a phone number
 * as its groups with pauses, ISBN/ISSN digit by digit, an УДК/ӘОЖ index with нүкте, codes of
 * letters and digits part by part, a number after a capitals code as a cardinal, a house number
 * N/M after a street. kazakh-normalization.md sections 5 (phone numbers, leading zeros), 16 (the
 * slash) and 20.2 (letter names). */
#include "normalize/rules.h"

#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"

/* Appends one group of a phone number (section 5): up to three digits a cardinal (a leading zero:
 * digit by digit), four digits (an area code: 7112) one by one, a longer run cut into 3-2-2 or
 * 2-2-2 with pauses ("1064381" -> жүз алты, қырық үш, сексен бір). */
static void say_phone_group(const char *d, size_t n, dy_buf *out)
{
    if (n == 4) {
        dy_kk_digits(out, d, n);
        return;
    }
    size_t k = 0;
    while (k < n) {
        size_t take = k == 0 && n > 3 ? (n % 2 ? 3 : 2) : n - k > 3 ? 2 : n - k;
        if (k)
            dy_buf_puts(out, ", ");
        dy_nc_say_digits(d + k, take, NULL, 0, out);
        k += take;
    }
}

enum { PHONE_MAX = 10 };

/* The groups of a phone number at i: "+7 (727) 272-74-11", "+7(708)1064381", "+7 701 123 45 67",
 * "8 (7112) 50-86-31", or a bare chain of three or more hyphenated groups of 2-3 digits
 * ("270-33-33", "25-17-70", which no range or date reads). Fills g (the groups' tokens) and returns
 * the tokens used (0: none); *plus tells a "+" prefix. */
static size_t phone_at(const nctx *c, size_t i, size_t *g, size_t *ng, bool *plus)
{
    size_t k = i, digits = 0;
    *ng = 0;
    *plus = tok_is(c, i, "+") && is_num(c, i + 1) && glued(c, i + 1) && tlen(c, i + 1) <= 3;
    if (*plus) {
        g[(*ng)++] = i + 1;
        k = i + 2;
    } else if (is_num(c, i) && !(i > 0 &&
                                 (is_num(c, i - 1) || is_word(c, i - 1) || tok_is(c, i - 1, "-") ||
                                  tok_is(c, i - 1, "+")) &&
                                 glued(c, i))) {
        g[(*ng)++] = i;
        k = i + 1;
    } else {
        return 0;
    }
    bool bracket = false;
    if (tok_is(c, k, "(") && is_num(c, k + 1) && glued(c, k + 1) && tlen(c, k + 1) >= 3 &&
        tlen(c, k + 1) <= 5 && tok_is(c, k + 2, ")") && glued(c, k + 2) &&
        (*plus || (tlen(c, i) == 1 && (spaced(c, k) || tok_is(c, i, "8"))))) {
        /* "8 (7112) 50-86-31", also typed "8(7252)45-33-38" */
        g[(*ng)++] = k + 1;
        k += 3;
        bracket = true;
    }
    /* "8 701 123 45 67", "8-701-123-45-67": the trunk 8 of a mobile number */
    bool trunk = !*plus && !bracket && tok_is(c, i, "8") && is_num(c, k + 1) &&
                 tlen(c, k + 1) == 3 && (spaced(c, k) || tok_is(c, k, "-"));
    size_t tail = *ng, hyphens = 0;
    bool short_groups = true;
    while (*ng < PHONE_MAX) {
        size_t next;
        if (*ng == tail && (bracket || *plus) && is_num(c, k))
            next = k; /* the first group after the code */
        else if (tok_is(c, k, "-") && glued(c, k) && is_num(c, k + 1) && glued(c, k + 1))
            next = k + 1, hyphens++;
        else if ((bracket || *plus || trunk) && *ng >= tail && is_num(c, k) && spaced(c, k) &&
                 (tlen(c, k) <= 3 || (tlen(c, k) == 4 && *ng >= 3 && !is_num(c, k + 1))) &&
                 tlen(c, k - 1) <= 3)
            next = k;
        else
            break;
        g[(*ng)++] = next;
        k = next + 1;
    }
    for (size_t j = 0; j < *ng; j++) {
        digits += tlen(c, g[j]);
        if (j > 0 && (tlen(c, g[j]) < 2 || tlen(c, g[j]) > 3))
            short_groups = false;
    }
    /* the chain must end there: no suffix, no decimal point, no further hyphen */
    if ((is_word(c, k) && glued(c, k)) ||
        ((tok_is(c, k, "-") || tok_is(c, k, ".") || tok_is(c, k, ",")) && glued(c, k) &&
         k + 1 < c->n && glued(c, k + 1) && !spaced(c, k + 1) &&
         (is_num(c, k + 1) || is_word(c, k + 1))))
        return 0;
    bool ok;
    if (*plus || bracket) {
        ok = digits >= 7 && (bracket || *ng - tail >= 2);
    } else if (trunk) {
        ok = (*ng == 5 && tlen(c, g[1]) == 3 && tlen(c, g[2]) == 3 && tlen(c, g[3]) == 2 &&
              tlen(c, g[4]) == 2) ||
             /* a toll-free or city number in four groups: "8 800 080 7777" */
             (*ng == 4 && tlen(c, g[1]) == 3 && tlen(c, g[2]) == 3 && tlen(c, g[3]) == 4);
    } else {
        /* a bare chain: 2-3 digits, then groups of 2, not a counted list ("10-11-12 сыныптар":
         * consecutive numbers, or a numbered noun after it) */
        bool consecutive = true;
        for (size_t j = 1; j < *ng; j++) {
            short_groups &= tlen(c, g[j]) == 2;
            consecutive &= dy_nc_num_value(c, g[j]) == dy_nc_num_value(c, g[j - 1]) + 1;
        }
        ok = hyphens >= 2 && digits >= 6 && short_groups && !consecutive && tlen(c, i) >= 2 &&
             tlen(c, i) <= 3 && !(is_word(c, k) && dy_kk_numbered_noun(tstr(c, k), tlen(c, k)));
    }
    return ok ? k - i : 0;
}

/* Section 5: a phone number is read as its written groups with short pauses, "+" as плюс, the
 * brackets of the area code dropped: "+7 (727) 272-74-11" -> плюс жеті, жеті жүз жиырма жеті,
 * екі жүз жетпіс екі, жетпіс төрт, он бір; "270-33-33" -> екі жүз жетпіс, отыз үш, отыз үш. */
size_t dy_nr_phone(nctx *c, size_t i, const char *name)
{
    size_t g[PHONE_MAX], ng = 0;
    bool plus = false;
    size_t r = tok_is(c, i, "+") && is_num(c, i + 1) && glued(c, i + 1) ? i + 1 : i;
    if (is_num(c, r) && tlen(c, r) == 11 && !(i > 0 && glued(c, i) && !is_punct(c, i - 1)) &&
        !(r + 1 < c->n && glued(c, r + 1) && !is_punct(c, r + 1)) &&
        !(is_word(c, r + 1) && (dy_kk_unit_word(tstr(c, r + 1), tlen(c, r + 1)) ||
                                dy_kk_is_measure_word(tstr(c, r + 1), tlen(c, r + 1)))) &&
        (r > i ? tstr(c, r)[0] == '7' : tstr(c, r)[0] == '8' && tstr(c, r)[1] == '7')) {
        /* "+77011234567", "87011234567": a mobile number in one run, 7/8 + 3-3-2-2 */
        static const size_t CUT[] = {0, 1, 4, 7, 9, 11};
        if (r > i)
            dy_nc_emit(c, "плюс", tok(c, i)->src, name, tok(c, i)->space_before);
        for (size_t j = 0; j + 1 < COUNT(CUT); j++) {
            dy_buf b = {0};
            say_phone_group(tstr(c, r) + CUT[j], CUT[j + 1] - CUT[j], &b);
            dy_nc_emit_words(c, b.data, tok(c, r)->src, name, j > 0 || tok(c, r)->space_before);
            if (j + 2 < COUNT(CUT))
                dy_nc_emit(c, ",", tok(c, r)->src, name, false);
            dy_buf_fini(&b);
        }
        return r + 1 - i;
    }
    size_t used = phone_at(c, i, g, &ng, &plus);
    if (!used)
        return 0;
    if (plus)
        dy_nc_emit(c, "плюс", tok(c, i)->src, name, tok(c, i)->space_before);
    for (size_t j = 0; j < ng; j++) {
        if (j)
            dy_nc_emit(c, ",", tok(c, g[j] - 1)->src, name, false);
        dy_buf b = {0};
        say_phone_group(tstr(c, g[j]), tlen(c, g[j]), &b);
        dy_nc_emit_words(c, b.data, tok(c, g[j])->src, name, true);
        dy_buf_fini(&b);
    }
    return used;
}

/* A document code of three or more number groups joined by glued "-" and "/" ("ОӘК
 * 042-14-1-03/38-2007", "01-02-03-04"): each group its own number, a leading zero digit by digit,
 * the groups parted by short pauses, never merged into a range or a fraction. A code has a "/",
 * four or more groups that do not count up (not "5-6-7-8 сыныптар"; "01-02-03-04", padded with
 * zeros, is no counted list), or a group of three digits or
 * more with a leading zero; a date ("12-05-2019", "2019-05-12") and a bare score ("3-1-0") are
 * not codes. Returns the tokens used (0: none). */
static size_t code_chain(nctx *c, size_t i, const char *name)
{
    static const char *const BEFORE[] = {"-", "/", ".", ",", "+"};
    if (!is_num(c, i))
        return 0;
    for (size_t b = 0; i > 0 && glued(c, i) && b < COUNT(BEFORE); b++)
        if (tok_is(c, i - 1, BEFORE[b]))
            return 0;
    if (i > 0 && glued(c, i) && (is_num(c, i - 1) || is_word(c, i - 1)))
        return 0;
    size_t g[PHONE_MAX], ng = 1, k = i + 1;
    bool slash = false, zero = tlen(c, i) >= 3 && tstr(c, i)[0] == '0', consecutive = true;
    bool padded = tlen(c, i) >= 2 && tstr(c, i)[0] == '0'; /* no counted list pads with zeros */
    g[0] = i;
    while (ng < PHONE_MAX && (tok_is(c, k, "-") || tok_is(c, k, "/")) && glued(c, k) &&
           is_num(c, k + 1) && glued(c, k + 1)) {
        slash |= tok_is(c, k, "/");
        zero |= tlen(c, k + 1) >= 3 && tstr(c, k + 1)[0] == '0';
        padded |= tlen(c, k + 1) >= 2 && tstr(c, k + 1)[0] == '0';
        consecutive &= dy_nc_num_value(c, k + 1) == dy_nc_num_value(c, g[ng - 1]) + 1;
        g[ng++] = k + 1;
        k += 2;
    }
    if (ng < 3 || (is_word(c, k) && glued(c, k)) ||
        ((tok_is(c, k, "-") || tok_is(c, k, "/") || tok_is(c, k, ".") || tok_is(c, k, ",")) &&
         glued(c, k) && k + 1 < c->n && glued(c, k + 1) && (is_num(c, k + 1) || is_word(c, k + 1))))
        return 0;
    if (ng == 3 && ((tlen(c, g[0]) <= 2 && tlen(c, g[1]) <= 2 && tlen(c, g[2]) == 4) ||
                    (tlen(c, g[0]) == 4 && tlen(c, g[1]) <= 2 && tlen(c, g[2]) <= 2)))
        return 0; /* a date */
    if (!(slash || (ng >= 4 && (!consecutive || padded)) || zero))
        return 0;
    for (size_t j = 0; j < ng; j++) {
        if (j)
            dy_nc_emit(c, ",", tok(c, g[j] - 1)->src, name, false);
        dy_buf b = {0};
        dy_nc_say_number(c, g[j], NULL, 0, &b);
        dy_nc_emit_words(c, b.data, tok(c, g[j])->src, name, j > 0 || tok(c, i)->space_before);
        dy_buf_fini(&b);
    }
    return k - i;
}

/* Is word k a label of a code read digit by digit: ISBN, ISSN, ISMN in any case, or a Kazakh
 * identification number (ЖСН/ИИН a person's, БСН/БИН a company's, СТН/РНН a taxpayer's, ЖСК/ИИК
 * an account), which nobody reads as a hundred billions? */
static bool digit_code_label(const nctx *c, size_t k)
{
    static const char *const LABELS[] = {"ISBN", "ISSN", "ISMN"};
    static const char *const IDS[] = {"ЖСН", "ИИН", "БСН", "БИН", "СТН", "РНН", "ЖСК", "ИИК"};
    for (size_t j = 0; j < COUNT(IDS); j++)
        if (tok_is(c, k, IDS[j]))
            return true;
    if (!is_word(c, k) || tlen(c, k) != 4)
        return false;
    for (size_t j = 0; j < COUNT(LABELS); j++) {
        bool same = true;
        for (size_t p = 0; p < 4; p++)
            same &= (tstr(c, k)[p] & ~0x20) == LABELS[j][p];
        if (same)
            return true;
    }
    return false;
}

/* A book or serial number after its label ("ISBN 978-9943-26-501-1", "ISSN 2078-813X"): each
 * hyphenated group digit by digit, the groups parted by short pauses; a final X is икс. */
static size_t digit_code(nctx *c, size_t i, const char *name)
{
    size_t k = i;
    for (;;) {
        dy_buf b = {0};
        dy_kk_digits(&b, tstr(c, k), tlen(c, k));
        if (k > i)
            dy_nc_emit(c, ",", tok(c, k - 1)->src, name, false);
        dy_nc_emit_words(c, b.data, tok(c, k)->src, name, true);
        dy_buf_fini(&b);
        if (tok_is(c, k + 1, "X") && glued(c, k + 1)) {
            dy_nc_emit(c, "икс", tok(c, k + 1)->src, name, false);
            return k + 2 - i;
        }
        /* groups joined by any dash: "978—601—293—803—6" as printed */
        if (!(is_dash(c, k + 1) && glued(c, k + 1) && glued(c, k + 2) &&
              (is_num(c, k + 2) || tok_is(c, k + 2, "X"))))
            return k + 1 - i;
        if (tok_is(c, k + 2, "X")) {
            dy_nc_emit(c, ",", tok(c, k + 1)->src, name, false);
            dy_nc_emit(c, "икс", tok(c, k + 2)->src, name, true);
            return k + 3 - i;
        }
        k += 2;
    }
}

/* Is word k a label of a classification index (УДК/ӘОЖ 821.512.122, ББК, МРНТИ/ХҒТАР)? */
static bool class_label(const nctx *c, size_t k)
{
    static const char *const LABELS[] = {"ӘОЖ", "УДК", "ББК", "МРНТИ", "ГРНТИ", "ХҒТАР", "КБЖ"};
    for (size_t j = 0; j < COUNT(LABELS); j++)
        if (tok_is(c, k, LABELS[j]))
            return true;
    return false;
}

/* The groups of a classification index from the number at k on, joined by glued signs: "."
 * нүкте, "-", ":" and "+" a pause, "/" (a span) a dash. Returns the last token. */
static size_t index_groups(const nctx *c, size_t k, dy_buf *b)
{
    dy_nc_say_number(c, k, NULL, 0, b);
    for (;;) {
        size_t p = k + 1;
        const char *say = tok_is(c, p, ".")   ? " нүкте "
                          : tok_is(c, p, "/") ? " - "
                          : tok_is(c, p, "-") || tok_is(c, p, ":") || tok_is(c, p, "+") ? ", "
                                                                                        : NULL;
        if (!say || !glued(c, p) || !is_num(c, p + 1) || !glued(c, p + 1))
            return k;
        dy_buf_puts(b, say);
        dy_nc_say_number(c, p + 1, NULL, 0, b);
        k = p + 1;
    }
}

/* A bracket or quote of an index's auxiliary at k, glued: a place "(574)", a time "\"14/17\"". */
static bool index_mark(const nctx *c, size_t k, bool open)
{
    if (!glued(c, k) || !is_punct(c, k))
        return false;
    int32_t cp = first_cp(c, k);
    return cp == '"' || (open ? cp == '(' || dy_char_is_quote_open(cp)
                              : cp == ')' || dy_char_is_quote_close(cp));
}

/* A classification index after its label ("ӘОЖ 8.81", "УДК 821.512.122", "ӘОЖ 930:94(574)"): the
 * groups as cardinals joined by нүкте or a pause, not a decimal, a time or a score; an auxiliary
 * in brackets or quotes after a pause ("(574)\"14/17\"" -> бес жүз жетпіс төрт, он төрт - он жеті).
 */
static size_t class_index(nctx *c, size_t i, const char *name)
{
    dy_buf b = {0};
    size_t k = index_groups(c, i, &b);
    while (index_mark(c, k + 1, true) && is_num(c, k + 2) && glued(c, k + 2)) {
        dy_buf aux = {0};
        size_t q = index_groups(c, k + 2, &aux);
        bool closed = index_mark(c, q + 1, false);
        if (closed) {
            dy_buf_puts(&b, ", ");
            dy_buf_puts(&b, aux.data);
            k = q + 1;
        }
        dy_buf_fini(&aux);
        if (!closed)
            break;
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, k), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return k + 1 - i;
}

/* An index with no label that opens a heading line: groups joined by a glued colon, then a
 * place in brackets ("930:94(574)"), the shape of a UDC index and of no time or score. */
static bool bare_index(const nctx *c, size_t i)
{
    if (i != 0 || !dy_nc_glued_sep(c, 1, ":") || !is_num(c, 2))
        return false;
    dy_buf scratch = {0};
    size_t k = index_groups(c, 0, &scratch);
    dy_buf_fini(&scratch);
    return tok_is(c, k + 1, "(") && glued(c, k + 1) && is_num(c, k + 2) && glued(c, k + 2);
}

/* An all-capitals word of at most four letters with a name for each letter, not a Roman numeral
 * unless a number is glued after it ("V15PC004868", a register's number): the letter part of a
 * code ("ГК", "BE", "В"). */
static bool code_letters(const nctx *c, size_t k)
{
    if (!is_word(c, k) || letters(c, k) > 4 ||
        (dy_nc_roman_value(c, k, NULL) && !(is_num(c, k + 1) && glued(c, k + 1))))
        return false;
    for (size_t p = 0; p < tlen(c, k);) {
        int32_t cp = dy_utf8_next(tstr(c, k), tlen(c, k), &p);
        if (!dy_is_upper(cp) || !(dy_nr_school_letter(cp) || dy_kk_letter_name(cp)))
            return false;
    }
    return true;
}

/* Appends the letter names of the code letters at k (Latin by their school names). */
static void say_code_letters(const nctx *c, size_t k, bool cyrillic, dy_buf *b)
{
    static const char LATIN[] = "ABCEHKMOPTXY";
    static const int32_t CYR[] = {0x0410, 0x0412, 0x0421, 0x0415, 0x041D, 0x041A,
                                  0x041C, 0x041E, 0x0420, 0x0422, 0x0425, 0x0423};
    for (size_t p = 0; p < tlen(c, k);) {
        int32_t cp = dy_utf8_next(tstr(c, k), tlen(c, k), &p);
        const char *at = cp > 0 && cp < 128 ? strchr(LATIN, (int)cp) : NULL;
        if (cyrillic && at)
            cp = CYR[at - LATIN];
        if (b->len)
            dy_buf_putc(b, ' ');
        dy_buf_puts(b, dy_nr_school_letter(cp) ? dy_nr_school_letter(cp) : dy_kk_letter_name(cp));
    }
}

/* Are all the letters of the code tokens i..k-1 Latin look-alikes of Cyrillic letters (5B071100:
 * a Cyrillic В typed as a Latin B)? */
static bool lookalike_code(const nctx *c, size_t i, size_t k)
{
    for (size_t j = i; j < k; j++)
        for (size_t p = 0; is_word(c, j) && p < tlen(c, j); p++)
            if (!strchr("ABCEHKMOPTXY", tstr(c, j)[p]))
                return false;
    return true;
}

/* A disease's code of the ICD-10 ("А98.4", "U07.1", "J06.9"): a capital letter glued to two
 * digits, a period and one or two digits; the letter's name, the parts as numbers, нүкте between
 * them (the spec is silent; a decimal "тоқсан сегіз бүтін оннан төрт" is no code's reading). */
static size_t disease_code(nctx *c, size_t i, const char *name)
{
    int32_t cp = is_word(c, i) && letters(c, i) == 1 ? first_cp(c, i) : 0;
    if (!cp || !dy_is_upper(cp) || !is_num(c, i + 1) || !glued(c, i + 1) || tlen(c, i + 1) != 2 ||
        !tok_is(c, i + 2, ".") || !glued(c, i + 2) || !is_num(c, i + 3) || !glued(c, i + 3) ||
        tlen(c, i + 3) > 2 || (i + 4 < c->n && glued(c, i + 4) && !is_punct(c, i + 4)) ||
        (tok_is(c, i + 4, ".") && glued(c, i + 4) && is_num(c, i + 5)) ||
        (i > 0 && glued(c, i) && !is_punct(c, i - 1)))
        return 0;
    const char *letter = cp < 0x80 ? dy_nr_school_letter(cp) : dy_kk_letter_name(cp);
    if (!letter)
        return 0;
    dy_buf b = {0};
    dy_buf_puts(&b, letter);
    dy_buf_putc(&b, ' ');
    if (tstr(c, i + 1)[0] == '0') /* "07": нөл жеті */
        dy_kk_digits(&b, tstr(c, i + 1), tlen(c, i + 1));
    else
        dy_nc_say_number(c, i + 1, NULL, 0, &b);
    dy_buf_puts(&b, " нүкте ");
    if (tstr(c, i + 3)[0] == '0')
        dy_kk_digits(&b, tstr(c, i + 3), tlen(c, i + 3));
    else
        dy_nc_say_number(c, i + 3, NULL, 0, &b);
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 3), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return 4;
}

/* Codes (section 5, 20.2): letters and digits glued in three or more parts ("N02BE01",
 * "6В01701", "5B071100", "H2SO4") are read part by part, the letters by their names and the digit
 * groups as numbers (a leading zero digit by digit); a number after a capitals code and a hyphen
 * ("ГК-811 тобы", "Т-34") is a cardinal, not the ordinal of a numbered noun; an index after УДК or
 * ӘОЖ is read with нүкте; ISBN and ISSN digit by digit; a document code of hyphenated and
 * slashed groups group by group (code_chain). */
size_t dy_nr_code(nctx *c, size_t i, const char *name)
{
    size_t disease = disease_code(c, i, name);
    if (disease)
        return disease;
    if (bare_index(c, i))
        return class_index(c, i, name);
    if (is_num(c, i) && i > 0) {
        size_t l = tok_is(c, i - 1, ":") && i >= 2 ? i - 2 : i - 1;
        if (digit_code_label(c, l))
            return digit_code(c, i, name);
        if (class_label(c, l))
            return class_index(c, i, name);
        if (tok_is(c, i - 1, "-") && glued(c, i - 1) && glued(c, i) && i >= 2 &&
            code_letters(c, i - 2) && !(is_word(c, i + 1) && glued(c, i + 1)) &&
            !(tok_is(c, i + 1, "-") && glued(c, i + 1))) {
            if (!(tok_is(c, i + 1, "/") && glued(c, i + 1) && is_num(c, i + 2) &&
                  glued(c, i + 2))) {
                dy_nc_emit_number(c, i, NULL, 0, tok(c, i)->src, name);
                return 1;
            }
            dy_buf b = {0}; /* "ДСМ-112/2020": жүз он екі бөлшек екі мың жиырма */
            dy_nc_say_number(c, i, NULL, 0, &b);
            dy_buf_puts(&b, " бөлшек ");
            dy_nc_say_number(c, i + 2, NULL, 0, &b);
            dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 2), name, false);
            dy_buf_fini(&b);
            return 3;
        }
    }
    size_t chain = code_chain(c, i, name);
    if (chain)
        return chain;
    /* an element's mass fraction, "K-39,69%; O-40,51%": the element's name, then the decimal
     * percentage the measure rule reads (it was a code: ка отыз тоғыз, алпыс тоғыз пайыз) */
    const char *element =
        is_word(c, i) && letters(c, i) <= 2 ? dy_kk_chemical_element(tstr(c, i), tlen(c, i)) : NULL;
    if (element && tok_is(c, i + 1, "-") && glued(c, i + 1) && is_num(c, i + 2) &&
        glued(c, i + 2) && tok_is(c, i + 3, ",") && glued(c, i + 3) && is_num(c, i + 4) &&
        glued(c, i + 4) && tok_is(c, i + 5, "%") && glued(c, i + 5) && !(i > 0 && glued(c, i))) {
        number num;
        bool read = dy_nc_number_at(c, i + 2, &num);
        if (read && num.decimal && num.last == i + 4) {
            dy_buf b = {0};
            dy_buf_puts(&b, element);
            dy_buf_putc(&b, ' ');
            dy_nc_number_say(c, &num, NULL, 0, &b);
            dy_buf_puts(&b, " пайыз");
            dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 5), name, tok(c, i)->space_before);
            dy_buf_fini(&b);
            dy_nc_number_fini(&num);
            return 6;
        }
        if (read)
            dy_nc_number_fini(&num);
    }
    if (code_letters(c, i) && letters(c, i) == 1 && tok_is(c, i + 1, "-") && glued(c, i + 1) &&
        is_num(c, i + 2) && glued(c, i + 2) && !(is_word(c, i + 3) && glued(c, i + 3)) &&
        !(tok_is(c, i + 3, "-") && glued(c, i + 3)) && !(i > 0 && glued(c, i))) {
        dy_buf b = {0}; /* "Т-34": тэ отыз төрт (a longer code is read by the acronym rule) */
        say_code_letters(c, i, false, &b);
        dy_buf_putc(&b, ' ');
        dy_nc_say_number(c, i + 2, NULL, 0, &b);
        dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 2), name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 3;
    }
    if (!(is_num(c, i) || code_letters(c, i)) ||
        (i > 0 && glued(c, i) && (is_num(c, i - 1) || is_word(c, i - 1))))
        return 0;
    if (!is_num(c, i) && letters(c, i) == 1 && is_num(c, i + 1) && glued(c, i + 1) &&
        tlen(c, i + 1) >= 6 && !(i + 2 < c->n && glued(c, i + 2) && !is_punct(c, i + 2))) {
        dy_buf b = {0}; /* a register's number, "V1800018048": its letter, then digit by digit */
        say_code_letters(c, i, false, &b);
        dy_buf_putc(&b, ' ');
        dy_kk_digits(&b, tstr(c, i + 1), tlen(c, i + 1));
        dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 1), name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 2;
    }
    size_t k = i, nums = 0, words = 0;
    while (k < c->n && (k == i || glued(c, k)) && (is_num(c, k) || code_letters(c, k))) {
        nums += is_num(c, k);
        words += !is_num(c, k);
        k++;
    }
    if (k - i < 3 || !nums || !words || (is_word(c, k) && glued(c, k)) ||
        (tok_is(c, k, "-") && glued(c, k) && is_word(c, k + 1) && glued(c, k + 1)))
        return 0;
    /* a code that begins with digits and has only look-alike letters is Cyrillic (5B071100 is
     * a programme code 5В…); one that begins with a letter (H2O, N02BE01) is Latin */
    bool cyrillic = is_num(c, i) && lookalike_code(c, i, k);
    dy_buf b = {0};
    for (size_t j = i; j < k; j++) {
        if (is_num(c, j)) {
            if (b.len)
                dy_buf_putc(&b, ' ');
            dy_nc_say_number(c, j, NULL, 0, &b);
        } else {
            say_code_letters(c, j, cyrillic, &b);
        }
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, k - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return k - i;
}

/* Is the word at k a street word or its abbreviation with a period ("көшесі", "даңғылы", "үй",
 * "к.", "көш.", "даңғ.": places.tsv)? */
static bool street_word(const nctx *c, size_t k)
{
    static const char *const STREET[] = {"көше",  "даңғыл",     "проспект",   "үй",
                                         "тұйық", "ықшамаудан", "шағынаудан", "мекенжай"};
    if (!is_word(c, k))
        return false;
    for (size_t s = 0; s < COUNT(STREET); s++)
        if (dy_nc_word_starts(c, k, STREET[s]))
            return true;
    const dy_kk_place *p = dy_kk_place_abbr(tstr(c, k), tlen(c, k));
    return p && tok_is(c, k + 1, ".") && glued(c, k + 1) &&
           (!strcmp(p->base, "көше") || !strcmp(p->base, "даңғыл"));
}

/* Section 16 (the slash): a house number after a street ("көшесі, 20/1", "Абай даңғылы 150/230",
 * "Сәтбаев к., 30/8") is read N бөлшек M, not as the fraction M/N. */
size_t dy_nr_house_number(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || !tok_is(c, i + 1, "/") || !glued(c, i + 1) || !is_num(c, i + 2) ||
        !glued(c, i + 2) || (is_word(c, i + 3) && glued(c, i + 3)))
        return 0;
    bool street = false;
    for (size_t k = i > 3 ? i - 3 : 0; k < i && !street; k++)
        street = street_word(c, k);
    if (!street)
        return 0;
    dy_buf b = {0};
    dy_nc_say_number(c, i, NULL, 0, &b);
    dy_buf_puts(&b, " бөлшек ");
    dy_nc_say_number(c, i + 2, NULL, 0, &b);
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 2), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return 3;
}
