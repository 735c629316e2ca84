/* Rules for words (normalize stage, rule table in normalize.c): abbreviations with periods,
 * scale words (млн), contractions, and every other word (all capitals lowered); and the user's
 * lexicon, tried before the table. Acronyms are in rules_acronyms.c, initials and single letters
 * in rules_letters.c.
 * kazakh-normalization.md sections 3.1-3.4, 18 and 20. */
#include "normalize/rules.h"

#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"
#include "text/chars.h"

/* Section 18: abbreviations with periods, also spaced ("т.б.", "т. б.", "б.з.б.", "т.с.с"). */
static size_t abbreviation_at(nctx *c, size_t i, const char *name, int lower, size_t parts);

/* A stray space before a period that a colon follows ("Тел .: 8 701"): the period still closes
 * the abbreviation before it. */
static bool stray_space(const nctx *c, size_t k)
{
    return tok_is(c, k, ".") && tok_is(c, k + 1, ":") && glued(c, k + 1);
}

/* A capital first letter that is no initial: a written part in lower case follows
 * ("Ф.ғ.д." after a name: филология ғылымдарының докторы, never the initial Ф), or a label's
 * colon or a number ("Тел.: 8 701", "Тел. 272-74-11"). */
static bool capital_not_initial(const nctx *c, size_t i, size_t *parts)
{
    if (!is_word(c, i) || !starts_upper(c, i) || !tok_is(c, i + 1, ".") ||
        !(glued(c, i + 1) || stray_space(c, i + 1)))
        return false;
    *parts = 2;
    if (is_word(c, i + 2) && !starts_upper(c, i + 2) && dy_is_cyrillic(first_cp(c, i + 2)))
        return true;
    *parts = 1;
    return letters(c, i) >= 2 && (tok_is(c, i + 2, ":") || is_num(c, i + 2));
}

/* A unit abbreviation written with its period after the hyphen of an ordinal (7.6) is the noun
 * that the ordinal numbers: "222-б." -> екі жүз жиырма екінші бет, "123-148-бб." -> … беттер,
 * "45-мин." -> қырық бесінші минут. Not a currency; not "т.", which there is a volume (том). */
static size_t noun_after_hyphen(nctx *c, size_t i, const char *name)
{
    if (i < 2 || !tok_is(c, i - 1, "-") || !glued(c, i - 1) || !glued(c, i) || !is_num(c, i - 2) ||
        !tok_is(c, i + 1, ".") || !glued(c, i + 1))
        return 0;
    const dy_kk_unit *u = dy_kk_unit_word(tstr(c, i), tlen(c, i));
    if (!u || !u->period || u->minor || !strcmp(u->key, "т")) /* "5-т." is a volume, not tonnes */
        return 0;
    dy_nc_emit(c, u->word, dy_nc_span_of(c, i, i + 1), name, false);
    dy_nc_abbr_period(c, i + 1, STOP_CAPITAL);
    return 2;
}

/* Is the token at i a year of an imprint (1000 to 2100)? */
static bool imprint_year(const nctx *c, size_t i)
{
    uint64_t v = is_num(c, i) && tlen(c, i) == 4 ? dy_nc_num_value(c, i) : 0;
    return v >= 1000 && v <= 2100;
}

/* A city shortened in a book's imprint (imprint_places.tsv): "Қазақстан тарихы. – А., 1991." ->
 * Алматы, "М.: Наука, 1985." -> Мәскеу. A capital with its period at the start, or after a
 * dash, a period or a slash, then the year, or "," or ":" and the year or a publisher (a quote,
 * or a capitalised word and a comma). Returns the tokens used (the letters and the period). */
static size_t imprint_place(nctx *c, size_t i, const char *name)
{
    /* also inside a sentence after a comma or a bracket, with its colon: "(Проблемы физики, М.:
     * Мир, 1982)" (an initial takes no colon) */
    bool colon = tok_is(c, i + 2, ":") && i > 0 && (tok_is(c, i - 1, ",") || tok_is(c, i - 1, "("));
    if (!is_word(c, i) || !starts_upper(c, i) || !tok_is(c, i + 1, ".") || !glued(c, i + 1) ||
        !(i == 0 || is_dash(c, i - 1) || tok_is(c, i - 1, ".") || tok_is(c, i - 1, "/") || colon) ||
        dy_nc_dot_option(c, i))
        return 0;
    size_t k = i + 2;
    bool sep = tok_is(c, k, ",") || tok_is(c, k, ":");
    k += sep;
    bool publisher = sep && ((is_punct(c, k) && dy_char_is_quote_open(first_cp(c, k))) ||
                             (starts_upper(c, k) && tok_is(c, k + 1, ",")));
    if (!imprint_year(c, k) && !publisher)
        return 0;
    dy_buf key = {0};
    dy_buf_append(&key, tstr(c, i), tlen(c, i));
    dy_buf_putc(&key, '.');
    const char *city = dy_kk_imprint_place(key.data, key.len);
    dy_buf_fini(&key);
    if (!city)
        return 0;
    dy_nc_emit(c, city, dy_nc_span_of(c, i, i + 1), name, tok(c, i)->space_before);
    return 2;
}

size_t dy_nr_abbreviation(nctx *c, size_t i, const char *name)
{
    size_t used = abbreviation_at(c, i, name, 0, 1), parts = 1;
    if (!used && c->all_caps) /* "Т.Б.", "Б.З.Б." in a heading: two parts or more */
        used = abbreviation_at(c, i, name, 2, 2);
    if (!used)
        used = noun_after_hyphen(c, i, name);
    if (!used)
        used = imprint_place(c, i, name);
    if (used)
        return used;
    /* a capital first letter at the start, or after an opening bracket or quote ("(Б.з.д.145") */
    if (i == 0 || tok_is(c, i - 1, "(") || tok_is(c, i - 1, "\u00ab") || tok_is(c, i - 1, "\"") ||
        is_dash(c, i - 1)) /* also after the dash of a record's part: "— Өңд., толықт." */
        return abbreviation_at(c, i, name, 1, 1);
    return capital_not_initial(c, i, &parts) ? abbreviation_at(c, i, name, 1, parts) : 0;
}

/* An abbreviation of u tokens at i said as words, with a written suffix after its period
 * ("проф.-ға" -> профессорға, "т.ғ.д.-ның" -> тарих ғылымдарының докторының): the suffix rebuilt
 * on the last word. Returns the tokens used (0: no suffix). */
static size_t abbreviation_suffix(nctx *c, size_t i, size_t u, const char *words, const char *name)
{
    size_t h = i + u;
    if (!tok_is(c, h - 1, ".") || !tok_is(c, h, "-") || !glued(c, h) || !is_word(c, h + 1) ||
        !glued(c, h + 1))
        return 0;
    dy_kk_morph chain[8];
    int n =
        dy_kk_parse_tail_after(dy_nc_last_word(words), tstr(c, h + 1), tlen(c, h + 1), chain, 8);
    if (n <= 0)
        return 0;
    dy_buf b = {0};
    dy_nc_put_inflected(&b, words, chain, n);
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, h + 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return u + 2;
}

/* The abbreviation at i of `parts` written parts or more (lower 1: its first letter read in
 * lower case; 2: every part, in a line of capitals), said; returns the tokens used, 0 when none. */
static size_t abbreviation_at(nctx *c, size_t i, const char *name, int lower, size_t parts)
{
    if (!is_word(c, i) || letters(c, i) > 6)
        return 0;
    dy_buf key = {0};
    size_t ends[7], used[7], count = 0, k = i;
    while (count < 6 && is_word(c, k) && letters(c, k) <= 6 && (k == i || letters(c, k) <= 4)) {
        if ((k == i && lower) || lower == 2) /* "Б.з.б." opening a sentence or a bracket */
            dy_kk_lower(&key, tstr(c, k), tlen(c, k));
        else
            dy_buf_append(&key, tstr(c, k), tlen(c, k));
        if (!(tok_is(c, k + 1, ".") && (glued(c, k + 1) || stray_space(c, k + 1)))) {
            if (k > i && count >= 2 && tok_is(c, k + 1, ",") && glued(c, k + 1) &&
                letters(c, k) <= 2) {
                dy_buf_putc(&key, '.'); /* "т.ғ.д, проф.": the last period typed as a comma */
                ends[count] = key.len;
                used[count++] = k + 1 - i;
                ends[count] = key.len - 1;
                used[count++] = k + 1 - i;
                break;
            }
            if (k > i && count >= 1 && letters(c, k) <= 2 &&
                ((spaced(c, k + 1) && count >= 2 &&
                  (is_num(c, k + 1) || dy_nc_roman_value(c, k + 1, NULL))) ||
                 (tok_is(c, k + 1, ")") && glued(c, k + 1)))) {
                /* also before a closing bracket: "44,8 л (қ.ж) CO2" */
                dy_buf_putc(&key,
                            '.'); /* "б.з.б II ғ.": the last period left out before a number */
                ends[count] = key.len;
                used[count++] = k + 1 - i;
                break;
            }
            if (k > i && (glued(c, k) || count >= 2)) { /* "т.с.с", "бұр. ред. қара" */
                ends[count] = key.len;
                used[count++] = k + 1 - i;
            }
            break;
        }
        dy_buf_putc(&key, '.');
        ends[count] = key.len;
        used[count++] = k + 2 - i;
        k += 2;
        if (tok_is(c, k, "-") && glued(c, k) && is_word(c, k + 1) && glued(c, k + 1)) {
            dy_buf_putc(&key, '-'); /* "ф.-м.ғ.к." */
            k++;
        }
    }
    for (size_t n = count; n >= parts && n > 0; n--) {
        const dy_kk_abbr *a = dy_kk_abbreviation(key.data, ends[n - 1]);
        if (!a)
            continue;
        size_t u = used[n - 1], next = i + u;
        /* "б.з.б. V ғ." -> біздің заманымыздан бұрынғы бесінші ғасыр; so before an ordinal
         * written in words ("б.д.д. бірінші ғасырына") */
        bool attr = a->attributive && (is_num(c, next) || dy_nc_roman_value(c, next, NULL) ||
                                       dy_nc_is_ordinal_word(c, next));
        const char *words = attr ? a->attributive : a->words;
        if (!words || (!a->words && !is_num(c, next))) /* a unit's, before a number only */
            continue;
        dy_kk_sense sense; /* т.ғ.к. beside "инженер" -> техника ғылымдарының кандидаты */
        if (words == a->words && dy_kk_abbreviation_sense(a->key, strlen(a->key), &sense) &&
            dy_nc_sentence_has_stem(c, sense.cues) &&
            !(sense.unless && dy_nc_sentence_has_stem(c, sense.unless)))
            words = sense.spoken;
        /* бас. is басылым (an edition) after its ordinal ("2-бас.", "2-шi бас."); elsewhere the
         * word бас ("head") before a period */
        if (!strcmp(a->key, "бас.") &&
            !(i > 0 &&
              ((tok_is(c, i - 1, "-") && glued(c, i) && is_num(c, i - 2)) ||
               dy_nc_is_ordinal_word(c, i - 1) ||
               (is_word(c, i - 1) && i >= 2 && tok_is(c, i - 2, "-") && is_num(c, i - 3)))))
            continue;
        /* қар. ending the sentence after a word in no accusative is the word қар, "snow" ("0 °С
         * температурадағы сулы қар."); "5-бетті қар.", "(… қар.)" are қараңыз */
        static const char *const ACC[] = {"ны", "ні", "ды", "ді", "ты", "ті", "н"};
        if (!strcmp(a->key, "қар.") && i + u >= c->n && i > 0 && is_word(c, i - 1) &&
            !dy_nc_word_ends(c, i - 1, ACC, COUNT(ACC)) && !dy_nc_open_bracket_before(c, i))
            continue;
        if (!strcmp(a->key, "Орт.") && dy_nc_word_starts(c, next, "азия"))
            words = "Орта"; /* Орт. Азия -> Орта Азия */
        if (!strcmp(a->key, "пед.") && is_word(c, next) && !starts_upper(c, next) &&
            !dy_nc_word_starts(c, next, "ғыл"))
            words = "педагогикалық"; /* пед. институт; but пед. ғылымдарының */
        dy_buf_fini(&key);
        size_t sfx = abbreviation_suffix(c, i, u, words, name);
        if (sfx)
            return sfx;
        dy_nc_emit_words(c, words, dy_nc_span_of(c, i, i + u - 1), name, tok(c, i)->space_before);
        /* in a line of capitals every word starts with one: no sign of a new sentence */
        dy_nc_abbr_period(c, i + u - 1, a->postpositive && lower != 2 ? STOP_CAPITAL : STOP_END);
        return u;
    }
    dy_buf_fini(&key);
    return 0;
}

/* Section 18: "млн", "млрд", "трлн" (with or without a period) after a number: "5 млн" -> бес
 * миллион, "2,5 млн" -> екі бүтін оннан бес миллион. */
size_t dy_nr_scale(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || i == 0 || !is_num(c, i - 1))
        return 0;
    const char *w = dy_kk_scale_word(tstr(c, i), tlen(c, i));
    if (!w)
        return 0;
    bool period = tok_is(c, i + 1, ".") && glued(c, i + 1);
    dy_kk_morph chain[8];
    int n = 0;
    size_t sfx = period ? 0 : dy_nc_suffix_at(c, i + 1, w, chain, &n);
    if (sfx && sfx != SIZE_MAX) { /* "2 млрд-тан" -> екі миллиардтан */
        dy_buf b = {0};
        dy_nc_put_inflected(&b, w, chain, n);
        dy_nc_emit(c, b.data, dy_nc_span_of(c, i, i + sfx), name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 1 + sfx;
    }
    dy_kk_morph pc[1]; /* the case of a postposition after it: "4 млн. астам" -> миллионнан */
    if (!sfx && dy_nc_postposition_case(c, i + 1 + period, false, pc)) {
        dy_buf b = {0};
        dy_nc_put_inflected(&b, w, pc, 1);
        dy_nc_emit(c, b.data, dy_nc_span_of(c, i, i + period), name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 1 + period;
    }
    dy_nc_emit(c, w, dy_nc_span_of(c, i, i + period), name, tok(c, i)->space_before);
    if (period)
        dy_nc_abbr_period(c, i + 1, STOP_CAPITAL);
    return 1 + period;
}

/* A word shortened with a hyphen or a slash (contractions.tsv): "Шевченко к-сі" -> Шевченко
 * көшесі, "т/керек:" -> табу керек. Three glued tokens, word, "-" or "/", word; a capital first
 * letter is also matched at the start of the sentence or after a bracket. Returns 3, or 0. */
size_t dy_nr_contraction(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || !(tok_is(c, i + 1, "-") || tok_is(c, i + 1, "/")) || !glued(c, i + 1) ||
        !is_word(c, i + 2) || !glued(c, i + 2) ||
        (i + 3 < c->n && glued(c, i + 3) && !is_punct(c, i + 3)))
        return 0;
    dy_buf key = {0};
    bool opens = i == 0 || tok_is(c, i - 1, "(") || tok_is(c, i - 1, "\u00ab");
    for (int pass = 0; pass < 1 + opens; pass++) {
        dy_buf_clear(&key);
        if (pass)
            dy_kk_lower(&key, tstr(c, i), tlen(c, i));
        else
            dy_buf_append(&key, tstr(c, i), tlen(c, i));
        dy_buf_append(&key, tstr(c, i + 1), tlen(c, i + 1));
        dy_buf_append(&key, tstr(c, i + 2), tlen(c, i + 2));
        const char *words = dy_kk_contraction(key.data, key.len);
        if (words) {
            dy_nc_emit_words(c, words, dy_nc_span_of(c, i, i + 2), name, tok(c, i)->space_before);
            dy_buf_fini(&key);
            return 3;
        }
    }
    dy_buf_fini(&key);
    return 0;
}

/* Any other word: passed through, with invisible characters and apostrophes of Cyrillic words
 * dropped (3.2, 3.4), and all-caps words (a heading, "ҚАЗАҚСТАН") lower-cased so that eSpeak
 * does not spell them. Its look-alike letters were folded before any rule (3: text/utt.h
 * dy_tokens_fold), so "Ресейдiң" with a Latin i already reads Ресейдің here. */
/* Two capitalised Cyrillic words glued where a page lost the break between a heading and its
 * text ("ӨміріӘкесі"): the byte offset of the second, or 0. Each has a capital and at least
 * three small letters ("МакДональдс" stays); an acronym hybrid ("ҚазҰУ") has none after its
 * second capital. */
static size_t glued_heading(const char *s, size_t n)
{
    size_t k = 0, split = 0, run = 0;
    int parts = 0;
    while (k < n) {
        size_t at = k;
        int32_t cp = dy_utf8_next(s, n, &k);
        if (!dy_is_cyrillic(cp) || !dy_is_letter(cp))
            return 0;
        if (dy_is_upper(cp)) {
            if (parts > 0 && run < 3)
                return 0;
            if (parts == 1 && k < n) { /* a word starts with no two consonants: "ҚазаҚстан" */
                size_t q = k;
                int32_t next = dy_utf8_next(s, n, &q);
                if (!dy_nc_is_vowel(cp) && !dy_nc_is_vowel(next))
                    return 0;
            }
            if (++parts > 2)
                return 0;
            if (parts == 2)
                split = at;
            run = 0;
        } else {
            if (parts == 0)
                return 0;
            run++;
        }
    }
    return parts == 2 && run >= 3 ? split : 0;
}

/* Is s[0..n) (what follows a Latin capital) nothing but Latin capitals, at least one? */
static bool latin_caps_tail(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (s[k] < 'A' || s[k] > 'Z')
            return false;
    return n > 0;
}

size_t dy_nr_word(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i))
        return 0;
    size_t split = glued_heading(tstr(c, i), tlen(c, i));
    if (split) { /* "ӨміріӘкесі" -> Өмірі. Әкесі */
        dy_buf h = {0};
        dy_buf_append(&h, tstr(c, i), split);
        dy_nc_emit(c, h.data, tok(c, i)->src, name, tok(c, i)->space_before);
        dy_nc_emit(c, ".", tok(c, i)->src, "punctuation", false);
        dy_buf_clear(&h);
        dy_buf_append(&h, tstr(c, i) + split, tlen(c, i) - split);
        dy_nc_emit(c, h.data, tok(c, i)->src, name, true);
        dy_buf_fini(&h);
        return 1;
    }
    const char *s = tstr(c, i);
    size_t n = tlen(c, i), k = 0, lower = 0;
    bool cyr = false;
    while (k < n) {
        int32_t cp = dy_utf8_next(s, n, &k);
        cyr |= dy_is_cyrillic(cp);
        lower += dy_is_letter(cp) && !dy_is_upper(cp);
    }
    bool lower_all = cyr && lower == 0 && dy_utf8_count(s, n) > 1;
    dy_buf b = {0};
    int32_t prev = 0;
    for (k = 0; k < n;) {
        int32_t cp = dy_utf8_next(s, n, &k);
        if (dy_is_invisible(cp))
            continue; /* қала\u00adсы -> қаласы */
        /* Latin capitals ending a word after Cyrillic letters, which did not fold (section 3:
         * a Latin letter no Cyrillic one looks like): two words, so that each voice reads its
         * own ("ТрансKZ" -> Транс KZ; eSpeak drops the K of the glued form). Latin Kazakh with
         * a Cyrillic ә or і inside ("Sәuir") stays one word. */
        if (dy_is_cyrillic(prev) && cp >= 'A' && cp <= 'Z' && latin_caps_tail(s + k, n - k))
            dy_buf_putc(&b, ' ');
        prev = cp;
        if (dy_char_is_apostrophe(cp)) {
            if (cyr)
                continue; /* noise inside a Cyrillic word (3.4: Құран’ды) */
            cp = '\'';
        }
        dy_buf_put_cp(&b, lower_all ? dy_to_lower(cp) : cp);
    }
    if (b.len && strchr(b.data, ' '))
        dy_nc_emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
    else
        dy_nc_emit(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return 1;
}

/* A user's lexicon entry at token i (applied before the built-in rules): the written form must
 * end where a token ends. */
size_t dy_nr_lexicon(nctx *c, size_t i, const dy_lexicon *lex)
{
    const char *spoken;
    size_t start = tok(c, i)->src.start;
    size_t n = dy_lexicon_match(lex, c->text, start, c->end, &spoken);
    if (!n)
        return 0;
    size_t last = i;
    while (last < c->n && tok(c, last)->src.end < start + n)
        last++;
    if (last >= c->n || tok(c, last)->src.end != start + n)
        return 0;
    size_t len = strlen(spoken);
    if (c->lexicon_bytes + len > DY_EXPAND_MAX(c->u->src.end - c->u->src.start)) {
        c->u->over_limit = true; /* the caller refuses the sentence */
        return 0;
    }
    c->lexicon_bytes += len;
    dy_nc_emit_words(c, spoken, dy_nc_span_of(c, i, last), "lexicon", tok(c, i)->space_before);
    return last + 1 - i;
}
