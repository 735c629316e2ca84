/* Kazakh word lists (see kk_lexicon.h). Tables keyed by a string are sorted by their UTF-8 bytes
 * (that is, by code point) so that a reviewer can find an entry and bsearch can too; the word
 * lists are small and searched linearly. */
#include "kk_lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "kk_numbers.h"

typedef struct pair {
    const char *key;
    const char *value;
} pair;

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* Section 20.2: the Russian-style names Kazakh speakers use when spelling abbreviations
 * (ҚР "қа-эр", ЖШС "жэ-ша-эс"); eSpeak's own school names ("бы", "қы") sound wrong there. */
static const struct {
    int32_t upper;
    const char *name;
} LETTER_NAMES[] = {
    {0x0401, "ё"},  {0x0406, "і"},  {0x0410, "а"},  {0x0411, "бэ"}, {0x0412, "вэ"}, {0x0413, "гэ"},
    {0x0414, "дэ"}, {0x0415, "е"},  {0x0416, "жэ"}, {0x0417, "зэ"}, {0x0418, "и"},  {0x0419, "й"},
    {0x041A, "ка"}, {0x041B, "эл"}, {0x041C, "эм"}, {0x041D, "эн"}, {0x041E, "о"},  {0x041F, "пэ"},
    {0x0420, "эр"}, {0x0421, "эс"}, {0x0422, "тэ"}, {0x0423, "у"},  {0x0424, "эф"}, {0x0425, "ха"},
    {0x0426, "цэ"}, {0x0427, "че"}, {0x0428, "ша"}, {0x0429, "ща"}, {0x042B, "ы"},  {0x042D, "э"},
    {0x042E, "ю"},  {0x042F, "я"},  {0x0492, "ға"}, {0x049A, "қа"}, {0x04A2, "эң"}, {0x04AE, "ү"},
    {0x04B0, "ұ"},  {0x04BA, "һа"}, {0x04D8, "ә"},  {0x04E8, "ө"},
};

const char *dy_kk_letter_name(int32_t cp)
{
    int32_t up = dy_to_upper(cp);
    for (size_t i = 0; i < COUNT(LETTER_NAMES); i++)
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
static const char *const MONTHS[] = {"қаңтар", "ақпан", "наурыз",   "сәуір", "мамыр",  "маусым",
                                     "шілде",  "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};

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

/* Section 18: abbreviations written with periods, keyed without spaces. Sorted by key.
 * "т.с.с" is also written without its last period. */
static const dy_kk_abbr ABBREVIATIONS[] = {
    {"б.з.", "біздің заманымыз", "біздің заманымыздың", false},
    {"б.з.б.", "біздің заманымыздан бұрын", "біздің заманымыздан бұрынғы", false},
    {"б.з.д.", "біздің заманымызға дейін", "біздің заманымызға дейінгі", false},
    {"ж.б.", "және басқалар", NULL, true},
    {"ж.т.б.", "және тағы басқа", NULL, true},
    {"т.б.", "тағы басқа", NULL, true},
    {"т.б.б.", "тағы басқалар", NULL, true},
    {"т.с.с", "тағы сол сияқты", NULL, true},
    {"т.с.с.", "тағы сол сияқты", NULL, true},
    {"т.т.", "тағы тағылар", NULL, true},
};

static int cmp_key(const void *key, const void *entry)
{
    return strcmp((const char *)key, *(const char *const *)entry);
}

const dy_kk_abbr *dy_kk_abbreviation(const char *key, size_t n)
{
    char *k = dy_xstrndup(key, n);
    const dy_kk_abbr *a =
        bsearch(k, ABBREVIATIONS, COUNT(ABBREVIATIONS), sizeof *ABBREVIATIONS, cmp_key);
    free(k);
    return a;
}

/* Section 20.3 (and the examples of 20.1): acronyms whose reading the letter/word test of 20.1
 * would get wrong or that are better said in full. Sorted by key. */
static const pair ACRONYMS[] = {
    {"ІІМ", "і і эм"},
    {"АҚ", "а қа"},
    {"АҚШ", "Америка Құрама Штаттары"},
    {"БАҚ", "бақ"},
    {"БҰҰ", "Біріккен Ұлттар Ұйымы"},
    {"ГРЭС", "грэс"},
    {"ГУЛАГ", "гулаг"},
    {"ДДҰ", "Дүниежүзілік денсаулық сақтау ұйымы"},
    {"ЕАЭО", "Еуразиялық экономикалық одақ"},
    {"ЕО", "Еуропалық Одақ"},
    {"ЕҚЫҰ", "Еуропадағы қауіпсіздік және ынтымақтастық ұйымы"},
    {"ЖІӨ", "жэ і ө"},
    {"ЖОО", "жэ о о"},
    {"ЖШС", "жэ ша эс"},
    {"КГБ", "ка гэ бэ"},
    {"КСРО", "Кеңестік Социалистік Республикалар Одағы"},
    {"НАТО", "нато"},
    {"НКВД", "эн ка вэ дэ"},
    {"ОПЕК", "опек"},
    {"РКФСР", "эр ка эф эс эр"},
    {"РСФСР", "эр эс эф эс эр"},
    {"РФ", "эр эф"},
    {"ТАСС", "тасс"},
    {"ТЖМ", "тэ жэ эм"},
    {"ТМД", "Тәуелсіз Мемлекеттер Достастығы"},
    {"ХВҚ", "Халықаралық валюта қоры"},
    {"ЭКСПО", "экспо"},
    {"ЮНЕСКО", "юнеско"},
    {"ҚР", "Қазақстан Республикасы"},
    {"ҚХА", "қа ха а"},
    {"ҚХР", "қа ха эр"},
    {"ҚазКСР", "Қазақ Кеңестік Социалистік Республикасы"},
    {"ҚазҰУ", "қазұу"},
    {"ҰБТ", "ұ бэ тэ"},
    {"ҰОС", "Ұлы Отан соғысы"},
    {"ҰҒА", "Ұлттық ғылым академиясы"},
    {"ҰҚК", "ұ қа ка"},
};

const char *dy_kk_acronym(const char *word, size_t n)
{
    char *k = dy_xstrndup(word, n);
    const pair *p = bsearch(k, ACRONYMS, COUNT(ACRONYMS), sizeof *ACRONYMS, cmp_key);
    free(k);
    return p ? p->value : NULL;
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
static bool stem_form(const char *const *stems, size_t count, const char *word, size_t n,
                      bool *bare)
{
    dy_buf b = {0};
    dy_kk_lower(&b, word, n);
    bool found = false;
    for (size_t i = 0; i < count && !found; i++) {
        size_t k = strlen(stems[i]);
        if (b.len < k || memcmp(b.data, stems[i], k) != 0)
            continue;
        if (b.len == k) {
            found = true;
            if (bare)
                *bare = true;
            break;
        }
        dy_kk_morph chain[6];
        int m = dy_kk_parse_tail(b.data + k, b.len - k, chain, 6);
        found = m > 0;
        for (int j = 0; j < m; j++)
            if (chain[j] == DY_KK_ORD || chain[j] == DY_KK_COLL || chain[j] == DY_KK_APPROX ||
                chain[j] == DY_KK_LAGAN || chain[j] == DY_KK_LAP)
                found = false;
        if (found && bare)
            *bare = false;
    }
    dy_buf_fini(&b);
    return found;
}

/* Section 12 rule 2: nouns a Roman numeral numbers, with the stem changes of 4.4 (орын -> орны,
 * бап -> бабы). Century nouns first: after them a lone С, М, Л, D is a numeral as well. */
static const char *const CENTURY_NOUNS[] = {"ғасыр", "мыңжылдық", "том"};
static const char *const NUMBERED_NOUNS[] = {
    "баб",      "бап",    "бүкілодақтық", "бүкілресейлік", "бөлім", "дүниежүзілік", "дәреже",
    "дәрежелі", "жарты",  "жүлде",        "категория",     "кезең", "конгресс",     "конференция",
    "курс",     "кітаб",  "кітап",        "олимпиада",     "орн",   "орын",         "пленум",
    "сессия",   "съезд",  "съезі",        "сыныб",         "сынып", "тарау",        "тоб",
    "топ",      "тоқсан", "форум",        "халықаралық",   "ширег", "ширек",
};

int dy_kk_numbered_noun(const char *word, size_t n)
{
    if (stem_form(CENTURY_NOUNS, COUNT(CENTURY_NOUNS), word, n, NULL))
        return DY_KK_NOUN_CENTURY;
    if (stem_form(NUMBERED_NOUNS, COUNT(NUMBERED_NOUNS), word, n, NULL))
        return DY_KK_NOUN_NUMBERED;
    return 0;
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
    "аяғы",    "аяғын",    "басы",    "басын",    "жазы",   "жазын",   "жартысы", "жартысын",
    "күзі",    "күзін",    "көктемі", "көктемін", "ортасы", "ортасын", "соңы",    "соңын",
    "тоқсаны", "тоқсанын", "ширегі",  "ширегін",  "ішінде", "қысы",    "қысын",
};

bool dy_kk_is_part_of_year(const char *word, size_t n)
{
    return in_list(PART_OF_YEAR, COUNT(PART_OF_YEAR), word, n, true);
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

/* Section 9, exceptions: words after жыл that make the number a duration. */
static const char *const DURATION_WORDS[] = {"астам", "бойы",  "бұрын",  "жуық",
                                             "толды", "шақты", "ішінде", "өтті"};

bool dy_kk_is_duration_word(const char *word, size_t n)
{
    return in_list(DURATION_WORDS, COUNT(DURATION_WORDS), word, n, true);
}

/* Section 9, the event/document list (stems, also with the 4.4 stem change and съезд -> съезі). */
static const char *const EVENT_NOUNS[] = {
    "ашаршылығ",  "ашаршылық", "басылым", "бағдарлама", "бюджет",  "бұйрығ",      "бұйрық",
    "декларация", "декрет",    "дерег",   "дерек",      "есеб",    "есеп",        "жарлығ",
    "жарлық",     "жарғы",     "жоспар",  "заң",        "келісім", "конституция", "көрме",
    "көтеріліс",  "манифест",  "мәлімет", "олимпиада",  "оқиға",   "революция",   "референдум",
    "реформа",    "сайлау",    "санағ",   "санақ",      "соғыс",   "съезд",       "съезі",
    "төңкеріс",   "чемпионат", "шайқас",  "шарт",       "шешім",   "қаулы",       "құрылтай",
};

bool dy_kk_is_event_noun(const char *word, size_t n, bool *bare)
{
    return stem_form(EVENT_NOUNS, COUNT(EVENT_NOUNS), word, n, bare);
}

/* Section 23.3: capitalised words that begin a sentence and are never part of a name (pronouns
 * with their case forms, conjunctions, sentence adverbs). Sorted. */
static const char *const SENTENCE_OPENERS[] = {
    "Ал",       "Алайда", "Біз",      "Бірақ",     "Бүгін",   "Бұл",     "Бұның",   "Бұған",
    "Дегенмен", "Демек",  "Енді",     "Және",      "Кейін",   "Мен",     "Мысалы",  "Мұнда",
    "Мұны",     "Мұның",  "Одан",     "Ол",        "Олар",    "Олардың", "Онда",    "Оны",
    "Оның",     "Осы",    "Осылайша", "Осының",    "Оған",    "Себебі",  "Сен",     "Сендер",
    "Содан",    "Сол",    "Сонда",    "Сондықтан", "Сонымен", "Соның",   "Сосын",   "Сіз",
    "Сіздер",   "Тіпті",  "Яғни",     "Қазір",     "Әрі",     "Әсіресе", "Өйткені",
};

bool dy_kk_is_sentence_opener(const char *word, size_t n)
{
    char *k = dy_xstrndup(word, n);
    const void *p =
        bsearch(k, SENTENCE_OPENERS, COUNT(SENTENCE_OPENERS), sizeof *SENTENCE_OPENERS, cmp_key);
    free(k);
    return p != NULL;
}

/* Section 18: scale words written short after a number. */
static const pair SCALE_WORDS[] = {
    {"млн", "миллион"},
    {"млрд", "миллиард"},
    {"трлн", "триллион"},
};

const char *dy_kk_scale_word(const char *word, size_t n)
{
    for (size_t i = 0; i < COUNT(SCALE_WORDS); i++)
        if (strlen(SCALE_WORDS[i].key) == n && memcmp(SCALE_WORDS[i].key, word, n) == 0)
            return SCALE_WORDS[i].value;
    return NULL;
}

/* Section 17: symbols read as words when they stand in the text. */
static const struct {
    int32_t cp;
    const char *word;
} SYMBOLS[] = {
    {'$', "доллар"},      {'%', "пайыз"},     {'&', "және"},        {'+', "плюс"},
    {'=', "тең"},         {'@', "айқұлақ"},   {0x00A3, "фунт"},     {0x00A5, "юань"},
    {0x00A7, "параграф"}, {0x00B0, "градус"}, {0x00D7, "көбейту"},  {0x20AC, "еуро"},
    {0x20B8, "теңге"},    {0x20BD, "рубль"},  {0x2030, "промилле"}, {0x2116, "нөмір"},
    {0x2212, "минус"},
};

const char *dy_kk_symbol_word(int32_t cp)
{
    for (size_t i = 0; i < COUNT(SYMBOLS); i++)
        if (SYMBOLS[i].cp == cp)
            return SYMBOLS[i].word;
    return NULL;
}
