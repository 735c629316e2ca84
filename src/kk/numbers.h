/* Kazakh number words and the morphology that numbers need: cardinals (0 .. 10^15-1),
 * ordinals, and suffixes chosen by vowel harmony and the final sound of the last word.
 * Language knowledge only (no tokenizing); the normalizer calls it.
 * Specification: kazakh-normalization.md sections 4 (morphology), 5 (cardinals), 6 (ordinals). */
#ifndef DY_KK_NUMBERS_H
#define DY_KK_NUMBERS_H

#include "core/util.h"

/* Abstract morphemes of section 4.3; the surface form is generated from the word they follow. */
typedef enum dy_kk_morph {
    DY_KK_PLURAL, /* лар/лер ... */
    DY_KK_GEN,    /* ның/нің ... */
    DY_KK_DAT,    /* ға/ге ... */
    DY_KK_ACC,    /* ны/ні ... */
    DY_KK_LOC,    /* да/де ... */
    DY_KK_ABL,    /* дан/ден ... */
    DY_KK_INS,    /* мен/бен/пен */
    DY_KK_POSS3,  /* сы/сі, ы/і */
    DY_KK_ORD,    /* ншы/нші, ыншы/інші (жиырмасыншы, қырқыншы) */
    DY_KK_ATTR,   /* ғы/гі/қы/кі */
    DY_KK_APPROX, /* дай/дей ... */
    DY_KK_LAGAN,  /* лаған/леген ... */
    DY_KK_COLL,   /* collective -еу/-ау (екеу, алтау, үшеу) */
    DY_KK_LAP, /* лап/леп, дап/деп, тап/теп "by the": 1000-дап -> мыңдап (7.1, 8) */
    DY_KK_LYQ, /* лық/лік, дық/дік, тық/тік "of so many": 100-дік -> жүздік, 5 км-лік */
    DY_KK_PRIV, /* сыз/сіз "without", нсыз/нсіз after a possessive: ҚҚС-сыз -> салығынсыз */
} dy_kk_morph;

/* The number functions append to out without a leading or trailing space (the caller joins the
 * number to its neighbours); nothing is appended on failure. Output is lower-case UTF-8.
 *
 * Appends the cardinal reading of the decimal digits s[0..n) (digits only, 1..15 of them) to out,
 * words separated by single spaces: "1917" -> "мың тоғыз жүз он жеті". Leading zeros are
 * ignored ("007" -> "жеті"; reading them digit by digit is the caller's choice).
 * Returns false (and appends nothing) when s is empty, has a non-digit or more than 15 digits. */
bool dy_kk_cardinal(dy_buf *out, const char *s, size_t n);
/* Same, for a value below 10^15. */
bool dy_kk_cardinal_u64(dy_buf *out, uint64_t v);
/* Is the word, in lower case, a one-word cardinal numeral under a hundred (бір … тоқсан)? The
 * scale words жүз, мың continue a number ("376 мың 101"), so they are not. */
bool dy_kk_is_cardinal_word(const char *s, size_t n);
/* The ordinal: cardinal with the ordinal suffix on its last word ("1917" -> "мың тоғыз жүз
 * он жетінші", 20 -> "жиырмасыншы", 40 -> "қырқыншы"). Same failure rules. */
bool dy_kk_ordinal(dy_buf *out, const char *s, size_t n);
bool dy_kk_ordinal_u64(dy_buf *out, uint64_t v);
/* Reads the digits one by one: "007" -> "нөл нөл жеті". Non-digits are skipped. */
void dy_kk_digits(dy_buf *out, const char *s, size_t n);

/* Appends `word` (one Kazakh word in lower case, UTF-8) followed by the surface forms of the
 * morphemes chain[0..n) in order, applying vowel harmony, consonant assimilation and the stem
 * changes of section 4.4 (қырық + POSS3 -> қырқы; екі + COLL -> екеу). Example:
 * word "жиырма", chain {POSS3, ABL} -> "жиырмасынан". Works for any noun stem too ("тәулік" +
 * POSS3 -> "тәулігі", "клуб" + DAT -> "клубқа"). `word` is a bare stem: a word that already
 * carries a possessive ("жылы") must be passed as stem + POSS3 to get the post-possessive cases.
 * n == 0 appends the word unchanged. */
void dy_kk_inflect(dy_buf *out, const char *word, const dy_kk_morph *chain, size_t n);

/* Parses a written suffix tail after a number and a hyphen ("ші", "інші", "нан", "сынан",
 * "інші", "еу", "ға") into morphemes. Returns the number of morphemes written to chain (at most
 * max), or -1 when the tail is not a suffix chain of numbers (then it is a word: "съезінде").
 * Section 7.1. The writer's vowel and consonant choices are not trusted: "5-шы" is ORD.
 * Details:
 * - order [ORD|COLL] [PLURAL] [POSS3] [case] [ATTR], ATTR only after LOC or with no case;
 *   APPROX, LAGAN and LAP only alone ("дай", "даған", "дап");
 * - the tail is matched case-insensitively; any non-letter (a second hyphen) gives -1;
 * - an ending that only follows a possessive (-на/-не, -нда/-нде, -н, -нан/-нен) without a written
 *   possessive gets POSS3 inserted (7.1 step 5): "не" -> POSS3 DAT, "нан" -> POSS3 ABL. That is
 *   the reading after a genitive month (қазанның 10-нан -> онынан); elsewhere use
 *   dy_kk_parse_tail_after, which knows that after м/н/ң -нан is the plain ablative (10-нан);
 * - "шақты" and the particle "ақ" are words, not morphemes: -1 (the caller handles them);
 * - -1 also for an empty tail or when the chain would not fit in max (5 is always enough). */
int dy_kk_parse_tail(const char *tail, size_t n, dy_kk_morph *chain, int max);
/* The same for a tail written after a number whose last spoken word is `word` (the last word of
 * dy_kk_cardinal's output, e.g. "он" for 10, "жиырма" for 20): a bare -нан/-нен directly after
 * a word ending in м/н/ң is the plain ablative (10-нан -> {ABL} -> оннан; 20-нан -> {POSS3, ABL}
 * -> жиырмасынан). word NULL: same as dy_kk_parse_tail. */
int dy_kk_parse_tail_after(const char *word, const char *tail, size_t n, dy_kk_morph *chain,
                           int max);

#endif
