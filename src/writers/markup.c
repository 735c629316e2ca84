/* Text for the output formats (see markup.h). */
#include "writers/markup.h"

#include <string.h>

/* White space that may break a line folds to one space; no-break spaces ("1 000", "5 км") are
 * kept where the author put them. NEL is a line break too. */
static bool is_fold_space(int32_t cp)
{
    if (cp == 0xA0 || cp == 0x2007 || cp == 0x202F)
        return false;
    return cp == 0x85 || dy_is_space(cp);
}

/* C0 and C1 controls; the bidi embedding, override and isolate controls, which would reorder
 * what follows them in a reader's display; and the noncharacters (U+FDD0..U+FDEF, U+xxFFFE,
 * U+xxFFFF), which XML does not allow */
static bool is_dropped(int32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069) || (cp >= 0xFDD0 && cp <= 0xFDEF) ||
           (cp & 0xFFFE) == 0xFFFE;
}

void dy_text_fold(dy_buf *b, const char *s, size_t n, dy_escape_fn esc)
{
    bool any = false, space = false;
    for (size_t i = 0; i < n;) {
        int32_t cp = dy_utf8_next(s, n, &i);
        if (cp < 0)
            cp = 0xFFFD;
        if (is_fold_space(cp)) {
            space = any;
            continue;
        }
        if (is_dropped(cp))
            continue;
        if (space)
            esc(b, ' ');
        esc(b, cp);
        any = true;
        space = false;
    }
}

void dy_xml_escape(dy_buf *b, int32_t cp)
{
    switch (cp) {
    case '&': dy_buf_puts(b, "&amp;"); break;
    case '<': dy_buf_puts(b, "&lt;"); break;
    case '>': dy_buf_puts(b, "&gt;"); break;
    case '"': dy_buf_puts(b, "&quot;"); break;
    case '\'': dy_buf_puts(b, "&#39;"); break;
    default: dy_buf_put_cp(b, cp);
    }
}

void dy_xml_text(dy_buf *b, const char *s)
{
    if (s)
        dy_text_fold(b, s, strlen(s), dy_xml_escape);
}

bool dy_paragraph_break(const char *text, size_t from, size_t to)
{
    int lines = 0;
    for (size_t i = from; i < to; i++) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= to || text[i + 1] != '\n')))
            lines++;
        else if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r')
            lines = 0; /* text between them that is no sentence ("* * *") */
        if (lines >= 2)
            return true;
    }
    return false;
}

void dy_html_list_step(dy_buf *b, int prev, int level)
{
    if (prev > 0 && level > prev) {
        dy_buf_puts(b, "\n<ol>\n");
        return;
    }
    for (int l = prev; l > 0 && l >= level; l--)
        dy_buf_puts(b, l == prev ? "</li>\n" : "</ol>\n</li>\n");
}
