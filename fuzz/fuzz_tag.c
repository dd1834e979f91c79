/* libFuzzer target: the time-expression tagger on arbitrary text, with and without a
 * publication date (the first byte picks a DCT or none). Checks that every mention's span lies
 * inside the document and that a value or an interval is present. */
#include "rasd.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const dcts[] = {NULL, "2013-02-12T04:30:00-02:00", "2025-02-13", "2000-01-01T00:00"};
    if (size < 1) return 0;
    rasd_ctx *ctx = rasd_ctx_new();
    const char *dct = dcts[data[0] & 3];
    if (dct) rasd_set_published(ctx, dct);
    rasd_reader *r = rasd_reader_open_memory(ctx, "fuzz.txt", data + 1, size - 1);
    if (r) {
        const rasd_doc *d;
        while ((d = rasd_reader_next(r))) {
            size_t len;
            rasd_doc_source(d, &len);
            rasd_articles *as = rasd_clean(ctx, d);
            rasd_mentions *m = rasd_tag(ctx, d, as, RASD_TAG_TIME | RASD_TAG_DURATION);
            for (size_t i = 0; i < rasd_mentions_count(m); i++) {
                const rasd_mention *x = rasd_mentions_get(m, i);
                if (x->start >= x->end || x->end > len) abort();
                if (!x->value && !(x->from && x->to)) abort();
            }
            rasd_mentions_free(m);
            rasd_articles_free(as);
        }
        rasd_reader_close(r);
    }
    rasd_ctx_free(ctx);
    return 0;
}
