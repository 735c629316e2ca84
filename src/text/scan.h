/* The sentence splitter's scan of one paragraph (sentence.c), shared with the reading of its line
 * breaks (lines.c): the paragraph as code points, the character classes the rules ask, and what the
 * line-break rule measures. Internal to src/text/. */
#ifndef DY_SCAN_H
#define DY_SCAN_H

#include "core/util.h"
#include "kk/lexicon.h"
#include "text/chars.h"

#include <stdint.h>

#define NO_POS SIZE_MAX

/* A paragraph is hard-wrapped prose (Project Gutenberg's 70 columns, an editor's 80) when its
 * longest line has WRAP_MIN to WRAP_MAX characters and most of its lines are full; then a line
 * that the next line's first word would not have fitted on was broken by the wrapping, not by the
 * writer (measure_lines, line_ends_sentence). */
#define WRAP_MIN 30
#define WRAP_MAX 100
/* A word fits on a line only with this much room to spare: a wrapper may have dropped a double
 * space at the break or wrapped a column early. */
#define WRAP_SLACK 3

static inline bool is_digit(int32_t c) { return c >= '0' && c <= '9'; }

static inline bool is_terminator(int32_t c) { return dy_char_is_terminator(c); }

static inline bool is_open_bracket(int32_t c) { return c == '(' || c == '[' || c == '{'; }
static inline bool is_close_bracket(int32_t c) { return c == ')' || c == ']' || c == '}'; }

/* Quotes and brackets that may open a quotation; " and ' count as openers after white space. */
static inline bool is_opener(int32_t c) { return dy_char_is_quote_open(c) || is_open_bracket(c); }

/* Quotes and brackets that close one; directly after a terminator “ and ‘ close too („Алаш“). */
static inline bool is_closer(int32_t c) { return dy_char_is_quote_close(c) || is_close_bracket(c); }

/* A dash before a dialogue line; a minus sign − is typed for one too. */
static inline bool is_dash(int32_t c) { return dy_char_is_dash(c) || c == 0x2212; }

static inline bool is_space(int32_t c) { return dy_is_space(c); }
static inline bool is_line_break(int32_t c)
{
    return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}
static inline bool is_hspace(int32_t c) { return is_space(c) && !is_line_break(c); }
static inline bool is_letter(int32_t c) { return dy_is_letter(c); }
static inline bool is_upper(int32_t c) { return dy_is_upper(c); }
static inline bool is_lower(int32_t c)
{
    return is_letter(c) && !is_upper(c) && dy_to_upper(c) != c;
}

static inline bool is_latin_or_greek(int32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= 0x00C0 && c <= 0x024F && is_letter(c)) || (c >= 0x0370 && c <= 0x03FF) ||
           (c >= 0x1F00 && c <= 0x1FFF);
}

/* Latin I V X L C D M, their Cyrillic look-alikes І Х С М Л Ү У, and Ⅰ… (section 12 rule 1). */
static inline bool is_roman(int32_t c)
{
    switch (c) {
    case 'I':
    case 'V':
    case 'X':
    case 'L':
    case 'C':
    case 'D':
    case 'M':
    case 0x0406: /* І */
    case 0x0425: /* Х */
    case 0x0421: /* С */
    case 0x041C: /* М */
    case 0x041B: /* Л */
    case 0x04AE: /* Ү */
    case 0x0423: /* У */ return true;
    default: return c >= 0x2160 && c <= 0x2188;
    }
}

/* Signs that count as a digit at the start of a sentence (23.1 rule 4). */
static inline bool is_number_sign(int32_t c)
{
    switch (c) {
    case 0x2116: /* № */
    case 0x00A7: /* § */
    case '$':
    case 0x20AC: /* € */
    case 0x20B8: /* ₸ */
    case 0x00A3: /* £ */
    case 0x00A5: /* ¥ */
    case 0x20BD: /* ₽ */ return true;
    default: return false;
    }
}

/* The paragraph decoded once into code points, so that the rules can look a few characters back
 * and ahead. Every look is bounded or crosses text no other look crosses, so the pass is linear. */
typedef struct dy_scan {
    const char *text;
    int32_t *cp; /* code points; -1 for a byte that is not valid UTF-8 */
    size_t *off; /* byte offset of each code point in text; off[n] is the paragraph's end */
    size_t n;
    size_t cur;            /* first code point of the open sentence, or NO_POS */
    size_t line_first;     /* first non-space code point of the current line */
    size_t wrap_cps;       /* the longest line in code points, if hard-wrapped (WRAP_MIN..MAX) */
    size_t wrap_bytes;     /* the same in bytes (a wrapper may count bytes); 0 when not wrapped */
    bool list;             /* two or more lines end with ";": the paragraph is a list */
    int depth;             /* brackets opened in the open sentence and not closed yet */
    const dy_lexicon *lex; /* the user's lexicon, or NULL */
    bool folded;           /* a look-alike letter was folded: cp differs from the text */
    dy_span_vec *out;
} dy_scan;

/* A digit, or a sign that counts as one (23.1 rule 4), at q. */
bool dy_scan_starts_number(const dy_scan *s, size_t q);

/* A list label at q ("1.", "2.1.", "3)", "а)") followed by white space: the code point after its
 * "." or ")", or NO_POS. */
size_t dy_scan_label_end(const dy_scan *s, size_t q);

/* Appends code points [b, e) as UTF-8 to buf at *len (their look-alike letters folded, as the
 * scan holds them); false when it does not fit (sentence.c). */
bool dy_scan_copy_text(const dy_scan *s, size_t b, size_t e, char *buf, size_t size, size_t *len);

/* ---- labels.c: list labels for the splitter (each function's comment is at its definition) ----
 */
bool dy_scan_enumerator(const dy_scan *s, size_t i);
bool dy_scan_inline_label(const dy_scan *s, size_t i);
bool dy_scan_closes_bracket(const dy_scan *s, size_t i);
size_t dy_scan_label_in_text(const dy_scan *s, size_t i, bool capital);

/* ---- periods.c: periods inside numbers (each function's comment is at its definition) ---- */
bool dy_scan_in_spaced_date(const dy_scan *s, size_t i);
bool dy_scan_after_dotted_date(const dy_scan *s, size_t i);
bool dy_scan_doc_number(const dy_scan *s, size_t q);
bool dy_scan_century_part(const dy_scan *s, size_t q);
bool dy_scan_times_dot(const dy_scan *s, size_t i);

/* Sets s->wrap_cps, s->wrap_bytes and s->list from the paragraph's lines. */
void dy_scan_measure_lines(dy_scan *s);

/* Is the line [s->cur, end), which ends at a line break, an all-caps heading? */
bool dy_scan_is_heading(const dy_scan *s, size_t end);

/* Does the single line break after end (the next line starts at next) end the open sentence? */
bool dy_scan_line_ends(const dy_scan *s, size_t end, size_t next);

#endif
