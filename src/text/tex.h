/* Inline TeX in a text (a maths page kept as MathJax source: "$a$-ға", "$x_{1}\cdot x_{2}$"),
 * found once for the language detector (text/lang.c: its commands and letters are no English)
 * and the normalizer's rule that reads it (normalize/rules_tex.c). */
#ifndef DY_TEX_H
#define DY_TEX_H

#include <stddef.h>

/* The length in bytes of the TeX span that opens at s[0] (s has n bytes), delimiters included,
 * or 0: `$$…$$`, `\(…\)`, or `$…$` on one line that is no money: its content holds a command,
 * ^, _ or {, or it is a short formula glued to both dollars that does not open with a digit and
 * has no Cyrillic word ("$100", "$ 20", "$1,5 млрд … $2" stay dollars). *delim receives the
 * length of each delimiter (1 or 2). */
size_t dy_tex_span(const char *s, size_t n, size_t *delim);

#endif
