/* The normalize stage's driver (see normalize.h): tokenizes a sentence, tries the user's
 * lexicon and then the rule table at each token, and cuts the spoken string into pieces for
 * eSpeak. The order of the table is the precedence of kazakh-normalization.md section 1:
 * multi-token patterns first (URLs, dates, Roman numerals, ranges, years, centuries, number +
 * suffix), then single tokens (numbers, abbreviations, initials, acronyms, words, punctuation). */
#include "normalize/normalize.h"

#include <string.h>

#include "kk/latin.h"
#include "normalize/context.h"
#include "normalize/rules.h"

static const struct rule {
    const char *name;
    rule_fn apply;
} RULES[] = {
    {"url", dy_nr_url},
    {"file-name", dy_nr_file_name},
    {"hex", dy_nr_hex},
    {"tex", dy_nr_tex},
    {"doubled", dy_nr_doubled},
    {"number-sign", dy_nr_number_sign},
    {"era-year", dy_nr_era_year},
    {"named-after", dy_nr_named_after},
    {"chemistry", dy_nr_chem_formula},
    {"star", dy_nr_star_blank},
    {"dimensions", dy_nr_dimensions},
    {"compare", dy_nr_compare},
    {"formula", dy_nr_formula},
    {"date", dy_nr_numeric_date},
    {"phone", dy_nr_phone},
    {"code", dy_nr_code},
    {"house-number", dy_nr_house_number},
    {"coordinate", dy_nr_coordinate},
    {"verse", dy_nr_verse},
    {"page-range", dy_nr_page_range},
    {"page", dy_nr_page_mark},
    {"time", dy_nr_time},
    {"number-slash", dy_nr_number_slash},
    {"ratio", dy_nr_ratio},
    {"power", dy_nr_power},
    {"fraction", dy_nr_fraction},
    {"legal-reference", dy_nr_legal_ref},
    {"measure", dy_nr_measure},
    {"rate", dy_nr_bare_rate},
    {"currency-pair", dy_nr_currency_pair},
    {"minus", dy_nr_minus},
    {"letter", dy_nr_sex_chromosomes},
    {"roman", dy_nr_roman},
    {"label", dy_nr_label},
    {"pair", dy_nr_pair_typo},
    {"numbered-noun", dy_nr_doc_noun},
    {"year", dy_nr_bare_year},
    {"date", dy_nr_month_first},
    {"range", dy_nr_range},
    {"year", dy_nr_year_abbr},
    {"year", dy_nr_year_word},
    {"century", dy_nr_century},
    {"part-ordinal", dy_nr_part_ordinal},
    {"coordination", dy_nr_coord},
    {"suffix", dy_nr_suffix},
    {"date", dy_nr_day_month},
    {"ordinal-typo", dy_nr_spaced_hyphen},
    {"cardinal", dy_nr_number},
    {"scale", dy_nr_scale},
    {"unit", dy_nr_unit_after},
    {"unit", dy_nr_bare_unit},
    {"particle", dy_nr_particle},
    {"volume", dy_nr_volume},
    {"place", dy_nr_place},
    {"language", dy_nr_language},
    {"spaced-word", dy_nr_spaced_word},
    {"contraction", dy_nr_contraction},
    {"axis", dy_nr_axis},
    {"abbreviation", dy_nr_abbreviation},
    {"initial", dy_nr_initial},
    {"acronym", dy_nr_acronym},
    {"greek", dy_nr_greek},
    {"unknown", dy_nr_unknown_x},
    {"letter", dy_nr_option_label},
    {"letter", dy_nr_letter},
    {"letter", dy_nr_letter_symbol},
    {"currency-code", dy_nr_currency_code},
    {"latin", dy_nr_latin},
    {"word", dy_nr_word},
    {"record-slash", dy_nr_record_slash},
    {"punctuation", dy_nr_punct},
};

/* The table of a Russian sentence (rules_russian.c), read by eSpeak's Russian voice. */
static const struct rule RU_RULES[] = {
    {"ru-url", dy_nr_ru_url},           {"ru-time", dy_nr_ru_time},
    {"ru-currency", dy_nr_ru_currency}, {"ru-century", dy_nr_ru_century},
    {"ru-year", dy_nr_ru_year},         {"ru-ordinal", dy_nr_ru_ordinal},
    {"ru-date", dy_nr_ru_date},         {"ru-number", dy_nr_ru_number},
    {"ru-initial", dy_nr_ru_initial},   {"ru-abbreviation", dy_nr_ru_abbreviation},
    {"ru-sign", dy_nr_ru_sign},         {"word", dy_nr_word},
    {"punctuation", dy_nr_punct},
};

/* A Latin-Kazakh sentence is read in Cyrillic (kk/latin.h): its words in the 2021 or 2018 alphabet
 * are transliterated, and look-alike letters in mixed words folded as in any sentence. */
typedef struct latin_ctx {
    const dy_utt *u;
    dy_kk_latn alphabet;
} latin_ctx;

static bool latin_folds(const char *text, const dy_utt *u, size_t t, void *ctx)
{
    const latin_ctx *l = ctx;
    const dy_token *tk = &u->tokens.items[t];
    const char *s = text + tk->src.start;
    size_t n = tk->src.end - tk->src.start;
    return tk->kind == DY_TOK_WORD &&
           ((dy_kk_latn_word(s, n, l->alphabet) && !dy_lang_in_address(text, l->u->src, tk->src)) ||
            dy_char_word_folds(s, n));
}

static void latin_put(const char *word, size_t n, size_t *i, dy_buf *out, void *ctx)
{
    const latin_ctx *l = ctx;
    if (dy_kk_latn_word(word, n, l->alphabet))
        dy_kk_latn_put(word, n, i, out, l->alphabet);
    else {
        size_t at = *i;
        dy_utf8_next(word, n, i);
        dy_buf_put_cp(out, dy_char_fold_hyphen(dy_char_fold_at(word, n, at)));
    }
}

size_t dy_nr_apply_once(nctx *c, size_t i, rule_fn skip)
{
    const struct rule *table = c->u->lang == DY_LANG_RU ? RU_RULES : RULES;
    size_t rules = c->u->lang == DY_LANG_RU ? COUNT(RU_RULES) : COUNT(RULES);
    size_t used = 0;
    for (size_t r = 0; r < rules && !used; r++)
        if (table[r].apply != skip)
            used = table[r].apply(c, i, table[r].name);
    return used ? used : 1;
}

void dy_normalize(const char *text, dy_utt *u) { dy_normalize_with(text, u, NULL); }

void dy_normalize_with(const char *text, dy_utt *u, const dy_norm_opts *opts)
{
    const dy_lexicon *lex = opts && dy_lexicon_size(opts->lexicon) ? opts->lexicon : NULL;
    u->words.len = 0;
    u->over_limit = false;
    dy_buf_clear(&u->spoken);
    dy_tokenize(text, u->src, u);
    u->lang = dy_lang_detect_after(text, u->src, u->lang_before);
    dy_buf view = {0};
    size_t *map = NULL;
    bool folded;
    if (u->lang == DY_LANG_KK_LATIN) { /* which Latin alphabet: only for such a sentence */
        latin_ctx lc = {u, dy_kk_latn_of(text + u->src.start, u->src.end - u->src.start)};
        dy_folder latin = {latin_folds, latin_put, &lc};
        folded = dy_tokens_view(text, u, &latin, &view, &map);
    } else {
        folded = dy_tokens_fold(text, u, &view, &map);
    }
    static const dy_norm_opts no_opts = {0};
    dy_nc_cache cache = {.equation = -1,
                         .run_eq = -1,
                         .reaction = -1,
                         .formula = -1,
                         .cyrillic = -1,
                         .geometry = -1,
                         .timeline = -1,
                         .minute = -1,
                         .goal = -1,
                         .list_dash = -1,
                         .semicolon = -1,
                         .money_pairs = -1,
                         .latin_labels = -1,
                         .plus_degrees = -1,
                         .comma_list = -1,
                         .star_blank = -1,
                         .interval = -1,
                         .lookalike_points = -1,
                         .x_formula = -1,
                         .x_unit = -1,
                         .relation = -1};
    nctx c = {folded ? view.data : text,
              folded ? view.len : u->src.end,
              u,
              u->tokens.len,
              true,
              P_START,
              opts ? opts : &no_opts,
              0,
              &cache,
              text};
    for (size_t i = 0; i < c.n && c.all_caps; i++) {
        if (!is_word(&c, i))
            continue;
        for (size_t k = 0; k < tlen(&c, i);) {
            int32_t cp = dy_utf8_next(tstr(&c, i), tlen(&c, i), &k);
            if (dy_is_letter(cp) && !dy_is_upper(cp))
                c.all_caps = false;
        }
    }
    const struct rule *table = u->lang == DY_LANG_RU ? RU_RULES : RULES;
    size_t rules = u->lang == DY_LANG_RU ? COUNT(RU_RULES) : COUNT(RULES);
    for (size_t i = 0; i < c.n;) {
        size_t used = lex && !u->over_limit ? dy_nr_lexicon(&c, i, lex) : 0;
        for (size_t r = 0; r < rules && !used; r++)
            used = table[r].apply(&c, i, table[r].name);
        i += used ? used : 1;
    }
    free(cache.depth);
    if (folded) { /* the spans back to the source text */
        for (size_t k = 0; k < u->tokens.len; k++)
            u->tokens.items[k].src =
                (dy_span){map[u->tokens.items[k].src.start], map[u->tokens.items[k].src.end]};
        for (size_t k = 0; k < u->words.len; k++)
            u->words.items[k].src =
                (dy_span){map[u->words.items[k].src.start], map[u->words.items[k].src.end]};
        free(map);
        dy_buf_fini(&view);
    }
}

void dy_normalize_chunks(const dy_utt *u, size_t max_bytes, dy_span_vec *out)
{
    const char *s = dy_buf_str(&u->spoken);
    size_t n = u->spoken.len, start = 0;
    if (max_bytes < 16)
        max_bytes = 16;
    while (start < n) {
        while (start < n && s[start] == ' ')
            start++;
        if (start >= n)
            break;
        size_t end = n;
        if (n - start > max_bytes) {
            size_t clause = 0, space = 0;
            for (size_t k = start + 1; k < start + max_bytes; k++) {
                if (s[k] != ' ')
                    continue;
                space = k;
                if (strchr(",;:", s[k - 1]) ||
                    (k >= start + 3 && !memcmp(s + k - 3, "\u2013", 3)) ||
                    (k >= start + 3 && !memcmp(s + k - 3, "\u2014", 3)))
                    clause = k;
            }
            end = clause > start + max_bytes / 4 ? clause : space ? space : start + max_bytes;
            while (end > start + 1 && ((unsigned char)s[end] & 0xC0) == 0x80)
                end--; /* never cut inside a UTF-8 sequence */
        }
        size_t e = end;
        while (e > start && s[e - 1] == ' ')
            e--;
        *DY_VEC_PUSH(out) = (dy_span){start, e};
        start = end;
    }
}
