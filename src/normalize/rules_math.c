/* Rules for formulas and coordinates (normalize stage, rule table in normalize.c): the signs of
 * an equation said as arithmetic ("112-82=30" -> жүз он екі алу сексен екі тең отыз), variables
 * by their school letter names, unit letters of physics problems ("U=8B" -> вольт), and
 * a spaced minus ("F= - 0,8", "түнде – 6 °C"), the signs after an instruction to compute ("Амалды
 * орында: 2мин 30сек - 56 сек"), a power of ten that lost its superscript ("5,31*10-26"),
 * "54° 53′N" as degrees, minutes and a hemisphere; and the test that reads a capitals compound
 * (НҰР-СҰЛТАН) as a word. kazakh-normalization.md sections 17.2 (symbols) and 20.1. Phone numbers
 * and codes are in rules_codes.c. */
#include "normalize/rules.h"

#include <stdlib.h>
#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"
#include "text/chars.h"

/* ---- formulas ---- */

/* The name of a Latin letter as a variable in a Kazakh school formula (the Russian school
 * names: эм, вэ, эф, икс), not the English one: a static string, NULL for a non-letter. */
const char *dy_nr_school_letter(int32_t cp)
{
    static const char *const NAMES[26] = {
        "а",  "бэ", "цэ", "дэ", "е",  "эф", "гэ", "аш", "и",  "жи",       "ка",  "эль",   "эм",
        "эн", "о",  "пэ", "кю", "эр", "эс", "тэ", "у",  "вэ", "дубль-вэ", "икс", "игрек", "зет"};
    if (cp >= 'A' && cp <= 'Z')
        return NAMES[cp - 'A'];
    if (cp >= 'a' && cp <= 'z')
        return NAMES[cp - 'a'];
    return NULL;
}

/* A unit letter of a physics problem, as typed: the Cyrillic А, В, Н, К (kelvin) and their Latin
 * look-alikes A, B, K (a school text types the volt В as a Latin B), Ом with a Latin O: the
 * unit's word (a static string), NULL if none. */
static const char *unit_letter(const nctx *c, size_t k)
{
    static const struct {
        const char *key, *word;
    } UNITS[] = {{"A", "ампер"},        {"\u0410", "ампер"},  {"B", "вольт"},
                 {"\u0412", "вольт"},   {"\u041d", "ньютон"}, {"O\u043c", "ом"},
                 {"OM", "ом"},          {"Om", "ом"},         {"\u041e\u043c", "ом"},
                 {"\u041a", "кельвин"}, {"K", "кельвин"},     {"H", "ньютон"}};
    if (!is_word(c, k))
        return NULL;
    for (size_t u = 0; u < COUNT(UNITS); u++)
        if (tok_is(c, k, UNITS[u].key))
            return UNITS[u].word;
    return NULL;
}

static bool is_latin_letter(int32_t cp) { return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'; }

/* The Kazakh name of a function written in a formula (sin -> синус, lg -> ондық логарифм), a
 * static string, or NULL. */
static const char *function_name(const nctx *c, size_t k)
{
    static const struct {
        const char *key, *word;
    } FUNCS[] = {{"sin", "синус"},    {"cos", "косинус"},         {"tg", "тангенс"},
                 {"tan", "тангенс"},  {"ctg", "котангенс"},       {"cot", "котангенс"},
                 {"log", "логарифм"}, {"ln", "натурал логарифм"}, {"lg", "ондық логарифм"},
                 {"lim", "шек"},      {"max", "максимум"},        {"min", "минимум"}};
    for (size_t f = 0; is_word(c, k) && f < COUNT(FUNCS); f++)
        if (tok_is(c, k, FUNCS[f].key))
            return FUNCS[f].word;
    return NULL;
}

/* A product of Latin variables written together ("mc" of E = mc², "UI", "ab"): a Latin word of
 * 2-3 letters that is no function name (sin, log) nor unit; only inside an equation. */
static bool is_product(const nctx *c, size_t k)
{
    if (!is_word(c, k) || tlen(c, k) < 2 || tlen(c, k) > 3 || function_name(c, k) ||
        dy_kk_unit_word(tstr(c, k), tlen(c, k)))
        return false;
    for (size_t p = 0; p < tlen(c, k); p++)
        if (!is_latin_letter((unsigned char)tstr(c, k)[p]))
            return false;
    return true;
}

/* A variable: a single letter (Latin or Cyrillic) standing alone as a word. */
static bool is_variable(const nctx *c, size_t k)
{
    return is_word(c, k) && letters(c, k) == 1 && dy_is_letter(first_cp(c, k));
}

/* The spoken word of the arithmetic sign at k (17.2), a static string, or NULL. */
const char *dy_nr_operator_word(const nctx *c, size_t k)
{
    if (!is_punct(c, k))
        return NULL;
    int32_t cp = first_cp(c, k);
    switch (cp) {
    case '+': return "қосу";
    case '-':
    case 0x2013:
    case 0x2212: return "алу";
    case '*':
    case 0x00B7:
    case 0x00D7:
    case 0x2022: /* a bullet typed for the dot of multiplication: "2•104 Па" */
    case 0x2219:
    case 0x22C5: return "көбейту";
    case ':':
    case '/':
    case 0x00F7:
    case 0x2215: return "бөлу";
    default: return NULL;
    }
}

/* "=" or a relation sign (< > ≤ ≥ ≠ ≈): what makes a run of terms an equation. */
bool dy_nr_is_relation(const nctx *c, size_t k)
{
    if (!is_punct(c, k))
        return false;
    int32_t cp = first_cp(c, k);
    return cp == '=' || cp == '<' || cp == '>' || cp == 0x2264 || cp == 0x2265 || cp == 0x2260 ||
           cp == 0x2248;
}

/* A short word with a Greek letter ("π", "Δt", "πr"): read by dy_nr_greek. */
static bool greek_term(const nctx *c, size_t k)
{
    if (!is_word(c, k) || letters(c, k) > 4)
        return false;
    for (size_t p = 0; p < tlen(c, k);)
        if (dy_kk_greek_letter_name(dy_utf8_next(tstr(c, k), tlen(c, k), &p)))
            return true;
    return false;
}

/* Can token k belong to a formula: a number, a variable, a Greek term, a short unit after a
 * number, an arithmetic sign, =, a bracket, ^ or a superscript, a decimal separator between
 * digits? */
bool dy_nr_formula_token(const nctx *c, size_t k)
{
    if (is_num(c, k))
        return true;
    if (is_punct(c, k)) {
        int32_t cp = first_cp(c, k);
        if (dy_nr_operator_word(c, k) || dy_nr_is_relation(c, k) || cp == '(' || cp == ')' ||
            cp == '^' || cp == 0x00B2 || cp == 0x00B3 ||
            ((cp == '%' || cp == 0x00B0) && k > 0 && is_num(c, k - 1)) ||
            (dy_char_subscript_digit(cp) >= 0 && glued(c, k))) /* "H₂O" */
            return true;
        if ((cp == '\'' || cp == 0x2032) && glued(c, k) && k > 0 && is_word(c, k - 1) &&
            letters(c, k - 1) <= 3)
            return true; /* a prime: "Mr'", "x′" */
        return (cp == ',' || cp == '.') && glued(c, k) && k > 0 && is_num(c, k - 1) &&
               is_num(c, k + 1) && glued(c, k + 1);
    }
    if (is_variable(c, k) || unit_letter(c, k) || is_product(c, k) || function_name(c, k) ||
        greek_term(c, k))
        return true;
    /* a Latin formula in a quantity's brackets: "Mr(NaCl)", "M(H₂SO₄)" */
    if (is_word(c, k) && is_latin_letter(first_cp(c, k)) && k > 0 && tok_is(c, k - 1, "(") &&
        glued(c, k))
        return true;
    /* a unit after a number or after a unit's slash: "3 кг", "м/с", "1 вольт/1 ампер" */
    return is_word(c, k) && k > 0 && (is_num(c, k - 1) || tok_is(c, k - 1, "/")) &&
           ((letters(c, k) <= 3 && dy_kk_unit_word(tstr(c, k), tlen(c, k)) != NULL) ||
            dy_kk_is_measure_word(tstr(c, k), tlen(c, k)));
}

/* A term of a polynomial typed without "=": a Latin lower-case variable or product ("x", "ax",
 * "ab"), perhaps after its coefficient ("2ab"). */
static bool letter_term(const nctx *c, size_t k)
{
    if (!(is_variable(c, k) || is_product(c, k)) || !is_latin_letter(first_cp(c, k)))
        return false;
    for (size_t p = 0; p < tlen(c, k); p++)
        if (tstr(c, k)[p] < 'a' || tstr(c, k)[p] > 'z')
            return false;
    return true;
}

/* Is the run of formula tokens from l to r a polynomial ("ax² + bx + c", "a² + 2ab + b²", "ax –
 * c"): two letter terms or more joined by + or a minus? */
static bool polynomial(const nctx *c, size_t l, size_t r)
{
    size_t terms = 0, signs = 0;
    for (size_t k = l; k <= r; k++) {
        terms += letter_term(c, k);
        const char *w = dy_nr_operator_word(c, k);
        /* a hyphen glued on both sides joins words ("ak-jol"), not terms ("8b-4a", "a-1") */
        bool hyphen = tok_is(c, k, "-") && glued(c, k) && glued(c, k + 1) && k > 0 &&
                      is_word(c, k - 1) && is_word(c, k + 1);
        signs += w && k > l && k < r && !hyphen && (!strcmp(w, "қосу") || !strcmp(w, "алу"));
    }
    return terms >= 2 && signs >= 1;
}

/* The run of formula tokens around token i, from *l to *r. */
static void formula_run(const nctx *c, size_t i, size_t *l, size_t *r)
{
    *l = *r = i;
    while (*l > 0 && dy_nr_formula_token(c, *l - 1))
        (*l)--;
    while (*r + 1 < c->n && dy_nr_formula_token(c, *r + 1))
        (*r)++;
}

/* Is the run of formula tokens from l to r an equation: a relation sign in it, or a polynomial? */
static bool run_is_equation(const nctx *c, size_t l, size_t r)
{
    for (size_t k = l; k <= r; k++)
        if (dy_nr_is_relation(c, k))
            return true;
    return polynomial(c, l, r);
}

/* Is token i inside an equation: a run of formula tokens around it that holds an "=", or a
 * polynomial? The last run measured is kept: the rules ask for every token of a run. */
static bool in_equation(const nctx *c, size_t i)
{
    dy_nc_cache *m = c->cache;
    if (m->run_eq >= 0 && i >= m->run_l && i <= m->run_r)
        return m->run_eq;
    size_t l, r;
    formula_run(c, i, &l, &r);
    m->run_l = l;
    m->run_r = r;
    m->run_eq = run_is_equation(c, l, r);
    return m->run_eq;
}

/* Does the sentence hold an equation: "=" or a relation between two terms of a formula, the
 * unknown to find, or a polynomial? Found once a sentence. */
static bool has_equation(const nctx *c)
{
    if (c->cache->equation >= 0)
        return c->cache->equation;
    bool found = false;
    for (size_t k = 1; k + 1 < c->n && !found; k++)
        found = (is_dash(c, k) && tok_is(c, k + 1, "?") && is_variable(c, k - 1)) ||
                /* "Табу керек: P - ?": the unknown to find */
                (dy_nr_is_relation(c, k) && dy_nr_formula_token(c, k - 1) &&
                 (dy_nr_formula_token(c, k + 1) || tok_is(c, k + 1, "?")) && /* "J=?" */
                 !dy_nr_is_relation(c, k - 1));
    for (size_t k = 0; k < c->n && !found;) { /* a polynomial: "ax² + bx + c" */
        if (!dy_nr_formula_token(c, k)) {
            k++;
            continue;
        }
        size_t r = k;
        while (r + 1 < c->n && dy_nr_formula_token(c, r + 1))
            r++;
        found = polynomial(c, k, r);
        k = r + 1;
    }
    c->cache->equation = found;
    return found;
}

bool dy_nr_flat_power_of_ten(const nctx *c, size_t k)
{
    return is_num(c, k) && tlen(c, k) >= 3 && tlen(c, k) <= 4 && !strncmp(tstr(c, k), "10", 2) &&
           tstr(c, k)[2] != '0' && is_word(c, k + 1) && spaced(c, k + 1) &&
           dy_kk_unit_word(tstr(c, k + 1), tlen(c, k + 1));
}

/* A power of ten whose superscript the page lost, as the last member of an equality whose member
 * before it has that value: "1гПа =100Па=102Па" (10²), "1МПа =1 000 000 Па=106Па" (10⁶). The
 * value decides, so "5 = 105" of arithmetic stays a hundred and five. */
static bool equal_power_of_ten(const nctx *c, size_t i)
{
    if (!is_num(c, i) || tlen(c, i) < 3 || tlen(c, i) > 4 || strncmp(tstr(c, i), "10", 2) != 0 ||
        tstr(c, i)[2] == '0' || i < 2 || !tok_is(c, i - 1, "="))
        return false;
    size_t j = i - 2;
    if (is_word(c, j) && j > 0 && dy_kk_unit_word(tstr(c, j), tlen(c, j)))
        j--; /* the unit of the member before: "100Па=" */
    if (!is_num(c, j))
        return false;
    char digits[32];
    size_t n = 0, end = j; /* the member's digits, its groups of three included ("1 000 000") */
    while (j > 0 && is_num(c, j - 1) && tlen(c, j) == 3 && spaced(c, j))
        j--;
    for (size_t k = j; k <= end; k++) {
        if (n + tlen(c, k) >= sizeof digits)
            return false;
        memcpy(digits + n, tstr(c, k), tlen(c, k));
        n += tlen(c, k);
    }
    digits[n] = '\0';
    unsigned long exp = strtoul(tstr(c, i) + 2, NULL, 10); /* the exponent's digits */
    if (exp < 1 || exp > 18 || n != exp + 1 || digits[0] != '1')
        return false;
    for (size_t k = 1; k < n; k++)
        if (digits[k] != '0')
            return false;
    return true;
}

/* A power of ten whose superscript the page lost ("5,31*10-26кг" for 5,31·10⁻²⁶ кг): "10" after a
 * multiplication sign glued to a number, then a glued minus and one or two digits; the mantissa
 * has a decimal part or a unit follows, so "2*10-5" of school arithmetic stays a subtraction. */
static bool lost_power_of_ten(const nctx *c, size_t i)
{
    if (!tok_is(c, i, "10") || i < 2 || !glued(c, i) || !is_num(c, i - 2) || !glued(c, i - 1) ||
        !(tok_is(c, i + 1, "-") || tok_is(c, i + 1, "\u2212")) || !glued(c, i + 1) ||
        !is_num(c, i + 2) || !glued(c, i + 2) || tlen(c, i + 2) > 2 ||
        (tok_is(c, i + 3, ",") && glued(c, i + 3) && is_num(c, i + 4)))
        return false;
    int32_t cp = first_cp(c, i - 1);
    if (!is_punct(c, i - 1) || !(cp == '*' || cp == 0x00B7 || cp == 0x00D7 || cp == 0x22C5 ||
                                 cp == 0x2022 || cp == 0x2219)) /* also "•", "∙" */
        return false;
    bool mantissa = i >= 4 && tok_is(c, i - 3, ",") && glued(c, i - 3) && glued(c, i - 2);
    return mantissa || (is_word(c, i + 3) && dy_kk_unit_word(tstr(c, i + 3), tlen(c, i + 3)));
}

/* A power of ten typed flat with a space before its exponent, its superscript lost: "1,672 . 10
 * -27 кг", "9,1 10 -25 кг", "1,37 10 9 м" (1,672·10⁻²⁷ кг). A decimal mantissa stands before
 * "10", with a space or a spaced multiplication sign between them (a period typed for the dot,
 * which the splitter keeps: text/periods.c); the exponent, one or two digits after a space, has
 * its minus glued to it, or else a unit follows it. So "10 -15 градус" of a range and "2 10 3"
 * stay numbers. Returns the exponent's token, or 0; *sign tells whether a sign stood before 10. */
static size_t spaced_power_of_ten(const nctx *c, size_t i, bool *sign)
{
    if (!tok_is(c, i, "10") || i < 3 || !spaced(c, i) || !spaced(c, i + 1))
        return 0;
    size_t m = i - 1;
    *sign = is_punct(c, m);
    if (*sign) {
        int32_t cp = first_cp(c, m);
        if (!spaced(c, m) || !(cp == '.' || cp == '*' || cp == 0x00B7 || cp == 0x00D7 ||
                               cp == 0x22C5 || cp == 0x2022 || cp == 0x2219))
            return 0;
        m--;
    }
    if (m < 2 || !is_num(c, m) || !glued(c, m) ||
        !(tok_is(c, m - 1, ",") || tok_is(c, m - 1, ".")) || !glued(c, m - 1) || !is_num(c, m - 2))
        return 0;
    size_t e = i + 1;
    bool minus = tok_is(c, e, "-") || tok_is(c, e, "\u2212") || tok_is(c, e, "\u2013");
    if (minus && !glued(c, e + 1))
        return 0;
    e += minus;
    if (!is_num(c, e) || tlen(c, e) > 2 ||
        (e + 2 < c->n && glued(c, e + 1) && is_punct(c, e + 1) && is_num(c, e + 2) &&
         glued(c, e + 2)))
        return 0; /* not "10 -2,5" */
    bool unit = is_word(c, e + 1) && dy_kk_unit_word(tstr(c, e + 1), tlen(c, e + 1));
    bool end = e + 1 >= c->n || (is_punct(c, e + 1) && !tok_is(c, e + 1, "-"));
    return (minus && (unit || end)) || (!minus && unit && spaced(c, e + 1)) ? e : 0;
}

/* A power of ten with no mantissa whose superscript the page lost, before a unit: "10-6 с",
 * "10-3 кг" (10⁻⁶ с). The exponent is one digit, below ten, so the hyphen cannot be a range's
 * ("10-15 см" runs upward); the "10" stands alone, not after a sign or a number. */
static bool bare_power_of_ten(const nctx *c, size_t i)
{
    return tok_is(c, i, "10") && (i == 0 || spaced(c, i) || tok_is(c, i - 1, "(")) &&
           !(i > 0 && (is_num(c, i - 1) || tok_is(c, i - 1, "-") || tok_is(c, i - 1, "*"))) &&
           tok_is(c, i + 1, "-") && glued(c, i + 1) && is_num(c, i + 2) && glued(c, i + 2) &&
           tlen(c, i + 2) == 1 && !tok_is(c, i + 2, "0") && is_word(c, i + 3) && spaced(c, i + 3) &&
           dy_kk_unit_word(tstr(c, i + 3), tlen(c, i + 3)) &&
           !dy_kk_unit_word(tstr(c, i + 3), tlen(c, i + 3))->minor;
}

/* Is the sign at k after an instruction to compute that ends in a colon ("Амалды орында: 2мин
 * 30сек - 56 сек", "Есептеңдер: 45 : 5", "Өрнектің мәнін тап:")? Then the signs between
 * quantities are arithmetic as in an equation (17.2), not a dash or a range. */
bool dy_nr_in_exercise(const nctx *c, size_t k)
{
    static const char *const CUES[] = {
        "амалды",   "амалдарды",  "есепте",    "есептеңдер", "есептеңіз", "есептеңіздер",
        "орында",   "орындаңдар", "орындаңыз", "мәнін",      "мәндерін",  "шеш",
        "шешіңдер", "шешіңіз",    "шығар",     "шығарыңдар", "шығарыңыз"};
    if (!c->cache->exercise_known) { /* the first colon after a cue, found once */
        c->cache->exercise_known = true;
        c->cache->exercise_colon = SIZE_MAX;
        for (size_t j = 1; j < c->n && c->cache->exercise_colon == SIZE_MAX; j++)
            if (tok_is(c, j, ":"))
                for (size_t w = j; w-- > 0 && w + 4 > j;)
                    if (dy_nc_word_in(c, w, CUES, COUNT(CUES)))
                        c->cache->exercise_colon = j;
    }
    return c->cache->exercise_colon < k;
}

/* A binary arithmetic sign at k inside an equation: an operand before it, one after it, and not
 * the minus of a negative number ("= -5") nor the slash of a plain fraction "(1/2)". */
static const char *binary_operator(const nctx *c, size_t k)
{
    const char *w = dy_nr_operator_word(c, k);
    if (!w || k == 0 || k + 1 >= c->n)
        return NULL;
    /* a quantity divided by another in an equation line: "300000 адам : 103000 км² = 3 адам" */
    if (tok_is(c, k, ":") && spaced(c, k) && spaced(c, k + 1) && is_num(c, k + 1) && k >= 2 &&
        is_word(c, k - 1) && is_num(c, k - 2) && has_equation(c))
        return w;
    bool left = is_num(c, k - 1) || is_variable(c, k - 1) || tok_is(c, k - 1, ")") ||
                tok_is(c, k - 1, "\u00b2") || tok_is(c, k - 1, "\u00b3") ||
                (is_word(c, k - 1) && dy_nr_formula_token(c, k - 1));
    bool right = is_num(c, k + 1) || is_variable(c, k + 1) || tok_is(c, k + 1, "(") ||
                 (is_word(c, k + 1) && dy_nr_formula_token(c, k + 1)); /* "m / Mr", "v * Vm" */
    /* a factor in brackets after a formula: "Ꞷ=n*Ar/Mr (*100)" -> (көбейту жүз) */
    int32_t op = first_cp(c, k);
    if (!left && right && tok_is(c, k - 1, "(") && is_num(c, k + 1) &&
        (op == '*' || op == 0x00D7 || op == 0x00B7) && has_equation(c))
        return w;
    if (!left || !right)
        return NULL;
    if (op == '/' && tok_is(c, k - 1, ")") && tok_is(c, k + 1, "("))
        return w; /* one bracketed group over another: "(2+3)/(4+1)" */
    if (first_cp(c, k) == ':' && glued(c, k) && spaced(c, k + 1) &&
        !(is_num(c, k - 1) && k >= 2 && (tok_is(c, k - 2, ":") || dy_nr_is_relation(c, k - 2))))
        return NULL; /* the colon after a label: "Т/к: U=?"; not "шеш: 450: х=9" */
    bool decimal_den = (tok_is(c, k + 2, ".") || tok_is(c, k + 2, ",")) && glued(c, k + 2) &&
                       is_num(c, k + 3) && glued(c, k + 3); /* "2000/0.23": a division */
    if (first_cp(c, k) == '/' && is_num(c, k - 1) && is_num(c, k + 1) && glued(c, k) &&
        glued(c, k + 1) && !(k >= 2 && tok_is(c, k - 2, ",") && glued(c, k - 1)) && !decimal_den)
        return NULL; /* 1/2: a fraction (13.2) */
    int32_t cp = first_cp(c, k);
    if ((cp == 0x00D7 || cp == 0x00B7 || cp == 0x22C5 || cp == 0x2022 || cp == 0x2219 ||
         (cp == '*' && (lost_power_of_ten(c, k + 1) || glued(c, k) == glued(c, k + 1)))) &&
        is_num(c, k - 1) && is_num(c, k + 1) &&
        !(cp == '*' && k >= 2 && glued(c, k - 1) && is_word(c, k - 2)))
        /* not the dot of a crystal hydrate typed as a star: "CuSO4 * 5H2O" */
        return w; /* 2·3, 2×3: multiplication also outside an equation (17.2) */
    return in_equation(c, k) || dy_nr_in_exercise(c, k) ? w : NULL;
}

/* Is the number at k a temperature: a degree sign or градус after it ("2°C", "6 °C", "5 градус")?
 */
bool dy_nr_temperature_at(const nctx *c, size_t k)
{
    number num;
    if (!dy_nc_number_at(c, k, &num))
        return false;
    size_t j = num.last + 1;
    dy_nc_number_fini(&num);
    if (is_punct(c, j))
        return first_cp(c, j) == 0x00B0 || first_cp(c, j) == 0x00BA || first_cp(c, j) == 0x2103;
    return is_word(c, j) && dy_nc_word_starts(c, j, "градус");
}

/* Does the sentence speak of cold (түнде, түнгі, аяз, суық, төмендейді, салқын, үсік) or write a
 * temperature with its plus sign ("+ 13 °C")? Then its temperatures carry their signs. */
static bool signed_temperatures(const nctx *c)
{
    if (dy_nc_sentence_has_stem(c, "түн аяз суық суыт төменде салқын үсік"))
        return true;
    if (c->cache->plus_degrees < 0) { /* found once for the sentence */
        c->cache->plus_degrees = 0;
        for (size_t k = 0; k + 1 < c->n && !c->cache->plus_degrees; k++)
            c->cache->plus_degrees = tok_is(c, k, "+") && dy_nr_temperature_at(c, k + 1);
    }
    return c->cache->plus_degrees;
}

/* Sections 5 and 14.1 with a space after the sign: a hyphen, en dash or minus sign spaced on both
 * sides before a number is the minus (not a dash) right after "=" or "(" ("F= - 0,8cos2t", also
 * before a variable: "y = - x"), after
 * ":" before a temperature, or after a word before a temperature in a sentence of cold or of
 * signed temperatures ("түнде кей аудандарда – 6 °C болады"). "Ауа температурасы – 25 градус"
 * with no such cue keeps its dash (a copula). */
static bool spaced_minus(const nctx *c, size_t i)
{
    bool after_eq = i > 0 && (tok_is(c, i - 1, "=") || tok_is(c, i - 1, "("));
    if (!(tok_is(c, i, "-") || tok_is(c, i, "\u2013") || tok_is(c, i, "\u2212")) || i == 0 ||
        !(spaced(c, i) || after_eq) || !(is_num(c, i + 1) || is_variable(c, i + 1)) ||
        !spaced(c, i + 1))
        return false;
    if (after_eq)
        return true; /* "y = - x + 2" too, and "a=- 2" with the sign glued to "=" */
    if (!is_num(c, i + 1))
        return false;
    if (!dy_nr_temperature_at(c, i + 1))
        return false;
    return tok_is(c, i - 1, ":") || (is_word(c, i - 1) && signed_temperatures(c));
}

/* "^2", "^3", "^n" after an operand: квадрат, куб, n-інші дәрежесі. Returns tokens used. */
static size_t power_at(nctx *c, size_t i, const char *name)
{
    int32_t cp = first_cp(c, i);
    if (cp == 0x00B2 || cp == 0x00B3) {
        dy_nc_emit(c, cp == 0x00B2 ? "квадрат" : "куб", tok(c, i)->src, name, true);
        return 1;
    }
    if (!is_num(c, i + 1) || !glued(c, i + 1) || tlen(c, i + 1) > 2)
        return 0;
    dy_buf b = {0};
    if (tok_is(c, i + 1, "2") || tok_is(c, i + 1, "3")) {
        dy_buf_puts(&b, tok_is(c, i + 1, "2") ? "квадрат" : "куб");
    } else {
        dy_nc_say_number(c, i + 1, ORD, 1, &b);
        dy_buf_puts(&b, " дәрежесі");
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 1), name, true);
    dy_buf_fini(&b);
    return 2;
}

/* A number + unit ratio with a squared second "2 м/с^2", "9,8 м/с²": секунд квадратына екі метр
 * (16: the denominator first). Returns the tokens used from the number's last token + 1. */
static size_t squared_ratio(nctx *c, const number *num, const char *name)
{
    size_t k = num->last + 1;
    if (!is_word(c, k) || !(tok_is(c, k + 1, "/") || tok_is(c, k + 1, "\\")) || !glued(c, k + 1) ||
        !glued(c, k + 2) || !(tok_is(c, k + 2, "с") || tok_is(c, k + 2, "сек")))
        return 0; /* the backslash typed for the slash: "15 м\с2" */
    const dy_kk_unit *u = dy_kk_unit_word(tstr(c, k), tlen(c, k));
    if (!u || u->minor)
        return 0;
    size_t end;
    if (tok_is(c, k + 3, "\u00b2") && glued(c, k + 3))
        end = k + 3;
    else if (tok_is(c, k + 3, "^") && glued(c, k + 3) && tok_is(c, k + 4, "2") && glued(c, k + 4))
        end = k + 4;
    else if (tok_is(c, k + 3, "2") && glued(c, k + 3) &&
             !(k + 4 < c->n && glued(c, k + 4) && !is_punct(c, k + 4)))
        end = k + 3; /* the square typed flat: "9,8 м/с2" */
    else if (tok_is(c, k + 3, "2") && spaced(c, k + 3) &&
             (dy_nc_word_starts(c, k + 4, "үде") || k + 4 >= c->n || tok_is(c, k + 4, ";") ||
              tok_is(c, k + 4, ")") || (tok_is(c, k + 4, ".") && k + 5 >= c->n)))
        end = k + 3; /* the square lost its place: "0,8 м/с 2 үдеу", "g= 10 м/с 2 ;" */
    else
        return 0;
    dy_buf b = {0};
    dy_buf_puts(&b, "секунд квадратына ");
    dy_nc_number_say(c, num, NULL, 0, &b);
    dy_buf_putc(&b, ' ');
    dy_buf_puts(&b, u->word);
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, num->first, end), name,
                     tok(c, num->first)->space_before);
    dy_buf_fini(&b);
    return end + 1 - num->first;
}

/* Section 17.2 in an equation ("112-82=30кг", "I=U/R", "Е = (1/2) * m * v^2"): - алу, + қосу,
 * × · * көбейту, : / ÷ бөлу, ^2 ² квадрат; a number before a sign is a plain cardinal (not a
 * range, a time or a date); a unit letter after a number ("U=8B", "J=4,4A", "F 6Н күш") is the
 * unit; a single Latin letter in a sentence with an equation, or "(m)" after a word, is a
 * variable read by its school name (эм, вэ). Outside an equation the signs keep their other
 * readings (ranges, fractions, times, немесе). */
/* The unknown quantity of a proportion glued to its unit ("4г xг", "22,4 л хл", "12г 17г Хг"):
 * икс and the unit, where another number of the sentence has a unit; as a word it was spelled
 * (ха гэ). Returns the tokens used. */
static size_t unknown_with_unit(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || tlen(c, i) < 2)
        return 0;
    size_t p = 0;
    int32_t x = dy_utf8_next(tstr(c, i), tlen(c, i), &p);
    if (!(x == 0x0445 || x == 0x0425 || x == 'x' || x == 'X') || tlen(c, i) - p > 4 ||
        dy_is_upper(dy_utf8_next(tstr(c, i) + p, tlen(c, i) - p, &(size_t){0})))
        return 0;
    const dy_kk_unit *u = dy_kk_unit_word(tstr(c, i) + p, tlen(c, i) - p);
    if (!u || u->minor)
        return 0;
    bool measured = false;
    for (size_t k = 1; k < c->n && !measured; k++)
        measured = k != i && is_num(c, k - 1) && is_word(c, k) &&
                   dy_kk_unit_word(tstr(c, k), tlen(c, k)) == u;
    if (!measured)
        return 0;
    dy_buf b = {0};
    dy_buf_puts(&b, "икс ");
    dy_buf_puts(&b, u->word);
    dy_nc_emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return 1;
}

/* A power typed flat, its superscript lost: the 2 or 3 glued after a one-letter variable
 * ("x2-10x+25=0", "2x2+9x-11=0", "a2b+ab2", "5 х2 - 3х = 0"), before a sign, another variable
 * or the formula's end, when the same letter stands bare as a term in the sentence ("10x"; not a
 * unit after a number, "90,7 с", "90,7с3", nor a label, "а)") and no index 1 or 0 of it does ("m1 =
 * m2", "x1+x2=5" number things; "х2=3" has no bare х) unless a sign of a sum follows it. Said
 * квадрат, куб. */
static bool flat_power(const nctx *c, size_t i)
{
    if (!(tok_is(c, i, "2") || tok_is(c, i, "3")) || i == 0 || !glued(c, i) ||
        !is_variable(c, i - 1) ||
        (i >= 2 && is_num(c, i - 2) && dy_kk_unit_word(tstr(c, i - 1), tlen(c, i - 1))) ||
        !in_equation(c, i))
        return false;
    if (i + 1 < c->n && glued(c, i + 1) &&
        !(is_punct(c, i + 1) && strchr("+-=<>);,.", tstr(c, i + 1)[0]) != NULL) &&
        !tok_is(c, i + 1, "\u2212") && !tok_is(c, i + 1, "\u2013") && !is_variable(c, i + 1))
        return false;
    /* the letter with its look-alike folded: "x1 = 40; х2 = 30" mixes a Latin and a Cyrillic x */
    int32_t letter = dy_char_fold_homoglyph(first_cp(c, i - 1));
    /* before a sign of a sum it is a power even beside a root's index: "х2 – 10х + 24 = 0, х1 = 6"
     * (but "х2 = 4" is the second root) */
    size_t n = i + 1;
    bool sum = n < c->n && (tok_is(c, n, "+") || tok_is(c, n, "-") || tok_is(c, n, "\u2212") ||
                            tok_is(c, n, "\u2013"));
    dy_nc_cache *m = c->cache; /* what the sentence holds of the letter, found once for it */
    int slot = 0;
    while (slot < m->power_letters && m->power_letter[slot] != letter)
        slot++;
    if (slot == m->power_letters) {
        bool bare = false, index1 = false;
        for (size_t k = 0; k < c->n; k++) {
            if (!is_variable(c, k) || dy_char_fold_homoglyph(first_cp(c, k)) != letter)
                continue;
            bool index = k + 1 < c->n && glued(c, k + 1) && is_num(c, k + 1);
            index1 |= tok_is(c, k + 1, "1") || tok_is(c, k + 1, "0"); /* also "m 1 = m2" */
            bool unit = k > 0 && is_num(c, k - 1) && spaced(c, k);
            bool label =
                k + 1 < c->n && glued(c, k + 1) && (tok_is(c, k + 1, ")") || tok_is(c, k + 1, "."));
            bare |=
                !index && !unit && !label &&
                !(k + 1 < c->n && glued(c, k + 1) && is_word(c, k + 1) && !is_variable(c, k + 1));
        }
        if (slot == 8)
            return bare && (!index1 || sum); /* more letters than the cache holds */
        m->power_letter[slot] = letter;
        m->power_bare[slot] = bare;
        m->power_index[slot] = index1;
        m->power_letters++;
    }
    return m->power_bare[slot] && (!m->power_index[slot] || sum);
}

/* Emits a power of ten whose superscript the page lost for tokens [i, last]: "[көбейту] онның
 * [минус] <ordinal> дәрежесі [unit]", the ordinal of the exponent in *ord (freed here). Returns
 * the tokens used. */
static size_t ten_power(nctx *c, size_t i, size_t last, bool times, bool minus, dy_buf *ord,
                        const dy_kk_unit *u, const char *name)
{
    dy_buf b = {0};
    dy_buf_puts(&b, times ? "көбейту онның " : "онның ");
    if (minus)
        dy_buf_puts(&b, "минус ");
    dy_buf_puts(&b, dy_buf_str(ord));
    dy_buf_puts(&b, " дәрежесі");
    if (u) {
        dy_buf_putc(&b, ' ');
        dy_buf_puts(&b, u->word);
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, last), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    dy_buf_fini(ord);
    return last + 1 - i;
}

size_t dy_nr_formula(nctx *c, size_t i, const char *name)
{
    size_t unknown = unknown_with_unit(c, i, name);
    if (unknown)
        return unknown;
    if (is_punct(c, i)) {
        int32_t cp = first_cp(c, i);
        if (cp == '=' && tok_is(c, i + 1, ">") && glued(c, i + 1) && i > 0 && i + 2 < c->n &&
            !tok_is(c, i + 2, ">")) { /* "х>2 => х²>4": the arrow ⇒ typed with two signs, онда
                                         as TeX's \Rightarrow (symbols.tsv) */
            dy_nc_emit(c, "онда", dy_nc_span_of(c, i, i + 1), name, true);
            return 2;
        }
        if ((cp == '^' || cp == 0x00B2 || cp == 0x00B3) && i > 0 && !spaced(c, i) &&
            (is_variable(c, i - 1) || tok_is(c, i - 1, ")") ||
             (is_product(c, i - 1) && in_equation(c, i)) ||
             (is_num(c, i - 1) && in_equation(c, i))))
            return power_at(c, i, name);
        bool sign;
        const char *w = spaced_minus(c, i) ? "минус"
                        : cp == '.' && spaced_power_of_ten(c, i + 1, &sign) && sign
                            ? "көбейту"
                            : binary_operator(c, i);
        if (!w)
            return 0;
        dy_nc_emit(c, w, tok(c, i)->src, name, true);
        return 1;
    }
    if (function_name(c, i) && !(i + 1 < c->n && glued(c, i + 1) && is_word(c, i + 1)) &&
        (in_equation(c, i) || (is_num(c, i + 1) && glued(c, i + 1)) ||
         (is_word(c, i + 1) && letters(c, i + 1) == 1 &&
          dy_kk_greek_letter_name(first_cp(c, i + 1))))) { /* also "3 + tg30", "tg α есепте" */
        dy_nc_emit_words(c, function_name(c, i), tok(c, i)->src, name, tok(c, i)->space_before);
        return 1;
    }
    bool bracket = tok_is(c, i + 1, "(") && glued(c, i + 1); /* "4Ar(O)": a coefficient */
    if (is_product(c, i) &&
        !(i > 0 && glued(c, i) &&
          ((is_num(c, i - 1) && !bracket && !letter_term(c, i)) || is_word(c, i - 1))) &&
        !(i + 1 < c->n && glued(c, i + 1) &&
          ((is_num(c, i + 1) && !(letter_term(c, i) && tlen(c, i + 1) == 1)) ||
           is_word(c, i + 1))) &&
        in_equation(c, i)) {
        /* E = mc²: е тең эм цэ квадрат; "ax2+bx+c=0" (the power typed flat): а икс, then екі */
        dy_buf b = {0};
        for (size_t p = 0; p < tlen(c, i); p++) {
            if (p)
                dy_buf_putc(&b, ' ');
            dy_buf_puts(&b, dy_nr_school_letter((unsigned char)tstr(c, i)[p]));
        }
        dy_nc_emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 1;
    }
    if (is_word(c, i)) {
        int32_t cp = first_cp(c, i);
        /* after its coefficient only a small letter that is no unit, in a formula: "8b-4a",
         * "2a+b" (not "5m", "U=8B") */
        if (letters(c, i) != 1 || !is_latin_letter(cp) || dy_nr_is_letter_label(c, i) ||
            (i > 0 && is_num(c, i - 1) && glued(c, i) &&
             (unit_letter(c, i) || !letter_term(c, i) || !in_equation(c, i))) ||
            (i + 1 < c->n && glued(c, i + 1) &&
             dy_char_subscript_digit(first_cp(c, i + 1)) >= 0) || /* "x₁": the index rule's */
            (i + 1 < c->n && (is_num(c, i + 1) || is_word(c, i + 1)) && glued(c, i + 1)))
            return 0;
        bool label = tok_is(c, i - 1, "(") && tok_is(c, i + 1, ")") && i >= 2 &&
                     is_word(c, i - 2) && dy_is_cyrillic(first_cp(c, i - 2));
        /* "F 6Н күш": the letter of the quantity whose value follows */
        bool quantity = is_num(c, i + 1) && spaced(c, i + 1) && is_word(c, i + 2) &&
                        glued(c, i + 2) && unit_letter(c, i + 2);
        if (!label && !quantity && !has_equation(c))
            return 0;
        dy_nc_emit(c, dy_nr_school_letter(cp), tok(c, i)->src, name, tok(c, i)->space_before);
        return 1;
    }
    if (!is_num(c, i) || (i > 0 && is_num(c, i - 1) && glued(c, i)))
        return 0;
    if (flat_power(c, i)) {
        dy_nc_emit(c, tok_is(c, i, "2") ? "квадрат" : "куб", tok(c, i)->src, name, true);
        return 1;
    }
    if (tok_is(c, i + 1, "^") && glued(c, i + 1) &&
        (tok_is(c, i + 2, "-") || tok_is(c, i + 2, "\u2212") || tok_is(c, i + 2, "(")))
        return dy_nr_power(c, i, name); /* "10^-19", "10^(-31)": a negative power */
    /* a power of ten whose superscript was lost before a unit: "2•104 Па" (2·10⁴ Па), a mantissa
     * times 10 and the exponent's one or two digits */
    int32_t times = i >= 2 && is_punct(c, i - 1) ? first_cp(c, i - 1) : 0;
    bool equal = equal_power_of_ten(c, i);
    if (((times == 0x2022 || times == 0x2219 || times == 0x00B7 || times == 0x00D7 ||
          times == 0x22C5 || times == '*') &&
         is_num(c, i - 2) && dy_nr_flat_power_of_ten(c, i)) ||
        equal) {
        dy_buf ord = {0};
        dy_kk_ordinal(&ord, tstr(c, i) + 2, tlen(c, i) - 2);
        const dy_kk_unit *u = equal && is_word(c, i + 1) && glued(c, i + 1)
                                  ? dy_kk_unit_word(tstr(c, i + 1), tlen(c, i + 1))
                                  : NULL; /* its unit glued to it: "102Па" */
        if (u && u->minor)
            u = NULL;
        return ten_power(c, i, u ? i + 1 : i, false, false, &ord, u, name);
    }
    bool sign;
    size_t exponent = spaced_power_of_ten(c, i, &sign);
    if (exponent) { /* "1,672 . 10 -27 кг": көбейту онның минус жиырма жетінші дәрежесі килограмм */
        dy_buf ord = {0};
        dy_nc_say_number(c, exponent, ORD, 1, &ord);
        const dy_kk_unit *u = is_word(c, exponent + 1) && spaced(c, exponent + 1)
                                  ? dy_kk_unit_word(tstr(c, exponent + 1), tlen(c, exponent + 1))
                                  : NULL;
        if (u && (u->minor || (tok_is(c, exponent + 2, "/") && glued(c, exponent + 2))))
            u = NULL; /* a rate ("кг м/с", "м/с") is left to its rule */
        return ten_power(c, i, u ? exponent + 1 : exponent, !sign, exponent > i + 1, &ord, u, name);
    }
    if (lost_power_of_ten(c, i) || bare_power_of_ten(c, i)) { /* онның минус алтыншы дәрежесі */
        dy_buf ord = {0};
        dy_nc_say_number(c, i + 2, ORD, 1, &ord);
        return ten_power(c, i, i + 2, false, true, &ord, NULL, name);
    }
    number num;
    if (!dy_nc_number_at(c, i, &num))
        return 0;
    size_t used = squared_ratio(c, &num, name);
    size_t k = num.last + 1;
    const char *unit = dy_nr_is_letter_label(c, k) ? NULL : unit_letter(c, k); /* "t<1 В) t>1" */
    /* a unit letter that opens a rate ("g = 10 Н/кг") is left to the measure rule */
    bool rate = tok_is(c, k + 1, "/") && glued(c, k + 1) && is_word(c, k + 2) && glued(c, k + 2) &&
                dy_kk_unit_word(tstr(c, k + 2), tlen(c, k + 2));
    if (!used && unit && !rate &&
        !(k + 1 < c->n && glued(c, k + 1) && (is_num(c, k + 1) || is_word(c, k + 1)))) {
        /* "8B", "4,4A", "6Н": a unit letter when the number is in an equation, or after a
         * variable ("F 6Н күш") */
        bool var_before = i > 0 && is_variable(c, i - 1) && is_latin_letter(first_cp(c, i - 1));
        if ((glued(c, k) || in_equation(c, k)) && (in_equation(c, k) || var_before)) {
            dy_buf b = {0};
            dy_nc_number_say(c, &num, NULL, 0, &b);
            dy_buf_putc(&b, ' ');
            dy_buf_puts(&b, unit);
            dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, k), name, tok(c, i)->space_before);
            dy_buf_fini(&b);
            used = k + 1 - i;
        }
    }
    if (!used && (binary_operator(c, k) || ((tok_is(c, k, "^") || tok_is(c, k, "\u00b2")) &&
                                            glued(c, k) && in_equation(c, k)))) {
        dy_buf b = {0};
        dy_nc_number_say(c, &num, NULL, 0, &b);
        dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, num.last), name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        used = num.last + 1 - i;
    }
    dy_nc_number_fini(&num);
    return used;
}

/* ---- coordinates ---- */

static bool is_degree(const nctx *c, size_t k)
{
    return is_punct(c, k) && (first_cp(c, k) == 0x00B0 || first_cp(c, k) == 0x00BA);
}

/* A minute mark (′ ' ’, or a backtick or an acute accent typed for it: "109°28`") or, with
 * seconds, a second mark (″ "). */
static bool is_prime(const nctx *c, size_t k, bool seconds)
{
    if (!is_punct(c, k) && !is_word(c, k))
        return false;
    int32_t cp = first_cp(c, k);
    if (seconds)
        return cp == 0x2033 || cp == '"';
    return cp == 0x2032 || cp == '\'' || cp == 0x2019 || cp == '`' || cp == 0x00B4;
}

/* The hemisphere after a coordinate: a Latin letter N, S, E, W (a word of its own or glued to the
 * mark) or an abbreviation с.е., о.е., ш.б., б.б. (Russian с.ш., ю.ш., в.д., з.д.); *used gets
 * its tokens. The words are a static string; NULL if none. */
static const char *hemisphere(const nctx *c, size_t k, size_t *used)
{
    static const struct {
        const char *a, *b, *word;
    } ABBR[] = {{"с", "е", "солтүстік ендік"}, {"о", "е", "оңтүстік ендік"},
                {"ш", "б", "шығыс бойлық"},    {"б", "б", "батыс бойлық"},
                {"с", "ш", "солтүстік ендік"}, {"ю", "ш", "оңтүстік ендік"},
                {"в", "д", "шығыс бойлық"},    {"з", "д", "батыс бойлық"}};
    *used = 1;
    if (!is_word(c, k) || letters(c, k) != 1)
        return NULL;
    if (tok_is(c, k + 1, ".") && glued(c, k + 1) && is_word(c, k + 2) && tok_is(c, k + 3, ".") &&
        glued(c, k + 3))
        for (size_t j = 0; j < COUNT(ABBR); j++)
            if (tok_is(c, k, ABBR[j].a) && tok_is(c, k + 2, ABBR[j].b)) {
                *used = 4;
                return ABBR[j].word;
            }
    /* not a letter with a suffix ("-5°S-tan": °С in Latin letters) */
    if (k + 1 < c->n && (is_word(c, k + 1) || tok_is(c, k + 1, "-")) && glued(c, k + 1))
        return NULL;
    switch (tstr(c, k)[0]) {
    case 'N': return "солтүстік ендік";
    case 'S': return "оңтүстік ендік";
    case 'E': return "шығыс бойлық";
    case 'W': return "батыс бойлық";
    default: return NULL;
    }
}

/* Section 17.2: "55° 26′", "54 ° 53′N", "54.883 ° N": N градус M минут [S секунд] and the
 * hemisphere (солтүстік ендік, шығыс бойлық); a suffix on the minute mark goes on минут
 * ("26 'ды" -> жиырма алты минутты). A degree alone (an angle, a temperature) is left to the
 * other rules. */
size_t dy_nr_coordinate(nctx *c, size_t i, const char *name)
{
    number deg;
    if (!dy_nc_number_at(c, i, &deg))
        return 0;
    size_t k = deg.last + 1;
    if (!is_degree(c, k)) {
        dy_nc_number_fini(&deg);
        return 0;
    }
    k++;
    dy_buf b = {0};
    dy_nc_number_say(c, &deg, NULL, 0, &b);
    dy_buf_puts(&b, " градус");
    dy_nc_number_fini(&deg);
    bool more = false;
    const char *units[] = {"минут", "секунд"};
    for (int u = 0; u < 2; u++) {
        if (!is_num(c, k) || tlen(c, k) > 2 || !is_prime(c, k + 1, u == 1))
            break;
        dy_buf_putc(&b, ' ');
        const char *d = tstr(c, k);
        size_t dn = tlen(c, k);
        if (dn == 2 && d[0] == '0')
            d++, dn--; /* 05′: бес минут */
        dy_nc_say_digits(d, dn, NULL, 0, &b);
        dy_buf_putc(&b, ' ');
        size_t mark = k + 1;
        k += 2;
        dy_kk_morph chain[8];
        int n = -1;
        const char *m = tstr(c, mark);
        size_t mlen = tlen(c, mark), skip = 0;
        dy_utf8_next(m, mlen, &skip);
        if (is_word(c, mark) && skip < mlen) /* "'ды" read as one word */
            n = dy_kk_parse_tail_after(units[u], m + skip, mlen - skip, chain, 8);
        else if (is_word(c, k) && glued(c, k) && dy_is_cyrillic(first_cp(c, k)) &&
                 (n = dy_kk_parse_tail_after(units[u], tstr(c, k), tlen(c, k), chain, 8)) >= 0)
            k++;
        dy_kk_inflect(&b, units[u], chain, n > 0 ? (size_t)n : 0);
        more = true;
        if (n >= 0)
            break;
    }
    size_t hn = 0;
    /* "°S" glued without minutes is a Celsius sign typed in Latin letters */
    const char *h = more || !tok_is(c, k, "S") || spaced(c, k) ? hemisphere(c, k, &hn) : NULL;
    if (h) {
        dy_buf_putc(&b, ' ');
        dy_buf_puts(&b, h);
        k += hn;
        more = true;
    }
    if (more)
        dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, k - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return more ? k - i : 0;
}

/* ---- a capitals compound ---- */

/* Section 20.1: is the short all-capitals word i one part of a hyphenated all-capitals compound
 * that is pronounceable as a whole ("НҰР-СҰЛТАН" is the city, not эн ұ эр)? Every part needs a
 * vowel, no part starts with two consonants or has three in a row, the whole has 6 or more
 * letters, and no part is in the acronym list. */
bool dy_nr_caps_compound_word(const nctx *c, size_t i)
{
    size_t first = i, last = i;
    while (first >= 2 && tok_is(c, first - 1, "-") && glued(c, first - 1) && glued(c, first) &&
           is_word(c, first - 2))
        first -= 2;
    while (tok_is(c, last + 1, "-") && glued(c, last + 1) && is_word(c, last + 2) &&
           glued(c, last + 2))
        last += 2;
    dy_kk_morph chain[8];
    if (first == last || dy_kk_parse_tail(tstr(c, last), tlen(c, last), chain, 8) >= 0)
        return false; /* ОҚО-НЫҢ, ОҚО-ДАҒЫ: an acronym with a suffix in capitals */
    size_t total = 0;
    for (size_t p = first; p <= last; p += 2) {
        if (dy_kk_acronym(tstr(c, p), tlen(c, p)))
            return false;
        size_t k = 0, run = 0, pos = 0;
        bool vowel = false, prev_vowel = false;
        while (k < tlen(c, p)) {
            int32_t cp = dy_utf8_next(tstr(c, p), tlen(c, p), &k);
            if (!dy_is_cyrillic(cp) || !dy_is_upper(cp))
                return false;
            bool v = dy_nc_is_vowel(cp);
            if (v && prev_vowel)
                return false; /* no two vowels together: ЖОО, ЕО are letters */
            vowel |= v;
            prev_vowel = v;
            run = v ? 0 : run + 1;
            if (run >= 3 || (pos == 1 && run == 2))
                return false;
            pos++;
        }
        if (!vowel || (pos <= 3 && run >= 2))
            return false; /* a short part ending in two consonants: ҰБТ, АҚШ */
        total += pos;
    }
    return total >= 6;
}

/* ---- scores and ratios ---- */

/* Is the word before i the name of a book of the Bible as Kazakh translations write it before a
 * chapter:verse reference ("Матай 5:12", "Жохан 3:1—36", "Римдіктерге 1:1—32", "Нақыл сөздер 3:5",
 * "Мұсаның 1-жазбасы 1:1")? The name is capitalised; a two-word name is checked on both words.
 * *given is set when the book's name is also a Kazakh given name (Аян, Жақып, Даниял, Матай,
 * Петір): "Аян 5:12" is then a person and a time unless the context says reference. */
static bool bible_book_before(const nctx *c, size_t i, bool *given)
{
    static const char *const ONE[] = {
        "марқа",         "лұқа",         "жохан",          "римдіктерге",   "қорынттықтарға",
        "ғалаттықтарға", "ефестіктерге", "філіпіліктерге", "қолостықтарға", "салоникалықтарға",
        "тімотеге",      "тімөтеге",     "еврейлерге",     "яһуда",         "забур",
        "ишая",          "еремия",       "езекиел",        "жаратылыс",     "уағыздаушы"};
    static const char *const GIVEN[] = {"аян", "жақып", "даниял", "матай", "петір"};
    static const char *const SECOND[] = {"істері", "сөздер", "шығу", "жазбасы"};
    static const char *const FIRST[] = {"елшілердің", "нақыл", "мысырдан", "мұсаның"};
    *given = false;
    if (i == 0 || !spaced(c, i) || !is_word(c, i - 1))
        return false;
    size_t w = i - 1;
    if (dy_nc_word_in(c, w, ONE, COUNT(ONE)))
        return starts_upper(c, w);
    if (dy_nc_word_in(c, w, GIVEN, COUNT(GIVEN)))
        return (*given = true) && starts_upper(c, w);
    if (!dy_nc_word_in(c, w, SECOND, COUNT(SECOND)) || w == 0)
        return false;
    size_t f = w - 1; /* "Мұсаның 1-жазбасы": the book's number between the words */
    if (tok_is(c, f, "-") && glued(c, f) && glued(c, w) && f >= 2 && is_num(c, f - 1))
        f -= 2;
    return dy_nc_word_in(c, f, FIRST, COUNT(FIRST)) && starts_upper(c, f);
}

/* Does the sentence speak of scripture (Киелі кітап, Інжіл, Тәурат, аят, тарау), or does the
 * reference at book word w sit in brackets or a list of references ("(Аян 5:12)", "Жохан 3:16;
 * Аян 5:12")? That is the context a book named like a person needs. */
static bool scripture_context(const nctx *c, size_t w)
{
    if (w > 0 && (tok_is(c, w - 1, "(") || tok_is(c, w - 1, ";")))
        return true;
    return dy_nc_sentence_has_stem(c, "киелі інжіл тәурат аят тарау жазбалар");
}

/* Section 14.2, "not a time": a chapter:verse reference after the name of a book of the Bible is
 * the two numbers with a pause ("Матай 5:12" -> Матай бес - он екі), a suffix on the verse
 * ("5:12-де" -> бес - он екіде); a range of verses after it is said from the first to the last
 * ("Жохан 3:1—36" -> Жохан үш - бірден отыз алтыға дейін). A timetable "5:12" stays a time, and so
 * does "Аян 5:12" after a book named like a person, unless the pair cannot be a time ("Аян 5:7"),
 * a range of verses follows, or scripture_context says reference. */
size_t dy_nr_verse(nctx *c, size_t i, const char *name)
{
    bool given = false;
    if (!is_num(c, i) || tlen(c, i) > 3 || !dy_nc_glued_sep(c, i + 1, ":") || !is_num(c, i + 2) ||
        tlen(c, i + 2) > 3 || !bible_book_before(c, i, &given))
        return 0;
    uint64_t chapter = dy_nc_num_value(c, i), verse = dy_nc_num_value(c, i + 2);
    if (chapter < 1 || chapter > 150 || verse < 1 || verse > 176 || tstr(c, i + 2)[0] == '0' ||
        (tok_is(c, i + 3, ":") && glued(c, i + 3)))
        return 0;
    size_t k = i + 3;
    bool range = is_dash(c, k) && is_num(c, k + 1) && tlen(c, k + 1) <= 3 &&
                 ((glued(c, k) && glued(c, k + 1)) || (spaced(c, k) && spaced(c, k + 1))) &&
                 dy_nc_num_value(c, k + 1) > verse && !dy_nc_glued_sep(c, k + 2, ":");
    bool can_be_time = tlen(c, i + 2) == 2 && chapter <= 24 && verse <= 59;
    if (given && can_be_time && !range && !scripture_context(c, i - 1))
        return 0;
    dy_buf out = {0};
    dy_nc_say_number(c, i, NULL, 0, &out);
    dy_buf_puts(&out, " - ");
    if (range) {
        static const dy_kk_morph ABL[] = {DY_KK_ABL}, DAT[] = {DY_KK_DAT};
        dy_nc_say_number(c, i + 2, ABL, 1, &out);
        dy_buf_putc(&out, ' ');
        dy_nc_say_number(c, k + 1, DAT, 1, &out);
        dy_buf_puts(&out, " дейін");
        k += 2;
    } else {
        dy_buf last = {0};
        dy_nc_say_number(c, i + 2, NULL, 0, &last);
        dy_kk_morph chain[8];
        int n = 0;
        size_t sfx = dy_nc_suffix_at(c, k, dy_nc_last_word(last.data), chain, &n);
        dy_nc_say_number(c, i + 2, chain, sfx ? n : 0, &out);
        k += sfx;
        dy_buf_fini(&last);
    }
    dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, k - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&out);
    return k - i;
}

/* Section 14.2, "not a time": numbers joined by glued colons that no time or equation rule read.
 * A score or a ratio is said with a pause for each colon ("2:0 есебімен" -> екі - нөл есебімен,
 * "3:1-ге" -> үш - бірге, "1:2:3" -> бір - екі - үш); a map scale, 1 to a number of at least
 * 1000, is said as its preferred reading ("1:100 000" -> жүз мыңнан бір). */
/* A score typed with a space after its colon ("Қорытынды нәтиже 3: 1."): two small whole numbers,
 * the colon glued to the first, in a sentence that speaks of a result or a match. */
static bool spaced_score(const nctx *c, size_t i)
{
    if (!tok_is(c, i + 1, ":") || !glued(c, i + 1) || !spaced(c, i + 2) || !is_num(c, i + 2) ||
        tlen(c, i) > 2 || tlen(c, i + 2) > 2 || dy_nc_num_value(c, i) > 30 ||
        dy_nc_num_value(c, i + 2) > 30 || (i + 3 < c->n && glued(c, i + 3) && !is_punct(c, i + 3)))
        return false;
    return dy_nc_sentence_has_stem(c, "нәтиже есеп есеб ұпай матч ойын жеңіс жеңіл ұтыл ұтты");
}

size_t dy_nr_ratio(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || (i > 0 && glued(c, i) && is_num(c, i - 1)))
        return 0;
    bool spaced_scale = tok_is(c, i + 1, ":") && spaced(c, i + 1) && spaced(c, i + 2) &&
                        tok_is(c, i, "1") && is_num(c, i + 2); /* "1 : 15 000 000" */
    bool score = spaced_score(c, i);
    if (!(dy_nc_glued_sep(c, i + 1, ":") || spaced_scale || score) || !is_num(c, i + 2))
        return 0;
    number part[8];
    size_t parts = 0, k = i;
    while (parts < 8 && dy_nc_number_at(c, k, &part[parts])) {
        k = part[parts++].last + 1;
        bool colon = dy_nc_glued_sep(c, k, ":") || ((spaced_scale || score) && parts == 1);
        if (parts < 8 && !(colon && is_num(c, k + 1)))
            break;
        k++;
    }
    size_t used = 0;
    if (parts >= 2 && part[0].last == i) {
        number *b = &part[parts - 1];
        dy_buf out = {0}, last = {0};
        dy_nc_number_say(c, b, NULL, 0, &last);
        dy_kk_morph chain[8];
        int n = 0;
        size_t sfx = dy_nc_suffix_at(c, b->last + 1, dy_nc_last_word(last.data), chain, &n);
        bool scale = !sfx && parts == 2 && !part[0].decimal && !b->decimal &&
                     part[0].whole.len == 1 && part[0].whole.data[0] == '1' && b->whole.len >= 4;
        if (scale || !spaced_scale) /* "1 : 5", spaced, is a division of school arithmetic */
            used = b->last + sfx + 1 - i;
        if (scale) {
            static const dy_kk_morph ABL[] = {DY_KK_ABL};
            dy_nc_number_say(c, b, ABL, 1, &out);
            dy_buf_puts(&out, " бір");
            dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, b->last), name,
                             tok(c, i)->space_before);
        } else if (used) {
            for (size_t p = 0; p < parts; p++) {
                bool end = p + 1 == parts;
                if (p)
                    dy_nc_emit(c, "-", tok(c, part[p].first - 1)->src, name, true);
                dy_buf_clear(&out);
                dy_nc_number_say(c, &part[p], end ? chain : NULL, end && sfx ? n : 0, &out);
                dy_nc_emit_words(c, out.data,
                                 dy_nc_span_of(c, part[p].first, part[p].last + (end ? sfx : 0)),
                                 name, p ? true : tok(c, i)->space_before);
            }
        }
        dy_buf_fini(&out);
        dy_buf_fini(&last);
    }
    for (size_t p = 0; p < parts; p++)
        dy_nc_number_fini(&part[p]);
    return used;
}

/* The unknown of a school problem written with the Cyrillic х (or a lone Latin x): икс, the
 * name Kazakh schools give it, with a suffix rebuilt on it ("х-тің" -> икстің), also after its
 * coefficient ("2х" -> екі икс); eSpeak's Kazakh voice says "хы". Between two numbers it is the
 * multiplication sign of a size ("5 х 3 метр" -> бес көбейту үш метр). The spec is silent. */
/* Does the sentence use х (Cyrillic or Latin) as the unknown of a formula: a lone х in an
 * equation? Then a lone у beside it is the second unknown, игрек. */
static bool unknown_x_in_formula(const nctx *c)
{
    if (c->cache->x_formula >= 0) /* found once for the sentence */
        return c->cache->x_formula;
    c->cache->x_formula = 0;
    for (size_t k = 0; k < c->n && !c->cache->x_formula; k++)
        c->cache->x_formula = (tok_is(c, k, "\u0445") || tok_is(c, k, "x")) &&
                              !(k + 1 < c->n && glued(c, k + 1) && is_word(c, k + 1)) &&
                              !(k > 0 && glued(c, k) && is_word(c, k - 1)) && in_equation(c, k);
    return c->cache->x_formula;
}

/* Is the letter at k an unknown quantity before its unit ("Х грамм тұз", "У грамм су", "х км"):
 * one letter, spaced from a unit word after it? No Roman numeral counts a unit. */
static bool letter_before_unit(const nctx *c, size_t k)
{
    const dy_kk_unit *u =
        is_word(c, k + 1) ? dy_kk_unit_word(tstr(c, k + 1), tlen(c, k + 1)) : NULL;
    return is_word(c, k) && letters(c, k) == 1 && spaced(c, k + 1) &&
           ((u && !u->minor) ||
            (is_word(c, k + 1) && dy_kk_is_measure_word(tstr(c, k + 1), tlen(c, k + 1)))) &&
           !(k > 0 && glued(c, k) && is_word(c, k - 1));
}

/* Does the sentence hold the unknown х (or Х) before its unit? */
static bool x_before_unit(const nctx *c)
{
    if (c->cache->x_unit >= 0) /* found once for the sentence */
        return c->cache->x_unit;
    c->cache->x_unit = 0;
    for (size_t k = 0; k < c->n && !c->cache->x_unit; k++)
        c->cache->x_unit =
            (tok_is(c, k, "\u0445") || tok_is(c, k, "\u0425")) && letter_before_unit(c, k);
    return c->cache->x_unit;
}

/* The second unknown у of a formula that uses х ("у=3х-2", "х-у=1", "3у"), or of a problem that
 * names х of a quantity ("Х грамм тұз бен У грамм су"): игрек, as Kazakh schools name it;
 * eSpeak said "у", and "3у" was read as the collective үшеу. Returns the tokens used (1), or 0. */
static size_t unknown_y(nctx *c, size_t i, const char *name)
{
    bool quantity = (tok_is(c, i, "\u0423") || tok_is(c, i, "\u0443")) &&
                    letter_before_unit(c, i) && x_before_unit(c);
    if (!quantity && (!tok_is(c, i, "\u0443") || (i > 0 && glued(c, i) && is_word(c, i - 1)) ||
                      (i + 1 < c->n && glued(c, i + 1) && is_word(c, i + 1)) ||
                      !in_equation(c, i) || !unknown_x_in_formula(c)))
        return 0;
    dy_nc_emit(c, "игрек", tok(c, i)->src, name, true);
    return 1;
}

/* A lone Cyrillic consonant in a formula is a variable, said by its letter name (20.2): "в = с -
 * 2" -> вэ тең эс алу екі; eSpeak said the bare sounds. Returns the tokens used (1), or 0. */
static size_t cyrillic_variable(nctx *c, size_t i, const char *name)
{
    int32_t cp = is_word(c, i) && letters(c, i) == 1 ? first_cp(c, i) : 0;
    const char *letter = dy_is_cyrillic(cp) && !dy_is_upper(cp) && !dy_nc_is_vowel(cp) &&
                                 cp != 0x0445 && cp != 0x0443
                             ? dy_kk_letter_name(dy_to_upper(cp))
                             : NULL;
    if (!letter || (i > 0 && glued(c, i) && is_word(c, i - 1)) ||
        (i + 1 < c->n && glued(c, i + 1) && !is_punct(c, i + 1)) || !in_equation(c, i) ||
        (i > 0 && tok_is(c, i - 1, "(") && glued(c, i) && tok_is(c, i + 1, ")")))
        return 0; /* not a substance's state in brackets: "N2(г)" */
    dy_nc_emit(c, letter, tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

size_t dy_nr_unknown_x(nctx *c, size_t i, const char *name)
{
    size_t y = unknown_y(c, i, name);
    if (!y)
        y = cyrillic_variable(c, i, name);
    if (y)
        return y;
    bool latin_word_before = i > 0 && is_word(c, i - 1) && !dy_is_cyrillic(first_cp(c, i - 1));
    if ((tok_is(c, i, "\u0425") || tok_is(c, i, "X")) &&
        !(i > 0 && glued(c, i) && !is_punct(c, i - 1)) &&
        (dy_nr_variable_noun(c, i + 1) || letter_before_unit(c, i))) {
        /* the unknown before the word that says it is one or before its unit: "Нақты Х
         * айнымалысын", "Х санының мәні", "Х грамм тұз" (eSpeak says the letter ха) */
        dy_nc_emit(c, "икс", tok(c, i)->src, name, tok(c, i)->space_before);
        return 1;
    }
    if (!(tok_is(c, i, "\u0445") || (tok_is(c, i, "x") && !latin_word_before &&
                                     (i == 0 || spaced(c, i) || is_num(c, i - 1)))) ||
        (i > 0 && glued(c, i) && !is_num(c, i - 1) && !is_punct(c, i - 1)) ||
        dy_nc_word_starts(c, i + 1, "ғасыр") || tok_is(c, i + 1, "ғ"))
        return 0; /* a Roman numeral typed in lower case: "х ғасыр" */
    /* the times sign between two numbers ("5 х 3", "5x4"), unless the line uses х as its
     * unknown elsewhere ("5х2-9х=0": 5x² with its power lost) */
    bool between =
        i > 0 && is_num(c, i - 1) && is_num(c, i + 1) && spaced(c, i) == spaced(c, i + 1);
    /* nor before its lost power: "-3x2+х-2=0" is 3x², its other x typed in Cyrillic */
    bool unknown_elsewhere = between && flat_power(c, i + 1);
    for (size_t k = 0; between && k < c->n && !unknown_elsewhere; k++)
        unknown_elsewhere = k != i && tlen(c, k) == tlen(c, i) &&
                            !memcmp(tstr(c, k), tstr(c, i), tlen(c, i)) &&
                            !(k > 0 && is_num(c, k - 1) && is_num(c, k + 1));
    if (between && !unknown_elsewhere) {
        dy_nc_emit(c, "көбейту", tok(c, i)->src, name, true);
        return 1;
    }
    dy_kk_morph chain[8];
    int n = 0;
    size_t sfx = dy_nc_suffix_at(c, i + 1, "икс", chain, &n);
    if (sfx == SIZE_MAX || (sfx && !tok_is(c, i + 1, "-")) ||
        (sfx && tok_is(c, i + 2, "\u0443") && in_equation(c, i)))
        sfx = 0; /* only a hyphenated suffix: "х ден" is rare, "х да" is the particle; "х-у=1"
                    subtracts у */
    if (!sfx && glued(c, i + 1) && is_word(c, i + 1))
        return 0; /* part of a word */
    dy_buf b = {0};
    dy_nc_put_inflected(&b, "икс", chain, sfx ? n : 0);
    dy_nc_emit(c, b.data, dy_nc_span_of(c, i, i + sfx), name, true);
    dy_buf_fini(&b);
    return 1 + sfx;
}
