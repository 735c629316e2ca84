/* The Kazakh word lists (src/kk/tables.c, src/kk/tsv.c, src/kk/data/): every embedded list
 * loads and agrees with the others, a malformed list is refused with its file and line, and the
 * lookups read the lists (one abbreviation table for the splitter and the normalizer). */
#include "helpers.h"

#include <string.h>

#include "kk/tables.h"
#include "kk/tsv.h"

/* Every list compiled into the program loads: headers, column counts, no key twice, the values
 * of the yes/no and kind columns, and abbreviations.tsv against the lists it names. */
static void test_every_list_loads(void **state)
{
    (void)state;
    dy_diag d = {0};
    if (dy_kk_tables_check(&d) != DY_OK)
        fail_msg("%s:%d:%d: %s", d.path, d.line, d.col, d.msg);
}

static const char *const COLS[] = {"written", "spoken"};

static void expect_refused(const char *text, int line, const char *part)
{
    dy_tsv t;
    dy_diag d = {0};
    dy_status st = dy_tsv_parse(&t, "x.tsv", text, COLS, 2, &d);
    if (st == DY_OK) {
        st = dy_tsv_sort(&t, "x.tsv", &d);
        dy_tsv_fini(&t);
    }
    assert_int_equal(st, DY_ERR_INPUT);
    assert_string_equal(d.path, "x.tsv");
    assert_int_equal(d.line, line);
    if (!strstr(d.msg, part))
        fail_msg("'%s' lacks '%s'", d.msg, part);
}

static void test_malformed_lists(void **state)
{
    (void)state;
    expect_refused("# a list\nwritten\tspoken\nт.б.\tтағы басқа\nмыс.\n", 4,
                   "1 columns, expected 2");
    expect_refused("written\tspoken\nт.б.\tтағы\tбасқа\n", 2, "more than 2 columns");
    expect_refused("written\tsaid\nт.б.\tтағы басқа\n", 1, "column 2 is 'said', expected 'spoken'");
    expect_refused("written\tspoken\nт.б.\t\n", 2, "column 2 (spoken) is empty");
    expect_refused("written\tspoken\nт.б.\tа\nмыс.\tә\n\nт.б.\tб\n", 5,
                   "'т.б.' again (first on line 2)");
    expect_refused("# only a comment\n", 0, "no header");
}

/* Unsorted is fine: the rows are sorted when loaded; CR LF line ends too. */
static void test_sorted_when_loaded(void **state)
{
    (void)state;
    dy_tsv t;
    dy_diag d = {0};
    const char *text = "written\tspoken\r\n# words\r\nқ.\tқала\r\nа.\tауыл\r\nб.\tбет\r\n";
    assert_int_equal(dy_tsv_parse(&t, "x.tsv", text, COLS, 2, &d), DY_OK);
    assert_int_equal(dy_tsv_sort(&t, "x.tsv", &d), DY_OK);
    assert_int_equal(t.nrows, 3);
    assert_string_equal(t.rows[0].cell[0], "а.");
    assert_string_equal(t.rows[2].cell[1], "қала");
    assert_int_equal(t.rows[2].line, 3);
    assert_non_null(dy_tsv_find(&t, "б."));
    assert_null(dy_tsv_find(&t, "в."));
    dy_tsv_fini(&t);
}

/* One abbreviation table: what the splitter knows the normalizer can read, and the other way. */
static void test_abbreviations(void **state)
{
    (void)state;
    const dy_kk_abbr *a = dy_kk_abbr_written("т.б.", strlen("т.б."));
    assert_non_null(a);
    assert_string_equal(a->words, "тағы басқа");
    assert_int_equal(a->end, DY_KK_END_CAPITAL);
    assert_true(a->postpositive);
    assert_ptr_equal(dy_kk_abbreviation("т.б.", strlen("т.б.")), a);
    a = dy_kk_abbreviation("б.з.б.", strlen("б.з.б."));
    assert_string_equal(a->attributive, "біздің заманымыздан бұрынғы");
    assert_int_equal(a->end, DY_KK_END_NEVER);
    /* read by another rule: the splitter sees it, the abbreviation rule does not */
    a = dy_kk_abbr_written("т.", strlen("т."));
    assert_non_null(a);
    assert_null(a->words);
    assert_int_equal(a->end, DY_KK_END_AFTER_NUMBER);
    assert_null(dy_kk_abbreviation("т.", strlen("т.")));
    assert_int_equal(dy_kk_abbr_written("ж.", strlen("ж."))->end, DY_KK_END_YEAR);
    assert_int_equal(dy_kk_abbr_written("қар.", strlen("қар."))->end, DY_KK_END_MONTH_OR_SEE);
    /* once only in the splitter's list, now read too */
    assert_string_equal(dy_kk_abbreviation("геогр.", strlen("геогр."))->words, "география");
    assert_int_equal(dy_kk_month_abbr("авг", strlen("авг")), 8);
    assert_int_equal(dy_kk_month_abbr("қар", strlen("қар")), 11);
    /* once only in the normalizer's units, now known to the splitter */
    assert_int_equal(dy_kk_abbr_written("тәул.", strlen("тәул."))->end, DY_KK_END_AFTER_NUMBER);
    assert_null(dy_kk_abbr_written("т.б", strlen("т.б")));
}

static void test_lookups(void **state)
{
    (void)state;
    assert_string_equal(dy_kk_letter_name(0x049B /* қ */), "қа");
    assert_null(dy_kk_letter_name('q'));
    assert_string_equal(dy_kk_latin_letter_name('W'), "дабл-ю");
    assert_string_equal(dy_kk_month_name(12), "желтоқсан");
    size_t stem = 0;
    assert_int_equal(dy_kk_month("Қарашадағы", strlen("Қарашадағы"), &stem), 11);
    assert_int_equal(stem, strlen("қараша"));
    assert_string_equal(dy_kk_acronym("ҚР", strlen("ҚР")), "Қазақстан Республикасы");
    assert_int_equal(dy_kk_numbered_noun("ғасырдың", strlen("ғасырдың")), DY_KK_NOUN_CENTURY);
    assert_int_equal(dy_kk_numbered_noun("орны", strlen("орны")), DY_KK_NOUN_NUMBERED);
    assert_string_equal(dy_kk_symbol_word(0x2212), "минус");
    assert_string_equal(dy_kk_unit_word("КВТ", strlen("КВТ"))->key, "кВт");
    assert_null(dy_kk_unit_word("М", strlen("М")));
    assert_true(dy_kk_unit_word("руб", strlen("руб"))->period);
    assert_string_equal(dy_kk_currency_sign(0x20B8)->minor, "тиын");
    assert_true(dy_kk_is_sentence_opener("Бұл", strlen("Бұл")));
    assert_false(dy_kk_is_sentence_opener("бұл", strlen("бұл")));
    assert_true(dy_kk_is_tld("KZ", 2));
    assert_true(dy_kk_is_file_extension("pdf", 3) && dy_kk_is_file_extension("DOCX", 4));
    assert_true(!dy_kk_is_file_extension("Pdf", 3) && !dy_kk_is_file_extension("kz", 2));
    assert_true(dy_kk_is_seat_noun("автобуста", strlen("автобуста")));
    assert_true(dy_kk_is_seat_noun("Кереуеттер", strlen("Кереуеттер")));
    assert_true(!dy_kk_is_seat_noun("аудан", strlen("аудан")));
    assert_true(dy_kk_place_abbr("обл", strlen("обл"))->after_name);
    assert_true(dy_kk_language_abbr("орыс", strlen("орыс"))->is_word);
    assert_int_equal(dy_kk_time_noun("тәулігі"), strlen("тәуліг"));
    bool bare = false;
    assert_true(dy_kk_is_event_noun("санағы", strlen("санағы"), &bare));
    assert_false(bare);
    assert_true(dy_kk_is_act_noun("Қаулысымен", strlen("Қаулысымен")));
    assert_true(dy_kk_is_act_noun("Жарлығына", strlen("Жарлығына")));
    assert_false(dy_kk_is_act_noun("Алматы", strlen("Алматы")));
#define POSSESSED(w, m) dy_kk_is_possessed_noun(w, strlen(w), m)
    assert_true(POSSESSED("академигі", false));
    assert_true(POSSESSED("Мүшесіне", false));
    assert_true(POSSESSED("академигінің", false));
    assert_false(POSSESSED("академия", false));
    assert_true(POSSESSED("корреспондент", true));
    assert_false(POSSESSED("корреспонденті", true));
    assert_false(POSSESSED("корреспондент", false));
#undef POSSESSED
    assert_string_equal(dy_kk_imprint_place("А.", strlen("А.")), "Алматы");
    assert_null(dy_kk_imprint_place("А", strlen("А")));
    assert_string_equal(dy_kk_weekday_abbr("ЖМ", strlen("ЖМ")), "жұма");
    assert_string_equal(dy_kk_weekday_abbr("жм", strlen("жм")), "жұма"); /* "дс-жм 9:00" */
    assert_null(dy_kk_weekday_abbr("жМ", strlen("жМ")));
    /* element symbols are case-sensitive: Co is cobalt, CO is C and O */
    assert_string_equal(dy_kk_chemical_element("Co", 2), "кобальт");
    assert_string_equal(dy_kk_chemical_element("Cu", 2), "купрум");
    assert_string_equal(dy_kk_chemical_element("O", 1), "о");
    assert_null(dy_kk_chemical_element("CO", 2));
    assert_null(dy_kk_chemical_element("co", 2));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_list_loads),
        cmocka_unit_test(test_malformed_lists),
        cmocka_unit_test(test_sorted_when_loaded),
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_lookups),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
