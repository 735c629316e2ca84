/* The year words and abbreviations of section 9 that several rule families ask (see context.h):
 * "ж.", "жж.", "г." after a year, the forms of жыл and whether they make a calendar year, the
 * kinds of year (оқу жылы, "о.ж."). Split from context.c. */
#include "normalize/context.h"

#include <string.h>

#include "kk/tables.h"

/* A year abbreviation at i: "ж", "ж.", "жж." (also "Жж."), "ж.ж.", or "г."/"гг." after a year of
 * four digits; returns tokens used (0: none) and whether it is the plural. */
size_t dy_nc_year_abbr(const nctx *c, size_t i, bool *plural)
{
    *plural = false;
    if (tok_is(c, i, "ж") && !(is_word(c, i + 1) && glued(c, i + 1))) {
        size_t k = i + 1;
        if (tok_is(c, k, ".") && glued(c, k)) {
            k++;
            if (tok_is(c, k, "ж") && glued(c, k) && tok_is(c, k + 1, ".") && glued(c, k + 1)) {
                *plural = true;
                k += 2;
            } else if (tok_is(c, k, "ж") && glued(c, k) &&
                       !(is_word(c, k + 1) && glued(c, k + 1))) {
                *plural = true; /* "ж.ж" with its last period left out: "1628-1644ж.ж билік" */
                k++;
            } else if (is_word(c, k) && glued(c, k)) {
                return 0; /* "ж.б." and the like */
            }
        }
        return k - i;
    }
    /* the Russian "г." / "гг." a Kazakh writer puts after a year of four digits ("1998 г.
     * басылған", "8 марта 2020 г."): 2020 grams would be written "2,02 кг" */
    if ((tok_is(c, i, "г") || tok_is(c, i, "гг")) && tok_is(c, i + 1, ".") && glued(c, i + 1) &&
        !(is_word(c, i + 2) && glued(c, i + 2)) && i > 0 && is_num(c, i - 1) &&
        tlen(c, i - 1) == 4 && dy_nc_num_value(c, i - 1) >= 1000 &&
        dy_nc_num_value(c, i - 1) <= 2100) {
        *plural = tok_is(c, i, "гг");
        return 2;
    }
    /* "Жж." capitalised in a heading ("1867–1868 Жж."): no initial has two letters */
    if ((tok_is(c, i, "жж") || tok_is(c, i, "Жж")) && tok_is(c, i + 1, ".") && glued(c, i + 1)) {
        *plural = true;
        return 2;
    }
    /* "жж" with its period left out after a year ("519 –518 жж сақтарға"): no word is жж */
    if (tok_is(c, i, "жж") && i > 0 && is_num(c, i - 1) &&
        !(is_word(c, i + 1) && glued(c, i + 1))) {
        *plural = true;
        return 1;
    }
    return 0;
}

/* A word that names a kind of year before жыл ("оқу жылы", "қаржы жылы", "күнтізбелік жыл"). */
static bool year_qualifier(const nctx *c, size_t k)
{
    static const char *const WORDS[] = {"оқу", "қаржы", "күнтізбелік"};
    return dy_nc_word_in(c, k, WORDS, COUNT(WORDS)) && is_word(c, k + 1) &&
           dy_nc_word_starts(c, k + 1, "жыл") && !dy_nc_word_starts(c, k + 1, "жылқ");
}

/* "о.ж." (оқу жылы, a school year) or "ж.ш." (жылы шыққан, a car's or a device's year) at k,
 * said by the abbreviation rule after the years. */
static bool year_kind_abbr(const nctx *c, size_t k)
{
    bool school = tok_is(c, k, "о") && tok_is(c, k + 2, "ж");
    bool made = tok_is(c, k, "ж") && tok_is(c, k + 2, "ш");
    return (school || made) && tok_is(c, k + 1, ".") && glued(c, k + 1) && is_word(c, k + 2) &&
           tok_is(c, k + 3, ".") && glued(c, k + 3);
}

/* Section 9: is word k a form of жыл (жыл, жылы, жылдан, жылдары ...)? Also after a
 * year_qualifier, "о.ж.", and the attributive forms жылғы... Not жылқы "horse". */
bool dy_nc_is_year_word(const nctx *c, size_t k)
{
    if (year_kind_abbr(c, k))
        return true;
    if (year_qualifier(c, k))
        k++; /* "2023–2024 оқу жылы" */
    if (!dy_nc_word_starts(c, k, "жыл") || dy_nc_word_starts(c, k, "жылқ"))
        return false;
    dy_buf b = {0};
    const char *w = dy_nc_lower_word(c, k, &b);
    size_t stem = strlen("жыл");
    dy_kk_morph chain[6];
    bool r = w[stem] == '\0' || dy_kk_parse_tail(w + stem, strlen(w + stem), chain, 6) >= 0 ||
             strncmp(w, "жылдық", strlen("жылдық")) == 0 ||
             strncmp(w, "жылғы", strlen("жылғы")) == 0; /* жылғылар, жылғымын */
    dy_buf_fini(&b);
    return r;
}

/* Section 9: does the form of жыл at k make the number of value v before it a calendar year
 * (an ordinal)? Durations are cardinal: "5 жыл бойы", "100 жылдық", "10 жылдан кейін". */
bool dy_nc_year_word_calendar(const nctx *c, size_t k, uint64_t v)
{
    if (!dy_nc_is_year_word(c, k))
        return false;
    if (year_qualifier(c, k) || year_kind_abbr(c, k))
        return v >= 1000 && v <= 2100; /* 2023 оқу жылы, 2024 қаржы жылына, "2023-2024 о.ж." */
    static const char *const CALENDAR[] = {"жылы",     "жылғы",      "жылдың",       "жылдары",
                                           "жылдарда", "жылдардағы", "жылдарғы",     "жылдардың",
                                           "жылдарын", "жылдарына",  "жылдарындағы", "жылдарында"};
    dy_buf b = {0};
    const char *w = dy_nc_lower_word(c, k, &b);
    bool cal;
    if (strncmp(w, "жылдықтар", strlen("жылдықтар")) == 0 && v >= 1900 && v <= 2100)
        cal = true; /* people born that year: 2001 жылдықтар */
    else if (strncmp(w, "жылғы", strlen("жылғы")) == 0)
        cal = true; /* 1986 жылғымын, 1990 жылғылар */
    else if (strncmp(w, "жылдық", strlen("жылдық")) == 0 ||
             strncmp(w, "жылдай", strlen("жылдай")) == 0)
        cal = false;
    else if (is_word(c, k + 1) && dy_kk_is_duration_word(tstr(c, k + 1), tlen(c, k + 1)))
        cal = false;
    else if (dy_nc_in_set(w, CALENDAR, COUNT(CALENDAR)))
        cal = true;
    else if (strncmp(w, "жылдар", strlen("жылдар")) == 0 && v % 10 == 0)
        cal = true; /* a decade: 90 жылдарда */
    else
        cal = v >= 1000 && v <= 2100;
    dy_buf_fini(&b);
    return cal;
}
