/* A currency code with no amount beside it (normalize stage, rule table in normalize.c): the
 * column heads and labels of banking pages, "KZT - 4% - 9,50%", "Депозит валютасы: KZT, USD",
 * "KZT-мен". kazakh-normalization.md section 15 reads a code with its number; without one a
 * Kazakh reader still says the currency's name, never the English letters. */
#include "normalize/rules.h"

#include "kk/tables.h"
#include "normalize/context.h"

/* Is the token at i three capital Latin letters, a code of units.tsv that names a currency? */
static const dy_kk_unit *code_at(const nctx *c, size_t i)
{
    if (!is_word(c, i) || tlen(c, i) != 3)
        return NULL;
    for (size_t k = 0; k < 3; k++)
        if (tstr(c, i)[k] < 'A' || tstr(c, i)[k] > 'Z')
            return NULL;
    const dy_kk_unit *u = dy_kk_unit_word(tstr(c, i), 3);
    return u && u->minor ? u : NULL;
}

/* Is the word at k Latin-script (an English phrase around the code: "USD Index")? */
static bool latin_word(const nctx *c, size_t k)
{
    return is_word(c, k) && !dy_is_cyrillic(first_cp(c, k)) && !code_at(c, k);
}

/* A known currency code in a Kazakh sentence, with no Latin word beside it: the currency's name
 * ("KZT" -> теңге), a suffix glued by a hyphen rebuilt on it ("USD-ға" -> долларға). Returns the
 * tokens used (0: none). */
size_t dy_nr_currency_code(nctx *c, size_t i, const char *name)
{
    const dy_kk_unit *u = code_at(c, i);
    if (!u || c->u->lang != DY_LANG_KK || (i > 0 && latin_word(c, i - 1) && spaced(c, i)) ||
        (latin_word(c, i + 1) && spaced(c, i + 1)))
        return 0;
    if (tok_is(c, i + 1, "-") && glued(c, i + 1) && is_word(c, i + 2) && glued(c, i + 2) &&
        dy_is_cyrillic(first_cp(c, i + 2))) {
        dy_kk_morph chain[8];
        int n = dy_kk_parse_tail_after(dy_nc_last_word(u->word), tstr(c, i + 2), tlen(c, i + 2),
                                       chain, 8);
        if (n > 0) {
            dy_buf b = {0};
            dy_nc_put_inflected(&b, u->word, chain, n);
            dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 2), name, tok(c, i)->space_before);
            dy_buf_fini(&b);
            return 3;
        }
    }
    dy_nc_emit_words(c, u->word, tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}
