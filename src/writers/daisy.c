/* The DAISY 2.02 book (see daisy.h). */
#include "writers/daisy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio/id3.h"
#include "writers/markup.h"
#include "core/platform.h"
#include "writers/sink.h"

#define DOCTYPE_XHTML                                                                              \
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"                                                 \
    "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "                            \
    "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
#define DOCTYPE_SMIL                                                                               \
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"                                                 \
    "<!DOCTYPE smil PUBLIC \"-//W3C//DTD SMIL 1.0//EN\" "                                          \
    "\"http://www.w3.org/TR/REC-smil/SMIL10.dtd\">\n"

/* "NN-slug.smil" for the chapter whose MP3 is mp3 ("NN-slug.mp3"): that name, another extension */
static char *chapter_file(const char *mp3, const char *ext)
{
    size_t n = strlen(mp3) - strlen(".mp3");
    dy_buf b = {0};
    dy_buf_append(&b, mp3, n);
    dy_buf_puts(&b, ext);
    return b.data;
}

static void put_npt(dy_buf *b, uint64_t ms)
{
    dy_buf_printf(b, "npt=%llu.%03llus", (unsigned long long)(ms / 1000),
                  (unsigned long long)(ms % 1000));
}

static void put_clock(dy_buf *b, uint64_t ms) /* hh:mm:ss, rounded to the second */
{
    unsigned long long s = (ms + 500) / 1000;
    dy_buf_printf(b, "%02llu:%02llu:%02llu", s / 3600, s / 60 % 60, s % 60);
}

/* The XHTML 1.0 head of ncc.html and content.html, up to the title's end. */
static void xhtml_open(dy_buf *b, const dy_daisy_meta *m)
{
    dy_buf_puts(b, DOCTYPE_XHTML "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"");
    dy_xml_text(b, m->language);
    dy_buf_puts(b, "\" xml:lang=\"");
    dy_xml_text(b, m->language);
    dy_buf_puts(b, "\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
                   "charset=utf-8\" />\n<title>");
    dy_xml_text(b, m->title);
    dy_buf_puts(b, "</title>\n");
}

/* Writes b to dir/name and frees it. */
static dy_status write_out(const char *dir, const char *name, dy_buf *b, dy_diag *d)
{
    char *path = dy_path_join(dir, name);
    dy_status st = dy_file_write_atomic(path, b->data, b->len, d);
    free(path);
    dy_buf_fini(b);
    return st;
}

static void meta(dy_buf *b, const char *name, const char *content)
{
    dy_buf_printf(b, "<meta name=\"%s\" content=\"", name);
    dy_xml_text(b, content);
    dy_buf_puts(b, "\" />\n");
}

/* Clip i of chapter c's SMIL (0: the heading, then sentence i), from sample begin to end: the
 * clips follow each other without a gap (a sentence's clip holds the pause after it), so that a
 * player going from one to the next plays the whole chapter. */
static void smil_par(dy_buf *b, const dy_timeline *tl, size_t c, size_t i, uint64_t begin,
                     uint64_t end)
{
    char id[48];
    if (i == 0)
        snprintf(id, sizeof id, "h%zu", c + 1);
    else
        snprintf(id, sizeof id, "c%zu-s%zu", c + 1, i);
    dy_buf_printf(b,
                  "<par endsync=\"last\" id=\"par-%s\">\n<text src=\"content.html#%s\" "
                  "id=\"txt-%s\" />\n",
                  id, id, id);
    if (end > begin) {
        dy_buf_printf(b, "<audio src=\"%s\" clip-begin=\"", tl->chapters.items[c].file);
        put_npt(b, dy_tl_ms(tl, begin));
        dy_buf_puts(b, "\" clip-end=\"");
        put_npt(b, dy_tl_ms(tl, end));
        dy_buf_printf(b, "\" id=\"aud-%s\" />\n", id);
    }
    dy_buf_puts(b, "</par>\n");
}

static dy_status write_smil(const char *dir, const dy_timeline *tl, size_t c, uint64_t elapsed_ms,
                            dy_diag *d)
{
    const dy_tl_chapter *ch = &tl->chapters.items[c];
    uint64_t total = dy_tl_ms(tl, ch->samples);
    char *name = chapter_file(ch->file, ".smil");
    dy_sink k;
    dy_status st = dy_sink_file_in(&k, dir, name, d);
    free(name);
    if (st != DY_OK)
        return st;
    dy_buf *b = &k.b;
    dy_buf_puts(b, DOCTYPE_SMIL "<smil>\n<head>\n");
    meta(b, "dc:format", "Daisy 2.02");
    meta(b, "title", ch->title);
    dy_buf tmp = {0};
    put_clock(&tmp, total);
    meta(b, "ncc:timeInThisSmil", tmp.data);
    dy_buf_clear(&tmp);
    put_clock(&tmp, elapsed_ms);
    meta(b, "ncc:totalElapsedTime", tmp.data);
    dy_buf_fini(&tmp);
    dy_buf_puts(b, "<layout>\n<region id=\"txtView\" />\n</layout>\n</head>\n<body>\n");
    dy_buf_printf(b, "<seq dur=\"%llu.%03llus\">\n", (unsigned long long)(total / 1000),
                  (unsigned long long)(total % 1000));
    st = dy_sink_clips(&k, tl, c, smil_par, d);
    dy_buf_puts(b, "</seq>\n</body>\n</smil>\n");
    return dy_sink_finish(&k, st, d);
}

static dy_status write_content(const char *dir, const dy_timeline *tl, const dy_daisy_meta *m,
                               dy_diag *d)
{
    dy_sink k;
    dy_status st = dy_sink_file_in(&k, dir, "content.html", d);
    if (st != DY_OK)
        return st;
    dy_buf *b = &k.b;
    xhtml_open(b, m);
    dy_buf_puts(b, "</head>\n<body>\n");
    for (size_t c = 0; c < tl->chapters.len && st == DY_OK; c++) {
        const dy_tl_chapter *ch = &tl->chapters.items[c];
        char *smil = chapter_file(ch->file, ".smil");
        int h = dy_tl_chapter_level(ch);
        dy_buf_printf(b, "<h%d id=\"h%zu\"><a href=\"%s#par-h%zu\">", h, c + 1, smil, c + 1);
        dy_xml_text(b, ch->title);
        dy_buf_printf(b, "</a></h%d>\n", h);
        dy_tl_reader r;
        dy_tl_sentence s;
        dy_tl_read(&r, tl, c);
        for (size_t i = 0; st == DY_OK && dy_tl_next(&r, &s); i++) {
            dy_buf_printf(b, "<p id=\"c%zu-s%zu\"><a href=\"%s#par-c%zu-s%zu\">", c + 1, i + 1,
                          smil, c + 1, i + 1);
            dy_text_fold(b, ch->text + s.src.start, s.src.end - s.src.start, dy_xml_escape);
            dy_buf_puts(b, "</a></p>\n");
            st = dy_sink_pass(&k, d);
        }
        if (st == DY_OK)
            st = dy_tl_read_end(&r, d);
        free(smil);
    }
    dy_buf_puts(b, "</body>\n</html>\n");
    return dy_sink_finish(&k, st, d);
}

static dy_status write_ncc(const char *dir, const dy_timeline *tl, const dy_daisy_meta *m,
                           uint64_t total_ms, dy_diag *d)
{
    dy_buf b = {0}, tmp = {0};
    xhtml_open(&b, m);
    meta(&b, "dc:title", m->title);
    meta(&b, "dc:creator", m->author && m->author[0] ? m->author : "Unknown");
    meta(&b, "dc:date", m->date);
    meta(&b, "dc:format", "Daisy 2.02");
    meta(&b, "dc:identifier", m->identifier);
    meta(&b, "dc:language", m->language);
    meta(&b, "dc:publisher", m->author && m->author[0] ? m->author : "dauys");
    meta(&b, "ncc:charset", "utf-8");
    meta(&b, "ncc:generator", "dauys " DY_VERSION);
    meta(&b, "ncc:narrator", m->narrator);
    meta(&b, "ncc:multimediaType", "audioFullText");
    int depth = 1;
    for (size_t c = 0; c < tl->chapters.len; c++)
        if (dy_tl_chapter_level(&tl->chapters.items[c]) > depth)
            depth = dy_tl_chapter_level(&tl->chapters.items[c]);
    dy_buf_printf(&tmp, "%d", depth);
    meta(&b, "ncc:depth", tmp.data);
    dy_buf_clear(&tmp);
    meta(&b, "ncc:pageFront", "0");
    meta(&b, "ncc:pageNormal", "0");
    meta(&b, "ncc:pageSpecial", "0");
    meta(&b, "ncc:maxPageNormal", "0");
    dy_buf_printf(&tmp, "%zu", tl->chapters.len);
    meta(&b, "ncc:tocItems", tmp.data);
    dy_buf_clear(&tmp);
    /* ncc.html, content.html, master.smil, and a SMIL and an MP3 per chapter */
    dy_buf_printf(&tmp, "%zu", 3 + 2 * tl->chapters.len);
    meta(&b, "ncc:files", tmp.data);
    dy_buf_clear(&tmp);
    put_clock(&tmp, total_ms);
    meta(&b, "ncc:totalTime", tmp.data);
    dy_buf_fini(&tmp);
    dy_buf_puts(&b, "</head>\n<body>\n");
    for (size_t c = 0; c < tl->chapters.len; c++) {
        const dy_tl_chapter *ch = &tl->chapters.items[c];
        char *smil = chapter_file(ch->file, ".smil");
        /* the first heading is the book's title (class "title"), as DAISY 2.02 asks; it is an
         * h1 (dy_tl_level starts at 1 and skips no level) */
        int h = dy_tl_chapter_level(ch);
        dy_buf_printf(&b, "<h%d %sid=\"ncc-h%zu\"><a href=\"%s#par-h%zu\">", h,
                      c == 0 ? "class=\"title\" " : "", c + 1, smil, c + 1);
        dy_xml_text(&b, c == 0 && tl->chapters.len > 1 ? m->title : ch->title);
        if (c == 0 && tl->chapters.len > 1 && strcmp(m->title, ch->title) != 0) {
            dy_buf_puts(&b, ": ");
            dy_xml_text(&b, ch->title);
        }
        dy_buf_printf(&b, "</a></h%d>\n", h);
        free(smil);
    }
    dy_buf_puts(&b, "</body>\n</html>\n");
    return write_out(dir, "ncc.html", &b, d);
}

static dy_status write_master(const char *dir, const dy_timeline *tl, const dy_daisy_meta *m,
                              uint64_t total_ms, dy_diag *d)
{
    dy_buf b = {0}, tmp = {0};
    dy_buf_puts(&b, DOCTYPE_SMIL "<smil>\n<head>\n");
    meta(&b, "dc:title", m->title);
    meta(&b, "dc:format", "Daisy 2.02");
    put_clock(&tmp, total_ms);
    meta(&b, "ncc:timeInThisSmil", tmp.data);
    dy_buf_fini(&tmp);
    dy_buf_puts(&b, "<layout>\n<region id=\"txtView\" />\n</layout>\n</head>\n<body>\n");
    for (size_t c = 0; c < tl->chapters.len; c++) {
        char *smil = chapter_file(tl->chapters.items[c].file, ".smil");
        dy_buf_printf(&b, "<ref src=\"%s\" title=\"", smil);
        dy_xml_text(&b, tl->chapters.items[c].title);
        dy_buf_printf(&b, "\" id=\"ref-%zu\" />\n", c + 1);
        free(smil);
    }
    dy_buf_puts(&b, "</body>\n</smil>\n");
    return write_out(dir, "master.smil", &b, d);
}

char **dy_daisy_files(const char *const *mp3, size_t nchapters, size_t *count)
{
    char **names = dy_xcalloc(3 + 2 * nchapters, sizeof *names);
    size_t n = 0;
    names[n++] = dy_xstrdup("ncc.html");
    names[n++] = dy_xstrdup("content.html");
    names[n++] = dy_xstrdup("master.smil");
    for (size_t c = 0; c < nchapters; c++) {
        names[n++] = dy_xstrdup(mp3[c]);
        names[n++] = chapter_file(mp3[c], ".smil");
    }
    *count = n;
    return names;
}

dy_status dy_daisy_write(const char *dir, const char *src_dir, const dy_timeline *tl,
                         const dy_daisy_meta *m, dy_diag *d)
{
    dy_status st = dy_mkdirs(dir, d);
    if (st != DY_OK)
        return st;
    dy_outfile_sweep(dir);
    uint64_t elapsed = 0;
    for (size_t c = 0; c < tl->chapters.len && st == DY_OK; c++) {
        const dy_tl_chapter *ch = &tl->chapters.items[c];
        char *from = dy_path_join(src_dir, ch->file), *to = dy_path_join(dir, ch->file);
        uint64_t tag; /* the copy needs no tag (the NCC and SMIL say what it is), nor its cover */
        st = dy_id3_file_tag_size(from, &tag, d);
        if (st == DY_OK)
            st = dy_file_copy(from, tag, to, d);
        free(from);
        free(to);
        if (st == DY_OK)
            st = write_smil(dir, tl, c, elapsed, d);
        elapsed += dy_tl_ms(tl, ch->samples);
    }
    if (st == DY_OK)
        st = write_content(dir, tl, m, d);
    if (st == DY_OK)
        st = write_master(dir, tl, m, elapsed, d);
    if (st == DY_OK) /* last: a folder with an ncc.html is a whole book */
        st = write_ncc(dir, tl, m, elapsed, d);
    return st;
}
