/* Fuzz target: the voice-preset parser (src/voice.h, dy_preset_load; inih underneath).
 * dy_preset_load reads a path, so the input is written to one temporary file first.
 * Invariants:
 * - a preset that loads passes dy_preset_check once its variant is cleared (the loader takes
 *   any variant name; whether eSpeak has it is checked when a book is built); its strings are
 *   NUL-terminated in their arrays, and valid UTF-8 when the input is;
 * - a preset that does not load gives DY_ERR_PRESET with a message naming the file and a line
 *   of it. */
#include "fuzz.h"

#include <fcntl.h>
#include <unistd.h>

#include "voice.h"

static char g_path[64];
static int g_fd = -1;

static void remove_file(void) { unlink(g_path); }

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    snprintf(g_path, sizeof g_path, "/tmp/dauys-fuzz-voice-%ld.ini", (long)getpid());
    g_fd = open(g_path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (g_fd < 0) {
        perror(g_path);
        abort();
    }
    atexit(remove_file);
    /* start eSpeak NG once, outside any input (dy_preset_check starts it on first use) */
    dy_preset p;
    dy_preset_default(&p);
    dy_diag d;
    if (dy_preset_check(&p, &d) != DY_OK) {
        fprintf(stderr, "fuzz_voice: the default preset fails its check: %s\n", d.msg);
        abort();
    }
    return 0;
}

static bool terminated(const char *s, size_t size) { return memchr(s, '\0', size) != NULL; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FZ_MAX_INPUT)
        return 0;
    if (ftruncate(g_fd, 0) != 0 || pwrite(g_fd, data, size, 0) != (ssize_t)size) {
        perror(g_path);
        abort();
    }
    dy_preset p;
    dy_preset_default(&p);
    dy_diag d = {0};
    dy_status st = dy_preset_load(&p, g_path, &d);
    FZ_CHECK(terminated(p.name, sizeof p.name) && terminated(p.description, sizeof p.description) &&
                 terminated(p.voice.espeak_voice, sizeof p.voice.espeak_voice) &&
                 terminated(p.voice.variant, sizeof p.voice.variant),
             "a string of the preset is not terminated");
    /* inih stops at a NUL byte: the text it reads */
    const char *t = (const char *)data;
    size_t n = strnlen(t, size);
    if (st == DY_OK) {
        p.voice.variant[0] = '\0';
        dy_diag c = {0};
        FZ_CHECK(dy_preset_check(&p, &c) == DY_OK, "a loaded preset fails its check: %s", c.msg);
        if (fz_utf8_valid(t, n))
            FZ_CHECK(fz_utf8_valid_str(p.description) && fz_utf8_valid_str(p.voice.espeak_voice) &&
                         fz_utf8_valid_str(p.voice.variant),
                     "a string of the preset cuts a character");
    } else {
        FZ_CHECK(st == DY_ERR_PRESET && d.msg[0] && !strcmp(d.path, g_path), "st=%d '%s' '%s'", st,
                 d.path, d.msg);
        FZ_CHECK(d.line >= 1 && d.line <= fz_lines(t, n, false), "error at line %d of %d: %s",
                 d.line, fz_lines(t, n, false), d.msg);
    }
    return 0;
}
