/* The record that carries one sentence (an "utterance", as Flite calls it) from the token stage
 * through normalization to synthesis. What really flows between the stages:
 *   text.c      a book's sources -> chapters -> paragraphs (spans of the source text)
 *   sentence.c  a paragraph -> sentence spans (book/input.c keeps only these per chapter)
 *   token.c     a sentence span -> dy_utt.tokens (this record, made again for each sentence)
 *   normalize   dy_utt.tokens -> dy_utt.words and dy_utt.spoken: each spoken word points back at
 *               the source text it reads and names the rule that made it (--explain reads them),
 *               then dy_normalize_chunks cuts spoken into pieces eSpeak can take
 *   segment.c   spoken + pieces + the voice -> one MP3 segment (audio/segment.h), in a worker
 *   assemble.c  segments + pauses -> the timeline (book/timeline.h), which every writer reads.
 * The pause after a sentence is the book's business (book/internal.h), not this record's. */
#ifndef DY_UTT_H
#define DY_UTT_H

#include "core/util.h"
#include "text/lang.h"

typedef enum dy_tok_kind {
    DY_TOK_WORD,   /* a run of letters (any script), with inner apostrophes */
    DY_TOK_NUMBER, /* a run of ASCII digits */
    DY_TOK_PUNCT,  /* one punctuation mark or symbol */
} dy_tok_kind;

typedef struct dy_token {
    dy_tok_kind kind;
    dy_span src;       /* bytes of the source text */
    bool space_before; /* white space separates it from the previous token */
} dy_token;

typedef struct dy_word {
    size_t off, len;  /* the word in dy_utt.spoken */
    dy_span src;      /* the source text it reads */
    const char *rule; /* name of the normalization rule that produced it */
} dy_word;

typedef struct dy_utt {
    dy_span src; /* the sentence in its source text */
    DY_VEC(dy_token) tokens;
    DY_VEC(dy_word) words;
    dy_buf spoken; /* what eSpeak is asked to say */
    /* Set by the normalizer when the user lexicon's spoken forms in this sentence would pass
     * DY_EXPAND_MAX (normalize/normalize.h); the rest was then read without the lexicon, and the
     * caller refuses the sentence. */
    bool over_limit;
    dy_lang lang; /* the sentence's language (text/lang.h), set by the normalizer */
    /* The language of the sentence before it in the same paragraph, which a sentence with no
     * words of its own takes (dy_lang_detect_after): set by the caller, DY_LANG_KK (zero) for a
     * paragraph's first sentence and a title. */
    dy_lang lang_before;
} dy_utt;

void dy_utt_fini(dy_utt *u);

/* Tokenizes text[span] into u->tokens (the token stage). Invalid UTF-8 bytes become PUNCT
 * tokens of one byte, which normalization drops. */
void dy_tokenize(const char *text, dy_span span, dy_utt *u);

/* The text the rules read (section 3 step 1, before any rule): a copy of the sentence in which
 * the Latin look-alike letters of each word token that mixes them with Cyrillic are folded
 * (text/chars.h: "5-шi" with a Latin i reads as "5-ші", "10 қaзанда" as a date). Called after
 * dy_tokenize. When no token folds it returns false and changes nothing (the usual case).
 * Otherwise view receives the sentence with those words folded (its byte 0 is u->src.start),
 * the tokens' spans are moved to offsets in view, and *map (view->len + 1 entries; caller frees)
 * gives the offset in text of each byte of view that starts a character, to move spans back. */
bool dy_tokens_fold(const char *text, dy_utt *u, dy_buf *view, size_t **map);

/* How dy_tokens_view rewrites a sentence's tokens: folds says whether token t of u (spans in
 * text; its neighbours may decide, as a Latin initial's name does) is rewritten; put appends to out
 * what the characters of word[0..n) at *i become and moves *i past what it read (at least one
 * character). */
typedef struct dy_folder {
    bool (*folds)(const char *text, const dy_utt *u, size_t t, void *ctx);
    void (*put)(const char *word, size_t n, size_t *i, dy_buf *out, void *ctx);
    void *ctx;
} dy_folder;

/* dy_tokens_fold with any folder (dy_tokens_fold is the look-alike one; normalize reads a
 * Latin-Kazakh sentence in Cyrillic with another): the same view, spans and map. */
bool dy_tokens_view(const char *text, dy_utt *u, const dy_folder *f, dy_buf *view, size_t **map);

/* Zero-width characters and the soft hyphen, which are not text (section 3.2): the tokenizer
 * skips them between tokens and keeps them inside a word's span; whoever copies a word drops
 * them. */
bool dy_is_invisible(int32_t cp);

#endif
