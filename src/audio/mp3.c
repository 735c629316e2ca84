/* LAME wrapper (see mp3.h). */
#include "audio/mp3.h"

#include <lame/lame.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct dy_mp3 {
    lame_global_flags *gf;
    unsigned char *tmp;
    size_t tmp_size;
};

/* LAME's own first frame is the Info frame's template; the offsets below are from the start
 * of the "Info" tag, as LAME lays it out (flags: frames, bytes, TOC, quality). */
#define XING_FRAMES 8
#define XING_BYTES 12
#define XING_TOC 16
#define LAME_TAG 120
#define LAME_LOWPASS (LAME_TAG + 10)
#define LAME_BITRATE (LAME_TAG + 20)
#define LAME_DELAY_PADDING (LAME_TAG + 21)
#define LAME_MUSIC_LENGTH (LAME_TAG + 28)
#define LAME_MUSIC_CRC (LAME_TAG + 32)
#define LAME_TAG_CRC (LAME_TAG + 34)
#define INFO_MAX 2880

static const int MPEG2_BITRATES[] = {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};

dy_status dy_mp3_check(const dy_mp3_params *p, dy_diag *d)
{
    bool ok = false;
    for (size_t i = 0; i < sizeof MPEG2_BITRATES / sizeof *MPEG2_BITRATES; i++)
        ok |= MPEG2_BITRATES[i] == p->bitrate;
    if (!ok)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0,
                           "bitrate %d kbps is not one MP3 allows at %d Hz (8, 16, 24, 32, 40, 48, "
                           "56, 64, 80, 96, 112, 128, 144, 160)",
                           p->bitrate, p->samplerate);
    if (p->quality < 0 || p->quality > 9)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "quality %d is out of range (0..9)",
                           p->quality);
    return DY_OK;
}

/* LAME's default reporters print on stderr; the library never prints (a failure shows in the
 * status LAME returns, which becomes a diagnostic). */
static void quiet(const char *format, va_list ap) { (void)format, (void)ap; }

static lame_global_flags *start(const dy_mp3_params *p, bool info)
{
    lame_global_flags *gf = lame_init();
    if (!gf)
        return NULL;
    lame_set_errorf(gf, quiet);
    lame_set_debugf(gf, quiet);
    lame_set_msgf(gf, quiet);
    lame_set_num_channels(gf, 1);
    lame_set_mode(gf, MONO);
    lame_set_in_samplerate(gf, p->samplerate);
    lame_set_out_samplerate(gf, p->samplerate);
    lame_set_VBR(gf, vbr_off);
    lame_set_brate(gf, p->bitrate);
    lame_set_quality(gf, p->quality);
    lame_set_bWriteVbrTag(gf, info ? 1 : 0);
    lame_set_write_id3tag_automatic(gf, 0);
    if (lame_init_params(gf) < 0) {
        lame_close(gf);
        return NULL;
    }
    return gf;
}

dy_status dy_mp3_new(dy_mp3 **out, const dy_mp3_params *p, dy_diag *d)
{
    *out = NULL;
    dy_status st = dy_mp3_check(p, d);
    if (st != DY_OK)
        return st;
    lame_global_flags *gf = start(p, false);
    if (!gf)
        return dy_diag_set(d, DY_ERR_ENCODE, NULL, 0, 0,
                           "LAME could not start with these settings");
    dy_mp3 *e = dy_xcalloc(1, sizeof *e);
    e->gf = gf;
    *out = e;
    return DY_OK;
}

void dy_mp3_free(dy_mp3 *e)
{
    if (!e)
        return;
    lame_close(e->gf);
    free(e->tmp);
    free(e);
}

/* LAME's documented worst case for its output buffer: 1.25 * samples + 7200 bytes. */
static unsigned char *scratch(dy_mp3 *e, size_t samples)
{
    size_t need = samples + samples / 4 + 7200;
    if (need > e->tmp_size) {
        e->tmp = dy_xrealloc(e->tmp, need);
        e->tmp_size = need;
    }
    return e->tmp;
}

dy_status dy_mp3_encode(dy_mp3 *e, const int16_t *pcm, size_t n, dy_buf *out, dy_diag *d)
{
    const size_t chunk = 1 << 16;
    for (size_t at = 0; at < n; at += chunk) {
        size_t k = n - at < chunk ? n - at : chunk;
        unsigned char *buf = scratch(e, k);
        int w = lame_encode_buffer(e->gf, (short *)pcm + at, NULL, (int)k, buf, (int)e->tmp_size);
        if (w < 0)
            return dy_diag_set(d, DY_ERR_ENCODE, NULL, 0, 0, "LAME failed to encode (error %d)", w);
        dy_buf_append(out, (const char *)buf, (size_t)w);
    }
    return DY_OK;
}

dy_status dy_mp3_finish(dy_mp3 *e, dy_buf *out, dy_diag *d)
{
    unsigned char *buf = scratch(e, 0);
    int w = lame_encode_flush(e->gf, buf, (int)e->tmp_size);
    if (w < 0)
        return dy_diag_set(d, DY_ERR_ENCODE, NULL, 0, 0, "LAME failed to flush (error %d)", w);
    dy_buf_append(out, (const char *)buf, (size_t)w);
    return DY_OK;
}

uint64_t dy_mp3_frames(const dy_mp3 *e)
{
    int n = lame_get_frameNum(e->gf);
    return n > 0 ? (uint64_t)n : 0;
}

uint64_t dy_mp3_frames_for(uint64_t n)
{
    return (n + DY_MP3_TAIL + DY_MP3_FRAME - 1) / DY_MP3_FRAME;
}

uint64_t dy_mp3_input_for(uint64_t frames)
{
    return frames >= 2 ? frames * DY_MP3_FRAME - DY_MP3_TAIL : 0;
}

/* CRC-16 with polynomial 0x8005, reflected, starting from 0 (CRC-16/ARC): LAME's CRCs. */
static uint16_t crc16(uint16_t crc, const uint8_t *p, size_t n)
{
    static uint16_t table[256];
    if (!table[1]) {
        for (unsigned i = 0; i < 256; i++) {
            unsigned c = i;
            for (int k = 0; k < 8; k++)
                c = c & 1 ? (c >> 1) ^ 0xA001 : c >> 1;
            table[i] = (uint16_t)c;
        }
    }
    for (size_t i = 0; i < n; i++)
        crc = (uint16_t)((crc >> 8) ^ table[(crc ^ p[i]) & 0xFF]);
    return crc;
}

uint16_t dy_mp3_crc(const uint8_t *p, size_t n) { return crc16(0, p, n); }

/* CRC-16/ARC is linear (no initial value, no final XOR): crc(A B) = crc(A) carried through
 * len(B) zero bytes, XOR crc(B). Carrying through zeros is a linear map on the 16-bit register,
 * applied by repeated squaring of its matrix over GF(2) (the method of zlib's crc32_combine). */
static uint16_t gf2_times(const uint16_t *m, uint16_t v)
{
    uint16_t r = 0;
    for (int i = 0; v; i++, v >>= 1)
        if (v & 1)
            r ^= m[i];
    return r;
}

static void gf2_square(uint16_t *sq, const uint16_t *m)
{
    for (int i = 0; i < 16; i++)
        sq[i] = gf2_times(m, m[i]);
}

uint16_t dy_mp3_crc_join(uint16_t crc_a, uint16_t crc_b, uint64_t len_b)
{
    if (len_b == 0)
        return crc_a;
    uint16_t odd[16], even[16];
    odd[0] = 0xA001; /* one zero bit: the register shifts right, the polynomial enters on a 1 */
    for (int i = 1; i < 16; i++)
        odd[i] = (uint16_t)(1u << (i - 1));
    gf2_square(even, odd); /* two bits */
    gf2_square(odd, even); /* four bits */
    do {                   /* from a byte (eight bits) up, one power of two of bytes at a time */
        gf2_square(even, odd);
        if (len_b & 1)
            crc_a = gf2_times(even, crc_a);
        len_b >>= 1;
        if (len_b == 0)
            break;
        gf2_square(odd, even);
        if (len_b & 1)
            crc_a = gf2_times(odd, crc_a);
        len_b >>= 1;
    } while (len_b);
    return crc_a ^ crc_b;
}

void dy_mp3_stream_add(dy_mp3_stream *s, uint16_t crc, size_t n, uint64_t frames, uint64_t input)
{
    s->crc = dy_mp3_crc_join(s->crc, crc, n);
    s->frames += frames;
    s->bytes += n;
    s->last_frames = frames;
    s->last_input = input;
    if (s->spill && s->parts.len >= 4096 &&
        dy_scratch_append(s->spill, s->parts.items, s->parts.len * sizeof *s->parts.items, NULL) ==
            DY_OK) {
        s->spilled += s->parts.len;
        s->parts.len = 0;
    }
    *DY_VEC_PUSH(&s->parts) = (dy_mp3_part){frames, n};
}

void dy_mp3_stream_fini(dy_mp3_stream *s)
{
    DY_VEC_FREE(&s->parts);
    memset(s, 0, sizeof *s);
}

/* LAME's encoder delay: the first segment's samples start this far into its decoding. */
#define ENCODER_DELAY 576

static uint64_t stream_padding(const dy_mp3_stream *s)
{
    uint64_t span = s->last_frames * DY_MP3_FRAME;
    return span >= ENCODER_DELAY + s->last_input ? span - ENCODER_DELAY - s->last_input : 0;
}

uint64_t dy_mp3_stream_samples(const dy_mp3_stream *s)
{
    if (s->frames == 0)
        return 0;
    return s->frames * DY_MP3_FRAME - ENCODER_DELAY - stream_padding(s);
}

/* LAME's Info frame for these parameters (made once per process and kept): its size, 0 if
 * LAME made none. Below 56 kbps a frame is too small for the tag and LAME writes none for CBR;
 * then the tag goes in a 64 kbps frame, as LAME itself does for VBR streams (a player reads the
 * frame as the tag and decodes none of it), with this stream's bitrate and lowpass in it. */
static size_t info_template(const dy_mp3_params *p, uint8_t *buf)
{
    static dy_mp3_params made;
    static uint8_t frame[INFO_MAX];
    static size_t size;
    if (size == 0 || memcmp(&made, p, sizeof made) != 0) {
        size = 0;
        made = *p;
        for (int k = 0; k < 2 && size == 0; k++) {
            dy_mp3_params q = *p;
            if (k == 1)
                q.bitrate = 64;
            lame_global_flags *gf = start(&q, true);
            if (!gf)
                return 0;
            unsigned char out[8192];
            if (lame_encode_flush(gf, out, (int)sizeof out) >= 0) {
                size_t n = lame_get_lametag_frame(gf, frame, sizeof frame);
                size = n <= sizeof frame ? n : 0;
            }
            lame_close(gf);
        }
        size_t x = 0;
        while (size && x + 4 <= 40 && memcmp(frame + x, "Info", 4) != 0)
            x++;
        if (size && (x + LAME_TAG_CRC + 2 > size || memcmp(frame + x + LAME_TAG, "LAME", 4) != 0))
            size = 0;
        lame_global_flags *gf = size ? start(p, false) : NULL;
        if (gf) { /* this stream's bitrate and lowpass (in 100 Hz) */
            frame[x + LAME_BITRATE] = (uint8_t)(p->bitrate > 255 ? 255 : p->bitrate);
            int lowpass = (lame_get_lowpassfreq(gf) + 50) / 100;
            frame[x + LAME_LOWPASS] = (uint8_t)(lowpass > 255 ? 255 : lowpass < 0 ? 0 : lowpass);
            lame_close(gf);
        }
    }
    memcpy(buf, frame, size);
    return size;
}

size_t dy_mp3_info_size(const dy_mp3_params *p)
{
    uint8_t buf[INFO_MAX];
    return info_template(p, buf);
}

static void put_be32(uint8_t *p, uint64_t v)
{
    uint32_t x = v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
    p[0] = (uint8_t)(x >> 24);
    p[1] = (uint8_t)(x >> 16);
    p[2] = (uint8_t)(x >> 8);
    p[3] = (uint8_t)x;
}

/* Part i of s: spilled, or in memory; false when the spill cannot be read. */
static bool part_at(const dy_mp3_stream *s, uint64_t i, dy_mp3_part *buf, uint64_t *buf_at,
                    size_t *buf_len, size_t buf_max, dy_mp3_part *out)
{
    if (i >= s->spilled) {
        *out = s->parts.items[i - s->spilled];
        return true;
    }
    if (i < *buf_at || i >= *buf_at + *buf_len) {
        uint64_t n = s->spilled - i < buf_max ? s->spilled - i : buf_max;
        if (dy_scratch_read(s->spill, i * sizeof *buf, buf, (size_t)n * sizeof *buf, NULL) != DY_OK)
            return false;
        *buf_at = i;
        *buf_len = (size_t)n;
    }
    *out = buf[i - *buf_at];
    return true;
}

/* The byte offsets, from the first segment's first byte, of frames j[0] <= j[1] <= ... (n of
 * them), in one pass over the parts (segments are CBR, so frames within one are spread evenly
 * over its bytes); false when the spilled parts cannot be read. */
static bool frame_offsets(const dy_mp3_stream *s, const uint64_t *j, uint64_t *off, size_t n)
{
    dy_mp3_part buf[512], p;
    uint64_t buf_at = 0, frames = 0, bytes = 0, count = s->spilled + s->parts.len;
    size_t buf_len = 0, k = 0;
    for (uint64_t i = 0; i < count && k < n; i++) {
        if (!part_at(s, i, buf, &buf_at, &buf_len, sizeof buf / sizeof *buf, &p))
            return false;
        for (; k < n && j[k] < frames + p.frames; k++)
            off[k] = bytes + (j[k] - frames) * p.bytes / p.frames;
        frames += p.frames;
        bytes += p.bytes;
    }
    for (; k < n; k++)
        off[k] = bytes;
    return true;
}

size_t dy_mp3_info_frame(const dy_mp3_params *p, const dy_mp3_stream *s, uint8_t *buf, size_t size)
{
    uint8_t frame[INFO_MAX];
    size_t n = info_template(p, frame);
    if (n == 0 || n > size || n < 40)
        return 0;
    size_t x = 0; /* where "Info" starts: after the 4-byte header and the side information */
    while (x + 4 <= 40 && memcmp(frame + x, "Info", 4) != 0)
        x++;
    if (x + LAME_TAG_CRC + 2 > n || memcmp(frame + x + LAME_TAG, "LAME", 4) != 0)
        return 0;
    uint64_t total = n + s->bytes;
    put_be32(frame + x + XING_FRAMES, s->frames);
    put_be32(frame + x + XING_BYTES, total);
    /* seek table: entry i is the position of the frame at i% of the duration, in 256ths of the
     * file (after the tag) */
    uint64_t target[100], off[100];
    for (int i = 0; i < 100; i++)
        target[i] = s->frames * (uint64_t)i / 100;
    if (!frame_offsets(s, target, off, 100))
        return 0;
    for (int i = 0; i < 100; i++) {
        uint64_t at = i ? n + off[i] : 0;
        uint64_t v = total ? at * 256 / total : 0;
        frame[x + XING_TOC + i] = (uint8_t)(v > 255 ? 255 : v);
    }
    uint64_t padding = stream_padding(s);
    if (padding > 0xFFF)
        padding = 0xFFF;
    uint8_t *dp = frame + x + LAME_DELAY_PADDING; /* 12 bits of delay, 12 of padding */
    dp[1] = (uint8_t)((dp[1] & 0xF0) | (padding >> 8));
    dp[2] = (uint8_t)(padding & 0xFF);
    put_be32(frame + x + LAME_MUSIC_LENGTH, total);
    frame[x + LAME_MUSIC_CRC] = (uint8_t)(s->crc >> 8);
    frame[x + LAME_MUSIC_CRC + 1] = (uint8_t)s->crc;
    uint16_t tag_crc = crc16(0, frame, x + LAME_TAG_CRC);
    frame[x + LAME_TAG_CRC] = (uint8_t)(tag_crc >> 8);
    frame[x + LAME_TAG_CRC + 1] = (uint8_t)tag_crc;
    memcpy(buf, frame, n);
    return n;
}

const char *dy_mp3_version(void) { return get_lame_version(); }
