/* warc.c — WARC records (ISO 28500: WARC/1.0 and WARC/1.1, mixed in one file) into documents.
 *
 * Exports rasd_read_warc and rasd_warc_state_free (the per-format reader contract of
 * ingest/ingest.h). docs/warc.md has the table of what is read, skipped and reported.
 *
 * Rules:
 * - A record (ISO 28500 §4) is a version line "WARC/1.<digits>", header fields "Name: value"
 *   (names compared without case; CRLF or bare LF; a line starting with SP/HT continues the
 *   field above), a blank line, a block of Content-Length bytes, then two line ends. Blank
 *   lines between records are passed over silently.
 * - Documents are `response` records holding a 2xx HTTP response (RFC 9112: chunked transfer
 *   coding undone; RFC 9110 §8.4: gzip, x-gzip and deflate content coding inflated) and
 *   `resource` records. The payload must be text/html or application/xhtml+xml (HTML),
 *   text/plain, or untyped (then sniffed). Other record types (warcinfo, request, metadata,
 *   revisit, conversion, continuation, unknown) are counted as records and passed over.
 * - A block that is not followed by the trailer means Content-Length lies: the record ends at
 *   the next line that is a WARC version line (searched from the block start), with a warning.
 * - Bytes between records that are not a record are reported once and skipped to the next
 *   version line at a line start. A record damaged by a gzip error (rasd_src_take_gap) is
 *   skipped; when the damage starts with the record, reading resumes at the next "WARC/1.x"
 *   line anywhere, since the next good gzip member may begin in the middle of a line.
 * - Offsets are in the decompressed stream: a document's offset is where its version line
 *   starts.
 *
 * Limits: one record is held at a time, its block bounded by ctx->max_doc and its header by
 * HDR_MAX; larger records are streamed past. Every scan moves forward through the input, so the
 * work is linear in it; decoded payloads are bounded by ctx->max_doc.
 */
#include "ingest/ingest.h"

#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#define HDR_MAX ((size_t)64 << 10)   /* longest WARC header block */
#define CHUNK ((size_t)1 << 20)      /* read size while streaming past or searching */
#define MAX_CODINGS 8                /* codings listed in one Transfer/Content-Encoding */

typedef struct warc_state {
    z_stream z;          /* inflater for Content-Encoding, reused across records */
    bool z_ready;
    rasd_buf out;        /* inflated payload before it is copied into the arena */
} warc_state;

void rasd_warc_state_free(void *state)
{
    warc_state *st = state;
    if (!st) return;
    if (st->z_ready) inflateEnd(&st->z);
    rasd_buf_free(&st->out);
    free(st);
}

/* ---- small helpers ------------------------------------------------------------------------ */

/* Reports a record that is skipped (counted as a document read and as skipped). */
static void skip(rasd_reader *r, int64_t rec, uint64_t at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void skip(rasd_reader *r, int64_t rec, uint64_t at, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    r->ctx->counts.documents++;
    rasd_diagf(r->ctx, RASD_SKIP, r->file, rec, at, "%s", msg);
}

static size_t min_sz(size_t a, size_t b) { return a < b ? a : b; }

/* a + b, saturating at SIZE_MAX. */
static size_t add_sat(size_t a, size_t b) { return a > SIZE_MAX - b ? SIZE_MAX : a + b; }

/* Length of the line end at p (2 for CRLF, 1 for LF), 0 if there is none. */
static size_t eol_len(const uint8_t *p, size_t n)
{
    if (n >= 1 && p[0] == '\n') return 1;
    if (n >= 2 && p[0] == '\r' && p[1] == '\n') return 2;
    return 0;
}

/* Length of the WARC version line ("WARC/1.<1-4 digits>" and CRLF or LF) at p[0..n), 0 if p
 * does not start one, -1 if the n bytes are a proper prefix of one (more input decides). */
static long version_line(const uint8_t *p, size_t n)
{
    static const char v[] = "WARC/1.";
    size_t i = 0;
    for (; i < 7; i++) {
        if (i == n) return -1;
        if (p[i] != (uint8_t)v[i]) return 0;
    }
    size_t digits = 0;
    while (i < n && digits < 5 && p[i] >= '0' && p[i] <= '9') { i++; digits++; }
    if (i == n) return -1;
    if (digits == 0 || digits > 4) return 0;
    if (p[i] == '\n') return (long)i + 1;
    if (p[i] != '\r') return 0;
    if (i + 1 == n) return -1;
    return p[i + 1] == '\n' ? (long)i + 2 : 0;
}

/* Length of the version line at index i of the source's data, reading on as needed; 0 if
 * there is none there (or the input ends before it is complete). */
static size_t version_at(rasd_src *s, size_t i)
{
    for (;;) {
        size_t n = rasd_src_avail(s);
        long v = n > i ? version_line(rasd_src_data(s) + i, n - i) : -1;
        if (v >= 0) return (size_t)v;
        if (rasd_src_fill(s, add_sat(i, 16)) <= n) return 0;
    }
}

/* Consumes input until the source is positioned at a WARC version line: one at a line start
 * when `anchored` (`line_start` says whether the current position is one), anywhere otherwise.
 * Returns false when the input ends first (all of it consumed). *skipped (may be NULL)
 * receives the number of bytes consumed. */
static bool seek_version(rasd_src *s, bool anchored, bool line_start, uint64_t *skipped)
{
    uint64_t from = rasd_src_pos(s);
    bool found = false;
    for (;;) {
        size_t n = rasd_src_fill(s, CHUNK);
        if (n == 0) break;
        size_t i = 0;
        bool first = anchored && line_start;
        for (;;) {
            const uint8_t *d = rasd_src_data(s);
            size_t c;
            if (first) {
                c = 0;
                first = false;
            } else {
                const uint8_t *hit = memchr(d + i, anchored ? '\n' : 'W', n - i);
                if (!hit) break;
                c = (size_t)(hit - d) + (anchored ? 1 : 0);
            }
            if (version_at(s, c) > 0) {
                rasd_src_consume(s, c);
                found = true;
                break;
            }
            n = rasd_src_avail(s);   /* version_at may have read on */
            i = anchored ? c : c + 1;
            if (i >= n) break;
        }
        if (found) break;
        line_start = rasd_src_data(s)[n - 1] == '\n';
        rasd_src_consume(s, n);
    }
    if (skipped) *skipped = rasd_src_pos(s) - from;
    return found;
}

/* Searches the source's data from index `from` (a line start) for a line that is a WARC
 * version line, reading on as needed but looking no further than `limit`. Returns 1 with its
 * index in *at, 0 if the input ends first, 2 if none starts within `limit` bytes. */
static int find_version_line(rasd_src *s, size_t from, size_t limit, size_t *at)
{
    size_t i = from;
    for (;;) {
        if (version_at(s, i) > 0) { *at = i; return 1; }
        int64_t nl = rasd_src_find_nl(s, i, limit);
        if (nl == -2) return 2;
        if (nl < 0) return 0;
        i = (size_t)nl + 1;
    }
}

/* Length of the record trailer at index i of the source's data: two line ends, or one when a
 * version line or the end of the input follows, or nothing at the end of the input. -1 if the
 * bytes there are something else (or the input ends before index i). */
static long trailer_at(rasd_src *s, size_t i)
{
    size_t n = rasd_src_fill(s, add_sat(i, 4));
    if (i > n) return -1;
    const uint8_t *d = rasd_src_data(s);
    if (i == n) return 0;
    size_t a = eol_len(d + i, n - i);
    if (a == 0) return -1;
    size_t b = eol_len(d + i + a, n - i - a);
    if (b) return (long)(a + b);
    if (i + a == n || version_at(s, i + a) > 0) return (long)a;
    return -1;
}

enum { HDR_OK, HDR_EOF, HDR_LONG, HDR_BROKEN };

/* Finds the blank line that ends the WARC header block starting at index 0 of the source's
 * data. Returns the index just past it (*why = HDR_OK); or, with *why set: HDR_EOF (the input
 * ends first), HDR_LONG (no end within HDR_MAX bytes), HDR_BROKEN (a version line comes first;
 * its index is returned). */
static size_t header_end(rasd_src *s, int *why)
{
    size_t i = 0;
    for (;;) {
        int64_t nl = rasd_src_find_nl(s, i, HDR_MAX);
        if (nl == -2) { *why = HDR_LONG; return 0; }
        if (nl < 0) { *why = HDR_EOF; return 0; }
        const uint8_t *d = rasd_src_data(s);
        size_t le = (size_t)nl;
        if (le == i || (le == i + 1 && d[i] == '\r')) { *why = HDR_OK; return le + 1; }
        if (version_line(d + i, le + 1 - i) > 0) { *why = HDR_BROKEN; return i; }
        i = le + 1;
    }
}

/* Index just past the blank line that ends the header starting at index i of p[0..n), or 0
 * if there is none. */
static size_t blank_line_end(const uint8_t *p, size_t n, size_t i)
{
    while (i < n) {
        const uint8_t *nl = memchr(p + i, '\n', n - i);
        if (!nl) return 0;
        size_t le = (size_t)(nl - p);
        if (le == i || (le == i + 1 && p[i] == '\r')) return le + 1;
        i = le + 1;
    }
    return 0;
}

/* ---- header fields ------------------------------------------------------------------------ */

typedef struct hfield {
    const char *name;    /* in: the field wanted */
    char *val;           /* out: its value (arena), NULL if absent */
    size_t b, e;         /* value span while parsing */
} hfield;

/* Copies v[0..n) into the arena with white space (line ends of continuation lines included)
 * collapsed to single spaces and trimmed at both ends. */
static char *fold_value(rasd_arena *a, const uint8_t *v, size_t n)
{
    char *out = rasd_arena_alloc(a, n + 1);
    size_t o = 0;
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = v[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') { space = o > 0; continue; }
        if (space) out[o++] = ' ';
        space = false;
        out[o++] = (char)c;
    }
    out[o] = 0;
    return out;
}

/* Parses the "Name: value" lines of h[0..n) (CRLF or LF; a line starting with SP/HT continues
 * the field above; lines without a colon are ignored) and sets f[k].val for each wanted field
 * present (the first occurrence wins) as an arena string, white space folded. */
static void parse_fields(rasd_arena *a, const uint8_t *h, size_t n, hfield *f, size_t nf)
{
    bool set[16] = {false};
    long cur = -1;
    size_t i = 0;
    for (size_t k = 0; k < nf; k++) f[k].val = NULL;
    while (i < n) {
        const uint8_t *nl = memchr(h + i, '\n', n - i);
        size_t le = nl ? (size_t)(nl - h) : n;
        if (h[i] == ' ' || h[i] == '\t') {
            if (cur >= 0) f[cur].e = le;
        } else {
            cur = -1;
            const uint8_t *colon = memchr(h + i, ':', le - i);
            if (colon) {
                size_t ne = (size_t)(colon - h);
                while (ne > i && (h[ne - 1] == ' ' || h[ne - 1] == '\t')) ne--;
                for (size_t k = 0; k < nf && k < 16; k++) {
                    if (!set[k] && strlen(f[k].name) == ne - i &&
                        strncasecmp((const char *)h + i, f[k].name, ne - i) == 0) {
                        set[k] = true;
                        f[k].b = (size_t)(colon - h) + 1;
                        f[k].e = le;
                        cur = (long)k;
                        break;
                    }
                }
            }
        }
        i = nl ? le + 1 : n;
    }
    for (size_t k = 0; k < nf && k < 16; k++)
        if (set[k]) f[k].val = fold_value(a, h + f[k].b, f[k].e - f[k].b);
}

/* Parses a decimal Content-Length; false if v is not a number (or does not fit). */
static bool parse_u64(const char *v, uint64_t *out)
{
    uint64_t x = 0;
    if (!*v) return false;
    for (; *v; v++) {
        if (*v < '0' || *v > '9') return false;
        unsigned d = (unsigned)(*v - '0');
        if (x > (UINT64_MAX - d) / 10) return false;
        x = x * 10 + d;
    }
    *out = x;
    return true;
}

/* The media type of a Content-Type value (before ';', trimmed), lower-cased into out (cap
 * bytes, truncated); "" when v is NULL or has none. */
static void media_type(const char *v, char *out, size_t cap)
{
    size_t o = 0;
    if (v) {
        while (*v == ' ' || *v == '\t') v++;
        for (; *v && *v != ';' && o + 1 < cap; v++) out[o++] = (char)tolower((unsigned char)*v);
        while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '\t')) o--;
    }
    out[o] = 0;
}

/* The charset parameter of a Content-Type value, quotes removed, lower-cased, as an arena
 * string; NULL if there is none (or it is empty). */
static const char *charset_param(rasd_arena *a, const char *v)
{
    const char *p = v ? strchr(v, ';') : NULL;
    while (p) {
        p++;
        while (*p == ' ' || *p == '\t') p++;
        if (strncasecmp(p, "charset", 7) == 0) {
            const char *q = p + 7;
            while (*q == ' ' || *q == '\t') q++;
            if (*q == '=') {
                q++;
                while (*q == ' ' || *q == '\t' || *q == '"' || *q == '\'') q++;
                size_t n = strcspn(q, ";\"' \t");
                if (n == 0) return NULL;
                char *c = rasd_arena_strndup(a, q, n);
                for (size_t i = 0; i < n; i++) c[i] = (char)tolower((unsigned char)c[i]);
                return c;
            }
        }
        p = strchr(p, ';');
    }
    return NULL;
}

/* v without surrounding angle brackets (edited in place); NULL if v is NULL or empty. */
static const char *unbracket(char *v)
{
    if (!v) return NULL;
    size_t n = strlen(v);
    if (n >= 2 && v[0] == '<' && v[n - 1] == '>') {
        v[n - 1] = 0;
        v++;
        n -= 2;
        while (*v == ' ') { v++; n--; }
        while (n > 0 && v[n - 1] == ' ') v[--n] = 0;
    }
    return n ? v : NULL;
}

/* ---- HTTP payload ------------------------------------------------------------------------- */

/* The status code of the HTTP status line at p[0..n) ("HTTP/x.y 200 OK"), -1 if malformed. */
static int http_status(const uint8_t *p, size_t n)
{
    size_t i = 5;
    while (i < n && p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n') i++;
    while (i < n && (p[i] == ' ' || p[i] == '\t')) i++;
    if (i + 3 > n) return -1;
    int code = 0;
    for (size_t k = 0; k < 3; k++) {
        if (p[i + k] < '0' || p[i + k] > '9') return -1;
        code = code * 10 + (p[i + k] - '0');
    }
    i += 3;
    if (i < n && p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n') return -1;
    return code;
}

/* Undoes chunked transfer coding (RFC 9112 §7.1) in place over p[0..n); *out receives the
 * decoded length. Chunk extensions and trailer fields are ignored. Returns false if the chunks
 * are malformed or the last chunk is missing. */
static bool dechunk(uint8_t *p, size_t n, size_t *out)
{
    size_t i = 0, o = 0;
    for (;;) {
        size_t size = 0, digits = 0;
        while (i < n && isxdigit(p[i])) {
            if (size > (SIZE_MAX >> 4)) return false;
            size = size * 16 + (size_t)(isdigit(p[i]) ? p[i] - '0' : (tolower(p[i]) - 'a' + 10));
            i++;
            digits++;
        }
        if (digits == 0) return false;
        while (i < n && (p[i] == ' ' || p[i] == '\t')) i++;
        if (i < n && p[i] == ';') while (i < n && p[i] != '\r' && p[i] != '\n') i++;
        size_t e = eol_len(p + i, n - i);
        if (e == 0) return false;
        i += e;
        if (size == 0) break;
        if (size > n - i) return false;
        memmove(p + o, p + i, size);
        o += size;
        i += size;
        e = eol_len(p + i, n - i);
        if (e == 0) return false;
        i += e;
    }
    *out = o;
    return true;
}

enum { INF_OK, INF_BIG, INF_BAD };

/* Inflates in[0..n) (gzip members, or zlib/raw deflate) into st->out, at most max bytes.
 * Returns INF_OK, INF_BIG (more than max bytes) or INF_BAD with *err set. */
static int inflate_payload(warc_state *st, const uint8_t *in, size_t n, bool gzip, size_t max,
                           const char **err)
{
    int wbits = -MAX_WBITS;
    if (gzip) wbits = 16 + MAX_WBITS;
    else if (n >= 2 && (in[0] & 0x0f) == 8 && ((in[0] << 8) | in[1]) % 31 == 0) wbits = MAX_WBITS;
    z_stream *z = &st->z;
    if (!st->z_ready) {
        memset(z, 0, sizeof *z);
        if (inflateInit2(z, wbits) != Z_OK) {
            fprintf(stderr, "rasd: zlib initialisation failed\n");
            abort();
        }
        st->z_ready = true;
    } else if (inflateReset2(z, wbits) != Z_OK) {
        *err = "zlib reset failed";
        return INF_BAD;
    }
    st->out.len = 0;
    size_t used = 0;
    for (;;) {
        rasd_buf_reserve(&st->out, (size_t)64 << 10);
        size_t room = min_sz(st->out.cap - st->out.len - 1, UINT_MAX);
        uInt ain = (uInt)min_sz(n - used, UINT_MAX);
        z->next_in = (Bytef *)(uintptr_t)(in + used);
        z->avail_in = ain;
        z->next_out = (Bytef *)st->out.p + st->out.len;
        z->avail_out = (uInt)room;
        int rc = inflate(z, Z_NO_FLUSH);
        used += ain - z->avail_in;
        st->out.len += room - z->avail_out;
        if (st->out.len > max) return INF_BIG;
        if (rc == Z_STREAM_END) {
            if (gzip && n - used >= 2 && in[used] == 0x1f && in[used + 1] == 0x8b) {
                inflateReset2(z, wbits);
                continue;
            }
            break;   /* bytes after the end of the stream are ignored */
        }
        if (rc == Z_OK) continue;
        *err = rc == Z_BUF_ERROR ? "truncated" : z->msg ? z->msg : "bad data";
        return INF_BAD;
    }
    st->out.p[st->out.len] = 0;
    return INF_OK;
}

static bool token_is(const char *t, size_t n, const char *w)
{
    return strlen(w) == n && strncasecmp(t, w, n) == 0;
}

/* Undoes the codings listed in a Transfer-Encoding (`transfer`) or Content-Encoding value,
 * last applied first, over *p[0..*n) (which the reader may overwrite); the result is in the
 * arena. Returns false, after reporting the record skipped, if one is unsupported or fails. */
static bool decode(rasd_reader *r, warc_state *st, int64_t rec, uint64_t at, bool transfer,
                   const char *value, uint8_t **p, size_t *n)
{
    const char *what = transfer ? "Transfer-Encoding" : "Content-Encoding";
    const char *tok[MAX_CODINGS];
    size_t len[MAX_CODINGS], nt = 0;
    for (const char *v = value; v && *v;) {
        v += strspn(v, " \t,");
        size_t l = strcspn(v, ",");
        size_t t = l;
        while (t > 0 && (v[t - 1] == ' ' || v[t - 1] == '\t')) t--;
        if (t > 0) {
            if (nt == MAX_CODINGS) {
                skip(r, rec, at, "%s lists more than %d codings; record skipped", what, MAX_CODINGS);
                return false;
            }
            tok[nt] = v;
            len[nt++] = t;
        }
        v += l;
    }
    while (nt-- > 0) {
        const char *t = tok[nt];
        size_t l = len[nt];
        if (token_is(t, l, "identity") || (!transfer && token_is(t, l, "none"))) continue;
        if (transfer && token_is(t, l, "chunked")) {
            if (!dechunk(*p, *n, n)) {
                skip(r, rec, at, "malformed chunked Transfer-Encoding; record skipped");
                return false;
            }
            (*p)[*n] = 0;
            continue;
        }
        bool gzip = token_is(t, l, "gzip") || token_is(t, l, "x-gzip");
        if (!gzip && !token_is(t, l, "deflate")) {
            skip(r, rec, at, "%s %.*s is not supported; record skipped", what, (int)min_sz(l, 40), t);
            return false;
        }
        const char *err = NULL;
        int rc = inflate_payload(st, *p, *n, gzip, r->ctx->max_doc, &err);
        if (rc != INF_OK && st->out.cap > CHUNK) rasd_buf_free(&st->out);
        if (rc == INF_BIG) {
            skip(r, rec, at, "%s %.*s payload is larger than --max-doc (%zu bytes) when decoded; "
                 "record skipped", what, (int)min_sz(l, 40), t, r->ctx->max_doc);
            return false;
        }
        if (rc == INF_BAD) {
            skip(r, rec, at, "%s %.*s payload is corrupt (%s); record skipped", what, (int)min_sz(l, 40), t,
                 err);
            return false;
        }
        uint8_t *copy = rasd_arena_alloc(r->arena, st->out.len + 1);
        memcpy(copy, st->out.p, st->out.len);
        *p = copy;
        *n = st->out.len;
        if (st->out.cap > CHUNK) rasd_buf_free(&st->out);   /* keep only a small buffer */
    }
    return true;
}

/* Finds the HTTP payload in a response record's block (edited in place when decoding) and its
 * Content-Type. Returns false, after reporting the record skipped, if the block is not a 2xx
 * HTTP response or its payload cannot be decoded. */
static bool http_payload(rasd_reader *r, warc_state *st, int64_t rec, uint64_t at, uint8_t *blk,
                         size_t blen, uint8_t **pay, size_t *plen, const char **ctype)
{
    size_t i = 0, hend;
    int status;
    for (;;) {   /* 1xx interim responses may precede the final one */
        if (blen - i < 5 || memcmp(blk + i, "HTTP/", 5) != 0) {
            skip(r, rec, at, "response record does not hold an HTTP response; skipped");
            return false;
        }
        status = http_status(blk + i, blen - i);
        if (status < 0) {
            skip(r, rec, at, "malformed HTTP status line; record skipped");
            return false;
        }
        hend = blank_line_end(blk, blen, i);
        if (!hend) {
            skip(r, rec, at, "HTTP header does not end; record skipped");
            return false;
        }
        if (status >= 200 || blen - hend < 5 || memcmp(blk + hend, "HTTP/", 5) != 0) break;
        i = hend;
    }
    if (status < 200 || status > 299) {
        skip(r, rec, at, "HTTP %d; record skipped", status);
        return false;
    }
    hfield h[] = {{"Content-Type", NULL, 0, 0}, {"Content-Encoding", NULL, 0, 0},
                  {"Transfer-Encoding", NULL, 0, 0}};
    parse_fields(r->arena, blk + i, hend - i, h, 3);
    uint8_t *p = blk + hend;
    size_t n = blen - hend;
    if (!decode(r, st, rec, at, true, h[2].val, &p, &n)) return false;
    if (!decode(r, st, rec, at, false, h[1].val, &p, &n)) return false;
    *pay = p;
    *plen = n;
    *ctype = h[0].val;
    return true;
}

/* ---- records ------------------------------------------------------------------------------ */

enum { F_TYPE, F_LEN, F_ID, F_URI, F_DATE, F_CTYPE, F_SEGMENT, NFIELDS };
enum { K_OTHER, K_RESPONSE, K_RESOURCE };

/* Fills r->doc from a document record's block (in the arena). Returns false, after reporting
 * the record skipped, if its payload cannot be used. */
static bool make_doc(rasd_reader *r, warc_state *st, int64_t rec, uint64_t at, int kind,
                     hfield *f, uint8_t *blk, size_t blen)
{
    if (f[F_SEGMENT].val) {
        skip(r, rec, at, "record is a segment (WARC-Segment-Number %.20s) and segments are not "
             "joined; skipped", f[F_SEGMENT].val);
        return false;
    }
    uint8_t *pay = blk;
    size_t plen = blen;
    const char *ctype = f[F_CTYPE].val;
    char mt[64];
    media_type(ctype, mt, sizeof mt);
    if (kind == K_RESPONSE && (!mt[0] || strcmp(mt, "application/http") == 0)) {
        if (!http_payload(r, st, rec, at, blk, blen, &pay, &plen, &ctype)) return false;
        media_type(ctype, mt, sizeof mt);
    }
    bool html;
    if (!mt[0]) html = rasd_looks_like_html(pay, plen);
    else if (strcmp(mt, "text/html") == 0 || strcmp(mt, "application/xhtml+xml") == 0) html = true;
    else if (strcmp(mt, "text/plain") == 0) html = false;
    else {
        skip(r, rec, at, "payload is %s, not HTML or text; record skipped", mt);
        return false;
    }
    if (plen == 0) {
        skip(r, rec, at, "payload is empty; record skipped");
        return false;
    }
    rasd_doc *d = &r->doc;
    d->src = pay;
    d->len = plen;
    d->html = html;
    d->charset = charset_param(r->arena, ctype);
    d->record = rec;
    d->offset = at;
    d->id = unbracket(f[F_ID].val);
    if (!d->id) d->id = rasd_arena_printf(r->arena, "%s:%lld", r->base, (long long)rec);
    d->url = unbracket(f[F_URI].val);
    if (f[F_DATE].val) {
        char iso[32];
        if (rasd_iso_date_parse(f[F_DATE].val, strlen(f[F_DATE].val), iso))
            d->warc_date = rasd_arena_strndup(r->arena, iso, strlen(iso));
        else
            rasd_diagf(r->ctx, RASD_WARN, r->file, rec, at,
                        "WARC-Date \"%.40s\" is not an ISO date; ignored", f[F_DATE].val);
    }
    return true;
}

/* Streams past a record whose block is larger than --max-doc (header of hend bytes at the
 * read position); reports it if it is a document or truncated. */
static void stream_past(rasd_reader *r, int64_t rec, uint64_t at, size_t hend, uint64_t clen,
                        bool is_doc)
{
    rasd_src *s = r->src;
    rasd_src_consume(s, hend);
    uint64_t left = clen;
    while (left) {
        size_t n = rasd_src_fill(s, left < CHUNK ? (size_t)left : CHUNK);
        if (n == 0) break;
        size_t k = left < n ? (size_t)left : n;
        rasd_src_consume(s, k);
        left -= k;
    }
    if (left) {
        skip(r, rec, at, "truncated record: Content-Length %llu, but the input ends %llu bytes "
             "into its block; skipped", (unsigned long long)clen, (unsigned long long)(clen - left));
        return;
    }
    if (is_doc)
        skip(r, rec, at, "record of %llu bytes is larger than --max-doc (%zu bytes); skipped",
             (unsigned long long)clen, r->ctx->max_doc);
    long t = trailer_at(s, 0);
    if (t > 0) rasd_src_consume(s, (size_t)t);
}

/* Reads the record whose version line (vlen bytes) is at the read position, consuming it.
 * Returns true with r->doc filled if it is a usable document. */
static bool read_record(rasd_reader *r, warc_state *st, size_t vlen)
{
    rasd_src *s = r->src;
    size_t max = r->ctx->max_doc;
    uint64_t at = rasd_src_pos(s);
    int64_t rec = ++r->record;

    /* Damage that starts with the record: a gzip member lost, and a good one may resume in the
     * middle of a line, so look for the next version line anywhere. */
    rasd_src_take_gap(s);
    rasd_src_consume(s, 1);
    if (rasd_src_take_gap(s)) {
        skip(r, rec, at, "record lost to a gzip error (corrupt or truncated member); skipped");
        seek_version(s, false, false, NULL);
        return false;
    }
    rasd_src_consume(s, vlen - 1);
    uint64_t hpos = rasd_src_pos(s);

    int why;
    size_t hend = header_end(s, &why);
    if (why == HDR_EOF) {
        skip(r, rec, at, "truncated record: the input ends in its WARC header; skipped");
        seek_version(s, true, true, NULL);
        return false;
    }
    if (why == HDR_LONG) {
        skip(r, rec, at, "WARC header longer than %zu bytes; record skipped", HDR_MAX);
        seek_version(s, true, true, NULL);
        return false;
    }
    if (why == HDR_BROKEN) {
        skip(r, rec, at, "WARC header does not end before the next WARC version line (offset "
             "%llu); record skipped", (unsigned long long)(hpos + hend));
        rasd_src_consume(s, hend);
        return false;
    }

    hfield f[NFIELDS] = {
        [F_TYPE] = {"WARC-Type", NULL, 0, 0}, [F_LEN] = {"Content-Length", NULL, 0, 0},
        [F_ID] = {"WARC-Record-ID", NULL, 0, 0}, [F_URI] = {"WARC-Target-URI", NULL, 0, 0},
        [F_DATE] = {"WARC-Date", NULL, 0, 0}, [F_CTYPE] = {"Content-Type", NULL, 0, 0},
        [F_SEGMENT] = {"WARC-Segment-Number", NULL, 0, 0}};
    parse_fields(r->arena, rasd_src_data(s), hend, f, NFIELDS);
    int kind = K_OTHER;
    if (f[F_TYPE].val && strcasecmp(f[F_TYPE].val, "response") == 0) kind = K_RESPONSE;
    if (f[F_TYPE].val && strcasecmp(f[F_TYPE].val, "resource") == 0) kind = K_RESOURCE;
    bool is_doc = kind != K_OTHER;

    uint64_t clen;
    if (!f[F_LEN].val || !parse_u64(f[F_LEN].val, &clen)) {
        if (f[F_LEN].val)
            skip(r, rec, at, "Content-Length \"%.40s\" is not a number; record skipped", f[F_LEN].val);
        else
            skip(r, rec, at, "Content-Length missing; record skipped");
        rasd_src_consume(s, hend);
        seek_version(s, true, true, NULL);
        return false;
    }
    if (clen > max || clen > SIZE_MAX / 4) {
        stream_past(r, rec, at, hend, clen, is_doc);
        return false;
    }

    size_t b = hend, cl = (size_t)clen, end, blen;
    bool lies = false, lie_eof = false;
    uint64_t lie_at = 0;
    rasd_src_fill(s, add_sat(b + cl, 4));
    long t = trailer_at(s, b + cl);
    if (t >= 0) {
        end = b + cl + (size_t)t;
        blen = cl;
    } else {
        size_t x = 0;
        int found = find_version_line(s, b, add_sat(add_sat(b, max), 4), &x);
        size_t n = rasd_src_avail(s);
        if (found == 1 || (found == 0 && n >= b + cl)) {
            lie_eof = found != 1;
            if (lie_eof) x = n;
            const uint8_t *d = rasd_src_data(s);
            blen = x - b;   /* minus the trailer: up to two line ends */
            for (int k = 0; k < 2 && blen > 0 && d[b + blen - 1] == '\n'; k++) {
                blen--;
                if (blen > 0 && d[b + blen - 1] == '\r') blen--;
            }
            end = x;
            lies = true;
            lie_at = hpos + x;
            if (blen > max) {
                skip(r, rec, at, "Content-Length %llu does not match, and the record is larger "
                     "than --max-doc (%zu bytes); skipped", (unsigned long long)clen, max);
                rasd_src_consume(s, end);
                return false;
            }
        } else if (found == 0) {
            skip(r, rec, at, "truncated record: Content-Length %llu, but the input ends %zu bytes "
                 "into its block; skipped", (unsigned long long)clen, n - b);
            rasd_src_consume(s, n);
            return false;
        } else {
            skip(r, rec, at, "Content-Length %llu does not match, and no WARC header follows "
                 "within --max-doc (%zu bytes); record skipped", (unsigned long long)clen, max);
            rasd_src_consume(s, b);
            seek_version(s, true, true, NULL);
            return false;
        }
    }

    uint8_t *blk = NULL;
    if (is_doc) {
        blk = rasd_arena_alloc(r->arena, blen + 1);
        memcpy(blk, rasd_src_data(s) + b, blen);
    }
    /* Data lost inside the record, or where it was cut short by a lying Content-Length: look
     * at the gaps where its data ends (before the trailer, after which a lost member is
     * harmless). */
    size_t data_end = lies ? end : b + cl;
    rasd_src_consume(s, data_end);
    bool damaged = rasd_src_take_gap(s) != 0;
    rasd_src_consume(s, end - data_end);
    if (damaged) {
        if (is_doc) skip(r, rec, at, "record damaged by a gzip error (data lost inside it); skipped");
        return false;
    }
    if (lies)
        rasd_diagf(r->ctx, RASD_WARN, r->file, rec, at,
                    "Content-Length %llu does not match: the record ends at %s, offset %llu",
                    (unsigned long long)clen, lie_eof ? "the end of the input" : "the next WARC header",
                    (unsigned long long)lie_at);
    if (!is_doc) return false;
    return make_doc(r, st, rec, at, kind, f, blk, blen);
}

/* Positions the source at the next record's version line, passing over blank lines silently
 * and reporting anything else once (skipping to a version line at a line start, or anywhere
 * if the bytes came from a failed gzip member). Returns the version line's length, 0 at the
 * end of the input. */
static size_t find_record(rasd_reader *r)
{
    rasd_src *s = r->src;
    for (;;) {
        size_t n = rasd_src_fill(s, 16);
        if (n == 0) return 0;
        const uint8_t *d = rasd_src_data(s);
        size_t i = 0;
        if (rasd_src_pos(s) == 0 && n >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0) i = 3;
        while (i < n && (d[i] == '\r' || d[i] == '\n' || d[i] == ' ' || d[i] == '\t')) i++;
        if (i == 0) break;
        rasd_src_consume(s, i);
    }
    size_t v = version_at(s, 0);
    if (v) return v;
    /* Bytes that came from a failed gzip member: the next good member may begin mid-line. */
    uint64_t at = rasd_src_pos(s), skipped = 0;
    rasd_src_take_gap(s);
    rasd_src_consume(s, 1);
    bool damaged = rasd_src_take_gap(s) != 0;
    bool found = seek_version(s, !damaged, false, &skipped);
    skipped++;
    if (found)
        rasd_diagf(r->ctx, RASD_WARN, r->file, r->record + 1, at,
                    "%llu bytes that are not a WARC record skipped, up to the next WARC header at "
                    "offset %llu", (unsigned long long)skipped, (unsigned long long)(at + skipped));
    else
        rasd_diagf(r->ctx, RASD_WARN, r->file, r->record, at,
                    "%llu bytes at the end of the input are not a WARC record; skipped",
                    (unsigned long long)skipped);
    return found ? version_at(s, 0) : 0;
}

bool rasd_read_warc(rasd_reader *r)
{
    warc_state *st = r->fmt_state;
    if (!st) r->fmt_state = st = rasd_xalloc(sizeof *st);
    for (;;) {
        rasd_arena_reset(r->arena);   /* nothing of r->doc lives there yet */
        size_t vlen = find_record(r);
        if (vlen == 0) return false;
        if (read_record(r, st, vlen)) return true;
    }
}
