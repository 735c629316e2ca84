/* Text as the output formats carry it (every writer after the timeline: timings, cue sheet,
 * playlist, the read-along page, DAISY, EPUB): one clean line, escaped for the format. */
#ifndef DY_MARKUP_H
#define DY_MARKUP_H
#include "core/util.h"

/* Appends one code point, escaped for a format. */
typedef void (*dy_escape_fn)(dy_buf *b, int32_t cp);

/* Appends s[0 .. n) as one line through esc: leading and trailing white space dropped, each run
 * of it inside (line breaks included) one space (no-break spaces are kept), other control
 * characters, the bidi controls and the noncharacters dropped, invalid UTF-8 as U+FFFD
 * ("Бірінші\n  жол" -> "Бірінші жол"). */
void dy_text_fold(dy_buf *b, const char *s, size_t n, dy_escape_fn esc);

/* XML and HTML text and attribute values: & < > " ' as entities. */
void dy_xml_escape(dy_buf *b, int32_t cp);
/* dy_text_fold of a NUL-terminated string (NULL appends nothing) through dy_xml_escape. */
void dy_xml_text(dy_buf *b, const char *s);
/* Whether text[from .. to), the source between two sentences, holds a paragraph break (an
 * empty line). */
bool dy_paragraph_break(const char *text, size_t from, size_t to);
/* Between the items of a nested HTML list (a table of contents) whose outer <ol> is open: each
 * item is written "<li>…" without its "</li>"; before an item at depth `level` (1 = the outer
 * list) that follows one at depth `prev` (0 before the first), this closes what ends and opens a
 * list one deeper (level is at most prev + 1); level 0 closes every item after the last. A flat
 * list comes out as "<li>…</li>\n<li>…</li>\n". */
void dy_html_list_step(dy_buf *b, int prev, int level);
#endif
