/* Unit tests: the HTML timeline page (src/out/timeline_html.c, docs/html-timeline.md) — its
 * escaping, its SHA-256 (FIPS 180-4 / NIST example vectors), and pages written from timelines
 * built of hand-made reports carrying hostile strings. */
#include "testutil.h"
#include "out/out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ------------------------------------------------------------------------------- */

static void hex(const unsigned char *h, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++) sprintf(out + 2 * i, "%02x", h[i]);
}

static void sha_hex(const void *p, size_t n, char out[65])
{
    unsigned char h[32];
    rasd_sha256(p, n, h);
    hex(h, 32, out);
}

static char *escaped(const char *s, size_t n)
{
    static char out[512];
    rasd_buf b = {0};
    rasd_html_escape(&b, s, n);
    snprintf(out, sizeof out, "%s", b.p ? b.p : "");
    rasd_buf_free(&b);
    return out;
}

/* The page for (tl, f) as a NUL-terminated string (free it); *st receives the status. */
static char *page_of(const rasd_timeline *tl, const rasd_filter *f, rasd_status *st)
{
    char *p = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&p, &n);
    assert_non_null(m);
    *st = rasd_timeline_write_html(tl, f, m);
    fclose(m);
    return p;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle)) n++;
    return n;
}

/* ---- SHA-256 --------------------------------------------------------------------------------- */

static void sha256_known_vectors(void **st)
{
    (void)st;
    char h[65];
    sha_hex("abc", 3, h);
    assert_string_equal(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    sha_hex("", 0, h);
    assert_string_equal(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    /* 56 bytes: the length no longer fits the block, padding takes a second one */
    const char *m2 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sha_hex(m2, strlen(m2), h);
    assert_string_equal(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    const char *m3 = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                     "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    sha_hex(m3, strlen(m3), h);
    assert_string_equal(h, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    char *a = malloc(1000000);
    assert_non_null(a);
    memset(a, 'a', 1000000);
    sha_hex(a, 1000000, h);
    assert_string_equal(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(a);
}

/* ---- escaping -------------------------------------------------------------------------------- */

static void escape_covers_text_and_attributes(void **st)
{
    (void)st;
    assert_string_equal(escaped("<a href=\"x\" title='y'>&amp;</a>", 31),
                        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    /* Arabic and other valid UTF-8 pass unchanged; tab, LF, CR are kept */
    assert_string_equal(escaped("\xd8\xaa\xd8\xb1\xd9\x85\xd8\xa8 \xe2\x80\x93\t\n\r", 15),
                        "\xd8\xaa\xd8\xb1\xd9\x85\xd8\xa8 \xe2\x80\x93\t\n\r");
    /* invalid UTF-8 (a lone byte, a truncated sequence, an overlong '<'), NUL, C0, DEL, C1:
     * each becomes U+FFFD — an overlong '<' must never come out as '<' */
    assert_string_equal(escaped("a\xff" "b\xd8" "c\xc0\xbc" "d", 8),
                        "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD" "d");
    assert_string_equal(escaped("x\0y\x01z\x7f\xc2\x85.", 9),
                        "x\xEF\xBF\xBDy\xEF\xBF\xBDz\xEF\xBF\xBD\xEF\xBF\xBD.");
    assert_string_equal(escaped("\xed\xa0\x80", 3), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    rasd_buf b = {0};
    rasd_html_escape(&b, NULL, 5);
    assert_int_equal(b.len, 0);
    rasd_html_escape(&b, "ok", 2);
    rasd_html_escape(&b, "<", 1);
    assert_string_equal(b.p, "ok&lt;");
    rasd_buf_free(&b);
}

/* ---- pages ------------------------------------------------------------------------------------- */

static const char *const trump_putin[] = {"Donald Trump", "Vladimir Putin"};
static const char *const trump_zel[] = {"Donald Trump", "Volodymyr Zelenskyy"};
static const char *const hostile_pair[] = {"Donald Trump", "<script>alert(1)</script>"};

static rasd_report report(const char *doc, const char *date, const char *status,
                          const char *const *parts, const char *evidence)
{
    rasd_report r = {
        .file = "t.jsonl", .doc = doc, .article = 1, .outlet = "Outlet \"A\" & <b>B</b>",
        .published = "2025-02-13", .type = "call", .status = status, .date = date,
        .date_text = "\xd9\x8a\xd9\x88\xd9\x85 \xd8\xa7\xd9\x84\xd8\xa3\xd8\xb1\xd8\xa8\xd8\xb9\xd8\xa7\xd8\xa1",
        .participants = parts, .nparticipants = 2, .initiator = parts[0], .location = NULL,
        .duration_min = 90, .duration_mod = "APPROX", .topics = "'topics' \xff",
        .cameo = "041", .plover_mode = "phone", .start = 10, .end = 10 + strlen(evidence),
        .evidence = evidence};
    return r;
}

static const char ev1[] = "\xd8\xa3\xd8\xac\xd8\xb1\xd9\x89 <img src=x onerror=\"alert(2)\"> \xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84\xd8\xa7";
static const char ev2[] = "\xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84 </blockquote><script>alert(3)</script>";
static const char ev3[] = "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x82\xd9\x89 \xd8\xb2\xd9\x8a\xd9\x84\xd9\x8a\xd9\x86\xd8\xb3\xd9\x83\xd9\x8a";
static const char ev4[] = "\xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84 \xd8\xa8\xd9\x84\xd8\xa7 \xd8\xaa\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xae";

/* Five reports: two of one call (same day; 90 and 60 minutes: a conflict), a meeting, a planned
 * call in a month with a hostile participant name, and an undated call. Added in the given
 * order or reversed. Actors in byte order: a0 the hostile name, a1 Trump, a2 Putin, a3 Zelenskyy. */
static rasd_timeline *sample(bool reverse)
{
    rasd_report r[5];
    r[0] = report("d1", "2025-02-12", "occurred", trump_putin, ev1);
    r[1] = report("d2", "2025-02-12", "occurred", trump_putin, ev2);
    r[1].outlet = NULL;
    r[1].duration_min = 60;
    r[2] = report("d3", "2025-02-28", "occurred", trump_zel, ev3);
    r[2].type = "meeting";
    r[2].location = "White House";
    r[3] = report("d4", "2025-03", "planned", hostile_pair, ev1);
    r[4] = report("d5", NULL, "occurred", trump_zel, ev4);
    r[4].date_text = NULL;
    rasd_timeline *tl = rasd_timeline_new();
    for (int i = 0; i < 5; i++) rasd_timeline_add_report(tl, &r[reverse ? 4 - i : i]);
    rasd_timeline_build(tl);
    return tl;
}

static void page_escapes_every_value(void **st)
{
    (void)st;
    rasd_timeline *tl = sample(false);
    rasd_status s;
    char *p = page_of(tl, NULL, &s);
    assert_int_equal(s, RASD_OK);
    assert_true(strncmp(p, "<!DOCTYPE html>\n<html lang=\"en\">", 32) == 0);
    /* one script element, ours; no markup from the data */
    assert_int_equal(count(p, "<script"), 1);
    assert_int_equal(count(p, "</script>"), 1);
    assert_null(strstr(p, "<img"));
    assert_null(strstr(p, "<b>B</b>"));
    assert_int_equal(count(p, "</blockquote>"), count(p, "<blockquote"));
    assert_non_null(strstr(p, "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;"));
    assert_non_null(strstr(p, "&lt;/blockquote&gt;&lt;script&gt;alert(3)&lt;/script&gt;"));
    assert_non_null(strstr(p, "Outlet &quot;A&quot; &amp; &lt;b&gt;B&lt;/b&gt;"));
    assert_non_null(strstr(p, "&#39;topics&#39; \xEF\xBF\xBD"));
    assert_null(strstr(p, "\xff"));
    /* the hostile name is escaped in the actor select (text and data-name attribute) too */
    assert_non_null(strstr(p, "data-name=\"&lt;script&gt;alert(1)&lt;/script&gt;\""));
    /* evidence in Arabic is marked right-to-left */
    assert_non_null(strstr(p, "<blockquote dir=\"rtl\" lang=\"ar\">\xd8\xa3\xd8\xac\xd8\xb1\xd9\x89 &lt;img"));
    /* no network: no URL at all */
    assert_null(strstr(p, "http:"));
    assert_null(strstr(p, "https:"));
    assert_null(strstr(p, "//"));
    free(p);
    rasd_timeline_free(tl);
}

/* The CSP names the one inline script by the SHA-256 of its exact text. */
static void page_csp_hash_matches_script(void **st)
{
    (void)st;
    rasd_timeline *tl = sample(false);
    rasd_status s;
    char *p = page_of(tl, NULL, &s);
    const char *csp = strstr(p, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                "style-src 'unsafe-inline'; script-src 'sha256-");
    assert_non_null(csp);
    const char *h = strstr(csp, "'sha256-") + 8;
    const char *a = strstr(p, "<script>") + 8, *e = strstr(p, "</script>");
    assert_true(a > p + 8 && e > a);
    unsigned char d[32];
    rasd_sha256(a, (size_t)(e - a), d);
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char want[45];
    for (int i = 0, k = 0; i < 33; i += 3) {    /* 32 bytes: 10 full groups and one of two */
        uint32_t v = (uint32_t)d[i] << 16 | (uint32_t)d[i + 1] << 8 | (i + 2 < 32 ? d[i + 2] : 0);
        want[k++] = b64[v >> 18];
        want[k++] = b64[(v >> 12) & 63];
        want[k++] = b64[(v >> 6) & 63];
        want[k++] = i + 2 < 32 ? b64[v & 63] : '=';
    }
    want[44] = 0;
    assert_true(strncmp(h, want, 44) == 0 && h[44] == '\'');
    free(p);
    rasd_timeline_free(tl);
}

static void page_shows_rows_sources_and_filters(void **st)
{
    (void)st;
    rasd_timeline *tl = sample(false);
    rasd_status s;
    char *p = page_of(tl, NULL, &s);
    size_t rows = rasd_timeline_count(tl), srcs = 0;
    for (size_t i = 0; i < rows; i++) srcs += rasd_timeline_row(tl, i)->nsources;
    assert_int_equal(srcs, 5);
    assert_int_equal(count(p, "<li class=\"ev\""), rows);
    assert_int_equal(count(p, "<blockquote"), srcs);
    char want[64];
    snprintf(want, sizeof want, "<b>%zu events</b> from <b>5 sources</b>", rows);
    assert_non_null(strstr(p, want));
    /* the merged call lists both its sources; a month-grain row is drawn as a span */
    assert_non_null(strstr(p, "<li class=\"ev\" id=\"e0\" data-actors=\"a1 a2\" data-type=\"call\""));
    assert_non_null(strstr(p, "class=\"rg\""));
    /* the undated row is listed apart from the chart */
    assert_non_null(strstr(p, "<h3>Undated</h3>"));
    assert_non_null(strstr(p, "<li class=\"mk\" data-actors=\"a1 a3\" data-type=\"call\" data-status=\"occurred\">"));
    /* conflicts, in the row's words */
    for (size_t i = 0; i < rows; i++) {
        const rasd_row *r = rasd_timeline_row(tl, i);
        if (r->nconflicts) assert_non_null(strstr(p, "<p class=\"cf\">sources disagree on "));
    }
    /* filter choices: every actor, type and status present */
    assert_non_null(strstr(p, "<option value=\"a1\" data-name=\"Donald Trump\">Donald Trump (4)</option>"));
    assert_non_null(strstr(p, "<option value=\"meeting\">meeting (1)</option>"));
    assert_non_null(strstr(p, "<option value=\"planned\">planned (1)</option>"));
    assert_non_null(strstr(p, "<meta name=\"viewport\""));
    free(p);
    rasd_timeline_free(tl);
}

/* Same reports in another order, same filter: the same bytes. A filter keeps only its rows. */
static void page_is_deterministic_and_filtered(void **st)
{
    (void)st;
    rasd_timeline *t1 = sample(false), *t2 = sample(true);
    rasd_status s1, s2;
    char *p1 = page_of(t1, NULL, &s1), *p2 = page_of(t2, NULL, &s2);
    assert_string_equal(p1, p2);
    free(p2);
    p2 = page_of(t1, NULL, &s2);
    assert_string_equal(p1, p2);
    free(p1);
    free(p2);
    rasd_filter f = {.actor = "zelenskyy"};
    p1 = page_of(t1, &f, &s1);
    assert_int_equal(s1, RASD_OK);
    assert_null(strstr(p1, "Vladimir Putin"));
    assert_non_null(strstr(p1, "Volodymyr Zelenskyy"));
    assert_non_null(strstr(p1, "Selected when written: actor \xE2\x80\x9C<bdi>zelenskyy</bdi>"));
    free(p1);
    rasd_timeline_free(t1);
    rasd_timeline_free(t2);
}

static void page_of_empty_timeline_and_write_errors(void **st)
{
    (void)st;
    rasd_timeline *tl = rasd_timeline_new();
    rasd_timeline_build(tl);
    rasd_status s;
    char *p = page_of(tl, NULL, &s);
    assert_int_equal(s, RASD_OK);
    assert_non_null(strstr(p, "<b>0 events</b> from <b>0 sources</b>"));
    assert_non_null(strstr(p, "No dated events."));
    assert_non_null(strstr(p, "</html>\n"));
    free(p);
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        assert_int_equal(rasd_timeline_write_html(tl, NULL, full), RASD_ERR_IO);
        fclose(full);
    }
    FILE *ro = fopen("/dev/null", "r");
    assert_non_null(ro);
    assert_int_equal(rasd_timeline_write_html(tl, NULL, ro), RASD_ERR_IO);
    fclose(ro);
    rasd_timeline_free(tl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sha256_known_vectors),
        cmocka_unit_test(escape_covers_text_and_attributes),
        cmocka_unit_test(page_escapes_every_value),
        cmocka_unit_test(page_csp_hash_matches_script),
        cmocka_unit_test(page_shows_rows_sources_and_filters),
        cmocka_unit_test(page_is_deterministic_and_filtered),
        cmocka_unit_test(page_of_empty_timeline_and_write_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
