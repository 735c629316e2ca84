/* Voice presets (see voice.h), parsed with inih. */
#include "book/voice.h"

#include <errno.h>
#include <ini.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/platform.h"

void dy_preset_default(dy_preset *p)
{
    memset(p, 0, sizeof *p);
    snprintf(p->name, sizeof p->name, "kk");
    snprintf(p->description, sizeof p->description, "Kazakh, eSpeak NG's kk voice at a calm pace");
    snprintf(p->voice.espeak_voice, sizeof p->voice.espeak_voice, "kk");
    p->voice.rate = 160;
    p->voice.pitch = 50;
    p->voice.range = 50;
    p->sentence_pause = 0.45;
    p->paragraph_pause = 0.9;
    p->title_pause = 1.2;
    dy_loudness_default(&p->loudness);
}

typedef struct load_ctx {
    dy_preset *p;
    const char *path;
    dy_diag *d;
    dy_status st;
    const char *text; /* the rest of the file, read line by line */
    int line;         /* the line inih is handling, for messages */
} load_ctx;

/* Debian's inih reads lines into a 200-byte buffer (INI_MAX_LINE). */
#define LINE_MAX_BYTES 190

/* inih's line reader over a string; counting lines here gives the handler its line number
 * (Debian's inih is built without INI_HANDLER_LINENO). */
static char *read_line(char *str, int num, void *stream)
{
    load_ctx *c = stream;
    if (!*c->text || num < 2)
        return NULL;
    int n = 0;
    while (n < num - 1 && c->text[n] && c->text[n] != '\n')
        n++;
    if (c->text[n] == '\n' && n < num - 1)
        n++;
    memcpy(str, c->text, (size_t)n);
    str[n] = '\0';
    c->text += n;
    c->line++;
    return str;
}

/* Copies s into a buffer of size bytes, cut on a character boundary. */
static void copy_utf8(char *dst, size_t size, const char *s)
{
    size_t n = strlen(s);
    if (n >= size) {
        n = size - 1;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(dst, s, n);
    dst[n] = '\0';
}

static int on_entry(void *user, const char *section, const char *key, const char *value)
{
    load_ctx *c = user;
    int line = c->line;
    if (c->st != DY_OK)
        return 0; /* report the first error only: inih goes on reading after one */
    dy_preset *p = c->p;
    bool ok = true;
    const char *want = NULL;
    if (!strcmp(section, "voice")) {
        if (!strcmp(key, "description")) { /* shown by `dauys voices`: in NFC, as texts are */
            char *nfc = dy_utf8_nfc(value, strlen(value), NULL);
            copy_utf8(p->description, sizeof p->description, nfc);
            free(nfc);
        } else if (!strcmp(key, "espeak"))
            ok = value[0] && snprintf(p->voice.espeak_voice, sizeof p->voice.espeak_voice, "%s",
                                      value) < (int)sizeof p->voice.espeak_voice,
            want = "an eSpeak NG voice name";
        else if (!strcmp(key, "variant"))
            ok = snprintf(p->voice.variant, sizeof p->voice.variant, "%s", value) <
                 (int)sizeof p->voice.variant,
            want = "an eSpeak NG variant name";
        else if (!strcmp(key, "rate"))
            ok = dy_parse_int(value, DY_RATE_MIN, DY_RATE_MAX, &p->voice.rate),
            want = "words a minute, 80..450";
        else if (!strcmp(key, "pitch"))
            ok = dy_parse_int(value, 0, DY_PITCH_MAX, &p->voice.pitch), want = "0..99";
        else if (!strcmp(key, "range"))
            ok = dy_parse_int(value, 0, DY_PITCH_MAX, &p->voice.range), want = "0..99";
        else
            ok = false, want = NULL;
    } else if (!strcmp(section, "pauses")) {
        double *target = !strcmp(key, "sentence")    ? &p->sentence_pause
                         : !strcmp(key, "paragraph") ? &p->paragraph_pause
                         : !strcmp(key, "title")     ? &p->title_pause
                                                     : NULL;
        ok = target && dy_parse_double(value, 0, DY_PAUSE_MAX, target);
        want = target ? "seconds, 0..10" : NULL;
    } else if (!strcmp(section, "loudness")) {
        if (!strcmp(key, "target"))
            ok = dy_parse_double(value, DY_LOUDNESS_TARGET_MIN, DY_LOUDNESS_TARGET_MAX,
                                 &p->loudness.target_lufs),
            want = "LUFS, -40..-5";
        else if (!strcmp(key, "true_peak"))
            ok = dy_parse_double(value, DY_LOUDNESS_PEAK_MIN, DY_LOUDNESS_PEAK_MAX,
                                 &p->loudness.peak_dbtp),
            want = "dBTP, -20..0";
        else
            ok = false, want = NULL;
    } else {
        dy_diag_set(c->d, DY_ERR_PRESET, c->path, line, 1,
                    "unknown section [%s] (known: [voice], [pauses], [loudness])", section);
        c->st = DY_ERR_PRESET;
        return 0;
    }
    if (!ok) {
        if (want)
            dy_diag_set(c->d, DY_ERR_PRESET, c->path, line, 1, "bad value for %s: '%s' (want %s)",
                        key, value, want);
        else
            dy_diag_set(c->d, DY_ERR_PRESET, c->path, line, 1, "unknown key '%s' in [%s]", key,
                        section);
        c->st = DY_ERR_PRESET;
        return 0;
    }
    return 1;
}

dy_status dy_preset_load(dy_preset *p, const char *path, dy_diag *d)
{
    char *data;
    size_t len;
    dy_status st = dy_file_read(path, &data, &len, d);
    if (st != DY_OK)
        return st;
    /* a preset is UTF-8 text: inih would stop at a NUL byte without a word, and `dauys voices`
     * prints the description as it is */
    for (size_t i = 0, ls = 0, l = 1; i < len;) {
        size_t at = i;
        int32_t cp = dy_utf8_next(data, len, &i);
        if (cp <= 0) {
            int col = (int)dy_utf8_count(data + ls, at - ls) + 1;
            if (cp < 0)
                st = dy_diag_set(d, DY_ERR_PRESET, path, (int)l, col,
                                 "invalid UTF-8 (byte 0x%02X); save the preset as UTF-8",
                                 (unsigned char)data[at]);
            else
                st = dy_diag_set(d, DY_ERR_PRESET, path, (int)l, col,
                                 "NUL byte: this is not a text file");
            free(data);
            return st;
        }
        if (cp == '\n')
            l++, ls = i;
    }
    char *base = dy_path_stem(path);
    snprintf(p->name, sizeof p->name, "%s", base);
    free(base);
    /* inih reads lines of at most LINE_MAX_BYTES; a longer one would be cut in two */
    int line = 1;
    for (const char *q = data, *start = data; *q || q > start; q++) {
        if (*q == '\n' || *q == '\0') {
            if ((size_t)(q - start) > LINE_MAX_BYTES) {
                free(data);
                return dy_diag_set(d, DY_ERR_PRESET, path, line, 1,
                                   "line too long (at most %d bytes)", LINE_MAX_BYTES);
            }
            if (!*q)
                break;
            line++;
            start = q + 1;
        }
    }
    load_ctx c = {p, path, d, DY_OK, data, 0};
    int r = ini_parse_stream(read_line, &c, on_entry, &c);
    free(data);
    if (r > 0 && (c.st == DY_OK || r < d->line)) /* a malformed line before any bad value */
        return dy_diag_set(d, DY_ERR_PRESET, path, r, 1,
                           "malformed line (want 'key = value' or '[section]')");
    return c.st;
}

dy_status dy_preset_check(const dy_preset *p, dy_diag *d)
{
    dy_status st = dy_synth_check(&p->voice, d);
    if (st == DY_OK)
        st = dy_loudness_check(&p->loudness, d);
    if (st != DY_OK)
        return st;
    const double pauses[] = {p->sentence_pause, p->paragraph_pause, p->title_pause};
    for (size_t i = 0; i < 3; i++)
        if (!(pauses[i] >= 0 && pauses[i] <= DY_PAUSE_MAX))
            return dy_diag_set(d, DY_ERR_USAGE, NULL, 0, 0, "pause %g s is out of range (0..10)",
                               pauses[i]);
    return DY_OK;
}

char *dy_preset_find(const char *name, const char *const *dirs)
{
    size_t n = strlen(name);
    if (strchr(name, '/') || (n > 4 && !strcmp(name + n - 4, ".ini")))
        return dy_path_kind_of(name) == DY_PATH_FILE ? dy_xstrdup(name) : NULL;
    for (size_t i = 0; dirs && dirs[i]; i++) {
        dy_buf b = {0};
        dy_buf_printf(&b, "%s/%s.ini", dirs[i], name);
        if (dy_path_kind_of(b.data) == DY_PATH_FILE)
            return b.data;
        dy_buf_fini(&b);
    }
    return NULL;
}
