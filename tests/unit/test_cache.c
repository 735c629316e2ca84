/* The build cache: entries come back whole or not at all; damage is detected, never returned. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cache.h"
#include "core/platform.h"

static void test_entries_come_back(void **state)
{
    (void)state;
    char *dir = th_tmpdir("cache-roundtrip");
    char *root = dy_path_join(dir, "c");
    dy_cache *c = dy_cache_open(root);
    dy_key a = dy_cache_key("бір", strlen("бір")), b = dy_cache_key("екі", strlen("екі"));
    assert_memory_not_equal(a.b, b.b, sizeof a.b);
    dy_key a2 = dy_cache_key("бір", strlen("бір"));
    assert_memory_equal(a.b, a2.b, sizeof a.b);
    dy_buf out = {0};
    bool damaged = true;
    assert_false(dy_cache_get(c, &a, &out, &damaged)); /* nothing yet, and no folder either */
    assert_false(damaged);
    dy_diag d = {0};
    assert_int_equal(dy_cache_put(c, &a, "segment one", 11, &d), DY_OK);
    assert_int_equal(dy_cache_put(c, &b, "", 0, &d), DY_OK);
    assert_true(dy_cache_get(c, &a, &out, &damaged));
    assert_false(damaged);
    assert_int_equal(out.len, 11);
    assert_memory_equal(out.data, "segment one", 11);
    dy_buf_clear(&out);
    assert_true(dy_cache_get(c, &b, &out, NULL));
    assert_int_equal(out.len, 0);
    /* another cache object on the same folder (the next build) finds them too */
    dy_cache *c2 = dy_cache_open(root);
    assert_true(dy_cache_get(c2, &a, &out, NULL));
    dy_cache_close(c2);
    dy_cache_close(c);
    dy_cache_close(NULL);
    dy_buf_fini(&out);
    free(root);
    free(dir);
}

static void test_damage_is_detected(void **state)
{
    (void)state;
    char *dir = th_tmpdir("cache-damage");
    dy_cache *c = dy_cache_open(dir);
    dy_diag d = {0};
    const char payload[] = "an encoded sentence, or so";
    dy_key keys[4];
    for (int i = 0; i < 4; i++) {
        char k[8];
        snprintf(k, sizeof k, "k%d", i);
        keys[i] = dy_cache_key(k, strlen(k));
        assert_int_equal(dy_cache_put(c, &keys[i], payload, sizeof payload, &d), DY_OK);
    }
    char *paths[4];
    size_t len[4];
    char *data[4];
    for (int i = 0; i < 4; i++) {
        paths[i] = dy_cache_path(c, &keys[i]);
        data[i] = th_read(paths[i], &len[i]);
        assert_non_null(data[i]);
    }
    /* a flipped bit in the contents, a truncated entry, an entry under another key's name */
    data[0][len[0] - 3] ^= 0x10;
    th_write(paths[0], data[0], len[0]);
    th_write(paths[1], data[1], len[1] - 1);
    th_write(paths[2], data[3], len[3]);
    for (int i = 0; i < 3; i++) {
        dy_buf out = {0};
        bool damaged = false;
        assert_false(dy_cache_get(c, &keys[i], &out, &damaged));
        assert_true(damaged);
        assert_int_equal(out.len, 0);
        /* removed: the next build makes it again, and it is whole then */
        assert_int_equal(dy_path_kind_of(paths[i]), DY_PATH_NONE);
        assert_int_equal(dy_cache_put(c, &keys[i], payload, sizeof payload, &d), DY_OK);
        assert_true(dy_cache_get(c, &keys[i], &out, &damaged));
        assert_false(damaged);
        dy_buf_fini(&out);
    }
    /* the untouched one was never in doubt */
    dy_buf out = {0};
    assert_true(dy_cache_get(c, &keys[3], &out, NULL));
    assert_memory_equal(out.data, payload, sizeof payload);
    dy_buf_fini(&out);
    for (int i = 0; i < 4; i++) {
        free(paths[i]);
        free(data[i]);
    }
    dy_cache_close(c);
    free(dir);
}

static void test_unwritable_cache_is_an_error_to_report(void **state)
{
    (void)state;
    char *dir = th_tmpdir("cache-unwritable");
    char *file = dy_path_join(dir, "file");
    th_write(file, "x", 1);
    char *root = dy_path_join(file, "cache"); /* under a regular file: cannot exist */
    dy_cache *c = dy_cache_open(root);
    dy_key k = dy_cache_key("a", 1);
    dy_diag d = {0};
    assert_int_not_equal(dy_cache_put(c, &k, "a", 1, &d), DY_OK);
    dy_buf out = {0};
    assert_false(dy_cache_get(c, &k, &out, NULL));
    dy_cache_close(c);
    free(root);
    free(file);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_entries_come_back),
        cmocka_unit_test(test_damage_is_detected),
        cmocka_unit_test(test_unwritable_cache_is_an_error_to_report),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
