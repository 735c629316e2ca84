/* The platform module: outputs appear only when complete, temporary files are swept, folders
 * are made and listed, paths are split, the running program finds its own folder. */
#define _DEFAULT_SOURCE /* realpath */
#include "helpers.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "core/platform.h"

static size_t count_entries(const char *dir)
{
    char **names;
    size_t n;
    dy_diag d;
    assert_int_equal(dy_dir_list(dir, &names, &n, &d), DY_OK);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return n;
}

static void test_outfile_appears_only_on_commit(void **state)
{
    (void)state;
    char *dir = th_tmpdir("platform-outfile");
    char *path = dy_path_join(dir, "book.mp3");
    dy_diag d;
    th_write(path, "old", 3);
    dy_outfile *f;
    assert_int_equal(dy_outfile_open(&f, path, &d), DY_OK);
    assert_int_equal(dy_outfile_write(f, "new bytes", 9, &d), DY_OK);
    assert_int_equal(dy_outfile_pwrite(f, "N", 1, 0, &d), DY_OK);
    assert_int_equal(dy_outfile_pwrite(f, "xx", 2, 8, &d), DY_ERR_IO); /* past the end */
    assert_int_equal(dy_outfile_size(f), 9);
    /* while writing, readers still see the old file */
    char *now = th_read(path, NULL);
    assert_string_equal(now, "old");
    free(now);
    assert_int_equal(dy_outfile_commit(f, &d), DY_OK);
    now = th_read(path, NULL);
    assert_string_equal(now, "New bytes");
    free(now);
    assert_int_equal(count_entries(dir), 1);

    /* abort: the old file stays and no temporary file is left */
    assert_int_equal(dy_outfile_open(&f, path, &d), DY_OK);
    assert_int_equal(dy_outfile_write(f, "partial", 7, &d), DY_OK);
    dy_outfile_abort(f);
    now = th_read(path, NULL);
    assert_string_equal(now, "New bytes");
    free(now);
    free(path);
    free(dir);
}

/* The one entry of dir other than ".", ".." and `except`, or NULL; caller frees. */
static char *only_hidden_entry(const char *dir, const char *except)
{
    DIR *dp = opendir(dir);
    assert_non_null(dp);
    char *found = NULL;
    struct dirent *e;
    while ((e = readdir(dp)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..") || !strcmp(e->d_name, except))
            continue;
        assert_null(found);
        found = strdup(e->d_name);
    }
    closedir(dp);
    return found;
}

static void test_sweep_removes_leftovers_only(void **state)
{
    (void)state;
    char *dir = th_tmpdir("platform-sweep");
    char *path = dy_path_join(dir, "a.mp3");
    dy_diag d;
    dy_outfile *f;
    assert_int_equal(dy_outfile_open(&f, path, &d), DY_OK); /* as if the run was killed here */
    char *keep = dy_path_join(dir, ".keep");
    th_write(keep, "", 0);
    /* the temporary file is hidden and named after its final name */
    char *tmp = only_hidden_entry(dir, ".keep");
    assert_non_null(tmp);
    assert_memory_equal(tmp, ".a.mp3.", 7);
    free(tmp);
    dy_outfile_sweep(dir);
    struct stat st;
    assert_int_equal(stat(keep, &st), 0);
    tmp = only_hidden_entry(dir, ".keep");
    assert_null(tmp); /* swept: only .keep is left */
    char **names;
    size_t n;
    assert_int_equal(dy_dir_list(dir, &names, &n, &d), DY_OK); /* hidden names are not listed */
    assert_int_equal(n, 0);
    free(names);
    dy_outfile_abort(f); /* its file is already gone: abort must not fail */
    free(keep);
    free(path);
    free(dir);
}

static void test_write_errors_are_reported(void **state)
{
    (void)state;
    char *dir = th_tmpdir("platform-errors");
    dy_diag d = {0};
    char *file = dy_path_join(dir, "file");
    th_write(file, "x", 1);
    /* a file where a folder should be */
    char *sub = dy_path_join(file, "book");
    assert_int_equal(dy_mkdirs(sub, &d), DY_ERR_IO);
    assert_non_null(strstr(d.path, "file"));
    /* a folder that does not exist */
    char *nowhere = dy_path_join(sub, "x.mp3");
    dy_outfile *f;
    assert_int_equal(dy_outfile_open(&f, nowhere, &d), DY_ERR_IO);
    assert_string_equal(d.path, nowhere);
    assert_non_null(strstr(d.msg, "cannot write"));
    /* mkdirs makes every level, twice is fine */
    char *deep = dy_path_join(dir, "a/b/c");
    assert_int_equal(dy_mkdirs(deep, &d), DY_OK);
    assert_int_equal(dy_mkdirs(deep, &d), DY_OK);
    assert_int_equal(dy_path_kind_of(deep), DY_PATH_DIR);
    free(deep), free(nowhere), free(sub), free(file), free(dir);
}

static void test_dir_list_is_sorted(void **state)
{
    (void)state;
    char *dir = th_tmpdir("platform-list");
    const char *names[] = {"b.txt", "10.txt", "a.md", "02.txt"};
    for (size_t i = 0; i < 4; i++) {
        char *p = dy_path_join(dir, names[i]);
        th_write(p, "x", 1);
        free(p);
    }
    char **got;
    size_t n;
    dy_diag d;
    assert_int_equal(dy_dir_list(dir, &got, &n, &d), DY_OK);
    assert_int_equal(n, 4);
    const char *want[] = {"02.txt", "10.txt", "a.md", "b.txt"};
    for (size_t i = 0; i < n; i++) {
        assert_string_equal(got[i], want[i]);
        free(got[i]);
    }
    free(got);
    free(dir);
}

/* The one stale-file remover: a listed file goes unless kept; anything else stays, and nothing
 * is reached through a link or a name that leaves the folder. */
static void test_prune_removes_only_listed_not_kept(void **state)
{
    (void)state;
    char *dir = th_tmpdir("prune");
    char *other = th_tmpdir("prune-other"); /* a user's folder a link leads to */
    const char *names[] = {"01-bir.mp3", "03-ush.mp3", "03-ush.vtt",        "notes.txt",
                           "kitap.mp3",  "kitap.epub", "daisy/03-ush.smil", "daisy/ncc.html"};
    char *daisy = dy_path_join(dir, "daisy");
    assert_int_equal(mkdir(daisy, 0777), 0);
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char *p = dy_path_join(dir, names[i]);
        th_write(p, "x", 1);
        free(p);
    }
    char *theirs = dy_path_join(other, "05-old.mp3"), *link = dy_path_join(dir, "link");
    th_write(theirs, "x", 1);
    assert_int_equal(symlink(other, link), 0);
    char *sub = dy_path_join(dir, "04-folder.mp3"); /* a folder, though it is listed */
    assert_int_equal(mkdir(sub, 0777), 0);
    const char *listed[] = {"01-bir.mp3",    "03-ush.mp3",      "03-ush.vtt",
                            "kitap.mp3",     "kitap.epub",      "daisy/03-ush.smil",
                            "04-folder.mp3", "link/05-old.mp3", "../prune-other/05-old.mp3",
                            "gone.mp3"};
    const char *keep[] = {"01-bir.mp3", "kitap.mp3", "daisy/ncc.html"};
    dy_diag d = {0};
    assert_int_equal(dy_dir_prune(dir, listed, 10, keep, 3, &d), DY_OK);
    char **got;
    size_t n;
    assert_int_equal(dy_dir_list(dir, &got, &n, &d), DY_OK);
    dy_buf list = {0};
    for (size_t i = 0; i < n; i++) {
        dy_buf_printf(&list, "%s ", got[i]);
        free(got[i]);
    }
    free(got);
    /* gone: 03-ush.mp3, 03-ush.vtt, the EPUB, daisy/03-ush.smil; notes.txt is not listed; a
     * folder, a link's target and a name outside the folder are never touched */
    assert_string_equal(list.data, "01-bir.mp3 04-folder.mp3 daisy kitap.mp3 link notes.txt ");
    assert_int_equal(dy_path_kind_of(theirs), DY_PATH_FILE);
    /* a sub-folder the removal empties goes; a missing folder is no error */
    const char *ncc[] = {"daisy/ncc.html"};
    assert_int_equal(dy_dir_prune(dir, ncc, 1, NULL, 0, &d), DY_OK);
    assert_int_equal(dy_path_kind_of(daisy), DY_PATH_NONE);
    char *missing = dy_path_join(dir, "none");
    assert_int_equal(dy_dir_prune(missing, listed, 10, NULL, 0, &d), DY_OK);
    assert_true(dy_path_is_link(link));
    assert_false(dy_path_is_link(dir));
    free(missing);
    free(daisy);
    free(theirs);
    free(link);
    free(sub);
    free(other);
    dy_buf_fini(&list);
    free(dir);
}

static void test_paths(void **state)
{
    (void)state;
    char *s;
    assert_string_equal(s = dy_path_join("out", "book"), "out/book"), free(s);
    assert_string_equal(s = dy_path_join("out/", "book"), "out/book"), free(s);
    assert_string_equal(s = dy_path_basename("a/b/сабақ.md"), "сабақ.md"), free(s);
    assert_string_equal(s = dy_path_basename("texts/book/"), "book"), free(s);
    assert_string_equal(s = dy_path_stem("a/b.c/kitap.txt"), "kitap"), free(s);
    assert_string_equal(s = dy_path_stem(".hidden"), ".hidden"), free(s);
    assert_string_equal(dy_path_ext("a/b.c/kitap.TXT"), ".TXT");
    assert_string_equal(dy_path_ext("a/b.c/kitap"), "");
}

/* The test's own folder: it holds this very executable (CMake builds it into the tests folder). */
static void test_exe_dir(void **state)
{
    (void)state;
    char *dir = dy_exe_dir();
    assert_non_null(dir);
    assert_int_equal(dir[0], '/');
    assert_int_equal(dy_path_kind_of(dir), DY_PATH_DIR);
    char *self = dy_path_join(dir, "test_platform");
    assert_int_equal(dy_path_kind_of(self), DY_PATH_FILE);
    char *want = realpath(DY_TEST_BIN, NULL);
    assert_non_null(want);
    assert_string_equal(dir, want);
    free(want);
    free(self);
    free(dir);
}

static dy_status child_echo(void *arg, dy_buf *out, dy_diag *d)
{
    dy_buf_puts(out, arg);
    return DY_OK;
}

/* A worker that fails as a real one does: a status and a diagnostic naming the place. */
static dy_status child_fails(void *arg, dy_buf *out, dy_diag *d)
{
    (void)arg;
    dy_buf_puts(out, "ignored");
    return dy_diag_set(d, DY_ERR_INPUT, "texts/кітап.txt", 12, 34, "сөйлем: the worker's reason");
}

/* One that fails without saying why. */
static dy_status child_fails_silently(void *arg, dy_buf *out, dy_diag *d)
{
    (void)arg, (void)out, (void)d;
    return DY_ERR_ENCODE;
}

/* One that ends without a report. */
static dy_status child_exits(void *arg, dy_buf *out, dy_diag *d)
{
    (void)arg, (void)out, (void)d;
    _exit(5);
}

static int counter_value = 0;
static dy_status child_increments(void *arg, dy_buf *out, dy_diag *d)
{
    (void)arg;
    counter_value++;
    dy_buf_printf(out, "%d", counter_value);
    return DY_OK;
}

static void test_proc_call_isolates_state(void **state)
{
    (void)state;
    dy_buf out = {0};
    dy_diag d;
    assert_int_equal(dy_proc_call(child_echo, "сәлем", &out, &d), DY_OK);
    assert_string_equal(out.data, "сәлем");
    dy_buf_clear(&out);
    /* the child's changes never reach the parent: every call starts from the same state */
    for (int i = 0; i < 3; i++) {
        dy_buf_clear(&out);
        assert_int_equal(dy_proc_call(child_increments, NULL, &out, &d), DY_OK);
        assert_string_equal(out.data, "1");
    }
    assert_int_equal(counter_value, 0);
    dy_buf_fini(&out);
}

/* A worker's failure reaches the parent as the worker's own status and diagnostic, and nothing
 * is printed on the way. */
static void test_worker_failure_travels_to_the_parent(void **state)
{
    (void)state;
    dy_buf out = {0};
    dy_diag d = {0};
    th_capture cap = th_stderr_capture();
    dy_status st = dy_proc_call(child_fails, NULL, &out, &d);
    char *printed = th_stderr_release(&cap);
    assert_int_equal(st, DY_ERR_INPUT);
    assert_string_equal(d.path, "texts/кітап.txt");
    assert_int_equal(d.line, 12);
    assert_int_equal(d.col, 34);
    assert_string_equal(d.msg, "сөйлем: the worker's reason");
    assert_int_equal(out.len, 0);
    assert_string_equal(printed, "");
    free(printed);
    /* no message: the status's own words */
    assert_int_equal(dy_proc_call(child_fails_silently, NULL, &out, &d), DY_ERR_ENCODE);
    assert_string_equal(d.msg, dy_strerror(DY_ERR_ENCODE));
    /* no report at all */
    assert_int_equal(dy_proc_call(child_exits, NULL, &out, &d), DY_ERR_SYNTH);
    assert_non_null(strstr(d.msg, "status 5"));
    assert_int_equal(out.len, 0);
    dy_buf_fini(&out);
}

/* A worker whose output is large (more than a pipe holds) and depends on its argument. */
static dy_status child_big(void *arg, dy_buf *out, dy_diag *d)
{
    size_t k = (size_t)(uintptr_t)arg;
    for (size_t i = 0; i < 200000; i++)
        dy_buf_putc(out, (char)('a' + (i + k) % 26));
    return DY_OK;
}

static dy_status child_sleeps(void *arg, dy_buf *out, dy_diag *d)
{
    (void)arg, (void)out;
    sleep(30);
    return DY_OK;
}

static void test_pool_runs_workers_side_by_side(void **state)
{
    (void)state;
    dy_pool *p = dy_pool_new();
    dy_diag d;
    /* five workers at once, each with more output than a pipe buffer: every result arrives
     * whole, under its own id */
    for (size_t k = 0; k < 5; k++)
        assert_int_equal(dy_pool_start(p, child_big, (void *)(uintptr_t)k, 100 + k, &d), DY_OK);
    assert_int_equal(dy_pool_running(p), 5);
    bool seen[5] = {false};
    for (int n = 0; n < 5; n++) {
        size_t id;
        dy_buf out = {0};
        assert_int_equal(dy_pool_wait(p, &id, &out, &d), DY_OK);
        assert_true(id >= 100 && id < 105 && !seen[id - 100]);
        seen[id - 100] = true;
        assert_int_equal(out.len, 200000);
        for (size_t i = 0; i < out.len; i += 997)
            assert_int_equal(out.data[i], 'a' + (i + id - 100) % 26);
        dy_buf_fini(&out);
    }
    assert_int_equal(dy_pool_running(p), 0);
    size_t id;
    dy_buf out = {0};
    assert_int_equal(dy_pool_wait(p, &id, &out, &d), DY_ERR_SYNTH); /* none is running */
    /* a failing worker is reported with its id */
    assert_int_equal(dy_pool_start(p, child_fails, NULL, 7, &d), DY_OK);
    assert_int_equal(dy_pool_wait(p, &id, &out, &d), DY_ERR_INPUT);
    assert_int_equal(id, 7);
    assert_string_equal(d.msg, "сөйлем: the worker's reason");
    /* freeing the pool stops the workers still running, at once */
    double t0 = dy_monotonic_seconds();
    assert_int_equal(dy_pool_start(p, child_sleeps, NULL, 8, &d), DY_OK);
    assert_int_equal(dy_pool_start(p, child_sleeps, NULL, 9, &d), DY_OK);
    dy_pool_free(p);
    assert_true(dy_monotonic_seconds() - t0 < 20);
    dy_pool_free(NULL);
    assert_true(dy_cpu_count() >= 1);
    dy_buf_fini(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_outfile_appears_only_on_commit),
        cmocka_unit_test(test_sweep_removes_leftovers_only),
        cmocka_unit_test(test_write_errors_are_reported),
        cmocka_unit_test(test_dir_list_is_sorted),
        cmocka_unit_test(test_prune_removes_only_listed_not_kept),
        cmocka_unit_test(test_paths),
        cmocka_unit_test(test_exe_dir),
        cmocka_unit_test(test_proc_call_isolates_state),
        cmocka_unit_test(test_worker_failure_travels_to_the_parent),
        cmocka_unit_test(test_pool_runs_workers_side_by_side),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
