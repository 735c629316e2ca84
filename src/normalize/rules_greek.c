/* Greek letters in formulas and terms (normalize stage, rule table in normalize.c; the spec is
 * silent, and eSpeak's kk voice handed each letter to its Greek voice, "vita" for β, or to its
 * English one, "delta"). A short word of Greek letters, alone or with Latin ones ("π", "2πR",
 * "Δt", "πr²"), is said letter by letter: the Greek by greek_letter_names.tsv, the Latin by their
 * school names (dy_nr_school_letter). A power glued after it is said (квадрат, куб), a written
 * suffix goes on the last name ("π-ге" -> пиге), and a hyphen before a word stays ("β-сәулелену"
 * -> бета-сәулелену). A letter with a subscript index is said with its number ("x₁" -> икс бір,
 * "v₀" -> вэ нөл, "Δt₂" -> дельта тэ екі); a lone subscript was dropped. */
#include "normalize/rules.h"

#include <string.h>

#include "core/util.h"
#include "kk/tables.h"
#include "normalize/context.h"
#include "text/chars.h"

/* The subscript digits glued after token i, as a number said into b (after a space); returns
 * how many tokens they take (0: none). */
static size_t subscript_index(const nctx *c, size_t i, dy_buf *b)
{
    char digits[8];
    size_t n = 0, k = i + 1;
    for (; k < c->n && n < sizeof digits && glued(c, k) && is_punct(c, k); k++) {
        int d = dy_char_subscript_digit(first_cp(c, k));
        if (d < 0)
            break;
        digits[n++] = (char)('0' + d);
    }
    if (!n || n > 3)
        return 0;
    dy_buf_putc(b, ' ');
    dy_nc_say_digits(digits, n, NULL, 0, b);
    return n;
}

size_t dy_nr_greek(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || letters(c, i) > 4)
        return 0;
    const char *s = tstr(c, i);
    size_t n = tlen(c, i), p = 0;
    /* it runs on every short word: leave at once unless a Greek letter or an index is there */
    bool greek = false;
    while (p < n && !greek)
        greek = dy_kk_greek_letter_name(dy_utf8_next(s, n, &p)) != NULL;
    if (!greek && !(letters(c, i) == 1 && i + 1 < c->n && glued(c, i + 1) &&
                    dy_char_subscript_digit(first_cp(c, i + 1)) >= 0))
        return 0;
    p = 0;
    dy_buf b = {0};
    while (p < n) {
        int32_t cp = dy_utf8_next(s, n, &p);
        const char *w = dy_kk_greek_letter_name(cp);
        if (!w)
            w = dy_nr_school_letter(cp);
        if (!w && !greek && dy_is_cyrillic(cp))
            w = dy_kk_letter_name(cp); /* one letter with an index: "а₁" */
        if (!w && greek && p == n && (cp == 0x0445 || cp == 0x0443))
            w = cp == 0x0445 ? "икс" : "игрек"; /* an axis typed in Cyrillic: "υх", "υу" */
        if (!w) {
            dy_buf_fini(&b);
            return 0;
        }
        if (b.len)
            dy_buf_putc(&b, ' ');
        dy_buf_puts(&b, w);
    }
    /* a variable's index: after a Greek term, or after the one letter the gate let through */
    size_t k = i + 1 + subscript_index(c, i, &b);
    dy_kk_morph chain[8];
    int m = 0;
    size_t sfx = 0;
    if (glued(c, k) && (tok_is(c, k, "\u00b2") || tok_is(c, k, "\u00b3"))) {
        dy_buf_puts(&b, tok_is(c, k, "\u00b2") ? " квадрат" : " куб");
        k++;
    } else if ((sfx = dy_nc_suffix_at(c, k, dy_nc_last_word(b.data), chain, &m)) != 0 &&
               sfx != SIZE_MAX) {
        dy_buf inflected = {0};
        dy_nc_put_inflected(&inflected, b.data, chain, m);
        dy_buf_fini(&b);
        b = inflected;
        k += sfx;
    } else if (tok_is(c, k, "-") && glued(c, k) && is_word(c, k + 1) && glued(c, k + 1) &&
               dy_is_cyrillic(first_cp(c, k + 1))) {
        dy_buf_putc(&b, '-'); /* a term: "β-сәулелену", "γ-кванттар" */
        dy_buf_append(&b, tstr(c, k + 1), tlen(c, k + 1));
        k += 2;
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, k - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return k - i;
}
