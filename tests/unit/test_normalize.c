/* Unit tests of src/normalize/ (the driver and its rule families): the golden table
 * tests/data/normalize.tsv (the normalization specification as data: input sentence, expected
 * spoken string, accepted alternatives, options such as no_latin_voice) and, for every row, the
 * invariants of the spoken record: word spans inside the input and in order, valid UTF-8, no
 * digit left for eSpeak. A failing row prints file:line, input, expected, actual and the rule
 * that made each word. */
#include "helpers.h"

#include "normalize/normalize.h"

#include <stdio.h>
#include <string.h>

/* Is got one of the " | "-separated alternatives in alts? */
static bool in_alternatives(const char *got, const char *alts)
{
    for (const char *p = alts; *p;) {
        const char *sep = strstr(p, " | ");
        size_t n = sep ? (size_t)(sep - p) : strlen(p);
        if (n == strlen(got) && memcmp(p, got, n) == 0)
            return true;
        if (!sep)
            break;
        p = sep + 3;
    }
    return false;
}

/* Checks the invariants of u for an input of len bytes; appends a description of each violation
 * to err. */
static void check_invariants(size_t len, const dy_utt *u, dy_buf *err)
{
    size_t prev_start = 0;
    for (size_t k = 0; k < u->words.len; k++) {
        const dy_word *w = &u->words.items[k];
        if (w->src.start > w->src.end || w->src.end > len)
            dy_buf_printf(err,
                          "    word %zu: source span [%zu, %zu) outside the input (%zu bytes)\n", k,
                          w->src.start, w->src.end, len);
        if (w->src.start < prev_start)
            dy_buf_printf(err, "    word %zu: source span starts at %zu, before word %zu (%zu)\n",
                          k, w->src.start, k - 1, prev_start);
        prev_start = w->src.start;
        if (w->off + w->len > u->spoken.len)
            dy_buf_printf(err, "    word %zu: outside the spoken string\n", k);
        if (!w->rule)
            dy_buf_printf(err, "    word %zu: no rule name\n", k);
    }
    const char *s = dy_buf_str(&u->spoken);
    for (size_t i = 0; i < u->spoken.len;) {
        size_t at = i;
        int32_t cp = dy_utf8_next(s, u->spoken.len, &i);
        if (cp < 0)
            dy_buf_printf(err, "    spoken string: invalid UTF-8 at byte %zu\n", at);
        else if (cp >= '0' && cp <= '9')
            dy_buf_printf(err, "    spoken string: digit '%c' at byte %zu\n", (char)cp, at);
    }
}

/* "word(rule) word(rule) ..." for a failure message. */
static void put_rules(dy_buf *out, const dy_utt *u)
{
    for (size_t k = 0; k < u->words.len; k++) {
        const dy_word *w = &u->words.items[k];
        dy_buf_printf(out, "%s%.*s(%s)", k ? " " : "", (int)w->len, u->spoken.data + w->off,
                      w->rule ? w->rule : "?");
    }
}

static void test_golden_table(void **state)
{
    (void)state;
    th_table t = th_golden_load("normalize");
    int failures = 0;
    assert_true(t.nrows >= 500);
    for (size_t i = 0; i < t.nrows; i++) {
        const th_row *r = &t.rows[i];
        if (r->nfields < 3 || r->nfields > 5) {
            print_error("%s:%d: expected 3 to 5 fields, found %d\n", r->file, r->line, r->nfields);
            failures++;
            continue;
        }
        /* the optional 5th column names options passed to dy_normalize_with, or "after_ru": the
         * sentence follows a Russian one in its paragraph (dy_utt.lang_before) */
        dy_norm_opts opts = {0};
        dy_lang before = DY_LANG_KK;
        if (r->nfields == 5) {
            if (strcmp(r->fields[4], "no_latin_voice") == 0) {
                opts.no_latin_voice = true;
            } else if (strcmp(r->fields[4], "after_ru") == 0) {
                before = DY_LANG_RU;
            } else if (r->fields[4][0]) {
                print_error("%s:%d: unknown option \"%s\"\n", r->file, r->line, r->fields[4]);
                failures++;
                continue;
            }
        }
        const char *id = r->fields[0], *want = r->fields[2];
        const char *alts = r->nfields >= 4 ? r->fields[3] : "";
        char *in = th_expand_escapes(r->fields[1]);
        size_t len = strlen(in);
        dy_utt u = {0};
        u.src = (dy_span){0, len};
        u.lang_before = before;
        dy_normalize_with(in, &u, &opts);
        const char *got = dy_buf_str(&u.spoken);
        bool ok = strcmp(got, want) == 0 || (alts[0] && in_alternatives(got, alts));
        dy_buf err = {0};
        check_invariants(len, &u, &err);
        if (!ok || err.len) {
            dy_buf rules = {0};
            put_rules(&rules, &u);
            print_error("%s:%d: %s\n    input:    \"%s\"\n    expected: \"%s\"\n%s%s%s"
                        "    actual:   \"%s\"\n    rules:    %s\n%s",
                        r->file, r->line, id, r->fields[1], want, alts[0] ? "    or:       \"" : "",
                        alts, alts[0] ? "\"\n" : "", got, dy_buf_str(&rules), dy_buf_str(&err));
            dy_buf_fini(&rules);
            failures++;
        }
        dy_buf_fini(&err);
        dy_utt_fini(&u);
        free(in);
    }
    for (size_t i = 0; i < t.nrows; i++) /* an id names one row in all the files */
        for (size_t k = 0; k < i; k++)
            if (t.rows[i].nfields && t.rows[k].nfields &&
                strcmp(t.rows[i].fields[0], t.rows[k].fields[0]) == 0) {
                print_error("%s:%d: id %s already used at %s:%d\n", t.rows[i].file, t.rows[i].line,
                            t.rows[i].fields[0], t.rows[k].file, t.rows[k].line);
                failures++;
            }
    size_t rows = t.nrows;
    th_tsv_free(&t);
    if (failures)
        fail_msg("%d of %zu golden rows (normalize.tsv, normalize/*.tsv) failed", failures, rows);
}

/* The sentence is read inside a larger text: spans point into the whole text, and nothing
 * outside u->src is read. */
static void test_span_inside_text(void **state)
{
    (void)state;
    const char *text = "Алдыңғы сөйлем 5. 1917 ж. 24 қазанда көтеріліс басталды. 42 келесі";
    const char *sentence = "1917 ж. 24 қазанда көтеріліс басталды.";
    size_t start = (size_t)(strstr(text, sentence) - text);
    dy_utt u = {0};
    u.src = (dy_span){start, start + strlen(sentence)};
    dy_normalize(text, &u);
    assert_string_equal(
        dy_buf_str(&u.spoken),
        "мың тоғыз жүз он жетінші жылы жиырма төртінші қазанда көтеріліс басталды.");
    assert_true(u.words.len > 0);
    for (size_t k = 0; k < u.words.len; k++) {
        assert_true(u.words.items[k].src.start >= u.src.start);
        assert_true(u.words.items[k].src.end <= u.src.end);
    }
    /* the first words read "1917 ж." */
    assert_int_equal(u.words.items[0].src.start, start);
    assert_string_equal(u.words.items[0].rule, "year");
    dy_utt_fini(&u);
}

/* A sentence that starts inside a paragraph folds its look-alike letters as it would alone: the
 * folder may look back at the tokens before one ("м/c": the Latin c after a slash), and those
 * must still be read where they are in the text, not where the folded copy puts them. */
static void test_fold_inside_text(void **state)
{
    (void)state;
    const char *text = "Бірінші сөйлем. Жылдамдығы 5 м/c. Соңы";
    const char *sentence = "Жылдамдығы 5 м/c.";
    size_t start = (size_t)(strstr(text, sentence) - text);
    dy_utt u = {0};
    u.src = (dy_span){start, start + strlen(sentence)};
    dy_normalize(text, &u);
    assert_string_equal(dy_buf_str(&u.spoken), "Жылдамдығы секундына бес метр.");
    dy_utt_fini(&u);
}

/* Normalizing twice with the same record gives the same result (the record is reused per
 * sentence by the book). */
static void test_reuse(void **state)
{
    (void)state;
    const char *a = "Кеңестерінің Ү съезінде", *b = "РКФСР құрылды";
    dy_utt u = {0};
    u.src = (dy_span){0, strlen(a)};
    dy_normalize(a, &u);
    u.src = (dy_span){0, strlen(b)};
    dy_normalize(b, &u);
    assert_string_equal(dy_buf_str(&u.spoken), "эр ка эф эс эр құрылды");
    assert_int_equal(u.words.len, 6);
    dy_utt_fini(&u);
}

/* The whole sample text (texts/kenes-okimeti-1917.txt), each line read as one utterance: the
 * invariants hold, and the hard spots of section 24 come out as the specification says. */
static void test_sample_text(void **state)
{
    (void)state;
    char *path = th_data("../../texts/kenes-okimeti-1917.txt");
    size_t len;
    char *text = th_read(path, &len);
    assert_non_null(text);
    dy_buf all = {0};
    for (size_t start = 0; start < len;) {
        const char *nl = memchr(text + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - text) : len;
        dy_utt u = {0};
        u.src = (dy_span){start, end};
        dy_normalize(text, &u);
        dy_buf err = {0};
        check_invariants(len, &u, &err);
        for (size_t k = 0; k < u.words.len; k++)
            if (u.words.items[k].src.start < start || u.words.items[k].src.end > end)
                dy_buf_printf(&err, "    word %zu: outside its line\n", k);
        if (err.len)
            fail_msg("%s: line starting at byte %zu:\n%s", path, start, dy_buf_str(&err));
        dy_buf_puts(&all, dy_buf_str(&u.spoken));
        dy_buf_putc(&all, '\n');
        dy_buf_fini(&err);
        dy_utt_fini(&u);
        start = end + 1;
    }
    static const char *const spots[] = {
        "Кеңестерінің бесінші съезінде",
        "кеңестердің Бүкілресейлік үшінші съезінде вэ и Лениннің",
        "эр ка эф эс эр құрылғаннан кейін",
        "«Алаш» зиялылары",
        "бірінші – қазақ зиялылары",
        "мың тоғыз жүз он сегізінші жылғы сәуірдің жиырмасынан бірінші мамырға дейін",
        "денсаулық сақтау тағы басқа бөлімдері",
        ("Ә Бөкейханов, А Байтұрсынов, эм Дулатов, Е Ғұмаров, Е Тұрмухамедов, ға Жүндібаев, ға "
         "Бірімжанов"),
        "мың тоғыз жүз он жетінші жылы бесінші - он екінші желтоқсанда",
    };
    for (size_t i = 0; i < sizeof spots / sizeof *spots; i++)
        if (!strstr(dy_buf_str(&all), spots[i]))
            fail_msg("%s: \"%s\" not found in the spoken text", path, spots[i]);
    dy_buf_fini(&all);
    free(text);
    free(path);
}

/* Empty and hostile input: nothing spoken, nothing out of bounds. */
static void test_edge_input(void **state)
{
    (void)state;
    static const char *const inputs[] = {"",
                                         " ",
                                         "\xff\xfe",
                                         "-",
                                         "«",
                                         "ж.",
                                         "1917 ж",
                                         "5-",
                                         "Ү",
                                         "XX",
                                         "В.",
                                         "т.",
                                         "1 000 000 000 000 000 000",
                                         "3,",
                                         "-5-",
                                         "1917-1918-",
                                         "\xd2"};
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        dy_utt u = {0};
        u.src = (dy_span){0, strlen(inputs[i])};
        dy_normalize(inputs[i], &u);
        dy_buf err = {0};
        check_invariants(strlen(inputs[i]), &u, &err);
        if (err.len)
            fail_msg("\"%s\":\n%s", inputs[i], dy_buf_str(&err));
        dy_buf_fini(&err);
        dy_utt_fini(&u);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden_table),     cmocka_unit_test(test_span_inside_text),
        cmocka_unit_test(test_fold_inside_text), cmocka_unit_test(test_reuse),
        cmocka_unit_test(test_sample_text),      cmocka_unit_test(test_edge_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
