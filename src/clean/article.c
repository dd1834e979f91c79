/* article.c — the article set: builder functions for the cleaners, the choice of each article's
 * publication date, title, outlet and url, byte accounting, and the public accessors.
 *
 * Dates, best first (rasd_date_rank): the document's metadata (a JSONL `published`, which beats an
 * HTML meta tag or JSON-LD of the page it carries, as its url and title beat the page's — metadata
 * dates the first article only: a dump's metadata is the page's, and
 * articles glued after it are other pages), a dateline in the article's text, an aggregator
 * header, a date in the URL, the WARC-Date, the --published option; else "unknown" and null.
 */
#include "clean/clean.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

static const char *const rank_name[] = {"metadata", "dateline", "aggregator_header", "url",
                                        "warc_date", "option", "unknown"};

rasd_article *rasd_art_new(rasd_articles *set, size_t start)
{
    rasd_article *a = rasd_arena_alloc(set->arena, sizeof *a);
    a->set = set;
    a->start = a->end = start;
    a->date_rank = RASD_DATE_UNKNOWN;
    RASD_VEC_PUSH(&set->items, rasd_article *, a);
    a->index = (int)RASD_VEC_LEN(&set->items, rasd_article *);
    return a;
}

static void grow(rasd_article *a, size_t start, size_t end)
{
    if (start < a->start) a->start = start;
    if (end > a->end) a->end = end;
}

void rasd_art_block(rasd_article *a, rasd_block_kind kind, size_t start, size_t end,
                    const char *text, size_t len, const uint32_t *map)
{
    rasd_block b = {kind, start, end, rasd_arena_strndup(a->set->arena, text, len), len, NULL};
    if (map) {
        uint32_t *m = rasd_arena_alloc(a->set->arena, (len + 1) * sizeof *m);
        memcpy(m, map, (len + 1) * sizeof *m);
        b.map = m;
    }
    rasd_buf_add(&a->blocks, &b, sizeof b);
    grow(a, start, end);
}

void rasd_art_drop(rasd_article *a, const char *reason, size_t start, size_t end)
{
    if (end <= start) return;
    size_t n = RASD_VEC_LEN(&a->drops, rasd_drop);
    if (n) { /* merge with an adjacent drop of the same reason */
        rasd_drop *last = &RASD_VEC_AT(&a->drops, rasd_drop, n - 1);
        if (last->end == start && strcmp(last->reason, reason) == 0) { last->end = end; grow(a, start, end); return; }
    }
    rasd_drop d = {reason, start, end};
    rasd_buf_add(&a->drops, &d, sizeof d);
    grow(a, start, end);
}

void rasd_art_date(rasd_article *a, const char *iso, rasd_date_rank rank)
{
    if (!iso || rank >= a->date_rank) return;
    a->published = rasd_arena_strndup(a->set->arena, iso, strlen(iso));
    a->date_rank = rank;
}

static void set_once(rasd_article *a, const char **field, const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) { s++; n--; }
    while (n && isspace((unsigned char)s[n - 1])) n--;
    if (*field || !s || !n) return;
    *field = rasd_arena_strndup(a->set->arena, s, n);
}

void rasd_art_title(rasd_article *a, const char *s, size_t n) { set_once(a, &a->title, s, n); }
void rasd_art_outlet(rasd_article *a, const char *s, size_t n) { set_once(a, &a->outlet, s, n); }
void rasd_art_url(rasd_article *a, const char *s, size_t n) { set_once(a, &a->url, s, n); }

/* The outlet named by a URL's host: "https://www.example.com/x" → "example.com". */
static void outlet_from_url(rasd_article *a, const char *url)
{
    const char *p = strstr(url, "://");
    if (!p) return;
    p += 3;
    const char *e = p;
    while (*e && *e != '/' && *e != ':' && *e != '?' && *e != '#') e++;
    if (e - p > 4 && strncmp(p, "www.", 4) == 0) p += 4;
    if (e > p) rasd_art_outlet(a, p, (size_t)(e - p));
}

/* The size_t at byte `key` of an element: the start that spans and drops are sorted by. */
static size_t key_at(const char *e, size_t key)
{
    size_t k;
    memcpy(&k, e + key, sizeof k);
    return k;
}

/* End of the run of elements in order of key that begins at a[from]. */
static size_t run_end(const char *a, size_t from, size_t n, size_t size, size_t key)
{
    size_t i = from + 1;
    while (i < n && key_at(a + i * size, key) >= key_at(a + (i - 1) * size, key)) i++;
    return i;
}

/* Sorts n elements of `size` bytes by their key, stably, by merging the runs already in order:
 * the cleaners add blocks and drops in input order, so an article's list is a run or two and
 * the spans of a set a few. */
static void sort_by_start(void *base, size_t n, size_t size, size_t key)
{
    char *a = base;
    if (n < 2 || run_end(a, 0, n, size, key) == n) return;
    char *buf = rasd_xalloc(n * size), *b = buf;
    for (size_t runs = 2; runs > 1;) {
        runs = 0;
        for (size_t i = 0; i < n; runs++) {   /* a pass merges each two runs (the first first among equals) */
            size_t m = run_end(a, i, n, size, key), e = m < n ? run_end(a, m, n, size, key) : n;
            size_t x = i, y = m, o = i;
            while (x < m && y < e) {
                size_t from = key_at(a + y * size, key) < key_at(a + x * size, key) ? y++ : x++;
                memcpy(b + o++ * size, a + from * size, size);
            }
            memcpy(b + o * size, a + x * size, (m - x) * size);
            memcpy(b + (o + m - x) * size, a + y * size, (e - y) * size);
            i = e;
        }
        char *t = a; a = b; b = t;
    }
    if (a != base) memcpy(base, a, n * size);
    free(buf);
}

/* Adds drops for every byte no block or drop covers. */
static void account(rasd_articles *set)
{
    const rasd_doc *d = set->doc;
    size_t na = RASD_VEC_LEN(&set->items, rasd_article *);
    rasd_buf spans = {0};
    for (size_t i = 0; i < na; i++) {
        rasd_article *a = RASD_VEC_AT(&set->items, rasd_article *, i);
        for (size_t k = 0; k < RASD_VEC_LEN(&a->blocks, rasd_block); k++) {
            rasd_block *b = &RASD_VEC_AT(&a->blocks, rasd_block, k);
            size_t s2[3] = {b->start, b->end, i};
            rasd_buf_add(&spans, s2, sizeof s2);
        }
        for (size_t k = 0; k < RASD_VEC_LEN(&a->drops, rasd_drop); k++) {
            rasd_drop *b = &RASD_VEC_AT(&a->drops, rasd_drop, k);
            size_t s2[3] = {b->start, b->end, i};
            rasd_buf_add(&spans, s2, sizeof s2);
        }
    }
    size_t ns = spans.len / (3 * sizeof(size_t));
    size_t *sp = (size_t *)(void *)spans.p;
    sort_by_start(sp, ns, 3 * sizeof(size_t), 0);
    size_t pos = 0;
    for (size_t k = 0; k <= ns; k++) {
        size_t s = k < ns ? sp[3 * k] : d->len;
        size_t owner = k < ns ? sp[3 * k + 2] : (na ? na - 1 : 0);
        if (s > pos && na) {
            /* the gap belongs to the article of the following span (the last one at the end) */
            rasd_article *a = RASD_VEC_AT(&set->items, rasd_article *, k == 0 ? 0 : owner);
            bool ws = rasd_is_blank(d->src + pos, s - pos);
            rasd_art_drop(a, ws ? "whitespace" : "unassigned", pos, s);
        }
        if (k < ns && sp[3 * k + 1] > pos) pos = sp[3 * k + 1];
    }
    rasd_buf_free(&spans);
    /* keep each article's drops in order */
    for (size_t i = 0; i < na; i++) {
        rasd_article *a = RASD_VEC_AT(&set->items, rasd_article *, i);
        size_t n = RASD_VEC_LEN(&a->drops, rasd_drop);
        sort_by_start(a->drops.p, n, sizeof(rasd_drop), offsetof(rasd_drop, start));
    }
}

rasd_articles *rasd_clean(rasd_ctx *ctx, const rasd_doc *d)
{
    if (!d) return NULL;
    rasd_articles *set = rasd_xalloc(sizeof *set);
    set->ctx = ctx;
    set->doc = d;
    set->arena = rasd_arena_new();
    if (d->html) rasd_clean_html(set);
    else rasd_clean_text(set);
    size_t na = RASD_VEC_LEN(&set->items, rasd_article *);
    for (size_t i = 0; i < na; i++) {
        rasd_article *a = RASD_VEC_AT(&set->items, rasd_article *, i);
        if (i == 0) {
            if (d->title) { a->title = NULL; rasd_art_title(a, d->title, strlen(d->title)); }
            if (d->outlet) { a->outlet = NULL; rasd_art_outlet(a, d->outlet, strlen(d->outlet)); }
            if (d->url) { a->url = NULL; rasd_art_url(a, d->url, strlen(d->url)); }
            if (d->published) { /* the record's metadata beats the page's own — but a date-only
                                   metadata date takes the time of a dateline on that same day
                                   (an article out at 00:26 whose "اليوم" is the day before) */
                const char *own = a->published;
                size_t n = strlen(d->published);
                bool refine = own && n == 10 && strncmp(own, d->published, 10) == 0 && own[10] == 'T';
                a->published = NULL;
                a->date_rank = RASD_DATE_UNKNOWN;
                rasd_art_date(a, refine ? own : d->published, RASD_DATE_METADATA);
            }
            if (a->url) {
                char iso[32];
                if (rasd_url_date(a->url, strlen(a->url), iso)) rasd_art_date(a, iso, RASD_DATE_URL);
            }
            rasd_art_date(a, d->warc_date, RASD_DATE_WARC);
        }
        if (!a->title) {
            for (size_t k = 0; k < RASD_VEC_LEN(&a->blocks, rasd_block); k++) {
                rasd_block *b = &RASD_VEC_AT(&a->blocks, rasd_block, k);
                if (b->kind == RASD_BLOCK_TITLE) { rasd_art_title(a, b->text, b->len); break; }
            }
        }
        if (!a->outlet && a->url) outlet_from_url(a, a->url);
        if (ctx->published[0]) rasd_art_date(a, ctx->published, RASD_DATE_OPTION);
    }
    account(set);
    ctx->counts.articles += na;
    return set;
}

size_t rasd_articles_count(const rasd_articles *a) { return RASD_VEC_LEN(&a->items, rasd_article *); }

const rasd_article *rasd_articles_get(const rasd_articles *a, size_t i)
{
    return i < rasd_articles_count(a) ? RASD_VEC_AT(&a->items, rasd_article *, i) : NULL;
}

void rasd_articles_free(rasd_articles *set)
{
    if (!set) return;
    for (size_t i = 0; i < rasd_articles_count(set); i++) {
        rasd_article *a = RASD_VEC_AT(&set->items, rasd_article *, i);
        rasd_buf_free(&a->blocks);
        rasd_buf_free(&a->drops);
    }
    rasd_buf_free(&set->items);
    rasd_arena_free(set->arena);
    free(set);
}

const char *rasd_article_doc(const rasd_article *a) { return a->set->doc->id; }
int rasd_article_index(const rasd_article *a) { return a->index; }
void rasd_article_span(const rasd_article *a, size_t *start, size_t *end) { *start = a->start; *end = a->end; }
const char *rasd_article_title(const rasd_article *a) { return a->title; }
const char *rasd_article_outlet(const rasd_article *a) { return a->outlet; }
const char *rasd_article_url(const rasd_article *a) { return a->url; }

const char *rasd_article_published(const rasd_article *a, const char **from)
{
    if (from) *from = rank_name[a->published ? a->date_rank : RASD_DATE_UNKNOWN];
    return a->published;
}

size_t rasd_article_nblocks(const rasd_article *a) { return RASD_VEC_LEN(&a->blocks, rasd_block); }

const rasd_block *rasd_article_block(const rasd_article *a, size_t i)
{
    return i < rasd_article_nblocks(a) ? &RASD_VEC_AT(&a->blocks, rasd_block, i) : NULL;
}

size_t rasd_article_ndropped(const rasd_article *a) { return RASD_VEC_LEN(&a->drops, rasd_drop); }

const rasd_drop *rasd_article_dropped(const rasd_article *a, size_t i)
{
    return i < rasd_article_ndropped(a) ? &RASD_VEC_AT(&a->drops, rasd_drop, i) : NULL;
}
