/* ctx.h — the context (options, diagnostic sink, counters) shared by every stage. */
#ifndef RASD_CTX_H
#define RASD_CTX_H

#include "rasd.h"
#include "util/util.h"

struct rasd_ctx {
    rasd_diag_fn diag;
    void *diag_user;
    char published[32];     /* --published, canonical ISO; "" when unset */
    size_t max_doc;
    rasd_counts counts;
    struct rasd_dict *dict;     /* the actor/place dictionary, built at first use (tag.c) */
    char **dict_files;          /* rasd_add_dict's files, loaded into it */
    size_t ndict_files;
};

/* Reports a problem in the input through the callback and counts it (WARN → warnings,
 * SKIP → skipped). The message is formatted like printf. */
void rasd_diagf(rasd_ctx *ctx, rasd_severity sev, const char *file, int64_t record,
                 uint64_t offset, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

#endif
