/* The help of the command line, generated from the option table (options.h): `dauys --help`,
 * `dauys COMMAND --help`, `dauys --version`, and the README's option tables in Markdown. */
#ifndef DY_CLI_HELP_H
#define DY_CLI_HELP_H

#include <stdio.h>

#include "cli/options.h"

/* The help of cmd (DY_CMD_TOP: the whole program): usage, description, its options by group
 * with their ranges and defaults, exit statuses. */
void dy_help_command(FILE *f, enum dy_cli_cmd cmd);
/* dauys's version and those of eSpeak NG, LAME and libebur128. */
void dy_help_version(FILE *f);
/* The README's option tables, one per subcommand (`dauys --help-markdown`, not listed). */
void dy_help_markdown(FILE *f);

#endif
