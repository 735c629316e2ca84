/* The orchestrator (see book.h): text -> chapters -> sentences -> normalize, then each sentence
 * a segment (segment.c: synth -> pcm -> mp3, in worker processes, or from the cache), joined in
 * reading order into the chapter files and the book file (with their Info frames and ID3 tags)
 * as they arrive; then the writers that read the timeline: timings, playlist, cue sheet, the
 * read-along page, DAISY and EPUB. Only a few sentences ahead of the one being written are held
 * in memory (items.c) and the timeline's sentences spill to a scratch file (timeline.c), so
 * memory does not grow with the length of the book. */
#include "book/internal.h"

#include <stdlib.h>
#include <string.h>

void dy_settings_default(dy_settings *s)
{
    memset(s, 0, sizeof *s);
    dy_preset_default(&s->preset);
    s->bitrate = 64;
    s->quality = 5;
    s->output_dir = "out";
}

dy_status dy_settings_check(const dy_settings *s, dy_diag *d)
{
    dy_status st = dy_preset_check(&s->preset, d);
    dy_mp3_params mp = {DY_SYNTH_RATE, s->bitrate, s->quality};
    return st != DY_OK ? st : dy_mp3_check(&mp, d);
}

void dy_book_report_fini(dy_book_report *r)
{
    free(r->out_dir);
    free(r->title);
    memset(r, 0, sizeof *r);
}

dy_status dy_book_build(const char *input, const dy_settings *s, const dy_callbacks *cb,
                        dy_book_report *report, dy_diag *d)
{
    memset(report, 0, sizeof *report);
    dy_status st = dy_settings_check(s, d);
    if (st != DY_OK)
        return st;
    dy_lexicon *lex;
    st = dy_book_lexicon(input, s, &lex, d);
    if (st != DY_OK)
        return st;
    book bk;
    st = dy_book_load(&bk, input, lex, d);
    if (st != DY_OK) {
        dy_lexicon_free(lex);
        dy_book_fini(&bk);
        return st;
    }
    /* eSpeak knows the voice, or nothing is written */
    dy_synth *synth;
    st = dy_synth_new(&synth, &s->preset.voice, d);
    if (st != DY_OK) {
        dy_lexicon_free(lex);
        dy_book_fini(&bk);
        return st;
    }
    char *folder = dy_book_folder_name(input);
    char *dir = dy_path_join(s->output_dir, folder);
    free(folder);
    /* dauys writes beside its inputs, into a real folder, beside a user's files, never over
     * them (outputs.c) */
    st = dy_book_check_output(input, s->output_dir, d);
    if (st == DY_OK)
        st = dy_book_folder_check(dir, d);
    if (st == DY_OK)
        st = dy_mkdirs(dir, d);
    /* one build of a book at a time: another would sweep this one's temporary files */
    dy_lock *lock = NULL;
    if (st == DY_OK)
        st = dy_lock_take(&lock, dir, d);
    dy_book_plan plan = {0};
    if (st == DY_OK)
        st = dy_book_outputs_begin(dir, &bk, s, &plan, d);
    if (st != DY_OK) {
        dy_book_plan_fini(&plan);
        dy_lock_release(lock);
        dy_synth_free(synth);
        free(dir);
        dy_lexicon_free(lex);
        dy_book_fini(&bk);
        return st;
    }
    dy_outfile_sweep(dir);

    builder b = {.s = s, .bk = &bk, .cb = cb, .norm = {lex, s->no_latin_voice}};
    b.jobs = s->jobs > 0 ? s->jobs : dy_cpu_count();
    b.cache = s->cache_dir ? dy_cache_open(s->cache_dir) : NULL;
    b.pool = dy_pool_new();
    b.synth = synth;
    dy_items_init(&b, dy_sched_window(&b));
    dy_timeline tl = {.spill_dir = dir};
    if (st == DY_OK) {
        b.rate = dy_synth_rate(b.synth);
        b.mp3 = (dy_mp3_params){b.rate, s->bitrate, s->quality};
        tl.rate = b.rate;
        b.limiter = s->preset.loudness;
        b.limiter.peak_dbtp -= MP3_PEAK_OVERSHOOT;
        st = dy_book_calibrate(b.synth, b.rate, &s->preset, b.cache, &b.gain, &b.damaged, d);
        b.progress.book = dir;
        b.progress.chapters = bk.chapters.len;
        b.progress.sentences_total = bk.total_sentences;
    }
    /* the single book file gets every segment of every chapter, with chapter marks */
    char *book_mp3 = dy_book_file(dir, ".mp3");
    if (st == DY_OK) {
        dy_id3_tag *tag = dy_book_tag(&bk, NULL);
        st = dy_out_open(&b.book_out, book_mp3, NULL, b.rate, s, tag, d);
        dy_id3_free(tag);
    }
    free(book_mp3);
    bool book_open = st == DY_OK;
    uint64_t total_bytes = 0;
    size_t next = 0;
    for (size_t c = 0; c < bk.chapters.len && st == DY_OK; c++) {
        uint64_t bytes = 0;
        st = dy_book_chapter(&b, &bk, c, dir, &tl, &next, &bytes, d);
        total_bytes += bytes;
    }
    dy_pool_free(b.pool); /* stops the workers still running after a failure */
    if (st == DY_OK) {
        report->lufs = dy_gate_lufs(b.book_out.gate);
        report->peak_dbtp = b.book_out.peak_dbtp;
        dy_id3_tag *tag = dy_book_tag(&bk, &tl);
        st = dy_out_close(&b.book_out, tag, &report->book_bytes, d);
        dy_id3_free(tag);
    } else if (book_open) {
        dy_out_abort(&b.book_out);
    }
    if (st == DY_OK)
        st = dy_book_write_outputs(dir, &tl, &bk, s, &plan, d);
    if (st == DY_OK) {
        report->out_dir = dy_xstrdup(dir);
        report->title = dy_xstrdup(bk.title);
        report->chapters = bk.chapters.len;
        report->sentences = bk.total_sentences;
        uint64_t samples = 0;
        for (size_t c = 0; c < tl.chapters.len; c++)
            samples += tl.chapters.items[c].samples;
        report->seconds = (double)samples / b.rate;
        report->bytes = total_bytes;
        report->warnings = b.warnings;
        report->reused = b.reused;
        report->synthesized = b.synthesized;
        report->damaged = b.damaged;
    }
    dy_items_fini(&b);
    for (size_t i = 0; i < b.silence.len; i++)
        dy_buf_fini(&b.silence.items[i].mp3);
    DY_VEC_FREE(&b.silence);
    dy_cache_close(b.cache);
    dy_synth_free(b.synth);
    dy_utt_fini(&b.utt);
    DY_VEC_FREE(&b.pieces);
    dy_timeline_fini(&tl);
    dy_book_plan_fini(&plan);
    dy_lock_release(lock);
    free(dir);
    dy_lexicon_free(lex);
    dy_book_fini(&bk);
    return st;
}

dy_status dy_book_each_utt(const char *input, const dy_settings *s, dy_book_utt_fn fn, void *user,
                           dy_diag *d)
{
    book bk;
    dy_lexicon *lex = NULL;
    dy_status st = dy_book_lexicon(input, s, &lex, d);
    if (st == DY_OK)
        st = dy_book_load(&bk, input, lex, d);
    else
        memset(&bk, 0, sizeof bk);
    dy_norm_opts opts = {lex, s->no_latin_voice};
    dy_utt u = {0};
    dy_sentences cur = {0};
    for (size_t c = 0; st == DY_OK && c < bk.chapters.len; c++) {
        const dy_chapter *ch = &bk.chapters.items[c];
        if (ch->title_spoken) {
            const char *text = dy_book_title_text(ch, &u.src);
            u.lang_before = DY_LANG_KK;
            dy_normalize_with(text, &u, &opts);
            if (u.over_limit) {
                st = dy_sched_over_limit(ch, text, u.src, d);
                break;
            }
            fn(ch, text, &u, true, user);
        }
        sentence_ref r;
        for (dy_sentences_begin(&cur, &bk, c); dy_sentences_next(&cur, &r);) {
            u.src = r.span;
            u.lang_before = r.lang_before;
            dy_normalize_with(ch->src->data, &u, &opts);
            if (u.over_limit) {
                st = dy_sched_over_limit(ch, ch->src->data, u.src, d);
                break;
            }
            fn(ch, ch->src->data, &u, false, user);
        }
    }
    dy_utt_fini(&u);
    dy_sentences_fini(&cur);
    dy_lexicon_free(lex);
    dy_book_fini(&bk);
    return st;
}

/* dy_book_normalize's caller, behind dy_book_each_utt */
typedef struct normalize_call {
    dy_sentence_fn fn;
    void *user;
} normalize_call;

static void normalize_one(const dy_chapter *ch, const char *text, const dy_utt *u, bool is_title,
                          void *user)
{
    (void)ch;
    normalize_call *call = user;
    call->fn(text, u, is_title, call->user);
}

dy_status dy_book_normalize(const char *input, const dy_settings *s, dy_sentence_fn fn, void *user,
                            dy_diag *d)
{
    normalize_call call = {fn, user};
    return dy_book_each_utt(input, s, normalize_one, &call, d);
}
