/* Kazakh word lists that normalization consults: letter names, months, abbreviations, acronyms,
 * Roman digits, the nouns that decide how a year, a century or a Roman numeral is read, symbols.
 * Data only, kept as sorted tables in kk_lexicon.c so a Kazakh speaker can review and extend them
 * (kazakh-normalization.md sections 9, 10, 12, 17, 18, 20). */
#ifndef DY_KK_LEXICON_H
#define DY_KK_LEXICON_H

#include "util.h"

/* The conventional name of an upper- or lower-case Kazakh Cyrillic letter (section 20.2):
 * 'Р' -> "эр", 'М' -> "эм", 'Ә' -> "ә". NULL for anything else. */
const char *dy_kk_letter_name(int32_t cp);

/* If word[0..n) (any case) is a form of a month name, returns the month 1..12 and sets
 * *stem_len to the byte length of the stem ("қарашадағы" -> 11, stem "қараша").
 * Returns 0 otherwise. */
int dy_kk_month(const char *word, size_t n, size_t *stem_len);

/* An abbreviation written with periods (section 18), keyed without spaces: "т.б.", "б.з.б.". */
typedef struct dy_kk_abbr {
    const char *key;
    const char *words;       /* the expansion: "біздің заманымыздан бұрын" */
    const char *attributive; /* before a number or a Roman numeral ("б.з.б. V ғ." -> "...
                              * бұрынғы"), or NULL when it is the same */
    bool postpositive;       /* it follows what it qualifies (т.б.), so its period ends the
                              * sentence before a capital (section 23.2) */
} dy_kk_abbr;
/* The entry for key[0..n) (case-sensitive), or NULL. */
const dy_kk_abbr *dy_kk_abbreviation(const char *key, size_t n);

/* Section 20.3: the reading of an acronym from the lexicon ("ҚР" -> "Қазақстан Республикасы",
 * "РКФСР" -> "эр ка эф эс эр", "НАТО" -> "нато"), words separated by spaces; NULL if absent.
 * word is matched exactly (case-sensitive). */
const char *dy_kk_acronym(const char *word, size_t n);

/* Section 12 rule 1: the value of a Roman digit written in Latin (I V X L C D M) or with a
 * Cyrillic look-alike (І, Х, С, М, Л, and Ү or У typed for V); 0 for anything else. Upper case
 * only. */
int dy_kk_roman_digit(int32_t cp);

/* Section 12 rule 2: a form of a noun that a Roman numeral numbers. Returns DY_KK_NOUN_CENTURY
 * for ғасыр, мыңжылдық, том (the nouns after which a lone С, М, Л, D is a numeral too),
 * DY_KK_NOUN_NUMBERED for the others (съезі, орын/орны, жүлде, тарау, жартысы ...), 0 if not. */
enum { DY_KK_NOUN_NUMBERED = 1, DY_KK_NOUN_CENTURY = 2 };
int dy_kk_numbered_noun(const char *word, size_t n);

/* Section 9, row 1 (and section 12 rule 4): a noun of part of a year or century with its
 * possessive ("соңы", "басында", "көктемінде", "ішінде"). */
bool dy_kk_is_part_of_year(const char *word, size_t n);
/* Section 7.6 rule 3: the largest number that numbers word as an ordinal without a hyphen:
 * 2 for жартысы, 4 for ширегі and тоқсаны (any case after the possessive); 0 for other words. */
int dy_kk_part_limit(const char *word, size_t n);
/* Section 9, exceptions: a word after "жыл" that makes the number a duration ("бұрын", "бойы"). */
bool dy_kk_is_duration_word(const char *word, size_t n);
/* Section 9, row 4: a form of a noun of the event/document list ("көтеріліс", "съезі",
 * "санағы"): a stem of the list followed by nothing or by a suffix chain. *bare (may be NULL)
 * tells whether it is the bare stem (the nominative, for the finite-verb exception). */
bool dy_kk_is_event_noun(const char *word, size_t n, bool *bare);

/* Section 23.3: a sentence opener (Бұл, Ол, Ал, Бірақ ...), matched exactly. */
bool dy_kk_is_sentence_opener(const char *word, size_t n);

/* Section 18: the scale word that an abbreviation after a number stands for ("млн" ->
 * "миллион", "млрд", "трлн"), or NULL. Case-sensitive. */
const char *dy_kk_scale_word(const char *word, size_t n);

/* The Kazakh word for a symbol standing alone ("%" -> "пайыз", "№" -> "нөмір"), or NULL. */
const char *dy_kk_symbol_word(int32_t cp);

/* Lower-cases a UTF-8 word into out. */
void dy_kk_lower(dy_buf *out, const char *word, size_t n);

#endif
