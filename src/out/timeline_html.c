/* timeline_html.c — the timeline as one self-contained HTML page (docs/html-timeline.md).
 *
 * Exports rasd_timeline_write_html (format "html" of rasd_timeline_write), and, for the unit
 * tests, the escaping and the SHA-256 it is built on (src/out/out.h).
 *
 * The page: a header with counts; filters by actor, type and status; an inline SVG with one
 * lane per set of participants (x = time, marker shape and colour = type, fill = status);
 * the undated rows; then every row with its fields, its conflicts and each source with what it
 * said and its Arabic evidence (dir="rtl" lang="ar").
 *
 * Safety rules (the timeline's strings are untrusted web text; HT-1 … HT-6 in the doc):
 *   - HT-1/2: every value goes through rasd_html_escape, which is safe both as text and inside
 *     a double-quoted attribute (attribute values are always double-quoted) and turns invalid
 *     UTF-8 and control characters into U+FFFD;
 *   - HT-3: no value is ever written inside <script> or <style>: the one inline script is a
 *     constant of this file and reads what it needs from data-* attributes; values that reach
 *     class or id attributes are our own tokens (t-call, s-planned, e12, a3), never input text;
 *   - HT-4/5: a Content-Security-Policy meta tag allows no network at all, inline styles, and
 *     that one script by its SHA-256 (computed here at run time, so editing the script cannot
 *     leave a stale hash); the page references nothing outside itself.
 * HT-6: output is deterministic: no clock, no randomness, integer geometry, total orders.
 * Limits: a row dated other than YYYY[-MM[-DD]] (a week, text) is listed as undated.
 */
#include "out/out.h"

#include <stdlib.h>
#include <string.h>

/* ---- escaping ----------------------------------------------------------------------------- */

void rasd_html_escape(rasd_buf *b, const char *s, size_t n)
{
    static const char fffd[] = "\xEF\xBF\xBD";
    if (!s) return;
    const uint8_t *u = (const uint8_t *)s;
    size_t i = 0, run = 0;          /* run: bytes before i that are copied as they are */
    rasd_buf_reserve(b, n);
    while (i < n) {
        uint8_t c = u[i];
        const char *rep;
        size_t skip = 1;
        if (c >= 0x80) {
            int32_t cp;
            size_t l = rasd_utf8_next(u + i, n - i, &cp);
            if (l && cp > 0x9F) { i += l; run += l; continue; }
            rep = fffd;             /* invalid UTF-8 (one byte at a time) or a C1 control */
            if (l) skip = l;
        } else if (c >= 0x20 && c != 0x7F) {
            switch (c) {
            case '&': rep = "&amp;"; break;
            case '<': rep = "&lt;"; break;
            case '>': rep = "&gt;"; break;
            case '"': rep = "&quot;"; break;
            case '\'': rep = "&#39;"; break;
            default: i++; run++; continue;
            }
        } else if (c == '\t' || c == '\n' || c == '\r') {
            i++; run++; continue;
        } else {
            rep = fffd;             /* NUL, other C0 controls, DEL: not allowed in HTML text */
        }
        if (run) { rasd_buf_add(b, s + i - run, run); run = 0; }
        rasd_buf_adds(b, rep);
        i += skip;
    }
    if (run) rasd_buf_add(b, s + i - run, run);
}

/* NUL-terminated value; NULL writes nothing. */
static void esc(rasd_buf *b, const char *s)
{
    if (s) rasd_html_escape(b, s, strlen(s));
}

/* ---- SHA-256 (FIPS 180-4, section 6.2) and base64 (RFC 4648, section 4) -------------------- */

static const uint32_t sha_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

static uint32_t ror32(uint32_t x, unsigned r) { return (x >> r) | (x << (32 - r)); }

/* One 64-byte block into the state h (the compression function, 6.2.2). */
static void sha256_block(uint32_t h[8], const unsigned char *p)
{
    uint32_t w[64], v[8];
    for (int t = 0; t < 16; t++)
        w[t] = (uint32_t)p[4 * t] << 24 | (uint32_t)p[4 * t + 1] << 16 |
               (uint32_t)p[4 * t + 2] << 8 | (uint32_t)p[4 * t + 3];
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = ror32(w[t - 15], 7) ^ ror32(w[t - 15], 18) ^ (w[t - 15] >> 3);
        uint32_t s1 = ror32(w[t - 2], 17) ^ ror32(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    memcpy(v, h, sizeof v);
    for (int t = 0; t < 64; t++) {
        uint32_t e = v[4], a = v[0];
        uint32_t t1 = v[7] + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) +
                      ((e & v[5]) ^ (~e & v[6])) + sha_k[t] + w[t];
        uint32_t t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) +
                      ((a & v[1]) ^ (a & v[2]) ^ (v[1] & v[2]));
        memmove(v + 1, v, 7 * sizeof v[0]);
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) h[i] += v[i];
}

void rasd_sha256(const void *data, size_t n, unsigned char out[32])
{
    uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                     0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const unsigned char *p = data;
    size_t left = n;
    for (; left >= 64; p += 64, left -= 64) sha256_block(h, p);
    /* padding (5.1.1): 0x80, zeros, the message length in bits as 64 bits big-endian */
    unsigned char tail[128] = {0};
    if (left) memcpy(tail, p, left);
    tail[left] = 0x80;
    size_t tl = left < 56 ? 64 : 128;
    uint64_t bits = (uint64_t)n * 8;
    for (int i = 0; i < 8; i++) tail[tl - 1 - i] = (unsigned char)(bits >> (8 * i));
    sha256_block(h, tail);
    if (tl == 128) sha256_block(h, tail + 64);
    for (int i = 0; i < 8; i++) {
        out[4 * i] = (unsigned char)(h[i] >> 24);
        out[4 * i + 1] = (unsigned char)(h[i] >> 16);
        out[4 * i + 2] = (unsigned char)(h[i] >> 8);
        out[4 * i + 3] = (unsigned char)h[i];
    }
}

static void base64(rasd_buf *b, const unsigned char *p, size_t n)
{
    static const char a[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16;
        if (i + 1 < n) v |= (uint32_t)p[i + 1] << 8;
        if (i + 2 < n) v |= p[i + 2];
        char q[4] = {a[v >> 18], a[(v >> 12) & 63], i + 1 < n ? a[(v >> 6) & 63] : '=',
                     i + 2 < n ? a[v & 63] : '='};
        rasd_buf_add(b, q, 4);
    }
}

/* ---- the constant parts of the page --------------------------------------------------------- */

/* The filter script. It never reads page text into markup (no innerHTML): it compares the
 * selects' values with data-actors / data-type / data-status of every .ev (list item) and .mk
 * (chart marker, undated entry) and toggles class "off". The URL fragment can preselect
 * filters (#actor=Vladimir%20Putin&type=call&status=occurred) and follows the user's choice.
 * Keep it ASCII: the CSP hash is taken over these exact bytes. */
static const char page_script[] =
    "\n(function () {\n"
    "  'use strict';\n"
    "  var d = document, bar = d.getElementById('filters');\n"
    "  if (!bar) return;\n"
    "  var sel = {actor: d.getElementById('f-actor'), type: d.getElementById('f-type'),\n"
    "             status: d.getElementById('f-status')};\n"
    "  var shown = d.getElementById('shown'), items = d.querySelectorAll('.ev, .mk');\n"
    "  function pick(s, v) {\n"
    "    for (var i = 0; i < s.options.length; i++) {\n"
    "      var o = s.options[i];\n"
    "      if (o.value === v || o.getAttribute('data-name') === v) { s.selectedIndex = i; return; }\n"
    "    }\n"
    "  }\n"
    "  function apply(save) {\n"
    "    var a = sel.actor.value, t = sel.type.value, s = sel.status.value, n = 0, all = 0;\n"
    "    for (var i = 0; i < items.length; i++) {\n"
    "      var e = items[i];\n"
    "      var ok = (!a || (' ' + e.getAttribute('data-actors') + ' ').indexOf(' ' + a + ' ') >= 0) &&\n"
    "               (!t || e.getAttribute('data-type') === t) &&\n"
    "               (!s || e.getAttribute('data-status') === s);\n"
    "      e.classList.toggle('off', !ok);\n"
    "      if (e.classList.contains('ev')) { all++; if (ok) n++; }\n"
    "    }\n"
    "    shown.textContent = 'Showing ' + n + ' of ' + all + ' events';\n"
    "    if (!save) return;\n"
    "    var q = [];\n"
    "    var o = sel.actor.options[sel.actor.selectedIndex];\n"
    "    if (a) q.push('actor=' + encodeURIComponent(o.getAttribute('data-name')));\n"
    "    if (t) q.push('type=' + encodeURIComponent(t));\n"
    "    if (s) q.push('status=' + encodeURIComponent(s));\n"
    "    var url = location.href.split('#')[0] + (q.length ? '#' + q.join('&') : '');\n"
    "    try { history.replaceState(null, '', url); } catch (x) {}\n"
    "  }\n"
    "  var h = location.hash.replace(/^#/, '').split('&');\n"
    "  for (var i = 0; i < h.length; i++) {\n"
    "    var p = h[i].indexOf('='), v;\n"
    "    if (p < 0) continue;\n"
    "    try { v = decodeURIComponent(h[i].slice(p + 1)); } catch (x) { continue; }\n"
    "    var k = h[i].slice(0, p);\n"
    "    if (Object.prototype.hasOwnProperty.call(sel, k)) pick(sel[k], v);\n"
    "  }\n"
    "  for (var key in sel) sel[key].addEventListener('change', function () { apply(true); });\n"
    "  d.getElementById('f-reset').addEventListener('click', function () {\n"
    "    for (var key in sel) sel[key].selectedIndex = 0;\n"
    "    apply(true);\n"
    "  });\n"
    "  bar.hidden = false;\n"
    "  apply(false);\n"
    "})();\n";

static const char page_style[] =
    "*{box-sizing:border-box}"
    "html{-webkit-text-size-adjust:100%;color-scheme:light}"
    "body{margin:0 auto;max-width:62rem;padding:0 1rem 2rem;color:#1a1a1a;background:#fff;"
    "font:15px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"Noto Naskh Arabic\",sans-serif;"
    "overflow-wrap:anywhere}"
    "h1{font-size:1.4rem;margin:1rem 0 .25rem}"
    "h2{font-size:1.15rem;margin:1.5rem 0 .5rem}"
    "h3{font-size:1rem}"
    ".counts,.sel{margin:.2rem 0;color:#444}"
    ".filters{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;padding:.5rem 0;"
    "position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;z-index:1}"
    ".filters[hidden]{display:none}"
    ".filters label{display:flex;gap:.35rem;align-items:center;max-width:100%}"
    ".filters select{font:inherit;max-width:14rem;min-width:0}"
    ".filters button{font:inherit}"
    "#shown{color:#444;font-size:.9rem}"
    ".chart{overflow-x:auto;border:1px solid #ddd;border-radius:4px;-webkit-overflow-scrolling:touch}"
    ".chart svg{display:block;max-width:none}"
    ".ax{stroke:#e6e6e6}"
    ".tk{font-size:11px;fill:#555}"
    ".ln{stroke:#cfcfcf}"
    ".lb{font-size:11px;fill:#333}"
    ".sh{stroke:currentColor;stroke-width:2;fill:currentColor}"
    ".s-planned .sh,.s-proposed .sh,.s-cancelled .sh,.s-denied .sh,.s-other .sh{fill:#fff}"
    ".s-proposed .sh{stroke-dasharray:3 2}"
    ".s-other .sh{stroke-dasharray:1 2}"
    ".ov{stroke:#222;stroke-width:1.5}"
    ".rg{stroke:currentColor;stroke-width:4;opacity:.3;stroke-linecap:round}"
    ".t-call{color:#0072b2}.t-video_call{color:#56b4e9}.t-meeting{color:#d55e00}"
    ".t-visit{color:#009e73}.t-talks{color:#cc79a7}.t-message{color:#e69f00}.t-other{color:#666}"
    ".mk:focus .sh,.mk:hover .sh{stroke-width:3}"
    ".legend{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:.85rem}"
    ".legend li{display:flex;align-items:center;gap:.3rem}"
    ".ic{flex:none;vertical-align:middle}"
    ".undated{padding-left:1.2rem}"
    ".events{list-style:none;padding:0;margin:0}"
    ".ev{border:1px solid #ddd;border-radius:6px;padding:.6rem .8rem;margin:.75rem 0}"
    ".ev:target{outline:2px solid #0072b2}"
    ".ev h3{margin:0 0 .25rem;display:flex;flex-wrap:wrap;gap:.2rem .6rem;align-items:center}"
    ".st{font-weight:normal;color:#444}"
    "dl.f{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem .75rem;margin:.3rem 0}"
    "dl.f dt{color:#555}"
    "dl.f dd{margin:0}"
    ".cf{color:#8a4b00;margin:.25rem 0}"
    ".src{padding-left:1.6rem;margin:.4rem 0 0}"
    ".src>li{margin:.5rem 0}"
    ".m{font-size:.88rem;color:#444}"
    "blockquote{margin:.25rem 0;padding:.3rem .6rem;background:#f5f5f5;"
    "border-inline-start:3px solid #bbb;font-size:1.05rem;line-height:1.75}"
    ".off{display:none}"
    "@media (max-width:34rem){body{padding:0 .6rem 1.5rem}"
    "dl.f{grid-template-columns:minmax(0,1fr)}dl.f dd{margin-bottom:.3rem}"
    ".filters{position:static}.filters select{max-width:100%}}";

/* Types and statuses that have a shape and a fill of their own; anything else is "other". */
static const char *const type_names[] = {"call", "video_call", "meeting", "visit", "talks", "message"};
static const char *const status_names[] = {"occurred", "planned", "cancelled", "denied", "proposed"};
enum { NTYPES = 6, NSTATUSES = 5 };

static int rank(const char *s, const char *const *names, int n)
{
    for (int i = 0; s && i < n; i++)
        if (strcmp(s, names[i]) == 0) return i;
    return n;
}

/* Our own class token for a type or a status (never the input's text). */
static const char *type_class(const char *t)
{
    int r = rank(t, type_names, NTYPES);
    return r < NTYPES ? type_names[r] : "other";
}

static const char *status_class(const char *s)
{
    int r = rank(s, status_names, NSTATUSES);
    return r < NSTATUSES ? status_names[r] : "other";
}

/* ---- the page's model: selected rows, actors, lanes, dates ----------------------------------- */

typedef struct hrow {
    const rasd_row *row;
    const char **sorted;      /* participants in byte order: the key of the row's lane */
    size_t *actor;            /* actor number of each participant, in the row's order */
    int64_t d0, d1;           /* the days the date covers (inclusive), when dated */
    bool dated;
    size_t lane;
} hrow;

typedef struct counted { const char *s; size_t n; } counted;   /* a value and its rows */

typedef struct page {
    rasd_arena *a;
    const rasd_filter *f;
    hrow *rows;
    size_t nrows, nsources, nundated;
    counted *actors, *types, *statuses;
    size_t nactors, ntypes, nstatuses;
    hrow **lanes;             /* the first row of each lane, in lane order */
    size_t nlanes;
    int64_t lo, hi;           /* first and last dated day */
} page;

static const char *nz(const char *s) { return s ? s : ""; }

static int cmp_str(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static int cmp_type(const void *x, const void *y)
{
    const char *s = *(const char *const *)x, *t = *(const char *const *)y;
    int r = rank(s, type_names, NTYPES) - rank(t, type_names, NTYPES);
    return r ? r : strcmp(s, t);
}

static int cmp_status(const void *x, const void *y)
{
    const char *s = *(const char *const *)x, *t = *(const char *const *)y;
    int r = rank(s, status_names, NSTATUSES) - rank(t, status_names, NSTATUSES);
    return r ? r : strcmp(s, t);
}

/* Lanes: rows compared by their sorted participants (then by how many). */
static int lane_key_cmp(const hrow *p, const hrow *q)
{
    size_t np = p->row->nparticipants, nq = q->row->nparticipants;
    for (size_t i = 0; i < np && i < nq; i++) {
        int c = strcmp(p->sorted[i], q->sorted[i]);
        if (c) return c;
    }
    return np < nq ? -1 : np > nq;
}

/* qsort order of the dated rows: by lane, then in timeline order (qsort is not stable). */
static int cmp_lane(const void *x, const void *y)
{
    const hrow *p = *(const hrow *const *)x, *q = *(const hrow *const *)y;
    int c = lane_key_cmp(p, q);
    return c ? c : p < q ? -1 : p > q;
}

/* Sorts v[0..n) with cmp, then folds equal neighbours into (value, count) pairs in out;
 * returns how many distinct values there are. */
static size_t count_values(const char **v, size_t n, int (*cmp)(const void *, const void *),
                           counted *out)
{
    size_t k = 0;
    if (n) qsort(v, n, sizeof *v, cmp);
    for (size_t i = 0; i < n; i++) {
        if (k && strcmp(out[k - 1].s, v[i]) == 0) { out[k - 1].n++; continue; }
        out[k].s = v[i];
        out[k].n = 1;
        k++;
    }
    return k;
}

static bool digits(const char *s, int n, int *v)
{
    *v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        *v = *v * 10 + (s[i] - '0');
    }
    return true;
}

/* The days [*d0, *d1] that an ISO date at its grain covers: YYYY, YYYY-MM, YYYY-MM-DD (then
 * possibly a time after T, which is ignored). Anything else (2025-W07, text) is not placed on
 * the chart: returns false. */
static bool date_range(const char *s, int64_t *d0, int64_t *d1)
{
    int y, m = 0, d = 0;
    if (!s || !digits(s, 4, &y)) return false;
    s += 4;
    if (s[0] == '-' && digits(s + 1, 2, &m)) {
        s += 3;
        if (m < 1 || m > 12) return false;
        if (s[0] == '-' && digits(s + 1, 2, &d)) {
            s += 3;
            if (d < 1 || d > rasd_days_in_month(y, m)) return false;
        }
    }
    if (*s && !(*s == 'T' && d)) return false;
    *d0 = rasd_days_from_civil(y, m ? m : 1, d ? d : 1);
    *d1 = d ? *d0 : m ? *d0 + rasd_days_in_month(y, m) - 1 : rasd_days_from_civil(y, 12, 31);
    return true;
}

static size_t actor_no(const page *pg, const char *name)
{
    size_t lo = 0, hi = pg->nactors;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(pg->actors[mid].s, name);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return 0;   /* not reached: every participant is in the list */
}

static void page_init(page *pg, const rasd_timeline *tl, const rasd_filter *f)
{
    memset(pg, 0, sizeof *pg);
    pg->a = rasd_arena_new();
    pg->f = f;
    size_t n = rasd_timeline_count(tl), np = 0;
    pg->rows = rasd_arena_alloc(pg->a, (n ? n : 1) * sizeof *pg->rows);
    for (size_t i = 0; i < n; i++) {
        const rasd_row *r = rasd_timeline_row(tl, i);
        if (!r || (f && !rasd_row_matches(r, f))) continue;
        hrow *h = &pg->rows[pg->nrows++];
        h->row = r;
        np += r->nparticipants;
        pg->nsources += r->nsources;
        h->dated = date_range(r->date, &h->d0, &h->d1);
        if (!h->dated) pg->nundated++;
    }
    size_t nr = pg->nrows;
    /* actors, types and statuses present, with how many rows each */
    const char **all = rasd_arena_alloc(pg->a, (np + nr + 1) * sizeof *all);
    pg->actors = rasd_arena_alloc(pg->a, (np + 1) * sizeof *pg->actors);
    pg->types = rasd_arena_alloc(pg->a, (nr + 1) * sizeof *pg->types);
    pg->statuses = rasd_arena_alloc(pg->a, (nr + 1) * sizeof *pg->statuses);
    size_t k = 0;
    for (size_t i = 0; i < nr; i++) {
        hrow *h = &pg->rows[i];
        size_t m = h->row->nparticipants;
        h->sorted = rasd_arena_alloc(pg->a, (m ? m : 1) * sizeof *h->sorted);
        h->actor = rasd_arena_alloc(pg->a, (m ? m : 1) * sizeof *h->actor);
        for (size_t j = 0; j < m; j++) h->sorted[j] = all[k++] = nz(h->row->participants[j]);
        if (m > 1) qsort(h->sorted, m, sizeof *h->sorted, cmp_str);
    }
    pg->nactors = count_values(all, k, cmp_str, pg->actors);
    for (size_t i = 0; i < nr; i++)
        for (size_t j = 0; j < pg->rows[i].row->nparticipants; j++)
            pg->rows[i].actor[j] = actor_no(pg, nz(pg->rows[i].row->participants[j]));
    k = 0;
    for (size_t i = 0; i < nr; i++)
        if (pg->rows[i].row->type) all[k++] = pg->rows[i].row->type;
    pg->ntypes = count_values(all, k, cmp_type, pg->types);
    k = 0;
    for (size_t i = 0; i < nr; i++)
        if (pg->rows[i].row->status) all[k++] = pg->rows[i].row->status;
    pg->nstatuses = count_values(all, k, cmp_status, pg->statuses);
    /* lanes: one per distinct set of participants among the dated rows */
    hrow **by = rasd_arena_alloc(pg->a, (nr + 1) * sizeof *by);
    k = 0;
    for (size_t i = 0; i < nr; i++) {
        hrow *h = &pg->rows[i];
        if (!h->dated) continue;
        if (k == 0 || h->d0 < pg->lo) pg->lo = h->d0;
        if (k == 0 || h->d1 > pg->hi) pg->hi = h->d1;
        by[k++] = h;
    }
    if (k) qsort(by, k, sizeof *by, cmp_lane);
    pg->lanes = rasd_arena_alloc(pg->a, (k + 1) * sizeof *pg->lanes);
    for (size_t i = 0; i < k; i++) {
        if (i == 0 || lane_key_cmp(by[i - 1], by[i]) != 0)
            pg->lanes[pg->nlanes++] = by[i];
        by[i]->lane = pg->nlanes - 1;
    }
}

/* ---- pieces of markup ---------------------------------------------------------------------- */

static void add_day(rasd_buf *b, int64_t z)
{
    int y, m, d;
    rasd_civil_from_days(z, &y, &m, &d);
    rasd_buf_printf(b, "%04d-%02d-%02d", y, m, d);
}

static void plural(rasd_buf *b, size_t n, const char *one, const char *many)
{
    rasd_buf_printf(b, "%zu %s", n, n == 1 ? one : many);
}

/* data-actors, data-type and data-status: what the filter script compares. */
static void data_attrs(rasd_buf *b, const hrow *h)
{
    rasd_buf_adds(b, " data-actors=\"");
    for (size_t j = 0; j < h->row->nparticipants; j++)
        rasd_buf_printf(b, "%sa%zu", j ? " " : "", h->actor[j]);
    rasd_buf_adds(b, "\" data-type=\"");
    esc(b, h->row->type);
    rasd_buf_adds(b, "\" data-status=\"");
    esc(b, h->row->status);
    rasd_buf_addc(b, '"');
}

/* A marker centred on (x, y): shape by type, fill and overlay by status (the classes on the
 * enclosing element give colour and fill). */
static void shape(rasd_buf *b, const char *type, const char *status, long x, long y)
{
    switch (rank(type, type_names, NTYPES)) {
    case 0: rasd_buf_printf(b, "<circle class=\"sh\" cx=\"%ld\" cy=\"%ld\" r=\"6\"/>", x, y); break;
    case 1:
        rasd_buf_printf(b, "<rect class=\"sh\" x=\"%ld\" y=\"%ld\" width=\"12\" height=\"12\" rx=\"2\"/>",
                        x - 6, y - 6);
        break;
    case 2:
        rasd_buf_printf(b, "<polygon class=\"sh\" points=\"%ld,%ld %ld,%ld %ld,%ld %ld,%ld\"/>",
                        x, y - 7, x + 7, y, x, y + 7, x - 7, y);
        break;
    case 3:
        rasd_buf_printf(b, "<polygon class=\"sh\" points=\"%ld,%ld %ld,%ld %ld,%ld\"/>",
                        x, y - 7, x + 7, y + 6, x - 7, y + 6);
        break;
    case 4:
        rasd_buf_printf(b, "<polygon class=\"sh\" points=\"%ld,%ld %ld,%ld %ld,%ld %ld,%ld %ld,%ld %ld,%ld\"/>",
                        x - 7, y, x - 3, y - 6, x + 3, y - 6, x + 7, y, x + 3, y + 6, x - 3, y + 6);
        break;
    case 5:
        rasd_buf_printf(b, "<polygon class=\"sh\" points=\"%ld,%ld %ld,%ld %ld,%ld\"/>",
                        x - 7, y - 6, x + 7, y - 6, x, y + 7);
        break;
    default: rasd_buf_printf(b, "<circle class=\"sh\" cx=\"%ld\" cy=\"%ld\" r=\"4\"/>", x, y); break;
    }
    int s = rank(status, status_names, NSTATUSES);
    if (s == 2)
        rasd_buf_printf(b, "<path class=\"ov\" d=\"M%ld %ldL%ld %ld\"/>", x - 7, y + 7, x + 7, y - 7);
    else if (s == 3)
        rasd_buf_printf(b, "<path class=\"ov\" d=\"M%ld %ldL%ld %ldM%ld %ldL%ld %ld\"/>",
                        x - 6, y - 6, x + 6, y + 6, x - 6, y + 6, x + 6, y - 6);
}

/* A small stand-alone icon of a marker, for the legend, the list and the undated entries;
 * colour NULL: the type's colour. */
static void icon(rasd_buf *b, const char *type, const char *status, const char *colour)
{
    rasd_buf_printf(b, "<svg class=\"ic t-%s s-%s\" width=\"18\" height=\"18\" viewBox=\"0 0 18 18\" "
                       "aria-hidden=\"true\">", colour ? colour : type_class(type), status_class(status));
    shape(b, type, status, 9, 9);
    rasd_buf_adds(b, "</svg>");
}

/* "Donald Trump – Vladimir Putin", each name isolated for bidi. */
static void names(rasd_buf *b, const char *const *v, size_t n, bool bdi)
{
    if (!n) { rasd_buf_adds(b, "(no participants)"); return; }
    for (size_t j = 0; j < n; j++) {
        if (j) rasd_buf_adds(b, " \xE2\x80\x93 ");
        if (bdi) rasd_buf_adds(b, "<bdi>");
        esc(b, nz(v[j]));
        if (bdi) rasd_buf_adds(b, "</bdi>");
    }
}

static void duration(rasd_buf *b, int min, const char *mod)
{
    rasd_buf_printf(b, "%d min", min);
    if (mod) { rasd_buf_adds(b, " ("); esc(b, mod); rasd_buf_addc(b, ')'); }
}

/* Where a contact took place: its venue, if known, then its city ("Kremlin, Moscow"). */
static void place(rasd_buf *b, const char *location, const char *venue)
{
    if (venue) { esc(b, venue); rasd_buf_adds(b, ", "); }
    esc(b, location);
}

/* One line of plain text naming a row, for tooltips and the undated list. */
static void row_title(rasd_buf *b, const rasd_row *r)
{
    esc(b, r->date ? r->date : "undated");
    rasd_buf_addc(b, ' ');
    esc(b, r->type);
    rasd_buf_adds(b, ": ");
    names(b, r->participants, r->nparticipants, false);
    rasd_buf_adds(b, " (");
    esc(b, r->status);
    rasd_buf_addc(b, ')');
    if (r->nconflicts) rasd_buf_adds(b, " \xE2\x80\x94 sources disagree");
}

/* ---- sections ------------------------------------------------------------------------------- */

static void write_head(rasd_buf *b, const page *pg)
{
    unsigned char h[32];
    rasd_sha256(page_script, sizeof page_script - 1, h);
    rasd_buf_adds(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                     "style-src 'unsafe-inline'; script-src 'sha256-");
    base64(b, h, sizeof h);
    rasd_buf_adds(b, "'; base-uri 'none'; form-action 'none'\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<meta name=\"referrer\" content=\"no-referrer\">\n"
                     "<meta name=\"generator\" content=\"rasd " RASD_VERSION "\">\n<title>");
    rasd_buf_adds(b, "Timeline of political contacts (");
    plural(b, pg->nrows, "event", "events");
    rasd_buf_adds(b, ")</title>\n<style>");
    rasd_buf_adds(b, page_style);
    rasd_buf_adds(b, "</style>\n</head>\n<body>\n");
}

static void write_header(rasd_buf *b, const page *pg)
{
    rasd_buf_adds(b, "<header>\n<h1>Timeline of political contacts</h1>\n<p class=\"counts\"><b>");
    plural(b, pg->nrows, "event", "events");
    rasd_buf_adds(b, "</b> from <b>");
    plural(b, pg->nsources, "source", "sources");
    rasd_buf_adds(b, "</b>");
    if (pg->nrows > pg->nundated) {
        rasd_buf_adds(b, ", ");
        add_day(b, pg->lo);
        rasd_buf_adds(b, " to ");
        add_day(b, pg->hi);
    }
    if (pg->nundated) rasd_buf_printf(b, ", %zu undated", pg->nundated);
    rasd_buf_adds(b, "</p>\n");
    const rasd_filter *f = pg->f;
    if (f && (f->actor || f->from || f->to || f->type || f->status)) {
        static const char *const label[] = {"actor", "from", "to", "type", "status"};
        const char *v[] = {f->actor, f->from, f->to, f->type, f->status};
        rasd_buf_adds(b, "<p class=\"sel\">Selected when written:");
        for (int i = 0, first = 1; i < 5; i++) {
            if (!v[i]) continue;
            rasd_buf_printf(b, "%s %s \xE2\x80\x9C<bdi>", first ? "" : ",", label[i]);
            esc(b, v[i]);
            rasd_buf_adds(b, "</bdi>\xE2\x80\x9D");
            first = 0;
        }
        rasd_buf_adds(b, "</p>\n");
    }
    rasd_buf_adds(b, "</header>\n");
}

/* One <option> per value, the value itself as its key, with its count of rows. */
static void options(rasd_buf *b, const counted *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        rasd_buf_adds(b, "<option value=\"");
        esc(b, c[i].s);
        rasd_buf_adds(b, "\">");
        esc(b, c[i].s);
        rasd_buf_printf(b, " (%zu)</option>", c[i].n);
    }
}

static void write_filters(rasd_buf *b, const page *pg)
{
    /* hidden until the script runs: without it, every event simply stays shown */
    rasd_buf_adds(b, "<div id=\"filters\" class=\"filters\" hidden>\n"
                     "<label>Actor <select id=\"f-actor\"><option value=\"\">all actors</option>");
    for (size_t i = 0; i < pg->nactors; i++) {
        rasd_buf_printf(b, "<option value=\"a%zu\" data-name=\"", i);
        esc(b, pg->actors[i].s);
        rasd_buf_adds(b, "\">");
        esc(b, pg->actors[i].s);
        rasd_buf_printf(b, " (%zu)</option>", pg->actors[i].n);
    }
    rasd_buf_adds(b, "</select></label>\n<label>Type <select id=\"f-type\"><option value=\"\">all types</option>");
    options(b, pg->types, pg->ntypes);
    rasd_buf_adds(b, "</select></label>\n<label>Status <select id=\"f-status\"><option value=\"\">all statuses</option>");
    options(b, pg->statuses, pg->nstatuses);
    rasd_buf_adds(b, "</select></label>\n<button type=\"button\" id=\"f-reset\">Reset</button>\n"
                     "<output id=\"shown\" aria-live=\"polite\"></output>\n</div>\n");
}

/* Chart geometry, in pixels; time runs in half-days so that a day's middle is an integer. */
enum { LEFT = 16, RIGHT = 16, TOP = 26, LANE = 46, BOTTOM = 8, PX_PER_DAY = 3,
       MIN_W = 860, MAX_W = 12000 };

typedef struct scale { int64_t lo2, span2, w; } scale;

static long sx(const scale *s, int64_t t2) { return (long)(LEFT + (t2 - s->lo2) * s->w / s->span2); }

/* One tick: a line down the chart at x and its label above (left out when it would be cut by
 * the chart's edge). */
static void tick(rasd_buf *b, const scale *s, long x, long height, const char *label)
{
    rasd_buf_printf(b, "<line class=\"ax\" x1=\"%ld\" y1=\"%d\" x2=\"%ld\" y2=\"%ld\"/>",
                    x, TOP - 6, x, height);
    if (x >= 32 && x + 32 <= LEFT + s->w + RIGHT)
        rasd_buf_printf(b, "<text class=\"tk\" x=\"%ld\" y=\"14\" text-anchor=\"middle\">%s</text>",
                        x, label);
}

/* Tick marks at a step that leaves at least ~80 px between labels: days (1, 2, 7, 14; weekly
 * ticks fall on Mondays), months (1, 2, 3, 6) or years (1, 2, 5, 10, ...). At most about
 * MAX_W / 60 ticks, and loops bounded by the chart's days, whatever the dates. */
static void write_ticks(rasd_buf *b, const scale *s, int64_t lo, int64_t hi, long height)
{
    static const int dsteps[] = {1, 2, 7, 14}, msteps[] = {1, 2, 3, 6};
    static const int ysteps[] = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000};
    const size_t nd = sizeof dsteps / sizeof *dsteps, nm = sizeof msteps / sizeof *msteps,
                 ny = sizeof ysteps / sizeof *ysteps;
    int64_t days = hi - lo + 1;
    char label[48];
    int y0, m0, d0, y1, m1, d1;
    rasd_civil_from_days(lo, &y0, &m0, &d0);
    rasd_civil_from_days(hi, &y1, &m1, &d1);
    for (size_t i = 0; i < nd; i++) {
        if (dsteps[i] * s->w < 80 * days) continue;
        for (int64_t z = lo; z <= hi; z++) {
            if (((z - 4) % dsteps[i] + dsteps[i]) % dsteps[i]) continue;   /* day 4 was a Monday */
            int y, m, d;
            rasd_civil_from_days(z, &y, &m, &d);
            snprintf(label, sizeof label, "%04d-%02d-%02d", y, m, d);
            tick(b, s, sx(s, 2 * z + 1), height, label);
        }
        return;
    }
    for (size_t i = 0; i < nm; i++) {
        if (msteps[i] * 30 * s->w < 80 * days) continue;
        for (int64_t mi = (int64_t)y0 * 12 + m0 - 1; mi <= (int64_t)y1 * 12 + m1 - 1; mi++) {
            int y = (int)(mi / 12), m = (int)(mi % 12) + 1;
            int64_t z = rasd_days_from_civil(y, m, 1);
            if (mi % msteps[i] || z < lo) continue;
            snprintf(label, sizeof label, "%04d-%02d", y, m);
            tick(b, s, sx(s, 2 * z), height, label);
        }
        return;
    }
    for (size_t i = 0; i < ny; i++) {
        if ((int64_t)ysteps[i] * 365 * s->w < 60 * days && i + 1 < ny) continue;
        for (int y = y0; y <= y1; y++) {
            int64_t z = rasd_days_from_civil(y, 1, 1);
            if (y % ysteps[i] || z < lo) continue;
            snprintf(label, sizeof label, "%04d", y);
            tick(b, s, sx(s, 2 * z), height, label);
        }
        return;
    }
}

static void write_legend(rasd_buf *b)
{
    static const char *const type_label[] = {"call", "video call", "meeting", "visit", "talks", "message"};
    static const char *const status_label[] = {
        "occurred (filled)", "planned (hollow)", "cancelled (struck)", "denied (crossed)", "proposed (dashed)"};
    rasd_buf_adds(b, "<ul class=\"legend\" aria-label=\"Legend\">");
    for (int i = 0; i < NTYPES; i++) {
        rasd_buf_adds(b, "<li>");
        icon(b, type_names[i], "occurred", NULL);
        rasd_buf_adds(b, type_label[i]);
        rasd_buf_adds(b, "</li>");
    }
    for (int i = 0; i < NSTATUSES; i++) {
        rasd_buf_adds(b, "<li>");
        icon(b, "call", status_names[i], "other");
        rasd_buf_adds(b, status_label[i]);
        rasd_buf_adds(b, "</li>");
    }
    rasd_buf_adds(b, "</ul>\n");
}

static void write_chart(rasd_buf *b, const page *pg)
{
    rasd_buf_adds(b, "<section aria-labelledby=\"h-chart\">\n<h2 id=\"h-chart\">Timeline</h2>\n");
    if (pg->nrows == pg->nundated) {
        rasd_buf_adds(b, "<p>No dated events.</p>\n");
    } else {
        int64_t days = pg->hi - pg->lo + 1, pad = days / 25 > 365 ? 366 : days / 25 + 1;
        int64_t lo = pg->lo - pad, hi = pg->hi + pad;
        scale s = {2 * lo, 2 * (hi - lo + 1), (hi - lo + 1) * PX_PER_DAY};
        if (s.w < MIN_W) s.w = MIN_W;
        if (s.w > MAX_W) s.w = MAX_W;
        long width = (long)s.w + LEFT + RIGHT, height = TOP + (long)pg->nlanes * LANE + BOTTOM;
        rasd_buf_printf(b, "<div class=\"chart\"><svg width=\"%ld\" height=\"%ld\" viewBox=\"0 0 %ld %ld\" "
                           "role=\"group\" aria-label=\"Events by date, one lane per set of participants\">",
                        width, height, width, height);
        write_ticks(b, &s, lo, hi, height - BOTTOM);
        for (size_t l = 0; l < pg->nlanes; l++) {
            const hrow *h = pg->lanes[l];
            long top = TOP + (long)l * LANE;
            rasd_buf_printf(b, "\n<line class=\"ln\" x1=\"%d\" y1=\"%ld\" x2=\"%ld\" y2=\"%ld\"/>"
                               "<text class=\"lb\" x=\"%d\" y=\"%ld\">",
                            LEFT, top + 29, (long)s.w + LEFT, top + 29, LEFT, top + 12);
            names(b, h->sorted, h->row->nparticipants, false);
            rasd_buf_adds(b, "</text>");
        }
        /* markers; close neighbours in a lane are staggered up and down so each stays visible */
        long *lastx = rasd_xalloc((pg->nlanes + 1) * sizeof *lastx);
        int *stack = rasd_xalloc((pg->nlanes + 1) * sizeof *stack);
        static const int off[] = {0, -9, 9};
        for (size_t l = 0; l < pg->nlanes; l++) lastx[l] = -1000;
        for (size_t i = 0; i < pg->nrows; i++) {
            const hrow *h = &pg->rows[i];
            if (!h->dated) continue;
            long x = sx(&s, h->d0 + h->d1 + 1), x0 = sx(&s, 2 * h->d0), x1 = sx(&s, 2 * h->d1 + 2);
            stack[h->lane] = x - lastx[h->lane] < 12 ? (stack[h->lane] + 1) % 3 : 0;
            lastx[h->lane] = x;
            long y = TOP + (long)h->lane * LANE + 29 + off[stack[h->lane]];
            rasd_buf_printf(b, "\n<a class=\"mk t-%s s-%s\" href=\"#e%zu\"",
                            type_class(h->row->type), status_class(h->row->status), i);
            data_attrs(b, h);
            rasd_buf_adds(b, "><title>");
            row_title(b, h->row);
            rasd_buf_adds(b, "</title>");
            if (h->d1 > h->d0)     /* a month or a year: the span it covers */
                rasd_buf_printf(b, "<line class=\"rg\" x1=\"%ld\" y1=\"%ld\" x2=\"%ld\" y2=\"%ld\"/>",
                                x0, y, x1, y);
            shape(b, h->row->type, h->row->status, x, y);
            rasd_buf_adds(b, "</a>");
        }
        free(lastx);
        free(stack);
        rasd_buf_adds(b, "\n</svg></div>\n");
    }
    write_legend(b);
    if (pg->nundated) {
        rasd_buf_adds(b, "<h3>Undated</h3>\n<ul class=\"undated\">\n");
        for (size_t i = 0; i < pg->nrows; i++) {
            const hrow *h = &pg->rows[i];
            if (h->dated) continue;
            rasd_buf_adds(b, "<li class=\"mk\"");
            data_attrs(b, h);
            rasd_buf_printf(b, "><a href=\"#e%zu\">", i);
            icon(b, h->row->type, h->row->status, NULL);
            row_title(b, h->row);
            rasd_buf_adds(b, "</a></li>\n");
        }
        rasd_buf_adds(b, "</ul>\n");
    }
    rasd_buf_adds(b, "</section>\n");
}

/* "sources disagree on date: 2025-02-12 (2 sources) / 2025-02-13 (1)" */
static void write_conflict(rasd_buf *b, const rasd_conflict *c)
{
    rasd_buf_adds(b, "<p class=\"cf\">sources disagree on ");
    esc(b, c->field);
    rasd_buf_adds(b, ": ");
    for (size_t v = 0; v < c->nvalues; v++) {
        if (v) rasd_buf_adds(b, " / ");
        rasd_buf_adds(b, "<bdi>");
        esc(b, c->values[v].value);
        rasd_buf_adds(b, "</bdi> ");
        if (v == 0) {
            rasd_buf_addc(b, '(');
            plural(b, c->values[v].nsources, "source", "sources");
            rasd_buf_addc(b, ')');
        } else {
            rasd_buf_printf(b, "(%zu)", c->values[v].nsources);
        }
    }
    rasd_buf_adds(b, "</p>\n");
}

static void write_source(rasd_buf *b, const rasd_report *s)
{
    rasd_buf_adds(b, "<li><div class=\"m\"><b><bdi>");
    esc(b, s->outlet ? s->outlet : s->file ? s->file : "unknown source");
    rasd_buf_adds(b, "</bdi></b> \xC2\xB7 doc <bdi>");
    esc(b, s->doc);
    rasd_buf_adds(b, "</bdi>");
    if (s->article) rasd_buf_printf(b, ", article %d", s->article);
    rasd_buf_adds(b, " \xC2\xB7 published ");
    esc(b, s->published ? s->published : "unknown");
    if (s->outlet && s->file) {
        rasd_buf_adds(b, " \xC2\xB7 file <bdi>");
        esc(b, s->file);
        rasd_buf_adds(b, "</bdi>");
    }
    rasd_buf_adds(b, "</div>\n<div class=\"m\">said: ");
    esc(b, s->type);
    rasd_buf_adds(b, ", ");
    esc(b, s->status);
    rasd_buf_adds(b, ", ");
    esc(b, s->date ? s->date : "no date");
    if (s->date_text) {
        rasd_buf_adds(b, " (<bdi dir=\"rtl\" lang=\"ar\">");
        esc(b, s->date_text);
        rasd_buf_adds(b, "</bdi>)");
    }
    if (s->duration_min >= 0) { rasd_buf_adds(b, ", "); duration(b, s->duration_min, s->duration_mod); }
    if (s->location) {
        rasd_buf_adds(b, ", in <bdi>");
        place(b, s->location, s->venue);
        rasd_buf_adds(b, "</bdi>");
    }
    rasd_buf_adds(b, "</div>\n<blockquote dir=\"rtl\" lang=\"ar\">");
    esc(b, s->evidence);
    rasd_buf_printf(b, "</blockquote>\n<div class=\"m\">bytes %zu\xE2\x80\x93%zu</div></li>\n",
                    s->start, s->end);
}

static void write_row(rasd_buf *b, const hrow *h, size_t i)
{
    const rasd_row *r = h->row;
    rasd_buf_printf(b, "<li class=\"ev\" id=\"e%zu\"", i);
    data_attrs(b, h);
    rasd_buf_adds(b, ">\n<h3>");
    icon(b, r->type, r->status, NULL);
    rasd_buf_adds(b, "<span>");
    esc(b, r->date ? r->date : "undated");
    rasd_buf_adds(b, "</span> <span>");
    esc(b, r->type);
    rasd_buf_adds(b, "</span> <span class=\"st\">");
    esc(b, r->status);
    rasd_buf_adds(b, "</span></h3>\n<dl class=\"f\">\n<dt>Participants</dt><dd>");
    names(b, r->participants, r->nparticipants, true);
    rasd_buf_adds(b, "</dd>\n");
    if (r->initiator) {
        rasd_buf_adds(b, "<dt>Initiator</dt><dd><bdi>");
        esc(b, r->initiator);
        rasd_buf_adds(b, "</bdi></dd>\n");
    }
    if (r->location) {
        rasd_buf_adds(b, "<dt>Location</dt><dd><bdi>");
        place(b, r->location, r->venue);
        rasd_buf_adds(b, "</bdi></dd>\n");
    }
    if (r->duration_min >= 0) {
        rasd_buf_adds(b, "<dt>Duration</dt><dd>");
        duration(b, r->duration_min, r->duration_mod);
        rasd_buf_adds(b, "</dd>\n");
    }
    if (r->topics) {
        rasd_buf_adds(b, "<dt>Topics</dt><dd><bdi>");
        esc(b, r->topics);
        rasd_buf_adds(b, "</bdi></dd>\n");
    }
    if (r->cameo || r->plover_mode) {
        rasd_buf_adds(b, "<dt>Codes</dt><dd>");
        if (r->cameo) { rasd_buf_adds(b, "CAMEO "); esc(b, r->cameo); }
        if (r->cameo && r->plover_mode) rasd_buf_adds(b, " \xC2\xB7 ");
        if (r->plover_mode) { rasd_buf_adds(b, "PLOVER mode "); esc(b, r->plover_mode); }
        rasd_buf_adds(b, "</dd>\n");
    }
    rasd_buf_adds(b, "<dt>Row</dt><dd>");
    esc(b, r->id);
    rasd_buf_adds(b, "</dd>\n</dl>\n");
    for (size_t c = 0; c < r->nconflicts; c++) write_conflict(b, &r->conflicts[c]);
    rasd_buf_adds(b, "<ol class=\"src\">\n");
    for (size_t k = 0; k < r->nsources; k++)
        if (r->sources[k]) write_source(b, r->sources[k]);
    rasd_buf_adds(b, "</ol>\n</li>\n");
}

/* ---- the writer ------------------------------------------------------------------------------- */

/* Writes what b holds to out and empties it; *ok turns false on the first failure. */
static void drain(rasd_buf *b, FILE *out, bool *ok)
{
    if (*ok && b->len && fwrite(b->p, 1, b->len, out) != b->len) *ok = false;
    b->len = 0;
    if (b->p) b->p[0] = 0;
}

enum { CHUNK = 1 << 20 };   /* bytes gathered before a write, for timelines of any size */

rasd_status rasd_timeline_write_html(const rasd_timeline *tl, const rasd_filter *f, FILE *out)
{
    page pg;
    rasd_buf b = {0};
    bool ok = true;
    page_init(&pg, tl, f);
    write_head(&b, &pg);
    write_header(&b, &pg);
    write_filters(&b, &pg);
    write_chart(&b, &pg);
    drain(&b, out, &ok);
    rasd_buf_adds(&b, "<section aria-labelledby=\"h-events\">\n<h2 id=\"h-events\">Events</h2>\n");
    if (!pg.nrows) rasd_buf_adds(&b, "<p>No events.</p>\n");
    rasd_buf_adds(&b, "<ol class=\"events\">\n");
    for (size_t i = 0; i < pg.nrows; i++) {
        write_row(&b, &pg.rows[i], i);
        if (b.len >= CHUNK) drain(&b, out, &ok);
    }
    rasd_buf_adds(&b, "</ol>\n</section>\n<footer class=\"m\"><p>Written by rasd " RASD_VERSION
                      ". Each event lists every source that reported it, with the sentence it was "
                      "read from.</p></footer>\n<script>");
    rasd_buf_adds(&b, page_script);
    rasd_buf_adds(&b, "</script>\n</body>\n</html>\n");
    drain(&b, out, &ok);
    rasd_buf_free(&b);
    rasd_arena_free(pg.a);
    if (fflush(out) != 0 || ferror(out)) ok = false;
    return ok ? RASD_OK : RASD_ERR_IO;
}
