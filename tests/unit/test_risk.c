/* The guess finder (src/normalize/risk.c, what `dauys check` lists): sentences normalized, then
 * scanned; each case lists the findings expected as "kind: source [note]", in order. The cases
 * without findings are the readings that are no guess (a listed acronym, a unit, a time with its
 * clock word, a Roman numeral read as one). */
#include "helpers.h"

#include <stdio.h>
#include <string.h>

#include "normalize/normalize.h"
#include "normalize/risk.h"

static const struct risk_case {
    const char *text;
    bool no_latin_voice;
    const char *want; /* findings joined by " | " */
} cases[] = {
    /* acronym-spelled: in no list, read by letter names; a listed or word-like one is none */
    {"Ол ЖЖЖ деді.", false, "acronym-spelled: ЖЖЖ"},
    /* language: a Russian sentence, Kazakh in Latin letters: the sentence, not its words */
    {"Он сказал, что это было в 1917 г. на улице.", false,
     "language: Он сказал, что это было в 1917 г. на улице. [Russian, read by the ru voice]"},
    {"Búgin aýa raıy jyly bolady.", false,
     "language: Búgin aýa raıy jyly bolady. [Kazakh in Latin letters, read in Cyrillic]"},
    {"Ол ЖЖЖ-ға барды.", false, "acronym-spelled: ЖЖЖ"},
    {"ҚР Үкіметі мен НАТО және ТМД.", false, ""},
    {"ЖЕЗ ТУРАЛЫ ХАБАР", false, ""},                     /* a heading in capitals: read as words */
    {"ЖЖЖ ТУРАЛЫ ХАБАР", false, "acronym-spelled: ЖЖЖ"}, /* but no word without a vowel */
    /* abbreviation-unknown: inside the sentence, or without a vowel; listed ones are none */
    {"Кітап бүг. күні алынды.", false, "abbreviation-unknown: бүг."},
    {"Ол алма, шт. алды.", false, "abbreviation-unknown: шт."},
    /* a Russian abbreviation that only the Russian rules read is unread in a Kazakh sentence */
    {"Ол стр. 5 қарады.", false, "abbreviation-unknown: стр."},
    {"Ол т.б. кітаптарды оқыды.", false, ""},
    {"Ол 5 км жүрді, т.с.с. істеді.", false, ""},
    {"Ол үйге келді.", false, ""}, /* a period that ends the sentence */
    /* mixed-script */
    {"Ресейдiң астанасы.", false, "mixed-script: Ресейдiң [folded]"},
    {"Ол Қазақstan жерінде.", false, "mixed-script: Қазақstan [not repaired]"},
    {"XVIIғ өмір сүрген.", false, "mixed-script: XVIIғ [folded]"}, /* read: он жетінші ғасырда */
    /* latin: fragments, the voice that reads them, Roman numerals no rule read */
    {"Microsoft Word бағдарламасы.", false, "latin: Microsoft Word [English voice]"},
    {"Microsoft Word бағдарламасы.", true, "latin: Microsoft Word [spelled]"},
    {"Ол e-mail жазды.", false, "latin: e-mail [English voice]"},
    {"Ол (IV) деп жазды.", false, "latin: IV [a Roman numeral?]"},
    {"Заң № 123-III күшіне енді.", false, ""}, /* read: нөмір жүз жиырма үш - үшінші */
    {"Ол XV ғасырда өмір сүрді.", false, ""},
    {"Сайт: kitap.kz екен.", false, ""},
    /* Kazakh in Latin letters is read in Cyrillic, with or without the Latin voice */
    {"Деп хабарлайды Azattyq Ruhy тілшісі.", false, ""},
    {"Деп хабарлайды Azattyq Ruhy тілшісі.", true, ""},
    /* number-fallback */
    {"Ол 10 шт алды.", false, "number-fallback: 10 шт"},
    {"Қашықтығы 180 ft.", false, "number-fallback: 180 ft | latin: ft [English voice]"},
    {"3.2.1 бөлімді оқы.", false, "number-fallback: 3.2.1"},
    {"1.1 Кіріспе", false, "number-fallback: 1.1"},
    {"Тиындар 5, 65 теңге болды.", false, "number-fallback: 5, 65"},
    {"Бағамы 481, 29 теңге.", false, ""},
    {"Өткізгіштен 0, 4 А ток өтті.", false, "number-fallback: 0, 4"},
    {"Ол 5, 4 кг алды.", false, ""},
    /* a list: five, four kilograms */ /* read: төрт жүз сексен бір теңге жиырма тоғыз тиын */
    {"Ол 5 кг алма алды, 2 млн теңге төледі.", false, ""},
    {"Ол 31 жыл өмір сүрді.", false, ""},
    {"Барлығы 25 адам келді.", false, ""},
    /* time-or-decimal */
    {"Кездесу 9.30 болады.", false, "time-or-decimal: 9.30"},
    {"Кездесу 9.30-да болады.", false, "time-or-decimal: 9.30"},
    {"Сағат 9.30 кезде келді.", false, ""},
    {"Кездесу 9:30-да болады.", false, ""},
    {"Ол 12.05.2020 келді.", false, ""},
    {"Ұзындығы 2.50 м.", false, ""},
    /* list-number: a list's number cut off at the end of a sentence; a count there is none */
    {"Жауабы: 1.", false, "list-number: 1."},
    {"Жауабы 12.", false, ""},
    /* year-or-number: a year-like number with nothing to count after it */
    {"2017", false, "year-or-number: 2017"},
    {"№2, 75-том 2022", false, "year-or-number: 2022"},
    {"Ол 2017 жылы келді.", false, ""},
    {"Саны 1500 адам болды.", false, ""},
    {"Файл IMG 1066", false, "latin: IMG [English voice]"}, /* a code's number */
    /* range-sign: a minus on the first end only */
    {"Баға -4-6% өзгерді.", false, "range-sign: -4-6"},
    {"Түнде -4-6°С болады.", false, ""}, /* a temperature range: both ends are read below zero */
    {"Түнде -4-(-6)°С, күндіз 2-4°С болады.", false, ""},
    /* spaced-suffix: a case ending after a spaced dash; a word after a dash is none */
    {"Жоба – тың мақсаты.", false, "spaced-suffix: Жоба – тың"},
    {"Sulpak - та жеңілдік.", false, "latin: Sulpak [English voice]"}, /* read Sulpak-та */
    {"Ол - мұғалім.", false, ""},
    /* decimal-or-thousands: a comma and three digits, however it was read */
    {"Барлығы 579,403 адам.", false, "decimal-or-thousands: 579,403"},
    {"Аумағы 97,993 км2.", false, "decimal-or-thousands: 97,993"},
    {"Дозасы 0,005 г, бюджеті 1,125 млрд теңге, 2,50 кг.", false, ""},
    /* month-russian: a Kazakh ordinal day before a Russian month left as written */
    {"8 март 2020 ж.", false, "month-russian: 8 март"},
    {"8 марта 2020 г.", false, ""}, /* the genitive is read as the Kazakh month */
    {"Мереке 9 май күні.", false, "month-russian: 9 май"},
    {"Мереке 9 мамыр күні, 16.11.2012 отбасылар.", false, ""},
    /* year-count: a year-like number read as a span before an inflected жыл */
    {"Министрлігі 1996 жылдың ішінде көшсін.", false, "year-count: 1996 жылдың"},
    {"Бұл 542 жылдың оқиғасы.", false, ""}, /* read as a year by the year rule */
    {"Туғанына 125 жыл, құрылғанына 300 жылдан астам, 1000 жылдық тарих.", false, ""},
    {"Ол 1996 жылы келді.", false, ""},
    /* acronym-defined: an acronym read by the expansion the text writes beside it */
    {"А) ҚР — Қазақстан Республикасы;", false, "acronym-defined: ҚР"},
    {"Қазақстан Республикасы Ғылым академиясы (бұдан былай – ҚР ҒА) құрылды.", false,
     "acronym-defined: ҚР | acronym-defined: ҒА"},
    {"ҚР Үкіметі мен Қазақстан халқы.", false, ""},
    /* glued-words: two Cyrillic words run together; a brand in Latin or a short head is none */
    {"Қолданылатын терминдерДата көрсетілген.", false, "glued-words: терминдерДата"},
    {"Ол бес мл шәрбатСироп ішті.", false, "glued-words: шәрбатСироп"},
    {"ҚазМұнайГаз компаниясы.", false, ""},
    {"Ол WhatsApp арқылы жазды.", false, "latin: WhatsApp [English voice]"},
    /* tex-command: a command of an inline TeX span the tex rule does not know; a double backslash
     * before a letter is a line break, and the span's letters are no Latin words */
    {"$\\overline{AB}$ кесіндісі берілген.", false, "tex-command: \\overline [said nothing]"},
    {"$x_{1}=0 \\\\x_{2}\\cdot y=1$ болсын.", false, ""},
};

/* The findings of text as "kind: source [note] | ...". */
static void scan(const char *text, bool no_latin_voice, dy_buf *got)
{
    dy_utt u = {0};
    u.src = (dy_span){0, strlen(text)};
    dy_norm_opts opts = {NULL, no_latin_voice};
    dy_normalize_with(text, &u, &opts);
    dy_risk_vec found = {0};
    dy_risk_scan(text, &u, NULL, &found);
    for (size_t i = 0; i < found.len; i++) {
        const dy_risk *r = &found.items[i];
        if (i)
            dy_buf_puts(got, " | ");
        dy_buf_puts(got, dy_risk_name(r->kind));
        dy_buf_puts(got, ": ");
        dy_buf_append(got, text + r->src.start, r->src.end - r->src.start);
        if (r->note) {
            dy_buf_puts(got, " [");
            dy_buf_puts(got, r->note);
            dy_buf_putc(got, ']');
        }
        assert_true(r->spoken.start <= r->spoken.end && r->spoken.end <= u.spoken.len);
    }
    DY_VEC_FREE(&found);
    dy_utt_fini(&u);
}

static void test_cases(void **state)
{
    (void)state;
    int failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dy_buf got = {0};
        scan(cases[i].text, cases[i].no_latin_voice, &got);
        if (strcmp(dy_buf_str(&got), cases[i].want) != 0) {
            fprintf(stderr, "FAIL '%s'%s:\n  want '%s'\n  got  '%s'\n", cases[i].text,
                    cases[i].no_latin_voice ? " (no_latin_voice)" : "", cases[i].want,
                    dy_buf_str(&got));
            failed++;
        }
        dy_buf_fini(&got);
    }
    assert_int_equal(failed, 0);
}

/* Every kind has a name, and the names are distinct. */
static void test_names(void **state)
{
    (void)state;
    for (int a = 0; a < DY_RISK_KINDS; a++) {
        assert_true(strcmp(dy_risk_name((dy_risk_kind)a), "?") != 0);
        for (int b = a + 1; b < DY_RISK_KINDS; b++)
            assert_true(strcmp(dy_risk_name((dy_risk_kind)a), dy_risk_name((dy_risk_kind)b)));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
