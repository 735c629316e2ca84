/* List labels inside the sentence splitter (kazakh-normalization.md sections 7.6 and 23): the
 * "N." that opens a sentence or a line, an "N." of a numbered list written inside a paragraph
 * ("бөлінеді: 1. Ерте кезең …; 2. Дамыған кезең …"), and an "N." after the closing bracket of an
 * editorial note ("(бұр.ред.қара) 1. Осы қаулыға"), which opens the next sentence. */
#include "text/scan.h"

#include "kk/tables.h"

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

/* Is a label "N. " of the given value at q, after white space, ";" or ":" or at the paragraph's
 * start? */
static bool label_at(const dy_scan *s, size_t q, int value)
{
    int32_t before = q > 0 ? s->cp[q - 1] : ' ';
    if ((!is_space(before) && before != ';' && before != ':') || label_digits_at(s, q) != value)
        return false;
    size_t r = q; /* what follows the label's white space: no lower-case word ("Ол 2. орында") */
    while (r < s->n && is_digit(s->cp[r]))
        r++;
    for (r++; r < s->n && is_hspace(s->cp[r]) && r - q < 8;)
        r++;
    return r >= s->n || !is_lower(s->cp[r]);
}

/* Are the words right before the labels at a and b the same ("Тапсырма 1. … Тапсырма 2.")? Then
 * the number belongs to that word, as a heading's does, and opens no item. */
static bool same_word_before(const dy_scan *s, size_t a, size_t b)
{
    const int32_t *cp = s->cp;
    size_t ea = a, eb = b; /* skip the white space and a colon ("Жауабы: 1.") */
    while (ea > 0 && (is_hspace(cp[ea - 1]) || cp[ea - 1] == ':') && a - ea < 3)
        ea--;
    while (eb > 0 && (is_hspace(cp[eb - 1]) || cp[eb - 1] == ':') && b - eb < 3)
        eb--;
    size_t k = 0;
    while (k < 40 && k < ea && k < eb && is_letter(cp[ea - 1 - k]) && is_letter(cp[eb - 1 - k]) &&
           dy_to_upper(cp[ea - 1 - k]) == dy_to_upper(cp[eb - 1 - k]))
        k++;
    if (k == 0 || (k < ea && is_letter(cp[ea - 1 - k])) || (k < eb && is_letter(cp[eb - 1 - k])))
        return false;
    /* a unit after a number is no word a heading numbers: "-133 м 3. -142 м" */
    size_t w = ea - k;
    while (w > 0 && is_hspace(cp[w - 1]) && ea - k - w < 2)
        w--;
    return w == 0 || !is_digit(cp[w - 1]);
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

/* Does the word right before the colon at p name a value ("Жауабы:", "Саны:", value_words.tsv)?
 */
static bool value_word_before(const dy_scan *s, size_t p)
{
    size_t e = p, w = p;
    while (w > s->cur && is_letter(s->cp[w - 1]) && e - w < 24)
        w--;
    char word[128];
    size_t len = 0;
    return w < e && (w == 0 || !is_letter(s->cp[w - 1])) &&
           dy_scan_copy_text(s, w, e, word, sizeof word, &len) && dy_kk_is_value_word(word, len);
}

/* Is the number that ends just before the period at i (a capital follows) a label of a list
 * written inside a paragraph ("бөлінеді: 1. Ерте кезең (…); 2. Дамыған кезең …; 4. Кейінгі
 * империя.")? It follows a colon or a semicolon, and the list goes on: the label N+1 follows later
 * after ";", or the label N-1 opened an item of the open sentence ("Жауабы: 5. Келесі есеп." stays
 * a boundary). A "1." after a colon opens the list by itself, the colon glued to it or not
 * ("Сабақтың жоспары: 1. Ақ Орданың саяси тарихы", "Жұмыс барысы:1. Парта шетіне …"), unless
 * the word before the colon names a value ("Жауабы: 1. Келесі есеп."). */
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
    if (value == 1 && p > s->cur + 1 && cp[p - 1] == ':' && is_letter(cp[p - 2]) &&
        !value_word_before(s, p - 1)) /* not a score's "1:1." */
        return true;
    if (p == t || p == s->cur || (cp[p - 1] != ':' && cp[p - 1] != ';'))
        return false;
    enum { WINDOW = 4000 }; /* how far the next label may stand (keeps the pass linear) */
    for (size_t q = i + 1; q < s->n && q - i < WINDOW; q++)
        if (label_at(s, q, value + 1) && !same_word_before(s, t, q))
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

/* How far the neighbouring labels may stand: a label after a bracket, an item of a run (items are
 * short); so a paragraph of many numbers with periods stays fast. */
enum { LABEL_WINDOW = 4096, ITEM_WINDOW = 1024 };

/* The first code point of a label of the given value in [from, to), or NO_POS. */
static size_t label_within(const dy_scan *s, size_t from, size_t to, int value)
{
    for (size_t q = from; q < to && q < s->n; q++)
        if (label_at(s, q, value))
            return q;
    return NO_POS;
}

/* The last code point of a label of the given value in [from, to), or NO_POS. */
static size_t label_last(const dy_scan *s, size_t from, size_t to, int value)
{
    for (size_t q = to; q > from; q--)
        if (label_at(s, q - 1, value))
            return q - 1;
    return NO_POS;
}

/* Is the "N." whose period is at i (a capital, a quote or a digit follows on the same line) a
 * label of a list written inside a paragraph, which opens the next sentence? Three places
 * (23.2):
 * - right after the closing bracket of an editorial note or a reference, after words ("… жаңа
 *   редакцияда (бұр.ред.қара) 1. Осы қаулыға …"): "1." starts a list; a later N needs the label
 *   N-1 earlier;
 * - after the last word, number or bracket of the item before, in a run of items without
 *   semicolons ("1. Құрал-жабдықтар: штатив, қысқыш 2. Секундомер 3. Гирлер", "1. 1835; 2. 1812
 *   3. 1827"): the labels around it make a run of three (N-1, N+1; or N-2, N-1; or for 1, 2 and
 *   3 after it), and the word before N is not the word before N-1 ("Тапсырма 1. … Тапсырма 2."
 *   numbers the word).
 * - glued to the period of the word before ("… қарап шығу.2. Сынып, тақта"), a capital after it.
 * The neighbours stand at most 4,096 characters away (1,024 for a run), so a paragraph of many
 * labels stays linear.
 * Returns the label's first code point, or NO_POS. */
size_t dy_scan_label_in_text(const dy_scan *s, size_t i, bool capital)
{
    const int32_t *cp = s->cp;
    size_t t;
    int value = s->cur == NO_POS || s->depth > 0 ? -1 : number_before(s, i, &t);
    if (value < 1 || t < s->cur + 3)
        return NO_POS;
    size_t p = t;
    while (p > s->cur && is_hspace(cp[p - 1]) && t - p < 3)
        p--;
    if (p == t) { /* glued to the period of a word ("… шығу.2. Сынып"): the next item opens */
        size_t w = t - 1;
        while (w > s->cur && is_letter(cp[w - 1]) && t - w < 40)
            w--;
        return capital && cp[t - 1] == '.' && t - 1 - w >= 3 && (w == 0 || !is_letter(cp[w - 1])) &&
                       (w == 0 || cp[w - 1] != '.')
                   ? t
                   : NO_POS;
    }
    size_t lo = t > LABEL_WINDOW ? t - LABEL_WINDOW : 0;
    if (capital && p == t - 1 && is_close_bracket(cp[p - 1])) {
        bool words = false;
        for (size_t k = s->cur; k + 1 < p && !words; k++)
            words = is_letter(cp[k]);
        if (words && (value == 1 || label_within(s, lo, t, value - 1) != NO_POS))
            return t;
    }
    int32_t c = cp[p - 1];
    if (!is_letter(c) && !is_digit(c) && !is_close_bracket(c) && !dy_char_is_quote_close(c))
        return NO_POS;
    lo = t > ITEM_WINDOW ? t - ITEM_WINDOW : 0;
    size_t hi = i + ITEM_WINDOW;
    if (value == 1) {
        size_t next = label_within(s, i, hi, 2);
        bool run = next != NO_POS && !same_word_before(s, t, next) &&
                   label_within(s, next, hi, 3) != NO_POS;
        return run ? t : NO_POS;
    }
    size_t prev = label_last(s, lo, t, value - 1); /* the nearest label N-1 */
    if (prev == NO_POS || same_word_before(s, prev, t))
        return NO_POS;
    bool run = label_within(s, i, hi, value + 1) != NO_POS ||
               (value > 2 && label_last(s, lo, prev, value - 2) != NO_POS);
    return run ? t : NO_POS;
}
