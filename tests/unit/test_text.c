/* The text stage: UTF-8 checks with file:line:column, BOM and line ends, front matter,
 * chapters and paragraphs. */
#include "helpers.h"

#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/platform.h"
#include "text/text.h"

typedef struct parsed {
    dy_source src;
    dy_meta meta;
    dy_chapter_vec chapters;
    dy_diag diag;
    dy_status st;
} parsed;

static void parse(parsed *p, const char *text, size_t len)
{
    memset(p, 0, sizeof *p);
    p->st = dy_source_from_memory(&p->src, "book.txt", text, len, &p->diag);
    if (p->st == DY_OK)
        p->st = dy_text_parse(&p->src, &p->meta, "book", &p->chapters, &p->diag);
}

static void parsed_fini(parsed *p)
{
    for (size_t i = 0; i < p->chapters.len; i++)
        dy_chapter_fini(&p->chapters.items[i]);
    DY_VEC_FREE(&p->chapters);
    dy_meta_fini(&p->meta);
    dy_source_fini(&p->src);
}

static char *para(const parsed *p, size_t c, size_t i)
{
    const dy_chapter *ch = &p->chapters.items[c];
    assert_true(i < ch->paras);
    dy_span s;
    size_t pos = 0;
    for (size_t k = 0; k <= i; k++)
        assert_true(dy_chapter_para(ch, &pos, &s));
    return dy_xstrndup(ch->src->data + s.start, s.end - s.start);
}

static void expect_error(const char *text, size_t len, int line, int col, const char *msg_part)
{
    parsed p;
    parse(&p, text, len);
    assert_int_equal(p.st, DY_ERR_INPUT);
    assert_string_equal(p.diag.path, "book.txt");
    assert_int_equal(p.diag.line, line);
    assert_int_equal(p.diag.col, col);
    if (!strstr(p.diag.msg, msg_part))
        fail_msg("message '%s' lacks '%s'", p.diag.msg, msg_part);
    parsed_fini(&p);
}

static void test_plain_text_is_one_chapter(void **state)
{
    (void)state;
    const char *t = "Бірінші абзац.\nСол абзацтың жалғасы.\n\n  Екінші абзац.  \n";
    parsed p;
    parse(&p, t, strlen(t));
    assert_int_equal(p.st, DY_OK);
    assert_int_equal(p.chapters.len, 1);
    assert_string_equal(p.chapters.items[0].title, "book");
    assert_false(p.chapters.items[0].title_spoken);
    assert_int_equal(p.chapters.items[0].paras, 2);
    char *a = para(&p, 0, 0), *b = para(&p, 0, 1);
    assert_string_equal(a, "Бірінші абзац.\nСол абзацтың жалғасы.");
    assert_string_equal(b, "Екінші абзац.");
    free(a);
    free(b);
    parsed_fini(&p);
}

static void test_headings_start_chapters(void **state)
{
    (void)state;
    const char *t =
        "Кіріспе сөз.\n\n# Бірінші тарау\nМәтін.\n\n## Екінші тарау ##\n\nТағы мәтін.\n\n"
        "#хэштег емес\n";
    parsed p;
    parse(&p, t, strlen(t));
    assert_int_equal(p.st, DY_OK);
    assert_int_equal(p.chapters.len, 3);
    assert_string_equal(p.chapters.items[0].title, "book");
    assert_string_equal(p.chapters.items[1].title, "Бірінші тарау");
    assert_true(p.chapters.items[1].title_spoken);
    assert_int_equal(p.chapters.items[1].level, 1);
    assert_string_equal(p.chapters.items[2].title, "Екінші тарау");
    assert_int_equal(p.chapters.items[2].level, 2);
    /* "#хэштег" has no space after '#': a paragraph, not a heading */
    assert_int_equal(p.chapters.items[2].paras, 2);
    dy_span s = p.chapters.items[1].title_span;
    assert_memory_equal(p.src.data + s.start, "Бірінші тарау", s.end - s.start);
    parsed_fini(&p);
}

static void test_front_matter(void **state)
{
    (void)state;
    const char *t =
        "---\ntitle: \"Кеңес өкіметі\"\nauthor: Ерғали Елдос\nyear: 2020\n---\nМәтін.\n";
    parsed p;
    parse(&p, t, strlen(t));
    assert_int_equal(p.st, DY_OK);
    assert_string_equal(p.meta.title, "Кеңес өкіметі");
    assert_string_equal(p.meta.author, "Ерғали Елдос");
    assert_string_equal(p.meta.year, "2020");
    /* the front matter is not read aloud; the title becomes the spoken chapter title */
    assert_int_equal(p.chapters.len, 1);
    assert_string_equal(p.chapters.items[0].title, "Кеңес өкіметі");
    assert_true(p.chapters.items[0].title_spoken);
    char *a = para(&p, 0, 0);
    assert_string_equal(a, "Мәтін.");
    free(a);
    parsed_fini(&p);
}

static void test_bom_crlf_and_cr(void **state)
{
    (void)state;
    const char *t = "\xEF\xBB\xBF# Тақырып\r\nБір.\r\n\r\nЕкі.\rҮш.\r\rТөрт.";
    parsed p;
    parse(&p, t, strlen(t));
    assert_int_equal(p.st, DY_OK);
    assert_int_equal(p.chapters.len, 1);
    assert_string_equal(p.chapters.items[0].title, "Тақырып");
    assert_int_equal(p.chapters.items[0].paras, 3);
    char *a = para(&p, 0, 0), *b = para(&p, 0, 1), *c = para(&p, 0, 2);
    assert_string_equal(a, "Бір.");
    assert_string_equal(b, "Екі.\rҮш.");
    assert_string_equal(c, "Төрт.");
    free(a);
    free(b);
    free(c);
    parsed_fini(&p);
}

static void test_bad_inputs(void **state)
{
    (void)state;
    expect_error("", 0, 0, 0, "empty");
    expect_error("\xEF\xBB\xBF", 3, 0, 0, "empty");
    expect_error("  \n\t\n", 5, 0, 0, "no text");
    expect_error("# Тек тақырып\n", strlen("# Тек тақырып\n"), 0, 0, "no text");
    /* invalid UTF-8: line 2, column 4 (characters, not bytes) */
    expect_error("Бір\nекі\xC3 үш", strlen("Бір\nекі\xC3 үш"), 2, 4, "invalid UTF-8");
    expect_error("ab\xC0\xAF", 4, 1, 3, "invalid UTF-8");    /* overlong '/' */
    expect_error("a\xED\xA0\x80", 4, 1, 2, "invalid UTF-8"); /* surrogate */
    expect_error("мәтін\xE2\x82", strlen("мәтін\xE2\x82"), 1, 6, "invalid UTF-8"); /* truncated */
    expect_error("ab\0cd", 5, 1, 3, "binary");
    expect_error("\xFF\xFE"
                 "a\0b\0",
                 6, 0, 0, "UTF-16");
    expect_error("---\ntitle: x\nМәтін\n", strlen("---\ntitle: x\nМәтін\n"), 1, 1, "never closed");
    expect_error("---\ntitel: x\n---\nМәтін\n", strlen("---\ntitel: x\n---\nМәтін\n"), 2, 1,
                 "unknown key");
    expect_error("---\nбұл жол\n---\nМәтін\n", strlen("---\nбұл жол\n---\nМәтін\n"), 2, 1,
                 "key: value");
    expect_error("Мәтін.\n\n#\n", strlen("Мәтін.\n\n#\n"), 3, 1, "empty heading");
}

static void test_position_counts_characters(void **state)
{
    (void)state;
    dy_source src;
    dy_diag d;
    const char *t = "әә\r\nбб\nв";
    assert_int_equal(dy_source_from_memory(&src, "x", t, strlen(t), &d), DY_OK);
    int line, col;
    dy_source_position(&src, strlen("әә\r\nб"), &line, &col);
    assert_int_equal(line, 2);
    assert_int_equal(col, 2);
    dy_source_position(&src, strlen(t) - strlen("в"), &line, &col);
    assert_int_equal(line, 3);
    assert_int_equal(col, 1);
    dy_source_fini(&src);
}

static void test_missing_file_and_folder(void **state)
{
    (void)state;
    dy_source src;
    dy_diag d = {0};
    assert_int_equal(dy_source_load(&src, "/nonexistent/kitap.txt", &d), DY_ERR_NOTFOUND);
    assert_string_equal(d.path, "/nonexistent/kitap.txt");
    assert_int_equal(dy_source_load(&src, DY_TEST_DATA, &d), DY_ERR_IO);
    assert_non_null(strstr(d.msg, "folder"));
}

/* How many KiB of the mapping that holds p are in this process's memory (Linux: the Rss of its
 * line in /proc/self/smaps); -1 when it is not found. */
static long resident_kib(const void *p)
{
    FILE *f = fopen("/proc/self/smaps", "r");
    assert_non_null(f);
    char line[512];
    bool in = false;
    long kib = -1;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2 && strchr(line, '-') < strchr(line, ' '))
            in = (uintptr_t)p >= lo && (uintptr_t)p < hi;
        else if (in && sscanf(line, "Rss: %ld kB", &kib) == 1)
            break;
    }
    fclose(f);
    return kib;
}

/* A long text (24 MiB, written with a BOM, CRLF and letters typed decomposed) is read a piece at
 * a time into a scratch file: the same text as a short one would give (NFC, the mark gone), its
 * errors placed at their line and column however far in, and a pass over it (the chapters and
 * paragraphs) holds a window of it in memory, not the whole. */
static void test_long_text_is_read_through_a_window(void **state)
{
    (void)state;
    char *dir = th_tmpdir("long-text");
    char *path = dy_path_join(dir, "kitap.txt");
    /* "Иә, й." with й as и + U+0306 (NFC: й), then CRLF and a blank line: each its own
     * paragraph, 1.6 million of them */
    static const char line[] = "\xD0\x98\xD3\x99, \xD0\xB8\xCC\x86.\r\n";
    static const char nfc[] = "\xD0\x98\xD3\x99, \xD0\xB9.\r\n";
    size_t lines = (24u << 20) / (sizeof line + 1);
    dy_buf b = {0};
    dy_buf_append(&b, "\xEF\xBB\xBF", 3);
    for (size_t i = 0; i < lines; i++) {
        dy_buf_append(&b, line, sizeof line - 1);
        dy_buf_append(&b, "\r\n", 2);
    }
    th_write(path, b.data, b.len);

    dy_source src;
    dy_diag d = {0};
    assert_int_equal(dy_source_load(&src, path, &d), DY_OK);
    assert_non_null(src.view);
    size_t want = lines * (sizeof nfc + 1);
    assert_int_equal(src.len, want);
    assert_int_equal(src.data[src.len], '\0');
    for (size_t at = 0, i = 0; i < lines; i++) { /* every line, composed */
        assert_memory_equal(src.data + at, nfc, sizeof nfc - 1);
        at += sizeof nfc + 1;
    }
    dy_meta meta = {0};
    dy_chapter_vec chapters = {0};
    struct mallinfo2 before = mallinfo2();
    assert_int_equal(dy_text_parse(&src, &meta, "kitap", &chapters, &d), DY_OK);
    struct mallinfo2 after = mallinfo2();
    assert_int_equal(chapters.len, 1);
    assert_int_equal(chapters.items[0].paras, lines);
    /* nothing is kept per paragraph (a list of them would be 25 MiB) */
    assert_true(after.uordblks < before.uordblks + (64u << 10));
    long kib = resident_kib(src.data);
    assert_true(kib >= 0 && kib <= 8 * 1024); /* a window: the pass keeps a few MiB of 24 */
    dy_chapter_fini(&chapters.items[0]);
    DY_VEC_FREE(&chapters);
    dy_meta_fini(&meta);
    dy_source_fini(&src);

    /* an invalid byte on the last line, after the spill: placed as in a short text */
    b.data[b.len - 5] = (char)0xFF; /* the "." of the last line */
    th_write(path, b.data, b.len);
    size_t lines_written = 2 * lines - 1; /* the byte is on the last text line */
    assert_int_equal(dy_source_load(&src, path, &d), DY_ERR_INPUT);
    assert_int_equal(d.line, (int)lines_written);
    assert_int_equal(d.col, 7); /* И ә , space и U+0306, then the byte */
    assert_non_null(strstr(d.msg, "invalid UTF-8 (byte 0xFF)"));
    dy_buf_fini(&b);
    free(path);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_text_is_one_chapter),
        cmocka_unit_test(test_headings_start_chapters),
        cmocka_unit_test(test_front_matter),
        cmocka_unit_test(test_bom_crlf_and_cr),
        cmocka_unit_test(test_bad_inputs),
        cmocka_unit_test(test_position_counts_characters),
        cmocka_unit_test(test_missing_file_and_folder),
        cmocka_unit_test(test_long_text_is_read_through_a_window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
