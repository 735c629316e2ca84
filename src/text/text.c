/* Reading and checking a source text; front matter, chapters and paragraphs (see text.h). */
#include "text/text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/platform.h"

void dy_source_fini(dy_source *src)
{
    free(src->path);
    if (src->view)
        dy_view_close(src->view);
    else
        free(src->data);
    memset(src, 0, sizeof *src);
}

void dy_source_pass(const dy_source *src, size_t at) { dy_view_pass(src->view, at); }

void dy_source_position(const dy_source *src, size_t off, int *line, int *col)
{
    int l = 1;
    size_t start = 0;
    if (off > src->len)
        off = src->len;
    for (size_t i = 0; i < off; i++) {
        char c = src->data[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= src->len || src->data[i + 1] != '\n'))) {
            l++;
            start = i + 1;
        }
    }
    *line = l;
    *col = (int)dy_utf8_count(src->data + start, off - start) + 1;
}

static dy_status input_error(const dy_source *src, size_t off, dy_diag *d, const char *msg)
{
    int line, col;
    dy_source_position(src, off, &line, &col);
    return dy_diag_set(d, DY_ERR_INPUT, src->path, line, col, "%s", msg);
}

/* What a text that is not UTF-8 is likely to be, for the message, from its NUL bytes at even
 * and odd offsets among its first n bytes: UTF-16 without a byte-order mark (all at odd offsets
 * as in little-endian "a\0b\0", or all at even ones, and at least one in 64 bytes: the spaces
 * and punctuation of a text) or a binary file (NUL bytes otherwise); NULL when it has no NUL
 * byte (a text in another encoding). */
static const char *not_utf8_hint(const uint64_t nul[2], uint64_t n)
{
    uint64_t nuls = nul[0] + nul[1];
    if (nuls == 0)
        return NULL;
    if (n % 2 == 0 && (nul[0] == 0 || nul[1] == 0) && nuls >= 4 && nuls >= n / 64)
        return nul[0] == 0 ? "this looks like UTF-16 text without a byte-order mark; save it as "
                             "UTF-8 (for example: iconv -f UTF-16LE -t UTF-8 IN > OUT)"
                           : "this looks like UTF-16 text without a byte-order mark; save it as "
                             "UTF-8 (for example: iconv -f UTF-16BE -t UTF-8 IN > OUT)";
    return "this is a binary file, not UTF-8 text";
}

/* A text is read a piece at a time: each piece is checked (UTF-8, no NUL), composed (NFC) up to
 * its last space or line break, and kept; past HELD_MAX bytes what is kept goes to a scratch
 * file, read back through a view (dy_view), so a book's text never has to fit in memory. */
#define HELD_MAX ((size_t)1 << 20)
/* the checked text is composed once this much of it waits (a piece ends at a space) */
#define COMPOSE_AT ((size_t)4096)

typedef struct loader {
    dy_source *src;
    dy_buf raw;     /* bytes read, not yet composed: raw[0 .. checked) are checked */
    size_t checked; /* then at a code point's start */
    bool began;     /* the byte-order mark was looked for */
    dy_buf out;     /* the composed text, until it spills */
    dy_scratch *spill;
    uint64_t seen;   /* bytes read after the mark, for the hint */
    uint64_t nul[2]; /* NUL bytes among them at even and odd offsets */
    int line, col;   /* of raw[checked], in the text as written */
    bool cr;         /* the byte before raw[checked] is a CR */
} loader;

static dy_status load_error(loader *l, const char *msg, dy_diag *d)
{
    return dy_diag_set(d, DY_ERR_INPUT, l->src->path, l->line, l->col, "%s", msg);
}

/* Keeps the composed text in out, moving it to the scratch file past HELD_MAX bytes. */
static dy_status keep(loader *l, bool last, dy_diag *d)
{
    if (!l->spill && (l->out.len <= HELD_MAX || last))
        return DY_OK;
    dy_status st = DY_OK;
    if (!l->spill)
        st = dy_scratch_open(&l->spill, dy_temp_dir(), d);
    if (st == DY_OK)
        st = dy_scratch_append(l->spill, l->out.data, l->out.len, d);
    dy_buf_clear(&l->out);
    return st;
}

/* Checks raw[checked ..] as far as whole code points go (to the end when last), and composes
 * the checked text up to its last space or line break (all of it when last). */
static dy_status take(loader *l, bool last, dy_diag *d)
{
    const char *t = l->raw.data;
    size_t n = l->raw.len;
    while (l->checked < n && (last || n - l->checked >= 4)) {
        size_t at = l->checked;
        int32_t cp = t[at] == '\0' ? -2 : dy_utf8_next(t, n, &l->checked);
        if (cp < 0) {
            char msg[256];
            const char *why = not_utf8_hint(l->nul, l->seen);
            if (cp == -2) /* then why is not NULL */
                snprintf(msg, sizeof msg, "NUL byte: %s", why);
            else
                snprintf(msg, sizeof msg, "invalid UTF-8 (byte 0x%02X)%s%s", (unsigned char)t[at],
                         why ? ": " : "; save the file as UTF-8", why ? why : "");
            return load_error(l, msg, d);
        }
        if (cp == '\r' || (cp == '\n' && !l->cr)) {
            l->line++;
            l->col = 1;
        } else if (cp != '\n') {
            l->col++;
        }
        l->cr = cp == '\r';
    }
    size_t cut = l->checked;
    if (!last) {
        if (cut < COMPOSE_AT)
            return DY_OK;
        while (cut > 0 && t[cut - 1] != ' ' && t[cut - 1] != '\n')
            cut--;
        if (cut-- <= 1) /* before the space */
            return DY_OK;
    }
    dy_utf8_nfc_append(t, cut, &l->out); /* checked: it is UTF-8 */
    memmove(l->raw.data, t + cut, n - cut);
    l->raw.len = n - cut;
    l->checked -= cut;
    return keep(l, last, d);
}

static void count_nul(loader *l, const char *p, size_t n)
{
    if (n == 0)
        return;
    for (const char *q = p, *e = p + n; (q = memchr(q, '\0', (size_t)(e - q))) != NULL; q++)
        l->nul[(l->seen + (uint64_t)(q - p)) & 1]++;
    l->seen += n;
}

/* The start of the text: a byte-order mark (UTF-8: dropped; UTF-16: refused). */
static dy_status begin(loader *l, dy_diag *d)
{
    const unsigned char *u = (const unsigned char *)l->raw.data;
    size_t n = l->raw.len;
    l->began = true;
    if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
        return dy_diag_set(d, DY_ERR_INPUT, l->src->path, 0, 0,
                           "the file is UTF-16 text; save it as UTF-8 (for example: "
                           "iconv -f UTF-16 -t UTF-8 IN > OUT)");
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        memmove(l->raw.data, l->raw.data + 3, n - 3);
        l->raw.len = n - 3;
    }
    count_nul(l, l->raw.data, l->raw.len);
    return DY_OK;
}

static dy_status feed(void *ctx, const void *data, size_t n, dy_diag *d)
{
    loader *l = ctx;
    size_t old = l->raw.len;
    dy_buf_append(&l->raw, data, n);
    dy_status st = DY_OK;
    if (!l->began) {
        if (l->raw.len < 3) /* the mark takes three bytes (a pipe may give one at a time) */
            return DY_OK;
        st = begin(l, d);
    } else {
        count_nul(l, l->raw.data + old, n);
    }
    return st == DY_OK ? take(l, false, d) : st;
}

/* Reads path (standard input when NULL, named name), or the n bytes at data when not NULL,
 * into src. */
static dy_status source_read(dy_source *src, const char *path, const char *name, const char *data,
                             size_t n, dy_diag *d)
{
    memset(src, 0, sizeof *src);
    src->path = dy_xstrdup(name);
    loader l = {.src = src, .line = 1, .col = 1};
    dy_status st = DY_OK;
    if (data) /* in the pieces a file would come in */
        for (size_t at = 0; st == DY_OK && at < n; at += DY_INPUT_PIECE)
            st = feed(&l, data + at, n - at < DY_INPUT_PIECE ? n - at : DY_INPUT_PIECE, d);
    else
        st = dy_input_each(path, feed, &l, d);
    if (st == DY_OK && !l.began) /* fewer than three bytes */
        st = begin(&l, d);
    if (st == DY_OK && l.seen == 0)
        st = dy_diag_set(d, DY_ERR_INPUT, name, 0, 0, "the file is empty");
    if (st == DY_OK)
        st = take(&l, true, d);
    if (st == DY_OK && l.spill) {
        dy_buf_putc(&l.out, '\0'); /* the view ends in a NUL too */
        st = keep(&l, true, d);
        dy_scratch *f = l.spill;
        l.spill = NULL;
        const char *text = NULL;
        if (st == DY_OK) {
            src->len = (size_t)dy_scratch_size(f) - 1;
            st = dy_view_open(&src->view, f, &text, d);
        } else {
            dy_scratch_close(f);
        }
        src->data = (char *)text;
    } else if (st == DY_OK) {
        src->len = l.out.len;
        dy_buf_reserve(&l.out, 1);
        l.out.data[l.out.len] = '\0';
        src->data = l.out.data;
        l.out.data = NULL;
    }
    dy_buf_fini(&l.raw);
    dy_buf_fini(&l.out);
    dy_scratch_close(l.spill);
    if (st != DY_OK) {
        char *p = src->path;
        src->path = NULL;
        dy_source_fini(src);
        free(p);
    }
    return st;
}

dy_status dy_source_from_memory(dy_source *src, const char *path, const char *data, size_t len,
                                dy_diag *d)
{
    return source_read(src, NULL, path, data ? data : "", len, d);
}

dy_status dy_source_load(dy_source *src, const char *path, dy_diag *d)
{
    return source_read(src, path, path, NULL, 0, d);
}

dy_status dy_source_load_stdin(dy_source *src, dy_diag *d)
{
    return source_read(src, NULL, "<stdin>", NULL, 0, d);
}

void dy_meta_fini(dy_meta *m)
{
    free(m->title);
    free(m->author);
    free(m->year);
    free(m->narrator);
    free(m->description);
    free(m->language);
    free(m->cover);
    memset(m, 0, sizeof *m);
}

void dy_chapter_fini(dy_chapter *c)
{
    free(c->title);
    memset(c, 0, sizeof *c);
}

/* A line of the source: [start, end) without its line break; next is where the next line starts. */
typedef struct line {
    size_t start, end, next;
} line;

static bool next_line(const dy_source *src, size_t pos, line *l)
{
    if (pos >= src->len)
        return false;
    size_t i = pos;
    while (i < src->len && src->data[i] != '\n' && src->data[i] != '\r')
        i++;
    l->start = pos;
    l->end = i;
    if (i < src->len && src->data[i] == '\r' && i + 1 < src->len && src->data[i + 1] == '\n')
        i++;
    l->next = i < src->len ? i + 1 : i;
    return true;
}

/* Trims white space (any Unicode space) from both ends of [*s, *e). */
static void trim(const char *text, size_t *s, size_t *e)
{
    size_t i = *s;
    while (i < *e) {
        size_t j = i;
        if (!dy_is_space(dy_utf8_next(text, *e, &j)))
            break;
        i = j;
    }
    size_t k = *e;
    while (k > i) {
        size_t j = k;
        if (!dy_is_space(dy_utf8_prev(text, &j)))
            break;
        k = j;
    }
    *s = i;
    *e = k;
}

static bool is_blank(const dy_source *src, const line *l)
{
    size_t s = l->start, e = l->end;
    trim(src->data, &s, &e);
    return s == e;
}

static bool is_fence(const dy_source *src, const line *l)
{
    size_t s = l->start, e = l->end;
    trim(src->data, &s, &e);
    return e - s == 3 && memcmp(src->data + s, "---", 3) == 0 && s == l->start;
}

static const char *const META_KEYS[] = {"author",   "cover", "description", "language",
                                        "narrator", "title", "year"};
/* The longest value of each key, in bytes (the README's Limits): a title or a name fits a tag and
 * a page heading, a description a back cover, a cover's path any file system's. */
static const size_t META_MAX[] = {DY_META_NAME_MAX,        4096,
                                  DY_META_DESCRIPTION_MAX, DY_META_NAME_MAX,
                                  DY_META_NAME_MAX,        DY_META_NAME_MAX,
                                  DY_META_NAME_MAX};

/* The field of key (n bytes), and its longest value in *max; NULL for an unknown key. */
static char **meta_field(dy_meta *m, const char *key, size_t n, size_t *max)
{
    char **fields[] = {&m->author,   &m->cover, &m->description, &m->language,
                       &m->narrator, &m->title, &m->year};
    for (size_t i = 0; i < sizeof META_KEYS / sizeof *META_KEYS; i++)
        if (strlen(META_KEYS[i]) == n && memcmp(META_KEYS[i], key, n) == 0) {
            *max = META_MAX[i];
            return fields[i];
        }
    return NULL;
}

/* Whether a cover path leaves the text's folder: an absolute path, or a ".." component
 * ("../../etc/x.png", "img/../../x.png"). */
static bool cover_outside(const char *p, size_t n)
{
    if (n > 0 && p[0] == '/')
        return true;
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && p[e] != '/')
            e++;
        if (e - i == 2 && p[i] == '.' && p[i + 1] == '.')
            return true;
        i = e + 1;
    }
    return false;
}

/* The values that have a form, checked where they are written (t[vs..ve) is the value without
 * its quotes): a year is 1 to 4 digits and not 0 (written to the tags and as the DAISY and EPUB
 * date when it has four), so "-500", "0000", "2024-13-45" or a 20-digit number is an error rather
 * than a date silently left out; an empty cover is an error, as a missing file is. Neither is a
 * warning: a book built without what the front matter asked for is not what its author meant. */
static dy_status check_meta_value(const dy_source *src, const dy_meta *meta, char *const *field,
                                  size_t vs, size_t ve, dy_diag *d)
{
    const char *t = src->data;
    int ln, col;
    if (field == &meta->cover && vs == ve)
        return input_error(src, vs, d, "front matter: cover is empty (name a JPEG or PNG file)");
    if (field == &meta->cover && cover_outside(t + vs, ve - vs)) {
        dy_source_position(src, vs, &ln, &col);
        return dy_diag_set(d, DY_ERR_INPUT, src->path, ln, col,
                           "front matter: cover '%.*s' is outside the book's folder (put the "
                           "image beside the text and name it from there)",
                           (int)(ve - vs), t + vs);
    }
    if (field != &meta->year || vs == ve)
        return DY_OK;
    size_t n = 0;
    bool zero = true;
    for (; vs + n < ve && t[vs + n] >= '0' && t[vs + n] <= '9'; n++)
        zero = zero && t[vs + n] == '0';
    if (n == ve - vs && n <= 4 && !zero)
        return DY_OK;
    dy_source_position(src, vs, &ln, &col);
    int shown = ve - vs > 24 ? 24 : (int)(ve - vs);
    return dy_diag_set(d, DY_ERR_INPUT, src->path, ln, col,
                       "front matter: year '%.*s%s' is not a year from 1 to 9999 (write it as "
                       "four digits, e.g. 'year: 2020')",
                       shown, t + vs, ve - vs > (size_t)shown ? "…" : "");
}

/* Reads "---" / key: value lines / "---" at the top. Returns the offset after it in *body. */
static dy_status parse_front_matter(const dy_source *src, dy_meta *meta, size_t *body,
                                    char **file_title, dy_diag *d)
{
    line l;
    *body = 0;
    *file_title = NULL;
    if (!next_line(src, 0, &l) || !is_fence(src, &l))
        return DY_OK;
    size_t end = 0; /* where the closing fence starts */
    int lines = 0;
    bool too_long = false; /* a '---' that never closes is not read to the end of a long text */
    for (size_t p = l.next; next_line(src, p, &l); p = l.next) {
        if (++lines > DY_FRONT_MATTER_LINES_MAX || l.end > DY_FRONT_MATTER_BYTES_MAX) {
            too_long = true;
            break;
        }
        if (is_fence(src, &l)) {
            end = l.start;
            *body = l.next;
            break;
        }
    }
    if (too_long)
        return dy_diag_set(d, DY_ERR_INPUT, src->path, 1, 1,
                           "front matter opened here is not closed with '---' "
                           "(limit %d lines, %d bytes)",
                           DY_FRONT_MATTER_LINES_MAX, DY_FRONT_MATTER_BYTES_MAX);
    if (!end)
        return input_error(src, 0, d, "front matter opened here is never closed with '---'");
    size_t pos = 0;
    next_line(src, 0, &l);
    pos = l.next;
    while (pos < end && next_line(src, pos, &l)) {
        pos = l.next;
        if (is_blank(src, &l) || src->data[l.start] == '#')
            continue;
        const char *t = src->data;
        size_t k = l.start;
        while (k < l.end && (t[k] == '_' || t[k] == '-' || (t[k] >= 'a' && t[k] <= 'z') ||
                             (t[k] >= 'A' && t[k] <= 'Z')))
            k++;
        if (k == l.start || k >= l.end || t[k] != ':')
            return input_error(src, k, d, "front matter: expected 'key: value'");
        char key[32] = "";
        size_t kn = k - l.start < sizeof key - 1 ? k - l.start : sizeof key - 1;
        for (size_t i = 0; i < kn; i++)
            key[i] = (char)(t[l.start + i] | 0x20);
        size_t max = 0;
        char **field = meta_field(meta, key, kn, &max);
        if (!field)
            return input_error(src, l.start, d,
                               "front matter: unknown key (known: title, author, year, narrator, "
                               "description, language, cover)");
        size_t vs = k + 1, ve = l.end;
        trim(t, &vs, &ve);
        if (ve - vs >= 2 &&
            ((t[vs] == '"' && t[ve - 1] == '"') || (t[vs] == '\'' && t[ve - 1] == '\''))) {
            vs++;
            ve--;
        }
        dy_status st = check_meta_value(src, meta, field, vs, ve, d);
        if (st != DY_OK)
            return st;
        if (vs == ve)
            continue;
        if (ve - vs > max) {
            char msg[96];
            snprintf(msg, sizeof msg, "front matter: the %s is too long (limit %zu bytes)", key,
                     max);
            return input_error(src, vs, d, msg);
        }
        if (field == &meta->title && !*file_title) /* a key given twice: the first wins */
            *file_title = dy_xstrndup(t + vs, ve - vs);
        if (!*field) /* the first file of a book that sets a key wins */
            *field = dy_xstrndup(t + vs, ve - vs);
    }
    return DY_OK;
}

/* "## Title ##" -> level 2, title span. Up to three leading spaces, as in CommonMark. */
static int heading_level(const dy_source *src, const line *l, dy_span *title)
{
    const char *t = src->data;
    size_t i = l->start;
    while (i < l->end && i - l->start < 3 && t[i] == ' ')
        i++;
    int level = 0;
    while (i < l->end && t[i] == '#' && level < 7)
        level++, i++;
    if (level == 0 || level > 6 || (i < l->end && t[i] != ' ' && t[i] != '\t'))
        return 0;
    size_t s = i, e = l->end;
    trim(t, &s, &e);
    size_t c = e; /* optional closing #s preceded by a space */
    while (c > s && t[c - 1] == '#')
        c--;
    if (c < e && (c == s || t[c - 1] == ' ' || t[c - 1] == '\t')) {
        e = c;
        trim(t, &s, &e);
    }
    title->start = s;
    title->end = e;
    return level;
}

dy_status dy_text_parse(const dy_source *src, dy_meta *meta, const char *default_title,
                        dy_chapter_vec *chapters, dy_diag *d)
{
    size_t body;
    char *fm_title;
    dy_status st = parse_front_matter(src, meta, &body, &fm_title, d);
    if (st != DY_OK) {
        free(fm_title);
        return st;
    }
    size_t first = chapters->len;
    dy_chapter *cur = NULL;
    bool in_para = false;
    line l;
    size_t pos = body;
    for (;;) {
        dy_source_pass(src, pos);
        bool more = next_line(src, pos, &l);
        dy_span title = {0, 0};
        int level = more ? heading_level(src, &l, &title) : 0;
        bool blank = more && is_blank(src, &l);
        if (in_para && (!more || blank || level)) {
            cur->paras++;
            in_para = false;
        }
        if (cur && (!more || level))
            cur->body.end = more ? l.start : src->len;
        if (!more)
            break;
        pos = l.next;
        if (level) {
            char err[96] = "";
            if (title.start == title.end)
                snprintf(err, sizeof err, "empty heading: write a title after the '#'");
            else if (title.end - title.start > DY_HEADING_MAX)
                snprintf(err, sizeof err, "heading too long (limit %d bytes)", DY_HEADING_MAX);
            else if (chapters->len >= DY_CHAPTERS_MAX)
                snprintf(err, sizeof err, "too many chapters (limit %d in a book)",
                         DY_CHAPTERS_MAX);
            if (*err) {
                free(fm_title);
                return input_error(src, title.start == title.end ? l.start : title.start, d, err);
            }
            cur = DY_VEC_PUSH(chapters);
            cur->src = src;
            cur->title = dy_xstrndup(src->data + title.start, title.end - title.start);
            cur->title_span = (dy_span){title.start, title.end};
            cur->title_spoken = true;
            cur->level = level;
            cur->body = (dy_span){l.next, l.next};
        } else if (!blank) {
            if (!cur) {
                cur = DY_VEC_PUSH(chapters);
                cur->src = src;
                cur->level = 1;
                cur->title_spoken = fm_title != NULL;
                cur->title = dy_xstrdup(fm_title ? fm_title : default_title);
                cur->body = (dy_span){l.start, l.start};
            }
            in_para = true;
        }
    }
    free(fm_title);
    bool any_text = false;
    for (size_t i = first; i < chapters->len; i++)
        any_text |= chapters->items[i].paras > 0;
    if (!any_text)
        return dy_diag_set(d, DY_ERR_INPUT, src->path, 0, 0,
                           chapters->len > first ? "there is no text to read under the headings"
                                                 : "there is no text to read");
    return DY_OK;
}

bool dy_chapter_para(const dy_chapter *ch, size_t *pos, dy_span *para)
{
    const dy_source *src = ch->src;
    size_t start = 0, end = 0;
    bool in = false;
    line l;
    if (*pos < ch->body.start)
        *pos = ch->body.start;
    while (*pos < ch->body.end && next_line(src, *pos, &l)) {
        bool blank = is_blank(src, &l);
        if (blank && in)
            break;
        *pos = l.next;
        if (blank)
            continue;
        if (!in)
            start = l.start;
        in = true;
        end = l.end;
    }
    if (!in)
        return false;
    trim(src->data, &start, &end);
    *para = (dy_span){start, end};
    return true;
}
