/* Allocation, buffers, arrays and UTF-8 helpers shared by every module (see util.h). */
#include "core/util.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* The one place the library prints, and the one place it ends the process: with no memory left
 * there is no way to hand a diagnostic back (every caller would have to handle NULL, and the
 * diag's own formatting may need memory), so the reason goes to stderr, which is all that is
 * left, and abort() ends the process (a worker's end shows in the parent as a failed worker). */
static void *oom(size_t n)
{
    fprintf(stderr, "dauys: out of memory (%zu bytes)\n", n);
    abort();
}

void *dy_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    return p ? p : oom(n);
}

void *dy_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    return p ? p : oom(n * size);
}

void *dy_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    return q ? q : oom(n);
}

char *dy_xstrdup(const char *s) { return dy_xstrndup(s, strlen(s)); }

char *dy_xstrndup(const char *s, size_t n)
{
    char *p = dy_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void dy_buf_reserve(dy_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    b->data = dy_xrealloc(b->data, cap);
    b->cap = cap;
    b->data[b->len] = '\0';
}

void dy_buf_append(dy_buf *b, const char *s, size_t n)
{
    dy_buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void dy_buf_puts(dy_buf *b, const char *s) { dy_buf_append(b, s, strlen(s)); }
void dy_buf_putc(dy_buf *b, char c) { dy_buf_append(b, &c, 1); }

void dy_buf_printf(dy_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    dy_buf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void dy_buf_clear(dy_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

const char *dy_buf_str(const dy_buf *b) { return b->data ? b->data : ""; }

void dy_buf_fini(dy_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void *dy_vec_grow(void *items, size_t *cap, size_t len, size_t elem)
{
    size_t ncap = *cap ? *cap * 2 : 8;
    if (ncap < len + 1)
        ncap = len + 1;
    *cap = ncap;
    return dy_xrealloc(items, ncap * elem);
}

int dy_cmp_strp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int32_t dy_utf8_next(const char *str, size_t n, size_t *i)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t p = *i;
    if (p >= n)
        return -1;
    unsigned c = s[p];
    int len;
    int32_t cp, min;
    if (c < 0x80) {
        *i = p + 1;
        return (int32_t)c;
    } else if ((c & 0xE0) == 0xC0) {
        len = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, cp = c & 0x07, min = 0x10000;
    } else {
        *i = p + 1;
        return -1;
    }
    if (p + (size_t)len > n) {
        *i = p + 1;
        return -1;
    }
    for (int k = 1; k < len; k++) {
        if ((s[p + k] & 0xC0) != 0x80) {
            *i = p + 1;
            return -1;
        }
        cp = (cp << 6) | (s[p + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *i = p + 1;
        return -1;
    }
    *i = p + (size_t)len;
    return cp;
}

int32_t dy_utf8_prev(const char *str, size_t *i)
{
    const unsigned char *s = (const unsigned char *)str;
    if (*i == 0)
        return -1;
    size_t p = *i - 1;
    while (p > 0 && (s[p] & 0xC0) == 0x80 && *i - p < 4)
        p--;
    size_t q = p;
    int32_t cp = dy_utf8_next(str, *i, &q);
    if (q != *i) { /* not a whole sequence: step back one byte */
        *i -= 1;
        return -1;
    }
    *i = p;
    return cp;
}

size_t dy_utf8_encode(int32_t cp, char out[4])
{
    return (size_t)utf8proc_encode_char(cp < 0 ? 0xFFFD : cp, (utf8proc_uint8_t *)out);
}

void dy_buf_put_cp(dy_buf *b, int32_t cp)
{
    char tmp[4];
    dy_buf_append(b, tmp, dy_utf8_encode(cp, tmp));
}

char *dy_utf8_sanitize(const char *s)
{
    dy_buf b = {0};
    size_t n = strlen(s);
    for (size_t i = 0; i < n;)
        dy_buf_put_cp(&b, dy_utf8_next(s, n, &i)); /* -1 becomes U+FFFD */
    return b.data ? b.data : dy_xstrdup("");
}

size_t dy_utf8_count(const char *s, size_t n)
{
    size_t i = 0, count = 0;
    while (i < n) {
        dy_utf8_next(s, n, &i);
        count++;
    }
    return count;
}

/* The letters and digits of Unicode's mathematical alphabets (U+1D400-U+1D7FF: 𝑎, 𝐹, 𝛼, 𝟐)
 * as the plain letters they are styles of: a worked solution typed in a maths font reads "𝑎 =
 * 0, 6𝑏" as a = 0, 6b. */
static utf8proc_int32_t plain_math_letter(utf8proc_int32_t cp, void *data)
{
    (void)data;
    if (cp < 0x1D400 || cp > 0x1D7FF)
        return cp;
    utf8proc_int32_t d[4];
    int last = 0;
    utf8proc_ssize_t k =
        utf8proc_decompose_char(cp, d, 4, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, &last);
    return k == 1 ? d[0] : cp;
}

/* The run of Cyrillic letters that ends just before byte i of s (it counts back), and the one
 * that starts at byte i (it counts forward), at most 8 each. */
static size_t cyrillic_before(const char *s, size_t i)
{
    size_t count = 0;
    while (i > 0 && count < 8) {
        int32_t cp = dy_utf8_prev(s, &i);
        if (!dy_is_cyrillic(cp) || !dy_is_letter(cp))
            break;
        count++;
    }
    return count;
}

static size_t cyrillic_after(const char *s, size_t n, size_t i)
{
    size_t count = 0;
    while (i < n && count < 8) {
        int32_t cp = dy_utf8_next(s, n, &i);
        if (!dy_is_cyrillic(cp) || !dy_is_letter(cp))
            break;
        count++;
    }
    return count;
}

/* An old Kazakh font's letters that come out as signs (a diploma or a PDF typed before Unicode:
 * "Мазм±ны", "Кµлемдік", "¥йымдастыру"): ± is ұ, µ is ө, ¥ is Ұ where they stand inside a
 * Cyrillic word of four letters or more; elsewhere they are the signs ("5±2", "х±у", "µм",
 * "¥100"). ¥ is the capital: at a word's start or after a capital. Each letter takes as many
 * bytes as its sign, so the text keeps its length. */
static void font_letters(char *s, size_t n, size_t from)
{
    for (size_t i = from; i + 1 < n; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b != 0xC2 || ((unsigned char)s[i + 1] != 0xB1 && (unsigned char)s[i + 1] != 0xB5 &&
                          (unsigned char)s[i + 1] != 0xA5))
            continue;
        unsigned char sign = (unsigned char)s[i + 1];
        size_t left = cyrillic_before(s, i), right = cyrillic_after(s, n, i + 2);
        if (right == 0 || left + right < 3 || (left == 0 && sign != 0xA5))
            continue;
        size_t k = i + 2, p = i;
        int32_t next = dy_utf8_next(s, n, &k);
        int32_t prev = left ? dy_utf8_prev(s, &p) : 0;
        bool upper = dy_is_upper(next) && (left == 0 || dy_is_upper(prev));
        if (sign == 0xA5 && left > 0 && !dy_is_upper(prev))
            continue; /* ¥ is the capital Ұ: "¥йымдастыру", "Қ¥РЫЛЫС" */
        if (sign == 0xB1 || sign == 0xA5) { /* ұ U+04B1, Ұ U+04B0 */
            s[i] = (char)0xD2;
            s[i + 1] = (char)(upper || sign == 0xA5 ? 0xB0 : 0xB1);
        } else { /* ө U+04E9, Ө U+04E8 */
            s[i] = (char)0xD3;
            s[i + 1] = (char)(upper ? 0xA8 : 0xA9);
        }
    }
}

bool dy_utf8_nfc_append(const char *s, size_t n, dy_buf *out)
{
    size_t ascii = 0;
    while (ascii < n && (unsigned char)s[ascii] < 0x80)
        ascii++;
    if (ascii == n) { /* ASCII has nothing to compose */
        dy_buf_append(out, s, n);
        return true;
    }
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t r =
        utf8proc_map_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &mapped,
                            UTF8PROC_STABLE | UTF8PROC_COMPOSE, plain_math_letter, NULL);
    if (r == UTF8PROC_ERROR_NOMEM)
        oom(n);
    if (r >= 0) {
        size_t from = out->len;
        dy_buf_append(out, (const char *)mapped, (size_t)r);
        font_letters(out->data, out->len, from);
    }
    free(mapped);
    return r >= 0;
}

char *dy_utf8_nfc(const char *s, size_t n, size_t *len)
{
    /* A piece at a time, each ending before a space or a line break: nothing composes with
     * them or reorders across them, so the pieces' NFC is the text's. utf8proc holds four bytes
     * a character while it works; a piece of 64 KiB keeps that small for a 64 MiB text. */
    dy_buf out = {0};
    dy_buf_reserve(&out, n);
    size_t at = 0;
    while (at < n) {
        size_t end = at + 65536 < n ? at + 65536 : n;
        while (end < n && s[end] != ' ' && s[end] != '\n')
            end++;
        if (!dy_utf8_nfc_append(s + at, end - at, &out)) { /* not UTF-8: as it is */
            dy_buf_clear(&out);
            dy_buf_append(&out, s, n);
            break;
        }
        at = end;
    }
    if (len)
        *len = out.len;
    return out.data ? out.data : dy_xstrdup("");
}

bool dy_is_letter(int32_t cp)
{
    if (cp < 0)
        return false;
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool dy_is_cyrillic(int32_t cp)
{
    return (cp >= 0x0400 && cp <= 0x052F) || (cp >= 0x1C80 && cp <= 0x1C8F);
}
bool dy_is_upper(int32_t cp) { return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU; }
int32_t dy_to_lower(int32_t cp) { return cp < 0 ? cp : utf8proc_tolower(cp); }
int32_t dy_to_upper(int32_t cp) { return cp < 0 ? cp : utf8proc_toupper(cp); }

bool dy_is_space(int32_t cp)
{
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f')
        return true;
    if (cp < 0x80)
        return false;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

bool dy_parse_int(const char *s, long lo, long hi, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return false;
    *out = (int)v;
    return true;
}

bool dy_parse_double(const char *s, double lo, double hi, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !isfinite(v) || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}
