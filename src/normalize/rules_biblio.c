/* The slash of a bibliographic record (normalize stage, rule table in normalize.c): "Шайх
 * Худайдадтың өмір жолы мен ғылыми мұрасы / Шынгыс Даулетулы Жунисбаев." parts a title from its
 * author; it is a pause, not the "or" (немесе) that kazakh-normalization.md 17.2 gives a slash
 * between two words; the page range of a reference "V:P-Q", and a page after "С."/"Б.". */
#include "normalize/rules.h"

#include "normalize/context.h"

/* Does the token at k close a title: a lower-case word (a capitalised one may be the first of
 * two names, "Алматы / Астана"), a closing quotation mark or bracket? */
static bool title_end(const nctx *c, size_t k)
{
    return (is_word(c, k) && !starts_upper(c, k)) || tok_is(c, k, "\u00bb") ||
           tok_is(c, k, "\u201d") || tok_is(c, k, "\"") || tok_is(c, k, ")");
}

/* A slash spaced on both sides, after a title of two words or more and before a capitalised
 * Cyrillic name or initial ("мұрасы / Шынгыс", "тарихы / А.Б. Сейітов"): a short pause. Returns
 * the tokens used (1), or 0. */
size_t dy_nr_record_slash(nctx *c, size_t i, const char *name)
{
    if (!tok_is(c, i, "/") || !spaced(c, i) || !spaced(c, i + 1) || i < 2 || !title_end(c, i - 1) ||
        !is_word(c, i + 1) || !starts_upper(c, i + 1) || !dy_is_cyrillic(first_cp(c, i + 1)))
        return 0;
    size_t words = 0;
    for (size_t k = 0; k < i; k++)
        words += is_word(c, k);
    if (words < 2)
        return 0;
    dy_nc_emit(c, ",", tok(c, i)->src, name, false);
    return 1;
}

/* A reference "V:P-Q" (a journal's volume and pages, "J Hypertens 2007, 25:1751-1762"; a chapter
 * and its paragraphs): the colon is a pause and "-Q" the end of a range of P, said with the range
 * dash (11) - "жиырма бес, мың жеті жүз елу бір - мың жеті жүз алпыс екі" - not run into P. Not a
 * time range (a colon after Q: "9:00-12:00"), a date or an equation; Q is above P or an abbreviated
 * end of it ("1751-62"). After a book of the Bible the verse rule reads it first. */
size_t dy_nr_page_range(nctx *c, size_t i, const char *name)
{
    if (!is_num(c, i) || tlen(c, i) > 4 || (i > 0 && glued(c, i) && !tok_is(c, i - 1, "(")) ||
        !dy_nc_glued_sep(c, i + 1, ":") || !is_num(c, i + 2) || !is_dash(c, i + 3) ||
        !glued(c, i + 3) || !is_num(c, i + 4) || !glued(c, i + 4))
        return 0;
    size_t after = i + 5;
    if (glued(c, after) && is_punct(c, after) &&
        (tok_is(c, after, ":") || tok_is(c, after, ".") || tok_is(c, after, ",") ||
         is_dash(c, after)) &&
        is_num(c, after + 1))
        return 0; /* "9:00-12:00", "5:3-6:2", "12:30-13.00" */
    if (glued(c, after) && (is_dash(c, after) || is_word(c, after)))
        return 0; /* a suffix or a third part: another rule's */
    static const char *const HOUR[] = {"сағат", "сағ", "уақыты", "уақыт"};
    if (i > 0 && dy_nc_word_in(c, i - 1, HOUR, COUNT(HOUR)))
        return 0; /* "сағат 10:15-45": minutes */
    for (size_t k = 0; k < c->n; k++)
        if (tok_is(c, k, "="))
            return 0;
    uint64_t p = dy_nc_num_value(c, i + 2), q = dy_nc_num_value(c, i + 4);
    if (!(q > p || (p > 99 && tlen(c, i + 4) < tlen(c, i + 2))))
        return 0;
    dy_buf out = {0};
    dy_nc_say_number(c, i, NULL, 0, &out);
    dy_nc_emit_words(c, out.data, tok(c, i)->src, name, tok(c, i)->space_before);
    dy_nc_emit(c, ",", tok(c, i + 1)->src, name, false);
    dy_buf_clear(&out);
    dy_nc_say_number(c, i + 2, NULL, 0, &out);
    dy_nc_emit_words(c, out.data, tok(c, i + 2)->src, name, true);
    dy_nc_emit(c, "-", tok(c, i + 3)->src, name, true);
    dy_buf_clear(&out);
    dy_nc_say_number(c, i + 4, NULL, 0, &out);
    dy_nc_emit_words(c, out.data, tok(c, i + 4)->src, name, true);
    dy_buf_fini(&out);
    return 5;
}

/* A page in a reference: "С." (Russian страница) or "Б." (бет) after a comma or a dash, before a
 * page's number or a range of pages ("18 ақпан, С. 5", "– С. 25-30", "– Б. 45"): бесінші бет,
 * жиырма бесінші - отызыншы беттер (section 18 has б. only after a number, a page count). Returns
 * the tokens used. */
size_t dy_nr_page_mark(nctx *c, size_t i, const char *name)
{
    if (!(tok_is(c, i, "\u0421") || tok_is(c, i, "\u0411")) || i == 0 ||
        !(tok_is(c, i - 1, ",") || is_dash(c, i - 1)) || !tok_is(c, i + 1, ".") ||
        !glued(c, i + 1) || !is_num(c, i + 2) || !spaced(c, i + 2) || tlen(c, i + 2) > 4)
        return 0;
    size_t k = i + 2, last = k;
    if (is_dash(c, k + 1) && glued(c, k + 1) && is_num(c, k + 2) && glued(c, k + 2) &&
        tlen(c, k + 2) <= 4)
        last = k + 2;
    if (glued(c, last + 1) && !is_punct(c, last + 1))
        return 0; /* "С. 5-тен": another reading */
    dy_buf out = {0};
    dy_nc_say_number(c, k, ORD, 1, &out);
    if (last > k) {
        dy_buf_puts(&out, " - ");
        dy_nc_say_number(c, last, ORD, 1, &out);
    }
    dy_buf_puts(&out, last > k ? " беттер" : " бет");
    dy_nc_emit_words(c, out.data, dy_nc_span_of(c, i, last), name, tok(c, i)->space_before);
    dy_buf_fini(&out);
    return last + 1 - i;
}
