/* Chemistry formulas (normalize stage, rule table in normalize.c): "CO2", "H2SO4", "CuSO4",
 * "5H2O", "Ca(OH)2", "NaCl", read as a Kazakh school reads them: each element by the name of
 * chemical_elements.tsv (аш, цэ, о ... купрум, феррум, натрий), each index and the coefficient
 * before the formula as a cardinal: "H2SO4" -> аш екі эс о төрт, "Fe2O3" -> феррум екі о үш.
 * An index in subscripts reads as the same digits typed flat ("H₂SO₄" as "H2SO4"); an ion's
 * charge in superscripts after the formula as its number and плюс or минус, as "Fe3+" reads
 * ("Fe³⁺" -> феррум үш плюс, "SO₄²⁻" -> эс о төрт екі минус). A subscript or superscript not
 * glued to a formula is left to the other rules (each is a punctuation token of its own).
 * kazakh-normalization.md has no section for them; the code rule would spell the letters by their
 * English or Cyrillic look-alike names and leave "CO2" to the English voice. */
#include "normalize/rules.h"

#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"
#include "text/chars.h"

/* What a formula is made of, counted while it is read. */
typedef struct formula {
    size_t elements;  /* element symbols */
    size_t indices;   /* numbers after an element or a bracket */
    bool two_letter;  /* a symbol of two letters (Cu, Na, Cl) */
    bool light;       /* one of H, C, N, O: the elements of nearly every formula */
    bool gas;         /* H or O alone ("H2", "O3"; N2 is as often №2 typed with N) */
    bool coefficient; /* a number before the formula ("2Fe") */
    bool quantity;    /* in the brackets of a quantity ("Ar(Cu)", "M(NaCl)") */
    bool charge;      /* an ion's charge in superscripts after it ("Na⁺", "SO₄²⁻") */
} formula;

/* The subscript digits glued from k ("₂", "₁₂": a token each), or superscript ones when sup,
 * put in d as ASCII digits. Returns their tokens: 0 when none, or more than two (no formula's
 * index or charge). */
static size_t script_digits(const nctx *c, size_t k, bool sup, char d[3])
{
    size_t n = 0;
    for (int v; k + n < c->n && glued(c, k + n) && is_punct(c, k + n) &&
                (v = sup ? dy_char_superscript_digit(first_cp(c, k + n))
                         : dy_char_subscript_digit(first_cp(c, k + n))) >= 0;
         n++) {
        if (n == 2)
            return 0;
        d[n] = (char)('0' + v);
    }
    d[n] = '\0';
    return n;
}

/* An ion's charge glued at k in superscripts: up to two digits, then ⁺ or ⁻ ("⁺", "²⁻", "³⁺").
 * Appends its words to out when not NULL ("²⁻" -> екі минус). Returns its tokens (0: none). */
static size_t charge_at(const nctx *c, size_t k, dy_buf *out)
{
    char d[3];
    size_t n = script_digits(c, k, true, d);
    bool plus = tok_is(c, k + n, "\u207a"); /* ⁺ */
    if (!glued(c, k + n) || !(plus || tok_is(c, k + n, "\u207b")))
        return 0;
    if (out) {
        if (n) {
            dy_buf_putc(out, ' ');
            dy_nc_say_digits(d, n, NULL, 0, out);
        }
        dy_buf_puts(out, plus ? " плюс" : " минус");
    }
    return n + 1;
}

/* Appends to out (when not NULL) the element names of the Latin word w[0..n) split into symbols
 * (an upper-case letter, then a lower-case one when the two make a symbol) and counts them in f.
 * False when the word is not made of symbols only. */
static bool split_symbols(const char *w, size_t n, formula *f, dy_buf *out)
{
    for (size_t p = 0; p < n;) {
        if (w[p] < 'A' || w[p] > 'Z')
            return false;
        size_t len = p + 1 < n && w[p + 1] >= 'a' && w[p + 1] <= 'z' ? 2 : 1;
        const char *name = dy_kk_chemical_element(w + p, len);
        if (!name)
            return false;
        if (out) {
            if (out->len)
                dy_buf_putc(out, ' ');
            dy_buf_puts(out, name);
        }
        f->elements++;
        f->two_letter |= len == 2;
        f->light |= len == 1 && strchr("HCNO", w[p]);
        f->gas = len == 1 && (w[p] == 'H' || w[p] == 'O');
        p += len;
    }
    return n > 0;
}

/* Reads the glued tokens of a formula from i: a coefficient, then element words, indices and
 * brackets. Returns the tokens it takes (0: none), the spoken words in out when not NULL. */
static size_t read_formula(const nctx *c, size_t i, formula *f, dy_buf *out)
{
    size_t k = i;
    int depth = 0;
    if (is_num(c, k) && tlen(c, k) <= 2 && glued(c, k + 1) && is_word(c, k + 1)) {
        if (out)
            dy_nc_say_number(c, k, NULL, 0, out);
        f->coefficient = true;
        k++;
    }
    size_t start = k, sub;
    char d[3];
    for (; k < c->n && (k == start || glued(c, k)); k++) {
        if (k > start && !tok_is(c, k - 1, "(") && (sub = script_digits(c, k, false, d))) {
            f->indices++; /* "H₂O" as "H2O" */
            if (out) {
                dy_buf_putc(out, ' ');
                dy_nc_say_digits(d, sub, NULL, 0, out);
            }
            k += sub - 1;
        } else if (is_word(c, k)) {
            if (!split_symbols(tstr(c, k), tlen(c, k), f, out))
                return 0;
        } else if (is_num(c, k)) {
            if (k == start || tlen(c, k) > 2 || tok_is(c, k - 1, "("))
                return 0;
            f->indices++;
            if (out) {
                dy_buf_putc(out, ' ');
                dy_nc_say_number(c, k, NULL, 0, out);
            }
        } else if (tok_is(c, k, "(") && is_word(c, k + 1) && glued(c, k + 1)) {
            depth++;
        } else if (tok_is(c, k, ")") && depth > 0 && k + 1 < c->n &&
                   ((is_num(c, k + 1) && glued(c, k + 1)) || script_digits(c, k + 1, false, d))) {
            depth--;
        } else {
            break;
        }
    }
    if (depth != 0 || k == start)
        return 0;
    size_t charge = charge_at(c, k, out);
    f->charge = charge > 0;
    return k + charge - i;
}

/* Is the formula f a chemistry formula rather than a code of letters and digits ("U17", "F1",
 * "V8", "USB3", "PS4")? Two elements or more with one of H, C, N, O ("CO2", "KOH") or with a
 * symbol of two letters ("NaCl", "CuSO4"); or one element of two letters or H, O with an index or a
 * charge
 * ("Cl2", "O2", "H2"), or of two letters after a coefficient or in a quantity's brackets ("2Fe",
 * "Ar(Cu)"). An index, a two-letter symbol or an ion's charge is always needed ("OH⁻", "H⁺"). */
static bool is_chemistry(const formula *f)
{
    if (f->elements == 1 && f->two_letter && (f->coefficient || f->quantity))
        return true; /* "2Fe", "Ar(Cu)" */
    if (!f->indices && !f->two_letter && !f->charge)
        return false;
    if (f->elements >= 2)
        return f->light || f->two_letter;
    return f->elements == 1 && (f->indices || f->charge) && (f->two_letter || f->gas);
}

/* A sign of a reaction's equation beside a term: + = → ⟶ ↑ ↓ ⇄. */
bool dy_nr_reaction_sign(const nctx *c, size_t k)
{
    if (k >= c->n || !is_punct(c, k))
        return false;
    int32_t cp = first_cp(c, k);
    return cp == '+' || cp == '=' || cp == 0x2192 || cp == 0x27F6 || cp == 0x2191 || cp == 0x2193 ||
           cp == 0x21C4;
}

/* Are the element symbols with one index at most from i to k - 1 ("Mg", "Fe", "NO", "N2") a
 * term of a reaction: a reaction sign beside them, and another formula of the sentence is chemistry
 * ("Mg + 2HCl → MgCl₂ + H₂", "… + 2NO + 4H2O")? */
static bool reaction_term(const nctx *c, size_t i, size_t k)
{
    if (!((i > 0 && dy_nr_reaction_sign(c, i - 1)) || dy_nr_reaction_sign(c, k)))
        return false;
    for (size_t j = 0; j < c->n; j++) {
        if (j >= i && j < k)
            continue;
        formula g = {0};
        size_t used = read_formula(c, j, &g, NULL);
        if (used && is_chemistry(&g) && (g.indices || g.elements >= 2))
            return true;
        j += used ? used - 1 : 0;
    }
    return false;
}

/* A chemistry formula not glued to a word or a number around it: its elements, indices and
 * coefficient said (see the file comment). Also in a sentence found English or Latin Kazakh,
 * which the Kazakh voice reads as well: a line of formulas ("Fe2O3 + 3H2") has few Kazakh
 * words. Returns the tokens used. */
size_t dy_nr_chem_formula(nctx *c, size_t i, const char *name)
{
    if (!(is_word(c, i) || is_num(c, i)) ||
        (i > 0 && glued(c, i) && (is_word(c, i - 1) || is_num(c, i - 1))))
        return 0;
    formula f = {0};
    size_t used = read_formula(c, i, &f, NULL);
    /* "Ar(Cu)", "M(NaCl)": a quantity's letters, its bracket glued, the formula closing it */
    f.quantity = i >= 2 && tok_is(c, i - 1, "(") && glued(c, i - 1) && glued(c, i) &&
                 is_word(c, i - 2) && tok_is(c, i + used, ")") && glued(c, i + used);
    size_t k = i + used; /* glued to a word after it ("H2Oжәне"): left to the others */
    if (!used || (glued(c, k) && !is_punct(c, k)))
        return 0;
    if (!is_chemistry(&f) && !(f.elements <= 3 && f.indices <= 1 && reaction_term(c, i, k)))
        return 0;
    formula again = {0};
    dy_buf b = {0};
    read_formula(c, i, &again, &b);
    if (tok_is(c, k, "-") && glued(c, k) && is_word(c, k + 1) && glued(c, k + 1)) {
        /* "CO2-ні" -> цэ о екіні: the suffix on the last word said */
        dy_kk_morph chain[8];
        int n = dy_kk_parse_tail_after(dy_nc_last_word(b.data), tstr(c, k + 1), tlen(c, k + 1),
                                       chain, 8);
        if (n <= 0) {
            dy_buf_fini(&b);
            return 0;
        }
        dy_buf inflected = {0};
        dy_nc_put_inflected(&inflected, b.data, chain, n);
        dy_buf_fini(&b);
        b = inflected;
        used += 2;
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + used - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return used;
}
