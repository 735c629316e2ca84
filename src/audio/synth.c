/* eSpeak NG wrapper (see synth.h). */
#include "audio/synth.h"

#include "core/platform.h"

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
    dy_voice_params voice;
    dy_pcm raw;
};

static bool g_active = false;
/* eSpeak NG 1.51 starts a helper thread in espeak_Initialize, and a second Initialize after
 * espeak_Terminate leaves Terminate waiting for it forever. So eSpeak is started once per
 * process and left running until the process ends; dy_synth_free only releases the voice.
 * eSpeak also carries state from one utterance to the next (wavegen.c's pitch-flutter phase is
 * a static that is never reset), so the same sentence would sound slightly different after
 * different sentences. This process therefore never speaks itself: each sentence is spoken in a
 * fresh copy of it (dy_proc_call), which starts from the state left by set-up alone. Sentence
 * audio is thus a pure function of its text and the voice, as the cache and parallel workers
 * need. */
static int g_rate = 0;

static int on_samples(short *wav, int n, espeak_EVENT *events)
{
    dy_buf *out = events ? events->user_data : NULL;
    if (out && wav && n > 0)
        dy_buf_append(out, (const char *)wav, (size_t)n * sizeof *wav);
    return 0;
}

/* Speaks the text into out as raw 16-bit samples, in this process. */
static dy_status speak_child(void *arg, dy_buf *out, dy_diag *d)
{
    const char *text = arg;
    espeak_ERROR e =
        espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, out);
    return e == EE_OK ? DY_OK
                      : dy_diag_set(d, DY_ERR_SYNTH, NULL, 0, 0, "eSpeak NG failed to speak");
}

/* Starts eSpeak once per process; its sample rate, or 0. */
static int start_espeak(void)
{
    if (g_rate <= 0)
        g_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL, espeakINITIALIZE_DONT_EXIT);
    return g_rate > 0 ? g_rate : 0;
}

dy_status dy_synth_check(const dy_voice_params *v, dy_diag *d)
{
    if (v->rate < DY_RATE_MIN || v->rate > DY_RATE_MAX)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "rate %d is out of range (%d..%d)", v->rate,
                           DY_RATE_MIN, DY_RATE_MAX);
    if (v->pitch < 0 || v->pitch > DY_PITCH_MAX)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "pitch %d is out of range (0..%d)",
                           v->pitch, DY_PITCH_MAX);
    if (v->range < 0 || v->range > DY_PITCH_MAX)
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "pitch range %d is out of range (0..%d)",
                           v->range, DY_PITCH_MAX);
    if (!start_espeak())
        return dy_diag_set(d, DY_ERR_SYNTH, NULL, 0, 0,
                           "eSpeak NG could not start (is the espeak-ng-data package installed?)");
    if (v->variant[0]) {
        /* eSpeak ignores an unknown variant in silence: look for its file ourselves */
        const char *data = NULL;
        espeak_Info(&data);
        bool ok =
            data && !strchr(v->variant, '/') && strcmp(v->variant, "..") && strcmp(v->variant, ".");
        if (ok) {
            dy_buf path = {0};
            dy_buf_printf(&path, "%s/voices/!v/%s", data, v->variant);
            ok = dy_path_kind_of(path.data) == DY_PATH_FILE;
            dy_buf_fini(&path);
        }
        if (!ok)
            return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0,
                               "eSpeak NG has no voice variant '%s' (espeak-ng --voices=variant "
                               "lists them)",
                               v->variant);
    }
    return DY_OK;
}

/* Sets eSpeak's voice `name` with v's variant, rate, pitch and range; false if it has none. */
static bool set_voice(const dy_voice_params *v, const char *name)
{
    char full[160];
    if (v->variant[0])
        snprintf(full, sizeof full, "%s+%s", name, v->variant);
    else
        snprintf(full, sizeof full, "%s", name);
    if (espeak_SetVoiceByName(full) != EE_OK)
        return false;
    espeak_SetParameter(espeakRATE, v->rate, 0);
    espeak_SetParameter(espeakPITCH, v->pitch, 0);
    espeak_SetParameter(espeakRANGE, v->range, 0);
    return true;
}

dy_status dy_synth_use_language(dy_synth *s, const char *lang, dy_diag *d)
{
    if (!lang || !strcmp(lang, s->voice.espeak_voice))
        return DY_OK;
    return set_voice(&s->voice, lang)
               ? DY_OK
               : dy_diag_set(d, DY_ERR_SYNTH, NULL, 0, 0, "eSpeak NG has no voice '%s'", lang);
}

dy_status dy_synth_new(dy_synth **out, const dy_voice_params *v, dy_diag *d)
{
    *out = NULL;
    if (g_active)
        return dy_diag_set(d, DY_ERR_SYNTH, NULL, 0, 0, "internal error: eSpeak is already in use");
    dy_status st = dy_synth_check(v, d);
    if (st != DY_OK)
        return st;
    int rate = g_rate;
    if (!set_voice(v, v->espeak_voice))
        return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "eSpeak NG has no voice '%s'",
                           v->espeak_voice);
    espeak_SetSynthCallback(on_samples);
    dy_synth *s = dy_xcalloc(1, sizeof *s);
    s->rate = rate;
    s->voice = *v;
    g_active = true;
    *out = s;
    return DY_OK;
}

void dy_synth_free(dy_synth *s)
{
    if (!s)
        return;
    g_active = false;
    DY_VEC_FREE(&s->raw);
    free(s);
}

int dy_synth_rate(const dy_synth *s) { return s->rate; }

/* The raw samples in bytes, trimmed of eSpeak's own silence, appended to out. */
static void take(dy_synth *s, const dy_buf *bytes, dy_pcm *out)
{
    s->raw.len = 0;
    if (bytes->len >= sizeof(int16_t))
        dy_pcm_append(&s->raw, (const int16_t *)(void *)bytes->data, bytes->len / sizeof(int16_t));
    dy_pcm_trim(&s->raw, TRIM_THRESHOLD, (size_t)(s->rate * TRIM_KEEP_MS / 1000));
    dy_pcm_append(out, s->raw.items, s->raw.len);
}

dy_status dy_synth_speak(dy_synth *s, const char *text, dy_pcm *out, dy_diag *d)
{
    if (text[0] == '\0')
        return DY_OK;
    dy_buf bytes = {0};
    dy_status st = dy_proc_call(speak_child, (void *)text, &bytes, d);
    if (st == DY_OK)
        take(s, &bytes, out);
    dy_buf_fini(&bytes);
    return st;
}

dy_status dy_synth_speak_here(dy_synth *s, const char *text, dy_pcm *out, dy_diag *d)
{
    if (text[0] == '\0')
        return DY_OK;
    dy_buf bytes = {0};
    dy_status st = speak_child((void *)text, &bytes, d);
    if (st == DY_OK)
        take(s, &bytes, out);
    dy_buf_fini(&bytes);
    return st;
}

const char *dy_synth_version(void)
{
    const char *path = NULL;
    return espeak_Info(&path);
}
