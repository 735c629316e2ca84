/* The cover check (src/book/cover.c): PNGs and JPEGs built here chunk by chunk, whole and then
 * broken one way at a time (truncated, a bad CRC, IHDR not first, bytes after IEND, no frame
 * header, no end marker, too many pixels, too many bytes); each reason is named. */
#include "helpers.h"

#include <stdlib.h>
#include <string.h>

#include "book/cover.h"
#include "writers/zip.h"

static void put32(dy_buf *b, uint32_t v)
{
    unsigned char p[4] = {(unsigned char)(v >> 24), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 8), (unsigned char)v};
    dy_buf_append(b, (const char *)p, 4);
}

static void chunk(dy_buf *b, const char *type, const void *data, uint32_t n)
{
    put32(b, n);
    size_t at = b->len;
    dy_buf_append(b, type, 4);
    if (n)
        dy_buf_append(b, data, n);
    put32(b, dy_crc32(b->data + at, 4 + n));
}

/* A PNG of w×h (its IDAT is not a real image: the check does not decode). */
static void png(dy_buf *b, uint32_t w, uint32_t h)
{
    dy_buf_append(b, "\x89PNG\r\n\x1a\n", 8);
    dy_buf ihdr = {0};
    put32(&ihdr, w);
    put32(&ihdr, h);
    dy_buf_append(&ihdr, "\x08\x02\x00\x00\x00", 5);
    chunk(b, "IHDR", ihdr.data, 13);
    dy_buf_fini(&ihdr);
    chunk(b, "IDAT", "\x78\x9c\x63\x00\x00\x00\x01\x00\x01", 9);
    chunk(b, "IEND", NULL, 0);
}

/* A baseline JPEG frame of w×h: SOI, APP0, SOF0, SOS and a few bytes of scan data (with a
 * stuffed FF 00 and a restart marker), EOI. */
static void jpeg(dy_buf *b, unsigned w, unsigned h)
{
    dy_buf_append(b, "\xFF\xD8", 2);
    dy_buf_append(b, "\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 18);
    unsigned char sof[] = {0xFF,
                           0xC0,
                           0x00,
                           0x0B,
                           0x08,
                           (unsigned char)(h >> 8),
                           (unsigned char)h,
                           (unsigned char)(w >> 8),
                           (unsigned char)w,
                           0x01,
                           0x01,
                           0x11,
                           0x00};
    dy_buf_append(b, (const char *)sof, sizeof sof);
    dy_buf_append(b, "\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00", 10);
    dy_buf_append(b, "\x12\xFF\x00\x34\xFF\xD0\x56", 7);
    dy_buf_append(b, "\xFF\xD9", 2);
}

static const char *check(const dy_buf *b, char *why)
{
    why[0] = '\0';
    return dy_cover_check((const unsigned char *)b->data, b->len, why, 200);
}

static void test_png(void **state)
{
    (void)state;
    char why[200];
    dy_buf b = {0};
    png(&b, 600, 800);
    assert_string_equal(check(&b, why), "image/png");
    size_t whole = b.len;

    b.len = whole - 5; /* truncated inside IEND */
    assert_null(check(&b, why));
    assert_string_equal(why, "PNG: the file ends inside a chunk (truncated?)");
    b.len = 8 + 25 + 15; /* truncated inside IDAT's data */
    assert_null(check(&b, why));
    assert_string_equal(why, "PNG: chunk 'IDAT' runs past the end of the file (truncated?)");

    b.len = whole;
    b.data[8 + 8 + 2] ^= 1; /* IHDR's width: its CRC is now wrong */
    assert_null(check(&b, why));
    assert_string_equal(why, "PNG: bad CRC in chunk 'IHDR' (a damaged file)");
    b.data[8 + 8 + 2] ^= 1;

    dy_buf_append(&b, "x", 1); /* a byte after IEND */
    assert_null(check(&b, why));
    assert_string_equal(why, "PNG: 1 bytes after IEND, the last chunk");

    dy_buf_clear(&b); /* IDAT first */
    dy_buf_append(&b, "\x89PNG\r\n\x1a\n", 8);
    chunk(&b, "IDAT", "x", 1);
    chunk(&b, "IEND", NULL, 0);
    assert_null(check(&b, why));
    assert_string_equal(why, "PNG: the first chunk is 'IDAT', not IHDR");

    dy_buf_clear(&b); /* just the signature */
    dy_buf_append(&b, "\x89PNG\r\n\x1a\n", 8);
    assert_null(check(&b, why));
    assert_string_equal(why, "PNG: the file ends inside a chunk (truncated?)");

    dy_buf_clear(&b);
    png(&b, 4096, 4096); /* the cap itself is fine */
    assert_string_equal(check(&b, why), "image/png");
    dy_buf_clear(&b);
    png(&b, 4097, 10);
    assert_null(check(&b, why));
    assert_string_equal(why, "4097×10 pixels is too large for a cover; make it at most 4096 "
                             "pixels wide and high (limit 4096)");
    dy_buf_clear(&b);
    png(&b, 0, 10);
    assert_null(check(&b, why));
    assert_string_equal(why, "image/png: the image has no width or height");
    dy_buf_fini(&b);
}

static void test_jpeg(void **state)
{
    (void)state;
    char why[200];
    dy_buf b = {0};
    jpeg(&b, 640, 480);
    assert_string_equal(check(&b, why), "image/jpeg");
    size_t whole = b.len;

    b.len = whole - 2; /* no EOI */
    assert_null(check(&b, why));
    assert_string_equal(why, "JPEG: the file ends inside the image data (truncated?)");
    b.len = 2 + 18 + 5; /* inside SOF */
    assert_null(check(&b, why));
    assert_string_equal(why, "JPEG: segment FFC0 runs past the end of the file (truncated?)");

    dy_buf_clear(&b); /* SOI, EOI: a JPEG signature and nothing in it */
    dy_buf_append(&b, "\xFF\xD8\xFF\xD9", 4);
    assert_null(check(&b, why));
    assert_string_equal(why, "JPEG: no frame header (SOF) before the end marker");

    dy_buf_clear(&b);
    jpeg(&b, 5000, 3000);
    assert_null(check(&b, why));
    assert_string_equal(why, "5000×3000 pixels is too large for a cover; make it at most 4096 "
                             "pixels wide and high (limit 4096)");
    dy_buf_fini(&b);
}

static void test_other(void **state)
{
    (void)state;
    char why[200];
    dy_buf b = {0};
    dy_buf_append(&b, "GIF89a\x01\x00\x01\x00", 10);
    assert_null(check(&b, why));
    assert_string_equal(why, "not a JPEG or PNG image");
    dy_buf_clear(&b);
    assert_null(check(&b, why)); /* empty */
    assert_string_equal(why, "not a JPEG or PNG image");
    /* over the byte cap: refused before its structure is looked at */
    size_t big = (size_t)DY_COVER_MAX_BYTES + 1;
    unsigned char *p = calloc(big, 1);
    assert_non_null(p);
    memcpy(p, "\x89PNG\r\n\x1a\n", 8);
    assert_null(dy_cover_check(p, big, why, sizeof why));
    assert_string_equal(why, "10485761 bytes is too large for a cover (limit 10485760)");
    free(p);
    dy_buf_fini(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_png),
        cmocka_unit_test(test_jpeg),
        cmocka_unit_test(test_other),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
