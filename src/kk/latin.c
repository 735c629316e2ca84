/* Latin Kazakh to Cyrillic (see latin.h). The 2021 table is the one the Government of
 * Kazakhstan approved on 28 January 2021, as tabulated in
 * https://socket.dev/npm/package/qazlatyn-db/overview/4.0.0 ("Latin 2021 approved version", with
 * the 2018 column beside it) and https://en.wikipedia.org/wiki/Kazakh_alphabets (Latin script):
 * Ä ә, Ğ ғ, I ı і, İ i и/й, Ñ ң, Ö ө, Ş ş ш, U u у, Ū ū ұ, Ü ü ү, Y y ы, H h х/һ, Ch ч; the
 * Russian-only letters are spelled with these (ц ts, я ia, ю iu) and come back as their parts.
 * 2018 (Decree of 19 February 2018): Á ә, Ǵ ғ, I i і, I ı и/й, Ń ң, Ó ө, U u ұ, Ú ү, Ý ý у,
 * Sh ш, Ch ч. */
#include "kk/latin.h"

#include "text/chars.h"
#include "text/utt.h"

typedef struct pair {
    int32_t latin, cyrillic;
} pair;

/* The letters both alphabets read the same (lower case). */
static const pair COMMON[] = {
    {'a', 0x0430}, {'b', 0x0431}, {'d', 0x0434}, {'e', 0x0435}, {'f', 0x0444}, {'g', 0x0433},
    {'h', 0x0445}, {'j', 0x0436}, {'k', 0x043A}, {'l', 0x043B}, {'m', 0x043C}, {'n', 0x043D},
    {'o', 0x043E}, {'p', 0x043F}, {'q', 0x049B}, {'r', 0x0440}, {'s', 0x0441}, {'t', 0x0442},
    {'v', 0x0432}, {'y', 0x044B}, {'z', 0x0437},
};
/* ș (s with a comma below) is often typed for ş */
static const pair Y2021[] = {
    {0xE4, 0x04D9}, {0x11F, 0x0493}, {0x131, 0x0456}, {'i', 0x0438},
    {0xF1, 0x04A3}, {0xF6, 0x04E9},  {0x15F, 0x0448}, {0x219, 0x0448},
    {'u', 0x0443},  {0x16B, 0x04B1}, {0xFC, 0x04AF},
};
static const pair Y2018[] = {
    {0xE1, 0x04D9}, {0x1F5, 0x0493}, {'i', 0x0456},  {0x131, 0x0438}, {0x144, 0x04A3},
    {0xF3, 0x04E9}, {'u', 0x04B1},   {0xFA, 0x04AF}, {0xFD, 0x0443},  {0x15B, 0x0448},
};

#define N(t) (sizeof(t) / sizeof *(t))

/* The lower-case letter of cp (İ is a capital i), and whether it was a capital. */
static int32_t lower_of(int32_t cp, bool *upper, dy_kk_latn a)
{
    *upper = cp == 0x130 || dy_is_upper(cp);
    if (cp == 0x130)
        return 'i';
    if (cp == 'I') /* 2021: the capital of ı (İ is that of i); 2018: of i, mostly */
        return a == DY_KK_LATN_2021 ? 0x131 : 'i';
    return dy_to_lower(cp);
}

static int32_t cyrillic_of(int32_t lo, dy_kk_latn a)
{
    for (size_t k = 0; k < N(COMMON); k++)
        if (COMMON[k].latin == lo)
            return COMMON[k].cyrillic;
    for (size_t k = 0; a == DY_KK_LATN_2021 && k < N(Y2021); k++)
        if (Y2021[k].latin == lo)
            return Y2021[k].cyrillic;
    for (size_t k = 0; a == DY_KK_LATN_2018 && k < N(Y2018); k++)
        if (Y2018[k].latin == lo)
            return Y2018[k].cyrillic;
    return 0;
}

/* The letter that reads и, or й after a vowel. */
static int32_t i_letter(dy_kk_latn a) { return a == DY_KK_LATN_2021 ? 'i' : 0x131; }

static bool is_vowel(int32_t lo)
{
    return lo == 'a' || lo == 0xE4 || lo == 0xE1 || lo == 'e' || lo == 'o' || lo == 0xF6 ||
           lo == 0xF3 || lo == 'u' || lo == 0x16B || lo == 0xFC || lo == 0xFA || lo == 0xFD ||
           lo == 'y' || lo == 0x131 || lo == 'i';
}

dy_kk_latn dy_kk_latn_of(const char *text, size_t n)
{
    for (size_t k = 0; k < n;) {
        int32_t lo = dy_to_lower(dy_utf8_next(text, n, &k));
        if (lo == 0xE1 || lo == 0x1F5 || lo == 0x144 || lo == 0xF3 || lo == 0xFA || lo == 0xFD)
            return DY_KK_LATN_2018;
    }
    return DY_KK_LATN_2021;
}

/* The digraph at word[*i] ("ch" in both, "sh" in 2018), its Cyrillic letter, *i moved past. */
static int32_t digraph(const char *word, size_t n, size_t *i, int32_t lo, dy_kk_latn a)
{
    if (lo != 'c' && !(lo == 's' && a == DY_KK_LATN_2018))
        return 0;
    size_t j = *i;
    bool up;
    if (j >= n || lower_of(dy_utf8_next(word, n, &j), &up, a) != 'h')
        return 0;
    *i = j;
    return lo == 'c' ? 0x0447 : 0x0448;
}

bool dy_kk_latn_word(const char *word, size_t n, dy_kk_latn a)
{
    bool any = false, up;
    for (size_t k = 0; k < n;) {
        int32_t cp = dy_utf8_next(word, n, &k);
        if (dy_char_is_apostrophe(cp) || dy_is_invisible(cp))
            continue;
        int32_t lo = lower_of(cp, &up, a);
        if (!digraph(word, n, &k, lo, a) && !cyrillic_of(lo, a))
            return false; /* c only in ch */
        any = true;
    }
    return any;
}

void dy_kk_latn_put(const char *word, size_t n, size_t *i, dy_buf *out, dy_kk_latn a)
{
    size_t at = *i;
    bool upper, up;
    int32_t lo = lower_of(dy_utf8_next(word, n, i), &upper, a);
    int32_t cy = digraph(word, n, i, lo, a);
    if (!cy)
        cy = cyrillic_of(lo, a);
    if (lo == i_letter(a) && at > 0) { /* й after a vowel: üiıne үйіне, söilesıp сөйлесіп */
        size_t k = 0;
        int32_t before = 0;
        while (k < at)
            before = dy_utf8_next(word, n, &k);
        if (is_vowel(lower_of(before, &up, a)))
            cy = 0x0439;
    }
    if (!cy)
        return; /* an apostrophe, an invisible character */
    dy_buf_put_cp(out, upper ? dy_to_upper(cy) : cy);
}
