/* The orchestrator (see book.h): text -> chapters -> sentences -> normalize, then each sentence
 * a segment (segment.c: synth -> pcm -> mp3, in worker processes, or from the cache), joined in
 * reading order into the chapter files and the book file (with their Info frames and ID3 tags)
 * as they arrive; then the writers that read the timeline: timings, playlist, cue sheet, the
 * read-along page, DAISY and EPUB. Only a few sentences ahead of the one being written are held
 * in memory, so memory does not grow with the length of the book. */
#include "book/book.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <math.h>

#include "core/cache.h"
#include "writers/daisy.h"
#include "writers/epub.h"
#include "audio/id3.h"
#include "audio/loudness.h"
#include "audio/mp3.h"
#include "normalize/normalize.h"
#include "audio/pcm.h"
#include "core/platform.h"
#include "writers/playlist.h"
#include "writers/readalong.h"
#include "audio/segment.h"
#include "text/sentence.h"
#include "book/slug.h"
#include "writers/subtitles.h"
#include "text/text.h"
#include "book/timeline.h"
#include "audio/wav.h"

/* eSpeak reads a clause of more than a few hundred characters badly (its clause buffer is
 * limited and it then breaks at an arbitrary word); longer sentences are read in pieces cut at
 * clause boundaries, with the pause eSpeak itself makes at a comma between them. */
#define MAX_PIECE_BYTES 600
#define SLUG_MAX 48
/* A cover goes into every file's tag: players show a few hundred pixels, 10 MB is plenty. */
#define COVER_MAX_BYTES (10 << 20)

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

/* ---- the book in memory ---------------------------------------------------------------- */

typedef struct sentence_ref {
    dy_span span;
    bool ends_paragraph;
} sentence_ref;
typedef DY_VEC(sentence_ref) sentence_vec;

typedef struct book {
    dy_source *sources;
    size_t nsources;
    dy_meta meta;
    dy_chapter_vec chapters;
    sentence_vec *sentences; /* per chapter */
    size_t total_sentences;
    char *stem;  /* input name without extension */
    char *title; /* book title: front matter, else the input name */
    char language[4];   /* ISO 639-2, for the tags: "kaz" unless the front matter says */
    char bcp47[4];      /* the same for the pages: "kk" */
    const char *cover_mime; /* "image/jpeg" or "image/png" when there is a cover */
    char *cover;        /* the cover image's bytes */
    size_t cover_len;
    const dy_lexicon *lex; /* the user's lexicon, or NULL: its abbreviations split no sentence */
} book;

static void book_fini(book *b)
{
    for (size_t i = 0; i < b->chapters.len; i++) {
        dy_chapter_fini(&b->chapters.items[i]);
        if (b->sentences)
            DY_VEC_FREE(&b->sentences[i]);
    }
    free(b->sentences);
    DY_VEC_FREE(&b->chapters);
    for (size_t i = 0; i < b->nsources; i++)
        dy_source_fini(&b->sources[i]);
    free(b->sources);
    dy_meta_fini(&b->meta);
    free(b->stem);
    free(b->title);
    free(b->cover);
}

static bool is_text_file(const char *name)
{
    const char *ext = dy_path_ext(name);
    return !strcasecmp(ext, ".txt") || !strcasecmp(ext, ".md");
}

static dy_status book_split(book *b, dy_diag *d);

/* A file is a book; a folder is a book whose .txt/.md files are chapters, in name order;
 * "-" is a book read from standard input. */
static dy_status book_load(book *b, const char *input, const dy_lexicon *lex, dy_diag *d)
{
    memset(b, 0, sizeof *b);
    b->lex = lex;
    dy_path_kind kind = dy_path_kind_of(input);
    char **files = NULL;
    size_t nfiles = 0;
    dy_status st = DY_OK;
    if (!strcmp(input, "-")) {
        char *data;
        size_t len;
        st = dy_stdin_read(&data, &len, d);
        b->sources = dy_xcalloc(1, sizeof *b->sources);
        if (st == DY_OK)
            st = dy_source_from_memory(&b->sources[0], "<stdin>", data, len, d);
        free(data);
        if (st != DY_OK)
            return st;
        b->nsources = 1;
        b->stem = dy_xstrdup("stdin");
        st = dy_text_parse(&b->sources[0], &b->meta, b->stem, &b->chapters, d);
        return st == DY_OK ? book_split(b, d) : st;
    }
    if (kind == DY_PATH_NONE)
        return dy_diag_set(d, DY_ERR_NOTFOUND, input, 0, 0, "no such file or folder");
    if (kind == DY_PATH_DIR) {
        char **names;
        size_t n;
        st = dy_dir_list(input, &names, &n, d);
        if (st != DY_OK)
            return st;
        files = dy_xcalloc(n ? n : 1, sizeof *files);
        for (size_t i = 0; i < n; i++) {
            char *p = dy_path_join(input, names[i]);
            if (is_text_file(names[i]) && dy_path_kind_of(p) == DY_PATH_FILE)
                files[nfiles++] = p;
            else
                free(p);
            free(names[i]);
        }
        free(names);
        if (nfiles == 0) {
            free(files);
            return dy_diag_set(d, DY_ERR_INPUT, input, 0, 0, "the folder has no .txt or .md files");
        }
    } else {
        files = dy_xcalloc(1, sizeof *files);
        files[nfiles++] = dy_xstrdup(input);
    }
    char *raw = kind == DY_PATH_DIR ? dy_path_basename(input) : dy_path_stem(input);
    b->stem = dy_utf8_sanitize(raw); /* a title in the tags and the playlist: valid UTF-8 */
    free(raw);
    b->sources = dy_xcalloc(nfiles, sizeof *b->sources);
    for (size_t i = 0; i < nfiles && st == DY_OK; i++) {
        st = dy_source_load(&b->sources[i], files[i], d);
        if (st != DY_OK)
            break;
        b->nsources++;
        char *file_stem = dy_path_stem(files[i]);
        char *stem = dy_utf8_sanitize(file_stem);
        free(file_stem);
        if (kind == DY_PATH_DIR) { /* "01-Кіріспе": the number orders the files, the title is
                                      what follows it */
            size_t k = strspn(stem, "0123456789");
            size_t t = k + strspn(stem + k, "-_. ");
            if (k > 0 && t > k && stem[t] != '\0')
                memmove(stem, stem + t, strlen(stem + t) + 1);
        }
        st = dy_text_parse(&b->sources[i], &b->meta, kind == DY_PATH_DIR ? stem : b->stem,
                           &b->chapters, d);
        free(stem);
    }
    for (size_t i = 0; i < nfiles; i++)
        free(files[i]);
    free(files);
    return st == DY_OK ? book_split(b, d) : st;
}

/* front matter "language": an ISO 639-2 code (kaz, rus, eng ...) or the two-letter kk; the
 * pages say it in BCP 47 (the two-letter code where there is one) */
static dy_status book_language(book *b, dy_diag *d)
{
    static const char *const two[][2] = {{"kaz", "kk"}, {"rus", "ru"}, {"eng", "en"}, {"tur", "tr"},
                                         {"uzb", "uz"}, {"kir", "ky"}, {"deu", "de"}, {"fra", "fr"}};
    const char *l = b->meta.language;
    snprintf(b->language, sizeof b->language, "kaz");
    snprintf(b->bcp47, sizeof b->bcp47, "kk");
    if (!l || !strcmp(l, "kk") || !strcmp(l, "kaz"))
        return DY_OK;
    bool ok = strlen(l) == 3;
    for (int i = 0; ok && i < 3; i++)
        ok = l[i] >= 'a' && l[i] <= 'z';
    if (!ok)
        return dy_diag_set(d, DY_ERR_INPUT, b->sources[0].path, 0, 0,
                           "front matter: language '%s': write a three-letter ISO 639-2 code, such "
                           "as kaz", l);
    memcpy(b->language, l, 4);
    memcpy(b->bcp47, l, 4);
    for (size_t i = 0; i < sizeof two / sizeof *two; i++)
        if (!strcmp(l, two[i][0]))
            snprintf(b->bcp47, sizeof b->bcp47, "%s", two[i][1]);
    return DY_OK;
}

/* front matter "cover": a JPEG or PNG file, the path relative to the text's folder */
static dy_status book_cover(book *b, dy_diag *d)
{
    if (!b->meta.cover)
        return DY_OK;
    const char *src = b->sources[0].path;
    char *path;
    if (b->meta.cover[0] == '/' || !strchr(src, '/')) {
        path = dy_xstrdup(b->meta.cover);
    } else {
        char *dir = dy_xstrndup(src, (size_t)(strrchr(src, '/') - src));
        path = dy_path_join(dir, b->meta.cover);
        free(dir);
    }
    dy_diag inner = {0};
    dy_status st = DY_OK;
    dy_path_kind kind = dy_path_kind_of(path);
    if (kind != DY_PATH_FILE) /* not /dev/zero, not a folder */
        st = dy_diag_set(&inner, DY_ERR_NOTFOUND, path, 0, 0,
                         kind == DY_PATH_NONE ? "cannot open: No such file or directory"
                                              : "not a regular file");
    else
        st = dy_file_read(path, &b->cover, &b->cover_len, &inner);
    if (st == DY_OK && b->cover_len > COVER_MAX_BYTES) {
        /* the cover is copied into every file's tag */
        st = dy_diag_set(d, DY_ERR_INPUT, src, 0, 0,
                         "front matter: cover '%s' is larger than %d MB; use a smaller image",
                         path, COVER_MAX_BYTES >> 20);
        free(path);
        return st;
    }
    const unsigned char *c = (const unsigned char *)b->cover;
    if (st == DY_OK && b->cover_len >= 4 && c[0] == 0xFF && c[1] == 0xD8 && c[2] == 0xFF)
        b->cover_mime = "image/jpeg";
    else if (st == DY_OK && b->cover_len >= 8 && !memcmp(c, "\x89PNG\r\n\x1a\n", 8))
        b->cover_mime = "image/png";
    if (!b->cover_mime)
        st = dy_diag_set(d, DY_ERR_INPUT, src, 0, 0, "front matter: cover '%s': %s", path,
                         st != DY_OK ? inner.msg : "not a JPEG or PNG image");
    free(path);
    return st;
}

static dy_status book_split(book *b, dy_diag *d)
{
    b->title = dy_xstrdup(b->meta.title ? b->meta.title : b->stem);
    dy_status st = book_language(b, d);
    if (st == DY_OK)
        st = book_cover(b, d);
    if (st != DY_OK)
        return st;
    b->sentences = dy_xcalloc(b->chapters.len, sizeof *b->sentences);
    dy_span_vec spans = {0};
    for (size_t c = 0; c < b->chapters.len; c++) {
        const dy_chapter *ch = &b->chapters.items[c];
        for (size_t p = 0; p < ch->paras.len; p++) {
            spans.len = 0;
            dy_sentence_split_lex(ch->src->data, ch->paras.items[p], b->lex, &spans);
            for (size_t k = 0; k < spans.len; k++) {
                sentence_ref *r = DY_VEC_PUSH(&b->sentences[c]);
                r->span = spans.items[k];
                r->ends_paragraph = k + 1 == spans.len;
            }
        }
        b->total_sentences += b->sentences[c].len;
    }
    DY_VEC_FREE(&spans);
    /* symbols alone ("* * *") say nothing: such a book is refused like an empty one */
    for (size_t c = 0; c < b->chapters.len; c++) {
        const char *t = b->chapters.items[c].src->data;
        for (size_t i = 0; i < b->sentences[c].len; i++) {
            dy_span sp = b->sentences[c].items[i].span;
            for (size_t k = sp.start; k < sp.end;) {
                int32_t cp = dy_utf8_next(t, sp.end, &k);
                if (dy_is_letter(cp) || (cp >= '0' && cp <= '9'))
                    return DY_OK;
            }
        }
    }
    return dy_diag_set(d, DY_ERR_INPUT, b->sources[0].path, 0, 0, "there is no text to read");
}

/* ---- an MP3 file assembled from segments ---------------------------------------------- */

typedef struct file_out {
    char *path;
    dy_outfile *file;
    dy_wav *wav;
    dy_mp3_params mp3;
    uint64_t info_at;    /* the Info frame goes right after the ID3 tag */
    size_t info_size;
    dy_mp3_stream stream;
    uint64_t wav_owed;   /* zeros the WAV owes before the next segment (its decoding's tail) */
    dy_gate *gate;       /* loudness of what was written, for the report */
    double peak_dbtp;
} file_out;

static void out_abort(file_out *o)
{
    dy_outfile_abort(o->file);
    dy_wav_abort(o->wav);
    dy_mp3_stream_fini(&o->stream);
    dy_gate_free(o->gate);
    free(o->path);
    memset(o, 0, sizeof *o);
}

/* Opens path (and wav_path, when given) and writes the tag and room for the Info frame. */
static dy_status out_open(file_out *o, const char *path, const char *wav_path, int rate,
                          const dy_settings *s, const dy_id3_tag *tag, dy_diag *d)
{
    memset(o, 0, sizeof *o);
    o->path = dy_xstrdup(path);
    o->mp3 = (dy_mp3_params){rate, s->bitrate, s->quality};
    o->gate = dy_gate_new();
    o->peak_dbtp = -HUGE_VAL;
    o->info_size = dy_mp3_info_size(&o->mp3);
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
        out_abort(o);
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
static dy_status out_close(file_out *o, const dy_id3_tag *final_tag, uint64_t *bytes, dy_diag *d)
{
    uint8_t info[2880];
    size_t n = dy_mp3_info_frame(&o->mp3, &o->stream, info, sizeof info);
    dy_status st = n == o->info_size ? dy_outfile_pwrite(o->file, info, n, o->info_at, d)
                                     : dy_diag_set(d, DY_ERR_ENCODE, o->path, 0, 0,
                                                   "internal error: no Info frame");
    if (st == DY_OK && final_tag) {
        dy_buf tag = {0};
        dy_id3_serialize(final_tag, 512, &tag);
        st = tag.len == o->info_at ? dy_outfile_pwrite(o->file, tag.data, tag.len, 0, d)
                                   : dy_diag_set(d, DY_ERR_IO, o->path, 0, 0,
                                                 "internal error: the tag changed size");
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
    out_abort(o);
    return st;
}

/* ---- speaking ------------------------------------------------------------------------ */

/* LAME at 64 kbps lowers the integrated loudness of eSpeak's speech by about 0.44 LU and its
 * peaks overshoot by up to 0.3 dB (measured on the sample with kk and kk+f3): the gain aims that
 * much higher and the limiter that much lower, so the MP3 lands on the targets. */
#define MP3_LOUDNESS_LOSS 0.4
#define MP3_PEAK_OVERSHOOT 0.5
/* Bump when the calibration changes (its text, how it is measured). */
#define CALIBRATION_FORMAT 1

/* The voice's gain: speaks the calibration paragraph sentence by sentence with the preset's
 * pauses, as a book is read, and measures it. eSpeak's level is steady, so one gain serves every
 * sentence of every book in this voice (and a cached sentence never depends on the others). The
 * gain is kept in the cache under everything it depends on. */
static dy_status calibrate(dy_synth *synth, int rate, const dy_preset *p, dy_cache *cache,
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
        char *sentence = dy_xstrndup(text + spans.items[i].start, spans.items[i].end - spans.items[i].start);
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

/* The text a chapter title is read from: the heading in its source, or the title string
 * itself (a front-matter title); *span is the title within it. */
static const char *title_text(const dy_chapter *ch, dy_span *span)
{
    if (ch->title_span.end) {
        *span = ch->title_span;
        return ch->src->data;
    }
    *span = (dy_span){0, strlen(ch->title)};
    return ch->title;
}

/* One utterance of the book, in reading order: a chapter's spoken title or a sentence. */
enum { ITEM_WAITING, ITEM_RUNNING, ITEM_READY };
typedef struct item {
    size_t chapter;
    const char *text; /* the source it is read from, and where */
    dy_span span;
    double pause;     /* seconds of silence after it */
    bool title;
    int state;
    dy_key key;       /* its segment's cache key, once scheduled */
    dy_buf data;      /* once ready: its segment record (and PCM) */
    dy_seg seg;
} item;

typedef struct silence_seg {
    dy_buf mp3;
    uint16_t crc;
} silence_seg;

typedef struct builder {
    const dy_settings *s;
    size_t warnings; /* chapters with nothing to say */
    double gain;                /* the voice's calibrated gain, the same for every sentence */
    dy_loudness_params limiter; /* the true-peak ceiling given to the limiter */
    dy_norm_opts norm;
    const dy_callbacks *cb;
    dy_synth *synth;
    dy_cache *cache;  /* or NULL */
    dy_pool *pool;
    int jobs;
    int rate;
    dy_mp3_params mp3;
    DY_VEC(item) items;
    size_t next;      /* the first item not yet scheduled */
    dy_utt utt;
    dy_span_vec pieces;
    DY_VEC(silence_seg) silence; /* silence segments made so far, by length in frames */
    file_out chapter_out, book_out;
    size_t reused, made, damaged;
    dy_progress progress;
} builder;

static bool cancelled(const builder *b)
{
    return b->cb && b->cb->cancelled && b->cb->cancelled(b->cb->user);
}

/* Items are scheduled at most this far ahead of the one being written: the workers stay busy
 * past a long sentence, and memory stays bounded. */
static size_t window(const builder *b) { return 4 * (size_t)b->jobs + 4; }

/* Normalizes item i and either finds its segment in the cache or starts a worker on it. */
static dy_status schedule(builder *b, size_t i, dy_diag *d)
{
    item *it = &b->items.items[i];
    b->utt.src = it->span;
    dy_normalize_with(it->text, &b->utt, &b->norm);
    b->pieces.len = 0;
    dy_normalize_chunks(&b->utt, MAX_PIECE_BYTES, &b->pieces);
    dy_seg_spec spec = {b->synth, &b->s->preset.voice, b->utt.spoken.data ? b->utt.spoken.data : "",
                        b->pieces.items, b->pieces.len, b->rate, b->gain, b->limiter, b->mp3,
                        b->s->wav};
    it->key = dy_seg_key(&spec);
    bool damaged = false;
    /* with --wav every segment is made again: the cache keeps no PCM */
    if (b->cache && !b->s->wav && dy_cache_get(b->cache, &it->key, &it->data, &damaged)) {
        if (dy_seg_parse(it->data.data, it->data.len, false, &it->seg)) {
            it->state = ITEM_READY;
            b->reused++;
            return DY_OK;
        }
        damaged = true; /* a whole entry that is not a segment */
        dy_buf_clear(&it->data);
    }
    b->damaged += damaged;
    it->state = ITEM_RUNNING;
    return dy_pool_start(b->pool, dy_seg_make, &spec, i, d);
}

/* Runs the workers until item i is ready, scheduling ahead of it. */
static dy_status await(builder *b, size_t i, dy_diag *d)
{
    dy_status st = DY_OK;
    for (;;) {
        while (st == DY_OK && b->next < b->items.len && b->next < i + window(b) &&
               dy_pool_running(b->pool) < (size_t)b->jobs)
            st = schedule(b, b->next++, d);
        if (st != DY_OK || b->items.items[i].state == ITEM_READY)
            return st;
        if (cancelled(b))
            return dy_diag_set(d, DY_ERR_CANCELLED, NULL, 0, 0, "interrupted");
        size_t id;
        dy_buf out = {0};
        st = dy_pool_wait(b->pool, &id, &out, d);
        item *it = &b->items.items[id];
        it->data = out;
        if (st == DY_OK && !dy_seg_parse(out.data, out.len, b->s->wav, &it->seg))
            st = dy_diag_set(d, DY_ERR_SYNTH, NULL, 0, 0,
                             "internal error: a worker returned a damaged segment");
        if (st != DY_OK)
            return st;
        it->state = ITEM_READY;
        b->made++;
        if (b->cache) /* a cache that cannot be written only costs time */
            dy_cache_put(b->cache, &it->key, it->data.data, it->seg.record_len, &(dy_diag){0});
    }
}

/* The book's metadata, in every file's tag: title (given), album, author, year, genre, language,
 * description, narrator, cover, encoder. */
static dy_id3_tag *book_metadata_tag(const book *bk, const char *title)
{
    dy_id3_tag *tag = dy_id3_new();
    dy_id3_set_text(tag, "TIT2", title);
    dy_id3_set_text(tag, "TALB", bk->title);
    dy_id3_set_text(tag, "TPE1", bk->meta.author);
    const char *year = bk->meta.year;
    if (year && strlen(year) == 4 && strspn(year, "0123456789") == 4) /* TYER is 4 digits */
        dy_id3_set_text(tag, "TYER", year);
    dy_id3_set_comment(tag, bk->language, bk->meta.description);
    dy_id3_set_text(tag, "TCON", "Audiobook");
    dy_id3_set_text(tag, "TLAN", bk->language);
    dy_id3_set_user_text(tag, "NARRATOR", bk->meta.narrator);
    dy_id3_set_text(tag, "TSSE", "dauys " DY_VERSION);
    if (bk->cover_mime)
        dy_id3_set_picture(tag, bk->cover_mime, bk->cover, bk->cover_len);
    return tag;
}

static dy_id3_tag *chapter_tag(const book *bk, size_t c)
{
    dy_id3_tag *tag = book_metadata_tag(bk, bk->chapters.items[c].title);
    char track[64];
    snprintf(track, sizeof track, "%zu/%zu", c + 1, bk->chapters.len);
    dy_id3_set_text(tag, "TRCK", track);
    return tag;
}

/* The single book file's tag: the book's metadata, a CHAP per chapter (times from tl once they
 * are known, zeros before: the frames keep their size) and the table of contents. */
static dy_id3_tag *book_tag(const book *bk, const dy_timeline *tl)
{
    dy_id3_tag *tag = book_metadata_tag(bk, bk->title);
    for (size_t c = 0; c < bk->chapters.len; c++) {
        char id[32]; /* "ch1", "ch2" ... */
        snprintf(id, sizeof id, "ch%zu", c + 1);
        uint32_t start = 0, end = 0;
        if (tl && c < tl->chapters.len) {
            const dy_tl_chapter *tc = &tl->chapters.items[c];
            start = (uint32_t)dy_tl_ms(tl, tc->book_start);
            /* to the next chapter's start: the book file keeps the silence that ends a
             * chapter's own file */
            uint64_t len = c + 1 < tl->chapters.len ? tc->book_samples : tc->samples;
            end = (uint32_t)dy_tl_ms(tl, tc->book_start + len);
        }
        dy_id3_add_chapter(tag, id, start, end, bk->chapters.items[c].title);
    }
    dy_id3_add_toc(tag, "toc", bk->title);
    return tag;
}

static dy_status write_timings(const char *dir, const dy_timeline *tl, size_t c, const book *bk,
                               dy_diag *d);

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
static dy_status emit_item(builder *b, dy_tl_chapter *tc, size_t i, dy_diag *d)
{
    item *it = &b->items.items[i];
    const dy_seg *g = &it->seg;
    dy_status st = DY_OK;
    if (g->speech > 0) {
        uint64_t start = out_position(&b->chapter_out);
        st = emit(b, g->mp3, g->mp3_len, g->crc, g->frames, g->input, g->pcm, d);
        if (st == DY_OK && !it->title)
            *DY_VEC_PUSH(&tc->sentences) = (dy_tl_sentence){it->span, start, start + g->speech};
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
        b->progress.sentences_done++;
        b->progress.audio_seconds += (double)g->speech / b->rate;
        if (b->cb && b->cb->progress)
            b->cb->progress(&b->progress, b->cb->user);
    }
    dy_seg_fini(&it->seg);
    dy_buf_fini(&it->data);
    return st;
}

static dy_status write_timings(const char *dir, const dy_timeline *tl, size_t c, const book *bk,
                               dy_diag *d);

/* The items of chapter c: its title, when it is spoken, and its sentences. */
static void add_items(builder *b, const book *bk, size_t c)
{
    const dy_chapter *ch = &bk->chapters.items[c];
    if (ch->title_spoken) {
        item *it = DY_VEC_PUSH(&b->items);
        memset(it, 0, sizeof *it);
        it->chapter = c;
        it->text = title_text(ch, &it->span);
        it->pause = b->s->preset.title_pause;
        it->title = true;
    }
    const sentence_vec *sents = &bk->sentences[c];
    for (size_t i = 0; i < sents->len; i++) {
        item *it = DY_VEC_PUSH(&b->items);
        memset(it, 0, sizeof *it);
        it->chapter = c;
        it->text = ch->src->data;
        it->span = sents->items[i].span;
        it->pause = sents->items[i].ends_paragraph ? b->s->preset.paragraph_pause
                                                   : b->s->preset.sentence_pause;
    }
}

/* Chapter c: its items from *next on, into its own file and the book's. */
static dy_status build_chapter(builder *b, const book *bk, size_t c, const char *dir,
                               dy_timeline *tl, size_t *next, uint64_t *bytes, dy_diag *d)
{
    const dy_chapter *ch = &bk->chapters.items[c];
    int width = 2; /* at least two digits, more when there are more chapters: names sort */
    for (size_t n = bk->chapters.len; n >= 100; n /= 10)
        width++;
    dy_buf slug = {0}, name = {0};
    dy_slug(&slug, ch->title, SLUG_MAX);
    dy_buf_printf(&name, "%0*zu-%s", width, c + 1, slug.data);
    dy_buf_fini(&slug);
    char *base = dy_path_basename(dir);
    if (!strcmp(name.data, base)) /* "01-kirispe.txt" whose first chapter is "Кіріспе" */
        dy_buf_puts(&name, "-chapter");
    free(base);
    dy_buf mp3_name = {0}, wav_name = {0};
    dy_buf_printf(&mp3_name, "%s.mp3", name.data);
    dy_buf_printf(&wav_name, "%s.wav", name.data);
    char *mp3_path = dy_path_join(dir, mp3_name.data);
    char *wav_path = b->s->wav ? dy_path_join(dir, wav_name.data) : NULL;
    dy_buf_fini(&name);
    dy_buf_fini(&wav_name);

    dy_tl_chapter *tc = DY_VEC_PUSH(&tl->chapters);
    tc->title = dy_xstrdup(ch->title);
    tc->file = mp3_name.data;
    tc->text = ch->src->data;
    tc->book_start = out_position(&b->book_out);

    dy_id3_tag *tag = chapter_tag(bk, c);
    dy_status st = out_open(&b->chapter_out, mp3_path, wav_path, b->rate, b->s, tag, d);
    dy_id3_free(tag);
    free(mp3_path);
    free(wav_path);
    if (st != DY_OK)
        return st;
    b->progress.chapter = c + 1;
    for (; *next < b->items.len && b->items.items[*next].chapter == c && st == DY_OK; ++*next) {
        if (cancelled(b)) {
            st = dy_diag_set(d, DY_ERR_CANCELLED, NULL, 0, 0, "interrupted");
            break;
        }
        st = await(b, *next, d);
        if (st == DY_OK)
            st = emit_item(b, tc, *next, d);
    }
    if (st == DY_OK && b->chapter_out.stream.frames == 0) {
        /* a chapter with nothing to say: a moment of silence */
        st = emit_pause(b, dy_pcm_samples(b->s->preset.sentence_pause, b->rate) + DY_MP3_TAIL, d);
        b->warnings++;
    }
    if (st != DY_OK) {
        out_abort(&b->chapter_out);
        return st;
    }
    tc->samples = dy_mp3_stream_samples(&b->chapter_out.stream);
    tc->book_samples = out_position(&b->chapter_out);
    double lufs = dy_gate_lufs(b->chapter_out.gate), peak = b->chapter_out.peak_dbtp;
    char *path = dy_xstrdup(b->chapter_out.path);
    st = out_close(&b->chapter_out, NULL, bytes, d);
    if (st == DY_OK) /* at once: never beside an MP3 of another build */
        st = write_timings(dir, tl, c, bk, d);
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

/* The lexicons that apply to the book at input, in the order they are applied (a later entry
 * wins): "<dir>/<stem>.lexicon" beside a text file, or the *.lexicon files inside a folder
 * book, then s->lexicon. Fills *out (a new lexicon the caller frees); a malformed lexicon is
 * DY_ERR_INPUT naming file:line. */
static dy_status book_lexicon(const char *input, const dy_settings *s, dy_lexicon **out, dy_diag *d)
{
    dy_lexicon *lex = dy_lexicon_new();
    dy_status st = DY_OK;
    if (dy_path_kind_of(input) == DY_PATH_DIR) {
        char **names;
        size_t n;
        st = dy_dir_list(input, &names, &n, d);
        for (size_t i = 0; i < n; i++) {
            if (st == DY_OK && !strcmp(dy_path_ext(names[i]), ".lexicon")) {
                char *p = dy_path_join(input, names[i]);
                st = dy_lexicon_load(lex, p, d);
                free(p);
            }
            free(names[i]);
        }
        free(names);
    } else if (strcmp(input, "-") != 0) {
        /* texts/kitap.txt -> texts/kitap.lexicon */
        const char *ext = dy_path_ext(input);
        dy_buf p = {0};
        dy_buf_append(&p, input, strlen(input) - strlen(ext));
        dy_buf_puts(&p, ".lexicon");
        if (dy_path_kind_of(p.data) == DY_PATH_FILE)
            st = dy_lexicon_load(lex, p.data, d);
        dy_buf_fini(&p);
    }
    if (st == DY_OK && s && s->lexicon)
        st = dy_lexicon_load(lex, s->lexicon, d);
    if (st != DY_OK) {
        dy_lexicon_free(lex);
        lex = NULL;
    }
    *out = lex;
    return st;
}

/* "<dir>/<folder name><ext>": the book's own files (the single MP3, the playlist ...). */
static char *book_file(const char *dir, const char *ext)
{
    char *base = dy_path_basename(dir);
    dy_buf name = {0};
    dy_buf_printf(&name, "%s%s", base, ext);
    char *path = dy_path_join(dir, name.data);
    free(base);
    dy_buf_fini(&name);
    return path;
}

/* The WebVTT and LRC sentence timings of chapter c (DY_TL_BOOK: of the book file), beside its
 * MP3 with the same name, so players pick them up. */
static dy_status write_timings(const char *dir, const dy_timeline *tl, size_t c, const book *bk,
                               dy_diag *d)
{
    bool whole = c == DY_TL_BOOK;
    const char *title = whole ? bk->title : tl->chapters.items[c].title;
    dy_status st = DY_OK;
    for (int k = 0; k < 2 && st == DY_OK; k++) {
        const char *ext = k == 0 ? ".vtt" : ".lrc";
        char *path;
        if (whole) {
            path = book_file(dir, ext);
        } else {
            const char *mp3 = tl->chapters.items[c].file;
            dy_buf name = {0};
            dy_buf_append(&name, mp3, strlen(mp3) - strlen(".mp3"));
            dy_buf_puts(&name, ext);
            path = dy_path_join(dir, name.data);
            dy_buf_fini(&name);
        }
        st = k == 0 ? dy_vtt_write(path, tl, c, d)
                    : dy_lrc_write(path, tl, c, title, bk->meta.author, d);
        free(path);
    }
    return st;
}

/* The book-level files that read the timeline: the playlist, the book file's timings and its cue
 * sheet (at most 99 tracks: a longer book gets none, as the format allows no more). */
static dy_status write_book_timings(const char *dir, const dy_timeline *tl, const book *bk, dy_diag *d)
{
    char *path = book_file(dir, ".m3u8");
    dy_status st = dy_playlist_write(path, tl, bk->title, bk->meta.author, d);
    free(path);
    if (st == DY_OK) { /* the read-along page: the book's text and its chapter files */
        path = book_file(dir, ".html");
        st = dy_readalong_write(path, tl, bk->title, bk->meta.author, bk->bcp47, d);
        free(path);
    }
    if (st == DY_OK)
        st = write_timings(dir, tl, DY_TL_BOOK, bk, d);
    if (st == DY_OK) {
        path = book_file(dir, ".cue");
        if (tl->chapters.len <= 99) {
            char *mp3 = book_file(dir, ".mp3");
            char *mp3_name = dy_path_basename(mp3);
            st = dy_cue_write(path, tl, mp3_name, bk->title, bk->meta.author, d);
            free(mp3_name);
            free(mp3);
        } else {
            st = dy_file_remove(path, d); /* an earlier build's would name the wrong tracks */
        }
        free(path);
    }
    return st;
}

/* The book's date for DAISY and EPUB, "YYYY-MM-DD": January 1st of the front matter's year,
 * else the day its first text file was last changed (for standard input, 2000-01-01). Never
 * the clock: the same text gives the same bytes. */
static void book_date(const book *bk, char out[16])
{
    const char *year = bk->meta.year;
    if (year && strlen(year) == 4 && strspn(year, "0123456789") == 4)
        snprintf(out, 16, "%s-01-01", year);
    else if (!dy_file_date(bk->sources[0].path, out))
        snprintf(out, 16, "2000-01-01");
}

/* 16 bytes that identify the book and stay the same from one build to the next. */
static dy_key book_id(const book *bk)
{
    dy_buf id = {0};
    dy_buf_printf(&id, "%s\n%s", bk->title, bk->meta.author ? bk->meta.author : "");
    dy_key k = dy_cache_key(id.data, id.len);
    dy_buf_fini(&id);
    return k;
}

/* "eSpeak NG kk+f3, synthetic voice": the narrator the accessible books name */
static char *narrator(const dy_voice_params *v)
{
    dy_buf b = {0};
    dy_buf_printf(&b, "eSpeak NG %s%s%s, synthetic voice", v->espeak_voice, v->variant[0] ? "+" : "",
                  v->variant);
    return b.data;
}

/* The EPUB 3 book with media overlays, <dir>/<book>.epub. */
static dy_status write_epub(const char *dir, const dy_timeline *tl, const book *bk,
                            const dy_voice_params *v, dy_diag *d)
{
    dy_key k = book_id(bk);
    char date[16], modified[32]; /* from the text, not the clock (see book_date) */
    book_date(bk, date);
    snprintf(modified, sizeof modified, "%sT00:00:00Z", date);
    char *voice = narrator(v);
    dy_epub_meta m = {bk->title, bk->meta.author, bk->bcp47, voice, k.b, modified,
                      bk->cover_mime, bk->cover, bk->cover_len};
    char *path = book_file(dir, ".epub");
    dy_status st = dy_epub_write(path, dir, tl, &m, d);
    free(path);
    free(voice);
    return st;
}

/* Removes <dir>/daisy/ of an earlier build: the files a DAISY book of dauys holds, then the
 * folder if nothing else is in it. */
static dy_status remove_daisy(const char *dir, dy_diag *d)
{
    char *daisy = dy_path_join(dir, "daisy");
    if (dy_path_kind_of(daisy) != DY_PATH_DIR) {
        free(daisy);
        return DY_OK;
    }
    char **names;
    size_t n;
    dy_status st = dy_dir_list(daisy, &names, &n, d);
    for (size_t i = 0; i < n; i++) {
        const char *ext = dy_path_ext(names[i]);
        if (st == DY_OK && (!strcmp(ext, ".smil") || !strcmp(ext, ".mp3") ||
                            !strcmp(names[i], "ncc.html") || !strcmp(names[i], "content.html"))) {
            char *p = dy_path_join(daisy, names[i]);
            st = dy_file_remove(p, d);
            free(p);
        }
        free(names[i]);
    }
    free(names);
    if (st == DY_OK)
        st = dy_dir_remove(daisy, d);
    free(daisy);
    return st;
}

/* The DAISY 2.02 book, in <dir>/daisy/. */
static dy_status write_daisy(const char *dir, const dy_timeline *tl, const book *bk,
                             const dy_voice_params *v, dy_diag *d)
{
    dy_key k = book_id(bk);
    dy_buf id = {0};
    dy_buf_puts(&id, "dauys-");
    for (int i = 0; i < 8; i++)
        dy_buf_printf(&id, "%02x", k.b[i]);
    char date[16];
    book_date(bk, date);
    char *voice = narrator(v);
    dy_daisy_meta m = {bk->title, bk->meta.author, date, bk->bcp47, voice, id.data};
    char *daisy = dy_path_join(dir, "daisy");
    dy_status st = dy_daisy_write(daisy, dir, tl, &m, d);
    free(daisy);
    dy_buf_fini(&id);
    free(voice);
    return st;
}

dy_status dy_book_inputs(const char *input, dy_folder_mode mode, char ***books, size_t *count,
                         dy_diag *d)
{
    if (strcmp(input, "-") == 0 || dy_path_kind_of(input) != DY_PATH_DIR || mode == DY_FOLDER_BOOK) {
        *books = dy_xrealloc(*books, (*count + 1) * sizeof **books);
        (*books)[(*count)++] = dy_xstrdup(input);
        return DY_OK;
    }
    char **names;
    size_t n;
    dy_status st = dy_dir_list(input, &names, &n, d);
    if (st != DY_OK)
        return st;
    /* AUTO: numbered text files are the chapters of one book; named ones are books */
    bool numbered = true, any_text = false;
    for (size_t i = 0; i < n; i++) {
        char *p = dy_path_join(input, names[i]);
        if (is_text_file(names[i]) && dy_path_kind_of(p) == DY_PATH_FILE) {
            any_text = true;
            numbered &= names[i][0] >= '0' && names[i][0] <= '9';
        }
        free(p);
    }
    bool library = mode == DY_FOLDER_LIBRARY || (any_text && !numbered);
    size_t before = *count;
    for (size_t i = 0; i < n; i++) {
        char *p = dy_path_join(input, names[i]);
        dy_path_kind k = dy_path_kind_of(p);
        if (library && ((k == DY_PATH_FILE && is_text_file(names[i])) || k == DY_PATH_DIR)) {
            *books = dy_xrealloc(*books, (*count + 1) * sizeof **books);
            (*books)[(*count)++] = p;
        } else {
            free(p);
        }
        free(names[i]);
    }
    free(names);
    if (!library) {
        *books = dy_xrealloc(*books, (*count + 1) * sizeof **books);
        (*books)[(*count)++] = dy_xstrdup(input);
    } else if (*count == before) {
        return dy_diag_set(d, DY_ERR_INPUT, input, 0, 0, "the folder has no books (.txt or .md "
                           "files, or folders of them)");
    }
    return DY_OK;
}

char *dy_book_folder_name(const char *input)
{
    char *stem = !strcmp(input, "-") ? dy_xstrdup("stdin")
                 : dy_path_kind_of(input) == DY_PATH_DIR ? dy_path_basename(input)
                                                          : dy_path_stem(input);
    dy_buf slug = {0};
    dy_slug(&slug, stem, SLUG_MAX);
    free(stem);
    return slug.data;
}

/* Is name one of the book's own files ("<folder>.mp3", ".vtt" ...), which may also start with
 * digits and a hyphen ("2020-kitap")? */
static bool is_book_file(const char *dir, const char *name)
{
    char *base = dy_path_basename(dir);
    size_t n = strlen(base);
    bool own = !strncmp(name, base, n) && name[n] == '.' && !strchr(name + n + 1, '.');
    free(base);
    return own;
}

/* Chapter files look like "NN-slug.mp3" / "NN-slug.wav": those of an earlier build that this
 * one did not write are stale (a chapter renamed or removed, --wav dropped). */
static dy_status remove_stale(const char *dir, const dy_timeline *tl, bool wav, dy_diag *d)
{
    char **names;
    size_t n;
    dy_status st = dy_dir_list(dir, &names, &n, d);
    for (size_t i = 0; i < n; i++) {
        const char *name = names[i];
        const char *ext = dy_path_ext(name);
        size_t digits = strspn(name, "0123456789");
        bool ours = digits > 0 && name[digits] == '-' && !is_book_file(dir, name) &&
                    (!strcmp(ext, ".mp3") || !strcmp(ext, ".wav") || !strcmp(ext, ".vtt") ||
                     !strcmp(ext, ".lrc"));
        bool current = false;
        for (size_t c = 0; c < tl->chapters.len && ours && !current; c++) {
            const char *file = tl->chapters.items[c].file; /* "NN-slug.mp3" */
            size_t stem = strlen(file) - strlen(".mp3");
            current = !strncmp(name, file, stem) && strlen(name) == strlen(file) &&
                      (strcmp(name + stem, ".wav") != 0 || wav);
        }
        if (ours && !current && st == DY_OK) {
            char *path = dy_path_join(dir, name);
            st = dy_file_remove(path, d);
            free(path);
        }
        free(names[i]);
    }
    free(names);
    return st;
}

dy_status dy_book_build(const char *input, const dy_settings *s, const dy_callbacks *cb,
                        dy_book_report *report, dy_diag *d)
{
    memset(report, 0, sizeof *report);
    dy_status st = dy_settings_check(s, d);
    if (st != DY_OK)
        return st;
    dy_lexicon *lex;
    st = book_lexicon(input, s, &lex, d);
    if (st != DY_OK)
        return st;
    book bk;
    st = book_load(&bk, input, lex, d);
    if (st != DY_OK) {
        dy_lexicon_free(lex);
        book_fini(&bk);
        return st;
    }
    /* eSpeak knows the voice, or nothing is written */
    dy_synth *synth;
    st = dy_synth_new(&synth, &s->preset.voice, d);
    if (st != DY_OK) {
        dy_lexicon_free(lex);
        book_fini(&bk);
        return st;
    }
    char *folder = dy_book_folder_name(input);
    char *dir = dy_path_join(s->output_dir, folder);
    free(folder);
    st = dy_mkdirs(dir, d);
    /* one build of a book at a time: another would sweep this one's temporary files */
    dy_lock *lock = NULL;
    if (st == DY_OK)
        st = dy_lock_take(&lock, dir, d);
    if (st != DY_OK) {
        dy_synth_free(synth);
        free(dir);
        dy_lexicon_free(lex);
        book_fini(&bk);
        return st;
    }
    dy_outfile_sweep(dir);

    builder b = {.s = s, .cb = cb, .norm = {lex, s->no_latin_voice}};
    b.jobs = s->jobs > 0 ? s->jobs : dy_cpu_count();
    b.cache = s->cache_dir ? dy_cache_open(s->cache_dir) : NULL;
    b.pool = dy_pool_new();
    b.synth = synth;
    dy_timeline tl = {0};
    if (st == DY_OK) {
        b.rate = dy_synth_rate(b.synth);
        b.mp3 = (dy_mp3_params){b.rate, s->bitrate, s->quality};
        tl.rate = b.rate;
        b.limiter = s->preset.loudness;
        b.limiter.peak_dbtp -= MP3_PEAK_OVERSHOOT;
        st = calibrate(b.synth, b.rate, &s->preset, b.cache, &b.gain, &b.damaged, d);
        b.progress.book = dir;
        b.progress.chapters = bk.chapters.len;
        b.progress.sentences_total = bk.total_sentences;
    }
    for (size_t c = 0; c < bk.chapters.len; c++)
        add_items(&b, &bk, c);
    /* the single book file gets every segment of every chapter, with chapter marks */
    char *book_mp3 = book_file(dir, ".mp3");
    if (st == DY_OK) {
        dy_id3_tag *tag = book_tag(&bk, NULL);
        st = out_open(&b.book_out, book_mp3, NULL, b.rate, s, tag, d);
        dy_id3_free(tag);
    }
    free(book_mp3);
    bool book_open = st == DY_OK;
    uint64_t total_bytes = 0;
    size_t next = 0;
    for (size_t c = 0; c < bk.chapters.len && st == DY_OK; c++) {
        uint64_t bytes = 0;
        st = build_chapter(&b, &bk, c, dir, &tl, &next, &bytes, d);
        total_bytes += bytes;
    }
    dy_pool_free(b.pool); /* stops the workers still running after a failure */
    if (st == DY_OK) {
        report->lufs = dy_gate_lufs(b.book_out.gate);
        report->peak_dbtp = b.book_out.peak_dbtp;
        dy_id3_tag *tag = book_tag(&bk, &tl);
        st = out_close(&b.book_out, tag, &report->book_bytes, d);
        dy_id3_free(tag);
    } else if (book_open) {
        out_abort(&b.book_out);
    }
    if (st == DY_OK)
        st = write_book_timings(dir, &tl, &bk, d);
    if (st == DY_OK && s->daisy)
        st = write_daisy(dir, &tl, &bk, &s->preset.voice, d);
    if (st == DY_OK && s->epub)
        st = write_epub(dir, &tl, &bk, &s->preset.voice, d);
    if (st == DY_OK)
        st = remove_stale(dir, &tl, s->wav, d);
    if (st == DY_OK && !s->epub) { /* an earlier build's, no longer asked for */
        char *epub = book_file(dir, ".epub");
        st = dy_file_remove(epub, d);
        free(epub);
    }
    if (st == DY_OK && !s->daisy)
        st = remove_daisy(dir, d);
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
        report->synthesized = b.made;
        report->damaged = b.damaged;
    }
    for (size_t i = 0; i < b.items.len; i++) {
        dy_seg_fini(&b.items.items[i].seg);
        dy_buf_fini(&b.items.items[i].data);
    }
    DY_VEC_FREE(&b.items);
    for (size_t i = 0; i < b.silence.len; i++)
        dy_buf_fini(&b.silence.items[i].mp3);
    DY_VEC_FREE(&b.silence);
    dy_cache_close(b.cache);
    dy_synth_free(b.synth);
    dy_utt_fini(&b.utt);
    DY_VEC_FREE(&b.pieces);
    dy_timeline_fini(&tl);
    dy_lock_release(lock);
    free(dir);
    dy_lexicon_free(lex);
    book_fini(&bk);
    return st;
}

dy_status dy_book_normalize(const char *input, const dy_settings *s, dy_sentence_fn fn, void *user,
                            dy_diag *d)
{
    book bk;
    dy_lexicon *lex = NULL;
    dy_status st = book_lexicon(input, s, &lex, d);
    if (st == DY_OK)
        st = book_load(&bk, input, lex, d);
    else
        memset(&bk, 0, sizeof bk);
    dy_norm_opts opts = {lex, s->no_latin_voice};
    dy_utt u = {0};
    for (size_t c = 0; st == DY_OK && c < bk.chapters.len; c++) {
        const dy_chapter *ch = &bk.chapters.items[c];
        if (ch->title_spoken) {
            const char *text = title_text(ch, &u.src);
            dy_normalize_with(text, &u, &opts);
            fn(text, &u, true, user);
        }
        for (size_t i = 0; i < bk.sentences[c].len; i++) {
            u.src = bk.sentences[c].items[i].span;
            dy_normalize_with(ch->src->data, &u, &opts);
            fn(ch->src->data, &u, false, user);
        }
    }
    dy_utt_fini(&u);
    dy_lexicon_free(lex);
    book_fini(&bk);
    return st;
}
