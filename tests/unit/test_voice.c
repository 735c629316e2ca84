/* Voice presets: the shipped ones load, values override defaults, errors name file:line. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/platform.h"
#include "book/voice.h"

static char *shipped(const char *name)
{
    const char *dirs[] = {DY_TEST_DATA "/../../voices", NULL};
    char *p = dy_preset_find(name, dirs);
    if (!p)
        fail_msg("no shipped preset %s", name);
    return p;
}

static void test_shipped_presets(void **state)
{
    (void)state;
    dy_preset p;
    dy_diag d = {0};
    char *path = shipped("kk");
    dy_preset_default(&p);
    assert_int_equal(dy_preset_load(&p, path, &d), DY_OK);
    assert_string_equal(p.name, "kk");
    assert_string_equal(p.voice.espeak_voice, "kk");
    assert_int_equal(p.voice.rate, 160);
    assert_true(p.sentence_pause == 0.45 && p.paragraph_pause == 0.9 && p.title_pause == 1.2);
    free(path);

    path = shipped("kk-slow");
    dy_preset_default(&p);
    assert_int_equal(dy_preset_load(&p, path, &d), DY_OK);
    assert_int_equal(p.voice.rate, 130); /* for learners: about 130 words a minute */
    assert_true(p.sentence_pause > 0.45 && p.paragraph_pause > 0.9);
    assert_true(strlen(p.description) > 10);
    assert_int_equal(dy_preset_check(&p, &d), DY_OK);
    free(path);
    const char *dirs[] = {DY_TEST_DATA "/../../voices", NULL};
    assert_null(dy_preset_find("no-such-voice", dirs));

    /* every shipped preset loads and its values (the variant included) are usable */
    const char *names[] = {"kk", "kk-slow", "kk-fast", "kk-female"};
    int rates[4];
    for (size_t i = 0; i < 4; i++) {
        path = shipped(names[i]);
        dy_preset_default(&p);
        assert_int_equal(dy_preset_load(&p, path, &d), DY_OK);
        if (dy_preset_check(&p, &d) != DY_OK)
            fail_msg("%s: %s", names[i], d.msg);
        rates[i] = p.voice.rate;
        free(path);
    }
    assert_true(rates[1] < rates[0] && rates[0] < rates[2]);
    assert_string_equal(p.voice.variant, "f3");
}

static void expect_preset_error_n(const char *text, size_t n, int line, const char *msg_part)
{
    char *dir = th_tmpdir("voice");
    char *path = dy_path_join(dir, "bad.ini");
    th_write(path, text, n);
    dy_preset p;
    dy_preset_default(&p);
    dy_diag d = {0};
    assert_int_equal(dy_preset_load(&p, path, &d), DY_ERR_PRESET);
    assert_string_equal(d.path, path);
    assert_int_equal(d.line, line);
    if (!strstr(d.msg, msg_part))
        fail_msg("'%s' lacks '%s'", d.msg, msg_part);
    free(path);
    free(dir);
}

static void expect_preset_error(const char *text, int line, const char *msg_part)
{
    expect_preset_error_n(text, strlen(text), line, msg_part);
}

static void test_bad_presets(void **state)
{
    (void)state;
    expect_preset_error("[voice]\nrate = 1000\n", 2, "rate");
    expect_preset_error("[voice]\nrate = 120\npitch = -1\n", 3, "pitch");
    expect_preset_error("; comment\n[voice]\nspeed = 100\n", 3, "unknown key 'speed'");
    expect_preset_error("[voice]\n[sound]\nx = 1\n", 3, "unknown section [sound]");
    expect_preset_error("[pauses]\nsentence = half\n", 2, "sentence");
    expect_preset_error("[pauses]\ntitle = 11\n", 2, "title");
    expect_preset_error("[voice]\nthis line has no equals sign\n", 2, "malformed");
    /* the first error is the one reported */
    expect_preset_error("[voice]\nrate = 9999\npitch = 999\n", 2, "rate");
    expect_preset_error("[voice]\nno equals\npitch = 999\n", 2, "malformed");
    expect_preset_error("[voice]\npitch = 999\nno equals\n", 2, "pitch");
    char long_line[400];
    snprintf(long_line, sizeof long_line, "[voice]\ndescription = %0300d\nrate = 120\n", 0);
    expect_preset_error(long_line, 2, "line too long");
    /* found writing fuzz_voice: inih stopped at a NUL byte in silence, and an invalid description
     * reached `dauys voices` as it was */
    static const char nul[] = "[voice]\nrate = 1\00060\npitch = 40\n";
    expect_preset_error_n(nul, sizeof nul - 1, 2, "NUL byte");
    expect_preset_error("[voice]\ndescription = caf\xc3\n", 2, "invalid UTF-8 (byte 0xC3)");
    expect_preset_error("[voice]\ndescription = \xed\xa0\x80\n", 2, "invalid UTF-8");
}

static void test_long_cyrillic_description(void **state)
{
    (void)state;
    char *dir = th_tmpdir("voice-long");
    char *path = dy_path_join(dir, "long.ini");
    dy_buf text = {0};
    dy_buf_puts(&text, "[voice]\ndescription = ");
    for (int i = 0; i < 85; i++) /* 170 bytes: fits a line, not the 160-byte field */
        dy_buf_puts(&text, "ә");
    dy_buf_puts(&text, "\nrate = 120\n");
    th_write(path, text.data, text.len);
    dy_preset p;
    dy_preset_default(&p);
    dy_diag d = {0};
    assert_int_equal(dy_preset_load(&p, path, &d), DY_OK);
    assert_int_equal(p.voice.rate, 120);
    /* cut on a character boundary: still valid UTF-8 */
    size_t i = 0, n = strlen(p.description);
    while (i < n)
        assert_true(dy_utf8_next(p.description, n, &i) >= 0);
    assert_true(n >= 150);
    dy_buf_fini(&text);
    free(path);
    free(dir);
}

static void test_check_catches_overrides(void **state)
{
    (void)state;
    dy_preset p;
    dy_preset_default(&p);
    dy_diag d;
    assert_int_equal(dy_preset_check(&p, &d), DY_OK);
    p.voice.range = 100;
    assert_int_equal(dy_preset_check(&p, &d), DY_ERR_USAGE);
    dy_preset_default(&p);
    p.paragraph_pause = -0.5;
    assert_int_equal(dy_preset_check(&p, &d), DY_ERR_USAGE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shipped_presets),
        cmocka_unit_test(test_bad_presets),
        cmocka_unit_test(test_long_cyrillic_description),
        cmocka_unit_test(test_check_catches_overrides),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
