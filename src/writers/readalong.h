/* The read-along page, <book>.html (a writer after the timeline, like the playlist and the
 * timings): one offline page with the book's original text and its chapter MP3s, which marks
 * the sentence being heard. Its script and style are src/writers/assets/readalong.{js,css},
 * compiled in. Every sentence carries its start and end in the book, from the timeline (dy_tl_ms),
 * the same milliseconds as the book's WebVTT. */
#ifndef DY_READALONG_H
#define DY_READALONG_H
#include "book/timeline.h"

/* Writes the page to path (atomically). title, author (may be NULL) and lang (a BCP 47 tag such
 * as "kk") describe the book; the chapter MP3s are named relative to the page's folder. */
dy_status dy_readalong_write(const char *path, const dy_timeline *tl, const char *title,
                             const char *author, const char *lang, dy_diag *d);
#endif
