/* Common types of the dauys library: status codes, input diagnostics and source spans.
 * Every stage of the pipeline (text -> sentence -> normalize -> synth -> pcm -> mp3 -> id3,
 * tied together by book) returns a dy_status; input faults fill a dy_diag where they are found.
 * The library never prints and never exits (except dy_xmalloc on out-of-memory, see util.h). */
#ifndef DY_H
#define DY_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum dy_status {
    DY_OK = 0,
    DY_ERR_IO,        /* a file could not be read, written or renamed (diag says which) */
    DY_ERR_NOTFOUND,  /* an input file or folder does not exist */
    DY_ERR_INPUT,     /* the input text is not usable: invalid UTF-8, empty, binary ... */
    DY_ERR_USAGE,     /* an option or setting is out of range */
    DY_ERR_PRESET,    /* a voice preset file is malformed */
    DY_ERR_SYNTH,     /* eSpeak NG failed to start or to speak */
    DY_ERR_ENCODE,    /* LAME or libsndfile failed */
    DY_ERR_CANCELLED, /* the caller's cancel callback asked to stop */
    DY_ERR_BUSY,      /* another build of the same book is running */
} dy_status;

/* A static English description of a status, never NULL. */
const char *dy_strerror(dy_status st);

/* Where and why an input was refused. line and col are 1-based; 0 means "not applicable".
 * col counts characters (code points), as editors do. */
typedef struct dy_diag {
    char path[1024];
    int line;
    int col;
    char msg[512];
} dy_diag;

/* Fills d (if not NULL); path may be NULL. Returns st, so callers can write
 * `return dy_diag_set(d, DY_ERR_INPUT, path, 3, 1, "...")`. */
dy_status dy_diag_set(dy_diag *d, dy_status st, const char *path, int line, int col,
                      const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* A half-open byte range [start, end) of a book's source text. Every sentence and every spoken
 * word points back to the text it came from through one of these. */
typedef struct dy_span {
    size_t start;
    size_t end;
} dy_span;

#endif
