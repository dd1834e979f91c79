/* timeline_write.c — a built timeline as JSON Lines (the contract in docs/formats.md), CSV or
 * Markdown; "html" goes to timeline_html.c. Every writer takes the same rows in the same order.
 *
 * Values come from untrusted web text: JSON escapes everything (util/json.c); CSV quotes every
 * text field (RFC 4180) and defuses a leading = + - @ (spreadsheet formulas); Markdown escapes
 * its own syntax and writes < > & as character references so no HTML reaches a renderer. */
#include "merge/merge.h"
#include "out/out.h"

#include <stdio.h>
#include <string.h>

/* ---- JSON Lines ------------------------------------------------------------------------------ */

static void row_json(rasd_buf *b, const rasd_row *w)
{
    bool first = true;
    rasd_buf_addc(b, '{');
    rasd_json_key(b, &first, "id"); rasd_json_cstr(b, w->id);
    rasd_json_key(b, &first, "type"); rasd_json_cstr(b, w->type);
    rasd_json_key(b, &first, "status"); rasd_json_cstr(b, w->status);
    rasd_json_key(b, &first, "date"); rasd_json_cstr(b, w->date);
    rasd_json_key(b, &first, "participants");
    rasd_json_strs(b, w->participants, w->nparticipants);
    rasd_contact_json(b, &first, w->initiator, w->location, w->venue, w->duration_min, w->duration_mod, w->topics,
                      w->cameo, w->plover_mode);
    rasd_json_key(b, &first, "sources");
    rasd_buf_addc(b, '[');
    for (size_t k = 0; k < w->nsources; k++) {
        if (k) rasd_buf_addc(b, ',');
        rasd_report_json(b, w->sources[k]);
    }
    rasd_buf_addc(b, ']');
    rasd_json_key(b, &first, "conflicts");
    rasd_buf_addc(b, '[');
    for (size_t k = 0; k < w->nconflicts; k++) {
        const rasd_conflict *c = &w->conflicts[k];
        rasd_buf_adds(b, k ? ",{\"field\":" : "{\"field\":");
        rasd_json_cstr(b, c->field);
        rasd_buf_adds(b, ",\"values\":[");
        for (size_t v = 0; v < c->nvalues; v++) {
            rasd_buf_adds(b, v ? ",{\"value\":" : "{\"value\":");
            if (strcmp(c->field, "duration_min") == 0) rasd_buf_adds(b, c->values[v].value);
            else rasd_json_cstr(b, c->values[v].value);
            rasd_buf_adds(b, ",\"sources\":[");
            for (size_t s = 0; s < c->values[v].nsources; s++) {
                if (s) rasd_buf_addc(b, ',');
                rasd_json_u64(b, c->values[v].sources[s]);
            }
            rasd_buf_adds(b, "]}");
        }
        rasd_buf_adds(b, "]}");
    }
    rasd_buf_adds(b, "]}\n");
}

/* ---- CSV --------------------------------------------------------------------------------------- */

static void csv_field(rasd_buf *b, const char *s)
{
    if (!s) return;
    rasd_buf_addc(b, '"');
    if (*s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' || *s == '\r') rasd_buf_addc(b, '\'');
    for (const char *p = s; *p; p++) {
        if (*p == '"') rasd_buf_addc(b, '"');
        rasd_buf_addc(b, *p);
    }
    rasd_buf_addc(b, '"');
}

static void joined(rasd_buf *b, const char *const *v, size_t n, const char *sep)
{
    for (size_t k = 0; k < n; k++) {
        if (k) rasd_buf_adds(b, sep);
        rasd_buf_adds(b, v[k]);
    }
}

/* "date: 2025-02-12 (2) / 2025-02-13 (1); duration_min: 90 (1) / 60 (1)" */
static void conflicts_text(rasd_buf *b, const rasd_row *w)
{
    for (size_t k = 0; k < w->nconflicts; k++) {
        const rasd_conflict *c = &w->conflicts[k];
        rasd_buf_printf(b, "%s%s: ", k ? "; " : "", c->field);
        for (size_t v = 0; v < c->nvalues; v++)
            rasd_buf_printf(b, "%s%s (%zu)", v ? " / " : "", c->values[v].value, c->values[v].nsources);
    }
}

/* The sources' names: each outlet (else file) once, with its document. */
static void sources_text(rasd_buf *b, const rasd_row *w)
{
    for (size_t k = 0; k < w->nsources; k++) {
        const rasd_report *r = w->sources[k];
        rasd_buf_printf(b, "%s%s", k ? "; " : "", r->outlet ? r->outlet : r->file ? r->file : "");
        if (r->doc) rasd_buf_printf(b, " [%s]", r->doc);
    }
}

static void row_csv(rasd_buf *b, const rasd_row *w, rasd_buf *tmp)
{
    csv_field(b, w->id); rasd_buf_addc(b, ',');
    csv_field(b, w->date); rasd_buf_addc(b, ',');
    csv_field(b, w->type); rasd_buf_addc(b, ',');
    csv_field(b, w->status); rasd_buf_addc(b, ',');
    tmp->len = 0; rasd_buf_adds(tmp, "");
    joined(tmp, w->participants, w->nparticipants, "; ");
    csv_field(b, tmp->p); rasd_buf_addc(b, ',');
    csv_field(b, w->initiator); rasd_buf_addc(b, ',');
    csv_field(b, w->location); rasd_buf_addc(b, ',');
    if (w->duration_min >= 0) rasd_buf_printf(b, "%d", w->duration_min);
    rasd_buf_addc(b, ',');
    csv_field(b, w->duration_mod); rasd_buf_addc(b, ',');
    csv_field(b, w->topics); rasd_buf_addc(b, ',');
    rasd_buf_printf(b, "%zu,", w->nsources);
    tmp->len = 0; rasd_buf_adds(tmp, "");
    sources_text(tmp, w);
    csv_field(b, tmp->p); rasd_buf_addc(b, ',');
    tmp->len = 0; rasd_buf_adds(tmp, "");
    conflicts_text(tmp, w);
    csv_field(b, tmp->p); rasd_buf_addc(b, ',');
    csv_field(b, w->nsources ? w->sources[0]->evidence : NULL);
    rasd_buf_adds(b, "\r\n");
}

/* ---- Markdown ----------------------------------------------------------------------------------- */

static void md_text(rasd_buf *b, const char *s)
{
    if (!s) { rasd_buf_adds(b, "–"); return; }
    for (const char *p = s; *p; p++) {
        switch (*p) {
        case '<': rasd_buf_adds(b, "&lt;"); break;
        case '>': rasd_buf_adds(b, "&gt;"); break;
        case '&': rasd_buf_adds(b, "&amp;"); break;
        case '\n': case '\r': rasd_buf_addc(b, ' '); break;
        case '|': case '\\': case '*': case '_': case '`': case '[': case ']': case '#': case '!':
            rasd_buf_addc(b, '\\');
            rasd_buf_addc(b, *p);
            break;
        default: rasd_buf_addc(b, *p);
        }
    }
}

static void row_md(rasd_buf *b, const rasd_row *w, size_t n, rasd_buf *tmp)
{
    rasd_buf_printf(b, "| %zu | ", n);
    md_text(b, w->date);
    rasd_buf_adds(b, " | ");
    md_text(b, w->type);
    rasd_buf_adds(b, " | ");
    md_text(b, w->status);
    rasd_buf_adds(b, " | ");
    tmp->len = 0; rasd_buf_adds(tmp, "");
    joined(tmp, w->participants, w->nparticipants, ", ");
    md_text(b, tmp->p);
    rasd_buf_adds(b, " | ");
    md_text(b, w->location);
    rasd_buf_adds(b, " | ");
    if (w->duration_min >= 0) rasd_buf_printf(b, "%d min", w->duration_min); else rasd_buf_adds(b, "–");
    rasd_buf_adds(b, " | ");
    tmp->len = 0; rasd_buf_adds(tmp, "");
    sources_text(tmp, w);
    md_text(b, tmp->p);
    rasd_buf_adds(b, " | ");
    tmp->len = 0; rasd_buf_adds(tmp, "");
    conflicts_text(tmp, w);
    md_text(b, tmp->len ? tmp->p : NULL);
    rasd_buf_adds(b, " |\n");
}

static void md_evidence(rasd_buf *b, const rasd_row *w, size_t n)
{
    rasd_buf_printf(b, "\n**%zu.** ", n);
    md_text(b, w->date);
    rasd_buf_adds(b, " — ");
    md_text(b, w->type);
    rasd_buf_adds(b, ", ");
    md_text(b, w->status);
    rasd_buf_adds(b, "\n\n");
    for (size_t k = 0; k < w->nsources; k++) {
        const rasd_report *r = w->sources[k];
        rasd_buf_adds(b, "- ");
        md_text(b, r->outlet ? r->outlet : r->file);
        rasd_buf_adds(b, " (");
        md_text(b, r->published);
        rasd_buf_adds(b, "; said ");
        md_text(b, r->date);
        rasd_buf_adds(b, ", ");
        md_text(b, r->status);
        rasd_buf_printf(b, "; bytes %zu–%zu): <span dir=\"rtl\">", r->start, r->end);
        md_text(b, r->evidence);
        rasd_buf_adds(b, "</span>\n");
    }
}

/* ---- dispatch ---------------------------------------------------------------------------------- */

static bool flush(rasd_buf *b, FILE *out)
{
    bool ok = fwrite(b->p, 1, b->len, out) == b->len;
    b->len = 0;
    return ok;
}

rasd_status rasd_timeline_write(const rasd_timeline *tl, const char *format, const rasd_filter *f,
                                void *stdio_file)
{
    FILE *out = stdio_file;
    if (!tl || !format || !out) return RASD_ERR_ARG;
    int kind = strcmp(format, "jsonl") == 0 ? 1 : strcmp(format, "csv") == 0 ? 2 : strcmp(format, "md") == 0 ? 3
             : strcmp(format, "html") == 0 ? 4 : 0;
    if (!kind) return RASD_ERR_ARG;
    if (kind == 4) return rasd_timeline_write_html(tl, f, out);
    rasd_buf b = {0}, tmp = {0};
    bool ok = true;
    size_t n = 0;
    if (kind == 2)
        rasd_buf_adds(&b, "id,date,type,status,participants,initiator,location,duration_min,duration_mod,"
                          "topics,nsources,sources,conflicts,evidence\r\n");
    if (kind == 3)
        rasd_buf_adds(&b, "| # | date | type | status | participants | place | duration | sources | conflicts |\n"
                          "|---|---|---|---|---|---|---|---|---|\n");
    for (size_t i = 0; i < rasd_timeline_count(tl); i++) {
        const rasd_row *w = rasd_timeline_row(tl, i);
        if (!rasd_row_matches(w, f)) continue;
        n++;
        if (kind == 1) row_json(&b, w);
        else if (kind == 2) row_csv(&b, w, &tmp);
        else row_md(&b, w, n, &tmp);
        if (b.len > (1u << 16)) ok &= flush(&b, out);
    }
    if (kind == 3) {
        rasd_buf_adds(&b, "\n### Evidence\n");
        size_t m = 0;
        for (size_t i = 0; i < rasd_timeline_count(tl); i++) {
            const rasd_row *w = rasd_timeline_row(tl, i);
            if (!rasd_row_matches(w, f)) continue;
            md_evidence(&b, w, ++m);
            if (b.len > (1u << 16)) ok &= flush(&b, out);
        }
    }
    ok &= flush(&b, out);
    rasd_buf_free(&b);
    rasd_buf_free(&tmp);
    return ok ? RASD_OK : RASD_ERR_IO;
}
