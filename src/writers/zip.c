/* ZIP writer (see zip.h). */
#include "writers/zip.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "core/platform.h"

#define DOS_DATE 0x0021 /* 1980-01-01 */
#define DOS_TIME 0x0000
#define UTF8_NAMES 0x0800

typedef struct entry {
    char *name;
    uint32_t crc, size;
    uint32_t offset; /* of its local header */
} entry;

struct dy_zip {
    dy_outfile *file;
    char *path;
    DY_VEC(entry) entries;
    uLong crc; /* of the entry being streamed (dy_zip_begin), and its size so far */
    uint64_t size;
};

static void le16(uint8_t *p, unsigned v) { p[0] = (uint8_t)v, p[1] = (uint8_t)(v >> 8); }
static void le32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

dy_status dy_zip_open(dy_zip **z, const char *path, dy_diag *d)
{
    *z = dy_xcalloc(1, sizeof **z);
    (*z)->path = dy_xstrdup(path);
    dy_status st = dy_outfile_open(&(*z)->file, path, d);
    if (st != DY_OK) {
        free((*z)->path);
        free(*z);
        *z = NULL;
    }
    return st;
}

void dy_zip_abort(dy_zip *z)
{
    if (!z)
        return;
    dy_outfile_abort(z->file);
    for (size_t i = 0; i < z->entries.len; i++)
        free(z->entries.items[i].name);
    DY_VEC_FREE(&z->entries);
    free(z->path);
    free(z);
}

static dy_status too_big(dy_zip *z, dy_diag *d)
{
    return dy_diag_set(d, DY_ERR_IO, z->path, 0, 0,
                       "the archive would pass 4 GiB or 65535 entries");
}

/* The local header of a new entry, its CRC and size to be set when known. *out is the entry
 * (owned by z), or NULL when the archive is full. */
static dy_status begin(dy_zip *z, const char *name, entry **out, dy_diag *d)
{
    *out = NULL;
    uint64_t at = dy_outfile_size(z->file);
    size_t n = strlen(name);
    if (at > UINT32_MAX || z->entries.len >= 65535 || n > 65535)
        return too_big(z, d);
    entry *e = DY_VEC_PUSH(&z->entries);
    *e = (entry){dy_xstrdup(name), 0, 0, (uint32_t)at};
    uint8_t h[30] = {0};
    le32(h, 0x04034b50);
    le16(h + 4, 10); /* version 1.0: stored */
    le16(h + 6, UTF8_NAMES);
    le16(h + 8, 0); /* stored */
    le16(h + 10, DOS_TIME);
    le16(h + 12, DOS_DATE);
    le16(h + 26, (unsigned)n);
    dy_status st = dy_outfile_write(z->file, h, sizeof h, d);
    if (st == DY_OK)
        st = dy_outfile_write(z->file, name, n, d);
    *out = e;
    return st;
}

/* Sets the CRC and sizes in the entry's local header. */
static dy_status end(dy_zip *z, entry *e, uint64_t size, dy_diag *d)
{
    if (size > UINT32_MAX)
        return too_big(z, d);
    e->size = (uint32_t)size;
    uint8_t h[12];
    le32(h, e->crc);
    le32(h + 4, e->size);
    le32(h + 8, e->size);
    return dy_outfile_pwrite(z->file, h, sizeof h, e->offset + 14, d);
}

dy_status dy_zip_add(dy_zip *z, const char *name, const void *data, size_t n, dy_diag *d)
{
    entry *e;
    dy_status st = begin(z, name, &e, d);
    if (st != DY_OK)
        return st;
    e->crc = (uint32_t)crc32(0L, data, (uInt)n);
    st = dy_outfile_write(z->file, data, n, d);
    return st == DY_OK ? end(z, e, n, d) : st;
}

/* A piece of a streamed entry: counted in its CRC and written. */
typedef struct stream {
    dy_zip *z;
    uLong crc;
    uint64_t size;
} stream;

static dy_status stream_piece(void *ctx, const void *data, size_t n, dy_diag *d)
{
    stream *s = ctx;
    s->crc = crc32(s->crc, data, (uInt)n);
    s->size += n;
    return dy_outfile_write(s->z->file, data, n, d);
}

dy_status dy_zip_add_file(dy_zip *z, const char *name, const char *path, uint64_t skip, dy_diag *d)
{
    entry *e;
    dy_status st = begin(z, name, &e, d);
    stream s = {z, crc32(0L, Z_NULL, 0), 0};
    if (st == DY_OK)
        st = dy_file_each(path, skip, stream_piece, &s, d);
    if (st != DY_OK)
        return st;
    e->crc = (uint32_t)s.crc;
    return end(z, e, s.size, d);
}

dy_status dy_zip_begin(dy_zip *z, const char *name, dy_diag *d)
{
    entry *e;
    z->crc = crc32(0L, Z_NULL, 0);
    z->size = 0;
    return begin(z, name, &e, d);
}

dy_status dy_zip_write(dy_zip *z, const void *data, size_t n, dy_diag *d)
{
    stream s = {z, z->crc, z->size};
    dy_status st = stream_piece(&s, data, n, d);
    z->crc = s.crc;
    z->size = s.size;
    return st;
}

dy_status dy_zip_end(dy_zip *z, dy_diag *d)
{
    entry *e = &z->entries.items[z->entries.len - 1];
    e->crc = (uint32_t)z->crc;
    return end(z, e, z->size, d);
}

dy_status dy_zip_close(dy_zip *z, dy_diag *d)
{
    uint64_t cd = dy_outfile_size(z->file);
    dy_status st = cd > UINT32_MAX ? too_big(z, d) : DY_OK;
    for (size_t i = 0; i < z->entries.len && st == DY_OK; i++) {
        const entry *e = &z->entries.items[i];
        size_t n = strlen(e->name);
        uint8_t h[46] = {0};
        le32(h, 0x02014b50);
        le16(h + 4, 20); /* made by: MS-DOS-compatible, 2.0 */
        le16(h + 6, 10);
        le16(h + 8, UTF8_NAMES);
        le16(h + 12, DOS_TIME);
        le16(h + 14, DOS_DATE);
        le32(h + 16, e->crc);
        le32(h + 20, e->size);
        le32(h + 24, e->size);
        le16(h + 28, (unsigned)n);
        le32(h + 42, e->offset);
        st = dy_outfile_write(z->file, h, sizeof h, d);
        if (st == DY_OK)
            st = dy_outfile_write(z->file, e->name, n, d);
    }
    uint64_t size = dy_outfile_size(z->file) - cd;
    if (st == DY_OK && size > UINT32_MAX)
        st = too_big(z, d);
    if (st == DY_OK) {
        uint8_t h[22] = {0};
        le32(h, 0x06054b50);
        le16(h + 8, (unsigned)z->entries.len);
        le16(h + 10, (unsigned)z->entries.len);
        le32(h + 12, (uint32_t)size);
        le32(h + 16, (uint32_t)cd);
        st = dy_outfile_write(z->file, h, sizeof h, d);
    }
    if (st == DY_OK) {
        st = dy_outfile_commit(z->file, d);
        z->file = NULL;
    }
    dy_zip_abort(z);
    return st;
}

uint32_t dy_crc32(const void *data, size_t n)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    for (const unsigned char *p = data; n > 0;) { /* uInt may be narrower than size_t */
        uInt k = n > 1u << 30 ? 1u << 30 : (uInt)n;
        crc = crc32(crc, p, k);
        p += k;
        n -= k;
    }
    return (uint32_t)crc;
}
