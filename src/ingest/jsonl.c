/* jsonl.c — JSON Lines records (https://jsonlines.org): one JSON object per line, streaming line
 * by line. A record carries `text` or `html` (a string; `html` wins when both are present) and
 * optionally `id`, `url`, `title`, `outlet`, `published` (ISO 8601 date or date-time with offset).
 * Blank lines are skipped; CRLF and a leading BOM are accepted. A record's number is its line
 * number (blank lines counted), so messages point into an editor.
 *
 * Two readers, one result. jansson is the reference: a strict RFC 8259 reader whose error
 * messages and positions our diagnostics quote. simdjson (jsonl_fast.cpp) reads every record
 * first, about twenty times faster: it validates the line with SIMD instructions and we copy only
 * the fields we keep, where jansson lexes byte by byte and builds and copies the whole tree. It
 * is as strict as jansson (strict UTF-8, no raw control character or lone surrogate escape in a
 * string, no number that overflows, no \v or \f for white space); where the two could still
 * differ, the record goes to jansson, whose answer is then the one used:
 *   - an integer above LLONG_MAX at any depth (simdjson reads it as unsigned, jansson refuses);
 *   - a NUL in a key (jansson refuses it), a top level that is not an object;
 *   - nesting deeper than simdjson's 1024 levels, a line over 4 MiB, a failed allocation;
 *   - a key given twice: the last value counts, as in jansson's objects.
 * So output and messages are those of jansson alone.
 *
 * Bad records are reported with file, record (line) number and byte offset and skipped: a line
 * that is not JSON (offset of jansson's error position), not an object, with no text, or longer
 * than --max-doc (streamed past without buffering). A `published` that is not an ISO date is
 * reported and ignored; the record is kept.
 */
#include "ingest/ingest.h"
#include "ingest/jsonl_fast.h"

#include <jansson.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

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

/* ---- the fast reader (simdjson) ------------------------------------------------------------ */

void rasd_jsonl_state_free(void *state) { rasd_jfast_free(state); }

/* Reads line[0..n) with simdjson. True, with *rec filled, for an object with a body; false for
 * anything else (then jansson decides). */
static bool read_fast(rasd_reader *r, const char *line, size_t n, record *rec)
{
    if (!r->fmt_state && !(r->fmt_state = rasd_jfast_new())) return false;
    rasd_jv v[NFIELDS];
    if (!rasd_jfast_object(r->fmt_state, line, n, field_name, NFIELDS, v)) return false;
    int body = v[F_HTML].kind == RASD_JV_STRING ? F_HTML : v[F_TEXT].kind == RASD_JV_STRING ? F_TEXT : -1;
    if (body < 0) return false;
    memset(rec, 0, sizeof *rec);
    rec->body = rasd_arena_strndup(r->arena, v[body].s, v[body].n);
    rec->body_len = v[body].n;
    rec->body_is_html = body == F_HTML;
    for (int k = F_ID; k < NFIELDS; k++) {   /* "" is absent, as in jansson's reading */
        if (v[k].kind == RASD_JV_STRING && v[k].n) rec->meta[k] = rasd_arena_strndup(r->arena, v[k].s, v[k].n);
        else if (v[k].kind == RASD_JV_INT) rec->meta[k] = rasd_arena_printf(r->arena, "%lld", v[k].i);
    }
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
