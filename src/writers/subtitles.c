/* WebVTT, LRC and CUE writers (see subtitles.h): the last stage after book assembly, reading the
 * timeline like the playlist does. Text reaches each file through one escaping function per
 * format (vtt_escape, lrc_escape, cue_escape) after dy_text_fold has made it one clean line; times
 * come from sample positions, each converted on its own so that no rounding accumulates. */
#include "writers/subtitles.h"

#include <string.h>

#include "writers/markup.h"
#include "writers/sink.h"

typedef dy_escape_fn escape_fn;

/* WebVTT cue text and NOTE text: '&' and '<' start markup; '>' is escaped too, so that "-->"
 * (which would end a NOTE or read as a timing line) never appears. */
static void vtt_escape(dy_buf *b, int32_t cp)
{
    switch (cp) {
    case '&': dy_buf_puts(b, "&amp;"); break;
    case '<': dy_buf_puts(b, "&lt;"); break;
    case '>': dy_buf_puts(b, "&gt;"); break;
    default: dy_buf_put_cp(b, cp);
    }
}

/* LRC has no escapes: "[1] Абай" after a time tag would read as a second tag in some players, and
 * ']' would end [ti:...] early, so square brackets become round ones. */
static void lrc_escape(dy_buf *b, int32_t cp)
{
    dy_buf_put_cp(b, cp == '[' ? '(' : cp == ']' ? ')' : cp);
}

/* CUE quoted strings have no escape in the format, and readers disagree: most end the string at
 * the next '"', while libcue's scanner takes '\"' as a quote inside it (so a title ending in '\'
 * runs on into the next line). Neither character is written, then: '"' becomes an apostrophe
 * and '\' the look-alike '＼' (U+FF3C), so every reader gets the same title back («» and “” are
 * not touched: only the ASCII characters matter to the format). */
static void cue_escape(dy_buf *b, int32_t cp)
{
    dy_buf_put_cp(b, cp == '"' ? '\'' : cp == '\\' ? 0xFF3C : cp);
}

static void fold_str(dy_buf *b, const char *s, escape_fn esc)
{
    if (s)
        dy_text_fold(b, s, strlen(s), esc);
}

static void sentence_text(dy_buf *b, const dy_tl_chapter *c, const dy_tl_sentence *s, escape_fn esc)
{
    if (c->text && s->src.end > s->src.start)
        dy_text_fold(b, c->text + s->src.start, s->src.end - s->src.start, esc);
}

/* The first chapter to write and the one after the last; the offset of the chapter's audio in
 * the file being timed (book_start in the whole-book file, 0 in a chapter's own file). */
static dy_status chapter_range(const dy_timeline *t, size_t chapter, const char *path,
                               size_t *first, size_t *last, dy_diag *d)
{
    if (chapter == DY_TL_BOOK) {
        *first = 0;
        *last = t->chapters.len;
        return DY_OK;
    }
    if (chapter >= t->chapters.len)
        return dy_diag_set(d, DY_ERR_USAGE, path, 0, 0, "no chapter %zu (the book has %zu)",
                           chapter + 1, t->chapters.len);
    *first = chapter;
    *last = chapter + 1;
    return DY_OK;
}

static uint64_t offset_of(const dy_tl_chapter *c, size_t chapter)
{
    return chapter == DY_TL_BOOK ? c->book_start : 0;
}

/* ---- WebVTT ---- */

static void vtt_time(dy_buf *b, const dy_timeline *t, uint64_t samples)
{
    unsigned long long ms = dy_tl_ms(t, samples);
    dy_buf_printf(b, "%02llu:%02llu:%02llu.%03llu", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60,
                  ms % 1000);
}

dy_status dy_vtt_write(const char *path, const dy_timeline *t, size_t chapter, dy_diag *d)
{
    size_t first = 0, last = 0;
    dy_status st = chapter_range(t, chapter, path, &first, &last, d);
    dy_sink k;
    if (st == DY_OK)
        st = dy_sink_file(&k, path, d);
    if (st != DY_OK)
        return st;
    dy_buf *b = &k.b;
    dy_buf_puts(b, "WEBVTT\n");
    for (size_t ci = first; ci < last && st == DY_OK; ci++) {
        const dy_tl_chapter *c = &t->chapters.items[ci];
        uint64_t off = offset_of(c, chapter);
        if (chapter == DY_TL_BOOK) {
            dy_buf_puts(b, "\nNOTE ");
            fold_str(b, c->title, vtt_escape);
            dy_buf_putc(b, '\n');
        }
        dy_tl_reader r;
        dy_tl_sentence s;
        dy_tl_read(&r, t, ci);
        for (size_t si = 0; st == DY_OK && dy_tl_next(&r, &s); si++) {
            dy_buf_printf(b, "\nc%zu-s%zu\n", ci + 1, si + 1);
            vtt_time(b, t, off + s.start);
            dy_buf_puts(b, " --> ");
            vtt_time(b, t, off + s.end);
            dy_buf_putc(b, '\n');
            sentence_text(b, c, &s, vtt_escape);
            dy_buf_putc(b, '\n');
            st = dy_sink_pass(&k, d);
        }
        if (st == DY_OK)
            st = dy_tl_read_end(&r, d);
    }
    return dy_sink_finish(&k, st, d);
}

/* ---- LRC ---- */

static void lrc_time(dy_buf *b, const dy_timeline *t, uint64_t samples)
{
    /* centiseconds rounded from samples directly: rounding dy_tl_ms again could be off by one */
    unsigned long long cs = (samples * 100 + (uint64_t)t->rate / 2) / (uint64_t)t->rate;
    dy_buf_printf(b, "[%02llu:%02llu.%02llu]", cs / 6000, cs / 100 % 60, cs % 100);
}

static void lrc_header(dy_buf *b, const char *tag, const char *value)
{
    if (!value || !*value)
        return;
    dy_buf_printf(b, "[%s:", tag);
    fold_str(b, value, lrc_escape);
    dy_buf_puts(b, "]\n");
}

dy_status dy_lrc_write(const char *path, const dy_timeline *t, size_t chapter, const char *title,
                       const char *author, dy_diag *d)
{
    size_t first = 0, last = 0;
    dy_status st = chapter_range(t, chapter, path, &first, &last, d);
    dy_sink k;
    if (st == DY_OK)
        st = dy_sink_file(&k, path, d);
    if (st != DY_OK)
        return st;
    dy_buf *b = &k.b;
    lrc_header(b, "ti", title);
    lrc_header(b, "ar", author);
    lrc_header(b, "by", "dauys");
    for (size_t ci = first; ci < last && st == DY_OK; ci++) {
        const dy_tl_chapter *c = &t->chapters.items[ci];
        uint64_t off = offset_of(c, chapter);
        if (chapter == DY_TL_BOOK) {
            lrc_time(b, t, c->book_start);
            fold_str(b, c->title, lrc_escape);
            dy_buf_putc(b, '\n');
        }
        dy_tl_reader r;
        dy_tl_sentence s;
        dy_tl_read(&r, t, ci);
        while (st == DY_OK && dy_tl_next(&r, &s)) {
            lrc_time(b, t, off + s.start);
            sentence_text(b, c, &s, lrc_escape);
            dy_buf_putc(b, '\n');
            st = dy_sink_pass(&k, d);
        }
        if (st == DY_OK)
            st = dy_tl_read_end(&r, d);
    }
    return dy_sink_finish(&k, st, d);
}

/* ---- CUE ---- */

#define CUE_MAX_TRACKS 99

/* The cue sheet format allows 80 characters in a TITLE or PERFORMER. */
#define CUE_MAX_CHARS 80

static void cue_quoted(dy_buf *b, const char *keyword, const char *value)
{
    dy_buf v = {0};
    fold_str(&v, value, cue_escape);
    size_t end = 0;
    for (int n = 0; end < v.len && n < CUE_MAX_CHARS; n++)
        dy_utf8_next(v.data, v.len, &end);
    dy_buf_printf(b, "%s \"", keyword);
    dy_buf_append(b, v.data ? v.data : "", end);
    dy_buf_puts(b, "\"\r\n");
    dy_buf_fini(&v);
}

dy_status dy_cue_write(const char *path, const dy_timeline *t, const char *mp3_file,
                       const char *title, const char *author, dy_diag *d)
{
    if (t->chapters.len > CUE_MAX_TRACKS)
        return dy_diag_set(d, DY_ERR_USAGE, path, 0, 0,
                           "a cue sheet holds at most %d tracks; the book has %zu chapters",
                           CUE_MAX_TRACKS, t->chapters.len);
    for (const char *p = mp3_file; *p; p++)
        if (*p == '"' || (unsigned char)*p < 0x20 || *p == 0x7F)
            return dy_diag_set(d, DY_ERR_USAGE, path, 0, 0,
                               "a cue sheet cannot name the file \"%s\"", mp3_file);
    dy_buf b = {0};
    if (author && *author)
        cue_quoted(&b, "PERFORMER", author);
    if (title && *title)
        cue_quoted(&b, "TITLE", title);
    dy_buf_printf(&b, "FILE \"%s\" MP3\r\n", mp3_file);
    for (size_t ci = 0; ci < t->chapters.len; ci++) {
        const dy_tl_chapter *c = &t->chapters.items[ci];
        /* rounded down: the index is at or just before the chapter's first sample */
        unsigned long long f = c->book_start * 75 / (uint64_t)t->rate;
        dy_buf_printf(&b, "  TRACK %02zu AUDIO\r\n    ", ci + 1);
        cue_quoted(&b, "TITLE", c->title);
        dy_buf_printf(&b, "    INDEX 01 %02llu:%02llu:%02llu\r\n", f / (75 * 60), f / 75 % 60,
                      f % 75);
    }
    dy_status st = dy_file_write_atomic(path, b.data, b.len, d);
    dy_buf_fini(&b);
    return st;
}
