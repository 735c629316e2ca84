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

/* The book-level files that read the timeline: the playlist, the book file's timings and its cue
 * sheet (at most 99 tracks: a longer book gets none, as the format allows no more). */
static dy_status write_book_timings(const char *dir, const dy_timeline *tl, const book *bk, dy_diag *d)
{
    char *path = dy_book_file(dir, ".m3u8");
    dy_status st = dy_playlist_write(path, tl, bk->title, bk->meta.author, d);
    free(path);
    if (st == DY_OK) { /* the read-along page: the book's text and its chapter files */
        path = dy_book_file(dir, ".html");
        st = dy_readalong_write(path, tl, bk->title, bk->meta.author, bk->bcp47, d);
        free(path);
    }
    if (st == DY_OK)
        st = dy_book_write_timings(dir, tl, DY_TL_BOOK, bk, d);
    if (st == DY_OK) {
        path = dy_book_file(dir, ".cue");
        if (tl->chapters.len <= 99) {
            char *mp3 = dy_book_file(dir, ".mp3");
            char *mp3_name = dy_path_basename(mp3);
            st = dy_cue_write(path, tl, mp3_name, bk->title, bk->meta.author, d);
            free(mp3_name);
            free(mp3);
        } else {
            st = dy_file_remove(path, d); /* an earlier build's would name the wrong tracks */
        }
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
    dy_buf_printf(&b, "eSpeak NG %s%s%s, synthetic voice", v->espeak_voice, v->variant[0] ? "+" : "",
                  v->variant);
    return b.data;
}

/* The EPUB 3 book with media overlays, <dir>/<book>.epub. */
static dy_status write_epub(const char *dir, const dy_timeline *tl, const book *bk,
                            const dy_voice_params *v, dy_diag *d)
{
    dy_key k = book_id(bk);
    char date[16], modified[32]; /* from the text, not the clock (see book_date) */
    book_date(bk, date);
    snprintf(modified, sizeof modified, "%sT00:00:00Z", date);
    char *voice = narrator(v);
    dy_epub_meta m = {bk->title, bk->meta.author, bk->bcp47, voice, k.b, modified,
                      bk->cover_mime, bk->cover, bk->cover_len};
    char *path = dy_book_file(dir, ".epub");
    dy_status st = dy_epub_write(path, dir, tl, &m, d);
    free(path);
    free(voice);
    return st;
}

/* Removes <dir>/daisy/ of an earlier build: the files a DAISY book of dauys holds, then the
 * folder if nothing else is in it. */
static dy_status remove_daisy(const char *dir, dy_diag *d)
{
    char *daisy = dy_path_join(dir, "daisy");
    if (dy_path_kind_of(daisy) != DY_PATH_DIR) {
        free(daisy);
        return DY_OK;
    }
    char **names;
    size_t n;
    dy_status st = dy_dir_list(daisy, &names, &n, d);
    for (size_t i = 0; i < n; i++) {
        const char *ext = dy_path_ext(names[i]);
        if (st == DY_OK && (!strcmp(ext, ".smil") || !strcmp(ext, ".mp3") ||
                            !strcmp(names[i], "ncc.html") || !strcmp(names[i], "content.html"))) {
            char *p = dy_path_join(daisy, names[i]);
            st = dy_file_remove(p, d);
            free(p);
        }
        free(names[i]);
    }
    free(names);
    if (st == DY_OK)
        st = dy_dir_remove(daisy, d);
    free(daisy);
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

/* Is name one of the book's own files ("<folder>.mp3", ".vtt" ...), which may also start with
 * digits and a hyphen ("2020-kitap")? */
static bool is_book_file(const char *dir, const char *name)
{
    char *base = dy_path_basename(dir);
    size_t n = strlen(base);
    bool own = !strncmp(name, base, n) && name[n] == '.' && !strchr(name + n + 1, '.');
    free(base);
    return own;
}

/* Chapter files look like "NN-slug.mp3" / "NN-slug.wav": those of an earlier build that this
 * one did not write are stale (a chapter renamed or removed, --wav dropped). */
static dy_status remove_stale(const char *dir, const dy_timeline *tl, bool wav, dy_diag *d)
{
    char **names;
    size_t n;
    dy_status st = dy_dir_list(dir, &names, &n, d);
    for (size_t i = 0; i < n; i++) {
        const char *name = names[i];
        const char *ext = dy_path_ext(name);
        size_t digits = strspn(name, "0123456789");
        bool ours = digits > 0 && name[digits] == '-' && !is_book_file(dir, name) &&
                    (!strcmp(ext, ".mp3") || !strcmp(ext, ".wav") || !strcmp(ext, ".vtt") ||
                     !strcmp(ext, ".lrc"));
        bool current = false;
        for (size_t c = 0; c < tl->chapters.len && ours && !current; c++) {
            const char *file = tl->chapters.items[c].file; /* "NN-slug.mp3" */
            size_t stem = strlen(file) - strlen(".mp3");
            current = !strncmp(name, file, stem) && strlen(name) == strlen(file) &&
                      (strcmp(name + stem, ".wav") != 0 || wav);
        }
        if (ours && !current && st == DY_OK) {
            char *path = dy_path_join(dir, name);
            st = dy_file_remove(path, d);
            free(path);
        }
        free(names[i]);
    }
    free(names);
    return st;
}

dy_status dy_book_write_outputs(const char *dir, const dy_timeline *tl, const book *bk,
                                const dy_settings *s, dy_diag *d)
{
    dy_status st = write_book_timings(dir, tl, bk, d);
    if (st == DY_OK && s->daisy)
        st = write_daisy(dir, tl, bk, &s->preset.voice, d);
    if (st == DY_OK && s->epub)
        st = write_epub(dir, tl, bk, &s->preset.voice, d);
    if (st == DY_OK)
        st = remove_stale(dir, tl, s->wav, d);
    if (st == DY_OK && !s->epub) { /* an earlier build's, no longer asked for */
        char *epub = dy_book_file(dir, ".epub");
        st = dy_file_remove(epub, d);
        free(epub);
    }
    if (st == DY_OK && !s->daisy)
        st = remove_daisy(dir, d);
    return st;
}
