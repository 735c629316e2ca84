/* The Kazakh spelling dictionary (speller.h): hunspell and Debian's kk_KZ dictionary. The only
 * file that includes hunspell's header; without it (DY_HAVE_HUNSPELL unset) no word is known. */
#include "kk/speller.h"

#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "kk/tables.h"

#ifdef DY_HAVE_HUNSPELL
#include <hunspell/hunspell.h>

#include "core/platform.h"

#define AFF DY_SPELLER_DICT ".aff"
#define DIC DY_SPELLER_DICT ".dic"

struct dy_speller {
    Hunhandle *h; /* loaded on the first question (2 MB of dictionary, a tenth of a second) */
    bool failed;  /* it could not be loaded, or is not in UTF-8 */
};

dy_speller *dy_speller_open(void)
{
    if (dy_path_kind_of(AFF) != DY_PATH_FILE || dy_path_kind_of(DIC) != DY_PATH_FILE)
        return NULL;
    return dy_xcalloc(1, sizeof(dy_speller));
}

void dy_speller_free(dy_speller *sp)
{
    if (!sp)
        return;
    if (sp->h)
        Hunspell_destroy(sp->h);
    free(sp);
}

bool dy_speller_knows(dy_speller *sp, const char *word, size_t n)
{
    char lower[DY_KK_WORD_MAX];
    if (!sp || sp->failed || dy_kk_lower_to(lower, sizeof lower, word, n) == SIZE_MAX)
        return false;
    if (!sp->h) {
        sp->h = Hunspell_create(AFF, DIC);
        if (sp->h && strcmp(Hunspell_get_dic_encoding(sp->h), "UTF-8") != 0) { /* words are UTF-8 */
            Hunspell_destroy(sp->h);
            sp->h = NULL;
        }
        sp->failed = !sp->h;
        if (sp->failed)
            return false;
    }
    return Hunspell_spell(sp->h, lower) != 0;
}
#else
dy_speller *dy_speller_open(void) { return NULL; }
void dy_speller_free(dy_speller *sp) { (void)sp; }
bool dy_speller_knows(dy_speller *sp, const char *word, size_t n)
{
    (void)sp, (void)word, (void)n;
    return false;
}
#endif
