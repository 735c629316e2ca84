/* WAV output through libsndfile (--wav): the only file that includes libsndfile's header.
 * Writes 16-bit PCM mono to a temporary file that dy_wav_close renames into place. */
#ifndef DY_WAV_H
#define DY_WAV_H

#include "core/util.h"

typedef struct dy_wav dy_wav;

dy_status dy_wav_open(dy_wav **out, const char *path, int samplerate, dy_diag *d);
dy_status dy_wav_write(dy_wav *w, const int16_t *pcm, size_t n, dy_diag *d);
/* Finishes the header and renames the file into place; frees w. */
dy_status dy_wav_close(dy_wav *w, dy_diag *d);
/* Removes the unfinished file; frees w. Accepts NULL. */
void dy_wav_abort(dy_wav *w);

#endif
