/* Kazakh word lists that normalization consults: letter names, months, abbreviations, the nouns
 * that decide how a year is read, symbols. Data only, kept as sorted tables in kk_lexicon.c so a
 * Kazakh speaker can review and extend them (kazakh-normalization.md sections 9, 10, 17, 18, 20). */
#ifndef DY_KK_LEXICON_H
#define DY_KK_LEXICON_H

#include "util.h"

/* The conventional name of an upper- or lower-case Kazakh Cyrillic letter (section 20.2):
 * 'Р' -> "эр", 'М' -> "эм", 'Ә' -> "ә". NULL for anything else. */
const char *dy_kk_letter_name(int32_t cp);

/* If word[0..n) (lower-cased by the caller or not) is a form of a month name, returns the month
 * 1..12 and sets *stem_len to the byte length of the stem ("қарашадағы" -> 11, stem "қараша").
 * Returns 0 otherwise. */
int dy_kk_month(const char *word, size_t n, size_t *stem_len);

/* An abbreviation written with periods, given without spaces ("т.б.", "т.с.с.", "б.з.б.").
 * Returns its expansion or NULL. */
const char *dy_kk_abbreviation(const char *key, size_t n);

/* Section 9, row 1: a noun of part of a year with its possessive ("соңы", "басында",
 * "көктемінде", "ішінде"). */
bool dy_kk_is_part_of_year(const char *word, size_t n);
/* Section 9, exceptions: a word after "жыл" that makes the number a duration ("бұрын", "бойы"). */
bool dy_kk_is_duration_word(const char *word, size_t n);
/* Section 9, row 4: a form of a noun of the event/document list ("көтеріліс", "съезі"). */
bool dy_kk_is_event_noun(const char *word, size_t n);

/* The Kazakh word for a symbol standing alone ("%" -> "пайыз", "№" -> "нөмір"), or NULL. */
const char *dy_kk_symbol_word(int32_t cp);

/* Lower-cases a UTF-8 word into out. */
void dy_kk_lower(dy_buf *out, const char *word, size_t n);

#endif
