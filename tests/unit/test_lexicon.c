/* The user's pronunciation lexicon: parsing with file:line errors, whole-word longest matches,
 * later entries winning, and its place before the built-in normalization rules. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kk/lexicon.h"
#include "normalize/normalize.h"

static dy_lexicon *parse_ok(const char *text)
{
    dy_lexicon *lex = dy_lexicon_new();
    dy_diag d = {0};
    if (dy_lexicon_parse(lex, "my.lexicon", text, strlen(text), &d) != DY_OK)
        fail_msg("%s:%d:%d: %s", d.path, d.line, d.col, d.msg);
    return lex;
}

static void expect_error(const char *text, size_t len, int line, int col, const char *part)
{
    dy_lexicon *lex = dy_lexicon_new();
    dy_diag d = {0};
    assert_int_equal(dy_lexicon_parse(lex, "my.lexicon", text, len, &d), DY_ERR_INPUT);
    assert_string_equal(d.path, "my.lexicon");
    assert_int_equal(d.line, line);
    assert_int_equal(d.col, col);
    if (!strstr(d.msg, part))
        fail_msg("'%s' lacks '%s'", d.msg, part);
    dy_lexicon_free(lex);
}

static void test_parse(void **state)
{
    (void)state;
    dy_lexicon *lex =
        parse_ok("\xEF\xBB\xBF# names\r\n\r\nАбай\tАбай Құнанбайұлы\r\n  \nЖОО\tжоғары оқу орны\n"
                 "ЖОО\tжоғары оқу орындары\n");
    assert_int_equal(dy_lexicon_size(lex), 2); /* the later ЖОО replaced the first */
    const char *spoken;
    const char *t = "ЖОО-ға";
    assert_int_equal(dy_lexicon_match(lex, t, 0, strlen(t), &spoken), strlen("ЖОО"));
    assert_string_equal(spoken, "жоғары оқу орындары");
    dy_lexicon_free(lex);

    expect_error("Абай Құнанбайұлы\n", strlen("Абай Құнанбайұлы\n"), 1, 17, "TAB");
    expect_error("# ok\nа\tб\tв\n", strlen("# ok\nа\tб\tв\n"), 2, 4, "more than one tab");
    expect_error("\tсөз\n", strlen("\tсөз\n"), 1, 1, "written form is empty");
    expect_error("сөз\t \n", strlen("сөз\t \n"), 1, 5, "spoken form is empty");
    expect_error("ок\tок\nс\xC3з\tсөз\n", strlen("ок\tок\nс\xC3з\tсөз\n"), 2, 2, "invalid UTF-8");
}

static void test_later_file_wins_over_duplicates(void **state)
{
    (void)state;
    /* the book's lexicon has duplicates; the one given later (--lexicon) must still win */
    dy_lexicon *lex = parse_ok("Абай\tбір\nАбай\tекі\nАбай\tүш\nкелді\tкетті\n");
    dy_diag d = {0};
    const char *over = "келді\tжүгірді\n";
    assert_int_equal(dy_lexicon_parse(lex, "over.lexicon", over, strlen(over), &d), DY_OK);
    const char *spoken;
    const char *t = "келді";
    assert_int_equal(dy_lexicon_match(lex, t, 0, strlen(t), &spoken), strlen(t));
    assert_string_equal(spoken, "жүгірді");
    t = "Абай";
    assert_int_equal(dy_lexicon_match(lex, t, 0, strlen(t), &spoken), strlen(t));
    assert_string_equal(spoken, "үш");
    dy_lexicon_free(lex);
}

static void test_match_longest_whole_word(void **state)
{
    (void)state;
    dy_lexicon *lex = parse_ok("Ли\tли\nЛи Бай\tли бай\nт.ғ.д.\tтарих ғылымдарының докторы\n");
    const char *spoken = NULL;
    const char *t = "Ли Бай келді";
    assert_int_equal(dy_lexicon_match(lex, t, 0, strlen(t), &spoken), strlen("Ли Бай"));
    assert_string_equal(spoken, "ли бай");
    t = "Лидия келді"; /* not the start of another word */
    assert_int_equal(dy_lexicon_match(lex, t, 0, strlen(t), &spoken), 0);
    t = "профессор, т.ғ.д. Сәбитов";
    size_t at = strlen("профессор, ");
    assert_int_equal(dy_lexicon_match(lex, t, at, strlen(t), &spoken), strlen("т.ғ.д."));
    /* the match may not run past the end of the sentence */
    assert_int_equal(dy_lexicon_match(lex, t, at, at + 3, &spoken), 0);
    assert_int_equal(dy_lexicon_match(NULL, t, 0, strlen(t), &spoken), 0);
    dy_lexicon_free(lex);
}

static void test_applied_before_built_in_rules(void **state)
{
    (void)state;
    dy_lexicon *lex = parse_ok("ҚР\tҚазақстан Республикасы\n1917\tон жеті\nАбай\tАба́й\n");
    dy_norm_opts opts = {lex, false};
    const char *t = "ҚР 1917 ж. Абайдың кітабы.";
    dy_utt u = {0};
    u.src = (dy_span){0, strlen(t)};
    dy_normalize_with(t, &u, &opts);
    /* ҚР and 1917 come from the lexicon; "Абайдың" is another word: untouched */
    assert_string_equal(u.spoken.data, "Қазақстан Республикасы он жеті ж. Абайдың кітабы.");
    assert_string_equal(u.words.items[0].rule, "lexicon");
    assert_int_equal(u.words.items[0].src.start, 0);
    assert_int_equal(u.words.items[0].src.end, strlen("ҚР"));
    dy_utt_fini(&u);
    dy_lexicon_free(lex);
}

/* A text of n bytes of "ә" (2 bytes each) and then `tail` (may be ""), in a new string. */
static char *letters(size_t n, const char *tail)
{
    size_t t = strlen(tail);
    char *s = malloc(n + t + 1);
    for (size_t i = 0; i + 1 < n; i += 2)
        memcpy(s + i, "ә", 2);
    memcpy(s + n - n % 2, tail, t + 1);
    return s;
}

static void test_form_limit(void **state)
{
    (void)state;
    char *form = letters(DY_LEXICON_FORM_MAX, "");
    char line[2 * DY_LEXICON_FORM_MAX];
    snprintf(line, sizeof line, "# ok\nкітап\t%s\n", form);
    dy_lexicon_free(parse_ok(line)); /* at the limit */
    snprintf(line, sizeof line, "# ok\nкітап\t%sә\n", form);
    expect_error(line, strlen(line), 2, 7, "spoken form is too long (limit 1000 bytes)");
    snprintf(line, sizeof line, "%sә\tкітап\n", form);
    expect_error(line, strlen(line), 1, 1, "written form is too long (limit 1000 bytes)");
    free(form);
}

/* The lexicon's spoken forms in a sentence of n bytes stop at 8n + 4096 bytes. */
static void test_expansion_limit(void **state)
{
    (void)state;
    const char *t = "сөз сөз сөз сөз жол."; /* 35 bytes: 4376 bytes of spoken forms */
    assert_int_equal(DY_EXPAND_MAX(strlen(t)), 4376);
    char *word = letters(1000, ""), *at = letters(376, ""), *over = letters(376, "a");
    for (int k = 0; k < 2; k++) {
        char *text = malloc(2000);
        snprintf(text, 2000, "сөз\t%s\nжол\t%s\n", word, k ? over : at);
        dy_lexicon *lex = parse_ok(text);
        free(text);
        dy_norm_opts opts = {lex, false};
        dy_utt u = {0};
        u.src = (dy_span){0, strlen(t)};
        dy_normalize_with(t, &u, &opts);
        assert_int_equal(u.over_limit, k == 1);
        /* under the limit жол is read by the lexicon, over it by the built-in rules */
        assert_int_equal(strstr(u.spoken.data, "жол") != NULL, k == 1);
        assert_true(u.spoken.len <= DY_EXPAND_MAX(strlen(t)) + strlen(" жол."));
        dy_utt_fini(&u);
        dy_lexicon_free(lex);
    }
    free(word);
    free(at);
    free(over);
}

/* A lookup compares a few written forms, however many entries the lexicon holds: 200,000 entries
 * sharing their first letters, 2,000 sentences, at most a handful of comparisons per token (the
 * index by first byte compared all 200,000 at every token starting with "с"). */
static void test_lookup_does_not_scan(void **state)
{
    (void)state;
    dy_buf src = {0};
    for (int i = 0; i < 200000; i++)
        dy_buf_printf(&src, i % 2 ? "сөз%d\tсөз\n" : "сөз%d бас\tбас сөз\n", i);
    dy_lexicon *lex = parse_ok(src.data);
    dy_buf_fini(&src);
    assert_int_equal(dy_lexicon_size(lex), 200000);
    dy_norm_opts opts = {lex, false};
    dy_utt u = {0};
    size_t tokens = 0, before = dy_lexicon_compares(), read = 0;
    char t[128];
    for (int i = 0; i < 2000; i++) {
        snprintf(t, sizeof t, "Бүгін сөз%d бас және сөз%d сәби, сөзбе-сөз келді.", 2 * i,
                 2 * i + 1);
        u.src = (dy_span){0, strlen(t)};
        dy_normalize_with(t, &u, &opts);
        tokens += u.tokens.len;
        read += !strncmp(u.spoken.data, "Бүгін бас сөз және сөз сәби", 40);
    }
    size_t compares = dy_lexicon_compares() - before;
    assert_int_equal(read, 2000); /* every sentence was read through the lexicon */
    if (compares > 8 * tokens)
        fail_msg("%zu comparisons for %zu tokens", compares, tokens);
    dy_utt_fini(&u);
    dy_lexicon_free(lex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_later_file_wins_over_duplicates),
        cmocka_unit_test(test_match_longest_whole_word),
        cmocka_unit_test(test_applied_before_built_in_rules),
        cmocka_unit_test(test_form_limit),
        cmocka_unit_test(test_expansion_limit),
        cmocka_unit_test(test_lookup_does_not_scan),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
