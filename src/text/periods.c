/* Periods that belong to numbers, for the sentence splitter (kazakh-normalization.md section 23): a
 * numeric date typed with a space after each period ("12. 12. 1942"), a dotted date before a
 * document number ("2003.01.08. N 373 Заңымен"), the part of a century after "ғ." ("XVIII ғ.
 * ІІ жартысында") and a period typed for the dot of a product before a power of ten ("1,672 . 10
 * -27 кг"). None of these periods ends a sentence. */
#include "text/scan.h"

/* Does a numeric date typed with a space after each period start at p ("12. 12. 1942": one or
 * two digits, ". ", one or two digits, ". ", four digits)? Its periods end no sentence. */
static bool spaced_date_from(const dy_scan *s, size_t p)
{
    const int32_t *cp = s->cp;
    if (p > 0 && (is_digit(cp[p - 1]) || cp[p - 1] == '.' || is_letter(cp[p - 1])))
        return false;
    for (int part = 0; part < 3; part++) {
        size_t e = p;
        while (e < s->n && is_digit(cp[e]) && e - p < 5)
            e++;
        if (part < 2 && (e == p || e - p > 2 || e + 2 >= s->n || cp[e] != '.' || cp[e + 1] != ' '))
            return false;
        if (part == 2)
            return e - p == 4 && (e == s->n || !is_digit(cp[e]));
        p = e + 2;
    }
    return false;
}

/* Is the period at i one of the two of a spaced numeric date ("12. 12. 1942")? */
bool dy_scan_in_spaced_date(const dy_scan *s, size_t i)
{
    const int32_t *cp = s->cp;
    size_t p = i;
    while (p > 0 && is_digit(cp[p - 1]) && i - p < 3)
        p--;
    if (p == i)
        return false;
    if (spaced_date_from(s, p))
        return true;
    size_t q = p >= 2 && cp[p - 1] == ' ' && cp[p - 2] == '.' ? p - 2 : p;
    while (q != p && q > 0 && is_digit(cp[q - 1]) && p - q < 5)
        q--;
    return q + 2 < p && spaced_date_from(s, q);
}

/* Does a numeric date written with periods end just before the period at i ("2003.01.08.",
 * "20.01.2006.")? Two or three groups of digits joined by periods. */
bool dy_scan_after_dotted_date(const dy_scan *s, size_t i)
{
    const int32_t *cp = s->cp;
    size_t p = i;
    int groups = 0;
    while (groups < 3) {
        size_t e = p;
        while (p > 0 && is_digit(cp[p - 1]) && e - p < 5)
            p--;
        if (p == e || e - p > 4)
            return false;
        groups++;
        if (p > 1 && cp[p - 1] == '.' && is_digit(cp[p - 2]))
            p--;
        else
            break;
    }
    return groups >= 2 && (p == 0 || !is_letter(cp[p - 1]));
}

/* A document number at q: № or N (No) and a number ("№ 123-III", "N 373"). */
bool dy_scan_doc_number(const dy_scan *s, size_t q)
{
    const int32_t *cp = s->cp;
    size_t r = q;
    if (r < s->n && cp[r] == 0x2116) /* № */
        r++;
    else if (r < s->n && cp[r] == 'N')
        r += r + 1 < s->n && cp[r + 1] == 'o' ? 2 : 1;
    else
        return false;
    if (r < s->n && cp[r] == '.')
        r++;
    while (r < s->n && is_hspace(cp[r]) && r - q < 5)
        r++;
    return r < s->n && is_digit(cp[r]);
}

/* A part of a century after "ғ." or "ғғ.": a Roman numeral, then жарты- or ширек- ("XVIII ғ. ІІ
 * жартысында", "XIX ғ. I ширегінде", section 12): the numeral counts halves and quarters. */
bool dy_scan_century_part(const dy_scan *s, size_t q)
{
    const int32_t *cp = s->cp;
    size_t r = q;
    while (r < s->n && is_roman(cp[r]) && r - q < 4)
        r++;
    if (r == q || r >= s->n || !is_hspace(cp[r]))
        return false;
    r++;
    static const int32_t HALF[] = {0x0436, 0x0430, 0x0440, 0x0442, 0x044B}; /* жарты */
    static const int32_t QUARTER[] = {0x0448, 0x0438, 0x0440, 0x0435};      /* шире(к|г) */
    size_t h = 0, w = 0;
    while (h < 5 && r + h < s->n && cp[r + h] == HALF[h])
        h++;
    while (w < 4 && r + w < s->n && cp[r + w] == QUARTER[w])
        w++;
    return h == 5 || w == 4;
}

/* Is the period at i, with a space on each side, the dot of a product between a decimal mantissa
 * and a power of ten whose superscript the page lost ("1,672 . 10 -27 кг", "6,62 . 10 -34 Дж",
 * "1,675 . 10 3 м/с": 1,672·10⁻²⁷ кг)? The normalizer reads it көбейту (rules_math.c). */
bool dy_scan_times_dot(const dy_scan *s, size_t i)
{
    const int32_t *cp = s->cp;
    if (i < 4 || i + 6 >= s->n || !is_hspace(cp[i - 1]) || !is_hspace(cp[i + 1]) ||
        cp[i + 2] != '1' || cp[i + 3] != '0' || !is_hspace(cp[i + 4]))
        return false;
    size_t p = i - 1; /* the mantissa's decimal digits, then its comma or period */
    while (p > 0 && is_digit(cp[p - 1]) && i - p < 8)
        p--;
    if (p == i - 1 || p < 2 || (cp[p - 1] != ',' && cp[p - 1] != '.') || !is_digit(cp[p - 2]))
        return false;
    size_t e = i + 5;
    if (cp[e] == '-' || cp[e] == 0x2212 || cp[e] == 0x2013)
        e++;
    return e < s->n && is_digit(cp[e]);
}
