/* The EPUB 3 book (see epub.h). */
#include "writers/epub.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio/id3.h"
#include "writers/markup.h"
#include "core/platform.h"
#include "writers/sink.h"
#include "writers/zip.h"

#define ACTIVE_CLASS "-epub-media-overlay-active"
#define XHTML_HEAD                                                                                 \
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n"                                \
    "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "

static const char STYLE[] = "body { font-family: sans-serif; line-height: 1.6; }\n"
                            "." ACTIVE_CLASS " { background-color: #ffe680; color: #000; }\n";

/* SMIL clock value "h:mm:ss.fff" */
static void put_clock(dy_buf *b, uint64_t ms)
{
    dy_buf_printf(b, "%llu:%02llu:%02llu.%03llu", (unsigned long long)(ms / 3600000),
                  (unsigned long long)(ms / 60000 % 60), (unsigned long long)(ms / 1000 % 60),
                  (unsigned long long)(ms % 1000));
}

static void put_seconds(dy_buf *b, uint64_t ms)
{
    dy_buf_printf(b, "%llu.%03llus", (unsigned long long)(ms / 1000),
                  (unsigned long long)(ms % 1000));
}

static void html_open(dy_buf *b, const dy_epub_meta *m, const char *title)
{
    dy_buf_puts(b, XHTML_HEAD "lang=\"");
    dy_xml_text(b, m->language);
    dy_buf_puts(b, "\" xml:lang=\"");
    dy_xml_text(b, m->language);
    dy_buf_puts(b, "\">\n<head>\n<meta charset=\"utf-8\" />\n<title>");
    dy_xml_text(b, title);
    dy_buf_puts(b, "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\" />\n"
                   "</head>\n<body>\n");
}

/* Chapter c's document: its title, and its sentences in paragraphs, each with an id. */
static dy_status chapter_xhtml(dy_sink *k, const dy_timeline *tl, size_t c, const dy_epub_meta *m,
                               dy_diag *d)
{
    const dy_tl_chapter *ch = &tl->chapters.items[c];
    dy_buf *b = &k->b;
    html_open(b, m, ch->title);
    int h = dy_tl_chapter_level(ch);
    dy_buf_printf(b, "<section epub:type=\"chapter\" id=\"chapter\">\n<h%d id=\"h\">", h);
    dy_xml_text(b, ch->title);
    dy_buf_printf(b, "</h%d>\n", h);
    dy_status st = DY_OK;
    dy_tl_reader r;
    dy_tl_sentence s, before = {0};
    dy_tl_read(&r, tl, c);
    for (size_t i = 0; st == DY_OK && dy_tl_next(&r, &s); i++, before = s) {
        if (i == 0)
            dy_buf_puts(b, "<p>");
        else if (dy_paragraph_break(ch->text, before.src.end, s.src.start))
            dy_buf_puts(b, "</p>\n<p>");
        else
            dy_buf_putc(b, ' ');
        dy_buf_printf(b, "<span id=\"s%zu\">", i + 1);
        dy_text_fold(b, ch->text + s.src.start, s.src.end - s.src.start, dy_xml_escape);
        dy_buf_puts(b, "</span>");
        st = dy_sink_pass(k, d);
    }
    if (st == DY_OK)
        st = dy_tl_read_end(&r, d);
    if (ch->sentences)
        dy_buf_puts(b, "</p>\n");
    dy_buf_puts(b, "</section>\n</body>\n</html>\n");
    return st;
}

/* The overlay's clip i of chapter c (0: the heading, then sentence i), from sample begin to end;
 * none when it lasts no millisecond (a heading that is not read). */
static void smil_par(dy_buf *b, const dy_timeline *tl, size_t c, size_t i, uint64_t begin,
                     uint64_t end)
{
    uint64_t b_ms = dy_tl_ms(tl, begin), e_ms = dy_tl_ms(tl, end);
    if (e_ms <= b_ms)
        return;
    char target[32];
    if (i == 0)
        snprintf(target, sizeof target, "h");
    else
        snprintf(target, sizeof target, "s%zu", i);
    dy_buf_printf(b, "<par id=\"p-%s\">\n<text src=\"c%02zu.xhtml#%s\" />\n<audio src=\"audio/",
                  target, c + 1, target);
    dy_xml_text(b, tl->chapters.items[c].file);
    dy_buf_puts(b, "\" clipBegin=\"");
    put_seconds(b, b_ms);
    dy_buf_puts(b, "\" clipEnd=\"");
    put_seconds(b, e_ms);
    dy_buf_puts(b, "\" />\n</par>\n");
}

/* Chapter c's overlay: the heading (its title read and the pause after it), then each sentence
 * with the pause after it, so that the clips follow each other without a gap. */
static dy_status chapter_smil(dy_sink *k, const dy_timeline *tl, size_t c, dy_diag *d)
{
    dy_buf *b = &k->b;
    dy_buf_printf(b,
                  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                  "<smil xmlns=\"http://www.w3.org/ns/SMIL\" "
                  "xmlns:epub=\"http://www.idpf.org/2007/ops\" version=\"3.0\">\n<body>\n"
                  "<seq id=\"seq\" epub:textref=\"c%02zu.xhtml#chapter\" epub:type=\"chapter\">\n",
                  c + 1);
    dy_status st = dy_sink_clips(k, tl, c, smil_par, d);
    dy_buf_puts(b, "</seq>\n</body>\n</smil>\n");
    return st;
}

static void nav_xhtml(dy_buf *b, const dy_timeline *tl, const dy_epub_meta *m)
{
    html_open(b, m, m->title);
    dy_buf_puts(b, "<nav epub:type=\"toc\" id=\"toc\">\n<h1>");
    dy_xml_text(b, m->title);
    dy_buf_puts(b, "</h1>\n<ol>\n");
    int prev = 0;
    for (size_t c = 0; c < tl->chapters.len; c++) {
        int level = dy_tl_chapter_level(&tl->chapters.items[c]);
        dy_html_list_step(b, prev, level);
        dy_buf_printf(b, "<li><a href=\"c%02zu.xhtml\">", c + 1);
        dy_xml_text(b, tl->chapters.items[c].title);
        dy_buf_puts(b, "</a>");
        prev = level;
    }
    dy_html_list_step(b, prev, 0);
    dy_buf_puts(b, "</ol>\n</nav>\n</body>\n</html>\n");
}

static const char *cover_name(const dy_epub_meta *m)
{
    return !m->cover_mime ? NULL : !strcmp(m->cover_mime, "image/png") ? "cover.png" : "cover.jpg";
}

static void package_opf(dy_buf *b, const dy_timeline *tl, const dy_epub_meta *m)
{
    dy_buf_puts(b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                   "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
                   "unique-identifier=\"uid\" xml:lang=\"");
    dy_xml_text(b, m->language);
    dy_buf_puts(b, "\">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                   "<dc:identifier id=\"uid\">urn:uuid:");
    /* a version-4-shaped UUID from the book's 16 bytes */
    uint8_t u[16];
    memcpy(u, m->id, 16);
    u[6] = (uint8_t)((u[6] & 0x0F) | 0x40);
    u[8] = (uint8_t)((u[8] & 0x3F) | 0x80);
    for (int i = 0; i < 16; i++)
        dy_buf_printf(b, "%s%02x", i == 4 || i == 6 || i == 8 || i == 10 ? "-" : "", u[i]);
    dy_buf_puts(b, "</dc:identifier>\n<dc:title>");
    dy_xml_text(b, m->title);
    dy_buf_puts(b, "</dc:title>\n<dc:language>");
    dy_xml_text(b, m->language);
    dy_buf_puts(b, "</dc:language>\n");
    if (m->author && m->author[0]) {
        dy_buf_puts(b, "<dc:creator>");
        dy_xml_text(b, m->author);
        dy_buf_puts(b, "</dc:creator>\n");
    }
    dy_buf_puts(b, "<meta property=\"dcterms:modified\">");
    dy_xml_text(b, m->modified);
    dy_buf_puts(b, "</meta>\n");
    uint64_t total = 0;
    for (size_t c = 0; c < tl->chapters.len; c++) {
        uint64_t ms = dy_tl_ms(tl, tl->chapters.items[c].samples);
        total += ms;
        dy_buf_printf(b, "<meta property=\"media:duration\" refines=\"#smil%zu\">", c + 1);
        put_clock(b, ms);
        dy_buf_puts(b, "</meta>\n");
    }
    dy_buf_puts(b, "<meta property=\"media:duration\">");
    put_clock(b, total);
    dy_buf_puts(b, "</meta>\n<meta property=\"media:narrator\">");
    dy_xml_text(b, m->narrator);
    dy_buf_puts(b, "</meta>\n<meta property=\"media:active-class\">" ACTIVE_CLASS "</meta>\n");
    if (m->cover_mime)
        dy_buf_puts(b, "<meta name=\"cover\" content=\"cover\" />\n");
    dy_buf_puts(b, "</metadata>\n<manifest>\n"
                   "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" "
                   "properties=\"nav\" />\n"
                   "<item id=\"css\" href=\"style.css\" media-type=\"text/css\" />\n");
    if (m->cover_mime)
        dy_buf_printf(
            b, "<item id=\"cover\" href=\"%s\" media-type=\"%s\" properties=\"cover-image\" />\n",
            cover_name(m), m->cover_mime);
    for (size_t c = 0; c < tl->chapters.len; c++) {
        dy_buf_printf(
            b,
            "<item id=\"c%zu\" href=\"c%02zu.xhtml\" media-type=\"application/xhtml+xml\" "
            "media-overlay=\"smil%zu\" />\n",
            c + 1, c + 1, c + 1);
        dy_buf_printf(
            b, "<item id=\"smil%zu\" href=\"c%02zu.smil\" media-type=\"application/smil+xml\" />\n",
            c + 1, c + 1);
        dy_buf_printf(b, "<item id=\"audio%zu\" href=\"audio/", c + 1);
        dy_xml_text(b, tl->chapters.items[c].file);
        dy_buf_puts(b, "\" media-type=\"audio/mpeg\" />\n");
    }
    dy_buf_puts(b, "</manifest>\n<spine>\n");
    for (size_t c = 0; c < tl->chapters.len; c++)
        dy_buf_printf(b, "<itemref idref=\"c%zu\" />\n", c + 1);
    dy_buf_puts(b, "</spine>\n</package>\n");
}

static dy_status add(dy_zip *z, const char *name, dy_buf *b, dy_diag *d)
{
    dy_status st = dy_zip_add(z, name, b->data ? b->data : "", b->len, d);
    dy_buf_clear(b);
    return st;
}

dy_status dy_epub_write(const char *path, const char *src_dir, const dy_timeline *tl,
                        const dy_epub_meta *m, dy_diag *d)
{
    dy_zip *z;
    dy_status st = dy_zip_open(&z, path, d);
    if (st != DY_OK)
        return st;
    static const char mimetype[] = "application/epub+zip";
    static const char container[] =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
        "<rootfiles>\n<rootfile full-path=\"OEBPS/package.opf\" "
        "media-type=\"application/oebps-package+xml\" />\n</rootfiles>\n</container>\n";
    st = dy_zip_add(z, "mimetype", mimetype, strlen(mimetype), d); /* first, stored: OCF */
    if (st == DY_OK)
        st = dy_zip_add(z, "META-INF/container.xml", container, strlen(container), d);
    dy_buf b = {0};
    if (st == DY_OK) {
        package_opf(&b, tl, m);
        st = add(z, "OEBPS/package.opf", &b, d);
    }
    if (st == DY_OK) {
        nav_xhtml(&b, tl, m);
        st = add(z, "OEBPS/nav.xhtml", &b, d);
    }
    if (st == DY_OK)
        st = dy_zip_add(z, "OEBPS/style.css", STYLE, strlen(STYLE), d);
    if (st == DY_OK && m->cover_mime) {
        char name[64];
        snprintf(name, sizeof name, "OEBPS/%s", cover_name(m));
        st = dy_zip_add(z, name, m->cover, m->cover_len, d);
    }
    for (size_t c = 0; c < tl->chapters.len && st == DY_OK; c++) {
        char name[64];
        dy_sink k;
        snprintf(name, sizeof name, "OEBPS/c%02zu.xhtml", c + 1);
        st = dy_sink_entry(&k, z, name, d);
        if (st == DY_OK)
            st = dy_sink_finish(&k, chapter_xhtml(&k, tl, c, m, d), d);
        if (st == DY_OK) {
            snprintf(name, sizeof name, "OEBPS/c%02zu.smil", c + 1);
            st = dy_sink_entry(&k, z, name, d);
            if (st == DY_OK)
                st = dy_sink_finish(&k, chapter_smil(&k, tl, c, d), d);
        }
        if (st == DY_OK) {
            dy_buf entry = {0};
            dy_buf_printf(&entry, "OEBPS/audio/%s", tl->chapters.items[c].file);
            char *mp3 = dy_path_join(src_dir, tl->chapters.items[c].file);
            uint64_t tag; /* the copy starts after the chapter's tag: the cover is stored once */
            st = dy_id3_file_tag_size(mp3, &tag, d);
            if (st == DY_OK)
                st = dy_zip_add_file(z, entry.data, mp3, tag, d);
            free(mp3);
            dy_buf_fini(&entry);
        }
    }
    dy_buf_fini(&b);
    if (st == DY_OK)
        return dy_zip_close(z, d);
    dy_zip_abort(z);
    return st;
}
