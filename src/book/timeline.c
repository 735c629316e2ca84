/* The timeline (see timeline.h): the one place where sample positions become the milliseconds
 * every output prints (WebVTT, cue sheet, chapter marks, the read-along page, DAISY's and EPUB's
 * SMIL), so that they all agree to the millisecond. */
#include "book/timeline.h"

#include <stdlib.h>
#include <string.h>

/* Sentences kept in memory before they spill: 4096 of 32 bytes. */
#define HELD_MAX 4096

void dy_timeline_fini(dy_timeline *t)
{
    for (size_t i = 0; i < t->chapters.len; i++) {
        free(t->chapters.items[i].title);
        free(t->chapters.items[i].file);
    }
    DY_VEC_FREE(&t->chapters);
    DY_VEC_FREE(&t->held);
    dy_scratch_close(t->spill);
    t->spill = NULL;
}

dy_status dy_tl_add(dy_timeline *t, const dy_tl_sentence *s, dy_diag *d)
{
    dy_status st = DY_OK;
    if (t->held.len >= HELD_MAX && t->spill_dir) {
        if (!t->spill)
            st = dy_scratch_open(&t->spill, t->spill_dir, d);
        if (st == DY_OK)
            st = dy_scratch_append(t->spill, t->held.items, t->held.len * sizeof *s, d);
        if (st != DY_OK)
            return st;
        t->spilled += t->held.len;
        t->held.len = 0;
    }
    dy_tl_chapter *c = &t->chapters.items[t->chapters.len - 1];
    if (c->sentences == 0)
        c->first = t->spilled + t->held.len;
    c->sentences++;
    *DY_VEC_PUSH(&t->held) = *s;
    return DY_OK;
}

dy_tl_sentence *dy_tl_last(dy_timeline *t)
{
    return t->held.len ? &t->held.items[t->held.len - 1] : NULL;
}

void dy_tl_read(dy_tl_reader *r, const dy_timeline *t, size_t chapter)
{
    const dy_tl_chapter *c = &t->chapters.items[chapter];
    r->t = t;
    r->view = c->view;
    r->next = c->first;
    r->end = c->first + c->sentences;
    r->at = r->len = 0;
    r->st = DY_OK;
}

bool dy_tl_next(dy_tl_reader *r, dy_tl_sentence *s)
{
    const dy_timeline *t = r->t;
    if (r->st != DY_OK || r->next >= r->end)
        return false;
    if (r->next >= t->spilled) { /* in memory */
        *s = t->held.items[r->next++ - t->spilled];
        dy_view_pass(r->view, s->src.start);
        return true;
    }
    if (r->at == r->len) {
        uint64_t n = t->spilled - r->next;
        if (n > sizeof r->buf / sizeof *r->buf)
            n = sizeof r->buf / sizeof *r->buf;
        r->st =
            dy_scratch_read(t->spill, r->next * sizeof *s, r->buf, (size_t)n * sizeof *s, &r->diag);
        if (r->st != DY_OK)
            return false;
        r->at = 0;
        r->len = (size_t)n;
    }
    *s = r->buf[r->at++];
    r->next++;
    dy_view_pass(r->view, s->src.start);
    return true;
}

dy_status dy_tl_read_end(dy_tl_reader *r, dy_diag *d)
{
    if (r->st != DY_OK && d)
        *d = r->diag;
    return r->st;
}

int dy_tl_level(const dy_timeline *t, size_t n, int heading)
{
    for (size_t i = n; i-- > 0;)
        if (t->chapters.items[i].heading < heading)
            return dy_tl_chapter_level(&t->chapters.items[i]) + 1;
    return 1;
}

int dy_tl_chapter_level(const dy_tl_chapter *c) { return c->level > 1 ? c->level : 1; }

uint64_t dy_tl_ms(const dy_timeline *t, uint64_t samples)
{
    return (samples * 1000 + (uint64_t)t->rate / 2) / (uint64_t)t->rate;
}
