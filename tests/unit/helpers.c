/* Test helpers (see helpers.h). */
#include "helpers.h"

#include <dirent.h>

#include <ebur128.h>
#include <math.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

char *th_tmpdir(const char *name)
{
    dy_buf b = {0};
    dy_buf_printf(&b, "%s/%s", DY_TEST_TMP, name);
    dy_buf cmd = {0};
    dy_buf_printf(&cmd, "rm -rf '%s' && mkdir -p '%s'", b.data, b.data);
    if (system(cmd.data) != 0)
        fail_msg("cannot make %s", b.data);
    dy_buf_fini(&cmd);
    return b.data;
}

char *th_read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    dy_buf b = {0};
    char tmp[65536];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        dy_buf_append(&b, tmp, n);
    fclose(f);
    if (len)
        *len = b.len;
    if (!b.data)
        b.data = dy_xstrdup("");
    return b.data;
}

void th_write(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, n, f) != n || fclose(f) != 0)
        fail_msg("cannot write %s", path);
}

char *th_data(const char *rel)
{
    dy_buf b = {0};
    dy_buf_printf(&b, "%s/%s", DY_TEST_DATA, rel);
    return b.data;
}

static char *unescape(const char *s, size_t n)
{
    dy_buf b = {0};
    dy_buf_reserve(&b, n);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n) {
            char c = s[++i];
            dy_buf_putc(&b, c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c);
        } else {
            dy_buf_putc(&b, s[i]);
        }
    }
    if (!b.data)
        b.data = dy_xstrdup("");
    return b.data;
}

/* Appends the rows of the file at path to t. */
static void tsv_append(th_table *t, size_t *cap, const char *path)
{
    size_t len;
    char *text = th_read(path, &len);
    if (!text)
        fail_msg("cannot read table %s", path);
    t->files = dy_xrealloc(t->files, sizeof(char *) * (t->nfiles + 1));
    const char *file = t->files[t->nfiles++] = dy_xstrdup(path);
    int line = 0;
    for (char *p = text; *p;) {
        char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        line++;
        if (n && p[n - 1] == '\r')
            n--;
        if (n && p[0] != '#') {
            if (t->nrows == *cap)
                t->rows = dy_vec_grow(t->rows, cap, t->nrows, sizeof *t->rows);
            th_row *r = &t->rows[t->nrows++];
            r->file = file;
            r->line = line;
            r->nfields = 0;
            r->fields = NULL;
            size_t start = 0;
            for (size_t i = 0; i <= n; i++) {
                if (i == n || p[i] == '\t') {
                    r->fields = dy_xrealloc(r->fields, sizeof(char *) * (size_t)(r->nfields + 1));
                    r->fields[r->nfields++] = unescape(p + start, i - start);
                    start = i + 1;
                }
            }
        }
        p = eol ? eol + 1 : p + n;
    }
    free(text);
}

th_table th_tsv_load(const char *path)
{
    th_table t = {0};
    size_t cap = 0;
    t.path = dy_xstrdup(path);
    tsv_append(&t, &cap, path);
    return t;
}

th_table th_golden_load(const char *name)
{
    th_table t = {0};
    size_t cap = 0;
    dy_buf b = {0};
    dy_buf_printf(&b, "%s/%s.tsv", DY_TEST_DATA, name);
    t.path = dy_xstrdup(dy_buf_str(&b));
    tsv_append(&t, &cap, t.path);
    dy_buf_clear(&b);
    dy_buf_printf(&b, "%s/%s", DY_TEST_DATA, name);
    DIR *d = opendir(dy_buf_str(&b));
    char **names = NULL;
    size_t n = 0;
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t l = strlen(e->d_name);
        if (l > 4 && strcmp(e->d_name + l - 4, ".tsv") == 0) {
            names = dy_xrealloc(names, sizeof(char *) * (n + 1));
            names[n++] = dy_xstrdup(e->d_name);
        }
    }
    if (d)
        closedir(d);
    if (n)
        qsort(names, n, sizeof *names, dy_cmp_strp);
    for (size_t i = 0; i < n; i++) {
        dy_buf p = {0};
        dy_buf_printf(&p, "%s/%s", dy_buf_str(&b), names[i]);
        tsv_append(&t, &cap, dy_buf_str(&p));
        dy_buf_fini(&p);
        free(names[i]);
    }
    free(names);
    dy_buf_fini(&b);
    return t;
}

void th_tsv_free(th_table *t)
{
    for (size_t i = 0; i < t->nrows; i++) {
        for (int k = 0; k < t->rows[i].nfields; k++)
            free(t->rows[i].fields[k]);
        free(t->rows[i].fields);
    }
    free(t->rows);
    for (size_t i = 0; i < t->nfiles; i++)
        free(t->files[i]);
    free(t->files);
    free(t->path);
    memset(t, 0, sizeof *t);
}

#include <fcntl.h>
#include <mpg123.h>
#include <unistd.h>

th_capture th_stderr_capture(void)
{
    th_capture c;
    snprintf(c.path, sizeof c.path, "/tmp/dauys-stderr-XXXXXX");
    c.fd = mkstemp(c.path);
    assert_true(c.fd >= 0);
    fflush(stderr);
    c.saved = dup(STDERR_FILENO);
    dup2(c.fd, STDERR_FILENO);
    return c;
}

char *th_stderr_release(th_capture *c)
{
    fflush(stderr);
    dup2(c->saved, STDERR_FILENO);
    close(c->saved);
    close(c->fd);
    char *printed = th_read(c->path, NULL);
    unlink(c->path);
    return printed ? printed : dy_xstrdup("");
}

void th_mp3_decode(const char *path, th_decoded *out, bool keep_pcm)
{
    memset(out, 0, sizeof *out);
    /* libmpg123 reports resyncs and damaged frames on stderr: capture them */
    th_capture cap = th_stderr_capture();

    dy_buf problems = {0};
    mpg123_handle *mh = mpg123_new(NULL, NULL);
    mpg123_param(mh, MPG123_ADD_FLAGS, MPG123_GAPLESS, 0);
    mpg123_param(mh, MPG123_RESYNC_LIMIT, 0, 0);
    int r = mpg123_open(mh, path);
    if (r != MPG123_OK)
        dy_buf_printf(&problems, "open: %s; ", mpg123_strerror(mh));
    long rate = 0;
    int channels = 0, enc = 0;
    unsigned char buf[16384];
    DY_VEC(int16_t) pcm = {0};
    while (r == MPG123_OK || r == MPG123_NEW_FORMAT) {
        size_t done = 0;
        r = mpg123_read(mh, buf, sizeof buf, &done);
        if (r == MPG123_NEW_FORMAT || (rate == 0 && r == MPG123_OK)) {
            mpg123_getformat(mh, &rate, &channels, &enc);
            struct mpg123_frameinfo fi;
            if (mpg123_info(mh, &fi) == MPG123_OK) {
                out->layer = fi.layer;
                out->bitrate = fi.bitrate;
                out->cbr = fi.vbr == MPG123_CBR;
            }
        }
        out->samples += (int64_t)(done / 2);
        if (keep_pcm)
            for (size_t i = 0; i + 1 < done; i += 2)
                *DY_VEC_PUSH(&pcm) = (int16_t)(buf[i] | (buf[i + 1] << 8));
    }
    if (r != MPG123_DONE)
        dy_buf_printf(&problems, "decode: %s; ", mpg123_plain_strerror(r));
    mpg123_close(mh);
    mpg123_delete(mh);

    char *printed = th_stderr_release(&cap);
    if (*printed)
        dy_buf_printf(&problems, "stderr: %s", printed);
    free(printed);
    snprintf(out->problems, sizeof out->problems, "%s", dy_buf_str(&problems));
    dy_buf_fini(&problems);
    out->rate = rate;
    out->channels = channels;
    if (channels > 1)
        out->samples /= channels;
    out->pcm = keep_pcm ? pcm.items : NULL;
    if (!keep_pcm)
        DY_VEC_FREE(&pcm);
}

double th_true_peak_dbtp(const int16_t *x, size_t n, int rate)
{
    ebur128_state *st = ebur128_init(1, (unsigned long)rate, EBUR128_MODE_TRUE_PEAK);
    assert_non_null(st);
    int16_t tail[64] = {0};
    assert_int_equal(ebur128_add_frames_short(st, x, n), EBUR128_SUCCESS);
    assert_int_equal(ebur128_add_frames_short(st, tail, 64), EBUR128_SUCCESS);
    double peak = 0;
    assert_int_equal(ebur128_true_peak(st, 0, &peak), EBUR128_SUCCESS);
    ebur128_destroy(&st);
    return peak > 0 ? 20.0 * log10(peak) : -HUGE_VAL;
}

char *th_expand_escapes(const char *s)
{
    dy_buf b = {0};
    while (*s) {
        unsigned cp;
        int used = 0;
        if (s[0] == '{' && sscanf(s, "{U+%5X}%n", &cp, &used) == 1 && used > 0) {
            dy_buf_put_cp(&b, (int32_t)cp);
            s += used;
        } else {
            dy_buf_putc(&b, *s++);
        }
    }
    return b.data ? b.data : dy_xstrdup("");
}
