/* The book after assembly: chapters and sentences with sample-exact start and end times.
 * Every output writer (playlist, WebVTT, LRC, cue sheet, ID3 chapter marks, the read-along page,
 * DAISY, EPUB) reads this one timeline and turns samples into milliseconds with dy_tl_ms only,
 * so that they agree to the millisecond (LRC's centiseconds are rounded from the same samples).
 * The sentences are kept in book order, the last few thousand in memory and the others in a
 * scratch file (when the timeline is given a folder for it), so that a book's memory does not
 * grow with its number of sentences; the writers read them a chapter at a time, in order. */
#ifndef DY_TIMELINE_H
#define DY_TIMELINE_H

#include "core/platform.h"
#include "core/util.h"

typedef struct dy_tl_sentence {
    dy_span src;         /* the sentence in its chapter's source text */
    uint64_t start, end; /* samples from the start of the chapter's audio */
} dy_tl_sentence;

typedef struct dy_tl_chapter {
    char *title;           /* UTF-8 */
    char *file;            /* the chapter's MP3 file name, inside the book's folder */
    uint64_t samples;      /* length of the chapter's audio */
    uint64_t book_start;   /* its first sample in the single book file (<book>.mp3) */
    uint64_t book_samples; /* its length there: samples, plus the silence (DY_MP3_TAIL) that
                              the end of its own file drops and the book file keeps */
    const char *text;      /* the chapter's source text: the sentence spans point into it */
    dy_view *view;         /* where that text lives when it is long (its dy_source's view, told
                              of each sentence read, see dy_view_pass); NULL: in memory */
    int heading;           /* its heading's level as written (# = 1 .. ###### = 6) */
    int level; /* its level in the book's outline (dy_tl_level): 1 for the first chapter, at most
                  one deeper than the chapter before; 0 is taken as 1 */
    uint64_t first;     /* its first sentence among the timeline's (dy_tl_add sets it) */
    uint64_t sentences; /* how many it has */
} dy_tl_chapter;

typedef struct dy_timeline {
    int rate; /* samples per second */
    DY_VEC(dy_tl_chapter) chapters;
    const char *spill_dir; /* where the sentences spill (borrowed); NULL: all stay in memory */
    dy_scratch *spill;     /* the sentences before `held`, once some have spilled */
    uint64_t spilled;
    DY_VEC(dy_tl_sentence) held; /* the sentences from `spilled` on */
} dy_timeline;

/* Closes the scratch file (its sentences are gone) and frees what t holds. */
void dy_timeline_fini(dy_timeline *t);

/* Appends sentence s to the last chapter (which there must be). DY_ERR_IO when the scratch file
 * cannot be written. */
dy_status dy_tl_add(dy_timeline *t, const dy_tl_sentence *s, dy_diag *d);
/* The last sentence added, to be changed in place (the next part of a long sentence), until the
 * next dy_tl_add; NULL when there is none. */
dy_tl_sentence *dy_tl_last(dy_timeline *t);

/* Reads the sentences of one chapter in order: dy_tl_read, then dy_tl_next until it gives false
 * (the end, or an error), then dy_tl_read_end, which tells which (DY_ERR_IO: the scratch file
 * could not be read). The timeline must not change meanwhile. */
typedef struct dy_tl_reader {
    const dy_timeline *t;
    dy_view *view;      /* the chapter's */
    uint64_t next, end; /* the next sentence to give, and the chapter's end */
    dy_tl_sentence buf[256];
    size_t at, len; /* buf[at .. len) are next, next + 1 ... */
    dy_status st;
    dy_diag diag;
} dy_tl_reader;
void dy_tl_read(dy_tl_reader *r, const dy_timeline *t, size_t chapter);
bool dy_tl_next(dy_tl_reader *r, dy_tl_sentence *s);
dy_status dy_tl_read_end(dy_tl_reader *r, dy_diag *d);

/* The outline level of a chapter whose heading has level `heading`, following the first n
 * chapters of t: one deeper than the nearest chapter before it with a higher heading (a smaller
 * number), else 1. So the outline starts at 1 and skips no level, as DAISY 2.02's ncc asks: a
 * book whose headings are ## and ### has levels 1 and 2, and "# A", "### B", "## C" gives 1, 2,
 * 2 (B and C are both inside A). */
int dy_tl_level(const dy_timeline *t, size_t n, int heading);
/* The level of chapter c, at least 1 (a timeline made without levels is flat). */
int dy_tl_chapter_level(const dy_tl_chapter *c);

/* Milliseconds of a sample position, rounded to the nearest: what every writer prints. */
uint64_t dy_tl_ms(const dy_timeline *t, uint64_t samples);

#endif
