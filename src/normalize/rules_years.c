/* A calendar year with no year word where the text says it is one (normalize stage, rule table in
 * normalize.c; FINDINGS class C): a dateline, a year or a lifespan in brackets, a list entry, a
 * book's or a journal's imprint, and the first members of a chain of years whose last member
 * carries the year word. kazakh-normalization.md sections 9 and 11, where it is silent. */
#include "normalize/rules.h"
#include "text/chars.h"

#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"

/* Is token k a 4-digit calendar year (1000-2100)? */
static bool year_number(const nctx *c, size_t k)
{
    uint64_t v = is_num(c, k) && tlen(c, k) == 4 ? dy_nc_num_value(c, k) : 0;
    return v >= 1000 && v <= 2100;
}

/* A dateline: the year after "day month" or "day month," ("31 Қазан, 2022 сағат 14:31",
 * "7 Мамыр 2020, 15:32", "11 ақп. 2020", "27 ақп, 2020"). */
static bool after_day_month(const nctx *c, size_t i)
{
    size_t m = i - 1, stem;
    if (m > 0 && tok_is(c, m, ",") && glued(c, m))
        m--;
    bool comma = m + 1 == i - 1;
    if (m > 1 && tok_is(c, m, ".") && glued(c, m) && is_word(c, m - 1) &&
        dy_kk_month_abbr(tstr(c, m - 1), tlen(c, m - 1)))
        m--;
    else if (comma && is_word(c, m) && dy_kk_month_abbr(tstr(c, m), tlen(c, m)))
        ; /* no period before the comma: "27 ақп, 2020" */
    else if (!is_word(c, m) || !((dy_kk_month(tstr(c, m), tlen(c, m), &stem) &&
                                  stem == tlen(c, m)) || /* "8 наурызда 1500 адам": a count */
                                 dy_nr_ru_month_at(c, m)))
        return false;
    /* a lower-case word after the number makes it a count: "8 наурыз 2000 адам жиналды" */
    if (is_word(c, i + 1) && spaced(c, i + 1) && !starts_upper(c, i + 1) &&
        !dy_nc_word_starts(c, i + 1, "сағ"))
        return false;
    uint64_t d = m > 0 ? dy_nc_num_value(c, m - 1) : 0;
    return is_num(c, m - 1) && tlen(c, m - 1) <= 2 && d >= 1 && d <= 31;
}

/* A month's dateline or column heading: the year after a month name in the nominative and a
 * comma, or after a capitalised month ("Шілде, 2022", "Наурыз 2020", "қаңтар, 2019 ж" is the
 * year rules'), with no day number before the month ("31 Қазан, 2022" is after_day_month's). */
static bool after_month(const nctx *c, size_t i)
{
    size_t m = i - 1, stem;
    bool comma = m > 0 && tok_is(c, m, ",") && glued(c, m);
    if (comma)
        m--;
    if (!is_word(c, m) || !((dy_kk_month(tstr(c, m), tlen(c, m), &stem) && stem == tlen(c, m)) ||
                            dy_nr_ru_month_at(c, m)))
        return false;
    if (!comma && !starts_upper(c, m))
        return false;
    if (m > 0 && is_num(c, m - 1) && tlen(c, m - 1) <= 2)
        return false;
    /* a lower-case word after the number makes it a count: "шілде, 2000 адам келді" */
    return !(is_word(c, i + 1) && spaced(c, i + 1) && !starts_upper(c, i + 1) &&
             !dy_nc_word_starts(c, i + 1, "сағ"));
}

/* Does a verb or word of publishing follow the title in quotes after a year that opens the
 * sentence ("1993 «Жол болсын» атты өлеңдер жинағы жарық көрді")? Then the year is the year of
 * the work, the adverbial жылы left out (a list of an author's works). */
static bool work_year(const nctx *c, size_t i)
{
    static const char *const WORK[] = {"атты",    "жарық", "жарыққа", "жарияланды", "басылды",
                                       "басылып", "шықты", "қойылды", "жазылды"};
    uint64_t v = dy_nc_num_value(c, i);
    if (i != 0 || v < 1800 || !is_punct(c, 1) || !spaced(c, 1) ||
        !dy_char_is_quote_open(first_cp(c, 1)))
        return false;
    size_t k = 2;
    while (k < c->n && !(is_punct(c, k) && dy_char_is_quote_close(first_cp(c, k)) && k > 2))
        k++;
    for (k++; k < c->n; k++)
        if (dy_nc_word_in(c, k, WORK, COUNT(WORK)))
            return true;
    return false;
}

/* Is word k a plural ("оқушылар", "қатысушылары"): what a number in brackets after it counts
 * ("оқушылар (1200)"), so the number is no year? */
static bool plural_noun(const nctx *c, size_t k)
{
    static const char *const PLURAL[] = {"лар", "лер", "дар", "дер", "тар", "тер"};
    dy_buf b = {0};
    const char *w = dy_nc_lower_word(c, k, &b);
    size_t n = strlen(w);
    bool plural = false;
    for (size_t p = 0; p < COUNT(PLURAL) && !plural; p++) {
        const char *at = n > 6 ? strstr(w + 2, PLURAL[p]) : NULL; /* after a stem of a letter */
        plural = at && (size_t)(w + n - at) <= 12;                /* in its last letters */
    }
    dy_buf_fini(&b);
    return plural;
}

/* Is the token at i the first year inside a bracket after a word ("партиясы (1917—1920)",
 * "Апашбайұлы (1883, Ақарал а. — 1946, ...)", "Жұрт саны (2006)"), or a year after a dash
 * in such a bracket? */
static bool bracket_year(const nctx *c, size_t i)
{
    /* a year word after the bracket says it, whatever stands before: "2. (1995) жылы" */
    if (tok_is(c, i - 1, "(") && glued(c, i) && year_number(c, i) && tok_is(c, i + 1, ")") &&
        dy_nc_year_word_calendar(c, i + 2, dy_nc_num_value(c, i)))
        return true;
    if (tok_is(c, i - 1, "(") && glued(c, i))
        return i >= 2 && is_word(c, i - 2) && dy_is_cyrillic(first_cp(c, i - 2)) &&
               !dy_kk_is_quantity_word(tstr(c, i - 2), tlen(c, i - 2)) &&
               !(plural_noun(c, i - 2) && !is_dash(c, i + 1)); /* a range stays years */
    if (!is_dash(c, i - 1) || !dy_nc_open_bracket_before(c, i))
        return false;
    size_t o = i - 1;
    while (o > 0 && !tok_is(c, o, "("))
        o--;
    return o >= 1 && year_number(c, o + 1) && is_word(c, o - 1) &&
           dy_is_cyrillic(first_cp(c, o - 1));
}

/* Is the word or hyphenated compound ending at token k a city of cities.tsv ("Алматы",
 * "Нұр-Сұлтан")? */
static bool city_ends_at(const nctx *c, size_t k)
{
    if (!is_word(c, k))
        return false;
    if (dy_kk_is_city(tstr(c, k), tlen(c, k)))
        return true;
    if (k < 2 || !tok_is(c, k - 1, "-") || !glued(c, k - 1) || !glued(c, k) || !is_word(c, k - 2))
        return false;
    dy_span s = dy_nc_span_of(c, k - 2, k);
    return dy_kk_is_city(c->text + s.start, s.end - s.start);
}

/* Does the sentence before token i hold a book's place of publication, a city before a colon
 * ("Алматы: Қазақ университеті, 2018")? */
static bool imprint_place_before(const nctx *c, size_t i)
{
    if (!c->cache->place_known) { /* the first one, found once for the sentence */
        c->cache->place_known = true;
        c->cache->place_colon = SIZE_MAX;
        for (size_t k = 1; k < c->n && c->cache->place_colon == SIZE_MAX; k++)
            if (tok_is(c, k, ":") && glued(c, k) && city_ends_at(c, k - 1))
                c->cache->place_colon = k;
    }
    return c->cache->place_colon < i;
}

/* Is the year at i the year of a book's or a journal's imprint, a reference's last item (what
 * follows is the end, a period, a comma, a semicolon or a bracket)? After a comma that follows a
 * publisher's name in quotes, an abbreviation, a city ("Нұр-Сұлтан, 2019"), an issue number
 * ("№3, 2015", "№ 2(14), 2018"), another imprint year ("1996, 2010"), or any name once "City:" has
 * opened the imprint; after the slash of an issue number ("№2(127)/2019"); between the dashes of a
 * reference's fields ("Хабаршы. – 2019. – №2."). "Барлығы, 2016 адам", "Оның бағасы, 2007."
 * are no imprint. */
static bool imprint_year(const nctx *c, size_t i, int depth)
{
    if (!year_number(c, i) || i < 2 || depth > 4)
        return false;
    bool end = i + 1 == c->n || tok_is(c, i + 1, ".") || tok_is(c, i + 1, ",") ||
               tok_is(c, i + 1, ";") || tok_is(c, i + 1, ")") ||
               (tok_is(c, i - 1, ",") && city_ends_at(c, i - 2) && starts_upper(c, i + 1));
    if (!end)
        return false;
    if (tok_is(c, i - 1, "/") && glued(c, i - 1) && glued(c, i)) {
        for (size_t k = i - 1, back = 0; k > 0 && back < 6; k--, back++)
            if (tok_is(c, k - 1, "\u2116"))
                return is_num(c, k) || tok_is(c, k, ")");
        return false;
    }
    if (is_dash(c, i - 1) && tok_is(c, i - 2, ".") && tok_is(c, i + 1, ".") && is_dash(c, i + 2))
        return true; /* "Хабаршы. – 2019. – №2." */
    if (!tok_is(c, i - 1, ","))
        return false;
    size_t p = i - 2;
    if (tok_is(c, p, ")") && p >= 4 && is_num(c, p - 1) && tok_is(c, p - 2, "(") &&
        glued(c, p - 2) && is_num(c, p - 3) && tok_is(c, p - 4, "\u2116"))
        return spaced(c, i); /* a journal's issue and its number in the volume: "№ 2(14), 2018" */
    if (is_num(c, p))
        return spaced(c, i) &&
               ((p > 0 && tok_is(c, p - 1, "\u2116")) || imprint_year(c, p, depth + 1));
    if (c->cache->semicolon < 0) { /* "Астана, 1500; Алматы, 2000": counts of a list */
        c->cache->semicolon = 0;
        for (size_t k = 0; k < c->n && !c->cache->semicolon; k++)
            c->cache->semicolon = tok_is(c, k, ";");
    }
    bool list = c->cache->semicolon;
    return tok_is(c, p, "\u00bb") || tok_is(c, p, ".") || (city_ends_at(c, p) && !list) ||
           (is_word(c, p) && imprint_place_before(c, p));
}

/* The link after a year at k to the next member of a chain of years (section 9 "Coordinated
 * years", section 11): a joiner of 7.5, or a dash, with a "?" before it ("234? –") or an era
 * abbreviation after it ("209 – б. з. б. 174"). Returns the tokens it takes (0: none); *marked is
 * set when it is more than a plain dash (a joiner, "?" or an era mark), *era when an era mark. */
static size_t year_link(const nctx *c, size_t k, bool *marked, bool *era)
{
    size_t q = tok_is(c, k, "?") && glued(c, k) ? 1 : 0;
    if (!is_dash(c, k + q)) {
        size_t j = q ? 0 : dy_nc_joiner(c, k);
        *marked = j != 0;
        return j;
    }
    size_t e = dy_nc_era_at(c, k + q + 1);
    *marked = q || e;
    *era = *era || e;
    return q + 1 + e;
}

/* The first members of a chain of years whose last member carries the year word: "1921 және
 * 1931-1933 жылдар", "1945-1992 және 1992-2006 жылдары", "б. з. б. 209 – б. з. б. 174
 * жылдары", "234? – б.з.б. 174 жж.": each member is a year, an ordinal (the year word is said once,
 * after the last). A plain range "1931-1933 жылдар" is left to dy_nr_range. Returns the tokens
 * read (0: no such chain). */
static size_t year_chain(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 4 || (i > 0 && tok_is(c, i - 1, "-") && glued(c, i)))
        return 0;
    bool era = dy_nc_era_before(c, i);
    bool marked = false, any = false;
    size_t k = i, first_link = 0;
    for (int guard = 0; guard < 8; guard++) {
        bool m = false;
        size_t l = year_link(c, k + 1, &m, &era);
        if (!l || !is_num(c, k + 1 + l) || tlen(c, k + 1 + l) > 4)
            break;
        if (k == i)
            first_link = l;
        marked = marked || m;
        any = true;
        k += 1 + l;
    }
    if (!any || !marked)
        return 0;
    /* every member a year: 3-4 digits up to 2100, or any number dated by an era mark */
    for (size_t m = i; m <= k; m++) {
        bool shortened = m >= 2 && tlen(c, m) == 2 && tok_is(c, m - 1, "-") && glued(c, m) &&
                         tlen(c, m - 2) == 4; /* "1930-40" */
        if (is_num(c, m) && !era && !shortened && (tlen(c, m) < 3 || dy_nc_num_value(c, m) > 2100))
            return 0;
    }
    bool plural;
    size_t a = dy_nc_year_abbr(c, k + 1, &plural);
    bool century =
        era && (dy_nc_is_century_word(c, k + 1) ||
                ((tok_is(c, k + 1, "ғ") || tok_is(c, k + 1, "ғғ")) && tok_is(c, k + 2, ".")));
    if (!a && !century && !dy_nc_year_word_calendar(c, k + 1, dy_nc_num_value(c, k)))
        return 0;
    if (a && dy_nc_num_value(c, k) < 1000 && !era && is_word(c, k + 1 + a) &&
        dy_kk_is_duration_word(tstr(c, k + 1 + a), tlen(c, k + 1 + a)))
        return 0; /* "40 ж. бойы" */
    dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    if (first_link == 1 && is_dash(c, i + 1)) { /* a plain range as a member: "1945-1992 және" */
        dy_buf b = {0};
        dy_nc_say_number(c, i + 2, ORD, 1, &b);
        dy_nc_emit(c, "-", tok(c, i + 1)->src, name, true);
        dy_nc_emit_words(c, b.data, tok(c, i + 2)->src, name, true);
        dy_buf_fini(&b);
        return 3;
    }
    return 1;
}

/* A calendar year with no year word where the text says it is one (FINDINGS class C): a
 * dateline, a year or a lifespan in brackets after a word. Ordinal, with жыл (жылы before a
 * place after a comma, жылдар after a range); a shortened second year drops its zero
 * ("1905-07" -> мың тоғыз жүз бесінші - жетінші жылдар). */
size_t dy_nr_bare_year(nctx *c, size_t i, const char *name)
{
    size_t chain = year_chain(c, i, name);
    if (chain)
        return chain;
    if (!year_number(c, i))
        return 0;
    /* an entry of a list of years: "2004 – «Құлагер» (Астана);" -> екі мың төртінші жыл – ... */
    if (i == 0 && i + 2 < c->n && is_dash(c, i + 1) && spaced(c, i + 1) && spaced(c, i + 2) &&
        (starts_upper(c, i + 2) || dy_char_is_quote_open(first_cp(c, i + 2)))) {
        /* a lower-case word after the dash defines a number: "1500 – оқушылар саны" */
        dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
        dy_nc_emit(c, "жыл", tok(c, i)->src, name, true);
        return 1;
    }
    if (work_year(c, i)) { /* "1993 «Жол болсын» атты ... жарық көрді" -> ... жылы «Жол ... */
        dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
        dy_nc_emit(c, "жылы", tok(c, i)->src, name, true);
        return 1;
    }
    /* the year of a book's imprint: "Алматы: «Атамұра», 2007." "А., 1991." -> ... жыл */
    if (imprint_year(c, i, 0)) {
        if (tok_is(c, i - 1, "/")) /* "№2(127)/2019": the slash is a pause */
            dy_nc_emit(c, ",", tok(c, i - 1)->src, name, false);
        dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
        dy_nc_emit(c, "жыл", tok(c, i)->src, name, true);
        return 1;
    }
    /* a title page's place and year, the whole sentence: "ТАШКЕНТ – 2016", "Алматы, 2007." */
    if (i == 2 && starts_upper(c, 0) && (c->all_caps || dy_kk_is_city(tstr(c, 0), tlen(c, 0))) &&
        (tok_is(c, 1, ",") || is_dash(c, 1)) &&
        (i + 1 == c->n || (i + 2 == c->n && tok_is(c, i + 1, ".")))) {
        dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
        dy_nc_emit(c, "жыл", tok(c, i)->src, name, true);
        return 1;
    }
    if (i == 0)
        return 0;
    size_t k = i + 1;
    bool range = false;
    /* the dash spaced on both sides or on none; on one side only between two full years
     * ("(1236 -1242)": no minus before a year) */
    if (is_dash(c, k) && is_num(c, k + 1) &&
        (glued(c, k) == glued(c, k + 1) || (year_number(c, k + 1) && tlen(c, i) == 4))) {
        uint64_t v2 = dy_nc_num_value(c, k + 1);
        size_t stem; /* "12 сәуір 1899 – 31 қаңтар 1964": a day, not a shortened year */
        range = year_number(c, k + 1)
                    ? v2 > dy_nc_num_value(c, i)
                    : tlen(c, k + 1) == 2 && !(is_word(c, k + 2) &&
                                               dy_kk_month(tstr(c, k + 2), tlen(c, k + 2), &stem));
    }
    size_t after = range ? k + 2 : k;
    bool plural;
    if (dy_nc_is_year_word(c, after) || dy_nc_year_abbr(c, after, &plural))
        return 0; /* the year rules read it */
    bool dateline = !range && (after_day_month(c, i) || after_month(c, i));
    bool bracket = bracket_year(c, i) && (tok_is(c, after, ")") || tok_is(c, after, ","));
    if (!dateline && !bracket)
        return 0;
    dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    if (range) {
        dy_buf b = {0};
        dy_kk_ordinal_u64(&b, dy_nc_num_value(c, k + 1));
        dy_nc_emit(c, "-", tok(c, k)->src, name, true);
        dy_nc_emit_words(c, b.data, tok(c, k + 1)->src, name, true);
        dy_buf_fini(&b);
    }
    /* "(1883, Ақарал ауылы" -> ... жылы, Ақарал ауылы; "(1905, 25-желтоқсан)" -> ... жыл, ... */
    bool place = tok_is(c, after, ",") && !dateline && !is_num(c, after + 1);
    const char *word = range ? "жылдар" : place ? "жылы" : "жыл";
    bool said = tok_is(c, after, ")") && dy_nc_is_year_word(c, after + 1); /* "(1905-07) жылдары" */
    if (!said)
        dy_nc_emit(c, word, tok(c, after - 1)->src, name, true);
    /* a run of column headings "Шілде, 2022 Тамыз, 2022": a pause before the next one */
    size_t next = tok_is(c, after + 1, ",") ? after + 2 : after + 1;
    if (dateline && !range && is_word(c, after) && year_number(c, next) && after_month(c, next))
        dy_nc_emit(c, ",", tok(c, i)->src, name, false);
    return after - i;
}

/* A date written month first, as English and site widgets write it ("Сенбі, Қараша 23, 2024",
 * "Қараша 23."): a capitalised month in the nominative, a day 1-31, then a comma and a year or the
 * end of the clause. Said day first, as Kazakh says it: жиырма үшінші қараша, екі мың жиырма
 * төртінші жыл (10 is silent on this order). Returns the tokens used (0: none). */
size_t dy_nr_month_first(nctx *c, size_t i, const char *name)
{
    size_t stem;
    int month =
        is_word(c, i) && starts_upper(c, i) ? dy_kk_month(tstr(c, i), tlen(c, i), &stem) : 0;
    if (!month || stem != tlen(c, i) || !is_num(c, i + 1) || !spaced(c, i + 1) ||
        tlen(c, i + 1) > 2)
        return 0;
    uint64_t d = dy_nc_num_value(c, i + 1);
    bool year = tok_is(c, i + 2, ",") && glued(c, i + 2) && year_number(c, i + 3) &&
                !(is_word(c, i + 4) && glued(c, i + 4));
    bool ends =
        i + 2 >= c->n || (is_punct(c, i + 2) && !tok_is(c, i + 2, "-") && !tok_is(c, i + 2, ":") &&
                          !is_dash(c, i + 2) && !(tok_is(c, i + 2, ",") && is_num(c, i + 3)));
    if (d < 1 || d > 31 || !(year || ends))
        return 0;
    dy_buf b = {0};
    dy_kk_ordinal_u64(&b, d);
    dy_buf_putc(&b, ' ');
    dy_buf_puts(&b, dy_kk_month_name(month));
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    bool plural; /* "Мамыр 9, 2020 ж.": the year rules read the year */
    if (!year || dy_nc_is_year_word(c, i + 4) || dy_nc_year_abbr(c, i + 4, &plural))
        return 2;
    dy_nc_emit(c, ",", tok(c, i + 2)->src, name, false);
    dy_nc_emit_number(c, i + 3, ORD, 1, tok(c, i + 3)->src, name);
    dy_nc_emit(c, "жыл", tok(c, i + 3)->src, name, true);
    return 4;
}
