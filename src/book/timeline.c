/* The timeline (see timeline.h): the one place where sample positions become the milliseconds
 * every output prints (WebVTT, cue sheet, chapter marks, the read-along page, DAISY's and EPUB's
 * SMIL), so that they all agree to the millisecond. */
#include "book/timeline.h"

#include <stdlib.h>

void dy_timeline_fini(dy_timeline *t)
{
    for (size_t i = 0; i < t->chapters.len; i++) {
        free(t->chapters.items[i].title);
        free(t->chapters.items[i].file);
        DY_VEC_FREE(&t->chapters.items[i].sentences);
    }
    DY_VEC_FREE(&t->chapters);
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
