/* CLI messages (see msg.h). */
#include "cli/msg.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

bool dy_cli_quiet = false;

static void vmsg(const char *kind, const char *fmt, va_list ap)
{
    fprintf(stderr, "dauys: %s: ", kind);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void errorf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg("error", fmt, ap);
    va_end(ap);
}

void notef(const char *fmt, ...)
{
    if (dy_cli_quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void diag_error(const dy_diag *d, dy_status st)
{
    const char *msg = d->msg[0] ? d->msg : dy_strerror(st);
    if (!d->path[0])
        fprintf(stderr, "dauys: error: %s\n", msg);
    else if (d->line > 0 && d->col > 0)
        fprintf(stderr, "%s:%d:%d: error: %s\n", d->path, d->line, d->col, msg);
    else if (d->line > 0)
        fprintf(stderr, "%s:%d: error: %s\n", d->path, d->line, msg);
    else
        fprintf(stderr, "%s: error: %s\n", d->path, msg);
}

/* Standard output may be a full disk or a closed pipe: say so, and fail. */
int finish_stdout(void)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        errorf("cannot write standard output: %s", strerror(errno));
        return EXIT_BUILD;
    }
    return 0;
}

void put_span(const char *text, dy_span span)
{
    for (size_t i = span.start; i < span.end; i++)
        putchar(text[i] == '\n' || text[i] == '\r' ? ' ' : text[i]);
}
