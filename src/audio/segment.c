/* One utterance as an MP3 segment (see segment.h). */
#include "audio/segment.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Bump when anything changes how a segment is made from its key's contents (trimming, the
 * limiter, the record layout ...): older cache entries then no longer match. */
#define SEG_FORMAT 4
#define MAGIC "DYSEG\0\0\1"
#define RECORD_HEADER (8 + 7 * 8)

static void key_str(dy_buf *b, const char *s)
{
    dy_buf_printf(b, "%zu:", strlen(s));
    dy_buf_puts(b, s);
    dy_buf_putc(b, '\n');
}

dy_key dy_seg_key(const dy_seg_spec *s)
{
    dy_buf b = {0};
    dy_buf_printf(&b, "dauys segment %d\n", SEG_FORMAT);
    key_str(&b, DY_VERSION);
    key_str(&b, dy_synth_version());
    key_str(&b, dy_mp3_version());
    key_str(&b, s->voice->espeak_voice);
    key_str(&b, s->voice->variant);
    if (s->lang) /* a sentence in another language (the key of a Kazakh one is as it was) */
        dy_buf_printf(&b, "lang %s\n", s->lang);
    dy_buf_printf(&b, "rate %d pitch %d range %d sr %d\n", s->voice->rate, s->voice->pitch,
                  s->voice->range, s->rate);
    dy_buf_printf(&b, "gain %a target %a peak %a\n", s->gain, s->limiter.target_lufs,
                  s->limiter.peak_dbtp);
    dy_buf_printf(&b, "mp3 %d %d %d pause %a\n", s->mp3.samplerate, s->mp3.bitrate, s->mp3.quality,
                  DY_PIECE_PAUSE);
    dy_buf_printf(&b, "pieces %zu\n", s->npieces);
    for (size_t i = 0; i < s->npieces; i++) {
        dy_span p = s->pieces[i];
        dy_buf_printf(&b, "%zu:", p.end - p.start);
        dy_buf_append(&b, s->spoken + p.start, p.end - p.start);
        dy_buf_putc(&b, '\n');
    }
    dy_key k = dy_cache_key(b.data, b.len);
    dy_buf_fini(&b);
    return k;
}

static void put64(dy_buf *b, uint64_t v)
{
    uint8_t x[8];
    for (int i = 0; i < 8; i++)
        x[i] = (uint8_t)(v >> (8 * i));
    dy_buf_append(b, (const char *)x, 8);
}

static uint64_t get64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

/* What a worker feeds: the encoder, the meter and (for WAV) the PCM it returns. */
typedef struct feed {
    dy_mp3 *enc;
    dy_meter *meter;
    dy_buf mp3;
    dy_buf pcm;
    bool want_pcm;
    uint64_t samples;
} feed;

static dy_status feed_pcm(void *ctx, const int16_t *x, size_t n, dy_diag *d)
{
    feed *f = ctx;
    dy_status st = dy_mp3_encode(f->enc, x, n, &f->mp3, d);
    if (st == DY_OK)
        st = dy_meter_add(f->meter, x, n, d);
    if (st == DY_OK && f->want_pcm)
        dy_buf_append(&f->pcm, (const char *)x, n * sizeof *x);
    f->samples += n;
    return st;
}

static dy_status feed_zeros(feed *f, uint64_t n, dy_diag *d)
{
    return dy_pcm_zeros_to(n, feed_pcm, f, d);
}

static dy_status make(const dy_seg_spec *s, dy_buf *out, dy_diag *d)
{
    feed f = {.want_pcm = s->want_pcm};
    dy_status st = dy_mp3_new(&f.enc, &s->mp3, d);
    if (st == DY_OK)
        st = dy_meter_new(&f.meter, s->rate, d);
    if (st == DY_OK)
        st = dy_synth_use_language(s->synth, s->lang, d);
    dy_pcm pcm = {0};
    double peak = -HUGE_VAL;
    bool said = false;
    for (size_t i = 0; i < s->npieces && st == DY_OK; i++) {
        dy_span p = s->pieces[i];
        char *piece = dy_xstrndup(s->spoken + p.start, p.end - p.start);
        pcm.len = 0;
        st = dy_synth_speak_here(s->synth, piece, &pcm, d);
        free(piece);
        if (st != DY_OK || pcm.len == 0)
            continue; /* nothing was said: no pause either */
        if (said)
            st = feed_zeros(&f, dy_pcm_samples(DY_PIECE_PAUSE, s->rate), d);
        double tp = -HUGE_VAL;
        if (st == DY_OK)
            st = dy_loudness_apply(pcm.items, pcm.len, s->rate, s->gain, &s->limiter, &tp, d);
        if (st != DY_OK)
            break;
        if (tp > peak)
            peak = tp;
        st = feed_pcm(&f, pcm.items, pcm.len, d);
        said = true;
    }
    DY_VEC_FREE(&pcm);
    uint64_t speech = f.samples, frames = 0;
    if (st == DY_OK && said) {
        frames = dy_seg_frames(speech);
        st = feed_zeros(&f, dy_mp3_input_for(frames) - speech, d);
        if (st == DY_OK)
            st = dy_meter_finish(f.meter, d);
        if (st == DY_OK)
            st = dy_mp3_finish(f.enc, &f.mp3, d);
        if (st == DY_OK && dy_mp3_frames(f.enc) != frames)
            st = dy_diag_set(d, DY_ERR_ENCODE, NULL, 0, 0,
                             "internal error: LAME made %llu frames, not %llu",
                             (unsigned long long)dy_mp3_frames(f.enc), (unsigned long long)frames);
    }
    if (st == DY_OK) {
        size_t nblocks = 0;
        const float *blocks = said ? dy_meter_blocks(f.meter, &nblocks) : NULL;
        size_t mp3_len = said ? f.mp3.len : 0;
        dy_buf_append(out, MAGIC, 8);
        put64(out, speech);
        put64(out, said ? f.samples : 0);
        put64(out, frames);
        uint64_t bits;
        memcpy(&bits, &peak, sizeof bits);
        put64(out, bits);
        put64(out, nblocks);
        put64(out, mp3_len);
        put64(out, dy_mp3_crc((const uint8_t *)f.mp3.data, mp3_len));
        for (size_t i = 0; i < nblocks; i++) {
            uint32_t v;
            memcpy(&v, &blocks[i], sizeof v);
            uint8_t x[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
            dy_buf_append(out, (const char *)x, 4);
        }
        if (mp3_len)
            dy_buf_append(out, f.mp3.data, mp3_len);
        while (out->len % 8)
            dy_buf_putc(out, 0); /* the PCM after it stays aligned */
        if (said && f.want_pcm)
            dy_buf_append(out, f.pcm.data, f.pcm.len);
    }
    dy_meter_free(f.meter);
    dy_mp3_free(f.enc);
    dy_buf_fini(&f.mp3);
    dy_buf_fini(&f.pcm);
    return st;
}

uint64_t dy_seg_frames(uint64_t speech) { return dy_mp3_frames_for(speech + DY_MP3_FRAME); }

dy_status dy_seg_make(void *spec, dy_buf *out, dy_diag *d) { return make(spec, out, d); }

bool dy_seg_parse(const void *data, size_t len, bool with_pcm, dy_seg *seg)
{
    memset(seg, 0, sizeof *seg);
    const uint8_t *p = data;
    if (len < RECORD_HEADER || memcmp(p, MAGIC, 8) != 0)
        return false;
    seg->speech = get64(p + 8);
    seg->input = get64(p + 16);
    seg->frames = get64(p + 24);
    uint64_t bits = get64(p + 32);
    memcpy(&seg->peak_dbtp, &bits, sizeof bits);
    uint64_t nblocks = get64(p + 40), mp3_len = get64(p + 48), crc = get64(p + 56);
    if (crc > 0xFFFF)
        return false;
    seg->crc = (uint16_t)crc;
    if (nblocks > len / 4 || mp3_len > len)
        return false;
    uint64_t record = RECORD_HEADER + 4 * nblocks + mp3_len;
    record = (record + 7) / 8 * 8;
    bool said = seg->speech > 0;
    if (record > len ||
        (said && (seg->frames < 2 || seg->input != dy_mp3_input_for(seg->frames) ||
                  seg->speech > seg->input || mp3_len == 0)) ||
        (!said && (seg->frames || seg->input || mp3_len)))
        return false;
    uint64_t pcm = with_pcm ? seg->input * sizeof(int16_t) : 0;
    if (len != record + pcm)
        return false;
    for (uint64_t i = 0; i < nblocks; i++) {
        const uint8_t *b = p + RECORD_HEADER + 4 * i;
        uint32_t v =
            (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
        float f;
        memcpy(&f, &v, sizeof f);
        *DY_VEC_PUSH(&seg->blocks) = f;
    }
    seg->mp3 = p + RECORD_HEADER + 4 * nblocks;
    seg->mp3_len = (size_t)mp3_len;
    seg->pcm = with_pcm && said ? (const int16_t *)(const void *)(p + record) : NULL;
    seg->record_len = (size_t)record;
    return true;
}

void dy_seg_fini(dy_seg *seg)
{
    DY_VEC_FREE(&seg->blocks);
    memset(seg, 0, sizeof *seg);
}

/* A feed to the encoder alone. */
static dy_status encode_only(void *ctx, const int16_t *x, size_t n, dy_diag *d)
{
    feed *f = ctx;
    return dy_mp3_encode(f->enc, x, n, &f->mp3, d);
}

dy_status dy_seg_silence(const dy_mp3_params *p, uint64_t frames, dy_buf *out, uint16_t *crc,
                         dy_diag *d)
{
    feed f = {0};
    dy_status st = dy_mp3_new(&f.enc, p, d);
    if (st == DY_OK)
        st = dy_pcm_zeros_to(dy_mp3_input_for(frames), encode_only, &f, d);
    if (st == DY_OK)
        st = dy_mp3_finish(f.enc, &f.mp3, d);
    if (st == DY_OK) {
        dy_buf_append(out, f.mp3.data, f.mp3.len);
        *crc = dy_mp3_crc((const uint8_t *)f.mp3.data, f.mp3.len);
    }
    dy_buf_fini(&f.mp3);
    if (st == DY_OK && dy_mp3_frames(f.enc) != frames)
        st = dy_diag_set(d, DY_ERR_ENCODE, NULL, 0, 0,
                         "internal error: LAME made %llu frames of "
                         "silence, not %llu",
                         (unsigned long long)dy_mp3_frames(f.enc), (unsigned long long)frames);
    dy_mp3_free(f.enc);
    return st;
}
