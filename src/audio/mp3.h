/* MP3 encoding with LAME (the mp3 stage, after pcm): the only file that includes LAME's header.
 *
 * A book is encoded as independent segments (a sentence, or a stretch of silence), each by a
 * fresh encoder, so that segments can be made in parallel and kept in the cache. A segment's
 * first frame refers to no bits before it (a fresh encoder's bit reservoir is empty), so
 * segments are joined by concatenating their frames. A file is an ID3 tag, one Info (LAME)
 * frame written here for the whole concatenation (frame and byte counts, seek table, the
 * encoder delay of the first segment and the padding of the last), then the segments.
 *
 * Timing: an encoder given n samples writes dy_mp3_frames_for(n) frames; decoding a
 * concatenation gives each segment's n samples followed by DY_MP3_TAIL samples of silence
 * (the next segment's encoder delay and this one's padding, both zeros), except after the last
 * segment, whose padding the Info frame tells players to drop. dauys feeds every segment exactly
 * dy_mp3_input_for(frames) samples (its speech, then zeros), so each segment decodes to exactly
 * frames * DY_MP3_FRAME samples and the timeline knows every sample's place. */
#ifndef DY_MP3_H
#define DY_MP3_H
#include "core/platform.h"
#include "core/util.h"

#define DY_MP3_FRAME 576 /* samples per frame: MPEG-2 layer III (16 .. 24 kHz) */
#define DY_MP3_TAIL 1152 /* encoder delay 576 + padding 576 when fed dy_mp3_input_for(f) */

typedef struct dy_mp3_params {
    int samplerate; /* of the PCM given, and of the MP3 (no resampling): 22050 */
    int bitrate;    /* CBR kbps: 8 .. 160 for 22050 Hz (MPEG-2 layer III) */
    int quality;    /* LAME's algorithm quality 0 (best, slowest) .. 9 (fastest) */
} dy_mp3_params;

typedef struct dy_mp3 dy_mp3;

/* DY_ERR_USAGE (d says why) for a bitrate or quality LAME cannot use at that rate. */
dy_status dy_mp3_check(const dy_mp3_params *p, dy_diag *d);
/* Starts an encoder for one segment; fails as dy_mp3_check does, or DY_ERR_ENCODE. */
dy_status dy_mp3_new(dy_mp3 **out, const dy_mp3_params *p, dy_diag *d);
void dy_mp3_free(dy_mp3 *e); /* accepts NULL */
/* Encodes n mono samples, appending the MP3 bytes produced so far to out. */
dy_status dy_mp3_encode(dy_mp3 *e, const int16_t *pcm, size_t n, dy_buf *out, dy_diag *d);
/* Flushes the last frames into out. Call once, after the last dy_mp3_encode. */
dy_status dy_mp3_finish(dy_mp3 *e, dy_buf *out, dy_diag *d);
/* Frames written so far (all of them after dy_mp3_finish). */
uint64_t dy_mp3_frames(const dy_mp3 *e);

/* Frames that n samples make: ceil((n + 1152) / 576), at least 2. */
uint64_t dy_mp3_frames_for(uint64_t n);
/* The samples to feed for a segment of exactly `frames` (>= 2) frames: frames * 576 - 1152. */
uint64_t dy_mp3_input_for(uint64_t frames);

/* A file being assembled from segments: what its Info frame needs. Zero-initialise. */
typedef struct dy_mp3_part {
    uint64_t frames, bytes;
} dy_mp3_part;
typedef struct dy_mp3_stream {
    uint64_t frames, bytes; /* of the segments so far */
    uint64_t last_input;    /* samples the last segment was fed */
    uint64_t last_frames;
    uint16_t crc;              /* CRC-16 of the segments' bytes, as LAME's "music CRC" */
    DY_VEC(dy_mp3_part) parts; /* one per segment, for the seek table: after the spilled ones */
    /* Optional, the caller's: a scratch file the parts spill to, a few thousand at a time, so
     * that memory does not grow with the segments (when it cannot be written, they stay). */
    dy_scratch *spill;
    uint64_t spilled;
} dy_mp3_stream;
/* CRC-16 of n bytes, as LAME computes its "music CRC" (CRC-16/ARC). */
uint16_t dy_mp3_crc(const uint8_t *p, size_t n);
/* The CRC of A followed by B, from the CRC of A, the CRC of B and B's length: a file's CRC from
 * its segments' without reading them again. */
uint16_t dy_mp3_crc_join(uint16_t crc_a, uint16_t crc_b, uint64_t len_b);
/* Adds a segment of `frames` frames, n bytes whose CRC is crc (they go to the file right after
 * the previous segment's), made from `input` samples. */
void dy_mp3_stream_add(dy_mp3_stream *s, uint16_t crc, size_t n, uint64_t frames, uint64_t input);
void dy_mp3_stream_fini(dy_mp3_stream *s);
/* Samples a player decodes from the file: frames * 576 - delay - padding (0 for no segment). */
uint64_t dy_mp3_stream_samples(const dy_mp3_stream *s);
/* The size of the Info frame for these parameters (to leave room for it before the segments),
 * 0 if LAME cannot make one. */
size_t dy_mp3_info_size(const dy_mp3_params *p);
/* Writes the Info frame for the segments of s into buf (size >= dy_mp3_info_size): the frame
 * LAME writes for these parameters, with the counts, seek table, padding and CRCs of the whole
 * concatenation. Returns its size, 0 on failure. */
size_t dy_mp3_info_frame(const dy_mp3_params *p, const dy_mp3_stream *s, uint8_t *buf, size_t size);

/* LAME's version string, for --version and the cache key. */
const char *dy_mp3_version(void);
#endif
