/* Messages of the command-line tool, on standard error, in the form editors jump to:
 * "texts/kitap.txt:12:34: error: ...". */
#ifndef DY_CLI_MSG_H
#define DY_CLI_MSG_H

#include "core/dy.h"

extern bool dy_cli_quiet;

void errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void notef(const char *fmt, ...) __attribute__((format(printf, 1, 2))); /* silenced by --quiet */
/* Prints a library diagnostic: "path:line:col: error: msg" (parts that do not apply omitted). */
void diag_error(const dy_diag *d, dy_status st);

#endif
