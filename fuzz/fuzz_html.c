/* libFuzzer target: HTML pages through the reader, the charset conversion and the HTML cleaner,
 * and every article written as JSON. The first byte picks the feeding mode: bit 0 prefixes
 * "<html>" (else the bytes go as given when they start with '<', so that they are read as
 * HTML; otherwise "<html>" is prefixed too); bits 1-2 prefix a charset declaration
 * (windows-1256, iso-8859-6 with its unassigned bytes, or utf-16, read as UTF-8), exercising
 * src/ingest/charset.c. The rest is the page.
 *
 * Besides crashes, leaks and timeouts, it checks the cleaner's contract (docs/html.md,
 * HTML-MAP and HTML-DROP) and traps on a violation: blocks in order and not overlapping, every
 * map entry inside its block, map[len] the block's end, blocks and drops covering every byte
 * exactly once, no "unassigned" drop. */
#include "rasd.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifdef FUZZ_DEBUG
#define TRAP() do { fprintf(stderr, "contract broken at line %d\n", __LINE__); abort(); } while (0)
#else
#define TRAP() __builtin_trap()
#endif

typedef struct span { size_t s, e; } span;

static int cmp_span(const void *x, const void *y)
{
    const span *a = x, *b = y;
    return a->s < b->s ? -1 : a->s > b->s;
}

static void check(const rasd_article *a, size_t len)
{
    size_t nb = rasd_article_nblocks(a), nd = rasd_article_ndropped(a), n = 0;
    span *sp = malloc((nb + nd + 1) * sizeof *sp);
    if (!sp) return;
    for (size_t i = 0; i < nb; i++) {
        const rasd_block *b = rasd_article_block(a, i);
        if (b->start >= b->end || b->end > len || !b->map || b->map[b->len] != b->end) TRAP();
        if (i && rasd_article_block(a, i - 1)->end > b->start) TRAP();
        for (size_t k = 0; k < b->len; k++)
            if (b->map[k] < b->start || b->map[k] >= b->end) {
#ifdef FUZZ_DEBUG
                fprintf(stderr, "block %zu [%zu,%zu) len %zu: map[%zu]=%u\n", i, b->start, b->end, b->len, k, b->map[k]);
#endif
                TRAP();
            }
        sp[n++] = (span){b->start, b->end};
    }
    for (size_t i = 0; i < nd; i++) {
        const rasd_drop *d = rasd_article_dropped(a, i);
        if (strcmp(d->reason, "unassigned") == 0) TRAP();
        sp[n++] = (span){d->start, d->end};
    }
    qsort(sp, n, sizeof *sp, cmp_span);
    size_t pos = 0;
    for (size_t i = 0; i < n; i++) {
        if (sp[i].s != pos) TRAP();
        pos = sp[i].e;
    }
    if (pos != len) TRAP();
    free(sp);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *null_out;
    if (!null_out) null_out = fopen("/dev/null", "w");
    if (size < 1) return 0;
    static const char *const decl[] = {"", "<meta charset=\"windows-1256\">", "<meta charset=iso-8859-6>",
                                       "<meta http-equiv=Content-Type content=\"text/html; charset=utf-16\">"};
    const char *cs = decl[(data[0] >> 1) & 3];
    bool prefix = (data[0] & 1) || size < 2 || data[1] != '<';
    const char *pre = prefix ? "<html>" : "";
    size_t pl = strlen(pre), cl = strlen(cs);
    uint8_t *page = malloc(pl + cl + size);
    if (!page) return 0;
    memcpy(page, pre, pl);
    memcpy(page + pl, cs, cl);
    memcpy(page + pl + cl, data + 1, size - 1);
    size_t n = pl + cl + size - 1;
    rasd_ctx *ctx = rasd_ctx_new();
    rasd_reader *r = rasd_reader_open_memory(ctx, "fuzz.html", page, n);
    if (r) {
        const rasd_doc *d;
        while ((d = rasd_reader_next(r))) {
            size_t len;
            rasd_doc_source(d, &len);
            rasd_articles *as = rasd_clean(ctx, d);
            for (size_t i = 0; i < rasd_articles_count(as); i++) {
                const rasd_article *a = rasd_articles_get(as, i);
                if (rasd_reader_format(r) == RASD_FMT_HTML) check(a, len);
                rasd_article_write_json(a, null_out);
            }
            rasd_articles_free(as);
        }
        rasd_reader_close(r);
    }
    rasd_ctx_free(ctx);
    free(page);
    return 0;
}
