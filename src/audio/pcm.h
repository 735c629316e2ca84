/* 16-bit mono PCM buffers and the small operations assembly needs (the pcm stage, between synth
 * and mp3): silence of an exact length, and trimming a synthesized sentence's own silence. */
#ifndef DY_PCM_H
#define DY_PCM_H

#include "core/util.h"

typedef DY_VEC(int16_t) dy_pcm;

void dy_pcm_append(dy_pcm *p, const int16_t *s, size_t n);
void dy_pcm_silence(dy_pcm *p, size_t n);
/* Gives n samples of silence to write(ctx, ...) a few thousand at a time (n may be far more than
 * fits in memory); stops at the first error and returns it. */
typedef dy_status (*dy_pcm_sink)(void *ctx, const int16_t *pcm, size_t n, dy_diag *d);
dy_status dy_pcm_zeros_to(uint64_t n, dy_pcm_sink write, void *ctx, dy_diag *d);
/* Samples for a duration in seconds at rate, rounded to the nearest sample. */
size_t dy_pcm_samples(double seconds, int rate);
/* Removes leading and trailing samples whose magnitude stays below threshold, so that the pauses
 * dauys inserts are exactly the configured ones. Keeps `keep` samples of the quiet edge on each
 * side (the soft onset and decay of the voice) where there are that many. */
void dy_pcm_trim(dy_pcm *p, int threshold, size_t keep);

#endif
