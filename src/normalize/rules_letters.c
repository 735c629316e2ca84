/* Rules for single letters (normalize stage, rule table in normalize.c): initials before or
 * after a surname, also in a line of capitals (section 19), and letters that label a list item, a
 * group or a building ("а) …", "Б-тобы", "«Б» корпусы", "С тобындағы": sections 7.6, 12, 20.2).
 * Split from rules_words.c, which keeps abbreviations and words. Also a word typed with
 * a space after each letter ("Ш е ш у і"). */
#include "normalize/rules.h"

#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"
#include "text/chars.h"

/* A single upper-case Cyrillic letter that has a name (section 20.2). */
static bool is_initial_letter(const nctx *c, size_t i)
{
    return is_word(c, i) && letters(c, i) == 1 && dy_is_upper(first_cp(c, i)) &&
           dy_is_cyrillic(first_cp(c, i)) && dy_kk_letter_name(first_cp(c, i));
}

/* Is the token at k a surname in capitals: a Cyrillic word of three letters or more with a vowel
 * that the lexicon does not hold as an acronym. strict (always outside a line of capitals): it must
 * also end as a surname does (-ОВ/-ЕВ/-ИН and their feminines, -ҰЛЫ, -ҚЫЗЫ, -СКИЙ/-СКАЯ), perhaps
 * with a case ending ("А. БАЙТҰРСЫНОВТЫҢ"), since a lone letter and a period before a heading's
 * word is as often a label ("І. ЕЛГЕ КІРЕТІН ЖОЛ"). */
static bool caps_surname(const nctx *c, size_t k, bool strict)
{
    strict |= !c->all_caps; /* a byline in a line of small letters: "Ә.Т. ТӨЛЕУБАЕВ, т.ғ.д." */
    if (!is_word(c, k) || letters(c, k) < 3 || dy_kk_acronym(tstr(c, k), tlen(c, k)))
        return false;
    bool vowel = false;
    for (size_t j = 0; j < tlen(c, k);) {
        int32_t cp = dy_utf8_next(tstr(c, k), tlen(c, k), &j);
        if (!dy_is_cyrillic(cp) || !dy_is_upper(cp))
            return false;
        vowel |= dy_nc_is_vowel(cp);
    }
    if (!vowel || !strict)
        return vowel;
    static const char *const STEMS[] = {"ов",  "ев",  "ёв",   "ин",   "ова", "ева",
                                        "ина", "ұлы", "қызы", "ский", "ская"};
    static const char *const CASES[] = {"",    "тың", "тің", "қа",  "ке",  "та",  "те",
                                        "тан", "тен", "пен", "ның", "нің", "ға",  "ге",
                                        "на",  "не",  "да",  "де",  "дан", "ден", "мен"};
    dy_buf b = {0};
    const char *w = dy_nc_lower_word(c, k, &b);
    bool ok = false;
    for (size_t a = 0; a < sizeof CASES / sizeof *CASES && !ok; a++) {
        size_t wl = strlen(w), cl = strlen(CASES[a]);
        if (wl <= cl || strcmp(w + wl - cl, CASES[a]) != 0)
            continue;
        for (size_t t = 0; t < sizeof STEMS / sizeof *STEMS && !ok; t++) {
            size_t sl = strlen(STEMS[t]);
            ok = wl - cl > sl + 2 && !strncmp(w + wl - cl - sl, STEMS[t], sl);
        }
    }
    dy_buf_fini(&b);
    return ok;
}

/* In a line of capitals, are the letters and periods of tokens i..k-1 an abbreviation of the
 * list ("Т.Б.", "Б.З.Б.")? Then they are no initials. */
static bool caps_chain_abbreviation(const nctx *c, size_t i, size_t k)
{
    dy_buf key = {0}, w = {0};
    for (size_t j = i; j < k; j++)
        dy_buf_puts(&key, dy_nc_lower_word(c, j, &w));
    bool listed = c->all_caps && dy_kk_abbr_written(key.data, key.len) != NULL;
    dy_buf_fini(&key);
    dy_buf_fini(&w);
    return listed;
}

/* Section 19: initials, read by their letter names, periods not spoken: before a surname
 * ("В.И.Лениннің" -> вэ и Лениннің, "Б.Т Жақсылықов" -> бэ тэ Жақсылықов) or after it
 * ("Сейітов Д.Ж.," -> Сейітов дэ жэ,). A single vowel initial is the vowel itself as written
 * ("Ә.Бөкейханов" -> Ә Бөкейханов). */
size_t dy_nr_initial(nctx *c, size_t i, const char *name)
{
    if (!is_initial_letter(c, i) || !tok_is(c, i + 1, ".") || !glued(c, i + 1))
        return 0;
    size_t k = i, count = 0;
    while (count < 3 && is_initial_letter(c, k) && tok_is(c, k + 1, ".") && glued(c, k + 1)) {
        k += 2; /* "В.И.", "Н.Ә. ", "В. И. " */
        count++;
    }
    bool dotless = is_initial_letter(c, k) && !tok_is(c, k + 1, ".") && spaced(c, k + 1) &&
                   dy_nc_is_name(c, k + 1);
    /* in a line of capitals the surname is in capitals too ("С.ЫСМАЙЛОВ МЕКТЕБІ", "Т.И.
     * СҰЛТАНОВ"): two initials, or one glued to it, or a surname's ending (20.1 rule 6 lower-cases
     * it, the initials keep their names) */
    int32_t f = first_cp(c, i); /* the Roman І, Х (as Cyrillic) of a label "І.КІРІСПЕ" */
    bool roman_label = i == 0 && count == 1 && (f == 0x0406 || f == 0x0425);
    bool abbr = count >= 2 && caps_chain_abbreviation(c, i, k);
    /* a byline: one initial and a word in capitals that ends the line ("Г. ҚАПАЛ") */
    bool byline = count == 1 && k + 1 == c->n && f != 0x0406 && f != 0x0425;
    bool caps_before =
        !abbr && caps_surname(c, k, count == 1 && (spaced(c, k) || roman_label) && !byline);
    bool caps_after = !abbr && i > 0 && spaced(c, i) && caps_surname(c, i - 1, count == 1);
    bool before_name = dotless || dy_nc_is_name(c, k) || caps_before;
    bool after_name = i > 0 && (dy_nc_is_name(c, i - 1) || caps_after) && spaced(c, i);
    /* two initials or more with no name beside them, closing a bracket, a clause or the line: a
     * signature ("– Ә.С.)" -> ә эс) */
    bool alone = count >= 2 && !dotless && (k >= c->n || (is_punct(c, k) && !tok_is(c, k, "-")));
    if (!before_name && !after_name && !alone)
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
        dy_nc_emit(c, letter, dy_nc_span_of(c, j, last), name, tok(c, j)->space_before);
    }
    if (end >= c->n && end > i)
        dy_nc_final_period(c, end - 1);
    return end - i;
}

/* A list label of one Cyrillic letter ("а) кірістер;", "ә) шығыстар", "Д) басқалар") at the
 * start or after ":", ";" or ",", read by its letter name with a short pause like "1)" (section
 * 7.6 rule 1); "Ж:" opening a textbook's answer line is жауабы. Returns the tokens used. */
static size_t letter_label(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || letters(c, i) != 1 || !dy_is_cyrillic(first_cp(c, i)))
        return 0;
    int32_t cp = dy_to_upper(first_cp(c, i));
    const char *letter = dy_kk_letter_name(cp);
    /* opening a line, a label before a quotation or glued to a capitalised word: "б) «Жүрек
     * жылуы»", "г)Ел-елдің" */
    int32_t q = i + 2 < c->n ? first_cp(c, i + 2) : 0;
    bool opens = i == 0 && tok_is(c, i + 1, ")") &&
                 (q == 0xAB || q == 0x201C || q == 0x201E || q == '"' || starts_upper(c, i + 2));
    if (!letter || !glued(c, i + 1) ||
        (!opens && (!(is_word(c, i + 2) || is_num(c, i + 2)) ||
                    !(spaced(c, i + 2) || (is_num(c, i + 2) && tok_is(c, i + 1, ")"))))))
        return 0; /* "А) 5 см", and a test's option glued to its number: "А)1,15см." */
    bool item = i == 0 || tok_is(c, i - 1, ":") || tok_is(c, i - 1, ";") || tok_is(c, i - 1, ",");
    if (!(tok_is(c, i + 1, ")") || tok_is(c, i + 1, "\\")) || !item ||
        dy_nc_open_bracket_before(c, i))
        return 0;
    dy_nc_emit(c, letter, dy_nc_span_of(c, i, i + 1), name, tok(c, i)->space_before);
    dy_nc_emit(c, ",", tok(c, i + 1)->src, name, false);
    return 2;
}

/* The shortened label that opens a line of a textbook problem, before a colon: "Ж:" is жауабы,
 * "Бер:" берілгені (section 7.6 names Ж:; Бер: is the corpus's). The answer's also opens a
 * bracket and comes before its number with the space lost or a period ("(Ж:12м/с)", "Ж. 44,8
 * л."). Returns the tokens used: the label, and a period that stood for the colon. */
static size_t problem_label(nctx *c, size_t i, const char *name)
{
    bool opens = i == 0 || (tok_is(c, i - 1, "(") && glued(c, i));
    bool colon = tok_is(c, i + 1, ":") && glued(c, i + 1);
    bool answer = tok_is(c, i, "Ж") && is_num(c, i + 2) &&
                  (colon || (tok_is(c, i + 1, ".") && glued(c, i + 1) && spaced(c, i + 2)));
    if (!opens || !(answer || (colon && i == 0 && !(i + 2 < c->n && !spaced(c, i + 2)))))
        return 0;
    const char *word = tok_is(c, i, "Ж") ? "жауабы" : tok_is(c, i, "Бер") ? "берілгені" : NULL;
    if (!word)
        return 0;
    dy_nc_emit(c, word, tok(c, i)->src, name, tok(c, i)->space_before && i > 0);
    if (colon)
        return 1;
    dy_nc_emit(c, ":", tok(c, i + 1)->src, "punctuation", false);
    return 2;
}

/* A capital letter joined by a hyphen to the word it names ("Б-тобы", "Б-ТОБЫ", "С-дәрумені"):
 * its letter name, then the word ("бэ тобы"; eSpeak reads "Б-тобы" as "бытобы"). Not before a
 * suffix ("В-ның" is the letter's case form). Returns the tokens used (the letter and the
 * hyphen), or 0. */
static size_t letter_hyphen(nctx *c, size_t i, const char *name)
{
    if (!is_initial_letter(c, i) || !tok_is(c, i + 1, "-") || !glued(c, i + 1) ||
        !is_word(c, i + 2) || !glued(c, i + 2) || letters(c, i + 2) < 3 ||
        !dy_is_cyrillic(first_cp(c, i + 2)) || (i > 0 && glued(c, i) && !is_punct(c, i - 1)))
        return 0;
    const char *letter = dy_kk_letter_name(first_cp(c, i));
    dy_kk_morph chain[8];
    dy_buf low = {0};
    dy_kk_lower(&low, tstr(c, i + 2), tlen(c, i + 2));
    int n = dy_kk_parse_tail_after(letter, low.data, low.len, chain, 8);
    dy_buf_fini(&low);
    if (n >= 0)
        return 0;
    dy_nc_emit(c, letter, dy_nc_span_of(c, i, i + 1), name, tok(c, i)->space_before);
    return 2;
}

/* The letter of a test's answer key after "жауап:" / "Жауабы:" ("Дұрыс жауап: C"): the school
 * name its option label has ("C)" is цэ), not the English voice's. Returns the tokens used. */
static size_t answer_letter(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || letters(c, i) != 1 || i < 2 || (i + 1 < c->n && !is_punct(c, i + 1)))
        return 0;
    /* after a colon or an equals sign, the word жауап before them, perhaps in braces ("{Дұрыс
     * жауап}= E") */
    size_t k = i - 1;
    while (k > 0 && i - k <= 3 &&
           (tok_is(c, k, ":") || tok_is(c, k, "=") || tok_is(c, k, "}") || tok_is(c, k, ")")))
        k--;
    if (k == i - 1 || !dy_nc_word_starts(c, k, "жауа"))
        return 0;
    int32_t cp = first_cp(c, i);
    const char *letter = cp >= 'A' && cp <= 'E' ? dy_nr_school_letter(cp) : NULL;
    if (!letter)
        return 0;
    dy_nc_emit(c, letter, tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

/* A letter grade: a capital A-D or F (Latin, or the Cyrillic А В С) with a minus or a plus
 * glued after it and nothing glued after that ("А, А- («үздік»)", "B+"): its letter name, then
 * минус or плюс (the dash is no pause). Returns the tokens used. */
static size_t letter_grade(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || letters(c, i) != 1 || !(tok_is(c, i + 1, "-") || tok_is(c, i + 1, "+")) ||
        !glued(c, i + 1) || (i + 2 < c->n && glued(c, i + 2) && !is_punct(c, i + 2)) ||
        (i > 0 && glued(c, i) && !is_punct(c, i - 1)))
        return 0;
    if (tok_is(c, i + 1, "-") && is_word(c, i + 2) && !dy_is_upper(first_cp(c, i + 2)))
        return 0; /* "С- дәрумені": a compound's hyphen with a stray space */
    int32_t cp = first_cp(c, i);
    const char *letter = cp == 0x0410 || cp == 0x0412 || cp == 0x0421 ? dy_kk_letter_name(cp)
                         : (cp >= 'A' && cp <= 'D') || cp == 'F'
                             ? dy_kk_latin_letter_name((unsigned char)(cp | 0x20))
                             : NULL;
    if (!letter)
        return 0;
    dy_buf b = {0};
    dy_buf_puts(&b, letter);
    dy_buf_puts(&b, tok_is(c, i + 1, "-") ? " минус" : " плюс");
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return 2;
}

/* A capital letter alone in quotes names a category or a building ("«Б» корпусы", "«А» тобы"), and
 * so does a small one after a class number ("9 «б» сыныбы", "9 б сыныбы"): read by its letter name
 * (20.2), not as a syllable. Returns the tokens used. */
static size_t quoted_letter(nctx *c, size_t i, const char *name)
{
    /* also a small letter after a number: the class "9 «б»", and "9 б сыныбы" unquoted */
    bool after_number = i >= 2 && is_num(c, i - 2) && spaced(c, i - 1);
    if (is_word(c, i) && letters(c, i) == 1 && dy_is_cyrillic(first_cp(c, i)) && i > 0 &&
        is_num(c, i - 1) && spaced(c, i) && is_word(c, i + 1) &&
        (dy_nc_word_starts(c, i + 1, "сынып") || dy_nc_word_starts(c, i + 1, "сыныб"))) {
        const char *letter = dy_kk_letter_name(first_cp(c, i));
        if (!letter)
            return 0;
        dy_nc_emit(c, letter, tok(c, i)->src, name, true);
        return 1;
    }
    if (!is_word(c, i) || letters(c, i) != 1 || !(dy_is_upper(first_cp(c, i)) || after_number) ||
        !dy_is_cyrillic(first_cp(c, i)) || i == 0 || !is_punct(c, i - 1) ||
        !dy_char_is_quote_open(first_cp(c, i - 1)) || !glued(c, i) || !glued(c, i + 1) ||
        !is_punct(c, i + 1) || !dy_char_is_quote_close(first_cp(c, i + 1)))
        return 0;
    const char *letter = dy_kk_letter_name(first_cp(c, i));
    if (!letter)
        return 0;
    dy_nc_emit(c, letter, tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

/* A Latin capital glued before a number that ends there, in a Kazakh sentence: a vitamin, a paper
 * size, a grade ("Витамин D3", "B12", "A4 парақ"): the letter by its school name (20.2 has no
 * Latin names; those of dy_nr_school_letter), the number read after it. Not a code that goes on
 * ("B5x4", "A4B"), nor a word of a Latin run. */
static size_t latin_letter_number(nctx *c, size_t i, const char *name)
{
    int32_t cp = first_cp(c, i);
    if (!is_word(c, i) || tlen(c, i) != 1 || cp < 'A' || cp > 'Z' || !is_num(c, i + 1) ||
        !glued(c, i + 1) || tlen(c, i + 1) > 3 ||
        (i + 2 < c->n && glued(c, i + 2) && !is_punct(c, i + 2)) ||
        (i > 0 && glued(c, i) && !is_punct(c, i - 1)) ||
        (i > 0 && is_word(c, i - 1) && !dy_is_cyrillic(first_cp(c, i - 1))) ||
        (is_word(c, i + 2) && !dy_is_cyrillic(first_cp(c, i + 2))))
        return 0;
    dy_nc_emit(c, dy_nr_school_letter(cp), tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

/* ---- points of a geometry problem ---- */

/* A noun of plane or solid geometry that names what Latin capitals label ("AB кесіндісі", "ABC
 * үшбұрышы", "O нүктесі", "MN түзуі"): letter_nouns.tsv, kind geometry. */
static bool geometry_noun(const nctx *c, size_t k)
{
    return is_word(c, k) && dy_is_cyrillic(first_cp(c, k)) && !dy_is_upper(first_cp(c, k)) &&
           dy_kk_is_letter_noun(tstr(c, k), tlen(c, k), true);
}

/* A sign of geometry beside a point name (∠ angle, ∥ parallel, ⊥ perpendicular, △ triangle), or
 * of sets beside a set's name (∩ ∪ ∈). */
static bool geometry_sign(const nctx *c, size_t k)
{
    int32_t cp = k < c->n && is_punct(c, k) ? first_cp(c, k) : 0;
    return cp == 0x2220 || cp == 0x2225 || cp == 0x22A5 || cp == 0x25B3 || cp == 0x2206 ||
           cp == 0x2229 || cp == 0x222A || cp == 0x2208; /* and of sets: ∩ ∪ ∈ */
}

/* Latin capitals that name points (1 to 4 letters, "A", "AB", "ABCD"), glued to no word. */
static bool point_name(const nctx *c, size_t k)
{
    if (!is_word(c, k) || letters(c, k) > 4 || tlen(c, k) != letters(c, k))
        return false;
    for (size_t p = 0; p < tlen(c, k); p++)
        if (tstr(c, k)[p] < 'A' || tstr(c, k)[p] > 'Z')
            return false;
    return !(k > 0 && glued(c, k) && is_word(c, k - 1));
}

/* The same typed with the Cyrillic capitals that look like Latin ones (А В С Е К М Н О Р Т Х:
 * "АВС үшбұрышы", "ВС қабырғасы"): the Latin letters they stand for into latin[], or false. */
static bool lookalike_point_name(const nctx *c, size_t k, char latin[5])
{
    if (!is_word(c, k) || letters(c, k) > 4 || (k > 0 && glued(c, k) && is_word(c, k - 1)))
        return false;
    size_t n = 0;
    for (size_t p = 0; p < tlen(c, k);) {
        int32_t cp = dy_utf8_next(tstr(c, k), tlen(c, k), &p);
        int32_t l = dy_is_cyrillic(cp) && dy_is_upper(cp) ? dy_char_unfold_homoglyph(cp) : 0;
        if (l < 'A' || l > 'Z')
            return false;
        latin[n++] = (char)l;
    }
    latin[n] = '\0';
    return n > 0;
}

/* Does a geometry noun follow the point name at k, perhaps after more names joined to it ("AB
 * және CD кесінділері", "A, B, C нүктелері")? */
static bool names_before_noun(const nctx *c, size_t k)
{
    for (int hops = 0; hops < 6; hops++) {
        if (geometry_noun(c, k + 1))
            return true;
        size_t j = dy_nc_joiner(c, k + 1);
        if (!j || is_dash(c, k + 1) || !point_name(c, k + 1 + j))
            return false;
        k += 1 + j;
    }
    return false;
}

/* Points of a geometry problem written with Latin capitals, as Kazakh schools name them ("AB
 * кесіндісі" -> а бэ кесіндісі, "∠ABC" -> бұрыш а бэ цэ, "AB ∥ CD", "AC-ның ұзындығы" where the
 * sentence speaks of geometry): each letter by its school name (dy_nr_school_letter), a hyphened
 * ending on the last. eSpeak's English voice said "ei bi". The spec is silent. */
bool dy_nr_lookalike_points(const nctx *c, size_t i)
{
    char twin[5];
    if (!lookalike_point_name(c, i, twin))
        return false;
    if (spaced(c, i + 1) && geometry_noun(c, i + 1))
        return true;
    /* elsewhere in a sentence that names such points before a noun: "АВС үшбұрышында АС = ВС"
     * (not an initial: "А.Байтұрсынов") */
    if (tok_is(c, i + 1, ".") && glued(c, i + 1))
        return false;
    if (c->cache->lookalike_points < 0) { /* found once for the sentence */
        c->cache->lookalike_points = 0;
        for (size_t k = 0; k + 1 < c->n && !c->cache->lookalike_points; k++)
            c->cache->lookalike_points =
                lookalike_point_name(c, k, twin) && spaced(c, k + 1) && geometry_noun(c, k + 1);
    }
    return c->cache->lookalike_points;
}

static size_t geometry_points(nctx *c, size_t i, const char *name)
{
    char twin[5];
    if (!point_name(c, i)) {
        /* Cyrillic look-alikes only right before the noun they name, with no ending of their
         * own: "АВС үшбұрышы" -> а бэ цэ (an acronym such as "АҚШ" has a letter of its own) */
        if (!dy_nr_lookalike_points(c, i))
            return 0;
        lookalike_point_name(c, i, twin);
        dy_buf b = {0};
        for (size_t p = 0; twin[p]; p++) {
            if (p)
                dy_buf_putc(&b, ' ');
            dy_buf_puts(&b, dy_nr_school_letter((unsigned char)twin[p]));
        }
        dy_nc_emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 1;
    }
    bool geometry = names_before_noun(c, i) || (i > 0 && geometry_sign(c, i - 1)) ||
                    geometry_sign(c, i + 1) ||
                    (i > 1 && geometry_sign(c, i - 2) && !glued(c, i - 1));
    bool ending = tok_is(c, i + 1, "-") && glued(c, i + 1) && is_word(c, i + 2) && glued(c, i + 2);
    if (!geometry && ending && c->cache->geometry < 0) { /* a sentence about geometry, found once */
        c->cache->geometry = 0;
        for (size_t k = 0; k < c->n && !c->cache->geometry; k++)
            c->cache->geometry = geometry_noun(c, k) || geometry_sign(c, k);
    }
    geometry |= ending && c->cache->geometry > 0;
    if (!geometry)
        return 0;
    dy_buf b = {0};
    for (size_t p = 0; p < tlen(c, i); p++) {
        if (p)
            dy_buf_putc(&b, ' ');
        dy_buf_puts(&b, dy_nr_school_letter((unsigned char)tstr(c, i)[p]));
    }
    size_t used = 1;
    if (ending) {
        dy_kk_morph chain[8];
        int n = 0;
        size_t sfx = dy_nc_suffix_at(c, i + 1, dy_nc_last_word(b.data), chain, &n);
        if (sfx && sfx != SIZE_MAX) {
            dy_buf w = {0};
            dy_nc_put_inflected(&w, b.data, chain, n);
            dy_buf_clear(&b);
            dy_buf_puts(&b, w.data);
            dy_buf_fini(&w);
            used += sfx;
        }
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + used - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return used;
}

/* A lone Latin letter in a Kazakh sentence is a variable or a label ("x және y сандарының", "a, b
 * және c үш сегменттері", "k санын", "a2=b3+ab" with its power lost): the name a Kazakh school
 * gives it (а, бэ, цэ … игрек), not the English voice's (20.2 leaves it to eSpeak, which says
 * "wai"). Not inside a run of Latin words, not a unit after a number, not an initial. Returns the
 * tokens used. */
static size_t lone_latin_letter(nctx *c, size_t i, const char *name)
{
    int32_t cp = first_cp(c, i);
    if (!is_word(c, i) || tlen(c, i) != 1 ||
        !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')))
        return 0;
    /* an option opening its line before a number or a Kazakh word ("D. 5265", "C. 15 см"), or
     * alone on it ("A."): the school name */
    bool line_option =
        i == 0 && cp >= 'A' && cp <= 'H' && tok_is(c, 1, ".") && glued(c, 1) &&
        (c->n == 2 ||
         (spaced(c, 2) && (is_num(c, 2) || (is_word(c, 2) && dy_is_cyrillic(first_cp(c, 2))))));
    /* a run of options whose answers were images: "жылдамдығы: A.  B.  C.  D.  E." */
    bool empty_run = cp >= 'A' && cp <= 'H' && tok_is(c, i + 1, ".") && glued(c, i + 1) &&
                     ((i + 2 >= c->n) || (is_word(c, i + 2) && letters(c, i + 2) == 1 &&
                                          first_cp(c, i + 2) == cp + 1 && tok_is(c, i + 3, "."))) &&
                     (i == 0 || tok_is(c, i - 1, ":") || tok_is(c, i - 1, ".") ||
                      (i >= 2 && first_cp(c, i - 2) == cp - 1)) &&
                     !(is_word(c, i + 4) && letters(c, i + 4) > 1); /* not "A. B. Smith" */
    if (line_option || empty_run) {
        dy_nc_emit(c, dy_nr_school_letter(cp), tok(c, i)->src, name, tok(c, i)->space_before);
        return 1;
    }
    bool power = is_num(c, i + 1) && glued(c, i + 1) && tlen(c, i + 1) <= 2 &&
                 !(i + 2 < c->n && glued(c, i + 2) && !is_punct(c, i + 2));
    if ((i + 1 < c->n && glued(c, i + 1) && !is_punct(c, i + 1) && !power) ||
        (i > 0 && glued(c, i) && (is_word(c, i - 1) || is_num(c, i - 1))) ||
        (tok_is(c, i + 1, ".") && is_word(c, i + 2) && starts_upper(c, i + 2)) ||
        (i > 0 && glued(c, i) &&
         (tok_is(c, i - 1, "<") || (tok_is(c, i - 1, "/") && !(i >= 2 && glued(c, i - 1) &&
                                                               dy_nr_operand_end(c, i - 2))))) ||
        (cp >= 'A' && cp <= 'Z' && (tok_is(c, i + 1, "+") || tok_is(c, i + 1, "-")) &&
         glued(c, i + 1) && !(i + 2 < c->n && glued(c, i + 2) && !is_punct(c, i + 2))))
        return 0; /* part of a word or a code, a unit, an initial ("B. Шоу"), a tag ("<b>"), a
                     grade ("B+") */
    if (cp == 'U' && i > 0 && (tok_is(c, i - 1, ")") || tok_is(c, i - 1, "]")) &&
        (tok_is(c, i + 1, "(") || tok_is(c, i + 1, "["))) {
        /* the union of two intervals typed with a Latin U: "(-∞;0)U(4;+∞)" */
        dy_nc_emit(c, "бірігуі", tok(c, i)->src, name, true);
        return 1;
    }
    /* an option labelled with a period in a run of them, "A. 5 B. 8 C. 15": the school name,
     * also on a line with no Kazakh word */
    bool option = cp >= 'A' && cp <= 'H' && tok_is(c, i + 1, ".") && glued(c, i + 1) &&
                  spaced(c, i + 2) && (is_num(c, i + 2) || is_word(c, i + 2));
    for (size_t k = 0; option && k + 2 < c->n; k++)
        if (k != i && tlen(c, k) == 1 && is_word(c, k) && first_cp(c, k) >= 'A' &&
            first_cp(c, k) <= 'H' && first_cp(c, k) != cp && tok_is(c, k + 1, ".") &&
            glued(c, k + 1) && spaced(c, k + 2)) {
            dy_nc_emit(c, dy_nr_school_letter(cp), tok(c, i)->src, name, tok(c, i)->space_before);
            return 1;
        }
    if (c->cache->cyrillic < 0) { /* a Kazakh sentence: a Cyrillic word in it, found once */
        c->cache->cyrillic = 0;
        for (size_t k = 0; k < c->n && !c->cache->cyrillic; k++)
            c->cache->cyrillic = is_word(c, k) && dy_is_cyrillic(first_cp(c, k));
    }
    bool cyrillic = c->cache->cyrillic;
    for (size_t k = i > 2 ? i - 2 : 0; k < c->n && k <= i + 2; k++) {
        if (!is_word(c, k) || k == i || dy_is_cyrillic(first_cp(c, k)))
            continue;
        if (letters(c, k) > 1 && (k + 1 == i || k == i + 1 || k + 2 == i || k == i + 2) &&
            !(letters(c, k) == 2 && ((k > 0 && glued(c, k) && dy_nr_operator_word(c, k - 1)) ||
                                     (glued(c, k + 1) && dy_nr_operator_word(c, k + 1)))))
            return 0; /* a Latin word near it: an English or a Latin-Kazakh phrase (a product of
                         a formula, "b3+ab", is no word) */
    }
    /* a line of a formula page that holds the letter alone ("g", "V" under their quantities) */
    bool alone = i == 0 && (c->n == 1 || (c->n == 2 && is_punct(c, 1)));
    if (!cyrillic && !alone)
        return 0;
    dy_nc_emit(c, dy_nr_school_letter(cp), tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

/* A genotype of a genetics problem, letters in pairs of one gene, Latin or Cyrillic ("AA", "Aa",
 * "aa", "AaBb", "ааВВ"), in a sentence of genetics (ген-, гамет-, фенотип, ×, ♀, ♂): each letter by
 * its school name, the English voice said "ei ei". Returns the tokens used. */
static size_t genotype(nctx *c, size_t i, const char *name)
{
    int32_t cps[4];
    size_t n = 0;
    for (size_t p = 0; is_word(c, i) && p < tlen(c, i) && n <= 4;)
        cps[n < 4 ? n : 3] = dy_utf8_next(tstr(c, i), tlen(c, i), &p), n++;
    if ((n != 2 && n != 4) || (glued(c, i + 1) && is_word(c, i + 1)))
        return 0;
    for (size_t p = 0; p < n; p += 2)
        if (!dy_is_letter(cps[p]) || dy_to_lower(cps[p]) != dy_to_lower(cps[p + 1]) ||
            (!dy_is_upper(cps[p]) && dy_is_upper(cps[p + 1])))
            return 0; /* "aA" is no way to write a gene pair */
    if (!dy_nc_sentence_has_stem(c, "ген гамет фенотип будан гибрид \u00d7 \u2640 \u2642"))
        return 0;
    dy_buf b = {0};
    for (size_t p = 0; p < n; p++) {
        const char *letter = dy_is_cyrillic(cps[p]) ? dy_kk_letter_name(dy_to_upper(cps[p]))
                                                    : dy_nr_school_letter(cps[p]);
        if (!letter) {
            dy_buf_fini(&b);
            return 0;
        }
        if (p)
            dy_buf_putc(&b, ' ');
        dy_buf_puts(&b, letter);
    }
    dy_nc_emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return 1;
}

/* One Latin capital before a noun it names ("D тобында", "B деңгейі", "A санаты", "C нұсқасы":
 * letter_nouns.tsv, kind label): the school name of the letter, as the options of a test have
 * it; the English voice said "dee". Returns the tokens used. */
static size_t latin_label(nctx *c, size_t i, const char *name)
{
    int32_t cp = first_cp(c, i);
    if (!is_word(c, i) || tlen(c, i) != 1 || cp < 'A' || cp > 'Z' || !spaced(c, i + 1) ||
        !is_word(c, i + 1) || !dy_is_cyrillic(first_cp(c, i + 1)) ||
        !dy_kk_is_letter_noun(tstr(c, i + 1), tlen(c, i + 1), false) ||
        (i > 0 && glued(c, i) && !is_punct(c, i - 1)) ||
        (i > 0 && is_word(c, i - 1) && !dy_is_cyrillic(first_cp(c, i - 1))))
        return 0;
    dy_nc_emit(c, dy_nr_school_letter(cp), tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

bool dy_nr_operand_end(const nctx *c, size_t k)
{
    if (is_word(c, k) && letters(c, k) == 1)
        return !dy_is_cyrillic(first_cp(c, k));
    return is_num(c, k) && tlen(c, k) <= 2 && k > 0 && glued(c, k) && is_word(c, k - 1) &&
           letters(c, k - 1) == 1 && first_cp(c, k - 1) < 0x80;
}

bool dy_nr_variable_noun(const nctx *c, size_t k)
{
    static const char *const NOUNS[] = {"айнымал", "санын",   "санды", "саны",  "мәні",
                                        "мәнін",   "функция", "өрнег", "өрнек", "шамас"};
    if (!is_word(c, k) || !spaced(c, k))
        return false;
    for (size_t n = 0; n < COUNT(NOUNS); n++)
        if (dy_nc_word_starts(c, k, NOUNS[n]))
            return true;
    return false;
}

/* The sex chromosomes in a sentence about chromosomes: "ХХ", "ХУ", "XY" (Cyrillic or Latin) ->
 * икс икс, икс игрек, the names a biology lesson gives them; no Roman numeral (жиырмасыншы) nor
 * spelled letters (ха у). Returns the tokens used (1), or 0. */
size_t dy_nr_sex_chromosomes(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || letters(c, i) < 2 || letters(c, i) > 3 ||
        (i + 1 < c->n && glued(c, i + 1) && !is_punct(c, i + 1)))
        return 0;
    const char *names[3];
    size_t n = 0;
    for (size_t k = 0; k < tlen(c, i) && n < 3;) {
        int32_t cp = dy_utf8_next(tstr(c, i), tlen(c, i), &k);
        names[n] = cp == 0x0425 || cp == 'X' ? "икс" : cp == 0x0423 || cp == 'Y' ? "игрек" : NULL;
        if (!names[n++])
            return 0;
    }
    if (!dy_nc_sentence_has_stem(c, "хромосом"))
        return 0;
    dy_buf b = {0};
    for (size_t k = 0; k < n; k++) {
        dy_buf_puts(&b, k ? " " : "");
        dy_buf_puts(&b, names[k]);
    }
    dy_nc_emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return 1;
}

/* The axis of a graph before осі (any form): "ОХ осі", "Ox осіне", "ОУ осі" -> о икс, о игрек
 * (the school's names; "ОХ" as a word is no acronym). Latin or Cyrillic letters. */
size_t dy_nr_axis(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || letters(c, i) != 2 || !spaced(c, i + 1) ||
        !dy_nc_word_starts(c, i + 1, "ос"))
        return 0;
    size_t k = 0;
    int32_t o = dy_utf8_next(tstr(c, i), tlen(c, i), &k);
    int32_t x = dy_to_lower(dy_utf8_next(tstr(c, i), tlen(c, i), &k));
    if (o != 'O' && o != 0x041E)
        return 0;
    const char *axis = x == 'x' || x == 0x0445   ? "икс"
                       : x == 'y' || x == 0x0443 ? "игрек"
                       : x == 'z'                ? "зет"
                                                 : NULL;
    if (!axis)
        return 0;
    dy_nc_emit(c, "о", tok(c, i)->src, name, tok(c, i)->space_before);
    dy_nc_emit(c, axis, tok(c, i)->src, name, true);
    return 1;
}

/* A lone small Cyrillic consonant in a Kazakh sentence is a variable or a label, never a word
 * (no Kazakh word is one consonant): "һ биіктікке" -> һа биіктікке. eSpeak says a bare
 * consonant with a vowel of its own choosing (hы). Not after a number or a variable (a unit: "х г
 * зат"), not в, с, к (the Russian prepositions of a quoted phrase, "облачно с прояснениями"),
 * not қ, ғ, ң (where a PDF's text breaks words apart, "қ алыптасуына"), not ending the line
 * (a cut line), not after a letter and its period (the "ш" of "с. ш", an abbreviation), nor
 * glued to what follows (an abbreviation's period, a label's bracket). */
static size_t lone_consonant(nctx *c, size_t i, const char *name)
{
    int32_t cp = is_word(c, i) && letters(c, i) == 1 ? first_cp(c, i) : 0;
    if (!cp || !dy_is_cyrillic(cp) || dy_is_upper(cp) || dy_nc_is_vowel(cp) ||
        c->u->lang != DY_LANG_KK || !dy_kk_letter_name(cp) || (i > 0 && !spaced(c, i)) ||
        (i > 0 && (is_num(c, i - 1) || (is_word(c, i - 1) && letters(c, i - 1) == 1))) ||
        /* в, с, к: Russian words in a quote, unless a formula's "=" follows ("в = 6") */
        ((cp == 0x0432 || cp == 0x0441 || cp == 0x043A) && !tok_is(c, i + 1, "=")) ||
        cp == 0x049B || cp == 0x0493 || cp == 0x04A3 || /* қ, ғ, ң: a PDF's word broken apart */
        i + 1 >= c->n ||                                /* a line cut off after the letter */
        (i >= 2 && tok_is(c, i - 1, ".") && is_word(c, i - 2) && letters(c, i - 2) == 1) ||
        /* one of a list of letters, which the letter names would read unevenly: "а, ә, в, г" */
        (i >= 2 && tok_is(c, i - 1, ",") && is_word(c, i - 2) && letters(c, i - 2) == 1) ||
        (tok_is(c, i + 1, ",") && is_word(c, i + 2) && letters(c, i + 2) == 1) ||
        (i + 1 < c->n && !spaced(c, i + 1) && !tok_is(c, i + 1, ",") && !tok_is(c, i + 1, ";")))
        return 0;
    dy_nc_emit(c, dy_kk_letter_name(cp), tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

/* The letter of a vitamin, before дәрумен/витамин: a Latin letter however it is typed ("С
 * дәрумені" with a Cyrillic С, "В12 дәрумені", "D витамині") is said by its school name: цэ, бэ
 * он екі, дэ (eSpeak says "сы", and the 20.2 name эс is the Cyrillic letter's). Returns the
 * tokens used, or 0. */
static size_t vitamin_letter(nctx *c, size_t i, const char *name)
{
    int32_t cp = is_word(c, i) && letters(c, i) == 1 ? first_cp(c, i) : 0;
    if (cp >= 0x80)
        cp = dy_char_unfold_homoglyph(cp);
    if (!(cp >= 'A' && cp <= 'Z') || (i > 0 && glued(c, i) && !is_punct(c, i - 1)))
        return 0;
    size_t k = i + 1;
    if (is_num(c, k) && glued(c, k) && tlen(c, k) <= 2)
        k++; /* "В12", "В6" */
    if (!spaced(c, k) ||
        !(dy_nc_word_starts(c, k, "дәрумен") || dy_nc_word_starts(c, k, "витамин")))
        return 0;
    dy_nc_emit(c, dy_nr_school_letter(cp), tok(c, i)->src, name, tok(c, i)->space_before);
    return 1; /* the number after it is read as a number: бэ он екі */
}

/* A capital Cyrillic consonant that stands for itself: alone on its line (an answer key's "С",
 * "Д"), before "=" (a quantity: "С=36", the circumference), or glued to a bracketed number (a
 * point on a line: "В(7)"). eSpeak says a bare consonant with a vowel of its own (сы, вы); its
 * name of 20.2 is said instead: эс тең отыз алты, вэ (жеті). */
static size_t capital_alone(nctx *c, size_t i, const char *name)
{
    int32_t cp = is_word(c, i) && letters(c, i) == 1 ? first_cp(c, i) : 0;
    if (!cp || !dy_is_cyrillic(cp) || !dy_is_upper(cp) || dy_nc_is_vowel(cp) ||
        !dy_kk_letter_name(cp) || c->u->lang != DY_LANG_KK ||
        dy_utf8_count(dy_kk_letter_name(cp), strlen(dy_kk_letter_name(cp))) < 2)
        return 0;
    bool line = c->n == 1 || (c->n == 2 && (tok_is(c, 1, ".") || tok_is(c, 1, ")")) && glued(c, 1));
    bool quantity = tok_is(c, i + 1, "=") && is_num(c, i + 2) && (i == 0 || !glued(c, i));
    size_t k = i + 2 + (is_dash(c, i + 2) ? 1 : 0);
    bool point = tok_is(c, i + 1, "(") && glued(c, i + 1) && is_num(c, k) &&
                 tok_is(c, k + 1, ")") && (i == 0 || !glued(c, i));
    if (!line && !quantity && !point)
        return 0;
    dy_nc_emit(c, dy_kk_letter_name(cp), tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

/* A capital Cyrillic consonant glued to a one- or two-digit index is a quantity of a formula or
 * a mark of a catalogue: "Т1 = 20 °С" -> тэ бір, "Қ56" -> қа елу алты (eSpeak says a bare
 * consonant with a vowel of its own, "ты"). Its name; the index is read by the number rules. */
static size_t indexed_capital(nctx *c, size_t i, const char *name)
{
    int32_t cp = is_word(c, i) && letters(c, i) == 1 ? first_cp(c, i) : 0;
    if (!cp || !dy_is_cyrillic(cp) || !dy_is_upper(cp) || dy_nc_is_vowel(cp) ||
        !dy_kk_letter_name(cp) ||
        dy_utf8_count(dy_kk_letter_name(cp), strlen(dy_kk_letter_name(cp))) < 2 ||
        !is_num(c, i + 1) || !glued(c, i + 1) || tlen(c, i + 1) > 2 ||
        (i + 2 < c->n && glued(c, i + 2) && !is_punct(c, i + 2)) ||
        (tok_is(c, i + 2, ".") && glued(c, i + 2) && is_num(c, i + 3)) ||
        (i > 0 && glued(c, i) && !is_punct(c, i - 1)))
        return 0;
    /* a generation of a genetics cross typed with the Ғ that looks like F: "Ғ1 ұрпақ" -> эф бір */
    bool filial =
        cp == 0x0492 &&
        dy_nc_sentence_has_stem(c, "генотип фенотип ұрпақ будан гетерозигот гомозигот шағылыс");
    dy_nc_emit(c, filial ? "эф" : dy_kk_letter_name(cp), tok(c, i)->src, name,
               tok(c, i)->space_before);
    return 1;
}

/* Section 12 rule 2: a lone С, М, Л that is no numeral (no century noun after it) is a letter
 * label, read by its name: "С тобындағы" -> эс тобындағы. */
size_t dy_nr_letter(nctx *c, size_t i, const char *name)
{
    /* the readings of a letter, tried in this order; the first that takes the token wins */
    static size_t (*const READINGS[])(nctx *, size_t, const char *) = {
        vitamin_letter,      geometry_points, latin_label,    lone_latin_letter, genotype,
        latin_letter_number, problem_label,   letter_label,   quoted_letter,     letter_grade,
        answer_letter,       letter_hyphen,   lone_consonant, indexed_capital,   capital_alone};
    for (size_t r = 0; r < COUNT(READINGS); r++) {
        size_t used = READINGS[r](c, i, name);
        if (used)
            return used;
    }
    if (!is_initial_letter(c, i) || c->all_caps || tok_is(c, i + 1, "."))
        return 0;
    int32_t cp = first_cp(c, i);
    if (cp != 0x0421 && cp != 0x041C && cp != 0x041B)
        return 0;
    dy_nc_emit(c, dy_kk_letter_name(cp), tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

/* Is cp a vowel in the word cps[0..n) at k? У is one unless a neighbour is a vowel ("шешуі"). */
static bool spaced_vowel(const int32_t *cps, size_t n, size_t k)
{
    if (dy_to_lower(cps[k]) == 0x0443) /* у */
        return !((k > 0 && dy_nc_is_vowel(cps[k - 1])) ||
                 (k + 1 < n && dy_nc_is_vowel(cps[k + 1])));
    return dy_nc_is_vowel(cps[k]);
}

/* A word typed with a space after each letter for emphasis ("Ш е ш у і:", "Ж А У А Б Ы"): four
 * single Cyrillic letters or more, the first of any case and the rest all lower or all upper
 * case, that join into the shape of a Kazakh word (a vowel, no two vowels or three consonants in
 * a row): said as the word. An alphabet ("А Ә Б В"), a list of consonants or of variables is no
 * such word. Returns the tokens used (0: none). */
size_t dy_nr_spaced_word(nctx *c, size_t i, const char *name)
{
    int32_t cps[32];
    size_t n = 0, upper = 0;
    for (size_t k = i; n < 32 && is_word(c, k) && letters(c, k) == 1 && (k == i || spaced(c, k));
         k++) {
        int32_t cp = first_cp(c, k);
        if (k > i && cp < 0x80)
            cp = dy_char_fold_homoglyph(cp); /* a Latin look-alike among them: "ә с е р i" */
        if (!dy_is_cyrillic(cp) || !dy_kk_letter_name(cp))
            break;
        upper += k > i && dy_is_upper(cp);
        cps[n++] = cp;
    }
    if (n < 4 || (upper && upper != n - 1) ||
        (is_word(c, i + n) && spaced(c, i + n) && letters(c, i + n) == 1))
        return 0;
    bool vowel = false;
    size_t run = 0;
    for (size_t k = 0; k < n; k++) {
        bool v = spaced_vowel(cps, n, k);
        if ((v && k > 0 && spaced_vowel(cps, n, k - 1)) || (run = v ? 0 : run + 1) >= 3)
            return 0;
        vowel |= v;
    }
    if (!vowel)
        return 0;
    dy_buf b = {0}; /* a word in capitals is said in lower case, as a heading's words are */
    for (size_t k = 0; k < n; k++)
        dy_buf_put_cp(&b, k == 0 && !upper ? cps[k] : dy_to_lower(cps[k]));
    dy_nc_emit(c, b.data, dy_nc_span_of(c, i, i + n - 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return n;
}
