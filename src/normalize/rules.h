/* The rules of the normalization table, one family per file: each matches at token i and
 * emits the spoken words of the tokens it reads, returning how many it used (0: no match).
 * name is the rule's name in the table (normalize.c), which --explain shows. Internal to
 * src/normalize/. */
#ifndef DY_NORMALIZE_RULES_H
#define DY_NORMALIZE_RULES_H

#include "normalize/normalize.h"

typedef struct nctx nctx;

typedef size_t (*rule_fn)(nctx *c, size_t i, const char *name);

/* rules_numbers.c */
size_t dy_nr_minus(nctx *c, size_t i, const char *name);
size_t dy_nr_roman(nctx *c, size_t i, const char *name);
size_t dy_nr_century(nctx *c, size_t i, const char *name);
size_t dy_nr_range(nctx *c, size_t i, const char *name);
size_t dy_nr_suffix(nctx *c, size_t i, const char *name);
size_t dy_nr_greek(nctx *c, size_t i, const char *name);
size_t dy_nr_month_first(nctx *c, size_t i, const char *name);
size_t dy_nr_dimensions(nctx *c, size_t i, const char *name);
/* rules_math.c: a relation sign (=, <, ≤ ...) at k; a sign after an instruction to compute */
bool dy_nr_is_relation(const nctx *c, size_t k);
/* Is the number at k a temperature: a degree sign or градус after it (rules_math.c)? */
bool dy_nr_temperature_at(const nctx *c, size_t k);
/* Section 7.4: does the noun at k after "N-" keep the number a cardinal (a unit, a measure, a
 * count adjective, a time noun with a case ending outside a match's timeline: rules_cardinals.c)?
 */
bool dy_nr_cardinal_noun(const nctx *c, size_t k);
/* A sign of a reaction's equation beside a term at k: + = → ⟶ ↑ ↓ (rules_chem.c). */
bool dy_nr_reaction_sign(const nctx *c, size_t k);
/* A power of ten typed flat after a times sign, its superscript lost, before a unit: the "104" of
 * "2•104 Па" (2·10⁴ Па): 10 then one or two digits of the exponent (rules_math.c). */
bool dy_nr_flat_power_of_ten(const nctx *c, size_t k);
bool dy_nr_in_exercise(const nctx *c, size_t k);
/* Can token k belong to a formula (a number, a variable, a sign, a unit after a number ...)? */
bool dy_nr_formula_token(const nctx *c, size_t k);
/* Does an operand of a formula end at k: a Latin or Greek letter ("F" of "F/a"), or the index
 * glued to one ("m1" of "m1/m2"; rules_letters.c)? */
bool dy_nr_operand_end(const nctx *c, size_t k);
/* The axis of a graph before осі: "ОХ осі" -> о икс (rules_letters.c). */
size_t dy_nr_axis(nctx *c, size_t i, const char *name);
size_t dy_nr_sex_chromosomes(nctx *c, size_t i, const char *name);
/* Does the word at k name what a letter before it stands for in a sum (айнымалы, сан, мән,
 * функция, өрнек, шама), in any form? "Х айнымалысы", "x санының" (rules_letters.c) */
bool dy_nr_variable_noun(const nctx *c, size_t k);
/* The word of the arithmetic sign at k (17.2: қосу, алу, көбейту, бөлу; static), or NULL. */
const char *dy_nr_operator_word(const nctx *c, size_t k);
size_t dy_nr_power(nctx *c, size_t i, const char *name);
size_t dy_nr_spaced_hyphen(nctx *c, size_t i, const char *name);
size_t dy_nr_number(nctx *c, size_t i, const char *name);

/* rules_dates.c */
size_t dy_nr_year_abbr(nctx *c, size_t i, const char *name);
size_t dy_nr_year_word(nctx *c, size_t i, const char *name);
size_t dy_nr_part_ordinal(nctx *c, size_t i, const char *name);
size_t dy_nr_day_month(nctx *c, size_t i, const char *name);
size_t dy_nr_numeric_date(nctx *c, size_t i, const char *name);
size_t dy_nr_time(nctx *c, size_t i, const char *name);
size_t dy_nr_fraction(nctx *c, size_t i, const char *name);
bool dy_nr_ru_month_at(const nctx *c, size_t k);

/* rules_years.c */
size_t dy_nr_bare_year(nctx *c, size_t i, const char *name);

/* rules_measures.c */
size_t dy_nr_measure(nctx *c, size_t i, const char *name);
size_t dy_nr_currency_pair(nctx *c, size_t i, const char *name);
size_t dy_nr_unit_after(nctx *c, size_t i, const char *name);
size_t dy_nr_bare_rate(nctx *c, size_t i, const char *name);

/* rules_legal.c */
size_t dy_nr_legal_ref(nctx *c, size_t i, const char *name);

/* rules_marks.c */
size_t dy_nr_star_blank(nctx *c, size_t i, const char *name);
size_t dy_nr_named_after(nctx *c, size_t i, const char *name);
size_t dy_nr_era_year(nctx *c, size_t i, const char *name);

/* rules_compare.c: a comparison sign before a value in prose, "қысым < 90 мм" */
size_t dy_nr_compare(nctx *c, size_t i, const char *name);

/* normalize.c: the rule table applied once at token i, rule skip left out (the tokens used, at
 * least 1) */
size_t dy_nr_apply_once(nctx *c, size_t i, rule_fn skip);

/* rules_doubled.c: a number written twice, "3 (үш) жұмыс күні" */
size_t dy_nr_doubled(nctx *c, size_t i, const char *name);

/* rules_slash.c */
size_t dy_nr_number_slash(nctx *c, size_t i, const char *name);
/* Is the slash at i between two words a separator of parts (a pause), not "or"? */
bool dy_nr_slash_separator(const nctx *c, size_t i);

/* rules_number_sign.c */
size_t dy_nr_number_sign(nctx *c, size_t i, const char *name);

/* rules_context.c */
/* Is the range at i (i, a dash, i + 2) followed by the numbered noun that makes both its ends
 * ordinals ("5-7 сыныптар", section 7.6 rule 2)? */
bool dy_nr_range_before_doc_noun(const nctx *c, size_t i);
size_t dy_nr_doc_noun(nctx *c, size_t i, const char *name);
size_t dy_nr_coord(nctx *c, size_t i, const char *name);
size_t dy_nr_pair_typo(nctx *c, size_t i, const char *name);
size_t dy_nr_place(nctx *c, size_t i, const char *name);
size_t dy_nr_language(nctx *c, size_t i, const char *name);
size_t dy_nr_volume(nctx *c, size_t i, const char *name);
size_t dy_nr_particle(nctx *c, size_t i, const char *name);

/* rules_words.c */
size_t dy_nr_abbreviation(nctx *c, size_t i, const char *name);
size_t dy_nr_scale(nctx *c, size_t i, const char *name);
size_t dy_nr_initial(nctx *c, size_t i, const char *name);
size_t dy_nr_acronym(nctx *c, size_t i, const char *name);
size_t dy_nr_letter(nctx *c, size_t i, const char *name);
size_t dy_nr_word(nctx *c, size_t i, const char *name);
size_t dy_nr_lexicon(nctx *c, size_t i, const dy_lexicon *lex);

/* rules_latin.c */
size_t dy_nr_url(nctx *c, size_t i, const char *name);
size_t dy_nr_file_name(nctx *c, size_t i, const char *name);
size_t dy_nr_hex(nctx *c, size_t i, const char *name);
size_t dy_nr_latin(nctx *c, size_t i, const char *name);

/* rules_math.c */
size_t dy_nr_formula(nctx *c, size_t i, const char *name);
size_t dy_nr_coordinate(nctx *c, size_t i, const char *name);
size_t dy_nr_ratio(nctx *c, size_t i, const char *name);
size_t dy_nr_unknown_x(nctx *c, size_t i, const char *name);
size_t dy_nr_verse(nctx *c, size_t i, const char *name);
size_t dy_nr_contraction(nctx *c, size_t i, const char *name);
bool dy_nr_caps_compound_word(const nctx *c, size_t i);
const char *dy_nr_school_letter(int32_t cp);

/* rules_codes.c */
size_t dy_nr_phone(nctx *c, size_t i, const char *name);
size_t dy_nr_code(nctx *c, size_t i, const char *name);
size_t dy_nr_house_number(nctx *c, size_t i, const char *name);

/* rules_punct.c */
size_t dy_nr_punct(nctx *c, size_t i, const char *name);

size_t dy_nr_label(nctx *c, size_t i, const char *name);

/* rules_letters.c */
size_t dy_nr_spaced_word(nctx *c, size_t i, const char *name);
size_t dy_nr_bare_unit(nctx *c, size_t i, const char *name);

/* rules_russian.c (the table of a Russian sentence) */
size_t dy_nr_ru_year(nctx *c, size_t i, const char *name);
size_t dy_nr_ru_ordinal(nctx *c, size_t i, const char *name);
size_t dy_nr_ru_date(nctx *c, size_t i, const char *name);
size_t dy_nr_ru_number(nctx *c, size_t i, const char *name);
size_t dy_nr_ru_initial(nctx *c, size_t i, const char *name);
size_t dy_nr_ru_abbreviation(nctx *c, size_t i, const char *name);
size_t dy_nr_ru_century(nctx *c, size_t i, const char *name);
/* The form of a Russian noun counted by n: 0 один рубль, 1 два рубля, 2 пять рублей. */
int dy_nr_ru_plural(uint64_t n);
/* Appends n as Russian words to out (feminine: одна, две); out is the caller's. */
void dy_nr_ru_cardinal(dy_buf *out, uint64_t n, bool feminine);
/* The same in the genitive (от пяти, до двухсот пятидесяти тысяч). */
void dy_nr_ru_cardinal_gen(dy_buf *out, uint64_t n, bool feminine);
/* Does the word before token i ask a number for the genitive (от, до, около, более, из, без …,
 * and с before a до: "с 10 до 18")? */
bool dy_nr_ru_gen_before(const nctx *c, size_t i);

/* rules_russian_signs.c (the same table) */
size_t dy_nr_ru_sign(nctx *c, size_t i, const char *name);
size_t dy_nr_ru_url(nctx *c, size_t i, const char *name);
size_t dy_nr_ru_time(nctx *c, size_t i, const char *name);
size_t dy_nr_ru_currency(nctx *c, size_t i, const char *name);

/* rules_biblio.c */
size_t dy_nr_page_range(nctx *c, size_t i, const char *name);
size_t dy_nr_page_mark(nctx *c, size_t i, const char *name);
size_t dy_nr_record_slash(nctx *c, size_t i, const char *name);

/* rules_chem.c */
size_t dy_nr_chem_formula(nctx *c, size_t i, const char *name);

/* rules_currency_code.c */
size_t dy_nr_currency_code(nctx *c, size_t i, const char *name);

/* rules_tex.c: inline TeX ("$x_{1}+x_{2}$"); is the command name s[0..n) one it reads? */
size_t dy_nr_tex(nctx *c, size_t i, const char *name);
bool dy_nr_tex_command_known(const char *s, size_t n);

/* rules_options.c */
size_t dy_nr_option_label(nctx *c, size_t i, const char *name);
bool dy_nr_is_letter_label(const nctx *c, size_t i);
/* Points of a figure typed with Cyrillic capitals that look like Latin ones, right before a
 * geometry noun ("АВС үшбұрышы"): the "letter" rule reads them by their Latin names
 * (rules_letters.c), so the acronym rule leaves them. */
bool dy_nr_lookalike_points(const nctx *c, size_t i);
size_t dy_nr_letter_symbol(nctx *c, size_t i, const char *name);

#endif
