/* Unit tests: the WARC reader (src/ingest/warc.c) over WARC bytes composed in memory, plain
 * and gzip-compressed per record, read through rasd_reader_open_memory; diagnostics are
 * recorded and checked for file, record number and offset. */
#include "testutil.h"
#include "ingest/ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <zlib.h>

/* ---- diagnostics ---------------------------------------------------------------------------- */

typedef struct diag_rec {
    rasd_severity sev;
    char file[32];
    int64_t record;
    uint64_t offset;
    char msg[512];
} diag_rec;

typedef struct diag_log { int n; diag_rec d[64]; } diag_log;

static void on_diag(const rasd_diag *d, void *user)
{
    diag_log *log = user;
    if (log->n == 64) return;
    diag_rec *x = &log->d[log->n++];
    x->sev = d->severity;
    snprintf(x->file, sizeof x->file, "%s", d->file);
    x->record = d->record;
    x->offset = d->offset;
    snprintf(x->msg, sizeof x->msg, "%s", d->message);
}

/* The index of the first diagnostic whose message contains `part`, or -1. */
static int find_diag(const diag_log *log, const char *part)
{
    for (int i = 0; i < log->n; i++)
        if (strstr(log->d[i].msg, part)) return i;
    return -1;
}

/* ---- composing WARC bytes ------------------------------------------------------------------- */

static void add(rasd_buf *b, const void *p, size_t n) { rasd_buf_add(b, p, n); }
static void adds(rasd_buf *b, const char *s) { rasd_buf_add(b, s, strlen(s)); }

/* Appends one record: version line, WARC-Type, the extra header lines (each ending in CRLF),
 * Content-Length = blen + delta, the block and the trailer. Returns the record's offset. */
static size_t add_record(rasd_buf *w, const char *version, const char *type, const char *extra,
                         const void *block, size_t blen, long delta)
{
    size_t at = w->len;
    rasd_buf_printf(w, "WARC/%s\r\nWARC-Type: %s\r\n%sContent-Length: %ld\r\n\r\n", version, type,
                    extra ? extra : "", (long)blen + delta);
    add(w, block, blen);
    adds(w, "\r\n\r\n");
    return at;
}

/* An HTTP response block: status line, header lines (each ending in CRLF), blank line, body. */
static void http_block(rasd_buf *b, const char *status, const char *headers, const void *body, size_t n)
{
    b->len = 0;
    rasd_buf_printf(b, "%s\r\n%s\r\n", status, headers ? headers : "");
    add(b, body, n);
}

/* Appends a response record holding a 200 text/html page with the given body. */
static size_t add_page(rasd_buf *w, const char *id, const char *body, long delta)
{
    rasd_buf blk = {0}, extra = {0};
    http_block(&blk, "HTTP/1.1 200 OK", "Content-Type: text/html\r\n", body, strlen(body));
    rasd_buf_printf(&extra, "WARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: https://news.example.test/%s/\r\n",
                    id, id);
    size_t at = add_record(w, "1.0", "response", extra.p, blk.p, blk.len, delta);
    rasd_buf_free(&blk);
    rasd_buf_free(&extra);
    return at;
}

/* Compresses p[0..n) as one gzip member appended to out; returns the member's offset. */
static size_t gz_member(rasd_buf *out, const void *p, size_t n)
{
    size_t at = out->len;
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    uLong bound = deflateBound(&z, (uLong)n);
    rasd_buf_reserve(out, bound + 1);
    z.next_in = (Bytef *)(uintptr_t)p;
    z.avail_in = (uInt)n;
    z.next_out = (Bytef *)out->p + out->len;
    z.avail_out = (uInt)bound;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    out->len += bound - z.avail_out;
    deflateEnd(&z);
    return at;
}

/* Compresses p[0..n) with zlib's own format (HTTP "deflate") into out. */
static void zlib_data(rasd_buf *out, const void *p, size_t n)
{
    out->len = 0;
    uLongf cap = compressBound((uLong)n);
    rasd_buf_reserve(out, cap + 1);
    assert_int_equal(compress((Bytef *)out->p, &cap, p, (uLong)n), Z_OK);
    out->len = cap;
}

/* ---- reading -------------------------------------------------------------------------------- */

typedef struct got {
    char id[128], url[256], date[40], charset[32];
    char body[4096];
    size_t len;
    int64_t record;
    uint64_t offset;
    bool html, published;
} got;

typedef struct run {
    rasd_ctx *ctx;
    diag_log log;
    got docs[16];
    int n;
} run;

static void copy_str(char *dst, size_t cap, const char *s) { snprintf(dst, cap, "%s", s ? s : ""); }

/* Reads every document of bytes[0..n) (a WARC file, gzip or not) with max_doc (0: default). */
static run *read_all(const void *bytes, size_t n, size_t max_doc)
{
    run *r = calloc(1, sizeof *r);
    assert_non_null(r);
    r->ctx = rasd_ctx_new();
    rasd_set_diag(r->ctx, on_diag, &r->log);
    if (max_doc) rasd_set_max_doc(r->ctx, max_doc);
    rasd_reader *rd = rasd_reader_open_memory(r->ctx, "mem.warc", bytes, n);
    assert_non_null(rd);
    assert_int_equal(rasd_reader_format(rd), RASD_FMT_WARC);
    const rasd_doc *d;
    while ((d = rasd_reader_next(rd))) {
        assert_true(r->n < 16);
        got *g = &r->docs[r->n++];
        copy_str(g->id, sizeof g->id, rasd_doc_id(d));
        copy_str(g->url, sizeof g->url, d->url);
        copy_str(g->date, sizeof g->date, d->warc_date);
        copy_str(g->charset, sizeof g->charset, d->charset);
        size_t len;
        const uint8_t *src = rasd_doc_source(d, &len);
        assert_true(len < sizeof g->body);
        memcpy(g->body, src, len);
        g->len = len;
        g->record = rasd_doc_record(d);
        g->offset = rasd_doc_offset(d);
        g->html = d->html;
        g->published = d->published != NULL;
        assert_string_equal(rasd_doc_file(d), "mem.warc");
    }
    rasd_reader_close(rd);
    return r;
}

static void run_free(run *r)
{
    rasd_ctx_free(r->ctx);
    free(r);
}

/* ---- the records of the basic file ------------------------------------------------------------ */

static const char page3[] = "<html><body><p>\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7</p></body></html>";
static const char text4[] = "plain text news";

/* Five records (warcinfo 1.0, request 1.1, response 1.0, resource 1.1, metadata 1.1), each a
 * separate buffer in recs[], their offsets in the concatenation in off[]. */
static void basic_records(rasd_buf recs[5], size_t off[5])
{
    rasd_buf blk = {0};
    memset(recs, 0, 5 * sizeof *recs);
    add_record(&recs[0], "1.0", "warcinfo", "Content-Type: application/warc-fields\r\n",
               "software: test\r\n", 16, 0);
    add_record(&recs[1], "1.1", "request",
               "WARC-Target-URI: https://news.example.test/ar/\r\nContent-Type: application/http; msgtype=request\r\n",
               "GET /ar/ HTTP/1.1\r\nHost: news.example.test\r\n\r\n", 46, 0);
    http_block(&blk, "HTTP/1.1 200 OK", "Content-Type: text/html; charset=UTF-8\r\nServer: x\r\n",
               page3, strlen(page3));
    add_record(&recs[2], "1.0", "response",
               "WARC-Record-ID: <urn:uuid:0001>\r\nWARC-Target-URI: https://news.example.test/ar/\r\n"
               "WARC-Date: 2025-09-01T06:00:02Z\r\nContent-Type: application/http; msgtype=response\r\n",
               blk.p, blk.len, 0);
    add_record(&recs[3], "1.1", "resource",
               "WARC-Target-URI: <http://host.test/path/>\r\nWARC-Date: 2025-09-01T06:00:03.123456Z\r\n"
               "Content-Type: text/plain\r\n", text4, strlen(text4), 0);
    add_record(&recs[4], "1.1", "metadata", "Content-Type: application/warc-fields\r\n",
               "via: x\r\n", 8, 0);
    size_t at = 0;
    for (int i = 0; i < 5; i++) { off[i] = at; at += recs[i].len; }
    rasd_buf_free(&blk);
}

static void check_basic(const run *r, const size_t off[5])
{
    assert_int_equal(r->log.n, 0);
    assert_int_equal(r->n, 2);
    const got *a = &r->docs[0], *b = &r->docs[1];
    assert_string_equal(a->id, "urn:uuid:0001");
    assert_string_equal(a->url, "https://news.example.test/ar/");
    assert_string_equal(a->date, "2025-09-01T06:00:02Z");
    assert_string_equal(a->charset, "utf-8");
    assert_int_equal(a->record, 3);
    assert_int_equal(a->offset, off[2]);
    assert_true(a->html);
    assert_false(a->published);
    assert_int_equal(a->len, strlen(page3));
    assert_memory_equal(a->body, page3, a->len);
    assert_string_equal(b->id, "mem.warc:4");
    assert_string_equal(b->url, "http://host.test/path/");
    assert_string_equal(b->date, "2025-09-01T06:00:03Z");
    assert_string_equal(b->charset, "");
    assert_int_equal(b->record, 4);
    assert_int_equal(b->offset, off[3]);
    assert_false(b->html);
    assert_int_equal(b->len, strlen(text4));
    assert_memory_equal(b->body, text4, b->len);
    rasd_counts c = rasd_get_counts(r->ctx);
    assert_int_equal(c.documents, 2);
    assert_int_equal(c.skipped, 0);
    assert_int_equal(c.warnings, 0);
}

/* ---- tests -------------------------------------------------------------------------------- */

static void versions_mixed_and_fields_kept(void **st)
{
    (void)st;
    rasd_buf recs[5], all = {0};
    size_t off[5];
    basic_records(recs, off);
    for (int i = 0; i < 5; i++) add(&all, recs[i].p, recs[i].len);
    run *r = read_all(all.p, all.len, 0);
    check_basic(r, off);
    run_free(r);
    for (int i = 0; i < 5; i++) rasd_buf_free(&recs[i]);
    rasd_buf_free(&all);
}

static void gzip_per_record(void **st)
{
    (void)st;
    rasd_buf recs[5], all = {0};
    size_t off[5];
    basic_records(recs, off);
    for (int i = 0; i < 5; i++) gz_member(&all, recs[i].p, recs[i].len);
    run *r = read_all(all.p, all.len, 0);
    check_basic(r, off);   /* offsets are in the decompressed stream */
    run_free(r);
    for (int i = 0; i < 5; i++) rasd_buf_free(&recs[i]);
    rasd_buf_free(&all);
}

static void header_syntax_tolerated(void **st)
{
    (void)st;
    /* bare LF line ends, lower-case names, a continuation line, blank lines between records */
    const char http[] = "HTTP/1.0 200 OK\n"
                        "content-type: TEXT/HTML;Charset=\"Windows-1256\"\n"
                        "\n"
                        "<p>x</p>";
    char w[1024];
    int n = snprintf(w, sizeof w,
                     "WARC/1.1\n"
                     "warc-type: response\n"
                     "content-length: %zu\n"
                     "warc-date:\n"
                     "  2024-03-05T10:11:12Z\n"
                     "WARC-Target-URI: https://a.test\n"
                     "\n"
                     "%s"
                     "\n\n\r\n\r\n"
                     "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n",
                     sizeof http - 1, http);
    run *r = read_all(w, (size_t)n, 0);
    assert_int_equal(r->log.n, 0);
    assert_int_equal(r->n, 2);
    assert_string_equal(r->docs[0].date, "2024-03-05T10:11:12Z");
    assert_string_equal(r->docs[0].url, "https://a.test");
    assert_string_equal(r->docs[0].charset, "windows-1256");
    assert_true(r->docs[0].html);
    assert_string_equal(r->docs[0].body, "<p>x</p>");
    /* no Content-Type: sniffed as text */
    assert_string_equal(r->docs[1].body, "hello");
    assert_false(r->docs[1].html);
    assert_int_equal(r->docs[1].record, 2);
    run_free(r);
}

static void content_length_lies(void **st)
{
    (void)st;
    const char *bodies[4] = {
        "<html><body><p>first page, whose Content-Length is 37 bytes too large</p></body></html>",
        "<html><body><p>second page, honest about its length</p></body></html>",
        "<html><body><p>third page, whose Content-Length is 37 bytes too small</p></body></html>",
        "<html><body><p>fourth page, honest again</p></body></html>"};
    rasd_buf w = {0};
    size_t off[4];
    off[0] = add_page(&w, "a1", bodies[0], 37);
    off[1] = add_page(&w, "a2", bodies[1], 0);
    off[2] = add_page(&w, "a3", bodies[2], -37);
    off[3] = add_page(&w, "a4", bodies[3], 0);
    for (int gz = 0; gz < 2; gz++) {
        rasd_buf z = {0};
        if (gz) gz_member(&z, w.p, w.len);   /* one member for the whole file */
        run *r = gz ? read_all(z.p, z.len, 0) : read_all(w.p, w.len, 0);
        assert_int_equal(r->n, 4);
        for (int i = 0; i < 4; i++) {
            assert_int_equal(r->docs[i].record, i + 1);
            assert_int_equal(r->docs[i].offset, off[i]);
            assert_string_equal(r->docs[i].body, bodies[i]);
        }
        assert_int_equal(r->log.n, 2);
        char part[160];
        for (int k = 0; k < 2; k++) {
            const diag_rec *d = &r->log.d[k];
            int rec = k == 0 ? 1 : 3;
            assert_int_equal(d->sev, RASD_WARN);
            assert_string_equal(d->file, "mem.warc");
            assert_int_equal(d->record, rec);
            assert_int_equal(d->offset, off[rec - 1]);
            snprintf(part, sizeof part, "does not match: the record ends at the next WARC header, offset %zu",
                     off[rec]);
            assert_non_null(strstr(d->msg, part));
        }
        rasd_counts c = rasd_get_counts(r->ctx);
        assert_int_equal(c.documents, 4);
        assert_int_equal(c.warnings, 2);
        assert_int_equal(c.skipped, 0);
        run_free(r);
        rasd_buf_free(&z);
    }
    rasd_buf_free(&w);
}

static void http_status_not_2xx_skipped(void **st)
{
    (void)st;
    rasd_buf w = {0}, blk = {0};
    http_block(&blk, "HTTP/1.1 301 Moved Permanently", "Location: https://x.test/\r\n", "", 0);
    size_t o1 = add_record(&w, "1.1", "response", "WARC-Target-URI: https://x.test\r\n", blk.p, blk.len, 0);
    http_block(&blk, "HTTP/1.1 100 Continue", "", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nafter continue", 59);
    add_record(&w, "1.1", "response", NULL, blk.p, blk.len, 0);
    http_block(&blk, "HTTP/1.1 404 Not Found", "Content-Type: text/html\r\n", "<p>gone</p>", 11);
    size_t o3 = add_record(&w, "1.1", "response", NULL, blk.p, blk.len, 0);
    add_record(&w, "1.1", "response", NULL, "not http at all", 15, 0);
    run *r = read_all(w.p, w.len, 0);
    assert_int_equal(r->n, 1);
    assert_string_equal(r->docs[0].body, "after continue");
    assert_int_equal(r->docs[0].record, 2);
    assert_int_equal(r->log.n, 3);
    assert_int_equal(r->log.d[0].sev, RASD_SKIP);
    assert_int_equal(r->log.d[0].record, 1);
    assert_int_equal(r->log.d[0].offset, o1);
    assert_string_equal(r->log.d[0].msg, "HTTP 301; record skipped");
    assert_int_equal(r->log.d[1].record, 3);
    assert_int_equal(r->log.d[1].offset, o3);
    assert_string_equal(r->log.d[1].msg, "HTTP 404; record skipped");
    assert_int_equal(r->log.d[2].record, 4);
    assert_non_null(strstr(r->log.d[2].msg, "does not hold an HTTP response"));
    rasd_counts c = rasd_get_counts(r->ctx);
    assert_int_equal(c.documents, 4);
    assert_int_equal(c.skipped, 3);
    run_free(r);
    rasd_buf_free(&w);
    rasd_buf_free(&blk);
}

static void chunked_transfer_encoding(void **st)
{
    (void)st;
    rasd_buf w = {0}, blk = {0}, gz = {0}, chunked = {0};
    const char body[] = "4\r\n<p>a\r\n6;name=value\r\nbcdef<\r\n5\r\n/p>xy\r\n0\r\nTrailer: t\r\n\r\n";
    http_block(&blk, "HTTP/1.1 200 OK", "Transfer-Encoding: chunked\r\nContent-Type: text/html\r\n",
               body, sizeof body - 1);
    add_record(&w, "1.1", "response", NULL, blk.p, blk.len, 0);
    const char bad[] = "4\r\n<p>a\r\nzz\r\nbcdef\r\n0\r\n\r\n";
    http_block(&blk, "HTTP/1.1 200 OK", "Transfer-Encoding: chunked\r\n", bad, sizeof bad - 1);
    size_t o2 = add_record(&w, "1.1", "response", NULL, blk.p, blk.len, 0);
    /* gzip content coding inside chunked transfer coding */
    const char page[] = "<html><body><p>compressed and chunked</p></body></html>";
    gz_member(&gz, page, sizeof page - 1);
    rasd_buf_printf(&chunked, "%zx\r\n", gz.len / 2);
    add(&chunked, gz.p, gz.len / 2);
    rasd_buf_printf(&chunked, "\r\n%zx\r\n", gz.len - gz.len / 2);
    add(&chunked, gz.p + gz.len / 2, gz.len - gz.len / 2);
    adds(&chunked, "\r\n0\r\n\r\n");
    http_block(&blk, "HTTP/1.1 200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n"
               "Transfer-Encoding: chunked\r\n", chunked.p, chunked.len);
    add_record(&w, "1.1", "response", NULL, blk.p, blk.len, 0);
    run *r = read_all(w.p, w.len, 0);
    assert_int_equal(r->n, 2);
    assert_string_equal(r->docs[0].body, "<p>abcdef</p>xy");
    assert_true(r->docs[0].html);
    assert_string_equal(r->docs[1].body, page);
    assert_int_equal(r->docs[1].record, 3);
    assert_int_equal(r->log.n, 1);
    assert_int_equal(r->log.d[0].sev, RASD_SKIP);
    assert_int_equal(r->log.d[0].record, 2);
    assert_int_equal(r->log.d[0].offset, o2);
    assert_non_null(strstr(r->log.d[0].msg, "chunked"));
    run_free(r);
    rasd_buf_free(&w);
    rasd_buf_free(&blk);
    rasd_buf_free(&gz);
    rasd_buf_free(&chunked);
}

static void content_encoding(void **st)
{
    (void)st;
    rasd_buf w = {0}, blk = {0}, z = {0};
    const char page[] = "<html><body><p>\xd8\xae\xd8\xa8\xd8\xb1 gzip-encoded page</p></body></html>";
    gz_member(&z, page, sizeof page - 1);
    http_block(&blk, "HTTP/1.1 200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", z.p, z.len);
    add_record(&w, "1.0", "response", NULL, blk.p, blk.len, 0);
    zlib_data(&z, page, sizeof page - 1);
    http_block(&blk, "HTTP/1.1 200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n", z.p, z.len);
    add_record(&w, "1.0", "response", NULL, blk.p, blk.len, 0);
    http_block(&blk, "HTTP/1.1 200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n", "\x1b\x2b", 2);
    size_t o3 = add_record(&w, "1.0", "response", NULL, blk.p, blk.len, 0);
    z.len = 0;
    gz_member(&z, page, sizeof page - 1);
    z.p[z.len / 2] ^= 0x55;
    z.p[z.len / 2 + 1] ^= 0x55;
    http_block(&blk, "HTTP/1.1 200 OK", "Content-Type: text/html\r\nContent-Encoding: x-gzip\r\n", z.p, z.len);
    size_t o4 = add_record(&w, "1.0", "response", NULL, blk.p, blk.len, 0);
    /* decodes to more than --max-doc */
    static char big[6000];
    memset(big, 'a', sizeof big);
    z.len = 0;
    gz_member(&z, big, sizeof big);
    http_block(&blk, "HTTP/1.1 200 OK", "Content-Type: text/plain\r\nContent-Encoding: gzip\r\n", z.p, z.len);
    size_t o5 = add_record(&w, "1.0", "response", NULL, blk.p, blk.len, 0);
    run *r = read_all(w.p, w.len, 4096);
    assert_int_equal(r->n, 2);
    assert_string_equal(r->docs[0].body, page);
    assert_string_equal(r->docs[1].body, page);
    assert_int_equal(r->log.n, 3);
    assert_int_equal(r->log.d[0].offset, o3);
    assert_string_equal(r->log.d[0].msg, "Content-Encoding br is not supported; record skipped");
    assert_int_equal(r->log.d[1].offset, o4);
    assert_int_equal(r->log.d[1].record, 4);
    assert_non_null(strstr(r->log.d[1].msg, "x-gzip payload is corrupt"));
    assert_int_equal(r->log.d[2].offset, o5);
    assert_non_null(strstr(r->log.d[2].msg, "larger than --max-doc (4096 bytes) when decoded"));
    run_free(r);
    rasd_buf_free(&w);
    rasd_buf_free(&blk);
    rasd_buf_free(&z);
}

static void payload_types(void **st)
{
    (void)st;
    rasd_buf w = {0}, blk = {0};
    http_block(&blk, "HTTP/1.1 200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n", 8);
    size_t o1 = add_record(&w, "1.1", "response", NULL, blk.p, blk.len, 0);
    http_block(&blk, "HTTP/1.1 200 OK", "", "<!DOCTYPE html><html><p>untyped</p></html>", 42);
    add_record(&w, "1.1", "response", NULL, blk.p, blk.len, 0);
    http_block(&blk, "HTTP/1.1 200 OK", "Content-Type: application/xhtml+xml\r\n", "<html/>", 7);
    add_record(&w, "1.1", "response", NULL, blk.p, blk.len, 0);
    add_record(&w, "1.1", "resource", "Content-Type: application/pdf\r\n", "%PDF-1.4", 8, 0);
    http_block(&blk, "HTTP/1.1 204 No Content", "Content-Type: text/html\r\n", "", 0);
    add_record(&w, "1.1", "response", NULL, blk.p, blk.len, 0);
    run *r = read_all(w.p, w.len, 0);
    assert_int_equal(r->n, 2);
    assert_true(r->docs[0].html);
    assert_int_equal(r->docs[0].record, 2);
    assert_true(r->docs[1].html);
    assert_int_equal(r->log.n, 3);
    assert_int_equal(r->log.d[0].record, 1);
    assert_int_equal(r->log.d[0].offset, o1);
    assert_string_equal(r->log.d[0].msg, "payload is image/png, not HTML or text; record skipped");
    assert_string_equal(r->log.d[1].msg, "payload is application/pdf, not HTML or text; record skipped");
    assert_int_equal(r->log.d[2].record, 5);
    assert_non_null(strstr(r->log.d[2].msg, "empty"));
    run_free(r);
    rasd_buf_free(&w);
    rasd_buf_free(&blk);
}

static void truncated_final_record(void **st)
{
    (void)st;
    rasd_buf w = {0};
    add_page(&w, "t1", "<p>complete</p>", 0);
    size_t o2 = add_page(&w, "t2", "<p>this one is cut in the middle of its block</p>", 0);
    size_t cut = w.len - 30;
    for (int gz = 0; gz < 2; gz++) {
        rasd_buf z = {0};
        if (gz) { gz_member(&z, w.p, o2); gz_member(&z, w.p + o2, cut - o2); }
        run *r = gz ? read_all(z.p, z.len, 0) : read_all(w.p, cut, 0);
        assert_int_equal(r->n, 1);
        assert_string_equal(r->docs[0].body, "<p>complete</p>");
        assert_int_equal(r->log.n, 1);
        assert_int_equal(r->log.d[0].sev, RASD_SKIP);
        assert_int_equal(r->log.d[0].record, 2);
        assert_int_equal(r->log.d[0].offset, o2);
        assert_non_null(strstr(r->log.d[0].msg, "truncated record"));
        run_free(r);
        rasd_buf_free(&z);
    }
    /* cut inside the header */
    run *r = read_all(w.p, o2 + 30, 0);
    assert_int_equal(r->n, 1);
    assert_int_equal(r->log.n, 1);
    assert_int_equal(r->log.d[0].offset, o2);
    assert_non_null(strstr(r->log.d[0].msg, "truncated record: the input ends in its WARC header"));
    run_free(r);
    rasd_buf_free(&w);
}

/* Three records gzip-compressed one per member; member 2 corrupted in every byte in turn. */
static void gzip_member_corrupt(void **st)
{
    (void)st;
    const char *bodies[3] = {"<p>first record, before the damage</p>",
                             "<p>second record, in the member that is corrupted somewhere</p>",
                             "<p>third record, after the damage</p>"};
    rasd_buf recs[3] = {{0}}, z = {0};
    size_t mem[4];
    for (int i = 0; i < 3; i++) {
        char id[8];
        snprintf(id, sizeof id, "g%d", i + 1);
        add_page(&recs[i], id, bodies[i], 0);
        mem[i] = gz_member(&z, recs[i].p, recs[i].len);
    }
    mem[3] = z.len;
    int damaged = 0;
    for (size_t k = mem[1] + 10; k < mem[2]; k++) {   /* deflate data and trailer of member 2 */
        for (int mode = 0; mode < 2; mode++) {
            z.p[k] ^= mode ? 0xff : 0x10;
            run *r = read_all(z.p, z.len, 0);
            z.p[k] ^= mode ? 0xff : 0x10;
            int seen[3] = {0};
            for (int i = 0; i < r->n; i++) {
                int g = r->docs[i].id[10] - '1';   /* "urn:uuid:gN" */
                assert_true(g >= 0 && g < 3);
                assert_string_equal(r->docs[i].body, bodies[g]);
                seen[g]++;
            }
            assert_int_equal(seen[0], 1);
            assert_int_equal(seen[2], 1);
            char part[64];
            snprintf(part, sizeof part, "compressed offset %zu", mem[1]);
            int w = find_diag(&r->log, part);
            if (w >= 0) {   /* a damaged member never yields its record */
                assert_int_equal(r->log.d[w].sev, RASD_WARN);
                assert_int_equal(seen[1], 0);
                damaged++;
            } else {        /* the flip hit bits inflate ignores (padding after the last block) */
                assert_int_equal(r->log.n, 0);
                assert_int_equal(seen[1], 1);
            }
            run_free(r);
        }
    }
    assert_true(damaged > (int)(mem[2] - mem[1]));
    /* the member's magic destroyed: its bytes are ignored, the others read */
    z.p[mem[1]] = 'x';
    run *r = read_all(z.p, z.len, 0);
    assert_int_equal(r->n, 2);
    assert_string_equal(r->docs[0].body, bodies[0]);
    assert_string_equal(r->docs[1].body, bodies[2]);
    run_free(r);
    for (int i = 0; i < 3; i++) rasd_buf_free(&recs[i]);
    rasd_buf_free(&z);
}

/* A record split over two gzip members, the second lost: data is missing inside the record. */
static void gzip_gap_inside_record(void **st)
{
    (void)st;
    rasd_buf w = {0}, z = {0};
    size_t o1 = add_page(&w, "s1", "<p>one</p>", 0);
    size_t o2 = add_page(&w, "s2", "<p>two, first line</p>\n<p>two, second line, lost</p>", 0);
    size_t o3 = add_page(&w, "s3", "<p>three</p>", 0);
    size_t split = (size_t)(strstr(w.p + o2, "line</p>\n") - w.p) + 9;   /* after a line end */
    gz_member(&z, w.p + o1, o2 - o1);
    gz_member(&z, w.p + o2, split - o2);
    size_t lost = gz_member(&z, w.p + split, o3 - split);
    gz_member(&z, w.p + o3, w.len - o3);
    z.p[lost + 10] = 0x07;   /* first deflate block of type 3: invalid at once, no output */
    run *r = read_all(z.p, z.len, 0);
    assert_int_equal(r->n, 2);
    assert_string_equal(r->docs[0].body, "<p>one</p>");
    assert_string_equal(r->docs[1].body, "<p>three</p>");
    assert_int_equal(r->docs[1].record, 3);
    int k = find_diag(&r->log, "record damaged by a gzip error");
    assert_true(k >= 0);
    assert_int_equal(r->log.d[k].sev, RASD_SKIP);
    assert_int_equal(r->log.d[k].record, 2);
    assert_int_equal(r->log.d[k].offset, o2);
    run_free(r);
    rasd_buf_free(&w);
    rasd_buf_free(&z);
}

static void garbage_between_records(void **st)
{
    (void)st;
    rasd_buf w = {0};
    /* starts like a WARC file (so it is detected as one) but the first line is no version line */
    adds(&w, "WARC/9 not a version line\r\nsome garbage\r\nWARC/1.0 trailing junk\r\n");
    size_t o1 = add_page(&w, "j1", "<p>first</p>", 0);
    size_t junk = w.len;
    adds(&w, "junk between records\nmore junk WARC/1.0\r\n");
    size_t o2 = add_page(&w, "j2", "<p>second</p>", 0);
    adds(&w, "\r\n\r\ntrailing junk");
    run *r = read_all(w.p, w.len, 0);
    assert_int_equal(r->n, 2);
    assert_int_equal(r->docs[0].offset, o1);
    assert_int_equal(r->docs[0].record, 1);
    assert_int_equal(r->docs[1].offset, o2);
    assert_int_equal(r->docs[1].record, 2);
    assert_int_equal(r->log.n, 3);
    char part[128];
    assert_int_equal(r->log.d[0].sev, RASD_WARN);
    assert_int_equal(r->log.d[0].offset, 0);
    assert_int_equal(r->log.d[0].record, 1);
    snprintf(part, sizeof part, "%zu bytes that are not a WARC record skipped, up to the next WARC header at offset %zu",
             o1, o1);
    assert_string_equal(r->log.d[0].msg, part);
    assert_int_equal(r->log.d[1].offset, junk);
    assert_int_equal(r->log.d[1].record, 2);
    assert_int_equal(r->log.d[2].record, 2);
    assert_non_null(strstr(r->log.d[2].msg, "13 bytes at the end of the input"));
    rasd_counts c = rasd_get_counts(r->ctx);
    assert_int_equal(c.documents, 2);
    assert_int_equal(c.warnings, 3);
    run_free(r);
    rasd_buf_free(&w);
}

static void larger_than_max_doc(void **st)
{
    (void)st;
    static char body[5000];
    memset(body, 'x', sizeof body - 1);
    memcpy(body, "<p>", 3);
    rasd_buf w = {0};
    add_page(&w, "m1", "<p>small</p>", 0);
    size_t o2 = add_page(&w, "m2", body, 0);
    add_page(&w, "m3", "<p>small again</p>", 0);
    rasd_buf z = {0};
    gz_member(&z, w.p, w.len);
    for (int gz = 0; gz < 2; gz++) {
        run *r = gz ? read_all(z.p, z.len, 1000) : read_all(w.p, w.len, 1000);
        assert_int_equal(r->n, 2);
        assert_string_equal(r->docs[0].body, "<p>small</p>");
        assert_string_equal(r->docs[1].body, "<p>small again</p>");
        assert_int_equal(r->docs[1].record, 3);
        assert_int_equal(r->log.n, 1);
        assert_int_equal(r->log.d[0].sev, RASD_SKIP);
        assert_int_equal(r->log.d[0].record, 2);
        assert_int_equal(r->log.d[0].offset, o2);
        assert_non_null(strstr(r->log.d[0].msg, "is larger than --max-doc (1000 bytes); skipped"));
        rasd_counts c = rasd_get_counts(r->ctx);
        assert_int_equal(c.documents, 3);
        assert_int_equal(c.skipped, 1);
        assert_int_equal(c.warnings, 0);
        run_free(r);
    }
    rasd_buf_free(&w);
    rasd_buf_free(&z);
}

static void bad_content_length_and_date(void **st)
{
    (void)st;
    rasd_buf w = {0};
    adds(&w, "WARC/1.0\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>no length</p>\r\n\r\n");
    size_t o2 = w.len;
    adds(&w, "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 12x\r\n\r\n<p>bad</p>\r\n\r\n");
    size_t o3 = add_record(&w, "1.1", "resource", "WARC-Date: yesterday\r\nContent-Type: text/html\r\n",
                           "<p>ok</p>", 9, 0);
    run *r = read_all(w.p, w.len, 0);
    assert_int_equal(r->n, 1);
    assert_int_equal(r->docs[0].record, 3);
    assert_string_equal(r->docs[0].date, "");
    assert_int_equal(r->log.n, 3);
    assert_int_equal(r->log.d[0].record, 1);
    assert_int_equal(r->log.d[0].offset, 0);
    assert_string_equal(r->log.d[0].msg, "Content-Length missing; record skipped");
    assert_int_equal(r->log.d[1].offset, o2);
    assert_string_equal(r->log.d[1].msg, "Content-Length \"12x\" is not a number; record skipped");
    assert_int_equal(r->log.d[2].sev, RASD_WARN);
    assert_int_equal(r->log.d[2].offset, o3);
    assert_non_null(strstr(r->log.d[2].msg, "WARC-Date \"yesterday\""));
    run_free(r);
    rasd_buf_free(&w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(versions_mixed_and_fields_kept),
        cmocka_unit_test(gzip_per_record),
        cmocka_unit_test(header_syntax_tolerated),
        cmocka_unit_test(content_length_lies),
        cmocka_unit_test(http_status_not_2xx_skipped),
        cmocka_unit_test(chunked_transfer_encoding),
        cmocka_unit_test(content_encoding),
        cmocka_unit_test(payload_types),
        cmocka_unit_test(truncated_final_record),
        cmocka_unit_test(gzip_member_corrupt),
        cmocka_unit_test(gzip_gap_inside_record),
        cmocka_unit_test(garbage_between_records),
        cmocka_unit_test(larger_than_max_doc),
        cmocka_unit_test(bad_content_length_and_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
