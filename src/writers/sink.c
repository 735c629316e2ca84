/* The writers' output, a piece at a time (see sink.h). */
#include "writers/sink.h"

#include <stdlib.h>
#include <string.h>

#define PASS_BYTES ((size_t)64 << 10)

dy_status dy_sink_file(dy_sink *s, const char *path, dy_diag *d)
{
    memset(s, 0, sizeof *s);
    s->st = dy_outfile_open(&s->file, path, d);
    return s->st;
}

dy_status dy_sink_file_in(dy_sink *s, const char *dir, const char *name, dy_diag *d)
{
    char *path = dy_path_join(dir, name);
    dy_status st = dy_sink_file(s, path, d);
    free(path);
    return st;
}

dy_status dy_sink_entry(dy_sink *s, dy_zip *z, const char *name, dy_diag *d)
{
    memset(s, 0, sizeof *s);
    s->zip = z;
    s->st = dy_zip_begin(z, name, d);
    return s->st;
}

static dy_status put(dy_sink *s, dy_diag *d)
{
    if (s->st == DY_OK && s->b.len)
        s->st = s->file ? dy_outfile_write(s->file, s->b.data, s->b.len, d)
                        : dy_zip_write(s->zip, s->b.data, s->b.len, d);
    dy_buf_clear(&s->b);
    return s->st;
}

dy_status dy_sink_pass(dy_sink *s, dy_diag *d)
{
    return s->b.len >= PASS_BYTES ? put(s, d) : s->st;
}

dy_status dy_sink_clips(dy_sink *s, const dy_timeline *tl, size_t c, dy_clip_fn clip, dy_diag *d)
{
    dy_status st = DY_OK;
    dy_tl_reader r;
    dy_tl_sentence sent;
    uint64_t begin = 0; /* where clip i starts */
    size_t i = 0;
    dy_tl_read(&r, tl, c);
    while (st == DY_OK && dy_tl_next(&r, &sent)) {
        clip(&s->b, tl, c, i++, begin, sent.start);
        begin = sent.start;
        st = dy_sink_pass(s, d);
    }
    if (st == DY_OK)
        st = dy_tl_read_end(&r, d);
    clip(&s->b, tl, c, i, begin, tl->chapters.items[c].samples);
    return st;
}

dy_status dy_sink_finish(dy_sink *s, dy_status st, dy_diag *d)
{
    if (st == DY_OK)
        st = put(s, d);
    if (st == DY_OK)
        st = s->file ? dy_outfile_commit(s->file, d) : dy_zip_end(s->zip, d);
    else
        dy_outfile_abort(s->file);
    s->file = NULL;
    dy_buf_fini(&s->b);
    return st;
}
