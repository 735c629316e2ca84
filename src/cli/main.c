/* dauys, the command-line tool: parses options and dispatches to the library (book.h).
 * No pipeline logic here. Exit status: 0 success, 1 a build failed, 2 usage error,
 * 130 interrupted (Ctrl-C). */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "book/book.h"
#include "audio/loudness.h"
#include "audio/mp3.h"
#include "cli/msg.h"
#include "core/platform.h"
#include "audio/synth.h"
#include "book/voice.h"

enum { EXIT_BUILD = 1, EXIT_USAGE = 2, EXIT_INTERRUPTED = 130 };

enum opt_id {
    OPT_BITRATE, OPT_BOOK, OPT_CACHE, OPT_DAISY, OPT_EPUB, OPT_HELP, OPT_JOBS, OPT_LIBRARY, OPT_LEXICON, OPT_LOUDNESS, OPT_NO_CACHE, OPT_NO_LATIN_VOICE, OPT_OUTPUT, OPT_PARAGRAPH_PAUSE, OPT_PITCH, OPT_PITCH_RANGE,
    OPT_QUALITY, OPT_QUIET, OPT_RATE, OPT_SENTENCE_PAUSE, OPT_TITLE_PAUSE, OPT_TRUE_PEAK, OPT_VARIANT,
    OPT_VERBOSE, OPT_VERSION, OPT_VOICE, OPT_WAV,
};

/* The options of `dauys build`, sorted by long name. */
static const struct option {
    const char *name;
    char short_name;
    const char *arg; /* NULL: a flag */
    enum opt_id id;
    const char *help;
} OPTIONS[] = {
    {"bitrate", 0, "KBPS", OPT_BITRATE, "constant MP3 bit rate: 8, 16, 24 ... 64 ... 160 (default 64)"},
    {"book", 0, NULL, OPT_BOOK, "a folder is one book (its files are chapters)"},
    {"cache", 0, "DIR", OPT_CACHE, "keep encoded sentences in DIR (default OUTPUT/.cache)"},
    {"daisy", 0, NULL, OPT_DAISY, "also write a DAISY 2.02 talking book (text and audio)"},
    {"epub", 0, NULL, OPT_EPUB, "also write an EPUB 3 book whose text is read aloud"},
    {"help", 'h', NULL, OPT_HELP, "show this help and exit"},
    {"jobs", 'j', "N", OPT_JOBS, "worker processes, 1..256 (default: one per processor)"},
    {"lexicon", 0, "FILE", OPT_LEXICON, "pronunciation lexicon: 'written<TAB>spoken' lines"},
    {"library", 0, NULL, OPT_LIBRARY, "a folder holds books (each file a book, each sub-folder too)"},
    {"loudness", 0, "LUFS", OPT_LOUDNESS, "integrated loudness of the book, -40..-5 (default -18)"},
    {"no-cache", 0, NULL, OPT_NO_CACHE, "make every sentence anew, keep nothing"},
    {"no-latin-voice", 0, NULL, OPT_NO_LATIN_VOICE, "read Latin-script words in Cyrillic, not English"},
    {"output", 'o', "DIR", OPT_OUTPUT, "write books to DIR/<book>/ (default out)"},
    {"paragraph-pause", 0, "SEC", OPT_PARAGRAPH_PAUSE, "pause after a paragraph, 0..10 (default 0.9)"},
    {"pitch", 0, "N", OPT_PITCH, "voice pitch 0..99 (default 50)"},
    {"pitch-range", 0, "N", OPT_PITCH_RANGE, "pitch range 0..99, 0 is monotone (default 50)"},
    {"quality", 0, "N", OPT_QUALITY, "LAME quality 0 (best, slowest)..9 (default 5)"},
    {"quiet", 'q', NULL, OPT_QUIET, "print errors only"},
    {"rate", 0, "WPM", OPT_RATE, "speaking rate in words a minute, 80..450 (default 160)"},
    {"sentence-pause", 0, "SEC", OPT_SENTENCE_PAUSE, "pause after a sentence, 0..10 (default 0.45)"},
    {"title-pause", 0, "SEC", OPT_TITLE_PAUSE, "pause after a chapter title, 0..10 (default 1.2)"},
    {"true-peak", 0, "DBTP", OPT_TRUE_PEAK, "true-peak ceiling, -20..0 (default -1.5)"},
    {"variant", 0, "NAME", OPT_VARIANT, "eSpeak NG voice variant, e.g. f3, m2 (default none)"},
    {"verbose", 'v', NULL, OPT_VERBOSE, "on a terminal, also a line per chapter (loudness)"},
    {"version", 0, NULL, OPT_VERSION, "show versions and exit"},
    {"voice", 0, "NAME|PATH", OPT_VOICE, "voice preset from voices/, or an .ini file (default kk)"},
    {"wav", 0, NULL, OPT_WAV, "also write each chapter as 16-bit WAV"},
};
#define NOPTIONS (sizeof OPTIONS / sizeof *OPTIONS)

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: dauys build [OPTIONS] INPUT...\n"
            "       dauys normalize [--split-only | --explain] [--lexicon FILE]\n"
            "                       [--no-latin-voice] [FILE|-]\n"
            "       dauys voices\n"
            "       dauys --help | --version\n"
            "\n"
            "Turns Kazakh text into a chaptered MP3 audiobook, read by eSpeak NG.\n"
            "Each INPUT is a book: a .txt or .md file (each '# heading' starts a chapter), or a\n"
            "folder of numbered chapter files (01-..., 02-...); or a library: a folder of books\n"
            "(each file a book, each sub-folder a book of chapters); --book/--library decide.\n"
            "A book goes to DIR/<book>/: <book>.mp3 with chapter marks, NN-<chapter>.mp3,\n"
            "WebVTT and LRC timings, a cue sheet, <book>.m3u8 and the read-along page\n"
            "<book>.html; --daisy adds a DAISY 2.02 book, --epub an EPUB 3 book. Sentences\n"
            "are kept in DIR/.cache, so a rebuild speaks only what changed.\n"
            "\n"
            "normalize prints, one sentence a line, what will be said (the text eSpeak NG\n"
            "receives); --split-only prints the sentences as written; --explain prints each\n"
            "sentence with its rewrites as 'source \u2192 spoken  [rule]'. voices lists the presets.\n"
            "A lexicon beside a text (kitap.lexicon for kitap.txt, or *.lexicon inside a folder\n"
            "book) is used automatically.\n"
            "\nOptions of build:\n");
    for (size_t i = 0; i < NOPTIONS; i++) {
        const struct option *o = &OPTIONS[i];
        char left[64];
        snprintf(left, sizeof left, "%c%c%c --%s%s%s", o->short_name ? '-' : ' ',
                 o->short_name ? o->short_name : ' ', o->short_name ? ',' : ' ', o->name,
                 o->arg ? " " : "", o->arg ? o->arg : "");
        fprintf(f, "  %-30s %s\n", left, o->help);
    }
    fprintf(f, "\nExit status: 0 success, 1 a book failed, 2 usage error, 130 interrupted.\n");
}

static void print_version(void)
{
    printf("dauys %s\neSpeak NG %s\nLAME %s\nlibebur128 %s\n", DY_VERSION, dy_synth_version(),
           dy_mp3_version(), dy_loudness_version());
}

/* Standard output may be a full disk or a closed pipe: say so, and fail. */
static int finish_stdout(void)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        errorf("cannot write standard output: %s", strerror(errno));
        return EXIT_BUILD;
    }
    return 0;
}

static const struct option *find_long(const char *name, size_t n)
{
    for (size_t i = 0; i < NOPTIONS; i++)
        if (strlen(OPTIONS[i].name) == n && !strncmp(OPTIONS[i].name, name, n))
            return &OPTIONS[i];
    return NULL;
}

static const struct option *find_short(char c)
{
    for (size_t i = 0; i < NOPTIONS; i++)
        if (OPTIONS[i].short_name == c)
            return &OPTIONS[i];
    return NULL;
}


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

static volatile sig_atomic_t g_interrupted = 0;
static void on_signal(int sig) { (void)sig; g_interrupted = 1; }
static bool is_cancelled(void *user) { (void)user; return g_interrupted != 0; }

typedef struct progress_state {
    bool tty;
    bool verbose;
    double started; /* when the current book began, for the ETA */
    double shown;   /* when the progress line was last drawn */
} progress_state;

/* "1:05:09" or "5:09" */
static void clock_text(char *buf, size_t size, double seconds)
{
    long t = seconds > 0 ? (long)(seconds + 0.5) : 0;
    if (t >= 3600)
        snprintf(buf, size, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
    else
        snprintf(buf, size, "%ld:%02ld", t / 60, t % 60);
}

static void on_progress(const dy_progress *p, void *user)
{
    progress_state *s = user;
    if (dy_cli_quiet)
        return;
    if (p->chapter_file) {
        /* a plain line per finished chapter, with its loudness, when stderr is a log; on a
         * terminal above the progress bar on request */
        if (s->verbose || !s->tty) {
            int secs = (int)(p->chapter_seconds + 0.5);
            fprintf(stderr, "%s%s: chapter %zu of %zu, %d:%02d, %.1f LUFS, true peak %.1f dBTP\n",
                    s->tty ? "\r\033[K" : "", p->chapter_file, p->chapter, p->chapters,
                    secs / 60, secs % 60, p->chapter_lufs, p->chapter_peak_dbtp);
            s->shown = 0; /* redraw the bar under it */
        }
        return;
    }
    if (!s->tty)
        return;
    /* a bar, sentences done, audio made and the time left, redrawn at most ten times a second */
    double now = dy_monotonic_seconds();
    if (now - s->shown < 0.1 && p->sentences_done < p->sentences_total)
        return;
    s->shown = now;
    enum { WIDTH = 24 };
    size_t total = p->sentences_total ? p->sentences_total : 1;
    size_t fill = p->sentences_done * WIDTH / total;
    char bar[WIDTH + 1];
    for (size_t i = 0; i < WIDTH; i++)
        bar[i] = i < fill ? '=' : i == fill ? '>' : ' ';
    bar[WIDTH] = '\0';
    char audio[32], eta[32] = "?";
    clock_text(audio, sizeof audio, p->audio_seconds);
    if (p->sentences_done > 0)
        clock_text(eta, sizeof eta, (now - s->started) / (double)p->sentences_done *
                                        (double)(p->sentences_total - p->sentences_done));
    fprintf(stderr, "\r\033[K%s [%s] %zu/%zu sentences, %s of audio, %s left", p->book, bar,
            p->sentences_done, p->sentences_total, audio, eta);
    fflush(stderr);
}

/* Applies one option; returns 0, or an exit status to stop with. */
static dy_folder_mode g_folder_mode = DY_FOLDER_AUTO;
static bool g_no_cache = false; /* the last of --cache and --no-cache wins */

static int apply(dy_settings *s, const struct option *o, const char *arg, bool *verbose,
                 const char **voice)
{
    bool ok = true;
    switch (o->id) {
    case OPT_HELP: usage(stdout); return -1;
    case OPT_VERSION: print_version(); return -1;
    case OPT_OUTPUT: s->output_dir = arg; break;
    case OPT_VOICE: *voice = arg; break;
    case OPT_QUIET: dy_cli_quiet = true; break;
    case OPT_VERBOSE: *verbose = true; break;
    case OPT_WAV: s->wav = true; break;
    case OPT_DAISY: s->daisy = true; break;
    case OPT_EPUB: s->epub = true; break;
    case OPT_LEXICON: s->lexicon = arg; break;
    case OPT_BOOK: g_folder_mode = DY_FOLDER_BOOK; break;
    case OPT_LIBRARY: g_folder_mode = DY_FOLDER_LIBRARY; break;
    case OPT_NO_LATIN_VOICE: s->no_latin_voice = true; break;
    case OPT_CACHE: s->cache_dir = arg; g_no_cache = false; break;
    case OPT_NO_CACHE: g_no_cache = true; break;
    case OPT_JOBS: ok = dy_parse_int(arg, 1, 256, &s->jobs); break;
    case OPT_BITRATE: ok = dy_parse_int(arg, 8, 160, &s->bitrate); break;
    case OPT_QUALITY: ok = dy_parse_int(arg, 0, 9, &s->quality); break;
    default: break;
    }
    if (!ok) {
        errorf("bad value for --%s: '%s' (%s)", o->name, arg, o->help);
        return EXIT_USAGE;
    }
    return 0;
}

typedef struct voice_override {
    const struct option *o;
    const char *arg;
} voice_override;

static int apply_voice(dy_preset *p, const voice_override *v)
{
    bool ok = true;
    switch (v->o->id) {
    case OPT_RATE: ok = dy_parse_int(v->arg, DY_RATE_MIN, DY_RATE_MAX, &p->voice.rate); break;
    case OPT_PITCH: ok = dy_parse_int(v->arg, 0, DY_PITCH_MAX, &p->voice.pitch); break;
    case OPT_PITCH_RANGE: ok = dy_parse_int(v->arg, 0, DY_PITCH_MAX, &p->voice.range); break;
    case OPT_VARIANT:
        ok = strlen(v->arg) < sizeof p->voice.variant;
        if (ok)
            snprintf(p->voice.variant, sizeof p->voice.variant, "%s", v->arg);
        break;
    case OPT_SENTENCE_PAUSE: ok = dy_parse_double(v->arg, 0, DY_PAUSE_MAX, &p->sentence_pause); break;
    case OPT_PARAGRAPH_PAUSE: ok = dy_parse_double(v->arg, 0, DY_PAUSE_MAX, &p->paragraph_pause); break;
    case OPT_TITLE_PAUSE: ok = dy_parse_double(v->arg, 0, DY_PAUSE_MAX, &p->title_pause); break;
    case OPT_LOUDNESS:
        ok = dy_parse_double(v->arg, DY_LOUDNESS_TARGET_MIN, DY_LOUDNESS_TARGET_MAX,
                             &p->loudness.target_lufs);
        break;
    case OPT_TRUE_PEAK:
        ok = dy_parse_double(v->arg, DY_LOUDNESS_PEAK_MIN, DY_LOUDNESS_PEAK_MAX, &p->loudness.peak_dbtp);
        break;
    default: break;
    }
    if (!ok) {
        errorf("bad value for --%s: '%s' (%s)", v->o->name, v->arg, v->o->help);
        return EXIT_USAGE;
    }
    return 0;
}

static bool is_voice_option(enum opt_id id)
{
    return id == OPT_RATE || id == OPT_PITCH || id == OPT_PITCH_RANGE || id == OPT_VARIANT ||
           id == OPT_SENTENCE_PAUSE || id == OPT_PARAGRAPH_PAUSE || id == OPT_TITLE_PAUSE ||
           id == OPT_LOUDNESS || id == OPT_TRUE_PEAK;
}

static void free_books(char **books, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(books[i]);
    free(books);
}

typedef struct summary_row {
    const char *input;
    char *folder; /* NULL when the book failed */
    bool ok;
    size_t chapters, sentences, warnings;
    double seconds;
    uint64_t bytes;
} summary_row;

/* The closing table of a run of several books: one row each, failed ones marked, and totals. */
static void print_summary(const summary_row *rows, size_t n)
{
    if (dy_cli_quiet)
        return;
    fprintf(stderr, "\n%-32s %8s %9s %9s %8s %8s\n", "book", "chapters", "sentences", "duration",
            "MB", "warnings");
    size_t ch = 0, se = 0, wa = 0, failed = 0;
    double secs = 0, mb = 0;
    for (size_t i = 0; i < n; i++) {
        const summary_row *r = &rows[i];
        if (!r->ok) {
            fprintf(stderr, "%-32.32s %8s\n", r->input, "FAILED");
            failed++;
            continue;
        }
        long t = (long)(r->seconds + 0.5);
        char dur[32];
        snprintf(dur, sizeof dur, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
        fprintf(stderr, "%-32.32s %8zu %9zu %9s %8.1f %8zu\n", r->folder, r->chapters, r->sentences,
                dur, (double)r->bytes / 1e6, r->warnings);
        ch += r->chapters, se += r->sentences, wa += r->warnings;
        secs += r->seconds, mb += (double)r->bytes / 1e6;
    }
    long t = (long)(secs + 0.5);
    char dur[32];
    snprintf(dur, sizeof dur, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
    fprintf(stderr, "%-32s %8zu %9zu %9s %8.1f %8zu\n", failed ? "total (some FAILED)" : "total",
            ch, se, dur, mb, wa);
}

static int cmd_build(int argc, char **argv)
{
    dy_settings s;
    dy_settings_default(&s);
    bool verbose = false;
    const char *voice = "kk";
    /* voice options are applied after the preset is read; there are at most argc of them */
    voice_override *overrides = dy_xcalloc((size_t)argc + 1, sizeof *overrides);
    size_t noverrides = 0;
    const char **inputs = dy_xcalloc((size_t)argc + 1, sizeof *inputs);
    size_t ninputs = 0;
    bool no_more_options = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (no_more_options || a[0] != '-' || a[1] == '\0') {
            inputs[ninputs++] = a;
            continue;
        }
        if (!strcmp(a, "--")) {
            no_more_options = true;
            continue;
        }
        const struct option *o;
        const char *arg = NULL;
        if (a[1] == '-') {
            const char *eq = strchr(a + 2, '=');
            o = find_long(a + 2, eq ? (size_t)(eq - a - 2) : strlen(a + 2));
            if (eq)
                arg = eq + 1;
        } else {
            o = find_short(a[1]);
            if (o && a[2] != '\0') /* "-j2", "-oout": the value attached */
                arg = o->arg ? a + 2 : NULL, o = o->arg ? o : NULL;
        }
        if (!o) {
            errorf("unknown option '%s' (see dauys --help)", a);
            free(inputs), free(overrides);
            return EXIT_USAGE;
        }
        if (o->arg && !arg) {
            if (i + 1 >= argc) {
                errorf("--%s needs a value: %s", o->name, o->arg);
                free(inputs), free(overrides);
                return EXIT_USAGE;
            }
            arg = argv[++i];
        } else if (!o->arg && arg) {
            errorf("--%s takes no value", o->name);
            free(inputs), free(overrides);
            return EXIT_USAGE;
        }
        if (is_voice_option(o->id)) {
            overrides[noverrides++] = (voice_override){o, arg};
            continue;
        }
        int r = apply(&s, o, arg, &verbose, &voice);
        if (r) {
            free(inputs), free(overrides);
            return r < 0 ? finish_stdout() : r;
        }
    }
    if (ninputs == 0) {
        errorf("no input: give a .txt or .md file, or a folder (see dauys --help)");
        free(inputs), free(overrides);
        return EXIT_USAGE;
    }
    char *preset_path = dy_preset_find(voice, voice_dirs());
    if (!preset_path) {
        errorf("no voice preset '%s' (see dauys voices)", voice);
        free(inputs), free(overrides);
        return EXIT_USAGE;
    }
    dy_diag d = {0};
    dy_status st = dy_preset_load(&s.preset, preset_path, &d);
    free(preset_path);
    if (st != DY_OK) {
        diag_error(&d, st);
        free(inputs), free(overrides);
        return EXIT_USAGE;
    }
    for (size_t i = 0; i < noverrides; i++) {
        int r = apply_voice(&s.preset, &overrides[i]);
        if (r) {
            free(inputs), free(overrides);
            return r;
        }
    }

    char *default_cache = NULL;
    if (g_no_cache)
        s.cache_dir = NULL;
    else if (!s.cache_dir)
        s.cache_dir = default_cache = dy_path_join(s.output_dir, ".cache");
    st = dy_settings_check(&s, &d);
    if (st != DY_OK) {
        free(default_cache);
        diag_error(&d, st);
        free(inputs), free(overrides);
        return EXIT_USAGE;
    }
    /* a library folder stands for its books */
    char **books = NULL;
    size_t nbooks = 0;
    bool expanded_ok = true;
    for (size_t k = 0; k < ninputs; k++) {
        memset(&d, 0, sizeof d);
        if (dy_book_inputs(inputs[k], g_folder_mode, &books, &nbooks, &d) != DY_OK) {
            diag_error(&d, DY_ERR_INPUT);
            expanded_ok = false;
        }
    }
    free(inputs);
    inputs = (const char **)books;
    ninputs = nbooks;
    /* two inputs with the same folder name would overwrite each other */
    for (size_t a = 0; a < ninputs; a++) {
        char *fa = dy_book_folder_name(inputs[a]);
        for (size_t b = a + 1; b < ninputs; b++) {
            char *fb = dy_book_folder_name(inputs[b]);
            bool same = !strcmp(fa, fb);
            free(fb);
            if (same) {
                errorf("'%s' and '%s' would both be written to %s/%s/: rename one", inputs[a],
                       inputs[b], s.output_dir, fa);
                free(fa);
                free_books(books, nbooks), free(overrides), free(default_cache);
                return EXIT_USAGE;
            }
        }
        free(fa);
    }

    struct sigaction sa = {0};
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    progress_state ps = {dy_stderr_is_tty(), verbose, 0, 0};
    dy_callbacks cb = {on_progress, is_cancelled, &ps};
    int status = expanded_ok ? 0 : EXIT_BUILD;
    summary_row *rows = dy_xcalloc(ninputs + 1, sizeof *rows);
    size_t i = 0;
    for (; i < ninputs && !g_interrupted; i++) {
        dy_book_report r;
        memset(&d, 0, sizeof d);
        double t0 = dy_monotonic_seconds();
        ps.started = t0;
        ps.shown = 0;
        st = dy_book_build(inputs[i], &s, &cb, &r, &d);
        if (ps.tty && !dy_cli_quiet)
            fprintf(stderr, "\r\033[K");
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
            status = EXIT_INTERRUPTED;
        } else if (st != DY_OK) {
            diag_error(&d, st);
            status = status ? status : EXIT_BUILD;
        } else {
            int secs = (int)(r.seconds + 0.5);
            double took = dy_monotonic_seconds() - t0;
            char cache[160] = "";
            if (s.cache_dir)
                snprintf(cache, sizeof cache, "; %zu of %zu sentences and titles from the cache%s",
                         r.reused, r.reused + r.synthesized,
                         r.damaged ? ", damaged entries made again" : "");
            notef("%s/: %zu chapter%s, %zu sentences, %d:%02d:%02d of audio, %.1f LUFS, %.1f MB, "
                  "in %.1f s (%.0fx real time)%s",
                  r.out_dir, r.chapters, r.chapters == 1 ? "" : "s", r.sentences, secs / 3600,
                  secs / 60 % 60, secs % 60, r.lufs, (double)r.bytes / 1e6, took,
                  took > 0 ? r.seconds / took : 0.0, cache);
        }
        dy_book_report_fini(&r);
    }
    if (i < ninputs) { /* interrupted between books */
        errorf("interrupted; files already finished are kept, nothing half-written is left");
        status = EXIT_INTERRUPTED;
    }
    if (ninputs > 1)
        print_summary(rows, i);
    for (size_t k = 0; k < ninputs; k++)
        free(rows[k].folder);
    free(rows);
    free_books(books, nbooks), free(overrides);
    free(default_cache);
    return status;
}

typedef struct normalize_out {
    bool split_only;
    bool explain;
} normalize_out;

/* Prints text[span] on one line (line breaks as spaces). */
static void put_source(const char *text, dy_span span)
{
    for (size_t i = span.start; i < span.end; i++)
        putchar(text[i] == '\n' || text[i] == '\r' ? ' ' : text[i]);
}

/* --explain: each rewrite as "source → spoken  [rule]", under the sentence as written. */
static void explain(const char *source, const dy_utt *u)
{
    put_source(source, u->src);
    putchar('\n');
    const char *spoken = dy_buf_str(&u->spoken);
    for (size_t i = 0; i < u->words.len;) {
        const dy_word *w = &u->words.items[i];
        size_t j = i + 1; /* the words that read the same source with the same rule */
        while (j < u->words.len && u->words.items[j].src.start == w->src.start &&
               u->words.items[j].src.end == w->src.end && !strcmp(u->words.items[j].rule, w->rule))
            j++;
        const dy_word *last = &u->words.items[j - 1];
        size_t from = w->off, to = last->off + last->len;
        bool same = to - from == w->src.end - w->src.start &&
                    !memcmp(spoken + from, source + w->src.start, to - from);
        if (!same) {
            fputs("  ", stdout);
            put_source(source, w->src);
            printf(" \u2192 %.*s  [%s]\n", (int)(to - from), spoken + from, w->rule);
        }
        i = j;
    }
}

/* One line per sentence: what eSpeak will say, the sentence as written (--split-only), or the
 * sentence with its rewrites (--explain). */
static void print_sentence(const char *source, const dy_utt *u, bool is_title, void *user)
{
    normalize_out *o = user;
    if (o->split_only) {
        if (!is_title) {
            put_source(source, u->src);
            putchar('\n');
        }
    } else if (o->explain) {
        explain(source, u);
    } else {
        printf("%s\n", dy_buf_str(&u->spoken));
    }
}

static int cmd_normalize(int argc, char **argv)
{
    normalize_out o = {false, false};
    dy_settings s;
    dy_settings_default(&s);
    const char *input = NULL;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--split-only"))
            o.split_only = true;
        else if (!strcmp(argv[i], "--explain"))
            o.explain = true;
        else if (!strcmp(argv[i], "--no-latin-voice"))
            s.no_latin_voice = true;
        else if (!strcmp(argv[i], "--lexicon") && i + 1 < argc)
            s.lexicon = argv[++i];
        else if (!strncmp(argv[i], "--lexicon=", 10))
            s.lexicon = argv[i] + 10;
        else if ((argv[i][0] != '-' || !strcmp(argv[i], "-")) && !input)
            input = argv[i];
        else {
            errorf("usage: dauys normalize [--split-only | --explain] [--lexicon FILE] "
                   "[--no-latin-voice] [FILE|-]");
            return EXIT_USAGE;
        }
    }
    dy_diag d = {0};
    dy_status st = dy_book_normalize(input ? input : "-", &s, print_sentence, &o, &d);
    if (st != DY_OK) {
        diag_error(&d, st);
        return EXIT_BUILD;
    }
    return finish_stdout();
}

static int cmd_voices(void)
{
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
        errorf("no voice presets found (looked in $DAUYS_VOICES and %s)", DY_SOURCE_VOICES);
        return EXIT_BUILD;
    }
    return finish_stdout();
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        usage(stdout);
        return finish_stdout();
    }
    if (!strcmp(cmd, "--version")) {
        print_version();
        return finish_stdout();
    }
    if (!strcmp(cmd, "build"))
        return cmd_build(argc - 2, argv + 2);
    if (!strcmp(cmd, "voices"))
        return cmd_voices();
    if (!strcmp(cmd, "normalize"))
        return cmd_normalize(argc - 2, argv + 2);
    errorf("unknown command '%s' (commands: build, normalize, voices; see dauys --help)", cmd);
    return EXIT_USAGE;
}
