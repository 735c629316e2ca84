/* ID3v2.3 writer (src/id3.c): the bytes of the header and frames, and every value read back by a
 * real reader, libmpg123, from a tag put in front of one second of LAME-encoded sine. */
#include "helpers.h"

#include "audio/id3.h"

#include <fcntl.h>
#include <lame/lame.h>
#include <math.h>
#include <mpg123.h>
#include <stdio.h>
#include <unistd.h>

/* ---- The MP3 stream that follows the tag: 1 s of 440 Hz, 22050 Hz mono, 64 kbit/s ---- */

#define RATE 22050

static dy_buf mp3; /* encoded once for the whole group */

static int encode_sine(void **state)
{
    (void)state;
    lame_global_flags *gf = lame_init();
    if (!gf)
        return -1;
    lame_set_in_samplerate(gf, RATE);
    lame_set_out_samplerate(gf, RATE);
    lame_set_num_channels(gf, 1);
    lame_set_mode(gf, MONO);
    lame_set_brate(gf, 64);
    lame_set_write_id3tag_automatic(gf, 0); /* the tag under test is the only one */
    lame_set_bWriteVbrTag(gf, 0);           /* no Info frame left to patch afterwards */
    if (lame_init_params(gf) < 0)
        return -1;
    short pcm[RATE];
    for (int i = 0; i < RATE; i++)
        pcm[i] = (short)(8000.0 * sin(2.0 * 3.14159265358979 * 440.0 * i / RATE));
    int cap = RATE * 5 / 4 + 7200;
    unsigned char *buf = dy_xmalloc((size_t)cap);
    int n = lame_encode_buffer(gf, pcm, pcm, RATE, buf, cap);
    if (n < 0)
        return -1;
    dy_buf_append(&mp3, (char *)buf, (size_t)n);
    n = lame_encode_flush(gf, buf, cap);
    if (n < 0)
        return -1;
    dy_buf_append(&mp3, (char *)buf, (size_t)n);
    free(buf);
    lame_close(gf);
    return mp3.len > 1000 ? 0 : -1;
}

static int free_sine(void **state)
{
    (void)state;
    dy_buf_fini(&mp3);
    return 0;
}

/* ---- Reading back with libmpg123 ---- */

typedef struct readback {
    mpg123_handle *mh;
    mpg123_id3v2 *v2; /* owned by mh */
    char *messages;   /* what libmpg123 wrote on stderr (warnings, errors); caller frees */
    off_t length;     /* samples, from mpg123_scan */
    long decoded;     /* samples actually decoded */
} readback;

/* Writes tag + the sine to a file and reads it with libmpg123, catching its stderr, where it
 * reports every ID3 problem ("Weird tag size", "Invalid UTF16 surrogate pair" ...). */
static readback read_back_bytes(const char *name, const dy_buf *tag)
{
    dy_buf file = {0};
    dy_buf_append(&file, tag->data, tag->len);
    dy_buf_append(&file, mp3.data, mp3.len);
    char *dir = th_tmpdir(name);
    dy_buf path = {0}, log = {0};
    dy_buf_printf(&path, "%s/book.mp3", dir);
    dy_buf_printf(&log, "%s/stderr.txt", dir);
    th_write(path.data, file.data, file.len);

    readback r = {0};
    fflush(stderr);
    int saved = dup(2);
    int fd = open(log.data, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    assert_true(saved >= 0 && fd >= 0);
    dup2(fd, 2);

    mpg123_init();
    int err = MPG123_OK;
    r.mh = mpg123_new(NULL, &err);
    int open_ok = r.mh && mpg123_open(r.mh, path.data) == MPG123_OK;
    int scan_ok = open_ok && mpg123_scan(r.mh) == MPG123_OK;
    if (scan_ok) {
        r.length = mpg123_length(r.mh);
        unsigned char pcm[16384];
        size_t got = 0;
        long rate = 0;
        int channels = 1, encoding = MPG123_ENC_SIGNED_16;
        mpg123_getformat(r.mh, &rate, &channels, &encoding);
        for (;;) {
            int ret = mpg123_read(r.mh, pcm, sizeof pcm, &got);
            r.decoded += (long)(got / (size_t)mpg123_encsize(encoding) / (size_t)channels);
            if (ret == MPG123_DONE)
                break;
            if (ret != MPG123_OK && ret != MPG123_NEW_FORMAT) {
                r.decoded = -1;
                break;
            }
        }
        if (mpg123_meta_check(r.mh) & MPG123_ID3)
            mpg123_id3(r.mh, NULL, &r.v2);
    }

    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    close(fd);
    r.messages = th_read(log.data, NULL);
    assert_true(open_ok);
    assert_true(scan_ok);
    dy_buf_fini(&file);
    dy_buf_fini(&path);
    dy_buf_fini(&log);
    free(dir);
    return r;
}

static readback read_back(const char *name, const dy_id3_tag *tag, size_t padding)
{
    dy_buf b = {0};
    dy_id3_serialize(tag, padding, &b);
    readback r = read_back_bytes(name, &b);
    dy_buf_fini(&b);
    return r;
}

static void readback_fini(readback *r)
{
    mpg123_delete(r->mh);
    free(r->messages);
}

/* The reader saw a clean file: an ID3v2.3 tag, no complaints, every MP3 frame decoded. */
static void assert_clean(const readback *r)
{
    assert_string_equal(r->messages, "");
    assert_non_null(r->v2);
    assert_int_equal(r->v2->version, 3);
    assert_true(r->length >= RATE);
    assert_int_equal(r->decoded, (long)r->length);
}

static int count_text(const mpg123_id3v2 *v2, const char *id)
{
    int n = 0;
    for (size_t i = 0; i < v2->texts; i++)
        n += memcmp(v2->text[i].id, id, 4) == 0;
    return n;
}

static const mpg123_string *text_of(const mpg123_id3v2 *v2, const char *id)
{
    for (size_t i = 0; i < v2->texts; i++)
        if (memcmp(v2->text[i].id, id, 4) == 0)
            return &v2->text[i].text;
    fail_msg("no %s frame read back", id);
    return NULL;
}

/* Equal, and nothing after it: fill counts the one closing NUL libmpg123 adds, so a stray
 * terminator or a second string inside the frame would show up here. */
static void assert_mstr(const mpg123_string *s, const char *expected)
{
    assert_non_null(s);
    assert_non_null(s->p);
    assert_string_equal(s->p, expected);
    assert_int_equal(s->fill, strlen(expected) + 1);
}

/* ---- Byte level ---- */

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void test_header_bytes(void **state)
{
    (void)state;
    dy_id3_tag *t = dy_id3_new();
    dy_id3_set_text(t, "TIT2", "Кеңес өкіметінің орнауы");
    dy_id3_set_text(t, "TPE1", "Abai");
    const size_t paddings[] = {0, 1, 100, 1000, 70000};
    for (size_t k = 0; k < sizeof paddings / sizeof *paddings; k++) {
        dy_buf b = {0};
        dy_buf_puts(&b, "keep"); /* serialize appends */
        dy_id3_serialize(t, paddings[k], &b);
        const unsigned char *h = (const unsigned char *)b.data + 4;
        size_t len = b.len - 4;
        assert_memory_equal(h, "ID3\x03\x00\x00", 6);
        for (int i = 6; i < 10; i++)
            assert_true(h[i] < 0x80);
        size_t size = (size_t)h[6] << 21 | (size_t)h[7] << 14 | (size_t)h[8] << 7 | h[9];
        assert_int_equal(size, len - 10);

        /* Walk the frames by their plain sizes; then only padding is left. */
        size_t pos = 10;
        const char *ids[] = {"TIT2", "TPE1"};
        for (int f = 0; f < 2; f++) {
            assert_memory_equal(h + pos, ids[f], 4);
            uint32_t fsize = be32(h + pos + 4);
            assert_int_equal(h[pos + 8], 0);
            assert_int_equal(h[pos + 9], 0);
            pos += 10 + fsize;
        }
        assert_int_equal(len - pos, paddings[k]);
        for (; pos < len; pos++)
            assert_int_equal(h[pos], 0);
        assert_memory_equal(b.data, "keep", 4);
        dy_buf_fini(&b);
    }
    dy_id3_free(t);
}

static void test_frame_bytes(void **state)
{
    (void)state;
    dy_id3_tag *t = dy_id3_new();
    dy_id3_set_text(t, "TPE1", "Abai");             /* ASCII: ISO-8859-1 */
    dy_id3_set_text(t, "TIT2", "Аб");               /* UTF-16 LE with BOM */
    dy_id3_set_text(t, "TIT3", "\xF0\x9F\x93\x9A"); /* U+1F4DA: surrogate pair D83D DCDA */
    dy_id3_set_comment(t, "KAZ", "Ok");
    dy_buf b = {0};
    dy_id3_serialize(t, 0, &b);
    static const unsigned char want[] = {
        'I',  'D',  '3',  3,   0,   0,   0,   0,   0,    66,   'T',  'P',  'E',  '1',
        0,    0,    0,    5,   0,   0,   0,   'A', 'b',  'a',  'i',  'T',  'I',  'T',
        '2',  0,    0,    0,   7,   0,   0,   1,   0xFF, 0xFE, 0x10, 0x04, 0x31, 0x04, /* А б */
        'T',  'I',  'T',  '3', 0,   0,   0,   7,   0,    0,    1,    0xFF, 0xFE, 0x3D,
        0xD8, 0xDA, 0xDC, 'C', 'O', 'M', 'M', 0,   0,    0,    7,    0,    0,    0,
        'k',  'a',  'z',  0,   'O', 'k',
    };
    assert_int_equal(b.len, sizeof want);
    assert_memory_equal(b.data, want, sizeof want);
    dy_buf_fini(&b);

    /* A Cyrillic comment: empty description as BOM + 00 00, then the text with its own BOM. */
    dy_id3_tag *c = dy_id3_new();
    dy_id3_set_comment(c, "kaz", "Ә");
    dy_id3_serialize(c, 0, &b);
    static const unsigned char comm[] = {
        1,    'k',  'a',  'z',  /* encoding, language */
        0xFF, 0xFE, 0,    0,    /* empty description */
        0xFF, 0xFE, 0xD8, 0x04, /* "Ә" */
    };
    assert_int_equal(b.len, 20 + sizeof comm);
    assert_memory_equal(b.data + 20, comm, sizeof comm);
    dy_buf_fini(&b);
    dy_id3_free(c);
    dy_id3_free(t);
}

static void test_order_and_replace_bytes(void **state)
{
    (void)state;
    dy_id3_tag *t = dy_id3_new();
    dy_id3_set_text(t, "TALB", "a");
    dy_id3_set_text(t, "TIT2", "b");
    dy_id3_set_text(t, "TRCK", "1");
    dy_id3_set_text(t, "TALB", "Жаңа"); /* replaced where it was */
    dy_id3_set_text(t, "TIT2", NULL);   /* removed */
    dy_id3_set_text(t, "TRCK", "");     /* removed */
    dy_id3_set_text(t, "TYER", "1917");
    dy_buf b = {0};
    dy_id3_serialize(t, 0, &b);
    const unsigned char *p = (const unsigned char *)b.data;
    assert_memory_equal(p + 10, "TALB", 4);
    size_t next = 10 + 10 + be32(p + 14);
    assert_int_equal(be32(p + 14), 1 + 2 + 8);
    assert_memory_equal(p + next, "TYER", 4);
    assert_int_equal(next + 10 + be32(p + next + 4), b.len);
    dy_buf_fini(&b);
    dy_id3_free(t);
}

static void test_rejected_ids(void **state)
{
    (void)state;
    dy_id3_tag *t = dy_id3_new();
    const char *bad[] = {NULL,   "",     "T",    "TIT",  "TIT22", "tit2", "Tit2",
                         "T_T2", "TIT ", "COMM", "APIC", "TXXX",  "ТІТ2" /* Cyrillic */};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        dy_id3_set_text(t, bad[i], "x");
    dy_buf b = {0};
    dy_id3_serialize(t, 100, &b);
    assert_int_equal(b.len, 0); /* no frames: no tag at all */
    dy_id3_set_text(t, "TSOA", "x");
    dy_id3_set_text(t, "TPE2", "x");
    dy_id3_serialize(t, 0, &b);
    assert_int_equal(b.len, 10 + 2 * 12);
    dy_buf_fini(&b);

    /* NULL tags are ignored too. */
    dy_id3_set_text(NULL, "TIT2", "x");
    dy_id3_set_comment(NULL, "kaz", "x");
    dy_id3_serialize(NULL, 10, &b);
    assert_int_equal(b.len, 0);
    dy_id3_free(t);
    dy_id3_free(NULL);
}

/* ---- Read back by libmpg123 ---- */

static const char *title = "Кеңес өкіметінің орнауы";
static const char *album = "Қазақ тарихы";
static const char *artist = "Әлихан Бөкейхан";
static const char *comment = "Қазақ тарихы туралы кітаптың екінші тарауы.";

static void test_mpg123_book_tag(void **state)
{
    (void)state;
    dy_id3_tag *t = dy_id3_new();
    dy_id3_set_text(t, "TIT2", title);
    dy_id3_set_text(t, "TALB", "ескі атау"); /* replaced below */
    dy_id3_set_text(t, "TPE1", artist);
    dy_id3_set_text(t, "TRCK", "2/3");
    dy_id3_set_text(t, "TYER", "1917");
    dy_id3_set_text(t, "TCON", "Audiobook");
    dy_id3_set_text(t, "TLAN", "kaz");
    dy_id3_set_text(t, "TENC", "dauys 0.1.0");
    dy_id3_set_comment(t, "kaz", comment);
    dy_id3_set_text(t, "TALB", album);
    readback r = read_back("id3_book", t, 256);
    assert_clean(&r);
    const mpg123_id3v2 *v2 = r.v2;

    assert_mstr(v2->title, title);
    assert_mstr(v2->album, album);
    assert_mstr(v2->artist, artist);
    assert_mstr(v2->year, "1917");
    assert_mstr(v2->genre, "Audiobook");
    assert_mstr(text_of(v2, "TRCK"), "2/3");
    assert_mstr(text_of(v2, "TLAN"), "kaz");
    assert_mstr(text_of(v2, "TENC"), "dauys 0.1.0");

    /* One frame per id, in the order the ids were first set. */
    const char *order[] = {"TIT2", "TALB", "TPE1", "TRCK", "TYER", "TCON", "TLAN", "TENC"};
    assert_int_equal(v2->texts, 8);
    for (size_t i = 0; i < 8; i++) {
        assert_memory_equal(v2->text[i].id, order[i], 4);
        assert_int_equal(count_text(v2, order[i]), 1);
    }

    assert_int_equal(v2->comments, 1);
    assert_memory_equal(v2->comment_list[0].id, "COMM", 4);
    assert_memory_equal(v2->comment_list[0].lang, "kaz", 3);
    assert_string_equal(v2->comment_list[0].description.p, "");
    assert_mstr(&v2->comment_list[0].text, comment);
    assert_non_null(v2->comment);
    assert_string_equal(v2->comment->p, comment);
    readback_fini(&r);
    dy_id3_free(t);
}

static void test_mpg123_emoji_and_ascii(void **state)
{
    (void)state;
    /* U+1F4DA U+1F3A7 around Cyrillic, and a U+FFFD for the invalid byte 0xFF. */
    const char *emoji = "\xF0\x9F\x93\x9A Кітап \xF0\x9F\x8E\xA7";
    dy_id3_tag *t = dy_id3_new();
    dy_id3_set_text(t, "TIT2", emoji);
    dy_id3_set_text(t, "TPE1", "Abai Qunanbaiuly"); /* ASCII only: ISO-8859-1 */
    dy_id3_set_text(t, "TALB", "Book \xFF one\tpart\n2");
    dy_id3_set_comment(t, "eng", "Plain ASCII comment\nsecond line\r\nthird");
    dy_id3_set_comment(t, "kaz", "\xF0\x9F\x98\x80");
    readback r = read_back("id3_emoji", t, 0);
    assert_clean(&r);
    assert_mstr(r.v2->title, emoji);
    assert_mstr(r.v2->artist, "Abai Qunanbaiuly");
    assert_mstr(r.v2->album, "Book \xEF\xBF\xBD one part 2");
    assert_int_equal(r.v2->comments, 2);
    assert_memory_equal(r.v2->comment_list[0].lang, "eng", 3);
    assert_mstr(&r.v2->comment_list[0].text, "Plain ASCII comment\nsecond line\nthird");
    assert_memory_equal(r.v2->comment_list[1].lang, "kaz", 3);
    assert_mstr(&r.v2->comment_list[1].text, "\xF0\x9F\x98\x80");
    readback_fini(&r);
    dy_id3_free(t);
}

static void test_mpg123_comment_replace(void **state)
{
    (void)state;
    dy_id3_tag *t = dy_id3_new();
    dy_id3_set_comment(t, "kaz", "бірінші");
    dy_id3_set_comment(t, "rus", "первый");
    dy_id3_set_comment(t, NULL, "undetermined");
    dy_id3_set_comment(t, "x1!", "also undetermined"); /* replaces the "und" one */
    dy_id3_set_comment(t, "KAZ", "екінші");            /* replaces "kaz" in place */
    dy_id3_set_comment(t, "rus", NULL);                /* removes "rus" */
    dy_id3_set_text(t, "TIT2", "x");
    readback r = read_back("id3_comm", t, 10);
    assert_clean(&r);
    assert_int_equal(r.v2->comments, 2);
    assert_memory_equal(r.v2->comment_list[0].lang, "kaz", 3);
    assert_mstr(&r.v2->comment_list[0].text, "екінші");
    assert_memory_equal(r.v2->comment_list[1].lang, "und", 3);
    assert_mstr(&r.v2->comment_list[1].text, "also undetermined");
    readback_fini(&r);
    dy_id3_free(t);
}

/* A frame of more than 127 bytes: its plain v2.3 size has bytes >= 0x80, which a reader that
 * wrongly expected synchsafe frame sizes would refuse. */
static void test_mpg123_long_value(void **state)
{
    (void)state;
    dy_buf v = {0};
    for (int i = 0; i < 300; i++)
        dy_buf_puts(&v, i % 10 == 9 ? " " : "ә");
    dy_id3_tag *t = dy_id3_new();
    dy_id3_set_text(t, "TIT2", v.data);
    dy_id3_set_text(t, "TRCK", "12/40");
    dy_buf b = {0};
    dy_id3_serialize(t, 0, &b);
    assert_int_equal(be32((const unsigned char *)b.data + 14), 1 + 2 + 600);
    dy_buf_fini(&b);
    readback r = read_back("id3_long", t, 4096);
    assert_clean(&r);
    assert_mstr(r.v2->title, v.data);
    assert_mstr(text_of(r.v2, "TRCK"), "12/40");
    readback_fini(&r);
    dy_id3_free(t);
    dy_buf_fini(&v);
}

/* The stderr check can fail: a broken surrogate pair, patched into a good tag, is reported. */
static void test_mpg123_reports_damage(void **state)
{
    (void)state;
    dy_id3_tag *t = dy_id3_new();
    dy_id3_set_text(t, "TIT2", "\xF0\x9F\x93\x9A"); /* 01 FF FE 3D D8 DA DC */
    dy_buf b = {0};
    dy_id3_serialize(t, 0, &b);
    assert_int_equal(b.len, 27);
    assert_memory_equal(b.data + 23, "\x3D\xD8\xDA\xDC", 4);
    b.data[25] = 'A'; /* the low surrogate becomes U+0041 */
    b.data[26] = 0;
    readback r = read_back_bytes("id3_damage", &b);
    assert_non_null(strstr(r.messages, "surrogate"));
    readback_fini(&r);
    dy_buf_fini(&b);
    dy_id3_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_header_bytes),
        cmocka_unit_test(test_frame_bytes),
        cmocka_unit_test(test_order_and_replace_bytes),
        cmocka_unit_test(test_rejected_ids),
        cmocka_unit_test(test_mpg123_book_tag),
        cmocka_unit_test(test_mpg123_emoji_and_ascii),
        cmocka_unit_test(test_mpg123_comment_replace),
        cmocka_unit_test(test_mpg123_long_value),
        cmocka_unit_test(test_mpg123_reports_damage),
    };
    return cmocka_run_group_tests(tests, encode_sine, free_sine);
}
