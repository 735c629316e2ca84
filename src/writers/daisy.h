/* The DAISY 2.02 talking book (--daisy; a writer after the timeline): out/<book>/daisy/ holds a
 * full-text-and-audio book (ncc:multimediaType audioFullText) that DAISY players (Victor Reader,
 * Plextalk, EasyReader, Thorium) open by its ncc.html: the navigation control centre with a
 * heading per chapter, one XHTML content document with the original text (every heading and
 * sentence with an id), a SMIL 1.0 file per chapter joining each heading and sentence to its
 * clip of the chapter's MP3 (copied beside them), and master.smil. Every time comes from the
 * timeline (dy_tl_ms), the same milliseconds as the WebVTT files. Plain ASCII, lower-case file
 * names that sort in play order. */
#ifndef DY_DAISY_H
#define DY_DAISY_H
#include "book/timeline.h"

typedef struct dy_daisy_meta {
    const char *title;
    const char *author;     /* or NULL */
    const char *date;       /* dc:date: "2020-05-01" */
    const char *language;   /* BCP 47: "kk" */
    const char *narrator;   /* the synthetic voice, e.g. "eSpeak NG kk" */
    const char *identifier; /* dc:identifier, unique for the book */
} dy_daisy_meta;

/* Writes the book into folder dir (made if needed); the chapter MP3s are copied from src_dir.
 * Every file is written atomically. */
dy_status dy_daisy_write(const char *dir, const char *src_dir, const dy_timeline *tl,
                         const dy_daisy_meta *m, dy_diag *d);

/* The names of the files dy_daisy_write writes into its folder for a book whose chapter files
 * are mp3[0..nchapters) ("01-bir.mp3"), so the caller can record them (and remove an earlier
 * build's others, see dy_dir_prune): *count names, the array and each name the caller's to
 * free. */
char **dy_daisy_files(const char *const *mp3, size_t nchapters, size_t *count);
#endif
