/* The token stage: splits a sentence into words, digit runs and single punctuation marks
 * (kazakh-normalization.md section 1, stage 3). Digits glued to letters become separate tokens
 * with no space between them (section 3.1: "12дәптер", "2ші"), so the rules see both parts; the
 * hyphen of "5-ке" is a token of its own for the same reason. */
#include "text/utt.h"

#include "text/chars.h"

#include <stdlib.h>
#include <string.h>

void dy_utt_fini(dy_utt *u)
{
    DY_VEC_FREE(&u->tokens);
    DY_VEC_FREE(&u->words);
    dy_buf_fini(&u->spoken);
}

static bool is_digit(int32_t c) { return c >= '0' && c <= '9'; }

bool dy_is_invisible(int32_t c)
{
    return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
           (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

/* Does the Latin letter c take an apostrophe in the Kazakh alphabet of 2017 (a' ә, g' ғ, n' ң,
 * o' ө, u' ү, y' ұ, i' і, s' ш, c' ч)? */
static bool latin_2017_letter(int32_t c)
{
    return c < 0x80 && c > 0 && strchr("agnouyiscAGNOUYISC", (int)c) != NULL;
}

void dy_tokenize(const char *text, dy_span span, dy_utt *u)
{
    u->tokens.len = 0;
    size_t i = span.start, end = span.end;
    bool space = false;
    while (i < end) {
        size_t start = i;
        int32_t c = dy_utf8_next(text, end, &i);
        if (dy_is_space(c) || (c >= 0 && c < 0x20) || c == 0x7F) {
            space = true;
            continue;
        }
        if (dy_is_invisible(c))
            continue;
        dy_token t = {DY_TOK_PUNCT, {start, i}, space};
        if (is_digit(c)) {
            t.kind = DY_TOK_NUMBER;
            size_t j = i;
            while (j < end && is_digit(dy_utf8_next(text, end, &j)))
                i = j;
        } else if (dy_is_letter(c) || (c >= 0x0300 && c <= 0x036F)) {
            t.kind = DY_TOK_WORD;
            int32_t prev = c; /* the word's last letter so far */
            for (size_t j = i; j < end;) {
                int32_t n = dy_utf8_next(text, end, &j);
                if (dy_is_letter(n) || (n >= 0x0300 && n <= 0x036F) || dy_is_invisible(n)) {
                    prev = dy_is_letter(n) ? n : prev;
                    i = j;
                    continue;
                }
                if (!dy_char_is_apostrophe(n))
                    break;
                size_t k = j;
                bool letter_after = k < end && dy_is_letter(dy_utf8_next(text, end, &k));
                /* an apostrophe between letters stays inside the word: Құран’ды, O'Brien; and
                 * so does one after the last letter of a Latin word when that letter takes it
                 * in the Kazakh alphabet of 2017 (a' ә, g' ғ, n' ң, o' ө, u' ү, y' ұ, i' і,
                 * s' ш, c' ч: "ta'", "ken'", "jariyalady'"), but never ‘, an opening quote */
                if (letter_after || (n != 0x2018 && latin_2017_letter(prev)))
                    i = j;
                if (!letter_after)
                    break;
            }
        }
        t.src.end = i;
        *DY_VEC_PUSH(&u->tokens) = t;
        space = false;
    }
}

/* The code point a token starts with. */
static int32_t first_cp(const char *text, const dy_token *tk)
{
    size_t k = tk->src.start;
    return dy_utf8_next(text, tk->src.end, &k);
}

/* Does token t of u fold to other characters? Most Kazakh words fold (they have a Cyrillic letter)
 * but hold no look-alike: they need no copy. A lone Latin initial before a Cyrillic name folds
 * ("A. Байтұрсынұлы", chars.h), and so does a hyphen U+2010 or U+2011 ("5‑ші"). */
static bool token_folds(const char *text, const dy_utt *u, size_t t)
{
    const dy_token *tk = &u->tokens.items[t];
    size_t n = tk->src.end - tk->src.start;
    const char *s = text + tk->src.start;
    int32_t c = first_cp(text, tk);
    if (tk->kind == DY_TOK_PUNCT)
        return dy_char_fold_hyphen(c) != c;
    if (tk->kind != DY_TOK_WORD)
        return false;
    if (dy_utf8_count(s, n) == 1 && t + 2 < u->tokens.len) {
        const dy_token *dot = &u->tokens.items[t + 1], *name = &u->tokens.items[t + 2];
        if (dot->kind == DY_TOK_PUNCT && !dot->space_before && text[dot->src.start] == '.' &&
            name->kind == DY_TOK_WORD &&
            dy_char_initial_folds(c, text + name->src.start, name->src.end - name->src.start,
                                  t == 0))
            return true;
    }
    /* a lone Latin look-alike after a slash glued to a Cyrillic word: the "с" of "м/c" */
    if (dy_utf8_count(s, n) == 1 && c < 0x80 && c != 'h' && dy_char_fold_homoglyph(c) != c &&
        t >= 2 && !tk->space_before) { /* (the h of "км/h" is the hour) */
        const dy_token *slash = &u->tokens.items[t - 1], *unit = &u->tokens.items[t - 2];
        if (slash->kind == DY_TOK_PUNCT && !slash->space_before && text[slash->src.start] == '/' &&
            unit->kind == DY_TOK_WORD && dy_is_cyrillic(first_cp(text, unit)) &&
            (t + 1 >= u->tokens.len || u->tokens.items[t + 1].kind != DY_TOK_WORD ||
             u->tokens.items[t + 1].space_before))
            return true;
    }
    if (dy_char_word_unfolds(s, n))
        return true; /* "Еnergyprom" with a Cyrillic Е */
    if (!dy_char_word_folds(s, n))
        return false;
    for (size_t k = 0; k < n;) {
        int32_t cp = dy_utf8_next(s, n, &k);
        if (dy_char_fold_homoglyph(cp) != cp)
            return true;
    }
    return false;
}

static bool homoglyph_folds(const char *text, const dy_utt *u, size_t t, void *ctx)
{
    (void)ctx;
    return token_folds(text, u, t);
}

static void homoglyph_put(const char *word, size_t n, size_t *i, dy_buf *out, void *ctx)
{
    (void)ctx;
    size_t at = *i;
    int32_t cp = dy_utf8_next(word, n, i);
    if (dy_char_word_unfolds(word, n))
        dy_buf_put_cp(out, dy_char_unfold_homoglyph(cp));
    else
        dy_buf_put_cp(out, dy_char_fold_hyphen(dy_char_fold_at(word, n, at)));
}

bool dy_tokens_fold(const char *text, dy_utt *u, dy_buf *view, size_t **map)
{
    static const dy_folder homoglyphs = {homoglyph_folds, homoglyph_put, NULL};
    return dy_tokens_view(text, u, &homoglyphs, view, map);
}

bool dy_tokens_view(const char *text, dy_utt *u, const dy_folder *f, dy_buf *view, size_t **map)
{
    size_t t = 0;
    while (t < u->tokens.len && !f->folds(text, u, t, f->ctx))
        t++;
    if (t == u->tokens.len)
        return false;
    /* every token asked before any span moves into the view: a folder may look at a token's
     * neighbours on either side */
    bool *folds = dy_xrealloc(NULL, u->tokens.len * sizeof *folds);
    for (size_t k = 0; k < u->tokens.len; k++)
        folds[k] = k >= t && f->folds(text, u, k, f->ctx);
    size_t *m = NULL, cap = 0, i = u->src.start;
    dy_buf_clear(view);
    for (t = 0; t <= u->tokens.len; t++) {
        dy_token *tk = t < u->tokens.len ? &u->tokens.items[t] : NULL;
        size_t start = tk ? tk->src.start : u->src.end, end = tk ? tk->src.end : u->src.end;
        bool fold = tk && folds[t];
        size_t vstart = 0;
        while (i < end) { /* the text between tokens as it is, then the token */
            if (i == start)
                vstart = view->len;
            size_t at = i;
            size_t from = view->len;
            if (fold && at >= start) { /* the folder reads the token's letters from i */
                size_t k = at - start;
                f->put(text + start, end - start, &k, view, f->ctx);
                i = start + k;
            } else {
                dy_utf8_next(text, end, &i);
                dy_buf_append(view, text + at, i - at);
            }
            if (view->len + 1 > cap) {
                cap = 2 * cap > view->len + 1 ? 2 * cap : view->len + 64;
                m = dy_xrealloc(m, cap * sizeof *m);
            }
            for (size_t k = from; k < view->len; k++)
                m[k] = at;
        }
        if (tk)
            tk->src = (dy_span){start == end ? view->len : vstart, view->len};
    }
    if (view->len + 1 > cap)
        m = dy_xrealloc(m, (view->len + 1) * sizeof *m);
    m[view->len] = u->src.end;
    *map = m;
    free(folds);
    return true;
}
