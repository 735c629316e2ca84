/* Kazakh word lists (see kk_lexicon.h). Each table is sorted or grouped so that a reviewer can
 * find an entry; lookups are linear or bsearch: the tables are small. */
#include "kk_lexicon.h"

#include <stdlib.h>
#include <string.h>

typedef struct pair {
    const char *key;
    const char *value;
} pair;

/* Section 20.2: the Russian-style names Kazakh speakers use when spelling abbreviations
 * (ҚР "қа-эр", ЖШС "жэ-ша-эс"); eSpeak's own school names ("бы", "қы") sound wrong there. */
static const struct {
    int32_t upper;
    const char *name;
} LETTER_NAMES[] = {
    {0x0410, "а"},  {0x0411, "бэ"}, {0x0412, "вэ"}, {0x0413, "гэ"}, {0x0414, "дэ"},
    {0x0415, "е"},  {0x0416, "жэ"}, {0x0417, "зэ"}, {0x0418, "и"},  {0x0419, "й"},
    {0x041A, "ка"}, {0x041B, "эл"}, {0x041C, "эм"}, {0x041D, "эн"}, {0x041E, "о"},
    {0x041F, "пэ"}, {0x0420, "эр"}, {0x0421, "эс"}, {0x0422, "тэ"}, {0x0423, "у"},
    {0x0424, "эф"}, {0x0425, "ха"}, {0x0426, "цэ"}, {0x0427, "че"}, {0x0428, "ша"},
    {0x0429, "ща"}, {0x042B, "ы"},  {0x042D, "э"},  {0x042E, "ю"},  {0x042F, "я"},
    {0x0401, "ё"},  {0x0406, "і"},  {0x0492, "ға"}, {0x049A, "қа"}, {0x04A2, "эң"},
    {0x04AE, "ү"},  {0x04B0, "ұ"},  {0x04BA, "һа"}, {0x04D8, "ә"},  {0x04E8, "ө"},
};

const char *dy_kk_letter_name(int32_t cp)
{
    int32_t up = dy_to_upper(cp);
    for (size_t i = 0; i < sizeof LETTER_NAMES / sizeof *LETTER_NAMES; i++)
        if (LETTER_NAMES[i].upper == up)
            return LETTER_NAMES[i].name;
    return NULL;
}

void dy_kk_lower(dy_buf *out, const char *word, size_t n)
{
    for (size_t i = 0; i < n;)
        dy_buf_put_cp(out, dy_to_lower(dy_utf8_next(word, n, &i)));
}

/* Compares word[0..n), lower-cased, with a lower-case key; prefix = key may be a prefix. */
static bool lower_eq(const char *word, size_t n, const char *key, bool prefix)
{
    dy_buf b = {0};
    dy_kk_lower(&b, word, n);
    size_t k = strlen(key);
    bool eq = prefix ? (b.len >= k && memcmp(b.data, key, k) == 0)
                     : (b.len == k && memcmp(b.data, key, k) == 0);
    dy_buf_fini(&b);
    return eq;
}

/* Months in calendar order. */
static const char *const MONTHS[] = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
                                     "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};

int dy_kk_month(const char *word, size_t n, size_t *stem_len)
{
    for (int m = 0; m < 12; m++) {
        if (lower_eq(word, n, MONTHS[m], true)) {
            *stem_len = strlen(MONTHS[m]);
            return m + 1;
        }
    }
    return 0;
}

/* Section 18: abbreviations written with periods, keyed without spaces. Sorted by key. */
static const pair ABBREVIATIONS[] = {
    {"ж.б.", "және басқалар"},
    {"ж.т.б.", "және тағы басқа"},
    {"б.з.", "біздің заманымыз"},
    {"б.з.б.", "біздің заманымызға дейін"},
    {"б.з.д.", "біздің заманымызға дейін"},
    {"т.б.", "тағы басқа"},
    {"т.с.с.", "тағы сол сияқты"},
    {"т.т.", "тағы тағылар"},
};

const char *dy_kk_abbreviation(const char *key, size_t n)
{
    for (size_t i = 0; i < sizeof ABBREVIATIONS / sizeof *ABBREVIATIONS; i++)
        if (strlen(ABBREVIATIONS[i].key) == n && memcmp(ABBREVIATIONS[i].key, key, n) == 0)
            return ABBREVIATIONS[i].value;
    return NULL;
}

static bool in_list(const char *const *list, size_t count, const char *word, size_t n, bool prefix)
{
    for (size_t i = 0; i < count; i++)
        if (lower_eq(word, n, list[i], prefix))
            return true;
    return false;
}

/* Section 9, row 1: parts of a year with the 3rd-person possessive (any case after it). */
static const char *const PART_OF_YEAR[] = {
    "басы", "басын", "соңы", "соңын", "аяғы", "аяғын", "ортасы", "ортасын", "жартысы",
    "жартысын", "ширегі", "ширегін", "тоқсаны", "тоқсанын", "көктемі", "көктемін", "жазы",
    "жазын", "күзі", "күзін", "қысы", "қысын", "ішінде",
};

bool dy_kk_is_part_of_year(const char *word, size_t n)
{
    return in_list(PART_OF_YEAR, sizeof PART_OF_YEAR / sizeof *PART_OF_YEAR, word, n, true);
}

/* Section 9, exceptions: words after жыл that make the number a duration. */
static const char *const DURATION_WORDS[] = {"астам", "бойы", "бұрын", "жуық", "ішінде",
                                             "толды", "шақты", "өтті"};

bool dy_kk_is_duration_word(const char *word, size_t n)
{
    return in_list(DURATION_WORDS, sizeof DURATION_WORDS / sizeof *DURATION_WORDS, word, n, true);
}

/* Section 9, the event/document list (stems, also with the 4.4 stem change). */
static const char *const EVENT_NOUNS[] = {
    "ашаршылық", "ашаршылығ", "бағдарлама", "басылым", "бюджет", "бұйрық", "бұйрығ",
    "декларация", "декрет", "дерек", "дерег", "есеп", "есеб", "жарлық", "жарлығ", "жарғы",
    "жоспар", "заң", "келісім", "конституция", "көрме", "көтеріліс", "манифест", "мәлімет",
    "олимпиада", "оқиға", "революция", "реформа", "референдум", "санақ", "санағ", "сайлау",
    "съезд", "съезі", "соғыс", "төңкеріс", "шайқас", "шарт", "шешім", "қаулы", "құрылтай",
    "чемпионат",
};

bool dy_kk_is_event_noun(const char *word, size_t n)
{
    return in_list(EVENT_NOUNS, sizeof EVENT_NOUNS / sizeof *EVENT_NOUNS, word, n, true);
}

/* Section 17: symbols read as words when they stand in the text. */
static const struct {
    int32_t cp;
    const char *word;
} SYMBOLS[] = {
    {'%', "пайыз"},    {'&', "және"},      {'+', "плюс"},       {'=', "тең"},
    {'@', "айқұлақ"},  {0x00A7, "параграф"}, {0x00B0, "градус"}, {0x2030, "промилле"},
    {0x2116, "нөмір"}, {0x2212, "минус"},  {0x00D7, "көбейту"},  {'$', "доллар"},
    {0x20AC, "еуро"},  {0x20B8, "теңге"},  {0x20BD, "рубль"},    {0x00A3, "фунт"},
    {0x00A5, "юань"},
};

const char *dy_kk_symbol_word(int32_t cp)
{
    for (size_t i = 0; i < sizeof SYMBOLS / sizeof *SYMBOLS; i++)
        if (SYMBOLS[i].cp == cp)
            return SYMBOLS[i].word;
    return NULL;
}
