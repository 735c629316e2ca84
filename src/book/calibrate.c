/* Loudness calibration of the voice: one gain for every sentence in that voice, measured once on
 * a reference paragraph and kept in the cache. Runs before the first sentence is scheduled
 * (book.c); the workers apply the gain (segment.c). */
#include "book/internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text/sentence.h"

/* Bump when the calibration changes (its text, how it is measured). */
#define CALIBRATION_FORMAT 1

/* The voice's gain: speaks the calibration paragraph sentence by sentence with the preset's
 * pauses, as a book is read, and measures it. eSpeak's level is steady, so one gain serves every
 * sentence of every book in this voice (and a cached sentence never depends on the others). The
 * gain is kept in the cache under everything it depends on. */
dy_status dy_book_calibrate(dy_synth *synth, int rate, const dy_preset *p, dy_cache *cache,
                            double *gain, size_t *damaged, dy_diag *d)
{
    dy_buf k = {0};
    dy_buf_printf(&k, "dauys calibration %d\n%s\n%s\n%s\n%s\n%d %d %d %d\n%a %a %a\n",
                  CALIBRATION_FORMAT, DY_VERSION, dy_synth_version(), p->voice.espeak_voice,
                  p->voice.variant, p->voice.rate, p->voice.pitch, p->voice.range, rate,
                  p->sentence_pause, p->loudness.target_lufs, MP3_LOUDNESS_LOSS);
    dy_buf_puts(&k, dy_loudness_calibration_text());
    dy_key key = dy_cache_key(k.data, k.len);
    dy_buf_fini(&k);
    dy_buf kept = {0};
    bool bad = false;
    bool found = cache && dy_cache_get(cache, &key, &kept, &bad);
    *damaged += bad;
    if (found && kept.len == sizeof *gain) {
        memcpy(gain, kept.data, sizeof *gain);
        dy_buf_fini(&kept);
        if (*gain >= 0.0 && isfinite(*gain))
            return DY_OK;
    }
    dy_buf_fini(&kept);
    const char *text = dy_loudness_calibration_text();
    dy_span_vec spans = {0};
    dy_sentence_split(text, (dy_span){0, strlen(text)}, &spans);
    dy_pcm all = {0};
    dy_status st = DY_OK;
    for (size_t i = 0; i < spans.len && st == DY_OK; i++) {
        char *sentence =
            dy_xstrndup(text + spans.items[i].start, spans.items[i].end - spans.items[i].start);
        if (i > 0)
            dy_pcm_silence(&all, dy_pcm_samples(p->sentence_pause, rate));
        st = dy_synth_speak(synth, sentence, &all, d);
        free(sentence);
    }
    double lufs = 0;
    if (st == DY_OK)
        st = dy_loudness_measure(all.items, all.len, rate, &lufs, d);
    dy_loudness_params aim = p->loudness;
    aim.target_lufs += MP3_LOUDNESS_LOSS;
    *gain = dy_loudness_gain(lufs, &aim);
    if (st == DY_OK && cache) /* a cache that cannot be written only costs time */
        dy_cache_put(cache, &key, gain, sizeof *gain, &(dy_diag){0});
    DY_VEC_FREE(&all);
    DY_VEC_FREE(&spans);
    return st;
}
