/* Latin Kazakh to Cyrillic (see latin.h). The 2021 table is the one the Government of
 * Kazakhstan approved on 28 January 2021, as tabulated in
 * https://socket.dev/npm/package/qazlatyn-db/overview/4.0.0 ("Latin 2021 approved version", with
 * the 2018 column beside it) and https://en.wikipedia.org/wiki/Kazakh_alphabets (Latin script):
 * Ä ә, Ğ ғ, I ı і, İ i и/й, Ñ ң, Ö ө, Ş ş ш, U u у, Ū ū ұ, Ü ü ү, Y y ы, H h х/һ, Ch ч; the
 * Russian-only letters are spelled with these (ц ts, я ia, ю iu) and come back as their parts.
 * 2018 (Decree of 19 February 2018): Á ә, Ǵ ғ, I i і, I ı и/й, Ń ң, Ó ө, U u ұ, Ú ү, Ý ý у,
 * Sh ш, Ch ч. */
#include "kk/latin.h"

#include <string.h>

#include "kk/tables.h"
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

/* 2017: the plain letters that differ (the apostrophe forms are read by digraph()) */
static const pair Y2017[] = {{'i', 0x0456}, {'u', 0x04B1}};
/* 2017: a letter with an apostrophe */
static const pair APOSTROPHE[] = {
    {'a', 0x04D9}, {'g', 0x0493}, {'n', 0x04A3}, {'o', 0x04E9}, {'u', 0x04AF},
    {'y', 0x0443}, {'i', 0x0438}, {'s', 0x0448}, {'c', 0x0447},
};

/* plain ASCII as outlets type Kazakh: i і, u у (ı, if typed, и) */
static const pair YPLAIN[] = {{'i', 0x0456}, {'u', 0x0443}, {0x131, 0x0438}};

#define N(t) (sizeof(t) / sizeof *(t))

/* The lower-case letter of cp (İ is a capital i), and whether it was a capital. */
static int32_t lower_of(int32_t cp, bool *upper, dy_kk_latn a)
{
    if (cp == 0x0456 || cp == 0x0406) { /* a Cyrillic і typed for the letter і ("bіrіnshі") */
        *upper = cp == 0x0406;
        return a == DY_KK_LATN_2021 ? 0x131 : 'i';
    }
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
    for (size_t k = 0; a == DY_KK_LATN_PLAIN && k < N(YPLAIN); k++)
        if (YPLAIN[k].latin == lo)
            return YPLAIN[k].cyrillic;
    for (size_t k = 0; a == DY_KK_LATN_2017 && k < N(Y2017); k++)
        if (Y2017[k].latin == lo)
            return Y2017[k].cyrillic;
    if (a == DY_KK_LATN_2017)
        return 0;
    for (size_t k = 0; a != DY_KK_LATN_2018 && k < N(Y2021); k++) /* plain: ä ğ ñ ö ş ū ü too */
        if (Y2021[k].latin == lo)
            return Y2021[k].cyrillic;
    for (size_t k = 0; a == DY_KK_LATN_2018 && k < N(Y2018); k++)
        if (Y2018[k].latin == lo)
            return Y2018[k].cyrillic;
    return 0;
}

/* The letter that reads и, or й after a vowel. */
static int32_t i_letter(dy_kk_latn a)
{
    return a == DY_KK_LATN_2018 ? 0x131 : a == DY_KK_LATN_2017 ? -1 /* i' */ : 'i';
}

static bool is_vowel(int32_t lo)
{
    return lo == 'a' || lo == 0xE4 || lo == 0xE1 || lo == 'e' || lo == 'o' || lo == 0xF6 ||
           lo == 0xF3 || lo == 'u' || lo == 0x16B || lo == 0xFC || lo == 0xFA || lo == 0xFD ||
           lo == 'y' || lo == 0x131 || lo == 'i';
}

/* The letter of 2017 that lo is with an apostrophe, or 0. */
static int32_t apostrophe_form(int32_t lo)
{
    for (size_t k = 0; k < N(APOSTROPHE); k++)
        if (APOSTROPHE[k].latin == lo)
            return APOSTROPHE[k].cyrillic;
    return 0;
}

dy_kk_latn dy_kk_latn_of(const char *text, size_t n)
{
    int forms = 0;
    int32_t prev = 0;
    bool only_2021 = false; /* ı İ ğ ñ ş ș ū: no ASCII typist writes them */
    for (size_t k = 0; k < n;) {
        int32_t cp = dy_utf8_next(text, n, &k), lo = dy_to_lower(cp);
        if (lo == 0xE1 || lo == 0x1F5 || lo == 0x144 || lo == 0xF3 || lo == 0xFA || lo == 0xFD)
            return DY_KK_LATN_2018;
        only_2021 |= cp == 0x130 || lo == 0x131 || lo == 0x11F || lo == 0xF1 || lo == 0x15F ||
                     lo == 0x219 || lo == 0x16B;
        forms += dy_char_is_apostrophe(cp) && apostrophe_form(prev);
        prev = lo;
    }
    return forms >= 2 ? DY_KK_LATN_2017 : only_2021 ? DY_KK_LATN_2021 : DY_KK_LATN_PLAIN;
}

/* The digraph at word[*i] ("ch" in all, "sh" in 2018 and plain, "zh" and "gh" in plain), its
 * Cyrillic letter, *i moved past. */
static int32_t digraph(const char *word, size_t n, size_t *i, int32_t lo, dy_kk_latn a)
{
    if (a == DY_KK_LATN_2017 && apostrophe_form(lo) && *i < n) { /* 2017: a' ә, s' ш ... */
        size_t j = *i;
        if (dy_char_is_apostrophe(dy_utf8_next(word, n, &j))) {
            *i = j;
            return apostrophe_form(lo);
        }
    }
    bool plain = a == DY_KK_LATN_PLAIN;
    if (lo != 'c' && !(lo == 's' && a != DY_KK_LATN_2021) && !((lo == 'z' || lo == 'g') && plain))
        return 0;
    size_t j = *i;
    bool up;
    if (j >= n || lower_of(dy_utf8_next(word, n, &j), &up, a) != 'h')
        return 0;
    *i = j;
    return lo == 'c' ? 0x0447 : lo == 's' ? 0x0448 : lo == 'z' ? 0x0436 : 0x0493;
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
    if ((lo == i_letter(a) || (lo == 'y' && a == DY_KK_LATN_PLAIN)) && at > 0) {
        /* й after a vowel: üiıne үйіне, söilesıp сөйлесіп; plain Qostanai, Altay */
        size_t k = 0;
        int32_t before = 0;
        while (k < at)
            before = dy_utf8_next(word, n, &k);
        int32_t b = lower_of(before, &up, a);
        if (lo == 'y' ? b == 'a' || b == 'e' || b == 'o' : is_vowel(b))
            cy = 0x0439;
    }
    if (a == DY_KK_LATN_2017 && cy == 0x0438) {
        size_t k = 0, j = *i;
        int32_t before = 0, next = j < n ? lower_of(dy_utf8_next(word, n, &j), &up, a) : 0;
        while (k < at)
            before = dy_utf8_next(word, n, &k);
        if (next == 'a' || next == 'u') { /* i'a я, i'u ю: jari'i'alandy жарияланды */
            cy = next == 'a' ? 0x044F : 0x044E;
            *i = j;
        } else if (at > 0 && is_vowel(lower_of(before, &up, a))) {
            cy = 0x0439; /* i' after a vowel: qoi'dy қойды */
        }
    }
    if (!cy)
        return; /* an apostrophe, an invisible character */
    dy_buf_put_cp(out, upper ? dy_to_upper(cy) : cy);
}

/* The letters of the two alphabets that are not plain ASCII: those German, Spanish or French
 * also write (ä ö ü á ó ú ñ), which alone prove nothing, and the others. */
static bool shared_accent(int32_t lo)
{
    return lo == 0xE4 || lo == 0xF6 || lo == 0xFC || lo == 0xE1 || lo == 0xF3 || lo == 0xFA ||
           lo == 0xF1;
}

static bool kazakh_accent(int32_t lo)
{
    return lo == 0x11F || lo == 0x131 || lo == 0x15F || lo == 0x219 || lo == 0x16B || lo == 0x1F5 ||
           lo == 0x144 || lo == 0xFD;
}

dy_kk_latn_look dy_kk_latn_look_of(const char *word, size_t n)
{
    if (dy_kk_is_english_name_word(word, n))
        return DY_KK_LOOK_FOREIGN;
    int32_t w[48];
    size_t len = 0;
    bool up;
    for (size_t k = 0; k < n;) {
        int32_t cp = dy_utf8_next(word, n, &k);
        if (dy_is_invisible(cp))
            continue;
        int32_t lo = cp == 'I' ? 'i' : lower_of(cp, &up, DY_KK_LATN_2021);
        if (len == N(w) || !((lo >= 'a' && lo <= 'z') || shared_accent(lo) || kazakh_accent(lo)))
            return DY_KK_LOOK_FOREIGN; /* an apostrophe (don't, O'Brien), é, ç, ß, a digit */
        w[len++] = lo;
    }
    if (len < 2)
        return DY_KK_LOOK_FOREIGN;
    static const char *const BIGRAMS[] = {"th", "ph", "ck", "kh", "qu", "ee", "oo", "ou", "ea"};
    bool kazakh = false;
    for (size_t k = 0; k < len; k++) {
        int32_t x = w[k], y = k + 1 < len ? w[k + 1] : 0;
        if (x == 'w' || x == 'x' || (x == 'c' && y != 'h'))
            return DY_KK_LOOK_FOREIGN;
        for (size_t b = 0; b < N(BIGRAMS); b++)
            if (x == BIGRAMS[b][0] && y == BIGRAMS[b][1])
                return DY_KK_LOOK_FOREIGN;
        kazakh |= (x == 'q' && y != 'u') || kazakh_accent(x);
    }
    if (len >= 3 && w[len - 1] == w[len - 2] && !is_vowel(w[len - 1]))
        return DY_KK_LOOK_FOREIGN; /* Bell, Ross, Scott */
    kazakh |=
        len > 5 && w[len - 4] == 's' && w[len - 3] == 't' && w[len - 2] == 'a' && w[len - 1] == 'n';
    return kazakh ? DY_KK_LOOK_KAZAKH : DY_KK_LOOK_PLAIN;
}

dy_kk_latn dy_kk_latn_of_words(const char *text, size_t n)
{
    dy_kk_latn a = dy_kk_latn_of(text, n);
    if (a == DY_KK_LATN_2018)
        return a;
    for (size_t k = 0; k < n;)
        if (dy_utf8_next(text, n, &k) == 0x131) /* ı is і: then i is и */
            return DY_KK_LATN_2021;
    return DY_KK_LATN_PLAIN;
}
