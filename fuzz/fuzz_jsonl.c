/* libFuzzer target: JSON Lines. The input is turned into a JSONL stream whatever it holds: it
 * is read as lines, and each line is used as given and also wrapped as the text of a record, so
 * the reader's line handling, jansson and the cleaner all see hostile bytes. The first byte picks
 * a --max-doc limit and whether the stream is gzip-compressed (as one or two members). */
#include "rasd.h"
#include "fuzz_common.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t gzip_into(const uint8_t *in, size_t n, uint8_t *out, size_t cap)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 1, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return 0;
    z.next_in = (uint8_t *)in; z.avail_in = (uInt)n;
    z.next_out = out; z.avail_out = (uInt)cap;
    int rc = deflate(&z, Z_FINISH);
    size_t len = cap - z.avail_out;
    deflateEnd(&z);
    return rc == Z_STREAM_END ? len : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    uint8_t mode = data[0];
    data++; size--;
    /* build: the raw bytes as lines, then each line escaped as a record's text */
    size_t cap = 16 + size * 8 + 64;
    uint8_t *buf = malloc(cap);
    size_t n = 0;
    buf[n++] = '{'; buf[n++] = '}'; buf[n++] = '\n';   /* keeps detection on JSONL */
    memcpy(buf + n, data, size); n += size;
    buf[n++] = '\n';
    static const char head[] = "{\"id\":\"f\",\"published\":\"2025-02-13\",\"text\":\"";
    memcpy(buf + n, head, sizeof head - 1); n += sizeof head - 1;
    for (size_t i = 0; i < size; i++) {
        uint8_t c = data[i];
        if (c == '"' || c == '\\') { buf[n++] = '\\'; buf[n++] = c; }
        else if (c < 0x20) n += (size_t)snprintf((char *)buf + n, 8, "\\u%04x", c);
        else buf[n++] = c;
    }
    buf[n++] = '"'; buf[n++] = '}'; buf[n++] = '\n';
    const uint8_t *in = buf;
    size_t in_len = n;
    uint8_t *gz = NULL;
    if (mode & 2) {
        size_t gcap = n + n / 2 + 256;
        gz = malloc(gcap);
        size_t half = (mode & 4) ? n / 2 : n;
        size_t a = gzip_into(buf, half, gz, gcap);
        size_t b = half < n ? gzip_into(buf + half, n - half, gz + a, gcap - a) : 0;
        if (a) { in = gz; in_len = a + b; }
    }
    rasd_ctx *ctx = rasd_ctx_new();
    if (mode & 1) rasd_set_max_doc(ctx, (size_t)(mode >> 3) * 16 + 1);
    fuzz_read_all(ctx, "fuzz.jsonl", in, in_len, NULL, NULL);
    rasd_ctx_free(ctx);
    free(gz);
    free(buf);
    return 0;
}
