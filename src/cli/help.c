/* The help of the command line (see help.h): every line about an option is generated from the
 * option table, so --help, `dauys COMMAND --help` and the README's tables say the same. */
#include "cli/help.h"

#include <string.h>

#include "audio/loudness.h"
#include "audio/mp3.h"
#include "audio/synth.h"
#include "cli/msg.h"

enum { WIDTH = 79 }; /* columns of --help */
#define NBSP '\a'    /* in a text to wrap: a space that does not break the line */

static const char *const GROUP_TITLES[DY_NGROUPS] = {
    [DY_GROUP_INPUT] = "Input",
    [DY_GROUP_OUTPUT] = "Output",
    [DY_GROUP_VOICE] = "Voice, over the preset's values",
    [DY_GROUP_AUDIO] = "Loudness and MP3",
    [DY_GROUP_TEXT] = "Text",
    [DY_GROUP_RUN] = "Running",
};

static const char LEXICON_NOTE[] =
    "A lexicon beside a text (kitap.lexicon for kitap.txt, or *.lexicon inside a folder\n"
    "book) is used automatically.\n";

static const char EXIT_STATUS[] =
    "Exit status: 0 success, 1 a book failed, 2 usage error, 3 check --strict found\n"
    "places to proofread, 130 interrupted (Ctrl-C), 143 stopped (SIGTERM), 129 hung up\n"
    "(SIGHUP).\n";

static bool takes(const dy_cli_option *o, enum dy_cli_cmd cmd)
{
    return !o->hidden && (o->cmds & (1u << cmd));
}

static bool takes_option(enum dy_cli_cmd cmd, const char *name)
{
    for (size_t i = 0; i < DY_CLI_NOPTIONS; i++)
        if (takes(&DY_CLI_OPTIONS[i], cmd) && !strcmp(DY_CLI_OPTIONS[i].name, name))
            return true;
    return false;
}

/* Options a command has besides --help. */
static bool has_options(enum dy_cli_cmd cmd)
{
    for (size_t i = 0; i < DY_CLI_NOPTIONS; i++)
        if (takes(&DY_CLI_OPTIONS[i], cmd) && DY_CLI_OPTIONS[i].kind != DY_OPT_HELP)
            return true;
    return false;
}

/* "-o, --output DIR" or "    --book" */
static void names(const dy_cli_option *o, char *buf, size_t size)
{
    snprintf(buf, size, "%c%c%c --%s%s%s", o->short_name ? '-' : ' ',
             o->short_name ? o->short_name : ' ', o->short_name ? ',' : ' ', o->name,
             o->arg ? " " : "", o->arg ? o->arg : "");
}

/* The widest names column of all the options listed anywhere. */
static int names_width(void)
{
    int w = 0;
    for (size_t i = 0; i < DY_CLI_NOPTIONS; i++) {
        char left[64];
        names(&DY_CLI_OPTIONS[i], left, sizeof left);
        if (!DY_CLI_OPTIONS[i].hidden && (int)strlen(left) > w)
            w = (int)strlen(left);
    }
    return w;
}

/* Columns a UTF-8 string takes: its code points. */
static size_t columns(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Writes text from column indent, where the cursor is, wrapped at WIDTH between words; wrapped
 * lines start at column indent. */
static void wrap(FILE *f, const char *text, size_t indent)
{
    size_t col = indent;
    const char *p = text;
    while (*p) {
        const char *gap = p;
        while (*p == ' ')
            p++;
        const char *end = p;
        while (*end && *end != ' ')
            end++;
        size_t word = columns(p, (size_t)(end - p));
        if (col > indent && col + (size_t)(p - gap) + word > WIDTH) {
            fprintf(f, "\n%*s", (int)indent, "");
            col = indent;
        } else {
            fwrite(gap, 1, (size_t)(p - gap), f);
            col += (size_t)(p - gap);
        }
        for (const char *c = p; c < end; c++)
            fputc(*c == NBSP ? ' ' : *c, f);
        col += word;
        p = end;
    }
    fputc('\n', f);
}

/* One option: its names, then its help, range and default, wrapped. */
static void option_line(FILE *f, const dy_cli_option *o, int width)
{
    char left[64], range[128], dflt[64], text[512];
    bool from_preset;
    names(o, left, sizeof left);
    dy_cli_option_range(o, range, sizeof range);
    dy_cli_option_default(o, dflt, sizeof dflt, &from_preset);
    /* "(default 160)" is not broken across lines: NBSP holds it together */
    for (char *p = dflt; *p; p++)
        if (*p == ' ')
            *p = NBSP;
    snprintf(text, sizeof text, "%s%s%s%s%s%s", o->help, range[0] ? ", " : "", range,
             o->arg && dflt[0] ? " (default\a" : "", o->arg ? dflt : "",
             o->arg && dflt[0] ? ")" : "");
    fprintf(f, "  %-*s  ", width, left);
    wrap(f, text, (size_t)width + 4);
}

/* cmd's options by group, each group under its title (indented by heading_indent). */
static void options_by_group(FILE *f, enum dy_cli_cmd cmd, int heading_indent)
{
    int width = names_width();
    for (int g = 0; g < DY_NGROUPS; g++) {
        bool first = true;
        for (size_t i = 0; i < DY_CLI_NOPTIONS; i++) {
            const dy_cli_option *o = &DY_CLI_OPTIONS[i];
            if (!takes(o, cmd) || o->group != (enum dy_cli_group)g)
                continue;
            if (first)
                fprintf(f, "%*s%s:\n", heading_indent, "", GROUP_TITLES[g]);
            first = false;
            option_line(f, o, width);
        }
    }
}

/* "dauys normalize [--split-only | --explain] ...", continued lines aligned after the name. */
static void usage_line(FILE *f, const char *lead, enum dy_cli_cmd cmd)
{
    const dy_cli_command *c = &DY_CLI_COMMANDS[cmd];
    int indent = (int)(strlen(lead) + strlen("dauys ") + strlen(c->name) + (c->name[0] ? 1 : 0));
    fprintf(f, "%sdauys %s%s", lead, c->name, c->name[0] && c->synopsis[0] ? " " : "");
    for (const char *s = c->synopsis; *s; s++)
        if (*s == '\n')
            fprintf(f, "\n%*s", indent, "");
        else
            fputc(*s, f);
    fputc('\n', f);
}

static void overview(FILE *f)
{
    const char *lead = "Usage: ";
    for (int c = 1; c <= DY_NCMDS; c++) { /* the subcommands, then dauys itself */
        usage_line(f, lead, (enum dy_cli_cmd)(c % DY_NCMDS));
        lead = "       ";
    }
    fprintf(f, "\n%s", DY_CLI_COMMANDS[DY_CMD_TOP].about);
    for (int c = 1; c < DY_NCMDS; c++)
        fprintf(f, "%s%s", c == DY_CMD_NORMALIZE ? "\n" : "", DY_CLI_COMMANDS[c].about);
    fputs(LEXICON_NOTE, f);
    for (int c = 1; c < DY_NCMDS; c++) {
        if (!has_options((enum dy_cli_cmd)c))
            continue;
        fprintf(f, "\nOptions of %s:\n", DY_CLI_COMMANDS[c].name);
        options_by_group(f, (enum dy_cli_cmd)c, 1);
    }
    fprintf(f, "\nEvery command takes -h, --help: dauys COMMAND --help shows its options alone.\n");
    fprintf(f, "\n%s", EXIT_STATUS);
}

void dy_help_command(FILE *f, enum dy_cli_cmd cmd)
{
    if (cmd == DY_CMD_TOP) {
        overview(f);
        return;
    }
    usage_line(f, "Usage: ", cmd);
    fprintf(f, "\n%s", DY_CLI_COMMANDS[cmd].about);
    if (takes_option(cmd, "lexicon"))
        fputs(LEXICON_NOTE, f);
    fputc('\n', f);
    options_by_group(f, cmd, 0);
    fprintf(f, "\n%s", EXIT_STATUS);
}

void dy_help_version(FILE *f)
{
    fprintf(f, "dauys %s\neSpeak NG %s\nLAME %s\nlibebur128 %s\n", DY_VERSION, dy_synth_version(),
            dy_mp3_version(), dy_loudness_version());
}

/* Writes s with the '|' a Markdown table cell cannot hold escaped. */
static void md_cell(FILE *f, const char *s)
{
    for (; *s; s++) {
        if (*s == '|')
            fputc('\\', f);
        fputc(*s, f);
    }
}

static void markdown_row(FILE *f, const dy_cli_option *o)
{
    char range[128], dflt[64];
    bool from_preset;
    dy_cli_option_range(o, range, sizeof range);
    dy_cli_option_default(o, dflt, sizeof dflt, &from_preset);
    fputs("| ", f);
    if (o->short_name)
        fprintf(f, "`-%c`, ", o->short_name);
    fprintf(f, "`--%s", o->name);
    if (o->arg) {
        fputc(' ', f);
        md_cell(f, o->arg);
    }
    fputs("` | ", f);
    md_cell(f, o->doc ? o->doc : o->help);
    fprintf(f, "%s%s | ", range[0] ? ", " : "", range);
    bool flag = o->kind == DY_OPT_FLAG || o->kind == DY_OPT_SET || o->kind == DY_OPT_NULL;
    if (flag)
        md_cell(f, o->dflt ? o->dflt : "off");
    else if (from_preset)
        fprintf(f, "from the preset (%s)", dflt);
    else if (o->kind == DY_OPT_STRING && !o->dflt && strcmp(dflt, "none"))
        fprintf(f, "`%s`", dflt);
    else
        md_cell(f, dflt);
    fputs(dflt[0] || flag ? " |\n" : "|\n", f);
}

void dy_help_markdown(FILE *f)
{
    for (int c = 1; c < DY_NCMDS; c++) {
        if (c == DY_CMD_HELP)
            continue;
        const dy_cli_command *cmd = &DY_CLI_COMMANDS[c];
        fprintf(f, "%s#### `dauys %s", c > 1 ? "\n" : "", cmd->name);
        bool space = cmd->synopsis[0] != '\0';
        for (const char *s = cmd->synopsis; *s; s++) { /* the synopsis on one line */
            if (*s == '\n' || *s == ' ') {
                space = true;
                continue;
            }
            if (space)
                fputc(' ', f);
            space = false;
            fputc(*s, f);
        }
        fprintf(f, "`\n\n| option | meaning | default |\n|---|---|---|\n");
        for (int g = 0; g < DY_NGROUPS; g++)
            for (size_t i = 0; i < DY_CLI_NOPTIONS; i++)
                if (takes(&DY_CLI_OPTIONS[i], (enum dy_cli_cmd)c) &&
                    DY_CLI_OPTIONS[i].group == (enum dy_cli_group)g)
                    markdown_row(f, &DY_CLI_OPTIONS[i]);
    }
}

int dy_cmd_help(int argc, char **argv)
{
    dy_cli_args a;
    int status;
    if (!dy_cli_parse(DY_CMD_HELP, argc, argv, &a, &status))
        return status;
    enum dy_cli_cmd cmd = a.ninputs > 0 ? dy_cli_command_find(a.inputs[0]) : DY_CMD_TOP;
    if (cmd == DY_NCMDS) {
        dy_cli_unknown_command(a.inputs[0]);
        status = EXIT_USAGE;
    } else {
        dy_help_command(stdout, cmd);
        status = finish_stdout();
    }
    dy_cli_args_fini(&a);
    return status;
}
