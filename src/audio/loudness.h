/* Loudness (the pcm stage, between synth and mp3): every book lands at one integrated loudness
 * (-18 LUFS by default, ITU-R BS.1770 / EBU R128, measured with libebur128) under a true-peak
 * ceiling (-1.5 dBTP). The gain is calibrated once per voice and the same for every sentence, so
 * a cached sentence never depends on the rest of the book; a per-sentence true-peak limiter
 * brings down the peaks that the gain would push over the ceiling. */
#ifndef DY_LOUDNESS_H
#define DY_LOUDNESS_H

#include "core/util.h"

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
 * The true peak of the result (dBTP, within 0.01 dB) goes to *peak_dbtp when it is not NULL.
 * DY_ERR_USAGE for a negative or non-finite gain, bad params or rate, NULL pcm with n > 0. */
dy_status dy_loudness_apply(int16_t *pcm, size_t n, int rate, double gain,
                            const dy_loudness_params *p, double *peak_dbtp, dy_diag *d);

/* The true peak of one stretch of 16-bit PCM taken between silences, dBTP (dB relative to int16
 * full scale, 4x oversampled as libebur128 measures it); -HUGE_VAL for silence or n == 0. */
double dy_loudness_true_peak(const int16_t *pcm, size_t n);

/* A segment's meter: the loudness of every 400 ms block, every 100 ms, as BS.1770 gates them,
 * the segment taken between silences (blocks reaching before its start see silence there;
 * dy_meter_finish adds the blocks that reach into the silence after it). Blocks quieter than
 * the absolute gate (-70 LUFS) are left out. Segments are metered apart, in parallel workers,
 * and their blocks gated together (dy_gate) give a chapter's or a book's loudness. */
typedef struct dy_meter dy_meter;
/* DY_ERR_USAGE for a bad rate, DY_ERR_ENCODE if libebur128 fails. Free with dy_meter_free. */
dy_status dy_meter_new(dy_meter **m, int rate, dy_diag *d);
void dy_meter_free(dy_meter *m); /* accepts NULL */
/* Adds n mono samples (n == 0 is fine). DY_ERR_ENCODE if libebur128 fails. */
dy_status dy_meter_add(dy_meter *m, const int16_t *pcm, size_t n, dy_diag *d);
/* Ends the segment: the blocks that reach into the silence after it. Call once. */
dy_status dy_meter_finish(dy_meter *m, dy_diag *d);
/* The blocks so far, LUFS. */
const float *dy_meter_blocks(const dy_meter *m, size_t *n);

/* Integrated loudness from blocks (BS.1770-4: absolute gate -70 LUFS, relative gate 10 LU
 * under the loudness of the blocks above it), kept as a histogram of 0.01 LU bins so that its
 * size does not grow with the book. */
typedef struct dy_gate dy_gate;
dy_gate *dy_gate_new(void);
void dy_gate_free(dy_gate *g); /* accepts NULL */
void dy_gate_add(dy_gate *g, const float *blocks, size_t n);
/* LUFS; -HUGE_VAL while no block passed the gates. */
double dy_gate_lufs(const dy_gate *g);

/* A fixed Kazakh paragraph of ordinary prose (about 40 words, five sentences of different
 * lengths, no digits) that the build speaks once per voice to measure eSpeak's level. Static. */
const char *dy_loudness_calibration_text(void);

/* libebur128's version, for --version: "1.2.6". Static. */
const char *dy_loudness_version(void);

#endif
