/* Small helpers used by every module: allocation that aborts on out-of-memory (the only place
 * the library may end the process or print: one line on stderr, as in Redis's zmalloc), a
 * growable byte buffer, growable arrays, and UTF-8 decoding. */
#ifndef DY_UTIL_H
#define DY_UTIL_H

#include "core/dy.h"

#include <stdlib.h>
#include <string.h>

void *dy_xmalloc(size_t n);                 /* never returns NULL */
void *dy_xcalloc(size_t n, size_t size);    /* never returns NULL */
void *dy_xrealloc(void *p, size_t n);       /* never returns NULL */
char *dy_xstrdup(const char *s);            /* caller frees */
char *dy_xstrndup(const char *s, size_t n); /* caller frees; always NUL-terminated */

/* A growable byte string, always NUL-terminated once anything was appended.
 * Zero-initialise (`dy_buf b = {0};`), append, then dy_buf_fini (or take b.data and free it). */
typedef struct dy_buf {
    char *data;
    size_t len;
    size_t cap;
} dy_buf;

void dy_buf_reserve(dy_buf *b, size_t extra);
void dy_buf_append(dy_buf *b, const char *s, size_t n);
void dy_buf_puts(dy_buf *b, const char *s);
void dy_buf_putc(dy_buf *b, char c);
void dy_buf_printf(dy_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void dy_buf_clear(dy_buf *b);            /* len = 0, keeps the memory */
const char *dy_buf_str(const dy_buf *b); /* "" when nothing was appended */
void dy_buf_fini(dy_buf *b);

/* Growable arrays: a struct with `T *items; size_t len, cap;`. DY_VEC_PUSH returns a pointer to
 * the new (zeroed) last element. */
#define DY_VEC(T)                                                                                  \
    struct {                                                                                       \
        T *items;                                                                                  \
        size_t len, cap;                                                                           \
    }
void *dy_vec_grow(void *items, size_t *cap, size_t len, size_t elem);
#define DY_VEC_PUSH(v)                                                                             \
    ((v)->len == (v)->cap                                                                          \
         ? (void)((v)->items = dy_vec_grow((v)->items, &(v)->cap, (v)->len, sizeof *(v)->items))   \
         : (void)0,                                                                                \
     memset(&(v)->items[(v)->len], 0, sizeof *(v)->items), &(v)->items[(v)->len++])
#define DY_VEC_FREE(v) (free((v)->items), (v)->items = NULL, (v)->len = (v)->cap = 0)

typedef DY_VEC(dy_span) dy_span_vec;

/* Parses a whole decimal string as an integer in [lo, hi] / a finite number in [lo, hi].
 * false (and *out untouched) for anything else: "", "12x", "1e999", out of range. */
/* qsort/bsearch comparator of two (char *) elements, in strcmp order. */
int dy_cmp_strp(const void *a, const void *b);

bool dy_parse_int(const char *s, long lo, long hi, int *out);
bool dy_parse_double(const char *s, double lo, double hi, double *out);

/* Decodes one UTF-8 code point of s[*i .. n) and advances *i past it. Returns -1 for an invalid,
 * overlong, surrogate or truncated sequence (then *i advances by one byte). */
int32_t dy_utf8_next(const char *s, size_t n, size_t *i);
/* Decodes the code point that ends just before s[*i] and moves *i to its first byte; -1 at 0. */
int32_t dy_utf8_prev(const char *s, size_t *i);
/* Writes cp as UTF-8 into out (1..4 bytes; a negative cp becomes U+FFFD); returns the length. */
size_t dy_utf8_encode(int32_t cp, char out[4]);
/* Appends cp as UTF-8 (a negative cp becomes U+FFFD). */
void dy_buf_put_cp(dy_buf *b, int32_t cp);
/* A copy of s (NUL-terminated) with every invalid UTF-8 byte replaced by U+FFFD; caller frees. */
char *dy_utf8_sanitize(const char *s);
/* Number of code points in s[0 .. n), counting each invalid byte as one. */
size_t dy_utf8_count(const char *s, size_t n);
/* s[0 .. n) in Unicode normalization form C ("и" + U+0306 -> "й", "e" + U+0301 -> "é"), so that
 * text that looks the same is the same bytes. NUL-terminated; its length goes to *len (unless
 * NULL). Text that is not valid UTF-8 is copied unchanged. Caller frees. */
char *dy_utf8_nfc(const char *s, size_t n, size_t *len);
/* The NFC of s[0 .. n) appended to out; false (and out as it was) when s is not UTF-8. A text
 * may be composed a piece at a time when each piece but the last ends before a space or a line
 * break: nothing composes with them or reorders across them. */
bool dy_utf8_nfc_append(const char *s, size_t n, dy_buf *out);

bool dy_is_letter(int32_t cp); /* any script */
bool dy_is_cyrillic(int32_t cp);
bool dy_is_upper(int32_t cp);
int32_t dy_to_lower(int32_t cp);
int32_t dy_to_upper(int32_t cp);
bool dy_is_space(int32_t cp); /* Unicode white space, including NBSP and thin spaces */

#endif
