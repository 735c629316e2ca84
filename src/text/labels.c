/* List labels inside the sentence splitter (kazakh-normalization.md sections 7.6 and 23): the
 * "N." that opens a sentence or a line, an "N." of a numbered list written inside a paragraph
 * ("бөлінеді: 1. Ерте кезең …; 2. Дамыған кезең …"), and an "N." after the closing bracket of an
 * editorial note ("(бұр.ред.қара) 1. Осы қаулыға"), which opens the next sentence. */
#include "text/scan.h"

/* Is the number that ends just before the period at i a list label at the start of a sentence or
 * of a line ("3. Жоспар бекітілді.", "2.1. Мақсаты")? One to three digits per level. */
bool dy_scan_enumerator(const dy_scan *s, size_t i)
{
    const int32_t *cp = s->cp;
    size_t t = i;
    for (int groups = 1;; groups++) {
        size_t e = t;
        while (t > 0 && is_digit(cp[t - 1]) && e - t < 4)
            t--;
        if (t == e || e - t > 3)
            return false;
        if (groups < 4 && t >= 2 && cp[t - 1] == '.' && is_digit(cp[t - 2]))
            t--;
        else
            break;
    }
    /* also after an opening quote: a quoted item of an amendment ("«1. 2025-2027 жылдарға …") */
    if (t > 0 && dy_char_is_quote_open(cp[t - 1]) && (t - 1 == s->cur || t - 1 == s->line_first))
        return true;
    return t == s->cur || t == s->line_first;
}

/* The value of a list label whose digits start at q: one or two digits, a period and white space
 * ("2. Дамыған"); -1 when none stands there. */
static int label_digits_at(const dy_scan *s, size_t q)
{
    const int32_t *cp = s->cp;
    int value = 0;
    size_t d = q;
    while (q < s->n && is_digit(cp[q]) && q - d < 3)
        value = value * 10 + (cp[q++] - '0');
    if (q == d || q - d > 2 || q + 1 >= s->n || cp[q] != '.' || !is_space(cp[q + 1]))
        return -1;
    return value;
}

/* The value of a list label at p: white space, then a label ("; 2. Дамыған"); -1 when none. */
static int label_value_at(const dy_scan *s, size_t p)
{
    size_t q = p;
    while (q < s->n && is_hspace(s->cp[q]) && q - p < 3)
        q++;
    return q == p ? -1 : label_digits_at(s, q);
}

/* The one- or two-digit number of the open sentence that ends just before i: its value, its first
 * code point into *t; -1 when none. */
static int number_before(const dy_scan *s, size_t i, size_t *t)
{
    size_t b = i;
    while (b > s->cur && is_digit(s->cp[b - 1]) && i - b < 3)
        b--;
    if (b == i || i - b > 2)
        return -1;
    int value = 0;
    for (size_t d = b; d < i; d++)
        value = value * 10 + (s->cp[d] - '0');
    *t = b;
    return value;
}

/* Is the number that ends just before the period at i (a capital follows) a label of a list
 * written inside a paragraph ("бөлінеді: 1. Ерте кезең (…); 2. Дамыған кезең …; 4. Кейінгі
 * империя.")? It follows a colon or a semicolon, and the list goes on: the label N+1 follows later
 * after ";", or the label N-1 opened an item of the open sentence ("Жауабы: 5. Келесі есеп." stays
 * a boundary). */
bool dy_scan_inline_label(const dy_scan *s, size_t i)
{
    const int32_t *cp = s->cp;
    size_t t;
    int value = s->cur == NO_POS ? -1 : number_before(s, i, &t);
    if (value < 1)
        return false;
    size_t p = t;
    while (p > s->cur && is_hspace(cp[p - 1]) && t - p < 3)
        p--;
    if (p == t || p == s->cur || (cp[p - 1] != ':' && cp[p - 1] != ';'))
        return false;
    enum { WINDOW = 4000 }; /* how far the next label may stand (keeps the pass linear) */
    for (size_t q = i + 1; q < s->n && q - i < WINDOW; q++)
        if ((cp[q] == ';' || cp[q] == '.') && label_value_at(s, q + 1) == value + 1)
            return true;
    for (size_t q = p > s->cur + WINDOW ? p - WINDOW : s->cur; value > 1 && q + 1 < p; q++)
        if ((cp[q] == ';' || cp[q] == ':') && label_value_at(s, q + 1) == value - 1)
            return true;
    return false;
}

/* Does the open sentence, up to i, close a bracket opened before it ("… 143-баян. 222-б.). Қытай
 * …")? Such a fragment ends what the bracket held, so it is no prefix of what follows. */
bool dy_scan_closes_bracket(const dy_scan *s, size_t i)
{
    int depth = 0;
    for (size_t k = s->cur; k < i; k++) {
        if (is_open_bracket(s->cp[k]))
            depth++;
        else if (is_close_bracket(s->cp[k]) && --depth < 0)
            return true;
    }
    return false;
}

/* Is the "N." whose period is at i (a capital follows on the same line) a list label right after
 * the closing bracket of an editorial note or a reference, after words ("… жаңа редакцияда
 * (бұр.ред.қара) 1. Осы қаулыға …")? "1." starts a list; a later N needs the label N-1 earlier in
 * the paragraph, at most 4,096 characters before it. Returns the label's first code point, or
 * NO_POS. */
size_t dy_scan_label_after_bracket(const dy_scan *s, size_t i)
{
    const int32_t *cp = s->cp;
    size_t t;
    int value = s->cur == NO_POS || s->depth > 0 ? -1 : number_before(s, i, &t);
    if (value < 1 || t < s->cur + 3 || !is_hspace(cp[t - 1]) || !is_close_bracket(cp[t - 2]))
        return NO_POS;
    bool words = false;
    for (size_t k = s->cur; k + 2 < t && !words; k++)
        words = is_letter(cp[k]);
    if (!words)
        return NO_POS;
    if (value == 1)
        return t;
    /* the label before it within 4,096 characters, so a paragraph of many such labels stays
     * linear */
    for (size_t q = t > 4096 ? t - 4096 : 0; q + 1 < t; q++)
        if ((q == 0 || is_space(cp[q - 1])) && label_digits_at(s, q) == value - 1)
            return t;
    return NO_POS;
}
