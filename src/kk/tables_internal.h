/* What the two files of the Kazakh word lists share and nothing outside src/kk sees: the lists
 * by number and the parsed lists with the records tables.h hands out. tables.c parses, sorts,
 * checks and keeps them (dy_kk_lists); tables_lookup.c answers tables.h's queries from them. */
#ifndef DY_KK_TABLES_INTERNAL_H
#define DY_KK_TABLES_INTERNAL_H

#include "kk/tables.h"
#include "kk/tsv.h"

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* The lists, in the order of tables.c's LISTS table. */
enum {
    L_LETTERS,
    L_LATIN,
    L_MONTHS,
    L_ABBR,
    L_ACRONYMS,
    L_NUMBERED,
    L_PART_OF_YEAR,
    L_DURATION,
    L_EVENT,
    L_OPENERS,
    L_SCALE,
    L_SYMBOLS,
    L_CURRENCY,
    L_UNITS,
    L_ELEMENTS,
    L_MEASURE,
    L_TIME,
    L_DOC,
    L_COUNTING,
    L_QUANTITY,
    L_PLACES,
    L_LANGUAGES,
    L_TLDS,
    L_CONTRACTIONS,
    L_CITIES,
    L_RU_ABBR,
    L_ACT,
    L_POSSESSED,
    L_IMPRINT,
    L_WEEKDAYS,
    L_COUNT_NOUNS,
    L_ENGLISH_NAMES,
    L_COUNT_ADJ,
    L_GREEK,
    L_TIMELINE,
    L_CODE_ACRONYMS,
    L_FILE_EXTS,
    L_SEAT_NOUNS,
    L_SENSES,
    L_SECTION_NOUNS,
    L_LETTER_NOUNS,
    L_TEX,
    L_HEADING_WORDS,
    L_VALUE_WORDS,
    L_COUNT
};

/* The parsed lists, and the records that tables.h hands out, parallel to their lists' rows. */
typedef struct dy_kk_tables {
    dy_tsv t[L_COUNT];
    dy_kk_abbr *abbr;
    dy_kk_abbr *ru_abbr; /* attributive: the prepositional form */
    dy_kk_unit *units;
    char **units_lower; /* the lower-case key of an any_case unit, else NULL */
    dy_kk_unit *currency;
    dy_kk_place *places;
    dy_kk_lang *langs;
    const char *month[12], *month_short[12], *month_russian[12]; /* NULL for "-" */
} dy_kk_tables;

/* The lists, loaded the first time one is needed and kept for the life of the process (owned
 * by tables.c, never freed). The library runs single-threaded (synthesis workers are
 * processes). A list that does not load is a programming error that the unit test
 * test_kk_tables reports with its file and line: the process aborts. */
const dy_kk_tables *dy_kk_lists(void);

#endif
