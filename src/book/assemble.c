/* Assembly: joins the utterances' segments (in reading order, as the workers finish them) and
 * the pauses between them into each chapter's MP3 (and WAV) and into the single book file, with
 * their Info frames and ID3 tags, and puts every sentence on the timeline. Between the worker
 * window (schedule.c) and the book-level writers (outputs.c); driven by dy_book_build. */
#include "book/internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio/pcm.h"
#include "book/slug.h"

/* ---- an MP3 file assembled from segments ---------------------------------------------- */

void dy_out_abort(file_out *o)
{
    dy_outfile_abort(o->file);
    dy_wav_abort(o->wav);
    dy_scratch_close(o->stream.spill);
    dy_mp3_stream_fini(&o->stream);
    dy_gate_free(o->gate);
    free(o->path);
    memset(o, 0, sizeof *o);
}

/* Opens path (and wav_path, when given) and writes the tag and room for the Info frame. */
dy_status dy_out_open(file_out *o, const char *path, const char *wav_path, int rate,
                      const dy_settings *s, const dy_id3_tag *tag, dy_diag *d)
{
    memset(o, 0, sizeof *o);
    o->path = dy_xstrdup(path);
    o->mp3 = (dy_mp3_params){rate, s->bitrate, s->quality};
    o->gate = dy_gate_new();
    o->peak_dbtp = -HUGE_VAL;
    o->info_size = dy_mp3_info_size(&o->mp3);
    /* the seek table's record of every segment spills beside the file (none: it stays) */
    char *dir = dy_xstrdup(path), *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    dy_scratch_open(&o->stream.spill, slash ? dir : ".", &(dy_diag){0});
    free(dir);
    dy_status st = o->info_size ? dy_outfile_open(&o->file, path, d)
                                : dy_diag_set(d, DY_ERR_ENCODE, path, 0, 0,
                                              "LAME made no Info frame for these settings");
    if (st == DY_OK) {
        dy_buf head = {0};
        dy_id3_serialize(tag, 512, &head);
        o->info_at = head.len;
        dy_buf_reserve(&head, o->info_size);
        memset(head.data + head.len, 0, o->info_size);
        head.len += o->info_size;
        st = dy_outfile_write(o->file, head.data, head.len, d);
        dy_buf_fini(&head);
    }
    if (st == DY_OK && wav_path)
        st = dy_wav_open(&o->wav, wav_path, rate, d);
    if (st != DY_OK)
        dy_out_abort(o);
    return st;
}

/* Where the next segment starts in the file's decoded audio. */
static uint64_t out_position(const file_out *o) { return o->stream.frames * DY_MP3_FRAME; }

static dy_status wav_write(void *w, const int16_t *pcm, size_t n, dy_diag *d)
{
    return dy_wav_write(w, pcm, n, d);
}

static dy_status wav_zeros(dy_wav *w, uint64_t n, dy_diag *d)
{
    return dy_pcm_zeros_to(n, wav_write, w, d);
}

/* Appends a segment: its frames (whose CRC is crc), made from `input` samples (pcm, or silence
 * when NULL, for the WAV). */
static dy_status out_segment(file_out *o, const uint8_t *mp3, size_t len, uint16_t crc,
                             uint64_t frames, uint64_t input, const int16_t *pcm, dy_diag *d)
{
    dy_status st = dy_outfile_write(o->file, mp3, len, d);
    dy_mp3_stream_add(&o->stream, crc, len, frames, input);
    if (st == DY_OK && o->wav) {
        st = wav_zeros(o->wav, o->wav_owed, d);
        if (st == DY_OK)
            st = pcm ? dy_wav_write(o->wav, pcm, (size_t)input, d) : wav_zeros(o->wav, input, d);
        o->wav_owed = DY_MP3_TAIL;
    }
    return st;
}

/* Finishes the file: the Info frame, and final_tag, when given, in place of the tag written at
 * the start (same frames, now with their final values, so the same size); renames it (and the
 * WAV) into place. */
dy_status dy_out_close(file_out *o, const dy_id3_tag *final_tag, uint64_t *bytes, dy_diag *d)
{
    uint8_t info[2880];
    size_t n = dy_mp3_info_frame(&o->mp3, &o->stream, info, sizeof info);
    dy_status st = n == o->info_size ? dy_outfile_pwrite(o->file, info, n, o->info_at, d)
                                     : dy_diag_set(d, DY_ERR_ENCODE, o->path, 0, 0,
                                                   "internal error: no Info frame");
    if (st == DY_OK && final_tag) {
        dy_buf tag = {0};
        dy_id3_serialize(final_tag, 512, &tag);
        st = tag.len == o->info_at
                 ? dy_outfile_pwrite(o->file, tag.data, tag.len, 0, d)
                 : dy_diag_set(d, DY_ERR_IO, o->path, 0, 0, "internal error: the tag changed size");
        dy_buf_fini(&tag);
    }
    if (st == DY_OK)
        *bytes = dy_outfile_size(o->file);
    if (st == DY_OK) {
        st = dy_outfile_commit(o->file, d);
        o->file = NULL;
    }
    if (st == DY_OK && o->wav) { /* the file's decoding ends without the last tail */
        st = dy_wav_close(o->wav, d);
        o->wav = NULL;
    }
    dy_out_abort(o);
    return st;
}

/* The silence segment of `frames` frames (made once per build). */
static dy_status silence(builder *b, uint64_t frames, const silence_seg **out, dy_diag *d)
{
    while (b->silence.len <= frames)
        *DY_VEC_PUSH(&b->silence) = (silence_seg){0};
    silence_seg *s = &b->silence.items[frames];
    dy_status st = s->mp3.len ? DY_OK : dy_seg_silence(&b->mp3, frames, &s->mp3, &s->crc, d);
    *out = s;
    return st;
}

/* Appends a segment to the chapter's file and to the book's. */
static dy_status emit(builder *b, const uint8_t *mp3, size_t len, uint16_t crc, uint64_t frames,
                      uint64_t input, const int16_t *pcm, dy_diag *d)
{
    dy_status st = out_segment(&b->chapter_out, mp3, len, crc, frames, input, pcm, d);
    return st == DY_OK ? out_segment(&b->book_out, mp3, len, crc, frames, input, NULL, d) : st;
}

/* A pause: silence segments (of at least two frames each) adding up to at least `samples`. */
static dy_status emit_pause(builder *b, uint64_t samples, dy_diag *d)
{
    if (samples == 0)
        return DY_OK;
    uint64_t frames = (samples + DY_MP3_FRAME - 1) / DY_MP3_FRAME;
    if (frames < 2)
        frames = 2;
    const silence_seg *s;
    dy_status st = silence(b, frames, &s, d);
    return st == DY_OK ? emit(b, (const uint8_t *)s->mp3.data, s->mp3.len, s->crc, frames,
                              dy_mp3_input_for(frames), NULL, d)
                       : st;
}

/* Writes item i (ready): its segment, then its pause, less the silence its decoding ends in. */
static dy_status emit_item(builder *b, dy_timeline *tl, size_t i, dy_diag *d)
{
    item *it = dy_items_at(b, i);
    const dy_seg *g = &it->seg;
    dy_status st = DY_OK;
    bool said = false;
    if (g->speech > 0) {
        uint64_t start = out_position(&b->chapter_out);
        st = emit(b, g->mp3, g->mp3_len, g->crc, g->frames, g->input, g->pcm, d);
        if (st == DY_OK && !it->title) {
            if (it->continues && b->sentence_open) { /* the next part of a long sentence */
                dy_tl_sentence *last = dy_tl_last(tl);
                last->src.end = it->span.end;
                last->end = start + g->speech;
            } else {
                st = dy_tl_add(tl, &(dy_tl_sentence){it->span, start, start + g->speech}, d);
            }
            said = true;
        }
        dy_gate_add(b->chapter_out.gate, g->blocks.items, g->blocks.len);
        dy_gate_add(b->book_out.gate, g->blocks.items, g->blocks.len);
        for (int k = 0; k < 2; k++) {
            file_out *o = k ? &b->book_out : &b->chapter_out;
            if (g->peak_dbtp > o->peak_dbtp)
                o->peak_dbtp = g->peak_dbtp;
        }
        uint64_t pause = dy_pcm_samples(it->pause, b->rate);
        uint64_t tail = g->frames * DY_MP3_FRAME - g->speech;
        if (st == DY_OK && pause > tail)
            st = emit_pause(b, pause - tail, d);
    }
    if (!it->title) {
        b->sentence_open = it->more && (said || b->sentence_open);
        b->progress.sentences_done += !it->more;
        b->progress.audio_seconds += (double)g->speech / b->rate;
        if (b->cb && b->cb->progress)
            b->cb->progress(&b->progress, b->cb->user);
    }
    dy_seg_fini(&it->seg);
    dy_buf_fini(&it->data);
    b->written = i + 1;
    return st;
}

char *dy_book_chapter_stem(const book *bk, size_t c, const char *dir)
{
    int width = 2; /* at least two digits, more when there are more chapters: names sort */
    for (size_t n = bk->chapters.len; n >= 100; n /= 10)
        width++;
    dy_buf slug = {0}, name = {0};
    dy_slug(&slug, bk->chapters.items[c].title, SLUG_MAX);
    dy_buf_printf(&name, "%0*zu-%s", width, c + 1, slug.data);
    dy_buf_fini(&slug);
    char *base = dy_path_basename(dir);
    if (!strcmp(name.data, base)) /* "01-kirispe.txt" whose first chapter is "Кіріспе" */
        dy_buf_puts(&name, "-chapter");
    free(base);
    return name.data;
}

/* Chapter c: its items from *next on, into its own file and the book's. */
dy_status dy_book_chapter(builder *b, const book *bk, size_t c, const char *dir, dy_timeline *tl,
                          size_t *next, uint64_t *bytes, dy_diag *d)
{
    const dy_chapter *ch = &bk->chapters.items[c];
    char *stem = dy_book_chapter_stem(bk, c, dir);
    dy_buf mp3_name = {0}, wav_name = {0};
    dy_buf_printf(&mp3_name, "%s.mp3", stem);
    dy_buf_printf(&wav_name, "%s.wav", stem);
    char *mp3_path = dy_path_join(dir, mp3_name.data);
    char *wav_path = b->s->wav ? dy_path_join(dir, wav_name.data) : NULL;
    free(stem);
    dy_buf_fini(&wav_name);

    dy_tl_chapter *tc = DY_VEC_PUSH(&tl->chapters);
    tc->title = dy_xstrdup(ch->title);
    tc->file = mp3_name.data;
    tc->text = ch->src->data;
    tc->view = ch->src->view;
    tc->heading = ch->level;
    tc->level = dy_tl_level(tl, tl->chapters.len - 1, ch->level);
    tc->book_start = out_position(&b->book_out);

    dy_id3_tag *tag = dy_book_chapter_tag(bk, c);
    dy_status st = dy_out_open(&b->chapter_out, mp3_path, wav_path, b->rate, b->s, tag, d);
    dy_id3_free(tag);
    free(mp3_path);
    free(wav_path);
    if (st != DY_OK)
        return st;
    b->progress.chapter = c + 1;
    item *it;
    for (; st == DY_OK && (it = dy_items_get(b, *next)) && it->chapter == c; ++*next) {
        if (dy_sched_cancelled(b)) {
            st = dy_diag_set(d, DY_ERR_CANCELLED, NULL, 0, 0, "interrupted");
            break;
        }
        st = dy_sched_await(b, *next, d);
        if (st == DY_OK)
            st = emit_item(b, tl, *next, d);
    }
    if (st == DY_OK && b->chapter_out.stream.frames == 0) {
        /* a chapter with nothing to say: a moment of silence */
        st = emit_pause(b, dy_pcm_samples(b->s->preset.sentence_pause, b->rate) + DY_MP3_TAIL, d);
        b->warnings++;
    }
    if (st != DY_OK) {
        dy_out_abort(&b->chapter_out);
        return st;
    }
    tc->samples = dy_mp3_stream_samples(&b->chapter_out.stream);
    tc->book_samples = out_position(&b->chapter_out);
    double lufs = dy_gate_lufs(b->chapter_out.gate), peak = b->chapter_out.peak_dbtp;
    char *path = dy_xstrdup(b->chapter_out.path);
    st = dy_out_close(&b->chapter_out, NULL, bytes, d);
    if (st == DY_OK) /* at once: never beside an MP3 of another build */
        st = dy_book_write_timings(dir, tl, c, bk, d);
    if (st == DY_OK && b->cb && b->cb->progress) {
        b->progress.chapter_file = path;
        b->progress.chapter_seconds = (double)tc->samples / b->rate;
        b->progress.chapter_lufs = lufs;
        b->progress.chapter_peak_dbtp = peak;
        b->cb->progress(&b->progress, b->cb->user);
        b->progress.chapter_file = NULL;
    }
    free(path);
    return st;
}
