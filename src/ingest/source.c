/* source.c — a buffered byte source over a file or stdin that undoes gzip transparently.
 *
 * gzip handling follows RFC 1952 as CC-NEWS WARC files use it: any number of members one after
 * another (one per WARC record). Where output resumes after a failed member inside a line, a
 * newline is inserted so line-based records start clean. A corrupt member is reported with its compressed offset and the
 * source scans forward for the next member header (1f 8b 08) and goes on; a truncated last member
 * is reported and ends the stream. Bytes after the last member that are not a member are
 * reported and ignored. Problems are RASD_WARN here: the record reader above decides whether a
 * record was lost (it sees the gap through rasd_src_take_gap).
 *
 * Gaps are positional: the source decompresses ahead of what the reader has consumed, so each
 * error keeps the decompressed range the failed member produced ([from, to), from == to when it
 * produced nothing), and rasd_src_take_gap counts only the errors that touch the bytes consumed
 * since its last call. A handful are kept; beyond that the oldest two merge (more conservative).
 */
#include "ingest/ingest.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define RAW_CHUNK ((size_t)256 << 10)
#define MIN_READ ((size_t)64 << 10)
#define MAX_GAPS 16

typedef struct src_gap { uint64_t from, to; } src_gap;

struct rasd_src {
    rasd_ctx *ctx;
    const char *path;
    FILE *f;
    bool own_f, raw_eof, eof;
    /* gzip */
    bool gz, z_ready, in_member, had_error;
    z_stream z;
    uint8_t *raw;
    size_t raw_len, raw_pos;
    uint64_t raw_off;          /* file offset of raw[0] */
    uint64_t member_off;       /* file offset where the current member began */
    uint64_t member_out;       /* stream offset of the current member's first output byte */
    src_gap gaps[MAX_GAPS];    /* errors not yet passed by rasd_src_take_gap */
    size_t ngaps;
    uint64_t gap_mark;         /* read position at the last rasd_src_take_gap */
    /* decompressed window */
    uint8_t *buf;
    size_t cap, start, end;
    uint64_t pos;              /* stream offset of buf[start] */
};

static void read_raw(rasd_src *s)
{
    /* keep unread bytes, append more */
    if (s->raw_pos > 0) {
        memmove(s->raw, s->raw + s->raw_pos, s->raw_len - s->raw_pos);
        s->raw_off += s->raw_pos;
        s->raw_len -= s->raw_pos;
        s->raw_pos = 0;
    }
    if (s->raw_eof || s->raw_len == RAW_CHUNK) return;
    size_t n = fread(s->raw + s->raw_len, 1, RAW_CHUNK - s->raw_len, s->f);
    s->raw_len += n;
    if (n == 0) {
        if (ferror(s->f))
            rasd_diagf(s->ctx, RASD_WARN, s->path, 0, s->raw_off + s->raw_len,
                        "read error: %s; the input ends here", strerror(errno));
        s->raw_eof = true;
    }
}

rasd_src *rasd_src_open(rasd_ctx *ctx, const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        rasd_diagf(ctx, RASD_SKIP, path, 0, 0, "cannot open: %s", strerror(errno));
        return NULL;
    }
    return rasd_src_open_stream(ctx, path, f, f != stdin);
}

rasd_src *rasd_src_open_stream(rasd_ctx *ctx, const char *name, FILE *f, bool own)
{
    rasd_src *s = rasd_xalloc(sizeof *s);
    s->ctx = ctx;
    s->path = name;
    s->f = f;
    s->own_f = own;
    s->raw = rasd_xrealloc(NULL, RAW_CHUNK);   /* filled by fread before use: no zeroing */
    read_raw(s);
    if (s->raw_len >= 2 && s->raw[0] == 0x1f && s->raw[1] == 0x8b) {
        s->gz = true;
        if (inflateInit2(&s->z, 16 + MAX_WBITS) != Z_OK) {
            fprintf(stderr, "rasd: zlib initialisation failed\n");
            abort();
        }
        s->z_ready = true;
    }
    return s;
}

void rasd_src_close(rasd_src *s)
{
    if (!s) return;
    if (s->z_ready) inflateEnd(&s->z);
    if (s->own_f) fclose(s->f);
    free(s->raw);
    free(s->buf);
    free(s);
}

/* Room for at least `need` more bytes after end. */
static void make_room(rasd_src *s, size_t need)
{
    if (s->cap - s->end >= need) return;
    if (s->start > 0) {
        memmove(s->buf, s->buf + s->start, s->end - s->start);
        s->end -= s->start;
        s->start = 0;
        if (s->cap - s->end >= need) return;
    }
    size_t cap = s->cap ? s->cap : MIN_READ * 4;
    while (cap - s->end < need) cap *= 2;
    s->buf = rasd_xrealloc(s->buf, cap);
    s->cap = cap;
}

/* Records that decompressed data was lost at the current output end; the failed member's output
 * (if the member had begun) is damaged too. */
static void add_gap(rasd_src *s, bool member_began)
{
    uint64_t to = s->pos + (s->end - s->start);
    if (s->ngaps == MAX_GAPS) {
        s->gaps[1].from = s->gaps[0].from;
        memmove(s->gaps, s->gaps + 1, (MAX_GAPS - 1) * sizeof *s->gaps);
        s->ngaps--;
    }
    s->gaps[s->ngaps++] = (src_gap){member_began ? s->member_out : to, to};
}

/* After a member failed: its corrupt data may have run on into the members after it, so the
 * search for the next member header starts just after its start while those bytes are at hand. */
static void rewind_member(rasd_src *s)
{
    if (s->member_off + 1 >= s->raw_off && s->member_off + 1 <= s->raw_off + s->raw_len)
        s->raw_pos = (size_t)(s->member_off + 1 - s->raw_off);
}

/* After a failed member, output resumes with the next member: if the damaged output ended
 * inside a line, end that line, so that line-based records (JSON Lines, WARC headers) of the next
 * member start on a line of their own. The inserted byte lies inside the reported gap. */
static void end_damaged_line(rasd_src *s)
{
    if (s->end == s->start || s->buf[s->end - 1] == '\n') return;
    make_room(s, 1);
    s->buf[s->end++] = '\n';
    if (s->ngaps) s->gaps[s->ngaps - 1].to++;
}

/* Scans raw input for the next gzip member header after a corrupt one. */
static void resync(rasd_src *s)
{
    for (;;) {
        for (size_t i = s->raw_pos; i + 2 < s->raw_len; i++) {
            if (s->raw[i] == 0x1f && s->raw[i + 1] == 0x8b && s->raw[i + 2] == 0x08) {
                s->raw_pos = i;
                return;
            }
        }
        if (s->raw_eof) { s->raw_pos = s->raw_len; return; }
        s->raw_pos = s->raw_len > 2 ? s->raw_len - 2 : s->raw_pos;
        read_raw(s);
    }
}

/* Produces more decompressed bytes (at least one unless the input has ended). */
static void fill_more(rasd_src *s)
{
    make_room(s, MIN_READ);
    if (!s->gz) {
        if (s->raw_pos < s->raw_len) { /* bytes read while sniffing */
            size_t n = s->raw_len - s->raw_pos;
            if (n > s->cap - s->end) n = s->cap - s->end;
            memcpy(s->buf + s->end, s->raw + s->raw_pos, n);
            s->raw_pos += n;
            s->end += n;
            return;
        }
        size_t n = fread(s->buf + s->end, 1, s->cap - s->end, s->f);
        s->end += n;
        if (n == 0) {
            if (ferror(s->f))
                rasd_diagf(s->ctx, RASD_WARN, s->path, 0, s->pos + (s->end - s->start),
                            "read error: %s; the input ends here", strerror(errno));
            s->eof = true;
        }
        return;
    }
    size_t produced = 0;
    while (produced == 0 && !s->eof) {
        if (s->raw_pos == s->raw_len) read_raw(s);
        if (!s->in_member) {
            if (s->raw_len - s->raw_pos < 3 && !s->raw_eof) read_raw(s);
            if (s->raw_pos == s->raw_len) { s->eof = true; break; }
            const uint8_t *r = s->raw + s->raw_pos;
            size_t left = s->raw_len - s->raw_pos;
            if (left < 2 || r[0] != 0x1f || r[1] != 0x8b) {
                uint64_t at = s->raw_off + s->raw_pos;
                s->had_error = true;
                add_gap(s, false);
                resync(s);
                rasd_diagf(s->ctx, RASD_WARN, s->path, 0, at,
                            "%llu bytes that are not a gzip member (compressed offset %llu) ignored",
                            (unsigned long long)(s->raw_off + s->raw_pos - at),
                            (unsigned long long)at);
                continue;
            }
            inflateReset2(&s->z, 16 + MAX_WBITS);
            s->in_member = true;
            s->member_off = s->raw_off + s->raw_pos;
            s->member_out = s->pos + (s->end - s->start);
        }
        s->z.next_in = s->raw + s->raw_pos;
        s->z.avail_in = (uInt)(s->raw_len - s->raw_pos);
        s->z.next_out = s->buf + s->end;
        s->z.avail_out = (uInt)(s->cap - s->end);
        int rc = inflate(&s->z, Z_NO_FLUSH);
        size_t used = (s->raw_len - s->raw_pos) - s->z.avail_in;
        size_t out = (s->cap - s->end) - s->z.avail_out;
        s->raw_pos += used;
        s->end += out;
        produced += out;
        if (rc == Z_STREAM_END) {
            s->in_member = false;
        } else if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_STREAM_ERROR) {
            s->had_error = true;
            uint64_t at = s->member_off;
            s->in_member = false;
            add_gap(s, true);
            rewind_member(s);
            resync(s);
            end_damaged_line(s);
            rasd_diagf(s->ctx, RASD_WARN, s->path, 0, s->pos + (s->end - s->start),
                        "corrupt gzip member at compressed offset %llu (%s); resuming at compressed offset %llu",
                        (unsigned long long)at, s->z.msg ? s->z.msg : "bad data",
                        (unsigned long long)(s->raw_off + s->raw_pos));
        } else if (used == 0 && out == 0) {
            if (s->raw_eof) {
                s->had_error = true;
                add_gap(s, true);
                s->in_member = false;
                rewind_member(s);   /* corrupt data that ran on to the end of the input? */
                resync(s);
                if (s->raw_pos < s->raw_len) end_damaged_line(s);
                if (s->raw_pos < s->raw_len)
                    rasd_diagf(s->ctx, RASD_WARN, s->path, 0, s->pos + (s->end - s->start),
                                "corrupt gzip member at compressed offset %llu (it runs to the end of "
                                "the input); resuming at compressed offset %llu",
                                (unsigned long long)s->member_off,
                                (unsigned long long)(s->raw_off + s->raw_pos));
                else
                    rasd_diagf(s->ctx, RASD_WARN, s->path, 0, s->pos + (s->end - s->start),
                                "truncated gzip member (began at compressed offset %llu); the input ends here",
                                (unsigned long long)s->member_off);
            } else {
                read_raw(s);
            }
        }
    }
}

size_t rasd_src_fill(rasd_src *s, size_t want)
{
    /* fill_more makes room as it goes (doubling): reserving `want` up front would allocate the
     * whole --max-doc limit for every whole-file document */
    while (s->end - s->start < want && !s->eof) fill_more(s);
    return s->end - s->start;
}

const uint8_t *rasd_src_data(const rasd_src *s) { return s->buf ? s->buf + s->start : (const uint8_t *)""; }
size_t rasd_src_avail(const rasd_src *s) { return s->end - s->start; }
uint64_t rasd_src_pos(const rasd_src *s) { return s->pos; }
bool rasd_src_is_gzip(const rasd_src *s) { return s->gz; }
bool rasd_src_had_error(const rasd_src *s) { return s->had_error; }

/* Counts the gzip errors whose damage lies in the bytes consumed since the last call, the range
 * (mark, pos]: a failed member's output that overlaps [mark, pos), or a member lost without
 * output at a point after mark, up to and including pos. So a reader that takes the gaps at
 * each record's start and again where the record's data ends learns whether the record's bytes
 * came from a failed member or stop where data was lost. */
uint64_t rasd_src_take_gap(rasd_src *s)
{
    uint64_t hit = 0;
    size_t keep = 0;
    for (size_t i = 0; i < s->ngaps; i++) {
        src_gap g = s->gaps[i];
        if (g.from < g.to ? g.from < s->pos && g.to > s->gap_mark
                          : g.to > s->gap_mark && g.to <= s->pos)
            hit++;
        if (g.to > s->pos) s->gaps[keep++] = g;   /* reaches past the read position */
    }
    s->ngaps = keep;
    s->gap_mark = s->pos;
    return hit;
}

void rasd_src_consume(rasd_src *s, size_t n)
{
    if (n > s->end - s->start) n = s->end - s->start;
    s->start += n;
    s->pos += n;
    if (s->start == s->end) s->start = s->end = 0;
}

int64_t rasd_src_find_nl(rasd_src *s, size_t from, size_t limit)
{
    for (;;) {
        size_t avail = s->end - s->start;
        const uint8_t *d = s->buf ? s->buf + s->start : NULL;
        if (d && from < avail) {
            size_t upto = avail < limit ? avail : limit;
            if (from < upto) {
                const uint8_t *nl = memchr(d + from, '\n', upto - from);
                if (nl) return nl - d;
                from = upto;
            }
        }
        if (avail >= limit) return -2;
        if (s->eof) return -1;
        size_t want = avail + MIN_READ;
        if (want > limit) want = limit;
        rasd_src_fill(s, want);
        if (s->end - s->start == avail && s->eof) return -1;
    }
}

uint64_t rasd_src_skip_line(rasd_src *s)
{
    uint64_t skipped = 0;
    for (;;) {
        size_t avail = s->end - s->start;
        if (avail == 0) {
            if (s->eof) return skipped;
            rasd_src_fill(s, 1);
            continue;
        }
        const uint8_t *d = s->buf + s->start;
        const uint8_t *nl = memchr(d, '\n', avail);
        size_t n = nl ? (size_t)(nl - d) + 1 : avail;
        rasd_src_consume(s, n);
        skipped += n;
        if (nl) return skipped;
    }
}
