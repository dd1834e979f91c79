/* main.c — the rasd command line: options, input/output routing and exit codes, nothing else.
 * Every capability lives in librasd (include/rasd.h).
 *
 * Exit status: 0 all input read cleanly; 1 some input was skipped or repaired (each case was
 * reported on stderr with file, record and byte offset); 2 usage error; 3 output write error.
 */
#include "rasd.h"

#include <errno.h>
#include <stdbool.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_main[] =
    "usage: rasd [--version] [--help] COMMAND [OPTIONS] FILE...\n"
    "\n"
    "rasd (رصد) turns raw Arabic news into clean, dated articles and, from them, a\n"
    "source-linked timeline of political contacts.\n"
    "\n"
    "commands:\n"
    "  docs      print the articles found in the input, one JSON object per line\n"
    "  tag       print the time expressions, durations, actors and places in those articles\n"
    "  extract   print the contact events (calls, meetings, visits, talks, messages) they state\n"
    "\n"
    "Input: plain text, HTML, JSON Lines or WARC, gzip-compressed or not, detected from\n"
    "content; FILE '-' reads standard input. Run 'rasd COMMAND --help' for its options.\n"
    "\n"
    "exit status: 0 all input read; 1 some input skipped or repaired (reported on stderr);\n"
    "2 usage error; 3 output error.\n";

static const char usage_docs[] =
    "usage: rasd docs [OPTIONS] FILE...\n"
    "\n"
    "Prints one JSON object per article: doc, article, file, record, start, end, title,\n"
    "outlet, url, published, published_from, blocks [{kind, start, end, text}] and\n"
    "dropped [{reason, start, end}] (byte offsets into the document's bytes; see\n"
    "docs/formats.md). A summary goes to stderr.\n"
    "\n"
    "options:\n"
    "  --published DATE   publication date (YYYY-MM-DD or ISO date-time) for input that\n"
    "                     carries none\n"
    "  --max-doc BYTES    largest document or record read (default 67108864); larger ones\n"
    "                     are skipped and reported\n"
    "  -q, --quiet        no summary line\n"
    "  -h, --help         this help\n";

static const char usage_tag[] =
    "usage: rasd tag [--only KINDS] [OPTIONS] FILE...\n"
    "\n"
    "Prints one JSON object per mention found in the articles' title, body and caption\n"
    "blocks: doc, article, file, kind, start, end (byte offsets into the document's bytes),\n"
    "text, and value (TIMEX3 value or ISO 8601 duration) or from/to for an interval, and mod\n"
    "(APPROX, MORE_THAN, LESS_THAN, START, MID, END, ...). Relative expressions are resolved\n"
    "against each article's publication date. See docs/time.md.\n"
    "\n"
    "options:\n"
    "  --only KINDS       comma-separated: time (time expressions and durations), duration\n"
    "                     (durations only), actor (persons, with their role on the date),\n"
    "                     place (places, countries, organizations); default: time\n"
    "  --dict FILE        add a dictionary file (docs/dictionary.md) to the built-in one;\n"
    "                     repeatable; malformed lines are reported with file and line\n"
    "  --published DATE   publication date for input that carries none\n"
    "  --no-clean         the input is article text already: tag each text document (file\n"
    "                     or record) whole, without boilerplate removal or splitting; its\n"
    "                     date comes from its metadata or --published (HTML is still cleaned)\n"
    "  --max-doc BYTES    largest document or record read (default 67108864)\n"
    "  -q, --quiet        no summary line\n"
    "  -h, --help         this help\n";

static const char usage_extract[] =
    "usage: rasd extract [OPTIONS] FILE...\n"
    "\n"
    "Prints one JSON object per contact event stated in the articles' title, body and caption\n"
    "blocks: doc, article, file, type (call, video_call, meeting, visit, talks, message),\n"
    "status (occurred, planned, cancelled, denied, proposed), date (ISO at its grain, or null)\n"
    "and date_text, participants (canonical English names, the initiator first when known),\n"
    "initiator, location (a venue's city) and venue, duration_min and duration_mod, topics,\n"
    "cameo, plover, and evidence (the sentence's byte span and text). See docs/events.md.\n"
    "\n"
    "options:\n"
    "  --dict FILE        add a dictionary file (docs/dictionary.md): persons, places, titles,\n"
    "                     triggers, cues; repeatable\n"
    "  --published DATE   publication date for input that carries none\n"
    "  --max-doc BYTES    largest document or record read (default 67108864)\n"
    "  -q, --quiet        no summary line\n"
    "  -h, --help         this help\n";

static const char usage_timeline[] =
    "usage: rasd timeline [--format F] [FILTERS] [OPTIONS] FILE...\n"
    "\n"
    "Extracts the contact events of the input and merges the reports of each real-world\n"
    "contact into one row: type, status, date, participants, initiator, location, venue,\n"
    "duration_min, topics, cameo, plover, sources (each report with file, doc, outlet,\n"
    "published, what it said and its evidence span) and conflicts (fields on which the\n"
    "sources disagree). See docs/timeline.md.\n"
    "\n"
    "options:\n"
    "  --format F         jsonl (default), csv, md, or html (a self-contained page)\n"
    "  --actor NAME       only rows with this participant (a surname is enough)\n"
    "  --from DATE        only rows dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)\n"
    "  --to DATE          only rows dated on or before DATE\n"
    "  --type T           only rows of this type (call, video_call, meeting, visit, talks,\n"
    "                     message)\n"
    "  --status S         only rows with this status (occurred, planned, cancelled, denied,\n"
    "                     proposed)\n"
    "  --dict FILE        add a dictionary file (docs/dictionary.md); repeatable\n"
    "  --published DATE   publication date for input that carries none\n"
    "  --max-doc BYTES    largest document or record read (default 67108864)\n"
    "  -q, --quiet        no summary line\n"
    "  -h, --help         this help\n";

static const char usage_merge[] =
    "usage: rasd merge [--format F] [FILTERS] [-q] TIMELINE.jsonl...\n"
    "\n"
    "Reads timelines written by 'rasd timeline' (JSON Lines; parts of one, made by separate\n"
    "processes or machines) and writes the timeline of all their reports: the same rows as\n"
    "one 'rasd timeline' over all the input. Merging is associative, commutative and\n"
    "idempotent. Malformed lines are reported with file, line and byte offset.\n"
    "\n"
    "options: --format, --actor, --from, --to, --type, --status, -q as for 'rasd timeline'.\n";

static const char usage_db[] =
    "usage: rasd db add [--db PATH] [OPTIONS] FILE...\n"
    "       rasd db query [--db PATH] [--actor NAME] [--from DATE] [--to DATE] [--type T]\n"
    "                     [--status S] [--format F]\n"
    "       rasd db export [--db PATH] [--format F]\n"
    "\n"
    "A persistent timeline in a SQLite store (default ./rasd.db, WAL journal). 'add' extracts\n"
    "the events of each article and stores them, one transaction per document: an article\n"
    "already stored (same document id and bytes) adds nothing, and a run killed midway keeps\n"
    "every document it committed. 'query' and 'export' merge the stored reports into the\n"
    "timeline and write the rows that match (formats as for 'rasd timeline'). See docs/store.md.\n"
    "\n"
    "add takes --dict, --published, --max-doc and -q as 'rasd timeline' does.\n";

typedef struct opts {
    const char *published;
    unsigned kinds;
    size_t max_doc;
    int quiet;
    int no_clean;
    const char **dicts;
    int ndicts;
    const char **files;
    int nfiles;
    const char *format;
    const char *db;
    int db_no_files;            /* db query / db export read no input */
    rasd_filter filter;
} opts;

static void print_diag(const rasd_diag *d, void *user)
{
    (void)user;
    if (d->record > 0)
        fprintf(stderr, "rasd: %s: record %lld: byte %llu: %s\n", d->file, (long long)d->record,
                (unsigned long long)d->offset, d->message);
    else
        fprintf(stderr, "rasd: %s: byte %llu: %s\n", d->file, (unsigned long long)d->offset, d->message);
}

static int usage_error(const char *msg, const char *arg)
{
    fprintf(stderr, "rasd: %s%s%s\nTry 'rasd --help'.\n", msg, arg ? ": " : "", arg ? arg : "");
    return 2;
}

/* Parses the options shared by the commands. Returns -1 when parsing went well, else an exit
 * status (0 after --help). */
static int parse(int argc, char **argv, const char *help, opts *o)
{
    o->files = calloc((size_t)argc, sizeof *o->files);
    o->dicts = calloc((size_t)argc, sizeof *o->dicts);
    if (!o->files || !o->dicts) { fprintf(stderr, "rasd: out of memory\n"); return 2; }
    int only_files = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (only_files || a[0] != '-' || strcmp(a, "-") == 0) { o->files[o->nfiles++] = a; continue; }
        if (strcmp(a, "--") == 0) { only_files = 1; continue; }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) { fputs(help, stdout); return 0; }
        if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) { o->quiet = 1; continue; }
        if (strcmp(a, "--no-clean") == 0 && help == usage_tag) { o->no_clean = 1; continue; }
        if (strcmp(a, "--dict") == 0 && (help == usage_tag || help == usage_extract || help == usage_timeline || help == usage_db)) {
            if (i + 1 >= argc) return usage_error("option needs a value", a);
            o->dicts[o->ndicts++] = argv[++i];
            continue;
        }
        if (strcmp(a, "--only") == 0) {
            if (i + 1 >= argc) return usage_error("option needs a value", a);
            const char *v = argv[++i];
            o->kinds = 0;
            for (const char *p = v; *p;) {
                const char *e = strchr(p, ',');
                size_t n = e ? (size_t)(e - p) : strlen(p);
                if (n == 4 && strncmp(p, "time", 4) == 0) o->kinds |= RASD_TAG_TIME | RASD_TAG_DURATION;
                else if (n == 8 && strncmp(p, "duration", 8) == 0) o->kinds |= RASD_TAG_DURATION;
                else if (n == 5 && strncmp(p, "actor", 5) == 0) o->kinds |= RASD_TAG_ACTOR;
                else if (n == 5 && strncmp(p, "place", 5) == 0) o->kinds |= RASD_TAG_PLACE;
                else return usage_error("--only takes time, duration, actor and place", v);
                p += n + (e != NULL);
            }
            if (!o->kinds) return usage_error("--only needs a kind", v);
            continue;
        }
        if (help == usage_timeline || help == usage_merge || help == usage_db) {
            static const char *const names[] = {"--format", "--actor", "--from", "--to", "--type", "--status", "--db"};
            int which = -1;
            for (int k = 0; k < 7; k++) if (strcmp(a, names[k]) == 0) which = k;
            if (which >= 0) {
                if (i + 1 >= argc) return usage_error("option needs a value", a);
                const char *v = argv[++i];
                const char **slot[] = {&o->format, &o->filter.actor, &o->filter.from, &o->filter.to,
                                       &o->filter.type, &o->filter.status, &o->db};
                *slot[which] = v;
                continue;
            }
        }
        if (strcmp(a, "--published") == 0 || strcmp(a, "--max-doc") == 0) {
            if (i + 1 >= argc) return usage_error("option needs a value", a);
            const char *v = argv[++i];
            if (a[2] == 'p') { o->published = v; continue; }
            char *end;
            errno = 0;
            unsigned long long n = strtoull(v, &end, 10);
            if (errno || *end || n == 0 || v[0] == '-') return usage_error("--max-doc needs a positive number of bytes", v);
            o->max_doc = (size_t)n;
            continue;
        }
        return usage_error("unknown option", a);
    }
    if (o->format && strcmp(o->format, "jsonl") && strcmp(o->format, "csv") && strcmp(o->format, "md") &&
        strcmp(o->format, "html"))
        return usage_error("--format takes jsonl, csv, md or html", o->format);
    if (o->nfiles == 0 && !o->db_no_files) return usage_error("no input files (use '-' for standard input)", NULL);
    return -1;
}

enum { CMD_DOCS, CMD_TAG, CMD_EXTRACT, CMD_TIMELINE, CMD_MERGE, CMD_DB_ADD, CMD_DB_READ };

static const char *const usages[] = {usage_docs, usage_tag, usage_extract, usage_timeline, usage_merge, usage_db, usage_db};

static void free_opts(opts *o)
{
    free(o->files);
    free(o->dicts);
}

static void summary(const opts *o, const rasd_ctx *ctx, const char *unit)
{
    if (o->quiet) return;
    rasd_counts c = rasd_get_counts(ctx);
    if (unit)
        fprintf(stderr, "rasd: %llu %s read, %llu skipped, %llu with warnings\n", (unsigned long long)c.documents,
                unit, (unsigned long long)c.skipped, (unsigned long long)c.warnings);
    else
        fprintf(stderr, "rasd: %llu documents, %llu articles, %llu skipped, %llu with warnings\n",
                (unsigned long long)c.documents, (unsigned long long)c.articles,
                (unsigned long long)c.skipped, (unsigned long long)c.warnings);
}

/* Builds tl and writes it in the chosen format; prints how many rows. Returns false on a write error. */
static bool write_timeline(const opts *o, rasd_timeline *tl)
{
    rasd_timeline_build(tl);
    bool ok = rasd_timeline_write(tl, o->format ? o->format : "jsonl", &o->filter, stdout) == RASD_OK;
    if (!o->quiet)
        fprintf(stderr, "rasd: timeline of %zu rows from %zu reports\n", rasd_timeline_count(tl),
                rasd_timeline_nreports(tl));
    return ok;
}

/* Runs a command over every input file; returns the exit status. */
static int run(int argc, char **argv, int cmd)
{
    opts o = {0};
    bool tag = cmd == CMD_TAG;
    o.db_no_files = cmd == CMD_DB_READ;
    int rc = parse(argc, argv, usages[cmd], &o);
    if (rc >= 0) { free_opts(&o); return rc; }
    if (cmd == CMD_DB_READ && o.nfiles) { free_opts(&o); return usage_error("db query and db export read no files", o.files[0]); }
    if (!o.kinds) o.kinds = RASD_TAG_TIME | RASD_TAG_DURATION;
    rasd_ctx *ctx = rasd_ctx_new();
    rasd_set_diag(ctx, print_diag, NULL);
    if (o.published && rasd_set_published(ctx, o.published) != RASD_OK) {
        rasd_ctx_free(ctx);
        free_opts(&o);
        return usage_error("--published needs an ISO date (YYYY-MM-DD)", o.published);
    }
    if (o.max_doc) rasd_set_max_doc(ctx, o.max_doc);
    for (int i = 0; i < o.ndicts; i++)
        if (rasd_add_dict(ctx, o.dicts[i]) != RASD_OK) {
            fprintf(stderr, "rasd: %s: cannot read dictionary\n", o.dicts[i]);
            rasd_ctx_free(ctx);
            free_opts(&o);
            return 2;
        }
    rasd_timeline *tl = cmd == CMD_TIMELINE || cmd == CMD_MERGE || cmd == CMD_DB_READ ? rasd_timeline_new() : NULL;
    rasd_store *store = NULL;
    if (cmd == CMD_DB_ADD || cmd == CMD_DB_READ) {
        const char *err = NULL;
        store = rasd_store_open(o.db ? o.db : "rasd.db", &err);
        if (!store) {
            fprintf(stderr, "rasd: %s: %s\n", o.db ? o.db : "rasd.db", err ? err : "cannot open the store");
            rasd_timeline_free(tl);
            rasd_ctx_free(ctx);
            free_opts(&o);
            return 2;
        }
    }
    int write_error = 0, store_error = 0;
    size_t added = 0;
    for (int i = 0; i < o.nfiles && !write_error && !store_error; i++) {
        if (cmd == CMD_MERGE) { rasd_timeline_read(tl, ctx, o.files[i]); continue; }
        rasd_reader *r = rasd_reader_open(ctx, o.files[i]);
        if (!r) continue;
        const rasd_doc *d;
        while (!write_error && !store_error && (d = rasd_reader_next(r))) {
            rasd_articles *as = o.no_clean && !rasd_doc_is_html(d) ? NULL : rasd_clean(ctx, d);
            if (cmd == CMD_EXTRACT || cmd == CMD_TIMELINE || cmd == CMD_DB_ADD) {
                rasd_events *ev = rasd_extract(ctx, d, as);
                if (cmd == CMD_TIMELINE) rasd_timeline_add_events(tl, ev);
                for (size_t k = 0; cmd == CMD_EXTRACT && k < rasd_events_count(ev); k++)
                    if (rasd_event_write_json(ev, k, stdout) != RASD_OK) write_error = 1;
                size_t n = 0;
                if (cmd == CMD_DB_ADD && rasd_store_add(store, d, as, ev, &n) != RASD_OK) {
                    fprintf(stderr, "rasd: %s: document %s not stored (%s); stopping\n", o.files[i], rasd_doc_id(d),
                            rasd_store_errmsg(store));
                    store_error = 1;
                }
                added += n;
                rasd_events_free(ev);
            } else if (tag) {
                rasd_mentions *m = rasd_tag(ctx, d, as, o.kinds);
                for (size_t k = 0; k < rasd_mentions_count(m); k++)
                    if (rasd_mention_write_json(m, k, stdout) != RASD_OK) write_error = 1;
                rasd_mentions_free(m);
            } else {
                for (size_t k = 0; k < rasd_articles_count(as); k++)
                    if (rasd_article_write_json(rasd_articles_get(as, k), stdout) != RASD_OK) write_error = 1;
            }
            rasd_articles_free(as);
        }
        rasd_reader_close(r);
    }
    if (cmd == CMD_DB_READ && rasd_store_load(store, tl) != RASD_OK) {
        fprintf(stderr, "rasd: %s: the store could not be read: %s\n", o.db ? o.db : "rasd.db", rasd_store_errmsg(store));
        store_error = 1;
    }
    if (tl && !store_error && !write_timeline(&o, tl)) write_error = 1;
    if (fflush(stdout) != 0 || ferror(stdout)) write_error = 1;
    if (cmd == CMD_DB_ADD && !o.quiet) {
        uint64_t na = 0, nr = 0;
        rasd_store_counts(store, &na, &nr);
        fprintf(stderr, "rasd: %zu new articles stored; the store holds %llu articles and %llu reports\n", added,
                (unsigned long long)na, (unsigned long long)nr);
    }
    if (cmd != CMD_DB_READ) summary(&o, ctx, cmd == CMD_MERGE ? "timeline rows" : NULL);
    rasd_counts c = rasd_get_counts(ctx);
    rasd_store_close(store);
    rasd_timeline_free(tl);
    rasd_ctx_free(ctx);
    free_opts(&o);
    if (write_error) { fprintf(stderr, "rasd: error writing output\n"); return 3; }
    if (store_error) return 3;
    return c.skipped || c.warnings ? 1 : 0;
}

int main(int argc, char **argv)
{
    /* Each document's text layer takes a few hundred kilobytes and gives them back: with glibc's
     * defaults they come from mmap, or the heap top is trimmed after every document, so each new
     * document pays page faults again (a fifth of the time over thousands of small files). */
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    if (argc < 2) { fputs(usage_main, stderr); return 2; }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_main, stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) { printf("rasd %s\n", RASD_VERSION); return 0; }
    if (strcmp(cmd, "docs") == 0) return run(argc - 2, argv + 2, CMD_DOCS);
    if (strcmp(cmd, "tag") == 0) return run(argc - 2, argv + 2, CMD_TAG);
    if (strcmp(cmd, "extract") == 0) return run(argc - 2, argv + 2, CMD_EXTRACT);
    if (strcmp(cmd, "timeline") == 0) return run(argc - 2, argv + 2, CMD_TIMELINE);
    if (strcmp(cmd, "merge") == 0) return run(argc - 2, argv + 2, CMD_MERGE);
    if (strcmp(cmd, "db") == 0) {
        const char *sub = argc > 2 ? argv[2] : "";
        if (strcmp(sub, "add") == 0) return run(argc - 3, argv + 3, CMD_DB_ADD);
        if (strcmp(sub, "query") == 0 || strcmp(sub, "export") == 0) return run(argc - 3, argv + 3, CMD_DB_READ);
        if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0) { fputs(usage_db, stdout); return 0; }
        return usage_error("db needs add, query or export", sub);
    }
    return usage_error("unknown command", cmd);
}
