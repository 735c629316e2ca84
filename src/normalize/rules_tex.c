/* Inline TeX in Kazakh text (normalize stage, rule "tex"; the spec is silent: a maths page kept
 * as MathJax source, "$a$-ға бөлеміз", "$x_{1}\cdot x_{2}=-\frac{b}{c}$"). A span `$…$`, `$$…$$`
 * or `\(…\)` on one line is TeX, not money, when its content holds a command, ^, _ or { , or
 * when it is a short formula glued to its dollars that does not open with a digit ("$100",
 * "$ 20", "$1,5 млрд" stay dollars). It is read as the formulas of 17.2 are: variables by their
 * school letter names (dy_nr_school_letter), Greek letters by their table, + қосу, - алу (минус
 * before an operand), = тең, the signs of kk/data/symbols.tsv, the commands of
 * kk/data/tex_commands.tsv (\cdot көбейту, \alpha альфа), ^2 квадрат, ^n n-інші дәрежесі,
 * x_{1} икс бір, \frac{p}{q} q-дан p (13.2), \sqrt{x} x-тің квадрат түбірі. Layout commands
 * (\left, \right, \, \quad \displaystyle \begin{…}) say nothing, \text{…} and \mathrm{…} their
 * content; an unknown command says nothing (dauys check lists it: risk kind "tex-command"). A
 * Kazakh suffix glued after the closing dollar goes on the last word ("$a$-ға" -> аға). */
#include "normalize/rules.h"

#include <stdio.h>
#include <string.h>

#include "core/util.h"
#include "kk/tables.h"
#include "normalize/context.h"
#include "text/chars.h"
#include "text/tex.h"

/* Commands read by their argument: fractions, roots, text, fonts, environments. */
static const char *const FRACS[] = {"frac", "dfrac", "tfrac"};
static const char *const FONTS[] = {"text",   "textrm", "textbf", "textit",     "mbox",
                                    "mathrm", "mathbf", "mathit", "boldsymbol", "operatorname"};
static const char *const ENVS[] = {"begin", "end"};

static bool name_in(const char *s, size_t n, const char *const *list, size_t count)
{
    for (size_t k = 0; k < count; k++)
        if (strlen(list[k]) == n && !memcmp(list[k], s, n))
            return true;
    return false;
}

bool dy_nr_tex_command_known(const char *s, size_t n)
{
    return dy_kk_tex_command(s, n) || name_in(s, n, FRACS, COUNT(FRACS)) ||
           name_in(s, n, FONTS, COUNT(FONTS)) || name_in(s, n, ENVS, COUNT(ENVS)) ||
           (n == 4 && !memcmp(s, "sqrt", 4));
}

/* One reading: where the span ends and whether the last thing said was an operand (a minus
 * after one is алу, elsewhere минус). */
typedef struct tex {
    nctx *c;
    size_t end;
    bool operand;
} tex;

/* Appends the words w to out after a space; a comma or a closing bracket is glued. */
static void put(dy_buf *out, const char *w)
{
    if (!*w || (!strcmp(w, ",") && (!out->len || out->data[out->len - 1] == ',')))
        return; /* one pause for ",\\" */
    if (out->len && strcmp(w, ",") && strcmp(w, ")"))
        dy_buf_putc(out, ' ');
    dy_buf_puts(out, w);
}

static bool is_cmd(const tex *t, size_t k) { return k < t->end && tok_is(t->c, k, "\\"); }

/* The token after the argument that starts at k: a {…} group, a command or one token. */
static size_t arg_end(const tex *t, size_t k)
{
    if (k >= t->end)
        return t->end;
    if (tok_is(t->c, k, "{")) {
        int depth = 0;
        for (size_t j = k; j < t->end; j++) {
            depth += tok_is(t->c, j, "{") - tok_is(t->c, j, "}");
            if (!depth)
                return j + 1;
        }
        return t->end;
    }
    return is_cmd(t, k) && k + 1 < t->end && glued(t->c, k + 1) ? k + 2 : k + 1;
}

static void read_range(tex *t, size_t a, size_t b, dy_buf *out);

/* Reads the argument at k into a buffer of its own (the caller frees it); returns its end. */
static size_t read_arg(tex *t, size_t k, dy_buf *b)
{
    size_t e = arg_end(t, k);
    read_range(t, k, e, b);
    return e;
}

/* A single argument's number, or 0. */
static uint64_t arg_number(const tex *t, size_t k, size_t e)
{
    if (tok_is(t->c, k, "{"))
        k++, e--;
    return e == k + 1 && is_num(t->c, k) ? dy_nc_num_value(t->c, k) : 0;
}

/* \frac{p}{q} -> q-дан p; \sqrt[n]{x} -> x-тің квадрат (куб, n-інші дәрежелі) түбірі. */
static size_t read_frac_root(tex *t, size_t k, bool frac, dy_buf *out)
{
    dy_buf a = {0}, b = {0};
    if (frac) {
        size_t e = read_arg(t, k, &a);
        e = read_arg(t, e, &b);
        static const dy_kk_morph ABL[] = {DY_KK_ABL};
        dy_buf words = {0};
        dy_nc_put_inflected(&words, dy_buf_str(&b), ABL, 1);
        put(out, dy_buf_str(&words));
        put(out, dy_buf_str(&a));
        dy_buf_fini(&words);
        k = e;
    } else {
        uint64_t n = 2;
        if (k < t->end && tok_is(t->c, k, "[")) {
            size_t close = k + 1;
            while (close < t->end && !tok_is(t->c, close, "]"))
                close++;
            n = close == k + 2 && is_num(t->c, k + 1) ? dy_nc_num_value(t->c, k + 1) : 2;
            k = close + 1;
        }
        k = read_arg(t, k, &a);
        static const dy_kk_morph GEN[] = {DY_KK_GEN};
        dy_nc_put_inflected(&b, dy_buf_str(&a), GEN, 1);
        put(out, dy_buf_str(&b));
        if (n == 2 || n == 3) {
            put(out, n == 2 ? "квадрат түбірі" : "куб түбірі");
        } else {
            dy_buf o = {0};
            char d[24];
            snprintf(d, sizeof d, "%llu", (unsigned long long)n);
            dy_nc_say_digits(d, strlen(d), ORD, 1, &o);
            dy_buf_puts(&o, " дәрежелі түбірі");
            put(out, dy_buf_str(&o));
            dy_buf_fini(&o);
        }
    }
    dy_buf_fini(&a);
    dy_buf_fini(&b);
    t->operand = true;
    return k;
}

/* The command at k (the backslash); returns the token after what it read. */
static size_t read_command(tex *t, size_t k, dy_buf *out)
{
    nctx *c = t->c;
    if (k + 1 >= t->end || !glued(c, k + 1))
        return k + 1;
    if (is_punct(c, k + 1)) { /* \\ a pause; \, \; \{ \} ... nothing */
        if (tok_is(c, k + 1, "\\"))
            put(out, ",");
        else if (tok_is(c, k + 1, "%"))
            put(out, "пайыз");
        return k + 2;
    }
    const char *s = tstr(c, k + 1);
    size_t n = tlen(c, k + 1);
    bool frac = name_in(s, n, FRACS, COUNT(FRACS));
    if (frac || (n == 4 && !memcmp(s, "sqrt", 4)))
        return read_frac_root(t, k + 2, frac, out);
    if (name_in(s, n, ENVS, COUNT(ENVS)))
        return arg_end(t, k + 2);
    if (name_in(s, n, FONTS, COUNT(FONTS))) {
        size_t e = arg_end(t, k + 2);
        read_range(t, k + 2, e, out);
        return e;
    }
    const char *w = dy_kk_tex_command(s, n);
    if (!w) /* unknown: nothing said (risk.c lists it) */
        return k + 2;
    size_t at = 0, wn = strlen(w);
    int32_t cp = wn ? dy_utf8_next(w, wn, &at) : -1;
    bool one = wn && at == wn; /* one character: \alpha as α, \leq as ≤ */
    const char *greek = one ? dy_kk_greek_letter_name(cp) : NULL;
    if (one)
        w = greek ? greek : dy_kk_symbol_word(cp);
    if (w && *w) {
        put(out, w);
        t->operand = greek != NULL;
    }
    if (n == 5 && !memcmp(s, "right", 5) && k + 2 < t->end && tok_is(c, k + 2, "."))
        return k + 3; /* "\right." closes nothing */
    return k + 2;
}

/* ^{n}: квадрат, куб, n-інші дәрежесі. */
static size_t read_power(tex *t, size_t k, dy_buf *out)
{
    size_t e = arg_end(t, k);
    uint64_t v = arg_number(t, k, e);
    if (v == 2 || v == 3) {
        put(out, v == 2 ? "квадрат" : "куб");
    } else {
        dy_buf a = {0}, b = {0};
        bool was = t->operand;
        t->operand = false; /* x^{-1}: минус бірінші */
        read_range(t, k, e, &a);
        t->operand = was;
        if (!strcmp(dy_buf_str(&a), "градус")) { /* 30^{\circ} */
            put(out, "градус");
        } else if (a.len) {
            if (k >= 2 && is_num(t->c, k - 2) && out->len) {
                /* a number's power takes the genitive: "10^8" -> онның сегізінші дәрежесі */
                static const dy_kk_morph GEN[] = {DY_KK_GEN};
                const char *last = dy_nc_last_word(dy_buf_str(out));
                dy_buf g = {0};
                dy_nc_put_inflected(&g, last, GEN, 1);
                out->len = (size_t)(last - out->data);
                dy_buf_puts(out, dy_buf_str(&g));
                dy_buf_fini(&g);
            }
            dy_nc_put_inflected(&b, dy_buf_str(&a), ORD, 1);
            dy_buf_puts(&b, " дәрежесі");
            put(out, dy_buf_str(&b));
        }
        dy_buf_fini(&a);
        dy_buf_fini(&b);
    }
    return e;
}

/* A sign: the word of 17.2 or of the symbol table; brackets and commas as they are. */
static void read_sign(tex *t, size_t k, dy_buf *out)
{
    int32_t cp = first_cp(t->c, k);
    const char *w = dy_nr_operator_word(t->c, k);
    bool operand = false;
    if (w && !strcmp(w, "алу") && !t->operand)
        w = "минус"; /* "=-1", "(-1)": the sign of a number */
    else if (cp == '=')
        w = "тең";
    else if (cp == '(' || cp == '[')
        w = "(";
    else if ((operand = cp == ')' || cp == ']'))
        w = ")";
    else if (cp == ',' || cp == ';' || (cp == '.' && k + 1 < t->end))
        w = ","; /* a period inside a formula is a pause (a decimal is a number's) */
    else if (!w && !(cp < 0x80 && strchr(".{}|&", cp)))
        w = dy_kk_symbol_word(cp);
    if (w)
        put(out, w);
    t->operand = operand;
}

/* A word: Latin letters by their school names (ax -> а икс), Greek ones by theirs, other
 * letters as written. */
static void read_word(tex *t, size_t k, dy_buf *out)
{
    const char *s = tstr(t->c, k);
    size_t n = tlen(t->c, k);
    dy_buf b = {0};
    for (size_t p = 0; p < n;) {
        size_t at = p;
        int32_t cp = dy_utf8_next(s, n, &p);
        const char *name = dy_nr_school_letter(cp);
        if (!name)
            name = dy_kk_greek_letter_name(cp);
        if (name) {
            put(out, dy_buf_str(&b));
            dy_buf_clear(&b);
            put(out, name);
        } else {
            dy_buf_append(&b, s + at, p - at);
        }
    }
    put(out, dy_buf_str(&b));
    dy_buf_fini(&b);
    t->operand = true;
}

static void read_range(tex *t, size_t a, size_t b, dy_buf *out)
{
    size_t end = t->end;
    t->end = b;
    for (size_t k = a; k < b;) {
        if (is_cmd(t, k)) {
            k = read_command(t, k, out);
        } else if (tok_is(t->c, k, "^")) {
            k = read_power(t, k + 1, out);
        } else if (tok_is(t->c, k, "_")) {
            k = read_arg(t, k + 1, out);
        } else if (is_num(t->c, k)) {
            number num;
            if (dy_nc_number_at(t->c, k, &num) && num.last < b) {
                dy_buf w = {0};
                dy_nc_number_say(t->c, &num, NULL, 0, &w);
                put(out, dy_buf_str(&w));
                dy_buf_fini(&w);
                k = num.last + 1;
            } else {
                dy_buf w = {0};
                dy_nc_say_number(t->c, k, NULL, 0, &w);
                put(out, dy_buf_str(&w));
                dy_buf_fini(&w);
                k++;
            }
            dy_nc_number_fini(&num);
            t->operand = true;
        } else if (is_word(t->c, k)) {
            read_word(t, k++, out);
        } else if ((tok_is(t->c, k, "<") || tok_is(t->c, k, ">")) && tok_is(t->c, k + 1, "=") &&
                   glued(t->c, k + 1) && k + 1 < t->end) {
            /* the ASCII ≤ and ≥ typed inside maths: "1 <= k" */
            put(out, tok_is(t->c, k, "<") ? "кіші немесе тең" : "үлкен немесе тең");
            t->operand = false;
            k += 2;
        } else {
            read_sign(t, k++, out);
        }
    }
    t->end = end;
}

size_t dy_nr_tex(nctx *c, size_t i, const char *name)
{
    if (!tok_is(c, i, "$") && !(tok_is(c, i, "\\") && tok_is(c, i + 1, "(")))
        return 0;
    size_t open = 0, len = dy_tex_span(tstr(c, i), c->end - tok(c, i)->src.start, &open);
    if (!len)
        return 0;
    size_t shut = tok(c, i)->src.start + len - open; /* the closing delimiter */
    size_t a = i + open, b = a;
    while (b < c->n && tok(c, b)->src.start < shut)
        b++;
    if (b + open - 1 >= c->n || tok(c, b)->src.start != shut)
        return 0;
    tex t = {c, b, false};
    dy_buf words = {0};
    read_range(&t, a, b, &words);
    while (words.len && words.data[words.len - 1] == ',') /* "x=0.\\" ends with no pause */
        words.data[--words.len] = '\0';
    size_t last = b + open - 1, used = last + 1 - i;
    size_t closing = 0; /* "(a+b)$-ның": the suffix goes on бэ, inside the bracket */
    while (closing < words.len && words.data[words.len - 1 - closing] == ')')
        closing++;
    if (closing) {
        words.len -= closing;
        words.data[words.len] = '\0';
    }
    dy_kk_morph chain[8];
    int n = 0;
    size_t m = words.len
                   ? dy_nc_suffix_at(c, last + 1, dy_nc_last_word(dy_buf_str(&words)), chain, &n)
                   : 0;
    if (m) {
        dy_buf inflected = {0};
        dy_nc_put_inflected(&inflected, dy_buf_str(&words), chain, n);
        dy_buf_fini(&words);
        words = inflected;
        used += m;
    }
    for (; closing; closing--)
        dy_buf_putc(&words, ')');
    if (words.len)
        dy_nc_emit_words(c, dy_buf_str(&words), dy_nc_span_of(c, i, i + used - 1), name,
                         tok(c, i)->space_before);
    dy_buf_fini(&words);
    return used;
}
