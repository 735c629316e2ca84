/* The slash of a bibliographic record (normalize stage, rule table in normalize.c): "Шайх
 * Худайдадтың өмір жолы мен ғылыми мұрасы / Шынгыс Даулетулы Жунисбаев." parts a title from its
 * author; it is a pause, not the "or" (немесе) that kazakh-normalization.md 17.2 gives a slash
 * between two words. */
#include "normalize/rules.h"

#include "normalize/context.h"

/* Does the token at k close a title: a lower-case word (a capitalised one may be the first of
 * two names, "Алматы / Астана"), a closing quotation mark or bracket? */
static bool title_end(const nctx *c, size_t k)
{
    return (is_word(c, k) && !starts_upper(c, k)) || tok_is(c, k, "\u00bb") ||
           tok_is(c, k, "\u201d") || tok_is(c, k, "\"") || tok_is(c, k, ")");
}

/* A slash spaced on both sides, after a title of two words or more and before a capitalised
 * Cyrillic name or initial ("мұрасы / Шынгыс", "тарихы / А.Б. Сейітов"): a short pause. Returns
 * the tokens used (1), or 0. */
size_t dy_nr_record_slash(nctx *c, size_t i, const char *name)
{
    if (!tok_is(c, i, "/") || !spaced(c, i) || !spaced(c, i + 1) || i < 2 || !title_end(c, i - 1) ||
        !is_word(c, i + 1) || !starts_upper(c, i + 1) || !dy_is_cyrillic(first_cp(c, i + 1)))
        return 0;
    size_t words = 0;
    for (size_t k = 0; k < i; k++)
        words += is_word(c, k);
    if (words < 2)
        return 0;
    dy_nc_emit(c, ",", tok(c, i)->src, name, false);
    return 1;
}
