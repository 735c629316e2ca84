/* Kazakh in the Latin alphabet, read back into Cyrillic so that the normalizer and eSpeak's
 * Kazakh voice read it as Kazakh (normalize/normalize.c, for a sentence text/lang.h finds to be
 * Latin Kazakh). The alphabet approved on 28 January 2021 (the plain Latin letters but c, w, x,
 * and ä ğ ı İ/i ñ ö ş ū ü) is the one the task names; the 2018 one (á ǵ ı/i ń ó ú ý, sh, ch),
 * in which news sites published for years, swaps ı and i and reads u as ұ, so a sentence is
 * read by the one its letters show. */
#ifndef DY_KK_LATIN_H
#define DY_KK_LATIN_H

#include "core/util.h"

typedef enum dy_kk_latn {
    DY_KK_LATN_2021, /* ı і, i и/й, u у, ū ұ, ş ш */
    DY_KK_LATN_2018, /* i і, ı и/й, u ұ, ý у, sh ш, with acute accents */
} dy_kk_latn;

/* The alphabet of text[0..n): 2018 when a letter only it has (á ǵ ń ó ú ý) is there. */
dy_kk_latn dy_kk_latn_of(const char *text, size_t n);

/* Is word[0..n) written in alphabet a (its letters, "ch" for ч, inner apostrophes)? A word with
 * another Latin letter (c, w, x, é ...) is a foreign word and stays as written. */
bool dy_kk_latn_word(const char *word, size_t n, dy_kk_latn a);

/* Appends to out the Cyrillic for the letter of word[0..n) at *i and moves *i past what it read
 * (one letter, or the two of "ch", "sh"): in 2021 ı -> і, i -> и (й after a vowel), y -> ы, ş ->
 * ш ... A capital stays a capital; an apostrophe is dropped. */
void dy_kk_latn_put(const char *word, size_t n, size_t *i, dy_buf *out, dy_kk_latn a);

#endif
