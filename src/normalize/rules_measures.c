/* Rules for quantities (normalize stage, rule table in normalize.c): a number with a unit or a
 * currency ("5 км", "150,50 ₸", "60 км/сағ"), a unit after a number another rule read, and a
 * currency pair. kazakh-normalization.md sections 15 and 16 (the number sign is in
 * rules_number_sign.c). */
#include "normalize/rules.h"

#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"
#include "text/chars.h"

/* Drops one letter of a doubled final consonant before a suffix (4.4: килограмм ->
 * килограмына). */
static void undouble(dy_buf *w)
{
    size_t p = w->len;
    int32_t a = dy_utf8_prev(w->data, &p);
    size_t q = p;
    int32_t b = q ? dy_utf8_prev(w->data, &q) : -1;
    if (a == b && a > 0 && !dy_nc_is_vowel(a))
        w->len = p, w->data[p] = '\0';
}

/* A scale word at k between a number and its unit: "млн", "млрд." or мың ("409 мың га" ->
 * төрт жүз тоғыз мың гектар). *scale gets its spoken word (NULL: none); returns tokens used. */
static size_t scale_at(const nctx *c, size_t k, const char **scale)
{
    *scale = NULL;
    if (tok_is(c, k, "мың") && is_word(c, k + 1)) {
        *scale = "мың";
        return 1;
    }
    if (!is_word(c, k) || (*scale = dy_kk_scale_word(tstr(c, k), tlen(c, k))) == NULL)
        return 0;
    return tok_is(c, k + 1, ".") && glued(c, k + 1) ? 2 : 1;
}

/* A degree sign at k said as градус ("°С", "°C", "ºС", "°"): the temperature unit of 14.1, glued
 * or typed apart after a number ("13 °C дейін" -> он үш градусқа дейін). Returns the tokens used
 * (0: none). */
static size_t degree_at(const nctx *c, size_t k)
{
    if ((tok_is(c, k, "\u0421") || tok_is(c, k, "C")) && k > 0 && is_num(c, k - 1) &&
        spaced(c, k)) {
        /* a bare C after a signed or a decimal number is a temperature ("-12.8 C", "+5 С,",
         * "12,5 C болады"): a class letter follows a whole number, and coulombs are Кл in Kazakh
         * text; a label or a class letter after a whole number comes before a word */
        size_t start = k - 1;
        bool decimal = k >= 3 && (tok_is(c, k - 2, ",") || tok_is(c, k - 2, ".")) &&
                       glued(c, k - 2) && glued(c, k - 1) && is_num(c, k - 3);
        if (decimal)
            start = k - 3;
        bool sign = start > 0 && glued(c, start) &&
                    (tok_is(c, start - 1, "-") || tok_is(c, start - 1, "+") ||
                     tok_is(c, start - 1, "\u2212") || tok_is(c, start - 1, "\u2013"));
        bool ends = k + 1 >= c->n || is_punct(c, k + 1) ||
                    (is_word(c, k + 1) && !dy_is_upper(first_cp(c, k + 1)));
        if ((sign || decimal) && ends)
            return 1;
    }
    /* the degree sign lost as a zero when a document was converted: "15 0С", "0 0С" (a zero
     * typed apart from its number and glued to the C, before no other letter) */
    if (tok_is(c, k, "0") && k > 0 && is_num(c, k - 1) && spaced(c, k) && tlen(c, k - 1) <= 4 &&
        (tok_is(c, k + 1, "\u0421") || tok_is(c, k + 1, "C")) && glued(c, k + 1) &&
        (k + 2 >= c->n || !glued(c, k + 2) || is_punct(c, k + 2)))
        return 2;
    if (!(tok_is(c, k, "\u00b0") || tok_is(c, k, "\u00ba")) ||
        !(glued(c, k) || (k > 0 && is_num(c, k - 1))))
        return 0;
    /* the C glued to the sign, or typed apart before a word in small letters or a mark ("0 ° C
     * температурада"; not "5° С. Ол", an initial's period) */
    bool c_after = tok_is(c, k + 1, "\u0421") || tok_is(c, k + 1, "C");
    bool apart = c_after && spaced(c, k + 1) &&
                 (k + 2 >= c->n ||
                  (is_word(c, k + 2) && spaced(c, k + 2) && !dy_is_upper(first_cp(c, k + 2))) ||
                  (is_punct(c, k + 2) && !tok_is(c, k + 2, ".")));
    return c_after && (glued(c, k + 1) || apart) ? 2 : 1;
}

/* A currency word with a case ending written on it ("теңгеге", "долларды", "рубльден"): the
 * currency, with the ending's chain in chain/chain_n; NULL for any other word. */
static const dy_kk_unit *inflected_currency(const nctx *c, size_t k, dy_kk_morph *chain,
                                            int *chain_n)
{
    const char *s = tstr(c, k);
    size_t n = tlen(c, k);
    for (size_t j = n; j-- > 4;) { /* the longest currency word that starts the token */
        if (((unsigned char)s[j] & 0xC0) == 0x80)
            continue;
        const dy_kk_unit *u = dy_kk_unit_word(s, j);
        if (!u || !u->minor || strlen(u->word) != j || memcmp(u->word, s, j) != 0)
            continue;
        int m = dy_kk_parse_tail_after(u->word, s + j, n - j, chain, 8);
        if (m >= 0) {
            *chain_n = m;
            return u;
        }
    }
    return NULL;
}

/* A unit or currency at k (sections 15, 16): a degree sign, a currency sign, an abbreviation (with
 * its period), "кв. м", "шаршы м", "км²", and the energy units "кВт/сағ", "кВт сағат" (one unit,
 * киловатт-сағат). Appends the spoken words to w and returns the tokens used (0: none); *cur is the
 * currency or NULL; *chain_n gets a suffix chain written on an energy unit's сағат (or -1). */
static size_t unit_at(const nctx *c, size_t k, dy_buf *w, const dy_kk_unit **cur,
                      dy_kk_morph *chain, int *chain_n)
{
    *cur = NULL;
    *chain_n = -1;
    if (k >= c->n)
        return 0;
    size_t deg = degree_at(c, k);
    if (deg) { /* "-7…-12°С дейін" -> ... градусқа дейін */
        dy_buf_puts(w, "градус");
        return deg;
    }
    /* a temperature in kelvins: "216 К" where the sentence speaks of temperature (elsewhere a К
     * after a number is a class's letter, "5 К сыныбы") */
    if (tok_is(c, k, "\u041a") && k > 0 && is_num(c, k - 1) && spaced(c, k) &&
        !(k + 1 < c->n && glued(c, k + 1) && !is_punct(c, k + 1)) &&
        dy_nc_sentence_has_stem(c, "температура кельвин")) {
        dy_buf_puts(w, "кельвин");
        return 1;
    }
    if ((tok_is(c, k, "\"") || tok_is(c, k, "\u2033")) && k > 0 && is_num(c, k - 1) &&
        glued(c, k)) {
        /* an inch mark after a number ("15,6\" экран", "6″"): a quotation mark closes an open
         * quotation, so only an even number of them before it makes it the inch */
        size_t quotes = 0;
        for (size_t q = 0; q < k; q++)
            quotes += tok_is(c, q, "\"");
        if (tok_is(c, k, "\u2033") || quotes % 2 == 0) {
            dy_buf_puts(w, "дюйм");
            return 1;
        }
    }
    if (tok_is(c, k, "%") || tok_is(c, k, "\u2030")) { /* 13.3: "5% дейін" -> бес пайызға дейін */
        dy_buf_puts(w, tok_is(c, k, "%") ? "пайыз" : "промилле");
        return 1;
    }
    if (is_punct(c, k)) {
        const dy_kk_unit *s = dy_kk_currency_sign(first_cp(c, k));
        if (!s)
            return 0;
        dy_buf_puts(w, s->word);
        *cur = s;
        return 1;
    }
    if (!is_word(c, k))
        return 0;
    size_t start = k;
    const char *pre = NULL;
    if ((tok_is(c, k, "кв") || tok_is(c, k, "куб")) && tok_is(c, k + 1, ".") && glued(c, k + 1) &&
        is_word(c, k + 2)) {
        pre = tok_is(c, k, "кв") ? "шаршы" : "текше";
        k += 2;
    } else if (tok_is(c, k, "т") && tok_is(c, k + 1, ".") && glued(c, k + 1) &&
               tok_is(c, k + 2, "м") && (glued(c, k + 2) || spaced(c, k + 2)) &&
               tok_is(c, k + 3, ".") && glued(c, k + 3)) {
        pre = "текше"; /* "170 т.м." (текше метр), not a tonne and a bare м. */
        k += 2;
    } else if ((tok_is(c, k, "шаршы") || tok_is(c, k, "текше")) && is_word(c, k + 1) &&
               dy_kk_unit_word(tstr(c, k + 1), tlen(c, k + 1))) {
        pre = tok_is(c, k, "шаршы") ? "шаршы" : "текше";
        k += 1;
    }
    const dy_kk_unit *u = dy_nc_initials_at(c, k) ? NULL : dy_kk_unit_word(tstr(c, k), tlen(c, k));
    if (!u && !pre && (u = inflected_currency(c, k, chain, chain_n)) != NULL) {
        dy_buf_puts(w, u->word); /* "310,52 теңгеге" -> үш жүз он теңге елу екі тиынға */
        *cur = u;
        return 1;
    }
    if (!u)
        return 0;
    k++;
    if (tok_is(c, k, "\u00b2") || tok_is(c, k, "\u00b3")) {
        pre = tok_is(c, k, "\u00b2") ? "шаршы" : "текше";
        k++;
    } else if (!pre && glued(c, k) && (tok_is(c, k, "2") || tok_is(c, k, "3")) &&
               dy_nc_ends_with(u->word, "метр") &&
               (k + 1 >= c->n || !glued(c, k + 1) || is_punct(c, k + 1))) {
        pre = tok_is(c, k, "2") ? "шаршы" : "текше"; /* "мм2", "м3": a superscript typed flat */
        k++;
    }
    if (pre) {
        dy_buf_puts(w, pre);
        dy_buf_putc(w, ' ');
    }
    /* the page count that closes an imprint, "Алматы: Мектеп, 1994. - 352 с." (с. for страниц,
     * as the Russian records have it): бет, not секунд */
    bool pages = tok_is(c, start, "\u0441") && start >= 4 && is_num(c, start - 1) &&
                 is_dash(c, start - 2) && tok_is(c, start - 3, ".") && is_num(c, start - 4) &&
                 tlen(c, start - 4) == 4;
    dy_buf_puts(w, pages ? "бет" : u->word);
    *cur = u->minor ? u : NULL;
    if (dy_nc_ends_with(u->word, "ватт") || dy_nc_ends_with(u->word, "ампер")) {
        /* кВт/сағ, кВт·сағ, кВт*сағ, кВт-сағ, кВт сағ, кВт сағат(қа): киловатт-сағат; a battery's
         * мА·сағ: миллиампер-сағат */
        size_t h = k;
        if ((tok_is(c, h, "/") || tok_is(c, h, "\u00b7") || tok_is(c, h, "*") ||
             tok_is(c, h, "-")) &&
            glued(c, h) && glued(c, h + 1))
            h++;
        else if (!spaced(c, h))
            h = SIZE_MAX;
        if (h != SIZE_MAX && (tok_is(c, h, "сағ") || dy_nc_word_starts(c, h, "сағат"))) {
            dy_buf_puts(w, "-сағат");
            if (tok_is(c, h, "сағ")) {
                k = h + 1;
                if (tok_is(c, k, ".") && glued(c, k))
                    k++;
            } else {
                char low[DY_KK_WORD_MAX];
                size_t len = dy_kk_lower_to(low, sizeof low, tstr(c, h), tlen(c, h));
                size_t stem = strlen("сағат");
                if (len != SIZE_MAX && len > stem)
                    *chain_n = dy_kk_parse_tail_after("сағат", low + stem, len - stem, chain, 8);
                if (len == SIZE_MAX || (len > stem && *chain_n < 0))
                    return 0;
                k = h + 1;
            }
            return k - start;
        }
    }
    if (u->period && tok_is(c, k, ".") && glued(c, k))
        k++;
    else if (!strcmp(u->word, "миллиметр") &&
             ((tok_is(c, k, "сын") && tok_is(c, k + 2, "бағ")) ||
              (tok_is(c, k, "рт") && tok_is(c, k + 2, "ст")) || /* the Russian "мм рт. ст." */
              (tok_is(c, k, "с") && tok_is(c, k + 2, "б"))) &&
             tok_is(c, k + 1, ".") && tok_is(c, k + 3, ".")) {
        dy_buf_puts(w, " сынап бағанасы"); /* "760 мм сын. бағ.", "мм с.б.", "мм рт. ст." (16) */
        k += 4;
    }
    return k - start;
}

/* A product of units in brackets after a rate's slash, at k (the "("): "Дж/(кг·°С)" ->
 * килограмм градусына, "Вт/(м·К)" -> метр кельвиніне (16 is silent; the per-form of its ratios,
 * on the last unit). A lone К there is the kelvin. Returns the tokens used through ")" (0: none).
 */
static size_t product_ratio_at(const nctx *c, size_t k, dy_buf *den)
{
    dy_buf words = {0}, w = {0};
    size_t j = k + 1;
    const char *last = NULL;
    for (int parts = 0; parts < 4; parts++) {
        const dy_kk_unit *cur;
        dy_kk_morph ch[8];
        int chn;
        dy_buf_clear(&w);
        size_t used = glued(c, j) ? unit_at(c, j, &w, &cur, ch, &chn) : 0;
        if (!used && glued(c, j) && (tok_is(c, j, "\u041a") || tok_is(c, j, "K"))) {
            dy_buf_puts(&w, "кельвин");
            used = 1, cur = NULL, chn = -1;
        }
        if (!used || cur || chn >= 0) {
            words.len = 0;
            break;
        }
        if (words.len)
            dy_buf_putc(&words, ' ');
        size_t at = words.len;
        dy_buf_append(&words, w.data, w.len);
        last = words.data + at;
        j += used;
        if (tok_is(c, j, ")") && glued(c, j) && parts >= 1)
            break;
        if (!(glued(c, j) && (tok_is(c, j, "\u00b7") || tok_is(c, j, "\u22c5") ||
                              tok_is(c, j, "*") || tok_is(c, j, "\u00d7")))) {
            words.len = 0;
            break;
        }
        j++;
    }
    size_t r = 0;
    if (words.len && tok_is(c, j, ")")) {
        static const dy_kk_morph POSS_DAT[] = {DY_KK_POSS3, DY_KK_DAT};
        size_t at = (size_t)(last - words.data);
        dy_buf_append(den, words.data, at);
        dy_buf tail = {0};
        dy_buf_append(&tail, words.data + at, words.len - at);
        undouble(&tail);
        dy_nc_put_inflected(den, tail.data, POSS_DAT, 2);
        dy_buf_fini(&tail);
        r = j + 1 - (k - 1);
    }
    dy_buf_fini(&w);
    dy_buf_fini(&words);
    return r;
}

/* Section 16 ratios: the denominator at k ("/" then a unit), said first with the possessive
 * and the dative: "сағатына", "гектарына", "шаршы километріне"; with a count written in it, the
 * count and the dative alone: "/1 Гкал" -> бір гигакалорияға, "/100 км" -> жүз километрге.
 * Returns tokens used. */
static size_t ratio_one(const nctx *c, size_t k, dy_buf *den);

/* ... and a second denominator after a first "/кг", said first: "мг/кг/тәулік" -> тәулігіне
 * килограмына (the spec is silent; a dose per kilogram of body weight per day). */
static size_t ratio_at(const nctx *c, size_t k, dy_buf *den)
{
    size_t start = den->len, used = ratio_one(c, k, den);
    dy_buf second = {0};
    /* only per kilogram of body weight: "м/см/с" is a typo, not two rates */
    size_t more = used == 2 && tok_is(c, k + 1, "кг") ? ratio_one(c, k + used, &second) : 0;
    if (more) {
        dy_buf rest = {0};
        dy_buf_append(&rest, den->data + start, den->len - start);
        den->len = start;
        dy_buf_append(den, second.data, second.len);
        dy_buf_putc(den, ' ');
        dy_buf_append(den, rest.data, rest.len);
        dy_buf_fini(&rest);
    }
    dy_buf_fini(&second);
    return used + more;
}

static size_t ratio_one(const nctx *c, size_t k, dy_buf *den)
{
    /* a backslash typed for the slash between units: "15 м\с2", "36 км\сағ" */
    bool tight = (tok_is(c, k, "/") || (tok_is(c, k, "\\") && is_word(c, k + 1))) && glued(c, k) &&
                 glued(c, k + 1);
    bool loose = tok_is(c, k, "/") && spaced(c, k) && spaced(c, k + 1);
    /* the space after the slash only, before a unit: "32г/ моль" */
    bool half = tok_is(c, k, "/") && glued(c, k) && spaced(c, k + 1) && is_word(c, k + 1) &&
                dy_kk_unit_word(tstr(c, k + 1), tlen(c, k + 1)) != NULL &&
                !(k + 2 < c->n && glued(c, k + 2) && !is_punct(c, k + 2));
    loose |= half;
    if (!tight && !loose)
        return 0;
    if (tight && tok_is(c, k + 1, "("))
        return product_ratio_at(c, k + 1, den);
    dy_buf w = {0};
    const dy_kk_unit *cur;
    dy_kk_morph ch[8];
    int chn;
    size_t count = 0; /* a count in the denominator: "Теңге/1Гкал", "л/100 км" */
    if (is_num(c, k + 1) && tlen(c, k + 1) <= 4 && !(glued(c, k + 2) && is_punct(c, k + 2)))
        count = 1;
    size_t used = unit_at(c, k + 1 + count, &w, &cur, ch, &chn);
    /* a unit's full word ("теңге/литр"), or a period of time ("р/күн", "теңге/ай", "мг/тәулік") */
    char low[DY_KK_WORD_MAX];
    size_t low_len = is_word(c, k + 1)
                         ? dy_kk_lower_to(low, sizeof low, tstr(c, k + 1), tlen(c, k + 1))
                         : SIZE_MAX;
    bool period =
        tok_is(c, k + 1, "жыл") || (low_len != SIZE_MAX && low_len &&
                                    dy_kk_time_noun(low) == low_len && strcmp(low, "тәуліг") != 0);
    if (!used && !count && is_word(c, k + 1) &&
        (period || dy_kk_is_measure_stem(tstr(c, k + 1), tlen(c, k + 1))) &&
        !(k + 2 < c->n && glued(c, k + 2) && !is_punct(c, k + 2))) {
        dy_buf_append(&w, tstr(c, k + 1), tlen(c, k + 1));
        used = 1;
    }
    if (!used || cur || chn >= 0 || strchr(w.data, '-')) {
        dy_buf_fini(&w);
        return 0;
    }
    undouble(&w);
    static const dy_kk_morph POSS_DAT[] = {DY_KK_POSS3, DY_KK_DAT};
    if (count) { /* бір гигакалорияға, жүз километрге */
        dy_nc_say_number(c, k + 1, NULL, 0, den);
        dy_buf_putc(den, ' ');
    }
    dy_nc_put_inflected(den, w.data, POSS_DAT + count, 2 - (int)count);
    dy_buf_fini(&w);
    return 1 + count + used;
}

/* The minor units of the one or two digits after an amount's decimal point at k: "481,5 теңге"
 * -> елу тиын (an exchange rate's tenths), "150,05" -> бес. */
static uint64_t cents_of(const nctx *c, size_t k)
{
    uint64_t v = dy_nc_num_value(c, k);
    return tlen(c, k) == 1 ? v * 10 : v;
}

/* Section 15: an amount of a currency with a minor unit, its whole part's digits and its cents
 * (0-99), said into out with the chain on the last word: "жүз елу теңге елу тиын", no cents "он
 * екі теңге", no whole "елу цент" ("0,50 $"). */
static void say_money(const dy_buf *whole, uint64_t cents, const char *unit, const dy_kk_unit *cur,
                      const dy_kk_morph *chain, int n, dy_buf *out)
{
    if (cents == 0 || !(whole->len == 1 && whole->data[0] == '0')) {
        dy_nc_say_digits(whole->data, whole->len, NULL, 0, out);
        dy_buf_putc(out, ' ');
        if (cents == 0) {
            dy_nc_put_inflected(out, unit, chain, n);
            return;
        }
        dy_buf_puts(out, unit);
        dy_buf_putc(out, ' ');
    }
    dy_kk_cardinal_u64(out, cents);
    dy_buf_putc(out, ' ');
    dy_nc_put_inflected(out, cur->minor, chain, n);
}

/* The whole part of an amount written "N-DD" at i before a currency with a minor unit ("419-03
 * теңге", "1-15 теңгеге"): tenge and tiyn typed with a hyphen, as roubles and kopecks are. Only
 * when the pair cannot be a range (DD starts with 0, or is not greater than N) unless loose, which
 * takes any such pair. */
static bool hyphen_money(const nctx *c, size_t i, bool loose)
{
    if (!is_num(c, i) || !tok_is(c, i + 1, "-") || !glued(c, i + 1) || !is_num(c, i + 2) ||
        !glued(c, i + 2) || tlen(c, i + 2) != 2 || !spaced(c, i + 3) || tlen(c, i) > 15)
        return false;
    if (i > 0 && glued(c, i) && !tok_is(c, i - 1, "(") &&
        !dy_char_is_quote_open(first_cp(c, i - 1)))
        return false; /* part of something longer: "2,419-03", "10-419-03" */
    dy_buf w = {0};
    const dy_kk_unit *cur;
    dy_kk_morph chain[8];
    int n;
    size_t used = unit_at(c, i + 3, &w, &cur, chain, &n);
    dy_buf_fini(&w);
    uint64_t a = dy_nc_num_value(c, i), b = dy_nc_num_value(c, i + 2);
    return used && cur && cur->minor && (loose || tstr(c, i + 2)[0] == '0' || b <= a);
}

/* Does the sentence write another amount, other than at i, as tenge and tiyn with a hyphen that
 * cannot be a range ("1-15 теңгеге төмендеп, 419-03 теңгені құрады")? The writer's own habit
 * then reads every "N-DD" of the sentence before a currency the same way. */
static bool hyphen_money_elsewhere(const nctx *c, size_t i)
{
    dy_nc_cache *m = c->cache;
    if (m->money_pairs < 0) { /* counted once for the sentence, up to two */
        m->money_pairs = 0;
        for (size_t k = 0; k + 3 < c->n && m->money_pairs < 2; k++)
            if (hyphen_money(c, k, false) && m->money_pairs++ == 0)
                m->money_first = k;
    }
    return m->money_pairs >= 2 || (m->money_pairs == 1 && m->money_first != i);
}

/* The separator of a range at k: a dash, spaced or not, or an ellipsis ("+5…+10", "-2...-7").
 * Returns its tokens (0: none). */
static size_t range_sep_at(const nctx *c, size_t k)
{
    if (is_dash(c, k) || tok_is(c, k, "\u2026") || tok_is(c, k, "..."))
        return 1;
    return tok_is(c, k, ".") && tok_is(c, k + 1, ".") && tok_is(c, k + 2, ".") && glued(c, k + 1) &&
                   glued(c, k + 2)
               ? 3
               : 0;
}

/* A sign glued to the number after it (section 14.1): "+" is плюс; "-", "−" or "–" is минус
 * when nothing glued stands before it, or after an ellipsis or a dash of a range ("-2...-7",
 * "+5…+10"). Returns the word or NULL. */
static const char *sign_at(const nctx *c, size_t k)
{
    if (!is_punct(c, k) || !is_num(c, k + 1) || !glued(c, k + 1))
        return NULL;
    if (tok_is(c, k, "+"))
        return "плюс";
    if (!tok_is(c, k, "-") && !tok_is(c, k, "\u2212") && !tok_is(c, k, "\u2013"))
        return NULL;
    if (k > 0 && glued(c, k) && !tok_is(c, k - 1, "(") && !is_dash(c, k - 1) &&
        !tok_is(c, k - 1, "\u2026") && !(k >= 3 && range_sep_at(c, k - 3) == 3))
        return NULL;
    return "минус";
}

/* A three-letter currency code ("USD", "KZT"; also one no list knows, "AUD") at i: its currency
 * or NULL; *code says whether it looks like one at all. */
static const dy_kk_unit *currency_code(const nctx *c, size_t i, bool *code)
{
    *code = is_word(c, i) && tlen(c, i) == 3;
    for (size_t k = 0; *code && k < 3; k++)
        *code = tstr(c, i)[k] >= 'A' && tstr(c, i)[k] <= 'Z';
    const dy_kk_unit *u = *code ? dy_kk_unit_word(tstr(c, i), 3) : NULL;
    return u && u->minor ? u : NULL;
}

/* Is the code at i a row of an exchange-rate table, the whole sentence a code and a number
 * ("USD 542.03", "EUR 627,29")? The number is then the rate in the table's own currency, not an
 * amount of the code's: доллар – бес жүз қырық екі бүтін жүзден үш. */
static bool rate_row(const nctx *c, size_t i)
{
    number num;
    bool row = false;
    if (i == 0 && is_num(c, 1) && spaced(c, 1) && dy_nc_number_at(c, 1, &num)) {
        row = num.last + 1 == c->n || (num.last + 2 == c->n && tok_is(c, c->n - 1, "."));
        dy_nc_number_fini(&num);
    }
    return row;
}

/* Sections 11, 14.1 and 16: a range of quantities with a unit, a sign or a decimal end:
 * "8–12 м/с" -> секундына сегіз - он екі метр, "+5…+10°С" -> плюс бес - плюс он градус,
 * "-2...-7 градус", "7,5–8,2 теңге", "20-25 м/с дейін". Each end is read with its sign; the
 * unit is said once, after the second end, and a ratio's denominator before the first.
 * Returns the tokens used (0: not such a range). */
static size_t measure_range(nctx *c, size_t i, const char *name)
{
    size_t k = i;
    const char *sa = sign_at(c, k), *sb;
    if (sa)
        k++;
    if (!sa && i >= 2 && (tok_is(c, i - 1, ",") || tok_is(c, i - 1, ".")) && glued(c, i) &&
        is_num(c, i - 2))
        return 0;
    number a, b;
    if (!dy_nc_number_at(c, k, &a))
        return 0;
    k = a.last + 1;
    size_t sep = k, seplen = range_sep_at(c, sep);
    bool ok = seplen > 0;
    k += seplen;
    sb = ok ? sign_at(c, k) : NULL;
    bool plus_sep = !ok && sa && tok_is(c, sep, "+") && glued(c, sep) && is_num(c, sep + 1) &&
                    glued(c, sep + 1);
    if (plus_sep) {
        ok = true; /* "+12+17°С": the second sign is also the separator (k stays on it) */
        sb = "плюс";
    }
    if (sb && is_dash(c, sep) && !spaced(c, sep) && glued(c, k))
        sb = NULL; /* "5--7" is no sign */
    if (sb)
        k++;
    if (!ok || !dy_nc_number_at(c, k, &b)) {
        dy_nc_number_fini(&a);
        return 0;
    }
    k = b.last + 1;
    const char *scale = NULL;
    k += scale_at(c, k, &scale);
    dy_buf unit = {0}, den = {0}, out = {0};
    const dy_kk_unit *cur;
    dy_kk_morph chain[8];
    int n = -1;
    size_t used = unit_at(c, k, &unit, &cur, chain, &n);
    if (used == 1 && letters(c, k) == 1 && is_word(c, k + 1) &&
        dy_kk_is_doc_noun(tstr(c, k + 1), tlen(c, k + 1)))
        used = 0;
    if (used && !tok_is(c, k + used - 1, "."))
        used += ratio_at(c, k + used, &den);
    /* a speed in prose is never below zero: the hyphen typed before "желдің екпіні -15-18 м/с" is
     * a dash, said as nothing (a formula's "v = -5 м/с" keeps its minus) */
    if (sa && !strcmp(sa, "минус") && i > 0 && is_word(c, i - 1) && spaced(c, i) && den.data &&
        (strstr(den.data, "секунд") || strstr(den.data, "сағат")) &&
        !dy_nc_sentence_has_stem(c, "="))
        sa = NULL;
    /* "5- 7": not a clean range */
    bool spaced_range = seplen == 1 && tok_is(c, sep, "-") && spaced(c, sep) != spaced(c, sep + 1);
    /* "+3+5" with no unit is a range too unless the sentence is an equation ("+3+5=8") */
    bool equation = false;
    for (size_t e = 0; e < c->n && plus_sep && !used; e++)
        equation |= tok_is(c, e, "=");
    if ((!used && !scale && !sa && !sb && !a.decimal && !b.decimal) || spaced_range ||
        (!used && (scale || (plus_sep && equation)))) {
        dy_buf_fini(&unit);
        dy_buf_fini(&den);
        dy_nc_number_fini(&a);
        dy_nc_number_fini(&b);
        return 0;
    }
    k += used;
    const char *last = used ? dy_nc_last_word(unit.data) : NULL;
    /* a temperature range with the minus typed once, "-4-6°С", "-31-33°C", or without its unit
     * in a sentence of temperatures: a forecast writes a range across zero with its plus
     * ("-2+3°С"), so both ends are below zero */
    bool degrees = last && !strcmp(last, "градус");
    for (size_t t = 0; !used && !degrees && t < c->n; t++) /* "түнде -20-25, күндіз -10-15°С" */
        degrees = tok_is(c, t, "\u00b0");
    degrees |= !used && dy_nc_sentence_has_stem(c, "градус температура аяз");
    if (sa && !strcmp(sa, "минус") && !sb && is_dash(c, sep) && glued(c, sep) &&
        glued(c, sep + 1) && degrees && !dy_nc_word_starts(c, b.last + 1, "жылы"))
        sb = "минус"; /* but "-2-3 жылыдан": the second end is warm */
    dy_buf bw = {0};
    dy_nc_number_say(c, &b, NULL, 0, &bw);
    if (n < 0) {
        size_t sfx = dy_nc_suffix_at(c, k, last ? last : dy_nc_last_word(bw.data), chain, &n);
        if (sfx)
            k += sfx;
        else
            n = used && dy_nc_postposition_case(c, k, false, chain) ? 1 : 0;
    }
    /* 15: an end with two-digit cents makes both ends amounts ("7,45-7,65 теңге" -> жеті теңге
     * қырық бес тиын - ...), as a single "7,45 теңге" is */
    bool cents_a = a.decimal && tlen(c, a.frac) <= 2, cents_b = b.decimal && tlen(c, b.frac) <= 2;
    bool money = cur && cur->minor && !scale && !sa && !sb && (cents_a || cents_b) &&
                 (cents_a || !a.decimal) && (cents_b || !b.decimal);
    bool hyphen =
        cur && cur->minor && !scale && !den.len && !sa && !sb && a.first == i &&
        (hyphen_money(c, i, false) || (hyphen_money(c, i, true) && hyphen_money_elsewhere(c, i)));
    if (den.len) {
        dy_buf_puts(&out, den.data);
        dy_buf_putc(&out, ' ');
    }
    if (hyphen) { /* "419-03 теңгені" -> төрт жүз он тоғыз теңге үш тиынды: one amount */
        say_money(&a.whole, dy_nc_num_value(c, b.first), unit.data, cur, chain, n, &out);
    } else if (money) {
        say_money(&a.whole, cents_a ? cents_of(c, a.frac) : 0, unit.data, cur, NULL, 0, &out);
        dy_buf_puts(&out, " - ");
        say_money(&b.whole, cents_b ? cents_of(c, b.frac) : 0, unit.data, cur, chain, n, &out);
    } else {
        if (sa) {
            dy_buf_puts(&out, sa);
            dy_buf_putc(&out, ' ');
        }
        dy_nc_number_say(c, &a, NULL, 0, &out);
        dy_buf_puts(&out, " - ");
        if (sb) {
            dy_buf_puts(&out, sb);
            dy_buf_putc(&out, ' ');
        }
        if (used) {
            dy_buf_puts(&out, bw.data);
            if (scale) {
                dy_buf_putc(&out, ' ');
                dy_buf_puts(&out, scale);
            }
            dy_buf_putc(&out, ' ');
            dy_nc_put_inflected(&out, unit.data, chain, n);
        } else {
            dy_nc_number_say(c, &b, chain, n, &out);
        }
    }
    dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, k - 1), name, tok(c, i)->space_before);
    if (tok_is(c, k - 1, ".") && used)
        dy_nc_abbr_period(c, k - 1, STOP_CAPITAL);
    dy_buf_fini(&bw);
    dy_buf_fini(&unit);
    dy_buf_fini(&den);
    dy_buf_fini(&out);
    dy_nc_number_fini(&a);
    dy_nc_number_fini(&b);
    return k - i;
}

/* Is the one-letter unit at k (В, А, Н) a letter after all: a class label before a numbered noun
 * ("5 В сыныбы"), a house's letter ("59А үй"), or an answer option after the problem's number
 * ("1 А) 5 Б) 6")? */
static bool letter_not_unit(const nctx *c, size_t k)
{
    if (letters(c, k) == 1 && (dy_nr_is_letter_label(c, k) || dy_nc_dot_option(c, k)))
        return true; /* the next option of a test: "-2,5 В) 3", "Ә. 8 В. 15" */
    if (letters(c, k) == 1 && is_num(c, k + 1) && glued(c, k + 1) && tlen(c, k + 1) <= 2 &&
        (dy_is_upper(first_cp(c, k)) || (is_word(c, k + 2) && glued(c, k + 2))))
        return true; /* an element of a formula after its coefficient: "2 Н3РО4", "3 H2" */
    if (letters(c, k) == 1 && dy_is_upper(first_cp(c, k)) &&
        (dy_nc_word_starts(c, k + 1, "атом") || dy_nc_word_starts(c, k + 1, "молекула")))
        return true; /* "2 H атомы": an element */
    if (letters(c, k) == 1 && dy_is_upper(first_cp(c, k)) && tok_is(c, k + 1, ".") &&
        glued(c, k + 1) && is_word(c, k + 2) && glued(c, k + 2) &&
        dy_char_surname_like(tstr(c, k + 2), tlen(c, k + 2)))
        return true; /* an initial glued to its surname: "№50 А.Байтұрсынов атындағы" */
    /* a decimal counts no class or house: "0,05 г қосымша зат" is grams */
    if (k >= 3 && is_num(c, k - 1) && (tok_is(c, k - 2, ",") || tok_is(c, k - 2, ".")) &&
        glued(c, k - 1) && glued(c, k - 2) && is_num(c, k - 3))
        return false;
    /* a house or a flat's letter glued to its number: "59А үй", "12Б пәтер" */
    bool house =
        glued(c, k) && (dy_nc_word_starts(c, k + 1, "үй") || dy_nc_word_starts(c, k + 1, "пәтер") ||
                        dy_nc_word_starts(c, k + 1, "корпус"));
    return letters(c, k) == 1 &&
           ((is_word(c, k + 1) && dy_kk_is_doc_noun(tstr(c, k + 1), tlen(c, k + 1))) || house ||
            dy_nr_is_letter_label(c, k));
}

/* Sections 15 and 16: a number (or decimal, or group-spaced number) with a unit or currency:
 * "5 км" -> бес километр, "2,7 млн км²" -> екі бүтін оннан жеті миллион шаршы километр,
 * "60 км/сағ" -> сағатына алпыс километр, "5 км-ге" -> бес километрге, "150,50 ₸" -> жүз елу
 * теңге елу тиын, "$1,5 млрд" -> бір бүтін оннан бес миллиард доллар. */
/* A rate after an unknown instead of a number, in a motion problem: "жылдамдығы х км/сағ" ->
 * сағатына икс километр (the slash is no "немесе"). Returns the tokens used, or 0. */
static size_t variable_rate(nctx *c, size_t i, const char *name)
{
    int32_t cp = is_word(c, i) && letters(c, i) == 1 ? first_cp(c, i) : 0;
    if (!cp || !(cp == 'x' || cp == 0x0445 || cp == 'v' || cp == 'y' || cp == 'a') ||
        !spaced(c, i + 1) || (i > 0 && glued(c, i) && !is_punct(c, i - 1)))
        return 0;
    dy_buf unit = {0}, den = {0};
    const dy_kk_unit *cur;
    dy_kk_morph chain[8];
    int n = -1;
    size_t used = unit_at(c, i + 1, &unit, &cur, chain, &n);
    size_t per = used && !cur && !tok_is(c, i + used, ".") ? ratio_at(c, i + 1 + used, &den) : 0;
    size_t all = 0;
    if (per && den.len) {
        dy_buf b = {0};
        dy_buf_append(&b, den.data, den.len);
        dy_buf_puts(&b, cp == 'x' || cp == 0x0445 ? " икс " : " ");
        if (cp != 'x' && cp != 0x0445) {
            dy_buf_puts(&b, dy_nr_school_letter(cp));
            dy_buf_putc(&b, ' ');
        }
        dy_buf_append(&b, unit.data, unit.len);
        all = 1 + used + per;
        dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + all - 1), name,
                         tok(c, i)->space_before);
        dy_buf_fini(&b);
    }
    dy_buf_fini(&unit);
    dy_buf_fini(&den);
    return all;
}

size_t dy_nr_measure(nctx *c, size_t i, const char *name)
{
    size_t rate = variable_rate(c, i, name);
    if (rate)
        return rate;
    /* the index of a variable is no quantity: "m1/m2" is эм бір бөлу эм екі, not "1/m²" */
    if (is_num(c, i) && i > 0 && glued(c, i) && is_word(c, i - 1) && letters(c, i - 1) == 1 &&
        first_cp(c, i - 1) < 0x80 && tok_is(c, i + 1, "/") && glued(c, i + 1))
        return 0;
    size_t range = measure_range(c, i, name);
    if (range)
        return range;
    const dy_kk_unit *sign = NULL;
    size_t first = i;
    bool code;
    if (is_punct(c, i)) { /* "$100", "€20", "$ 20" */
        sign = dy_kk_currency_sign(first_cp(c, i));
        /* the option mark of a test bank's export, "$ 3,2 м/с", "$ -2 м/с2": a unit after the
         * number says the dollar is no money; it says nothing */
        size_t at = (tok_is(c, i + 1, "-") || tok_is(c, i + 1, "\u2212")) ? i + 2 : i + 1;
        number q;
        if (sign && tok_is(c, i, "$") && i == 0 && dy_nc_number_at(c, at, &q)) {
            size_t u = q.last + 1;
            dy_nc_number_fini(&q);
            const dy_kk_unit *unit = is_word(c, u) ? dy_kk_unit_word(tstr(c, u), tlen(c, u)) : NULL;
            if (unit && !unit->minor)
                return 1;
        }
        if (!sign || !is_num(c, i + 1))
            return 0;
        i++;
    } else if ((sign = currency_code(c, i, &code)) != NULL) { /* "USD 500" (15: before it) */
        if (!is_num(c, i + 1) || !spaced(c, i + 1) || rate_row(c, i))
            return 0;
        i++;
    }
    number num;
    if (!dy_nc_number_at(c, i, &num))
        return 0;
    size_t k = num.last + 1;
    if (sign && (tok_is(c, k, "%") || tok_is(c, k, "\u2030")) && !is_punct(c, first)) {
        /* a percent is never money: "USD 0,05%" -> доллар, нөл бүтін жүзден бес пайыз */
        dy_nc_number_fini(&num);
        dy_nc_emit(c, sign->word, tok(c, first)->src, name, tok(c, first)->space_before);
        dy_nc_emit(c, ",", tok(c, first)->src, name, false);
        return 1;
    }
    const char *scale = NULL;
    k += scale_at(c, k, &scale);
    dy_buf unit = {0}, den = {0}, out = {0};
    const dy_kk_unit *cur = sign;
    dy_kk_morph chain[8];
    int n = -1;
    size_t used = 0;
    if (sign) {
        dy_buf_puts(&unit, sign->word);
    } else {
        used = unit_at(c, k, &unit, &cur, chain, &n);
        bool plural;
        if ((used == 1 && letter_not_unit(c, k)) ||
            (!scale && k == num.last + 1 && dy_nc_year_abbr(c, k, &plural)))
            used = 0; /* "1998 г." is a year (the year rules) */
        if (!used && is_word(c, k) && dy_is_letter(first_cp(c, k)) &&
            !dy_is_upper(first_cp(c, k)) && tok_is(c, k + 1, "/")) {
            /* a counted noun over a unit: "12 адам/км²", "135 теңге / м³" */
            size_t r = ratio_at(c, k + 1, &den);
            if (r) {
                dy_buf_append(&unit, tstr(c, k), tlen(c, k));
                used = 1 + r;
            }
        } else if (used && !tok_is(c, k + used - 1, ".")) {
            used += ratio_at(c, k + used, &den);
        } else if (!used && tok_is(c, k, "/") && glued(c, k)) {
            used = ratio_at(c, k, &den); /* a density "9 684,5/km²": шаршы километріне ... */
        }
        /* "р" over a period of time counts times, not roubles: "3 р/тәу" -> тәулігіне үш рет */
        static const char *const PER_TIME[] = {"тәулі", "күні", "сағаты", "апта", "айы", "минуты"};
        bool per_time = false;
        for (size_t t = 0; t < COUNT(PER_TIME) && den.len; t++)
            per_time |= !strncmp(den.data, PER_TIME[t], strlen(PER_TIME[t]));
        if (per_time && tok_is(c, k, "р")) {
            dy_buf_clear(&unit);
            dy_buf_puts(&unit, "рет");
            cur = NULL;
        }
        if (!used) {
            dy_buf_fini(&unit);
            dy_buf_fini(&den);
            dy_nc_number_fini(&num);
            return 0;
        }
        k += used;
    }
    /* a unit's period before a lower-case word is no full stop ("14,9 ц. құрайды"), also with
     * the space after it lost ("140 мм.астам") */
    if (!sign && unit.len && tok_is(c, k, ".") && glued(c, k) && is_word(c, k + 1) &&
        !dy_is_upper(first_cp(c, k + 1)) && dy_is_letter(first_cp(c, k + 1)) &&
        (spaced(c, k + 1) || dy_is_cyrillic(first_cp(c, k + 1))))
        k++;
    /* a suffix on the unit: "5 км-ге", "100 $-ға", "1 000 000 ₸-ден" */
    if (n < 0 && !unit.len) {
        n = 0;
    } else if (n < 0) {
        size_t sfx = dy_nc_suffix_at(c, k, dy_nc_last_word(unit.data), chain, &n);
        if (sfx)
            k += sfx;
        else /* "25 м/с дейін" -> секундына жиырма бес метрге дейін */
            n = dy_nc_postposition_case(c, k, false, chain) ? 1 : 0;
    }
    /* the last of coordinated numbers ("5 және 10 м/с"): the denominator goes after the unit,
     * the also-acceptable order of 16, so that it is not said between the numbers */
    bool coord = den.len && first >= 2 && !is_dash(c, first - 1) && dy_nc_joiner(c, first - 1) &&
                 is_num(c, first - 2);
    if (den.len && !coord) {
        dy_buf_puts(&out, den.data);
        dy_buf_putc(&out, ' ');
    }
    /* a quantity before its unit: "58 мин. 01 с" -> бір секунд (the zero of a table's padding;
     * section 5 reads a leading zero digit by digit in codes and phones only) */
    while (unit.len && num.whole.len > 1 && num.whole.data[0] == '0') {
        memmove(num.whole.data, num.whole.data + 1, num.whole.len);
        num.whole.len--;
    }
    bool minor = cur && cur->minor && num.decimal && !scale && tlen(c, num.frac) <= 2;
    uint64_t cents = minor ? cents_of(c, num.frac) : 0;
    if (minor) { /* 150,50 ₸ -> жүз елу теңге елу тиын; "12.00 теңге" -> он екі теңге */
        say_money(&num.whole, cents, unit.data, cur, chain, n, &out);
    } else {
        dy_nc_number_say(c, &num, NULL, 0, &out);
        if (scale) {
            dy_buf_putc(&out, ' ');
            dy_buf_puts(&out, scale);
        }
        if (unit.len) {
            dy_buf_putc(&out, ' ');
            dy_nc_put_inflected(&out, unit.data, chain, n);
        }
    }
    if (coord) {
        dy_buf_putc(&out, ' ');
        dy_buf_puts(&out, den.data);
    }
    dy_nc_emit_words(c, out.data, dy_nc_span_of(c, first, k - 1), name,
                     tok(c, first)->space_before);
    if (tok_is(c, k - 1, "."))
        dy_nc_abbr_period(c, k - 1, STOP_CAPITAL);
    if (!sign && unit.len && tok_is(c, k, ".") && glued(c, k) && glued(c, k + 1) &&
        starts_upper(c, k + 1)) {
        /* "10,0 ц.Сонымен": the full stop was typed without its space; keep the pause */
        dy_nc_emit(c, ".", tok(c, k)->src, "punctuation", false);
        c->prev = P_WORD;
        k++;
    }
    dy_buf_fini(&unit);
    dy_buf_fini(&den);
    dy_buf_fini(&out);
    dy_nc_number_fini(&num);
    return k - first;
}

/* A price per unit with no amount written, as a table's column heads it: "Теңге/1Гкал" -> бір
 * гигакалорияға теңге, "тг/кВт" -> киловатына теңге (the rate of section 16, currency first).
 * A one-letter currency is no such head: "р/с" is реттік сан (contractions.tsv). A unit of a
 * rate named with no number ("Өлшем бірлігі м/с", "кг/м3") is read so too, the denominator
 * first as with a number: секундына метр, текше метріне килограмм (section 16 is silent). */
size_t dy_nr_bare_rate(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || (i > 0 && is_num(c, i - 1)))
        return 0;
    dy_buf w = {0}, den = {0};
    const dy_kk_unit *cur = NULL;
    dy_kk_morph chain[8];
    int n;
    size_t used = unit_at(c, i, &w, &cur, chain, &n);
    if (!used && starts_upper(c, i)) { /* "Теңге/1Гкал" heading a column */
        dy_buf low = {0};
        dy_kk_lower(&low, tstr(c, i), tlen(c, i));
        cur = dy_kk_unit_word(low.data, low.len);
        if (cur && cur->minor && !strcmp(cur->word, low.data)) {
            dy_buf_puts(&w, cur->word);
            used = 1;
        }
        dy_buf_fini(&low);
    }
    /* not "5м/с", "3·10⁸ м/с" (the unit after a number), nor the variables of "m/V" */
    bool unit = used && !cur && tok_is(c, i + used, "/") && glued(c, i + used) &&
                dy_is_cyrillic(first_cp(c, i)) && is_word(c, i + used + 1) &&
                dy_is_cyrillic(first_cp(c, i + used + 1)) &&
                !(i > 0 && glued(c, i) && !is_punct(c, i - 1)) &&
                !(i > 0 && (dy_char_superscript_digit(first_cp(c, i - 1)) >= 0 ||
                            tok_is(c, i - 1, "\u207b")));
    size_t r =
        used && n < 0 && ((cur && letters(c, i) > 1) || unit) ? ratio_at(c, i + used, &den) : 0;
    if (r && unit && i + used + r < c->n && glued(c, i + used + r) &&
        (!is_punct(c, i + used + r) || is_dash(c, i + used + r)))
        r = 0; /* a suffix or a word glued after it: "км/сағ-пен" is left as it was */
    if (r) {
        dy_buf_putc(&den, ' ');
        dy_buf_puts(&den, w.data);
        dy_nc_emit_words(c, den.data, dy_nc_span_of(c, i, i + used + r - 1), name,
                         tok(c, i)->space_before);
    }
    dy_buf_fini(&w);
    dy_buf_fini(&den);
    return r ? used + r : 0;
}

/* Section 16: a unit abbreviation after a number that another rule read (the second end of a
 * range: "5-12 км" -> бес - он екі километр). */
size_t dy_nr_unit_after(nctx *c, size_t i, const char *name)
{
    size_t p = i; /* also after a power of ten: "10⁻³ м" */
    while (p > 1 && glued(c, p - 1) &&
           (dy_char_superscript_digit(first_cp(c, p - 1)) >= 0 || tok_is(c, p - 1, "\u207b")))
        p--;
    bool caret = i >= 6 && tok_is(c, i - 1, ")") && is_num(c, i - 2) && tok_is(c, i - 4, "(") &&
                 tok_is(c, i - 5, "^") && is_num(c, i - 6); /* "10^(-31) кг" */
    if (!is_word(c, i) || i == 0 ||
        !(is_num(c, i - 1) || tok_is(c, i - 1, "%") || (p < i && is_num(c, p - 1)) || caret))
        return 0;
    dy_buf w = {0};
    const dy_kk_unit *cur;
    dy_kk_morph chain[8];
    int n;
    size_t used = unit_at(c, i, &w, &cur, chain, &n);
    if (!used || (used == 1 && letter_not_unit(c, i))) {
        dy_buf_fini(&w);
        return 0;
    }
    dy_buf den = {0};
    /* a rate after a power of ten: "3·10⁸ м/с" -> ... метр секундына (its denominator after the
     * unit, the also-acceptable order of 16, since the number was said already) */
    size_t r = n < 0 && !cur ? ratio_at(c, i + used, &den) : 0;
    used += r;
    if (n < 0) {
        size_t sfx = dy_nc_suffix_at(c, i + used, dy_nc_last_word(w.data), chain, &n);
        used += sfx;
        if (!sfx)
            n = 0;
    }
    dy_buf out = {0};
    if (r && n > 0) { /* with an ending, it goes on the unit: "м/с-қа" -> секундына метрге */
        dy_buf_puts(&out, den.data);
        dy_buf_putc(&out, ' ');
    }
    dy_nc_put_inflected(&out, w.data, chain, n);
    if (r && n <= 0) {
        dy_buf_putc(&out, ' ');
        dy_buf_puts(&out, den.data);
    }
    dy_buf_fini(&den);
    dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, i + used - 1), name, tok(c, i)->space_before);
    if (tok_is(c, i + used - 1, "."))
        dy_nc_abbr_period(c, i + used - 1, STOP_CAPITAL);
    dy_buf_fini(&w);
    dy_buf_fini(&out);
    return used;
}

/* A currency pair of an exchange-rate table: two currency codes joined by a slash ("USD / KZT",
 * "EUR/KZT"), at least one of them known, never «немесе»: доллар – теңге, then the rate; a code
 * no list knows is left as written ("AUD – теңге"). */
size_t dy_nr_currency_pair(nctx *c, size_t i, const char *name)
{
    bool code_a, code_b;
    const dy_kk_unit *row = currency_code(c, i, &code_a);
    if (row && rate_row(c, i)) { /* the code, a pause, then the rate as a number */
        dy_buf out = {0};
        dy_buf_puts(&out, row->word);
        dy_buf_puts(&out, " \u2013");
        dy_nc_emit_words(c, out.data, tok(c, i)->src, name, tok(c, i)->space_before);
        dy_buf_fini(&out);
        return 1;
    }
    if (!tok_is(c, i + 1, "/"))
        return 0;
    const dy_kk_unit *a = currency_code(c, i, &code_a), *b = currency_code(c, i + 2, &code_b);
    if (!code_a || !code_b || (!a && !b))
        return 0;
    dy_buf out = {0};
    if (a)
        dy_buf_puts(&out, a->word);
    else
        dy_buf_append(&out, tstr(c, i), 3);
    dy_buf_puts(&out, " \u2013 ");
    if (b)
        dy_buf_puts(&out, b->word);
    else
        dy_buf_append(&out, tstr(c, i + 2), 3);
    dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, i + 2), name, tok(c, i)->space_before);
    dy_buf_fini(&out);
    return 3;
}
