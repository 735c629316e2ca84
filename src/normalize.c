/* Normalization rules (see normalize.h). Stages of kazakh-normalization.md section 1: the token
 * stage has run (token.c); here multi-token patterns come first (ranges, years, dates, number +
 * suffix), then single tokens (numbers, abbreviations, initials, acronyms, words, punctuation).
 * Number words and suffixes come from kk_numbers, word lists from kk_lexicon. */
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

#include "kk_lexicon.h"
#include "kk_numbers.h"

/* What the last emitted piece was, to decide the space before the next one. */
typedef enum piece { P_START, P_WORD, P_OPEN, P_PUNCT } piece;

typedef struct nctx {
    const char *text;
    dy_utt *u;
    size_t n;      /* number of tokens */
    bool all_caps; /* no lower-case letter in the sentence: a heading in capitals (20.1 rule 6) */
    piece prev;
} nctx;

/* ---- token access ---------------------------------------------------------------------- */

static const dy_token *tok(const nctx *c, size_t i) { return &c->u->tokens.items[i]; }
static const char *tstr(const nctx *c, size_t i) { return c->text + tok(c, i)->src.start; }
static size_t tlen(const nctx *c, size_t i) { return tok(c, i)->src.end - tok(c, i)->src.start; }
static bool is_kind(const nctx *c, size_t i, dy_tok_kind k) { return i < c->n && tok(c, i)->kind == k; }
static bool is_num(const nctx *c, size_t i) { return is_kind(c, i, DY_TOK_NUMBER); }
static bool is_word(const nctx *c, size_t i) { return is_kind(c, i, DY_TOK_WORD); }
static bool glued(const nctx *c, size_t i) { return i < c->n && !tok(c, i)->space_before; }

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

static bool starts_upper(const nctx *c, size_t i) { return is_word(c, i) && dy_is_upper(first_cp(c, i)); }

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

/* ---- output ---------------------------------------------------------------------------- */

static bool closes_left(const char *s)
{
    static const char *const CLOSERS[] = {".", ",", ";", ":", "!", "?", "\u2026", ")", "\u00bb"};
    for (size_t i = 0; i < sizeof CLOSERS / sizeof *CLOSERS; i++)
        if (strcmp(s, CLOSERS[i]) == 0)
            return true;
    return false;
}

/* Appends one spoken piece (a word or a punctuation mark) reading source span src.
 * space: whether the source had white space before it; the layout is repaired where eSpeak
 * needs it (a space after a comma before a letter, 3.5; between a number and a glued word). */
static void emit(nctx *c, const char *s, dy_span src, const char *rule, bool space)
{
    dy_utt *u = c->u;
    size_t k = 0;
    int32_t cp = dy_utf8_next(s, strlen(s), &k);
    bool alnum = dy_is_letter(cp) || (cp >= '0' && cp <= '9');
    bool opener = strcmp(s, "(") == 0 || strcmp(s, "\u00ab") == 0;
    bool sp;
    if (c->prev == P_START || c->prev == P_OPEN || closes_left(s))
        sp = false;
    else if (space)
        sp = true;
    else
        sp = alnum && (c->prev == P_WORD || c->prev == P_PUNCT) &&
             u->spoken.len && strchr(",;:)!?", u->spoken.data[u->spoken.len - 1]) != NULL;
    if (!sp && alnum && c->prev == P_WORD)
        sp = true; /* two words never run together: "12дәптер" -> "он екі дәптер" */
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

/* Spells the number token i: cardinal, or with the morphemes chain (ORD first for an ordinal)
 * on its last word. Leading zeros and more than 15 digits are read digit by digit (5). */
static void say_number(const nctx *c, size_t i, const dy_kk_morph *chain, int nchain, dy_buf *out)
{
    const char *d = tstr(c, i);
    size_t n = tlen(c, i);
    if (n > 15 || (n > 1 && d[0] == '0')) {
        dy_kk_digits(out, d, n);
        return;
    }
    dy_buf card = {0};
    dy_kk_cardinal(&card, d, n);
    const char *last = strrchr(card.data, ' ');
    size_t head = last ? (size_t)(last - card.data) + 1 : 0;
    dy_buf_append(out, card.data, head);
    dy_kk_inflect(out, card.data + head, chain, (size_t)nchain);
    dy_buf_fini(&card);
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

/* ---- rules ----------------------------------------------------------------------------- */

typedef size_t (*rule_fn)(nctx *c, size_t i, const char *name);

/* A year abbreviation at i: "ж", "ж.", "жж.", "ж.ж."; returns tokens used (0: none) and whether
 * it is the plural. */
static size_t year_abbr(const nctx *c, size_t i, bool *plural)
{
    *plural = false;
    if (tok_is(c, i, "ж")) {
        size_t k = i + 1;
        if (tok_is(c, k, ".") && glued(c, k)) {
            k++;
            if (tok_is(c, k, "ж") && glued(c, k) && tok_is(c, k + 1, ".") && glued(c, k + 1)) {
                *plural = true;
                k += 2;
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

/* A genitive ending of 4.3 (сәуірдің, қазанның). */
static bool is_genitive_ending(const char *rest)
{
    static const char *const GEN[] = {"ның", "нің", "дың", "дің", "тың", "тің"};
    for (size_t i = 0; i < sizeof GEN / sizeof *GEN; i++)
        if (strcmp(rest, GEN[i]) == 0)
            return true;
    return false;
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
    if (!is_word(c, i))
        return false;
    dy_buf b = {0};
    const char *w = lower_word(c, i, &b);
    bool v = ends_with(w, "ды") || ends_with(w, "ді") || ends_with(w, "ты") || ends_with(w, "ті");
    dy_buf_fini(&b);
    return v && (i + 1 >= c->n || tok(c, i + 1)->kind == DY_TOK_PUNCT);
}

/* The spoken form of "ж." from the words after it (section 9, rows 1-5). */
static const char *year_form(const nctx *c, size_t k)
{
    if (k >= c->n || !(is_word(c, k) || is_num(c, k) || tok_is(c, k, "\u2116")))
        return "жылы"; /* end of sentence or punctuation: row 5 */
    if (tok_is(c, k, "\u2116"))
        return "жылғы"; /* row 4 */
    dy_buf b = {0};
    const char *form = "жылы";
    size_t stem;
    if (is_num(c, k)) {
        /* a day before a month: -дағы makes it attributive (row 2), any other form is row 5 */
        size_t m = k + 1;
        if (is_dash(c, m) && is_num(c, m + 1))
            m += 2;
        uint64_t v = num_value(c, k);
        if (v >= 1 && v <= 31 && is_word(c, m) && dy_kk_month(tstr(c, m), tlen(c, m), &stem)) {
            const char *w = lower_word(c, m, &b);
            if (ends_with(w, "дағы") || ends_with(w, "дегі") || ends_with(w, "тағы") ||
                ends_with(w, "тегі"))
                form = "жылғы";
        }
    } else if (dy_kk_is_part_of_year(tstr(c, k), tlen(c, k))) {
        form = "жылдың"; /* row 1 */
    } else if (dy_kk_month(tstr(c, k), tlen(c, k), &stem)) {
        const char *rest = lower_word(c, k, &b) + stem;
        if (is_genitive_ending(rest))
            form = "жылғы"; /* row 3 */
        else if (!strncmp(rest, "ы", 2) || !strncmp(rest, "і", 2) || !strncmp(rest, "сы", 4) ||
                 !strncmp(rest, "сі", 4))
            form = "жылдың"; /* row 1: a month with the possessive */
    } else if (dy_kk_is_event_noun(tstr(c, k), tlen(c, k))) {
        /* row 4, unless a bare noun is followed by a clause-final verb (1964 ж. реформа
         * басталды.) */
        bool bare = false;
        const char *w = lower_word(c, k, &b);
        static const char *const BARE[] = {"реформа", "көтеріліс", "соғыс", "сайлау", "санақ",
                                           "заң", "шешім", "декрет", "оқиға", "көрме"};
        for (size_t i = 0; i < sizeof BARE / sizeof *BARE; i++)
            bare |= strcmp(w, BARE[i]) == 0;
        form = bare && is_clause_final_verb(c, k + 1) ? "жылы" : "жылғы";
    }
    dy_buf_fini(&b);
    return form;
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
        static const char *const SPAN_WORDS[] = {"аралығ", "арасы", "арасын", "ішінде", "бойы"};
        bool span = false;
        for (size_t s = 0; s < sizeof SPAN_WORDS / sizeof *SPAN_WORDS && is_word(c, k); s++)
            span |= strncmp(tstr(c, k), SPAN_WORDS[s], strlen(SPAN_WORDS[s])) == 0;
        emit(c, span ? "жылдар" : "жылдары", src, name, true);
    } else {
        emit(c, year_form(c, k), src, name, true);
    }
    /* the period of the abbreviation also ends the sentence when nothing follows */
    if (k >= c->n && tok_is(c, k - 1, "."))
        emit(c, ".", tok(c, k - 1)->src, "punctuation", false);
    return k - i;
}

/* Section 9: a number + a spelled-out form of жыл ("1917 жылы", "1991 жылдан") is an ordinal,
 * unless it is a duration ("5 жыл бойы", "100 жылдық"). The year word itself stays. */
static size_t r_year_word(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 4 || !is_word(c, i + 1))
        return 0;
    dy_buf b = {0};
    const char *w = lower_word(c, i + 1, &b);
    uint64_t v = num_value(c, i);
    bool year = strncmp(w, "жыл", strlen("жыл")) == 0 && strncmp(w, "жылдық", strlen("жылдық")) &&
                strncmp(w, "жылдай", strlen("жылдай"));
    if (year && is_word(c, i + 2) && dy_kk_is_duration_word(tstr(c, i + 2), tlen(c, i + 2)))
        year = false;
    if (year && v < 1000) {
        static const char *const CALENDAR[] = {"жылы", "жылғы", "жылдың", "жылдары", "жылдарда",
                                               "жылдардағы"};
        bool cal = false;
        for (size_t k = 0; k < sizeof CALENDAR / sizeof *CALENDAR; k++)
            cal |= strcmp(w, CALENDAR[k]) == 0;
        year = cal;
    }
    if (year && v >= 1000 && v <= 2100 && (!strcmp(w, "жыл") || !strcmp(w, "жылға")) &&
        i + 2 >= c->n)
        year = true;
    dy_buf_fini(&b);
    if (!year)
        return 0;
    emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    return 1;
}

/* Section 10.1: a day number before a month name is an ordinal ("24 қазанда"). */
static size_t r_day_month(nctx *c, size_t i, const char *name)
{
    size_t stem;
    if (!is_num(c, i) || tlen(c, i) > 2 || !is_word(c, i + 1) ||
        !dy_kk_month(tstr(c, i + 1), tlen(c, i + 1), &stem))
        return 0;
    uint64_t v = num_value(c, i);
    if (v < 1 || v > 31)
        return 0;
    emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    return 1;
}

/* Section 11: "5-12 желтоқсанда", "1941–1945 жж.", "1920-30-жылдары": both ends ordinal before a
 * month or a year word; other ranges are two cardinals. The dash is said as a short pause. */
static size_t r_range(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || !is_dash(c, i + 1) || !glued(c, i + 1) || !is_num(c, i + 2) ||
        !glued(c, i + 2))
        return 0;
    size_t k = i + 3, stem;
    bool plural;
    size_t abbr = year_abbr(c, k, &plural);
    bool ordinal = false;
    const char *year_word = NULL;
    size_t used = 3;
    if (tok_is(c, k, "-") && glued(c, k) && is_word(c, k + 1) && glued(c, k + 1)) {
        dy_kk_morph chain[8];
        if (dy_kk_parse_tail(tstr(c, k + 1), tlen(c, k + 1), chain, 8) >= 0)
            return 0; /* a suffix on the second end: leave to the suffix rule */
        ordinal = true; /* "1920-30-жылдары": the hyphen form of the noun */
        used = 4;       /* the noun itself is read by the word rule */
    } else if (abbr) {
        ordinal = true;
        year_word = "жылдары";
        used = 3 + abbr;
    } else if (is_word(c, k) && (dy_kk_month(tstr(c, k), tlen(c, k), &stem) ||
                                 strncmp(tstr(c, k), "жыл", strlen("жыл")) == 0)) {
        ordinal = true;
    }
    dy_span src = span_of(c, i, i + used - 1);
    emit_number(c, i, ordinal ? ORD : NULL, ordinal ? 1 : 0, tok(c, i)->src, name);
    emit(c, "-", tok(c, i + 1)->src, name, true);
    dy_buf b = {0};
    say_number(c, i + 2, ordinal ? ORD : NULL, ordinal ? 1 : 0, &b);
    emit_words(c, b.data, year_word ? src : tok(c, i + 2)->src, name, true);
    dy_buf_fini(&b);
    if (year_word)
        emit(c, year_word, src, name, true);
    return used;
}

/* Section 7 and 3.1: a number with a written suffix, "5-ке" (беске), "2-ші" / "2ші" (екінші),
 * "20-нан" after a genitive month (жиырмасынан); with a noun after the hyphen the number is an
 * ordinal ("3-съезінде" -> үшінші съезінде, "90-жылдары" -> тоқсаныншы жылдары). */
static size_t r_suffix(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i))
        return 0;
    size_t w = i + 1;
    bool hyphen = tok_is(c, w, "-") && glued(c, w);
    if (hyphen)
        w++;
    if (!is_word(c, w) || !glued(c, w) || !dy_is_cyrillic(first_cp(c, w)))
        return 0;
    dy_kk_morph chain[9];
    int n = dy_kk_parse_tail(tstr(c, w), tlen(c, w), chain + 1, 8);
    if (n < 0) {
        if (!hyphen)
            return 0; /* "12дәптер": a number, then a word (3.1 rule 2) */
        emit_number(c, i, ORD, 1, span_of(c, i, i + 1), name);
        return 2; /* the noun is read by the word rule */
    }
    dy_kk_morph *ch = chain + 1;
    if (i > 0 && is_genitive_month(c, i - 1) && ch[0] != DY_KK_ORD && ch[0] != DY_KK_POSS3 &&
        n > 0) {
        ch = chain; /* "сәуірдің 20-нан": the grammar needs the possessive (жиырмасынан) */
        ch[0] = DY_KK_POSS3;
        n++;
    }
    emit_number(c, i, ch, n, span_of(c, i, w), name);
    return w + 1 - i;
}

/* Section 7.3: "3 - Бүкілресейлік" is a typo for "3-Бүкілресейлік", an ordinal. */
static size_t r_spaced_hyphen(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || !tok_is(c, i + 1, "-") || glued(c, i + 1) || glued(c, i + 2) ||
        !starts_upper(c, i + 2))
        return 0;
    emit_number(c, i, ORD, 1, span_of(c, i, i + 1), name);
    return 2;
}

/* Section 5: "-5" after a space or an opening bracket is минус бес. */
static size_t r_minus(nctx *c, size_t i, const char *name)
{
    if (!(tok_is(c, i, "-") || tok_is(c, i, "\u2212")) || !is_num(c, i + 1) || !glued(c, i + 1))
        return 0;
    if (i > 0 && !tok(c, i)->space_before && !tok_is(c, i - 1, "(") && !tok_is(c, i - 1, "="))
        return 0;
    emit(c, "минус", tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

/* Section 13.1: "3,5" -> үш бүтін оннан бес; "12,25" -> он екі бүтін жүзден жиырма бес. */
static size_t r_decimal(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || !(tok_is(c, i + 1, ",") || tok_is(c, i + 1, ".")) || !glued(c, i + 1) ||
        !is_num(c, i + 2) || !glued(c, i + 2) || tlen(c, i) > 15 || tlen(c, i + 2) > 6)
        return 0;
    /* "25.10.1917" is a date and "1.000.000" a grouped number, not decimals */
    if ((tok_is(c, i + 3, ".") || tok_is(c, i + 3, ",")) && glued(c, i + 3) && is_num(c, i + 4))
        return 0;
    dy_span src = span_of(c, i, i + 2);
    dy_buf b = {0};
    say_number(c, i, NULL, 0, &b);
    dy_buf_puts(&b, " бүтін ");
    uint64_t denom = 1;
    for (size_t k = 0; k < tlen(c, i + 2); k++)
        denom *= 10;
    dy_buf d = {0};
    dy_kk_cardinal_u64(&d, denom);
    const char *last = strrchr(d.data, ' ');
    size_t head = last ? (size_t)(last - d.data) + 1 : 0;
    static const dy_kk_morph ABL[] = {DY_KK_ABL};
    dy_buf_append(&b, d.data, head);
    if (denom == 10 || denom == 100)
        dy_kk_inflect(&b, d.data + head, ABL, 1); /* оннан, жүзден */
    else
        dy_kk_inflect(&b, d.data + head, ABL, 1); /* мыңнан, он мыңнан, миллионнан */
    dy_buf_putc(&b, ' ');
    dy_buf_fini(&d);
    /* the fraction's digits as a number, leading zeros dropped: 3,05 -> жүзден бес */
    const char *f = tstr(c, i + 2);
    size_t fn = tlen(c, i + 2);
    while (fn > 1 && *f == '0')
        f++, fn--;
    dy_kk_cardinal(&b, f, fn);
    emit_words(c, b.data, src, name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return 3;
}

/* Section 5: cardinals, with group spaces ("1 000 000", "12 500"). */
static size_t r_cardinal(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i))
        return 0;
    size_t last = i;
    if (tlen(c, i) <= 3 && !(i > 0 && is_num(c, i - 1))) {
        while (is_num(c, last + 1) && tlen(c, last + 1) == 3 && tok(c, last + 1)->space_before) {
            /* exactly one space character between the groups */
            size_t gap_start = tok(c, last)->src.end, gap_end = tok(c, last + 1)->src.start, g = gap_start;
            dy_utf8_next(c->text, gap_end, &g);
            if (g != gap_end)
                break;
            last++;
        }
    }
    if (last == i) {
        emit_number(c, i, NULL, 0, tok(c, i)->src, name);
        return 1;
    }
    dy_buf digits = {0};
    for (size_t k = i; k <= last; k++)
        dy_buf_append(&digits, tstr(c, k), tlen(c, k));
    dy_buf b = {0};
    if (digits.len > 15 || !dy_kk_cardinal(&b, digits.data, digits.len))
        dy_kk_digits(&b, digits.data, digits.len);
    emit_words(c, b.data, span_of(c, i, last), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    dy_buf_fini(&digits);
    return last + 1 - i;
}

/* Section 18: abbreviations with periods, also spaced ("т.б.", "т. б.", "б.з.б."). */
static size_t r_abbreviation(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || tlen(c, i) > 6)
        return 0;
    dy_buf key = {0};
    size_t ends[6], count = 0, k = i;
    while (count < 6 && is_word(c, k) && tlen(c, k) <= 6 && tok_is(c, k + 1, ".") &&
           glued(c, k + 1) && (k == i || dy_utf8_count(tstr(c, k), tlen(c, k)) <= 2)) {
        dy_buf_append(&key, tstr(c, k), tlen(c, k));
        dy_buf_putc(&key, '.');
        ends[count++] = key.len;
        k += 2;
    }
    for (size_t n = count; n > 0; n--) {
        const char *exp = dy_kk_abbreviation(key.data, ends[n - 1]);
        if (exp) {
            size_t used = 2 * n;
            emit_words(c, exp, span_of(c, i, i + used - 1), name, tok(c, i)->space_before);
            if (i + used >= c->n)
                emit(c, ".", tok(c, i + used - 1)->src, "punctuation", false);
            dy_buf_fini(&key);
            return used;
        }
    }
    dy_buf_fini(&key);
    return 0;
}

/* Section 19: an initial, a capital letter and a period before a name or another initial
 * ("В.И.Лениннің" -> вэ и Лениннің). */
static size_t r_initial(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || dy_utf8_count(tstr(c, i), tlen(c, i)) != 1 || !starts_upper(c, i) ||
        !dy_is_cyrillic(first_cp(c, i)) || !tok_is(c, i + 1, ".") || !glued(c, i + 1) ||
        !starts_upper(c, i + 2))
        return 0;
    const char *letter = dy_kk_letter_name(first_cp(c, i));
    if (!letter)
        return 0;
    emit(c, letter, span_of(c, i, i + 1), name, tok(c, i)->space_before);
    return 2;
}

static bool is_vowel(int32_t cp)
{
    static const int32_t V[] = {0x0410, 0x04D8, 0x0415, 0x0401, 0x0418, 0x041E, 0x04E8, 0x04B0,
                                0x04AE, 0x042B, 0x0406, 0x042D, 0x042E, 0x042F};
    int32_t up = dy_to_upper(cp);
    for (size_t i = 0; i < sizeof V / sizeof *V; i++)
        if (V[i] == up)
            return true;
    return false;
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

/* Section 20.1: acronyms read by letter names (РКФСР -> эр ка эф эс эр) or as a word in lower
 * case (НАТО -> нато, ҚазҰУ -> қазұу). */
static size_t r_acronym(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || c->all_caps)
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
    bool letters;
    if (!vowel)
        letters = true;
    else if (upper < n)
        letters = false; /* mixed case: ҚазҰУ */
    else
        letters = !(n >= 4 && syllable_shape(cps, n));
    if (!letters) {
        dy_buf b = {0};
        emit(c, lower_word(c, i, &b), tok(c, i)->src, name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 1;
    }
    bool space = tok(c, i)->space_before;
    for (size_t j = 0; j < n; j++) {
        emit(c, dy_kk_letter_name(cps[j]), tok(c, i)->src, name, space);
        space = true;
    }
    return 1;
}

/* Section 3.1: Latin look-alike letters inside a mostly Cyrillic word ("Ресейдiң"). */
static int32_t homoglyph(int32_t cp)
{
    static const int32_t MAP[][2] = {
        {'i', 0x0456}, {'I', 0x0406}, {0x0259, 0x04D9}, {0x01DD, 0x04D9}, {0x018F, 0x04D8},
        {'a', 0x0430}, {'c', 0x0441}, {'e', 0x0435}, {'o', 0x043E}, {'p', 0x0440},
        {'x', 0x0445}, {'y', 0x0443}, {'A', 0x0410}, {'B', 0x0412}, {'C', 0x0421},
        {'E', 0x0415}, {'H', 0x041D}, {'K', 0x041A}, {'M', 0x041C}, {'O', 0x041E},
        {'P', 0x0420}, {'T', 0x0422}, {'X', 0x0425}, {0x0457, 0x0456},
    };
    for (size_t i = 0; i < sizeof MAP / sizeof *MAP; i++)
        if (MAP[i][0] == cp)
            return MAP[i][1];
    return cp;
}

/* Any other word: passed through, with look-alike letters repaired and all-caps words (a
 * heading, "ҚАЗАҚСТАН") lower-cased so that eSpeak does not spell them. */
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

/* Section 22 and 17: punctuation that makes pauses is kept (quotes become « »), a spaced
 * hyphen is a dash, symbols with a Kazakh name are said, the rest is dropped. */
static size_t r_punct(nctx *c, size_t i, const char *name)
{
    const dy_token *t = tok(c, i);
    dy_span src = t->src;
    int32_t cp = first_cp(c, i);
    bool space = t->space_before;
    bool space_after = i + 1 >= c->n || tok(c, i + 1)->space_before;
    const char *word = dy_kk_symbol_word(cp);
    if (word) {
        emit(c, word, src, "symbol", true);
        return 1;
    }
    switch (cp) {
    case '.':
        if (tok_is(c, i + 1, ".") && glued(c, i + 1) && tok_is(c, i + 2, ".") && glued(c, i + 2)) {
            emit(c, "\u2026", span_of(c, i, i + 2), name, space);
            return 3;
        }
        /* fall through */
    case ',': case ';': case ':': case '!': case '?': case '(': case ')':
    case 0x2026: case 0x00AB: case 0x00BB: {
        char s[8] = {0};
        memcpy(s, tstr(c, i), tlen(c, i) < 7 ? tlen(c, i) : 7);
        emit(c, s, src, name, space);
        return 1;
    }
    case '[': case '{':
        emit(c, "(", src, name, space);
        return 1;
    case ']': case '}':
        emit(c, ")", src, name, space);
        return 1;
    case 0x201C: case 0x201E: case 0x201F:
        emit(c, "\u00ab", src, name, space);
        return 1;
    case 0x201D:
        emit(c, "\u00bb", src, name, space);
        return 1;
    case '"': {
        bool open = i == 0 || space || tok_is(c, i - 1, "(");
        emit(c, open ? "\u00ab" : "\u00bb", src, name, space);
        return 1;
    }
    case '-': case 0x2010: case 0x2011: case 0x2013: case 0x2014: {
        bool between_words = !space && !space_after && i > 0 && is_word(c, i - 1) && is_word(c, i + 1);
        if (between_words) /* өзін-өзі, әлеуметтік–экономикалық (3.3) */
            emit(c, "-", src, name, false);
        else if (space || space_after || i == 0)
            emit(c, cp == 0x2014 ? "\u2014" : "\u2013", src, name, true);
        return 1;
    }
    default:
        return 1; /* dropped: eSpeak would say it in English or not at all */
    }
}

static const struct rule {
    const char *name;
    rule_fn apply;
} RULES[] = {
    {"minus", r_minus},
    {"range", r_range},
    {"year", r_year_abbr},
    {"year", r_year_word},
    {"suffix", r_suffix},
    {"date", r_day_month},
    {"ordinal-typo", r_spaced_hyphen},
    {"decimal", r_decimal},
    {"cardinal", r_cardinal},
    {"abbreviation", r_abbreviation},
    {"initial", r_initial},
    {"acronym", r_acronym},
    {"word", r_word},
    {"punctuation", r_punct},
};

void dy_normalize(const char *text, dy_utt *u)
{
    u->words.len = 0;
    dy_buf_clear(&u->spoken);
    dy_tokenize(text, u->src, u);
    nctx c = {text, u, u->tokens.len, true, P_START};
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
        size_t used = 0;
        for (size_t r = 0; r < sizeof RULES / sizeof *RULES && !used; r++)
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
                if (strchr(",;:", s[k - 1]) || (k >= start + 3 && !memcmp(s + k - 3, "\u2013", 3)) ||
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
