/* The command line's one option table and its parser: every option of every subcommand, with
 * its names, argument, the subcommands that take it, its help text, and where and how its value
 * is stored (numbers with their ranges). help.c prints --help and the README's option table
 * from the same table. */
#ifndef DY_CLI_OPTIONS_H
#define DY_CLI_OPTIONS_H

#include <stddef.h>
#include <stdint.h>

#include "book/book.h"

/* The subcommands; DY_CMD_TOP is `dauys` itself (dauys --help, dauys --version). */
enum dy_cli_cmd {
    DY_CMD_TOP,
    DY_CMD_BUILD,
    DY_CMD_NORMALIZE,
    DY_CMD_CHECK,
    DY_CMD_VOICES,
    DY_CMD_HELP,
    DY_NCMDS
};

typedef struct dy_cli_command {
    const char *name;     /* "build"; "" for dauys itself */
    const char *synopsis; /* what follows "dauys NAME" in a usage line; may hold '\n' */
    const char *about;    /* its --help's description, lines ending in '\n' */
    int max_args;         /* arguments that are not options, at most (-1: any number) */
    int (*run)(int argc, char **argv); /* argv after the subcommand's name; returns the exit
                                          status */
} dy_cli_command;

extern const dy_cli_command DY_CLI_COMMANDS[DY_NCMDS];

/* Where a value lands. */
enum dy_cli_kind {
    DY_OPT_FLAG,   /* bool = true */
    DY_OPT_SET,    /* int = value (an enum: --book, --library) */
    DY_OPT_NULL,   /* const char * = NULL (--no-cache) */
    DY_OPT_STRING, /* const char * = the argument, borrowed from argv */
    DY_OPT_CHARS,  /* char[size] = a copy of the argument, which must fit */
    DY_OPT_INT,    /* int in [min, max] */
    DY_OPT_DOUBLE, /* double in [min, max] */
    DY_OPT_HELP,   /* actions: do it and stop */
    DY_OPT_VERSION,
    DY_OPT_MARKDOWN,
};

/* How help.c groups options, in this order. */
enum dy_cli_group {
    DY_GROUP_INPUT,
    DY_GROUP_OUTPUT,
    DY_GROUP_VOICE,
    DY_GROUP_AUDIO,
    DY_GROUP_TEXT,
    DY_GROUP_RUN,
    DY_NGROUPS
};

typedef struct dy_cli_option {
    const char *name; /* long name, without "--" */
    char short_name;  /* 0: none */
    const char *arg;  /* the argument's name in help ("DIR"); NULL: takes none */
    unsigned cmds;    /* the subcommands that take it: bits 1 << enum dy_cli_cmd */
    enum dy_cli_group group;
    enum dy_cli_kind kind;
    size_t offset, size; /* the field of dy_cli_args it sets */
    double min, max;     /* DY_OPT_INT, DY_OPT_DOUBLE: the range; DY_OPT_SET: min is the value */
    const char *range;   /* the range as shown, when "min..max" does not say it; or NULL */
    const char *dflt;    /* the default as shown, when the field's default does not say it */
    const char *help;    /* one line of --help, plain text */
    const char *doc;     /* the README's wording, Markdown; NULL: help */
    bool hidden;         /* not listed in --help nor the README */
} dy_cli_option;

/* Sorted by long name. */
extern const dy_cli_option DY_CLI_OPTIONS[];
extern const size_t DY_CLI_NOPTIONS;

/* What a command line asks for. */
typedef struct dy_cli_args {
    dy_settings settings;   /* build and normalize */
    dy_preset voice;        /* the voice options, put over the preset once it is read */
    uint64_t given;         /* bit i: DY_CLI_OPTIONS[i] was given */
    const char *voice_name; /* --voice (default "kk") */
    const char *cache;      /* --cache; DY_CLI_DEFAULT_CACHE, or NULL for --no-cache */
    int folder_mode;        /* dy_folder_mode */
    bool quiet, verbose, split_only, explain;
    bool strict;         /* check: exit EXIT_FINDINGS when anything was found */
    const char **inputs; /* the arguments that are not options, in order, borrowed from argv;
                            the array is freed by dy_cli_args_fini */
    size_t ninputs;
} dy_cli_args;

/* The default of --cache, "OUTPUT/.cache", told apart from a --cache value by its address. */
extern const char DY_CLI_DEFAULT_CACHE[];

/* Frees what dy_cli_parse allocated in a. */
void dy_cli_args_fini(dy_cli_args *a);

/* Fills a with the defaults, then walks argv (after the subcommand's name) against the table for
 * command cmd: "--name=VALUE",
 * "--name VALUE", "-x VALUE", "-xVALUE", "--" (then only arguments), "-" (an argument: standard
 * input). Returns true to go on (call dy_cli_args_fini(a) when done); false to stop with *status
 * (a is then already finished): 0 after --help or --version was
 * answered, 1 when that answer could not be written, 2 after a usage error was printed
 * (unknown option, option of another subcommand, missing or bad value, too many arguments). */
bool dy_cli_parse(enum dy_cli_cmd cmd, int argc, char **argv, dy_cli_args *a, int *status);

/* Puts the voice options given (--rate, --pitch, ...) over the preset p just read. */
void dy_cli_apply_voice(const dy_cli_args *a, dy_preset *p);

/* The option's range as shown ("80..450"), or "" for none. */
void dy_cli_option_range(const dy_cli_option *o, char *buf, size_t size);

/* The option's default as shown ("160", "out", "none", "one per processor"), or "" for a flag
 * without one. *from_preset is set when the value is the voice preset's. */
void dy_cli_option_default(const dy_cli_option *o, char *buf, size_t size, bool *from_preset);

/* The subcommands (cmd_*.c, help.c): argv after the subcommand's name; return the exit status. */
int dy_cmd_build(int argc, char **argv);
int dy_cmd_normalize(int argc, char **argv);
int dy_cmd_check(int argc, char **argv);
int dy_cmd_voices(int argc, char **argv);
int dy_cmd_help(int argc, char **argv);

/* The subcommand called name, or DY_NCMDS. */
enum dy_cli_cmd dy_cli_command_find(const char *name);
/* Says that there is no command called name, and which there are. */
void dy_cli_unknown_command(const char *name);

#endif
