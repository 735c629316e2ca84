/* The cover image check (see cover.h): walks a PNG's chunks or a JPEG's marker segments, so that
 * a truncated download, a file renamed to .png or a 20000-pixel scan is refused when the book is
 * read, not embedded in every MP3 and the EPUB for a player to choke on. */
#include "book/cover.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "writers/zip.h"

static const char *fail(char *why, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, n, fmt, ap);
    va_end(ap);
    return NULL;
}

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static unsigned be16(const unsigned char *p) { return (unsigned)p[0] << 8 | p[1]; }

static const char *check_size(uint32_t w, uint32_t h, const char *mime, char *why, size_t n)
{
    if (w == 0 || h == 0)
        return fail(why, n, "%s: the image has no width or height", mime);
    if (w > DY_COVER_MAX_SIDE || h > DY_COVER_MAX_SIDE)
        return fail(why, n,
                    "%lu×%lu pixels is too large for a cover; make it at most %d pixels wide and "
                    "high (limit %d)",
                    (unsigned long)w, (unsigned long)h, DY_COVER_MAX_SIDE, DY_COVER_MAX_SIDE);
    return mime;
}

/* "\x89PNG\r\n\x1a\n", then chunks: length (4, big-endian), type (4 letters), data, CRC-32 of
 * type and data. IHDR (13 bytes: width, height, …) first, IEND (empty) last. */
static const char *check_png(const unsigned char *c, size_t len, char *why, size_t n)
{
    size_t pos = 8;
    uint32_t w = 0, h = 0;
    bool idat = false;
    for (int i = 0;; i++) {
        if (len - pos < 12)
            return fail(why, n, "PNG: the file ends inside a chunk (truncated?)");
        uint32_t clen = be32(c + pos);
        const unsigned char *type = c + pos + 4;
        char name[5] = {0};
        for (int k = 0; k < 4; k++)
            name[k] = (char)((type[k] | 0x20) >= 'a' && (type[k] | 0x20) <= 'z' ? type[k] : '?');
        if (strchr(name, '?'))
            return fail(why, n, "PNG: a chunk without a name at byte %zu", pos);
        if (clen > len - pos - 12)
            return fail(why, n, "PNG: chunk '%s' runs past the end of the file (truncated?)", name);
        if (dy_crc32(type, 4 + (size_t)clen) != be32(c + pos + 8 + clen))
            return fail(why, n, "PNG: bad CRC in chunk '%s' (a damaged file)", name);
        if (i == 0) {
            if (strcmp(name, "IHDR") != 0 || clen != 13)
                return fail(why, n, "PNG: the first chunk is '%s', not IHDR", name);
            w = be32(c + pos + 8);
            h = be32(c + pos + 12);
        } else if (!strcmp(name, "IHDR")) {
            return fail(why, n, "PNG: a second IHDR chunk");
        }
        idat = idat || !strcmp(name, "IDAT");
        pos += 12 + (size_t)clen;
        if (!strcmp(name, "IEND")) {
            if (pos != len)
                return fail(why, n, "PNG: %zu bytes after IEND, the last chunk", len - pos);
            break;
        }
    }
    if (!idat)
        return fail(why, n, "PNG: no image data (IDAT)");
    return check_size(w, h, "image/png", why, n);
}

/* FF D8 (SOI), then segments FF xx with a 2-byte length, the entropy-coded data after SOS (in
 * which FF is followed by 00 or a restart marker), and FF D9 (EOI). The frame header, one of
 * SOF0..SOF15 but not DHT (C4), JPG (C8) or DAC (CC), holds the height and width. */
static const char *check_jpeg(const unsigned char *c, size_t len, char *why, size_t n)
{
    size_t pos = 2;
    uint32_t w = 0, h = 0;
    bool sof = false;
    for (;;) {
        if (pos >= len || c[pos] != 0xFF)
            return fail(
                why, n, "JPEG: %s at byte %zu",
                pos >= len ? "the file ends before its end marker (truncated?)" : "no marker", pos);
        while (pos < len && c[pos] == 0xFF) /* fill bytes */
            pos++;
        if (pos >= len)
            return fail(why, n, "JPEG: the file ends before its end marker (truncated?)");
        unsigned m = c[pos++];
        if (m == 0xD9)
            break;
        if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) /* no length */
            continue;
        if (m == 0xD8 || m == 0x00)
            return fail(why, n, "JPEG: unexpected marker FF%02X at byte %zu", m, pos - 2);
        if (len - pos < 2 || be16(c + pos) < 2 || be16(c + pos) > len - pos)
            return fail(why, n, "JPEG: segment FF%02X runs past the end of the file (truncated?)",
                        m);
        unsigned slen = be16(c + pos);
        if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
            if (slen < 8)
                return fail(why, n, "JPEG: a frame header too short");
            h = be16(c + pos + 3);
            w = be16(c + pos + 5);
            sof = true;
        }
        pos += slen;
        if (m == 0xDA) { /* scan data: up to the next marker that is not 00 or a restart */
            while (pos + 1 < len && !(c[pos] == 0xFF && c[pos + 1] != 0 &&
                                      !(c[pos + 1] >= 0xD0 && c[pos + 1] <= 0xD7)))
                pos++;
            if (pos + 1 >= len)
                return fail(why, n, "JPEG: the file ends inside the image data (truncated?)");
        }
    }
    if (!sof)
        return fail(why, n, "JPEG: no frame header (SOF) before the end marker");
    return check_size(w, h, "image/jpeg", why, n);
}

const char *dy_cover_check(const unsigned char *c, size_t len, char *why, size_t n)
{
    if (len > DY_COVER_MAX_BYTES)
        return fail(why, n, "%zu bytes is too large for a cover (limit %d)", len,
                    DY_COVER_MAX_BYTES);
    if (len >= 8 && !memcmp(c, "\x89PNG\r\n\x1a\n", 8))
        return check_png(c, len, why, n);
    if (len >= 3 && c[0] == 0xFF && c[1] == 0xD8 && c[2] == 0xFF)
        return check_jpeg(c, len, why, n);
    return fail(why, n, "not a JPEG or PNG image");
}
