/* The helpers the rule families share (see context.h): the spoken output with the layout of
 * kazakh-normalization.md section 22, numbers as written (sections 5, 13.1) and the context tests
 * several families ask (Roman numerals of 12 rule 1, joiners of 7.5; the year words of 9 are in
 * context_years.c). Number words and suffixes come from kk/numbers.c, word lists from
 * kk/tables.c. */
#include "normalize/context.h"

#include <stdlib.h>
#include <string.h>

#include "kk/tables.h"

/* A capitalised word of 2+ letters that is not all capitals: a name (19, 12 rule 2). */
bool dy_nc_is_name(const nctx *c, size_t i)
{
    if (!starts_upper(c, i) || letters(c, i) < 2)
        return false;
    for (size_t k = 0; k < tlen(c, i);)
        if (!dy_is_upper(dy_utf8_next(tstr(c, i), tlen(c, i), &k)))
            return true;
    return false;
}

/* Is the word at i the first of two initials: one capital letter, a period, then (glued or after
 * a space) another capital letter and a period ("Н.Ә.", "А. Н.")? Initials are never a unit:
 * "1995 Н.Ә. Назарбаев" has no newton. */
bool dy_nc_initials_at(const nctx *c, size_t i)
{
    return starts_upper(c, i) && letters(c, i) == 1 && tok_is(c, i + 1, ".") && glued(c, i + 1) &&
           starts_upper(c, i + 2) && letters(c, i + 2) == 1 && tok_is(c, i + 3, ".") &&
           glued(c, i + 3);
}

/* The number's value, or UINT64_MAX when it has more than 15 digits. */
uint64_t dy_nc_num_value(const nctx *c, size_t i)
{
    if (tlen(c, i) > 15)
        return UINT64_MAX;
    uint64_t v = 0;
    for (size_t k = 0; k < tlen(c, i); k++)
        v = v * 10 + (uint64_t)(tstr(c, i)[k] - '0');
    return v;
}

/* The word lower-cased, in b (cleared first). */
const char *dy_nc_lower_word(const nctx *c, size_t i, dy_buf *b)
{
    dy_buf_clear(b);
    dy_kk_lower(b, tstr(c, i), tlen(c, i));
    return dy_buf_str(b);
}

bool dy_nc_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

bool dy_nc_ends_with_any(const char *s, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (dy_nc_ends_with(s, list[i]))
            return true;
    return false;
}

bool dy_nc_in_set(const char *s, const char *const *list, size_t count)
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
bool dy_nc_word_in(const nctx *c, size_t i, const char *const *list, size_t count)
{
    char buf[DY_KK_WORD_MAX];
    const char *w = lower_tok(c, i, buf, sizeof buf);
    return w && dy_nc_in_set(w, list, count);
}

bool dy_nc_word_starts(const nctx *c, size_t i, const char *prefix)
{
    char buf[DY_KK_WORD_MAX];
    const char *w = lower_tok(c, i, buf, sizeof buf);
    return w && strncmp(w, prefix, strlen(prefix)) == 0;
}

bool dy_nc_sentence_has_stem(const nctx *c, const char *stems)
{
    dy_nc_cache *m = c->cache;
    for (size_t k = 0; k < m->stems; k++) /* asked before in this sentence: by the list's address */
        if (m->stem_key[k] == stems)
            return m->stem_found[k];
    char buf[DY_KK_WORD_MAX];
    bool found = false;
    for (size_t i = 0; i < c->n && !found; i++) {
        const char *w = is_word(c, i) ? lower_tok(c, i, buf, sizeof buf) : NULL;
        bool sign = is_punct(c, i); /* a sign in the list matches as written: "°", "×" */
        for (const char *s = stems; (w || sign) && *s && !found;) {
            size_t k = strcspn(s, " ");
            found = k && (w ? strncmp(w, s, k) == 0 : tlen(c, i) == k && !memcmp(tstr(c, i), s, k));
            s += k + (s[k] == ' ');
        }
    }
    if (m->stems < COUNT(m->stem_key)) {
        m->stem_key[m->stems] = stems;
        m->stem_found[m->stems++] = found;
    }
    return found;
}

bool dy_nc_time_said(const nctx *c)
{
    dy_nc_cache *m = c->cache; /* only the words spoken since the last call are new */
    for (; !m->time_seen && m->words_seen < c->u->words.len; m->words_seen++) {
        const char *rule = c->u->words.items[m->words_seen].rule;
        m->time_seen = rule && !strcmp(rule, "time");
    }
    return m->time_seen;
}

/* "жж." (section 9): before a postposition its case (жылдарға дейін, жылдардан бастап), жылдар
 * before a word of span (аралығында, ішінде, бойы), else жылдары. */
const char *dy_nc_plural_year_form(const nctx *c, size_t k)
{
    dy_kk_morph m; /* a postposition's case: "1990-2000 жж. дейін" -> жылдарға дейін */
    if (dy_nc_postposition_case(c, k, true, &m))
        return m == DY_KK_DAT ? "жылдарға" : "жылдардан";
    static const char *const SPAN_WORDS[] = {"аралығ", "арасы", "арасын", "ішінде", "бойы"};
    for (size_t s = 0; s < COUNT(SPAN_WORDS); s++)
        if (dy_nc_word_starts(c, k, SPAN_WORDS[s]))
            return "жылдар";
    return "жылдары";
}

bool dy_nc_word_ends(const nctx *c, size_t i, const char *const *list, size_t count)
{
    char buf[DY_KK_WORD_MAX];
    const char *w = lower_tok(c, i, buf, sizeof buf);
    return w && dy_nc_ends_with_any(w, list, count);
}

/* A vowel letter of 20.1 (У is decided by its neighbours where it matters). */
bool dy_nc_is_vowel(int32_t cp)
{
    static const int32_t V[] = {0x0410, 0x04D8, 0x0415, 0x0401, 0x0418, 0x041E, 0x04E8,
                                0x04B0, 0x04AE, 0x042B, 0x0406, 0x042D, 0x042E, 0x042F};
    int32_t up = dy_to_upper(cp);
    for (size_t i = 0; i < COUNT(V); i++)
        if (V[i] == up)
            return true;
    return false;
}

static bool closes_left(const char *s)
{
    static const char *const CLOSERS[] = {".", ",",      ";", ":", "!",
                                          "?", "\u2026", ")", "]", "\u00bb"};
    return dy_nc_in_set(s, CLOSERS, COUNT(CLOSERS));
}

/* Appends one spoken piece (a word or a punctuation mark) reading source span src.
 * space: whether the source had white space before it. The layout is made regular (section 22):
 * words are separated by one space; , ; : . ! ? … ) ] » attach to the word on their left, ( [ «
 * to the word on their right; a dash stands between spaces. */
void dy_nc_emit(nctx *c, const char *s, dy_span src, const char *rule, bool space)
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
void dy_nc_emit_words(nctx *c, const char *s, dy_span src, const char *rule, bool space)
{
    char *copy = dy_xstrdup(s);
    char *save = NULL;
    for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        dy_nc_emit(c, w, src, rule, space);
        space = true;
    }
    free(copy);
}

dy_span dy_nc_span_of(const nctx *c, size_t first, size_t last)
{
    return (dy_span){tok(c, first)->src.start, tok(c, last)->src.end};
}

/* The period of an abbreviation at token k also ends the sentence when nothing follows it, or
 * a word that begins a new one (section 18: "… алдында т. б." -> "… алдында тағы басқа.").
 * The splitter normally cuts there; this keeps the pause when it did not. */
void dy_nc_abbr_period(nctx *c, size_t k, stop mode)
{
    if (!tok_is(c, k, "."))
        return;
    bool ends = k + 1 >= c->n ||
                (mode == STOP_OPENER && is_word(c, k + 1) && spaced(c, k + 1) &&
                 dy_kk_is_sentence_opener(tstr(c, k + 1), tlen(c, k + 1))) ||
                (mode == STOP_CAPITAL && spaced(c, k + 1) && starts_upper(c, k + 1) &&
                 !dy_nc_roman_value(c, k + 1, NULL)); /* "XVI ғ. I жартысында" goes on */
    if (ends)
        dy_nc_emit(c, ".", tok(c, k)->src, "punctuation", false);
}

void dy_nc_final_period(nctx *c, size_t k) { dy_nc_abbr_period(c, k, STOP_END); }

/* Rebuilds the last word of the words in `words` with the morphemes chain[0..n) and appends the
 * whole to out: ("он бес", {ABL}) -> "он бестен". */
void dy_nc_put_inflected(dy_buf *out, const char *words, const dy_kk_morph *chain, int n)
{
    const char *last = strrchr(words, ' ');
    size_t head = last ? (size_t)(last - words) + 1 : 0;
    dy_buf_append(out, words, head);
    dy_kk_inflect(out, words + head, chain, (size_t)(n > 0 ? n : 0));
}

const char *dy_nc_last_word(const char *words)
{
    const char *last = strrchr(words, ' ');
    return last ? last + 1 : words;
}

/* Spells the digits d[0..n): cardinal, or with the morphemes chain (ORD first for an ordinal)
 * on its last word. Leading zeros and more than 15 digits are read digit by digit (5). */
void dy_nc_say_digits(const char *d, size_t n, const dy_kk_morph *chain, int nchain, dy_buf *out)
{
    if (n > 15 || (n > 1 && d[0] == '0')) {
        dy_kk_digits(out, d, n);
        return;
    }
    dy_buf card = {0};
    dy_kk_cardinal(&card, d, n);
    dy_nc_put_inflected(out, dy_buf_str(&card), chain, nchain);
    dy_buf_fini(&card);
}

void dy_nc_say_number(const nctx *c, size_t i, const dy_kk_morph *chain, int nchain, dy_buf *out)
{
    dy_nc_say_digits(tstr(c, i), tlen(c, i), chain, nchain, out);
}

void dy_nc_emit_number(nctx *c, size_t i, const dy_kk_morph *chain, int nchain, dy_span src,
                       const char *rule)
{
    dy_buf b = {0};
    dy_nc_say_number(c, i, chain, nchain, &b);
    dy_nc_emit_words(c, b.data, src, rule, tok(c, i)->space_before);
    dy_buf_fini(&b);
}

/* A genitive ending of 4.3 (сәуірдің, қазанның). */
bool dy_nc_is_genitive_ending(const char *rest)
{
    static const char *const GEN[] = {"ның", "нің", "дың", "дің", "тың", "тің"};
    return dy_nc_in_set(rest, GEN, COUNT(GEN));
}

/* A written ordinal word (екінші, оныншы). */
bool dy_nc_is_ordinal_word(const nctx *c, size_t i)
{
    static const char *const ENDINGS[] = {"ншы", "нші"};
    return dy_nc_word_ends(c, i, ENDINGS, COUNT(ENDINGS));
}

/* The value of the Roman numeral token i (1..3999), or 0 when it is not one (section 12 rule 1:
 * Latin letters or Cyrillic look-alikes, upper case, standard subtractive grammar). *simple is
 * set when it uses only I, V, X (and look-alikes), which the extended contexts require. */
int dy_nc_roman_value(const nctx *c, size_t i, bool *simple)
{
    if (!is_word(c, i))
        return 0;
    return dy_nc_roman_of(tstr(c, i), tlen(c, i), simple);
}

/* The value of the Roman numeral s[0..len) (see dy_nc_roman_value), 0 when it is not one. */
int dy_nc_roman_of(const char *s, size_t len, bool *simple)
{
    if (len == 0 || len > 32)
        return 0;
    int vals[16], n = 0;
    bool only_ivx = true;
    for (size_t k = 0; k < len;) {
        int v = dy_kk_roman_digit(dy_utf8_next(s, len, &k));
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
    for (size_t q = 0; q < COUNT(CANON); q++) {
        while (rest >= CANON[q].v) {
            for (int d = 0; d < 2 && CANON[q].digits[d]; d++)
                if (k >= n || vals[k++] != CANON[q].digits[d])
                    return 0;
            rest -= CANON[q].v;
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
size_t dy_nc_joiner(const nctx *c, size_t i)
{
    static const char *const WORDS[] = {"және", "мен", "бен", "пен", "немесе", "не"};
    if (tok_is(c, i, ",") && glued(c, i) && spaced(c, i + 1))
        return 1;
    if (is_dash(c, i))
        return 1;
    return dy_nc_word_in(c, i, WORDS, COUNT(WORDS)) ? 1 : 0;
}

/* Exactly one white-space character between tokens k and k+1 (a group space). */
static bool one_space_between(const nctx *c, size_t k)
{
    size_t g = tok(c, k)->src.end, end = tok(c, k + 1)->src.start;
    dy_utf8_next(c->text, end, &g);
    return g == end;
}

/* Is token k a glued thousands separator of kind sep followed by a glued group of three digits? */
static bool group_at(const nctx *c, size_t k, const char *sep)
{
    return tok_is(c, k, sep) && glued(c, k) && is_num(c, k + 1) && glued(c, k + 1) &&
           tlen(c, k + 1) == 3;
}

/* Does a noun that counts people or things stand at k, in any case ("адам", "адамға", "бас",
 * "дана", "тұрғыны")? A number of them is whole, so "102,328 адам" and "5.000 адам" are groups of
 * three digits (an English-style thousands separator), never a decimal (13.1). */
static bool count_noun_at(const nctx *c, size_t k)
{
    if (!is_word(c, k) || !spaced(c, k))
        return false;
    /* "12,500 бас мал"; never "бастап" */
    return tok_is(c, k, "бас") || tok_is(c, k, "басы") ||
           dy_kk_is_count_noun(tstr(c, k), tlen(c, k));
}

/* Does a currency, a unit or a currency sign stand at k (after a number)? Without any_unit: a
 * Latin-script unit ("km²", an English-formatted source) or a currency (section 13.1). */
static bool money_or_unit_at(const nctx *c, size_t k, bool any_unit)
{
    if (is_punct(c, k))
        return dy_kk_currency_sign(first_cp(c, k)) != NULL;
    if (!is_word(c, k))
        return false;
    const dy_kk_unit *u = dy_kk_unit_word(tstr(c, k), tlen(c, k));
    return u && (any_unit || u->minor || first_cp(c, k) < 0x80);
}

/* The number "N.M" at i of a section noun (section_nouns.tsv), not a decimal: glued by a hyphen
 * to it ("1.1-сурет", "2.1-тармағына"), or after its bare form ("Параграф 5.2", "Тақырып: 2.3")
 * unless a unit or a measure word follows ("Сабақ 1.5 сағат"). */
static bool section_of_noun(const nctx *c, size_t i)
{
    if (tlen(c, i) > 2 || !tok_is(c, i + 1, ".") || !glued(c, i + 1) || !is_num(c, i + 2) ||
        !glued(c, i + 2) || tlen(c, i + 2) > 2 ||
        (tok_is(c, i + 3, ".") && glued(c, i + 3) && is_num(c, i + 4)))
        return false;
    if (tok_is(c, i + 3, "-") && glued(c, i + 3) && is_word(c, i + 4) && glued(c, i + 4))
        return dy_kk_is_section_noun(tstr(c, i + 4), tlen(c, i + 4), NULL);
    size_t before = i > 1 && tok_is(c, i - 1, ":") ? i - 2 : i - 1;
    bool bare = false;
    char low[DY_KK_WORD_MAX];
    const char *after; /* the word after it, lower-cased: a time noun counts ("1.5 сағат") */
    return i > 0 && is_word(c, before) &&
           dy_kk_is_section_noun(tstr(c, before), tlen(c, before), &bare) && bare &&
           !money_or_unit_at(c, i + 3, true) &&
           !(is_word(c, i + 3) && dy_kk_is_measure_word(tstr(c, i + 3), tlen(c, i + 3))) &&
           !((after = lower_tok(c, i + 3, low, sizeof low)) != NULL && dy_kk_time_noun(after));
}

/* A decimal comma typed with a space after it before money ("481, 29 теңге", "7,45-7, 65
 * теңге"): two digits of tiyn after the comma and a currency right after them, and an integer of
 * three or more digits that no list comma stands before, or the second end of a range whose first
 * end has two decimal digits; or before a scale word ("2446, 9 мың га"), one or two decimals
 * after such an integer. Anything else ("5, 10 теңге") stays a list. */
static bool spaced_decimal(const nctx *c, size_t i)
{
    bool listed = i > 0 && (tok_is(c, i - 1, ",") || tok_is(c, i - 1, ":") ||
                            (dy_nc_joiner(c, i - 1) && !is_dash(c, i - 1)));
    /* before a scale word, one or two decimals ("жиналып, 2446, 9 мың га": a list of numbers is
     * not scaled by one мың); no number listed before it */
    if (tok_is(c, i + 1, ",") && glued(c, i + 1) && is_num(c, i + 2) && spaced(c, i + 2) &&
        one_space_between(c, i + 1) && tlen(c, i + 2) <= 2 && tlen(c, i) >= 3 && tlen(c, i) <= 15 &&
        !(listed && i >= 2 && is_num(c, i - 2)) && spaced(c, i + 3) && is_word(c, i + 3) &&
        (tok_is(c, i + 3, "мың") || dy_kk_scale_word(tstr(c, i + 3), tlen(c, i + 3))))
        return true;
    if (!tok_is(c, i + 1, ",") || !glued(c, i + 1) || !is_num(c, i + 2) || !spaced(c, i + 2) ||
        !one_space_between(c, i + 1) || tlen(c, i + 2) != 2 || tlen(c, i) > 15 ||
        !spaced(c, i + 3) || !money_or_unit_at(c, i + 3, false) || is_punct(c, i + 3))
        return false;
    const dy_kk_unit *u = dy_kk_unit_word(tstr(c, i + 3), tlen(c, i + 3));
    if (!u || !u->minor)
        return false;
    bool range_end = i >= 4 && is_dash(c, i - 1) && glued(c, i - 1) && glued(c, i) &&
                     is_num(c, i - 2) && tlen(c, i - 2) == 2 && tok_is(c, i - 3, ",") &&
                     glued(c, i - 3) && glued(c, i - 2) && is_num(c, i - 4);
    /* two round numbers are two prices ("150, 80 теңге"); a rate has its tiyn ("481, 29") */
    bool round = dy_nc_num_value(c, i) % 10 == 0 && dy_nc_num_value(c, i + 2) % 10 == 0;
    return range_end || (tlen(c, i) >= 3 && !listed && !round);
}

/* Reads the number starting at token i into num (num_fini it). False if i is not a number.
 * Groups of three digits (section 5, 13.1) are joined by a single space (also NBSP, narrow NBSP),
 * by apostrophes ("1'250'000"), by two or more points ("1.000.000"), by one point before a unit
 * or currency ("25.000 теңге"), or by commas before a currency or a Latin unit ("26,253 теңге",
 * "1,081 km²") or in two or more groups ("1,234,567"). The group lengths decide, not the
 * separator alone: a grouped integer may end in a decimal comma ("15 298 948,6"). */
/* Does the sentence hold a list of three numbers or more joined by commas with no space, whose
 * groups are no thousands ("А) 4,5,9 Б) 4,9 В) 4,9,13")? Then an "N,M" beside it is a list of two
 * too, not a decimal; but not in a sentence of sums. Found once for the sentence. */
static bool comma_list(const nctx *c)
{
    if (c->cache->comma_list >= 0)
        return c->cache->comma_list;
    bool found = false;
    for (size_t k = 0; k < c->n; k++) /* not in a sum to compute: "0,67 = 0,5*0,8 = 1,30,3" */
        if (tok_is(c, k, "=") || tok_is(c, k, "<") || tok_is(c, k, ">") || tok_is(c, k, "*") ||
            tok_is(c, k, "\u00d7") || tok_is(c, k, "\u2248")) {
            c->cache->comma_list = 0;
            return false;
        }
    for (size_t k = 0; k + 4 < c->n && !found; k++) {
        if (!is_num(c, k) || (k > 0 && glued(c, k) && is_punct(c, k - 1)))
            continue;
        size_t e = k, count = 1;
        bool thousands = tlen(c, k) <= 3;
        while (tok_is(c, e + 1, ",") && glued(c, e + 1) && is_num(c, e + 2) && glued(c, e + 2)) {
            thousands &= tlen(c, e + 2) == 3;
            e += 2;
            count++;
        }
        found = count >= 3 && !thousands && !(tok_is(c, e + 1, ".") && glued(c, e + 1));
        k = e;
    }
    c->cache->comma_list = found;
    return found;
}

bool dy_nc_number_at(const nctx *c, size_t i, number *num)
{
    memset(num, 0, sizeof *num);
    if (!is_num(c, i))
        return false;
    num->first = num->last = i;
    size_t last = i;
    const char *grouped = NULL; /* the group separator used, if any */
    bool after_sep = i >= 2 &&
                     (tok_is(c, i - 1, ".") || tok_is(c, i - 1, ",") || tok_is(c, i - 1, "'") ||
                      tok_is(c, i - 1, "\u2019")) &&
                     glued(c, i - 1) && glued(c, i) && is_num(c, i - 2);
    if (tlen(c, i) <= 3 && !(i > 0 && is_num(c, i - 1)) && !after_sep) {
        /* "12 500", "1 000 000": groups of three after a space (also NBSP, thin space); not
         * after a letter that the first group is glued to, a code ("B12 100 мг") */
        bool code = i > 0 && glued(c, i) && is_word(c, i - 1) &&
                    !(dy_is_cyrillic(first_cp(c, i - 1)) && letters(c, i - 1) >= 4 &&
                      !dy_is_upper(dy_utf8_prev(tstr(c, i - 1), &(size_t){tlen(c, i - 1)})));
        /* but "Ауданы18 200 км²": a word of small letters that lost its space before them */
        /* a text set with two spaces between words sets its groups so too: "секундына  300  000
         * км" */
        bool wide = i > 0 && spaced(c, i) && !one_space_between(c, i - 1) &&
                    tok(c, i)->src.start - tok(c, i - 1)->src.end == 2;
        while (!code && is_num(c, last + 1) && tlen(c, last + 1) == 3 && spaced(c, last + 1) &&
               (one_space_between(c, last) ||
                (wide && tok(c, last + 1)->src.start - tok(c, last)->src.end == 2)))
            last++;
        if (last > i)
            grouped = " ";
        /* a comma group, then a space group: "18,489 700-ге жетті" is 18 489 700 (a decimal has
         * no group of three after a space) */
        if (!grouped && group_at(c, i + 1, ",") && is_num(c, i + 3) && tlen(c, i + 3) == 3 &&
            spaced(c, i + 3) && one_space_between(c, i + 2) &&
            !(is_num(c, i + 4) && spaced(c, i + 4)) && !(i > 0 && is_num(c, i - 1))) {
            last = i + 3;
            grouped = ",";
        }
        static const char *const SEPS[] = {".", "'", "\u2019", ","};
        for (size_t s = 0; s < COUNT(SEPS) && !grouped; s++) {
            size_t k = i, groups = 0;
            while (group_at(c, k + 1, SEPS[s])) {
                k += 2;
                groups++;
            }
            /* more digits glued after the last group: a date, a version number, not groups */
            bool more = (tok_is(c, k + 1, SEPS[s]) || tok_is(c, k + 1, ".")) && glued(c, k + 1) &&
                        is_num(c, k + 2) && glued(c, k + 2);
            bool zero = tok_is(c, i, "0");
            /* the English form "89,500,000.00", "1,250.50 доллар": comma groups, a decimal point
             * and one or two digits, then no more */
            bool english = s == 3 && tok_is(c, k + 1, ".") && glued(c, k + 1) && is_num(c, k + 2) &&
                           glued(c, k + 2) && tlen(c, k + 2) <= 2 &&
                           !((tok_is(c, k + 3, ".") || tok_is(c, k + 3, ",")) && glued(c, k + 3) &&
                             is_num(c, k + 4)) &&
                           (groups >= 2 || money_or_unit_at(c, k + 3, false));
            bool ok = false;
            if (s == 0) /* "1.000.000"; "5.000 теңге" (one group before a unit or currency) */
                ok = groups >= 2 || (groups == 1 && !zero &&
                                     (money_or_unit_at(c, k + 1, true) || count_noun_at(c, k + 1)));
            else if (s == 3) /* "1,234,567"; "26,253 теңге", "1,081 km²", "102,328 адам" */
                ok = groups >= 2 || english ||
                     (groups == 1 && !zero &&
                      (money_or_unit_at(c, k + 1, false) || count_noun_at(c, k + 1)));
            else
                ok = groups >= 1;
            if (groups && ok && (english || !(more && !(s == 0 && tok_is(c, k + 1, ",")))) &&
                (english || !(s == 3 && tok_is(c, k + 1, ".") && glued(c, k + 1)))) {
                last = k;
                grouped = SEPS[s];
            }
        }
    }
    for (size_t k = i; k <= last; k++)
        if (is_num(c, k))
            dy_buf_append(&num->whole, tstr(c, k), tlen(c, k));
    num->last = last;
    /* a decimal: "3,5", "12.25", "15 298 948,6", "1.250.000,50"; not a date "25.10.1917" */
    /* a section number at the start of a heading or list line: "1.1. Жалпы ережелер", "2.2 Қазақ
     * хандығы" (each part a cardinal, 13.1), not a decimal; and a section noun's anywhere */
    bool section = i == 0 && !grouped && tok_is(c, i + 1, ".") && is_num(c, i + 2) &&
                   ((tok_is(c, i + 3, ".") && glued(c, i + 3)) ||
                    (spaced(c, i + 3) &&
                     (starts_upper(c, i + 3) || tok_is(c, i + 3, "\"") ||
                      dy_char_is_quote_open(first_cp(c, i + 3))) &&
                     !money_or_unit_at(c, i + 3, true)));
    section |= !grouped && section_of_noun(c, i);
    bool point_ok = !section && (!grouped || !strcmp(grouped, " ") || grouped[0] != '.');
    bool comma_ok = !grouped || strcmp(grouped, ",") != 0;
    /* the arguments of a function of integers: "ЕКОЕ(42,24)", "ЕҮОБ(12,18)", "НОД(8,12)" */
    static const char *const INT_FUNCS[] = {"екое", "еүоб", "нод", "нок", "gcd", "lcm"};
    if (i >= 2 && tok_is(c, i - 1, "(") && glued(c, i - 1) && glued(c, i) &&
        dy_nc_word_in(c, i - 2, INT_FUNCS, COUNT(INT_FUNCS)))
        comma_ok = false;
    if (comma_ok && !grouped && tok_is(c, last + 1, ",") && comma_list(c))
        comma_ok = false; /* "Б) 4,9" among "А) 4,5,9", "В) 4,9,13,17": төрт, тоғыз */
    if (!after_sep && tlen(c, i) <= 15 &&
        ((tok_is(c, last + 1, ",") && comma_ok) || (tok_is(c, last + 1, ".") && point_ok)) &&
        glued(c, last + 1) && is_num(c, last + 2) && glued(c, last + 2) && tlen(c, last + 2) <= 6 &&
        !((tok_is(c, last + 3, ".") || tok_is(c, last + 3, ",")) && glued(c, last + 3) &&
          is_num(c, last + 4) && glued(c, last + 4))) { /* "4,64, 1 фунт": a list's comma */
        num->decimal = true;
        num->frac = last + 2;
        num->last = last + 2;
    } else if (!grouped && spaced_decimal(c, i)) {
        num->decimal = true;
        num->frac = i + 2;
        num->last = i + 2;
    }
    return true;
}

void dy_nc_number_fini(number *num) { dy_buf_fini(&num->whole); }

/* Appends the spoken number, with the morphemes chain (ORD first for an ordinal) on its last
 * word: "3,5" -> "үш бүтін оннан бес" (13.1: integer + бүтін + denominator in the ablative +
 * numerator, trailing zeros kept as written). */
void dy_nc_number_say(const nctx *c, const number *num, const dy_kk_morph *chain, int n,
                      dy_buf *out)
{
    /* "250.00", "89,500,000.00": an amount's zero cents after a point say nothing */
    bool zero_cents = num->decimal && tok_is(c, num->frac, "00") && tok_is(c, num->frac - 1, ".");
    /* a statistics table's ",0" before a scale word ("17 671,0 мың адам"): a fraction of zeros
     * says nothing there (elsewhere 13.1 keeps it as written: "3,00" in a lesson on notation) */
    zero_cents |= num->decimal && strspn(tstr(c, num->frac), "0") >= tlen(c, num->frac) &&
                  is_word(c, num->last + 1) &&
                  (tok_is(c, num->last + 1, "мың") ||
                   dy_kk_scale_word(tstr(c, num->last + 1), tlen(c, num->last + 1)));
    if (!num->decimal || zero_cents) {
        dy_nc_say_digits(num->whole.data, num->whole.len, chain, n, out);
        return;
    }
    dy_nc_say_digits(num->whole.data, num->whole.len, NULL, 0, out);
    dy_nc_fraction_say(c, num->frac, chain, n, out);
}

void dy_nc_fraction_say(const nctx *c, size_t frac, const dy_kk_morph *chain, int n, dy_buf *out)
{
    dy_buf_puts(out, " бүтін ");
    uint64_t denom = 1;
    for (size_t k = 0; k < tlen(c, frac); k++)
        denom *= 10;
    dy_buf d = {0};
    dy_kk_cardinal_u64(&d, denom);
    static const dy_kk_morph ABL[] = {DY_KK_ABL};
    dy_nc_put_inflected(out, dy_buf_str(&d), ABL, 1); /* оннан, жүзден, мыңнан, он мыңнан */
    dy_buf_putc(out, ' ');
    dy_buf_fini(&d);
    /* the fraction's digits as a number, leading zeros dropped: 3,05 -> жүзден бес */
    const char *f = tstr(c, frac);
    size_t fn = tlen(c, frac);
    while (fn > 1 && *f == '0')
        f++, fn--;
    dy_buf fr = {0};
    dy_kk_cardinal(&fr, f, fn);
    dy_nc_put_inflected(out, dy_buf_str(&fr), chain, n);
    dy_buf_fini(&fr);
}

/* A noun of part of a year or century (басы, соңында, жартысы ...) at k. */
bool dy_nc_is_part_noun(const nctx *c, size_t k)
{
    static const char *const MIDDLE[] = {"орта"}; /* "ХІІІ ғ. орта тұсында" */
    return is_word(c, k) &&
           (dy_kk_is_part_of_year(tstr(c, k), tlen(c, k)) ||
            dy_kk_part_limit(tstr(c, k), tlen(c, k)) > 0 ||
            (dy_nc_word_in(c, k, MIDDLE, 1) && dy_nc_word_starts(c, k + 1, "тұс")));
}

/* Section 12 rule 4 (and 9 row 1): an ordinal followed by a part noun ("екінші жартысында",
 * "I жартысында", "3-ширегінде", "3-ші ширегінде", "2 тоқсанында"), or a decade ("70-жылдары",
 * "70 жылдары"), starting at k. */
bool dy_nc_ordinal_part_at(const nctx *c, size_t k)
{
    if (dy_nc_is_ordinal_word(c, k) || dy_nc_roman_value(c, k, NULL))
        return dy_nc_is_part_noun(c, k + 1);
    if (!is_num(c, k))
        return false;
    size_t j = k + 1;
    if (is_dash(c, j) && is_num(c, j + 1) && dy_nc_num_value(c, k) % 10 == 0 &&
        tlen(c, k) == 2) { /* a range of decades: "XX ғ. 20-30 жж.", "20-30-жылдары" */
        bool plural;
        size_t e = j + 2 + (tok_is(c, j + 2, "-") && glued(c, j + 2));
        return (dy_nc_year_abbr(c, j + 2, &plural) && plural) || dy_nc_word_starts(c, e, "жылдар");
    }
    bool hyphen = tok_is(c, j, "-") && glued(c, j);
    if (hyphen)
        j++;
    dy_kk_morph chain[4];
    if (hyphen && is_word(c, j) && glued(c, j) &&
        dy_kk_parse_tail(tstr(c, j), tlen(c, j), chain, 4) == 1 && chain[0] == DY_KK_ORD)
        j++; /* "3-ші ширегінде" */
    if (dy_nc_word_starts(c, j, "жылдар"))
        return true; /* a decade */
    if (!dy_nc_is_part_noun(c, j))
        return false;
    int limit = dy_kk_part_limit(tstr(c, j), tlen(c, j));
    return hyphen ||
           (limit && dy_nc_num_value(c, k) >= 1 && dy_nc_num_value(c, k) <= (uint64_t)limit);
}

/* A form of ғасыр, the noun (ғасырда, ғасырлардағы), not the adjective ғасырлық. */
bool dy_nc_is_century_word(const nctx *c, size_t k)
{
    return dy_nc_word_starts(c, k, "ғасыр") && !dy_nc_word_starts(c, k, "ғасырлық");
}

/* Is token k a separator glued on both sides (".", "/", "-", ":")? */
bool dy_nc_glued_sep(const nctx *c, size_t k, const char *sep)
{
    return tok_is(c, k, sep) && glued(c, k) && k + 1 < c->n && glued(c, k + 1);
}

/* A case or ordinal ending typed as a word of its own ("7 ден", "5 ші"): only endings that are no
 * Kazakh word (not да/де/та/те, мен, не, нан "bread"). */
static const char *const LOOSE[] = {"ге", "ден", "дан", "ды",  "ді",  "дің", "дың", "ке",   "нен",
                                    "ны", "ні",  "нің", "ның", "нші", "ншы", "тан", "тен",  "ты",
                                    "ті", "тің", "тың", "ші",  "шы",  "ға",  "қа",  "інші", "ыншы"};

/* Is word k one of the LOOSE endings? */
bool dy_nc_is_loose_ending(const nctx *c, size_t k)
{
    return is_word(c, k) && dy_nc_word_in(c, k, LOOSE, COUNT(LOOSE));
}

/* Is word k an ending typed as a word after a spaced dash: one of LOOSE, or да/де/та/те after a
 * hyphen-minus (the particle never follows a hyphen, so there it is the locative: "Sulpak - та",
 * "5 - те"; after a true dash, "5 — да", it may be the particle)? */
static const char *const LOCATIVE[] = {"да", "де", "та", "те"};

bool dy_nc_is_ending_after_dash(const nctx *c, size_t k)
{
    return dy_nc_is_loose_ending(c, k) ||
           (k > 0 && tok_is(c, k - 1, "-") && dy_nc_word_in(c, k, LOCATIVE, COUNT(LOCATIVE)));
}

/* Is token k the hyphen of a written suffix: "-", or an en or em dash glued on both sides and
 * before a lower-case word, which writers type for it ("9:00–ден", "5—ке": 7.1, 14.2), or one
 * spaced before and glued to a lone ending ("32 –ші")? */
bool dy_nc_suffix_hyphen(const nctx *c, size_t k)
{
    bool dash = tok_is(c, k, "\u2013") || tok_is(c, k, "\u2014");
    return tok_is(c, k, "-") ||
           (dash && k > 0 && glued(c, k) && glued(c, k + 1) && is_word(c, k + 1) &&
            !dy_is_upper(first_cp(c, k + 1))) ||
           /* a stray space before it, an ending after it: "32 –ші аптасында" (7.1 step 6), also
            * the locative, which as a particle is never glued to a dash: "5с –та" */
           (dash && k > 0 && glued(c, k + 1) &&
            (dy_nc_is_loose_ending(c, k + 1) ||
             dy_nc_word_in(c, k + 1, LOCATIVE, COUNT(LOCATIVE))) &&
            !(glued(c, k + 2) && !is_punct(c, k + 2)));
}

/* A written suffix at k ("-" glued, then a glued Cyrillic word; or a stray space before the
 * hyphen, 7.1 step 6; or a possessive chain or a LOOSE ending typed apart after a spaced dash of
 * any kind, 7.3; or a LOOSE ending typed apart or glued with no hyphen) that
 * parses as a chain after the spoken word `last`. Returns the tokens it takes (0: none). */
size_t dy_nc_suffix_at(const nctx *c, size_t k, const char *last, dy_kk_morph *chain, int *n)
{
    if (dy_nc_is_loose_ending(c, k) && !(glued(c, k + 1) && !is_punct(c, k + 1))) {
        /* an ending typed apart, or glued with no hyphen: "8:30 дан", "8:30дан", "5 км ге" */
        *n = dy_kk_parse_tail_after(last, tstr(c, k), tlen(c, k), chain, 8);
        return *n > 0 && chain[0] != DY_KK_POSS3 ? 1 : 0; /* a possessive apart needs a dash */
    }
    if (is_dash(c, k) && spaced(c, k) && spaced(c, k + 1) && is_word(c, k + 1) &&
        !(glued(c, k + 2) && !is_punct(c, k + 2))) {
        /* a possessive typed apart after a spaced dash: "83% — ы" -> сексен үш пайызы; and a
         * case ending that is no word of its own: "25% - ға" -> жиырма бес пайызға */
        *n = dy_kk_parse_tail_after(last, tstr(c, k + 1), tlen(c, k + 1), chain, 8);
        return *n > 0 && (chain[0] == DY_KK_POSS3 || dy_nc_is_loose_ending(c, k + 1)) ? 2 : 0;
    }
    /* the hyphen typed twice: "14,6%--ға" */
    if (tok_is(c, k, "-") && glued(c, k) && tok_is(c, k + 1, "-") && glued(c, k + 1) &&
        is_word(c, k + 2) && glued(c, k + 2) && dy_is_cyrillic(first_cp(c, k + 2))) {
        *n = dy_kk_parse_tail_after(last, tstr(c, k + 2), tlen(c, k + 2), chain, 8);
        return *n >= 0 ? 3 : 0;
    }
    if (!dy_nc_suffix_hyphen(c, k) || !is_word(c, k + 1) || !glued(c, k + 1) ||
        !dy_is_cyrillic(first_cp(c, k + 1)))
        return 0;
    *n = dy_kk_parse_tail_after(last, tstr(c, k + 1), tlen(c, k + 1), chain, 8);
    return *n >= 0 ? 2 : 0;
}

/* Is there an unclosed "(" before token i in the sentence? */
bool dy_nc_open_bracket_before(const nctx *c, size_t i)
{
    if (!c->cache->depth) { /* counted once for the sentence */
        int *d = dy_xrealloc(NULL, (c->n + 1) * sizeof *d);
        d[0] = 0;
        for (size_t k = 0; k < c->n; k++)
            d[k + 1] = d[k] + (tok_is(c, k, "(") ? 1 : tok_is(c, k, ")") && d[k] > 0 ? -1 : 0);
        c->cache->depth = d;
    }
    return c->cache->depth[i < c->n ? i : c->n] > 0;
}

/* The case a postposition at k governs, into *m: дейін, шейін, қарай take the dative, бастап and
 * астам ("140 мм астам" -> миллиметрден астам) the ablative; with all (after a date) also бері,
 * кейін, соң (ablative). A writer drops the case
 * after a date or a unit abbreviation ("01.01.2017 ж. бастап", "25 м/с дейін"); the announcer
 * says it. False for any other word. */
bool dy_nc_postposition_case(const nctx *c, size_t k, bool all, dy_kk_morph *m)
{
    static const char *const ABL[] = {"бастап", "астам", "бері", "кейін", "соң"};
    static const char *const DAT[] = {"дейін", "шейін", "шекін", "дейінгі", "қарай"};
    if (!is_word(c, k) || !(spaced(c, k) || (k > 0 && tok_is(c, k - 1, "."))))
        return false;
    if (dy_nc_word_in(c, k, DAT, COUNT(DAT))) {
        *m = DY_KK_DAT;
        return true;
    }
    *m = DY_KK_ABL;
    return dy_nc_word_in(c, k, ABL, all ? COUNT(ABL) : 2);
}

/* An era abbreviation at k, "б.з.б.", "б. з. б.", "б.з.д.", "б.з.", "б.д.д.", "б.д." (section 18:
 * before the number it dates); returns the tokens it takes (0: none). */
size_t dy_nc_era_at(const nctx *c, size_t k)
{
    if (!(tok_is(c, k, "б") || tok_is(c, k, "Б")) || !tok_is(c, k + 1, ".") || !glued(c, k + 1) ||
        !(tok_is(c, k + 2, "з") || tok_is(c, k + 2, "д")) || !tok_is(c, k + 3, ".") ||
        !glued(c, k + 3))
        return 0;
    if ((tok_is(c, k + 4, "б") || tok_is(c, k + 4, "д")) && tok_is(c, k + 5, ".") &&
        glued(c, k + 5))
        return 6;
    if ((tok_is(c, k + 4, "б") || tok_is(c, k + 4, "д")) && glued(c, k + 4) && spaced(c, k + 5) &&
        (is_num(c, k + 5) || dy_nc_roman_value(c, k + 5, NULL)))
        return 5; /* "б.з.д 3 мыңжылдық": the last period left out before the number */
    return 4;
}

/* Is word i a month in the genitive ("сәуірдің"), or айының after a month's name ("қаңтар
 * айының")? */
bool dy_nc_is_genitive_month(const nctx *c, size_t i)
{
    static const char *const OF_MONTH[] = {"айының", "айдың"};
    size_t stem;
    if (i > 0 && dy_nc_word_in(c, i, OF_MONTH, COUNT(OF_MONTH)) && is_word(c, i - 1) &&
        dy_kk_month(tstr(c, i - 1), tlen(c, i - 1), &stem) && stem == tlen(c, i - 1))
        return true;
    if (!is_word(c, i) || !dy_kk_month(tstr(c, i), tlen(c, i), &stem))
        return false;
    dy_buf b = {0};
    bool gen = dy_nc_is_genitive_ending(dy_nc_lower_word(c, i, &b) + stem);
    dy_buf_fini(&b);
    return gen;
}

/* Is word k a form of күн, "day" (күні, күндері, күндерінде), not another word on its stem
 * (күнделік, күнбағыс)? */
bool dy_nc_is_day_word(const nctx *c, size_t k)
{
    if (!is_word(c, k) || !dy_nc_word_starts(c, k, "күн"))
        return false;
    dy_buf b = {0};
    const char *rest = dy_nc_lower_word(c, k, &b) + strlen("күн");
    dy_kk_morph chain[6];
    bool ok = !*rest || dy_kk_parse_tail(rest, strlen(rest), chain, 6) >= 0;
    dy_buf_fini(&b);
    return ok;
}

/* Does an era abbreviation end right before token i ("б.з.б. 5", "б. з. 1")? */
bool dy_nc_era_before(const nctx *c, size_t i)
{
    return (i >= 4 && dy_nc_era_at(c, i - 4) == 4) || (i >= 5 && dy_nc_era_at(c, i - 5) == 5) ||
           (i >= 6 && dy_nc_era_at(c, i - 6) == 6);
}

/* Is token k one letter that labels an option with a period, in a run of such options ("А. 5 Ә.
 * 8 В. 15", "А. 1220-1224 жж. Б. 1219-1221 жж."): a capital Cyrillic letter, a glued period, then
 * a spaced number or word, and another such label with another letter in the sentence? Then it is
 * no unit (вольт) and no city (Алматы). */
bool dy_nc_dot_option(const nctx *c, size_t k)
{
    if (!is_word(c, k) || letters(c, k) != 1 || !dy_is_upper(first_cp(c, k)) ||
        !dy_is_cyrillic(first_cp(c, k)) || !tok_is(c, k + 1, ".") || !glued(c, k + 1) ||
        !spaced(c, k + 2) || !(is_num(c, k + 2) || is_word(c, k + 2)))
        return false;
    dy_nc_cache *m = c->cache;
    if (!m->dot_known) { /* the letters of such labels before a number, found once: the first
                            one, and whether another letter labels one too */
        m->dot_known = true;
        for (size_t j = 0; j + 2 < c->n && !m->dot_other; j++) {
            int32_t cp = is_word(c, j) && letters(c, j) == 1 ? first_cp(c, j) : 0;
            if (!cp || !dy_is_upper(cp) || !dy_is_cyrillic(cp) || !tok_is(c, j + 1, ".") ||
                !glued(c, j + 1) || !spaced(c, j + 2) || !is_num(c, j + 2))
                continue;
            if (!m->dot_first)
                m->dot_first = cp;
            else if (cp != m->dot_first)
                m->dot_other = true;
        }
    }
    return m->dot_first && (first_cp(c, k) != m->dot_first || m->dot_other);
}

/* Is word k a unit of a legal act that a number labels: бап, тармақ (тармақша), пункт, параграф,
 * абзац, қосымша, in any form ("бабының", "тармақшасына")? */
bool dy_nc_is_legal_unit(const nctx *c, size_t k)
{
    static const char *const STEMS[] = {"бап",      "баб",   "тармақ",  "тармағ",
                                        "параграф", "абзац", "қосымша", "пункт"};
    for (size_t s = 0; s < COUNT(STEMS); s++)
        if (dy_nc_word_starts(c, k, STEMS[s]))
            return true;
    return false;
}
