/* Long sentences are read in pieces cut at clause boundaries (issue 2: "a sentence longer than
 * eSpeak handles well is cut at a clause boundary"). */
#include "helpers.h"

#include <stdlib.h>
#include <string.h>

#include "normalize/normalize.h"

static void chunks_of(const char *spoken, size_t max, dy_span_vec *out)
{
    dy_utt u = {0};
    dy_buf_puts(&u.spoken, spoken);
    out->len = 0;
    dy_normalize_chunks(&u, max, out);
    /* pieces are in order, non-empty, within the limit, trimmed, and lose no word */
    dy_buf joined = {0};
    size_t prev = 0;
    for (size_t i = 0; i < out->len; i++) {
        dy_span s = out->items[i];
        assert_true(s.start >= prev && s.end > s.start);
        assert_true(s.end - s.start <= max);
        assert_true(spoken[s.start] != ' ' && spoken[s.end - 1] != ' ');
        if (i)
            dy_buf_putc(&joined, ' ');
        dy_buf_append(&joined, spoken + s.start, s.end - s.start);
        prev = s.end;
    }
    assert_string_equal(dy_buf_str(&joined), spoken);
    dy_buf_fini(&joined);
    dy_utt_fini(&u);
}

static char *piece(const char *spoken, dy_span s)
{
    return dy_xstrndup(spoken + s.start, s.end - s.start);
}

static void test_short_sentence_is_one_piece(void **state)
{
    (void)state;
    dy_span_vec v = {0};
    chunks_of("Бұл қысқа сөйлем.", 600, &v);
    assert_int_equal(v.len, 1);
    DY_VEC_FREE(&v);
}

static void test_cut_after_commas(void **state)
{
    (void)state;
    const char *s =
        "Бірінші бөлігі осында тұр, екінші бөлігі де осында тұр, үшінші бөлігі соңында тұр.";
    dy_span_vec v = {0};
    chunks_of(s, 64, &v);
    assert_true(v.len >= 2);
    for (size_t i = 0; i + 1 < v.len; i++) {
        char *p = piece(s, v.items[i]);
        /* every piece but the last ends at a clause boundary */
        assert_int_equal(p[strlen(p) - 1], ',');
        free(p);
    }
    DY_VEC_FREE(&v);
}

static void test_no_punctuation_cuts_between_words(void **state)
{
    (void)state;
    dy_buf b = {0};
    for (int i = 0; i < 3000; i++)
        dy_buf_puts(&b, i ? " сөз" : "сөз");
    dy_span_vec v = {0};
    chunks_of(b.data, 600, &v);
    assert_true(v.len >= 20);
    for (size_t i = 0; i < v.len; i++) /* never inside a word or a UTF-8 sequence */
        assert_memory_equal(b.data + v.items[i].start, "сөз", strlen("сөз"));
    DY_VEC_FREE(&v);
    dy_buf_fini(&b);
}

static void test_one_huge_word_is_cut_on_character_boundaries(void **state)
{
    (void)state;
    dy_buf b = {0};
    for (int i = 0; i < 1000; i++)
        dy_buf_puts(&b, "ә");
    dy_utt u = {0};
    dy_buf_puts(&u.spoken, b.data);
    dy_span_vec v = {0};
    dy_normalize_chunks(&u, 600, &v);
    size_t total = 0;
    for (size_t i = 0; i < v.len; i++) {
        assert_true(v.items[i].end - v.items[i].start <= 600);
        assert_true(((unsigned char)b.data[v.items[i].start] & 0xC0) != 0x80);
        total += v.items[i].end - v.items[i].start;
    }
    assert_int_equal(total, b.len);
    DY_VEC_FREE(&v);
    dy_utt_fini(&u);
    dy_buf_fini(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short_sentence_is_one_piece),
        cmocka_unit_test(test_cut_after_commas),
        cmocka_unit_test(test_no_punctuation_cuts_between_words),
        cmocka_unit_test(test_one_huge_word_is_cut_on_character_boundaries),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
