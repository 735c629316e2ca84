/* MP3 segments: independently encoded sentences joined frame by frame under one Info frame.
 * The joins decode without a warning, fall in silence, and every segment lands exactly where the
 * timeline says; the Info frame is LAME's own for the whole concatenation. */
#include "helpers.h"

#include <lame/lame.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio/loudness.h"
#include "audio/mp3.h"
#include "core/platform.h"
#include "audio/segment.h"
#include "audio/synth.h"
#include "book/voice.h"

#define RATE 22050

static int16_t *tone(size_t n, double hz, double amp)
{
    int16_t *x = malloc(n * sizeof *x);
    for (size_t i = 0; i < n; i++)
        x[i] = (int16_t)(amp * 32767 * sin(2 * 3.14159265358979 * hz * (double)i / RATE));
    return x;
}

/* LAME's own encoding of x, Info frame first (as the lame command writes it). */
static void lame_reference(const int16_t *x, size_t n, int bitrate, dy_buf *out)
{
    lame_global_flags *g = lame_init();
    lame_set_num_channels(g, 1);
    lame_set_mode(g, MONO);
    lame_set_in_samplerate(g, RATE);
    lame_set_out_samplerate(g, RATE);
    lame_set_VBR(g, vbr_off);
    lame_set_brate(g, bitrate);
    lame_set_quality(g, 5);
    lame_set_bWriteVbrTag(g, 1);
    lame_set_write_id3tag_automatic(g, 0);
    assert_true(lame_init_params(g) >= 0);
    size_t cap = n + n / 4 + 7200;
    unsigned char *buf = malloc(cap);
    int w = lame_encode_buffer(g, (short *)x, NULL, (int)n, buf, (int)cap);
    assert_true(w >= 0);
    int f = lame_encode_flush(g, buf + w, (int)cap - w);
    assert_true(f >= 0);
    unsigned char tag[2880];
    size_t k = lame_get_lametag_frame(g, tag, sizeof tag);
    assert_true(k > 0 && k <= (size_t)(w + f));
    memcpy(buf, tag, k);
    dy_buf_append(out, (const char *)buf, (size_t)(w + f));
    free(buf);
    lame_close(g);
}

/* x (n samples) as one segment: its frames appended to *frames and counted in *s. */
static void encode_segment(const dy_mp3_params *mp, const int16_t *x, size_t n, dy_buf *frames,
                           dy_mp3_stream *s)
{
    dy_mp3 *e;
    dy_diag d = {0};
    size_t before = frames->len;
    assert_int_equal(dy_mp3_new(&e, mp, &d), DY_OK);
    assert_int_equal(dy_mp3_encode(e, x, n, frames, &d), DY_OK);
    assert_int_equal(dy_mp3_finish(e, frames, &d), DY_OK);
    assert_int_equal(dy_mp3_frames(e), dy_mp3_frames_for(n));
    dy_mp3_stream_add(s, dy_mp3_crc((const uint8_t *)frames->data + before, frames->len - before),
                      frames->len - before, dy_mp3_frames(e), n);
    dy_mp3_free(e);
}

/* CRC-16/ARC, bit by bit: an independent check of the tag's CRC. */
static uint16_t crc16_bits(const uint8_t *p, size_t n)
{
    uint16_t c = 0;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int b = 0; b < 8; b++)
            c = (uint16_t)(c & 1 ? (c >> 1) ^ 0xA001 : c >> 1);
    }
    return c;
}

static void test_info_frame_is_lames_own(void **state)
{
    (void)state;
    const int rates[] = {64, 128};
    for (int r = 0; r < 2; r++) {
        size_t n = 30001;
        int16_t *x = tone(n, 440, 0.3);
        dy_buf ref = {0};
        lame_reference(x, n, rates[r], &ref);
        dy_mp3_params mp = {RATE, rates[r], 5};
        dy_buf frames = {0};
        dy_mp3_stream s = {0};
        encode_segment(&mp, x, n, &frames, &s);
        uint8_t info[2880];
        size_t k = dy_mp3_info_frame(&mp, &s, info, sizeof info);
        /* the same audio frames as LAME's, after an Info frame of the same size */
        assert_int_equal(k + frames.len, ref.len);
        assert_memory_equal(ref.data + k, frames.data, frames.len);
        /* the same Info frame, byte for byte, but for the seek table (LAME's is coarser) and
         * the tag's CRC, which covers it */
        size_t x0 = 0;
        while (memcmp(info + x0, "Info", 4) != 0)
            x0++;
        const uint8_t *lame = (const uint8_t *)ref.data;
        assert_memory_equal(info, lame, x0 + 16);
        size_t crc_at = x0 + 120 + 34;
        assert_memory_equal(info + x0 + 116, lame + x0 + 116, crc_at - (x0 + 116));
        assert_memory_equal(info + crc_at + 2, lame + crc_at + 2, k - crc_at - 2);
        uint16_t crc = crc16_bits(info, crc_at);
        assert_int_equal(info[crc_at], crc >> 8);
        assert_int_equal(info[crc_at + 1], crc & 0xFF);
        /* the seek table rises from 0, never falls, and its middle points to the middle */
        assert_int_equal(info[x0 + 16], 0);
        for (int i = 1; i < 100; i++)
            assert_true(info[x0 + 16 + i] >= info[x0 + 16 + i - 1]);
        assert_true(abs(info[x0 + 16 + 50] - 128) <= 2);
        dy_mp3_stream_fini(&s);
        dy_buf_fini(&frames);
        dy_buf_fini(&ref);
        free(x);
    }
}

/* A file of segments: Info frame, then the segments' frames. */
static void write_stream(const char *path, const dy_mp3_params *mp, const dy_mp3_stream *s,
                         const dy_buf *frames)
{
    uint8_t info[2880];
    size_t k = dy_mp3_info_frame(mp, s, info, sizeof info);
    assert_true(k > 0);
    assert_int_equal(k, dy_mp3_info_size(mp));
    dy_buf file = {0};
    dy_buf_append(&file, (const char *)info, k);
    dy_buf_append(&file, frames->data, frames->len);
    th_write(path, file.data, file.len);
    dy_buf_fini(&file);
}

static void test_low_bitrate_gets_an_info_frame(void **state)
{
    (void)state;
    /* LAME writes no Info frame under 56 kbps; dauys puts it in a 64 kbps frame, so a 32 kbps
     * file still decodes to exactly the samples given */
    char *dir = th_tmpdir("segments-low");
    char *path = dy_path_join(dir, "low.mp3");
    const int rates[] = {8, 32, 48};
    for (int r = 0; r < 3; r++) {
        size_t n = 12345;
        int16_t *x = tone(n, 300, 0.3);
        dy_mp3_params mp = {RATE, rates[r], 5};
        dy_buf frames = {0};
        dy_mp3_stream s = {0};
        encode_segment(&mp, x, n, &frames, &s);
        write_stream(path, &mp, &s, &frames);
        th_decoded dec;
        th_mp3_decode(path, &dec, false);
        assert_string_equal(dec.problems, "");
        assert_int_equal(dec.samples, (int64_t)n);
        assert_int_equal(dec.bitrate, rates[r]);
        dy_mp3_stream_fini(&s);
        dy_buf_fini(&frames);
        free(x);
    }
    free(path);
    free(dir);
}

/* eSpeak set up with the default preset's voice (*p). */
static dy_synth *default_voice(dy_preset *p)
{
    dy_preset_default(p);
    dy_synth *synth;
    dy_diag d = {0};
    assert_int_equal(dy_synth_new(&synth, &p->voice, &d), DY_OK);
    return synth;
}

/* Three sentences made by dy_seg_make (in worker processes, as a build makes them), with a
 * silence segment after each, joined into one file. */
static void test_spoken_segments_join_in_silence(void **state)
{
    (void)state;
    dy_preset p;
    dy_synth *synth = default_voice(&p);
    dy_diag d = {0};
    const char *texts[] = {"Сәлеметсіз бе, қымбатты оқушылар.", "Бүгін біз тарихты оқимыз.",
                           "Сабақ аяқталды."};
    dy_mp3_params mp = {RATE, 64, 5};
    dy_loudness_params lim;
    dy_loudness_default(&lim);
    dy_mp3_stream s = {0};
    dy_buf frames = {0};
    uint64_t at[3], speech[3];
    for (int i = 0; i < 3; i++) {
        dy_span piece = {0, strlen(texts[i])};
        dy_seg_spec spec = {synth, &p.voice, texts[i], &piece, 1, RATE, 1.0, lim, mp, false, NULL};
        dy_buf rec = {0}, again = {0};
        assert_int_equal(dy_proc_call(dy_seg_make, &spec, &rec, &d), DY_OK);
        assert_int_equal(dy_proc_call(dy_seg_make, &spec, &again, &d), DY_OK);
        /* the same sentence gives the same bytes */
        assert_int_equal(rec.len, again.len);
        assert_memory_equal(rec.data, again.data, rec.len);
        dy_seg g;
        assert_true(dy_seg_parse(rec.data, rec.len, false, &g));
        assert_true(g.speech > RATE / 2);
        assert_int_equal(g.frames, dy_seg_frames(g.speech));
        assert_true(g.frames * DY_MP3_FRAME >= g.speech + DY_MP3_TAIL + DY_MP3_FRAME);
        assert_true(g.blocks.len > 0);
        assert_true(g.peak_dbtp < -1.4 && g.peak_dbtp > -30);
        /* a damaged record is refused */
        dy_seg bad;
        assert_false(dy_seg_parse(rec.data, rec.len - 1, false, &bad));
        assert_false(dy_seg_parse(rec.data, rec.len, true, &bad));
        rec.data[0] ^= 1;
        assert_false(dy_seg_parse(rec.data, rec.len, false, &bad));
        rec.data[0] ^= 1;
        at[i] = s.frames * DY_MP3_FRAME;
        speech[i] = g.speech;
        dy_buf_append(&frames, (const char *)g.mp3, g.mp3_len);
        assert_int_equal(g.crc, dy_mp3_crc(g.mp3, g.mp3_len));
        dy_mp3_stream_add(&s, g.crc, g.mp3_len, g.frames, g.input);
        /* then half a second of silence */
        dy_buf quiet = {0};
        uint16_t crc;
        assert_int_equal(dy_seg_silence(&mp, 19, &quiet, &crc, &d), DY_OK);
        dy_buf_append(&frames, quiet.data, quiet.len);
        dy_mp3_stream_add(&s, crc, quiet.len, 19, dy_mp3_input_for(19));
        dy_buf_fini(&quiet);
        dy_seg_fini(&g);
        dy_buf_fini(&rec);
        dy_buf_fini(&again);
    }
    dy_synth_free(synth);
    char *dir = th_tmpdir("segments-join");
    char *path = dy_path_join(dir, "joined.mp3");
    write_stream(path, &mp, &s, &frames);
    /* the Info frame's music CRC, joined from the segments' own, is that of all their bytes */
    size_t flen;
    uint8_t *file = (uint8_t *)th_read(path, &flen);
    size_t info = dy_mp3_info_size(&mp), x0 = 0;
    while (memcmp(file + x0, "Info", 4) != 0)
        x0++;
    uint16_t music = crc16_bits(file + info, flen - info);
    assert_int_equal(file[x0 + 120 + 32], music >> 8);
    assert_int_equal(file[x0 + 120 + 33], music & 0xFF);
    free(file);
    th_decoded dec;
    th_mp3_decode(path, &dec, true);
    assert_string_equal(dec.problems, "");
    /* every segment decodes to its frames; the last one's padding is dropped */
    assert_int_equal(dec.samples, (int64_t)(s.frames * DY_MP3_FRAME - DY_MP3_TAIL));
    assert_int_equal(dec.samples, (int64_t)dy_mp3_stream_samples(&s));
    for (int i = 0; i < 3; i++) {
        /* speech where the timeline puts it: loud within its first 50 ms ... */
        int loud = 0;
        for (uint64_t k = at[i]; k < at[i] + RATE / 20; k++)
            loud = abs(dec.pcm[k]) > loud ? abs(dec.pcm[k]) : loud;
        assert_true(loud > 300);
        /* ... and nothing in the 50 ms before it, but for its last granule (576 samples, 26 ms:
         * lossy coding smears an onset that far ahead of itself, as in any MP3) */
        int before = 0;
        for (uint64_t k = at[i] >= 1102 ? at[i] - 1102 : 0; k + 576 < at[i]; k++)
            before = abs(dec.pcm[k]) > before ? abs(dec.pcm[k]) : before;
        if (before > 48)
            fail_msg("segment %d: %d before its start", i + 1, before);
        /* from 20 ms after its speech to a granule before the next segment, the join
         * included, silence: the decoded samples stay within a few LSB of zero (measured: 0
         * and 1) */
        uint64_t to = i < 2 ? at[i + 1] - 576 : (uint64_t)dec.samples;
        int after = 0;
        uint64_t where = 0;
        for (uint64_t k = at[i] + speech[i] + 441; k < to; k++)
            if (abs(dec.pcm[k]) > after)
                after = abs(dec.pcm[k]), where = k;
        if (after > 8)
            fail_msg("segment %d: %d in the silence after it, %lld after its speech, %lld before "
                     "the next",
                     i + 1, after, (long long)(where - at[i] - speech[i]), (long long)(to - where));
        /* the join itself (where the next segment's first frame starts, its encoder delay of
         * 576 and the decoder's 529 before its speech) is digital silence */
        if (i < 2) {
            int join = 0;
            for (uint64_t k = at[i + 1] - 1105 - 288; k < at[i + 1] - 1105 + 288; k++)
                join = abs(dec.pcm[k]) > join ? abs(dec.pcm[k]) : join;
            assert_true(join <= 1);
        }
    }
    free(dec.pcm);
    dy_mp3_stream_fini(&s);
    dy_buf_fini(&frames);
    free(path);
    free(dir);
}

static void test_silence_segments(void **state)
{
    (void)state;
    dy_mp3_params mp = {RATE, 64, 5};
    dy_diag d = {0};
    for (uint64_t f = 2; f < 40; f += 7) {
        dy_buf a = {0}, b = {0};
        uint16_t ca, cb;
        assert_int_equal(dy_seg_silence(&mp, f, &a, &ca, &d), DY_OK);
        assert_int_equal(dy_seg_silence(&mp, f, &b, &cb, &d), DY_OK);
        assert_int_equal(ca, cb);
        assert_int_equal(a.len, b.len);
        assert_memory_equal(a.data, b.data, a.len);
        /* CBR: 64 kbps frames of 208 or 209 bytes */
        assert_true(a.len >= f * 208 && a.len <= f * 209);
        dy_buf_fini(&a);
        dy_buf_fini(&b);
    }
    /* CRCs join: the CRC of a run of bytes from the CRCs of its two parts, wherever it is cut */
    uint8_t bytes[3000];
    for (size_t i = 0; i < sizeof bytes; i++)
        bytes[i] = (uint8_t)(i * 7919 % 251);
    uint16_t whole = crc16_bits(bytes, sizeof bytes);
    assert_int_equal(dy_mp3_crc(bytes, sizeof bytes), whole);
    for (size_t cut = 0; cut <= sizeof bytes; cut += 61)
        assert_int_equal(dy_mp3_crc_join(dy_mp3_crc(bytes, cut),
                                         dy_mp3_crc(bytes + cut, sizeof bytes - cut),
                                         sizeof bytes - cut),
                         whole);
    /* frame arithmetic: n samples make ceil((n + 1152) / 576) frames, which hold n again */
    for (uint64_t n = 0; n < 5000; n += 97) {
        uint64_t f = dy_mp3_frames_for(n);
        assert_true(f * 576 >= n + 1152 && (f - 1) * 576 < n + 1152);
        assert_true(dy_mp3_input_for(f) >= n);
    }
}

/* A worker that fails (here LAME refuses the bitrate: a build checks it first, a library caller
 * may not) says why through the pool: the parent gets the worker's status and message, and
 * nothing is printed. */
static void test_worker_failure_reaches_the_parent(void **state)
{
    (void)state;
    dy_preset p;
    dy_synth *synth = default_voice(&p);
    dy_diag d = {0};
    const char *text = "Сабақ аяқталды.";
    dy_span piece = {0, strlen(text)};
    dy_loudness_params lim;
    dy_loudness_default(&lim);
    dy_seg_spec spec = {synth, &p.voice, text,          &piece, 1,   RATE,
                        1.0,   lim,      {RATE, 65, 5}, false,  NULL};
    dy_buf rec = {0};
    th_capture cap = th_stderr_capture();
    dy_status st = dy_proc_call(dy_seg_make, &spec, &rec, &d);
    char *printed = th_stderr_release(&cap);
    assert_int_equal(st, DY_ERR_USAGE);
    assert_non_null(strstr(d.msg, "bitrate 65 kbps is not one MP3 allows"));
    assert_int_equal(rec.len, 0);
    assert_string_equal(printed, "");
    free(printed);
    dy_synth_free(synth);
}

/* The PCM of text made in a worker by dy_seg_make with synth (voice v) and language lang. */
static void segment_pcm(dy_synth *synth, const dy_voice_params *v, const char *text,
                        const char *lang, dy_buf *pcm, dy_key *key)
{
    dy_span piece = {0, strlen(text)};
    dy_loudness_params lim;
    dy_loudness_default(&lim);
    dy_seg_spec spec = {synth, v, text, &piece, 1, RATE, 1.0, lim, {RATE, 64, 5}, true, lang};
    dy_buf rec = {0};
    dy_diag d = {0};
    assert_int_equal(dy_proc_call(dy_seg_make, &spec, &rec, &d), DY_OK);
    dy_seg seg;
    assert_true(dy_seg_parse(rec.data, rec.len, true, &seg));
    assert_true(seg.speech > RATE / 2);
    dy_buf_append(pcm, (const char *)seg.pcm, seg.input * sizeof(int16_t));
    *key = dy_seg_key(&spec);
    dy_seg_fini(&seg);
    dy_buf_fini(&rec);
}

/* A Russian sentence's segment (lang "ru") is spoken by eSpeak's Russian voice with the preset's
 * variant, rate and pitch: its samples are those of a synthesizer made with the ru voice and the
 * same settings, not those of the Kazakh voice; and its cache key differs from the Kazakh one. */
static void test_russian_segment_uses_the_ru_voice(void **state)
{
    (void)state;
    const char *text = "Привет, как дела сегодня?";
    dy_preset p;
    dy_preset_default(&p);
    snprintf(p.voice.variant, sizeof p.voice.variant, "f3");
    p.voice.rate = 210;
    p.voice.pitch = 60;
    dy_synth *synth;
    dy_diag d = {0};
    assert_int_equal(dy_synth_new(&synth, &p.voice, &d), DY_OK);
    dy_buf as_ru = {0}, as_kk = {0}, ru_voice = {0};
    dy_key k_ru, k_kk, k_voice;
    segment_pcm(synth, &p.voice, text, "ru", &as_ru, &k_ru);
    segment_pcm(synth, &p.voice, text, NULL, &as_kk, &k_kk);
    dy_synth_free(synth);
    dy_voice_params ru = p.voice;
    snprintf(ru.espeak_voice, sizeof ru.espeak_voice, "ru");
    assert_int_equal(dy_synth_new(&synth, &ru, &d), DY_OK);
    segment_pcm(synth, &ru, text, NULL, &ru_voice, &k_voice);
    dy_synth_free(synth);
    assert_int_equal(as_ru.len, ru_voice.len);
    assert_memory_equal(as_ru.data, ru_voice.data, as_ru.len);
    assert_true(as_kk.len != as_ru.len || memcmp(as_kk.data, as_ru.data, as_ru.len) != 0);
    assert_true(memcmp(&k_ru, &k_kk, sizeof k_ru) != 0);
    dy_buf_fini(&as_ru);
    dy_buf_fini(&as_kk);
    dy_buf_fini(&ru_voice);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_info_frame_is_lames_own),
        cmocka_unit_test(test_low_bitrate_gets_an_info_frame),
        cmocka_unit_test(test_spoken_segments_join_in_silence),
        cmocka_unit_test(test_silence_segments),
        cmocka_unit_test(test_worker_failure_reaches_the_parent),
        cmocka_unit_test(test_russian_segment_uses_the_ru_voice),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
