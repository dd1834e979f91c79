/* jsonl.c — JSON Lines records (https://jsonlines.org): one JSON object per line, streaming line
 * by line. A record carries `text` or `html` (a string; `html` wins when both are present) and
 * optionally `id`, `url`, `title`, `outlet`, `published` (ISO 8601 date or date-time with offset).
 * Blank lines are skipped; CRLF and a leading BOM are accepted. A record's number is its line
 * number (blank lines counted), so messages point into an editor.
 *
 * Two readers, one result. jansson is the reference: a strict RFC 8259 reader whose error
 * messages and positions our diagnostics quote. yajl's callback parser reads a record about ten
 * times faster (it copies only the fields we keep, where jansson builds and copies the whole
 * tree) and reads every record first; a record it does not accept, or on which the two libraries
 * could differ, is read again by jansson, whose answer is then the one used:
 *   - yajl takes \v and \f for white space: a line holding either byte goes to jansson;
 *   - yajl decodes a lone UTF-16 surrogate escape to '?' or to invalid UTF-8: a line with a
 *     \uD800-\uDFFF escape goes to jansson (even a well-formed pair, which is rare);
 *   - its UTF-8 check lets overlongs and surrogates through, so it is turned off and every key
 *     and string is checked here with the strict rasd_utf8_valid (jansson's rules);
 *   - jansson refuses integers outside long long, reals that overflow, NUL in a key, a top level
 *     that is not an object or array, and very deep nesting: such records go to jansson;
 *   - a key given twice: the last value counts, as in jansson's objects.
 * So output and messages are those of jansson alone.
 *
 * Bad records are reported with file, record (line) number and byte offset and skipped: a line
 * that is not JSON (offset of jansson's error position), not an object, with no text, or longer
 * than --max-doc (streamed past without buffering). A `published` that is not an ISO date is
 * reported and ignored; the record is kept.
 */
#include "ingest/ingest.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

/* The fields of a record we keep. */
enum { F_HTML, F_TEXT, F_ID, F_URL, F_TITLE, F_OUTLET, F_PUBLISHED, NFIELDS };
static const char *const field_name[NFIELDS] = {"html", "text", "id", "url", "title", "outlet", "published"};

/* A record's fields as either reader found them: body is html when that is a string, else text
 * when that is a string; the other fields are arena strings (an integer written in decimal) or
 * NULL (absent, empty, or another type). */
typedef struct record {
    const char *body;
    size_t body_len;
    bool body_is_html;
    const char *meta[NFIELDS];   /* F_ID .. F_PUBLISHED */
} record;

/* Fills r->doc from a record that has a body (the record starts at input offset `at`, its JSON
 * at `at + b`). */
static void accept_record(rasd_reader *r, const record *rec, uint64_t at, size_t b)
{
    size_t n = rec->body_len;
    r->doc.src = (const uint8_t *)rec->body;
    r->doc.len = n;
    r->doc.html = rec->body_is_html || rasd_looks_like_html(r->doc.src, n);
    r->doc.record = r->record;
    r->doc.offset = at;
    r->doc.id = rec->meta[F_ID];
    if (!r->doc.id) r->doc.id = rasd_arena_printf(r->arena, "%s:%lld", r->base, (long long)r->record);
    r->doc.url = rec->meta[F_URL];
    r->doc.title = rec->meta[F_TITLE];
    r->doc.outlet = rec->meta[F_OUTLET];
    const char *pub = rec->meta[F_PUBLISHED];
    if (pub) {
        char iso[32];
        if (rasd_iso_date_parse(pub, strlen(pub), iso))
            r->doc.published = rasd_arena_strndup(r->arena, iso, strlen(iso));
        else
            rasd_diagf(r->ctx, RASD_WARN, r->file, r->record, at + b,
                        "\"published\" is not an ISO date (\"%.40s\"); ignored", pub);
    }
}

/* ---- yajl's memory -------------------------------------------------------------------------- */

/* yajl allocates its handle, lexer and buffers anew for each record, and grows the buffer that
 * decodes a string with escapes (a whole body) by doubling from 2 KiB, a realloc and a copy each
 * time. Its blocks are kept in the reader for the next record instead: a block carries its
 * capacity in a header, so growing within it is free, and the blocks one record frees serve the
 * next (best fit, so the large buffer goes to the request that needs it). */
#define POOL_KEEP 8

typedef union block_head { size_t cap; max_align_t align; } block_head;

typedef struct yajl_pool {
    size_t n;
    block_head *kept[POOL_KEEP];
} yajl_pool;

static void *pool_malloc(void *u, size_t size)
{
    yajl_pool *pool = u;
    size_t best = pool->n;
    for (size_t k = 0; k < pool->n; k++)
        if (pool->kept[k]->cap >= size && (best == pool->n || pool->kept[k]->cap < pool->kept[best]->cap)) best = k;
    block_head *h;
    if (best < pool->n) {
        h = pool->kept[best];
        pool->kept[best] = pool->kept[--pool->n];
    } else {
        h = rasd_xrealloc(NULL, sizeof *h + size);
        h->cap = size;
    }
    return h + 1;
}

static void *pool_realloc(void *u, void *p, size_t size)
{
    if (!p) return pool_malloc(u, size);
    block_head *h = (block_head *)p - 1;
    if (h->cap >= size) return p;
    h = rasd_xrealloc(h, sizeof *h + size);
    h->cap = size;
    return h + 1;
}

static void pool_free(void *u, void *p)
{
    yajl_pool *pool = u;
    if (!p) return;
    block_head *h = (block_head *)p - 1;
    if (pool->n < POOL_KEEP) pool->kept[pool->n++] = h;
    else free(h);
}

void rasd_jsonl_state_free(void *state)
{
    yajl_pool *pool = state;
    if (!pool) return;
    for (size_t k = 0; k < pool->n; k++) free(pool->kept[k]);
    free(pool);
}

/* ---- the fast reader (yajl) ---------------------------------------------------------------- */

#define FAST_MAX_DEPTH 512   /* deeper records go to jansson, which has its own limit */

typedef struct fast {
    rasd_reader *r;
    int depth;              /* containers open */
    int field;              /* the depth-1 key whose value comes next, or -1 */
    bool object;            /* the top level is an object */
    const char *str[NFIELDS];   /* last string value of each field (arena), or NULL */
    size_t len[NFIELDS];
    bool is_str[NFIELDS];       /* the field's last value is a string */
} fast;

/* A value was read: at depth 1 it is the current field's (the last one given counts). False
 * (stop) for a top level that is not an object. */
static bool fast_value(fast *f, const char *s, size_t n, bool is_str)
{
    if (f->depth == 0) return false;
    if (f->depth == 1 && f->field >= 0) {
        f->str[f->field] = s;
        f->len[f->field] = n;
        f->is_str[f->field] = is_str;
        f->field = -1;
    }
    return true;
}

static int fast_null(void *u) { return fast_value(u, NULL, 0, false); }
static int fast_bool(void *u, int v) { (void)v; return fast_value(u, NULL, 0, false); }

/* Numbers as jansson reads them: an integer must fit a long long, a real must not overflow;
 * an integer field value is kept in decimal, as jansson's %lld prints it. */
static int fast_number(void *u, const char *s, size_t n)
{
    fast *f = u;
    char buf[64];
    if (n >= sizeof buf) return 0;
    memcpy(buf, s, n);
    buf[n] = 0;
    bool real = memchr(buf, '.', n) || memchr(buf, 'e', n) || memchr(buf, 'E', n);
    errno = 0;
    if (real) {
        if (isinf(strtod(buf, NULL))) return 0;
        return fast_value(f, NULL, 0, false);
    }
    long long v = strtoll(buf, NULL, 10);
    if (errno == ERANGE) return 0;
    if (f->depth != 1 || f->field < 0) return fast_value(f, NULL, 0, false);
    const char *d = rasd_arena_printf(f->r->arena, "%lld", v);
    return fast_value(f, d, strlen(d), false);
}

static int fast_string(void *u, const unsigned char *s, size_t n)
{
    fast *f = u;
    if (!rasd_utf8_valid(s, n)) return 0;
    if (f->depth != 1 || f->field < 0) return fast_value(f, NULL, 0, true);
    return fast_value(f, rasd_arena_strndup(f->r->arena, (const char *)s, n), n, true);
}

static int fast_key(void *u, const unsigned char *s, size_t n)
{
    fast *f = u;
    if (!rasd_utf8_valid(s, n) || memchr(s, 0, n)) return 0;
    f->field = -1;
    if (f->depth == 1)
        for (int k = 0; k < NFIELDS; k++)
            if (strlen(field_name[k]) == n && memcmp(field_name[k], s, n) == 0) f->field = k;
    return 1;
}

static int fast_open(fast *f, bool map)
{
    if (f->depth == 0) {
        if (!map) return 0;
        f->object = true;
    } else if (!fast_value(f, NULL, 0, false)) {
        return 0;
    }
    return ++f->depth <= FAST_MAX_DEPTH;
}
static int fast_start_map(void *u) { return fast_open(u, true); }
static int fast_start_array(void *u) { return fast_open(u, false); }
static int fast_end(void *u) { ((fast *)u)->depth--; return 1; }

static const yajl_callbacks fast_callbacks = {
    fast_null, fast_bool, NULL, NULL, fast_number, fast_string,
    fast_start_map, fast_key, fast_end, fast_start_array, fast_end,
};

/* True if the line may be read by yajl: none of the bytes and escapes on which it and jansson
 * could differ (see the file header). Looks at raw bytes; a false alarm only costs speed. */
static bool fast_safe(const char *p, size_t n)
{
    if (n > INT_MAX || memchr(p, '\v', n) || memchr(p, '\f', n)) return false;
    /* each backslash with the character it escapes: \uD800-\uDFFF is the case to avoid */
    for (const char *q = p, *e = p + n; (q = memchr(q, '\\', (size_t)(e - q))) && e - q >= 2; q += 2) {
        if (q[1] != 'u' || e - q < 4 || (q[2] | 0x20) != 'd') continue;
        char c = (char)(q[3] | 0x20);
        if (c == '8' || c == '9' || (c >= 'a' && c <= 'f')) return false;
    }
    return true;
}

/* Reads line[0..n) with yajl. True, with *rec filled, for an object with a body; false for
 * anything else (then jansson decides). */
static bool read_fast(rasd_reader *r, const char *line, size_t n, record *rec)
{
    if (!fast_safe(line, n)) return false;
    fast f = {0};
    f.r = r;
    f.field = -1;
    if (!r->fmt_state) r->fmt_state = rasd_xalloc(sizeof(yajl_pool));
    yajl_alloc_funcs mem = {pool_malloc, pool_realloc, pool_free, r->fmt_state};
    yajl_handle h = yajl_alloc(&fast_callbacks, &mem, &f);
    if (!h) return false;
    yajl_config(h, yajl_dont_validate_strings, 1);   /* rasd_utf8_valid checks, strictly */
    bool ok = yajl_parse(h, (const unsigned char *)line, n) == yajl_status_ok &&
              yajl_complete_parse(h) == yajl_status_ok && f.object;
    yajl_free(h);
    if (!ok) return false;
    int body = f.is_str[F_HTML] ? F_HTML : f.is_str[F_TEXT] ? F_TEXT : -1;
    if (body < 0) return false;
    memset(rec, 0, sizeof *rec);
    rec->body = f.str[body];
    rec->body_len = f.len[body];
    rec->body_is_html = body == F_HTML;
    for (int k = F_ID; k < NFIELDS; k++)
        rec->meta[k] = f.str[k] && f.len[k] ? f.str[k] : NULL;   /* "" is absent, as in jansson's reading */
    return true;
}

/* ---- the reference reader (jansson) ------------------------------------------------------- */

static const char *str_field(rasd_reader *r, json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (json_is_string(v)) {
        const char *s = json_string_value(v);
        size_t n = json_string_length(v);
        if (n == 0) return NULL;
        return rasd_arena_strndup(r->arena, s, n);
    }
    if (json_is_integer(v))
        return rasd_arena_printf(r->arena, "%lld", (long long)json_integer_value(v));
    return NULL;
}

/* Reads line[0..n) (input offset at + b) with jansson: true with *rec filled, or false after
 * reporting why the record is skipped. */
static bool read_jansson(rasd_reader *r, const char *line, size_t n, uint64_t at, size_t b, record *rec)
{
    json_error_t err;
    json_t *o = json_loadb(line, n, JSON_ALLOW_NUL, &err);
    bool ok = false;
    if (!o) {
        rasd_diagf(r->ctx, RASD_SKIP, r->file, r->record, at + b + (uint64_t)(err.position > 0 ? err.position : 0),
                    "not JSON: %s; record skipped", err.text);
    } else if (!json_is_object(o)) {
        rasd_diagf(r->ctx, RASD_SKIP, r->file, r->record, at + b,
                    "not a JSON object; record skipped");
    } else {
        json_t *html = json_object_get(o, "html"), *text = json_object_get(o, "text");
        json_t *body = json_is_string(html) ? html : json_is_string(text) ? text : NULL;
        if (!body) {
            rasd_diagf(r->ctx, RASD_SKIP, r->file, r->record, at + b,
                        (html || text) ? "\"text\"/\"html\" is not a string; record skipped"
                                       : "no \"text\" or \"html\" field; record skipped");
        } else {
            ok = true;
            memset(rec, 0, sizeof *rec);
            rec->body_len = json_string_length(body);
            rec->body = rasd_arena_strndup(r->arena, json_string_value(body), rec->body_len);
            rec->body_is_html = body == html;
            for (int k = F_ID; k < NFIELDS; k++) rec->meta[k] = str_field(r, o, field_name[k]);
        }
    }
    if (o) json_decref(o);
    return ok;
}

bool rasd_read_jsonl(rasd_reader *r)
{
    rasd_src *s = r->src;
    size_t max = r->ctx->max_doc;
    for (;;) {
        uint64_t at = rasd_src_pos(s);
        int64_t nl = rasd_src_find_nl(s, 0, max + 1);
        size_t avail = rasd_src_avail(s);
        if (nl == -1 && avail == 0) return false;
        r->record++;
        if (nl == -2) {
            uint64_t n = rasd_src_skip_line(s);
            r->ctx->counts.documents++;
            rasd_diagf(r->ctx, RASD_SKIP, r->file, r->record, at,
                        "line of %llu bytes is longer than --max-doc (%zu bytes); record skipped",
                        (unsigned long long)n, max);
            continue;
        }
        size_t len = nl >= 0 ? (size_t)nl : avail;
        const char *line = (const char *)rasd_src_data(s);
        size_t skip = 0;
        if (at == 0 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) skip = 3;
        size_t end = len;
        while (end > skip && (line[end - 1] == '\r' || line[end - 1] == ' ' || line[end - 1] == '\t')) end--;
        size_t b = skip;
        while (b < end && (line[b] == ' ' || line[b] == '\t')) b++;
        if (b == end) { /* blank line: not a record (but it keeps its line number) */
            rasd_src_consume(s, nl >= 0 ? len + 1 : len);
            continue;
        }
        record rec;
        bool ok = read_fast(r, line + b, end - b, &rec) || read_jansson(r, line + b, end - b, at, b, &rec);
        if (ok) accept_record(r, &rec, at, b);
        rasd_src_consume(s, nl >= 0 ? len + 1 : len);
        if (ok) return true;                  /* rasd_reader_next counts it */
        r->ctx->counts.documents++;           /* a skipped record is a document read too */
    }
}
