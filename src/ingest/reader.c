/* reader.c — opens an input, detects its format from content, and hands out documents one at a
 * time (rasd_reader_next). Each document lives in the reader's arena until the next call, so
 * memory is bounded by the largest record, not by the input.
 *
 * Detection (after an optional UTF-8 BOM and white space): "WARC/" → WARC; "{" → JSON Lines;
 * a "WARC/1." line within the first 4 KiB (garbage before the first record) → WARC;
 * markup that opens an HTML document or fragment → HTML; anything else → plain text.
 */
#include "ingest/ingest.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static size_t skip_bom_ws(const uint8_t *p, size_t n)
{
    size_t i = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) i = 3;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n')) i++;
    return i;
}

bool rasd_looks_like_html(const uint8_t *p, size_t n)
{
    static const char *const tags[] = {"<!doctype html", "<html", "<head", "<body", "<meta",
        "<div", "<p>", "<p ", "<article", "<title", "<script", "<!--", "<h1", "<section",
        "<span", "<a ", "<br", "<table", "<main", "<header", "<nav", "<link", "<figure"};
    size_t i = skip_bom_ws(p, n);
    if (i >= n || p[i] != '<') return false;
    size_t lim = n - i < 2048 ? n - i : 2048;
    for (size_t k = 0; k < sizeof tags / sizeof *tags; k++) {
        size_t tl = strlen(tags[k]);
        for (size_t j = i; j + tl <= i + lim; j++)
            if (p[j] == '<' && strncasecmp((const char *)p + j, tags[k], tl) == 0) return true;
    }
    return false;
}

rasd_format rasd_detect_format(const uint8_t *p, size_t n)
{
    size_t i = skip_bom_ws(p, n);
    if (n - i >= 5 && memcmp(p + i, "WARC/", 5) == 0) return RASD_FMT_WARC;
    if (i < n && p[i] == '{') return RASD_FMT_JSONL;
    /* a WARC file whose first record is damaged: a version line further down */
    size_t lim = n < 4096 ? n : 4096;
    for (size_t j = i; j + 8 < lim; j++)
        if (p[j] == '\n' && memcmp(p + j + 1, "WARC/1.", 7) == 0) return RASD_FMT_WARC;
    if (rasd_looks_like_html(p, n)) return RASD_FMT_HTML;
    return RASD_FMT_TEXT;
}

static rasd_reader *reader_new(rasd_ctx *ctx, const char *path, rasd_src *src)
{
    rasd_reader *r = rasd_xalloc(sizeof *r);
    r->ctx = ctx;
    r->src = src;
    r->file = path;
    const char *slash = strrchr(path, '/');
    r->base = strcmp(path, "-") == 0 ? rasd_xstrndup("stdin", 5)
                                     : rasd_xstrndup(slash ? slash + 1 : path, strlen(slash ? slash + 1 : path));
    r->arena = rasd_arena_new();
    size_t n = rasd_src_fill(src, 4096);
    r->fmt = rasd_detect_format(rasd_src_data(src), n);
    return r;
}

rasd_reader *rasd_reader_open(rasd_ctx *ctx, const char *path)
{
    if (!ctx || !path) return NULL;
    rasd_src *src = rasd_src_open(ctx, path);
    return src ? reader_new(ctx, path, src) : NULL;
}

rasd_reader *rasd_reader_open_memory(rasd_ctx *ctx, const char *name, const void *bytes, size_t len)
{
    if (!ctx || !name || (!bytes && len)) return NULL;
    /* fmemopen cannot open a zero-length buffer portably: use an empty temporary stream */
    FILE *f = len ? fmemopen((void *)bytes, len, "rb") : tmpfile();
    if (!f) {
        rasd_diagf(ctx, RASD_SKIP, name, 0, 0, "cannot open memory stream");
        return NULL;
    }
    return reader_new(ctx, name, rasd_src_open_stream(ctx, name, f, true));
}

rasd_format rasd_reader_format(const rasd_reader *r) { return r->fmt; }

const rasd_doc *rasd_reader_next(rasd_reader *r)
{
    if (!r || r->done) return NULL;
    rasd_arena_reset(r->arena);
    memset(&r->doc, 0, sizeof r->doc);
    r->doc.ctx = r->ctx;
    r->doc.file = r->file;
    r->doc.arena = r->arena;
    r->doc.container = r->fmt;
    bool ok;
    switch (r->fmt) {
    case RASD_FMT_JSONL: ok = rasd_read_jsonl(r); break;
    case RASD_FMT_WARC: ok = rasd_read_warc(r); break;
    default: ok = rasd_read_whole(r); break;
    }
    if (!ok) { r->done = true; return NULL; }
    if (r->doc.html) rasd_doc_decode_charset(r);
    r->ctx->counts.documents++;
    return &r->doc;
}

void rasd_reader_close(rasd_reader *r)
{
    if (!r) return;
    if (r->fmt == RASD_FMT_WARC) rasd_warc_state_free(r->fmt_state);
    if (r->fmt == RASD_FMT_JSONL) rasd_jsonl_state_free(r->fmt_state);
    rasd_src_close(r->src);
    rasd_arena_free(r->arena);
    free(r->base);
    free(r);
}

const char *rasd_doc_id(const rasd_doc *d) { return d->id; }
const char *rasd_doc_file(const rasd_doc *d) { return d->file; }
int64_t rasd_doc_record(const rasd_doc *d) { return d->record; }
uint64_t rasd_doc_offset(const rasd_doc *d) { return d->offset; }

const uint8_t *rasd_doc_source(const rasd_doc *d, size_t *len)
{
    if (len) *len = d->len;
    return d->src;
}

int rasd_doc_is_html(const rasd_doc *d) { return d && d->html; }

/* A plain-text or HTML file is one document. */
bool rasd_read_whole(rasd_reader *r)
{
    if (r->record > 0) { /* release the bytes the document pointed into */
        rasd_src_consume(r->src, rasd_src_avail(r->src));
        return false;
    }
    r->record = 1;
    rasd_src *s = r->src;
    size_t max = r->ctx->max_doc;
    size_t n = rasd_src_fill(s, max + 1);
    if (n > max) {
        uint64_t total = 0;
        while (rasd_src_avail(s)) {
            total += rasd_src_avail(s);
            rasd_src_consume(s, rasd_src_avail(s));
            rasd_src_fill(s, 1);
        }
        rasd_diagf(r->ctx, RASD_SKIP, r->file, 0, 0,
                    "document of %llu bytes is larger than --max-doc (%zu bytes); skipped",
                    (unsigned long long)total, max);
        r->ctx->counts.documents++;
        return false;
    }
    /* no copy: the document points into the source's buffer, which holds the whole file and
     * is not touched until the next call */
    const uint8_t *copy = rasd_src_data(s);
    r->doc.src = copy;
    r->doc.len = n;
    r->doc.html = r->fmt == RASD_FMT_HTML;
    r->doc.id = rasd_arena_strndup(r->arena, r->base, strlen(r->base));
    if (n == 0) rasd_diagf(r->ctx, RASD_WARN, r->file, 0, 0, "empty input: no text to read");
    else if (rasd_is_blank(copy, n)) rasd_diagf(r->ctx, RASD_WARN, r->file, 0, 0, "input holds only white space");
    return true;
}
