/* The book's utterances (items) in reading order, made as the worker window (schedule.c)
 * reaches them: a chapter's spoken title, then its sentences, a long sentence cut into parts.
 * Only the items in flight are held, in a ring as long as the window, so memory does not grow
 * with the book's number of sentences; the same book gives the same items in the same order. */
#include "book/internal.h"

#include <stdlib.h>
#include <string.h>

void dy_items_init(builder *b, size_t window)
{
    b->ring_len = window + 1;
    b->ring = dy_xcalloc(b->ring_len, sizeof *b->ring);
}

void dy_items_fini(builder *b)
{
    for (size_t i = 0; i < b->ring_len; i++) {
        dy_seg_fini(&b->ring[i].seg);
        dy_buf_fini(&b->ring[i].data);
    }
    free(b->ring);
    b->ring = NULL;
    dy_sentences_fini(&b->feed.sents);
    DY_VEC_FREE(&b->feed.parts);
}

item *dy_items_at(builder *b, size_t i) { return &b->ring[i % b->ring_len]; }

static item *add_part(builder *b, size_t c, const char *text, dy_span span, double pause,
                      dy_lang before)
{
    item *it = DY_VEC_PUSH(&b->feed.parts);
    memset(it, 0, sizeof *it);
    it->chapter = c;
    it->lang_before = before;
    it->text = text;
    it->span = span;
    it->pause = pause;
    return it;
}

/* A sentence: one item, or for a long one (PART_SOURCE_BYTES) a part per group of the pieces
 * its normalized text is cut into, each part cut in the source before the first word of its
 * first piece. Each part is normalized again on its own when it is scheduled; the cuts fall at
 * the clause (or word) boundaries where pieces end, which no rule reads across. A part after the
 * first follows the whole sentence's language, the first the sentence before (before). */
static void add_sentence(builder *b, size_t c, const char *text, dy_span span, double pause,
                         dy_lang before)
{
    size_t first = b->feed.parts.len, from = span.start;
    dy_lang lang = before;
    if (span.end - span.start > PART_SOURCE_BYTES) {
        b->utt.src = span;
        b->utt.lang_before = before;
        dy_normalize_with(text, &b->utt, &b->norm);
        b->pieces.len = 0;
        /* a sentence over the expansion cap stays whole: scheduling it names the sentence */
        if (!b->utt.over_limit)
            dy_normalize_chunks(&b->utt, MAX_PIECE_BYTES, &b->pieces);
        size_t spoken = 0, w = 0;
        for (size_t k = 0; k < b->pieces.len; k++) {
            dy_span p = b->pieces.items[k];
            if (spoken > 0 && spoken + (p.end - p.start) > PART_SPOKEN_BYTES) {
                while (w < b->utt.words.len && b->utt.words.items[w].off < p.start)
                    w++;
                size_t cut = w < b->utt.words.len ? b->utt.words.items[w].src.start : span.end;
                if (cut > from && cut < span.end) {
                    add_part(b, c, text, (dy_span){from, cut}, DY_PIECE_PAUSE, lang)->more = true;
                    lang = b->utt.lang;
                    from = cut;
                    spoken = 0;
                }
            }
            spoken += p.end - p.start;
        }
    }
    add_part(b, c, text, (dy_span){from, span.end}, pause, lang);
    for (size_t i = first + 1; i < b->feed.parts.len; i++)
        b->feed.parts.items[i].continues = true;
}

/* The next item of the book into *it: false after the last. */
static bool feed(builder *b, item *it)
{
    const book *bk = b->bk;
    for (;;) {
        if (b->feed.part < b->feed.parts.len) {
            *it = b->feed.parts.items[b->feed.part++];
            return true;
        }
        size_t c = b->feed.chapter;
        if (c >= bk->chapters.len)
            return false;
        const dy_chapter *ch = &bk->chapters.items[c];
        b->feed.parts.len = 0;
        b->feed.part = 0;
        if (!b->feed.started) { /* the chapter's title, when it is spoken */
            b->feed.started = true;
            dy_sentences_begin(&b->feed.sents, bk, c);
            if (ch->title_spoken) {
                memset(it, 0, sizeof *it);
                it->chapter = c;
                it->text = dy_book_title_text(ch, &it->span);
                it->pause = b->s->preset.title_pause;
                it->title = true;
                return true;
            }
        }
        sentence_ref r;
        if (dy_sentences_next(&b->feed.sents, &r)) {
            add_sentence(b, c, ch->src->data, r.span,
                         r.ends_paragraph ? b->s->preset.paragraph_pause
                                          : b->s->preset.sentence_pause,
                         r.lang_before);
        } else {
            b->feed.chapter++;
            b->feed.started = false;
        }
    }
}

item *dy_items_get(builder *b, size_t i)
{
    if (i >= b->written + b->ring_len)
        abort(); /* a caller outside the window: the ring would overwrite an item in flight */
    while (b->made <= i) {
        item *it = dy_items_at(b, b->made);
        memset(it, 0, sizeof *it); /* what was there is written and freed */
        if (!feed(b, it))
            return NULL;
        b->made++;
    }
    return dy_items_at(b, i);
}
