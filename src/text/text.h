/* text.h — private interface of the text stage (normalize.c, tokenize.c).
 *
 * A rasd_text owns three things, all released by rasd_text_free:
 *   - the normalized text (NUL-terminated UTF-8, always valid UTF-8) and its offset map,
 *     built eagerly by rasd_text_new (normalize.c, rules TXT-N-*, TXT-MAP-*);
 *   - tokens with proclitic analysis and sentences, built lazily on first use by
 *     rasd_text_analyze (tokenize.c, rules TXT-TK-*, TXT-CL-*, TXT-SE-*).
 * The rule ids are defined in docs/text.md; code and tests cite them.
 *
 * The lazy part mutates the object: a rasd_text may be read from several threads only after
 * rasd_text_ntokens has been called once (or with outside locking). The aux words below are
 * written by the entity tagger (rasd_entity_find, rasd_form_at): those take one thread per text.
 */
#ifndef RASD_TEXT_H
#define RASD_TEXT_H

#include "rasd.h"

#include <stdbool.h>
#include <string.h>

typedef struct rasd_sentence {
    size_t start, end;          /* normalized bytes [start, end): first token start .. last end */
    size_t tok_first, tok_end;  /* tokens [tok_first, tok_end) */
} rasd_sentence;

struct rasd_text {
    unsigned flags;             /* RASD_NORM_* given to rasd_text_new */
    char *norm;                 /* len bytes + NUL, and one more NUL so that a two-byte load
                                   at any i <= len reads defined bytes */
    size_t len;
    size_t srclen;              /* input length: the source of normalized byte len */
    /* Offset map (TXT-MAP-2): map[i] holds the low map_bits bits of the source offset of
     * normalized byte i (i <= len). Because the map never decreases, the high bits are the
     * number of entries of wraps[] that are <= i: wraps[k] is the first normalized index whose
     * source offset is >= (k + 1) << map_bits. Empty unless the input is >= 4 GiB. */
    uint32_t *map;
    unsigned map_bits;          /* 32, smaller only in tests (rasd_text_new_bits) */
    size_t *wraps;
    size_t nwraps;
    /* Filled by rasd_text_analyze. */
    bool analyzed;
    rasd_token *tok;
    size_t ntok;
    rasd_sentence *sent;
    size_t nsent;
    /* Per-token words a later stage may fill (entity.c caches there what the dictionary has for
     * each token): ntok of them, all zero after rasd_text_analyze; aux_key names the one that
     * filled them (NULL: none). They live in the same allocation as tok, after its ntok tokens
     * and the nsent sentences (sent points there too), so rasd_text_free releases all three
     * with one free; their count is fixed, so token pointers stay valid. */
    uint32_t *aux;
    const void *aux_key;
    size_t aux_stamp;           /* and which version of it (the filler's business) */
    /* Space rasd_text_new reserves for that allocation at the end of the text's own block
     * (normalize.c), so that tokenizing needs no malloc of its own when tok, sent and aux fit
     * in room_bytes; tok == room then, and rasd_text_free does not free tok. */
    void *room;
    size_t room_bytes;
    size_t block_bytes;         /* size of the block the object heads (normalize.c may keep it
                                   for the thread's next text when it is freed) */
};

/* rasd_text_new with a narrower offset map (map_bits in 1..32), so tests can exercise the
 * high-bits reconstruction (TXT-MAP-2) without a 4 GiB input. rasd_text_new uses 32. */
rasd_text *rasd_text_new_bits(const char *utf8, size_t len, unsigned flags, unsigned map_bits);

/* Computes tokens, clitics and sentences once; later calls return at once. */
void rasd_text_analyze(rasd_text *t);

/* Proclitic analysis of one Arabic word of normalized text (TXT-CL-*): returns the RASD_CL_*
 * bits stripped and stores in *stem the byte offset of the stem within w (0 if none). */
unsigned rasd_text_clitics(const char *w, size_t n, size_t *stem);

/* Token i of t is the normalized word w[0..n), whole or as its stem after the proclitics
 * ("وبحث" is بحث). False when i is out of range (or t is NULL). Inline: the taggers and the
 * event extractor ask it millions of times, mostly of words that differ in the first byte. */
static inline __attribute__((always_inline)) bool rasd_text_token_is(rasd_text *t, size_t i, const char *w, size_t n)
{
    if (!t) return false;
    if (!t->analyzed) rasd_text_analyze(t);
    if (i >= t->ntok) return false;
    const rasd_token *k = &t->tok[i];
    const char *p = t->norm;
    return (k->end - k->start == n && (n == 0 || p[k->start] == w[0]) && memcmp(p + k->start, w, n) == 0) ||
           (k->end - k->stem == n && (n == 0 || p[k->stem] == w[0]) && memcmp(p + k->stem, w, n) == 0);
}

/* rasd_text_token (rasd.h), inline for the library's own callers that include this header
 * (the event extractor asks it per token, hundreds of thousands of times per MB): the same
 * contract, token i owned by t or NULL when i is out of range (or t is NULL). */
static inline const rasd_token *rasd_text_token_inline(rasd_text *t, size_t i)
{
    if (!t) return NULL;
    if (!t->analyzed) rasd_text_analyze(t);
    return i < t->ntok ? &t->tok[i] : NULL;
}

/* rasd_text_source (rasd.h), inline for the library's own callers that include this header
 * (the taggers and the event extractor map hundreds of thousands of token ends per MB): the
 * same contract, the input offset of normalized byte i. Only a text with map wraps (an input
 * of 4 GiB or more) takes the out-of-line call. */
static inline size_t rasd_text_source_inline(const rasd_text *t, size_t i)
{
    if (!t) return 0;
    if (i >= t->len) return t->srclen;
    return t->nwraps ? rasd_text_source(t, i) : t->map[i];
}

/* The two bytes at p as one 16-bit load reads them (this machine's byte order): the index of
 * the text stage's tables of two-byte characters (normalize.c, tokenize.c), which are filled
 * through it from the bytes, so they cannot disagree with it. */
static inline unsigned rasd_text_load16(const uint8_t *p)
{
    uint16_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

/* Consistency check of the clitic exception table (TXT-CL-8): every entry is two-byte Arabic
 * letters filed under its first letter, and the whole-word lists are strictly sorted as the
 * binary search expects. For unit tests; true when the table is sound. */
bool rasd_text_check_exceptions(void);

#endif
