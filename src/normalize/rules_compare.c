/* A comparison sign before a value in prose (normalize stage, rule table in normalize.c):
 * "қысым < 90 мм сын. бағ." -> қысым тоқсан миллиметр сынап бағанасынан төмен, "≥ 140" -> жүз
 * қырық және одан жоғары. Kazakh puts the compared value first, in the ablative, before the
 * comparative; 17.2's sign words said in the sign's place ("кіші тоқсан") are Russian order.
 * Between two terms of a formula ("x < 5", "a ≥ b", "5 > 3") the sign keeps its 17.2 word
 * (rules_punct.c); what is a formula is dy_nr_formula_token of rules_math.c. */
#include "normalize/rules.h"

#include <string.h>

#include "core/util.h"
#include "kk/numbers.h"
#include "normalize/context.h"

/* The sign at i: '<', '>', 0x2264 (≤), 0x2265 (≥), with "<=" and ">=" folded to ≤ and ≥;
 * 0 for none. *len gets its tokens (2 for "<=", else 1). */
static int32_t sign_at(const nctx *c, size_t i, size_t *len)
{
    *len = 1;
    if (!is_punct(c, i))
        return 0;
    int32_t cp = first_cp(c, i);
    if (tlen(c, i) != (cp < 0x80 ? 1u : 3u))
        return 0;
    if ((cp == '<' || cp == '>') && tok_is(c, i + 1, "=") && glued(c, i + 1)) {
        *len = 2;
        return cp == '<' ? 0x2264 : 0x2265;
    }
    return cp == '<' || cp == '>' || cp == 0x2264 || cp == 0x2265 ? cp : 0;
}

/* Does the word end in an ablative already ("5 кг-нан" -> килограмнан)? */
static bool ablative(const char *w)
{
    static const char *const ABL[] = {"дан", "ден", "тан", "тен", "нан", "нен"};
    return dy_nc_ends_with_any(w, ABL, COUNT(ABL));
}

/* Appends the ablative of the spoken word w: a unit that ends in a possessive after a vowel
 * ("сынап бағанасы" -> бағанасынан) takes the post-possessive -нан/-нен, any other word the
 * ablative of 4.3 ("тоқсан" -> тоқсаннан, "пайыз" -> пайыздан). */
static void put_ablative(dy_buf *out, const char *w, bool compound)
{
    static const dy_kk_morph ABL[] = {DY_KK_ABL};
    static const dy_kk_morph POSS_ABL[] = {DY_KK_POSS3, DY_KK_ABL};
    size_t n = strlen(w);
    bool poss = compound && n > 4 &&
                (dy_nc_ends_with(w, "\u0441\u044b") || dy_nc_ends_with(w, "\u0441\u0456"));
    if (poss) {
        size_t k = n - 4, p = 0; /* the letter before "сы": a vowel */
        int32_t cp = 0;
        while (p < k)
            cp = dy_utf8_next(w, k, &p);
        poss = dy_nc_is_vowel(cp);
    }
    if (!poss) {
        dy_kk_inflect(out, w, ABL, 1);
        return;
    }
    char *stem = dy_xstrdup(w);
    stem[n - 4] = '\0';
    dy_kk_inflect(out, stem, POSS_ABL, 2);
    free(stem);
}

/* One spoken piece taken back from the output to be emitted again. */
typedef struct piece_copy {
    char *s;
    dy_span src;
    const char *rule;
    bool space;
} piece_copy;

size_t dy_nr_compare(nctx *c, size_t i, const char *name)
{
    size_t len;
    int32_t sign = sign_at(c, i, &len);
    size_t v = i + len;
    /* the value: a number, glued or spaced; not the second term of a formula ("x < 5"), not a
     * run of arrows ("<<", ">>>") */
    bool left_term =
        i > 0 && dy_nr_formula_token(c, i - 1) && !tok_is(c, i - 1, "(") && !tok_is(c, i - 1, "[");
    bool minus = (tok_is(c, v, "-") || tok_is(c, v, "\u2212")) && is_num(c, v + 1) &&
                 glued(c, v + 1); /* "≤ -5 °C" */
    if (!sign || !(is_num(c, v) || minus) || left_term ||
        (i > 0 && sign_at(c, i - 1, &(size_t){0})))
        return 0;
    dy_utt *u = c->u;
    size_t w0 = u->words.len;
    size_t used = dy_nr_apply_once(c, v, NULL);
    if (minus && used == 1)
        used += dy_nr_apply_once(c, v + 1, NULL); /* the minus said alone, then its number */
    if (is_punct(c, v + used) && glued(c, v + used) &&
        (tok_is(c, v + used, "%") || tok_is(c, v + used, "\u2030")))
        used += dy_nr_apply_once(c, v + used, NULL); /* "<0,5%" when the number was read alone */
    size_t last = u->words.len; /* the last word of the value: its last alphabetic piece */
    for (size_t k = u->words.len; k-- > w0;)
        if (dy_is_letter(dy_utf8_next(u->spoken.data + u->words.items[k].off, u->words.items[k].len,
                                      &(size_t){0}))) {
            last = k;
            break;
        }
    if (last == u->words.len)
        return len + used; /* nothing to attach to: the value's words stand as they are */
    /* take back the last word and the marks after it */
    size_t ntail = u->words.len - last;
    piece_copy *tail = dy_xcalloc(ntail, sizeof *tail);
    for (size_t k = 0; k < ntail; k++) {
        const dy_word *w = &u->words.items[last + k];
        tail[k] = (piece_copy){dy_xstrndup(u->spoken.data + w->off, w->len), w->src, w->rule,
                               w->off > 0 && u->spoken.data[w->off - 1] == ' '};
    }
    u->spoken.len = u->words.items[last].off;
    u->spoken.data[u->spoken.len] = '\0';
    u->words.len = last;
    c->prev = P_START; /* the space before the word is still in the output */
    dy_buf b = {0};
    dy_span src = tail[0].src; /* the comparative reads the value's last word (spans only grow) */
    if (sign == '<' || sign == '>') {
        if (ablative(tail[0].s))
            dy_buf_puts(&b, tail[0].s);
        else
            put_ablative(&b, tail[0].s, last > w0);
        dy_nc_emit(c, b.data, tail[0].src, tail[0].rule, false);
        dy_nc_emit(c, sign == '<' ? "төмен" : "жоғары", src, name, true);
    } else {
        dy_nc_emit(c, tail[0].s, tail[0].src, tail[0].rule, false);
        dy_nc_emit_words(c, sign == 0x2264 ? "және одан төмен" : "және одан жоғары", src, name,
                         true);
    }
    for (size_t k = 0; k < ntail; k++) {
        if (k > 0)
            dy_nc_emit(c, tail[k].s, tail[k].src, tail[k].rule, tail[k].space);
        free(tail[k].s);
    }
    free(tail);
    dy_buf_fini(&b);
    return len + used;
}
