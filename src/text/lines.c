/* Line breaks inside a paragraph (the README's "Line breaks"): which single line break ends a
 * sentence, measured on the paragraph's lines; and the list labels and numbers that start a line,
 * which the splitter reads too (scan.h). */
#include "text/scan.h"

/* A digit, or a sign that counts as one: + − - – before a digit, № § $ € ₸ £ ₽ before
 * a number with or without a space, a Roman numeral character Ⅰ…. */
bool dy_scan_starts_number(const dy_scan *s, size_t q)
{
    int32_t c = s->cp[q];
    if (is_digit(c) || (c >= 0x2160 && c <= 0x2188))
        return true;
    if (c == '+' || c == '-' || c == 0x2212 || c == 0x2013)
        return q + 1 < s->n && is_digit(s->cp[q + 1]);
    if (is_number_sign(c)) {
        size_t r = q + 1;
        if (r < s->n && s->cp[r] == c) /* №№ */
            r++;
        if (r < s->n && is_hspace(s->cp[r]))
            r++;
        return r < s->n && is_digit(s->cp[r]);
    }
    return false;
}

/* A list label at q: 1-3 digits (also multi-level 2.1.) then "." or ")", or one letter then ")";
 * followed by white space. Returns the code point after its "." or ")", or NO_POS. */
size_t dy_scan_label_end(const dy_scan *s, size_t q)
{
    const int32_t *cp = s->cp;
    size_t n = s->n;
    if (q + 2 < n && is_letter(cp[q]) && cp[q + 1] == ')' && is_space(cp[q + 2]))
        return q + 2;
    size_t r = q;
    for (int group = 0; group < 4; group++) {
        size_t g = r;
        while (r < n && is_digit(cp[r]) && r - g < 4)
            r++;
        if (r == g || r - g > 3 || r + 1 >= n)
            return NO_POS;
        if ((cp[r] == '.' || cp[r] == ')') && is_space(cp[r + 1]))
            return r + 1;
        if (cp[r] != '.')
            return NO_POS;
        r++;
    }
    return NO_POS;
}

static bool is_list_label(const dy_scan *s, size_t q) { return dy_scan_label_end(s, q) != NO_POS; }

/* A section number at q written without its final period ("2.2 Қазақ хандығы", "1.1.3 Мақсаты"):
 * two to four groups of 1-3 digits joined by periods, then a space and a capital letter. */
static bool is_section_number(const dy_scan *s, size_t q)
{
    const int32_t *cp = s->cp;
    size_t r = q;
    for (int group = 0; group < 4; group++) {
        size_t g = r;
        while (r < s->n && is_digit(cp[r]) && r - g < 4)
            r++;
        if (r == g || r - g > 3 || r >= s->n)
            return false;
        if (group > 0 && is_hspace(cp[r]))
            return r + 1 < s->n && is_upper(cp[r + 1]);
        if (cp[r] != '.')
            return false;
        r++;
    }
    return false;
}

/* Is the line [s->cur, end), which ends at a line break, an all-caps heading (23.1 rule 1: "І
 * ТАРАУ", "КІРІСПЕ")? Other headings are lines the writer ended (line_ends_sentence); a short line
 * of hard-wrapped prose without a comma is no heading. */
bool dy_scan_is_heading(const dy_scan *s, size_t end)
{
    const int32_t *cp = s->cp;
    if (s->cur != s->line_first)
        return false;
    size_t upper = 0;
    for (size_t k = s->cur; k < end; k++) {
        if (is_lower(cp[k]))
            return false;
        upper += is_upper(cp[k]);
    }
    return upper >= 2;
}

/* Would the first word of the line at next have fitted on the line [first, end), by the
 * paragraph's wrap width (in characters and in bytes, with WRAP_SLACK to spare)? */
static bool word_fits(const dy_scan *s, size_t first, size_t end, size_t next)
{
    size_t w = next;
    while (w < s->n && !is_space(s->cp[w]))
        w++;
    return (end - first) + 1 + (w - next) + WRAP_SLACK <= s->wrap_cps &&
           (s->off[end] - s->off[first]) + 1 + (s->off[w] - s->off[next]) + WRAP_SLACK <=
               s->wrap_bytes;
}

/* Measures the paragraph's lines: if its longest line has WRAP_MIN..WRAP_MAX characters and most
 * lines are full by that width, the paragraph is hard-wrapped prose, and wrap_cps and wrap_bytes
 * hold that line's length. Two lines ending with ";" make it a list (a wrap puts a ";" at the end
 * of a line only by chance). */
void dy_scan_measure_lines(dy_scan *s)
{
    size_t cps = 0, bytes = 0, line_cps = 0, items = 0;
    size_t b = 0; /* first code point of the line */
    for (size_t k = 0; k <= s->n; k++) {
        if (k < s->n && !is_line_break(s->cp[k]))
            continue;
        size_t e = k;
        size_t f = b;
        while (f < e && is_space(s->cp[f]))
            f++;
        while (e > f && is_space(s->cp[e - 1]))
            e--;
        if (e - f > line_cps)
            line_cps = e - f;
        if (s->off[e] - s->off[f] > bytes)
            bytes = s->off[e] - s->off[f];
        items += e > f && s->cp[e - 1] == ';' && k < s->n;
        b = k + 1;
    }
    cps = line_cps;
    s->list = items >= 2;
    if (cps < WRAP_MIN || cps > WRAP_MAX)
        return;
    s->wrap_cps = cps;
    s->wrap_bytes = bytes;
    /* A wrapper fills most lines; where most lines would have taken the next line's first word,
     * the writer broke them (a list, a table, a timetable), and the paragraph is not wrapped. */
    size_t lines = 0, fitting = 0, first = NO_POS, end = 0;
    for (size_t k = 0; k < s->n; k++) {
        if (is_space(s->cp[k])) {
            if (is_line_break(s->cp[k]) && first != NO_POS && end == NO_POS)
                end = k;
            continue;
        }
        if (first != NO_POS && end != NO_POS) { /* k starts the next line */
            size_t e = end;
            while (e > first && is_space(s->cp[e - 1]))
                e--;
            lines++;
            fitting += word_fits(s, first, e, k);
            first = NO_POS;
        }
        if (first == NO_POS) {
            first = k;
            end = NO_POS;
        }
    }
    if (2 * fitting > lines)
        s->wrap_cps = s->wrap_bytes = 0;
}

/* Does a web address or an e-mail address start at q ("http://…", "www.…", "ak@mail.kz")? It
 * starts in lower case but continues no sentence. */
static bool starts_address(const dy_scan *s, size_t q)
{
    static const char WWW[] = "www.";
    size_t k = 0;
    while (k < 4 && q + k < s->n && s->cp[q + k] == WWW[k])
        k++;
    if (k == 4)
        return true;
    for (size_t r = q; r < s->n && r - q < 64 && !is_space(s->cp[r]); r++)
        if (s->cp[r] == '@' ||
            (s->cp[r] == ':' && r + 2 < s->n && s->cp[r + 1] == '/' && s->cp[r + 2] == '/'))
            return true;
    return false;
}

/* Does a single line break end the open sentence (the README's "Line breaks")? The line runs from
 * s->line_first to end, the next line starts at next. The break ends the sentence where the writer
 * made it: the paragraph is not hard-wrapped, or the next line's first word would have fitted on
 * this line; there a lower-case next line still continues the sentence unless this line ended
 * with . ! ? … or ;. On a line the wrapping filled, only a list label or a section number starting
 * the next line ends it (after ":" also a dash or a number), and ";" before a line that does not
 * start in lower case or in a list (items, a timetable's rows). A line ending with a comma, a dash
 * or an opening bracket or quote always goes on (verse, a wrapped clause), and a line holding only
 * a list label ("1.") belongs to the next one. So hard-wrapped prose reads as whole sentences. */
bool dy_scan_line_ends(const dy_scan *s, size_t end, size_t next)
{
    const int32_t *cp = s->cp;
    size_t t = end; /* the last character before closing quotes and brackets */
    while (t > s->line_first + 1 && is_closer(cp[t - 1]) && end - t < 4)
        t--;
    int32_t last = cp[end - 1];
    if (last == ',' || is_dash(last) || is_opener(last))
        return false;
    bool lower_next = (is_lower(cp[next]) && !starts_address(s, next)) ||
                      (is_opener(cp[next]) && next + 1 < s->n && is_lower(cp[next + 1]));
    if (last == ';' && (!lower_next || s->list))
        return true;
    if (dy_scan_label_end(s, s->line_first) == end)
        return false;
    bool writer = s->wrap_cps == 0 || word_fits(s, s->line_first, end, next);
    if (last == ':')
        return writer || is_list_label(s, next) || is_dash(cp[next]) ||
               dy_scan_starts_number(s, next);
    if (lower_next)
        return writer && (is_terminator(cp[t - 1]) || last == ';');
    return writer || is_list_label(s, next) || is_section_number(s, next);
}
