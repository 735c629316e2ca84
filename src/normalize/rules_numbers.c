/* Rules for numbers read from the words around them (normalize stage, rule table in
 * normalize.c): the minus sign, Roman numerals and centuries, and ranges. A number with a written
 * suffix and plain cardinals are in rules_cardinals.c. kazakh-normalization.md sections 11, 12
 * and 18.1 (ғ-лар). */
#include "normalize/rules.h"

#include <stdlib.h>
#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"

/* Section 12 rule 2: a capitalised Cyrillic word of 2+ letters, not all capitals and not a
 * sentence opener (Ол, Бұл, Ал ...). */
static bool is_person_name(const nctx *c, size_t i)
{
    return dy_nc_is_name(c, i) && dy_is_cyrillic(first_cp(c, i)) &&
           !dy_kk_is_sentence_opener(tstr(c, i), tlen(c, i));
}

/* A century abbreviation at i: "ғ.", or the plural "ғғ." or "ғ.ғ." (a period after each letter,
 * "ІІ–І ғ.ғ."); returns tokens used (0: none). A word glued after the period ("XVIII ғ.басында")
 * is the next word with its space lost, unless a period follows it too ("ғ.ғ.д."-like chains are
 * other abbreviations). */
static size_t century_abbr(const nctx *c, size_t i, bool *plural)
{
    *plural = tok_is(c, i, "ғғ");
    size_t k = i; /* the last letter */
    if (tok_is(c, i, "ғ") && tok_is(c, i + 1, ".") && glued(c, i + 1) && tok_is(c, i + 2, "ғ") &&
        glued(c, i + 2) && tok_is(c, i + 3, ".") && glued(c, i + 3)) {
        *plural = true;
        k = i + 2;
    }
    if ((*plural || tok_is(c, i, "ғ")) && tok_is(c, k + 1, ".") && glued(c, k + 1) &&
        !(is_word(c, k + 2) && glued(c, k + 2) &&
          ((starts_upper(c, k + 2) && !*plural) || (tok_is(c, k + 3, ".") && glued(c, k + 3)))))
        return k + 2 - i; /* the plural is no initial: "XV-XVI ғғ.Қазақ хандығы" */
    /* its period left out before a part of the century: "16 ғ басында", "XV ғ ортасы", "ХVІІ ғ
     * 30-40 жылдары" */
    static const char *const PART[] = {"бас", "орта", "аяғ", "соң", "жартыс"};
    if ((*plural || tok_is(c, i, "ғ")) && is_word(c, i + 1) && spaced(c, i + 1))
        for (size_t p = 0; p < COUNT(PART); p++)
            if (dy_nc_word_starts(c, i + 1, PART[p]))
                return 1;
    if ((*plural || tok_is(c, i, "ғ")) && spaced(c, i + 1) && dy_nc_ordinal_part_at(c, i + 1))
        return 1;
    return 0;
}

/* Section 12 rule 4: a verb or participle by its ending alone (құрылған, игерді, басталады).
 * -ты/-ті follows a consonant (өтті, ашты): after a vowel they end a possessed noun whose stem
 * ends in т ("XIX ғ. әдебиеті" is the literature of the century). */
static bool is_verb_form(const nctx *c, size_t i)
{
    static const char *const ENDINGS[] = {"ған", "ген",  "қан",  "кен", "ды",
                                          "ді",  "атын", "етін", "ып",  "іп"};
    static const char *const TY[] = {"ты", "ті"};
    if (dy_nc_word_ends(c, i, ENDINGS, COUNT(ENDINGS)))
        return true;
    if (!dy_nc_word_ends(c, i, TY, COUNT(TY)) || letters(c, i) < 4)
        return false;
    size_t p = tlen(c, i) - strlen("ты"), q = p;
    dy_utf8_prev(tstr(c, i), &q); /* the letter before the ending */
    return !dy_nc_is_vowel(dy_utf8_next(tstr(c, i), tlen(c, i), &q));
}

/* A bare noun and a verb that ends the clause, after "ғ." (a compound verb: "б.з.б. II ғ. пайда
 * болды", "XVIII ғ. өмір сүрген"), also a participle before the noun it qualifies ("XVIII ғ.
 * өмір сүрген ақын") and an adjective in -лы/-лі with бол- ("X ғ. белгілі болды"): the century is
 * when, said in the locative. A possessed noun ("XIX ғ. әдебиеті дамыды") is the century's. */
static bool compound_verb(const nctx *c, size_t k)
{
    static const char *const POSS[] = {"ы", "і"};
    static const char *const ADJ[] = {"лы", "лі"};
    static const char *const PART[] = {"ған", "ген", "қан", "кен"};
    if (!is_word(c, k) || starts_upper(c, k) || is_verb_form(c, k) || !is_word(c, k + 1) ||
        !is_verb_form(c, k + 1))
        return false;
    if (dy_nc_word_ends(c, k, POSS, COUNT(POSS)) &&
        !(dy_nc_word_ends(c, k, ADJ, COUNT(ADJ)) && dy_nc_word_starts(c, k + 1, "бол")))
        return false;
    size_t end = k + 2;
    if (dy_nc_word_ends(c, k + 1, PART, COUNT(PART)) && is_word(c, end) && !is_verb_form(c, end))
        end++; /* the noun the participle qualifies */
    return end >= c->n || is_punct(c, end);
}

/* Does the century phrase whose "ғ."/"ғғ." ends before k open its clause: numerals, dashes,
 * "?" and an era mark before it, and before them the start of the sentence, a comma or a
 * postposition that ends an adverbial ("деректерге қарағанда б.з.б. VII-IV ғғ. ...")? */
static bool century_opens_sentence(const nctx *c, size_t k)
{
    size_t j = k - 1; /* the abbreviation's period */
    while (j > 0) {
        size_t p = j - 1;
        if (!(tok_is(c, p, "ғ") || tok_is(c, p, "ғғ") || is_num(c, p) || is_dash(c, p) ||
              (tok_is(c, p, ".") && p > 0 && tok_is(c, p - 1, "ғ")) || /* "ғ.ғ." */
              tok_is(c, p, "?") || dy_nc_roman_value(c, p, NULL) ||
              (p + 1 == k - 1 && is_word(c, p))))
            break;
        j = p;
    }
    static const char *const POSTPOSITIONS[] = {"қарағанда", "бойынша", "сәйкес", "кейін", "соң"};
    for (size_t e = 4; e <= 6 && j >= e; e += 2)
        if (dy_nc_era_at(c, j - e) == e) {
            j -= e;
            break;
        }
    return j == 0 || tok_is(c, j - 1, ",") ||
           dy_nc_word_in(c, j - 1, POSTPOSITIONS, COUNT(POSTPOSITIONS));
}

/* An adverbial of time opening a sentence that ends in a verb or participle ("б.з.б. VII-IV ғғ.
 * сақ тайпалары ... мекендеген.", "XIX ғ. қазақ әдебиеті дамыды."): the century said in the
 * locative, as before a verb (12 rule 4). Not when the word after "ғ." is possessed ("XIX ғ.
 * ақындары ...": the century is its possessor) or a locative ("XIXғғ. аралығында"). */
static bool century_adverbial(const nctx *c, size_t k)
{
    static const char *const POSS[] = {"ы", "і", "да", "де", "та", "те", "бойы"};
    static const char *const VERB[] = {"ған", "ген", "қан", "кен", "ды", "ді"};
    size_t last = c->n - 1;
    if (!(tok_is(c, last, ".") || tok_is(c, last, "!")) || last <= k + 1 || !is_word(c, k) ||
        dy_nc_word_ends(c, k, POSS, COUNT(POSS)) || !century_opens_sentence(c, k))
        return false;
    for (size_t j = k; j < last; j++)
        if (!is_word(c, j) && !tok_is(c, j, "-"))
            return false; /* one plain clause: no comma, number or bracket */
    return dy_nc_word_ends(c, last - 1, VERB, COUNT(VERB));
}

/* Section 12 rule 4: the spoken form of "ғ." / "ғғ." from the words after it (at k). */
static const char *century_form(const nctx *c, size_t k, bool plural)
{
    /* a postposition's case ("XV ғ. дейін" -> ғасырға дейін, "XIX ғ. бастап" -> ғасырдан), and
     * the dative of belonging ("XII ғ. жатады", "XIX ғ. тән") */
    static const char *const DATIVE_HEADS[] = {"жатады", "жатқызылады", "жатқызады", "жататын",
                                               "жатқан", "тән",         "тиесілі"};
    dy_kk_morph m;
    bool case_word = dy_nc_postposition_case(c, k, true, &m);
    if (!case_word && dy_nc_word_in(c, k, DATIVE_HEADS, COUNT(DATIVE_HEADS)))
        case_word = true, m = DY_KK_DAT;
    if (case_word && m == DY_KK_DAT)
        return plural ? "ғасырларға" : "ғасырға";
    if (case_word)
        return plural ? "ғасырлардан" : "ғасырдан";
    if (!plural && (dy_nc_is_part_noun(c, k) || dy_nc_ordinal_part_at(c, k)))
        return "ғасырдың"; /* XIX ғ. екінші жартысында, XX ғ. 70-жылдары */
    if (is_verb_form(c, k) || century_adverbial(c, k) || compound_verb(c, k))
        return plural ? "ғасырларда" : "ғасырда"; /* XV ғ. құрылған */
    return plural ? "ғасырлар" : "ғасыр";
}

/* Section 5: "-5" after a space, an opening bracket or "=" (or at the start) is минус бес; so
 * is an en dash typed for the minus ("–3°С"), unless a number before it makes it a range. */
size_t dy_nr_minus(nctx *c, size_t i, const char *name)
{
    bool en = tok_is(c, i, "\u2013");
    /* "кредит беру – - 6 929,0 мың теңге": a spaced hyphen right after a dash is the sign */
    if (tok_is(c, i, "-") && i > 0 && is_dash(c, i - 1) && !tok_is(c, i - 1, "-") && spaced(c, i) &&
        is_num(c, i + 1) && spaced(c, i + 1)) {
        dy_nc_emit(c, "минус", tok(c, i)->src, name, true);
        return 1;
    }
    /* a sign typed apart at the start of an equation, after a colon or a label: "көрсетіңдер: - 21x
     * = 0", "Б. - x + 5 = 0" (a dash would be said as a pause) */
    bool eq_start =
        i == 0 || tok_is(c, i - 1, ":") ||
        (i >= 2 && tok_is(c, i - 1, ".") && is_word(c, i - 2) && letters(c, i - 2) == 1);
    if ((tok_is(c, i, "-") || en || tok_is(c, i, "\u2212")) && eq_start && spaced(c, i + 1) &&
        (is_num(c, i + 1) || (is_word(c, i + 1) && letters(c, i + 1) == 1)) && i + 2 < c->n &&
        !tok_is(c, i + 2, ")") && !tok_is(c, i + 2, ".") && /* a bullet before "A) у = …" */
        dy_nc_sentence_has_stem(c, "=")) {
        size_t eq = i + 1;
        while (eq < c->n && eq < i + 12 && !tok_is(c, eq, "="))
            eq++;
        if (tok_is(c, eq, "=")) {
            dy_nc_emit(c, "минус", tok(c, i)->src, name, tok(c, i)->space_before);
            return 1;
        }
    }
    /* minus infinity: "(-∞; 0)" */
    if ((tok_is(c, i, "-") || tok_is(c, i, "\u2212") || en) && tok_is(c, i + 1, "\u221e") &&
        glued(c, i + 1)) {
        dy_nc_emit(c, "минус", tok(c, i)->src, name, tok(c, i)->space_before);
        return 1;
    }
    /* a minus opening a formula before its unknown: "-х2+4", "(-x+1)", "y=-x" */
    int32_t v =
        i + 1 < c->n && is_word(c, i + 1) && letters(c, i + 1) == 1 ? first_cp(c, i + 1) : 0;
    if ((tok_is(c, i, "-") || tok_is(c, i, "\u2212")) && (v == 0x0445 || v == 'x' || v == 'y') &&
        glued(c, i + 1) && (i == 0 || tok_is(c, i - 1, "(") || dy_nr_is_relation(c, i - 1)) &&
        i + 2 < c->n && glued(c, i + 2) && (is_num(c, i + 2) || dy_nr_operator_word(c, i + 2))) {
        dy_nc_emit(c, "минус", tok(c, i)->src, name, tok(c, i)->space_before);
        return 1;
    }
    if (!(tok_is(c, i, "-") || tok_is(c, i, "\u2212") || en || tok_is(c, i, "\u2014")) ||
        !is_num(c, i + 1) || !glued(c, i + 1))
        return 0;
    /* a temperature is signed whatever dash is typed, glued to the word before or not:
     * "Оймякон—71°С", "Оймякон —71°С" (not a range: no number before it) */
    /* not a range's second end: "5—10°С", "12°-15°", "20°С-25°С" */
    bool after_value =
        i > 0 && (is_num(c, i - 1) || first_cp(c, i - 1) == 0xB0 || first_cp(c, i - 1) == 0x2103 ||
                  (i > 1 && glued(c, i - 1) && first_cp(c, i - 2) == 0xB0));
    if (!after_value && dy_nr_temperature_at(c, i + 1)) {
        dy_nc_emit(c, "минус", tok(c, i)->src, name, true);
        return 1;
    }
    if (tok_is(c, i, "\u2014"))
        return 0;
    if (en && i == 0 && is_num(c, 1) && tlen(c, 1) == 4 && dy_nc_is_year_word(c, 2)) {
        /* a dialogue's dash opening the line: "–1978 жылы музей ашылғаннан кейін" */
        dy_nc_emit(c, "\u2013", tok(c, i)->src, "punctuation", false);
        c->prev = P_WORD; /* the year after it is spaced: "– мың" */
        return 1;
    }
    if (en && i > 0 && (is_num(c, i - 1) || is_punct(c, i - 1)) && !tok_is(c, i - 1, "(") &&
        !dy_nr_is_relation(c, i - 1))
        return 0; /* "x₁ = –3", "0 < –1": after a relation sign the dash is the minus */
    if (i > 0 && !tok(c, i)->space_before && !tok_is(c, i - 1, "(") && !tok_is(c, i - 1, "[") &&
        !tok_is(c, i - 1, "="))
        return 0; /* after "[" too: an interval "[-2; 3]" */
    /* a harvest, a head count, an area, a road's length is never negative: "сәбіз -129,3 мың
     * тонна", "ішкі көшелер -427,7 шақырым" are a list dash typed without its space */
    number num;
    if (i > 0 && (is_word(c, i - 1) || tok_is(c, i - 1, ")")) && dy_nc_number_at(c, i + 1, &num)) {
        static const char *const COUNTED[] = {"т",    "тонна", "ц",   "центнер", "га", "гектар",
                                              "адам", "дана",  "бас", "шақырым", "км", "километр"};
        size_t k = num.last + 1;
        if (tok_is(c, k, "мың") || (is_word(c, k) && dy_kk_scale_word(tstr(c, k), tlen(c, k))))
            k++;
        dy_nc_number_fini(&num);
        /* nor is a value in a list whose other items are "name – N": "картоп -75, сәбіз – 75-80",
         * or "name-N" typed tight, two of them: "жамбас-2, ортан жілік-2, сүбе -2" */
        if (c->cache->list_dash < 0) { /* (not where a temperature may be below zero) */
            c->cache->list_dash = 0;
            int tight = 0;
            for (size_t d = 2; d + 1 < c->n && !c->cache->list_dash; d++) {
                c->cache->list_dash = is_dash(c, d) && spaced(c, d) && spaced(c, d + 1) &&
                                      is_word(c, d - 1) && is_num(c, d + 1) &&
                                      tok_is(c, d - 2, ",");
                tight += tok_is(c, d, "-") && glued(c, d) && glued(c, d + 1) && is_word(c, d - 1) &&
                         is_num(c, d + 1) &&
                         (d + 2 >= c->n || tok_is(c, d + 2, ",") || tok_is(c, d + 2, ".") ||
                          tok_is(c, d + 2, ";"));
                c->cache->list_dash |= tight >= 2;
            }
        }
        bool list = c->cache->list_dash && is_word(c, i - 1) && spaced(c, i) &&
                    !dy_nc_sentence_has_stem(c, "температура градус аяз жылы \u00b0");
        /* nor is a day of a month: "(Ресей) -19 мамырдан" is a dash typed without its space */
        size_t stem = 0;
        bool day =
            is_word(c, k) && tlen(c, i + 1) <= 2 && dy_kk_month(tstr(c, k), tlen(c, k), &stem);
        if (day || list || dy_nc_word_in(c, k, COUNTED, COUNT(COUNTED))) {
            dy_nc_emit(c, "\u2013", tok(c, i)->src, "punctuation", true);
            c->prev = P_WORD; /* the amount after it is spaced: " – жүз" */
            return 1;
        }
    }
    dy_nc_emit(c, "минус", tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

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

/* Section 12 rule 2: the numbered noun at j that gives a Roman numeral its context, as a
 * DY_KK_NOUN_* kind (0: none); "ғ.", "ғғ." and "т." (том) are century nouns. */
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

/* The bytes of a written ordinal ending at the start of word k ("ші", "шы", "інші", "ыншы"
 * after "I-", "XX-"): 0 when none. */
static size_t ordinal_ending(const nctx *c, size_t k)
{
    static const char *const ENDINGS[] = {"інші", "ыншы", "нші", "ншы", "ші", "шы"};
    for (size_t e = 0; e < COUNT(ENDINGS); e++) {
        size_t len = strlen(ENDINGS[e]);
        if (tlen(c, k) >= len && memcmp(tstr(c, k), ENDINGS[e], len) == 0)
            return len;
    }
    return 0;
}

/* Is the numeral at i part of Latin text: a Latin word, no numeral, before it? */
static bool latin_before(const nctx *c, size_t i)
{
    return i > 0 && is_word(c, i - 1) && !dy_is_cyrillic(first_cp(c, i - 1)) &&
           !dy_nc_roman_value(c, i - 1, NULL);
}

/* Is word w a Cyrillic word that can follow a numeral (not a Roman numeral itself)? */
static bool cyrillic_word(const nctx *c, size_t w)
{
    return is_word(c, w) && dy_is_cyrillic(first_cp(c, w)) && !dy_nc_roman_value(c, w, NULL);
}

/* A numeral of I, V, X glued by a hyphen or a period to the noun it numbers ("ХХ-ғасырдың",
 * "ІІ.Тарау"): the hyphen takes any lower-case word that is not a suffix of the ordinal, the
 * period a numbered noun. */
static bool roman_glued_noun(const nctx *c, size_t i)
{
    if (!glued(c, i + 1) || !glued(c, i + 2) || !cyrillic_word(c, i + 2))
        return false;
    if (tok_is(c, i + 1, "."))
        return roman_noun_at(c, i + 2) != 0;
    if (!tok_is(c, i + 1, "-") || starts_upper(c, i + 2) || letters(c, i + 2) < 3)
        return false;
    dy_buf b = {0};
    dy_kk_ordinal_u64(&b, (uint64_t)dy_nc_roman_value(c, i, NULL));
    dy_kk_morph chain[8];
    int n =
        dy_kk_parse_tail_after(dy_nc_last_word(b.data), tstr(c, i + 2), tlen(c, i + 2), chain, 8);
    dy_buf_fini(&b);
    return n < 0; /* "II-нің" is a suffix: dy_nr_roman inflects the ordinal */
}

/* A numeral of I, V, X before any Cyrillic word numbers the phrase it starts ("XXI Азия
 * ойындары", "III дәрежелі", "II рет"). A lone letter only as Latin I or V before a lower-case
 * word ("V класс"): a lone Х or І may be a letter or a variable ("Х мырза"). */
static bool roman_before_word(const nctx *c, size_t i)
{
    size_t w = i + 1;
    if (!spaced(c, w) || !cyrillic_word(c, w))
        return false;
    if (letters(c, i) > 1)
        return true;
    int32_t cp = first_cp(c, i);
    /* a heading in capitals: "I ҚАЗАҚ ХАЛҚЫ ЭТНОГЕНЕЗІНІҢ БАСТАЛУЫ."; inside it after a Cyrillic
     * word, before a word of three letters or more, as a ruler's name ("ӨТIНIП I ПЕТРГЕ ЖАЗҒАН":
     * no Kazakh word is a lone I, and the line has no case to tell a name by) */
    if (c->all_caps)
        return (cp == 'I' || cp == 'V' || cp == 0x0406) &&
               (i == 0 || (spaced(c, i) && cyrillic_word(c, i - 1) && letters(c, w) >= 3));
    return (cp == 'I' || cp == 'V') && !starts_upper(c, w);
}

/* A heading that is only a numeral ("I.", "ІV.") numbers the section that follows. */
static bool roman_heading(const nctx *c, size_t i)
{
    /* also after a colon, closing the line: "Сабақтың барысы: I." */
    return (i == 0 || (tok_is(c, i - 1, ":") && spaced(c, i))) && i + 2 == c->n &&
           tok_is(c, i + 1, ".") && glued(c, i + 1);
}

/* A section label: a numeral with "." or ")" that opens the sentence before a capitalised word
 * ("I. Жалпы ережелер", "ІІ. Қазақ хандығының құрылуы", "III) Қорытынды"), as "1." is in 7.6
 * rule 1. A single Cyrillic letter with a period is an initial ("І. Жансүгіров", section 12
 * rule 2), except in a heading in capitals ("І. ЕЛГЕ КІРЕТІН ОРЫНДАР"). */
static bool roman_label(const nctx *c, size_t i)
{
    /* a numeral in Latin letters before a Kazakh word in small letters is a label too: "II. сен
     * оқисың" (a Cyrillic І before one is as often a pronoun's initial) */
    bool small = i == 0 && is_word(c, 2) && spaced(c, 2) && first_cp(c, 0) < 0x80 &&
                 dy_is_cyrillic(first_cp(c, 2)) && !dy_is_upper(first_cp(c, 2));
    /* a quoted title after it is a section's name: "І. «Қызығушылықты ояту» бөлімі" */
    bool quoted = i == 0 && glued(c, 1) && tok_is(c, 1, ".") && is_punct(c, 2) && spaced(c, 2) &&
                  dy_char_is_quote_open(first_cp(c, 2)) && starts_upper(c, 3) &&
                  (letters(c, 0) > 1 || tok_is(c, 0, "\u0406") || first_cp(c, 0) < 0x80);
    if (quoted)
        return true;
    if (i != 0 || !glued(c, 1) || !(tok_is(c, 1, ".") || tok_is(c, 1, ")")) || !is_word(c, 2) ||
        !(starts_upper(c, 2) || small))
        return false;
    /* a Cyrillic І before a heading's word ("І. Кіріспе", "І.Кіріспе", "І. Жабық тест") */
    bool heading = tok_is(c, 0, "\u0406") && tok_is(c, 1, ".") &&
                   dy_kk_is_heading_word(tstr(c, 2), tlen(c, 2));
    /* or before a heading's line of words with no stop at its end, the word after it no surname
     * ("І. Ғұн қағандығының хақандары"; "І. Жансүгіров" stays an initial) */
    heading |= tok_is(c, 0, "\u0406") && tok_is(c, 1, ".") && spaced(c, 2) && c->n >= 4 &&
               dy_is_cyrillic(first_cp(c, 2)) && !dy_char_surname_like(tstr(c, 2), tlen(c, 2)) &&
               is_word(c, c->n - 1) && !dy_char_surname_like(tstr(c, c->n - 1), tlen(c, c->n - 1));
    if (!spaced(c, 2) && dy_nc_roman_value(c, 2, NULL))
        return false; /* a range typed with a period: "XIX.XX ғасырларда" */
    if (!spaced(c, 2) && letters(c, 0) == 1 && !heading)
        return false; /* the space lost: only before a heading's word */
    if (letters(c, 0) > 1 || !dy_is_cyrillic(first_cp(c, 0)) || (c->all_caps && tok_is(c, 1, ".")))
        return true;
    /* a lone Cyrillic І is an initial ("І. Жансүгіров") unless a heading's word follows it or
     * the next label of a plan follows in the sentence ("І. Кіріспе ІІ. Негізгі бөлім") */
    if (heading)
        return true;
    for (size_t k = 3; tok_is(c, 0, "\u0406") && k + 1 < c->n; k++)
        if (tok_is(c, k, "\u0406\u0406") && tok_is(c, k + 1, ".") && glued(c, k + 1))
            return true;
    return false;
}

/* A numeral before its numbered noun after a spaced dash ("ІІ - тарау", "III – бөлім"). */
static bool roman_dash_noun(const nctx *c, size_t i)
{
    /* also its hyphen glued, then a space: "II- топ" */
    return is_dash(c, i + 1) && (spaced(c, i + 1) || tok_is(c, i + 1, "-")) && spaced(c, i + 2) &&
           roman_noun_at(c, i + 2);
}

/* A numeral of two or more letters after an acronym it numbers ("ҚР ҚК XII."). */
static bool roman_after_acronym(const nctx *c, size_t i)
{
    if (i == 0 || letters(c, i) < 2 || !spaced(c, i) || !is_word(c, i - 1) ||
        letters(c, i - 1) < 2 || !dy_is_cyrillic(first_cp(c, i - 1)) ||
        dy_nc_roman_value(c, i - 1, NULL))
        return false;
    for (size_t k = 0; k < tlen(c, i - 1);) {
        int32_t cp = dy_utf8_next(tstr(c, i - 1), tlen(c, i - 1), &k);
        if (dy_is_letter(cp) && !dy_is_upper(cp))
            return false;
    }
    return true;
}

/* Does the Roman numeral at i have a context of its own (section 12 rule 2)? A numbered noun
 * directly after it; for numerals of I, V, X also after a capitalised adjective or one or two
 * lower-case words ("II облыстық мұғалімдер съезі"). A lone С, М, Л, D only before a century
 * noun ("С тобындағы" is a letter). */
static bool roman_own_context(const nctx *c, size_t i, int v, bool simple)
{
    if (letters(c, i) == 1 && dy_nr_variable_noun(c, i + 1))
        return false; /* the unknown of a sum: "Нақты Х айнымалысын" */
    /* in brackets: before the noun it numbers ("(II) бөлімі") or after a ruler ("Петр (I)") */
    if (i >= 1 && tok_is(c, i - 1, "(") && glued(c, i) && tok_is(c, i + 1, ")") &&
        glued(c, i + 1) &&
        (roman_noun_at(c, i + 2) || (v <= 20 && i >= 2 && is_person_name(c, i - 2))))
        return true;
    int kind = roman_noun_at(c, i + 1);
    if (letters(c, i) == 1 && v >= 50)
        return kind == DY_KK_NOUN_CENTURY;
    if (kind)
        return true;
    if (!simple || latin_before(c, i))
        return false; /* "World War II туралы" */
    if (roman_glued_noun(c, i) || roman_before_word(c, i) || roman_after_acronym(c, i) ||
        roman_heading(c, i) || roman_label(c, i) || roman_dash_noun(c, i))
        return true;
    if (tok_is(c, i + 1, "-") && glued(c, i + 1) && is_word(c, i + 2) && glued(c, i + 2) &&
        ordinal_ending(c, i + 2))
        return true; /* "I-ші орын" */
    /* regnal, values I-XX: after a capitalised name ("Ақбұлақ ІІ шахтасында", "Петр I"), or
     * before one ("І Петр"); a single Cyrillic letter with a period is an initial instead */
    bool initial = letters(c, i) == 1 && dy_is_cyrillic(first_cp(c, i)) && tok_is(c, i + 1, ".");
    if (v <= 20 && !initial &&
        ((i > 0 && is_person_name(c, i - 1) && spaced(c, i)) ||
         (spaced(c, i + 1) && is_person_name(c, i + 1))))
        return true;
    for (size_t k = 1; k <= 2; k++) {
        size_t w = i + k;
        if (!is_word(c, w) || !spaced(c, w) || dy_nc_roman_value(c, w, NULL) ||
            (starts_upper(c, w) && k > 1))
            return false;
        if (roman_noun_at(c, w + 1))
            return true;
        if (starts_upper(c, w))
            return false; /* one capitalised adjective at most */
    }
    return false;
}

/* The value of a numeral of I, V, X at i with "ғ."/"ғғ." glued to it, the space lost
 * ("XVIIғ.", "ІVғғ."), also with no period before a space or a mark ("Б.XIIғ", "А.Xғ"), and
 * "ғ.ғ" for ғғ. ("XI-XIIғ.ғ жататын"); *plural for ғғ., *used the tokens it takes (when not
 * NULL). 0: none. */
static int glued_century_value_n(const nctx *c, size_t i, bool *plural, size_t *used)
{
    static const char G[] = "\xd2\x93"; /* ғ */
    if (!is_word(c, i))
        return 0;
    size_t k = i + 1;
    if (tok_is(c, k, ".") && glued(c, k)) {
        k++;
        if (tok_is(c, k, "\xd2\x93") && glued(c, k) &&
            !(k + 1 < c->n && glued(c, k + 1) && !is_punct(c, k + 1))) {
            k++; /* "ғ.ғ" */
            if (tok_is(c, k, ".") && glued(c, k))
                k++;
        }
    } else if (k < c->n && glued(c, k) && !is_punct(c, k)) {
        return 0;
    }
    const char *s = tstr(c, i);
    size_t n = tlen(c, i), g = 0;
    while (g < 2 && n >= 2 && memcmp(s + n - 2, G, 2) == 0) {
        n -= 2;
        g++;
    }
    bool simple = false;
    int v = g ? dy_nc_roman_of(s, n, &simple) : 0;
    *plural = g == 2 || k - i >= 3;
    if (used)
        *used = k - i;
    return v && simple ? v : 0;
}

static int glued_century_value(const nctx *c, size_t i, bool *plural)
{
    return glued_century_value_n(c, i, plural, NULL);
}

/* A range typed with a period between two numerals ("XV.XVІ ғғ."). */
static bool roman_dot_range(const nctx *c, size_t i)
{
    return tok_is(c, i + 1, ".") && glued(c, i + 1) && glued(c, i + 2) &&
           dy_nc_roman_value(c, i + 2, NULL);
}

/* A context of its own, or coordinated with a numeral that has one ("ІІ және ІІІ орындар",
 * "IX, X сыныптар", "V-IV ғасырлардағы"): recognition spreads back along the chain. */
static bool roman_context(const nctx *c, size_t i, int depth)
{
    bool simple = false;
    int v = dy_nc_roman_value(c, i, &simple);
    if (!v)
        return false;
    if (roman_own_context(c, i, v, simple))
        return true;
    if (!simple || depth > 8)
        return false;
    size_t j = roman_dot_range(c, i) ? 1 : dy_nc_joiner(c, i + 1);
    if (j && is_dash(c, i + 1))
        j += dy_nc_era_at(c, i + 2); /* "ІІ-б.з.ІІ ғ." */
    bool plural;
    return j &&
           (roman_context(c, i + 1 + j, depth + 1) || glued_century_value(c, i + 1 + j, &plural));
}

/* The second end of a Roman range after a hyphen at i + 1 ("ІІ-І ғасырлар", "V-ІVғғ."): a numeral
 * in capitals with a numbered noun after it, or one with "ғғ." glued; so "-І" is no possessive. */
static bool roman_range_end(const nctx *c, size_t i)
{
    size_t k = i + 2;
    bool plural;
    if (!is_dash(c, i + 1) || !is_word(c, k))
        return false;
    if (glued_century_value(c, k, &plural))
        return true;
    for (size_t b = 0; b < tlen(c, k);) {
        int32_t cp = dy_utf8_next(tstr(c, k), tlen(c, k), &b);
        if (!dy_is_upper(cp))
            return false;
    }
    return dy_nc_roman_value(c, k, NULL) && roman_noun_at(c, k + 1);
}

/* After a century numeral at k: "ғ."/"ғғ." said as ғасыр/ғасырдың/ғасырда/ғасырлар, or "т."
 * said as том. Returns the tokens used. */
static size_t century_noun(nctx *c, size_t k, const char *name)
{
    bool plural;
    dy_buf h = {0};
    size_t hy = century_hyphen(c, k, &h);
    if (hy) {
        dy_nc_emit(c, h.data, dy_nc_span_of(c, k, k + hy - 1), name, true);
        dy_buf_fini(&h);
        return hy;
    }
    dy_buf_fini(&h);
    size_t a = century_abbr(c, k, &plural);
    if (a) {
        dy_nc_emit(c, century_form(c, k + a, plural), dy_nc_span_of(c, k, k + a - 1), name, true);
        /* a name after "ғ." goes on ("XV ғ. Қазақ хандығы құрылды"), as after "ж." */
        dy_nc_abbr_period(c, k + a - 1, STOP_OPENER);
        return a;
    }
    if (roman_noun_at(c, k) == DY_KK_NOUN_CENTURY && tok_is(c, k, "т")) {
        dy_nc_emit(c, "том", dy_nc_span_of(c, k, k + 1), name, true); /* III т. -> үшінші том */
        dy_nc_abbr_period(c, k + 1, STOP_CAPITAL);
        return 2;
    }
    return 0;
}

/* Emits the ordinal of value v for the numeral token i. */
static void emit_ordinal(nctx *c, size_t i, int v, const char *name)
{
    dy_buf b = {0};
    dy_kk_ordinal_u64(&b, (uint64_t)v);
    dy_nc_emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
    dy_buf_fini(&b);
}

/* A numeral with "ғ."/"ғғ." glued to it ("XVIIғ. соңы", the second end of "V-ІVғғ."): the
 * ordinal and the century word, a space before them when space. Returns the tokens used (0:
 * none). */
static size_t roman_glued_century(nctx *c, size_t i, const char *name, bool space, bool range)
{
    bool plural;
    size_t used;
    int v = glued_century_value_n(c, i, &plural, &used);
    if (!v)
        return 0;
    dy_buf b = {0};
    dy_kk_ordinal_u64(&b, (uint64_t)v);
    dy_nc_emit_words(c, b.data, tok(c, i)->src, name, space);
    dy_buf_fini(&b);
    dy_nc_emit(c, century_form(c, i + used, plural || range), dy_nc_span_of(c, i, i + used - 1),
               name, true);
    if (used > 1 && tok_is(c, i + used - 1, "."))
        dy_nc_abbr_period(c, i + used - 1, STOP_CAPITAL);
    return used;
}

/* A Latin Y typed for the look-alike Ү (V) in a numeral before a century word ("XY-ғасырдың",
 * "XYI ғасырда"): only there, since Y is no Roman digit. Returns the tokens used (0: none). */
static size_t roman_y_century(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || tlen(c, i) > 16 || !memchr(tstr(c, i), 'Y', tlen(c, i)))
        return 0;
    bool hyphen = tok_is(c, i + 1, "-") && glued(c, i + 1) && glued(c, i + 2);
    if (!dy_nc_is_century_word(c, i + (hyphen ? 2 : 1)) || (!hyphen && !spaced(c, i + 1)))
        return 0;
    char v[16];
    memcpy(v, tstr(c, i), tlen(c, i));
    for (size_t k = 0; k < tlen(c, i); k++)
        v[k] = v[k] == 'Y' ? 'V' : v[k];
    bool simple = false;
    int value = dy_nc_roman_of(v, tlen(c, i), &simple);
    if (!value || !simple)
        return 0;
    emit_ordinal(c, i, value, name);
    return hyphen ? 2 : 1;
}

/* Section 12: a Roman numeral (Latin or Cyrillic look-alikes) with a context is an ordinal:
 * "Ү съезінде" -> бесінші съезінде, "ХІХ ғасырда" -> он тоғызыншы ғасырда, "XX ғ." ->
 * жиырмасыншы ғасыр, "XIX–XX ғғ." -> он тоғызыншы - жиырмасыншы ғасырлар. */
/* The valency of an element in brackets, before the compound it names or after its symbol:
 * "темір (III) хлориді", "Fe(III) ионы" -> (үш): a cardinal (the spec is silent; a chemistry
 * class reads the number). Returns its value, or 0. */
static int valency(const nctx *c, size_t i)
{
    static const char *const COMPOUNDS[] = {"оксид",     "хлорид",   "сульфат", "сульфид", "нитрат",
                                            "гидроксид", "карбонат", "фосфат",  "бромид",  "иодид",
                                            "фторид",    "ион",      "тұз"};
    if (i == 0 || !tok_is(c, i - 1, "(") || !glued(c, i) || !tok_is(c, i + 1, ")") ||
        !glued(c, i + 1))
        return 0;
    int v = dy_nc_roman_value(c, i, NULL);
    if (v < 1 || v > 8)
        return 0;
    bool symbol = i >= 2 && glued(c, i - 1) && is_word(c, i - 2) &&
                  dy_kk_chemical_element(tstr(c, i - 2), tlen(c, i - 2));
    bool compound = false;
    for (size_t s = 0; s < COUNT(COMPOUNDS) && !compound; s++)
        compound = dy_nc_word_starts(c, i + 2, COMPOUNDS[s]);
    return symbol || compound ? v : 0;
}

size_t dy_nr_roman(nctx *c, size_t i, const char *name)
{
    int val = valency(c, i);
    if (val) {
        dy_buf b = {0};
        dy_kk_cardinal_u64(&b, (uint64_t)val);
        dy_nc_emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 1;
    }
    if (i >= 2 && tok_is(c, i - 1, "/") && glued(c, i - 1) && glued(c, i) && is_word(c, i - 2) &&
        letters(c, i - 2) == 1 && letters(c, i) == 1)
        return 0; /* a variable of a formula: "m/V" */
    int v = dy_nc_roman_value(c, i, NULL);
    if (!v) {
        size_t used = roman_glued_century(c, i, name, tok(c, i)->space_before, false);
        return used ? used : roman_y_century(c, i, name);
    }
    bool plural_h;
    if (tok_is(c, i + 1, "-") && glued(c, i + 1) && glued(c, i + 2) &&
        century_abbr(c, i + 2, &plural_h)) { /* "VII-ғ. Жетісуда": the hyphen of "VII-ғасыр" */
        emit_ordinal(c, i, v, name);
        return 2 + century_noun(c, i + 2, name);
    }
    int v_end = is_dash(c, i + 1) && glued(c, i + 1) && glued(c, i + 2)
                    ? dy_nc_roman_value(c, i + 2, NULL)
                    : 0;
    if (v_end > v && tok_is(c, i + 3, "-") && glued(c, i + 3) && glued(c, i + 4) &&
        century_abbr(c, i + 4, &plural_h)) { /* "(VI-XIII-ғ.)": a range, the centuries */
        emit_ordinal(c, i, v, name);
        dy_nc_emit(c, "-", tok(c, i + 1)->src, name, true);
        dy_buf e = {0};
        dy_kk_ordinal_u64(&e, (uint64_t)v_end);
        dy_nc_emit_words(c, e.data, tok(c, i + 2)->src, name, true);
        dy_buf_fini(&e);
        size_t a = century_abbr(c, i + 4, &plural_h);
        dy_nc_emit(c, "ғасырлар", dy_nc_span_of(c, i + 3, i + 3 + a), name, true);
        dy_nc_abbr_period(c, i + 3 + a, STOP_OPENER);
        return 4 + a;
    }
    if (v <= 20 && tok_is(c, i + 1, "-") && glued(c, i + 1) && glued(c, i + 2) &&
        is_person_name(c, i + 2) && !roman_noun_at(c, i + 2) && !roman_range_end(c, i) &&
        !glued_century_value(c, i + 2, &plural_h) && letters(c, i + 2) >= 3) {
        /* a ruler's numeral joined to the name by a hyphen: "I-Дарий" -> Бірінші Дарий */
        dy_buf r = {0}, cap = {0};
        dy_kk_ordinal_u64(&r, (uint64_t)v);
        size_t k = 0;
        dy_buf_put_cp(&cap, dy_to_upper(dy_utf8_next(r.data, r.len, &k)));
        dy_buf_puts(&cap, r.data + k);
        dy_nc_emit_words(c, cap.data, dy_nc_span_of(c, i, i + 1), name, tok(c, i)->space_before);
        dy_buf_fini(&r);
        dy_buf_fini(&cap);
        return 2;
    }
    /* a numeral of two or three Cyrillic І is no word and no acronym: an ordinal wherever it
     * stands ("Негізгі бөлім ІІІ." of a plan whose next item the splitter cut off) */
    bool strokes = tok_is(c, i, "\u0406\u0406") || tok_is(c, i, "\u0406\u0406\u0406");
    if (!roman_context(c, i, 0) && !strokes)
        return 0;
    dy_buf b = {0};
    dy_kk_ordinal_u64(&b, (uint64_t)v);
    size_t used = 1;
    dy_kk_morph chain[8];
    int n = -1;
    if (tok_is(c, i + 1, "-") && glued(c, i + 1) && is_word(c, i + 2) && glued(c, i + 2) &&
        !roman_range_end(c, i)) {
        size_t skip = ordinal_ending(c, i + 2); /* "I-ші", "XX-шы ғасыр": said once */
        n = skip == tlen(c, i + 2)
                ? 0
                : dy_kk_parse_tail_after(dy_nc_last_word(b.data), tstr(c, i + 2) + skip,
                                         tlen(c, i + 2) - skip, chain, 8);
    }
    if (n < 0 && roman_glued_noun(c, i)) { /* "ХХ-ғасырдың", "ІІ.Тарау": the mark is dropped */
        dy_nc_emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 2;
    }
    if (n >= 0) { /* "Николай II-нің" -> Николай екіншінің (the suffix on the ordinal) */
        dy_buf inflected = {0};
        dy_nc_put_inflected(&inflected, b.data, chain, n);
        dy_nc_emit_words(c, inflected.data, dy_nc_span_of(c, i, i + 2), name,
                         tok(c, i)->space_before);
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
    dy_nc_emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
    if (roman_label(c, i)) { /* "II. Жалпы ережелер" -> екінші. Жалпы ережелер: a heading's stop */
        dy_nc_emit(c, tok_is(c, i + 1, ".") ? "." : ",", tok(c, i + 1)->src, name, false);
        if (!spaced(c, i + 2))
            c->prev = P_WORD; /* the heading's word after its stop, spaced: "І.Кіріспе" */
        dy_buf_fini(&b);
        return 2;
    }
    if (roman_dash_noun(c, i)) { /* "ІІ - тарау" -> екінші тарау: the dash is no pause */
        dy_buf_fini(&b);
        return 2 + century_noun(c, i + 2, name);
    }
    int v2;
    bool plural;
    size_t era = is_dash(c, i + 1) ? dy_nc_era_at(c, i + 2) : 0;
    if (era && dy_nc_roman_value(c, i + 2 + era, NULL)) {
        /* "ІІ-б.з.ІІ ғ.": the era mark and the second end are read after the pause */
        dy_nc_emit(c, "-", tok(c, i + 1)->src, name, true);
        c->prev = P_WORD; /* the era mark after it is spaced: " - біздің" */
        dy_buf_fini(&b);
        return 2;
    }
    if (is_dash(c, i + 1) && glued_century_value(c, i + 2, &plural)) {
        dy_nc_emit(c, "-", tok(c, i + 1)->src, name, true); /* "V-ІVғғ." */
        dy_buf_fini(&b);
        return 2 + roman_glued_century(c, i + 2, name, true, true);
    }
    if ((is_dash(c, i + 1) || roman_dot_range(c, i)) &&
        (v2 = dy_nc_roman_value(c, i + 2, NULL)) != 0) {
        dy_nc_emit(c, "-", tok(c, i + 1)->src, name, true); /* a range (section 11) */
        dy_buf_clear(&b);
        dy_kk_ordinal_u64(&b, (uint64_t)v2);
        dy_nc_emit_words(c, b.data, tok(c, i + 2)->src, name, true);
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
        dy_nc_emit(c, h.data, dy_nc_span_of(c, k, k + hy - 1), name, true);
    dy_buf_fini(&h);
    return hy;
}

/* Section 12 rule 5: Arabic digits before "ғ."/"ғғ.", "ғ-дың" or a form of ғасыр are a century,
 * an ordinal ("20 ғасыр", "10 ғ-дан" -> оныншы ғасырдан), unless a duration word follows ("3 ғасыр
 * бойы"). */
size_t dy_nr_century(nctx *c, size_t i, const char *name)
{
    bool plural;
    /* after a word that qualifies a century, no number: "Орта ғ. мұраларындағы" (the Middle Ages),
     * "өткен ғ-дың" -> орта ғасыр, өткен ғасырдың */
    static const char *const QUALIFIER[] = {"орта", "өткен", "келесі", "осы", "соңғы", "алдыңғы"};
    if (is_word(c, i) && dy_nc_word_in(c, i, QUALIFIER, COUNT(QUALIFIER)) && spaced(c, i + 1) &&
        (tok_is(c, i + 1, "ғ") || tok_is(c, i + 1, "ғғ"))) {
        dy_buf h = {0};
        size_t hy = century_hyphen(c, i + 1, &h);
        dy_buf_fini(&h);
        if (hy || century_abbr(c, i + 1, &plural)) {
            dy_buf w = {0};
            dy_buf_append(&w, tstr(c, i), tlen(c, i));
            dy_nc_emit(c, w.data, tok(c, i)->src, name, tok(c, i)->space_before);
            dy_buf_fini(&w);
            return 1 + century_noun(c, i + 1, name);
        }
    }
    if (!is_num(c, i) || tlen(c, i) > 2)
        return 0;
    dy_buf h = {0}; /* also its ending after a hyphen: "10 ғ-дың", "10 ғ-дан" */
    size_t hy = century_hyphen(c, i + 1, &h);
    dy_buf_fini(&h);
    if (century_abbr(c, i + 1, &plural) || hy) {
        dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
        return 1 + century_noun(c, i + 1, name);
    }
    bool millennium = dy_nc_era_before(c, i) && dy_nc_word_starts(c, i + 1, "мыңжылдық");
    if (!(dy_nc_is_century_word(c, i + 1) || millennium) ||
        (is_word(c, i + 2) && dy_kk_is_duration_word(tstr(c, i + 2), tlen(c, i + 2))))
        return 0;
    dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
    return 1;
}

/* How the range whose first end is at i is read, from what follows its second end (i + 2). */
typedef struct range_read {
    size_t used;       /* tokens of the range, its suffix and its year or century abbreviation */
    bool ordinal;      /* both ends ordinal */
    const char *after; /* a year or century word said once, after the second end */
    dy_kk_morph chain[8];
    int nchain; /* the suffix chain of the second end */
} range_read;

/* Section 11: both ends ordinal before a month, a year or century word, a noun after a hyphen or
 * the days of a month in the genitive ("сәуірдің 23-27 күндері", 10.2); otherwise cardinal. Fills
 * r for the range at i. */
static void range_tail(const nctx *c, size_t i, range_read *r)
{
    size_t k = i + 3, a;
    bool plural;
    uint64_t v1 = dy_nc_num_value(c, i), v2 = dy_nc_num_value(c, i + 2);
    if (tlen(c, i) == 4 && tlen(c, i + 2) <= 2 && v1 >= 1000 && v1 <= 2100)
        v2 += v1 / 100 * 100; /* a shortened second year: "1884-86 жылдардан" is 1886 */
    r->used = 3;
    r->ordinal = false;
    r->after = NULL;
    r->nchain = 0;
    if (tok_is(c, k, "-") && glued(c, k) && is_word(c, k + 1) && glued(c, k + 1)) {
        dy_buf card = {0};
        dy_nc_say_number(c, i + 2, NULL, 0, &card);
        r->nchain = dy_kk_parse_tail_after(dy_nc_last_word(dy_buf_str(&card)), tstr(c, k + 1),
                                           tlen(c, k + 1), r->chain, 8);
        dy_buf_fini(&card);
        if (r->nchain >= 0) {
            r->ordinal = r->nchain > 0 && r->chain[0] == DY_KK_ORD; /* "5-6-шы" */
            r->used = 5;
        } else {
            r->nchain = 0;
            r->ordinal =
                (!dy_nc_is_year_word(c, k + 1) || dy_nc_year_word_calendar(c, k + 1, v2)) &&
                !dy_kk_is_measure_word(tstr(c, k + 1), tlen(c, k + 1)); /* "12-23-аязға" */
            r->used = 4; /* "1920-30-жылдары": the noun itself is read by the word rule */
        }
    } else if ((a = dy_nc_year_abbr(c, k, &plural))) {
        r->ordinal = true;
        r->after = dy_nc_plural_year_form(c, k + a);
        r->used = 3 + a;
    } else if ((a = century_abbr(c, k, &plural))) {
        r->ordinal = true;
        r->after = century_form(c, k + a, plural);
        r->used = 3 + a;
    } else if (century_hyphen(c, k, NULL)) {
        r->ordinal = true; /* "8–9 ғ-лардағы": the noun is read by century_noun below */
    } else if (is_word(c, k)) {
        size_t stem;
        bool days = i > 0 && dy_nc_is_genitive_month(c, i - 1) && dy_nc_is_day_word(c, k) &&
                    v2 <= 31; /* "сәуірдің 23-27 күндері" */
        r->ordinal =
            days || dy_kk_month(tstr(c, k), tlen(c, k), &stem) ||
            dy_nc_year_word_calendar(c, k, v2) ||
            /* "б.з.б. 3 – 2 мыңжылдықтар": millennia dated by an era mark */
            (dy_nc_era_before(c, i) && dy_nc_word_starts(c, k, "мыңжылдық")) ||
            (dy_nc_is_century_word(c, k) &&
             !(is_word(c, k + 1) && dy_kk_is_duration_word(tstr(c, k + 1), tlen(c, k + 1))));
    }
}

/* A range typed tight at i ("3-4", "1992–2006"). */
static bool tight_range_at(const nctx *c, size_t i)
{
    return is_num(c, i) && is_dash(c, i + 1) && glued(c, i + 1) && is_num(c, i + 2) &&
           glued(c, i + 2) && tlen(c, i) <= 15 && tlen(c, i + 2) <= 15 &&
           !(is_dash(c, i + 3) && glued(c, i + 3) && is_num(c, i + 4));
}

/* Ranges coordinated by a comma or a conjunction share the noun of the last ("1-2, 3-4-орындар",
 * "1945-1992 және 1992-2006 жылдары"): is a range after the one that ends at i + 2 read as
 * ordinals? */
static bool coordinated_ordinal(const nctx *c, size_t i)
{
    for (int hops = 0; hops < 8; hops++) {
        size_t j = dy_nc_joiner(c, i + 3);
        if (!j || is_dash(c, i + 3) || !tight_range_at(c, i + 3 + j))
            return false;
        i += 3 + j;
        range_read r;
        range_tail(c, i, &r);
        if (r.ordinal || (r.used == 3 && dy_nr_range_before_doc_noun(c, i)))
            return true; /* "2-4 және 5-7 сыныптар" */
        if (r.used != 3)
            return false;
    }
    return false;
}

/* Three or more numbers joined by hyphens ("52-1-2", a boxer's wins, losses and draws): each a
 * cardinal, with a short pause between; all ordinals before a noun that makes a range ordinal
 * ("1-2-3 сыныптарда"). Returns the tokens used (0: none). */
static size_t number_record(nctx *c, size_t i, const char *name)
{
    size_t k = i;
    while (is_dash(c, k + 1) && glued(c, k + 1) && is_num(c, k + 2) && glued(c, k + 2) &&
           tlen(c, k + 2) <= 3)
        k += 2;
    /* the noun glued by the hyphen of an ordinal to the last: "8-9-10-кластарға" */
    bool noun = tok_is(c, k + 1, "-") && glued(c, k + 1) && is_word(c, k + 2) && glued(c, k + 2);
    if (k < i + 4 || tlen(c, i) > 3 || (is_word(c, k + 1) && glued(c, k + 1)) ||
        (is_punct(c, k + 1) && glued(c, k + 1) && !tok_is(c, k + 1, ",") &&
         !tok_is(c, k + 1, ")") && !noun))
        return 0;
    range_read r; /* "1-2-3 сыныптарда": the noun after the last pair makes them all ordinals */
    range_tail(c, k - 2, &r);
    if (r.used == 3 && !r.ordinal && dy_nr_range_before_doc_noun(c, k - 2))
        r.ordinal = true; /* "8-9-10 сыныптарда" */
    if (r.used != 3 && !(noun && r.used == 4))
        return 0;
    dy_buf b = {0};
    for (size_t j = i; j <= k; j += 2) {
        if (j > i)
            dy_buf_puts(&b, " - ");
        dy_nc_say_number(c, j, r.ordinal ? ORD : NULL, r.ordinal ? 1 : 0, &b);
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, noun ? k + 1 : k), name,
                     tok(c, i)->space_before);
    dy_buf_fini(&b);
    return noun ? k + 2 - i : k + 1 - i; /* the noun itself is read by the word rule */
}

/* Section 11: "5-12 желтоқсанда", "1941–1945 жж.", "б.з.б. 6 – 3 ғасырларда",
 * "1920-30-жылдары", "10-15-тен": both ends ordinal before a month, a year or century word or a
 * noun after a hyphen; otherwise cardinal (a suffix goes on the second end only). The dash is
 * said as a short pause " - ". */
size_t dy_nr_range(nctx *c, size_t i, const char *name)
{
    /* "1521.1538 жылдар": a point typed for the dash between two years before a year word */
    bool dotted = tlen(c, i) == 4 && dy_nc_glued_sep(c, i + 1, ".") && is_num(c, i + 2) &&
                  tlen(c, i + 2) == 4 && dy_nc_num_value(c, i) >= 1000 &&
                  dy_nc_num_value(c, i + 2) <= 2100 &&
                  dy_nc_num_value(c, i + 2) > dy_nc_num_value(c, i) && spaced(c, i + 3) &&
                  dy_nc_is_year_word(c, i + 3);
    /* so between two decades: "ХХ ғасырдың 50.90 жылдарындағы" (елуінші - тоқсаныншы) */
    dotted |= tlen(c, i) == 2 && dy_nc_glued_sep(c, i + 1, ".") && is_num(c, i + 2) &&
              tlen(c, i + 2) == 2 && dy_nc_num_value(c, i) % 10 == 0 &&
              dy_nc_num_value(c, i + 2) % 10 == 0 &&
              dy_nc_num_value(c, i + 2) > dy_nc_num_value(c, i) && spaced(c, i + 3) &&
              dy_nc_word_starts(c, i + 3, "жылдар");
    if (!is_num(c, i) || !(is_dash(c, i + 1) || dotted) || !is_num(c, i + 2) || tlen(c, i) > 15 ||
        tlen(c, i + 2) > 15)
        return 0;
    bool tight = glued(c, i + 1) && glued(c, i + 2);
    /* a stray space on one side of an en or em dash ("1941 –1945") is still a range */
    bool loose = (spaced(c, i + 1) && spaced(c, i + 2)) ||
                 (!tok_is(c, i + 1, "-") && spaced(c, i + 1) != spaced(c, i + 2));
    if (!(tight || loose) || (i > 0 && (tok_is(c, i - 1, ",") || tok_is(c, i - 1, ".")) &&
                              glued(c, i) && is_num(c, i - 2)))
        return 0;
    if ((tok_is(c, i + 3, ",") || tok_is(c, i + 3, ".")) && glued(c, i + 3) && is_num(c, i + 4) &&
        glued(c, i + 4))
        return 0; /* a decimal second end: not handled as a range */
    if (tight) {
        size_t rec = number_record(c, i, name);
        if (rec)
            return rec;
    }
    range_read r;
    range_tail(c, i, &r);
    if (!r.ordinal && r.used == 3 && tight)
        r.ordinal = coordinated_ordinal(c, i);
    size_t used = r.used;
    dy_nc_emit_number(c, i, r.ordinal ? ORD : NULL, r.ordinal ? 1 : 0, tok(c, i)->src, name);
    dy_nc_emit(c, "-", tok(c, i + 1)->src, name, true);
    dy_buf b = {0};
    if (r.nchain > 0)
        dy_nc_say_number(c, i + 2, r.chain, r.nchain, &b);
    else
        dy_nc_say_number(c, i + 2, r.ordinal ? ORD : NULL, r.ordinal ? 1 : 0, &b);
    dy_span src2 =
        r.after || r.nchain > 0 ? dy_nc_span_of(c, i + 2, i + used - 1) : tok(c, i + 2)->src;
    dy_nc_emit_words(c, b.data, src2, name, true);
    dy_buf_fini(&b);
    if (r.after) {
        bool plural;
        dy_nc_emit(c, r.after, src2, name, true);
        dy_nc_abbr_period(c, i + used - 1,
                          dy_nc_year_abbr(c, i + 3, &plural) ? STOP_OPENER : STOP_CAPITAL);
    }
    if (used == 3)
        used += century_noun_hyphen(c, i + 3, name);
    return used;
}
