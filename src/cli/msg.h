/* Messages of the command-line tool, on standard error, in the form editors jump to:
 * "texts/kitap.txt:12:34: error: ...", and its exit statuses. */
#ifndef DY_CLI_MSG_H
#define DY_CLI_MSG_H

#include "core/dy.h"

/* Exit statuses: 0 success, 1 a build failed (or an input could not be read), 2 usage error,
 * 3 `dauys check --strict` found places to proofread, 128 + the signal's number when a build is
 * stopped by one (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP; cmd_build.c). */
enum { EXIT_BUILD = 1, EXIT_USAGE = 2, EXIT_FINDINGS = 3 };

extern bool dy_cli_quiet;

void errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void notef(const char *fmt, ...) __attribute__((format(printf, 1, 2))); /* silenced by --quiet */
/* Prints a library diagnostic: "path:line:col: error: msg" (parts that do not apply omitted). */
void diag_error(const dy_diag *d, dy_status st);
/* Flushes standard output; it may be a full disk or a closed pipe: then says so and returns
 * EXIT_BUILD, else 0. */
int finish_stdout(void);
/* Prints text[span] on standard output on one line (line breaks become spaces): a source or
 * spoken passage in `normalize --explain` and `check`. */
void put_span(const char *text, dy_span span);

#endif
