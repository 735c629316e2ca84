/* Input: finds the book an input names (a file, a folder of chapter files, a library folder,
 * standard input), loads its text, front matter (language, cover) and lexicons, and reads its
 * chapters' sentences a paragraph at a time (the sentence cursor: no list of a book's sentences
 * is ever held). The first stage of a build (book.c); assembly reads what it makes. */
#include "book/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text/sentence.h"
#include "book/cover.h"
#include "book/slug.h"

void dy_book_fini(book *b)
{
    for (size_t i = 0; i < b->chapters.len; i++)
        dy_chapter_fini(&b->chapters.items[i]);
    DY_VEC_FREE(&b->chapters);
    for (size_t i = 0; i < b->nsources; i++)
        dy_source_fini(&b->sources[i]);
    free(b->sources);
    dy_meta_fini(&b->meta);
    free(b->stem);
    free(b->title);
    free(b->cover);
}

static bool is_text_file(const char *name)
{
    const char *ext = dy_path_ext(name);
    return !strcasecmp(ext, ".txt") || !strcasecmp(ext, ".md");
}

static dy_status book_split(book *b, dy_diag *d);

/* A file is a book; a folder is a book whose .txt/.md files are chapters, in name order;
 * "-" is a book read from standard input. */
dy_status dy_book_load(book *b, const char *input, const dy_lexicon *lex, dy_diag *d)
{
    memset(b, 0, sizeof *b);
    b->lex = lex;
    dy_path_kind kind = dy_path_kind_of(input);
    char **files = NULL;
    size_t nfiles = 0;
    dy_status st = DY_OK;
    if (!strcmp(input, "-")) {
        b->sources = dy_xcalloc(1, sizeof *b->sources);
        st = dy_source_load_stdin(&b->sources[0], d);
        if (st != DY_OK)
            return st;
        b->nsources = 1;
        b->stem = dy_xstrdup("stdin");
        st = dy_text_parse(&b->sources[0], &b->meta, b->stem, &b->chapters, d);
        return st == DY_OK ? book_split(b, d) : st;
    }
    if (kind == DY_PATH_NONE)
        return dy_diag_set(d, DY_ERR_NOTFOUND, input, 0, 0, "no such file or folder");
    if (kind == DY_PATH_DIR) {
        char **names;
        size_t n;
        st = dy_dir_list(input, &names, &n, d);
        if (st != DY_OK)
            return st;
        files = dy_xcalloc(n ? n : 1, sizeof *files);
        for (size_t i = 0; i < n; i++) {
            char *p = dy_path_join(input, names[i]);
            if (is_text_file(names[i]) && dy_path_kind_of(p) == DY_PATH_FILE)
                files[nfiles++] = p;
            else
                free(p);
            free(names[i]);
        }
        free(names);
        if (nfiles == 0) {
            free(files);
            return dy_diag_set(d, DY_ERR_INPUT, input, 0, 0, "the folder has no .txt or .md files");
        }
    } else {
        files = dy_xcalloc(1, sizeof *files);
        files[nfiles++] = dy_xstrdup(input);
    }
    char *raw = kind == DY_PATH_DIR ? dy_path_basename(input) : dy_path_stem(input);
    b->stem = dy_utf8_sanitize(raw); /* a title in the tags and the playlist: valid UTF-8 */
    free(raw);
    b->sources = dy_xcalloc(nfiles, sizeof *b->sources);
    for (size_t i = 0; i < nfiles && st == DY_OK; i++) {
        st = dy_source_load(&b->sources[i], files[i], d);
        if (st != DY_OK)
            break;
        b->nsources++;
        char *file_stem = dy_path_stem(files[i]);
        char *stem = dy_utf8_sanitize(file_stem);
        free(file_stem);
        if (kind == DY_PATH_DIR) { /* "01-Кіріспе": the number orders the files, the title is
                                      what follows it */
            size_t k = strspn(stem, "0123456789");
            size_t t = k + strspn(stem + k, "-_. ");
            if (k > 0 && t > k && stem[t] != '\0')
                memmove(stem, stem + t, strlen(stem + t) + 1);
        }
        st = dy_text_parse(&b->sources[i], &b->meta, kind == DY_PATH_DIR ? stem : b->stem,
                           &b->chapters, d);
        free(stem);
    }
    for (size_t i = 0; i < nfiles; i++)
        free(files[i]);
    free(files);
    return st == DY_OK ? book_split(b, d) : st;
}

/* front matter "language": an ISO 639-2 code (kaz, rus, eng ...) or the two-letter kk; the
 * pages say it in BCP 47 (the two-letter code where there is one) */
static dy_status book_language(book *b, dy_diag *d)
{
    static const char *const two[][2] = {{"kaz", "kk"}, {"rus", "ru"}, {"eng", "en"},
                                         {"tur", "tr"}, {"uzb", "uz"}, {"kir", "ky"},
                                         {"deu", "de"}, {"fra", "fr"}};
    const char *l = b->meta.language;
    snprintf(b->language, sizeof b->language, "kaz");
    snprintf(b->bcp47, sizeof b->bcp47, "kk");
    if (!l || !strcmp(l, "kk") || !strcmp(l, "kaz"))
        return DY_OK;
    bool ok = strlen(l) == 3;
    for (int i = 0; ok && i < 3; i++)
        ok = l[i] >= 'a' && l[i] <= 'z';
    if (!ok)
        return dy_diag_set(d, DY_ERR_INPUT, b->sources[0].path, 0, 0,
                           "front matter: language '%s': write a three-letter ISO 639-2 code, such "
                           "as kaz",
                           l);
    memcpy(b->language, l, 4);
    memcpy(b->bcp47, l, 4);
    for (size_t i = 0; i < sizeof two / sizeof *two; i++)
        if (!strcmp(l, two[i][0]))
            snprintf(b->bcp47, sizeof b->bcp47, "%s", two[i][1]);
    return DY_OK;
}

/* front matter "cover": a JPEG or PNG file, the path relative to the text's folder (text.c has
 * refused an absolute path or one with a ".." component); a symbolic link the user put there is
 * followed, and one that leads to nothing usable is named as such */
static dy_status book_cover(book *b, dy_diag *d)
{
    if (!b->meta.cover)
        return DY_OK;
    const char *src = b->sources[0].path;
    char *path;
    if (b->meta.cover[0] == '/' || !strchr(src, '/')) {
        path = dy_xstrdup(b->meta.cover);
    } else {
        char *dir = dy_xstrndup(src, (size_t)(strrchr(src, '/') - src));
        path = dy_path_join(dir, b->meta.cover);
        free(dir);
    }
    dy_diag inner = {0};
    dy_status st = DY_OK;
    dy_path_kind kind = dy_path_kind_of(path);
    if (kind != DY_PATH_FILE && dy_path_is_link(path)) /* dangling, to a folder, to a device */
        st = dy_diag_set(&inner, DY_ERR_NOTFOUND, path, 0, 0, "cannot use: %s",
                         kind == DY_PATH_NONE  ? "a symbolic link to a file that does not exist"
                         : kind == DY_PATH_DIR ? "a symbolic link to a folder"
                                               : "a symbolic link to a device or a pipe, not a "
                                                 "regular file");
    else if (kind != DY_PATH_FILE) /* not /dev/zero, not a folder */
        st = dy_diag_set(&inner, DY_ERR_NOTFOUND, path, 0, 0,
                         kind == DY_PATH_NONE ? "cannot open: No such file or directory"
                                              : "not a regular file");
    else
        st = dy_file_read(path, &b->cover, &b->cover_len, &inner);
    char why[200];
    if (st == DY_OK)
        b->cover_mime =
            dy_cover_check((const unsigned char *)b->cover, b->cover_len, why, sizeof why);
    if (!b->cover_mime)
        st = dy_diag_set(d, DY_ERR_INPUT, src, 0, 0, "front matter: cover '%s': %s", path,
                         st != DY_OK ? inner.msg : why);
    free(path);
    return st;
}

static dy_status book_split(book *b, dy_diag *d)
{
    b->title = dy_xstrdup(b->meta.title ? b->meta.title : b->stem);
    dy_status st = book_language(b, d);
    if (st == DY_OK)
        st = book_cover(b, d);
    if (st != DY_OK)
        return st;
    /* counted once, for the progress and the report; symbols alone ("* * *") say nothing: such
     * a book is refused like an empty one */
    bool says = false;
    dy_sentences cur = {0};
    for (size_t c = 0; c < b->chapters.len; c++) {
        const char *t = b->chapters.items[c].src->data;
        sentence_ref r;
        for (dy_sentences_begin(&cur, b, c); dy_sentences_next(&cur, &r);) {
            b->total_sentences++;
            for (size_t k = r.span.start; k < r.span.end && !says;) {
                int32_t cp = dy_utf8_next(t, r.span.end, &k);
                says = dy_is_letter(cp) || (cp >= '0' && cp <= '9');
            }
        }
    }
    dy_sentences_fini(&cur);
    if (says)
        return DY_OK;
    return dy_diag_set(d, DY_ERR_INPUT, b->sources[0].path, 0, 0, "there is no text to read");
}

void dy_sentences_begin(dy_sentences *cur, const book *bk, size_t c)
{
    cur->bk = bk;
    cur->chapter = c;
    cur->pos = 0;
    cur->spans.len = 0;
    cur->at = 0;
    cur->rest = (dy_span){0, 0};
    cur->lang = DY_LANG_KK;
}

bool dy_sentences_next(dy_sentences *cur, sentence_ref *out)
{
    const dy_chapter *ch = &cur->bk->chapters.items[cur->chapter];
    while (cur->at == cur->spans.len) {
        dy_span piece = cur->rest;
        if (piece.end == piece.start) { /* a new paragraph: its language starts afresh */
            if (!dy_chapter_para(ch, &cur->pos, &piece))
                return false;
            cur->lang = DY_LANG_KK;
        }
        dy_source_pass(ch->src, piece.start);
        size_t cut = dy_sentence_window(ch->src->data, piece, DY_SPLIT_WINDOW);
        cur->rest = (dy_span){cut, piece.end};
        cur->spans.len = 0;
        cur->at = 0;
        dy_sentence_split_lex(ch->src->data, (dy_span){piece.start, cut}, cur->bk->lex,
                              &cur->spans);
    }
    out->span = cur->spans.items[cur->at++];
    out->ends_paragraph = cur->at == cur->spans.len && cur->rest.end == cur->rest.start;
    /* a sentence with no words of its own takes the language of the one before (text/lang.h) */
    out->lang_before = cur->lang;
    cur->lang = dy_lang_detect_after(ch->src->data, out->span, cur->lang);
    return true;
}

void dy_sentences_fini(dy_sentences *cur) { DY_VEC_FREE(&cur->spans); }

/* The text a chapter title is read from: the heading in its source, or the title string
 * itself (a front-matter title); *span is the title within it. */
const char *dy_book_title_text(const dy_chapter *ch, dy_span *span)
{
    if (ch->title_span.end) {
        *span = ch->title_span;
        return ch->src->data;
    }
    *span = (dy_span){0, strlen(ch->title)};
    return ch->title;
}

/* The lexicons that apply to the book at input, in the order they are applied (a later entry
 * wins): "<dir>/<stem>.lexicon" beside a text file, or the *.lexicon files inside a folder
 * book, then s->lexicon. Fills *out (a new lexicon the caller frees); a malformed lexicon is
 * DY_ERR_INPUT naming file:line. */
dy_status dy_book_lexicon(const char *input, const dy_settings *s, dy_lexicon **out, dy_diag *d)
{
    dy_lexicon *lex = dy_lexicon_new();
    dy_status st = DY_OK;
    if (dy_path_kind_of(input) == DY_PATH_DIR) {
        char **names;
        size_t n;
        st = dy_dir_list(input, &names, &n, d);
        for (size_t i = 0; i < n; i++) {
            if (st == DY_OK && !strcmp(dy_path_ext(names[i]), ".lexicon")) {
                char *p = dy_path_join(input, names[i]);
                st = dy_lexicon_load(lex, p, d);
                free(p);
            }
            free(names[i]);
        }
        free(names);
    } else if (strcmp(input, "-") != 0) {
        /* texts/kitap.txt -> texts/kitap.lexicon */
        const char *ext = dy_path_ext(input);
        dy_buf p = {0};
        dy_buf_append(&p, input, strlen(input) - strlen(ext));
        dy_buf_puts(&p, ".lexicon");
        if (dy_path_kind_of(p.data) == DY_PATH_FILE)
            st = dy_lexicon_load(lex, p.data, d);
        dy_buf_fini(&p);
    }
    if (st == DY_OK && s && s->lexicon)
        st = dy_lexicon_load(lex, s->lexicon, d);
    if (st != DY_OK) {
        dy_lexicon_free(lex);
        lex = NULL;
    }
    *out = lex;
    return st;
}

dy_status dy_book_inputs(const char *input, dy_folder_mode mode, char ***books, size_t *count,
                         dy_diag *d)
{
    if (strcmp(input, "-") == 0 || dy_path_kind_of(input) != DY_PATH_DIR ||
        mode == DY_FOLDER_BOOK) {
        *books = dy_xrealloc(*books, (*count + 1) * sizeof **books);
        (*books)[(*count)++] = dy_xstrdup(input);
        return DY_OK;
    }
    char **names;
    size_t n;
    dy_status st = dy_dir_list(input, &names, &n, d);
    if (st != DY_OK)
        return st;
    /* AUTO: numbered text files are the chapters of one book; named ones are books */
    bool numbered = true, any_text = false;
    for (size_t i = 0; i < n; i++) {
        char *p = dy_path_join(input, names[i]);
        if (is_text_file(names[i]) && dy_path_kind_of(p) == DY_PATH_FILE) {
            any_text = true;
            numbered &= names[i][0] >= '0' && names[i][0] <= '9';
        }
        free(p);
    }
    bool library = mode == DY_FOLDER_LIBRARY || (any_text && !numbered);
    size_t before = *count;
    for (size_t i = 0; i < n; i++) {
        char *p = dy_path_join(input, names[i]);
        dy_path_kind k = dy_path_kind_of(p);
        if (library && ((k == DY_PATH_FILE && is_text_file(names[i])) || k == DY_PATH_DIR)) {
            *books = dy_xrealloc(*books, (*count + 1) * sizeof **books);
            (*books)[(*count)++] = p;
        } else {
            free(p);
        }
        free(names[i]);
    }
    free(names);
    if (!library) {
        *books = dy_xrealloc(*books, (*count + 1) * sizeof **books);
        (*books)[(*count)++] = dy_xstrdup(input);
    } else if (*count == before) {
        return dy_diag_set(d, DY_ERR_INPUT, input, 0, 0,
                           "the folder has no books (.txt or .md "
                           "files, or folders of them)");
    }
    return DY_OK;
}

/* Whether path is folder dir or inside it (both absolute and resolved, see dy_path_real). */
static bool within(const char *path, const char *dir)
{
    size_t n = strlen(dir);
    if (n == 1) /* "/" */
        return true;
    return !strncmp(path, dir, n) && (path[n] == '\0' || path[n] == '/');
}

dy_status dy_book_check_output(const char *input, const char *output_dir, dy_diag *d)
{
    if (!strcmp(input, "-") || dy_path_kind_of(input) != DY_PATH_DIR)
        return DY_OK;
    char *in = dy_path_real(input), *out = dy_path_real(output_dir);
    char *folder = dy_book_folder_name(input);
    char *bookdir = dy_path_join(out, folder);
    dy_status st = DY_OK;
    if (within(out, in))
        st = dy_diag_set(d, DY_ERR_USAGE, input, 0, 0,
                         "the output folder '%s' is this input folder or inside it; give -o a "
                         "folder outside it",
                         output_dir);
    else if (within(bookdir, in))
        st = dy_diag_set(d, DY_ERR_USAGE, input, 0, 0,
                         "the book's folder '%s/%s' would be this input folder or inside it; "
                         "give -o a folder outside it",
                         output_dir, folder);
    free(bookdir);
    free(folder);
    free(out);
    free(in);
    return st;
}

char *dy_book_folder_name(const char *input)
{
    char *stem = !strcmp(input, "-")                     ? dy_xstrdup("stdin")
                 : dy_path_kind_of(input) == DY_PATH_DIR ? dy_path_basename(input)
                                                         : dy_path_stem(input);
    dy_buf slug = {0};
    dy_slug(&slug, stem, SLUG_MAX);
    free(stem);
    return slug.data;
}
