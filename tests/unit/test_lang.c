/* The language of a sentence (src/text/lang.c dy_lang_detect): real sentences in Kazakh,
 * Russian, English and Latin-script Kazakh (2021 and 2018 alphabets), and mixed ones (a Kazakh
 * sentence with a Russian name or title stays Kazakh); and every sentence of the corpus
 * (tests/corpus/sentences.tsv, Kazakh news and books) is neither Russian nor Latin Kazakh. */
#include "helpers.h"

#include <string.h>

#include "text/lang.h"

static const struct lang_case {
    const char *text;
    dy_lang want;
} cases[] = {
    /* ---- Kazakh, from tests/corpus/sentences.tsv ---- */
    /* https://qazaqtimes.com/kk/article/53569 */
    {"Бүгін қазақ халқының КСРО қыспағынан босап, еркін ел болғанына 27 жыл толып отыр.",
     DY_LANG_KK},
    /* https://kazaknews.kz/?p=48034 */
    {"“Бірінші онкүндікте ауа температурасы: батыста кезеңнің ортасында түнде 0,+5°С дейін, күндіз "
     "+12+17°С дейін; солтүстікте, солтүстік-батыста, орталықта және шығыста кезеңнің ортасында "
     "және соңында түнде -1-8°С дейін, күндіз 0,+7°С дейін”, – делінген хабарламады.",
     DY_LANG_KK},
    /* http://emirsaba.org/pikir-jazfandar-keribaev-b-b/emirsaba.org/pikir-jazfandar-keribaev-b-b.html?page=28
     */
    {"Қазақ хандығы — шаруашылықтың дамуы, өндіргіш күштердің өсуі, феодалдық қатынастардың "
     "қалыптасуы нәтижесінде ерте заманнан бері Орта Азияның ұлан-байтақ өңірін мекендеген "
     "көшпенді тайпалардың бірыңғай этникалық топ — қазақ халқының негізінде бірігуі арқылы "
     "XY-ғасырдың орта шенінде құрылды.",
     DY_LANG_KK},
    /* https://baq.kz/amp/news/othernews/n-yu-yorkte-buu-bas-assambleyasynyn-76-shy-sessiyasy-ashyldy_261481
     */
    {"Нұр-Сұлтан, BAQ.KZ.", DY_LANG_KK},
    /* a formula's variables are no English words ("x₁ = 2"), in a Kazakh school problem */
    {"Түбірлері: x₁ = 2, x₂ = 3.", DY_LANG_KK},
    {"v₀ = 5 м/с, t₁ және t₂", DY_LANG_KK},
    /* https://adilet.zan.kz/kaz/docs/Z940009000_/compare/rus */
    {"Негiзгi терминдер мен ұғымдар", DY_LANG_KK},
    /* https://sputnik.kz/20250904/egis-alqabynyn-ushten-bir-boliginen-astyq-zhinaldy-56823465.html
     */
    {"Қазақстанда 4,6 млн гектардан 6,5 млн тонна астық жиналды.", DY_LANG_KK},
    /* https://ult.kz/post/ubt-dan-140-upay-zhinagan-kyz-altyn-belgige-umitker-bolmagan */
    {"Орыс тілінен Халықаралық Олимпиадада 3-орын алған.", DY_LANG_KK},
    /* http://adilet.zan.kz/kaz/docs/V2300033329 */
    {"1. Осы бұйрыққа 1 қосымшаға сәйкес Әлеуметтік қызметтер порталын қағидалары бекітілсін.",
     DY_LANG_KK},
    /* https://tolqyn.kz/kogam/page/1568 */
    {"Ауданымызда өткен тәулік бойынша коронавирус инфекциясын жұқтырудың 2 дерегі анықталды.",
     DY_LANG_KK},
    /* http://azh.kz/kz/news/view/6835 */
    {"Пойыз құрамында 27 вагон бар, оның 2-уі люкс санатындағы «Гранд» (душы бар екі орынды), 2 "
     "купе - «Бизнес» (екі орынды), «Турист» санатындағы 18 жолаушылар вагоны (төрт орынды), 2 "
     "техникалық, 1 вагон-конвертор, 1 вагон-мейрамхана және 1 вагон-барды құрайды.",
     DY_LANG_KK},
    /* http://infonews.kz/%d0%ba%d0%b5%d0%bd%d1%82%d0%b0%d1%83-%d2%9b%d0%b0%d0%bb%d0%b0-%d3%99%d0%ba%d1%96%d0%bc%d1%96-%d0%b6%d0%b0%d0%bd%d0%b4%d0%be%d1%81-%d1%82%d0%b0%d1%81%d0%be%d0%b2-%d1%88%d0%b0%d1%80%d1%83%d0%b0%d2%9b
     */
    {"Өткен жылы мемлекеттен несие алып, 12 бас жылқы алған.", DY_LANG_KK},
    /* https://kaztag.kz/kz/news-of-the-day/almatyda-otyz-sha-ty-y-shamaudanny-atauy-zgertildi */
    {"9 қаңтар.", DY_LANG_KK},
    /* ---- Kazakh with Russian names, titles, loanwords and homographs (он, не, да, от) ---- */
    {"Мен Александр Сергеевич Пушкиннің өлеңдерін оқыдым.", DY_LANG_KK},
    {"Абай Лермонтовтың «Горные вершины спят во тьме ночной» өлеңін аударған.", DY_LANG_KK},
    {"(орыс. Каменный пояс)", DY_LANG_KK},
    {"Он бала келе жатыр, не болды?", DY_LANG_KK},
    {"Ол да от жақты.", DY_LANG_KK},
    {"В.И.Лениннің еңбектері.", DY_LANG_KK},
    {"Жамбыл ауд-на", DY_LANG_KK},
    {"Ол Microsoft компаниясында жұмыс істейді.", DY_LANG_KK},
    {"Qalamger.kz сайтында", DY_LANG_KK},
    /* names decide nothing: a match's goal line, a byline, quoted Latin names, a dotted
     * abbreviation's letters (тағы сол сияқты), an indexed charge */
    {"1:0 — Хмелевский (Семёнов, Яшкин) — 30:45", DY_LANG_KK},
    {"Рашит КАРЕНОВ", DY_LANG_KK},
    {"Рейстерді «Fly Arystan», «SCAT» және «Qazaq Air» орындайды.", DY_LANG_KK},
    {"Мысалдар т.с.с. көп.", DY_LANG_KK},
    {"q1=-20 мкКл=-20•10-6 Кл q2=12 мкКл=12•10-6 Кл", DY_LANG_KK},
    /* a short Russian phrase with no function word stays Kazakh (read by the Kazakh voice) */
    {"Спасибо большое.", DY_LANG_KK},
    /* ---- Russian ---- */
    /* a title-case Russian phrase with no number is no line of names */
    {"Государственное Коммунальное Предприятие", DY_LANG_RU},
    /* http://engime.org/duhovnie-lideri-ebu-nasir-el-farabi.html?page=7 */
    {"Абай Кунанбаев (1845-1904 гг.) – великий казахский поэт, просветитель, писатель, лингвист, "
     "общественный деятель.",
     DY_LANG_RU},
    {"Названный при рождении Ибрагимом, Абай Кунанбаев родился в 1845 г. в Семипалатинском уезде "
     "современной Восточно-Казахстанской области.",
     DY_LANG_RU},
    {"Отцом Абая был Кунанбай - крупный бай из рода тобыкты племени аргын.", DY_LANG_RU},
    {"В детстве Абай изучал арабский и персидский языки в Семипалатинском медресе и одновременно "
     "посещал русскую школу.",
     DY_LANG_RU},
    {"Песня на стихи Абая «Көзімнің қарасы» стала одной из любимых народных песен, а всего поэтом "
     "было написано около 170 стихотворений.",
     DY_LANG_RU},
    /* https://tatarica.org/ru/razdely/kultura/literatura/personalii/kunanbaev-konanbaev-abaj-ibragim
     */
    {"Сын старшего султана Каркаралинского внешнего округа Кунанбая Ускенбаева.", DY_LANG_RU},
    {"С 10 лет обучался в медресе города Семипалатинск (заведующий – татарин Ахмет Риза), "
     "одновременно посещал русскую школу.",
     DY_LANG_RU},
    {"Сочинительством начал заниматься в годы учебы в медресе.", DY_LANG_RU},
    /* https://flibusta.in/a/118284-abay-kunanbaev */
    {"Абай учился в Семипалатинске в медресе, которым руководил мулла Ахмет Риза, а также посещал "
     "русскую школу.",
     DY_LANG_RU},
    {"Он говорил на арабском, персидском и других восточных языках.", DY_LANG_RU},
    /* https://www.lada.kz/another_news/56020-kogda-udostovereniya-lichnosti-budut-vypuskat-na-latinice.html
     */
    {"Об этом заявил вице-министр культуры и спорта Ерлан Кожагапанов, передает корреспондент "
     "Tengrinews.kz.",
     DY_LANG_RU},
    /* http://ru.zhambylnews.kz/news/20880-nazarbaev-podpisal-ukaz-o-perevode-alfavita-na-latinicu.html
     */
    {"Контроль за исполнением указа возложен на Администрацию Президента РК.", DY_LANG_RU},
    /* https://ibirzha.kz/nazarbaev-utverdil-novyj-kazahskij-alfavit-na-latinitse/ */
    {"Указ вводится в действие со дня его опубликования.", DY_LANG_RU},
    {"В 1917 г. в России произошла революция, и т.д.", DY_LANG_RU},
    /* ---- Kazakh in the 2021 Latin alphabet ---- */
    /* https://en.wikipedia.org/wiki/Kazakh_alphabets (the 1902 text transliterated) */
    {"Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ üiıne kelıp "
     "qonypty.",
     DY_LANG_KK_LATIN},
    {"Qazymenen söilesıp, qazyny sözge jeñe berıptı.", DY_LANG_KK_LATIN},
    {"Sonda qazy qorqyp, — „Būl mağan kelgen bala - menıñ qazylyğymdy tartyp alsa kerek!",
     DY_LANG_KK_LATIN},
    {"Ne de bolsa, būğan jalynyp, syi berıp, ornymda qalaiyn!", DY_LANG_KK_LATIN},
    {"— dep, qatynyna aqyldasypty.", DY_LANG_KK_LATIN},
    {"Qazaqstan Respublikasy 2021 jyly täuelsızdıgınıñ 30 jyldyğyn atap öttı.", DY_LANG_KK_LATIN},
    /* ---- Kazakh in the 2018 Latin alphabet ---- */
    /* https://qz.inform.kz/news/aksh-tyn-taldau-ortalygy-kazakstan-turaly-makala-zhariyalady_a3029785
     */
    {"AQSh-tyń taldaý ortalyǵy Qazaqstan týraly maqala jarııalady", DY_LANG_KK_LATIN},
    {"Sondaı-aq Nursultan Nazarbaev 2025 jylǵa qaraı barlyq is qaǵazdary, merzimdi basylymdar men "
     "kitaptardy latynmen shyǵarýdy tapsyrdy.",
     DY_LANG_KK_LATIN},
    {"Osman jáne Reseı ımperııalary qulaǵannan keıin túrik halyqtary arab jáne latyn álipbılerin "
     "paıdalanyp keldi.",
     DY_LANG_KK_LATIN},
    /* http://www.qazaqtili.com/2018/06/14/ (Erdembekov, Kýrt) */
    {"Álipbıdiń ózgerýi – qazaq ultynyń tarıhyndaǵy mańyzdy betburystardyń biri.",
     DY_LANG_KK_LATIN},
    /* ---- English ---- */
    /* http://calendr.net/person/2233 */
    {"Abay Kunanbayev born (July 29) 10 August in 1845 Chingiz mountains of the Semipalatinsk "
     "region, in the family of a feudal lord Kunanbai Uskenbaeva.",
     DY_LANG_EN},
    {"He attended a madrassa — a Muslim school, is a both a high school and seminary.", DY_LANG_EN},
    {"Abay found his calling was to acquaint his people with the achievements of Western culture.",
     DY_LANG_EN},
    {"He acted as an interpreter and popularizer of western literature.", DY_LANG_EN},
    /* https://iie.kz/?p=26195&lang=en */
    {"The mother of the future poet Ulzhan originated from the Karakessek kin of the same Argyn "
     "tribe.",
     DY_LANG_EN},
    {"Zere, who knew many legends and tales of the Kazakh people, made a great contribution to the "
     "spiritual education of her grandson.",
     DY_LANG_EN},
    {"The Qazaq language is spoken in Kazakhstan.", DY_LANG_EN},
    /* ---- inline TeX: its commands and variables are no English (text/tex.h), money is none ----
     */
    /* https://matol.kz/comments/1792/show?lang=kz */
    {"Екі теңдеуді қосайық: $x_{1}+x_{2}+x_{1}\\cdot x_{2}=-\\frac{b}{a}+\\frac{b}{a}=0.$",
     DY_LANG_KK},
    {"$(x_{1}+1)\\left ( x_{2}+1 \\right )=1.$", DY_LANG_KK},
    {"The price rose from $5 to $10 last week.", DY_LANG_EN},
    /* ---- nothing to go by ---- */
    {"", DY_LANG_KK},
    {"2021.", DY_LANG_KK},
};

static void test_sentences(void **state)
{
    (void)state;
    int failures = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *t = cases[i].text;
        dy_lang got = dy_lang_detect(t, (dy_span){0, strlen(t)});
        if (got != cases[i].want) {
            print_error("\"%s\": %s, expected %s\n", t, dy_lang_tag(got),
                        dy_lang_tag(cases[i].want));
            failures++;
        }
    }
    assert_true(sizeof cases / sizeof *cases >= 40);
    if (failures)
        fail_msg("%d of %zu sentences", failures, sizeof cases / sizeof *cases);
}

/* The corpus is Kazakh: no sentence of it is taken for Russian or for Latin Kazakh (a Latin
 * name or a heading in English may be "en", which changes nothing). */
static void test_corpus_is_kazakh(void **state)
{
    (void)state;
    th_table t = th_tsv_load(DY_TEST_DATA "/../corpus/sentences.tsv");
    size_t n = 0;
    int failures = 0;
    for (size_t i = 0; i < t.nrows; i++) {
        if (t.rows[i].nfields < 2)
            continue;
        const char *s = t.rows[i].fields[1];
        dy_lang got = dy_lang_detect(s, (dy_span){0, strlen(s)});
        n++;
        if (got == DY_LANG_RU || got == DY_LANG_KK_LATIN) {
            print_error("%s: \"%s\" taken for %s\n", t.rows[i].fields[0], s, dy_lang_tag(got));
            failures++;
        }
    }
    th_tsv_free(&t);
    assert_true(n >= 300);
    assert_int_equal(failures, 0);
}

static void test_tags(void **state)
{
    (void)state;
    assert_string_equal(dy_lang_tag(DY_LANG_KK), "kk");
    assert_string_equal(dy_lang_tag(DY_LANG_KK_LATIN), "kk-Latn");
    assert_string_equal(dy_lang_tag(DY_LANG_RU), "ru");
    assert_string_equal(dy_lang_tag(DY_LANG_EN), "en");
    assert_string_equal(dy_lang_voice(DY_LANG_RU), "ru");
    assert_null(dy_lang_voice(DY_LANG_KK));
    assert_null(dy_lang_voice(DY_LANG_KK_LATIN));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_corpus_is_kazakh),
        cmocka_unit_test(test_tags),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
