/* The state of one normalization run (nctx) and the helpers the rule families share: token
 * access (small ones inline here), the spoken output, numbers as written and context tests.
 * Internal to src/normalize/: the public interface is normalize.h, the rules are in rules.h.
 * Helpers are dy_nc_*; token accessors keep their short names as static inline functions. */
#ifndef DY_NORMALIZE_CONTEXT_H
#define DY_NORMALIZE_CONTEXT_H

#include <string.h>

#include "normalize/normalize.h"

#include "kk/numbers.h"
#include "text/chars.h"

/* What the last emitted piece was, to decide the space before the next one. */
typedef enum piece { P_START, P_WORD, P_OPEN, P_PUNCT } piece;

/* Answers about the sentence that rules ask again and again, kept once found (rules_math.c):
 * whether it holds an equation, and the last run of formula tokens measured. */
typedef struct dy_nc_cache {
    int equation;        /* -1 until asked, then 0 or 1 */
    size_t run_l, run_r; /* the last run of formula tokens measured */
    int run_eq;          /* -1 when none, else whether that run is an equation */
    int reaction;        /* -1 until asked: whether the sentence is a reaction (rules_chem.c) */
    int formula;         /* -1 until asked: whether it holds a sure chemistry formula */
    int cyrillic;        /* -1 until asked: whether it holds a Cyrillic word (rules_letters.c) */
    int geometry;        /* -1 until asked: whether it speaks of geometry (rules_letters.c) */
    int timeline;        /* -1 until asked: a word of timeline_cues.tsv in it (rules_cardinals.c) */
    int minute; /* -1 until asked: a minute written "N-минутта" or "N минутта" (same) */
    int goal;   /* -1 until asked: a goal's word in it (timeline_cues.tsv kind goal) */
    int list_dash;         /* -1 until asked: a "name – N" item after a comma (rules_numbers.c) */
    bool exercise_known;   /* the first colon after an instruction to compute (rules_math.c) */
    size_t exercise_colon; /* its token, SIZE_MAX when none */
    bool dot_known;        /* the option labels "А. 5" of dy_nc_dot_option, found once: */
    int32_t dot_first;     /* the first one's letter (0: none) */
    bool dot_other;        /* another letter labels one too */
    int *depth;       /* NULL until asked: the brackets "(" open before each token (n + 1 counts) */
    int semicolon;    /* -1 until asked: a ";" in the sentence (rules_years.c) */
    bool place_known; /* the first "City:" of an imprint (rules_years.c), found once: */
    size_t place_colon;   /* its colon, SIZE_MAX when none */
    int money_pairs;      /* -1 until asked: amounts "N-DD" before a currency (rules_measures.c), */
    size_t money_first;   /* counted up to 2, and the first one's token */
    bool labels_known;    /* the letter labels of options (rules_options.c), found once: */
    size_t first_label;   /* the first one's token, SIZE_MAX when none */
    int latin_labels;     /* -1 until asked: whether the run of labels is typed in Latin */
    int plus_degrees;     /* -1 until asked: a temperature with a plus sign (rules_math.c) */
    int comma_list;       /* -1 until asked: a list "4,5,9" of numbers joined by bare commas */
    int star_blank;       /* -1 until asked: the task names its stars blanks (rules_marks.c) */
    int interval;         /* -1 until asked: a relation or set sign, or an interval's word */
    int lookalike_points; /* -1 until asked: Cyrillic look-alike points before a geometry noun */
    int x_formula;        /* -1 until asked: a lone х in an equation (rules_math.c) */
    int x_unit;           /* -1 until asked: an unknown х or Х before its unit (rules_math.c) */
    int relation; /* -1 until asked: a relation sign (= < > …) in it (rules_dimensions.c) */
    int32_t power_letter[8]; /* the letters flat_power (rules_math.c) asked about, and whether */
    bool power_bare[8];      /* each stands bare as a term in the sentence, and whether it has */
    bool power_index[8];     /* an index 1 or 0 */
    int power_letters;
    bool hijra_known;         /* the first hijra date or word (rules_marks.c), found once: */
    size_t hijra_first;       /* its token, SIZE_MAX when none */
    const char *stem_key[16]; /* the stem lists dy_nc_sentence_has_stem answered, by address */
    bool stem_found[16];
    size_t stems;
    size_t words_seen; /* the spoken words dy_nc_time_said looked through, and what it found */
    bool time_seen;
} dy_nc_cache;

typedef struct nctx {
    const char *text; /* what the rules read: the source text, or the folded copy of the sentence
                         (text/utt.h dy_tokens_fold) that the tokens' spans point into */
    size_t end;       /* the sentence's end in text */
    dy_utt *u;
    size_t n;      /* number of tokens */
    bool all_caps; /* no lower-case letter in the sentence: a heading in capitals (20.1 rule 6) */
    piece prev;
    const dy_norm_opts *opts; /* never NULL */
    size_t lexicon_bytes;     /* spoken by the user lexicon so far (see DY_EXPAND_MAX) */
    dy_nc_cache *cache;       /* never NULL */
    const char *source;       /* the text the sentence was cut from (u->src indexes it), ending
                                 with a NUL: the lines around the sentence (rules_options.c) */
} nctx;

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* ---- token access ---- */

static inline const dy_token *tok(const nctx *c, size_t i) { return &c->u->tokens.items[i]; }
static inline const char *tstr(const nctx *c, size_t i) { return c->text + tok(c, i)->src.start; }
static inline size_t tlen(const nctx *c, size_t i)
{
    return tok(c, i)->src.end - tok(c, i)->src.start;
}
static inline bool is_kind(const nctx *c, size_t i, dy_tok_kind k)
{
    return i < c->n && tok(c, i)->kind == k;
}
static inline bool is_num(const nctx *c, size_t i) { return is_kind(c, i, DY_TOK_NUMBER); }
static inline bool is_word(const nctx *c, size_t i) { return is_kind(c, i, DY_TOK_WORD); }
static inline bool is_punct(const nctx *c, size_t i) { return is_kind(c, i, DY_TOK_PUNCT); }
static inline bool glued(const nctx *c, size_t i) { return i < c->n && !tok(c, i)->space_before; }
static inline bool spaced(const nctx *c, size_t i) { return i < c->n && tok(c, i)->space_before; }
static inline bool tok_is(const nctx *c, size_t i, const char *s)
{
    return i < c->n && tlen(c, i) == strlen(s) && memcmp(tstr(c, i), s, tlen(c, i)) == 0;
}
static inline int32_t first_cp(const nctx *c, size_t i)
{
    size_t k = 0;
    return dy_utf8_next(tstr(c, i), tlen(c, i), &k);
}
/* A dash of any kind (text/chars.h): "1941–1945", "1941‒1945", "1941-1945" are one range. */
static inline bool is_dash(const nctx *c, size_t i)
{
    return is_punct(c, i) && dy_char_is_dash(first_cp(c, i));
}
static inline size_t letters(const nctx *c, size_t i)
{
    return dy_utf8_count(tstr(c, i), tlen(c, i));
}
static inline bool starts_upper(const nctx *c, size_t i)
{
    return is_word(c, i) && dy_is_upper(first_cp(c, i));
}

/* Where the period of an abbreviation also ends a sentence (section 23.2). */
typedef enum stop {
    STOP_END,     /* only at the end (prepositive abbreviations, initials) */
    STOP_OPENER,  /* also before a sentence opener (year + ж.: "1983 ж. Бұл ...") */
    STOP_CAPITAL, /* also before any capital (postpositive: т.б., ғ., млн.) */
} stop;

/* A number as written: an integer with optional group separators (section 5: "1 000 000",
 * "1.000.000") or a decimal (section 13.1: "3,5", "3.5"). */
typedef struct number {
    size_t first, last; /* its tokens */
    bool decimal;
    dy_buf whole; /* the integer part's digits, separators removed */
    size_t frac;  /* the token of the fraction's digits (decimal only) */
} number;

static const dy_kk_morph ORD[] = {DY_KK_ORD};

/* ---- context.c (each function's comment is at its definition) ---- */

/* token tests and word lists */
bool dy_nc_is_name(const nctx *c, size_t i);
bool dy_nc_initials_at(const nctx *c, size_t i);
uint64_t dy_nc_num_value(const nctx *c, size_t i);
const char *dy_nc_lower_word(const nctx *c, size_t i, dy_buf *b);
bool dy_nc_ends_with(const char *s, const char *suffix);
bool dy_nc_ends_with_any(const char *s, const char *const *list, size_t count);
bool dy_nc_in_set(const char *s, const char *const *list, size_t count);
bool dy_nc_word_in(const nctx *c, size_t i, const char *const *list, size_t count);
bool dy_nc_word_starts(const nctx *c, size_t i, const char *prefix);
/* A unit of a legal act that a number labels (бап, тармақ, тармақша, абзац, қосымша …). */
bool dy_nc_is_legal_unit(const nctx *c, size_t k);
/* A letter labelling an option with a period in a run of them ("А. 5 Ә. 8 В. 15"). */
bool dy_nc_dot_option(const nctx *c, size_t k);
/* Does a word of the sentence, in lower case, start with one of stems (space-separated), or a
 * sign of it equal one ("°")? Kept per list address for the sentence: pass a string constant. */
bool dy_nc_sentence_has_stem(const nctx *c, const char *stems);
/* Has the time rule read a time in the sentence so far? */
bool dy_nc_time_said(const nctx *c);
const char *dy_nc_plural_year_form(const nctx *c, size_t k);
bool dy_nc_word_ends(const nctx *c, size_t i, const char *const *list, size_t count);
bool dy_nc_is_vowel(int32_t cp);

/* the spoken output (layout of section 22) */
void dy_nc_emit(nctx *c, const char *s, dy_span src, const char *rule, bool space);
void dy_nc_emit_words(nctx *c, const char *s, dy_span src, const char *rule, bool space);
dy_span dy_nc_span_of(const nctx *c, size_t first, size_t last);
void dy_nc_abbr_period(nctx *c, size_t k, stop mode);
void dy_nc_final_period(nctx *c, size_t k);

/* number words, with a suffix chain on the last one */
void dy_nc_put_inflected(dy_buf *out, const char *words, const dy_kk_morph *chain, int n);
const char *dy_nc_last_word(const char *words);
void dy_nc_say_digits(const char *d, size_t n, const dy_kk_morph *chain, int nchain, dy_buf *out);
void dy_nc_say_number(const nctx *c, size_t i, const dy_kk_morph *chain, int nchain, dy_buf *out);
void dy_nc_emit_number(nctx *c, size_t i, const dy_kk_morph *chain, int nchain, dy_span src,
                       const char *rule);

/* context tests: year abbreviations, genitive endings, ordinal words, Roman numerals, joiners */
size_t dy_nc_year_abbr(const nctx *c, size_t i, bool *plural);
bool dy_nc_is_genitive_ending(const char *rest);
bool dy_nc_is_ordinal_word(const nctx *c, size_t i);
int dy_nc_roman_value(const nctx *c, size_t i, bool *simple);
int dy_nc_roman_of(const char *s, size_t len, bool *simple);
size_t dy_nc_joiner(const nctx *c, size_t i);

/* a number as written (group spaces, decimals) */
bool dy_nc_number_at(const nctx *c, size_t i, number *num);
void dy_nc_number_fini(number *num);
void dy_nc_number_say(const nctx *c, const number *num, const dy_kk_morph *chain, int n,
                      dy_buf *out);
/* Appends " бүтін", the denominator of the fraction digits at token frac in the ablative and
 * their value, with chain on its last word: "5" -> " бүтін оннан бес" (13.1). */
void dy_nc_fraction_say(const nctx *c, size_t frac, const dy_kk_morph *chain, int n, dy_buf *out);

/* year and century words, parts of a year */
bool dy_nc_is_year_word(const nctx *c, size_t k);
bool dy_nc_year_word_calendar(const nctx *c, size_t k, uint64_t v);
bool dy_nc_is_part_noun(const nctx *c, size_t k);
bool dy_nc_ordinal_part_at(const nctx *c, size_t k);
bool dy_nc_is_century_word(const nctx *c, size_t k);

/* separators, written suffixes, brackets */
bool dy_nc_glued_sep(const nctx *c, size_t k, const char *sep);
bool dy_nc_is_loose_ending(const nctx *c, size_t k);
/* Is word k an ending typed after a spaced dash: a LOOSE ending, or да/де/та/те after a
 * hyphen-minus (the locative)? */
bool dy_nc_is_ending_after_dash(const nctx *c, size_t k);
size_t dy_nc_suffix_at(const nctx *c, size_t k, const char *last, dy_kk_morph *chain, int *n);
bool dy_nc_open_bracket_before(const nctx *c, size_t i);
bool dy_nc_postposition_case(const nctx *c, size_t k, bool all, dy_kk_morph *m);
size_t dy_nc_era_at(const nctx *c, size_t k);
bool dy_nc_era_before(const nctx *c, size_t i);
bool dy_nc_is_genitive_month(const nctx *c, size_t i);
bool dy_nc_is_day_word(const nctx *c, size_t k);
bool dy_nc_suffix_hyphen(const nctx *c, size_t k);

#endif
