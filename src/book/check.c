/* `dauys check` in the library (book.h dy_book_check): each sentence of a book, read as a build
 * reads it, through the guess finder (normalize/risk.h), with the guesses placed in their
 * source files. */
#include "book/internal.h"

#include <string.h>

/* The last place found: findings come in the order of the text, so the next one's line and
 * column are counted on from there, not from the start of the file (a book of one long line). */
typedef struct cursor {
    const dy_source *src;
    size_t off;
    int line, col;
} cursor;

typedef struct check_call {
    dy_finding_fn fn;
    void *user;
    dy_speller *sp;
    dy_risk_vec found;
    cursor at;
} check_call;

/* Line and column of byte off of src (as dy_source_position counts them), from the cursor. */
static void position(cursor *c, const dy_source *src, size_t off, int *line, int *col)
{
    if (off > src->len)
        off = src->len;
    if (c->src != src || off < c->off) {
        c->src = src;
        c->off = 0;
        c->line = c->col = 1;
    }
    size_t start = c->off; /* where the count of columns starts: c->col there */
    int base = c->col;
    for (size_t i = c->off; i < off; i++) {
        char ch = src->data[i];
        if (ch == '\n' || (ch == '\r' && (i + 1 >= src->len || src->data[i + 1] != '\n'))) {
            c->line++;
            start = i + 1;
            base = 1;
        }
    }
    c->off = off;
    c->col = base + (int)dy_utf8_count(src->data + start, off - start);
    *line = c->line;
    *col = c->col;
}

/* Where offset off of text (a sentence or a title of chapter ch) is in ch's file. */
static void place(check_call *call, const dy_chapter *ch, const char *text, size_t off, int *line,
                  int *col)
{
    const char *at = text == ch->src->data ? text : strstr(ch->src->data, text);
    if (at) /* a front-matter title: where it is written in the file */
        position(&call->at, ch->src, (size_t)(at - ch->src->data) + off, line, col);
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
        place(call, ch, text, f.risk->src.start, &f.line, &f.col);
        call->fn(&f, call->user);
    }
}

dy_status dy_book_check(const char *input, const dy_settings *s, dy_speller *sp, dy_finding_fn fn,
                        void *user, dy_diag *d)
{
    check_call call = {fn, user, sp, {0}, {NULL, 0, 1, 1}};
    dy_status st = dy_book_each_utt(input, s, check_one, &call, d);
    DY_VEC_FREE(&call.found);
    return st;
}
