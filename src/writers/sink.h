/* An output file written a piece at a time: the writers build their text in a buffer and pass
 * it on every 64 KiB, into a file written as dy_outfile does (temporary name, then renamed into
 * place) or into an entry of a ZIP archive, so that their memory does not grow with the book. */
#ifndef DY_SINK_H
#define DY_SINK_H

#include "book/timeline.h"
#include "core/platform.h"
#include "core/util.h"
#include "writers/zip.h"

typedef struct dy_sink {
    dy_buf b;         /* what is written next: the writer appends to it */
    dy_outfile *file; /* the file, or NULL: */
    dy_zip *zip;      /* the archive whose entry is open */
    dy_status st;     /* the first failure: what follows is not written */
} dy_sink;

/* Opens a sink into a new file at path, or into a new entry `name` of z (which stays the
 * caller's). On failure nothing is left open. */
dy_status dy_sink_file(dy_sink *s, const char *path, dy_diag *d);
/* The same for the file name in folder dir. */
dy_status dy_sink_file_in(dy_sink *s, const char *dir, const char *name, dy_diag *d);
dy_status dy_sink_entry(dy_sink *s, dy_zip *z, const char *name, dy_diag *d);
/* Writes what the buffer holds once it holds 64 KiB. */
dy_status dy_sink_pass(dy_sink *s, dy_diag *d);
/* The audio clips of chapter c of tl, one after another without a gap, as the SMIL files of
 * DAISY and EPUB give them: clip i (0: the heading, then sentence i) from the start of sentence
 * i (0 for the heading) to the start of the next (the chapter's end after the last);
 * clip(b, tl, c, i, begin, end) appends one to s's buffer (begin and end in samples). */
typedef void (*dy_clip_fn)(dy_buf *b, const dy_timeline *tl, size_t c, size_t i, uint64_t begin,
                           uint64_t end);
dy_status dy_sink_clips(dy_sink *s, const dy_timeline *tl, size_t c, dy_clip_fn clip, dy_diag *d);
/* With st DY_OK (the writer's status): writes the rest and finishes the file (renamed into
 * place) or the entry. Otherwise drops the file (nothing is left at its path) or leaves the
 * entry unfinished (the caller aborts the archive) and returns st. Frees the buffer. */
dy_status dy_sink_finish(dy_sink *s, dy_status st, dy_diag *d);

#endif
