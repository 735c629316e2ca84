/* Rules for Latin script (normalize stage, rule table in normalize.c): URLs, e-mail addresses,
 * domains and file names said with Kazakh separators, hexadecimal strings (a hash, a commit, a
 * colour) spelled one character at a time, and Latin words spelled in Cyrillic when the Latin
 * voice is off. kazakh-normalization.md section 21. */
#include "normalize/rules.h"

#include <string.h>

#include "kk/latin.h"
#include "kk/numbers.h"
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

/* Is s[0..n) a hexadecimal string: digits and the letters a-f in one case, six characters or
 * more with both digits and letters in three runs at least ("3fa9c2e1", "7287be9"), in capitals
 * two runs of letters ("A1B2C3"), or after # (hash: a colour) three, six or eight with a digit
 * and a letter ("ff8800", "0a0"; "#333" is a number sign)? A word of hex letters only ("decade",
 * "#facade"), a number with a letter glued ("2025abc") and a code of capitals ("5B071100" with B
 * for В, "123ABC02") are none. */
static bool hex_like(const char *s, size_t n, bool hash)
{
    size_t runs = 0, letter_runs = 0, digits = 0, lower = 0, upper = 0;
    for (size_t k = 0; k < n; k++) {
        bool digit = s[k] >= '0' && s[k] <= '9';
        lower += s[k] >= 'a' && s[k] <= 'f';
        upper += s[k] >= 'A' && s[k] <= 'F';
        if (!digit && !(s[k] >= 'a' && s[k] <= 'f') && !(s[k] >= 'A' && s[k] <= 'F'))
            return false;
        bool run = k == 0 || digit != (s[k - 1] >= '0' && s[k - 1] <= '9');
        runs += run;
        letter_runs += run && !digit;
        digits += digit;
    }
    if (!digits || (lower && upper) || !(lower || upper))
        return false; /* "#333" is a number sign */
    if (hash)
        return n == 3 || n == 6 || n == 8;
    return n >= 6 && runs >= 3 && (lower || letter_runs >= 2);
}

/* Appends the hexadecimal string s[0..n) one character at a time: a digit by its name (section
 * 5), a letter by its English name (latin_letter_names.tsv): "7287be9" -> жеті екі сегіз жеті би
 * и тоғыз. */
static void say_hex(const char *s, size_t n, dy_buf *out)
{
    for (size_t k = 0; k < n; k++) {
        if (k)
            dy_buf_putc(out, ' ');
        if (s[k] >= '0' && s[k] <= '9')
            dy_kk_digits(out, s + k, 1);
        else
            dy_buf_puts(out, dy_kk_latin_letter_name((unsigned char)s[k]));
    }
}

/* Emits one Latin label of a URL or a file name: as written, or in Cyrillic (no_latin_voice; a
 * top-level domain or an extension of up to spell letters by English letter names: kz -> кей
 * зет, xlsx -> экс эл эс экс); digits as cardinals; a hexadecimal label one character at a
 * time. */
static void emit_label(nctx *c, const char *s, size_t n, dy_span src, const char *name,
                       size_t spell, bool glued_left)
{
    if (hex_like(s, n, false)) {
        dy_buf b = {0};
        say_hex(s, n, &b);
        dy_nc_emit_words(c, b.data, src, name, !glued_left);
        dy_buf_fini(&b);
        return;
    }
    size_t k = 0;
    while (k < n) {
        size_t e = k;
        bool digits = s[k] >= '0' && s[k] <= '9';
        while (e < n && ((s[e] >= '0' && s[e] <= '9') == digits))
            e++;
        dy_buf b = {0};
        if (digits) {
            dy_nc_say_digits(s + k, e - k, NULL, 0, &b);
        } else if (c->opts->no_latin_voice && e - k <= spell) {
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
    bool digits = is_num(c, i); /* a site named by a number: "7152.kz" */
    if (!(is_word(c, i) || digits) || dy_is_cyrillic(first_cp(c, i)) || first_cp(c, i) >= 0x250)
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
    if (digits && (scheme || www || at || memchr(t + p, '.', dot - 1 - p)))
        return 0; /* only "7152.kz": a number then its domain, not "12.05.kz" */
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
        emit_label(c, t + k, e - k, src, name, tld ? 3 : 0, first && !tok(c, i)->space_before);
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
/* The Latin-script Kazakh word w[0..n) in Cyrillic into out, its first letter's case kept and
 * the rest in small letters: capitals inside ("QazAqparat") or all through say nothing more (20.1
 * rule 3). */
static void latin_word_put(const char *w, size_t n, dy_kk_latn alphabet, dy_buf *out)
{
    dy_buf t = {0};
    for (size_t k = 0; k < n;)
        dy_kk_latn_put(w, n, &k, &t, alphabet);
    for (size_t k = 0; k < t.len;) {
        bool first = k == 0;
        int32_t cp = dy_utf8_next(t.data, t.len, &k);
        dy_buf_put_cp(out, first ? cp : dy_to_lower(cp));
    }
    dy_buf_fini(&t);
}

/* A name of an English word and a Kazakh one typed together, the second with its capital
 * ("FlyArystan"): each part is a word of its own, the English one (english_name_words.tsv) left
 * to the English voice, the Kazakh one in Cyrillic (Fly Арыстан). Returns the tokens used. */
static size_t latin_camel(nctx *c, size_t i, const char *name)
{
    const char *s = tstr(c, i);
    size_t n = tlen(c, i), cut[5] = {0}, parts = 1;
    for (size_t k = 1; k < n && parts < 4; k++)
        if (s[k] >= 'A' && s[k] <= 'Z' && s[k - 1] >= 'a' && s[k - 1] <= 'z')
            cut[parts++] = k;
    cut[parts] = n;
    if (parts < 2)
        return 0;
    bool foreign = false, kazakh = false;
    for (size_t p = 0; p < parts; p++) {
        dy_kk_latn_look look = dy_kk_latn_look_of(s + cut[p], cut[p + 1] - cut[p]);
        foreign |= dy_kk_is_english_name_word(s + cut[p], cut[p + 1] - cut[p]);
        kazakh |= look == DY_KK_LOOK_KAZAKH;
    }
    if (!foreign || !kazakh)
        return 0;
    dy_kk_latn alphabet = dy_kk_latn_of_words(s, n);
    for (size_t p = 0; p < parts; p++) {
        const char *w = s + cut[p];
        size_t wn = cut[p + 1] - cut[p];
        dy_buf b = {0};
        if (dy_kk_is_english_name_word(w, wn)) {
            dy_buf_append(&b, w, wn);
        } else {
            latin_word_put(w, wn, alphabet, &b);
        }
        dy_nc_emit(c, b.data, tok(c, i)->src, name, p > 0 || tok(c, i)->space_before);
        dy_buf_fini(&b);
    }
    return 1;
}

static size_t latin_kazakh(nctx *c, size_t i, const char *name)
{
    if (c->u->lang != DY_LANG_KK || look_at(c, i) == DY_KK_LOOK_FOREIGN || in_address(c, i))
        return 0;
    size_t camel = latin_camel(c, i, name);
    if (camel)
        return camel;
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
    dy_buf b2 = {0};
    latin_word_put(s, n, alphabet, &b2);
    dy_nc_emit(c, b2.data, tok(c, i)->src, name, tok(c, i)->space_before);
    dy_buf_fini(&b2);
    return 1;
}

/* Section 21 with opts->no_latin_voice: a Latin-script word is spelled in Cyrillic for the
 * Kazakh voice ("Microsoft" -> микрософт). Without the option Latin words go to eSpeak's English
 * voice unchanged (the word rule). Kazakh in Latin letters is read in Cyrillic either way. */
/* A Latin acronym in capitals that is said as a word, joined by a hyphen to a Kazakh word or
 * ending ("SIM-картасыз", "PIN-кодты", "NATO-ға"): a consonant first, then vowels and consonants
 * in turn, three to five letters. The Kazakh voice says it as the compound's first part (сим-
 * картасыз, натоға); eSpeak's English voice spelled it "es ai em". GPS, USB, ID stay spelled. */
static size_t latin_caps_compound(nctx *c, size_t i, const char *name)
{
    if (!is_word(c, i) || tlen(c, i) < 3 || tlen(c, i) > 5 || !tok_is(c, i + 1, "-") ||
        !glued(c, i + 1) || !is_word(c, i + 2) || !glued(c, i + 2) ||
        !dy_is_cyrillic(first_cp(c, i + 2)) || (i > 0 && glued(c, i) && !is_punct(c, i - 1)))
        return 0;
    static const char VOWELS[] = "AEIOUY";
    const char *s = tstr(c, i);
    for (size_t k = 0; k < tlen(c, i); k++) {
        if (s[k] < 'A' || s[k] > 'Z')
            return 0;
        bool vowel = strchr(VOWELS, s[k]) != NULL;
        if (vowel != (k % 2 == 1))
            return 0;
    }
    dy_buf w = {0};
    dy_kk_latin_to_cyrillic(&w, s, tlen(c, i));
    dy_kk_morph chain[8];
    int n = dy_kk_parse_tail_after(w.data, tstr(c, i + 2), tlen(c, i + 2), chain, 8);
    if (n > 0) { /* an ending: "NATO-ға" -> натоға */
        dy_buf b = {0};
        dy_nc_put_inflected(&b, w.data, chain, n);
        dy_buf_fini(&w);
        w = b;
    } else {
        dy_buf_putc(&w, '-');
        dy_buf_append(&w, tstr(c, i + 2), tlen(c, i + 2));
    }
    dy_nc_emit(c, w.data, dy_nc_span_of(c, i, i + 2), name, tok(c, i)->space_before);
    dy_buf_fini(&w);
    return 3;
}

size_t dy_nr_latin(nctx *c, size_t i, const char *name)
{
    size_t caps = latin_caps_compound(c, i, name);
    if (caps)
        return caps;
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

/* The glued word and number tokens from k (a label of a file name or a hex string): the last
 * one's index, its text s[0..*n) (ASCII letters and digits only when *ascii). */
static size_t label_end(const nctx *c, size_t k, size_t *n, bool *ascii)
{
    size_t e = k;
    while (e + 1 < c->n && glued(c, e + 1) && (is_word(c, e + 1) || is_num(c, e + 1)))
        e++;
    const char *s = tstr(c, k);
    *n = tok(c, e)->src.end - tok(c, k)->src.start;
    *ascii = true;
    for (size_t j = 0; j < *n; j++)
        *ascii &= s[j] > 0 && is_alnum_ascii(s[j]);
    return e;
}

/* Is token k glued after a word, a number or a joiner of a file name (the rule starts at the
 * name's first token)? */
static bool glued_after_name(const nctx *c, size_t k)
{
    return k > 0 && glued(c, k) &&
           (is_word(c, k - 1) || is_num(c, k - 1) || tok_is(c, k - 1, ".") ||
            tok_is(c, k - 1, "-") || tok_is(c, k - 1, "_") || tok_is(c, k - 1, "#"));
}

/* A file name (section 21 is silent; read as its bare domains): labels of letters and digits
 * joined by ".", "-" or "_" and a known extension after the last "." (file_extensions.tsv):
 * "есеп.docx" -> есеп нүкте docx, "3fa9c2e1.txt" -> үш эф эй тоғыз си екі и бір нүкте txt. A
 * Latin label as in a URL (a hex one character at a time), a Cyrillic one as written, the
 * separators нүкте, дефис, астыңғы сызық, the extension in Latin letters. */
size_t dy_nr_file_name(nctx *c, size_t i, const char *name)
{
    if (!(is_word(c, i) || is_num(c, i)) || glued_after_name(c, i))
        return 0;
    size_t k = i, ext = 0, n;
    bool ascii;
    for (;;) { /* the last label that is an extension after a "." */
        size_t e = label_end(c, k, &n, &ascii);
        if (k > i && tok_is(c, k - 1, ".") && e == k && is_word(c, k) &&
            dy_kk_is_file_extension(tstr(c, k), tlen(c, k)))
            ext = k;
        if (!(tok_is(c, e + 1, ".") || tok_is(c, e + 1, "-") || tok_is(c, e + 1, "_")) ||
            !glued(c, e + 1) || !glued(c, e + 2) || !(is_word(c, e + 2) || is_num(c, e + 2)))
            break;
        k = e + 2;
    }
    if (!ext)
        return 0;
    dy_span src = dy_nc_span_of(c, i, ext);
    for (k = i; k <= ext;) {
        if (is_punct(c, k)) {
            const char *sep = tok_is(c, k, ".")   ? "нүкте"
                              : tok_is(c, k, "-") ? "дефис"
                                                  : "астыңғы сызық";
            dy_nc_emit_words(c, sep, src, name, true);
            k++;
            continue;
        }
        size_t e = label_end(c, k, &n, &ascii);
        bool left = k == i && !tok(c, i)->space_before;
        if (ascii) {
            emit_label(c, tstr(c, k), n, src, name, k == ext ? 4 : 0, left);
        } else {
            for (size_t j = k; j <= e; j++) {
                dy_buf b = {0};
                if (is_num(c, j))
                    dy_nc_say_number(c, j, NULL, 0, &b);
                else
                    dy_buf_append(&b, tstr(c, j), tlen(c, j));
                dy_nc_emit_words(c, b.data, src, name, !(j == i && left));
                dy_buf_fini(&b);
            }
        }
        k = e + 1;
    }
    return ext + 1 - i;
}

/* A hexadecimal string standing alone (a hash, a commit, a colour after #): "7287be9" -> жеті
 * екі сегіз жеті би и тоғыз, "#ff8800" -> эф эф сегіз сегіз нөл нөл (the # not said). The
 * specification is silent; a careful reader spells a code he cannot read as a number. */
/* Does the sentence speak of a number system: 2 when of the binary one (екілік), 16 when of the
 * hexadecimal one (оналтылық), 0 when of neither? */
static int radix_context(const nctx *c)
{
    if (dy_nc_sentence_has_stem(c, "екілік"))
        return 2;
    return dy_nc_sentence_has_stem(c, "оналтылық алтылық") ? 16 : 0; /* also "он алтылық" */
}

/* In a lesson on number systems, a numeral of that system is said a digit at a time, its letters
 * by their school names: "1010101" (екілік) -> бір нөл бір нөл бір нөл бір, "3E5A1"
 * (оналтылық) -> үш е бес а бір. */
static bool radix_digits(const char *s, size_t n, int radix)
{
    size_t letters = 0;
    for (size_t k = 0; k < n; k++) {
        bool digit = radix == 2 ? (s[k] == '0' || s[k] == '1') : (s[k] >= '0' && s[k] <= '9');
        bool letter = radix == 16 && s[k] >= 'A' && s[k] <= 'F';
        if (!digit && !letter)
            return false;
        letters += letter;
    }
    return radix == 2 ? n >= 4 : letters > 0 && n >= 2;
}

size_t dy_nr_hex(nctx *c, size_t i, const char *name)
{
    bool hash = tok_is(c, i, "#") && glued(c, i + 1);
    size_t k = i + hash, n;
    bool ascii;
    if (k >= c->n || !(is_word(c, k) || is_num(c, k)) || glued_after_name(c, i))
        return 0;
    size_t e = label_end(c, k, &n, &ascii);
    int radix = ascii && !hash && (is_num(c, k) || tlen(c, k) < n) ? radix_context(c) : 0;
    if (radix && radix_digits(tstr(c, k), n, radix)) {
        dy_buf b = {0};
        for (size_t p = 0; p < n; p++) {
            if (p)
                dy_buf_putc(&b, ' ');
            const char *d = tstr(c, k) + p;
            if (*d >= '0' && *d <= '9')
                dy_kk_digits(&b, d, 1);
            else
                dy_buf_puts(&b, dy_nr_school_letter((unsigned char)*d));
        }
        dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, e), name, tok(c, i)->space_before);
        dy_buf_fini(&b);
        return e + 1 - i;
    }
    if (!ascii || !hex_like(tstr(c, k), n, hash))
        return 0;
    dy_buf b = {0};
    say_hex(tstr(c, k), n, &b);
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, e), name, tok(c, i)->space_before);
    dy_buf_fini(&b);
    return e + 1 - i;
}
