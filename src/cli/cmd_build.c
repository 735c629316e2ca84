/* `dauys build`: reads the voice preset, puts the command line's values over it, expands library
 * folders into their books, and builds each book (book.h), showing progress (progress.c). Ctrl-C,
 * SIGTERM and SIGHUP stop it at once (the platform module kills the workers); what was finished
 * is kept. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "book/book.h"
#include "book/voice.h"
#include "cli/cmd_voices.h"
#include "cli/msg.h"
#include "cli/options.h"
#include "cli/progress.h"
#include "core/platform.h"
#include "core/util.h"

static bool is_cancelled(void *user)
{
    (void)user;
    return dy_signal_received() != 0;
}

/* The exit status of a build stopped by a signal: 128 + its number, as a shell reports a
 * process it killed (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP). */
static int interrupted_status(void) { return 128 + dy_signal_received(); }

static void free_books(char **books, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(books[i]);
    free(books);
}

/* The settings of a build: the preset named by --voice under the voice options given, and the
 * cache folder. Returns 0, or EXIT_USAGE after saying what is wrong. *default_cache is a path
 * the caller frees (or NULL). */
static int settings_of(dy_cli_args *a, char **default_cache)
{
    dy_settings *s = &a->settings;
    *default_cache = NULL;
    char *preset_path = dy_cli_preset_find(a->voice_name);
    if (!preset_path) {
        errorf("no voice preset '%s' (see dauys voices)", a->voice_name);
        return EXIT_USAGE;
    }
    dy_diag d = {0};
    dy_status st = dy_preset_load(&s->preset, preset_path, &d);
    free(preset_path);
    if (st != DY_OK) {
        diag_error(&d, st);
        return EXIT_USAGE;
    }
    dy_cli_apply_voice(a, &s->preset);
    if (a->cache == DY_CLI_DEFAULT_CACHE)
        s->cache_dir = *default_cache = dy_path_join(s->output_dir, ".cache");
    else
        s->cache_dir = a->cache;
    st = dy_settings_check(s, &d);
    if (st != DY_OK) {
        diag_error(&d, st);
        return EXIT_USAGE;
    }
    return 0;
}

/* Two inputs with the same folder name would overwrite each other: EXIT_USAGE, else 0. */
static int check_folders(char **inputs, size_t ninputs, const char *output_dir)
{
    for (size_t a = 0; a < ninputs; a++) {
        char *fa = dy_book_folder_name(inputs[a]);
        for (size_t b = a + 1; b < ninputs; b++) {
            char *fb = dy_book_folder_name(inputs[b]);
            bool same = !strcmp(fa, fb);
            free(fb);
            if (same) {
                errorf("'%s' and '%s' would both be written to %s/%s/: rename one", inputs[a],
                       inputs[b], output_dir, fa);
                free(fa);
                return EXIT_USAGE;
            }
        }
        free(fa);
    }
    return 0;
}

/* Builds the books one after the other; the exit status. */
static int build_books(char **inputs, size_t ninputs, const dy_settings *s, bool verbose,
                       int status)
{
    dy_signals_install();

    dy_cli_progress ps = {dy_stderr_is_tty(), verbose, 0, 0};
    dy_callbacks cb = {dy_cli_on_progress, is_cancelled, &ps};
    dy_cli_summary_row *rows = dy_xcalloc(ninputs + 1, sizeof *rows);
    size_t i = 0;
    for (; i < ninputs && !dy_signal_received(); i++) {
        dy_book_report r;
        dy_diag d = {0};
        double t0 = dy_monotonic_seconds();
        ps.started = t0;
        ps.shown = 0;
        dy_status st = dy_book_build(inputs[i], s, &cb, &r, &d);
        dy_cli_progress_clear(&ps);
        rows[i].input = inputs[i];
        rows[i].ok = st == DY_OK;
        if (st == DY_OK) {
            rows[i].folder = dy_path_basename(r.out_dir);
            rows[i].chapters = r.chapters;
            rows[i].sentences = r.sentences;
            rows[i].seconds = r.seconds;
            rows[i].bytes = r.bytes + r.book_bytes;
            rows[i].warnings = r.warnings;
        }
        if (st == DY_ERR_CANCELLED) {
            errorf("interrupted; files already finished are kept, nothing half-written is left");
            status = interrupted_status();
        } else if (st != DY_OK) {
            diag_error(&d, st);
            status = status ? status : EXIT_BUILD;
        } else {
            dy_cli_print_book_done(&r, dy_monotonic_seconds() - t0, s->cache_dir != NULL);
        }
        dy_book_report_fini(&r);
    }
    if (i < ninputs) { /* interrupted between books */
        errorf("interrupted; files already finished are kept, nothing half-written is left");
        status = interrupted_status();
    }
    if (ninputs > 1)
        dy_cli_print_summary(rows, i);
    for (size_t k = 0; k < ninputs; k++)
        free(rows[k].folder);
    free(rows);
    return status;
}

int dy_cmd_build(int argc, char **argv)
{
    dy_cli_args a;
    int status;
    if (!dy_cli_parse(DY_CMD_BUILD, argc, argv, &a, &status))
        return status;
    dy_cli_quiet = a.quiet;
    if (a.ninputs == 0) {
        errorf("no input: give a .txt or .md file, or a folder (see dauys build --help)");
        dy_cli_args_fini(&a);
        return EXIT_USAGE;
    }
    char *default_cache;
    status = settings_of(&a, &default_cache);
    /* a library folder stands for its books */
    char **books = NULL;
    size_t nbooks = 0;
    bool expanded_ok = true;
    for (size_t k = 0; k < a.ninputs && !status; k++) { /* before anything is written */
        dy_diag d = {0};
        if (dy_book_check_output(a.inputs[k], a.settings.output_dir, &d) != DY_OK) {
            diag_error(&d, DY_ERR_USAGE);
            status = EXIT_USAGE;
        }
    }
    for (size_t k = 0; k < a.ninputs && !status; k++) {
        dy_diag d = {0};
        if (dy_book_inputs(a.inputs[k], (dy_folder_mode)a.folder_mode, &books, &nbooks, &d) !=
            DY_OK) {
            diag_error(&d, DY_ERR_INPUT);
            expanded_ok = false;
        }
    }
    if (!status)
        status = check_folders(books, nbooks, a.settings.output_dir);
    if (!status)
        status = build_books(books, nbooks, &a.settings, a.verbose, expanded_ok ? 0 : EXIT_BUILD);
    free_books(books, nbooks);
    free(default_cache);
    dy_cli_args_fini(&a);
    return status;
}
