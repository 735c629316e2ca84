/* The record of what dauys wrote into a book's folder: out/<book>/.dauys-manifest, a header
 * line with the format's version, then one file name a line, relative to the folder
 * ("01-bir.mp3", "daisy/ncc.html"). A rebuild removes only what the record lists and it did not
 * write again, and overwrites only what the record lists (outputs.c). */
#include "book/internal.h"

#include <stdlib.h>
#include <string.h>

#define MANIFEST_NAME ".dauys-manifest"
#define MANIFEST_HEADER "dauys manifest 1"

void dy_manifest_fini(dy_manifest *m)
{
    for (size_t i = 0; i < m->names.len; i++)
        free(m->names.items[i]);
    DY_VEC_FREE(&m->names);
}

bool dy_manifest_has(const dy_manifest *m, const char *name)
{
    return m->names.len &&
           bsearch(&name, m->names.items, m->names.len, sizeof *m->names.items, dy_cmp_strp);
}

void dy_manifest_add(dy_manifest *m, const char *name)
{
    *DY_VEC_PUSH(&m->names) = dy_xstrdup(name);
}

void dy_manifest_seal(dy_manifest *m)
{
    if (!m->names.len)
        return;
    qsort(m->names.items, m->names.len, sizeof *m->names.items, dy_cmp_strp);
    size_t out = 1;
    for (size_t i = 1; i < m->names.len; i++) {
        if (strcmp(m->names.items[i], m->names.items[out - 1]) != 0)
            m->names.items[out++] = m->names.items[i];
        else
            free(m->names.items[i]);
    }
    m->names.len = out;
}

void dy_manifest_read(const char *dir, dy_manifest *m)
{
    memset(m, 0, sizeof *m);
    char *path = dy_path_join(dir, MANIFEST_NAME), *data;
    size_t len;
    dy_diag d = {0};
    /* a link named like the record is not ours either */
    bool ok = !dy_path_is_link(path) && dy_file_read(path, &data, &len, &d) == DY_OK;
    free(path);
    if (!ok)
        return;
    size_t head = strlen(MANIFEST_HEADER);
    ok = len > head && !memcmp(data, MANIFEST_HEADER, head) && data[head] == '\n' &&
         data[len - 1] == '\n' && memchr(data, '\0', len) == NULL;
    for (char *line = data + head + 1; ok && line < data + len;) {
        char *end = memchr(line, '\n', (size_t)(data + len - line));
        *end = '\0';
        ok = dy_path_relative_ok(line) && strlen(line) < 4096;
        if (ok)
            dy_manifest_add(m, line);
        line = end + 1;
    }
    free(data);
    if (!ok) /* malformed or foreign: it vouches for nothing */
        dy_manifest_fini(m);
    dy_manifest_seal(m);
}

dy_status dy_manifest_write(const char *dir, const dy_manifest *m, dy_diag *d)
{
    dy_buf b = {0};
    dy_buf_puts(&b, MANIFEST_HEADER "\n");
    for (size_t i = 0; i < m->names.len; i++)
        dy_buf_printf(&b, "%s\n", m->names.items[i]);
    char *path = dy_path_join(dir, MANIFEST_NAME);
    dy_status st = dy_file_write_atomic(path, b.data, b.len, d);
    free(path);
    dy_buf_fini(&b);
    return st;
}
