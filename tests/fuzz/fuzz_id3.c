/* Fuzz target: the ID3v2.3 writer (src/id3.h). The input is a script of tag operations:
 *   byte 0: padding (0..255 bytes); then up to ID3_MAX_OPS records of one operation byte (mod 6)
 * and its fields: 0 text frame: id index, value      1 comment: language, text 2 chapter: element
 * id, start (4 bytes), end (4 bytes), title 3 table of contents: element id, title 4 user text
 * (TXXX): description, value 5 picture: MIME type, length byte, that many bytes of data Strings end
 * at a NUL byte (or the input's end). The operations are applied to a dy_id3_tag and, beside it, to
 * a model of what id3.h promises (ids checked, frames in the order their keys were first added,
 * replaced in place, removed by an empty value; invalid UTF-8 becomes U+FFFD, control characters
 * spaces, line breaks kept in a comment as "\n"; ISO-8859-1 for pure ASCII, else UTF-16 with a BOM;
 * a table of contents lists the chapters added so far). The serialized tag is read back by a small
 * independent ID3v2.3 reader written here; every frame must read back equal to the model, in order,
 * and the header, sizes and padding must be exact. */
#include "fuzz.h"

#include "audio/id3.h"

/* A tag has tens of frames, a book hundreds of chapters: finding a frame by its key is a linear
 * scan (in the writer and in the model), so bigger scripts only slow the fuzzer down. 320
 * operations still reach the 255-entry limit of a table of contents. */
#define ID3_MAX_INPUT (16 * 1024)
#define ID3_MAX_OPS 320

/* ---- input ------------------------------------------------------------------------------ */

typedef struct in {
    const uint8_t *p, *end;
} in;

static unsigned in_byte(in *r) { return r->p < r->end ? *r->p++ : 0; }

static uint32_t in_u32(in *r)
{
    uint32_t v = 0;
    for (int k = 0; k < 4; k++)
        v = v << 8 | in_byte(r);
    return v;
}

/* The next NUL-terminated string; the caller frees. */
static char *in_str(in *r)
{
    const uint8_t *s = r->p;
    while (r->p < r->end && *r->p)
        r->p++;
    char *out = dy_xstrndup((const char *)s, (size_t)(r->p - s));
    if (r->p < r->end)
        r->p++;
    return out;
}

/* ---- canonical frame contents ------------------------------------------------------------
 * Both the model and the reader describe a frame as bytes: its id, then its fields, strings as
 * an encoding byte (for text) and UTF-8 (re-encoded here from the code points), each followed by
 * a NUL. Equal descriptions mean the frame reads back as the model says. */

static void put_cp(dy_buf *b, uint32_t cp)
{
    char o[4];
    size_t n;
    if (cp < 0x80)
        o[0] = (char)cp, n = 1;
    else if (cp < 0x800)
        o[0] = (char)(0xC0 | cp >> 6), o[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    else if (cp < 0x10000)
        o[0] = (char)(0xE0 | cp >> 12), o[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
        o[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    else
        o[0] = (char)(0xF0 | cp >> 18), o[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
        o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), o[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    dy_buf_append(b, o, n);
}

static void put_be32(dy_buf *b, uint32_t v)
{
    char o[4] = {(char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v};
    dy_buf_append(b, o, 4);
}

static bool ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return false;
    return true;
}

/* What the writer promises to store for s, as UTF-8, followed by a NUL. */
static void model_string(dy_buf *b, const char *s, bool multiline)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        int32_t cp = fz_utf8_next(s, n, &i);
        if (cp < 0)
            cp = 0xFFFD;
        else if (multiline && cp == '\r') {
            if (i < n && s[i] == '\n')
                i++;
            cp = '\n';
        } else if (cp < 0x20 && !(multiline && cp == '\n'))
            cp = ' ';
        put_cp(b, (uint32_t)cp);
    }
    dy_buf_putc(b, '\0');
}

static void model_title(dy_buf *b, const char *title)
{
    if (!*title)
        return;
    dy_buf_append(b, "TIT2", 4);
    dy_buf_putc(b, (char)!ascii(title));
    model_string(b, title, false);
}

/* ---- the model ---------------------------------------------------------------------------- */

typedef struct mframe {
    char id[5];
    char key[16];
    dy_buf want;
} mframe;

typedef DY_VEC(mframe) model;

static size_t m_find(const model *m, const char *id, const char *key)
{
    for (size_t i = 0; i < m->len; i++)
        if (!strcmp(m->items[i].id, id) && !strcmp(m->items[i].key, key))
            return i;
    return SIZE_MAX;
}

static void m_remove(model *m, const char *id, const char *key)
{
    size_t i = m_find(m, id, key);
    if (i == SIZE_MAX)
        return;
    dy_buf_fini(&m->items[i].want);
    memmove(&m->items[i], &m->items[i + 1], (m->len - i - 1) * sizeof *m->items);
    m->len--;
}

/* Puts the frame (taking want): in place of the one with the same id and key, or at the end. */
static void m_put(model *m, const char *id, const char *key, dy_buf *want)
{
    size_t i = m_find(m, id, key);
    mframe *f;
    if (i == SIZE_MAX) {
        f = DY_VEC_PUSH(m);
        snprintf(f->id, sizeof f->id, "%s", id);
        snprintf(f->key, sizeof f->key, "%s", key);
    } else {
        f = &m->items[i];
        dy_buf_fini(&f->want);
    }
    f->want = *want;
    *want = (dy_buf){0};
}

static bool valid_element(const char *id)
{
    size_t n = strlen(id);
    if (n == 0 || n > 15)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)id[i] < 0x21 || (unsigned char)id[i] > 0x7E)
            return false;
    return true;
}

static const char *const IDS[] = {"TIT2", "TALB", "TPE1", "TRCK", "TYER", "TCON", "TLAN",
                                  "TCOM", "TXXX", "COMM", "APIC", "tit2", "TIT",  "TIT22",
                                  "T1T2", "XIT2", "T-T2", "",     "TPE2", "T000"};
#define NIDS (sizeof IDS / sizeof *IDS)

static bool text_id(const char *id)
{
    if (strlen(id) != 4 || id[0] != 'T' || !strcmp(id, "TXXX"))
        return false;
    for (int k = 0; k < 4; k++)
        if (!((id[k] >= 'A' && id[k] <= 'Z') || (id[k] >= '0' && id[k] <= '9')))
            return false;
    return true;
}

/* Applies one operation to the tag and to the model. */
static void apply(in *r, dy_id3_tag *t, model *m)
{
    unsigned op = in_byte(r) % 6;
    dy_buf want = {0};
    switch (op) {
    case 0: {
        const char *id = IDS[in_byte(r) % NIDS];
        char *value = in_str(r);
        dy_id3_set_text(t, id, *value || in_byte(r) % 2 ? value : NULL);
        if (text_id(id) && !*value) {
            m_remove(m, id, "");
        } else if (text_id(id)) {
            dy_buf_append(&want, id, 4);
            dy_buf_putc(&want, (char)!ascii(value));
            model_string(&want, value, false);
            m_put(m, id, "", &want);
        }
        free(value);
        break;
    }
    case 1: {
        char *lang3 = in_str(r), *text = in_str(r);
        dy_id3_set_comment(t, lang3, text);
        char lang[4] = "und";
        if (strlen(lang3) == 3) {
            for (int k = 0; k < 3; k++)
                lang[k] =
                    (char)(lang3[k] >= 'A' && lang3[k] <= 'Z' ? lang3[k] - 'A' + 'a' : lang3[k]);
            for (int k = 0; k < 3; k++)
                if (!(lang[k] >= 'a' && lang[k] <= 'z'))
                    memcpy(lang, "und", 4);
        }
        if (!*text) {
            m_remove(m, "COMM", lang);
        } else {
            dy_buf_append(&want, "COMM", 4);
            dy_buf_putc(&want, (char)!ascii(text));
            dy_buf_append(&want, lang, 4);
            model_string(&want, "", false); /* the empty description */
            model_string(&want, text, true);
            m_put(m, "COMM", lang, &want);
        }
        free(lang3);
        free(text);
        break;
    }
    case 2: {
        char *eid = in_str(r);
        uint32_t start = in_u32(r), end = in_u32(r);
        char *title = in_str(r);
        dy_id3_add_chapter(t, eid, start, end, title);
        if (valid_element(eid)) {
            dy_buf_append(&want, "CHAP", 4);
            dy_buf_append(&want, eid, strlen(eid) + 1);
            put_be32(&want, start);
            put_be32(&want, end);
            put_be32(&want, 0xFFFFFFFFu);
            put_be32(&want, 0xFFFFFFFFu);
            model_title(&want, title);
            m_put(m, "CHAP", eid, &want);
        }
        free(eid);
        free(title);
        break;
    }
    case 3: {
        char *eid = in_str(r), *title = in_str(r);
        dy_id3_add_toc(t, eid, title);
        if (valid_element(eid)) {
            dy_buf_append(&want, "CTOC", 4);
            dy_buf_append(&want, eid, strlen(eid) + 1);
            dy_buf_putc(&want, 0x03);
            size_t count_at = want.len;
            dy_buf_putc(&want, 0);
            unsigned count = 0;
            for (size_t i = 0; i < m->len && count < 255; i++)
                if (!strcmp(m->items[i].id, "CHAP")) {
                    dy_buf_append(&want, m->items[i].key, strlen(m->items[i].key) + 1);
                    count++;
                }
            want.data[count_at] = (char)count;
            model_title(&want, title);
            m_put(m, "CTOC", eid, &want);
        }
        free(eid);
        free(title);
        break;
    }
    case 4: {
        char *desc = in_str(r), *value = in_str(r);
        dy_id3_set_user_text(t, desc, value);
        if (*desc && strlen(desc) < 16) {
            if (!*value) {
                m_remove(m, "TXXX", desc);
            } else {
                dy_buf_append(&want, "TXXX", 4);
                dy_buf_putc(&want, (char)!(ascii(desc) && ascii(value)));
                model_string(&want, desc, false);
                model_string(&want, value, false);
                m_put(m, "TXXX", desc, &want);
            }
        }
        free(desc);
        free(value);
        break;
    }
    case 5: {
        char *mime = in_str(r);
        size_t n = in_byte(r);
        if (n > (size_t)(r->end - r->p))
            n = (size_t)(r->end - r->p);
        const uint8_t *pic = r->p;
        r->p += n;
        dy_id3_set_picture(t, mime, n ? pic : NULL, n);
        if (ascii(mime) && n) {
            dy_buf_append(&want, "APIC", 4);
            dy_buf_putc(&want, 0);
            dy_buf_append(&want, mime, strlen(mime) + 1);
            dy_buf_putc(&want, 0x03);
            dy_buf_putc(&want, 0); /* the empty description */
            dy_buf_append(&want, (const char *)pic, n);
            m_put(m, "APIC", "", &want);
        }
        free(mime);
        break;
    }
    }
    dy_buf_fini(&want);
}

/* ---- an ID3v2.3 reader -------------------------------------------------------------------- */

typedef struct rd {
    const uint8_t *p, *end;
} rd;

#define READ_CHECK(cond, ...) FZ_CHECK(cond, __VA_ARGS__)

static uint32_t rd_be32(rd *r)
{
    READ_CHECK(r->end - r->p >= 4, "a 32-bit field past the end");
    uint32_t v =
        (uint32_t)r->p[0] << 24 | (uint32_t)r->p[1] << 16 | (uint32_t)r->p[2] << 8 | r->p[3];
    r->p += 4;
    return v;
}

static unsigned rd_byte(rd *r)
{
    READ_CHECK(r->p < r->end, "a byte past the end");
    return *r->p++;
}

/* A string in encoding enc (0: ISO-8859-1, 1: UTF-16 with a BOM), terminated (then the
 * terminator is consumed) or running to the end; appended to b as UTF-8 and a NUL. */
static void rd_string(rd *r, int enc, bool terminated, dy_buf *b)
{
    if (enc == 0) {
        const uint8_t *s = r->p;
        while (r->p < r->end && *r->p)
            r->p++;
        READ_CHECK(!terminated || r->p < r->end, "an unterminated ISO-8859-1 string");
        for (; s < r->p; s++)
            put_cp(b, *s);
        if (terminated)
            r->p++;
        else
            READ_CHECK(r->p == r->end, "a NUL inside an ISO-8859-1 text");
        dy_buf_putc(b, '\0');
        return;
    }
    READ_CHECK(enc == 1, "encoding %d", enc);
    READ_CHECK(r->end - r->p >= 2, "a UTF-16 string without its BOM");
    bool le = r->p[0] == 0xFF && r->p[1] == 0xFE;
    READ_CHECK(le || (r->p[0] == 0xFE && r->p[1] == 0xFF), "a UTF-16 string without its BOM");
    r->p += 2;
    for (;;) {
        if (r->p == r->end) {
            READ_CHECK(!terminated, "an unterminated UTF-16 string");
            break;
        }
        READ_CHECK(r->end - r->p >= 2, "an odd byte at the end of a UTF-16 string");
        unsigned u = le ? (unsigned)r->p[0] | (unsigned)r->p[1] << 8
                        : (unsigned)r->p[1] | (unsigned)r->p[0] << 8;
        r->p += 2;
        if (u == 0) {
            READ_CHECK(terminated, "a NUL inside a UTF-16 text");
            break;
        }
        uint32_t cp = u;
        if (u >= 0xD800 && u <= 0xDBFF) {
            READ_CHECK(r->end - r->p >= 2, "a lone high surrogate at the end");
            unsigned v = le ? (unsigned)r->p[0] | (unsigned)r->p[1] << 8
                            : (unsigned)r->p[1] | (unsigned)r->p[0] << 8;
            READ_CHECK(v >= 0xDC00 && v <= 0xDFFF, "a high surrogate without its low one");
            r->p += 2;
            cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
        } else {
            READ_CHECK(!(u >= 0xDC00 && u <= 0xDFFF), "a lone low surrogate");
        }
        put_cp(b, cp);
    }
    dy_buf_putc(b, '\0');
}

static int rd_enc(rd *r, dy_buf *b)
{
    unsigned enc = rd_byte(r);
    READ_CHECK(enc <= 1, "text encoding %u", enc);
    dy_buf_putc(b, (char)enc);
    return (int)enc;
}

/* A frame header at r; the body becomes *body and r moves past the frame. */
static void rd_frame(rd *r, char id[5], rd *body)
{
    READ_CHECK(r->end - r->p >= 10, "a frame header past the end");
    memcpy(id, r->p, 4);
    id[4] = '\0';
    for (int k = 0; k < 4; k++)
        READ_CHECK((id[k] >= 'A' && id[k] <= 'Z') || (id[k] >= '0' && id[k] <= '9'),
                   "frame id byte 0x%02X", (unsigned char)id[k]);
    r->p += 4;
    uint32_t size = rd_be32(r);
    READ_CHECK(r->p[0] == 0 && r->p[1] == 0, "frame flags %02X %02X", r->p[0], r->p[1]);
    r->p += 2;
    READ_CHECK(size <= (size_t)(r->end - r->p), "frame %s of %u bytes past the end", id, size);
    *body = (rd){r->p, r->p + size};
    r->p += size;
}

/* The optional TIT2 sub-frame of a CHAP or CTOC: the rest of the body. */
static void rd_title(rd *r, dy_buf *got)
{
    if (r->p == r->end)
        return;
    char id[5];
    rd f;
    rd_frame(r, id, &f);
    READ_CHECK(!strcmp(id, "TIT2"), "sub-frame %s", id);
    READ_CHECK(r->p == r->end, "more than one sub-frame");
    dy_buf_append(got, "TIT2", 4);
    rd_string(&f, rd_enc(&f, got), false, got);
}

static void rd_cstr(rd *r, dy_buf *got)
{
    const uint8_t *s = r->p;
    while (r->p < r->end && *r->p)
        r->p++;
    READ_CHECK(r->p < r->end, "an unterminated ASCII field");
    r->p++;
    dy_buf_append(got, (const char *)s, (size_t)(r->p - s));
}

/* Describes the frame of id with body f as the model does. */
static void read_frame(const char *id, rd f, dy_buf *got)
{
    dy_buf_append(got, id, 4);
    if (!strcmp(id, "COMM")) {
        int enc = rd_enc(&f, got);
        READ_CHECK(f.end - f.p >= 3, "COMM without a language");
        dy_buf_append(got, (const char *)f.p, 3);
        dy_buf_putc(got, '\0');
        f.p += 3;
        rd_string(&f, enc, true, got);
        rd_string(&f, enc, false, got);
    } else if (!strcmp(id, "TXXX")) {
        int enc = rd_enc(&f, got);
        rd_string(&f, enc, true, got);
        rd_string(&f, enc, false, got);
    } else if (id[0] == 'T') {
        rd_string(&f, rd_enc(&f, got), false, got);
    } else if (!strcmp(id, "CHAP")) {
        rd_cstr(&f, got);
        for (int k = 0; k < 4; k++)
            put_be32(got, rd_be32(&f));
        rd_title(&f, got);
    } else if (!strcmp(id, "CTOC")) {
        rd_cstr(&f, got);
        dy_buf_putc(got, (char)rd_byte(&f));
        unsigned count = rd_byte(&f);
        dy_buf_putc(got, (char)count);
        for (unsigned k = 0; k < count; k++)
            rd_cstr(&f, got);
        rd_title(&f, got);
    } else if (!strcmp(id, "APIC")) {
        READ_CHECK(rd_byte(&f) == 0, "APIC encoding");
        dy_buf_putc(got, 0);
        rd_cstr(&f, got);
        dy_buf_putc(got, (char)rd_byte(&f));
        READ_CHECK(rd_byte(&f) == 0, "APIC description not empty");
        dy_buf_putc(got, 0);
        dy_buf_append(got, (const char *)f.p, (size_t)(f.end - f.p));
        f.p = f.end;
    } else {
        READ_CHECK(false, "unexpected frame %s", id);
    }
    READ_CHECK(f.p == f.end, "%zu bytes left in frame %s", (size_t)(f.end - f.p), id);
}

static void check_tag(const dy_buf *out, size_t before, size_t padding, const model *m)
{
    if (m->len == 0) {
        FZ_CHECK(out->len == before, "a tag without frames wrote %zu bytes", out->len - before);
        return;
    }
    const uint8_t *h = (const uint8_t *)out->data + before;
    FZ_CHECK(out->len - before >= 10 && !memcmp(h, "ID3\x03\x00\x00", 6), "bad tag header");
    FZ_CHECK(!((h[6] | h[7] | h[8] | h[9]) & 0x80), "the tag size is not synchsafe");
    size_t size = (size_t)h[6] << 21 | (size_t)h[7] << 14 | (size_t)h[8] << 7 | h[9];
    FZ_CHECK(size == out->len - before - 10, "tag size %zu, %zu bytes written", size,
             out->len - before - 10);
    rd r = {h + 10, h + 10 + size};
    dy_buf got = {0};
    size_t k = 0;
    while (r.p < r.end && *r.p) {
        char id[5];
        rd f;
        rd_frame(&r, id, &f);
        FZ_CHECK(k < m->len, "frame %zu (%s) is one too many", k, id);
        dy_buf_clear(&got);
        read_frame(id, f, &got);
        const dy_buf *want = &m->items[k].want;
        FZ_CHECK(got.len == want->len && !memcmp(got.data, want->data, got.len),
                 "frame %zu (%s %s) reads back differently (%zu bytes, want %zu)", k, id,
                 m->items[k].key, got.len, want->len);
        k++;
    }
    dy_buf_fini(&got);
    FZ_CHECK(k == m->len, "%zu frames read, %zu written", k, m->len);
    FZ_CHECK((size_t)(r.end - r.p) == padding, "%zu bytes of padding, want %zu",
             (size_t)(r.end - r.p), padding);
    for (; r.p < r.end; r.p++)
        FZ_CHECK(*r.p == 0, "padding is not zero");
    FZ_CHECK(out->data[out->len] == '\0', "the buffer is not terminated");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > ID3_MAX_INPUT)
        return 0;
    in r = {data, data + size};
    size_t padding = in_byte(&r);
    dy_id3_tag *t = dy_id3_new();
    model m = {0};
    for (int ops = 0; r.p < r.end && ops < ID3_MAX_OPS; ops++)
        apply(&r, t, &m);
    dy_buf out = {0};
    dy_buf_puts(&out, "audio"); /* serialize appends */
    dy_id3_serialize(t, padding, &out);
    FZ_CHECK(!memcmp(out.data, "audio", 5), "serialize changed what was before the tag");
    check_tag(&out, 5, padding, &m);
    dy_buf_fini(&out);
    for (size_t i = 0; i < m.len; i++)
        dy_buf_fini(&m.items[i].want);
    DY_VEC_FREE(&m);
    dy_id3_free(t);
    return 0;
}
