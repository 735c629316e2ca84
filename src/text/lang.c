/* The language of a sentence (see lang.h), from its words: Kazakh-only letters, frequent
 * function words and endings of each language, counted over the sentence, so that one name or
 * one loanword never decides. Kazakh in Cyrillic is the default: the other languages need
 * evidence. */
#include "text/lang.h"

#include <string.h>

#include "kk/tables.h"
#include "text/chars.h"
#include "text/tex.h"
#include "text/utt.h"

/* Frequent Russian words that are not Kazakh words, and abbreviations Kazakh writes otherwise
 * (др, стр, тыс, руб, коп, ул: т.б., б., мың, теңге, тиын, көш.). */
static const char *const RU_WORDS[] = {
    "и",       "в",        "во",       "на",      "что",      "с",        "со",      "по",
    "это",     "как",      "для",      "из",      "к",        "ко",       "у",       "за",
    "но",      "бы",       "его",      "её",      "ее",       "она",      "они",     "мы",
    "вы",      "был",      "была",     "было",    "были",     "так",      "уже",     "только",
    "ещё",     "еще",      "если",     "чтобы",   "когда",    "который",  "которая", "которые",
    "которых", "все",      "всё",      "при",     "также",    "нет",      "году",    "года",
    "год",     "лет",      "этот",     "эта",     "эти",      "этого",    "том",     "тем",
    "чем",     "ему",      "нам",      "вам",     "себя",     "очень",    "можно",   "нужно",
    "надо",    "сейчас",   "потом",    "тогда",   "здесь",    "там",      "где",     "почему",
    "после",   "перед",    "через",    "между",   "под",      "над",      "без",     "до",
    "про",     "об",       "или",      "ни",      "лишь",     "даже",     "ведь",    "вот",
    "тоже",    "меня",     "мне",      "тебя",    "тебе",     "него",     "неё",     "нее",
    "ним",     "них",      "свой",     "своей",   "своих",    "какой",    "такой",   "только",
    "будет",   "есть",     "может",    "сказал",  "сказала",  "говорит",  "время",   "жизни",
    "человек", "люди",     "раз",      "где",     "кто",      "января",   "февраля", "марта",
    "апреля",  "мая",      "июня",     "июля",    "августа",  "сентября", "октября", "ноября",
    "декабря", "этом",     "этой",     "этим",    "гг",       "тот",      "та",      "те",
    "того",    "всех",     "всего",    "которой", "которого", "котором",  "которым", "их",
    "нас",     "вас",      "себе",     "более",   "менее",    "однако",   "хотя",    "поэтому",
    "потому",  "является", "являются", "др",      "стр",      "тыс",      "руб",     "коп",
    "ул",      "адрес",    "этаж",     "мкр",     "кв",       "дом",
};
/* Russian words that are also Kazakh words (он "ten", не "what", от "fire", да, а, же, то):
 * half the weight. */
static const char *const RU_WEAK[] = {"не", "он", "от", "да", "а", "же", "то", "я", "о"};
/* Russian endings no Kazakh word has (reflexive verbs, adjective and pronoun cases). */
static const char *const RU_ENDINGS[] = {
    "ский", "ская", "ское", "ских", "ный",  "ная",  "ное",  "ных", "ной", "ость", "ости",
    "ение", "ения", "ание", "ания", "ство", "ства", "ться", "тся", "лся", "лась", "лось",
    "лись", "ого",  "его",  "ому",  "ему",  "ыми",  "ими",  "ый",  "ает", "яет",  "ует",
    "ется", "ются", "ится", "ые",   "жит",  "шит",  "чит",  "щит", "оит"};
/* The endings and words of a Russian finite verb (the present's third person, the reflexive,
 * the past): no Kazakh word ends so. */
static const char *const RU_VERB_ENDINGS[] = {"ает", "яет",  "ует", "ется", "ются", "ится",
                                              "тся", "ться", "лся", "лась", "лось", "лись",
                                              "жит", "шит",  "чит", "щит",  "оит"};
static const char *const RU_VERBS[] = {"является", "являются", "будет",  "может", "есть",
                                       "был",      "была",     "было",   "были",  "сказал",
                                       "сказала",  "говорит",  "говорят"};

/* Frequent Kazakh words in the 2021 Latin alphabet without its special letters. */
static const char *const KKL_WORDS[] = {
    "jane",  "bul",   "osy",   "ol",     "bar",    "joq",    "emes", "degen", "sol",   "ne",
    "da",    "de",    "ta",    "te",     "eken",   "edi",    "dep",  "biraq", "qazaq", "bolyp",
    "boldy", "keldi", "kele",  "jyly",   "jyl",    "alty",   "jeti", "segiz", "toğyz", "otyz",
    "qyryq", "elu",   "alpys", "jetpis", "seksen", "toqsan", "myñ",  "qala",  "dala",  "halyq",
    "jer",   "su",    "tau",   "mektep", "kitap",  "bala",   "ana",  "ata",   "aqyn",
};
/* Kazakh endings (0.5 each: some English words end so too). */
static const char *const KKL_ENDINGS[] = {
    "lar", "ler", "dar", "der", "tar", "ğa", "qa", "ke", "dan", "tan", "nan", "nen", "yp", "dy",
    "ty", "syz", "myz", "ady", "ymyz", "ğan", "qan", "ken", "tyn", "dyn",
    /* front-vowel and locative forms as plain-ASCII typists write them (jetti, kelgende,
     * chempionatynda, Almatyda, Sportshy) */
    "di", "ti", "nda", "nde", "yda", "shy", "shi", "gende", "ğanda"};
/* Frequent English words that are not Kazakh words in Latin letters. */
static const char *const EN_WORDS[] = {
    "the",  "of",    "and",   "to",   "in",    "is",   "are",  "was",  "were",  "an",
    "for",  "that",  "with",  "it",   "by",    "this", "be",   "from", "or",    "not",
    "have", "has",   "had",   "he",   "she",   "they", "we",   "you",  "i",     "his",
    "her",  "their", "which", "will", "would", "can",  "what", "who",  "there", "been",
    "my",   "your",  "our",   "its",  "if",    "but",  "so",   "all",  "one",   "about",
};

static bool in_list(const char *w, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!strcmp(w, list[k]))
            return true;
    return false;
}

static bool in_list_n(const char *w, size_t len, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strlen(list[k]) == len && !memcmp(w, list[k], len))
            return true;
    return false;
}

static bool ends_with_any(const char *w, size_t len, size_t min_stem, const char *const *list,
                          size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t e = strlen(list[k]);
        if (len >= e + min_stem && !memcmp(w + len - e, list[k], e))
            return true;
    }
    return false;
}

#define N(a) (sizeof(a) / sizeof *(a))

static bool kk_only_cyrillic(int32_t cp)
{
    return cp == 0x04D9 || cp == 0x0493 || cp == 0x049B || cp == 0x04A3 || cp == 0x04E9 ||
           cp == 0x04B1 || cp == 0x04AF || cp == 0x04BB || cp == 0x0456;
}

/* ä ğ ı İ ñ ö ş ū ü, lower case: the letters of the 2021 alphabet that English lacks; and
 * á ǵ ń ó ú ý of the 2018 one (kk/latin.h). */
static bool kk_latin_letter(int32_t cp)
{
    return cp == 0xE4 || cp == 0x11F || cp == 0x131 || cp == 0x130 || cp == 0xF1 || cp == 0xF6 ||
           cp == 0x15F || cp == 0x16B || cp == 0xFC || cp == 0xE1 || cp == 0x1F5 || cp == 0x144 ||
           cp == 0xF3 || cp == 0xFA || cp == 0xFD || cp == 0x219;
}

static bool is_latin(int32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp < 0x250);
}

/* Is an apostrophe after the letter prev, before rest[0..n), a letter of the Kazakh alphabet of
 * 2017 (a' ә, g' ғ, n' ң, o' ө, u' ү, y' ұ, i' і, s' ш, c' ч: "ken'", "s'es'i'm")? Not in an
 * English contraction (n't, I'm, you're, 's, 'll, 've, 'd) or a name (O'Brien). */
static bool apostrophe_2017(int32_t prev, const char *rest, size_t n)
{
    static const char *const EN_TAILS[] = {"t", "s", "m", "d", "re", "ll", "ve"};
    if (!prev || prev >= 0x80 || !strchr("agnouyisc", (int)dy_to_lower(prev)))
        return false;
    if (n > 0 && rest[0] >= 'A' && rest[0] <= 'Z')
        return false; /* O'Brien, D'Artagnan */
    for (size_t k = 0; k < N(EN_TAILS); k++)
        if (n == strlen(EN_TAILS[k]) && !memcmp(rest, EN_TAILS[k], n))
            return false;
    return true;
}

/* The counts over a sentence's words (weights in halves). */
typedef struct counts {
    int words, cyr, lat;
    int kk;     /* Cyrillic words with a Kazakh-only letter */
    int ru2;    /* Russian evidence, in halves */
    int ru_any; /* Russian words of full weight */
    int kkl2;   /* Latin-Kazakh evidence, in halves */
    int kkl_strong;
    int en;
    int ru_verb; /* words of a Russian finite verb's form */
    int names;   /* Cyrillic words with a capital first letter and a small one after */
    int caps;    /* Cyrillic words of capitals only, three letters or more */
    int surname; /* Cyrillic words that end as a surname does (-ов, -ева, -ұлы, -ский …) */
} counts;

/* Counts the word w[0..n); placed: Russian by where it stands (ru_by_place). */
static void count_word(counts *c, const char *w, size_t n, bool placed)
{
    char low[128];
    size_t len = 0;
    bool cyr = false, lat = true, kk = false, kkl = false, ru_letter = false, q_alone = false;
    int32_t prev = 0;
    for (size_t k = 0; k < n;) {
        int32_t cp = dy_utf8_next(w, n, &k);
        if (dy_char_is_apostrophe(cp))
            kkl |= apostrophe_2017(prev, w + k, n - k);
        if (dy_char_is_apostrophe(cp) || dy_is_invisible(cp))
            continue;
        prev = cp;
        int32_t lo = dy_to_lower(cp);
        cyr |= dy_is_cyrillic(cp);
        lat &= is_latin(cp);
        kk |= kk_only_cyrillic(lo);
        kkl |= kk_latin_letter(lo) || cp == 0x130;
        ru_letter |= lo == 0x0451 || lo == 0x044A || lo == 0x0449 || lo == 0x044D;
        if (len + 4 < sizeof low) {
            dy_buf b = {0};
            dy_buf_put_cp(&b, lo);
            memcpy(low + len, b.data, b.len);
            len += b.len;
            dy_buf_fini(&b);
        }
    }
    low[len] = '\0';
    for (size_t k = 0; k < len; k++)
        if (low[k] == 'q' && low[k + 1] != 'u')
            q_alone = true;
    c->words++;
    if (cyr) {
        c->cyr++;
        size_t second = 0;
        int32_t first = dy_utf8_next(w, n, &second);
        int32_t next = second < n ? dy_utf8_next(w, n, &second) : 0;
        c->names += dy_is_upper(first) && next && !dy_is_upper(next);
        c->caps += dy_is_upper(first) && next && dy_is_upper(next) && dy_utf8_count(w, n) >= 3;
        c->surname += dy_char_surname_like(low, len);
        c->kk += kk;
        if (kk)
            return;
        c->ru_verb += in_list(low, RU_VERBS, N(RU_VERBS)) ||
                      ends_with_any(low, len, 2 * 2, RU_VERB_ENDINGS, N(RU_VERB_ENDINGS));
        if (placed || in_list(low, RU_WORDS, N(RU_WORDS)) ||
            ends_with_any(low, len, 2 * 2, RU_ENDINGS, N(RU_ENDINGS))) {
            c->ru2 += 2;
            c->ru_any++;
        } else if (in_list(low, RU_WEAK, N(RU_WEAK)) || ru_letter ||
                   (len > 2 && !strcmp(low + len - 2, "ь"))) {
            c->ru2 += 1;
        }
    } else if (lat) {
        c->lat++;
        if (kkl || q_alone) {
            c->kkl2 += 2;
            c->kkl_strong++;
        } else if (in_list(low, KKL_WORDS, N(KKL_WORDS))) {
            c->kkl2 += 2;
        } else if (ends_with_any(low, len, 2, KKL_ENDINGS, N(KKL_ENDINGS)) || strstr(low, "zh")) {
            c->kkl2 += 1; /* zh is ж in plain ASCII; English has it in names only */
        }
        c->en += in_list(low, EN_WORDS, N(EN_WORDS));
    }
}

/* A Roman numeral ("XV", "XVIII"): a number, not a Latin word. */
static bool roman(const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!strchr("IVXLCDM", w[k]) || !w[k])
            return false;
    return true;
}

static bool ascii_digit(char ch) { return ch >= '0' && ch <= '9'; }

/* Is w a currency code in capitals ("KZT", "USD": units.tsv)? A bank's Kazakh page writes them
 * among its words ("Депозит валютасы: KZT, USD"): they are no English evidence. */
static bool currency_code(const char *w, size_t n)
{
    if (n != 3)
        return false;
    for (size_t k = 0; k < n; k++)
        if (w[k] < 'A' || w[k] > 'Z')
            return false;
    const dy_kk_unit *u = dy_kk_unit_word(w, n);
    return u && u->minor;
}

/* Is text[w] a word that is Russian by where it stands, though Kazakh has it too? "г." ("гг.")
 * after a year, with a space or glued ("от 01.02.2020 г.", "в 1995 г."; Kazakh writes ж., and its
 * "г" after a number is a gram, which no year-like number takes), and "от" before a number ("Приказ
 * от 01.02.2020", "от 5 мая"; the Kazakh "от", fire, stands before no number). */
static bool ru_by_place(const char *text, dy_span span, dy_span w)
{
    size_t n = w.end - w.start;
    const char *s = text + w.start;
    if (((n == 2 && !memcmp(s, "г", 2)) || (n == 4 && !memcmp(s, "гг", 4))) && w.end < span.end &&
        text[w.end] == '.') {
        size_t k = w.start;
        if (k > span.start && text[k - 1] == ' ')
            k--;
        size_t digits = 0;
        while (k > span.start && ascii_digit(text[k - 1]) && digits < 5) {
            k--;
            digits++;
        }
        return digits == 4 && (k == span.start || !ascii_digit(text[k - 1])) &&
               (text[k] == '1' || (text[k] == '2' && text[k + 1] == '0'));
    }
    if (n == 4 && (!memcmp(s, "от", 4) || !memcmp(s, "От", 4))) {
        size_t k = w.end;
        if (k < span.end && text[k] == ' ')
            k++;
        return k > w.end && k < span.end && ascii_digit(text[k]);
    }
    return false;
}

static bool address_char(char ch) { return ch == '.' || ch == '@' || ch == '/' || ch == ':'; }

static bool alnum_ascii(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

bool dy_lang_in_address(const char *text, dy_span span, dy_span word)
{
    bool after =
        word.end + 1 < span.end && address_char(text[word.end]) && alnum_ascii(text[word.end + 1]);
    bool before = word.start >= span.start + 2 && address_char(text[word.start - 1]) &&
                  (alnum_ascii(text[word.start - 2]) || text[word.start - 2] == '/');
    return after || before;
}

/* Latin unit symbols a physics or chemistry line writes (the Cyrillic ones and km, kg, cm, mm, ha,
 * m are in kk/data/units.tsv). */
static const char *const LATIN_UNITS[] = {"s", "h", "g", "l", "ml", "N", "J", "W", "V", "Pa", "Hz"};

/* Is text[w] a word that says nothing of the language: an option letter before ")" ("A) 5 м/с
 * B) 10 м/с"), a capital letter in a comma list of letters, or a unit symbol after a number ("10
 * м", "15 кг") or after a unit and "/" ("м/с": *unit_before tells whether the word before the "/"
 * was one)? A line of test options has no other words, and its language is then the one before it
 * (dy_lang_detect_after). */
static bool no_evidence(const char *text, dy_span span, dy_span w, bool *unit_before)
{
    size_t n = w.end - w.start;
    const char *s = text + w.start;
    bool was_unit = *unit_before;
    *unit_before = false;
    if (dy_utf8_count(s, n) == 1 && w.end < span.end && text[w.end] == ')')
        return true;
    /* a capital letter in a list of letters ("А) І, Ы,Е, И."): a letter, not the word и, в, у */
    if (dy_utf8_count(s, n) == 1) {
        size_t j = 0, b = w.start;
        bool upper = dy_is_upper(dy_utf8_next(s, n, &j));
        while (b > span.start && text[b - 1] == ' ')
            b--;
        if (upper &&
            ((w.end < span.end && text[w.end] == ',') || (b > span.start && text[b - 1] == ',')))
            return true;
    }
    size_t k = w.start;
    bool after = false;
    if (k > span.start && text[k - 1] == '/')
        after = was_unit;
    else {
        if (k > span.start && text[k - 1] == ' ')
            k--;
        after = k > span.start && ascii_digit(text[k - 1]);
    }
    const dy_kk_unit *u = dy_kk_unit_word(s, n);
    bool unit = (u && !u->minor) || (n <= 2 && in_list_n(s, n, LATIN_UNITS, N(LATIN_UNITS)));
    *unit_before = after && unit;
    return *unit_before;
}

/* Is the one-letter word [at, end) a formula's variable: a subscript index or "=" after it ("x₁ =
 * 2", "v = 5"), or a sign of a formula on either side of it ("в = с - 2", "2 + в")? It is no word
 * of a language (the Russian в, с). */
static bool variable_at(const char *text, dy_span span, size_t at, size_t end)
{
    size_t p = at;
    while (p > span.start && text[p - 1] == ' ')
        p--;
    if (p > span.start && p < at && strchr("=+*/<>", text[p - 1]))
        return true;
    size_t j = end;
    while (j < span.end && text[j] == ' ')
        j++;
    if (j > end && j + 1 < span.end && strchr("+-*/<>", text[j]) && text[j + 1] == ' ')
        return true;
    size_t k = end;
    if (k + 2 < span.end && (unsigned char)text[k] == 0xE2 && (unsigned char)text[k + 1] == 0x82 &&
        (unsigned char)text[k + 2] >= 0x80 && (unsigned char)text[k + 2] <= 0x89)
        return true; /* ₀ … ₉ */
    while (k < span.end && k < end + 2 && ascii_digit(text[k]))
        k++; /* an index typed flat: "q1=-20 мкКл" */
    while (k < span.end && text[k] == ' ')
        k++;
    return k < span.end && text[k] == '=';
}

dy_lang dy_lang_detect(const char *text, dy_span span)
{
    return dy_lang_detect_after(text, span, DY_LANG_KK);
}

/* How deep in quotation marks the text after cp is, from depth before it: « „ open, » ” close,
 * “ and " close an open quotation and open one otherwise. */
static int quote_depth(int32_t cp, int depth)
{
    if (cp == 0xAB || cp == 0x201E)
        return depth + 1;
    if (cp == 0xBB || cp == 0x201D)
        return depth > 0 ? depth - 1 : 0;
    if (cp == 0x201C || cp == '"')
        return depth > 0 ? depth - 1 : 1;
    return depth;
}

dy_lang dy_lang_detect_after(const char *text, dy_span span, dy_lang before)
{
    counts c = {0}, q = {0}; /* the whole sentence, and its words in quotation marks */
    int depth = 0;
    bool unit_before = false; /* the last word was a unit symbol after a number */
    size_t i = span.start;
    while (i < span.end) {
        size_t at = i;
        int32_t cp = dy_utf8_next(text, span.end, &i);
        size_t delim;
        size_t tex = cp == '$' || cp == '\\' ? dy_tex_span(text + at, span.end - at, &delim) : 0;
        if (tex) { /* inline TeX: its commands and variables are no language's words */
            i = at + tex;
            continue;
        }
        if (!dy_is_letter(cp)) {
            depth = quote_depth(cp, depth);
            continue;
        }
        size_t end = i; /* the word: letters, with inner apostrophes and invisibles */
        for (size_t j = i; j < span.end;) {
            int32_t n = dy_utf8_next(text, span.end, &j);
            if (dy_is_letter(n) || dy_is_invisible(n) || (n >= 0x0300 && n <= 0x036F) ||
                (dy_char_is_apostrophe(n) && j < span.end))
                end = j;
            else
                break;
        }
        bool placed = ru_by_place(text, span, (dy_span){at, end});
        /* after a digit: a unit ("34с", "5мл") or the next element of a formula ("H₂O") */
        bool unit = !placed && at > span.start &&
                    (ascii_digit(text[at - 1]) ||
                     (at >= span.start + 3 && (unsigned char)text[at - 3] == 0xE2 &&
                      (unsigned char)text[at - 2] == 0x82 && (unsigned char)text[at - 1] >= 0x80 &&
                      (unsigned char)text[at - 1] <= 0x89));
        unit |= !placed && no_evidence(text, span, (dy_span){at, end}, &unit_before);
        if (!unit && !dy_lang_in_address(text, span, (dy_span){at, end}) &&
            !roman(text + at, end - at) && !currency_code(text + at, end - at) &&
            !(dy_utf8_count(text + at, end - at) == 1 && dy_is_upper(cp) && end < span.end &&
              text[end] == '.') && /* an initial: "В.И.Лениннің" */
            !(dy_utf8_count(text + at, end - at) == 1 &&
              ((end + 1 < span.end && text[end] == '.' && (unsigned char)text[end + 1] >= 0x80) ||
               (at > span.start && text[at - 1] == '.'))) && /* a dotted abbreviation: "т.с.с." */
            !(dy_utf8_count(text + at, end - at) == 1 && end < span.end &&
              (text[end] == ')' || text[end] == '\\')) && /* a label: "в) Берке", "с\ Орда" */
            !(dy_utf8_count(text + at, end - at) == 1 && dy_is_upper(cp) && end < span.end &&
              (text[end] == '(' || (end + 1 < span.end && text[end] == ' ' &&
                                    text[end + 1] == '('))) && /* a quantity: "К (туу)" */
            /* a variable before "=", in either script: "x=5", "а = 1, в = 6, с = -7" (the
             * Russian words а, в, с there are letters of a formula) */
            !(dy_utf8_count(text + at, end - at) == 1 && variable_at(text, span, at, end))) {
            count_word(&c, text + at, end - at, placed);
            if (depth > 0)
                count_word(&q, text + at, end - at, placed);
        }
        i = end;
    }
    if (c.kk > q.kk) { /* a Kazakh word outside quotation marks: a quoted Russian title or saying
                          ("Сұлтановтың «Поднятые на белой кошме…»") is no Russian evidence */
        c.ru2 -= q.ru2;
        c.ru_any -= q.ru_any;
    }
    if (c.words == 0) /* a page range, a date, a URL: a Russian sentence before makes it Russian
                         (Latin Kazakh and English read numbers as Kazakh does: nothing to take) */
        return before == DY_LANG_RU ? DY_LANG_RU : DY_LANG_KK;
    /* names alone decide nothing in a line of names and numbers: a match's line "1:0 —
     * Хмелевский (Семёнов, Яшкин) — 30:45" is read in the language of the text around it (a
     * title-case Russian phrase with no number, "Государственное Коммунальное Предприятие",
     * stays Russian) */
    bool digits = false;
    for (size_t k = span.start; k < span.end && !digits; k++)
        digits = ascii_digit(text[k]);
    if (c.cyr >= 2 && c.names == c.cyr && c.lat == 0 && digits)
        return before == DY_LANG_RU ? DY_LANG_RU : DY_LANG_KK;
    /* so in a byline, a name and a surname: "Рашит КАРЕНОВ" */
    if (c.cyr >= 2 && c.cyr <= 3 && c.names + c.caps == c.cyr && c.surname >= 1 && c.lat == 0 &&
        !digits)
        return before == DY_LANG_RU ? DY_LANG_RU : DY_LANG_KK;
    /* Russian: a fifth of the Cyrillic words are Russian words, at least two of full weight
     * (or one, in a sentence half of whose words are Russian), Kazakh-only letters in at most a
     * third of the words and less than half the Russian evidence. A short sentence with one
     * "в" or "на" stays Kazakh: the Kazakh voice reading Russian costs less than the reverse. */
    if (c.cyr >= 3 && (c.ru_any >= 2 || (c.ru_any == 1 && c.ru2 >= c.cyr * 2 / 2)) &&
        c.ru2 * 5 >= c.cyr * 2 && c.kk * 3 <= c.cyr && c.kk * 4 <= c.ru2 && c.cyr * 2 > c.words)
        return DY_LANG_RU;
    /* A short line whose verb is Russian and no word of which has a Kazakh-only letter:
     * Russian, digits or not ("Работа содержит 1 файл", a site's chrome line). A Kazakh
     * sentence ends in a Kazakh verb; a short one with a Russian "на" or "те" and no verb of
     * Russian form stays Kazakh. */
    if (c.kk == 0 && c.cyr >= 2 && c.ru_verb >= 1 && c.cyr * 2 > c.words && c.ru2 * 2 >= c.cyr)
        return DY_LANG_RU;
    /* Too few words to decide, after a Russian sentence: Russian when no word is Kazakh by its
     * letters and half the Cyrillic words are Russian ("— С. 258-261. — URL: … (дата обращения:
     * 18.12.2024)." after a Russian record) */
    if (before == DY_LANG_RU && c.kk == 0 && c.ru_any >= 1 && c.ru2 >= c.cyr)
        return DY_LANG_RU;
    if (c.lat * 2 <= c.words)
        return DY_LANG_KK;
    /* every Latin word in quotation marks, Cyrillic words outside them: names quoted in a Kazakh
     * sentence ("Рейстерді «Fly Arystan», «SCAT» және «Qazaq Air» орындайды") */
    if (q.lat == c.lat && c.cyr > q.cyr)
        return DY_LANG_KK;
    /* Kazakh in Latin letters: most words Latin, a third of them Kazakh by their letters, words
     * or endings, and fewer English words than Kazakh evidence */
    if (c.lat * 5 >= c.words * 3 && c.kkl2 >= 2 && c.kkl2 * 10 >= c.lat * 2 * 3 &&
        c.en * 2 * 2 < c.kkl2 && (c.kkl_strong >= 1 || c.lat >= 3))
        return DY_LANG_KK_LATIN;
    return DY_LANG_EN;
}

const char *dy_lang_tag(dy_lang lang)
{
    switch (lang) {
    case DY_LANG_KK_LATIN: return "kk-Latn";
    case DY_LANG_RU: return "ru";
    case DY_LANG_EN: return "en";
    case DY_LANG_KK: break;
    }
    return "kk";
}

const char *dy_lang_voice(dy_lang lang) { return lang == DY_LANG_RU ? "ru" : NULL; }
