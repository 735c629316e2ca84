/* Progress and summaries of `dauys build` on standard error (see progress.h). */
#include "cli/progress.h"

#include <stdio.h>

#include "cli/msg.h"
#include "core/platform.h"

/* "1:05:09" or "5:09" */
static void clock_text(char *buf, size_t size, double seconds)
{
    long t = seconds > 0 ? (long)(seconds + 0.5) : 0;
    if (t >= 3600)
        snprintf(buf, size, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
    else
        snprintf(buf, size, "%ld:%02ld", t / 60, t % 60);
}

void dy_cli_on_progress(const dy_progress *p, void *user)
{
    dy_cli_progress *s = user;
    if (dy_cli_quiet)
        return;
    if (p->chapter_file) {
        /* a plain line per finished chapter, with its loudness, when stderr is a log; on a
         * terminal above the progress bar on request */
        if (s->verbose || !s->tty) {
            int secs = (int)(p->chapter_seconds + 0.5);
            fprintf(stderr, "%s%s: chapter %zu of %zu, %d:%02d, %.1f LUFS, true peak %.1f dBTP\n",
                    s->tty ? "\r\033[K" : "", p->chapter_file, p->chapter, p->chapters, secs / 60,
                    secs % 60, p->chapter_lufs, p->chapter_peak_dbtp);
            s->shown = 0; /* redraw the bar under it */
        }
        return;
    }
    if (!s->tty)
        return;
    /* a bar, sentences done, audio made and the time left, redrawn at most ten times a second */
    double now = dy_monotonic_seconds();
    if (now - s->shown < 0.1 && p->sentences_done < p->sentences_total)
        return;
    s->shown = now;
    enum { WIDTH = 24 };
    size_t total = p->sentences_total ? p->sentences_total : 1;
    size_t fill = p->sentences_done * WIDTH / total;
    char bar[WIDTH + 1];
    for (size_t i = 0; i < WIDTH; i++)
        bar[i] = i < fill ? '=' : i == fill ? '>' : ' ';
    bar[WIDTH] = '\0';
    char audio[32], eta[32] = "?";
    clock_text(audio, sizeof audio, p->audio_seconds);
    if (p->sentences_done > 0)
        clock_text(eta, sizeof eta,
                   (now - s->started) / (double)p->sentences_done *
                       (double)(p->sentences_total - p->sentences_done));
    fprintf(stderr, "\r\033[K%s [%s] %zu/%zu sentences, %s of audio, %s left", p->book, bar,
            p->sentences_done, p->sentences_total, audio, eta);
    fflush(stderr);
}

void dy_cli_progress_clear(const dy_cli_progress *s)
{
    if (s->tty && !dy_cli_quiet)
        fprintf(stderr, "\r\033[K");
}

void dy_cli_print_book_done(const dy_book_report *r, double took, bool cached)
{
    int secs = (int)(r->seconds + 0.5);
    char cache[160] = "";
    if (cached)
        snprintf(cache, sizeof cache, "; %zu of %zu sentences and titles from the cache%s",
                 r->reused, r->reused + r->synthesized,
                 r->damaged ? ", damaged entries made again" : "");
    notef("%s/: %zu chapter%s, %zu sentences, %d:%02d:%02d of audio, %.1f LUFS, %.1f MB, "
          "in %.1f s (%.0fx real time)%s",
          r->out_dir, r->chapters, r->chapters == 1 ? "" : "s", r->sentences, secs / 3600,
          secs / 60 % 60, secs % 60, r->lufs, (double)r->bytes / 1e6, took,
          took > 0 ? r->seconds / took : 0.0, cache);
}

void dy_cli_print_summary(const dy_cli_summary_row *rows, size_t n)
{
    if (dy_cli_quiet)
        return;
    fprintf(stderr, "\n%-32s %8s %9s %9s %8s %8s\n", "book", "chapters", "sentences", "duration",
            "MB", "warnings");
    size_t ch = 0, se = 0, wa = 0, failed = 0;
    double secs = 0, mb = 0;
    for (size_t i = 0; i < n; i++) {
        const dy_cli_summary_row *r = &rows[i];
        if (!r->ok) {
            fprintf(stderr, "%-32.32s %8s\n", r->input, "FAILED");
            failed++;
            continue;
        }
        long t = (long)(r->seconds + 0.5);
        char dur[32];
        snprintf(dur, sizeof dur, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
        fprintf(stderr, "%-32.32s %8zu %9zu %9s %8.1f %8zu\n", r->folder, r->chapters, r->sentences,
                dur, (double)r->bytes / 1e6, r->warnings);
        ch += r->chapters, se += r->sentences, wa += r->warnings;
        secs += r->seconds, mb += (double)r->bytes / 1e6;
    }
    long t = (long)(secs + 0.5);
    char dur[32];
    snprintf(dur, sizeof dur, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
    fprintf(stderr, "%-32s %8zu %9zu %9s %8.1f %8zu\n", failed ? "total (some FAILED)" : "total",
            ch, se, dur, mb, wa);
}
