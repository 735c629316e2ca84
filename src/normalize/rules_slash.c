/* A slash between two numbers that is no fraction (section 13.2 reads "3/4" as төрттен үш):
 * alternatives of one quantity, two decimals ("0,5/0,7 л" -> нөл бүтін оннан бес немесе нөл
 * бүтін оннан жеті литр: no fraction is written so; a decimal over a whole number is a score out
 * of it, "4,8/5", read by the fraction rule), and the
 * fixed pairs of contractions.tsv ("24/7" -> тәулік бойы: round the clock, every day of the
 * week). */
#include "normalize/context.h"
#include "normalize/rules.h"

#include "kk/tables.h"

/* Does an equals sign or an operator stand next to the pair from i to last (an exercise line,
 * "0,5/0,25 = 2", "24/7 + 1": the formula and fraction rules read it)? */
static bool in_formula(const nctx *c, size_t i, size_t last)
{
    static const char *const OPS[] = {"=", "+", "*", "\u00d7", "\u00b7", ":", "\u2212"};
    for (size_t o = 0; o < COUNT(OPS); o++)
        if ((i > 0 && tok_is(c, i - 1, OPS[o])) || tok_is(c, last + 1, OPS[o]))
            return true;
    for (size_t k = last + 1; k < c->n; k++)
        if (tok_is(c, k, "="))
            return true;
    return false;
}

size_t dy_nr_number_slash(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || (i > 0 && glued(c, i) && is_num(c, i - 1)))
        return 0;
    if (i > 0 && glued(c, i) && tok_is(c, i - 1, "/")) { /* only the next of a chain of
                                                             alternatives: "0,5/0,7/1,0 л" */
        const dy_word *w = c->u->words.len ? &c->u->words.items[c->u->words.len - 1] : NULL;
        if (!w || !w->rule || strcmp(w->rule, name) || w->src.end != tok(c, i - 1)->src.end)
            return 0;
    }
    number a, b;
    if (!dy_nc_number_at(c, i, &a))
        return 0;
    size_t s = a.last + 1, used = 0;
    if (tok_is(c, s, "/") && glued(c, s) && glued(c, s + 1) && dy_nc_number_at(c, s + 1, &b)) {
        bool tail = b.last + 1 < c->n && glued(c, b.last + 1) &&
                    (is_num(c, b.last + 1) || tok_is(c, b.last + 1, "/") ||
                     tok_is(c, b.last + 1, ".") || tok_is(c, b.last + 1, ","));
        dy_buf key = {0};
        dy_buf_append(&key, tstr(c, i), tok(c, b.last)->src.end - tok(c, i)->src.start);
        const char *fixed =
            !a.decimal && !b.decimal && !tail && a.first == a.last && b.first == b.last
                ? dy_kk_contraction(key.data, key.len)
                : NULL;
        dy_buf_fini(&key);
        if (in_formula(c, i, b.last)) {
            /* an exercise: the fraction and formula rules read it */
        } else if (fixed) {
            dy_nc_emit_words(c, fixed, dy_nc_span_of(c, i, b.last), name, tok(c, i)->space_before);
            used = b.last + 1 - i;
        } else if (a.decimal && b.decimal) {
            dy_buf out = {0};
            dy_nc_number_say(c, &a, NULL, 0, &out);
            dy_buf_puts(&out, " немесе");
            dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, s), name, tok(c, i)->space_before);
            dy_buf_fini(&out);
            used = s + 1 - i; /* the second quantity, with its unit, is read by the next rules */
        }
        dy_nc_number_fini(&b);
    }
    dy_nc_number_fini(&a);
    return used;
}

/* The white space between tokens k and k + 1: how many characters, and whether a line break. */
static size_t gap(const nctx *c, size_t k, bool *line_break)
{
    size_t n = 0;
    *line_break = false;
    const char *s = c->text + tok(c, k)->src.end, *e = c->text + tok(c, k + 1)->src.start;
    for (size_t p = 0; s + p < e;) {
        int32_t cp = dy_utf8_next(s, (size_t)(e - s), &p);
        *line_break |= cp == '\n' || cp == '\r' || cp == 0x2028;
        n += dy_is_space(cp);
    }
    return n;
}

/* A word of a site's navigation path before a slash ("Home / Жаңалықтар", "Басты бет / ..."). */
static bool navigation_word(const nctx *c, size_t k)
{
    static const char *const NAV[] = {"home", "main", "главная", "басты"};
    static const char *const PAGE[] = {"бет", "страница"};
    return dy_nc_word_in(c, k, NAV, COUNT(NAV)) ||
           (k > 0 && dy_nc_word_in(c, k, PAGE, COUNT(PAGE)) &&
            dy_nc_word_in(c, k - 1, NAV, COUNT(NAV)));
}

/* Is the slash at i, between two words, a separator of parts (a pause, no word) rather than the
 * "or" of 17.2: a run of spaces or a line break beside it ("қосымша/   Қазақстан"); a slash
 * spaced on one side or both after a navigation word or between two scripts ("Home / ТЖКБ-ге
 * оқуға ..."), between a lower-case word and a capitalised one where a new heading part starts
 * ("бұйрығына қосымша / Қазақстан Республикасы ..."), a pair of slashes typed for brackets
 * ("/магистратура/"), or the next spaced slash of such a path? Alternatives keep немесе ("ата/ана",
 * "Алматы / Астана", "ерлер / әйелдер", "Ай сайын /мерзім соңында"), and an equation's slash
 * between its terms is бөлу ("v=m / Mr"). */
bool dy_nr_slash_separator(const nctx *c, size_t i)
{
    if (i == 0 || i + 1 >= c->n)
        return false;
    bool before_break, after_break;
    size_t before = gap(c, i - 1, &before_break), after = gap(c, i, &after_break);
    if (before > 1 || after > 1 || before_break || after_break)
        return true;
    if (before == 0 && after == 0)
        return false; /* glued on both sides: "ата/ана", "Қазақ тілі/Орыс тілі" */
    bool equation = false; /* "v=m / Mr": a formula's division */
    for (size_t k = 0; k < c->n && !equation; k++)
        equation = tok_is(c, k, "=");
    if (equation && dy_nr_formula_token(c, i - 1) && dy_nr_formula_token(c, i + 1))
        return false;
    /* slashes typed for brackets: "үдерісінде /магистратура/ босаған", spaced outside, glued to
     * the words they enclose */
    for (size_t k = i + 2; before == 1 && after == 0 && k < c->n && k <= i + 4; k++)
        if (tok_is(c, k, "/") && glued(c, k) && (k + 1 >= c->n || spaced(c, k + 1)))
            return true;
    for (size_t j = i >= 4 ? i - 4 : 0; before == 0 && after == 1 && j + 2 <= i; j++)
        if (tok_is(c, j, "/") && spaced(c, j) && glued(c, j + 1))
            return true;
    if (i >= 2 && tok_is(c, i - 2, "/") && spaced(c, i - 2) && spaced(c, i - 1) &&
        dy_nr_slash_separator(c, i - 2))
        return true; /* the next level of one path: "Басты бет / Жаңалықтар / Білім" */
    bool latin_l = !dy_is_cyrillic(first_cp(c, i - 1)),
         latin_r = !dy_is_cyrillic(first_cp(c, i + 1));
    return navigation_word(c, i - 1) || latin_l != latin_r ||
           (!starts_upper(c, i - 1) && starts_upper(c, i + 1));
}
