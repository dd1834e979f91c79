/* libFuzzer target: plain-text dumps through the reader and the dump cleaner, and every article
 * written as JSON. The first byte picks a --max-doc limit (small limits exercise the skip path);
 * the rest is the document. Inputs that do not start like another format stay plain text. */
#include "rasd.h"
#include "fuzz_common.h"

#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    rasd_ctx *ctx = rasd_ctx_new();
    if (data[0] & 1) rasd_set_max_doc(ctx, (size_t)(data[0] >> 1) * 64 + 1);
    fuzz_read_all(ctx, "fuzz.txt", data + 1, size - 1, NULL, NULL);
    rasd_ctx_free(ctx);
    return 0;
}
