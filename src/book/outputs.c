/* The book-level outputs, after the chapters are assembled: the writers that read the timeline
 * (timings, playlist, cue sheet, read-along page, DAISY, EPUB) and the removal of what an earlier
 * build of the book left that this one did not write. The last stage of a build (book.c). */
#include "book/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "writers/daisy.h"
#include "writers/epub.h"
#include "writers/playlist.h"
#include "writers/readalong.h"
#include "writers/subtitles.h"

/* "<dir>/<folder name><ext>": the book's own files (the single MP3, the playlist ...). */
char *dy_book_file(const char *dir, const char *ext)
{
    char *base = dy_path_basename(dir);
    dy_buf name = {0};
    dy_buf_printf(&name, "%s%s", base, ext);
    char *path = dy_path_join(dir, name.data);
    free(base);
    dy_buf_fini(&name);
    return path;
}

/* The WebVTT and LRC sentence timings of chapter c (DY_TL_BOOK: of the book file), beside its
 * MP3 with the same name, so players pick them up. */
dy_status dy_book_write_timings(const char *dir, const dy_timeline *tl, size_t c, const book *bk,
                                dy_diag *d)
{
    bool whole = c == DY_TL_BOOK;
    const char *title = whole ? bk->title : tl->chapters.items[c].title;
    dy_status st = DY_OK;
    for (int k = 0; k < 2 && st == DY_OK; k++) {
        const char *ext = k == 0 ? ".vtt" : ".lrc";
        char *path;
        if (whole) {
            path = dy_book_file(dir, ext);
        } else {
            const char *mp3 = tl->chapters.items[c].file;
            dy_buf name = {0};
            dy_buf_append(&name, mp3, strlen(mp3) - strlen(".mp3"));
            dy_buf_puts(&name, ext);
            path = dy_path_join(dir, name.data);
            dy_buf_fini(&name);
        }
        st = k == 0 ? dy_vtt_write(path, tl, c, d)
                    : dy_lrc_write(path, tl, c, title, bk->meta.author, d);
        free(path);
    }
    return st;
}

/* File names (no folder) a build wrote, each the list's to free. */
typedef DY_VEC(char *) name_vec;

/* Adds the name of the file at path to the files this build wrote. */
static void wrote(name_vec *w, const char *path) { *DY_VEC_PUSH(w) = dy_path_basename(path); }

/* The book-level files that read the timeline: the playlist, the book file's timings and its cue
 * sheet (at most 99 tracks: a longer book gets none, as the format allows no more, and an
 * earlier build's, which would name the wrong tracks, is removed as stale). Adds their names to
 * *w. */
static dy_status write_book_timings(const char *dir, const dy_timeline *tl, const book *bk,
                                    name_vec *w, dy_diag *d)
{
    char *path = dy_book_file(dir, ".m3u8");
    dy_status st = dy_playlist_write(path, tl, bk->title, bk->meta.author, d);
    wrote(w, path);
    free(path);
    if (st == DY_OK) { /* the read-along page: the book's text and its chapter files */
        path = dy_book_file(dir, ".html");
        st = dy_readalong_write(path, tl, bk->title, bk->meta.author, bk->bcp47, d);
        wrote(w, path);
        free(path);
    }
    if (st == DY_OK)
        st = dy_book_write_timings(dir, tl, DY_TL_BOOK, bk, d);
    if (st == DY_OK && tl->chapters.len <= 99) {
        path = dy_book_file(dir, ".cue");
        char *mp3 = dy_book_file(dir, ".mp3");
        char *mp3_name = dy_path_basename(mp3);
        st = dy_cue_write(path, tl, mp3_name, bk->title, bk->meta.author, d);
        wrote(w, path);
        free(mp3_name);
        free(mp3);
        free(path);
    }
    return st;
}

/* The book's date for DAISY and EPUB, "YYYY-MM-DD": January 1st of the front matter's year,
 * else the day its first text file was last changed (for standard input, 2000-01-01). Never
 * the clock: the same text gives the same bytes. */
static void book_date(const book *bk, char out[16])
{
    const char *year = bk->meta.year;
    if (year && strlen(year) == 4 && strspn(year, "0123456789") == 4)
        snprintf(out, 16, "%s-01-01", year);
    else if (!dy_file_date(bk->sources[0].path, out))
        snprintf(out, 16, "2000-01-01");
}

/* 16 bytes that identify the book and stay the same from one build to the next. */
static dy_key book_id(const book *bk)
{
    dy_buf id = {0};
    dy_buf_printf(&id, "%s\n%s", bk->title, bk->meta.author ? bk->meta.author : "");
    dy_key k = dy_cache_key(id.data, id.len);
    dy_buf_fini(&id);
    return k;
}

/* "eSpeak NG kk+f3, synthetic voice": the narrator the accessible books name */
static char *narrator(const dy_voice_params *v)
{
    dy_buf b = {0};
    dy_buf_printf(&b, "eSpeak NG %s%s%s, synthetic voice", v->espeak_voice,
                  v->variant[0] ? "+" : "", v->variant);
    return b.data;
}

/* The EPUB 3 book with media overlays, <dir>/<book>.epub. */
static dy_status write_epub(const char *dir, const dy_timeline *tl, const book *bk,
                            const dy_voice_params *v, name_vec *w, dy_diag *d)
{
    dy_key k = book_id(bk);
    char date[16], modified[32]; /* from the text, not the clock (see book_date) */
    book_date(bk, date);
    snprintf(modified, sizeof modified, "%sT00:00:00Z", date);
    char *voice = narrator(v);
    dy_epub_meta m = {bk->title, bk->meta.author, bk->bcp47, voice,        k.b,
                      modified,  bk->cover_mime,  bk->cover, bk->cover_len};
    char *path = dy_book_file(dir, ".epub");
    dy_status st = dy_epub_write(path, dir, tl, &m, d);
    wrote(w, path);
    free(path);
    free(voice);
    return st;
}

/* The DAISY 2.02 book, in <dir>/daisy/. */
static dy_status write_daisy(const char *dir, const dy_timeline *tl, const book *bk,
                             const dy_voice_params *v, dy_diag *d)
{
    dy_key k = book_id(bk);
    dy_buf id = {0};
    dy_buf_puts(&id, "dauys-");
    for (int i = 0; i < 8; i++)
        dy_buf_printf(&id, "%02x", k.b[i]);
    char date[16];
    book_date(bk, date);
    char *voice = narrator(v);
    dy_daisy_meta m = {bk->title, bk->meta.author, date, bk->bcp47, voice, id.data};
    char *daisy = dy_path_join(dir, "daisy");
    dy_status st = dy_daisy_write(daisy, dir, tl, &m, d);
    free(daisy);
    dy_buf_fini(&id);
    free(voice);
    return st;
}

/* Every kind of file dauys writes into a book's folder <dir>: a chapter's ("03-alash.mp3" and its
 * WAV and timings) and the book's own ("<folder>.mp3" ...). Whatever of these this build did not
 * write is an earlier build's (a chapter since renamed or removed, --wav or --epub dropped). */
static const char *const CHAPTER_PATTERNS[] = {"#-*.mp3", "#-*.wav", "#-*.vtt", "#-*.lrc"};
static const char *const BOOK_EXTENSIONS[] = {".mp3", ".vtt",  ".lrc", ".m3u8",
                                              ".cue", ".html", ".epub"};
#define COUNT(a) (sizeof a / sizeof *a)

/* Removes from <dir> the files of those kinds that this build did not write (w). */
static dy_status remove_stale(const char *dir, const name_vec *w, dy_diag *d)
{
    const char *patterns[COUNT(CHAPTER_PATTERNS) + COUNT(BOOK_EXTENSIONS)];
    char *own[COUNT(BOOK_EXTENSIONS)];
    size_t n = 0;
    for (size_t i = 0; i < COUNT(CHAPTER_PATTERNS); i++)
        patterns[n++] = CHAPTER_PATTERNS[i];
    for (size_t i = 0; i < COUNT(BOOK_EXTENSIONS); i++) {
        char *path = dy_book_file(dir, BOOK_EXTENSIONS[i]);
        patterns[n++] = own[i] = dy_path_basename(path);
        free(path);
    }
    dy_status st = dy_dir_prune(dir, patterns, n, (const char *const *)w->items, w->len, d);
    for (size_t i = 0; i < COUNT(BOOK_EXTENSIONS); i++)
        free(own[i]);
    return st;
}

dy_status dy_book_write_outputs(const char *dir, const dy_timeline *tl, const book *bk,
                                const dy_settings *s, dy_diag *d)
{
    /* the files this build wrote: the chapters' (as each was finished, dy_book_chapter) and the
     * book file (dy_book_build), then those written here */
    static const char *const ext[] = {".mp3", ".vtt", ".lrc", ".wav"}; /* the WAV with --wav */
    name_vec w = {0};
    for (size_t c = 0; c < tl->chapters.len; c++) {
        const char *mp3 = tl->chapters.items[c].file; /* "NN-slug.mp3" */
        for (int k = 0; k < (s->wav ? 4 : 3); k++) {
            dy_buf name = {0};
            dy_buf_append(&name, mp3, strlen(mp3) - strlen(".mp3"));
            dy_buf_puts(&name, ext[k]);
            *DY_VEC_PUSH(&w) = name.data;
        }
    }
    for (int k = 0; k < 3; k++) {
        char *path = dy_book_file(dir, ext[k]);
        wrote(&w, path);
        free(path);
    }
    dy_status st = write_book_timings(dir, tl, bk, &w, d);
    if (st == DY_OK && s->daisy)
        st = write_daisy(dir, tl, bk, &s->preset.voice, d);
    if (st == DY_OK && s->epub)
        st = write_epub(dir, tl, bk, &s->preset.voice, &w, d);
    if (st == DY_OK)
        st = remove_stale(dir, &w, d);
    if (st == DY_OK && !s->daisy) { /* an earlier build's, no longer asked for */
        char *daisy = dy_path_join(dir, "daisy");
        st = dy_daisy_remove(daisy, d);
        free(daisy);
    }
    for (size_t i = 0; i < w.len; i++)
        free(w.items[i]);
    DY_VEC_FREE(&w);
    return st;
}
