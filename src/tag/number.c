/* number.c — numbers in digits and in Arabic words over a rasd_text's tokens.
 *
 * Exports rasd_number_at, rasd_number_digits and rasd_number_check_table (tag/number.h).
 *
 * Rules (defined in docs/numbers.md, cited by tests/unit/test_number.c):
 *   NUM-1  digit tokens: thousands commas, one decimal point or comma; not times, dates, ranges
 *   NUM-2  a glued "-" makes a digit number negative; a glued "." begins one (".77")
 *   NUM-3  words are looked up in one normalized table (ة and ه equal); a token is tried whole,
 *          after a leading و, and as its stem after the proclitics
 *   NUM-4  units 0–10, masculine and feminine, dialect forms
 *   NUM-5  11–19: unit + عشر/عشرة, and the one-word dialect forms (حداشر، تمنطعش)
 *   NUM-6  tens; unit و tens (the و a clitic or its own token)
 *   NUM-7  hundreds: مئة، مئتان، ثلاثمئة … تسعمائة, "ثلاث مئة", dialect مية/متين/تلتمية
 *   NUM-8  scale words ألف، مليون، مليار، تريليون: singular, dual, plural; after digits too
 *   NUM-9  fractions نصف/نص، ربع، ثلث، ثلثا، ثلاثة أرباع; "و نصف" after a number; نصف مليون
 *   NUM-10 the decimal word فاصلة ("1 فاصلة 1", "واحد فاصلة واحد")
 *   NUM-11 ordinals أول (and the Maghrebi فاتح) … عاشر, الحادي عشر … التاسع عشر, الحادي والعشرون …; definite
 *          cardinals of 11 and more are flagged ordinal
 *   NUM-12 never numbers: weekday names (الأحد، الاثنين …), أحد/إحدى/اثنا alone, ثانية without
 *          ال (the unit "second"), a plural scale word alone (آلاف), ثلث as three
 *   NUM-13 how parts join: place order, where و is needed, sentence and punctuation stops
 *   NUM-14 the rasd_number record and its flags
 *
 * The parser is a left-to-right pass over at most a few tokens per atom with a fixed set of
 * states (no recursion, no backtracking beyond one saved state): linear in the match length.
 * The table (about 250 words) is written here in ordinary spelling and normalized once with
 * rasd_text_new, so it always agrees with the text layer; lookups hash the word's length and
 * first and last letters.
 *
 * Limits: fractions written with a slash ("11/10") are not read (in news they are dates);
 * "إلا ربع" (a quarter to) and durations in the dual (ساعتين) belong to the time stage;
 * agreement (ثلاثة vs ثلاث with the counted noun) is not checked.
 */
#include "tag/number.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* ---- the word table (NUM-3 .. NUM-12) ------------------------------------------------------ */

enum kind {
    K_ZERO = 1, K_UNIT, K_TEN, K_TEEN, K_TENS, K_HUND, K_MULT, K_MULT_PL, K_MULT_DU,
    K_ORD, K_FRAC, K_QUART, K_POINT, K_DIGITS
};

enum wflag {
    W_BOUND    = 1u << 0,  /* not alone: أحد/إحدى need عشر or و + tens; حادي likewise */
    W_TEENONLY = 1u << 1,  /* only before عشر: اثنا، اثني، اثنتا، اثنتي */
    W_NOTEEN   = 1u << 2,  /* never before عشر: واحد، اثنان … */
    W_NOCOMP   = 1u << 3,  /* an ordinal that takes neither عشر nor tens: أول، عاشر */
    W_NEEDAL   = 1u << 4,  /* ordinal only with ال (ثانية alone is the unit "second") */
    W_AMBIG    = 1u << 5,  /* RASD_NUM_AMBIG when it is the whole number */
    W_DIALECT  = 1u << 6,
    W_WEEKDAY  = 1u << 7,  /* with ال it is a weekday name: الأحد، الاثنين (NUM-12) */
    W_BAREAMB  = 1u << 8   /* W_AMBIG only without ال: رابعة (a name), الرابعة (the fourth) */
};

/* val: the number (units, teens, tens, hundreds, ordinals); the power of ten (scale words);
 * the numerator over den (fractions). */
typedef struct nword { const char *src; uint8_t kind; uint16_t flags; int16_t val; uint8_t den; } nword;

static const nword words[] = {
    /* NUM-4 units */
    {"صفر", K_ZERO, 0, 0, 0},
    {"واحد", K_UNIT, W_NOTEEN, 1, 0}, {"واحدة", K_UNIT, W_NOTEEN, 1, 0},
    {"أحد", K_UNIT, W_BOUND | W_WEEKDAY, 1, 0}, {"إحدى", K_UNIT, W_BOUND, 1, 0},
    {"اثنان", K_UNIT, W_NOTEEN | W_WEEKDAY, 2, 0}, {"اثنين", K_UNIT, W_NOTEEN | W_WEEKDAY | W_AMBIG, 2, 0},
    {"اثنتان", K_UNIT, W_NOTEEN, 2, 0}, {"اثنتين", K_UNIT, W_NOTEEN, 2, 0},
    {"اتنين", K_UNIT, W_NOTEEN | W_DIALECT, 2, 0}, {"ثنتين", K_UNIT, W_NOTEEN | W_DIALECT, 2, 0},
    {"تنين", K_UNIT, W_NOTEEN | W_DIALECT | W_AMBIG, 2, 0},
    {"اثنا", K_UNIT, W_BOUND | W_TEENONLY, 2, 0}, {"اثني", K_UNIT, W_BOUND | W_TEENONLY, 2, 0},
    {"اثنتا", K_UNIT, W_BOUND | W_TEENONLY, 2, 0}, {"اثنتي", K_UNIT, W_BOUND | W_TEENONLY, 2, 0},
    {"ثلاث", K_UNIT, 0, 3, 0}, {"ثلاثة", K_UNIT, 0, 3, 0},
    {"تلات", K_UNIT, W_DIALECT, 3, 0}, {"تلاتة", K_UNIT, W_DIALECT, 3, 0},
    {"أربع", K_UNIT, 0, 4, 0}, {"أربعة", K_UNIT, 0, 4, 0},
    {"خمس", K_UNIT, 0, 5, 0}, {"خمسة", K_UNIT, 0, 5, 0},
    {"ست", K_UNIT, W_AMBIG, 6, 0}, {"ستة", K_UNIT, 0, 6, 0},
    {"سبع", K_UNIT, W_AMBIG, 7, 0}, {"سبعة", K_UNIT, 0, 7, 0},
    {"ثمان", K_UNIT, 0, 8, 0}, {"ثماني", K_UNIT, 0, 8, 0}, {"ثمانية", K_UNIT, 0, 8, 0},
    {"تمن", K_UNIT, W_DIALECT, 8, 0}, {"تمان", K_UNIT, W_DIALECT, 8, 0},
    {"تمانية", K_UNIT, W_DIALECT, 8, 0}, {"تمنية", K_UNIT, W_DIALECT, 8, 0},
    {"تسع", K_UNIT, 0, 9, 0}, {"تسعة", K_UNIT, 0, 9, 0},
    {"عشر", K_TEN, 0, 10, 0}, {"عشرة", K_TEN, 0, 10, 0},
    /* NUM-5 one-word teens: Egyptian -تاشر/-اشر, Levantine -طعش/-تعش/-عش */
    {"حداشر", K_TEEN, W_DIALECT, 11, 0}, {"احداشر", K_TEEN, W_DIALECT, 11, 0},
    {"حدعش", K_TEEN, W_DIALECT, 11, 0}, {"احدعش", K_TEEN, W_DIALECT, 11, 0},
    {"اتناشر", K_TEEN, W_DIALECT, 12, 0}, {"اطناشر", K_TEEN, W_DIALECT, 12, 0},
    {"اتنعش", K_TEEN, W_DIALECT, 12, 0}, {"اطنعش", K_TEEN, W_DIALECT, 12, 0},
    {"طنعش", K_TEEN, W_DIALECT, 12, 0}, {"تنعش", K_TEEN, W_DIALECT, 12, 0},
    {"تلاتاشر", K_TEEN, W_DIALECT, 13, 0}, {"تلتاشر", K_TEEN, W_DIALECT, 13, 0},
    {"تلطعش", K_TEEN, W_DIALECT, 13, 0}, {"تلتطعش", K_TEEN, W_DIALECT, 13, 0},
    {"ثلطعش", K_TEEN, W_DIALECT, 13, 0}, {"تلتعش", K_TEEN, W_DIALECT, 13, 0},
    {"اربعتاشر", K_TEEN, W_DIALECT, 14, 0}, {"اربعطعش", K_TEEN, W_DIALECT, 14, 0},
    {"اربعتعش", K_TEEN, W_DIALECT, 14, 0},
    {"خمستاشر", K_TEEN, W_DIALECT, 15, 0}, {"خمسطعش", K_TEEN, W_DIALECT, 15, 0},
    {"خمستعش", K_TEEN, W_DIALECT, 15, 0},
    {"ستاشر", K_TEEN, W_DIALECT, 16, 0}, {"سطعش", K_TEEN, W_DIALECT, 16, 0},
    {"ستعش", K_TEEN, W_DIALECT, 16, 0},
    {"سبعتاشر", K_TEEN, W_DIALECT, 17, 0}, {"سبعطعش", K_TEEN, W_DIALECT, 17, 0},
    {"سبعتعش", K_TEEN, W_DIALECT, 17, 0},
    {"تمنتاشر", K_TEEN, W_DIALECT, 18, 0}, {"تمانتاشر", K_TEEN, W_DIALECT, 18, 0},
    {"تمنطعش", K_TEEN, W_DIALECT, 18, 0}, {"ثمنطعش", K_TEEN, W_DIALECT, 18, 0},
    {"تمنتعش", K_TEEN, W_DIALECT, 18, 0}, {"ثمنتعش", K_TEEN, W_DIALECT, 18, 0},
    {"تسعتاشر", K_TEEN, W_DIALECT, 19, 0}, {"تسعطعش", K_TEEN, W_DIALECT, 19, 0},
    {"تسعتعش", K_TEEN, W_DIALECT, 19, 0},
    /* NUM-6 tens (nominative -ون, oblique -ين) */
    {"عشرون", K_TENS, 0, 20, 0}, {"عشرين", K_TENS, 0, 20, 0},
    {"ثلاثون", K_TENS, 0, 30, 0}, {"ثلاثين", K_TENS, 0, 30, 0},
    {"تلاتين", K_TENS, W_DIALECT, 30, 0},
    {"أربعون", K_TENS, 0, 40, 0}, {"أربعين", K_TENS, 0, 40, 0},
    {"خمسون", K_TENS, 0, 50, 0}, {"خمسين", K_TENS, 0, 50, 0},
    {"ستون", K_TENS, 0, 60, 0}, {"ستين", K_TENS, 0, 60, 0},
    {"سبعون", K_TENS, 0, 70, 0}, {"سبعين", K_TENS, 0, 70, 0},
    {"ثمانون", K_TENS, 0, 80, 0}, {"ثمانين", K_TENS, 0, 80, 0},
    {"تمانين", K_TENS, W_DIALECT, 80, 0},
    {"تسعون", K_TENS, 0, 90, 0}, {"تسعين", K_TENS, 0, 90, 0},
    /* NUM-7 hundreds (300–900 in one word are generated below) */
    {"مئة", K_HUND, 0, 100, 0}, {"مائة", K_HUND, 0, 100, 0},
    {"مية", K_HUND, W_DIALECT | W_AMBIG, 100, 0}, {"ماية", K_HUND, W_DIALECT, 100, 0},
    {"مئتان", K_HUND, 0, 200, 0}, {"مئتين", K_HUND, 0, 200, 0},
    {"مئتا", K_HUND, 0, 200, 0}, {"مئتي", K_HUND, 0, 200, 0},
    {"مائتان", K_HUND, 0, 200, 0}, {"مائتين", K_HUND, 0, 200, 0},
    {"مائتا", K_HUND, 0, 200, 0}, {"مائتي", K_HUND, 0, 200, 0},
    {"متين", K_HUND, W_DIALECT | W_AMBIG, 200, 0}, {"ميتين", K_HUND, W_DIALECT, 200, 0},
    /* NUM-8 scale words: val is the power of ten */
    {"ألف", K_MULT, 0, 3, 0}, {"ألفا", K_MULT, 0, 3, 0},
    {"آلاف", K_MULT_PL, 0, 3, 0}, {"ألوف", K_MULT_PL, 0, 3, 0},
    {"ألفان", K_MULT_DU, 0, 3, 0}, {"ألفين", K_MULT_DU, 0, 3, 0}, {"ألفي", K_MULT_DU, 0, 3, 0},
    {"مليون", K_MULT, 0, 6, 0}, {"مليونا", K_MULT, 0, 6, 0}, {"ملايين", K_MULT_PL, 0, 6, 0},
    {"مليونان", K_MULT_DU, 0, 6, 0}, {"مليونين", K_MULT_DU, 0, 6, 0},
    {"مليوني", K_MULT_DU, 0, 6, 0},
    {"مليار", K_MULT, 0, 9, 0}, {"مليارا", K_MULT, 0, 9, 0}, {"مليارات", K_MULT_PL, 0, 9, 0},
    {"ملياران", K_MULT_DU, 0, 9, 0}, {"مليارين", K_MULT_DU, 0, 9, 0},
    {"ملياري", K_MULT_DU, 0, 9, 0},
    {"بليون", K_MULT, 0, 9, 0}, {"بلايين", K_MULT_PL, 0, 9, 0},
    {"تريليون", K_MULT, 0, 12, 0}, {"ترليون", K_MULT, 0, 12, 0},
    {"تريليونات", K_MULT_PL, 0, 12, 0},
    /* NUM-9 fractions: val / den */
    {"نصف", K_FRAC, 0, 1, 2}, {"نصفا", K_FRAC, 0, 1, 2},
    {"نص", K_FRAC, W_DIALECT | W_AMBIG, 1, 2},
    {"ربع", K_FRAC, 0, 1, 4}, {"ربعا", K_FRAC, 0, 1, 4},
    {"ثلث", K_FRAC, 0, 1, 3}, {"ثلثا", K_FRAC, 0, 2, 3}, {"ثلثي", K_FRAC, 0, 2, 3},
    {"أرباع", K_QUART, 0, 0, 0},
    /* NUM-10 */
    {"فاصلة", K_POINT, 0, 0, 0},
    /* NUM-11 ordinals */
    {"أول", K_ORD, W_NOCOMP, 1, 0}, {"أولى", K_ORD, W_NOCOMP, 1, 0},
    {"فاتح", K_ORD, W_NOCOMP, 1, 0},   /* Maghrebi: the first day of a month (فاتح ماي) */
    {"حادي", K_ORD, W_BOUND, 1, 0}, {"حادية", K_ORD, W_BOUND, 1, 0},
    {"ثاني", K_ORD, 0, 2, 0}, {"ثان", K_ORD, 0, 2, 0}, {"ثانية", K_ORD, W_NEEDAL, 2, 0},
    {"ثالث", K_ORD, 0, 3, 0}, {"ثالثة", K_ORD, 0, 3, 0},
    {"رابع", K_ORD, 0, 4, 0}, {"رابعة", K_ORD, W_AMBIG | W_BAREAMB, 4, 0},
    {"خامس", K_ORD, 0, 5, 0}, {"خامسة", K_ORD, 0, 5, 0},
    {"سادس", K_ORD, 0, 6, 0}, {"سادسة", K_ORD, 0, 6, 0},
    {"سابع", K_ORD, 0, 7, 0}, {"سابعة", K_ORD, 0, 7, 0},
    {"ثامن", K_ORD, 0, 8, 0}, {"ثامنة", K_ORD, 0, 8, 0},
    {"تاسع", K_ORD, 0, 9, 0}, {"تاسعة", K_ORD, 0, 9, 0},
    {"عاشر", K_ORD, W_NOCOMP, 10, 0}, {"عاشرة", K_ORD, W_NOCOMP, 10, 0},
};
#define NWORDS (sizeof words / sizeof *words)

/* NUM-7: hundreds 300–900 in one word are a unit stem glued to a word for hundred. */
typedef struct affix { const char *src; uint16_t flags; int16_t val; } affix;
static const affix hund_pre[] = {
    {"ثلاث", 0, 3}, {"تلت", W_DIALECT, 3}, {"تلات", W_DIALECT, 3}, {"أربع", 0, 4},
    {"ربع", W_DIALECT, 4}, {"خمس", 0, 5}, {"ست", 0, 6}, {"سبع", 0, 7}, {"ثمان", 0, 8},
    {"ثماني", 0, 8}, {"تمن", W_DIALECT, 8}, {"تمان", W_DIALECT, 8}, {"تسع", 0, 9},
};
static const affix hund_suf[] = {
    {"مئة", 0, 100}, {"مائة", 0, 100}, {"مية", W_DIALECT, 100}, {"ماية", W_DIALECT, 100},
};
#define NPRE (sizeof hund_pre / sizeof *hund_pre)
#define NSUF (sizeof hund_suf / sizeof *hund_suf)

#define KEYMAX 40
typedef struct nentry {
    char key[KEYMAX];   /* normalized, ة written ه (NUM-3), NUL-terminated */
    uint8_t klen, kind, den;
    uint16_t flags;
    int16_t val;
} nentry;

#define NTAB (NWORDS + NPRE * NSUF)
static nentry tab[NTAB];
static size_t ntab;
static bool tab_sound;
/* A hash of each key's length, first letter and last letter: a bucket's first entry plus one
 * and each entry's next plus one (0: none), so a word is compared with the few keys that share
 * them (lookup). */
enum { KBITS = 10 };
static uint16_t kfirst[1u << KBITS], knext[NTAB];
static pthread_once_t tab_once = PTHREAD_ONCE_INIT;
static atomic_bool tab_ready;        /* set after tab_once has run */

/* ة (D8 A9) → ه (D9 87) in place: both spellings of the feminine ending compare equal. 0xD8 is
 * never a continuation byte, so the scan cannot land inside a character. */
static void fold_ta(char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if ((unsigned char)s[i] == 0xD8 && (unsigned char)s[i + 1] == 0xA9) {
            s[i] = (char)0xD9;
            s[i + 1] = (char)0x87;
        }
}

/* The bucket of a word of n >= 2 bytes: its length, first two bytes, and last two with ة read
 * as ه (a key never holds ة; its first letter is compared as written, as it always was). */
static inline size_t key_hash(const char *s, size_t n)
{
    unsigned char z0 = (unsigned char)s[n - 2], z1 = (unsigned char)s[n - 1];
    if (z0 == 0xD8 && z1 == 0xA9) { z0 = 0xD9; z1 = 0x87; }
    uint32_t x = (uint32_t)(unsigned char)s[0] << 24 | (uint32_t)(unsigned char)s[1] << 16 | (uint32_t)z0 << 8 | z1;
    return (size_t)(((x ^ (uint64_t)n << 32) * 0x9E3779B97F4A7C15ull) >> (64 - KBITS));
}

static int cmp_key(const char *a, size_t an, const char *b, size_t bn)
{
    int c = memcmp(a, b, an < bn ? an : bn);
    if (c) return c;
    return an < bn ? -1 : an > bn;
}

static int cmp_entry(const void *x, const void *y)
{
    const nentry *a = x, *b = y;
    return cmp_key(a->key, a->klen, b->key, b->klen);
}

/* Normalizes src (the text layer's rules) into e's key; false if it does not fit or is not one
 * Arabic word. */
static bool set_key(nentry *e, const char *a, const char *b)
{
    char src[2 * KEYMAX];
    size_t al = strlen(a), bl = b ? strlen(b) : 0;
    if (al + bl >= sizeof src) return false;
    memcpy(src, a, al);
    if (bl) memcpy(src + al, b, bl);
    rasd_text *t = rasd_text_new(src, al + bl, 0);
    size_t n;
    const char *s = rasd_text_norm(t, &n);
    bool ok = n > 0 && n < KEYMAX && rasd_text_ntokens(t) == 1 &&
              rasd_text_token(t, 0)->kind == RASD_TOK_ARABIC;
    if (ok) {
        memcpy(e->key, s, n);
        e->key[n] = 0;
        e->klen = (uint8_t)n;
        fold_ta(e->key, n);
    }
    rasd_text_free(t);
    return ok;
}

static void tab_init(void)
{
    bool sound = true;
    for (size_t i = 0; i < NWORDS; i++) {
        nentry *e = &tab[ntab];
        if (!set_key(e, words[i].src, NULL)) { sound = false; continue; }
        e->kind = words[i].kind;
        e->flags = words[i].flags;
        e->val = words[i].val;
        e->den = words[i].den;
        ntab++;
    }
    for (size_t p = 0; p < NPRE; p++)
        for (size_t s = 0; s < NSUF; s++) {
            nentry *e = &tab[ntab];
            if (!set_key(e, hund_pre[p].src, hund_suf[s].src)) { sound = false; continue; }
            e->kind = K_HUND;
            e->flags = (uint16_t)(hund_pre[p].flags | hund_suf[s].flags);
            e->val = (int16_t)(hund_pre[p].val * hund_suf[s].val);
            e->den = 0;
            ntab++;
        }
    qsort(tab, ntab, sizeof *tab, cmp_entry);
    for (size_t i = ntab; i-- > 0;) {                   /* chains in table order */
        unsigned char b0 = (unsigned char)tab[i].key[0], b1 = (unsigned char)tab[i].key[1];
        if ((b0 != 0xD8 && b0 != 0xD9) || b1 < 0x80 || b1 >= 0xC0) { sound = false; continue; }
        size_t h = key_hash(tab[i].key, tab[i].klen);
        knext[i] = kfirst[h];
        kfirst[h] = (uint16_t)(i + 1);
    }
    for (size_t i = 1; i < ntab; i++)
        if (cmp_entry(&tab[i - 1], &tab[i]) == 0) sound = false;
    tab_sound = sound;
}

bool rasd_number_check_table(void)
{
    pthread_once(&tab_once, tab_init);
    return tab_sound && ntab == NTAB;
}

/* The table entry for normalized bytes s[0..n), or NULL: the bytes with ة read as ه (fold_ta)
 * equal a key, whose first letter is as written (a word that begins with ة matches none). */
static const nentry *lookup(const char *s, size_t n)
{
    if (n < 2 || n >= KEYMAX) return NULL;
    for (size_t k = kfirst[key_hash(s, n)]; k; k = knext[k - 1]) {
        const nentry *e = &tab[k - 1];
        if (e->klen != n) continue;
        const unsigned char *w = (const unsigned char *)s, *key = (const unsigned char *)e->key;
        size_t i = 0;
        while (i < n) {
            if (w[i] == key[i]) i++;
            else if (i > 0 && i + 1 < n && w[i] == 0xD8 && w[i + 1] == 0xA9 && key[i] == 0xD9 && key[i + 1] == 0x87) i += 2;
            else break;
        }
        if (i == n) return e;
    }
    return NULL;
}

/* ---- tokens ------------------------------------------------------------------------------- */

typedef struct ctx {
    rasd_text *t;
    const char *s;      /* normalized text */
    size_t ntok;
    const rasd_token *toks;   /* the text's token array, indexed directly (i < ntok) */
    size_t sent;        /* the sentence of the first token: a match stays inside it */
} ctx;

static ctx ctx_of(rasd_text *t)
{
    size_t n = rasd_text_ntokens(t);
    return (ctx){t, rasd_text_norm(t, NULL), n, n ? rasd_text_token(t, 0) : NULL, 0};
}

static const rasd_token *tok(const ctx *c, size_t i) { return &c->toks[i]; }

static bool in_sent(const ctx *c, size_t i)
{
    return i < c->ntok && tok(c, i)->sentence == c->sent;
}

static bool tok_is(const ctx *c, const rasd_token *k, const char *lit)
{
    size_t n = strlen(lit);
    return k->end - k->start == n && memcmp(c->s + k->start, lit, n) == 0;
}

/* A word matched in a token (NUM-3). */
typedef struct wmatch {
    const nentry *e;
    bool conj, al, prep, blocked;
} wmatch;

enum { MATCH_ANY, MATCH_WHOLE, MATCH_NOT_WHOLE };

/* Looks token k up: whole; then after a leading و (also when the tokenizer kept it, as in ونص
 * and وست whose rest is too short to split) or a stripped ف; then as its stem after all the
 * proclitics. whole: MATCH_WHOLE tries only the first (the second word of a two-word atom),
 * MATCH_NOT_WHOLE skips it (وأحد عشر: the whole token reads واحد). A weekday (W_WEEKDAY with
 * ال) sets blocked. Returns false when nothing matched. */
static bool match_word(const ctx *c, const rasd_token *k, int whole, wmatch *m)
{
    memset(m, 0, sizeof *m);
    if (k->kind != RASD_TOK_ARABIC) return false;
    const char *w = c->s + k->start;
    size_t n = k->end - k->start;
    if (whole != MATCH_NOT_WHOLE && (m->e = lookup(w, n)) != NULL) return true;
    if (whole == MATCH_WHOLE) return false;
    unsigned char b0 = (unsigned char)w[0], b1 = n > 1 ? (unsigned char)w[1] : 0;
    bool waw = b0 == 0xD9 && b1 == 0x88, fa = b0 == 0xD9 && b1 == 0x81;
    if (n > 2 && (waw || (fa && (k->clitics & RASD_CL_FA))) && (m->e = lookup(w + 2, n - 2))) {
        m->conj = true;
        return true;
    }
    if (k->stem > k->start && !(k->clitics & RASD_CL_SA) && (m->e = lookup(c->s + k->stem, k->end - k->stem))) {
        m->conj = (k->clitics & (RASD_CL_WA | RASD_CL_FA)) != 0;
        m->al = (k->clitics & RASD_CL_AL) != 0;
        m->prep = (k->clitics & (RASD_CL_BI | RASD_CL_LI | RASD_CL_KA)) != 0;
        m->blocked = m->al && (m->e->flags & W_WEEKDAY);
        return true;
    }
    return false;
}

/* ---- digits (NUM-1) ------------------------------------------------------------------------- */

#define VMAX 1e15

/* A digit token: digits with "," and "." between them (TXT-TK-3). Commas in groups of three
 * after a first group of 1–3 digits are thousands separators; otherwise a single comma with no
 * dot is a decimal comma ("2,5"). ":" and "/" (times, dates, "11/10") and a second "." (dates)
 * are refused, as are values of 10^15 and more. *frac: a nonzero fractional part. */
static bool parse_digits(const char *s, size_t n, double *v, bool *frac)
{
    size_t ndot = 0, ncomma = 0, dot = n;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == '.') { ndot++; dot = i; }
        else if (ch == ',') ncomma++;
        else if (ch < '0' || ch > '9') return false;
    }
    if (ndot > 1) return false;
    char dsep = '.';
    if (ncomma) {
        bool thousands = true, firstgroup = true;
        size_t run = 0;
        for (size_t i = 0; i <= dot && i <= n; i++) {
            if (i == dot || i == n || s[i] == ',') {
                if (firstgroup ? (run < 1 || run > 3) : run != 3) thousands = false;
                firstgroup = false;
                run = 0;
                if (i == dot || i == n) break;
            } else run++;
        }
        if (!thousands) {
            if (ndot || ncomma != 1) return false;
            dsep = ',';
        }
    }
    double ip = 0, fnum = 0, fden = 1;
    bool infrac = false;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == dsep) { infrac = true; continue; }
        if (ch == ',') continue;
        int d = ch - '0';
        if (!infrac) {
            ip = ip * 10 + d;
            if (ip >= VMAX) return false;
        } else if (fden < 1e15) {
            fnum = fnum * 10 + d;
            fden *= 10;
        }
    }
    *v = ip + fnum / fden;
    *frac = fnum != 0;
    return true;
}

/* A run of plain digits as a decimal fraction: "77" → 0.77, "05" → 0.05. */
static bool digits_as_fraction(const char *s, size_t n, double *v)
{
    if (n == 0 || n > 15) return false;
    double num = 0, den = 1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        num = num * 10 + (s[i] - '0');
        den *= 10;
    }
    *v = num / den;
    return true;
}

/* ---- atoms: one number word, a two-word unit (ثلاثة عشر), or a digit token ------------------ */

typedef struct atom {
    uint8_t kind;
    uint16_t wflags;
    bool conj, al, prep, teen;
    double val;          /* the value; for scale words 10^exp */
    int exp;             /* scale words: the power of ten */
    bool decimal;        /* digits with a nonzero fraction */
    size_t end;          /* the token after the atom */
} atom;

static const double pow10tab[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};

/* Reads the atom at token pos. Not first: a standalone و may come before it (conj). Two-word
 * atoms (NUM-5, NUM-7, NUM-9): a unit or ordinal 1–9 before عشر/عشرة, a unit 3–9 before
 * مئة/مائة, ثلاثة before أرباع. False when no atom starts there (a weekday included). */
static bool lex(const ctx *c, size_t pos, bool first, atom *a)
{
    memset(a, 0, sizeof *a);
    if (!in_sent(c, pos)) return false;
    const rasd_token *k = tok(c, pos);
    if (!first && k->kind == RASD_TOK_ARABIC && k->end - k->start == 2 && (unsigned char)c->s[k->start] == 0xD9 &&
        (unsigned char)c->s[k->start + 1] == 0x88) {   /* the token و */
        if (!in_sent(c, pos + 1)) return false;
        a->conj = true;
        k = tok(c, ++pos);
    }
    a->end = pos + 1;
    if (k->kind == RASD_TOK_NUMBER) {
        double v;
        bool fr;
        if (!parse_digits(c->s + k->start, k->end - k->start, &v, &fr)) return false;
        a->kind = K_DIGITS;
        a->val = v;
        a->decimal = fr;
        return true;
    }
    wmatch m;
    if (!match_word(c, k, MATCH_ANY, &m) || m.blocked) return false;
    wmatch nx;
    bool next = in_sent(c, pos + 1) && match_word(c, tok(c, pos + 1), MATCH_WHOLE, &nx);
    if (next && nx.e->kind == K_TEN && (m.e->flags & W_NOTEEN)) {
        /* "وأحد عشر" normalizes to واحد + عشر: read it as و + أحد عشر */
        wmatch alt;
        if (match_word(c, k, MATCH_NOT_WHOLE, &alt) && !alt.blocked && alt.e->kind == K_UNIT &&
            !(alt.e->flags & W_NOTEEN))
            m = alt;
    }
    if (m.conj && a->conj) return false;
    const nentry *e = m.e;
    a->conj |= m.conj;
    a->al = m.al;
    a->prep = m.prep;
    a->kind = e->kind;
    a->wflags = e->flags;
    if (e->kind == K_MULT || e->kind == K_MULT_PL || e->kind == K_MULT_DU) {
        a->exp = e->val;
        a->val = pow10tab[e->val];
    } else if (e->kind == K_FRAC) {
        a->val = (double)e->val / e->den;
    } else {
        a->val = e->val;
    }
    if (!next) return true;
    const nentry *ne = nx.e;
    bool small = e->val >= 1 && e->val <= 9;
    if (ne->kind == K_TEN && (e->kind == K_UNIT || e->kind == K_ORD) && small &&
        !(e->flags & (W_NOTEEN | W_NOCOMP))) {
        a->val = 10 + e->val;                         /* NUM-5, NUM-11 */
        a->teen = true;
        if (e->kind == K_UNIT) a->kind = K_TEEN;
    } else if (ne->kind == K_HUND && ne->val == 100 && e->kind == K_UNIT && e->val >= 3 &&
               !(e->flags & W_BOUND)) {
        a->kind = K_HUND;                             /* NUM-7: ثلاث مئة */
        a->val = e->val * 100;
    } else if (ne->kind == K_QUART && e->kind == K_UNIT && e->val == 3) {
        a->kind = K_FRAC;                             /* NUM-9: ثلاثة أرباع */
        a->val = 0.75;
    } else {
        return true;
    }
    a->wflags = (uint16_t)((e->flags | ne->flags) & W_DIALECT);
    a->end = pos + 2;
    return true;
}

/* ---- the phrase (NUM-13) ------------------------------------------------------------------ */

enum { G_HUND = 1, G_UNIT = 2, G_TEN = 4, G_TEEN = 8, G_TENS = 16, G_DIG = 32, G_FRACW = 64 };

typedef struct state {
    double total;        /* finished groups, scaled */
    double group;        /* the group being read (below the last scale word) */
    unsigned g;          /* G_* parts of the group */
    int last_exp;        /* power of ten of the last scale word; 99 before any */
    bool last_mult;      /* the last atom was a scale word */
    int ordphase;        /* 0 cardinal; 1 ordinal unit read (و + tens may follow); 2 complete */
    bool done;           /* nothing may follow */
    bool frac;           /* the value has a fraction already */
    bool definite, ordform, scaled;
    bool unit_al;        /* the unit before a possible tens had ال: the tens must agree */
    unsigned dialect;
    int natoms;
    uint16_t first_wflags;
    bool pending_bound;  /* the last atom was أحد/إحدى/حادي: و + tens must follow */
    size_t end;
} state;

/* Every atom adds to the group or closes it with a scale word. */
static bool accept(const ctx *c, state *s, const atom *b)
{
    if (b->prep || (b->al && !s->definite) || s->done) return false;
    unsigned full = G_UNIT | G_TEN | G_TEEN | G_TENS | G_DIG | G_FRACW;
    size_t end = b->end;
    switch (b->kind) {
    case K_DIGITS:       /* "3 ملايين و500 ألف" */
        if (s->g || !s->last_mult || !b->conj || s->ordphase) return false;
        s->group = b->val;
        s->g = G_DIG;
        s->frac = b->decimal;
        break;
    case K_UNIT: case K_TEN: case K_TEEN:
        if (s->ordphase || (b->wflags & W_TEENONLY) || (s->g & full)) return false;
        if (s->g == 0 && !(s->last_mult && b->conj)) return false;  /* after a scale word: و */
        s->group += b->val;
        s->g |= b->kind == K_UNIT ? G_UNIT : b->kind == K_TEN ? G_TEN : G_TEEN;
        s->unit_al = b->al;
        s->pending_bound = (b->wflags & W_BOUND) != 0;
        break;
    case K_TENS:
        if (s->g & (G_TENS | G_TEEN | G_TEN | G_DIG | G_FRACW)) return false;
        if (s->ordphase == 2) return false;
        if ((s->g & G_UNIT) || s->ordphase == 1 || s->g == 0) {
            if (!b->conj) return false;                   /* خمسة وعشرون، الحادي والعشرون */
            if (s->g == 0 && s->ordphase == 0 && !s->last_mult) return false;
            /* ال on both or on neither: الخامس والعشرون (25th), but الخامسة وعشرين is 5 and
             * then 20 (a clock time), and الرابعة واربعون is 4 and then 40 */
            if (((s->g & G_UNIT) || s->ordphase == 1) && b->al != s->unit_al) return false;
        }
        s->group += b->val;
        s->g |= G_TENS;
        if (s->ordphase == 1) s->ordphase = 2;
        s->pending_bound = false;
        break;
    case K_HUND:         /* after a scale word, و optional: ألفين خمسمية، ألف وتسعمائة */
        if (s->g || !s->last_mult || s->ordphase) return false;
        s->group = b->val;
        s->g = G_HUND;
        break;
    case K_MULT: case K_MULT_PL:
        if (s->ordphase || b->exp >= s->last_exp) return false;
        if (s->g == 0) {                                   /* مليون وألف */
            if (b->kind == K_MULT_PL || !s->last_mult || !b->conj) return false;
            s->total += b->val;
        } else {
            if (b->conj) return false;
            s->total += s->group * b->val;
            if (s->g & G_FRACW) s->done = true;           /* نصف مليون */
        }
        s->group = 0;
        s->g = 0;
        s->last_exp = b->exp;
        s->scaled = true;
        break;
    case K_MULT_DU:
        if (s->g || !s->last_mult || !b->conj || s->ordphase || b->exp >= s->last_exp) return false;
        s->total += 2 * b->val;
        s->last_exp = b->exp;
        s->scaled = true;
        break;
    case K_FRAC:         /* NUM-9: و نصف after a number */
        if (!b->conj || s->frac || (s->g & G_FRACW)) return false;
        if (s->g == 0 && s->last_mult) s->total += b->val * pow10tab[s->last_exp];
        else s->group += b->val;
        s->frac = true;
        s->done = true;
        break;
    case K_POINT: {      /* NUM-10: an integer, فاصلة, then digits or a small number in words */
        if (b->conj || s->frac || s->ordphase || !(s->g & (G_UNIT | G_TEN | G_TEEN | G_TENS | G_DIG)) ||
            !in_sent(c, b->end))
            return false;
        const rasd_token *k = tok(c, b->end);
        double dec;
        if (k->kind == RASD_TOK_NUMBER) {
            if (!digits_as_fraction(c->s + k->start, k->end - k->start, &dec)) return false;
            end = b->end + 1;
        } else {
            atom d, d2;
            if (!lex(c, b->end, true, &d) || d.conj || d.al || d.prep) return false;
            double n = d.val;
            end = d.end;
            if (d.kind == K_UNIT && !(d.wflags & W_TEENONLY) && lex(c, d.end, false, &d2) &&
                d2.kind == K_TENS && d2.conj && !d2.al) {
                n += d2.val;
                end = d2.end;
            } else if (d.kind != K_ZERO && d.kind != K_TEN && d.kind != K_TEEN && d.kind != K_TENS &&
                       !(d.kind == K_UNIT && !(d.wflags & W_BOUND))) {
                return false;
            }
            dec = n;
            while (dec >= 1) dec /= 10;
        }
        s->group += dec;
        s->frac = dec != 0;
        s->g = G_DIG;
        break;
    }
    default:             /* K_ZERO, K_ORD, K_QUART: only first */
        return false;
    }
    s->last_mult = b->kind == K_MULT || b->kind == K_MULT_PL || b->kind == K_MULT_DU;
    s->dialect |= b->wflags & W_DIALECT;
    s->natoms++;
    s->end = end;
    return true;
}

/* The first atom: what may start a number. */
static bool start(state *s, const atom *a)
{
    memset(s, 0, sizeof *s);
    s->last_exp = 99;
    s->definite = a->al;
    s->unit_al = a->al;
    s->first_wflags = a->wflags;
    s->dialect = a->wflags & W_DIALECT;
    s->natoms = 1;
    s->end = a->end;
    switch (a->kind) {
    case K_ZERO:
        s->done = true;
        break;
    case K_DIGITS:
        s->group = a->val;
        s->g = G_DIG;
        s->frac = a->decimal;
        break;
    case K_UNIT: case K_TEN: case K_TEEN: case K_TENS: case K_HUND:
        if (a->wflags & W_TEENONLY) return false;
        s->group = a->val;
        s->g = a->kind == K_UNIT ? G_UNIT : a->kind == K_TEN ? G_TEN : a->kind == K_TEEN ? G_TEEN
             : a->kind == K_TENS ? G_TENS : G_HUND;
        s->pending_bound = (a->wflags & W_BOUND) != 0;
        break;
    case K_MULT:
        s->total = a->val;
        s->last_exp = a->exp;
        s->last_mult = s->scaled = true;
        break;
    case K_MULT_DU:
        s->total = 2 * a->val;
        s->last_exp = a->exp;
        s->last_mult = s->scaled = true;
        break;
    case K_ORD:
        if ((a->wflags & W_NEEDAL) && !a->al && !a->teen) return false;
        s->ordform = true;
        s->group = a->val;
        s->ordphase = (a->teen || (a->wflags & W_NOCOMP)) ? 2 : 1;
        s->pending_bound = !a->teen && (a->wflags & W_BOUND);
        break;
    case K_FRAC:
        s->group = a->val;
        s->g = G_FRACW;
        s->frac = true;
        break;
    default:             /* K_MULT_PL alone is vague (آلاف); K_QUART, K_POINT need a number */
        return false;
    }
    return true;
}

/* A token that is only the article with its proclitics, as left before digits by "الـ20",
 * "بالـ20", "للـ20", "والـ20": 1, or 2 when it begins with the conjunction و/ف; 0 otherwise. */
static int article_token(const ctx *c, const rasd_token *k)
{
    static const char *const forms[] = {
        "ال", "بال", "كال", "لل", "وال", "وبال", "وكال", "ولل", "فال", "فبال", "فلل",
    };
    for (size_t j = 0; j < sizeof forms / sizeof *forms; j++)
        if (tok_is(c, k, forms[j])) return j >= 4 ? 2 : 1;
    return 0;
}

/* *out = v over tokens [first, end) with flags, and RASD_NUM_FRACTION when v is not whole. */
static void put_number(rasd_number *out, double v, size_t first, size_t end, unsigned flags)
{
    if (v != trunc(v)) flags |= RASD_NUM_FRACTION;
    out->fvalue = v;
    out->value = (int64_t)v;
    out->tok_first = first;
    out->tok_end = end;
    out->flags = flags;
}

const char *rasd_number_key(size_t i)
{
    pthread_once(&tab_once, tab_init);
    return i < ntab ? tab[i].key : NULL;
}

bool rasd_number_word(rasd_text *t, size_t i)
{
    if (!t) return false;
    pthread_once(&tab_once, tab_init);
    ctx c = ctx_of(t);
    wmatch m;
    return i < c.ntok && match_word(&c, tok(&c, i), MATCH_ANY, &m);
}

bool rasd_number_at(rasd_text *t, size_t i, rasd_number *out)
{
    if (!t || !out) return false;
    if (!atomic_load_explicit(&tab_ready, memory_order_acquire)) {   /* spares pthread_once's call */
        pthread_once(&tab_once, tab_init);
        atomic_store_explicit(&tab_ready, true, memory_order_release);
    }
    ctx c = ctx_of(t);
    if (i >= c.ntok) return false;
    c.sent = tok(&c, i)->sentence;
    const rasd_token *k = tok(&c, i);
    size_t first = i;
    double sign = 1;
    unsigned flags = 0;

    /* NUM-2: a sign or a leading point glued to a digit token, not glued to what precedes */
    if (k->kind == RASD_TOK_PUNCT || k->kind == RASD_TOK_OTHER) {
        bool minus = tok_is(&c, k, "-") || tok_is(&c, k, "\xE2\x88\x92");
        bool point = tok_is(&c, k, ".");
        if (!minus && !point) return false;
        if (i > 0 && tok(&c, i - 1)->end == k->start) return false;
        if (!in_sent(&c, i + 1) || tok(&c, i + 1)->kind != RASD_TOK_NUMBER ||
            tok(&c, i + 1)->start != k->end)
            return false;
        const rasd_token *d = tok(&c, i + 1);
        if (point) {
            double v;
            if (!digits_as_fraction(c.s + d->start, d->end - d->start, &v)) return false;
            out->fvalue = v;
            out->value = 0;
            out->tok_first = i;
            out->tok_end = i + 2;
            out->flags = RASD_NUM_DIGITS | (v != 0 ? RASD_NUM_FRACTION : 0);
            return true;
        }
        sign = -1;
        i++;
    }

    /* NUM-2: the article written apart from digits, "الـ20" (tatweel gone: "ال" + "20") */
    bool def_digits = false;
    if (k->kind == RASD_TOK_ARABIC && in_sent(&c, i + 1) && tok(&c, i + 1)->kind == RASD_TOK_NUMBER &&
        tok(&c, i + 1)->start == k->end) {
        int art = article_token(&c, k);
        if (!art) return false;
        def_digits = true;
        if (art == 2) flags |= RASD_NUM_CONJ;
        i++;
    }

    atom a;
    state s;
    if (!lex(&c, i, true, &a) || !start(&s, &a)) return false;
    if (a.conj) flags |= RASD_NUM_CONJ;
    if (def_digits) s.definite = true;
    flags |= a.kind == K_DIGITS ? RASD_NUM_DIGITS : RASD_NUM_WORDS;
    if (s.pending_bound) {
        /* أحد/إحدى/حادي begin a number only with و + tens after them (NUM-12) */
        atom d;
        if (!lex(&c, s.end, false, &d) || d.kind != K_TENS || !accept(&c, &s, &d)) return false;
    }
    while (!s.done) {
        atom b;
        state saved = s;
        if (!lex(&c, s.end, false, &b) || !accept(&c, &s, &b)) break;
        flags |= b.kind == K_DIGITS ? RASD_NUM_DIGITS : RASD_NUM_WORDS;
        if (s.pending_bound) {
            /* أحد/إحدى inside a number: و + tens must follow, or the unit is not taken */
            atom d;
            if (!lex(&c, s.end, false, &d) || d.kind != K_TENS || !accept(&c, &s, &d)) {
                s = saved;
                break;
            }
        }
    }

    double v = (s.total + s.group) * sign;
    if (fabs(v) >= VMAX) return false;
    /* NUM-11: a definite cardinal of 11 and more (no scale word) is how Arabic writes the
     * ordinal of a day number; a definite digit number (الـ20) likewise, whatever its size */
    if (s.ordform || (s.definite && !s.scaled && v == trunc(v) && (def_digits || v >= 11)))
        flags |= RASD_NUM_ORDINAL;
    if (s.definite) flags |= RASD_NUM_DEFINITE;
    if (s.dialect) flags |= RASD_NUM_DIALECT;
    if (s.scaled) flags |= RASD_NUM_SCALED;
    if (s.natoms == 1 && (s.first_wflags & W_AMBIG) && !(s.definite && (s.first_wflags & W_BAREAMB)))
        flags |= RASD_NUM_AMBIG;
    put_number(out, v, first, s.end, flags);
    return true;
}

bool rasd_number_digits(rasd_text *t, size_t i, rasd_number *out)
{
    if (!t || !out || i >= rasd_text_ntokens(t)) return false;
    const rasd_token *k = rasd_text_token(t, i);
    double v;
    bool fr;
    if (k->kind != RASD_TOK_NUMBER || !parse_digits(rasd_text_norm(t, NULL) + k->start, k->end - k->start, &v, &fr) ||
        fabs(v) >= VMAX)
        return false;
    put_number(out, v, i, i + 1, RASD_NUM_DIGITS);
    return true;
}
