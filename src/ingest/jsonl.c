/* jsonl.c — JSON Lines records (https://jsonlines.org): one JSON object per line, read with
 * jansson, streaming line by line. A record carries `text` or `html` (a string; `html` wins
 * when both are present) and optionally `id`, `url`, `title`, `outlet`, `published` (ISO 8601
 * date or date-time with offset). Blank lines are skipped; CRLF and a leading BOM are accepted.
 * A record's number is its line number (blank lines counted), so messages point into an editor.
 *
 * Bad records are reported with file, record (line) number and byte offset and skipped: a line
 * that is not JSON (offset of jansson's error position), not an object, with no text, or longer
 * than --max-doc (streamed past without buffering). A `published` that is not an ISO date is
 * reported and ignored; the record is kept.
 */
#include "ingest/ingest.h"

#include <jansson.h>
#include <string.h>

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
        json_error_t err;
        json_t *o = json_loadb(line + b, end - b, JSON_ALLOW_NUL, &err);
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
                size_t n = json_string_length(body);
                r->doc.src = (const uint8_t *)rasd_arena_strndup(r->arena, json_string_value(body), n);
                r->doc.len = n;
                r->doc.html = body == html || rasd_looks_like_html(r->doc.src, n);
                r->doc.record = r->record;
                r->doc.offset = at;
                r->doc.id = str_field(r, o, "id");
                if (!r->doc.id) r->doc.id = rasd_arena_printf(r->arena, "%s:%lld", r->base, (long long)r->record);
                r->doc.url = str_field(r, o, "url");
                r->doc.title = str_field(r, o, "title");
                r->doc.outlet = str_field(r, o, "outlet");
                const char *pub = str_field(r, o, "published");
                if (pub) {
                    char iso[32];
                    if (rasd_iso_date_parse(pub, strlen(pub), iso))
                        r->doc.published = rasd_arena_strndup(r->arena, iso, strlen(iso));
                    else
                        rasd_diagf(r->ctx, RASD_WARN, r->file, r->record, at + b,
                                    "\"published\" is not an ISO date (\"%.40s\"); ignored", pub);
                }
            }
        }
        if (o) json_decref(o);
        rasd_src_consume(s, nl >= 0 ? len + 1 : len);
        if (ok) return true;                  /* rasd_reader_next counts it */
        r->ctx->counts.documents++;           /* a skipped record is a document read too */
    }
}
