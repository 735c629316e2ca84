/* The build cache: content-addressed entries (a sentence's encoded segment, a voice's gain),
 * each in its own file named by a 128-bit hash of everything that makes its bytes (XXH3). An
 * entry carries its key and a checksum (XXH64) of its contents: a damaged entry (a torn write,
 * a bad disk, an edit) is detected, removed and reported, and the build makes it anew; it is
 * never copied into a book. Entries are written to a temporary name and renamed, so readers
 * (another build of the same text at the same time) see whole entries or none. Nothing is ever
 * pruned: the folder may be deleted at any time (the next build is then a full one). */
#ifndef DY_CACHE_H
#define DY_CACHE_H
#include "core/util.h"

typedef struct dy_key {
    uint8_t b[16];
} dy_key;

/* The key of some bytes (the caller lays out everything the entry depends on). */
dy_key dy_cache_key(const void *data, size_t n);

typedef struct dy_cache dy_cache;
/* A cache in folder dir (made when the first entry is written). */
dy_cache *dy_cache_open(const char *dir);
void dy_cache_close(dy_cache *c); /* accepts NULL */
/* Looks the key up. Found: true and the entry's contents appended to out. A damaged entry is
 * removed and counts as not found, with *damaged set (may be NULL). */
bool dy_cache_get(dy_cache *c, const dy_key *k, dy_buf *out, bool *damaged);
/* Stores an entry (replacing one with the same key). DY_ERR_IO when it cannot be written. */
dy_status dy_cache_put(dy_cache *c, const dy_key *k, const void *data, size_t n, dy_diag *d);
/* The file an entry lives in (for tests); caller frees. */
char *dy_cache_path(const dy_cache *c, const dy_key *k);
#endif
