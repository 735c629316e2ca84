/* Loudness normalisation and metering (see loudness.h): a gain calibrated once per voice, a
 * per-sentence true-peak limiter, and BS.1770 measurements through libebur128. The only file
 * that includes libebur128's header. */
#include "audio/loudness.h"

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
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0,
                           "true-peak ceiling %g dBTP is outside %g .. %g", p->peak_dbtp,
                           DY_LOUDNESS_PEAK_MIN, DY_LOUDNESS_PEAK_MAX);
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
/* How much higher libebur128 may read a peak than the exact value, in LSB (its float rounding). */
#define TP_FLOAT_MARGIN 0.01
#define TP_BLOCK 64

/* Interpolated value of phase f (1 .. 3) whose newest input is x[k], the sentence being
 * surrounded by silence (x is 0 outside [0, n)). The terms add up in libebur128's order. */
static double interp_at(const int16_t *x, size_t n, size_t k, int f)
{
    const double *c = tp_coeff[f - 1];
    double acc = 0.0;
    if (k >= TP_TAPS - 1 && k < n) { /* all taps inside x: the common case */
        const int16_t *p = x + k;
        for (size_t i = 0; i < TP_TAPS; i++)
            acc += (double)p[-(ptrdiff_t)i] * c[i];
        return acc;
    }
    for (size_t i = 0; i < TP_TAPS; i++)
        if (i <= k && k - i < n)
            acc += (double)x[k - i] * c[i];
    return acc;
}

/* The largest |x[i]| for i in [lo, hi) (clipped to x). */
static double local_max(const int16_t *x, size_t n, size_t lo, size_t hi)
{
    double m = 0.0;
    for (size_t i = lo; i < hi && i < n; i++)
        if (fabs((double)x[i]) > m)
            m = fabs((double)x[i]);
    return m;
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
        double local = local_max(x, n, b >= TP_TAPS - 1 ? b - (TP_TAPS - 1) : 0, end);
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

/* x rounded to the nearest integer, halves away from zero, clipped to int16: exactly what round()
 * and a clip give, without a call per sample (the cast truncates toward zero, and x minus its
 * truncation is exact). */
static int16_t round_clip(double x)
{
    if (x >= 32767.0)
        return 32767;
    if (x <= -32768.0)
        return -32768;
    int32_t t = (int32_t)x;
    double frac = x - (double)t;
    if (frac >= 0.5)
        t++;
    else if (frac <= -0.5)
        t--;
    return (int16_t)t;
}

static double to_dbtp(double lsb) { return lsb > 0.0 ? 20.0 * log10(lsb / 32768.0) : -HUGE_VAL; }

static bool rate_ok(int rate) { return rate >= MIN_RATE && rate <= MAX_RATE; }

/* The limiter's attack (look-ahead) and release. The gain starts to fall LIMIT_ATTACK before a
 * peak, reaches what the peak needs in time, and rises back by at most 1 per LIMIT_RELEASE, so
 * that it does not follow the voice's pitch pulses (which would distort it). */
#define LIMIT_ATTACK 0.0015 /* s */
#define LIMIT_RELEASE 0.4   /* s for a full 0 -> 1 recovery */

/* need[j] = the factor (<= 1) that sample j's stretch of the interpolated signal, from j to
 * j + 1, needs after the gain to stay at or under ceiling. Phase f of the output whose newest
 * input is k sits at time k - 6 + f/4; the interpolator's ringing before the first and after
 * the last sample counts for those. Blocks too quiet to need anything are skipped. */
static void peak_needs(const int16_t *x, size_t n, double gain, double ceiling, double *need)
{
    for (size_t j = 0; j < n; j++)
        need[j] = fabs((double)x[j]) * gain;
    size_t outputs = n + TP_TAPS - 1;
    for (size_t b = 0; b < outputs; b += TP_BLOCK) {
        size_t end = b + TP_BLOCK < outputs ? b + TP_BLOCK : outputs;
        double local = local_max(x, n, b >= TP_TAPS - 1 ? b - (TP_TAPS - 1) : 0, end);
        if (local * TP_GAIN_BOUND * gain <= ceiling)
            continue;
        for (size_t k = b; k < end; k++)
            for (int f = 1; f <= 3; f++) {
                double v = fabs(interp_at(x, n, k, f)) * gain;
                size_t j = k < 6 ? 0 : k - 6 < n ? k - 6 : n - 1;
                if (v > need[j])
                    need[j] = v;
            }
    }
    for (size_t j = 0; j < n; j++)
        need[j] = need[j] > ceiling ? ceiling / need[j] : 1.0;
}

/* Writes round(pcm * gain * g) back into pcm, g being a smooth per-sample gain <= 1 that keeps
 * every interpolated peak at or under ceiling (LSB). Built from the factor each peak needs: its
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
    peak_needs(pcm, n, gain, ceiling, need);
    /* g[j] = min of need over [j - 6, j + attack + 6] (every interpolated value near j draws on
     * samples up to 6 away), spread from each sample that needs something */
    for (size_t j = 0; j < n; j++)
        g[j] = 1.0;
    for (size_t i = 0; i < n; i++) {
        if (need[i] == 1.0)
            continue;
        size_t lo = i >= attack + 6 ? i - attack - 6 : 0;
        size_t hi = i + 6 < n ? i + 6 : n - 1;
        for (size_t j = lo; j <= hi; j++)
            if (need[i] < g[j])
                g[j] = need[i];
    }
    for (size_t j = 1; j < n; j++)
        if (g[j] > g[j - 1] + release)
            g[j] = g[j - 1] + release;
    /* moving average over [j - attack, j] (g[0] standing in before the start), summed afresh
     * each time in one order: no drift, the same bits everywhere; 1 where all of it is 1 */
    size_t low = SIZE_MAX; /* the last j with g[j] < 1 so far */
    for (size_t j = 0; j < n; j++) {
        if (g[j] < 1.0)
            low = j;
        if (low == SIZE_MAX || low + attack < j) {
            need[j] = 1.0;
            continue;
        }
        double sum = 0.0;
        for (size_t t = 0; t <= attack; t++)
            sum += g[j >= t ? j - t : 0];
        need[j] = sum / (double)(attack + 1);
    }
    for (size_t j = 0; j < n; j++) {
        pcm[j] = round_clip((double)pcm[j] * gain * need[j]);
    }
    free(need);
    free(g);
}

static void scale(int16_t *pcm, size_t n, double factor)
{
    for (size_t i = 0; i < n; i++) {
        pcm[i] = round_clip((double)pcm[i] * factor); /* halves away from zero, exact everywhere */
    }
}

dy_status dy_loudness_apply(int16_t *pcm, size_t n, int rate, double gain,
                            const dy_loudness_params *p, double *peak_dbtp, dy_diag *d)
{
    if (peak_dbtp)
        *peak_dbtp = -HUGE_VAL;
    if (!rate_ok(rate))
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "sample rate %d Hz is outside %d .. %d",
                           rate, MIN_RATE, MAX_RATE);
    if (!(gain >= 0.0 && isfinite(gain)))
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0,
                           "loudness gain %g is not a finite number >= 0", gain);
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
    double before = true_peak(pcm, n);
    if (before * gain <= ceiling) {
        scale(pcm, n, gain);
        if (peak_dbtp) /* within a rounding (TP_GAIN_BOUND LSB) of a new measurement */
            *peak_dbtp = to_dbtp(before * gain);
        return DY_OK;
    }
    limit_smooth(pcm, n, rate, gain, ceiling);
    /* A gain that changes under the interpolator's 12 taps can leave a peak a hair over: then
     * one factor for the whole sentence brings it under. */
    double tp = true_peak(pcm, n);
    if (tp > full - TP_FLOAT_MARGIN) {
        scale(pcm, n, ceiling / tp);
        tp = ceiling;
    }
    if (peak_dbtp)
        *peak_dbtp = to_dbtp(tp);
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

double dy_loudness_true_peak(const int16_t *pcm, size_t n)
{
    return to_dbtp(pcm && n ? true_peak(pcm, n) : 0.0);
}

#define ABSOLUTE_GATE (-70.0)
#define BLOCK_MS 400
#define HOPS_PER_BLOCK 4 /* a block every 100 ms */

struct dy_meter {
    ebur128_state *st;
    size_t hop;      /* samples per 100 ms */
    size_t into_hop; /* samples added since the last block */
    DY_VEC(float) blocks;
};

dy_status dy_meter_new(dy_meter **m, int rate, dy_diag *d)
{
    *m = NULL;
    if (!rate_ok(rate))
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "sample rate %d Hz is outside %d .. %d",
                           rate, MIN_RATE, MAX_RATE);
    ebur128_state *st = ebur128_init(1, (unsigned long)rate, EBUR128_MODE_M);
    if (!st)
        return ebur_failed(d);
    *m = dy_xcalloc(1, sizeof **m);
    (*m)->st = st;
    (*m)->hop = (size_t)rate / 10;
    return DY_OK;
}

void dy_meter_free(dy_meter *m)
{
    if (!m)
        return;
    ebur128_destroy(&m->st);
    DY_VEC_FREE(&m->blocks);
    free(m);
}

dy_status dy_meter_add(dy_meter *m, const int16_t *pcm, size_t n, dy_diag *d)
{
    if (n == 0)
        return DY_OK;
    if (!pcm)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "no samples given");
    while (n > 0) {
        size_t k = m->hop - m->into_hop;
        if (k > n)
            k = n;
        if (ebur128_add_frames_short(m->st, pcm, k) != EBUR128_SUCCESS)
            return ebur_failed(d);
        pcm += k;
        n -= k;
        m->into_hop += k;
        if (m->into_hop == m->hop) {
            m->into_hop = 0;
            double l;
            if (ebur128_loudness_window(m->st, BLOCK_MS, &l) != EBUR128_SUCCESS)
                return ebur_failed(d);
            if (l > ABSOLUTE_GATE)
                *DY_VEC_PUSH(&m->blocks) = (float)l;
        }
    }
    return DY_OK;
}

dy_status dy_meter_finish(dy_meter *m, dy_diag *d)
{
    static const int16_t zeros[4096];
    /* the rest of the current hop and the blocks that still hold some of the segment */
    size_t n = m->into_hop ? m->hop - m->into_hop : 0;
    n += (HOPS_PER_BLOCK - 1) * m->hop;
    dy_status st = DY_OK;
    while (n > 0 && st == DY_OK) {
        size_t k = n < 4096 ? n : 4096;
        st = dy_meter_add(m, zeros, k, d);
        n -= k;
    }
    return st;
}

const float *dy_meter_blocks(const dy_meter *m, size_t *n)
{
    *n = m->blocks.len;
    return m->blocks.items;
}

#define GATE_BINS 8000 /* 0.01 LU each, from -70 to +10 LUFS */

struct dy_gate {
    uint64_t count[GATE_BINS];
    double energy[GATE_BINS];
};

dy_gate *dy_gate_new(void) { return dy_xcalloc(1, sizeof(dy_gate)); }

void dy_gate_free(dy_gate *g) { free(g); }

static double to_energy(double lufs) { return pow(10.0, (lufs + 0.691) / 10.0); }
static double to_lufs(double energy) { return -0.691 + 10.0 * log10(energy); }

static int gate_bin(double lufs)
{
    double b = floor((lufs - ABSOLUTE_GATE) * 100.0);
    return b < 0 ? 0 : b >= GATE_BINS ? GATE_BINS - 1 : (int)b;
}

void dy_gate_add(dy_gate *g, const float *blocks, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!(blocks[i] > ABSOLUTE_GATE))
            continue;
        int b = gate_bin(blocks[i]);
        g->count[b]++;
        g->energy[b] += to_energy(blocks[i]);
    }
}

/* Mean energy of the blocks in bins from `from` up, as LUFS. */
static double gate_mean(const dy_gate *g, int from)
{
    uint64_t count = 0;
    double energy = 0.0;
    for (int b = from; b < GATE_BINS; b++) {
        count += g->count[b];
        energy += g->energy[b];
    }
    return count ? to_lufs(energy / (double)count) : -HUGE_VAL;
}

double dy_gate_lufs(const dy_gate *g)
{
    double ungated = gate_mean(g, 0);
    if (ungated == -HUGE_VAL)
        return -HUGE_VAL;
    double relative = ungated - 10.0;
    return gate_mean(g, relative > ABSOLUTE_GATE ? gate_bin(relative) : 0);
}

const char *dy_loudness_calibration_text(void)
{
    /* Five sentences of texts/kenes-okimeti-1917.txt, 42 words: short and long ones, commas, a
     * hyphenated word, Kazakh's own letters throughout. Chosen among its sentences without
     * digits or quotes so that, spoken sentence by sentence with pauses, it measures within
     * 0.1 LU of the whole text (kk -20.80 vs -20.82 LUFS, kk+f3 -20.10 vs -20.06): single
     * sentences of that text range over 3 LU, so an unlucky pick would miss the book's level. */
    return "Бұл Кеңестердегі большевиктердің ықпалының артуына жағдай жасады. "
           "Осылайша Қазан төңкерісі жеңіске жетті. "
           "Кеңеске қарсы күштердің қарсылығын басу үшін, жергілікті жерлерде өкімет билігін "
           "нығайту қажет болды. "
           "Сонда да болса, ауыл-селоларда әлі Кеңестер күш ала алмай жатты. "
           "Кеңес қызметкерлерін даярлайтын курстар жұмыс істей бастады.";
}

const char *dy_loudness_version(void)
{
    static char version[32];
    int major, minor, patch;
    ebur128_get_version(&major, &minor, &patch);
    snprintf(version, sizeof version, "%d.%d.%d", major, minor, patch);
    return version;
}
