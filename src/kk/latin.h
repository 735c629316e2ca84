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
    DY_KK_LATN_2021,  /* ı і, i и/й, u у, ū ұ, ş ш */
    DY_KK_LATN_2018,  /* i і, ı и/й, u ұ, ý у, sh ш, with acute accents */
    DY_KK_LATN_PLAIN, /* as names of outlets are typed ("Azattyq Ruhy", "Qazaqsha", "Soltüstik"):
                         i і (й after a vowel), u у, sh ш, zh ж, gh ғ, y ы (й after a, e, o),
                         and the 2021 letters ä ğ ñ ö ş ū ü */
    DY_KK_LATN_2017,  /* the apostrophe alphabet of 26 October 2017: a' ә, g' ғ, n' ң, o' ө,
                         u' ү, y' у, i' и/й, s' ш, c' ч; i і, u ұ */
} dy_kk_latn;

/* The alphabet of text[0..n): 2018 when a letter only it has (á ǵ ń ó ú ý) is there; 2017
 * when two letters or more take an apostrophe (a' o' u' y' i' s' c' g' n': "ko's'iry'"); 2021
 * when a letter of it that no ASCII typist writes is there (ı İ ğ ñ ş ū); else plain ASCII as
 * outlets type Kazakh, sh ш and i і ("Keshte segiz jekpe-jek bolady." -> Кеште сегіз ...). */
dy_kk_latn dy_kk_latn_of(const char *text, size_t n);

/* Is word[0..n) written in alphabet a (its letters, "ch" for ч, inner apostrophes)? A word with
 * another Latin letter (c, w, x, é ...) is a foreign word and stays as written. */
bool dy_kk_latn_word(const char *word, size_t n, dy_kk_latn a);

/* How a Latin word in a Cyrillic sentence looks (dy_kk_latn_look_of). */
typedef enum dy_kk_latn_look {
    DY_KK_LOOK_FOREIGN, /* a letter or a spelling Kazakh does not use: Facebook, iPhone, Apple */
    DY_KK_LOOK_PLAIN,   /* Kazakh letters only, nothing only Kazakh has: Ruhy, jaz, Egemen, Open */
    DY_KK_LOOK_KAZAKH,  /* something only Kazakh writes: q not before u (Qazaqsha, Azattyq), a
                           letter of the 2021 or 2018 alphabet (ǵ ń ý ş ğ ñ ū ı ...), -stan */
} dy_kk_latn_look;

/* How word[0..n) looks. Foreign: c outside ch, w, x, any other letter; th, ph, ck, kh, qu, ee,
 * oo, ou, ea, double consonants at its end (Bell, Ross); an apostrophe (don't, O'Brien); an
 * English word common in names (Today, Open, News, Media, Sport ...). German ä ö ü count as Kazakh
 * only beside another Kazakh sign (q, or a letter of the alphabets that German lacks), since Müller
 * is no Kazakh word. */
dy_kk_latn_look dy_kk_latn_look_of(const char *word, size_t n);

/* The alphabet of the Latin-Kazakh words text[0..n) inside a Cyrillic sentence: 2018 by a
 * letter only it has (á ǵ ń ó ú ý), 2021 by ı (its і), else DY_KK_LATN_PLAIN. */
dy_kk_latn dy_kk_latn_of_words(const char *text, size_t n);

/* Appends to out the Cyrillic for the letter of word[0..n) at *i and moves *i past what it read
 * (one letter, or the two of "ch", "sh"): in 2021 ı -> і, i -> и (й after a vowel), y -> ы, ş ->
 * ш ... A capital stays a capital; an apostrophe is dropped. */
void dy_kk_latn_put(const char *word, size_t n, size_t *i, dy_buf *out, dy_kk_latn a);

#endif
