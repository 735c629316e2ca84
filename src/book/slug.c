/* File-name slugs (see slug.h): used by the writers that name output files after the book and
 * its chapters ("01-kenes-okimetining-ornauy.mp3"). Transliteration is one sorted table below;
 * diacritics on other Latin letters are stripped with utf8proc's decomposition. */
#include "book/slug.h"

#include <utf8proc.h>

/* Lower-case letters and their Latin spelling, sorted by code point (which is also the strcmp
 * order of their UTF-8). An empty spelling drops the letter without splitting the word:
 * "съезд" -> "sezd". Upper case is folded before the lookup. */
/* clang-format off */
static const struct letter {
    const char *utf8;
    const char *latin;
} letters[] = {
    /* Latin letters that do not decompose into letter + mark */
    {"ß", "ss"}, {"æ", "ae"}, {"ð", "d"}, {"ø", "o"}, {"þ", "th"}, {"đ", "d"}, {"ħ", "h"},
    {"ı", "i"}, {"ł", "l"}, {"œ", "oe"}, {"ŧ", "t"},
    /* Russian (and Kazakh) Cyrillic, U+0430 .. U+0451 */
    {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ж", "zh"},
    {"з", "z"}, {"и", "i"}, {"й", "i"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"},
    {"о", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"},
    {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"},
    {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"}, {"ё", "yo"},
    /* The letters Kazakh adds */
    {"і", "i"}, {"ғ", "g"}, {"қ", "q"}, {"ң", "ng"}, {"ү", "u"}, {"ұ", "u"}, {"һ", "h"},
    {"ә", "a"}, {"ө", "o"},
};
/* clang-format on */

static int letter_cmp(const void *key, const void *elem)
{
    return strcmp(key, ((const struct letter *)elem)->utf8);
}

/* The Latin spelling of a lower-case letter or digit; NULL when cp has none of its own. */
static const char *spelling(int32_t cp, char ascii[2])
{
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            ascii[0] = (char)cp;
            ascii[1] = '\0';
            return ascii;
        }
        return NULL;
    }
    char key[5] = {0};
    utf8proc_encode_char(cp, (utf8proc_uint8_t *)key);
    const struct letter *l =
        bsearch(key, letters, sizeof letters / sizeof *letters, sizeof *letters, letter_cmp);
    return l ? l->latin : NULL;
}

typedef struct slugger {
    dy_buf s;
    bool gap; /* a separator was seen since the last word character */
} slugger;

static void put_latin(slugger *g, const char *latin)
{
    if (!*latin)
        return;
    if (g->gap && g->s.len)
        dy_buf_putc(&g->s, '-'); /* never a leading '-', never two */
    g->gap = false;
    dy_buf_puts(&g->s, latin);
}

static bool put_letter(slugger *g, int32_t cp)
{
    char ascii[2];
    const char *latin = spelling(dy_to_lower(cp), ascii);
    if (latin)
        put_latin(g, latin);
    return latin != NULL;
}

/* "é" -> "e" + U+0301 -> "e"; "ǅ" -> "dž" -> "dz"; "ﬁ" -> "fi"; "²" -> "2"; a soft hyphen or a
 * lone combining mark -> nothing. */
#define DECOMPOSE                                                                                  \
    (UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |               \
     UTF8PROC_IGNORE)

static void put_cp(slugger *g, int32_t cp)
{
    if (cp < 0) {
        g->gap = true;
        return;
    }
    if (put_letter(g, cp))
        return; /* before decomposing: "й" and "ё" have spellings of their own */
    if (cp < 0x80) {
        g->gap = true;
        return;
    }
    utf8proc_int32_t parts[16];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, parts, 16, DECOMPOSE, &boundclass);
    if (n < 0 || n > 16) {
        g->gap = true;
        return;
    }
    for (utf8proc_ssize_t k = 0; k < n; k++)
        if (!put_letter(g, parts[k]))
            g->gap = true;
}

static bool windows_device(const char *s, size_t n)
{
    static const char *const names[] = {"aux", "con", "nul", "prn"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (n == 3 && memcmp(s, names[i], 3) == 0)
            return true;
    return n == 4 && (memcmp(s, "com", 3) == 0 || memcmp(s, "lpt", 3) == 0) && s[3] >= '0' &&
           s[3] <= '9';
}

void dy_slug(dy_buf *out, const char *utf8, size_t maxlen)
{
    slugger g = {{0}, false};
    size_t n = utf8 ? strlen(utf8) : 0;
    for (size_t i = 0; i < n;)
        put_cp(&g, dy_utf8_next(utf8, n, &i));

    const char *s = dy_buf_str(&g.s);
    size_t len = g.s.len;
    if (len > maxlen) {
        size_t cut = maxlen;
        while (cut > 0 && s[cut] != '-')
            cut--;
        len = cut >= maxlen / 2 && cut > 0 ? cut : maxlen;
        while (len > 0 && s[len - 1] == '-')
            len--;
    }
    if (len == 0) {
        s = "untitled";
        len = maxlen < 8 ? maxlen : 8;
    }
    dy_buf_append(out, s, len);
    if (windows_device(s, len)) {
        if (len < maxlen)
            dy_buf_putc(out, '_');
        else
            out->data[out->len - 1] = '_';
    }
    dy_buf_fini(&g.s);
}
