/* The build cache (see cache.h). */
#include "core/cache.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "core/platform.h"

#define MAGIC "DYCACHE1"
#define HEADER (8 + 16 + 8 + 8) /* magic, key, length, checksum */

struct dy_cache {
    char *dir;
};

dy_key dy_cache_key(const void *data, size_t n)
{
    XXH128_hash_t h = XXH3_128bits(data, n);
    XXH128_canonical_t c;
    XXH128_canonicalFromHash(&c, h);
    dy_key k;
    memcpy(k.b, c.digest, sizeof k.b);
    return k;
}

dy_cache *dy_cache_open(const char *dir)
{
    dy_cache *c = dy_xcalloc(1, sizeof *c);
    c->dir = dy_xstrdup(dir);
    return c;
}

void dy_cache_close(dy_cache *c)
{
    if (!c)
        return;
    free(c->dir);
    free(c);
}

static void hex(char *out, const uint8_t *b, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[b[i] >> 4];
        out[2 * i + 1] = digits[b[i] & 15];
    }
    out[2 * n] = '\0';
}

/* "<dir>/ab": entries are spread over 256 folders by their first byte */
static char *entry_dir(const dy_cache *c, const dy_key *k)
{
    char sub[3];
    hex(sub, k->b, 1);
    return dy_path_join(c->dir, sub);
}

char *dy_cache_path(const dy_cache *c, const dy_key *k)
{
    char name[40];
    hex(name, k->b + 1, sizeof k->b - 1);
    memcpy(name + 30, ".dy", 4);
    char *dir = entry_dir(c, k);
    char *path = dy_path_join(dir, name);
    free(dir);
    return path;
}

static void put_le64(uint8_t *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static uint64_t get_le64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

bool dy_cache_get(dy_cache *c, const dy_key *k, dy_buf *out, bool *damaged)
{
    if (damaged)
        *damaged = false;
    char *path = dy_cache_path(c, k);
    char *data;
    size_t len;
    dy_diag d = {0};
    if (dy_file_read(path, &data, &len, &d) != DY_OK) {
        free(path);
        return false; /* not there (or unreadable: then it is made again) */
    }
    const uint8_t *p = (const uint8_t *)data;
    bool ok = len >= HEADER && !memcmp(p, MAGIC, 8) && !memcmp(p + 8, k->b, 16) &&
              get_le64(p + 24) == len - HEADER &&
              get_le64(p + 32) == XXH64(p + HEADER, len - HEADER, 0);
    if (ok) {
        dy_buf_append(out, data + HEADER, len - HEADER);
    } else {
        dy_file_remove(path, &d);
        if (damaged)
            *damaged = true;
    }
    free(data);
    free(path);
    return ok;
}

dy_status dy_cache_put(dy_cache *c, const dy_key *k, const void *data, size_t n, dy_diag *d)
{
    char *dir = entry_dir(c, k);
    dy_status st = dy_mkdirs(dir, d);
    free(dir);
    if (st != DY_OK)
        return st;
    uint8_t *buf = dy_xmalloc(HEADER + n);
    memcpy(buf, MAGIC, 8);
    memcpy(buf + 8, k->b, 16);
    put_le64(buf + 24, n);
    put_le64(buf + 32, XXH64(data, n, 0));
    if (n)
        memcpy(buf + HEADER, data, n);
    char *path = dy_cache_path(c, k);
    st = dy_file_publish(path, buf, HEADER + n, d);
    free(path);
    free(buf);
    return st;
}
