/* entity.c — actors, countries, places and organizations (issue #4). Interface: entity.h;
 * rules ENT-1 … ENT-13: docs/entities.md; tests: tests/unit/test_entity.c.
 *
 *   ENT-1 names: at each token the longest dictionary form wins (first token whole, or its stem
 *         after proclitics, ال agreeing; later tokens whole)
 *   ENT-2 kinds at equal length: a person's full name, an organization, a place, a country, a
 *         short form, an adjective, a metonym; a place that is also a metonym keeps that country
 *   ENT-3 titles: TITLE [institution] [COUNTRY|ORG] [NAME]; an explicit name wins (also a
 *         surname kept out of the short forms: الرئيس عون), else the holder of the title's role
 *         for that country or organization on the date
 *   ENT-4 role by date: the date in force at the mention (the last full date before it in the
 *         block, else the publication date; without either, the terms still open)
 *   ENT-5 counterpart: نظيره/نظيرته + COUNTRY: the holder there of the role of the last actor
 *   ENT-6 predecessor and former: سلفه/سلفها; TITLE [COUNTRY] السابق without a name
 *   ENT-7 coreference: a bare title after a named holder of it (also الوزير + a country's adjective
 *         after a minister of that country); the surname of a full name
 *         mentioned earlier in the article (also one that is a country's adjective, unless it
 *         qualifies a definite noun: الوفد السوداني)
 *   ENT-8 pairs: الرئيسان، الزعيمان، الطرفان، الجانبان، الرجلان (and their -ين forms) → the last two persons
 *         named; الرئيسان الأمريكي والروسي → each country's leader; الرئيسان with no two presidents
 *         named → the presidents of the countries of the last two persons named
 *   ENT-9 roles of a named person: the one the title names, else the first they held that day;
 *         a title in construct or ending in باسم before a name makes that name its principal
 *         ("مبعوث ترمب": Trump's envoy), and a second name after it the holder
 *   ENT-10 capitals: العاصمة + a country's adjective, عاصمة + its name → its capital
 *   ENT-11 honorific pronouns: سموه، جلالته، فخامته، معاليه → the last person named of that rank
 *         (a king; a Gulf ruler or prince; a president; a minister)
 *   ENT-12 home: a bare title no one named holds, in a national outlet's copy (tag.c finds the
 *         outlet's country) → its holder there
 *   ENT-13 which holder: among several at once, the one an envoy's destination or a title's
 *         office (titles.tsv) names
 *
 * Speed/Cost: one pass over the tokens. A token's dictionary groups (one hash per spelling
 * variant) are looked up once per text and dictionary and summed up in the text's aux word
 * (token_forms), so rasd_form_at, which the event stage calls at every token of a candidate
 * sentence, costs a load and a test at a word that starts no form (inline, entity.h); the aux word also keeps the
 * group of a word with one spelling that starts forms, so a second look at it (rasd_form_at, the
 * scan's look-ahead) needs no hash. A group's forms are
 * visited only when they can match: its one-token forms and those whose second token is the
 * next token (rasd_dict_group_forms_next), not the 100-odd forms under محمد or علي (على).
 * A word not starting with و ف ب ل س has one spelling; the scan takes it and its groups inline
 * and walks the groups only when one has an entity form. One hash of a word's last three
 * letters (end_hash) serves two filters before any comparison: the surnames met (ENT-7,
 * alias_bit) and the thirty-odd words entity.c looks for (ENT-5, ENT-6, ENT-8 and those around
 * a title: special_tab, 4096 entries; about 1 % of words pass). Measured
 * (callgrind, rasd extract on 3 MB of news JSONL): rasd_entity_find about 24 instructions per
 * input byte (was 38), the spellings' lookups (rasd_dict_group(s)) about a sixth of it;
 * rasd_form_search about 265 a word it is asked about.
 */
#include "tag/entity.h"

#include "text/text.h"

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ---- article state (ENT-7, ENT-8) ------------------------------------------------------------- */

/* A person named: where (the count of texts scanned before, and the sentence), and whether he is
 * named as one who died (ENT-11 takes no pronoun to him). */
typedef struct seen {
    uint32_t ent;
    rasd_role_kind role;
    const char *of;
    uint32_t text, sent;
    bool gone;
    bool bare;   /* named after a title with no country ("الرئيس عبد الفتاح السيسي"): ENT-7's home side */
    size_t end;  /* the token after his mention in its text */
    bool dated;  /* named in a time adjunct, as one who took office ("بعد يوم من تنصيب الرئيس الأمريكي
                  * دونالد ترامب"): no one of a pair (ENT-8) */
    bool served; /* named as an agent's principal ("مستشار قائد الثورة الإسلامية"): no one of a pair */
    bool attends; /* named among those present (بحضور …): no one of a pair of leaders (ENT-8) */
} seen;
typedef struct alias { char w[48]; size_t n; uint32_t ent; } alias;   /* n: strlen(w) */

struct rasd_entstate {
    rasd_buf seen;      /* seen: persons in order of mention */
    rasd_buf aliases;   /* alias: surnames of full names met */
    uint64_t alias_bits[4]; /* alias_bit of every surname: a filter before the list */
    uint32_t texts;     /* texts scanned: seen's order across the blocks of an article */
    char home[8];       /* ENT-12: the outlet's country, or "" */
    int crowned;        /* ENT-12: rasd_dict_crowned(home), -1 not asked yet */
};

static pthread_once_t special_once = PTHREAD_ONCE_INIT;
static void special_init(void);   /* the filter of ENT-5, ENT-6, ENT-8 (the scan) */

rasd_entstate *rasd_entstate_new(void)
{
    pthread_once(&special_once, special_init);   /* before any scan */
    return rasd_xalloc(sizeof(rasd_entstate));
}

void rasd_entstate_set_home(rasd_entstate *s, const char *code)
{
    s->home[0] = 0;
    if (code && strlen(code) < sizeof s->home) strcpy(s->home, code);
    s->crowned = -1;
}

void rasd_entstate_free(rasd_entstate *s)
{
    if (!s) return;
    rasd_buf_free(&s->seen);
    rasd_buf_free(&s->aliases);
    free(s);
}

/* ---- context ----------------------------------------------------------------------------------- */

typedef struct cx {
    const rasd_dict *d;
    rasd_entstate *st;
    rasd_text *t;
    const char *p;
    size_t nt;
    const rasd_datemap *dates;
    rasd_buf *out;
    const rasd_token *toks;   /* the text's token array (computed before the scan) */
    const rasd_entity *ents;  /* the dictionary's entities (the scan's; rasd_form_at needs none) */
    const rasd_dict_tok *dtoks;   /* and its form tokens, as arrays */
} cx;

static void aux_sync(const cx *c, size_t stamp);

/* Fills the context's views of t (analyzed) and d's form tokens, and makes t's aux words d's. */
static inline void cx_init(cx *c, const rasd_dict *d, rasd_text *t)
{
    c->d = d; c->t = t;
    c->p = t->norm; c->nt = t->ntok; c->toks = t->tok;
    const size_t nforms = rasd_dict_nforms(d);
    c->dtoks = nforms ? rasd_dict_token(d, 0) : NULL;
    aux_sync(c, nforms);
}

static const rasd_token *tk(const cx *c, size_t i) { return &c->toks[i]; }

static bool str_eq(const char *a, size_t an, const char *b)
{
    size_t bn = strlen(b);
    return an == bn && memcmp(a, b, an) == 0;
}

/* Token i is the normalized word w (whole or as its stem). */
static inline bool word_n(const cx *c, size_t i, const char *w, size_t n)
{
    if (i >= c->nt) return false;   /* rasd_text_token_is on the analyzed text, without the checks */
    const rasd_token *k = tk(c, i);
    return (k->end - k->start == n && (n == 0 || c->p[k->start] == w[0]) && memcmp(c->p + k->start, w, n) == 0) ||
           (k->end - k->stem == n && (n == 0 || c->p[k->stem] == w[0]) && memcmp(c->p + k->stem, w, n) == 0);
}

/* ---- the words entity.c looks for (whole or as a token's stem) ------------------------------- */

typedef struct lit { const char *w; size_t n; } lit;
#define LIT(s) {s, sizeof(s) - 1}
static const lit counterpart_words[] = {LIT("نظيره"), LIT("نظيرته"), LIT("نظيرها"), LIT("نظيريه")};   /* ENT-5 */
static const lit his_guest_words[] = {LIT("ضيفه"), LIT("ضيفها")};   /* ENT-7: "استقبل بوتين ضيفه التركي" */
static const lit guest_words[] = {LIT("الضيف"), LIT("الضيفه"), LIT("الضيفة"), LIT("للضيف"), LIT("ضيفه"), LIT("ضيفها")};   /* ENT-7 */
static const lit predecessor_words[] = {LIT("سلفه"), LIT("سلفها")};                                  /* ENT-6 */
/* ENT-8: words for those the two sent, before a pair word in construct ("وفدي الطرفين") */
static const lit envoys_of_words[] = {LIT("وفدي"), LIT("وفدا"), LIT("وفد"), LIT("ممثلي"), LIT("ممثلو"), LIT("مبعوثي"), LIT("مبعوثا")};
static const lit pair_words[] = {                                                                    /* ENT-8 */
    LIT("الرئيسان"), LIT("الرئيسين"), LIT("الزعيمان"), LIT("الزعيمين"), LIT("الطرفان"), LIT("الطرفين"),
    LIT("الجانبان"), LIT("الجانبين"), LIT("الزعيمان"), LIT("القائدان"), LIT("القائدين"), LIT("الوزيران"), LIT("الوزيرين"),
    LIT("الرجلان"), LIT("الرجلين")};
/* before a title: not its holder (نائبه is also نائبة, the feminine) */
static const lit deputy_words[] = {LIT("نائب"), LIT("نائبه"), LIT("مساعد"), LIT("مساعده"), LIT("وكيل"),
                                   LIT("باعمال")};   /* (القائم بأعمال رئيس الجمهورية: the acting one) */
static const lit ordinal_words[] = {LIT("الاول"), LIT("الثاني"), LIT("الثالث")};   /* النائب الثاني لرئيس … */
/* institutions between a title and its country (title_at) */
static const lit foreign_words[] = {LIT("الخارجيه"), LIT("خارجيه")};
static const lit kremlin_words[] = {LIT("الرئاسه"), LIT("الكرملين")};
static const lit other_inst_words[] = {LIT("الحكومه"), LIT("الدفاع"), LIT("الجيش")};
/* (also dismissed, المقال; and the father: "الأمير الوالد الشيخ حمد بن خليفة" is not the emir) */
static const lit former_words[] = {LIT("السابق"), LIT("السابقه"), LIT("الاسبق"), LIT("المقال"), LIT("المقاله"), LIT("الوالد")};
static const lit elect_words[] = {LIT("المنتخب"), LIT("المنتخبه")};
static const lit honorific_words[] = {LIT("السيد"), LIT("السيده"), LIT("الشيخ")};
/* ENT-12: the rank nouns of honorifics, and the day, before a title (صاحب السمو الملكي، صاحب
 * الجلالة، "استقبل اليوم رئيس الجمهورية") */
static const lit rank_words[] = {LIT("السمو"), LIT("الملكي"), LIT("الجلاله"), LIT("الفخامه"), LIT("المعالي"),
                                 LIT("السعاده"), LIT("اليوم")};
/* ENT-11: the honorific pronouns, in pairs by rank (rank_of): سمو، جلالة، فخامة، معالي.
 * دولته، سعادته and سيادته are left out: they are as often "his state", "his happiness" and
 * "his sovereignty". */
static const lit bin_words[] = {LIT("بن"), LIT("بنت")};   /* ENT-1: a lineage */
/* ENT-1: buildings and places named after someone, before whose name a short form names no one
 * ("بفندق كابيلا"، "مطار الملك خالد" is a full name's business) */
static const lit venue_words[] = {LIT("فندق"), LIT("قصر"), LIT("مطار"), LIT("شارع"), LIT("جامعه"), LIT("مسجد"),
                                  LIT("ميدان"), LIT("مستشفي"), LIT("قاعه"), LIT("ملعب"), LIT("جسر"), LIT("مدرسه"),
                                  LIT("ساحه"), LIT("منتجع")};
static const lit minister_words[] = {LIT("الوزير"), LIT("الوزيره")};   /* ENT-7: الوزير الألماني */
static const lit honpron_words[] = {LIT("سموه"), LIT("سموها"), LIT("جلالته"), LIT("جلالتها"),
                                    LIT("فخامته"), LIT("فخامتها"), LIT("معاليه"), LIT("معاليها"),
                                    LIT("سيادته"), LIT("سيادتها")};   /* (a president's, as فخامته) */
/* an agent's title right before a title of his principal: in construct ("ممثل الأمين العام"،
 * "المتحدث باسم الرئيس"، "مستشار قائد الثورة"، "سفير خادم الحرمين الشريفين"), or before لـ with the
 * adjective too ("المبعوث الخاص للأمين العام") */
static const lit agent_words[] = {LIT("مبعوث"), LIT("مبعوثه"), LIT("ممثل"), LIT("ممثله"), LIT("باسم"),
                                  LIT("مستشار"), LIT("مستشاره"), LIT("سفير"), LIT("سفيره"), LIT("مساعد"),
                                  LIT("مساعده"), LIT("مندوب"), LIT("مندوبه"), LIT("موفد"), LIT("موفده"),
                                  LIT("مستشاري")};
/* honorifics a name may follow after an agent's word ("مستشار آية الله السيد علي خامنئي") */
static const lit reverend_words[] = {LIT("السيد"), LIT("السيده"), LIT("الشيخ"), LIT("ايه"), LIT("الله"), LIT("العظمي"),
                                     LIT("الامير"), LIT("الدكتور")};
static const lit special_agent_words[] = {LIT("خاص"), LIT("خاصه"), LIT("شخصي"), LIT("الشخصي")};
/* Words right before one named as having died ("بوفاة الشيخ نواف"، "الراحل"، "الفقيد"), or been
 * deposed ("الانقلاب الذي أطاح بالرئيس محمد بازوم"، "بعد الإطاحة بالرئيس"): no party of a pair
 * named later. */
static const lit gone_words[] = {LIT("وفاه"), LIT("رحيل"), LIT("الراحل"), LIT("الفقيد"), LIT("فقيد"), LIT("مقتل"),
                                 LIT("اغتيال"), LIT("استشهاد"), LIT("اطاح"), LIT("الاطاحه")};
/* the honorifics of rank one named as gone may have before his name ("في وفاة فخامة الرئيس") */
static const lit ranks_words[] = {LIT("فخامه"), LIT("سمو"), LIT("جلاله"), LIT("صاحب"), LIT("حضره"), LIT("معالي"),
                                  LIT("السمو"), LIT("الجلاله"), LIT("الملكي")};
#undef LIT
#define NWORDS(a) (sizeof (a) / sizeof *(a))

/* A hash of a word of six bytes or more (0 .. 2^END_BITS - 1) from its last six bytes (three
 * letters): a word and its stem end alike, so one hash serves both. Its top eight bits are the
 * word's bit in the article's filter of surnames (alias_bit). */
enum { END_BITS = 12 };
static inline unsigned end_hash(const char *w, size_t n)
{
    uint32_t lo;
    uint16_t hi;
    memcpy(&lo, w + n - 4, 4);
    memcpy(&hi, w + n - 6, 2);
    return (unsigned)((((uint64_t)hi << 32 | lo) * 0x9E3779B97F4A7C15ull) >> (64 - END_BITS));
}

static inline unsigned alias_bit(unsigned end) { return end >> (END_BITS - 8); }

/* Which lists above a word may be in, by its end_hash (special_init fills it once, from
 * rasd_entstate_new): a filter, so that most tokens are compared with none of their words
 * (about 1 % of words pass). Every word has three letters or more: the six bytes end_hash reads. */
enum { SP_COUNTERPART = 1, SP_PREDECESSOR = 2, SP_PAIR = 4, SP_DEPUTY = 8, SP_INSTITUTION = 16, SP_FORMER = 32,
       SP_ELECT = 64, SP_HONORIFIC = 128, SP_HONPRON = 256,
       SP_MINISTER = 512, SP_GONE = 1024, SP_GUEST = 2048, SP_VENUE = 4096, SP_AGENT = 8192, SP_REVEREND = 16384,
       SP_RANK = 32768 };
static uint16_t special_tab[1u << END_BITS];

/* Which of words[0..n) token i is, from 1, or 0. */
static size_t word_in(const cx *c, size_t i, const lit *words, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (word_n(c, i, words[k].w, words[k].n)) return k + 1;
    return 0;
}

/* The kinds (SP_*) of the lists token i may be in: 0 for most tokens. */
static unsigned special_of(const cx *c, size_t i)
{
    if (i >= c->nt) return 0;
    const rasd_token *k = tk(c, i);
    const size_t wn = k->end - k->start;
    return wn >= 6 ? special_tab[end_hash(c->p + k->start, wn)] : 0;
}

/* word_in of the words of one kind (SP_*), behind the filter. */
static size_t special_in(const cx *c, size_t i, unsigned kind, const lit *words, size_t n)
{
    return (special_of(c, i) & kind) ? word_in(c, i, words, n) : 0;
}

static bool same_sentence(const cx *c, size_t i, size_t j)
{
    return j < c->nt && tk(c, i)->sentence == tk(c, j)->sentence;
}

static int32_t day_at(const cx *c, size_t i)
{
    const rasd_datemap *m = c->dates;
    if (!m) return INT32_MAX;
    size_t off = rasd_text_source_inline(c->t, tk(c, i)->start);
    int32_t day = m->dflt;
    for (size_t k = 0; k < m->n && m->offsets[k] <= off; k++) day = m->days[k];
    return day;
}

/* ENT-8: the day of a date later in the clause of a pair word at token i, before any punctuation
 * ("حين تصافح الرئيسان وتبادلا حديثا قصيرا في الدوحة في نوفمبر 2022"), when no date stands before
 * it in its sentence; else the one in force there (day_at): a leader named before who holds his
 * role on either day may be one of the pair. */
static int32_t pair_day(const cx *c, size_t i)
{
    const rasd_datemap *m = c->dates;
    if (!m) return INT32_MAX;
    /* (a date earlier in its own sentence rules: "وكان أنور قد زار أنقرة في يوليو 2024 …، كما
     * التقى الزعيمان في 11 نوفمبر") */
    size_t s0 = i;
    while (s0 > 0 && same_sentence(c, s0 - 1, i)) s0--;
    size_t a0 = rasd_text_source_inline(c->t, tk(c, s0)->start), ai = rasd_text_source_inline(c->t, tk(c, i)->start);
    for (size_t k = 0; k < m->n; k++)
        if (m->offsets[k] >= a0 && m->offsets[k] < ai) return day_at(c, i);
    for (size_t j = i + 1; j < c->nt && j < i + 16 && same_sentence(c, i, j) && tk(c, j)->kind != RASD_TOK_PUNCT; j++) {
        size_t a = rasd_text_source_inline(c->t, tk(c, j)->start), b = rasd_text_source_inline(c->t, tk(c, j)->end);
        for (size_t k = 0; k < m->n; k++)
            if (m->offsets[k] >= a && m->offsets[k] < b) return m->days[k];
    }
    return day_at(c, i);
}

/* ---- ENT-1, ENT-2: forms at a token ------------------------------------------------------------- */

/* ENT-1: the spellings under which token i may be a form's first token: the token itself, the
 * token without a proclitic prefix of one or two letters (و ف then ب ل: "وبوتين"، "لبلينكن"،
 * "بالكرملين"), and ال + the rest after لل ("للأمم" → "الامم"). The tokenizer's stem is not
 * used: its exception list serves the text layer, and a name's first letters may look like a
 * proclitic ("بالي"، "لافروف"). */
typedef struct variants {
    const char *s[8]; size_t n[8];   /* at most six: three before and three after a conjunction */
    bool future[8];         /* the variant took off a future سـ */
    uint16_t min_ntok[8];   /* a 3-letter rest after a stripped letter ("لحلف" → حلف) only
                               starts a form of two tokens or more, or a place's name (consider) */
    uint32_t group[8];      /* its group (rasd_dict_groups), and that group's flags */
    unsigned gflags[8];
    size_t count;
    char buf[2][96];
} variants;

static bool letter(const char *p, unsigned b1)
{
    return (unsigned char)p[0] == (b1 >> 8) && (unsigned char)p[1] == (b1 & 0xFF);
}
enum { L_WAW = 0xD988, L_FA = 0xD981, L_BA = 0xD8A8, L_LAM = 0xD984, L_SIN = 0xD8B3, L_YA = 0xD98A,
       L_TA = 0xD8AA, L_NUN = 0xD986, L_ALEF = 0xD8A7 };

static inline void add_variant(variants *v, const char *s, size_t n, uint16_t min_ntok, bool future)
{
    size_t q = v->count++;
    v->s[q] = s; v->n[q] = n; v->min_ntok[q] = min_ntok; v->future[q] = future;
}

/* Every variant, the future ones (for triggers) among them: a caller that does not take off
 * سـ skips those, which leaves the others in the same order. */
static void strip_variants(const char *w, size_t n, variants *v);

static inline void token_variants(const cx *c, size_t i, variants *v)
{
    const rasd_token *k = tk(c, i);
    const char *w = c->p + k->start;
    size_t n = k->end - k->start;
    v->count = 0;
    add_variant(v, w, n, 1, false);
    if (k->kind != RASD_TOK_ARABIC || n < 6) return;
    /* every strip starts at و ف ب ل or س: most words have one spelling */
    const unsigned l0 = (unsigned)(unsigned char)w[0] << 8 | (unsigned char)w[1];
    if (l0 == L_WAW || l0 == L_FA || l0 == L_BA || l0 == L_LAM || l0 == L_SIN) strip_variants(w, n, v);
}

/* The variants after token_variants's first (the word w[0..n), n >= 6, starting with و ف ب ل
 * or س). */
static void strip_variants(const char *w, size_t n, variants *v)
{
    if (n == 6) {
        /* a conjunction on a two-letter particle (ومن المقرر، ولم يلتق، ولن، وتم): the particles
         * are a closed class, so no name of two letters (شي، لي) is split off a word (ولي) */
        static const char particles[][5] = {"لم", "لن", "من", "تم", "قد", "ما", "لا", "في", "ان"};
        if (letter(w, L_WAW) || letter(w, L_FA))
            for (size_t q = 0; q < sizeof particles / sizeof *particles; q++)
                if (memcmp(w + 2, particles[q], 4) == 0) { add_variant(v, w + 2, 4, 1, false); break; }
        return;   /* every strip below needs n > 6 */
    }
    size_t p = 0;
    /* a conjunction: four letters must remain, or three before a second token of the form
     * (وعلى هامش) */
    if (n >= 8 && (letter(w, L_WAW) || letter(w, L_FA))) p = 2;
    for (size_t q = 0; q <= p; q += 2) {
        const char *x = w + q;
        size_t xn = n - q;
        if (q) add_variant(v, x, xn, n >= 10 ? 1 : 2, false);
        /* ب and ل (not ك: "كارثي" is not كـ + آرثي); four letters must remain, or three
         * before a second token of the form */
        if (xn >= 8 && (letter(x, L_BA) || letter(x, L_LAM)))
            add_variant(v, x + 2, xn - 2, xn >= 10 ? 1 : 2, false);
        if (xn >= 10 && letter(x, L_SIN) &&
            (letter(x + 2, L_YA) || letter(x + 2, L_TA) || letter(x + 2, L_NUN) || letter(x + 2, L_ALEF)))
            add_variant(v, x + 2, xn - 2, 1, true);   /* سيلتقي → يلتقي */
        if (xn > 6 && letter(x, L_LAM) && letter(x + 2, L_LAM) && xn <= sizeof v->buf[0]) {
            char *b = v->buf[q / 2];   /* لل + rest (li + the article) → ا + ل + rest */
            b[0] = (char)0xD8; b[1] = (char)0xA7;
            memcpy(b + 2, x + 2, xn - 2);
            add_variant(v, b, xn, 1, false);
        }
    }
}

/* What the dictionary has for token i, cached in the text's aux word (text.h) for this
 * dictionary: AUX_DONE, the RASD_FORM_* flags of the forms a variant without a future سـ starts
 * (RASD_AUX_FLAGS) and those a future variant starts (<< RASD_AUX_FUT; both in entity.h, for
 * rasd_form_at). A token whose word has none of the flags asked for starts no such form: that
 * costs a load and a test. When one variant alone starts forms, not a future one (most words
 * that start any), its group and whether it needs two tokens are kept too (AUX_GROUP,
 * AUX_MIN2), so that looking again at the token (rasd_form_at, the scan's look-ahead) needs
 * neither its spellings nor a hash. */
enum { AUX_GROUP = 14, AUX_GROUP_MAX = 0xFFFF, AUX_MIN2 = 1u << 30, AUX_DONE = 1u << 31 };

/* Makes the text's aux words those of this dictionary with `stamp` forms (cleared when another
 * dictionary filled them, or this one before forms were added). */
static void aux_sync(const cx *c, size_t stamp)
{
    rasd_text *t = c->t;
    if (t->aux_key != c->d || t->aux_stamp != stamp) {
        memset(t->aux, 0, t->ntok * sizeof *t->aux);
        t->aux_key = c->d;
        t->aux_stamp = stamp;
    }
}

/* Token i's variants and their groups in v, unless its aux word says none starts a form with a
 * flag in `flags` (future variants count only with_future): then v->count is 0. Returns the
 * aux word. Inline: the scan calls it at every word. A variant taken from the aux word has no
 * spelling (s, n): the callers need only its group. */
static inline __attribute__((always_inline)) uint32_t token_forms(const cx *c, size_t i, unsigned flags, bool with_future, variants *v)
{
    uint32_t *aux = &c->t->aux[i], a = *aux;
    v->count = 0;
    if (a) {
        if (!(rasd_aux_flags(a, with_future) & flags)) return a;
        if ((a >> AUX_GROUP) & AUX_GROUP_MAX) {
            v->count = 1;
            v->group[0] = (a >> AUX_GROUP) & AUX_GROUP_MAX;
            v->gflags[0] = a & RASD_AUX_FLAGS;
            v->min_ntok[0] = (a & AUX_MIN2) ? 2 : 1;
            v->future[0] = false;
            return a;
        }
    }
    token_variants(c, i, v);
    if (v->count == 1) {   /* most words: the word itself, whose variant needs one token */
        v->group[0] = rasd_dict_group(c->d, v->s[0], v->n[0], &v->gflags[0]);
        a = AUX_DONE | (v->gflags[0] & RASD_AUX_FLAGS) | (v->group[0] <= AUX_GROUP_MAX ? v->group[0] << AUX_GROUP : 0);
        *aux = a;
        return a;
    }
    rasd_dict_groups(c->d, v->count, v->s, v->n, v->group, v->gflags);
    a = AUX_DONE;
    uint32_t one = 0;
    size_t grouped = 0;
    for (size_t q = 0; q < v->count; q++) {
        if (!v->group[q]) continue;
        grouped++;
        a |= v->future[q] ? (v->gflags[q] & RASD_AUX_FLAGS) << RASD_AUX_FUT : v->gflags[q] & RASD_AUX_FLAGS;
        if (!v->future[q] && v->group[q] <= AUX_GROUP_MAX)
            one = v->group[q] << AUX_GROUP | (v->min_ntok[q] == 2 ? AUX_MIN2 : 0);
    }
    if (grouped == 1) a |= one;
    *aux = a;
    return a;
}

/* The token after i when a form may go on into it (same sentence): its bytes, else n 0. */
static inline const char *next_word(const cx *c, size_t i, size_t *n)
{
    *n = 0;
    if (!same_sentence(c, i, i + 1)) return NULL;
    const rasd_token *k = tk(c, i + 1);
    *n = k->end - k->start;
    return c->p + k->start;
}

/* Tokens of form f matched from token i (its first token already equal to one of token i's
 * variants), 0 if the rest does not match: later tokens are compared whole. */
static size_t match_rest(const cx *c, const rasd_form *f, size_t i)
{
    const rasd_dict_tok *ft = &c->dtoks[f->tok];
    for (size_t j = 1; j < f->ntok; j++) {
        if (!same_sentence(c, i, i + j)) return 0;
        const rasd_token *q = tk(c, i + j);
        if (q->end - q->start != ft[j].len || memcmp(c->p + q->start, ft[j].full, ft[j].len) != 0) return 0;
    }
    return f->ntok;
}

static int form_rank(const cx *c, const rasd_form *f)
{
    if (f->flags & RASD_FORM_TITLE) return 1;
    const rasd_entity *e = &c->ents[f->target];
    if (e->kind == RASD_ENT_PERSON) return f->flags & RASD_FORM_FULL ? 8 : 4;
    if (f->flags & RASD_FORM_METONYM) return 2;
    if (f->flags & RASD_FORM_ADJ) return 3;
    switch (e->kind) {
    case RASD_ENT_ORG: return 7;
    case RASD_ENT_PLACE: return 6;
    case RASD_ENT_COUNTRY: return 5;
    default: return 0;
    }
}

typedef struct best {
    const cx *c;
    size_t i, len;
    uint16_t min_ntok;      /* the variant being looked up needs forms this long */
    const rasd_form *f;
    int rank;
    unsigned want;          /* 0: any; else a mask of 1 << rasd_ent_kind, plus 1 for titles */
    const char *metonym;    /* a metonym's country among the forms of the best length */
} best;

static bool consider(const rasd_form *f, void *user)
{
    best *b = user;
    if (f->flags & (RASD_FORM_TRIGGER | RASD_FORM_CUE)) return true;   /* the event stage's words */
    unsigned bit = (f->flags & RASD_FORM_TITLE) ? 1u : 1u << b->c->ents[f->target].kind;
    if (b->want && !(b->want & bit)) return true;
    /* a 3-letter rest after a stripped letter starts a one-token form only when that is a
     * country's or place's name ("بمصر"، "لقطر"، "بجدة"، "وغزة"), not a person's, a title or an
     * adjective ("لحلف" is not حلف) */
    if (f->ntok < b->min_ntok &&
        !((f->flags & RASD_FORM_FULL) && (bit & (1u << RASD_ENT_COUNTRY | 1u << RASD_ENT_PLACE)))) return true;
    size_t n = match_rest(b->c, f, b->i);
    if (!n) return true;
    int r = form_rank(b->c, f);
    if (n > b->len || (n == b->len && r > b->rank)) {
        if (n > b->len) b->metonym = NULL;
        b->len = n; b->f = f; b->rank = r;
    }
    if (n == b->len && (f->flags & RASD_FORM_METONYM)) b->metonym = b->c->ents[f->target].code;
    return true;
}

/* The forms of the entity stage (the event stage's are its triggers and cues). */
enum { ENTITY_FORMS = RASD_AUX_FLAGS & ~(RASD_FORM_TRIGGER | RASD_FORM_CUE) };

/* The longest form at token i among the kinds in want (0: all), given its variants v
 * (token_forms). */
static best forms_of(const cx *c, size_t i, unsigned want, const variants *v)
{
    best b = {c, i, 0, 1, NULL, 0, want, NULL};
    const char *nw = NULL;
    size_t nn = 0;
    bool got_next = false;
    for (size_t q = 0; q < v->count; q++) {
        if (v->future[q] || !(v->gflags[q] & ENTITY_FORMS)) continue;
        if (!got_next) { nw = next_word(c, i, &nn); got_next = true; }
        b.min_ntok = v->min_ntok[q];
        rasd_dict_group_forms_next(c->d, v->group[q], ENTITY_FORMS, nw, nn, consider, &b);
    }
    return b;
}

/* The longest form at token i among the kinds in want (0: all). */
static best form_at(const cx *c, size_t i, unsigned want)
{
    variants v;
    v.count = 0;
    if (i < c->nt && (tk(c, i)->kind == RASD_TOK_ARABIC || tk(c, i)->kind == RASD_TOK_LATIN))
        token_forms(c, i, ENTITY_FORMS, false, &v);
    return forms_of(c, i, want, &v);
}

#define W(kind) (1u << (kind))

/* ---- roles (ENT-4, ENT-9) ---------------------------------------------------------------------- */

/* The role of person on day: the one wanted (a title's) if held that day, else the first held
 * that day; failing both, a term of the wanted role at another time — the text gives him the
 * title, the date in force does not (the nearest term to day). NULL if none. */
static const rasd_role *role_on(const cx *c, uint32_t person, rasd_role_kind want, int32_t day)
{
    size_t n;
    const rasd_role *all = rasd_dict_roles(c->d, &n), *first = NULL, *near = NULL;
    int64_t gap = INT64_MAX;
    for (const rasd_role *r = rasd_dict_first_role(c->d, person); r;
         r = r->next_of_person ? &all[r->next_of_person - 1] : NULL) {
        if (day >= r->from && day <= r->to) {
            if (want && r->role == want) return r;
            if (!first) first = r;
        } else if (want && r->role == want) {
            int64_t g = day < r->from ? (int64_t)r->from - day : (int64_t)day - r->to;
            if (g < gap) { gap = g; near = r; }
        }
    }
    return first ? first : near;
}

static const seen *last_seen(const cx *c, size_t back);

/* The holder of role of `of` on day. With several (envoys; a spokesperson of the presidency and
 * one of the foreign ministry): the one whose note names the institution the text named, else
 * the one the article named last, else none — a guess among several is not made. */
static const rasd_role *holder(const cx *c, rasd_role_kind role, const char *of, int32_t day, const char *inst)
{
    const rasd_role *h[16];
    size_t n = rasd_dict_holders(c->d, role, of, day, h, 16);
    if (n == 1) return h[0];
    if (n > 16) n = 16;
    if (inst)
        for (size_t k = 0; k < n; k++)
            if (strstr(h[k]->note, inst)) return h[k];
    for (size_t b = 0; b < 16; b++) {
        const seen *s = last_seen(c, b);
        if (!s) break;
        for (size_t k = 0; k < n; k++)
            if (h[k]->person == s->ent) return h[k];
    }
    return NULL;
}

/* ENT-13: the envoy of `of` on day sent to the country or region `dest` names ("المبعوث الأممي
 * الخاص إلى اليمن"): the one holder whose note says "to Yemen" or "for Yemen", else none. */
static const rasd_role *envoy_to(const cx *c, const char *of, int32_t day, const char *dest)
{
    const rasd_role *h[16], *found = NULL;
    size_t n = rasd_dict_holders(c->d, RASD_ROLE_ENVOY, of, day, h, 16);
    char to[96], fr[96];
    snprintf(to, sizeof to, "to %s", dest);
    snprintf(fr, sizeof fr, "for %s", dest);
    for (size_t k = 0; k < n && k < 16; k++)
        if (strstr(h[k]->note, to) || strstr(h[k]->note, fr)) {
            if (found) return NULL;
            found = h[k];
        }
    return found;
}

/* ---- output ------------------------------------------------------------------------------------- */

static void remember(const cx *c, size_t i, size_t e, uint32_t ent, rasd_role_kind role, const char *of)
{
    if (rasd_dict_entity(c->d, ent)->kind != RASD_ENT_PERSON) return;
    /* (past his honorifics: "في وفاة فخامة الرئيس إبراهيم رئيسي"; and "المغفور له الشيخ …") */
    size_t h = i;
    for (size_t k = 0; k < 4 && h > 1 && same_sentence(c, h - 1, i) && special_in(c, h - 1, SP_RANK, ranks_words, NWORDS(ranks_words)); k++) h--;
    bool gone = h > 0 && same_sentence(c, h - 1, i) &&
                (special_in(c, h - 1, SP_GONE, gone_words, NWORDS(gone_words)) || (h > 1 && word_n(c, h - 1, "له", 4) &&
                                                                        word_n(c, h - 2, "المغفور", 14)));
    /* (named among those present, a few words after بحضور, no mark between: "دشن أردوغان وبوتين
     * خط الغاز، بحضور الرئيس الصربي فوتشيتش ورئيس الوزراء البلغاري بوريسوف") */
    bool attends = false;
    for (size_t k = i; k-- > 0 && k + 12 > i && same_sentence(c, k, i) && tk(c, k)->kind != RASD_TOK_PUNCT && !attends;)
        attends = word_n(c, k, "حضور", strlen("حضور"));
    seen s = {ent, role, of, c->st->texts, tk(c, i)->sentence, gone, false, e, rasd_entity_named_as_time(c->t, i), false, attends};
    RASD_VEC_PUSH(&c->st->seen, seen, s);
}

/* The letter at w is ت، ع، ا or ف. */
static bool term_letter(const char *w)
{
    const unsigned char *u = (const unsigned char *)w;
    return (u[0] == 0xD8 && (u[1] == 0xAA || u[1] == 0xB9 || u[1] == 0xA7)) || (u[0] == 0xD9 && u[1] == 0x81);
}

bool rasd_entity_named_as_time(rasd_text *t, size_t p)
{
#define L(s) {s, sizeof s - 1}
    static const lit start[] = {L("تنصيب"), L("عوده"), L("تولي"), L("انتخاب"), L("فوز"), L("تسلم")};
    static const lit when[] = {L("بعد"), L("قبل"), L("منذ"), L("عشيه"), L("غداه")};
#undef L
    if (p < 2 || p >= rasd_text_ntokens(t)) return false;
    /* (their first letters, of the word or its stem, first: ت، ع، ا، ف — most words fail there) */
    const rasd_token *k = &t->tok[p - 1];
    if (k->end - k->start < 6 || (!term_letter(t->norm + k->start) && !term_letter(t->norm + k->stem))) return false;
    bool term = false;
    for (size_t q = 0; q < NWORDS(start) && !term; q++) term = rasd_text_token_is(t, p - 1, start[q].w, start[q].n);
    for (size_t i = p - 1; term && i > 0 && p - i <= 4 && t->tok[i - 1].sentence == t->tok[p].sentence; i--)
        for (size_t q = 0; q < NWORDS(when); q++)
            if (rasd_text_token_is(t, i - 1, when[q].w, when[q].n)) return true;
    return false;
}

static void emit(const cx *c, size_t i, size_t e, uint32_t ent, rasd_role_kind role, const char *of,
                 const char *via, const char *metonym)
{
    rasd_entmention m;
    memset(&m, 0, sizeof m);
    m.kind = rasd_dict_entity(c->d, ent)->kind;
    m.start = rasd_text_source_inline(c->t, tk(c, i)->start);
    m.end = rasd_text_source_inline(c->t, tk(c, e - 1)->end);
    m.entity = ent;
    m.role = role;
    m.role_of = of ? of : "";
    m.via = via;
    m.metonym_of = metonym ? metonym : "";
    RASD_VEC_PUSH(c->out, rasd_entmention, m);
    remember(c, i, e, ent, role, of);
    size_t ns = RASD_VEC_LEN(&c->st->seen, seen);
    if (ns && via[0] == 'p' && strcmp(via, "principal") == 0 && RASD_VEC_AT(&c->st->seen, seen, ns - 1).ent == ent)
        RASD_VEC_AT(&c->st->seen, seen, ns - 1).served = true;
}

/* A person named at [i, e): its role that day (the title's when it holds it). */
static void emit_person(const cx *c, size_t i, size_t e, uint32_t p, rasd_role_kind title_role, const char *via)
{
    const rasd_role *r = role_on(c, p, title_role, day_at(c, i));
    emit(c, i, e, p, r ? r->role : RASD_ROLE_NONE, r ? r->of : NULL, via, NULL);
}

static const seen *last_seen(const cx *c, size_t back)
{
    size_t n = RASD_VEC_LEN(&c->st->seen, seen);
    return back < n ? &RASD_VEC_AT(&c->st->seen, seen, n - 1 - back) : NULL;
}

/* The person just remembered was named after a title with no country (ENT-7). */
static void mark_bare(const cx *c)
{
    size_t n = RASD_VEC_LEN(&c->st->seen, seen);
    if (n) RASD_VEC_AT(&c->st->seen, seen, n - 1).bare = true;
}

static void add_alias(const cx *c, const rasd_form *f, size_t a, size_t b);

/* The article has named person ent. */
static bool seen_in_article(const cx *c, uint32_t ent)
{
    for (size_t b = 0; last_seen(c, b); b++)
        if (last_seen(c, b)->ent == ent) return true;
    return false;
}

/* ---- ENT-3 … ENT-6: titles ---------------------------------------------------------------------- */

/* Words naming an institution between a title and its country ("الناطق باسم الخارجية الروسية"):
 * the note word that picks among several holders. */
static const char *institution(const cx *c, size_t i)
{
    if (!(special_of(c, i) & SP_INSTITUTION)) return NULL;
    if (word_in(c, i, foreign_words, NWORDS(foreign_words))) return "foreign";
    if (word_in(c, i, kremlin_words, NWORDS(kremlin_words))) return "Kremlin";
    if (word_in(c, i, other_inst_words, NWORDS(other_inst_words))) return "";
    return NULL;
}

/* A country or organization named at i (name, adjective, metonym, or a place standing for a
 * government): its entity and end, 0 if none. */
static size_t country_at(const cx *c, size_t i, uint32_t *ent)
{
    if (!same_sentence(c, i > 0 ? i - 1 : i, i)) return 0;
    best b = form_at(c, i, W(RASD_ENT_COUNTRY) | W(RASD_ENT_ORG) | W(RASD_ENT_PLACE));
    /* a state's word in construct with its name the dictionary has no form for ("جمهورية كينيا"،
     * "دولة الكويت"): the country */
    if (!b.f && i + 1 < c->nt && same_sentence(c, i, i + 1) &&
        (word_n(c, i, "جمهوريه", strlen("جمهوريه")) || word_n(c, i, "دوله", strlen("دوله")) ||
         word_n(c, i, "مملكه", strlen("مملكه")) || word_n(c, i, "سلطنه", strlen("سلطنه")))) {
        b = form_at(c, i + 1, W(RASD_ENT_COUNTRY));
        if (!b.f || (b.f->flags & RASD_FORM_ADJ)) return 0;
        *ent = b.f->target;
        return i + 1 + b.len;
    }
    if (!b.f) return 0;
    const rasd_entity *e = rasd_dict_entity(c->d, b.f->target);
    if (e->kind == RASD_ENT_PLACE) {
        if (!b.metonym) return 0;
        uint32_t k = rasd_dict_find(c->d, b.metonym);
        if (k == UINT32_MAX) return 0;
        *ent = k;
        return i + b.len;
    }
    *ent = b.f->target;
    return i + b.len;
}

static bool is_former(const cx *c, size_t i)
{
    return special_in(c, i, SP_FORMER, former_words, NWORDS(former_words));
}

/* Token j is the last word of the full name of exactly one person who holds role on day: *p —
 * not a preposition spelled as a name once ى is written ي ("للملك على الدعم": على, not Ali), nor
 * أن/إن, "that", which is the last word of "مون جاي إن" ("وأكد الرئيس أن …" is no Moon Jae-in). */
static bool titled_surname(const cx *c, size_t j, rasd_role_kind role, const char *limit, int32_t day, uint32_t *p)
{
    if (word_n(c, j, "علي", strlen("علي")) || word_n(c, j, "الي", strlen("الي")) || word_n(c, j, "ان", strlen("ان"))) return false;
    if (j >= c->nt || tk(c, j)->kind != RASD_TOK_ARABIC) return false;
    const rasd_token *k = tk(c, j);
    uint32_t cand[8];
    size_t n = rasd_dict_surnamed(c->d, c->p + k->start, k->end - k->start, cand, 8), hits = 0;
    for (size_t q = 0; q < n && q < 8; q++) {
        const rasd_role *r = role_on(c, cand[q], role, day);
        /* in one of the title's countries when it is limited ("أمير سعيد" is no Kais Saied) */
        if (r && r->role == role && r->from <= day && day <= r->to && (!limit[0] || (r->of && rasd_dict_listed(limit, r->of)))) {
            *p = cand[q];
            hits++;
        }
    }
    return hits == 1;
}

/* A title phrase at i (the form f, `len` tokens). Returns the end of what it covered, or i when
 * it resolved nothing. */
/* ENT-9: the title at token i is the principal's of an agent titled right before it: in
 * construct ("مبعوث الرئيس"، "مستشار قائد الثورة"), or on لـ after the agent's word or its
 * adjective ("المبعوث الخاص للأمين العام"): his envoy, not him. */
static bool agent_before(const cx *c, size_t i)
{
    if (i == 0 || !same_sentence(c, i - 1, i)) return false;
    bool agent = word_in(c, i - 1, agent_words, NWORDS(agent_words));
    return (agent && !(tk(c, i - 1)->clitics & RASD_CL_AL)) ||
           ((agent || word_in(c, i - 1, special_agent_words, NWORDS(special_agent_words))) && (tk(c, i)->clitics & RASD_CL_LI));
}

/* One person holds both roles of country `of` on day. */
static bool one_holder(const cx *c, rasd_role_kind a, rasd_role_kind b, const char *of, int32_t day)
{
    const rasd_role *x = holder(c, a, of, day, NULL), *y = holder(c, b, of, day, NULL);
    return x && y && x->person == y->person;
}

/* ENT-12: the title of `role` ending before token j goes on to a country or a name that
 * qualifies it, through words joined by و, definite words and words after a preposition's
 * letter ("وزير الخارجية وشؤون المغتربين الأردني"، "رئيس مجلس الوزراء ووزير الخارجية الكيني"،
 * "رئيس مجلس الشورى الإسلامي الإيراني"، "وزير الخارجية المكلف بحكومة الوحدة الوطنية الليبية"),
 * or to في before a country's name ("وزير الخارجية في المملكة العربية السعودية").
 * Another title with no و before it on the way is the same person's second title only if one
 * person holds both there ("رئيس مجلس الوزراء وزير الخارجية القطري"); else it begins the next
 * noun phrase ("استقبل ولي العهد اليوم الرئيس الأمريكي"). Any other word or a punctuation
 * mark ends the title. */
static bool qualified_later(const cx *c, size_t j, rasd_role_kind role, int32_t day)
{
    rasd_role_kind second = RASD_ROLE_NONE;   /* a second title's on the way */
    uint32_t ce;
    for (size_t k = j; k < j + 10 && k < c->nt && same_sentence(c, j, k); k++) {
        const rasd_token *t = tk(c, k);
        if (t->kind != RASD_TOK_ARABIC) return false;
        /* "يستقبل رئيس الوزراء الوزير السوري": الوزير begins the next phrase (ENT-7) */
        if (special_in(c, k, SP_MINISTER, minister_words, NWORDS(minister_words))) return false;
        if (country_at(c, k, &ce)) return !second || one_holder(c, role, second, rasd_dict_entity(c->d, ce)->code, day);
        best b = form_at(c, k, W(RASD_ENT_PERSON) | 1u);
        if (b.f && !(b.f->flags & RASD_FORM_TITLE)) {
            if (!second) return true;
            const rasd_role *r = role_on(c, b.f->target, role, day);
            return r && r->role == role;
        }
        if (b.f) {   /* a title */
            if (!(t->clitics & RASD_CL_WA) && !second) {
                second = rasd_dict_title(c->d, b.f->target)->role;
                if (second == role) return false;   /* no one is titled so twice: the next one */
            }
            k += b.len - 1;
            continue;
        }
        /* "وزير الخارجية في المملكة العربية السعودية": في before a country's name (not a city's)
         * says whose */
        if (word_n(c, k, "في", strlen("في")) && k + 1 < c->nt && same_sentence(c, k, k + 1)) {
            best cn = form_at(c, k + 1, W(RASD_ENT_COUNTRY));
            if (cn.f && (cn.f->flags & RASD_FORM_FULL))
                return !second || one_holder(c, role, second, rasd_dict_entity(c->d, cn.f->target)->code, day);
            return false;
        }
        if (!(t->clitics & (RASD_CL_WA | RASD_CL_AL | RASD_CL_BI | RASD_CL_LI))) return false;
    }
    return false;
}

/* Token j is a given name (rasd_dict_given_name: the first word of someone's full name) — not
 * على or إلى, which normalize to the letters of علي: after a title, likely a name the dictionary
 * does not know (ENT-3, ENT-12). */
static bool given_name_at(const cx *c, size_t j)
{
    if (j >= c->nt) return false;
    const char *w = c->p + tk(c, j)->start;
    size_t n = tk(c, j)->end - tk(c, j)->start;
    return !str_eq(w, n, "\xD8\xB9\xD9\x84\xD9\x8A") && !str_eq(w, n, "\xD8\xA7\xD9\x84\xD9\x8A") &&   /* علي، الي */
           !str_eq(w, n, "\xD9\x81\xD9\x88\xD8\xB1") &&   /* فور, "upon" ("إلى الرئيس الجزائري فور وقوع الحادث"), not Faure Gnassingbé's */
           rasd_dict_given_name(c->d, w, n);
}

/* Token j is a definite adjective of origin (a nisba: ال… ending in ي, or يه feminine) — after a
 * title, the country the title is of, one the dictionary does not know when no country's form
 * took it ("وزير الخارجية الكوري"; not الحالي، الانتقالي، الفعلي, which qualify the office, nor
 * the honorific المفدى: "أمير البلاد المفدى"). */
static bool nisba_at(const cx *c, size_t j)
{
    static const lit office[] = {{"الحالي", sizeof "الحالي" - 1}, {"الانتقالي", sizeof "الانتقالي" - 1},
                                 {"الفعلي", sizeof "الفعلي" - 1}, {"الحاليه", sizeof "الحاليه" - 1},
                                 {"الانتقاليه", sizeof "الانتقاليه" - 1}, {"المفدي", sizeof "المفدي" - 1}};
    if (j >= c->nt || tk(c, j)->kind != RASD_TOK_ARABIC || tk(c, j)->clitics != RASD_CL_AL) return false;
    const char *w = c->p + tk(c, j)->start;
    size_t n = tk(c, j)->end - tk(c, j)->start;
    bool ya = n >= 10 && str_eq(w + n - 2, 2, "ي");
    bool yah = n >= 12 && str_eq(w + n - 4, 4, "يه");
    return (ya || yah) && !word_in(c, j, office, NWORDS(office));
}

/* rasd_dict_lookup callback: a form of person *(uint32_t *)user was met (it is cleared). */
static bool form_of_person(const rasd_form *f, void *user)
{
    uint32_t *p = user;
    if (f->target != *p) return true;
    *p = UINT32_MAX;
    return false;
}

/* ENT-3: token j, after a title whose holder is `person`, opens a name the dictionary does not
 * know: a given name (the first word of someone's full name; not على or إلى, which normalize to
 * علي) that is neither the first word of one of the holder's forms nor his surname ("رئيس المجلس
 * الأعلى للدولة محمد تكالة" is not the other council's speaker; "الرئيس التونسي سعيد" and a
 * spelling of the holder's first name the dictionary lacks the rest of are the holder). */
static bool unknown_name_at(const cx *c, size_t j, uint32_t person)
{
    if (j >= c->nt || tk(c, j)->kind != RASD_TOK_ARABIC || tk(c, j)->clitics || !given_name_at(c, j)) return false;
    const char *w = c->p + tk(c, j)->start;
    size_t n = tk(c, j)->end - tk(c, j)->start;
    uint32_t p = person;
    rasd_dict_lookup(c->d, w, n, form_of_person, &p);
    if (p == UINT32_MAX) return false;
    uint32_t sn[8];
    size_t k = rasd_dict_surnamed(c->d, w, n, sn, 8);
    for (size_t q = 0; q < k && q < 8; q++) if (sn[q] == person) return false;
    return true;
}

/* ENT-12: a king, emir or sultan reigns in the outlet's home country (asked once per article). */
static bool home_crowned(const cx *c)
{
    if (c->st->crowned < 0) c->st->crowned = rasd_dict_crowned(c->d, c->st->home);
    return c->st->crowned != 0;
}

static size_t title_at(const cx *c, size_t i, const rasd_form *f, size_t len)
{
    const rasd_title *ti = rasd_dict_title(c->d, f->target);
    size_t j = i + len, e;
    const char *inst = NULL, *in;
    uint32_t ce = UINT32_MAX;
    /* a country in parentheses qualifies the title (بالرئيس (الأوكراني فولوديمير) زيلينسكي) */
    if (j + 1 < c->nt && same_sentence(c, i, j + 1) && tk(c, j)->kind == RASD_TOK_PUNCT && c->p[tk(c, j)->start] == '(' &&
        country_at(c, j + 1, &ce))
        j++;
    size_t cj = SIZE_MAX;   /* where the country word starts */
    bool seat_only = false;  /* it is a city's, named for the country */
    /* ENT-3: a minister's portfolios joined by و after the title ("وزير الشؤون الخارجية والاتحاد
     * الأوروبي والتعاون الإسباني خوسيه مانويل ألباريس"، "وزير الخارجية والمغتربين السوري"): part
     * of it, not its country — the country is the adjective that ends them, or the name after
     * them decides */
    if (same_sentence(c, i, j) && j < c->nt && (tk(c, j)->clitics & RASD_CL_WA) && !form_at(c, j, W(RASD_ENT_PERSON)).f) {
        size_t k = j;
        bool other = false;   /* a title or an honorific on و: the next person's ("خادم الحرمين الشريفين
                               * وولي العهد الأمير محمد بن سلمان"، "… وصاحب السمو الملكي الأمير …") */
        /* (each word opens a portfolio on و or is definite: "وشؤون المصريين بالخارج"; the clause
         * goes on past one that is neither: "وزير الخارجية والتعاون الدولي قد التقى …") */
        for (; k < j + 10 && k < c->nt && same_sentence(c, i, k) && tk(c, k)->kind == RASD_TOK_ARABIC; k++) {
            if (form_at(c, k, W(RASD_ENT_PERSON)).f || !(tk(c, k)->clitics & (RASD_CL_WA | RASD_CL_AL))) break;
            if ((tk(c, k)->clitics & RASD_CL_WA) && (form_at(c, k, 1u).f || word_n(c, k, "صاحب", strlen("صاحب")))) {
                other = true;
                break;
            }
            uint32_t ke;
            size_t ee = (tk(c, k)->clitics & (RASD_CL_WA | RASD_CL_AL)) == RASD_CL_AL ? country_at(c, k, &ke) : 0;
            if (ee && (ee >= c->nt || !same_sentence(c, k, ee) || tk(c, ee)->kind != RASD_TOK_ARABIC || form_at(c, ee, W(RASD_ENT_PERSON)).f)) {
                ce = ke; cj = k; j = ee;
                break;
            }
        }
        if (!other && cj == SIZE_MAX && k < c->nt && same_sentence(c, i, k) && tk(c, k)->kind == RASD_TOK_ARABIC &&
            form_at(c, k, W(RASD_ENT_PERSON)).f)
            j = k;
    }
    /* (a title whose last word is definite takes a country's adjective, or one after لـ, not its
     * bare name: "زار ولي العهد موسكو" is the crown prince's visit to Moscow) */
    const rasd_dict_tok *lt = rasd_dict_token(c->d, f->tok) + len - 1;
    bool complete = lt->al || strncmp(lt->full, "\xD8\xA7\xD9\x84", 4) == 0;
    best cb0 = complete && j < c->nt && !(tk(c, j)->clitics & (RASD_CL_LI | RASD_CL_AL)) ? form_at(c, j, W(RASD_ENT_COUNTRY) | W(RASD_ENT_PLACE))
                                                                                         : (best){0};
    bool bare_name = cb0.f && !(cb0.f->flags & RASD_FORM_ADJ);
    if (cj == SIZE_MAX && !bare_name && !(j < c->nt && (tk(c, j)->clitics & RASD_CL_WA)) && same_sentence(c, i, j)) {
        in = institution(c, j);
        if ((e = country_at(c, j, &ce))) { if (in && in[0]) inst = in; cj = j; j = e; }       /* الكرملين */
        else if (in && (e = country_at(c, j + 1, &ce))) { inst = in[0] ? in : NULL; cj = j + 1; j = e; }   /* الخارجية الروسية */
        else ce = UINT32_MAX;
        /* a construct title before a city of one country that does not stand for its government
         * ("ولي عهد دبي"): that city's holder, the one whose note names it, or none */
        if (cj == SIZE_MAX && !complete && !in) {
            best sb = form_at(c, j, W(RASD_ENT_PLACE));
            const rasd_entity *pe = sb.f ? rasd_dict_entity(c->d, sb.f->target) : NULL;
            uint32_t k = pe && pe->code[0] && strcmp(pe->sub, "city") == 0 ? rasd_dict_find(c->d, pe->code) : UINT32_MAX;
            if (k != UINT32_MAX) { ce = k; cj = j; j += sb.len; seat_only = true; }
        }
        /* a person's longer name starting there is the title's holder (ENT-1): "الرئيس سانتياغو
         * بينيا" is Paraguay's president, not Chile's */
        if (cj != SIZE_MAX) {
            best np = form_at(c, cj, W(RASD_ENT_PERSON));
            if (np.f && cj + np.len > j) { j = i + len; cj = SIZE_MAX; ce = UINT32_MAX; inst = NULL; }
        }
    }
    bool former = same_sentence(c, i, j) && is_former(c, j);
    if (former) j++;
    /* the president-elect named after it (الرئيس الأمريكي المنتخب دونالد ترامب): the name decides */
    bool elect = !former && same_sentence(c, i, j) && special_in(c, j, SP_ELECT, elect_words, NWORDS(elect_words));
    if (elect) j++;
    /* an explicit name wins (ENT-3), after an honorific or a second title if any (ولي العهد
     * السعودي الأمير محمد بن سلمان) */
    size_t q = j;
    if (same_sentence(c, i, q)) {
        best tb = form_at(c, q, 1u);
        if (tb.f || special_in(c, q, SP_HONORIFIC, honorific_words, NWORDS(honorific_words))) q += tb.f ? tb.len : 1;
    }
    best pb = form_at(c, q, W(RASD_ENT_PERSON));
    if (pb.f && q > j && same_sentence(c, i, q)) j = q;
    else pb = form_at(c, j, W(RASD_ENT_PERSON));
    /* (not a name joined by و, the next of a list: "بين الملك وسانشيز") */
    if (pb.f && j < c->nt && (tk(c, j)->clitics & RASD_CL_WA) &&
        strncmp(rasd_dict_token(c->d, pb.f->tok)[0].full, "\xD9\x88", 2) != 0)   /* (not one whose name opens on و: وليام) */
        pb = (best){0};
    int32_t day = day_at(c, i);
    /* a title in construct (مبعوث ترمب، مستشار بوتين) or ending in باسم (المتحدث باسم بوتين)
     * names the person after it as its principal: his envoy, not him — a title whose last word
     * is definite is complete (رئيس مجلس النواب نبيه بري is the speaker) */
    const rasd_dict_tok *ft = rasd_dict_token(c->d, f->tok);
    /* (… not one that ends in a place's name, complete: "رئيس إقليم كوردستان مسعود بارزاني") */
    bool construct = !ft[len - 1].al && strncmp(ft[len - 1].full, "\xD8\xA7\xD9\x84", 4) != 0 &&
                     !form_at(c, i + len - 1, W(RASD_ENT_PLACE) | W(RASD_ENT_COUNTRY)).f;
    bool bism = str_eq(ft[len - 1].full, strlen(ft[len - 1].full), "\xD8\xA8\xD8\xA7\xD8\xB3\xD9\x85");
    if (pb.f && same_sentence(c, i, j) && ce == UINT32_MAX && (construct || bism) && j == i + len) {
        size_t pe = j + pb.len;
        best ap = form_at(c, pe, W(RASD_ENT_PERSON));   /* مبعوث ترمب ستيف ويتكوف: the envoy named */
        if (ap.f && same_sentence(c, i, pe)) {
            emit_person(c, j, pe, pb.f->target, RASD_ROLE_NONE, "principal");
            emit_person(c, pe, pe + ap.len, ap.f->target, ti->role, "name");
            return pe + ap.len;
        }
        const rasd_role *pr = role_on(c, pb.f->target, RASD_ROLE_NONE, day);
        const char *pof = pr ? pr->of : rasd_dict_entity(c->d, pb.f->target)->code;
        const rasd_role *h = pof[0] ? holder(c, ti->role, pof, day, NULL) : NULL;
        if (h) emit(c, i, j, h->person, h->role, h->of, "title", NULL);
        emit_person(c, j, pe, pb.f->target, RASD_ROLE_NONE, "principal");
        return pe;
    }
    bool agent = !former && agent_before(c, i);
    if (pb.f && same_sentence(c, i, j) && agent && ce != UINT32_MAX) {
        /* a name after a principal's title that its bearer does not hold that day is the agent's
         * ("الموفد الشخصي للرئيس الفرنسي جان إيف لودريان"، "المبعوث الشخصي للأمين العام للأمم
         * المتحدة ستافان دي ميستورا"): the title's holder is the principal (ENT-9) */
        const rasd_role *own = role_on(c, pb.f->target, ti->role, day);
        const char *tof = rasd_dict_entity(c->d, ce)->code;
        if (!own || own->role != ti->role || !own->of || strcmp(own->of, tof) != 0) {
            const rasd_role *h = holder(c, ti->role, tof, day, inst);
            if (h) emit(c, i, j, h->person, RASD_ROLE_NONE, NULL, "principal", NULL);
            emit_person(c, j, j + pb.len, pb.f->target, RASD_ROLE_NONE, "name");
            add_alias(c, pb.f, i, j);
            return j + pb.len;
        }
    }
    /* ENT-3: a name whose bearer holds another country's role that day, after a title with a
     * country's adjective ("ومن المنتظر أن يلتقي المبعوث الأممي البرهان"): two persons — the
     * title's holder (among several, the one the article named last), then the one named, its
     * object. (One of the title's country holds a title of his own in construct with it: "النائب
     * الأول للرئيس الإيراني محمد رضا عارف"، "مدير مكتب الرئيس الأوكراني أندريه يرماك".) */
    if (pb.f && same_sentence(c, i, j) && !agent && !former && !elect && ce != UINT32_MAX) {
        const rasd_role *own = role_on(c, pb.f->target, ti->role, day);
        const char *tof = rasd_dict_entity(c->d, ce)->code;
        if (own && own->role != ti->role && own->of && strcmp(own->of, tof) != 0) {
            const rasd_role *h = holder(c, ti->role, tof, day, inst);
            if (h && h->person != pb.f->target) emit(c, i, j, h->person, h->role, h->of, "title", NULL);
            emit_person(c, j, j + pb.len, pb.f->target, RASD_ROLE_NONE, "name");
            add_alias(c, pb.f, i, j);
            return j + pb.len;
        }
    }
    if (pb.f && same_sentence(c, i, j)) {
        /* the named holder of a title after an agent's ("المبعوث الخاص للرئيس الأمريكي دونالد
         * ترامب، ستيف ويتكوف"): the principal (ENT-9) */
        bool principal = agent;
        emit_person(c, i, j + pb.len, pb.f->target, principal ? RASD_ROLE_NONE : ti->role, principal ? "principal" : "name");
        add_alias(c, pb.f, i, j);
        if (!principal && ce == UINT32_MAX) mark_bare(c);
        return j + pb.len;
    }
    /* ENT-3: a title with no country, its holder's name set off after it by commas, past an
     * honorific ("أجرى رئيس الجمهورية، السيد عبد المجيد تبون، مساء اليوم، مكالمة …"): his, when
     * he holds it that day — and the one a bare title names later */
    if (ce == UINT32_MAX && !former && !elect && j == i + len && j + 1 < c->nt && same_sentence(c, i, j + 1) &&
        tk(c, j)->kind == RASD_TOK_PUNCT &&
        (c->p[tk(c, j)->start] == ',' || memcmp(c->p + tk(c, j)->start, "\xD8\x8C", 2) == 0)) {
        size_t q2 = j + 1;
        for (int h = 0; h < 2 && q2 < c->nt && special_in(c, q2, SP_HONORIFIC, honorific_words, NWORDS(honorific_words)); h++) q2++;
        best nb = q2 < c->nt && same_sentence(c, i, q2) ? form_at(c, q2, W(RASD_ENT_PERSON)) : (best){0};
        size_t ne = q2 + (nb.f ? nb.len : 0);
        const rasd_role *r = nb.f ? role_on(c, nb.f->target, ti->role, day) : NULL;
        if (r && r->role == ti->role && (!ti->of[0] || (r->of && rasd_dict_listed(ti->of, r->of))) &&
            (ne >= c->nt || !same_sentence(c, i, ne) || tk(c, ne)->kind == RASD_TOK_PUNCT)) {
            emit(c, i, i + len, nb.f->target, r->role, r->of, "title", NULL);
            mark_bare(c);
            return i + len;
        }
    }
    /* an indefinite title and adjective ("رئيس أميركي"، "أي رئيس أميركي") is any holder, no one:
     * not a title in construct with a country's name (رئيس مصر) or a definite adjective */
    if (construct && cj != SIZE_MAX && !(tk(c, i)->clitics & RASD_CL_AL) && !(tk(c, cj)->clitics & RASD_CL_AL)) {
        best cb = form_at(c, cj, W(RASD_ENT_COUNTRY));
        if (cb.f && (cb.f->flags & RASD_FORM_ADJ)) return i;
    }
    /* a surname the dictionary keeps out of the short forms, after a title with no country
     * ("الرئيس عون"، "الرئيس سعيد"، "الرئيس عباس"): the one person of that surname who holds the
     * title's role that day */
    /* … also past his given name, the first word of one of his names ("الرئيس جورج بوش" in 2004:
     * George W. Bush, whose "جورج دبليو بوش" the dictionary knows) */
    uint32_t sp;
    size_t sj = j;
    const bool bare_title = ce == UINT32_MAX && !former && !elect && same_sentence(c, i, j);
    bool named = bare_title && titled_surname(c, j, ti->role, ti->of, day, &sp);
    if (bare_title && !named && given_name_at(c, j) && same_sentence(c, j, j + 1) && titled_surname(c, j + 1, ti->role, ti->of, day, &sp)) {
        uint32_t p = sp;
        rasd_dict_lookup(c->d, c->p + tk(c, j)->start, tk(c, j)->end - tk(c, j)->start, form_of_person, &p);
        if ((named = p == UINT32_MAX)) sj = j + 1;
    }
    if (named) {
        emit_person(c, i, sj + 1, sp, ti->role, "name");
        mark_bare(c);
        return sj + 1;
    }
    const char *of = NULL;
    if (ce != UINT32_MAX) of = rasd_dict_entity(c->d, ce)->code;
    if (ti->of[0] && of && !rasd_dict_listed(ti->of, of)) return i;     /* المستشار الروسي: not a chancellor */
    if (!of && ti->of[0] && !strchr(ti->of, '|')) of = ti->of;  /* a title of one country only */
    /* ENT-13: an envoy's destination after إلى/لدى, past الخاص ("المبعوث الأممي الخاص إلى
     * اليمن"), picks the envoy among several; a name after it is the envoy's own */
    const char *dest = NULL;
    if (of && ti->role == RASD_ROLE_ENVOY && same_sentence(c, i, j)) {
        size_t k = j;
        if (word_in(c, k, special_agent_words, NWORDS(special_agent_words))) k++;
        bool to = word_n(c, k, "الي", strlen("الي")) || word_n(c, k, "لدي", strlen("لدي"));
        best db = to ? form_at(c, k + 1, W(RASD_ENT_COUNTRY) | W(RASD_ENT_PLACE)) : (best){0};
        if (db.f && same_sentence(c, i, k + 1)) {
            if (form_at(c, k + 1 + db.len, W(RASD_ENT_PERSON)).f) return i;
            dest = rasd_dict_entity(c->d, db.f->target)->name;
        }
    }
    if (of) {
        /* (a seat named for the country picks among its holders: "ولي عهد أبوظبي" is Abu
         * Dhabi's crown prince, not Dubai's) */
        const char *seat = NULL;
        if (cj != SIZE_MAX && !inst) {
            best sb = form_at(c, cj, W(RASD_ENT_PLACE));
            if (sb.f) seat = rasd_dict_entity(c->d, sb.f->target)->name;
        }
        const char *office = inst ? inst : seat ? seat : ti->office[0] ? ti->office : NULL;
        const rasd_role *h = dest ? envoy_to(c, of, day, dest) : holder(c, ti->role, of, day, office);
        if (seat_only && h && !(seat && strstr(h->note, seat))) h = NULL;
        if (former) {
            /* (of the title's own office: "رئيس حكومة الوفاق السابق" is the GNA's last head) */
            const char *own = ti->office[0] ? ti->office : NULL;
            h = h ? rasd_dict_predecessor(c->d, ti->role, of, h->from, h->person, own)
                  : rasd_dict_predecessor(c->d, ti->role, of, day, UINT32_MAX, own);
            if (!h) return i;
            emit(c, i, j, h->person, h->role, h->of, "former", NULL);
            return j;
        }
        /* the president-elect unnamed is not the incumbent: the one whose term begins within
         * ninety days after the day ("الرئيس الإيراني المنتخب" on 6 July 2024: Pezeshkian) — or
         * began within the week before, one sworn in on the day he was elected ("برقية تهنئة إلى
         * الرئيس اللبناني المنتخب" on 10 January 2025: Joseph Aoun) */
        if (elect) {
            const rasd_role *n = holder(c, ti->role, of, day + 90, office);
            if (!n || (h && n->person == h->person && h->from + 7 < day) || (same_sentence(c, i, j) && unknown_name_at(c, j, n->person))) return i;
            emit(c, i, j, n->person, n->role, n->of, "title", NULL);
            return j;
        }
        if (!h) return i;
        if (same_sentence(c, i, j) && unknown_name_at(c, j, h->person)) return i;   /* another, unknown to us */
        bool principal = agent;
        emit(c, i, j, h->person, principal ? RASD_ROLE_NONE : h->role, principal ? NULL : h->of, principal ? "principal" : "title", NULL);
        return j;
    }
    /* a bare title after a named holder of it (ENT-7): the last one the article named after a
     * bare title too, the home side's ("استقبل الرئيس السيسي الرئيس الصومالي حسن شيخ محمود. وعقب
     * ذلك، أجرى الرئيس اتصالا …": Sisi), else the last one named */
    /* (… and a bare title of one elected, the last one named whose term in it begins within
     * ninety days after the day: "ودعا بوتين الرئيس المنتخب إلى المشاركة في قمة بريكس" after
     * Pezeshkian's win) */
    for (size_t b = 0; elect && !former && b < 8; b++) {
        const seen *s = last_seen(c, b);
        if (!s) break;
        const rasd_role *r = role_on(c, s->ent, ti->role, day + 90);
        if (r && r->role == ti->role && r->from > day && (!ti->of[0] || (r->of && rasd_dict_listed(ti->of, r->of)))) {
            emit(c, i, j, s->ent, r->role, r->of, "coref", NULL);
            return j;
        }
    }
    if (former || elect) return i;
    /* a title in construct with what the dictionary does not know ("رئيس جمهورية أرض الصومال")
     * is that one's, no one named before */
    if (construct && !bism && i + len < c->nt && same_sentence(c, i, i + len) && tk(c, i + len)->kind == RASD_TOK_ARABIC) return i;
    /* (not an apposition right after a person's name, "ناريندرا مودي رئيس الوزراء", which is his) */
    size_t nm = RASD_VEC_LEN(c->out, rasd_entmention);
    bool appos = i > 0 && same_sentence(c, i - 1, i) && nm &&
                 RASD_VEC_AT(c->out, rasd_entmention, nm - 1).kind == RASD_ENT_PERSON &&
                 RASD_VEC_AT(c->out, rasd_entmention, nm - 1).end == rasd_text_source_inline(c->t, tk(c, i - 1)->end);
    /* (a head of state's title in construct with الدولة/البلاد, "the country", in copy of no
     * known outlet: the article's first head named, whose country the story is told from — "أجرى
     * رئيس دولة الإمارات الشيخ محمد بن زايد اتصالا بالرئيس المصري …. ووجه رئيس الدولة خلال
     * الاتصال دعوة …": bin Zayed) — named in its own block, not a headline's; not a title right
     * after a name, which is his) */
    size_t nseen = RASD_VEC_LEN(&c->st->seen, seen);
    bool state_word = !appos && ti->role == RASD_ROLE_HEAD_OF_STATE && len >= 2 &&
                      (word_n(c, i + len - 1, "الدوله", strlen("الدوله")) || word_n(c, i + len - 1, "البلاد", strlen("البلاد")));
    bool home_word = !c->st->home[0] && state_word;
    for (size_t k = 0; k < nseen && home_word; k++) {
        const seen *s = &RASD_VEC_AT(&c->st->seen, seen, k);
        const rasd_role *r = s->text == c->st->texts ? role_on(c, s->ent, ti->role, day) : NULL;
        if (r && r->role == ti->role && (ti->of[0] ? r->of && rasd_dict_listed(ti->of, r->of) : !r->of || !rasd_dict_crowned(c->d, r->of))) {
            emit(c, i, i + len, s->ent, r->role, r->of, "coref", NULL);
            return i + len;
        }
    }
    /* (… and in a national outlet's copy, the same words name the home's head whoever was named
     * before: "تونس (وات) - التقى الرئيس قيس سعيد … الرئيس عبد الفتاح السيسي. كما التقى رئيس
     * الجمهورية … أحمد أبو الغيط" is Saied — ENT-12) */
    bool home_head = c->st->home[0] && !ti->of[0] &&
                     (state_word || (!appos && ti->role == RASD_ROLE_HEAD_OF_STATE && len >= 2 &&
                                     word_n(c, i + len - 1, "الجمهوريه", strlen("الجمهوريه"))));
    if (home_head) {
        const rasd_role *h = home_crowned(c) ? NULL : holder(c, ti->role, c->st->home, day, NULL);
        if (h) {
            emit(c, i, i + len, h->person, h->role, h->of, "home", NULL);
            return i + len;
        }
    }
    for (int pass = appos; pass < 2; pass++)
        for (size_t b = 0; pass ? b < 6 : true; b++) {
            const seen *s = last_seen(c, b);
            if (!s) break;
            if (!pass && !s->bare) continue;
            const rasd_role *r = role_on(c, s->ent, ti->role, day);
            /* of the title's countries, when it has some: "الملك" is no president, nor is a king
             * one ("لرئيس الجمهورية" after "الملك سلمان") */
            if (r && r->role == ti->role && (ti->of[0] ? r->of && rasd_dict_listed(ti->of, r->of)
                                                       : ti->role != RASD_ROLE_HEAD_OF_STATE || !r->of || !rasd_dict_crowned(c->d, r->of))) {
                /* (an agent's principal named so: "المبعوث الشخصي للأمين العام" after "الأمين
                 * العام أنطونيو غوتيريش" is Guterres's envoy, not him, ENT-9) */
                emit(c, i, i + len, s->ent, agent ? RASD_ROLE_NONE : r->role, agent ? NULL : r->of, agent ? "principal" : "coref", NULL);
                return i + len;
            }
        }
    /* ENT-12: no one named holds it: in a national outlet's copy, the holder at home ("تلقى سمو
     * أمير البلاد" in KUNA's) — not for a title in construct or after a definite word, a
     * president where a king reigns, before a name the dictionary does not know (an honorific,
     * الراحل, a known first name, a lineage: "الأمير تركي بن محمد"), nor one qualified later */
    rasd_entstate *st = c->st;
    if (!st->home[0] || (ti->of[0] && !rasd_dict_listed(ti->of, st->home))) return i;
    /* a title in construct needs what it heads: "رئيس مركز"، "رئيس لجنة التحكيم" are another's */
    if (construct && !bism) return i;
    /* after a definite word, an adjective or an apposition ("الطرق الرئيسة"، "الهدف الرئيس"),
     * unless that word is a rank's (صاحب السمو، جلالة) or the day */
    if (i > 0 && same_sentence(c, i - 1, i) && (tk(c, i - 1)->clitics & RASD_CL_AL) &&
        !word_in(c, i - 1, rank_words, NWORDS(rank_words)) && !special_in(c, i - 1, SP_HONORIFIC, honorific_words, NWORDS(honorific_words)))
        return i;
    if (!ti->of[0] && ti->role == RASD_ROLE_HEAD_OF_STATE && home_crowned(c)) return i;
    size_t te = i + len;
    if (same_sentence(c, i, te) && (special_in(c, te, SP_HONORIFIC, honorific_words, NWORDS(honorific_words)) ||
                                    special_in(c, te, SP_GONE, gone_words, NWORDS(gone_words)) ||   /* الملك الراحل الحسن الثاني */
                                    given_name_at(c, te)))
        return i;
    for (size_t k = te; k < te + 3 && k < c->nt && same_sentence(c, i, k); k++)
        if (word_in(c, k, bin_words, NWORDS(bin_words)) || word_n(c, k, "ال", strlen("ال"))) return i;
    if (qualified_later(c, te, ti->role, day)) return i;
    if (same_sentence(c, i, te) && nisba_at(c, te)) return i;   /* another country's, unknown */
    const rasd_role *h = holder(c, ti->role, st->home, day, NULL);
    if (!h) return i;
    emit(c, i, te, h->person, h->role, h->of, "home", NULL);
    return te;
}

/* Token i is one of words[0..n) and a country follows it (نظيره الروسي، الضيف الأمريكي): the end
 * of the country's mention, *ce its entity and *of its code; else 0. */
static size_t word_of_country(const cx *c, size_t i, const lit *words, size_t n, uint32_t *ce, const char **of)
{
    if (!word_in(c, i, words, n)) return 0;
    size_t e = country_at(c, i + 1, ce);
    if (e) *of = rasd_dict_entity(c->d, *ce)->code;
    return e;
}

/* ENT-5: نظيره الروسي (one of the n words w, then a country) → the holder in that country of the
 * last actor's role. */
static size_t counterpart_at(const cx *c, size_t i, const lit *w, size_t n)
{
    uint32_t ce;
    const char *of;
    size_t e = word_of_country(c, i, w, n, &ce, &of);
    if (!e) return 0;
    int32_t day = day_at(c, i);
    rasd_role_kind role = RASD_ROLE_NONE;
    /* no one named before: whose counterpart it is the text does not say ("فاز المنتخب
     * الأرجنتيني على نظيره الفرنسي"), so only a name after it names one */
    const bool anyone = last_seen(c, 0) != NULL;
    for (size_t b = 0; b < 6 && !role; b++) {
        const seen *s = last_seen(c, b);
        if (!s) break;
        if (s->role && (!s->of || strcmp(s->of, of) != 0)) role = s->role;
    }
    /* a leader's counterpart where the office differs is the head of state ("الملك عبدالله …
     * نظيره المصري"); a minister's is a minister, whom the dictionary may not know */
    bool leads = role == RASD_ROLE_NONE || role == RASD_ROLE_HEAD_OF_STATE || role == RASD_ROLE_HEAD_OF_GOVERNMENT ||
                 role == RASD_ROLE_VICE_PRESIDENT || role == RASD_ROLE_CROWN_PRINCE || role == RASD_ROLE_LEADER;
    const rasd_role *h = NULL;
    if (role) h = holder(c, role, of, day, NULL);
    if (!h && leads && anyone) h = holder(c, RASD_ROLE_HEAD_OF_STATE, of, day, NULL);
    if (!h && !role) return 0;
    /* a name after it still wins */
    best pb = form_at(c, e, W(RASD_ENT_PERSON));
    if (pb.f && same_sentence(c, i, e)) {
        emit_person(c, i, e + pb.len, pb.f->target, h ? h->role : role, "name");
        add_alias(c, pb.f, i, e);
        return e + pb.len;
    }
    if (!h) return 0;
    emit(c, i, e, h->person, h->role, h->of, "counterpart", NULL);
    /* نظيريه with two countries' adjectives joined by و ("نظيريه السعودي والعماني"): his two
     * counterparts, each in that role */
    uint32_t c2;
    size_t e2;
    if (word_n(c, i, "نظيريه", strlen("نظيريه")) && same_sentence(c, i, e) && (tk(c, e)->clitics & RASD_CL_WA) &&
        (e2 = country_at(c, e, &c2)) && c2 != ce) {
        const rasd_role *h2 = holder(c, h->role, rasd_dict_entity(c->d, c2)->code, day, NULL);
        if (h2 && h2->person != h->person) {
            emit(c, e, e2, h2->person, h2->role, h2->of, "counterpart", NULL);
            return e2;
        }
    }
    return e;
}

/* ENT-7: the guest of a country (الضيف الأمريكي، الضيفة الإيطالية، ضيفه التركي) → the last person
 * named in the article who is of it (his role's country, else his own), among the last twelve;
 * with none, one's guest (ضيفه، ضيفها) is his counterpart there (ENT-5). */
static size_t guest_at(const cx *c, size_t i)
{
    uint32_t ce;
    const char *of;
    size_t e = word_of_country(c, i, guest_words, NWORDS(guest_words), &ce, &of);
    if (!e) return 0;
    for (size_t b = 0; b < 12; b++) {
        const seen *s = last_seen(c, b);
        if (!s) break;
        const char *own = s->of && s->of[0] ? s->of : rasd_dict_entity(c->d, s->ent)->code;
        if (!s->gone && strcmp(own, of) == 0) {
            emit(c, i, e, s->ent, s->role, s->of, "coref", NULL);
            return e;
        }
    }
    return word_in(c, i, his_guest_words, NWORDS(his_guest_words)) ? counterpart_at(c, i, his_guest_words, NWORDS(his_guest_words)) : 0;
}

/* ENT-6: سلفه → the predecessor of the last actor in their role. */
static size_t predecessor_at(const cx *c, size_t i)
{
    if (!word_in(c, i, predecessor_words, NWORDS(predecessor_words))) return 0;
    int32_t day = day_at(c, i);
    const seen *s = last_seen(c, 0);
    if (!s) return 0;
    const rasd_role *r = role_on(c, s->ent, s->role, day);
    if (!r) return 0;
    const rasd_role *p = rasd_dict_predecessor(c->d, r->role, r->of, r->from, s->ent, NULL);
    if (!p) return 0;
    emit(c, i, i + 1, p->person, p->role, p->of, "predecessor", NULL);
    return i + 1;
}

/* A country's leader on day: its head of state for الرئيسان (president), else also its head of
 * government (الزعيمان، القائدان: a prime minister may be the leader). */
static const rasd_role *leader_of(const cx *c, const char *of, int32_t day, bool president)
{
    if (!of || !of[0]) return NULL;
    const rasd_role *h = holder(c, RASD_ROLE_HEAD_OF_STATE, of, day, NULL);
    if (!h && !president) h = holder(c, RASD_ROLE_HEAD_OF_GOVERNMENT, of, day, NULL);
    return h;
}

/* ENT-11: the ranks an honorific pronoun may refer to, as bits of its pair in honpron_words. */
enum { RANK_SUMU = 1, RANK_JALALA = 2, RANK_FAKHAMA = 4, RANK_MAALI = 8 };
static unsigned rank_of(rasd_role_kind role, const char *of);

/* ENT-8: الرئيسان with fewer than two presidents named before: the presidents of the two
 * countries the persons named last serve ("أجرى لافروف اتصالا بروبيو، واتفقا على التحضير لقمة
 * بين الرئيسين": Putin and Trump), a president named among them standing for his own. Both
 * countries' heads of state must be presidents (no king, emir or sultan). */
static size_t pair_presidents(const cx *c, size_t i, const seen *a)
{
    const char *of1 = a ? a->of : NULL, *of2 = NULL;
    for (size_t k = 0; k < 16 && !of2; k++) {
        const seen *s = last_seen(c, k);
        if (!s) break;
        if (!s->of || !s->of[0] || s->gone) continue;
        if (!of1) of1 = s->of;
        else if (strcmp(s->of, of1) != 0) of2 = s->of;
    }
    if (!of1 || !of2) return 0;
    int32_t day = day_at(c, i);
    const rasd_role *h1 = leader_of(c, of1, day, true), *h2 = leader_of(c, of2, day, true);
    if (!h1 || !h2 || h1->person == h2->person ||
        !(rank_of(RASD_ROLE_HEAD_OF_STATE, h1->of) & RANK_FAKHAMA) || !(rank_of(RASD_ROLE_HEAD_OF_STATE, h2->of) & RANK_FAKHAMA))
        return 0;
    /* in order of mention: the country named first, first */
    emit(c, i, i + 1, h2->person, h2->role, h2->of, "pair", NULL);
    emit(c, i, i + 1, h1->person, h1->role, h1->of, "pair", NULL);
    return i + 1;
}

/* ENT-8: الرئيسان … → the last two persons named. */
static size_t pair_at(const cx *c, size_t i)
{
    size_t hit = word_in(c, i, pair_words, NWORDS(pair_words));
    if (!hit) return 0;
    /* (not after a word for whom they sent: "وفدي الطرفين"، "ممثلي الجانبين" are their delegations) */
    if (i > 0 && same_sentence(c, i - 1, i) && word_in(c, i - 1, envoys_of_words, NWORDS(envoys_of_words))) return 0;
    /* الرئيسان، الزعيمان، القائدان: two leaders (heads of state or government, leaders of
     * groups); الوزيران: two ministers (of foreign affairs, defence, the interior); الطرفان،
     * الجانبان: any two persons; الرجلان (the two men): two leaders too, as news uses it; in
     * all, of two different countries or sides */
    bool leaders = hit <= 4 || hit == 10 || hit == 11 || hit >= 14, ministers = hit == 12 || hit == 13;
    /* الرجلان: two men who lead, a speaker among them, of one country or two ("التقى عقيلة صالح
     * وخالد المشري. واجتمع الرجلان بعباس كامل") */
    bool men = hit >= 14;
    /* with two countries' adjectives ("الرئيسان الأمريكي والروسي"، "بين الزعيمين الروسي
     * والأوكراني"): the leader of each on the day */
    uint32_t c1, c2;
    size_t e1, e2;
    if (leaders && (e1 = country_at(c, i + 1, &c1)) && (tk(c, e1)->clitics & RASD_CL_WA) && (e2 = country_at(c, e1, &c2)) &&
        c1 != c2) {
        int32_t day = day_at(c, i);
        const rasd_role *h1 = leader_of(c, rasd_dict_entity(c->d, c1)->code, day, hit <= 2);
        const rasd_role *h2 = leader_of(c, rasd_dict_entity(c->d, c2)->code, day, hit <= 2);
        if (h1 && h2) {
            emit(c, i, e1, h1->person, h1->role, h1->of, "pair", NULL);
            emit(c, e1, e2, h2->person, h2->role, h2->of, "pair", NULL);
            return e2;
        }
    }
    /* with the two named right after it ("بين الرئيسين فلاديمير بوتين ودونالد ترامب"), also each
     * after his country's adjective ("تجمع الرئيسين الأمريكي جو بايدن والروسي فلاديمير بوتين"):
     * those names are the pair, not two named before */
    if (i + 1 < c->nt && same_sentence(c, i, i + 1) && form_at(c, i + 1, W(RASD_ENT_PERSON)).f &&
        !(tk(c, i + 1)->clitics & (RASD_CL_BI | RASD_CL_LI)))   /* (not the verb's object: "واجتمع الرجلان بعباس كامل") */
        return 0;
    if (leaders && (e1 = country_at(c, i + 1, &c1)) && e1 < c->nt && same_sentence(c, i, e1) && form_at(c, e1, W(RASD_ENT_PERSON)).f)
        return 0;
    const seen *a = NULL, *b = NULL;
    for (size_t k = 0; k < 16 && !b; k++) {
        const seen *s = last_seen(c, k);
        if (!s) break;
        if (leaders && s->role != RASD_ROLE_HEAD_OF_STATE && s->role != RASD_ROLE_HEAD_OF_GOVERNMENT &&
            s->role != RASD_ROLE_LEADER && s->role != RASD_ROLE_CROWN_PRINCE &&   /* a crown prince who rules (محمد بن سلمان) */
            !(men && s->role == RASD_ROLE_SPEAKER))
            continue;
        if (ministers && s->role != RASD_ROLE_FOREIGN_MINISTER && s->role != RASD_ROLE_DEFENCE_MINISTER &&
            s->role != RASD_ROLE_INTERIOR_MINISTER)
            continue;
        /* الرئيسان are presidents: not a prime minister named between ("… والتقى تبون ميشوستين.
         * … أجرى الرئيسان اتصالا": Putin and Tebboune) */
        if (hit <= 2 && (s->role == RASD_ROLE_HEAD_OF_GOVERNMENT || s->role == RASD_ROLE_CROWN_PRINCE)) continue;
        if (s->gone || s->dated || s->served || (leaders && s->attends)) continue;   /* (not one who died or was deposed: "الانقلاب الذي أطاح بالرئيس بازوم";
                                                           * nor one named as a time: "بعد يوم من تنصيب ترامب"; nor an
                                                           * agent's principal: "ولايتي مستشار قائد الثورة … أكد الجانبان") */
        /* (nor one named right before it, who acts on the two: "ودعا ماكرون الرجلين إلى لقاء" — or
         * before the أن that opens it, who tells of them: "بعد تأكيد ترامب أن الرجلين تحادثا") */
        if (s->text == c->st->texts && (s->end == i || (s->end + 1 == i && word_n(c, s->end, "ان", strlen("ان"))))) continue;
        /* (nor a leader who no longer holds his role that day: "الرئيس البرازيلي السابق جايير
         * بولسونارو" is not one of الرئيسين in 2024) */
        if (leaders && s->of && s->of[0] && (s->role == RASD_ROLE_HEAD_OF_STATE || s->role == RASD_ROLE_HEAD_OF_GOVERNMENT)) {
            const rasd_role *h = holder(c, s->role, s->of, day_at(c, i), NULL);
            /* (… nor on the day of a date later in the clause: pair_day) */
            if (h && h->person != s->ent && (h = holder(c, s->role, s->of, pair_day(c, i), NULL)) && h->person != s->ent) continue;
        }
        if (!a) a = s;
        else if (s->ent != a->ent && (men || !(s->of && a->of && strcmp(s->of, a->of) == 0))) b = s;
    }
    if ((!a || !b) && hit <= 2) return pair_presidents(c, i, a);
    if (!a || !b) return 0;
    seen x = *b, y = *a;    /* in order of mention; emit copies: emit() appends to seen */
    emit(c, i, i + 1, x.ent, x.role, x.of, "pair", NULL);
    emit(c, i, i + 1, y.ent, y.role, y.of, "pair", NULL);
    return i + 1;
}


/* The ranks of a person holding role of `of` (or of that nationality, with no role): a king or
 * sultan is جلالة; a Gulf emir, the president of the Emirates, a crown prince and the Gulf's
 * princes and sheikhs in government are سمو; another head of state or vice-president is فخامة;
 * a minister, adviser, envoy or secretary general is معالي (also سمو in the Gulf). A prime
 * minister elsewhere is دولة, which is not read. */
static unsigned rank_of(rasd_role_kind role, const char *of)
{
    static const char kingdoms[] = "SAU|JOR|MAR|BHR|OMN|GBR|ESP|BEL|NLD|NOR|SWE|DNK|THA|BTN|LSO|SWZ|TON|MYS|KHM|JPN|BRN";
    const bool gulf = of && rasd_dict_listed("ARE|QAT|KWT|SAU|BHR|OMN", of);
    switch (role) {
    case RASD_ROLE_HEAD_OF_STATE: return of && rasd_dict_listed(kingdoms, of) ? RANK_JALALA : gulf ? RANK_SUMU : RANK_FAKHAMA;
    case RASD_ROLE_VICE_PRESIDENT: return gulf ? RANK_SUMU : RANK_FAKHAMA;
    case RASD_ROLE_CROWN_PRINCE: return RANK_SUMU;
    case RASD_ROLE_HEAD_OF_GOVERNMENT: return gulf ? RANK_SUMU : 0;
    case RASD_ROLE_FOREIGN_MINISTER: case RASD_ROLE_DEFENCE_MINISTER: case RASD_ROLE_INTERIOR_MINISTER: case RASD_ROLE_NSA:
    case RASD_ROLE_INTELLIGENCE_CHIEF: case RASD_ROLE_ENVOY: case RASD_ROLE_SECRETARY_GENERAL:
        return RANK_MAALI | (gulf ? RANK_SUMU : 0);
    case RASD_ROLE_NONE: return gulf ? RANK_SUMU : 0;
    default: return 0;
    }
}

/* ENT-11: سموه، جلالته، فخامته، معاليه (and their feminine) → the last person named of that rank.
 * Agency copy calls its subject by rank alone ("وبحث سموه مع …"، "كما بعث جلالته برقية …") and
 * the other party by a title ("الرئيس الفرنسي"), and a rank named last is the nearer one ("إلى
 * سمو ولي العهد …، خلال استقبال سموه له"). No one of that rank named before: nothing. */
static bool of_rank(const cx *c, const seen *s, unsigned want)
{
    const char *of = s->of && s->of[0] ? s->of : rasd_dict_entity(c->d, s->ent)->code;
    return !s->gone && (rank_of(s->role, of) & want);
}

/* … but the subject of a sentence's (or clause's) opening verb, after كما/ثم at most ("كما تلقى
 * سموه"، "وبحث جلالته"، "وفي اتصال آخر، تلقى سموه"), goes on from the sentence before that names
 * persons: the first one of that rank there, its subject ("تلقى الملك حمد اتصالا من الملك عبدالله
 * الثاني. كما أجرى جلالته اتصالا بـ …": Hamad). One named as having died is no one's antecedent. */
static size_t honpron_at(const cx *c, size_t i)
{
    size_t hit = word_in(c, i, honpron_words, NWORDS(honpron_words));
    if (!hit) return 0;
    const unsigned want = hit > 8 ? RANK_FAKHAMA : 1u << ((hit - 1) / 2);
    size_t f, n = RASD_VEC_LEN(&c->st->seen, seen);
    rasd_text_sentence(c->t, tk(c, i)->sentence, NULL, NULL, &f, NULL);
    bool subject = i > f && (i - 1 == f || (i - 2 == f && (word_n(c, f, "كما", 6) || word_n(c, f, "ثم", 4))) ||
                             (i - 1 > f && tk(c, i - 2)->kind == RASD_TOK_PUNCT));
    const seen *pick = NULL;
    if (subject) {
        const uint32_t text = c->st->texts, sent = tk(c, i)->sentence;
        size_t b = 0;   /* back over those of this sentence, to the last of the one before */
        while (b < n && last_seen(c, b)->text == text && last_seen(c, b)->sent == sent) b++;
        if (b < n) {
            const seen *prev = last_seen(c, b);
            for (; b < n && last_seen(c, b)->text == prev->text && last_seen(c, b)->sent == prev->sent; b++)
                if (of_rank(c, last_seen(c, b), want)) pick = last_seen(c, b);
        }
    }
    /* … an object (after إلى، على، مع، من or on بـ/لـ: "ووجه الوزير الأوكراني الدعوة إلى معاليه") is
     * none its clause named before it, its subject: the last other one of that rank — one named
     * in a clause before may be ("تلقى السلطان رسالة من الرئيس تبون، تضمنت دعوة لجلالته") */
    bool object = !subject && i > f &&
                  (word_n(c, i - 1, "الي", 6) || word_n(c, i - 1, "علي", 6) || word_n(c, i - 1, "مع", 4) || word_n(c, i - 1, "من", 4) ||
                   (tk(c, i)->clitics & (RASD_CL_BI | RASD_CL_LI)));
    size_t cs = i;   /* the start of the pronoun's clause */
    while (object && cs > f && tk(c, cs - 1)->kind != RASD_TOK_PUNCT) cs--;
    const size_t cs_byte = rasd_text_source_inline(c->t, tk(c, cs)->start), nm = RASD_VEC_LEN(c->out, rasd_entmention);
    for (size_t b = 0; b < n && !pick; b++) {
        const seen *sb = last_seen(c, b);
        bool named_here = false;
        for (size_t h = nm; object && h-- > 0 && !named_here;) {
            const rasd_entmention *m = &RASD_VEC_AT(c->out, rasd_entmention, h);
            if (m->start < cs_byte) break;
            named_here = m->kind == RASD_ENT_PERSON && m->entity == sb->ent;
        }
        if (!named_here && of_rank(c, sb, want)) pick = sb;
    }
    if (!pick) return 0;
    seen s = *pick;   /* a copy: emit() appends to seen */
    emit(c, i, i + 1, s.ent, s.role, s.of, "coref", NULL);
    return i + 1;
}

/* ENT-7: الوزير or الوزيرة before a country's adjective ("التقت الوزيرة الألمانية رئيس مجلس
 * الوزراء") → the last minister of that country among the last eight persons named; a
 * minister the text did not name stays unnamed. */
static size_t minister_at(const cx *c, size_t i)
{
    if (!word_in(c, i, minister_words, NWORDS(minister_words))) return 0;
    uint32_t ce;
    size_t e = country_at(c, i + 1, &ce);
    if (!e || rasd_dict_entity(c->d, ce)->kind != RASD_ENT_COUNTRY) return 0;
    const char *of = rasd_dict_entity(c->d, ce)->code;
    for (size_t b = 0; b < 8; b++) {
        const seen *s = last_seen(c, b);
        if (!s) break;
        if ((s->role == RASD_ROLE_FOREIGN_MINISTER || s->role == RASD_ROLE_DEFENCE_MINISTER ||
             s->role == RASD_ROLE_INTERIOR_MINISTER) && s->of && strcmp(s->of, of) == 0) {
            seen x = *s;   /* emit() appends to seen */
            emit(c, i, e, x.ent, x.role, x.of, "coref", NULL);
            return e;
        }
    }
    return 0;
}

/* ENT-7: a surname met in a full name earlier in the article (its last word; its first for a
 * name whose family name comes first), named at tokens from a (his title's) to b (his name's). A
 * kinsman or one gone, named so (والده، نجله، شقيقه …، الراحل، اغتيال … up to two words before
 * his title or between it and his name), does not take a surname another person holds: "سعد
 * الحريري … منذ اغتيال والده الرئيس رفيق الحريري. وعقد الحريري …" is Saad. */
/* (not جده, "his grandfather", which is also Jeddah: "في جدة الملك سلمان") */
static const lit kin_words[] = {{"والده", 10}, {"والدها", 12}, {"ابيه", 8}, {"ابوه", 8}, {"نجله", 8}, {"نجلها", 10},
                                {"ابنه", 8}, {"ابنها", 10}, {"شقيقه", 10}, {"شقيقها", 12}, {"عمه", 6}};

static void add_alias(const cx *c, const rasd_form *f, size_t a, size_t b)
{
    if (!(f->flags & RASD_FORM_FULL) || f->ntok < 2) return;
    /* (the family name comes first in Chinese, Korean and Vietnamese names: "كيم جونغ أون … كيم") */
    const char *cc = rasd_dict_entity(c->d, f->target)->code;
    bool first = cc && rasd_dict_listed("CHN|KOR|PRK|VNM|TWN", cc);
    const rasd_dict_tok *last = rasd_dict_token(c->d, first ? f->tok : f->tok + f->ntok - 1);
    /* (not a house's name after آل, which names all its sheikhs and princes: "تميم بن حمد آل ثاني
     * … الشيخ جوعان بن حمد آل ثاني") */
    if (!first && strcmp(rasd_dict_token(c->d, f->tok + f->ntok - 2)->full, "ال") == 0) return;
    /* (nor a regnal number, which names no one alone: "الأمير الحسين بن عبدالله الثاني … في
     * الثلاثين من كانون الثاني") */
    static const char *const regnal[] = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"};
    size_t n = strlen(last->full);
    for (size_t k = 0; (n == 10 || n == 12) && k < sizeof regnal / sizeof *regnal; k++)   /* (five letters or six) */
        if (strcmp(last->full, regnal[k]) == 0) return;
    if (n < 6 || n >= sizeof(((alias *)0)->w)) return;     /* three letters at least */
    /* one entry per surname, the latest person it named (an article names few) */
    size_t na = RASD_VEC_LEN(&c->st->aliases, alias);
    for (size_t k = 0; k < na; k++) {
        alias *al = &RASD_VEC_AT(&c->st->aliases, alias, k);
        if (strcmp(al->w, last->full) != 0) continue;
        bool kin = false;
        for (size_t i = a > 2 ? a - 2 : 0; i < b && !kin; i++)
            kin = same_sentence(c, i, b) && (word_in(c, i, kin_words, NWORDS(kin_words)) || special_in(c, i, SP_GONE, gone_words, NWORDS(gone_words)));
        if (!kin) al->ent = f->target;
        return;
    }
    alias al;
    memcpy(al.w, last->full, n + 1);
    al.n = n;
    al.ent = f->target;
    const unsigned bit = alias_bit(end_hash(al.w, n));
    c->st->alias_bits[bit / 64] |= (uint64_t)1 << (bit % 64);
    RASD_VEC_PUSH(&c->st->aliases, alias, al);
}

static bool alias_seen(const cx *c, unsigned bit)
{
    return c->st->alias_bits[bit / 64] >> (bit % 64) & 1;
}

/* Token i, an Arabic word of three letters or more whose alias_bit the article's filter has (a
 * surname has three letters at least; its stem ends as the word does). A surname with the article
 * is met with a conjunction or preposition before it too, its stem then the rest after ال
 * ("والجعفري"، "بالجعفري"، "للجعفري" after "بشار الجعفري"). */
static size_t alias_at(const cx *c, size_t i)
{
    const rasd_token *k = tk(c, i);
    const size_t wn = k->end - k->start, sn = k->end - k->stem;
    const char *w = c->p + k->start, *sw = c->p + k->stem;
    const bool al_stem = (k->clitics & RASD_CL_AL) != 0;
    size_t n = RASD_VEC_LEN(&c->st->aliases, alias);
    for (size_t a = n; a-- > 0;) {
        const alias *al = &RASD_VEC_AT(&c->st->aliases, alias, a);
        if ((wn == al->n && w[wn - 1] == al->w[wn - 1] && memcmp(w, al->w, wn) == 0) ||
            (sn == al->n && sw[sn - 1] == al->w[sn - 1] && memcmp(sw, al->w, sn) == 0) ||
            (al_stem && sn + 4 == al->n && memcmp(al->w, "ال", 4) == 0 && memcmp(sw, al->w + 4, sn) == 0)) {
            emit_person(c, i, i + 1, al->ent, RASD_ROLE_NONE, "coref");
            return i + 1;
        }
    }
    return 0;
}

/* ENT-7: a short form whose words open a longer form of another person the article has named,
 * when it has not named its own ("خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز … دعوة إلى
 * الملك عبدالله" in 2007: the Saudi king, not Jordan's) — that person, else UINT32_MAX. */
typedef struct longer { const cx *c; const rasd_form *sf; uint32_t hit; } longer;

static bool take_longer(const rasd_form *g, void *user)
{
    longer *lg = user;
    const rasd_form *sf = lg->sf;
    if (g->target == sf->target || g->ntok <= sf->ntok || !seen_in_article(lg->c, g->target)) return true;
    for (uint16_t k = 1; k < sf->ntok; k++)
        if (strcmp(rasd_dict_token(lg->c->d, g->tok + k)->full, rasd_dict_token(lg->c->d, sf->tok + k)->full) != 0) return true;
    lg->hit = g->target;
    return false;
}

static uint32_t seen_longer(const cx *c, const rasd_form *sf)
{
    if (sf->flags & RASD_FORM_FULL || seen_in_article(c, sf->target)) return UINT32_MAX;
    const rasd_dict_tok *w = rasd_dict_token(c->d, sf->tok);
    longer lg = {c, sf, UINT32_MAX};
    rasd_dict_lookup(c->d, w->full, w->len, take_longer, &lg);
    return lg.hit;
}

/* ---- the scan ---------------------------------------------------------------------------------- */

/* Token i, a surname the dictionary keeps as a short form, follows a given name it does not know,
 * which follows a country's adjective: "السفيرة الأمريكية ليزا جونسون"، "رئيس مجلس النواب
 * الأمريكي مايك جونسون" name another Johnson than Boris (ENT-1). */
static bool given_name_before(const cx *c, size_t i)
{
    if (i < 2 || !same_sentence(c, i - 2, i)) return false;
    const rasd_token *g = tk(c, i - 1);
    /* a word of three letters or more that names nothing and starts no date (not إن، أمس) */
    if (g->kind != RASD_TOK_ARABIC || g->end - g->start < 6 || form_at(c, i - 1, 0).f) return false;
    /* nor أن with a preposition ("أفادت الرئاسة السورية بأن الشرع …") */
    if (word_n(c, i - 1, "ان", strlen("ان")) || word_n(c, i - 1, "بان", strlen("بان"))) return false;
    const size_t gs = rasd_text_source_inline(c->t, g->start);
    for (size_t k = 0; c->dates && k < c->dates->n; k++)
        if (c->dates->offsets[k] == gs) return false;
    size_t n = RASD_VEC_LEN(c->out, rasd_entmention);
    if (!n) return false;
    const rasd_entmention *m = &RASD_VEC_AT(c->out, rasd_entmention, n - 1);
    return strcmp(m->via, "adjective") == 0 && m->end == rasd_text_source_inline(c->t, tk(c, i - 2)->end);
}

/* ENT-1: a short form opening with بن/بنت (بن فرحان، بن سلمان) at token i that ends a longer
 * chain of names ("الأمير بدر بن عبد الله بن فرحان"): بن one to three words before it, with no
 * mark between — someone else's lineage. */
static bool nasab_goes_on(const cx *c, size_t i)
{
    if (!word_in(c, i, bin_words, NWORDS(bin_words))) return false;
    for (size_t k = 1; k <= 4 && k <= i; k++) {
        if (!same_sentence(c, i - k, i) || tk(c, i - k)->kind != RASD_TOK_ARABIC) return false;
        if (k >= 2 && word_in(c, i - k, bin_words, NWORDS(bin_words))) return true;
    }
    return false;
}

/* ENT-10: token i follows the word for a capital in its sentence — definite before a country's
 * adjective ("العاصمة الجزائرية"، "بالعاصمة العمانية"), before its name in construct ("عاصمة
 * أذربيجان") or definite (a definite name that reads as its adjective: "العاصمة السعودية"; a
 * city of the same name wins: "العاصمة عمان" is Amman) — and no name took that
 * word already. */
static bool capital_before(const cx *c, size_t i, bool adjective)
{
    if (i == 0 || !same_sentence(c, i - 1, i) || (adjective && !(tk(c, i - 1)->clitics & RASD_CL_AL))) return false;
    size_t n = RASD_VEC_LEN(c->out, rasd_entmention);
    if (n && RASD_VEC_AT(c->out, rasd_entmention, n - 1).end > rasd_text_source_inline(c->t, tk(c, i - 1)->start)) return false;
    return word_n(c, i - 1, "عاصمه", sizeof "عاصمه" - 1);
}

static void special_init(void)
{
    static const struct { const lit *words; size_t n; uint16_t kind; } rules[] = {
        {counterpart_words, NWORDS(counterpart_words), SP_COUNTERPART},
        {predecessor_words, NWORDS(predecessor_words), SP_PREDECESSOR}, {pair_words, NWORDS(pair_words), SP_PAIR},
        {deputy_words, NWORDS(deputy_words), SP_DEPUTY}, {foreign_words, NWORDS(foreign_words), SP_INSTITUTION},
        {kremlin_words, NWORDS(kremlin_words), SP_INSTITUTION}, {other_inst_words, NWORDS(other_inst_words), SP_INSTITUTION},
        {former_words, NWORDS(former_words), SP_FORMER}, {elect_words, NWORDS(elect_words), SP_ELECT},
        {honorific_words, NWORDS(honorific_words), SP_HONORIFIC}, {honpron_words, NWORDS(honpron_words), SP_HONPRON},
        {minister_words, NWORDS(minister_words), SP_MINISTER}, {gone_words, NWORDS(gone_words), SP_GONE},
        {guest_words, NWORDS(guest_words), SP_GUEST}, {venue_words, NWORDS(venue_words), SP_VENUE},
        {agent_words, NWORDS(agent_words), SP_AGENT}, {reverend_words, NWORDS(reverend_words), SP_REVEREND},
        {ranks_words, NWORDS(ranks_words), SP_RANK}};
    for (size_t r = 0; r < NWORDS(rules); r++)
        for (size_t k = 0; k < rules[r].n; k++) special_tab[end_hash(rules[r].words[k].w, rules[r].words[k].n)] |= rules[r].kind;
}

/* ENT-1: a person's short form of two letters joined by و to the person named at [i, e) ("ترامب
 * وشي"، "بين بوتين وشي"): only there is و split off a word of three letters (وشي، ولي are words
 * elsewhere). Returns the end of what was covered. */
typedef struct short_hit { uint32_t target; bool found; } short_hit;

static bool take_short(const rasd_form *f, void *user)
{
    short_hit *h = user;
    if (f->ntok != 1 || !(f->flags & RASD_FORM_SHORT)) return true;
    h->target = f->target;
    h->found = true;
    return false;
}

/* The person whose short form of two letters token i is, after the one-letter prefix `prefix`
 * (و، ب): "وشي"، "بشي" → Xi; UINT32_MAX when it is none. */
static uint32_t prefixed_short(const cx *c, size_t i, unsigned prefix)
{
    const rasd_token *k = tk(c, i);
    if (k->kind != RASD_TOK_ARABIC || k->end - k->start != 6 || !letter(c->p + k->start, prefix)) return UINT32_MAX;
    short_hit h = {0, false};
    rasd_dict_lookup_flags(c->d, c->p + k->start + 2, 4, RASD_FORM_SHORT, take_short, &h);
    return h.found && rasd_dict_entity(c->d, h.target)->kind == RASD_ENT_PERSON ? h.target : UINT32_MAX;
}

static size_t joined_short(cx *c, size_t i, size_t e)
{
    if (e >= c->nt || !same_sentence(c, i, e)) return e;
    const uint32_t p = prefixed_short(c, e, L_WAW);
    if (p == UINT32_MAX) return e;
    emit_person(c, e, e + 1, p, RASD_ROLE_NONE, "short");
    return e + 1;
}

/* … and one on the preposition ب, of a person the article named before ("أجرى بايدن أول اتصال
 * هاتفي بشي"): the word of three letters is no other (بشيء keeps its hamza). Returns the end of
 * what was covered, i when nothing was. */
static size_t prep_short(cx *c, size_t i)
{
    const uint32_t p = prefixed_short(c, i, L_BA);
    if (p == UINT32_MAX || !seen_in_article(c, p)) return i;
    emit_person(c, i, i + 1, p, RASD_ROLE_NONE, "short");
    return i + 1;
}

void rasd_entity_find(const rasd_dict *d, rasd_entstate *st, rasd_text *t, const rasd_datemap *dates, rasd_buf *out)
{
    if (!d || !st || !t || !out) return;
    rasd_text_analyze(t);
    if (!t->ntok) return;
    cx c;
    memset(&c, 0, sizeof c);
    c.st = st; c.dates = dates; c.out = out;
    c.ents = rasd_dict_nentities(d) ? rasd_dict_entity(d, 0) : NULL;   /* the entity stage's only */
    cx_init(&c, d, t);
    st->texts++;
    for (size_t i = 0; i < c.nt;) {
        const rasd_token *k = tk(&c, i);
        if (k->kind != RASD_TOK_ARABIC && k->kind != RASD_TOK_LATIN) { i++; continue; }
        size_t e;
        /* an Arabic word of three letters or more: its bit in the filters of ENT-5/6/8 and ENT-7 */
        const size_t wn = k->end - k->start;
        const bool ar3 = k->kind == RASD_TOK_ARABIC && wn >= 6;
        const unsigned end = ar3 ? end_hash(c.p + k->start, wn) : 0, bit = alias_bit(end);
        const unsigned sk = ar3 ? special_tab[end] & (SP_COUNTERPART | SP_PREDECESSOR | SP_PAIR | SP_HONPRON | SP_MINISTER | SP_GUEST) : 0;
        if (sk &&
            (((sk & SP_COUNTERPART) && (e = counterpart_at(&c, i, counterpart_words, NWORDS(counterpart_words)))) || ((sk & SP_PREDECESSOR) && (e = predecessor_at(&c, i))) ||
             ((sk & SP_GUEST) && (e = guest_at(&c, i))) ||
             ((sk & SP_PAIR) && (e = pair_at(&c, i))) || ((sk & SP_HONPRON) && (e = honpron_at(&c, i))) ||
             ((sk & SP_MINISTER) && (e = minister_at(&c, i))))) { i = e; continue; }
        variants v;
        best b = {0};
        if (token_forms(&c, i, ENTITY_FORMS, false, &v) & ENTITY_FORMS) b = forms_of(&c, i, 0, &v);
        if (!b.f) {
            /* (not a name in a lineage that goes on: "محمد بن سلمان بن عبدالعزيز" after "محمد بن نايف بن
             * عبدالعزيز" names no one by عبدالعزيز) */
            if ((ar3 & alias_seen(&c, bit)) && !(i > 0 && word_in(&c, i - 1, bin_words, NWORDS(bin_words))) &&
                (e = alias_at(&c, i))) { i = e; continue; }
            if (wn == 6 && (e = prep_short(&c, i)) > i) { i = e; continue; }
            i++;
            continue;
        }
        if (b.f->flags & RASD_FORM_TITLE) {
            /* a deputy or assistant is not the holder: نائب رئيس الوزراء، مساعد وزير الخارجية، النائب
             * الثاني لرئيس مجلس الوزراء */
            if ((i > 0 && special_in(&c, i - 1, SP_DEPUTY, deputy_words, NWORDS(deputy_words))) ||
                (i > 1 && (tk(&c, i)->clitics & RASD_CL_LI) && word_in(&c, i - 1, ordinal_words, NWORDS(ordinal_words)) &&
                 special_in(&c, i - 2, SP_DEPUTY, deputy_words, NWORDS(deputy_words)))) {
                i += b.len;
                continue;
            }
            e = title_at(&c, i, b.f, b.len);
            i = e > i ? e : i + b.len;
            continue;
        }
        /* a short form that is also a common word (~لولا in the dictionary) names the person only
         * once the article has named him ("الرئيس البرازيلي لولا دا سيلفا …. وكان لولا قد …"),
         * and not as the word: before أن, or opening a clause before a definite noun ("ولولا
         * الدعم الأمريكي لما …") */
        if ((b.f->flags & RASD_FORM_LATE) &&
            (!seen_in_article(&c, b.f->target) || word_n(&c, i + b.len, "ان", 4) || word_n(&c, i + b.len, "انه", 6) ||
             word_n(&c, i + b.len, "انها", 8) ||
             ((i == 0 || tk(&c, i - 1)->kind == RASD_TOK_PUNCT || !same_sentence(&c, i - 1, i)) && i + b.len < c.nt &&
              (tk(&c, i + b.len)->clitics & RASD_CL_AL)))) {
            i += b.len;
            continue;
        }
        /* a country's adjective that is also the surname of a person named before ("محمد شياع
         * السوداني … وعقد السوداني"): the person, unless it qualifies a definite noun before it
         * ("الرئيس السوداني"، "الجانب السوداني") */
        if ((b.f->flags & RASD_FORM_ADJ) && b.len == 1 && ar3 && alias_seen(&c, bit) &&
            !(i > 0 && tk(&c, i - 1)->kind == RASD_TOK_ARABIC && (tk(&c, i - 1)->clitics & RASD_CL_AL)) &&
            (e = alias_at(&c, i))) {
            i = e;
            continue;
        }
        const rasd_entity *en = rasd_dict_entity(d, b.f->target);
        uint32_t cap;
        e = i + b.len;
        if (en->kind == RASD_ENT_PERSON &&
            ((!(b.f->flags & RASD_FORM_FULL) && (given_name_before(&c, i) || nasab_goes_on(&c, i))) ||
             (i > 0 && special_in(&c, i - 1, SP_VENUE, venue_words, NWORDS(venue_words))))) {
            i = e;   /* someone else of that surname, or a building named so ("بفندق كابيلا"، "في مطار رفيق الحريري الدولي") */
            continue;
        }
        if (en->kind == RASD_ENT_PERSON && b.len >= 2) {
            /* a short form that opens with a title ("الأمير تميم"، "الملك حمد") and the same person's
             * longer name from its second word ("الأمير تميم بن حمد آل ثاني"): the whole name, so
             * that no word of it is left to name someone else (آل ثاني) */
            best b2 = form_at(&c, i + 1, W(RASD_ENT_PERSON));
            if (b2.f && b2.f->target == b.f->target && i + 1 + b2.len > e) { e = i + 1 + b2.len; b = b2; }
        }
        /* a short form that a lineage on بن/بنت goes on from, none of the person's names ("الأمير
         * فيصل بن بندر بن عبدالعزيز" is not فيصل بن فرحان): someone else */
        if (en->kind == RASD_ENT_PERSON && !(b.f->flags & RASD_FORM_FULL) && e + 1 < c.nt && same_sentence(&c, i, e + 1) &&
            word_in(&c, e, bin_words, NWORDS(bin_words)) && tk(&c, e + 1)->kind == RASD_TOK_ARABIC) {
            i = e;
            continue;
        }
        if (en->kind == RASD_ENT_PERSON) {
            const uint32_t other = seen_longer(&c, b.f);
            /* ENT-9: a name right after an agent's word in construct, past honorifics ("علي
             * لاريجاني مستشار آية الله السيد علي خامنئي"، "مبعوث الشيخ محمد"): the principal */
            size_t h = i;
            while (h > 0 && i - h < 4 && same_sentence(&c, h - 1, i) && special_in(&c, h - 1, SP_REVEREND, reverend_words, NWORDS(reverend_words)))
                h--;
            bool principal = h > 0 && same_sentence(&c, h - 1, i) && special_in(&c, h - 1, SP_AGENT, agent_words, NWORDS(agent_words)) &&
                             !(tk(&c, h - 1)->clitics & RASD_CL_AL);
            /* (… or his title named so right before: "مستشار قائد الثورة الإسلامية آية الله السيد
             * علي خامنئي") */
            size_t no = RASD_VEC_LEN(c.out, rasd_entmention);
            const rasd_entmention *lm = no ? &RASD_VEC_AT(c.out, rasd_entmention, no - 1) : NULL;
            principal = principal || (h > 0 && lm && lm->entity == b.f->target && strcmp(lm->via, "principal") == 0 &&
                                      lm->end == rasd_text_source_inline(c.t, tk(&c, h - 1)->end));
            emit_person(&c, i, e, other != UINT32_MAX ? other : b.f->target, RASD_ROLE_NONE,
                        principal ? "principal" : (b.f->flags & RASD_FORM_FULL) ? "name" : "short");
            add_alias(&c, b.f, i, i);
            e = joined_short(&c, i, e);
        } else if (en->kind == RASD_ENT_COUNTRY && !(b.f->flags & RASD_FORM_METONYM) &&
                   capital_before(&c, i, (b.f->flags & RASD_FORM_ADJ) != 0) &&
                   (cap = rasd_dict_capital(d, en->code)) != UINT32_MAX) {
            /* ENT-10: the capital, with its own name when that follows ("بالعاصمة العمانية مسقط") */
            best b2 = form_at(&c, e, W(RASD_ENT_PLACE));
            if (b2.f && b2.f->target == cap && same_sentence(&c, i, e)) e += b2.len;
            emit(&c, i - 1, e, cap, RASD_ROLE_NONE, NULL, "capital", NULL);
        } else if (en->kind == RASD_ENT_PLACE && e == i + 1 && e < c.nt && same_sentence(&c, i, e) &&
                   (word_n(&c, i, "مسقط", strlen("مسقط")) &&
                    (word_n(&c, e, "راسه", strlen("راسه")) || word_n(&c, e, "راسها", strlen("راسها")) || word_n(&c, e, "راس", strlen("راس"))))) {
            /* مسقط رأسه 'his birthplace', no Muscat: "استقبل مودي شي في مسقط رأسه بولاية غوجارات" */
        } else {
            const char *via = (b.f->flags & RASD_FORM_ADJ) ? "adjective" : (b.f->flags & RASD_FORM_METONYM) ? "metonym" : "name";
            emit(&c, i, e, b.f->target, RASD_ROLE_NONE, NULL, via,
                 en->kind == RASD_ENT_PLACE ? b.metonym : NULL);
        }
        i = e;
    }
}

/* ---- forms for the event stage ----------------------------------------------------------------- */

typedef struct flagged { const cx *c; size_t i; unsigned flags; uint16_t min_ntok; size_t len; const rasd_form *f; } flagged;

static bool consider_flagged(const rasd_form *f, void *user)
{
    flagged *b = user;
    /* a contact word or a cue stands alone after a stripped letter too (لقمة، وزار، وبحث، ونفى،
     * ودعا): the rule that a three-letter rest starts only a longer form keeps names from false
     * splits (بكر) */
    if (!(f->flags & b->flags) || (f->ntok < b->min_ntok && !(f->flags & (RASD_FORM_TRIGGER | RASD_FORM_CUE))))
        return true;
    size_t n = match_rest(b->c, f, b->i);
    if (n > b->len) { b->len = n; b->f = f; }
    return true;
}

bool rasd_text_find_form(const rasd_dict *d, rasd_text *t, unsigned flags, rasd_found_fn fn, void *user)
{
    if (!t || !d) return false;
    if (!t->analyzed) rasd_text_analyze(t);
    cx c;
    memset(&c, 0, sizeof c);
    cx_init(&c, d, t);
    const bool with_future = (flags & RASD_FORM_TRIGGER) != 0;
    variants v;
    for (size_t i = 0; i < t->ntok; i++) {
        const rasd_token *k = &t->tok[i];
        if (k->kind != RASD_TOK_ARABIC && k->kind != RASD_TOK_LATIN) continue;
        if (!(rasd_aux_flags(token_forms(&c, i, flags, with_future, &v), with_future) & flags)) continue;
        const rasd_form *f;
        bool fut = false;
        size_t n = rasd_form_search(d, t, i, flags, &f, &fut);
        if (n && fn(t, i, n, f, fut, user)) return true;
    }
    return false;
}

size_t rasd_form_search(const rasd_dict *d, rasd_text *t, size_t i, unsigned flags, const rasd_form **f, bool *future)
{
    const rasd_token *k = &t->tok[i];
    const bool with_future = (flags & RASD_FORM_TRIGGER) != 0;
    cx c;
    memset(&c, 0, sizeof c);
    cx_init(&c, d, t);
    variants v;
    token_forms(&c, i, flags, with_future, &v);
    flagged b = {&c, i, flags, 1, 0, NULL};
    bool fut = false;
    size_t nn = 0;
    const char *nw = v.count ? next_word(&c, i, &nn) : NULL;
    for (size_t q = 0; q < v.count; q++) {
        if ((v.future[q] && !with_future) || !(v.gflags[q] & flags)) continue;
        size_t before = b.len;
        b.min_ntok = v.min_ntok[q];
        rasd_dict_group_forms_next(d, v.group[q], flags, nw, nn, consider_flagged, &b);
        if (b.len > before) fut = v.future[q];
    }
    if (!b.f) return 0;
    *f = b.f;
    if (future) *future = fut || (k->clitics & RASD_CL_SA);
    return b.len;
}
