/* libFuzzer target: the timeline reader of `rasd merge` (rasd_timeline_read) on arbitrary bytes,
 * then the merge and every writer. Whatever it reads, merging must be idempotent: the JSON Lines
 * written, read back and merged again give the same bytes. */
#include "rasd.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Writes bytes to a temporary file (the reader takes a path) and returns its path. */
static const char *to_file(const char *name, const void *p, size_t n)
{
    static char path[2][64];
    int k = name[0] == 'b';
    snprintf(path[k], sizeof path[k], "/tmp/rasd_fuzz_tl_%ld_%s", (long)getpid(), name);
    FILE *f = fopen(path[k], "wb");
    if (!f) abort();
    if (n && fwrite(p, 1, n, f) != n) abort();
    fclose(f);
    return path[k];
}

static char *jsonl_of(rasd_timeline *tl, size_t *len)
{
    char *out = NULL;
    FILE *f = open_memstream(&out, len);
    if (!f || rasd_timeline_write(tl, "jsonl", NULL, f) != RASD_OK) abort();
    fclose(f);
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rasd_ctx *ctx = rasd_ctx_new();
    rasd_timeline *tl = rasd_timeline_new();
    const char *in = to_file("a", data, size);
    rasd_timeline_read(tl, ctx, in);
    rasd_timeline_build(tl);
    FILE *null = fopen("/dev/null", "w");
    static const char *const formats[] = {"csv", "md", "html"};
    for (size_t i = 0; i < 3; i++) rasd_timeline_write(tl, formats[i], NULL, null);
    fclose(null);
    size_t n1, n2;
    char *first = jsonl_of(tl, &n1);
    rasd_timeline *back = rasd_timeline_new();
    const char *again = to_file("b", first, n1);
    if (rasd_timeline_read(back, ctx, again) != RASD_OK) abort();
    rasd_timeline_build(back);
    char *second = jsonl_of(back, &n2);
    if (n1 != n2 || memcmp(first, second, n1) != 0) abort();
    free(first);
    free(second);
    unlink(in);
    unlink(again);
    rasd_timeline_free(back);
    rasd_timeline_free(tl);
    rasd_ctx_free(ctx);
    return 0;
}
