/* Text that looks the same reads the same (issue 13): a source is kept in Unicode NFC as it is
 * read (text/text.h), a lexicon too (kk/lexicon.h), so a letter typed decomposed (и + U+0306 for
 * й, е + U+0308 for ё) reads as the composed one; and the Latin look-alike letters of a word that
 * mixes them with Cyrillic are folded before any rule (text/utt.h dy_tokens_fold) while the
 * spoken words still point at the bytes as written. */
#include "helpers.h"

#include "normalize/normalize.h"
#include "text/sentence.h"
#include "text/text.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

/* s in NFD (decomposed); caller frees. */
static char *nfd(const char *s)
{
    char *d = (char *)utf8proc_NFD((const utf8proc_uint8_t *)s);
    assert_non_null(d);
    return d;
}

/* What the CLI's `dauys normalize` does with a file of these bytes: the text reader, chapters
 * and paragraphs, the splitter, the normalizer; one spoken sentence a line into out, or the
 * reader's error message. */
static void read_aloud(const char *bytes, const dy_lexicon *lex, dy_buf *out)
{
    dy_buf_clear(out);
    dy_source src;
    dy_diag d = {0};
    if (dy_source_from_memory(&src, "t.txt", bytes, strlen(bytes), &d) != DY_OK) {
        dy_buf_printf(out, "error %d:%d: %s", d.line, d.col, d.msg);
        return;
    }
    dy_meta meta = {0};
    dy_chapter_vec chapters = {0};
    if (dy_text_parse(&src, &meta, "t", &chapters, &d) != DY_OK)
        dy_buf_printf(out, "error %d:%d: %s", d.line, d.col, d.msg);
    dy_norm_opts opts = {lex, false};
    for (size_t c = 0; c < chapters.len; c++) {
        dy_span para;
        for (size_t pos = 0; dy_chapter_para(&chapters.items[c], &pos, &para);) {
            dy_span_vec sentences = {0};
            dy_sentence_split_lex(src.data, para, lex, &sentences);
            for (size_t s = 0; s < sentences.len; s++) {
                dy_utt u = {0};
                u.src = sentences.items[s];
                dy_normalize_with(src.data, &u, &opts);
                dy_buf_printf(out, "%s\n", dy_buf_str(&u.spoken));
                dy_utt_fini(&u);
            }
            DY_VEC_FREE(&sentences);
        }
        dy_chapter_fini(&chapters.items[c]);
    }
    DY_VEC_FREE(&chapters);
    dy_meta_fini(&meta);
    dy_source_fini(&src);
}

/* Every input of the golden table written in NFD reads exactly as written in NFC. */
static void test_golden_table_in_nfd(void **state)
{
    (void)state;
    th_table t = th_golden_load("normalize");
    int failures = 0;
    size_t decomposed = 0;
    dy_buf want = {0}, got = {0};
    for (size_t i = 0; i < t.nrows; i++) {
        const th_row *r = &t.rows[i];
        if (r->nfields < 2)
            continue;
        char *in = th_expand_escapes(r->fields[1]);
        char *d = nfd(in);
        if (strcmp(in, d) != 0) {
            decomposed++;
            read_aloud(in, NULL, &want);
            read_aloud(d, NULL, &got);
            if (strcmp(dy_buf_str(&want), dy_buf_str(&got)) != 0) {
                print_error("%s:%d: %s written in NFD reads differently\n    NFC: %s    NFD: %s\n",
                            r->file, r->line, r->fields[0], dy_buf_str(&want), dy_buf_str(&got));
                failures++;
            }
        }
        free(d);
        free(in);
    }
    dy_buf_fini(&want);
    dy_buf_fini(&got);
    th_tsv_free(&t);
    assert_true(decomposed >= 50); /* rows with й, ё, é ...: the test reads something */
    if (failures)
        fail_msg("%d rows read differently in NFD", failures);
}

/* The source kept is NFC; a decomposed letter counts as one column after it, and invalid UTF-8 is
 * found on the bytes as written. */
static void test_source_is_nfc(void **state)
{
    (void)state;
    dy_source src;
    dy_diag d = {0};
    const char *text = "Кеи\xCC\x86ін е\xCC\x88 caf\x65\xCC\x81\n";
    assert_int_equal(dy_source_from_memory(&src, "t.txt", text, strlen(text), &d), DY_OK);
    assert_string_equal(src.data, "Кейін ё café\n");
    assert_int_equal(src.len, strlen("Кейін ё café\n"));
    int line, col;
    dy_source_position(&src, strlen("Кейін ё caf"), &line, &col);
    assert_int_equal(line, 1);
    assert_int_equal(col, 12); /* "é" is the 12th character as it is shown */
    dy_source_fini(&src);
    const char *bad = "и\xCC\x86\xFF";
    assert_int_equal(dy_source_from_memory(&src, "t.txt", bad, strlen(bad), &d), DY_ERR_INPUT);
    assert_int_equal(d.line, 1);
    assert_int_equal(d.col, 3); /* и, U+0306, then the bad byte: the bytes as written */
}

/* A lexicon written in NFD matches text written in NFC, and the other way round. */
static void test_lexicon_nfc(void **state)
{
    (void)state;
    const char *composed = "Ақжайық\tАқ Жайық\n";
    char *decomposed = nfd(composed);
    assert_string_not_equal(composed, decomposed);
    const char *texts[] = {"Ақжайық өзені.", NULL};
    char *text_nfd = nfd(texts[0]);
    texts[1] = text_nfd;
    const char *lexicons[] = {composed, decomposed};
    dy_buf out = {0};
    for (int l = 0; l < 2; l++) {
        dy_lexicon *lex = dy_lexicon_new();
        dy_diag d = {0};
        assert_int_equal(dy_lexicon_parse(lex, "x.lexicon", lexicons[l], strlen(lexicons[l]), &d),
                         DY_OK);
        for (int t = 0; t < 2; t++) {
            read_aloud(texts[t], lex, &out);
            assert_string_equal(dy_buf_str(&out), "Ақ Жайық өзені.\n");
        }
        dy_lexicon_free(lex);
    }
    dy_buf_fini(&out);
    free(text_nfd);
    free(decomposed);
}

/* A folded word is read folded but points at the bytes as written: "қaзанда" with a Latin a. */
static void test_fold_keeps_spans(void **state)
{
    (void)state;
    const char *text = "Бүгін 10 қaзанда Aлматыда.";
    dy_utt u = {0};
    u.src = (dy_span){strlen("Бүгін "), strlen(text)};
    dy_normalize(text, &u);
    assert_string_equal(dy_buf_str(&u.spoken), "оныншы қазанда Алматыда.");
    const char *src_of[] = {"10", "қaзанда", "Aлматыда", "."};
    assert_int_equal(u.words.len, 4);
    for (size_t k = 0; k < u.words.len; k++) {
        dy_span s = u.words.items[k].src;
        assert_int_equal(s.end - s.start, strlen(src_of[k]));
        assert_memory_equal(text + s.start, src_of[k], s.end - s.start);
    }
    for (size_t k = 0; k < u.tokens.len; k++)
        assert_true(u.tokens.items[k].src.end <= strlen(text));
    dy_utt_fini(&u);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden_table_in_nfd),
        cmocka_unit_test(test_source_is_nfc),
        cmocka_unit_test(test_lexicon_nfc),
        cmocka_unit_test(test_fold_keeps_spans),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
