/* Subtitle writers (src/writers/subtitles.c): the exact WebVTT, LRC and CUE files for a small
 * hand-built timeline whose sample values make rounding matter, then properties over a larger
 * generated one (book times = book_start + sentence times, never decreasing), CUE frames, and
 * failures. */
#include "helpers.h"

#include <dirent.h>
#include <stdio.h>

#include "writers/subtitles.h"

#define RATE 22050
/* 1:30:00 and 12 samples: 5400000.544 ms, rounded up, so that adding two rounded values (this
 * and a sentence start of 1000.544 ms) would print one millisecond too late */
#define CH2_START (5400ULL * RATE + 12)

static const char ch1_text[] =
    "Абай жолы.  Бірінші\r\n  сөйлем <script>&\t[1] \"тырнақша\" --> соңы.";
static const char ch2_text[] = "  Соңғы сөйлем\n";

static dy_span span_of(const char *text, const char *part)
{
    const char *p = strstr(text, part);
    assert_non_null(p);
    return (dy_span){(size_t)(p - text), (size_t)(p - text) + strlen(part)};
}

static dy_tl_chapter *add_chapter(dy_timeline *t, const char *title, const char *file,
                                  const char *text, uint64_t book_start, uint64_t samples)
{
    dy_tl_chapter *c = DY_VEC_PUSH(&t->chapters);
    c->title = dy_xstrdup(title);
    c->file = dy_xstrdup(file);
    c->text = text;
    c->book_start = book_start;
    c->samples = samples;
    return c;
}

/* Appends a sentence to the last chapter (the timeline keeps it in memory: no spill folder). */
static void push(dy_timeline *t, dy_tl_sentence s)
{
    assert_int_equal(dy_tl_add(t, &s, NULL), DY_OK);
}

static void add_sentence(dy_timeline *t, const char *part, uint64_t start, uint64_t end)
{
    const char *text = t->chapters.items[t->chapters.len - 1].text;
    push(t, (dy_tl_sentence){span_of(text, part), start, end});
}

/* Sentence si of chapter c of a timeline held in memory. */
static const dy_tl_sentence *sentence_at(const dy_timeline *t, const dy_tl_chapter *c, size_t si)
{
    return &t->held.items[c->first + si];
}

/* Two chapters, three sentences. */
static void small_book(dy_timeline *t)
{
    *t = (dy_timeline){.rate = RATE};
    add_chapter(t, "1-тарау. Кіріспе", "01-kirispe.mp3", ch1_text, 0, CH2_START);
    add_sentence(t, "Абай жолы.", 0, 22049); /* 999.95 ms -> 00:00:01.000 */
    /* 22160 samples = 1004.99 ms -> .005 in WebVTT, but 100.499 cs -> [00:01.00] in LRC */
    add_sentence(t, "Бірінші\r\n  сөйлем <script>&\t[1] \"тырнақша\" --> соңы.", 22160, 3 * RATE);
    add_chapter(t, "Екінші \"тарау\"\n<b>", "02-ekinshi.mp3", ch2_text, CH2_START, 2 * RATE);
    add_sentence(t, "Соңғы сөйлем\n", 22062, 44099);
}

static char *write_and_read(const char *name, dy_status (*write)(const char *, void *, dy_diag *),
                            void *arg)
{
    char *dir = th_tmpdir("subtitles");
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    dy_diag d = {0};
    dy_status st = write(path, arg, &d);
    if (st != DY_OK)
        fail_msg("%s: %s: %s", path, dy_strerror(st), d.msg);
    char *got = th_read(path, NULL);
    assert_non_null(got);
    free(dir);
    return got;
}

typedef struct call {
    const dy_timeline *t;
    size_t chapter;
    const char *title, *author, *mp3;
} call;

static dy_status call_vtt(const char *path, void *arg, dy_diag *d)
{
    call *c = arg;
    return dy_vtt_write(path, c->t, c->chapter, d);
}
static dy_status call_lrc(const char *path, void *arg, dy_diag *d)
{
    call *c = arg;
    return dy_lrc_write(path, c->t, c->chapter, c->title, c->author, d);
}
static dy_status call_cue(const char *path, void *arg, dy_diag *d)
{
    call *c = arg;
    return dy_cue_write(path, c->t, c->mp3, c->title, c->author, d);
}

static char *vtt(const dy_timeline *t, size_t chapter)
{
    return write_and_read("x.vtt", call_vtt, &(call){t, chapter, NULL, NULL, NULL});
}
static char *lrc(const dy_timeline *t, size_t chapter, const char *title, const char *author)
{
    return write_and_read("x.lrc", call_lrc, &(call){t, chapter, title, author, NULL});
}
static char *cue(const dy_timeline *t, const char *mp3, const char *title, const char *author)
{
    return write_and_read("x.cue", call_cue, &(call){t, 0, title, author, mp3});
}

static void test_vtt_chapter(void **state)
{
    (void)state;
    dy_timeline t;
    small_book(&t);
    char *got = vtt(&t, 0);
    assert_string_equal(got, "WEBVTT\n"
                             "\n"
                             "c1-s1\n"
                             "00:00:00.000 --> 00:00:01.000\n"
                             "Абай жолы.\n"
                             "\n"
                             "c1-s2\n"
                             "00:00:01.005 --> 00:00:03.000\n"
                             "Бірінші сөйлем &lt;script&gt;&amp; [1] \"тырнақша\" --&gt; соңы.\n");
    free(got);
    /* a chapter's own file: times from the start of its own MP3 */
    got = vtt(&t, 1);
    assert_string_equal(got, "WEBVTT\n"
                             "\n"
                             "c2-s1\n"
                             "00:00:01.001 --> 00:00:02.000\n"
                             "Соңғы сөйлем\n");
    free(got);
    dy_timeline_fini(&t);
}

static void test_vtt_book(void **state)
{
    (void)state;
    dy_timeline t;
    small_book(&t);
    char *got = vtt(&t, DY_TL_BOOK);
    /* 01:30:01.001 and 01:30:02.000 are rounded once from book_start + sentence samples; adding
     * the rounded parts would give .002 and .001 */
    assert_string_equal(got, "WEBVTT\n"
                             "\n"
                             "NOTE 1-тарау. Кіріспе\n"
                             "\n"
                             "c1-s1\n"
                             "00:00:00.000 --> 00:00:01.000\n"
                             "Абай жолы.\n"
                             "\n"
                             "c1-s2\n"
                             "00:00:01.005 --> 00:00:03.000\n"
                             "Бірінші сөйлем &lt;script&gt;&amp; [1] \"тырнақша\" --&gt; соңы.\n"
                             "\n"
                             "NOTE Екінші \"тарау\" &lt;b&gt;\n"
                             "\n"
                             "c2-s1\n"
                             "01:30:01.001 --> 01:30:02.000\n"
                             "Соңғы сөйлем\n");
    free(got);
    dy_timeline_fini(&t);
}

static void test_lrc(void **state)
{
    (void)state;
    dy_timeline t;
    small_book(&t);
    char *got = lrc(&t, DY_TL_BOOK, "Абай [жолы]", "Мұхтар Әуезов");
    assert_string_equal(got, "[ti:Абай (жолы)]\n"
                             "[ar:Мұхтар Әуезов]\n"
                             "[by:dauys]\n"
                             "[00:00.00]1-тарау. Кіріспе\n"
                             "[00:00.00]Абай жолы.\n"
                             "[00:01.00]Бірінші сөйлем <script>& (1) \"тырнақша\" --> соңы.\n"
                             "[90:00.00]Екінші \"тарау\" <b>\n"
                             "[90:01.00]Соңғы сөйлем\n");
    free(got);
    /* a chapter's own file: no title line, its own times; no author given */
    got = lrc(&t, 1, "Екінші тарау", NULL);
    assert_string_equal(got, "[ti:Екінші тарау]\n"
                             "[by:dauys]\n"
                             "[00:01.00]Соңғы сөйлем\n");
    free(got);
    dy_timeline_fini(&t);
}

static void test_lrc_centiseconds(void **state)
{
    (void)state;
    /* 75 min 2.305 s (rounds up) and 2.3049 s (rounds down): minutes go on past 59 */
    static const char text[] = "Бір. Екі.";
    dy_timeline t = {.rate = 44100};
    add_chapter(&t, "Т", "01-t.mp3", text, 0, 0);
    uint64_t base = 75ULL * 60 * 44100;
    add_sentence(&t, "Бір.", base + 101650, base + 101651); /* 2.30499 s -> .30; 2.305 -> .31 */
    add_sentence(&t, "Екі.", base + 101651, base + 200000);
    char *got = lrc(&t, 0, NULL, "");
    assert_string_equal(got, "[by:dauys]\n"
                             "[75:02.30]Бір.\n"
                             "[75:02.31]Екі.\n");
    free(got);
    dy_timeline_fini(&t);
}

static void test_cue(void **state)
{
    (void)state;
    dy_timeline t;
    small_book(&t);
    char *got = cue(&t, "abai-zholy.mp3", "Абай \"жолы\"", "Мұхтар Әуезов");
    assert_string_equal(got, "PERFORMER \"Мұхтар Әуезов\"\r\n"
                             "TITLE \"Абай 'жолы'\"\r\n"
                             "FILE \"abai-zholy.mp3\" MP3\r\n"
                             "  TRACK 01 AUDIO\r\n"
                             "    TITLE \"1-тарау. Кіріспе\"\r\n"
                             "    INDEX 01 00:00:00\r\n"
                             "  TRACK 02 AUDIO\r\n"
                             "    TITLE \"Екінші 'тарау' <b>\"\r\n"
                             "    INDEX 01 90:00:00\r\n");
    assert_int_equal(strncmp(got, "\xEF\xBB\xBF", 3) != 0, 1); /* no BOM */
    free(got);
    dy_timeline_fini(&t);
}

/* Neither '"' nor '\' reaches a cue sheet: one reader ends a string at any '"', libcue takes '\"'
 * as a quote inside it, so both become look-alikes and every reader gets the same title. */
static void test_cue_backslash(void **state)
{
    (void)state;
    dy_timeline t = {.rate = RATE};
    add_chapter(&t, "C:\\жол\\", "x.mp3", "", 0, RATE);
    add_chapter(&t, "\"Абай\" \\\"жолы\\\"", "x.mp3", "", RATE, RATE);
    char *got = cue(&t, "b.mp3", "a\\\"b\\", "\\");
    assert_string_equal(got, "PERFORMER \"＼\"\r\n"
                             "TITLE \"a＼'b＼\"\r\n"
                             "FILE \"b.mp3\" MP3\r\n"
                             "  TRACK 01 AUDIO\r\n"
                             "    TITLE \"C:＼жол＼\"\r\n"
                             "    INDEX 01 00:00:00\r\n"
                             "  TRACK 02 AUDIO\r\n"
                             "    TITLE \"'Абай' ＼'жолы＼'\"\r\n"
                             "    INDEX 01 00:01:00\r\n");
    /* read back the way libcue does (\"(\\.|[^\"])*\"): each string ends where the line does */
    for (const char *line = got; *line;) {
        const char *eol = strstr(line, "\r\n");
        assert_non_null(eol);
        const char *q = memchr(line, '"', (size_t)(eol - line));
        if (q && strncmp(line, "FILE", 4) != 0) {
            const char *p = q + 1;
            while (p < eol && *p != '"')
                p += *p == '\\' ? 2 : 1;
            assert_ptr_equal(p, eol - 1);
        }
        line = eol + 2;
    }
    free(got);
    dy_timeline_fini(&t);
}

/* Frames (1/75 s) rounded down from book_start. */
static void test_cue_frames(void **state)
{
    (void)state;
    static const struct {
        uint64_t start;
        const char *want;
    } cases[] = {
        {0, "00:00:00"},
        {293, "00:00:00"},                           /* 0.997 frames */
        {294, "00:00:01"},                           /* exactly one frame */
        {1356074, "01:01:37"},                       /* 61.49995 s: 4612.497 frames */
        {1356075, "01:01:37"},                       /* 61.5 s = 4612.5 frames */
        {1356075 + 147, "01:01:38"},                 /* 61.5 s + 1/150 s = 4613 frames */
        {(3600ULL + 59) * RATE + 22049, "60:59:74"}, /* 74.997 frames of the last second */
        {100ULL * 60 * RATE, "100:00:00"},           /* minutes past 99 keep counting */
    };
    size_t n = sizeof cases / sizeof cases[0];
    dy_timeline t = {.rate = RATE};
    for (size_t i = 0; i < n; i++) {
        char title[16];
        snprintf(title, sizeof title, "t%zu", i);
        add_chapter(&t, title, "x.mp3", "", cases[i].start, 1);
    }
    char *got = cue(&t, "b.mp3", NULL, NULL);
    assert_int_equal(strncmp(got, "FILE \"b.mp3\" MP3\r\n", 18), 0); /* no empty TITLE/PERFORMER */
    const char *p = got;
    for (size_t i = 0; i < n; i++) {
        char want[64];
        snprintf(want, sizeof want,
                 "  TRACK %02zu AUDIO\r\n    TITLE \"t%zu\"\r\n    INDEX 01 %s\r\n", i + 1, i,
                 cases[i].want);
        p = strstr(p, "  TRACK ");
        assert_non_null(p);
        if (strncmp(p, want, strlen(want)) != 0)
            fail_msg("case %zu (%llu samples): want\n%s\ngot\n%.60s", i,
                     (unsigned long long)cases[i].start, want, p);
        p += strlen(want);
    }
    free(got);
    dy_timeline_fini(&t);
}

/* Line breaks, white space, no-break spaces, controls and invalid UTF-8 in sentence text. */
static void test_folding(void **state)
{
    (void)state;
    static const struct {
        const char *in, *vtt, *lrc;
    } cases[] = {
        {"бір\nекі", "бір екі", "бір екі"},
        {"бір\r\n\r\n\tекі \n", "бір екі", "бір екі"},
        {"  \n  алдыңғы", "алдыңғы", "алдыңғы"},
        {"бір\xE2\x80\xA8"
         "екі\xE2\x80\xA9"
         "үш",
         "бір екі үш", "бір екі үш"}, /* U+2028/9 */
        {"1\xC2\xA0"
         "000 теңге",
         "1\xC2\xA0"
         "000 теңге",
         "1\xC2\xA0"
         "000 теңге"}, /* NBSP */
        {"a\xE2\x80\x83\xE2\x80\x83"
         "b",
         "a b", "a b"}, /* em spaces */
        {"бір\xC2\x85"
         "екі",
         "бір екі", "бір екі"}, /* NEL is a line break */
        {"a\x01\x1B"
         "b\x7F",
         "ab", "ab"}, /* other controls go */
        {"жаман \xFF\xC0 байт", "жаман \xEF\xBF\xBD\xEF\xBF\xBD байт",
         "жаман \xEF\xBF\xBD\xEF\xBF\xBD байт"},
        {"a-->b <i>x</i> &amp;", "a--&gt;b &lt;i&gt;x&lt;/i&gt; &amp;amp;", "a-->b <i>x</i> &amp;"},
        {"[00:01.00]x", "[00:01.00]x", "(00:01.00)x"},
        {" \n\t ", "", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dy_timeline t = {.rate = RATE};
        add_chapter(&t, "T", "01-t.mp3", cases[i].in, 0, RATE);
        push(&t, (dy_tl_sentence){{0, strlen(cases[i].in)}, 0, RATE});
        char want[256];
        snprintf(want, sizeof want, "WEBVTT\n\nc1-s1\n00:00:00.000 --> 00:00:01.000\n%s\n",
                 cases[i].vtt);
        char *got = vtt(&t, 0);
        if (strcmp(got, want) != 0)
            fail_msg("case %zu (vtt): want\n%s\ngot\n%s", i, want, got);
        free(got);
        snprintf(want, sizeof want, "[by:dauys]\n[00:00.00]%s\n", cases[i].lrc);
        got = lrc(&t, 0, NULL, NULL);
        if (strcmp(got, want) != 0)
            fail_msg("case %zu (lrc): want\n%s\ngot\n%s", i, want, got);
        free(got);
        dy_timeline_fini(&t);
    }
}

/* A longer generated book: every cue and every line of the whole-book files is timed at
 * book_start + the sentence's time, rounded once, and times never decrease. */
static uint32_t lcg(uint32_t *s)
{
    *s = *s * 1664525u + 1013904223u;
    return *s >> 8;
}

static void big_book(dy_timeline *t, dy_buf *texts, size_t nch)
{
    uint32_t seed = 7;
    *t = (dy_timeline){.rate = RATE};
    uint64_t book = 0;
    for (size_t ci = 0; ci < nch; ci++) {
        size_t ns = 1 + lcg(&seed) % 40;
        for (size_t si = 0; si < ns; si++)
            dy_buf_printf(&texts[ci], "Сөйлем %zu.%zu.\n", ci + 1, si + 1);
        char title[32];
        snprintf(title, sizeof title, "%zu-тарау", ci + 1);
        dy_tl_chapter *c = add_chapter(t, title, "x.mp3", texts[ci].data, book, 0);
        uint64_t pos = lcg(&seed) % RATE, start = 0;
        size_t off = 0;
        for (size_t si = 0; si < ns; si++) {
            const char *nl = strchr(texts[ci].data + off, '\n');
            start = pos;
            pos += 1 + lcg(&seed) % (8 * RATE);
            push(t, (dy_tl_sentence){{off, (size_t)(nl - texts[ci].data)}, start, pos});
            off = (size_t)(nl - texts[ci].data) + 1;
            pos += lcg(&seed) % RATE;
        }
        c->samples = pos + lcg(&seed) % RATE;
        book += c->samples;
    }
}

static void test_book_times(void **state)
{
    (void)state;
    enum { NCH = 12 };
    dy_buf texts[NCH] = {{0}};
    dy_timeline t;
    big_book(&t, texts, NCH);
    char *v = vtt(&t, DY_TL_BOOK);
    char *l = lrc(&t, DY_TL_BOOK, "Т", "А");
    char *cs = cue(&t, "b.mp3", "Т", "А");

    /* WebVTT: every cue in order, with the right identifier, times and text */
    const char *p = v;
    unsigned long long last = 0;
    for (size_t ci = 0; ci < t.chapters.len; ci++) {
        const dy_tl_chapter *c = &t.chapters.items[ci];
        char note[64];
        snprintf(note, sizeof note, "\nNOTE %s\n\n", c->title);
        p = strstr(p, note);
        assert_non_null(p);
        for (size_t si = 0; si < c->sentences; si++) {
            const dy_tl_sentence *s = sentence_at(&t, c, si);
            unsigned a = 0, b = 0, cc = 0, dd = 0, e = 0, f = 0, g = 0, h = 0, ic, is;
            int used = 0;
            p = strstr(p, "\nc");
            assert_non_null(p);
            int n = sscanf(p, "\nc%u-s%u\n%u:%u:%u.%u --> %u:%u:%u.%u\n%n", &ic, &is, &a, &b, &cc,
                           &dd, &e, &f, &g, &h, &used);
            assert_int_equal(n, 10);
            assert_int_equal(ic, ci + 1);
            assert_int_equal(is, si + 1);
            unsigned long long t0 = ((a * 60ULL + b) * 60 + cc) * 1000 + dd;
            unsigned long long t1 = ((e * 60ULL + f) * 60 + g) * 1000 + h;
            assert_int_equal(t0, dy_tl_ms(&t, c->book_start + s->start));
            assert_int_equal(t1, dy_tl_ms(&t, c->book_start + s->end));
            assert_true(t0 >= last);
            assert_true(t1 >= t0);
            last = t1;
            p += used;
            char want[64];
            snprintf(want, sizeof want, "Сөйлем %zu.%zu.\n", ci + 1, si + 1);
            assert_int_equal(strncmp(p, want, strlen(want)), 0);
        }
    }
    assert_null(strstr(p, "\nc"));

    /* LRC: the headers, then one line per title and sentence, never going back in time */
    assert_int_equal(
        strncmp(l, "[ti:Т]\n[ar:А]\n[by:dauys]\n", strlen("[ti:Т]\n[ar:А]\n[by:dauys]\n")), 0);
    p = l + strlen("[ti:Т]\n[ar:А]\n[by:dauys]\n");
    last = 0;
    for (size_t ci = 0; ci < t.chapters.len; ci++) {
        const dy_tl_chapter *c = &t.chapters.items[ci];
        for (size_t si = 0; si <= c->sentences; si++) { /* si 0: the title line */
            uint64_t at =
                si == 0 ? c->book_start : c->book_start + sentence_at(&t, c, si - 1)->start;
            unsigned mm, ss, xx;
            assert_int_equal(sscanf(p, "[%u:%u.%u]", &mm, &ss, &xx), 3);
            assert_true(ss < 60 && xx < 100);
            unsigned long long cs_ = (mm * 60ULL + ss) * 100 + xx;
            assert_int_equal(cs_, (at * 100 + RATE / 2) / RATE);
            assert_true(cs_ >= last);
            last = cs_;
            p = strchr(p, '\n');
            assert_non_null(p);
            p++;
        }
    }
    assert_string_equal(p, "");

    /* CUE: one track per chapter, frames from book_start, never going back */
    p = cs;
    last = 0;
    for (size_t ci = 0; ci < t.chapters.len; ci++) {
        unsigned mm, ss, ff;
        p = strstr(p, "INDEX 01 ");
        assert_non_null(p);
        assert_int_equal(sscanf(p, "INDEX 01 %u:%u:%u", &mm, &ss, &ff), 3);
        unsigned long long frames = (mm * 60ULL + ss) * 75 + ff;
        assert_int_equal(frames, t.chapters.items[ci].book_start * 75 / RATE);
        assert_true(frames >= last);
        last = frames;
        p++;
    }
    assert_null(strstr(p, "INDEX"));

    free(v);
    free(l);
    free(cs);
    dy_timeline_fini(&t);
    for (size_t i = 0; i < NCH; i++)
        dy_buf_fini(&texts[i]);
}

static size_t count_entries(const char *dir)
{
    DIR *dp = opendir(dir);
    assert_non_null(dp);
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(dp)))
        n += e->d_name[0] != '.' || (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."));
    closedir(dp);
    return n;
}

/* A timeline whose sentences spill to its scratch file (past the first 4,096) gives the writers
 * the same sentences as one held in memory: chapters before, across and after the spill. The
 * scratch file has no name in the folder. */
static void spill_book(dy_timeline *t, const char *text, const char *spill_dir)
{
    *t = (dy_timeline){.rate = RATE, .spill_dir = spill_dir};
    uint64_t pos = 0;
    static const size_t counts[] = {3000, 2500, 1, 7000};
    for (size_t ci = 0; ci < 4; ci++) {
        char title[32];
        snprintf(title, sizeof title, "%zu-тарау", ci + 1);
        add_chapter(t, title, "x.mp3", text, pos, 0);
        for (size_t si = 0; si < counts[ci]; si++, pos += 997) {
            size_t at = (si * 7 + ci) % 50; /* some sentence of text */
            dy_tl_sentence s = {{at * 8, at * 8 + 7}, pos % 100000, pos % 100000 + 500};
            assert_int_equal(dy_tl_add(t, &s, NULL), DY_OK);
        }
    }
}

static void test_spill(void **state)
{
    (void)state;
    dy_buf text = {0};
    for (int i = 0; i < 50; i++)
        dy_buf_printf(&text, "Сөз%03d.", i); /* 8 bytes each */
    char *dir = th_tmpdir("subtitles_spill");
    dy_timeline held, spilled;
    spill_book(&held, text.data, NULL);
    spill_book(&spilled, text.data, dir);
    assert_null(held.spill);
    assert_non_null(spilled.spill);
    assert_true(spilled.spilled >= 4096);
    size_t chapters[] = {0, 1, 2, 3, DY_TL_BOOK};
    for (size_t i = 0; i < 5; i++) {
        char *a = vtt(&held, chapters[i]), *b = vtt(&spilled, chapters[i]);
        assert_string_equal(a, b);
        free(a);
        free(b);
        a = lrc(&held, chapters[i], "Т", NULL);
        b = lrc(&spilled, chapters[i], "Т", NULL);
        assert_string_equal(a, b);
        free(a);
        free(b);
    }
    DIR *dp = opendir(dir); /* nothing in the folder: the scratch file has no name */
    assert_non_null(dp);
    for (struct dirent *e; (e = readdir(dp)) != NULL;)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            fail_msg("%s/%s is left", dir, e->d_name);
    closedir(dp);
    dy_timeline_fini(&held);
    dy_timeline_fini(&spilled);
    dy_buf_fini(&text);
    free(dir);
}

static void test_errors(void **state)
{
    (void)state;
    dy_timeline t;
    small_book(&t);
    char *dir = th_tmpdir("subtitles_err");
    char path[1200];
    dy_diag d = {0};

    /* a folder that does not exist: DY_ERR_IO naming the path, for each writer */
    snprintf(path, sizeof path, "%s/missing/book.vtt", dir);
    assert_int_equal(dy_vtt_write(path, &t, DY_TL_BOOK, &d), DY_ERR_IO);
    assert_string_equal(d.path, path);
    memset(&d, 0, sizeof d);
    snprintf(path, sizeof path, "%s/missing/book.lrc", dir);
    assert_int_equal(dy_lrc_write(path, &t, 0, "a", "b", &d), DY_ERR_IO);
    assert_string_equal(d.path, path);
    memset(&d, 0, sizeof d);
    snprintf(path, sizeof path, "%s/missing/book.cue", dir);
    assert_int_equal(dy_cue_write(path, &t, "b.mp3", "a", "b", &d), DY_ERR_IO);
    assert_string_equal(d.path, path);

    /* refused requests leave nothing behind */
    snprintf(path, sizeof path, "%s/x.vtt", dir);
    assert_int_equal(dy_vtt_write(path, &t, 2, &d), DY_ERR_USAGE);
    assert_non_null(strstr(d.msg, "no chapter 3"));
    assert_int_equal(dy_lrc_write(path, &t, 2, NULL, NULL, &d), DY_ERR_USAGE);
    assert_int_equal(dy_cue_write(path, &t, "a\"b.mp3", NULL, NULL, &d), DY_ERR_USAGE);
    assert_int_equal(dy_cue_write(path, &t, "a\nb.mp3", NULL, NULL, &d), DY_ERR_USAGE);
    assert_int_equal(count_entries(dir), 0);

    /* 99 tracks fit, 100 do not */
    snprintf(path, sizeof path, "%s/ok.cue", dir);
    dy_timeline many = {.rate = RATE};
    for (int i = 0; i < 99; i++)
        add_chapter(&many, "t", "x.mp3", "", (uint64_t)i * RATE, RATE);
    assert_int_equal(dy_cue_write(path, &many, "b.mp3", NULL, NULL, &d), DY_OK);
    add_chapter(&many, "t", "x.mp3", "", 99ULL * RATE, RATE);
    memset(&d, 0, sizeof d);
    snprintf(path, sizeof path, "%s/y.cue", dir);
    assert_int_equal(dy_cue_write(path, &many, "b.mp3", NULL, NULL, &d), DY_ERR_USAGE);
    assert_non_null(strstr(d.msg, "99"));
    dy_timeline_fini(&many);

    /* an existing file is replaced whole, and no temporary file stays */
    snprintf(path, sizeof path, "%s/z.vtt", dir);
    th_write(path, "old contents that are longer than the new file ................", 64);
    assert_int_equal(dy_vtt_write(path, &t, 1, &d), DY_OK);
    char *got = th_read(path, NULL);
    assert_string_equal(got, "WEBVTT\n\nc2-s1\n00:00:01.001 --> 00:00:02.000\nСоңғы сөйлем\n");
    free(got);
    assert_int_equal(count_entries(dir), 2); /* ok.cue (99 tracks) and z.vtt */

    free(dir);
    dy_timeline_fini(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vtt_chapter),   cmocka_unit_test(test_vtt_book),
        cmocka_unit_test(test_lrc),           cmocka_unit_test(test_lrc_centiseconds),
        cmocka_unit_test(test_cue),           cmocka_unit_test(test_cue_frames),
        cmocka_unit_test(test_cue_backslash), cmocka_unit_test(test_folding),
        cmocka_unit_test(test_book_times),    cmocka_unit_test(test_errors),
        cmocka_unit_test(test_spill),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
