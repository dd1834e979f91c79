/* timex.c — the time-expression tagger (issue #3): Arabic dates, times of day, relative
 * expressions and durations, read off a rasd_text's tokens and normalized to TIMEX3 values
 * against the document creation time (DCT).
 *
 * Exports
 *   rasd_timex_find   every time expression and duration of a text, in order, no overlaps
 *   rasd_timex_find_after   the same after text that told of a day (TMX-19: اليوم التالي)
 *
 * Rules TMX-1 … TMX-21 are defined in docs/time.md; tests/unit/test_timex.c names them. In short:
 *   TMX-1  scan: at each token try every reader that can start there, keep the longest match,
 *          continue after it
 *   TMX-2  tense: a future cue in the sentence (سـ on a verb, سوف، يعتزم، المقرر، المرتقب، المقبل،
 *          القادم) or a phrase that is the whole sentence → future; otherwise news default
 *   TMX-3  explicit dates: day month [year], month day, month year, numeric day-first dates,
 *          ISO dates, paired month names ("كانون الثاني/ يناير", "مارس (آذار)")
 *   TMX-4  Hijri dates (month names, or numbers with هـ) through rasd_hijri_to_gregorian
 *   TMX-5  relative days: اليوم، أمس، أول أمس، غدا، بعد غد … and now (حالا، الآن)
 *   TMX-6  weekdays: alone, with a direction word, with a week, with a date; الاثنين (and الأحد
 *          in the eleven) guarded
 *   TMX-7  this / last / next week, month, year (weeks are ISO weeks)
 *   TMX-8  قبل/منذ/بعد + duration → a point relative to the DCT
 *   TMX-9  durations with number, dual or singular unit, fractions and qualifiers (mod)
 *   TMX-10 times of day with period words; a date or weekday before a time joins it
 *   TMX-11 part of a month: أوائل/مطلع/بداية, منتصف/أواسط, أواخر/نهاية → interval + mod
 *   TMX-12 day ranges: "من 13 إلى 15 تموز", "13-15 تموز", "يوليو 13-15", "بين … و …"
 *   TMX-13 nth / last weekday, day or week of a month
 *   TMX-14 holidays through rasd_holiday_date
 *   TMX-15 without a DCT: underspecified values (XXXX-03, XXXX-03-18, XXXX-WXX-2), resolved false
 *   TMX-16 never a time: bare numbers, counts, "بعد عدة دقائق", أحد/الاثنين as numbers
 *   TMX-17 X حتى/إلى Y as one interval; حتى Y in a future clause as an interval from the DCT
 *   TMX-18 spans of N units (الأسابيع الثلاثة المقبلة), خلال + duration ahead, seasons, quarters
 *   TMX-19 اليوم التالي، الأسبوع التالي: after the last day told before (in the text or the anchor)
 *   TMX-20 a date without a year after one of its sentence whose year is written: that year's
 *   TMX-21 a chronology's entry (a date without a year opening its sentence before : or ،): on or
 *          after the last day told, not after the DCT
 *
 * Limits: a time in another zone ("بتوقيت GMT", "بتوقيت مكة") is converted to the DCT's zone
 * only when the DCT carries its UTC offset. A token's vocabulary slots and numbers are computed
 * once per text (TMX-1); no reader recurses.
 *
 * Speed/Cost: linear in the tokens. One pass before the scan gives every token its vocabulary
 * flags and slots (an index of the words' first and last bytes, whose buckets are mostly empty)
 * and marks the sentences with a future cue (TMX-2), and lists the tokens that may start an
 * expression: the scan visits only those (digits, words of the vocabulary, number words), and at
 * each, best_at calls only the readers whose first-token words it is (start_words, a 16-bit mask
 * per slot); month names, numbers and digit tokens' fields are answered once per token (small
 * caches by token index; digits no number word follows skip rasd_number_at), and period_at
 * turns away a token that is none of its first words by one slot bit. The per-token arrays of a
 * short text live on the stack; results are formatted without stdio. Measured with callgrind on
 * 3 MB of Arabic news (rasd extract): about 16 instructions a byte of its own work (about half
 * of it the per-token vocabulary pass and the scan, half the readers at candidate tokens), plus
 * about 18 for the tokenizing that rasd_text_ntokens does lazily and that this function, the
 * first to ask, pays for.
 */
#include "tag/timex.h"

#include "clean/clean.h"
#include "tag/number.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- word tables ----------------------------------------------------------------------------- */

/* Weekday names (normalized, without ال), 0 = Monday. */
static const char *const wd_names[][2] = {
    {"اثنين", "اثنان"}, {"ثلاثاء", "ثلاثا"}, {"اربعاء", "اربعا"}, {"خميس", ""},
    {"جمعه", ""}, {"سبت", ""}, {"احد", ""}
};

/* TMX-6: the words a person's mention opens on (a counterpart, a title), before which a bare
 * الاثنين is the weekday, and the words after which it stays "the two" */
static const char *const w_person_head[] = {"نظيره", "نظيرته", "نظيريه", "نظراءه", "الرئيس", "رئيس",
    "رئيسه", "وزير", "وزيره", "الوزير", "الوزيره", "الملك", "العاهل", "الامير", "امير", "ولي", "السلطان",
    "الشيخ", "السيد", "السيده", "المبعوث", "مبعوث", "المستشار", "المستشاره", "الامين", "نائب", "وفدا"};
static const char *const w_two_before[] = {"بين", "كلا", "كل", "هذين", "هاتين", "من", "مع", "علي", "الي", "عن"};
/* indefinite nouns of what one does that a verb before الاثنين takes as its object ("أجرى الاثنين
 * محادثات"): "the two" is never followed by one (its subject form is الاثنان) */
static const char *const w_deed_after[] = {"محادثات", "مباحثات", "مفاوضات", "اتصالا", "اتصالات", "مكالمه", "لقاء",
                                           "لقاءات", "اجتماعا", "اجتماعات", "زياره", "قمه", "جوله", "مؤتمرا"};
static const char *const w_past[] = {"ماضي", "ماض", "ماضيه", "سابق", "سابقه", "منصرم", "منصرمه",
                                     "فائت", "فائته", "فارط", "فارطه", "مضي"};
static const char *const w_next[] = {"قادم", "قادمه", "مقبل", "مقبله", "تالي", "تاليه", "جاي",
                                     "جايه", "لاحق"};
static const char *const w_this[] = {"حالي", "حاليه", "جاري", "جاريه", "نفسه", "ذاته"};   /* نفسه، ذاته: TMX-19 */

/* ---- context and token helpers --------------------------------------------------------------- */

typedef struct cx {
    rasd_text *t;
    const char *p;            /* normalized text */
    size_t nt;
    const rasd_tval *dct;     /* NULL without a DCT */
    int dct_off;              /* the DCT's UTC offset in minutes, or RASD_NO_OFFSET */
    rasd_tense tense;         /* TMX-2, for the current attempt */
    bool whole;               /* the attempt covers its sentence (set on the second pass) */
    uint8_t *scue;            /* per sentence: 1 when a token of it is a future cue (VF_CUE) */
    size_t fc_sent;           /* future_cue's sentence + 1 (0: none yet), its first cue token and
                                 the last أن/إن before that cue (SIZE_MAX: none) */
    size_t fc_first, fc_that, fc_f;   /* (fc_f: the sentence's first token) */
    size_t fc_adj;            /* … and its first cue that qualifies a noun before it (adjective_cue) */
    bool fc_none;             /* … none of its cues counts (each qualifies a time word) */
    const rasd_tval *yref;    /* TMX-20: the date whose written year a date without one follows
                                 (NULL: the DCT's, CAL-13) */
    const rasd_token *toks;   /* the rasd_text's token array */
    uint8_t *vf;              /* per token: VF_* (the vocabulary test, computed before the scan) */
    uint16_t *fid, *sid;      /* per token: vocabulary slot of the whole token, of its stem */
    uint8_t *mon[2];          /* per token: name_of's answer (Gregorian, Hijri), 0 = not yet */
    size_t dayk[8], monk[8];  /* day_at's and month_at's cache keys: the token index + 1, 0 empty */
    size_t numk[16];          /* number_at's cache keys: the token index + 1, 0 for an empty slot */
    size_t digk[8];           /* digit_fields' cache keys, likewise */
    struct partslot { size_t end; int v; bool named; } dayc[8], monc[8];   /* their answers */
    struct numslot { bool found; rasd_number n; } numc[16];   /* and number_at's */
    struct digslot { int f[3]; uint8_t nd[3], n; char sep; } digc[8];      /* and digit_fields' */
} cx;

enum { VT_UNIT, VT_WEEKDAY, VT_N };     /* tables whose words map to entries (slot_entry) */
typedef struct numslot numslot;
typedef struct partslot partslot;
typedef struct digslot digslot;
enum { NUMC = 16, PARTC = 8 };
enum { VOCAB_SLOTS = 4096 };          /* a power of two, well above twice the words */
/* Per month table (Gregorian, Hijri): the first entry whose first word has the slot, plus one,
 * and after entry k the next such entry plus one (0: none); in table order. */
enum { MONTH_MAX = 256 };
static uint8_t month_first[2][VOCAB_SLOTS], month_next[2][MONTH_MAX];
static bool month_chained[2];         /* false: a table too long for them, every entry is tried */
enum { VF_CUE = 1, VF_FULL = 2, VF_STEM = 4, VF_GMONTH = 8, VF_HMONTH = 16, VF_NUM = 32, VF_IN = 64, VF_PART = 128 };

typedef struct hit {
    rasd_timex_kind kind;
    rasd_tval v; bool hv;          /* point value */
    rasd_tval a, b; bool iv;       /* interval, inclusive */
    char dur[40];                  /* duration value */
    char uv[40];                   /* underspecified value (TMX-15) */
    const char *mod;
    bool yw;                       /* its year was written (TMX-20) */
    bool yl;                       /* its year was not written: CAL-13 chose it, from the DCT, in a
                                      clause read as such (not a phrase alone: TMX-21) */
} hit;

/* Tokens are one array in the rasd_text: index it directly (rasd_text_token re-checks the lazy
 * analysis on every call, which dominated the profile). */
static const rasd_token *tk(cx *c, size_t i) { return &c->toks[i]; }

/* Equality of a normalized span with a normalized literal, ة and ه equal. */
static bool seq(const char *a, size_t n, const char *w)
{
    size_t j = 0, i = 0;
    /* fast rejection on the first character (never a ta marbuta), before any strlen */
    if (n == 0) return !w[0];
    /* the same bytes: equal (the usual case, as the text has ه for ة already and seq mostly
     * confirms a vocabulary match); else the comparison below, byte by byte */
    {
        size_t k = 0;
        while (k < n && w[k] == a[k]) k++;
        if (k == n && !w[n]) return n >= 2;  /* as below: a one-byte span equals nothing */
        if (k < n && !w[k]) return false;     /* w ends first: no folding makes the lengths agree */
    }
    if (a[0] != w[0] || (n >= 2 && w[0] && a[1] != w[1] && (unsigned char)a[0] >= 0x80)) return false;
    if (n < 2 || strlen(w) != n || a[1] != w[1]) {   /* ة and ه have the same length; the second
                                                       byte tells most Arabic letters apart */
        if (n < 2 || strlen(w) != n) return n == 0 && !w[0];
        if (!((a[0] == w[0] && a[1] == w[1]) || n == 2)) return false;
    }
    while (i < n) {
        if (!w[j]) return false;
        unsigned char x0 = (unsigned char)a[i], y0 = (unsigned char)w[j];
        if (i + 1 < n && w[j + 1]) {
            unsigned char x1 = (unsigned char)a[i + 1], y1 = (unsigned char)w[j + 1];
            bool xh = (x0 == 0xD8 && x1 == 0xA9) || (x0 == 0xD9 && x1 == 0x87);
            bool yh = (y0 == 0xD8 && y1 == 0xA9) || (y0 == 0xD9 && y1 == 0x87);
            if (xh || yh) {
                if (xh != yh) return false;
                i += 2; j += 2;
                continue;
            }
        }
        if (x0 != y0) return false;
        i++; j++;
    }
    return w[j] == 0;
}

/* Token i is the word w: whole (full) or after its proclitics (stem). */
/* Every literal is in the vocabulary (TMX-1), so a form outside it equals none: a flag computed
 * per token before the scan (rasd_timex_find) spares the comparisons, and the test is inline so
 * that a chain of is() calls on an ordinary word costs a load and a test each. */
static inline __attribute__((always_inline)) uint8_t vocab_flags(cx *c, size_t i) { return c->vf[i]; }

static int slot_entry(cx *c, size_t i, int t);

/* Per slot: SUB_* bits, the word is in a reader's list of first words (vocab_init). */
enum { SUB_PERIOD = 1 };
static uint8_t vocab_sub[VOCAB_SLOTS];

/* Token i is, whole or as its stem, a word whose slot has the bit: false means no is() or isf()
 * with a word of that list can be true at i. */
static inline bool sub_word(cx *c, size_t i, uint8_t bit)
{
    if (i >= c->nt) return false;
    uint8_t f = vocab_flags(c, i);
    return ((f & VF_FULL) && (vocab_sub[c->fid[i]] & bit)) || ((f & VF_STEM) && (vocab_sub[c->sid[i]] & bit));
}

/* The vocabulary slot of a literal, through a per-thread cache keyed by the literal's address
 * (literals live as long as the program). */
static uint16_t lit_id_slow(const char *w);
#define HOT static inline __attribute__((always_inline))
HOT uint16_t lit_id(const char *w)
{
    static _Thread_local struct { const char *p; uint16_t id; } cache[2048];
    size_t k = (size_t)(((uint64_t)(uintptr_t)w * 0x9E3779B97F4A7C15ull) >> 53);
    if (cache[k].p != w) {
        cache[k].p = w;
        cache[k].id = lit_id_slow(w);
    }
    return cache[k].id;
}

/* Token i equals the literal w (as seq compares): its first letter, then the vocabulary slot of w
 * against the token's slots (whole or stem). A slot is one word and its spellings with ة or ه,
 * found by comparing bytes (vocab_get), so equal slots and an equal first letter are seq's
 * equality. All inline. */

HOT bool is_in(cx *c, size_t i, const char *w, uint8_t f)
{
    /* the first two bytes (the first Arabic letter) settle most comparisons without the id, in
     * one branch (they agree about half the time: a branch per byte and form mispredicted); the
     * normalized text is NUL-terminated, so a one-byte token can be read two bytes deep, and the
     * stem's bytes are read only when it has some (else the start's again) */
    const rasd_token *k = tk(c, i);
    const size_t so = k->start + ((k->stem - k->start) & -(size_t)((f & VF_STEM) != 0));
    uint16_t w01, a01, s01;
    memcpy(&w01, w, 2);
    memcpy(&a01, c->p + k->start, 2);
    memcpy(&s01, c->p + so, 2);
    bool full = ((f & VF_FULL) != 0) & (a01 == w01);
    bool stem = ((f & VF_STEM) != 0) & (s01 == w01);
    if (!(full | stem)) return false;
    uint16_t id = lit_id(w);
    return (full && c->fid[i] == id) || (stem && c->sid[i] == id);
}

HOT bool isf(cx *c, size_t i, const char *w)
{
    if (i >= c->nt) return false;
    uint8_t f = vocab_flags(c, i);
    return (f & VF_FULL) && is_in(c, i, w, VF_FULL);
}

HOT bool is(cx *c, size_t i, const char *w)
{
    if (i >= c->nt) return false;
    uint8_t f = vocab_flags(c, i);
    return (f & (VF_FULL | VF_STEM)) && is_in(c, i, w, f);
}

static bool in(cx *c, size_t i, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++) if (is(c, i, list[k])) return true;
    return false;
}
#define IN(c, i, list) in((c), (i), (list), sizeof(list) / sizeof *(list))

/* Token i, whole (no clitic taken off), is one of the list's words. */
static bool in_whole(cx *c, size_t i, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++) if (isf(c, i, list[k])) return true;
    return false;
}
#define IN_WHOLE(c, i, list) in_whole((c), (i), (list), sizeof(list) / sizeof *(list))

static bool has_al(cx *c, size_t i) { return i < c->nt && (tk(c, i)->clitics & RASD_CL_AL); }

static bool punct(cx *c, size_t i, char ch)
{
    if (i >= c->nt) return false;
    const rasd_token *k = tk(c, i);
    if (k->kind != RASD_TOK_PUNCT) return false;
    if (ch == ',') return (k->end - k->start == 1 && c->p[k->start] == ',') ||
                          seq(c->p + k->start, k->end - k->start, "،");
    return k->end - k->start == 1 && c->p[k->start] == ch;
}

static bool is_punct(cx *c, size_t i) { return i < c->nt && tk(c, i)->kind == RASD_TOK_PUNCT; }

/* Token j ends the clause that token i is in: past the end, punctuation, or a new sentence. */
static bool clause_end(cx *c, size_t i, size_t j)
{
    return j >= c->nt || is_punct(c, j) || tk(c, j)->sentence != tk(c, i)->sentence;
}

/* Two tokens touch (no space between). */

/* Digit token i is a number by itself: the next token of its sentence, if any, is no number
 * word (VF_NUM) and not a standalone و, so no scale word, fraction or فاصلة continues it. */
static bool digits_alone(cx *c, size_t i)
{
    if (tk(c, i)->kind != RASD_TOK_NUMBER) return false;
    if (i + 1 >= c->nt) return true;
    const rasd_token *k = tk(c, i + 1);
    if (k->sentence != tk(c, i)->sentence || k->kind != RASD_TOK_ARABIC) return true;
    bool waw = k->end - k->start == 2 && (unsigned char)c->p[k->start] == 0xD9 &&
               (unsigned char)c->p[k->start + 1] == 0x88;
    return !waw && !(vocab_flags(c, i + 1) & VF_NUM);
}

/* rasd_number_at for token i into its slot of number_at's cache (rasd_number_digits for digits
 * alone, which spares the look for words after them). Out of line: the cache and the
 * vocabulary test answer most calls. */
static __attribute__((noinline)) const numslot *number_fill(cx *c, size_t i)
{
    numslot *ns = &c->numc[i & (NUMC - 1)];
    c->numk[i & (NUMC - 1)] = i + 1;
    ns->found = digits_alone(c, i) ? rasd_number_digits(c->t, i, &ns->n) : rasd_number_at(c->t, i, &ns->n);
    return ns;
}

/* rasd_number_at behind the vocabulary test: a number starts with digits, a number word, or a
 * sign or point glued to digits; NULL when none does. Several readers ask for the same few
 * tokens in turn: a small cache by token index, whose slot the answer points into — good until
 * the next call for another token (a reader that asks again copies what it keeps). */
HOT const rasd_number *number_at(cx *c, size_t i)
{
    if (i >= c->nt || (tk(c, i)->kind == RASD_TOK_ARABIC && !(vocab_flags(c, i) & VF_NUM))) return NULL;
    const numslot *ns = &c->numc[i & (NUMC - 1)];
    if (c->numk[i & (NUMC - 1)] != i + 1) ns = number_fill(c, i);
    return ns->found ? &ns->n : NULL;
}

/* A whole number with its value in [lo, hi]. */
static inline bool whole_in(const rasd_number *n, int64_t lo, int64_t hi)
{
    return !(n->flags & RASD_NUM_FRACTION) && n->value >= lo && n->value <= hi;
}

/* A whole number at token i: value in [lo, hi], no fraction; NULL otherwise (number_at). */
HOT const rasd_number *num(cx *c, size_t i, int64_t lo, int64_t hi)
{
    const rasd_number *n = number_at(c, i);
    return n && whole_in(n, lo, hi) ? n : NULL;
}

/* num for clock_at, which keeps reading the last number found: *n is that number whenever one
 * is found at i, in [lo, hi] or not. */
static bool num_keep(cx *c, size_t i, rasd_number *n, int64_t lo, int64_t hi)
{
    const rasd_number *p = number_at(c, i);
    if (!p) return false;
    *n = *p;
    return whole_in(n, lo, hi);
}

/* Digit token i read as up to 3 fields of 1–4 digits between one separator character
 * ("19/03/2025", "12:30", "2025") into ds: n = 0 when the token is not of that shape; sep is 0
 * when n is 1. */
static __attribute__((noinline)) void digit_parse(cx *c, size_t i, digslot *ds)
{
    const rasd_token *k = tk(c, i);
    int n = 0, v = 0, d = 0;
    char sep = 0;
    for (size_t j = k->start; j < k->end; j++) {
        char ch = c->p[j];
        if (ch >= '0' && ch <= '9') {
            if (++d > 4) break;
            v = v * 10 + (ch - '0');
        } else {
            if (!d || n == 2 || (sep && ch != sep)) { d = 0; break; }
            sep = ch;
            ds->f[n] = v; ds->nd[n++] = (uint8_t)d; v = 0; d = 0;
        }
    }
    if (d < 1 || d > 4) { ds->n = 0; return; }   /* a bad character, a field too long, or an
                                                    empty last field */
    ds->f[n] = v; ds->nd[n++] = (uint8_t)d;
    ds->n = (uint8_t)n;
    ds->sep = sep;
}

/* digit_parse of digit token i through a small cache by token index: digits and fields ask
 * for the same few tokens many times. Out of line, as the test in front of it rejects most
 * tokens. */
static __attribute__((noinline)) const digslot *digit_fields(cx *c, size_t i)
{
    digslot *ds = &c->digc[i & (PARTC - 1)];
    if (c->digk[i & (PARTC - 1)] != i + 1) {
        c->digk[i & (PARTC - 1)] = i + 1;
        digit_parse(c, i, ds);
    }
    return ds;
}

/* A plain digit token (1–4 digits): its value and digit count, or -1. */
HOT int digits(cx *c, size_t i, int *ndig)
{
    if (i >= c->nt || tk(c, i)->kind != RASD_TOK_NUMBER) return -1;
    const digslot *ds = digit_fields(c, i);
    if (ds->n != 1) return -1;
    if (ndig) *ndig = ds->nd[0];
    return ds->f[0];
}

/* A digit token with separators ("19/03/2025", "21/09", "12:30"): up to 3 fields. */
HOT int fields(cx *c, size_t i, char sep, int f[3], int nd[3])
{
    if (i >= c->nt || tk(c, i)->kind != RASD_TOK_NUMBER) return 0;
    const digslot *ds = digit_fields(c, i);
    if (ds->n > 1 && ds->sep != sep) return 0;
    for (int q = 0; q < ds->n; q++) { f[q] = ds->f[q]; nd[q] = ds->nd[q]; }
    return ds->n;
}

/* ---- TMX-2: tense --------------------------------------------------------------------------- */

/* سـ on a verb of three letters, which the tokenizer leaves whole (TXT-CL-5 keeps four): a
 * four-letter word سي/ست/سن + two letters, not ending in ا، ه، ة (سيما، سيده). */
static bool short_future(cx *c, size_t k)
{
    const rasd_token *t = tk(c, k);
    const unsigned char *w = (const unsigned char *)c->p + t->start;
    if (t->kind != RASD_TOK_ARABIC || t->end - t->start != 8 || t->clitics) return false;
    if (!(w[0] == 0xD8 && w[1] == 0xB3)) return false;                          /* س */
    bool pre = (w[2] == 0xD9 && w[3] == 0x8A) || (w[2] == 0xD8 && w[3] == 0xAA) ||  /* ي ت */
               (w[2] == 0xD9 && w[3] == 0x86);                                    /* ن */
    bool bad_end = (w[6] == 0xD8 && (w[7] == 0xA7 || w[7] == 0xA9)) || (w[6] == 0xD9 && w[7] == 0x87);
    if (!pre || bad_end) return false;
    /* common words of that shape that are no verb: names (ستيف ويتكوف، سيول، ألكسندر ستوب),
     * numbers, nouns ("وفي سياق متصل": context) and the perfect سيطر */
    static const char nouns[][9] = {"ستيف", "ستين", "ستون", "سنين", "سنوي", "سيول", "سيتي", "سيدي", "سياق", "سياج", "ستار", "سيطر",
                                    "ستوب"};
    for (size_t q = 0; q < sizeof nouns / sizeof *nouns; q++)
        if (memcmp(w, nouns[q], 8) == 0) return false;   /* each four two-byte letters */
    return true;
}

/* Future cue words (سوف، يعتزم، المقرر، المقبل …), whole or as their stem, as is() compares: a
 * class bit of their vocabulary slots (VF_CUE), which the vocabulary pass gives the token with
 * its other classes (none of them begins with ة or ه, so an equal slot is an equal word). The
 * present of a verb of travel or of meeting is a programme's ("ويتوجه بايدن الجمعة إلى بيت لحم"،
 * "يحط السبت في جدة حيث يلتقي …": the coming Friday, Saturday) — not after أن ("قبل أن ينتقل
 * الثلاثاء إلى الدوحة" is past), nor for a date that opens its sentence, a chronicle's entry
 * ("- 6 أغسطس: ويتكوف يلتقي بوتين في الكرملين", TMX-21). */
static const char *const cue_words[] = {"سوف", "يعتزم", "تعتزم", "مقرر", "مرتقب", "مقبل", "مقبله", "قادم",
                                        "قادمه", "ستعقد", "يتوقع"};
static const char *const present_words[] = {"يتوجه", "تتوجه", "يزور", "تزور", "يحط", "تحط", "ينتقل", "تنتقل",
                                            "يلتقي", "تلتقي", "يستقبل", "تستقبل", "يختتم", "تختتم", "يستهل", "تستهل"};

/* Token k of kind ARABIC is a future cue besides its words: سـ on it, or a short future verb
 * (the length and first letter of short_future's verbs first, in one test that is rarely true:
 * سـ + three letters, eight bytes). */
HOT bool cue_verb(cx *c, size_t k)
{
    const rasd_token *t = tk(c, k);
    const unsigned char *w = (const unsigned char *)c->p + t->start;
    return (t->clitics & RASD_CL_SA) || ((((t->end - t->start) ^ 8) | ((unsigned)(w[0] | w[1] << 8) ^ 0xB3D8u)) == 0 &&
                                         short_future(c, k));
}

/* Token k is one of present_words without سـ. */
static bool present_verb(cx *c, size_t k) { return !(tk(c, k)->clitics & RASD_CL_SA) && IN(c, k, present_words); }

/* أن/إن and their forms, which open what is said (TMX-2): words of the vocabulary that start nothing */
static const char *const that_words[] = {"ان", "انه", "انها", "انهما", "انهم", "بان", "بانه", "بانها"};

/* Token k is أن/إن that opens what is said or announced (أن، إن، أنه، إنها، بأن، بأنه …). */
static bool complementizer(cx *c, size_t k)
{
    for (size_t q = 0; q < sizeof that_words / sizeof *that_words; q++)
        if (isf(c, k, that_words[q])) return true;
    return false;
}

static int weekday_word(cx *c, size_t i, bool need_al);
static int period_unit(cx *c, size_t i);
static bool opens_sentence(cx *c, size_t f, size_t i);

/* Token k, a cue word, is المقبل/القادم after a month's, a weekday's or a period's word: it places
 * that time expression ("أبريل المقبل"، "الأسبوع القادم"), not the sentence in the future. */
static bool time_adjective(cx *c, size_t k)
{
    if (k == 0 || !(is(c, k, "مقبل") || is(c, k, "مقبله") || is(c, k, "قادم") || is(c, k, "قادمه"))) return false;
    return (c->vf[k - 1] & (VF_GMONTH | VF_HMONTH)) || weekday_word(c, k - 1, true) >= 0 || period_unit(c, k - 1);
}

/* TMX-2: the sentence of token i has a future cue (marked by the vocabulary pass) that governs
 * it: not when every cue comes after an أن/إن that follows i — the expression then dates the
 * verb of saying, not what is said ("أعلن أردوغان في 8 جويلية أن بوتين سيزور تركيا") — nor when
 * each cue places another time expression ("التقى روبيو وانغ يي السبت، وبحثا زيارة ترامب إلى
 * بكين في أبريل المقبل": the Saturday before), nor one that qualifies a noun after i ("بحث
 * أردوغان في اتصال مساء الأحد مع العبادي الاستفتاء المقرر": the Sunday before). */
/* Token k, a future cue, is a definite adjective that qualifies the definite noun before it, no
 * time word ("الاستفتاء المقرر"، "الزيارة المرتقبة"): it places that noun, not the clause. */
static bool adjective_cue(cx *c, size_t k)
{
    return k > 0 && has_al(c, k) && (is(c, k, "مقرر") || is(c, k, "مرتقب")) && has_al(c, k - 1) && !is_punct(c, k - 1) &&
           !(c->vf[k - 1] & (VF_GMONTH | VF_HMONTH)) && weekday_word(c, k - 1, true) < 0 && !period_unit(c, k - 1);
}

static bool future_cue(cx *c, size_t i)
{
    size_t s = tk(c, i)->sentence;
    if (!c->scue[s]) return false;
    if (c->fc_sent != s + 1) {   /* once per sentence: its first cue, and the last أن before it */
        size_t f, l;
        rasd_text_sentence(c->t, s, NULL, NULL, &f, &l);
        c->fc_sent = s + 1;
        c->fc_first = l;
        c->fc_adj = l;
        c->fc_that = SIZE_MAX;
        bool skipped = false;
        for (size_t k = f; k < l && c->fc_first == l; k++) {
            if ((c->vf[k] & VF_CUE) && time_adjective(c, k)) skipped = true;
            else if ((c->vf[k] & VF_CUE) && adjective_cue(c, k)) {
                skipped = true;
                if (c->fc_adj == l) c->fc_adj = k;
            }
            else if ((c->vf[k] & VF_CUE) && k > f && isf(c, k - 1, "ان") && present_verb(c, k)) skipped = true;   /* "قبل أن ينتقل الثلاثاء" */
            else if (c->vf[k] & VF_CUE) c->fc_first = k;
            else if (complementizer(c, k)) c->fc_that = k;
        }
        c->fc_none = skipped && c->fc_first == l;
        c->fc_f = f;
    }
    if (c->fc_adj < i && (c->fc_that == SIZE_MAX || c->fc_that <= i)) return true;   /* "القمة المقررة يوم الأحد" */
    if (c->fc_none) return false;
    if (c->fc_first < c->nt && opens_sentence(c, c->fc_f, i) && present_verb(c, c->fc_first))
        return false;
    return c->fc_first < i || c->fc_that == SIZE_MAX || c->fc_that <= i;
}

/* ---- values ------------------------------------------------------------------------------------ */

static bool dct_day(cx *c, rasd_tval *v)
{
    if (!c->dct) return false;
    *v = *c->dct;
    if (v->grain > RASD_GRAIN_DAY) rasd_tval_truncate(v, RASD_GRAIN_DAY);
    return v->grain == RASD_GRAIN_DAY;
}

static bool set_day(hit *h, int y, int m, int d)
{
    if (!rasd_tval_ymd(y, m, d, &h->v)) return false;
    h->hv = true;
    return true;
}

/* v >= 0 in decimal with at least `width` digits (zero-padded, as "%0*lld") at p; returns the
 * end. Values are formatted without stdio, as readers format them for every attempt. */
static char *put_dec(char *p, long long v, int width)
{
    char d[24];
    int n = 0;
    do { d[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (n < width) d[n++] = '0';
    while (n) *p++ = d[--n];
    return p;
}

/* A date with an optional year (0) and weekday constraint (-1) (TMX-3, TMX-6, TMX-15). */
static bool mk_date(cx *c, int y, int m, int d, int wd, hit *h)
{
    if (m < 1 || m > 12) return false;
    if (y) {
        h->yw = true;
        if (d) return d <= rasd_days_in_month(y, m) && set_day(h, y, m, d);
        if (!rasd_tval_month(y, m, &h->v)) return false;
        h->hv = true;
        return true;
    }
    if (d > 31) return false;
    if (!c->dct) {   /* XXXX-MM[-DD] */
        char *p = put_dec(h->uv + 5, m, 2);
        memcpy(h->uv, "XXXX-", 5);
        if (d) { *p++ = '-'; p = put_dec(p, d, 2); }
        *p = 0;
        return true;
    }
    if (wd >= 0 && d) {   /* the weekday pins the year: the nearest year where it matches */
        int y0 = c->dct->year;
        const int order[] = {0, 1, -1};   /* further off, a wrong weekday is likelier */
        for (int k = 0; k < 3; k++)
            if (rasd_weekday(y0 + order[k], m, d) == wd) return set_day(h, y0 + order[k], m, d);
    }
    int yy = c->dct->year;   /* a phrase alone: the DCT's year (Duckling), TMX-2 */
    if (!c->whole && !rasd_year_for_month(c->yref ? c->yref : c->dct, m, d, c->tense, &yy)) return false;
    h->yl = !c->whole && !c->yref;
    if (d) return set_day(h, yy, m, d);
    if (!rasd_tval_month(yy, m, &h->v)) return false;
    h->hv = true;
    return true;
}

/* mk_date in the tense tn; a modifier after the month (mod: الماضي، المقبل، الجاري) names its year
 * from the DCT, not from a date of the sentence (TMX-20): "التقيا في الدوحة في نوفمبر 2022، قبل
 * أن يلتقيا مجددا في سبتمبر الماضي" is the last September before the publication. */
static bool mk_date_as(cx *c, int y, int m, int d, int wd, hit *h, rasd_tense tn, bool mod)
{
    rasd_tense save = c->tense;
    const rasd_tval *yref = c->yref;
    c->tense = tn;
    if (mod) c->yref = NULL;
    bool ok = mk_date(c, y, m, d, wd, h);
    c->tense = save;
    c->yref = yref;
    return ok;
}

/* ---- readers for parts ------------------------------------------------------------------------ */

/* A month name at i (one or two tokens) from the Gregorian or the Hijri table (clean.h); a
 * two-word name beats a one-word one. Returns the index after it, 0 if none. */
static size_t name_of(cx *c, size_t i, int *m, bool hijri)
{
    if (i >= c->nt || tk(c, i)->kind != RASD_TOK_ARABIC) return 0;
    if (!(vocab_flags(c, i) & (hijri ? VF_HMONTH : VF_GMONTH))) return 0;
    /* the answer depends on tokens i and i + 1 only: computed once per token (0x80 | best << 4 |
     * month), as readers ask for the same token again and again */
    uint8_t memo = c->mon[hijri][i];
    if (!memo) {
        size_t count, best = 0;
        int mm = 0;
        const rasd_month_word *w = rasd_month_words(hijri, &count);
        /* only the entries whose first word has the token's slot (whole or stem) can be it: the
         * two chains, merged in table order */
        uint8_t f = vocab_flags(c, i);
        size_t kf = f & VF_FULL ? month_first[hijri][c->fid[i]] : 0, ks = f & VF_STEM ? month_first[hijri][c->sid[i]] : 0;
        if (kf == ks) ks = 0;
        size_t all = month_chained[hijri] ? 0 : 1;   /* 1 + the next entry to try */
        while (all ? all <= count : kf || ks) {
            size_t k;
            if (all) k = all++ - 1;
            else if (kf && (!ks || kf < ks)) { k = kf - 1; kf = month_next[hijri][k]; }
            else { k = ks - 1; ks = month_next[hijri][k]; }
            if (!is(c, i, w[k].w1)) continue;
            if (w[k].w2[0]) {
                if (isf(c, i + 1, w[k].w2) && best < 2) { best = 2; mm = w[k].month; }
            } else if (!best) {
                best = 1; mm = w[k].month;
            }
        }
        memo = c->mon[hijri][i] = (uint8_t)(0x80 | best << 4 | (unsigned)mm);
    }
    size_t best = (memo >> 4) & 3;
    if (best) *m = memo & 15;
    return best ? i + best : 0;
}

static size_t month_name(cx *c, size_t i, int *m) { return name_of(c, i, m, false); }
static size_t hijri_name(cx *c, size_t i, int *m) { return name_of(c, i, m, true); }

/* A month at i: a name (with a paired name after / or in brackets), "شهر 3", "شهر ثلاثة",
 * "الشهر التاسع" (TMX-3). *named: a name was read (not a number). */
static size_t month_read(cx *c, size_t i, int *m, bool *named)
{
    size_t j;
    const rasd_number *n;
    *named = false;
    if (is(c, i, "شهر") && !has_al(c, i)) {
        if ((j = month_name(c, i + 1, m))) { *named = true; goto paired; }
        if ((n = num(c, i + 1, 1, 12)) && !(n->flags & RASD_NUM_ORDINAL)) { *m = (int)n->value; return n->tok_end; }
        return 0;
    }
    if (isf(c, i, "الشهر") && (n = num(c, i + 1, 1, 12)) && (n->flags & RASD_NUM_ORDINAL) &&
        (n->flags & RASD_NUM_DEFINITE)) {
        *m = (int)n->value;
        return n->tok_end;
    }
    if (!(j = month_name(c, i, m))) return 0;
    *named = true;
paired:;
    int m2;
    size_t k;
    if ((punct(c, j, '/') || punct(c, j, '-')) && (k = month_name(c, j + 1, &m2)) && m2 == *m) return k;
    if (punct(c, j, '(') && (k = month_name(c, j + 1, &m2)) && m2 == *m) return punct(c, k, ')') ? k + 1 : k;
    return j;
}

/* month_read through a small cache by token index: range_at and date_core (and of_month,
 * part_at) ask for the same tokens in turn, and the answer depends on the tokens only. */
static size_t month_at(cx *c, size_t i, int *m, bool *named)
{
    partslot *ps = &c->monc[i & (PARTC - 1)];
    if (c->monk[i & (PARTC - 1)] != i + 1) {
        c->monk[i & (PARTC - 1)] = i + 1;
        ps->v = 0;
        ps->named = false;
        ps->end = month_read(c, i, &ps->v, &ps->named);
    }
    *named = ps->named;
    if (ps->end) *m = ps->v;
    return ps->end;
}

/* A year at i: [،] [من|في] [عام|سنة] 4-digit [م|ميلادي] (TMX-3). Relative: السنة القادمة. */
static size_t year_at(cx *c, size_t i, int *y)
{
    size_t j = i;
    int nd, v;
    if (punct(c, j, ',')) j++;
    if (is(c, j, "من") || is(c, j, "في")) j++;
    bool word = is(c, j, "عام") || is(c, j, "سنه");
    if (word) {
        if (has_al(c, j) && c->dct && digits(c, j + 1, NULL) < 0) {   /* السنة القادمة / الماضية / الحالية */
            int dy = 0;
            if (IN(c, j + 1, w_next)) dy = 1;
            else if (IN(c, j + 1, w_past)) dy = -1;
            else if (!IN(c, j + 1, w_this)) return 0;
            *y = c->dct->year + dy;
            return j + 2;
        }
        j++;
    }
    v = digits(c, j, &nd);
    if (!word && j != i && !punct(c, i, ',')) return 0;
    const rasd_number *n;
    if (v >= 0 && ((nd == 4 && v >= 1000 && v <= 2999) || (word && nd == 3 && v >= 100))) {
        j++;                                          /* 2016; عام 247 */
    } else if (v < 0 && (n = number_at(c, j)) && (n->flags & RASD_NUM_WORDS) && !(n->flags & RASD_NUM_FRACTION) &&
               n->value >= 1000 && n->value <= 2999) {
        v = (int)n->value;                             /* ألفين، ألف وتسعمائة وواحد */
        j = n->tok_end;
    } else {
        return 0;
    }
    *y = v;
    if (isf(c, j, "م") || isf(c, j, "ميلادي") || isf(c, j, "ميلاديه")) j++;
    return j;
}

/* A day number at i: digits 1..31 or an ordinal (الحادي عشر، الاول، العشرين), with
 * "اليوم الثالث" and "ثالث يوم" (TMX-3). */
static size_t day_read(cx *c, size_t i, int *d)
{
    const rasd_number *n;
    size_t j = i;
    if (isf(c, j, "ال") && j + 1 < c->nt && tk(c, j + 1)->kind == RASD_TOK_NUMBER &&
        tk(c, j + 1)->start <= tk(c, j)->end + 2) j++;     /* الـ15 */
    if (isf(c, j, "اليوم") && (n = num(c, j + 1, 1, 31)) && (n->flags & RASD_NUM_ORDINAL)) {
        *d = (int)n->value;
        return n->tok_end;
    }
    if (!(n = num(c, j, 1, 31))) return 0;
    if (n->flags & RASD_NUM_DIGITS) {
        int nd;
        if (digits(c, j, &nd) < 0 || nd > 2 || n->tok_end != j + 1) return 0;
    } else if (!(n->flags & RASD_NUM_ORDINAL)) {
        return 0;
    }
    *d = (int)n->value;
    j = n->tok_end;
    if ((n->flags & RASD_NUM_ORDINAL) && !(n->flags & RASD_NUM_DEFINITE) && isf(c, j, "يوم")) j++;
    return j;
}

/* The word w[0..n) ends in ة, or in the ه normalization may make of it. */
static bool feminine_end(const char *w, size_t n)
{
    return n >= 2 && ((memcmp(w + n - 2, "\xD8\xA9", 2) == 0) || memcmp(w + n - 2, "\xD9\x87", 2) == 0);
}

/* day_read through a small cache by token index, as month_at. */
static size_t day_at(cx *c, size_t i, int *d)
{
    partslot *ps = &c->dayc[i & (PARTC - 1)];
    if (c->dayk[i & (PARTC - 1)] != i + 1) {
        c->dayk[i & (PARTC - 1)] = i + 1;
        ps->end = day_read(c, i, &ps->v);
    }
    if (ps->end) *d = ps->v;
    return ps->end;
}

/* Hijri era marker: هـ (ه after normalization), هجري, هجريه. */
static size_t hijri_mark(cx *c, size_t i)
{
    if (isf(c, i, "ه") || isf(c, i, "هجري") || isf(c, i, "هجريه")) return i + 1;
    return 0;
}

/* ---- TMX-10: times of day ------------------------------------------------------------------------ */

enum { PER_NONE, PER_AM, PER_PM, PER_NOON, PER_NIGHT };

/* The words period_at compares token j with (after هذا/هذه): a token whose slots are none of
 * them makes it return 0 at once (vocab_sub, SUB_PERIOD). */
static const char *const period_first[] = {"صباحا", "صباح", "صبح", "فجرا", "فجر", "ص", "am", "ظهرا", "ظهر", "عصرا",
                                           "عصر", "مساء", "مساءا", "م", "pm", "عشاء", "ليلا", "ليله", "وقت", "في",
                                           "بعد", "قبل"};

static size_t period_at(cx *c, size_t i, int *per)
{
    size_t j = i;
    if (is(c, j, "هذا") || is(c, j, "هذه")) j++;
    if (!sub_word(c, j, SUB_PERIOD)) return 0;
    if (is(c, j, "صباحا") || is(c, j, "صباح") || is(c, j, "صبح") || is(c, j, "فجرا") ||
        is(c, j, "فجر") || isf(c, j, "ص") || isf(c, j, "am")) { *per = PER_AM; return j + 1; }
    if (is(c, j, "ظهرا") || (is(c, j, "ظهر") && j == i)) { *per = PER_NOON; return j + 1; }
    if (is(c, j, "عصرا") || is(c, j, "عصر") || is(c, j, "مساء") || is(c, j, "مساءا") ||
        isf(c, j, "م") || isf(c, j, "pm") || is(c, j, "عشاء") || is(c, j, "ليلا")) { *per = PER_PM; return j + 1; }
    if (is(c, j, "ليله") && has_al(c, j)) { *per = PER_NIGHT; return j + 1; }
    if (j == i && isf(c, i, "وقت") && (is(c, i + 1, "غداء") || is(c, i + 1, "ظهيره"))) { *per = PER_NOON; return i + 2; }
    if (j == i && isf(c, i, "وقت") && is(c, i + 1, "عشاء")) { *per = PER_PM; return i + 2; }
    if (j == i && isf(c, i, "في") && has_al(c, i + 1)) {   /* 8 في الليل، 9 في الصباح */
        if (is(c, i + 1, "ليل") || is(c, i + 1, "مساء")) { *per = PER_PM; return i + 2; }
        if (is(c, i + 1, "صباح")) { *per = PER_AM; return i + 2; }
    }
    if (j == i && (is(c, i, "بعد") || is(c, i, "قبل"))) {
        bool before = is(c, i, "قبل");
        if (is(c, i + 1, "ظهر")) { *per = before ? PER_AM : PER_PM; return i + 2; }
        if (is(c, i + 1, "عصر") || is(c, i + 1, "مغرب") || is(c, i + 1, "عشاء")) { *per = PER_PM; return i + 2; }
    }
    return 0;
}

/* A clock time at i: [الساعة] H[:MM[:SS]] [و M دقيقة | وربع | ونصف | وثلث | إلا ربع …]
 * [period] [بتوقيت X]. Returns the end; *h, *mi (-1 none), *sec (-1 none), *per. */
/* A time zone after بتوقيت: its UTC offset in minutes, RASD_NO_OFFSET when not known (a zone
 * with summer time, or an unknown name: the time is kept as written). */
static int zone_offset(cx *c, size_t j)
{
    static const struct { const char *w; int off; } Z[] = {
        {"gmt", 0}, {"utc", 0}, {"غرينتش", 0}, {"جرينتش", 0}, {"غرينيتش", 0}, {"جرينيتش", 0}, {"مكه", 180},
        {"الرياض", 180}, {"السعوديه", 180}, {"موسكو", 180}, {"الدوحه", 180}, {"الكويت", 180}, {"بغداد", 180},
        {"ابوظبي", 240}, {"الامارات", 240}, {"الخليج", 240}, {"مسقط", 240}, {"طهران", 210}, {"الجزائر", 60},
        {"تونس", 60},
    };
    for (size_t k = 0; k < sizeof Z / sizeof *Z; k++)
        if (isf(c, j, Z[k].w) || is(c, j, Z[k].w)) return Z[k].off;
    return RASD_NO_OFFSET;
}

static size_t clock_at(cx *c, size_t i, int *h, int *mi, int *sec, int *per, bool *strong, int *zone)
{
    *zone = RASD_NO_OFFSET;
    size_t j = i;
    bool sa = false;
    rasd_number n;
    const rasd_number *np;
    int f[3], nd[3], k;
    *mi = -1; *sec = -1; *per = PER_NONE; *strong = false;
    if (isf(c, j, "الساعه") || isf(c, j, "بالساعه") || isf(c, j, "والساعه")) { sa = true; j++; }
    int hhmm;
    if ((k = fields(c, j, ':', f, nd)) >= 2) {
        if (f[0] > 24 || f[1] > 59 || nd[1] != 2 || (k == 3 && f[2] > 59)) return 0;
        *h = f[0]; *mi = f[1];
        if (k == 3) *sec = f[2];
        *strong = true;
        j++;
    } else if ((hhmm = digits(c, j, &nd[0])) >= 100 && nd[0] >= 3 && hhmm % 100 < 60 && hhmm / 100 <= 12 &&
               period_at(c, j + 1, per) && !isf(c, j + 1, "م")) {
        *h = hhmm / 100; *mi = hhmm % 100;          /* 1140 صباحا */
        j++;
    } else if ((np = number_at(c, j)) && (whole_in(np, 0, 24) || ((np->flags & RASD_NUM_FRACTION) &&
                                                                 np->fvalue >= 1 && np->fvalue < 13))) {
        n = *np;   /* a copy: the minutes below replace it (num_keep) */
        bool ord = (n.flags & RASD_NUM_ORDINAL) && (n.flags & RASD_NUM_DEFINITE);
        /* an hour in words needs الساعة, or minutes and the end of a future clause ("سأعود
         * أحد عشر وخمسة"): most numbers in words are counts */
        bool words_hm = false;
        if (!sa && !ord && !(n.flags & RASD_NUM_DIGITS)) {
            const rasd_number *mn;
            size_t q2 = n.tok_end;
            words_hm = (c->whole || c->tense == RASD_TENSE_FUTURE) && n.value >= 1 && n.value <= 12 &&
                       (mn = num(c, q2, 1, 59)) && (mn->flags & RASD_NUM_CONJ) && clause_end(c, i, mn->tok_end);
            if (!words_hm) return 0;
        }
        if (n.flags & RASD_NUM_AMBIG) return 0;
        *h = (int)n.value;
        double fr = n.fvalue - (double)n.value;
        if (fr > 0.01) *mi = (int)(fr * 60 + 0.5);
        j = n.tok_end;
        /* و M دقيقة / و M; two numbers in digits are a time only after الساعة or before a
         * period ("8 و30 مساء"): "يومي 8 و9 تموز" are two days */
        bool hour_digits = n.flags & RASD_NUM_DIGITS;
        size_t q = j;
        if (isf(c, q, "و")) q++;
        if (*mi < 0 && num_keep(c, q, &n, 1, 59) && (q > j || (n.flags & RASD_NUM_CONJ))) {
            size_t e = n.tok_end;
            int p0;
            if (is(c, e, "دقيقه") || is(c, e, "دقائق") || is(c, e, "دقايق")) { *mi = (int)n.value; j = e + 1; }
            else if ((!(n.flags & RASD_NUM_DIGITS) || q > j) &&
                     (sa || !hour_digits || !(n.flags & RASD_NUM_DIGITS) || period_at(c, e, &p0))) {
                *mi = (int)n.value;
                j = e;
            }
        } else if (*mi < 0 && (is(c, j, "ربع") || is(c, j, "نص") || is(c, j, "نصف") || is(c, j, "ثلث")) &&
                   (tk(c, j)->clitics & RASD_CL_WA)) {
            *mi = is(c, j, "ربع") ? 15 : is(c, j, "ثلث") ? 20 : 30;
            j++;
        }
        if (isf(c, j, "الا") && *mi < 0) {
            int sub = is(c, j + 1, "ربع") || is(c, j + 1, "ربعا") ? 15 : is(c, j + 1, "ثلث") ? 20 : 0;
            if (sub) {
                *h = (*h + 23) % 24; *mi = 60 - sub; j += 2;
            } else if (num_keep(c, j + 1, &n, 1, 59)) {
                *h = (*h + 23) % 24; *mi = 60 - (int)n.value; j = n.tok_end;
                if (is(c, j, "دقيقه") || is(c, j, "دقائق")) j++;
            }
        }
        /* an hour told by an ordinal is feminine (الساعة understood): "الثانية ظهرا", never
         * "الثاني" ("الملك عبد الله الثاني ظهر أمس") */
        bool fem = false;
        if (ord) {
            const rasd_token *t0 = tk(c, i);
            const unsigned char *z = (const unsigned char *)c->p + t0->end - 2;
            fem = t0->end - t0->start >= 2 && ((z[0] == 0xD9 && z[1] == 0x87) || (z[0] == 0xD8 && z[1] == 0xA9));
            if (!fem) return 0;
        }
        /* an hour as a feminine ordinal after في / عند / حتى / منذ (في السابعة، عند الحادية
         * عشرة), not an age (في السابعة من عمره) */
        bool hour_word = false;
        if (ord && !sa && i > 0) {
            hour_word = fem && (isf(c, i - 1, "في") || isf(c, i - 1, "عند") || isf(c, i - 1, "حتي") ||
                                isf(c, i - 1, "منذ") || isf(c, i - 1, "قرابه") || isf(c, i - 1, "حوالي") ||
                                /* right after a future verb, ending the clause: سأعود الحادية عشرة */
                                (((tk(c, i - 1)->clitics & RASD_CL_SA) || short_future(c, i - 1)) &&
                                 clause_end(c, i, j))) &&
                        !(isf(c, j, "من") && (is(c, j + 1, "عمر") || is(c, j + 1, "عمره") || is(c, j + 1, "عمرها")));
        }
        /* عند 7 at the end of a clause */
        if (!sa && !ord && (n.flags & RASD_NUM_DIGITS) && i > 0 && isf(c, i - 1, "عند") && *mi < 0 &&
            *h >= 1 && *h <= 12 && clause_end(c, i, j))
            hour_word = true;
        hour_word = hour_word && (c->whole || c->tense == RASD_TENSE_FUTURE);   /* فاز في الثانية */
        if (!sa && !ord && *mi < 0 && !hour_word) {   /* "3" alone is not a time; "8 صباحا" is */
            size_t pe = period_at(c, j, per);
            if (!pe || isf(c, j, "م")) return 0;
        }
        *strong = sa || *mi >= 0 || hour_word;
    } else {
        return 0;
    }
    size_t e;
    if ((e = period_at(c, j, per))) { j = e; *strong = true; }
    if (!*strong) return 0;
    if (is(c, j, "بتوقيت") && j + 1 < c->nt) {   /* converted to the DCT's zone in time_on */
        *zone = zone_offset(c, j + 1);
        j += 2;
        if (*zone == 180 && isf(c, j - 1, "مكه") && isf(c, j, "المكرمه")) j++;
    }
    return j;
}

/* Hour on the 24-hour clock from an hour and a period; PER_NONE picks the next occurrence
 * after the DCT's time when it has one (Duckling), else keeps the hour. */
static int hour24(cx *c, int h, int mi, int per)
{
    if (h > 12) return h == 24 ? 0 : h;
    switch (per) {
    case PER_AM: return h == 12 ? 0 : h;
    case PER_NOON: return h >= 11 ? h : h + 12;   /* 1 ظهرا → 13; الظهر الساعة 7 → 19 */
    case PER_PM: case PER_NIGHT: return h == 12 ? 12 : h + 12;
    default: break;
    }
    if (c->dct && c->dct->grain >= RASD_GRAIN_HOUR && h < 12) {
        int now = c->dct->hour * 60 + (c->dct->minute > 0 ? c->dct->minute : 0);
        if (h * 60 + (mi > 0 ? mi : 0) <= now) return h + 12;
    }
    return h;
}

/* A time of day at i joined to day `day` (or the DCT's day). */
static size_t time_on(cx *c, size_t i, const rasd_tval *day, hit *h)
{
    int hh, mi, sec, per;
    bool strong;
    int zone;
    size_t j = clock_at(c, i, &hh, &mi, &sec, &per, &strong, &zone);
    if (!j) return 0;
    rasd_tval v;
    if (day) v = *day;
    else if (!dct_day(c, &v)) {   /* TMX-15: a clock time without a date */
        int hh24 = hour24(c, hh, mi, per);
        int n = snprintf(h->uv, sizeof h->uv, "T%02d", hh24);
        if (mi >= 0) n += snprintf(h->uv + n, sizeof h->uv - (size_t)n, ":%02d", mi);
        if (sec >= 0) snprintf(h->uv + n, sizeof h->uv - (size_t)n, ":%02d", sec);
        return j;
    }
    if (v.grain != RASD_GRAIN_DAY) return 0;
    /* (a time given in a zone, "10:45 بتوقيت غرينتش", is on the 24-hour clock: no next 22:45) */
    v.hour = (int8_t)(zone != RASD_NO_OFFSET && per == PER_NONE ? (hh == 24 ? 0 : hh) : hour24(c, hh, mi, per));
    v.grain = RASD_GRAIN_HOUR;
    if (mi >= 0) { v.minute = (int8_t)mi; v.grain = RASD_GRAIN_MINUTE; }
    if (sec >= 0) { v.second = (int8_t)sec; v.grain = RASD_GRAIN_SECOND; }
    if (!rasd_tval_valid(&v)) return 0;
    if (zone != RASD_NO_OFFSET && c->dct_off != RASD_NO_OFFSET && zone != c->dct_off) {
        int shift = c->dct_off - zone;   /* 8 GMT in a UTC-2 article: 6 local */
        if (shift % 60 == 0) { if (!rasd_tval_add(&v, shift / 60, RASD_GRAIN_HOUR)) return 0; }
        else {
            if (v.grain == RASD_GRAIN_HOUR) { v.minute = 0; v.grain = RASD_GRAIN_MINUTE; }
            if (!rasd_tval_add(&v, shift, RASD_GRAIN_MINUTE)) return 0;
        }
    }
    h->v = v; h->hv = true;
    return j;
}

/* After a date: [،] [في|عند] time → joined (TMX-10). */
static size_t tail_time(cx *c, size_t j, hit *h)
{
    if (!h->hv || h->v.grain != RASD_GRAIN_DAY) return j;
    size_t q = j;
    if (punct(c, q, ',')) q++;
    if (is(c, q, "في") || is(c, q, "عند") || is(c, q, "علي")) q++;   /* normalized: على is written علي */
    hit t = *h;
    size_t e = time_on(c, q, &h->v, &t);
    if (e) { *h = t; return e; }
    int per;
    if ((e = period_at(c, j, &per)) && per == PER_NIGHT) return e;
    return j;
}

/* ---- TMX-3, TMX-4, TMX-12: dates -------------------------------------------------------------- */

/* Numeric dates: 19/03/2025, 2025/03/19, 19.03.2025, 21/09, 2/2013, 19 - 03 - 2025, with هـ. */
static size_t numeric_date(cx *c, size_t i, int wd, hit *h)
{
    int f[3], nd[3], n = 0;
    size_t j = i;
    const char seps[] = "/.";
    for (int s = 0; s < 2 && !n; s++) {
        n = fields(c, i, seps[s], f, nd);
        if (n < 2) n = 0;
    }
    if (n) {
        j = i + 1;
    } else {   /* separate tokens: 19 - 03 - 2025 */
        int v, d2;
        while (n < 3 && (v = digits(c, j, &d2)) >= 0) {
            f[n] = v; nd[n++] = d2; j++;
            if (n < 3 && (punct(c, j, '-') || punct(c, j, '/')) && digits(c, j + 1, NULL) >= 0) j++;
            else break;
        }
        /* two tokens: 3-2015 (month-year); 22-4 (day-month) only as a date is expected — after
         * في or in a future clause — and ending its clause (not a score: فاز 22-4) */
        bool dm = n == 2 && nd[0] <= 2 && nd[1] <= 2 && f[0] >= 1 && f[0] <= 31 && f[1] >= 1 && f[1] <= 12 &&
                  (c->whole || c->tense == RASD_TENSE_FUTURE || (i > 0 && isf(c, i - 1, "في"))) &&
                  clause_end(c, i, j);
        if (n < 3 && !(n == 2 && nd[1] == 4 && f[0] >= 1 && f[0] <= 12) && !dm) return 0;
    }
    int y = 0, m, d;
    bool hij = false;
    size_t e = hijri_mark(c, j);
    if (n == 3 && nd[0] == 4) { y = f[0]; m = f[1]; d = f[2]; }
    else if (n == 3) {
        d = f[0]; m = f[1]; y = f[2];
        if (nd[2] == 2) {   /* two-digit year: Hijri with هـ, else the century that puts it
                               within ten years after the DCT (18-9-15 → 2015) */
            if (e) y = rasd_hijri_expand_year(y);
            else { int now = c->dct ? c->dct->year : 2000; y += 2000; if (y > now + 10) y -= 100; }
        }
    }
    else if (nd[1] == 4) { m = f[0]; y = f[1]; d = 0; if (m > 12 || m < 1) return 0; }
    else if (nd[0] == 4 && n == 2 && nd[1] <= 2) { y = f[0]; m = f[1]; d = 0; if (m > 12 || m < 1) return 0; }
    else {
        d = f[0]; m = f[1];
        if (m > 12 && d >= 1 && d <= 12 && m <= 31) { int t = m; m = d; d = t; }   /* 4/22: month first */
        size_t ye;
        if (!e && (ye = year_at(c, j, &y))) j = ye;                             /* 8/12، 2015 */
    }
    if (y < 0 || nd[0] > 4) return 0;
    if (e || (y >= RASD_HIJRI_MIN_YEAR && y <= 1500 && n == 3)) hij = true;
    if (e) j = e;
    if (hij) {
        int gy, gm, gd;
        if (!d || !rasd_hijri_to_gregorian(y, m, d, &gy, &gm, &gd)) return 0;
        if (!set_day(h, gy, gm, gd)) return 0;
        return j;
    }
    if (y && (y < 1000 || y > 2999)) return 0;
    if (!d) {
        if (!rasd_tval_month(y, m, &h->v)) return 0;
        h->hv = true;
        return j;
    }
    if (m < 1 || m > 12 || d < 1) return 0;
    if (!mk_date(c, y, m, d, wd, h)) return 0;
    return j;
}

/* Modifier after a month without year: الجاري/الحالي → this year, الماضي → past, المقبل → next. */
static size_t month_mod(cx *c, size_t j, rasd_tense *t)
{
    if (IN(c, j, w_this)) { *t = RASD_TENSE_NONE; return j + 1; }
    if (IN(c, j, w_past)) { *t = RASD_TENSE_PAST; return j + 1; }
    if (IN(c, j, w_next)) { *t = RASD_TENSE_FUTURE; return j + 1; }
    return 0;
}

static bool ambiguous_month_word(cx *c, size_t i)
{
    return is(c, i, "اب") || is(c, i, "مارس") || is(c, i, "ماي") || is(c, i, "ايار") ||
           is(c, i, "جوان") || is(c, i, "محرم") || is(c, i, "رجب") || is(c, i, "صفر");
}

static bool period_value(cx *c, int unit, int delta, rasd_tval *v);
static size_t this_period(cx *c, size_t i, int *unit, int *delta);

/* Day d of Hijri month hm in the year the tense picks around the DCT: the first after it
 * (future), the last before it (past), else the nearest; with a modifier that names the month
 * (named: "رمضان المقبل"، "شعبان الماضي") the month itself must begin after the DCT or have
 * ended before it. False without a DCT. */
static bool hijri_near(cx *c, int hm, int d, rasd_tense tn, bool named, hit *h)
{
    rasd_tval now;
    if (!dct_day(c, &now)) return false;
    int64_t today = rasd_tval_days(&now), best = 0;
    int by = 0, bm = 0, bd = 0, hy, hmo, hdd;
    /* the first after, the last before and the nearest lie in the DCT's Hijri year or next to it */
    if (!rasd_gregorian_to_hijri(now.year, now.month, now.day, &hy, &hmo, &hdd)) return false;
    for (int y = hy - 1; y <= hy + 1; y++) {
        int gy, gm, gd, sy, sm, sd, ny, nm, nd;
        rasd_tval v, start, next;
        if (!rasd_hijri_to_gregorian(y, hm, d, &gy, &gm, &gd) || !rasd_tval_ymd(gy, gm, gd, &v) ||
            !rasd_hijri_to_gregorian(y, hm, 1, &sy, &sm, &sd) || !rasd_tval_ymd(sy, sm, sd, &start) ||
            !rasd_hijri_to_gregorian(hm == 12 ? y + 1 : y, hm % 12 + 1, 1, &ny, &nm, &nd) || !rasd_tval_ymd(ny, nm, nd, &next))
            continue;
        int64_t k = rasd_tval_days(&v) - today;
        int64_t from = named ? rasd_tval_days(&start) - today : k, to = named ? rasd_tval_days(&next) - 1 - today : k;
        if ((tn == RASD_TENSE_FUTURE && from <= 0) || (tn == RASD_TENSE_PAST && to >= 0)) continue;
        int64_t dist = k < 0 ? -k : k;
        if (!by || dist < best) { best = dist; by = gy; bm = gm; bd = gd; }
    }
    return by && set_day(h, by, bm, bd);
}

/* Day [من] month [year] | month day [year] | month [year] | Hijri | numeric (TMX-3, TMX-4). */
static size_t date_core(cx *c, size_t i, int wd, hit *h)
{
    int d = 0, m = 0, y = 0;
    bool named = false;
    size_t j, e;
    if ((j = numeric_date(c, i, wd, h))) return j;
    /* "سأعود في 15": a bare day number after في ending a future clause — the next such day */
    int nd0, d0 = digits(c, i, &nd0);
    if (d0 >= 1 && d0 <= 31 && nd0 <= 2 && wd < 0 && i > 0 && isf(c, i - 1, "في") && clause_end(c, i, i + 1) &&
        c->tense == RASD_TENSE_FUTURE && c->dct) {
        rasd_tval v;
        if (!dct_day(c, &v)) return 0;
        int yy = v.year, mm = v.month;
        if (d0 <= v.day) { if (++mm > 12) { mm = 1; yy++; } }
        return d0 <= rasd_days_in_month(yy, mm) && set_day(h, yy, mm, d0) ? i + 1 : 0;
    }
    if ((j = day_at(c, i, &d))) {
        size_t q = j;
        /* (not an indefinite or feminine ordinal before في: "بعد زيارة أولى في مارس 2015" is a
         * first visit, "للمرة الأولى في مارس 2021" a first time; a day is masculine, الخامس) */
        if (isf(c, q, "في") && tk(c, i)->kind != RASD_TOK_NUMBER &&
            (!has_al(c, i) || isf(c, i, "الاولي") || feminine_end(c->p + tk(c, i)->start, tk(c, i)->end - tk(c, i)->start)))
            return 0;
        if (is(c, q, "من") || isf(c, q, "في")) q++;
        else if ((punct(c, q, '.') || punct(c, q, '-') || punct(c, q, '/')) && tk(c, q)->start == tk(c, q - 1)->end) q++;
        if ((e = month_at(c, q, &m, &named))) {
            if (punct(c, e, '.') && digits(c, e + 1, NULL) >= 0) e++;
            j = e;
            rasd_tense tn = c->tense;
            bool mod = false;   /* الماضي، المقبل، الجاري after it name the year */
            if ((e = year_at(c, j, &y))) j = e;
            else if ((e = month_mod(c, j, &tn))) { j = e; mod = true; }
            bool ok = mk_date_as(c, y, m, d, wd, h, tn, mod);
            h->yl = h->yl && !mod;
            return ok ? j : 0;
        }
        /* D [من] الشهر الجاري/الماضي/المقبل، من هذا الشهر: a day of that month; D الجاري (news
         * style: "يوم 15 الجاري"), and after في D منه ("of it", the month just named: "في
         * السادس والعشرين من الشهر الجاري، ثم … في الثامن والعشرين منه"): of the publication's
         * month */
        int unit = RASD_GRAIN_MONTH, delta = 0;
        bool bare = q == j && (isf(c, j, "الجاري") || isf(c, j, "الحالي") || (isf(c, j, "منه") && i > 0 && isf(c, i - 1, "في")));
        if (bare) e = j + 1;
        if ((bare || ((q > j || isf(c, j, "الشهر")) && (e = this_period(c, q, &unit, &delta)))) &&
            unit == RASD_GRAIN_MONTH && c->dct && wd < 0) {
            rasd_tval mv;
            if (!period_value(c, unit, delta, &mv) || d > rasd_days_in_month(mv.year, mv.month) ||
                !set_day(h, mv.year, mv.month, d)) return 0;
            return e;
        }
        int hm = 0;
        if ((e = hijri_name(c, q, &hm))) {
            j = e;
            if (!(e = year_at(c, j, &y))) {
                int nd2, v = digits(c, j, &nd2);
                if (v >= 0 && nd2 <= 4) { y = v < 100 ? rasd_hijri_expand_year(v) : v; e = j + 1; }
            }
            int gy, gm, gd;
            if (!e) {   /* no year ("العاشر من ذي الحجة"): the one the tense picks around the DCT */
                rasd_tense tn = c->tense;
                bool modified = (e = month_mod(c, j, &tn)) != 0;
                if (modified) j = e;
                return hijri_near(c, hm, d, tn, modified, h) ? j : 0;
            }
            j = e;
            if ((e = hijri_mark(c, j))) j = e;
            if (!rasd_hijri_to_gregorian(y, hm, d, &gy, &gm, &gd) || !set_day(h, gy, gm, gd)) return 0;
            return j;
        }
        /* weekday + ordinal [من هذا الشهر / من الشهر]: in the DCT's month, the nth such weekday
         * for الأول … الخامس ("الأحد الثاني"), else the day ("الخميس العشرين") */
        const rasd_number *n;
        if (wd >= 0 && (n = num(c, i, 1, 31)) && (n->flags & RASD_NUM_ORDINAL) && c->dct) {
            if (is(c, q, "هذا") && is(c, q + 1, "شهر")) j = q + 2;
            else if (is(c, q, "شهر") && IN(c, q + 1, w_this)) j = q + 2;
            else if (q > j && isf(c, q, "الشهر")) j = q + 1;
            int dd = d;
            if (d <= 5 && !rasd_nth_weekday(c->dct->year, c->dct->month, wd, d, &dd)) return 0;
            if (!set_day(h, c->dct->year, c->dct->month, dd)) return 0;
            return j;
        }
        return 0;
    }
    if ((j = month_at(c, i, &m, &named))) {
        int nd2;
        int v = digits(c, j, &nd2);
        size_t e2;
        const rasd_number *on;
        if (v < 0 && punct(c, j, '-') && tk(c, j)->start == tk(c, j - 1)->end &&
            (v = digits(c, j + 1, &nd2)) >= 1 && v <= 31 && nd2 <= 2 && !punct(c, j + 2, '-')) {
            e2 = j + 2;                               /* يناير-1 */
            if ((e = year_at(c, e2, &y))) e2 = e;
            return mk_date(c, y, m, v, wd, h) ? e2 : 0;
        }
        if (v < 0 && named && (on = num(c, j, 1, 31)) && (on->flags & RASD_NUM_ORDINAL) && (on->flags & RASD_NUM_DEFINITE) &&
            (on->flags & RASD_NUM_WORDS)) {
            int od = (int)on->value;                  /* year_at may ask for another number */
            e2 = on->tok_end;                         /* يناير الثاني والعشرين، 2018 */
            if ((e = year_at(c, e2, &y))) e2 = e;
            return mk_date(c, y, m, od, wd, h) ? e2 : 0;
        }
        if (v >= 1 && v <= 31 && nd2 <= 2 && !punct(c, j + 1, '-') && !is(c, j + 1, "الي") &&
            !is(c, j + 1, "حتي")) {
            d = v;
            e2 = j + 1;
            if ((e = year_at(c, e2, &y))) e2 = e;
            if (mk_date(c, y, m, d, wd, h)) return e2;
            return 0;
        }
        if ((e = year_at(c, j, &y))) {
            if (!mk_date(c, y, m, 0, -1, h)) return 0;
            return e;
        }
        rasd_tense tn = c->tense;
        bool strong = !named || !ambiguous_month_word(c, i) || (tk(c, i)->clitics & (RASD_CL_BI | RASD_CL_LI)) ||
                      (i > 0 && (is(c, i - 1, "شهر") || is(c, i - 1, "في") || is(c, i - 1, "منذ") ||
                                 is(c, i - 1, "خلال") || is(c, i - 1, "حتي")));
        bool mod = false;
        if ((e = month_mod(c, j, &tn))) { j = e; strong = true; mod = true; }
        if (!strong) return 0;
        bool ok = mk_date_as(c, 0, m, 0, -1, h, tn, mod);
        h->yl = h->yl && !mod;
        return ok ? j : 0;
    }
    return 0;
}

/* Day ranges (TMX-12): [من] D1 (-|إلى|حتى|وحتى) D2 [من] month [year]; month D1-D2; من D1 month
 * إلى D2 month; [بين|يومي] D1 و D2 month (on the two days). */
static size_t range_at(cx *c, size_t i, hit *h)
{
    size_t j = i, e;
    bool between = is(c, j, "بين") || is(c, j, "يومي");
    bool from = is(c, j, "من") || between;
    if (from) j++;
    int d1, d2, m = 0, m1 = 0, y = 0;
    bool named;
    size_t mstart = 0;
    if ((e = month_at(c, j, &m, &named)) && !from) { mstart = j; j = e; }
    /* D1 */
    int f[3], nd[3];
    if (fields(c, j, '-', f, nd) == 2) return 0;
    if (!(e = day_at(c, j, &d1))) return 0;
    j = e;
    if (!m) {
        size_t q = j;
        if (is(c, q, "من")) q++;
        if ((e = month_at(c, q, &m1, &named)) && !punct(c, q - 1, '-')) {
            if (!(is(c, e, "الي") || is(c, e, "حتي") || is(c, e, "وحتي") || isf(c, e, "و"))) return 0;
            j = e;
        }
    }
    /* و joins two days after بين/يومي, or when they open the range ("في 8 و9 يوليو") */
    bool wa = between || !from;
    if (punct(c, j, '-') || is(c, j, "الي") || is(c, j, "حتي") || is(c, j, "وحتي") || (wa && isf(c, j, "و"))) j++;
    else if (!(wa && (tk(c, j)->clitics & RASD_CL_WA))) return 0;
    if (!(e = day_at(c, j, &d2))) {
        const rasd_number *n;   /* والعشرين: day after a glued و */
        if (!(n = num(c, j, 1, 31))) return 0;
        d2 = (int)n->value; e = n->tok_end;
    }
    j = e;
    if (!m) {
        size_t q = j;
        if (is(c, q, "من")) q++;
        if (!(e = month_at(c, q, &m, &named))) { if (!m1) return 0; m = m1; }
        else j = e;
    }
    if (m1 && m1 != m) return 0;
    if ((e = year_at(c, j, &y))) j = e;
    if (d2 <= d1 || d2 > 31) return 0;
    (void)mstart;
    hit a = {0}, b = {0};
    if (!mk_date(c, y, m, d1, -1, &a)) return 0;
    if (!a.hv) return 0;
    if (!set_day(&b, a.v.year, m, d2)) return 0;
    h->a = a.v; h->b = b.v; h->iv = true;
    return j;
}

/* ---- TMX-5, TMX-6, TMX-7: relative expressions ------------------------------------------------- */

static int weekday_word(cx *c, size_t i, bool need_al)
{
    if (i >= c->nt || tk(c, i)->kind != RASD_TOK_ARABIC) return -1;
    if (need_al && !has_al(c, i)) return -1;
    int k = slot_entry(c, i, VT_WEEKDAY);
    return k < 0 ? -1 : k / 2;
}

static size_t offset_day(cx *c, int n, hit *h)
{
    rasd_tval v;
    if (!dct_day(c, &v) || !rasd_tval_add(&v, n, RASD_GRAIN_DAY)) return 0;
    h->v = v; h->hv = true;
    return 1;
}

/* Unit word of "this/last/next": week, month, year. */
static int period_unit(cx *c, size_t i)
{
    if (is(c, i, "اسبوع")) return RASD_GRAIN_WEEK;
    if (is(c, i, "شهر")) return RASD_GRAIN_MONTH;
    if (is(c, i, "سنه") || is(c, i, "عام")) return RASD_GRAIN_YEAR;
    return 0;
}

static bool period_value(cx *c, int unit, int delta, rasd_tval *v)
{
    if (!c->dct) return false;
    *v = *c->dct;
    if (v->grain > RASD_GRAIN_DAY) rasd_tval_truncate(v, RASD_GRAIN_DAY);
    if (!rasd_tval_truncate(v, unit)) return false;
    return rasd_tval_add(v, delta, unit);
}

/* الأسبوع/الشهر/العام الماضي/الحالي/القادم; هذا الأسبوع; هذه السنة (TMX-7). */
static size_t this_period(cx *c, size_t i, int *unit, int *delta)
{
    if ((is(c, i, "هذا") || is(c, i, "هذه")) && has_al(c, i + 1) && (*unit = period_unit(c, i + 1))) {
        *delta = 0;
        return i + 2;
    }
    if (has_al(c, i) && (*unit = period_unit(c, i)) && !(tk(c, i)->clitics & (RASD_CL_BI | RASD_CL_KA))) {
        /* الأسبوع قبل الماضي / العام بعد المقبل */
        if (isf(c, i + 1, "قبل") && IN(c, i + 2, w_past) && has_al(c, i + 2)) { *delta = -2; return i + 3; }
        if (isf(c, i + 1, "بعد") && IN(c, i + 2, w_next) && has_al(c, i + 2)) { *delta = 2; return i + 3; }
        if (IN(c, i + 1, w_past)) { *delta = -1; return i + 2; }
        if (IN(c, i + 1, w_next)) { *delta = 1; return i + 2; }
        if (IN(c, i + 1, w_this)) { *delta = 0; return i + 2; }
    }
    return 0;
}

/* A weekday relative to the week named after it (TMX-6). */
static bool weekday_in_week(cx *c, int wd, int delta, hit *h)
{
    rasd_tval ref;
    if (!dct_day(c, &ref) || !rasd_tval_add(&ref, 7 * delta, RASD_GRAIN_DAY)) return false;
    if (!rasd_tval_weekday_rel(&ref, wd, RASD_WD_SAME_WEEK, &h->v)) return false;
    h->hv = true;
    return true;
}

/* ---- TMX-13: nth weekday / day / week of a month ---------------------------------------------- */

/* [من|في|ب] [شهر] month [year] | الشهر القادم → year, month. */
static size_t of_month(cx *c, size_t i, int *y, int *m)
{
    size_t j = i, e;
    bool named;
    if (is(c, j, "من") || is(c, j, "في")) j++;
    int unit, delta;
    if ((e = this_period(c, j, &unit, &delta)) && unit == RASD_GRAIN_MONTH) {
        rasd_tval v;
        if (!period_value(c, unit, delta, &v)) return 0;
        *y = v.year; *m = v.month;
        return e;
    }
    if (!(e = month_at(c, j, m, &named))) return 0;
    j = e;
    *y = 0;
    if ((e = year_at(c, j, y))) j = e;
    if (!*y) {
        if (!c->dct) return 0;
        hit t = {0};
        if (!mk_date(c, 0, *m, 0, -1, &t) || !t.hv) return 0;
        *y = t.v.year;
    }
    return j;
}

static size_t nth_at(cx *c, size_t i, hit *h)
{
    const rasd_number *n;
    int nth = 0, wd = -1, y, m;
    size_t j = i, e;
    bool week = false, day = false;
    /* ordinal first: اخر/اول/ثالث [يوم] weekday|يوم|اسبوع */
    if (is(c, j, "اخر") && !has_al(c, j)) { nth = -1; j++; }
    else if ((n = num(c, j, 1, 5)) && (n->flags & RASD_NUM_ORDINAL) && !(n->flags & RASD_NUM_DEFINITE)) {
        nth = (int)n->value; j = n->tok_end;
    }
    if (nth) {
        if (isf(c, j, "يوم") && (wd = weekday_word(c, j + 1, false)) >= 0) j += 2;
        else if ((wd = weekday_word(c, j, false)) >= 0) j++;
        else if (isf(c, j, "يوم") || isf(c, j, "اسبوع")) { week = isf(c, j, "اسبوع"); day = !week; j++; }
        else return 0;
    } else {
        /* الاثنين الاخير / الثلاثاء الثالث / الاسبوع الاول / اليوم الاخير */
        if ((wd = weekday_word(c, j, true)) >= 0) j++;
        else if (isf(c, j, "الاسبوع")) { week = true; j++; }
        else if (isf(c, j, "اليوم")) { day = true; j++; }
        else return 0;
        if (isf(c, j, "الاخير") || isf(c, j, "الاخيره")) nth = -1;
        else if ((n = num(c, j, 1, 5)) && (n->flags & RASD_NUM_ORDINAL) && (n->flags & RASD_NUM_DEFINITE)) nth = (int)n->value;
        else return 0;
        if (day && nth > 0) return 0;   /* اليوم الثالث من: a date (date_core) */
        j++;
    }
    /* بعد كريسماس YEAR */
    if (is(c, j, "بعد") && wd >= 0 && nth > 0 && (is(c, j + 1, "كريسماس") || (is(c, j + 1, "عيد") && is(c, j + 2, "ميلاد")))) {
        size_t q = j + 1 + (is(c, j + 1, "عيد") ? 2 : 1);
        int yy = 0;
        if (!(e = year_at(c, q, &yy))) { if (!c->dct) return 0; yy = c->dct->year; e = q; }
        rasd_tval x;
        if (!rasd_tval_ymd(yy, 12, 25, &x)) return 0;
        for (int k = 0; k < nth; k++) {
            rasd_tval nx;
            if (!rasd_tval_weekday_rel(&x, wd, RASD_WD_AFTER, &nx)) return 0;
            x = nx;
        }
        h->v = x; h->hv = true;
        return e;
    }
    if (!(e = of_month(c, j, &y, &m))) {
        /* الأحد الثاني alone: the DCT's month (a day number would be written after a month) */
        if (wd < 0 || nth < 1 || !c->dct) return 0;
        y = c->dct->year; m = c->dct->month; e = j;
    }
    if (wd >= 0) {
        int d;
        if (!rasd_nth_weekday(y, m, wd, nth, &d) || !set_day(h, y, m, d)) return 0;
        return e;
    }
    if (day) {
        if (nth != -1 || !rasd_tval_month_end(y, m, &h->v)) return 0;
        h->hv = true;
        return e;
    }
    /* weeks: the first week is the week of the first Monday; the last, of the last Sunday */
    int d;
    if (nth > 0) { if (!rasd_nth_weekday(y, m, 0, nth, &d)) return 0; }
    else { if (!rasd_nth_weekday(y, m, 6, -1, &d)) return 0; }
    int wy, wn;
    if (!rasd_iso_week(y, m, d, &wy, &wn) || !rasd_tval_week(wy, wn, &h->v)) return 0;
    h->hv = true;
    return e;
}

/* ---- TMX-14: holidays ------------------------------------------------------------------------------ */

/* Ramadan of Gregorian year y: its first day to the eve of Eid al-Fitr. */
static bool ramadan_of(int y, rasd_tval *a, rasd_tval *b)
{
    int m1, d1, m2, d2;
    return rasd_holiday_date(RASD_HOL_RAMADAN_START, y, &m1, &d1) && rasd_holiday_date(RASD_HOL_EID_FITR, y, &m2, &d2) &&
           rasd_tval_ymd(y, m1, d1, a) && rasd_tval_ymd(y, m2, d2, b) && rasd_tval_add(b, -1, RASD_GRAIN_DAY);
}

static size_t holiday_at(cx *c, size_t i, hit *h)
{
    int id = 0;
    size_t j = i;
    if (is(c, j, "عيد")) {
        if (is(c, j + 1, "ميلاد") && has_al(c, j + 1) && !is(c, j + 2, "نبوي")) id = RASD_HOL_CHRISTMAS;
        else if (is(c, j + 1, "اضحي")) id = RASD_HOL_EID_ADHA;
        else if (is(c, j + 1, "فطر")) id = RASD_HOL_EID_FITR;
        else if (is(c, j + 1, "فصح")) id = RASD_HOL_EASTER;
        if (id) j += 2;
    } else if (is(c, j, "كريسماس")) {
        id = RASD_HOL_CHRISTMAS; j++;
    } else if (is(c, j, "راس") && is(c, j + 1, "سنه") && (is(c, j + 2, "هجريه") || is(c, j + 2, "ميلاديه"))) {
        id = is(c, j + 2, "هجريه") ? RASD_HOL_HIJRI_NEW_YEAR : RASD_HOL_NEW_YEAR; j += 3;
    } else if (isf(c, j, "رمضان")) {
        int y;
        size_t e = year_at(c, j + 1, &y);
        rasd_tense tn = c->tense;
        rasd_tval a, b, now;
        if (e) {
            if (!ramadan_of(y, &a, &b)) return 0;
        } else {
            /* without a year: the month a modifier (المقبل، الماضي، الجاري) or the clause's tense
             * picks around the publication date — only where رمضان cannot be a person's name:
             * after شهر or a preposition of time, or before the modifier */
            size_t me = month_mod(c, j + 1, &tn);
            bool month = i > 0 && (is(c, i - 1, "شهر") || is(c, i - 1, "في") || is(c, i - 1, "خلال") ||
                                   is(c, i - 1, "منذ") || is(c, i - 1, "حتي") || is(c, i - 1, "قبل") || is(c, i - 1, "بعد"));
            if ((!me && !month) || !dct_day(c, &now)) return 0;
            e = me ? me : j + 1;
            y = now.year;
            if (!ramadan_of(y, &a, &b)) return 0;
            int64_t today = rasd_tval_days(&now);
            if (tn == RASD_TENSE_FUTURE && rasd_tval_days(&a) <= today && !ramadan_of(y + 1, &a, &b)) return 0;
            if (tn == RASD_TENSE_PAST && rasd_tval_days(&b) >= today && !ramadan_of(y - 1, &a, &b)) return 0;
        }
        h->a = a; h->b = b; h->iv = true;
        return e;
    }
    if (!id) return 0;
    int y = 0, m, d;
    size_t e = year_at(c, j, &y);
    if (e) j = e;
    else if (c->dct) y = c->dct->year;
    else return 0;
    if (!rasd_holiday_date(id, y, &m, &d)) return 0;
    if (!e && c->dct && c->tense == RASD_TENSE_FUTURE) {   /* already past this year: next year */
        rasd_tval x, dd;
        if (rasd_tval_ymd(y, m, d, &x) && dct_day(c, &dd) && rasd_tval_days(&x) < rasd_tval_days(&dd))
            if (!rasd_holiday_date(id, ++y, &m, &d)) return 0;
    }
    if (!set_day(h, y, m, d)) return 0;
    return j;
}

/* ---- TMX-9: durations --------------------------------------------------------------------------- */

enum { U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_MONTH, U_YEAR };

/* Duration unit words: *dual 2 for a dual, 1 for a singular, 0 for a plural. */
static const struct { const char *w; int u, n; } unit_words[] = {
    {"ثانيه", U_SEC, 1}, {"ثواني", U_SEC, 0}, {"ثوان", U_SEC, 0}, {"ثانيتين", U_SEC, 2}, {"ثانيتان", U_SEC, 2},
    {"لحظه", U_SEC, 1},
    {"دقيقه", U_MIN, 1}, {"دقائق", U_MIN, 0}, {"دقايق", U_MIN, 0}, {"دقيقتين", U_MIN, 2}, {"دقيقتان", U_MIN, 2},
    {"ساعه", U_HOUR, 1}, {"ساعات", U_HOUR, 0}, {"ساعتين", U_HOUR, 2}, {"ساعتان", U_HOUR, 2},
    {"يوم", U_DAY, 1}, {"يوما", U_DAY, 1}, {"ايام", U_DAY, 0}, {"يومين", U_DAY, 2}, {"يومان", U_DAY, 2},
    {"اسبوع", U_WEEK, 1}, {"اسبوعا", U_WEEK, 1}, {"اسابيع", U_WEEK, 0}, {"اسبوعين", U_WEEK, 2}, {"اسبوعان", U_WEEK, 2},
    {"شهر", U_MONTH, 1}, {"شهرا", U_MONTH, 1}, {"اشهر", U_MONTH, 0}, {"شهور", U_MONTH, 0}, {"شهرين", U_MONTH, 2}, {"شهران", U_MONTH, 2},
    {"سنه", U_YEAR, 1}, {"سنوات", U_YEAR, 0}, {"سنين", U_YEAR, 0}, {"سنتين", U_YEAR, 2}, {"سنتان", U_YEAR, 2},
    {"عام", U_YEAR, 1}, {"عاما", U_YEAR, 1}, {"اعوام", U_YEAR, 0}, {"عامين", U_YEAR, 2}, {"عامان", U_YEAR, 2},
};

/* A unit word at i (whole, else its stem): the unit, and *dual. */
static int unit_word(cx *c, size_t i, int *dual)
{
    if (i >= c->nt || tk(c, i)->kind != RASD_TOK_ARABIC || has_al(c, i)) return -1;
    int k = slot_entry(c, i, VT_UNIT);
    if (k < 0) return -1;
    *dual = unit_words[k].n;
    return unit_words[k].u;
}

typedef struct durv { double q[7]; } durv;

static void dur_format(const durv *d, char out[40])
{
    /* spill fractions down: years → months, months → days (30), weeks → days, days → hours … */
    double q[7];
    memcpy(q, d->q, sizeof q);
    static const double down[7] = {0, 60, 60, 24, 7, 30, 12};
    for (int u = U_YEAR; u > U_SEC; u--) {
        double whole = (double)(long long)q[u];
        double fr = q[u] - whole;
        if (fr > 1e-9) {
            q[u] = whole;
            int to = u == U_WEEK ? U_DAY : u == U_MONTH ? U_DAY : u - 1;
            if (u == U_DAY) to = U_HOUR;
            q[to] += fr * down[u];
        }
    }
    /* P, then count and letter per unit (T before the hours), cut to 39 bytes as snprintf would */
    static const char ds[7] = {'S', 'M', 'H', 'D', 'W', 'M', 'Y'};
    char buf[7 * 21 + 3], *p = buf;
    *p++ = 'P';
    for (int u = U_YEAR; u >= U_SEC; u--) {
        if (u == U_HOUR && (q[U_HOUR] > 0 || q[U_MIN] > 0 || q[U_SEC] > 0)) *p++ = 'T';
        if (q[u] > 0) { p = put_dec(p, (long long)(q[u] + 0.5), 0); *p++ = ds[u]; }
    }
    size_t n = (size_t)(p - buf) < 39 ? (size_t)(p - buf) : 39;
    memcpy(out, buf, n);
    out[n] = 0;
}

/* One amount: NUMBER unit | dual | singular unit [ونصف|وربع]; *bare: a singular alone. */
static int unit_any(cx *c, size_t i, int *dual);

static bool same_sentence_tok(cx *c, size_t i, size_t j) { return tk(c, i)->sentence == tk(c, j)->sentence; }

static size_t amount_at(cx *c, size_t i, durv *d, bool *bare, int *unit)
{
    const rasd_number *n;
    int dual, u;
    size_t j;
    *bare = false;
    if ((n = number_at(c, i)) && n->fvalue > 0 && (u = unit_word(c, n->tok_end, &dual)) >= 0 && dual != 2) {
        d->q[u] += n->fvalue;
        j = n->tok_end + 1;
    } else if ((u = unit_word(c, i, &dual)) >= 0 && dual > 0) {
        d->q[u] += dual;
        *bare = dual == 1;
        j = i + 1;
    } else if ((is(c, i, "نصف") || is(c, i, "ربع")) && (u = unit_word(c, i + 1, &dual)) >= 0 && dual == 1) {
        d->q[u] += is(c, i, "نصف") ? 0.5 : 0.25;
        j = i + 2;
    } else {
        return 0;
    }
    *unit = u;
    /* يوم كامل، ساعة كاملة، لشهر كامل: a whole unit */
    if (*bare && (isf(c, j, "كامل") || isf(c, j, "كاملا") || isf(c, j, "كامله") || isf(c, j, "باكمله") ||
                  isf(c, j, "باكملها"))) { j++; *bare = false; }
    int du2;
    if (isf(c, j, "ونصف") || isf(c, j, "ونص")) { d->q[u] += 0.5; j++; *bare = false; }
    else if (isf(c, j, "وربع")) { d->q[u] += 0.25; j++; *bare = false; }
    else return j;
    if (has_al(c, j) && unit_any(c, j, &du2) == u && du2 == 1) j++;   /* ساعة ونصف الساعة */
    return j;
}

static size_t duration_at(cx *c, size_t i, hit *h, int *unit)
{
    size_t j = i, e;
    const char *mod = NULL;
    bool qual = false;
    if (is(c, j, "نحو") || is(c, j, "حوالي") || is(c, j, "قرابه") || is(c, j, "زهاء") || is(c, j, "قراب")) { mod = "APPROX"; j++; }
    else if (is(c, j, "ما") && (is(c, j + 1, "يقرب") || is(c, j + 1, "يقارب")) ) { mod = "APPROX"; j += 2; if (is(c, j, "من")) j++; }
    /* ما يزيد على/عن → MORE_THAN; ما لا يقل عن → EQUAL_OR_MORE; ما لا يزيد على/عن → EQUAL_OR_LESS */
    else if (is(c, j, "ما") && (is(c, j + 1, "يزيد") || is(c, j + 1, "يربو")) && (is(c, j + 2, "علي") || is(c, j + 2, "عن"))) {
        mod = "MORE_THAN"; j += 3;
    } else if (is(c, j, "ما") && isf(c, j + 1, "لا") && (is(c, j + 2, "يقل") || is(c, j + 2, "يزيد")) &&
               (is(c, j + 3, "عن") || is(c, j + 3, "علي"))) {
        mod = is(c, j + 2, "يقل") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS"; j += 4;
    }
    else if ((is(c, j, "اكثر") || is(c, j, "اقل") || is(c, j, "اطول")) && is(c, j + 1, "من")) {
        mod = is(c, j, "اقل") ? "LESS_THAN" : "MORE_THAN"; j += 2;
    } else if (is(c, j, "مده") || is(c, j, "طوال") || is(c, j, "طيله") || is(c, j, "خلال")) { qual = true; j++; }
    durv d = {{0}};
    bool bare;
    int du;
    if (mod && has_al(c, j) && (*unit = unit_any(c, j, &du)) >= 0 && du > 0 &&
        !(j + 1 < c->nt && same_sentence_tok(c, j, j + 1) && number_at(c, j + 1))) {   /* not نحو الساعة الثالثة */
        d.q[*unit] += du;                 /* قرابة الساعتين، زهاء الساعة */
        e = j + 1;
        bare = false;
    } else if (!(e = amount_at(c, j, &d, &bare, unit))) {
        return 0;
    }
    j = e;
    /* ساعة و45 دقيقة; ساعتين و 10 دقائق */
    size_t q = j;
    if (isf(c, q, "و")) q++;
    durv d2 = d;
    bool b2;
    int u2;
    if (q < c->nt && (q > j || (tk(c, q)->clitics & RASD_CL_WA) || is(c, q, "و")) && (e = amount_at(c, q, &d2, &b2, &u2)) &&
        u2 < *unit) {
        d = d2; j = e; bare = false;
    }
    /* a unit alone counts one after a verb of lasting ("استمر ساعة"، "استغرقت الزيارة يوما") */
    size_t v = i > 1 && has_al(c, i - 1) && same_sentence_tok(c, i - 2, i) ? i - 2 : i - 1;   /* "استمر الاتصال ساعة" */
    bool lasted = i > 0 && (is(c, v, "استمر") || is(c, v, "استمرت") || is(c, v, "استغرق") || is(c, v, "استغرقت") ||
                            is(c, v, "دام") || is(c, v, "دامت"));
    if (bare && !mod && !qual && !lasted && !c->whole) return 0;
    if (bare && is(c, i, "ثانيه") && !c->whole) return 0;
    /* "خلال شهر يوليو"، "شهر رمضان": the word for month names one, it counts none */
    int mm;
    bool named;
    if (bare && j < c->nt && same_sentence_tok(c, j - 1, j) &&
        (month_at(c, j, &mm, &named) || hijri_name(c, j, &mm) || isf(c, j, "رمضان")))
        return 0;
    h->kind = RASD_TIMEX_DURATION;
    dur_format(&d, h->dur);
    h->mod = mod;
    return j;
}

/* ---- TMX-18: spans of N units from the DCT --------------------------------------------------------- */

static const int unit_grain[] = {RASD_GRAIN_SECOND, RASD_GRAIN_MINUTE, RASD_GRAIN_HOUR, RASD_GRAIN_DAY,
                                 RASD_GRAIN_WEEK, RASD_GRAIN_MONTH, RASD_GRAIN_YEAR};

/* A unit word with or without ال (الأسابيع، اليومين): the unit and *dual as unit_word gives. */
static int unit_any(cx *c, size_t i, int *dual)
{
    if (i >= c->nt || tk(c, i)->kind != RASD_TOK_ARABIC) return -1;
    int k = slot_entry(c, i, VT_UNIT);
    if (k < 0) return -1;
    *dual = unit_words[k].n;
    return unit_words[k].u;
}

/* A direction after a span: +1 next (القادمة، المقبلة، المقبلين), -1 past (الماضية، الأخيرة،
 * الماضيين), 0 none. */
static int span_dir(cx *c, size_t i)
{
    if (!has_al(c, i)) return 0;
    if (IN(c, i, w_next) || is(c, i, "قادمين") || is(c, i, "مقبلين") || is(c, i, "قادمات") || is(c, i, "مقبلات")) return 1;
    if (IN(c, i, w_past) || is(c, i, "اخيره") || is(c, i, "اخيرين") || is(c, i, "ماضيين") || is(c, i, "ماضيات") ||
        is(c, i, "منصرمه"))
        return -1;
    return 0;
}

/* The N units after (dir 1) or before (dir -1) the DCT's: whole days, weeks, months, years
 * next to the DCT's own; hours and minutes counted from the DCT. */
static bool span_value(cx *c, int u, int n, int dir, hit *h)
{
    if (!c->dct || n < 1 || n > 1000) return false;
    int g = unit_grain[u];
    if (g == RASD_GRAIN_SECOND) return false;
    if (g <= RASD_GRAIN_DAY) {   /* grains count up from YEAR: DAY and coarser */
        rasd_tval a, b;
        if (!period_value(c, g, dir > 0 ? 1 : -n, &a) || !period_value(c, g, dir > 0 ? n : -1, &b)) return false;
        h->a = a; h->b = b;
    } else {
        rasd_tval now = *c->dct, end;
        if (!rasd_tval_truncate(&now, g)) return false;
        end = now;
        if (!rasd_tval_add(dir > 0 ? &end : &now, dir > 0 ? n : -n, g)) return false;
        h->a = now; h->b = end;
    }
    h->iv = true;
    return true;
}

/* [خلال|في] الأسابيع الثلاثة القادمة / الأيام الأربعة الماضية / الساعات الـ24 الماضية /
 * اليومين المقبلين; 3 أيام القادمة; and خلال + a duration in a future clause (خلال أسبوعين:
 * from the DCT to the DCT plus the duration). */
static size_t span_at(cx *c, size_t i, hit *h)
{
    size_t j = i, e;
    bool within = is(c, j, "خلال") && !has_al(c, j);
    if (!within && isf(c, j, "في")) {
        /* after في only a unit with ال or a number begins a span: one look at the next token */
        if (!(j + 1 < c->nt && (tk(c, j + 1)->kind != RASD_TOK_ARABIC || (vocab_flags(c, j + 1) & VF_NUM) ||
                                slot_entry(c, j + 1, VT_UNIT) >= 0)))
            return 0;
        j++;
    } else if (within) {
        j++;
    }
    int dual, u, n = 0;
    const rasd_number *nb;
    if (has_al(c, j) && (u = unit_any(c, j, &dual)) >= 0 && dual != 1) {
        e = j + 1;
        if (dual == 2) n = 2;
        else if (isf(c, e, "ال") && digits(c, e + 1, NULL) > 0) { n = digits(c, e + 1, NULL); e += 2; }   /* الـ24 */
        else if ((nb = num(c, e, 2, 1000)) && (nb->flags & (RASD_NUM_DEFINITE | RASD_NUM_DIGITS))) { n = (int)nb->value; e = nb->tok_end; }
        else return 0;   /* الأيام المقبلة: how many is not said */
        int dir = span_dir(c, e);
        if (!dir || !span_value(c, u, n, dir, h)) return 0;
        return e + 1;
    }
    if ((nb = num(c, j, 2, 1000)) && (nb->flags & RASD_NUM_DIGITS) && (u = unit_any(c, nb->tok_end, &dual)) >= 0 &&
        dual == 0 && !has_al(c, nb->tok_end)) {
        int dir = span_dir(c, nb->tok_end + 1);   /* 3 أيام القادمة */
        if (dir && span_value(c, u, (int)nb->value, dir, h)) return nb->tok_end + 2;
    }
    if (within && c->dct && (c->tense == RASD_TENSE_FUTURE || c->whole)) {
        hit d = {0};
        int unit;
        if (!(e = duration_at(c, j, &d, &unit))) return 0;
        int g = unit_grain[unit], du = 0, amount = 0;
        const rasd_number *an;   /* whole amounts of one unit only: خلال أسبوعين، خلال 10 أيام */
        if ((an = number_at(c, j)) && an->fvalue >= 1 && an->value == an->fvalue) amount = (int)an->value;
        else if (unit_any(c, j, &du) >= 0) amount = du == 2 ? 2 : 1;
        if (d.mod) return 0;
        if (!amount || g == RASD_GRAIN_SECOND) return 0;
        rasd_tval a = *c->dct, b;
        if (g <= RASD_GRAIN_DAY && a.grain > RASD_GRAIN_DAY) rasd_tval_truncate(&a, RASD_GRAIN_DAY);
        b = a;
        if (g == RASD_GRAIN_WEEK) { if (!rasd_tval_add(&b, 7 * amount, RASD_GRAIN_DAY)) return 0; }
        else if (!rasd_tval_add(&b, amount, g)) return 0;
        h->a = a; h->b = b; h->iv = true;
        return e;
    }
    return 0;
}

/* قبل/منذ/من/بعد + duration → a point (TMX-8). */
static size_t ago_at(cx *c, size_t i, hit *h)
{
    int sign;
    if (is(c, i, "قبل") || is(c, i, "منذ")) sign = -1;
    else if (is(c, i, "من") && !(tk(c, i)->clitics)) sign = -1;
    else if (is(c, i, "بعد")) sign = 1;
    else return 0;
    if (!c->dct) return 0;
    hit dh = {0};
    int unit;
    bool w = c->whole;
    c->whole = true;   /* a unit alone counts after these words: قبل ساعة، بعد يوم */
    size_t e = duration_at(c, i + 1, &dh, &unit);
    c->whole = w;
    if (!e || dh.mod) return 0;
    if (sign < 0 && is(c, i, "من") && !(e >= c->nt || is_punct(c, e) || tk(c, e)->sentence != tk(c, i)->sentence)) return 0;
    /* counted from an event, not from now ("بعد يوم واحد من تنصيب ترامب"، "قبل أسبوع من القمة") —
     * but "من الآن" is now */
    size_t o = e + (isf(c, e, "واحد") || isf(c, e, "واحده") ? 1 : 0);   /* بعد يوم واحد من */
    if (!is(c, i, "من") && is(c, o, "من") && same_sentence_tok(c, i, o) && !isf(c, o + 1, "الان")) return 0;
    /* read the amounts back from the formatted duration: one unit suffices for the point */
    durv d = {{0}};
    bool bare;
    int u;
    size_t q = i + 1;
    if (is(c, q, "نحو") || is(c, q, "حوالي")) q++;
    if (!amount_at(c, q, &d, &bare, &u)) return 0;
    if (bare && u == U_YEAR && num(c, e, 1000, 2999)) return 0;   /* "منذ عام 2023": since the year */
    rasd_tval v = *c->dct;
    if (u >= U_DAY) {
        if (!dct_day(c, &v)) return 0;
        long long n = (long long)d.q[u];
        if ((double)n != d.q[u]) return 0;
        int g = u == U_DAY ? RASD_GRAIN_DAY : u == U_WEEK ? RASD_GRAIN_WEEK : u == U_MONTH ? RASD_GRAIN_MONTH : RASD_GRAIN_YEAR;
        if (!rasd_tval_add(&v, sign * n, g)) return 0;
        if (u == U_MONTH) rasd_tval_truncate(&v, RASD_GRAIN_MONTH);
        if (u == U_YEAR) rasd_tval_truncate(&v, RASD_GRAIN_YEAR);
    } else {
        long long secs = (long long)(d.q[U_HOUR] * 3600 + d.q[U_MIN] * 60 + d.q[U_SEC]);
        if (v.grain < RASD_GRAIN_MINUTE) { if (!dct_day(c, &v)) return 0; }
        else {
            if (v.grain == RASD_GRAIN_SECOND) { v.second = -1; v.grain = RASD_GRAIN_MINUTE; }
            if (!rasd_tval_add(&v, sign * (secs / 60), RASD_GRAIN_MINUTE)) return 0;
        }
    }
    h->v = v; h->hv = true;
    return e;
}

/* Token k opens a name: a quote, a bracket or a dash before it (a dateline's "القاهرة - المصري
 * اليوم"), or a paper's, a site's or a channel's word (صحيفة، موقع، قناة …). */
static bool opens_name(cx *c, size_t k)
{
    static const char *const medium[] = {"صحيفه", "جريده", "موقع", "قناه", "بوابه", "وكاله"};
    if (k >= c->nt) return false;
    const rasd_token *q = tk(c, k);
    if (q->kind == RASD_TOK_PUNCT)
        return punct(c, k, '"') || punct(c, k, '(') || punct(c, k, '-') || seq(c->p + q->start, q->end - q->start, "«") ||
               seq(c->p + q->start, q->end - q->start, "–");
    return IN(c, k, medium);
}

/* TMX-5: اليوم at j is a word of an outlet's name where one opens (opens_name) or after لـ:
 * "المصري اليوم"، "روسيا اليوم"، "الإمارات اليوم"، "أخبار اليوم" (its last word), "اليوم السابع"
 * (its first) — "أعلنت روسيا اليوم أن …" is today. */
static bool outlet_word(cx *c, size_t j)
{
    static const char *const head[] = {"المصري", "روسيا", "الامارات", "اخبار"};
    if (j >= 1 && IN_WHOLE(c, j - 1, head) && ((j >= 2 && opens_name(c, j - 2)) || (tk(c, j - 1)->clitics & RASD_CL_LI)))
        return true;
    return is(c, j + 1, "السابع") && !is_punct(c, j + 1) && ((j >= 1 && opens_name(c, j - 1)) || (tk(c, j)->clitics & RASD_CL_LI));
}

/* ---- relative day words, weekdays (TMX-5, TMX-6) -------------------------------------------- */

static size_t relday_core(cx *c, size_t i, hit *h)
{
    size_t j = i;
    bool yawm = false;
    if (isf(c, j, "يوم") || isf(c, j, "اليوم")) {
        /* اليوم الذي بعد الغد, اليوم الي قبل امبارح, اليوم القبل البارحة */
        size_t q = j + 1;
        /* the relative word only before a relative day: "اليوم إلى الرياض" is today (إلى is
         * spelled as the dialect's الي) */
        size_t r = q + 1;
        if ((isf(c, q, "الذي") || isf(c, q, "الي") || isf(c, q, "اللي")) &&
            (isf(c, j, "يوم") || is(c, r, "بعد") || is(c, r, "قبل") || isf(c, r, "اول") || isf(c, r, "اولا") ||
             isf(c, r, "القبل") || isf(c, r, "امس") || isf(c, r, "غد") || isf(c, r, "الغد") || isf(c, r, "غدا")))
            q++;
        if (isf(c, q, "القبل")) { if (is(c, q + 1, "بارحه") || is(c, q + 1, "امس")) return offset_day(c, -2, h) ? q + 2 : 0; }
        if (q > j + 1 || isf(c, j, "يوم")) { j = q; yawm = true; }
    }
    if (is(c, j, "بعد") && (is(c, j + 1, "غد") || is(c, j + 1, "غدا") || is(c, j + 1, "بكره") || is(c, j + 1, "بكرا")))
        return offset_day(c, 2, h) ? j + 2 : 0;
    if (is(c, j, "قبل") && (is(c, j + 1, "امس") || is(c, j + 1, "بارحه") || is(c, j + 1, "امبارح")))
        return offset_day(c, -2, h) ? j + 2 : 0;
    if (isf(c, j, "اول") || isf(c, j, "اولا")) {
        if (is(c, j + 1, "امس") || is(c, j + 1, "البارحه")) return offset_day(c, -2, h) ? j + 2 : 0;
        if (isf(c, j + 1, "من") && is(c, j + 2, "امس")) return offset_day(c, -2, h) ? j + 3 : 0;
    }
    if (yawm) {
        if (isf(c, j, "امس") || isf(c, j, "غد") || isf(c, j, "الغد") || isf(c, j, "غدا") || isf(c, j, "الجمعه") ||
            weekday_word(c, j, true) >= 0) {
            /* يوم أمس / يوم غد; يوم + weekday is the weekday reader's */
            if (weekday_word(c, j, true) >= 0) return 0;
            return offset_day(c, isf(c, j, "امس") ? -1 : 1, h) ? j + 1 : 0;
        }
        return 0;
    }
    if (isf(c, j, "اليوم")) {
        /* (the last word of a name in parentheses, a source's: "(روسيا اليوم)"، "(المصري اليوم)") */
        if (punct(c, j + 1, ')') && j >= 2 && (punct(c, j - 2, '(') || (j >= 3 && !is_punct(c, j - 2) && punct(c, j - 3, '('))))
            return 0;
        if (outlet_word(c, j)) return 0;
        if (IN(c, j + 1, w_past) && has_al(c, j + 1)) return offset_day(c, -1, h) ? j + 2 : 0;
        if (IN(c, j + 1, w_next) && has_al(c, j + 1)) return offset_day(c, 1, h) ? j + 2 : 0;
        return offset_day(c, 0, h) ? j + 1 : 0;
    }
    if ((is(c, j, "هذا")) && isf(c, j + 1, "اليوم")) return offset_day(c, 0, h) ? j + 2 : 0;
    if (is(c, j, "امس") || (is(c, j, "بارحه") && has_al(c, j)) || is(c, j, "امبارح")) {
        if (tk(c, j)->clitics & ~(unsigned)(RASD_CL_WA | RASD_CL_AL)) return 0;
        if (isf(c, j + 1, "الاول")) return offset_day(c, -2, h) ? j + 2 : 0;   /* أمس الأول: the day before */
        return offset_day(c, -1, h) ? j + 1 : 0;
    }
    if (isf(c, j, "غدا") || isf(c, j, "وغدا") || isf(c, j, "بكره") || isf(c, j, "بكرا"))
        return offset_day(c, 1, h) ? j + 1 : 0;
    /* غد without its alif: after a part of the day or before a weekday ("مساء غد الجمعة") */
    if (isf(c, j, "غد") && (c->whole || weekday_word(c, j + 1, true) >= 0 ||
                            (j > 0 && (isf(c, j - 1, "صباح") || isf(c, j - 1, "مساء") || isf(c, j - 1, "ظهر") ||
                                       isf(c, j - 1, "ليله") || isf(c, j - 1, "فجر") || isf(c, j - 1, "عصر")))))
        return offset_day(c, 1, h) ? j + 1 : 0;
    /* الغد is also "the future" (من أجل الغد): tomorrow only after حتى / إلى / في / صباح / مساء */
    if (isf(c, j, "الغد") && (c->whole || (j > 0 && (isf(c, j - 1, "حتي") || isf(c, j - 1, "الي") ||
                                                    isf(c, j - 1, "في") || isf(c, j - 1, "صباح") || isf(c, j - 1, "مساء")))))
        return offset_day(c, 1, h) ? j + 1 : 0;
    /* now */
    if (isf(c, j, "حالا") || isf(c, j, "الان") || ((is(c, j, "هذه")) && isf(c, j + 1, "اللحظه"))) {
        if (!c->dct) return 0;
        h->v = *c->dct; h->hv = true;
        return j + (isf(c, j, "هذه") ? 2 : 1);
    }
    /* tonight; last night (الليلة الماضية: the evening of the day before) */
    if (((is(c, j, "هذه") && isf(c, j + 1, "الليله")) || isf(c, j, "الليله"))) {
        rasd_tval a, b;
        if (!dct_day(c, &a)) return 0;
        size_t e = j + (isf(c, j, "هذه") ? 2 : 1);
        bool last = isf(c, e, "الماضيه") || isf(c, e, "المنصرمه") || isf(c, e, "الفائته");
        if (last && !rasd_tval_add(&a, -1, RASD_GRAIN_DAY)) return 0;
        b = a;
        a.hour = 18; b.hour = 23; a.grain = b.grain = RASD_GRAIN_HOUR;
        h->a = a; h->b = b; h->iv = true;
        return e + (last ? 1 : 0);
    }
    return 0;
}

/* A relative day, and the weekday that names it right after ("أمس الثلاثاء"، "اليوم الاثنين")
 * inside the same mention: the relative day fixes the date. */
static size_t relday_at(cx *c, size_t i, hit *h)
{
    size_t e = relday_core(c, i, h);
    if (e && h->hv && h->v.grain == RASD_GRAIN_DAY && weekday_word(c, e, true) >= 0 && same_sentence_tok(c, i, e)) e++;
    return e;
}

/* A weekday phrase at i (TMX-6): [يوم|هذا] weekday [،] [الموافق] [date] | [direction] | [week]. */
static size_t weekday_at(cx *c, size_t i, hit *h)
{
    size_t j = i, e;
    bool yawm = false, hatha = false;
    if (isf(c, j, "يوم") || isf(c, j, "ويوم") || isf(c, j, "بيوم")) { yawm = true; j++; }
    else if (is(c, j, "هذا")) { hatha = true; j++; }
    int wd = weekday_word(c, j, !yawm);
    bool al = has_al(c, j);
    if (wd < 0) {
        /* احد الاسبوع الماضي, ثلاثاء الاسبوع الفائت */
        wd = weekday_word(c, j, false);
        if (wd < 0 || !isf(c, j + 1, "الاسبوع")) return 0;
    }
    size_t w = j;
    j++;
    /* a date after: الاثنين 18 شباط, الخميس الموافق 14 شهر شباط, يوم الاثنين في 18 شباط */
    size_t q = j;
    if (punct(c, q, ',')) q++;
    if (is(c, q, "الموافق") || isf(c, q, "في")) q++;
    hit dh = *h;
    /* not "أول" that names no month after it ("الثلاثاء، في أول لقاء بين البلدين") */
    int mm;
    bool nm;
    bool first_of = (is(c, q, "اول") || is(c, q, "اولا")) && !has_al(c, q) && !month_at(c, q + 1, &mm, &nm) &&
                    !(isf(c, q + 1, "من") && month_at(c, q + 2, &mm, &nm));
    if (!first_of && (e = date_core(c, q, wd, &dh))) { *h = dh; return tail_time(c, e, h); }
    int unit, delta;
    if ((e = this_period(c, j + (isf(c, j, "من") ? 1 : 0), &unit, &delta)) && unit == RASD_GRAIN_WEEK) {
        if (!weekday_in_week(c, wd, delta, h)) return 0;
        return tail_time(c, e, h);
    }
    if (isf(c, j, "الاسبوع") && (e = this_period(c, j, &unit, &delta))) {
        if (!weekday_in_week(c, wd, delta, h)) return 0;
        return e;
    }
    if (!al && !yawm) return 0;
    rasd_tval ref;
    if (!c->dct) {
        memcpy(h->uv, "XXXX-WXX-", 9);
        *put_dec(h->uv + 9, wd + 1, 0) = 0;
        if (IN(c, j, w_past) || IN(c, j, w_next)) j++;
        return j;
    }
    if (!dct_day(c, &ref)) return 0;
    rasd_wd_rel rel;
    if (IN(c, j, w_past) && has_al(c, j)) { rel = RASD_WD_BEFORE; j++; }
    else if (IN(c, j, w_next) && has_al(c, j)) { rel = RASD_WD_AFTER; j++; }
    else {
        /* TMX-6 guard: الاثنين alone is also "the two" ("التقى الاثنين"); الأحد is "the one"
         * only in the eleven (الأحد عشر) and after الواحد ("الواحد الأحد") */
        if (wd == 6 && !yawm && !hatha && !c->whole &&
            ((j < c->nt && (is(c, j, "عشر") || is(c, j, "عشره"))) || (i > 0 && is(c, i - 1, "الواحد"))))
            return 0;
        if (wd == 0 && !yawm && !hatha && !c->whole) {
            bool cue = (i > 0 && (is(c, i - 1, "في") || is(c, i - 1, "منذ") || is(c, i - 1, "حتي") ||
                                  is(c, i - 1, "الي") || is(c, i - 1, "مساء") || is(c, i - 1, "صباح") ||
                                  is(c, i - 1, "ليله") || is(c, i - 1, "ظهر") || is(c, i - 1, "فجر"))) ||
                       (tk(c, w)->clitics & (RASD_CL_BI)) || j >= c->nt || is_punct(c, j) ||
                       tk(c, j)->sentence != tk(c, w)->sentence ||
                       /* set off by a comma before a place: "، الاثنين بالقصر الرئاسي،" */
                       (i > 0 && punct(c, i - 1, ',') && (is(c, j, "في") || (tk(c, j)->clitics & RASD_CL_BI))) ||
                       /* between a verb's subject and its object, a person: "التقى وانغ يي الاثنين
                        * نظيره الهندي" ("the two" is never followed by a counterpart or a title) */
                       (i > 0 && !IN(c, i - 1, w_two_before) && IN_WHOLE(c, j, w_person_head)) ||
                       /* … or a noun of what he did, without the article: "وكان روتو قد أجرى الاثنين
                        * محادثات هاتفية" */
                       (i > 0 && !IN(c, i - 1, w_two_before) && IN_WHOLE(c, j, w_deed_after)) ||
                       /* الاثنين (not the subject الاثنان) after a word without the article that
                        * is not its clause's first (a name, not the verb: "the two" agrees with a
                        * definite dual, "الزعيمين الاثنين"), before في، مع or ب: "التقى أردوغان
                        * بوتين الاثنين في سوتشي" */
                       (i > 1 && isf(c, w, "الاثنين") && tk(c, i - 1)->kind == RASD_TOK_ARABIC && !(tk(c, i - 1)->clitics & RASD_CL_AL) &&
                        tk(c, i - 2)->kind == RASD_TOK_ARABIC && tk(c, i - 2)->sentence == tk(c, i)->sentence &&
                        !IN(c, i - 1, w_two_before) && (is(c, j, "في") || is(c, j, "مع") || (tk(c, j)->clitics & RASD_CL_BI)));
            if (!cue) return 0;
        }
        if (hatha || c->tense == RASD_TENSE_FUTURE) rel = RASD_WD_AFTER;
        else rel = RASD_WD_ON_OR_BEFORE;
    }
    if (!rasd_tval_weekday_rel(&ref, wd, rel, &h->v)) return 0;
    h->hv = true;
    /* مساء الأربعاء handled by period before; الخميس الساعة 8 */
    return tail_time(c, j, h);
}

/* ---- TMX-11: part of a month / period -------------------------------------------------------------- */

static size_t part_at(cx *c, size_t i, hit *h)
{
    int part;   /* 1 start, 2 mid, 3 end */
    bool early = false, late = false;
    size_t j = i;
    if (is(c, j, "اوائل")) { part = 1; early = true; }
    else if (is(c, j, "مطلع") || is(c, j, "بدايه") || is(c, j, "مستهل")) part = 1;
    else if (is(c, j, "منتصف") || is(c, j, "اواسط") || is(c, j, "وسط") || is(c, j, "نص") || is(c, j, "نصف")) part = 2;
    else if (is(c, j, "اواخر")) { part = 3; late = true; }
    else if (is(c, j, "نهايه") || is(c, j, "اخر") || is(c, j, "ختام")) part = 3;
    else return 0;
    (void)early; (void)late;
    j++;
    int y = 0, m = 0, unit, delta;
    size_t e;
    hit mh = {0};
    e = this_period(c, j, &unit, &delta);
    if (!e && j < c->nt && has_al(c, j) && !(tk(c, j)->clitics & (RASD_CL_BI | RASD_CL_LI | RASD_CL_KA)) &&
        (unit = period_unit(c, j))) {
        e = j + 1;      /* "مطلع العام", "منتصف الشهر": the current one */
        delta = 0;
    }
    if (e) {
        rasd_tval v;
        if (!period_value(c, unit, delta, &v)) return 0;
        h->v = v; h->hv = true;
        h->mod = part == 1 ? "START" : part == 2 ? "MID" : "END";
        return e;
    }
    bool named;
    if (!(e = month_at(c, j, &m, &named))) return 0;
    j = e;
    if ((e = year_at(c, j, &y))) j = e;
    if (!mk_date(c, y, m, 0, -1, &mh)) return 0;
    h->mod = part == 1 ? "START" : part == 2 ? "MID" : "END";
    if (!mh.hv) { memcpy(h->uv, mh.uv, sizeof h->uv); return j; }
    h->v = mh.v; h->hv = true;
    int last = rasd_days_in_month(mh.v.year, mh.v.month);
    int d1 = part == 1 ? 1 : part == 2 ? 11 : 21, d2 = part == 1 ? 10 : part == 2 ? 20 : last;
    if (rasd_tval_ymd(mh.v.year, mh.v.month, d1, &h->a) && rasd_tval_ymd(mh.v.year, mh.v.month, d2, &h->b))
        h->iv = true;
    return j;
}

/* ---- TMX-7: this/last/next period, "في وقت سابق من هذا الشهر" ----------------------------------- */

static size_t period_at_tok(cx *c, size_t i, hit *h)
{
    int unit, delta;
    size_t e, j = i;
    if (is(c, j, "في") && isf(c, j + 1, "وقت") && (is(c, j + 2, "سابق") || is(c, j + 2, "لاحق")) && isf(c, j + 3, "من")) {
        if ((e = this_period(c, j + 4, &unit, &delta)) && delta == 0) {
            rasd_tval v;
            if (!period_value(c, unit, 0, &v)) return 0;
            h->v = v; h->hv = true;
            return e;
        }
    }
    if (!(e = this_period(c, j, &unit, &delta))) return 0;
    if (unit == RASD_GRAIN_WEEK) {   /* الأسبوع القادم [يوم] الأحد: that week's Sunday */
        size_t q = e + (isf(c, e, "يوم") ? 1 : 0);
        int wd = weekday_word(c, q, true);
        if (wd < 0 && q > e) wd = weekday_word(c, q, false);
        if (wd >= 0 && weekday_in_week(c, wd, delta, h)) return q + 1;
    }
    rasd_tval v;
    if (!period_value(c, unit, delta, &v)) return 0;
    h->v = v; h->hv = true;
    return e;
}

/* ---- TMX-10: a time with a date or alone --------------------------------------------------------- */

/* A clock time at i on the DCT's day, and a weekday or date after it (TMX-10). */
static size_t time_clock(cx *c, size_t i, hit *h)
{
    size_t e = time_on(c, i, NULL, h);
    if (!e || !h->hv) return e;
    /* a weekday or date after the time: الساعة 3 يوم الخميس */
    hit w = {0};
    size_t e2, q = e;
    if (is(c, q, "من")) q++;
    if ((e2 = weekday_at(c, q, &w)) && w.hv && w.v.grain == RASD_GRAIN_DAY) {
        rasd_tval v = h->v;
        v.year = w.v.year; v.month = w.v.month; v.day = w.v.day;
        if (rasd_tval_valid(&v)) { h->v = v; return e2; }
    }
    return e;
}

static size_t time_at(cx *c, size_t i, hit *h)
{
    size_t e;
    int per;
    /* في is no clock, no noon or night word and no number: at it only period_at's "في الليل /
     * المساء / الصباح" can begin a time, which needs that word after it */
    if (isf(c, i, "في") && !(has_al(c, i + 1) && (is(c, i + 1, "ليل") || is(c, i + 1, "مساء") || is(c, i + 1, "صباح"))))
        return 0;
    /* digits are none of the words below: a clock time (or nothing) */
    if (tk(c, i)->kind == RASD_TOK_NUMBER) return time_clock(c, i, h);
    /* منتصف الليل، منتصف النهار، الظهيرة */
    size_t mp = i + 1 + (punct(c, i + 1, '-') ? 1 : 0);   /* منتصف-الليل */
    bool noon_word = isf(c, i, "الظهيره") ||
                     (isf(c, i, "الظهر") && (c->whole || (i > 0 && (isf(c, i - 1, "في") || isf(c, i - 1, "عند") ||
                                                                     isf(c, i - 1, "حتي"))) ||
                                             (c->tense == RASD_TENSE_FUTURE && clause_end(c, i, i + 1))));
    if ((is(c, i, "منتصف") && (is(c, mp, "ليل") || is(c, mp, "نهار") || is(c, mp, "صباح"))) || noon_word) {
        int hr = noon_word ? 12 : is(c, mp, "ليل") ? 0 : is(c, mp, "صباح") ? 10 : 12;
        size_t e0 = noon_word ? i + 1 : mp + 1;
        rasd_tval v;
        if (!dct_day(c, &v)) { snprintf(h->uv, sizeof h->uv, "T%02d", hr); return e0; }
        if (hr == 0) rasd_tval_add(&v, 1, RASD_GRAIN_DAY);
        v.hour = (int8_t)hr; v.grain = RASD_GRAIN_HOUR;
        h->v = v; h->hv = true;
        return e0;
    }
    /* بعد الظهر الساعة 7: a period before the time */
    if ((e = period_at(c, i, &per)) && e > i) {
        int hh, mi, sec, p2;
        bool st;
        int z2;
        size_t e2 = clock_at(c, e, &hh, &mi, &sec, &p2, &st, &z2);
        if (e2 && p2 == PER_NONE) {
            hit t = {0};
            size_t e3 = time_on(c, e, NULL, &t);
            if (e3 == e2) {
                int h24 = hour24(c, hh, mi, per);
                if (t.hv) { t.v.hour = (int8_t)h24; *h = t; }
                else { *h = t; h->uv[1] = (char)('0' + h24 / 10); h->uv[2] = (char)('0' + h24 % 10); }
                return e2;
            }
        }
    }
    /* مساء الأربعاء / صباح اليوم */
    if ((is(c, i, "مساء") || is(c, i, "صباح") || is(c, i, "ظهر") || is(c, i, "فجر") || is(c, i, "ليله")) &&
        !has_al(c, i)) {
        hit w = {0};
        if ((e = weekday_at(c, i + 1, &w)) || (e = relday_at(c, i + 1, &w))) {
            if (w.hv && w.v.grain == RASD_GRAIN_DAY) { *h = w; return e; }
        }
    }
    return time_clock(c, i, h);
}

/* ---- TMX-1: the scan ------------------------------------------------------------------------------- */

/* Time ranges: من الساعة 3 الى الساعة 4 بعد العصر (TMX-12). */
static size_t trange_at(cx *c, size_t i, hit *h)
{
    size_t j = i, e;
    hit day = {0};
    rasd_tval dref;
    bool have_day = false;
    if ((e = weekday_at(c, j, &day)) && day.hv && day.v.grain == RASD_GRAIN_DAY) { j = e; have_day = true; }
    if (!is(c, j, "من")) return 0;
    j++;
    int h1, m1, s1, p1, h2, m2, s2, p2;
    bool st;
    int z1, z2;
    if (!(e = clock_at(c, j, &h1, &m1, &s1, &p1, &st, &z1))) return 0;
    j = e;
    if (!(is(c, j, "الي") || is(c, j, "حتي") || is(c, j, "وحتي"))) return 0;
    j++;
    if (!(e = clock_at(c, j, &h2, &m2, &s2, &p2, &st, &z2))) return 0;
    j = e;
    if (p1 == PER_NONE) p1 = p2;
    if (have_day) dref = day.v;
    else if (!dct_day(c, &dref)) return 0;
    rasd_tval a = dref, b = dref;
    a.hour = (int8_t)hour24(c, h1, m1, p1); b.hour = (int8_t)hour24(c, h2, m2, p2);
    a.grain = b.grain = RASD_GRAIN_HOUR;
    if (m1 > 0 || m2 > 0) { a.minute = (int8_t)(m1 < 0 ? 0 : m1); b.minute = (int8_t)(m2 < 0 ? 0 : m2); a.grain = b.grain = RASD_GRAIN_MINUTE; }
    if (!rasd_tval_valid(&a) || !rasd_tval_valid(&b)) return 0;
    h->a = a; h->b = b; h->iv = true;
    return j;
}

typedef size_t (*reader)(cx *, size_t, hit *);

/* Seasons (northern; TIMEX3 SP, SU, FA, WI; a winter is the year it starts in): [فصل]
 * الربيع/الصيف/الخريف/الشتاء with a year ("صيف 2016", "شتاء عام 2020") or a direction
 * (القادم، الماضي، الحالي، هذا الصيف); a bare season word only as a phrase of its own. Not
 * ربيع الأول/الثاني (Hijri months) nor الربيع العربي. Resolved values are strings (no tval). */
static size_t season_at(cx *c, size_t i, hit *h)
{
    static const char *const names[4] = {"ربيع", "صيف", "خريف", "شتاء"};
    static const char *const codes[4] = {"SP", "SU", "FA", "WI"};
    size_t j = i;
    bool this_w = false, fasl = false;
    if (is(c, j, "هذا")) { this_w = true; j++; }
    if (is(c, j, "فصل")) { fasl = true; j++; }
    int s = -1;
    for (int k = 0; k < 4; k++) if (is(c, j, names[k])) s = k;
    if (s < 0) return 0;
    if (s == 0 && (is(c, j + 1, "اول") || is(c, j + 1, "ثاني") || is(c, j + 1, "اخر") || is(c, j + 1, "عربي")))
        return 0;
    j++;
    int y = 0, dir = 2;   /* 2: none */
    size_t e;
    if ((e = year_at(c, j, &y))) j = e;
    else if (IN(c, j, w_next)) { dir = 1; j++; }
    else if (IN(c, j, w_past)) { dir = -1; j++; }
    else if (IN(c, j, w_this) || this_w) { dir = 0; if (!this_w) j++; }
    else if (!c->whole && !fasl) return 0;
    if (!y && !c->dct) { snprintf(h->uv, sizeof h->uv, "XXXX-%s", codes[s]); return j; }
    if (!y) {
        int m = c->dct->month, cur = m == 12 || m <= 2 ? 3 : (m - 3) / 3;   /* 0 SP … 3 WI */
        int base = c->dct->year - (m <= 2 ? 1 : 0);                           /* the current season's year */
        if (dir == 2) dir = c->tense == RASD_TENSE_FUTURE ? 1 : c->tense == RASD_TENSE_PAST ? -1 : 0;
        if (dir == 0) y = s >= cur ? base : base + 1;       /* the current one, or the coming one */
        else if (dir > 0) y = s > cur ? base : base + 1;
        else y = s < cur ? base : base - 1;
    }
    snprintf(h->uv, sizeof h->uv, "%04d-%s", y, codes[s]);
    return j;
}

/* A year (TMX-3): عام/سنة/العام + 3 or 4 digits or a number in words ("عام 2016"، "العام
 * 2015"، "سنة ألفين")، or 4 bare digits 1900–2100 after في، منذ، حتى، خلال، قبل، بعد، مطلع
 * ("في 2016") or heading its sentence before a colon or dash ("2020: في 20 نوفمبر …"). A Hijri
 * year (هـ) spans two Gregorian years: not read here. */
static size_t year_reader(cx *c, size_t i, hit *h)
{
    int y, nd = 0;
    size_t e;
    if (is(c, i, "عام") || is(c, i, "سنه")) {
        if (has_al(c, i) && digits(c, i + 1, NULL) < 0) return 0;   /* العام المقبل: TMX-7 */
        if (!(e = year_at(c, i, &y))) return 0;
    } else {
        y = digits(c, i, &nd);
        if (nd != 4 || y < 1900 || y > 2100) return 0;
        /* (or heading its sentence, past marks only, before a colon or dash: a chronology's year,
         * "2020: في 20 تشرين الثاني/نوفمبر، اتصل …") */
        bool heading = (punct(c, i + 1, ':') || punct(c, i + 1, '-')) && i + 2 < c->nt &&
                       tk(c, i + 2)->sentence == tk(c, i)->sentence;
        for (size_t k = i; heading && k-- > 0 && tk(c, k)->sentence == tk(c, i)->sentence;) heading = is_punct(c, k);
        if (!c->whole && !heading &&
            !(i > 0 && (isf(c, i - 1, "في") || isf(c, i - 1, "منذ") || isf(c, i - 1, "حتي") || isf(c, i - 1, "خلال") ||
                        isf(c, i - 1, "قبل") || isf(c, i - 1, "بعد"))))
            return 0;
        e = i + 1;
        if (isf(c, e, "م") || isf(c, e, "ميلادي") || isf(c, e, "ميلاديه")) e++;
    }
    size_t he;
    if ((he = hijri_mark(c, e))) {   /* عام 1445 هـ: 1 Muharram to the eve of the next one */
        int gy, gm, gd, ny, nm, nday;
        if (!rasd_hijri_to_gregorian(y, 1, 1, &gy, &gm, &gd) || !rasd_hijri_to_gregorian(y + 1, 1, 1, &ny, &nm, &nday) ||
            !rasd_tval_ymd(gy, gm, gd, &h->a) || !rasd_tval_ymd(ny, nm, nday, &h->b) ||
            !rasd_tval_add(&h->b, -1, RASD_GRAIN_DAY))
            return 0;
        h->iv = true;
        return he;
    }
    if (!rasd_tval_year(y, &h->v)) return 0;
    h->hv = true;
    h->yw = true;
    return e;
}

/* Quarters and halves: الربع الأول … الرابع / الأخير، النصف الأول / الثاني / الأخير + [من] a year
 * (2016، عام 2016، العام الماضي، هذا العام) → TIMEX3 "2016-Q3" or "2025-H2" and the interval of
 * its months. Without a year it is a part of something else (الربع الأول من المباراة). */
static size_t quarter_at(cx *c, size_t i, hit *h)
{
    const rasd_number *n;
    int parts, q;   /* the year's quarters or halves; which one */
    size_t j;
    if (isf(c, i, "الربع")) parts = 4;
    else if (isf(c, i, "النصف")) parts = 2;
    else return 0;
    if (isf(c, i + 1, "الاخير")) { q = parts; j = i + 2; }
    else if ((n = num(c, i + 1, 1, parts)) && (n->flags & RASD_NUM_ORDINAL) && (n->flags & RASD_NUM_DEFINITE)) { q = (int)n->value; j = n->tok_end; }
    else return 0;
    if (is(c, j, "من")) j++;
    int y, unit, delta;
    size_t e;
    if ((e = year_at(c, j, &y))) j = e;
    else if ((e = this_period(c, j, &unit, &delta)) && unit == RASD_GRAIN_YEAR && c->dct) { y = c->dct->year + delta; j = e; }
    else return 0;
    int months = 12 / parts;
    if (!rasd_tval_month(y, months * (q - 1) + 1, &h->a) || !rasd_tval_month(y, months * q, &h->b)) return 0;
    h->iv = true;
    snprintf(h->uv, sizeof h->uv, "%04d-%c%d", y, parts == 4 ? 'Q' : 'H', q);
    return j;
}

static size_t date_reader(cx *c, size_t i, hit *h)
{
    size_t e = date_core(c, i, -1, h);
    return e ? tail_time(c, e, h) : 0;
}

static size_t dur_reader(cx *c, size_t i, hit *h)
{
    int unit;
    return duration_at(c, i, h, &unit);
}

/* The words each reader compares its first token with (is, isf), found by reading it: a word
 * token that is none of them, no number word, no month name (month_at), no weekday
 * (weekday_word) and no unit (unit_word, unit_any) makes the reader return 0 at once, so it is
 * not called there (TMX-1). A reader's bit is its place in best_at's order. */
enum {
    R_TRANGE = 1 << 0, R_RANGE = 1 << 1, R_NTH = 1 << 2, R_HOLIDAY = 1 << 3, R_PART = 1 << 4,
    R_WEEKDAY = 1 << 5, R_DATE = 1 << 6, R_AGO = 1 << 7, R_RELDAY = 1 << 8, R_PERIOD = 1 << 9,
    R_TIME = 1 << 10, R_SPAN = 1 << 11, R_DUR = 1 << 12, R_SEASON = 1 << 13, R_YEAR = 1 << 14,
    R_QUARTER = 1 << 15, R_ALL = 0xFFFF,
    R_NUMBER = R_RANGE | R_NTH | R_DATE | R_TIME | R_SPAN | R_DUR,    /* number_at at the token */
    R_MONTH = R_RANGE | R_DATE,                                       /* month_at */
    R_WDAY = R_TRANGE | R_NTH | R_WEEKDAY,                            /* weekday_word */
    R_UNIT = R_SPAN | R_DUR,                                          /* unit_word, unit_any */
    /* At a token that is no word of the vocabulary (neither whole nor its stem: a digit token, or
     * a number word after و/ف) only the readers that read a number or digits first can start
     * (each of the others compares token i with its words first); at digits not nth_at, whose
     * number is an ordinal, which digits alone never are (NUM-11). */
    R_NOWORD = R_NUMBER | R_YEAR, R_DIGITS = R_NOWORD & ~R_NTH,
};
static const struct { unsigned mask; const char *const *w; size_t n; } start_words[] = {
#define SW(m, ...) {m, (const char *const[]){__VA_ARGS__}, sizeof (const char *const[]){__VA_ARGS__} / sizeof (const char *)}
    SW(R_TRANGE | R_WEEKDAY, "يوم", "ويوم", "بيوم", "هذا"),
    SW(R_TRANGE | R_RANGE | R_AGO, "من"),
    SW(R_RANGE, "بين", "يومي"),
    SW(R_RANGE | R_DATE, "شهر", "الشهر", "ال", "اليوم"),
    SW(R_NTH, "اخر", "الاسبوع", "اليوم"),
    SW(R_HOLIDAY, "عيد", "كريسماس", "راس", "رمضان"),
    SW(R_PART, "اوائل", "مطلع", "بدايه", "مستهل", "منتصف", "اواسط", "وسط", "نص", "نصف", "اواخر", "نهايه", "اخر", "ختام"),
    SW(R_AGO, "قبل", "منذ", "بعد"),
    SW(R_RELDAY, "يوم", "اليوم", "بعد", "قبل", "اول", "اولا", "امس", "بارحه", "امبارح", "غدا", "وغدا", "غد", "بكره", "بكرا",
       "الغد", "حالا", "الان", "هذه", "هذا", "الليله"),
    SW(R_PERIOD, "في", "هذا", "هذه", "اسبوع", "شهر", "سنه", "عام"),
    SW(R_TIME, "الظهيره", "الظهر", "منتصف", "مساء", "صباح", "ظهر", "فجر", "ليله", "الساعه", "بالساعه", "والساعه",
       "هذا", "هذه", "صباحا", "صبح", "فجرا", "ص", "ظهرا", "عصرا", "عصر", "مساءا", "م", "عشاء", "ليلا", "وقت", "في",
       "بعد", "قبل"),
    SW(R_SPAN, "خلال", "في"),
    SW(R_DUR, "نحو", "حوالي", "قرابه", "زهاء", "قراب", "ما", "اكثر", "اقل", "اطول", "مده", "طوال", "طيله", "خلال",
       "نصف", "ربع"),
    SW(R_SEASON, "هذا", "فصل", "ربيع", "صيف", "خريف", "شتاء"),
    SW(R_YEAR, "عام", "سنه"),
    SW(R_QUARTER, "الربع", "النصف"),
#undef SW
};

/* ---- TMX-1: the starting vocabulary ---------------------------------------------------------- */

/* Every reader compares its first token with a literal of this file (through seq), a month name,
 * a number word or a digit token. The set of those words, as 64-bit hashes with ة and ه equal,
 * rejects a token that can start nothing with one hash lookup instead of hundreds of
 * comparisons; a hash collision only costs a useless attempt. */
static const char *const vocab_words[] = {
#include "gen/timex_vocab.inc"
};

/* Particles that begin expressions but are never one alone (في الأسابيع…، من 13 إلى 15، منذ
 * يومين، بعد غد، هذا الأسبوع، ما يقرب من): every reader that takes one compares the next token
 * with a word of the vocabulary or a number, so one followed by anything else starts nothing.
 * They are the commonest words of the vocabulary; testing the next token first spares most of
 * the readers' work. */
static const char *const particles[] = {"في", "من", "الي", "بين", "حتي", "منذ", "خلال", "قبل", "بعد", "هذا", "هذه",
                                        "ما", "الذي", "عند", "مده", "لمده", "طوال", "نحو", "حوالي"};

/* Words of the vocabulary that no reader compares with the token it starts at: they only follow
 * another word (w_past, w_next, w_this after a period or a weekday; span_dir's plurals after a
 * span; علي/عن after ما يزيد, لا after ما; موسكو after بتوقيت; نفس before اليوم, TMX-19's). A token that is one of them and
 * no other word of the vocabulary starts nothing (may_start). */
static const char *const after_only[] = {"علي", "عن", "لا", "موسكو", "قادمين", "مقبلين", "قادمات", "مقبلات",
                                         "اخيره", "اخيرين", "ماضيين", "ماضيات", "منصرمه", "نفس"};

/* Per slot and table (VT_*): the index of the word in that table plus one, 0 if none. */
static uint8_t vocab_ent[VT_N][VOCAB_SLOTS];
static bool vocab_after[VOCAB_SLOTS];  /* a word of after_only, w_past, w_next, w_this */
static uint16_t vocab_rmask[VOCAB_SLOTS];   /* R_*: the readers the word may start */
static uint8_t vocab_cls[VOCAB_SLOTS]; /* VF_GMONTH, VF_HMONTH: the first word of a month name;
                                          VF_NUM: a word of the number table; VF_PART: a particle;
                                          VF_CUE: a future cue word */
static size_t vocab_nslots;            /* slots handed out, one per word in order of first sight */
static pthread_once_t vocab_once = PTHREAD_ONCE_INIT;
static atomic_bool vocab_ready;       /* set after vocab_once has run: spares pthread_once's call */

/* The index of the vocabulary: an entry per spelling of each word (ة (D8 A9) and ه (D9 87) both,
 * in each place the word has one of them, as seq compares), holding the word's first and last
 * eight bytes (four, two for a shorter word), which say all of a word of up to sixteen bytes;
 * the bytes between are kept in a pool for a longer one. Entries are chained per bucket of those
 * parts; most tokens land on an empty bucket, and a word found there is the token exactly. */
enum { VX_BITS = 13, VX_MAX = 4096, VX_POOL = 8192, VX_WORD_MAX = 64 };
typedef struct vx_entry {
    uint64_t head, tail;
    uint32_t mid;                     /* pool offset of bytes [8, len - 8), len > 16 */
    uint16_t slot, next;              /* the word's slot; the bucket's next entry plus one, 0: none */
    uint8_t len;
} vx_entry;
static uint16_t vx_first[1u << VX_BITS];   /* the bucket's first entry plus one, 0: none */
static vx_entry vx[VX_MAX];
static size_t vx_n;
static char vx_pool[VX_POOL];
static size_t vx_used;

/* The first and last eight bytes of s[0..n), 2 <= n: overlapping, or four, or two. */
static inline void vx_parts(const char *s, size_t n, uint64_t *head, uint64_t *tail)
{
    if (n >= 8) {
        memcpy(head, s, 8);
        memcpy(tail, s + n - 8, 8);
    } else if (n >= 4) {
        uint32_t a, z;
        memcpy(&a, s, 4);
        memcpy(&z, s + n - 4, 4);
        *head = a; *tail = z;
    } else {
        uint16_t a, z;
        memcpy(&a, s, 2);
        memcpy(&z, s + n - 2, 2);
        *head = a; *tail = z;
    }
}

static inline size_t vx_bucket(uint64_t head, uint64_t tail, size_t n)
{
    uint64_t x = (head * 0x9E3779B97F4A7C15ull + tail) ^ n;
    return (size_t)((x * 0xFF51AFD7ED558CCDull) >> (64 - VX_BITS));
}

/* An entry for the spelling w[0..n) of slot s. The vocabulary is fixed when the program is
 * built, so running out of room (here or in vocab_add) is a bug of this file, which any test of
 * the tagger meets: it stops the program. */
static void vx_insert(const char *w, size_t n, uint16_t s)
{
    if (vx_n == VX_MAX || (n > 16 && vx_used + n - 16 > VX_POOL)) abort();
    vx_entry *e = &vx[vx_n];
    vx_parts(w, n, &e->head, &e->tail);
    e->len = (uint8_t)n;
    e->slot = s;
    if (n > 16) {
        e->mid = (uint32_t)vx_used;
        memcpy(vx_pool + vx_used, w + 8, n - 16);
        vx_used += n - 16;
    }
    size_t b = vx_bucket(e->head, e->tail, n);
    e->next = vx_first[b];
    vx_first[b] = (uint16_t)++vx_n;
}

/* The word's VF_* class bits with VF_IN when it is in the vocabulary, and *slot; 0 when it is
 * not (nor a word of one byte: seq finds such a span equal to nothing). */
HOT uint8_t vocab_get(const char *s, size_t n, uint16_t *slot)
{
    if (n < 2 || n > VX_WORD_MAX) return 0;
    uint64_t head, tail;
    vx_parts(s, n, &head, &tail);
    for (size_t k = vx_first[vx_bucket(head, tail, n)]; k; k = vx[k - 1].next) {
        const vx_entry *e = &vx[k - 1];
        if (e->head == head && e->tail == tail && e->len == n && (n <= 16 || memcmp(s + 8, vx_pool + e->mid, n - 16) == 0)) {
            *slot = e->slot;
            return (uint8_t)(vocab_cls[e->slot] | VF_IN);
        }
    }
    return 0;
}

/* The slot of word w (a new one the first time), with class bits cls added; every spelling of a
 * new word goes into the index. */
static size_t vocab_add(const char *w, uint8_t cls)
{
    size_t n = strlen(w), at[8], na = 0;
    uint16_t s;
    if (!vocab_get(w, n, &s)) {
        s = (uint16_t)vocab_nslots++;
        if (vocab_nslots > VOCAB_SLOTS || n > VX_WORD_MAX) abort();
        char buf[VX_WORD_MAX];
        memcpy(buf, w, n);
        for (size_t i = 0; i + 1 < n; i++)
            if (((unsigned char)buf[i] == 0xD8 && (unsigned char)buf[i + 1] == 0xA9) ||
                ((unsigned char)buf[i] == 0xD9 && (unsigned char)buf[i + 1] == 0x87)) {
                if (na == 8) abort();
                at[na++] = i++;
            }
        for (unsigned v = 0; n >= 2 && v < 1u << na; v++) {
            for (size_t k = 0; k < na; k++) {
                bool ta = v >> k & 1;
                buf[at[k]] = (char)(ta ? 0xD8 : 0xD9);
                buf[at[k] + 1] = (char)(ta ? 0xA9 : 0x87);
            }
            vx_insert(buf, n, s);
        }
    }
    vocab_cls[s] |= cls;
    return s;
}

/* Table t's entry k is word w (the first entry wins when two share a word). */
static void vocab_entry(int t, const char *w, size_t k)
{
    size_t s = vocab_add(w, 0);
    if (!vocab_ent[t][s]) vocab_ent[t][s] = (uint8_t)(k + 1);
}

static void vocab_init(void)
{
    for (size_t k = 0; k < sizeof vocab_words / sizeof *vocab_words; k++) vocab_add(vocab_words[k], 0);
    for (int hj = 0; hj < 2; hj++) {
        size_t n;
        const rasd_month_word *w = rasd_month_words(hj, &n);
        month_chained[hj] = n < MONTH_MAX;   /* data/months.tsv holds some fifty names */
        uint8_t *last[VOCAB_SLOTS] = {0};
        for (size_t k = 0; k < n; k++) {
            size_t s = vocab_add(w[k].w1, hj ? VF_HMONTH : VF_GMONTH);
            if (w[k].w2[0]) vocab_add(w[k].w2, 0);
            if (!month_chained[hj]) continue;
            *(last[s] ? last[s] : &month_first[hj][s]) = (uint8_t)(k + 1);
            last[s] = &month_next[hj][k];
        }
    }
    const char *key;
    for (size_t k = 0; (key = rasd_number_key(k)) != NULL; k++) vocab_add(key, VF_NUM);
    for (size_t k = 0; k < sizeof unit_words / sizeof *unit_words; k++) vocab_entry(VT_UNIT, unit_words[k].w, k);
    for (size_t k = 0; k < sizeof particles / sizeof *particles; k++) vocab_add(particles[k], VF_PART);
    for (size_t k = 0; k < 14; k++)
        if (wd_names[k / 2][k % 2][0]) vocab_entry(VT_WEEKDAY, wd_names[k / 2][k % 2], k);
    for (size_t k = 0; k < sizeof start_words / sizeof *start_words; k++)
        for (size_t j = 0; j < start_words[k].n; j++) vocab_rmask[vocab_add(start_words[k].w[j], 0)] |= (uint16_t)start_words[k].mask;
    for (size_t k = 0; k < sizeof period_first / sizeof *period_first; k++) vocab_sub[vocab_add(period_first[k], 0)] |= SUB_PERIOD;
    for (size_t k = 0; k < sizeof cue_words / sizeof *cue_words; k++) vocab_add(cue_words[k], VF_CUE);
    for (size_t k = 0; k < sizeof present_words / sizeof *present_words; k++) vocab_add(present_words[k], VF_CUE);
    /* after all the classes and entries: a word that is also a number, a month, a particle, a
     * weekday or a unit may start something */
    const char *const *lists[] = {after_only, w_past, w_next, w_this, that_words};
    const size_t counts[] = {sizeof after_only / sizeof *after_only, sizeof w_past / sizeof *w_past,
                             sizeof w_next / sizeof *w_next, sizeof w_this / sizeof *w_this,
                             sizeof that_words / sizeof *that_words};
    for (size_t l = 0; l < 5; l++)
        for (size_t k = 0; k < counts[l]; k++) {
            size_t s = vocab_add(lists[l][k], 0);
            vocab_after[s] = !(vocab_cls[s] & ~VF_CUE) && !vocab_ent[VT_UNIT][s] && !vocab_ent[VT_WEEKDAY][s];
        }
    /* the readers a number word, a month name, a weekday or a unit may start */
    for (size_t s = 0; s < VOCAB_SLOTS; s++) {
        if (vocab_cls[s] & VF_NUM) vocab_rmask[s] |= R_NUMBER;
        if (vocab_cls[s] & VF_GMONTH) vocab_rmask[s] |= R_MONTH;
        if (vocab_ent[VT_WEEKDAY][s]) vocab_rmask[s] |= R_WDAY;
        if (vocab_ent[VT_UNIT][s]) vocab_rmask[s] |= R_UNIT;
    }
}

static uint16_t lit_id_slow(const char *w)
{
    uint16_t id = VOCAB_SLOTS;         /* not in the vocabulary: matches no token */
    vocab_get(w, strlen(w), &id);
    return id;
}

/* Token i's VF_* flags (c->vf), and its slots: a word of the vocabulary (whole or as its stem,
 * as is() compares), a number word, a future cue (TMX-2). True when the token may start an
 * expression as far as its own flags tell: digits, a number word, or a word of the vocabulary
 * that is not only ever after another (after_only). */
HOT bool vocab_flags_calc(cx *c, size_t i)
{
    const rasd_token *k = tk(c, i);
    uint8_t f = 0;
    /* digits and punctuation are no word of the vocabulary (whose words are letters), and carry
     * no proclitics (the tokenizer gives them to words that begin with a letter) */
    if (k->kind == RASD_TOK_NUMBER || k->kind == RASD_TOK_PUNCT) {
        c->vf[i] = 0;
        return k->kind == RASD_TOK_NUMBER;
    }
    const char *p = c->p + k->start;
    size_t n = k->end - k->start;
    bool start = false;
    uint16_t slot;
    uint8_t a = vocab_get(p, n, &slot), b = 0;
    if (a) { f |= VF_FULL | (a & ~VF_IN); c->fid[i] = slot; start = !vocab_after[slot]; }
    if (k->stem > k->start && (b = vocab_get(c->p + k->stem, k->end - k->stem, &slot))) {
        f |= VF_STEM | (b & ~VF_IN);
        c->sid[i] = slot;
        start |= !vocab_after[slot];
    }
    /* a number word after a و or ف the tokenizer left on it (ونص، وست), as rasd_number_at reads
     * (a stem right after the letter was looked up already) */
    const unsigned char *w = (const unsigned char *)p;
    const unsigned w01 = w[0] | w[1] << 8;   /* the first letter in one test, rarely true (a one-byte
                                                token reads a NUL: text.h) */
    if (((w01 == 0x88D9u) | (w01 == 0x81D9u)) && n > 2 && k->stem != k->start + 2 && !(f & VF_NUM) &&
        (vocab_get(p + 2, n - 2, &slot) & VF_NUM))
        f |= VF_NUM;
    bool arabic = k->kind == RASD_TOK_ARABIC;
    if (arabic ? cue_verb(c, i) : (k->clitics & RASD_CL_SA) != 0) f |= VF_CUE;
    if (f & VF_CUE) c->scue[k->sentence] = 1;   /* a cue word (its class bit) or verb */
    c->vf[i] = f;
    return arabic && (start || (f & VF_NUM));
}

/* The entry of table t that token i is (whole, else its stem), -1 if none. */
static int slot_entry(cx *c, size_t i, int t)
{
    uint8_t f = vocab_flags(c, i);
    if ((f & VF_FULL) && vocab_ent[t][c->fid[i]]) return vocab_ent[t][c->fid[i]] - 1;
    if ((f & VF_STEM) && vocab_ent[t][c->sid[i]]) return vocab_ent[t][c->sid[i]] - 1;
    return -1;
}

/* A particle (VF_PART) starts something only before digits or a word of the vocabulary. */
static bool particle_ok(cx *c, size_t i)
{
    if (!(c->vf[i] & VF_PART) || i + 1 >= c->nt) return true;
    const rasd_token *n = tk(c, i + 1);
    return n->kind == RASD_TOK_NUMBER || (n->kind == RASD_TOK_ARABIC && (vocab_flags(c, i + 1) & (VF_FULL | VF_STEM | VF_NUM)));
}

/* The readers that may start at word token i (TMX-1): a bit per reader (R_*). */
static unsigned reader_mask(cx *c, size_t i)
{
    if (tk(c, i)->kind != RASD_TOK_ARABIC) return R_ALL;
    uint8_t f = vocab_flags(c, i);
    unsigned m = f & VF_NUM ? R_NUMBER : 0;
    if (f & VF_FULL) m |= vocab_rmask[c->fid[i]];
    if (f & VF_STEM) m |= vocab_rmask[c->sid[i]];
    return m;
}

/* Reader r at i: its hit becomes *best when it ends after *bend. Inline, so that each reader is
 * called directly. */
HOT void attempt(cx *c, size_t i, reader r, hit *best, size_t *bend)
{
    /* the fields a reader may read before it writes them (a point, an interval, a duration and an
     * underspecified value are read only under hv, iv, kind and a nonempty uv) */
    hit h;
    h.kind = RASD_TIMEX_TIME;
    h.hv = h.iv = false;
    h.dur[0] = h.uv[0] = 0;
    h.mod = NULL;
    h.yw = h.yl = false;
    size_t e = r(c, i, &h);
    if (!h.kind) h.kind = RASD_TIMEX_TIME;   /* readers that copy a part's hit over h */
    if (e > *bend && (h.hv || h.iv || h.dur[0] || h.uv[0])) { *bend = e; *best = h; }
}

/* The longest match of the readers at i (TMX-1): each behind its bit, in a fixed order (a tie
 * goes to the first). A test per reader, mostly settled by the token's kind, is cheaper than a
 * loop over the mask calling through a table, whose target was mispredicted nearly every time. */
static size_t best_at(cx *c, size_t i, hit *best)
{
    size_t bend = 0;
    const unsigned m = vocab_flags(c, i) & (VF_FULL | VF_STEM) ? reader_mask(c, i)
                     : tk(c, i)->kind == RASD_TOK_NUMBER ? R_DIGITS : R_NOWORD;
    if (m & R_TRANGE) attempt(c, i, trange_at, best, &bend);
    if (m & R_RANGE) attempt(c, i, range_at, best, &bend);
    if (m & R_NTH) attempt(c, i, nth_at, best, &bend);
    if (m & R_HOLIDAY) attempt(c, i, holiday_at, best, &bend);
    if (m & R_PART) attempt(c, i, part_at, best, &bend);
    if (m & R_WEEKDAY) attempt(c, i, weekday_at, best, &bend);
    if (m & R_DATE) attempt(c, i, date_reader, best, &bend);
    if (m & R_AGO) attempt(c, i, ago_at, best, &bend);
    if (m & R_RELDAY) attempt(c, i, relday_at, best, &bend);
    if (m & R_PERIOD) attempt(c, i, period_at_tok, best, &bend);
    if (m & R_TIME) attempt(c, i, time_at, best, &bend);
    if (m & R_SPAN) attempt(c, i, span_at, best, &bend);
    if (m & R_DUR) attempt(c, i, dur_reader, best, &bend);
    if (m & R_SEASON) attempt(c, i, season_at, best, &bend);
    if (m & R_YEAR) attempt(c, i, year_reader, best, &bend);
    if (m & R_QUARTER) attempt(c, i, quarter_at, best, &bend);
    return bend;
}

/* The phrase [i, e) is the whole sentence but for prepositions and punctuation (TMX-2). */
static bool filler(cx *c, size_t k)
{
    return is_punct(c, k) || isf(c, k, "في") || isf(c, k, "عند") || isf(c, k, "قرابه") || isf(c, k, "حوالي") ||
           isf(c, k, "بحدود") || isf(c, k, "من");
}

static bool whole_sentence(cx *c, size_t i, size_t e)
{
    size_t f, l;
    rasd_text_sentence(c->t, tk(c, i)->sentence, NULL, NULL, &f, &l);
    for (size_t k = f; k < l; k++) {
        if (k >= i && k < e) continue;
        if (!filler(c, k)) return false;
    }
    return true;
}

/* Only fillers before token i in its sentence (f its first token): a phrase from i on may still
 * be the whole sentence. */
static bool only_fillers_before(cx *c, size_t f, size_t i)
{
    for (size_t k = f; k < i; k++)
        if (!filler(c, k)) return false;
    return true;
}

/* ---- TMX-17: intervals between two expressions, and from now ------------------------------------ */

/* The bounds a point or interval hit gives an interval: its value, or its own interval. */
static bool bounds(const hit *h, rasd_tval *a, rasd_tval *b)
{
    if (h->kind != RASD_TIMEX_TIME) return false;
    if (h->iv) { *a = h->a; *b = h->b; return true; }
    if (h->hv) { *a = *b = h->v; return true; }
    return false;
}

/* Days since the epoch of a value's start (any grain from year to second). */
static int64_t start_days(const rasd_tval *v)
{
    rasd_tval d = *v;
    if (d.grain == RASD_GRAIN_YEAR) { d.month = 1; d.day = 1; }
    else if (d.grain == RASD_GRAIN_MONTH) d.day = 1;
    return rasd_days_from_civil(d.year, d.month, d.day);
}

/* A word of putting off stands before token i in its clause ("أرجئ اللقاء الذي كان مقررا أمس"). */
static bool put_off_before(cx *c, size_t i)
{
    static const char *const postpone[] = {"ارجئ", "ارجئت", "ارجا", "ارجات", "تاجل", "تاجلت", "اجل", "اجلت",
                                           "تاجيل", "ارجاء", "تاجيله", "تاجيلها", "ارجاوه", "ارجائها"};
    for (size_t j = i; j-- > 0 && !is_punct(c, j) && tk(c, j)->sentence == tk(c, i)->sentence;)
        if (IN(c, j, postpone)) return true;
    return false;
}

/* The previous hit (tokens pi..pe) and this one (from i) are joined by حتى / إلى / وحتى / - /
 * ولغاية and both are points or intervals in order: *ph becomes the interval from the first to
 * the second ("من اليوم حتى الغد", "من الجمعة إلى الأحد", "من 2015/08/12 حتى 22 أكتوبر") — but not
 * on إلى after a word of putting off, where the second is the day a thing was moved to ("أرجئ
 * اللقاء المقرر اليوم إلى الخميس"). */
static bool join_interval(cx *c, size_t pi, size_t pe, hit *ph, size_t i, const hit *h)
{
    if (i != pe + 1 || !(isf(c, pe, "حتي") || isf(c, pe, "الي") || isf(c, pe, "وحتي") || isf(c, pe, "لغايه") ||
                          isf(c, pe, "ولغايه") || punct(c, pe, '-')))
        return false;
    if (isf(c, pe, "الي") && put_off_before(c, pi)) return false;
    rasd_tval a1, b1, a2, b2;
    if (!bounds(ph, &a1, &b1) || !bounds(h, &a2, &b2)) return false;
    if (start_days(&a2) < start_days(&a1)) return false;
    ph->a = a1;
    ph->b = b2;
    return true;
}

/* حتى/لغاية X in a future clause or a phrase alone: the interval from the DCT to X. */
static bool until_now(cx *c, size_t i, size_t e, hit *h, bool whole)
{
    if (i == 0 || !c->dct || !(isf(c, i - 1, "حتي") || isf(c, i - 1, "لغايه"))) return false;
    if (h->kind != RASD_TIMEX_TIME || !h->hv || h->iv) return false;
    if (!(c->tense == RASD_TENSE_FUTURE || whole || whole_sentence(c, i - 1, e))) return false;
    if (start_days(&h->v) < start_days(c->dct)) return false;
    h->a = *c->dct;
    h->b = h->v;
    h->iv = true; h->hv = false;
    return true;
}

/* s into dst[cap], cut to cap - 1 bytes as snprintf("%s") would; dst is zeroed. */
static void put_str(char *dst, size_t cap, const char *s)
{
    size_t n = strnlen(s, cap - 1);
    memcpy(dst, s, n);
}

static void emit(cx *c, size_t i, size_t e, const hit *h, rasd_buf *out)
{
    rasd_timex x;
    memset(&x, 0, sizeof x);
    x.kind = h->kind;
    x.start = rasd_text_source(c->t, tk(c, i)->start);
    x.end = rasd_text_source(c->t, tk(c, e - 1)->end);
    /* rasd_tval_format writes up to RASD_TVAL_STRLEN (20) bytes into value, from and to (40) */
    if (h->kind == RASD_TIMEX_DURATION) {
        put_str(x.value, sizeof x.value, h->dur);
        x.resolved = true;
    } else {
        if (h->hv) { rasd_tval_format(&h->v, x.value); x.tval = h->v; x.resolved = true; }
        else if (h->uv[0]) put_str(x.value, sizeof x.value, h->uv);
        if (h->iv) {
            rasd_tval_format(&h->a, x.from);
            rasd_tval_format(&h->b, x.to);
            if (!h->hv) { x.tval = h->a; x.resolved = true; }
        }
    }
    if (h->mod) put_str(x.mod, sizeof x.mod, h->mod);
    RASD_VEC_PUSH(out, rasd_timex, x);
}

/* TMX-19: token k says "the same" (نفسه، ذاته) of the day or period before it. */
static bool same_word(cx *c, size_t k) { return is(c, k, "نفسه") || is(c, k, "ذاته"); }

/* TMX-19: within a few tokens of candidate i, "the same" (نفسه، ذاته، نفس) of a period — or of a
 * day, with `day` — after or before its word. */
static bool period_or_day(cx *c, size_t k, bool day) { return period_unit(c, k) || (day && is(c, k, "يوم")); }

static bool same_unit(cx *c, size_t i, bool day)
{
    for (size_t k = i; k < i + 4 && k + 1 < c->nt; k++) {
        if (has_al(c, k) && period_or_day(c, k, day) && same_word(c, k + 1)) return true;
        if (is(c, k, "نفس") && has_al(c, k + 1) && period_or_day(c, k + 1, day)) return true;
    }
    return i > 0 && is(c, i - 1, "نفس") && has_al(c, i) && period_or_day(c, i, day);
}

/* TMX-19: a day or period named as the one after or before another ("اليوم التالي"، "في صباح
 * اليوم التالي"، "الأسبوع التالي"، "في اليوم السابق") within a few tokens of candidate i. */
static bool anaphoric(cx *c, size_t i)
{
    for (size_t k = i; k < i + 4 && k + 1 < c->nt; k++) {
        if (has_al(c, k + 1) && (is(c, k + 1, "تالي") || is(c, k + 1, "تاليه") || is(c, k + 1, "سابق") || is(c, k + 1, "سابقه")) &&
            has_al(c, k) &&
            (is(c, k, "يوم") || period_unit(c, k)))
            return true;
    }
    /* … and the same day or period: "في وقت سابق من اليوم نفسه"، "في العاشر من الشهر ذاته"،
     * "من العام نفسه"، "في نفس اليوم" */
    return same_unit(c, i, true);
}

/* TMX-19: candidate i says "the same" month, week or year ("في الشهر نفسه"، "من العام ذاته"،
 * "في نفس الشهر"), which a month told last names as well as a day. */
static bool same_period(cx *c, size_t i) { return same_unit(c, i, false); }

void rasd_timex_find(rasd_text *t, const rasd_tval *dct, int dct_offset_min, rasd_buf *out)
{
    rasd_timex_find_after(t, dct, dct_offset_min, NULL, out);
}

/* Tokens [f, i) let an expression at i open its sentence: only marks and و، في، ثم، أما. */
static bool opens_sentence(cx *c, size_t f, size_t i)
{
    for (size_t k = f; k < i; k++)
        if (!is_punct(c, k) && !is(c, k, "في") && !isf(c, k, "وفي") && !isf(c, k, "و") && !is(c, k, "ثم") && !is(c, k, "اما") &&
            !isf(c, k, "واما"))
            return false;
    return true;
}

/* TMX-21: the year of h, a day or month whose year CAL-13 chose, as an entry of a chronology:
 * the first on or after the day told last (anc), if that is not after the DCT; else the last on
 * or before the DCT. */
static void chronicle_year(hit *h, const rasd_tval *anc, const rasd_tval *dct)
{
    int m = h->v.month, d = h->v.grain == RASD_GRAIN_DAY ? h->v.day : 0, y;
    rasd_tval v;
    bool ok = anc && rasd_year_for_month(anc, m, d, RASD_TENSE_FUTURE, &y) &&
              (d ? rasd_tval_ymd(y, m, d, &v) && rasd_tval_days(&v) <= rasd_tval_days(dct)
                 : y * 12 + m <= dct->year * 12 + dct->month);
    if (!ok && !rasd_year_for_month(dct, m, d, RASD_TENSE_PAST, &y)) return;
    if (d ? rasd_tval_ymd(y, m, d, &v) : rasd_tval_month(y, m, &v)) h->v = v;
}

void rasd_timex_find_after(rasd_text *t, const rasd_tval *dct, int dct_offset_min, const rasd_tval *anchor, rasd_buf *out)
{
    if (!t || !out) return;
    cx c;
    memset(&c, 0, offsetof(cx, dayc));   /* the readers' caches need only their keys cleared */
    c.t = t;
    c.nt = rasd_text_ntokens(t);
    c.toks = c.nt ? rasd_text_token(t, 0) : NULL;
    size_t len;
    c.p = rasd_text_norm(t, &len);
    c.dct = dct && rasd_tval_valid(dct) ? dct : NULL;
    c.dct_off = c.dct ? dct_offset_min : RASD_NO_OFFSET;
    if (!atomic_load_explicit(&vocab_ready, memory_order_acquire)) {
        pthread_once(&vocab_once, vocab_init);
        atomic_store_explicit(&vocab_ready, true, memory_order_release);
    }
    /* one block for the per-token arrays: the candidates (uint32_t), the slots (uint16_t), then
     * the byte arrays, and the sentences' cue bytes; on the stack when the text is short (most
     * are), else on the heap */
    size_t nt1 = c.nt + 1, ns = rasd_text_nsentences(t) + 1, need = nt1 * (sizeof(uint32_t) + 2 * sizeof *c.fid + 3) + ns;
    uint32_t stackblk[3072];
    void *heap = NULL, *blk = stackblk;
    if (c.nt > UINT32_MAX - 1) return;   /* token indices are kept in 32 bits */
    if (need > sizeof stackblk) blk = heap = rasd_xalloc(need);
    uint32_t *cand = blk;
    c.fid = (uint16_t *)(cand + nt1);
    c.sid = c.fid + nt1;
    c.vf = (uint8_t *)(c.sid + nt1);
    c.mon[0] = c.vf + nt1;
    c.mon[1] = c.mon[0] + nt1;
    c.scue = c.mon[1] + nt1;
    memset(c.mon[0], 0, 2 * nt1 + ns);   /* name_of's memo (0 = not yet) and the cue bytes; the
                                            other arrays are written first */
    c.vf[c.nt] = 0;
    /* every token is asked: one pass gives each its flags and lists those that may start an
     * expression (the particles' look at the next token waits for the scan) */
    size_t ncand = 0;
    for (size_t i = 0; i < c.nt; i++)
        if (vocab_flags_calc(&c, i)) cand[ncand++] = (uint32_t)i;
    bool have_prev = false;
    size_t pi = 0, pe = 0, from = 0;   /* from: the first token not inside the last match */
    size_t sent = SIZE_MAX, f = 0, l = 0;   /* the sentence of the last candidate, its tokens [f, l) */
    hit ph;
    memset(&ph, 0, sizeof ph);
    /* TMX-19: the last day told before, which "اليوم التالي" follows */
    rasd_tval anc;
    bool have_anc = anchor && rasd_tval_valid(anchor) && anchor->grain >= RASD_GRAIN_DAY;
    if (have_anc) {
        anc = *anchor;
        if (anc.grain > RASD_GRAIN_DAY) rasd_tval_truncate(&anc, RASD_GRAIN_DAY);
    }
    rasd_tval mon;   /* … and the month told since, when later than that day */
    bool have_mon = false;
    const rasd_tval *own_dct = c.dct;
    /* TMX-20: the last date of the sentence yref_sent (+ 1; 0: none) whose year was written */
    rasd_tval yref;
    size_t yref_sent = 0;
    for (size_t q = 0; q < ncand; q++) {
        size_t i = cand[q];
        if (i < from || !particle_ok(&c, i)) continue;
        /* a word after آل is a family's name, no ordinal ("تميم بن حمد آل ثاني في ديسمبر"); آل
         * (normalized ال) is written in bytes, as a literal word of this file joins the vocabulary */
        if (i > 0 && tk(&c, i - 1)->end - tk(&c, i - 1)->start == 4 && memcmp(c.p + tk(&c, i - 1)->start, "\xD8\xA7\xD9\x84", 4) == 0)
            continue;
        /* … and one after مجموعة (after its proclitics, ة or ه; in bytes too) a group's ("قمة
         * مجموعة العشرين في سبتمبر 2023" is a month, not its 20th), and a word after قمة its
         * summit's ("على هامش قمة العشرين في سبتمبر الماضي"; not digits, "قمة 20 نوفمبر", nor
         * after القمة, "تعقد القمة الاثنين المقبل") */
        if (i > 0 && (seq(c.p + tk(&c, i - 1)->stem, tk(&c, i - 1)->end - tk(&c, i - 1)->stem,
                          "\xD9\x85\xD8\xAC\xD9\x85\xD9\x88\xD8\xB9\xD9\x87") ||
                      (tk(&c, i)->kind == RASD_TOK_ARABIC && !(tk(&c, i - 1)->clitics & RASD_CL_AL) &&
                       seq(c.p + tk(&c, i - 1)->stem, tk(&c, i - 1)->end - tk(&c, i - 1)->stem, "\xD9\x82\xD9\x85\xD9\x87"))))
            continue;
        c.dct = own_dct;
        if ((have_anc || have_mon) && anaphoric(&c, i)) c.dct = have_mon && same_period(&c, i) ? &mon : have_anc ? &anc : own_dct;
        c.whole = false;
        c.tense = future_cue(&c, i) ? RASD_TENSE_FUTURE : RASD_TENSE_NONE;
        c.yref = c.tense == RASD_TENSE_NONE && yref_sent == tk(&c, i)->sentence + 1 ? &yref : NULL;
        hit h;
        bool hw = false;
        size_t e = best_at(&c, i, &h);
        /* TMX-2: a phrase alone (or a bare word that might be one) is read again as a whole
         * sentence, with future semantics (Duckling's corpus) */
        if (tk(&c, i)->sentence != sent) {   /* the candidates of a sentence ask once */
            sent = tk(&c, i)->sentence;
            rasd_text_sentence(t, sent, NULL, NULL, &f, &l);
        }
        if (l - f <= 16 && only_fillers_before(&c, f, i)) {
            cx c2 = c;
            c2.whole = true;
            c2.tense = RASD_TENSE_FUTURE;
            hit h2;
            size_t e2 = best_at(&c2, i, &h2);
            if (e2 && whole_sentence(&c2, i, e2) && e2 >= e) { e = e2; h = h2; hw = true; }
        }
        c.dct = own_dct;
        c.yref = NULL;
        if (!e) continue;
        /* TMX-21: a chronology's entry, a date without a year that heads its sentence before a
         * colon or comma ("3 آذار/مارس: اتصال …"، "وفي 20 شباط/فبراير، تحادث الرئيسان …"), with no
         * future cue: the first such day on or after the last day told before it, unless that is
         * after the DCT; then (or with none told) the last one on or before the DCT */
        if (h.yl && h.hv && own_dct && c.tense == RASD_TENSE_NONE && e < c.nt &&
            tk(&c, e)->sentence == tk(&c, i)->sentence && (punct(&c, e, ':') || punct(&c, e, ',')) &&
            (h.v.grain == RASD_GRAIN_DAY || h.v.grain == RASD_GRAIN_MONTH) && opens_sentence(&c, f, i))
            chronicle_year(&h, have_anc ? &anc : NULL, own_dct);
        from = e;
        if (h.yw && h.kind == RASD_TIMEX_TIME && (h.hv || h.iv)) {
            /* as a day, CAL-13 compares days: a month as its 15th, a year as 1 July (ENT-4) */
            const rasd_tval *w = h.hv ? &h.v : &h.a;
            if (rasd_tval_ymd(w->year, w->month ? w->month : 7, w->day ? w->day : w->month ? 15 : 1, &yref))
                yref_sent = tk(&c, i)->sentence + 1;
        }
        /* (not a day told as what a span runs from, after منذ and a word or two: "في أول رحلة له
         * منذ الانقلاب في 26 يوليو" — the day after it is the news's) */
        bool since = false;
        for (size_t k = i; k-- > f && k + 4 > i && !since && !is_punct(&c, k);) since = is(&c, k, "منذ");
        /* (nor a day that names an event, right after its noun: "ضحايا هجوم السابع من أكتوبر"،
         * "هجمات 11 سبتمبر"، "ثورة 25 يناير" — "في اليوم نفسه" after it is the news's day) */
        static const char *const named_event[] = {"هجوم", "هجمات", "احداث", "حرب", "ثوره", "انتفاضه", "مجزره",
                                                  "تفجير", "تفجيرات", "انقلاب", "حادثه", "كارثه", "زلزال"};
        if (h.kind == RASD_TIMEX_TIME && h.hv && !h.iv && rasd_tval_valid(&h.v) && h.v.grain >= RASD_GRAIN_DAY && !since &&
            !(i > f && IN(&c, i - 1, named_event))) {
            anc = h.v;
            if (anc.grain > RASD_GRAIN_DAY) rasd_tval_truncate(&anc, RASD_GRAIN_DAY);
            have_anc = true;
            have_mon = false;
        }
        /* (a month told last, "مارس المقبل", is the one "الشهر نفسه" after it names: its first day
         * stands for it) */
        if (h.kind == RASD_TIMEX_TIME && h.hv && !h.iv && h.v.grain == RASD_GRAIN_MONTH && rasd_tval_ymd(h.v.year, h.v.month, 1, &mon))
            have_mon = true;
        /* TMX-19: "من العام نفسه" right after a date restates that date's year: one expression
         * ("في 7 تموز/ يوليو 2017 من العام ذاته") */
        if (have_prev && (i == pe || (i == pe + 1 && is(&c, pe, "من")))) {
            bool same = false;
            for (size_t k = i; k < e && !same; k++) same = same_word(&c, k);
            if (same) { pe = e; continue; }
        }
        /* TMX-17: X حتى/إلى Y → one interval; حتى Y alone in a future clause → from the DCT */
        if (have_prev && join_interval(&c, pi, pe, &ph, i, &h)) {
            ph.iv = true; ph.hv = false; ph.mod = NULL; ph.uv[0] = 0;
            pe = e;
            continue;
        }
        if (have_prev) emit(&c, pi, pe, &ph, out);
        size_t start = i;
        if (until_now(&c, i, e, &h, hw)) start = i - 1;
        have_prev = true; pi = start; pe = e; ph = h;
    }
    if (have_prev) emit(&c, pi, pe, &ph, out);
    free(heap);
}
