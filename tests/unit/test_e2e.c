/* End to end: a three-chapter book through the whole pipeline. Decodes every MP3 with
 * libmpg123, compares its length with the assembled PCM (the WAV files), reads the tags back,
 * measures the pauses, checks the playlist, determinism, progress and cancellation. */
#include "helpers.h"

#include <dirent.h>
#include <math.h>
#include <mpg123.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "book/book.h"
#include "audio/mp3.h"
#include "audio/loudness.h"
#include "core/platform.h"

static const char BOOK[] =
    "---\n"
    "title: Қазақ тарихы\n"
    "author: Ерғали Елдос\n"
    "year: 2020\n"
    "---\n"
    "# Кіріспе\n"
    "\n"
    "Бұл кітап 1917 ж. оқиғалары туралы. Онда 3 тарау бар.\n"
    "\n"
    "Екінші абзац қысқа.\n"
    "\n"
    "# Кеңес өкіметінің орнауы\n"
    "\n"
    "Петроградта 1917 ж. 25 қазанда көтеріліс басталды. Ол 2 күнге созылды.\n"
    "\n"
    "# Алаш\n"
    "\n"
    "Ә.Бөкейханов, А.Байтұрсынов т.б. бағдарлама жазды.\n";

static const char *const TITLES[3] = {"Кіріспе", "Кеңес өкіметінің орнауы", "Алаш"};
static const char *const FILES[3] = {"01-kirispe", "02-kenges-okimetining-ornauy", "03-alash"};

static char *write_book(const char *dir)
{
    char *path = dy_path_join(dir, "tarih.md");
    th_write(path, BOOK, sizeof BOOK - 1);
    return path;
}

typedef struct counter {
    size_t calls, last_done, total;
    size_t chapters_done;
    size_t cancel_after; /* 0: never */
} counter;

static void on_progress(const dy_progress *p, void *user)
{
    counter *c = user;
    if (p->chapter_file) { /* a chapter is finished: its file is in place */
        c->chapters_done++;
        assert_int_equal(p->chapter, c->chapters_done);
        assert_int_equal(dy_path_kind_of(p->chapter_file), DY_PATH_FILE);
        assert_true(p->chapter_seconds > 1);
        return;
    }
    assert_true(p->sentences_done == c->last_done + 1);
    c->last_done = p->sentences_done;
    c->total = p->sentences_total;
    c->calls++;
}

static bool on_cancel(void *user)
{
    counter *c = user;
    return c->cancel_after && c->calls >= c->cancel_after;
}

static dy_status build(const char *input, const char *out, bool wav, counter *c, dy_book_report *r)
{
    dy_settings s;
    dy_settings_default(&s);
    s.output_dir = out;
    s.wav = wav;
    dy_callbacks cb = {on_progress, on_cancel, c};
    dy_diag d = {0};
    dy_status st = dy_book_build(input, &s, &cb, r, &d);
    if (st != DY_OK && st != DY_ERR_CANCELLED)
        fail_msg("build failed: %s: %s", d.path, d.msg);
    return st;
}

static const char *text_frame(mpg123_id3v2 *v2, const char *id)
{
    for (size_t i = 0; i < v2->texts; i++)
        if (!memcmp(v2->text[i].id, id, 4))
            return v2->text[i].text.p;
    return NULL;
}

static void check_tags(const char *path, int track)
{
    mpg123_handle *mh = mpg123_new(NULL, NULL);
    assert_int_equal(mpg123_open(mh, path), MPG123_OK);
    assert_int_equal(mpg123_scan(mh), MPG123_OK);
    mpg123_id3v1 *v1;
    mpg123_id3v2 *v2;
    assert_int_equal(mpg123_id3(mh, &v1, &v2), MPG123_OK);
    assert_non_null(v2);
    assert_int_equal(v2->version, 3);
    assert_string_equal(v2->title->p, TITLES[track - 1]);
    assert_string_equal(v2->album->p, "Қазақ тарихы");
    assert_string_equal(v2->artist->p, "Ерғали Елдос");
    assert_string_equal(v2->year->p, "2020");
    assert_string_equal(v2->genre->p, "Audiobook");
    char want[16];
    snprintf(want, sizeof want, "%d/3", track);
    assert_string_equal(text_frame(v2, "TRCK"), want);
    assert_string_equal(text_frame(v2, "TLAN"), "kaz");
    mpg123_close(mh);
    mpg123_delete(mh);
}

static int64_t wav_frames(const char *path, int16_t **pcm)
{
    SF_INFO info = {0};
    SNDFILE *sf = sf_open(path, SFM_READ, &info);
    assert_non_null(sf);
    assert_int_equal(info.samplerate, 22050);
    assert_int_equal(info.channels, 1);
    *pcm = malloc((size_t)info.frames * sizeof **pcm);
    assert_int_equal(sf_read_short(sf, *pcm, info.frames), info.frames);
    sf_close(sf);
    return info.frames;
}

/* Lengths in seconds of the silent runs (|x| < 48, the synthesizer's trim threshold) longer
 * than 0.2 s, inside the audio (not at its end). */
static size_t silences(const int16_t *pcm, int64_t n, double *out, size_t max)
{
    size_t count = 0;
    int64_t run = 0;
    for (int64_t i = 0; i < n; i++) {
        if (abs(pcm[i]) < 48) {
            run++;
            continue;
        }
        if (run > 22050 / 5 && count < max)
            out[count++] = run / 22050.0;
        run = 0;
    }
    return count;
}

/* Where the first silent run longer than 0.2 s starts (the pause after a chapter title). */
static int64_t first_silence_at(const int16_t *pcm, int64_t n)
{
    int64_t run = 0;
    for (int64_t i = 0; i < n; i++) {
        if (abs(pcm[i]) < 48) {
            if (++run > 22050 / 5)
                return i + 1 - run;
        } else {
            run = 0;
        }
    }
    return -1;
}

static void test_three_chapter_book(void **state)
{
    (void)state;
    char *dir = th_tmpdir("e2e");
    char *input = write_book(dir);
    char *out = dy_path_join(dir, "out");
    counter c = {0};
    dy_book_report r;
    assert_int_equal(build(input, out, true, &c, &r), DY_OK);
    assert_int_equal(r.chapters, 3);
    assert_int_equal(r.sentences, 6);
    assert_int_equal(c.calls, 6);
    assert_int_equal(c.chapters_done, 3);
    assert_int_equal(c.total, 6);
    assert_string_equal(r.title, "Қазақ тарихы");
    char *book_dir = dy_path_join(out, "tarih");
    assert_string_equal(r.out_dir, book_dir);

    double total = 0;
    int64_t chapter_frames[3], title_gap_at[3];
    for (int k = 0; k < 3; k++) {
        char name[128];
        snprintf(name, sizeof name, "%s.mp3", FILES[k]);
        char *mp3 = dy_path_join(book_dir, name);
        snprintf(name, sizeof name, "%s.wav", FILES[k]);
        char *wav = dy_path_join(book_dir, name);
        th_decoded dec;
        th_mp3_decode(mp3, &dec, false);
        if (dec.problems[0])
            fail_msg("%s: %s", mp3, dec.problems);
        assert_int_equal(dec.rate, 22050);
        assert_int_equal(dec.channels, 1);
        assert_int_equal(dec.bitrate, 64);
        assert_true(dec.cbr);
        int16_t *pcm;
        int64_t frames = wav_frames(wav, &pcm);
        /* the MP3 is as long as the assembled audio: within 2%, and in fact to the sample, as
         * the Info frame names the encoder's delay and padding */
        assert_true(llabs(dec.samples - frames) <= frames / 50);
        assert_int_equal(dec.samples, frames);
        total += frames / 22050.0;

        /* the title is spoken first, then 1.2 s; sentences 0.45 s apart, paragraphs 0.9 s;
         * a pause is rounded up to a whole MP3 frame (576 samples, 26 ms: segments are whole
         * frames), and the quiet edges the synthesizer keeps add at most 2 x 8 ms */
        double gaps[16];
        size_t n = silences(pcm, frames, gaps, 16);
        chapter_frames[k] = frames;
        title_gap_at[k] = first_silence_at(pcm, frames);
        if (n < 1)
            fail_msg("chapter %d: %zu silences, %lld frames", k + 1, n, (long long)frames);
        const double slack = 576 / 22050.0 + 0.016;
        if (!(gaps[0] >= 1.2 && gaps[0] <= 1.2 + slack))
            fail_msg("chapter %d: title pause %.4f s", k + 1, gaps[0]);
        if (k == 0) { /* Кіріспе: title, 2 sentences, a paragraph break, 1 sentence */
            assert_int_equal(n, 3);
            if (!(gaps[1] >= 0.45 && gaps[1] <= 0.45 + slack && gaps[2] >= 0.9 &&
                  gaps[2] <= 0.9 + slack))
                fail_msg("pauses %.4f s and %.4f s", gaps[1], gaps[2]);
        }
        free(pcm);
        check_tags(mp3, k + 1);
        free(mp3);
        free(wav);
    }
    assert_true(fabs(total - r.seconds) < 0.01);

    /* the single book file: every chapter, in order, to the sample; its chapter marks are where
     * the chapters' audio is (the silence after each title sits at the same place) */
    char *whole = dy_path_join(book_dir, "tarih.mp3");
    th_decoded book;
    th_mp3_decode(whole, &book, true);
    if (book.problems[0])
        fail_msg("%s: %s", whole, book.problems);
    /* each chapter but the last keeps there the segment tail (1152 samples of silence) that the
     * end of its own file drops */
    assert_int_equal(book.samples,
                     chapter_frames[0] + chapter_frames[1] + chapter_frames[2] + 2 * DY_MP3_TAIL);
    int64_t start = 0;
    for (int k = 0; k < 3; k++) {
        /* the same frames: the book decodes to each chapter file's samples (libmpg123 rounds
         * a sample 1 LSB apart here and there, depending on where its decoding started) */
        char *name = dy_path_join(book_dir, FILES[k]);
        dy_buf mp3_name = {0};
        dy_buf_printf(&mp3_name, "%s.mp3", name);
        th_decoded ch;
        th_mp3_decode(mp3_name.data, &ch, true);
        assert_int_equal(ch.samples, chapter_frames[k]);
        for (int64_t i = 0; i < ch.samples; i++)
            if (abs(book.pcm[start + i] - ch.pcm[i]) > 1)
                fail_msg("chapter %d, sample %lld: %d in the book, %d in its file", k + 1,
                         (long long)i, book.pcm[start + i], ch.pcm[i]);
        free(ch.pcm);
        dy_buf_fini(&mp3_name);
        free(name);
        int64_t at = first_silence_at(book.pcm + start, chapter_frames[k]);
        /* lossy coding blurs the edge of the voice by less than a granule (576 samples, 26 ms);
         * a misplaced chapter would be off by the encoder delay (1105) or whole frames (1152) */
        if (llabs(at - title_gap_at[k]) > 576)
            fail_msg("chapter %d: silence at %lld in the book, %lld in its WAV", k + 1,
                     (long long)at, (long long)title_gap_at[k]);
        start += chapter_frames[k] + DY_MP3_TAIL;
    }
    /* the book's WebVTT cues line up with its audio: silence just before each cue starts,
     * speech right after it; silence right after each cue ends */
    char *vtt_path = dy_path_join(book_dir, "tarih.vtt");
    char *vtt = th_read(vtt_path, NULL);
    assert_non_null(vtt);
    assert_memory_equal(vtt, "WEBVTT\n", 7);
    int cues = 0;
    for (const char *p = strstr(vtt, " --> "); p; p = strstr(p + 5, " --> ")) {
        int h1, m1, s1, ms1, h2, m2, s2, ms2;
        assert_int_equal(
            sscanf(p - 12, "%d:%d:%d.%d --> %d:%d:%d.%d", &h1, &m1, &s1, &ms1, &h2, &m2, &s2, &ms2),
            8);
        int64_t a = ((h1 * 3600 + m1 * 60 + s1) * 1000LL + ms1) * 22050 / 1000;
        int64_t b = ((h2 * 3600 + m2 * 60 + s2) * 1000LL + ms2) * 22050 / 1000;
        assert_true(b > a && b <= book.samples);
        int before = 0, after = 0, tail = 0;
        for (int64_t i = a - 22050 / 5; i < a - 22050 / 50; i++)
            before = abs(book.pcm[i]) > before ? abs(book.pcm[i]) : before;
        for (int64_t i = a; i < a + 22050 / 10; i++)
            after = abs(book.pcm[i]) > after ? abs(book.pcm[i]) : after;
        for (int64_t i = b + 22050 / 50; i < b + 22050 / 5; i++)
            tail = abs(book.pcm[i]) > tail ? abs(book.pcm[i]) : tail;
        if (before > 200 || after < 1000 || tail > 200)
            fail_msg("cue %d at %lld..%lld: peak %d before, %d after its start, %d after its end",
                     cues + 1, (long long)a, (long long)b, before, after, tail);
        cues++;
    }
    assert_int_equal(cues, 6);
    free(vtt);
    free(vtt_path);

    /* loudness, measured on the decoded MP3: -18 LUFS within 1 LU, true peak under -1.5 dBTP */
    double lufs;
    dy_diag ld;
    assert_int_equal(dy_loudness_measure(book.pcm, (size_t)book.samples, 22050, &lufs, &ld), DY_OK);
    double peak = th_true_peak_dbtp(book.pcm, (size_t)book.samples, 22050);
    if (fabs(lufs - -18.0) > 1.0 || peak > -1.5)
        fail_msg("book: %.2f LUFS, true peak %.2f dBTP", lufs, peak);
    assert_true(fabs(r.lufs - -18.0) < 1.0); /* the build reports it too */
    free(book.pcm);
    free(whole);

    /* the playlist lists the chapters in order, with titles and lengths */
    char *m3u = dy_path_join(book_dir, "tarih.m3u8");
    char *pl = th_read(m3u, NULL);
    assert_non_null(pl);
    assert_non_null(strstr(pl, "#EXTM3U\n#PLAYLIST:Қазақ тарихы\n"));
    const char *p = pl;
    for (int k = 0; k < 3; k++) {
        char line[256];
        snprintf(line, sizeof line, "Ерғали Елдос - %s\n%s.mp3\n", TITLES[k], FILES[k]);
        const char *at = strstr(p, line);
        if (!at)
            fail_msg("playlist lacks '%s':\n%s", line, pl);
        p = at + strlen(line);
    }
    free(pl);
    free(m3u);

    /* nothing else in the folder: no temporary files left; the one hidden file is the record of
     * what the build wrote */
    DIR *dp = opendir(book_dir);
    struct dirent *e;
    int files = 0;
    while ((e = readdir(dp)) != NULL)
        if ((e->d_name[0] != '.' || strlen(e->d_name) > 2) &&
            strcmp(e->d_name, ".dauys-manifest") != 0)
            files++, assert_true(e->d_name[0] != '.');
    closedir(dp);
    /* 3 chapters x (MP3, WAV, VTT, LRC) + the book's MP3, VTT, LRC, cue sheet, playlist and
     * read-along page */
    assert_int_equal(files, 18);

    dy_book_report_fini(&r);
    free(book_dir);
    free(out);
    free(input);
    free(dir);
}

static void test_same_input_same_bytes(void **state)
{
    (void)state;
    char *dir = th_tmpdir("e2e-determinism");
    char *input = write_book(dir);
    char *outs[2] = {dy_path_join(dir, "a"), dy_path_join(dir, "b")};
    for (int i = 0; i < 2; i++) {
        counter c = {0};
        dy_book_report r;
        assert_int_equal(build(input, outs[i], false, &c, &r), DY_OK);
        dy_book_report_fini(&r);
    }
    const char *names[] = {"01-kirispe.mp3", "02-kenges-okimetining-ornauy.mp3", "03-alash.mp3",
                           "tarih.m3u8", "tarih.mp3"};
    for (size_t k = 0; k < 5; k++) {
        size_t la, lb;
        char *pa = dy_path_join(outs[0], "tarih"), *pb = dy_path_join(outs[1], "tarih");
        char *fa = dy_path_join(pa, names[k]), *fb = dy_path_join(pb, names[k]);
        char *a = th_read(fa, &la), *b = th_read(fb, &lb);
        assert_non_null(a);
        assert_non_null(b);
        assert_int_equal(la, lb);
        assert_memory_equal(a, b, la);
        free(a), free(b), free(fa), free(fb), free(pa), free(pb);
    }
    free(outs[0]);
    free(outs[1]);
    free(input);
    free(dir);
}

static void test_cancel_leaves_no_partial_file(void **state)
{
    (void)state;
    char *dir = th_tmpdir("e2e-cancel");
    char *input = write_book(dir);
    char *out = dy_path_join(dir, "out");
    counter c = {.cancel_after = 1};
    dy_book_report r;
    assert_int_equal(build(input, out, true, &c, &r), DY_ERR_CANCELLED);
    char *book_dir = dy_path_join(out, "tarih");
    DIR *dp = opendir(book_dir);
    assert_non_null(dp);
    struct dirent *e;
    /* only the record of what the build was to write, so that the next one may replace it */
    while ((e = readdir(dp)) != NULL)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") &&
            strcmp(e->d_name, ".dauys-manifest"))
            fail_msg("cancelled build left %s", e->d_name);
    closedir(dp);
    free(book_dir);
    free(out);
    free(input);
    free(dir);
}

static void test_folder_is_one_book(void **state)
{
    (void)state;
    char *dir = th_tmpdir("e2e-folder");
    char *book = dy_path_join(dir, "Сабақтар");
    dy_diag d;
    assert_int_equal(dy_mkdirs(book, &d), DY_OK);
    const char *files[][2] = {{"2-ekinshi.txt", "Екінші сабақ."},
                              {"1-birinshi.md", "# Бірінші сабақ\n\nСәлем."},
                              {"notes.odt", "not a chapter"}};
    for (size_t i = 0; i < 3; i++) {
        char *p = dy_path_join(book, files[i][0]);
        th_write(p, files[i][1], strlen(files[i][1]));
        free(p);
    }
    char *out = dy_path_join(dir, "out");
    counter c = {0};
    dy_book_report r;
    assert_int_equal(build(book, out, false, &c, &r), DY_OK);
    assert_int_equal(r.chapters, 2);
    char *bd = dy_path_join(out, "sabaqtar");
    char *first = dy_path_join(bd, "01-birinshi-sabaq.mp3");
    char *second = dy_path_join(bd, "02-ekinshi.mp3"); /* "2-ekinshi": its number orders it */
    assert_int_equal(dy_path_kind_of(first), DY_PATH_FILE);
    assert_int_equal(dy_path_kind_of(second), DY_PATH_FILE);
    dy_book_report_fini(&r);
    free(first), free(second), free(bd), free(out), free(book), free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_three_chapter_book),
        cmocka_unit_test(test_same_input_same_bytes),
        cmocka_unit_test(test_cancel_leaves_no_partial_file),
        cmocka_unit_test(test_folder_is_one_book),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
