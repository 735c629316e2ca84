/* User pronunciation lexicon (see lexicon.h). Entries are kept sorted by written form (to drop
 * the earlier of equal forms) and indexed by a hash table of their whole written form; a match
 * looks up each place the text could end a written form, so its cost does not grow with the
 * number of entries. */
#include "kk/lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "core/platform.h"

typedef struct entry {
    char *written;
    size_t len;
    char *spoken;
    size_t serial; /* order of adding: the later of two equal written forms wins */
} entry;

struct dy_lexicon {
    DY_VEC(entry) entries;
    size_t *slots;      /* open addressing: 1 + an entry's index, 0 for an empty slot */
    size_t nslots;      /* a power of two, at least twice the number of entries; or 0 */
    size_t longest;     /* the longest written form, in bytes */
    size_t next_serial; /* never goes down, even when duplicates are dropped */
};

/* Written forms compared with the text: a test hook (see lexicon.h). */
static size_t compares;

size_t dy_lexicon_compares(void) { return compares; }

dy_lexicon *dy_lexicon_new(void) { return dy_xcalloc(1, sizeof(dy_lexicon)); }

void dy_lexicon_free(dy_lexicon *lex)
{
    if (!lex)
        return;
    for (size_t i = 0; i < lex->entries.len; i++) {
        free(lex->entries.items[i].written);
        free(lex->entries.items[i].spoken);
    }
    DY_VEC_FREE(&lex->entries);
    free(lex->slots);
    free(lex);
}

size_t dy_lexicon_size(const dy_lexicon *lex) { return lex ? lex->entries.len : 0; }

static int cmp_entry(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    int c = strcmp(x->written, y->written);
    return c ? c : (x->serial < y->serial ? -1 : x->serial > y->serial);
}

/* FNV-1a, continued from h over n more bytes: the lookup hashes the text once, byte by byte. */
static uint64_t hash_more(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3u;
    return h;
}

#define HASH_START 0xcbf29ce484222325u

/* Sorts, keeps the last of equal written forms, and indexes them by hash. */
static void reindex(dy_lexicon *lex)
{
    size_t n = lex->entries.len, out = 0;
    entry *e = lex->entries.items;
    if (n)
        qsort(e, n, sizeof *e, cmp_entry);
    for (size_t i = 0; i < n; i++) {
        if (i + 1 < n && !strcmp(e[i].written, e[i + 1].written)) {
            free(e[i].written);
            free(e[i].spoken);
            continue;
        }
        e[out++] = e[i];
    }
    lex->entries.len = out;
    free(lex->slots);
    lex->nslots = 16;
    while (lex->nslots < 2 * out)
        lex->nslots *= 2;
    lex->slots = dy_xcalloc(lex->nslots, sizeof *lex->slots);
    lex->longest = 0;
    for (size_t i = 0; i < out; i++) {
        size_t h = (size_t)hash_more(HASH_START, e[i].written, e[i].len) & (lex->nslots - 1);
        while (lex->slots[h])
            h = (h + 1) & (lex->nslots - 1);
        lex->slots[h] = i + 1;
        if (e[i].len > lex->longest)
            lex->longest = e[i].len;
    }
}

/* The entry whose written form is exactly text[0, n) (h: its hash), or NULL. */
static const entry *find(const dy_lexicon *lex, const char *text, size_t n, uint64_t h)
{
    for (size_t k = (size_t)h & (lex->nslots - 1); lex->slots[k]; k = (k + 1) & (lex->nslots - 1)) {
        const entry *e = &lex->entries.items[lex->slots[k] - 1];
        compares++;
        if (e->len == n && !memcmp(e->written, text, n))
            return e;
    }
    return NULL;
}

static bool is_word_char(int32_t cp) { return dy_is_letter(cp) || (cp >= '0' && cp <= '9'); }

/* One line "written<TAB>spoken" of [s, e) at line `line`; appends an entry or fails. */
static dy_status parse_line(dy_lexicon *lex, const char *path, const char *s, const char *e,
                            int line, dy_diag *d)
{
    while (e > s && (e[-1] == '\r' || e[-1] == ' '))
        e--;
    const char *p = s;
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    if (p == e || *p == '#')
        return DY_OK;
    const char *tab = memchr(s, '\t', (size_t)(e - s));
    if (!tab)
        return dy_diag_set(d, DY_ERR_INPUT, path, line, (int)dy_utf8_count(s, (size_t)(e - s)) + 1,
                           "lexicon: expected 'written form<TAB>spoken form'");
    const char *tab2 = memchr(tab + 1, '\t', (size_t)(e - tab - 1));
    if (tab2)
        return dy_diag_set(d, DY_ERR_INPUT, path, line,
                           (int)dy_utf8_count(s, (size_t)(tab2 - s)) + 1,
                           "lexicon: more than one tab on the line");
    const char *ws = s, *we = tab, *ss = tab + 1, *se = e;
    while (ws < we && *ws == ' ')
        ws++;
    while (we > ws && we[-1] == ' ')
        we--;
    while (ss < se && *ss == ' ')
        ss++;
    if (ws == we || ss == se)
        return dy_diag_set(d, DY_ERR_INPUT, path, line,
                           ws == we ? 1 : (int)dy_utf8_count(s, (size_t)(tab - s)) + 2,
                           ws == we ? "lexicon: the written form is empty"
                                    : "lexicon: the spoken form is empty");
    bool long_written = (size_t)(we - ws) > DY_LEXICON_FORM_MAX;
    if (long_written || (size_t)(se - ss) > DY_LEXICON_FORM_MAX)
        return dy_diag_set(d, DY_ERR_INPUT, path, line,
                           (int)dy_utf8_count(s, (size_t)((long_written ? ws : ss) - s)) + 1,
                           "lexicon: the %s form is too long (limit %d bytes)",
                           long_written ? "written" : "spoken", DY_LEXICON_FORM_MAX);
    if (lex->entries.len >= DY_LEXICON_ENTRIES_MAX)
        return dy_diag_set(d, DY_ERR_INPUT, path, line, 1,
                           "lexicon: too many entries (limit %d in all the lexicons of a book)",
                           DY_LEXICON_ENTRIES_MAX);
    /* in NFC, as the text is read (text.h): "й" written decomposed matches the text's "й" */
    entry *en = DY_VEC_PUSH(&lex->entries);
    en->written = dy_utf8_nfc(ws, (size_t)(we - ws), &en->len);
    en->spoken = dy_utf8_nfc(ss, (size_t)(se - ss), NULL);
    en->serial = ++lex->next_serial;
    return DY_OK;
}

dy_status dy_lexicon_parse(dy_lexicon *lex, const char *path, const char *text, size_t len,
                           dy_diag *d)
{
    if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
        text += 3, len -= 3;
    int line = 1;
    dy_status st = DY_OK;
    const char *s = text, *end = text + len;
    for (size_t i = 0; i < len && st == DY_OK;) {
        size_t at = i;
        int32_t cp = dy_utf8_next(text, len, &i);
        if (cp <= 0)
            st = dy_diag_set(d, DY_ERR_INPUT, path, line,
                             (int)dy_utf8_count(s, (size_t)(text + at - s)) + 1,
                             cp < 0 ? "lexicon: invalid UTF-8" : "lexicon: NUL byte");
        else if (cp == '\n') {
            st = parse_line(lex, path, s, text + at, line, d);
            s = text + i;
            line++;
        }
    }
    if (st == DY_OK && s < end)
        st = parse_line(lex, path, s, end, line, d);
    reindex(lex);
    return st;
}

dy_status dy_lexicon_load(dy_lexicon *lex, const char *path, dy_diag *d)
{
    char *data;
    size_t len;
    dy_status st = dy_file_read(path, &data, &len, d);
    if (st == DY_OK)
        st = dy_lexicon_parse(lex, path, data, len, d);
    free(data);
    return st;
}

size_t dy_lexicon_match(const dy_lexicon *lex, const char *text, size_t at, size_t end,
                        const char **spoken)
{
    if (!lex || !lex->entries.len || at >= end)
        return 0;
    size_t stop = end - at > lex->longest ? at + lex->longest : end;
    uint64_t h = HASH_START;
    size_t best = 0, k = at;
    int32_t cp = dy_utf8_next(text, end, &k); /* the code point before k */
    h = hash_more(h, text + at, k - at);
    while (k <= stop) {
        size_t next = k;
        int32_t after = k < end ? dy_utf8_next(text, end, &next) : 0;
        /* whole words only: "Ли" does not match the start of "Лидия" */
        if (!(is_word_char(cp) && k < end && is_word_char(after))) {
            const entry *e = find(lex, text + at, k - at, h);
            if (e) {
                best = k - at;
                *spoken = e->spoken;
            }
        }
        if (k >= end)
            break;
        h = hash_more(h, text + k, next - k);
        k = next;
        cp = after;
    }
    return best;
}
