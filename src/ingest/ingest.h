/* ingest.h — private interface of the ingest stage: a buffered byte source that undoes gzip
 * (multi-member, as WARC.gz and CC-NEWS write it), format detection, and the per-format record
 * readers (text/HTML whole file, JSON Lines, WARC) that fill a rasd_doc.
 *
 * Memory: the source buffer grows to the largest record read (bounded by ctx->max_doc, plus
 * the window); a document lives in the reader's arena until the next record.
 */
#ifndef RASD_INGEST_H
#define RASD_INGEST_H

#include "rasd.h"
#include "util/ctx.h"

#include <stdbool.h>

/* ---- source ----------------------------------------------------------------------------- */
typedef struct rasd_src rasd_src;

/* Opens path ("-" = stdin). Returns NULL (and reports) if it cannot be opened. If the bytes
 * begin with the gzip magic, they are decompressed transparently, member after member. */
rasd_src *rasd_src_open(rasd_ctx *ctx, const char *path);
/* Same over an open stream (own: close it with the source). */
rasd_src *rasd_src_open_stream(rasd_ctx *ctx, const char *name, FILE *f, bool own);
void rasd_src_close(rasd_src *s);

/* Makes at least `want` bytes available at rasd_src_data() unless the input ends first;
 * returns the number available (less than want only at the end of the input). */
size_t rasd_src_fill(rasd_src *s, size_t want);
const uint8_t *rasd_src_data(const rasd_src *s);
size_t rasd_src_avail(const rasd_src *s);
/* Decompressed-stream offset of rasd_src_data()[0]. */
uint64_t rasd_src_pos(const rasd_src *s);
void rasd_src_consume(rasd_src *s, size_t n);
/* Finds the first '\n' at or after index `from` of rasd_src_data(), filling as needed but never
 * holding more than `limit` bytes: returns its index relative to rasd_src_data(), or -1 at end
 * of input with no newline (the rest is data[from..avail)), or -2 if no newline occurs within
 * the first `limit` bytes. */
int64_t rasd_src_find_nl(rasd_src *s, size_t from, size_t limit);
/* Discards input up to and including the next '\n' (or to the end), streaming, without
 * buffering it; returns the number of bytes discarded. */
uint64_t rasd_src_skip_line(rasd_src *s);
bool rasd_src_is_gzip(const rasd_src *s);
/* True once a gzip error (truncation, corrupt data) has been reported for this source; the
 * source resynchronizes on the next member header when it can. */
bool rasd_src_had_error(const rasd_src *s);
/* Counts the gzip errors that damaged the bytes consumed since the last call: a failed member's
 * output overlapping them, or a member lost without output after their start, up to and
 * including the read position. Readers use it to know a record was damaged. */
uint64_t rasd_src_take_gap(rasd_src *s);

/* ---- documents ---------------------------------------------------------------------------- */
struct rasd_doc {
    rasd_ctx *ctx;
    const char *file;
    const char *id;
    int64_t record;           /* 1-based line/record number; 0 for a whole-file document */
    uint64_t offset;          /* where the record starts in the (decompressed) input */
    rasd_format container;    /* the file's format */
    bool html;                /* the content is HTML (else plain text) */
    const uint8_t *src;       /* content bytes: offsets index these */
    size_t len;
    const char *url, *title, *outlet;   /* metadata; NULL when absent */
    const char *published;    /* canonical ISO from metadata, NULL when absent */
    const char *warc_date;    /* canonical ISO WARC-Date (fallback only) */
    const char *charset;      /* declared charset of an HTTP payload (WARC), NULL if none */
    rasd_arena *arena;        /* owns all of the above except file */
};

struct rasd_reader {
    rasd_ctx *ctx;
    rasd_src *src;
    const char *file;
    char *base;               /* basename of file, for derived ids */
    rasd_format fmt;
    int64_t record;           /* records seen so far */
    bool done;
    rasd_doc doc;
    rasd_arena *arena;        /* per-document; reset on every next() */
    void *fmt_state;          /* per-format state, freed by close */
};

/* Per-format readers: fill r->doc (after the reader reset the arena and zeroed the doc) and
 * return true, or return false at the end of input. Records that cannot be used are reported
 * (RASD_SKIP) and passed over inside these functions. */
bool rasd_read_whole(rasd_reader *r);
bool rasd_read_jsonl(rasd_reader *r);
void rasd_jsonl_state_free(void *state);
bool rasd_read_warc(rasd_reader *r);
void rasd_warc_state_free(void *state);

/* Charset (charset.c): if an HTML document's bytes are declared (doc->charset from HTTP, a
 * BOM, or <meta charset>/http-equiv in the first 2048 bytes) in a non-UTF-8 encoding, converts
 * doc->src to UTF-8 in the reader's arena (offsets then index the converted bytes). */
void rasd_doc_decode_charset(rasd_reader *r);

/* Content sniffing on the first bytes of a (decompressed) stream. */
rasd_format rasd_detect_format(const uint8_t *p, size_t n);
/* True if the bytes look like an HTML document or fragment rather than plain text. */
bool rasd_looks_like_html(const uint8_t *p, size_t n);

#endif
