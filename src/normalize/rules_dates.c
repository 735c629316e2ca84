/* Rules for years, dates, times and fractions (normalize stage, rule table in normalize.c):
 * "1917 ж." and the spelled-out forms of жыл, parts of a year, a day before a month, numeric
 * dates, clock times and fractions (a year with no year word: rules_years.c).
 * kazakh-normalization.md sections 7.6 rule 3, 9, 10, 13.2 and 14.2. */
#include "normalize/rules.h"
#include "text/chars.h"

#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"

/* A finite verb ending its clause (4.6): -ды/-ді/-ты/-ті followed by punctuation or the end. */
static bool is_clause_final_verb(const nctx *c, size_t i)
{
    static const char *const ENDINGS[] = {"ды", "ді", "ты", "ті"};
    return dy_nc_word_ends(c, i, ENDINGS, COUNT(ENDINGS)) && (i + 1 >= c->n || is_punct(c, i + 1));
}

/* Section 9 row 4: a modifier between "ж." and an event/document noun: a capitalised word, a
 * word in -лық/-лік/-дық/-дік/-тық/-тік, an attributive in -ғы/-гі/-қы/-кі (жазғы, қаладағы, not
 * the possessive тармағы), a hyphenated compound, a month name; none carries a case ending.
 * Returns the token after it, or 0 when the word at k is no modifier. */
static size_t modifier_end(const nctx *c, size_t k)
{
    if (!is_word(c, k))
        return 0;
    size_t end = k + 1;
    while (tok_is(c, end, "-") && glued(c, end) && is_word(c, end + 1) && glued(c, end + 1))
        end += 2;
    if (end > k + 1)
        return end; /* ұлт-азаттық */
    static const char *const CASES[] = {"да",  "де",  "та",  "те",  "ға",  "ге",  "қа",  "ке",
                                        "на",  "не",  "дан", "ден", "тан", "тен", "нан", "нен",
                                        "ның", "нің", "дың", "дің", "тың", "тің"};
    static const char *const ADJ[] = {"лық", "лік", "дық", "дік", "тық", "тік"};
    static const char *const ATTR[] = {"ғы", "гі", "қы", "кі"};
    static const char *const LOC[] = {"да", "де", "та", "те"};
    static const char *const STEM_LOSS[] = {"халқы", "еркі", "мүлкі", "нарқы"};
    dy_buf b = {0};
    const char *w = dy_nc_lower_word(c, k, &b);
    size_t stem, ok = 0;
    if (dy_kk_month(tstr(c, k), tlen(c, k), &stem) && w[stem] == '\0')
        ok = end;
    else if (dy_nc_ends_with_any(w, ADJ, COUNT(ADJ)))
        ok = end;
    else if (dy_nc_ends_with_any(w, ATTR, COUNT(ATTR)) &&
             !dy_nc_in_set(w, STEM_LOSS, COUNT(STEM_LOSS))) {
        /* what remains without -ғы must end in a consonant or in a locative */
        dy_buf rest = {0};
        dy_buf_append(&rest, w, strlen(w) - strlen("ғы"));
        size_t p = rest.len;
        int32_t lastc = dy_utf8_prev(dy_buf_str(&rest), &p);
        bool vowel = lastc < 0 || dy_nc_is_vowel(lastc) || dy_to_upper(lastc) == 0x0423; /* у */
        if (!vowel || dy_nc_ends_with_any(dy_buf_str(&rest), LOC, COUNT(LOC)))
            ok = end;
        dy_buf_fini(&rest);
    } else if (starts_upper(c, k) && !dy_nc_ends_with_any(w, CASES, COUNT(CASES)))
        ok = end;
    dy_buf_fini(&b);
    return ok;
}

/* Is the month word k (its stem stem bytes long) in the dative or the ablative ("қаңтарға",
 * "наурыздан")? A year before it is its attribute: жылғы. */
static bool month_dat_abl(const nctx *c, size_t k, size_t stem)
{
    dy_kk_morph chain[4];
    int n = dy_kk_parse_tail(tstr(c, k) + stem, tlen(c, k) - stem, chain, 4);
    return n == 1 && (chain[0] == DY_KK_DAT || chain[0] == DY_KK_ABL);
}

/* The spoken form of "ж." from the words after it (at k; section 9, rows 1-5). */
static const char *year_form(const nctx *c, size_t k)
{
    dy_kk_morph pc;
    if (dy_nc_postposition_case(c, k, true, &pc)) /* "1991 ж. бастап" -> жылдан бастап */
        return pc == DY_KK_DAT ? "жылға" : "жылдан";
    if (tok_is(c, k, "\u2116"))
        return "жылғы"; /* row 4 */
    if (is_num(c, k)) {
        if (dy_nc_ordinal_part_at(c, k))
            return "жылдың"; /* row 1: 2002 ж. 2 тоқсанында */
        /* a day before a month: -дағы makes it attributive (row 2), any other form is row 5 */
        size_t m = k + 1, stem;
        if (is_dash(c, m) && is_num(c, m + 1))
            m += 2;
        uint64_t v = dy_nc_num_value(c, k);
        static const char *const ATTR[] = {"дағы", "дегі", "тағы", "тегі"};
        if (v >= 1 && v <= 31 && is_word(c, m) && dy_kk_month(tstr(c, m), tlen(c, m), &stem) &&
            (dy_nc_word_ends(c, m, ATTR, COUNT(ATTR)) || month_dat_abl(c, m, stem)))
            return "жылғы"; /* also "2016 ж. 1 қаңтарға" -> жылғы бірінші қаңтарға */
        return "жылы";
    }
    if (!is_word(c, k))
        return "жылы"; /* end of sentence or punctuation: row 5 */
    if (dy_nc_is_part_noun(c, k) || (dy_nc_is_ordinal_word(c, k) && dy_nc_is_part_noun(c, k + 1)))
        return "жылдың"; /* row 1 */
    size_t stem;
    if (dy_kk_month(tstr(c, k), tlen(c, k), &stem)) {
        dy_buf b = {0};
        const char *rest = dy_nc_lower_word(c, k, &b) + stem;
        const char *form = "жылы";
        if (dy_nc_is_genitive_ending(rest) || month_dat_abl(c, k, stem) ||
            (tok_is(c, k + 1, "-") && glued(c, k + 1) && is_word(c, k + 2) &&
             dy_kk_month(tstr(c, k + 2), tlen(c, k + 2), &stem)))
            form = "жылғы"; /* row 3; and "2015 ж. қаңтар-желтоқсанда", "қаңтардан" */
        else if (!strncmp(rest, "ы", 2) || !strncmp(rest, "і", 2) || !strncmp(rest, "сы", 4) ||
                 !strncmp(rest, "сі", 4))
            form = "жылдың"; /* row 1: a month with the possessive */
        dy_buf_fini(&b);
        return form;
    }
    /* row 4: an event/document noun, directly or after at most two modifiers */
    for (size_t m = k, mods = 0;; mods++) {
        bool bare = false;
        if (is_word(c, m) && dy_kk_is_event_noun(tstr(c, m), tlen(c, m), &bare))
            /* ... unless a bare noun is followed by a clause-final verb (1964 ж. реформа
             * басталды.) */
            return bare && is_clause_final_verb(c, m + 1) ? "жылы" : "жылғы";
        size_t next = mods < 2 ? modifier_end(c, m) : 0;
        if (!next)
            break;
        m = next;
    }
    return "жылы";
}

/* Section 9: a number + "ж." / "жж." / "ж.ж." (the abbreviation), e.g. "1917 ж. 24 қазанда". */
size_t dy_nr_year_abbr(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 4)
        return 0;
    bool plural;
    if (tok_is(c, i + 1, "-") && glued(c, i + 1) && glued(c, i + 2)) {
        /* "70-ж." a decade (жылдары), "1970-ж." a year: the hyphen of "70-жылдары" kept */
        size_t a = dy_nc_year_abbr(c, i + 2, &plural);
        uint64_t v = dy_nc_num_value(c, i);
        bool decade = tlen(c, i) == 2 && v % 10 == 0;
        if (!a || !(decade || (tlen(c, i) == 4 && v >= 1000 && v <= 2100)))
            return 0;
        size_t k = i + 2 + a;
        dy_span src = dy_nc_span_of(c, i, k - 1);
        dy_nc_emit_number(c, i, ORD, 1, src, name);
        const char *form = decade || plural ? dy_nc_plural_year_form(c, k) : year_form(c, k);
        if ((decade || plural) && dy_nc_is_part_noun(c, k))
            form = "жылдардың"; /* "80-ж. аяғында" */
        dy_nc_emit(c, form, src, name, true);
        dy_nc_abbr_period(c, k - 1, STOP_OPENER);
        return k - i;
    }
    size_t a = dy_nc_year_abbr(c, i + 1, &plural);
    if (!a)
        return 0;
    size_t k = i + 1 + a;
    uint64_t v = dy_nc_num_value(c, i);
    dy_span src = dy_nc_span_of(c, i, k - 1);
    if (!plural && v < 1000 && is_word(c, k) && dy_kk_is_duration_word(tstr(c, k), tlen(c, k))) {
        dy_nc_emit_number(c, i, NULL, 0, src, name); /* 40 ж. бойы -> қырық жыл бойы */
        dy_nc_emit(c, "жыл", src, name, true);
        return k - i;
    }
    dy_nc_emit_number(c, i, ORD, 1, src, name);
    if (plural) {
        dy_nc_emit(c, dy_nc_plural_year_form(c, k), src, name, true);
    } else {
        dy_nc_emit(c, year_form(c, k), src, name, true);
    }
    dy_nc_abbr_period(c, k - 1, STOP_OPENER);
    return k - i;
}

/* Section 9: a number + a spelled-out form of жыл ("1917 жылы", "1991 жылдан") is an ordinal,
 * unless it is a duration ("5 жыл бойы", "100 жылдық"). The year word itself stays. */
/* Is "N жылы" at i the warmth of a forecast, not a year: a small number before the bare жылы
 * ("warm") in a sentence of temperatures ("түнде 0-5 градус аяз, кей жерлерде – 5 жылы")? */
static bool warm_degrees(const nctx *c, size_t i)
{
    return dy_nc_num_value(c, i) <= 50 && tok_is(c, i + 1, "жылы") &&
           dy_nc_sentence_has_stem(c, "градус аяз температура суық \u00b0");
}

size_t dy_nr_year_word(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 4 ||
        !dy_nc_year_word_calendar(c, i + 1, dy_nc_num_value(c, i)) || warm_degrees(c, i))
        return 0;
    dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    return 1;
}

/* Section 7.6 rule 3: a bare number before жартысы (1-2), ширегі or тоқсаны (1-4) is an ordinal:
 * "2017 жылдың 3 тоқсанында" -> үшінші тоқсанында, "ғасырдың 1 жартысы" -> бірінші жартысы. */
size_t dy_nr_part_ordinal(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || !is_word(c, i + 1) || !spaced(c, i + 1))
        return 0;
    int limit = dy_kk_part_limit(tstr(c, i + 1), tlen(c, i + 1));
    uint64_t v = dy_nc_num_value(c, i);
    if (!limit || v < 1 || v > (uint64_t)limit || tlen(c, i) > 1)
        return 0;
    dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    return 1;
}

/* Is word k a Russian month name, common in Kazakh text (10.1: read as written): "15 октябрь",
 * "1 сентябрьде", "9 мая". May, май, is also "butter, oil" ("2 кг май", "май құйды"): a bare
 * lower-case май is the month only before punctuation, the end, a number or a word of a date
 * (күні, айы, мерекесі ...), a capitalised one or one with a case ending always ("9 Май", "1
 * майда"). */
bool dy_nr_ru_month_at(const nctx *c, size_t k)
{
    static const char *const MONTH[] = {"айы", "айында"};
    static const char *const RU[] = {"январ",  "феврал",  "март",   "апрел", "июн",   "июл",
                                     "август", "сентябр", "октябр", "ноябр", "декабр"};
    if (!is_word(c, k) || !spaced(c, k))
        return false;
    dy_buf b = {0};
    const char *w = dy_nc_lower_word(c, k, &b);
    dy_kk_morph chain[6];
    for (size_t m = 0; m < COUNT(RU); m++) {
        if (strncmp(w, RU[m], strlen(RU[m])) != 0)
            continue;
        const char *rest = w + strlen(RU[m]);
        if (!strcmp(rest, "я") || !strcmp(rest, "а"))
            rest += strlen(rest); /* the Russian genitive */
        else if (!strncmp(rest, "ь", strlen("ь")))
            rest += strlen("ь");
        bool ok = !*rest || dy_kk_parse_tail(rest, strlen(rest), chain, 6) >= 0;
        dy_buf_fini(&b);
        return ok; /* "октябрь", "октября", "сентябрьде", "марта" */
    }
    bool genitive = !strcmp(w, "мая");
    if (genitive || strncmp(w, "май", strlen("май")) != 0) {
        dy_buf_fini(&b);
        return genitive;
    }
    const char *rest = w + strlen("май");
    int n = *rest ? dy_kk_parse_tail(rest, strlen(rest), chain, 6) : 0;
    dy_buf_fini(&b);
    if (n < 0 || (k + 1 < c->n && glued(c, k + 1) && !is_punct(c, k + 1)))
        return false;
    if (n > 0 || starts_upper(c, k))
        return true;
    return k + 1 >= c->n || is_punct(c, k + 1) || is_num(c, k + 1) || dy_nc_is_day_word(c, k + 1) ||
           dy_nc_word_in(c, k + 1, MONTH, 2) || dy_nc_word_starts(c, k + 1, "мереке") ||
           dy_nc_word_starts(c, k + 1, "мейрам");
}

/* The month (1-12) of a Russian month name in the genitive ("23 мая", "5 июня", "8 марта",
 * "1 сентября"), word k; 0 for any other word, a nominative "октябрь" included (read as written,
 * 10.1). */
static int ru_genitive_month(const nctx *c, size_t k)
{
    static const char *const RU[] = {"январ", "феврал", "март",    "апрел",  "ма",    "июн",
                                     "июл",   "август", "сентябр", "октябр", "ноябр", "декабр"};
    if (!is_word(c, k) || (k + 1 < c->n && glued(c, k + 1) && !is_punct(c, k + 1)))
        return 0;
    dy_buf b = {0};
    const char *w = dy_nc_lower_word(c, k, &b);
    int month = 0;
    for (size_t m = 0; m < COUNT(RU) && !month; m++) {
        size_t n = strlen(RU[m]);
        const char *end = m == 4 ? "я" : (m == 2 || m == 7) ? "а" : "я";
        if (!strncmp(w, RU[m], n) && !strcmp(w + n, end))
            month = (int)m + 1;
    }
    dy_buf_fini(&b);
    return month;
}

/* Section 10.1: a day number before a month name is an ordinal ("24 қазанда", "8 Наурыз", "9
 * май", "15 октябрь"), so is one after a month in the genitive before күн ("сәуірдің 23 күні"). */
size_t dy_nr_day_month(nctx *c, size_t i, const char *name)
{
    size_t stem;
    int ma;
    /* also with no period before a comma and a year, a site's dateline: "27 ақп, 2020 сағат" */
    bool period = tok_is(c, i + 2, ".") && glued(c, i + 2);
    bool dateline =
        tok_is(c, i + 2, ",") && glued(c, i + 2) && is_num(c, i + 3) && tlen(c, i + 3) == 4;
    if (is_num(c, i) && tlen(c, i) <= 2 && dy_nc_num_value(c, i) >= 1 &&
        dy_nc_num_value(c, i) <= 31 && is_word(c, i + 1) && spaced(c, i + 1) &&
        (period || dateline) && (ma = dy_kk_month_abbr(tstr(c, i + 1), tlen(c, i + 1))) != 0) {
        /* "17 қар." -> он жетінші қараша (section 18) */
        dy_buf b = {0};
        dy_kk_ordinal_u64(&b, dy_nc_num_value(c, i)); /* "03 қар." -> үшінші қараша */
        dy_buf_putc(&b, ' ');
        dy_buf_puts(&b, dy_kk_month_name(ma));
        dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, period ? i + 2 : i + 1), name,
                         tok(c, i)->space_before);
        dy_buf_fini(&b);
        if (!period)
            return 2;
        bool ends = i + 3 >= c->n || (spaced(c, i + 3) && starts_upper(c, i + 3));
        if (ends)
            dy_nc_emit(c, ".", tok(c, i + 2)->src, "punctuation", false);
        return 3;
    }
    /* a form's day in quotes before its month: "«31» желтоқсан 2020 ж." -> «отыз бірінші» */
    if (is_num(c, i) && tlen(c, i) <= 2 && i > 0 && is_punct(c, i - 1) &&
        dy_char_is_quote_open(first_cp(c, i - 1)) && is_punct(c, i + 1) &&
        dy_char_is_quote_close(first_cp(c, i + 1)) && is_word(c, i + 2) &&
        dy_kk_month(tstr(c, i + 2), tlen(c, i + 2), &stem) && dy_nc_num_value(c, i) >= 1 &&
        dy_nc_num_value(c, i) <= 31) {
        dy_buf b = {0}; /* zero-padded too: "«07» маусымда" -> «жетінші» */
        dy_kk_ordinal_u64(&b, dy_nc_num_value(c, i));
        dy_nc_emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 1;
    }
    /* a day after a month in the genitive, before күн: "сәуірдің 23 күні" -> жиырма үшінші күні */
    bool day = i > 0 && dy_nc_is_genitive_month(c, i - 1) && spaced(c, i + 1) &&
               dy_nc_is_day_word(c, i + 1);
    if (!is_num(c, i) || tlen(c, i) > 2 || !is_word(c, i + 1) ||
        !(day || dy_kk_month(tstr(c, i + 1), tlen(c, i + 1), &stem) || dy_nr_ru_month_at(c, i + 1)))
        return 0;
    uint64_t v = dy_nc_num_value(c, i);
    if (v < 1 || v > 31)
        return 0;
    /* a zero-padded day ("03 мамырдағы") is the day's ordinal: үшінші мамырдағы */
    dy_buf b = {0};
    dy_kk_ordinal_u64(&b, v);
    /* a Russian month in the genitive after a day read in Kazakh is the Kazakh month ("23 мая
     * 2020 г." -> жиырма үшінші мамыр): no one says a Kazakh ordinal before a Russian case */
    int ru = day ? 0 : ru_genitive_month(c, i + 1);
    if (ru) {
        dy_buf_putc(&b, ' ');
        dy_buf_puts(&b, dy_kk_month_name(ru));
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, ru ? i + 1 : i), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return ru ? 2 : 1;
}

/* Emits the ordinal or cardinal of the value v. */
static void say_u64(dy_buf *out, uint64_t v, bool ordinal)
{
    if (ordinal)
        dy_kk_ordinal_u64(out, v);
    else
        dy_kk_cardinal_u64(out, v);
}

/* Section 10.3: numeric dates dd.mm.yyyy, dd.mm.yy, dd/mm/yyyy, yyyy-mm-dd. Preferred order
 * year - day - month ("25.10.1917" -> мың тоғыз жүз он жетінші жылғы жиырма бесінші қазан); a
 * year word after it is absorbed: bare жыл and the other spelled-out forms keep the written
 * order ("21.04.2007 жылы" -> жиырма бірінші сәуір, екі мың жетінші жылы), "ж." follows the
 * table of section 9. */
/* A numeric date in the written order: "day month, year [form]" (10.3). */
static void emit_written_order(nctx *c, const char *dm, const char *yb, const char *form,
                               dy_span src, const char *name, bool space)
{
    dy_nc_emit_words(c, dm, src, name, space);
    dy_nc_emit(c, ",", src, name, false);
    dy_nc_emit_words(c, yb, src, name, true);
    if (form)
        dy_nc_emit(c, form, src, name, true);
}

/* Is token k a point glued to the number before it, with one space after it ("12. 12. 1942")? */
static bool spaced_point(const nctx *c, size_t k)
{
    return tok_is(c, k, ".") && glued(c, k) && spaced(c, k + 1);
}

/* A month and its year with no day, before ж.: "« » 09.2008ж" (a form's blank day) -> екі мың
 * сегізінші жылғы қыркүйек. Returns the tokens used, or 0. */
static size_t month_year(nctx *c, size_t i, const char *name)
{
    if (tlen(c, i) != 2 || !dy_nc_glued_sep(c, i + 1, ".") || !is_num(c, i + 2) ||
        tlen(c, i + 2) != 4 || (i >= 2 && tok_is(c, i - 1, ".") && glued(c, i - 1)) ||
        !tok_is(c, i + 3, "ж") || !glued(c, i + 3))
        return 0;
    uint64_t m = dy_nc_num_value(c, i), y = dy_nc_num_value(c, i + 2);
    if (m < 1 || m > 12 || y < 1900 || y > 2100)
        return 0;
    dy_buf b = {0};
    dy_kk_ordinal_u64(&b, y);
    dy_buf_puts(&b, " жылғы ");
    dy_buf_puts(&b, dy_kk_month_name((int)m));
    /* the abbreviation's period too, unless it ends the sentence */
    size_t used =
        4 + (tok_is(c, i + 4, ".") && glued(c, i + 4) && i + 5 < c->n && !starts_upper(c, i + 5));
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + used - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return used;
}

size_t dy_nr_numeric_date(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i))
        return 0;
    size_t my = month_year(c, i, name);
    if (my)
        return my;
    size_t di, mi, yi;
    const char *sep = NULL;
    static const char *const SEPS[] = {".", "/"};
    for (size_t s = 0; s < COUNT(SEPS) && !sep; s++)
        if (tlen(c, i) <= 2 && dy_nc_glued_sep(c, i + 1, SEPS[s]) && is_num(c, i + 2) &&
            tlen(c, i + 2) <= 2 && dy_nc_glued_sep(c, i + 3, SEPS[s]) && is_num(c, i + 4) &&
            (tlen(c, i + 4) == 2 || tlen(c, i + 4) == 4))
            sep = SEPS[s];
    /* "12. 12. 1942": typed with a space after each point, only with a four-digit year */
    if (!sep && tlen(c, i) <= 2 && spaced_point(c, i + 1) && is_num(c, i + 2) &&
        tlen(c, i + 2) <= 2 && spaced_point(c, i + 3) && is_num(c, i + 4) && tlen(c, i + 4) == 4 &&
        !(i >= 2 && tok_is(c, i - 1, ".") && is_num(c, i - 2)))
        sep = ".";
    if (sep) {
        di = i, mi = i + 2, yi = i + 4;
    } else if (tlen(c, i) == 4 && dy_nc_glued_sep(c, i + 1, ".") && is_num(c, i + 2) &&
               tlen(c, i + 2) <= 2 && dy_nc_glued_sep(c, i + 3, ".") && is_num(c, i + 4) &&
               tlen(c, i + 4) <= 2) {
        /* year first, "2014.11.10" (Y.M.D); the legal "2006.20.01" is Y.D.M, taken only when
         * the middle number cannot be a month */
        yi = i;
        bool ydm = dy_nc_num_value(c, i + 2) > 12 && dy_nc_num_value(c, i + 4) <= 12;
        mi = ydm ? i + 4 : i + 2;
        di = ydm ? i + 2 : i + 4;
    } else if (tlen(c, i) == 4 && dy_nc_glued_sep(c, i + 1, "-") && is_num(c, i + 2) &&
               tlen(c, i + 2) == 2 && dy_nc_glued_sep(c, i + 3, "-") && is_num(c, i + 4) &&
               tlen(c, i + 4) == 2) {
        yi = i, mi = i + 2, di = i + 4;
    } else {
        return 0;
    }
    if (dy_nc_glued_sep(c, i + 5, ".") && is_num(c, i + 6))
        return 0; /* a version number 1.2.3.4 */
    if (i >= 2 && tok_is(c, i - 1, ".") && glued(c, i - 1) && glued(c, i) && is_num(c, i - 2) &&
        tlen(c, i + 4) <= 2)
        return 0; /* the tail of a curriculum code "5.1.2.17": its parts, no date */
    uint64_t d = dy_nc_num_value(c, di), m = dy_nc_num_value(c, mi), y = dy_nc_num_value(c, yi);
    if (d < 1 || d > 31 || m < 1 || m > 12)
        return 0;
    const char *month = dy_kk_month_name((int)m);
    size_t k = i + 5, used = 5;
    /* the date's own closing point before a lower-case word or a number sign ("2006.01.01.
     * бастап", "2003.01.08. N 373") is no full stop: it is dropped */
    bool closing = yi == i && tok_is(c, k, ".") && glued(c, k) && spaced(c, k + 1) &&
                   ((is_word(c, k + 1) && !dy_is_upper(first_cp(c, k + 1))) ||
                    tok_is(c, k + 1, "\u2116") || tok_is(c, k + 1, "N"));
    if (closing)
        k++, used++;
    dy_buf dm = {0}, yb = {0};
    say_u64(&dm, d, true);
    dy_buf_putc(&dm, ' ');
    dy_kk_morph chain[8];
    int n = 0;
    size_t sfx = closing ? 0 : dy_nc_suffix_at(c, k, month, chain, &n);
    bool plural;
    size_t a = sfx ? 0 : dy_nc_year_abbr(c, k, &plural);
    dy_kk_morph pcase = DY_KK_ABL;
    bool post = !sfx && dy_nc_postposition_case(c, k + (a && !plural ? a : 0), true, &pcase);
    /* before a document's number the date is its attribute ("07.04.2021 № 213 қаулысымен" ->
     * … жетінші сәуірдегі екі жүз он үш нөмірлі қаулысымен), as "2021 жылғы 7 сәуірдегі № 213"
     * is written in full */
    size_t after = k + (a && !plural ? a : 0);
    bool numbered = !sfx && !post &&
                    (tok_is(c, after, "\u2116") || (tok_is(c, after, "N") && is_num(c, after + 1)));
    static const dy_kk_morph LOC_ATTR[] = {DY_KK_LOC, DY_KK_ATTR}, LOC[] = {DY_KK_LOC};
    /* before a verb or a participle the date says when: "Жиналыс 25.10.2020 өтті" -> …
     * жиырма бесінші қазанда өтті (10.3 gives the bare form, which fits a label) */
    static const char *const VERB[] = {"ды",  "ді",  "ты",  "ті",  "ған",
                                       "ген", "қан", "кен", "ады", "еді"};
    bool when = !sfx && !post && !numbered && !a && spaced(c, k) && is_word(c, k) &&
                !starts_upper(c, k) && letters(c, k) >= 4 &&
                dy_nc_word_ends(c, k, VERB, COUNT(VERB));
    if (sfx && glued(c, k)) { /* "25.10.1917-де": the suffix goes on the month */
        dy_nc_put_inflected(&dm, month, chain, n);
        used += sfx;
    } else if (numbered || when) {
        dy_nc_put_inflected(&dm, month, numbered ? LOC_ATTR : LOC, numbered ? 2 : 1);
    } else if (post) { /* "01.01.2017 ж. бастап" -> ... жылғы бірінші қаңтардан бастап */
        dy_nc_put_inflected(&dm, month, &pcase, 1);
    } else {
        dy_buf_puts(&dm, month);
    }
    say_u64(&yb, y, true);
    if (sfx && glued(c, i + 5))
        a = 0;
    dy_span src = dy_nc_span_of(c, i, i + used - 1);
    if (a && !plural) {
        const char *form = post || numbered ? "жылғы" : year_form(c, k + a);
        src = dy_nc_span_of(c, i, k + a - 1);
        if (!strcmp(form, "жылғы")) {
            dy_nc_emit_words(c, yb.data, src, name, tok(c, i)->space_before);
            dy_nc_emit(c, "жылғы", src, name, true);
            dy_nc_emit_words(c, dm.data, src, name, true);
        } else {
            emit_written_order(c, dm.data, yb.data, form, src, name, tok(c, i)->space_before);
        }
        dy_nc_abbr_period(c, k + a - 1, STOP_OPENER);
        used += a;
    } else if (used == 5 && !post && dy_nc_is_year_word(c, k) && spaced(c, k)) {
        /* "03.11.2008 жыл" -> үшінші қараша, екі мың сегізінші жыл: the writer's form stays */
        emit_written_order(c, dm.data, yb.data, NULL, src, name, tok(c, i)->space_before);
    } else {
        dy_nc_emit_words(c, yb.data, src, name, tok(c, i)->space_before);
        dy_nc_emit(c, "жылғы", src, name, true);
        dy_nc_emit_words(c, dm.data, src, name, true);
    }
    dy_buf_fini(&dm);
    dy_buf_fini(&yb);
    return used;
}

/* Is token j the minutes of a time written before it ("10:30", "9.30" ending at j)? */
static bool time_ends_at(const nctx *c, size_t j)
{
    return j >= 2 && is_num(c, j) && tlen(c, j) == 2 &&
           (tok_is(c, j - 1, ":") || tok_is(c, j - 1, ".")) && glued(c, j - 1) &&
           is_num(c, j - 2) && tlen(c, j - 2) <= 2 && !(j >= 3 && tok_is(c, j - 3, ".")) &&
           dy_nc_num_value(c, j - 2) <= 24 && dy_nc_num_value(c, j) <= 59;
}

/* Does a clock time end right before k, or before a period typed after its minutes ("9.00. -
 * 12.00.")? Then k is where what follows the time starts. */
static bool time_ends_before(const nctx *c, size_t k)
{
    return (k >= 1 && time_ends_at(c, k - 1)) ||
           (k >= 2 && tok_is(c, k - 1, ".") && glued(c, k - 1) && time_ends_at(c, k - 2));
}

/* A period typed right after the minutes of a time at k - 1, before a dash ("9.00. - 12.00."):
 * 1 (it is dropped), else 0. */
static size_t stray_period(const nctx *c, size_t k)
{
    return tok_is(c, k, ".") && glued(c, k) && spaced(c, k + 1) && is_dash(c, k + 1) ? 1 : 0;
}

/* A clock time "H.MM" / "HH.MM" at k (hour 0-23, two-digit minutes), not part of a longer
 * dotted number ("1.2.3", "25.10.1917"). */
static bool dot_time_at(const nctx *c, size_t k)
{
    return is_num(c, k) && tlen(c, k) <= 2 &&
           !(k >= 2 && tok_is(c, k - 1, ".") && glued(c, k) && is_num(c, k - 2)) &&
           dy_nc_glued_sep(c, k + 1, ".") && is_num(c, k + 2) && tlen(c, k + 2) == 2 &&
           dy_nc_num_value(c, k) <= 23 && dy_nc_num_value(c, k + 2) <= 59 &&
           !(dy_nc_glued_sep(c, k + 3, ".") && is_num(c, k + 4));
}

/* Is the suffix written on a time at k ("-да", "-ден", "-ге") a case ending (locative,
 * ablative, dative), which makes "9.30-да", "23.00-ге" clock times? */
static bool time_case_at(const nctx *c, size_t k)
{
    if (!tok_is(c, k, "-") || !glued(c, k) || !is_word(c, k + 1) || !glued(c, k + 1))
        return false;
    dy_kk_morph chain[6];
    int n = dy_kk_parse_tail(tstr(c, k + 1), tlen(c, k + 1), chain, 6);
    if (n >= 2 && chain[n - 1] == DY_KK_ATTR) /* "9.30-дағы" */
        n--;
    if (n >= 1 && chain[n - 1] == DY_KK_DAT) /* "23.00-ге дейін", not "2.50-ге өсті" */
        return tok_is(c, k + 2, "дейін") || tok_is(c, k + 2, "шейін");
    return n >= 1 && (chain[n - 1] == DY_KK_LOC || chain[n - 1] == DY_KK_ABL);
}

/* Section 14.2 (extended): "HH.MM" is a clock time after сағат/сағ., with a case suffix
 * ("9.30-да", "рейс 6.15-те", "13.00-ден 23.00-ге дейін"), or in a pair of dotted times joined
 * by a dash ("9.00-18.00"); anywhere else the point is a decimal point. */
/* A unit, measure or scale word at k: what follows a decimal, not a time. */
static bool measure_at(const nctx *c, size_t k)
{
    return is_word(c, k) && (dy_kk_unit_word(tstr(c, k), tlen(c, k)) ||
                             dy_kk_is_measure_word(tstr(c, k), tlen(c, k)) ||
                             dy_kk_scale_word(tstr(c, k), tlen(c, k)));
}

/* The minutes since midnight of the time "H.MM" at i (its hour at i, its minutes at i + 2). */
static uint64_t minutes_of(const nctx *c, size_t i)
{
    return dy_nc_num_value(c, i) * 60 + (is_num(c, i + 2) ? dy_nc_num_value(c, i + 2) : 0);
}

static bool dot_time_context(const nctx *c, size_t i, bool after_hour_word)
{
    if (!dot_time_at(c, i))
        return false;
    if (after_hour_word || time_case_at(c, i + 3))
        return true;
    /* "қазір 11.55", "сейчас 11.55": the time it is now, no unit after it */
    if (i > 0 && (dy_nc_word_starts(c, i - 1, "қазір") || dy_nc_word_starts(c, i - 1, "сейчас")) &&
        !measure_at(c, i + 3))
        return true;
    /* the next of a series of times with endings ("сағат 22.30-дан … 1.30-ға, біресе 3.00-ге,
     * одан кейін 4.15-ке"): сағат covers them all */
    if (tok_is(c, i + 3, "-") && glued(c, i + 3) && is_word(c, i + 4) && glued(c, i + 4) &&
        dy_nc_time_said(c))
        return true;
    /* on the hour or the half hour before a postposition that opens or closes a span of time
     * ("9.00 бастап", "10.00 дейін", "8.30 дейін"; "2.50 дейін" may be a price) */
    static const char *const SPAN[] = {"бастап", "дейін", "шейін"};
    uint64_t minutes = minutes_of(c, i) % 60;
    if ((minutes == 0 || minutes == 30) && dy_nc_word_in(c, i + 3, SPAN, COUNT(SPAN)) &&
        spaced(c, i + 3))
        return true;
    /* a timetable line: a day name shortly before ("Сенбі: 10.00", "дүйсенбі-жұма 9.30") */
    static const char *const DAYS[] = {"дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі",
                                       "жұма",     "сенбі",    "жексенбі"};
    bool measured = measure_at(c, i + 3);
    for (size_t k = i, back = 0; !measured && k > 0 && back < 4; k--, back++)
        for (size_t d = 0; d < COUNT(DAYS); d++)
            if (dy_nc_word_starts(c, k - 1, DAYS[d]))
                return true;
    /* a pair "9.00-18.00", "8.00-8.45", also with a period after each time ("9.00. - 12.00."),
     * not a range of decimals before a unit ("1.20-1.50 м") */
    size_t d = i + 3 + stray_period(c, i + 3);
    if (is_dash(c, d) && dot_time_at(c, d + 1) && minutes_of(c, d + 1) > minutes_of(c, i) &&
        !measure_at(c, d + 4))
        return true;
    size_t e = i >= 2 && tok_is(c, i - 2, ".") && glued(c, i - 2) ? i - 2 : i - 1; /* the end */
    return i >= 4 && is_dash(c, i - 1) && time_ends_before(c, i - 1) && e >= 3 &&
           tok_is(c, e - 2, ".") && minutes_of(c, i) > minutes_of(c, e - 3) && !measured;
}

/* A clock time typed with a hyphen, "H-MM" / "HH-MM" at k (hour 0-23, two-digit minutes), not
 * part of a longer hyphenated number (a phone number "22-00-12", "8-701-…"). */
static bool hyphen_time_at(const nctx *c, size_t k)
{
    return is_num(c, k) && tlen(c, k) <= 2 && !(k >= 1 && tok_is(c, k - 1, "-") && glued(c, k)) &&
           dy_nc_glued_sep(c, k + 1, "-") && is_num(c, k + 2) && tlen(c, k + 2) == 2 &&
           dy_nc_num_value(c, k) <= 23 && dy_nc_num_value(c, k + 2) <= 59 &&
           !(dy_nc_glued_sep(c, k + 3, "-") && is_num(c, k + 4));
}

/* The same with minutes that start with a zero ("19-00", "9-05"): no range of numbers ends so. */
static bool hyphen_clock_at(const nctx *c, size_t k)
{
    return hyphen_time_at(c, k) && tstr(c, k + 2)[0] == '0';
}

/* Is the word at k сағат or its abbreviation, with no ending ("19-00 сағ.", "19:00 сағат")? */
static bool hour_word_at(const nctx *c, size_t k)
{
    return is_word(c, k) && spaced(c, k) && (tok_is(c, k, "сағ") || tok_is(c, k, "сағат"));
}

/* A time typed with a hyphen (section 14.2 is silent; notices write "19-00 сағ.", "сағат
 * 10-00-де", "9-00-ден 18-00-ге дейін"): after сағат or before it, or, with minutes that start
 * with a zero, with a case ending, before бастап/дейін, or in a pair joined by a dash. A bare
 * "5-10" stays a range. */
static bool hyphen_time_context(const nctx *c, size_t i, bool after_hour_word)
{
    if (!hyphen_time_at(c, i))
        return false;
    if (after_hour_word || hour_word_at(c, i + 3))
        return true;
    if (!hyphen_clock_at(c, i))
        return false;
    static const char *const SPAN[] = {"бастап", "дейін", "шейін"};
    return time_case_at(c, i + 3) ||
           (dy_nc_word_in(c, i + 3, SPAN, COUNT(SPAN)) && spaced(c, i + 3)) ||
           (is_dash(c, i + 3) && spaced(c, i + 3) && hyphen_clock_at(c, i + 4)) ||
           (i >= 4 && is_dash(c, i - 1) && spaced(c, i - 1) && hyphen_clock_at(c, i - 4));
}

/* A race time "M:SS.hh" / "M:SS,hh" (minutes, seconds and their fraction: "27:45.12", "1:02,35")
 * at i: минут and секунд said, the seconds as a decimal (13.1); section 14.2 is silent. Returns
 * the tokens used. */
static size_t race_time(nctx *c, size_t i, const char *name)
{
    /* hundredths after a second colon: "1:26:70 минутта" (70 is no second) */
    bool hundredths = dy_nc_glued_sep(c, i + 3, ":") && is_num(c, i + 4) && tlen(c, i + 4) == 2 &&
                      (dy_nc_num_value(c, i + 4) > 59 ||
                       (spaced(c, i + 5) && (dy_nc_word_starts(c, i + 5, "минут") ||
                                             dy_nc_word_starts(c, i + 5, "секунд"))));
    if (!dy_nc_glued_sep(c, i + 1, ":") || !is_num(c, i + 2) || tlen(c, i + 2) != 2 ||
        dy_nc_num_value(c, i + 2) > 59 ||
        !(dy_nc_glued_sep(c, i + 3, ".") || dy_nc_glued_sep(c, i + 3, ",") || hundredths) ||
        !is_num(c, i + 4) || tlen(c, i + 4) > 3 || !glued(c, i + 4) ||
        ((tok_is(c, i + 5, ".") || tok_is(c, i + 5, ",") || tok_is(c, i + 5, ":")) &&
         glued(c, i + 5) && is_num(c, i + 6)))
        return 0;
    dy_buf b = {0};
    say_u64(&b, dy_nc_num_value(c, i), false);
    dy_buf_puts(&b, " минут ");
    say_u64(&b, dy_nc_num_value(c, i + 2), false);
    dy_nc_fraction_say(c, i + 4, NULL, 0, &b);
    dy_buf_puts(&b, " секунд");
    dy_kk_morph chain[8];
    int n = 0;
    size_t used = 5, sfx = dy_nc_suffix_at(c, i + used, "секунд", chain, &n);
    /* the unit written after it, its ending kept: "9:01.98 секунд ішінде", "1:27.04 минутта" ->
     * ... төрт секундта */
    size_t w = i + 5, stem = 0;
    if (is_word(c, w) && spaced(c, w))
        stem = dy_nc_word_starts(c, w, "секунд")            ? strlen("секунд")
               : dy_nc_word_starts(c, w, "минут")           ? strlen("минут")
               : tok_is(c, w, "сек") || tok_is(c, w, "мин") ? tlen(c, w)
                                                            : 0;
    if (stem && !sfx) {
        n = stem == tlen(c, w) ? 0
                               : dy_kk_parse_tail(tstr(c, w) + stem, tlen(c, w) - stem, chain, 8);
        sfx = n >= 0 ? 1 : 0;
    }
    if (sfx && sfx != SIZE_MAX) { /* "1:02,35-пен" -> ... секундпен */
        dy_buf t = {0};
        dy_nc_put_inflected(&t, b.data, chain, n);
        dy_buf_fini(&b);
        b = t;
        used += sfx;
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + used - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return used;
}

/* Section 14.2: times H:MM, HH:MM(:SS), "HH.MM" after сағат or with a case suffix: "10:30" ->
 * сағат он отыз, "10:00" -> сағат он, "09:05" -> сағат тоғыз нөл бес, "10:30-да" -> сағат он
 * отызда, "9.30-да" -> сағат тоғыз отызда. сағат is said once before a pair of times ("07:40 мен
 * 08:15", "11:30-дан 15:00-ге дейін", "9:00-18:00" -> сағат тоғыз - он сегіз: the dash is said as
 * a pause). */
/* Is the N:M at i one of the set scores in brackets after a match score ("2:1 (25:20, 23:25,
 * 15:10)"): the brackets follow a score, or one of the pairs inside is no clock time? Then each is
 * a score (14.2), not сағат. */
static bool set_score(const nctx *c, size_t i)
{
    size_t o = i;
    while (o > 0 && i - o < 24 && !tok_is(c, o - 1, "(") && !tok_is(c, o - 1, ")"))
        o--;
    if (o == 0 || !tok_is(c, o - 1, "("))
        return false;
    if (o >= 4 && is_num(c, o - 2) && tok_is(c, o - 3, ":") && glued(c, o - 3) && is_num(c, o - 4))
        return true; /* "3:2 (1:0, 1:1, 1:1)" */
    for (size_t k = o; k + 2 < c->n && !tok_is(c, k, ")"); k++)
        if (is_num(c, k) && tok_is(c, k + 1, ":") && glued(c, k + 1) && is_num(c, k + 2) &&
            (dy_nc_num_value(c, k) > 24 || dy_nc_num_value(c, k + 2) > 59))
            return true;
    return false;
}

/* A goal's game time at the end of a line of a match protocol that opens with the score ("1:0 -
 * Сучков (Кузнецов Е., Жаровский) - 01:00", "2:1 - Кузнецов Е. (Ремпал) - 45:14"): MM:SS after
 * a dash, the line's last token, is the minute and second of the game, never a time of day; said
 * in the locative, when the goal came (бір минутта, қырық бес минут он төрт секундта). */
static size_t game_clock(nctx *c, size_t i, const char *name)
{
    /* (the line may open with a list's bullet: "- 1:0 - Панченко (Мусоров) - 02:55") */
    size_t s = c->n > 0 && (is_dash(c, 0) || tok_is(c, 0, "\u2022") || tok_is(c, 0, "*")) ? 1 : 0;
    if (i < 4 + s || !dy_nc_glued_sep(c, i + 1, ":") || !is_num(c, i + 2) || tlen(c, i + 2) != 2 ||
        !is_dash(c, i - 1) || !spaced(c, i - 1) || dy_nc_num_value(c, i + 2) > 59 ||
        !(i + 3 >= c->n || (is_punct(c, i + 3) && i + 4 >= c->n)) || !is_num(c, s) ||
        !dy_nc_glued_sep(c, s + 1, ":") || !is_num(c, s + 2) || !is_dash(c, s + 3) ||
        tlen(c, s) > 2 || tlen(c, s + 2) > 2)
        return 0;
    dy_buf b = {0};
    say_u64(&b, dy_nc_num_value(c, i), false);
    if (dy_nc_num_value(c, i + 2)) { /* when the goal was scored: the locative */
        dy_buf_puts(&b, " минут ");
        say_u64(&b, dy_nc_num_value(c, i + 2), false);
        dy_buf_puts(&b, " секундта");
    } else {
        dy_buf_puts(&b, " минутта");
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 2), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return 3;
}

size_t dy_nr_time(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 2)
        return 0;
    size_t race = race_time(c, i, name);
    if (!race)
        race = game_clock(c, i, name);
    if (race)
        return race;
    if (dy_nc_glued_sep(c, i + 1, ":") && set_score(c, i))
        return 0; /* the ratio rule reads it: "23:25" -> жиырма үш - жиырма бес */
    if (tok_is(c, i, "1") && dy_nc_glued_sep(c, i + 1, ":") && is_num(c, i + 3) &&
        spaced(c, i + 3) && tlen(c, i + 3) == 3 && tstr(c, i + 2)[0] != '0' &&
        (dy_nc_sentence_has_stem(c, "масштаб") || tok_is(c, i + 3, "000")))
        return 0; /* a map scale with a grouped number: "1:10 000" (the ratio rule's) */
    bool after_hour_word =
        i > 0 && (dy_nc_word_starts(c, i - 1, "сағат") || tok_is(c, i - 1, "сағ") ||
                  (tok_is(c, i - 1, ".") && i > 1 && tok_is(c, i - 2, "сағ")) ||
                  /* one word between: "Сағат қазір 09:40" (сағат is said once) */
                  (i > 1 && dy_nc_word_starts(c, i - 2, "сағат") && is_word(c, i - 1) &&
                   !starts_upper(c, i - 1)));
    bool colon = dy_nc_glued_sep(c, i + 1, ":");
    /* the second time of a pair typed with a space after its colon: "8:00-17: 00" */
    colon |= i >= 3 && tok_is(c, i + 1, ":") && glued(c, i + 1) && spaced(c, i + 2) &&
             is_dash(c, i - 1) && time_ends_at(c, i - 2);
    /* the second of a pair after the first one's suffix: "13.00-ден 23.00 дейін" */
    bool after_time =
        i >= 3 && is_word(c, i - 1) && dy_nc_suffix_hyphen(c, i - 2) && time_ends_at(c, i - 3);
    bool hyphen = !colon && hyphen_time_context(c, i, after_hour_word || after_time);
    /* before сағат: "19.00 сағ." (on the hour or with a zero, a duration is "2.5 сағат") */
    bool hour_after = hour_word_at(c, i + 3) && !after_hour_word;
    bool dot_hour = hour_after && dot_time_at(c, i) && tstr(c, i + 2)[0] == '0';
    if (!(colon || hyphen || dot_hour || dot_time_context(c, i, after_hour_word || after_time)) ||
        !is_num(c, i + 2) || tlen(c, i + 2) != 2)
        return 0;
    uint64_t h = dy_nc_num_value(c, i), m = dy_nc_num_value(c, i + 2), sec = UINT64_MAX;
    if (h > 24 || m > 59)
        return 0;
    if (colon && !after_hour_word &&
        (dy_nc_word_starts(c, i + 3, "есеб") || dy_nc_word_starts(c, i + 3, "есеп")))
        return 0; /* a score: "5:12 есебімен", "3:15 есебі" (the ratio rule reads it) */
    /* a proportion: "1:2 қатынасында", "қатынасы 1:16:32", a division "3:14 бөліндісі", a dilution
     * in brackets "(1:10)" (the ratio rule's) */
    if (colon && !after_hour_word &&
        (dy_nc_word_starts(c, i + 3, "қатынас") || dy_nc_word_starts(c, i + 3, "бөлінді") ||
         (i > 0 && dy_nc_word_starts(c, i - 1, "қатынас") &&
          (h == 1 || dy_nc_glued_sep(c, i + 3, ":")) && !tok_is(c, i + 3, "-")) ||
         (h == 1 && m % 15 != 0 && i > 0 && tok_is(c, i - 1, "(") && tok_is(c, i + 3, ")"))))
        return 0;
    size_t used = 3;
    if (colon && dy_nc_glued_sep(c, i + 3, ":") && is_num(c, i + 4) && tlen(c, i + 4) == 2) {
        sec = dy_nc_num_value(c, i + 4);
        if (sec > 59)
            return 0;
        used = 5;
    } else if (dy_nc_glued_sep(c, i + 3, tstr(c, i + 1)[0] == ':' ? ":" : ".") &&
               is_num(c, i + 4)) {
        return 0; /* a date or a version number */
    }
    dy_buf b = {0};
    bool dashed = false; /* the second of a pair "9:00-18:00": a pause before it */
    if (sec != UINT64_MAX) { /* 10:30:15 -> он сағат отыз минут он бес секунд */
        say_u64(&b, h, false);
        dy_buf_puts(&b, " сағат ");
        say_u64(&b, m, false);
        dy_buf_puts(&b, " минут ");
        say_u64(&b, sec, false);
        dy_buf_puts(&b, " секунд");
    } else {
        /* a pair: the second time after a joiner or after the first one's suffix */
        bool second = (i >= 2 && time_ends_at(c, i - 2) &&
                       (dy_nc_joiner(c, i - 1) || is_word(c, i - 1) || is_dash(c, i - 1))) ||
                      (is_dash(c, i - 1) && time_ends_before(c, i - 1)) ||
                      (i >= 4 && is_word(c, i - 1) && dy_nc_suffix_hyphen(c, i - 2) &&
                       time_ends_at(c, i - 3)) ||
                      (hyphen && i >= 4 && is_dash(c, i - 1) && hyphen_clock_at(c, i - 4)) ||
                      (hyphen && i >= 5 && is_word(c, i - 1) && dy_nc_suffix_hyphen(c, i - 2) &&
                       hyphen_clock_at(c, i - 5));
        if (!after_hour_word && !second)
            dy_buf_puts(&b, "сағат ");
        dashed = second && is_dash(c, i - 1);
        say_u64(&b, h, false);
        if (m > 0 && m < 10)
            dy_buf_puts(&b, " нөл ");
        else if (m >= 10)
            dy_buf_putc(&b, ' ');
        if (m > 0)
            say_u64(&b, m, false);
    }
    dy_kk_morph chain[8];
    int n = 0;
    size_t sfx = dy_nc_suffix_at(c, i + used, dy_nc_last_word(b.data), chain, &n);
    if (!sfx && dy_nc_postposition_case(c, i + used, false, chain)) {
        n = 1; /* "23.00 дейін" -> жиырма үшке дейін */
        sfx = SIZE_MAX;
    }
    if (sfx == SIZE_MAX) {
        dy_buf t = {0};
        dy_nc_put_inflected(&t, b.data, chain, n);
        dy_buf_fini(&b);
        b = t;
    } else if (sfx && (glued(c, i + used) || !tok_is(c, i + used, "-") ||
                       (glued(c, i + used + 1) && !is_num(c, i + used + 2)))) {
        /* also an ending typed after a stray space: "сағат 15.00 -де" -> сағат он бесте */
        dy_buf t = {0};
        dy_nc_put_inflected(&t, b.data, chain, n);
        dy_buf_fini(&b);
        b = t;
        used += sfx;
    }
    if (hour_after && !sfx) { /* "19-00 сағ." -> сағат он тоғыз: сағат said once, before it */
        used++;
        if (tok_is(c, i + used, ".") && glued(c, i + used) && i + used + 1 < c->n)
            used++; /* the abbreviation's period, unless it ends the sentence */
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + used - 1), name,
                     dashed || tok(c, i)->space_before);
    dy_buf_fini(&b);
    size_t k = i + used;
    if (sec == UINT64_MAX && !sfx && stray_period(c, k) && dot_time_at(c, k + 2)) {
        used++; /* "9.00. - 12.00.": the period typed after the first time is no full stop */
        k++;
    }
    if (sec == UINT64_MAX && is_dash(c, k) && is_num(c, k + 1) && tlen(c, k + 1) <= 2 &&
        ((((tok_is(c, k + 2, ":") && glued(c, k + 2)) || dot_time_at(c, k + 1)) &&
          is_num(c, k + 3) && tlen(c, k + 3) == 2 && time_ends_at(c, k + 3)) ||
         (hyphen && spaced(c, k) && hyphen_clock_at(c, k + 1)))) {
        dy_nc_emit(c, "-", tok(c, k)->src, name, true); /* "9:00-18:00": a range of times */
        used++;
    }
    return used;
}

/* Does the sentence speak of (blood) pressure: a form of қысым, or тонометр, or millimetres of
 * mercury at k ("140/90 мм с.б.", "мм сын. бағ.")? Then "120/80" is a reading of it, not a
 * fraction (13.2 is silent; 4th survey). */
static bool pressure_said(const nctx *c, size_t k)
{
    if (tok_is(c, k, "мм") && (tok_is(c, k + 1, "с") || tok_is(c, k + 1, "сын")) &&
        tok_is(c, k + 2, "."))
        return true;
    for (k = 0; k < c->n; k++)
        if (dy_nc_word_starts(c, k, "қысым") || dy_nc_word_starts(c, k, "Қысым") ||
            dy_nc_word_starts(c, k, "тонометр"))
            return true;
    return false;
}

/* Section 13.2: fractions a/b (also "a / b"): the denominator in the ablative, then the
 * numerator ("3/4" -> төрттен үш, "1/3-і" -> үштен бірі, "2 1/2" -> екі бүтін екіден бір); two
 * 4-digit years a/a+1 are a school or fiscal year pair, read as a range of ordinals. */
/* A decimal over a whole number, a rating ("4,8/5" -> бестен төрт бүтін оннан сегіз, 13.2);
 * returns the tokens used (0: none). */
static size_t decimal_over(nctx *c, size_t i, const char *name)
{
    number num;
    if (!dy_nc_number_at(c, i, &num))
        return 0;
    size_t s = num.last + 1;
    if (!num.decimal || !dy_nc_glued_sep(c, s, "/") || !is_num(c, s + 1) || tlen(c, s + 1) > 3 ||
        dy_nc_num_value(c, s + 1) == 0 ||
        (s + 2 < c->n && glued(c, s + 2) && !tok_is(c, s + 2, ".") && !tok_is(c, s + 2, ",") &&
         !tok_is(c, s + 2, ")"))) {
        dy_nc_number_fini(&num);
        return 0;
    }
    static const dy_kk_morph ABL[] = {DY_KK_ABL};
    dy_buf d = {0}, b = {0};
    say_u64(&d, dy_nc_num_value(c, s + 1), false);
    dy_nc_put_inflected(&b, d.data, ABL, 1);
    dy_buf_putc(&b, ' ');
    dy_nc_number_say(c, &num, NULL, 0, &b);
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, s + 1), name, tok(c, i)->space_before);
    dy_buf_fini(&d);
    dy_buf_fini(&b);
    dy_nc_number_fini(&num);
    return s + 2 - i;
}

/* Does a number label stand before token i ("Актіні қабылдау нөмірі: 369/45", "тіркеу нөмірі
 * 12/3", "Номер: 5/1")? A slash after it joins the parts of a register number, as after №. */
static bool after_number_label(const nctx *c, size_t i)
{
    static const char *const LABEL[] = {"нөмір", "номер"};
    size_t k = i;
    if (k > 0 && tok_is(c, k - 1, ":"))
        k--;
    if (k == 0 || !is_word(c, k - 1))
        return false;
    for (size_t l = 0; l < COUNT(LABEL); l++)
        if (dy_nc_word_starts(c, k - 1, LABEL[l]) && !dy_nc_word_starts(c, k - 1, "нөмірле"))
            return true;
    return false;
}

size_t dy_nr_fraction(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 15 || (i > 0 && tok_is(c, i - 1, "\u2116")))
        return 0;
    size_t over = decimal_over(c, i, name);
    if (over)
        return over;
    size_t a = i, whole = SIZE_MAX;
    if (is_num(c, i + 1) && spaced(c, i + 1) && tok_is(c, i + 2, "/") && glued(c, i + 2) &&
        glued(c, i + 3) && is_num(c, i + 3)) {
        whole = i; /* a mixed number */
        a = i + 1;
    }
    bool tight = dy_nc_glued_sep(c, a + 1, "/");
    bool loose = tok_is(c, a + 1, "/") && spaced(c, a + 1) && spaced(c, a + 2);
    /* a part over 15 digits has no number words (section 5): it is read digit by digit */
    if (!(tight || loose) || !is_num(c, a + 2) || tlen(c, a + 2) > 15 || tlen(c, a) > 15 ||
        (whole != SIZE_MAX && tlen(c, whole) > 15) || (tok_is(c, a + 3, "/") && is_num(c, a + 4)))
        return 0;
    if (i > 0 && tok_is(c, i - 1, "/"))
        return 0;
    uint64_t num = dy_nc_num_value(c, a), den = dy_nc_num_value(c, a + 2);
    if (den == 0)
        return 0;
    dy_buf b = {0};
    size_t used = a + 3 - i;
    if (whole == SIZE_MAX && tight && num > den && den >= 30 && num <= 300 &&
        pressure_said(c, a + 3)) {
        /* blood pressure, systolic over diastolic: "120/80" -> жүз жиырмаға сексен */
        static const dy_kk_morph DAT[] = {DY_KK_DAT};
        dy_buf n1 = {0};
        say_u64(&n1, num, false);
        dy_nc_put_inflected(&b, n1.data, DAT, 1);
        dy_buf_clear(&n1);
        dy_buf_putc(&b, ' ');
        say_u64(&n1, den, false);
        dy_kk_morph chain[8];
        int n = 0;
        size_t sfx = dy_nc_suffix_at(c, a + 3, dy_nc_last_word(n1.data), chain, &n);
        dy_nc_put_inflected(&b, n1.data, chain, sfx ? n : 0); /* "140/90-ға" -> … тоқсанға */
        used += sfx;
        dy_buf_fini(&n1);
    } else if (whole == SIZE_MAX && num > den && num % den == 0 &&
               (tok_is(c, a + 3, "=") || (i > 0 && tok_is(c, i - 1, "=")))) {
        /* a division worked out in an equation ("s/t = 120/2 = 60"): жүз жиырма бөлу екі; a
         * fraction's numerator is the smaller, and an improper one is rarely a whole number */
        say_u64(&b, num, false);
        dy_buf_puts(&b, " бөлу ");
        say_u64(&b, den, false);
    } else if (whole == SIZE_MAX && tight && after_number_label(c, i)) {
        /* the parts of a register number: "нөмірі: 369/45" -> үш жүз алпыс тоғыз - қырық бес */
        say_u64(&b, num, false);
        dy_buf_puts(&b, " - ");
        say_u64(&b, den, false);
    } else if (whole == SIZE_MAX && tlen(c, a) == 4 && tlen(c, a + 2) == 4 && den == num + 1) {
        say_u64(&b, num, true);
        dy_buf_puts(&b, " - ");
        say_u64(&b, den, true);
    } else {
        if (whole != SIZE_MAX) {
            say_u64(&b, dy_nc_num_value(c, whole), false);
            dy_buf_puts(&b, " бүтін ");
        }
        dy_buf d = {0};
        say_u64(&d, den, false);
        static const dy_kk_morph ABL[] = {DY_KK_ABL};
        dy_nc_put_inflected(&b, d.data, ABL, 1);
        dy_buf_fini(&d);
        dy_buf_putc(&b, ' ');
        dy_buf nb = {0};
        say_u64(&nb, num, false);
        dy_kk_morph chain[8];
        int n = 0;
        size_t sfx = dy_nc_suffix_at(c, a + 3, dy_nc_last_word(nb.data), chain, &n);
        if (sfx && glued(c, a + 3)) { /* халықтың 1/3-і -> үштен бірі */
            dy_nc_put_inflected(&b, nb.data, chain, n);
            used += sfx;
        } else {
            dy_buf_puts(&b, nb.data);
        }
        dy_buf_fini(&nb);
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + used - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return used;
}
