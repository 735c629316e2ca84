/* A ZIP archive (the EPUB container), written entry by entry through a dy_outfile, so it
 * appears whole or not at all and memory does not grow with its audio. Entries are stored (the
 * EPUB's audio is MP3 already and its XHTML small; OCF requires the first entry, mimetype, to be
 * stored), dated 1980-01-01 so that the same book gives the same bytes, with UTF-8 names. CRCs
 * by zlib. At most 4 GiB and 65535 entries (no ZIP64): more is DY_ERR_IO. */
#ifndef DY_ZIP_H
#define DY_ZIP_H
#include "core/util.h"

typedef struct dy_zip dy_zip;
dy_status dy_zip_open(dy_zip **z, const char *path, dy_diag *d);
/* An entry from memory. */
dy_status dy_zip_add(dy_zip *z, const char *name, const void *data, size_t n, dy_diag *d);
/* An entry copied from the file at path, from byte `skip` on, streamed. */
dy_status dy_zip_add_file(dy_zip *z, const char *name, const char *path, uint64_t skip, dy_diag *d);
/* An entry streamed: dy_zip_begin, then dy_zip_write any number of times, then dy_zip_end;
 * no other entry meanwhile. */
dy_status dy_zip_begin(dy_zip *z, const char *name, dy_diag *d);
dy_status dy_zip_write(dy_zip *z, const void *data, size_t n, dy_diag *d);
dy_status dy_zip_end(dy_zip *z, dy_diag *d);
/* Writes the central directory and renames the archive into place; frees z. */
dy_status dy_zip_close(dy_zip *z, dy_diag *d);
/* Drops the unfinished archive; frees z. Accepts NULL. */
void dy_zip_abort(dy_zip *z);
/* The CRC-32 of data[0 .. n) (ZIP's and PNG's), by zlib. */
uint32_t dy_crc32(const void *data, size_t n);
#endif
