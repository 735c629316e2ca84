/* Normalization rules (see normalize.h). Stages of kazakh-normalization.md section 1: the token
 * stage has run (token.c); here multi-token patterns come first (Roman numerals, ranges, years,
 * centuries, number + suffix, dates), then single tokens (numbers, abbreviations, initials,
 * acronyms, words, punctuation). Number words and suffixes come from kk/numbers.c, word lists from
 * kk/tables.c. */
#include "normalize/normalize.h"

#include <stdlib.h>
#include <string.h>

#include "kk/tables.h"
#include "kk/lexicon.h"
#include "kk/numbers.h"

/* What the last emitted piece was, to decide the space before the next one. */
typedef enum piece { P_START, P_WORD, P_OPEN, P_PUNCT } piece;

typedef struct nctx {
    const char *text;
    dy_utt *u;
    size_t n;      /* number of tokens */
    bool all_caps; /* no lower-case letter in the sentence: a heading in capitals (20.1 rule 6) */
    piece prev;
    const dy_norm_opts *opts; /* never NULL */
} nctx;

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* ---- token access ---------------------------------------------------------------------- */

static const dy_token *tok(const nctx *c, size_t i) { return &c->u->tokens.items[i]; }
static const char *tstr(const nctx *c, size_t i) { return c->text + tok(c, i)->src.start; }
static size_t tlen(const nctx *c, size_t i) { return tok(c, i)->src.end - tok(c, i)->src.start; }
static bool is_kind(const nctx *c, size_t i, dy_tok_kind k)
{
    return i < c->n && tok(c, i)->kind == k;
}
static bool is_num(const nctx *c, size_t i) { return is_kind(c, i, DY_TOK_NUMBER); }
static bool is_word(const nctx *c, size_t i) { return is_kind(c, i, DY_TOK_WORD); }
static bool is_punct(const nctx *c, size_t i) { return is_kind(c, i, DY_TOK_PUNCT); }
static bool glued(const nctx *c, size_t i) { return i < c->n && !tok(c, i)->space_before; }
static bool spaced(const nctx *c, size_t i) { return i < c->n && tok(c, i)->space_before; }

static bool tok_is(const nctx *c, size_t i, const char *s)
{
    return i < c->n && tlen(c, i) == strlen(s) && memcmp(tstr(c, i), s, tlen(c, i)) == 0;
}

static bool is_dash(const nctx *c, size_t i)
{
    return tok_is(c, i, "-") || tok_is(c, i, "\u2013") || tok_is(c, i, "\u2014");
}

static int32_t first_cp(const nctx *c, size_t i)
{
    size_t k = 0;
    return dy_utf8_next(tstr(c, i), tlen(c, i), &k);
}

static size_t letters(const nctx *c, size_t i) { return dy_utf8_count(tstr(c, i), tlen(c, i)); }

static bool starts_upper(const nctx *c, size_t i)
{
    return is_word(c, i) && dy_is_upper(first_cp(c, i));
}

/* A capitalised word of 2+ letters that is not all capitals: a name (19, 12 rule 2). */
static bool is_name(const nctx *c, size_t i)
{
    if (!starts_upper(c, i) || letters(c, i) < 2)
        return false;
    for (size_t k = 0; k < tlen(c, i);)
        if (!dy_is_upper(dy_utf8_next(tstr(c, i), tlen(c, i), &k)))
            return true;
    return false;
}

/* Section 12 rule 2: a capitalised Cyrillic word of 2+ letters, not all capitals and not a
 * sentence opener (Ол, Бұл, Ал ...). */
static bool is_person_name(const nctx *c, size_t i)
{
    return is_name(c, i) && dy_is_cyrillic(first_cp(c, i)) &&
           !dy_kk_is_sentence_opener(tstr(c, i), tlen(c, i));
}

/* The number's value, or UINT64_MAX when it has more than 15 digits. */
static uint64_t num_value(const nctx *c, size_t i)
{
    if (tlen(c, i) > 15)
        return UINT64_MAX;
    uint64_t v = 0;
    for (size_t k = 0; k < tlen(c, i); k++)
        v = v * 10 + (uint64_t)(tstr(c, i)[k] - '0');
    return v;
}

/* The word lower-cased, in b (cleared first). */
static const char *lower_word(const nctx *c, size_t i, dy_buf *b)
{
    dy_buf_clear(b);
    dy_kk_lower(b, tstr(c, i), tlen(c, i));
    return dy_buf_str(b);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

static bool ends_with_any(const char *s, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (ends_with(s, list[i]))
            return true;
    return false;
}

static bool in_set(const char *s, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strcmp(s, list[i]) == 0)
            return true;
    return false;
}

/* Word i lower-cased into a stack buffer (no heap: these run for every word); NULL if i is no
 * word or is too long for the word lists. */
static const char *lower_tok(const nctx *c, size_t i, char *buf, size_t cap)
{
    if (!is_word(c, i))
        return NULL;
    return dy_kk_lower_to(buf, cap, tstr(c, i), tlen(c, i)) == SIZE_MAX ? NULL : buf;
}

/* Is word i, lower-cased, one of list / does it start with prefix? */
static bool word_in(const nctx *c, size_t i, const char *const *list, size_t count)
{
    char buf[DY_KK_WORD_MAX];
    const char *w = lower_tok(c, i, buf, sizeof buf);
    return w && in_set(w, list, count);
}

static bool word_starts(const nctx *c, size_t i, const char *prefix)
{
    char buf[DY_KK_WORD_MAX];
    const char *w = lower_tok(c, i, buf, sizeof buf);
    return w && strncmp(w, prefix, strlen(prefix)) == 0;
}

/* "жж." (section 9): жылдар before a word of span (аралығында, ішінде, бойы), else жылдары. */
static const char *plural_year_form(const nctx *c, size_t k)
{
    static const char *const SPAN_WORDS[] = {"аралығ", "арасы", "арасын", "ішінде", "бойы"};
    for (size_t s = 0; s < COUNT(SPAN_WORDS); s++)
        if (word_starts(c, k, SPAN_WORDS[s]))
            return "жылдар";
    return "жылдары";
}

static bool word_ends(const nctx *c, size_t i, const char *const *list, size_t count)
{
    char buf[DY_KK_WORD_MAX];
    const char *w = lower_tok(c, i, buf, sizeof buf);
    return w && ends_with_any(w, list, count);
}

/* A vowel letter of 20.1 (У is decided by its neighbours where it matters). */
static bool is_vowel(int32_t cp)
{
    static const int32_t V[] = {0x0410, 0x04D8, 0x0415, 0x0401, 0x0418, 0x041E, 0x04E8,
                                0x04B0, 0x04AE, 0x042B, 0x0406, 0x042D, 0x042E, 0x042F};
    int32_t up = dy_to_upper(cp);
    for (size_t i = 0; i < COUNT(V); i++)
        if (V[i] == up)
            return true;
    return false;
}

/* ---- output ---------------------------------------------------------------------------- */

static bool closes_left(const char *s)
{
    static const char *const CLOSERS[] = {".", ",",      ";", ":", "!",
                                          "?", "\u2026", ")", "]", "\u00bb"};
    return in_set(s, CLOSERS, COUNT(CLOSERS));
}

/* Appends one spoken piece (a word or a punctuation mark) reading source span src.
 * space: whether the source had white space before it. The layout is made regular (section 22):
 * words are separated by one space; , ; : . ! ? … ) ] » attach to the word on their left, ( [ «
 * to the word on their right; a dash stands between spaces. */
static void emit(nctx *c, const char *s, dy_span src, const char *rule, bool space)
{
    dy_utt *u = c->u;
    size_t k = 0;
    int32_t cp = dy_utf8_next(s, strlen(s), &k);
    bool alnum = dy_is_letter(cp) || (cp >= '0' && cp <= '9');
    bool opener = strcmp(s, "(") == 0 || strcmp(s, "[") == 0 || strcmp(s, "\u00ab") == 0;
    bool sp;
    if (c->prev == P_START || c->prev == P_OPEN || closes_left(s))
        sp = false;
    else if (space || (alnum && c->prev == P_WORD))
        sp = true; /* two words never run together: "12дәптер" -> "он екі дәптер" */
    else /* after punctuation: a space after , ; : ) ! ? (3.5: "Омбы,Орынбор") */
        sp = u->spoken.len && strchr(",;:)]!?", u->spoken.data[u->spoken.len - 1]) != NULL;
    if (sp)
        dy_buf_putc(&u->spoken, ' ');
    dy_word *w = DY_VEC_PUSH(&u->words);
    w->off = u->spoken.len;
    w->len = strlen(s);
    w->src = src;
    w->rule = rule;
    dy_buf_puts(&u->spoken, s);
    c->prev = alnum ? P_WORD : opener ? P_OPEN : P_PUNCT;
}

/* Emits each space-separated word of s. */
static void emit_words(nctx *c, const char *s, dy_span src, const char *rule, bool space)
{
    char *copy = dy_xstrdup(s);
    char *save = NULL;
    for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        emit(c, w, src, rule, space);
        space = true;
    }
    free(copy);
}

static dy_span span_of(const nctx *c, size_t first, size_t last)
{
    return (dy_span){tok(c, first)->src.start, tok(c, last)->src.end};
}

static int roman_value(const nctx *c, size_t i, bool *simple);

/* Where the period of an abbreviation also ends a sentence (section 23.2). */
typedef enum stop {
    STOP_END,     /* only at the end (prepositive abbreviations, initials) */
    STOP_OPENER,  /* also before a sentence opener (year + ж.: "1983 ж. Бұл ...") */
    STOP_CAPITAL, /* also before any capital (postpositive: т.б., ғ., млн.) */
} stop;

/* The period of an abbreviation at token k also ends the sentence when nothing follows it, or
 * a word that begins a new one (section 18: "… алдында т. б." -> "… алдында тағы басқа.").
 * The splitter normally cuts there; this keeps the pause when it did not. */
static void abbr_period(nctx *c, size_t k, stop mode)
{
    if (!tok_is(c, k, "."))
        return;
    bool ends = k + 1 >= c->n ||
                (mode == STOP_OPENER && is_word(c, k + 1) && spaced(c, k + 1) &&
                 dy_kk_is_sentence_opener(tstr(c, k + 1), tlen(c, k + 1))) ||
                (mode == STOP_CAPITAL && spaced(c, k + 1) && starts_upper(c, k + 1) &&
                 !roman_value(c, k + 1, NULL)); /* "XVI ғ. I жартысында" goes on */
    if (ends)
        emit(c, ".", tok(c, k)->src, "punctuation", false);
}

static void final_period(nctx *c, size_t k) { abbr_period(c, k, STOP_END); }

/* Rebuilds the last word of the words in `words` with the morphemes chain[0..n) and appends the
 * whole to out: ("он бес", {ABL}) -> "он бестен". */
static void put_inflected(dy_buf *out, const char *words, const dy_kk_morph *chain, int n)
{
    const char *last = strrchr(words, ' ');
    size_t head = last ? (size_t)(last - words) + 1 : 0;
    dy_buf_append(out, words, head);
    dy_kk_inflect(out, words + head, chain, (size_t)(n > 0 ? n : 0));
}

static const char *last_word(const char *words)
{
    const char *last = strrchr(words, ' ');
    return last ? last + 1 : words;
}

/* Spells the digits d[0..n): cardinal, or with the morphemes chain (ORD first for an ordinal)
 * on its last word. Leading zeros and more than 15 digits are read digit by digit (5). */
static void say_digits(const char *d, size_t n, const dy_kk_morph *chain, int nchain, dy_buf *out)
{
    if (n > 15 || (n > 1 && d[0] == '0')) {
        dy_kk_digits(out, d, n);
        return;
    }
    dy_buf card = {0};
    dy_kk_cardinal(&card, d, n);
    put_inflected(out, dy_buf_str(&card), chain, nchain);
    dy_buf_fini(&card);
}

static void say_number(const nctx *c, size_t i, const dy_kk_morph *chain, int nchain, dy_buf *out)
{
    say_digits(tstr(c, i), tlen(c, i), chain, nchain, out);
}

static const dy_kk_morph ORD[] = {DY_KK_ORD};

static void emit_number(nctx *c, size_t i, const dy_kk_morph *chain, int nchain, dy_span src,
                        const char *rule)
{
    dy_buf b = {0};
    say_number(c, i, chain, nchain, &b);
    emit_words(c, b.data, src, rule, tok(c, i)->space_before);
    dy_buf_fini(&b);
}

/* ---- shared tests ---------------------------------------------------------------------- */

/* A year abbreviation at i: "ж", "ж.", "жж.", "ж.ж."; returns tokens used (0: none) and whether
 * it is the plural. */
static size_t year_abbr(const nctx *c, size_t i, bool *plural)
{
    *plural = false;
    if (tok_is(c, i, "ж") && !(is_word(c, i + 1) && glued(c, i + 1))) {
        size_t k = i + 1;
        if (tok_is(c, k, ".") && glued(c, k)) {
            k++;
            if (tok_is(c, k, "ж") && glued(c, k) && tok_is(c, k + 1, ".") && glued(c, k + 1)) {
                *plural = true;
                k += 2;
            } else if (is_word(c, k) && glued(c, k)) {
                return 0; /* "ж.б." and the like */
            }
        }
        return k - i;
    }
    if (tok_is(c, i, "жж") && tok_is(c, i + 1, ".") && glued(c, i + 1)) {
        *plural = true;
        return 2;
    }
    return 0;
}

/* A century abbreviation at i: "ғ." or "ғғ." (the plural); returns tokens used (0: none). */
static size_t century_abbr(const nctx *c, size_t i, bool *plural)
{
    *plural = tok_is(c, i, "ғғ");
    if ((*plural || tok_is(c, i, "ғ")) && tok_is(c, i + 1, ".") && glued(c, i + 1) &&
        !(is_word(c, i + 2) && glued(c, i + 2)))
        return 2;
    return 0;
}

/* A genitive ending of 4.3 (сәуірдің, қазанның). */
static bool is_genitive_ending(const char *rest)
{
    static const char *const GEN[] = {"ның", "нің", "дың", "дің", "тың", "тің"};
    return in_set(rest, GEN, COUNT(GEN));
}

/* Is word i a month in the genitive ("сәуірдің")? */
static bool is_genitive_month(const nctx *c, size_t i)
{
    size_t stem;
    if (!is_word(c, i) || !dy_kk_month(tstr(c, i), tlen(c, i), &stem))
        return false;
    dy_buf b = {0};
    bool gen = is_genitive_ending(lower_word(c, i, &b) + stem);
    dy_buf_fini(&b);
    return gen;
}

/* A finite verb ending its clause (4.6): -ды/-ді/-ты/-ті followed by punctuation or the end. */
static bool is_clause_final_verb(const nctx *c, size_t i)
{
    static const char *const ENDINGS[] = {"ды", "ді", "ты", "ті"};
    return word_ends(c, i, ENDINGS, COUNT(ENDINGS)) && (i + 1 >= c->n || is_punct(c, i + 1));
}

/* Section 12 rule 4: a verb or participle by its ending alone (құрылған, игерді, басталады). */
static bool is_verb_form(const nctx *c, size_t i)
{
    static const char *const ENDINGS[] = {"ған", "ген", "қан",  "кен",  "ды", "ді",
                                          "ты",  "ті",  "атын", "етін", "ып", "іп"};
    return word_ends(c, i, ENDINGS, COUNT(ENDINGS));
}

/* A written ordinal word (екінші, оныншы). */
static bool is_ordinal_word(const nctx *c, size_t i)
{
    static const char *const ENDINGS[] = {"ншы", "нші"};
    return word_ends(c, i, ENDINGS, COUNT(ENDINGS));
}

/* The value of the Roman numeral token i (1..3999), or 0 when it is not one (section 12 rule 1:
 * Latin letters or Cyrillic look-alikes, upper case, standard subtractive grammar). *simple is
 * set when it uses only I, V, X (and look-alikes), which the extended contexts require. */
static int roman_value(const nctx *c, size_t i, bool *simple)
{
    if (!is_word(c, i) || tlen(c, i) > 32)
        return 0;
    int vals[16], n = 0;
    bool only_ivx = true;
    for (size_t k = 0; k < tlen(c, i);) {
        int v = dy_kk_roman_digit(dy_utf8_next(tstr(c, i), tlen(c, i), &k));
        if (!v || n == 16)
            return 0;
        only_ivx &= v <= 10;
        vals[n++] = v;
    }
    int total = 0;
    for (int k = 0; k < n; k++)
        total += k + 1 < n && vals[k] < vals[k + 1] ? -vals[k] : vals[k];
    if (total < 1 || total > 3999)
        return 0;
    /* valid only if it is the canonical spelling of its value */
    static const struct {
        int v;
        int digits[2];
    } CANON[] = {{1000, {1000}}, {900, {100, 1000}}, {500, {500}}, {400, {100, 500}},
                 {100, {100}},   {90, {10, 100}},    {50, {50}},   {40, {10, 50}},
                 {10, {10}},     {9, {1, 10}},       {5, {5}},     {4, {1, 5}},
                 {1, {1}}};
    int rest = total, k = 0;
    for (size_t s = 0; s < COUNT(CANON); s++) {
        while (rest >= CANON[s].v) {
            for (int d = 0; d < 2 && CANON[s].digits[d]; d++)
                if (k >= n || vals[k++] != CANON[s].digits[d])
                    return 0;
            rest -= CANON[s].v;
        }
    }
    if (k != n)
        return 0;
    if (simple)
        *simple = only_ivx;
    return total;
}

/* A joiner of a chain of coordinated numbers (7.5): ", ", және, мен/бен/пен, немесе, не, a dash.
 * Returns the number of tokens it takes (0: none). */
static size_t joiner(const nctx *c, size_t i)
{
    static const char *const WORDS[] = {"және", "мен", "бен", "пен", "немесе", "не"};
    if (tok_is(c, i, ",") && glued(c, i) && spaced(c, i + 1))
        return 1;
    if (is_dash(c, i))
        return 1;
    return word_in(c, i, WORDS, COUNT(WORDS)) ? 1 : 0;
}

/* ---- numbers --------------------------------------------------------------------------- */

/* A number as written: an integer with optional group separators (section 5: "1 000 000",
 * "1.000.000") or a decimal (section 13.1: "3,5", "3.5"). */
typedef struct number {
    size_t first, last; /* its tokens */
    bool decimal;
    dy_buf whole; /* the integer part's digits, separators removed */
    size_t frac;  /* the token of the fraction's digits (decimal only) */
} number;

/* Exactly one white-space character between tokens k and k+1 (a group space). */
static bool one_space_between(const nctx *c, size_t k)
{
    size_t g = tok(c, k)->src.end, end = tok(c, k + 1)->src.start;
    dy_utf8_next(c->text, end, &g);
    return g == end;
}

/* Reads the number starting at token i into num (num_fini it). False if i is not a number. */
static bool number_at(const nctx *c, size_t i, number *num)
{
    memset(num, 0, sizeof *num);
    if (!is_num(c, i))
        return false;
    num->first = num->last = i;
    size_t last = i;
    if (tlen(c, i) <= 3 && !(i > 0 && is_num(c, i - 1))) {
        /* "12 500", "1 000 000": groups of three after a space (also NBSP, thin space) */
        while (is_num(c, last + 1) && tlen(c, last + 1) == 3 && spaced(c, last + 1) &&
               one_space_between(c, last))
            last++;
        /* "1.000.000": two or more dotted groups */
        size_t k = last == i ? i : SIZE_MAX, groups = 0;
        while (k != SIZE_MAX && tok_is(c, k + 1, ".") && glued(c, k + 1) && is_num(c, k + 2) &&
               glued(c, k + 2) && tlen(c, k + 2) == 3) {
            k += 2;
            groups++;
        }
        if (k != SIZE_MAX && groups >= 2 &&
            !(tok_is(c, k + 1, ".") && glued(c, k + 1) && is_num(c, k + 2) && glued(c, k + 2)))
            last = k;
    }
    for (size_t k = i; k <= last; k++)
        if (is_num(c, k))
            dy_buf_append(&num->whole, tstr(c, k), tlen(c, k));
    num->last = last;
    /* a decimal: "3,5", "12.25", not a date "25.10.1917" */
    bool after_sep = i >= 2 && (tok_is(c, i - 1, ".") || tok_is(c, i - 1, ",")) &&
                     glued(c, i - 1) && glued(c, i) && is_num(c, i - 2);
    if (last == i && !after_sep && (tok_is(c, i + 1, ",") || tok_is(c, i + 1, ".")) &&
        glued(c, i + 1) && is_num(c, i + 2) && glued(c, i + 2) && tlen(c, i) <= 15 &&
        tlen(c, i + 2) <= 6 &&
        !((tok_is(c, i + 3, ".") || tok_is(c, i + 3, ",")) && glued(c, i + 3) &&
          is_num(c, i + 4))) {
        num->decimal = true;
        num->frac = i + 2;
        num->last = i + 2;
    }
    return true;
}

static void number_fini(number *num) { dy_buf_fini(&num->whole); }

/* Appends the spoken number, with the morphemes chain (ORD first for an ordinal) on its last
 * word: "3,5" -> "үш бүтін оннан бес" (13.1: integer + бүтін + denominator in the ablative +
 * numerator, trailing zeros kept as written). */
static void number_say(const nctx *c, const number *num, const dy_kk_morph *chain, int n,
                       dy_buf *out)
{
    if (!num->decimal) {
        say_digits(num->whole.data, num->whole.len, chain, n, out);
        return;
    }
    say_digits(num->whole.data, num->whole.len, NULL, 0, out);
    dy_buf_puts(out, " бүтін ");
    uint64_t denom = 1;
    for (size_t k = 0; k < tlen(c, num->frac); k++)
        denom *= 10;
    dy_buf d = {0};
    dy_kk_cardinal_u64(&d, denom);
    static const dy_kk_morph ABL[] = {DY_KK_ABL};
    put_inflected(out, dy_buf_str(&d), ABL, 1); /* оннан, жүзден, мыңнан, он мыңнан */
    dy_buf_putc(out, ' ');
    dy_buf_fini(&d);
    /* the fraction's digits as a number, leading zeros dropped: 3,05 -> жүзден бес */
    const char *f = tstr(c, num->frac);
    size_t fn = tlen(c, num->frac);
    while (fn > 1 && *f == '0')
        f++, fn--;
    dy_buf fr = {0};
    dy_kk_cardinal(&fr, f, fn);
    put_inflected(out, dy_buf_str(&fr), chain, n);
    dy_buf_fini(&fr);
}

/* ---- context tests that need the number rules ------------------------------------------ */

/* Section 9: is word k a form of жыл (жыл, жылы, жылдан, жылдары ...)? Not жылқы "horse". */
static bool is_year_word(const nctx *c, size_t k)
{
    if (!word_starts(c, k, "жыл") || word_starts(c, k, "жылқ"))
        return false;
    dy_buf b = {0};
    const char *w = lower_word(c, k, &b);
    size_t stem = strlen("жыл");
    dy_kk_morph chain[6];
    bool r = w[stem] == '\0' || dy_kk_parse_tail(w + stem, strlen(w + stem), chain, 6) >= 0 ||
             strncmp(w, "жылдық", strlen("жылдық")) == 0;
    dy_buf_fini(&b);
    return r;
}

/* Section 9: does the form of жыл at k make the number of value v before it a calendar year
 * (an ordinal)? Durations are cardinal: "5 жыл бойы", "100 жылдық", "10 жылдан кейін". */
static bool year_word_calendar(const nctx *c, size_t k, uint64_t v)
{
    if (!is_year_word(c, k))
        return false;
    static const char *const CALENDAR[] = {"жылы",     "жылғы",      "жылдың",       "жылдары",
                                           "жылдарда", "жылдардағы", "жылдарғы",     "жылдардың",
                                           "жылдарын", "жылдарына",  "жылдарындағы", "жылдарында"};
    dy_buf b = {0};
    const char *w = lower_word(c, k, &b);
    bool cal;
    if (strncmp(w, "жылдық", strlen("жылдық")) == 0 || strncmp(w, "жылдай", strlen("жылдай")) == 0)
        cal = false;
    else if (is_word(c, k + 1) && dy_kk_is_duration_word(tstr(c, k + 1), tlen(c, k + 1)))
        cal = false;
    else if (in_set(w, CALENDAR, COUNT(CALENDAR)))
        cal = true;
    else if (strncmp(w, "жылдар", strlen("жылдар")) == 0 && v % 10 == 0)
        cal = true; /* a decade: 90 жылдарда */
    else
        cal = v >= 1000 && v <= 2100;
    dy_buf_fini(&b);
    return cal;
}

/* A noun of part of a year or century (басы, соңында, жартысы ...) at k. */
static bool is_part_noun(const nctx *c, size_t k)
{
    return is_word(c, k) && (dy_kk_is_part_of_year(tstr(c, k), tlen(c, k)) ||
                             dy_kk_part_limit(tstr(c, k), tlen(c, k)) > 0);
}

/* Section 12 rule 4 (and 9 row 1): an ordinal followed by a part noun ("екінші жартысында",
 * "I жартысында", "3-ширегінде", "3-ші ширегінде", "2 тоқсанында"), or a decade ("70-жылдары",
 * "70 жылдары"), starting at k. */
static bool ordinal_part_at(const nctx *c, size_t k)
{
    if (is_ordinal_word(c, k) || roman_value(c, k, NULL))
        return is_part_noun(c, k + 1);
    if (!is_num(c, k))
        return false;
    size_t j = k + 1;
    bool hyphen = tok_is(c, j, "-") && glued(c, j);
    if (hyphen)
        j++;
    dy_kk_morph chain[4];
    if (hyphen && is_word(c, j) && glued(c, j) &&
        dy_kk_parse_tail(tstr(c, j), tlen(c, j), chain, 4) == 1 && chain[0] == DY_KK_ORD)
        j++; /* "3-ші ширегінде" */
    if (word_starts(c, j, "жылдар"))
        return true; /* a decade */
    if (!is_part_noun(c, j))
        return false;
    int limit = dy_kk_part_limit(tstr(c, j), tlen(c, j));
    return hyphen || (limit && num_value(c, k) >= 1 && num_value(c, k) <= (uint64_t)limit);
}

/* Section 12 rule 4: the spoken form of "ғ." / "ғғ." from the words after it (at k). */
static const char *century_form(const nctx *c, size_t k, bool plural)
{
    if (!plural && (is_part_noun(c, k) || ordinal_part_at(c, k)))
        return "ғасырдың"; /* XIX ғ. екінші жартысында, XX ғ. 70-жылдары */
    if (is_verb_form(c, k))
        return plural ? "ғасырларда" : "ғасырда"; /* XV ғ. құрылған */
    return plural ? "ғасырлар" : "ғасыр";
}

/* A form of ғасыр, the noun (ғасырда, ғасырлардағы), not the adjective ғасырлық. */
static bool is_century_word(const nctx *c, size_t k)
{
    return word_starts(c, k, "ғасыр") && !word_starts(c, k, "ғасырлық");
}

/* ---- rules ----------------------------------------------------------------------------- */

typedef size_t (*rule_fn)(nctx *c, size_t i, const char *name);

/* Section 5: "-5" after a space, an opening bracket or "=" (or at the start) is минус бес. */
static size_t r_minus(nctx *c, size_t i, const char *name)
{
    if (!(tok_is(c, i, "-") || tok_is(c, i, "\u2212")) || !is_num(c, i + 1) || !glued(c, i + 1))
        return 0;
    if (i > 0 && !tok(c, i)->space_before && !tok_is(c, i - 1, "(") && !tok_is(c, i - 1, "="))
        return 0;
    emit(c, "минус", tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

/* Section 12 rule 2: the numbered noun at j that gives a Roman numeral its context, as a
 * DY_KK_NOUN_* kind (0: none); "ғ.", "ғғ." and "т." (том) are century nouns. */
/* Section 18.1: "ғ-лар", "ғ-да", "ғ-дың" at j: the chain rebuilt on ғасыр into out; returns the
 * tokens used (0: none). */
static size_t century_hyphen(const nctx *c, size_t j, dy_buf *out)
{
    if (!tok_is(c, j, "ғ") || !tok_is(c, j + 1, "-") || !glued(c, j + 1) || !is_word(c, j + 2) ||
        !glued(c, j + 2))
        return 0;
    dy_kk_morph chain[8];
    int n = dy_kk_parse_tail_after("ғасыр", tstr(c, j + 2), tlen(c, j + 2), chain, 8);
    if (n < 0)
        return 0;
    if (out)
        dy_kk_inflect(out, "ғасыр", chain, (size_t)n);
    return 3;
}

static int roman_noun_at(const nctx *c, size_t j)
{
    bool plural;
    if (century_abbr(c, j, &plural) || century_hyphen(c, j, NULL))
        return DY_KK_NOUN_CENTURY;
    if (tok_is(c, j, "т") && tok_is(c, j + 1, ".") && glued(c, j + 1) &&
        !(is_word(c, j + 2) && glued(c, j + 2)))
        return DY_KK_NOUN_CENTURY;
    return is_word(c, j) ? dy_kk_numbered_noun(tstr(c, j), tlen(c, j)) : 0;
}

/* Does the Roman numeral at i have a context of its own (section 12 rule 2)? A numbered noun
 * directly after it; for numerals of I, V, X also after a capitalised adjective or one or two
 * lower-case words ("II облыстық мұғалімдер съезі"). A lone С, М, Л, D only before a century
 * noun ("С тобындағы" is a letter). */
static bool roman_own_context(const nctx *c, size_t i, int v, bool simple)
{
    int kind = roman_noun_at(c, i + 1);
    if (letters(c, i) == 1 && v >= 50)
        return kind == DY_KK_NOUN_CENTURY;
    if (kind)
        return true;
    if (!simple)
        return false;
    /* regnal, values I-XX: after a capitalised name ("Ақбұлақ ІІ шахтасында", "Петр I"), or
     * before one ("І Петр"); a single Cyrillic letter with a period is an initial instead */
    bool initial = letters(c, i) == 1 && dy_is_cyrillic(first_cp(c, i)) && tok_is(c, i + 1, ".");
    if (v <= 20 && !initial &&
        ((i > 0 && is_person_name(c, i - 1) && spaced(c, i)) ||
         (spaced(c, i + 1) && is_person_name(c, i + 1))))
        return true;
    for (size_t k = 1; k <= 2; k++) {
        size_t w = i + k;
        if (!is_word(c, w) || !spaced(c, w) || roman_value(c, w, NULL) ||
            (starts_upper(c, w) && k > 1))
            return false;
        if (roman_noun_at(c, w + 1))
            return true;
        if (starts_upper(c, w))
            return false; /* one capitalised adjective at most */
    }
    return false;
}

/* A context of its own, or coordinated with a numeral that has one ("ІІ және ІІІ орындар",
 * "IX, X сыныптар", "V-IV ғасырлардағы"): recognition spreads back along the chain. */
static bool roman_context(const nctx *c, size_t i, int depth)
{
    bool simple = false;
    int v = roman_value(c, i, &simple);
    if (!v)
        return false;
    if (roman_own_context(c, i, v, simple))
        return true;
    if (!simple || depth > 8)
        return false;
    size_t j = joiner(c, i + 1);
    return j && roman_context(c, i + 1 + j, depth + 1);
}

/* After a century numeral at k: "ғ."/"ғғ." said as ғасыр/ғасырдың/ғасырда/ғасырлар, or "т."
 * said as том. Returns the tokens used. */
static size_t century_noun(nctx *c, size_t k, const char *name)
{
    bool plural;
    dy_buf h = {0};
    size_t hy = century_hyphen(c, k, &h);
    if (hy) {
        emit(c, h.data, span_of(c, k, k + hy - 1), name, true);
        dy_buf_fini(&h);
        return hy;
    }
    dy_buf_fini(&h);
    size_t a = century_abbr(c, k, &plural);
    if (a) {
        emit(c, century_form(c, k + a, plural), span_of(c, k, k + a - 1), name, true);
        abbr_period(c, k + a - 1, STOP_CAPITAL);
        return a;
    }
    if (roman_noun_at(c, k) == DY_KK_NOUN_CENTURY && tok_is(c, k, "т")) {
        emit(c, "том", span_of(c, k, k + 1), name, true); /* III т. -> үшінші том */
        abbr_period(c, k + 1, STOP_CAPITAL);
        return 2;
    }
    return 0;
}

/* Section 12: a Roman numeral (Latin or Cyrillic look-alikes) with a context is an ordinal:
 * "Ү съезінде" -> бесінші съезінде, "ХІХ ғасырда" -> он тоғызыншы ғасырда, "XX ғ." ->
 * жиырмасыншы ғасыр, "XIX–XX ғғ." -> он тоғызыншы - жиырмасыншы ғасырлар. */
static size_t r_roman(nctx *c, size_t i, const char *name)
{
    int v = roman_value(c, i, NULL);
    if (!v || !roman_context(c, i, 0))
        return 0;
    dy_buf b = {0};
    dy_kk_ordinal_u64(&b, (uint64_t)v);
    size_t used = 1;
    dy_kk_morph chain[8];
    int n = -1;
    if (tok_is(c, i + 1, "-") && glued(c, i + 1) && is_word(c, i + 2) && glued(c, i + 2))
        n = dy_kk_parse_tail_after(last_word(b.data), tstr(c, i + 2), tlen(c, i + 2), chain, 8);
    if (n >= 0) { /* "Николай II-нің" -> Николай екіншінің (the suffix on the ordinal) */
        dy_buf inflected = {0};
        put_inflected(&inflected, b.data, chain, n);
        emit_words(c, inflected.data, span_of(c, i, i + 2), name, tok(c, i)->space_before);
        dy_buf_fini(&inflected);
        dy_buf_fini(&b);
        return 3;
    }
    if (spaced(c, i + 1) && is_person_name(c, i + 1) && !roman_noun_at(c, i + 1)) {
        /* before a name the numeral is part of it: "І Петр" -> Бірінші Петр */
        size_t k = 0;
        int32_t first = dy_utf8_next(b.data, b.len, &k);
        dy_buf cap = {0};
        dy_buf_put_cp(&cap, dy_to_upper(first));
        dy_buf_puts(&cap, b.data + k);
        dy_buf_fini(&b);
        b = cap;
    }
    emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
    int v2;
    if (is_dash(c, i + 1) && (v2 = roman_value(c, i + 2, NULL)) != 0) {
        emit(c, "-", tok(c, i + 1)->src, name, true); /* a range (section 11) */
        dy_buf_clear(&b);
        dy_kk_ordinal_u64(&b, (uint64_t)v2);
        emit_words(c, b.data, tok(c, i + 2)->src, name, true);
        used = 3;
    }
    dy_buf_fini(&b);
    return used + century_noun(c, i + used, name);
}

/* "ғ-лар" after a number or a range (18.1). */
static size_t century_noun_hyphen(nctx *c, size_t k, const char *name)
{
    dy_buf h = {0};
    size_t hy = century_hyphen(c, k, &h);
    if (hy)
        emit(c, h.data, span_of(c, k, k + hy - 1), name, true);
    dy_buf_fini(&h);
    return hy;
}

/* Section 11: "5-12 желтоқсанда", "1941–1945 жж.", "б.з.б. 6 – 3 ғасырларда",
 * "1920-30-жылдары", "10-15-тен": both ends ordinal before a month, a year or century word or a
 * noun after a hyphen; otherwise cardinal (a suffix goes on the second end only). The dash is
 * said as a short pause " - ". */
static size_t r_range(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || !is_dash(c, i + 1) || !is_num(c, i + 2) || tlen(c, i) > 15 ||
        tlen(c, i + 2) > 15)
        return 0;
    bool tight = glued(c, i + 1) && glued(c, i + 2);
    bool loose = spaced(c, i + 1) && spaced(c, i + 2);
    if (!(tight || loose) || (i > 0 && (tok_is(c, i - 1, ",") || tok_is(c, i - 1, ".")) &&
                              glued(c, i) && is_num(c, i - 2)))
        return 0;
    if ((tok_is(c, i + 3, ",") || tok_is(c, i + 3, ".")) && glued(c, i + 3) && is_num(c, i + 4))
        return 0; /* a decimal second end: not handled as a range */
    size_t k = i + 3, used = 3, a;
    bool ordinal = false, plural;
    const char *after = NULL; /* a year or century word said once, after the second end */
    dy_kk_morph chain[8];
    int nchain = 0;
    uint64_t v2 = num_value(c, i + 2);
    if (tok_is(c, k, "-") && glued(c, k) && is_word(c, k + 1) && glued(c, k + 1)) {
        dy_buf card = {0};
        say_number(c, i + 2, NULL, 0, &card);
        nchain = dy_kk_parse_tail_after(last_word(dy_buf_str(&card)), tstr(c, k + 1),
                                        tlen(c, k + 1), chain, 8);
        dy_buf_fini(&card);
        if (nchain >= 0) {
            ordinal = nchain > 0 && chain[0] == DY_KK_ORD; /* "5-6-шы" */
            used = 5;
        } else {
            nchain = 0;
            ordinal = !is_year_word(c, k + 1) || year_word_calendar(c, k + 1, v2);
            used = 4; /* "1920-30-жылдары": the noun itself is read by the word rule */
        }
    } else if ((a = year_abbr(c, k, &plural))) {
        ordinal = true;
        after = plural_year_form(c, k + a);
        used = 3 + a;
    } else if ((a = century_abbr(c, k, &plural))) {
        ordinal = true;
        after = century_form(c, k + a, plural);
        used = 3 + a;
    } else if (century_hyphen(c, k, NULL)) {
        ordinal = true; /* "8–9 ғ-лардағы": the noun is read by century_noun below */
    } else if (is_word(c, k)) {
        size_t stem;
        ordinal = dy_kk_month(tstr(c, k), tlen(c, k), &stem) || year_word_calendar(c, k, v2) ||
                  (is_century_word(c, k) &&
                   !(is_word(c, k + 1) && dy_kk_is_duration_word(tstr(c, k + 1), tlen(c, k + 1))));
    }
    emit_number(c, i, ordinal ? ORD : NULL, ordinal ? 1 : 0, tok(c, i)->src, name);
    emit(c, "-", tok(c, i + 1)->src, name, true);
    dy_buf b = {0};
    if (nchain > 0)
        say_number(c, i + 2, chain, nchain, &b);
    else
        say_number(c, i + 2, ordinal ? ORD : NULL, ordinal ? 1 : 0, &b);
    dy_span src2 = after || nchain > 0 ? span_of(c, i + 2, i + used - 1) : tok(c, i + 2)->src;
    emit_words(c, b.data, src2, name, true);
    dy_buf_fini(&b);
    if (after) {
        emit(c, after, src2, name, true);
        abbr_period(c, i + used - 1, year_abbr(c, i + 3, &plural) ? STOP_OPENER : STOP_CAPITAL);
    }
    if (used == 3)
        used += century_noun_hyphen(c, i + 3, name);
    return used;
}

/* Section 9 row 4: a modifier between "ж." and an event/document noun: a capitalised word, a
 * word in -лық/-лік/-дық/-дік/-тық/-тік, an attributive in -ғы/-гі/-қы/-кі (жазғы, қаладағы, not
 * the possessive тармағы), a hyphenated compound, a month name; none carries a case ending.
 * Returns the token after it, or 0 when the word at k is no modifier. */
static size_t modifier_end(const nctx *c, size_t k)
{
    if (!is_word(c, k))
        return 0;
    size_t end = k + 1;
    while (tok_is(c, end, "-") && glued(c, end) && is_word(c, end + 1) && glued(c, end + 1))
        end += 2;
    if (end > k + 1)
        return end; /* ұлт-азаттық */
    static const char *const CASES[] = {"да",  "де",  "та",  "те",  "ға",  "ге",  "қа",  "ке",
                                        "на",  "не",  "дан", "ден", "тан", "тен", "нан", "нен",
                                        "ның", "нің", "дың", "дің", "тың", "тің"};
    static const char *const ADJ[] = {"лық", "лік", "дық", "дік", "тық", "тік"};
    static const char *const ATTR[] = {"ғы", "гі", "қы", "кі"};
    static const char *const LOC[] = {"да", "де", "та", "те"};
    static const char *const STEM_LOSS[] = {"халқы", "еркі", "мүлкі", "нарқы"};
    dy_buf b = {0};
    const char *w = lower_word(c, k, &b);
    size_t stem, ok = 0;
    if (dy_kk_month(tstr(c, k), tlen(c, k), &stem) && w[stem] == '\0')
        ok = end;
    else if (ends_with_any(w, ADJ, COUNT(ADJ)))
        ok = end;
    else if (ends_with_any(w, ATTR, COUNT(ATTR)) && !in_set(w, STEM_LOSS, COUNT(STEM_LOSS))) {
        /* what remains without -ғы must end in a consonant or in a locative */
        dy_buf rest = {0};
        dy_buf_append(&rest, w, strlen(w) - strlen("ғы"));
        size_t p = rest.len;
        int32_t lastc = dy_utf8_prev(dy_buf_str(&rest), &p);
        bool vowel = lastc < 0 || is_vowel(lastc) || dy_to_upper(lastc) == 0x0423; /* у */
        if (!vowel || ends_with_any(dy_buf_str(&rest), LOC, COUNT(LOC)))
            ok = end;
        dy_buf_fini(&rest);
    } else if (starts_upper(c, k) && !ends_with_any(w, CASES, COUNT(CASES)))
        ok = end;
    dy_buf_fini(&b);
    return ok;
}

/* The spoken form of "ж." from the words after it (at k; section 9, rows 1-5). */
static const char *year_form(const nctx *c, size_t k)
{
    if (tok_is(c, k, "\u2116"))
        return "жылғы"; /* row 4 */
    if (is_num(c, k)) {
        if (ordinal_part_at(c, k))
            return "жылдың"; /* row 1: 2002 ж. 2 тоқсанында */
        /* a day before a month: -дағы makes it attributive (row 2), any other form is row 5 */
        size_t m = k + 1, stem;
        if (is_dash(c, m) && is_num(c, m + 1))
            m += 2;
        uint64_t v = num_value(c, k);
        static const char *const ATTR[] = {"дағы", "дегі", "тағы", "тегі"};
        if (v >= 1 && v <= 31 && is_word(c, m) && dy_kk_month(tstr(c, m), tlen(c, m), &stem) &&
            word_ends(c, m, ATTR, COUNT(ATTR)))
            return "жылғы";
        return "жылы";
    }
    if (!is_word(c, k))
        return "жылы"; /* end of sentence or punctuation: row 5 */
    if (is_part_noun(c, k) || (is_ordinal_word(c, k) && is_part_noun(c, k + 1)))
        return "жылдың"; /* row 1 */
    size_t stem;
    if (dy_kk_month(tstr(c, k), tlen(c, k), &stem)) {
        dy_buf b = {0};
        const char *rest = lower_word(c, k, &b) + stem;
        const char *form = "жылы";
        if (is_genitive_ending(rest))
            form = "жылғы"; /* row 3 */
        else if (!strncmp(rest, "ы", 2) || !strncmp(rest, "і", 2) || !strncmp(rest, "сы", 4) ||
                 !strncmp(rest, "сі", 4))
            form = "жылдың"; /* row 1: a month with the possessive */
        dy_buf_fini(&b);
        return form;
    }
    /* row 4: an event/document noun, directly or after at most two modifiers */
    for (size_t m = k, mods = 0;; mods++) {
        bool bare = false;
        if (is_word(c, m) && dy_kk_is_event_noun(tstr(c, m), tlen(c, m), &bare))
            /* ... unless a bare noun is followed by a clause-final verb (1964 ж. реформа
             * басталды.) */
            return bare && is_clause_final_verb(c, m + 1) ? "жылы" : "жылғы";
        size_t next = mods < 2 ? modifier_end(c, m) : 0;
        if (!next)
            break;
        m = next;
    }
    return "жылы";
}

/* Section 9: a number + "ж." / "жж." / "ж.ж." (the abbreviation), e.g. "1917 ж. 24 қазанда". */
static size_t r_year_abbr(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 4)
        return 0;
    bool plural;
    size_t a = year_abbr(c, i + 1, &plural);
    if (!a)
        return 0;
    size_t k = i + 1 + a;
    uint64_t v = num_value(c, i);
    dy_span src = span_of(c, i, k - 1);
    if (!plural && v < 1000 && is_word(c, k) && dy_kk_is_duration_word(tstr(c, k), tlen(c, k))) {
        emit_number(c, i, NULL, 0, src, name); /* 40 ж. бойы -> қырық жыл бойы */
        emit(c, "жыл", src, name, true);
        return k - i;
    }
    emit_number(c, i, ORD, 1, src, name);
    if (plural) {
        emit(c, plural_year_form(c, k), src, name, true);
    } else {
        emit(c, year_form(c, k), src, name, true);
    }
    abbr_period(c, k - 1, STOP_OPENER);
    return k - i;
}

/* Section 9: a number + a spelled-out form of жыл ("1917 жылы", "1991 жылдан") is an ordinal,
 * unless it is a duration ("5 жыл бойы", "100 жылдық"). The year word itself stays. */
static size_t r_year_word(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 4 || !year_word_calendar(c, i + 1, num_value(c, i)))
        return 0;
    emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    return 1;
}

/* Section 12 rule 5: Arabic digits before "ғ."/"ғғ." or a form of ғасыр are a century, an
 * ordinal ("20 ғасыр"), unless a duration word follows ("3 ғасыр бойы"). */
static size_t r_century(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 2)
        return 0;
    bool plural;
    if (century_abbr(c, i + 1, &plural)) {
        emit_number(c, i, ORD, 1, tok(c, i)->src, name);
        return 1 + century_noun(c, i + 1, name);
    }
    if (!is_century_word(c, i + 1) ||
        (is_word(c, i + 2) && dy_kk_is_duration_word(tstr(c, i + 2), tlen(c, i + 2))))
        return 0;
    emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    return 1;
}

/* Section 7.6 rule 3: a bare number before жартысы (1-2), ширегі or тоқсаны (1-4) is an ordinal:
 * "2017 жылдың 3 тоқсанында" -> үшінші тоқсанында, "ғасырдың 1 жартысы" -> бірінші жартысы. */
static size_t r_part_ordinal(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || !is_word(c, i + 1) || !spaced(c, i + 1))
        return 0;
    int limit = dy_kk_part_limit(tstr(c, i + 1), tlen(c, i + 1));
    uint64_t v = num_value(c, i);
    if (!limit || v < 1 || v > (uint64_t)limit || tlen(c, i) > 1)
        return 0;
    emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    return 1;
}

/* Section 7.4: a noun after "N-" that keeps the number a cardinal: a unit, currency or measure
 * word in any form ("12-тоннаға", "40-метрлік"), or a time noun with a case suffix and no
 * possessive ("6-айдан", "2-аптаға", "5-минутта"); with the possessive it counts which one
 * ("5-айында" -> бесінші айында). */
static bool cardinal_noun(const nctx *c, size_t k)
{
    if (dy_kk_is_measure_word(tstr(c, k), tlen(c, k)))
        return true;
    char low[DY_KK_WORD_MAX];
    size_t len = dy_kk_lower_to(low, sizeof low, tstr(c, k), tlen(c, k));
    size_t stem = len == SIZE_MAX ? 0 : dy_kk_time_noun(low);
    if (!stem || len == stem)
        return false;
    dy_kk_morph chain[6];
    int n = dy_kk_parse_tail(low + stem, len - stem, chain, 6);
    if (n <= 0)
        return false;
    for (int j = 0; j < n; j++)
        if (chain[j] == DY_KK_POSS3 || chain[j] == DY_KK_ORD || chain[j] == DY_KK_COLL)
            return false;
    /* -нда/-нан after the stem are post-possessive: айында parses as POSS3 above */
    return true;
}

/* The rest of r_suffix: the tail at k after the number num (spoken as `words`, with "пайыз" for
 * a percent) is a suffix chain, rebuilt on the last spoken word; or, after a hyphen glued to the
 * number (`noun_ok`), a noun that makes the number an ordinal. Returns the tokens used. */
static size_t suffix_chain(nctx *c, size_t i, const number *num, const char *words, bool percent,
                           bool noun_ok, size_t k, const char *name)
{
    dy_kk_morph chain[9];
    int n;
    if (!num->decimal && !percent && i > 0 && is_genitive_month(c, i - 1)) {
        /* "сәуірдің 20-нан": the grammar needs the possessive (жиырмасынан, 10.2) */
        n = dy_kk_parse_tail(tstr(c, k), tlen(c, k), chain + 1, 8);
        if (n > 0 && chain[1] != DY_KK_ORD && chain[1] != DY_KK_POSS3 && chain[1] != DY_KK_COLL &&
            chain[1] != DY_KK_PLURAL) {
            chain[0] = DY_KK_POSS3;
            n++;
        } else if (n >= 0) {
            memmove(chain, chain + 1, (size_t)n * sizeof *chain);
        }
    } else {
        n = dy_kk_parse_tail_after(last_word(words), tstr(c, k), tlen(c, k), chain, 9);
    }
    dy_buf out = {0};
    size_t used = 0;
    if (n >= 0) {
        if (percent || num->decimal)
            put_inflected(&out, words, chain, n);
        else
            number_say(c, num, chain, n, &out);
        emit_words(c, out.data, span_of(c, i, k), name, tok(c, i)->space_before);
        used = k + 1 - i;
    } else if (noun_ok && !percent && !num->decimal) {
        /* step 4: the tail is a noun; a form of жыл that section 9 reads as a duration keeps
         * the cardinal (7.4 rule 4: "3-жылдан 5-жылға дейін") */
        uint64_t v = num->whole.len <= 15 ? strtoull(num->whole.data, NULL, 10) : 0;
        bool card = is_year_word(c, k) ? !year_word_calendar(c, k, v) : cardinal_noun(c, k);
        number_say(c, num, card ? NULL : ORD, card ? 0 : 1, &out);
        emit_words(c, out.data, span_of(c, i, k - 1), name, tok(c, i)->space_before);
        used = k - i; /* the noun is read by the word rule */
    }
    dy_buf_fini(&out);
    return used;
}

/* Section 7 and 3.1: a number with a written suffix, "5-ке" (беске), "2-ші" / "2ші" (екінші),
 * "10-нан" (оннан), "20-нан" after a genitive month (жиырмасынан), "3,5-ке", "20%-ға",
 * "8 -ге" (a stray space before the hyphen, 7.1 step 6), "5-ақ"; with a noun after the hyphen the
 * number is an ordinal ("3-съезінде" -> үшінші съезінде, "90-жылдары" -> тоқсаныншы жылдары). */
static size_t r_suffix(nctx *c, size_t i, const char *name)
{
    number num;
    if (!number_at(c, i, &num))
        return 0;
    size_t k = num.last + 1, used = 0;
    bool percent = tok_is(c, k, "%");
    if (percent)
        k++;
    bool hyphen = tok_is(c, k, "-");
    if (hyphen)
        k++;
    bool stray = hyphen && spaced(c, k - 1);
    if (!is_word(c, k) || !glued(c, k) || !dy_is_cyrillic(first_cp(c, k)) ||
        (!hyphen && (percent || num.decimal))) {
        number_fini(&num);
        return 0;
    }
    dy_buf words = {0}, b = {0};
    number_say(c, &num, NULL, 0, &words);
    if (percent)
        dy_buf_puts(&words, " пайыз"); /* 20%-ға -> жиырма пайызға (13.3) */
    const char *tail = lower_word(c, k, &b);
    dy_span src = span_of(c, i, k);
    if (hyphen && (!strcmp(tail, "ақ") || !strcmp(tail, "шақты"))) {
        /* the particle stays hyphenated (бес-ақ), шақты is a word of its own (жиырма шақты) */
        dy_buf_puts(&words, !strcmp(tail, "ақ") ? "-ақ" : " шақты");
        emit_words(c, words.data, src, name, tok(c, i)->space_before);
        used = k + 1 - i;
    } else {
        used = suffix_chain(c, i, &num, words.data, percent, hyphen && !stray, k, name);
    }
    dy_buf_fini(&words);
    dy_buf_fini(&b);
    number_fini(&num);
    return used;
}

/* Section 10.1: a day number before a month name is an ordinal ("24 қазанда", "8 Наурыз"). */
static size_t r_day_month(nctx *c, size_t i, const char *name)
{
    size_t stem;
    int ma;
    if (is_num(c, i) && tlen(c, i) <= 2 && num_value(c, i) >= 1 && num_value(c, i) <= 31 &&
        is_word(c, i + 1) && spaced(c, i + 1) && tok_is(c, i + 2, ".") && glued(c, i + 2) &&
        (ma = dy_kk_month_abbr(tstr(c, i + 1), tlen(c, i + 1))) != 0) {
        /* "17 қар." -> он жетінші қараша (section 18) */
        dy_buf b = {0};
        say_number(c, i, ORD, 1, &b);
        dy_buf_putc(&b, ' ');
        dy_buf_puts(&b, dy_kk_month_name(ma));
        emit_words(c, b.data, span_of(c, i, i + 2), name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        bool ends = i + 3 >= c->n || (spaced(c, i + 3) && starts_upper(c, i + 3));
        if (ends)
            emit(c, ".", tok(c, i + 2)->src, "punctuation", false);
        return 3;
    }
    if (!is_num(c, i) || tlen(c, i) > 2 || !is_word(c, i + 1) ||
        !dy_kk_month(tstr(c, i + 1), tlen(c, i + 1), &stem))
        return 0;
    uint64_t v = num_value(c, i);
    if (v < 1 || v > 31)
        return 0;
    emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    return 1;
}

/* Section 7.3: "3 - Бүкілресейлік" is a typo for "3-Бүкілресейлік", an ordinal; but not the
 * answer to something before it ("Жауабы: 3 - дұрыс"). */
static size_t r_spaced_hyphen(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || !tok_is(c, i + 1, "-") || !spaced(c, i + 1) || !spaced(c, i + 2) ||
        !is_word(c, i + 2) || !dy_is_cyrillic(first_cp(c, i + 2)) ||
        (i > 0 && (tok_is(c, i - 1, ":") || tok_is(c, i - 1, "="))))
        return 0;
    emit_number(c, i, ORD, 1, span_of(c, i, i + 1), name);
    return 2;
}

/* Sections 5 and 13.1: cardinals, with group spaces ("1 000 000", "12 500"), and decimals
 * ("3,5" -> үш бүтін оннан бес). */
static size_t r_number(nctx *c, size_t i, const char *name)
{
    number num;
    if (!number_at(c, i, &num))
        return 0;
    dy_buf b = {0};
    number_say(c, &num, NULL, 0, &b);
    emit_words(c, b.data, span_of(c, i, num.last), num.decimal ? "decimal" : name,
               tok(c, i)->space_before);
    dy_buf_fini(&b);
    size_t used = num.last + 1 - i;
    number_fini(&num);
    return used;
}

/* Section 18: abbreviations with periods, also spaced ("т.б.", "т. б.", "б.з.б.", "т.с.с"). */
static size_t abbreviation_at(nctx *c, size_t i, const char *name, bool lower_first);

static size_t r_abbreviation(nctx *c, size_t i, const char *name)
{
    size_t used = abbreviation_at(c, i, name, false);
    return used || i > 0 ? used : abbreviation_at(c, i, name, true);
}

static size_t abbreviation_at(nctx *c, size_t i, const char *name, bool lower_first)
{
    if (!is_word(c, i) || letters(c, i) > 6)
        return 0;
    dy_buf key = {0};
    size_t ends[7], used[7], count = 0, k = i;
    while (count < 6 && is_word(c, k) && letters(c, k) <= 6 && (k == i || letters(c, k) <= 2)) {
        if (i == 0 && k == i && lower_first) /* "Б.з.б." at the start of a sentence */
            dy_kk_lower(&key, tstr(c, k), tlen(c, k));
        else
            dy_buf_append(&key, tstr(c, k), tlen(c, k));
        if (!(tok_is(c, k + 1, ".") && glued(c, k + 1))) {
            if (k > i && glued(c, k)) { /* "т.с.с": the last period left out */
                ends[count] = key.len;
                used[count++] = k + 1 - i;
            }
            break;
        }
        dy_buf_putc(&key, '.');
        ends[count] = key.len;
        used[count++] = k + 2 - i;
        k += 2;
    }
    for (size_t n = count; n > 0; n--) {
        const dy_kk_abbr *a = dy_kk_abbreviation(key.data, ends[n - 1]);
        if (!a)
            continue;
        size_t u = used[n - 1], next = i + u;
        /* "б.з.б. V ғ." -> біздің заманымыздан бұрынғы бесінші ғасыр */
        bool attr = a->attributive && (is_num(c, next) || roman_value(c, next, NULL));
        const char *words = attr ? a->attributive : a->words;
        if (!strcmp(a->key, "Орт.") && word_starts(c, next, "азия"))
            words = "Орта"; /* Орт. Азия -> Орта Азия */
        emit_words(c, words, span_of(c, i, i + u - 1), name, tok(c, i)->space_before);
        abbr_period(c, i + u - 1, a->postpositive ? STOP_CAPITAL : STOP_END);
        dy_buf_fini(&key);
        return u;
    }
    dy_buf_fini(&key);
    return 0;
}

/* Section 18: "млн", "млрд", "трлн" (with or without a period) after a number: "5 млн" -> бес
 * миллион, "2,5 млн" -> екі бүтін оннан бес миллион. */
static size_t r_scale(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || i == 0 || !is_num(c, i - 1))
        return 0;
    const char *w = dy_kk_scale_word(tstr(c, i), tlen(c, i));
    if (!w)
        return 0;
    bool period = tok_is(c, i + 1, ".") && glued(c, i + 1);
    emit(c, w, span_of(c, i, i + period), name, tok(c, i)->space_before);
    if (period)
        abbr_period(c, i + 1, STOP_CAPITAL);
    return 1 + period;
}

/* A single upper-case Cyrillic letter that has a name (section 20.2). */
static bool is_initial_letter(const nctx *c, size_t i)
{
    return is_word(c, i) && letters(c, i) == 1 && dy_is_upper(first_cp(c, i)) &&
           dy_is_cyrillic(first_cp(c, i)) && dy_kk_letter_name(first_cp(c, i));
}

/* Section 19: initials, read by their letter names, periods not spoken: before a surname
 * ("В.И.Лениннің" -> вэ и Лениннің, "Б.Т Жақсылықов" -> бэ тэ Жақсылықов) or after it
 * ("Сейітов Д.Ж.," -> Сейітов дэ жэ,). A single vowel initial is the vowel itself as written
 * ("Ә.Бөкейханов" -> Ә Бөкейханов). */
static size_t r_initial(nctx *c, size_t i, const char *name)
{
    if (!is_initial_letter(c, i) || !tok_is(c, i + 1, ".") || !glued(c, i + 1))
        return 0;
    size_t k = i, count = 0;
    while (count < 3 && is_initial_letter(c, k) && tok_is(c, k + 1, ".") && glued(c, k + 1)) {
        k += 2; /* "В.И.", "Н.Ә. ", "В. И. " */
        count++;
    }
    bool dotless =
        is_initial_letter(c, k) && !tok_is(c, k + 1, ".") && spaced(c, k + 1) && is_name(c, k + 1);
    bool before_name = dotless || is_name(c, k);
    bool after_name = i > 0 && is_name(c, i - 1) && spaced(c, i);
    if (!before_name && !after_name)
        return 0;
    size_t end = dotless ? k + 1 : k; /* tokens of the chain: i .. end-1 */
    for (size_t j = i; j < end; j += 2) {
        const char *letter = dy_kk_letter_name(first_cp(c, j));
        char as_written[8] = {0};
        size_t lk = 0;
        dy_utf8_next(letter, strlen(letter), &lk);
        if (count + dotless == 1 && lk == strlen(letter)) { /* a vowel: its name is itself */
            memcpy(as_written, tstr(c, j), tlen(c, j) < 7 ? tlen(c, j) : 7);
            letter = as_written;
        }
        size_t last = j + 1 < end && tok_is(c, j + 1, ".") ? j + 1 : j;
        emit(c, letter, span_of(c, j, last), name, tok(c, j)->space_before);
    }
    if (end >= c->n && end > i)
        final_period(c, end - 1);
    return end - i;
}

/* Section 20.1 rule 4: does an all-caps token have the shape of Kazakh syllables? */
static bool syllable_shape(const int32_t *cps, size_t n)
{
    bool vowel[8];
    for (size_t i = 0; i < n; i++) {
        vowel[i] = is_vowel(cps[i]);
        if (dy_to_upper(cps[i]) == 0x0423) /* У: a vowel unless a neighbour is a vowel */
            vowel[i] = !((i > 0 && is_vowel(cps[i - 1])) || (i + 1 < n && is_vowel(cps[i + 1])));
    }
    if (n >= 2 && !vowel[0] && !vowel[1])
        return false;
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && vowel[i] && vowel[i - 1])
            return false;
        run = vowel[i] ? 0 : run + 1;
        if (run >= 3)
            return false;
    }
    return run <= 2;
}

/* Emits an acronym's reading (words), with a written suffix rebuilt on its last word ("ҚР-дың"
 * -> Қазақстан Республикасының, "ТМД -ға", "ЕО-ға" -> Еуропалық Одаққа; 20.1, 20.3). A full name
 * ending in a possessive (Республикасы, Ұйымы) takes the post-possessive forms. */
static size_t acronym_words(nctx *c, size_t i, const char *words, const char *name)
{
    size_t k = i + 1;
    if (tok_is(c, k, "-") && spaced(c, k) && is_word(c, k + 1) && glued(c, k + 1))
        ; /* a stray space before the hyphen (7.1 step 6) */
    else if (!(tok_is(c, k, "-") && glued(c, k)))
        k = SIZE_MAX;
    dy_kk_morph chain[8];
    int n = -1;
    if (k != SIZE_MAX && is_word(c, k + 1) && glued(c, k + 1) && dy_is_cyrillic(first_cp(c, k + 1)))
        n = dy_kk_parse_tail_after(last_word(words), tstr(c, k + 1), tlen(c, k + 1), chain + 1, 7);
    if (n < 0) {
        emit_words(c, words, tok(c, i)->src, name, tok(c, i)->space_before);
        return 1;
    }
    const char *last = last_word(words);
    size_t lastlen = strlen(last);
    dy_buf b = {0};
    dy_buf_append(&b, words, (size_t)(last - words));
    size_t p = lastlen, q = 0;
    int32_t l1 = dy_utf8_prev(last, &p);
    int32_t w0 = dy_utf8_next(words, strlen(words), &q);
    /* a full name (capitalised, several words) ending in a possessive -ы/-і */
    bool poss = strchr(words, ' ') && dy_is_upper(w0) && (l1 == 0x044B || l1 == 0x0456) &&
                !(n > 0 && chain[1] == DY_KK_POSS3);
    if (poss) { /* Республикасы -> Республика + POSS3 + case */
        size_t cut = p;
        size_t r = p;
        int32_t l2 = r ? dy_utf8_prev(last, &r) : -1;
        size_t r2 = r;
        int32_t l3 = r2 ? dy_utf8_prev(last, &r2) : -1;
        if ((l2 == 0x0441) && is_vowel(l3))
            cut = r; /* -сы after a vowel */
        dy_buf stem = {0};
        dy_buf_append(&stem, last, cut);
        chain[0] = DY_KK_POSS3;
        dy_kk_inflect(&b, dy_buf_str(&stem), chain, (size_t)n + 1);
        dy_buf_fini(&stem);
    } else {
        dy_kk_inflect(&b, last, chain + 1, (size_t)n);
    }
    emit_words(c, b.data, span_of(c, i, k + 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return k + 2 - i;
}

/* Section 20: acronyms from the lexicon (ҚР -> Қазақстан Республикасы, РКФСР -> эр ка эф эс эр),
 * else read by letter names (СССР -> эс эс эс эр) or as a word in lower case (НАТО -> нато,
 * ҚазҰУ -> қазұу) by the test of 20.1. */
static size_t r_acronym(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i))
        return 0;
    const char *lex = dy_kk_acronym(tstr(c, i), tlen(c, i));
    if (lex)
        return acronym_words(c, i, lex, name);
    if (c->all_caps)
        return 0;
    int32_t cps[8];
    size_t n = 0, upper = 0, k = 0;
    bool vowel = false;
    while (k < tlen(c, i)) {
        int32_t cp = dy_utf8_next(tstr(c, i), tlen(c, i), &k);
        if (n == 7 || !dy_is_cyrillic(cp) || !dy_kk_letter_name(cp))
            return 0;
        upper += dy_is_upper(cp);
        vowel |= is_vowel(cp);
        cps[n++] = cp;
    }
    if (n < 2 || n > 6 || upper < 2 || !dy_is_upper(cps[0]))
        return 0;
    bool spell;
    if (!vowel)
        spell = true;
    else if (upper < n)
        spell = false; /* mixed case: ҚазҰУ */
    else
        spell = !(n >= 4 && syllable_shape(cps, n));
    if (!spell) {
        dy_buf b = {0};
        emit(c, lower_word(c, i, &b), tok(c, i)->src, name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 1;
    }
    dy_buf names = {0};
    for (size_t j = 0; j < n; j++) {
        if (j)
            dy_buf_putc(&names, ' ');
        dy_buf_puts(&names, dy_kk_letter_name(cps[j]));
    }
    size_t used = acronym_words(c, i, names.data, name);
    dy_buf_fini(&names);
    return used;
}

/* Section 12 rule 2: a lone С, М, Л that is no numeral (no century noun after it) is a letter
 * label, read by its name: "С тобындағы" -> эс тобындағы. */
static size_t r_letter(nctx *c, size_t i, const char *name)
{
    if (!is_initial_letter(c, i) || c->all_caps || tok_is(c, i + 1, "."))
        return 0;
    int32_t cp = first_cp(c, i);
    if (cp != 0x0421 && cp != 0x041C && cp != 0x041B)
        return 0;
    emit(c, dy_kk_letter_name(cp), tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

/* Section 3.1: Latin look-alike letters inside a mostly Cyrillic word ("Ресейдiң"). */
static int32_t homoglyph(int32_t cp)
{
    static const int32_t MAP[][2] = {
        {'i', 0x0456}, {'I', 0x0406}, {0x0259, 0x04D9}, {0x01DD, 0x04D9}, {0x018F, 0x04D8},
        {'a', 0x0430}, {'c', 0x0441}, {'e', 0x0435},    {'o', 0x043E},    {'p', 0x0440},
        {'x', 0x0445}, {'y', 0x0443}, {'A', 0x0410},    {'B', 0x0412},    {'C', 0x0421},
        {'E', 0x0415}, {'H', 0x041D}, {'K', 0x041A},    {'M', 0x041C},    {'O', 0x041E},
        {'P', 0x0420}, {'T', 0x0422}, {'X', 0x0425},    {0x0457, 0x0456},
    };
    for (size_t i = 0; i < COUNT(MAP); i++)
        if (MAP[i][0] == cp)
            return MAP[i][1];
    return cp;
}

/* Any other word: passed through, with look-alike letters repaired, invisible characters and
 * apostrophes of Cyrillic words dropped (3.2, 3.4), and all-caps words (a heading,
 * "ҚАЗАҚСТАН") lower-cased so that eSpeak does not spell them. */
static size_t r_word(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i))
        return 0;
    const char *s = tstr(c, i);
    size_t n = tlen(c, i), k = 0, latin_run = 0, max_run = 0, lower = 0;
    bool cyr = false;
    while (k < n) {
        int32_t cp = dy_utf8_next(s, n, &k);
        cyr |= dy_is_cyrillic(cp);
        bool latin = cp < 0x250 && dy_is_letter(cp);
        latin_run = latin ? latin_run + 1 : 0;
        max_run = latin_run > max_run ? latin_run : max_run;
        lower += dy_is_letter(cp) && !dy_is_upper(cp);
    }
    bool fix = cyr && max_run < 3;
    bool lower_all = cyr && lower == 0 && dy_utf8_count(s, n) > 1;
    dy_buf b = {0};
    for (k = 0; k < n;) {
        int32_t cp = dy_utf8_next(s, n, &k);
        if (dy_is_invisible(cp))
            continue; /* қала\u00adсы -> қаласы */
        if (fix)
            cp = homoglyph(cp);
        if (cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2018) {
            if (cyr)
                continue; /* noise inside a Cyrillic word (3.4: Құран’ды) */
            cp = '\'';
        }
        dy_buf_put_cp(&b, lower_all ? dy_to_lower(cp) : cp);
    }
    emit(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return 1;
}

/* Sentence punctuation of ? ! that a writer doubled ("?!", "!!!", "?.."): the first mark. */
static bool is_terminator(const nctx *c, size_t i)
{
    return tok_is(c, i, "?") || tok_is(c, i, "!") || tok_is(c, i, ".") || tok_is(c, i, "\u2026");
}

/* Section 22 and 17: punctuation that makes pauses is kept (quotes become « », "..." and ".."
 * become …, a spaced hyphen or an em dash is an en dash, "?!" keeps its first mark), symbols
 * with a Kazakh name are said, footnote marks and the rest are dropped. */
static size_t r_punct(nctx *c, size_t i, const char *name)
{
    const dy_token *t = tok(c, i);
    dy_span src = t->src;
    int32_t cp = first_cp(c, i);
    bool space = t->space_before;
    bool space_after = i + 1 >= c->n || tok(c, i + 1)->space_before;
    if (cp == 0x00B0 || cp == 0x00BA) {
        /* "°С", "°C", "ºС" are one sign: градус, with a suffix rebuilt on it ("2°С-тан" ->
         * екі градустан; section 14.1) */
        size_t k = i + 1;
        if ((tok_is(c, k, "C") || tok_is(c, k, "\u0421")) && glued(c, k))
            k++;
        dy_kk_morph chain[8];
        int n = -1;
        if (tok_is(c, k, "-") && glued(c, k) && is_word(c, k + 1) && glued(c, k + 1))
            n = dy_kk_parse_tail_after("градус", tstr(c, k + 1), tlen(c, k + 1), chain, 8);
        dy_buf b = {0};
        dy_kk_inflect(&b, "градус", chain, n > 0 ? (size_t)n : 0);
        emit(c, b.data, span_of(c, i, n >= 0 ? k + 1 : k - 1), "symbol", true);
        dy_buf_fini(&b);
        return n >= 0 ? k + 2 - i : k - i;
    }
    const char *word = dy_kk_symbol_word(cp);
    if (cp == '+' && space && space_after && i > 0 && is_num(c, i - 1) && is_num(c, i + 1))
        word = "қосу"; /* arithmetic: 5 + 3 = 8 -> бес қосу үш тең сегіз (17.2) */
    if ((cp == '~' || cp == 0x2248) && is_num(c, i + 1))
        word = "шамамен"; /* ~100 -> шамамен жүз */
    if (cp == 0x00A7 && is_num(c, i + 1) && tlen(c, i + 1) <= 3) {
        /* § 5 -> бесінші параграф */
        dy_buf b = {0};
        say_number(c, i + 1, ORD, 1, &b);
        dy_buf_puts(&b, " параграф");
        emit_words(c, b.data, span_of(c, i, i + 1), "symbol", space);
        dy_buf_fini(&b);
        return 2;
    }
    if (cp == '/' && i > 0 && is_word(c, i - 1) && is_word(c, i + 1)) {
        /* "a/b" between words: немесе; "және/немесе" -> және немесе (said once) */
        static const char *const OR[] = {"немесе"};
        if (word_in(c, i + 1, OR, 1) || word_in(c, i - 1, OR, 1))
            return 1;
        word = "немесе";
    }
    if (word) {
        emit_words(c, word, src, "symbol", true);
        return 1;
    }
    if ((cp == '.' || cp == ',') && !space && i > 0 && is_num(c, i - 1) && is_num(c, i + 1) &&
        glued(c, i + 1)) {
        /* between digits that no number rule read ("25.10.1917", "2.3.1"): a short pause */
        emit(c, ",", src, name, false);
        return 1;
    }
    switch (cp) {
    case '.':
        if (tok_is(c, i + 1, ".") && glued(c, i + 1)) {
            size_t k = i + 1;
            while (tok_is(c, k + 1, ".") && glued(c, k + 1))
                k++;
            emit(c, "\u2026", span_of(c, i, k), name, space);
            return k + 1 - i;
        }
        break;
    case '?':
    case '!': {
        size_t k = i;
        while (k + 1 < c->n && is_terminator(c, k + 1) && glued(c, k + 1))
            k++;
        emit(c, cp == '?' ? "?" : "!", span_of(c, i, k), name, space);
        return k + 1 - i;
    }
    case '[':
        /* a footnote mark glued to a word: "сөз[1]" */
        if (!space && i > 0 && is_word(c, i - 1) && is_num(c, i + 1) && glued(c, i + 1) &&
            tok_is(c, i + 2, "]") && glued(c, i + 2))
            return 3;
        break;
    case '{': emit(c, "(", src, name, space); return 1;
    case '}': emit(c, ")", src, name, space); return 1;
    case 0x201C:
    case 0x201E:
    case 0x201F:
    case 0x2039: emit(c, "\u00ab", src, name, space); return 1;
    case 0x201D:
    case 0x203A: emit(c, "\u00bb", src, name, space); return 1;
    case '"': {
        bool open = i == 0 || space || tok_is(c, i - 1, "(") || tok_is(c, i - 1, "[");
        emit(c, open ? "\u00ab" : "\u00bb", src, name, space);
        return 1;
    }
    case '-':
    case 0x2010:
    case 0x2011:
    case 0x2013:
    case 0x2014: {
        bool between_words =
            !space && !space_after && i > 0 && is_word(c, i - 1) && is_word(c, i + 1);
        if (between_words) /* өзін-өзі, әлеуметтік–экономикалық (3.3) */
            emit(c, "-", src, name, false);
        else if (space || space_after || i == 0)
            emit(c, "\u2013", src, name, true); /* a dash: бірінші - қазақ -> бірінші – қазақ */
        return 1;
    }
    default: break;
    }
    switch (cp) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '(':
    case ')':
    case '[':
    case ']':
    case 0x2026:
    case 0x00AB:
    case 0x00BB: {
        char s[8] = {0};
        memcpy(s, tstr(c, i), tlen(c, i) < 7 ? tlen(c, i) : 7);
        emit(c, s, src, name, space);
        return 1;
    }
    default: return 1; /* dropped: eSpeak would say it in English or not at all */
    }
}

/* ---- dates, times, fractions, units, currency, № (sections 10.3, 13.2, 14.2, 15-17) ---- */

/* Is token k a separator glued on both sides (".", "/", "-", ":")? */
static bool glued_sep(const nctx *c, size_t k, const char *sep)
{
    return tok_is(c, k, sep) && glued(c, k) && k + 1 < c->n && glued(c, k + 1);
}

/* Emits the ordinal or cardinal of the value v. */
static void say_u64(dy_buf *out, uint64_t v, bool ordinal)
{
    if (ordinal)
        dy_kk_ordinal_u64(out, v);
    else
        dy_kk_cardinal_u64(out, v);
}

/* A written suffix at k ("-" glued, then a glued Cyrillic word; or a stray space before the
 * hyphen, 7.1 step 6) that parses as a chain after the spoken word `last`. Returns the tokens it
 * takes (0: none). */
static size_t suffix_at(const nctx *c, size_t k, const char *last, dy_kk_morph *chain, int *n)
{
    if (!tok_is(c, k, "-") || !is_word(c, k + 1) || !glued(c, k + 1) ||
        !dy_is_cyrillic(first_cp(c, k + 1)))
        return 0;
    *n = dy_kk_parse_tail_after(last, tstr(c, k + 1), tlen(c, k + 1), chain, 8);
    return *n >= 0 ? 2 : 0;
}

/* Section 10.3: numeric dates dd.mm.yyyy, dd.mm.yy, dd/mm/yyyy, yyyy-mm-dd. Preferred order
 * year - day - month ("25.10.1917" -> мың тоғыз жүз он жетінші жылғы жиырма бесінші қазан); a
 * year word after it is absorbed: bare жыл and the other spelled-out forms keep the written
 * order ("21.04.2007 жылы" -> жиырма бірінші сәуір, екі мың жетінші жылы), "ж." follows the
 * table of section 9. */
/* A numeric date in the written order: "day month, year [form]" (10.3). */
static void emit_written_order(nctx *c, const char *dm, const char *yb, const char *form, dy_span src,
                               const char *name, bool space)
{
    emit_words(c, dm, src, name, space);
    emit(c, ",", src, name, false);
    emit_words(c, yb, src, name, true);
    if (form)
        emit(c, form, src, name, true);
}

static size_t r_numeric_date(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i))
        return 0;
    size_t di, mi, yi;
    const char *sep = NULL;
    static const char *const SEPS[] = {".", "/"};
    for (size_t s = 0; s < COUNT(SEPS) && !sep; s++)
        if (tlen(c, i) <= 2 && glued_sep(c, i + 1, SEPS[s]) && is_num(c, i + 2) &&
            tlen(c, i + 2) <= 2 && glued_sep(c, i + 3, SEPS[s]) && is_num(c, i + 4) &&
            (tlen(c, i + 4) == 2 || tlen(c, i + 4) == 4))
            sep = SEPS[s];
    if (sep) {
        di = i, mi = i + 2, yi = i + 4;
    } else if (tlen(c, i) == 4 && glued_sep(c, i + 1, "-") && is_num(c, i + 2) &&
               tlen(c, i + 2) == 2 && glued_sep(c, i + 3, "-") && is_num(c, i + 4) &&
               tlen(c, i + 4) == 2) {
        yi = i, mi = i + 2, di = i + 4;
    } else {
        return 0;
    }
    if (glued_sep(c, i + 5, ".") && is_num(c, i + 6))
        return 0; /* a version number 1.2.3.4 */
    uint64_t d = num_value(c, di), m = num_value(c, mi), y = num_value(c, yi);
    if (d < 1 || d > 31 || m < 1 || m > 12)
        return 0;
    const char *month = dy_kk_month_name((int)m);
    size_t k = i + 5, used = 5;
    dy_buf dm = {0}, yb = {0};
    say_u64(&dm, d, true);
    dy_buf_putc(&dm, ' ');
    dy_kk_morph chain[8];
    int n = 0;
    size_t sfx = suffix_at(c, k, month, chain, &n);
    if (sfx && glued(c, k)) { /* "25.10.1917-де": the suffix goes on the month */
        put_inflected(&dm, month, chain, n);
        used += sfx;
    } else {
        dy_buf_puts(&dm, month);
    }
    say_u64(&yb, y, true);
    bool plural;
    size_t a = used == 5 ? year_abbr(c, k, &plural) : 0;
    dy_span src = span_of(c, i, i + used - 1);
    if (a && !plural) {
        const char *form = year_form(c, k + a);
        src = span_of(c, i, k + a - 1);
        if (!strcmp(form, "жылғы")) {
            emit_words(c, yb.data, src, name, tok(c, i)->space_before);
            emit(c, "жылғы", src, name, true);
            emit_words(c, dm.data, src, name, true);
        } else {
            emit_written_order(c, dm.data, yb.data, form, src, name, tok(c, i)->space_before);
        }
        abbr_period(c, k + a - 1, STOP_OPENER);
        used += a;
    } else if (used == 5 && is_year_word(c, k) && spaced(c, k)) {
        /* "03.11.2008 жыл" -> үшінші қараша, екі мың сегізінші жыл: the writer's form stays */
        emit_written_order(c, dm.data, yb.data, NULL, src, name, tok(c, i)->space_before);
    } else {
        emit_words(c, yb.data, src, name, tok(c, i)->space_before);
        emit(c, "жылғы", src, name, true);
        emit_words(c, dm.data, src, name, true);
    }
    dy_buf_fini(&dm);
    dy_buf_fini(&yb);
    return used;
}

/* Is token j the minutes of a time written before it ("10:30" ending at j)? */
static bool time_ends_at(const nctx *c, size_t j)
{
    return j >= 2 && is_num(c, j) && tok_is(c, j - 1, ":") && glued(c, j - 1) && is_num(c, j - 2);
}

/* Section 14.2: times H:MM, HH:MM(:SS), "HH.MM" after сағат: "10:30" -> сағат он отыз, "10:00" ->
 * сағат он, "09:05" -> сағат тоғыз нөл бес, "10:30-да" -> сағат он отызда. сағат is said once
 * before a pair of times ("07:40 мен 08:15", "11:30-дан 15:00-ге дейін"). */
static size_t r_time(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 2)
        return 0;
    bool after_hour_word = i > 0 && (word_starts(c, i - 1, "сағат") || tok_is(c, i - 1, "сағ") ||
                                     (tok_is(c, i - 1, ".") && i > 1 && tok_is(c, i - 2, "сағ")));
    bool colon = glued_sep(c, i + 1, ":");
    if (!(colon || (after_hour_word && glued_sep(c, i + 1, "."))) || !is_num(c, i + 2) ||
        tlen(c, i + 2) != 2)
        return 0;
    uint64_t h = num_value(c, i), m = num_value(c, i + 2), sec = UINT64_MAX;
    if (h > 24 || m > 59)
        return 0;
    size_t used = 3;
    if (colon && glued_sep(c, i + 3, ":") && is_num(c, i + 4) && tlen(c, i + 4) == 2) {
        sec = num_value(c, i + 4);
        if (sec > 59)
            return 0;
        used = 5;
    } else if (glued_sep(c, i + 3, tstr(c, i + 1)[0] == ':' ? ":" : ".") && is_num(c, i + 4)) {
        return 0; /* a date or a version number */
    }
    dy_buf b = {0};
    if (sec != UINT64_MAX) { /* 10:30:15 -> он сағат отыз минут он бес секунд */
        say_u64(&b, h, false);
        dy_buf_puts(&b, " сағат ");
        say_u64(&b, m, false);
        dy_buf_puts(&b, " минут ");
        say_u64(&b, sec, false);
        dy_buf_puts(&b, " секунд");
    } else {
        /* a pair: the second time after a joiner or after the first one's suffix */
        bool second = (i >= 2 && time_ends_at(c, i - 2) && (joiner(c, i - 1) || is_word(c, i - 1))) ||
                      (i >= 4 && is_word(c, i - 1) && tok_is(c, i - 2, "-") &&
                       time_ends_at(c, i - 3));
        if (!after_hour_word && !second)
            dy_buf_puts(&b, "сағат ");
        say_u64(&b, h, false);
        if (m > 0 && m < 10)
            dy_buf_puts(&b, " нөл ");
        else if (m >= 10)
            dy_buf_putc(&b, ' ');
        if (m > 0)
            say_u64(&b, m, false);
    }
    dy_kk_morph chain[8];
    int n = 0;
    size_t sfx = suffix_at(c, i + used, last_word(b.data), chain, &n);
    if (sfx && glued(c, i + used)) {
        dy_buf t = {0};
        put_inflected(&t, b.data, chain, n);
        dy_buf_fini(&b);
        b = t;
        used += sfx;
    }
    emit_words(c, b.data, span_of(c, i, i + used - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return used;
}

/* Section 13.2: fractions a/b (also "a / b"): the denominator in the ablative, then the
 * numerator ("3/4" -> төрттен үш, "1/3-і" -> үштен бірі, "2 1/2" -> екі бүтін екіден бір); two
 * 4-digit years a/a+1 are a school or fiscal year pair, read as a range of ordinals. */
static size_t r_fraction(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 15 || (i > 0 && tok_is(c, i - 1, "\u2116")))
        return 0;
    size_t a = i, whole = SIZE_MAX;
    if (is_num(c, i + 1) && spaced(c, i + 1) && tok_is(c, i + 2, "/") && glued(c, i + 2) &&
        glued(c, i + 3) && is_num(c, i + 3)) {
        whole = i; /* a mixed number */
        a = i + 1;
    }
    bool tight = glued_sep(c, a + 1, "/");
    bool loose = tok_is(c, a + 1, "/") && spaced(c, a + 1) && spaced(c, a + 2);
    if (!(tight || loose) || !is_num(c, a + 2) || tlen(c, a + 2) > 15 ||
        (tok_is(c, a + 3, "/") && is_num(c, a + 4)))
        return 0;
    if (i > 0 && tok_is(c, i - 1, "/"))
        return 0;
    uint64_t num = num_value(c, a), den = num_value(c, a + 2);
    if (den == 0)
        return 0;
    dy_buf b = {0};
    size_t used = a + 3 - i;
    if (whole == SIZE_MAX && tlen(c, a) == 4 && tlen(c, a + 2) == 4 && den == num + 1) {
        say_u64(&b, num, true);
        dy_buf_puts(&b, " - ");
        say_u64(&b, den, true);
    } else {
        if (whole != SIZE_MAX) {
            say_u64(&b, num_value(c, whole), false);
            dy_buf_puts(&b, " бүтін ");
        }
        dy_buf d = {0};
        say_u64(&d, den, false);
        static const dy_kk_morph ABL[] = {DY_KK_ABL};
        put_inflected(&b, d.data, ABL, 1);
        dy_buf_fini(&d);
        dy_buf_putc(&b, ' ');
        dy_buf nb = {0};
        say_u64(&nb, num, false);
        dy_kk_morph chain[8];
        int n = 0;
        size_t sfx = suffix_at(c, a + 3, last_word(nb.data), chain, &n);
        if (sfx && glued(c, a + 3)) { /* халықтың 1/3-і -> үштен бірі */
            put_inflected(&b, nb.data, chain, n);
            used += sfx;
        } else {
            dy_buf_puts(&b, nb.data);
        }
        dy_buf_fini(&nb);
    }
    emit_words(c, b.data, span_of(c, i, i + used - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return used;
}

/* Drops one letter of a doubled final consonant before a suffix (4.4: килограмм ->
 * килограмына). */
static void undouble(dy_buf *w)
{
    size_t p = w->len;
    int32_t a = dy_utf8_prev(w->data, &p);
    size_t q = p;
    int32_t b = q ? dy_utf8_prev(w->data, &q) : -1;
    if (a == b && a > 0 && !is_vowel(a))
        w->len = p, w->data[p] = '\0';
}

/* A unit or currency at k (sections 15, 16): a sign, an abbreviation (with its period), "кв. м",
 * "шаршы м", "км²", and the energy units "кВт/сағ", "кВт сағат" (one unit, киловатт-сағат).
 * Appends the spoken words to w and returns the tokens used (0: none); *cur is the currency or
 * NULL; *chain_n gets a suffix chain written on an energy unit's сағат (or -1). */
static size_t unit_at(const nctx *c, size_t k, dy_buf *w, const dy_kk_unit **cur, dy_kk_morph *chain,
                      int *chain_n)
{
    *cur = NULL;
    *chain_n = -1;
    if (k >= c->n)
        return 0;
    if (is_punct(c, k)) {
        const dy_kk_unit *s = dy_kk_currency_sign(first_cp(c, k));
        if (!s)
            return 0;
        dy_buf_puts(w, s->word);
        *cur = s;
        return 1;
    }
    if (!is_word(c, k))
        return 0;
    size_t start = k;
    const char *pre = NULL;
    if ((tok_is(c, k, "кв") || tok_is(c, k, "куб")) && tok_is(c, k + 1, ".") && glued(c, k + 1) &&
        is_word(c, k + 2)) {
        pre = tok_is(c, k, "кв") ? "шаршы" : "текше";
        k += 2;
    } else if ((tok_is(c, k, "шаршы") || tok_is(c, k, "текше")) && is_word(c, k + 1) &&
               dy_kk_unit_word(tstr(c, k + 1), tlen(c, k + 1))) {
        pre = tok_is(c, k, "шаршы") ? "шаршы" : "текше";
        k += 1;
    }
    const dy_kk_unit *u = dy_kk_unit_word(tstr(c, k), tlen(c, k));
    if (!u)
        return 0;
    k++;
    if (tok_is(c, k, "\u00b2") || tok_is(c, k, "\u00b3")) {
        pre = tok_is(c, k, "\u00b2") ? "шаршы" : "текше";
        k++;
    }
    if (pre) {
        dy_buf_puts(w, pre);
        dy_buf_putc(w, ' ');
    }
    dy_buf_puts(w, u->word);
    *cur = u->minor ? u : NULL;
    if (ends_with(u->word, "ватт")) {
        /* кВт/сағ, кВт·сағ, кВт*сағ, кВт-сағ, кВт сағ, кВт сағат(қа): киловатт-сағат */
        size_t h = k;
        if ((tok_is(c, h, "/") || tok_is(c, h, "\u00b7") || tok_is(c, h, "*") ||
             tok_is(c, h, "-")) &&
            glued(c, h) && glued(c, h + 1))
            h++;
        else if (!spaced(c, h))
            h = SIZE_MAX;
        if (h != SIZE_MAX && (tok_is(c, h, "сағ") || word_starts(c, h, "сағат"))) {
            dy_buf_puts(w, "-сағат");
            if (tok_is(c, h, "сағ")) {
                k = h + 1;
                if (tok_is(c, k, ".") && glued(c, k))
                    k++;
            } else {
                char low[DY_KK_WORD_MAX];
                size_t len = dy_kk_lower_to(low, sizeof low, tstr(c, h), tlen(c, h));
                size_t stem = strlen("сағат");
                if (len != SIZE_MAX && len > stem)
                    *chain_n = dy_kk_parse_tail_after("сағат", low + stem, len - stem, chain, 8);
                if (len == SIZE_MAX || (len > stem && *chain_n < 0))
                    return 0;
                k = h + 1;
            }
            return k - start;
        }
    }
    if (u->period && tok_is(c, k, ".") && glued(c, k))
        k++;
    return k - start;
}

/* Section 16 ratios: the denominator at k ("/" then a unit), said first with the possessive
 * and the dative: "сағатына", "гектарына", "шаршы километріне". Returns tokens used. */
static size_t ratio_at(const nctx *c, size_t k, dy_buf *den)
{
    bool tight = tok_is(c, k, "/") && glued(c, k) && glued(c, k + 1);
    bool loose = tok_is(c, k, "/") && spaced(c, k) && spaced(c, k + 1);
    if (!tight && !loose)
        return 0;
    dy_buf w = {0};
    const dy_kk_unit *cur;
    dy_kk_morph ch[8];
    int chn;
    size_t used = unit_at(c, k + 1, &w, &cur, ch, &chn);
    if (!used || cur || chn >= 0 || strchr(w.data, '-')) {
        dy_buf_fini(&w);
        return 0;
    }
    undouble(&w);
    static const dy_kk_morph POSS_DAT[] = {DY_KK_POSS3, DY_KK_DAT};
    put_inflected(den, w.data, POSS_DAT, 2);
    dy_buf_fini(&w);
    return 1 + used;
}

/* Sections 15 and 16: a number (or decimal, or group-spaced number) with a unit or currency:
 * "5 км" -> бес километр, "2,7 млн км²" -> екі бүтін оннан жеті миллион шаршы километр,
 * "60 км/сағ" -> сағатына алпыс километр, "5 км-ге" -> бес километрге, "150,50 ₸" -> жүз елу
 * теңге елу тиын, "$1,5 млрд" -> бір бүтін оннан бес миллиард доллар. */
static size_t r_measure(nctx *c, size_t i, const char *name)
{
    const dy_kk_unit *sign = NULL;
    size_t first = i;
    if (is_punct(c, i)) { /* "$100", "€20", "$ 20" */
        sign = dy_kk_currency_sign(first_cp(c, i));
        if (!sign || !is_num(c, i + 1))
            return 0;
        i++;
    }
    number num;
    if (!number_at(c, i, &num))
        return 0;
    size_t k = num.last + 1;
    const char *scale = NULL;
    if (is_word(c, k) && (scale = dy_kk_scale_word(tstr(c, k), tlen(c, k))) != NULL) {
        k++;
        if (tok_is(c, k, ".") && glued(c, k))
            k++;
    }
    dy_buf unit = {0}, den = {0}, out = {0};
    const dy_kk_unit *cur = sign;
    dy_kk_morph chain[8];
    int n = -1;
    size_t used = 0;
    if (sign) {
        dy_buf_puts(&unit, sign->word);
    } else {
        used = unit_at(c, k, &unit, &cur, chain, &n);
        /* a lone capital letter unit (В, А) before a numbered noun is a class label */
        if (used == 1 && letters(c, k) == 1 && is_word(c, k + 1) &&
            dy_kk_is_doc_noun(tstr(c, k + 1), tlen(c, k + 1)))
            used = 0;
        if (!used && is_word(c, k) && dy_is_letter(first_cp(c, k)) && !dy_is_upper(first_cp(c, k)) && tok_is(c, k + 1, "/")) {
            /* a counted noun over a unit: "12 адам/км²", "135 теңге / м³" */
            size_t r = ratio_at(c, k + 1, &den);
            if (r) {
                dy_buf_append(&unit, tstr(c, k), tlen(c, k));
                used = 1 + r;
            }
        } else if (used && !tok_is(c, k + used - 1, ".")) {
            used += ratio_at(c, k + used, &den);
        }
        if (!used) {
            dy_buf_fini(&unit);
            dy_buf_fini(&den);
            number_fini(&num);
            return 0;
        }
        k += used;
    }
    /* a suffix on the unit: "5 км-ге", "100 $-ға", "1 000 000 ₸-ден" */
    if (n < 0) {
        size_t sfx = suffix_at(c, k, last_word(unit.data), chain, &n);
        if (sfx)
            k += sfx;
        else
            n = 0;
    }
    if (den.len) {
        dy_buf_puts(&out, den.data);
        dy_buf_putc(&out, ' ');
    }
    bool minor = cur && cur->minor && num.decimal && !scale && tlen(c, num.frac) == 2;
    if (minor) { /* 150,50 ₸ -> жүз елу теңге елу тиын */
        say_digits(num.whole.data, num.whole.len, NULL, 0, &out);
        dy_buf_putc(&out, ' ');
        dy_buf_puts(&out, unit.data);
        dy_buf_putc(&out, ' ');
        dy_buf fr = {0};
        say_number(c, num.frac, NULL, 0, &fr);
        dy_buf_puts(&out, fr.data);
        dy_buf_fini(&fr);
        dy_buf_putc(&out, ' ');
        put_inflected(&out, cur->minor, chain, n);
    } else {
        number_say(c, &num, NULL, 0, &out);
        if (scale) {
            dy_buf_putc(&out, ' ');
            dy_buf_puts(&out, scale);
        }
        dy_buf_putc(&out, ' ');
        put_inflected(&out, unit.data, chain, n);
    }
    emit_words(c, out.data, span_of(c, first, k - 1), name, tok(c, first)->space_before);
    if (tok_is(c, k - 1, "."))
        abbr_period(c, k - 1, STOP_CAPITAL);
    dy_buf_fini(&unit);
    dy_buf_fini(&den);
    dy_buf_fini(&out);
    number_fini(&num);
    return k - first;
}

/* Section 16: a unit abbreviation after a number that another rule read (the second end of a
 * range: "5-12 км" -> бес - он екі километр). */
static size_t r_unit_after(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || i == 0 || !(is_num(c, i - 1) || tok_is(c, i - 1, "%")))
        return 0;
    dy_buf w = {0};
    const dy_kk_unit *cur;
    dy_kk_morph chain[8];
    int n;
    size_t used = unit_at(c, i, &w, &cur, chain, &n);
    if (!used || (used == 1 && letters(c, i) == 1 && is_word(c, i + 1) &&
                  dy_kk_is_doc_noun(tstr(c, i + 1), tlen(c, i + 1)))) {
        dy_buf_fini(&w);
        return 0;
    }
    if (n < 0) {
        size_t sfx = suffix_at(c, i + used, last_word(w.data), chain, &n);
        used += sfx;
        if (!sfx)
            n = 0;
    }
    dy_buf out = {0};
    put_inflected(&out, w.data, chain, n);
    emit_words(c, out.data, span_of(c, i, i + used - 1), name, tok(c, i)->space_before);
    if (tok_is(c, i + used - 1, "."))
        abbr_period(c, i + used - 1, STOP_CAPITAL);
    dy_buf_fini(&w);
    dy_buf_fini(&out);
    return used;
}

/* Section 17.1: "№82 мектеп" -> сексен екі нөмірлі мектеп; "№ 70)" -> нөмір жетпіс; codes
 * "№151-1", "№151/2", "№590-591" -> нөмір жүз елу бір - бір; "№№" -> нөмірлері; "#5" -> нөмір бес. */
static size_t r_number_sign(nctx *c, size_t i, const char *name)
{
    bool hash = tok_is(c, i, "#");
    if (!tok_is(c, i, "\u2116") && !hash)
        return 0;
    size_t k = i + 1;
    bool plural = !hash && tok_is(c, k, "\u2116") && glued(c, k);
    if (plural)
        k++;
    if (!is_num(c, k))
        return 0;
    dy_buf b = {0};
    size_t last = k;
    say_number(c, k, NULL, 0, &b);
    bool code = false;
    while ((glued_sep(c, last + 1, "-") || glued_sep(c, last + 1, "/")) && is_num(c, last + 2)) {
        dy_buf_puts(&b, " - ");
        say_number(c, last + 2, NULL, 0, &b);
        last += 2;
        code = true;
    }
    dy_span src = span_of(c, i, last);
    bool noun = !hash && !plural && !code && is_word(c, last + 1) && spaced(c, last + 1) &&
                dy_is_cyrillic(first_cp(c, last + 1)) && !dy_is_upper(first_cp(c, last + 1)) &&
                !joiner(c, last + 1);
    if (noun) {
        emit_words(c, b.data, src, name, tok(c, i)->space_before);
        emit(c, "нөмірлі", src, name, true);
    } else {
        emit(c, plural ? "нөмірлері" : "нөмір", src, name, tok(c, i)->space_before);
        emit_words(c, b.data, src, name, true);
    }
    dy_buf_fini(&b);
    return last + 1 - i;
}

/* ---- labels, numbered nouns, coordination (section 7.5, 7.6) ---------------------------- */

/* Is there an unclosed "(" before token i in the sentence? */
static bool open_bracket_before(const nctx *c, size_t i)
{
    int depth = 0;
    for (size_t k = 0; k < i; k++)
        depth += tok_is(c, k, "(") ? 1 : tok_is(c, k, ")") && depth > 0 ? -1 : 0;
    return depth > 0;
}

/* Section 7.6 rule 1: a label "N)" (no unclosed bracket before it) or a line-initial "N." is an
 * ordinal; at the start of a list item it is followed by a short pause: "Міндеттері: 1) жоспар
 * құру" -> Міндеттері: бірінші, жоспар құру. */
static size_t r_label(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 3 || !glued(c, i + 1) || !is_word(c, i + 2) ||
        !spaced(c, i + 2))
        return 0;
    bool paren = tok_is(c, i + 1, ")");
    bool dot = tok_is(c, i + 1, ".") && i == 0;
    if (!paren && !dot)
        return 0;
    if (paren && open_bracket_before(c, i))
        return 0;
    if (i > 0 && (tok_is(c, i - 1, "(") || is_num(c, i - 1)))
        return 0;
    bool item = i == 0 || tok_is(c, i - 1, ":") || tok_is(c, i - 1, ";") || tok_is(c, i - 1, ",");
    emit_number(c, i, ORD, 1, span_of(c, i, i + 1), name);
    if (item)
        emit(c, ",", tok(c, i + 1)->src, name, false);
    return 2;
}

/* Section 7.6 rule 2: is word k (after a number) a numbered noun outside a counting frame? The
 * frame: an ablative noun before тұрады/құралады, a verb of the list after the noun, or a
 * quantity word before the number at i. */
static bool doc_noun_ordinal(const nctx *c, size_t i, size_t k)
{
    if (!is_word(c, k) || !dy_kk_is_doc_noun(tstr(c, k), tlen(c, k)))
        return false;
    if (i > 0 && is_word(c, i - 1) && dy_kk_is_quantity_word(tstr(c, i - 1), tlen(c, i - 1)))
        return false;
    if (i > 0 && tok_is(c, i - 1, "~"))
        return false;
    if (is_word(c, k + 1) && dy_kk_is_counting_verb(tstr(c, k + 1), tlen(c, k + 1)))
        return false;
    return true;
}

/* The second end of a range, after the " - " pause. */
static void emit_second_end(nctx *c, size_t i, bool ordinal, const char *name)
{
    dy_buf b = {0};
    say_number(c, i, ordinal ? ORD : NULL, ordinal ? 1 : 0, &b);
    emit_words(c, b.data, tok(c, i)->src, name, true);
    dy_buf_fini(&b);
}

/* Section 7.6 rule 2: a bare number 1-999 before a numbered noun is an ordinal ("Шарттың 6
 * бабында" -> алтыншы бабында, "11 сынып" -> он бірінші сынып); a pair or range before one too
 * ("7–9 сыныптарда"), both ends; a counting frame keeps the cardinal ("4 бөлімнен тұрады"). */
static size_t r_doc_noun(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 3 || num_value(c, i) < 1 || tstr(c, i)[0] == '0')
        return 0;
    if (i > 0 && (tok_is(c, i - 1, ",") || tok_is(c, i - 1, ".")) && glued(c, i) &&
        is_num(c, i - 2))
        return 0;
    size_t k = i + 1;
    bool range = is_dash(c, k) && is_num(c, k + 1) && tlen(c, k + 1) <= 3 &&
                 ((glued(c, k) && glued(c, k + 1)) || (spaced(c, k) && spaced(c, k + 1)));
    if (range)
        k += 2;
    if (!spaced(c, k) || !doc_noun_ordinal(c, i, k)) {
        if (!range || !spaced(c, k) || !is_word(c, k) ||
            !dy_kk_is_doc_noun(tstr(c, k), tlen(c, k)))
            return 0;
        /* a counting frame: both ends cardinal ("4-5 бөлімнен тұрады") */
        emit_number(c, i, NULL, 0, tok(c, i)->src, name);
        emit(c, "-", tok(c, i + 1)->src, name, true);
        emit_second_end(c, i + 2, false, name);
        return 3;
    }
    emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    if (range) {
        emit(c, "-", tok(c, i + 1)->src, name, true);
        emit_second_end(c, i + 2, true, name);
        return 3;
    }
    return 1;
}

/* The category the last member of a chain of numbers at j gets from what follows it (7.5):
 * 1 ordinal, 0 cardinal or unknown. */
static int member_category(const nctx *c, size_t j)
{
    size_t k = j + 1, stem;
    if (tok_is(c, k, "-") && glued(c, k) && is_word(c, k + 1) && glued(c, k + 1)) {
        dy_buf card = {0};
        say_number(c, j, NULL, 0, &card);
        dy_kk_morph chain[8];
        int n = dy_kk_parse_tail_after(last_word(dy_buf_str(&card)), tstr(c, k + 1),
                                       tlen(c, k + 1), chain, 8);
        dy_buf_fini(&card);
        if (n >= 0)
            return n > 0 && chain[0] == DY_KK_ORD;
        return !dy_kk_is_measure_word(tstr(c, k + 1), tlen(c, k + 1)) &&
               !(is_year_word(c, k + 1) && !year_word_calendar(c, k + 1, num_value(c, j)));
    }
    if (!spaced(c, k))
        return 0;
    if (is_word(c, k) && dy_kk_month(tstr(c, k), tlen(c, k), &stem) && num_value(c, j) >= 1 &&
        num_value(c, j) <= 31)
        return 1;
    if (tlen(c, j) <= 3 && doc_noun_ordinal(c, j, k))
        return 1;
    if (is_century_word(c, k))
        return 1;
    return 0;
}

/* Section 7.5: in a chain of numbers joined by ", ", және, мен/бен/пен, немесе, не, the earlier
 * bare members take the category of the last: "2, 5-тармақтары" -> екінші, бесінші тармақтары,
 * "12 және 15 қазанда" -> он екінші және он бесінші қазанда; years with a year word after the
 * last member ("2007 және 2011 жылғы", "1998, 2003 жж."). */
static size_t r_coord(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 4 || (i > 0 && tok_is(c, i - 1, "-")))
        return 0;
    if (i > 0 && (tok_is(c, i - 1, ",") || tok_is(c, i - 1, ".")) && glued(c, i) &&
        is_num(c, i - 2))
        return 0;
    size_t j = i;
    bool years = true;
    for (int guard = 0; guard < 16; guard++) {
        size_t jn = joiner(c, j + 1);
        if (!jn || is_dash(c, j + 1) || !is_num(c, j + 1 + jn) || tlen(c, j + 1 + jn) > 4)
            break;
        years &= tlen(c, j) >= 3 && num_value(c, j) <= 2100;
        j = j + 1 + jn;
    }
    if (j == i)
        return 0;
    years &= tlen(c, j) >= 3 && num_value(c, j) <= 2100;
    bool plural;
    int cat;
    if (years && (year_abbr(c, j + 1, &plural) || year_word_calendar(c, j + 1, num_value(c, j))))
        cat = !(year_abbr(c, j + 1, &plural) && num_value(c, j) < 1000 && is_word(c, j + 1 + 2) &&
                dy_kk_is_duration_word(tstr(c, j + 3), tlen(c, j + 3)));
    else
        cat = member_category(c, j);
    if (!cat)
        return 0;
    emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    return 1;
}

/* Section 7.5: "2,4-баптары" is the pair 2, 4 whose space was lost (no item has a fractional
 * number): екінші, төртінші баптары. */
static size_t r_pair_typo(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 3 || tstr(c, i)[0] == '0' || !glued_sep(c, i + 1, ",") ||
        !is_num(c, i + 2) || tlen(c, i + 2) > 3 || tstr(c, i + 2)[0] == '0' ||
        !tok_is(c, i + 3, "-") || !glued(c, i + 3) || !is_word(c, i + 4) || !glued(c, i + 4) ||
        !dy_kk_is_doc_noun(tstr(c, i + 4), tlen(c, i + 4)))
        return 0;
    emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    emit(c, ",", tok(c, i + 1)->src, name, false);
    emit_number(c, i + 2, ORD, 1, span_of(c, i + 2, i + 3), name);
    return 4;
}

/* ---- abbreviations with context (section 18, 18.1) ------------------------------------- */

/* Sections 18 and 18.1: "Алматы қ." -> Алматы қаласы, "Ақмола обл." -> Ақмола облысы, "Ақтау
 * қ-сы" -> Ақтау қаласы, "обл-нда" -> облысында; Russian order "қ. Алматы" -> Алматы қаласы. */
static size_t r_place(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i))
        return 0;
    const dy_kk_place *p = dy_kk_place_abbr(tstr(c, i), tlen(c, i));
    if (!p || !p->after_name)
        return 0;
    bool after = i > 0 && is_name(c, i - 1) && spaced(c, i);
    static const dy_kk_morph POSS[] = {DY_KK_POSS3};
    dy_buf b = {0};
    size_t used = 0;
    if (after && tok_is(c, i + 1, "-") && glued(c, i + 1) && is_word(c, i + 2) && glued(c, i + 2)) {
        dy_kk_morph chain[8];
        int n = dy_kk_parse_tail_after(p->base, tstr(c, i + 2), tlen(c, i + 2), chain, 8);
        if (n < 0)
            return 0;
        dy_kk_inflect(&b, p->base, chain, (size_t)n);
        used = 3;
    } else if (tok_is(c, i + 1, ".") && glued(c, i + 1)) {
        if (after) {
            dy_kk_inflect(&b, p->base, POSS, 1);
            used = 2;
        } else if (is_name(c, i + 2) && spaced(c, i + 2) && !dy_kk_is_sentence_opener(tstr(c, i + 2), tlen(c, i + 2))) {
            /* "қ. Алматы": the name first */
            dy_span src = span_of(c, i, i + 2);
            dy_buf w = {0};
            dy_buf_append(&w, tstr(c, i + 2), tlen(c, i + 2));
            emit(c, w.data, src, name, tok(c, i)->space_before);
            dy_buf_fini(&w);
            dy_kk_inflect(&b, p->base, POSS, 1);
            emit(c, b.data, src, name, true);
            dy_buf_fini(&b);
            return 3;
        }
    }
    if (!used) {
        dy_buf_fini(&b);
        return 0;
    }
    emit(c, b.data, span_of(c, i, i + used - 1), name, true);
    if (used == 2)
        abbr_period(c, i + 1, STOP_CAPITAL);
    dy_buf_fini(&b);
    return used;
}

/* Section 18: language abbreviations: "(гр. hydor)" -> (грекше hydor), "лат. тілінен" ->
 * латын тілінен; орыс. and араб. only after "(" (or a separator inside an open bracket), or
 * before Latin script, quotes, a bracket or a form of тіл; elsewhere they are the words. */
static size_t r_language(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || !tok_is(c, i + 1, ".") || !glued(c, i + 1))
        return 0;
    const dy_kk_lang *l = dy_kk_language_abbr(tstr(c, i), tlen(c, i));
    if (!l)
        return 0;
    size_t k = i + 2;
    bool til = word_starts(c, k, "тіл");
    bool pos1 = i > 0 && (tok_is(c, i - 1, "(") ||
                          ((tok_is(c, i - 1, ",") || tok_is(c, i - 1, ";")) &&
                           open_bracket_before(c, i)));
    bool pos2 = k < c->n && ((is_word(c, k) && !dy_is_cyrillic(first_cp(c, k))) ||
                             tok_is(c, k, "\u00ab") || tok_is(c, k, "\"") || tok_is(c, k, "(") ||
                             tok_is(c, k, "\u201c"));
    if (l->is_word && !til && !pos1 && !pos2)
        return 0;
    emit(c, til ? l->name : l->adverb, span_of(c, i, i + 1), name, tok(c, i)->space_before);
    if (k >= c->n)
        final_period(c, i + 1);
    return 2;
}

/* Section 18: "т. 2" -> екінші том (т. before a number is a volume). */
static size_t r_volume(nctx *c, size_t i, const char *name)
{
    if (!tok_is(c, i, "т") || !tok_is(c, i + 1, ".") || !glued(c, i + 1) || !is_num(c, i + 2) ||
        !spaced(c, i + 2) || tlen(c, i + 2) > 3)
        return 0;
    dy_span src = span_of(c, i, i + 2);
    dy_buf b = {0};
    say_number(c, i + 2, ORD, 1, &b);
    emit_words(c, b.data, src, name, tok(c, i)->space_before);
    emit(c, "том", src, name, true);
    dy_buf_fini(&b);
    return 3;
}

/* Section 20.4: мен/бен/пен and the question particle after a word dauys generated are rebuilt
 * from the last spoken sound: "ЕО мен" -> Еуропалық Одақ пен, "40 бен 50" -> қырық пен елу. */
static size_t r_particle(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || !spaced(c, i) || i == 0 || c->u->words.len == 0 ||
        (letters(c, i) != 3 && letters(c, i) != 2))
        return 0;
    static const char *const CONJ[] = {"мен", "бен", "пен"};
    static const char *const Q[] = {"ма", "ме", "ба", "бе", "па", "пе"};
    bool conj = word_in(c, i, CONJ, COUNT(CONJ));
    bool q = !conj && word_in(c, i, Q, COUNT(Q));
    if (!conj && !q)
        return 0;
    if (conj && word_starts(c, i + 1, "үшін"))
        return 0;
    const dy_word *w = &c->u->words.items[c->u->words.len - 1];
    if (!w->rule || !strcmp(w->rule, "word") || !strcmp(w->rule, "punctuation") ||
        !strcmp(w->rule, "lexicon") || w->src.end != tok(c, i - 1)->src.end)
        return 0;
    const char *sp = c->u->spoken.data + w->off;
    size_t p = w->len;
    int32_t last = dy_utf8_prev(sp, &p);
    last = dy_to_lower(last);
    bool vowel = is_vowel(last);
    bool sonor = last == 0x0440 || last == 0x0439 || last == 0x0443 || last == 0x043B; /* р й у л */
    bool nasal = last == 0x043C || last == 0x043D || last == 0x04A3;                   /* м н ң */
    bool zh = last == 0x0436 || last == 0x0437;                                        /* ж з */
    const char *form;
    if (conj) {
        form = vowel || sonor || nasal ? "мен" : zh ? "бен" : "пен";
    } else {
        /* harmony from the last vowel of the spoken word */
        bool back = true;
        for (size_t k = 0; k < w->len;) {
            int32_t cp = dy_to_lower(dy_utf8_next(sp, w->len, &k));
            if (cp == 0x0430 || cp == 0x043E || cp == 0x04B1 || cp == 0x044B || cp == 0x044F ||
                cp == 0x044E)
                back = true;
            else if (cp == 0x04D9 || cp == 0x0435 || cp == 0x04E9 || cp == 0x04AF || cp == 0x0456 ||
                     cp == 0x044D || cp == 0x0438)
                back = false;
        }
        form = vowel || sonor ? (back ? "ма" : "ме")
               : nasal || zh  ? (back ? "ба" : "бе")
                              : (back ? "па" : "пе");
    }
    emit(c, form, tok(c, i)->src, name, true);
    return 1;
}

/* ---- Latin script, URLs, e-mail (section 21) -------------------------------------------- */

static bool url_char(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           strchr("._~:/?#@%+=&-", ch) != NULL;
}

static bool is_alnum_ascii(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

/* Emits one Latin label of a URL: as written, or in Cyrillic (no_latin_voice; a short
 * top-level domain by English letter names: kz -> кей зет); digits as cardinals. */
static void emit_label(nctx *c, const char *s, size_t n, dy_span src, const char *name, bool tld,
                       bool glued_left)
{
    size_t k = 0;
    while (k < n) {
        size_t e = k;
        bool digits = s[k] >= '0' && s[k] <= '9';
        while (e < n && ((s[e] >= '0' && s[e] <= '9') == digits))
            e++;
        dy_buf b = {0};
        if (digits) {
            say_digits(s + k, e - k, NULL, 0, &b);
        } else if (c->opts->no_latin_voice && tld && e - k <= 3) {
            for (size_t j = k; j < e; j++) {
                if (j > k)
                    dy_buf_putc(&b, ' ');
                dy_buf_puts(&b, dy_kk_latin_letter_name((unsigned char)s[j]));
            }
        } else if (c->opts->no_latin_voice) {
            dy_kk_latin_to_cyrillic(&b, s + k, e - k);
        } else {
            dy_buf_append(&b, s + k, e - k);
        }
        emit_words(c, b.data, src, name, !glued_left || k > 0);
        dy_buf_fini(&b);
        k = e;
    }
}

/* Section 21: URLs, e-mail addresses and bare domains: the scheme dropped, "www" said дабл-ю
 * дабл-ю дабл-ю, separators in Kazakh (. нүкте, / қиғаш сызық, - дефис, _ астыңғы сызық, :
 * қос нүкте, @ айқұлақ), a query string dropped, labels left in Latin letters:
 * "info@mail.kz" -> info айқұлақ mail нүкте kz. */
static size_t r_url(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || dy_is_cyrillic(first_cp(c, i)) || first_cp(c, i) >= 0x250)
        return 0;
    const char *t = c->text;
    size_t start = tok(c, i)->src.start, end = start, lim = c->u->src.end;
    while (end < lim && url_char(t[end]))
        end++;
    while (end > start && !is_alnum_ascii(t[end - 1]) && t[end - 1] != '/')
        end--; /* a sentence period, a comma after the address */
    if (end - start < 4)
        return 0;
    size_t p = start;
    bool scheme = false;
    if (end - p > 8 && !strncmp(t + p, "https://", 8))
        p += 8, scheme = true;
    else if (end - p > 7 && !strncmp(t + p, "http://", 7))
        p += 7, scheme = true;
    size_t said = p; /* nothing to say after the scheme ("http:///", "https://?q"): no URL */
    while (said < end && !is_alnum_ascii(t[said]) && t[said] != '?' && t[said] != '#')
        said++;
    if (said == end || t[said] == '?' || t[said] == '#')
        return 0;
    bool www = end - p > 4 && !strncmp(t + p, "www.", 4);
    bool at = memchr(t + p, '@', end - p) != NULL;
    /* a bare domain: labels joined by "." with a known last label, and no path */
    size_t host_end = p;
    while (host_end < end && (is_alnum_ascii(t[host_end]) || t[host_end] == '.' || t[host_end] == '-'))
        host_end++;
    size_t dot = host_end;
    while (dot > p && t[dot - 1] != '.')
        dot--;
    bool domain = dot > p && dy_kk_is_tld(t + dot, host_end - dot);
    if (!scheme && !www && !at && !(domain && host_end == end))
        return 0;
    if (at && !domain)
        return 0;
    /* the tokens covered */
    size_t last = i;
    while (last + 1 < c->n && tok(c, last + 1)->src.start < end && glued(c, last + 1))
        last++;
    end = tok(c, last)->src.end;
    dy_span src = {start, end};
    bool first = true;
    if (www) {
        emit_words(c, "дабл-ю дабл-ю дабл-ю", src, name, tok(c, i)->space_before);
        first = false;
        p += 3;
    }
    for (size_t k = p; k < end;) {
        char ch = t[k];
        if (ch == '?' || ch == '#')
            break; /* a query string may be dropped */
        const char *sep = ch == '.' ? "нүкте" : ch == '/' ? "қиғаш сызық" : ch == '-' ? "дефис"
                          : ch == '_' ? "астыңғы сызық" : ch == ':' ? "қос нүкте"
                          : ch == '@' ? "айқұлақ" : NULL;
        if (sep) {
            if (!(ch == '/' && k + 1 == end)) /* a trailing slash is not said */
                emit_words(c, sep, src, name, true);
            k++;
            continue;
        }
        size_t e = k;
        while (e < end && is_alnum_ascii(t[e]))
            e++;
        if (e == k) {
            k++;
            continue;
        }
        bool tld = e == host_end && dy_kk_is_tld(t + k, e - k);
        emit_label(c, t + k, e - k, src, name, tld, first && !tok(c, i)->space_before);
        first = false;
        k = e;
    }
    return last + 1 - i;
}

/* Section 21 with opts->no_latin_voice: a Latin-script word is spelled in Cyrillic for the
 * Kazakh voice ("Microsoft" -> микрософт). Without the option Latin words go to eSpeak's English
 * voice unchanged (the word rule). */
static size_t r_latin(nctx *c, size_t i, const char *name)
{
    if (!c->opts->no_latin_voice || !is_word(c, i))
        return 0;
    const char *s = tstr(c, i);
    size_t n = tlen(c, i);
    for (size_t k = 0; k < n;) {
        int32_t cp = dy_utf8_next(s, n, &k);
        if (!((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '\'' || cp == 0x2019))
            return 0;
    }
    dy_buf b = {0};
    dy_kk_latin_to_cyrillic(&b, s, n);
    emit(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return 1;
}

static const struct rule {
    const char *name;
    rule_fn apply;
} RULES[] = {
    {"url", r_url},
    {"number-sign", r_number_sign},
    {"date", r_numeric_date},
    {"time", r_time},
    {"fraction", r_fraction},
    {"measure", r_measure},
    {"minus", r_minus},
    {"roman", r_roman},
    {"label", r_label},
    {"pair", r_pair_typo},
    {"numbered-noun", r_doc_noun},
    {"range", r_range},
    {"year", r_year_abbr},
    {"year", r_year_word},
    {"century", r_century},
    {"part-ordinal", r_part_ordinal},
    {"coordination", r_coord},
    {"suffix", r_suffix},
    {"date", r_day_month},
    {"ordinal-typo", r_spaced_hyphen},
    {"cardinal", r_number},
    {"scale", r_scale},
    {"unit", r_unit_after},
    {"particle", r_particle},
    {"volume", r_volume},
    {"place", r_place},
    {"language", r_language},
    {"abbreviation", r_abbreviation},
    {"initial", r_initial},
    {"acronym", r_acronym},
    {"letter", r_letter},
    {"latin", r_latin},
    {"word", r_word},
    {"punctuation", r_punct},
};

/* A user's lexicon entry at token i (applied before the built-in rules): the written form must
 * end where a token ends. */
static size_t r_lexicon(nctx *c, size_t i, const dy_lexicon *lex)
{
    const char *spoken;
    size_t start = tok(c, i)->src.start;
    size_t n = dy_lexicon_match(lex, c->text, start, c->u->src.end, &spoken);
    if (!n)
        return 0;
    size_t last = i;
    while (last < c->n && tok(c, last)->src.end < start + n)
        last++;
    if (last >= c->n || tok(c, last)->src.end != start + n)
        return 0;
    emit_words(c, spoken, span_of(c, i, last), "lexicon", tok(c, i)->space_before);
    return last + 1 - i;
}

void dy_normalize(const char *text, dy_utt *u) { dy_normalize_with(text, u, NULL); }

void dy_normalize_with(const char *text, dy_utt *u, const dy_norm_opts *opts)
{
    const dy_lexicon *lex = opts && dy_lexicon_size(opts->lexicon) ? opts->lexicon : NULL;
    u->words.len = 0;
    dy_buf_clear(&u->spoken);
    dy_tokenize(text, u->src, u);
    static const dy_norm_opts no_opts = {0};
    nctx c = {text, u, u->tokens.len, true, P_START, opts ? opts : &no_opts};
    for (size_t i = 0; i < c.n && c.all_caps; i++) {
        if (!is_word(&c, i))
            continue;
        for (size_t k = 0; k < tlen(&c, i);) {
            int32_t cp = dy_utf8_next(tstr(&c, i), tlen(&c, i), &k);
            if (dy_is_letter(cp) && !dy_is_upper(cp))
                c.all_caps = false;
        }
    }
    for (size_t i = 0; i < c.n;) {
        size_t used = lex ? r_lexicon(&c, i, lex) : 0;
        for (size_t r = 0; r < COUNT(RULES) && !used; r++)
            used = RULES[r].apply(&c, i, RULES[r].name);
        i += used ? used : 1;
    }
}

void dy_normalize_chunks(const dy_utt *u, size_t max_bytes, dy_span_vec *out)
{
    const char *s = dy_buf_str(&u->spoken);
    size_t n = u->spoken.len, start = 0;
    if (max_bytes < 16)
        max_bytes = 16;
    while (start < n) {
        while (start < n && s[start] == ' ')
            start++;
        if (start >= n)
            break;
        size_t end = n;
        if (n - start > max_bytes) {
            size_t clause = 0, space = 0;
            for (size_t k = start + 1; k < start + max_bytes; k++) {
                if (s[k] != ' ')
                    continue;
                space = k;
                if (strchr(",;:", s[k - 1]) ||
                    (k >= start + 3 && !memcmp(s + k - 3, "\u2013", 3)) ||
                    (k >= start + 3 && !memcmp(s + k - 3, "\u2014", 3)))
                    clause = k;
            }
            end = clause > start + max_bytes / 4 ? clause : space ? space : start + max_bytes;
            while (end > start + 1 && ((unsigned char)s[end] & 0xC0) == 0x80)
                end--; /* never cut inside a UTF-8 sequence */
        }
        size_t e = end;
        while (e > start && s[e - 1] == ' ')
            e--;
        *DY_VEC_PUSH(out) = (dy_span){start, e};
        start = end;
    }
}
