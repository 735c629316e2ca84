/* `dauys normalize`: prints, one sentence a line, what eSpeak NG will be given (or the sentences
 * as written, or each sentence with its rewrites and their rules), without synthesizing. */
#include <stdio.h>
#include <string.h>

#include "book/book.h"
#include "cli/msg.h"
#include "cli/options.h"

typedef struct normalize_out {
    bool split_only;
    bool explain;
} normalize_out;

/* --explain: each rewrite as "source → spoken  [rule]", under the sentence as written and, for
 * a sentence not in Kazakh Cyrillic, its language ("language: ru"). */
static void explain(const char *source, const dy_utt *u)
{
    put_span(source, u->src);
    putchar('\n');
    if (u->lang != DY_LANG_KK)
        printf("  language: %s\n", dy_lang_tag(u->lang));
    const char *spoken = dy_buf_str(&u->spoken);
    for (size_t i = 0; i < u->words.len;) {
        const dy_word *w = &u->words.items[i];
        size_t j = i + 1; /* the words that read the same source with the same rule */
        while (j < u->words.len && u->words.items[j].src.start == w->src.start &&
               u->words.items[j].src.end == w->src.end && !strcmp(u->words.items[j].rule, w->rule))
            j++;
        const dy_word *last = &u->words.items[j - 1];
        size_t from = w->off, to = last->off + last->len;
        bool same = to - from == w->src.end - w->src.start &&
                    !memcmp(spoken + from, source + w->src.start, to - from);
        if (!same) {
            fputs("  ", stdout);
            put_span(source, w->src);
            printf(" \u2192 %.*s  [%s]\n", (int)(to - from), spoken + from, w->rule);
        }
        i = j;
    }
}

/* One line per sentence: what eSpeak will say, the sentence as written (--split-only), or the
 * sentence with its rewrites (--explain). */
static void print_sentence(const char *source, const dy_utt *u, bool is_title, void *user)
{
    normalize_out *o = user;
    if (o->split_only) {
        if (!is_title) {
            put_span(source, u->src);
            putchar('\n');
        }
    } else if (o->explain) {
        explain(source, u);
    } else {
        printf("%s\n", dy_buf_str(&u->spoken));
    }
}

int dy_cmd_normalize(int argc, char **argv)
{
    dy_cli_args a;
    int status;
    if (!dy_cli_parse(DY_CMD_NORMALIZE, argc, argv, &a, &status))
        return status;
    normalize_out o = {a.split_only, a.explain};
    const char *input = a.ninputs ? a.inputs[0] : "-";
    dy_diag d = {0};
    dy_status st = dy_book_normalize(input, &a.settings, print_sentence, &o, &d);
    dy_cli_args_fini(&a);
    if (st != DY_OK) {
        diag_error(&d, st);
        return EXIT_BUILD;
    }
    return finish_stdout();
}
