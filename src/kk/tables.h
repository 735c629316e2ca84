/* Kazakh word lists that sentence splitting and normalization consult: letter names, months,
 * abbreviations, acronyms, Roman digits, the nouns that decide how a year, a century or a Roman
 * numeral is read, symbols. The lists are UTF-8 TSV files in src/kk/data/, compiled in, so a
 * Kazakh speaker can review and extend them without reading C
 * (kazakh-normalization.md sections 9, 10, 12, 17, 18, 20, 23). Every pointer returned points
 * into the lists, which live as long as the process: the caller frees nothing. */
#ifndef DY_KK_LEXICON_H
#define DY_KK_LEXICON_H

#include "core/util.h"

/* The conventional name of an upper- or lower-case Kazakh Cyrillic letter (section 20.2):
 * 'Р' -> "эр", 'М' -> "эм", 'Ә' -> "ә". NULL for anything else. */
const char *dy_kk_letter_name(int32_t cp);

/* If word[0..n) (any case) is a form of a month name, returns the month 1..12 and sets
 * *stem_len to the byte length of the stem ("қарашадағы" -> 11, stem "қараша").
 * Returns 0 otherwise. */
int dy_kk_month(const char *word, size_t n, size_t *stem_len);

/* The nominative name of month 1..12 ("қараша"), or NULL. */
const char *dy_kk_month_name(int month);
/* Section 10.1: the month 1..12 of a short month form written before a period ("қар" -> 11),
 * matched exactly; 0 otherwise. */
int dy_kk_month_abbr(const char *word, size_t n);

/* Sections 23.2 and 23.3: whether the period of an abbreviation can also end the sentence, before
 * a capitalised word (before a lower-case word, a digit or a symbol it never does). The period
 * column of abbreviations.tsv; its header comment explains each value. */
typedef enum dy_kk_abbr_end {
    DY_KK_END_CAPITAL,       /* follows what it qualifies (т.б., млн., ғ., a month): yes */
    DY_KK_END_YEAR,          /* ж., жж.: only before a sentence opener or a new line's signal */
    DY_KK_END_AFTER_NAME,    /* қ., обл.: after a capitalised name */
    DY_KK_END_AFTER_NUMBER,  /* т., б., сағ.: after a number or a Roman numeral */
    DY_KK_END_MONTH_OR_WORD, /* қаз., там.: after a day number; elsewhere an ordinary word */
    DY_KK_END_MONTH_OR_SEE,  /* қар.: after a day number; elsewhere (қараңыз) never */
    DY_KK_END_LANGUAGE_OR_WORD, /* орыс., араб.: never as a language; elsewhere an ordinary word */
    DY_KK_END_NAME_OR_WORD, /* ат.: never after a capitalised name (Абай ат. №5 мектеп);
                             * elsewhere an ordinary word (ат "horse") */
    DY_KK_END_NEVER,        /* stands before what it qualifies (проф., б.з.б.) */
} dy_kk_abbr_end;

/* An abbreviation written with periods (section 18), keyed without spaces: "т.б.", "б.з.б.". */
typedef struct dy_kk_abbr {
    const char *key;
    const char *words;       /* the expansion: "біздің заманымыздан бұрын" */
    const char *attributive; /* before a number or a Roman numeral ("б.з.б. V ғ." -> "...
                              * бұрынғы"), or NULL when it is the same */
    bool postpositive;       /* it follows what it qualifies (т.б.), so its period ends the
                              * sentence before a capital (section 23.2): end is CAPITAL */
    dy_kk_abbr_end end;      /* how its period can end a sentence (section 23.2) */
} dy_kk_abbr;
/* The entry for key[0..n) (case-sensitive) that this list reads (words or attributive not NULL;
 * words NULL: a unit's, said only before a number), or NULL. */
const dy_kk_abbr *dy_kk_abbreviation(const char *key, size_t n);
/* Any abbreviation written with periods, for the sentence splitter: also those that another
 * rule reads from context (units "т.", places "қ.", months "қаз.", languages, "ж." ...), whose
 * words are NULL; then the Russian ones of dy_kk_ru_abbreviation. key[0..n) is matched exactly
 * ("т.б.", no spaces). NULL if none. */
const dy_kk_abbr *dy_kk_abbr_written(const char *key, size_t n);
/* A Russian abbreviation of russian_abbreviations.tsv ("ул.", "т.е.", "млн"), for the Russian
 * rules: words is the Russian reading, attributive the prepositional form ("улице") or NULL.
 * dy_kk_abbr_written also returns these (after abbreviations.tsv), for the splitter. */
const dy_kk_abbr *dy_kk_ru_abbreviation(const char *key, size_t n);

/* Section 20.3: the reading of an acronym from the lexicon ("ҚР" -> "Қазақстан Республикасы",
 * "РКФСР" -> "эр ка эф эс эр", "НАТО" -> "нато"), words separated by spaces; NULL if absent.
 * word is matched exactly (case-sensitive). */
const char *dy_kk_acronym(const char *word, size_t n);
/* The name of a code of law whose acronym word[0..n) is (code_acronyms.tsv: ҚК -> "Қылмыстық
 * кодексі"), said before an article's number; NULL for any other word. */
const char *dy_kk_code_acronym(const char *word, size_t n);
/* What the TeX command name[0..n) (without its backslash) says (tex_commands.tsv): Kazakh words,
 * one character read by the Greek or symbol list ("≤" for "leq"), "" for a layout command that
 * says nothing; NULL for a command not in the list. Case-sensitive. */
const char *dy_kk_tex_command(const char *name, size_t n);

/* A word shortened with a hyphen or a slash (contractions.tsv: "к-сі" -> "көшесі", "т/керек" ->
 * "табу керек"): its spoken words, or NULL. word[0..n) is matched exactly. */
const char *dy_kk_contraction(const char *word, size_t n);

/* Section 12 rule 1: the value of a Roman digit written in Latin (I V X L C D M) or with a
 * Cyrillic look-alike (І, Х, С, М, Л, and Ү or У typed for V); 0 for anything else. Upper case
 * only. */
int dy_kk_roman_digit(int32_t cp);

/* Section 12 rule 2: a form of a noun that a Roman numeral numbers. Returns DY_KK_NOUN_CENTURY
 * for ғасыр, мыңжылдық, том (the nouns after which a lone С, М, Л, D is a numeral too),
 * DY_KK_NOUN_NUMBERED for the others (съезі, орын/орны, жүлде, тарау, жартысы ...), 0 if not. */
enum { DY_KK_NOUN_NUMBERED = 1, DY_KK_NOUN_CENTURY = 2 };
int dy_kk_numbered_noun(const char *word, size_t n);

/* Section 9, row 1 (and section 12 rule 4): a noun of part of a year or century with its
 * possessive ("соңы", "басында", "көктемінде", "ішінде"). */
bool dy_kk_is_part_of_year(const char *word, size_t n);
/* Section 7.6 rule 3: the largest number that numbers word as an ordinal without a hyphen:
 * 2 for жартысы, 4 for ширегі and тоқсаны (any case after the possessive); 0 for other words. */
int dy_kk_part_limit(const char *word, size_t n);
/* Section 9, exceptions: a word after "жыл" that makes the number a duration ("бұрын", "бойы"). */
bool dy_kk_is_duration_word(const char *word, size_t n);
/* Section 9, row 4: a form of a noun of the event/document list ("көтеріліс", "съезі",
 * "санағы"): a stem of the list followed by nothing or by a suffix chain. *bare (may be NULL)
 * tells whether it is the bare stem (the nominative, for the finite-verb exception). */
bool dy_kk_is_event_noun(const char *word, size_t n, bool *bare);

/* Section 20.3 (genitive): a possessed noun of possessed_nouns.tsv that makes an acronym's full
 * name before it genitive ("академигі", "мүшесіне": the listed form followed by nothing or a
 * suffix chain), or with modifier, a word that may stand between them ("корреспондент"), as
 * written. Case-insensitive. */
bool dy_kk_is_possessed_noun(const char *word, size_t n, bool modifier);

/* A city shortened in a book's imprint (imprint_places.tsv): "А." -> "Алматы", "М." -> "Мәскеу";
 * written[0..n) with its period, matched exactly. NULL if none. */
const char *dy_kk_imprint_place(const char *written, size_t n);

/* A weekday shortened to two letters in opening hours (weekday_abbreviations.tsv): "ДС" ->
 * "дүйсенбі"; written[0..n) matched exactly. NULL if none. */
const char *dy_kk_weekday_abbr(const char *written, size_t n);

/* A chemical element's symbol in a formula (chemical_elements.tsv): "Cu" -> "купрум", "O" ->
 * "о"; symbol[0..n) matched exactly (case-sensitive). NULL if none. */
const char *dy_kk_chemical_element(const char *symbol, size_t n);

/* Section 23.3: a sentence opener (Бұл, Ол, Ал, Бірақ ...), matched exactly. */
bool dy_kk_is_sentence_opener(const char *word, size_t n);

/* Section 18: the scale word that an abbreviation after a number stands for ("млн" ->
 * "миллион", "млрд", "трлн"), or NULL. Case-sensitive. */
const char *dy_kk_scale_word(const char *word, size_t n);

/* The Kazakh word for a symbol standing alone ("%" -> "пайыз", "№" -> "нөмір"), or NULL. */
const char *dy_kk_symbol_word(int32_t cp);

/* Longest word (in bytes, lower-cased) the word lists look at; longer words match nothing. */
#define DY_KK_WORD_MAX 128
/* Lower-cases word[0..n) into out[0..cap) with a terminating NUL; returns its length, or
 * SIZE_MAX when it does not fit (out is then unspecified). No allocation. */
size_t dy_kk_lower_to(char *out, size_t cap, const char *word, size_t n);

/* Lower-cases a UTF-8 word into out. */
void dy_kk_lower(dy_buf *out, const char *word, size_t n);

/* Sections 15 and 16: a unit of measure or a currency written after a number ("км" ->
 * "километр", "тг" -> "теңге", "$" -> "доллар"). */
typedef struct dy_kk_unit {
    const char *key; /* as written (the abbreviation without its period) */
    const char *word; /* the spoken word, singular ("шаршы метр" for "м²" is built by the caller) */
    const char *minor; /* a currency's minor unit ("тиын"), or NULL; non-NULL marks a currency */
    bool period;       /* may be written with a period ("гр.", "руб.", "мин.") */
} dy_kk_unit;
/* The unit abbreviation or currency word word[0..n): matched exactly, then, for abbreviations
 * of two or more letters, case-insensitively (КВТ, квт = кВт; мвт = МВт). NULL if none. */
const dy_kk_unit *dy_kk_unit_word(const char *word, size_t n);
/* A currency sign (₸ $ € ₽ £ ¥), or NULL. */
const dy_kk_unit *dy_kk_currency_sign(int32_t cp);
/* Section 7.4 rule 1: word[0..n) is a form of a full unit, currency or measure word (метр,
 * тоннаға, теңгеден, метрлік). */
bool dy_kk_is_measure_word(const char *word, size_t n);
/* Is word[0..n) one of those words exactly, with no ending (литр, тонна)? */
bool dy_kk_is_measure_stem(const char *word, size_t n);
/* Section 7.4 rules 2-3: the length in bytes of the time noun (секунд, минут, сағат, тәулік,
 * күн, апта, ай) that word[0..n), lower-cased into lower, begins with; 0 if none. */
size_t dy_kk_time_noun(const char *lower);
/* Section 7.6 rule 2: a form of a document-part noun (қосымша, бап, тармақ, тармақша, абзац,
 * бөлім, тарау, параграф, сынып, курс, топ, том): the stem, then nothing or a suffix chain. */
bool dy_kk_is_doc_noun(const char *word, size_t n);
/* A noun that counts people or things (count_nouns.tsv: адам, дана, тұрғын ...), in any case. */
bool dy_kk_is_count_noun(const char *word, size_t n);

/* Section 7.4: an adjective that counts what it names, or an age ("9-қабатты үй", "2-бөлмелі",
 * "100-орындық", "5-жастағы", "5-жасар"): a number before it with a hyphen stays a cardinal
 * (count_adjectives.tsv; a stem followed by nothing or by noun suffixes). */
bool dy_kk_is_count_adjective(const char *word, size_t n);
/* Section 7.4 rule 5: a word that makes "N-минутта" count which minute (timeline_cues.tsv: гол,
 * матч, жүктілік ...), in any case. */
bool dy_kk_is_timeline_cue(const char *word, size_t n);
/* Of those, a word of a goal itself (kind goal: гол, шайба, пенальти …), in any case. */
bool dy_kk_is_goal_word(const char *word, size_t n);
/* Section 12: a word that opens a section heading after "І." (heading_words.tsv: Кіріспе, Жалпы,
 * тест ...), any case: the І is the numeral бірінші there, not an initial. */
bool dy_kk_is_heading_word(const char *word, size_t n);
/* Section 7.6: a word that names a value before a colon and a number ("Жауабы: 1.", "Саны:",
 * value_words.tsv), any case: the number there is the value, not a list's first label. */
bool dy_kk_is_value_word(const char *word, size_t n);
/* An English word common in names (english_name_words.tsv: News, Open, Motors ...), any case. */
bool dy_kk_is_english_name_word(const char *word, size_t n);
/* Section 17.1: a form of a noun of a legal act or an official paper (қаулы, жарлық, бұйрық,
 * шешім, заң …, act_nouns.tsv) in any case of its letters: the stem, then nothing or a suffix
 * chain ("Қаулысымен", "Жарлығына"). */
bool dy_kk_is_act_noun(const char *word, size_t n);
/* Section 7.6 rule 2: a word after the noun that makes a counting frame (тұрады, бөлінді ...),
 * or a quantity word before the number (барлығы, тек ...). */
bool dy_kk_is_counting_verb(const char *word, size_t n);
bool dy_kk_is_quantity_word(const char *word, size_t n);

/* A city that opens a dateline or an imprint with a bare year (cities.tsv), in any case. */
bool dy_kk_is_city(const char *word, size_t n);

/* Sections 18 and 18.1: abbreviations of places and of the year and century nouns that follow
 * what they qualify ("Алматы қ." -> "Алматы қаласы", "обл-ы" -> "облысы", "ғ-лар"). */
typedef struct dy_kk_place {
    const char *key;  /* without the period: "қ", "обл" */
    const char *base; /* the base word: "қала" */
    bool after_name; /* read only after a capitalised name (қ, обл, ауд, а, көш, даң) */
    bool bare;       /* read without its period too, after a name ("Алматы обл") */
} dy_kk_place;
const dy_kk_place *dy_kk_place_abbr(const char *word, size_t n);

/* Section 18: language abbreviations ("гр." -> "грекше", before тіл "грек"). */
typedef struct dy_kk_lang {
    const char *key;    /* without the period */
    const char *adverb; /* грекше */
    const char *name;   /* грек */
    bool is_word; /* орыс, араб are Kazakh words: only in the positions of section 18 */
} dy_kk_lang;
const dy_kk_lang *dy_kk_language_abbr(const char *word, size_t n);

/* Section 21: a known top-level domain ("kz", "com"), case-insensitive ASCII. */
bool dy_kk_is_tld(const char *label, size_t n);
/* A known file name extension ("pdf", "docx", file_extensions.tsv), in lower or upper case
 * ("PDF", not "Pdf"). */
bool dy_kk_is_file_extension(const char *ext, size_t n);
/* A form of a noun of what has seats (seat_nouns.tsv: автобус, зал, кереует ...): a number
 * before орын near it counts seats. */
bool dy_kk_is_seat_noun(const char *word, size_t n);
/* A form of a noun that a section number "N.M" labels (section_nouns.tsv: сурет, кесте,
 * тармақ ...): "1.1-сурет" is бір, бірінші сурет, not a decimal. *bare (may be NULL) says
 * whether it is the stem alone ("Параграф 5.2", not "Бөлімде 2.5 кг"). */
bool dy_kk_is_section_noun(const char *word, size_t n, bool *bare);
/* A form of a noun that Latin capitals before it name (letter_nouns.tsv): with geometry, points
 * and figures ("AB кесіндісі", "ABC үшбұрышы"); else a group, a level, a category ("D тобында",
 * "B деңгейі"). */
bool dy_kk_is_letter_noun(const char *word, size_t n, bool geometry);
/* An abbreviation's second reading (abbreviation_senses.tsv), said when a word of the sentence
 * starts with one of cues and none with one of unless (space-separated lower-case stems): "т.ғ.к."
 * is техника ғылымдарының кандидаты beside "инженер", "техникалық". */
typedef struct dy_kk_sense {
    const char *spoken, *cues, *unless;
} dy_kk_sense;
/* The second reading of the abbreviation key[0..n) (as in abbreviations.tsv), or false. */
bool dy_kk_abbreviation_sense(const char *key, size_t n, dy_kk_sense *out);
/* Section 21, opts->no_latin_voice: appends a Cyrillic spelling of the Latin word[0..n) for the
 * Kazakh voice ("Microsoft" -> "микрософт"), lower case, from a table of digraphs and letters.
 * Non-Latin characters are copied. */
void dy_kk_latin_to_cyrillic(dy_buf *out, const char *word, size_t n);
/* The English name of a Latin letter in Cyrillic ('k' -> "кей", 'z' -> "зет"), or NULL. */
const char *dy_kk_latin_letter_name(int32_t cp);
/* The school name of a Greek letter in Cyrillic ('π' -> "пи", 'Δ' -> "дельта"), or NULL. */
const char *dy_kk_greek_letter_name(int32_t cp);

/* Loads every list afresh and checks it: the header names the expected columns, every row has
 * them all, no key is listed twice, yes/no and kind columns hold their values, and every
 * abbreviation written with a period that a list reads is in abbreviations.tsv and the other way
 * round. DY_OK, or DY_ERR_INPUT with d naming file:line. The lookups above load the lists the
 * same way the first time one is needed, and abort if they do not load: a malformed list is a
 * programming error that the unit test of this function catches. */
dy_status dy_kk_tables_check(dy_diag *d);

#endif
