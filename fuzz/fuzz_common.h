/* fuzz_common.h — the document loop the fuzz targets share: read every document of an in-memory
 * input, clean it, write each article as JSON to /dev/null, call `check` (may be NULL) on each
 * article and `per_doc` (may be NULL) on each document, with the length of its bytes. */
#ifndef RASD_FUZZ_COMMON_H
#define RASD_FUZZ_COMMON_H

#include "rasd.h"

#include <stdio.h>

typedef void (*fuzz_check_fn)(const rasd_article *a, size_t doc_len);
typedef void (*fuzz_doc_fn)(rasd_ctx *ctx, const rasd_doc *d, const rasd_articles *as, size_t doc_len);

static void fuzz_read_all(rasd_ctx *ctx, const char *name, const void *bytes, size_t len, fuzz_check_fn check,
                          fuzz_doc_fn per_doc)
{
    static FILE *null_out;
    if (!null_out) null_out = fopen("/dev/null", "w");
    rasd_reader *r = rasd_reader_open_memory(ctx, name, bytes, len);
    if (!r) return;
    const rasd_doc *d;
    while ((d = rasd_reader_next(r))) {
        size_t n;
        rasd_doc_source(d, &n);
        rasd_articles *as = rasd_clean(ctx, d);
        for (size_t i = 0; i < rasd_articles_count(as); i++) {
            const rasd_article *a = rasd_articles_get(as, i);
            if (check) check(a, n);
            rasd_article_write_json(a, null_out);
        }
        if (per_doc) per_doc(ctx, d, as, n);
        rasd_articles_free(as);
    }
    rasd_reader_close(r);
}

#endif
