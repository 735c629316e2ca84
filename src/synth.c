/* eSpeak NG wrapper (see synth.h). */
#include "synth.h"

#include <espeak-ng/speak_lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* eSpeak writes near-silence (|x| below this) before and after speech; trimming stops at the
 * first and last louder sample, keeping a few milliseconds of the quiet edge so soft onsets
 * (с, ф) and decays are not clipped. */
#define TRIM_THRESHOLD 48
#define TRIM_KEEP_MS 8

struct dy_synth {
    int rate;
    dy_pcm raw;
};

static bool g_active = false;

static int on_samples(short *wav, int n, espeak_EVENT *events)
{
    dy_synth *s = events ? events->user_data : NULL;
    if (s && wav && n > 0)
        dy_pcm_append(&s->raw, wav, (size_t)n);
    return 0;
}

dy_status dy_synth_new(dy_synth **out, const dy_voice_params *v, dy_diag *d)
{
    *out = NULL;
    if (v->rate < 80 || v->rate > 450)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "rate %d is out of range (80..450)", v->rate);
    if (v->pitch < 0 || v->pitch > 99)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "pitch %d is out of range (0..99)", v->pitch);
    if (v->range < 0 || v->range > 99)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "pitch range %d is out of range (0..99)", v->range);
    if (g_active)
        return dy_diag_set(d, DY_ERR_SYNTH, NULL, 0, 0, "internal error: eSpeak is already in use");
    int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL, espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0)
        return dy_diag_set(d, DY_ERR_SYNTH, NULL, 0, 0,
                           "eSpeak NG could not start (is the espeak-ng-data package installed?)");
    char name[160];
    if (v->variant[0])
        snprintf(name, sizeof name, "%s+%s", v->espeak_voice, v->variant);
    else
        snprintf(name, sizeof name, "%s", v->espeak_voice);
    if (espeak_SetVoiceByName(name) != EE_OK) {
        espeak_Terminate();
        return dy_diag_set(d, DY_ERR_SYNTH, NULL, 0, 0, "eSpeak NG has no voice '%s'", name);
    }
    espeak_SetParameter(espeakRATE, v->rate, 0);
    espeak_SetParameter(espeakPITCH, v->pitch, 0);
    espeak_SetParameter(espeakRANGE, v->range, 0);
    espeak_SetSynthCallback(on_samples);
    dy_synth *s = dy_xcalloc(1, sizeof *s);
    s->rate = rate;
    g_active = true;
    *out = s;
    return DY_OK;
}

void dy_synth_free(dy_synth *s)
{
    if (!s)
        return;
    espeak_Terminate();
    g_active = false;
    DY_VEC_FREE(&s->raw);
    free(s);
}

int dy_synth_rate(const dy_synth *s) { return s->rate; }

dy_status dy_synth_speak(dy_synth *s, const char *text, dy_pcm *out, dy_diag *d)
{
    s->raw.len = 0;
    size_t n = strlen(text);
    if (n == 0)
        return DY_OK;
    espeak_ERROR e = espeak_Synth(text, n + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, s);
    if (e != EE_OK)
        return dy_diag_set(d, DY_ERR_SYNTH, NULL, 0, 0, "eSpeak NG failed to speak (error %d)", (int)e);
    dy_pcm_trim(&s->raw, TRIM_THRESHOLD, (size_t)(s->rate * TRIM_KEEP_MS / 1000));
    dy_pcm_append(out, s->raw.items, s->raw.len);
    return DY_OK;
}

const char *dy_synth_version(void)
{
    const char *path = NULL;
    return espeak_Info(&path);
}
