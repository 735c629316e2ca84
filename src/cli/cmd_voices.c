/* `dauys voices`: lists the voice presets, and knows where they are (see cmd_voices.h). */
#include "cli/cmd_voices.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "book/voice.h"
#include "cli/msg.h"
#include "cli/options.h"
#include "core/platform.h"
#include "core/util.h"

/* Where presets are looked for, in order: $DAUYS_VOICES, then the presets shipped with dauys, in
 * the first of these folders that exists: <exe dir>/voices, <exe dir>/../share/dauys/voices (the
 * install prefix seen from the program, so an unpacked package works from any folder), the
 * source tree it was built from (see CMakeLists.txt). One folder of shipped presets, so that
 * `dauys voices` lists each once and an installed program never reads a source tree. */
static const char *const *voice_dirs(void)
{
    static const char *dirs[3];
    static char *shipped; /* kept for the life of the process */
    if (!shipped) {
        char *exe = dy_exe_dir();
        const char *const beside[] = {"voices", DY_VOICES_FROM_BIN};
        for (size_t i = 0; exe && !shipped && i < sizeof beside / sizeof *beside; i++) {
            char *p = dy_path_join(exe, beside[i]);
            if (dy_path_kind_of(p) == DY_PATH_DIR)
                shipped = p;
            else
                free(p);
        }
        free(exe);
        if (!shipped)
            shipped = dy_xstrdup(DY_SOURCE_VOICES);
    }
    size_t n = 0;
    const char *env = getenv("DAUYS_VOICES");
    if (env && *env)
        dirs[n++] = env;
    dirs[n++] = shipped;
    dirs[n] = NULL;
    return dirs;
}

char *dy_cli_preset_find(const char *name) { return dy_preset_find(name, voice_dirs()); }

int dy_cmd_voices(int argc, char **argv)
{
    dy_cli_args a;
    int status;
    if (!dy_cli_parse(DY_CMD_VOICES, argc, argv, &a, &status))
        return status;
    dy_cli_args_fini(&a);
    const char *const *dirs = voice_dirs();
    int found = 0;
    for (size_t k = 0; dirs[k]; k++) {
        char **names;
        size_t n;
        dy_diag d;
        if (dy_dir_list(dirs[k], &names, &n, &d) != DY_OK)
            continue;
        for (size_t i = 0; i < n; i++) {
            size_t len = strlen(names[i]);
            if (len > 4 && !strcmp(names[i] + len - 4, ".ini")) {
                char *path = dy_path_join(dirs[k], names[i]);
                dy_preset p;
                dy_preset_default(&p);
                p.description[0] = '\0';
                if (dy_preset_load(&p, path, &d) == DY_OK)
                    printf("%-12s %s\n", p.name, p.description);
                else
                    diag_error(&d, DY_ERR_PRESET);
                found++;
                free(path);
            }
            free(names[i]);
        }
        free(names);
    }
    if (!found) {
        errorf("no voice presets found (looked in %s%s%s)", dirs[0], dirs[1] ? " and " : "",
               dirs[1] ? dirs[1] : "");
        return EXIT_BUILD;
    }
    return finish_stdout();
}
