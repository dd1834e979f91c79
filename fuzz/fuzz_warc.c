/* fuzz_warc.c — libFuzzer target for the WARC reader (src/ingest/warc.c) and the gzip source
 * under it.
 *
 * Input: a WARC file (starts with "WARC/") or a gzip file (1f 8b) is read as it is, with the
 * default options, so the seed corpus (samples/, tests/bad/) is used directly. Anything else
 * is a config byte and a body: bits 0-1 pick --max-doc (64, 4096, 1 MiB, default), bits 2-3
 * how many gzip members the body is compressed into (0: not compressed), bit 4 corrupts a byte
 * of the middle member, bits 5-7 where the body is split between members. The body gets a
 * "WARC/1.0" line in front unless it starts with "WARC/", so that format detection always
 * picks the WARC reader. Every document is read to the end and its fields touched.
 */
#include "rasd.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Appends p[0..n) as one gzip member to out (cap checked by the caller via deflateBound). */
static size_t gz_member(const uint8_t *p, size_t n, uint8_t *out, size_t cap)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) abort();
    z.next_in = (Bytef *)(uintptr_t)p;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    if (deflate(&z, Z_FINISH) != Z_STREAM_END) abort();
    size_t len = cap - z.avail_out;
    deflateEnd(&z);
    return len;
}

static void on_diag(const rasd_diag *d, void *user)
{
    (void)user;
    if (!d->message || !d->message[0] || strcmp(d->file, "fuzz.warc") != 0) abort();
    if (d->severity != RASD_WARN && d->severity != RASD_SKIP) abort();
}

static volatile uint8_t sink;

static void read_all(const uint8_t *p, size_t n, size_t max_doc)
{
    rasd_ctx *ctx = rasd_ctx_new();
    rasd_set_diag(ctx, on_diag, NULL);
    if (max_doc) rasd_set_max_doc(ctx, max_doc);
    rasd_reader *r = rasd_reader_open_memory(ctx, "fuzz.warc", p, n);
    if (!r) abort();
    const rasd_doc *d;
    uint64_t docs = 0;
    int64_t last = 0;
    while ((d = rasd_reader_next(r))) {
        size_t len;
        const uint8_t *src = rasd_doc_source(d, &len);
        uint8_t sum = 0;
        for (size_t i = 0; i < len; i++) sum ^= src[i];   /* every byte readable (ASan) */
        sink ^= sum;
        if (!rasd_doc_id(d) || strlen(rasd_doc_id(d)) > n + 64) abort();
        if (rasd_reader_format(r) == RASD_FMT_WARC) {
            if (rasd_doc_record(d) <= last) abort();   /* record numbers increase */
            last = rasd_doc_record(d);
        }
        docs++;
    }
    rasd_counts c = rasd_get_counts(ctx);
    if (c.documents < docs) abort();
    rasd_reader_close(r);
    rasd_ctx_free(ctx);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0;
    if ((size >= 5 && memcmp(data, "WARC/", 5) == 0) || (size >= 2 && data[0] == 0x1f && data[1] == 0x8b)) {
        read_all(data, size, 0);
        return 0;
    }
    uint8_t cfg = data[0];
    static const size_t maxes[4] = {64, 4096, (size_t)1 << 20, 0};
    size_t max_doc = maxes[cfg & 3];
    int members = (cfg >> 2) & 3;
    bool corrupt = cfg & 0x10;
    data++;
    size--;

    static const char prefix[] = "WARC/1.0\r\n";
    size_t pre = size >= 5 && memcmp(data, "WARC/", 5) == 0 ? 0 : sizeof prefix - 1;
    size_t n = pre + size;
    uint8_t *body = malloc(n ? n : 1);
    if (!body) abort();
    memcpy(body, prefix, pre);
    if (size) memcpy(body + pre, data, size);
    if (members == 0) {
        read_all(body, n, max_doc);
        free(body);
        return 0;
    }

    /* split points: the body is cut into `members` pieces */
    size_t cut[4] = {0, n, n, n};
    size_t frac = (size_t)(cfg >> 5) + 1;   /* 1..8 of 9 */
    if (members >= 2) cut[1] = n * frac / 9;
    if (members == 3) cut[2] = cut[1] + (n - cut[1]) / 2;
    cut[members] = n;
    size_t cap = 0;
    for (int m = 0; m < members; m++) cap += compressBound((uLong)(cut[m + 1] - cut[m])) + 64;
    uint8_t *gz = malloc(cap);
    if (!gz) abort();
    size_t len = 0, start[3] = {0};
    for (int m = 0; m < members; m++) {
        start[m] = len;
        len += gz_member(body + cut[m], cut[m + 1] - cut[m], gz + len, cap - len);
    }
    if (corrupt) {   /* a byte in the middle member's data (after its 10-byte header) */
        int m = members / 2;
        size_t end = m + 1 < members ? start[m + 1] : len;
        size_t span = end - start[m];
        if (span > 18) gz[start[m] + 10 + (size_t)(cfg * 7u) % (span - 18)] ^= 0xA5;
    }
    read_all(gz, len, max_doc);
    free(gz);
    free(body);
    return 0;
}
