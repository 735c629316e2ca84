/* A user's pronunciation lexicon: "written form<TAB>spoken form" lines, applied by the
 * normalizer before its built-in rules, so a teacher can fix how a name or a term is read
 * without touching the program. Comments start with '#'. */
#ifndef DY_LEXICON_H
#define DY_LEXICON_H

#include "core/util.h"

typedef struct dy_lexicon dy_lexicon;

/* A written or spoken form is at most this many bytes, and the lexicons of a book hold at most
 * DY_LEXICON_ENTRIES_MAX entries (about 100 MB of memory): a line over either is an error. */
#define DY_LEXICON_FORM_MAX 1000
#define DY_LEXICON_ENTRIES_MAX 1000000

dy_lexicon *dy_lexicon_new(void);
void dy_lexicon_free(dy_lexicon *lex); /* accepts NULL */

/* Adds the entries of a lexicon file. A line without exactly one tab between two non-empty
 * forms, or invalid UTF-8, a form over DY_LEXICON_FORM_MAX bytes or an entry past
 * DY_LEXICON_ENTRIES_MAX is DY_ERR_INPUT with d naming file:line (and column). A written form
 * given again replaces the earlier entry. Both forms are kept in NFC, as texts are read
 * (text/text.h), so an entry typed with decomposed letters matches composed text and back. */
dy_status dy_lexicon_load(dy_lexicon *lex, const char *path, dy_diag *d);
/* The same, for text in memory; path is only used in messages. */
dy_status dy_lexicon_parse(dy_lexicon *lex, const char *path, const char *text, size_t len,
                           dy_diag *d);
size_t dy_lexicon_size(const dy_lexicon *lex);

/* The longest entry whose written form stands at text[at] (exactly, case included) and ends
 * before `end` at a word boundary (no letter or digit follows). Returns its length in bytes
 * and sets *spoken, or returns 0. */
size_t dy_lexicon_match(const dy_lexicon *lex, const char *text, size_t at, size_t end,
                        const char **spoken);

/* Test hook: how many written forms dy_lexicon_match has compared with the text so far, in this
 * process. A lookup compares a few forms at each place a form could end, however many entries
 * the lexicon holds. */
size_t dy_lexicon_compares(void);

#endif
