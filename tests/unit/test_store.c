/* Unit tests: the store (src/store/store.c, rules ST-1 … ST-4, docs/store.md) on documents read
 * from memory, in stores made in a fresh temporary directory per test. */
#include "testutil.h"
#include "rasd.h"

#include <dirent.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char call_text[] =
    "أجرى الرئيس الأمريكي دونالد ترمب اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين يوم الأربعاء.";

/* An article (long enough for the cleaner) that states no contact. */
static const char no_event_text[] =
    "قال الرئيس الروسي فلاديمير بوتين يوم الأربعاء إن الاقتصاد الروسي ينمو بسرعة رغم العقوبات الغربية.";

/* ---- fixtures ------------------------------------------------------------------------------ */

/* Each test's state: a temporary directory and a store path in it, made before the test and
 * removed after it with what is inside, whether the test passed or not (the -wal and -shm files
 * of a store a failed test left open, too). */
typedef struct tmp { char dir[512], db[600]; } tmp;

static int tmp_new(void **state)
{
    tmp *t = calloc(1, sizeof *t);
    if (!t) return -1;
    const char *base = getenv("TMPDIR");
    snprintf(t->dir, sizeof t->dir, "%s/rasd-store-XXXXXX", base && base[0] ? base : "/tmp");
    if (!mkdtemp(t->dir)) { free(t); return -1; }
    snprintf(t->db, sizeof t->db, "%s/rasd.db", t->dir);
    *state = t;
    return 0;
}

static int tmp_free(void **state)
{
    tmp *t = *state;
    DIR *dir = opendir(t->dir);
    if (dir) {
        struct dirent *e;
        char p[1024];
        while ((e = readdir(dir)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
            snprintf(p, sizeof p, "%s/%s", t->dir, e->d_name);
            if (unlink(p) != 0) rmdir(p);
        }
        closedir(dir);
    }
    rmdir(t->dir);
    free(t);
    return 0;
}

/* One JSON Lines record {"id":id,"published":dct,"text":text}, read, cleaned (unless whole:
 * then as is NULL and the document is tagged whole) and its events extracted. */
typedef struct one {
    rasd_ctx *ctx;
    rasd_reader *r;
    const rasd_doc *d;
    rasd_articles *as;
    rasd_events *ev;
    char line[4096];
} one;

static void one_open(one *o, const char *id, const char *dct, const char *text, bool whole)
{
    o->ctx = rasd_ctx_new();
    snprintf(o->line, sizeof o->line, "{\"id\":\"%s\",\"published\":\"%s\",\"text\":\"%s\"}\n", id, dct, text);
    o->r = rasd_reader_open_memory(o->ctx, "s.jsonl", o->line, strlen(o->line));
    o->d = rasd_reader_next(o->r);
    assert_non_null(o->d);
    o->as = whole ? NULL : rasd_clean(o->ctx, o->d);
    o->ev = rasd_extract(o->ctx, o->d, o->as);
}

static void one_close(one *o)
{
    rasd_events_free(o->ev);
    if (o->as) rasd_articles_free(o->as);
    rasd_reader_close(o->r);
    rasd_ctx_free(o->ctx);
}

/* Stores the record; returns the number of new articles (the call must succeed). */
static size_t add_one(rasd_store *s, const char *id, const char *dct, const char *text, bool whole)
{
    one o;
    one_open(&o, id, dct, text, whole);
    size_t added = 99;
    assert_int_equal(rasd_store_add(s, o.d, o.as, o.ev, &added), RASD_OK);
    one_close(&o);
    return added;
}

static void assert_counts(rasd_store *s, uint64_t articles, uint64_t reports)
{
    uint64_t a = 99, r = 99;
    rasd_store_counts(s, &a, &r);
    assert_int_equal(a, articles);
    assert_int_equal(r, reports);
}

static rasd_store *open_ok(const char *path)
{
    const char *err = NULL;
    rasd_store *s = rasd_store_open(path, &err);
    if (!s) fail_msg("rasd_store_open %s: %s", path, err ? err : "(no message)");
    return s;
}

/* Runs one SQL text on the file directly, as another program (or a person) would. */
static void sql(const char *path, const char *text)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    char *msg = NULL;
    if (sqlite3_exec(db, text, NULL, NULL, &msg) != SQLITE_OK) fail_msg("%s: %s", text, msg);
    sqlite3_close(db);
}

/* The single text value a query returns (copied into out). */
static void sql_text(const char *path, const char *query, char *out, size_t cap)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, query, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    const unsigned char *v = sqlite3_column_text(st, 0);
    snprintf(out, cap, "%s", v ? (const char *)v : "(null)");
    sqlite3_finalize(st);
    sqlite3_close(db);
}

/* ---- tests ---------------------------------------------------------------------------------- */

/* ST-1, ST-2: the same article twice adds nothing; what was stored reads back after a reopen. */
static void test_store_idempotent(void **state)
{
    tmp *t = *state;
    rasd_store *s = open_ok(t->db);
    assert_counts(s, 0, 0);
    assert_int_equal(add_one(s, "s1", "2025-02-13", call_text, false), 1);
    assert_counts(s, 1, 1);
    assert_int_equal(add_one(s, "s1", "2025-02-13", call_text, false), 0);
    assert_counts(s, 1, 1);
    /* the same text under another document id is another article */
    assert_int_equal(add_one(s, "s2", "2025-02-13", call_text, false), 1);
    assert_counts(s, 2, 2);
    rasd_store_close(s);

    s = open_ok(t->db);
    assert_counts(s, 2, 2);
    assert_int_equal(add_one(s, "s1", "2025-02-13", call_text, false), 0);
    assert_counts(s, 2, 2);
    rasd_timeline *tl = rasd_timeline_new();
    assert_int_equal(rasd_store_load(s, tl), RASD_OK);
    assert_int_equal(rasd_timeline_nreports(tl), 2);
    /* loading again adds the same reports, which the timeline already holds */
    assert_int_equal(rasd_store_load(s, tl), RASD_OK);
    assert_int_equal(rasd_timeline_nreports(tl), 2);
    rasd_timeline_free(tl);
    rasd_store_close(s);

    /* ST-4: the row holds the report's JSON object */
    char json[4096];
    sql_text(t->db, "SELECT json FROM report WHERE article_key = (SELECT key FROM article WHERE doc = 's1')",
             json, sizeof json);
    assert_non_null(strstr(json, "\"doc\":\"s1\""));
    assert_non_null(strstr(json, "Vladimir Putin"));
    assert_non_null(strstr(json, "\"type\":\"call\""));
}

/* FNV-1a, written out here as an oracle for the documented key (docs/store.md). */
static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *u = p;
    for (size_t i = 0; i < n; i++) { h ^= u[i]; h *= 0x100000001b3u; }
    return h;
}

/* ST-1: the key is the documented hash of id, article number and bytes; changed bytes under the
 * same id make a new article. The key must never change between versions: a store written by
 * an earlier rasd would take every article as new. */
static void test_store_key(void **state)
{
    tmp *t = *state;
    rasd_store *s = open_ok(t->db);
    one o;
    one_open(&o, "s1", "2025-02-13", call_text, false);
    assert_int_equal(rasd_articles_count(o.as), 1);
    size_t start, end, len;
    const rasd_article *a = rasd_articles_get(o.as, 0);
    rasd_article_span(a, &start, &end);
    const uint8_t *src = rasd_doc_source(o.d, &len);
    assert_true(start < end && end <= len);
    char num[16], want[17], got[64];
    snprintf(num, sizeof num, "%d", rasd_article_index(a));
    uint64_t h = fnv(0xcbf29ce484222325u, "s1", 3);    /* with its NUL */
    h = fnv(h, num, strlen(num) + 1);
    h = fnv(h, src + start, end - start);
    snprintf(want, sizeof want, "%016llx", (unsigned long long)h);
    size_t added = 0;
    assert_int_equal(rasd_store_add(s, o.d, o.as, o.ev, &added), RASD_OK);
    assert_int_equal(added, 1);
    one_close(&o);

    /* same id, other bytes (another weekday): a new article with its own report */
    assert_int_equal(add_one(s, "s1", "2025-02-13",
        "أجرى الرئيس الأمريكي دونالد ترمب اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين يوم الثلاثاء.", false), 1);
    assert_counts(s, 2, 2);
    rasd_store_close(s);
    sql_text(t->db, "SELECT key FROM article WHERE doc = 's1' ORDER BY added_seq LIMIT 1", got, sizeof got);
    assert_string_equal(got, want);
    /* added_seq numbers the calls that stored something, in order */
    sql_text(t->db, "SELECT group_concat(added_seq) FROM (SELECT added_seq FROM article ORDER BY added_seq)",
             got, sizeof got);
    assert_string_equal(got, "1,2");
}

/* A document tagged whole (no article from the cleaner) is stored as article 0; an article with
 * no event is stored without reports; a document with neither stores nothing. */
static void test_store_whole_and_empty(void **state)
{
    tmp *t = *state;
    rasd_store *s = open_ok(t->db);
    assert_int_equal(add_one(s, "w1", "2025-02-13", call_text, true), 1);
    assert_counts(s, 1, 1);
    assert_int_equal(add_one(s, "w1", "2025-02-13", call_text, true), 0);
    assert_counts(s, 1, 1);
    assert_int_equal(add_one(s, "n1", "2024-05-01", no_event_text, false), 1);
    assert_counts(s, 2, 1);
    assert_int_equal(add_one(s, "n2", "2024-05-01", no_event_text, true), 0);
    assert_counts(s, 2, 1);
    one o;
    one_open(&o, "e1", "2024-05-01", "x", true);
    size_t added = 99;
    assert_int_equal(rasd_store_add(s, o.d, NULL, NULL, &added), RASD_OK);
    assert_int_equal(added, 0);
    one_close(&o);
    assert_counts(s, 2, 1);
    rasd_store_close(s);
    char got[64];
    sql_text(t->db, "SELECT article FROM article WHERE doc = 'w1'", got, sizeof got);
    assert_string_equal(got, "0");
}

/* ST-2: events that are not of the articles given are refused, a failed insert is rolled back,
 * and nothing of the call stays. */
static void test_store_rollback(void **state)
{
    tmp *t = *state;
    rasd_store *s = open_ok(t->db);
    one o;
    one_open(&o, "s1", "2025-02-13", call_text, false);
    assert_int_equal(rasd_events_count(o.ev), 1);
    assert_int_equal(rasd_events_get(o.ev, 0)->article, 1);
    size_t added = 99;
    assert_int_equal(rasd_store_add(s, o.d, NULL, o.ev, &added), RASD_ERR_ARG);   /* article 1 of nothing */
    assert_int_equal(added, 0);
    assert_counts(s, 0, 0);
    assert_int_equal(rasd_store_add(s, o.d, o.as, o.ev, &added), RASD_OK);          /* the store still works */
    assert_int_equal(added, 1);
    assert_int_equal(rasd_store_add(NULL, o.d, o.as, o.ev, &added), RASD_ERR_ARG);
    one_close(&o);
    assert_counts(s, 1, 1);

    /* a report that cannot be inserted takes its article row with it */
    sql(t->db, "CREATE TRIGGER no_report BEFORE INSERT ON report BEGIN SELECT RAISE(ABORT, 'no'); END");
    one_open(&o, "s2", "2025-02-13", call_text, false);
    added = 99;
    assert_int_equal(rasd_store_add(s, o.d, o.as, o.ev, &added), RASD_ERR_IO);
    assert_int_equal(added, 0);
    assert_non_null(strstr(rasd_store_errmsg(s), "constraint"));   /* SQLite's word for RAISE(ABORT) */
    assert_counts(s, 1, 1);
    sql(t->db, "DROP TRIGGER no_report");
    assert_int_equal(rasd_store_add(s, o.d, o.as, o.ev, &added), RASD_OK);
    assert_string_equal(rasd_store_errmsg(s), "");
    assert_int_equal(added, 1);
    one_close(&o);
    assert_counts(s, 2, 2);
    rasd_store_close(s);
}

/* Open refuses what is not a store, with a message, and leaves the file as it was. */
static void test_store_not_a_database(void **state)
{
    tmp *t = *state;
    static const char garbage[] = "this is not a database, just some text that is long enough to fill "
                                  "the 100 bytes of a SQLite header and then some more text\n";
    FILE *f = fopen(t->db, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(garbage, 1, sizeof garbage - 1, f), sizeof garbage - 1);
    assert_int_equal(fclose(f), 0);
    const char *err = NULL;
    assert_null(rasd_store_open(t->db, &err));
    assert_non_null(err);
    assert_true(err[0] != 0);
    char back[sizeof garbage] = "";
    f = fopen(t->db, "rb");
    assert_non_null(f);
    assert_int_equal(fread(back, 1, sizeof back, f), sizeof garbage - 1);
    fclose(f);
    assert_memory_equal(back, garbage, sizeof garbage - 1);

    err = NULL;
    assert_null(rasd_store_open(t->dir, &err));          /* a directory */
    assert_non_null(err);
    char missing[700];
    snprintf(missing, sizeof missing, "%s/no/such/dir/rasd.db", t->dir);
    err = NULL;
    assert_null(rasd_store_open(missing, &err));
    assert_non_null(err);
    err = NULL;
    assert_null(rasd_store_open(NULL, &err));
    assert_non_null(err);
    assert_null(rasd_store_open(NULL, NULL));           /* err may be NULL */
}

/* ST-3: another program's database and a store of a newer schema are refused. */
static void test_store_foreign_and_newer(void **state)
{
    tmp *t = *state;
    sql(t->db, "CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    const char *err = NULL;
    assert_null(rasd_store_open(t->db, &err));
    assert_non_null(err);
    assert_non_null(strstr(err, "not a rasd store"));
    char got[64];
    sql_text(t->db, "PRAGMA journal_mode", got, sizeof got);
    assert_string_equal(got, "delete");                 /* left as it was: not switched to WAL */

    char newer[700];
    snprintf(newer, sizeof newer, "%s/newer.db", t->dir);
    rasd_store_close(open_ok(newer));
    sql_text(newer, "PRAGMA user_version", got, sizeof got);
    assert_string_equal(got, "1");
    sql(newer, "PRAGMA user_version = 2");
    err = NULL;
    assert_null(rasd_store_open(newer, &err));
    assert_non_null(err);
    assert_non_null(strstr(err, "newer"));
}

/* ST-4: a report row that does not read back (an edited file) makes the load fail. */
static void test_store_tampered(void **state)
{
    tmp *t = *state;
    rasd_store *s = open_ok(t->db);
    assert_int_equal(add_one(s, "s1", "2025-02-13", call_text, false), 1);
    rasd_store_close(s);
    sql(t->db, "UPDATE report SET json = '{\"doc\":'");
    s = open_ok(t->db);
    rasd_timeline *tl = rasd_timeline_new();
    assert_int_equal(rasd_store_load(s, tl), RASD_ERR_INPUT);
    assert_string_equal(rasd_store_errmsg(s), "report 1 does not read back as a report: not JSON");
    rasd_timeline_free(tl);
    rasd_store_close(s);
    sql(t->db, "UPDATE report SET json = '{\"doc\":\"s1\"}'");   /* JSON, but not a report */
    s = open_ok(t->db);
    tl = rasd_timeline_new();
    assert_int_equal(rasd_store_load(s, tl), RASD_ERR_INPUT);
    assert_non_null(strstr(rasd_store_errmsg(s), "report 1 does not read back as a report: "));
    rasd_timeline_free(tl);
    rasd_store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_store_idempotent, tmp_new, tmp_free),
        cmocka_unit_test_setup_teardown(test_store_key, tmp_new, tmp_free),
        cmocka_unit_test_setup_teardown(test_store_whole_and_empty, tmp_new, tmp_free),
        cmocka_unit_test_setup_teardown(test_store_rollback, tmp_new, tmp_free),
        cmocka_unit_test_setup_teardown(test_store_not_a_database, tmp_new, tmp_free),
        cmocka_unit_test_setup_teardown(test_store_foreign_and_newer, tmp_new, tmp_free),
        cmocka_unit_test_setup_teardown(test_store_tampered, tmp_new, tmp_free),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
