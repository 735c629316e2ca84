/* `dauys check` in the library (book.h dy_book_check): each sentence of a book, read as a build
 * reads it, through the guess finder (normalize/risk.h), with the guesses placed in their
 * source files. */
#include "book/internal.h"

#include <string.h>

typedef struct check_call {
    dy_finding_fn fn;
    void *user;
    dy_speller *sp;
    dy_risk_vec found;
} check_call;

/* Where offset off of text (a sentence or a title of chapter ch) is in ch's file. */
static void place(const dy_chapter *ch, const char *text, size_t off, int *line, int *col)
{
    const char *at = text == ch->src->data ? text : strstr(ch->src->data, text);
    if (at) /* a front-matter title: where it is written in the file */
        dy_source_position(ch->src, (size_t)(at - ch->src->data) + off, line, col);
    else
        *line = *col = 1;
}

static void check_one(const dy_chapter *ch, const char *text, const dy_utt *u, bool is_title,
                      void *user)
{
    (void)is_title;
    check_call *call = user;
    call->found.len = 0;
    dy_risk_scan(text, u, call->sp, &call->found);
    for (size_t i = 0; i < call->found.len; i++) {
        dy_finding f = {ch->src->path, 0, 0, &call->found.items[i], text, dy_buf_str(&u->spoken)};
        place(ch, text, f.risk->src.start, &f.line, &f.col);
        call->fn(&f, call->user);
    }
}

dy_status dy_book_check(const char *input, const dy_settings *s, dy_speller *sp, dy_finding_fn fn,
                        void *user, dy_diag *d)
{
    check_call call = {fn, user, sp, {0}};
    dy_status st = dy_book_each_utt(input, s, check_one, &call, d);
    DY_VEC_FREE(&call.found);
    return st;
}
