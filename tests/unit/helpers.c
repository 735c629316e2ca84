/* Test helpers (see helpers.h). */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

char *th_tmpdir(const char *name)
{
    dy_buf b = {0};
    dy_buf_printf(&b, "%s/%s", DY_TEST_TMP, name);
    dy_buf cmd = {0};
    dy_buf_printf(&cmd, "rm -rf '%s' && mkdir -p '%s'", b.data, b.data);
    if (system(cmd.data) != 0)
        fail_msg("cannot make %s", b.data);
    dy_buf_fini(&cmd);
    return b.data;
}

char *th_read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    dy_buf b = {0};
    char tmp[65536];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        dy_buf_append(&b, tmp, n);
    fclose(f);
    if (len)
        *len = b.len;
    if (!b.data)
        b.data = dy_xstrdup("");
    return b.data;
}

void th_write(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, n, f) != n || fclose(f) != 0)
        fail_msg("cannot write %s", path);
}

char *th_data(const char *rel)
{
    dy_buf b = {0};
    dy_buf_printf(&b, "%s/%s", DY_TEST_DATA, rel);
    return b.data;
}

static char *unescape(const char *s, size_t n)
{
    dy_buf b = {0};
    dy_buf_reserve(&b, n);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n) {
            char c = s[++i];
            dy_buf_putc(&b, c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c);
        } else {
            dy_buf_putc(&b, s[i]);
        }
    }
    if (!b.data)
        b.data = dy_xstrdup("");
    return b.data;
}

th_table th_tsv_load(const char *path)
{
    th_table t = {0};
    t.path = dy_xstrdup(path);
    size_t len;
    char *text = th_read(path, &len);
    if (!text)
        fail_msg("cannot read table %s", path);
    size_t cap = 0;
    int line = 0;
    for (char *p = text; *p;) {
        char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        line++;
        if (n && p[n - 1] == '\r')
            n--;
        if (n && p[0] != '#') {
            if (t.nrows == cap)
                t.rows = dy_vec_grow(t.rows, &cap, t.nrows, sizeof *t.rows);
            th_row *r = &t.rows[t.nrows++];
            r->line = line;
            r->nfields = 0;
            r->fields = NULL;
            size_t start = 0;
            for (size_t i = 0; i <= n; i++) {
                if (i == n || p[i] == '\t') {
                    r->fields = dy_xrealloc(r->fields, sizeof(char *) * (size_t)(r->nfields + 1));
                    r->fields[r->nfields++] = unescape(p + start, i - start);
                    start = i + 1;
                }
            }
        }
        p = eol ? eol + 1 : p + n;
    }
    free(text);
    return t;
}

void th_tsv_free(th_table *t)
{
    for (size_t i = 0; i < t->nrows; i++) {
        for (int k = 0; k < t->rows[i].nfields; k++)
            free(t->rows[i].fields[k]);
        free(t->rows[i].fields);
    }
    free(t->rows);
    free(t->path);
    memset(t, 0, sizeof *t);
}
