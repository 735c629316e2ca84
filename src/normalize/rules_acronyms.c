/* Rules for acronyms (normalize stage, rule table in normalize.c): said in full from
 * acronyms.tsv (with a written suffix rebuilt on the full name, the genitive before a possessed
 * noun), as a word, or letter by letter (section 20); the mixed forms ("ҚазҰУ"); weekday pairs of
 * opening hours ("ДС-ЖМ"); a Roman numeral in a line of capitals. Split from rules_words.c, which
 * keeps abbreviations with periods, scale words and every other word. */
#include "normalize/rules.h"

#include <string.h>
#include <uchar.h>

#include "kk/tables.h"
#include "normalize/context.h"
#include "text/chars.h"

/* Is cp a voiced obstruent (б в г ғ д ж з), 1, a voiceless one (п ф к қ т с ш х ц ч щ), -1, or
 * neither, 0? */
static int voicing(int32_t cp)
{
    static const char32_t VOICED[] = U"бвгғджз";
    static const char32_t VOICELESS[] = U"пфкқтсшхцчщ";
    int32_t lo = dy_to_lower(cp);
    for (size_t k = 0; VOICED[k]; k++)
        if (lo == (int32_t)VOICED[k])
            return 1;
    for (size_t k = 0; VOICELESS[k]; k++)
        if (lo == (int32_t)VOICELESS[k])
            return -1;
    return 0;
}

/* Is the pair of consonants a at the start of a loanword, before its vowel ("СТАР", "ПРОБЛЕМА",
 * "КЛАСС", "СПОРТ")? */
static bool loan_onset(int32_t a, int32_t b)
{
    static const char *const ONSETS[] = {"ст", "сп", "ск", "пр", "тр", "кр", "бр", "гр", "др",
                                         "фр", "пл", "кл", "бл", "гл", "фл", "шт", "сл"};
    char pair[8];
    size_t n = dy_utf8_encode(dy_to_lower(a), pair);
    n += dy_utf8_encode(dy_to_lower(b), pair + n);
    for (size_t k = 0; k < COUNT(ONSETS); k++)
        if (strlen(ONSETS[k]) == n && !memcmp(ONSETS[k], pair, n))
            return true;
    return false;
}

/* Section 20.1 rule 4: does an all-caps token have the shape of Kazakh syllables? Also, in a
 * token of up to four letters, no two obstruents of different voicing meet ("ОГПУ": a word
 * would say гп, which Kazakh assimilates; НАТО passes). A loanword's onset of two consonants
 * ("СТАР") and Я, Ю after a vowel ("ХИМИЯ": their й is a consonant) keep the shape. */
static bool syllable_shape(const int32_t *cps, size_t n)
{
    for (size_t i = 0; n <= 4 && i + 1 < n; i++) /* longer: a loanword (ФУТБОЛ, ЭКЗАМЕН) */
        if (voicing(cps[i]) * voicing(cps[i + 1]) < 0)
            return false;
    bool vowel[8];
    for (size_t i = 0; i < n; i++) {
        vowel[i] = dy_nc_is_vowel(cps[i]);
        if (dy_to_upper(cps[i]) == 0x0423) /* У: a vowel unless a neighbour is a vowel */
            vowel[i] = !((i > 0 && dy_nc_is_vowel(cps[i - 1])) ||
                         (i + 1 < n && dy_nc_is_vowel(cps[i + 1])));
    }
    if (n >= 2 && !vowel[0] && !vowel[1] && !(n >= 4 && vowel[2] && loan_onset(cps[0], cps[1])))
        return false; /* "СТО." (сын тұрғысынан ойлау) stays spelled */
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t up = dy_to_upper(cps[i]);
        bool glide = up == 0x042F || up == 0x042E; /* Я, Ю */
        if (i > 0 && vowel[i] && vowel[i - 1] && !glide)
            return false;
        run = vowel[i] ? 0 : run + 1;
        if (run >= 3)
            return false;
    }
    return run <= 2;
}

/* The noun whose possessive is `poss`, from its stem without the possessive ending (in *stem):
 * a stem that lost its last vowel (4.4: орны <- орын, халқы <- халық) gets it back, checked by
 * rebuilding the possessive. */
static void elided_stem(dy_buf *stem, const char *poss)
{
    size_t p = stem->len;
    int32_t c2 = dy_utf8_prev(dy_buf_str(stem), &p);
    size_t p1 = p;
    int32_t c1 = p ? dy_utf8_prev(dy_buf_str(stem), &p1) : -1;
    if (c1 < 0 || dy_nc_is_vowel(c1) || dy_nc_is_vowel(c2))
        return;
    bool front = false;
    for (size_t k = 0; k < stem->len;) {
        int32_t cp = dy_utf8_next(stem->data, stem->len, &k);
        front |= cp == 0x04D9 || cp == 0x0435 || cp == 0x0456 || cp == 0x04E9 || cp == 0x04AF;
    }
    dy_buf full = {0};
    dy_buf_append(&full, stem->data, p);
    dy_buf_puts(&full, front ? "і" : "ы");
    dy_buf_append(&full, stem->data + p, stem->len - p);
    dy_buf check = {0};
    static const dy_kk_morph POSS[] = {DY_KK_POSS3};
    dy_kk_inflect(&check, dy_buf_str(&full), POSS, 1);
    if (strcmp(dy_buf_str(&check), poss) == 0) {
        dy_buf_clear(stem);
        dy_buf_puts(stem, dy_buf_str(&full));
    }
    dy_buf_fini(&check);
    dy_buf_fini(&full);
}

/* Section 20.3 (genitive): is the word after the acronym at i a possessed noun it governs
 * ("ҰҒА академигі", "ҰҒА корреспондент мүшесі", "ҰҒА корр. мүшесі"; possessed_nouns.tsv)? */
static bool possessed_after(const nctx *c, size_t i)
{
    size_t k = i + 1;
    if (!is_word(c, k) || !spaced(c, k) || !dy_is_cyrillic(first_cp(c, k)))
        return false;
    if (dy_kk_is_possessed_noun(tstr(c, k), tlen(c, k), true)) {
        /* "корр. мүшесі", and the hyphen of "корреспондент-мүшесі" */
        bool hyphen = tok_is(c, k + 1, "-") && glued(c, k + 1) && glued(c, k + 2);
        k += (tok_is(c, k + 1, ".") && glued(c, k + 1)) || hyphen ? 2 : 1;
        if (!is_word(c, k) || (!spaced(c, k) && !hyphen))
            return false;
    }
    const char *w = tstr(c, k);
    size_t p = tlen(c, k);
    if (!dy_kk_is_possessed_noun(w, p, false))
        return false;
    /* not before a genitive: Kazakh avoids two in a row ("ҚР Президентінің Жарлығы" ->
     * Қазақстан Республикасы Президентінің) */
    size_t len = p;
    for (int back = 0; back < 3 && p > 0; back++)
        dy_utf8_prev(w, &p);
    char tail[16] = {0};
    memcpy(tail, w + p, len - p < 15 ? len - p : 15);
    return !dy_nc_is_genitive_ending(tail);
}

/* A possessive written for the acronym's full name when that ends in к/қ (20.1, 18.1: "ЖШС-гі"
 * for серіктестігі, "-ғы" for орталығы, одағы, "ЖШС-гінің", "-гіне"), which the tail parser
 * takes for the attributive -гі or cannot parse: without its г/ғ/к/қ the tail is a possessive
 * chain (і, інің, іне) that is rebuilt on the spoken last word (жэ ша эс -> эсі). The chain in
 * chain[1..], its length returned; n (the first parse) when the tail is not such. A full name
 * that already ends in a possessive -ы/-і keeps the first parse. */
static int velar_possessive(const nctx *c, size_t t, const char *words, dy_kk_morph *chain, int n)
{
    if (!is_word(c, t) || !glued(c, t)) /* "ЖШС-" at the end of the sentence: no tail at all */
        return n;
    const char *s = tstr(c, t), *last = dy_nc_last_word(words);
    size_t len = tlen(c, t), k = 0, p = strlen(last);
    int32_t g = dy_to_lower(dy_utf8_next(s, len, &k));
    size_t rest = k;
    int32_t v = k < len ? dy_to_lower(dy_utf8_next(s, len, &k)) : 0;
    int32_t l1 = p ? dy_utf8_prev(last, &p) : 0;
    if ((g != 0x0433 && g != 0x0493 && g != 0x043A && g != 0x049B) ||
        (v != 0x044B && v != 0x0456) || ((l1 == 0x044B || l1 == 0x0456) && strchr(words, ' ')))
        return n;
    dy_kk_morph again[8];
    int m = dy_kk_parse_tail_after(last, s + rest, len - rest, again + 1, 7);
    if (m <= 0 || again[1] != DY_KK_POSS3)
        return n;
    memcpy(chain + 1, again + 1, (size_t)m * sizeof *chain);
    return m;
}

/* Emits an acronym's reading (words), with a written suffix rebuilt on its last word ("ҚР-дың"
 * -> Қазақстан Республикасының, "ТМД -ға", "ЕО-ға" -> Еуропалық Одаққа; 20.1, 20.3). A full name
 * ending in a possessive (Республикасы, Ұйымы) takes the post-possessive forms. */
static size_t acronym_words(nctx *c, size_t i, const char *words, const char *name)
{
    size_t k = i + 1;
    /* an ending that is no word, typed after a spaced dash: "ҚР - дың" */
    bool apart = is_dash(c, k) && spaced(c, k) && spaced(c, k + 1) &&
                 dy_nc_is_loose_ending(c, k + 1) && !(glued(c, k + 2) && !is_punct(c, k + 2));
    if (tok_is(c, k, "-") && spaced(c, k) && is_word(c, k + 1) && glued(c, k + 1))
        ; /* a stray space before the hyphen (7.1 step 6) */
    else if (!(tok_is(c, k, "-") && glued(c, k)) && !apart)
        k = SIZE_MAX;
    dy_kk_morph chain[8];
    int n = -1;
    if (k != SIZE_MAX && is_word(c, k + 1) && (glued(c, k + 1) || apart) &&
        dy_is_cyrillic(first_cp(c, k + 1)))
        n = dy_kk_parse_tail_after(dy_nc_last_word(words), tstr(c, k + 1), tlen(c, k + 1),
                                   chain + 1, 7);
    if (k != SIZE_MAX && (n < 0 || chain[1] == DY_KK_ATTR))
        n = velar_possessive(c, k + 1, words, chain, n);
    bool genitive = n < 0 && possessed_after(c, i);
    if (n < 0 && !genitive) {
        dy_nc_emit_words(c, words, tok(c, i)->src, name, tok(c, i)->space_before);
        return 1;
    }
    if (genitive) { /* "ҰҒА академигі" -> Ұлттық ғылым академиясының академигі */
        chain[1] = DY_KK_GEN;
        n = 1;
        k = i - 1; /* the span and the count: the acronym alone */
    }
    const char *last = dy_nc_last_word(words);
    size_t lastlen = strlen(last);
    dy_buf b = {0};
    dy_buf_append(&b, words, (size_t)(last - words));
    size_t p = lastlen, q = 0;
    int32_t l1 = dy_utf8_prev(last, &p);
    int32_t w0 = dy_utf8_next(words, strlen(words), &q);
    /* a full name (several words, capitalised or ending in a word longer than a letter's name:
     * "жоғары оқу орны") ending in a possessive -ы/-і */
    bool poss_shape = strchr(words, ' ') && (dy_is_upper(w0) || dy_utf8_count(last, lastlen) > 2) &&
                      (l1 == 0x044B || l1 == 0x0456);
    if (poss_shape && n > 1 && chain[1] == DY_KK_POSS3) {
        /* "ҚҚС-н": the parser put a possessive before the ending that follows one; the full
         * name already has it (салығы -> салығын, not *салығысын) */
        memmove(chain + 1, chain + 2, (size_t)(n - 1) * sizeof *chain);
        n--;
    }
    bool poss = poss_shape && !(n > 0 && chain[1] == DY_KK_POSS3);
    if (genitive && !poss) { /* a name that is no possessive ("Еуропалық Одақ президенті") */
        dy_buf_fini(&b);
        dy_nc_emit_words(c, words, tok(c, i)->src, name, tok(c, i)->space_before);
        return 1;
    }
    if (poss) { /* Республикасы -> Республика + POSS3 + case */
        size_t cut = p;
        size_t r = p;
        int32_t l2 = r ? dy_utf8_prev(last, &r) : -1;
        size_t r2 = r;
        int32_t l3 = r2 ? dy_utf8_prev(last, &r2) : -1;
        if ((l2 == 0x0441) && dy_nc_is_vowel(l3))
            cut = r; /* -сы after a vowel */
        dy_buf stem = {0};
        dy_buf_append(&stem, last, cut);
        if (n > 0 && chain[1] == DY_KK_PLURAL) { /* the plural comes first: Ұйымдары, орындары */
            elided_stem(&stem, last);
            chain[0] = DY_KK_PLURAL;
            chain[1] = DY_KK_POSS3;
        } else {
            chain[0] = DY_KK_POSS3;
        }
        dy_kk_inflect(&b, dy_buf_str(&stem), chain, (size_t)n + 1);
        dy_buf_fini(&stem);
    } else {
        dy_kk_inflect(&b, last, chain + 1, (size_t)n);
    }
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, k + 1), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return k + 2 - i;
}

/* Section 20.1 rule 3, mixed case (cps[0..n), n <= 7): a capital with its lower-case letters is
 * a word; a run of capitals after it joins that word when the run has the shape of a syllable
 * with a vowel ("ҚазҰУ" -> қазұу, "ҚазМҰУ" -> қазмұу), else it is spelled by letter names
 * ("ҚазССР" -> қаз эс эс эр: eSpeak cannot say "қазсср" as a word). */
static size_t acronym_words_mixed(nctx *c, size_t i, const int32_t *cps, size_t n, const char *name)
{
    dy_buf out = {0};
    bool word = false; /* the last part said is a word (a run of capitals may join it) */
    for (size_t j = 0; j < n;) {
        size_t e = j + 1;
        if (e < n && !dy_is_upper(cps[e])) { /* "Қаз": a capital and its lower-case letters */
            while (e < n && !dy_is_upper(cps[e]))
                e++;
            word = false;
            for (size_t q = j; q < e; q++)
                word |= dy_nc_is_vowel(cps[q]) || dy_to_upper(cps[q]) == 0x0423; /* У */
            for (size_t q = j; q < e; q++) { /* "Тж" of "ТжКОББ" is no word: its letters */
                if (out.len && (!word || q == j))
                    dy_buf_putc(&out, ' ');
                if (word)
                    dy_buf_put_cp(&out, dy_to_lower(cps[q]));
                else
                    dy_buf_puts(&out, dy_kk_letter_name(dy_to_upper(cps[q])));
            }
            j = e;
            continue;
        }
        while (e < n && dy_is_upper(cps[e]) && !(e + 1 < n && !dy_is_upper(cps[e + 1])))
            e++; /* a run of capitals, up to a capital that starts a word */
        bool vowel = false;
        for (size_t q = j; q < e; q++)
            vowel |= dy_nc_is_vowel(cps[q]) || cps[q] == 0x0423; /* У */
        bool join = vowel && word && syllable_shape(cps + j, e - j);
        word = join;
        for (size_t q = j; q < e; q++) {
            if (join) {
                dy_buf_put_cp(&out, dy_to_lower(cps[q]));
                continue;
            }
            if (out.len)
                dy_buf_putc(&out, ' ');
            dy_buf_puts(&out, dy_kk_letter_name(cps[q]));
        }
        j = e;
    }
    size_t used = acronym_words(c, i, out.data, name);
    dy_buf_fini(&out);
    return used;
}

/* Can a word open with the consonants a, b? A Kazakh word never does; a loanword does with an
 * obstruent before р л в м н ь ъ ("ПРОГРАММА", "КЛАСС", "КНИГА"), with с з ш щ в п м before any
 * consonant ("СПОРТ", "ШТАБ", "ВТОРНИК", "ПСИХОЛОГИЯ", "МХАТ") and with дж, дз, кс, тх ("ДЖАЗ",
 * "ДЗЮДО", "КСЕРОКС", "ТХЭКВОНДО"); "КТЭЦ" opens no word. */
static bool word_onset(int32_t a, int32_t b)
{
    static const int32_t FIRST[] = {0x0441, 0x0437, 0x0448, 0x0449, 0x0432, 0x043F, 0x043C};
    static const int32_t SECOND[] = {0x0440, 0x043B, 0x0432, 0x043C, 0x043D, 0x044C, 0x044A};
    a = dy_to_lower(a);
    b = dy_to_lower(b);
    for (size_t k = 0; k < COUNT(FIRST); k++)
        if (a == FIRST[k] || b == SECOND[k])
            return true;
    return (a == 0x0434 && (b == 0x0436 || b == 0x0437)) || (a == 0x043A && b == 0x0441) ||
           (a == 0x0442 && b == 0x0445); /* дж, дз, кс, тх */
}

/* Section 20.1 rule 6, narrowed: in a line of capitals, is the acronym-shaped token at i
 * (its letters cps[0..n)) still spelled? A word without a vowel (У counts) always is ("ББК 24",
 * "ЖШС"); a word of four letters or more never is (a heading's word). A word of two or three
 * letters is spelled when it cannot be a Kazakh syllable: two consonants or two vowels in a row at
 * its start ("ШҚО", "ІІ"), or a final pair of consonants that no Kazakh word ends in, whose first
 * is no sonorant or с/ш ("УДК 54"; but "ӨРТ", "ДОС", "КҮЗ 2024" are words). A longer one is,
 * when four consonants meet or it opens with two no word opens with (word_onset: "КТЭЦ"). */
static bool caps_line_spelled(const int32_t *cps, size_t n)
{
    bool vowel = false;
    for (size_t k = 0; k < n; k++)
        vowel |= dy_nc_is_vowel(cps[k]) || dy_to_upper(cps[k]) == 0x0423; /* У too: ФУНТ */
    if (!vowel)
        return true;
    if (n > 3) { /* a word, unless four consonants meet ("ӘҚБТК") or it opens badly ("КТЭЦ") */
        if (!dy_nc_is_vowel(cps[0]) && !dy_nc_is_vowel(cps[1]) && dy_to_upper(cps[1]) != 0x0423 &&
            !word_onset(cps[0], cps[1]))
            return true;
        size_t run = 0;
        for (size_t k = 0; k < n; k++) {
            run = dy_nc_is_vowel(cps[k]) || dy_to_upper(cps[k]) == 0x0423 ? 0 : run + 1;
            if (run >= 4)
                return true;
        }
        return false;
    }
    if (!syllable_shape(cps, n))
        return true;
    if (n < 3 || dy_nc_is_vowel(cps[1]) || dy_nc_is_vowel(cps[2]) ||
        dy_to_upper(cps[2]) == 0x0423) /* a final У after a consonant is a vowel: ОҚУ */
        return false;
    static const int32_t CODA[] = {0x0440, 0x043B, 0x0439, 0x043D, 0x043C,
                                   0x04A3, 0x0443, 0x0441, 0x0448}; /* р л й н м ң у с ш */
    int32_t first = dy_to_lower(cps[1]);
    for (size_t k = 0; k < sizeof CODA / sizeof *CODA; k++)
        if (first == CODA[k])
            return false;
    return true;
}

/* The weekday that the token at i shortens, or NULL (weekday_abbreviations.tsv). */
static const char *weekday_at(const nctx *c, size_t i)
{
    return is_word(c, i) ? dy_kk_weekday_abbr(tstr(c, i), tlen(c, i)) : NULL;
}

/* Weekdays shortened in opening hours: two joined by a dash are a range ("ДС-ЖМ", "СС- ЖС" ->
 * дүйсенбіден жұмаға дейін, as 11 reads a range of days); one before a colon or a comma and
 * another weekday, a time or демалыс ("Жк: Демалыс күн"), or after such a one and a comma, is
 * the day ("СБ, ЖС: демалыс" -> сенбі, жексенбі). Returns the tokens
 * used, or 0. */
static size_t weekdays(nctx *c, size_t i, const char *name)
{
    const char *from = weekday_at(c, i);
    if (!from)
        return 0;
    const char *to = is_dash(c, i + 1) ? weekday_at(c, i + 2) : NULL;
    static const char *const DAYS[] = {"дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі",
                                       "жұма",     "сенбі",    "жексенбі"};
    for (size_t d = 0; !to && is_dash(c, i + 1) && d < COUNT(DAYS); d++) {
        dy_buf w = {0}; /* the second day written in full: "Дүйс-Жұма" */
        if (is_word(c, i + 2) && !strcmp(dy_nc_lower_word(c, i + 2, &w), DAYS[d]))
            to = DAYS[d];
        dy_buf_fini(&w);
    }
    if (to) {
        static const dy_kk_morph ABL[] = {DY_KK_ABL}, DAT[] = {DY_KK_DAT};
        dy_buf b = {0};
        dy_kk_inflect(&b, from, ABL, 1);
        dy_buf_putc(&b, ' ');
        dy_kk_inflect(&b, to, DAT, 1);
        dy_buf_puts(&b, " дейін");
        dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 2), name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 3;
    }
    bool listed = i >= 2 && tok_is(c, i - 1, ",") && weekday_at(c, i - 2); /* "СБ, ЖС:" */
    bool rest = dy_nc_word_starts(c, i + 2, "демалыс") || dy_nc_word_starts(c, i + 2, "Демалыс");
    if (!listed && (!(tok_is(c, i + 1, ":") || tok_is(c, i + 1, ",")) ||
                    !(weekday_at(c, i + 2) || is_num(c, i + 2) || rest)))
        return 0;
    dy_nc_emit(c, from, tok(c, i)->src, name, tok(c, i)->space_before);
    return 1;
}

/* In a line of capitals, is the token at i with its period an abbreviation of the list written
 * in capitals ("ҒҒ.", "ЖЖ.")? Its rule reads it, not the letter names. */
static bool caps_abbreviation(const nctx *c, size_t i)
{
    if (!tok_is(c, i + 1, ".") || !glued(c, i + 1))
        return false;
    dy_buf key = {0};
    dy_kk_lower(&key, tstr(c, i), tlen(c, i));
    dy_buf_putc(&key, '.');
    bool listed = dy_kk_abbr_written(key.data, key.len) != NULL;
    dy_buf_fini(&key);
    return listed;
}

/* Is the token at i one word of a title typed in capitals inside a sentence ("АҚЫННЫҢ СӨЗІ ЖЕТЕР
 * САН ҒАСЫРҒА" атты кеш): three words in capitals or more in a row, nothing but spaces between,
 * one of them five letters long or more (a run of acronyms, "ҚР ІІМ ҚАЖ", has none)? Then it is
 * read as in a line of capitals (20.1 rule 6). */
static bool caps_word(const nctx *c, size_t k)
{
    if (!is_word(c, k) || letters(c, k) < 2)
        return false;
    for (size_t b = 0; b < tlen(c, k);) {
        int32_t cp = dy_utf8_next(tstr(c, k), tlen(c, k), &b);
        if (dy_is_letter(cp) && (!dy_is_upper(cp) || !dy_is_cyrillic(cp)))
            return false;
    }
    return true;
}

static bool caps_title_word(const nctx *c, size_t i)
{
    if (!caps_word(c, i))
        return false;
    size_t first = i, last = i;
    while (first > 0 && spaced(c, first) && caps_word(c, first - 1))
        first--;
    while (last + 1 < c->n && spaced(c, last + 1) && caps_word(c, last + 1))
        last++;
    if (last - first < 2)
        return false;
    for (size_t k = first; k <= last; k++)
        if (letters(c, k) >= 5)
            return true;
    return false;
}

/* Is the token at i written only with the Roman digits I, V, X (Latin, or the Cyrillic І and Х
 * typed for them)? C, D, L, M also spell words and codes ("CD"). */
static bool ivx_only(const nctx *c, size_t i)
{
    for (size_t k = 0; k < tlen(c, i);) {
        int32_t cp = dy_utf8_next(tstr(c, i), tlen(c, i), &k);
        if (cp != 'I' && cp != 'V' && cp != 'X' && cp != 0x0406 && cp != 0x0425)
            return false;
    }
    return true;
}

/* The acronym at i spelled by the letter names of cps[0..n) (20.2), a written suffix rebuilt
 * on the last name. */
static size_t spelled(nctx *c, size_t i, const int32_t *cps, size_t n, const char *name)
{
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

/* A lower-case Cyrillic token of two or three consonants ("«24 кз» телеарнасы", "тв", "пж") is
 * no Kazakh word: it is spelled by the letter names of 20.2 (ка зэ), with a written suffix
 * rebuilt on the last name. Not an abbreviation, unit, scale word, contraction, weekday or
 * language of the lists (см, кг, млн, тг, гр), nor one with a period, hyphen or slash glued to
 * it, nor an interjection (хм, тсс, брр), nor a unit no list holds after a number ("10 шт"). */
static size_t vowelless_lower(nctx *c, size_t i, const char *name)
{
    const char *s = tstr(c, i);
    size_t n = tlen(c, i), count = 0;
    int32_t cps[3];
    for (size_t k = 0; k < n;) {
        int32_t cp = dy_utf8_next(s, n, &k);
        if (count == 3 || !dy_is_cyrillic(cp) || dy_is_upper(cp) || dy_nc_is_vowel(cp) ||
            cp == 0x0443 || cp == 0x044C || cp == 0x044A || cp == 0x0439 ||
            !dy_kk_letter_name(cp)) /* у is a vowel; ь, ъ, й are none of these */
            return 0;
        cps[count++] = cp;
    }
    static const char *const INTERJECTIONS[] = {"хм", "мм", "тсс", "брр", "пфф", "кхм", "пст"};
    /* after a number it is more likely a unit no list holds ("10 шт"), unless a name in quotes
     * closes on it ("«24 кз»") */
    bool after_number = i > 0 && is_num(c, i - 1);
    bool closes =
        tok_is(c, i + 1, "\u00bb") || tok_is(c, i + 1, "\"") || tok_is(c, i + 1, "\u201d");
    char key[16];
    if (count < 2 || (after_number && !closes) ||
        dy_nc_word_in(c, i, INTERJECTIONS, COUNT(INTERJECTIONS)) ||
        (glued(c, i + 1) && (tok_is(c, i + 1, ".") || tok_is(c, i + 1, "/"))) ||
        (i > 0 && glued(c, i) && (tok_is(c, i - 1, "/") || tok_is(c, i - 1, "-"))) ||
        dy_kk_unit_word(s, n) || dy_kk_scale_word(s, n) || dy_kk_contraction(s, n) ||
        dy_kk_weekday_abbr(s, n) || dy_kk_language_abbr(s, n) || dy_kk_abbr_written(s, n))
        return 0;
    memcpy(key, s, n);
    key[n] = '.';
    if (dy_kk_abbr_written(key, n + 1))
        return 0;
    return spelled(c, i, cps, count, name);
}

/* Section 20: acronyms from the lexicon (ҚР -> Қазақстан Республикасы, РКФСР -> эр ка эф эс эр),
 * else read by letter names (СССР -> эс эс эс эр) or as a word in lower case (НАТО -> нато,
 * ҚазҰУ -> қазұу) by the test of 20.1. */
/* Do the n words from w on start with the letters of the acronym at i, in order? */
static bool spelled_by(const nctx *c, size_t i, size_t w, size_t n)
{
    size_t k = 0;
    for (size_t e = w + n; w < e; w++) {
        if (!is_word(c, w))
            return false;
        int32_t letter = dy_utf8_next(tstr(c, i), tlen(c, i), &k);
        if (dy_to_upper(first_cp(c, w)) != dy_to_upper(letter))
            return false;
    }
    return true;
}

/* Is the acronym at i beside the words it shortens, in brackets: after them ("айлық есептік
 * көрсеткіш (АЕК)", "Біріккен Ұлттар Ұйымы (БҰҰ)") or before them ("АЕК (айлық есептік
 * көрсеткіш)")? Their first letters spell it. Then it is spelled, never said in full twice. */
static bool beside_own_expansion(const nctx *c, size_t i)
{
    size_t n = dy_utf8_count(tstr(c, i), tlen(c, i));
    if (n < 2 || n > 6)
        return false;
    if (i >= 2 && tok_is(c, i - 1, "(") && tok_is(c, i + 1, ")") && i - 1 >= n &&
        spelled_by(c, i, i - 1 - n, n))
        return true;
    return tok_is(c, i + 1, "(") && tok_is(c, i + 2 + n, ")") && spelled_by(c, i, i + 2, n);
}

/* A code of law's acronym before an article's number ("ҚР ҚК 190-бабының", "ӘҚБтК 610-бабы",
 * code_acronyms.tsv): its name in the genitive, as the article asks. Returns the tokens used. */
static size_t code_before_article(nctx *c, size_t i, const char *name)
{
    const char *code = dy_kk_code_acronym(tstr(c, i), tlen(c, i));
    if (!code || !is_num(c, i + 1) || !spaced(c, i + 1) || !tok_is(c, i + 2, "-") ||
        !glued(c, i + 2) ||
        !(dy_nc_word_starts(c, i + 3, "бап") || dy_nc_word_starts(c, i + 3, "баб")))
        return 0;
    static const dy_kk_morph GEN[] = {DY_KK_GEN};
    dy_buf b = {0};
    dy_nc_put_inflected(&b, code, GEN, 1);
    dy_nc_emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return 1;
}

size_t dy_nr_acronym(nctx *c, size_t i, const char *name)
{
    size_t law = code_before_article(c, i, name);
    if (law)
        return law;
    if (!is_word(c, i) || dy_nr_lookalike_points(c, i))
        return 0;
    /* after № an acronym is part of a code ("№ ҚР ДСМ-11"): its letters, never its full name */
    size_t days = weekdays(c, i, name);
    if (!days)
        days = vowelless_lower(c, i, name);
    if (days)
        return days;
    bool label = i == 0 && tok_is(c, 1, ".") && glued(c, 1) && c->n > 2; /* "І. ЕЛГЕ …" */
    int roman = c->all_caps && (letters(c, i) >= 2 || label) && ivx_only(c, i)
                    ? dy_nc_roman_value(c, i, NULL)
                    : 0;
    if (roman > 0) { /* a numeral in a line of capitals: "ІІ. ЕЛГЕ КІРЕТІН ЖОЛ", "«ХХ25»" */
        dy_buf b = {0};
        if (i == 0) /* the label that opens a heading */
            dy_kk_ordinal_u64(&b, (uint64_t)roman);
        else
            dy_kk_cardinal_u64(&b, (uint64_t)roman);
        dy_nc_emit_words(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 1;
    }
    bool code = i > 0 && tok_is(c, i - 1, "\u2116");
    bool own = beside_own_expansion(c, i);
    const char *lex = code || own ? NULL : dy_kk_acronym(tstr(c, i), tlen(c, i));
    if (lex)
        return acronym_words(c, i, lex, name);
    int32_t cps[8];
    size_t n = 0, upper = 0, k = 0;
    bool vowel = false;
    while (k < tlen(c, i)) {
        int32_t cp = dy_utf8_next(tstr(c, i), tlen(c, i), &k);
        if (n == 7 || !dy_is_cyrillic(cp) || !dy_kk_letter_name(cp))
            return 0;
        upper += dy_is_upper(cp);
        vowel |= dy_nc_is_vowel(cp);
        cps[n++] = cp;
    }
    if (n < 2 || n > 6 || upper < 2 || !dy_is_upper(cps[0]))
        return 0;
    if ((c->all_caps || caps_title_word(c, i)) &&
        (!caps_line_spelled(cps, n) || caps_abbreviation(c, i)))
        return 0;
    bool spell;
    if (!vowel || own)
        spell = true;
    else if (upper < n)
        return acronym_words_mixed(c, i, cps, n, name); /* ҚазҰУ, ҚазССР */
    else
        spell = !(n >= 4 && syllable_shape(cps, n)) && !dy_nr_caps_compound_word(c, i);
    if (!spell) {
        dy_buf b = {0};
        dy_nc_emit(c, dy_nc_lower_word(c, i, &b), tok(c, i)->src, name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return 1;
    }
    return spelled(c, i, cps, n, name);
}
