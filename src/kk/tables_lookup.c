/* The queries of tables.h, answered from the lists tables.c loads (tables_internal.h). Keyed
 * lookups are binary searches; the short lists of stems and prefixes are searched linearly.
 * What stays in C is logic: Roman digit values, the ordinal limits of жартысы/ширегі, the Latin
 * spelling rules. */
#include <stdint.h>
#include <string.h>

#include "kk/numbers.h"
#include "kk/tables_internal.h"

typedef struct pair {
    const char *key;
    const char *value;
} pair;

/* Compares word[0..n), lower-cased, with a lower-case key; prefix = key may be a prefix.
 * Lower-cases into a stack buffer: this runs for every word, so no heap. */
static bool lower_eq(const char *word, size_t n, const char *key, bool prefix)
{
    char b[DY_KK_WORD_MAX];
    size_t len = dy_kk_lower_to(b, sizeof b, word, n);
    if (len == SIZE_MAX)
        return false;
    size_t k = strlen(key);
    return prefix ? (len >= k && memcmp(b, key, k) == 0) : (len == k && memcmp(b, key, k) == 0);
}

/* The row of list l whose key is word[0..n), exactly; NULL if none. */
static const dy_tsv_row *find(int l, const char *word, size_t n)
{
    char k[DY_KK_WORD_MAX];
    if (n >= sizeof k)
        return NULL;
    memcpy(k, word, n);
    k[n] = '\0';
    return dy_tsv_find(&dy_kk_lists()->t[l], k);
}

/* The row of list l keyed by the character cp. */
static const dy_tsv_row *find_cp(int l, int32_t cp)
{
    char k[4];
    return cp > 0 ? find(l, k, dy_utf8_encode(cp, k)) : NULL;
}

static size_t row_index(int l, const dy_tsv_row *r)
{
    return (size_t)(r - dy_kk_lists()->t[l].rows);
}

/* ------------------------------------------------------------------------------------------ */
/* Lookups                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const char *dy_kk_letter_name(int32_t cp)
{
    const dy_tsv_row *r = find_cp(L_LETTERS, dy_to_upper(cp));
    return r ? r->cell[1] : NULL;
}

const char *dy_kk_month_name(int month)
{
    return month >= 1 && month <= 12 ? dy_kk_lists()->month[month - 1] : NULL;
}

int dy_kk_month_abbr(const char *word, size_t n)
{
    const dy_kk_tables *tb = dy_kk_lists();
    for (int m = 0; m < 12; m++) {
        const char *s = tb->month_short[m], *r = tb->month_russian[m];
        if ((s && strlen(s) == n && memcmp(s, word, n) == 0) ||
            (r && strlen(r) == n && memcmp(r, word, n) == 0))
            return m + 1;
    }
    return 0;
}

int dy_kk_month(const char *word, size_t n, size_t *stem_len)
{
    const dy_kk_tables *tb = dy_kk_lists();
    for (int m = 0; m < 12; m++) {
        const char *name = tb->month[m];
        size_t k = strlen(name);
        if (lower_eq(word, n, name, true)) {
            *stem_len = k;
            return m + 1;
        }
        /* a final к or қ voiced before a vowel ending: қыркүйек -> қыркүйегі, қыркүйегінде */
        static const char K[] = "\xd0\xba", Q[] = "\xd2\x9b"; /* к, қ */
        char voiced[DY_KK_WORD_MAX];
        if (k < 2 || k >= sizeof voiced || n <= k)
            continue;
        bool kk = memcmp(name + k - 2, K, 2) == 0, qq = memcmp(name + k - 2, Q, 2) == 0;
        if (!kk && !qq)
            continue;
        memcpy(voiced, name, k - 2);
        memcpy(voiced + k - 2, kk ? "\xd0\xb3" : "\xd2\x93", 3); /* г, ғ */
        if (lower_eq(word, n, voiced, true)) {
            *stem_len = k;
            return m + 1;
        }
    }
    return 0;
}

const dy_kk_abbr *dy_kk_abbr_written(const char *key, size_t n)
{
    const dy_tsv_row *r = find(L_ABBR, key, n);
    if (r)
        return &dy_kk_lists()->abbr[row_index(L_ABBR, r)];
    return dy_kk_ru_abbreviation(key, n);
}

const dy_kk_abbr *dy_kk_abbreviation(const char *key, size_t n)
{
    const dy_tsv_row *r = find(L_ABBR, key, n);
    const dy_kk_abbr *a = r ? &dy_kk_lists()->abbr[row_index(L_ABBR, r)] : NULL;
    return a && (a->words || a->attributive) ? a : NULL;
}

const dy_kk_abbr *dy_kk_ru_abbreviation(const char *key, size_t n)
{
    const dy_tsv_row *r = find(L_RU_ABBR, key, n);
    return r ? &dy_kk_lists()->ru_abbr[row_index(L_RU_ABBR, r)] : NULL;
}

const char *dy_kk_acronym(const char *word, size_t n)
{
    const dy_tsv_row *r = find(L_ACRONYMS, word, n);
    return r ? r->cell[1] : NULL;
}

const char *dy_kk_code_acronym(const char *word, size_t n)
{
    const dy_tsv_row *r = find(L_CODE_ACRONYMS, word, n);
    return r ? r->cell[1] : NULL;
}

const char *dy_kk_tex_command(const char *name, size_t n)
{
    const dy_tsv_row *r = find(L_TEX, name, n);
    return !r ? NULL : strcmp(r->cell[1], "-") ? r->cell[1] : "";
}

const char *dy_kk_contraction(const char *word, size_t n)
{
    const dy_tsv_row *r = find(L_CONTRACTIONS, word, n);
    return r ? r->cell[1] : NULL;
}

/* Section 12 rule 1: Roman digits and the Cyrillic letters typed for them. */
static const struct {
    int32_t cp;
    int value;
} ROMAN_DIGITS[] = {
    {'C', 100},     /* Latin */
    {'D', 500},     /* Latin */
    {'I', 1},       /* Latin */
    {'L', 50},      /* Latin */
    {'M', 1000},    /* Latin */
    {'V', 5},       /* Latin */
    {'X', 10},      /* Latin */
    {0x0406, 1},    /* І */
    {0x041B, 50},   /* Л */
    {0x041C, 1000}, /* М */
    {0x0421, 100},  /* С */
    {0x0423, 5},    /* У, typed for V */
    {0x0425, 10},   /* Х */
    {0x04AE, 5},    /* Ү, typed for V */
};

int dy_kk_roman_digit(int32_t cp)
{
    for (size_t i = 0; i < COUNT(ROMAN_DIGITS); i++)
        if (ROMAN_DIGITS[i].cp == cp)
            return ROMAN_DIGITS[i].value;
    return 0;
}

/* A noun stem followed by nothing or by a chain of noun suffixes (plural, possessive, case,
 * attributive: section 7.1 step 2 without the number-only morphemes), so that "санағы" is a
 * form of санақ (stem "санағ") but "есептеді" is not a form of есеп. */
static bool stem_form(const dy_tsv *stems, const char *kind, const char *word, size_t n, bool *bare)
{
    char b[DY_KK_WORD_MAX];
    size_t len = dy_kk_lower_to(b, sizeof b, word, n);
    if (len == SIZE_MAX)
        return false;
    bool found = false;
    for (size_t i = 0; i < stems->nrows && !found; i++) {
        const char *stem = stems->rows[i].cell[0];
        if (kind && strcmp(stems->rows[i].cell[1], kind) != 0)
            continue;
        size_t k = strlen(stem);
        if (len < k || memcmp(b, stem, k) != 0)
            continue;
        if (len == k) {
            found = true;
            if (bare)
                *bare = true;
            break;
        }
        dy_kk_morph chain[6];
        int m = dy_kk_parse_tail(b + k, len - k, chain, 6);
        found = m > 0;
        for (int j = 0; j < m; j++)
            if (chain[j] == DY_KK_ORD || chain[j] == DY_KK_COLL || chain[j] == DY_KK_APPROX ||
                chain[j] == DY_KK_LAGAN || chain[j] == DY_KK_LAP || chain[j] == DY_KK_LYQ ||
                chain[j] == DY_KK_PRIV)
                found = false;
        if (found && bare)
            *bare = false;
    }
    return found;
}

int dy_kk_numbered_noun(const char *word, size_t n)
{
    const dy_tsv *t = &dy_kk_lists()->t[L_NUMBERED];
    if (stem_form(t, "century", word, n, NULL))
        return DY_KK_NOUN_CENTURY;
    if (stem_form(t, "numbered", word, n, NULL))
        return DY_KK_NOUN_NUMBERED;
    return 0;
}

/* Is word[0..n), lower-cased, a word of list l (or, with prefix, does it begin with one)? */
static bool in_list(int l, const char *word, size_t n, bool prefix)
{
    const dy_tsv *t = &dy_kk_lists()->t[l];
    for (size_t i = 0; i < t->nrows; i++)
        if (lower_eq(word, n, t->rows[i].cell[0], prefix))
            return true;
    return false;
}

bool dy_kk_is_part_of_year(const char *word, size_t n)
{
    /* the part and a case ending (басында, соңына), not a longer word that begins like it
     * (басылған "published", жазылды "was written") */
    const dy_tsv *t = &dy_kk_lists()->t[L_PART_OF_YEAR];
    dy_kk_morph chain[6];
    for (size_t i = 0; i < t->nrows; i++) {
        const char *key = t->rows[i].cell[0];
        size_t k = strlen(key);
        if (lower_eq(word, n, key, true) &&
            (n == k || dy_kk_parse_tail(word + k, n - k, chain, 6) > 0))
            return true;
    }
    return false;
}

/* Section 7.6 rule 3: the possessive forms a bare number before which is an ordinal. */
static const struct {
    const char *prefix;
    int limit;
} PART_LIMITS[] = {
    {"жартысы", 2}, {"жартысын", 2}, {"тоқсаны", 4}, {"тоқсанын", 4}, {"ширегі", 4}, {"ширегін", 4},
};

int dy_kk_part_limit(const char *word, size_t n)
{
    for (size_t i = 0; i < COUNT(PART_LIMITS); i++)
        if (lower_eq(word, n, PART_LIMITS[i].prefix, true))
            return PART_LIMITS[i].limit;
    return 0;
}

bool dy_kk_is_duration_word(const char *word, size_t n)
{
    return in_list(L_DURATION, word, n, true);
}

bool dy_kk_is_event_noun(const char *word, size_t n, bool *bare)
{
    return stem_form(&dy_kk_lists()->t[L_EVENT], NULL, word, n, bare);
}

bool dy_kk_is_possessed_noun(const char *word, size_t n, bool modifier)
{
    bool bare = false;
    return stem_form(&dy_kk_lists()->t[L_POSSESSED], modifier ? "modifier" : "head", word, n,
                     &bare) &&
           (bare || !modifier);
}

/* The spoken column of the row of list l keyed written[0..n) exactly, or NULL. */
static const char *spoken_in(int l, const char *written, size_t n)
{
    const dy_tsv_row *r = find(l, written, n);
    return r ? r->cell[1] : NULL;
}

const char *dy_kk_imprint_place(const char *written, size_t n)
{
    return spoken_in(L_IMPRINT, written, n);
}

const char *dy_kk_weekday_abbr(const char *written, size_t n)
{
    return spoken_in(L_WEEKDAYS, written, n);
}

const char *dy_kk_chemical_element(const char *symbol, size_t n)
{
    return spoken_in(L_ELEMENTS, symbol, n);
}

bool dy_kk_is_sentence_opener(const char *word, size_t n)
{
    return find(L_OPENERS, word, n) != NULL;
}

const char *dy_kk_scale_word(const char *word, size_t n)
{
    const dy_tsv_row *r = find(L_SCALE, word, n);
    char low[DY_KK_WORD_MAX];
    size_t len;
    if (!r && (len = dy_kk_lower_to(low, sizeof low, word, n)) != SIZE_MAX)
        r = find(L_SCALE, low, len); /* "5 МЛН" in a line of capitals */
    return r ? r->cell[1] : NULL;
}

const char *dy_kk_symbol_word(int32_t cp)
{
    const dy_tsv_row *r = find_cp(L_SYMBOLS, cp);
    return r ? r->cell[2] : NULL;
}

const dy_kk_unit *dy_kk_unit_word(const char *word, size_t n)
{
    const dy_kk_tables *tb = dy_kk_lists();
    const dy_tsv_row *r = find(L_UNITS, word, n);
    if (r || dy_utf8_count(word, n) < 2)
        return r ? &tb->units[row_index(L_UNITS, r)] : NULL;
    char b[DY_KK_WORD_MAX];
    size_t len = dy_kk_lower_to(b, sizeof b, word, n);
    if (len == SIZE_MAX)
        return NULL;
    for (size_t i = 0; i < tb->t[L_UNITS].nrows; i++)
        if (tb->units_lower[i] && strcmp(b, tb->units_lower[i]) == 0)
            return &tb->units[i];
    return NULL;
}

const dy_kk_unit *dy_kk_currency_sign(int32_t cp)
{
    const dy_tsv_row *r = find_cp(L_CURRENCY, cp);
    return r ? &dy_kk_lists()->currency[row_index(L_CURRENCY, r)] : NULL;
}

bool dy_kk_is_measure_word(const char *word, size_t n) { return in_list(L_MEASURE, word, n, true); }

bool dy_kk_is_measure_stem(const char *word, size_t n)
{
    return in_list(L_MEASURE, word, n, false);
}

size_t dy_kk_time_noun(const char *lower)
{
    const dy_tsv *t = &dy_kk_lists()->t[L_TIME];
    for (size_t i = 0; i < t->nrows; i++) {
        size_t k = strlen(t->rows[i].cell[0]);
        if (strncmp(lower, t->rows[i].cell[0], k) == 0)
            return k;
    }
    return 0;
}

bool dy_kk_is_count_noun(const char *word, size_t n)
{
    return stem_form(&dy_kk_lists()->t[L_COUNT_NOUNS], NULL, word, n, NULL);
}

bool dy_kk_is_timeline_cue(const char *word, size_t n)
{
    return stem_form(&dy_kk_lists()->t[L_TIMELINE], NULL, word, n, NULL);
}

bool dy_kk_is_goal_word(const char *word, size_t n)
{
    return stem_form(&dy_kk_lists()->t[L_TIMELINE], "goal", word, n, NULL);
}

bool dy_kk_is_heading_word(const char *word, size_t n)
{
    return stem_form(&dy_kk_lists()->t[L_HEADING_WORDS], NULL, word, n, NULL);
}

bool dy_kk_is_value_word(const char *word, size_t n)
{
    return stem_form(&dy_kk_lists()->t[L_VALUE_WORDS], NULL, word, n, NULL);
}

bool dy_kk_is_count_adjective(const char *word, size_t n)
{
    return stem_form(&dy_kk_lists()->t[L_COUNT_ADJ], NULL, word, n, NULL);
}

bool dy_kk_is_doc_noun(const char *word, size_t n)
{
    return stem_form(&dy_kk_lists()->t[L_DOC], NULL, word, n, NULL);
}

bool dy_kk_is_seat_noun(const char *word, size_t n)
{
    return stem_form(&dy_kk_lists()->t[L_SEAT_NOUNS], NULL, word, n, NULL);
}

bool dy_kk_is_section_noun(const char *word, size_t n, bool *bare)
{
    return stem_form(&dy_kk_lists()->t[L_SECTION_NOUNS], NULL, word, n, bare);
}

bool dy_kk_is_letter_noun(const char *word, size_t n, bool geometry)
{
    return stem_form(&dy_kk_lists()->t[L_LETTER_NOUNS], geometry ? "geometry" : "label", word, n,
                     NULL);
}

bool dy_kk_abbreviation_sense(const char *key, size_t n, dy_kk_sense *out)
{
    char k[DY_KK_WORD_MAX + 1];
    if (n > DY_KK_WORD_MAX)
        return false;
    memcpy(k, key, n);
    k[n] = '\0';
    const dy_tsv_row *r = dy_tsv_find(&dy_kk_lists()->t[L_SENSES], k);
    if (!r)
        return false;
    *out = (dy_kk_sense){r->cell[1], r->cell[2], strcmp(r->cell[3], "-") ? r->cell[3] : NULL};
    return true;
}

bool dy_kk_is_act_noun(const char *word, size_t n)
{
    return stem_form(&dy_kk_lists()->t[L_ACT], NULL, word, n, NULL);
}

bool dy_kk_is_english_name_word(const char *word, size_t n)
{
    return in_list(L_ENGLISH_NAMES, word, n, false);
}

bool dy_kk_is_counting_verb(const char *word, size_t n)
{
    return in_list(L_COUNTING, word, n, false);
}

bool dy_kk_is_quantity_word(const char *word, size_t n)
{
    return in_list(L_QUANTITY, word, n, false);
}

bool dy_kk_is_city(const char *word, size_t n) { return in_list(L_CITIES, word, n, false); }

const dy_kk_place *dy_kk_place_abbr(const char *word, size_t n)
{
    const dy_tsv_row *r = find(L_PLACES, word, n);
    return r ? &dy_kk_lists()->places[row_index(L_PLACES, r)] : NULL;
}

const dy_kk_lang *dy_kk_language_abbr(const char *word, size_t n)
{
    const dy_tsv_row *r = find(L_LANGUAGES, word, n);
    return r ? &dy_kk_lists()->langs[row_index(L_LANGUAGES, r)] : NULL;
}

bool dy_kk_is_tld(const char *label, size_t n)
{
    char b[16];
    if (n == 0 || n >= sizeof b)
        return false;
    for (size_t i = 0; i < n; i++)
        b[i] = (char)(label[i] >= 'A' && label[i] <= 'Z' ? label[i] + 32 : label[i]);
    return find(L_TLDS, b, n) != NULL;
}

bool dy_kk_is_file_extension(const char *ext, size_t n)
{
    char b[8];
    if (n == 0 || n >= sizeof b)
        return false;
    bool upper = ext[0] >= 'A' && ext[0] <= 'Z';
    for (size_t i = 0; i < n; i++) {
        char ch = ext[i];
        if (upper ? ch >= 'a' && ch <= 'z' : ch >= 'A' && ch <= 'Z')
            return false; /* "Pdf", "pDF": no extension */
        b[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    return find(L_FILE_EXTS, b, n) != NULL;
}

const char *dy_kk_latin_letter_name(int32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        cp += 32;
    const dy_tsv_row *r = cp >= 'a' && cp <= 'z' ? find_cp(L_LATIN, cp) : NULL;
    return r ? r->cell[1] : NULL;
}

const char *dy_kk_greek_letter_name(int32_t cp)
{
    if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2)
        cp += 0x20; /* Δ -> δ */
    if (cp == 0xA7B6 || cp == 0xA7B7)
        cp = 0x03C9; /* the Latin omega (Ꞷ), typed for ω in physics pages */
    if (cp == 0x05E7)
        cp = 0x03C1; /* the Hebrew qof (ק), typed for ρ (a density) in physics pages */
    if (cp == 0x0220 || cp == 0x019E)
        cp = 0x03B7; /* the Latin n with a long leg (Ƞ), typed for η (a yield, an efficiency) */
    const dy_tsv_row *r = cp >= 0x03B1 && cp <= 0x03D5 ? find_cp(L_GREEK, cp) : NULL;
    return r ? r->cell[1] : NULL;
}

/* Section 21 with no_latin_voice: Latin spelling to Cyrillic, digraphs first. A rough reading
 * by English-like rules, enough for the Kazakh voice to say a name ("Windows" -> "уиндоус"). */
static const pair LATIN_DIGRAPHS[] = {
    {"ch", "ч"}, {"ck", "к"},  {"ee", "и"}, {"kh", "х"}, {"oo", "у"}, {"ow", "оу"},
    {"ph", "ф"}, {"qu", "кв"}, {"sh", "ш"}, {"th", "т"}, {"ts", "ц"}, {"zh", "ж"},
};
static const char *const LATIN_LETTERS[26] = {
    "а", "б", "к", "д", "е", "ф", "г", "х", "и", "дж", "к",  "л", "м",
    "н", "о", "п", "к", "р", "с", "т", "у", "в", "у",  "кс", "й", "з",
};

void dy_kk_latin_to_cyrillic(dy_buf *out, const char *word, size_t n)
{
    char b[DY_KK_WORD_MAX];
    size_t len = dy_kk_lower_to(b, sizeof b, word, n);
    if (len == SIZE_MAX) {
        dy_buf_append(out, word, n);
        return;
    }
    for (size_t i = 0; i < len;) {
        bool done = false;
        for (size_t d = 0; d < COUNT(LATIN_DIGRAPHS) && i + 1 < len; d++)
            if (b[i] == LATIN_DIGRAPHS[d].key[0] && b[i + 1] == LATIN_DIGRAPHS[d].key[1]) {
                dy_buf_puts(out, LATIN_DIGRAPHS[d].value);
                i += 2;
                done = true;
                break;
            }
        if (done)
            continue;
        char ch = b[i];
        if (ch >= 'a' && ch <= 'z') {
            /* c before e, i, y is [s]: "cent" -> сент */
            if (ch == 'c' && i + 1 < len && (b[i + 1] == 'e' || b[i + 1] == 'i' || b[i + 1] == 'y'))
                dy_buf_puts(out, "с");
            else
                dy_buf_puts(out, LATIN_LETTERS[ch - 'a']);
            i++;
        } else {
            size_t k = i;
            int32_t cp = dy_utf8_next(b, len, &k);
            if (cp != '\'')
                dy_buf_append(out, b + i, k - i);
            i = k;
        }
    }
}
