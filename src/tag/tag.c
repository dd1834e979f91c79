/* tag.c — the tag stage's driver: runs the taggers over the content blocks of each article and
 * turns their block-relative spans into document offsets (rasd_tag, rasd_mentions_*).
 *
 * The DCT of an article is its publication date (rasd_article_published) when it is a full date
 * or date-time; a month-only or missing date gives no DCT, so relative expressions stay
 * underspecified. Only title, body and caption blocks are read: dropped spans (tickers, related
 * links, navigation) never yield mentions.
 */
#include "clean/clean.h"
#include "tag/tag.h"
#include "tag/timex.h"

#include <stdlib.h>
#include <string.h>


static const char *opt(rasd_arena *a, const char *s) { return s[0] ? rasd_arena_strndup(a, s, strlen(s)) : NULL; }

/* Tags text[0..len) whose byte i sits at document offset map ? map[i] : base + i. */
static void tag_span(rasd_mentions *m, int article, const char *text, size_t len, const uint32_t *map,
                     size_t base, const rasd_tval *dct, int dct_off, unsigned kinds, rasd_buf *scratch)
{
    rasd_text *t = rasd_text_new(text, len, RASD_NORM_TAMARBUTA);
    scratch->len = 0;
    rasd_timex_find(t, dct, dct_off, scratch);
    size_t n = RASD_VEC_LEN(scratch, rasd_timex);
    for (size_t i = 0; i < n; i++) {
        const rasd_timex *x = &RASD_VEC_AT(scratch, rasd_timex, i);
        if (x->kind == RASD_TIMEX_TIME && !(kinds & RASD_TAG_TIME)) continue;
        if (x->kind == RASD_TIMEX_DURATION && !(kinds & RASD_TAG_DURATION)) continue;
        if (x->end > len || x->start >= x->end) continue;
        rasd_mention o = {0};
        o.kind = x->kind == RASD_TIMEX_DURATION ? RASD_MENTION_DURATION : RASD_MENTION_TIME;
        o.article = article;
        o.start = map ? map[x->start] : base + x->start;
        o.end = base + x->end;
        if (map) { /* just after the source bytes of the mention's last character */
            size_t last = map[x->end - 1];
            int32_t cp;
            size_t l = last < m->doc->len ? rasd_utf8_next(m->doc->src + last, m->doc->len - last, &cp) : 0;
            o.end = last + (l ? l : 1);
        }
        o.text = rasd_arena_strndup(m->arena, text + x->start, x->end - x->start);
        o.value = opt(m->arena, x->value);
        o.from = opt(m->arena, x->from);
        o.to = opt(m->arena, x->to);
        o.mod = opt(m->arena, x->mod);
        rasd_buf_add(&m->items, &o, sizeof o);
    }
    rasd_text_free(t);
}

/* The DCT an ISO publication date gives: only a full date or date-time (a month-only date, from
 * a URL path, fixes no day to count from). */
static bool dct_from(const char *iso, rasd_tval *dct, int *off)
{
    *off = RASD_NO_OFFSET;
    return iso && strlen(iso) >= 10 && rasd_tval_parse_dct(iso, strlen(iso), dct, off);
}

rasd_mentions *rasd_tag(rasd_ctx *ctx, const rasd_doc *d, const rasd_articles *as, unsigned kinds)
{
    (void)ctx;
    rasd_mentions *m = rasd_xalloc(sizeof *m);
    m->doc = d;
    m->arena = rasd_arena_new();
    rasd_buf scratch = {0};
    size_t na = as ? rasd_articles_count(as) : 0;
    for (size_t i = 0; i < na; i++) {
        const rasd_article *a = rasd_articles_get(as, i);
        const char *pub = rasd_article_published(a, NULL);
        rasd_tval dct;
        int off;
        bool have = dct_from(pub, &dct, &off);
        for (size_t k = 0; k < rasd_article_nblocks(a); k++) {
            const rasd_block *b = rasd_article_block(a, k);
            tag_span(m, rasd_article_index(a), b->text, b->len, b->map, b->start, have ? &dct : NULL, off,
                     kinds, &scratch);
        }
    }
    if (na == 0 && d && d->len && !d->html) {
        /* no article: tag the document as it is, dated by its metadata or --published */
        const char *pub = d->published ? d->published : (ctx && ctx->published[0] ? ctx->published : NULL);
        rasd_tval dct;
        int off;
        bool have = dct_from(pub, &dct, &off);
        tag_span(m, 0, (const char *)d->src, d->len, NULL, 0, have ? &dct : NULL, off, kinds, &scratch);
    }
    rasd_buf_free(&scratch);
    return m;
}

size_t rasd_mentions_count(const rasd_mentions *m) { return m ? RASD_VEC_LEN(&m->items, rasd_mention) : 0; }

const rasd_mention *rasd_mentions_get(const rasd_mentions *m, size_t i)
{
    return i < rasd_mentions_count(m) ? &RASD_VEC_AT(&m->items, rasd_mention, i) : NULL;
}

void rasd_mentions_free(rasd_mentions *m)
{
    if (!m) return;
    rasd_buf_free(&m->items);
    rasd_arena_free(m->arena);
    free(m);
}
