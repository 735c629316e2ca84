/* PCM buffers (see pcm.h). */
#include "audio/pcm.h"

#include <stdlib.h>
#include <string.h>

void dy_pcm_append(dy_pcm *p, const int16_t *s, size_t n)
{
    if (n == 0)
        return;
    if (p->len + n > p->cap) {
        size_t cap = p->cap ? p->cap : 4096;
        while (cap < p->len + n)
            cap *= 2;
        p->items = dy_xrealloc(p->items, cap * sizeof *p->items);
        p->cap = cap;
    }
    if (s)
        memcpy(p->items + p->len, s, n * sizeof *s);
    else
        memset(p->items + p->len, 0, n * sizeof *s);
    p->len += n;
}

void dy_pcm_silence(dy_pcm *p, size_t n) { dy_pcm_append(p, NULL, n); }

size_t dy_pcm_samples(double seconds, int rate)
{
    if (seconds <= 0)
        return 0;
    return (size_t)(seconds * rate + 0.5);
}

void dy_pcm_trim(dy_pcm *p, int threshold, size_t keep)
{
    size_t first = 0, last = p->len;
    while (first < p->len && abs(p->items[first]) < threshold)
        first++;
    if (first == p->len) {
        p->len = 0;
        return;
    }
    while (last > first && abs(p->items[last - 1]) < threshold)
        last--;
    first = first > keep ? first - keep : 0;
    last = last + keep < p->len ? last + keep : p->len;
    memmove(p->items, p->items + first, (last - first) * sizeof *p->items);
    p->len = last - first;
}

dy_status dy_pcm_zeros_to(uint64_t n, dy_pcm_sink write, void *ctx, dy_diag *d)
{
    static const int16_t zeros[4096];
    dy_status st = DY_OK;
    while (n > 0 && st == DY_OK) {
        size_t k = n < 4096 ? (size_t)n : 4096;
        st = write(ctx, zeros, k, d);
        n -= k;
    }
    return st;
}
