/* A Kazakh spelling dictionary (hunspell with the kk_KZ dictionary of Debian's hunspell-kk), asked
 * whether a word is a Kazakh word. `dauys check` uses it to tell a word written in capitals ("БІЗ")
 * from an acronym. Optional: when dauys is built without libhunspell or the dictionary is not
 * installed, dy_speller_open returns NULL and nothing asks it. Only speller.c includes hunspell. */
#ifndef DY_SPELLER_H
#define DY_SPELLER_H

#include <stdbool.h>
#include <stddef.h>

typedef struct dy_speller dy_speller;

/* The dictionary DY_SPELLER_DICT (.aff and .dic beside each other), or NULL when dauys was built
 * without hunspell or those files are missing. Caller frees with dy_speller_free. The dictionary
 * is read on the first question, so a text that asks none costs nothing. */
#define DY_SPELLER_DICT "/usr/share/hunspell/kk_KZ"
dy_speller *dy_speller_open(void);
void dy_speller_free(dy_speller *sp); /* NULL is fine */

/* Does the dictionary know word[0..n) (UTF-8), in lower case? False for NULL sp, and when the
 * dictionary cannot be read. Not thread-safe (it loads the dictionary). */
bool dy_speller_knows(dy_speller *sp, const char *word, size_t n);

#endif
