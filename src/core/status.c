/* Status strings and input diagnostics (see dy.h). */
#include "core/dy.h"

#include <stdio.h>
#include <string.h>

const char *dy_strerror(dy_status st)
{
    switch (st) {
    case DY_OK: return "success";
    case DY_ERR_IO: return "input/output error";
    case DY_ERR_NOTFOUND: return "no such file or folder";
    case DY_ERR_INPUT: return "unusable input text";
    case DY_ERR_USAGE: return "invalid setting";
    case DY_ERR_PRESET: return "malformed voice preset";
    case DY_ERR_SYNTH: return "speech synthesis failed";
    case DY_ERR_ENCODE: return "audio encoding failed";
    case DY_ERR_CANCELLED: return "cancelled";
    case DY_ERR_BUSY: return "busy";
    }
    return "unknown error";
}

dy_status dy_diag_set(dy_diag *d, dy_status st, const char *path, int line, int col,
                      const char *fmt, ...)
{
    if (!d)
        return st;
    snprintf(d->path, sizeof d->path, "%s", path ? path : "");
    d->line = line;
    d->col = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->msg, sizeof d->msg, fmt, ap);
    va_end(ap);
    return st;
}
