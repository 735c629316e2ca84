/* What `dauys build` shows while it works, on standard error: a progress bar on a terminal (or a
 * line per finished chapter in a log), fed by the library's progress callback; a closing line per
 * book; and the table that ends a run of several books. --quiet silences all of it. */
#ifndef DY_CLI_PROGRESS_H
#define DY_CLI_PROGRESS_H

#include "book/book.h"

typedef struct dy_cli_progress {
    bool tty;
    bool verbose;
    double started; /* when the current book began, for the ETA */
    double shown;   /* when the progress line was last drawn */
} dy_cli_progress;

/* The dy_callbacks progress function; user is a dy_cli_progress. */
void dy_cli_on_progress(const dy_progress *p, void *user);
/* Erases the progress bar once a book is done (on a terminal). */
void dy_cli_progress_clear(const dy_cli_progress *s);

/* A book's closing line: folder, chapters, sentences, length, loudness, size, time taken and
 * (with a cache) how much came from it. */
void dy_cli_print_book_done(const dy_book_report *r, double took, bool cached);

typedef struct dy_cli_summary_row {
    const char *input;
    char *folder; /* NULL when the book failed; owned by the caller */
    bool ok;
    size_t chapters, sentences, warnings;
    double seconds;
    uint64_t bytes;
} dy_cli_summary_row;

/* The closing table of a run of several books: one row each, failed ones marked, and totals. */
void dy_cli_print_summary(const dy_cli_summary_row *rows, size_t n);

#endif
