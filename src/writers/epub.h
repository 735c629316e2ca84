/* The EPUB 3 book with media overlays (--epub; a writer after the timeline):
 * out/<book>/<book>.epub, read aloud with the text highlighted by EPUB readers (Thorium,
 * Apple Books, EasyReader): an XHTML document per chapter with every sentence in an element with
 * an id, a SMIL 3 overlay per chapter joining each to its clip of the chapter's MP3 (inside the
 * book), media:duration per overlay and for the book, media:active-class, media:narrator, a
 * navigation document, package metadata and the cover when given. Times from the timeline
 * (dy_tl_ms), as in every other output. Checked by Debian's epubcheck in the tests. */
#ifndef DY_EPUB_H
#define DY_EPUB_H
#include "book/timeline.h"

typedef struct dy_epub_meta {
    const char *title;
    const char *author;     /* or NULL */
    const char *language;   /* BCP 47: "kk" */
    const char *narrator;   /* the synthetic voice */
    const uint8_t *id;      /* 16 bytes that identify the book: its urn:uuid */
    const char *modified;   /* dcterms:modified, "2020-01-01T00:00:00Z" */
    const char *cover_mime; /* "image/jpeg", "image/png" or NULL */
    const char *cover;
    size_t cover_len;
} dy_epub_meta;

/* Writes the book to path (atomically); the chapter MP3s are read from src_dir. */
dy_status dy_epub_write(const char *path, const char *src_dir, const dy_timeline *tl,
                        const dy_epub_meta *m, dy_diag *d);
#endif
