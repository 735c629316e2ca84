/* The book-level outputs, after the chapters are assembled: the writers that read the timeline
 * (timings, playlist, cue sheet, read-along page, DAISY, EPUB) and the removal of what an earlier
 * build of the book wrote (as its record, manifest.c, says) that this one did not. The last
 * stage of a build (book.c); before the first, the checks that keep a user's files safe. */
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
 * sheet (at most 99 tracks: a longer book gets none, as the format allows no more, and an
 * earlier build's, which would name the wrong tracks, is removed as stale). */
static dy_status write_book_timings(const char *dir, const dy_timeline *tl, const book *bk,
                                    dy_diag *d)
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
    if (st == DY_OK && tl->chapters.len <= 99) {
        path = dy_book_file(dir, ".cue");
        char *mp3 = dy_book_file(dir, ".mp3");
        char *mp3_name = dy_path_basename(mp3);
        st = dy_cue_write(path, tl, mp3_name, bk->title, bk->meta.author, d);
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
                            const dy_voice_params *v, dy_diag *d)
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

/* Adds to *m every file a build of bk writes into its folder dir: the chapters' ("03-alash.mp3",
 * its timings, its WAV with --wav), the book's own ("<folder>.mp3", its timings, the playlist,
 * the page, the cue sheet up to 99 chapters, the EPUB with --epub) and, with --daisy, the DAISY
 * book's ("daisy/ncc.html" ...). The one list of what a build writes: it is checked against the
 * folder before the build, recorded after it, and what an earlier build recorded and is not in
 * it is removed. */
static void list_ours(const char *dir, const book *bk, const dy_settings *s, dy_manifest *m)
{
    static const char *const chapter_ext[] = {".mp3", ".vtt", ".lrc", ".wav"};
    static const char *const book_ext[] = {".mp3",  ".vtt", ".lrc", ".m3u8",
                                           ".html", ".cue", ".epub"};
    size_t n = bk->chapters.len;
    char **mp3 = dy_xcalloc(n + 1, sizeof *mp3);
    dy_buf name = {0};
    for (size_t c = 0; c < n; c++) {
        char *stem = dy_book_chapter_stem(bk, c, dir);
        for (int k = 0; k < (s->wav ? 4 : 3); k++) {
            dy_buf_clear(&name);
            dy_buf_printf(&name, "%s%s", stem, chapter_ext[k]);
            dy_manifest_add(m, name.data);
        }
        dy_buf_clear(&name);
        dy_buf_printf(&name, "%s.mp3", stem);
        mp3[c] = dy_xstrdup(name.data);
        free(stem);
    }
    for (size_t k = 0; k < sizeof book_ext / sizeof *book_ext; k++) {
        if ((!strcmp(book_ext[k], ".cue") && n > 99) || (!strcmp(book_ext[k], ".epub") && !s->epub))
            continue;
        char *path = dy_book_file(dir, book_ext[k]);
        char *base = dy_path_basename(path);
        dy_manifest_add(m, base);
        free(base);
        free(path);
    }
    if (s->daisy) {
        size_t count;
        char **files = dy_daisy_files((const char *const *)mp3, n, &count);
        for (size_t i = 0; i < count; i++) {
            dy_buf_clear(&name);
            dy_buf_printf(&name, "daisy/%s", files[i]);
            dy_manifest_add(m, name.data);
            free(files[i]);
        }
        free(files);
    }
    for (size_t c = 0; c < n; c++)
        free(mp3[c]);
    free(mp3);
    dy_buf_fini(&name);
}

dy_status dy_book_folder_check(const char *dir, dy_diag *d)
{
    char *daisy = dy_path_join(dir, "daisy");
    const char *link = dy_path_is_link(dir) ? dir : dy_path_is_link(daisy) ? daisy : NULL;
    dy_status st = DY_OK;
    if (link) /* writing through it would put files, and remove them, somewhere else */
        st = dy_diag_set(d, DY_ERR_IO, link, 0, 0,
                         "is a symbolic link; dauys writes only into real folders");
    free(daisy);
    return st;
}

dy_status dy_book_outputs_begin(const char *dir, const book *bk, const dy_settings *s,
                                dy_book_plan *p, dy_diag *d)
{
    dy_manifest_read(dir, &p->earlier);
    memset(&p->ours, 0, sizeof p->ours);
    list_ours(dir, bk, s, &p->ours);
    dy_status st = DY_OK;
    for (size_t i = 0; i < p->ours.names.len && st == DY_OK; i++) {
        const char *name = p->ours.names.items[i];
        char *path = dy_path_join(dir, name);
        if (dy_path_exists(path) && !dy_manifest_has(&p->earlier, name))
            st = dy_diag_set(d, DY_ERR_IO, path, 0, 0,
                             "is not in the folder's .dauys-manifest, the record of what dauys "
                             "wrote there (a file of yours, or of a dauys before the record), and "
                             "dauys never overwrites such a file: move it away, or give -o "
                             "another folder");
        free(path);
    }
    dy_manifest_seal(&p->ours); /* after the check, which names files in the book's order */
    if (st != DY_OK)
        return st;
    /* what this build may leave, should it stop half-way, is dauys's for the next one */
    dy_manifest both = {0};
    for (size_t i = 0; i < p->earlier.names.len; i++)
        dy_manifest_add(&both, p->earlier.names.items[i]);
    for (size_t i = 0; i < p->ours.names.len; i++)
        dy_manifest_add(&both, p->ours.names.items[i]);
    dy_manifest_seal(&both);
    st = dy_manifest_write(dir, &both, d);
    dy_manifest_fini(&both);
    return st;
}

void dy_book_plan_fini(dy_book_plan *p)
{
    dy_manifest_fini(&p->earlier);
    dy_manifest_fini(&p->ours);
}

dy_status dy_book_write_outputs(const char *dir, const dy_timeline *tl, const book *bk,
                                const dy_settings *s, const dy_book_plan *p, dy_diag *d)
{
    /* the chapters' files and the book file are written (dy_book_chapter, dy_book_build) */
    dy_status st = write_book_timings(dir, tl, bk, d);
    if (st == DY_OK && s->daisy)
        st = write_daisy(dir, tl, bk, &s->preset.voice, d);
    if (st == DY_OK && s->epub)
        st = write_epub(dir, tl, bk, &s->preset.voice, d);
    /* what an earlier build wrote and this one did not: a chapter renamed or removed, --wav,
     * --epub or --daisy dropped (an emptied daisy/ goes too); then this build's record */
    if (st == DY_OK)
        st = dy_dir_prune(dir, (const char *const *)p->earlier.names.items, p->earlier.names.len,
                          (const char *const *)p->ours.names.items, p->ours.names.len, d);
    if (st == DY_OK)
        st = dy_manifest_write(dir, &p->ours, d);
    return st;
}
