/* Loudness: BS.1770 measurement against values derived from its definition, the per-voice gain,
 * the per-sentence true-peak limiter on eSpeak speech and on a square wave, determinism. */
#include "helpers.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio/loudness.h"
#include "audio/pcm.h"
#include "audio/synth.h"
#include "book/voice.h"

#define RATE 22050
#define PI 3.14159265358979323846

/* n samples of a sine of amplitude amp (1 = full scale) at hz. */
static int16_t *sine(double hz, double amp, size_t n)
{
    int16_t *x = dy_xmalloc(n * sizeof *x);
    for (size_t i = 0; i < n; i++)
        x[i] = (int16_t)lrint(32767.0 * amp * sin(2.0 * PI * hz * (double)i / RATE));
    return x;
}

static double measure(const int16_t *x, size_t n)
{
    double l;
    dy_diag d = {0};
    assert_int_equal(dy_loudness_measure(x, n, RATE, &l, &d), DY_OK);
    return l;
}

static double true_peak_db(const int16_t *x, size_t n) { return th_true_peak_dbtp(x, n, RATE); }

/* BS.1770: L = -0.691 + 10 log10(mean square of the K-weighted signal), a mono channel weighted
 * 1. The constant is minus the K filter's gain near 1 kHz (+0.691 dB), so at 997 Hz a sine of
 * amplitude A (mean square A^2/2) reads 10 log10(A^2/2) = 20 log10 A - 3.01 LUFS. A steady tone
 * passes both gates (-70 LUFS absolute, -10 LU relative), so integrated = that. */
static void test_measure_sine_follows_bs1770(void **state)
{
    (void)state;
    const double amps[] = {1.0, 0.5, 0.1, 0.01};
    size_t n = 5 * RATE;
    for (size_t i = 0; i < sizeof amps / sizeof amps[0]; i++) {
        int16_t *x = sine(997.0, amps[i], n);
        double expected = 20.0 * log10(amps[i]) + 10.0 * log10(0.5);
        double got = measure(x, n);
        if (fabs(got - expected) > 0.3)
            fail_msg("amplitude %g: %.3f LUFS, expected %.3f", amps[i], got, expected);
        free(x);
    }
    /* the gates: 5 s of tone between 5 s silences read as the tone does (ungated, 4.77 dB
     * less), give or take the few 400 ms blocks that straddle its edges */
    int16_t *x = dy_xcalloc(15 * (size_t)RATE, sizeof *x);
    int16_t *tone = sine(997.0, 0.1, n);
    memcpy(x + 5 * RATE, tone, n * sizeof *x);
    assert_true(fabs(measure(x, 15 * (size_t)RATE) - measure(tone, n)) < 0.3);
    free(x);
    free(tone);
}

static void test_measure_silence_and_short(void **state)
{
    (void)state;
    int16_t zeros[RATE] = {0};
    assert_true(measure(zeros, RATE) == -HUGE_VAL);
    assert_true(measure(NULL, 0) == -HUGE_VAL);
    /* less than one 400 ms gating block */
    int16_t *x = sine(997.0, 0.5, RATE / 4);
    assert_true(measure(x, RATE / 4) == -HUGE_VAL);
    free(x);
    double l;
    dy_diag d = {0};
    assert_int_equal(dy_loudness_measure(zeros, RATE, 0, &l, &d), DY_ERR_USAGE);
    assert_int_equal(dy_loudness_measure(NULL, 10, RATE, &l, &d), DY_ERR_USAGE);
}

static void test_gain_math(void **state)
{
    (void)state;
    dy_loudness_params p;
    dy_loudness_default(&p);
    assert_true(p.target_lufs == -18.0 && p.peak_dbtp == -1.5);
    assert_true(dy_loudness_gain(-18.0, &p) == 1.0);
    assert_true(fabs(dy_loudness_gain(-24.0, &p) - pow(10.0, 6.0 / 20.0)) < 1e-14);
    assert_true(fabs(dy_loudness_gain(-12.0, &p) - pow(10.0, -6.0 / 20.0)) < 1e-14);
    assert_true(fabs(dy_loudness_gain(-38.0, &p) - 10.0) < 1e-13);
    p.target_lufs = -23.0;
    assert_true(fabs(dy_loudness_gain(-20.0, &p) - pow(10.0, -3.0 / 20.0)) < 1e-14);
    p.target_lufs = -18.0;
    /* rounded to 0.01 dB: measurements a hair apart give the same bits */
    assert_true(dy_loudness_gain(-24.001, &p) == dy_loudness_gain(-24.0, &p));
    assert_true(dy_loudness_gain(-23.999, &p) == dy_loudness_gain(-24.0, &p));
    assert_true(dy_loudness_gain(-24.01, &p) > dy_loudness_gain(-24.0, &p));
    /* silence: leave the level alone */
    assert_true(dy_loudness_gain(-HUGE_VAL, &p) == 1.0);
    assert_true(dy_loudness_gain(NAN, &p) == 1.0);
}

static void test_params_checked(void **state)
{
    (void)state;
    dy_loudness_params p;
    dy_loudness_default(&p);
    dy_diag d = {0};
    assert_int_equal(dy_loudness_check(&p, &d), DY_OK);
    dy_loudness_params bad = p;
    bad.target_lufs = -2.0;
    assert_int_equal(dy_loudness_check(&bad, &d), DY_ERR_USAGE);
    assert_non_null(strstr(d.msg, "-2"));
    bad = p;
    bad.peak_dbtp = NAN;
    assert_int_equal(dy_loudness_check(&bad, &d), DY_ERR_USAGE);
    bad.peak_dbtp = 0.5;
    assert_int_equal(dy_loudness_check(&bad, &d), DY_ERR_USAGE);
    int16_t x[4] = {1, 2, 3, 4};
    assert_int_equal(dy_loudness_apply(x, 4, RATE, 1.0, &bad, NULL, &d), DY_ERR_USAGE);
    assert_int_equal(dy_loudness_apply(x, 4, RATE, -1.0, &p, NULL, &d), DY_ERR_USAGE);
    assert_int_equal(dy_loudness_apply(x, 4, RATE, INFINITY, &p, NULL, &d), DY_ERR_USAGE);
    assert_int_equal(dy_loudness_apply(x, 4, RATE, NAN, &p, NULL, &d), DY_ERR_USAGE);
    assert_int_equal(dy_loudness_apply(x, 4, 100, 1.0, &p, NULL, &d), DY_ERR_USAGE);
    assert_int_equal(dy_loudness_apply(NULL, 4, RATE, 1.0, &p, NULL, &d), DY_ERR_USAGE);
    dy_meter *m;
    assert_int_equal(dy_meter_new(&m, -1, &d), DY_ERR_USAGE);
    assert_null(m);
}

/* Under the ceiling apply is one multiplication and one rounding, halves away from zero. */
static void test_apply_scales_and_rounds(void **state)
{
    (void)state;
    dy_loudness_params p;
    dy_loudness_default(&p);
    dy_diag d = {0};
    int16_t x[] = {0, 1, 2, 3, -3, 101, -101, 1000, -1000};
    const int16_t half[] = {0, 1, 1, 2, -2, 51, -51, 500, -500};
    assert_int_equal(dy_loudness_apply(x, sizeof x / sizeof x[0], RATE, 0.5, &p, NULL, &d), DY_OK);
    assert_memory_equal(x, half, sizeof half);
    int16_t y[] = {100, -100, 7};
    const int16_t twice[] = {200, -200, 14};
    assert_int_equal(dy_loudness_apply(y, 3, RATE, 2.0, &p, NULL, &d), DY_OK);
    assert_memory_equal(y, twice, sizeof twice);
    /* n == 0 (with or without a buffer) and silence are fine */
    assert_int_equal(dy_loudness_apply(NULL, 0, RATE, 3.0, &p, NULL, &d), DY_OK);
    assert_int_equal(dy_loudness_apply(x, 0, RATE, 3.0, &p, NULL, &d), DY_OK);
    assert_memory_equal(x, half, sizeof half);
    int16_t zeros[1000] = {0}, z0[1000] = {0};
    assert_int_equal(dy_loudness_apply(zeros, 1000, RATE, 40.0, &p, NULL, &d), DY_OK);
    assert_memory_equal(zeros, z0, sizeof z0);
}

/* The design in one test: the voice's gain from its measured loudness brings eSpeak speech to
 * the target; the limiter keeps the true peak under the ceiling where that gain would push it
 * over. The calibration text is what the build measures, spoken by the default kk voice. */
static void test_apply_brings_speech_to_target(void **state)
{
    (void)state;
    dy_preset pr;
    dy_preset_default(&pr);
    dy_synth *s;
    dy_diag d = {0};
    assert_int_equal(dy_synth_new(&s, &pr.voice, &d), DY_OK);
    dy_pcm pcm = {0};
    assert_int_equal(dy_synth_speak(s, dy_loudness_calibration_text(), &pcm, &d), DY_OK);
    dy_synth_free(s);
    assert_true(pcm.len > 10 * (size_t)RATE);

    dy_loudness_params p;
    dy_loudness_default(&p);
    double before = measure(pcm.items, pcm.len);
    assert_true(before > -40.0 && before < -5.0);
    double gain = dy_loudness_gain(before, &p);
    double peak_before = true_peak_db(pcm.items, pcm.len);
    /* eSpeak's peaks sit high above its loudness: the gain alone would pass the ceiling */
    assert_true(peak_before + 20.0 * log10(gain) > p.peak_dbtp);

    double reported;
    assert_int_equal(dy_loudness_apply(pcm.items, pcm.len, RATE, gain, &p, &reported, &d), DY_OK);
    double after = measure(pcm.items, pcm.len);
    double peak_after = true_peak_db(pcm.items, pcm.len);
    /* the true peak it reports is the result's (the limiter acted: measured afresh) */
    assert_true(fabs(reported - dy_loudness_true_peak(pcm.items, pcm.len)) < 0.01);
    assert_true(fabs(reported - peak_after) < 0.05);
    /* and where the gain alone stays under the ceiling, gain times the peak before */
    dy_pcm quiet = {0};
    dy_pcm_append(&quiet, pcm.items, pcm.len);
    assert_int_equal(dy_loudness_apply(quiet.items, quiet.len, RATE, 0.25, &p, &reported, &d),
                     DY_OK);
    assert_true(fabs(reported - dy_loudness_true_peak(quiet.items, quiet.len)) < 0.01);
    DY_VEC_FREE(&quiet);
    if (fabs(after - p.target_lufs) > 1.0 || peak_after > p.peak_dbtp)
        fail_msg("eSpeak kk: %.2f LUFS (peak %.2f dBTP) -> gain %.3f -> %.2f LUFS, peak %.2f dBTP",
                 before, peak_before, gain, after, peak_after);
    /* another target and ceiling are honoured too */
    p.target_lufs = -23.0;
    p.peak_dbtp = -3.0;
    assert_int_equal(dy_synth_new(&s, &pr.voice, &d), DY_OK);
    pcm.len = 0;
    assert_int_equal(dy_synth_speak(s, dy_loudness_calibration_text(), &pcm, &d), DY_OK);
    dy_synth_free(s);
    gain = dy_loudness_gain(measure(pcm.items, pcm.len), &p);
    assert_int_equal(dy_loudness_apply(pcm.items, pcm.len, RATE, gain, &p, NULL, &d), DY_OK);
    assert_true(fabs(measure(pcm.items, pcm.len) + 23.0) <= 1.0);
    assert_true(true_peak_db(pcm.items, pcm.len) <= -3.0);
    DY_VEC_FREE(&pcm);
}

/* A square wave at -0.8 dBFS rings above full scale between its samples: limited under the
 * ceiling, and not much further (it is loud all through, so the whole of it comes down). */
static void test_loud_square_is_limited(void **state)
{
    (void)state;
    dy_loudness_params p;
    dy_loudness_default(&p);
    dy_diag d = {0};
    size_t n = 2 * RATE;
    int16_t *x = dy_xmalloc(n * sizeof *x);
    for (size_t i = 0; i < n; i++)
        x[i] = (i / 25) % 2 ? -30000 : 30000; /* 441 Hz */
    assert_true(true_peak_db(x, n) > -0.8);
    assert_int_equal(dy_loudness_apply(x, n, RATE, 1.0, &p, NULL, &d), DY_OK);
    double peak = true_peak_db(x, n);
    if (peak > -1.5 || peak < -2.0)
        fail_msg("square wave limited to %.3f dBTP", peak);
    /* a gain that would clip int16 many times over is limited the same way, without wrapping */
    for (size_t i = 0; i < n; i++)
        x[i] = (i / 25) % 2 ? -30000 : 30000;
    assert_int_equal(dy_loudness_apply(x, n, RATE, 50.0, &p, NULL, &d), DY_OK);
    assert_true(true_peak_db(x, n) <= -1.5);
    assert_true(x[n / 2] > 20000 || x[n / 2] < -20000);
    free(x);
    /* sentences of one and two samples */
    int16_t one[1] = {32767}, two[2] = {-32768, 32767};
    assert_int_equal(dy_loudness_apply(one, 1, RATE, 1.0, &p, NULL, &d), DY_OK);
    assert_true(true_peak_db(one, 1) <= -1.5 && one[0] > 27000);
    assert_int_equal(dy_loudness_apply(two, 2, RATE, 3.0, &p, NULL, &d), DY_OK);
    assert_true(true_peak_db(two, 2) <= -1.5 && two[0] < -10000 && two[1] > 10000);
}

/* The limiter works around a peak, not on the whole sentence: one click in a quiet tone is
 * brought down, the tone a quarter of a second away keeps exactly its gain. */
static void test_limiter_is_local(void **state)
{
    (void)state;
    dy_loudness_params p;
    dy_loudness_default(&p);
    dy_diag d = {0};
    size_t n = 2 * RATE, click = RATE;
    int16_t *x = sine(220.0, 0.1, n);
    int16_t *orig = dy_xmalloc(n * sizeof *x);
    x[click] = 32000;
    memcpy(orig, x, n * sizeof *x);
    assert_int_equal(dy_loudness_apply(x, n, RATE, 2.0, &p, NULL, &d), DY_OK);
    assert_true(true_peak_db(x, n) <= -1.5);
    assert_true(x[click] < 32000 && x[click] > 20000);
    for (size_t i = 0; i < n; i++)
        if (i + RATE / 4 < click || i > click + RATE / 4)
            assert_int_equal(x[i], 2 * orig[i]);
    free(x);
    free(orig);
}

/* A deterministic input from integer arithmetic alone: a sawtooth, noise and a few bursts. */
static void det_input(int16_t *x, size_t n)
{
    uint32_t r = 12345;
    for (size_t i = 0; i < n; i++) {
        r = r * 1664525u + 1013904223u;
        int32_t v = (int32_t)((i * 97) % 400) * 40 - 8000 + (int32_t)(r >> 20) - 2048;
        if ((i / 3000) % 4 == 1)
            v *= 3;
        x[i] = (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
    }
}

static uint64_t fnv1a(const void *data, size_t n)
{
    const unsigned char *b = data;
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211u;
    return h;
}

/* Same input, same bytes: twice in this process, and (through a stored hash of bytes that no
 * library computes, only IEEE arithmetic in loudness.c) on any machine. If a deliberate change
 * to the limiter moves the hash, update it here; if only a new machine moves it, apply is not
 * deterministic there (an FMA, x87 excess precision ...). */
static void test_apply_is_deterministic(void **state)
{
    (void)state;
    dy_loudness_params p;
    dy_loudness_default(&p);
    dy_diag d = {0};
    size_t n = 3 * RATE;
    int16_t *a = dy_xmalloc(n * sizeof *a), *b = dy_xmalloc(n * sizeof *b);
    det_input(a, n);
    memcpy(b, a, n * sizeof *a);
    double gain = dy_loudness_gain(-21.37, &p);
    assert_int_equal(dy_loudness_apply(a, n, RATE, gain, &p, NULL, &d), DY_OK);
    assert_int_equal(dy_loudness_apply(b, n, RATE, gain, &p, NULL, &d), DY_OK);
    assert_memory_equal(a, b, n * sizeof *a);
    assert_true(true_peak_db(a, n) <= -1.5);
    uint64_t h = fnv1a(a, n * sizeof *a);
    if (h != UINT64_C(0x523b9dadd593adfa))
        fail_msg("apply output hash %016llx", (unsigned long long)h);
    free(a);
    free(b);
}

/* x (n samples) with `pad` samples of silence on each side. */
static int16_t *padded(const int16_t *x, size_t n, size_t pad)
{
    int16_t *y = calloc(n + 2 * pad, sizeof *y);
    memcpy(y + pad, x, n * sizeof *x);
    return y;
}

/* Meters x as one segment (fed in uneven pieces), and adds its blocks to g. */
static void meter_segment(dy_gate *g, const int16_t *x, size_t n)
{
    dy_meter *m;
    dy_diag d = {0};
    assert_int_equal(dy_meter_new(&m, RATE, &d), DY_OK);
    assert_int_equal(dy_meter_add(m, NULL, 0, &d), DY_OK);
    for (size_t at = 0, step = 777; at < n; at += step, step = step * 3 % 5000 + 1)
        assert_int_equal(dy_meter_add(m, x + at, at + step < n ? step : n - at, &d), DY_OK);
    assert_int_equal(dy_meter_finish(m, &d), DY_OK);
    size_t nb;
    const float *b = dy_meter_blocks(m, &nb);
    dy_gate_add(g, b, nb);
    dy_meter_free(m);
}

static void test_meter_and_gate(void **state)
{
    (void)state;
    dy_gate *g = dy_gate_new();
    assert_true(dy_gate_lufs(g) == -HUGE_VAL);
    /* one segment: its blocks gated agree with libebur128 measuring it between silences */
    size_t n = 4 * RATE, pad = RATE / 2;
    int16_t *x = sine(997.0, 0.5, n);
    meter_segment(g, x, n);
    int16_t *px = padded(x, n, pad);
    double whole = measure(px, n + 2 * pad);
    if (fabs(dy_gate_lufs(g) - whole) > 0.02)
        fail_msg("gate %.3f, libebur128 %.3f LUFS", dy_gate_lufs(g), whole);
    /* three segments metered apart, one of them 30 dB quieter (under the relative gate) and one
     * 6 dB quieter (over it): the same as libebur128 on the book they make */
    int16_t *q = sine(440.0, 0.5 / 31.6, RATE * 3);
    int16_t *h = sine(2000.0, 0.25, RATE * 5 / 2);
    meter_segment(g, q, RATE * 3);
    meter_segment(g, h, RATE * 5 / 2);
    int16_t *pq = padded(q, RATE * 3, pad), *ph = padded(h, RATE * 5 / 2, pad);
    size_t lx = n + 2 * pad, lq = RATE * 3 + 2 * pad, lh = RATE * 5 / 2 + 2 * pad;
    int16_t *book = malloc((lx + lq + lh) * sizeof *book);
    memcpy(book, px, lx * sizeof *book);
    memcpy(book + lx, pq, lq * sizeof *book);
    memcpy(book + lx + lq, ph, lh * sizeof *book);
    whole = measure(book, lx + lq + lh);
    if (fabs(dy_gate_lufs(g) - whole) > 0.02)
        fail_msg("gate %.3f, libebur128 %.3f LUFS", dy_gate_lufs(g), whole);
    /* silence adds no block */
    int16_t zeros[RATE] = {0};
    double before = dy_gate_lufs(g);
    meter_segment(g, zeros, RATE);
    assert_true(dy_gate_lufs(g) == before);
    dy_gate_free(g);
    dy_gate_free(NULL);
    dy_meter_free(NULL);
    /* the true peak of a sine at half scale is -6 dBTP */
    assert_true(fabs(dy_loudness_true_peak(x, n) - 20.0 * log10(0.5)) < 0.1);
    assert_true(dy_loudness_true_peak(zeros, RATE) == -HUGE_VAL);
    free(x), free(q), free(h), free(px), free(pq), free(ph), free(book);
}

static void test_calibration_text(void **state)
{
    (void)state;
    const char *t = dy_loudness_calibration_text();
    assert_non_null(t);
    int words = 1, sentences = 0;
    for (const char *c = t; *c; c++) {
        assert_false(*c >= '0' && *c <= '9');
        words += *c == ' ';
        sentences += *c == '.';
    }
    assert_true(words >= 35 && words <= 50);
    assert_true(sentences >= 4);
    assert_true(strlen(dy_loudness_version()) >= 5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_measure_sine_follows_bs1770),
        cmocka_unit_test(test_measure_silence_and_short),
        cmocka_unit_test(test_gain_math),
        cmocka_unit_test(test_params_checked),
        cmocka_unit_test(test_apply_scales_and_rounds),
        cmocka_unit_test(test_apply_brings_speech_to_target),
        cmocka_unit_test(test_loud_square_is_limited),
        cmocka_unit_test(test_limiter_is_local),
        cmocka_unit_test(test_apply_is_deterministic),
        cmocka_unit_test(test_meter_and_gate),
        cmocka_unit_test(test_calibration_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
