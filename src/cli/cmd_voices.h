/* Where voice presets are found: `dauys voices` lists them, `dauys build --voice NAME` loads one.
 */
#ifndef DY_CLI_CMD_VOICES_H
#define DY_CLI_CMD_VOICES_H

/* The preset called name (or at the path name), looked for where `dauys voices` looks; a path
 * the caller frees, or NULL. */
char *dy_cli_preset_find(const char *name);

#endif
