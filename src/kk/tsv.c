/* Reader of the embedded word lists (see tsv.h). The lists are small and parsed once, so the
 * reader copies the text and cuts it in place. */
#include "kk/tsv.h"

#include <stdlib.h>
#include <string.h>

void dy_tsv_fini(dy_tsv *t)
{
    if (!t)
        return;
    free(t->text);
    free(t->cells);
    free(t->rows);
    memset(t, 0, sizeof *t);
}

/* Splits the line [s, e) (its CR dropped) at tabs into out[0..ncols); returns how many cells
 * there were, or ncols + 1 when there were more. Writes the NULs. */
static size_t split_line(char *s, char *e, const char **out, size_t ncols)
{
    if (e > s && e[-1] == '\r')
        e--;
    *e = '\0';
    size_t n = 0;
    for (char *p = s;; p++) {
        if (n == ncols)
            return ncols + 1;
        out[n++] = p;
        p = strchr(p, '\t');
        if (!p)
            return n;
        *p = '\0';
    }
}

dy_status dy_tsv_parse(dy_tsv *t, const char *name, const char *text, const char *const *cols,
                       size_t ncols, dy_diag *d)
{
    memset(t, 0, sizeof *t);
    t->ncols = ncols;
    t->text = dy_xstrdup(text);
    size_t lines = 1;
    for (const char *p = text; *p; p++)
        lines += *p == '\n';
    t->cells = dy_xcalloc(lines * ncols, sizeof *t->cells);
    t->rows = dy_xcalloc(lines, sizeof *t->rows);
    const char **header = dy_xcalloc(ncols + 1, sizeof *header);
    bool have_header = false;
    dy_status st = DY_OK;
    int line = 0;
    for (char *s = t->text; *s && st == DY_OK;) {
        line++;
        char *e = strchr(s, '\n');
        char *next = e ? e + 1 : s + strlen(s);
        if (!e)
            e = next;
        if (*s == '#' || s == e || (e == s + 1 && *s == '\r')) {
            s = next;
            continue;
        }
        const char **cell = have_header ? t->cells + t->nrows * ncols : header;
        size_t n = split_line(s, e, cell, ncols);
        if (n != ncols) {
            st = n > ncols
                     ? dy_diag_set(d, DY_ERR_INPUT, name, line, 1, "more than %zu columns", ncols)
                     : dy_diag_set(d, DY_ERR_INPUT, name, line, 1, "%zu columns, expected %zu", n,
                                   ncols);
            break;
        }
        for (size_t c = 0; c < ncols && st == DY_OK; c++) {
            if (have_header ? cell[c][0] == '\0' : strcmp(cell[c], cols[c]) != 0)
                st = dy_diag_set(d, DY_ERR_INPUT, name, line, 1,
                                 have_header ? "column %zu (%s) is empty; write - for none"
                                             : "column %zu is '%s', expected '%s'",
                                 c + 1, have_header ? cols[c] : cell[c], cols[c]);
        }
        if (have_header && st == DY_OK) {
            t->rows[t->nrows].cell = cell;
            t->rows[t->nrows++].line = line;
        }
        have_header = true;
        s = next;
    }
    if (st == DY_OK && !have_header)
        st = dy_diag_set(d, DY_ERR_INPUT, name, 0, 0, "no header line");
    free(header);
    if (st != DY_OK)
        dy_tsv_fini(t);
    return st;
}

static int cmp_row(const void *a, const void *b)
{
    const dy_tsv_row *x = a, *y = b;
    int c = strcmp(x->cell[0], y->cell[0]);
    return c ? c : (x->line > y->line) - (x->line < y->line);
}

dy_status dy_tsv_sort(dy_tsv *t, const char *name, dy_diag *d)
{
    if (t->nrows > 1)
        qsort(t->rows, t->nrows, sizeof *t->rows, cmp_row);
    for (size_t i = 1; i < t->nrows; i++)
        if (!strcmp(t->rows[i - 1].cell[0], t->rows[i].cell[0]))
            return dy_diag_set(d, DY_ERR_INPUT, name, t->rows[i].line, 1,
                               "'%s' again (first on line %d)", t->rows[i].cell[0],
                               t->rows[i - 1].line);
    return DY_OK;
}

static int cmp_key(const void *key, const void *row)
{
    return strcmp((const char *)key, ((const dy_tsv_row *)row)->cell[0]);
}

const dy_tsv_row *dy_tsv_find(const dy_tsv *t, const char *key)
{
    return t->nrows ? bsearch(key, t->rows, t->nrows, sizeof *t->rows, cmp_key) : NULL;
}
