/* End to end: the segment cache and the worker processes. A rebuild from the cache, a build
 * with more workers and a build with no cache all write the same bytes; an edited sentence is
 * the only one made again; a damaged cache entry is found, made again and never copied into a
 * book; WAV builds make every segment; a cache that cannot be written only costs time. */
#include "helpers.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "book/book.h"
#include "core/platform.h"
#include "audio/segment.h"

/* Three chapters, every heading spoken, seven sentences, no two utterances alike (an utterance
 * said twice would share one cache entry). */
static const char BOOK[] =
    "---\n"
    "title: Қазақ тарихы\n"
    "author: Ерғали Елдос\n"
    "year: 2020\n"
    "---\n"
    "# Кіріспе\n"
    "\n"
    "Бұл кітап 1917 ж. оқиғалары туралы. Онда 3 тарау бар.\n"
    "\n"
    "Екінші абзац қысқа.\n"
    "\n"
    "# Кеңес өкіметінің орнауы\n"
    "\n"
    "Петроградта 1917 ж. 25 қазанда көтеріліс басталды. Ол 2 күнге созылды.\n"
    "\n"
    "# Алаш\n"
    "\n"
    "Ә.Бөкейханов, А.Байтұрсынов т.б. бағдарлама жазды. Бағдарлама халыққа жетті.\n";

enum { CHAPTERS = 3, SENTENCES = 7, UTTERANCES = CHAPTERS + SENTENCES };

static const char *const CHAPTER_FILES[CHAPTERS] = {
    "01-kirispe.mp3", "02-kenges-okimetining-ornauy.mp3", "03-alash.mp3"};
/* Besides the chapters: the book's files, all of which a rebuild must reproduce. */
static const char *const BOOK_FILES[] = {"tarih.mp3", "tarih.vtt", "tarih.lrc", "tarih.cue",
                                         "tarih.m3u8"};

/* A cache entry's header (cache.c): magic, key, payload length, checksum. */
#define ENTRY_HEADER (8 + 16 + 8 + 8)

static char *write_text(const char *dir, const char *text)
{
    char *path = dy_path_join(dir, "tarih.md");
    th_write(path, text, strlen(text));
    return path;
}

static char *join(const char *a, const char *b) { return dy_path_join(a, b); }

/* Builds input into <out>/tarih with the "kk" preset from the source tree's voices/. */
static void build(const char *input, const char *out, const char *cache, int jobs, bool wav,
                  dy_book_report *r)
{
    dy_settings s;
    dy_settings_default(&s);
    char *preset = th_data("../../voices/kk.ini");
    dy_diag d = {0};
    if (dy_preset_load(&s.preset, preset, &d) != DY_OK)
        fail_msg("preset %s: %s", preset, d.msg);
    free(preset);
    s.output_dir = out;
    s.cache_dir = cache;
    s.jobs = jobs;
    s.wav = wav;
    memset(r, 0, sizeof *r);
    dy_status st = dy_book_build(input, &s, NULL, r, &d);
    if (st != DY_OK)
        fail_msg("build into %s failed (%d): %s: %s", out, (int)st, d.path, d.msg);
    assert_int_equal(r->chapters, CHAPTERS);
    assert_int_equal(r->sentences, SENTENCES);
}

static void expect_counts(const dy_book_report *r, size_t synthesized, size_t reused,
                          size_t damaged, const char *what)
{
    if (r->synthesized != synthesized || r->reused != reused || r->damaged != damaged)
        fail_msg("%s: synthesized %zu, reused %zu, damaged %zu; expected %zu, %zu, %zu", what,
                 r->synthesized, r->reused, r->damaged, synthesized, reused, damaged);
}

/* The names of the entries of dir (without "." and ".."), sorted; NULL-terminated. */
static char **list_dir(const char *dir, size_t *count)
{
    DIR *dp = opendir(dir);
    if (!dp)
        fail_msg("cannot open %s", dir);
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(dp)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        names = dy_xrealloc(names, sizeof *names * (n + 2));
        names[n++] = dy_xstrdup(e->d_name);
    }
    closedir(dp);
    if (!names)
        names = dy_xcalloc(1, sizeof *names);
    names[n] = NULL;
    qsort(names, n, sizeof *names, dy_cmp_strp);
    if (count)
        *count = n;
    return names;
}

static void free_list(char **names)
{
    for (char **p = names; *p; p++)
        free(*p);
    free(names);
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

static bool listed(char **names, const char *name)
{
    for (char **p = names; *p; p++)
        if (!strcmp(*p, name))
            return true;
    return false;
}

/* True when the two files hold the same bytes; fails the test if either cannot be read. */
static bool same_bytes(const char *a, const char *b)
{
    size_t la, lb;
    char *x = th_read(a, &la), *y = th_read(b, &lb);
    if (!x || !y)
        fail_msg("cannot read %s", !x ? a : b);
    bool same = la == lb && !memcmp(x, y, la);
    free(x);
    free(y);
    return same;
}

static void assert_same_file(const char *a, const char *b)
{
    size_t la, lb;
    char *x = th_read(a, &la), *y = th_read(b, &lb);
    if (!x || !y)
        fail_msg("cannot read %s", !x ? a : b);
    if (la != lb)
        fail_msg("%s: %zu bytes, %s: %zu bytes", a, la, b, lb);
    for (size_t i = 0; i < la; i++)
        if (x[i] != y[i])
            fail_msg("%s and %s differ first at byte %zu of %zu", a, b, i, la);
    free(x);
    free(y);
}

/* The book folders <out_a>/tarih and <out_b>/tarih hold the same files with the same bytes
 * (b may also have WAV files when b_has_wav); every file a build writes is there. */
static void assert_same_book(const char *out_a, const char *out_b, bool b_has_wav)
{
    char *da = join(out_a, "tarih"), *db = join(out_b, "tarih");
    size_t na, nb;
    char **a = list_dir(da, &na), **b = list_dir(db, &nb);
    for (size_t i = 0; i < CHAPTERS; i++)
        if (!listed(a, CHAPTER_FILES[i]))
            fail_msg("%s lacks %s", da, CHAPTER_FILES[i]);
    for (size_t i = 0; i < sizeof BOOK_FILES / sizeof *BOOK_FILES; i++)
        if (!listed(a, BOOK_FILES[i]))
            fail_msg("%s lacks %s", da, BOOK_FILES[i]);
    for (char **p = b; *p; p++)
        if (!listed(a, *p) && !(b_has_wav && has_suffix(*p, ".wav")))
            fail_msg("%s has %s, %s has not", db, *p, da);
    for (char **p = a; *p; p++) {
        if (!listed(b, *p))
            fail_msg("%s has %s, %s has not", da, *p, db);
        char *fa = join(da, *p), *fb = join(db, *p);
        if (!b_has_wav || strcmp(*p, ".dauys-manifest") != 0) /* b's lists its WAV files */
            assert_same_file(fa, fb);
        free(fa);
        free(fb);
    }
    if (b_has_wav)
        for (size_t i = 0; i < CHAPTERS; i++) {
            char wav[128];
            snprintf(wav, sizeof wav, "%.*s.wav", (int)strlen(CHAPTER_FILES[i]) - 4,
                     CHAPTER_FILES[i]);
            if (!listed(b, wav))
                fail_msg("%s lacks %s", db, wav);
        }
    free_list(a);
    free_list(b);
    free(da);
    free(db);
}

static bool chapter_same(const char *out_a, const char *out_b, size_t c)
{
    char *da = join(out_a, "tarih"), *db = join(out_b, "tarih");
    char *fa = join(da, CHAPTER_FILES[c]), *fb = join(db, CHAPTER_FILES[c]);
    bool same = same_bytes(fa, fb);
    free(fa), free(fb), free(da), free(db);
    return same;
}

/* A cache entry that holds a segment (the cache also keeps the voice's gain). */
typedef struct entry {
    char *path;
    char *bytes;
    size_t len;
} entry;

/* The segment entries of the cache at dir: <dir>/<2 hex>/<30 hex>.dy whose payload is a
 * segment record; sorted by path. */
static entry *segment_entries(const char *dir, size_t *count)
{
    entry *list = NULL;
    size_t n = 0;
    char **subs = list_dir(dir, NULL);
    for (char **s = subs; *s; s++) {
        if (strlen(*s) != 2 || strspn(*s, "0123456789abcdef") != 2)
            continue;
        char *sub = join(dir, *s);
        if (dy_path_kind_of(sub) != DY_PATH_DIR) {
            free(sub);
            continue;
        }
        char **files = list_dir(sub, NULL);
        for (char **f = files; *f; f++) {
            if (strlen(*f) != 33 || !has_suffix(*f, ".dy"))
                continue;
            char *path = join(sub, *f);
            size_t len;
            char *bytes = th_read(path, &len);
            assert_non_null(bytes);
            assert_true(len >= ENTRY_HEADER);
            assert_memory_equal(bytes, "DYCACHE1", 8);
            dy_seg seg;
            if (dy_seg_parse(bytes + ENTRY_HEADER, len - ENTRY_HEADER, false, &seg)) {
                dy_seg_fini(&seg);
                list = dy_xrealloc(list, sizeof *list * (n + 1));
                list[n++] = (entry){path, bytes, len};
            } else {
                free(path);
                free(bytes);
            }
        }
        free_list(files);
        free(sub);
    }
    free_list(subs);
    *count = n;
    return list;
}

static void free_entries(entry *list, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(list[i].path);
        free(list[i].bytes);
    }
    free(list);
}

static void test_rebuild_from_cache_is_byte_identical(void **state)
{
    (void)state;
    char *dir = th_tmpdir("e2e-cache-rebuild");
    char *input = write_text(dir, BOOK);
    char *cache = join(dir, "cache"); /* not there yet: the build makes it */
    char *a = join(dir, "a"), *b = join(dir, "b"), *c = join(dir, "c");
    dy_book_report r1, r2, r3;

    build(input, a, cache, 2, false, &r1);
    assert_true(r1.synthesized > 0);
    expect_counts(&r1, UTTERANCES, 0, 0, "fresh cache");

    build(input, b, cache, 2, false, &r2);
    expect_counts(&r2, 0, r1.synthesized, 0, "rebuild from the cache");
    assert_int_equal(r2.reused + r2.synthesized, r1.synthesized);
    assert_same_book(a, b, false);

    build(input, c, NULL, 1, false, &r3);
    expect_counts(&r3, UTTERANCES, 0, 0, "no cache");
    assert_same_book(a, c, false);
    /* the reports agree too */
    assert_int_equal(r1.bytes, r2.bytes);
    assert_int_equal(r1.book_bytes, r3.book_bytes);
    assert_true(r1.seconds == r2.seconds && r1.seconds == r3.seconds);

    size_t n;
    entry *e = segment_entries(cache, &n);
    assert_int_equal(n, UTTERANCES); /* one entry per utterance */
    free_entries(e, n);

    dy_book_report_fini(&r1), dy_book_report_fini(&r2), dy_book_report_fini(&r3);
    free(a), free(b), free(c), free(cache), free(input), free(dir);
}

static void test_jobs_do_not_change_bytes(void **state)
{
    (void)state;
    char *dir = th_tmpdir("e2e-cache-jobs");
    char *input = write_text(dir, BOOK);
    char *a = join(dir, "a"), *b = join(dir, "b");
    dy_book_report r1, r2;
    build(input, a, NULL, 1, false, &r1);
    build(input, b, NULL, 3, false, &r2);
    expect_counts(&r1, UTTERANCES, 0, 0, "one job");
    expect_counts(&r2, UTTERANCES, 0, 0, "three jobs");
    assert_same_book(a, b, false);
    dy_book_report_fini(&r1), dy_book_report_fini(&r2);
    free(a), free(b), free(input), free(dir);
}

static void test_one_sentence_edit_remakes_one_segment(void **state)
{
    (void)state;
    char *dir = th_tmpdir("e2e-cache-edit");
    char *input = write_text(dir, BOOK);
    char *cache = join(dir, "cache");
    char *a = join(dir, "a"), *b = join(dir, "b"), *c = join(dir, "c");
    dy_book_report r1, r2, r3;
    build(input, a, cache, 2, false, &r1);
    expect_counts(&r1, UTTERANCES, 0, 0, "first build");

    /* one word of one sentence of the first chapter */
    const char *from = "Екінші абзац қысқа.", *to = "Екінші абзац ұзын.";
    const char *at = strstr(BOOK, from);
    assert_non_null(at);
    dy_buf edited = {0};
    dy_buf_append(&edited, BOOK, (size_t)(at - BOOK));
    dy_buf_puts(&edited, to);
    dy_buf_puts(&edited, at + strlen(from));
    free(input);
    input = write_text(dir, edited.data);
    dy_buf_fini(&edited);

    build(input, b, cache, 2, false, &r2);
    expect_counts(&r2, 1, UTTERANCES - 1, 0, "rebuild after one edit");

    build(input, c, NULL, 2, false, &r3);
    expect_counts(&r3, UTTERANCES, 0, 0, "no cache");
    assert_same_book(b, c, false);

    /* the edited chapter sounds different; the others are the same files */
    assert_false(chapter_same(a, b, 0));
    assert_true(chapter_same(a, b, 1));
    assert_true(chapter_same(a, b, 2));

    dy_book_report_fini(&r1), dy_book_report_fini(&r2), dy_book_report_fini(&r3);
    free(a), free(b), free(c), free(cache), free(input), free(dir);
}

static void test_damaged_cache_entry_is_made_again(void **state)
{
    (void)state;
    char *dir = th_tmpdir("e2e-cache-damaged");
    char *input = write_text(dir, BOOK);
    char *cache = join(dir, "cache");
    char *a = join(dir, "a"), *b = join(dir, "b"), *c = join(dir, "c");
    dy_book_report r1, r2, r3;
    build(input, a, cache, 2, false, &r1);
    expect_counts(&r1, UTTERANCES, 0, 0, "first build");

    size_t n;
    entry *e = segment_entries(cache, &n);
    assert_int_equal(n, UTTERANCES);
    assert_true(n >= 3);
    /* a flipped bit in the middle of the payload (checksum mismatch) */
    {
        char *bytes = dy_xmalloc(e[0].len);
        memcpy(bytes, e[0].bytes, e[0].len);
        size_t mid = ENTRY_HEADER + (e[0].len - ENTRY_HEADER) / 2;
        bytes[mid] = (char)(bytes[mid] ^ 0x10);
        th_write(e[0].path, bytes, e[0].len);
        free(bytes);
    }
    /* a torn write: the first half only */
    th_write(e[1].path, e[1].bytes, e[1].len / 2);
    /* garbage of the same length */
    {
        char *bytes = dy_xmalloc(e[2].len);
        uint32_t x = 12345;
        for (size_t i = 0; i < e[2].len; i++) {
            x = x * 1103515245u + 12345u;
            bytes[i] = (char)(x >> 16);
        }
        th_write(e[2].path, bytes, e[2].len);
        free(bytes);
    }
    const size_t damaged = 3;

    build(input, b, cache, 2, false, &r2);
    expect_counts(&r2, damaged, UTTERANCES - damaged, damaged, "rebuild over damaged entries");
    assert_same_book(a, b, false);

    /* the damaged entries are whole again: the same bytes as when first made */
    for (size_t i = 0; i < damaged; i++) {
        size_t len;
        char *now = th_read(e[i].path, &len);
        if (!now)
            fail_msg("%s was not made again", e[i].path);
        if (len != e[i].len || memcmp(now, e[i].bytes, len))
            fail_msg("%s: %zu bytes, not the %zu first made", e[i].path, len, e[i].len);
        free(now);
    }
    build(input, c, cache, 2, false, &r3);
    expect_counts(&r3, 0, UTTERANCES, 0, "third build");
    assert_same_book(a, c, false);

    free_entries(e, n);
    dy_book_report_fini(&r1), dy_book_report_fini(&r2), dy_book_report_fini(&r3);
    free(a), free(b), free(c), free(cache), free(input), free(dir);
}

static void test_wav_builds_ignore_cached_audio(void **state)
{
    (void)state;
    char *dir = th_tmpdir("e2e-cache-wav");
    char *input = write_text(dir, BOOK);
    char *cache = join(dir, "cache");
    char *a = join(dir, "a"), *b = join(dir, "b"), *c = join(dir, "c");
    dy_book_report r1, r2, r3;
    build(input, a, cache, 2, false, &r1);
    expect_counts(&r1, UTTERANCES, 0, 0, "first build");

    build(input, b, cache, 2, true, &r2);
    expect_counts(&r2, UTTERANCES, 0, 0, "WAV build with a warm cache");
    assert_same_book(a, b, true);

    /* and the cache still serves builds without WAV */
    build(input, c, cache, 2, false, &r3);
    expect_counts(&r3, 0, UTTERANCES, 0, "after the WAV build");
    assert_same_book(a, c, false);

    dy_book_report_fini(&r1), dy_book_report_fini(&r2), dy_book_report_fini(&r3);
    free(a), free(b), free(c), free(cache), free(input), free(dir);
}

static void test_cache_unwritable_is_not_fatal(void **state)
{
    (void)state;
    char *dir = th_tmpdir("e2e-cache-unwritable");
    char *input = write_text(dir, BOOK);
    char *file = join(dir, "file");
    th_write(file, "not a folder\n", 13);
    char *cache = join(file, "cache"); /* under a regular file: can be neither made nor read */
    char *a = join(dir, "a"), *b = join(dir, "b"), *c = join(dir, "c");
    dy_book_report r1, r2, r3;
    build(input, a, cache, 2, false, &r1);
    expect_counts(&r1, UTTERANCES, 0, 0, "unwritable cache");
    build(input, b, cache, 2, false, &r2);
    expect_counts(&r2, UTTERANCES, 0, 0, "unwritable cache, again");
    build(input, c, NULL, 2, false, &r3);
    assert_same_book(c, a, false);
    assert_same_book(c, b, false);
    assert_int_equal(dy_path_kind_of(file), DY_PATH_FILE);
    dy_book_report_fini(&r1), dy_book_report_fini(&r2), dy_book_report_fini(&r3);
    free(a), free(b), free(c), free(cache), free(file), free(input), free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rebuild_from_cache_is_byte_identical),
        cmocka_unit_test(test_jobs_do_not_change_bytes),
        cmocka_unit_test(test_one_sentence_edit_remakes_one_segment),
        cmocka_unit_test(test_damaged_cache_entry_is_made_again),
        cmocka_unit_test(test_wav_builds_ignore_cached_audio),
        cmocka_unit_test(test_cache_unwritable_is_not_fatal),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
