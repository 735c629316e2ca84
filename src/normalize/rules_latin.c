/* Rules for Latin script (normalize stage, rule table in normalize.c): URLs, e-mail addresses
 * and domains said with Kazakh separators, and Latin words spelled in Cyrillic when the Latin
 * voice is off. kazakh-normalization.md section 21. */
#include "normalize/rules.h"

#include <string.h>

#include "kk/latin.h"
#include "kk/tables.h"
#include "normalize/context.h"
#include "text/chars.h"
#include "text/lang.h"

static bool url_char(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           strchr("._~:/?#@%+=&-", ch) != NULL;
}

static bool is_alnum_ascii(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

/* Emits one Latin label of a URL: as written, or in Cyrillic (no_latin_voice; a short
 * top-level domain by English letter names: kz -> кей зет); digits as cardinals. */
static void emit_label(nctx *c, const char *s, size_t n, dy_span src, const char *name, bool tld,
                       bool glued_left)
{
    size_t k = 0;
    while (k < n) {
        size_t e = k;
        bool digits = s[k] >= '0' && s[k] <= '9';
        while (e < n && ((s[e] >= '0' && s[e] <= '9') == digits))
            e++;
        dy_buf b = {0};
        if (digits) {
            dy_nc_say_digits(s + k, e - k, NULL, 0, &b);
        } else if (c->opts->no_latin_voice && tld && e - k <= 3) {
            for (size_t j = k; j < e; j++) {
                if (j > k)
                    dy_buf_putc(&b, ' ');
                dy_buf_puts(&b, dy_kk_latin_letter_name((unsigned char)s[j]));
            }
        } else if (c->opts->no_latin_voice) {
            dy_kk_latin_to_cyrillic(&b, s + k, e - k);
        } else {
            dy_buf_append(&b, s + k, e - k);
        }
        dy_nc_emit_words(c, b.data, src, name, !glued_left || k > 0);
        dy_buf_fini(&b);
        k = e;
    }
}

/* Section 21: URLs, e-mail addresses and bare domains: the scheme dropped, "www" said дабл-ю
 * дабл-ю дабл-ю, separators in Kazakh (. нүкте, / қиғаш сызық, - дефис, _ астыңғы сызық, :
 * қос нүкте, @ айқұлақ), a query string dropped, labels left in Latin letters:
 * "info@mail.kz" -> info айқұлақ mail нүкте kz. */
size_t dy_nr_url(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || dy_is_cyrillic(first_cp(c, i)) || first_cp(c, i) >= 0x250)
        return 0;
    const char *t = c->text;
    size_t start = tok(c, i)->src.start, end = start, lim = c->end;
    while (end < lim && url_char(t[end]))
        end++;
    while (end > start && !is_alnum_ascii(t[end - 1]) && t[end - 1] != '/')
        end--; /* a sentence period, a comma after the address */
    if (end - start < 4)
        return 0;
    size_t p = start;
    bool scheme = false;
    if (end - p > 8 && !strncmp(t + p, "https://", 8))
        p += 8, scheme = true;
    else if (end - p > 7 && !strncmp(t + p, "http://", 7))
        p += 7, scheme = true;
    size_t said = p; /* nothing to say after the scheme ("http:///", "https://?q"): no URL */
    while (said < end && !is_alnum_ascii(t[said]) && t[said] != '?' && t[said] != '#')
        said++;
    if (said == end || t[said] == '?' || t[said] == '#')
        return 0;
    bool www = end - p > 4 && !strncmp(t + p, "www.", 4);
    bool at = memchr(t + p, '@', end - p) != NULL;
    /* a bare domain: labels joined by "." with a known last label, and no path */
    size_t host_end = p;
    while (host_end < end &&
           (is_alnum_ascii(t[host_end]) || t[host_end] == '.' || t[host_end] == '-'))
        host_end++;
    size_t dot = host_end;
    while (dot > p && t[dot - 1] != '.')
        dot--;
    bool domain = dot > p && dy_kk_is_tld(t + dot, host_end - dot);
    if (!scheme && !www && !at && !(domain && host_end == end))
        return 0;
    if (at && !domain)
        return 0;
    /* the tokens covered */
    size_t last = i;
    while (last + 1 < c->n && tok(c, last + 1)->src.start < end && glued(c, last + 1))
        last++;
    size_t url_end = end; /* a word glued after the address ("Zakon.kzораза") is said after it */
    end = tok(c, last)->src.end;
    dy_span src = {start, end};
    bool first = true;
    if (www) {
        dy_nc_emit_words(c, "дабл-ю дабл-ю дабл-ю", src, name, tok(c, i)->space_before);
        first = false;
        p += 3;
    }
    for (size_t k = p; k < end;) {
        char ch = t[k];
        if (ch == '?' || ch == '#')
            break; /* a query string may be dropped */
        const char *sep = ch == '.'   ? "нүкте"
                          : ch == '/' ? "қиғаш сызық"
                          : ch == '-' ? "дефис"
                          : ch == '_' ? "астыңғы сызық"
                          : ch == ':' ? "қос нүкте"
                          : ch == '@' ? "айқұлақ"
                                      : NULL;
        if (sep) {
            if (!(ch == '/' && k + 1 == end)) /* a trailing slash is not said */
                dy_nc_emit_words(c, sep, src, name, true);
            k++;
            continue;
        }
        size_t e = k;
        while (e < end && is_alnum_ascii(t[e]))
            e++;
        if (e == k) {
            k++;
            continue;
        }
        bool tld = e == host_end && dy_kk_is_tld(t + k, e - k);
        emit_label(c, t + k, e - k, src, name, tld, first && !tok(c, i)->space_before);
        first = false;
        k = e;
    }
    if (url_end < end && (unsigned char)t[url_end] >= 0x80) {
        dy_buf w = {0};
        dy_buf_append(&w, t + url_end, end - url_end);
        dy_nc_emit(c, ",", src, "punctuation", false);
        dy_nc_emit(c, w.data, src, name, true);
        dy_buf_fini(&w);
    }
    return last + 1 - i;
}

/* How the token at k looks as Latin Kazakh (kk/latin.h); foreign unless a word of Latin letters. */
static dy_kk_latn_look look_at(const nctx *c, size_t k)
{
    if (k >= c->n || !is_word(c, k))
        return DY_KK_LOOK_FOREIGN;
    int32_t cp = first_cp(c, k);
    if (!dy_is_letter(cp) || dy_is_cyrillic(cp) || cp >= 0x250)
        return DY_KK_LOOK_FOREIGN;
    return dy_kk_latn_look_of(tstr(c, k), tlen(c, k));
}

/* Is the word at i part of an address that no rule read ("qorlyq@list.ru"): glued to @, /, _
 * or to a period with a word glued after it? Its letters stay as written. */
static bool in_address(const nctx *c, size_t i)
{
    static const char *const SEPS[] = {"@", "/", "_", "."};
    for (size_t k = 0; k < COUNT(SEPS); k++) {
        bool dot = k == COUNT(SEPS) - 1;
        if (glued(c, i + 1) && tok_is(c, i + 1, SEPS[k]) && (!dot || glued(c, i + 2)) &&
            (!dot || is_word(c, i + 2)))
            return true;
        if (i > 0 && glued(c, i) && tok_is(c, i - 1, SEPS[k]) &&
            (!dot || (i > 1 && glued(c, i - 1))))
            return true;
    }
    return false;
}

/* Kazakh written in Latin letters inside a Cyrillic sentence (the names of outlets and channels:
 * "деп хабарлайды Azattyq Ruhy тілшісі" -> Азаттық Рухы; «Qazaqstan» -> Қазақстан): a run of
 * Latin words, one space apart, none foreign and one at least written as only Kazakh writes
 * (q not before u, ǵ ń ý ş ğ ı ...), is read in Cyrillic, by the alphabet its letters show
 * (2021, 2018, or plain ASCII: Qazaqsha -> Қазақша). English words (Facebook, Apple, iPhone)
 * and runs with no Kazakh sign (Almaty Open) stay for the English voice; so do short words in
 * capitals (KZ, TV) and a sentence that is not Kazakh. Section 21 leaves this optional; the
 * English voice mangles Kazakh. */
static size_t latin_kazakh(nctx *c, size_t i, const char *name)
{
    if (c->u->lang != DY_LANG_KK || look_at(c, i) == DY_KK_LOOK_FOREIGN || in_address(c, i))
        return 0;
    const char *s = tstr(c, i);
    size_t n = tlen(c, i), lower = 0;
    for (size_t k = 0; k < n;)
        lower += !dy_is_upper(dy_utf8_next(s, n, &k));
    if (lower == 0 && dy_utf8_count(s, n) <= 3)
        return 0; /* an acronym: KZ, TV, BAQ */
    size_t a = i, b = i;
    while (a > 0 && spaced(c, a) && look_at(c, a - 1) != DY_KK_LOOK_FOREIGN)
        a--;
    while (spaced(c, b + 1) && look_at(c, b + 1) != DY_KK_LOOK_FOREIGN)
        b++;
    bool kazakh = false;
    for (size_t k = a; k <= b; k++)
        kazakh |= look_at(c, k) == DY_KK_LOOK_KAZAKH;
    if (!kazakh)
        return 0;
    dy_span run = dy_nc_span_of(c, a, b);
    dy_kk_latn alphabet = dy_kk_latn_of_words(c->text + run.start, run.end - run.start);
    dy_buf b1 = {0}, b2 = {0};
    for (size_t k = 0; k < n;)
        dy_kk_latn_put(s, n, &k, &b1, alphabet);
    /* capitals inside (QazAqparat) or all through: the first letter only, as 20.1 rule 3 */
    for (size_t k = 0; k < b1.len;) {
        bool first = k == 0;
        int32_t cp = dy_utf8_next(b1.data, b1.len, &k);
        dy_buf_put_cp(&b2, first ? cp : dy_to_lower(cp));
    }
    dy_nc_emit(c, b2.data, tok(c, i)->src, name, tok(c, i)->space_before);
    dy_buf_fini(&b1);
    dy_buf_fini(&b2);
    return 1;
}

/* Section 21 with opts->no_latin_voice: a Latin-script word is spelled in Cyrillic for the
 * Kazakh voice ("Microsoft" -> микрософт). Without the option Latin words go to eSpeak's English
 * voice unchanged (the word rule). Kazakh in Latin letters is read in Cyrillic either way. */
size_t dy_nr_latin(nctx *c, size_t i, const char *name)
{
    size_t used = latin_kazakh(c, i, "latin-kazakh");
    if (used || !c->opts->no_latin_voice || !is_word(c, i))
        return used;
    const char *s = tstr(c, i);
    size_t n = tlen(c, i);
    for (size_t k = 0; k < n;) {
        int32_t cp = dy_utf8_next(s, n, &k);
        if (!((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '\'' || cp == 0x2019))
            return 0;
    }
    dy_buf b = {0};
    dy_kk_latin_to_cyrillic(&b, s, n);
    dy_nc_emit(c, b.data, tok(c, i)->src, name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return 1;
}
