/* `dauys check`: lists, one a line as "file:line:col: kind: source → spoken", every place of the
 * books given where a reading fell back to a guess (book.h dy_book_check, normalize/risk.h), then
 * how many of each kind; a teacher proofreads those places before a build. Exit 0 when every
 * input was read, findings or not (--strict: EXIT_FINDINGS when there were any). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "book/book.h"
#include "cli/msg.h"
#include "cli/options.h"

typedef struct check_out {
    size_t count[DY_RISK_KINDS];
} check_out;

static void print_finding(const dy_finding *f, void *user)
{
    check_out *o = user;
    const dy_risk *r = f->risk;
    o->count[r->kind]++;
    printf("%s:%d:%d: %s: ", f->path, f->line, f->col, dy_risk_name(r->kind));
    put_span(f->text, r->src);
    fputs(" \u2192 ", stdout);
    put_span(f->spoken, r->spoken);
    if (r->note)
        printf("  [%s]", r->note);
    putchar('\n');
}

int dy_cmd_check(int argc, char **argv)
{
    dy_cli_args a;
    int status;
    if (!dy_cli_parse(DY_CMD_CHECK, argc, argv, &a, &status))
        return status;
    if (a.ninputs == 0) {
        errorf("no input: give a .txt or .md file, or a folder (see dauys check --help)");
        dy_cli_args_fini(&a);
        return EXIT_USAGE;
    }
    char **books = NULL;
    size_t nbooks = 0;
    for (size_t k = 0; k < a.ninputs; k++) {
        dy_diag d = {0};
        dy_status st =
            dy_book_inputs(a.inputs[k], (dy_folder_mode)a.folder_mode, &books, &nbooks, &d);
        if (st != DY_OK) {
            diag_error(&d, st);
            status = EXIT_BUILD;
        }
    }
    check_out o = {{0}};
    dy_speller *sp = dy_speller_open(); /* NULL without hunspell-kk: no dictionary note */
    for (size_t k = 0; k < nbooks; k++) {
        dy_diag d = {0};
        dy_status st = dy_book_check(books[k], &a.settings, sp, print_finding, &o, &d);
        if (st != DY_OK) {
            diag_error(&d, st);
            status = EXIT_BUILD;
        }
        free(books[k]);
    }
    free(books);
    dy_speller_free(sp);
    size_t total = 0;
    for (int k = 0; k < DY_RISK_KINDS; k++) {
        printf("%s: %zu\n", dy_risk_name((dy_risk_kind)k), o.count[k]);
        total += o.count[k];
    }
    printf("total: %zu\n", total);
    int out = finish_stdout();
    if (!status)
        status = out ? out : a.strict && total ? EXIT_FINDINGS : 0;
    dy_cli_args_fini(&a);
    return status;
}
