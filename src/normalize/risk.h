/* The places where normalization fell back to a guess (what `dauys check` lists for a teacher to
 * proofread before a build): read from a sentence after dy_normalize_with, from its tokens, the
 * rule that made each word and the built-in lists (kk/tables.h). Changes nothing. */
#ifndef DY_RISK_H
#define DY_RISK_H

#include "text/utt.h"

#include "kk/speller.h"

/* The kinds, with the stable names dy_risk_name gives them (the README lists them). */
typedef enum dy_risk_kind {
    DY_RISK_ACRONYM_SPELLED, /* "acronym-spelled": capitals in no list, read letter by letter */
    DY_RISK_ABBREVIATION_UNKNOWN, /* "abbreviation-unknown": a word and a period in no list */
    DY_RISK_MIXED_SCRIPT,         /* "mixed-script": Cyrillic and Latin letters in one word */
    DY_RISK_NUMBER_FALLBACK,      /* "number-fallback": a plain cardinal beside a unit-like word,
                                     a slash or a dot */
    DY_RISK_LATIN,                /* "latin": Latin-script words */
    DY_RISK_TIME_OR_DECIMAL,      /* "time-or-decimal": 9.30 with no clock word near it */
    DY_RISK_LANGUAGE,       /* "language": a whole sentence read as Russian (by the ru voice) or as
                               Kazakh in Latin letters (in Cyrillic): its words are not listed apart */
    DY_RISK_LIST_NUMBER,    /* "list-number": "1." ending a sentence, alone or after ":" or ";",
                               read as a cardinal (a list's number cut off from its item?) */
    DY_RISK_YEAR_OR_NUMBER, /* "year-or-number": 1000-2099 read as a count with nothing after it
                               to count ("2017" alone: a year, read as an ordinal with жыл?) */
    DY_RISK_RANGE_SIGN,     /* "range-sign": "-4-6": a minus on the first end only */
    DY_RISK_SPACED_SUFFIX,  /* "spaced-suffix": "Sulpak - та": a suffix typed after a spaced
                               dash, read as a word of its own */
    DY_RISK_DECIMAL_OR_THOUSANDS, /* "decimal-or-thousands": "579,403": a comma and three digits
                                     (a decimal, or English thousands) */
    DY_RISK_MONTH_RUSSIAN, /* "month-russian": "8 марта": a Kazakh ordinal day before a Russian
                              month left as written */
    DY_RISK_YEAR_COUNT,    /* "year-count": "1996 жылдың" read as a span of years */
    DY_RISK_ACRONYM_DEFINED, /* "acronym-defined": "айлық есептік көрсеткіш (АЕК)": an acronym
                                read by the expansion written beside it (said twice) */
    DY_RISK_GLUED_WORDS, /* "glued-words": "шәрбатСироп": two words run together, read as one */
    DY_RISK_TEX_COMMAND, /* "tex-command": "$\\foo x$": a TeX command the tex rule does not know,
                            said as nothing */
    DY_RISK_KINDS
} dy_risk_kind;

/* "acronym-spelled", ...; a static string. */
const char *dy_risk_name(dy_risk_kind kind);

typedef struct dy_risk {
    dy_risk_kind kind;
    dy_span src;      /* the source text concerned */
    dy_span spoken;   /* what is said for it, in u->spoken ({0,0}: nothing) */
    const char *note; /* a static string saying more ("folded", "English voice"), or NULL */
} dy_risk;
typedef DY_VEC(dy_risk) dy_risk_vec;

/* Appends to out the guesses in u, a sentence of text just normalized (dy_normalize_with), in
 * the order of the text. sp (may be NULL) tells a word written in capitals from an acronym. */
void dy_risk_scan(const char *text, const dy_utt *u, dy_speller *sp, dy_risk_vec *out);

#endif
