/* Extended M3U playlist writer (see playlist.h). */
#include "writers/playlist.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "writers/markup.h"
#include "core/platform.h"

static void put_plain(dy_buf *b, int32_t cp) { dy_buf_put_cp(b, cp); }

/* Titles go on one #EXTINF line, folded as every writer folds text (markup.h): each run of white
 * space one space, other controls and bidi controls dropped. Not only CR and LF: a reader that
 * also breaks lines at VT, FF, NEL or U+2028 (Python's splitlines) must not see a title such as
 * "A<FF>#EXT-X-ENDLIST" as a directive of its own. */
static void put_line_text(dy_buf *b, const char *s)
{
    if (s)
        dy_text_fold(b, s, strlen(s), put_plain);
}

dy_status dy_playlist_write(const char *path, const dy_timeline *t, const char *book_title,
                            const char *author, dy_diag *d)
{
    dy_buf b = {0};
    dy_buf_puts(&b, "#EXTM3U\n#PLAYLIST:");
    put_line_text(&b, book_title);
    dy_buf_putc(&b, '\n');
    for (size_t i = 0; i < t->chapters.len; i++) {
        const dy_tl_chapter *c = &t->chapters.items[i];
        long secs = lround((double)c->samples / t->rate);
        dy_buf_printf(&b, "#EXTINF:%ld,", secs);
        if (author && *author) {
            put_line_text(&b, author);
            dy_buf_puts(&b, " - ");
        }
        put_line_text(&b, c->title);
        dy_buf_printf(&b, "\n%s\n", c->file);
    }
    dy_status st = dy_file_write_atomic(path, b.data, b.len, d);
    dy_buf_fini(&b);
    return st;
}
