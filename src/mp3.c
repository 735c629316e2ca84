/* LAME wrapper (see mp3.h). */
#include "mp3.h"

#include <lame/lame.h>
#include <stdlib.h>

struct dy_mp3 {
    lame_global_flags *gf;
    unsigned char *tmp;
    size_t tmp_size;
};

static const int MPEG2_BITRATES[] = {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};

dy_status dy_mp3_check(const dy_mp3_params *p, dy_diag *d)
{
    bool ok = false;
    for (size_t i = 0; i < sizeof MPEG2_BITRATES / sizeof *MPEG2_BITRATES; i++)
        ok |= MPEG2_BITRATES[i] == p->bitrate;
    if (!ok)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0,
                           "bitrate %d kbps is not one MP3 allows at %d Hz (8, 16, 24, 32, 40, 48, "
                           "56, 64, 80, 96, 112, 128, 144, 160)", p->bitrate, p->samplerate);
    if (p->quality < 0 || p->quality > 9)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "quality %d is out of range (0..9)", p->quality);
    return DY_OK;
}

dy_status dy_mp3_new(dy_mp3 **out, const dy_mp3_params *p, dy_diag *d)
{
    *out = NULL;
    dy_status st = dy_mp3_check(p, d);
    if (st != DY_OK)
        return st;
    lame_global_flags *gf = lame_init();
    if (!gf)
        return dy_diag_set(d, DY_ERR_ENCODE, NULL, 0, 0, "LAME could not start");
    lame_set_num_channels(gf, 1);
    lame_set_mode(gf, MONO);
    lame_set_in_samplerate(gf, p->samplerate);
    lame_set_out_samplerate(gf, p->samplerate);
    lame_set_VBR(gf, vbr_off);
    lame_set_brate(gf, p->bitrate);
    lame_set_quality(gf, p->quality);
    lame_set_bWriteVbrTag(gf, 1);
    lame_set_write_id3tag_automatic(gf, 0);
    if (lame_init_params(gf) < 0) {
        lame_close(gf);
        return dy_diag_set(d, DY_ERR_ENCODE, NULL, 0, 0, "LAME refused the settings");
    }
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

size_t dy_mp3_info_frame(dy_mp3 *e, uint8_t *buf, size_t size)
{
    size_t n = lame_get_lametag_frame(e->gf, buf, size);
    return n <= size ? n : 0;
}

const char *dy_mp3_version(void) { return get_lame_version(); }
