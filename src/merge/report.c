/* report.c — a source's report of a contact as JSON, both ways: the object a timeline row lists
 * in "sources", which is also the `rasd extract` line, the store's record and what `rasd merge`
 * reads back. One writer and one reader keep the three in step. */
#include "merge/merge.h"

#include <stdlib.h>
#include <string.h>

/* The members' names are fixed ASCII: each is written with its comma and colon as one literal
 * (",\"type\":"), not escaped name by name; inline, so that the literal's length is known. */
static inline void put(rasd_buf *b, const char *lit) { rasd_buf_add(b, lit, strlen(lit)); }

/* A string member: its name's literal, then v. */
static inline void str_member(rasd_buf *b, const char *name, const char *v)
{
    put(b, name);
    rasd_json_cstr(b, v);
}

void rasd_contact_json(rasd_buf *b, bool *first, const char *initiator, const char *location, const char *venue,
                       int duration_min, const char *duration_mod, const char *topics, const char *cameo,
                       const char *plover_mode)
{
    str_member(b, *first ? "\"initiator\":" : ",\"initiator\":", initiator);
    *first = false;
    str_member(b, ",\"location\":", location);
    str_member(b, ",\"venue\":", venue);
    put(b, ",\"duration_min\":");
    if (duration_min >= 0) rasd_json_u64(b, (uint64_t)duration_min); else put(b, "null");
    str_member(b, ",\"duration_mod\":", duration_mod);
    str_member(b, ",\"topics\":", topics);
    str_member(b, ",\"cameo\":", cameo);
    str_member(b, ",\"plover\":{\"event\":\"CONSULT\",\"mode\":", plover_mode);
    rasd_buf_addc(b, '}');
}

void rasd_report_json(rasd_buf *b, const rasd_report *r)
{
    bool first = false;   /* after doc */
    str_member(b, "{\"doc\":", r->doc);
    put(b, ",\"article\":");
    rasd_json_u64(b, (uint64_t)(r->article > 0 ? r->article : 0));
    str_member(b, ",\"file\":", r->file);
    str_member(b, ",\"outlet\":", r->outlet);
    str_member(b, ",\"published\":", r->published);
    str_member(b, ",\"type\":", r->type);
    str_member(b, ",\"status\":", r->status);
    str_member(b, ",\"date\":", r->date);
    str_member(b, ",\"date_text\":", r->date_text);
    put(b, ",\"participants\":");
    rasd_json_strs(b, r->participants, r->nparticipants);
    rasd_contact_json(b, &first, r->initiator, r->location, r->venue, r->duration_min, r->duration_mod, r->topics,
                      r->cameo, r->plover_mode);
    put(b, ",\"evidence\":{\"start\":");
    rasd_json_u64(b, r->start);
    put(b, ",\"end\":");
    rasd_json_u64(b, r->end);
    str_member(b, ",\"text\":", r->evidence);
    put(b, "}}");
}

/* A string member copied into a, NULL when absent or null; *bad set when it has another type. */
static const char *opt_str(const json_t *o, const char *k, rasd_arena *a, bool *bad)
{
    const json_t *v = json_object_get(o, k);
    if (!v || json_is_null(v)) return NULL;
    if (!json_is_string(v)) { *bad = true; return NULL; }
    return rasd_arena_strndup(a, json_string_value(v), json_string_length(v));
}

static bool get_size(const json_t *v, size_t *out)
{
    if (!json_is_integer(v) || json_integer_value(v) < 0) return false;
    *out = (size_t)json_integer_value(v);
    return true;
}

bool rasd_report_from_json(const json_t *o, rasd_report *r, rasd_arena *a, const char **why)
{
    memset(r, 0, sizeof *r);
    r->duration_min = -1;
    bool bad = false;
    if (!json_is_object(o)) { *why = "a source is not an object"; return false; }
    r->doc = opt_str(o, "doc", a, &bad);
    r->file = opt_str(o, "file", a, &bad);
    r->outlet = opt_str(o, "outlet", a, &bad);
    r->published = opt_str(o, "published", a, &bad);
    r->type = opt_str(o, "type", a, &bad);
    r->status = opt_str(o, "status", a, &bad);
    r->date = opt_str(o, "date", a, &bad);
    r->date_text = opt_str(o, "date_text", a, &bad);
    r->initiator = opt_str(o, "initiator", a, &bad);
    r->location = opt_str(o, "location", a, &bad);
    r->venue = opt_str(o, "venue", a, &bad);
    r->duration_mod = opt_str(o, "duration_mod", a, &bad);
    r->topics = opt_str(o, "topics", a, &bad);
    r->cameo = opt_str(o, "cameo", a, &bad);
    if (bad) { *why = "a source field that should be a string is not"; return false; }
    if (!r->doc || !r->type || !r->status) { *why = "a source lacks doc, type or status"; return false; }
    const json_t *v = json_object_get(o, "article");
    size_t n;
    if (v && !json_is_null(v)) {
        if (!get_size(v, &n) || n > 1000000) { *why = "a source's article is not a small number"; return false; }
        r->article = (int)n;
    }
    v = json_object_get(o, "duration_min");
    if (v && !json_is_null(v)) {
        if (!get_size(v, &n) || n > 100000000) { *why = "a source's duration_min is not a number of minutes"; return false; }
        r->duration_min = (int)n;
    }
    v = json_object_get(o, "plover");
    if (json_is_object(v)) r->plover_mode = opt_str(v, "mode", a, &bad);
    v = json_object_get(o, "participants");
    if (!json_is_array(v) || json_array_size(v) == 0) { *why = "a source lacks participants"; return false; }
    size_t np = json_array_size(v);
    const char **ps = rasd_arena_alloc(a, np * sizeof *ps);
    for (size_t k = 0; k < np; k++) {
        const json_t *p = json_array_get(v, k);
        if (!json_is_string(p)) { *why = "a participant is not a string"; return false; }
        ps[k] = rasd_arena_strndup(a, json_string_value(p), json_string_length(p));
    }
    r->participants = ps;
    r->nparticipants = np;
    v = json_object_get(o, "evidence");
    if (!json_is_object(v) || !get_size(json_object_get(v, "start"), &r->start) ||
        !get_size(json_object_get(v, "end"), &r->end) || r->end < r->start) {
        *why = "a source lacks its evidence span";
        return false;
    }
    r->evidence = opt_str(v, "text", a, &bad);
    if (bad) { *why = "a source's evidence text is not a string"; return false; }
    return true;
}
