/* Kazakh word lists (see tables.h). The lists are UTF-8 TSV files in src/kk/data/, compiled in
 * (cmake/embed.cmake, kk/data.h), parsed by kk/tsv.c and sorted the first time one is needed.
 * This file loads them: parses each with the header it must have, sorts it, builds the records
 * tables.h hands out and checks the lists against each other. The queries are in
 * tables_lookup.c. */
#include "kk/tables_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kk/data.h"

/* ------------------------------------------------------------------------------------------ */
/* The lists                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/* Each list: its file, its text and its columns (the header the file must have). */
static const struct list {
    const char *name;
    const char *text;
    const char *cols[5];
} LISTS[L_COUNT] = {
    [L_LETTERS] = {"letter_names.tsv", dy_kk_data_letter_names_tsv, {"letter", "name"}},
    [L_LATIN] = {"latin_letter_names.tsv", dy_kk_data_latin_letter_names_tsv, {"letter", "name"}},
    [L_MONTHS] = {"months.tsv", dy_kk_data_months_tsv, {"month", "name", "short", "russian_short"}},
    [L_ABBR] = {"abbreviations.tsv",
                dy_kk_data_abbreviations_tsv,
                {"written", "spoken", "before_number", "period"}},
    [L_ACRONYMS] = {"acronyms.tsv", dy_kk_data_acronyms_tsv, {"written", "spoken"}},
    [L_NUMBERED] = {"numbered_nouns.tsv", dy_kk_data_numbered_nouns_tsv, {"stem", "kind"}},
    [L_PART_OF_YEAR] = {"part_of_year.tsv", dy_kk_data_part_of_year_tsv, {"word"}},
    [L_DURATION] = {"duration_words.tsv", dy_kk_data_duration_words_tsv, {"word"}},
    [L_EVENT] = {"event_nouns.tsv", dy_kk_data_event_nouns_tsv, {"stem"}},
    [L_OPENERS] = {"sentence_openers.tsv", dy_kk_data_sentence_openers_tsv, {"word"}},
    [L_SCALE] = {"scale_words.tsv", dy_kk_data_scale_words_tsv, {"written", "spoken"}},
    [L_SYMBOLS] = {"symbols.tsv", dy_kk_data_symbols_tsv, {"symbol", "code", "spoken"}},
    [L_CURRENCY] = {"currency_signs.tsv",
                    dy_kk_data_currency_signs_tsv,
                    {"sign", "code", "spoken", "minor"}},
    [L_UNITS] = {"units.tsv",
                 dy_kk_data_units_tsv,
                 {"written", "spoken", "minor", "period", "any_case"}},
    [L_ELEMENTS] = {"chemical_elements.tsv",
                    dy_kk_data_chemical_elements_tsv,
                    {"symbol", "spoken"}},
    [L_MEASURE] = {"measure_words.tsv", dy_kk_data_measure_words_tsv, {"stem"}},
    [L_TIME] = {"time_nouns.tsv", dy_kk_data_time_nouns_tsv, {"stem"}},
    [L_DOC] = {"doc_nouns.tsv", dy_kk_data_doc_nouns_tsv, {"stem"}},
    [L_COUNTING] = {"counting_verbs.tsv", dy_kk_data_counting_verbs_tsv, {"word"}},
    [L_QUANTITY] = {"quantity_words.tsv", dy_kk_data_quantity_words_tsv, {"word"}},
    [L_PLACES] = {"places.tsv", dy_kk_data_places_tsv, {"written", "base", "after_name", "bare"}},
    [L_LANGUAGES] = {"languages.tsv",
                     dy_kk_data_languages_tsv,
                     {"written", "adverb", "name", "is_word"}},
    [L_TLDS] = {"tlds.tsv", dy_kk_data_tlds_tsv, {"tld"}},
    [L_CONTRACTIONS] = {"contractions.tsv", dy_kk_data_contractions_tsv, {"written", "spoken"}},
    [L_CITIES] = {"cities.tsv", dy_kk_data_cities_tsv, {"word"}},
    [L_RU_ABBR] = {"russian_abbreviations.tsv",
                   dy_kk_data_russian_abbreviations_tsv,
                   {"written", "spoken", "prepositional", "period"}},
    [L_ACT] = {"act_nouns.tsv", dy_kk_data_act_nouns_tsv, {"stem"}},
    [L_POSSESSED] = {"possessed_nouns.tsv", dy_kk_data_possessed_nouns_tsv, {"word", "kind"}},
    [L_IMPRINT] = {"imprint_places.tsv", dy_kk_data_imprint_places_tsv, {"written", "spoken"}},
    [L_WEEKDAYS] = {"weekday_abbreviations.tsv",
                    dy_kk_data_weekday_abbreviations_tsv,
                    {"written", "spoken"}},
    [L_COUNT_NOUNS] = {"count_nouns.tsv", dy_kk_data_count_nouns_tsv, {"stem"}},
    [L_ENGLISH_NAMES] = {"english_name_words.tsv", dy_kk_data_english_name_words_tsv, {"word"}},
    [L_COUNT_ADJ] = {"count_adjectives.tsv", dy_kk_data_count_adjectives_tsv, {"stem"}},
    [L_GREEK] = {"greek_letter_names.tsv", dy_kk_data_greek_letter_names_tsv, {"letter", "name"}},
    [L_TIMELINE] = {"timeline_cues.tsv", dy_kk_data_timeline_cues_tsv, {"stem", "kind"}},
    [L_HEADING_WORDS] = {"heading_words.tsv", dy_kk_data_heading_words_tsv, {"stem"}},
    [L_VALUE_WORDS] = {"value_words.tsv", dy_kk_data_value_words_tsv, {"stem"}},
    [L_CODE_ACRONYMS] = {"code_acronyms.tsv", dy_kk_data_code_acronyms_tsv, {"written", "spoken"}},
    [L_FILE_EXTS] = {"file_extensions.tsv", dy_kk_data_file_extensions_tsv, {"ext"}},
    [L_SEAT_NOUNS] = {"seat_nouns.tsv", dy_kk_data_seat_nouns_tsv, {"stem"}},
    [L_SECTION_NOUNS] = {"section_nouns.tsv", dy_kk_data_section_nouns_tsv, {"stem"}},
    [L_LETTER_NOUNS] = {"letter_nouns.tsv", dy_kk_data_letter_nouns_tsv, {"stem", "kind"}},
    [L_SENSES] = {"abbreviation_senses.tsv",
                  dy_kk_data_abbreviation_senses_tsv,
                  {"written", "spoken", "cues", "unless"}},
    [L_TEX] = {"tex_commands.tsv", dy_kk_data_tex_commands_tsv, {"command", "spoken"}},
};

/* The values of abbreviations.tsv's period column, in the order of dy_kk_abbr_end. */
static const char *const PERIOD_NAMES[] = {"capital",          "year",          "after_name",
                                           "after_number",     "month_or_word", "month_or_see",
                                           "language_or_word", "name_or_word",  "never"};

static void tables_fini(dy_kk_tables *tb)
{
    for (size_t i = 0; tb->units_lower && i < tb->t[L_UNITS].nrows; i++)
        free(tb->units_lower[i]);
    free(tb->units_lower);
    free(tb->abbr);
    free(tb->ru_abbr);
    free(tb->units);
    free(tb->currency);
    free(tb->places);
    free(tb->langs);
    for (int i = 0; i < L_COUNT; i++)
        dy_tsv_fini(&tb->t[i]);
    memset(tb, 0, sizeof *tb);
}

static const char *opt(const char *cell) { return strcmp(cell, "-") ? cell : NULL; }

/* A yes/no cell of row r of list l, column c. */
static dy_status yes_no(int l, const dy_tsv_row *r, int c, bool *out, dy_diag *d)
{
    *out = !strcmp(r->cell[c], "yes");
    if (*out || !strcmp(r->cell[c], "no"))
        return DY_OK;
    return dy_diag_set(d, DY_ERR_INPUT, LISTS[l].name, r->line, 1, "%s is '%s', expected yes or no",
                       LISTS[l].cols[c], r->cell[c]);
}

/* A cell that must be exactly one character (and, with code, match "U+XXXX"); its code point. */
static dy_status one_char(int l, const dy_tsv_row *r, const char *code, int32_t *cp, dy_diag *d)
{
    const char *s = r->cell[0];
    size_t n = strlen(s), i = 0;
    *cp = dy_utf8_next(s, n, &i);
    char want[16];
    snprintf(want, sizeof want, "U+%04X", (unsigned)(*cp < 0 ? 0 : *cp));
    if (*cp < 0 || i != n || (code && strcmp(code, want) != 0))
        return dy_diag_set(d, DY_ERR_INPUT, LISTS[l].name, r->line, 1,
                           "'%s' is not the one character %s", s, code ? code : "");
    return DY_OK;
}

void dy_kk_lower(dy_buf *out, const char *word, size_t n)
{
    for (size_t i = 0; i < n;)
        dy_buf_put_cp(out, dy_to_lower(dy_utf8_next(word, n, &i)));
}

size_t dy_kk_lower_to(char *out, size_t cap, const char *word, size_t n)
{
    size_t len = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp = dy_to_lower(dy_utf8_next(word, n, &i));
        char tmp[4];
        size_t k = dy_utf8_encode(cp, tmp);
        if (len + k + 1 > cap)
            return SIZE_MAX;
        memcpy(out + len, tmp, k);
        len += k;
    }
    out[len] = '\0';
    return len;
}

static dy_status build_months(dy_kk_tables *tb, dy_diag *d)
{
    const dy_tsv *t = &tb->t[L_MONTHS];
    for (size_t i = 0; i < t->nrows; i++) {
        const dy_tsv_row *r = &t->rows[i];
        char want[24];
        snprintf(want, sizeof want, "%zu", i + 1);
        if (i >= 12 || strcmp(r->cell[0], want) != 0)
            return dy_diag_set(d, DY_ERR_INPUT, LISTS[L_MONTHS].name, r->line, 1,
                               "month '%s', expected %s (the months 1 to 12 in order)", r->cell[0],
                               i < 12 ? want : "none");
        tb->month[i] = r->cell[1];
        tb->month_short[i] = opt(r->cell[2]);
        tb->month_russian[i] = opt(r->cell[3]);
    }
    if (t->nrows != 12)
        return dy_diag_set(d, DY_ERR_INPUT, LISTS[L_MONTHS].name, 0, 0, "%zu months, expected 12",
                           t->nrows);
    return DY_OK;
}

/* The records of an abbreviation list l (abbreviations.tsv, or russian_abbreviations.tsv whose
 * third column, the prepositional form, goes to attributive) into *out. */
static dy_status build_abbr_list(dy_kk_tables *tb, int l, dy_kk_abbr **out, dy_diag *d)
{
    const dy_tsv *t = &tb->t[l];
    *out = dy_xcalloc(t->nrows + 1, sizeof **out);
    for (size_t i = 0; i < t->nrows; i++) {
        const dy_tsv_row *r = &t->rows[i];
        dy_kk_abbr *a = &(*out)[i];
        a->key = r->cell[0];
        bool other = !strncmp(r->cell[1], "→", strlen("→")); /* read by another rule */
        a->words = other ? NULL : r->cell[1];
        a->attributive = opt(r->cell[2]);
        size_t k = 0;
        while (k < COUNT(PERIOD_NAMES) && strcmp(r->cell[3], PERIOD_NAMES[k]) != 0)
            k++;
        if (k == COUNT(PERIOD_NAMES))
            return dy_diag_set(d, DY_ERR_INPUT, LISTS[l].name, r->line, 1,
                               "period '%s' is not one of the values the header comment lists",
                               r->cell[3]);
        a->end = (dy_kk_abbr_end)k;
        a->postpositive = a->end == DY_KK_END_CAPITAL;
        /* a unit's abbreviation is read by units.tsv after a number, a place's by places.tsv
         * after a name; before a number ("сағ. 10:00", "(қ. 2-кесте)") it may have its own
         * words */
        bool unit = !strcmp(r->cell[1], "→ units.tsv") || !strcmp(r->cell[1], "→ places.tsv");
        if (other && ((a->attributive && !unit) || l != L_ABBR))
            return dy_diag_set(d, DY_ERR_INPUT, LISTS[l].name, r->line, 1,
                               "%s is read by the rule of '%s': write -", LISTS[l].cols[2],
                               r->cell[1]);
    }
    return DY_OK;
}

static dy_status build_abbr(dy_kk_tables *tb, dy_diag *d)
{
    dy_status st = build_abbr_list(tb, L_ABBR, &tb->abbr, d);
    return st == DY_OK ? build_abbr_list(tb, L_RU_ABBR, &tb->ru_abbr, d) : st;
}

static dy_status build_units(dy_kk_tables *tb, dy_diag *d)
{
    const dy_tsv *t = &tb->t[L_UNITS];
    tb->units = dy_xcalloc(t->nrows + 1, sizeof *tb->units);
    tb->units_lower = dy_xcalloc(t->nrows + 1, sizeof *tb->units_lower);
    dy_status st = DY_OK;
    for (size_t i = 0; i < t->nrows && st == DY_OK; i++) {
        const dy_tsv_row *r = &t->rows[i];
        dy_kk_unit *u = &tb->units[i];
        bool any_case;
        *u = (dy_kk_unit){r->cell[0], r->cell[1], opt(r->cell[2]), false};
        st = yes_no(L_UNITS, r, 3, &u->period, d);
        if (st == DY_OK)
            st = yes_no(L_UNITS, r, 4, &any_case, d);
        if (st == DY_OK && any_case) {
            dy_buf b = {0};
            dy_kk_lower(&b, u->key, strlen(u->key));
            tb->units_lower[i] = b.data;
        }
    }
    t = &tb->t[L_CURRENCY];
    tb->currency = dy_xcalloc(t->nrows + 1, sizeof *tb->currency);
    for (size_t i = 0; i < t->nrows && st == DY_OK; i++) {
        const dy_tsv_row *r = &t->rows[i];
        int32_t cp;
        st = one_char(L_CURRENCY, r, r->cell[1], &cp, d);
        tb->currency[i] = (dy_kk_unit){r->cell[0], r->cell[2], opt(r->cell[3]), false};
    }
    return st;
}

static dy_status build_places_langs(dy_kk_tables *tb, dy_diag *d)
{
    const dy_tsv *t = &tb->t[L_PLACES];
    dy_status st = DY_OK;
    tb->places = dy_xcalloc(t->nrows + 1, sizeof *tb->places);
    for (size_t i = 0; i < t->nrows && st == DY_OK; i++) {
        const dy_tsv_row *r = &t->rows[i];
        tb->places[i] = (dy_kk_place){r->cell[0], r->cell[1], false, false};
        st = yes_no(L_PLACES, r, 2, &tb->places[i].after_name, d);
        if (st == DY_OK)
            st = yes_no(L_PLACES, r, 3, &tb->places[i].bare, d);
    }
    t = &tb->t[L_LANGUAGES];
    tb->langs = dy_xcalloc(t->nrows + 1, sizeof *tb->langs);
    for (size_t i = 0; i < t->nrows && st == DY_OK; i++) {
        const dy_tsv_row *r = &t->rows[i];
        tb->langs[i] = (dy_kk_lang){r->cell[0], r->cell[1], r->cell[2], false};
        st = yes_no(L_LANGUAGES, r, 3, &tb->langs[i].is_word, d);
    }
    return st;
}

/* Cells that must be one character: letters (upper case for Kazakh, lower case for Latin),
 * symbols; a one-character reading of tex_commands.tsv is a Greek letter or a symbol; and the
 * kinds of numbered_nouns.tsv. */
static dy_status check_cells(dy_kk_tables *tb, dy_diag *d)
{
    dy_status st = DY_OK;
    static const int single[] = {L_LETTERS, L_LATIN, L_GREEK, L_SYMBOLS};
    for (size_t k = 0; k < COUNT(single) && st == DY_OK; k++) {
        int l = single[k];
        for (size_t i = 0; i < tb->t[l].nrows && st == DY_OK; i++) {
            const dy_tsv_row *r = &tb->t[l].rows[i];
            int32_t cp;
            st = one_char(l, r, l == L_SYMBOLS ? r->cell[1] : NULL, &cp, d);
            if (st == DY_OK && ((l == L_LETTERS && dy_to_upper(cp) != cp) ||
                                (l == L_LATIN && (cp < 'a' || cp > 'z')) ||
                                (l == L_GREEK && (cp < 0x03B1 || cp > 0x03D5))))
                st = dy_diag_set(d, DY_ERR_INPUT, LISTS[l].name, r->line, 1,
                                 "'%s': write the %s letter", r->cell[0],
                                 l == L_LETTERS ? "upper-case"
                                 : l == L_LATIN ? "lower-case Latin"
                                                : "lower-case Greek");
        }
    }
    for (size_t i = 0; i < tb->t[L_TEX].nrows && st == DY_OK; i++) {
        const dy_tsv_row *r = &tb->t[L_TEX].rows[i];
        const char *s = r->cell[1];
        size_t n = strlen(s), at = 0;
        int32_t cp = dy_utf8_next(s, n, &at);
        char lower[5] = {0}; /* Δ is read as δ */
        dy_utf8_encode(dy_to_lower(cp), lower);
        if (at == n && cp != '-' && !dy_tsv_find(&tb->t[L_GREEK], lower) &&
            !dy_tsv_find(&tb->t[L_SYMBOLS], s))
            st = dy_diag_set(d, DY_ERR_INPUT, LISTS[L_TEX].name, r->line, 1,
                             "'%s' (U+%04X) is in neither %s nor %s", s, (unsigned)cp,
                             LISTS[L_GREEK].name, LISTS[L_SYMBOLS].name);
    }
    for (size_t i = 0; i < tb->t[L_NUMBERED].nrows && st == DY_OK; i++) {
        const dy_tsv_row *r = &tb->t[L_NUMBERED].rows[i];
        if (strcmp(r->cell[1], "century") != 0 && strcmp(r->cell[1], "numbered") != 0)
            st = dy_diag_set(d, DY_ERR_INPUT, LISTS[L_NUMBERED].name, r->line, 1,
                             "kind '%s', expected century or numbered", r->cell[1]);
    }
    return st;
}

/* Is word, written with a period, read by list l (units.tsv only where its period column says
 * so; months.tsv by its short forms)? */
static bool reads_with_period(const dy_kk_tables *tb, int l, const char *word)
{
    if (l == L_MONTHS) {
        for (int m = 0; m < 12; m++)
            if ((tb->month_short[m] && !strcmp(word, tb->month_short[m])) ||
                (tb->month_russian[m] && !strcmp(word, tb->month_russian[m])))
                return true;
        return false;
    }
    const dy_tsv_row *r = dy_tsv_find(&tb->t[l], word);
    return r && (l != L_UNITS || tb->units[r - tb->t[l].rows].period);
}

/* The lists that read abbreviations written with a period by rules of their own. */
static const int READERS[] = {L_UNITS, L_PLACES, L_LANGUAGES, L_MONTHS, L_SCALE};

/* One table for splitting and reading: every abbreviation that another list reads with a period
 * is a row of abbreviations.tsv (so the splitter knows its period), and every row that says
 * "→ x.tsv" is read by that list (so it is never left unread). */
static dy_status check_abbr(dy_kk_tables *tb, dy_diag *d)
{
    const dy_tsv *a = &tb->t[L_ABBR];
    char key[DY_KK_WORD_MAX + 2];
    for (size_t i = 0; i < a->nrows; i++) {
        const dy_tsv_row *r = &a->rows[i];
        size_t n = strlen(r->cell[0]);
        if (n == 0 || n > DY_KK_WORD_MAX)
            continue;
        memcpy(key, r->cell[0], n);
        key[n - (r->cell[0][n - 1] == '.')] = '\0';
        for (size_t k = 0; k < COUNT(READERS); k++) {
            int l = READERS[k];
            if (tb->abbr[i].words || !strstr(r->cell[1], LISTS[l].name))
                continue;
            if (!reads_with_period(tb, l, key))
                return dy_diag_set(d, DY_ERR_INPUT, LISTS[L_ABBR].name, r->line, 1,
                                   "'%s' is not in %s%s", key, LISTS[l].name,
                                   l == L_UNITS ? " with period yes" : "");
        }
    }
    for (size_t k = 0; k < COUNT(READERS); k++) {
        int l = READERS[k];
        const dy_tsv *t = &tb->t[l];
        for (size_t i = 0; i < t->nrows; i++) {
            for (int c = l == L_MONTHS ? 2 : 0; c <= (l == L_MONTHS ? 3 : 0); c++) {
                const char *w = t->rows[i].cell[c];
                if ((l == L_UNITS && !tb->units[i].period) || !opt(w) || strlen(w) > DY_KK_WORD_MAX)
                    continue;
                snprintf(key, sizeof key, "%s.", w);
                if (!dy_tsv_find(a, key))
                    return dy_diag_set(d, DY_ERR_INPUT, LISTS[l].name, t->rows[i].line, 1,
                                       "'%s' is written with a period: add it to %s", key,
                                       LISTS[L_ABBR].name);
            }
        }
    }
    return DY_OK;
}

/* Parses, sorts and checks every list into tb. On failure d names the file and line. */
static dy_status tables_load(dy_kk_tables *tb, dy_diag *d)
{
    memset(tb, 0, sizeof *tb);
    dy_status st = DY_OK;
    for (int l = 0; l < L_COUNT && st == DY_OK; l++) {
        size_t ncols = 0;
        while (ncols < COUNT(LISTS[l].cols) && LISTS[l].cols[ncols])
            ncols++;
        st = dy_tsv_parse(&tb->t[l], LISTS[l].name, LISTS[l].text, LISTS[l].cols, ncols, d);
        if (st == DY_OK && l != L_MONTHS) /* months stay in calendar order */
            st = dy_tsv_sort(&tb->t[l], LISTS[l].name, d);
    }
    /* the records tables.h hands out, then the checks across lists */
    static dy_status (*const steps[])(dy_kk_tables *, dy_diag *) = {
        build_months, build_abbr, build_units, build_places_langs, check_cells, check_abbr,
    };
    for (size_t k = 0; k < COUNT(steps) && st == DY_OK; k++)
        st = steps[k](tb, d);
    if (st != DY_OK)
        tables_fini(tb);
    return st;
}

dy_status dy_kk_tables_check(dy_diag *d)
{
    dy_kk_tables tb;
    dy_status st = tables_load(&tb, d);
    if (st == DY_OK)
        tables_fini(&tb);
    return st;
}

/* See tables_internal.h. */
const dy_kk_tables *dy_kk_lists(void)
{
    static dy_kk_tables tb;
    static bool loaded;
    if (!loaded) {
        dy_diag d;
        if (tables_load(&tb, &d) != DY_OK)
            abort();
        loaded = true;
    }
    return &tb;
}
