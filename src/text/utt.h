/* The one record that flows between the stages: a sentence (an "utterance", as Flite calls it)
 * with its source span, its tokens, the spoken words normalization made (each pointing back at
 * the source text it came from and naming the rule that made it), the exact string eSpeak
 * receives, and the pause after it. normalize --explain, sentence timing and caching read it. */
#ifndef DY_UTT_H
#define DY_UTT_H

#include "core/util.h"

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
    dy_buf spoken;      /* what eSpeak is asked to say */
    double pause_after; /* seconds of silence after it */
} dy_utt;

void dy_utt_fini(dy_utt *u);

/* Tokenizes text[span] into u->tokens (the token stage). Invalid UTF-8 bytes become PUNCT
 * tokens of one byte, which normalization drops. */
void dy_tokenize(const char *text, dy_span span, dy_utt *u);

/* Zero-width characters and the soft hyphen, which are not text (section 3.2): the tokenizer
 * skips them between tokens and keeps them inside a word's span; whoever copies a word drops
 * them. */
bool dy_is_invisible(int32_t cp);

#endif
