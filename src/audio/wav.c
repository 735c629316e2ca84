/* libsndfile wrapper (see wav.h). */
#include "audio/wav.h"

#include <sndfile.h>
#include <stdlib.h>

#include "core/platform.h"

struct dy_wav {
    dy_outfile *file;
    SNDFILE *sf;
    char *path;
};

dy_status dy_wav_open(dy_wav **out, const char *path, int samplerate, dy_diag *d)
{
    *out = NULL;
    dy_outfile *f;
    dy_status st = dy_outfile_open(&f, path, d);
    if (st != DY_OK)
        return st;
    SF_INFO info = {
        .samplerate = samplerate, .channels = 1, .format = SF_FORMAT_WAV | SF_FORMAT_PCM_16};
    SNDFILE *sf = sf_open_fd(dy_outfile_fd(f), SFM_WRITE, &info, 0);
    if (!sf) {
        dy_outfile_abort(f);
        return dy_diag_set(d, DY_ERR_ENCODE, path, 0, 0, "libsndfile: %s", sf_strerror(NULL));
    }
    dy_wav *w = dy_xcalloc(1, sizeof *w);
    w->file = f;
    w->sf = sf;
    w->path = dy_xstrdup(path);
    *out = w;
    return DY_OK;
}

dy_status dy_wav_write(dy_wav *w, const int16_t *pcm, size_t n, dy_diag *d)
{
    if (sf_write_short(w->sf, pcm, (sf_count_t)n) != (sf_count_t)n)
        return dy_diag_set(d, DY_ERR_IO, w->path, 0, 0, "cannot write: %s", sf_strerror(w->sf));
    return DY_OK;
}

static void wav_free(dy_wav *w)
{
    free(w->path);
    free(w);
}

dy_status dy_wav_close(dy_wav *w, dy_diag *d)
{
    int e = sf_close(w->sf);
    dy_status st;
    if (e != 0) {
        st = dy_diag_set(d, DY_ERR_IO, w->path, 0, 0, "cannot write: %s", sf_error_number(e));
        dy_outfile_abort(w->file);
    } else {
        st = dy_outfile_commit(w->file, d);
    }
    wav_free(w);
    return st;
}

void dy_wav_abort(dy_wav *w)
{
    if (!w)
        return;
    sf_close(w->sf);
    dy_outfile_abort(w->file);
    wav_free(w);
}
