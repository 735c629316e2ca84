/* Inline TeX spans (see tex.h). */
#include "text/tex.h"

#include <stdbool.h>
#include <string.h>

#include "core/util.h"
#include "text/chars.h"

/* A single-dollar span's content c[0..n) that is no amount: markup, or a short formula. */
static bool formula_content(const char *c, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strchr("\\^_{", c[k]))
            return true;
    bool number = n > 0;
    for (size_t k = 0; k < n && number; k++)
        number = (c[k] >= '0' && c[k] <= '9') || ((c[k] == '.' || c[k] == ',') && k > 0);
    if (number)
        return true; /* "$25$-ке": a number set as maths, its closing dollar glued to it */
    if (n > 40 || (c[0] >= '0' && c[0] <= '9') || c[0] == ' ' || c[n - 1] == ' ')
        return false;
    bool letter_before = false, cyrillic_before = false;
    for (size_t k = 0; k < n;) {
        int32_t cp = dy_utf8_next(c, n, &k);
        bool letter = dy_is_letter(cp), cyrillic = dy_is_cyrillic(cp);
        if (letter && letter_before && (cyrillic || cyrillic_before))
            return false; /* a Cyrillic word: prose between two prices */
        letter_before = letter;
        cyrillic_before = cyrillic;
    }
    return true;
}

size_t dy_tex_span(const char *s, size_t n, size_t *delim)
{
    const char *close;
    if (n >= 2 && !memcmp(s, "$$", 2))
        close = "$$";
    else if (n >= 2 && !memcmp(s, "\\(", 2))
        close = "\\)";
    else if (n >= 1 && s[0] == '$')
        close = "$";
    else
        return 0;
    size_t d = strlen(close);
    for (size_t k = d; k + d <= n && s[k] != '\n'; k++) {
        if (memcmp(s + k, close, d))
            continue;
        if (k == d || (d == 1 && (!formula_content(s + 1, k - 1) ||
                                  (k + 1 < n && s[k + 1] >= '0' && s[k + 1] <= '9'))))
            return 0;
        *delim = d;
        return k + d;
    }
    return 0;
}
