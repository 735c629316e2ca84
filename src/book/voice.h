/* Voice presets: INI files in voices/ (read with inih) that name an eSpeak voice and variant, its
 * rate, pitch and pitch range, and the pauses between sentences, paragraphs and after a chapter
 * title. Command-line options override a preset's values. */
#ifndef DY_VOICE_H
#define DY_VOICE_H

#include "audio/loudness.h"
#include "audio/synth.h"

#define DY_PAUSE_MAX 10 /* seconds: the longest pause a preset or option may ask for */

typedef struct dy_preset {
    char name[64];         /* file name without .ini */
    char description[160]; /* one line, for `dauys voices` */
    dy_voice_params voice;
    double sentence_pause;       /* seconds after a sentence */
    double paragraph_pause;      /* seconds after the last sentence of a paragraph */
    double title_pause;          /* seconds after a chapter title */
    dy_loudness_params loudness; /* integrated loudness target and true-peak ceiling */
} dy_preset;

/* The built-in defaults (the "kk" preset's values): voice kk, 160 words a minute, pitch 50,
 * range 50; pauses 0.45 s, 0.9 s and 1.2 s; -18 LUFS under -1.5 dBTP. */
void dy_preset_default(dy_preset *p);

/* Reads an INI preset over the values already in p. Unknown sections or keys, malformed lines
 * and out-of-range values are DY_ERR_PRESET with d naming file:line. */
dy_status dy_preset_load(dy_preset *p, const char *path, dy_diag *d);

/* Checks the ranges of every value (also after command-line overrides); DY_ERR_USAGE if bad. */
dy_status dy_preset_check(const dy_preset *p, dy_diag *d);

/* Finds a preset: a path (with '/' or ending in .ini) is used as it is; a name is looked up as
 * NAME.ini in each folder of dirs (NULL-terminated) in order. Returns a path the caller frees,
 * or NULL. */
char *dy_preset_find(const char *name_or_path, const char *const *dirs);

#endif
