/* Tests of the sentence splitter (src/text/sentence.c, kazakh-normalization.md section 23): the
 * golden table tests/data/split.tsv, the sample text, and the splitter's contract (every non-space
 * character in exactly one trimmed span, in order) on large, hostile and invalid input. */
#include "helpers.h"
#include "kk/lexicon.h"
#include "normalize/normalize.h"
#include "text/sentence.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEP " \xE2\x80\x96 " /* " ‖ " between expected sentences */

/* Sentences of texts/kenes-okimeti-1917.txt, counted by hand: 98 periods, of which 18 follow a
 * year (ж.), 2 belong to т.б. and 9 to initials (В.И., Ә., А., М., Е., Е., Ғ., Ғ.); the 69 others
 * end sentences, and the last sentence ("Дайындаған: Ерғали Елдос") has no period. */
#define SAMPLE_SENTENCES 70

/* Checks the contract of dy_sentence_split for the spans out[first ..]: each span lies in para,
 * starts and ends on code point boundaries, starts and ends with a non-space character; spans are
 * in order and do not overlap; every non-space character of para lies in a span, and only white
 * space lies between them. Returns NULL, or what is wrong. */
static const char *contract_error(const char *text, dy_span para, const dy_span_vec *out,
                                  size_t first)
{
    static char msg[256];
    size_t k = first;
    bool inside = false;
    int32_t prev = -2;
    size_t p = para.start;
    while (true) {
        if (inside && p == out->items[k].end) {
            if (prev == -2 || dy_is_space(prev))
                return "a span ends with white space";
            inside = false;
            k++;
        }
        if (!inside && k < out->len && p == out->items[k].start) {
            if (out->items[k].end <= out->items[k].start)
                return "an empty span";
            inside = true;
        }
        if (p >= para.end)
            break;
        size_t q = p;
        int32_t c = dy_utf8_next(text, para.end, &q);
        if (inside && p == out->items[k].start && dy_is_space(c))
            return "a span starts with white space";
        if (!inside && !dy_is_space(c)) {
            snprintf(msg, sizeof msg, "byte %zu (a non-space character) is in no span", p);
            return msg;
        }
        prev = c;
        p = q;
    }
    if (inside || k != out->len) {
        snprintf(msg, sizeof msg, "span %zu is out of order, out of bounds or off a character",
                 k - first);
        return msg;
    }
    return NULL;
}

/* Splits the whole of s and checks the contract; fails the test with the input on a breach. */
static size_t split_checked(const char *s, size_t n, dy_span_vec *out)
{
    dy_span para = {0, n};
    dy_sentence_split(s, para, out);
    const char *err = contract_error(s, para, out, 0);
    if (err)
        fail_msg("contract broken: %s; input of %zu bytes: %.200s", err, n, s);
    return out->len;
}

/* s with tab, newline and carriage return written as \t \n \r, for failure messages. */
static char *escaped(const char *s, size_t n)
{
    dy_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n')
            dy_buf_puts(&b, "\\n");
        else if (s[i] == '\r')
            dy_buf_puts(&b, "\\r");
        else if (s[i] == '\t')
            dy_buf_puts(&b, "\\t");
        else
            dy_buf_putc(&b, s[i]);
    }
    return b.data ? b.data : dy_xstrdup("");
}

static void test_split_table(void **state)
{
    (void)state;
    th_table t = th_golden_load("split");
    assert_true(t.nrows >= 110);
    int failures = 0;
    for (size_t r = 0; r < t.nrows; r++) {
        const th_row *row = &t.rows[r];
        if (row->nfields != 3) {
            print_error("%s:%d: expected 3 fields (id, input, expected), got %d\n", row->file,
                        row->line, row->nfields);
            failures++;
            continue;
        }
        const char *input = row->fields[1];
        dy_span_vec v = {0};
        dy_span para = {0, strlen(input)};
        dy_sentence_split(input, para, &v);
        dy_buf actual = {0};
        for (size_t i = 0; i < v.len; i++) {
            if (i)
                dy_buf_puts(&actual, SEP);
            dy_buf_append(&actual, input + v.items[i].start, v.items[i].end - v.items[i].start);
        }
        const char *err = contract_error(input, para, &v, 0);
        if (err || strcmp(dy_buf_str(&actual), row->fields[2]) != 0) {
            char *in = escaped(input, strlen(input));
            char *ex = escaped(row->fields[2], strlen(row->fields[2]));
            char *ac = escaped(dy_buf_str(&actual), actual.len);
            print_error("%s:%d: %s%s%s\n  input:    %s\n  expected: %s\n  actual:   %s\n",
                        row->file, row->line, row->fields[0], err ? ": contract broken: " : "",
                        err ? err : "", in, ex, ac);
            free(in);
            free(ex);
            free(ac);
            failures++;
        }
        dy_buf_fini(&actual);
        DY_VEC_FREE(&v);
    }
    th_tsv_free(&t);
    if (failures)
        fail_msg("%d row(s) of split.tsv and split/*.tsv failed", failures);
}

/* The sample text is one paragraph (one line); these sentences must come out whole. */
static void test_sample_text(void **state)
{
    (void)state;
    static const char *const whole[] = {
        ("1917 ж. жазының соңы мен күзінің бас кезінде бүкіл Ресейдің жер-жерінде бұқараның "
         "Уақытша үкіметке деген қарсылығы өсе түсті."),
        "Кеңестердің жанынан еңбек, ағарту, денсаулық сақтау т.б. бөлімдері ашылды.",
        "Сондықтан да „Алаш” зиялылары ұлттық мемлекет құру үшін күрес жүргізді.",
        "Бағдарламаның жобасы он пункттен тұрды.",
        "Съезд қазақ милициясын құру жоспарын жасады.",
        "Дайындаған: Ерғали Елдос",
    };
    char *path = th_data("../../texts/kenes-okimeti-1917.txt");
    size_t n;
    char *text = th_read(path, &n);
    if (!text)
        fail_msg("cannot read %s", path);
    dy_span_vec v = {0};
    size_t count = split_checked(text, n, &v);
    for (size_t w = 0; w < sizeof whole / sizeof *whole; w++) {
        bool found = false;
        for (size_t i = 0; i < v.len && !found; i++)
            found = v.items[i].end - v.items[i].start == strlen(whole[w]) &&
                    memcmp(text + v.items[i].start, whole[w], strlen(whole[w])) == 0;
        if (!found)
            fail_msg("%s: no sentence is exactly \"%s\"", path, whole[w]);
    }
    /* The sentences holding В.И.Лениннің, the initials list, "сеніп… басқа" and "мынада еді:
     * бірінші -" each start and end where they should. */
    static const char *const spots[][3] = {
        {"В.И.Лениннің", "1918 ж. қаңтарда кеңестердің", "Декларациясы” қабылданды."},
        {"Ә.Бөкейханов", "Ә.Бөкейханов, А.Байтұрсынов", "санында жарияланды."},
        {"сеніп… басқа", "Сондықтан съезд қазақ халқын", "баса ескертілді."},
        {"мынада еді: бірінші -", "Мұндай қарсылықтың", "деп есептеді."},
        {"1917 ж.\xC2\xA0 30 қазанда", "Перовск (Қызылорда)", "өз қолына алды."},
    };
    for (size_t s = 0; s < sizeof spots / sizeof *spots; s++) {
        const char *at = strstr(text, spots[s][0]);
        assert_non_null(at);
        size_t pos = (size_t)(at - text);
        size_t i = 0;
        while (i < v.len && v.items[i].end <= pos)
            i++;
        assert_true(i < v.len);
        const char *b = text + v.items[i].start, *e = text + v.items[i].end;
        size_t lb = strlen(spots[s][1]), le = strlen(spots[s][2]);
        if ((size_t)(e - b) < lb + le || memcmp(b, spots[s][1], lb) != 0 ||
            memcmp(e - le, spots[s][2], le) != 0)
            fail_msg("the sentence around \"%s\" is \"%.*s\"", spots[s][0], (int)(e - b), b);
    }
    if (count != SAMPLE_SENTENCES) {
        for (size_t i = 0; i < v.len; i++)
            print_error("%zu: %.*s\n", i + 1, (int)(v.items[i].end - v.items[i].start),
                        text + v.items[i].start);
        fail_msg("%s: %zu sentences, expected %d", path, count, SAMPLE_SENTENCES);
    }
    DY_VEC_FREE(&v);
    free(text);
    free(path);
}

/* 200,000 bytes of words with no punctuation: one sentence from the first word to the last. */
static void test_long_paragraph_without_punctuation(void **state)
{
    (void)state;
    static const char *const words[] = {"қазақ",  "Кеңес",  "өкіметі", "1917",  "жер", "Алаш",
                                        "үкімет", "ұлттық", "ХХ",      "съезд", "a",   "ж"};
    static const char *const spaces[] = {" ", " ", "  ", "\xC2\xA0", "\xE2\x80\x89", " \t "};
    dy_buf b = {0};
    dy_buf_puts(&b, "  ");
    for (size_t i = 0; b.len < 200000; i++) {
        dy_buf_puts(&b, words[(i * 7) % (sizeof words / sizeof *words)]);
        dy_buf_puts(&b, spaces[(i * 5) % (sizeof spaces / sizeof *spaces)]);
    }
    dy_span_vec v = {0};
    assert_int_equal(split_checked(b.data, b.len, &v), 1);
    assert_int_equal(v.items[0].start, 2);
    DY_VEC_FREE(&v);
    dy_buf_fini(&b);
}

/* Patterns repeated to 200,000 bytes that keep the rules busy (every period an abbreviation, an
 * initial, a label; unclosed brackets; one endless word). The contract must hold, and a
 * quadratic scan would make this test crawl. */
static void test_repeated_patterns(void **state)
{
    (void)state;
    static const char *const patterns[] = {
        "т. б. ", "А.",  "Ә. ",  "1. ", "1917 ж. Алматы ", "((((", "))))", "....", "?! ", "«",
        "»",      "\n",  "\n\n", "а",   "Сейітов Д.Ж. ",   "www.", "№",    "– ",   "ж.",  "Қ",
        "1.1.",   " . ",
    };
    for (size_t p = 0; p < sizeof patterns / sizeof *patterns; p++) {
        dy_buf b = {0};
        while (b.len < 200000)
            dy_buf_puts(&b, patterns[p]);
        dy_span_vec v = {0};
        split_checked(b.data, b.len, &v);
        DY_VEC_FREE(&v);
        dy_buf_fini(&b);
    }
}

/* Random mixtures of the characters and tokens the rules look at. */
static void test_random_mixtures(void **state)
{
    (void)state;
    /* clang-format off */
    static const char *const tokens[] = {
        ".", "!", "?", "…", "...", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\xC2\xA0",
        "\xE2\x80\xA9", "«", "»", "“", "”", "„", "\"", "'", "(", ")", "[", "]", "–", "-", "—",
        "−", "+", "№", "$", "5", "17", "1917", "ж", "жж", "т", "б", "с", "ш", "ғ", "қ", "мыс",
        "обл", "араб", "қар", "А", "Ә", "В", "V", "I", "Бұл", "Ол", "Алматы", "сөз", "келді",
        "www", "kz", "@", "/", ":", ",", ";", "Дж", "тіл", "\xFF", "\xD0", "\x80", "\xE2\x80",
    };
    /* clang-format on */
    unsigned seed = 12345;
    for (int round = 0; round < 20000; round++) {
        dy_buf b = {0};
        seed = seed * 1103515245u + 12345u;
        int len = (int)((seed >> 16) % 40);
        for (int t = 0; t < len; t++) {
            seed = seed * 1103515245u + 12345u;
            dy_buf_puts(&b, tokens[(seed >> 16) % (sizeof tokens / sizeof *tokens)]);
        }
        dy_span_vec v = {0};
        split_checked(b.data ? b.data : "", b.len, &v);
        DY_VEC_FREE(&v);
        dy_buf_fini(&b);
    }
}

/* Bytes that are not UTF-8 are characters like any other: kept, never skipped or crashed on. */
static void test_invalid_utf8(void **state)
{
    (void)state;
    /* clang-format off */
    static const char *const inputs[] = {
        "\xFF", "\xD0", "Ол келді.\xFF Біз", "Ол келді. \xFF\xFE Біз кеттік.", "\xE2\x80",
        "сөз.\xD0", "\x80\x80\x80. \x80", "А.\xC0\xAF Ол", "1917 ж.\xED\xA0\x80",
    };
    /* clang-format on */
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        dy_span_vec v = {0};
        assert_true(split_checked(inputs[i], strlen(inputs[i]), &v) >= 1);
        DY_VEC_FREE(&v);
    }
}

/* The paragraph is a part of a larger text: spans are offsets into the whole text, nothing
 * outside the paragraph is touched, and spans already in the vector stay. */
static void test_paragraph_inside_text(void **state)
{
    (void)state;
    const char *text = "Алдыңғы. Ол келді. Біз кеттік.  Келесі.";
    size_t start = strlen("Алдыңғы. ");
    size_t end = start + strlen("Ол келді. Біз кеттік.  ");
    dy_span_vec v = {0};
    dy_span *old = DY_VEC_PUSH(&v);
    old->start = 1;
    old->end = 2;
    dy_span para = {start, end};
    dy_sentence_split(text, para, &v);
    assert_int_equal(v.len, 3);
    assert_int_equal(v.items[0].start, 1);
    assert_int_equal(v.items[0].end, 2);
    assert_null(contract_error(text, para, &v, 1));
    assert_int_equal(v.items[1].start, start);
    assert_memory_equal(text + v.items[2].start, "Біз кеттік.", strlen("Біз кеттік."));
    assert_int_equal(v.items[2].end, v.items[2].start + strlen("Біз кеттік."));

    dy_span empty = {start, start};
    dy_sentence_split(text, empty, &v);
    dy_span reversed = {end, start};
    dy_sentence_split(text, reversed, &v);
    assert_int_equal(v.len, 3);
    DY_VEC_FREE(&v);
}

/* Splits text with lex, checks the sentences against want[0..n) and, when read is not NULL,
 * that the first one is read so, its first word by the lexicon. */
static void expect_lex_split(const char *text, const dy_lexicon *lex, const char *const *want,
                             size_t n, const char *read)
{
    dy_span_vec v = {0};
    dy_span para = {0, strlen(text)};
    dy_sentence_split_lex(text, para, lex, &v);
    assert_null(contract_error(text, para, &v, 0));
    assert_int_equal(v.len, n);
    for (size_t k = 0; k < n; k++) {
        assert_int_equal(v.items[k].end - v.items[k].start, strlen(want[k]));
        assert_memory_equal(text + v.items[k].start, want[k], strlen(want[k]));
    }
    if (read) {
        dy_norm_opts opts = {lex, false};
        dy_utt u = {0};
        u.src = v.items[0];
        dy_normalize_with(text, &u, &opts);
        assert_string_equal(u.spoken.data, read);
        assert_string_equal(u.words.items[0].rule, "lexicon");
        dy_utt_fini(&u);
    }
    DY_VEC_FREE(&v);
}

/* A teacher's lexicon entry for an abbreviation ("проф.\tпрофессор") keeps its period from
 * ending the sentence, also for an abbreviation abbreviations.tsv does not know (инж.), and the
 * sentence is read with the lexicon's spoken form. */
static void test_user_lexicon_abbreviation(void **state)
{
    (void)state;
    const char *lexicon = "# the teacher's abbreviations\nпроф.\tпрофессор\nинж.\tинженер\n"
                          "э. с. н.\tэкономикалық саясат нұсқаулығы\n";
    dy_lexicon *lex = dy_lexicon_new();
    dy_diag d = {0};
    assert_int_equal(dy_lexicon_parse(lex, "t.lexicon", lexicon, strlen(lexicon), &d), DY_OK);

    const char *prof[] = {"проф. Ахметов келді."};
    expect_lex_split(prof[0], lex, prof, 1, "профессор Ахметов келді.");

    const char *text = "инж. Ахметов келді. Ол сөйледі.";
    const char *without[] = {"инж.", "Ахметов келді.", "Ол сөйледі."};
    expect_lex_split(text, NULL, without, 3, NULL);
    const char *with[] = {"инж. Ахметов келді.", "Ол сөйледі."};
    expect_lex_split(text, lex, with, 2, "инженер Ахметов келді.");
    /* the form covers every period of a spaced abbreviation; the paragraph's end still ends */
    const char *egk = "Баяндаманы э. с. н. Ахметов жасады. Тыңдадық инж.";
    const char *egk_without[] = {"Баяндаманы э. с. н.", "Ахметов жасады.", "Тыңдадық инж."};
    expect_lex_split(egk, NULL, egk_without, 3, NULL);
    const char *spaced[] = {"Баяндаманы э. с. н. Ахметов жасады.", "Тыңдадық инж."};
    expect_lex_split(egk, lex, spaced, 2, NULL);
    /* a written form that does not reach the period changes nothing */
    const char *after[] = {"Ол инжде.", "Ахметов келді."};
    expect_lex_split("Ол инжде. Ахметов келді.", lex, after, 2, NULL);
    dy_lexicon_free(lex);
}

/* A paragraph longer than the splitter's window is read a window at a time: each window ends
 * after a sentence's final mark and a space when there is one, else at a space, else at a
 * character boundary; a short paragraph is one window. */
static void test_window(void **state)
{
    (void)state;
    const char *t = "Бір сөйлем. Екінші сөйлем келеді. Үшінші";
    dy_span all = {0, strlen(t)};
    assert_int_equal(dy_sentence_window(t, all, 1000), all.end);
    size_t cut = dy_sentence_window(t, all, 36); /* the sentence end is in the second half */
    assert_int_equal(cut, strlen("Бір сөйлем. "));
    const char *words = "сөз сөз сөз сөз сөз сөз сөз сөз";
    cut = dy_sentence_window(words, (dy_span){0, strlen(words)}, 24);
    assert_true(cut > 12 && cut <= 25 && words[cut - 1] == ' ');
    const char *solid = "сөзсөзсөзсөзсөзсөзсөзсөз"; /* no space: a character boundary */
    cut = dy_sentence_window(solid, (dy_span){0, strlen(solid)}, 15);
    assert_true(cut <= 15 && cut > 7 && ((unsigned char)solid[cut] & 0xC0) != 0x80);
    /* a long paragraph of sentences: every window ends between two of them */
    dy_buf b = {0};
    for (int k = 0; k < 3000; k++)
        dy_buf_puts(&b, "Бұл бір сөйлем. ");
    dy_span rest = {0, b.len};
    int windows = 0;
    while (rest.start < rest.end) {
        size_t end = dy_sentence_window(b.data, rest, 4096);
        assert_true(end > rest.start);
        assert_true(end == rest.end || !memcmp(b.data + end - 2, ". ", 2));
        rest.start = end;
        windows++;
    }
    assert_true(windows > 10);
    dy_buf_fini(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_split_table),
        cmocka_unit_test(test_sample_text),
        cmocka_unit_test(test_long_paragraph_without_punctuation),
        cmocka_unit_test(test_repeated_patterns),
        cmocka_unit_test(test_random_mixtures),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_paragraph_inside_text),
        cmocka_unit_test(test_user_lexicon_abbreviation),
        cmocka_unit_test(test_window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
