/* The book's playlist, out/<book>/<book>.m3u8: the chapter files in order with their lengths
 * and titles (extended M3U, UTF-8), for players that open a folder as one book. */
#ifndef DY_PLAYLIST_H
#define DY_PLAYLIST_H

#include "book/timeline.h"

/* Writes the playlist atomically. author may be NULL. */
dy_status dy_playlist_write(const char *path, const dy_timeline *t, const char *book_title,
                            const char *author, dy_diag *d);

#endif
