/* Shared by the libFuzzer targets in tests/fuzz/: a failed invariant aborts (libFuzzer then saves
 * the input as a crash), an independent strict UTF-8 decoder (written from the Unicode table of
 * well-formed byte sequences, not from the library's decoder, so the two check each other), and
 * line counting for diagnostics. */
#ifndef DY_FUZZ_H
#define DY_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Inputs above this are ignored: runs stay fast, and big inputs come from the seeds' mutations
 * up to this size (scripts/fuzz also passes -max_len). */
#define FZ_MAX_INPUT (64 * 1024)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define FZ_CHECK(cond, ...)                                                                        \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "\n%s:%d: invariant failed: %s\n  ", __FILE__, __LINE__, #cond);       \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fprintf(stderr, "\n");                                                                 \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* Decodes one well-formed UTF-8 sequence at s[*i] (Unicode 15, table 3-7) and advances *i past
 * it; returns -1 and advances by one byte for anything else (overlong, surrogate, above
 * U+10FFFF, truncated, stray continuation byte). */
static inline int32_t fz_utf8_next(const void *str, size_t n, size_t *i)
{
    const unsigned char *s = str;
    size_t p = *i;
    unsigned c = s[p];
    int len = 0;
    unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c <= 0x7F) {
        *i = p + 1;
        return (int32_t)c;
    }
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    if (len == 0 || p + (size_t)len > n || s[p + 1] < lo || s[p + 1] > hi) {
        *i = p + 1;
        return -1;
    }
    for (int k = 2; k < len; k++)
        if (s[p + k] < 0x80 || s[p + k] > 0xBF) {
            *i = p + 1;
            return -1;
        }
    int32_t cp = (int32_t)(c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07));
    for (int k = 1; k < len; k++)
        cp = (cp << 6) | (int32_t)(s[p + k] & 0x3F);
    *i = p + (size_t)len;
    return cp;
}

/* Offset of the first byte that is NUL or not part of a well-formed sequence, or n. */
static inline size_t fz_utf8_bad(const void *s, size_t n, bool nul_is_bad)
{
    for (size_t i = 0; i < n;) {
        size_t at = i;
        int32_t cp = fz_utf8_next(s, n, &i);
        if (cp < 0 || (cp == 0 && nul_is_bad))
            return at;
    }
    return n;
}

static inline bool fz_utf8_valid(const void *s, size_t n) { return fz_utf8_bad(s, n, false) == n; }
static inline bool fz_utf8_valid_str(const char *s) { return s && fz_utf8_valid(s, strlen(s)); }

/* A copy of s[0..n), NUL-terminated, with every NUL and every byte outside a well-formed UTF-8
 * sequence replaced by '?': the text a checked source (dy_source) could hold. */
static inline char *fz_valid_copy(const uint8_t *s, size_t n)
{
    char *t = malloc(n + 1);
    for (size_t i = 0; i < n;) {
        size_t at = i;
        int32_t cp = fz_utf8_next(s, n, &i);
        if (cp <= 0)
            t[at] = '?';
        else
            memcpy(t + at, s + at, i - at);
    }
    t[n] = '\0';
    return t;
}

/* Line breaks: with cr, as the text reader counts them ("\n", "\r\n" as one break, a lone "\r");
 * without, only "\n" (the lexicon and preset readers; a "\r" before it is part of the line). */
static inline bool fz_is_break(const char *s, size_t n, size_t i, bool cr)
{
    return s[i] == '\n' || (cr && s[i] == '\r' && (i + 1 >= n || s[i + 1] != '\n'));
}

/* Number of lines of s[0..n) (a final line without a break counts; "" has one line). */
static inline int fz_lines(const char *s, size_t n, bool cr)
{
    int lines = 1;
    for (size_t i = 0; i < n; i++)
        lines += fz_is_break(s, n, i, cr);
    return lines;
}

/* Number of characters of line `line` (1-based; an invalid byte counts as one), or -1 when
 * there is no such line. Its line break is not counted ("\r\n" is one break with cr). */
static inline long fz_line_chars(const char *s, size_t n, int line, bool cr)
{
    size_t i = 0;
    for (int l = 1; l < line; l++) {
        while (i < n && !fz_is_break(s, n, i, cr))
            i++;
        if (i >= n)
            return -1;
        i++;
    }
    long count = 0;
    while (i < n && !fz_is_break(s, n, i, cr) && !(cr && s[i] == '\r')) {
        fz_utf8_next(s, n, &i);
        count++;
    }
    return count;
}

/* Checks a diagnostic's position against s[0..n): line and column both 0 (not applicable), or
 * a line of the input and a column from 1 to one past its last character. */
static inline bool fz_position_ok(const char *s, size_t n, int line, int col, bool cr)
{
    if (line == 0 && col == 0)
        return true;
    if (line < 1 || col < 1)
        return false;
    long chars = fz_line_chars(s, n, line, cr);
    return chars >= 0 && col <= chars + 1;
}

#endif
