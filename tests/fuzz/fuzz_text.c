/* Fuzz target: the text reader (src/text/text.h), dy_source_from_memory then dy_text_parse.
 * Invariants:
 * - the source is refused exactly when an independent check says so (UTF-16 BOM, empty after a
 *   UTF-8 BOM, a NUL or the first ill-formed UTF-8 byte), and then at exactly that line:column;
 *   when accepted, it holds the input without its BOM, in NFC;
 * - a parse error has a message and a line:column inside the input (or 0:0);
 * - a parsed book has a chapter with text; titles are non-empty valid UTF-8 without surrounding
 *   white space, equal to their span of the source; heading levels are 1..6; titles and
 *   paragraphs lie inside the source, in order, without overlap; paragraphs are trimmed, hold
 *   no blank line; every non-space character after the front matter is in a paragraph or on a
 *   heading line (the reader loses no text); dy_source_position names the line and column of
 *   the first paragraphs. */
#include "fuzz.h"

#include "text/text.h"

#include <utf8proc.h>

#define PATH "fuzz.txt"
#define DEFAULT_TITLE "Default title"

/* Line [s, e) of text (without its break) starting at s; returns where the next line starts. */
static size_t line_at(const char *t, size_t n, size_t s, size_t *e)
{
    size_t i = s;
    while (i < n && t[i] != '\n' && t[i] != '\r')
        i++;
    *e = i;
    if (i < n && t[i] == '\r' && i + 1 < n && t[i + 1] == '\n')
        i++;
    return i < n ? i + 1 : i;
}

static bool all_space(const char *t, size_t s, size_t e)
{
    for (size_t i = s; i < e;)
        if (!dy_is_space(fz_utf8_next(t, e, &i)))
            return false;
    return true;
}

/* "---" at the start of a line, then only white space. */
static bool fence(const char *t, size_t s, size_t e)
{
    return e - s >= 3 && !memcmp(t + s, "---", 3) && all_space(t, s + 3, e);
}

/* Where the body starts: after the closing fence of a front matter, or 0. Only called on a
 * parse that succeeded, so an opening fence has its closing one. */
static size_t body_start(const char *t, size_t n)
{
    size_t e, next = line_at(t, n, 0, &e);
    if (!fence(t, 0, e))
        return 0;
    for (size_t s = next; s < n; s = next) {
        next = line_at(t, n, s, &e);
        if (fence(t, s, e))
            return next;
    }
    FZ_CHECK(false, "front matter without a closing fence was accepted");
    return n;
}

/* U+1D400-U+1D7FF (𝑎, 𝐹, 𝟐) as the plain character each styles, as the text stage takes them */
static utf8proc_int32_t plain_letter(utf8proc_int32_t cp, void *data)
{
    (void)data;
    utf8proc_int32_t d[4];
    int last = 0;
    if (cp < 0x1D400 || cp > 0x1D7FF)
        return cp;
    return utf8proc_decompose_char(cp, d, 4, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, &last) == 1
               ? d[0]
               : cp;
}

/* A Cyrillic letter (U+0400-U+052F, U+1C80-U+1C8F, a letter category) */
static bool cyr_letter(utf8proc_int32_t cp)
{
    if (!(cp >= 0x0400 && cp <= 0x052F) && !(cp >= 0x1C80 && cp <= 0x1C8F))
        return false;
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

/* The old font's signs as the letters they stand for (± ұ, µ ө, ¥ Ұ inside a Cyrillic word of
 * four letters or more; ¥ at the start or after a capital), written over the same bytes. */
static void font_letters(utf8proc_uint8_t *s, utf8proc_ssize_t n)
{
    utf8proc_int32_t *cps = malloc(((size_t)n + 1) * sizeof *cps);
    size_t *at = malloc(((size_t)n + 1) * sizeof *at), m = 0;
    FZ_CHECK(cps && at, "out of memory");
    for (utf8proc_ssize_t i = 0; i < n;) {
        utf8proc_ssize_t k = utf8proc_iterate(s + i, n - i, &cps[m]);
        at[m++] = (size_t)i;
        i += k > 0 ? k : 1;
    }
    for (size_t j = 0; j < m; j++) {
        utf8proc_int32_t c = cps[j];
        if (c != 0xB1 && c != 0xB5 && c != 0xA5)
            continue;
        size_t left = 0, right = 0;
        while (left < 8 && left < j && cyr_letter(cps[j - 1 - left]))
            left++;
        while (right < 8 && j + 1 + right < m && cyr_letter(cps[j + 1 + right]))
            right++;
        if (right == 0 || left + right < 3 || (left == 0 && c != 0xA5))
            continue;
        bool up_next = utf8proc_category(cps[j + 1]) == UTF8PROC_CATEGORY_LU;
        bool up_prev = left && utf8proc_category(cps[j - 1]) == UTF8PROC_CATEGORY_LU;
        if (c == 0xA5 && left && !up_prev)
            continue;
        bool upper = up_next && (left == 0 || up_prev);
        cps[j] = c == 0xA5   ? 0x04B0
                 : c == 0xB1 ? (upper ? 0x04B0 : 0x04B1)
                             : (upper ? 0x04E8 : 0x04E9);
        utf8proc_encode_char(cps[j], s + at[j]);
    }
    free(cps);
    free(at);
}

static void check_source(const uint8_t *data, size_t size, dy_status st, const dy_source *src,
                         const dy_diag *d)
{
    bool utf16 =
        size >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF));
    size_t skip = size >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3) ? 3 : 0;
    const char *t = (const char *)data + skip;
    size_t n = size - skip;
    size_t bad = fz_utf8_bad(t, n, true);
    if (utf16 || n == 0) {
        FZ_CHECK(st == DY_ERR_INPUT && d->line == 0 && d->col == 0 && d->msg[0], "st=%d %d:%d %s",
                 st, d->line, d->col, d->msg);
        return;
    }
    if (bad < n) {
        FZ_CHECK(st == DY_ERR_INPUT && d->msg[0], "byte %zu is bad but st=%d", bad, st);
        int line = 1;
        size_t ls = 0;
        for (size_t i = 0; i < bad; i++)
            if (fz_is_break(t, n, i, true))
                line++, ls = i + 1;
        int col = 1;
        for (size_t i = ls; i < bad; col++)
            fz_utf8_next(t, bad, &i);
        FZ_CHECK(d->line == line && d->col == col, "bad byte %zu at %d:%d, diag says %d:%d (%s)",
                 bad, line, col, d->line, d->col, d->msg);
        FZ_CHECK(!strcmp(d->path, PATH), "path '%s'", d->path);
        return;
    }
    FZ_CHECK(st == DY_OK, "valid text refused: %d:%d %s", d->line, d->col, d->msg);
    /* the input without its BOM, in NFC, the letters of the mathematical alphabets plain, an old
     * font's signs its letters */
    utf8proc_uint8_t *want = NULL;
    utf8proc_ssize_t wn =
        utf8proc_map_custom((const utf8proc_uint8_t *)t, (utf8proc_ssize_t)n, &want,
                            UTF8PROC_STABLE | UTF8PROC_COMPOSE, plain_letter, NULL);
    if (wn > 0)
        font_letters(want, wn);
    FZ_CHECK(wn >= 0 && src->len == (size_t)wn && !memcmp(src->data, want, src->len) &&
                 src->data[src->len] == '\0',
             "the source is not the input without its BOM, in NFC");
    free(want);
}

static void check_book(const dy_source *src, const dy_meta *meta, const dy_chapter_vec *ch)
{
    const char *t = src->data;
    size_t n = src->len;
    FZ_CHECK(ch->len > 0, "no chapter");
    char *covered = calloc(n + 1, 1); /* 1: in a paragraph or on a heading line */
    size_t pos = 0, paras = 0;
    size_t scan = 0, scan_ls = 0; /* line counting for dy_source_position */
    int scan_line = 1;
    for (size_t c = 0; c < ch->len; c++) {
        const dy_chapter *p = &ch->items[c];
        FZ_CHECK(p->src == src, "chapter %zu: wrong source", c);
        FZ_CHECK(p->title && p->title[0] && fz_utf8_valid_str(p->title),
                 "chapter %zu: title empty or not UTF-8", c);
        FZ_CHECK(p->level >= 1 && p->level <= 6, "chapter %zu: level %d", c, p->level);
        dy_span ts = p->title_span;
        if (ts.start == 0 && ts.end == 0) {
            FZ_CHECK(c == 0, "chapter %zu has no heading", c);
            const char *want = p->title_spoken ? meta->title : DEFAULT_TITLE;
            FZ_CHECK(want && !strcmp(p->title, want), "title '%s', want '%s'", p->title,
                     want ? want : "(null)");
        } else {
            FZ_CHECK(ts.start >= pos && ts.start < ts.end && ts.end <= n,
                     "chapter %zu: title span [%zu,%zu) (after %zu, source %zu)", c, ts.start,
                     ts.end, pos, n);
            FZ_CHECK(strlen(p->title) == ts.end - ts.start &&
                         !memcmp(p->title, t + ts.start, ts.end - ts.start),
                     "chapter %zu: title is not its span", c);
            FZ_CHECK(p->title_spoken, "chapter %zu: a heading not spoken", c);
            size_t a = ts.start, b = ts.end;
            FZ_CHECK(!dy_is_space(fz_utf8_next(t, n, &a)) && !dy_is_space(dy_utf8_prev(t, &b)),
                     "chapter %zu: title not trimmed", c);
            size_t ls = ts.start, le = ts.end; /* its heading line */
            while (ls > 0 && t[ls - 1] != '\n' && t[ls - 1] != '\r')
                ls--;
            while (le < n && t[le] != '\n' && t[le] != '\r')
                le++;
            memset(covered + ls, 1, le - ls);
            pos = ts.end;
        }
        size_t k = 0;
        dy_span s;
        for (size_t at = 0; dy_chapter_para(p, &at, &s); k++, paras++) {
            FZ_CHECK(s.start >= pos && s.start < s.end && s.end <= n,
                     "chapter %zu para %zu: [%zu,%zu) after %zu in %zu", c, k, s.start, s.end, pos,
                     n);
            size_t a = s.start, b = s.end;
            FZ_CHECK(!dy_is_space(fz_utf8_next(t, n, &a)) && !dy_is_space(dy_utf8_prev(t, &b)),
                     "chapter %zu para %zu: not trimmed", c, k);
            FZ_CHECK(fz_utf8_valid(t + s.start, s.end - s.start), "para not on characters");
            for (size_t ls = s.start; ls < s.end;) { /* no blank line inside */
                size_t le, next = line_at(t, s.end, ls, &le);
                FZ_CHECK(!all_space(t, ls, le), "chapter %zu para %zu: blank line at %zu", c, k,
                         ls);
                ls = next;
            }
            memset(covered + s.start, 1, s.end - s.start);
            pos = s.end;
            if (paras >= 8) /* dy_source_position counts from the start: a few are enough */
                continue;
            for (; scan < s.start; scan++) /* paragraphs come in order: count on */
                if (fz_is_break(t, n, scan, true))
                    scan_line++, scan_ls = scan + 1;
            int line, col;
            dy_source_position(src, s.start, &line, &col);
            FZ_CHECK(line == scan_line &&
                         (size_t)col == dy_utf8_count(t + scan_ls, s.start - scan_ls) + 1,
                     "paragraph at byte %zu: position %d:%d, want line %d", s.start, line, col,
                     scan_line);
        }
        FZ_CHECK(k == p->paras, "chapter %zu: %zu paragraphs read, %zu counted", c, k, p->paras);
    }
    FZ_CHECK(paras > 0, "a book without a paragraph was accepted");
    for (size_t i = body_start(t, n); i < n;) {
        size_t at = i;
        int32_t cp = fz_utf8_next(t, n, &i);
        FZ_CHECK(covered[at] || dy_is_space(cp), "text at byte %zu (U+%04X) was lost", at,
                 (unsigned)cp);
    }
    free(covered);
    const char *fields[] = {meta->title,       meta->author,   meta->year, meta->narrator,
                            meta->description, meta->language, meta->cover};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        FZ_CHECK(!fields[i] || (fields[i][0] && fz_utf8_valid_str(fields[i])),
                 "meta field %zu empty or not UTF-8", i);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FZ_MAX_INPUT)
        return 0;
    dy_source src;
    dy_diag d = {0};
    dy_status st = dy_source_from_memory(&src, PATH, (const char *)data, size, &d);
    check_source(data, size, st, &src, &d);
    if (st != DY_OK)
        return 0;
    /* read a piece at a time, composed a piece at a time: the NFC of the whole text */
    size_t skip = size >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3) ? 3 : 0, n;
    char *whole = dy_utf8_nfc((const char *)data + skip, size - skip, &n);
    FZ_CHECK(n == src.len && !memcmp(whole, src.data, n),
             "the text read in pieces (%zu bytes) is not the NFC of the whole (%zu bytes)", src.len,
             n);
    free(whole);
    dy_meta meta = {0};
    dy_chapter_vec chapters = {0};
    memset(&d, 0, sizeof d);
    st = dy_text_parse(&src, &meta, DEFAULT_TITLE, &chapters, &d);
    if (st == DY_OK) {
        check_book(&src, &meta, &chapters);
    } else {
        FZ_CHECK(st == DY_ERR_INPUT && d.msg[0] && !strcmp(d.path, PATH), "st=%d '%s' '%s'", st,
                 d.path, d.msg);
        FZ_CHECK(fz_position_ok(src.data, src.len, d.line, d.col, true),
                 "error at %d:%d is outside the input (%d lines): %s", d.line, d.col,
                 fz_lines(src.data, src.len, true), d.msg);
    }
    for (size_t i = 0; i < chapters.len; i++)
        dy_chapter_fini(&chapters.items[i]);
    DY_VEC_FREE(&chapters);
    dy_meta_fini(&meta);
    dy_source_fini(&src);
    return 0;
}
