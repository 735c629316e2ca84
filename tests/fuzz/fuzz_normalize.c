/* Fuzz target: the normalizer (src/normalize/normalize.h: dy_normalize_with, dy_normalize_chunks).
 * The input is the source text (NUL bytes become spaces, as a checked source has none;
 * ill-formed UTF-8 is kept, the tokenizer must drop it). The input's size picks the mode, so
 * that mutations try them all: bit 0 set: the whole input is one utterance, else each sentence
 * of dy_sentence_split (on the text made valid, as the book does) is one; bit 1: a small user
 * lexicon; bit 2: no_latin_voice. An input that starts with "#lex\n" brings its own lexicon:
 * the lines up to the first blank line (the text follows). One dy_utt is reused across
 * utterances, as the book does.
 * Invariants, per utterance:
 * - spoken is valid UTF-8 without NUL, and is exactly its words joined by single spaces (no
 *   leading, trailing or double space; no word holds a space; none is empty);
 * - each word has a rule name and a source span inside the utterance's span; word spans start
 *   in non-decreasing source order; every word and number token is read by a word (only
 *   symbols and the number of a footnote mark "сөз[1]" are dropped: the normalizer loses no
 *   text);
 * - the chunks for a few sizes are non-empty, at most max_bytes long, in order, without
 *   overlap, on character boundaries, trimmed, and cover every non-space byte of spoken. */
#include "fuzz.h"

#include "normalize/normalize.h"
#include "text/sentence.h"

static dy_lexicon *g_lex;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static const char lex[] = "# a user's lexicon: single words, several tokens, symbols, digits\n"
                              "ҚР\tҚазақстан Республикасы\n"
                              "т.б.\tтағы басқалар\n"
                              "Ли\tЛи Бай\n"
                              "COVID-19\tковид он тоғыз\n"
                              "1917\tмың тоғыз жүз он жеті\n"
                              "%\tпайыз\n"
                              "$\tдоллар\n"
                              "А.\tА\n"
                              "кг\tкилограмм\n"
                              "5-ке\tбеске\n"
                              "e-mail\tэлектрондық пошта\n"
                              "XX ғ.\tжиырмасыншы ғасыр\n";
    dy_diag d;
    g_lex = dy_lexicon_new();
    if (dy_lexicon_parse(g_lex, "fuzz.lex", lex, sizeof lex - 1, &d) != DY_OK) {
        fprintf(stderr, "fuzz_normalize: the built-in lexicon: %d:%d %s\n", d.line, d.col, d.msg);
        abort();
    }
    return 0;
}

static void check_chunks(const dy_utt *u, size_t max_bytes)
{
    dy_span_vec out = {0};
    dy_normalize_chunks(u, max_bytes, &out);
    const char *s = dy_buf_str(&u->spoken);
    size_t n = u->spoken.len, pos = 0;
    size_t limit = max_bytes < 16 ? 16 : max_bytes; /* the documented floor */
    for (size_t k = 0; k < out.len; k++) {
        dy_span c = out.items[k];
        FZ_CHECK(c.start >= pos && c.start < c.end && c.end <= n,
                 "chunk %zu [%zu,%zu) after %zu in %zu bytes", k, c.start, c.end, pos, n);
        FZ_CHECK(c.end - c.start <= limit, "chunk %zu is %zu bytes, max %zu", k, c.end - c.start,
                 limit);
        FZ_CHECK(fz_utf8_valid(s + c.start, c.end - c.start), "chunk %zu cuts a character", k);
        FZ_CHECK(s[c.start] != ' ' && s[c.end - 1] != ' ', "chunk %zu not trimmed", k);
        for (size_t i = pos; i < c.start; i++)
            FZ_CHECK(s[i] == ' ', "spoken byte %zu is in no chunk", i);
        pos = c.end;
    }
    for (size_t i = pos; i < n; i++)
        FZ_CHECK(s[i] == ' ', "spoken byte %zu after the last chunk is in no chunk", i);
    DY_VEC_FREE(&out);
}

/* Is token i one the normalizer drops on purpose (rules_punct.c): the number of a footnote mark
 * or a wiki's edit link in square brackets glued to them ("сөз[1]", "[2][өңдеу]"), or a word of
 * a hashtag ("#жоңғар #қалмақ")? */
static bool dropped_on_purpose(const char *t, const dy_token *tk, size_t len, size_t i)
{
    static const char *const EDIT[] = {"өңдеу", "edit", "түзету", "править"};
    if (i >= 1 && i + 1 < len && t[tk[i - 1].src.start] == '[' && !tk[i].space_before &&
        t[tk[i + 1].src.start] == ']' && !tk[i + 1].space_before) {
        if (tk[i].kind == DY_TOK_NUMBER)
            return true;
        for (size_t e = 0; e < sizeof EDIT / sizeof *EDIT; e++)
            if (tk[i].src.end - tk[i].src.start == strlen(EDIT[e]) &&
                !memcmp(t + tk[i].src.start, EDIT[e], strlen(EDIT[e])))
                return true;
    }
    for (size_t j = i; j > 0 && !tk[j].space_before; j--)
        if (tk[j - 1].kind == DY_TOK_PUNCT && t[tk[j - 1].src.start] == '#')
            return true;
    return false;
}

static void check_utt(const char *text_of_utt, const dy_utt *u)
{
    const char *s = dy_buf_str(&u->spoken);
    size_t n = u->spoken.len;
    FZ_CHECK(strlen(s) == n, "spoken holds a NUL");
    FZ_CHECK(fz_utf8_valid(s, n), "spoken is not valid UTF-8: '%s'", s);
    size_t pos = 0, src_pos = u->src.start;
    for (size_t k = 0; k < u->words.len; k++) {
        const dy_word *w = &u->words.items[k];
        FZ_CHECK(w->rule && w->rule[0], "word %zu has no rule", k);
        FZ_CHECK(w->len > 0 && w->off <= n && w->len <= n - w->off, "word %zu [%zu,+%zu) in %zu", k,
                 w->off, w->len, n);
        size_t want = k == 0 ? 0 : pos; /* right after the previous word, or after one space */
        FZ_CHECK(w->off == want || (k > 0 && w->off == want + 1 && s[want] == ' '),
                 "word %zu at %zu, previous ends at %zu: '%s'", k, w->off, pos, s);
        FZ_CHECK(!memchr(s + w->off, ' ', w->len), "word %zu (%s) holds a space: '%.*s'", k,
                 w->rule, (int)w->len, s + w->off);
        FZ_CHECK(
            w->src.start <= w->src.end && w->src.start >= u->src.start && w->src.end <= u->src.end,
            "word %zu '%.*s' (%s): source [%zu,%zu) outside the utterance [%zu,%zu)", k,
            (int)w->len, s + w->off, w->rule, w->src.start, w->src.end, u->src.start, u->src.end);
        FZ_CHECK(w->src.start >= src_pos,
                 "word %zu '%.*s' (%s): source starts at %zu, before the previous word's %zu", k,
                 (int)w->len, s + w->off, w->rule, w->src.start, src_pos);
        src_pos = w->src.start;
        pos = w->off + w->len;
    }
    FZ_CHECK(pos == n, "spoken has %zu bytes after its last word: '%s'", n - pos, s);
    /* every word and number token is read by some word: only symbols are dropped, and the
     * footnote marks, edit links and hashtags of dropped_on_purpose */
    const dy_token *tk = u->tokens.items;
    for (size_t t = 0, k = 0; t < u->tokens.len; t++) {
        if (tk[t].kind == DY_TOK_PUNCT || dropped_on_purpose(text_of_utt, tk, u->tokens.len, t))
            continue;
        while (k < u->words.len && u->words.items[k].src.end <= tk[t].src.start)
            k++;
        bool read = false;
        for (size_t j = k; j < u->words.len && !read; j++) {
            dy_span ws = u->words.items[j].src;
            if (ws.start >= tk[t].src.end)
                break;
            read = ws.end > tk[t].src.start;
        }
        FZ_CHECK(read, "token %zu '%.*s' is read by no word: '%s'", t,
                 (int)(tk[t].src.end - tk[t].src.start), text_of_utt + tk[t].src.start, s);
    }
    check_chunks(u, 600); /* the book's size */
    check_chunks(u, 16);
    check_chunks(u, 40 + n % 97);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FZ_MAX_INPUT)
        return 0;
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    for (size_t i = 0; i < size; i++)
        if (!text[i])
            text[i] = ' ';
    /* "#lex\n" LEXICON "\n\n" TEXT: the input brings its own lexicon (used when it parses) */
    size_t body = 0;
    dy_lexicon *own = NULL;
    if (size >= 5 && !memcmp(data, "#lex\n", 5)) {
        const char *sep = strstr(text + 5, "\n\n");
        body = sep ? (size_t)(sep + 2 - text) : size;
        own = dy_lexicon_new();
        dy_diag d;
        if (dy_lexicon_parse(own, "fuzz.lex", text + 5, body - 5, &d) != DY_OK) {
            dy_lexicon_free(own);
            own = NULL;
        }
    }
    dy_norm_opts opts = {own ? own : (size & 2) ? g_lex : NULL, (size & 4) != 0};
    dy_span_vec spans = {0};
    if (size & 1) {
        *DY_VEC_PUSH(&spans) = (dy_span){body, size};
    } else {
        char *valid = fz_valid_copy(data, size);
        dy_sentence_split(valid, (dy_span){body, size}, &spans);
        free(valid);
    }
    dy_utt u = {0};
    for (size_t k = 0; k < spans.len; k++) {
        u.src = spans.items[k];
        dy_normalize_with(text, &u, &opts);
        check_utt(text, &u);
    }
    dy_utt_fini(&u);
    DY_VEC_FREE(&spans);
    dy_lexicon_free(own);
    free(text);
    return 0;
}
