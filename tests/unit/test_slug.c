/* File-name slugs (src/book/slug.c): a table of titles and their slugs, then invariants over
 * hostile and random input (alphabet, no leading/trailing/double '-', length). */
#include "helpers.h"

#include "book/slug.h"

#define NOLIMIT SIZE_MAX

static const struct slug_case {
    const char *in;
    size_t maxlen;
    const char *want;
} cases[] = {
    /* Titles */
    /* ң is "ng" everywhere (the table in slug.c), also inside "Кеңес" */
    {"Кеңес өкіметінің орнауы", NOLIMIT, "kenges-okimetining-ornauy"},
    {"1-тарау. Кіріспе", NOLIMIT, "1-tarau-kirispe"},
    {"Абай жолы", NOLIMIT, "abai-zholy"},
    {"ҚАЗАҚ ХАНДЫҒЫ", NOLIMIT, "qazaq-khandygy"},
    {"Шоқан Уәлиханов", NOLIMIT, "shoqan-ualikhanov"},
    {"Ұлы дала", NOLIMIT, "uly-dala"},
    {"Үш қоңыр", NOLIMIT, "ush-qongyr"},
    {"Һәм", NOLIMIT, "ham"},
    {"Ғасырлар", NOLIMIT, "gasyrlar"},
    {"Өлең", NOLIMIT, "oleng"},
    {"Щука и ёж", NOLIMIT, "shchuka-i-yozh"},
    {"Съезд, объект, соль", NOLIMIT, "sezd-obekt-sol"},
    {"Цирк. Чай. Эхо. Юла. Яблоко. Мышь. Жук. Хан", NOLIMIT,
     "tsirk-chai-ekho-yula-yabloko-mysh-zhuk-khan"},
    {"Ёлка ЙОД", NOLIMIT, "yolka-iod"},
    /* The whole alphabet, lower and upper case */
    {"аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя", NOLIMIT,
     "aabvggdeyozhziikqlmnngooprstuuufkhhtschshshchyieyuya"},
    {"АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ", NOLIMIT,
     "aabvggdeyozhziikqlmnngooprstuuufkhhtschshshchyieyuya"},
    /* ASCII, digits, mixed scripts */
    {"Chapter 12: The End!", NOLIMIT, "chapter-12-the-end"},
    {"Abai мен Shakarim", NOLIMIT, "abai-men-shakarim"},
    {"XX ғасыр", NOLIMIT, "xx-gasyr"},
    {"2024 жылғы есеп", NOLIMIT, "2024-zhylgy-esep"},
    {"a_b.c,d;e", NOLIMIT, "a-b-c-d-e"},
    {"   spaced\t\n  out  ", NOLIMIT, "spaced-out"},
    /* Latin diacritics and compatibility forms */
    {"Crème Brûlée à la française", NOLIMIT, "creme-brulee-a-la-francaise"},
    {"Straße, Ærø, Łódź, Œuvre", NOLIMIT, "strasse-aero-lodz-oeuvre"},
    {"Qazaqstan Respublıkasy: Ä Ö Ü Ğ Ş Ñ", NOLIMIT, "qazaqstan-respublikasy-a-o-u-g-s-n"},
    {"e\xCC\x81te\xCC\x81", NOLIMIT, "ete"},         /* decomposed é */
    {"ﬁle ²", NOLIMIT, "file-2"},                    /* ligature, superscript */
    {"кі\xC2\xADріс\xC2\xADпе", NOLIMIT, "kirispe"}, /* soft hyphens */
    {"Україна, ї, є", NOLIMIT, "ukraina-i"},         /* ї decomposes to і; є has no spelling */
    /* Hostile */
    {"", NOLIMIT, "untitled"},
    {NULL, NOLIMIT, "untitled"},
    {"...", NOLIMIT, "untitled"},
    {"..", NOLIMIT, "untitled"},
    {"/", NOLIMIT, "untitled"},
    {"../../x", NOLIMIT, "x"},
    {"C:\\Windows\\System32", NOLIMIT, "c-windows-system32"},
    {"-- -- --", NOLIMIT, "untitled"},
    {"«Абай» — «Ақын»!", NOLIMIT, "abai-aqyn"},
    {"\xF0\x9F\x93\x9A \xF0\x9F\x8E\xA7", NOLIMIT, "untitled"},
    {"\xF0\x9F\x93\x9A Кітап \xF0\x9F\x8E\xA7 1", NOLIMIT, "kitap-1"},
    {"\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9 family", NOLIMIT, "family"}, /* ZWJ */
    {"中文 日本語 العربية", NOLIMIT, "untitled"},
    {"abc 中文 def", NOLIMIT, "abc-def"},
    {"bad \xFF\xFE utf8 \xC0\xAF end", NOLIMIT, "bad-utf8-end"},
    {"x\x01\x7Fy", NOLIMIT, "x-y"},
    {"$(rm -rf ~)", NOLIMIT, "rm-rf"},
    {"con", NOLIMIT, "con_"},
    {"NUL.", NOLIMIT, "nul_"},
    {"COM1", NOLIMIT, "com1_"},
    {"console", NOLIMIT, "console"},
    /* Length */
    {"Кеңес өкіметінің орнауы", 20, "kenges-okimetining"},
    {"Кеңес өкіметінің орнауы", 18, "kenges-okimetining"},
    {"Кеңес өкіметінің орнауы", 17, "kenges-okimetinin"}, /* "kenges" would keep < half */
    {"Кеңес өкіметінің орнауы", 25, "kenges-okimetining-ornauy"},
    {"Кеңес өкіметінің орнауы", 24, "kenges-okimetining"},
    {"Кеңес өкіметінің орнауы", 7, "kenges"},
    {"Кеңес өкіметінің орнауы", 3, "ken"},
    {"a bbbbbbbbbbbbbbbbbbbbbbbb", 10, "a-bbbbbbbb"}, /* the word boundary would lose too much */
    {"abcdefghijklmnopqrstuvwxyz", 5, "abcde"},
    {"ab-cd", 3, "ab"},
    {"...", 4, "unti"},
    {"Кеңес", 0, ""},
    {"con", 3, "co_"},
};

static bool valid_slug(const char *s, size_t len)
{
    if (len == 0)
        return true;
    if (s[0] == '-' || s[len - 1] == '-')
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                  (c == '-' && s[i + 1] != '-');
        if (!ok)
            return false;
    }
    return true;
}

static void test_cases(void **state)
{
    (void)state;
    int failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const struct slug_case *c = &cases[i];
        dy_buf b = {0};
        dy_slug(&b, c->in, c->maxlen);
        const char *got = dy_buf_str(&b);
        if (strcmp(got, c->want) != 0) {
            print_error("case %zu: dy_slug(\"%s\", %zu) = \"%s\", expected \"%s\"\n", i,
                        c->in ? c->in : "(null)", c->maxlen == NOLIMIT ? (size_t)-1 : c->maxlen,
                        got, c->want);
            failed++;
        }
        if (!valid_slug(got, b.len) || b.len > c->maxlen) {
            print_error("case %zu: \"%s\" breaks the slug rules\n", i, got);
            failed++;
        }
        dy_buf_fini(&b);
    }
    assert_int_equal(failed, 0);
    assert_true(sizeof cases / sizeof *cases >= 30);
}

static void test_appends(void **state)
{
    (void)state;
    dy_buf b = {0};
    dy_buf_puts(&b, "01-");
    dy_slug(&b, "Кіріспе", 64);
    dy_buf_puts(&b, ".mp3");
    assert_string_equal(b.data, "01-kirispe.mp3");
    dy_buf_fini(&b);
}

/* A very long title is cut at a word boundary, within every limit. */
static void test_long_title(void **state)
{
    (void)state;
    dy_buf title = {0};
    for (int i = 0; i < 500; i++)
        dy_buf_puts(&title, "Қазақ хандығының құрылуы ");
    for (size_t maxlen = 0; maxlen < 200; maxlen++) {
        dy_buf b = {0};
        dy_slug(&b, title.data, maxlen);
        assert_true(b.len <= maxlen);
        assert_true(valid_slug(dy_buf_str(&b), b.len));
        if (maxlen >= 8) {
            assert_true(b.len >= maxlen / 2);
            assert_true(b.data[b.len - 1] != '-');
        }
        dy_buf_fini(&b);
    }
    dy_buf b = {0};
    dy_slug(&b, title.data, NOLIMIT);
    assert_int_equal(b.len, 500 * strlen("qazaq-khandygynyng-quryluy-") - 1);
    dy_buf_fini(&b);
    dy_buf_fini(&title);
}

/* Random bytes, and random strings of awkward code points: always a valid, non-empty slug. */
static void test_random_input(void **state)
{
    (void)state;
    /* clang-format off */
    static const char *const pieces[] = {
        "а", "Ә", "ң", "Ё", "ъ", "-", ".", "/", " ", "\xC2\xAD", "\xCC\x81", "é", "ß",
        "\xF0\x9F\x93\x9A", "\xE2\x80\x8D", "中", "\xFF", "\xC0", "A", "z", "9", "_", "\t",
        "con", "..",
    };
    /* clang-format on */
    uint32_t seed = 12345;
    for (int round = 0; round < 4000; round++) {
        dy_buf in = {0};
        int len = (int)(seed % 40);
        for (int k = 0; k < len; k++) {
            seed = seed * 1103515245u + 12345u;
            if (round % 2) {
                dy_buf_putc(&in, (char)((seed >> 16) & 0xFF ? (seed >> 16) & 0xFF : 1));
            } else {
                dy_buf_puts(&in, pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)]);
            }
        }
        seed = seed * 1103515245u + 12345u;
        size_t maxlen = round % 3 ? 8 + (seed >> 16) % 40 : NOLIMIT;
        dy_buf b = {0};
        dy_slug(&b, dy_buf_str(&in), maxlen);
        if (b.len == 0 || b.len > maxlen || !valid_slug(b.data, b.len))
            fail_msg("round %d: bad slug \"%s\" (maxlen %zu)", round, dy_buf_str(&b), maxlen);
        dy_buf_fini(&b);
        dy_buf_fini(&in);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_appends),
        cmocka_unit_test(test_long_title),
        cmocka_unit_test(test_random_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
