/* The guesses in a normalized sentence (risk.h), found from its tokens, the name of the rule
 * that made each word (normalize.c's table) and the built-in lists (kk/tables.h): what a teacher
 * proofreads before a build. Each finder walks the tokens once; none changes the sentence. */
#include "normalize/risk.h"

#include <stdlib.h>
#include <string.h>

#include "kk/numbers.h"
#include "kk/tables.h"
#include "normalize/context.h"
#include "normalize/rules.h"

const char *dy_risk_name(dy_risk_kind kind)
{
    static const char *const names[DY_RISK_KINDS] = {
        [DY_RISK_ACRONYM_SPELLED] = "acronym-spelled",
        [DY_RISK_ABBREVIATION_UNKNOWN] = "abbreviation-unknown",
        [DY_RISK_MIXED_SCRIPT] = "mixed-script",
        [DY_RISK_NUMBER_FALLBACK] = "number-fallback",
        [DY_RISK_LATIN] = "latin",
        [DY_RISK_TIME_OR_DECIMAL] = "time-or-decimal",
        [DY_RISK_LANGUAGE] = "language",
        [DY_RISK_LIST_NUMBER] = "list-number",
        [DY_RISK_YEAR_OR_NUMBER] = "year-or-number",
        [DY_RISK_RANGE_SIGN] = "range-sign",
        [DY_RISK_SPACED_SUFFIX] = "spaced-suffix",
        [DY_RISK_DECIMAL_OR_THOUSANDS] = "decimal-or-thousands",
        [DY_RISK_MONTH_RUSSIAN] = "month-russian",
        [DY_RISK_YEAR_COUNT] = "year-count",
        [DY_RISK_ACRONYM_DEFINED] = "acronym-defined",
        [DY_RISK_GLUED_WORDS] = "glued-words",
        [DY_RISK_TEX_COMMAND] = "tex-command",
    };
    return kind < DY_RISK_KINDS ? names[kind] : "?";
}

/* One scan: the sentence, its text, what was found. */
typedef struct scan {
    const char *text;
    const dy_utt *u;
    dy_speller *sp;
    dy_risk_vec *out;
    size_t *first_word, *last_word; /* per token: the first and last word (in u->words) made
                                       from it, or NONE */
    size_t last_content;            /* the last word or number token, or NONE */
} scan;
#define NONE SIZE_MAX

static size_t ntok(const scan *s) { return s->u->tokens.len; }
static const dy_token *tk(const scan *s, size_t i) { return &s->u->tokens.items[i]; }
static const char *ts(const scan *s, size_t i) { return s->text + tk(s, i)->src.start; }
static size_t tl(const scan *s, size_t i) { return tk(s, i)->src.end - tk(s, i)->src.start; }
static bool kind_at(const scan *s, size_t i, dy_tok_kind k)
{
    return i < ntok(s) && tk(s, i)->kind == k;
}
static bool word_at(const scan *s, size_t i) { return kind_at(s, i, DY_TOK_WORD); }
static bool num_at(const scan *s, size_t i) { return kind_at(s, i, DY_TOK_NUMBER); }
/* token i is glued to the one before it */
static bool glued_at(const scan *s, size_t i) { return i < ntok(s) && !tk(s, i)->space_before; }
static bool punct_is(const scan *s, size_t i, const char *p)
{
    return kind_at(s, i, DY_TOK_PUNCT) && tl(s, i) == strlen(p) && !memcmp(ts(s, i), p, tl(s, i));
}
/* a "." or "/" glued on both sides: "3.2", "м/с" */
static bool joiner_at(const scan *s, size_t i)
{
    return (punct_is(s, i, ".") || punct_is(s, i, "/")) && glued_at(s, i) && glued_at(s, i + 1) &&
           (word_at(s, i + 1) || num_at(s, i + 1));
}

/* A word or a number follows token k in the sentence (a period there did not end it). */
static bool more_after(const scan *s, size_t k)
{
    return s->last_content != NONE && k < s->last_content;
}

static bool is_latin(int32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

/* A vowel of either script; У counts (су, ту are words). */
static bool is_vowel(int32_t cp)
{
    return dy_nc_is_vowel(cp) || dy_to_upper(cp) == 0x0423 ||
           (cp > 0 && cp < 128 && strchr("aeiouyAEIOUY", (int)cp));
}

/* Token i is written in the letters of Roman numerals only ("XV", "III"). */
static bool roman_like(const scan *s, size_t i)
{
    return tl(s, i) && strspn(ts(s, i), "IVXLCDM") >= tl(s, i);
}

/* What the letters of token i are. */
typedef struct letters_of {
    size_t n, cyrillic, latin, upper, vowels;
} letters_of;

static letters_of count_letters(const scan *s, size_t i)
{
    letters_of l = {0};
    for (size_t k = 0; k < tl(s, i);) {
        int32_t cp = dy_utf8_next(ts(s, i), tl(s, i), &k);
        if (!dy_is_letter(cp))
            continue;
        l.n++;
        l.cyrillic += dy_is_cyrillic(cp);
        l.latin += is_latin(cp);
        l.upper += dy_is_upper(cp);
        l.vowels += is_vowel(cp);
    }
    return l;
}

/* The first word made from token i, or NULL (a dropped mark). */
static const dy_word *word_of(const scan *s, size_t i)
{
    return i < ntok(s) && s->first_word[i] != NONE ? &s->u->words.items[s->first_word[i]] : NULL;
}

/* Fills first_word and last_word: each word marks the tokens its source overlaps. Words are
 * mostly in the order of their sources, but not always ("$5" -> бес доллар). */
static void map_words(scan *s)
{
    size_t n = ntok(s);
    for (size_t i = 0; i < n; i++)
        s->first_word[i] = s->last_word[i] = NONE;
    for (size_t w = 0; w < s->u->words.len; w++) {
        dy_span src = s->u->words.items[w].src;
        size_t lo = 0, hi = n; /* the first token that ends after src starts */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (tk(s, mid)->src.end <= src.start)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (size_t i = lo; i < n && tk(s, i)->src.start < src.end; i++) {
            if (s->first_word[i] == NONE)
                s->first_word[i] = w;
            s->last_word[i] = w;
        }
    }
    s->last_content = NONE;
    for (size_t i = n; i-- > 0 && s->last_content == NONE;)
        if (word_at(s, i) || num_at(s, i))
            s->last_content = i;
}

static bool rule_is(const dy_word *w, const char *name) { return w && !strcmp(w->rule, name); }

/* Records a finding over tokens first..last; what is said for it runs from the first word made
 * from them to the last. */
static void add(scan *s, dy_risk_kind kind, size_t first, size_t last, const char *note)
{
    dy_span src = {tk(s, first)->src.start, tk(s, last)->src.end};
    size_t lo = NONE, hi = 0;
    for (size_t i = first; i <= last; i++) {
        if (s->first_word[i] == NONE)
            continue;
        lo = s->first_word[i] < lo ? s->first_word[i] : lo;
        hi = s->last_word[i] > hi ? s->last_word[i] : hi;
    }
    dy_span spoken = {0, 0};
    if (lo != NONE) {
        const dy_word *a = &s->u->words.items[lo], *b = &s->u->words.items[hi];
        spoken = (dy_span){a->off, b->off + b->len};
    }
    dy_risk *r = DY_VEC_PUSH(s->out);
    *r = (dy_risk){kind, src, spoken, note};
}

/* acronym-spelled: capitals the acronym rule read by letter names because no list has them
 * ("ЖЖЖ" -> жэ жэ жэ); a word the dictionary knows ("БІЗ") is said to be one. */
static void find_acronyms(scan *s, size_t i)
{
    if (!word_at(s, i) || dy_kk_acronym(ts(s, i), tl(s, i)))
        return;
    const dy_word *w = word_of(s, i);
    if (!rule_is(w, "acronym") || w->src.start != tk(s, i)->src.start)
        return;
    size_t k = 0;
    const char *name = dy_kk_letter_name(dy_utf8_next(ts(s, i), tl(s, i), &k));
    const char *said = dy_buf_str(&s->u->spoken) + w->off;
    if (!name || w->len != strlen(name) || memcmp(said, name, w->len) != 0)
        return; /* read as a word: НАТО -> нато */
    letters_of l = count_letters(s, i);
    bool word = l.vowels && l.vowels < l.n && dy_speller_knows(s->sp, ts(s, i), tl(s, i));
    add(s, DY_RISK_ACRONYM_SPELLED, i, i, word ? "a word in the dictionary" : NULL);
}

/* The Kazakh abbreviation lists know word[0..n) followed by a period. */
static bool listed_abbreviation(const scan *s, size_t i)
{
    char key[DY_KK_WORD_MAX + 1];
    size_t n = tl(s, i);
    if (n >= DY_KK_WORD_MAX)
        return false;
    memcpy(key, ts(s, i), n);
    key[n] = '.';
    /* a Russian abbreviation (кв., стр.) is not read in a Kazakh sentence: still a finding */
    const dy_kk_abbr *a = dy_kk_abbr_written(key, n + 1);
    bool kazakh = a && a != dy_kk_ru_abbreviation(key, n + 1);
    return kazakh || dy_kk_unit_word(ts(s, i), n) || dy_kk_scale_word(ts(s, i), n) ||
           dy_kk_month_abbr(ts(s, i), n) || dy_kk_place_abbr(ts(s, i), n) ||
           dy_kk_language_abbr(ts(s, i), n);
}

/* abbreviation-unknown: a short Cyrillic word with a period, read as a plain word because no
 * list has it, where the period does not end the sentence ("бүг. күні": the splitter held it) or
 * the word has no vowel ("шт."). Chains ("ж.т.б.") are one finding. Returns the tokens used. */
static size_t find_abbreviation(scan *s, size_t i)
{
    if (!word_at(s, i) || !punct_is(s, i + 1, ".") || !glued_at(s, i + 1))
        return 1;
    letters_of l = count_letters(s, i);
    if (l.n == 0 || l.n > 6 || l.cyrillic != l.n || listed_abbreviation(s, i))
        return 1;
    const dy_word *w = word_of(s, i);
    if (!rule_is(w, "word") && !rule_is(w, "letter"))
        return 1;
    size_t last = i + 1; /* the chain: word . word . */
    while (word_at(s, last + 1) && glued_at(s, last + 1) && count_letters(s, last + 1).n <= 2 &&
           punct_is(s, last + 2, ".") && glued_at(s, last + 2))
        last += 2;
    if (more_after(s, last) || l.vowels == 0)
        add(s, DY_RISK_ABBREVIATION_UNKNOWN, i, last, NULL);
    return last + 1 - i;
}

/* mixed-script: Cyrillic and Latin letters in one word; "folded" when its Latin look-alikes were
 * read as the Cyrillic letters (text/utt.h dy_tokens_fold), else it was read as written. */
static void find_mixed(scan *s, size_t i)
{
    if (!word_at(s, i))
        return;
    letters_of l = count_letters(s, i);
    if (!l.cyrillic || !l.latin)
        return;
    bool latin_said = false;
    for (size_t w = 0; w < s->u->words.len; w++) {
        const dy_word *x = &s->u->words.items[w];
        if (x->src.start >= tk(s, i)->src.end || x->src.end <= tk(s, i)->src.start)
            continue;
        const char *said = dy_buf_str(&s->u->spoken) + x->off;
        for (size_t k = 0; k < x->len;)
            latin_said |= is_latin(dy_utf8_next(said, x->len, &k));
    }
    add(s, DY_RISK_MIXED_SCRIPT, i, i, latin_said ? "not repaired" : "folded");
}

/* Latin-script words, consecutive ones as one fragment ("Harry Potter"): left to eSpeak's
 * English voice (rule "word") or spelled in Cyrillic (rule "latin", --no-latin-voice). URLs and
 * Roman numerals have rules of their own and are not listed. Returns the tokens used. */
static size_t find_latin(scan *s, size_t i)
{
    const dy_word *w = word_at(s, i) ? word_of(s, i) : NULL;
    if (!rule_is(w, "word") && !rule_is(w, "latin"))
        return 1;
    letters_of l = count_letters(s, i);
    if (!l.latin || l.cyrillic)
        return 1;
    size_t last = i;
    for (;;) {
        size_t k = last + 1;
        if ((punct_is(s, k, "-") || punct_is(s, k, "'")) && glued_at(s, k) && glued_at(s, k + 1))
            k++; /* "e-mail", "O'Brien" */
        const dy_word *x = word_at(s, k) ? word_of(s, k) : NULL;
        if (!x || strcmp(x->rule, w->rule) || !count_letters(s, k).latin ||
            count_letters(s, k).cyrillic)
            break;
        last = k;
    }
    bool roman = last == i && roman_like(s, i);
    add(s, DY_RISK_LATIN, i, last,
        roman                 ? "a Roman numeral?"
        : rule_is(w, "latin") ? "spelled"
                              : "English voice");
    return last + 1 - i;
}

/* A clock word (сағат, сағ., сағатта) within three words of token i. */
static bool clock_near(const scan *s, size_t i)
{
    size_t from = i > 6 ? i - 6 : 0;
    for (size_t k = from; k < ntok(s) && k <= i + 6; k++) {
        char lower[DY_KK_WORD_MAX];
        if (word_at(s, k) && dy_kk_lower_to(lower, sizeof lower, ts(s, k), tl(s, k)) != SIZE_MAX &&
            !strncmp(lower, "сағ", strlen("сағ")))
            return true;
    }
    return false;
}

/* time-or-decimal: "9.30" (hours to 24, two digits of minutes to 59, no third part as in a date)
 * with no clock word near it, however it was read (a time, or nine and thirty hundredths). A
 * unit after it ("2.50 м") says it is a decimal. Returns the tokens used. */
static size_t find_time_or_decimal(scan *s, size_t i)
{
    if (!num_at(s, i) || tl(s, i) > 2 || !punct_is(s, i + 1, ".") || !glued_at(s, i + 1) ||
        !num_at(s, i + 2) || !glued_at(s, i + 2) || tl(s, i + 2) != 2)
        return 0;
    if ((i > 0 && glued_at(s, i) && (punct_is(s, i - 1, ".") || num_at(s, i - 1))) ||
        joiner_at(s, i + 3))
        return 0; /* 1.2.30, 12.05.2020 */
    int h = ts(s, i)[0] - '0', m = (ts(s, i + 2)[0] - '0') * 10 + ts(s, i + 2)[1] - '0';
    if (tl(s, i) == 2)
        h = h * 10 + ts(s, i)[1] - '0';
    const dy_word *w = word_of(s, i);
    if (h > 24 || m > 59 || clock_near(s, i) || rule_is(w, "measure") || rule_is(w, "date") ||
        rule_is(w, "url"))
        return 0;
    add(s, DY_RISK_TIME_OR_DECIMAL, i, i + 2, NULL);
    return 3;
}

/* A period or a slash glued after token k that does not end the sentence: "кв.", "м/". */
static bool cut_short(const scan *s, size_t k)
{
    return (punct_is(s, k + 1, ".") || punct_is(s, k + 1, "/")) && glued_at(s, k + 1) &&
           more_after(s, k + 1);
}

/* A unit-like word at token k after a number, that no rule read as a unit or a scale: glued to
 * the number ("5кг"), or without a vowel ("шт"), or short Latin ("GB"), or cut short by a period
 * or a slash ("кв.", "м/"). */
static bool unit_like(const scan *s, size_t k)
{
    const dy_word *w = word_at(s, k) ? word_of(s, k) : NULL;
    if ((!rule_is(w, "word") && !rule_is(w, "latin")) || roman_like(s, k))
        return false;
    letters_of l = count_letters(s, k);
    return !tk(s, k)->space_before || l.vowels == 0 || (l.latin == l.n && l.n <= 4) ||
           cut_short(s, k);
}

/* number-fallback: a number the plain cardinal rule read (no unit, date or time rule knew it)
 * beside a unit-like word, a slash or a dot: "10 шт.", "3.2.1", "12/5/7", "1.1" (read as a
 * decimal), or before ", NN" and a unit ("5, 65 теңге": a decimal typed with a space?), or a
 * zero before ", N" and a unit ("0, 4 А"). A chain
 * joined by dots and slashes is one finding. Returns the tokens used. */
static size_t find_number(scan *s, size_t i)
{
    const dy_word *w = num_at(s, i) ? word_of(s, i) : NULL;
    if (!rule_is(w, "cardinal") && !rule_is(w, "decimal"))
        return 1;
    if (w->src.start != tk(s, i)->src.start) /* inside "14,3" or "1 081" */
        return 1;
    size_t last = i; /* the number's last token: "1 081" is one number */
    while (last + 1 < ntok(s) && tk(s, last + 1)->src.end <= w->src.end)
        last++;
    bool dotted = false; /* "1.1": a decimal point where Kazakh writes a comma */
    for (size_t k = i; k <= last; k++)
        dotted |= punct_is(s, k, ".");
    if (punct_is(s, last + 1, ",") && glued_at(s, last + 1) && num_at(s, last + 2) &&
        !glued_at(s, last + 2) &&
        (tl(s, last + 2) == 2 || (last == i && tl(s, i) == 1 && ts(s, i)[0] == '0')) &&
        rule_is(word_of(s, last + 2), "measure")) {
        /* "5, 65 теңге", "0, 4 А": a decimal comma typed with a space, or a list (that never
         * starts with a zero); read as a list */
        add(s, DY_RISK_NUMBER_FALLBACK, i, last + 2, NULL);
        return last + 3 - i;
    }
    size_t end = last;
    while (joiner_at(s, end + 1))
        end += 2;
    bool before = i > 1 && glued_at(s, i) && (punct_is(s, i - 1, "/") || punct_is(s, i - 1, ".")) &&
                  glued_at(s, i - 1) && (word_at(s, i - 2) || num_at(s, i - 2));
    if (end == last && unit_like(s, last + 1))
        end = last + 1;
    else if (end == last && !before && !dotted)
        return 1;
    last = end;
    add(s, DY_RISK_NUMBER_FALLBACK, i, last, NULL);
    return last + 1 - i;
}

/* The first content token (a word or a number) at or before token i, or NONE. */
static size_t content_before(const scan *s, size_t i)
{
    while (i-- > 0)
        if (word_at(s, i) || num_at(s, i))
            return i;
    return NONE;
}

/* Token i is a number of digits only, that the plain cardinal rule read from its first digit
 * to its last (not a part of "1 081", "14,3" or a rule's larger reading). */
static bool plain_cardinal(const scan *s, size_t i)
{
    const dy_word *w = num_at(s, i) ? word_of(s, i) : NULL;
    return rule_is(w, "cardinal") && w->src.start == tk(s, i)->src.start &&
           w->src.end == tk(s, i)->src.end && strspn(ts(s, i), "0123456789") >= tl(s, i);
}

/* list-number: a number of one to three digits with the period that ends the sentence, alone
 * in it or after a colon or a semicolon ("1.", "…бөлінеді: 1.", "(ІІІ ғ.); 4."), read as a
 * cardinal: a list's number, whose item the splitter cut off into the next sentence, is an
 * ordinal (бірінші). */
static void find_list_number(scan *s, size_t i)
{
    if (!plain_cardinal(s, i) || tl(s, i) > 3 || !punct_is(s, i + 1, ".") || !glued_at(s, i + 1) ||
        i + 2 != ntok(s))
        return;
    size_t before = content_before(s, i);
    if (before != NONE && !(punct_is(s, i - 1, ":") || punct_is(s, i - 1, ";")))
        return;
    add(s, DY_RISK_LIST_NUMBER, i, i + 1, NULL);
}

/* year-or-number: four digits from 1000 to 2099 that the cardinal rule read as a count though
 * no word follows them to count (the sentence, a bracket or a clause ends there: "2017", "№2,
 * 75-том 2022", "…сипатталған, 1360."): a year there is read as an ordinal with жыл. */
static void find_year_or_number(scan *s, size_t i)
{
    if (!plain_cardinal(s, i) || tl(s, i) != 4 || (ts(s, i)[0] != '1' && ts(s, i)[0] != '2') ||
        (ts(s, i)[0] == '2' && ts(s, i)[1] != '0'))
        return;
    if (i + 1 < ntok(s) && !punct_is(s, i + 1, ".") && !punct_is(s, i + 1, ",") &&
        !punct_is(s, i + 1, ";") && !punct_is(s, i + 1, ")") && !punct_is(s, i + 1, "|"))
        return; /* a word, a unit, a hyphen and a suffix, a slash follows */
    if (i > 0 && glued_at(s, i) && !punct_is(s, i - 1, "(") && !punct_is(s, i - 1, "|"))
        return; /* "№2022", "+2017": glued to a sign */
    if (i > 0 && word_at(s, i - 1) && count_letters(s, i - 1).latin)
        return; /* "IMG 1066", "FZ 1706": a code's number */
    if (more_after(s, i + 1) && punct_is(s, i + 1, ".") && glued_at(s, i + 2))
        return;
    add(s, DY_RISK_YEAR_OR_NUMBER, i, i, NULL);
}

/* A minus sign: "-", "–" or "−" before a number, with a space or nothing before it. */
static bool sign_at(const scan *s, size_t i)
{
    return (punct_is(s, i, "-") || punct_is(s, i, "\u2013") || punct_is(s, i, "\u2212")) &&
           glued_at(s, i + 1) && num_at(s, i + 1) &&
           (i == 0 || !glued_at(s, i) || !(num_at(s, i - 1) || word_at(s, i - 1)));
}

/* range-sign: a range whose first end has a minus and whose second has none ("-4-6°С"), read
 * with the minus on the first end only (минус төрт - алты); a careful reader says both ends'
 * signs (минус төрт - минус алты) when the range is of temperatures below zero, so the writer's
 * hyphen is a guess to confirm. */
static void find_range_sign(scan *s, size_t i)
{
    if (!sign_at(s, i) || i + 3 >= ntok(s))
        return;
    size_t dash = i + 2;
    while (dash < ntok(s) && glued_at(s, dash) && (num_at(s, dash) || punct_is(s, dash, ",")))
        dash++; /* "-4,5-6" */
    if (!(punct_is(s, dash, "-") || punct_is(s, dash, "\u2013")) || !glued_at(s, dash) ||
        !num_at(s, dash + 1) || !glued_at(s, dash + 1))
        return;
    if (!word_of(s, i) || s->last_word[dash + 1] == NONE || rule_is(word_of(s, i), "punctuation"))
        return;
    const dy_word *first = word_of(s, i), *last = &s->u->words.items[s->last_word[dash + 1]];
    const char *said = dy_buf_str(&s->u->spoken) + first->off;
    size_t len = last->off + last->len - first->off;
    static const char minus[] = "минус";
    size_t m = strlen(minus);
    if (len < m || memcmp(said, minus, m))
        return;
    static const char *const dashes[] = {" - ", " \u2013 "};
    for (size_t k = m; k < len; k++) { /* the dash said between the ends */
        size_t d = 0;
        for (size_t x = 0; x < 2 && !d; x++)
            if (k + strlen(dashes[x]) <= len && !memcmp(said + k, dashes[x], strlen(dashes[x])))
                d = strlen(dashes[x]);
        if (!d)
            continue;
        if (len - k - d >= m && !memcmp(said + k + d, minus, m))
            return;
        add(s, DY_RISK_RANGE_SIGN, i, dash + 1, NULL);
        return;
    }
}

/* A dash a space stands on both sides of. */
static bool spaced_dash_at(const scan *s, size_t i)
{
    return (punct_is(s, i, "-") || punct_is(s, i, "\u2013") || punct_is(s, i, "\u2014")) &&
           !glued_at(s, i) && i + 1 < ntok(s) && !glued_at(s, i + 1);
}

/* spaced-suffix: a case ending or another number suffix typed as a word of its own after a
 * dash with spaces ("Sulpak - та", "25% - ға", "2020 жыл - дың"), left as a word: read after a
 * dash's pause, not glued to the word before. Only tails of up to four letters in lower case
 * that dy_kk_parse_tail takes as a chain of suffixes. */
static void find_spaced_suffix(scan *s, size_t i)
{
    if (!spaced_dash_at(s, i) || !word_at(s, i + 1) || i == 0 ||
        !(word_at(s, i - 1) || num_at(s, i - 1) || punct_is(s, i - 1, "%")))
        return;
    letters_of l = count_letters(s, i + 1);
    if (l.n == 0 || l.n > 4 || l.upper || l.cyrillic != l.n || !rule_is(word_of(s, i + 1), "word"))
        return;
    const dy_word *w = word_of(s, i + 1);
    if (w->off > 0 && dy_buf_str(&s->u->spoken)[w->off - 1] == '-')
        return; /* read glued to the word before it ("Sulpak - та" -> Sulpak-та) */
    if (word_at(s, i + 2) && glued_at(s, i + 2))
        return;
    dy_kk_morph chain[5];
    if (dy_kk_parse_tail(ts(s, i + 1), tl(s, i + 1), chain, 5) <= 0)
        return;
    add(s, DY_RISK_SPACED_SUFFIX, i - 1, i + 1, NULL);
}

/* decimal-or-thousands: a number of one to three digits (not 0), a comma and exactly three
 * digits ("579,403", "97,993 км2"): a decimal in Kazakh writing, thousands in English; dauys
 * chose one from the words around it (a count noun after it: thousands), whichever it read. Not
 * before a scale word ("1,125 млрд": a decimal). Returns the tokens used. */
static size_t find_decimal_or_thousands(scan *s, size_t i)
{
    if (!num_at(s, i) || tl(s, i) > 3 || !punct_is(s, i + 1, ",") || !glued_at(s, i + 1) ||
        !num_at(s, i + 2) || !glued_at(s, i + 2) || tl(s, i + 2) != 3 || ts(s, i)[0] == '0')
        return 0; /* "0,005" is a decimal */
    if ((i > 0 && glued_at(s, i) &&
         (num_at(s, i - 1) || punct_is(s, i - 1, ",") || punct_is(s, i - 1, "."))) ||
        (punct_is(s, i + 3, ",") && glued_at(s, i + 3) && num_at(s, i + 4) && glued_at(s, i + 4)))
        return 0; /* "1,234,567", "12.1,234": another group */
    const dy_word *w = word_of(s, i);
    if (!w || (!rule_is(w, "cardinal") && !rule_is(w, "decimal") && !rule_is(w, "measure")))
        return 0;
    if (word_at(s, i + 3) && (dy_kk_scale_word(ts(s, i + 3), tl(s, i + 3)) ||
                              !strncmp(ts(s, i + 3), "мың", strlen("мың"))))
        return 0; /* "1,125 млрд", "2,500 мың": a decimal of a scale */
    add(s, DY_RISK_DECIMAL_OR_THOUSANDS, i, i + 2, NULL);
    return 3;
}

/* month-russian: a day read as a Kazakh ordinal before a Russian month name that stays as
 * written ("8 марта" -> сегізінші марта): a Russian date inside a Kazakh sentence, which an
 * announcer reads all in Russian or all in Kazakh (сегізінші наурыз). */
static void find_month_russian(scan *s, size_t i)
{
    const dy_word *w = num_at(s, i) ? word_of(s, i) : NULL;
    if (!rule_is(w, "date") || w->src.start != tk(s, i)->src.start ||
        w->src.end != tk(s, i)->src.end || !word_at(s, i + 1) || glued_at(s, i + 1))
        return; /* the day alone, not the year of "16.11.2012" */
    const dy_word *m = word_of(s, i + 1);
    letters_of l = count_letters(s, i + 1);
    size_t stem = 0;
    if (!rule_is(m, "word") || l.cyrillic != l.n || dy_kk_month(ts(s, i + 1), tl(s, i + 1), &stem))
        return;
    add(s, DY_RISK_MONTH_RUSSIAN, i, i + 1, NULL);
}

/* year-count: four digits from 1000 to 2099 read as a count right before an inflected form of
 * жыл other than the adjective жылдық ("1996 жылдың ішінде" -> мың тоғыз жүз тоқсан алты
 * жылдың, a span of years, where a year is meant: тоқсан алтыншы жылдың). The bare жыл ("2000
 * жыл бұрын") is left alone. */
static void find_year_count(scan *s, size_t i)
{
    if (!plain_cardinal(s, i) || tl(s, i) != 4 ||
        (ts(s, i)[0] != '1' && !(ts(s, i)[0] == '2' && ts(s, i)[1] == '0')))
        return;
    if (!word_at(s, i + 1) || glued_at(s, i + 1) || (i > 0 && glued_at(s, i)))
        return;
    char lower[DY_KK_WORD_MAX];
    size_t n = dy_kk_lower_to(lower, sizeof lower, ts(s, i + 1), tl(s, i + 1));
    static const char year[] = "жыл";
    if (n == SIZE_MAX || n <= strlen(year) || strncmp(lower, year, strlen(year)) ||
        strstr(lower, "жылдық") || strstr(lower, "жылдығ"))
        return; /* the bare жыл; жылдық, жылдығы: an adjective, an anniversary */
    add(s, DY_RISK_YEAR_COUNT, i, i + 1, NULL);
}

/* Word token k, in lower case, is the n bytes at said (a spoken word, in lower case). */
static bool word_is(const scan *s, size_t k, const char *said, size_t n)
{
    char lower[DY_KK_WORD_MAX];
    size_t len = word_at(s, k) ? dy_kk_lower_to(lower, sizeof lower, ts(s, k), tl(s, k)) : SIZE_MAX;
    return len == n && !memcmp(lower, said, n);
}

/* acronym-defined: an acronym read by its expansion where the text writes that expansion beside
 * it, defining it ("айлық есептік көрсеткіш (АЕК)", "ҚР — Қазақстан Республикасы"): the
 * expansion is said twice, where an announcer says the letters (ай е ка). Its first two spoken
 * words are looked for among the twelve tokens before it and the four after it. */
static void find_acronym_defined(scan *s, size_t i)
{
    const dy_word *w = word_at(s, i) ? word_of(s, i) : NULL;
    if (!rule_is(w, "acronym") || w->src.start != tk(s, i)->src.start ||
        w->src.end != tk(s, i)->src.end)
        return;
    const dy_word *last = &s->u->words.items[s->last_word[i]]; /* the expansion's last word */
    char said[2 * DY_KK_WORD_MAX];
    size_t n = dy_kk_lower_to(said, sizeof said, dy_buf_str(&s->u->spoken) + w->off,
                              last->off + last->len - w->off);
    const char *space = n == SIZE_MAX ? NULL : memchr(said, ' ', n);
    if (!space)
        return; /* read by letters, or one word */
    size_t n1 = (size_t)(space - said);
    const char *second = space + 1;
    const char *end = memchr(second, ' ', n - n1 - 1);
    size_t n2 = end ? (size_t)(end - second) : n - n1 - 1;
    size_t from = i > 12 ? i - 12 : 0;
    for (size_t k = from; k < ntok(s) && k <= i + 4; k++) {
        if (k == i || !word_is(s, k, said, n1))
            continue;
        if (word_is(s, k + 1, second, n2)) {
            add(s, DY_RISK_ACRONYM_DEFINED, i, i, NULL);
            return;
        }
    }
}

/* glued-words: a capital letter inside a Cyrillic word, after three small letters and before two
 * more ("шәрбатСироп", "терминдерДата"): two words run together where a space or a line break
 * was lost, read as one word. Latin words (WhatsApp, for the English voice), words a rule
 * already parted and names whose first capital inside follows a short head ("ҚазМұнайГаз") are
 * not listed. */
static void find_glued_words(scan *s, size_t i)
{
    const dy_word *w = word_at(s, i) ? word_of(s, i) : NULL;
    if (!rule_is(w, "word") && !rule_is(w, "latin"))
        return;
    letters_of l = count_letters(s, i);
    if (l.latin || s->first_word[i] != s->last_word[i] ||
        memchr(dy_buf_str(&s->u->spoken) + w->off, ' ', w->len))
        return;       /* a brand (WhatsApp) for the English voice; words a rule already parted */
    size_t small = 0; /* small letters just before */
    for (size_t k = 0; k < tl(s, i);) {
        int32_t cp = dy_utf8_next(ts(s, i), tl(s, i), &k);
        if (!dy_is_letter(cp)) {
            small = 0;
            continue;
        }
        if (!dy_is_upper(cp)) {
            small++;
            continue;
        }
        size_t after = 0;
        for (size_t x = k; x < tl(s, i) && after < 2;) {
            int32_t next = dy_utf8_next(ts(s, i), tl(s, i), &x);
            if (!dy_is_letter(next) || dy_is_upper(next))
                break;
            after++;
        }
        if (small >= 3 && after >= 2)
            add(s, DY_RISK_GLUED_WORDS, i, i, NULL);
        if (small)
            return; /* only the first capital after small letters counts */
    }
}

/* tex-command: a command of an inline TeX span (rule "tex") that it does not know and says
 * nothing for ("$\\overline{AB}$" -> а бэ). */
static void find_tex_command(scan *s, size_t i)
{
    size_t before = 0; /* backslashes glued before it: "\\x" is a line break and x */
    while (before < i && punct_is(s, i - before - 1, "\\") && glued_at(s, i - before))
        before++;
    if (before % 2 == 0 && punct_is(s, i, "\\") && word_at(s, i + 1) && glued_at(s, i + 1) &&
        rule_is(word_of(s, i + 1), "tex") && !dy_nr_tex_command_known(ts(s, i + 1), tl(s, i + 1)))
        add(s, DY_RISK_TEX_COMMAND, i, i + 1, "said nothing");
}

void dy_risk_scan(const char *text, const dy_utt *u, dy_speller *sp, dy_risk_vec *out)
{
    if (u->lang == DY_LANG_RU || u->lang == DY_LANG_KK_LATIN) { /* the sentence as a whole */
        *DY_VEC_PUSH(out) =
            (dy_risk){DY_RISK_LANGUAGE,
                      u->src,
                      {0, u->spoken.len},
                      u->lang == DY_LANG_RU ? "Russian, read by the ru voice"
                                            : "Kazakh in Latin letters, read in Cyrillic"};
        return;
    }
    scan s = {text, u, sp, out, NULL, NULL, NONE};
    s.first_word = dy_xcalloc(ntok(&s) + 1, sizeof *s.first_word);
    s.last_word = dy_xcalloc(ntok(&s) + 1, sizeof *s.last_word);
    map_words(&s);
    size_t skip_abbr = 0, skip_latin = 0, skip_num = 0;
    for (size_t i = 0; i < ntok(&s); i++) {
        find_acronyms(&s, i);
        find_mixed(&s, i);
        if (i >= skip_abbr)
            skip_abbr = i + find_abbreviation(&s, i);
        if (i >= skip_latin)
            skip_latin = i + find_latin(&s, i);
        if (i >= skip_num) {
            size_t used = find_time_or_decimal(&s, i);
            if (!used)
                used = find_decimal_or_thousands(&s, i);
            skip_num = i + (used ? used : find_number(&s, i));
        }
        find_list_number(&s, i);
        find_year_or_number(&s, i);
        find_range_sign(&s, i);
        find_spaced_suffix(&s, i);
        find_month_russian(&s, i);
        find_year_count(&s, i);
        find_acronym_defined(&s, i);
        find_glued_words(&s, i);
        find_tex_command(&s, i);
    }
    free(s.first_word);
    free(s.last_word);
}
