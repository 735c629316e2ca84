/* One utterance (a chapter title or a sentence) as an independently encoded MP3 segment: the
 * unit the workers make in parallel, the cache keeps and the book assembler joins (between
 * synth, pcm and mp3 on one side and book on the other).
 *
 * A worker speaks the utterance's pieces (a long sentence is read in pieces, PIECE_PAUSE apart),
 * applies the voice's gain and the true-peak limiter, meters its loudness blocks and encodes it
 * with a fresh encoder, fed exactly dy_mp3_input_for(frames) samples: the speech, then zeros.
 * Decoded in a book, the segment is its speech followed by silence up to frames * 576 samples;
 * the pause after it is a separate segment of silence. So a segment depends on its text and the
 * voice settings only: the pauses, the chapter it is in and the other sentences do not change
 * its bytes, and it is a pure function of its cache key. */
#ifndef DY_SEGMENT_H
#define DY_SEGMENT_H
#include "core/cache.h"
#include "audio/loudness.h"
#include "audio/mp3.h"
#include "audio/synth.h"

/* The pause eSpeak itself makes at a comma: between the pieces of a long sentence. */
#define DY_PIECE_PAUSE 0.16

typedef struct dy_seg_spec {
    dy_synth *synth;              /* set up in this process: the worker speaks with it */
    const dy_voice_params *voice; /* the voice it was set up with (for the key) */
    const char *spoken;           /* the normalized utterance */
    const dy_span *pieces;        /* the pieces of spoken to speak, in order */
    size_t npieces;
    int rate;                   /* of the synthesizer's PCM */
    double gain;                /* the voice's calibrated gain */
    dy_loudness_params limiter; /* the limiter's true-peak ceiling */
    dy_mp3_params mp3;
    bool want_pcm;    /* also return the PCM fed to the encoder (WAV output) */
    const char *lang; /* eSpeak's voice for the utterance's language ("ru": a Russian sentence,
                         with the preset's variant, rate and pitch), or NULL: the preset's voice */
} dy_seg_spec;

/* The frames of a segment with `speech` samples of speech: at least a frame of silence follows
 * the speech before the encoder's padding, so that a segment's last frame holds silence only and
 * the join with the next segment (whose encoder started afresh) falls in silence: the decoder's
 * overlap between the two frames then adds nothing to hear. */
uint64_t dy_seg_frames(uint64_t speech);

/* Everything the segment's bytes depend on: the program, eSpeak and LAME versions, the voice and
 * the language's voice, gain, limiter and MP3 settings, and the pieces' text. */
dy_key dy_seg_key(const dy_seg_spec *s);

/* Runs in a worker (a dy_proc_fn; arg is a dy_seg_spec *): makes the segment record and, with
 * want_pcm, appends the PCM fed to the encoder. A failure (eSpeak, LAME, the limiter) fills d,
 * which the pool carries back to the parent. */
dy_status dy_seg_make(void *spec, dy_buf *out, dy_diag *d);

/* A segment record read back (from a worker or the cache). */
typedef struct dy_seg {
    uint64_t speech;      /* samples of speech from the segment's start; 0: nothing was said
                             (such a record has no frames) */
    uint64_t input;       /* samples fed to the encoder (speech, then zeros) */
    uint64_t frames;      /* MP3 frames: it decodes to frames * 576 samples */
    double peak_dbtp;     /* true peak of the speech */
    DY_VEC(float) blocks; /* loudness blocks (dy_meter) */
    const uint8_t *mp3;   /* the frames, inside the record */
    size_t mp3_len;
    uint16_t crc;       /* their CRC (dy_mp3_crc) */
    const int16_t *pcm; /* the input samples, when the worker was asked for them; else NULL */
    size_t record_len;  /* bytes of the record proper (what the cache keeps) */
} dy_seg;

/* Reads a record (with_pcm: followed by its PCM); false if it is not a whole, consistent one.
 * The pointers point into data, which must outlive seg. */
bool dy_seg_parse(const void *data, size_t len, bool with_pcm, dy_seg *seg);
void dy_seg_fini(dy_seg *seg);

/* The MP3 frames of a segment of silence `frames` (>= 2) frames long, appended to out; *crc
 * their CRC. */
dy_status dy_seg_silence(const dy_mp3_params *p, uint64_t frames, dy_buf *out, uint16_t *crc,
                         dy_diag *d);
#endif
