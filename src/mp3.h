/* MP3 encoding with LAME (the mp3 stage, after pcm): the only file that includes LAME's header.
 * An encoder turns one independent stretch of PCM (a chapter today; a segment cut inside a
 * pause when chapters are encoded in parallel) into MP3 frames in memory; the caller writes
 * them after the ID3 tag and then overwrites the placeholder first frame with the Info (LAME)
 * frame, which tells players the exact length and the encoder delay and padding. */
#ifndef DY_MP3_H
#define DY_MP3_H

#include "util.h"

typedef struct dy_mp3_params {
    int samplerate; /* of the PCM given, and of the MP3 (no resampling): 22050 */
    int bitrate;    /* CBR kbps: 8 .. 160 for 22050 Hz (MPEG-2 layer III) */
    int quality;    /* LAME's algorithm quality 0 (best, slowest) .. 9 (fastest) */
} dy_mp3_params;

typedef struct dy_mp3 dy_mp3;

/* DY_ERR_USAGE (d says why) for a bitrate or quality LAME cannot use at that rate. */
dy_status dy_mp3_check(const dy_mp3_params *p, dy_diag *d);
/* Starts an encoder; fails as dy_mp3_check does, or DY_ERR_ENCODE. */
dy_status dy_mp3_new(dy_mp3 **out, const dy_mp3_params *p, dy_diag *d);
void dy_mp3_free(dy_mp3 *e); /* accepts NULL */
/* Encodes n mono samples, appending the MP3 bytes produced so far to out. */
dy_status dy_mp3_encode(dy_mp3 *e, const int16_t *pcm, size_t n, dy_buf *out, dy_diag *d);
/* Flushes the last frames into out. Call once, after the last dy_mp3_encode. */
dy_status dy_mp3_finish(dy_mp3 *e, dy_buf *out, dy_diag *d);
/* After dy_mp3_finish: the Info frame that replaces the first frame of the stream (same size).
 * Returns its size, 0 if there is none. */
size_t dy_mp3_info_frame(dy_mp3 *e, uint8_t *buf, size_t size);
/* LAME's version string, for --version. */
const char *dy_mp3_version(void);

#endif
