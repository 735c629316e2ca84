/* The read-along page (see readalong.h). */
#include "writers/readalong.h"

#include <string.h>

#include "writers/assets.h"
#include "writers/markup.h"
#include "writers/sink.h"

/* "12.345": milliseconds as seconds, for data attributes */
static void put_seconds(dy_buf *b, uint64_t ms)
{
    dy_buf_printf(b, "%llu.%03llu", (unsigned long long)(ms / 1000),
                  (unsigned long long)(ms % 1000));
}

static void controls(dy_buf *b)
{
    /* Kazakh labels: the page is for Kazakh readers */
    dy_buf_puts(
        b, "<div class=\"controls\" role=\"toolbar\" aria-label=\"Ойнатқыш\">\n"
           "<button id=\"prev\" type=\"button\" aria-label=\"Алдыңғы сөйлем\">\u00AB</button>\n"
           "<button id=\"play\" type=\"button\" aria-label=\"Ойнату\" data-play=\"Ойнату\" "
           "data-pause=\"Кідірту\">\u25B6</button>\n"
           "<button id=\"next\" type=\"button\" aria-label=\"Келесі сөйлем\">\u00BB</button>\n"
           "<label>Жылдамдық <select id=\"speed\">"
           "<option value=\"0.75\">0.75×</option><option value=\"1\" selected>1×</option>"
           "<option value=\"1.25\">1.25×</option><option value=\"1.5\">1.5×</option>"
           "</select></label>\n"
           "<button id=\"smaller\" type=\"button\" aria-label=\"Мәтінді кішірейту\">A−</button>\n"
           "<button id=\"bigger\" type=\"button\" aria-label=\"Мәтінді үлкейту\">A+</button>\n"
           "<button id=\"contrast\" type=\"button\" aria-pressed=\"false\">Контраст</button>\n"
           "</div>\n<audio id=\"audio\" preload=\"metadata\"></audio>\n");
}

dy_status dy_readalong_write(const char *path, const dy_timeline *tl, const char *title,
                             const char *author, const char *lang, dy_diag *d)
{
    dy_sink k;
    dy_status st = dy_sink_file(&k, path, d);
    if (st != DY_OK)
        return st;
    dy_buf *b = &k.b;
    dy_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"");
    dy_xml_text(b, lang);
    dy_buf_puts(b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"dauys " DY_VERSION "\">\n<title>");
    dy_xml_text(b, title);
    dy_buf_puts(b, "</title>\n<style>\n");
    dy_buf_puts(b, dy_asset_readalong_css);
    dy_buf_puts(b, "</style>\n</head>\n<body>\n<header>\n<h1>");
    dy_xml_text(b, title);
    dy_buf_puts(b, "</h1>\n");
    if (author && author[0]) {
        dy_buf_puts(b, "<p class=\"author\">");
        dy_xml_text(b, author);
        dy_buf_puts(b, "</p>\n");
    }
    controls(b);
    dy_buf_puts(b, "</header>\n<nav aria-label=\"Тараулар\">\n<ol>\n");
    int prev = 0;
    for (size_t c = 0; c < tl->chapters.len; c++) {
        int level = dy_tl_chapter_level(&tl->chapters.items[c]);
        dy_html_list_step(b, prev, level);
        dy_buf_printf(b, "<li><a href=\"#c%zu\" data-c=\"%zu\">", c + 1, c);
        dy_xml_text(b, tl->chapters.items[c].title);
        dy_buf_puts(b, "</a>");
        prev = level;
    }
    dy_html_list_step(b, prev, 0);
    dy_buf_puts(b, "</ol>\n</nav>\n<main>\n");
    size_t n = 0; /* sentences so far: their ids */
    for (size_t c = 0; c < tl->chapters.len && st == DY_OK; c++) {
        const dy_tl_chapter *ch = &tl->chapters.items[c];
        dy_buf_printf(b, "<section id=\"c%zu\" data-file=\"", c + 1);
        dy_xml_text(b, ch->file);
        dy_buf_puts(b, "\" data-start=\"");
        put_seconds(b, dy_tl_ms(tl, ch->book_start));
        /* the page's <h1> is the book's title: a # chapter is <h2>, a ## one <h3> … */
        int h = dy_tl_chapter_level(ch) + 1 < 6 ? dy_tl_chapter_level(ch) + 1 : 6;
        dy_buf_printf(b, "\">\n<h%d>", h);
        dy_xml_text(b, ch->title);
        dy_buf_printf(b, "</h%d>\n", h);
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
            dy_buf_printf(b, "<span class=\"s\" id=\"s%zu\" data-b=\"", ++n);
            put_seconds(b, dy_tl_ms(tl, ch->book_start + s.start));
            dy_buf_puts(b, "\" data-e=\"");
            put_seconds(b, dy_tl_ms(tl, ch->book_start + s.end));
            dy_buf_puts(b, "\">");
            dy_text_fold(b, ch->text + s.src.start, s.src.end - s.src.start, dy_xml_escape);
            dy_buf_puts(b, "</span>");
            st = dy_sink_pass(&k, d);
        }
        if (st == DY_OK)
            st = dy_tl_read_end(&r, d);
        if (ch->sentences)
            dy_buf_puts(b, "</p>\n");
        dy_buf_puts(b, "</section>\n");
    }
    dy_buf_puts(b, "</main>\n<script>\n");
    dy_buf_puts(b, dy_asset_readalong_js);
    dy_buf_puts(b, "</script>\n</body>\n</html>\n");
    return dy_sink_finish(&k, st, d);
}
