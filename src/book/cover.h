/* The book's cover image, checked before it goes into every file's tag and the EPUB: a PNG or
 * JPEG whose structure is walked (not only its first bytes), within the size caps below (the
 * README's Limits). Part of input (input.c reads the file; this looks at its bytes). */
#ifndef DY_COVER_H
#define DY_COVER_H

#include <stddef.h>

/* A cover is copied into every file's tag: players show a few hundred pixels. */
#define DY_COVER_MAX_BYTES (10 << 20) /* 10 MiB */
#define DY_COVER_MAX_SIDE 4096        /* pixels, each of width and height (so 16 Mpx at most) */

/* The MIME type of a usable cover ("image/png" or "image/jpeg", static), or NULL with the reason
 * in why[0 .. n) ("not a JPEG or PNG image", "PNG: bad CRC in chunk 'IDAT'", "4800×3200 pixels
 * is over 4096 (limit 4096)" …). PNG: the signature, IHDR first with a width and height, every
 * chunk whole with its CRC right, an IDAT, IEND last. JPEG: SOI, whole marker segments, a frame
 * header (SOF) with a width and height, an EOI. The image data itself is not decoded. */
const char *dy_cover_check(const unsigned char *c, size_t len, char *why, size_t n);

#endif
