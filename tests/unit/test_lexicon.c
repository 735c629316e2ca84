/* The user's pronunciation lexicon: parsing with file:line errors, whole-word longest matches,
 * later entries winning, and its place before the built-in normalization rules. */
#include "helpers.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_later_file_wins_over_duplicates),
        cmocka_unit_test(test_match_longest_whole_word),
        cmocka_unit_test(test_applied_before_built_in_rules),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
