/* Latin Kazakh (2021) to Cyrillic (see latin.h). The table is the one the Government of
 * Kazakhstan approved on 28 January 2021, as tabulated in
 * https://socket.dev/npm/package/qazlatyn-db/overview/4.0.0 ("Latin 2021 approved version") and
 * https://en.wikipedia.org/wiki/Kazakh_alphabets (Latin script): Ä ә, Ğ ғ, I ı і, İ i и/й,
 * Ñ ң, Ö ө, Ş ш, U u у, Ū ұ, Ü ү, Y y ы, H h х/һ, Ch ч; the Russian-only letters are spelled
 * with these (ц ts, я ia, ю iu) and come back as their parts. */
#include "kk/latin.h"

#include "text/chars.h"
#include "text/utt.h"

static const struct {
    int32_t latin, cyrillic;
} TABLE[] = {
    {'a', 0x0430}, {0xE4, 0x04D9},  {'b', 0x0431},   {'d', 0x0434},   {'e', 0x0435},
    {'f', 0x0444}, {'g', 0x0433},   {0x11F, 0x0493}, {'h', 0x0445},   {0x131, 0x0456},
    {'i', 0x0438}, {'j', 0x0436},   {'k', 0x043A},   {'l', 0x043B},   {'m', 0x043C},
    {'n', 0x043D}, {0xF1, 0x04A3},  {'o', 0x043E},   {0xF6, 0x04E9},  {'p', 0x043F},
    {'q', 0x049B}, {'r', 0x0440},   {'s', 0x0441},   {0x15F, 0x0448}, {'t', 0x0442},
    {'u', 0x0443}, {0x16B, 0x04B1}, {0xFC, 0x04AF},  {'v', 0x0432},   {'y', 0x044B},
    {'z', 0x0437},
};

/* The lower-case letter of cp (İ is a capital i), and whether it was a capital. */
static int32_t lower_of(int32_t cp, bool *upper)
{
    *upper = cp == 0x130 || dy_is_upper(cp);
    if (cp == 0x130)
        return 'i';
    if (cp == 'I')
        return 0x131; /* the capital of ı: İ is the capital of i */
    return dy_to_lower(cp);
}

static int32_t cyrillic_of(int32_t lo)
{
    for (size_t k = 0; k < sizeof TABLE / sizeof *TABLE; k++)
        if (TABLE[k].latin == lo)
            return TABLE[k].cyrillic;
    return 0;
}

static bool is_vowel(int32_t lo)
{
    return lo == 'a' || lo == 0xE4 || lo == 'e' || lo == 'o' || lo == 0xF6 || lo == 'u' ||
           lo == 0x16B || lo == 0xFC || lo == 'y' || lo == 0x131 || lo == 'i';
}

bool dy_kk_latn_word(const char *word, size_t n)
{
    bool any = false, up;
    for (size_t k = 0; k < n;) {
        int32_t cp = dy_utf8_next(word, n, &k);
        if (dy_char_is_apostrophe(cp) || dy_is_invisible(cp))
            continue;
        int32_t lo = lower_of(cp, &up);
        if (lo == 'c') { /* only in ch */
            size_t j = k;
            if (j >= n || lower_of(dy_utf8_next(word, n, &j), &up) != 'h')
                return false;
            k = j;
        } else if (!cyrillic_of(lo)) {
            return false;
        }
        any = true;
    }
    return any;
}

void dy_kk_latn_put(const char *word, size_t n, size_t *i, dy_buf *out)
{
    size_t at = *i;
    bool upper;
    int32_t lo = lower_of(dy_utf8_next(word, n, i), &upper);
    int32_t cy = cyrillic_of(lo);
    if (lo == 'c') {
        size_t j = *i;
        if (j < n && lower_of(dy_utf8_next(word, n, &j), &(bool){0}) == 'h')
            *i = j;
        cy = 0x0447;
    } else if (lo == 'i' && at > 0) { /* и, or й after a vowel: üiıne үйіне, söilesıp сөйлесіп */
        size_t k = 0;
        int32_t before = 0;
        while (k < at)
            before = dy_utf8_next(word, n, &k);
        if (is_vowel(lower_of(before, &(bool){0})))
            cy = 0x0439;
    }
    if (!cy)
        return; /* an apostrophe, an invisible character */
    dy_buf_put_cp(out, upper ? dy_to_upper(cy) : cy);
}
