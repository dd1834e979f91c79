/* util.h — shared internals: the one allocator, arenas, growable buffers, a JSON writer.
 *
 * Out-of-memory policy (decided once, here): rasd_xalloc/rasd_xrealloc print one line and
 * abort(). A news pipeline has nothing sensible to do without memory, and one policy in one
 * place keeps every caller free of unreachable error paths.
 */
#ifndef RASD_UTIL_H
#define RASD_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdio.h>

void *rasd_xalloc(size_t n);                 /* never NULL; zeroed */
void *rasd_xrealloc(void *p, size_t n);      /* never NULL */
char *rasd_xstrndup(const char *s, size_t n);

/* ---- arena: many small allocations, one free -------------------------------------------- */
typedef struct rasd_arena rasd_arena;
rasd_arena *rasd_arena_new(void);
void *rasd_arena_alloc(rasd_arena *a, size_t n);            /* zeroed, 16-byte aligned */
char *rasd_arena_strndup(rasd_arena *a, const char *s, size_t n); /* NUL-terminated copy */
char *rasd_arena_printf(rasd_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void rasd_arena_reset(rasd_arena *a);    /* frees everything allocated, keeps one chunk */
void rasd_arena_free(rasd_arena *a);

/* ---- buf: a growable byte buffer (owns its memory; free with rasd_buf_free) -------------- */
typedef struct rasd_buf { char *p; size_t len, cap; } rasd_buf;
void rasd_buf_grow(rasd_buf *b, size_t extra);   /* room for extra more bytes and a NUL */
/* The small, hot operations are inline: output writers call them per field and per character. */
static inline void rasd_buf_reserve(rasd_buf *b, size_t extra)
{
    if (b->cap - b->len <= extra) rasd_buf_grow(b, extra);
}
static inline void rasd_buf_add(rasd_buf *b, const void *p, size_t n)
{
    rasd_buf_reserve(b, n);
    if (n) memcpy(b->p + b->len, p, n);
    b->len += n;
    b->p[b->len] = 0;
}
static inline void rasd_buf_addc(rasd_buf *b, char c)
{
    rasd_buf_reserve(b, 1);
    b->p[b->len++] = c;
    b->p[b->len] = 0;
}
void rasd_buf_adds(rasd_buf *b, const char *s);
void rasd_buf_printf(rasd_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rasd_buf_free(rasd_buf *b);

/* Generic growable array of fixed-size items in a rasd_buf. */
#define RASD_VEC_PUSH(buf, type, val) \
    do { type v_ = (val); rasd_buf_add((buf), &v_, sizeof v_); } while (0)
#define RASD_VEC_LEN(buf, type) ((buf)->len / sizeof(type))
#define RASD_VEC_AT(buf, type, i) (((type *)(void *)(buf)->p)[i])

/* ---- json: writing JSON text into a rasd_buf ---------------------------------------------- */
/* A string is written with every control character and quote escaped; invalid UTF-8 bytes are
 * written as U+FFFD so the output is always valid JSON. NULL is written as null. */
void rasd_json_str(rasd_buf *b, const char *s, size_t n);
void rasd_json_cstr(rasd_buf *b, const char *s);    /* NUL-terminated, NULL → null */
void rasd_json_key(rasd_buf *b, bool *first, const char *key); /* ,"key": */
void rasd_json_u64(rasd_buf *b, uint64_t v);
void rasd_json_strs(rasd_buf *b, const char *const *v, size_t n);   /* ["a","b"] */

/* ---- hashing: 64-bit FNV-1a (stable across runs and machines: ids and keys derive from it) -- */
static inline uint64_t rasd_hash64(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 1099511628211ull;
    return h;
}

/* ---- utf8 ------------------------------------------------------------------------------ */
/* Length of the valid UTF-8 sequence at s[0..n), or 0 if the bytes there are not valid UTF-8
 * (overlong, surrogate, truncated, > U+10FFFF). *cp receives the code point. */
size_t rasd_utf8_next(const uint8_t *s, size_t n, int32_t *cp);
/* rasd_utf8_next with its two commonest cases inline (ASCII, and two-byte sequences such as
 * Arabic letters), for loops that decode every character; same contract and results. */
static inline size_t rasd_utf8_next_fast(const uint8_t *s, size_t n, int32_t *cp)
{
    if (n && s[0] < 0x80) { *cp = s[0]; return 1; }
    if (n >= 2 && s[0] >= 0xC2 && s[0] <= 0xDF && (s[1] & 0xC0) == 0x80) {
        *cp = ((int32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    return rasd_utf8_next(s, n, cp);
}
/* Whether s[0..8), starting at a character, holds only ASCII and two-byte sequences (a lead
 * 0xC2-0xDF each followed by its continuation byte), one of which may begin in s[7] and end
 * after it: *carry says that one came before (s[0] must continue it) and gets whether one
 * begins in s[7]; on false it is left as it was. For loops that take mixed runs of Arabic
 * words, spaces and punctuation eight bytes a step. */
static inline bool rasd_utf8_pairs8(const uint8_t *s, uint64_t *carry)
{
    const uint64_t H = 0x8080808080808080ull;
    uint64_t w;
    memcpy(&w, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);   /* s[0] the lowest byte */
#endif
    uint64_t high = w & H;                   /* bit 7 of each byte that is not ASCII */
    uint64_t lead = high & (w << 1);         /* 11xxxxxx: those with bit 6 too */
    /* the others (10xxxxxx) must be exactly the bytes the leads call for */
    uint64_t cont_fault = (high ^ lead) ^ (lead << 8 | *carry);
    /* a lead is C2-DF: its low six bits v in 02-1F, i.e. (v ^ 0x20) + 0x5E sets bit 7 */
    uint64_t ok = ((w & 0x3F3F3F3F3F3F3F3Full) ^ 0x2020202020202020ull) + 0x5E5E5E5E5E5E5E5Eull;
    if (cont_fault | (lead & ~ok)) return false;
    *carry = lead >> 56;
    return true;
}
/* True if s[0..n) is valid UTF-8 in rasd_utf8_next's sense (NUL bytes included). */
bool rasd_utf8_valid(const uint8_t *s, size_t n);
/* Code point ending just before s[i] (walks back over continuation bytes); *len its length. */
int32_t rasd_utf8_prev(const uint8_t *s, size_t i, size_t *len);

/* White space as news pages use it: ASCII blanks, no-break spaces, the U+2000 block, zero-width
 * space and joiners, bidi marks, BOM, ideographic space. */
bool rasd_is_space_cp(int32_t c);
/* True if s[0..n) holds only such white space (and nothing invalid). */
bool rasd_is_blank(const uint8_t *s, size_t n);

/* ---- normalization without an offset map (defined in text/normalize.c) ---------------------- */
/* Writes the normalized form of in[0..n) (the rules of rasd_text_new with the same flags, TXT-N-*)
 * into out, cut at cap - 1 bytes (possibly inside a character) and NUL-terminated; returns its
 * length. Nothing is allocated and no map is built: for callers that only compare normalized
 * text (stock phrases, datelines, dictionary keys). Declared here rather than in text/text.h
 * so that the clean stage can use it without the text object. cap 0 writes nothing. */
size_t rasd_norm_bytes(const char *in, size_t n, unsigned flags, char *out, size_t cap);

/* ---- dates -------------------------------------------------------------------------------- */
int rasd_days_in_month(int y, int m);
/* Days since 1970-01-01 for a proleptic Gregorian date, and back. */
int64_t rasd_days_from_civil(int y, int m, int d);
void rasd_civil_from_days(int64_t z, int *y, int *m, int *d);
/* Accepts YYYY-MM-DD, optionally followed by T, a time and an offset or Z (RFC 3339 shapes),
 * or YYYY-MM-DD HH:MM[:SS]. Writes the canonical form (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][±HH:MM|Z])
 * into out (>= 32 bytes). Returns false if s is not such a date or the date does not exist. */
bool rasd_iso_date_parse(const char *s, size_t n, char out[32]);

#endif
