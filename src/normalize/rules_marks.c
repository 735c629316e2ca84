/* Short marks read from their neighbours: "ат." after a personal name is атындағы ("Б. Момышұлы
 * ат. мектеп-гимназиясы"), and the era marks of a Hijri or Gregorian year ("х.1334 [м.1916]
 * жылғы" -> хижра бойынша мың үш жүз отыз төртінші [милади бойынша мың тоғыз жүз он алтыншы]
 * жылғы); and a star that marks a blank in a task (жұлдызша). */
#include "normalize/context.h"
#include "normalize/rules.h"

#include "kk/tables.h"

/* "ат." after a personal name, with the sentence going on after it ("Абай ат. №5 мектеп",
 * "Әл-Фараби ат. ҚазҰУ"): the splitter never ends a sentence there (abbreviations.tsv, period
 * name_or_word), and nobody writes the word ат "horse" after a bare name with a period inside a
 * sentence. So "өз." after a river's name is өзені ("Арыстанды өз. алқабы"), not the word өз. */
size_t dy_nr_named_after(nctx *c, size_t i, const char *name)
{
    const char *words = tok_is(c, i, "ат") ? "атындағы" : tok_is(c, i, "өз") ? "өзені" : NULL;
    if (!words || !spaced(c, i) || i == 0 || !dy_nc_is_name(c, i - 1) || !tok_is(c, i + 1, ".") ||
        !glued(c, i + 1) || i + 2 >= c->n || !spaced(c, i + 2) ||
        (is_punct(c, i + 2) && !tok_is(c, i + 2, "№") && !tok_is(c, i + 2, "\u00ab") &&
         !tok_is(c, i + 2, "\"")))
        return 0;
    if (is_word(c, i + 2) && dy_kk_is_sentence_opener(tstr(c, i + 2), tlen(c, i + 2)))
        return 0; /* "… ат. Ол …": the word and a new sentence */
    dy_nc_emit(c, words, dy_nc_span_of(c, i, i + 1), name, true);
    return 2;
}

/* An era mark before a year at i: "х." or "һ." (hijra), "х.ж." (hijra year), "м." (miladi, the
 * Gregorian year, only where a Hijri year was marked before it in the sentence: "м. 5" is
 * otherwise anything). Returns the tokens of the mark (0: none) and sets *words. */
static size_t era_mark(const nctx *c, size_t i, const char **words)
{
    static const char *const HIJRA[] = {"х", "һ", "Х", "Һ"};
    bool hijra = false;
    for (size_t h = 0; h < COUNT(HIJRA); h++)
        hijra = hijra || tok_is(c, i, HIJRA[h]);
    if (!(hijra || tok_is(c, i, "м")) || !tok_is(c, i + 1, ".") || !glued(c, i + 1))
        return 0;
    if (glued(c, i) && i > 0 && !is_punct(c, i - 1))
        return 0; /* the end of a word */
    size_t k = i + 2;
    if (hijra && tok_is(c, k, "ж") && glued(c, k) && tok_is(c, k + 1, ".") && glued(c, k + 1))
        k += 2; /* х.ж. */
    if (hijra) {
        *words = "хижра бойынша";
        return k - i;
    }
    if (!c->cache->hijra_known) { /* the first hijra date or word, found once */
        c->cache->hijra_known = true;
        c->cache->hijra_first = SIZE_MAX;
        for (size_t j = 0; j < c->n && c->cache->hijra_first == SIZE_MAX; j++) {
            bool mark = false;
            for (size_t h = 0; h < COUNT(HIJRA); h++)
                mark =
                    mark || (tok_is(c, j, HIJRA[h]) && tok_is(c, j + 1, ".") && is_num(c, j + 2));
            if (mark || dy_nc_word_starts(c, j, "хижр"))
                c->cache->hijra_first = j;
        }
    }
    if (c->cache->hijra_first < i) {
        *words = "милади бойынша";
        return k - i;
    }
    return 0;
}

/* Is the year number at k followed, after a bracketed year ("[м.1916]", "(1916)"), by a year
 * noun or nothing that reads it? Then it needs no noun of its own. */
static bool year_noun_follows(const nctx *c, size_t k)
{
    size_t j = k + 1;
    if (tok_is(c, j, "]") || tok_is(c, j, ")"))
        j++;
    if (tok_is(c, j, "[") || tok_is(c, j, "(")) {
        size_t e = j + 1;
        while (e < c->n && e < j + 6 && !tok_is(c, e, "]") && !tok_is(c, e, ")"))
            e++;
        j = e + 1;
    }
    bool plural;
    return dy_nc_is_year_word(c, j) || dy_nc_year_abbr(c, j, &plural) > 0;
}

/* A year after an era mark (or after the words хижри, хижра, милади) is a calendar year, an
 * ordinal; a year noun written right after it is left to the year rules (section 9). */
size_t dy_nr_era_year(nctx *c, size_t i, const char *name)
{
    const char *words = NULL;
    size_t mark = era_mark(c, i, &words);
    static const char *const ERA_WORDS[] = {"хижри", "хижра", "хижраның", "милади"};
    if (!mark && is_word(c, i) && dy_nc_word_in(c, i, ERA_WORDS, COUNT(ERA_WORDS)))
        mark = 1; /* the word is read as written */
    size_t k = i + mark;
    if (!mark || !is_num(c, k) || tlen(c, k) < 3 || tlen(c, k) > 4 ||
        (glued(c, k + 1) && (tok_is(c, k + 1, ".") || tok_is(c, k + 1, ","))))
        return 0;
    uint64_t v = dy_nc_num_value(c, k);
    bool plural;
    if (v < 1 || v > 2100 || (words && !strcmp(words, "хижра бойынша") && v > 1500))
        return 0;
    if (words) {
        dy_nc_emit_words(c, words, dy_nc_span_of(c, i, k - 1), name, tok(c, i)->space_before);
    } else {
        dy_buf w = {0};
        dy_buf_append(&w, tstr(c, i), tlen(c, i)); /* as written: "Хижри" */
        dy_nc_emit(c, dy_buf_str(&w), tok(c, i)->src, name, tok(c, i)->space_before);
        dy_buf_fini(&w);
    }
    if (dy_nc_is_year_word(c, k + 1) || dy_nc_year_abbr(c, k + 1, &plural) ||
        (glued(c, k + 1) && (is_word(c, k + 1) || tok_is(c, k + 1, "-"))))
        return mark; /* "х. 1334 жылы", "х.1334-жылы": the year rules read the number */
    dy_buf b = {0};
    dy_nc_say_number(c, k, ORD, 1, &b);
    if (!year_noun_follows(c, k))
        dy_buf_puts(&b, " жыл");
    dy_nc_emit_words(c, b.data, tok(c, k)->src, name, true);
    dy_buf_fini(&b);
    return mark + 1;
}

/* A star that marks a blank to fill in a task ("* орнындағы қандай цифрде 38527* саны 2-ге
 * бөлінеді", "Жұлдызшаның орнына > немесе < таңбасын қой: 5,827392 * 5,827401"): the task names
 * it (жұлдызша, or a star before орнына/орнындағы), and every star of the sentence is said
 * жұлдызша, not көбейту. */
size_t dy_nr_star_blank(nctx *c, size_t i, const char *name)
{
    if (!tok_is(c, i, "*"))
        return 0;
    if (c->cache->star_blank < 0) { /* found once for the sentence */
        bool named = dy_nc_sentence_has_stem(c, "жұлдызша");
        for (size_t k = 0; k + 1 < c->n && !named; k++)
            named = tok_is(c, k, "*") && dy_nc_word_starts(c, k + 1, "орн");
        c->cache->star_blank = named;
    }
    if (!c->cache->star_blank)
        return 0;
    dy_nc_emit(c, "жұлдызша", tok(c, i)->src, name, true);
    return 1;
}
