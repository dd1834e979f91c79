/* alloc.c — the one allocator (abort on exhaustion, see util.h) and the arena.
 * The arena hands out zeroed, 16-byte aligned memory from chunks that double in size; one
 * rasd_arena_free releases an article's tokens, mentions and strings together. A string copy
 * is written once (the copy and its zero padding), not zeroed first. */
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

static void oom(size_t n)
{
    fprintf(stderr, "rasd: out of memory (allocating %zu bytes)\n", n);
    abort();
}

void *rasd_xalloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p) oom(n);
    return p;
}

void *rasd_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) oom(n);
    return q;
}

char *rasd_xstrndup(const char *s, size_t n)
{
    char *p = rasd_xalloc(n + 1);
    memcpy(p, s, n);
    return p;
}

typedef struct chunk { struct chunk *next; size_t cap, used, pad; unsigned char data[]; } chunk;
_Static_assert(sizeof(chunk) % 16 == 0, "chunk data must stay 16-byte aligned");
struct rasd_arena { chunk *head; };

rasd_arena *rasd_arena_new(void) { return rasd_xalloc(sizeof(rasd_arena)); }

/* n bytes (rounded up to 16) from the newest chunk, or from a new one; not zeroed. */
static void *arena_take(rasd_arena *a, size_t n)
{
    chunk *c = a->head;
    if (!c || c->cap - c->used < n) {
        size_t cap = c ? c->cap * 2 : 4096;
        if (cap < n) cap = n;
        if (cap > (64u << 20) && n < (64u << 20)) cap = 64u << 20;
        if (cap < n) cap = n;
        chunk *nc = malloc(sizeof(chunk) + cap);
        if (!nc) oom(cap);
        nc->cap = cap; nc->used = 0; nc->next = c;
        a->head = c = nc;
    }
    void *p = c->data + c->used;
    c->used += n;
    return p;
}

void *rasd_arena_alloc(rasd_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    return memset(arena_take(a, n), 0, n);
}

/* Zeroes only the bytes the copy leaves (the NUL and the padding to 16), not the whole block
 * first: a document body is megabytes. */
char *rasd_arena_strndup(rasd_arena *a, const char *s, size_t n)
{
    size_t size = (n + 1 + 15) & ~(size_t)15;
    char *p = arena_take(a, size);
    if (n) memcpy(p, s, n);
    memset(p + n, 0, size - n);
    return p;
}

char *rasd_arena_printf(rasd_arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = rasd_arena_alloc(a, (size_t)(n < 0 ? 0 : n) + 1);
    if (n > 0) vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

void rasd_arena_reset(rasd_arena *a)
{
    chunk *c = a->head;
    if (!c) return;
    /* keep the largest chunk: the newest, since chunks grow */
    chunk *rest = c->next;
    c->next = NULL; c->used = 0;
    while (rest) { chunk *n = rest->next; free(rest); rest = n; }
}

void rasd_arena_free(rasd_arena *a)
{
    if (!a) return;
    chunk *c = a->head;
    while (c) { chunk *n = c->next; free(c); c = n; }
    free(a);
}

void rasd_buf_grow(rasd_buf *b, size_t extra)
{
    if (b->cap - b->len > extra) return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len <= extra) {
        if (cap > SIZE_MAX / 2) oom(SIZE_MAX);
        cap *= 2;
    }
    b->p = rasd_xrealloc(b->p, cap);
    b->cap = cap;
}

void rasd_buf_adds(rasd_buf *b, const char *s) { rasd_buf_add(b, s, strlen(s)); }

void rasd_buf_printf(rasd_buf *b, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n > 0) {
        rasd_buf_reserve(b, (size_t)n + 1);
        vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap2);
        b->len += (size_t)n;
    }
    va_end(ap2);
}

void rasd_buf_free(rasd_buf *b)
{
    free(b->p);
    b->p = NULL; b->len = b->cap = 0;
}
