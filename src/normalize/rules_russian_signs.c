/* Signs, addresses, times and currency signs in a Russian sentence (the rest of the table of
 * rules_russian.c, read by eSpeak's Russian voice): the Russian names where the Kazakh table
 * would give Kazakh ones (№ номер, not нөмір; . точка, not нүкте), agreeing with the number. */
#include "normalize/rules.h"

#include <ctype.h>
#include <string.h>

#include "normalize/context.h"

/* The signs of section 17 with their Russian names, in the three forms a number before them asks
 * for (один процент, два процента, пять процентов). */
static const struct ru_sign {
    int32_t cp;
    const char *forms[3];
} RU_SIGNS[] = {
    {0x2116, {"номер", "номер", "номер"}},
    {'%', {"процент", "процента", "процентов"}},
    {0x2030, {"промилле", "промилле", "промилле"}},
    {0x00B0, {"градус", "градуса", "градусов"}},
    {0x00A7, {"параграф", "параграф", "параграф"}},
    {'+', {"плюс", "плюс", "плюс"}},
    {0x2212, {"минус", "минус", "минус"}},
    {'=', {"равно", "равно", "равно"}},
    {0x2248, {"примерно", "примерно", "примерно"}},
    {0x00B1, {"плюс-минус", "плюс-минус", "плюс-минус"}},
    {'&', {"и", "и", "и"}},
    {'@', {"собака", "собака", "собака"}},
};

/* The currency signs, with the forms a number asks for. */
static const struct ru_sign RU_CURRENCY[] = {
    {'$', {"доллар", "доллара", "долларов"}}, {0x20AC, {"евро", "евро", "евро"}},
    {0x20BD, {"рубль", "рубля", "рублей"}},   {0x20B8, {"тенге", "тенге", "тенге"}},
    {0x00A3, {"фунт", "фунта", "фунтов"}},    {0x00A5, {"юань", "юаня", "юаней"}},
};

static const struct ru_sign *find_sign(const struct ru_sign *t, size_t n, int32_t cp)
{
    for (size_t k = 0; k < n; k++)
        if (t[k].cp == cp)
            return &t[k];
    return NULL;
}

/* A sign in a Russian sentence (section 17 read by the ru voice, whose sentence must not get the
 * Kazakh names of symbols.tsv): "№ 8" -> номер восемь, "№№" -> номера, "5%" -> пять процентов,
 * "19,4%" -> процента (a fraction asks for the genitive singular), "+5 °C" -> плюс пять
 * градусов. A number right before the sign decides its form. */
size_t dy_nr_ru_sign(nctx *c, size_t i, const char *name)
{
    if (!is_punct(c, i))
        return 0;
    int32_t cp = first_cp(c, i);
    if ((cp == '-' || cp == 0x2212 || cp == 0x2013) && is_num(c, i + 1) && glued(c, i + 1) &&
        (i == 0 || spaced(c, i) || tok_is(c, i - 1, "(") || tok_is(c, i - 1, "=")) &&
        !(i > 0 && is_num(c, i - 1))) { /* section 5: "-5°" -> минус пять градусов */
        dy_nc_emit(c, "минус", tok(c, i)->src, name, true);
        return 1;
    }
    if (cp == 0xBA)
        cp = 0xB0; /* "ºС" typed with the ordinal indicator */
    const struct ru_sign *sign = find_sign(RU_SIGNS, COUNT(RU_SIGNS), cp);
    if (!sign) /* a currency sign after a number the currency rule did not take ("1 000 $") */
        sign = find_sign(RU_CURRENCY, COUNT(RU_CURRENCY), cp);
    if (!sign)
        return 0;
    size_t last = i;
    const char *word = sign->forms[0];
    if (cp == 0x2116 && i + 1 < c->n && glued(c, i + 1) && first_cp(c, i + 1) == 0x2116) {
        word = "номера"; /* №№ 3, 4 */
        last = i + 1;
    } else if (i > 0 && is_num(c, i - 1)) {
        bool fraction = i >= 3 && glued(c, i - 1) && is_num(c, i - 3) && glued(c, i - 2) &&
                        (tok_is(c, i - 2, ",") || tok_is(c, i - 2, "."));
        word = sign->forms[fraction ? 1 : dy_nr_ru_plural(dy_nc_num_value(c, i - 1))];
    }
    if (cp == 0xB0 && (tok_is(c, i + 1, "C") || tok_is(c, i + 1, "\u0421")) && glued(c, i + 1))
        last = i + 1; /* °C, °С: the degree alone is said */
    dy_nc_emit(c, word, dy_nc_span_of(c, i, last), name, true);
    return last + 1 - i;
}

/* An address in a Russian sentence (section 21 read by the ru voice): what the Kazakh rule takes
 * for a URL, an e-mail or a domain (rules_latin.c decides, its words are taken back), read with
 * Russian names: the scheme dropped, www as вэ-вэ-вэ, . точка, / слэш, - дефис, _ нижнее
 * подчёркивание, : двоеточие, @ собака, a number as a Russian cardinal, a query string dropped,
 * the Latin labels left to the voice: "https://moluch.ru/archive/403/" -> moluch точка ru слэш
 * archive слэш четыреста три. */
size_t dy_nr_ru_url(nctx *c, size_t i, const char *name)
{
    size_t words = c->u->words.len, spoken = c->u->spoken.len;
    piece prev = c->prev;
    size_t used = dy_nr_url(c, i, name);
    c->u->words.len = words;
    c->u->spoken.len = spoken;
    if (c->u->spoken.data)
        c->u->spoken.data[spoken] = '\0';
    c->prev = prev;
    if (!used)
        return 0;
    dy_span src = dy_nc_span_of(c, i, i + used - 1);
    const char *t = c->text;
    size_t p = src.start, end = src.end;
    while (end > p && !isalnum((unsigned char)t[end - 1]) && t[end - 1] != '/')
        end--; /* a sentence period after the address */
    const char *scheme = memchr(t + p, ':', end - p);
    if (scheme && scheme + 3 <= t + end && !memcmp(scheme, "://", 3))
        p = (size_t)(scheme - t) + 3;
    bool space = tok(c, i)->space_before;
    if (end - p > 4 && !memcmp(t + p, "www.", 4)) {
        dy_nc_emit_words(c, "вэ-вэ-вэ", src, name, space);
        space = true;
        p += 3;
    }
    static const char SEPS[] = "./-_:@";
    static const char *const SEP_WORDS[] = {"точка",     "слэш",  "дефис", "нижнее подчёркивание",
                                            "двоеточие", "собака"};
    dy_buf out = {0};
    for (size_t k = p; k < end && t[k] != '?' && t[k] != '#';) {
        const char *sep = strchr(SEPS, t[k]);
        size_t e = k, digits = k;
        while (e < end && isalnum((unsigned char)t[e]))
            e++;
        while (digits < e && isdigit((unsigned char)t[digits]))
            digits++;
        dy_buf_clear(&out);
        if (sep && t[k]) {
            if (!(t[k] == '/' && k + 1 == end)) /* a trailing slash is not said */
                dy_buf_puts(&out, SEP_WORDS[sep - SEPS]);
            e = k + 1;
        } else if (e == k) {
            e = k + 1; /* another sign of the address: not said */
        } else if (digits == e && e - k <= 15 && t[k] != '0') {
            uint64_t v = 0;
            for (size_t d = k; d < e; d++)
                v = v * 10 + (uint64_t)(t[d] - '0');
            dy_nr_ru_cardinal(&out, v, false);
        } else {
            dy_buf_append(&out, t + k, e - k);
        }
        if (out.len) {
            dy_nc_emit_words(c, out.data, src, name, space);
            space = true;
        }
        k = e;
    }
    dy_buf_fini(&out);
    return used;
}

/* A time "10:30" (hours to 24, two-digit minutes): десять тридцать, "18:00" восемнадцать
 * ноль-ноль, "9:05" девять ноль пять, in the genitive after до, от, с … до (с девяти ноль-ноль до
 * восемнадцати ноль-ноль); a range of times "10:00-18:00" with a dash between. */
size_t dy_nr_ru_time(nctx *c, size_t i, const char *name)
{
    size_t used = 0;
    bool gen = dy_nr_ru_gen_before(c, i); /* с девяти ноль-ноль до восемнадцати тридцати */
    void (*say)(dy_buf *, uint64_t, bool) = gen ? dy_nr_ru_cardinal_gen : dy_nr_ru_cardinal;
    for (size_t k = i;; k += 4) {
        if (!is_num(c, k) || tlen(c, k) > 2 || !dy_nc_glued_sep(c, k + 1, ":") ||
            !is_num(c, k + 2) || !glued(c, k + 2) || tlen(c, k + 2) != 2 ||
            dy_nc_num_value(c, k) > 24 || dy_nc_num_value(c, k + 2) > 59 ||
            (k + 3 < c->n && glued(c, k + 3) && tok_is(c, k + 3, ":")))
            break; /* "10:30:15" is no time of day */
        if (k > i)
            dy_nc_emit(c, "\u2014", tok(c, k - 1)->src, name, true);
        dy_buf out = {0};
        say(&out, dy_nc_num_value(c, k), false);
        uint64_t m = dy_nc_num_value(c, k + 2);
        if (m == 0)
            dy_buf_puts(&out, " ноль-ноль");
        else if (m < 10)
            dy_buf_puts(&out, " ноль");
        if (m)
            say(&out, m, false);
        dy_nc_emit_words(c, out.data, dy_nc_span_of(c, k, k + 2), name,
                         k > i || tok(c, k)->space_before);
        dy_buf_fini(&out);
        used = k + 3 - i;
        if (!is_dash(c, k + 3) || k > i)
            break; /* one range at most */
    }
    return used;
}

/* A currency sign and a whole number, either side ("$20", "20 $", "500₸"): the number, then the
 * currency in the form it asks for (двадцать долларов, пятьсот тенге). */
size_t dy_nr_ru_currency(nctx *c, size_t i, const char *name)
{
    size_t sign = i, num = i + 1;
    if (is_num(c, i)) {
        num = i;
        sign = i + 1;
    }
    if (!is_punct(c, sign) || !is_num(c, num) || tlen(c, num) > 15 || tstr(c, num)[0] == '0' ||
        (num + 2 < c->n && glued(c, num + 1) &&
         (tok_is(c, num + 1, ",") || tok_is(c, num + 1, ".")) && is_num(c, num + 2) &&
         glued(c, num + 2)))
        return 0; /* a fraction of a unit is left to the number rule */
    const struct ru_sign *cur = find_sign(RU_CURRENCY, COUNT(RU_CURRENCY), first_cp(c, sign));
    if (!cur)
        return 0;
    uint64_t v = dy_nc_num_value(c, num);
    dy_buf out = {0};
    dy_nr_ru_cardinal(&out, v, false);
    dy_buf_puts(&out, " ");
    dy_buf_puts(&out, cur->forms[dy_nr_ru_plural(v)]);
    dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, i + 1), name, tok(c, i)->space_before);
    dy_buf_fini(&out);
    return 2;
}
