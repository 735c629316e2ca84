/* What the files of src/book share and nothing outside it sees: the book in memory (input.c),
 * the voice's gain (calibrate.c), an MP3 file being assembled (assemble.c), the builder that
 * schedules the workers (schedule.c) and joins their segments into chapters (assemble.c), the
 * tags (tags.c) and the writers' calls (outputs.c), all driven by dy_book_build (book.c). */
#ifndef DY_BOOK_INTERNAL_H
#define DY_BOOK_INTERNAL_H

#include "book/book.h"
#include "book/timeline.h"
#include "core/cache.h"
#include "core/platform.h"
#include "audio/id3.h"
#include "audio/loudness.h"
#include "audio/mp3.h"
#include "audio/segment.h"
#include "audio/wav.h"
#include "kk/lexicon.h"
#include "normalize/normalize.h"
#include "text/text.h"

/* eSpeak reads a clause of more than a few hundred characters badly (its clause buffer is
 * limited and it then breaks at an arbitrary word); longer sentences are read in pieces cut at
 * clause boundaries, with the pause eSpeak itself makes at a comma between them. */
#define MAX_PIECE_BYTES 600
/* A sentence of more than PART_SOURCE_BYTES of source is spoken as several segments ("parts"),
 * cut between those pieces once a part's spoken text would pass PART_SPOKEN_BYTES (about 300
 * words, about two minutes of speech): no worker holds more than that much audio at once,
 * and every core speaks a very long sentence. The timeline joins the parts into one sentence. */
#define PART_SOURCE_BYTES 2048
#define PART_SPOKEN_BYTES 4096
#define SLUG_MAX 48
/* LAME at 64 kbps lowers the integrated loudness of eSpeak's speech by about 0.44 LU and its
 * peaks overshoot by up to 0.3 dB (measured on the sample with kk and kk+f3): the gain aims that
 * much higher and the limiter that much lower, so the MP3 lands on the targets. */
#define MP3_LOUDNESS_LOSS 0.4
#define MP3_PEAK_OVERSHOOT 0.5

/* ---- the book in memory ---------------------------------------------------------------- */

typedef struct sentence_ref {
    dy_span span;
    bool ends_paragraph;
    dy_lang lang_before; /* the language of the sentence before it in its paragraph (KK: none) */
} sentence_ref;

typedef struct book {
    dy_source *sources;
    size_t nsources;
    dy_meta meta;
    dy_chapter_vec chapters;
    size_t total_sentences; /* counted when loaded: the sentences are read again (dy_sentences) */
    char *stem;             /* input name without extension */
    char *title;            /* book title: front matter, else the input name */
    char language[4];       /* ISO 639-2, for the tags: "kaz" unless the front matter says */
    char bcp47[4];          /* the same for the pages: "kk" */
    const char *cover_mime; /* "image/jpeg" or "image/png" when there is a cover */
    char *cover;            /* the cover image's bytes */
    size_t cover_len;
    const dy_lexicon *lex; /* the user's lexicon, or NULL: its abbreviations split no sentence */
} book;

/* The sentences of one chapter in order, split a paragraph at a time as they are read: memory
 * holds one paragraph's sentences, never the book's. */
typedef struct dy_sentences {
    const book *bk;
    size_t chapter, pos; /* the chapter, and where its next paragraph is looked for */
    dy_span_vec spans;   /* the sentences of the paragraph (or window of it) being read */
    size_t at;           /* the next of them */
    dy_span rest;        /* what is left of a paragraph longer than DY_SPLIT_WINDOW */
    dy_lang lang;        /* the language of the paragraph's last sentence handed out */
} dy_sentences;

/* ---- an MP3 file assembled from segments ---------------------------------------------- */

typedef struct file_out {
    char *path;
    dy_outfile *file;
    dy_wav *wav;
    dy_mp3_params mp3;
    uint64_t info_at; /* the Info frame goes right after the ID3 tag */
    size_t info_size;
    dy_mp3_stream stream;
    uint64_t wav_owed; /* zeros the WAV owes before the next segment (its decoding's tail) */
    dy_gate *gate;     /* loudness of what was written, for the report */
    double peak_dbtp;
} file_out;

/* One utterance of the book, in reading order: a chapter's spoken title or a sentence. */
enum { ITEM_WAITING, ITEM_RUNNING, ITEM_READY };
typedef struct item {
    size_t chapter;
    const char *text; /* the source it is read from, and where */
    dy_span span;
    double pause; /* seconds of silence after it */
    bool title;
    dy_lang lang_before; /* its sentence's sentence_ref.lang_before */
    bool continues;      /* a part of a long sentence after its first */
    bool more;           /* a part of a long sentence before its last */
    int state;
    dy_key key;  /* its segment's cache key, once scheduled */
    dy_buf data; /* once ready: its segment record (and PCM) */
    dy_seg seg;
} item;

typedef struct silence_seg {
    dy_buf mp3;
    uint16_t crc;
} silence_seg;

typedef struct builder {
    const dy_settings *s;
    const book *bk;
    size_t warnings;            /* chapters with nothing to say */
    double gain;                /* the voice's calibrated gain, the same for every sentence */
    dy_loudness_params limiter; /* the true-peak ceiling given to the limiter */
    dy_norm_opts norm;
    const dy_callbacks *cb;
    dy_synth *synth;
    dy_cache *cache; /* or NULL */
    dy_pool *pool;
    int jobs;
    int rate;
    dy_mp3_params mp3;
    /* The items in flight, made in reading order as the window reaches them (items.c): item i
     * lives in ring[i % ring_len] from when it is made until it is written. */
    item *ring;
    size_t ring_len;
    size_t made;            /* items made so far */
    size_t written;         /* items written (their memory freed) */
    size_t next;            /* the first item not yet scheduled */
    struct {                /* where the items come from: */
        size_t chapter;     /* the chapter being read */
        bool started;       /* its title is made (when spoken) and its sentences are read */
        dy_sentences sents; /* its sentences */
        DY_VEC(item) parts; /* the parts of the sentence being read, from `part` on */
        size_t part;
    } feed;
    dy_utt utt;
    dy_span_vec pieces;
    bool sentence_open;          /* the timeline's last sentence has parts still to come */
    DY_VEC(silence_seg) silence; /* silence segments made so far, by length in frames */
    file_out chapter_out, book_out;
    size_t reused, synthesized, damaged;
    dy_progress progress;
} builder;

/* ---- input.c ---- */

/* Starts reading the sentences of chapter c of bk (cur is reused: dy_sentences_fini it once). */
void dy_sentences_begin(dy_sentences *cur, const book *bk, size_t c);
/* The next sentence, or false after the chapter's last. */
bool dy_sentences_next(dy_sentences *cur, sentence_ref *out);
void dy_sentences_fini(dy_sentences *cur);

/* Loads the book at input (a file, a folder of chapter files, "-": standard input), its front
 * matter, language and cover, and splits its chapters into sentences (lex, borrowed, may be
 * NULL: a teacher's abbreviations end no sentence). *b is filled even on failure: dy_book_fini
 * it either way. */
dy_status dy_book_load(book *b, const char *input, const dy_lexicon *lex, dy_diag *d);
void dy_book_fini(book *b);
/* The lexicons of the book at input (s may be NULL): a new lexicon the caller frees. */
dy_status dy_book_lexicon(const char *input, const dy_settings *s, dy_lexicon **out, dy_diag *d);
/* The text chapter ch's title is read from, and the title's span in it (borrowed from ch). */
const char *dy_book_title_text(const dy_chapter *ch, dy_span *span);
/* Reads the book at input as a build would and calls fn with each spoken chapter title and each
 * sentence, normalized, in order, and the chapter it is in (dy_book_normalize, dy_book_check). */
typedef void (*dy_book_utt_fn)(const dy_chapter *ch, const char *text, const dy_utt *u,
                               bool is_title, void *user);
dy_status dy_book_each_utt(const char *input, const dy_settings *s, dy_book_utt_fn fn, void *user,
                           dy_diag *d);

/* ---- calibrate.c ---- */

/* The voice's gain (the cache keeps it); *damaged counts damaged cache entries found. */
dy_status dy_book_calibrate(dy_synth *synth, int rate, const dy_preset *p, dy_cache *cache,
                            double *gain, size_t *damaged, dy_diag *d);

/* ---- schedule.c ---- */

/* Whether the caller asked to stop. */
bool dy_sched_cancelled(const builder *b);
/* The error for a sentence of chapter ch (text[span]) that the lexicon made too long to read
 * (dy_utt.over_limit): DY_ERR_INPUT naming its file:line:column. */
dy_status dy_sched_over_limit(const dy_chapter *ch, const char *text, dy_span span, dy_diag *d);
/* Items are scheduled at most this far ahead of the one being written: the workers stay busy
 * past a long sentence, and memory stays bounded. */
size_t dy_sched_window(const builder *b);
/* Runs the workers until item i is ready (its segment in its seg), scheduling ahead. */
dy_status dy_sched_await(builder *b, size_t i, dy_diag *d);

/* ---- items.c ---- */

/* Gives b its ring of `window` items in flight (window: how far the scheduler looks ahead). */
void dy_items_init(builder *b, size_t window);
/* Item i, made now (with those before it) if it is not yet: NULL when the book has fewer. Item i
 * must be within the window (i < b->written + the window). */
item *dy_items_get(builder *b, size_t i);
/* Item i, already made and not yet written. */
item *dy_items_at(builder *b, size_t i);
/* Frees the items still in flight and the ring. */
void dy_items_fini(builder *b);

/* ---- assemble.c ---- */

/* An MP3 file made of segments: opened under a temporary name with its tag and room for the
 * Info frame (and a WAV beside it when wav_path is given); closed with the Info frame and
 * final_tag (when given, the same size as the first) and renamed into place, *bytes its size;
 * or aborted, leaving nothing. o holds what it opened until closed or aborted. */
dy_status dy_out_open(file_out *o, const char *path, const char *wav_path, int rate,
                      const dy_settings *s, const dy_id3_tag *tag, dy_diag *d);
dy_status dy_out_close(file_out *o, const dy_id3_tag *final_tag, uint64_t *bytes, dy_diag *d);
void dy_out_abort(file_out *o);
/* Writes chapter c's files (its MP3, WAV, timings) from item *next on, its segments also into the
 * book file (b->book_out), and puts the chapter on tl; *bytes the MP3's size. */
/* The name of chapter c's files without extension ("03-alash"), in book folder dir: a new
 * string the caller frees. */
char *dy_book_chapter_stem(const book *bk, size_t c, const char *dir);
dy_status dy_book_chapter(builder *b, const book *bk, size_t c, const char *dir, dy_timeline *tl,
                          size_t *next, uint64_t *bytes, dy_diag *d);

/* ---- tags.c ---- */

/* Chapter c's tag / the book file's (tl NULL: times zero); new tags the caller frees. */
dy_id3_tag *dy_book_chapter_tag(const book *bk, size_t c);
dy_id3_tag *dy_book_tag(const book *bk, const dy_timeline *tl);

/* ---- manifest.c: the record of the files dauys wrote into a book's folder ---- */

typedef struct dy_manifest {
    DY_VEC(char *) names; /* relative to the folder, each the record's own */
} dy_manifest;
/* Reads <dir>/.dauys-manifest into *m (which the caller finalizes). A record that is missing,
 * unreadable, malformed or foreign (another header, a name that is not a plain relative path)
 * gives an empty list: nothing is known to be dauys's, so nothing is removed or overwritten. */
void dy_manifest_read(const char *dir, dy_manifest *m);
/* Writes *m as <dir>/.dauys-manifest, atomically (temporary file, then rename). */
dy_status dy_manifest_write(const char *dir, const dy_manifest *m, dy_diag *d);
/* Is name in the sealed record m? A binary search: a book of 10,000 chapters has 50,000 names. */
bool dy_manifest_has(const dy_manifest *m, const char *name);
/* Adds a copy of name; dy_manifest_seal must follow before a lookup or a write. */
void dy_manifest_add(dy_manifest *m, const char *name);
/* Sorts the names and drops repeated ones. */
void dy_manifest_seal(dy_manifest *m);
void dy_manifest_fini(dy_manifest *m);

/* ---- outputs.c ---- */

/* "<dir>/<folder name><ext>": a new string the caller frees. */
char *dy_book_file(const char *dir, const char *ext);
/* The WebVTT and LRC timings of chapter c (DY_TL_BOOK: of the book file). */
dy_status dy_book_write_timings(const char *dir, const dy_timeline *tl, size_t c, const book *bk,
                                dy_diag *d);
/* Refuses (DY_ERR_IO) a book folder dir, or its daisy/, that is a symbolic link: dauys writes,
 * and removes, only inside real folders. Nothing is written. */
dy_status dy_book_folder_check(const char *dir, dy_diag *d);
/* What a build writes into the book's folder and what the earlier builds there wrote: made by
 * dy_book_outputs_begin, used by dy_book_write_outputs, freed by dy_book_plan_fini. */
typedef struct dy_book_plan {
    dy_manifest earlier; /* the record an earlier build left (empty: none, or not ours) */
    dy_manifest ours;    /* every file this build writes, relative to the folder */
} dy_book_plan;
/* Before anything is written into the book's folder dir (checked by dy_book_folder_check, made
 * and locked): reads the earlier record, lists this build's files and refuses (DY_ERR_IO,
 * naming the file) if one of them is there and the record does not list it (a user's file:
 * dauys never overwrites what it did not write). Then records both lists, so that the files an
 * interrupted build leaves are known as dauys's to the next one. */
dy_status dy_book_outputs_begin(const char *dir, const book *bk, const dy_settings *s,
                                dy_book_plan *p, dy_diag *d);
void dy_book_plan_fini(dy_book_plan *p);
/* The book-level files after the chapters (playlist, page, timings, cue sheet, DAISY, EPUB), then
 * the removal of what an earlier build wrote that this one did not (as p's record says), then
 * this build's record. */
dy_status dy_book_write_outputs(const char *dir, const dy_timeline *tl, const book *bk,
                                const dy_settings *s, const dy_book_plan *p, dy_diag *d);

#endif
