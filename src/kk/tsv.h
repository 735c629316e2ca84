/* The reader of the word lists compiled into the program (the files src/kk/data/NAME.tsv, embedded
 * by cmake/embed.cmake): UTF-8 text, '#' comment lines, a header line naming the columns, then one
 * row per line with its cells separated by tabs. Language data only; the lists themselves are
 * read in tables.c. */
#ifndef DY_KK_TSV_H
#define DY_KK_TSV_H

#include "core/util.h"

typedef struct dy_tsv_row {
    const char **cell; /* ncols cells, NUL-terminated, in the table's own copy of the text */
    int line;          /* 1-based line of the row in the file, for messages */
} dy_tsv_row;

typedef struct dy_tsv {
    char *text; /* the table's copy of the file; cells point into it */
    const char **cells;
    dy_tsv_row *rows; /* in file order, or sorted by dy_tsv_sort */
    size_t nrows;
    size_t ncols;
} dy_tsv;

/* Parses text (NUL-terminated) as a table with the columns named in cols[0..ncols): its header
 * must name exactly these columns, in this order, and every row must have exactly ncols
 * non-empty cells (write "-" for "none"); blank lines and lines starting with '#' are skipped,
 * a CR before the line's LF is dropped. On failure returns DY_ERR_INPUT with d naming
 * name:line:column, and t holds nothing. The caller frees t with dy_tsv_fini. */
dy_status dy_tsv_parse(dy_tsv *t, const char *name, const char *text, const char *const *cols,
                       size_t ncols, dy_diag *d);

/* Sorts the rows by their first cell (strcmp: UTF-8 bytes, so by code point). Two rows with the
 * same first cell are DY_ERR_INPUT with d naming name:line of the second. */
dy_status dy_tsv_sort(dy_tsv *t, const char *name, dy_diag *d);

/* The row whose first cell is key, by binary search of a sorted table; NULL if none. */
const dy_tsv_row *dy_tsv_find(const dy_tsv *t, const char *key);

void dy_tsv_fini(dy_tsv *t);

#endif
