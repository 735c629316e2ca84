/* dauys, the command-line tool: finds the subcommand and runs it (cmd_*.c); options.c parses,
 * help.c explains. No pipeline logic here. Exit status: 0 success, 1 a build failed, 2 usage
 * error, 130 interrupted (Ctrl-C), 143 SIGTERM, 129 SIGHUP. */
#include <stdio.h>

#include "cli/help.h"
#include "cli/msg.h"
#include "cli/options.h"

int main(int argc, char **argv)
{
    if (argc < 2) {
        dy_help_command(stderr, DY_CMD_TOP);
        return EXIT_USAGE;
    }
    if (argv[1][0] == '-') { /* dauys --help, dauys --version */
        dy_cli_args a;
        int status;
        if (!dy_cli_parse(DY_CMD_TOP, argc - 1, argv + 1, &a, &status))
            return status;
        dy_cli_args_fini(&a);
        errorf("give a command (see dauys --help)");
        return EXIT_USAGE;
    }
    enum dy_cli_cmd cmd = dy_cli_command_find(argv[1]);
    if (cmd == DY_NCMDS) {
        dy_cli_unknown_command(argv[1]);
        return EXIT_USAGE;
    }
    return DY_CLI_COMMANDS[cmd].run(argc - 2, argv + 2);
}
