/* The ID3 tags of the book's files, from its front matter: each chapter file's (title, track)
 * and the book file's (chapter marks and table of contents, their times read from the timeline
 * once assembly knows them). The assembler writes them (assemble.c, book.c). */
#include "book/internal.h"

#include <stdio.h>
#include <string.h>

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

dy_id3_tag *dy_book_chapter_tag(const book *bk, size_t c)
{
    dy_id3_tag *tag = book_metadata_tag(bk, bk->chapters.items[c].title);
    char track[64];
    snprintf(track, sizeof track, "%zu/%zu", c + 1, bk->chapters.len);
    dy_id3_set_text(tag, "TRCK", track);
    return tag;
}

/* The single book file's tag: the book's metadata, a CHAP per chapter (times from tl once they
 * are known, zeros before: the frames keep their size) and the table of contents. */
dy_id3_tag *dy_book_tag(const book *bk, const dy_timeline *tl)
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
