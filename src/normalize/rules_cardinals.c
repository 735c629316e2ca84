/* Rules for a number with a written suffix ("5-ке", "2-ші", an ending typed apart "7 ден"),
 * the spaced-hyphen ordinal typo, and plain cardinals and decimals (normalize stage, rule table
 * in normalize.c). kazakh-normalization.md sections 5, 7.1-7.4 and 13.1. Split from
 * rules_numbers.c, which keeps the minus, Roman numerals, centuries and ranges. */
#include "normalize/rules.h"

#include <stdlib.h>
#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"
#include "text/chars.h"

/* Does a word of the sentences before it in its paragraph, 600 bytes back at most, pass is_cue?
 * A match report names the match once ("1:0 есебімен жеңді. Оны 12-минутта … соқты."). */
static bool cue_before(const nctx *c, bool (*is_cue)(const char *, size_t))
{
    const char *s = c->source;
    size_t end = c->u->src.start, lo = end > 600 ? end - 600 : 0;
    for (size_t e = end; e > lo;) {
        if (s[e - 1] == '\n' && e >= 2 &&
            (s[e - 2] == '\n' || (s[e - 2] == '\r' && e >= 3 && s[e - 3] == '\n')))
            return false; /* a blank line (also "\r\n\r\n"): another paragraph */
        if (!((unsigned char)s[e - 1] & 0x80) && !(s[e - 1] >= 'a' && s[e - 1] <= 'z') &&
            !(s[e - 1] >= 'A' && s[e - 1] <= 'Z')) {
            e--;
            continue;
        }
        size_t b = e; /* a word of letters ends at e: find its start */
        while (b > lo) {
            size_t p = b;
            int32_t cp = dy_utf8_prev(s, &p);
            if (!dy_is_letter(cp))
                break;
            b = p;
        }
        if (b == e) { /* a byte of a sign: step over its character */
            size_t p = e;
            dy_utf8_prev(s, &p);
            e = p;
            continue;
        }
        if (is_cue(s + b, e - b))
            return true;
        e = b;
    }
    return false;
}

/* Does a word of the sentence, or of the sentences before it in its paragraph, pass is_cue?
 * Found once for the sentence into *cached (-1 until asked). */
static bool cue_in_paragraph(const nctx *c, int *cached, bool (*is_cue)(const char *, size_t))
{
    if (*cached < 0) {
        *cached = 0;
        for (size_t w = 0; w < c->n && !*cached; w++)
            *cached = is_word(c, w) && is_cue(tstr(c, w), tlen(c, w));
        *cached |= cue_before(c, is_cue);
    }
    return *cached;
}

/* Does the paragraph say the sentence tells a match or a pregnancy (timeline_cues.tsv)? */
static bool timeline_sentence(const nctx *c)
{
    return cue_in_paragraph(c, &c->cache->timeline, dy_kk_is_timeline_cue);
}

/* Section 7.4: a noun after "N-" that keeps the number a cardinal: a unit, currency or measure
 * word in any form ("12-тоннаға", "40-метрлік"), or a time noun with a case suffix and no
 * possessive ("6-айдан", "2-аптаға", "5-минутта"); with the possessive it counts which one
 * ("5-айында" -> бесінші айында), and so does the locative in a match or a pregnancy ("87-минутта
 * гол соқты", timeline_cues.tsv). */
bool dy_nr_cardinal_noun(const nctx *c, size_t k)
{
    if (dy_kk_is_measure_word(tstr(c, k), tlen(c, k)) ||
        dy_kk_is_count_adjective(tstr(c, k), tlen(c, k)))
        return true;
    /* what something consists of: "3-кезеңнен тұрады" -> үш кезеңнен тұрады */
    static const char *const ABL[] = {"нан", "нен", "дан", "ден", "тан", "тен"};
    static const char *const CONSISTS[] = {"тұрады", "тұратын",  "тұрған",   "тұрды",    "тұрса",
                                           "тұруы",  "құралған", "құралады", "құралатын"};
    if (dy_nc_word_ends(c, k, ABL, COUNT(ABL)) &&
        dy_nc_word_in(c, k + 1, CONSISTS, COUNT(CONSISTS)))
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
    /* rule 5: the locative counts which minute or week in a match or a pregnancy */
    if (((n == 1 && chain[0] == DY_KK_LOC) ||
         (n == 2 && chain[0] == DY_KK_PLURAL && chain[1] == DY_KK_LOC)) &&
        timeline_sentence(c))
        return false; /* "87-минутта", "12-минуттарда" */
    /* -нда/-нан after the stem are post-possessive: айында parses as POSS3 above */
    return true;
}

/* The rest of dy_nr_suffix: the tail at k after the number num (spoken as `words`, with "пайыз" for
 * a percent) is a suffix chain, rebuilt on the last spoken word; or, after a hyphen glued to the
 * number (`noun_ok`), a noun that makes the number an ordinal. Returns the tokens used. */
static size_t suffix_chain(nctx *c, size_t i, const number *num, const char *words, bool percent,
                           bool noun_ok, size_t k, const char *name)
{
    dy_kk_morph chain[9];
    int n;
    if (!num->decimal && !percent && i > 0 && dy_nc_is_genitive_month(c, i - 1)) {
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
        n = dy_kk_parse_tail_after(dy_nc_last_word(words), tstr(c, k), tlen(c, k), chain, 9);
    }
    dy_buf out = {0};
    size_t used = 0;
    if (n >= 0) {
        if (percent || num->decimal)
            dy_nc_put_inflected(&out, words, chain, n);
        else
            dy_nc_number_say(c, num, chain, n, &out);
        dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, k), name, tok(c, i)->space_before);
        used = k + 1 - i;
    } else if (noun_ok && !percent && !num->decimal) {
        /* step 4: the tail is a noun; a form of жыл that section 9 reads as a duration keeps
         * the cardinal (7.4 rule 4: "3-жылдан 5-жылға дейін") */
        uint64_t v = num->whole.len <= 15 ? strtoull(num->whole.data, NULL, 10) : 0;
        bool card = dy_nc_is_year_word(c, k) ? !dy_nc_year_word_calendar(c, k, v)
                                             : dy_nr_cardinal_noun(c, k);
        dy_nc_number_say(c, num, card ? NULL : ORD, card ? 0 : 1, &out);
        dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, k - 1), name, tok(c, i)->space_before);
        used = k - i; /* the noun is read by the word rule */
    }
    dy_buf_fini(&out);
    return used;
}

/* Is word k, after a spaced dash, an ending of the number whose last word is last: one of LOOSE,
 * or a chain that opens with the possessive ("83% — ы" -> пайызы, "— ының")? */
static bool lone_ending(const nctx *c, size_t k, const char *last)
{
    if (dy_nc_is_ending_after_dash(c, k))
        return true;
    dy_kk_morph chain[8];
    int n = dy_kk_parse_tail_after(last, tstr(c, k), tlen(c, k), chain, 8);
    return n > 0 && chain[0] == DY_KK_POSS3;
}

/* Section 7 and 3.1: a number with a written suffix, "5-ке" (беске), "2-ші" / "2ші" (екінші),
 * "10-нан" (оннан), "20-нан" after a genitive month (жиырмасынан), "3,5-ке", "20%-ға",
 * "8 -ге" (a stray space before the hyphen, 7.1 step 6), "5-ақ"; with a noun after the hyphen the
 * number is an ordinal ("3-съезінде" -> үшінші съезінде, "90-жылдары" -> тоқсаныншы жылдары). */
size_t dy_nr_suffix(nctx *c, size_t i, const char *name)
{
    number num;
    if (!dy_nc_number_at(c, i, &num))
        return 0;
    size_t k = num.last + 1, used = 0;
    bool percent = tok_is(c, k, "%");
    if (percent)
        k++;
    bool hyphen = dy_nc_suffix_hyphen(c, k); /* also "5–ке" with an en dash */
    /* a lone ending after a spaced dash of any kind ("83% — ы", "5 - ке", "5- ке"): rebuilt on the
     * number when it is a possessive or an ending that is no word (checked below) */
    bool apart = is_dash(c, k) && (spaced(c, k) || dy_nc_is_loose_ending(c, k + 1)) &&
                 spaced(c, k + 1) && is_word(c, k + 1) &&
                 !(k + 2 < c->n && glued(c, k + 2) && !is_punct(c, k + 2));
    if (hyphen || apart)
        k++;
    hyphen |= apart;
    bool stray = hyphen && spaced(c, k - 1);
    bool loose = !hyphen && !percent && !num.decimal && spaced(c, k) &&
                 dy_nc_is_loose_ending(c, k) &&
                 !(k + 1 < c->n && glued(c, k + 1) && !is_punct(c, k + 1));
    if (!is_word(c, k) || !(glued(c, k) || loose || apart) || !dy_is_cyrillic(first_cp(c, k)) ||
        (!hyphen && (percent || num.decimal))) {
        dy_nc_number_fini(&num);
        return 0;
    }
    dy_buf words = {0}, b = {0};
    dy_nc_number_say(c, &num, NULL, 0, &words);
    if (percent)
        dy_buf_puts(&words, " пайыз"); /* 20%-ға -> жиырма пайызға (13.3) */
    const char *tail = dy_nc_lower_word(c, k, &b);
    dy_span src = dy_nc_span_of(c, i, k);
    if (apart && !lone_ending(c, k, dy_nc_last_word(words.data))) {
        dy_buf_fini(&words);
        dy_buf_fini(&b);
        dy_nc_number_fini(&num);
        return 0;
    }
    /* "3х + 5у = 10": у is the unknown y, not the collective -у (a "=" in the sentence, found
     * once for it) */
    bool equation = !hyphen && !strcmp(tail, "у") && dy_nc_sentence_has_stem(c, "=");
    if (equation) {
        dy_buf_puts(&words, " игрек");
        dy_nc_emit_words(c, words.data, src, name, tok(c, i)->space_before);
        used = k + 1 - i;
    } else if (hyphen && (!strcmp(tail, "ақ") || !strcmp(tail, "шақты"))) {
        /* the particle stays hyphenated (бес-ақ), шақты is a word of its own (жиырма шақты) */
        dy_buf_puts(&words, !strcmp(tail, "ақ") ? "-ақ" : " шақты");
        dy_nc_emit_words(c, words.data, src, name, tok(c, i)->space_before);
        used = k + 1 - i;
    } else {
        used = suffix_chain(c, i, &num, words.data, percent, hyphen && !stray, k, name);
    }
    dy_buf_fini(&words);
    dy_buf_fini(&b);
    dy_nc_number_fini(&num);
    return used;
}

/* Section 7.3: "3 - Бүкілресейлік" is a typo for "3-Бүкілресейлік", an ordinal; but not the
 * answer to something before it ("Жауабы: 3 - дұрыс"). So is "1- нұсқа", the hyphen glued to the
 * number and a noun after a space (the suffix rule took an ending there, "5- ке"); a whole number
 * of up to four digits ("2012- жылы"), not a range's first end. */
size_t dy_nr_spaced_hyphen(nctx *c, size_t i, const char *name)
{
    /* the hyphen of an ordinal typed with a stray space before it: "8 -сыныптар" */
    if (is_num(c, i) && tlen(c, i) <= 3 && tok_is(c, i + 1, "-") && spaced(c, i + 1) &&
        is_word(c, i + 2) && glued(c, i + 2) && dy_is_cyrillic(first_cp(c, i + 2)) &&
        !dy_is_upper(first_cp(c, i + 2)) && dy_kk_is_doc_noun(tstr(c, i + 2), tlen(c, i + 2)) &&
        !(i > 0 && is_num(c, i - 1))) {
        dy_nc_emit_number(c, i, ORD, 1, dy_nc_span_of(c, i, i + 1), name);
        return 2;
    }
    /* so with a spaced dash before a noun of a document or a class: "мектептің 8 – сыныбына" */
    if (is_num(c, i) && tlen(c, i) <= 2 && is_dash(c, i + 1) && spaced(c, i + 1) &&
        spaced(c, i + 2) && is_word(c, i + 2) && !dy_is_upper(first_cp(c, i + 2)) &&
        dy_kk_is_doc_noun(tstr(c, i + 2), tlen(c, i + 2)) &&
        !(i > 0 && (is_num(c, i - 1) || is_dash(c, i - 1)))) {
        dy_nc_emit_number(c, i, ORD, 1, dy_nc_span_of(c, i, i + 1), name);
        return 2;
    }
    /* a day with its hyphen typed as a spaced dash before its month: "15 — сәуірге дейін" (not
     * a range: no number after the dash) */
    size_t stem;
    if (is_num(c, i) && tlen(c, i) <= 2 && dy_nc_num_value(c, i) >= 1 &&
        dy_nc_num_value(c, i) <= 31 && is_dash(c, i + 1) && spaced(c, i + 1) && spaced(c, i + 2) &&
        is_word(c, i + 2) && !dy_is_upper(first_cp(c, i + 2)) &&
        dy_kk_month(tstr(c, i + 2), tlen(c, i + 2), &stem) > 0 &&
        !(i > 0 && (is_num(c, i - 1) || is_dash(c, i - 1)))) {
        dy_nc_emit_number(c, i, ORD, 1, dy_nc_span_of(c, i, i + 1), name);
        return 2;
    }
    /* a decade with the hyphen typed as a spaced dash: "60 – жылдардың ортасында" (a round
     * number, then a plural form of жыл) */
    uint64_t v = is_num(c, i) && tlen(c, i) <= 4 ? dy_nc_num_value(c, i) : 0;
    if (v && v % 10 == 0 && (v <= 90 || (v >= 1800 && v <= 2090)) && is_dash(c, i + 1) &&
        spaced(c, i + 1) && spaced(c, i + 2) && dy_nc_word_starts(c, i + 2, "жылдар") &&
        !(i > 0 && (is_num(c, i - 1) || is_dash(c, i - 1))) &&
        !(is_word(c, i + 3) && dy_kk_is_duration_word(tstr(c, i + 3), tlen(c, i + 3)))) {
        dy_nc_emit_number(c, i, ORD, 1, dy_nc_span_of(c, i, i + 1), name);
        return 2;
    }
    bool after_number = tok_is(c, i + 1, "-") && glued(c, i + 1) && tlen(c, i) <= 4 &&
                        !(i > 0 && glued(c, i) && !is_punct(c, i - 1));
    if (!is_num(c, i) || !tok_is(c, i + 1, "-") || !(spaced(c, i + 1) || after_number) ||
        !spaced(c, i + 2) || !is_word(c, i + 2) || !dy_is_cyrillic(first_cp(c, i + 2)) ||
        (after_number && dy_is_upper(first_cp(c, i + 2)) && i > 0) || /* "2- Тест" heads */
        (i > 0 && (tok_is(c, i - 1, ":") || tok_is(c, i - 1, "="))))
        return 0;
    /* a dash before a predicate is a dash: "325 - жоқ", "5 - дұрыс" */
    static const char *const PREDICATE[] = {"жоқ", "бар", "емес", "дұрыс", "қате", "иә"};
    if (dy_nc_word_in(c, i + 2, PREDICATE, COUNT(PREDICATE)))
        return 0;
    dy_nc_emit_number(c, i, ORD, 1, dy_nc_span_of(c, i, i + 1), name);
    return 2;
}

/* A row of table cells (the spec is silent): is another number spaced from the number that ends
 * before k, one that did not join it as a digit group (a decimal, a group not three digits wide:
 * "0,21 1,25 1,20", "1234 567"), or after a footnote mark glued to it ("14,0* 13,5")? Not the
 * whole of a mixed number "2 3/4", nor a code ("У1 5B071100"). *mark gets 1 for the mark (dropped),
 * else 0. */
static bool cell_after(const nctx *c, size_t k, size_t *mark)
{
    *mark = tok_is(c, k, "*") && glued(c, k) ? 1 : 0;
    size_t j = k + *mark;
    return is_num(c, j) && spaced(c, j) &&
           !(glued(c, j + 1) && (tok_is(c, j + 1, "/") || is_word(c, j + 1)));
}

/* The minutes of a scorer list in a match report (the spec is silent; 7.5 joins numbers only):
 * "Дорофеев 63, 80, Труфанов 67, Згурский 84-минутта" - each bare number after a player's name
 * (or after such a number and a comma) is the minute of a goal, an ordinal like the last one. The
 * sentence must tell a match (timeline_cues.tsv) and hold a minute written "N-минутта" or
 * "N-минутында"; a number of 1-130 stands before a comma, a full stop, және or the end. */
static bool scorer_minute(const nctx *c, size_t i, const number *num)
{
    if (num->decimal || num->first != num->last || num->whole.len > 3 || i == 0)
        return false;
    uint64_t v = strtoull(num->whole.data, NULL, 10);
    size_t k = num->last + 1;
    if (v == 0 || v > 130 ||
        !(k >= c->n || tok_is(c, k, ",") || tok_is(c, k, ".") || tok_is(c, k, ";") ||
          tok_is(c, k, "және")))
        return false;
    size_t j = i - 1; /* back over "N, " to the name */
    while (j >= 2 && tok_is(c, j, ",") && is_num(c, j - 1) && tlen(c, j - 1) <= 3)
        j -= 2;
    if (!starts_upper(c, j) || !dy_is_cyrillic(first_cp(c, j)) || letters(c, j) < 3 ||
        !spaced(c, j + 1))
        return false;
    if (!timeline_sentence(c))
        return false;
    if (c->cache->minute < 0) {
        c->cache->minute = 0;
        for (size_t w = 1; w + 1 < c->n && !c->cache->minute; w++)
            c->cache->minute =
                is_num(c, w - 1) &&
                ((dy_nc_suffix_hyphen(c, w) && dy_nc_word_starts(c, w + 1, "минут")) ||
                 (spaced(c, w) && dy_nc_word_starts(c, w, "минут")));
    }
    return c->cache->minute;
}

/* A minute of a match written with no hyphen: "79 минуттарда гол соқса", "90 минутында" in a
 * sentence that tells of a goal is which minute, as "79-минутта" is; a duration ("5 минутта
 * жетеді") has no such word, and "90 минутқа созылды" no locative. */
static bool match_minute(const nctx *c, const number *num)
{
    size_t k = num->last + 1;
    if (num->decimal || !is_word(c, k) || !spaced(c, k) || !dy_nc_word_starts(c, k, "минут"))
        return false;
    char low[DY_KK_WORD_MAX];
    size_t len = dy_kk_lower_to(low, sizeof low, tstr(c, k), tlen(c, k));
    size_t stem = strlen("минут");
    dy_kk_morph chain[6];
    int n =
        len == SIZE_MAX || len <= stem ? -1 : dy_kk_parse_tail(low + stem, len - stem, chain, 6);
    if (n <= 0 || chain[n - 1] != DY_KK_LOC)
        return false;
    /* a goal's words only (kind goal of timeline_cues.tsv): "есеп" is also a school problem ("Ол
     * есепті 5 минутта шығарды") */
    return cue_in_paragraph(c, &c->cache->goal, dy_kk_is_goal_word);
}

/* Sections 5 and 13.1: cardinals, with group spaces ("1 000 000", "12 500"), and decimals
 * ("3,5" -> үш бүтін оннан бес); a pause (a comma) before the next cell of a row of numbers. */
size_t dy_nr_number(nctx *c, size_t i, const char *name)
{
    number num;
    if (!dy_nc_number_at(c, i, &num))
        return 0;
    dy_buf b = {0};
    /* the case a postposition governs, which the writer dropped: "1-ден 10 дейін" -> онға дейін,
     * "100 бастап" -> жүзден бастап */
    dy_kk_morph pc[1];
    bool post = dy_nc_postposition_case(c, num.last + 1, false, pc);
    if (!post && (scorer_minute(c, i, &num) || match_minute(c, &num)))
        dy_nc_number_say(c, &num, ORD, 1, &b);
    else
        dy_nc_number_say(c, &num, pc, post ? 1 : 0, &b);
    /* after a numeral word, a hundred or a thousand is parted from it by a pause, or the two
     * would be heard as one number: "екі 100 пәтерлі үй" -> екі, жүз пәтерлі (not екі жүз; 5
     * says a hundred is жүз, never бір жүз) */
    if (i > 0 && spaced(c, i) && is_word(c, i - 1) &&
        dy_kk_is_cardinal_word(tstr(c, i - 1), tlen(c, i - 1)) &&
        (strncmp(b.data, "жүз", strlen("жүз")) == 0 || strncmp(b.data, "мың", strlen("мың")) == 0))
        dy_nc_emit(c, ",", (dy_span){tok(c, i)->src.start, tok(c, i)->src.start}, name, false);
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, num.last), num.decimal ? "decimal" : name,
                     tok(c, i)->space_before);
    dy_buf_fini(&b);
    size_t used = num.last + 1 - i, mark;
    if (!(i > 0 && glued(c, i) && is_word(c, i - 1)) && cell_after(c, num.last + 1, &mark)) {
        size_t end = tok(c, num.last + mark)->src.end;
        dy_nc_emit(c, ",", (dy_span){end, end}, "cell", false);
        used += mark;
    }
    dy_nc_number_fini(&num);
    return used;
}

/* A power written with superscripts or a caret after a number, outside an equation: "10⁹" ->
 * онның тоғызыншы дәрежесі, "10⁻³" -> онның минус үшінші дәрежесі, "2^10" (the spec is silent;
 * a lone ² or ³ is квадрат or куб, read by the formula and unit rules). */
size_t dy_nr_power(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 6 || !glued(c, i + 1))
        return 0;
    dy_buf exp = {0};
    size_t k = i + 1;
    bool minus = false;
    /* a negative exponent after a caret: "10^-19", "10^−19", "10^(-19)" */
    bool bracket = tok_is(c, k, "^") && tok_is(c, k + 1, "(") && glued(c, k + 1);
    size_t sign = bracket ? k + 2 : k + 1;
    if (tok_is(c, k, "^") && (tok_is(c, sign, "-") || tok_is(c, sign, "\u2212")) &&
        glued(c, sign) && is_num(c, sign + 1) && glued(c, sign + 1) && tlen(c, sign + 1) <= 3 &&
        (!bracket || (tok_is(c, sign + 2, ")") && glued(c, sign + 2)))) {
        minus = true;
        dy_buf_append(&exp, tstr(c, sign + 1), tlen(c, sign + 1));
        k = sign + (bracket ? 3 : 2);
    } else if (tok_is(c, k, "^") && is_num(c, k + 1) && glued(c, k + 1) && tlen(c, k + 1) <= 3) {
        dy_buf_append(&exp, tstr(c, k + 1), tlen(c, k + 1));
        k += 2;
    } else {
        if (tok_is(c, k, "\u207b") && glued(c, k)) { /* ⁻ */
            minus = true;
            k++;
        }
        for (int d; k < c->n && glued(c, k) && exp.len < 3 &&
                    (d = dy_char_superscript_digit(first_cp(c, k))) >= 0;
             k++)
            dy_buf_putc(&exp, (char)('0' + d));
    }
    if (!exp.len || (!minus && exp.len == 1 && (exp.data[0] == '2' || exp.data[0] == '3'))) {
        dy_buf_fini(&exp);
        return 0;
    }
    static const dy_kk_morph GEN[] = {DY_KK_GEN};
    dy_buf b = {0};
    dy_nc_say_number(c, i, GEN, 1, &b);
    dy_buf_puts(&b, minus ? " минус " : " ");
    const char *e = dy_buf_str(&exp);
    while (e[0] == '0' && e[1])
        e++;
    dy_kk_ordinal(&b, e, strlen(e));
    dy_buf_puts(&b, " дәрежесі");
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, k - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    dy_buf_fini(&exp);
    return k - i;
}
