/* tokenize.c — tokens, proclitics and sentences of a normalized text.
 *
 * Exports: rasd_text_analyze, rasd_text_clitics (text.h, whose rasd_text_token_is is inline);
 * rasd_text_ntokens, rasd_text_token, rasd_text_nsentences, rasd_text_sentence (rasd.h).
 *
 * Rules (ids from docs/text.md):
 *   TXT-TK-1..7  token kinds: Arabic-letter runs, Latin runs, digit runs with . , : / between
 *                digits, one token per punctuation character, everything else OTHER; a change
 *                of script ends a token; spaces and newlines separate tokens and are not tokens.
 *   TXT-CL-1..9  proclitics و ف / ب ل ك / ال / لل / س, stem-length limits and the table of
 *                words that are never split (exceptions below).
 *   TXT-SE-1..7  sentence ends: . ! ? ؟ … ۔ and every newline; not ؛ ; and not inside numbers,
 *                after single-letter abbreviations, or inside quotes.
 *
 * Everything is one left-to-right pass over the normalized text: tokens, the sentence step for
 * each token as it is pushed, and a bounded amount of work per token (clitics: only for words
 * starting with a letter a rule strips, at most four prefix steps, each one hash probe on the
 * word's first three letters into the exception table): linear in the input. Tokens, sentences
 * and one aux word per token for later stages share one allocation (text.h): the room that
 * rasd_text_new reserved in the text's own block, so nearly no text needs a malloc here.
 * Speed/Cost (callgrind, rasd extract on slice3, 3 MB of Arabic news JSONL, 11,127 texts,
 * 290,251 tokens): the whole analysis about 44M instructions (it was 89M with a separate
 * sentence pass): the token loop 27M (an Arabic letter is one 16-bit table load, two letters
 * per step, with no end test: the text ends in two NULs; a plain word, not punctuation
 * and with no sentence end pending, skips the sentence step), clitics and their exception
 * probes 12M (a letter the rules compare is its id in the token loop's table, one 16-bit load
 * with no test of the word's length; a probe hashes the word's first six bytes as they are,
 * with no folding: the table holds every spelling; a slot's mask of entry lengths spares the
 * entries most words that share the prefix).
 *
 * Limits: clitic analysis knows no morphology beyond the rules; it over-strips words that
 * merely begin like a proclitic and are not in the exception table (later stages also try the
 * unstripped form). Quote tracking is per line: a quote left open ends at the next newline.
 */
#include "text/text.h"
#include "util/util.h"

#include <stdlib.h>
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <utf8proc.h>

/* ---- character classes -------------------------------------------------------------------- */

enum { C_SPACE = ' ', C_LATIN = 'L', C_DIGIT = 'D', C_PUNCT = 'P', C_SYMBOL = 'S',
       C_ARABIC = 'A', C_LETTER = 'O', C_MARK = 'M' };

/* ASCII by Unicode category: P* → P, S* → S (normalized text has no upper case or controls
 * other than '\n', but they are classed anyway). */
static const char ascii_cls[129] =
    "                "  /* 00-0F */
    "                "  /* 10-1F */
    " PPPSPPPPPPSPPPP"  /* 20-2F  !"#$%&'()*+,-./ */
    "DDDDDDDDDDPPSSSP"  /* 30-3F 0-9 :;<=>? */
    "PLLLLLLLLLLLLLLL"  /* 40-4F @A-O */
    "LLLLLLLLLLLPPPSP"  /* 50-5F P-Z [\]^_ */
    "SLLLLLLLLLLLLLLL"  /* 60-6F `a-o */
    "LLLLLLLLLLLPSPS "; /* 70-7F p-z {|}~ DEL */

/* The Arabic block U+0600–06FF by category: letters A, marks M, punctuation P, digits O (they
 * are ASCII after TXT-N-7, so never met), the rest S. */
static const char ar_cls[257] =
    "SSSSSSSSSPPSPPSS"  /* 0600 */
    "MMMMMMMMMMMPSPPP"  /* 0610 */
    "AAAAAAAAAAAAAAAA"  /* 0620 */
    "AAAAAAAAAAAAAAAA"  /* 0630 */
    "AAAAAAAAAAAMMMMM"  /* 0640 */
    "MMMMMMMMMMMMMMMM"  /* 0650 */
    "OOOOOOOOOOPPPPAA"  /* 0660 */
    "MAAAAAAAAAAAAAAA"  /* 0670 */
    "AAAAAAAAAAAAAAAA"  /* 0680 */
    "AAAAAAAAAAAAAAAA"  /* 0690 */
    "AAAAAAAAAAAAAAAA"  /* 06A0 */
    "AAAAAAAAAAAAAAAA"  /* 06B0 */
    "AAAAAAAAAAAAAAAA"  /* 06C0 */
    "AAAAPAMMMMMMMSSM"  /* 06D0 */
    "MMMMMAAMMSMMMMAA"  /* 06E0 */
    "OOOOOOOOOOAAASSA"; /* 06F0 */

static bool in_arabic_script(int32_t cp)
{
    return (cp >= 0x750 && cp <= 0x77F) || (cp >= 0x870 && cp <= 0x8FF)
        || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)
        || (cp >= 0x10E60 && cp <= 0x10EFF) || (cp >= 0x1EE00 && cp <= 0x1EEFF);
}

static bool in_latin_script(int32_t cp)
{
    return (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF)
        || (cp >= 0x2C60 && cp <= 0x2C7F) || (cp >= 0xA720 && cp <= 0xA7FF)
        || (cp >= 0xAB30 && cp <= 0xAB6F) || (cp >= 0xFF21 && cp <= 0xFF5A);
}

static int other_class(int32_t cp)
{
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        if (in_latin_script(cp)) return C_LATIN;
        if (in_arabic_script(cp)) return C_ARABIC;
        return C_LETTER;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return C_MARK;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
        return C_LETTER;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
        return C_PUNCT;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
        return C_SPACE;
    default:
        return C_SYMBOL;
    }
}

/* Decodes the code point at s[i] of the normalized text (valid UTF-8 by construction; a
 * truncated sequence is read as one byte). *l receives its length. */
static inline int32_t decode(const uint8_t *s, size_t n, size_t i, size_t *l)
{
    uint8_t c = s[i];
    if (c < 0x80) { *l = 1; return c; }
    if (c < 0xE0 && i + 1 < n) { *l = 2; return ((int32_t)(c & 0x1F) << 6) | (s[i + 1] & 0x3F); }
    if (c < 0xF0 && i + 2 < n) {
        *l = 3;
        return ((int32_t)(c & 0x0F) << 12) | ((int32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    }
    if (i + 3 < n) {
        *l = 4;
        return ((int32_t)(c & 0x07) << 18) | ((int32_t)(s[i + 1] & 0x3F) << 12)
             | ((int32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    }
    *l = 1;
    return 0xFFFD;
}

static inline int class_at(const uint8_t *s, size_t n, size_t i, size_t *l)
{
    uint8_t c = s[i];
    if (c < 0x80) { *l = 1; return ascii_cls[c]; }
    if (c >= 0xD8 && c <= 0xDB && i + 1 < n) {
        *l = 2;
        return ar_cls[((c - 0xD8) << 6) | (s[i + 1] & 0x3F)];
    }
    return other_class(decode(s, n, i, l));
}

/* ---- proclitics (TXT-CL-*) ---------------------------------------------------------------- */

/* Two-byte UTF-8 codes of the letters the rules look at. */
enum {
    L_ALEF = 0xD8A7, L_TAMARBUTA = 0xD8A9, L_BA = 0xD8A8, L_TA = 0xD8AA, L_SIN = 0xD8B3,
    L_FA = 0xD981, L_KAF = 0xD983, L_LAM = 0xD984, L_NUN = 0xD986, L_HEH = 0xD987,
    L_WAW = 0xD988, L_YA = 0xD98A
};

/* The letters the rules compare, as small ids that ar16 (below) keeps above its two flags, so
 * that a rule reads a letter with one 16-bit load and one table load. Ordered so that each
 * rule's letters are one range: و ف (TXT-CL-1), ب ل ك (TXT-CL-2, the order of their RASD_CL_*
 * bits), the first letters a rule strips up to ا, and ا ي ت ن after س (TXT-CL-5). */
enum { ID_NONE, ID_WAW, ID_FA, ID_BA, ID_LAM, ID_KAF, ID_SIN, ID_ALEF, ID_YA, ID_TA, ID_NUN };

static unsigned letter_id_of(unsigned letter)
{
    switch (letter) {
    case L_WAW: return ID_WAW;   case L_FA: return ID_FA;     case L_BA: return ID_BA;
    case L_LAM: return ID_LAM;   case L_KAF: return ID_KAF;   case L_SIN: return ID_SIN;
    case L_ALEF: return ID_ALEF; case L_YA: return ID_YA;     case L_TA: return ID_TA;
    case L_NUN: return ID_NUN;   default: return ID_NONE;
    }
}

/* Two-byte characters of the Arabic block, indexed by their two bytes as rasd_text_load16 reads
 * them (text.h): AR_LETTER when ar_cls calls the character a letter (the tokenizer's letter loop
 * is then one load and one table test per letter), AR_PROC as well for the letters a proclitic
 * rule can strip first (TXT-CL-1..5: و ف ب ل ك س ا; other words are never looked at by
 * clitics), and the letter's ID_* from bit AR_ID_SHIFT on. 0 for everything else. Built from
 * ar_cls once, with the exception index. */
enum { AR_LETTER = 1, AR_PROC = 2, AR_ID_SHIFT = 2 };
static uint8_t ar16[0x10000];

/* The ID_* of the two bytes at p (ID_NONE for anything but those letters). */
static inline unsigned letter_id(const uint8_t *p)
{
    return ar16[rasd_text_load16(p)] >> AR_ID_SHIFT;
}

static unsigned letter_at(const uint8_t *w, size_t n, size_t p)
{
    return p + 1 < n ? (unsigned)w[p] << 8 | w[p + 1] : 0;
}

/* Number of code points in w[0..n), counting at most `cap`. */
static size_t count_letters(const uint8_t *w, size_t n, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < cap; k++)
        i += w[i] < 0x80 ? 1 : w[i] < 0xE0 ? 2 : w[i] < 0xF0 ? 3 : 4;
    return k;
}

/* TXT-CL-8: words never split at the position where they start, in normalized spelling
 * (TXT-N-*; ة and ه compare equal, so one entry serves both RASD_NORM_TAMARBUTA settings).
 * Grouped by first letter, which is the letter a rule is about to strip. The _x lists hold
 * whole words: the rest of the token must equal the entry; they are sorted by exc_cmp
 * (rasd_text_check_exceptions verifies it) for binary search. The _p lists hold stems: the
 * rest of the token must start with the entry (وزير covers وزيرة, وزيرا, وزيري ...). */
typedef struct exc { const char *w; unsigned char n; } exc;
#define X(s) {s, sizeof(s) - 1}
#define P(s) {s, sizeof(s) - 1}

static const exc exc_waw_x[] = {  /* و: before TXT-CL-1 */
    X("واحد"), X("واحدة"), X("وارسو"), X("والتز"), X("والي"), X("وانغ"), X("وثائق"),
    X("وثيقة"), X("وجه"), X("وجها"), X("وجهة"), X("وجود"), X("وحدات"), X("وحدة"), X("وسط"),
    X("وصل"), X("وصول"), X("وضع"), X("وضعت"), X("وضعه"), X("وضعها"), X("وطن"), X("وعد"),
    X("وفاة"), X("وفد"), X("وفدا"), X("وفق"), X("وفقا"), X("وفود"), X("وفيات"), X("وقت"),
    X("وقتا"), X("وقته"), X("وقتها"), X("ولي"), X("ويتكوف"), X("ويلز"),
};
static const exc exc_waw_p[] = {
    P("واسع"), P("واشنطن"), P("وافق"), P("وزار"), P("وزرا"), P("وزير"), P("وسائل"), P("وساط"),
    P("وسيط"), P("وطني"), P("وقف"), P("وكال"), P("ولاي"), P("ويليام"),
};

static const exc exc_fa_x[] = {  /* ف: before TXT-CL-1 */
    X("فؤاد"), X("فاغنر"), X("فبراير"), X("فترات"), X("فترة"), X("فرنسا"), X("فروق"),
    X("فضاء"), X("فقط"), X("فلسطين"), X("فلوريدا"), X("فنزويلا"), X("فنلندا"), X("فوجل"),
    X("فورا"), X("فورس"), X("فوكس"), X("فيتنام"), X("فيصل"), X("فيما"), X("فيه"), X("فيها"),
    X("فيهم"), X("فيينا"),
};
static const exc exc_fa_p[] = {
    P("فاعل"), P("فرنسي"), P("فريق"), P("فعالي"), P("فعل"), P("فقد"), P("فلاديمير"),
    P("فلسطيني"), P("فوري"), P("فولوديمير"), P("فيدرالي"), P("فيلاديمير"),
};

static const exc exc_ba_x[] = {  /* ب: before TXT-CL-2 */
    X("باراك"), X("باريس"), X("باكستان"), X("باكو"), X("باماكو"), X("بانكوك"), X("بايدن"), X("بحر"),
    X("برازيليا"), X("براغ"), X("برلين"), X("برنامج"), X("بروكسل"), X("بروناي"), X("بريتوريا"),
    X("بشار"), X("بعد"), X("بعدما"), X("بعده"), X("بعدها"), X("بغداد"), X("بكين"),
    X("بلجيكا"), X("بلغاريا"), X("بلغراد"), X("بلينكن"), X("بنجلاديش"), X("بنغازي"), X("بنغلاديش"),
    X("بنك"), X("بنما"), X("بنيامين"), X("بنين"), X("بوتسوانا"), X("بوخارست"), X("بودابست"),
    X("بورتسودان"), X("بوروندي"), X("بوريل"), X("بوش"), X("بوغوتا"), X("بولتون"), X("بولندا"),
    X("بوليفيا"), X("بومبيو"), X("بوينس"), X("بيان"), X("بيانا"), X("بيانات"), X("بيانه"),
    X("بيرنز"), X("بيرو"), X("بيروت"), X("بيسكوف"), X("بيشكيك"), X("بيلوسوف"),
    X("بيونغيانغ"),
};
static const exc exc_ba_p[] = {
    P("بحث"), P("بدا"), P("بدل"), P("برلمان"), P("بريطاني"), P("بعث"), P("بلاد"), P("بلد"),
    P("بوتين"), P("بيلاروس"), P("بين"),
};

static const exc exc_lam_x[] = {  /* ل: before TXT-CL-2 and TXT-CL-4 */
    X("لاتفيا"), X("لاريجاني"), X("لافروف"), X("لاهاي"), X("لجان"), X("لجنة"), X("لدي"),
    X("لشبونة"), X("لكن"), X("لكنه"), X("لكنها"), X("لندن"), X("لواء"), X("لوكاشينكو"),
    X("لوكسمبورغ"), X("لولا"), X("ليال"), X("ليتوانيا"), X("ليس"), X("ليست"), X("ليلا"),
    X("ليلة"),
};
static const exc exc_lam_p[] = {
    P("لاجئ"), P("لاحظ"), P("لاحق"), P("لاعب"), P("لبنان"), P("لقاء"), P("لقائ"),
    P("ليبي"),
};

static const exc exc_kaf_x[] = {  /* ك: before TXT-CL-2 */
    X("كابول"), X("كاراكاس"), X("كارتر"), X("كازاخستان"), X("كامالا"), X("كاميرون"), X("كبار"),
    X("كتاب"), X("كراسنوف"), X("كرملين"), X("كلام"), X("كلما"), X("كلمات"), X("كلمة"),
    X("كلينتون"), X("كندا"), X("كوبا"), X("كورسك"), X("كوسوفو"), X("كوشنر"), X("كولومبيا"),
    X("كونغرس"), X("كيري"), X("كيلوج"), X("كيلوغ"), X("كينيا"), X("كييف"),
};
static const exc exc_kaf_p[] = {
    P("كارث"), P("كامل"), P("كان"), P("كبير"), P("كتب"), P("كفاء"), P("كندي"), P("كوري"),
    P("كوفيد"),
};

static const exc exc_sin_x[] = {  /* س: before TXT-CL-5 */
    X("ساحات"), X("ساركوزي"), X("ساعات"), X("ساعة"), X("سانشيز"), X("سبتمبر"), X("ستارمر"),
    X("ستوكهولم"), X("ستولتنبرغ"), X("سنغافورة"), X("سنوات"), X("سوريا"), X("سوناك"),
    X("سيئول"), X("سيبيريا"), X("سيناء"), X("سيناتور"), X("سينما"), X("سيول"),
};
static const exc exc_sin_p[] = {
    P("سابق"), P("ساحق"), P("ساحل"), P("ستيف"), P("سنوي"), P("سياد"), P("سيار"), P("سياس"),
    P("سيرج"), P("سيرغ"), P("سيطر"), P("سيناري"),
};

/* the names of the dictionary that TXT-CL-5 would read as future verbs (سيريل، سانتوس),
 * generated from data/dict/ by tools/gen_tables.py */
static const exc exc_sin_names_x[] = {
#include "gen/sin_names.inc"
};

/* … and those of its names that TXT-CL-1 would read as "and" and a word (واغادوغو، وهران) */
static const exc exc_waw_names_x[] = {
#include "gen/waw_names.inc"
};

static const exc exc_alef_x[] = {  /* ا: before TXT-CL-3 (ال that is not the article) */
    X("الا"), X("الاسكا"), X("الاف"), X("التقاه"), X("التقاها"), X("التقت"), X("التقوا"), X("التقي"),
    X("التقيا"), X("التقيت"), X("التقينا"), X("التي"), X("الذي"), X("الذين"), X("الف"), X("الفا"),
    X("الفين"), X("اللاتي"), X("اللتان"), X("اللتين"), X("اللذان"), X("اللذين"), X("الله"),
    X("اللهم"), X("اللواتي"), X("الي"), X("اليات"), X("اليه"), X("اليها"), X("اليهم"),
};
static const exc exc_alef_p[] = {
    P("البان"), P("الماني"),
};
#undef X
#undef P

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct exc_set {
    unsigned letter;
    const exc *x, *p;
    size_t nx, np;
} exc_set;

#define SET(l, name) \
    {l, exc_##name##_x, exc_##name##_p, COUNT(exc_##name##_x), COUNT(exc_##name##_p)}
static const exc_set exc_sets[] = {
    SET(L_WAW, waw), SET(L_FA, fa), SET(L_BA, ba), SET(L_LAM, lam), SET(L_KAF, kaf),
    SET(L_SIN, sin), SET(L_ALEF, alef), {L_SIN, exc_sin_names_x, NULL, COUNT(exc_sin_names_x), 0},
    {L_WAW, exc_waw_names_x, NULL, COUNT(exc_waw_names_x), 0},
};
#undef SET

static inline unsigned fold_unit(const uint8_t *p)
{
    unsigned u = (unsigned)p[0] << 8 | p[1];
    return u == L_TAMARBUTA ? L_HEH : u;
}

/* Compares the first m bytes of a and b (m even) as two-byte units with ة folded to ه. */
static inline int exc_cmp_units(const uint8_t *a, const uint8_t *b, size_t m)
{
    for (size_t k = 0; k + 1 < m; k += 2) {
        unsigned x = fold_unit(a + k), y = fold_unit(b + k);
        if (x != y) return x < y ? -1 : 1;
    }
    return 0;
}

/* Total order of the _x lists: by folded units, then shorter first. */
static int exc_cmp(const uint8_t *a, size_t an, const uint8_t *b, size_t bn)
{
    int c = exc_cmp_units(a, b, an < bn ? an : bn);
    if (c) return c;
    return an < bn ? -1 : an > bn;
}

/* An index of every entry (whole words and stems, all sets) by its first three letters, built
 * once (pthread_once) from the table so it can never disagree with it. A word is looked up by
 * its first six bytes as they are: each entry's group is filed under every spelling of its
 * three letters (ة or ه where the folded letter is ه), so the lookup needs no folding. One hash
 * probe rejects most words, and the few entries that share the prefix (الذي، الذين) are
 * compared in full. Every entry has at least three letters. */
enum { EXC_SLOTS = 2048, EXC_MAX = 1024, EXC_LENS = 32 };
/* lens: bit k set when a rest of k letters (k >= 31: bit 31) may equal or start with one of
 * the slot's entries, so that most words sharing the prefix (الاتفاق after الا) skip them. */
typedef struct exc_slot { uint64_t key; uint16_t first, count; uint32_t lens; } exc_slot;
typedef struct exc_filter {
    exc_slot slot[EXC_SLOTS];      /* key 0: empty */
    const exc *ent[EXC_MAX];       /* grouped by folded key */
    bool whole[EXC_MAX];           /* from an _x list */
} exc_filter;

/* The first three two-byte letters of w (six bytes there), folded; never 0. */
static inline uint64_t exc_key(const uint8_t *w)
{
    return (uint64_t)fold_unit(w) << 32 | (uint64_t)fold_unit(w + 2) << 16 | fold_unit(w + 4);
}

/* The first six bytes of w as they are (in this machine's byte order); never 0. */
static inline uint64_t raw_key(const uint8_t *w)
{
    uint32_t a;
    uint16_t b;
    memcpy(&a, w, sizeof a);
    memcpy(&b, w + 4, sizeof b);
    return (uint64_t)b << 32 | a;
}

static inline size_t exc_slot_of(uint64_t key)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 53) & (EXC_SLOTS - 1);
}

static exc_filter the_filter;
static pthread_once_t filter_once = PTHREAD_ONCE_INIT;

/* The lens bit of a rest of n bytes (two-byte letters). */
static inline unsigned exc_len_bit(size_t n)
{
    return n / 2 < EXC_LENS - 1 ? (unsigned)(n / 2) : EXC_LENS - 1;
}

/* Files entries [first, first + count) under every spelling of the three letters at w. */
static void exc_file(exc_filter *f, const uint8_t *w, size_t first, size_t count)
{
    uint32_t lens = 0;
    for (size_t i = first; i < first + count; i++) {
        const unsigned b = exc_len_bit(f->ent[i]->n);
        lens |= f->whole[i] ? (uint32_t)1 << b : UINT32_MAX << b;
    }
    for (unsigned v = 0; v < 8; v++) {      /* bit j: letter j spelt ة */
        uint8_t sp[6];
        memcpy(sp, w, sizeof sp);
        bool ok = true;
        for (unsigned j = 0; j < 3; j++) {
            const bool heh = fold_unit(w + 2 * j) == L_HEH, ta = v >> j & 1;
            if (ta && !heh) ok = false;
            else if (heh) { sp[2 * j] = ta ? 0xD8 : 0xD9; sp[2 * j + 1] = ta ? 0xA9 : 0x87; }
        }
        if (!ok) continue;
        const uint64_t key = raw_key(sp);
        size_t j = exc_slot_of(key);
        while (f->slot[j].key) j = (j + 1) & (EXC_SLOTS - 1);
        f->slot[j] = (exc_slot){key, (uint16_t)first, (uint16_t)count, lens};
    }
}

static void exc_filter_build(void)
{
    exc_filter *f = &the_filter;
    size_t total = 0;
    const exc *all[EXC_MAX];
    bool whole[EXC_MAX];
    for (size_t k = 0; k < COUNT(exc_sets); k++) {
        const exc_set *set = &exc_sets[k];
        for (size_t i = 0; i < set->nx && total < EXC_MAX; i++) { all[total] = &set->x[i]; whole[total++] = true; }
        for (size_t i = 0; i < set->np && total < EXC_MAX; i++) { all[total] = &set->p[i]; whole[total++] = false; }
    }
    /* group by folded key (a few hundred entries, once): each key's entries go out together */
    bool done[EXC_MAX] = {false};
    size_t out = 0;
    for (size_t i = 0; i < total; i++) {
        if (done[i]) continue;
        const uint8_t *w = (const uint8_t *)all[i]->w;
        const uint64_t key = exc_key(w);
        const size_t first = out;
        for (size_t m = i; m < total; m++) {
            if (done[m] || exc_key((const uint8_t *)all[m]->w) != key) continue;
            done[m] = true;
            f->ent[out] = all[m];
            f->whole[out++] = whole[m];
        }
        exc_file(f, w, first, out - first);
    }
}

/* TXT-CL-8: is the rest of the token w[0..n) a word that is not split here? */
static inline __attribute__((always_inline)) bool
is_exception(const exc_filter *f, const uint8_t *w, size_t n)
{
    if ((n & 1) || n < 6) return false;      /* entries: three or more two-byte letters */
    const uint64_t key = raw_key(w);
    size_t j = exc_slot_of(key);
    while (f->slot[j].key && f->slot[j].key != key) j = (j + 1) & (EXC_SLOTS - 1);
    if (!f->slot[j].key || !(f->slot[j].lens >> exc_len_bit(n) & 1)) return false;
    for (size_t i = f->slot[j].first, e = i + f->slot[j].count; i < e; i++) {
        const exc *x = f->ent[i];
        if (f->whole[i] ? n == x->n : n >= x->n) {
            /* the first three letters are equal: compare the rest */
            if (exc_cmp_units(w + 6, (const uint8_t *)x->w + 6, x->n - 6) == 0) return true;
        }
    }
    return false;
}

bool rasd_text_check_exceptions(void)
{
    for (size_t k = 0; k < COUNT(exc_sets); k++) {
        const exc_set *set = &exc_sets[k];
        const exc *lists[2] = {set->x, set->p};
        size_t counts[2] = {set->nx, set->np};
        for (int l = 0; l < 2; l++)
            for (size_t i = 0; i < counts[l]; i++) {
                const exc *e = &lists[l][i];
                const uint8_t *w = (const uint8_t *)e->w;
                if (e->n < 6 || (e->n & 1) || letter_at(w, e->n, 0) != set->letter) return false;
                for (size_t b = 0; b < e->n; b += 2)
                    if (w[b] < 0xD8 || w[b] > 0xDB || (w[b + 1] & 0xC0) != 0x80) return false;
                if (l == 0 && i > 0
                    && exc_cmp((const uint8_t *)lists[0][i - 1].w, lists[0][i - 1].n, w, e->n) >= 0)
                    return false;
            }
    }
    return true;
}

/* The word w of n bytes (Arabic letters, two bytes each) ends as a noun, a dual or a perfect
 * verb does and a first-person imperfect (سأعود، سأكون) does not: ت، ة، ا, or ين / ان. */
static bool nominal_end(const uint8_t *w, size_t n)
{
    const uint8_t a = w[n - 2], b = w[n - 1];
    if (a == 0xD8 && (b == 0xAA || b == 0xA9 || b == 0xA7)) return true;    /* ت ة ا */
    return a == 0xD9 && b == 0x86 && n >= 4 &&                               /* ن after ي or ا */
           ((w[n - 4] == 0xD9 && w[n - 3] == 0x8A) || (w[n - 4] == 0xD8 && w[n - 3] == 0xA7));
}

/* TXT-CL-1..9; see docs/text.md for the order and the limits. w is one Arabic token of three
 * or more letters that starts with a letter a rule strips (is_proclitic): the callers test
 * that, the token loop by its table of first letters. Its first CL_READ bytes are read as
 * letters with no test of n: past the word they must be no letter of the rules, as in the
 * token loop (the character after a token is no Arabic letter, and the text ends in two NULs).
 * Cases by the first letter: a conjunction, then س, a preposition, or the article. */
enum { CL_READ = 8 };
static unsigned clitics(const exc_filter *f, const uint8_t *w, size_t n, size_t letters,
                        size_t *stem)
{
    size_t p = 0;                          /* byte offset of what is left */
    size_t left = letters;                 /* letters left */
    unsigned cl = 0;

    /* TXT-CL-1: one conjunction. */
    unsigned c = letter_id(w);
    if (c == ID_WAW || c == ID_FA) {
        if (is_exception(f, w, n)) goto done;
        cl = c == ID_WAW ? RASD_CL_WA : RASD_CL_FA;
        p = 2; left--;
        c = letter_id(w + 2);
    }

    const unsigned c2 = letter_id(w + p + 2);
    if (c == ID_SIN && c2 >= ID_ALEF) {
        /* TXT-CL-5: future sa- before an imperfect prefix (ا ي ت ن); the verb keeps >= 4
         * letters; before ا (أ, the first person, which normalization writes ا) not on a word
         * with an ending no such verb takes (ساعتين، ساعدت، سافرت، سابقا) */
        if (left - 1 >= 4 && !(c2 == ID_ALEF && nominal_end(w, n)) && !is_exception(f, w + p, n - p)) {
            cl |= RASD_CL_SA; p += 2; left--;
        }
        goto done;
    }
    if (c >= ID_BA && c <= ID_KAF) {
        if (is_exception(f, w + p, n - p)) goto done;
        const unsigned bit = RASD_CL_BI << (c - ID_BA);      /* BI, LI, KA */
        if (c == ID_LAM && c2 == ID_LAM) {
            /* TXT-CL-4: لل is li + al, unless the word after li itself starts with ل. */
            if (left - 2 >= 2 && !is_exception(f, w + p + 2, n - p - 2)) {
                cl |= RASD_CL_LI | RASD_CL_AL; p += 4; left -= 2;
                goto done;
            }
        } else if (c2 == ID_ALEF && letter_id(w + p + 4) == ID_LAM && left - 3 >= 2
                   && !is_exception(f, w + p + 2, n - p - 2)) {
            /* TXT-CL-2 + TXT-CL-3: preposition and article. */
            cl |= bit | RASD_CL_AL; p += 6; left -= 3;
            goto done;
        }
        if (left - 1 >= 3) { cl |= bit; p += 2; left--; }   /* TXT-CL-2, TXT-CL-6 */
        goto done;
    }
    /* TXT-CL-3: the article. */
    if (c == ID_ALEF && c2 == ID_LAM && left >= 4 && !is_exception(f, w + p, n - p)) {
        cl |= RASD_CL_AL; p += 4; left -= 2;
    }

done:
    /* TXT-CL-6: without ال (or سـ), what is left after single-letter proclitics keeps at
     * least 3 letters (the preposition step already asked for 3). */
    if (cl && !(cl & (RASD_CL_AL | RASD_CL_SA)) && left < 3) {
        cl = 0; p = 0;
    }
    *stem = p;
    return cl;
}

static void ar16_build(void);
static void tables_build(void)
{
    exc_filter_build();
    ar16_build();
}

/* The tables are built once; after that, one load tells (no call per text). */
static _Atomic bool tables_ready;

static const exc_filter *exc_filter_get(void)
{
    if (!atomic_load_explicit(&tables_ready, memory_order_acquire)) {
        pthread_once(&filter_once, tables_build);
        atomic_store_explicit(&tables_ready, true, memory_order_release);
    }
    return &the_filter;
}

/* The letters a proclitic rule can strip first (TXT-CL-1..5: و ف ب ل ك س ا), by ID_*; ar16
 * marks them AR_PROC. */
static bool is_proclitic(unsigned id)
{
    return id >= ID_WAW && id <= ID_ALEF;
}

unsigned rasd_text_clitics(const char *word, size_t n, size_t *stem)
{
    const uint8_t *w = (const uint8_t *)word;
    const size_t letters = count_letters(w, n, n);
    const exc_filter *f = exc_filter_get();    /* and ar16 */
    /* clitics reads the first CL_READ bytes with no test of n: a shorter word is read from a
     * copy that ends in NULs, which are no letter */
    uint8_t pad[CL_READ] = {0};
    if (n < sizeof pad) {
        if (n) memcpy(pad, w, n);
        w = pad;
    }
    *stem = 0;
    if (!(ar16[rasd_text_load16(w)] & AR_PROC) || letters < 3) return 0;
    return clitics(f, w, n, letters, stem);
}

/* ---- tokens (TXT-TK-*) and sentences (TXT-SE-*) -------------------------------------------- */

static void ar16_build(void)
{
    for (unsigned lead = 0; lead < 4; lead++)
        for (unsigned b = 0x80; b < 0xC0; b++) {
            if (ar_cls[lead << 6 | (b & 0x3F)] != C_ARABIC) continue;
            const uint8_t pair[2] = {(uint8_t)(0xD8 + lead), (uint8_t)b};
            const unsigned id = letter_id_of((lead << 8 | b) + 0xD800);
            ar16[rasd_text_load16(pair)] =
                (uint8_t)(id << AR_ID_SHIFT | (is_proclitic(id) ? AR_PROC : 0) | AR_LETTER);
        }
}

/* Sentence state while the tokens are made (TXT-SE-*): the sentences are found in the same
 * pass, token by token, as each token is pushed. */
/* Quote state (TXT-SE-6): open curly and guillemet quotes, and the straight quote. */
typedef struct quotes { int curly, guil; bool straight; } quotes;

typedef struct sent_state {
    quotes q;
    size_t first;              /* first token of the open sentence */
    bool pending;              /* a terminator was seen; the sentence ends before the next
                                  token that is not a terminator or an adjacent closer */
    bool words;                /* the open sentence has a token that is not punctuation */
    bool defer;                /* the previous token is a '.' glued to a Latin or number token:
                                  a terminator unless this token is a glued Latin or number
                                  token (TXT-SE-5, example.com) */
    rasd_sentence *sent;       /* the sentences so far: buf, or the heap when it is full */
    size_t nsent, cap;
    rasd_sentence buf[32];
} sent_state;

/* A punctuation token is one character (TXT-TK-4): its bytes as one number ("." is 0x2E, "؟"
 * 0xD89F, "…" 0xE280A6), which tells the characters apart as comparing the bytes would. */
static inline uint32_t punct_code(const uint8_t *p, size_t n)
{
    uint32_t u = 0;
    for (size_t j = 0; j < n && j < 4; j++) u = u << 8 | p[j];
    return u;
}

/* TXT-SE-1: . ! ? ؟ … ۔ */
static inline bool is_terminator(uint32_t pc)
{
    return pc == '.' || pc == '!' || pc == '?' || pc == 0xD89F || pc == 0xE280A6 || pc == 0xDB94;
}

/* Closing quotes and brackets that stay with the sentence they follow: " ' ) ] } ” » ’ */
static bool is_closer(uint32_t pc)
{
    return pc == '"' || pc == '\'' || pc == ')' || pc == ']' || pc == '}' || pc == 0xE2809D
        || pc == 0xC2BB || pc == 0xE28099;
}

/* Quote state (TXT-SE-6). For each pair, an opener opens; a closer closes an open quote and
 * otherwise opens one (texts use ” and » on both sides). The straight quote toggles. */
static void quote_update(uint32_t pc, quotes *q)
{
    if (pc == '"') q->straight = !q->straight;
    else if (pc == 0xE2809C || pc == 0xE2809E) q->curly++;                /* “ „ */
    else if (pc == 0xE2809D) q->curly += q->curly > 0 ? -1 : 1;           /* ” */
    else if (pc == 0xC2AB) q->guil++;                                     /* « */
    else if (pc == 0xC2BB) q->guil += q->guil > 0 ? -1 : 1;               /* » */
}

static bool tok_is(const rasd_text *t, const rasd_token *k, const char *lit)
{
    size_t n = strlen(lit);
    return k->end - k->start == n && memcmp(t->norm + k->start, lit, n) == 0;
}

/* TXT-SE-5 for the '.' token k (not the first token), as far as the tokens before it tell:
 * 1 when it is not a terminator (glued to a single-letter word or a Latin abbreviation), 2
 * when the next token decides (glued to a Latin or number token), 0 when it is one. */
static int abbrev_dot(const rasd_text *t, const rasd_token *k)
{
    static const char *const latin_abbrev[] = {
        "mr", "mrs", "ms", "dr", "prof", "gen", "st", "jr", "sr", "vs", "no", "col", "lt", "sen",
    };
    const rasd_token *pv = k - 1;
    if (pv->end != k->start) return 0;
    if (pv->kind == RASD_TOK_ARABIC || pv->kind == RASD_TOK_LATIN) {
        const uint8_t *w = (const uint8_t *)t->norm + pv->start;
        if (count_letters(w, pv->end - pv->start, 2) == 1) return 1;  /* أ.ف.ب  U.S.  م. */
    }
    if (pv->kind == RASD_TOK_LATIN) {
        for (size_t a = 0; a < COUNT(latin_abbrev); a++)
            if (tok_is(t, pv, latin_abbrev[a])) return 1;
    }
    if (pv->kind == RASD_TOK_LATIN || pv->kind == RASD_TOK_NUMBER) return 2;
    return 0;
}

static void push_sentence(rasd_text *t, sent_state *st, size_t first, size_t end)
{
    if (st->nsent == st->cap) {
        st->cap *= 2;
        if (st->sent == st->buf) {
            st->sent = rasd_xrealloc(NULL, st->cap * sizeof *st->sent);
            memcpy(st->sent, st->buf, sizeof st->buf);
        } else {
            st->sent = rasd_xrealloc(st->sent, st->cap * sizeof *st->sent);
        }
    }
    rasd_sentence *s = &st->sent[st->nsent++];
    s->tok_first = first;
    s->tok_end = end;
    s->start = t->tok[first].start;
    s->end = t->tok[end - 1].end;
}

/* The sentence step for token i, just pushed; nl: a newline lies between it and token i - 1. */
static inline void sentence_step(rasd_text *t, sent_state *st, size_t i, bool nl)
{
    rasd_token *k = &t->tok[i];
    const bool punct = k->kind == RASD_TOK_PUNCT;
    const uint32_t pc = punct ? punct_code((const uint8_t *)t->norm + k->start, k->end - k->start) : 0;
    if (st->defer) {                        /* the '.' before: example.com is not an end */
        st->defer = false;
        if (!(k[-1].end == k->start && (k->kind == RASD_TOK_LATIN || k->kind == RASD_TOK_NUMBER)))
            st->pending = true;
    }
    if (i > st->first) {
        bool brk = false;
        if (nl) {                                                         /* TXT-SE-2 */
            brk = true;
            st->q = (quotes){0, 0, false};
        } else if (st->pending) {
            bool glued = k[-1].end == k->start;
            if (!(is_terminator(pc) || (glued && is_closer(pc)))) {
                brk = st->q.curly <= 0 && st->q.guil <= 0 && !st->q.straight;   /* TXT-SE-6 */
                st->pending = false;
            }
        }
        if (brk) {
            push_sentence(t, st, st->first, i);
            st->first = i;
            st->pending = false;
            st->words = false;
        }
    }
    k->sentence = st->nsent;
    if (!punct) {
        st->words = true;
        return;
    }
    quote_update(pc, &st->q);
    if (st->words && is_terminator(pc)) {                             /* TXT-SE-1, -5, -7 */
        int a = pc == '.' && i > 0 ? abbrev_dot(t, k) : 0;
        if (a == 0) st->pending = true;
        else if (a == 2) st->defer = true;
    }
}

/* The rest of an Arabic word from k, whose letters before k number *letters: its further
 * letters and marks, added to *letters; returns the position past them. Two-byte letters of the
 * Arabic block go by table, with no test of n: the text ends in two NULs (text.h), which are no
 * letter. ASCII (and so the NULs) is never a letter or mark of the Arabic class. (Positions are
 * passed by value so that the token loop's own stays in a register.) */
static size_t arabic_run(const uint8_t *s, size_t n, size_t k, size_t *letters)
{
    size_t l;
    for (;;) {
        const size_t j = k;
        while (ar16[rasd_text_load16(s + k)]) k += 2;
        *letters += (k - j) / 2;
        if (s[k] < 0x80) break;
        int d = class_at(s, n, k, &l);
        if (d != C_ARABIC && d != C_MARK) break;
        k += l;
        ++*letters;
    }
    return k;
}

/* A token that does not start with a two-byte letter of the Arabic block, at s[i] (not a
 * space): its kind and *letters (only counted for Arabic words; 0 when the character is a space
 * or newline, which is no token); returns the position past it. */
static size_t other_token(const uint8_t *s, size_t n, size_t i, rasd_token_kind *kind,
                          size_t *letters)
{
    size_t l;
    *letters = 1;
    int c = class_at(s, n, i, &l);
    if (c == C_SPACE) { *letters = 0; return i + l; }
    size_t k = i + l;
    /* An if-chain, most frequent first: a jump table mispredicts on every token. */
    if (c == C_ARABIC || c == C_LATIN || c == C_LETTER || c == C_MARK) {  /* TK-1, -2, -7 */
        if (c == C_MARK) c = C_LETTER;
        if (c == C_ARABIC) {
            k = arabic_run(s, n, k, letters);
            *kind = RASD_TOK_ARABIC;
        } else {
            while (k < n) {
                if (c == C_LATIN)                            /* fast path: ASCII letters */
                    while (k < n && (uint8_t)(s[k] - 'a') < 26) k++;
                if (k >= n || s[k] == ' ') break;
                int d = class_at(s, n, k, &l);
                if (d != c && d != C_MARK) break;
                k += l;
            }
            *kind = c == C_LATIN ? RASD_TOK_LATIN : RASD_TOK_OTHER;
        }
    } else if (c == C_PUNCT) {                                            /* TXT-TK-4 */
        *kind = RASD_TOK_PUNCT;
    } else if (c == C_DIGIT) {                                            /* TXT-TK-3 */
        for (;;) {
            while (k < n && s[k] >= '0' && s[k] <= '9') k++;
            if (k + 1 < n && (s[k] == '.' || s[k] == ',' || s[k] == ':' || s[k] == '/')
                && s[k + 1] >= '0' && s[k + 1] <= '9') { k++; continue; }
            break;
        }
        *kind = RASD_TOK_NUMBER;
    } else {                                                              /* TXT-TK-5 */
        *kind = RASD_TOK_OTHER;
    }
    return k;
}

/* Tokens (TXT-TK-*), the proclitics of each Arabic token (TXT-CL-*) while its bytes are at
 * hand, and the sentences (TXT-SE-*), in one pass over the normalized text. The text is valid
 * UTF-8 followed by two NULs (normalize.c), so reading the two bytes at any i <= n is safe.
 * Words that start with a two-byte Arabic letter (most tokens) take the inline path; a token
 * that is not punctuation, with no sentence end pending, takes the sentence step's short path
 * (it joins the open sentence). */
/* Space for `bytes` of tokens, sentences and aux words (text.h), keeping the first `keep` bytes
 * of tok (NULL at first): the room in the text's block while they fit, then the heap. */
static __attribute__((noinline)) rasd_token *
tok_space(rasd_text *t, rasd_token *tok, size_t keep, size_t bytes)
{
    if (!tok && bytes <= t->room_bytes) return t->room;
    if (tok && tok != t->room) return rasd_xrealloc(tok, bytes);
    rasd_token *p = rasd_xrealloc(NULL, bytes);
    if (keep) memcpy(p, tok, keep);
    return p;
}

static void tokenize(rasd_text *t, const exc_filter *f)
{
    const uint8_t *s = (const uint8_t *)t->norm;
    const size_t n = t->len;
    size_t cap = n / 7 + 16, i = 0;       /* Arabic news has about one token per 9 bytes */
    if (t->room_bytes / sizeof(rasd_token) > cap) cap = t->room_bytes / sizeof(rasd_token);
    rasd_token *tok = tok_space(t, NULL, 0, cap * sizeof *tok);
    size_t ntok = 0;
    sent_state st;                        /* every field but buf (1 KB, not zeroed per text) */
    st.q = (quotes){0, 0, false};
    st.first = 0;
    st.pending = st.words = st.defer = false;
    st.sent = st.buf;
    st.nsent = 0;
    st.cap = COUNT(st.buf);
    bool nl = false;                      /* a newline since the last token */
    t->tok = tok;
    for (;;) {
        i += s[i] == ' ';                 /* one space between tokens, with no branch */
        while (s[i] == ' ') i++;
        if (i >= n) break;
        const size_t start = i;
        size_t letters;
        rasd_token_kind kind = RASD_TOK_ARABIC;
        const unsigned first = ar16[rasd_text_load16(s + i)];
        if (first) {                                                      /* TXT-TK-1 */
            i += 2;
            /* two letters per step (after a letter the two bytes past it are readable) */
            while (ar16[rasd_text_load16(s + i)] && ar16[rasd_text_load16(s + i + 2)]) i += 4;
            if (ar16[rasd_text_load16(s + i)]) i += 2;
            letters = (i - start) / 2;
            if (s[i] >= 0x80) i = arabic_run(s, n, i, &letters);
        } else {
            i = other_token(s, n, i, &kind, &letters);
            if (!letters) { nl |= s[start] == '\n'; continue; }
        }
        if (ntok == cap) {
            cap *= 2;
            t->tok = tok = tok_space(t, tok, ntok * sizeof *tok, cap * sizeof *tok);
        }
        rasd_token *k = &tok[ntok];
        k->kind = kind;
        k->start = start;
        k->end = i;
        k->stem = start;
        k->clitics = 0;
        /* TXT-CL-9: clitics returns 0 unless the word starts with a letter it strips and has
         * three letters */
        if ((first & AR_PROC) && letters >= 3) {
            size_t stem;
            k->clitics = clitics(f, s + start, i - start, letters, &stem);
            k->stem = start + stem;
        }
        if (kind != RASD_TOK_PUNCT && !(nl | st.pending | st.defer)) {
            k->sentence = st.nsent;       /* sentence_step's result here */
            st.words = true;
            ntok++;
        } else {
            sentence_step(t, &st, ntok++, nl);
            nl = false;
        }
    }
    t->ntok = ntok;
    if (st.first < ntok) push_sentence(t, &st, st.first, ntok);
    /* the tokens, the sentences and one aux word per token, in one block (text.h); the block
     * was sized for one token per 7 bytes, so it nearly always has the room already */
    size_t need = ntok * sizeof *tok + st.nsent * sizeof *t->sent + ntok * sizeof *t->aux;
    if (need > cap * sizeof *tok) t->tok = tok = tok_space(t, tok, ntok * sizeof *tok, need);
    t->sent = (rasd_sentence *)(void *)(tok + ntok);
    t->nsent = st.nsent;
    if (st.nsent) memcpy(t->sent, st.sent, st.nsent * sizeof *t->sent);
    if (st.sent != st.buf) free(st.sent);
    t->aux = (uint32_t *)(void *)(t->sent + st.nsent);
    memset(t->aux, 0, ntok * sizeof *t->aux);
    t->aux_key = NULL;
}

/* ---- entry points ------------------------------------------------------------------------- */

void rasd_text_analyze(rasd_text *t)
{
    if (!t || t->analyzed) return;
    t->analyzed = true;
    tokenize(t, exc_filter_get());
}

/* Number of tokens; computes tokens and sentences on first call. NULL gives 0. */
size_t rasd_text_ntokens(rasd_text *t)
{
    if (!t) return 0;
    if (!t->analyzed) rasd_text_analyze(t);   /* the test here: these are called per token */
    return t->ntok;
}

/* Token i, owned by t (valid until rasd_text_free), or NULL when i is out of range. */
const rasd_token *rasd_text_token(rasd_text *t, size_t i)
{
    return rasd_text_token_inline(t, i);
}

/* Number of sentences (a sentence has at least one token). NULL gives 0. */
size_t rasd_text_nsentences(rasd_text *t)
{
    rasd_text_analyze(t);
    return t ? t->nsent : 0;
}

/* Sentence i; any out-pointer may be NULL. Out of range: the empty span [len, len) and the
 * empty token range [ntokens, ntokens). */
void rasd_text_sentence(rasd_text *t, size_t i, size_t *start, size_t *end,
                        size_t *tok_first, size_t *tok_end)
{
    rasd_text_analyze(t);
    rasd_sentence none = {0, 0, 0, 0};
    if (t) none = (rasd_sentence){t->len, t->len, t->ntok, t->ntok};
    const rasd_sentence *s = t && i < t->nsent ? &t->sent[i] : &none;
    if (start) *start = s->start;
    if (end) *end = s->end;
    if (tok_first) *tok_first = s->tok_first;
    if (tok_end) *tok_end = s->tok_end;
}
