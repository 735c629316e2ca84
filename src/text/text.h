/* The first stage: reading a book's source text. Checks that it is UTF-8 text (BOM and CRLF or
 * CR line ends accepted), reads the optional front matter (book metadata), and finds chapters
 * (Markdown heading lines) and paragraphs (separated by blank lines). The text kept is the file's
 * in Unicode normalization form C (composed: и + U+0306 is kept as й); spans point into it, so
 * every later stage can point back at the source, and the page and the EPUB show it. */
#ifndef DY_TEXT_H
#define DY_TEXT_H

#include "core/platform.h"
#include "core/util.h"

/* One source file of a book. */
typedef struct dy_source {
    char *path; /* as given, UTF-8 */
    char *data; /* the file's text without its BOM, in NFC, NUL-terminated */
    size_t len;
    dy_view *view; /* where data lives when the text is over 1 MiB; NULL: in memory */
} dy_source;

/* Limits of a source text (the README's Limits list them all). A title, author, narrator, year or
 * language is at most DY_META_NAME_MAX bytes, a description DY_META_DESCRIPTION_MAX, a cover's
 * path 4096; the front matter closes within DY_FRONT_MATTER_LINES_MAX lines and
 * DY_FRONT_MATTER_BYTES_MAX bytes; a heading's title is at most DY_HEADING_MAX bytes; a book has
 * at most DY_CHAPTERS_MAX chapters (headings, in all its files). Each is DY_ERR_INPUT with
 * file:line:column. */
#define DY_META_NAME_MAX 300
#define DY_META_DESCRIPTION_MAX 4000
#define DY_FRONT_MATTER_LINES_MAX 200
#define DY_FRONT_MATTER_BYTES_MAX 32768
#define DY_HEADING_MAX 4000
#define DY_CHAPTERS_MAX 10000

/* Book metadata, from front matter. Unset fields are NULL. */
typedef struct dy_meta {
    char *title;
    char *author;
    char *year;
    char *narrator;
    char *description;
    char *language;
    char *cover;
} dy_meta;

typedef struct dy_chapter {
    const dy_source *src;
    char *title;        /* the heading's text, or the book title when there is no heading */
    dy_span title_span; /* the heading's text in src; {0,0} when the title was not written there */
    bool
        title_spoken; /* the title is read aloud at the start (a heading or a front-matter title) */
    int level;        /* heading level 1..6; 1 when there is no heading */
    dy_span body;     /* its text: from the line after its heading to the next heading */
    size_t paras;     /* how many paragraphs body has (dy_chapter_para reads them) */
} dy_chapter;

/* Reads path and checks it. On error returns DY_ERR_NOTFOUND, DY_ERR_IO or DY_ERR_INPUT with d
 * naming file:line:column where it applies (invalid UTF-8, NUL bytes, UTF-16, empty file). The
 * text is read a piece at a time; a text over 1 MiB (once composed) is kept in a scratch file
 * in dy_temp_dir() (unnamed: nothing is left there) and read through a view, so that the memory
 * a book takes does not grow with its text (passes over it call dy_source_pass). */
dy_status dy_source_load(dy_source *src, const char *path, dy_diag *d);
/* The same for standard input, named "<stdin>" in messages (at most DY_FILE_MAX bytes). */
dy_status dy_source_load_stdin(dy_source *src, dy_diag *d);
/* The same for text already in memory (copied); path is only used in messages. */
dy_status dy_source_from_memory(dy_source *src, const char *path, const char *data, size_t len,
                                dy_diag *d);
/* A pass that reads src's text from its start to its end has reached byte at: the pages of a
 * long text that lie far from it may leave the memory (dy_view_pass). Every pass over a whole
 * text calls it as it goes. */
void dy_source_pass(const dy_source *src, size_t at);
void dy_source_fini(dy_source *src);

/* 1-based line and column (in code points) of byte offset off of data. Lines are the file's;
 * columns count characters of the NFC text, so a letter written decomposed (и + U+0306) counts
 * once, as an editor shows it. Invalid UTF-8 is found before NFC, on the bytes as written. */
void dy_source_position(const dy_source *src, size_t off, int *line, int *col);

/* Parses the front matter (into meta, keeping fields already set) and appends the chapters of
 * src to *chapters. `default_title` names a chapter that has no heading. A malformed front
 * matter is DY_ERR_INPUT with file:line:column; text with nothing to read is DY_ERR_INPUT. */
typedef DY_VEC(dy_chapter) dy_chapter_vec;
dy_status dy_text_parse(const dy_source *src, dy_meta *meta, const char *default_title,
                        dy_chapter_vec *chapters, dy_diag *d);

void dy_meta_fini(dy_meta *m);
void dy_chapter_fini(dy_chapter *c);

/* The next paragraph of ch, trimmed of surrounding white space, found where it is needed (a
 * book's paragraphs are never listed: ten million of them would take 160 MB): lines up to a
 * blank line. *pos is where to look from (0: the chapter's start), moved past it. False after
 * the last. */
bool dy_chapter_para(const dy_chapter *ch, size_t *pos, dy_span *para);

#endif
