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
    bool relaxed;     /* in: read as typed in a reaction line ("HCL", "2AL", "Н3РО4", "AICI3") */
    bool folded;      /* in: Cyrillic look-alikes read as the Latin letters ("Н2О", "СО2") */
    bool cyrillic;    /* out: a Cyrillic look-alike was read so */
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

/* The Latin letter a Cyrillic look-alike stands for in a formula typed with them ("Н3РО4", "Мg",
 * "КCIО3", "Са"), the ASCII letter itself, or 0. */
static char formula_letter(int32_t cp)
{
    static const int32_t CYR[] = {0x0410, 0x0412, 0x0415, 0x041A, 0x041C, 0x041D, 0x041E,
                                  0x0420, 0x0421, 0x0422, 0x0425, 0x0406, 0x0430, 0x0435,
                                  0x043E, 0x0440, 0x0441, 0x0445, 0x0456};
    static const char LAT[] = "ABEKMHOPCTXIaeopcxi";
    if (cp < 0x80 && ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')))
        return (char)cp;
    for (size_t k = 0; k < COUNT(CYR); k++)
        if (CYR[k] == cp)
            return LAT[k];
    return 0;
}

/* Splits the letters w[p..n) of a formula typed carelessly into element symbols, their lengths
 * in len[] (up to 16): a symbol's second letter may be typed in capitals ("HCL", "AL", "MG"), and
 * a capital I after C or A is the l of Cl, Al ("AICI3"). Returns how many symbols, 0 when none
 * fit. */
static size_t relaxed_split(const char *w, size_t p, size_t n, size_t *len, size_t depth)
{
    if (p == n)
        return depth;
    if (depth >= 16 || w[p] < 'A' || w[p] > 'Z')
        return 0;
    char two[2] = {w[p], p + 1 < n ? w[p + 1] : 0};
    bool lower = two[1] >= 'a' && two[1] <= 'z';
    if (two[1] >= 'A' && two[1] <= 'Z')
        two[1] = (char)(two[1] == 'I' && (w[p] == 'C' || w[p] == 'A') ? 'l' : two[1] + 32);
    bool forced =
        p + 1 < n && (w[p + 1] == 'L' || (w[p + 1] == 'I' && (w[p] == 'C' || w[p] == 'A')));
    /* the order of the tries: a forced pair, a lower-case second letter, one letter, a pair */
    size_t order[3], tries = 0;
    if (forced || lower)
        order[tries++] = 2;
    if (!lower) {
        order[tries++] = 1;
        if (!forced && p + 1 < n)
            order[tries++] = 2;
    }
    for (size_t t = 0; t < tries; t++) {
        size_t l = order[t];
        const char *sym = l == 1 ? w + p : two;
        if (p + l > n || !dy_kk_chemical_element(sym, l))
            continue;
        len[depth] = l;
        size_t got = relaxed_split(w, p + l, n, len, depth + 1);
        if (got)
            return got;
    }
    return 0;
}

/* split_symbols for a word typed carelessly in a reaction line (relaxed_split): its Cyrillic
 * look-alikes read as Latin letters. */
static bool split_relaxed(const char *s, size_t n, formula *f, dy_buf *out)
{
    char w[32];
    size_t m = 0;
    for (size_t p = 0; p < n;) {
        char ch = formula_letter(dy_utf8_next(s, n, &p));
        if (!ch || m >= sizeof w)
            return false;
        w[m++] = ch;
    }
    size_t len[16], count = relaxed_split(w, 0, m, len, 0);
    if (!count)
        return false;
    for (size_t k = 0, p = 0; k < count; p += len[k++]) {
        char sym[2] = {w[p], len[k] == 2 ? w[p + 1] : 0};
        if (len[k] == 2 && sym[1] >= 'A' && sym[1] <= 'Z')
            sym[1] = (char)(sym[1] == 'I' && (sym[0] == 'C' || sym[0] == 'A') ? 'l' : sym[1] + 32);
        const char *name = dy_kk_chemical_element(sym, len[k]);
        if (out) {
            if (out->len)
                dy_buf_putc(out, ' ');
            dy_buf_puts(out, name);
        }
        f->elements++;
        f->two_letter |= len[k] == 2;
        f->light |= len[k] == 1 && strchr("HCNO", sym[0]);
        f->gas = len[k] == 1 && (sym[0] == 'H' || sym[0] == 'O');
    }
    return true;
}

/* split_symbols for a word typed with Cyrillic look-alikes of the Latin letters ("Н2О", "СО2",
 * "С2Н4", "Са"): each letter read as the Latin one it looks like, the symbols told apart by their
 * case as in split_symbols. */
static bool split_folded(const char *s, size_t n, formula *f, dy_buf *out)
{
    char w[32];
    size_t m = 0;
    for (size_t p = 0; p < n;) {
        int32_t cp = dy_utf8_next(s, n, &p);
        char ch = formula_letter(cp);
        if (!ch || m >= sizeof w)
            return false;
        f->cyrillic |= cp >= 0x80;
        w[m++] = ch;
    }
    if (m >= 2 && w[0] == w[1])
        return false; /* "ВВС": an acronym; no formula opens with a doubled symbol ("СН3СООН") */
    return !dy_kk_acronym(s, n) && split_symbols(w, m, f, out);
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
            bool ok = f->relaxed  ? split_relaxed(tstr(c, k), tlen(c, k), f, out)
                      : f->folded ? split_folded(tstr(c, k), tlen(c, k), f, out)
                                  : split_symbols(tstr(c, k), tlen(c, k), f, out);
            if (!ok)
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
    /* the term itself is no sure formula (it is asked about because it is not): any sure one of
     * the sentence is another; found once a sentence */
    if (c->cache->formula < 0) {
        c->cache->formula = 0;
        for (size_t j = 0; j < c->n && !c->cache->formula; j++) {
            formula g = {0};
            size_t used = read_formula(c, j, &g, NULL);
            c->cache->formula = used && is_chemistry(&g) && (g.indices || g.elements >= 2);
            j += used ? used - 1 : 0;
        }
    }
    return c->cache->formula;
}

/* Is the sentence a reaction's equation: = or an arrow, a + between terms, and a formula with an
 * index ("H2", "ALCL3", "Н3РО4") or a sure one ("FeS")? Found once a sentence. */
static bool reaction_line(const nctx *c)
{
    if (c->cache->reaction >= 0)
        return c->cache->reaction;
    bool sign = false, plus = false, formula_seen = false;
    for (size_t k = 0; k < c->n; k++) {
        int32_t cp = is_punct(c, k) ? first_cp(c, k) : 0;
        sign |= cp == '=' || cp == 0x2192 || cp == 0x27F6;
        plus |= cp == '+';
    }
    for (size_t k = 0; sign && plus && !formula_seen && k < c->n; k++) {
        if (!is_word(c, k) || (k > 0 && glued(c, k) && is_word(c, k - 1)))
            continue;
        formula f = {0}, g = {.relaxed = true};
        formula_seen = (read_formula(c, k, &f, NULL) && is_chemistry(&f)) ||
                       (read_formula(c, k, &g, NULL) && g.indices);
    }
    c->cache->reaction = sign && plus && formula_seen;
    return c->cache->reaction;
}

/* Does the formula from i to k - 1 hold a capital I typed for the l of Cl or Al ("HCI", "AICI3")?
 */
static bool typed_i_for_l(const nctx *c, size_t i, size_t k)
{
    for (size_t j = i; j < k; j++) {
        const char *s = tstr(c, j);
        for (size_t p = 0; is_word(c, j) && p + 1 < tlen(c, j); p++)
            if (s[p + 1] == 'I' && (s[p] == 'C' || s[p] == 'A'))
                return true;
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
    if (used && glued(c, k) && !is_punct(c, k))
        return 0;
    bool relaxed = false;
    if (used && !is_chemistry(&f) && !(f.elements <= 3 && f.indices <= 1 && reaction_term(c, i, k)))
        used = 0;
    if (reaction_line(c) && (!used || typed_i_for_l(c, i, k))) {
        /* a reaction typed carelessly: "2AL+6HCL", "Н3РО4", "6HCI+2AI"; a term of it has an
         * index or a coefficient, or a sign of the reaction beside it */
        formula g = {.relaxed = true};
        size_t r = read_formula(c, i, &g, NULL);
        bool term = r && (g.coefficient || g.indices || (i > 0 && dy_nr_reaction_sign(c, i - 1)) ||
                          dy_nr_reaction_sign(c, i + r));
        if (term && !(glued(c, i + r) && !is_punct(c, i + r))) {
            used = r;
            k = i + r;
            relaxed = true;
        }
    }
    bool folded = false;
    if (!used) {
        /* a formula typed with Cyrillic look-alikes anywhere ("Н2О", "СО2", "С2Н4"): two
         * elements or more with an index, so no acronym with a number ("ВС2" has no symbol В) */
        formula g = {.folded = true};
        size_t r = read_formula(c, i, &g, NULL);
        if (r && g.cyrillic && g.indices && g.elements >= 2 && is_chemistry(&g) &&
            !(glued(c, i + r) && !is_punct(c, i + r))) {
            used = r;
            k = i + r;
            folded = true;
        }
    }
    if (!used)
        return 0;
    formula again = {.relaxed = relaxed, .folded = folded};
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
