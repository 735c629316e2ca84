/* Kazakh number words and the morphology numbers need: cardinals (section 5), ordinals (6),
 * suffixes by vowel harmony and final sound (4.1-4.4), and the parser of suffix tails written
 * after a digit (7.1). Language knowledge only; the normalizer calls it. Everything a linguist may
 * want to correct is in the tables at the top; the functions below them only look things up. */
#include "kk/numbers.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------------------------------------
 * Tables
 * --------------------------------------------------------------------------------------------- */

/* Number words (section 5), sorted by value. Every component of a compound numeral is a separate
 * word: 1917 -> мың тоғыз жүз он жеті. */
static const struct number_word {
    uint64_t value;
    const char *word;
} number_words[] = {
    {0, "нөл"},
    {1, "бір"},
    {2, "екі"},
    {3, "үш"},
    {4, "төрт"},
    {5, "бес"},
    {6, "алты"},
    {7, "жеті"},
    {8, "сегіз"},
    {9, "тоғыз"},
    {10, "он"},
    {20, "жиырма"},
    {30, "отыз"},
    {40, "қырық"},
    {50, "елу"},
    {60, "алпыс"},
    {70, "жетпіс"},
    {80, "сексен"},
    {90, "тоқсан"},
    {100, "жүз"},
    {1000, "мың"},
    {1000000, "миллион"},
    {1000000000, "миллиард"},
    {1000000000000, "триллион"},
};

/* Scale words from the top (section 5): groups of three digits are read from the left, each
 * followed by its scale word; empty groups are skipped (1 001 000 -> бір миллион бір мың). */
static const uint64_t scales[] = {1000000000000, 1000000000, 1000000, 1000, 1};

/* Vowel harmony (4.1): the last vowel letter of the word picks the back suffix (а ы ғ қ) or the
 * front one (е і г к): алты+да, жеті+де. у is a vowel only inside a word (минут -> минутқа,
 * клуб -> клубқа); at the end of a word or after a vowel it is the glide [w] and is skipped
 * (елу -> елуге, тау -> тауға). The soft sign counts as front (рубль -> рубльге,
 * фильм -> фильмге). A word with no vowel letter takes back suffixes. */
static const char back_vowels[] = "аоұыяюу";
static const char front_vowels[] = "әеөүіэиь";
/* Final letters that make the word front whatever its vowels: native words have к only next to
 * front vowels, so loanwords ending in it take front suffixes (банк -> банкі, банкке; парк ->
 * паркі). */
static const char front_finals[] = "к";

/* Final-sound classes (4.2): the last letter picks the first consonant of the suffix. CL_POSS is
 * the extra column of 4.3 used right after the 3rd-person possessive (жиырмасы+нан, бірі+не). */
typedef enum sound_class { CL_V, CL_R, CL_L, CL_Z, CL_N, CL_T, CL_POSS, CL_COUNT } sound_class;

static const struct final_class {
    sound_class cls;
    const char *letters;
} final_classes[] = {
    {CL_V, "аәеоөұүыіэюяи"}, /* екі, алты, жеті, жиырма */
    {CL_R, "рйу"},           /* бір, елу (final у is the glide [w]: елуге, елуі) */
    {CL_L, "л"},             /* нөл */
    {CL_Z, "зж"},            /* сегіз, тоғыз, отыз, жүз */
    {CL_N, "мнң"}, /* он, сексен, тоқсан, мың, миллион, триллион */
    {CL_T, "кқпстфхцчшщбвгдғ"}, /* үш, төрт, бес, қырық; б в г д devoiced: миллиардқа, клубқа */
};
/* Letters skipped when looking for the final sound: рубль -> рубльдің (class of л). */
static const char silent_letters[] = "ьъ";

/* Suffix allomorphs (4.3), one row per morpheme, one cell per final-sound class: "back/front";
 * a cell without "/" has no harmony (мен/бен/пен); NULL is "—" in the table and means: use the V
 * cell (the possessive ends in a vowel). A leading "-" replaces the final vowel of the stem:
 * екі + еу -> екеу, алты + ау -> алтау, жеті + еу -> жетеу (4.4). COLL and LAP are not in 4.3:
 * collective екеу, біреу, үшеу (section 8); -лап like -лаған: мыңдап, бірлеп, бестеп; -лық
 * (жүздік, бестік, километрлік) likewise. */
static const char *const suffixes[][CL_COUNT] = {
    /* cells: V, R, L, Z, N, T, after POSS3 */
    [DY_KK_PLURAL] = {"лар/лер", "лар/лер", "дар/дер", "дар/дер", "дар/дер", "тар/тер", NULL},
    [DY_KK_GEN] = {"ның/нің", "дың/дің", "дың/дің", "дың/дің", "ның/нің", "тың/тің", "ның/нің"},
    [DY_KK_DAT] = {"ға/ге", "ға/ге", "ға/ге", "ға/ге", "ға/ге", "қа/ке", "на/не"},
    [DY_KK_ACC] = {"ны/ні", "ды/ді", "ды/ді", "ды/ді", "ды/ді", "ты/ті", "н"},
    [DY_KK_LOC] = {"да/де", "да/де", "да/де", "да/де", "да/де", "та/те", "нда/нде"},
    [DY_KK_ABL] = {"дан/ден", "дан/ден", "дан/ден", "дан/ден", "нан/нен", "тан/тен", "нан/нен"},
    [DY_KK_INS] = {"мен", "мен", "мен", "бен", "мен", "пен", "мен"},
    [DY_KK_POSS3] = {"сы/сі", "ы/і", "ы/і", "ы/і", "ы/і", "ы/і", NULL},
    [DY_KK_ORD] = {"ншы/нші", "ыншы/інші", "ыншы/інші", "ыншы/інші", "ыншы/інші", "ыншы/інші",
                   NULL},
    [DY_KK_ATTR] = {"ғы/гі", "ғы/гі", "ғы/гі", "ғы/гі", "ғы/гі", "қы/кі", NULL},
    [DY_KK_APPROX] = {"дай/дей", "дай/дей", "дай/дей", "дай/дей", "дай/дей", "тай/тей", NULL},
    [DY_KK_LAGAN] = {"лаған/леген", "лаған/леген", "даған/деген", "даған/деген", "даған/деген",
                     "таған/теген", NULL},
    [DY_KK_COLL] = {"-ау/-еу", "ау/еу", "ау/еу", "ау/еу", "ау/еу", "ау/еу", NULL},
    [DY_KK_LAP] = {"лап/леп", "лап/леп", "дап/деп", "дап/деп", "дап/деп", "тап/теп", NULL},
    [DY_KK_LYQ] = {"лық/лік", "лық/лік", "дық/дік", "дық/дік", "дық/дік", "тық/тік", NULL},
    [DY_KK_PRIV] = {"сыз/сіз", "сыз/сіз", "сыз/сіз", "сыз/сіз", "сыз/сіз", "сыз/сіз", "нсыз/нсіз"},
};
#define N_MORPHS COUNT(suffixes)
_Static_assert(N_MORPHS == DY_KK_PRIV + 1, "one suffix row per morpheme");

/* Irregular suffixes of single words (4.4), sorted by word. */
static const struct irregular {
    const char *word;
    dy_kk_morph morph;
    const char *suffix;
} irregulars[] = {
    {"жиырма", DY_KK_ORD, "сыншы"}, /* жиырмасыншы, not *жиырманшы; but жиырмасы is regular */
};

/* Stems that lose their last vowel before a vowel-initial suffix (4.4), sorted by word:
 * қырық + ы -> қырқы, + ыншы -> қырқыншы, but қырыққа, қырықпен. The final қ of these stems
 * stays voiceless (қырқы, халқы, not *қырғы). */
static const struct elision {
    const char *word;
    const char *stem;
} elisions[] = {
    {"ауыз", "ауз"},   /* аузы */
    {"ерік", "ерк"},   /* еркі */
    {"ерін", "ерн"},   /* ерні */
    {"қарын", "қарн"}, /* қарны */
    {"қырық", "қырқ"}, /* қырқы, қырқыншы */
    {"мұрын", "мұрн"}, /* мұрны */
    {"орын", "орн"},   /* орны */
    {"халық", "халқ"}, /* халқы */
};

/* Final к қ п after a vowel become г ғ б before a vowel-initial suffix (4.4): тәулік -> тәулігі,
 * одақ -> одағы, бап -> бабы; consonant-initial suffixes keep them: тәулікке, одаққа.
 * Number words never change this way. */
static const struct voicing {
    const char *from;
    const char *to;
} voicings[] = {
    {"к", "г"},
    {"қ", "ғ"},
    {"п", "б"},
};

/* Written suffixes after a digit (7.1 step 2), one row per morpheme in enum order, forms separated
 * by spaces. The writer's vowel and first consonant are not trusted (5-шы is ORD, 5-тар is
 * PLURAL), so every allomorph of 4.3 is listed. The second column holds the endings that only
 * follow a possessive (7.1 step 5): 20-нан -> жиырма+сы+нан, 2-не -> екі+сі+не. */
static const struct tail_row {
    dy_kk_morph morph;
    const char *forms;
    const char *post_poss;
} tail_rows[] = {
    {DY_KK_PLURAL, "лар лер дар дер тар тер", ""},
    {DY_KK_GEN, "ның нің дың дің тың тің", ""},
    {DY_KK_DAT, "ға ге қа ке", "на не"},
    {DY_KK_ACC, "ны ні ды ді ты ті", "н"},
    {DY_KK_LOC, "да де та те", "нда нде"},
    {DY_KK_ABL, "дан ден тан тен", "нан нен"},
    {DY_KK_INS, "мен бен пен", ""},
    {DY_KK_POSS3, "ы і сы сі", ""},
    {DY_KK_ORD, "ші шы інші ыншы нші ншы сыншы сінші", ""},
    {DY_KK_ATTR, "ғы гі қы кі", ""},
    {DY_KK_APPROX, "дай дей тай тей", ""},
    {DY_KK_LAGAN, "лаған леген даған деген таған теген", ""},
    {DY_KK_COLL, "ау еу у", ""}, /* "у" is a writer's short form: 5-уінде -> бесеуінде */
    {DY_KK_LAP, "лап леп дап деп тап теп", ""},
    {DY_KK_LYQ, "лық лік дық дік тық тік", ""},
    {DY_KK_PRIV, "сыз сіз", "нсыз нсіз"},
};
_Static_assert(COUNT(tail_rows) == DY_KK_PRIV + 1, "one tail row per morpheme");

/* Where each morpheme may stand in a written chain (7.1 step 2):
 * [ORD | COLL] [PLURAL] [POSS3] [case] [ATTR]; the approximatives stand alone (10-даған). */
typedef enum slot {
    SLOT_ALONE,
    SLOT_FIRST,
    SLOT_PLURAL,
    SLOT_POSS,
    SLOT_CASE,
    SLOT_ATTR,
    SLOT_END
} slot;
static const slot morph_slots[] = {
    [DY_KK_PLURAL] = SLOT_PLURAL, [DY_KK_GEN] = SLOT_CASE,     [DY_KK_DAT] = SLOT_CASE,
    [DY_KK_ACC] = SLOT_CASE,      [DY_KK_LOC] = SLOT_CASE,     [DY_KK_ABL] = SLOT_CASE,
    [DY_KK_INS] = SLOT_CASE,      [DY_KK_POSS3] = SLOT_POSS,   [DY_KK_ORD] = SLOT_FIRST,
    [DY_KK_ATTR] = SLOT_ATTR,     [DY_KK_APPROX] = SLOT_ALONE, [DY_KK_LAGAN] = SLOT_ALONE,
    [DY_KK_COLL] = SLOT_FIRST,    [DY_KK_LAP] = SLOT_ALONE,    [DY_KK_LYQ] = SLOT_FIRST,
    [DY_KK_PRIV] = SLOT_CASE,
};
_Static_assert(COUNT(morph_slots) == DY_KK_PRIV + 1, "one slot per morpheme");

/* ------------------------------------------------------------------------------------------------
 * Letters
 * --------------------------------------------------------------------------------------------- */

static bool letter_in(const char *letters, int32_t cp)
{
    size_t n = strlen(letters), i = 0;
    while (i < n)
        if (dy_utf8_next(letters, n, &i) == cp)
            return true;
    return false;
}

/* The code points of s[0..n), lower-cased; *count gets their number. Caller frees. */
static int32_t *decode_lower(const char *s, size_t n, size_t *count)
{
    int32_t *cps = dy_xmalloc((n + 1) * sizeof *cps);
    size_t i = 0, k = 0;
    while (i < n)
        cps[k++] = dy_to_lower(dy_utf8_next(s, n, &i));
    *count = k;
    return cps;
}

static bool is_vowel(int32_t cp) { return letter_in(final_classes[CL_V].letters, cp); }

/* 4.1: true when the word takes front suffixes. */
static bool is_front(const int32_t *cps, size_t n)
{
    if (n > 0 && letter_in(front_finals, cps[n - 1]))
        return true;
    for (size_t k = n; k-- > 0;) {
        int32_t cp = cps[k];
        if (cp == 0x0443 /* у */ && (k + 1 == n || (k > 0 && is_vowel(cps[k - 1]))))
            continue; /* the glide [w]: елу, тау */
        if (letter_in(front_vowels, cp))
            return true;
        if (letter_in(back_vowels, cp))
            return false;
    }
    return false;
}

/* Index of the last sounding letter (skipping ь ъ), or n when there is none. */
static size_t last_sound(const int32_t *cps, size_t n)
{
    size_t k = n;
    while (k > 0 && letter_in(silent_letters, cps[k - 1]))
        k--;
    return k ? k - 1 : n;
}

/* 4.2. Letters outside the table (Latin, digits) count as voiceless, the most common class of
 * word-final consonants. */
static sound_class final_class(const int32_t *cps, size_t n)
{
    size_t k = last_sound(cps, n);
    if (k == n)
        return CL_V;
    for (size_t c = 0; c < COUNT(final_classes); c++)
        if (letter_in(final_classes[c].letters, cps[k]))
            return final_classes[c].cls;
    return CL_T;
}

static bool is_number_word(const char *w, size_t n)
{
    for (size_t i = 0; i < COUNT(number_words); i++)
        if (strlen(number_words[i].word) == n && memcmp(number_words[i].word, w, n) == 0)
            return true;
    return false;
}

static const char *number_word(uint64_t v)
{
    for (size_t i = 0; i < COUNT(number_words); i++)
        if (number_words[i].value == v)
            return number_words[i].word;
    return NULL;
}

/* ------------------------------------------------------------------------------------------------
 * Inflection
 * --------------------------------------------------------------------------------------------- */

static bool buf_equals(const dy_buf *b, const char *s)
{
    return b->len == strlen(s) && memcmp(dy_buf_str(b), s, b->len) == 0;
}

/* Drops the last code point of b. */
static void buf_drop_last(dy_buf *b)
{
    if (b->len == 0)
        return;
    size_t i = b->len;
    dy_utf8_prev(b->data, &i);
    b->len = i;
    b->data[i] = '\0';
}

/* The variant of a suffix cell for the word's harmony, as (*s, *n). A leading "-" is reported
 * in *replace_vowel and not copied. */
static void pick_variant(const char *cell, bool front, const char **s, size_t *n,
                         bool *replace_vowel)
{
    const char *slash = strchr(cell, '/');
    const char *v = cell;
    size_t len = slash ? (size_t)(slash - cell) : strlen(cell);
    if (slash && front) {
        v = slash + 1;
        len = strlen(v);
    }
    *replace_vowel = len > 0 && v[0] == '-';
    if (*replace_vowel)
        v++, len--;
    *s = v;
    *n = len;
}

/* Stem changes before a vowel-initial suffix (4.4): elision (қырық -> қырқ) or voicing of a final
 * к қ п after a vowel (тәулік -> тәуліг). */
static void change_stem(dy_buf *w, const int32_t *cps, size_t ncp)
{
    if (ncp > 1 && cps[ncp - 1] == 0x044C) { /* ь: моль -> моліне, рубль -> рублі (молінің) */
        buf_drop_last(w);
        return;
    }
    for (size_t i = 0; i < COUNT(elisions); i++) {
        if (buf_equals(w, elisions[i].word)) {
            dy_buf_clear(w);
            dy_buf_puts(w, elisions[i].stem);
            return;
        }
    }
    if (ncp < 2 || !is_vowel(cps[ncp - 2]) || is_number_word(w->data, w->len))
        return;
    for (size_t i = 0; i < COUNT(voicings); i++) {
        size_t i0 = 0, fl = strlen(voicings[i].from);
        if (dy_utf8_next(voicings[i].from, fl, &i0) == cps[ncp - 1]) {
            buf_drop_last(w);
            dy_buf_puts(w, voicings[i].to);
            return;
        }
    }
}

static void add_suffix(dy_buf *w, dy_kk_morph m, bool after_poss, bool bare)
{
    if ((size_t)m >= N_MORPHS)
        return;
    size_t ncp;
    int32_t *cps = decode_lower(dy_buf_str(w), w->len, &ncp);
    bool front = is_front(cps, ncp);
    const char *sfx = NULL;
    size_t slen = 0;
    bool replace_vowel = false;

    for (size_t i = 0; bare && i < COUNT(irregulars); i++) {
        if (irregulars[i].morph == m && buf_equals(w, irregulars[i].word)) {
            sfx = irregulars[i].suffix;
            slen = strlen(sfx);
        }
    }
    if (!sfx) {
        sound_class c = after_poss ? CL_POSS : final_class(cps, ncp);
        const char *cell = suffixes[m][c] ? suffixes[m][c] : suffixes[m][CL_V];
        if (cell)
            pick_variant(cell, front, &sfx, &slen, &replace_vowel);
    }

    if (replace_vowel && ncp > 0 && is_vowel(cps[ncp - 1])) {
        buf_drop_last(w);
    } else if (slen > 0) {
        size_t i0 = 0;
        if (is_vowel(dy_utf8_next(sfx, slen, &i0)))
            change_stem(w, cps, ncp);
    }
    dy_buf_append(w, sfx, slen);
    free(cps);
}

void dy_kk_inflect(dy_buf *out, const char *word, const dy_kk_morph *chain, size_t n)
{
    dy_buf w = {0};
    dy_buf_puts(&w, word);
    for (size_t i = 0; i < n; i++)
        add_suffix(&w, chain[i], i > 0 && chain[i - 1] == DY_KK_POSS3, i == 0);
    dy_buf_append(out, dy_buf_str(&w), w.len);
    dy_buf_fini(&w);
}

/* ------------------------------------------------------------------------------------------------
 * Cardinals and ordinals
 * --------------------------------------------------------------------------------------------- */

#define CARDINAL_LIMIT 1000000000000000ull /* 10^15: no spoken standard above (section 5) */

static void put_word(dy_buf *out, const char *w)
{
    if (out->len)
        dy_buf_putc(out, ' ');
    dy_buf_puts(out, w);
}

/* One group 0..999: [H жүз] [tens] [unit]; a hundreds digit 1 is just жүз (101 -> жүз бір). */
static void put_group(dy_buf *out, unsigned g)
{
    unsigned h = g / 100, t = g / 10 % 10, u = g % 10;
    if (h > 1)
        put_word(out, number_word(h));
    if (h)
        put_word(out, number_word(100));
    if (t)
        put_word(out, number_word(t * 10));
    if (u)
        put_word(out, number_word(u));
}

/* Reads v (< 10^15) into the empty buffer words. */
static void put_cardinal(dy_buf *words, uint64_t v)
{
    if (v == 0) {
        put_word(words, number_word(0));
        return;
    }
    for (size_t i = 0; i < COUNT(scales); i++) {
        unsigned g = (unsigned)(v / scales[i] % 1000);
        if (g == 0)
            continue;
        /* 1000-1999: мың, not бір мың (preferred reading, section 5 and 25); with a higher scale
         * word before it the бір stays: бір миллион бір мың. бір миллион keeps its бір. */
        if (!(scales[i] == 1000 && g == 1 && v < 1000000))
            put_group(words, g);
        if (scales[i] > 1)
            put_word(words, number_word(scales[i]));
    }
}

static bool parse_digits(const char *s, size_t n, uint64_t *v)
{
    if (n == 0 || n > 15)
        return false;
    uint64_t x = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        x = x * 10 + (uint64_t)(s[i] - '0');
    }
    *v = x;
    return true;
}

bool dy_kk_cardinal_u64(dy_buf *out, uint64_t v)
{
    if (v >= CARDINAL_LIMIT)
        return false;
    dy_buf words = {0};
    put_cardinal(&words, v);
    dy_buf_append(out, words.data, words.len);
    dy_buf_fini(&words);
    return true;
}

bool dy_kk_cardinal(dy_buf *out, const char *s, size_t n)
{
    uint64_t v;
    return parse_digits(s, n, &v) && dy_kk_cardinal_u64(out, v);
}

bool dy_kk_ordinal_u64(dy_buf *out, uint64_t v)
{
    if (v >= CARDINAL_LIMIT)
        return false;
    dy_buf words = {0};
    put_cardinal(&words, v);
    /* The ordinal suffix goes on the last word only: мың тоғыз жүз он жеті+нші. */
    const char *last = strrchr(words.data, ' ');
    size_t head = last ? (size_t)(last + 1 - words.data) : 0;
    static const dy_kk_morph ord = DY_KK_ORD;
    dy_buf_append(out, words.data, head);
    dy_kk_inflect(out, words.data + head, &ord, 1);
    dy_buf_fini(&words);
    return true;
}

bool dy_kk_ordinal(dy_buf *out, const char *s, size_t n)
{
    uint64_t v;
    return parse_digits(s, n, &v) && dy_kk_ordinal_u64(out, v);
}

void dy_kk_digits(dy_buf *out, const char *s, size_t n)
{
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            continue;
        if (!first)
            dy_buf_putc(out, ' ');
        dy_buf_puts(out, number_word((uint64_t)(s[i] - '0')));
        first = false;
    }
}

/* ------------------------------------------------------------------------------------------------
 * Written suffix tails (7.1)
 * --------------------------------------------------------------------------------------------- */

#define TAIL_MAX 8
#define TAIL_FORMS_MAX 128

/* One written form of the inventory. */
typedef struct tail_form {
    dy_kk_morph morph;
    const char *s; /* not NUL-terminated */
    size_t len;
    bool post_poss;
} tail_form;

typedef struct tail_parse {
    const char *s; /* lower-cased tail */
    size_t n;
    int count;
    tail_form part[TAIL_MAX];
} tail_parse;

/* Appends to cand[] the forms of the space-separated list that start s[0..n), longest first. */
static void match_forms(dy_kk_morph m, const char *list, bool post_poss, const char *s, size_t n,
                        tail_form *cand, size_t *nc)
{
    for (const char *f = list; *f;) {
        size_t len = strcspn(f, " ");
        if (len > 0 && len <= n && memcmp(s, f, len) == 0 && *nc < TAIL_FORMS_MAX) {
            size_t k = (*nc)++;
            while (k > 0 && cand[k - 1].len < len) {
                cand[k] = cand[k - 1];
                k--;
            }
            cand[k] = (tail_form){m, f, len, post_poss};
        }
        f += len;
        f += strspn(f, " ");
    }
}

/* Depth-first search for a parse of s[pos..n) that respects the slot order; longer forms are tried
 * first, so "інші" is ORD, not POSS3 + something. */
static bool parse_from(tail_parse *p, size_t pos, slot min_slot)
{
    if (pos == p->n)
        return p->count > 0;
    if (p->count == TAIL_MAX)
        return false;
    tail_form cand[TAIL_FORMS_MAX];
    size_t nc = 0;
    for (size_t r = 0; r < COUNT(tail_rows); r++) {
        const char *rest = p->s + pos;
        size_t left = p->n - pos;
        match_forms(tail_rows[r].morph, tail_rows[r].forms, false, rest, left, cand, &nc);
        match_forms(tail_rows[r].morph, tail_rows[r].post_poss, true, rest, left, cand, &nc);
    }
    for (size_t c = 0; c < nc; c++) {
        slot s = morph_slots[cand[c].morph];
        if (s < min_slot || (s == SLOT_ALONE && pos != 0))
            continue;
        if (s == SLOT_ATTR && p->count > 0) {
            dy_kk_morph prev = p->part[p->count - 1].morph;
            if (morph_slots[prev] == SLOT_CASE && prev != DY_KK_LOC)
                continue; /* -дағы, -ндағы, but no *-данғы */
        }
        p->part[p->count++] = cand[c];
        if (parse_from(p, pos + cand[c].len, s == SLOT_ALONE ? SLOT_END : (slot)(s + 1)))
            return true;
        p->count--;
    }
    return false;
}

static bool ends_nasal(const char *word)
{
    size_t ncp;
    int32_t *cps = decode_lower(word, strlen(word), &ncp);
    bool nasal = ncp > 0 && final_class(cps, ncp) == CL_N;
    free(cps);
    return nasal;
}

int dy_kk_parse_tail_after(const char *word, const char *tail, size_t n, dy_kk_morph *chain,
                           int max)
{
    if (n == 0)
        return -1;
    size_t ncp;
    int32_t *cps = decode_lower(tail, n, &ncp);
    dy_buf low = {0};
    bool ok = true;
    for (size_t k = 0; k < ncp && ok; k++) {
        ok = dy_is_cyrillic(cps[k]) && dy_is_letter(cps[k]);
        dy_buf_put_cp(&low, cps[k]);
    }
    free(cps);
    tail_parse p = {.s = dy_buf_str(&low), .n = low.len};
    ok = ok && parse_from(&p, 0, SLOT_ALONE);

    int count = -1;
    if (ok) {
        dy_kk_morph m[TAIL_MAX + 1];
        int k = 0;
        bool has_poss = false;
        for (int i = 0; i < p.count; i++)
            has_poss |= p.part[i].morph == DY_KK_POSS3;
        for (int i = 0; i < p.count; i++) {
            const tail_form *f = &p.part[i];
            /* 7.1 step 5: a post-possessive ending implies the possessive the writer left out,
             * except -нан/-нен directly after a nasal, where it is the plain ablative (оннан). */
            bool plain_abl = f->morph == DY_KK_ABL && i == 0 && word && ends_nasal(word);
            if (f->post_poss && !has_poss && !plain_abl)
                m[k++] = DY_KK_POSS3;
            m[k++] = f->morph;
        }
        if (k <= max) {
            for (int i = 0; i < k; i++)
                chain[i] = m[i];
            count = k;
        }
    }
    dy_buf_fini(&low);
    return count;
}

int dy_kk_parse_tail(const char *tail, size_t n, dy_kk_morph *chain, int max)
{
    return dy_kk_parse_tail_after(NULL, tail, n, chain, max);
}

/* Is the word (exactly, lower case) a cardinal numeral of one word under a hundred, бір … тоқсан?
 */
bool dy_kk_is_cardinal_word(const char *s, size_t n)
{
    for (size_t k = 1; k < sizeof number_words / sizeof number_words[0]; k++)
        if (number_words[k].value < 100 && strlen(number_words[k].word) == n &&
            memcmp(number_words[k].word, s, n) == 0)
            return true;
    return false;
}
