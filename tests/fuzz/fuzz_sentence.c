/* Fuzz target: the sentence splitter (src/text/sentence.h, dy_sentence_split).
 * The input becomes text a checked source could hold (NUL and ill-formed UTF-8 bytes replaced by
 * '?'), split once as a whole and once from the start of its second line to the end of its
 * second-to-last line (a paragraph in the middle of a text; the splitter must not read or
 * return anything outside it). Invariants, for both: spans are non-empty, on character
 * boundaries, inside the paragraph, in order, without overlap; each starts and ends with a
 * non-space character; only white space lies outside them: the splitter loses and invents no
 * text. */
#include "fuzz.h"

#include "text/sentence.h"

static void check(const char *t, dy_span para, const dy_span_vec *out)
{
    size_t pos = para.start;
    for (size_t k = 0; k < out->len; k++) {
        dy_span s = out->items[k];
        FZ_CHECK(s.start >= pos && s.start < s.end && s.end <= para.end,
                 "span %zu [%zu,%zu): previous ends at %zu, paragraph [%zu,%zu)", k, s.start, s.end,
                 pos, para.start, para.end);
        for (size_t i = pos; i < s.start;) { /* the gap before it: white space only */
            size_t at = i;
            int32_t cp = fz_utf8_next(t, s.start, &i);
            FZ_CHECK(cp >= 0 && dy_is_space(cp), "byte %zu (U+%04X) before span %zu was lost", at,
                     (unsigned)cp, k);
        }
        FZ_CHECK(fz_utf8_valid(t + s.start, s.end - s.start), "span %zu cuts a character", k);
        size_t a = s.start, b = s.end;
        FZ_CHECK(!dy_is_space(fz_utf8_next(t, s.end, &a)), "span %zu starts with space", k);
        FZ_CHECK(!dy_is_space(dy_utf8_prev(t, &b)) && b >= s.start, "span %zu ends with space", k);
        pos = s.end;
    }
    for (size_t i = pos; i < para.end;) {
        size_t at = i;
        int32_t cp = fz_utf8_next(t, para.end, &i);
        FZ_CHECK(dy_is_space(cp), "byte %zu (U+%04X) after the last span was lost", at,
                 (unsigned)cp);
    }
}

static void split(const char *t, dy_span para)
{
    dy_span_vec out = {0};
    dy_sentence_split(t, para, &out);
    check(t, para, &out);
    DY_VEC_FREE(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FZ_MAX_INPUT)
        return 0;
    char *t = fz_valid_copy(data, size);
    split(t, (dy_span){0, size});
    size_t first = 0, last = size;
    while (first < size && t[first] != '\n')
        first++;
    while (last > 0 && t[last - 1] != '\n')
        last--;
    if (first + 1 < last) {
        /* the text up to the end of the paragraph only: reading past it is a heap overflow */
        dy_span para = {first + 1, last - 1};
        char *exact = malloc(para.end);
        memcpy(exact, t, para.end);
        split(exact, para);
        free(exact);
    }
    free(t);
    return 0;
}
