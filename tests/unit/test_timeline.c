/* Unit tests: merging reports into a timeline (MRG-1 … MRG-6, docs/timeline.md), the JSON Lines
 * round trip that `rasd merge` relies on, and filters. Reports are written by hand here, so each
 * rule is tested apart from extraction. */
#include "testutil.h"
#include "rasd.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const char *TP[] = {"Donald Trump", "Vladimir Putin"};
static const char *PT[] = {"Vladimir Putin", "Donald Trump"};
static const char *TZ[] = {"Donald Trump", "Volodymyr Zelensky"};

/* A report from document doc (article 1) at byte start, with the fields a case varies. */
static rasd_report rep(const char *doc, size_t start, const char *type, const char *status, const char *date,
                       const char *published)
{
    rasd_report r = {0};
    r.file = "in.jsonl";
    r.doc = doc;
    r.article = 1;
    r.published = published;
    r.type = type;
    r.status = status;
    r.date = date;
    r.participants = TP;
    r.nparticipants = 2;
    r.duration_min = -1;
    r.start = start;
    r.end = start + 10;
    r.evidence = "نص";
    return r;
}

static size_t rows(rasd_timeline *tl)
{
    rasd_timeline_build(tl);
    return rasd_timeline_count(tl);
}

static const rasd_conflict *conflict_on(const rasd_row *w, const char *field)
{
    for (size_t i = 0; i < w->nconflicts; i++)
        if (strcmp(w->conflicts[i].field, field) == 0) return &w->conflicts[i];
    return NULL;
}

/* MRG-1: same pair, compatible type and date → one row; a call is not a meeting; another pair or
 * another day is another contact. */
static void test_mrg1_same_contact(void **state)
{
    (void)state;
    rasd_timeline *tl = rasd_timeline_new();
    rasd_report a = rep("a", 0, "call", "occurred", "2025-02-12", "2025-02-13");
    rasd_report b = rep("b", 0, "call", "occurred", "2025-02-12", "2025-02-13");
    b.participants = PT;    /* order does not matter */
    rasd_report c = rep("c", 0, "meeting", "occurred", "2025-02-12", "2025-02-13");
    rasd_report d = rep("d", 0, "call", "occurred", "2025-02-12", "2025-02-13");
    d.participants = TZ;
    rasd_report e = rep("e", 0, "call", "occurred", "2025-03-18", "2025-03-19");
    rasd_report f = rep("f", 0, "video_call", "occurred", "2025-02-12", "2025-02-14");
    rasd_report g = rep("g", 0, "message", "occurred", "2025-02-12", "2025-02-14");
    rasd_timeline_add_report(tl, &a);
    rasd_timeline_add_report(tl, &b);
    rasd_timeline_add_report(tl, &c);
    rasd_timeline_add_report(tl, &d);
    rasd_timeline_add_report(tl, &e);
    rasd_timeline_add_report(tl, &g);
    assert_int_equal(rows(tl), 5);   /* a+b, c, d, e, g */
    const rasd_row *w = rasd_timeline_row(tl, 0);
    assert_string_equal(w->date, "2025-02-12");
    assert_int_equal(w->nsources, 2);
    rasd_timeline_free(tl);
    /* a video call is both remote and face to face: it joins a call row and a meeting row alike */
    tl = rasd_timeline_new();
    rasd_timeline_add_report(tl, &a);
    rasd_timeline_add_report(tl, &f);
    assert_int_equal(rows(tl), 1);
    rasd_timeline_free(tl);
}

/* MRG-2: a day within its month or week, a weekday constraint, and the small-hours "اليوم". */
static void test_mrg2_dates(void **state)
{
    (void)state;
    rasd_timeline *tl = rasd_timeline_new();
    rasd_report a = rep("a", 0, "call", "occurred", "2025-02-12", "2025-02-13");
    rasd_report m = rep("m", 0, "call", "occurred", "2025-02", "2025-02-20");
    rasd_report w = rep("w", 0, "call", "occurred", "2025-W07", "2025-02-20");
    rasd_report x = rep("x", 0, "call", "occurred", "XXXX-WXX-3", NULL);   /* a Wednesday */
    rasd_report y = rep("y", 0, "call", "occurred", "XXXX-WXX-4", NULL);   /* a Thursday: another call */
    rasd_timeline_add_report(tl, &a);
    rasd_timeline_add_report(tl, &m);
    rasd_timeline_add_report(tl, &w);
    rasd_timeline_add_report(tl, &x);
    rasd_timeline_add_report(tl, &y);
    assert_int_equal(rows(tl), 2);
    const rasd_row *r0 = rasd_timeline_row(tl, 0);
    assert_string_equal(r0->date, "2025-02-12");   /* the finest grain given */
    assert_int_equal(r0->nsources, 4);
    assert_null(conflict_on(r0, "date"));          /* coarser dates agree with it */
    rasd_timeline_free(tl);

    /* published at 00:26 on the 13th, "اليوم" → 13th; two other sources say the 12th */
    tl = rasd_timeline_new();
    rasd_report e = rep("e", 0, "call", "occurred", "2025-02-13", "2025-02-13T00:26");
    rasd_report b = rep("b", 0, "call", "occurred", "2025-02-12", "2025-02-13T09:00");
    rasd_timeline_add_report(tl, &e);
    rasd_timeline_add_report(tl, &b);
    assert_int_equal(rows(tl), 1);
    r0 = rasd_timeline_row(tl, 0);
    assert_string_equal(r0->date, "2025-02-12");
    const rasd_conflict *c = conflict_on(r0, "date");
    assert_non_null(c);
    assert_int_equal(c->nvalues, 2);
    rasd_timeline_free(tl);

    /* near-miss: the same one-day gap from an article published in daylight is two calls */
    tl = rasd_timeline_new();
    rasd_report e2 = rep("e", 0, "call", "occurred", "2025-02-13", "2025-02-13T10:26");
    rasd_timeline_add_report(tl, &e2);
    rasd_timeline_add_report(tl, &b);
    assert_int_equal(rows(tl), 2);
    rasd_timeline_free(tl);
}

/* MRG-3: an undated report joins its own article's dated row of the same status; undated reports
 * of other articles gather by status; MRG-4: a coarse date with another place stays apart. */
static void test_mrg3_undated(void **state)
{
    (void)state;
    rasd_timeline *tl = rasd_timeline_new();
    rasd_report a = rep("a", 0, "call", "occurred", "2025-02-12", "2025-02-13");
    rasd_report a2 = rep("a", 400, "call", "occurred", NULL, "2025-02-13");      /* same article */
    a2.duration_min = 90;
    rasd_report p1 = rep("b", 0, "meeting", "planned", NULL, "2025-02-13");
    rasd_report p2 = rep("c", 0, "meeting", "planned", NULL, "2025-02-14");
    rasd_report q = rep("c", 50, "visit", "proposed", NULL, "2025-02-14");      /* another status */
    rasd_timeline_add_report(tl, &a);
    rasd_timeline_add_report(tl, &a2);
    rasd_timeline_add_report(tl, &p1);
    rasd_timeline_add_report(tl, &p2);
    rasd_timeline_add_report(tl, &q);
    assert_int_equal(rows(tl), 3);
    const rasd_row *r0 = rasd_timeline_row(tl, 0);
    assert_string_equal(r0->date, "2025-02-12");
    assert_int_equal(r0->nsources, 2);
    assert_int_equal(r0->duration_min, 90);
    const rasd_row *r1 = rasd_timeline_row(tl, 1), *r2 = rasd_timeline_row(tl, 2);
    assert_null(r1->date);
    assert_int_equal(r1->nsources + r2->nsources, 3);
    rasd_timeline_free(tl);

    tl = rasd_timeline_new();
    rasd_report h = rep("h", 0, "meeting", "occurred", "2018", "2025-01-01");
    h.location = "Helsinki";
    rasd_report o = rep("o", 0, "meeting", "occurred", "2018-07", "2025-01-01");
    o.location = "Osaka";
    rasd_timeline_add_report(tl, &h);
    rasd_timeline_add_report(tl, &o);
    assert_int_equal(rows(tl), 2);
    rasd_timeline_free(tl);
}

/* MRG-5: plan then occurrence is one occurred row; a later denial wins over the report it denies
 * and shows as a conflict; a cancellation of a plan is cancelled. */
static void test_mrg5_status(void **state)
{
    (void)state;
    rasd_timeline *tl = rasd_timeline_new();
    rasd_report plan = rep("p", 0, "call", "planned", "2025-03-18", "2025-03-17");
    rasd_report done = rep("d", 0, "call", "occurred", "2025-03-18", "2025-03-18");
    rasd_timeline_add_report(tl, &plan);
    rasd_timeline_add_report(tl, &done);
    assert_int_equal(rows(tl), 1);
    assert_string_equal(rasd_timeline_row(tl, 0)->status, "occurred");
    assert_null(conflict_on(rasd_timeline_row(tl, 0), "status"));
    assert_int_equal(rasd_timeline_row(tl, 0)->nsources, 2);
    rasd_report deny = rep("n", 0, "call", "denied", "2025-03-18", "2025-03-19");
    rasd_timeline_add_report(tl, &deny);
    assert_int_equal(rows(tl), 1);
    assert_string_equal(rasd_timeline_row(tl, 0)->status, "denied");
    assert_non_null(conflict_on(rasd_timeline_row(tl, 0), "status"));
    rasd_timeline_free(tl);

    tl = rasd_timeline_new();
    rasd_report plan2 = rep("p", 0, "meeting", "planned", "2018-11-30", "2018-11-20");
    rasd_report cancel = rep("c", 0, "meeting", "cancelled", "2018-11-30", "2018-11-29");
    rasd_timeline_add_report(tl, &plan2);
    rasd_timeline_add_report(tl, &cancel);
    assert_int_equal(rows(tl), 1);
    assert_string_equal(rasd_timeline_row(tl, 0)->status, "cancelled");
    rasd_timeline_free(tl);
}

/* MRG-5/6: votes and conflicts on duration and place; the initiator only when sources agree. */
static void test_mrg6_conflicts(void **state)
{
    (void)state;
    rasd_timeline *tl = rasd_timeline_new();
    rasd_report a = rep("a", 0, "call", "occurred", "2025-02-12", "2025-02-13");
    a.duration_min = 90;
    a.initiator = "Donald Trump";
    rasd_report b = rep("b", 0, "call", "occurred", "2025-02-12", "2025-02-13");
    b.duration_min = 60;
    b.duration_mod = "MORE_THAN";
    b.initiator = "Donald Trump";
    rasd_timeline_add_report(tl, &a);
    rasd_timeline_add_report(tl, &b);
    assert_int_equal(rows(tl), 1);
    const rasd_row *w = rasd_timeline_row(tl, 0);
    assert_int_equal(w->duration_min, 90);     /* a tie goes to the exact figure */
    const rasd_conflict *c = conflict_on(w, "duration_min");
    assert_non_null(c);
    assert_int_equal(c->nvalues, 2);
    assert_string_equal(w->initiator, "Donald Trump");
    assert_string_equal(w->participants[0], "Donald Trump");
    rasd_timeline_free(tl);
}

/* EV-7, MRG-6: a report naming the venue (Moscow, at the Kremlin) and one naming its city agree
 * on the place: the row has the city and the venue, and no conflict; near-miss: another city is
 * a conflict, and its venue is not the row's. */
static void test_venue(void **state)
{
    (void)state;
    rasd_timeline *tl = rasd_timeline_new();
    rasd_report a = rep("a", 0, "meeting", "occurred", "2025-04-17", "2025-04-18");
    a.location = "Moscow";
    a.venue = "Kremlin";
    rasd_report b = rep("b", 0, "meeting", "occurred", "2025-04-17", "2025-04-18");
    b.location = "Moscow";
    rasd_timeline_add_report(tl, &a);
    rasd_timeline_add_report(tl, &b);
    assert_int_equal(rows(tl), 1);
    const rasd_row *w = rasd_timeline_row(tl, 0);
    assert_string_equal(w->location, "Moscow");
    assert_string_equal(w->venue, "Kremlin");
    assert_null(conflict_on(w, "location"));
    rasd_report c = rep("c", 0, "meeting", "occurred", "2025-04-17", "2025-04-18");
    c.location = "Saint Petersburg";
    c.venue = "Konstantinovsky Palace";
    rasd_report d = rep("d", 0, "meeting", "occurred", "2025-04-17", "2025-04-18");
    d.location = "Moscow";
    rasd_timeline_add_report(tl, &c);
    rasd_timeline_add_report(tl, &d);
    assert_int_equal(rows(tl), 1);
    w = rasd_timeline_row(tl, 0);
    assert_string_equal(w->location, "Moscow");
    assert_string_equal(w->venue, "Kremlin");
    assert_non_null(conflict_on(w, "location"));
    rasd_timeline_free(tl);
}

/* Adding is idempotent, and the rows do not depend on the order reports arrive in. */
static void test_order_and_idempotence(void **state)
{
    (void)state;
    rasd_report rs[6] = {
        rep("a", 0, "call", "occurred", "2025-02-12", "2025-02-13"),
        rep("b", 10, "call", "occurred", "2025-02", "2025-02-20"),
        rep("c", 20, "call", "occurred", NULL, "2025-02-13"),
        rep("a", 30, "call", "occurred", NULL, "2025-02-13"),
        rep("d", 40, "meeting", "planned", NULL, "2025-02-13"),
        rep("e", 50, "meeting", "occurred", "2018-07-16", "2018-07-17"),
    };
    char *out[2] = {NULL, NULL};
    for (int pass = 0; pass < 2; pass++) {
        rasd_timeline *tl = rasd_timeline_new();
        for (int k = 0; k < 6; k++) {
            int i = pass ? 5 - k : k;
            assert_int_equal(rasd_timeline_add_report(tl, &rs[i]), 1);
            assert_int_equal(rasd_timeline_add_report(tl, &rs[i]), 0);   /* held already */
        }
        rasd_timeline_build(tl);
        size_t len = 0;
        FILE *f = open_memstream(&out[pass], &len);
        assert_int_equal(rasd_timeline_write(tl, "jsonl", NULL, f), RASD_OK);
        fclose(f);
        rasd_timeline_free(tl);
    }
    assert_string_equal(out[0], out[1]);
    free(out[0]);
    free(out[1]);
}

/* The JSON Lines output read back (rasd merge) gives the same timeline, byte for byte; a
 * malformed line is reported with its line number and the rest is read. */
static int ndiag;
static int64_t diag_record;
static void on_diag(const rasd_diag *d, void *user)
{
    (void)user;
    ndiag++;
    diag_record = d->record;
}

static void test_round_trip(void **state)
{
    (void)state;
    rasd_timeline *tl = rasd_timeline_new();
    rasd_report a = rep("a", 0, "call", "occurred", "2025-02-12", "2025-02-13");
    a.duration_min = 90;
    a.duration_mod = "APPROX";
    a.location = NULL;
    a.topics = "أوكرانيا \"والشرق\" الأوسط\n";
    rasd_report b = rep("b", 5, "meeting", "occurred", "2018-07-16", "2018-07-17");
    b.location = "Helsinki";
    b.venue = "Presidential Palace";   /* the venue survives the round trip */
    b.outlet = "<script>x</script>";
    rasd_timeline_add_report(tl, &a);
    rasd_timeline_add_report(tl, &b);
    rasd_timeline_build(tl);
    char dir[] = "/tmp/rasd_tl_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/part.jsonl", dir);
    FILE *f = fopen(path, "w");
    assert_int_equal(rasd_timeline_write(tl, "jsonl", NULL, f), RASD_OK);
    fputs("{not json\n", f);
    fputs("{\"id\":\"x\"}\n", f);
    fclose(f);
    char *first = NULL, *second = NULL;
    size_t len;
    f = open_memstream(&first, &len);
    rasd_timeline_write(tl, "jsonl", NULL, f);
    fclose(f);

    rasd_ctx *ctx = rasd_ctx_new();
    ndiag = 0;
    rasd_set_diag(ctx, on_diag, NULL);
    rasd_timeline *back = rasd_timeline_new();
    assert_int_equal(rasd_timeline_read(back, ctx, path), RASD_OK);
    assert_int_equal(ndiag, 2);
    assert_int_equal(diag_record, 4);
    assert_int_equal(rasd_get_counts(ctx).skipped, 2);
    rasd_timeline_build(back);
    f = open_memstream(&second, &len);
    rasd_timeline_write(back, "jsonl", NULL, f);
    fclose(f);
    assert_string_equal(first, second);
    free(first);
    free(second);
    rasd_timeline_free(back);
    rasd_ctx_free(ctx);
    unlink(path);
    rmdir(dir);
    rasd_timeline_free(tl);
}

/* Filters: actor by surname, dates by overlap, type and status. */
static void test_filters(void **state)
{
    (void)state;
    rasd_timeline *tl = rasd_timeline_new();
    rasd_report a = rep("a", 0, "call", "occurred", "2025-02-12", "2025-02-13");
    rasd_report b = rep("b", 0, "meeting", "occurred", "2018-07", "2018-07-17");
    b.participants = TZ;
    rasd_report c = rep("c", 0, "meeting", "planned", NULL, "2025-02-13");
    rasd_timeline_add_report(tl, &a);
    rasd_timeline_add_report(tl, &b);
    rasd_timeline_add_report(tl, &c);
    rasd_timeline_build(tl);
    size_t n = rasd_timeline_count(tl);
    assert_int_equal(n, 3);
    rasd_filter f = {0};
    f.actor = "putin";
    size_t hits = 0;
    for (size_t i = 0; i < n; i++) hits += (size_t)rasd_row_matches(rasd_timeline_row(tl, i), &f);
    assert_int_equal(hits, 2);
    memset(&f, 0, sizeof f);
    f.from = "2018-07-10";
    f.to = "2018-12-31";
    hits = 0;
    for (size_t i = 0; i < n; i++) hits += (size_t)rasd_row_matches(rasd_timeline_row(tl, i), &f);
    assert_int_equal(hits, 1);   /* the July 2018 row overlaps; the undated row never matches */
    memset(&f, 0, sizeof f);
    f.status = "planned";
    f.type = "meeting";
    hits = 0;
    for (size_t i = 0; i < n; i++) hits += (size_t)rasd_row_matches(rasd_timeline_row(tl, i), &f);
    assert_int_equal(hits, 1);
    rasd_timeline_free(tl);
}

/* CSV defuses formulas and quotes every text field; Markdown lets no HTML through. */
static void test_csv_md(void **state)
{
    (void)state;
    rasd_timeline *tl = rasd_timeline_new();
    rasd_report a = rep("a", 0, "call", "occurred", "2025-02-12", "2025-02-13");
    a.outlet = "=HYPERLINK(\"x\")";
    a.topics = "<img src=x onerror=alert(1)> | *bold*";
    rasd_timeline_add_report(tl, &a);
    rasd_timeline_build(tl);
    char *csv = NULL, *md = NULL;
    size_t len;
    FILE *f = open_memstream(&csv, &len);
    assert_int_equal(rasd_timeline_write(tl, "csv", NULL, f), RASD_OK);
    fclose(f);
    assert_non_null(strstr(csv, "\"'=HYPERLINK(\"\"x\"\")"));
    f = open_memstream(&md, &len);
    assert_int_equal(rasd_timeline_write(tl, "md", NULL, f), RASD_OK);
    fclose(f);
    assert_null(strstr(md, "<img"));
    assert_int_equal(rasd_timeline_write(tl, "pdf", NULL, stdout), RASD_ERR_ARG);
    free(csv);
    free(md);
    rasd_timeline_free(tl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mrg1_same_contact),
        cmocka_unit_test(test_mrg2_dates),
        cmocka_unit_test(test_mrg3_undated),
        cmocka_unit_test(test_mrg5_status),
        cmocka_unit_test(test_mrg6_conflicts),
        cmocka_unit_test(test_venue),
        cmocka_unit_test(test_order_and_idempotence),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_filters),
        cmocka_unit_test(test_csv_md),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
