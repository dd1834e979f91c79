/* store.c — the persistent timeline: articles and their reports in one SQLite file (docs/store.md).
 *
 * Exports rasd_store_open, _close, _add, _load and _counts (include/rasd.h, "store").
 *
 * Rules it implements (issue: `rasd db add`):
 *   ST-1 idempotent ingest: an article is keyed by a hash of its document id, its number in the
 *        document and its bytes (article_key); an article whose key is stored already is not
 *        stored again, and neither are its reports.
 *   ST-2 all or nothing: one rasd_store_add is one transaction (BEGIN IMMEDIATE … COMMIT); an
 *        article row and all of its reports are committed together or not at all, so a process
 *        killed mid-ingest leaves every earlier document whole and no trace of the one in hand.
 *   ST-3 a versioned schema: PRAGMA user_version holds SCHEMA_VERSION and application_id holds
 *        RASD_APP_ID; a newer version, or a database of some other program, is refused at open.
 *   ST-4 a report is stored as the JSON object rasd_report_json writes (a timeline row's source),
 *        and loaded back through rasd_report_from_json, so the store, `rasd extract` and the
 *        timeline share one record format.
 *
 * Limits: one rasd_store is one SQLite connection; use it from one thread at a time (several
 * processes may share the file: writers queue on the write lock for up to BUSY_MS). The article
 * key is 64 bits: two different articles share a key with probability about n²/2⁶⁵ for n stored
 * articles (3·10⁻⁶ at ten million), in which case the second is taken as already stored.
 */
#include "merge/merge.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

enum {
    SCHEMA_VERSION = 1,
    RASD_APP_ID = 0x72617364,   /* "rasd" in ASCII: PRAGMA application_id of every store */
    BUSY_MS = 5000              /* how long a writer waits for another process's transaction */
};

/* The schema of version 1, created in the same transaction that sets the version (ST-3), so
 * a store is never seen half-created. article.added_seq numbers the rasd_store_add calls that
 * stored something, in order: articles stored by the same call share it. */
static const char schema_sql[] =
    "CREATE TABLE article("
    " key TEXT PRIMARY KEY,"            /* article_key(): 16 lower-case hex digits */
    " file TEXT,"                       /* input path as given when first stored */
    " doc TEXT NOT NULL,"               /* document id */
    " article INTEGER NOT NULL,"        /* 1-based number in the document; 0: the whole document */
    " outlet TEXT,"
    " published TEXT,"
    " added_seq INTEGER NOT NULL"
    ") WITHOUT ROWID;"
    "CREATE INDEX article_added_seq ON article(added_seq);"
    "CREATE TABLE report("
    " id INTEGER PRIMARY KEY,"
    " article_key TEXT NOT NULL REFERENCES article(key),"
    " json TEXT NOT NULL"               /* rasd_report_json's object (ST-4) */
    ");"
    "CREATE INDEX report_article ON report(article_key);"
    "PRAGMA user_version = 1;"
    "PRAGMA application_id = 1918989156;";   /* RASD_APP_ID in decimal */
_Static_assert(SCHEMA_VERSION == 1 && RASD_APP_ID == 1918989156, "schema_sql is out of step");

struct rasd_store {
    sqlite3 *db;
    sqlite3_stmt *begin, *commit, *rollback;
    sqlite3_stmt *next_seq;     /* the added_seq for this call's articles */
    sqlite3_stmt *ins_article;  /* ?1 key … ?7 added_seq; does nothing for a stored key (ST-1) */
    sqlite3_stmt *ins_report;   /* ?1 article_key, ?2 json */
    sqlite3_stmt *load;         /* every report's JSON, in the order stored */
    sqlite3_stmt *count;        /* articles, reports */
    rasd_buf json;              /* one report's JSON, reused from report to report */
    char err[256];              /* rasd_store_errmsg: the last failure, "" after a success */
};

const char *rasd_store_errmsg(const rasd_store *s) { return s ? s->err : ""; }

/* ---- small SQLite helpers ------------------------------------------------------------------ */

/* Runs a statement that returns no row, then resets it and clears its bindings (so no pointer
 * bound to it outlives the call). Returns SQLITE_OK, or the SQLite error code. */
static int step_done(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The integer a one-row query (a PRAGMA) returns, in *out. Returns SQLITE_OK or the error code. */
static int query_int(sqlite3 *db, const char *sql, sqlite3_int64 *out)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) return rc;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) { *out = sqlite3_column_int64(st, 0); rc = SQLITE_OK; }
    else if (rc == SQLITE_DONE) rc = SQLITE_ERROR;
    sqlite3_finalize(st);
    return rc;
}

/* PRAGMA journal_mode=WAL; true if the store is now in WAL mode. It is not on a file system
 * without shared memory for the WAL index, nor on a read-only file that is not in WAL mode yet. */
static bool set_wal(sqlite3 *db)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "PRAGMA journal_mode=WAL", -1, &st, NULL) != SQLITE_OK) return false;
    bool ok = false;
    if (sqlite3_step(st) == SQLITE_ROW) {
        const char *mode = (const char *)sqlite3_column_text(st, 0);
        ok = mode && strcmp(mode, "wal") == 0;
    }
    sqlite3_finalize(st);
    return ok;
}

/* ---- open and close --------------------------------------------------------------------- */

/* Checks the version and owner of the file (ST-3). Returns NULL if it is a rasd store of a
 * version this code reads (*empty: a new, empty database that needs the schema), else why not,
 * as a static string. */
static const char *check_schema(sqlite3 *db, bool *empty)
{
    sqlite3_int64 version, app, objects;
    int rc = query_int(db, "PRAGMA user_version", &version);
    if (rc == SQLITE_OK) rc = query_int(db, "PRAGMA application_id", &app);
    if (rc == SQLITE_OK) rc = query_int(db, "SELECT count(*) FROM sqlite_master", &objects);
    if (rc != SQLITE_OK) return sqlite3_errstr(rc);     /* "file is not a database", ... */
    *empty = version == 0 && objects == 0;
    if (*empty) return NULL;
    if (app != RASD_APP_ID) return "not a rasd store (a SQLite database of another program)";
    if (version > SCHEMA_VERSION) return "the store was written by a newer rasd (its schema version is not known here)";
    if (version < 1) return "not a rasd store (no schema version)";
    return NULL;
}

/* Creates the schema in a new database, in one transaction. The check is repeated inside it:
 * another process may have created the schema since check_schema ran. */
static const char *create_schema(sqlite3 *db)
{
    int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (rc != SQLITE_OK) return sqlite3_errstr(rc);
    bool empty = false;
    const char *why = check_schema(db, &empty);
    if (!why && empty) {
        rc = sqlite3_exec(db, schema_sql, NULL, NULL, NULL);
        if (rc != SQLITE_OK) why = sqlite3_errstr(rc);
    }
    if (!why) {
        rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
        if (rc != SQLITE_OK) why = sqlite3_errstr(rc);
    }
    if (why && !sqlite3_get_autocommit(db)) sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    return why;
}

static int prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st)
{
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
}

void rasd_store_close(rasd_store *s)
{
    if (!s) return;
    sqlite3_stmt *all[] = {s->begin, s->commit, s->rollback, s->next_seq, s->ins_article,
                           s->ins_report, s->load, s->count};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) sqlite3_finalize(all[i]);   /* NULL: no-op */
    /* the last connection to close checkpoints the WAL into the database and removes it */
    sqlite3_close(s->db);
    rasd_buf_free(&s->json);
    free(s);
}

rasd_store *rasd_store_open(const char *path, const char **err)
{
    const char *unused;
    if (!err) err = &unused;
    *err = NULL;
    if (!path || !path[0]) { *err = "no store path given"; return NULL; }
    rasd_store *s = rasd_xalloc(sizeof *s);
    int rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK) { *err = sqlite3_errstr(rc); goto fail; }
    sqlite3_busy_timeout(s->db, BUSY_MS);
    /* Read the header before anything writes: a file that is not a database, or another
     * program's database, must be left as it was (not switched to WAL). */
    bool empty = false;
    if ((*err = check_schema(s->db, &empty)) != NULL) goto fail;
    /* WAL: readers (`rasd db query`) never block the writer, and a commit appends to the -wal
     * file instead of rewriting pages in place. synchronous=NORMAL then syncs the WAL only at
     * checkpoints, not at every commit: a power loss or OS crash may lose the last few commits,
     * but never corrupts the store (WAL frames carry checksums; a torn transaction is ignored on
     * recovery). A killed process loses nothing it committed: the commit's frames were written
     * to the -wal file, which the OS keeps, before COMMIT returned. */
    if (!set_wal(s->db)) { *err = "cannot use a WAL journal for this file (read-only, or a network file system?)"; goto fail; }
    rc = sqlite3_exec(s->db, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON", NULL, NULL, NULL);
    if (rc != SQLITE_OK) { *err = sqlite3_errstr(rc); goto fail; }
    if (empty && (*err = create_schema(s->db)) != NULL) goto fail;
    if ((rc = prepare(s->db, "BEGIN IMMEDIATE", &s->begin)) != SQLITE_OK ||
        (rc = prepare(s->db, "COMMIT", &s->commit)) != SQLITE_OK ||
        (rc = prepare(s->db, "ROLLBACK", &s->rollback)) != SQLITE_OK ||
        (rc = prepare(s->db, "SELECT coalesce(max(added_seq), 0) + 1 FROM article", &s->next_seq)) != SQLITE_OK ||
        /* ON CONFLICT(key) DO NOTHING rather than INSERT OR IGNORE: only a stored key is
         * passed over; any other failed constraint stays an error */
        (rc = prepare(s->db, "INSERT INTO article(key, file, doc, article, outlet, published, added_seq) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(key) DO NOTHING",
                      &s->ins_article)) != SQLITE_OK ||
        (rc = prepare(s->db, "INSERT INTO report(article_key, json) VALUES (?1, ?2)", &s->ins_report)) != SQLITE_OK ||
        (rc = prepare(s->db, "SELECT json FROM report ORDER BY id", &s->load)) != SQLITE_OK ||
        (rc = prepare(s->db, "SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM report)",
                      &s->count)) != SQLITE_OK) {
        *err = sqlite3_errstr(rc);
        goto fail;
    }
    return s;
fail:
    if (!*err) *err = "cannot open the store";
    rasd_store_close(s);
    return NULL;
}

/* ---- add ------------------------------------------------------------------------------------ */

/* ST-1: FNV-1a (64 bits) over the document id, a NUL, the article number in decimal, a NUL and
 * the article's bytes, fed part by part so the bytes are not copied. Neither the id (a C string)
 * nor the number holds a NUL, so the three parts cannot run into each other. The key must never
 * change: a store written by an earlier rasd would take every article as new. */
static uint64_t fnv1a(uint64_t h, const void *p, size_t n)
{
    const uint8_t *u = p;
    for (size_t i = 0; i < n; i++) h = (h ^ u[i]) * 0x100000001b3u;
    return h;
}

/* The key of an article as 16 lower-case hex digits and a NUL in out. */
static void article_key(const char *doc, int index, const uint8_t *bytes, size_t n, char out[17])
{
    char num[16];
    int nn = snprintf(num, sizeof num, "%d", index);
    uint64_t h = fnv1a(0xcbf29ce484222325u, doc, strlen(doc) + 1);    /* with the NULs */
    h = fnv1a(h, num, (size_t)nn + 1);
    h = fnv1a(h, bytes, n);
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

typedef enum { SLOT_UNTRIED, SLOT_NEW, SLOT_HELD } slot_state;

/* An article of the document being added: its key and whether this call stored it. */
typedef struct slot {
    int index;              /* rasd_article_index; 0 for the whole document */
    slot_state state;       /* UNTRIED only for the whole-document slot before its first report */
    char key[17];
} slot;

typedef struct add_job {
    rasd_store *s;
    const rasd_doc *d;
    slot *slots;            /* the articles of `as`, then one slot for article 0 */
    size_t nslots;
    sqlite3_int64 seq;      /* added_seq of this call */
    size_t added;           /* articles stored by this call */
    int rc;                 /* the first SQLite error, SQLITE_OK while there is none */
    bool stray;             /* an event named an article that `as` does not have */
} add_job;

/* Inserts the article row of sl unless its key is stored already; sets sl->state. */
static int insert_article(add_job *j, slot *sl, const char *outlet, const char *published)
{
    sqlite3_stmt *st = j->s->ins_article;
    const char *file = rasd_doc_file(j->d), *doc = rasd_doc_id(j->d);
    sqlite3_bind_text(st, 1, sl->key, 16, SQLITE_STATIC);
    if (file) sqlite3_bind_text(st, 2, file, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, doc ? doc : "", -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 4, sl->index);
    if (outlet) sqlite3_bind_text(st, 5, outlet, -1, SQLITE_STATIC);
    if (published) sqlite3_bind_text(st, 6, published, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 7, j->seq);
    int rc = step_done(st);       /* unbound parameters (file, outlet, published) are NULL */
    if (rc != SQLITE_OK) return rc;
    sl->state = sqlite3_changes(j->s->db) == 1 ? SLOT_NEW : SLOT_HELD;
    if (sl->state == SLOT_NEW) j->added++;
    return SQLITE_OK;
}

/* rasd_reports_of_events callback: stores r if its article was stored by this call. */
static void store_report(const rasd_report *r, void *user)
{
    add_job *j = user;
    if (j->rc != SQLITE_OK || j->stray) return;
    slot *sl = NULL;
    for (size_t i = 0; i < j->nslots && !sl; i++)
        if (j->slots[i].index == r->article) sl = &j->slots[i];
    if (!sl) { j->stray = true; return; }
    /* Article 0 is the whole document, tagged when the cleaner found no article; its row is
     * made with its first report, which carries what is known of its outlet and date. */
    if (sl->state == SLOT_UNTRIED && (j->rc = insert_article(j, sl, r->outlet, r->published)) != SQLITE_OK) return;
    if (sl->state != SLOT_NEW) return;   /* stored by an earlier call, with all its reports */
    rasd_buf *b = &j->s->json;
    b->len = 0;
    rasd_report_json(b, r);
    if (b->len > (size_t)0x7fffffff) { j->rc = SQLITE_TOOBIG; return; }
    sqlite3_stmt *st = j->s->ins_report;
    sqlite3_bind_text(st, 1, sl->key, 16, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, b->p, (int)b->len, SQLITE_STATIC);
    j->rc = step_done(st);
}

/* ST-1, ST-2. Beyond rasd.h's contract: returns RASD_ERR_ARG for a NULL s or d, and for events
 * that name an article `as` does not have (events of another document, or of other articles);
 * RASD_ERR_IO when SQLite fails (a full disk, another writer holding the lock for BUSY_MS). In
 * both cases nothing of the call is stored and *added is 0. */
rasd_status rasd_store_add(rasd_store *s, const rasd_doc *d, const rasd_articles *as,
                           const rasd_events *ev, size_t *added)
{
    if (added) *added = 0;
    if (!s || !d) return RASD_ERR_ARG;
    s->err[0] = 0;
    size_t n = as ? rasd_articles_count(as) : 0, nev = rasd_events_count(ev);
    if (n == 0 && nev == 0) return RASD_OK;      /* nothing to store */
    size_t len;
    const uint8_t *src = rasd_doc_source(d, &len);
    const char *doc = rasd_doc_id(d);
    if (!doc) doc = "";
    add_job j = {s, d, rasd_xalloc((n + 1) * sizeof(slot)), n + 1, 0, 0, SQLITE_OK, false};
    for (size_t i = 0; i < n; i++) {
        const rasd_article *a = rasd_articles_get(as, i);
        size_t start, end;
        rasd_article_span(a, &start, &end);
        if (end > len) end = len;
        if (start > end) start = end;
        j.slots[i].index = rasd_article_index(a);
        article_key(doc, j.slots[i].index, src ? src + start : NULL, end - start, j.slots[i].key);
    }
    j.slots[n].index = 0;
    article_key(doc, 0, src, src ? len : 0, j.slots[n].key);

    int rc = step_done(s->begin);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(s->next_seq);
        if (rc == SQLITE_ROW) { j.seq = sqlite3_column_int64(s->next_seq, 0); rc = SQLITE_OK; }
        sqlite3_reset(s->next_seq);
    }
    for (size_t i = 0; i < n && rc == SQLITE_OK; i++) {
        const rasd_article *a = rasd_articles_get(as, i);
        rc = insert_article(&j, &j.slots[i], rasd_article_outlet(a), rasd_article_published(a, NULL));
    }
    if (rc == SQLITE_OK && nev) {
        rasd_reports_of_events(ev, store_report, &j);
        rc = j.rc;
    }
    rasd_status status = rc != SQLITE_OK ? RASD_ERR_IO : j.stray ? RASD_ERR_ARG : RASD_OK;
    if (status == RASD_OK && (rc = step_done(s->commit)) != SQLITE_OK) status = RASD_ERR_IO;
    if (status == RASD_ERR_IO) snprintf(s->err, sizeof s->err, "%s", sqlite3_errstr(rc));   /* before the rollback */
    else if (status == RASD_ERR_ARG) snprintf(s->err, sizeof s->err, "events of an article the document does not have");
    /* ST-2: on any failure nothing of this call stays. SQLite may have rolled back already
     * (after an I/O error or a full disk); then the connection is back in autocommit mode. */
    if (status != RASD_OK && !sqlite3_get_autocommit(s->db)) step_done(s->rollback);
    if (status == RASD_OK && added) *added = j.added;
    free(j.slots);
    return status;
}

/* ---- load and count --------------------------------------------------------------------- */

/* ST-4. Returns RASD_ERR_INPUT at the first row that does not read back as a report, RASD_ERR_IO
 * when SQLite fails; the reports added to tl before either stay there. */

rasd_status rasd_store_load(rasd_store *s, rasd_timeline *tl)
{
    if (!s || !tl) return RASD_ERR_ARG;
    rasd_arena *a = rasd_arena_new();   /* one report's strings at a time: the timeline copies */
    rasd_status status = RASD_OK;
    int rc;
    uint64_t row = 0;
    s->err[0] = 0;
    /* one statement reads one snapshot: a concurrent `db add` is either all seen or not at all */
    while ((rc = sqlite3_step(s->load)) == SQLITE_ROW) {
        const char *text = (const char *)sqlite3_column_text(s->load, 0);
        size_t n = (size_t)sqlite3_column_bytes(s->load, 0);
        json_error_t jerr;
        json_t *o = text ? json_loadb(text, n, 0, &jerr) : NULL;
        rasd_report r;
        const char *why = "";
        /* a row that does not read back was not written by rasd_store_add: the file was edited */
        bool ok = o && rasd_report_from_json(o, &r, a, &why);
        if (ok) rasd_timeline_add_report(tl, &r);
        json_decref(o);
        rasd_arena_reset(a);
        row++;
        if (!ok) {
            snprintf(s->err, sizeof s->err, "report %llu does not read back as a report: %s", (unsigned long long)row,
                     o ? why : "not JSON");
            status = RASD_ERR_INPUT;
            break;
        }
    }
    if (status == RASD_OK && rc != SQLITE_DONE) {
        status = RASD_ERR_IO;
        snprintf(s->err, sizeof s->err, "%s", sqlite3_errmsg(s->db));
    }
    sqlite3_reset(s->load);
    rasd_arena_free(a);
    return status;
}

void rasd_store_counts(rasd_store *s, uint64_t *articles, uint64_t *reports)
{
    uint64_t na = 0, nr = 0;
    if (s && sqlite3_step(s->count) == SQLITE_ROW) {
        na = (uint64_t)sqlite3_column_int64(s->count, 0);
        nr = (uint64_t)sqlite3_column_int64(s->count, 1);
    }
    if (s) sqlite3_reset(s->count);
    if (articles) *articles = na;
    if (reports) *reports = nr;
}
