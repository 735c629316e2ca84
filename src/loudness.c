/* Loudness normalisation and metering (see loudness.h): a gain calibrated once per voice, a
 * per-sentence true-peak limiter, and BS.1770 measurements through libebur128. The only file
 * that includes libebur128's header. */
#include "loudness.h"

#include <ebur128.h>
#include <math.h>
#include <stdio.h>

/* dy_loudness_apply must give the same bytes on every machine, so no multiply-add may be fused
 * into an FMA behind our back (clang contracts by default, GCC in its GNU modes). */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#define MIN_RATE 8000
#define MAX_RATE 384000

void dy_loudness_default(dy_loudness_params *p)
{
    p->target_lufs = -18.0;
    p->peak_dbtp = -1.5;
}

dy_status dy_loudness_check(const dy_loudness_params *p, dy_diag *d)
{
    /* written so that NaN fails too */
    if (!(p->target_lufs >= DY_LOUDNESS_TARGET_MIN && p->target_lufs <= DY_LOUDNESS_TARGET_MAX))
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0,
                           "loudness target %g LUFS is outside %g .. %g", p->target_lufs,
                           DY_LOUDNESS_TARGET_MIN, DY_LOUDNESS_TARGET_MAX);
    if (!(p->peak_dbtp >= DY_LOUDNESS_PEAK_MIN && p->peak_dbtp <= DY_LOUDNESS_PEAK_MAX))
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "true-peak ceiling %g dBTP is outside %g .. %g",
                           p->peak_dbtp, DY_LOUDNESS_PEAK_MIN, DY_LOUDNESS_PEAK_MAX);
    return DY_OK;
}

/* 10^(db/20), for |db| <= 200, from + - * / and the exact floor and ldexp only: libm's pow
 * and exp may differ in their last bit between C libraries, and a gain that differs in one bit
 * can round one sample differently. 2^(db log2(10)/20) = 2^k e^r with |r| <= ln(2)/2; e^r by
 * its Taylor series (18 terms: the rest is below 1e-20). */
static double db_to_amp(double db)
{
    double y = db * 0.16609640474436813; /* log2(10) / 20 */
    double k = floor(y + 0.5);
    double r = (y - k) * 0.69314718055994531; /* ln 2 */
    double s = 1.0;
    for (int i = 18; i >= 1; i--)
        s = 1.0 + s * r / i;
    return ldexp(s, (int)k);
}

double dy_loudness_gain(double measured_lufs, const dy_loudness_params *p)
{
    if (!isfinite(measured_lufs) || !isfinite(p->target_lufs))
        return 1.0;
    /* in whole hundredths of a dB, so that a measurement that differs in its last bits (another
     * libm, another libebur128 build) still gives the same gain */
    double cents = round((p->target_lufs - measured_lufs) * 100.0);
    if (cents > 10000.0)
        cents = 10000.0; /* +-100 dB: beyond any real voice, and keeps db_to_amp accurate */
    if (cents < -10000.0)
        cents = -10000.0;
    return db_to_amp(cents / 100.0);
}

/* The true-peak interpolator of libebur128 1.2.x at rates below 96 kHz: 4x oversampling with a
 * 49-tap Hann-windowed sinc, split into four phases. Phase 0 is the sample itself (its only
 * non-zero tap is 1); phases 1 .. 3 have 12 taps each, tp_coeff[f - 1][i] weighting the input
 * i samples back. The values are libebur128's own (sin(m pi/4)/(m pi/4) times the window, as
 * glibc computes them), kept as a table so that no machine computes them differently. */
#define TP_TAPS 12
static const double tp_coeff[3][TP_TAPS] = {
    {-0.00016744197591618296, 0.004895983142504382, -0.018526005935860405, 0.046265053486303574,
     -0.10345672595291239, 0.28868335557343622, 0.89646515071103394, -0.16145852728990459,
     0.069158469679911128, -0.030107748292905214, 0.010359954969807055, -0.0016317261636570237},
    {-0.00098601330506667092, 0.010358978571612684, -0.033703603627858555, 0.080138909394514291,
     -0.18112965507435574, 0.62577362601184794, 0.62577362601184794, -0.18112965507435577,
     0.080138909394514291, -0.033703603627858576, 0.010358978571612691, -0.00098601330506667721},
    {-0.0016317261636570261, 0.010359954969807034, -0.0301077482929052, 0.069158469679911128,
     -0.16145852728990456, 0.89646515071103394, 0.28868335557343622, -0.1034567259529124,
     0.046265053486303574, -0.018526005935860422, 0.0048959831425043872, -0.00016744197591618296},
};
/* Above the largest sum of |tp_coeff| over one phase (1.8642): no interpolated value can exceed
 * the largest input magnitude times this. */
#define TP_GAIN_BOUND 1.87
/* What rounding to int16 after scaling can add to the true peak, in LSB: half an LSB per sample
 * times TP_GAIN_BOUND, and a little for libebur128 keeping its interpolated values in float. */
#define TP_ROUND_MARGIN 1.0
#define TP_BLOCK 64

static double abs_at(const int16_t *x, size_t n, size_t i) { return i < n ? fabs((double)x[i]) : 0.0; }

/* Interpolated value of phase f (1 .. 3) whose newest input is x[k], the sentence being
 * surrounded by silence (x is 0 outside [0, n)). The terms add up in libebur128's order. */
static double interp_at(const int16_t *x, size_t n, size_t k, int f)
{
    const double *c = tp_coeff[f - 1];
    double acc = 0.0;
    for (size_t i = 0; i < TP_TAPS; i++)
        if (i <= k && k - i < n)
            acc += (double)x[k - i] * c[i];
    return acc;
}

/* The true peak of x, in LSB (32768 = 0 dBTP), as libebur128 would measure the sentence between
 * silences. Blocks whose inputs are too quiet to beat the peak found so far are skipped, which
 * leaves the result exactly the same and saves most of the work on speech. */
static double true_peak(const int16_t *x, size_t n)
{
    double peak = 0.0;
    for (size_t i = 0; i < n; i++)
        if (fabs((double)x[i]) > peak)
            peak = fabs((double)x[i]);
    if (peak == 0.0)
        return 0.0;
    size_t outputs = n + TP_TAPS - 1; /* k = newest input, up to the last tap leaving x */
    for (size_t b = 0; b < outputs; b += TP_BLOCK) {
        size_t end = b + TP_BLOCK < outputs ? b + TP_BLOCK : outputs;
        /* inputs feeding outputs b .. end-1: x[b - 11 .. end - 1] */
        double local = 0.0;
        for (size_t i = b >= TP_TAPS - 1 ? b - (TP_TAPS - 1) : 0; i < end; i++)
            if (abs_at(x, n, i) > local)
                local = abs_at(x, n, i);
        if (local * TP_GAIN_BOUND <= peak)
            continue;
        for (size_t k = b; k < end; k++)
            for (int f = 1; f <= 3; f++) {
                double v = fabs(interp_at(x, n, k, f));
                if (v > peak)
                    peak = v;
            }
    }
    return peak;
}

static bool rate_ok(int rate) { return rate >= MIN_RATE && rate <= MAX_RATE; }

/* The limiter's attack (look-ahead) and release. The gain starts to fall LIMIT_ATTACK before a
 * peak, reaches what the peak needs in time, and rises back by at most 1 per LIMIT_RELEASE, so
 * that it does not follow the voice's pitch pulses (which would distort it). */
#define LIMIT_ATTACK 0.0015 /* s */
#define LIMIT_RELEASE 0.4   /* s for a full 0 -> 1 recovery */

/* For each sample j of x, the largest magnitude of the 4x-interpolated signal from j to j + 1,
 * times gain (phase f of the output whose newest input is k sits at time k - 6 + f/4). The
 * interpolator's ringing before the first and after the last sample counts for those. */
static void peak_envelope(const int16_t *x, size_t n, double gain, double *a)
{
    for (size_t j = 0; j < n; j++)
        a[j] = fabs((double)x[j]);
    for (size_t k = 0; k < n + TP_TAPS - 1; k++)
        for (int f = 1; f <= 3; f++) {
            double v = fabs(interp_at(x, n, k, f));
            size_t j = k < 6 ? 0 : k - 6 < n ? k - 6 : n - 1;
            if (v > a[j])
                a[j] = v;
        }
    for (size_t j = 0; j < n; j++)
        a[j] *= gain;
}

/* Writes round(pcm * gain * g) back into pcm, g being a smooth per-sample gain <= 1 that keeps
 * every interpolated peak at or under ceiling (LSB). Built from the gain each peak needs: its
 * minimum over the samples that feed that peak and over the attack before it, then a release
 * that rises slowly, then a moving average over the attack (which stays under every need, as
 * each value it averages does). */
static void limit_smooth(int16_t *pcm, size_t n, int rate, double gain, double ceiling)
{
    size_t attack = (size_t)rate * 3 / 2000; /* LIMIT_ATTACK * rate, in exact integer steps */
    if (attack < 1)
        attack = 1;
    double release = 1.0 / (LIMIT_RELEASE * rate);
    double *need = dy_xmalloc(n * sizeof *need);
    double *g = dy_xmalloc(n * sizeof *g);
    peak_envelope(pcm, n, gain, need);
    for (size_t j = 0; j < n; j++)
        need[j] = need[j] > ceiling ? ceiling / need[j] : 1.0;
    /* g[j] = min of need over [j - 6, j + attack + 6]: every interpolated value near j draws on
     * samples up to 6 away */
    for (size_t j = 0; j < n; j++) {
        size_t lo = j >= 6 ? j - 6 : 0;
        size_t hi = j + attack + 6 < n ? j + attack + 6 : n - 1;
        double m = 1.0;
        for (size_t i = lo; i <= hi; i++)
            if (need[i] < m)
                m = need[i];
        g[j] = m;
    }
    for (size_t j = 1; j < n; j++)
        if (g[j] > g[j - 1] + release)
            g[j] = g[j - 1] + release;
    /* moving average over [j - attack, j] (g[0] standing in before the start), summed afresh
     * each time in one order: no drift, the same bits everywhere */
    for (size_t j = n; j-- > 0;) {
        double sum = 0.0;
        for (size_t t = 0; t <= attack; t++)
            sum += g[j >= t ? j - t : 0];
        need[j] = sum / (double)(attack + 1);
    }
    for (size_t j = 0; j < n; j++) {
        double v = round((double)pcm[j] * gain * need[j]);
        pcm[j] = (int16_t)(v > 32767.0 ? 32767.0 : v < -32768.0 ? -32768.0 : v);
    }
    free(need);
    free(g);
}

static void scale(int16_t *pcm, size_t n, double factor)
{
    for (size_t i = 0; i < n; i++) {
        double v = round((double)pcm[i] * factor); /* halves away from zero, exact everywhere */
        pcm[i] = (int16_t)(v > 32767.0 ? 32767.0 : v < -32768.0 ? -32768.0 : v);
    }
}

dy_status dy_loudness_apply(int16_t *pcm, size_t n, int rate, double gain,
                            const dy_loudness_params *p, dy_diag *d)
{
    if (!rate_ok(rate))
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "sample rate %d Hz is outside %d .. %d",
                           rate, MIN_RATE, MAX_RATE);
    if (!(gain >= 0.0 && isfinite(gain)))
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "loudness gain %g is not a finite positive number",
                           gain);
    dy_status st = dy_loudness_check(p, d);
    if (st != DY_OK)
        return st;
    if (n == 0)
        return DY_OK;
    if (!pcm)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "no samples given");

    /* The interpolator is linear: the true peak after the gain is gain times the true peak now. */
    double full = 32768.0 * db_to_amp(p->peak_dbtp);
    double ceiling = full - TP_ROUND_MARGIN;
    if (true_peak(pcm, n) * gain <= ceiling) {
        scale(pcm, n, gain);
        return DY_OK;
    }
    limit_smooth(pcm, n, rate, gain, ceiling);
    /* A gain that changes under the interpolator's 12 taps can leave a peak a hair over: then
     * one factor for the whole sentence brings it under. */
    double tp = true_peak(pcm, n);
    if (tp > full - TP_ROUND_MARGIN / 2)
        scale(pcm, n, ceiling / tp);
    return DY_OK;
}

static dy_status ebur_failed(dy_diag *d)
{
    return dy_diag_set(d, DY_ERR_ENCODE, NULL, 0, 0, "libebur128 failed (out of memory?)");
}

dy_status dy_loudness_measure(const int16_t *pcm, size_t n, int rate, double *lufs, dy_diag *d)
{
    *lufs = -HUGE_VAL;
    if (!rate_ok(rate))
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "sample rate %d Hz is outside %d .. %d",
                           rate, MIN_RATE, MAX_RATE);
    if (n == 0)
        return DY_OK;
    if (!pcm)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "no samples given");
    ebur128_state *st = ebur128_init(1, (unsigned long)rate, EBUR128_MODE_I);
    if (!st)
        return ebur_failed(d);
    double out = -HUGE_VAL;
    int e = ebur128_add_frames_short(st, pcm, n);
    if (e == EBUR128_SUCCESS)
        e = ebur128_loudness_global(st, &out);
    ebur128_destroy(&st);
    if (e != EBUR128_SUCCESS)
        return ebur_failed(d);
    *lufs = out;
    return DY_OK;
}

struct dy_meter {
    ebur128_state *st;
};

dy_status dy_meter_new(dy_meter **m, int rate, dy_diag *d)
{
    *m = NULL;
    if (!rate_ok(rate))
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "sample rate %d Hz is outside %d .. %d",
                           rate, MIN_RATE, MAX_RATE);
    ebur128_state *st = ebur128_init(1, (unsigned long)rate, EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
    if (!st)
        return ebur_failed(d);
    *m = dy_xmalloc(sizeof **m);
    (*m)->st = st;
    return DY_OK;
}

void dy_meter_free(dy_meter *m)
{
    if (!m)
        return;
    ebur128_destroy(&m->st);
    free(m);
}

dy_status dy_meter_add(dy_meter *m, const int16_t *pcm, size_t n, dy_diag *d)
{
    if (n == 0)
        return DY_OK;
    if (!pcm)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "no samples given");
    if (ebur128_add_frames_short(m->st, pcm, n) != EBUR128_SUCCESS)
        return ebur_failed(d);
    return DY_OK;
}

double dy_meter_lufs(const dy_meter *m)
{
    double out;
    if (ebur128_loudness_global(m->st, &out) != EBUR128_SUCCESS)
        return -HUGE_VAL;
    return out;
}

double dy_meter_peak_dbtp(const dy_meter *m)
{
    double peak;
    if (ebur128_true_peak(m->st, 0, &peak) != EBUR128_SUCCESS || !(peak > 0.0))
        return -HUGE_VAL;
    return 20.0 * log10(peak);
}

const char *dy_loudness_calibration_text(void)
{
    /* Five sentences of texts/kenes-okimeti-1917.txt, 42 words: short and long ones, a comma,
     * hyphenated words, and Kazakh's own letters (ә ө ү ұ қ ғ ң і) throughout. */
    return "Осылайша Қазан төңкерісі жеңіске жетті. "
           "Келесі күні көтерілісшілер қаланың ең маңызды объектілерін басып алды. "
           "Кеңес өкіметін орнатумен бірге өлкенің шаруашылығы мен мәдениетін қайта құру шаралары "
           "қатар жүргізілді. "
           "Халық азық-түлік тапшылығынан зардап шекті. "
           "Сонда да болса, ауыл-селоларда әлі Кеңестер күш ала алмай жатты.";
}

const char *dy_loudness_version(void)
{
    static char version[32];
    int major, minor, patch;
    ebur128_get_version(&major, &minor, &patch);
    snprintf(version, sizeof version, "%d.%d.%d", major, minor, patch);
    return version;
}
