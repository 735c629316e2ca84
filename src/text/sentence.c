/* Sentence splitting, the second stage of the pipeline (kazakh-normalization.md section 23).
 * One pass over a paragraph of the original text: every terminator (. ! ? … and their runs) is a
 * candidate, decided from the words on both sides of it: abbreviations (ж., т.б., обл.), initials
 * (Ә.Бөкейханов), numbers and list labels, brackets, quotes and dashes. A blank line, the end of
 * the paragraph and a single line break where the writer ended the line (lines.c) also end one. The
 * abbreviations and the sentence openers are the lists of kk/tables.h
 * (src/kk/data/abbreviations.tsv), which the normalizer reads too. */
#include "text/sentence.h"
#include "text/chars.h"
#include "text/scan.h"
#include "text/utt.h"

#include "kk/tables.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* lexicon_covers reads a user's written form in the folded text at most this many characters
 * past the period (the raw text, where nothing was folded, is read to its end). */
#define LEX_WINDOW 160

/* Folds the Latin look-alike letters of the words that mix them with Cyrillic, and a lone Latin
 * initial before a Cyrillic name (text/chars.h), as the token stage does for the normalizer
 * (text/utt.h), so both read the same letters: "мыc." with a Latin c is the abbreviation мыс. A
 * word here is a run of letters, combining marks and invisible characters; spans still point at
 * the bytes as written. */
/* Does the lone letter at k fold as the initial of the name whose first letter is at q? */
static bool initial_folds(const dy_scan *s, size_t k, size_t q)
{
    size_t e = q;
    while (e < s->n && dy_is_letter(s->cp[e]))
        e++;
    size_t b = k; /* the letter opens its line */
    while (b > 0 && is_hspace(s->cp[b - 1]))
        b--;
    bool line_start = b == 0 || is_line_break(s->cp[b - 1]);
    return dy_char_initial_folds(s->cp[k], s->text + s->off[q], s->off[e] - s->off[q], line_start);
}

static void fold_words(dy_scan *s)
{
    for (size_t b = 0, e; b < s->n; b = e + 1) {
        e = b;
        while (e < s->n && (dy_is_letter(s->cp[e]) || (s->cp[e] >= 0x0300 && s->cp[e] <= 0x036F) ||
                            dy_is_invisible(s->cp[e])))
            e++;
        if (e > b && dy_char_word_folds(s->text + s->off[b], s->off[e] - s->off[b]))
            for (size_t k = b; k < e; k++) {
                int32_t c = dy_char_fold_homoglyph(s->cp[k]);
                s->folded |= c != s->cp[k];
                s->cp[k] = c;
            }
    }
    for (size_t k = 0; k + 2 < s->n; k++) { /* a lone Latin initial: "A.Байтұрсынұлы" */
        size_t q = k + 2;
        while (q < s->n && is_hspace(s->cp[q]) && q - k < 4)
            q++;
        if ((k == 0 || !dy_is_letter(s->cp[k - 1])) && s->cp[k + 1] == '.' && q < s->n &&
            initial_folds(s, k, q)) {
            s->cp[k] = dy_char_fold_homoglyph(s->cp[k]);
            s->folded = true;
        }
    }
}

/* What follows a terminator and its closing quotes and brackets. */
typedef enum next_kind {
    NEXT_END,        /* nothing but white space up to the end of the paragraph */
    NEXT_UPPER,      /* an upper-case letter */
    NEXT_OPEN_UPPER, /* opening quotes or brackets, then an upper-case letter */
    NEXT_DIGIT,      /* a digit or a digit-like sign (−8, №47, $ 20), perhaps after openers */
    NEXT_DASH_UPPER, /* a dash, then an upper-case letter: a new dialogue line */
    NEXT_OTHER,      /* a lower-case word, other punctuation ... */
} next_kind;

typedef struct follow {
    next_kind kind;
    bool space;       /* white space stood before it */
    int breaks;       /* line breaks in that white space (2: a blank line) */
    size_t pos;       /* first code point after the white space */
    size_t word;      /* first letter of the next word, for the upper-case kinds */
    bool line_signal; /* a line break, then a dialogue dash or a list label (23.2) */
} follow;

static void emit(dy_scan *s, size_t end)
{
    dy_span *sp = DY_VEC_PUSH(s->out);
    sp->start = s->off[s->cur];
    sp->end = s->off[end];
    s->cur = NO_POS;
    s->depth = 0;
}

/* Line breaks that the white space at q adds: \r\n counts once, a paragraph separator twice. */
static int line_breaks(const dy_scan *s, size_t q)
{
    int32_t c = s->cp[q];
    if (c == 0x2029)
        return 2;
    if (c == '\r' && q + 1 < s->n && s->cp[q + 1] == '\n')
        return 0;
    return is_line_break(c) ? 1 : 0;
}

/* Classifies what follows position m (23.1 rule 4). */
static follow look(const dy_scan *s, size_t m)
{
    const int32_t *cp = s->cp;
    size_t n = s->n;
    follow f = {.kind = NEXT_OTHER, .word = NO_POS};
    size_t q = m;
    while (q < n && is_space(cp[q]))
        f.breaks += line_breaks(s, q++);
    f.space = q > m;
    f.pos = q;
    if (q == n) {
        f.kind = NEXT_END;
        return f;
    }
    size_t r = q;
    while (r < n && is_opener(cp[r]) && r - q < 8)
        r++;
    for (size_t o = r; r > q && r < n && is_hspace(cp[r]) && r - o < 2;)
        r++; /* an opener typed apart from its word: "ашты.( Авторы" */
    if (r > q && r < n) {
        if (is_upper(cp[r])) {
            f.kind = NEXT_OPEN_UPPER;
            f.word = r;
        } else if (dy_scan_starts_number(s, r)) {
            f.kind = NEXT_DIGIT;
        }
    } else if (is_upper(cp[q])) {
        f.kind = NEXT_UPPER;
        f.word = q;
    } else if (dy_scan_starts_number(s, q)) {
        f.kind = NEXT_DIGIT;
    } else if (is_dash(cp[q])) {
        r = q + 1;
        while (r < n && is_hspace(cp[r]) && r - q < 4)
            r++;
        if (r < n && is_upper(cp[r])) {
            f.kind = NEXT_DASH_UPPER;
            f.word = r;
        }
    }
    if (f.breaks > 0)
        f.line_signal = f.kind == NEXT_DASH_UPPER || dy_scan_label_end(s, q) != NO_POS;
    return f;
}

/* Rule 4 of 23.1 for an ordinary terminator followed by white space. Inside a bracket opened in
 * the sentence only an upper-case letter makes a boundary ("(… 2009 жыл. №212-213)"). */
static bool rule4(const follow *f, int depth)
{
    if (depth > 0)
        return f->kind == NEXT_UPPER;
    return f->kind == NEXT_UPPER || f->kind == NEXT_OPEN_UPPER || f->kind == NEXT_DIGIT ||
           f->kind == NEXT_DASH_UPPER;
}

bool dy_scan_copy_text(const dy_scan *s, size_t b, size_t e, char *buf, size_t size, size_t *len)
{
    for (size_t k = b; k < e; k++) {
        char tmp[4];
        size_t bytes = s->cp[k] < 0 ? 1 : dy_utf8_encode(s->cp[k], tmp);
        if (*len + bytes + 2 > size) /* room for one more byte and the NUL */
            return false;
        memcpy(buf + *len, s->cp[k] < 0 ? s->text + s->off[k] : tmp, bytes);
        *len += bytes;
    }
    buf[*len] = '\0';
    return true;
}

/* Are the letters of [b, e) all capitals (a letter with a lower case)? */
static bool all_capitals(const dy_scan *s, size_t b, size_t e)
{
    for (size_t k = b; k < e; k++)
        if (is_letter(s->cp[k]) && !is_upper(s->cp[k]))
            return false;
    return true;
}

/* Does an abbreviation in capitals, [b, i] with its period at i, stand in a line typed in
 * capitals, another word in capitals right after it ("100 МЛН. ТЕҢГЕДЕН", "XIX Ғ.
 * ОРТАСЫНДАҒЫ")? Then it is read as the abbreviation in lower case (section 23.2 says nothing of
 * such lines, where every word opens with a capital). One letter is an initial ("А.
 * БАЙТҰРСЫНҰЛЫ") unless a number or a Roman numeral stands before it. */
static bool caps_abbr(const dy_scan *s, size_t b, size_t i, bool long_enough)
{
    size_t q = i + 1;
    while (q < s->n && is_hspace(s->cp[q]) && q - i < 3)
        q++;
    size_t e = q;
    while (e < s->n && is_letter(s->cp[e]) && e - q < 8)
        e++;
    if (e - q < 2 || !all_capitals(s, q, e) || !all_capitals(s, b, i) || !is_upper(s->cp[b]))
        return false;
    if (long_enough)
        return true;
    if (b < 2 || !is_hspace(s->cp[b - 1]))
        return false;
    int32_t d = s->cp[b - 2];
    return is_digit(d) || d == 'I' || d == 'V' || d == 'X' || d == 0x0406 || d == 0x0425;
}

/* The abbreviation of abbreviations.tsv that ends with the period at i, longest first, with or
 * without spaces after its inner periods ("т. б."). At the start of a sentence or a line a
 * capitalised first letter is allowed ("Б.з.б.", "Мыс."), but not for one letter, which is an
 * initial. *start receives its first code point. */
static const dy_kk_abbr *find_abbr(const dy_scan *s, size_t i, size_t *start)
{
    enum { MAX_SEGS = 4, MAX_SEG = 8 };
    size_t seg_b[MAX_SEGS], seg_e[MAX_SEGS];
    int nseg = 0;
    size_t pos = i;
    while (nseg < MAX_SEGS) {
        size_t e = pos, b = pos;
        while (b > 0 && is_letter(s->cp[b - 1]) && e - b <= MAX_SEG)
            b--;
        if (b == e || e - b > MAX_SEG)
            break;
        seg_b[nseg] = b;
        seg_e[nseg] = e;
        nseg++;
        if (b >= 2 && s->cp[b - 1] == '.' && is_letter(s->cp[b - 2]))
            pos = b - 1;
        else if (b >= 3 && is_hspace(s->cp[b - 1]) && s->cp[b - 2] == '.' &&
                 is_letter(s->cp[b - 3]))
            pos = b - 2;
        else
            break;
    }
    for (int k = nseg; k > 0; k--) {
        char key[160];
        size_t len = 0;
        bool fits = true;
        key[0] = '\0';
        for (int j = k - 1; j >= 0 && fits; j--) {
            fits = dy_scan_copy_text(s, seg_b[j], seg_e[j], key, sizeof key, &len);
            if (fits) { /* dy_scan_copy_text left room for the period */
                key[len++] = '.';
                key[len] = '\0';
            }
        }
        if (!fits)
            continue;
        const dy_kk_abbr *a = dy_kk_abbr_written(key, len);
        size_t b = seg_b[k - 1];
        bool at_start = b == s->cur || b == s->line_first;
        /* or anywhere, as the normalizer reads it: a capital that a written part in lower case
         * follows ("Ф.ғ.д."), or a word before a number or a colon ("Тел. 8 701", "Тел.:") */
        size_t q = i + 1 < s->n && is_hspace(s->cp[i + 1]) ? i + 2 : i + 1;
        bool label = seg_e[k - 1] - b >= 2 && q < s->n && (is_digit(s->cp[q]) || s->cp[q] == ':');
        bool degree = k > 1 && !is_upper(s->cp[seg_b[k - 2]]);
        if (!a && (at_start || label || degree) && is_upper(s->cp[b]) &&
            (k > 1 || seg_e[k - 1] - b >= 2)) {
            char lowered[160];
            size_t first = s->off[b + 1] - s->off[b];
            size_t l = dy_utf8_encode(dy_to_lower(s->cp[b]), lowered);
            if (l + len - first < sizeof lowered) {
                memcpy(lowered + l, key + first, len - first + 1);
                a = dy_kk_abbr_written(lowered, l + len - first);
            }
        }
        if (!a && caps_abbr(s, seg_b[k - 1], i, k > 1 || seg_e[k - 1] - b >= 2)) {
            char lowered[160];
            size_t l = dy_kk_lower_to(lowered, sizeof lowered, key, len);
            a = l == SIZE_MAX ? NULL : dy_kk_abbr_written(lowered, l);
        }
        if (a) {
            *start = b;
            return a;
        }
    }
    return NULL;
}

/* Does a written form of the user's lexicon cover the period at i: one that starts at a word of the
 * open sentence at most four words back and ends after the period ("проф." in "проф. Ахметов",
 * "т.ғ.к." in "т. ғ. к.")? A teacher's abbreviation is then read as a whole, by the lexicon. The
 * lexicon reads the folded letters ("прoф." with a Latin o is проф.), as the normalizer does. */
static bool lexicon_covers(const dy_scan *s, size_t i)
{
    if (!s->lex || s->cur == NO_POS)
        return false;
    const int32_t *cp = s->cp;
    int words = 0;
    for (size_t p = i; p > s->cur && i - p < 64 && words < 4;) {
        p--;
        if (!is_letter(cp[p]) || (p > s->cur && (is_letter(cp[p - 1]) || is_digit(cp[p - 1]))))
            continue;
        words++;
        const char *spoken;
        if (!s->folded) {
            size_t len = dy_lexicon_match(s->lex, s->text, s->off[p], s->off[s->n], &spoken);
            if (len > 0 && s->off[p] + len > s->off[i])
                return true;
            continue;
        }
        /* the folded text from p to a space at most LEX_WINDOW characters past the period */
        size_t e = s->n - i > LEX_WINDOW ? i + LEX_WINDOW : s->n;
        while (e < s->n && e > i + 1 && !is_space(cp[e]))
            e--;
        char buf[4 * (64 + LEX_WINDOW) + 8];
        size_t len = 0, at_period;
        if (!dy_scan_copy_text(s, p, i, buf, sizeof buf, &len))
            continue;
        at_period = len;
        if (dy_scan_copy_text(s, i, e, buf, sizeof buf, &len) &&
            dy_lexicon_match(s->lex, buf, 0, len, &spoken) > at_period)
            return true;
    }
    return false;
}

/* Is the capitalised word that starts at w a sentence opener (Бұл, Ол, Ал …)? */
static bool is_opener_word(const dy_scan *s, size_t w)
{
    if (w == NO_POS)
        return false;
    size_t e = w;
    while (e < s->n && is_letter(s->cp[e]) && e - w < 24)
        e++;
    if (e < s->n && (is_letter(s->cp[e]) || s->cp[e] == '-')) /* not "Ал-Фараби" */
        return false;
    char word[128];
    size_t len = 0;
    if (!dy_scan_copy_text(s, w, e, word, sizeof word, &len))
        return false;
    return dy_kk_is_sentence_opener(word, len);
}

/* Does a number (or, with roman, a Roman numeral) stand right before b: "12 т.", "25-б.",
 * "5т.", "III т."? The first part of a ratio unit may stand between: "90 км/сағ.", "14 ц/га." */
static bool after_number(const dy_scan *s, size_t b, bool roman)
{
    const int32_t *cp = s->cp;
    size_t p = b;
    if (p > 1 && cp[p - 1] == '/' && is_letter(cp[p - 2])) { /* км/ of км/сағ. */
        p--;
        while (p > 0 && is_letter(cp[p - 1]) && b - p < 8)
            p--;
        b = p;
    }
    while (p > 0 && is_space(cp[p - 1]) && b - p < 3) /* a wrap may part them */
        p--;
    if (p == b && p > 0 && cp[p - 1] == '-')
        p--;
    if (p > 0 && is_digit(cp[p - 1]))
        return true;
    if (!roman || p == b)
        return false;
    size_t e = p;
    while (p > 0 && is_roman(cp[p - 1]) && e - p < 16)
        p--;
    return p < e && (p == 0 || !is_letter(cp[p - 1]));
}

/* Does a day number 1-31 stand right before b ("17 қар.")? */
static bool after_day(const dy_scan *s, size_t b)
{
    const int32_t *cp = s->cp;
    size_t p = b;
    while (p > 0 && (is_hspace(cp[p - 1]) || cp[p - 1] == '-') && b - p < 2)
        p--;
    size_t e = p;
    while (p > 0 && is_digit(cp[p - 1]) && e - p < 3)
        p--;
    if (p == e || e - p > 2 || (p > 0 && (is_digit(cp[p - 1]) || cp[p - 1] == '.')))
        return false;
    int value = 0;
    for (size_t k = p; k < e; k++)
        value = value * 10 + (cp[k] - '0');
    return value >= 1 && value <= 31;
}

/* Does a capitalised word (a name) stand before b, after white space and perhaps a closing
 * quote ("Алматы қ.", "«Алатау» ауд.")? */
static bool after_name(const dy_scan *s, size_t b)
{
    const int32_t *cp = s->cp;
    size_t p = b;
    while (p > 0 && is_hspace(cp[p - 1]) && b - p < 4)
        p--;
    if (p == b)
        return false;
    if (p > 0 && is_closer(cp[p - 1]) && !is_close_bracket(cp[p - 1]))
        p--;
    size_t e = p;
    while (p > 0 && is_letter(cp[p - 1]) && e - p <= 64)
        p--;
    return e - p >= 2 && e - p <= 64 && is_upper(cp[p]);
}

/* Initials after a surname (section 19): is the initial at b the last of a chain of one to three
 * single upper-case Cyrillic letters with periods ("Сейітов Д.Ж.", "Оразов Т.") that follows a
 * capitalised word of 2+ letters, not all caps? */
static bool initials_after_surname(const dy_scan *s, size_t b)
{
    const int32_t *cp = s->cp;
    size_t p = b;
    for (int count = 1;;) {
        size_t q = p;
        while (q > 0 && is_hspace(cp[q - 1]) && p - q < 3)
            q--;
        if (q >= 2 && cp[q - 1] == '.' && is_upper(cp[q - 2]) && dy_is_cyrillic(cp[q - 2]) &&
            (q == 2 || !is_letter(cp[q - 3]))) {
            if (++count > 3)
                return false;
            p = q - 2;
            continue;
        }
        if (q == p)
            return false;
        size_t e = q;
        while (q > 0 && is_letter(cp[q - 1]) && e - q <= 64)
            q--;
        return e - q >= 2 && e - q <= 64 && is_upper(cp[q]) && is_lower(cp[q + 1]);
    }
}

/* An initial: one upper-case letter (Cyrillic, or Latin other than the numerals I V X, which are
 * regnal numbers after a name: "Генрих V."), or Дж. */
static bool is_initial(const dy_scan *s, size_t b, size_t e)
{
    int32_t c = s->cp[b];
    if (b > 0) { /* "5С.", "°С.", "км/С." are no initials */
        int32_t p = s->cp[b - 1];
        if (!is_space(p) && !is_opener(p) && p != '.' && !is_dash(p))
            return false;
    }
    if (e - b == 2)
        return c == 0x0414 /* Д */ && s->cp[b + 1] == 0x0436 /* ж */;
    return e - b == 1 && is_upper(c) && c != 'I' && c != 'V' && c != 'X';
}

/* A unit of units.tsv after a number (section 16): "40 м.", "220 В.", "14 ц.", "90 км/сағ.", and
 * a letter after a degree sign: "+10°С." (т., б., сағ. are abbreviations, decided by 23.2). */
static bool is_unit(const dy_scan *s, size_t b, size_t e)
{
    if (e - b > 8)
        return false;
    size_t n = e + 1; /* a capital and a period before another: initials ("1995 Н.Ә."), no unit */
    if (n < s->n && is_space(s->cp[n]))
        n++;
    if (e - b == 1 && is_upper(s->cp[b]) && n + 1 < s->n && is_upper(s->cp[n]) &&
        s->cp[n + 1] == '.')
        return false;
    /* nor one glued to a surname after it: "№50 А.Байтұрсынов атындағы" (not "220 В.Ол") */
    if (e - b == 1 && is_upper(s->cp[b]) && e + 2 < s->n && is_upper(s->cp[e + 1]) &&
        is_lower(s->cp[e + 2])) {
        size_t w = e + 1;
        while (w < s->n && is_letter(s->cp[w]) && w - e < 30)
            w++;
        char word[128];
        size_t len = 0;
        if (dy_scan_copy_text(s, e + 1, w, word, sizeof word, &len) &&
            dy_char_surname_like(word, len))
            return false;
    }
    if (b > 0 && s->cp[b - 1] == 0x00B0) /* ° */
        return e - b == 1;
    char word[64];
    size_t len = 0;
    return dy_scan_copy_text(s, b, e, word, sizeof word, &len) && dy_kk_unit_word(word, len) &&
           after_number(s, b, false);
}

/* Rule 5 of 23.1: a lower-case Cyrillic word of 2+ letters, not inside a URL or an address. */
static bool is_plain_word(const dy_scan *s, size_t b, size_t e)
{
    if (e - b < 2)
        return false;
    if (b > 0) {
        int32_t c = s->cp[b - 1];
        if (c == '.' || c == '@' || c == '/' || c == ':' || c == '_' || c == '\\')
            return false;
    }
    for (size_t k = b; k < e; k++)
        if (!is_lower(s->cp[k]) || !dy_is_cyrillic(s->cp[k]))
            return false;
    return true;
}

/* орыс., араб. as language abbreviations (section 18): after "(" or "[", or after "," or ";"
 * inside an open bracket; or before Latin or Greek script, a quote, a bracket or a form of тіл. */
static bool language_position(const dy_scan *s, size_t b, const follow *f)
{
    const int32_t *cp = s->cp;
    size_t p = b;
    while (p > 0 && is_hspace(cp[p - 1]) && b - p < 3)
        p--;
    if (p > 0) {
        int32_t c = cp[p - 1];
        if (c == '(' || c == '[' || ((c == ',' || c == ';') && s->depth > 0))
            return true;
    }
    size_t q = f->pos;
    if (q >= s->n)
        return false;
    if (is_opener(cp[q]) || is_latin_or_greek(cp[q]))
        return true;
    return q + 2 < s->n && cp[q] == 0x0442 /* т */ && cp[q + 1] == 0x0456 /* і */ &&
           cp[q + 2] == 0x043B /* л */;
}

/* The period of an abbreviation of abbreviations.tsv (23.2). Returns 1 for a boundary, 0 for
 * none, -1 when the abbreviation turns out to be an ordinary word (араб., қаз. …). */
static int abbr_decision(const dy_scan *s, const dy_kk_abbr *a, size_t start, const follow *f,
                         int depth)
{
    bool capital =
        f->kind == NEXT_UPPER ||
        (depth == 0 && (f->kind == NEXT_OPEN_UPPER || (f->space && f->kind == NEXT_DASH_UPPER)));
    bool signal = f->line_signal;
    switch (a->end) {
    case DY_KK_END_YEAR: return signal || (capital && is_opener_word(s, f->word));
    case DY_KK_END_CAPITAL: return capital || signal;
    case DY_KK_END_AFTER_NAME: return after_name(s, start) && (capital || signal);
    case DY_KK_END_AFTER_NUMBER: return after_number(s, start, true) && (capital || signal);
    case DY_KK_END_MONTH_OR_SEE: return after_day(s, start) && (capital || signal);
    case DY_KK_END_MONTH_OR_WORD: return after_day(s, start) ? capital || signal : -1;
    case DY_KK_END_LANGUAGE_OR_WORD: return language_position(s, start, f) ? 0 : -1;
    case DY_KK_END_NAME_OR_WORD: /* "Абай ат. №5 мектеп"; "Бұл ат. Ол озды" ends */
        return after_name(s, start) && !(capital && is_opener_word(s, f->word)) ? 0 : -1;
    case DY_KK_END_NEVER: return 0;
    }
    return 0;
}

/* A period glued between a closing bracket and a number that opens the next sentence
 * ("орындалған).2023 жылдың", "енгізіледі).1. Мақсаты"): the number is followed by white space,
 * a hyphen or a period and white space, so it is no decimal part. */
static bool bracket_then_number(const dy_scan *s, size_t i, const follow *f, int depth)
{
    const int32_t *cp = s->cp;
    if (f->space || f->kind != NEXT_DIGIT || depth > 0 || i == 0 || !is_close_bracket(cp[i - 1]))
        return false;
    size_t q = f->pos;
    while (q < s->n && is_digit(cp[q]) && q - f->pos < 5)
        q++;
    if (q == f->pos || q >= s->n)
        return false;
    return is_hspace(cp[q]) || cp[q] == '-' ||
           (cp[q] == '.' && q + 1 < s->n && is_hspace(cp[q + 1]));
}

/* Does the terminator at i open its sentence or a quotation ("… медпункттің", "“… Декларациясы”")?
 * Then it ends nothing: it stands for omitted words. */
static bool opens_text(const dy_scan *s, size_t i)
{
    size_t p = i;
    while (p > s->cur && is_opener(s->cp[p - 1]) && i - p < 8)
        p--;
    return p == s->cur || (p < i && is_space(s->cp[p - 1]));
}

/* Does the terminator run [i, k), followed by closers up to m, end the sentence? depth is the
 * bracket depth after those closers. */
static bool boundary_at(const dy_scan *s, size_t i, size_t k, size_t m, int depth, const follow *fp)
{
    const int32_t *cp = s->cp;
    follow f = *fp;
    if (f.kind == NEXT_END || f.breaks >= 2)
        return true;
    if (opens_text(s, i))
        return false;
    if (k != i + 1 || cp[i] != '.') /* ! ? … ?! ... : no abbreviation can own them */
        return f.space && rule4(&f, depth);

    size_t b = i; /* the letters right before the period */
    while (b > 0 && is_letter(cp[b - 1]))
        b--;
    if (b == i && (dy_scan_in_spaced_date(s, i) || dy_scan_times_dot(s, i)))
        return false; /* "12. 12. 1942": a date; "1,672 . 10 -27 кг": a product */
    if (b == i) { /* a number, a closing quote ...; "1. Жоспар", "1. «Алаш»" is a list label */
        if (f.space && i > 0 && is_digit(cp[i - 1]) && m == k &&
            (dy_scan_enumerator(s, i) ||
             ((f.kind == NEXT_UPPER || f.kind == NEXT_OPEN_UPPER || f.kind == NEXT_DIGIT) &&
              dy_scan_inline_label(s, i))))
            return false;
        if (bracket_then_number(s, i, &f, depth))
            return true;
        return f.space && rule4(&f, depth);
    }
    size_t start;
    const dy_kk_abbr *a = find_abbr(s, i, &start);
    if (a) {
        /* in a line typed in capitals the capital after it opens no sentence ("100 МЛН.
         * ТЕҢГЕДЕН АСТАМ") */
        if (f.kind == NEXT_UPPER && caps_abbr(s, start, i, true))
            f.kind = NEXT_OTHER;
        /* Without white space only a capital can follow an abbreviation's boundary (rule 5). */
        if (!f.space && f.kind != NEXT_UPPER && f.kind != NEXT_OPEN_UPPER)
            return false;
        int r = abbr_decision(s, a, start, &f, depth);
        if (r >= 0)
            return r == 1;
    } else if (lexicon_covers(s, i)) {
        return false;
    } else if (!is_unit(s, b, i) && is_initial(s, b, i)) {
        if (dy_is_cyrillic(cp[b]) && initials_after_surname(s, b))
            return false;
        if (f.kind == NEXT_UPPER || f.kind == NEXT_OPEN_UPPER)
            return false;
        /* a page in a reference, "18 ақпан, С. 5", "– Б. 45": С. (страница) or Б. (бет) after a
         * comma or a dash, before its number */
        if (f.kind == NEXT_DIGIT && (cp[b] == 0x0421 || cp[b] == 0x0411) && b >= 2 &&
            is_space(cp[b - 1]) && (cp[b - 2] == ',' || dy_char_is_dash(cp[b - 2])))
            return false;
        return f.space && rule4(&f, depth);
    }
    if (f.space)
        return rule4(&f, depth);
    /* Rule 5, a missing space: "жағдайы.XVIII", "40 м.Көпір". */
    bool upper = f.kind == NEXT_UPPER || (depth == 0 && f.kind == NEXT_OPEN_UPPER);
    return upper && (is_plain_word(s, b, i) || is_unit(s, b, i));
}

/* Does the open sentence hold a word before i: a run of letters that is no Roman numeral, no
 * abbreviation of abbreviations.tsv, no initial and no unit after a number? "XV-XVIII ғғ." and
 * "2006.20.01." hold none: such a fragment belongs to what follows it. A plain number ("1897.")
 * counts as a word: a year can stand as a sentence. */
static bool holds_word(const dy_scan *s, size_t i)
{
    const int32_t *cp = s->cp;
    if (i - s->cur > 64) /* a fragment is short; this keeps the pass linear */
        return true;
    bool marked = false; /* a letter or a period inside a number: not a plain number ("1897.") */
    for (size_t b = s->cur; b < i;) {
        if (!is_letter(cp[b])) {
            marked |= cp[b] == '.' && b > s->cur && is_digit(cp[b - 1]) && is_digit(cp[b + 1]);
            b++;
            continue;
        }
        marked = true;
        size_t e = b;
        bool roman = true;
        while (e < i && is_letter(cp[e])) {
            roman &= is_roman(cp[e]);
            e++;
        }
        size_t start;
        bool dotted = e < s->n && cp[e] == '.';
        if (!roman && !(dotted && (e - b == 1 || find_abbr(s, e, &start))) && !is_unit(s, b, e))
            return true;
        b = e;
    }
    return !marked;
}

/* Does the terminator run [i, k), followed by closers up to m, end the sentence? depth is the
 * bracket depth after those closers. A period that the rules of 23.1-23.2 make a boundary is none
 * in three places (a line break after it is then decided by dy_scan_line_ends): after a fragment
 * that holds no word
 * ("XV-XVIII ғғ. Қазақстанның", "2006.20.01. № 123"), after a dotted date before a document
 * number ("2003.01.08. N 373 Заңымен"), and after ғ./ғғ. before a part of the century. */
static bool ends_sentence(const dy_scan *s, size_t i, size_t k, size_t m, int depth)
{
    follow f = look(s, m);
    if (!boundary_at(s, i, k, m, depth, &f))
        return false;
    if (f.kind == NEXT_END || f.breaks >= 2 || k != i + 1 || s->cp[i] != '.')
        return true;
    if (!holds_word(s, i) && !dy_scan_closes_bracket(s, i))
        return false;
    if (dy_scan_after_dotted_date(s, i) && dy_scan_doc_number(s, f.pos))
        return false;
    size_t start;
    const dy_kk_abbr *a = find_abbr(s, i, &start);
    bool century = a && s->cp[start] == 0x0493 /* ғ */ &&
                   (i - start == 1 || (i - start == 2 && s->cp[start + 1] == 0x0493));
    if (century && dy_scan_century_part(s, f.pos))
        return false;
    return true;
}

void dy_sentence_split(const char *text, dy_span para, dy_span_vec *out)
{
    dy_sentence_split_lex(text, para, NULL, out);
}

void dy_sentence_split_lex(const char *text, dy_span para, const dy_lexicon *lex, dy_span_vec *out)
{
    if (!text || !out || para.end <= para.start)
        return;
    size_t cap = para.end - para.start + 1;
    dy_scan s = {.text = text, .cur = NO_POS, .lex = lex, .out = out};
    s.cp = dy_xmalloc(cap * sizeof *s.cp);
    s.off = dy_xmalloc(cap * sizeof *s.off);
    for (size_t p = para.start; p < para.end; s.n++) {
        s.off[s.n] = p;
        s.cp[s.n] = dy_utf8_next(text, para.end, &p);
    }
    s.off[s.n] = para.end;
    fold_words(&s);
    dy_scan_measure_lines(&s);

    const int32_t *cp = s.cp;
    size_t n = s.n;
    size_t i = 0;
    while (i < n) {
        int32_t c = cp[i];
        if (is_space(c)) {
            size_t j = i;
            int breaks = 0;
            for (; j < n && is_space(cp[j]); j++)
                breaks += line_breaks(&s, j);
            if (breaks > 0 && s.cur != NO_POS && j < n &&
                (breaks >= 2 || dy_scan_is_heading(&s, i) || dy_scan_line_ends(&s, i, j)))
                emit(&s, i);
            if (breaks > 0 || i == 0)
                s.line_first = j;
            i = j;
            continue;
        }
        if (s.cur == NO_POS)
            s.cur = i;
        if (is_terminator(c)) {
            size_t k = i;
            while (k < n && is_terminator(cp[k]))
                k++;
            size_t m = k;
            int depth = s.depth;
            while (m < n && is_closer(cp[m])) {
                if (is_close_bracket(cp[m]) && depth > 0)
                    depth--;
                m++;
            }
            size_t label = NO_POS;
            if (c == '.' && k == i + 1 && m == k && i > 0 && is_digit(cp[i - 1])) {
                follow after = look(&s, k);
                /* also a signed number: "1. -132м 2. -133 м 3. -142 м" */
                bool sign =
                    after.pos + 1 < s.n && is_dash(cp[after.pos]) && is_digit(cp[after.pos + 1]);
                if (after.breaks == 0 && after.space &&
                    (after.kind == NEXT_UPPER || after.kind == NEXT_OPEN_UPPER ||
                     after.kind == NEXT_DIGIT || sign))
                    label = dy_scan_label_in_text(&s, i, after.kind == NEXT_UPPER);
            }
            if (label !=
                NO_POS) { /* "(бұр.ред.қара) 1. Осы", "қысқыш 2. Секундомер": opens the next */
                size_t e = label;
                while (e > s.cur && is_space(cp[e - 1]))
                    e--;
                emit(&s, e);
                s.cur = label;
                i = k;
                continue;
            }
            if (ends_sentence(&s, i, k, m, depth)) {
                emit(&s, m);
                i = m;
            } else {
                i = k; /* the closers are read as ordinary characters */
            }
            continue;
        }
        if (is_open_bracket(c))
            s.depth++;
        else if (is_close_bracket(c) && s.depth > 0)
            s.depth--;
        i++;
    }
    if (s.cur != NO_POS) {
        size_t e = n;
        while (e > s.cur && is_space(cp[e - 1]))
            e--;
        emit(&s, e);
    }
    free(s.cp);
    free(s.off);
}

size_t dy_sentence_window(const char *text, dy_span para, size_t max)
{
    if (max < 8)
        max = 8;
    if (para.end - para.start <= max)
        return para.end;
    size_t lim = para.start + max, half = para.start + max / 2, space = 0;
    for (size_t p = lim; p > half; p--) {
        if (text[p] != ' ' && text[p] != '\n')
            continue;
        if (!space)
            space = p + 1;
        size_t q = p;
        while (q > half && (text[q - 1] == ' ' || text[q - 1] == '\n'))
            q--;
        int32_t before = dy_utf8_prev(text, &q);
        if (before == '.' || before == '!' || before == '?' || before == 0x2026)
            return p + 1;
    }
    if (space)
        return space;
    while (lim > para.start + 1 && ((unsigned char)text[lim] & 0xC0) == 0x80)
        lim--; /* never inside a UTF-8 sequence */
    return lim;
}
