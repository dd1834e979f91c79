/* rasd.h — the public API of librasd (رصد): Arabic news in, clean dated articles out.
 *
 * This header is the only one a program using rasd includes. Every handle is opaque and every
 * name carries the rasd_ prefix. The pipeline it exposes (see docs/architecture.md):
 *
 *   bytes ─ingest→ documents ─clean/segment→ articles ─text→ normalized text + offset map + tokens
 *
 * Ownership, one rule for the whole API: a pointer returned by a function belongs to the object
 * it was obtained from and stays valid until that object is freed (or, for a document, until
 * the next rasd_reader_next call on its reader). Nothing returned needs a free of its own unless
 * the function says so.
 *
 * Errors: functions return a negative rasd_status on failure; the library never prints and never
 * exits. Problems in the input (invalid UTF-8, a malformed record, a truncated gzip member) are
 * reported through the diagnostic callback, with file, record and byte offset, and processing
 * goes on. Out of memory aborts the process with a message (the one deliberate exception: every
 * allocation goes through one function, rasd_xalloc, so this policy lives in one place).
 *
 * Offsets: every start/end is a byte offset into the document's source bytes — the whole file
 * for plain text and HTML files, the decoded `text`/`html` string of a JSON Lines record, the
 * HTTP payload of a WARC record. rasd_doc_source() returns those bytes.
 */
#ifndef RASD_H
#define RASD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RASD_VERSION "0.1.0"

typedef enum rasd_status {
    RASD_OK = 0,
    RASD_ERR_IO = -1,      /* a file could not be opened or read */
    RASD_ERR_ARG = -2,     /* an argument is invalid (a bad date string, NULL where not allowed) */
    RASD_ERR_INPUT = -3    /* input could not be used; details went to the diagnostic callback */
} rasd_status;

/* ---- context: options, diagnostics, counters ---------------------------------------------- */

typedef struct rasd_ctx rasd_ctx;

typedef enum rasd_severity {
    RASD_WARN = 1,   /* input repaired or partly unused (bytes dropped); the document goes on */
    RASD_SKIP = 2    /* a whole document or record was skipped */
} rasd_severity;

typedef struct rasd_diag {
    rasd_severity severity;
    const char *file;    /* input path as given ("-" for standard input) */
    int64_t record;      /* 1-based record or line number, 0 when the input has no records */
    uint64_t offset;     /* byte offset of the problem in the input file (for gzip input: in the
                            decompressed stream) */
    const char *message; /* one line, no trailing newline */
} rasd_diag;

typedef void (*rasd_diag_fn)(const rasd_diag *d, void *user);

/* Creates a context with default options. Free with rasd_ctx_free. Never NULL. */
rasd_ctx *rasd_ctx_new(void);
void rasd_ctx_free(rasd_ctx *ctx);

/* Diagnostics go to fn (NULL: they are only counted). */
void rasd_set_diag(rasd_ctx *ctx, rasd_diag_fn fn, void *user);

/* Publication date for documents that carry none (the CLI's --published): "YYYY-MM-DD" or an
 * ISO date-time with offset. Returns RASD_ERR_ARG if iso is not such a date; NULL clears it. */
rasd_status rasd_set_published(rasd_ctx *ctx, const char *iso);

/* Adds a user's dictionary file (docs/dictionary.md) to the built-in one, for the actor and
 * place tagger; its malformed lines are reported with file and line and skipped. Call before
 * the first rasd_tag that asks for actors or places. Returns RASD_ERR_IO if it cannot be read. */
rasd_status rasd_add_dict(rasd_ctx *ctx, const char *path);

/* Largest document (a text file, a JSON line, a WARC record) read into memory; larger ones are
 * skipped with a diagnostic while the reader streams past them. Default 64 MiB. */
void rasd_set_max_doc(rasd_ctx *ctx, size_t bytes);

typedef struct rasd_counts {
    uint64_t documents;   /* documents read (records of JSONL/WARC, whole files otherwise) */
    uint64_t articles;    /* articles produced by rasd_clean */
    uint64_t skipped;     /* documents or records skipped */
    uint64_t warnings;    /* documents used with some input dropped or repaired */
} rasd_counts;

rasd_counts rasd_get_counts(const rasd_ctx *ctx);

/* ---- ingest: a streaming reader of documents ------------------------------------------- */

typedef struct rasd_reader rasd_reader;
typedef struct rasd_doc rasd_doc;

typedef enum rasd_format {
    RASD_FMT_TEXT = 1, RASD_FMT_HTML, RASD_FMT_JSONL, RASD_FMT_WARC
} rasd_format;

/* Opens path ("-": standard input) and detects its format from content (gzip is undone first).
 * Returns NULL and reports through the diagnostic callback if the file cannot be opened. */
rasd_reader *rasd_reader_open(rasd_ctx *ctx, const char *path);

/* The next document, or NULL at the end of the input. The document and everything obtained from
 * it belong to the reader and are released by the next call or by rasd_reader_close. Records
 * that cannot be used are reported, counted as skipped, and passed over. */
const rasd_doc *rasd_reader_next(rasd_reader *r);

/* The same over bytes in memory, which must outlive the reader (they are not copied); name is used as
 * the file name in documents and diagnostics. Returns NULL only for invalid arguments. */
rasd_reader *rasd_reader_open_memory(rasd_ctx *ctx, const char *name, const void *bytes, size_t len);

/* The detected format of the file (valid after open). */
rasd_format rasd_reader_format(const rasd_reader *r);
void rasd_reader_close(rasd_reader *r);

/* Document accessors. Strings are NUL-terminated UTF-8, or NULL when absent. */
const char *rasd_doc_id(const rasd_doc *d);        /* JSONL id, WARC-Record-ID, else derived */
const char *rasd_doc_file(const rasd_doc *d);
int64_t rasd_doc_record(const rasd_doc *d);         /* 1-based; 0 for a whole-file document */
uint64_t rasd_doc_offset(const rasd_doc *d);        /* where the record starts in the input */
const uint8_t *rasd_doc_source(const rasd_doc *d, size_t *len); /* bytes that offsets index */
int rasd_doc_is_html(const rasd_doc *d);           /* nonzero: an HTML page (a file or a WARC payload) */

/* ---- clean: documents into articles --------------------------------------------------------- */

typedef struct rasd_articles rasd_articles;  /* the articles of one document */
typedef struct rasd_article rasd_article;

typedef enum rasd_block_kind { RASD_BLOCK_TITLE = 1, RASD_BLOCK_BODY, RASD_BLOCK_CAPTION } rasd_block_kind;

typedef struct rasd_block {
    rasd_block_kind kind;
    size_t start, end;    /* span in the document's source bytes */
    const char *text;     /* the block's text, NUL-terminated UTF-8 (entities decoded, spaces
                             collapsed); text[i] came from source byte map[i], or from start + i
                             when map is NULL */
    size_t len;
    const uint32_t *map;
} rasd_block;

typedef struct rasd_drop {
    const char *reason;   /* "ticker", "navigation", "related_links", "footer", "share_widget",
                             "repeated_caption", "markup", "byline", "advert", "blank",
                             "image", "invalid_utf8", "dateline", ... (docs/formats.md) */
    size_t start, end;
} rasd_drop;

/* Splits a document into articles: finds article boundaries, titles, body paragraphs and
 * captions, drops boilerplate with its reason, and dates each article. Returns NULL only for
 * a NULL document. Free with rasd_articles_free (before the document is released). */
rasd_articles *rasd_clean(rasd_ctx *ctx, const rasd_doc *d);
size_t rasd_articles_count(const rasd_articles *a);
const rasd_article *rasd_articles_get(const rasd_articles *a, size_t i);
void rasd_articles_free(rasd_articles *a);

const char *rasd_article_doc(const rasd_article *a);       /* document id */
int rasd_article_index(const rasd_article *a);             /* 1-based within its document */
void rasd_article_span(const rasd_article *a, size_t *start, size_t *end);
const char *rasd_article_title(const rasd_article *a);
const char *rasd_article_outlet(const rasd_article *a);
const char *rasd_article_url(const rasd_article *a);
/* ISO date or date-time, NULL when unknown; *from (may be NULL) receives one of "metadata",
 * "dateline", "aggregator_header", "url", "warc_date", "option", "unknown". */
const char *rasd_article_published(const rasd_article *a, const char **from);
size_t rasd_article_nblocks(const rasd_article *a);
const rasd_block *rasd_article_block(const rasd_article *a, size_t i);
/* Dropped spans of the article's part of the document; the first article also carries spans
 * before it, the last those after it, so together they account for every byte. */
size_t rasd_article_ndropped(const rasd_article *a);
const rasd_drop *rasd_article_dropped(const rasd_article *a, size_t i);

/* Writes one article as a JSON object and a newline (the `rasd docs` format) to a stdio FILE*
 * passed as void* so this header needs no <stdio.h>. Returns RASD_ERR_IO on a write error. */
rasd_status rasd_article_write_json(const rasd_article *a, void *stdio_file);

/* ---- tag: mentions (time expressions and durations) ----------------------------------------- */

typedef struct rasd_mentions rasd_mentions;

typedef enum rasd_mention_kind {
    RASD_MENTION_TIME = 1, RASD_MENTION_DURATION, RASD_MENTION_ACTOR, RASD_MENTION_COUNTRY,
    RASD_MENTION_PLACE, RASD_MENTION_ORGANIZATION
} rasd_mention_kind;

enum { /* what rasd_tag looks for */
    RASD_TAG_TIME = 1u << 0, RASD_TAG_DURATION = 1u << 1,
    RASD_TAG_ACTOR = 1u << 2,   /* persons, with their role on the date in question */
    RASD_TAG_PLACE = 1u << 3    /* places, countries and organizations */
};

typedef struct rasd_mention {
    rasd_mention_kind kind;
    int article;                /* 1-based article number; 0 when the document had no article
                                   and its whole text was tagged */
    size_t start, end;          /* byte span in the document's bytes */
    const char *text;           /* those bytes (as the block's text gives them), NUL-terminated */
    const char *value;          /* TIMEX3 value or ISO 8601 duration; NULL for an interval */
    const char *from, *to;      /* an interval's bounds (inclusive); NULL when not an interval */
    const char *mod;            /* "APPROX", "MORE_THAN", "START", ...; NULL when none */
    /* actors, countries, places, organizations (NULL for times): */
    const char *name;           /* canonical English name ("Vladimir Putin", "Russia") */
    const char *id;             /* Wikidata id, NULL when not known */
    const char *role;           /* an actor's role on the date ("head_of_state"), else NULL */
    const char *country;        /* that role's country or organization code; a person without a
                                   role: nationality; a place: its country; a country: its code */
    const char *via;            /* how it was found: name, short, title, counterpart, predecessor,
                                   former, coref, pair, principal (a person named as the one a
                                   title serves: ترمب in "مبعوث ترمب"), adjective, metonym */
    const char *stands_for;     /* a place standing for a government (الكرملين، موسكو): that
                                   country's code, else NULL */
} rasd_mention;

/* Finds the mentions of the kinds asked (RASD_TAG_*) in the title, body and caption blocks of
 * each article of `as` (from rasd_clean on d), resolving relative expressions against each
 * article's publication date. A document in which the cleaner found no article is tagged as a
 * whole (a phrase list, a one-line brief). Free with rasd_mentions_free, before d is released. */
rasd_mentions *rasd_tag(rasd_ctx *ctx, const rasd_doc *d, const rasd_articles *as, unsigned kinds);
size_t rasd_mentions_count(const rasd_mentions *m);
const rasd_mention *rasd_mentions_get(const rasd_mentions *m, size_t i);
void rasd_mentions_free(rasd_mentions *m);
/* Writes mention i as one JSON object and a newline (the `rasd tag` format) to a stdio FILE*. */
rasd_status rasd_mention_write_json(const rasd_mentions *m, size_t i, void *stdio_file);

/* ---- extract: contact events (calls, meetings, visits, talks, messages) --------------------- */

typedef struct rasd_events rasd_events;

typedef struct rasd_event {
    int article;                /* 1-based article number (0: the document was tagged whole) */
    const char *type;           /* call, video_call, meeting, visit, talks, message */
    const char *status;         /* occurred, planned, cancelled, denied, proposed */
    const char *date;           /* ISO at its grain (2018-02-11, 2018-02, 2018), or NULL */
    const char *date_text;      /* the time expression it came from, or NULL */
    const char *const *participants;   /* canonical English names, the initiator first when known */
    size_t nparticipants;
    const char *initiator;      /* the caller, visitor, sender or host's guest; NULL when not said */
    const char *location;       /* canonical name of the place — a venue's city when the dictionary
                                   knows it — or NULL */
    int duration_min;           /* -1 when not said */
    const char *duration_mod;   /* APPROX, MORE_THAN, LESS_THAN, ... or NULL */
    const char *topics;         /* what was discussed, as the text says it, or NULL */
    const char *cameo, *plover_mode;
    size_t start, end;          /* evidence: the sentence's byte span in the document */
    const char *evidence;       /* its text */
    const char *venue;          /* the palace, office or resort named, when location is its city; or NULL */
} rasd_event;

/* Finds the contact events stated in the title, body and caption blocks of each article of `as`
 * (docs/events.md). Free with rasd_events_free, before d is released. */
rasd_events *rasd_extract(rasd_ctx *ctx, const rasd_doc *d, const rasd_articles *as);
size_t rasd_events_count(const rasd_events *e);
const rasd_event *rasd_events_get(const rasd_events *e, size_t i);
void rasd_events_free(rasd_events *e);
/* Writes event i as one JSON object and a newline (the `rasd extract` format) to a stdio FILE*. */
rasd_status rasd_event_write_json(const rasd_events *e, size_t i, void *stdio_file);

/* ---- timeline: reports of one contact, merged across sources ------------------------------- */

typedef struct rasd_timeline rasd_timeline;

/* One source's report of a contact: an extracted event with where it came from. */
typedef struct rasd_report {
    const char *file;           /* input path as given */
    const char *doc;            /* document id */
    int article;                /* 1-based article number within the document (0: tagged whole) */
    const char *outlet;         /* NULL when unknown */
    const char *published;      /* the article's publication date (ISO), NULL when unknown */
    const char *type, *status, *date, *date_text;   /* as in rasd_event */
    const char *const *participants;
    size_t nparticipants;
    const char *initiator, *location;
    int duration_min;           /* -1 when not said */
    const char *duration_mod, *topics, *cameo, *plover_mode;
    size_t start, end;          /* evidence span in the document's bytes */
    const char *evidence;
    const char *venue;          /* as in rasd_event */
} rasd_report;

/* A field on which a row's sources disagree: each distinct value the sources gave ("" for a
 * source that gave none is not a value), with the indices (into the row's sources) that gave it. */
typedef struct rasd_conflict_value {
    const char *value;
    const size_t *sources;
    size_t nsources;
} rasd_conflict_value;

typedef struct rasd_conflict {
    const char *field;          /* "date", "status", "duration_min", "location", "type" */
    const rasd_conflict_value *values;
    size_t nvalues;
} rasd_conflict;

/* One real-world contact: the consensus of the reports merged into it (docs/timeline.md). */
typedef struct rasd_row {
    const char *id;             /* 16 hex digits derived from the row's sources (stable) */
    const char *type, *status, *date;
    const char *const *participants;  /* the initiator first when the sources name one */
    size_t nparticipants;
    const char *initiator, *location;
    int duration_min;           /* -1 when no source gives one */
    const char *duration_mod, *topics, *cameo, *plover_mode;
    const rasd_report *const *sources;   /* in a stable order: by publication date, file, doc, offset */
    size_t nsources;
    const rasd_conflict *conflicts;
    size_t nconflicts;
    const char *venue;          /* the venue most sources name (with location its city), or NULL */
} rasd_row;

/* An empty timeline. Free with rasd_timeline_free. Never NULL. */
rasd_timeline *rasd_timeline_new(void);
void rasd_timeline_free(rasd_timeline *tl);
/* Adds the events of one document (from rasd_extract) as reports; the timeline copies what it
 * keeps, so the events and their document may be released afterwards. */
void rasd_timeline_add_events(rasd_timeline *tl, const rasd_events *ev);
/* Adds one report (copied). A report identical in source, span, type and participants to one
 * already held is not added again, so adding is idempotent. Returns 1 if added, 0 if held. */
int rasd_timeline_add_report(rasd_timeline *tl, const rasd_report *r);
/* Reads a timeline written by rasd_timeline_write in "jsonl" format (the `rasd timeline`
 * output, or a part of it) and adds every source of every row as a report. Malformed lines are
 * reported through ctx's diagnostic callback with file, line and byte offset and skipped
 * (counted as skipped documents). Returns RASD_ERR_IO if the file cannot be read. */
rasd_status rasd_timeline_read(rasd_timeline *tl, rasd_ctx *ctx, const char *path);
/* Merges the reports into rows (docs/timeline.md). The rows depend only on the set of reports
 * held, never on the order they were added in: building the union of two timelines' reports
 * gives the same rows as processing all their input at once. */
void rasd_timeline_build(rasd_timeline *tl);
size_t rasd_timeline_nreports(const rasd_timeline *tl);
size_t rasd_timeline_count(const rasd_timeline *tl);         /* rows, after build */
const rasd_row *rasd_timeline_row(const rasd_timeline *tl, size_t i);   /* by date, then pair */

/* Which rows to keep (rasd db query; rasd timeline's filters). NULL or -1 fields match all. */
typedef struct rasd_filter {
    const char *actor;          /* a participant's name, case-insensitive; a surname is enough */
    const char *from, *to;      /* ISO dates, inclusive; an undated row never matches either */
    const char *type, *status;
} rasd_filter;
int rasd_row_matches(const rasd_row *row, const rasd_filter *f);

/* Writes the rows that match f (NULL: all) in a format: "jsonl" (one row per line, the contract
 * in docs/formats.md), "csv", "md", "html" (a self-contained page, docs/html-timeline.md).
 * Returns RASD_ERR_ARG for an unknown format, RASD_ERR_IO on a write error. */
rasd_status rasd_timeline_write(const rasd_timeline *tl, const char *format, const rasd_filter *f,
                                void *stdio_file);

/* ---- store: a persistent timeline in SQLite ---------------------------------------------- */

typedef struct rasd_store rasd_store;
/* Opens or creates the store at path (SQLite, WAL journal). NULL with a message in *err (static
 * or owned by nobody; do not free) when it cannot. */
rasd_store *rasd_store_open(const char *path, const char **err);
void rasd_store_close(rasd_store *s);
/* Stores one document's articles and their events in one transaction. An article already
 * stored (same document id and same bytes) is not stored again. *added (may be NULL) receives
 * the number of new articles. A transaction is either wholly committed or not at all. */
rasd_status rasd_store_add(rasd_store *s, const rasd_doc *d, const rasd_articles *as,
                           const rasd_events *ev, size_t *added);
/* Adds every stored report to tl. */
rasd_status rasd_store_load(rasd_store *s, rasd_timeline *tl);
/* Counts of stored articles and reports. */
void rasd_store_counts(rasd_store *s, uint64_t *articles, uint64_t *reports);
/* What the last failed rasd_store_add or rasd_store_load met ("database or disk is full", "row
 * 12 does not read back as a report: …"), "" when the last call succeeded or s is NULL. Owned by
 * s, valid until its next call. */
const char *rasd_store_errmsg(const rasd_store *s);

/* ---- text: the Arabic text layer ------------------------------------------------------------- */

/* A rasd_text is built over any UTF-8 string; its offsets (rasd_text_source, token and sentence
 * spans) index that string. For a block's text, compose with the block's map to reach the
 * document: document offset = block->map ? block->map[i] : block->start + i, with
 * i = rasd_text_source(t, k). Tokens and sentences are computed on first use and cached: one
 * rasd_text must not be used from two threads before that first call has returned. */
typedef struct rasd_text rasd_text;

/* Normalizes UTF-8 text for matching (docs/text.md): alef/hamza forms → ا, alef maqsura → ي,
 * ta marbuta → ه (flag RASD_NORM_TAMARBUTA), tatweel, harakat and shadda removed, Arabic-Indic
 * and Persian digits → ASCII, presentation forms → base letters, Persian ya/kaf → Arabic, no-break
 * and zero-width characters → space or nothing, Latin lower-cased. Keeps a map from every
 * normalized byte to the input byte it came from. Invalid UTF-8 bytes become spaces.
 * Returns NULL only for a NULL input with nonzero length. Free with rasd_text_free. */
enum { RASD_NORM_TAMARBUTA = 1u << 0 };
rasd_text *rasd_text_new(const char *utf8, size_t len, unsigned flags);
void rasd_text_free(rasd_text *t);
const char *rasd_text_norm(const rasd_text *t, size_t *len);
/* Input byte offset of normalized byte i (i == len gives the end of the input). */
size_t rasd_text_source(const rasd_text *t, size_t i);

typedef enum rasd_token_kind {
    RASD_TOK_ARABIC = 1, RASD_TOK_LATIN, RASD_TOK_NUMBER, RASD_TOK_PUNCT, RASD_TOK_OTHER
} rasd_token_kind;

enum { /* proclitics (rasd_token.clitics) */
    RASD_CL_WA = 1u << 0, RASD_CL_FA = 1u << 1, RASD_CL_BI = 1u << 2, RASD_CL_LI = 1u << 3,
    RASD_CL_KA = 1u << 4, RASD_CL_AL = 1u << 5, RASD_CL_SA = 1u << 6
};

typedef struct rasd_token {
    rasd_token_kind kind;
    size_t start, end;      /* in the normalized text */
    size_t stem;            /* start of the stem after the proclitics (== start if none) */
    unsigned clitics;       /* RASD_CL_* stripped before stem; AL set when the stem had ال
                               (the stem then starts after it) */
    size_t sentence;        /* index of the sentence the token is in */
} rasd_token;

/* Tokens and sentences of the normalized text (computed on first call, then cached). */
size_t rasd_text_ntokens(rasd_text *t);
const rasd_token *rasd_text_token(rasd_text *t, size_t i);
size_t rasd_text_nsentences(rasd_text *t);
/* Sentence i spans normalized bytes [*start, *end) and tokens [*tok_first, *tok_end). An index
 * out of range gives the empty spans [len, len) and [ntokens, ntokens); NULL outputs are skipped. */
void rasd_text_sentence(rasd_text *t, size_t i, size_t *start, size_t *end,
                        size_t *tok_first, size_t *tok_end);

#ifdef __cplusplus
}
#endif
#endif /* RASD_H */
