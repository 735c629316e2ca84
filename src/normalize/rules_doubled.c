/* A number written twice, in digits and in words in brackets (normalize stage, rule table in
 * normalize.c): the legal style "3 (үш) жұмыс күні", "100 000 (жүз мың) теңге", or the words first,
 * "бес (5) жыл". An announcer says the number once (the spec is silent; read as written it is
 * "үш (үш)"). The bracket is dropped only when it says the same number: its words are the
 * number's cardinal, the last one bare or with a case ending on either side ("5 (бестен)",
 * "10-нан (он)"); a different number or an ordinal ("3 (12)", "5 (бесінші)") stays. */
#include "normalize/rules.h"

#include <string.h>

#include "kk/numbers.h"
#include "normalize/context.h"

/* Is the written word w (lower case) the spoken word base, bare (1) or with a case ending (2)?
 * 0: neither. */
static int form_of(const char *w, const char *base)
{
    if (strcmp(w, base) == 0)
        return 1;
    static const dy_kk_morph CASES[] = {DY_KK_DAT, DY_KK_ABL, DY_KK_LOC,
                                        DY_KK_ACC, DY_KK_GEN, DY_KK_INS};
    int found = 0;
    for (size_t k = 0; k < COUNT(CASES) && !found; k++) {
        dy_buf b = {0};
        dy_kk_inflect(&b, base, &CASES[k], 1);
        found = strcmp(dy_buf_str(&b), w) == 0 ? 2 : 0;
        dy_buf_fini(&b);
    }
    return found;
}

/* Do the word tokens first..last say the words of said (space-separated), the last one bare
 * (1) or with a case ending (2)? 0: no. */
static int words_say(const nctx *c, size_t first, size_t last, const char *said)
{
    char *copy = dy_xstrdup(said);
    char *save = NULL;
    int match = 1;
    size_t k = first;
    dy_buf b = {0};
    for (char *w = strtok_r(copy, " ", &save); w && match; w = strtok_r(NULL, " ", &save), k++) {
        if (k > last || !is_word(c, k)) {
            match = 0;
            break;
        }
        const char *lw = dy_nc_lower_word(c, k, &b);
        bool end = k == last;
        match = end ? form_of(lw, w) : strcmp(lw, w) == 0;
        if (end && strtok_r(NULL, " ", &save))
            match = 0; /* the number has more words than the bracket */
    }
    if (k <= last)
        match = 0;
    dy_buf_fini(&b);
    free(copy);
    return match;
}

/* The cardinal words of the integer number at i (a decimal with only zeros after its point
 * counts, "250.00"), in out; false for no integer there. */
static bool cardinal_at(const nctx *c, size_t i, number *num, dy_buf *out)
{
    if (!dy_nc_number_at(c, i, num))
        return false;
    bool zeros = num->decimal; /* "250.00": the amount of a whole number of units */
    for (size_t p = 0; zeros && p < tlen(c, num->frac); p++)
        zeros = tstr(c, num->frac)[p] == '0';
    if ((num->decimal && !zeros) || num->whole.len > 15 || num->whole.data[0] == '0') {
        dy_nc_number_fini(num);
        return false;
    }
    if (!dy_kk_cardinal(out, num->whole.data, num->whole.len)) {
        dy_nc_number_fini(num);
        return false;
    }
    return true;
}

/* "3 (үш)", "100 000 (жүз мың)", "10-нан (оннан)": the digits said by the rules after this one,
 * the bracket dropped; a case written only in the bracket ("5 (бестен)") is said with the words. */
static size_t digits_first(nctx *c, size_t i, const char *name)
{
    if (i > 0 && glued(c, i) && (is_num(c, i - 1) || is_punct(c, i - 1)) && !tok_is(c, i - 1, "("))
        return 0;
    number num;
    dy_buf words = {0};
    if (!cardinal_at(c, i, &num, &words)) {
        dy_buf_fini(&words);
        return 0;
    }
    size_t last = num.last, k = num.last + 1;
    dy_nc_number_fini(&num);
    bool suffix = tok_is(c, k, "-") && glued(c, k) && is_word(c, k + 1) && glued(c, k + 1);
    if (suffix)
        k += 2;
    size_t m = k + 1;
    while (m < c->n && m < k + 10 && is_word(c, m))
        m++;
    int match =
        tok_is(c, k, "(") && m > k + 1 && tok_is(c, m, ")") && glued(c, k + 1) && glued(c, m)
            ? words_say(c, k + 1, m - 1, dy_buf_str(&words))
            : 0;
    dy_buf_fini(&words);
    if (!match)
        return 0;
    if (match == 2 && !suffix) { /* the case is in the bracket only: say its words */
        dy_buf b = {0};
        for (size_t w = k + 1; w < m; w++) {
            dy_buf lw = {0};
            dy_buf_puts(&b, w > k + 1 ? " " : "");
            dy_buf_puts(&b, dy_nc_lower_word(c, w, &lw));
            dy_buf_fini(&lw);
        }
        dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, last), name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return m + 1 - i;
    }
    size_t p = i;
    while (p < k)
        p += dy_nr_apply_once(c, p, dy_nr_doubled);
    return p == k ? m + 1 - i : p - i; /* a rule that read into the bracket keeps it */
}

/* "бес (5) жыл", "он бес (15) күн": the words were said, the bracketed digits are dropped. */
static size_t words_first(const nctx *c, size_t i)
{
    if (!tok_is(c, i, "(") || i == 0 || !is_word(c, i - 1) || !is_num(c, i + 1) || !glued(c, i + 1))
        return 0;
    number num;
    dy_buf words = {0};
    if (!cardinal_at(c, i + 1, &num, &words)) {
        dy_buf_fini(&words);
        return 0;
    }
    size_t m = num.last + 1;
    dy_nc_number_fini(&num);
    size_t count = 1;
    for (const char *s = dy_buf_str(&words); *s; s++)
        count += *s == ' ';
    int match = tok_is(c, m, ")") && glued(c, m) && count <= i
                    ? words_say(c, i - count, i - 1, dy_buf_str(&words))
                    : 0;
    dy_buf_fini(&words);
    return match ? m + 1 - i : 0;
}

size_t dy_nr_doubled(nctx *c, size_t i, const char *name)
{
    if (is_num(c, i))
        return digits_first(c, i, name);
    return words_first(c, i);
}
