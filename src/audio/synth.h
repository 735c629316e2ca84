/* Speech synthesis with eSpeak NG, in this process, through its C API (the synth stage, after
 * normalize and before pcm). The only file that includes eSpeak's header. libespeak-ng keeps
 * global state, so there is one dy_synth at a time per process. */
#ifndef DY_SYNTH_H
#define DY_SYNTH_H

#include "audio/pcm.h"

/* Ranges of the voice parameters, as eSpeak NG accepts them. */
#define DY_RATE_MIN 80
#define DY_RATE_MAX 450
#define DY_PITCH_MAX 99

typedef struct dy_voice_params {
    char espeak_voice[64]; /* eSpeak voice name, "kk" */
    char variant[64];      /* eSpeak variant ("f3", "m2" ...) or "" */
    int rate;              /* words per minute, 80 .. 450 */
    int pitch;             /* 0 .. 99 (eSpeak's default 50) */
    int range;             /* pitch range 0 .. 99 (eSpeak's default 50) */
} dy_voice_params;

typedef struct dy_synth dy_synth;

/* The sample rate of eSpeak NG's output (dy_synth_rate returns it once eSpeak runs). */
#define DY_SYNTH_RATE 22050

/* Checks the parameters: DY_ERR_USAGE (d says which) when one is out of range or the variant
 * does not exist, DY_ERR_SYNTH when eSpeak NG cannot start. Starts eSpeak if needed. */
dy_status dy_synth_check(const dy_voice_params *v, dy_diag *d);
/* Starts eSpeak with the voice. Fails as dy_synth_check does, or with DY_ERR_USAGE when eSpeak
 * has no such voice. */
dy_status dy_synth_new(dy_synth **out, const dy_voice_params *v, dy_diag *d);
void dy_synth_free(dy_synth *s);      /* accepts NULL */
int dy_synth_rate(const dy_synth *s); /* sample rate of the PCM it makes (22050 for eSpeak) */

/* Speaks UTF-8 text and appends its 16-bit PCM to out, with eSpeak's own leading and trailing
 * silence trimmed. Text with nothing to say appends nothing. */
dy_status dy_synth_speak(dy_synth *s, const char *text, dy_pcm *out, dy_diag *d);

/* The same, spoken in this process: only in a worker process (dy_pool) started from the
 * process that made s, which never speaks itself; the worker then speaks one sentence's pieces
 * in order, so the samples depend on the sentence alone. */
dy_status dy_synth_speak_here(dy_synth *s, const char *text, dy_pcm *out, dy_diag *d);
/* Switches eSpeak to the voice of another language (eSpeak's name: "ru") with the variant, rate,
 * pitch and range s was made with, for the sentences a worker speaks after it: only in a worker
 * (see dy_synth_speak_here), which speaks one sentence and ends. espeak_SetVoiceByName resets
 * rate and pitch, so they are set again (measured: "ru+f3" then rate and pitch gives the same
 * samples as a synth made with "ru"; an SSML <voice xml:lang="ru"> ignores the rate).
 * DY_ERR_SYNTH when eSpeak has no such voice. */
dy_status dy_synth_use_language(dy_synth *s, const char *lang, dy_diag *d);

/* eSpeak NG's version string, for --version. */
const char *dy_synth_version(void);

#endif
