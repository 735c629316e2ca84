/* ID3v2.3 tag writer (the id3 stage, after mp3; see id3.h). Implements the informal standard
 * "ID3 tag version 2.3.0" (id3.org, 1999): section 3.1 header, 3.3 frame header, 4.2 text
 * frames, 4.11 comments. Frames are kept encoded, in insertion order; serializing only adds the
 * headers, so later frame kinds (CHAP, CTOC, APIC) plug in as one more body builder. */
#include "audio/id3.h"

#include "core/platform.h"

#include <stdint.h>
#include <string.h>

/* The tag size is a 28-bit synchsafe integer that counts everything after the 10-byte header. */
#define TAG_MAX 0x0FFFFFFFu
#define HEADER_LEN 10
#define FRAME_HEADER_LEN 10

enum { ENC_LATIN1 = 0, ENC_UTF16 = 1 };

typedef struct frame {
    char id[5];
    char lang[16]; /* what tells two frames of one id apart: a COMM's language (its description is
                      always empty), a CHAP's or CTOC's element id */
    dy_buf body;   /* the frame's content, after its 10-byte header */
} frame;

struct dy_id3_tag {
    DY_VEC(frame) frames;
};

dy_id3_tag *dy_id3_new(void) { return dy_xcalloc(1, sizeof(dy_id3_tag)); }

void dy_id3_free(dy_id3_tag *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->frames.len; i++)
        dy_buf_fini(&t->frames.items[i].body);
    DY_VEC_FREE(&t->frames);
    free(t);
}

/* Section 4: frame ids are four characters of A-Z and 0-9. */
static bool valid_id(const char *id)
{
    if (!id)
        return false;
    for (int k = 0; k < 4; k++) {
        char c = id[k];
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return id[4] == '\0';
}

static size_t find(const dy_id3_tag *t, const char *id, const char *lang)
{
    for (size_t i = 0; i < t->frames.len; i++) {
        const frame *f = &t->frames.items[i];
        if (memcmp(f->id, id, 4) == 0 && strcmp(f->lang, lang) == 0)
            return i;
    }
    return SIZE_MAX;
}

static void remove_frame(dy_id3_tag *t, const char *id, const char *lang)
{
    size_t i = find(t, id, lang);
    if (i == SIZE_MAX)
        return;
    dy_buf_fini(&t->frames.items[i].body);
    memmove(&t->frames.items[i], &t->frames.items[i + 1],
            (t->frames.len - i - 1) * sizeof *t->frames.items);
    t->frames.len--;
}

/* Stores body (taking its memory) under id+lang: in place of an earlier frame with the same key,
 * so a replaced value keeps its position, or else at the end. */
static void put_frame(dy_id3_tag *t, const char *id, const char *lang, dy_buf *body)
{
    size_t i = find(t, id, lang);
    frame *f;
    if (i == SIZE_MAX) {
        f = DY_VEC_PUSH(&t->frames);
        memcpy(f->id, id, 5);
        memcpy(f->lang, lang, strlen(lang) + 1);
    } else {
        f = &t->frames.items[i];
        dy_buf_fini(&f->body);
    }
    f->body = *body;
    *body = (dy_buf){0};
}

static bool is_ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return false;
    return true;
}

/* The code points a frame stores for s: invalid UTF-8 becomes U+FFFD; C0 controls become spaces,
 * because text frames hold one line (4.2). A comment (4.11) may hold line breaks: "\r\n" and a
 * lone "\r" become "\n" there. */
static int32_t next_cp(const char *s, size_t n, size_t *i, bool multiline)
{
    int32_t cp = dy_utf8_next(s, n, i);
    if (cp < 0)
        return 0xFFFD;
    if (multiline && cp == '\r') {
        if (*i < n && s[*i] == '\n')
            ++*i;
        return '\n';
    }
    if (cp < 0x20 && !(multiline && cp == '\n'))
        return ' ';
    return cp;
}

static void put_u16le(dy_buf *out, unsigned u)
{
    char b[2] = {(char)(u & 0xFF), (char)(u >> 8)};
    dy_buf_append(out, b, 2);
}

/* Appends s in encoding enc, without a terminator. UTF-16 gets its byte order mark (FF FE,
 * little-endian, as Windows writes it) and surrogate pairs above U+FFFF: "📚" is D83D DCDA. */
static void put_string(dy_buf *out, int enc, const char *s, bool multiline)
{
    size_t n = strlen(s);
    if (enc == ENC_UTF16)
        put_u16le(out, 0xFEFF);
    for (size_t i = 0; i < n;) {
        int32_t cp = next_cp(s, n, &i, multiline);
        if (enc == ENC_LATIN1) {
            dy_buf_putc(out, (char)cp); /* only chosen when s is ASCII */
        } else if (cp >= 0x10000) {
            cp -= 0x10000;
            put_u16le(out, 0xD800 | (unsigned)(cp >> 10));
            put_u16le(out, 0xDC00 | (unsigned)(cp & 0x3FF));
        } else {
            put_u16le(out, (unsigned)cp);
        }
    }
}

static void put_terminator(dy_buf *out, int enc)
{
    dy_buf_append(out, "\0\0", enc == ENC_UTF16 ? 2 : 1);
}

/* ISO-8859-1 only for pure ASCII: players in Cyrillic locales read "Latin-1" bytes as CP1251,
 * so anything beyond ASCII goes to UTF-16, which every reader decodes the same way. */
static int choose_encoding(const char *s) { return is_ascii(s) ? ENC_LATIN1 : ENC_UTF16; }

void dy_id3_set_text(dy_id3_tag *t, const char *id, const char *value)
{
    /* set_text writes the plain text-frame layout, which fits T??? frames except TXXX (that one
     * needs a description); anything else is refused silently, as documented in id3.h. */
    if (!t || !valid_id(id) || id[0] != 'T' || strcmp(id, "TXXX") == 0)
        return;
    if (!value || !*value) {
        remove_frame(t, id, "");
        return;
    }
    /* 4.2: encoding byte, then the text. The terminator is optional in v2.3 and left out:
     * libmpg123 keeps it as an empty second string, and TagLib, mutagen and ffmpeg all read
     * the unterminated form. */
    int enc = choose_encoding(value);
    dy_buf body = {0};
    dy_buf_putc(&body, (char)enc);
    put_string(&body, enc, value, false);
    put_frame(t, id, "", &body);
}

void dy_id3_set_comment(dy_id3_tag *t, const char *lang3, const char *text)
{
    if (!t)
        return;
    char lang[4] = "und"; /* ISO 639-2 "undetermined" */
    if (lang3 && strlen(lang3) == 3) {
        bool ok = true;
        for (int k = 0; k < 3; k++) {
            char c = lang3[k];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c - 'A' + 'a');
            ok = ok && c >= 'a' && c <= 'z';
            lang[k] = c;
        }
        if (!ok)
            memcpy(lang, "und", 4);
    }
    if (!text || !*text) {
        remove_frame(t, "COMM", lang);
        return;
    }
    /* 4.11: encoding, language, description + terminator, text. The empty description is
     * still a full UTF-16 string (BOM, then 00 00), as the standard asks of every string. */
    int enc = choose_encoding(text);
    dy_buf body = {0};
    dy_buf_putc(&body, (char)enc);
    dy_buf_append(&body, lang, 3);
    put_string(&body, enc, "", false);
    put_terminator(&body, enc);
    put_string(&body, enc, text, true);
    put_frame(t, "COMM", lang, &body);
}

static void put_be32(dy_buf *out, uint32_t v)
{
    char b[4] = {(char)(v >> 24), (char)((v >> 16) & 0xFF), (char)((v >> 8) & 0xFF),
                 (char)(v & 0xFF)};
    dy_buf_append(out, b, 4);
}

/* A whole TIT2 frame (header and body), as CHAP and CTOC embed it. */
static void put_title_subframe(dy_buf *out, const char *title)
{
    int enc = choose_encoding(title);
    dy_buf body = {0};
    dy_buf_putc(&body, (char)enc);
    put_string(&body, enc, title, false);
    dy_buf_append(out, "TIT2", 4);
    put_be32(out, (uint32_t)body.len);
    dy_buf_append(out, "\0\0", 2);
    dy_buf_append(out, body.data, body.len);
    dy_buf_fini(&body);
}

/* Element ids are short ASCII names, NUL-terminated in the frame (Chapter addendum 1.0). */
static bool valid_element(const char *id)
{
    size_t n = id ? strlen(id) : 0;
    if (n == 0 || n >= 16)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)id[i] < 0x21 || (unsigned char)id[i] > 0x7E)
            return false;
    return true;
}

void dy_id3_add_chapter(dy_id3_tag *t, const char *element_id, uint32_t start_ms, uint32_t end_ms,
                        const char *title)
{
    if (!t || !valid_element(element_id))
        return;
    /* CHAP: element id, start and end time (ms), start and end byte offsets (not given:
     * FF FF FF FF, players then use the times), then sub-frames: the title */
    dy_buf body = {0};
    dy_buf_append(&body, element_id, strlen(element_id) + 1);
    put_be32(&body, start_ms);
    put_be32(&body, end_ms);
    put_be32(&body, 0xFFFFFFFFu);
    put_be32(&body, 0xFFFFFFFFu);
    if (title && *title)
        put_title_subframe(&body, title);
    put_frame(t, "CHAP", element_id, &body);
}

void dy_id3_add_toc(dy_id3_tag *t, const char *element_id, const char *title)
{
    if (!t || !valid_element(element_id))
        return;
    /* CTOC: element id, flags (top-level 0x02 | ordered 0x01), entry count, the child element
     * ids in order, then sub-frames: the title. The count is one byte: at most 255 entries. */
    dy_buf body = {0};
    dy_buf_append(&body, element_id, strlen(element_id) + 1);
    dy_buf_putc(&body, 0x03);
    size_t count_at = body.len;
    dy_buf_putc(&body, 0);
    unsigned count = 0;
    for (size_t i = 0; i < t->frames.len && count < 255; i++) {
        const frame *f = &t->frames.items[i];
        if (memcmp(f->id, "CHAP", 4) == 0) {
            dy_buf_append(&body, f->lang, strlen(f->lang) + 1);
            count++;
        }
    }
    body.data[count_at] = (char)count;
    if (title && *title)
        put_title_subframe(&body, title);
    put_frame(t, "CTOC", element_id, &body);
}

void dy_id3_set_user_text(dy_id3_tag *t, const char *description, const char *value)
{
    if (!t || !description || !*description || strlen(description) >= sizeof((frame *)0)->lang)
        return;
    if (!value || !*value) {
        remove_frame(t, "TXXX", description);
        return;
    }
    /* 4.2.2: encoding, description + terminator, value; both in the one encoding */
    int enc = choose_encoding(description) == ENC_UTF16 ? ENC_UTF16 : choose_encoding(value);
    dy_buf body = {0};
    dy_buf_putc(&body, (char)enc);
    put_string(&body, enc, description, false);
    put_terminator(&body, enc);
    put_string(&body, enc, value, false);
    put_frame(t, "TXXX", description, &body);
}

void dy_id3_set_picture(dy_id3_tag *t, const char *mime, const void *data, size_t n)
{
    if (!t || !mime || !is_ascii(mime) || !data || n == 0)
        return;
    /* APIC: encoding, MIME type, picture type 3 (front cover), empty description, the image */
    dy_buf body = {0};
    dy_buf_putc(&body, ENC_LATIN1);
    dy_buf_append(&body, mime, strlen(mime) + 1);
    dy_buf_putc(&body, 0x03);
    dy_buf_putc(&body, 0);
    dy_buf_append(&body, data, n);
    put_frame(t, "APIC", "", &body);
}

void dy_id3_serialize(const dy_id3_tag *t, size_t padding, dy_buf *out)
{
    if (!t || t->frames.len == 0)
        return; /* 3.0: a tag must contain at least one frame */
    size_t start = out->len;
    dy_buf_append(out, "ID3\x03\x00\x00\x00\x00\x00\x00", HEADER_LEN);
    size_t size = 0;
    for (size_t i = 0; i < t->frames.len; i++) {
        const frame *f = &t->frames.items[i];
        if (size + FRAME_HEADER_LEN > TAG_MAX || f->body.len > TAG_MAX - FRAME_HEADER_LEN - size)
            continue; /* would not fit the 28-bit tag size */
        dy_buf_append(out, f->id, 4);
        put_be32(out, (uint32_t)f->body.len); /* v2.3 frame sizes are plain, not synchsafe */
        dy_buf_append(out, "\0\0", 2);        /* frame flags: none */
        dy_buf_append(out, f->body.data, f->body.len);
        size += FRAME_HEADER_LEN + f->body.len;
    }
    if (size == 0) { /* no frame fitted: no tag at all rather than one with no frame */
        out->len = start;
        out->data[start] = '\0';
        return;
    }
    if (padding > TAG_MAX - size)
        padding = TAG_MAX - size;
    dy_buf_reserve(out, padding);
    memset(out->data + out->len, 0, padding + 1);
    out->len += padding;
    size += padding;
    unsigned char *h = (unsigned char *)out->data + start;
    h[6] = (unsigned char)((size >> 21) & 0x7F);
    h[7] = (unsigned char)((size >> 14) & 0x7F);
    h[8] = (unsigned char)((size >> 7) & 0x7F);
    h[9] = (unsigned char)(size & 0x7F);
}

dy_status dy_id3_file_tag_size(const char *path, uint64_t *size, dy_diag *d)
{
    uint8_t h[10];
    size_t got;
    *size = 0;
    dy_status st = dy_file_head(path, h, sizeof h, &got, d);
    if (st != DY_OK || got < sizeof h || memcmp(h, "ID3", 3) != 0 || h[3] == 0xFF || h[4] == 0xFF ||
        ((h[6] | h[7] | h[8] | h[9]) & 0x80))
        return st;
    uint64_t body = (uint64_t)h[6] << 21 | (uint64_t)h[7] << 14 | (uint64_t)h[8] << 7 | h[9];
    *size = 10 + body + ((h[5] & 0x10) ? 10 : 0); /* a v2.4 footer flag adds 10 bytes */
    return DY_OK;
}
