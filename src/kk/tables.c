/* Kazakh word lists (see tables.h). Tables keyed by a string are sorted by their UTF-8 bytes
 * (that is, by code point) so that a reviewer can find an entry and bsearch can too; the word
 * lists are small and searched linearly. */
#include "kk/tables.h"

#include <stdlib.h>
#include <string.h>

#include "kk/numbers.h"

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

/* Months in calendar order. */
static const char *const MONTHS[] = {"қаңтар", "ақпан", "наурыз",   "сәуір", "мамыр",  "маусым",
                                     "шілде",  "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};

const char *dy_kk_month_name(int month)
{
    return month >= 1 && month <= 12 ? MONTHS[month - 1] : NULL;
}

/* Section 10.1: the short month forms of tables (қаң., ақп. ...), written with a period. */
static const char *const MONTH_ABBR[] = {"қаң", "ақп", "нау", "сәу", "мам", "мау",
                                         "шіл", "там", "қыр", "қаз", "қар", "жел"};

int dy_kk_month_abbr(const char *word, size_t n)
{
    for (int m = 0; m < 12; m++)
        if (strlen(MONTH_ABBR[m]) == n && memcmp(MONTH_ABBR[m], word, n) == 0)
            return m + 1;
    return 0;
}

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
    {"Бат.", "Батыс", NULL, false},
    {"Жоғ.", "Жоғарғы", NULL, false},
    {"Орт.", "Орталық", NULL, false}, /* "Орт. Азия" is Орта Азия: normalize.c */
    {"Оңт.", "Оңтүстік", NULL, false},
    {"Солт.", "Солтүстік", NULL, false},
    {"Төм.", "Төменгі", NULL, false},
    {"Шығ.", "Шығыс", NULL, false},
    {"акад.", "академик", NULL, false},
    {"б.з.", "біздің заманымыз", "біздің заманымыздың", false},
    {"б.з.б.", "біздің заманымыздан бұрын", "біздің заманымыздан бұрынғы", false},
    {"б.з.д.", "біздің заманымызға дейін", "біздің заманымызға дейінгі", false},
    {"бат.", "батыс", NULL, false},
    {"биікт.", "биіктігі", NULL, false},
    {"доц.", "доцент", NULL, false},
    {"ж.б.", "және басқалар", NULL, true},
    {"ж.т.б.", "және тағы басқа", NULL, true},
    {"мыс.", "мысалы", NULL, false},
    {"оңт.", "оңтүстік", NULL, false},
    {"п.ғ.к.", "педагогика ғылымдарының кандидаты", NULL, false},
    {"проф.", "профессор", NULL, false},
    {"солт.", "солтүстік", NULL, false},
    {"т.б.", "тағы басқа", NULL, true},
    {"т.б.б.", "тағы басқалар", NULL, true},
    {"т.с.с", "тағы сол сияқты", NULL, true},
    {"т.с.с.", "тағы сол сияқты", NULL, true},
    {"т.т.", "тағы тағылар", NULL, true},
    {"т.ғ.д.", "тарих ғылымдарының докторы", NULL, false},
    {"т.ғ.к.", "тарих ғылымдарының кандидаты", NULL, false},
    {"тереңд.", "тереңдігі", NULL, false},
    {"ф.ғ.д.", "филология ғылымдарының докторы", NULL, false},
    {"ф.ғ.к.", "филология ғылымдарының кандидаты", NULL, false},
    {"шығ.", "шығыс", NULL, false},
    {"қар.", "қараңыз", NULL, false},
};

static int cmp_key(const void *key, const void *entry)
{
    return strcmp((const char *)key, *(const char *const *)entry);
}

const dy_kk_abbr *dy_kk_abbreviation(const char *key, size_t n)
{
    char k[DY_KK_WORD_MAX];
    if (n >= sizeof k)
        return NULL;
    memcpy(k, key, n);
    k[n] = '\0';
    return bsearch(k, ABBREVIATIONS, COUNT(ABBREVIATIONS), sizeof *ABBREVIATIONS, cmp_key);
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
    char k[DY_KK_WORD_MAX];
    if (n >= sizeof k)
        return NULL;
    memcpy(k, word, n);
    k[n] = '\0';
    const pair *p = bsearch(k, ACRONYMS, COUNT(ACRONYMS), sizeof *ACRONYMS, cmp_key);
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
    char b[DY_KK_WORD_MAX];
    size_t len = dy_kk_lower_to(b, sizeof b, word, n);
    if (len == SIZE_MAX)
        return false;
    bool found = false;
    for (size_t i = 0; i < count && !found; i++) {
        size_t k = strlen(stems[i]);
        if (len < k || memcmp(b, stems[i], k) != 0)
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
                chain[j] == DY_KK_LAGAN || chain[j] == DY_KK_LAP)
                found = false;
        if (found && bare)
            *bare = false;
    }
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
    char k[DY_KK_WORD_MAX];
    if (n >= sizeof k)
        return false;
    memcpy(k, word, n);
    k[n] = '\0';
    return bsearch(k, SENTENCE_OPENERS, COUNT(SENTENCE_OPENERS), sizeof *SENTENCE_OPENERS,
                   cmp_key) != NULL;
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
    {'$', "доллар"},          {'%', "пайыз"},          {'&', "және"},
    {'+', "плюс"},            {'<', "кіші"},           {'=', "тең"},
    {'>', "үлкен"},           {'@', "айқұлақ"},        {0x00A3, "фунт стерлинг"},
    {0x00A5, "юань"},         {0x00A7, "параграф"},    {0x00B0, "градус"},
    {0x00B1, "плюс-минус"},   {0x00BC, "төрттен бір"}, {0x00BD, "екіден бір"},
    {0x00BE, "төрттен үш"},   {0x00D7, "көбейту"},     {0x00F7, "бөлу"},
    {0x2030, "промилле"},     {0x20AC, "еуро"},        {0x20B8, "теңге"},
    {0x20BD, "рубль"},        {0x2116, "нөмір"},       {0x2212, "минус"},
    {0x2248, "шамамен"},      {0x2264, "кіші немесе тең"}, {0x2265, "үлкен немесе тең"},
};

const char *dy_kk_symbol_word(int32_t cp)
{
    for (size_t i = 0; i < COUNT(SYMBOLS); i++)
        if (SYMBOLS[i].cp == cp)
            return SYMBOLS[i].word;
    return NULL;
}

/* Section 16 (and 15 for the currency abbreviations), grouped by kind and searched linearly.
 * One-letter keys are case-sensitive (м metre, В volt, А ampere, т tonne); longer ones also match in any case. */
static const dy_kk_unit UNITS[] = {
    {"EUR", "еуро", "цент", false},
    {"USD", "доллар", "цент", false},
    {"А", "ампер", NULL, false},
    {"В", "вольт", NULL, false},
    {"ГБ", "гигабайт", NULL, false},
    {"ГВт", "гигаватт", NULL, false},
    {"Гц", "герц", NULL, false},
    {"КБ", "килобайт", NULL, false},
    {"МБ", "мегабайт", NULL, false},
    {"МВт", "мегаватт", NULL, false},
    {"Вт", "ватт", NULL, false},
    {"г", "грамм", NULL, true},
    {"га", "гектар", NULL, false},
    {"гр", "грамм", NULL, true},
    {"дм", "дециметр", NULL, false},
    {"кВт", "киловатт", NULL, false},
    {"кг", "килограмм", NULL, false},
    {"ккал", "килокалория", NULL, false},
    {"км", "километр", NULL, false},
    {"л", "литр", NULL, false},
    {"м", "метр", NULL, false},
    {"мг", "миллиграмм", NULL, false},
    {"мин", "минут", NULL, true},
    {"мл", "миллилитр", NULL, false},
    {"мм", "миллиметр", NULL, false},
    {"р", "рубль", "тиын", true},
    {"руб", "рубль", "тиын", true},
    {"с", "секунд", NULL, false},
    {"сек", "секунд", NULL, true},
    {"см", "сантиметр", NULL, false},
    {"сағ", "сағат", NULL, true},
    {"т", "тонна", NULL, true},
    {"тг", "теңге", "тиын", true},
    {"теңге", "теңге", "тиын", false},
    {"тәул", "тәулік", NULL, true},
    {"ц", "центнер", NULL, false},
    {"б", "бет", NULL, true},     /* a page count after a number (section 18) */
    {"бб", "беттер", NULL, true}, /* pages */
};

/* Lower-case spellings of the multi-letter units, for text typed in one case (section 16). */
static const pair UNITS_ANY_CASE[] = {
    {"гб", "ГБ"}, {"гвт", "ГВт"}, {"гц", "Гц"},  {"кб", "КБ"},   {"квт", "кВт"}, {"кг", "кг"},
    {"км", "км"}, {"мб", "МБ"},   {"мвт", "МВт"}, {"мм", "мм"}, {"см", "см"},
};

static const dy_kk_unit *unit_exact(const char *word, size_t n)
{
    for (size_t i = 0; i < COUNT(UNITS); i++)
        if (strlen(UNITS[i].key) == n && memcmp(UNITS[i].key, word, n) == 0)
            return &UNITS[i];
    return NULL;
}

const dy_kk_unit *dy_kk_unit_word(const char *word, size_t n)
{
    const dy_kk_unit *u = unit_exact(word, n);
    if (u || dy_utf8_count(word, n) < 2)
        return u;
    char b[DY_KK_WORD_MAX];
    size_t len = dy_kk_lower_to(b, sizeof b, word, n);
    if (len == SIZE_MAX)
        return NULL;
    for (size_t i = 0; i < COUNT(UNITS_ANY_CASE); i++)
        if (strcmp(b, UNITS_ANY_CASE[i].key) == 0)
            return unit_exact(UNITS_ANY_CASE[i].value, strlen(UNITS_ANY_CASE[i].value));
    return NULL;
}

/* Section 15: currency signs, before or after the number. ¥ is ambiguous (юань or иена): юань. */
static const struct {
    int32_t cp;
    dy_kk_unit unit;
} CURRENCY_SIGNS[] = {
    {'$', {"$", "доллар", "цент", false}},          {0x00A3, {"£", "фунт стерлинг", "пенс", false}},
    {0x00A5, {"¥", "юань", NULL, false}},           {0x20AC, {"€", "еуро", "цент", false}},
    {0x20B8, {"₸", "теңге", "тиын", false}},        {0x20BD, {"₽", "рубль", "тиын", false}},
};

const dy_kk_unit *dy_kk_currency_sign(int32_t cp)
{
    for (size_t i = 0; i < COUNT(CURRENCY_SIGNS); i++)
        if (CURRENCY_SIGNS[i].cp == cp)
            return &CURRENCY_SIGNS[i].unit;
    return NULL;
}

/* Section 7.4 rule 1: full unit, currency and measure words (prefixes: тоннаға, метрлік). */
static const char *const MEASURE_WORDS[] = {
    "ампер",  "ватт",     "вольт",    "гектар",   "градус",    "грамм",  "доллар", "еуро",
    "киловатт", "килограмм", "километр", "литр",  "метр",      "миллиметр", "пайыз", "рубль",
    "сантиметр", "теңге", "тиын",     "тонна",    "центнер",   "шақырым",
};

bool dy_kk_is_measure_word(const char *word, size_t n)
{
    return in_list(MEASURE_WORDS, COUNT(MEASURE_WORDS), word, n, true);
}

/* Section 7.4 rule 2: time nouns. Longest first where one is a prefix of another. */
static const char *const TIME_NOUNS[] = {"секунд", "минут", "сағат", "тәулік", "тәуліг",
                                         "күн",    "апта",  "ай"};

size_t dy_kk_time_noun(const char *lower)
{
    for (size_t i = 0; i < COUNT(TIME_NOUNS); i++)
        if (strncmp(lower, TIME_NOUNS[i], strlen(TIME_NOUNS[i])) == 0)
            return strlen(TIME_NOUNS[i]);
    return 0;
}

/* Section 7.6 rule 2: document-part nouns, with the stem changes of 4.4 (бап -> бабы,
 * тармақ -> тармағы). */
static const char *const DOC_NOUNS[] = {
    "абзац",  "баб",      "бап",     "бөлім", "курс",  "параграф", "сыныб",  "сынып",
    "тарау",  "тармағ",   "тармақ",  "тармақша", "тармақшас", "тоб",  "том",   "топ",
    "қосымша",
};

bool dy_kk_is_doc_noun(const char *word, size_t n)
{
    return stem_form(DOC_NOUNS, COUNT(DOC_NOUNS), word, n, NULL);
}

/* Section 7.6 rule 2: counting frames. */
static const char *const COUNTING_VERBS[] = {
    "ашылды", "бар",    "бөлінді", "бөлінеді", "жарық",  "жоқ",    "тұрады",
    "құралады", "құрылды", "қамтиды", "қатысады", "қатысты", "шықты",
};
static const char *const QUANTITY_WORDS[] = {"барлық", "барлығы", "кемінде", "небәрі",
                                             "тек",    "шамамен", "болғаны"};

bool dy_kk_is_counting_verb(const char *word, size_t n)
{
    return in_list(COUNTING_VERBS, COUNT(COUNTING_VERBS), word, n, false);
}

bool dy_kk_is_quantity_word(const char *word, size_t n)
{
    return in_list(QUANTITY_WORDS, COUNT(QUANTITY_WORDS), word, n, false);
}

/* Sections 18 and 18.1: postpositive place abbreviations and the year/century nouns. */
static const dy_kk_place PLACES[] = {
    {"а", "ауыл", true},    {"ауд", "аудан", true}, {"даң", "даңғыл", true}, {"ж", "жыл", false},
    {"көш", "көше", true},  {"обл", "облыс", true}, {"ғ", "ғасыр", false},   {"қ", "қала", true},
};

const dy_kk_place *dy_kk_place_abbr(const char *word, size_t n)
{
    for (size_t i = 0; i < COUNT(PLACES); i++)
        if (strlen(PLACES[i].key) == n && memcmp(PLACES[i].key, word, n) == 0)
            return &PLACES[i];
    return NULL;
}

/* Section 18: language abbreviations. */
static const dy_kk_lang LANGUAGES[] = {
    {"ағыл", "ағылшынша", "ағылшын", false}, {"англ", "ағылшынша", "ағылшын", false},
    {"араб", "арабша", "араб", true},        {"гр", "грекше", "грек", false},
    {"лат", "латынша", "латын", false},      {"нем", "немісше", "неміс", false},
    {"орыс", "орысша", "орыс", true},        {"парс", "парсыша", "парсы", false},
    {"фр", "французша", "француз", false},   {"қыт", "қытайша", "қытай", false},
};

const dy_kk_lang *dy_kk_language_abbr(const char *word, size_t n)
{
    for (size_t i = 0; i < COUNT(LANGUAGES); i++)
        if (strlen(LANGUAGES[i].key) == n && memcmp(LANGUAGES[i].key, word, n) == 0)
            return &LANGUAGES[i];
    return NULL;
}

/* Section 21: top-level domains of bare domain names. */
static const char *const TLDS[] = {"com", "info", "kz", "net", "org", "ru", "su", "uz", "kg",
                                   "edu", "gov", "io", "me", "tv", "uk", "us", "de", "fr"};

bool dy_kk_is_tld(const char *label, size_t n)
{
    char b[16];
    if (n == 0 || n >= sizeof b)
        return false;
    for (size_t i = 0; i < n; i++)
        b[i] = (char)(label[i] >= 'A' && label[i] <= 'Z' ? label[i] + 32 : label[i]);
    b[n] = '\0';
    for (size_t i = 0; i < COUNT(TLDS); i++)
        if (strcmp(b, TLDS[i]) == 0)
            return true;
    return false;
}

/* Section 21 with no_latin_voice: Latin spelling to Cyrillic, digraphs first. A rough reading
 * by English-like rules, enough for the Kazakh voice to say a name ("Windows" -> "уиндоус"). */
static const pair LATIN_DIGRAPHS[] = {
    {"ch", "ч"}, {"ck", "к"}, {"ee", "и"},  {"kh", "х"}, {"oo", "у"}, {"ow", "оу"},
    {"ph", "ф"}, {"qu", "кв"}, {"sh", "ш"}, {"th", "т"}, {"ts", "ц"}, {"zh", "ж"},
};
static const char *const LATIN_LETTERS[26] = {
    "а", "б", "к", "д", "е", "ф", "г", "х", "и", "дж", "к", "л", "м",
    "н", "о", "п", "к", "р", "с", "т", "у", "в", "у", "кс", "й", "з",
};
static const char *const LATIN_NAMES[26] = {
    "эй", "би", "си", "ди", "и", "эф", "джи", "эйч", "ай", "джей", "кей", "эл", "эм",
    "эн", "оу", "пи", "кью", "ар", "эс", "ти", "ю", "ви", "дабл-ю", "экс", "уай", "зет",
};

const char *dy_kk_latin_letter_name(int32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        cp += 32;
    return cp >= 'a' && cp <= 'z' ? LATIN_NAMES[cp - 'a'] : NULL;
}

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
