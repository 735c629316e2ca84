/* Rules for punctuation and symbols (normalize stage, rule table in normalize.c): marks that
 * make pauses are kept in one form, symbols with a Kazakh name are said, the rest is dropped; and
 * list labels "1)"; a unit with no number in brackets, after a blank ("(млн. га)", "____ мл"),
 * after неше / қанша or бірлігі, or at the end of a heading "quantity, unit" ("Масса, кг").
 * kazakh-normalization.md sections 7.6 rule 1, 14.1 (°С), 16, 17.2 and 22. */
#include "normalize/rules.h"

#include <string.h>

#include "kk/tables.h"
#include "normalize/context.h"
#include "text/chars.h"

/* Sentence punctuation of ? ! that a writer doubled ("?!", "!!!", "?..", "‼"): the first mark. */
static bool is_terminator(const nctx *c, size_t i)
{
    return is_punct(c, i) && dy_char_is_terminator(first_cp(c, i));
}

/* Is the dash at i, glued on both sides, the dash of a range whose ends both carry their unit
 * ("12°-15°", "10%-15%", "20°С-25°С", "5м-10м")? A number with its unit sign or unit word before
 * it, and a number (or its sign) after it. */
static bool unit_range(const nctx *c, size_t i)
{
    if (i < 2 || !glued(c, i) || !glued(c, i + 1))
        return false;
    size_t n = tok_is(c, i + 1, "+") || is_dash(c, i + 1) ? i + 2 : i + 1;
    if (!is_num(c, n) || !glued(c, n))
        return false;
    size_t k = i - 1;
    if (is_word(c, k) && (tok_is(c, k - 1, "\u00b0") || tok_is(c, k - 1, "\u2103")) && glued(c, k))
        k--; /* "°С" */
    if (tok_is(c, k, "\u00b0") || tok_is(c, k, "%") || tok_is(c, k, "\u2030"))
        return is_num(c, k - 1) && glued(c, k);
    return is_word(c, k) && is_num(c, k - 1) && dy_kk_unit_word(tstr(c, k), tlen(c, k)) != NULL;
}

/* Is word k an ending typed apart ("ЖОО- лар", "АҚШ- та"): a chain of suffixes alone? */
static bool word_is_ending(const nctx *c, size_t k)
{
    dy_kk_morph chain[6];
    dy_buf b = {0};
    const char *w = dy_nc_lower_word(c, k, &b);
    bool ending = dy_kk_parse_tail(w, strlen(w), chain, 6) > 0;
    dy_buf_fini(&b);
    return ending;
}

/* Is word k written in capitals only ("КВИ", "ПТР")? */
static bool caps_word(const nctx *c, size_t k)
{
    for (size_t p = 0; p < tlen(c, k);) {
        int32_t cp = dy_utf8_next(tstr(c, k), tlen(c, k), &p);
        if (!dy_is_letter(cp) || !dy_is_upper(cp))
            return false;
    }
    return true;
}

/* A reference to a numbered source in square brackets typed apart from its word ("салынды [1].",
 * "күмбез. [1]", "[1. 164 б]", "[3, б. 15]", "[2, 5]"): a scholarly text's citation, said as
 * nothing (section 22 is silent on the spaced form). The numbers, with a page word (б, бет, с,
 * стр, p, т) or joined by commas, after a word or a closing mark; a list of two numbers is no
 * citation in a sentence with a relation or set sign (an interval: "x ∈ [1, 5]", "[1, 5]
 * кесіндісі"), nor one joined by ";" ("Жауап: [2; 7]"); one that ends its line with no page may
 * be a task's marks. Returns the tokens used. */
static size_t reference_mark(const nctx *c, size_t i)
{
    static const char *const PAGE[] = {"б", "бет", "с", "стр", "p", "pp", "т", "Б", "С", "P"};
    if (!is_num(c, i + 1) || !glued(c, i + 1) || tok_is(c, i + 1, "0") || tlen(c, i + 1) > 4 ||
        (i > 0 && !spaced(c, i)))
        return 0;
    size_t k = i + 2, numbers = 1;
    bool page = false, comma = false;
    for (; k < c->n && k < i + 12 && !tok_is(c, k, "]"); k++) {
        if (is_num(c, k) && tlen(c, k) <= 4)
            numbers++;
        else if (tok_is(c, k, ","))
            comma = true;
        else if (tok_is(c, k, ";") && page) /* "[1; 3-б.]"; "[2; 7]" is an interval */
            continue;
        else if (tok_is(c, k, ".") || tok_is(c, k, "-") || tok_is(c, k, "\u2013") ||
                 tok_is(c, k, ":"))
            continue;
        else if (is_word(c, k) && dy_nc_word_in(c, k, PAGE, COUNT(PAGE)))
            page = true;
        else
            return 0;
    }
    if (!tok_is(c, k, "]") || !glued(c, k))
        return 0;
    if (numbers > 1 && !page) {
        if (!comma)
            return 0;
        if (c->cache->interval < 0) { /* found once for the sentence */
            c->cache->interval = 0;
            for (size_t q = 0; q < c->n && !c->cache->interval; q++)
                c->cache->interval =
                    dy_nr_is_relation(c, q) || tok_is(c, q, "\u2208") || tok_is(c, q, "\u221e") ||
                    tok_is(c, q, "\u222a") || dy_nc_word_starts(c, q, "кесінді") ||
                    dy_nc_word_starts(c, q, "аралығ") || dy_nc_word_starts(c, q, "интервал");
        }
        if (c->cache->interval)
            return 0;
    }
    /* after a word, a closing mark or nothing; before the end, a mark or a lower-case word */
    if (i > 0 && (dy_nc_word_starts(c, i - 1, "қараңыз") || tok_is(c, i - 1, "қара") ||
                  tok_is(c, i - 1, "Қара") || tok_is(c, i - 1, "см")))
        return 0; /* the reference is what is said: "Қараңыз [5]." */
    bool before = i == 0 || is_word(c, i - 1) ||
                  (is_punct(c, i - 1) && strchr(".,;)\"", tstr(c, i - 1)[0]) != NULL) ||
                  dy_char_is_quote_close(first_cp(c, i - 1));
    bool after =
        k + 1 >= c->n || is_punct(c, k + 1) || (is_word(c, k + 1) && !starts_upper(c, k + 1));
    /* one at the end of a line may be a task's marks ("… анықтаңыз [2]", "жаз. [1]"): it is said */
    if (!before || !after || (k + 1 >= c->n && !page))
        return 0;
    return k + 1 - i;
}

/* Section 22 and 17: punctuation that makes pauses is kept (quotes become « », "..." and ".."
 * become …, a spaced hyphen or an em dash is an en dash, "?!" keeps its first mark), symbols
 * with a Kazakh name are said, footnote marks and the rest are dropped. */
size_t dy_nr_punct(nctx *c, size_t i, const char *name)
{
    const dy_token *t = tok(c, i);
    dy_span src = t->src;
    int32_t cp = first_cp(c, i);
    bool space = t->space_before;
    bool space_after = i + 1 >= c->n || tok(c, i + 1)->space_before;
    if (cp == 0x00B0 || cp == 0x00BA) {
        /* "°С", "°C", "ºС" are one sign: градус, with a suffix rebuilt on it ("2°С-тан" ->
         * екі градустан; section 14.1) */
        size_t k = i + 1;
        if ((tok_is(c, k, "C") || tok_is(c, k, "\u0421")) && glued(c, k))
            k++;
        dy_kk_morph chain[8];
        int n = -1;
        if (tok_is(c, k, "-") && glued(c, k) && is_word(c, k + 1) && glued(c, k + 1))
            n = dy_kk_parse_tail_after("градус", tstr(c, k + 1), tlen(c, k + 1), chain, 8);
        dy_buf b = {0};
        dy_kk_inflect(&b, "градус", chain, n > 0 ? (size_t)n : 0);
        dy_nc_emit(c, b.data, dy_nc_span_of(c, i, n >= 0 ? k + 1 : k - 1), "symbol", true);
        dy_buf_fini(&b);
        return n >= 0 ? k + 2 - i : k - i;
    }
    /* the minus sign typed for a dash before a word of prose: "сұрақтары: − Абайдың өмірі" */
    if (cp == 0x2212 && is_word(c, i + 1) && spaced(c, i + 1) && letters(c, i + 1) >= 2 &&
        dy_is_cyrillic(first_cp(c, i + 1))) {
        dy_nc_emit(c, "\u2013", src, name, i > 0);
        return 1;
    }
    /* a dash between two quoted names, its spaces lost: "«Тобыл»-«Қайрат» – 3:5" */
    if (cp == '-' && i > 0 && i + 1 < c->n && dy_char_is_quote_close(first_cp(c, i - 1)) &&
        dy_char_is_quote_open(first_cp(c, i + 1)) && is_punct(c, i - 1) && is_punct(c, i + 1)) {
        dy_nc_emit(c, "\u2013", src, name, true);
        c->prev = P_WORD; /* the name after it is spaced */
        return 1;
    }
    /* a range's dash between a word and the next value, its spaces lost: "3 аяз-3 жылыға" */
    if (cp == '-' && i > 1 && glued(c, i) && glued(c, i + 1) && is_num(c, i + 1) &&
        is_word(c, i - 1) && letters(c, i - 1) >= 3 && !starts_upper(c, i - 1) &&
        dy_is_cyrillic(first_cp(c, i - 1)) && is_num(c, i - 2) && spaced(c, i - 1)) {
        dy_nc_emit(c, "\u2013", src, name, true);
        c->prev = P_WORD; /* the value after it is spaced: " – үш" */
        return 1;
    }
    if (cp == '-' && i > 0 && glued(c, i) && is_word(c, i - 1) && letters(c, i - 1) >= 2 &&
        caps_word(c, i - 1) && !c->all_caps &&
        (tok_is(c, i + 1, ")") || tok_is(c, i + 1, ",") || tok_is(c, i + 1, ";") ||
         (spaced(c, i + 1) && is_word(c, i + 1) && !word_is_ending(c, i + 1) &&
          !caps_word(c, i + 1)))) {
        /* a negative result after an acronym: "5 894 КВИ-)", "КВИ+, КВИ- шалдыққандар"; not the
         * dash of a title in capitals, "“ҚОБЫЗ АТАСЫ- ЫҚЫЛАС”" */
        dy_nc_emit(c, "минус", src, name, true);
        return 1;
    }
    if (cp == 0x2640 || cp == 0x2642) {
        size_t b = t->src.start, a = t->src.end;
        int32_t before = dy_utf8_prev(c->text, &b);
        int32_t after = a < c->end ? dy_utf8_next(c->text, c->end, &a) : 0;
        if (before == 0x200D || before >= 0x1F000 || after == 0xFE0F || after == 0x200D)
            return 1; /* part of an emoji ("🏃♂️", "🙋‍♂️"), no sign of sex */
    }
    /* signs a page typed with look-alikes, between a variable and a value: "р › 0,02" (> as a
     * guillemet), "x €[1 ; 2 ]" (∈ as the euro sign) */
    bool var_before = i > 0 && is_word(c, i - 1) && letters(c, i - 1) == 1 && spaced(c, i);
    if ((cp == 0x203A || cp == 0x2039) && var_before && spaced(c, i + 1) && is_num(c, i + 1)) {
        dy_nc_emit(c, cp == 0x203A ? "үлкен" : "кіші", src, name, true);
        return 1;
    }
    if (cp == 0x20AC && var_before && (tok_is(c, i + 1, "[") || tok_is(c, i + 1, "("))) {
        dy_nc_emit(c, "тиісті", src, name, true);
        return 1;
    }
    const char *word = dy_kk_symbol_word(cp);
    /* a symbol alone on its line (a page's close button "×"), or a run of arrows typed with
     * comparison signs ("Смотреть все>>>", "<< Артқа") says nothing (17.2 is silent) */
    size_t run = 1;
    while ((cp == '>' || cp == '<') && tok_is(c, i + run, cp == '>' ? ">" : "<") &&
           glued(c, i + run))
        run++;
    if (word && (c->n == 1 || run > 1))
        return run;
    if (cp == '|' || cp == 0x2192 || cp == 0x21D2 || cp == 0x27A1 || cp == 0x27F6) {
        /* a table's cell border "|" and an arrow → ⇒ ➡ ⟶ between two parts: a pause */
        /* the arrow of a reaction, after a formula the chemistry rule read: тең */
        const dy_word *last = c->u->words.len ? &c->u->words.items[c->u->words.len - 1] : NULL;
        if (cp != '|' && last && last->rule && !strcmp(last->rule, "chemistry") && i + 1 < c->n &&
            (is_word(c, i + 1) || is_num(c, i + 1))) {
            dy_nc_emit(c, "тең", src, name, true);
            return 1;
        }
        bool index_before = i > 0 && (dy_char_subscript_digit(first_cp(c, i - 1)) >= 0 ||
                                      dy_char_superscript_digit(first_cp(c, i - 1)) >= 0);
        if (i > 0 && i + 1 < c->n && (!is_punct(c, i - 1) || index_before) &&
            !is_punct(c, i + 1)) /* "O₂ → CO₂": an index ends the term before it */
            dy_nc_emit(c, ",", src, name, false);
        return 1;
    }
    if ((cp == '<' || cp == '>') && tok_is(c, i + 1, "=") && glued(c, i + 1) && i > 0) {
        /* "x <= 5", "a >= b": the ASCII ≤ and ≥ (17.2) */
        dy_nc_emit_words(c, cp == '<' ? "кіші немесе тең" : "үлкен немесе тең",
                         dy_nc_span_of(c, i, i + 1), "symbol", space);
        return 2;
    }
    if (cp == '+' && space && space_after && i > 0 && is_num(c, i - 1) && is_num(c, i + 1))
        word = "қосу"; /* arithmetic: 5 + 3 = 8 -> бес қосу үш тең сегіз (17.2) */
    if ((cp == '~' || cp == 0x2248) && is_num(c, i + 1))
        word = "шамамен"; /* ~100 -> шамамен жүз */
    if (cp == 0x221A || cp == 0x221B) { /* √16 -> он алтының квадрат түбірі (17.2 is silent) */
        const char *root = cp == 0x221A ? "квадрат түбір" : "куб түбір";
        if (is_num(c, i + 1) && glued(c, i + 1) &&
            !(glued(c, i + 2) && is_punct(c, i + 2) &&
              (tok_is(c, i + 2, ",") || tok_is(c, i + 2, ".")) && is_num(c, i + 3))) {
            static const dy_kk_morph GEN[] = {DY_KK_GEN};
            dy_buf b = {0};
            dy_nc_say_number(c, i + 1, GEN, 1, &b);
            dy_buf_puts(&b, " ");
            dy_buf_puts(&b, root);
            dy_buf_puts(&b, "і"); /* its possessive: түбірі */
            dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 1), "symbol", space);
            dy_buf_fini(&b);
            return 2;
        }
        dy_nc_emit_words(c, root, src, "symbol", space); /* √(a + b), √x */
        return 1;
    }
    if (cp == 0x00A7 && is_num(c, i + 1) && tlen(c, i + 1) <= 3) {
        /* § 5 -> бесінші параграф */
        dy_buf b = {0};
        dy_nc_say_number(c, i + 1, ORD, 1, &b);
        dy_buf_puts(&b, " параграф");
        dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 1), "symbol", space);
        dy_buf_fini(&b);
        return 2;
    }
    /* between two operands of a formula: "F/a қатынасы", "m1/m2" -> бөлу */
    if (cp == '/' && i > 0 && !space && glued(c, i + 1) && dy_nr_operand_end(c, i - 1) &&
        is_word(c, i + 1) && letters(c, i + 1) == 1 && !dy_is_cyrillic(first_cp(c, i + 1))) {
        dy_nc_emit_words(c, "бөлу", src, "symbol", true);
        return 1;
    }
    if (cp == '/' && i > 0 && is_word(c, i - 1) && is_word(c, i + 1)) {
        /* "a/b" between words: немесе; "және/немесе" -> және немесе (said once) */
        static const char *const OR[] = {"немесе"};
        if (dy_nc_word_in(c, i + 1, OR, 1) || dy_nc_word_in(c, i - 1, OR, 1))
            return 1;
        /* a photo credit after a Kazakh word ("ескерткіште/Alamy", "Сурет/Reuters") or a
         * separator of a path or heading ("Home / ТЖКБ-ге", "қосымша/   Қазақстан"): a pause,
         * not a choice between the two (17.2 is silent) */
        if (dy_nr_slash_separator(c, i) ||
            (dy_is_cyrillic(first_cp(c, i - 1)) && !dy_is_cyrillic(first_cp(c, i + 1)) &&
             dy_is_upper(first_cp(c, i + 1)) && (i + 2 >= c->n || !glued(c, i + 2)))) {
            dy_nc_emit(c, ",", src, name, false);
            return 1;
        }
        word = "немесе";
    }
    if (word) {
        dy_nc_emit_words(c, word, src, "symbol", true);
        return 1;
    }
    if ((cp == '.' || cp == ',') && !space && i > 0 && is_num(c, i - 1) && is_num(c, i + 1) &&
        glued(c, i + 1)) {
        /* between digits that no number rule read ("25.10.1917", "2.3.1"): a short pause */
        dy_nc_emit(c, ",", src, name, false);
        return 1;
    }
    int32_t mark = dy_char_terminator_mark(cp); /* ! ‼ ！ ⁉ are "!", ? ⁇ ？ ⁈ ‽ are "?" */
    if (mark == '?' || mark == '!') {
        size_t k = i;
        while (k + 1 < c->n && is_terminator(c, k + 1) && glued(c, k + 1))
            k++;
        dy_nc_emit(c, mark == '?' ? "?" : "!", dy_nc_span_of(c, i, k), name, space);
        return k + 1 - i;
    }
    if (cp != '\'' && (dy_char_is_quote_open(cp) || dy_char_is_quote_close(cp))) {
        /* quotes become « »; one that can do both (" “ ‘) opens at the start, after a space or
         * a bracket, and closes elsewhere (German „Алаш“). The ASCII ' is more often an
         * apostrophe or a prime than a quote: dropped below. */
        bool after_dash = i > 1 && tok_is(c, i - 1, "-") && glued(c, i - 1) &&
                          dy_char_is_quote_close(first_cp(c, i - 2)); /* "«Тобыл»-«Қайрат»" */
        bool open = dy_char_is_quote_open(cp) &&
                    (!dy_char_is_quote_close(cp) || i == 0 || space || tok_is(c, i - 1, "(") ||
                     tok_is(c, i - 1, "[") || after_dash);
        dy_nc_emit(c, open ? "\u00ab" : "\u00bb", src, name, space || (open && after_dash));
        return 1;
    }
    if (dy_char_is_dash(cp)) {
        if (unit_range(c, i)) { /* 12°-15° -> он екі градус – он бес градус */
            dy_nc_emit(c, "\u2013", src, name, true);
            c->prev = P_WORD; /* the number after it is spaced */
            return 1;
        }
        bool between_words =
            !space && !space_after && i > 0 && is_word(c, i - 1) && is_word(c, i + 1);
        /* a compound's hyphen with a stray space after it: "тарихи- мәдени" */
        bool stray = !space && space_after && tok_is(c, i, "-") && i > 0 && is_word(c, i - 1) &&
                     dy_is_cyrillic(first_cp(c, i - 1)) && is_word(c, i + 1) &&
                     dy_is_cyrillic(first_cp(c, i + 1)) && !dy_is_upper(first_cp(c, i + 1));
        /* an ending typed after a spaced dash on a Latin name: "Sulpak - та" -> Sulpak-та (the
         * particle та/да never follows a dash, so after a name it is the locative) */
        bool name_tail = space && space_after && i > 0 && is_word(c, i - 1) &&
                         first_cp(c, i - 1) < 0x0250 && dy_nc_is_ending_after_dash(c, i + 1) &&
                         !(glued(c, i + 2) && !is_punct(c, i + 2));
        if (name_tail) {
            dy_nc_emit(c, "-", src, name, false);
            c->prev = P_OPEN; /* the ending is glued to it */
        } else if (between_words || stray) { /* өзін-өзі, әлеуметтік–экономикалық (3.3) */
            dy_nc_emit(c, "-", src, name, false);
            if (stray)
                c->prev = P_OPEN;                  /* the next word is glued to it */
        } else if (space || space_after || i == 0) /* бірінші - қазақ -> бірінші – қазақ */
            dy_nc_emit(c, "\u2013", src, name, true);
        return 1;
    }
    switch (cp) {
    case '.':
        if (tok_is(c, i + 1, ".") && glued(c, i + 1)) {
            size_t k = i + 1;
            while (tok_is(c, k + 1, ".") && glued(c, k + 1))
                k++;
            dy_nc_emit(c, "\u2026", dy_nc_span_of(c, i, k), name, space);
            return k + 1 - i;
        }
        break;
    case '[': {
        size_t ref = reference_mark(c, i);
        if (ref)
            return ref;
        /* a footnote mark glued to a word, a sign or another mark ("сөз[1]", "ханы.[2]",
         * "[2][өңдеу]"), and a wiki's edit link ("[өңдеу]", "[edit]"): said as nothing */
        if (is_num(c, i + 1) && glued(c, i + 1) && tok_is(c, i + 2, "]") && glued(c, i + 2) &&
            ((!space && i > 0) || (tok_is(c, i + 3, "[") && glued(c, i + 3))))
            return 3;
        if ((tok_is(c, i + 1, "өңдеу") || tok_is(c, i + 1, "edit") || tok_is(c, i + 1, "түзету") ||
             tok_is(c, i + 1, "править")) &&
            glued(c, i + 1) && tok_is(c, i + 2, "]") && glued(c, i + 2))
            return 3;
        break;
    }
    case '#': {
        /* hashtags: a run of two or more ("#жоңғар #қалмақ") is a site's tag list, said as
         * nothing; one alone ("#Қазақстан туралы") is its word, without the sign */
        size_t k = i, tags = 0;
        while (tok_is(c, k, "#") && glued(c, k + 1) &&
               (is_word(c, k + 1) || (is_num(c, k + 1) && is_word(c, k + 2) && glued(c, k + 2)))) {
            k += 2;
            while (k < c->n && glued(c, k) && (is_word(c, k) || is_num(c, k) || tok_is(c, k, "_")))
                k++; /* "#қазақ_тілі", "#2024жыл" */
            tags++;
        }
        if (tags >= 2)
            return k - i;
        if (tags == 1)
            return 1;
        break;
    }
    case '{': dy_nc_emit(c, "(", src, name, space); return 1;
    case '}': dy_nc_emit(c, ")", src, name, space); return 1;
    default: break;
    }
    switch (cp) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '(':
    case ')':
    case '[':
    case ']':
    case 0x2026: {
        /* a number in brackets glued to a number, an issue and its running number ("№ 2(14)",
         * "№8(403)"): a pause between the two, нөмір екі (он төрт) */
        if (cp == '(' && !space && i > 0 && is_num(c, i - 1) && is_num(c, i + 1) &&
            tok_is(c, i + 2, ")"))
            space = true;
        char s[8] = {0};
        memcpy(s, tstr(c, i), tlen(c, i) < 7 ? tlen(c, i) : 7);
        dy_nc_emit(c, s, src, name, space);
        return 1;
    }
    default: return 1; /* dropped: eSpeak would say it in English or not at all */
    }
}

/* Is "1." at i the first label of a list after a colon, the colon glued to it or not, before a
 * capitalised word (glued to its period too) or at the sentence's end: "Жұмыс барысы:1.Парта
 * шетіне …", "Әдебиеттер: 1." (the item on the next line)? Not after a word that names a value:
 * "Жауабы: 1." is the answer бір (value_words.tsv). The splitter keeps such a label with its item
 * (text/labels.c). */
static bool first_list_label(const nctx *c, size_t i)
{
    if (i < 2 || !tok_is(c, i, "1") || !tok_is(c, i - 1, ":") || !tok_is(c, i + 1, ".") ||
        !glued(c, i + 1) || !is_word(c, i - 2) ||
        dy_kk_is_value_word(tstr(c, i - 2), tlen(c, i - 2)))
        return false;
    return i + 2 == c->n || (is_word(c, i + 2) && dy_is_upper(first_cp(c, i + 2)) &&
                             dy_is_cyrillic(first_cp(c, i + 2)) && letters(c, i + 2) >= 3);
}

/* Is "N." at i a label of a list written inside the sentence after ":" or ";" ("бөлінеді: 1.
 * Ерте кезең …; 2. Дамыған кезең …"): the label N+1 follows after ";", or after white space
 * when no lower-case word follows it ("Ол 2. орында" numbers nothing), or the label N-1 stands
 * before it after ":" or ";" or at the sentence's start (the splitter keeps such a list in one
 * sentence, text/sentence.c);
 * or a capitalised word follows it in the sentence: the splitter ends a sentence there unless the
 * list goes on after it ("Тізім: 1. Алма. 2. Алмұрт.", whose items are sentences; text/labels.c).
 * After anything else (a bracket, a word, a number) it takes a run of three labels, N-1 and N+1
 * or N-2 and N-1: "Жауабы: 1. (0;3) 2. (-;0)U(4;+) 3. …".
 */
static bool inline_label(const nctx *c, size_t i)
{
    if (i == 0 || tlen(c, i) > 2 || !(spaced(c, i) || first_list_label(c, i)))
        return false;
    bool punct = tok_is(c, i - 1, ":") || tok_is(c, i - 1, ";");
    uint64_t v = dy_nc_num_value(c, i);
    if ((punct && tok_is(c, i + 1, ".") && glued(c, i + 1) && spaced(c, i + 2) &&
         starts_upper(c, i + 2)) ||
        first_list_label(c, i))
        return true;
    bool before1 = false, before2 = false, after1 = false;
    enum { ITEM_TOKENS = 256 }; /* how far the neighbouring labels may stand: keeps it linear */
    for (size_t k = i > ITEM_TOKENS ? i - ITEM_TOKENS : 0; k + 2 < c->n && k < i + ITEM_TOKENS;
         k++) {
        if (k == i || !is_num(c, k) || tlen(c, k) > 2 || (k > 0 && !spaced(c, k)) ||
            !tok_is(c, k + 1, ".") || !glued(c, k + 1) ||
            !(spaced(c, k + 2) || (is_num(c, k + 2) && tlen(c, k + 2) == 4)))
            continue; /* a label, also one glued to its year ("4.1841") */
        uint64_t w = dy_nc_num_value(c, k);
        bool opens = !is_word(c, k + 2) || !dy_is_letter(first_cp(c, k + 2)) ||
                     dy_is_upper(first_cp(c, k + 2)); /* not "Ол 2. орында" */
        bool after_punct = k == 0 || tok_is(c, k - 1, ":") || tok_is(c, k - 1, ";");
        after1 |= k > i && w == v + 1 && (tok_is(c, k - 1, ";") || opens);
        before1 |= k < i && w + 1 == v && (after_punct || (!punct && opens));
        before2 |= k < i && w + 2 == v && opens;
    }
    /* after a bracket or a word the list needs a run of three: "Жауабы: 1. (0;3) 2. (-;0) 3. …" */
    return punct ? after1 || before1 : before1 && (after1 || before2);
}

/* Section 7.5 over labels: enumerator labels "N)" joined by a comma, және, мен or немесе before
 * the numbered noun they share ("3), 4) тармақшалары", "3) және 4) тармақшалары") are ordinals
 * with the joiners as written and no pause of a list item: үшінші, төртінші тармақшалары.
 * Returns the tokens used, 0 when no such list starts at i. */
static size_t label_list(nctx *c, size_t i, const char *name)
{
    size_t k = i, members = 0;
    while (is_num(c, k) && tlen(c, k) <= 3 && !tok_is(c, k, "0") && tok_is(c, k + 1, ")") &&
           glued(c, k + 1) && (k == i || spaced(c, k))) {
        members++;
        if (spaced(c, k + 2) && is_word(c, k + 2) &&
            dy_kk_is_doc_noun(tstr(c, k + 2), tlen(c, k + 2)))
            break;
        size_t jn = dy_nc_joiner(c, k + 2);
        if (!jn || is_dash(c, k + 2))
            return 0;
        k += 2 + jn;
    }
    if (members < 2 || !is_num(c, k) || dy_nc_open_bracket_before(c, i))
        return 0;
    for (size_t m = i; m < k + 2;) {
        if (is_num(c, m)) {
            dy_nc_emit_number(c, m, ORD, 1, dy_nc_span_of(c, m, m + 1), name);
            m += 2;
        } else {
            m += dy_nr_apply_once(c, m, NULL); /* the joiner: "," or a word */
        }
    }
    return k + 2 - i;
}

/* Section 7.6 rule 1: a label "N)" (no unclosed bracket before it), a line-initial "N." or an
 * "N." of a list inside the sentence is an ordinal; at the start of a list item it is followed by
 * a short pause: "Міндеттері: 1) жоспар құру" -> Міндеттері: бірінші, жоспар құру. A label 0 is
 * нөл, never an ordinal. */
size_t dy_nr_label(nctx *c, size_t i, const char *name)
{
    /* an item number alone on its line ("1."), or glued to the capitalised word its item opens
     * with ("6Компьютерлік вирустардан …"): the ordinal */
    bool alone = i == 0 && ((c->n == 2 && tok_is(c, 1, ".") && glued(c, 1)) ||
                            (c->n == 3 && tok_is(c, 1, ")") && tok_is(c, 2, ".") && glued(c, 1) &&
                             glued(c, 2))); /* "1)." */
    bool glued_item = i == 0 && is_num(c, 0) && tlen(c, 0) <= 2 && is_word(c, 1) && glued(c, 1) &&
                      dy_is_cyrillic(first_cp(c, 1)) && dy_is_upper(first_cp(c, 1)) &&
                      letters(c, 1) >= 4 && !c->all_caps;
    if (glued_item) { /* not a unit's name glued to its number: "1Паскаль - 1Н күштің" */
        dy_buf low = {0};
        dy_kk_lower(&low, tstr(c, 1), tlen(c, 1));
        glued_item = !dy_kk_is_measure_word(low.data, low.len);
        dy_buf_fini(&low);
    }
    if (is_num(c, i) && tlen(c, i) <= 3 && dy_nc_num_value(c, i) >= 1 && tstr(c, i)[0] != '0' &&
        (alone || glued_item)) {
        dy_nc_emit_number(c, i, ORD, 1, tok(c, i)->src, name);
        if (glued_item || c->n == 3)
            dy_nc_emit(c, ",", tok(c, i)->src, name, false);
        return alone && c->n == 3 ? 3 : 1;
    }
    if (i + 2 == c->n && first_list_label(c, i)) { /* "Әдебиеттер: 1." */
        dy_nc_emit_number(c, i, ORD, 1, dy_nc_span_of(c, i, i + 1), name);
        dy_nc_emit(c, ",", tok(c, i + 1)->src, name, false);
        return 2;
    }
    if (!is_num(c, i) || tlen(c, i) > 3 || !glued(c, i + 1) || i + 2 >= c->n)
        return 0;
    size_t list = label_list(c, i, name);
    if (list)
        return list;
    bool paren = tok_is(c, i + 1, ")");
    /* the label and the noun it numbers joined by a hyphen: "1)-тармақшасына" -> бірінші
     * тармақшасына (forty-eighth survey, an amendment) */
    if (paren && tok_is(c, i + 2, "-") && glued(c, i + 2) && is_word(c, i + 3) && glued(c, i + 3) &&
        dy_nc_is_legal_unit(c, i + 3) && !dy_nc_open_bracket_before(c, i)) {
        dy_nc_emit_number(c, i, ORD, 1, dy_nc_span_of(c, i, i + 2), name);
        return 3;
    }
    /* also after the opening quote of a quoted item ("«1. 2025-2027 жылдарға …") */
    bool quoted = i == 1 && dy_char_is_quote_open(first_cp(c, 0)) && glued(c, i);
    bool dot = tok_is(c, i + 1, ".") && (i == 0 || quoted || inline_label(c, i));
    if (!paren && !dot)
        return 0;
    /* what the item starts with: a word, a quoted title or a number ("1. «Ғылыми атақтар…»",
     * "3) 250 грамм", "5. 2024 жылы"); or, after a line-initial "N.", a capitalised word typed
     * without its space ("1.Қазақстан тарихы") */
    int32_t next = first_cp(c, i + 2);
    bool opens = is_word(c, i + 2) || is_num(c, i + 2) || dy_char_is_quote_open(next) ||
                 tok_is(c, i + 2, "(") || tok_is(c, i + 2, "[") || /* "1. [2 балл] Есепті …" */
                 (is_dash(c, i + 2) && is_num(c, i + 3) && glued(c, i + 3)); /* "1. -132 м" */
    /* an answer key's item glued to its year: "3. 1827; 4.1841; 5. 1824" */
    bool glued_year = dot && i > 0 && tok_is(c, i - 1, ";") && is_num(c, i + 2) &&
                      glued(c, i + 2) && tlen(c, i + 2) == 4 && inline_label(c, i);
    /* an answer option after the period of the one before, typed without its space: "С)1,25см.
     * 0)11,5см" */
    bool option = paren && i > 0 && tok_is(c, i - 1, ".") && is_num(c, i + 2);
    /* a line's label typed without its space before a capitalised word: "2)Н.Т.Ермеков" */
    bool glued_line =
        paren && i == 0 && is_word(c, i + 2) && dy_is_upper(next) && dy_is_cyrillic(next);
    if (!(spaced(c, i + 2) && opens) && !option && !glued_year && !glued_line &&
        !(dot && is_word(c, i + 2) && dy_is_upper(next) &&
          (dy_is_cyrillic(next) || dy_nc_roman_value(c, i + 2, NULL))) &&
        !(dot && i == 0 && (dy_char_is_quote_open(next) || dy_char_is_quote_close(next))))
        return 0; /* "1.Қазақстан тарихы", "3.VI-VIII ғасырларда", "3.«Ақ жол» газеті", a quote
                     mark typed the wrong way round: "1.»"Жер …" */
    if (paren && dy_nc_open_bracket_before(c, i))
        return 0;
    if (i > 0 && (tok_is(c, i - 1, "(") || is_num(c, i - 1)))
        return 0;
    bool item = i == 0 || quoted || dot || tok_is(c, i - 1, ":") || tok_is(c, i - 1, ";") ||
                tok_is(c, i - 1, ",") || tok_is(c, i - 1, ".");
    /* after an abbreviation's period that no rule said ("30 км/сағ. 2) 1 сағ."), the label starts
     * the next item: the period is a stop */
    if (i > 0 && tok_is(c, i - 1, ".") && c->prev == P_WORD)
        dy_nc_emit(c, ".", tok(c, i - 1)->src, "punctuation", false);
    /* "0)" (an answer label, often an OCR'd D)): Kazakh has no ordinal of zero; нөл and the pause
     * of the letter labels beside it */
    /* a reference, not a list item, when the noun it numbers follows: "6) тармақша мынадай
     * редакцияда жазылсын" -> алтыншы тармақша (no pause) */
    if (paren && spaced(c, i + 2) && dy_nc_is_legal_unit(c, i + 2)) {
        dy_nc_emit_number(c, i, ORD, 1, dy_nc_span_of(c, i, i + 1), name);
        return 2;
    }
    bool zero = dy_nc_num_value(c, i) == 0;
    if (!zero && tstr(c, i)[0] == '0') { /* a zero-padded item number, "01.": бірінші */
        dy_buf b = {0};
        dy_kk_ordinal_u64(&b, dy_nc_num_value(c, i));
        dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + 1), name, tok(c, i)->space_before);
        dy_buf_fini(&b);
    } else {
        dy_nc_emit_number(c, i, zero ? NULL : ORD, zero ? 0 : 1, dy_nc_span_of(c, i, i + 1), name);
    }
    if (item || zero)
        dy_nc_emit(c, ",", tok(c, i + 1)->src, name, false);
    return 2;
}

/* ---- a unit with no number (section 16 is silent) ---- */

/* What the word at k says as a unit or scale with no number before it: a scale abbreviation
 * ("млн" -> миллион), a unit abbreviation of two or more letters, or of one after a scale word
 * ("га" -> гектар; "млн. т"); "" for a word that is already one (мың, тонна, теңге); NULL for
 * anything else. *n gets its tokens, a glued period included. */
/* Is a square or a cube typed right after the unit at k ("км2", "м³")? */
static bool power_after(const nctx *c, size_t k)
{
    return k + 1 < c->n && glued(c, k + 1) &&
           (tok_is(c, k + 1, "2") || tok_is(c, k + 1, "3") || tok_is(c, k + 1, "\u00b2") ||
            tok_is(c, k + 1, "\u00b3")) &&
           !(k + 2 < c->n && glued(c, k + 2) && !is_punct(c, k + 2));
}

static const char *bare_unit(const nctx *c, size_t k, bool after_scale, size_t *n)
{
    if (!is_word(c, k) || !dy_is_cyrillic(first_cp(c, k)))
        return NULL;
    *n = tok_is(c, k + 1, ".") && glued(c, k + 1) ? 2 : 1;
    const char *w = dy_kk_scale_word(tstr(c, k), tlen(c, k));
    if (w)
        return w;
    const dy_kk_unit *u = dy_kk_unit_word(tstr(c, k), tlen(c, k));
    if (u && !u->minor && (letters(c, k) >= 2 || after_scale || power_after(c, k)) &&
        !tok_is(c, k, u->word))
        return u->word;
    *n = 1;
    if (u && !u->minor && after_scale && tok_is(c, k, u->word))
        return ""; /* a unit written in full after a ratio's slash: "г/моль" */
    return tok_is(c, k, "мың") || dy_kk_is_measure_word(tstr(c, k), tlen(c, k)) ? "" : NULL;
}

/* Does a tight "/" join the word at k to another ("ц/га": single letters are units there)? */
static bool ratio_sides(const nctx *c, size_t k)
{
    return (tok_is(c, k + 1, "/") && glued(c, k + 1) && is_word(c, k + 2) && glued(c, k + 2)) ||
           (k >= 2 && tok_is(c, k - 1, "/") && glued(c, k - 1) && glued(c, k) && is_word(c, k - 2));
}

/* Is token i inside brackets that hold nothing but units and scale words, with one to expand:
 * a table heading's "(млн. га)", "(мың тонна)", "(га)"? */
static bool unit_brackets(const nctx *c, size_t i)
{
    size_t o = i;
    while (o > 0 && i - o < 8 && !tok_is(c, o - 1, "("))
        o--;
    if (o == 0 || !tok_is(c, o - 1, "("))
        return false;
    bool scale = false, expand = false;
    size_t k = o, n;
    while (k < c->n && !tok_is(c, k, ")")) {
        if (tok_is(c, k, "/") && glued(c, k) && k > o && glued(c, k + 1)) {
            k++; /* "(ц/га)" */
            continue;
        }
        const char *w = bare_unit(c, k, scale || ratio_sides(c, k), &n);
        if (!w)
            return false;
        expand |= *w != '\0';
        scale |= dy_kk_scale_word(tstr(c, k), tlen(c, k)) != NULL || tok_is(c, k, "мың");
        if (k < i && k + n > i)
            return false; /* i is a period */
        k += n;
        if (n == 1 && *w && power_after(c, k - 1))
            k++; /* its power: "(мың км2)" */
    }
    return k < c->n && k > o && expand;
}

/* Does the word at k name a physical quantity, whose unit a table heading writes after a comma
 * ("Масса, кг", "Уақыт, с", "Күш, Н")? */
static bool quantity_name(const nctx *c, size_t k)
{
    static const char *const STEMS[] = {
        "масса",   "уақыт",   "жылдамды", "ұзынды",    "күш",    "кернеу", "қуат",   "аудан",
        "көлем",   "темпера", "қысым",    "энерги",    "жұмыс",  "жиілі",  "период", "тығызды",
        "заряд",   "кедерг",  "биікті",   "қашықты",   "үдеу",   "салма",  "жол",    "ені",
        "тереңді", "импульс", "ток",      "координат", "радиус", "ығысу",  "орын",   "ауытқу"};
    for (size_t s = 0; s < COUNT(STEMS); s++)
        if (dy_nc_word_starts(c, k, STEMS[s]))
            return true;
    return false;
}

/* Is the unit at i clearly a unit by the words around it, with no number: after неше / қанша
 * ("неше кг шай"), after бірлігі ("өлшем бірлігі – Н"), or after "quantity," at the end of a
 * heading ("Масса, кг", "Жылдамдық, м/с")? *letter: a one-letter unit may be read there too. */
static bool unit_context(const nctx *c, size_t i, bool *letter)
{
    *letter = true;
    /* a unit defined by an equality with an amount of another: "кПа = 1000 Па" (two letters or
     * more; "см = 2,1 • 103 Дж/(кг • К)" names a heat capacity, no centimetre) */
    size_t eq = i + 1 + (tok_is(c, i + 1, ".") && glued(c, i + 1));
    number amount;
    if (letters(c, i) >= 2 && tok_is(c, eq, "=") && (i == 0 || !is_num(c, i - 1)) &&
        dy_nc_number_at(c, eq + 1, &amount)) {
        size_t u = amount.last + 1;
        dy_nc_number_fini(&amount);
        if (is_word(c, u) && dy_kk_unit_word(tstr(c, u), tlen(c, u)))
            return true;
    }
    /* a unit of three letters or more alone as a line, of two or more as a test option:
     * "Гбайт;", "А) Мбайт; В) кбайт", "А) см В) мм С) км" (a shorter one may be a word or an
     * initial: "м.", "г") */
    bool option = i >= 2 && tok_is(c, i - 1, ")") && glued(c, i - 1) && is_word(c, i - 2) &&
                  letters(c, i - 2) == 1;
    if ((i == 0 || option) && letters(c, i) >= (option ? 2 : 3) &&
        (i + 1 >= c->n || (option && dy_nr_is_letter_label(c, i + 1)) ||
         ((tok_is(c, i + 1, ";") || tok_is(c, i + 1, ".") || tok_is(c, i + 1, ",")) &&
          (i + 2 >= c->n || (option && is_word(c, i + 2) && letters(c, i + 2) == 1)))))
        return true;
    if (i == 0)
        return false;
    static const char *const ASK[] = {"неше", "қанша"};
    size_t p = is_dash(c, i - 1) || tok_is(c, i - 1, ":") ? i - 2 : i - 1;
    if (dy_nc_word_in(c, i - 1, ASK, COUNT(ASK)) || (p < i && dy_nc_word_starts(c, p, "бірліг")))
        return true;
    /* the unit of a value that closes an inline TeX span: "$R=4$ м" */
    if (i >= 2 && tok_is(c, i - 1, "$") && glued(c, i - 1) && is_num(c, i - 2) && spaced(c, i))
        return true;
    /* a length unit with its square or cube is an area or a volume wherever it stands: "жинақтау
     * нормасы м3", "ауданы км²" (no letter but м is a variable there) */
    static const char *const LENGTH[] = {"м", "см", "мм", "дм", "км"};
    if (power_after(c, i) && spaced(c, i) && !is_num(c, i - 1) &&
        dy_nc_word_in(c, i, LENGTH, COUNT(LENGTH)))
        return true;
    size_t e = i + 1; /* the heading ends after the unit (a power, a ratio, a period) */
    if (power_after(c, i))
        e++;
    if (tok_is(c, e, "/") && glued(c, e) && is_word(c, e + 1) && glued(c, e + 1))
        e += 2 + power_after(c, e + 1); /* "кг/м3" */
    if (tok_is(c, e, ".") && glued(c, e))
        e++;
    /* the heading of a table's row, its cells after it: "M, г/моль 12 64 18 44" */
    bool ends =
        e >= c->n || tok_is(c, e, ";") || tok_is(c, e, "|") || (is_num(c, e) && spaced(c, e));
    /* a quantity and its unit with a power, no comma, ending the line: "Жер көлемі км²" */
    if (ends && power_after(c, i) && is_word(c, i - 1) && spaced(c, i) && quantity_name(c, i - 1))
        return true;
    /* a quantity and its unit in brackets: "бастапқы координата (м)", "кернеу (В)" */
    static const char *const JOIN[] = {"және", "мен", "бен", "пен", "немесе"};
    if (i >= 2 && tok_is(c, i - 1, "(") && tok_is(c, e, ")") && is_word(c, i - 2) &&
        ((quantity_name(c, i - 2) &&
          (e + 1 >= c->n || (is_punct(c, e + 1) && !tok_is(c, e + 1, "(")) ||
           dy_nc_word_in(c, e + 1, JOIN, COUNT(JOIN)))) ||
         (tok_is(c, e + 1, ":") && !(e + 2 < c->n && is_num(c, e + 2) && glued(c, e + 2)))))
        return true; /* not a point's name: "жол (А) нүктесінен"; a heading of values: "Ең биік
                        нүктелері (м):" */
    /* the quantity named by a Latin variable: "t, с", "v, м/с" in a physics table */
    bool variable = i >= 2 && letters(c, i - 2) == 1 && first_cp(c, i - 2) < 0x80;
    if (i < 2 || !tok_is(c, i - 1, ",") || !glued(c, i - 1) ||
        (!spaced(c, i) && !quantity_name(c, i - 2)) || /* "үйкеліс күші,Н" */
        !is_word(c, i - 2) || (letters(c, i - 2) < 3 && !variable) || !ends)
        return false;
    *letter = variable || quantity_name(c, i - 2);
    return true;
}

/* A unit abbreviation with no number before it is still said as its word, in the nominative: in
 * brackets of units and scale words ("Егіс көлемі (млн. га)" -> (миллион гектар)) or after a
 * blank left for the number ("____ мл ерітінді" -> миллилитр ерітінді). */
size_t dy_nr_bare_unit(nctx *c, size_t i, const char *name)
{
    size_t n = 0;
    bool scale =
        i >= 2 && tok_is(c, i - 1, ".") && dy_kk_scale_word(tstr(c, i - 2), tlen(c, i - 2));
    scale |=
        i >= 1 && (tok_is(c, i - 1, "мың") || dy_kk_scale_word(tstr(c, i - 1), tlen(c, i - 1)));
    bool letter = false, context = unit_context(c, i, &letter);
    const char *w = bare_unit(c, i, scale || ratio_sides(c, i) || (context && letter), &n);
    if (!w || (i > 0 && (is_num(c, i - 1) || tok_is(c, i - 1, "/"))))
        return 0;
    size_t m = 0;
    const char *per = n == 1 && ratio_sides(c, i) ? bare_unit(c, i + 2, true, &m) : NULL;
    if ((!*w && !(per && *per)) || (per && m != 1))
        return 0;
    bool blank = i > 0 && spaced(c, i) && is_punct(c, i - 1) && first_cp(c, i - 1) == '_';
    if (!blank && !context && !unit_brackets(c, i))
        return 0;
    /* a square or a cube typed after the unit: "ауданы, км2" -> шаршы километр */
    const char *power = NULL;
    if (*w && n == 1 && !per && power_after(c, i))
        power = tok_is(c, i + 1, "2") || tok_is(c, i + 1, "\u00b2") ? "шаршы " : "текше ";
    dy_buf b = {0};
    if (power)
        dy_buf_puts(&b, power);
    if (per) { /* "(ц/га)" -> (гектарына центнер), as section 16 says a ratio */
        static const dy_kk_morph POSS_DAT[] = {DY_KK_POSS3, DY_KK_DAT};
        dy_buf den = {0};
        bool cubed = power_after(c, i + 2); /* "кг/м3" -> текше метріне килограмм */
        if (cubed)
            dy_buf_puts(&den,
                        tok_is(c, i + 3, "2") || tok_is(c, i + 3, "\u00b2") ? "шаршы " : "текше ");
        if (!*per)
            dy_buf_append(&den, tstr(c, i + 2), tlen(c, i + 2));
        else
            dy_buf_puts(&den, per);
        if (dy_nc_ends_with(den.data, "мм"))
            den.data[den.len -= strlen("м")] = '\0'; /* килограмына (4.4) */
        dy_nc_put_inflected(&b, den.data, POSS_DAT, 2);
        dy_buf_fini(&den);
        dy_buf_putc(&b, ' ');
        n = cubed ? 4 : 3;
    }
    if (*w)
        dy_buf_puts(&b, w);
    else
        dy_buf_append(&b, tstr(c, i), tlen(c, i));
    dy_nc_emit_words(c, b.data, dy_nc_span_of(c, i, i + (power ? 1 : n - 1)), name,
                     tok(c, i)->space_before);
    dy_buf_fini(&b);
    if (power)
        return 2;
    if (n == 2)
        dy_nc_abbr_period(c, i + 1, STOP_CAPITAL);
    return n;
}
