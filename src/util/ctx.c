/* ctx.c — context life cycle, options and the diagnostic sink. */
#include "util/ctx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

rasd_ctx *rasd_ctx_new(void)
{
    rasd_ctx *c = rasd_xalloc(sizeof *c);
    c->max_doc = (size_t)64 << 20;
    return c;
}

void rasd_dict_free(struct rasd_dict *d);   /* tag/dict.h: util stays below tag */

void rasd_ctx_free(rasd_ctx *ctx)
{
    if (!ctx) return;
    rasd_dict_free(ctx->dict);
    for (size_t i = 0; i < ctx->ndict_files; i++) free(ctx->dict_files[i]);
    free(ctx->dict_files);
    free(ctx);
}

rasd_status rasd_add_dict(rasd_ctx *ctx, const char *path)
{
    if (!ctx || !path) return RASD_ERR_ARG;
    FILE *f = fopen(path, "rb");
    if (!f) return RASD_ERR_IO;
    fclose(f);
    ctx->dict_files = rasd_xrealloc(ctx->dict_files, (ctx->ndict_files + 1) * sizeof *ctx->dict_files);
    ctx->dict_files[ctx->ndict_files++] = rasd_xstrndup(path, strlen(path));
    return RASD_OK;
}

void rasd_set_diag(rasd_ctx *ctx, rasd_diag_fn fn, void *user)
{
    ctx->diag = fn;
    ctx->diag_user = user;
}

rasd_status rasd_set_published(rasd_ctx *ctx, const char *iso)
{
    if (!iso) { ctx->published[0] = 0; return RASD_OK; }
    char out[32];
    if (!rasd_iso_date_parse(iso, strlen(iso), out)) return RASD_ERR_ARG;
    memcpy(ctx->published, out, sizeof out);
    return RASD_OK;
}

void rasd_set_max_doc(rasd_ctx *ctx, size_t bytes) { ctx->max_doc = bytes ? bytes : 1; }

rasd_counts rasd_get_counts(const rasd_ctx *ctx) { return ctx->counts; }

void rasd_diagf(rasd_ctx *ctx, rasd_severity sev, const char *file, int64_t record,
                 uint64_t offset, const char *fmt, ...)
{
    if (sev == RASD_SKIP) ctx->counts.skipped++;
    else ctx->counts.warnings++;
    if (!ctx->diag) return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    rasd_diag d = {sev, file, record, offset, msg};
    ctx->diag(&d, ctx->diag_user);
}
