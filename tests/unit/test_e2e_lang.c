/* End to end: a book with a Russian sentence between Kazakh ones builds, and the Russian
 * sentence is spoken by eSpeak's Russian voice. Measured on the chapter's WAV: the stretch of it
 * that best matches eSpeak's ru reading of the sentence (made here with a synthesizer on the ru
 * voice and the same preset) matches it almost exactly (the book only scales it by the voice's
 * gain), while the Kazakh voice's reading of the same words matches nothing so well. */
#include "helpers.h"

#include <math.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio/synth.h"
#include "book/book.h"
#include "book/voice.h"
#include "core/platform.h"
#include "normalize/normalize.h"

static const char BOOK[] = "---\n"
                           "title: Тіл\n"
                           "---\n"
                           "Абай орыс тілін жақсы білген.\n"
                           "\n"
                           "В 1917 г. в России произошла революция, и это изменило жизнь страны.\n";
static const char RUSSIAN[] =
    "В 1917 г. в России произошла революция, и это изменило жизнь страны.";

static char g_wav[4096];

static void on_progress(const dy_progress *p, void *user)
{
    (void)user;
    if (p->chapter_file) {
        snprintf(g_wav, sizeof g_wav, "%s", p->chapter_file);
        size_t n = strlen(g_wav);
        assert_true(n > 4 && !strcmp(g_wav + n - 4, ".mp3"));
        memcpy(g_wav + n - 4, ".wav", 4);
    }
}

static int16_t *wav_read(const char *path, size_t *n)
{
    SF_INFO info = {0};
    SNDFILE *sf = sf_open(path, SFM_READ, &info);
    assert_non_null(sf);
    int16_t *pcm = malloc((size_t)info.frames * sizeof *pcm);
    assert_int_equal(sf_read_short(sf, pcm, info.frames), info.frames);
    sf_close(sf);
    *n = (size_t)info.frames;
    return pcm;
}

/* eSpeak's reading of the normalized sentence with voice `name` and the default preset. */
static void reference(const char *name, const char *spoken, dy_pcm *out)
{
    dy_preset p;
    dy_preset_default(&p);
    snprintf(p.voice.espeak_voice, sizeof p.voice.espeak_voice, "%s", name);
    dy_synth *s;
    dy_diag d = {0};
    assert_int_equal(dy_synth_new(&s, &p.voice, &d), DY_OK);
    assert_int_equal(dy_synth_speak(s, spoken, out, &d), DY_OK);
    dy_synth_free(s);
    assert_true(out->len > 22050);
}

/* The normalized correlation of ref with x[at..] (a gain does not change it), every step-th
 * sample. */
static double correlation(const int16_t *x, size_t at, const dy_pcm *ref, size_t step)
{
    double xr = 0, xx = 0, rr = 0;
    for (size_t k = 0; k < ref->len; k += step) {
        xr += (double)x[at + k] * ref->items[k];
        xx += (double)x[at + k] * x[at + k];
        rr += (double)ref->items[k] * ref->items[k];
    }
    return xx > 0 && rr > 0 ? xr / sqrt(xx * rr) : 0;
}

/* The best correlation of ref with a stretch of x: a coarse search every 8 samples, then every
 * sample around the best. */
static double best_match(const int16_t *x, size_t n, const dy_pcm *ref)
{
    size_t best_at = 0;
    double best = -1;
    for (size_t at = 0; at + ref->len <= n; at += 8) {
        double c = correlation(x, at, ref, 8);
        if (c > best)
            best = c, best_at = at;
    }
    best = -1;
    for (size_t at = best_at > 8 ? best_at - 8 : 0; at <= best_at + 8 && at + ref->len <= n; at++) {
        double c = correlation(x, at, ref, 1);
        if (c > best)
            best = c;
    }
    return best;
}

static void test_russian_sentence_uses_the_ru_voice(void **state)
{
    (void)state;
    char *dir = th_tmpdir("e2e_lang");
    char *input = dy_path_join(dir, "til.md");
    th_write(input, BOOK, sizeof BOOK - 1);
    char *out = dy_path_join(dir, "out");
    dy_settings s;
    dy_settings_default(&s);
    s.output_dir = out;
    s.wav = true;
    s.jobs = 2;
    dy_callbacks cb = {on_progress, NULL, NULL};
    dy_diag d = {0};
    g_wav[0] = '\0';
    dy_book_report r = {0};
    if (dy_book_build(input, &s, &cb, &r, &d) != DY_OK)
        fail_msg("build failed: %s: %s", d.path, d.msg);
    assert_true(g_wav[0]);
    assert_int_equal(r.sentences, 2);
    dy_book_report_fini(&r);
    size_t n;
    int16_t *book = wav_read(g_wav, &n);

    dy_utt u = {0};
    u.src = (dy_span){0, strlen(RUSSIAN)};
    dy_normalize(RUSSIAN, &u);
    assert_int_equal(u.lang, DY_LANG_RU);
    dy_pcm ru = {0}, kk = {0};
    reference("ru", dy_buf_str(&u.spoken), &ru);
    reference("kk", dy_buf_str(&u.spoken), &kk);
    double as_ru = best_match(book, n, &ru), as_kk = best_match(book, n, &kk);
    print_message("correlation with eSpeak ru: %.4f, with eSpeak kk: %.4f\n", as_ru, as_kk);
    assert_true(as_ru > 0.95); /* measured 0.99 */
    assert_true(as_kk < 0.5);  /* measured 0.04 */
    DY_VEC_FREE(&ru);
    DY_VEC_FREE(&kk);
    dy_utt_fini(&u);
    free(book);
    free(out);
    free(input);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_russian_sentence_uses_the_ru_voice),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
