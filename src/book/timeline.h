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
    DY_VEC(dy_tl_sentence) sentences;
} dy_tl_chapter;

typedef struct dy_timeline {
    int rate; /* samples per second */
    DY_VEC(dy_tl_chapter) chapters;
} dy_timeline;

void dy_timeline_fini(dy_timeline *t);

/* Milliseconds of a sample position, rounded to the nearest: what every writer prints. */
uint64_t dy_tl_ms(const dy_timeline *t, uint64_t samples);

#endif
