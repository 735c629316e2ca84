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

struct dy_speller {
    Hunhandle *h;
};

dy_speller *dy_speller_open(void)
{
    const char *aff = DY_SPELLER_DICT ".aff", *dic = DY_SPELLER_DICT ".dic";
    if (dy_path_kind_of(aff) != DY_PATH_FILE || dy_path_kind_of(dic) != DY_PATH_FILE)
        return NULL;
    Hunhandle *h = Hunspell_create(aff, dic);
    if (!h)
        return NULL;
    if (strcmp(Hunspell_get_dic_encoding(h), "UTF-8") != 0) { /* words are UTF-8 */
        Hunspell_destroy(h);
        return NULL;
    }
    dy_speller *sp = dy_xcalloc(1, sizeof *sp);
    sp->h = h;
    return sp;
}

void dy_speller_free(dy_speller *sp)
{
    if (!sp)
        return;
    Hunspell_destroy(sp->h);
    free(sp);
}

bool dy_speller_knows(const dy_speller *sp, const char *word, size_t n)
{
    char lower[DY_KK_WORD_MAX];
    if (!sp || dy_kk_lower_to(lower, sizeof lower, word, n) == SIZE_MAX)
        return false;
    return Hunspell_spell(sp->h, lower) != 0;
}
#else
dy_speller *dy_speller_open(void) { return NULL; }
void dy_speller_free(dy_speller *sp) { (void)sp; }
bool dy_speller_knows(const dy_speller *sp, const char *word, size_t n)
{
    (void)sp, (void)word, (void)n;
    return false;
}
#endif
