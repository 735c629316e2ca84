/* Fuzz target: the lexicon parser (src/kk/lexicon.h, dy_lexicon_parse) and its lookup.
 * A model of the documented format is computed beside it: after an optional UTF-8 BOM, lines end
 * at "\n"; a line is ignored when it is blank or its first non-blank character is '#'; any
 * other line is "written<TAB>spoken" with exactly one tab, both sides non-empty once spaces (and
 * a final "\r") are trimmed; the text must be valid UTF-8 without NUL; both forms are kept in
 * NFC; a written form given again (in NFC) replaces the earlier entry. Invariants:
 * - the parse succeeds exactly when the model says the file is good; a failure has a message
 *   and a line:column inside the input;
 * - after success, the size is the number of distinct written forms, and looking up each
 *   written form gives its whole length and the spoken form of its last line, which is valid
 *   UTF-8;
 * - lookups at every byte of the input (also after a failure: the lines before it were added)
 *   return a length that fits, and valid UTF-8. */
#include "fuzz.h"

#include "kk/lexicon.h"

#include <utf8proc.h>

#define PATH "fuzz.lex"

typedef struct entry {
    const char *w, *s; /* written and spoken forms: in the input (model_line), then in NFC */
    size_t wn, sn;
    size_t line; /* the later of two equal written forms wins */
} entry;

/* s[0 .. n) in NFC, as utf8proc makes it (the form the lexicon keeps); caller frees. */
static char *nfc(const char *s, size_t n, size_t *len)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &out,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    FZ_CHECK(r >= 0, "utf8proc refused valid UTF-8");
    *len = (size_t)r;
    return (char *)out;
}

static bool same_written(const entry *a, const entry *b)
{
    return a->wn == b->wn && !memcmp(a->w, b->w, a->wn);
}

static int cmp_entry(const void *pa, const void *pb)
{
    const entry *a = pa, *b = pb;
    size_t n = a->wn < b->wn ? a->wn : b->wn;
    int c = memcmp(a->w, b->w, n);
    if (c || a->wn != b->wn)
        return c ? c : (a->wn < b->wn ? -1 : 1);
    return a->line < b->line ? -1 : a->line > b->line; /* the later line last */
}

/* One line [s, e): 1 entry (*out filled), 0 nothing, -1 malformed. */
static int model_line(const char *s, const char *e, entry *out)
{
    while (e > s && (e[-1] == '\r' || e[-1] == ' '))
        e--;
    const char *p = s;
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    if (p == e || *p == '#')
        return 0;
    const char *tab = memchr(s, '\t', (size_t)(e - s));
    if (!tab || memchr(tab + 1, '\t', (size_t)(e - tab - 1)))
        return -1;
    const char *ws = s, *we = tab, *ss = tab + 1;
    while (ws < we && *ws == ' ')
        ws++;
    while (we > ws && we[-1] == ' ')
        we--;
    while (ss < e && *ss == ' ')
        ss++;
    if (ws == we || ss == e)
        return -1;
    if ((size_t)(we - ws) > DY_LEXICON_FORM_MAX || (size_t)(e - ss) > DY_LEXICON_FORM_MAX)
        return -1; /* a form over the limit (the entries' limit is past FZ_MAX_INPUT) */
    *out = (entry){ws, ss, (size_t)(we - ws), (size_t)(e - ss), 0};
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FZ_MAX_INPUT)
        return 0;
    const char *text = (const char *)data;
    size_t skip = size >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0;
    const char *t = text + skip;
    size_t n = size - skip;

    /* the model */
    bool good = fz_utf8_bad(t, n, true) == n;
    entry *entries = malloc((n / 3 + 1) * sizeof *entries); /* a line of an entry has 3 bytes */
    size_t count = 0;
    for (size_t s = 0; good && s < n;) {
        const char *nl = memchr(t + s, '\n', n - s);
        size_t e = nl ? (size_t)(nl - t) : n;
        int r = model_line(t + s, t + e, &entries[count]);
        if (r < 0)
            good = false;
        if (r > 0) {
            entry *en = &entries[count];
            en->line = count++;
            en->w = nfc(en->w, en->wn, &en->wn);
            en->s = nfc(en->s, en->sn, &en->sn);
        }
        s = e + 1;
    }

    dy_lexicon *lex = dy_lexicon_new();
    dy_diag d = {0};
    dy_status st = dy_lexicon_parse(lex, PATH, text, size, &d);
    if (!good) {
        FZ_CHECK(st == DY_ERR_INPUT && d.msg[0] && !strcmp(d.path, PATH),
                 "a bad lexicon gave st=%d '%s'", st, d.msg);
        FZ_CHECK(fz_position_ok(t, n, d.line, d.col, false) && d.line > 0,
                 "error at %d:%d outside the input (%d lines): %s", d.line, d.col,
                 fz_lines(t, n, false), d.msg);
    } else {
        FZ_CHECK(st == DY_OK, "a good lexicon refused at %d:%d: %s", d.line, d.col, d.msg);
        /* sorted by written form, then by line: the last of each group is the one that wins */
        qsort(entries, count, sizeof *entries, cmp_entry);
        size_t distinct = 0;
        for (size_t i = 0; i < count; i++) {
            if (i + 1 < count && same_written(&entries[i], &entries[i + 1]))
                continue;
            const entry *e = &entries[i];
            distinct++;
            const char *spoken = NULL;
            size_t m = dy_lexicon_match(lex, e->w, 0, e->wn, &spoken);
            FZ_CHECK(m == e->wn && spoken, "entry '%.*s' not found (%zu)", (int)e->wn, e->w, m);
            FZ_CHECK(strlen(spoken) == e->sn && !memcmp(spoken, e->s, e->sn),
                     "entry '%.*s' reads '%s', want '%.*s'", (int)e->wn, e->w, spoken, (int)e->sn,
                     e->s);
            FZ_CHECK(fz_utf8_valid_str(spoken), "spoken form not UTF-8");
        }
        FZ_CHECK(dy_lexicon_size(lex) == distinct, "size %zu, %zu distinct written forms",
                 dy_lexicon_size(lex), distinct);
    }
    /* lookups anywhere in the input, as the normalizer makes them (the first 4 KiB: each is a
     * scan of the entries that start with that byte) */
    size_t lim = size < 4096 ? size : 4096;
    for (size_t at = 0; at < lim; at++) {
        const char *spoken = NULL;
        size_t m = dy_lexicon_match(lex, text, at, lim, &spoken);
        FZ_CHECK(m <= lim - at, "a match of %zu bytes at %zu past %zu", m, at, lim);
        FZ_CHECK(m == 0 || fz_utf8_valid_str(spoken), "a match without a valid spoken form");
    }
    dy_lexicon_free(lex);
    for (size_t i = 0; i < count; i++) {
        free((char *)entries[i].w);
        free((char *)entries[i].s);
    }
    free(entries);
    return 0;
}
