/* Kazakh text normalization (the normalize stage, after sentence splitting and before synth):
 * rewrites numbers, years, dates, ranges, abbreviations, initials, acronyms and symbols as the
 * words an announcer would say, for eSpeak NG's Kazakh voice (kazakh-normalization.md).
 * A named rule table: each rule matches at a token and expands it into spoken words; the first
 * rule that matches wins, so the order of the table is the precedence of the specification. */
#ifndef DY_NORMALIZE_H
#define DY_NORMALIZE_H

#include "text/utt.h"

#include "kk/lexicon.h"

typedef struct dy_norm_opts {
    const dy_lexicon *lexicon; /* a user's lexicon, applied before the built-in rules; or NULL */
    bool no_latin_voice;       /* Latin-script words: false (default) leaves them to eSpeak's
                                  English voice; true spells them in Cyrillic for the kk voice */
} dy_norm_opts;

/* The user lexicon's spoken forms in one sentence of n bytes add up to at most this many bytes:
 * 8 times the sentence (a whole-word abbreviation read out, "ҚР" -> "Қазақстан Республикасы",
 * is 10 times its bytes, but a sentence is mostly other words) plus 4 KB (a short sentence of
 * long names). A 4 KB text can then never make more than 36 KB of speech, however its lexicon
 * reads ("a" -> 1,000 bytes, 2,000 times). Past it, u->over_limit is set. */
#define DY_EXPAND_MAX(n) (8 * (size_t)(n) + 4096)

/* Tokenizes text[u->src] and fills u->words and u->spoken. Never fails: what no rule knows is
 * passed through (words) or dropped (symbols eSpeak would read in English or not at all). text
 * ends with a NUL: a rule may read the lines around the sentence (a test's option labels, one a
 * line, are read in the script of their run: rules_options.c). */
void dy_normalize(const char *text, dy_utt *u);
/* The same with options (NULL: none). */
void dy_normalize_with(const char *text, dy_utt *u, const dy_norm_opts *opts);

/* Cuts u->spoken into pieces of at most max_bytes at clause boundaries (after , ; : and dashes),
 * or at a space when a clause is longer; appends byte ranges of u->spoken to out. eSpeak reads
 * very long sentences badly, so the book reads such a sentence piece by piece. */
void dy_normalize_chunks(const dy_utt *u, size_t max_bytes, dy_span_vec *out);

#endif
