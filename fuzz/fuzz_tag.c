/* libFuzzer target: the taggers (time expressions, durations, actors, places) on arbitrary
 * text, with and without a publication date (the first byte picks a DCT or none). Checks that
 * every mention's span lies inside the document, that a time has a value or an interval and an
 * actor or place a name. One context serves every input, so the dictionary is built once. */
#include "rasd.h"
#include "fuzz_common.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* every mention inside the document, with a value or an interval */
static void check_mentions(rasd_ctx *ctx, const rasd_doc *d, const rasd_articles *as, size_t len)
{
    rasd_mentions *m = rasd_tag(ctx, d, as, RASD_TAG_TIME | RASD_TAG_DURATION | RASD_TAG_ACTOR | RASD_TAG_PLACE);
    for (size_t i = 0; i < rasd_mentions_count(m); i++) {
        const rasd_mention *x = rasd_mentions_get(m, i);
        if (x->start >= x->end || x->end > len) abort();
        bool timeish = x->kind == RASD_MENTION_TIME || x->kind == RASD_MENTION_DURATION;
        if (timeish && !x->value && !(x->from && x->to)) abort();
        if (!timeish && (!x->name || !x->name[0])) abort();
    }
    rasd_mentions_free(m);
    /* and the events built on them: every evidence span inside the document, two persons each */
    rasd_events *ev = rasd_extract(ctx, d, as);
    for (size_t i = 0; i < rasd_events_count(ev); i++) {
        const rasd_event *e = rasd_events_get(ev, i);
        if (e->start >= e->end || e->end > len || e->nparticipants < 2 || !e->type || !e->status) abort();
    }
    rasd_events_free(ev);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const dcts[] = {NULL, "2013-02-12T04:30:00-02:00", "2025-02-13", "2000-01-01T00:00"};
    static rasd_ctx *ctx;
    if (size < 1) return 0;
    if (!ctx) ctx = rasd_ctx_new();
    rasd_set_published(ctx, dcts[data[0] & 3]);
    fuzz_read_all(ctx, "fuzz.txt", data + 1, size - 1, NULL, check_mentions);
    return 0;
}
