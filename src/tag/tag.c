/* tag.c — the tag stage's driver: runs the taggers over the content blocks of each article and
 * turns their block-relative spans into document offsets (rasd_tag, rasd_mentions_*).
 *
 * The DCT of an article is its publication date (rasd_article_published) when it is a full date
 * or date-time; a month-only or missing date gives no DCT, so relative expressions stay
 * underspecified; a dateline opening the first body block moves it to the dateline's date
 * (TMX-22). Only title, body and caption blocks are read: dropped spans (tickers, related links,
 * navigation) never yield mentions, but for a wire dateline the cleaner dropped as a line of its
 * own right before the first body block, which is read as that block's opening (TMX-22).
 */
#include "clean/clean.h"
#include "tag/entity.h"
#include "tag/number.h"
#include "tag/tag.h"
#include "tag/timex.h"
#include "util/ctx.h"

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* The document offset just after the source bytes of the character that ends at block byte end
 * (a block's text may be a cleaned copy: its map gives where each byte came from). */
static size_t map_end(const rasd_doc *d, const uint32_t *map, size_t base, size_t end)
{
    if (!map) return base + end;
    size_t last = map[end - 1];
    int32_t cp;
    size_t l = last < d->len ? rasd_utf8_next(d->src + last, d->len - last, &cp) : 0;
    return last + (l ? l : 1);
}

/* The document offset of text byte i of a block (map, else base + i). */
static size_t doc_start(const uint32_t *map, size_t base, size_t i) { return map ? map[i] : base + i; }

/* The day a time value stands for when it dates what follows it (ENT-4): a day itself, the 15th
 * of a month (its 5th or 25th when mod says its start or end: "أواخر الشهر الماضي" in February
 * 2025 is after Trump's inauguration), the 1st of July of a year, the start of a week or an
 * interval. */
static bool value_day(const rasd_tval *v, const char *mod, int32_t *day)
{
    int mo = v->month, d = v->day;
    if (v->grain == RASD_GRAIN_YEAR) { mo = 7; d = 1; }
    else if (v->grain == RASD_GRAIN_MONTH) d = mod && strcmp(mod, "END") == 0 ? 25 : mod && strcmp(mod, "START") == 0 ? 5 : 15;
    if (v->year < 1800 || mo < 1 || d < 1) return false;
    *day = (int32_t)rasd_days_from_civil(v->year, mo, d);
    return true;
}

static const char *opt(rasd_arena *a, const char *s) { return s && s[0] ? rasd_arena_strndup(a, s, strlen(s)) : NULL; }

typedef struct span_job {
    const rasd_doc *doc;
    rasd_mentions *m;           /* where mentions are collected, or NULL (a visitor's run) */
    int article;
    const rasd_tval *dct;
    int dct_off;
    const char *published;      /* the article's date as given (may be a month) */
    unsigned kinds;
    const rasd_dict *dict;      /* NULL unless actors or places are asked for */
    rasd_entstate *st;
    int32_t role_day;           /* ENT-4's default: the publication date (a month's 15th when only
                                   the month is known); INT32_MAX without one */
    rasd_buf *scratch, *ents;
    rasd_block_fn visit;
    void *user;
    size_t block;
    bool title;                 /* the block is its article's title */
    bool caption;               /* the block is a photo caption */
    rasd_block_gate gate;       /* NULL, or what an article must pass to be tagged */
    rasd_tval anchor;           /* TMX-19: the last day the article's blocks told (grain 0: none) */
    rasd_ctx *ctx;              /* for the dictionary when j->dict is NULL (a dateline's city) */
    bool lining;                /* the article's blocks may still open on a dateline (TMX-22) */
    rasd_tval filed;            /* TMX-22: the day its dateline names, the DCT from there on */
    size_t joint;               /* TMX-22: where a dropped dateline joined to the block ends (else SIZE_MAX) */
    const char *next;           /* the raw text of the article's next block, NULL after its last */
    size_t next_len;
} span_job;

/* The day roles are resolved on when the text gives none: the publication date, at day grain or,
 * for a month-only date ("2025-02", from a URL), its 15th. */
static int32_t pub_day(const char *iso)
{
    rasd_tval v;
    int off;
    int32_t day;
    if (iso && strlen(iso) >= 10 && rasd_tval_parse_dct(iso, strlen(iso), &v, &off) && value_day(&v, NULL, &day)) return day;
    if (iso && strlen(iso) == 7 && iso[4] == '-') {
        int y = atoi(iso), m = atoi(iso + 5);
        if (y >= 1800 && m >= 1 && m <= 12) return (int32_t)rasd_days_from_civil(y, m, 15);
    }
    return INT32_MAX;
}

/* The token of t that holds byte off of its input (t analyzed). */
static size_t token_of(const rasd_text *t, size_t off)
{
    size_t lo = 0, hi = t->ntok;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (rasd_text_source_inline(t, t->tok[mid].end) <= off) lo = mid + 1; else hi = mid;
    }
    return lo;
}

/* The time expression at byte off of t's text opens on منذ or حتى, or follows one within four
 * words of its clause: a bound of a span ("منذ 12 عاماً"، "منذ عام 2012"، "منذ توليه السلطة في
 * أبريل 2021"), not a day that something happened on. */
static bool span_bound(rasd_text *t, size_t off)
{
    size_t i = token_of(t, off);
    for (size_t k = i + 1; k-- > 0 && k + 5 > i;) {   /* (the expression's first token, and four before) */
        if (rasd_text_token_is(t, k, "منذ", strlen("منذ")) || rasd_text_token_is(t, k, "حتي", strlen("حتي"))) return true;
        if (k < i && t->tok[k].kind == RASD_TOK_PUNCT) break;
    }
    return false;
}

/* Token i of t (over text) is the punctuation that ends a dateline's city, date or agency:
 * - – — ( / : */
static bool dateline_mark(const rasd_text *t, const char *text, size_t i)
{
    if (i >= t->ntok || t->tok[i].kind != RASD_TOK_PUNCT) return false;
    const unsigned char *c = (const unsigned char *)text + rasd_text_source_inline(t, t->tok[i].start);
    return *c == '-' || *c == '(' || *c == '/' || *c == ':' || (c[0] == 0xE2 && c[1] == 0x80 && (c[2] == 0x93 || c[2] == 0x94));
}

/* Token i of t (over text) is a quotation mark: « » " */
static bool quote_mark(const rasd_text *t, const char *text, size_t i)
{
    if (i >= t->ntok || t->tok[i].kind != RASD_TOK_PUNCT) return false;
    const unsigned char *c = (const unsigned char *)text + rasd_text_source_inline(t, t->tok[i].start);
    return *c == '"' || (c[0] == 0xC2 && (c[1] == 0xAB || c[1] == 0xBB));
}

/* Token i of t (over text) is a comma. */
static bool comma(const rasd_text *t, const char *text, size_t i)
{
    const char *c = text + rasd_text_source_inline(t, t->tok[i].start);
    return t->tok[i].kind == RASD_TOK_PUNCT && (*c == ',' || memcmp(c, "،", strlen("،")) == 0);
}

/* The time expression among times[0..nt) (text order) that starts at token i of t, or NULL. */
static const rasd_timex *time_at(const rasd_text *t, const rasd_timex *times, size_t nt, size_t i)
{
    for (size_t k = 0; k < nt; k++) {
        size_t at = token_of(t, times[k].start);
        if (at >= i) return at == i && times[k].kind == RASD_TIMEX_TIME ? &times[k] : NULL;
    }
    return NULL;
}

/* The bytes of text from the start of token a to the end of token b - 1 (or to len) name a
 * listed outlet, marks around them aside. */
static bool outlet_span(const rasd_dict *d, const rasd_text *t, const char *text, size_t len, size_t a, size_t b)
{
    size_t x = a < t->ntok ? rasd_text_source_inline(t, t->tok[a].start) : len;
    size_t y = b < t->ntok + 1 && b > a ? rasd_text_source_inline(t, t->tok[b - 1].end) : len;
    while (x < y && strchr(" -/():\n", text[x])) x++;
    while (y > x && strchr(" -/():\n", text[y - 1])) y--;
    return x < y && rasd_dict_outlet_country(d, text + x, y - x);
}

/* Token i of t ends a dateline: a mark (dateline_mark), the end of the block, or the end of the
 * line a dropped dateline stood on, byte joint of text (TMX-22; SIZE_MAX: none). */
static bool line_end(const rasd_text *t, const char *text, size_t i, size_t joint)
{
    return i >= t->ntok || rasd_text_source_inline(t, t->tok[i].start) >= joint || dateline_mark(t, text, i);
}

/* EV-7, TMX-22: the city t opens on (a country's name: its capital), *w its tokens; else
 * UINT32_MAX. */
static uint32_t dateline_city_at(const rasd_dict *d, rasd_text *t, size_t at, size_t *w)
{
    const rasd_form *f;
    *w = rasd_form_at(d, t, at, RASD_FORM_FULL, &f, NULL);
    if (!*w) return UINT32_MAX;
    const rasd_entity *pe = rasd_dict_entity(d, f->target);
    if (pe->kind == RASD_ENT_COUNTRY) return rasd_dict_capital(d, pe->code);
    if (pe->kind != RASD_ENT_PLACE || (strcmp(pe->sub, "city") != 0 && strcmp(pe->sub, "capital") != 0)) return UINT32_MAX;
    return f->target;
}

static uint32_t dateline_city(const rasd_dict *d, rasd_text *t, size_t *w) { return dateline_city_at(d, t, 0, w); }

/* EV-7, TMX-22: the city a dateline opening t names (a country's name: its capital), or
 * UINT32_MAX — a city, then, optionally after في or a comma or dash, a date, then a dash,
 * slash, parenthesis or colon ("بغداد - واع"، "دمشق-سانا"، "الدوحة في 3 أكتوبر /قنا/"، "الرياض
 * (واس) -"، "أنقرة - 3 أيار/مايو (الأناضول) -"), or up to three words of an agency's name and one
 * of those after a date ("القاهرة 4-3-2025 وفا-"), or a listed agency's name with no mark after
 * a date ("الرياض 15 رجب 1446 هـ الموافق 15 يناير 2025 م واس"), or the end of the block or of
 * the line it stood on (line_end). A Hijri
 * date and the Gregorian one الموافق gives are one date. A line of its own the cleaner took for
 * a title or a photo's credit (own_line) is a dateline when all that follows the city is a listed
 * outlet's name between marks ("بغداد - واع"). *date: the dateline's date among times, or NULL. */
static uint32_t read_dateline(const rasd_dict *d, rasd_text *t, const char *text, size_t len, const rasd_timex *times,
                              size_t nt, bool own_line, size_t joint, const rasd_timex **date, size_t *after)
{
    *date = NULL;
    size_t w, n = t->ntok;
    uint32_t place = dateline_city(d, t, &w);
    /* (… or, in a body, an outlet's name of up to three words first, then a dash, the city and a
     * colon or dash: "عنب بلدي - دمشق:") */
    for (size_t k = 1; place == UINT32_MAX && !own_line && k <= 3 && k + 1 < n && t->tok[k - 1].kind != RASD_TOK_PUNCT; k++) {
        if (!dateline_mark(t, text, k) || text[rasd_text_source_inline(t, t->tok[k].start)] != '-') continue;
        uint32_t c = dateline_city_at(d, t, k + 1, &w);
        size_t m = k + 1 + w;
        if (c == UINT32_MAX || m >= n || t->tok[m].kind != RASD_TOK_PUNCT) break;
        char ch = text[rasd_text_source_inline(t, t->tok[m].start)];
        if (ch != ':' && ch != '-') break;
        *after = m + 1;
        return c;
    }
    if (place == UINT32_MAX) return UINT32_MAX;
    /* the date, right after the city or after في, a comma or a dash; a Gregorian one after
     * الموافق */
    size_t i = w, at = i;
    if (i < n && (rasd_text_token_is(t, i, "في", strlen("في")) || dateline_mark(t, text, i) || comma(t, text, i))) at = i + 1;
    const rasd_timex *dm = time_at(t, times, nt, at);
    if (dm) {
        i = token_of(t, dm->end - 1) + 1;
        const rasd_timex *g = i < n && rasd_text_token_is(t, i, "الموافق", strlen("الموافق")) ? time_at(t, times, nt, i + 1) : NULL;
        if (g) {
            dm = g;
            i = token_of(t, g->end - 1) + 1;
        }
    }
    bool line = line_end(t, text, i, joint);
    size_t q = 0;
    for (; dm && !line && q < 3 && i + q < n && t->tok[i + q].kind == RASD_TOK_ARABIC; q++)
        line = line_end(t, text, i + q + 1, joint) || outlet_span(d, t, text, len, i, i + q + 1);
    if (!line || (own_line && !outlet_span(d, t, text, len, i, n + 1))) return UINT32_MAX;
    *date = dm;
    /* the copy starts after the marks and what stands between a pair of them ("(كونا) --"،
     * "/قنا/"), a colon closing a slash too ("إسطنبول/ الأناضول:"); an agency's name is a few
     * words: with no closing mark within six tokens, right after the opening one */
    bool in = false;
    size_t open = 0;
    for (i += q; i < n && (in || t->tok[i].kind == RASD_TOK_PUNCT); i++) {
        char c = text[rasd_text_source_inline(t, t->tok[i].start)];
        if (in && i > open + 6) {
            i = open + 1;
            break;
        }
        if (c == '(' || c == ')' || c == '/' || (c == ':' && in)) {
            in = c == '(' || (c == '/' && !in);
            open = i;
        }
    }
    /* (… and an outlet's name up to a colon: a listed one, or one its kind names, "أنقرة - تلفزيون
     * سوريا:"، "بيروت - موقع الجزيرة نت:" — not the copy's own words, "موسكو - قال بوتين:") */
    /* (… its name in quotes too: "أنقرة - «القدس العربي»:") */
    static const char *const media[] = {"تلفزيون", "قناه", "اذاعه", "راديو", "صحيفه", "جريده", "موقع", "وكاله", "مراسل", "خاص"};
    size_t a = i;
    while (a < n && quote_mark(t, text, a)) a++;
    bool named = false;
    for (size_t m = 0; a < n && m < sizeof media / sizeof *media && !named; m++) named = rasd_text_token_is(t, a, media[m], strlen(media[m]));
    for (size_t k = a, lw = SIZE_MAX; k < n && k <= a + 7; k++) {
        if (t->tok[k].kind != RASD_TOK_PUNCT) { lw = k; continue; }
        if (quote_mark(t, text, k)) continue;
        if (text[rasd_text_source_inline(t, t->tok[k].start)] == ':' && lw != SIZE_MAX &&
            (named || outlet_span(d, t, text, len, a, lw + 1)))
            i = k + 1;
        break;
    }
    *after = i;
    return place;
}

/* The whole number digit token i of t makes by itself (rasd_number_digits: Arabic-Indic digits
 * are ASCII after normalization), from 1 to 99; else -1. */
static int small_number(rasd_text *t, size_t i)
{
    rasd_number x;
    return rasd_number_digits(t, i, &x) && x.fvalue == (double)x.value && x.value >= 1 && x.value <= 99 ? (int)x.value : -1;
}

/* TMX-22: KUNA's dateline gives the day and month as numbers, then the agency between
 * parentheses ("الكويت - 14 - 5 (كونا) --"): the day of that month nearest the DCT (the time
 * stage reads no bare "14 - 5" as a date, which could be a score). On success *x is that date as
 * a time expression over the numbers. */
static bool numbered_day(const rasd_dict *d, rasd_text *t, const char *text, size_t len, const rasd_tval *dct,
                         rasd_timex *x)
{
    size_t w;
    if (!dct || dateline_city(d, t, &w) == UINT32_MAX || !dateline_mark(t, text, w)) return false;
    int day = small_number(t, w + 1), mon = small_number(t, w + 3);
    if (day < 1 || mon < 1 || mon > 12 || !dateline_mark(t, text, w + 2) || w + 5 >= t->ntok ||
        text[rasd_text_source_inline(t, t->tok[w + 4].start)] != '(')
        return false;
    size_t close = w + 5;
    while (close < t->ntok && close < w + 9 && text[rasd_text_source_inline(t, t->tok[close].start)] != ')') close++;
    if (close >= t->ntok || close == w + 5 || !outlet_span(d, t, text, len, w + 5, close)) return false;
    rasd_tval best = {0};
    int64_t pub = rasd_tval_days(dct), gap = INT64_MAX;
    for (int y = dct->year - 1; y <= dct->year + 1; y++) {
        rasd_tval v;
        if (!rasd_tval_ymd(y, mon, day, &v)) continue;
        int64_t g = llabs(rasd_tval_days(&v) - pub);
        if (g < gap) { gap = g; best = v; }
    }
    if (gap == INT64_MAX) return false;
    memset(x, 0, sizeof *x);
    x->kind = RASD_TIMEX_TIME;
    x->start = rasd_text_source_inline(t, t->tok[w + 1].start);
    x->end = rasd_text_source_inline(t, t->tok[w + 3].end);
    x->tval = best;
    x->resolved = true;
    rasd_tval_format(&best, x->value);
    return true;
}

/* Puts x first among the times in `times` (a rasd_buf of rasd_timex in text order: x must start
 * before them all) and returns their number. */
static size_t first_time(rasd_buf *times, const rasd_timex *x)
{
    rasd_buf_reserve(times, sizeof *x);
    memmove(times->p + sizeof *x, times->p, times->len);
    memcpy(times->p, x, sizeof *x);
    times->len += sizeof *x;
    return RASD_VEC_LEN(times, rasd_timex);
}

/* TMX-22: the day a dateline names is the DCT of what follows it (the copy was filed that day:
 * "القاهرة في 5 فبراير /أ ش أ/ … اليوم" in a page published on the 7th is the 5th) when it is a
 * day at most 30 days before the publication's or one after it, or when the article has no
 * publication date. A date further off is no dateline's but a chronology's entry ("مدريد، 29
 * حزيران/يونيو 2022: اجتمع …" in a 2023 article): -1. 1 when the DCT moved, else 0. */
static int files_on(span_job *j, const rasd_timex *dm)
{
    if (!dm || !dm->resolved || dm->from[0] || dm->tval.grain < RASD_GRAIN_DAY) return 0;
    int64_t day = rasd_tval_days(&dm->tval), pub = j->dct ? rasd_tval_days(j->dct) : day + 1;
    if (day < pub - 30 || day > pub + 1) return -1;
    if (day == pub) return 0;
    j->filed = dm->tval;
    j->dct = &j->filed;
    j->role_day = (int32_t)day;
    return 1;
}

static const rasd_dict *dict_of(rasd_ctx *ctx);

/* Tags t, the text layer of text[0..len) whose byte i sits at document offset map ? map[i] :
 * base + i, and frees it. */
static void tag_span(span_job *j, rasd_text *t, const char *text, size_t len, const uint32_t *map, size_t base)
{
    rasd_mentions *m = j->m;
    j->scratch->len = 0;
    /* a caption's dates are its own: it neither follows the body's day nor sets it */
    rasd_timex_find_after(t, j->dct, j->dct_off, j->caption ? NULL : &j->anchor, j->scratch);
    size_t n = RASD_VEC_LEN(j->scratch, rasd_timex);
    /* EV-7, TMX-22: the article's first body block, or a line before it read as a title or a
     * photo's credit, may open on a dateline; its date dates the rest of the article */
    uint32_t line = UINT32_MAX;
    size_t dated_to = 0, copy_at = 0;
    if (j->lining) {
        const rasd_timex *times = (const rasd_timex *)(const void *)j->scratch->p, *dm = NULL;
        /* without entities asked for, only a date can make a dateline matter */
        const rasd_dict *d = j->dict ? j->dict : n && token_of(t, times[0].start) < 8 ? dict_of(j->ctx) : NULL;
        size_t after = 0;
        if (d) line = read_dateline(d, t, text, len, times, n, j->title || j->caption, j->joint, &dm, &after);
        rasd_timex day;
        bool numbered = line != UINT32_MAX && !dm && !j->title && !j->caption && numbered_day(d, t, text, len, j->dct, &day);
        if (numbered) {
            n = first_time(j->scratch, &day);
            line = read_dateline(d, t, text, len, (const rasd_timex *)(const void *)j->scratch->p, n, false, j->joint, &dm, &after);
        }
        int moved = line != UINT32_MAX ? files_on(j, dm) : 0;
        if (moved < 0) line = UINT32_MAX;
        if (line != UINT32_MAX && dm) dated_to = dm->end;
        if (line != UINT32_MAX && after < t->ntok) copy_at = rasd_text_source_inline(t, t->tok[after].start);
        if (line != UINT32_MAX || !(j->title || j->caption)) j->lining = false;
        if (moved > 0) {
            j->scratch->len = 0;
            rasd_timex_find_after(t, j->dct, j->dct_off, j->caption ? NULL : &j->anchor, j->scratch);
            n = numbered ? first_time(j->scratch, &day) : RASD_VEC_LEN(j->scratch, rasd_timex);
        }
    }
    for (size_t i = 0; i < n && !j->caption; i++) {
        const rasd_timex *x = &RASD_VEC_AT(j->scratch, rasd_timex, i);
        if (x->kind == RASD_TIMEX_TIME && x->resolved && !x->from[0] && x->tval.grain >= RASD_GRAIN_DAY && !span_bound(t, x->start))
            j->anchor = x->tval;
    }
    for (size_t i = 0; m && i < n; i++) {
        const rasd_timex *x = &RASD_VEC_AT(j->scratch, rasd_timex, i);
        if (x->kind == RASD_TIMEX_TIME && !(j->kinds & RASD_TAG_TIME)) continue;
        if (x->kind == RASD_TIMEX_DURATION && !(j->kinds & RASD_TAG_DURATION)) continue;
        if (x->end > len || x->start >= x->end) continue;
        rasd_mention o = {0};
        o.kind = x->kind == RASD_TIMEX_DURATION ? RASD_MENTION_DURATION : RASD_MENTION_TIME;
        o.article = j->article;
        o.start = doc_start(map, base, x->start);
        o.end = map_end(j->doc, map, base, x->end);
        o.text = rasd_arena_strndup(m->arena, text + x->start, x->end - x->start);
        o.value = opt(m->arena, x->value);
        o.from = opt(m->arena, x->from);
        o.to = opt(m->arena, x->to);
        o.mod = opt(m->arena, x->mod);
        rasd_buf_add(&m->items, &o, sizeof o);
    }
    if (j->dict) {
        /* dates in force along the block (ENT-4): the resolved time points, in order */
        size_t offs[64];
        int32_t days[64];
        size_t nd = 0;
        for (size_t i = 0; i < n && nd < 64; i++) {
            const rasd_timex *x = &RASD_VEC_AT(j->scratch, rasd_timex, i);
            int32_t day;
            /* (not a span's bound, منذ or حتى: "أول زيارة منذ 12 عاماً يجريها الرئيسان" names
             * the presidents of today, not of twelve years ago) */
            if (x->kind == RASD_TIMEX_TIME && x->resolved && value_day(&x->tval, x->mod, &day) && !span_bound(t, x->start)) {
                offs[nd] = x->start;
                days[nd++] = day;
            }
        }
        int32_t dflt = j->role_day;
        /* (a sentence's first date, a month or more before the publication — any, in an article
         * with none — is in force from the sentence's start: it dates the contact told there, the
         * roles of those named before it too: "وكان رئيس الوزراء البريطاني قد التقى مودي في سبتمبر
         * 2023" in 2025 is Sunak) */
        for (size_t k = 0, last = SIZE_MAX; k < nd; k++) {
            size_t s = t->tok[token_of(t, offs[k])].sentence, b0, b1, f, l;
            if (s == last) continue;
            last = s;
            rasd_text_sentence(t, s, &b0, &b1, &f, &l);
            size_t from = rasd_text_source_inline(t, b0);
            if (days[k] < dflt - 31) offs[k] = from;
        }
        rasd_datemap dm = {offs, days, nd, dflt};
        j->ents->len = 0;
        rasd_entity_find(j->dict, j->st, t, &dm, j->ents);
        size_t ne = RASD_VEC_LEN(j->ents, rasd_entmention);
        for (size_t i = 0; m && i < ne; i++) {
            const rasd_entmention *x = &RASD_VEC_AT(j->ents, rasd_entmention, i);
            bool actor = x->kind == RASD_ENT_PERSON;
            if (actor ? !(j->kinds & RASD_TAG_ACTOR) : !(j->kinds & RASD_TAG_PLACE)) continue;
            if (x->end > len || x->start >= x->end) continue;
            const rasd_entity *e = rasd_dict_entity(j->dict, x->entity);
            rasd_mention o = {0};
            o.kind = actor ? RASD_MENTION_ACTOR : e->kind == RASD_ENT_COUNTRY ? RASD_MENTION_COUNTRY
                     : e->kind == RASD_ENT_PLACE ? RASD_MENTION_PLACE : RASD_MENTION_ORGANIZATION;
            o.article = j->article;
            o.start = doc_start(map, base, x->start);
            o.end = map_end(j->doc, map, base, x->end);
            o.text = rasd_arena_strndup(m->arena, text + x->start, x->end - x->start);
            o.name = e->name;
            o.id = e->qid[0] ? e->qid : NULL;
            o.role = x->role ? rasd_role_name(x->role) : NULL;
            o.country = x->role_of[0] ? x->role_of : e->code[0] ? e->code : NULL;
            o.via = x->via;
            o.stands_for = x->metonym_of[0] ? x->metonym_of : NULL;
            rasd_buf_add(&m->items, &o, sizeof o);
        }
    }
    if (j->visit) {
        rasd_block_view v = {j->doc, j->article, t, text, len, base, map,
                             (const rasd_timex *)(const void *)j->scratch->p, n,
                             j->dict ? (const rasd_entmention *)(const void *)j->ents->p : NULL,
                             j->dict ? RASD_VEC_LEN(j->ents, rasd_entmention) : 0, j->dict, j->dct, j->published,
                             j->block, j->title, j->caption, line, dated_to, copy_at, j->next, j->next_len};
        j->visit(&v, j->user);
    }
    j->block++;
    rasd_text_free(t);
}

size_t rasd_block_doc_start(const rasd_block_view *v, size_t i) { return doc_start(v->map, v->base, i); }

size_t rasd_block_doc_end(const rasd_block_view *v, size_t end) { return map_end(v->doc, v->map, v->base, end); }

/* The DCT an ISO publication date gives: only a full date or date-time (a month-only date, from
 * a URL path, fixes no day to count from). */
static bool dct_from(const char *iso, rasd_tval *dct, int *off)
{
    *off = RASD_NO_OFFSET;
    return iso && strlen(iso) >= 10 && rasd_tval_parse_dct(iso, strlen(iso), dct, off);
}

/* The dictionary of ctx, built at first use with the user's files (or the built-in one, shared,
 * without a ctx). */
static rasd_dict *shared_dict;
static pthread_once_t shared_once = PTHREAD_ONCE_INIT;
static void shared_init(void) { shared_dict = rasd_dict_new(NULL); }

static const rasd_dict *dict_of(rasd_ctx *ctx)
{
    if (!ctx) {
        pthread_once(&shared_once, shared_init);
        return shared_dict;
    }
    if (!ctx->dict) {
        ctx->dict = rasd_dict_new(ctx);
        for (size_t i = 0; i < ctx->ndict_files; i++) rasd_dict_load_file(ctx->dict, ctx, ctx->dict_files[i]);
    }
    return ctx->dict;
}

/* Mentions in document order (by start, then end); equal spans keep their order (the index). */
typedef struct keyed { size_t start, end, i; } keyed;

static int by_span(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    if (x->end != y->end) return x->end < y->end ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

static void sort_mentions(rasd_buf *items)
{
    size_t n = RASD_VEC_LEN(items, rasd_mention);
    if (n < 2) return;
    keyed *k = rasd_xrealloc(NULL, n * sizeof *k);
    rasd_mention *src = (rasd_mention *)(void *)items->p;
    for (size_t i = 0; i < n; i++) k[i] = (keyed){src[i].start, src[i].end, i};
    qsort(k, n, sizeof *k, by_span);
    rasd_mention *dst = rasd_xrealloc(NULL, n * sizeof *dst);
    for (size_t i = 0; i < n; i++) dst[i] = src[k[i].i];
    memcpy(src, dst, n * sizeof *dst);
    free(dst);
    free(k);
}

/* ENT-12: the country whose point of view a text's copy takes (a code), or NULL: the agency
 * its dateline cites in parentheses or between slashes near the start of its body text[0..len)
 * ("الرياض (واس) -"، "أبوظبي في 3 مايو / وام /"), else its outlet, else its URL's host — as
 * outlets.tsv lists them; an outlet listed with no country gives none. */
static const char *home_of(const rasd_dict *dict, const char *text, size_t len, const char *outlet, const char *url)
{
    size_t n = len < 320 ? len : 320;
    for (size_t i = 0; text && i < n; i++) {
        char open = text[i];
        if (open != '(' && open != '/') continue;
        size_t rest = len - i - 1;
        const char *close = memchr(text + i + 1, open == '(' ? ')' : '/', rest < 64 ? rest : 64);
        if (!close) continue;
        /* an agency's name has no digit: not a date ("3/5/2025") nor a count */
        size_t sn = (size_t)(close - (text + i + 1)), q = 0;
        while (q < sn && !(text[i + 1 + q] >= '0' && text[i + 1 + q] <= '9')) q++;
        if (q < sn) continue;
        const char *home = rasd_dict_outlet_country(dict, text + i + 1, sn);
        if (home) return home[0] ? home : NULL;
    }
    const char *home = outlet ? rasd_dict_outlet_country(dict, outlet, strlen(outlet)) : NULL;
    if (home) return home[0] ? home : NULL;
    const char *h = url ? strstr(url, "://") : NULL;
    if (h) {
        h += 3;
        home = rasd_dict_host_country(dict, h, strcspn(h, "/?#"));
    }
    return home && home[0] ? home : NULL;
}

/* home_of an article: its first body block, outlet and URL. */
static const char *article_home(const rasd_dict *dict, const rasd_article *a)
{
    const rasd_block *body = NULL;
    for (size_t k = 0; k < rasd_article_nblocks(a) && !body; k++)
        if (rasd_article_block(a, k)->kind == RASD_BLOCK_BODY) body = rasd_article_block(a, k);
    return home_of(dict, body ? body->text : NULL, body ? body->len : 0, rasd_article_outlet(a), rasd_article_url(a));
}

/* TMX-22, EV-7: a wire dateline the cleaner dropped as a line of its own right before block k,
 * the article's first body block, of which alone the caller asks ("الرياض 20 رمضان 1446 هـ
 * الموافق 20 مارس 2025 م واس", then the story): it opens the block as it does when the copy runs
 * on from it on one line. Only a line that opens on a city (or a country: its capital) counts,
 * not a page's date ("الخميس، 13 فبراير 2025"). On success *text holds the line, a space and the
 * block, *line_at is where the line starts in the document (lead_map builds the offsets from
 * both), and the return is where the block's text starts in *text; else 0. */
static size_t lead_dateline(rasd_ctx *ctx, const rasd_doc *d, const rasd_article *a, size_t k, rasd_buf *text,
                            size_t *line_at)
{
    const rasd_block *b = rasd_article_block(a, k);
    size_t lo = k ? rasd_article_block(a, k - 1)->end : 0, nd = rasd_article_ndropped(a);
    const rasd_drop *line = NULL;
    for (size_t q = 0; q < nd; q++) {
        const rasd_drop *x = rasd_article_dropped(a, q);
        /* (a byline only when short and with a dash: "بغداد - واع"; most are "بقلم …") */
        if (x->start >= lo && x->end <= b->start &&
            (strcmp(x->reason, "dateline") == 0 ||
             (strcmp(x->reason, "byline") == 0 && x->end <= d->len && x->end - x->start <= 80 && b->start - x->end <= 64 &&
              memchr(d->src + x->start, '-', x->end - x->start))))
            line = x;
    }
    if (!line || line->end > d->len || line->end - line->start > 200) return 0;
    /* nothing between it and the block but spaces, blank lines and markup */
    for (size_t i = line->end; i < b->start;) {
        if (strchr(" \t\r\n", d->src[i])) { i++; continue; }
        size_t past = i;
        for (size_t q = 0; q < nd && past == i; q++) {
            const rasd_drop *x = rasd_article_dropped(a, q);
            if (x->start <= i && i < x->end && (strcmp(x->reason, "whitespace") == 0 || strcmp(x->reason, "blank") == 0 ||
                                                strcmp(x->reason, "markup") == 0))
                past = x->end;
        }
        if (past == i) return 0;
        i = past;
    }
    size_t s = line->start, e = line->end;
    while (s < e && strchr(" \t\r\n", d->src[s])) s++;
    while (e > s && strchr(" \t\r\n", d->src[e - 1])) e--;
    if (s == e || memchr(d->src + s, '<', e - s) || memchr(d->src + s, '&', e - s) || memchr(d->src + s, '\n', e - s))
        return 0;
    rasd_text *t = rasd_text_new((const char *)d->src + s, e - s, RASD_NORM_TAMARBUTA);
    size_t w;
    bool city = dateline_city(dict_of(ctx), t, &w) != UINT32_MAX;
    /* (a line the cleaner took for a byline is one when all after the city is a listed outlet's
     * name after a mark: "بغداد - واع") */
    if (city && strcmp(line->reason, "byline") == 0)
        city = dateline_mark(t, (const char *)d->src + s, w) && outlet_span(dict_of(ctx), t, (const char *)d->src + s, e - s, w, t->ntok + 1);
    rasd_text_free(t);
    if (!city) return 0;
    size_t at = e - s + 1;   /* where the block's text starts */
    text->len = 0;
    rasd_buf_add(text, d->src + s, e - s);
    rasd_buf_addc(text, ' ');
    rasd_buf_add(text, b->text, b->len);
    text->p[text->len] = 0;
    *line_at = s;
    return at;
}

/* The map of the text lead_dateline joined (its line from byte s of the document, the block from
 * at): each byte's source offset — built once the article is read (most are not). */
static void lead_map(const rasd_block *b, size_t len, size_t s, size_t at, rasd_buf *map)
{
    map->len = 0;
    rasd_buf_reserve(map, len * sizeof(uint32_t));   /* (then written in place: one entry per byte) */
    uint32_t *o = (uint32_t *)(void *)map->p;
    for (size_t i = 0; i < len; i++) o[i] = (uint32_t)(i < at ? s + i : b->map ? b->map[i - at] : b->start + i - at);
    map->len = len * sizeof(uint32_t);
    map->p[map->len] = 0;
}

/* Tags every content block of d's articles (or d itself when it has none), adding the mentions
 * to m when m is not NULL and calling fn, when not NULL, on each block. */
static void tag_doc(rasd_ctx *ctx, const rasd_doc *d, const rasd_articles *as, unsigned kinds, rasd_mentions *m,
                    rasd_block_gate gate, rasd_block_fn fn, void *user)
{
    rasd_buf scratch = {0}, ents = {0}, jtext = {0}, jmap = {0};
    span_job j = {d, m, 0, NULL, RASD_NO_OFFSET, NULL, kinds, NULL, NULL, INT32_MAX, &scratch, &ents, fn, user, 0, false, false,
                  gate, {0}, ctx, false, {0}, SIZE_MAX, NULL, 0};
    if (kinds & (RASD_TAG_ACTOR | RASD_TAG_PLACE)) j.dict = dict_of(ctx);
    size_t na = as ? rasd_articles_count(as) : 0;
    for (size_t i = 0; i < na; i++) {
        const rasd_article *a = rasd_articles_get(as, i);
        rasd_tval dct;
        const char *pub = rasd_article_published(a, NULL);
        bool have = dct_from(pub, &dct, &j.dct_off);
        j.dct = have ? &dct : NULL;
        j.published = pub;
        j.role_day = pub_day(pub);
        j.article = rasd_article_index(a);
        j.block = 0;
        j.lining = true;
        memset(&j.anchor, 0, sizeof j.anchor);
        /* with a gate, the blocks' text layers wait until one passes (mostly the title) */
        size_t nb = rasd_article_nblocks(a), held = 0;
        rasd_text **ts = rasd_xrealloc(NULL, (nb ? nb : 1) * sizeof *ts);
        bool pass = !j.gate;
        j.st = NULL;
        size_t joined = SIZE_MAX, joint = 0, jline = 0;
        bool body = false;
        for (size_t k = 0; k < nb; k++) {
            const rasd_block *bk = rasd_article_block(a, k);
            if (!body && bk->kind == RASD_BLOCK_BODY) {   /* (the first body block only) */
                body = true;
                if ((joint = lead_dateline(ctx, d, a, k, &jtext, &jline))) joined = k;
            }
            ts[held++] = k == joined ? rasd_text_new(jtext.p, jtext.len, RASD_NORM_TAMARBUTA)
                                     : rasd_text_new(bk->text, bk->len, RASD_NORM_TAMARBUTA);
            if (!pass && !j.gate(ts[held - 1], j.dict, user)) continue;
            pass = true;
            if (!j.st) {
                j.st = rasd_entstate_new();
                if (j.dict) rasd_entstate_set_home(j.st, article_home(j.dict, a));
            }
            for (size_t q = 0; q < held; q++) {
                const rasd_block *b = rasd_article_block(a, k + 1 - held + q);
                const rasd_block *nx = k + 2 - held + q < nb ? rasd_article_block(a, k + 2 - held + q) : NULL;
                j.next = nx ? nx->text : NULL;
                j.next_len = nx ? nx->len : 0;
                j.title = b->kind == RASD_BLOCK_TITLE;
                j.caption = b->kind == RASD_BLOCK_CAPTION;
                if (k + 1 - held + q == joined) {
                    lead_map(b, jtext.len, jline, joint, &jmap);
                    j.joint = joint;
                    tag_span(&j, ts[q], jtext.p, jtext.len, (const uint32_t *)(const void *)jmap.p, 0);
                    j.joint = SIZE_MAX;
                } else tag_span(&j, ts[q], b->text, b->len, b->map, b->start);
            }
            held = 0;
        }
        for (size_t q = 0; q < held; q++) rasd_text_free(ts[q]);
        free(ts);
        rasd_entstate_free(j.st);
    }
    if (na == 0 && d && d->len && !d->html) {
        /* no article: tag the document as it is, dated by its metadata or --published */
        const char *pub = d->published ? d->published : (ctx && ctx->published[0] ? ctx->published : NULL);
        rasd_tval dct;
        bool have = dct_from(pub, &dct, &j.dct_off);
        j.dct = have ? &dct : NULL;
        j.published = pub;
        j.role_day = pub_day(pub);
        j.article = 0;
        j.block = 0;
        j.lining = true;
        memset(&j.anchor, 0, sizeof j.anchor);
        j.title = j.caption = false;
        j.next = NULL;
        j.next_len = 0;
        rasd_text *t = rasd_text_new((const char *)d->src, d->len, RASD_NORM_TAMARBUTA);
        if (!j.gate || j.gate(t, j.dict, user)) {
            j.st = rasd_entstate_new();
            if (j.dict) rasd_entstate_set_home(j.st, home_of(j.dict, (const char *)d->src, d->len, d->outlet, d->url));
            tag_span(&j, t, (const char *)d->src, d->len, NULL, 0);
            rasd_entstate_free(j.st);
        } else rasd_text_free(t);
    }
    rasd_buf_free(&scratch);
    rasd_buf_free(&ents);
    rasd_buf_free(&jtext);
    rasd_buf_free(&jmap);
}

rasd_mentions *rasd_tag(rasd_ctx *ctx, const rasd_doc *d, const rasd_articles *as, unsigned kinds)
{
    rasd_mentions *m = rasd_xalloc(sizeof *m);
    m->doc = d;
    m->arena = rasd_arena_new();
    tag_doc(ctx, d, as, kinds, m, NULL, NULL, NULL);
    if (kinds & (RASD_TAG_ACTOR | RASD_TAG_PLACE)) sort_mentions(&m->items);
    return m;
}

void rasd_tag_blocks(rasd_ctx *ctx, const rasd_doc *d, const rasd_articles *as, unsigned kinds, rasd_block_gate gate,
                     rasd_block_fn fn, void *user)
{
    tag_doc(ctx, d, as, kinds, NULL, gate, fn, user);
}


size_t rasd_mentions_count(const rasd_mentions *m) { return m ? RASD_VEC_LEN(&m->items, rasd_mention) : 0; }

const rasd_mention *rasd_mentions_get(const rasd_mentions *m, size_t i)
{
    return i < rasd_mentions_count(m) ? &RASD_VEC_AT(&m->items, rasd_mention, i) : NULL;
}

void rasd_mentions_free(rasd_mentions *m)
{
    if (!m) return;
    rasd_buf_free(&m->items);
    rasd_arena_free(m->arena);
    free(m);
}
