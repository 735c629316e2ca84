/* Unit tests of src/kk/numbers.c: the golden table tests/data/kk_numbers.tsv (sections 4-8 of the
 * specification as data) and the API's edge cases (failure appends nothing, buffer appending,
 * chain length limits). A failing row prints file:line, function, input, expected and actual. */
#include "helpers.h"

#include "kk/numbers.h"

#include <stdio.h>
#include <string.h>

static const struct {
    const char *name;
    dy_kk_morph morph;
} morph_names[] = {
    {"PLURAL", DY_KK_PLURAL}, {"GEN", DY_KK_GEN},     {"DAT", DY_KK_DAT},
    {"ACC", DY_KK_ACC},       {"LOC", DY_KK_LOC},     {"ABL", DY_KK_ABL},
    {"INS", DY_KK_INS},       {"POSS3", DY_KK_POSS3}, {"ORD", DY_KK_ORD},
    {"ATTR", DY_KK_ATTR},     {"COLL", DY_KK_COLL},   {"LAP", DY_KK_LAP},
    {"LYQ", DY_KK_LYQ},       {"PRIV", DY_KK_PRIV},   {"APPROX", DY_KK_APPROX},
    {"LAGAN", DY_KK_LAGAN},
};
#define N_NAMES (sizeof morph_names / sizeof morph_names[0])

static const char *morph_name(dy_kk_morph m)
{
    for (size_t i = 0; i < N_NAMES; i++)
        if (morph_names[i].morph == m)
            return morph_names[i].name;
    return "?";
}

static bool morph_parse(const char *s, size_t n, dy_kk_morph *m)
{
    for (size_t i = 0; i < N_NAMES; i++) {
        if (strlen(morph_names[i].name) == n && memcmp(morph_names[i].name, s, n) == 0) {
            *m = morph_names[i].morph;
            return true;
        }
    }
    return false;
}

/* "жүз қырық ORD" -> the words before the first morph name go to *word; the names to chain. */
static int split_inflect(const char *in, dy_buf *word, dy_kk_morph *chain, int max)
{
    int n = 0;
    for (const char *p = in; *p;) {
        size_t len = strcspn(p, " ");
        dy_kk_morph m;
        if (morph_parse(p, len, &m)) {
            if (n == max)
                return -1;
            chain[n++] = m;
        } else if (n == 0) {
            if (word->len)
                dy_buf_putc(word, ' ');
            dy_buf_append(word, p, len);
        } else {
            return -1; /* a word after a morph name: a broken row */
        }
        p += len;
        p += strspn(p, " ");
    }
    return n;
}

static void put_chain(dy_buf *out, int n, const dy_kk_morph *chain)
{
    if (n < 0) {
        dy_buf_puts(out, "-1");
        return;
    }
    for (int i = 0; i < n; i++) {
        if (i)
            dy_buf_putc(out, ' ');
        dy_buf_puts(out, morph_name(chain[i]));
    }
}

/* Inflects the last word of the words in `number` with chain (the rest is copied). */
static void inflect_last(dy_buf *out, const char *number, const dy_kk_morph *chain, int n)
{
    const char *sp = strrchr(number, ' ');
    size_t head = sp ? (size_t)(sp + 1 - number) : 0;
    dy_buf_append(out, number, head);
    dy_kk_inflect(out, number + head, chain, (size_t)n);
}

/* Section 7.1 steps 3-5 through the public API, as the normalizer is meant to use it:
 * "[month-genitive ]DIGITS[-]TAIL". */
static void read_suffixed(dy_buf *out, const char *in)
{
    const char *tok = in;
    const char *sp = strrchr(in, ' ');
    if (sp) { /* a genitive month before the number: keep it, and read -нан as possessive */
        dy_buf_append(out, in, (size_t)(sp + 1 - in));
        tok = sp + 1;
    }
    size_t nd = strspn(tok, "0123456789");
    const char *tail = tok + nd + (tok[nd] == '-');
    dy_buf number = {0};
    if (!dy_kk_cardinal(&number, tok, nd)) {
        dy_buf_puts(out, "(false)");
        return;
    }
    const char *last = strrchr(dy_buf_str(&number), ' ');
    last = last ? last + 1 : dy_buf_str(&number);
    dy_kk_morph chain[5];
    int n = sp ? dy_kk_parse_tail(tail, strlen(tail), chain, 5)
               : dy_kk_parse_tail_after(last, tail, strlen(tail), chain, 5);
    if (n >= 0) { /* step 3: the whole tail is a chain: rebuild it on the last spoken word */
        inflect_last(out, dy_buf_str(&number), chain, n);
    } else { /* step 4: the tail is a word: ordinal + space + the word as written */
        dy_kk_ordinal(out, tok, nd);
        dy_buf_putc(out, ' ');
        dy_buf_puts(out, tail);
    }
    dy_buf_fini(&number);
}

/* Runs one row; returns false when the function name is unknown. */
static bool run_row(const char *fn, const char *in, dy_buf *got)
{
    dy_kk_morph chain[8];
    if (strcmp(fn, "cardinal") == 0) {
        if (!dy_kk_cardinal(got, in, strlen(in)))
            dy_buf_puts(got, got->len ? " (false, but appended)" : "(false)");
    } else if (strcmp(fn, "ordinal") == 0) {
        if (!dy_kk_ordinal(got, in, strlen(in)))
            dy_buf_puts(got, got->len ? " (false, but appended)" : "(false)");
    } else if (strcmp(fn, "digits") == 0) {
        dy_kk_digits(got, in, strlen(in));
    } else if (strcmp(fn, "inflect") == 0) {
        dy_buf word = {0};
        int n = split_inflect(in, &word, chain, 8);
        if (n < 0)
            dy_buf_puts(got, "(bad input)");
        else
            inflect_last(got, dy_buf_str(&word), chain, n);
        dy_buf_fini(&word);
    } else if (strcmp(fn, "tail") == 0) {
        put_chain(got, dy_kk_parse_tail(in, strlen(in), chain, 8), chain);
    } else if (strcmp(fn, "tail_after") == 0) {
        const char *sp = strchr(in, ' ');
        if (!sp)
            return false;
        char *word = dy_xstrndup(in, (size_t)(sp - in));
        put_chain(got, dy_kk_parse_tail_after(word, sp + 1, strlen(sp + 1), chain, 8), chain);
        free(word);
    } else if (strcmp(fn, "suffixed") == 0) {
        read_suffixed(got, in);
    } else {
        return false;
    }
    return true;
}

/* "(empty)" in the table is the empty string: th_tsv_load does not terminate an empty field. */
static const char *field(const char *f) { return strcmp(f, "(empty)") == 0 ? "" : f; }

static void test_golden_table(void **state)
{
    (void)state;
    char *path = th_data("kk_numbers.tsv");
    th_table t = th_tsv_load(path);
    int failures = 0;
    assert_true(t.nrows >= 250);
    for (size_t i = 0; i < t.nrows; i++) {
        const th_row *r = &t.rows[i];
        if (r->nfields != 4) {
            print_error("%s:%d: expected 4 fields, found %d\n", path, r->line, r->nfields);
            failures++;
            continue;
        }
        const char *id = r->fields[0], *fn = r->fields[1], *in = field(r->fields[2]),
                   *want = field(r->fields[3]);
        dy_buf got = {0};
        if (!run_row(fn, in, &got)) {
            print_error("%s:%d: %s: unknown function or input \"%s\"\n", path, r->line, id, fn);
            failures++;
        } else if (strcmp(dy_buf_str(&got), want) != 0) {
            print_error("%s:%d: %s: %s(\"%s\")\n    expected: \"%s\"\n    actual:   \"%s\"\n", path,
                        r->line, id, fn, in, want, dy_buf_str(&got));
            failures++;
        }
        dy_buf_fini(&got);
    }
    size_t rows = t.nrows;
    th_tsv_free(&t);
    free(path);
    if (failures)
        fail_msg("%d of %zu rows of kk_numbers.tsv failed", failures, rows);
}

/* Failure appends nothing; success appends to what is there, without a separator. */
static void test_append_and_failure(void **state)
{
    (void)state;
    dy_buf b = {0};
    dy_buf_puts(&b, "x");
    assert_false(dy_kk_cardinal(&b, "1234567890123456", 16));
    assert_false(dy_kk_cardinal(&b, "", 0));
    assert_false(dy_kk_cardinal(&b, "1-", 2));
    assert_false(dy_kk_ordinal(&b, "9999999999999999", 16));
    assert_false(dy_kk_cardinal_u64(&b, 1000000000000000ull));
    assert_false(dy_kk_ordinal_u64(&b, UINT64_MAX));
    assert_string_equal(dy_buf_str(&b), "x");
    assert_true(dy_kk_cardinal(&b, "25", 2));
    assert_string_equal(dy_buf_str(&b), "xжиырма бес");
    dy_buf_clear(&b);
    assert_true(dy_kk_cardinal_u64(&b, 999999999999999ull));
    assert_true(strncmp(dy_buf_str(&b), "тоғыз жүз тоқсан тоғыз триллион", 58) == 0);
    dy_buf_clear(&b);
    assert_true(dy_kk_ordinal_u64(&b, 40));
    assert_string_equal(dy_buf_str(&b), "қырқыншы");
    dy_buf_clear(&b);
    /* only n bytes are read */
    assert_true(dy_kk_cardinal(&b, "19179", 4));
    assert_string_equal(dy_buf_str(&b), "мың тоғыз жүз он жеті");
    dy_buf_clear(&b);
    dy_kk_digits(&b, "", 0);
    assert_int_equal(b.len, 0);
    dy_buf_fini(&b);
}

static void test_inflect_appends(void **state)
{
    (void)state;
    dy_buf b = {0};
    dy_buf_puts(&b, "жүз ");
    const dy_kk_morph ord = DY_KK_ORD;
    dy_kk_inflect(&b, "жиырма", &ord, 1);
    assert_string_equal(dy_buf_str(&b), "жүз жиырмасыншы");
    dy_buf_clear(&b);
    dy_kk_inflect(&b, "", NULL, 0);
    assert_string_equal(dy_buf_str(&b), "");
    dy_buf_fini(&b);
}

static void test_tail_limits(void **state)
{
    (void)state;
    dy_kk_morph chain[5];
    const char *t = "шіге";
    assert_int_equal(dy_kk_parse_tail(t, strlen(t), chain, 2), 2);
    assert_int_equal(chain[0], DY_KK_ORD);
    assert_int_equal(chain[1], DY_KK_DAT);
    assert_int_equal(dy_kk_parse_tail(t, strlen(t), chain, 1), -1);
    assert_int_equal(dy_kk_parse_tail(t, strlen(t), chain, 0), -1);
    /* only n bytes are read: "ші" of "шіге" */
    assert_int_equal(dy_kk_parse_tail(t, strlen("ші"), chain, 5), 1);
    assert_int_equal(chain[0], DY_KK_ORD);
    /* the longest chain the order allows */
    const char *longest = "шыларындағы";
    assert_int_equal(dy_kk_parse_tail(longest, strlen(longest), chain, 5), 5);
    assert_int_equal(chain[4], DY_KK_ATTR);
    /* invalid UTF-8, half a letter */
    assert_int_equal(dy_kk_parse_tail("\xd1", 1, chain, 5), -1);
    assert_int_equal(dy_kk_parse_tail("\xd1\x88\xd1", 3, chain, 5), -1);
    assert_int_equal(dy_kk_parse_tail("\xff\xfe", 2, chain, 5), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden_table),
        cmocka_unit_test(test_append_and_failure),
        cmocka_unit_test(test_inflect_appends),
        cmocka_unit_test(test_tail_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
