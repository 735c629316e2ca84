/* The worker window: normalizes the utterances a few ahead of the one being written and either
 * takes each one's segment from the cache or starts a worker process on it (segment.c), so the
 * workers stay busy while memory stays bounded. Called by the assembler (assemble.c). */
#include "book/internal.h"

bool dy_sched_cancelled(const builder *b)
{
    return b->cb && b->cb->cancelled && b->cb->cancelled(b->cb->user);
}

dy_status dy_sched_over_limit(const dy_chapter *ch, const char *text, dy_span span, dy_diag *d)
{
    int line = 0, col = 0; /* a title not written in the text (front matter, file name) */
    if (text == ch->src->data)
        dy_source_position(ch->src, span.start, &line, &col);
    return dy_diag_set(d, DY_ERR_INPUT, ch->src->path, line, col,
                       "the lexicon's spoken forms make this sentence too long (limit %zu bytes: "
                       "8 times its %zu bytes + 4096)",
                       DY_EXPAND_MAX(span.end - span.start), span.end - span.start);
}

size_t dy_sched_window(const builder *b) { return 4 * (size_t)b->jobs + 4; }

/* Normalizes item i and either finds its segment in the cache or starts a worker on it. */
static dy_status schedule(builder *b, size_t i, dy_diag *d)
{
    item *it = dy_items_at(b, i);
    b->utt.src = it->span;
    b->utt.lang_before = it->lang_before;
    dy_normalize_with(it->text, &b->utt, &b->norm);
    if (b->utt.over_limit)
        return dy_sched_over_limit(&b->bk->chapters.items[it->chapter], it->text, it->span, d);
    b->pieces.len = 0;
    dy_normalize_chunks(&b->utt, MAX_PIECE_BYTES, &b->pieces);
    dy_seg_spec spec = {b->synth,
                        &b->s->preset.voice,
                        b->utt.spoken.data ? b->utt.spoken.data : "",
                        b->pieces.items,
                        b->pieces.len,
                        b->rate,
                        b->gain,
                        b->limiter,
                        b->mp3,
                        b->s->wav,
                        dy_lang_voice(b->utt.lang)};
    it->key = dy_seg_key(&spec);
    bool damaged = false;
    /* with --wav every segment is made again: the cache keeps no PCM */
    if (b->cache && !b->s->wav && dy_cache_get(b->cache, &it->key, &it->data, &damaged)) {
        if (dy_seg_parse(it->data.data, it->data.len, false, &it->seg)) {
            it->state = ITEM_READY;
            b->reused++;
            return DY_OK;
        }
        damaged = true; /* a whole entry that is not a segment */
        dy_buf_clear(&it->data);
    }
    b->damaged += damaged;
    it->state = ITEM_RUNNING;
    return dy_pool_start(b->pool, dy_seg_make, &spec, i, d);
}

/* Runs the workers until item i is ready, scheduling ahead of it. */
dy_status dy_sched_await(builder *b, size_t i, dy_diag *d)
{
    dy_status st = DY_OK;
    for (;;) {
        while (st == DY_OK && b->next < i + dy_sched_window(b) &&
               dy_pool_running(b->pool) < (size_t)b->jobs && dy_items_get(b, b->next))
            st = schedule(b, b->next++, d);
        if (st != DY_OK || dy_items_at(b, i)->state == ITEM_READY)
            return st;
        if (dy_sched_cancelled(b))
            return dy_diag_set(d, DY_ERR_CANCELLED, NULL, 0, 0, "interrupted");
        size_t id = SIZE_MAX;
        dy_buf out = {0};
        st = dy_pool_wait(b->pool, &id, &out, d);
        if (st != DY_OK) { /* a failed worker, or a stop signal: id may name no item */
            dy_buf_fini(&out);
            return st;
        }
        item *it = dy_items_at(b, id);
        it->data = out;
        if (!dy_seg_parse(out.data, out.len, b->s->wav, &it->seg))
            st = dy_diag_set(d, DY_ERR_SYNTH, NULL, 0, 0,
                             "internal error: a worker returned a damaged segment");
        if (st != DY_OK)
            return st;
        it->state = ITEM_READY;
        b->synthesized++;
        if (b->cache) /* a cache that cannot be written only costs time */
            dy_cache_put(b->cache, &it->key, it->data.data, it->seg.record_len, &(dy_diag){0});
    }
}
