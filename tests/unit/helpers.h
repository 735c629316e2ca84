/* Shared by the unit tests: cmocka, test data paths, temporary folders and TSV tables. */
#ifndef DY_TEST_HELPERS_H
#define DY_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/util.h"

/* A fresh empty folder DY_TEST_TMP/<name> (removed first if it exists); caller frees. */
char *th_tmpdir(const char *name);
/* Whole file (NUL-terminated) or NULL; caller frees. *len may be NULL. */
char *th_read(const char *path, size_t *len);
/* Writes n bytes to path; fails the test on error. */
void th_write(const char *path, const void *data, size_t n);
/* "DY_TEST_DATA/<rel>"; caller frees. */
char *th_data(const char *rel);

/* A TSV table: rows of tab-separated fields; lines starting with '#' and blank lines are skipped.
 * Fields are unescaped: "\t" "\n" "\\" become tab, newline, backslash. */
typedef struct th_row {
    const char *file; /* the file it came from (owned by the table), for failure messages */
    int line;         /* 1-based line in the file, for failure messages */
    int nfields;
    char **fields;
} th_row;
typedef struct th_table {
    char *path;
    char **files; /* every file read (th_golden_load reads several), nfiles of them */
    size_t nfiles;
    th_row *rows;
    size_t nrows;
} th_table;
th_table th_tsv_load(const char *path);
/* A golden table: DY_TEST_DATA/<name>.tsv, then every .tsv file in the folder DY_TEST_DATA/<name>,
 * in name order (one file per class of text, so that work on different classes never edits the same
 * file). t.path is the first file. */
th_table th_golden_load(const char *name);
void th_tsv_free(th_table *t);
/* A table field with each "{U+XXXX}" (an invisible character, NBSP, a Latin look-alike) replaced
 * by that character. Caller frees. */
char *th_expand_escapes(const char *s);

/* Standard error sent to a temporary file until released (to show what a library printed). */
typedef struct th_capture {
    char path[64];
    int fd, saved;
} th_capture;
th_capture th_stderr_capture(void);
/* Restores stderr; what was printed meanwhile ("" for nothing), which the caller frees. */
char *th_stderr_release(th_capture *c);

#endif

/* Decodes an MP3 file with libmpg123 (gapless: the encoder delay and padding that the Info frame
 * names are removed). Fills the fields; `problems` collects every error code and everything
 * libmpg123 printed on stderr while decoding (warnings included): "" means a clean decode.
 * pcm (optional) receives the decoded 16-bit samples; caller frees. */
typedef struct th_decoded {
    long rate;
    int channels;
    int64_t samples;
    int layer;
    int bitrate; /* kbps of the first frame */
    bool cbr;
    char problems[1024];
    int16_t *pcm;
} th_decoded;
void th_mp3_decode(const char *path, th_decoded *out, bool keep_pcm);
/* True peak of 16-bit mono PCM at rate, dBTP, as libebur128 measures it (with silence after x,
 * so that its interpolator, 12 samples behind, has seen all of x); -HUGE_VAL for silence. An
 * independent reference for the project's own measurements. */
double th_true_peak_dbtp(const int16_t *x, size_t n, int rate);
