/* The audio stages: eSpeak NG synthesis with its own silence trimmed, PCM helpers, and LAME
 * encoding whose Info frame lets a decoder give back exactly the samples that went in. */
#include "helpers.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio/mp3.h"
#include "audio/pcm.h"
#include "core/platform.h"
#include "audio/synth.h"
#include "book/voice.h"

static dy_voice_params kk_voice(void)
{
    dy_preset p;
    dy_preset_default(&p);
    return p.voice;
}

static void test_synth_speaks_kazakh_and_trims(void **state)
{
    (void)state;
    dy_voice_params v = kk_voice();
    dy_synth *s;
    dy_diag d = {0};
    assert_int_equal(dy_synth_new(&s, &v, &d), DY_OK);
    assert_int_equal(dy_synth_rate(s), 22050);
    dy_pcm pcm = {0};
    assert_int_equal(dy_synth_speak(s, "Сәлеметсіз бе, қымбатты оқушылар.", &pcm, &d), DY_OK);
    /* about two seconds of speech, no more than 4 s with eSpeak's own pauses */
    assert_true(pcm.len > 22050);
    assert_true(pcm.len < 4 * 22050);
    /* trimmed: speech starts and ends within 10 ms of the edges */
    size_t first = 0, last = pcm.len;
    while (first < pcm.len && abs(pcm.items[first]) < 48)
        first++;
    while (last > 0 && abs(pcm.items[last - 1]) < 48)
        last--;
    assert_true(first <= 221);
    assert_true(pcm.len - last <= 221);
    /* nothing to say: nothing appended */
    size_t before = pcm.len;
    assert_int_equal(dy_synth_speak(s, "", &pcm, &d), DY_OK);
    assert_int_equal(dy_synth_speak(s, " . ", &pcm, &d), DY_OK);
    assert_int_equal(pcm.len, before);
    /* one eSpeak per process */
    dy_synth *second;
    assert_int_equal(dy_synth_new(&second, &v, &d), DY_ERR_SYNTH);
    dy_synth_free(s);
    DY_VEC_FREE(&pcm);
}

static void test_synth_rate_changes_duration(void **state)
{
    (void)state;
    const char *text = "Қазақстан Орталық Азияда орналасқан мемлекет.";
    size_t len[2];
    int rates[2] = {120, 240};
    for (int i = 0; i < 2; i++) {
        dy_voice_params v = kk_voice();
        v.rate = rates[i];
        dy_synth *s;
        dy_diag d;
        assert_int_equal(dy_synth_new(&s, &v, &d), DY_OK);
        dy_pcm pcm = {0};
        assert_int_equal(dy_synth_speak(s, text, &pcm, &d), DY_OK);
        len[i] = pcm.len;
        dy_synth_free(s);
        DY_VEC_FREE(&pcm);
    }
    /* twice the rate: well under three quarters of the time */
    assert_true(len[1] * 4 < len[0] * 3);
}

static void test_synth_rejects_bad_settings(void **state)
{
    (void)state;
    dy_diag d = {0};
    dy_synth *s;
    dy_voice_params v = kk_voice();
    v.rate = 20;
    assert_int_equal(dy_synth_new(&s, &v, &d), DY_ERR_USAGE);
    v = kk_voice();
    snprintf(v.espeak_voice, sizeof v.espeak_voice, "no-such-voice");
    assert_int_equal(dy_synth_new(&s, &v, &d), DY_ERR_USAGE);
    assert_non_null(strstr(d.msg, "no-such-voice"));
    v = kk_voice();
    snprintf(v.variant, sizeof v.variant, "no-such-variant");
    assert_int_equal(dy_synth_check(&v, &d), DY_ERR_USAGE); /* eSpeak would ignore it in silence */
    assert_non_null(strstr(d.msg, "no-such-variant"));
    snprintf(v.variant, sizeof v.variant, "../kk");
    assert_int_equal(dy_synth_check(&v, &d), DY_ERR_USAGE);
    v = kk_voice();
    snprintf(v.variant, sizeof v.variant, "f3");
    assert_int_equal(dy_synth_new(&s, &v, &d), DY_OK);
    dy_synth_free(s);
}

static void test_pcm_helpers(void **state)
{
    (void)state;
    assert_int_equal(dy_pcm_samples(0.45, 22050), 9923);
    assert_int_equal(dy_pcm_samples(-1, 22050), 0);
    dy_pcm p = {0};
    int16_t loud[3] = {1000, -2000, 1500};
    dy_pcm_silence(&p, 100);
    dy_pcm_append(&p, loud, 3);
    dy_pcm_silence(&p, 50);
    dy_pcm_trim(&p, 48, 10);
    assert_int_equal(p.len, 23);
    assert_int_equal(p.items[10], 1000);
    dy_pcm_silence(&p, 5);
    p.len = 0;
    dy_pcm_silence(&p, 30);
    dy_pcm_trim(&p, 48, 10);
    assert_int_equal(p.len, 0);
    DY_VEC_FREE(&p);
}

/* Encodes n samples of a tone to an MP3 file of one segment: Info frame, then the frames. */
static void encode_tone(const char *path, size_t n, int bitrate)
{
    dy_mp3_params mp = {22050, bitrate, 5};
    dy_mp3 *e;
    dy_diag d;
    assert_int_equal(dy_mp3_new(&e, &mp, &d), DY_OK);
    int16_t *pcm = malloc(n * sizeof *pcm);
    for (size_t i = 0; i < n; i++)
        pcm[i] = (int16_t)(8000 * sin(2 * 3.14159265358979 * 440 * (double)i / 22050));
    dy_buf frames = {0};
    assert_int_equal(dy_mp3_encode(e, pcm, n, &frames, &d), DY_OK);
    assert_int_equal(dy_mp3_finish(e, &frames, &d), DY_OK);
    assert_int_equal(dy_mp3_frames(e), dy_mp3_frames_for(n));
    dy_mp3_stream s = {0};
    dy_mp3_stream_add(&s, dy_mp3_crc((const uint8_t *)frames.data, frames.len), frames.len,
                      dy_mp3_frames(e), n);
    assert_int_equal(dy_mp3_stream_samples(&s), n);
    uint8_t info[2880];
    size_t k = dy_mp3_info_frame(&mp, &s, info, sizeof info);
    assert_true(k > 0 && k == dy_mp3_info_size(&mp));
    dy_buf out = {0};
    dy_buf_append(&out, (const char *)info, k);
    dy_buf_append(&out, frames.data, frames.len);
    assert_int_equal(dy_file_write_atomic(path, out.data, out.len, &d), DY_OK);
    dy_buf_fini(&out);
    dy_buf_fini(&frames);
    dy_mp3_stream_fini(&s);
    free(pcm);
    dy_mp3_free(e);
}

static void test_mp3_round_trip_is_sample_exact(void **state)
{
    (void)state;
    char *dir = th_tmpdir("audio");
    char *path = dy_path_join(dir, "tone.mp3");
    size_t lengths[] = {22050, 12345, 1};
    for (size_t i = 0; i < 3; i++) {
        encode_tone(path, lengths[i], 64);
        th_decoded dec;
        th_mp3_decode(path, &dec, false);
        assert_string_equal(dec.problems, "");
        assert_int_equal(dec.rate, 22050);
        assert_int_equal(dec.channels, 1);
        assert_int_equal(dec.layer, 3);
        assert_int_equal(dec.bitrate, 64);
        assert_true(dec.cbr);
        assert_int_equal(dec.samples, (int64_t)lengths[i]);
    }
    free(path);
    free(dir);
}

static void test_mp3_rejects_bad_settings(void **state)
{
    (void)state;
    dy_mp3 *e;
    dy_diag d;
    dy_mp3_params bad_rate = {22050, 65, 5}, bad_q = {22050, 64, 10};
    assert_int_equal(dy_mp3_new(&e, &bad_rate, &d), DY_ERR_USAGE);
    assert_non_null(strstr(d.msg, "65"));
    assert_int_equal(dy_mp3_new(&e, &bad_q, &d), DY_ERR_USAGE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_synth_speaks_kazakh_and_trims),
        cmocka_unit_test(test_synth_rate_changes_duration),
        cmocka_unit_test(test_synth_rejects_bad_settings),
        cmocka_unit_test(test_pcm_helpers),
        cmocka_unit_test(test_mp3_round_trip_is_sample_exact),
        cmocka_unit_test(test_mp3_rejects_bad_settings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
