/* dump.c — cleaning and segmentation of plain-text news dumps (what scrapers save).
 *
 * Exports rasd_clean_text. A dump is read line by line; each line is classified from signals of
 * the language and the page, never from strings of particular sites; then a walk over the lines
 * finds article boundaries, titles, body paragraphs and captions, and drops the rest with its
 * reason. Stock phrases and photo-credit words are data (data/boilerplate.tsv).
 *
 * Line rules (ids cited by tests/unit/test_dump.c and docs/cleaning.md):
 *   DUMP-IMG   an image or bare URL line ("![](…)", "http…") is dropped as `image`; a date in its
 *              path is a weak publication date (rank url) for its article.
 *   DUMP-DATE  a short line that is a date (rasd_dateline_parse) is a `dateline` that dates the
 *              article it heads; a time-only line right after it adds the time.
 *   DUMP-PHR   a line that starts with (or is) a stock phrase of page furniture takes the phrase's
 *              reason: related_links, tags, share_widget, advert, footer, navigation. A related
 *              header alone on its line opens a list: the short lines after it are links.
 *   DUMP-GLUE  words glued without a space are page furniture whose markup was stripped: a Latin
 *              letter touching an Arabic one, a lower-case Latin letter before an upper-case one,
 *              ta marbuta or alef maqsura (which only end words) followed by a letter, a closing
 *              quote followed by a letter. Two or more such joints: navigation (footer when it
 *              carries a copyright), or the reason of its leading stock phrase.
 *   DUMP-TICK  three or more segments joined by runs of spaces or no-break spaces, or headline-
 *              length segments joined by | • with little other punctuation: a `ticker`.
 *   DUMP-MENU  three or more segments of at most three words on average, joined by | • · (or by
 *              > » › standing between spaces, as breadcrumbs are), not ending as prose: navigation.
 *   DUMP-REP   a line of 12+ words, with less than one punctuation mark per 20 words, where a
 *              quarter of the word trigrams repeat within the line (tag clouds, menus printed
 *              twice): navigation. Repeated prose keeps its punctuation and stays prose.
 *   DUMP-LAT   a short line with Latin letters and no Arabic in an Arabic dump: navigation.
 *   DUMP-CAP   a short line ending in a photo credit ("(أ.ف.ب)", "- أرشيفية"), or a short line
 *              that recurs within eight lines, is a caption; its later copies are
 *              `repeated_caption` (copies of other lines are `duplicate`).
 *   DUMP-BODY  a body paragraph is mostly Arabic, has 8+ words, and reads as prose: it ends in
 *              . : … (or a quote after one), or has 20+ words, or (not a bullet item) 12+ words
 *              with two or more inner punctuation marks (، , ؛ ; . :, a run such as ".." counting
 *              once). A question or exclamation mark does not make prose: headlines ask and exclaim. Other lines
 *              are short lines (titles, subheads, bylines, link headlines).
 * Segmentation rules:
 *   SEG-NEW    a body paragraph opens a new article when page-end furniture (navigation, footer,
 *              tags, ticker) or a dateline came after the previous body paragraph; related links
 *              or share widgets alone do not split an article.
 *   SEG-TITLE  an article's title is the first short line of 3+ words before its first paragraph
 *              (for an article after another, after the furniture that ended the previous page,
 *              which stays with that page; a line that repeats the record's own title counts as
 *              short however long it is); short lines of at most 5 words after the title are
 *              bylines ("CITY - OUTLET", an author); other short lines are body (standfirst,
 *              subheads). Short lines after a related-links header are links.
 *   SEG-TAIL   short lines after an article's last paragraph are related_links after a related
 *              header, else footer — unless (DUMP-END) a short Arabic sentence right after the
 *              body, or a bulleted one in a list the body opens with its colon.
 * Invalid UTF-8, NUL and other control bytes are replaced by spaces in block text (so a block's
 * text still maps byte for byte onto the input) and reported once per document.
 * Limits: two articles glued with nothing between them but a title line are read as one.
 * Speed/Cost: linear in the input, about 19 instructions per byte of Arabic news (slice3), 11 of
 * them its own. One pass over each line's characters (features), their classes read from a table
 * below U+0800, with a tight loop (one table load per letter) for runs of Arabic letters parted
 * by single spaces, harakat and inner punctuation, which are most of a dump; word trigrams
 * (DUMP-REP) only for lines that could be DUMP-REP; date parsing only for short lines with a
 * character that can give a digit. Stock phrases look at normalized text (no offset map, nothing
 * allocated) made only when a rule asks: START/WHOLE from a body-like line's first word when no
 * phrase begins as it does (rasd_phrase_may_start), else its first 64+ bytes when that decides
 * (rasd_phrase_head_enough), else its first 256; END none when the line's last character
 * rules every phrase out (a table, for ASCII and Arabic letters), else from the line's end after
 * its last ASCII byte when no phrase ends as it does (rasd_phrase_may_end), else its last 40
 * bytes when that decides, else its last 256; ANY both 256-byte ends.
 */
#include "clean/clean.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef enum { L_BLANK, L_BODY, L_SHORT, L_CAPTION, L_BOILER, L_DATELINE, L_TIME, L_IMAGE } lclass;

typedef struct line {
    size_t s, e;              /* trimmed span (no surrounding white space) */
    lclass cls;
    const char *reason;       /* for L_BOILER */
    bool related_header;      /* opens a list of links */
    bool page_end;            /* furniture that ends a page */
    bool aggregator;
    bool prose;               /* a short Arabic sentence: 4+ words ending in . or : (DUMP-END) */
    bool entry;               /* … the same on a bullet: an item of a list (DUMP-END) */
    int words;
    size_t invalid, first_invalid;   /* from the features pass (first_invalid: input offset) */
    uint64_t hash;
    char date[32];            /* L_DATELINE: ISO date; L_IMAGE: url date or "" */
    int time_h, time_m;       /* L_TIME */
} line;

typedef struct feats {
    int arabic, latin, words, inner_punct, glue, gaps, seps;
    size_t invalid, first_invalid;   /* invalid UTF-8 and control bytes; offset of the first */
    bool final_punct, bullet, latin_start;
    bool digits;                     /* may_digit: some character can give a digit */
} feats;

static bool is_arabic_letter(int32_t c)
{
    return (c >= 0x620 && c <= 0x64A) || (c >= 0x66E && c <= 0x6D3) || (c >= 0x6FA && c <= 0x6FF) ||
           (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}
static bool is_latin_letter(int32_t c) { return (c < 128 && isalpha(c)) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7); }
static bool is_quote(int32_t c) { return c == '"' || c == 0x201D || c == 0xBB || c == 0x201C || c == 0xAB; }
static bool is_inner_punct(int32_t c) { return c == 0x60C || c == ',' || c == 0x61B || c == ';' || c == '.' || c == ':'; }
static bool is_final_punct(int32_t c) { return c == '.' || c == ':' || c == 0x2026; }
#define is_space_cp rasd_is_space_cp

/* True for a code point after which the normalized text can hold an ASCII digit: the digits,
 * Arabic-Indic and Persian digits (TXT-N-7), and presentation forms, whose decomposition
 * (TXT-N-8) is not looked into here. Without one, no date or time can be read (DUMP-DATE). */
static inline bool may_digit(int32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) || c >= 0xFB50;
}

/* The classes above as bits (features() reads every character of the dump, and asks about the
 * one before too). */
enum { K_SPACE = 1, K_AR = 2, K_LA = 4, K_QUOTE = 8, K_INNER = 16, K_SEP = 32, K_ARROW = 64,
       K_DIGIT = 128 /* can give an ASCII digit once normalized: see may_digit */ };
static unsigned class_of(int32_t c)
{
    if (is_space_cp(c)) return K_SPACE;
    return (is_arabic_letter(c) ? K_AR : 0) | (is_latin_letter(c) ? K_LA : 0) | (is_quote(c) ? K_QUOTE : 0) |
           (is_inner_punct(c) ? K_INNER : 0) | (c == '|' || c == 0x2022 || c == 0xB7 || c == 0x25AA ? K_SEP : 0) |
           (c == '>' || c == 0xBB || c == 0x203A ? K_ARROW : 0) | (may_digit(c) ? K_DIGIT : 0);
}

/* class_of for the one- and two-byte code points (ASCII, Latin, Arabic), filled once from it. */
static uint8_t class_tab[0x800];

/* For the two bytes of a character as one 16-bit load reads them (load16, this machine's byte
 * order; filled from the bytes, so it cannot disagree): PAIR_AR for the Arabic letters
 * U+0620–064A, which are most of a dump, and PAIR_GLUE too for ة and ى, which only end words
 * (DUMP-GLUE); PAIR_MARK for the harakat U+064B–0652 (no class) and PAIR_INNER for ، and ؛
 * (inner punctuation), which break runs of letters. Zero for any other two bytes. */
enum { PAIR_AR = 1, PAIR_GLUE = 2, PAIR_MARK = 4, PAIR_INNER = 8 };
static uint8_t pair_tab[0x10000];
/* END_LAST_FIRST..END_LAST_END: ASCII and the Arabic letters U+0621–064A, as a line's last
 * character: true when it alone settles that no END phrase matches (end_may_match). */
enum { END_LAST_FIRST = 0x621, END_LAST_END = 0x64B };
static bool end_last_never[END_LAST_END];
static pthread_once_t tabs_once = PTHREAD_ONCE_INIT;

static inline unsigned load16(const uint8_t *p)
{
    uint16_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

static void tabs_build(void)
{
    for (int32_t c = 0; c < 0x800; c++) class_tab[c] = (uint8_t)class_of(c);
    for (int32_t c = 0x80; c < 0x800; c++) {
        const uint8_t b[2] = {(uint8_t)(0xC0 | c >> 6), (uint8_t)(0x80 | (c & 0x3F))};
        unsigned u = 0;
        if (c >= 0x620 && c <= 0x64A) u = PAIR_AR | (c == 0x629 || c == 0x649 ? PAIR_GLUE : 0);
        else if (c >= 0x64B && c <= 0x652 && class_tab[c] == 0) u = PAIR_MARK;
        else if (class_tab[c] == K_INNER) u = PAIR_INNER;
        pair_tab[load16(b)] = (uint8_t)u;
    }
    /* the last byte of a line's normalized tail is the last of its last character's own
     * normalization when that is not empty (nothing after it changes it, TXT-N-4 aside, which
     * needs U+0654 after it); END matching trims none of it when rasd_phrase_may_end is false */
    for (int32_t c = 1; c < END_LAST_END; c++) {
        if (c >= 0x80 && c < END_LAST_FIRST) continue;
        const char b[2] = {(char)(c < 0x80 ? c : 0xC0 | c >> 6), (char)(0x80 | (c & 0x3F))};
        char out[16];
        rasd_norm_into(b, c < 0x80 ? 1 : 2, out, sizeof out);
        end_last_never[c] = out[0] && !rasd_phrase_may_end(out);
    }
}

static inline unsigned char_class(int32_t c) { return c < 0x800 ? class_tab[c] : class_of(c); }

/* Decodes one code point; invalid bytes and controls count as one byte of "invalid". */
static inline size_t next_cp(const uint8_t *p, size_t n, int32_t *c)
{
    size_t l = rasd_utf8_next_fast(p, n, c);
    if (l == 0) { *c = -1; return 1; }
    return l;
}

#define MAX_TRIGRAMS 4096   /* trigrams looked at per line */

/* The set of a line's word-trigram hashes (open addressing; 0 marks an empty slot). It starts
 * in `local` and doubles while half full; membership does not depend on its size. */
typedef struct triset { uint64_t *slot, local[64]; size_t cap, used; } triset;

/* Adds t (non-zero); true if it was already there. */
static bool triset_add(triset *s, uint64_t t)
{
    if (2 * (s->used + 1) > s->cap) {
        size_t cap = s->cap * 2;
        uint64_t *slot = rasd_xalloc(cap * sizeof *slot);
        for (size_t k = 0; k < s->cap; k++) {
            if (!s->slot[k]) continue;
            size_t h = (size_t)(s->slot[k] ^ (s->slot[k] >> 29)) & (cap - 1);
            while (slot[h]) h = (h + 1) & (cap - 1);
            slot[h] = s->slot[k];
        }
        if (s->slot != s->local) free(s->slot);
        s->slot = slot;
        s->cap = cap;
    }
    size_t h = (size_t)(t ^ (t >> 29)) & (s->cap - 1);
    while (s->slot[h] && s->slot[h] != t) h = (h + 1) & (s->cap - 1);
    if (s->slot[h]) return true;
    s->slot[h] = t;
    s->used++;
    return false;
}

/* DUMP-REP: the share of the line's word trigrams (the first MAX_TRIGRAMS) that repeat an earlier
 * one. Words are split as features() splits them (invalid bytes and controls are spaces) and
 * hashed by their code points (FNV-1a). A pass of its own because only the lines that could be
 * DUMP-REP (12+ words, little punctuation, no earlier reason) need it. */
static double trigram_rep(const uint8_t *p, size_t n)
{
    bool in_word = false;
    int words = 0;
    uint64_t wh = 0, w1 = 0, w2 = 0;
    triset tri = {NULL, {0}, 64, 0};
    tri.slot = tri.local;
    size_t ntri = 0, nrep = 0;
    for (size_t i = 0; i < n;) {
        int32_t c;
        size_t l = next_cp(p + i, n - i, &c);
        if (c < 0 || (c < 0x20 && c != '\t') || c == 0x7F) c = ' ';
        if (char_class(c) & K_SPACE) {
            if (in_word) {
                in_word = false;
                words++;
                if (words >= 3 && ntri < MAX_TRIGRAMS) {
                    if (triset_add(&tri, (w2 * 31 + w1 * 17 + wh) | 1)) nrep++;
                    ntri++;
                }
                w2 = w1; w1 = wh; wh = 0;
            }
        } else {
            if (!in_word) { in_word = true; wh = 1469598103934665603ull; }
            wh = (wh ^ (uint64_t)c) * 1099511628211ull;
        }
        i += l;
    }
    if (tri.slot != tri.local) free(tri.slot);
    return ntri ? (double)nrep / (double)ntri : 0;
}

/* A break between two letters of a run (features) that the rules reduce to counts, other than
 * one space (which features takes itself): harakat (no class), then one inner punctuation mark
 * (، ؛ . , : ;, after a letter or harakat: it counts), then one space (it ends a word), any of
 * them absent but not all, and a letter U+0620–064A after them. Returns where that letter starts, adding to *words and *inner, or
 * NULL for any other break. q < last, last the line's last byte. */
static inline const uint8_t *run_break(const uint8_t *q, const uint8_t *last, int *words, int *inner)
{
    const uint8_t *r = q;
    int punct = 0, space = 0;
    while (r < last && (pair_tab[load16(r)] & PAIR_MARK)) r += 2;
    if (r < last && (pair_tab[load16(r)] & PAIR_INNER)) { r += 2; punct = 1; }
    else if (r <= last && *r < 0x80 && (class_tab[*r] & K_INNER)) { r++; punct = 1; }
    if (r <= last && *r == ' ') { r++; space = 1; }
    if (r == q || r >= last || !(pair_tab[load16(r)] & PAIR_AR)) return NULL;
    *words += space;
    *inner += punct;
    return r;
}

static void features(const uint8_t *p, size_t n, feats *f)
{
    memset(f, 0, sizeof *f);
    int32_t prev = ' ', prev2 = ' ', last_nonspace = ' ';
    unsigned pk = K_SPACE, ppk = K_SPACE;    /* char_class of prev and prev2 */
    size_t space_run = 0;
    bool run_nbsp = false, in_word = false;
    for (size_t i = 0; i < n;) {
        int32_t c;
        size_t l = next_cp(p + i, n - i, &c);
        if (c < 0 || (c < 0x20 && c != '\t') || c == 0x7F) { if (!f->invalid++) f->first_invalid = i; c = ' '; }
        unsigned k = char_class(c);
        if (k & K_SPACE) {
            space_run++;
            if (c == 0xA0 || c == 0x202F) run_nbsp = true;
            if (in_word) { in_word = false; f->words++; }
        } else {
            if (space_run >= 3 || (space_run >= 2 && run_nbsp)) f->gaps++;
            space_run = 0; run_nbsp = false;
            in_word = true;
            bool ar = k & K_AR, la = k & K_LA;
            if (ar) f->arabic++;
            if (la) f->latin++;
            if (i == 0 && la) f->latin_start = true;
            if ((ar && (pk & K_LA)) || (la && (pk & K_AR))) f->glue++;
            if (la && prev < 128 && islower(prev) && c < 128 && isupper(c)) f->glue++;   /* ctype takes bytes only */
            if (ar && (prev == 0x629 || prev == 0x649)) f->glue++;
            if (ar && (pk & K_QUOTE) && (ppk & K_AR) && prev2 != 0x640) f->glue++;
            if ((k & K_INNER) && !(pk & K_INNER)) f->inner_punct++;
            if (k & K_SEP) f->seps++;
            /* breadcrumb arrows count only between spaces: "الرئيسية » سياسة" */
            if ((k & K_ARROW) && (pk & K_SPACE) && i + l < n && is_space_cp(p[i + l])) f->seps++;
            if (k & K_DIGIT) f->digits = true;
            last_nonspace = c;
        }
        prev2 = prev; prev = c; ppk = pk; pk = k;
        i += l;
        if (k != K_AR) continue;
        /* Most of a dump is runs of the Arabic letters U+0620–064A (D8 A0–BF, D9 80–8A), words
         * of them parted by one space. After one such letter, the rules above reduce to these:
         * a next letter counts as Arabic and makes a glue joint after ta marbuta or alef maqsura
         * (DUMP-GLUE); a break between two letters (run_break) counts its space and punctuation
         * and makes no gap or joint. One table load per letter (pair_tab). */
        int spaces = 0, words = 0, glue = 0, inner = 0;   /* words: ended by a run_break */
        size_t other = 0;   /* bytes of the run_breaks */
        const uint8_t *q = p + i, *q0 = q, *last = p + n - 1;   /* a letter starts before last */
        unsigned t = prev == 0x629 || prev == 0x649 ? PAIR_GLUE : 0;   /* the letter before */
        while (q < last) {
            unsigned u = pair_tab[load16(q)];
            if (!(u & PAIR_AR)) {
                if (*q == ' ' && q + 1 < last && ((u = pair_tab[load16(q + 1)]) & PAIR_AR)) {
                    spaces++;   /* the common break: one space */
                    q++;
                } else {
                    const uint8_t *r = run_break(q, last, &words, &inner);
                    if (!r) break;
                    other += (size_t)(r - q);
                    q = r;
                    u = pair_tab[load16(q)];
                }
                t = 0;
            }
            glue += (int)(t >> 1);   /* PAIR_GLUE */
            t = u;
            q += 2;
        }
        if (q == q0) continue;
        i = (size_t)(q - p);
        f->arabic += (int)(((size_t)(q - q0) - (size_t)spaces - other) / 2);   /* a letter is 2 bytes */
        f->words += spaces + words;
        f->glue += glue;
        f->inner_punct += inner;
        /* the state the general loop would have left: prev the last letter (prev2 and ppk are
         * not read before the next character overwrites them) */
        prev = ((int32_t)(p[i - 2] & 0x1F) << 6) | (p[i - 1] & 0x3F);
        pk = K_AR;
        last_nonspace = prev;
    }
    if (in_word) f->words++;
    /* ".." counts once */
    f->final_punct = is_final_punct(last_nonspace) || is_quote(last_nonspace) || last_nonspace == ')';
    if (is_quote(last_nonspace) || last_nonspace == ')') {
        /* a quote or bracket closes prose only if a period or colon sits just inside it */
        size_t j = n;
        while (j > 0) {
            size_t l; int32_t c = rasd_utf8_prev(p, j, &l);
            if (!l) break;
            j -= l;
            if (is_quote(c) || c == ')' || is_space_cp(c)) continue;
            f->final_punct = is_final_punct(c);
            break;
        }
    }
    int32_t first;
    size_t l0 = next_cp(p, n, &first);
    f->bullet = (first == 0x2022 || first == 0xB7 || first == 0x25AA || first == 0x25E6 || first == '-' ||
                 first == '*' || first == 0x2013) && l0 < n && is_space_cp(p[l0]);
}

/* Mixes p[0..n) into h, eight bytes a step. */
static uint64_t hash_bytes(uint64_t h, const uint8_t *p, size_t n)
{
    uint64_t w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    for (; i < n; i++) h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

/* A line's hash for the exact-duplicate table (DUMP-CAP): its length and its first and last 32
 * bytes, not the whole of a long paragraph. Only this table uses it, and lines with equal hashes
 * are compared byte for byte, so it needs no stability and few differences to tell lines apart. */
enum { HASH_END = 32 };
static uint64_t line_hash(const uint8_t *p, size_t n)
{
    uint64_t h = (uint64_t)n * 0x9E3779B97F4A7C15ull;
    if (n <= 2 * HASH_END) h = hash_bytes(h, p, n);
    else h = hash_bytes(hash_bytes(h, p, HASH_END), p + n - HASH_END, HASH_END);
    return h ^ (h >> 29);
}

/* A line's normalized head (its first 256 bytes) and tail (its last 256, from a character
 * start; the head itself for a line of up to 256 bytes), each made on first use. */
typedef struct lnorm {
    const uint8_t *p;
    size_t n;
    bool head_ok, tail_ok;
    char head[320], tail[320], end[64];
} lnorm;

static const char *ln_head(lnorm *z)
{
    if (!z->head_ok) {
        rasd_norm_into((const char *)z->p, z->n < 256 ? z->n : 256, z->head, sizeof z->head);
        z->head_ok = true;
    }
    return z->head;
}

static const char *ln_tail(lnorm *z)
{
    if (z->n <= 256) return ln_head(z);   /* a line of up to 256 bytes is its own tail */
    if (!z->tail_ok) {
        size_t tb = z->n - 256;
        while (tb < z->n && (z->p[tb] & 0xC0) == 0x80) tb++;
        rasd_norm_into((const char *)z->p + tb, z->n - tb, z->tail, sizeof z->tail);
        z->tail_ok = true;
    }
    return z->tail;
}

/* What END matching needs of the tail: the line from an ASCII byte among its last END_CUT (a cut
 * there leaves every character whole, so its normalization ends the full tail's), when
 * rasd_phrase_tail_enough says it decides (the longest END phrase is 21 bytes). Not when a
 * presentation form (lead byte EF) in the bytes of the full tail could lengthen it past its
 * buffer, which would cut its end; nor when the full tail is already made. */
enum { HEAD_CUT = 64, END_CUT = 40 };
static const char *ln_end(lnorm *z)
{
    size_t w = z->n < 256 ? z->n : 256;   /* the full tail's bytes */
    if (z->n <= END_CUT || z->tail_ok || (z->n <= 256 && z->head_ok) || memchr(z->p + z->n - w, 0xEF, w))
        return ln_tail(z);
    size_t k = z->n - END_CUT;
    while (k < z->n && z->p[k] >= 0x80) k++;
    if (k >= z->n) return ln_tail(z);
    rasd_norm_into((const char *)z->p + k, z->n - k, z->end, sizeof z->end);
    return rasd_phrase_tail_enough(z->end) ? z->end : ln_tail(z);
}

/* Cut before the first ASCII byte among a line's first FIRST_CUT (after its first word, usually),
 * the normalized start of the line begins its head: when no START/WHOLE phrase begins as it
 * does, the head need not be made (rasd_phrase_may_start). */
enum { FIRST_CUT = 48 };
static bool start_may_match(const lnorm *z)
{
    size_t k = 1;
    while (k < z->n && k < FIRST_CUT && z->p[k] >= 0x80) k++;
    if (k >= z->n || z->p[k] >= 0x80) return true;
    char w[64];
    rasd_norm_into((const char *)z->p, k, w, sizeof w);
    return rasd_phrase_may_start(w);
}

/* DUMP-PHR, START and WHOLE (only WHOLE if whole_only): the phrase's reason or NULL, *rest as
 * rasd_phrase_match gives it. Reads the normalized first 256 bytes of the line, or less for a
 * body-like line: its first word when that rules every phrase out (start_may_match), else the
 * start up to an ASCII byte past byte HEAD_CUT (a cut there leaves every character whole, so
 * its normalization begins the full head's) when rasd_phrase_head_enough says that is enough
 * (the longest START/WHOLE phrase is 47 bytes). The other lines are matched against ANY
 * phrases too, which read the full head. */
static const char *start_phrase(lnorm *z, bool body_like, bool whole_only, size_t *rest)
{
    const char *start = z->head;
    size_t hn = z->n < 256 ? z->n : 256, k = HEAD_CUT;
    while (k < hn && z->p[k] >= 0x80) k++;
    if (body_like && !start_may_match(z)) return NULL;
    if (body_like && k < hn) {
        rasd_norm_into((const char *)z->p, k, z->head, sizeof z->head);
        if (!rasd_phrase_head_enough(z->head)) start = ln_head(z);
    } else start = ln_head(z);
    return rasd_phrase_match(start, start, RASD_BP(RASD_BP_WHOLE) | (whole_only ? 0 : RASD_BP(RASD_BP_START)), rest);
}

/* Whether an END phrase may match the line's tail, from its normalized end after its last ASCII
 * byte among the last END_CUT (a cut there leaves every character whole, so its normalization
 * ends the full tail's, unless a presentation form cuts that: see ln_end): false when no END
 * phrase ends as it does (rasd_phrase_may_end), and the tail need not be made. */
static bool end_may_match(const lnorm *z)
{
    size_t k = z->n - 1, w = z->n < 256 ? z->n : 256;
    /* most lines: their last character settles it (end_last_never) */
    const uint8_t *t = z->p + z->n;
    int32_t c = t[-1] < 0x80 ? t[-1] : -1;
    if (z->n >= 2 && (t[-2] == 0xD8 || t[-2] == 0xD9) && (t[-1] & 0xC0) == 0x80) c = (t[-2] & 0x1F) << 6 | (t[-1] & 0x3F);
    if (c >= 0 && c < END_LAST_END && end_last_never[c]) return memchr(z->p + z->n - w, 0xEF, w) != NULL;
    while (k > 0 && z->n - k < END_CUT && z->p[k] >= 0x80) k--;
    if (z->p[k] >= 0x80 || memchr(z->p + z->n - w, 0xEF, w)) return true;
    char e[64];
    rasd_norm_into((const char *)z->p + k, z->n - k, e, sizeof e);
    return rasd_phrase_may_end(e);
}

static bool is_strong_reason(const char *r)
{
    return strcmp(r, "navigation") == 0 || strcmp(r, "footer") == 0 || strcmp(r, "tags") == 0 ||
           strcmp(r, "ticker") == 0;
}

static void classify(const uint8_t *src, line *L)
{
    const uint8_t *p = src + L->s;
    size_t n = L->e - L->s;
    feats f;
    features(p, n, &f);
    L->words = f.words;
    L->invalid = f.invalid;
    L->first_invalid = L->s + f.first_invalid;
    L->hash = line_hash(p, n);
    /* DUMP-IMG */
    if ((n > 4 && memcmp(p, "![", 2) == 0) || (n > 7 && (memcmp(p, "http://", 7) == 0 || memcmp(p, "https://", 8) == 0) && f.words == 1)) {
        L->cls = L_IMAGE;
        const char *u = memchr(p, 'h', n);
        if (!u || !rasd_url_date(u, n - (size_t)((const uint8_t *)u - p), L->date)) L->date[0] = 0;
        return;
    }
    /* DUMP-DATE */
    if (n <= 160 && f.digits) {   /* both need a number (DL-2, DL-3) */
        if (rasd_dateline_parse((const char *)p, n, L->date, &L->aggregator)) { L->cls = L_DATELINE; return; }
        if (rasd_time_line_parse((const char *)p, n, &L->time_h, &L->time_m)) { L->cls = L_TIME; return; }
    }
    bool mostly_arabic = f.arabic > 0 && f.arabic * 10 >= (f.arabic + f.latin) * 6;
    bool body_like = mostly_arabic && f.words >= 8 && f.glue == 0 && f.gaps < 2 &&
                     (f.final_punct || (f.inner_punct >= 2 && f.words >= 12 && !f.bullet) || f.words >= 20);
    L->prose = mostly_arabic && f.words >= 4 && f.glue == 0 && f.gaps < 2 && f.final_punct && !f.bullet;
    L->entry = mostly_arabic && f.words >= 4 && f.glue == 0 && f.gaps < 2 && f.final_punct && f.bullet;
    lnorm z;   /* its buffers are written before they are read */
    z.p = p; z.n = n; z.head_ok = z.tail_ok = false;
    size_t rest = 0;
    /* DUMP-PHR (a long prose paragraph may begin like a phrase: only whole lines count then) */
    const char *ph = start_phrase(&z, body_like, body_like && f.words > 40, &rest);
    if (ph && strcmp(ph, "caption_credit") != 0) {
        L->cls = L_BOILER;
        L->reason = ph;
        L->related_header = strcmp(L->reason, "related_links") == 0 && rest <= 3;
        L->page_end = is_strong_reason(L->reason);
        return;
    }
    const char *reason = NULL;
    if (f.glue >= 2 || (f.glue >= 1 && f.latin_start && !body_like)) reason = "navigation";   /* DUMP-GLUE */
    else if (f.gaps >= 2) reason = "ticker";                                                    /* DUMP-TICK */
    else if (f.seps >= 2 && f.words <= (f.seps + 1) * 3 && !f.final_punct) reason = "navigation"; /* DUMP-MENU */
    else if (f.seps >= 2 && f.inner_punct * 3 <= f.seps && !f.final_punct) reason = "ticker";      /* DUMP-TICK */
    else if (f.words >= 12 && f.inner_punct * 20 < f.words && trigram_rep(p, n) >= 0.25) reason = "navigation"; /* DUMP-REP */
    else if (f.arabic == 0 && f.latin > 0 && f.words <= 8) reason = "navigation";              /* DUMP-LAT */
    if (reason) {
        const char *any = rasd_phrase_match(ln_head(&z), ln_tail(&z), RASD_BP(RASD_BP_ANY), NULL);
        if (any && strcmp(reason, "ticker") != 0) reason = any;
        L->cls = L_BOILER;
        L->reason = reason;
        L->page_end = is_strong_reason(reason);
        return;
    }
    if (!body_like && rasd_phrase_match(ln_head(&z), ln_tail(&z), RASD_BP(RASD_BP_ANY), NULL)) {
        L->cls = L_BOILER; L->reason = "footer"; L->page_end = true; return;
    }
    /* DUMP-CAP (credit); recurrence is decided after all lines are seen. END reads only the tail. */
    if (f.words <= 40 && end_may_match(&z)) {
        const char *tail = ln_end(&z);
        if (rasd_phrase_match(tail, tail, RASD_BP(RASD_BP_END), NULL)) { L->cls = L_CAPTION; return; }
    }
    L->cls = body_like ? L_BODY : L_SHORT;
}

/* ---- segmentation ---------------------------------------------------------------------- */

typedef struct role { rasd_article *art; int kind; const char *reason; } role;

typedef struct seg {
    rasd_articles *set;
    const uint8_t *src;
    line *lines;
    role *roles;
    size_t n;
} seg;

static void add_block(seg *g, size_t i, rasd_article *a, rasd_block_kind kind)
{
    const line *L = &g->lines[i];
    size_t n = L->e - L->s;
    if (!L->invalid) { /* the features pass found nothing to replace: the bytes as they are */
        rasd_art_block(a, kind, L->s, L->e, (const char *)g->src + L->s, n, NULL);
        return;
    }
    char *t = rasd_xalloc(n + 1);
    memcpy(t, g->src + L->s, n);
    /* invalid bytes and controls → spaces, so the block keeps a byte-for-byte map */
    for (size_t k = 0; k < n;) {
        int32_t c;
        size_t l = rasd_utf8_next((const uint8_t *)t + k, n - k, &c);
        if (l == 0) { t[k++] = ' '; continue; }
        if ((c < 0x20 && c != '\t') || c == 0x7F) t[k] = ' ';
        k += l;
    }
    rasd_art_block(a, kind, L->s, L->e, t, n, NULL);
    free(t);
}

/* The last line before line i that is not blank was resolved as body. */
static bool after_body(const seg *g, size_t i)
{
    while (i > 0 && g->lines[i - 1].cls == L_BLANK) i--;
    return i > 0 && g->roles[i - 1].kind == RASD_BLOCK_BODY;
}

/* DUMP-END: line i, a bulleted sentence, is an item of the list the body paragraph before it
 * opens with its colon ("أبرز اللقاءات بين …:"), or of a list already kept as body. */
static bool list_item(const seg *g, size_t i)
{
    while (i > 0 && g->lines[i - 1].cls == L_BLANK) i--;
    if (i == 0 || g->roles[i - 1].kind != RASD_BLOCK_BODY) return false;
    const line *P = &g->lines[i - 1];
    size_t e = P->e;
    while (e > P->s && (g->src[e - 1] == ' ' || g->src[e - 1] == '\t' || g->src[e - 1] == '\r')) e--;
    return P->entry || (e > P->s && g->src[e - 1] == ':');
}

/* Resolves the lines in [from, to) that waited for the next paragraph (or the end). */
static void resolve(seg *g, size_t from, size_t to, rasd_article *a, rasd_article *prev, bool opening, bool at_end)
{
    /* the zone after the last page-end furniture holds the title candidates */
    size_t zone = from;
    bool related = false;
    for (size_t i = from; prev && i < to; i++) {
        line *L = &g->lines[i];
        if (L->cls == L_BOILER && (L->page_end || L->related_header || strcmp(L->reason, "related_links") == 0)) zone = i + 1;
    }
    bool have_title = false;
    char date[32] = "";
    rasd_date_rank rank = RASD_DATE_UNKNOWN;
    for (size_t i = from; i < to; i++) {
        line *L = &g->lines[i];
        role *R = &g->roles[i];
        /* SEG-NEW: the furniture that ended the previous page stays with it */
        R->art = opening && prev && i < zone ? prev : a;
        switch (L->cls) {
        case L_BLANK: break;
        case L_BOILER:
            R->reason = L->reason;
            if (L->related_header) related = true;
            else if (L->page_end) related = false;
            if (strcmp(L->reason, "footer") == 0) {
                /* "المصدر: X" names the outlet ("تابعونا على: Facebook | X" names none) */
                const char *colon = memchr(g->src + L->s, ':', L->e - L->s), *label = "المصدر";
                size_t ll = colon ? (size_t)((const uint8_t *)colon - (g->src + L->s)) : 0;
                while (ll && g->src[L->s + ll - 1] == ' ') ll--;
                if (colon && L->e - L->s < 60 && ll == strlen(label) && memcmp(g->src + L->s, label, ll) == 0) {
                    size_t off = (size_t)((const uint8_t *)colon - g->src) + 1;
                    rasd_art_outlet(R->art, (const char *)g->src + off, L->e - off);
                }
            }
            break;
        case L_IMAGE:
            R->reason = "image";
            if (L->date[0]) rasd_art_date(a, L->date, RASD_DATE_URL);
            break;
        case L_DATELINE:
            R->reason = "dateline";
            if (opening || !a->published) {
                memcpy(date, L->date, sizeof date);
                rank = L->aggregator ? RASD_DATE_AGGREGATOR : RASD_DATE_DATELINE;
            }
            break;
        case L_TIME:
            R->reason = "dateline";
            if (date[0] && strlen(date) == 10)
                snprintf(date + 10, sizeof date - 10, "T%02d:%02d", L->time_h % 100, L->time_m % 100);
            break;
        case L_CAPTION:
            R->kind = RASD_BLOCK_CAPTION;
            break;
        case L_SHORT:
            if (i < zone || related) { R->reason = "related_links"; break; }
            /* DUMP-END: a short sentence right after the body is its last paragraph ("وكان
             * الرئيسان قد التقيا في يوليو."), and so are the items of a list the body opens ("- 14
             * ديسمبر 2021: اجتماع في بروكسل."); other short lines at the end are the footer */
            if (at_end && !opening && !((L->prose && after_body(g, i)) || (L->entry && list_item(g, i)))) { R->reason = "footer"; break; }
            if (opening && !have_title && L->words >= 3) { R->kind = RASD_BLOCK_TITLE; have_title = true; break; }
            if (opening && have_title && L->words <= 5) { R->reason = "byline"; break; }
            if (opening && !have_title && L->words <= 2) { R->reason = "navigation"; break; }
            R->kind = RASD_BLOCK_BODY;
            break;
        case L_BODY:
            R->kind = RASD_BLOCK_BODY;
            break;
        }
    }
    if (date[0]) rasd_art_date(a, date, rank);
}

void rasd_clean_text(rasd_articles *set)
{
    pthread_once(&tabs_once, tabs_build);
    const rasd_doc *d = set->doc;
    const uint8_t *src = d->src;
    size_t len = d->len;
    seg g = {set, src, NULL, NULL, 0};
    rasd_buf lines = {0};
    size_t invalid = 0, first_invalid = 0;
    const size_t tlen = d->title ? strlen(d->title) : SIZE_MAX;   /* the record's title, if any */
    for (size_t pos = 0; pos < len;) {
        const uint8_t *nl = memchr(src + pos, '\n', len - pos);
        size_t e = nl ? (size_t)(nl - src) : len;
        line L;   /* each field set here or by classify before it is read (no memset per line) */
        L.reason = NULL;
        L.related_header = L.page_end = L.aggregator = L.prose = false;
        L.words = L.time_h = L.time_m = 0;
        L.invalid = L.first_invalid = 0;
        L.hash = 0;
        L.date[0] = 0;
        size_t s = pos, t = e;
        /* trim white space (incl. NBSP, zero-width and BOM) at both ends; most lines begin with
         * a byte that starts no space (printable ASCII, an Arabic letter other than U+061C) and
         * end with printable ASCII, and need no decoding there */
        const uint8_t b = s < t ? src[s] : 0;
        bool plain = b < 0x80 ? b > ' ' : b == 0xD9 || (b == 0xD8 && (t - s < 2 || src[s + 1] != 0x9C));
        for (; !plain;) {
            int32_t c; size_t l = rasd_utf8_next(src + s, t - s, &c);
            if (s < t && l && is_space_cp(c)) s += l; else break;
        }
        while (t > s && !(src[t - 1] > ' ' && src[t - 1] < 0x80)) {
            size_t l; int32_t c = rasd_utf8_prev(src, t, &l);
            if (l && t - l >= s && is_space_cp(c)) t -= l; else break;
        }
        L.s = s; L.e = t;
        L.cls = s == t ? L_BLANK : L_SHORT;
        if (L.cls != L_BLANK) classify(src, &L);
        /* SEG-TITLE: a line that repeats the record's own title is that title, however long */
        if (L.cls == L_BODY && tlen == L.e - L.s && memcmp(src + L.s, d->title, tlen) == 0) L.cls = L_SHORT;
        if (L.invalid && !invalid) first_invalid = L.first_invalid;
        invalid += L.invalid;
        rasd_buf_add(&lines, &L, sizeof L);
        pos = nl ? e + 1 : len;
    }
    if (invalid)
        rasd_diagf(set->ctx, RASD_WARN, d->file, d->record, d->offset + first_invalid,
                    "%zu invalid UTF-8 or control bytes (first at byte %zu of document %s) read as spaces",
                    invalid, first_invalid, d->id ? d->id : "");
    g.lines = (line *)(void *)lines.p;
    g.n = RASD_VEC_LEN(&lines, line);
    g.roles = rasd_xalloc((g.n + 1) * sizeof *g.roles);

    /* DUMP-CAP: a short line that recurs is a caption; copies after the first are repeats.
     * Exact-duplicate detection by hash over an open-addressing table: linear time. */
    size_t cap = 16;
    while (cap < g.n * 2) cap *= 2;
    size_t *tab = rasd_xalloc(cap * sizeof *tab);   /* line index + 1, 0 = empty */
    bool *repeat = rasd_xalloc(g.n + 1);
    for (size_t i = 0; i < g.n; i++) {
        line *L = &g.lines[i];
        if (L->cls == L_BLANK || L->cls == L_BOILER || L->cls == L_DATELINE || L->cls == L_TIME) continue;
        size_t h = (size_t)L->hash & (cap - 1);
        while (tab[h]) {
            line *M = &g.lines[tab[h] - 1];
            if (M->hash == L->hash && M->e - M->s == L->e - L->s && memcmp(src + M->s, src + L->s, L->e - L->s) == 0) break;
            h = (h + 1) & (cap - 1);
        }
        if (!tab[h]) { tab[h] = i + 1; continue; }
        line *first = &g.lines[tab[h] - 1];
        repeat[i] = true;
        /* photo captions repeat close together (alt text, caption, credit); a title that comes
         * back in a link list far below stays a title */
        if (first->cls == L_SHORT && i - (tab[h] - 1) <= 8) first->cls = L_CAPTION;
        tab[h] = i + 1;
    }
    free(tab);

    /* walk: SEG-NEW, SEG-TITLE, SEG-TAIL */
    rasd_article *cur = NULL;
    size_t pending = 0;
    bool page_end = false;
    for (size_t i = 0; i < g.n; i++) {
        line *L = &g.lines[i];
        if (L->cls == L_BOILER && L->page_end) page_end = true;
        if (L->cls == L_DATELINE && cur) page_end = true;
        if (L->cls != L_BODY) continue;
        bool opening = !cur || page_end;
        rasd_article *prev = cur;
        if (opening) cur = rasd_art_new(set, L->s);   /* resolve() extends it back to its title */
        resolve(&g, pending, i, cur, prev, opening, false);
        g.roles[i].art = cur;
        g.roles[i].kind = RASD_BLOCK_BODY;
        pending = i + 1;
        page_end = false;
    }
    if (!cur) {
        /* no paragraph at all: a short item (a brief, a headline list) is still an article if it
         * says enough; otherwise the document has no article */
        int words = 0;
        for (size_t i = 0; i < g.n; i++) if (g.lines[i].cls == L_SHORT || g.lines[i].cls == L_CAPTION) words += g.lines[i].words;
        if (words >= 8) {
            cur = rasd_art_new(set, 0);
            resolve(&g, 0, g.n, cur, NULL, true, false);
            for (size_t i = 0; i < g.n; i++)
                if (g.lines[i].cls == L_SHORT && g.roles[i].reason && strcmp(g.roles[i].reason, "byline") == 0) {
                    g.roles[i].reason = NULL; g.roles[i].kind = RASD_BLOCK_BODY;
                }
            pending = g.n;
        }
    }
    if (cur && pending < g.n) resolve(&g, pending, g.n, cur, NULL, false, true);

    /* materialize in input order */
    for (size_t i = 0; i < g.n; i++) {
        line *L = &g.lines[i];
        role *R = &g.roles[i];
        if (!R->art || L->cls == L_BLANK) continue;
        if (R->kind && repeat[i] && (L->cls == L_CAPTION || L->cls == L_SHORT)) { R->kind = 0; R->reason = "repeated_caption"; }
        else if (R->kind && repeat[i]) { R->kind = 0; R->reason = "duplicate"; }
        if (R->kind) add_block(&g, i, R->art, (rasd_block_kind)R->kind);
        else rasd_art_drop(R->art, R->reason ? R->reason : "boilerplate", L->s, L->e);
    }
    free(repeat);
    free(g.roles);
    rasd_buf_free(&lines);
}
