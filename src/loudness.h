/* Loudness (the pcm stage, between synth and mp3): every book lands at one integrated loudness
 * (-18 LUFS by default, ITU-R BS.1770 / EBU R128, measured with libebur128) under a true-peak
 * ceiling (-1.5 dBTP). The gain is calibrated once per voice and the same for every sentence, so
 * a cached sentence never depends on the rest of the book; a per-sentence true-peak limiter
 * brings down the peaks that the gain would push over the ceiling. */
#ifndef DY_LOUDNESS_H
#define DY_LOUDNESS_H

#include "util.h"

/* Ranges the settings accept (dy_loudness_check). */
#define DY_LOUDNESS_TARGET_MIN (-40.0) /* LUFS */
#define DY_LOUDNESS_TARGET_MAX (-5.0)
#define DY_LOUDNESS_PEAK_MIN (-20.0) /* dBTP */
#define DY_LOUDNESS_PEAK_MAX 0.0

typedef struct dy_loudness_params {
    double target_lufs; /* integrated loudness of the book, LUFS: -18 */
    double peak_dbtp;   /* true-peak ceiling, dBTP: -1.5 */
} dy_loudness_params;

/* The defaults: -18 LUFS, -1.5 dBTP. */
void dy_loudness_default(dy_loudness_params *p);
/* DY_ERR_USAGE (d says which) when a value is not a number in the ranges above. */
dy_status dy_loudness_check(const dy_loudness_params *p, dy_diag *d);

/* Gain (linear) that brings speech measured at measured_lufs to the target. The difference is
 * rounded to 0.01 dB first, so measurements that differ in their last bits between machines
 * give the same gain (and the same cache key). 1.0 when measured_lufs is not finite (silence). */
double dy_loudness_gain(double measured_lufs, const dy_loudness_params *p);

/* Integrated loudness (LUFS, BS.1770 with its gates) of 16-bit mono PCM at rate (8000 ..
 * 384000 Hz). -HUGE_VAL for silence, for n == 0 and for less than 0.4 s (one gating block).
 * A mono channel is weighted 1, as players measure a mono file: a full-scale 1 kHz sine is
 * -3.01 LUFS. DY_ERR_USAGE for a bad rate or NULL pcm with n > 0; DY_ERR_ENCODE if
 * libebur128 fails (out of memory). */
dy_status dy_loudness_measure(const int16_t *pcm, size_t n, int rate, double *lufs, dy_diag *d);

/* Multiplies one sentence's pcm (n samples at rate) in place by gain, then limits its true peak
 * (4x oversampled with libebur128's own interpolation filter, the sentence taken between
 * silences) to p->peak_dbtp: where gain would push a peak over, a smooth gain reduction around
 * it (1.5 ms look-ahead attack, recovery of at most 1 per 0.4 s) brings it to the ceiling, and
 * the rest of the sentence keeps exactly `gain`. (Scaling the whole sentence down instead cannot
 * reach -18 LUFS with eSpeak: its peaks sit 18-20 dB above its loudness, more than the 16.5 dB
 * that -18 LUFS under -1.5 dBTP leaves, so every sentence would be cut to its own peak.) Rounds
 * to the nearest integer (halves away from zero) and clips to int16 once. Deterministic: the
 * same input gives the same bytes on every machine (IEEE double + - * / in a fixed order, no
 * libm transcendental functions, no FMA contraction). Result depends on this sentence alone.
 * DY_ERR_USAGE for a negative or non-finite gain, bad params or rate, NULL pcm with n > 0. */
dy_status dy_loudness_apply(int16_t *pcm, size_t n, int rate, double gain,
                            const dy_loudness_params *p, dy_diag *d);

/* A running meter: the integrated loudness and true peak of everything added, as libebur128
 * measures them, for reporting a chapter as written. */
typedef struct dy_meter dy_meter;

/* DY_ERR_USAGE for a bad rate, DY_ERR_ENCODE if libebur128 fails. Free with dy_meter_free. */
dy_status dy_meter_new(dy_meter **m, int rate, dy_diag *d);
void dy_meter_free(dy_meter *m); /* accepts NULL */
/* Adds n mono samples (n == 0 is fine). DY_ERR_ENCODE if libebur128 fails. */
dy_status dy_meter_add(dy_meter *m, const int16_t *pcm, size_t n, dy_diag *d);
/* Integrated loudness so far, LUFS; -HUGE_VAL while nothing passed the gates. */
double dy_meter_lufs(const dy_meter *m);
/* True peak so far, dBTP (dB relative to int16 full scale); -HUGE_VAL for silence. libebur128's
 * interpolator lags 12 samples, so the very last samples added count once more audio follows
 * them (a chapter's closing pause does). */
double dy_meter_peak_dbtp(const dy_meter *m);

/* A fixed Kazakh paragraph of ordinary prose (about 40 words, five sentences of different
 * lengths, no digits) that the build speaks once per voice to measure eSpeak's level. Static. */
const char *dy_loudness_calibration_text(void);

/* libebur128's version, for --version: "1.2.6". Static. */
const char *dy_loudness_version(void);

#endif
