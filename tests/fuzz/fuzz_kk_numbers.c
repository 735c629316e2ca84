/* Fuzz target: Kazakh number words and suffixes (src/kk/numbers.h), which the normalizer calls
 * with whatever digits and tails a text holds. Byte 0 picks the function; the rest is its input.
 * Invariants:
 * - cardinal/ordinal of a digit string succeed exactly for 1..15 ASCII digits, append nothing
 *   on failure, agree with the _u64 forms, and give lower-case valid UTF-8 words separated by
 *   single spaces; the ordinal is the cardinal with its last word inflected;
 * - the _u64 forms succeed exactly below 10^15;
 * - dy_kk_digits says one word per digit;
 * - a parsed tail is -1 or 0..max morphemes, each a valid morpheme;
 * - dy_kk_inflect of a valid UTF-8 word gives valid UTF-8. */
#include "fuzz.h"

#include <inttypes.h>

#include "kk/numbers.h"

#define N_MORPHS (DY_KK_PRIV + 1)

static void check_words(const dy_buf *b, size_t from)
{
    const char *s = dy_buf_str(b) + from;
    size_t n = b->len - from;
    FZ_CHECK(n > 0 && strlen(s) == n && fz_utf8_valid(s, n), "bad number words '%s'", s);
    FZ_CHECK(s[0] != ' ' && s[n - 1] != ' ' && !strstr(s, "  "), "bad spacing '%s'", s);
    for (size_t i = 0; i < n;) {
        int32_t cp = fz_utf8_next(s, n, &i);
        FZ_CHECK(cp == ' ' || (dy_is_letter(cp) && !dy_is_upper(cp)), "'%s': U+%04X", s,
                 (unsigned)cp);
    }
}

static bool digits_only(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* cardinal or ordinal of s[0..n), then the same through the _u64 form */
static void number(const char *s, size_t n, bool ordinal)
{
    dy_buf b = {0}, c = {0};
    dy_buf_puts(&b, "x");
    bool ok = ordinal ? dy_kk_ordinal(&b, s, n) : dy_kk_cardinal(&b, s, n);
    bool want = n >= 1 && n <= 15 && digits_only(s, n);
    FZ_CHECK(ok == want, "'%.*s': %d", (int)n, s, ok);
    if (!ok) {
        FZ_CHECK(b.len == 1, "a failure appended '%s'", b.data);
    } else {
        check_words(&b, 1);
        uint64_t v = 0;
        for (size_t i = 0; i < n; i++)
            v = v * 10 + (uint64_t)(s[i] - '0');
        dy_buf_puts(&c, "x");
        FZ_CHECK(ordinal ? dy_kk_ordinal_u64(&c, v) : dy_kk_cardinal_u64(&c, v), "u64 refused");
        FZ_CHECK(!strcmp(b.data, c.data), "'%s' vs u64 '%s'", b.data, c.data);
        if (ordinal) { /* the cardinal's words but the last are the ordinal's */
            dy_buf_clear(&c);
            dy_kk_cardinal_u64(&c, v);
            const char *last = strrchr(c.data, ' ');
            size_t head = last ? (size_t)(last + 1 - c.data) : 0;
            FZ_CHECK(!memcmp(b.data + 1, c.data, head), "ordinal '%s', cardinal '%s'", b.data + 1,
                     c.data);
        }
    }
    dy_buf_fini(&b);
    dy_buf_fini(&c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    unsigned op = data[0] % 6;
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    dy_buf b = {0};
    switch (op) {
    case 0:
    case 1: number(s, n, op == 1); break;
    case 2: {
        dy_kk_digits(&b, s, n);
        size_t digits = 0;
        for (size_t i = 0; i < n; i++)
            digits += s[i] >= '0' && s[i] <= '9';
        size_t words = b.len ? 1 : 0;
        for (size_t i = 0; i < b.len; i++)
            words += b.data[i] == ' ';
        FZ_CHECK(words == digits, "%zu digits, %zu words", digits, words);
        if (digits)
            check_words(&b, 0);
        break;
    }
    case 3: {
        /* byte 1: max; then "word\0tail" (no NUL: no word) */
        if (n < 1)
            break;
        int max = s[0] % 12;
        s++, n--;
        const char *nul = memchr(s, '\0', n);
        char *word = nul ? dy_xstrndup(s, (size_t)(nul - s)) : NULL;
        const char *tail = nul ? nul + 1 : s;
        size_t tn = nul ? n - (size_t)(nul + 1 - s) : n;
        dy_kk_morph chain[12];
        int k = dy_kk_parse_tail_after(word, tail, tn, chain, max);
        FZ_CHECK(k == -1 || (k >= 0 && k <= max), "%d morphemes, max %d", k, max);
        for (int i = 0; i < k; i++)
            FZ_CHECK((unsigned)chain[i] < N_MORPHS, "morpheme %d is %d", i, (int)chain[i]);
        if (!word) {
            dy_kk_morph again[12];
            FZ_CHECK(dy_kk_parse_tail(tail, tn, again, max) == k, "parse_tail differs");
        }
        free(word);
        break;
    }
    case 4: {
        /* byte 1: chain length (0..8); that many morpheme bytes; then the word */
        if (n < 1)
            break;
        size_t len = (unsigned char)s[0] % 9;
        s++, n--;
        if (n < len)
            break;
        dy_kk_morph chain[8];
        for (size_t i = 0; i < len; i++)
            chain[i] = (dy_kk_morph)((unsigned char)s[i] % (N_MORPHS + 1)); /* one invalid */
        s += len, n -= len;
        char *word = dy_xstrndup(s, strnlen(s, n));
        dy_kk_inflect(&b, word, chain, len);
        if (fz_utf8_valid_str(word))
            FZ_CHECK(fz_utf8_valid(dy_buf_str(&b), b.len), "inflected '%s' is not UTF-8", word);
        FZ_CHECK(strlen(dy_buf_str(&b)) == b.len, "a NUL in '%s'", word);
        free(word);
        break;
    }
    case 5: {
        uint64_t v = 0;
        for (size_t i = 0; i < n && i < 8; i++)
            v = v << 8 | (unsigned char)s[i];
        if (n > 0 && s[0] & 1)
            v %= 1000000000000000ull + 1000; /* mostly near or below the limit */
        bool ok = dy_kk_cardinal_u64(&b, v);
        FZ_CHECK(ok == (v < 1000000000000000ull), "%" PRIu64 ": %d", v, ok);
        if (ok) {
            check_words(&b, 0);
            char digits[32];
            snprintf(digits, sizeof digits, "%" PRIu64, v);
            dy_buf c = {0};
            dy_kk_cardinal(&c, digits, strlen(digits));
            FZ_CHECK(!strcmp(b.data, c.data), "%s: '%s' vs '%s'", digits, b.data, c.data);
            dy_buf_fini(&c);
        }
        break;
    }
    }
    dy_buf_fini(&b);
    return 0;
}
