#!/bin/sh
# What help2man reads to write the man page (cmake/install.cmake): `$DAUYS --help` with its usage
# lines in the form help2man takes as the synopsis ("Usage: dauys build ..." then "  or: dauys
# normalize ...", a wrapped line joined to the one it continues), and the first line of
# `$DAUYS --version` (the program's; the libraries' versions are the build machine's).
set -e
case "$1" in
--version) "$DAUYS" --version | head -n 1 ;;
--help)
  "$DAUYS" --help | awk '
    usage && /^ +dauys / { sub(/^ +/, ""); if (line != "") print line; line = "  or: " $0; next }
    usage && /^ +[^ ]/ && line != "" { sub(/^ +/, " "); line = line $0; next }
    usage && line != "" { print line; line = "" }
    /^Usage: / { usage = 1; line = $0; next }
    { usage = 0; print }
    END { if (line != "") print line }' ;;
*) "$DAUYS" "$@" ;;
esac
