/* The book after assembly: chapters and sentences with sample-exact start and end times.
 * Every output writer (playlist, WebVTT, LRC, cue sheet, ID3 chapter marks, the read-along page,
 * DAISY, EPUB) reads this one timeline and turns samples into milliseconds with dy_tl_ms only,
 * so that they agree to the millisecond (LRC's centiseconds are rounded from the same samples). */
#ifndef DY_TIMELINE_H
#define DY_TIMELINE_H

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
    int heading;           /* its heading's level as written (# = 1 .. ###### = 6) */
    int level; /* its level in the book's outline (dy_tl_level): 1 for the first chapter, at most
                  one deeper than the chapter before; 0 is taken as 1 */
    DY_VEC(dy_tl_sentence) sentences;
} dy_tl_chapter;

typedef struct dy_timeline {
    int rate; /* samples per second */
    DY_VEC(dy_tl_chapter) chapters;
} dy_timeline;

void dy_timeline_fini(dy_timeline *t);

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
