/* Kazakh in the Latin alphabet of 2021 (the 31 letters approved on 28 January 2021: the plain
 * Latin letters but c, w, x, and ä ğ ı İ/i ñ ö ş ū ü), read back into Cyrillic so that the
 * normalizer and eSpeak's Kazakh voice read it as Kazakh (normalize/normalize.c, for a sentence
 * text/lang.h finds to be Latin Kazakh). */
#ifndef DY_KK_LATIN_H
#define DY_KK_LATIN_H

#include "core/util.h"

/* Is word[0..n) written in the 2021 alphabet (its letters, "ch" for ч, inner apostrophes)? A
 * word with another Latin letter (c, w, x, é ...) is a foreign word and stays as written. */
bool dy_kk_latn_word(const char *word, size_t n);

/* Appends to out the Cyrillic for the letter of word[0..n) at *i and moves *i past what it read
 * (one letter, or the two of "ch"): ı -> і, i -> и (й after a vowel), y -> ы, ş -> ш ... A
 * capital stays a capital; an apostrophe is dropped. */
void dy_kk_latn_put(const char *word, size_t n, size_t *i, dy_buf *out);

#endif
