/* Character classes shared by the splitter, the tokenizer and the normalizer (see chars.h):
 * dashes, terminators, quotes, apostrophes and the look-alike letters of section 3.1. Before
 * this module each stage had its own sets and they disagreed (a figure dash ‒ ended a dialogue
 * line for the splitter but was dropped from a year range by the normalizer). */
#include "text/chars.h"

#include <string.h>

#include <stddef.h>

#include "core/util.h"

#define COUNT(a) (sizeof(a) / sizeof *(a))

bool dy_char_is_dash(int32_t cp)
{
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) /* ‐ ‑ ‒ – — ― */ || cp == 0x2E3A /* ⸺ */ ||
           cp == 0x2E3B /* ⸻ */ || cp == 0xFE58 /* ﹘ */ || cp == 0xFE63 /* ﹣ */ ||
           cp == 0xFF0D /* － */;
}

int32_t dy_char_terminator_mark(int32_t cp)
{
    switch (cp) {
    case '.': return '.';
    case 0x2026: return 0x2026; /* … */
    case '!':
    case 0x203C: /* ‼ */
    case 0x2049: /* ⁉ */
    case 0xFE57: /* ﹗ */
    case 0xFF01: /* ！ */ return '!';
    case '?':
    case 0x2047: /* ⁇ */
    case 0x2048: /* ⁈ */
    case 0x203D: /* ‽ */
    case 0xFE56: /* ﹖ */
    case 0xFF1F: /* ？ */ return '?';
    default: return 0;
    }
}

bool dy_char_is_terminator(int32_t cp) { return dy_char_terminator_mark(cp) != 0; }

bool dy_char_is_quote_open(int32_t cp)
{
    switch (cp) {
    case '"':
    case '\'':
    case 0x00AB: /* « */
    case 0x2018: /* ‘ */
    case 0x201A: /* ‚ */
    case 0x201C: /* “ */
    case 0x201E: /* „ */
    case 0x201F: /* ‟ */
    case 0x2039: /* ‹ */ return true;
    default: return false;
    }
}

bool dy_char_is_quote_close(int32_t cp)
{
    switch (cp) {
    case '"':
    case '\'':
    case 0x00BB: /* » */
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201C: /* “ */
    case 0x201D: /* ” */
    case 0x203A: /* › */ return true;
    default: return false;
    }
}

bool dy_char_is_apostrophe(int32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2018;
}

/* Latin look-alikes and the Cyrillic letters they stand for (section 3 step 1). */
static const int32_t HOMOGLYPHS[][2] = {
    {'i', 0x0456},    {'I', 0x0406},    {0x0259, 0x04D9}, {0x01DD, 0x04D9}, {0x018F, 0x04D8},
    {'a', 0x0430},    {'c', 0x0441},    {'e', 0x0435},    {'o', 0x043E},    {'p', 0x0440},
    {'x', 0x0445},    {'y', 0x0443},    {'A', 0x0410},    {'B', 0x0412},    {'C', 0x0421},
    {'E', 0x0415},    {'H', 0x041D},    {'K', 0x041A},    {'M', 0x041C},    {'O', 0x041E},
    {'P', 0x0420},    {'T', 0x0422},    {'X', 0x0425},    {0x0457, 0x0456}, {'h', 0x04BB},
    {0x04DB, 0x04E9}, {0x04DA, 0x04E8}, {0x0405, 0x0421}, {0x0455, 0x04D9}, {0x045C, 0x049B},
    {0x040C, 0x049A}, {0x0454, 0x0493}, {0x0404, 0x0492}, {0x0491, 0x04E9}, {0x0490, 0x04E8},
    {0x045E, 0x04B1}, {0x040E, 0x04B0}, {'Y', 0x04AE},    {0x04A7, 0x04B1}, {0x04A6, 0x04B0},
    {0x04A5, 0x04AF}, {0x04A4, 0x04AE}, {0x045A, 0x04A3}, {0x040A, 0x04A2}, {0x045B, 0x049B},
    {0x040B, 0x049A}, {0x045F, 0x04B1}, {0x040F, 0x04B0}, {0x0459, 0x04AF}, {0x0409, 0x04AE},
    {0x0453, 0x04A3}, {0x0403, 0x04A2},
};
/* Beyond the Latin ones: h typed for һ without a Kazakh layout ("Гауhартас"); the letters a
 * Kazakh PDF font maps to ө, ұ, ү (ӛ, ҧ, ҥ: "тӛрт", "қҧрылғы", "жҥйе"); the letters of other
 * Cyrillic alphabets that old Kazakh fonts put for Kazakh ones ("Салыќ жѕне бюджетке тґленетін …
 * жылєы": ќ қ, ѕ ә, ґ ө, є ғ, ў ұ, њ ң: "Газдыњ"; another font's ћ қ, џ ұ, љ ү, ѓ ң:
 * "Ћазаћстан", "Атамџра"); a capital Ѕ is the S it looks like ("МЅК-64", a seismic scale). The
 * signs such a font puts for letters (± ұ, µ ө, ¥ Ұ) are repaired as the text is read
 * (core/util.c).
 */

int32_t dy_char_fold_homoglyph(int32_t cp)
{
    for (size_t i = 0; i < COUNT(HOMOGLYPHS); i++)
        if (HOMOGLYPHS[i][0] == cp)
            return HOMOGLYPHS[i][1];
    return cp;
}

/* A Kazakh vowel letter, either case (у, the glide of "дәуір", counts as a consonant here). */
static bool kazakh_vowel(int32_t cp)
{
    static const int32_t V[] = {0x0430, 0x04D9, 0x0435, 0x0451, 0x0438, 0x043E, 0x04E9,
                                0x04B1, 0x04AF, 0x044B, 0x0456, 0x044D, 0x044E, 0x044F,
                                0x0410, 0x04D8, 0x0415, 0x0401, 0x0418, 0x041E, 0x04E8,
                                0x04B0, 0x04AE, 0x042B, 0x0406, 0x042D, 0x042E, 0x042F};
    for (size_t i = 0; i < COUNT(V); i++)
        if (V[i] == cp)
            return true;
    return false;
}

/* A word's vowel harmony, its ambiguous letters left out: 1 when its vowels are all back (а о ұ
 * ы), -1 when all front (ә е і ө ү), 0 when mixed or none. */
static int harmony(const char *word, size_t n)
{
    bool back = false, front = false;
    for (size_t k = 0; k < n;) {
        int32_t c = dy_to_lower(dy_utf8_next(word, n, &k));
        back |= c == 0x0430 || c == 0x043E || c == 0x04B1 || c == 0x044B;
        front |= c == 0x04D9 || c == 0x0435 || c == 0x0456 || c == 0x04E9 || c == 0x04AF;
    }
    return back == front ? 0 : back ? 1 : -1;
}

int32_t dy_char_fold_at(const char *word, size_t n, size_t at)
{
    size_t k = at;
    int32_t cp = dy_utf8_next(word, n, &k);
    /* two old fonts put ќ and ѕ for different letters: қ and ә in one ("Баќылау", "жѕне"), ә and
     * ғ in the other ("Сќрсекеев", "арналѕан"); the word's vowels tell them apart, for қ and ғ
     * go with back vowels and ә is a front one */
    if (cp == 0x045C || cp == 0x040C || cp == 0x0455) {
        int h = harmony(word, n);
        if (cp == 0x0455)
            return h > 0 ? 0x0493 : 0x04D9; /* ғ, ә */
        if (h < 0)
            return cp == 0x045C ? 0x04D9 : 0x04D8; /* ә, Ә */
        return dy_char_fold_homoglyph(cp);
    }
    if (cp != 0x0454 && cp != 0x0404)
        return dy_char_fold_homoglyph(cp);
    size_t p = at;
    int32_t before = at > 0 ? dy_utf8_prev(word, &p) : 0;
    int32_t after = k < n ? dy_utf8_next(word, n, &k) : 0;
    bool vowel = kazakh_vowel(before) || kazakh_vowel(after);
    if (cp == 0x0454)
        return vowel ? 0x0493 : 0x04D9; /* ғ, ә */
    return vowel ? 0x0492 : 0x04D8;     /* Ғ, Ә */
}

int32_t dy_char_unfold_homoglyph(int32_t cp)
{
    for (size_t i = 0; i < COUNT(HOMOGLYPHS); i++) /* the ASCII ones: not ə, ǝ, Ə, ї */
        if (HOMOGLYPHS[i][1] == cp && HOMOGLYPHS[i][0] < 0x80)
            return HOMOGLYPHS[i][0];
    return cp;
}

bool dy_char_word_unfolds(const char *s, size_t n)
{
    size_t run = 0, k = 0;
    bool latin_only = false;   /* a Latin letter no Cyrillic one looks like: "Аr" is Latin */
    while (k < n && run < 3) { /* most words have no run of Latin letters: done here */
        int32_t cp = dy_utf8_next(s, n, &k);
        run = cp < 0x80 && dy_is_letter(cp) ? run + 1 : 0;
        latin_only |= run && dy_char_fold_homoglyph(cp) == cp;
    }
    if (run < 3 && !latin_only)
        return false;
    bool cyr = false;
    for (k = 0; k < n;) {
        int32_t cp = dy_utf8_next(s, n, &k);
        if (dy_is_cyrillic(cp)) {
            if (dy_char_unfold_homoglyph(cp) == cp)
                return false; /* a Kazakh letter: a Latin word with a suffix, "iPhone-ға" */
            cyr = true;
        }
    }
    return cyr;
}

bool dy_char_word_folds(const char *s, size_t n)
{
    size_t run = 0, own = 0;
    bool cyr = false, long_run = false;
    for (size_t k = 0; k < n;) {
        int32_t cp = dy_utf8_next(s, n, &k);
        cyr |= dy_is_cyrillic(cp);
        /* a Cyrillic letter no Latin one looks like (ә, ш, т, л ...) */
        own += dy_is_cyrillic(cp) && dy_is_letter(cp) && dy_char_unfold_homoglyph(cp) == cp;
        run = cp < 0x250 && dy_is_letter(cp) ? run + 1 : 0;
        /* a Latin letter that no Cyrillic letter looks like ("ТрансKZ"): folding would leave
         * Latin in the word */
        if (run && dy_char_fold_homoglyph(cp) == cp)
            return false;
        long_run |= run >= 3;
    }
    /* three look-alikes in a row fold only in a word with two letters of its own that are
     * Cyrillic: "әрекеттecyiшi" is әрекеттесуші, "Cаmsung" stays Latin */
    return cyr && (!long_run || own >= 2);
}

bool dy_char_surname_like(const char *w, size_t n)
{
    static const char *const ENDS[] = {"ов",  "ев",   "ин",   "ова",  "ева", "ина",
                                       "ұлы", "қызы", "ский", "цкий", "енко"};
    char low[128];
    size_t len = 0;
    for (size_t k = 0; k < n;) { /* in lower case, as the endings are */
        int32_t cp = dy_to_lower(dy_utf8_next(w, n, &k));
        char enc[4];
        size_t e = dy_utf8_encode(cp, enc);
        if (len + e >= sizeof low)
            return false;
        memcpy(low + len, enc, e);
        len += e;
    }
    for (size_t k = 0; k < COUNT(ENDS); k++) { /* with a stem of two letters or more */
        size_t e = strlen(ENDS[k]);
        if (len >= e + 4 && memcmp(low + len - e, ENDS[k], e) == 0)
            return true;
    }
    return false;
}

bool dy_char_initial_folds(int32_t letter, const char *next, size_t n, bool line_start)
{
    if (letter == 'I' || letter == 'X' || n == 0) /* a Roman numeral: "Генрих I. Ол …" */
        return false;
    size_t k = 0;
    int32_t first = dy_utf8_next(next, n, &k);
    if (dy_char_fold_homoglyph(letter) == letter || !dy_is_upper(letter) ||
        !dy_is_cyrillic(first) || !dy_is_upper(first))
        return false;
    return !line_start || !(letter >= 'A' && letter <= 'E') || dy_char_surname_like(next, n);
}

int dy_char_superscript_digit(int32_t cp)
{
    if (cp == 0x2070)
        return 0;
    if (cp == 0x00B9)
        return 1;
    if (cp == 0x00B2 || cp == 0x00B3)
        return cp == 0x00B2 ? 2 : 3;
    return cp >= 0x2074 && cp <= 0x2079 ? (int)(cp - 0x2070) : -1;
}

int dy_char_subscript_digit(int32_t cp)
{
    return cp >= 0x2080 && cp <= 0x2089 ? (int)(cp - 0x2080) : -1;
}

int32_t dy_char_fold_hyphen(int32_t cp) { return cp == 0x2010 || cp == 0x2011 ? '-' : cp; }
