/* Sizes and formats written with a times sign (normalize stage, rule table in normalize.c): "N×M"
 * typed together, with ×, a Latin or Cyrillic x or a star (a star only before a unit), outside
 * an equation or a sum to compute, is a size or a format, said with the dative as Kazakh says it:
 * "3х3 баскетбол" -> үшке үш, "20×30 см" -> жиырмаға отыз сантиметр, "20×30×40" -> жиырмаға отызға
 * қырық. The spec (17.2) says көбейту for every ×, which is right for arithmetic only ("3 × 4 =
 * 12"). */
#include "normalize/rules.h"

#include "normalize/context.h"
#include "kk/tables.h"
#include "text/chars.h"

/* A times sign at k: ×, a Latin or Cyrillic x, a star. */
static bool times_sign(const nctx *c, size_t k)
{
    return tok_is(c, k, "\u00d7") || tok_is(c, k, "x") || tok_is(c, k, "\u0445") ||
           tok_is(c, k, "*") || tok_is(c, k, "\u0425");
}

size_t dy_nr_dimensions(nctx *c, size_t i, const char *name)
{
    number num;
    if (!dy_nc_number_at(c, i, &num))
        return 0;
    size_t k = num.last + 1;
    /* not a power of ten whose superscript was lost or typed flat: "9,1*10-31", "3×10^8" */
    bool power = (tok_is(c, k + 1, "10") && glued(c, k + 2) &&
                  (tok_is(c, k + 2, "-") || tok_is(c, k + 2, "^") || tok_is(c, k + 2, "\u207b") ||
                   dy_char_superscript_digit(first_cp(c, k + 2)) >= 0)) ||
                 dy_nr_flat_power_of_ten(c, k + 1); /* "3*105 Па" */
    bool ok = !power && times_sign(c, k) && glued(c, k) && is_num(c, k + 1) && glued(c, k + 1) &&
              !(i > 0 && glued(c, i) && !tok_is(c, i - 1, "(") && !times_sign(c, i - 1)) &&
              !dy_nr_in_exercise(c, k);
    if (ok && c->cache->relation < 0) { /* a relation sign anywhere, found once a sentence */
        c->cache->relation = 0;
        for (size_t r = 0; r < c->n && !c->cache->relation; r++)
            c->cache->relation = dy_nr_is_relation(c, r);
    }
    ok = ok && !c->cache->relation;
    if (ok && tok_is(c, k, "*")) {
        /* a star is a times sign of arithmetic ("2*2*2*3", a factorisation: екі көбейту екі …)
         * unless a unit follows the chain ("3*4 м") or the sentence speaks of a format or size */
        size_t e = k;
        while (times_sign(c, e) && glued(c, e) && is_num(c, e + 1) && glued(c, e + 1))
            e += 2;
        ok = (is_word(c, e) && dy_kk_unit_word(tstr(c, e), tlen(c, e)) &&
              !dy_nr_is_letter_label(c, e)) || /* not the label of the next option: "4*6 В) …" */
             dy_nc_sentence_has_stem(c, "формат өлшем размер"); /* "Ойын (3*3) форматында" */
    }
    if (!ok) {
        dy_nc_number_fini(&num);
        return 0;
    }
    static const dy_kk_morph DAT[] = {DY_KK_DAT};
    dy_buf b = {0};
    dy_nc_number_say(c, &num, DAT, 1, &b);
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, k), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    dy_nc_number_fini(&num);
    return k + 1 - i;
}
