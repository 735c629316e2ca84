/* Fuzz target: the voice-preset parser (src/book/voice.h, dy_preset_load; inih underneath).
 * dy_preset_load reads a path, so the input is written to one temporary file first.
 * Invariants:
 * - a preset that loads passes dy_preset_check once its variant is cleared (the loader takes
 *   any variant name; whether eSpeak has it is checked when a book is built); its strings are
 *   NUL-terminated in their arrays, and valid UTF-8;
 * - a preset that does not load gives DY_ERR_PRESET with a message naming the file and a line
 *   of it; one with a NUL byte or invalid UTF-8 does not load, and its error names that byte's
 *   line and column. */
#include "fuzz.h"

#include <unistd.h>

#include "book/voice.h"

static char g_path[64];
static int g_fd = -1;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    /* one file for every input, removed at once: it is read through /proc/self/fd, so no run,
     * however it ends, leaves it behind */
    char tmp[] = "/tmp/dauys-fuzz-voice-XXXXXX";
    g_fd = mkstemp(tmp);
    if (g_fd < 0) {
        perror(tmp);
        abort();
    }
    unlink(tmp);
    snprintf(g_path, sizeof g_path, "/proc/self/fd/%d", g_fd);
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
    const char *t = (const char *)data;
    size_t bad = fz_utf8_bad(t, size, true);
    if (bad < size) { /* a NUL byte or invalid UTF-8: refused where it stands */
        int line = 1;
        size_t ls = 0;
        for (size_t i = 0; i < bad; i++)
            if (t[i] == '\n')
                line++, ls = i + 1;
        FZ_CHECK(st == DY_ERR_PRESET && d.line == line &&
                     (size_t)d.col == dy_utf8_count(t + ls, bad - ls) + 1,
                 "byte %zu (line %d) is not UTF-8 text, st=%d at %d:%d: %s", bad, line, st, d.line,
                 d.col, d.msg);
    }
    if (st == DY_OK) {
        p.voice.variant[0] = '\0';
        dy_diag c = {0};
        FZ_CHECK(dy_preset_check(&p, &c) == DY_OK, "a loaded preset fails its check: %s", c.msg);
        FZ_CHECK(fz_utf8_valid_str(p.description) && fz_utf8_valid_str(p.voice.espeak_voice) &&
                     fz_utf8_valid_str(p.voice.variant),
                 "a string of the preset is not UTF-8");
    } else {
        FZ_CHECK(st == DY_ERR_PRESET && d.msg[0] && !strcmp(d.path, g_path), "st=%d '%s' '%s'", st,
                 d.path, d.msg);
        FZ_CHECK(d.line >= 1 && d.line <= fz_lines(t, size, false), "error at line %d of %d: %s",
                 d.line, fz_lines(t, size, false), d.msg);
    }
    return 0;
}
