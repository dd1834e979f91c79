/* libFuzzer target: plain-text dumps through the reader and the dump cleaner, and every article
 * written as JSON. The first byte picks a --max-doc limit (small limits exercise the skip path);
 * the rest is the document. Inputs that do not start like another format stay plain text. */
#include "rasd.h"

#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *null_out;
    if (!null_out) null_out = fopen("/dev/null", "w");
    if (size < 1) return 0;
    rasd_ctx *ctx = rasd_ctx_new();
    if (data[0] & 1) rasd_set_max_doc(ctx, (size_t)(data[0] >> 1) * 64 + 1);
    rasd_reader *r = rasd_reader_open_memory(ctx, "fuzz.txt", data + 1, size - 1);
    if (r) {
        const rasd_doc *d;
        while ((d = rasd_reader_next(r))) {
            rasd_articles *as = rasd_clean(ctx, d);
            for (size_t i = 0; i < rasd_articles_count(as); i++)
                rasd_article_write_json(rasd_articles_get(as, i), null_out);
            rasd_articles_free(as);
        }
        rasd_reader_close(r);
    }
    rasd_ctx_free(ctx);
    return 0;
}
