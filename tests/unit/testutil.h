/* testutil.h — shared helpers for unit tests (cmocka). */
#ifndef RASD_TESTUTIL_H
#define RASD_TESTUTIL_H
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdbool.h>
#include <string.h>

#include "rasd.h"
#include <stdio.h>

/* One JSON Lines record {"id":"t","published":dct,"text":text} read and cleaned, as the CLI
 * does, for the tests of the stages after cleaning. */
typedef struct one_doc {
    rasd_ctx *ctx;
    rasd_reader *r;
    const rasd_doc *d;
    rasd_articles *as;
    char line[16384];
} one_doc;

/* One JSONL record: id "t", published dct, the members `meta` adds (raw JSON, each with a
 * leading comma: ",\"outlet\":\"كونا\""), and text. */
static inline void one_doc_open_meta(one_doc *o, const char *dct, const char *meta, const char *text)
{
    o->ctx = rasd_ctx_new();
    snprintf(o->line, sizeof o->line, "{\"id\":\"t\",\"published\":\"%s\"%s,\"text\":\"%s\"}\n", dct, meta, text);
    o->r = rasd_reader_open_memory(o->ctx, "t.jsonl", o->line, strlen(o->line));
    o->d = rasd_reader_next(o->r);
    assert_non_null(o->d);
    o->as = rasd_clean(o->ctx, o->d);
}

static inline void one_doc_open(one_doc *o, const char *dct, const char *text) { one_doc_open_meta(o, dct, "", text); }

static inline void one_doc_close(one_doc *o)
{
    rasd_articles_free(o->as);
    rasd_reader_close(o->r);
    rasd_ctx_free(o->ctx);
}
#endif
