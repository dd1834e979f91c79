/* Unit tests: ingest — format detection, JSON Lines records, gzip (multi-member, truncated,
 * corrupt), the --max-doc limit, and diagnostics naming file, record and offset. */
#include "testutil.h"
#include "rasd.h"
#include "ingest/ingest.h"
#include "ingest/jsonl_fast.h"

#include <stdio.h>
#include <stdlib.h>
#include <zlib.h>

typedef struct diags { int n; rasd_diag last; char msg[512]; char file[64]; int64_t first_record; char first[512]; char all[2048]; } diags;

static void on_diag(const rasd_diag *d, void *user)
{
    diags *g = user;
    if (g->n++ == 0) { g->first_record = d->record; snprintf(g->first, sizeof g->first, "%s", d->message); }
    g->last = *d;
    strncat(g->all, d->message, sizeof g->all - strlen(g->all) - 2);
    strcat(g->all, "\n");
    snprintf(g->msg, sizeof g->msg, "%s", d->message);
    snprintf(g->file, sizeof g->file, "%s", d->file);
    g->last.message = g->msg;
    g->last.file = g->file;
}

/* Reads every document; returns their count and the concatenated ids ("a,b,"). */
static int read_all(rasd_ctx *ctx, const char *name, const void *bytes, size_t n, char *ids, size_t cap)
{
    rasd_reader *r = rasd_reader_open_memory(ctx, name, bytes, n);
    assert_non_null(r);
    int count = 0;
    ids[0] = 0;
    const rasd_doc *d;
    while ((d = rasd_reader_next(r))) {
        count++;
        strncat(ids, rasd_doc_id(d), cap - strlen(ids) - 2);
        strcat(ids, ",");
    }
    rasd_reader_close(r);
    return count;
}

static void detect_formats_from_content(void **st)
{
    (void)st;
    const char *warc = "WARC/1.1\r\n";
    assert_int_equal(rasd_detect_format((const uint8_t *)warc, strlen(warc)), RASD_FMT_WARC);
    const char *jl = "\xEF\xBB\xBF  {\"text\": \"x\"}\n";
    assert_int_equal(rasd_detect_format((const uint8_t *)jl, strlen(jl)), RASD_FMT_JSONL);
    const char *html = "\n<!DOCTYPE html><html><body><p>نص</p></body></html>";
    assert_int_equal(rasd_detect_format((const uint8_t *)html, strlen(html)), RASD_FMT_HTML);
    const char *frag = "<p>أجرى الرئيس اتصالاً</p>";
    assert_int_equal(rasd_detect_format((const uint8_t *)frag, strlen(frag)), RASD_FMT_HTML);
    const char *junk = "\x01\x02garbage line\r\nWARC/1.1\r\nWARC-Type: warcinfo\r\n";
    assert_int_equal(rasd_detect_format((const uint8_t *)junk, strlen(junk)), RASD_FMT_WARC);
    const char *txt = "<< عاجل >> أجرى الرئيس اتصالاً";
    assert_int_equal(rasd_detect_format((const uint8_t *)txt, strlen(txt)), RASD_FMT_TEXT);
}

static void jsonl_records_fields_and_bad_lines(void **st)
{
    (void)st;
    const char *in =
        "{\"id\": \"a1\", \"published\": \"2025-02-13T00:26:00+02:00\", \"outlet\": \"المرصد\", \"url\": \"https://x.example/a\", \"text\": \"نص أول\"}\r\n"
        "\r\n"
        "not json at all\n"
        "{\"id\": 7, \"html\": \"<p>فقرة</p>\", \"published\": \"yesterday\"}\n"
        "[1, 2]\n"
        "{\"title\": \"بلا نص\"}\n"
        "{\"text\": \"بلا معرف\"}";   /* last line without newline */
    rasd_ctx *ctx = rasd_ctx_new();
    diags g = {0};
    rasd_set_diag(ctx, on_diag, &g);
    rasd_reader *r = rasd_reader_open_memory(ctx, "feed.jsonl", in, strlen(in));
    assert_int_equal(rasd_reader_format(r), RASD_FMT_JSONL);
    const rasd_doc *d = rasd_reader_next(r);
    assert_string_equal(rasd_doc_id(d), "a1");
    assert_int_equal(rasd_doc_record(d), 1);
    assert_string_equal(d->published, "2025-02-13T00:26:00+02:00");
    assert_string_equal(d->outlet, "المرصد");
    size_t n;
    const uint8_t *src = rasd_doc_source(d, &n);
    assert_int_equal(n, strlen("نص أول"));
    assert_memory_equal(src, "نص أول", n);
    d = rasd_reader_next(r);                      /* line 3 is reported, line 4 read */
    assert_string_equal(g.file, "feed.jsonl");
    assert_int_equal(g.first_record, 3);              /* line numbers: the blank line counts */
    assert_non_null(strstr(g.first, "not JSON"));
    assert_int_equal(g.last.record, 4);
    assert_string_equal(rasd_doc_id(d), "7");
    assert_true(d->html);
    assert_null(d->published);                    /* "yesterday" reported and ignored */
    assert_non_null(strstr(g.msg, "published"));
    d = rasd_reader_next(r);                      /* [1,2] and the record without text skipped */
    assert_string_equal(rasd_doc_id(d), "feed.jsonl:7");
    assert_null(rasd_reader_next(r));
    rasd_counts c = rasd_get_counts(ctx);
    assert_int_equal(c.documents, 6);   /* every non-blank line is a record */
    assert_int_equal(c.skipped, 3);
    assert_int_equal(c.warnings, 1);
    rasd_reader_close(r);
    rasd_ctx_free(ctx);
}

static void jsonl_line_over_max_doc_is_streamed_past(void **st)
{
    (void)st;
    size_t big = 100000;
    char *in = malloc(big + 200);
    strcpy(in, "{\"id\":\"x\",\"text\":\"");
    size_t k = strlen(in);
    memset(in + k, 'a', big);
    strcpy(in + k + big, "\"}\n{\"id\":\"y\",\"text\":\"ب\"}\n");
    rasd_ctx *ctx = rasd_ctx_new();
    diags g = {0};
    rasd_set_diag(ctx, on_diag, &g);
    rasd_set_max_doc(ctx, 4096);
    char ids[256];
    assert_int_equal(read_all(ctx, "big.jsonl", in, strlen(in), ids, sizeof ids), 1);
    assert_string_equal(ids, "y,");
    assert_int_equal(g.last.record, 1);
    assert_non_null(strstr(g.msg, "--max-doc"));
    assert_int_equal(rasd_get_counts(ctx).skipped, 1);
    rasd_ctx_free(ctx);
    free(in);
}

/* The fast reader (simdjson) declines every line jansson could read differently, and the record
 * then gets jansson's answer; lines both read alike are read by the fast one. */
static void jsonl_fast_reader_declines_where_jansson_differs(void **st)
{
    (void)st;
    static const char *const keys[] = {"text", "id"};
    static const struct { const char *line; bool fast; } fc[] = {
        {"{\"text\":\"نص\",\"id\":12}", true},
        {"{\"text\":\"a\",\"text\":\"b\"}", true},
        {"{\"text\":\"\\ud83d\\ude00\\u0000\"}", true},
        {"{\"text\":\"a\",\"id\":18446744073709551615}", false},         /* above LLONG_MAX */
        {"{\"text\":\"a\",\"x\":[1,{\"y\":9223372036854775808}]}", false},   /* nested */
        {"{\"a\\u0000b\":1,\"text\":\"t\"}", false},                      /* NUL in a key */
        {"{\"text\":\"x\\ud800\"}", false},                               /* lone surrogate */
        {"{\"text\":\"x\\udc00y\"}", false},
        {"{\"text\":\"tab\there\"}", false},                              /* raw control byte */
        {"{\"text\":\"a\"}\v", false},
        {"{\"text\":\"\xC0\xAF\"}", false},                               /* overlong UTF-8 */
        {"{\"text\":\"\xED\xA0\x80\"}", false},                           /* UTF-8 surrogate */
        {"{\"text\":1e400}", false},
        {"[{\"text\":\"a\"}]", false},
    };
    rasd_jfast *f = rasd_jfast_new();
    assert_non_null(f);
    for (size_t i = 0; i < sizeof fc / sizeof fc[0]; i++) {
        rasd_jv v[2];
        bool got = rasd_jfast_object(f, fc[i].line, strlen(fc[i].line), keys, 2, v);
        if (got != fc[i].fast) fail_msg("line %zu (%s): fast reader %s", i, fc[i].line, got ? "read it" : "declined");
    }
    rasd_jv v[2];
    const char *l0 = fc[0].line, *l1 = fc[1].line, *l2 = fc[2].line;
    assert_true(rasd_jfast_object(f, l0, strlen(l0), keys, 2, v));
    assert_int_equal(v[0].kind, RASD_JV_STRING);
    assert_memory_equal(v[0].s, "نص", v[0].n);
    assert_int_equal(v[1].kind, RASD_JV_INT);
    assert_int_equal(v[1].i, 12);
    assert_true(rasd_jfast_object(f, l1, strlen(l1), keys, 2, v));   /* the last value counts */
    assert_int_equal(v[0].n, 1);
    assert_int_equal(v[0].s[0], 'b');
    assert_int_equal(v[1].kind, RASD_JV_NONE);
    assert_true(rasd_jfast_object(f, l2, strlen(l2), keys, 2, v));
    assert_int_equal(v[0].n, 5);
    assert_memory_equal(v[0].s, "\xF0\x9F\x98\x80\0", 5);
    size_t big = (size_t)5 << 20;   /* over 4 MiB: left to jansson */
    char *line = malloc(big + 32);
    strcpy(line, "{\"text\":\"");
    memset(line + 9, 'a', big);
    strcpy(line + 9 + big, "\"}");
    assert_false(rasd_jfast_object(f, line, strlen(line), keys, 2, v));
    free(line);
    rasd_jfast_free(f);

    /* the same lines through the reader: jansson's verdicts, and nesting deeper than simdjson
     * takes (1500 levels; jansson's limit is 2048) is read by jansson */
    size_t depth = 1500, cap = 64 + 2 * depth;
    char *deep = malloc(cap);
    size_t k = (size_t)snprintf(deep, cap, "{\"id\":\"deep\",\"text\":\"t\",\"x\":");
    memset(deep + k, '[', depth);
    memset(deep + k + depth, ']', depth);
    strcpy(deep + k + 2 * depth, "}\n");
    char in[8192] = "";
    for (size_t i = 0; i < sizeof fc / sizeof fc[0]; i++) { strcat(in, fc[i].line); strcat(in, "\n"); }
    char *all = malloc(strlen(in) + strlen(deep) + 1);
    strcpy(all, in);
    strcat(all, deep);
    rasd_ctx *ctx = rasd_ctx_new();
    diags g = {0};
    rasd_set_diag(ctx, on_diag, &g);
    char ids[512];
    int n = read_all(ctx, "fast.jsonl", all, strlen(all), ids, sizeof ids);
    assert_string_equal(ids, "12,fast.jsonl:2,fast.jsonl:3,deep,");
    assert_int_equal(n, 4);
    rasd_counts c = rasd_get_counts(ctx);
    assert_int_equal(c.documents, 15);
    assert_int_equal(c.skipped, 11);
    rasd_ctx_free(ctx);
    free(all);
    free(deep);
}

static size_t gz(const char *s, size_t n, unsigned char *out, size_t cap)
{
    z_stream z = {0};
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    z.next_in = (unsigned char *)s; z.avail_in = (uInt)n;
    z.next_out = out; z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    size_t len = cap - z.avail_out;
    deflateEnd(&z);
    return len;
}

static void gzip_members_truncation_and_corruption(void **st)
{
    (void)st;
    const char *l1 = "{\"id\":\"m1\",\"text\":\"أ\"}\n", *l2 = "{\"id\":\"m2\",\"text\":\"ب\"}\n", *l3 = "{\"id\":\"m3\",\"text\":\"ت\"}\n";
    unsigned char buf[1024];
    size_t a = gz(l1, strlen(l1), buf, sizeof buf);
    size_t b = gz(l2, strlen(l2), buf + a, sizeof buf - a);
    size_t c = gz(l3, strlen(l3), buf + a + b, sizeof buf - a - b);
    char ids[256];
    rasd_ctx *ctx = rasd_ctx_new();
    assert_int_equal(read_all(ctx, "m.jsonl.gz", buf, a + b + c, ids, sizeof ids), 3);
    assert_string_equal(ids, "m1,m2,m3,");
    assert_int_equal(rasd_get_counts(ctx).warnings, 0);
    rasd_ctx_free(ctx);

    /* a corrupt middle member: the others are still read, the damage is reported */
    unsigned char bad[1024];
    memcpy(bad, buf, a + b + c);
    for (size_t i = a + 12; i < a + b - 10; i++) bad[i] ^= 0x5A;
    ctx = rasd_ctx_new();
    diags g = {0};
    rasd_set_diag(ctx, on_diag, &g);
    int got = read_all(ctx, "m.jsonl.gz", bad, a + b + c, ids, sizeof ids);
    assert_true(got >= 2);
    assert_non_null(strstr(ids, "m1,"));
    assert_non_null(strstr(ids, "m3,"));
    assert_true(g.n >= 1);
    assert_true(rasd_get_counts(ctx).warnings + rasd_get_counts(ctx).skipped >= 1);
    rasd_ctx_free(ctx);

    /* truncated: the last member cut in half */
    ctx = rasd_ctx_new();
    memset(&g, 0, sizeof g);
    rasd_set_diag(ctx, on_diag, &g);
    got = read_all(ctx, "t.jsonl.gz", buf, a + b + c / 2, ids, sizeof ids);
    assert_int_equal(got, 2);
    assert_non_null(strstr(g.all, "truncated gzip"));
    rasd_ctx_free(ctx);
}

static void text_document_whole_file_and_limit(void **st)
{
    (void)st;
    const char *t = "سطر أول\nسطر ثان\n";
    rasd_ctx *ctx = rasd_ctx_new();
    char ids[128];
    assert_int_equal(read_all(ctx, "dir/x.txt", t, strlen(t), ids, sizeof ids), 1);
    assert_string_equal(ids, "x.txt,");
    rasd_set_max_doc(ctx, 8);
    diags g = {0};
    rasd_set_diag(ctx, on_diag, &g);
    assert_int_equal(read_all(ctx, "dir/x.txt", t, strlen(t), ids, sizeof ids), 0);
    assert_int_equal(g.last.severity, RASD_SKIP);
    assert_non_null(strstr(g.msg, "larger than --max-doc"));
    rasd_ctx_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(detect_formats_from_content),
        cmocka_unit_test(jsonl_records_fields_and_bad_lines),
        cmocka_unit_test(jsonl_line_over_max_doc_is_streamed_past),
        cmocka_unit_test(jsonl_fast_reader_declines_where_jansson_differs),
        cmocka_unit_test(gzip_members_truncation_and_corruption),
        cmocka_unit_test(text_document_whole_file_and_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
