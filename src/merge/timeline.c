/* timeline.c — reports of one real-world contact merged into one row (docs/timeline.md).
 *
 * A timeline is a set of reports; its rows are a function of that set alone. Reports are kept
 * once each (by identity: file, document, article, evidence span, type, status, date and
 * participants), sorted
 * into a canonical order, and clustered greedily in that order, so that building the union of
 * two timelines' reports gives exactly the rows of processing all their input at once — which
 * makes `rasd merge` associative, commutative and idempotent.
 *
 *   MRG-1 same contact: the same set of participants, compatible types (call ~ video_call ~
 *         meeting ~ visit ~ talks chains by kind: a call is not a meeting; a message only
 *         matches a message), and compatible dates, with every report already in the row
 *   MRG-2 compatible dates: day ranges that overlap (a day within its month or week); a
 *         weekday constraint and a day on that weekday; two days one apart when the later comes
 *         from an article published in the small hours (its "اليوم" may be yesterday)
 *   MRG-3 an undated report joins the row of the nearest dated report before it of the same
 *         article and status that it is compatible with (the article's own contact, named
 *         again), else of the nearest after it — never one from its own sentence, which tells
 *         another contact; else the row of other undated reports of the same status; else its
 *         own row
 *   MRG-4 a report coarser than a day whose place differs from a row's places starts its own row
 *   MRG-5 consensus: type, date (finest grain given; the most sources, small-hours sources
 *         counting less), duration, place and initiator by vote; status: occurred when any
 *         source says so — unless a denial was published after every such report — else
 *         cancelled, denied, planned, proposed in that order
 *   MRG-6 conflicts: the fields on which sources gave different values at the same grain
 *
 * Speed/Cost: building sorts the reports (n log n string comparisons), then places each one by
 * testing rows of its pair through a summary of their members (types, days, ranges, places,
 * undated statuses: constant time per row, not per member) and the reports of its own article
 * (a chain by article hash, for MRG-3's anchors and the nearest-report tie-break). A report
 * dated to a day, the common case, tests only the rows holding that day or one next to it and
 * those with no day (an index by pair and day); other reports test every row of their pair. So
 * the work is near-linear in the number of reports however often each contact is reported, and
 * grows with the rows of one pair only for reports coarser than a day or undated.
 */
#include "merge/merge.h"
#include "util/ctx.h"
#include "util/util.h"

#include <errno.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { G_NONE = 0, G_WEEKDAY, G_YEAR, G_MONTH, G_WEEK, G_DAY };

typedef struct rep {
    rasd_report r;          /* strings in the timeline's arena */
    const char *ident;      /* identity key: file, doc, article, span, type, participants */
    uint64_t ihash;         /* rasd_hash64 of ident */
    const char *pair;       /* the participant set: sorted names joined by '\x1f' */
    int grain;
    int64_t lo, hi;         /* day range (days since 1970-01-01) */
    int wday;               /* 1 (Monday) … 7 for a weekday constraint, else 0 */
    bool early;             /* a day on or before a small-hours publication date */
    int64_t pub;            /* publication day, INT64_MIN when unknown */
    int type, status;       /* type_index and status_index of r (-1: none of ours) */
    uint64_t art;           /* hash of the report's file, document and article (same_article) */
    size_t row;             /* the row it went to */
} rep;

typedef struct row_acc {
    rasd_row row;
    rasd_buf members;       /* size_t indices into reps */
} row_acc;

struct rasd_timeline {
    rasd_arena *arena;      /* reports' strings; lives as long as the timeline */
    rasd_arena *rows_arena; /* rows, rebuilt by each build */
    rasd_buf reps;          /* rep */
    size_t *set;            /* open addressing by identity hash: report index + 1, 0 when empty */
    size_t setcap;
    rasd_buf rows;          /* row_acc */
    rasd_buf scratch;       /* identities are built here */
    bool built;
};

/* ---- dates ---------------------------------------------------------------------------------- */

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* ISO weekday (1 = Monday) of a day number. */
static int weekday(int64_t z) { return (int)(((z % 7) + 7 + 3) % 7) + 1; }

/* Reads an event date: YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD, or a weekday constraint
 * (XXXX-WXX-N). Anything else counts as no date. */
static void parse_date(rep *x)
{
    const char *s = x->r.date;
    x->grain = G_NONE;
    if (!s) return;
    size_t n = strlen(s);
    if (n == 10 && strncmp(s, "XXXX-WXX-", 9) == 0 && s[9] >= '1' && s[9] <= '7') {
        x->grain = G_WEEKDAY;
        x->wday = s[9] - '0';
        x->lo = INT64_MIN / 2;
        x->hi = INT64_MAX / 2;
        return;
    }
    int y = n >= 4 ? digits(s, 4) : -1;
    if (y < 0) return;
    if (n == 4) {
        x->grain = G_YEAR;
        x->lo = rasd_days_from_civil(y, 1, 1);
        x->hi = rasd_days_from_civil(y, 12, 31);
    } else if (n == 7 && s[4] == '-' && s[5] != 'W') {
        int m = digits(s + 5, 2);
        if (m < 1 || m > 12) return;
        x->grain = G_MONTH;
        x->lo = rasd_days_from_civil(y, m, 1);
        x->hi = rasd_days_from_civil(y, m, rasd_days_in_month(y, m));
    } else if (n == 8 && s[4] == '-' && s[5] == 'W') {
        int w = digits(s + 6, 2);
        if (w < 1 || w > 53) return;
        int64_t jan4 = rasd_days_from_civil(y, 1, 4);
        x->grain = G_WEEK;
        x->lo = jan4 - (weekday(jan4) - 1) + 7 * (w - 1);
        x->hi = x->lo + 6;
    } else if (n == 10 && s[4] == '-' && s[7] == '-') {
        int m = digits(s + 5, 2), d = digits(s + 8, 2);
        if (m < 1 || m > 12 || d < 1 || d > rasd_days_in_month(y, m)) return;
        x->grain = G_DAY;
        x->lo = x->hi = rasd_days_from_civil(y, m, d);
    }
}

/* The publication day, and whether the article came out in the small hours (before 04:00 local
 * time), when "اليوم" often still means the evening before. */
static void parse_published(rep *x)
{
    const char *p = x->r.published;
    x->pub = INT64_MIN;
    if (!p || strlen(p) < 10) return;
    int y = digits(p, 4), m = digits(p + 5, 2), d = digits(p + 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > rasd_days_in_month(y, m)) return;
    x->pub = rasd_days_from_civil(y, m, d);
    if (p[10] == 'T' && strlen(p) >= 13) {
        int h = digits(p + 11, 2);
        x->early = h >= 0 && h < 4 && x->grain == G_DAY && x->lo <= x->pub && x->lo >= x->pub - 1;
    }
}

/* ---- types, statuses -------------------------------------------------------------------------- */

static const char *const TYPES[] = {"call", "video_call", "meeting", "visit", "talks", "message"};
enum { T_CALL, T_VIDEO, T_MEETING, T_VISIT, T_TALKS, T_MESSAGE, T_N };

static int type_index(const char *t)
{
    for (int i = 0; i < T_N; i++)
        if (t && strcmp(t, TYPES[i]) == 0) return i;
    return -1;
}

/* MRG-1: a remote contact (call, video call) is not a face-to-face one (meeting, visit, talks),
 * except that a video summit is both; a message is only ever a message. */
static bool types_compatible(int x, int y)
{
    if (x == y) return true;
    if (x < 0 || y < 0 || x == T_MESSAGE || y == T_MESSAGE) return false;
    bool rx = x == T_CALL, ry = y == T_CALL;
    if (x == T_VIDEO || y == T_VIDEO) return true;
    return rx == ry;
}

static const char *const STATUSES[] = {"occurred", "planned", "cancelled", "denied", "proposed"};
enum { S_OCCURRED, S_PLANNED, S_CANCELLED, S_DENIED, S_PROPOSED, S_N };

static int status_index(const char *s)
{
    for (int i = 0; i < S_N; i++)
        if (s && strcmp(s, STATUSES[i]) == 0) return i;
    return -1;
}

/* ---- adding reports --------------------------------------------------------------------------- */

rasd_timeline *rasd_timeline_new(void)
{
    rasd_timeline *tl = rasd_xalloc(sizeof *tl);
    tl->arena = rasd_arena_new();
    tl->rows_arena = rasd_arena_new();
    return tl;
}

static void rows_clear(rasd_timeline *tl)
{
    for (size_t i = 0; i < RASD_VEC_LEN(&tl->rows, row_acc); i++)
        rasd_buf_free(&RASD_VEC_AT(&tl->rows, row_acc, i).members);
    tl->rows.len = 0;
    rasd_arena_reset(tl->rows_arena);
    tl->built = false;
}

void rasd_timeline_free(rasd_timeline *tl)
{
    if (!tl) return;
    rows_clear(tl);
    rasd_buf_free(&tl->rows);
    rasd_buf_free(&tl->reps);
    rasd_buf_free(&tl->scratch);
    free(tl->set);
    rasd_arena_free(tl->rows_arena);
    rasd_arena_free(tl->arena);
    free(tl);
}

static const char *dup(rasd_timeline *tl, const char *s) { return s ? rasd_arena_strndup(tl->arena, s, strlen(s)) : NULL; }

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* Appends u in decimal, after a minus sign when neg. */
static void add_num(rasd_buf *b, unsigned long long u, bool neg)
{
    char d[24];
    size_t k = sizeof d;
    do { d[--k] = (char)('0' + u % 10); u /= 10; } while (u);
    if (neg) d[--k] = '-';
    rasd_buf_add(b, d + k, sizeof d - k);
}

static void add_field(rasd_buf *b, const char *s)
{
    rasd_buf_addc(b, '\x1f');
    if (s) rasd_buf_adds(b, s);
}

/* Identity of a report (source, span, type, status, date, participants), and its participant
 * set, as strings; *art: the hash of its file, document and article. b is scratch space. */
static const char *ident_of(rasd_timeline *tl, const rasd_report *r, const char **pair, uint64_t *art, rasd_buf *b)
{
    b->len = 0;
    const char **ps = rasd_xalloc((r->nparticipants + 1) * sizeof *ps);
    memcpy(ps, r->participants, r->nparticipants * sizeof *ps);
    qsort(ps, r->nparticipants, sizeof *ps, cmp_str);
    for (size_t k = 0; k < r->nparticipants; k++) {
        if (k && strcmp(ps[k], ps[k - 1]) == 0) continue;
        if (b->len) rasd_buf_addc(b, '\x1f');
        rasd_buf_adds(b, ps[k]);
    }
    free(ps);
    *pair = rasd_arena_strndup(tl->arena, b->p, b->len);
    /* "\x1e" file "\x1f" doc "\x1f" article "\x1f" start "\x1f" end "\x1f" type "\x1f" status "\x1f" date */
    rasd_buf_addc(b, '\x1e');
    size_t at = b->len;
    if (r->file) rasd_buf_adds(b, r->file);
    add_field(b, r->doc);
    rasd_buf_addc(b, '\x1f');
    add_num(b, r->article < 0 ? 0ull - (unsigned long long)r->article : (unsigned long long)r->article, r->article < 0);
    *art = rasd_hash64(b->p + at, b->len - at);
    rasd_buf_addc(b, '\x1f');
    add_num(b, r->start, false);
    rasd_buf_addc(b, '\x1f');
    add_num(b, r->end, false);
    add_field(b, r->type);
    add_field(b, r->status);
    add_field(b, r->date);
    return rasd_arena_strndup(tl->arena, b->p, b->len);
}

static size_t *set_find(rasd_timeline *tl, const char *ident, uint64_t h, bool *found)
{
    size_t mask = tl->setcap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        size_t *slot = &tl->set[i];
        if (*slot == 0) { *found = false; return slot; }
        const rep *x = &RASD_VEC_AT(&tl->reps, rep, *slot - 1);
        if (x->ihash == h && strcmp(x->ident, ident) == 0) { *found = true; return slot; }
    }
}

static void set_grow(rasd_timeline *tl)
{
    size_t n = RASD_VEC_LEN(&tl->reps, rep);
    if (tl->setcap && (n + 1) * 2 < tl->setcap) return;
    free(tl->set);
    tl->setcap = tl->setcap ? tl->setcap * 2 : 64;
    tl->set = rasd_xalloc(tl->setcap * sizeof *tl->set);
    for (size_t i = 0; i < n; i++) {
        const rep *x = &RASD_VEC_AT(&tl->reps, rep, i);
        bool found;
        *set_find(tl, x->ident, x->ihash, &found) = i + 1;
    }
}

int rasd_timeline_add_report(rasd_timeline *tl, const rasd_report *r)
{
    if (!tl || !r || !r->type || !r->status || r->nparticipants == 0) return 0;
    set_grow(tl);
    const char *pair;
    size_t mark = RASD_VEC_LEN(&tl->reps, rep);
    uint64_t art;
    const char *ident = ident_of(tl, r, &pair, &art, &tl->scratch);
    bool found;
    uint64_t ihash = rasd_hash64(ident, strlen(ident));
    size_t *slot = set_find(tl, ident, ihash, &found);
    if (found) return 0;
    *slot = mark + 1;
    rep x = {0};
    x.r = *r;
    x.ident = ident;
    x.ihash = ihash;
    x.pair = pair;
    x.r.file = dup(tl, r->file); x.r.doc = dup(tl, r->doc); x.r.outlet = dup(tl, r->outlet);
    x.r.published = dup(tl, r->published); x.r.type = dup(tl, r->type); x.r.status = dup(tl, r->status);
    x.r.date = dup(tl, r->date); x.r.date_text = dup(tl, r->date_text); x.r.initiator = dup(tl, r->initiator);
    x.r.location = dup(tl, r->location); x.r.venue = dup(tl, r->venue); x.r.duration_mod = dup(tl, r->duration_mod);
    x.r.topics = dup(tl, r->topics); x.r.cameo = dup(tl, r->cameo); x.r.plover_mode = dup(tl, r->plover_mode);
    x.r.evidence = dup(tl, r->evidence);
    const char **ps = rasd_arena_alloc(tl->arena, r->nparticipants * sizeof *ps);
    for (size_t k = 0; k < r->nparticipants; k++) ps[k] = dup(tl, r->participants[k]);
    x.r.participants = ps;
    parse_date(&x);
    parse_published(&x);
    x.type = type_index(x.r.type);
    x.status = status_index(x.r.status);
    x.art = art;
    RASD_VEC_PUSH(&tl->reps, rep, x);
    tl->built = false;
    return 1;
}

static void add_cb(const rasd_report *r, void *user) { rasd_timeline_add_report(user, r); }

void rasd_timeline_add_events(rasd_timeline *tl, const rasd_events *ev) { rasd_reports_of_events(ev, add_cb, tl); }

size_t rasd_timeline_nreports(const rasd_timeline *tl) { return tl ? RASD_VEC_LEN(&tl->reps, rep) : 0; }

/* ---- reading a timeline back ------------------------------------------------------------------ */

/* Reads one line of f into *b, without its newline. A line longer than max is read past and
 * reported by *over (its bytes are not kept). Returns false at the end of the input. */
static bool read_line(FILE *f, rasd_buf *b, size_t max, bool *over, uint64_t *consumed)
{
    b->len = 0;
    *over = false;
    int c;
    bool any = false;
    while ((c = getc(f)) != EOF) {
        any = true;
        (*consumed)++;
        if (c == '\n') break;
        if (b->len < max) rasd_buf_addc(b, (char)c); else *over = true;
    }
    return any;
}

rasd_status rasd_timeline_read(rasd_timeline *tl, rasd_ctx *ctx, const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        rasd_diagf(ctx, RASD_SKIP, path, 0, 0, "cannot open: %s", strerror(errno));
        return RASD_ERR_IO;
    }
    rasd_buf line = {0};
    rasd_arena *a = rasd_arena_new();
    int64_t rec = 0;
    uint64_t off = 0, at = 0;
    bool over;
    while (at = off, read_line(f, &line, ctx->max_doc, &over, &off)) {
        rec++;
        if (!over && rasd_is_blank((const uint8_t *)line.p, line.len)) continue;
        ctx->counts.documents++;
        if (over) {
            rasd_diagf(ctx, RASD_SKIP, path, rec, at, "timeline row longer than %zu bytes skipped", ctx->max_doc);
            continue;
        }
        json_error_t err;
        json_t *o = json_loadb(line.p, line.len, 0, &err);
        const json_t *src = json_is_object(o) ? json_object_get(o, "sources") : NULL;
        if (!o) rasd_diagf(ctx, RASD_SKIP, path, rec, at + (uint64_t)err.position, "not JSON: %s", err.text);
        else if (!json_is_array(src)) rasd_diagf(ctx, RASD_SKIP, path, rec, at, "not a timeline row: no \"sources\" list");
        bool warned = false;
        for (size_t k = 0; json_is_array(src) && k < json_array_size(src); k++) {
            rasd_report r;
            const char *why;
            if (rasd_report_from_json(json_array_get(src, k), &r, a, &why)) { rasd_timeline_add_report(tl, &r); continue; }
            if (!warned) rasd_diagf(ctx, RASD_WARN, path, rec, at, "source %zu skipped: %s", k + 1, why);
            warned = true;
        }
        json_decref(o);
        rasd_arena_reset(a);
    }
    bool ioerr = ferror(f);
    if (ioerr) rasd_diagf(ctx, RASD_SKIP, path, rec, off, "read error");
    rasd_buf_free(&line);
    rasd_arena_free(a);
    if (f != stdin) fclose(f);
    return ioerr ? RASD_ERR_IO : RASD_OK;
}

/* ---- clustering (MRG-1 … MRG-4) ---------------------------------------------------------- */

static int cmp_opt(const char *a, const char *b)
{
    if (!a || !b) return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

#define CMP_NUM(a, b) do { if ((a) != (b)) return (a) < (b) ? -1 : 1; } while (0)

/* The canonical order: by pair, finest date first, then date, publication, source and span. Its
 * last key is the identity, so the order is total over distinct reports. */
static int cmp_canon(const rep *a, const rep *b)
{
    int c;
    if ((c = strcmp(a->pair, b->pair))) return c;
    CMP_NUM(b->grain, a->grain);
    if ((c = cmp_opt(a->r.date, b->r.date))) return c;
    if ((c = cmp_opt(a->r.published, b->r.published))) return c;
    return strcmp(a->ident, b->ident);
}

static int cmp_ptr(const void *pa, const void *pb) { return cmp_canon(*(const rep *const *)pa, *(const rep *const *)pb); }

static bool same_article(const rep *a, const rep *b)
{
    return a->art == b->art && a->r.article == b->r.article && cmp_opt(a->r.doc, b->r.doc) == 0 && cmp_opt(a->r.file, b->r.file) == 0;
}

/* How far apart two reports of one article are, in bytes. */
static size_t span_dist(const rep *a, const rep *b)
{
    return a->r.start > b->r.start ? a->r.start - b->r.start : b->r.start - a->r.start;
}

/* The same status (one of ours by its index, another by its name). */
static bool same_status(const rep *a, const rep *b)
{
    return a->status == b->status && (a->status >= 0 || strcmp(a->r.status, b->r.status) == 0);
}

/* What clustering needs to know of a row's members to tell whether a report may join it, kept
 * up to date as members join, so that the test costs the same for a row of one report and a row
 * of thousands (MRG-1 … MRG-4 over all members, as summaries). */
typedef struct day_ent { int64_t day; bool all_early; } day_ent;

typedef struct row_sum {
    unsigned types;         /* bit type+1 of each member's type index */
    size_t nundated;
    const rep *undated;     /* the first undated member */
    bool ustatus_mixed;     /* undated members of more than one status */
    const char *uloc;       /* a place of an undated member */
    bool uloc_mixed;        /* undated members in two places */
    const char *loc;        /* a place of any member */
    bool loc_mixed;
    unsigned wd_mask;       /* bit wday of each weekday constraint */
    unsigned dayw_mask;     /* bit weekday of each day */
    bool has_coarse;        /* a year, month or week */
    int64_t cmin_hi, cmax_lo;
    bool has_day;
    int64_t dmin, dmax;
    rasd_buf days;          /* day_ent: the distinct days, and whether every member on it is early */
} row_sum;

/* MRG-1 as a mask: bit u + 1 is set when type t is compatible with type u. */
static unsigned type_compat_mask(int t)
{
    unsigned m = 0;
    for (int u = -1; u < T_N; u++)
        if (types_compatible(t, u)) m |= 1u << (u + 1);
    return m;
}

/* Whether place x agrees with every place of a set (loc: one of them, mixed: more than one). */
static bool one_place(const char *loc, bool mixed, const char *x)
{
    return !x || !loc || (!mixed && strcmp(loc, x) == 0);
}

/* Whether report x may join the row summed up by s, i.e. is compatible with every member:
 * MRG-1 types (compat: x's type mask); MRG-3 an undated x joins the undated members of its status
 * and place, or a row where a dated report of its article anchors it (anchored); MRG-4 a report
 * coarser than a day agrees with every place; MRG-2 dates:
 *   - a date is never compatible with none;
 *   - a weekday constraint binds weekday constraints and days (same weekday), not coarser ranges;
 *   - a day equals each member's day, or follows it by one when x is early, or precedes it by one
 *     when every member on that day is early; it lies within every coarser range;
 *   - a year, month or week overlaps every range and holds every day. */
static bool row_fits(const row_sum *s, const rep *x, unsigned compat, bool anchored)
{
    if (s->types & ~compat) return false;
    if (x->grain == G_NONE) {
        if (s->nundated && (s->ustatus_mixed || !same_status(x, s->undated) || !one_place(s->uloc, s->uloc_mixed, x->r.location)))
            return false;
        return s->nundated || anchored;
    }
    if (s->nundated) return false;   /* a date is never compatible with none */
    if (x->grain < G_DAY && !one_place(s->loc, s->loc_mixed, x->r.location)) return false;   /* MRG-4 */
    if (x->grain == G_WEEKDAY) return (s->wd_mask & ~(1u << x->wday)) == 0 && (s->dayw_mask & ~(1u << x->wday)) == 0;
    if (x->grain == G_DAY) {
        if (s->wd_mask & ~(1u << weekday(x->lo))) return false;
        if (s->has_coarse && (x->lo > s->cmin_hi || s->cmax_lo > x->lo)) return false;
        for (size_t k = 0; k < RASD_VEC_LEN(&s->days, day_ent); k++) {
            const day_ent *d = &RASD_VEC_AT(&s->days, day_ent, k);
            if (d->day == x->lo || (x->early && d->day == x->lo - 1) || (d->all_early && d->day == x->lo + 1)) continue;
            return false;
        }
        return true;
    }
    /* a year, month or week: overlaps every range; a weekday constraint does not bind it */
    if (s->has_coarse && (x->lo > s->cmin_hi || s->cmax_lo > x->hi)) return false;
    if (s->has_day && (s->dmin < x->lo || s->dmax > x->hi)) return false;
    return true;
}

/* Adds x to the summary; true when x gives a day no member gave before. */
static bool row_sum_add(row_sum *s, const rep *x)
{
    s->types |= 1u << (x->type + 1);
    const char *loc = x->r.location;
    if (loc) {
        if (!s->loc) s->loc = loc;
        else if (strcmp(s->loc, loc) != 0) s->loc_mixed = true;
    }
    switch (x->grain) {
    case G_NONE:
        if (!s->nundated++) s->undated = x;
        else if (!same_status(x, s->undated)) s->ustatus_mixed = true;
        if (loc) {
            if (!s->uloc) s->uloc = loc;
            else if (strcmp(s->uloc, loc) != 0) s->uloc_mixed = true;
        }
        break;
    case G_WEEKDAY: s->wd_mask |= 1u << x->wday; break;
    case G_DAY: {
        s->dayw_mask |= 1u << weekday(x->lo);
        if (!s->has_day || x->lo < s->dmin) s->dmin = x->lo;
        if (!s->has_day || x->lo > s->dmax) s->dmax = x->lo;
        s->has_day = true;
        size_t k = 0, n = RASD_VEC_LEN(&s->days, day_ent);
        while (k < n && RASD_VEC_AT(&s->days, day_ent, k).day != x->lo) k++;
        if (k < n) { RASD_VEC_AT(&s->days, day_ent, k).all_early &= x->early; break; }
        RASD_VEC_PUSH(&s->days, day_ent, ((day_ent){x->lo, x->early}));
        return true;
    }
    default:
        if (!s->has_coarse || x->hi < s->cmin_hi) s->cmin_hi = x->hi;
        if (!s->has_coarse || x->lo > s->cmax_lo) s->cmax_lo = x->lo;
        s->has_coarse = true;
    }
    return false;
}

/* The rows of each pair by the days their members give (a row is listed once per day): a report
 * dated to a day can only join a row that holds that day or one next to it, or no day at all. */
typedef struct day_slot { size_t pairno; int64_t day; size_t head; } day_slot;   /* head: link + 1 */
typedef struct day_link { size_t row, next; } day_link;                          /* next: link + 1 */
typedef struct day_index { day_slot *slot; size_t cap; rasd_buf links; } day_index;

/* The slot of (pairno, day): found, or the empty one where it goes. cap exceeds the entries. */
static day_slot *day_find(const day_index *di, size_t pairno, int64_t day)
{
    uint64_t h = ((uint64_t)day * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)pairno * 0xC2B2AE3D27D4EB4Full);
    h ^= h >> 29;
    for (size_t i = (size_t)h & (di->cap - 1);; i = (i + 1) & (di->cap - 1)) {
        day_slot *sl = &di->slot[i];
        if (!sl->head || (sl->pairno == pairno && sl->day == day)) return sl;
    }
}

static void day_add(day_index *di, size_t pairno, int64_t day, size_t row)
{
    day_slot *sl = day_find(di, pairno, day);
    RASD_VEC_PUSH(&di->links, day_link, ((day_link){row, sl->head}));
    *sl = (day_slot){pairno, day, RASD_VEC_LEN(&di->links, day_link)};
}

/* Greedy clustering in canonical order. Each report is tested against the rows of its pair by
 * their summaries (constant time per row), and the rows holding reports of its own article are
 * found through a chain of the reports already placed, by article: the work per report is the
 * number of rows of its pair plus the reports of its article, not the size of the rows. */
static void cluster(rasd_timeline *tl)
{
    size_t n = RASD_VEC_LEN(&tl->reps, rep);
    rep *base = (rep *)(void *)tl->reps.p;
    rep **order = rasd_xalloc((n + 1) * sizeof *order);
    for (size_t i = 0; i < n; i++) order[i] = base + i;
    qsort(order, n, sizeof *order, cmp_ptr);
    unsigned compat[T_N + 1];
    for (int t = -1; t < T_N; t++) compat[t + 1] = type_compat_mask(t);
    /* reports placed so far, chained by article hash: heads by hash, next by report */
    size_t hcap = 64;
    while (hcap < 2 * n) hcap *= 2;
    size_t *head = rasd_xalloc(hcap * sizeof *head);   /* report index + 1, 0: none */
    size_t *next = rasd_xalloc((n + 1) * sizeof *next);
    rasd_buf sums = {0};    /* row_sum per row */
    rasd_buf dist = {0};    /* size_t per row: the nearest report of x's article (SIZE_MAX: none) */
    rasd_buf anch = {0};    /* bool per row: a dated report of x's article anchors an undated x */
    rasd_buf touched = {0}; /* size_t: rows whose dist or anch were set for x */
    rasd_buf stamp = {0};   /* size_t per row: k + 1 when already a candidate for order[k] */
    rasd_buf cands = {0};   /* size_t: the rows that may take a report dated to a day */
    rasd_buf dayless = {0}; /* size_t: the current pair's rows begun by a report not dated to a day */
    day_index di = {0};
    di.cap = 64;
    while (di.cap < 2 * n) di.cap *= 2;
    di.slot = rasd_xalloc(di.cap * sizeof *di.slot);
    size_t first_of_pair = 0;   /* rows of the current pair start here */
    size_t pairno = 0;
    for (size_t k = 0; k < n; k++) {
        rep *x = order[k];
        if (k && x->pair != order[k - 1]->pair && strcmp(x->pair, order[k - 1]->pair) != 0) {
            first_of_pair = RASD_VEC_LEN(&tl->rows, row_acc);
            pairno++;
            dayless.len = 0;
        }
        size_t nrows = RASD_VEC_LEN(&tl->rows, row_acc);
        size_t *rd = (size_t *)(void *)dist.p;
        bool *ra = (bool *)(void *)anch.p;
        bool undated = x->grain == G_NONE;
        touched.len = 0;
        for (size_t j = head[x->art & (hcap - 1)]; j; j = next[j - 1]) {
            const rep *y = base + j - 1;
            if (y->row < first_of_pair || !same_article(x, y)) continue;
            size_t d, r = y->row;
            if (undated) {
                /* MRG-3: not a contact told in the same sentence: another one, by construction;
                 * the contact told before it ("وخلال المكالمة …" names the call just reported),
                 * else the nearest after it */
                if (y->grain == G_NONE || !same_status(x, y) || y->r.start == x->r.start) continue;
                d = y->r.start <= x->r.start ? span_dist(x, y) : SIZE_MAX / 2 + span_dist(x, y);
            } else {
                d = span_dist(x, y);
            }
            if (rd[r] == SIZE_MAX && !ra[r]) RASD_VEC_PUSH(&touched, size_t, r);
            ra[r] |= undated;
            if (d < rd[r]) rd[r] = d;
        }
        size_t best = SIZE_MAX, best_dist = SIZE_MAX;
        const row_sum *ss = (const row_sum *)(void *)sums.p;
        if (x->grain == G_DAY) {
            /* the rows with the day before, the day or the day after, and those with no day */
            size_t *st = (size_t *)(void *)stamp.p;
            cands.len = 0;
            for (int64_t d = x->lo - 1; d <= x->lo + 1; d++) {
                const day_slot *sl = day_find(&di, pairno, d);
                for (size_t l = sl->head; l; l = RASD_VEC_AT(&di.links, day_link, l - 1).next) {
                    size_t ri = RASD_VEC_AT(&di.links, day_link, l - 1).row;
                    if (st[ri] != k + 1) { st[ri] = k + 1; RASD_VEC_PUSH(&cands, size_t, ri); }
                }
            }
            for (size_t c = 0; c < RASD_VEC_LEN(&dayless, size_t); c++) {
                size_t ri = RASD_VEC_AT(&dayless, size_t, c);
                if (st[ri] != k + 1) { st[ri] = k + 1; RASD_VEC_PUSH(&cands, size_t, ri); }
            }
            for (size_t c = 0; c < RASD_VEC_LEN(&cands, size_t); c++) {
                size_t ri = RASD_VEC_AT(&cands, size_t, c);
                if (!row_fits(&ss[ri], x, compat[x->type + 1], ra[ri])) continue;
                /* as below, in row order */
                if (best == SIZE_MAX || rd[ri] < best_dist || (rd[ri] == best_dist && ri < best)) { best = ri; best_dist = rd[ri]; }
            }
        } else {
            for (size_t ri = first_of_pair; ri < nrows; ri++) {
                if (!row_fits(&ss[ri], x, compat[x->type + 1], ra[ri])) continue;
                /* the row holding the same article's nearest report, else the first that fits */
                if (best == SIZE_MAX || rd[ri] < best_dist) { best = ri; best_dist = rd[ri]; }
            }
        }
        for (size_t t = 0; t < RASD_VEC_LEN(&touched, size_t); t++) {
            size_t ri = RASD_VEC_AT(&touched, size_t, t);
            rd[ri] = SIZE_MAX;
            ra[ri] = false;
        }
        if (best == SIZE_MAX) {
            row_acc nr = {0};
            RASD_VEC_PUSH(&tl->rows, row_acc, nr);
            RASD_VEC_PUSH(&sums, row_sum, (row_sum){0});
            RASD_VEC_PUSH(&dist, size_t, SIZE_MAX);
            RASD_VEC_PUSH(&anch, bool, false);
            RASD_VEC_PUSH(&stamp, size_t, 0);
            if (x->grain != G_DAY) RASD_VEC_PUSH(&dayless, size_t, nrows);
            best = nrows;
        }
        x->row = best;
        RASD_VEC_PUSH(&RASD_VEC_AT(&tl->rows, row_acc, best).members, size_t, (size_t)(x - base));
        if (row_sum_add(&RASD_VEC_AT(&sums, row_sum, best), x)) day_add(&di, pairno, x->lo, best);
        size_t *h = &head[x->art & (hcap - 1)];
        next[x - base] = *h;
        *h = (size_t)(x - base) + 1;
    }
    for (size_t i = 0; i < RASD_VEC_LEN(&sums, row_sum); i++) rasd_buf_free(&RASD_VEC_AT(&sums, row_sum, i).days);
    rasd_buf_free(&sums);
    rasd_buf_free(&dist);
    rasd_buf_free(&anch);
    rasd_buf_free(&touched);
    rasd_buf_free(&stamp);
    rasd_buf_free(&cands);
    rasd_buf_free(&dayless);
    rasd_buf_free(&di.links);
    free(di.slot);
    free(head);
    free(next);
    free(order);
}

/* ---- consensus (MRG-5) and conflicts (MRG-6) ----------------------------------------------- */

typedef struct tally {
    const char *value;
    double weight;
    int rank;               /* tie-break: lower wins */
    rasd_buf srcs;          /* size_t: positions in the row's sources */
} tally;

typedef struct votes { tally v[64]; size_t n; } votes;

static void vote(votes *vs, const char *value, double w, int rank, size_t src)
{
    if (!value) return;
    size_t i = 0;
    while (i < vs->n && strcmp(vs->v[i].value, value) != 0) i++;
    if (i == vs->n) {
        if (vs->n == sizeof vs->v / sizeof vs->v[0]) return;
        vs->v[vs->n++] = (tally){value, 0, rank, {0}};
    }
    vs->v[i].weight += w;
    if (rank < vs->v[i].rank) vs->v[i].rank = rank;
    RASD_VEC_PUSH(&vs->v[i].srcs, size_t, src);
}

/* The winning value: the most weight, then the lowest rank, then the smallest string; NULL when
 * there was no vote, or on a tie when tie_null is set. */
static const tally *winner(const votes *vs, bool tie_null)
{
    const tally *w = NULL;
    bool tie = false;
    for (size_t i = 0; i < vs->n; i++) {
        const tally *t = &vs->v[i];
        if (!w || t->weight > w->weight + 1e-9) { w = t; tie = false; continue; }
        if (t->weight < w->weight - 1e-9) continue;
        tie = true;
        if (t->rank < w->rank || (t->rank == w->rank && strcmp(t->value, w->value) < 0)) w = t;
    }
    return tie && tie_null ? NULL : w;
}

static void votes_free(votes *vs)
{
    for (size_t i = 0; i < vs->n; i++) rasd_buf_free(&vs->v[i].srcs);
    vs->n = 0;
}

/* Records a conflict when the votes hold more than one value. */
static void conflict(rasd_timeline *tl, rasd_buf *out, const char *field, const votes *vs)
{
    if (vs->n < 2) return;
    rasd_conflict c = {field, NULL, vs->n};
    rasd_conflict_value *cv = rasd_arena_alloc(tl->rows_arena, vs->n * sizeof *cv);
    for (size_t i = 0; i < vs->n; i++) {
        size_t ns = RASD_VEC_LEN(&vs->v[i].srcs, size_t);
        size_t *ss = rasd_arena_alloc(tl->rows_arena, ns * sizeof *ss);
        memcpy(ss, vs->v[i].srcs.p, ns * sizeof *ss);
        cv[i] = (rasd_conflict_value){rasd_arena_strndup(tl->rows_arena, vs->v[i].value, strlen(vs->v[i].value)), ss, ns};
    }
    c.values = cv;
    RASD_VEC_PUSH(out, rasd_conflict, c);
}

/* Output order of a row's sources: by publication date (unknown last), then identity. */
static int cmp_source(const void *pa, const void *pb)
{
    const rep *a = *(const rep *const *)pa, *b = *(const rep *const *)pb;
    if (!a->r.published != !b->r.published) return a->r.published ? -1 : 1;
    int c = cmp_opt(a->r.published, b->r.published);
    return c ? c : strcmp(a->ident, b->ident);
}

static int type_rank(const char *t)
{
    static const int rank[T_N] = {[T_VISIT] = 0, [T_VIDEO] = 1, [T_CALL] = 2, [T_MEETING] = 3, [T_MESSAGE] = 4, [T_TALKS] = 5};
    int i = type_index(t);
    return i < 0 ? 9 : rank[i];
}

static int mod_rank(const char *m)
{
    if (!m) return 0;
    return strcmp(m, "APPROX") == 0 ? 1 : 2;
}

static void consensus(rasd_timeline *tl, row_acc *ra, rep **src, size_t n)
{
    rasd_row *w = &ra->row;
    rasd_arena *A = tl->rows_arena;
    rasd_buf conf = {0};
    votes vs = {0};
    const rasd_report **rs = rasd_arena_alloc(A, n * sizeof *rs);
    for (size_t i = 0; i < n; i++) rs[i] = &src[i]->r;
    w->sources = rs;
    w->nsources = n;

    /* type */
    for (size_t i = 0; i < n; i++) vote(&vs, src[i]->r.type, 1, type_rank(src[i]->r.type), i);
    w->type = winner(&vs, false)->value;
    conflict(tl, &conf, "type", &vs);
    votes_free(&vs);

    /* date: the finest grain any source gives, then the most sources at that grain */
    int g = G_NONE;
    for (size_t i = 0; i < n; i++) if (src[i]->grain > g) g = src[i]->grain;
    for (size_t i = 0; g != G_NONE && i < n; i++)
        if (src[i]->grain == g) vote(&vs, src[i]->r.date, src[i]->early ? 0.4 : 1, 0, i);
    const tally *dt = winner(&vs, false);
    w->date = dt ? dt->value : NULL;
    conflict(tl, &conf, "date", &vs);
    votes_free(&vs);

    /* status */
    bool has[S_N] = {0};
    int64_t last_occ = INT64_MIN, last_deny = INT64_MIN;
    for (size_t i = 0; i < n; i++) {
        int s = status_index(src[i]->r.status);
        if (s < 0) continue;
        has[s] = true;
        if (s == S_OCCURRED && src[i]->pub > last_occ) last_occ = src[i]->pub;
        if (s == S_DENIED && src[i]->pub > last_deny) last_deny = src[i]->pub;
    }
    int st = has[S_OCCURRED] ? (has[S_DENIED] && last_deny > last_occ ? S_DENIED : S_OCCURRED)
           : has[S_CANCELLED] ? S_CANCELLED : has[S_DENIED] ? S_DENIED : has[S_PLANNED] ? S_PLANNED
           : has[S_PROPOSED] ? S_PROPOSED : -1;
    w->status = st >= 0 ? STATUSES[st] : src[0]->r.status;
    if (has[S_OCCURRED] + has[S_CANCELLED] + has[S_DENIED] > 1) {
        for (size_t i = 0; i < n; i++) vote(&vs, src[i]->r.status, 1, 0, i);
        conflict(tl, &conf, "status", &vs);
        votes_free(&vs);
    }

    /* duration: the most sources; on a tie the exact or approximate figure, then the smaller */
    for (size_t i = 0; i < n; i++) {
        if (src[i]->r.duration_min < 0) continue;
        vote(&vs, rasd_arena_printf(A, "%d", src[i]->r.duration_min), 1, mod_rank(src[i]->r.duration_mod) * 1000000 + src[i]->r.duration_min, i);
    }
    const tally *du = winner(&vs, false);
    w->duration_min = du ? atoi(du->value) : -1;
    w->duration_mod = du ? src[*(const size_t *)(void *)du->srcs.p]->r.duration_mod : NULL;
    conflict(tl, &conf, "duration_min", &vs);
    votes_free(&vs);

    /* place */
    for (size_t i = 0; i < n; i++) vote(&vs, src[i]->r.location, 1, 0, i);
    const tally *pl = winner(&vs, false);
    w->location = pl ? pl->value : NULL;
    conflict(tl, &conf, "location", &vs);
    votes_free(&vs);
    /* the venue, among the sources that give the row's location (a city and a palace in it) */
    for (size_t i = 0; i < n; i++)
        if (w->location && src[i]->r.location && strcmp(src[i]->r.location, w->location) == 0) vote(&vs, src[i]->r.venue, 1, 0, i);
    const tally *ve = winner(&vs, false);
    w->venue = ve ? ve->value : NULL;
    votes_free(&vs);

    /* initiator: only when the sources that name one agree */
    for (size_t i = 0; i < n; i++) vote(&vs, src[i]->r.initiator, 1, 0, i);
    const tally *in = winner(&vs, true);
    w->initiator = in ? in->value : NULL;
    votes_free(&vs);

    /* participants: the initiator first, then as the first source lists them */
    const rasd_report *f = &src[0]->r;
    const char **ps = rasd_arena_alloc(A, (f->nparticipants + 1) * sizeof *ps);
    size_t np = 0;
    if (w->initiator) ps[np++] = w->initiator;
    for (size_t k = 0; k < f->nparticipants; k++) {
        bool seen = false;
        for (size_t j = 0; j < np; j++) seen |= strcmp(ps[j], f->participants[k]) == 0;
        if (!seen) ps[np++] = f->participants[k];
    }
    w->participants = ps;
    w->nparticipants = np;

    /* topics and codes from the first source that agrees with the row */
    const rasd_report *agree = NULL;
    for (size_t i = 0; i < n && !agree; i++)
        if (strcmp(src[i]->r.type, w->type) == 0 && strcmp(src[i]->r.status, w->status) == 0) agree = &src[i]->r;
    for (size_t i = 0; i < n && !agree; i++)
        if (strcmp(src[i]->r.type, w->type) == 0) agree = &src[i]->r;
    w->cameo = agree->cameo;
    w->plover_mode = agree->plover_mode;
    w->topics = agree->topics;
    for (size_t i = 0; i < n && !w->topics; i++) w->topics = src[i]->r.topics;

    /* an id from the sources' identities */
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ src[i]->ihash) * 1099511628211ull;
    w->id = rasd_arena_printf(A, "%016llx", (unsigned long long)h);

    size_t nc = RASD_VEC_LEN(&conf, rasd_conflict);
    rasd_conflict *cs = rasd_arena_alloc(A, (nc + 1) * sizeof *cs);
    if (nc) memcpy(cs, conf.p, nc * sizeof *cs);
    w->conflicts = cs;
    w->nconflicts = nc;
    rasd_buf_free(&conf);
}

/* Row order: dated rows by their first day (the coarser first on the same day), then undated
 * ones and those known only by their weekday, each pair's by when they were first reported
 * (unknown last); then pair, type and id. */
typedef struct row_key { const row_acc *ra; int64_t lo; int grain; const char *pair, *first; } row_key;

static int cmp_rows(const void *pa, const void *pb)
{
    const row_key *a = pa, *b = pb;
    bool ua = a->grain <= G_WEEKDAY, ub = b->grain <= G_WEEKDAY;   /* no place on the calendar */
    if (ua != ub) return ua ? 1 : -1;
    if (!ua) { CMP_NUM(a->lo, b->lo); CMP_NUM(a->grain, b->grain); }
    int c;
    if ((c = strcmp(a->pair, b->pair))) return c;
    if (ua) {
        if (!a->first != !b->first) return a->first ? -1 : 1;
        if ((c = cmp_opt(a->first, b->first))) return c;
    }
    if ((c = strcmp(a->ra->row.type, b->ra->row.type))) return c;
    return strcmp(a->ra->row.id, b->ra->row.id);
}

void rasd_timeline_build(rasd_timeline *tl)
{
    if (!tl || tl->built) return;
    rows_clear(tl);
    cluster(tl);
    size_t nr = RASD_VEC_LEN(&tl->rows, row_acc);
    row_key *keys = rasd_xalloc((nr + 1) * sizeof *keys);
    for (size_t i = 0; i < nr; i++) {
        row_acc *ra = &RASD_VEC_AT(&tl->rows, row_acc, i);
        size_t n = RASD_VEC_LEN(&ra->members, size_t);
        rep **src = rasd_xalloc(n * sizeof *src);
        for (size_t k = 0; k < n; k++) src[k] = &RASD_VEC_AT(&tl->reps, rep, RASD_VEC_AT(&ra->members, size_t, k));
        qsort(src, n, sizeof *src, cmp_source);
        consensus(tl, ra, src, n);
        rep probe = {.r = {.date = ra->row.date}};
        parse_date(&probe);
        keys[i] = (row_key){ra, probe.lo, probe.grain, src[0]->pair, src[0]->r.published};   /* the earliest report */
        free(src);
    }
    qsort(keys, nr, sizeof *keys, cmp_rows);
    /* the rows in their final order */
    rasd_buf sorted = {0};
    for (size_t i = 0; i < nr; i++) RASD_VEC_PUSH(&sorted, row_acc, *keys[i].ra);
    free(keys);
    rasd_buf_free(&tl->rows);
    tl->rows = sorted;
    tl->built = true;
}

size_t rasd_timeline_count(const rasd_timeline *tl) { return tl && tl->built ? RASD_VEC_LEN(&tl->rows, row_acc) : 0; }

const rasd_row *rasd_timeline_row(const rasd_timeline *tl, size_t i)
{
    return i < rasd_timeline_count(tl) ? &RASD_VEC_AT(&tl->rows, row_acc, i).row : NULL;
}

/* ---- filters ------------------------------------------------------------------------------------ */

static bool ieq(const char *a, size_t n, const char *b)
{
    if (strlen(b) != n) return false;
    for (size_t i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = (char)(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

/* The name is the actor, or one of its words is (a surname). */
static bool name_matches(const char *name, const char *actor)
{
    if (ieq(name, strlen(name), actor)) return true;
    for (const char *p = name; *p;) {
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (ieq(p, n, actor)) return true;
        p += n + (e != NULL);
    }
    return false;
}

int rasd_row_matches(const rasd_row *row, const rasd_filter *f)
{
    if (!f) return 1;
    if (f->type && strcmp(f->type, row->type) != 0) return 0;
    if (f->status && strcmp(f->status, row->status) != 0) return 0;
    if (f->actor) {
        bool any = false;
        for (size_t k = 0; k < row->nparticipants && !any; k++) any = name_matches(row->participants[k], f->actor);
        if (!any) return 0;
    }
    if (f->from || f->to) {
        rep probe = {.r = {.date = row->date}};
        parse_date(&probe);
        if (probe.grain == G_NONE || probe.grain == G_WEEKDAY) return 0;
        rep lim = {0};
        if (f->from) {
            lim.r.date = f->from;
            parse_date(&lim);
            if (lim.grain != G_NONE && probe.hi < lim.lo) return 0;
        }
        if (f->to) {
            lim.r.date = f->to;
            parse_date(&lim);
            if (lim.grain != G_NONE && probe.lo > lim.hi) return 0;
        }
    }
    return 1;
}
