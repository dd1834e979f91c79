/* normalize.c — Arabic text normalized for matching, with a byte offset map back to the input.
 *
 * Exports: rasd_text_new, rasd_text_new_bits, rasd_text_free, rasd_text_norm, rasd_text_source,
 * and rasd_norm_bytes (util.h: the same normalization without a map, into a caller's buffer).
 *
 * Rules (ids from docs/text.md, which has the full table; the letter rules are the usual
 * normalization for Arabic search, the space/format/mark rules follow Unicode categories as
 * utf8proc reports them):
 *   TXT-N-1   alef forms أ إ آ ٱ ٲ ٳ ٵ → ا
 *   TXT-N-2   alef maqsura ى → ي
 *   TXT-N-3   ta marbuta ة → ه, only with RASD_NORM_TAMARBUTA
 *   TXT-N-4   hamza seats ؤ ئ kept; و/ي followed by U+0654 → ؤ/ئ
 *   TXT-N-5   tatweel removed
 *   TXT-N-6   harakat, Quranic marks and optional combining marks removed
 *   TXT-N-7   Arabic-Indic and Persian digits → ASCII; ٫ ٬ ٪ → . , %
 *   TXT-N-8   presentation forms (U+FB50–FDFF, U+FE70–FEFF): compatibility decomposition
 *             (utf8proc), then these rules on the result
 *   TXT-N-9   Persian/Urdu ya, kaf and heh → Arabic letters
 *   TXT-N-10  spaces and controls → one ' ' each; line/paragraph separators → '\n'
 *   TXT-N-11  format characters (Cf: zero-width, bidi, BOM, soft hyphen) removed
 *   TXT-N-12  ASCII Latin lower-cased
 *   TXT-N-13  each invalid UTF-8 byte → one ' '
 *   TXT-N-14  anything else copied unchanged
 *   TXT-MAP-1/2 the offset map (text.h, docs/text.md).
 *
 * Speed/Cost: one pass and one block per text (the object, its map and its text share it,
 * and the block ends in room for the tokenizer's tokens, text.h; a calloc of the small object
 * alone cost as much as normalizing 700 bytes), and rasd_text_free keeps the freed block for
 * the thread's next text (block_give), which spares most texts their malloc and free: about
 * 500 instructions, 4.8M on slice3. ASCII and the
 * Arabic-block letters that stay two bytes take a fast loop (fast_span: one 16-bit load and one
 * table lookup per character, its output bytes and both map entries one store each, two such
 * letters in one step with one test for both), which run
 * (with the map) and rasd_norm_bytes (without) share with the per-character step for everything
 * else (norm_char), so the two cannot drift. Only other code points ask utf8proc for their
 * category, and only presentation forms are decomposed. The output buffer is sized so that the
 * common rules never check capacity (none of them makes a character longer); only
 * decompositions grow it. Measured with callgrind on rasd extract over slice3 (3 MB of Arabic
 * news JSONL, 88% of the text's bytes in Arabic letters): run about 8 instructions per input
 * byte (2.7 MB in 18,614 texts), rasd_norm_bytes about 7 (1.5 MB in 100-byte pieces, nothing
 * allocated); a character of the fast loop alone costs about 13, two letters in one step about
 * 18.
 *
 * Limits: a decomposed presentation form maps all its output bytes to the form's first byte,
 * so a span that ends inside one expansion (U+FDFA expands to four words) maps to an empty
 * source span. Combining marks are removed only in scripts where they are optional for
 * matching (Latin, Greek, Cyrillic, Hebrew, Arabic and the generic combining blocks); Indic and
 * other marks that carry vowels are kept. TXT-N-4 composes only when U+0654 follows the
 * letter directly (not after another mark).
 */
#include "text/text.h"
#include "util/util.h"

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- tables ---------------------------------------------------------------------------- */

/* TXT-N-12, TXT-N-10: ASCII. Upper case → lower case, C0 controls and DEL → space, '\n' kept. */
static const uint8_t ascii_tab[128] = {
    ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', '\n', ' ', ' ', ' ', ' ', ' ',
    ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
    ' ', '!', '"', '#', '$', '%', '&', '\'', '(', ')', '*', '+', ',', '-', '.', '/',
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
    '@', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '[', '\\', ']', '^', '_',
    '`', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '{', '|', '}', '~', ' ',
};

/* The Arabic block U+0600–06FF. An entry that is all zero copies the letter unchanged. */
enum { OP_COPY = 0, OP_OUT2 = 1 /* two bytes b0 b1 */, OP_OUT1 = 2 /* one byte b0 */,
       OP_DROP = 3, OP_TAMARBUTA = 4, OP_MASK = 0x0F,
       SEAT = 0x80 /* TXT-N-4: followed by U+0654 it becomes ؤ (if it gave و) or ئ */ };
typedef struct ar_entry { uint8_t op, n, b0, b1; } ar_entry;

#define AR(cp) [(cp) - 0x600]
#define DROP_ {OP_DROP, 0, 0, 0}
#define OUT2_(a, b) {OP_OUT2, 2, a, b}
#define DIGIT_(c) {OP_OUT1, 1, (c), 0}
#define ALEF_ OUT2_(0xD8, 0xA7)               /* ا U+0627 */
#define YEH_SEAT_ {OP_OUT2 | SEAT, 2, 0xD9, 0x8A} /* ي U+064A */
#define KAF_ OUT2_(0xD9, 0x83)                /* ك U+0643 */
#define HEH_ OUT2_(0xD9, 0x87)                /* ه U+0647 */
#define WAW_HAMZA_ OUT2_(0xD8, 0xA4)          /* ؤ U+0624 */
#define YEH_HAMZA_ OUT2_(0xD8, 0xA6)          /* ئ U+0626 */
#define TAMARBUTA_ {OP_TAMARBUTA, 2, 0, 0}

static const ar_entry ar_tab[256] = {
    /* TXT-N-11: Arabic number signs and the Arabic letter mark are format characters. */
    AR(0x600) = DROP_, AR(0x601) = DROP_, AR(0x602) = DROP_, AR(0x603) = DROP_,
    AR(0x604) = DROP_, AR(0x605) = DROP_, AR(0x61C) = DROP_, AR(0x6DD) = DROP_,
    /* TXT-N-6: honorific signs U+0610–061A. */
    AR(0x610) = DROP_, AR(0x611) = DROP_, AR(0x612) = DROP_, AR(0x613) = DROP_,
    AR(0x614) = DROP_, AR(0x615) = DROP_, AR(0x616) = DROP_, AR(0x617) = DROP_,
    AR(0x618) = DROP_, AR(0x619) = DROP_, AR(0x61A) = DROP_,
    /* TXT-N-1 */
    AR(0x622) = ALEF_, AR(0x623) = ALEF_, AR(0x625) = ALEF_, AR(0x671) = ALEF_,
    AR(0x672) = ALEF_, AR(0x673) = ALEF_, AR(0x675) = ALEF_,
    /* TXT-N-2, TXT-N-4, TXT-N-9: the ya family. */
    AR(0x649) = YEH_SEAT_, AR(0x64A) = {OP_COPY | SEAT, 0, 0, 0}, AR(0x620) = YEH_SEAT_,
    AR(0x63D) = YEH_SEAT_, AR(0x63E) = YEH_SEAT_, AR(0x63F) = YEH_SEAT_,
    AR(0x6CC) = YEH_SEAT_, AR(0x6D2) = YEH_SEAT_, AR(0x6D3) = YEH_HAMZA_, AR(0x678) = YEH_HAMZA_,
    AR(0x648) = {OP_COPY | SEAT, 0, 0, 0}, AR(0x676) = WAW_HAMZA_,
    /* TXT-N-3 */
    AR(0x629) = TAMARBUTA_, AR(0x6C3) = TAMARBUTA_,
    /* TXT-N-5 */
    AR(0x640) = DROP_,
    /* TXT-N-6: tanwin, harakat, shadda, sukun, maddah and hamza marks, subscript alef ... */
    AR(0x64B) = DROP_, AR(0x64C) = DROP_, AR(0x64D) = DROP_, AR(0x64E) = DROP_,
    AR(0x64F) = DROP_, AR(0x650) = DROP_, AR(0x651) = DROP_, AR(0x652) = DROP_,
    AR(0x653) = DROP_, AR(0x654) = DROP_, AR(0x655) = DROP_, AR(0x656) = DROP_,
    AR(0x657) = DROP_, AR(0x658) = DROP_, AR(0x659) = DROP_, AR(0x65A) = DROP_,
    AR(0x65B) = DROP_, AR(0x65C) = DROP_, AR(0x65D) = DROP_, AR(0x65E) = DROP_,
    AR(0x65F) = DROP_, AR(0x670) = DROP_,
    /* ... and the Quranic annotation signs U+06D6–06ED. */
    AR(0x6D6) = DROP_, AR(0x6D7) = DROP_, AR(0x6D8) = DROP_, AR(0x6D9) = DROP_,
    AR(0x6DA) = DROP_, AR(0x6DB) = DROP_, AR(0x6DC) = DROP_, AR(0x6DE) = DROP_,
    AR(0x6DF) = DROP_, AR(0x6E0) = DROP_, AR(0x6E1) = DROP_, AR(0x6E2) = DROP_,
    AR(0x6E3) = DROP_, AR(0x6E4) = DROP_, AR(0x6E5) = DROP_, AR(0x6E6) = DROP_,
    AR(0x6E7) = DROP_, AR(0x6E8) = DROP_, AR(0x6E9) = DROP_, AR(0x6EA) = DROP_,
    AR(0x6EB) = DROP_, AR(0x6EC) = DROP_, AR(0x6ED) = DROP_,
    /* TXT-N-7 */
    AR(0x660) = DIGIT_('0'), AR(0x661) = DIGIT_('1'), AR(0x662) = DIGIT_('2'),
    AR(0x663) = DIGIT_('3'), AR(0x664) = DIGIT_('4'), AR(0x665) = DIGIT_('5'),
    AR(0x666) = DIGIT_('6'), AR(0x667) = DIGIT_('7'), AR(0x668) = DIGIT_('8'),
    AR(0x669) = DIGIT_('9'),
    AR(0x6F0) = DIGIT_('0'), AR(0x6F1) = DIGIT_('1'), AR(0x6F2) = DIGIT_('2'),
    AR(0x6F3) = DIGIT_('3'), AR(0x6F4) = DIGIT_('4'), AR(0x6F5) = DIGIT_('5'),
    AR(0x6F6) = DIGIT_('6'), AR(0x6F7) = DIGIT_('7'), AR(0x6F8) = DIGIT_('8'),
    AR(0x6F9) = DIGIT_('9'),
    AR(0x66A) = DIGIT_('%'), AR(0x66B) = DIGIT_('.'), AR(0x66C) = DIGIT_(','),
    /* TXT-N-9: kaf and heh variants. */
    AR(0x6A9) = KAF_, AR(0x6AA) = KAF_,
    AR(0x6BE) = HEH_, AR(0x6C0) = HEH_, AR(0x6C1) = HEH_, AR(0x6C2) = HEH_, AR(0x6D5) = HEH_,
};

/* ---- emitting one code point ------------------------------------------------------------- */

static size_t put_utf8(uint8_t *p, int32_t cp)
{
    if (cp < 0x80) { p[0] = (uint8_t)cp; return 1; }
    if (cp < 0x800) {
        p[0] = (uint8_t)(0xC0 | (cp >> 6)); p[1] = (uint8_t)(0x80 | (cp & 0x3F)); return 2;
    }
    if (cp < 0x10000) {
        p[0] = (uint8_t)(0xE0 | (cp >> 12)); p[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        p[2] = (uint8_t)(0x80 | (cp & 0x3F)); return 3;
    }
    p[0] = (uint8_t)(0xF0 | (cp >> 18)); p[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    p[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F)); p[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

/* Writes what Arabic-block code point cp (entry e) becomes; returns the byte count (0..2). */
static inline size_t emit_ar(const ar_entry *e, int32_t cp, unsigned flags, uint8_t *p)
{
    switch (e->op & OP_MASK) {
    case OP_COPY:
        p[0] = (uint8_t)(0xC0 | (cp >> 6)); p[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    case OP_OUT2:
        p[0] = e->b0; p[1] = e->b1;
        return 2;
    case OP_OUT1:
        p[0] = e->b0;
        return 1;
    case OP_TAMARBUTA:
        if (flags & RASD_NORM_TAMARBUTA) { p[0] = 0xD9; p[1] = 0x87; }  /* ه */
        else { p[0] = 0xD8; p[1] = 0xA9; }                               /* ة */
        return 2;
    default:
        return 0;
    }
}

/* TXT-N-6: is this nonspacing/enclosing mark optional for matching? (See the file limits.) */
static bool strip_mark(int32_t cp)
{
    return cp < 0x0900
        || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF)
        || (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xFE20 && cp <= 0xFE2F) || (cp >= 0x10EFD && cp <= 0x10EFF)
        || (cp >= 0xE0100 && cp <= 0xE01EF);
}

/* Code points outside ASCII and U+0600–06FF, by Unicode category (TXT-N-6, -10, -11, -14). */
static size_t emit_other(int32_t cp, uint8_t *p)
{
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS: p[0] = ' '; return 1;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP: p[0] = '\n'; return 1;
    case UTF8PROC_CATEGORY_CC: p[0] = cp == 0x85 ? '\n' : ' '; return 1;
    case UTF8PROC_CATEGORY_CF: return 0;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_ME:
        if (strip_mark(cp)) return 0;
        break;
    default: break;
    }
    return put_utf8(p, cp);
}

/* Any code point that is not a presentation form; writes at most 4 bytes. */
static size_t emit_cp(int32_t cp, unsigned flags, uint8_t *p)
{
    if (cp < 0x80) { p[0] = ascii_tab[cp]; return 1; }
    if (cp >= 0x600 && cp <= 0x6FF) return emit_ar(&ar_tab[cp - 0x600], cp, flags, p);
    return emit_other(cp, p);
}

static bool is_presentation(int32_t cp)
{
    return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
}

/* ---- the pass ---------------------------------------------------------------------------- */

typedef struct norm {
    rasd_text *t;           /* the block: the object, then map, then out */
    uint8_t *out;
    uint32_t *map;
    size_t cap;             /* of out and map; invariant: cap >= o + (bytes of input left) + 1 */
    size_t *wraps;
    size_t nwraps, wcap;
    size_t next_wrap, step; /* next source offset whose high map bits change; 1 << map_bits */
} norm;

/* The object, the map and the text share one allocation (one malloc and one free per text, not
 * three): the rasd_text, the map's cap entries, then the text's cap bytes. Bytes for cap,
 * SIZE_MAX (which rasd_xrealloc reports as out of memory) if that does not fit in a size_t. */
static size_t block_size(size_t cap)
{
    const size_t per = sizeof(uint32_t) + 1;
    return cap <= (SIZE_MAX - sizeof(rasd_text)) / per ? sizeof(rasd_text) + cap * per : SIZE_MAX;
}

/* The first block also reserves the tokenizer's room (text.h): one token per 7 input bytes,
 * as tokenize.c sizes its own allocation (Arabic news has about one per 9), at the block's
 * end, aligned for the tokens. room_at: its offset in a block of capacity cap. */
enum { ROOM_ALIGN = 16 };
static size_t room_at(size_t cap)
{
    const size_t b = block_size(cap);
    return b <= SIZE_MAX - ROOM_ALIGN ? (b + ROOM_ALIGN - 1) / ROOM_ALIGN * ROOM_ALIGN : SIZE_MAX;
}

static size_t room_size(size_t n)
{
    return (n / 7 + 16) * sizeof(rasd_token);
}

/* One freed block per thread, kept for the thread's next text: rasd_text_free keeps the block
 * of the text it frees unless a block at least as large is kept already or it is over
 * SPARE_MAX, and rasd_text_new takes it when it is large enough. A malloc and free of the
 * block cost about 500 instructions per text, more than normalizing it takes for 60 bytes.
 * A thread's spare is freed when the thread exits (spare_key's destructor); the main thread's
 * stays reachable (thread-local) until the process ends. */
enum { SPARE_MAX = 1 << 22 };
static _Thread_local rasd_text *spare;
static _Thread_local bool spare_keyed;      /* this thread has spare_key set (for the exit) */
static pthread_key_t spare_key;
static bool spare_key_ok;
static pthread_once_t spare_once = PTHREAD_ONCE_INIT;

static void spare_release(void *unused)
{
    (void)unused;
    free(spare);
    spare = NULL;
}

static void spare_init(void)
{
    spare_key_ok = pthread_key_create(&spare_key, spare_release) == 0;
}

/* A block of at least `bytes`: the thread's spare if it is large enough, else a new one; *got
 * receives its size. */
static rasd_text *block_take(size_t bytes, size_t *got)
{
    rasd_text *b = spare;
    if (b && b->block_bytes >= bytes) {
        spare = NULL;
        *got = b->block_bytes;
        return b;
    }
    *got = bytes;
    return rasd_xrealloc(NULL, bytes);
}

/* Frees the block that t heads, or keeps it as the thread's spare. */
static void block_give(rasd_text *t)
{
    if (t->block_bytes > SPARE_MAX || (spare && spare->block_bytes >= t->block_bytes)) {
        free(t);
        return;
    }
    if (!spare_keyed) {
        pthread_once(&spare_once, spare_init);
        if (!spare_key_ok || pthread_setspecific(spare_key, &spare_keyed) != 0) {
            free(t);
            return;
        }
        spare_keyed = true;
    }
    free(spare);
    spare = t;
}

/* Points st->map and st->out into the block st->t of capacity st->cap. */
static void place(norm *st)
{
    st->map = (uint32_t *)(void *)(st->t + 1);
    st->out = (uint8_t *)(void *)(st->map + st->cap);
}

static void grow(norm *st, size_t need)
{
    if (need <= st->cap) return;
    size_t c = st->cap * 2;
    if (c < need) c = need;
    const size_t old = st->cap;
    st->t = rasd_xrealloc(st->t, block_size(c));
    st->cap = c;
    const uint8_t *was = (const uint8_t *)(void *)((uint32_t *)(void *)(st->t + 1) + old);
    place(st);
    /* the text moves up to its new place after the longer map (the regions may overlap) */
    memmove(st->out, was, old);
}

/* TXT-MAP-2: source offset i has crossed one or more (1 << map_bits) boundaries; the next
 * normalized byte (index o) is the first whose source is past them. */
static void cross(norm *st, size_t i, size_t o)
{
    while (i >= st->next_wrap) {
        if (st->nwraps == st->wcap) {
            st->wcap = st->wcap ? st->wcap * 2 : 8;
            st->wraps = rasd_xrealloc(st->wraps, st->wcap * sizeof *st->wraps);
        }
        st->wraps[st->nwraps++] = o;
        if (SIZE_MAX - st->next_wrap < st->step) { st->next_wrap = SIZE_MAX; break; }
        st->next_wrap += st->step;
    }
}

/* Output bytes one input character can take: a presentation form decomposes into at most 32
 * code points (utf8proc_decompose_char's buffer below) of at most 4 bytes each. */
#define NORM_CHAR_MAX 128

/* A presentation form cp: decompose (TXT-N-8), then apply the letter rules to each part, writing
 * at p (room: NORM_CHAR_MAX). Returns the byte count. */
static size_t emit_presentation(int32_t cp, unsigned flags, uint8_t *p)
{
    utf8proc_int32_t d[32];
    int bound = 0;
    utf8proc_ssize_t nd = utf8proc_decompose_char(cp, d, 32, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT,
                                                  &bound);
    if (nd < 1 || nd > 32) { d[0] = cp; nd = 1; }
    /* Isolated forms of harakat decompose to a space and the marks: drop them whole. */
    if (nd > 1 && d[0] == 0x20) {
        utf8proc_ssize_t k = 1;
        while (k < nd && utf8proc_category(d[k]) == UTF8PROC_CATEGORY_MN) k++;
        if (k == nd) return 0;
    }
    size_t o = 0;
    for (utf8proc_ssize_t k = 0; k < nd; k++) {
        uint8_t *q = p + o;
        size_t w;
        if (d[k] >= 0x600 && d[k] <= 0x6FF) {
            const ar_entry *e = &ar_tab[d[k] - 0x600];
            w = emit_ar(e, d[k], flags, q);
            if ((e->op & SEAT) && k + 1 < nd && d[k + 1] == 0x654) {  /* TXT-N-4 */
                q[1] = q[1] == 0x88 ? 0xA4 : 0xA6;
                q[0] = 0xD8;
                k++;
            }
        } else {
            w = emit_cp(d[k], flags, q);
        }
        o += w;
    }
    return o;
}

/* True if s[0..n) starts with a presentation form (whose expansion needs NORM_CHAR_MAX). */
static bool presentation_at(const uint8_t *s, size_t n)
{
    int32_t cp;
    return s[0] == 0xEF && rasd_utf8_next(s, n, &cp) && is_presentation(cp);
}

/* The one character at s[i] (i < n) by all the rules: writes its normalized bytes at p (room:
 * 4 bytes, NORM_CHAR_MAX if presentation_at) and returns their count; *len receives the input
 * bytes it consumed (a hamza seat and the U+0654 after it count as one character, TXT-N-4).
 * Apart from presentation forms, no character's output is longer than its input. */
static size_t norm_char(const uint8_t *s, size_t n, size_t i, unsigned flags, uint8_t *p, size_t *len)
{
    const uint8_t c = s[i];
    if (c < 0x80) { p[0] = ascii_tab[c]; *len = 1; return 1; }
    if (c >= 0xD8 && c <= 0xDB && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
        /* U+0600–06FF */
        const int32_t cp = ((int32_t)(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
        const ar_entry *e = &ar_tab[cp - 0x600];
        size_t w = emit_ar(e, cp, flags, p);
        *len = 2;
        if ((e->op & SEAT) && i + 3 < n && s[i + 2] == 0xD9 && s[i + 3] == 0x94) {
            p[1] = p[1] == 0x88 ? 0xA4 : 0xA6;  /* TXT-N-4: ؤ or ئ */
            p[0] = 0xD8;
            *len = 4;
        }
        return w;
    }
    int32_t cp = 0;
    size_t l = rasd_utf8_next(s + i, n - i, &cp);
    if (l == 0) { p[0] = ' '; *len = 1; return 1; }           /* TXT-N-13 */
    *len = l;
    if (is_presentation(cp)) return emit_presentation(cp, flags, p);
    return emit_cp(cp, flags, p);
}

/* The fast path's view of ascii_tab and ar_tab, derived from them (emit_ar) so that both paths
 * follow one table. Indexed by the two bytes at a character's start as rasd_text_load16 reads
 * them (text.h): the character's normalized bytes as they lie in memory, for an ASCII byte (one
 * byte; the second is whatever follows) and for an Arabic-block character that stays two bytes;
 * 0 for anything else (drops, digits, a second byte that is not a continuation byte), which
 * norm_char handles. No entry of the first kind is 0 (no output byte is NUL). One table per ta
 * marbuta setting, built once and immutable afterwards (pthread_once makes it thread-safe). */
static uint16_t fast16[2][0x10000];
static pthread_once_t fast_once = PTHREAD_ONCE_INIT;

/* The first byte of a fast16 entry: one byte (ASCII) below 0x80, two bytes from 0x80 on. */
static inline unsigned first_byte(unsigned e)
{
    const uint16_t v = (uint16_t)e;
    uint8_t b[2];
    memcpy(b, &v, sizeof b);
    return b[0];
}

/* Two bytes as rasd_text_load16 reads them from memory (a constant when a and b are). */
static inline unsigned bytes16(uint8_t a, uint8_t b)
{
    const uint8_t p[2] = {a, b};
    return rasd_text_load16(p);
}

/* TXT-N-4: fast_span hands a و or ي followed by U+0654 back to norm_char. */
#define OUT_WAW bytes16(0xD9, 0x88)
#define OUT_YA bytes16(0xD9, 0x8A)
#define MARK_HAMZA bytes16(0xD9, 0x94)

static void fast_init(void)
{
    for (unsigned t = 0; t < 2; t++) {
        for (unsigned a = 0; a < 0x80; a++)
            for (unsigned b = 0; b < 256; b++) {
                const uint8_t in[2] = {(uint8_t)a, (uint8_t)b}, out[2] = {ascii_tab[a], 0};
                fast16[t][rasd_text_load16(in)] = (uint16_t)rasd_text_load16(out);
            }
        for (unsigned k = 0; k < 256; k++) {
            uint8_t p[4];
            if (emit_ar(&ar_tab[k], (int32_t)(0x600 + k), t ? RASD_NORM_TAMARBUTA : 0, p) != 2) continue;
            const unsigned e = rasd_text_load16(p);
            /* و and ي come from seats only, and seats give nothing else (fast_span relies on it);
             * the rest is left to norm_char */
            const bool seat = ar_tab[k].op & SEAT, gives_seat = e == OUT_WAW || e == OUT_YA;
            if (seat != gives_seat) continue;
            /* U+0600 + k is D8 + k / 64, 80 + k % 64 */
            const uint8_t in[2] = {(uint8_t)(0xD8 + (k >> 6)), (uint8_t)(0x80 | (k & 0x3F))};
            fast16[t][rasd_text_load16(in)] = (uint16_t)e;
        }
    }
}

static const uint16_t *fast_table(unsigned flags)
{
    pthread_once(&fast_once, fast_init);
    return fast16[(flags & RASD_NORM_TAMARBUTA) ? 1 : 0];
}

/* The common characters — ASCII, and Arabic-block letters that stay two bytes — from s[*ip] up
 * to lim (a character may end past lim), writing out[o..] and, if with_map, map[o..]. Stops
 * before anything else, and before the last input byte (so that it may always read two);
 * returns the new output length, *ip the input position. Its output is never longer than its
 * input, but it may write one byte (and map entry) past it, which the next character
 * overwrites (the callers have that room). Inline so that run (with a map) and rasd_norm_bytes
 * (without) each get their own copy, with no test of with_map left inside the loop. */
static inline __attribute__((always_inline)) size_t
fast_span(const uint8_t *s, size_t n, size_t *ip, size_t lim, uint8_t *out, size_t o,
          bool with_map, uint32_t *map, uint32_t mask, const uint16_t *fast)
{
    const size_t start = *ip;
    size_t i = start;
    /* map[o] and map[o + 1] in one store: the source offset twice. Below lim the source offset
     * does not cross a map wrap, so it grows with i. */
    const uint64_t twice = 0x100000001u;
    uint64_t pair = ((uint64_t)i & mask) * twice;
    if (lim > n - 1) lim = n - 1;   /* n >= 1 here: the callers stop at i == n */
    /* Two characters per step while both are letters that stay two bytes (most of the text:
     * the first bytes of both entries are >= 0x80), else the first alone. */
    while (i + 2 < lim) {
        const unsigned e = fast[rasd_text_load16(s + i)], e2 = fast[rasd_text_load16(s + i + 2)];
        const uint16_t bytes = (uint16_t)e;
        if (first_byte(e & e2) >= 0x80) {
            const uint16_t bytes2 = (uint16_t)e2;
            const uint64_t pair2 = pair + 2 * twice;
            memcpy(out + o, &bytes, 2);
            memcpy(out + o + 2, &bytes2, 2);
            if (with_map) { memcpy(map + o, &pair, sizeof pair); memcpy(map + o + 2, &pair2, sizeof pair2); }
            o += 4; i += 4; pair += 4 * twice;
            continue;
        }
        if (!e) break;
        memcpy(out + o, &bytes, 2);
        if (with_map) memcpy(map + o, &pair, sizeof pair);
        if (first_byte(e) < 0x80) { o++; i++; pair += twice; continue; }
        o += 2; i += 2; pair += 2 * twice;
    }
    while (i < lim) {
        const unsigned e = fast[rasd_text_load16(s + i)];
        if (!e) break;
        const uint16_t bytes = (uint16_t)e;
        memcpy(out + o, &bytes, 2);
        if (with_map) memcpy(map + o, &pair, sizeof pair);
        if (first_byte(e) < 0x80) { o++; i++; pair += twice; continue; }
        o += 2; i += 2; pair += 2 * twice;
    }
    /* TXT-N-4: a و or ي just written (only seats give them here) and U+0654 next: both go to
     * norm_char, which composes them. */
    if (i >= start + 2 && i + 1 < n && s[i - 1] >= 0x80 && rasd_text_load16(s + i) == MARK_HAMZA) {
        const unsigned last = rasd_text_load16(out + o - 2);
        if (last == OUT_WAW || last == OUT_YA) { i -= 2; o -= 2; }
    }
    *ip = i;
    return o;
}

/* Normalizes s[0..n) into a new text (flags, map_bits as rasd_text_new_bits takes them). */
static rasd_text *run(const uint8_t *s, size_t n, unsigned flags, unsigned bits)
{
    norm st = {0};
    const uint32_t mask = bits >= 32 ? UINT32_MAX : ((uint32_t)1 << bits) - 1;
    const uint16_t *fast = fast_table(flags);
    if (bits < sizeof(size_t) * CHAR_BIT) { st.step = (size_t)1 << bits; st.next_wrap = st.step; }
    else { st.step = SIZE_MAX; st.next_wrap = SIZE_MAX; }
    st.cap = n < SIZE_MAX - 16 ? n + 16 : SIZE_MAX;
    /* Not zeroed: every byte up to the final length is written, and the object at the end. The
     * room is given up if the block grows (a presentation form); tokenize then allocates. */
    const size_t first_cap = st.cap, room_bytes = room_size(n), at = room_at(st.cap);
    size_t got;
    st.t = block_take(at <= SIZE_MAX - room_bytes ? at + room_bytes : SIZE_MAX, &got);
    place(&st);
    uint8_t *out = st.out;
    uint32_t *map = st.map;
    size_t o = 0, i = 0;

    while (i < n) {
        if (i >= st.next_wrap) cross(&st, i, o);
        /* Up to the next map wrap (TXT-MAP-2), so the fast loop needs no check of its own. */
        const size_t lim = st.next_wrap < n ? st.next_wrap : n;
        o = fast_span(s, n, &i, lim, out, o, true, map, mask, fast);
        if (i >= lim) continue;
        /* The rest, one character at a time (ASCII only as the last byte). */
        const uint32_t src = (uint32_t)i & mask;
        if (presentation_at(s + i, n - i)) {
            grow(&st, o + NORM_CHAR_MAX + (n - i) + 1);
            out = st.out; map = st.map;
        }
        size_t l, w = norm_char(s, n, i, flags, out + o, &l);
        for (size_t j = 0; j < w; j++) map[o + j] = src;
        o += w;
        i += l;
    }
    cross(&st, n, o);
    grow(&st, o + 2);
    out = st.out; map = st.map;
    map[o] = (uint32_t)n & mask;                             /* TXT-MAP-1: map[len] = input len */
    out[o] = out[o + 1] = 0;                                 /* two NULs (text.h) */
    rasd_text *t = st.t;
    *t = (rasd_text){0};
    t->flags = flags;
    t->norm = (char *)out;
    t->len = o;
    t->srclen = n;
    t->map = map;
    t->map_bits = bits;
    t->wraps = st.wraps;
    t->nwraps = st.nwraps;
    t->block_bytes = block_size(st.cap);
    if (st.cap == first_cap) {
        t->room = (char *)t + at;
        t->room_bytes = got - at;         /* a spare's slack too */
        t->block_bytes = got;
    }
    return t;
}

/* ---- public ---------------------------------------------------------------------------- */

rasd_text *rasd_text_new_bits(const char *utf8, size_t len, unsigned flags, unsigned map_bits)
{
    if (!utf8 && len) return NULL;
    if (map_bits < 1 || map_bits > 32) map_bits = 32;
    return run((const uint8_t *)(utf8 ? utf8 : ""), len, flags, map_bits);
}

/* Contract in rasd.h. A NULL input with len 0 gives an empty text. The input is not retained:
 * the caller may free it as soon as this returns. Never returns NULL otherwise (OOM aborts). */
rasd_text *rasd_text_new(const char *utf8, size_t len, unsigned flags)
{
    return rasd_text_new_bits(utf8, len, flags, 32);
}

/* Releases the text, its map, tokens and sentences. NULL is ignored. */
void rasd_text_free(rasd_text *t)
{
    if (!t) return;
    free(t->wraps);
    if (t->tok != t->room) free(t->tok);   /* and the sentences and aux words, which share
                                               its allocation; else all are in the room */
    block_give(t);  /* and the map and the text, which share its block (block_size) */
}

/* The normalized text: NUL-terminated valid UTF-8 owned by t; *len (if len is not NULL)
 * receives its length without the NUL. */
const char *rasd_text_norm(const rasd_text *t, size_t *len)
{
    if (len) *len = t ? t->len : 0;
    return t ? t->norm : NULL;
}

/* TXT-MAP-1: input byte offset of normalized byte i; i >= len gives the input length.
 * Monotone in i. O(1) (O(log n) above 4 GiB). A NULL t gives 0. */
size_t rasd_text_source(const rasd_text *t, size_t i)
{
    if (!t) return 0;
    if (i >= t->len) return t->srclen;
    size_t v = t->map[i];
    if (t->nwraps) {
        size_t lo = 0, hi = t->nwraps;           /* count of wraps[k] <= i */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (t->wraps[mid] <= i) lo = mid + 1; else hi = mid;
        }
        v += lo << t->map_bits;
    }
    return v;
}

/* Contract in util.h: the normalized text of in[0..n) without an offset map, cut at cap - 1
 * bytes. The same loops as run (fast_span, norm_char); it stops once out is full. */
size_t rasd_norm_bytes(const char *in, size_t n, unsigned flags, char *out, size_t cap)
{
    if (cap == 0) return 0;
    const uint8_t *s = (const uint8_t *)in;
    uint8_t *o8 = (uint8_t *)out;
    const uint16_t *fast = fast_table(flags);
    const size_t room = cap - 1;
    size_t o = 0, i = 0;
    while (i < n && o < room) {
        /* the fast loop never lengthens, so this limit keeps it inside out (its last character
         * may end one byte past room, still inside cap; the cut below drops that byte) */
        const size_t lim = room - o < n - i ? i + (room - o) : n;
        o = fast_span(s, n, &i, lim, o8, o, false, NULL, 0, fast);
        if (i >= lim) continue;
        size_t l, w;
        if (room - o >= NORM_CHAR_MAX) {
            w = norm_char(s, n, i, flags, o8 + o, &l);
        } else {
            uint8_t tmp[NORM_CHAR_MAX];
            w = norm_char(s, n, i, flags, tmp, &l);
            if (w > room - o) w = room - o;
            memcpy(o8 + o, tmp, w);
        }
        o += w;
        i += l;
    }
    if (o > room) o = room;
    o8[o] = 0;
    return o;
}
