/* Rules for the answer options of a test and letter symbols (normalize stage, rule table in
 * normalize.c, around the "letter" rule of the list labels): one letter before ")" anywhere in a
 * run of options ("А) 50 Б) 405 С) 459 Д) 441", "A)0,1 кН", "B)1 кН"), and a lone capital as a
 * symbol ("Т периодқа"), read by the letter's name, never eSpeak's "бы" nor the English voice.
 * kazakh-normalization.md 7.6 rule 1, 20.2 (names of Cyrillic letters), 17.2 (Latin letters by
 * their school names). */
#include "normalize/rules.h"

#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"
#include "text/chars.h"

/* The Latin letters that an option may carry (a test has five options, A to E; a few have up to
 * eight). */
static bool latin_option(int32_t cp)
{
    return (cp >= 'A' && cp <= 'H') || (cp >= 'a' && cp <= 'h');
}

/* The look-alike of cp in the other script (Cyrillic А, В, С, Е, Н for Latin A, B, C, E, H and
 * back; a, c, e for а, с, е), or 0: a typist mixes them in one run ("A) B) С) D)"). */
static int32_t twin(int32_t cp)
{
    static const int32_t PAIRS[][2] = {{'A', 0x0410}, {'B', 0x0412}, {'C', 0x0421}, {'E', 0x0415},
                                       {'H', 0x041D}, {'a', 0x0430}, {'c', 0x0441}, {'e', 0x0435}};
    for (size_t k = 0; k < COUNT(PAIRS); k++) {
        if (PAIRS[k][0] == cp)
            return PAIRS[k][1];
        if (PAIRS[k][1] == cp)
            return PAIRS[k][0];
    }
    return 0;
}

/* Is token k a label's letter: one Cyrillic letter with a 20.2 name or a Latin option letter,
 * not glued to a word or a number before it, then a glued ")" that closes no bracket, then a word
 * or a number ("А) 5 см", "A)тербеліс", a test's option glued to its number: "А)1,15см.")? */
static bool label_at(const nctx *c, size_t k)
{
    /* what an option holds: a word, a number, an interval or a signed number ("A) (-2; 3)", "B)
     * -5"), or nothing at all (an empty option line "C)") */
    bool holds = is_word(c, k + 2) || is_num(c, k + 2) || k + 2 >= c->n || tok_is(c, k + 2, "(") ||
                 tok_is(c, k + 2, "[") || tok_is(c, k + 2, "-") || tok_is(c, k + 2, "\u2212") ||
                 tok_is(c, k + 2, "\u2013") ||
                 (is_punct(c, k + 2) && dy_char_is_quote_open(first_cp(c, k + 2)));
    if (!is_word(c, k) || letters(c, k) != 1 ||
        !(tok_is(c, k + 1, ")") || tok_is(c, k + 1, "\\")) || !glued(c, k + 1) || !holds ||
        (k > 0 && glued(c, k) && !is_punct(c, k - 1)))
        return false; /* "а)", also "а\" of an export that lost its brackets */
    int32_t cp = first_cp(c, k);
    bool letter =
        dy_is_cyrillic(cp) ? dy_kk_letter_name(dy_to_upper(cp)) != NULL : latin_option(cp);
    return letter && !dy_nc_open_bracket_before(c, k);
}

/* The labels of a run of lines: how many there are, how many have a letter only Latin or only
 * Cyrillic has, and whether the letters С (C) and Б are among them. */
typedef struct tally {
    int latin_only, cyrillic_only, labels;
    bool es, be;
} tally;

/* Is the line at p (after its blanks) opened by a label "X)"? Counts its letter into t. */
static bool line_label(const char *s, size_t p, size_t end, tally *t)
{
    while (p < end && (s[p] == ' ' || s[p] == '\t'))
        p++;
    size_t k = p;
    int32_t cp = k < end ? dy_utf8_next(s, end, &k) : 0;
    if (k >= end || s[k] != ')')
        return false;
    if (!twin(cp) && dy_is_cyrillic(cp) && dy_kk_letter_name(dy_to_upper(cp)))
        t->cyrillic_only++;
    else if (!twin(cp) && latin_option(cp))
        t->latin_only++;
    t->labels++;
    t->es |= cp == 'C' || cp == 0x0421;
    t->be |= cp == 0x0411;
    return latin_option(cp) || (dy_is_cyrillic(cp) && dy_kk_letter_name(dy_to_upper(cp)));
}

/* Is the line [p, e) blank? */
static bool blank_line(const char *s, size_t p, size_t e)
{
    while (p < e && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r'))
        p++;
    return p == e;
}

/* The labels of the lines around the sentence in its source, as long as they go on (blank lines
 * between them allowed), 800 bytes either side at most: a test's options stand one a line ("А)
 * Боран мұнарасы", "В) Ақыртас ғимараты", "D) Қожа Ахмет кесенесі"), so a line whose label is a
 * look-alike is decided by its neighbours in the same run. */
static void neighbour_labels(const nctx *c, tally *t)
{
    const char *s = c->source;
    size_t start = c->u->src.start, end = c->u->src.end;
    size_t lo = start > 800 ? start - 800 : 0;
    size_t e = start; /* backwards, a line [p, e) at a time */
    while (e > lo) {
        size_t p = e - 1; /* e is at a line's start or the sentence's; skip its break */
        while (p > lo && s[p - 1] != '\n')
            p--;
        if (p == lo && lo > 0)
            break;
        size_t le = e > 0 && s[e - 1] == '\n' ? e - 1 : e;
        if (!blank_line(s, p, le) && !line_label(s, p, le, t))
            break;
        e = p;
        if (p == 0)
            break;
    }
    for (size_t p = end; p < end + 800 && s[p];) { /* forwards */
        while (s[p] && s[p] != '\n')
            p++;
        if (!s[p])
            break;
        size_t q = ++p;
        while (s[q] && s[q] != '\n' && q < end + 1000)
            q++;
        if (!blank_line(s, p, q) && !line_label(s, p, q, t))
            break;
        p = q;
    }
}

/* Is the run of labels of this sentence typed in Latin letters? By the letters one script has
 * and the other lacks (Latin D, F, G; Cyrillic Б, Д …); when every label is a look-alike, by the
 * script most of them are typed in. */
static bool latin_run_count(const nctx *c);

static bool latin_run(const nctx *c)
{
    if (c->cache->latin_labels < 0) /* counted once for the sentence */
        c->cache->latin_labels = latin_run_count(c);
    return c->cache->latin_labels;
}

static bool latin_run_count(const nctx *c)
{
    int latin_only = 0, cyrillic_only = 0, latin = 0, all = 0;
    bool es = false, be = false;
    for (size_t k = 0; k < c->n; k++) {
        if (!label_at(c, k))
            continue;
        int32_t cp = first_cp(c, k);
        bool is_latin = !dy_is_cyrillic(cp);
        all++;
        latin += is_latin;
        es |= cp == 'C' || cp == 0x0421;
        be |= cp == 0x0411;
        if (!twin(cp))
            *(is_latin ? &latin_only : &cyrillic_only) += 1;
    }
    if (latin_only || cyrillic_only)
        return latin_only >= cyrillic_only;
    if (all >= 3 && es && !be)
        return true; /* "А) см В) мм С) км" in one line: the Latin series, as below */
    if (all && label_at(c, 0) && dy_is_cyrillic(first_cp(c, 0))) { /* a Cyrillic look-alike */
        tally t = {0};
        line_label(c->source, c->u->src.start, c->u->src.end, &t);
        neighbour_labels(c, &t);
        /* a run of three or more with С and no Б is the Latin series typed in Cyrillic: "А) В)
         * С) Д) Е)" */
        if (t.es && !t.be && t.labels >= 3)
            return true;
        if (t.latin_only || t.cyrillic_only)
            return t.latin_only >= t.cyrillic_only;
    }
    return 2 * latin > all;
}

/* The spoken name of the label letter cp in its run: a Cyrillic run reads each letter by its 20.2
 * name (Б бэ, С эс), a Latin look-alike by its Cyrillic twin's; a Latin run reads each letter by
 * the name a Kazakh school gives a Latin letter (A а, B бэ, C цэ, D дэ, E е: the names of
 * formulas, rules_math.c), a Cyrillic look-alike by its Latin twin's. A static string. */
static const char *label_name(int32_t cp, bool latin)
{
    bool is_latin = !dy_is_cyrillic(cp);
    if (is_latin != latin && twin(cp))
        cp = twin(cp);
    return dy_is_cyrillic(cp) ? dy_kk_letter_name(dy_to_upper(cp)) : dy_nr_school_letter(cp);
}

/* Is a label before token i in this sentence (the run that i continues)? */
static bool label_before(const nctx *c, size_t i)
{
    if (!c->cache->labels_known) { /* the first one, found once for the sentence */
        c->cache->labels_known = true;
        c->cache->first_label = SIZE_MAX;
        for (size_t k = 0; k < c->n && c->cache->first_label == SIZE_MAX; k++)
            if (label_at(c, k))
                c->cache->first_label = k;
    }
    return c->cache->first_label < i;
}

/* Is token i a list label or a test's answer option (7.6 rule 1): "а) кірістер;", "Д) басқалар",
 * every option of "А) 101441 Б) 140014 С) 14014", "A)тербеліс амплитудасы"? It opens the line or
 * follows ":", ";" or ","; or, inside a line, it is a capital or continues a run of labels. The
 * formula rule asks too, so that "A)F=0,8 Н" keeps its label. */
bool dy_nr_is_letter_label(const nctx *c, size_t i)
{
    if (!label_at(c, i))
        return false;
    int32_t cp = first_cp(c, i);
    bool item = i == 0 || tok_is(c, i - 1, ":") || tok_is(c, i - 1, ";") || tok_is(c, i - 1, ",");
    /* a first label after a Latin word: "Plan B) …" in an English sentence is no Kazakh test */
    bool english =
        !dy_is_cyrillic(cp) && i > 0 && is_word(c, i - 1) && !dy_is_cyrillic(first_cp(c, i - 1));
    bool inside = !item && spaced(c, i) && (label_before(c, i) || (dy_is_upper(cp) && !english));
    bool run = dy_is_upper(cp) || !dy_is_cyrillic(cp) || label_before(c, i);
    /* a word glued to the ")" only after an option letter: "A)тербеліс", not "ә)шығыстар" */
    return (item || inside) && !(is_word(c, i + 2) && glued(c, i + 2) && !run);
}

/* A letter label (dy_nr_is_letter_label): the letter's name, then a comma for the ")"; inside a
 * line a comma before it parts it from the option it follows. A Cyrillic item opening a line of a
 * Cyrillic run followed by a space or a number ("а) кірістер;", "Д) басқалар") is left to the list
 * label of the "letter" rule, which reads it the same way. Returns the tokens used (2), or 0. */
/* The ordinal of a lower-case Roman item number ("i", "ii", "iii", "iv" … "x"; its i also typed
 * with the Cyrillic і: "і)", "іі)"; a Cyrillic х is the unknown, "(х) = 3х"), or 0. */
static int small_roman(const nctx *c, size_t k)
{
    static const char *const ROMAN[] = {"i",  "ii",  "iii",  "iv", "v",
                                        "vi", "vii", "viii", "ix", "x"};
    char w[8];
    size_t n = 0;
    for (size_t p = 0; is_word(c, k) && p < tlen(c, k);) {
        int32_t cp = dy_utf8_next(tstr(c, k), tlen(c, k), &p);
        cp = cp == 0x0456 ? 'i' : cp;
        if (n + 1 >= sizeof w || (cp != 'i' && cp != 'v' && cp != 'x'))
            return 0;
        w[n++] = (char)cp;
    }
    w[n] = '\0';
    for (size_t r = 0; n && r < COUNT(ROMAN); r++)
        if (!strcmp(w, ROMAN[r]))
            return (int)r + 1;
    return 0;
}

/* A sub-item label of a problem: a letter or a lower-case Roman number in brackets, opening the
 * line or glued after the problem's number ("16(a) Реакция …", "(b) Массасын …", "(i) тотығу"),
 * or a Roman number before ")" opening the line ("ii) тотықсыздану"). The letter is said by its
 * school name (а, бэ, цэ), the number as an ordinal (бірінші), then a pause; the English voice
 * said "ei", "ai". Returns the tokens used, or 0. */
static size_t item_label(nctx *c, size_t i, const char *name)
{
    size_t k = tok_is(c, i, "(") ? i + 1 : i;
    bool bracket = k > i;
    if (!tok_is(c, k + 1, ")") || (bracket && !glued(c, k)) || !glued(c, k + 1) || !is_word(c, k) ||
        letters(c, k) > 4 || (k + 2 < c->n && glued(c, k + 2) && !is_punct(c, k + 2)))
        return 0;
    bool opens = i == 0 || (bracket && is_num(c, i - 1) && glued(c, i) && i == 1) ||
                 (bracket && i >= 3 && tok_is(c, i - 1, ")") && glued(c, i) &&
                  tok_is(c, i - 3, "(")); /* "18(a)(i)" */
    int roman = small_roman(c, k);
    /* inside a line: after a colon or a semicolon, or after the label before it ("Жауабы: і)
     * тотығу іі) тотықсыздану") */
    if (!opens && !bracket && roman && i > 0 && spaced(c, i)) {
        opens = tok_is(c, i - 1, ":") || tok_is(c, i - 1, ";");
        for (size_t p = 0; !opens && roman > 1 && p + 1 < i; p++)
            opens = small_roman(c, p) == roman - 1 && tok_is(c, p + 1, ")") && glued(c, p + 1);
    }
    if (!opens || (!bracket && k + 2 >= c->n))
        return 0;
    int32_t cp = first_cp(c, k);
    const char *letter =
        letters(c, k) == 1 && cp >= 'a' && cp <= 'h' ? dy_nr_school_letter(cp) : NULL;
    if (!roman && !(letter && bracket))
        return 0;
    dy_buf b = {0};
    if (letter && !(cp == 'i' || cp == 'v' || cp == 'x'))
        dy_buf_puts(&b, letter);
    else
        dy_kk_ordinal_u64(&b, (uint64_t)roman);
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, k + 1), name, tok(c, i)->space_before);
    dy_nc_emit(c, ",", tok(c, k + 1)->src, name, false);
    dy_buf_fini(&b);
    return k + 2 - i;
}

size_t dy_nr_option_label(nctx *c, size_t i, const char *name)
{
    size_t item_used = item_label(c, i, name);
    if (item_used)
        return item_used;
    if (!dy_nr_is_letter_label(c, i))
        return 0;
    /* a mark that ends an option's quantity ("м/с²", "5 %", "10 °") does not open a line */
    bool item = i == 0 ||
                (is_punct(c, i - 1) && !tok_is(c, i - 1, "\u00b2") && !tok_is(c, i - 1, "\u00b3") &&
                 !tok_is(c, i - 1, "%") && !tok_is(c, i - 1, "\u00b0"));
    bool listed = item && dy_is_cyrillic(first_cp(c, i)) && (spaced(c, i + 2) || is_num(c, i + 2));
    bool latin = latin_run(c);
    if (listed && !latin)
        return 0;
    if (!item && c->prev == P_WORD)
        dy_nc_emit(c, ",", (dy_span){tok(c, i)->src.start, tok(c, i)->src.start}, name, false);
    dy_nc_emit(c, label_name(first_cp(c, i), latin), dy_nc_span_of(c, i, i + 1), name,
               tok(c, i)->space_before);
    dy_nc_emit(c, ",", tok(c, i + 1)->src, name, false);
    return 2;
}

/* A capital Cyrillic consonant standing alone between spaces is a symbol or a name ("Т
 * периодқа" -> тэ периодқа, "А және Б нүктелері" -> … бэ …): its 20.2 name, never eSpeak's "ты".
 * Not in a line of capitals, not an initial (a period after it), not joined to a word or a number
 * by a hyphen; С, М, Л are the "letter" rule's (section 12 rule 2), Х stays (a Roman ten typed in
 * Cyrillic), and a vowel is its own name. Returns the tokens used (1), or 0. */
size_t dy_nr_letter_symbol(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || letters(c, i) != 1 || c->all_caps)
        return 0;
    int32_t cp = first_cp(c, i);
    const char *letter = dy_is_cyrillic(cp) && dy_is_upper(cp) ? dy_kk_letter_name(cp) : NULL;
    bool alone = (i == 0 || spaced(c, i) || is_punct(c, i - 1)) &&
                 (i + 1 >= c->n || spaced(c, i + 1) ||
                  (is_punct(c, i + 1) && !is_dash(c, i + 1) && !tok_is(c, i + 1, ".")));
    if (!letter || !alone || cp == 0x0425 || dy_nc_is_vowel(cp))
        return 0;
    dy_nc_emit(c, letter, tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}
