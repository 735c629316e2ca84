/* The orchestrator and the library's public entry point: builds one book (a text file, or a
 * folder whose files are its chapters) into out/<book>/: one MP3 per chapter with ID3v2 tags,
 * the whole book as one MP3 with chapter marks (<book>.mp3), sentence timings (WebVTT, LRC), a
 * cue sheet, an M3U8 playlist, the read-along page (<book>.html) and, on request, WAV files, a
 * DAISY 2.02 book and an EPUB 3 book. Sentences are made by worker processes and kept in a
 * cache, so a rebuild makes only what changed. Reports progress and takes cancellation through
 * callbacks; never prints. Files of an earlier build of the book that this build does not make
 * (chapters since renamed or removed, WAV files without --wav, ...) are removed. */
#ifndef DY_BOOK_H
#define DY_BOOK_H

#include "text/utt.h"
#include "book/voice.h"
#include "normalize/risk.h"

typedef struct dy_settings {
    dy_preset preset;       /* voice and pauses */
    int bitrate;            /* MP3 CBR kbps (default 64) */
    int quality;            /* LAME quality 0..9 (default 5) */
    bool wav;               /* also write each chapter as WAV */
    const char *output_dir; /* books go to <output_dir>/<book>/ (default "out") */
    const char *lexicon;    /* a user's lexicon file, or NULL; applied after the book's own */
    bool no_latin_voice;    /* spell Latin-script words in Cyrillic instead of eSpeak's English */
    int jobs;               /* worker processes; 0: one per processor */
    bool daisy;             /* also write the DAISY 2.02 book into <book>/daisy/ */
    bool epub;              /* also write <book>/<book>.epub (EPUB 3 with media overlays) */
    const char *cache_dir;  /* the segment cache, or NULL for none (the CLI's default is
                               <output_dir>/.cache) */
} dy_settings;

void dy_settings_default(dy_settings *s);
/* DY_ERR_USAGE (d says which value) when a setting is out of range. dy_book_build checks too. */
dy_status dy_settings_check(const dy_settings *s, dy_diag *d);

typedef struct dy_progress {
    const char *book; /* the book's folder name */
    size_t chapter;   /* 1-based chapter being built */
    size_t chapters;
    size_t sentences_done; /* in the whole book */
    size_t sentences_total;
    double audio_seconds; /* audio produced so far */
    /* Set on the one call made when a chapter's files are complete: */
    const char *chapter_file; /* the chapter's MP3 path, else NULL */
    double chapter_seconds;   /* its length */
    double chapter_lufs;      /* its integrated loudness (of the audio encoded), LUFS */
    double chapter_peak_dbtp; /* its true peak, dBTP */
} dy_progress;

typedef struct dy_callbacks {
    /* after each sentence, and once more when a chapter is finished; may be NULL */
    void (*progress)(const dy_progress *p, void *user);
    bool (*cancelled)(void *user); /* polled between sentences; true stops the build */
    void *user;
} dy_callbacks;

typedef struct dy_book_report {
    char *out_dir; /* the book's folder; caller frees */
    char *title;   /* caller frees */
    size_t chapters;
    size_t sentences;
    double seconds;      /* total audio */
    uint64_t bytes;      /* total size of the chapter MP3 files */
    size_t warnings;     /* chapters with nothing to say (they are silence) */
    uint64_t book_bytes; /* size of the single book file */
    double lufs;         /* integrated loudness of the whole book (of the audio encoded) */
    double peak_dbtp;    /* its true peak */
    size_t synthesized;  /* utterances (titles, sentences) spoken and encoded by this build */
    size_t reused;       /* utterances taken from the cache */
    size_t damaged;      /* damaged cache entries found (removed, and made again) */
} dy_book_report;

void dy_book_report_fini(dy_book_report *r);

/* What a folder given as input is. */
typedef enum dy_folder_mode {
    DY_FOLDER_AUTO,    /* a book when every text file's name starts with a digit (01-…, 2-…),
                          else a library */
    DY_FOLDER_BOOK,    /* one book: its .txt/.md files are chapters, in name order */
    DY_FOLDER_LIBRARY, /* many books: each .txt/.md file is a book, each sub-folder a book of
                          chapter files */
} dy_folder_mode;

/* The books an input stands for: the input itself (a file, a book folder, "-"), or, for a
 * library folder, its books in name order. Appends paths the caller frees to *books. A library
 * with no book is DY_ERR_INPUT. */
dy_status dy_book_inputs(const char *input, dy_folder_mode mode, char ***books, size_t *count,
                         dy_diag *d);

/* Refuses (DY_ERR_USAGE) to write the books of input into output_dir when that is the input
 * folder or inside it, or when the book's own folder would be ("dauys build -o . lessons/" would
 * write lessons/'s book into lessons/ itself): dauys writes beside its inputs, never among
 * them. A file input, or "-", is never refused. Nothing is written. */
dy_status dy_book_check_output(const char *input, const char *output_dir, dy_diag *d);

/* The name of the folder the book at input is written to (inside the output folder):
 * "texts/Кеңес өкіметі.txt" -> "kenges-okimeti". Caller frees. Two inputs with the same folder
 * name would overwrite each other. */
char *dy_book_folder_name(const char *input);

/* Builds the book at input. On failure nothing half-written is left: files are written under
 * temporary names and renamed into place as each is finished. */
dy_status dy_book_build(const char *input, const dy_settings *s, const dy_callbacks *cb,
                        dy_book_report *report, dy_diag *d);

/* Reads the book at input ("-": standard input) as a build would and calls fn for each chapter
 * title that is spoken and each sentence, in order, with the normalized utterance (its spoken
 * form, words and their rules), without synthesizing anything: what `dauys normalize` prints. */
typedef void (*dy_sentence_fn)(const char *source_text, const dy_utt *utt, bool is_title,
                               void *user);
dy_status dy_book_normalize(const char *input, const dy_settings *s, dy_sentence_fn fn, void *user,
                            dy_diag *d);

/* `dauys check`: reads the book at input as a build would (its lexicons, s->lexicon,
 * s->no_latin_voice) and calls fn for each place where a reading fell back to a guess
 * (normalize/risk.h), in reading order, with the file and the 1-based line and column (in
 * characters) where it starts; a title written only in the front matter is placed at the
 * title's first occurrence in the file, else at 1:1. Nothing is synthesized. */
typedef struct dy_finding {
    const char *path; /* the source file */
    int line, col;
    const dy_risk *risk;
    const char *text;   /* the text risk->src is in */
    const char *spoken; /* the spoken form risk->spoken is in */
} dy_finding;
typedef void (*dy_finding_fn)(const dy_finding *f, void *user);
/* sp (may be NULL; kk/speller.h) tells a word in capitals from an acronym. */
dy_status dy_book_check(const char *input, const dy_settings *s, dy_speller *sp, dy_finding_fn fn,
                        void *user, dy_diag *d);

#endif
