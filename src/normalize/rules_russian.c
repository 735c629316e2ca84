/* Rules for a Russian sentence (text/lang.h finds it; normalize.c runs this table instead of
 * the Kazakh one, and eSpeak's Russian voice reads the result): numbers as Russian words, a
 * year with "г."/"году" as an ordinal in the case its preposition asks for ("в 1917 г." -> в
 * тысяча девятьсот семнадцатом году), a number before a counted abbreviation agreeing with it
 * ("5 тыс. руб." -> пять тысяч рублей), and the common abbreviations (ул. улица, т.е. то есть).
 * eSpeak's ru voice would read the digits itself, but as "одна тысяча девятьсот семнадцать" and
 * never as an ordinal, and it reads "г." as the letter г. */
#include "normalize/rules.h"

#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"

static const char *const ONES[] = {"",     "один",  "два",  "три",    "четыре",
                                   "пять", "шесть", "семь", "восемь", "девять"};
static const char *const TEENS[] = {"десять",       "одиннадцать", "двенадцать",  "тринадцать",
                                    "четырнадцать", "пятнадцать",  "шестнадцать", "семнадцать",
                                    "восемнадцать", "девятнадцать"};
static const char *const TENS[] = {
    "",          "",           "двадцать",  "тридцать",    "сорок",
    "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"};
static const char *const HUNDREDS[] = {"",        "сто",      "двести",  "триста",    "четыреста",
                                       "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"};
/* Ordinals, masculine nominative */
static const char *const ONES_ORD[] = {"",      "первый", "второй",  "третий",  "четвёртый",
                                       "пятый", "шестой", "седьмой", "восьмой", "девятый"};
static const char *const TEENS_ORD[] = {
    "десятый",     "одиннадцатый", "двенадцатый", "тринадцатый",   "четырнадцатый",
    "пятнадцатый", "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый"};
static const char *const TENS_ORD[] = {"",
                                       "",
                                       "двадцатый",
                                       "тридцатый",
                                       "сороковой",
                                       "пятидесятый",
                                       "шестидесятый",
                                       "семидесятый",
                                       "восьмидесятый",
                                       "девяностый"};
static const char *const HUNDREDS_ORD[] = {
    "",          "сотый",      "двухсотый", "трёхсотый",   "четырёхсотый",
    "пятисотый", "шестисотый", "семисотый", "восьмисотый", "девятисотый"};
/* The genitive prefix of a number of thousands in a compound ordinal: 2000 двухтысячный */
static const char *const THOUSANDS_ORD[] = {"",     "",      "двух", "трёх",   "четырёх",
                                            "пяти", "шести", "семи", "восьми", "девяти"};

/* The form of a counted noun after n: 0 один рубль, 1 два рубля, 2 пять рублей. */
int dy_nr_ru_plural(uint64_t n)
{
    if (n % 100 >= 11 && n % 100 <= 14)
        return 2;
    return n % 10 == 1 ? 0 : n % 10 >= 2 && n % 10 <= 4 ? 1 : 2;
}

static void put(dy_buf *out, const char *w)
{
    if (!*w)
        return;
    if (out->len && out->data[out->len - 1] != ' ')
        dy_buf_putc(out, ' ');
    dy_buf_puts(out, w);
}

/* The genitive forms (от двухсот пятидесяти одного). */
static const char *const ONES_GEN[] = {"",     "одного", "двух", "трёх",   "четырёх",
                                       "пяти", "шести",  "семи", "восьми", "девяти"};
static const char *const TEENS_GEN[] = {"десяти",       "одиннадцати", "двенадцати",  "тринадцати",
                                        "четырнадцати", "пятнадцати",  "шестнадцати", "семнадцати",
                                        "восемнадцати", "девятнадцати"};
static const char *const TENS_GEN[] = {"",
                                       "",
                                       "двадцати",
                                       "тридцати",
                                       "сорока",
                                       "пятидесяти",
                                       "шестидесяти",
                                       "семидесяти",
                                       "восьмидесяти",
                                       "девяноста"};
static const char *const HUNDREDS_GEN[] = {"",           "ста",      "двухсот",  "трёхсот",
                                           "четырёхсот", "пятисот",  "шестисот", "семисот",
                                           "восьмисот",  "девятисот"};

/* n (0 .. 999) as words, in the genitive when gen; feminine: одна, две (тысяча). */
static void say_hundreds(dy_buf *out, unsigned n, bool feminine, bool gen)
{
    put(out, (gen ? HUNDREDS_GEN : HUNDREDS)[n / 100]);
    unsigned t = n % 100;
    if (t >= 10 && t < 20) {
        put(out, (gen ? TEENS_GEN : TEENS)[t - 10]);
        return;
    }
    put(out, (gen ? TENS_GEN : TENS)[t / 10]);
    unsigned o = t % 10;
    if (feminine && o == 1)
        put(out, gen ? "одной" : "одна");
    else if (feminine && o == 2)
        put(out, gen ? "двух" : "две");
    else
        put(out, (gen ? ONES_GEN : ONES)[o]);
}

static const struct scale {
    uint64_t value;
    bool feminine;
    const char *forms[3];
} SCALES[] = {
    {1000000000000ULL, false, {"триллион", "триллиона", "триллионов"}},
    {1000000000ULL, false, {"миллиард", "миллиарда", "миллиардов"}},
    {1000000ULL, false, {"миллион", "миллиона", "миллионов"}},
    {1000ULL, true, {"тысяча", "тысячи", "тысяч"}},
};

/* n as cardinal words in the nominative or the genitive (feminine: its last word agrees with a
 * feminine noun). "1000" is тысяча, not одна тысяча, as a careful reader says a year or a sum. */
static void say_cardinal(dy_buf *out, uint64_t n, bool feminine, bool gen)
{
    if (n == 0) {
        put(out, gen ? "нуля" : "ноль");
        return;
    }
    for (size_t k = 0; k < sizeof SCALES / sizeof *SCALES; k++) {
        uint64_t q = n / SCALES[k].value;
        if (!q)
            continue;
        if (!(q == 1 && SCALES[k].value == 1000))
            say_cardinal(out, q, SCALES[k].feminine, gen);
        /* genitive: одной тысячи, двух тысяч; одного миллиона, пяти миллионов */
        int form = dy_nr_ru_plural(q);
        put(out, SCALES[k].forms[gen ? (form == 0 ? 1 : 2) : form]);
        n %= SCALES[k].value;
    }
    if (n)
        say_hundreds(out, (unsigned)n, feminine, gen);
}

void dy_nr_ru_cardinal(dy_buf *out, uint64_t n, bool feminine)
{
    say_cardinal(out, n, feminine, false);
}

void dy_nr_ru_cardinal_gen(dy_buf *out, uint64_t n, bool feminine)
{
    say_cardinal(out, n, feminine, true);
}

/* The forms an ordinal takes here: masculine singular cases, the plural genitive (also the
 * prepositional: в 1990-х годах), the plural nominative and the feminine nominative. */
typedef enum rcase {
    R_NOM,
    R_GEN,
    R_DAT,
    R_PREP,
    R_PL_GEN,
    R_PL_NOM,
    R_FEM,
    R_FEM_OBL, /* в 1-ой главе: первой */
    R_NEUT,    /* 3-е место: третье */
} rcase;

/* An ordinal (masculine nominative) put into case cs: семнадцатый -> семнадцатом. */
static void put_ordinal(dy_buf *out, const char *nom, rcase cs)
{
    static const char *const HARD[] = {"", "ого", "ому", "ом", "ых", "ые", "ая", "ой", "ое"};
    static const char *const SOFT[] = {"", "его", "ему", "ем", "их", "и", "я", "ей", "е"};
    size_t n = strlen(nom);
    if (cs == R_NOM) {
        put(out, nom);
        return;
    }
    bool soft = n >= 4 && !strcmp(nom + n - 4, "ий");
    if (out->len && out->data[out->len - 1] != ' ')
        dy_buf_putc(out, ' ');
    dy_buf_append(out, nom, n - 4); /* ый, ой, ий are two letters of two bytes */
    dy_buf_puts(out, soft ? "ь" : "");
    dy_buf_puts(out, soft ? SOFT[cs] : HARD[cs]);
}

/* n (1 .. 9999) as an ordinal in case cs: its last non-zero part becomes the ordinal. */
static void say_ordinal(dy_buf *out, uint64_t n, rcase cs)
{
    uint64_t th = n / 1000, rest = n % 1000;
    if (rest == 0) { /* 1000 тысячный, 2000 двухтысячный */
        dy_buf w = {0};
        dy_buf_puts(&w, THOUSANDS_ORD[th % 10]);
        dy_buf_puts(&w, "тысячный");
        put_ordinal(out, w.data, cs);
        dy_buf_fini(&w);
        return;
    }
    if (th)
        dy_nr_ru_cardinal(out, th * 1000, false);
    unsigned h = (unsigned)rest / 100, t = (unsigned)rest % 100;
    if (t == 0) {
        put_ordinal(out, HUNDREDS_ORD[h], cs);
        return;
    }
    put(out, HUNDREDS[h]);
    if (t >= 10 && t < 20) {
        put_ordinal(out, TEENS_ORD[t - 10], cs);
    } else if (t % 10 == 0) {
        put_ordinal(out, TENS_ORD[t / 10], cs);
    } else {
        put(out, TENS[t / 10]);
        put_ordinal(out, ONES_ORD[t % 10], cs);
    }
}

/* The lower-case word at token i into b (for comparisons). */
static const char *lower(const nctx *c, size_t i, dy_buf *b)
{
    dy_buf_clear(b);
    for (size_t k = 0; k < tlen(c, i);)
        dy_buf_put_cp(b, dy_to_lower(dy_utf8_next(tstr(c, i), tlen(c, i), &k)));
    return dy_buf_str(b);
}

static bool word_is(const nctx *c, size_t i, const char *const *list, size_t n)
{
    if (!is_word(c, i))
        return false;
    dy_buf b = {0};
    bool found = dy_nc_in_set(lower(c, i, &b), list, n);
    dy_buf_fini(&b);
    return found;
}

/* The months in the genitive, as a date says them (5 мая). */
static const char *const MONTHS[] = {"января",   "февраля", "марта",  "апреля",
                                     "мая",      "июня",    "июля",   "августа",
                                     "сентября", "октября", "ноября", "декабря"};

/* Is token i a month name in any case (январь, января, январе; май, мая, мае)? */
static bool month_word(const nctx *c, size_t i)
{
    static const char *const STEMS[] = {"январ",  "феврал",  "март",   "апрел", "июн",   "июл",
                                        "август", "сентябр", "октябр", "ноябр", "декабр"};
    static const char *const MAY[] = {"май", "мая", "мае"};
    if (!is_word(c, i) || letters(c, i) > 8)
        return false;
    if (word_is(c, i, MAY, COUNT(MAY)))
        return true;
    dy_buf b = {0};
    const char *w = lower(c, i, &b);
    bool found = false;
    for (size_t k = 0; k < COUNT(STEMS) && !found; k++)
        found = !strncmp(w, STEMS[k], strlen(STEMS[k])) && strlen(w) <= strlen(STEMS[k]) + 4;
    dy_buf_fini(&b);
    return found;
}

/* The case a preposition before token i asks for; after a month the year is genitive ("19
 * августа 2013 г.", "февраль 2022 г." -> две тысячи двадцать второго года). */
static rcase case_before(const nctx *c, size_t i)
{
    static const char *const PREP[] = {"в", "во", "о", "об", "при"};
    static const char *const GEN[] = {"с",  "со",     "до",    "от",       "после", "около",
                                      "из", "начала", "конца", "середины", "года"};
    static const char *const DAT[] = {"к", "ко"};
    if (i == 0)
        return R_NOM;
    if (word_is(c, i - 1, PREP, COUNT(PREP)))
        return R_PREP;
    if (word_is(c, i - 1, GEN, COUNT(GEN)) || month_word(c, i - 1))
        return R_GEN;
    if (word_is(c, i - 1, DAT, COUNT(DAT)))
        return R_DAT;
    return R_NOM;
}

bool dy_nr_ru_gen_before(const nctx *c, size_t i)
{
    static const char *const GEN[] = {"от",    "до",     "около", "более",  "менее",
                                      "свыше", "из",     "без",   "для",    "после",
                                      "кроме", "против", "среди", "вместо", "у"};
    static const char *const FROM[] = {"с", "со"};
    static const char *const TO[] = {"до"};
    if (i == 0 || !is_word(c, i - 1))
        return false;
    if (word_is(c, i - 1, GEN, COUNT(GEN)))
        return true;
    if (!word_is(c, i - 1, FROM, COUNT(FROM)))
        return false;
    for (size_t k = i + 1; k < c->n && k <= i + 6; k++) /* "с 10 до 18", "с 9:00 до 18:00" */
        if (word_is(c, k, TO, 1))
            return true;
    return false;
}

/* "г" or "гг" with its period at token k: how many tokens (0: none). Glued to a year of four
 * digits too ("1995г."); a shorter number glued to г is grams. */
static size_t year_abbr(const nctx *c, size_t k, bool *plural)
{
    if (!is_word(c, k) || !(tok_is(c, k, "г") || tok_is(c, k, "гг")) ||
        !(spaced(c, k) || (k > 0 && is_num(c, k - 1) && tlen(c, k - 1) == 4)))
        return 0;
    *plural = tok_is(c, k, "гг");
    return tok_is(c, k + 1, ".") && glued(c, k + 1) ? 2 : 1;
}

static bool year_value(const nctx *c, size_t i, uint64_t *v)
{
    if (!is_num(c, i) || tlen(c, i) > 4 || tstr(c, i)[0] == '0')
        return false;
    *v = dy_nc_num_value(c, i);
    return *v >= 1 && *v <= 2999;
}

/* A year: "в 1917 г." -> в тысяча девятьсот семнадцатом году, "1941–1945 гг." -> тысяча
 * девятьсот сорок первый — тысяча девятьсот сорок пятый годы, "в 1917 году" (the noun written
 * out: the ordinal agrees with it); a bare year after a month is its genitive ordinal with года
 * ("29 марта 2013", "в марте 2013" -> две тысячи тринадцатого года). */
size_t dy_nr_ru_year(nctx *c, size_t i, const char *name)
{
    uint64_t a, b = 0;
    if (!year_value(c, i, &a))
        return 0;
    size_t k = i + 1;
    bool range = false, plural = false, month_year = false;
    if (is_dash(c, k) && year_value(c, k + 1, &b) && b > a) {
        range = true;
        k += 2;
    }
    static const char *const NOUN_PREP[] = {"году", "годах"};
    static const char *const NOUN_GEN[] = {"года", "годов"};
    static const char *const NOUN_NOM[] = {"год", "годы"};
    rcase cs = case_before(c, i);
    size_t abbr = year_abbr(c, k, &plural);
    const char *noun = NULL;
    if (abbr && !range && !plural && tlen(c, i) < 4 && cs == R_NOM)
        return 0; /* "500 г. муки" is grams; "в 988 г." a year */
    if (abbr) {
        static const char *const SG[] = {"год", "года", "году", "году"};
        static const char *const PL[] = {"годы", "годов", "годам", "годах"};
        plural |= range;
        noun = plural ? PL[cs] : SG[cs];
    } else if (word_is(c, k, NOUN_PREP, 2) && spaced(c, k)) {
        cs = cs == R_DAT ? R_DAT : R_PREP;
    } else if (word_is(c, k, NOUN_GEN, 2) && spaced(c, k)) {
        cs = R_GEN;
    } else if (word_is(c, k, NOUN_NOM, 2) && spaced(c, k)) {
        cs = R_NOM;
    } else if (!range && i > 0 && tlen(c, i) == 4 && spaced(c, i) && month_word(c, i - 1)) {
        month_year = true; /* "29 марта 2013": the genitive ordinal, and года is said */
        cs = R_GEN;
    } else {
        return 0;
    }
    dy_buf out = {0};
    say_ordinal(&out, a, cs);
    dy_nc_emit_words(c, out.data, tok(c, i)->src, name, tok(c, i)->space_before);
    if (range) {
        dy_nc_emit(c, "\u2014", tok(c, i + 1)->src, name, true);
        dy_buf_clear(&out);
        say_ordinal(&out, b, cs);
        dy_nc_emit_words(c, out.data, tok(c, i + 2)->src, name, true);
    }
    dy_buf_fini(&out);
    if (month_year)
        dy_nc_emit(c, "года", tok(c, i)->src, name, true);
    if (!abbr)
        return k - i; /* the noun is read by the word rule */
    dy_nc_emit(c, noun, dy_nc_span_of(c, k, k + abbr - 1), name, true);
    if (abbr == 2)
        dy_nc_final_period(c, k + 1);
    return k + abbr - i;
}

/* A day of a month: "5 мая" -> пятого мая (the ordinal in the genitive, as dates are read); a
 * numeric date "12.05.2019" (also before "г.") -> двенадцатого мая две тысячи девятнадцатого
 * года. */
size_t dy_nr_ru_date(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 2)
        return 0;
    uint64_t v = dy_nc_num_value(c, i), m = 0, y = 0;
    bool numeric = dy_nc_glued_sep(c, i + 1, ".") && is_num(c, i + 2) && tlen(c, i + 2) == 2 &&
                   dy_nc_glued_sep(c, i + 3, ".") && is_num(c, i + 4) && tlen(c, i + 4) == 4;
    if (numeric) {
        m = dy_nc_num_value(c, i + 2);
        y = dy_nc_num_value(c, i + 4);
    }
    if (v < 1 || v > 31 ||
        (numeric ? m < 1 || m > 12 || y < 1000
                 : !spaced(c, i + 1) || !word_is(c, i + 1, MONTHS, COUNT(MONTHS))))
        return 0;
    dy_buf out = {0};
    say_ordinal(&out, v, R_GEN);
    size_t used = 1;
    if (numeric) {
        put(&out, MONTHS[m - 1]);
        say_ordinal(&out, y, R_GEN);
        put(&out, "года");
        used = 5;
        if (tok_is(c, i + 5, "г")) /* "12.05.2019 г.", "12.05.2019г.": года is said */
            used += 1 + (tok_is(c, i + 6, ".") && glued(c, i + 6));
    }
    dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, i + used - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&out);
    if (used == 7)
        dy_nc_final_period(c, i + 6);
    return used;
}

/* A century in Roman numerals before век or its abbreviation: "в XIX веке" -> в девятнадцатом
 * веке, "XV–XVI века" -> пятнадцатый — шестнадцатый века, "в XIX в." -> в девятнадцатом веке,
 * "в XV–XVI вв." -> в пятнадцатом — шестнадцатом веках. The ordinal agrees with the written noun,
 * or takes the case of the preposition before it when the noun is abbreviated. */
size_t dy_nr_ru_century(nctx *c, size_t i, const char *name)
{
    bool simple;
    int a = dy_nc_roman_value(c, i, &simple), b = 0;
    if (a < 1 || a > 30)
        return 0;
    size_t k = i + 1;
    if (is_dash(c, k) && (b = dy_nc_roman_value(c, k + 1, &simple)) > a && b <= 30)
        k += 2;
    else
        b = 0;
    static const char *const SG[] = {"век", "века", "веку", "веке"};
    static const char *const PL[] = {"века", "веков", "векам", "веках"};
    static const char *const ABBR[] = {"в", "вв"};
    if (!spaced(c, k) || !is_word(c, k))
        return 0;
    rcase cs = R_NOM;
    size_t abbr = 0;
    if (word_is(c, k, ABBR, COUNT(ABBR)) && tok_is(c, k + 1, ".") && glued(c, k + 1)) {
        cs = case_before(c, i);
        abbr = 2;
    } else {
        bool found = false; /* "века" is a singular genitive, or after a range a plural */
        for (int f = 0; f < 4 && !found; f++)
            if (word_is(c, k, &SG[f], 1) && !(f == 1 && b))
                cs = (rcase)f, found = true;
        for (int f = 0; f < 4 && !found; f++)
            if (word_is(c, k, &PL[f], 1))
                cs = (rcase)f, found = true;
        if (!found)
            return 0;
    }
    dy_buf out = {0};
    say_ordinal(&out, (uint64_t)a, cs);
    dy_nc_emit_words(c, out.data, tok(c, i)->src, name, tok(c, i)->space_before);
    if (b) {
        dy_nc_emit(c, "\u2014", tok(c, i + 1)->src, name, true);
        dy_buf_clear(&out);
        say_ordinal(&out, (uint64_t)b, cs);
        dy_nc_emit_words(c, out.data, tok(c, i + 2)->src, name, true);
    }
    dy_buf_fini(&out);
    if (!abbr)
        return k - i; /* the noun is read by the word rule */
    bool plural = b || tok_is(c, k, "вв");
    dy_nc_emit(c, plural ? PL[cs] : SG[cs], dy_nc_span_of(c, k, k + 1), name, true);
    dy_nc_final_period(c, k + 1);
    return k + 2 - i;
}

/* An ordinal with its ending written after a hyphen: "1917-м году" -> тысяча девятьсот
 * семнадцатом году, "в 1990-х" -> в тысяча девятьсот девяностых, "1-я" -> первая. */
size_t dy_nr_ru_ordinal(nctx *c, size_t i, const char *name)
{
    static const struct {
        const char *ending;
        rcase cs;
    } ENDINGS[] = {{"й", R_NOM},    {"ый", R_NOM},    {"ой", R_FEM_OBL}, {"ий", R_NOM},
                   {"го", R_GEN},   {"ого", R_GEN},   {"его", R_GEN},    {"му", R_DAT},
                   {"ому", R_DAT},  {"ему", R_DAT},   {"м", R_PREP},     {"ом", R_PREP},
                   {"ем", R_PREP},  {"х", R_PL_GEN},  {"ых", R_PL_GEN},  {"их", R_PL_GEN},
                   {"е", R_PL_NOM}, {"ые", R_PL_NOM}, {"я", R_FEM},      {"ая", R_FEM}};
    /* a bare number before the noun it ranks, a school year or a course ("9 класс", "2 курс"):
     * the masculine ordinal in the noun's case */
    static const struct {
        const char *noun;
        rcase cs;
    } RANKED[] = {{"класс", R_NOM}, {"класса", R_GEN}, {"классе", R_PREP}, {"классов", R_PL_GEN},
                  {"курс", R_NOM},  {"курса", R_GEN},  {"курсе", R_PREP}};
    if (is_num(c, i) && tlen(c, i) <= 2 && tstr(c, i)[0] != '0' && spaced(c, i + 1))
        for (size_t k = 0; k < COUNT(RANKED); k++)
            if (dy_nc_word_in(c, i + 1, &RANKED[k].noun, 1) && dy_nc_num_value(c, i) <= 11) {
                dy_buf out = {0};
                say_ordinal(&out, dy_nc_num_value(c, i), RANKED[k].cs);
                dy_nc_emit_words(c, out.data, tok(c, i)->src, name, tok(c, i)->space_before);
                dy_buf_fini(&out);
                return 1;
            }
    if (!is_num(c, i) || tlen(c, i) > 4 || tstr(c, i)[0] == '0' || !tok_is(c, i + 1, "-") ||
        !glued(c, i + 1) || !is_word(c, i + 2) || !glued(c, i + 2))
        return 0;
    for (size_t k = 0; k < COUNT(ENDINGS); k++) {
        if (!tok_is(c, i + 2, ENDINGS[k].ending))
            continue;
        uint64_t v = dy_nc_num_value(c, i);
        rcase cs = ENDINGS[k].cs;
        if (cs == R_PL_NOM && (v % 10 || v < 10))
            cs = R_NEUT; /* 90-е годы, but 3-е место */
        dy_buf out = {0};
        say_ordinal(&out, v, cs);
        dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, i + 2), name, tok(c, i)->space_before);
        dy_buf_fini(&out);
        return 3;
    }
    return 0;
}

/* Abbreviations read with a number before them, in the form the number asks for. */
static const struct counted {
    const char *abbr; /* without its period */
    bool feminine;
    const char *forms[3];
} COUNTED[] = {
    {"тыс", true, {"тысяча", "тысячи", "тысяч"}},
    {"млн", false, {"миллион", "миллиона", "миллионов"}},
    {"млрд", false, {"миллиард", "миллиарда", "миллиардов"}},
    {"трлн", false, {"триллион", "триллиона", "триллионов"}},
    {"руб", false, {"рубль", "рубля", "рублей"}},
    {"коп", true, {"копейка", "копейки", "копеек"}},
    {"чел", false, {"человек", "человека", "человек"}},
    {"км", false, {"километр", "километра", "километров"}},
    {"кг", false, {"килограмм", "килограмма", "килограммов"}},
    {"м", false, {"метр", "метра", "метров"}},
    {"см", false, {"сантиметр", "сантиметра", "сантиметров"}},
    {"мм", false, {"миллиметр", "миллиметра", "миллиметров"}},
    {"г", false, {"грамм", "грамма", "граммов"}}, /* after a number the year rule left */
};

static const struct counted *counted_at(const nctx *c, size_t k)
{
    for (size_t j = 0; is_word(c, k) && j < COUNT(COUNTED); j++)
        if (tok_is(c, k, COUNTED[j].abbr))
            return &COUNTED[j];
    return NULL;
}

/* The time after "/" of a unit ratio, said "в" + the accusative: "5 м/с" -> пять метров в
 * секунду, "60 км/ч" -> шестьдесят километров в час (never the Kazakh немесе of a word "/"). */
static const char *per_time(const nctx *c, size_t k)
{
    static const char *const PER[][2] = {{"с", "в секунду"},  {"сек", "в секунду"},
                                         {"ч", "в час"},      {"час", "в час"},
                                         {"мин", "в минуту"}, {"сут", "в сутки"}};
    if (!tok_is(c, k, "/") || !glued(c, k) || !glued(c, k + 1))
        return NULL;
    for (size_t j = 0; j < COUNT(PER); j++)
        if (tok_is(c, k + 1, PER[j][0]))
            return PER[j][1];
    return NULL;
}

static const char *const ONES_DIGIT[] = {"ноль", "один",  "два",  "три",    "четыре",
                                         "пять", "шесть", "семь", "восемь", "девять"};

/* "19,4" (tokens i .. i + 2) as a Russian decimal: the whole part and the fraction are feminine
 * (одна целая, две десятых) and the fraction is named by its digits (десятых .. миллионных). */
static size_t ru_decimal(nctx *c, size_t i, const char *name)
{
    static const char *const PARTS[][2] = {
        {"десятая", "десятых"},         {"сотая", "сотых"},
        {"тысячная", "тысячных"},       {"десятитысячная", "десятитысячных"},
        {"стотысячная", "стотысячных"}, {"миллионная", "миллионных"},
    };
    uint64_t whole = dy_nc_num_value(c, i), frac = dy_nc_num_value(c, i + 2);
    bool one_whole = whole % 10 == 1 && whole % 100 != 11, one = frac % 10 == 1 && frac % 100 != 11;
    dy_buf out = {0};
    dy_nr_ru_cardinal(&out, whole, true);
    put(&out, one_whole ? "целая" : "целых");
    dy_nr_ru_cardinal(&out, frac, true);
    put(&out, PARTS[tlen(c, i + 2) - 1][one ? 0 : 1]);
    dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, i + 2), name, tok(c, i)->space_before);
    dy_buf_fini(&out);
    return 3;
}

/* A whole number as Russian words ("1 000 000" in groups of thousands too), agreeing with a
 * counted abbreviation after it ("5 тыс. руб." -> пять тысяч рублей; after a scale word the unit
 * is always genitive plural); the dash of a range after it is said as a dash pause. */
size_t dy_nr_ru_number(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i))
        return 0;
    if (tlen(c, i) > 15 || (tlen(c, i) > 1 && tstr(c, i)[0] == '0')) { /* a code: digit by digit */
        dy_buf out = {0};
        for (size_t k = 0; k < tlen(c, i); k++)
            put(&out, ONES_DIGIT[tstr(c, i)[k] - '0']);
        dy_nc_emit_words(c, out.data, tok(c, i)->src, name, tok(c, i)->space_before);
        dy_buf_fini(&out);
        return 1;
    }
    bool point = tok_is(c, i + 1, ".") && !(tok_is(c, i + 3, ".") && is_num(c, i + 4));
    if ((tok_is(c, i + 1, ",") || point) && glued(c, i + 1) && is_num(c, i + 2) &&
        glued(c, i + 2) && tlen(c, i + 2) <= 6) /* 19,4 or 35.0 -> девятнадцать целых четыре
                                                 * десятых */
        return ru_decimal(c, i, name);
    uint64_t v = dy_nc_num_value(c, i);
    size_t last = i; /* groups of thousands: "1 000 000" (not a phone number's "8 701 123 45") */
    while (tlen(c, i) <= 3 && is_num(c, last + 1) && spaced(c, last + 1) &&
           tlen(c, last + 1) == 3 && v < 1000000000000ULL)
        v = v * 1000 + dy_nc_num_value(c, ++last);
    if (last > i && ((is_num(c, last + 1) && spaced(c, last + 1)) ||
                     ((tok_is(c, last + 1, ",") || tok_is(c, last + 1, ".")) &&
                      is_num(c, last + 2) && glued(c, last + 2)))) {
        last = i; /* more numbers, or a fraction: not one number in groups */
        v = dy_nc_num_value(c, i);
    }
    size_t k = last + 1;
    bool gen = dy_nr_ru_gen_before(c, i); /* от пяти тысяч рублей, до двух килограммов */
    int form = dy_nr_ru_plural(v);
    if (gen)
        form = form == 0 ? 1 : 2;
    dy_buf out = {0};
    const struct counted *unit = k < c->n ? counted_at(c, k) : NULL; /* "5 кг", "500г" */
    say_cardinal(&out, v, unit && unit->feminine, gen);
    dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, last), name, tok(c, i)->space_before);
    while (unit) {
        size_t period = tok_is(c, k + 1, ".") && glued(c, k + 1);
        dy_nc_emit(c, unit->forms[form], dy_nc_span_of(c, k, k + period), name, true);
        if (period)
            dy_nc_final_period(c, k + 1);
        k += 1 + period;
        const char *per = period ? NULL : per_time(c, k);
        if (per) {
            dy_nc_emit_words(c, per, dy_nc_span_of(c, k, k + 1), name, true);
            k += 2;
            break;
        }
        form = 2; /* пять тысяч рублей, две тысячи рублей */
        unit = spaced(c, k) ? counted_at(c, k) : NULL;
    }
    if (k == last + 1 && is_dash(c, k) && is_num(c, k + 1) && tlen(c, k + 1) <= 15 &&
        dy_nc_num_value(c, k + 1) > v) { /* a range: "С. 258-261" -> двести пятьдесят восемь —
                                          * двести шестьдесят один */
        dy_nc_emit(c, "\u2014", tok(c, k)->src, name, true);
        dy_buf_clear(&out);
        say_cardinal(&out, dy_nc_num_value(c, k + 1), false, gen);
        dy_nc_emit_words(c, out.data, tok(c, k + 1)->src, name, true);
        k += 2;
    }
    dy_buf_fini(&out);
    return k - i;
}

/* Is token i after a preposition of place (в, во, на, о, об, при)? */
static bool prep_before(const nctx *c, size_t i)
{
    static const char *const PLACE[] = {"на"};
    return case_before(c, i) == R_PREP || (i > 0 && word_is(c, i - 1, PLACE, 1));
}

/* An abbreviation of src/kk/data/russian_abbreviations.tsv read on its own ("т.е." -> то есть); a
 * noun in its prepositional form after в, на, о, при ("на ул. Абая" -> на улице Абая). */
size_t dy_nr_ru_abbreviation(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || letters(c, i) > 5)
        return 0;
    dy_buf key = {0}, low = {0};
    size_t best = 0;
    const char *words = NULL;
    for (size_t k = i; k < i + 6 && is_word(c, k); k += 2) {
        if (k > i && letters(c, k) > 2)
            break;
        dy_buf_puts(&key, lower(c, k, &low));
        bool period = tok_is(c, k + 1, ".") && glued(c, k + 1);
        if (period)
            dy_buf_putc(&key, '.');
        const dy_kk_abbr *a = dy_kk_ru_abbreviation(key.data, key.len);
        if (a) {
            best = k + period + 1 - i;
            words = a->attributive && prep_before(c, i) ? a->attributive : a->words;
        }
        if (!period)
            break;
    }
    dy_buf_fini(&key);
    dy_buf_fini(&low);
    if (!words)
        return 0;
    dy_nc_emit_words(c, words, dy_nc_span_of(c, i, i + best - 1), name, tok(c, i)->space_before);
    dy_nc_final_period(c, i + best - 1);
    return best;
}

/* An initial: one capital letter and its period before a name or another initial ("А. С.
 * Пушкин", "А.С.Пушкин"): the letter alone, which eSpeak's ru voice reads by its name. */
size_t dy_nr_ru_initial(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || letters(c, i) != 1 || !dy_is_upper(first_cp(c, i)) ||
        !tok_is(c, i + 1, ".") || !glued(c, i + 1) || !starts_upper(c, i + 2))
        return 0;
    char letter[8] = {0};
    memcpy(letter, tstr(c, i), tlen(c, i) < 7 ? tlen(c, i) : 7);
    dy_nc_emit(c, letter, dy_nc_span_of(c, i, i + 1), name, tok(c, i)->space_before);
    return 2;
}
