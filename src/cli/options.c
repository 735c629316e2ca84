/* The command line's one option table and the parser that walks argv against it (see options.h).
 * An option's range is checked here, when it is parsed; values that depend on each other (a bit
 * rate MP3 allows, a voice variant eSpeak NG has) are checked by the library. */
#include "cli/options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio/loudness.h"
#include "audio/synth.h"
#include "book/voice.h"
#include "cli/help.h"
#include "cli/msg.h"
#include "core/util.h"

const char DY_CLI_DEFAULT_CACHE[] = "OUTPUT/.cache";

/* The tables below are laid out by hand, a few fields a line. */
/* clang-format off */
/* The subcommands, in the order of the usage lines; dauys itself last. */
const dy_cli_command DY_CLI_COMMANDS[DY_NCMDS] = {
    [DY_CMD_BUILD] = {
        .name = "build",
        .synopsis = "[OPTIONS] INPUT...",
        .about =
            "Each INPUT is a book: a .txt or .md file (each '# heading' starts a chapter), or a\n"
            "folder of numbered chapter files (01-..., 02-...); or a library: a folder of books\n"
            "(each file a book, each sub-folder a book of chapters); --book/--library decide.\n"
            "A book goes to DIR/<book>/: <book>.mp3 with chapter marks, NN-<chapter>.mp3,\n"
            "WebVTT and LRC timings, a cue sheet, <book>.m3u8 and the read-along page\n"
            "<book>.html; --daisy adds a DAISY 2.02 book, --epub an EPUB 3 book. Sentences\n"
            "are kept in DIR/.cache, so a rebuild speaks only what changed.\n",
        .max_args = -1,
        .run = dy_cmd_build,
    },
    [DY_CMD_NORMALIZE] = {
        .name = "normalize",
        .synopsis = "[--split-only | --explain] [--lexicon FILE]\n[--no-latin-voice] [FILE|-]",
        .about =
            "normalize prints, one sentence a line, what will be said (the text eSpeak NG\n"
            "receives); --split-only prints the sentences as written; --explain prints each\n"
            "sentence with its rewrites as 'source \u2192 spoken  [rule]'. It reads FILE as\n"
            "build reads a book; - or no FILE: standard input.\n",
        .max_args = 1,
        .run = dy_cmd_normalize,
    },
    [DY_CMD_CHECK] = {
        .name = "check",
        .synopsis = "[--book | --library] [--lexicon FILE] [--no-latin-voice]\n[--strict] INPUT...",
        .about =
            "check lists every place where a reading fell back to a guess, one a line as\n"
            "'file:line:col: kind: source \u2192 spoken', then how many of each kind: the\n"
            "places to proofread before a build. It reads each INPUT as build does. It exits\n"
            "0 when every INPUT was read, findings or not; --strict exits 3 when anything\n"
            "was found. Kinds: acronym-spelled, abbreviation-unknown, mixed-script,\n"
            "number-fallback, latin, time-or-decimal, language, list-number,\n"
            "year-or-number, range-sign, spaced-suffix, decimal-or-thousands,\n"
            "month-russian, year-count, acronym-defined, glued-words, tex-command (the\n"
            "README explains each).\n",
        .max_args = -1,
        .run = dy_cmd_check,
    },
    [DY_CMD_VOICES] = {
        .name = "voices",
        .synopsis = "",
        .about = "voices lists the presets (for build --voice NAME).\n",
        .max_args = 0,
        .run = dy_cmd_voices,
    },
    [DY_CMD_HELP] = {
        .name = "help",
        .synopsis = "[COMMAND]",
        .about = "help shows the help of dauys, or of one COMMAND.\n",
        .max_args = 1,
        .run = dy_cmd_help,
    },
    [DY_CMD_TOP] = {
        .name = "",
        .synopsis = "--help | --version",
        .about = "Turns Kazakh text into a chaptered MP3 audiobook, read by eSpeak NG.\n",
        .max_args = 0,
        .run = NULL, /* main.c parses dauys's own options */
    },
};

#define TOP (1u << DY_CMD_TOP)
#define BUILD (1u << DY_CMD_BUILD)
#define NORMALIZE (1u << DY_CMD_NORMALIZE)
#define CHECK (1u << DY_CMD_CHECK)
#define ALL ((1u << DY_NCMDS) - 1)
/* the field of dy_cli_args an option sets */
#define AT(field) .offset = offsetof(dy_cli_args, field), .size = sizeof(((dy_cli_args *)0)->field)

/* Every option of every subcommand, sorted by long name. .help is for --help (plain text, one
 * line if it can), .doc for the README (Markdown); the range and the default are added to both. */
const dy_cli_option DY_CLI_OPTIONS[] = {
    {.name = "bitrate", .arg = "KBPS", .cmds = BUILD, .group = DY_GROUP_AUDIO,
     .kind = DY_OPT_INT, AT(settings.bitrate), .min = 8, .max = 160,
     .range = "8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144 or 160",
     .help = "constant MP3 bit rate in kbps",
     .doc = "MP3 constant bit rate in kbps"},
    {.name = "book", .cmds = BUILD | CHECK, .group = DY_GROUP_INPUT,
     .kind = DY_OPT_SET, AT(folder_mode), .min = DY_FOLDER_BOOK,
     .dflt = "guessed from the file names (see Input)",
     .help = "a folder is one book (its files are chapters)",
     .doc = "a folder given is one book: its files are chapters"},
    {.name = "cache", .arg = "DIR", .cmds = BUILD, .group = DY_GROUP_OUTPUT,
     .kind = DY_OPT_STRING, AT(cache),
     .help = "keep encoded sentences in DIR",
     .doc = "keep every encoded sentence in `DIR` and reuse it in later builds (see *Rebuilds "
            "and the cache*)"},
    {.name = "daisy", .cmds = BUILD, .group = DY_GROUP_OUTPUT,
     .kind = DY_OPT_FLAG, AT(settings.daisy),
     .help = "also write a DAISY 2.02 talking book (text and audio)",
     .doc = "also write a DAISY 2.02 talking book (full text and audio) into "
            "`OUTPUT/<book>/daisy/` (see *Accessible books*)"},
    {.name = "epub", .cmds = BUILD, .group = DY_GROUP_OUTPUT,
     .kind = DY_OPT_FLAG, AT(settings.epub),
     .help = "also write an EPUB 3 book whose text is read aloud",
     .doc = "also write `OUTPUT/<book>/<book>.epub`, an EPUB 3 book whose text is read aloud, "
            "highlighted sentence by sentence (see *Accessible books*)"},
    {.name = "explain", .cmds = NORMALIZE, .group = DY_GROUP_OUTPUT,
     .kind = DY_OPT_FLAG, AT(explain),
     .help = "print each sentence, then its rewrites as 'source \u2192 spoken  [rule]'",
     .doc = "print each sentence as written, then each rewrite on its own line as "
            "`source \u2192 spoken  [rule]`"},
    {.name = "help", .short_name = 'h', .cmds = ALL, .group = DY_GROUP_RUN,
     .kind = DY_OPT_HELP,
     .help = "show this help and exit",
     .doc = "show the help"},
    {.name = "help-markdown", .cmds = TOP, .group = DY_GROUP_RUN,
     .kind = DY_OPT_MARKDOWN, .hidden = true,
     .help = "print the README's option tables (Markdown) and exit"},
    {.name = "jobs", .short_name = 'j', .arg = "N", .cmds = BUILD, .group = DY_GROUP_RUN,
     .kind = DY_OPT_INT, AT(settings.jobs), .min = 1, .max = 256,
     .dflt = "one per processor",
     .help = "worker processes",
     .doc = "worker processes that speak and encode sentences side by side"},
    {.name = "lexicon", .arg = "FILE", .cmds = BUILD | NORMALIZE | CHECK, .group = DY_GROUP_TEXT,
     .kind = DY_OPT_STRING, AT(settings.lexicon),
     .help = "pronunciation lexicon: 'written<TAB>spoken' lines",
     .doc = "a pronunciation lexicon (see *Lexicons*), applied after the book's own"},
    {.name = "library", .cmds = BUILD | CHECK, .group = DY_GROUP_INPUT,
     .kind = DY_OPT_SET, AT(folder_mode), .min = DY_FOLDER_LIBRARY,
     .dflt = "guessed from the file names (see Input)",
     .help = "a folder holds books (each file a book, each sub-folder too)",
     .doc = "a folder given holds books: each file is a book, each sub-folder a book of "
            "chapters"},
    {.name = "loudness", .arg = "LUFS", .cmds = BUILD, .group = DY_GROUP_AUDIO,
     .kind = DY_OPT_DOUBLE, AT(voice.loudness.target_lufs),
     .min = DY_LOUDNESS_TARGET_MIN, .max = DY_LOUDNESS_TARGET_MAX,
     .help = "integrated loudness of the book",
     .doc = "integrated loudness of every book"},
    {.name = "no-cache", .cmds = BUILD, .group = DY_GROUP_OUTPUT,
     .kind = DY_OPT_NULL, AT(cache),
     .help = "make every sentence anew, keep nothing",
     .doc = "neither reuse nor keep anything: every sentence is spoken and encoded"},
    {.name = "no-latin-voice", .cmds = BUILD | NORMALIZE | CHECK, .group = DY_GROUP_TEXT,
     .kind = DY_OPT_FLAG, AT(settings.no_latin_voice),
     .help = "read Latin-script words in Cyrillic, not English",
     .doc = "read Latin-script words spelled in Cyrillic by the Kazakh voice, not by eSpeak's "
            "English voice"},
    {.name = "output", .short_name = 'o', .arg = "DIR", .cmds = BUILD, .group = DY_GROUP_OUTPUT,
     .kind = DY_OPT_STRING, AT(settings.output_dir),
     .help = "write books to DIR/<book>/",
     .doc = "write books to `DIR/<book>/`"},
    {.name = "paragraph-pause", .arg = "SEC", .cmds = BUILD, .group = DY_GROUP_VOICE,
     .kind = DY_OPT_DOUBLE, AT(voice.paragraph_pause), .min = 0, .max = DY_PAUSE_MAX,
     .help = "pause after a paragraph",
     .doc = "silence after the last sentence of a paragraph, in seconds"},
    {.name = "pitch", .arg = "N", .cmds = BUILD, .group = DY_GROUP_VOICE,
     .kind = DY_OPT_INT, AT(voice.voice.pitch), .min = 0, .max = DY_PITCH_MAX,
     .help = "voice pitch"},
    {.name = "pitch-range", .arg = "N", .cmds = BUILD, .group = DY_GROUP_VOICE,
     .kind = DY_OPT_INT, AT(voice.voice.range), .min = 0, .max = DY_PITCH_MAX,
     .help = "pitch range (0 is monotone)"},
    {.name = "quality", .arg = "N", .cmds = BUILD, .group = DY_GROUP_AUDIO,
     .kind = DY_OPT_INT, AT(settings.quality), .min = 0, .max = 9,
     .help = "LAME quality (0 is best and slowest)",
     .doc = "LAME's quality (0 is best and slowest, 9 fastest)"},
    {.name = "quiet", .short_name = 'q', .cmds = BUILD, .group = DY_GROUP_RUN,
     .kind = DY_OPT_FLAG, AT(quiet),
     .help = "print errors only"},
    {.name = "rate", .arg = "WPM", .cmds = BUILD, .group = DY_GROUP_VOICE,
     .kind = DY_OPT_INT, AT(voice.voice.rate), .min = DY_RATE_MIN, .max = DY_RATE_MAX,
     .help = "speaking rate in words a minute",
     .doc = "speaking rate, words a minute"},
    {.name = "sentence-pause", .arg = "SEC", .cmds = BUILD, .group = DY_GROUP_VOICE,
     .kind = DY_OPT_DOUBLE, AT(voice.sentence_pause), .min = 0, .max = DY_PAUSE_MAX,
     .help = "pause after a sentence",
     .doc = "silence after a sentence, in seconds"},
    {.name = "split-only", .cmds = NORMALIZE, .group = DY_GROUP_OUTPUT,
     .kind = DY_OPT_FLAG, AT(split_only),
     .help = "print the sentences as written",
     .doc = "print the sentences as written instead, one a line"},
    {.name = "strict", .cmds = CHECK, .group = DY_GROUP_RUN,
     .kind = DY_OPT_FLAG, AT(strict),
     .help = "exit 3 when anything was found (else 0)",
     .doc = "exit with status 3 when anything was found (without it, `check` exits 0 when it "
            "read every input, findings or not)"},
    {.name = "title-pause", .arg = "SEC", .cmds = BUILD, .group = DY_GROUP_VOICE,
     .kind = DY_OPT_DOUBLE, AT(voice.title_pause), .min = 0, .max = DY_PAUSE_MAX,
     .help = "pause after a chapter title",
     .doc = "silence after a chapter title, in seconds"},
    {.name = "true-peak", .arg = "DBTP", .cmds = BUILD, .group = DY_GROUP_AUDIO,
     .kind = DY_OPT_DOUBLE, AT(voice.loudness.peak_dbtp),
     .min = DY_LOUDNESS_PEAK_MIN, .max = DY_LOUDNESS_PEAK_MAX,
     .help = "true-peak ceiling"},
    {.name = "variant", .arg = "NAME", .cmds = BUILD, .group = DY_GROUP_VOICE,
     .kind = DY_OPT_CHARS, AT(voice.voice.variant),
     .help = "eSpeak NG voice variant, e.g. f3, m2",
     .doc = "an eSpeak NG voice variant (`f3`, `m2`, \u2026; `espeak-ng --voices=variant` lists "
            "them)"},
    {.name = "verbose", .short_name = 'v', .cmds = BUILD, .group = DY_GROUP_RUN,
     .kind = DY_OPT_FLAG, AT(verbose),
     .help = "on a terminal, also a line per chapter (loudness)",
     .doc = "on a terminal, also print a line per finished chapter above the progress bar"},
    {.name = "version", .cmds = TOP | BUILD, .group = DY_GROUP_RUN,
     .kind = DY_OPT_VERSION,
     .help = "show versions and exit",
     .doc = "show the versions of dauys, eSpeak NG, LAME and libebur128"},
    {.name = "voice", .arg = "NAME|PATH", .cmds = BUILD, .group = DY_GROUP_VOICE,
     .kind = DY_OPT_STRING, AT(voice_name),
     .help = "voice preset from voices/, or an .ini file",
     .doc = "a voice preset: a name from `voices/` or a path to an `.ini` file"},
    {.name = "wav", .cmds = BUILD, .group = DY_GROUP_OUTPUT,
     .kind = DY_OPT_FLAG, AT(settings.wav),
     .help = "also write each chapter as 16-bit WAV",
     .doc = "also write each chapter as a 16-bit WAV file (every sentence is then spoken "
            "again: the cache keeps no WAV audio)"},
};
/* clang-format on */
const size_t DY_CLI_NOPTIONS = sizeof DY_CLI_OPTIONS / sizeof *DY_CLI_OPTIONS;
_Static_assert(sizeof DY_CLI_OPTIONS / sizeof *DY_CLI_OPTIONS <= 64,
               "dy_cli_args.given has 64 bits");

static void args_init(dy_cli_args *a)
{
    memset(a, 0, sizeof *a);
    dy_settings_default(&a->settings);
    a->voice = a->settings.preset;
    a->voice_name = "kk";
    a->cache = DY_CLI_DEFAULT_CACHE;
    a->folder_mode = DY_FOLDER_AUTO;
}

void dy_cli_args_fini(dy_cli_args *a)
{
    free(a->inputs);
    a->inputs = NULL;
    a->ninputs = 0;
}

enum dy_cli_cmd dy_cli_command_find(const char *name)
{
    for (int c = 0; c < DY_NCMDS; c++)
        if (c != DY_CMD_TOP && !strcmp(DY_CLI_COMMANDS[c].name, name))
            return (enum dy_cli_cmd)c;
    return DY_NCMDS;
}

void dy_cli_unknown_command(const char *name)
{
    char list[256];
    size_t n = 0;
    for (int c = 1; c < DY_NCMDS; c++)
        n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", c > 1 ? ", " : "",
                              DY_CLI_COMMANDS[c].name);
    errorf("unknown command '%s' (commands: %s; see dauys --help)", name, list);
}

static const dy_cli_option *find_long(const char *name, size_t n)
{
    for (size_t i = 0; i < DY_CLI_NOPTIONS; i++)
        if (strlen(DY_CLI_OPTIONS[i].name) == n && !strncmp(DY_CLI_OPTIONS[i].name, name, n))
            return &DY_CLI_OPTIONS[i];
    return NULL;
}

static const dy_cli_option *find_short(char c)
{
    for (size_t i = 0; i < DY_CLI_NOPTIONS; i++)
        if (DY_CLI_OPTIONS[i].short_name == c)
            return &DY_CLI_OPTIONS[i];
    return NULL;
}

/* "dauys build", or "dauys" for the program itself */
static void command_name(enum dy_cli_cmd cmd, char *buf, size_t size)
{
    snprintf(buf, size, "dauys%s%s", cmd == DY_CMD_TOP ? "" : " ", DY_CLI_COMMANDS[cmd].name);
}

void dy_cli_option_range(const dy_cli_option *o, char *buf, size_t size)
{
    if (o->range)
        snprintf(buf, size, "%s", o->range);
    else if (o->kind == DY_OPT_INT || o->kind == DY_OPT_DOUBLE)
        snprintf(buf, size, "%g..%g", o->min, o->max);
    else
        snprintf(buf, size, "%s", "");
}

static bool in_preset(const dy_cli_option *o)
{
    return o->offset >= offsetof(dy_cli_args, voice) &&
           o->offset < offsetof(dy_cli_args, voice) + sizeof(dy_preset);
}

void dy_cli_option_default(const dy_cli_option *o, char *buf, size_t size, bool *from_preset)
{
    dy_cli_args a;
    args_init(&a);
    const char *field = (const char *)&a + o->offset;
    *from_preset = in_preset(o);
    if (o->dflt) {
        snprintf(buf, size, "%s", o->dflt);
        return;
    }
    switch (o->kind) {
    case DY_OPT_INT: snprintf(buf, size, "%d", *(const int *)field); break;
    case DY_OPT_DOUBLE: snprintf(buf, size, "%g", *(const double *)field); break;
    case DY_OPT_CHARS: snprintf(buf, size, "%s", *field ? field : "none"); break;
    case DY_OPT_STRING: {
        const char *s = *(const char *const *)field;
        snprintf(buf, size, "%s", s ? s : "none");
        break;
    }
    default: snprintf(buf, size, "%s", ""); break;
    }
}

/* Stores arg into the option's field; false if it is not a value the option takes. */
static bool store(const dy_cli_option *o, const char *arg, dy_cli_args *a)
{
    char *field = (char *)a + o->offset;
    switch (o->kind) {
    case DY_OPT_FLAG: *(bool *)field = true; return true;
    case DY_OPT_SET: *(int *)field = (int)o->min; return true;
    case DY_OPT_NULL: *(const char **)field = NULL; return true;
    case DY_OPT_STRING: *(const char **)field = arg; return true;
    case DY_OPT_CHARS:
        if (strlen(arg) >= o->size)
            return false;
        memcpy(field, arg, strlen(arg) + 1);
        return true;
    case DY_OPT_INT: return dy_parse_int(arg, (long)o->min, (long)o->max, (int *)field);
    case DY_OPT_DOUBLE: return dy_parse_double(arg, o->min, o->max, (double *)field);
    default: return true;
    }
}

/* What a value of the option must be, for an error message. */
static void expected(const dy_cli_option *o, char *buf, size_t size)
{
    char range[128];
    dy_cli_option_range(o, range, sizeof range);
    if (o->kind == DY_OPT_INT)
        snprintf(buf, size, "expected a whole number: %s", range);
    else if (o->kind == DY_OPT_DOUBLE)
        snprintf(buf, size, "expected a number: %s", range);
    else
        snprintf(buf, size, "expected at most %zu bytes", o->size - 1);
}

/* Does an action option (--help, --version); the exit status. */
static int act(const dy_cli_option *o, enum dy_cli_cmd cmd)
{
    if (o->kind == DY_OPT_HELP)
        dy_help_command(stdout, cmd);
    else if (o->kind == DY_OPT_VERSION)
        dy_help_version(stdout);
    else
        dy_help_markdown(stdout);
    return finish_stdout();
}

/* The commands that take an option, for an error message: "dauys build, dauys normalize". */
static void takers(const dy_cli_option *o, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (int c = 0; c < DY_NCMDS && n < size; c++) {
        if (!(o->cmds & (1u << c)))
            continue;
        char name[64];
        command_name((enum dy_cli_cmd)c, name, sizeof name);
        n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? ", " : "", name);
    }
}

/* Stops parsing with an exit status. */
static bool fail(dy_cli_args *a, int *status, int exit_status)
{
    dy_cli_args_fini(a);
    *status = exit_status;
    return false;
}

bool dy_cli_parse(enum dy_cli_cmd cmd, int argc, char **argv, dy_cli_args *a, int *status)
{
    char me[64];
    command_name(cmd, me, sizeof me);
    args_init(a);
    a->inputs = dy_xcalloc((size_t)argc + 1, sizeof *a->inputs);
    a->ninputs = 0;
    bool no_more_options = false;
    for (int i = 0; i < argc; i++) {
        const char *s = argv[i];
        if (no_more_options || s[0] != '-' || s[1] == '\0') {
            int max = DY_CLI_COMMANDS[cmd].max_args;
            if (max >= 0 && a->ninputs >= (size_t)max) {
                errorf("unexpected argument '%s' (see %s --help)", s, me);
                return fail(a, status, EXIT_USAGE);
            }
            a->inputs[a->ninputs++] = s;
            continue;
        }
        if (!strcmp(s, "--")) {
            no_more_options = true;
            continue;
        }
        const dy_cli_option *o;
        const char *arg = NULL;
        if (s[1] == '-') {
            const char *eq = strchr(s + 2, '=');
            o = find_long(s + 2, eq ? (size_t)(eq - s - 2) : strlen(s + 2));
            if (eq)
                arg = eq + 1;
        } else {
            o = find_short(s[1]);
            if (o && s[2] != '\0') /* "-j2", "-oout": the value attached */
                arg = o->arg ? s + 2 : NULL, o = o->arg ? o : NULL;
        }
        if (!o) {
            errorf("unknown option '%s' (see %s --help)", s, me);
            return fail(a, status, EXIT_USAGE);
        }
        if (!(o->cmds & (1u << cmd))) {
            char who[160];
            takers(o, who, sizeof who);
            errorf("--%s is not an option of %s (it is one of %s; see %s --help)", o->name, me, who,
                   me);
            return fail(a, status, EXIT_USAGE);
        }
        if (o->arg && !arg) {
            if (i + 1 >= argc) {
                errorf("--%s needs a value: %s", o->name, o->arg);
                return fail(a, status, EXIT_USAGE);
            }
            arg = argv[++i];
        } else if (!o->arg && arg) {
            errorf("--%s takes no value", o->name);
            return fail(a, status, EXIT_USAGE);
        }
        if (o->kind == DY_OPT_HELP || o->kind == DY_OPT_VERSION || o->kind == DY_OPT_MARKDOWN) {
            return fail(a, status, act(o, cmd));
        }
        if (!store(o, arg, a)) {
            char want[160];
            expected(o, want, sizeof want);
            errorf("bad value for --%s: '%s' (%s)", o->name, arg, want);
            return fail(a, status, EXIT_USAGE);
        }
        a->given |= UINT64_C(1) << (o - DY_CLI_OPTIONS);
    }
    *status = 0;
    return true;
}

void dy_cli_apply_voice(const dy_cli_args *a, dy_preset *p)
{
    for (size_t i = 0; i < DY_CLI_NOPTIONS; i++) {
        const dy_cli_option *o = &DY_CLI_OPTIONS[i];
        if ((a->given >> i & 1) && in_preset(o)) {
            size_t at = o->offset - offsetof(dy_cli_args, voice);
            memcpy((char *)p + at, (const char *)&a->voice + at, o->size);
        }
    }
}
