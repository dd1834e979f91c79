/* html.c — the HTML cleaner: a page is one article (rasd_clean_html).
 *
 * The page is parsed with gumbo (an HTML5 parser that keeps every node's byte offset), then:
 * text is cut into units at block boundaries, containers are scored by the paragraphs they hold,
 * the best one is the main content, its paragraphs become body blocks, and every other byte of
 * the page is dropped with the reason its element or text gives. docs/html.md states the rules;
 * their ids are cited here and by tests/unit/test_html.c.
 *
 *   HTML-LIM   Before parsing, a linear scan models the parser's stack of open elements and
 *              blanks (overwrites with spaces, in a private copy of the same length, so offsets
 *              hold) start tags that would open more than DEPTH_MAX elements, or more than
 *              FMT_MAX unclosed formatting elements: gumbo's work per tag grows with the depth,
 *              so this keeps the whole parse linear. Parse errors are not recorded (max_errors
 *              0: gumbo copies the stack into every error). A UTF-8 BOM is blanked too. The tree
 *              is walked without recursion; a page of PAGE_MAX (1 GiB) or more is one
 *              `markup` drop.
 *   HTML-UNIT  Text is cut into units at every block-level element (p, div, li, h1-h6, td, …),
 *              at elements with a drop reason or a caption hint, and never includes text inside
 *              script, style, noscript, template, svg, math, iframe, object, form, button,
 *              select, textarea, nav, header, footer, aside, menu, marquee, [hidden] or
 *              display:none (a <header> inside an <article> or <main> is kept; so is a <form>
 *              that holds 3+ paragraphs or an article: ASP.NET pages wrap the whole page in one).
 *   HTML-TEXT  A unit's text is its text nodes' decoded text (entities decoded by the parser),
 *              white space runs (rasd_is_space_cp: ASCII blanks, no-break and other Unicode
 *              spaces) collapsed to one space, trimmed; a <br> makes the run a newline "\n",
 *              and two <br> with only white space between them end the unit (old pages write
 *              paragraphs as text separated by <br><br>).
 *   HTML-MAP   map[i] is the source offset of text byte i: exact for text copied from the page;
 *              an entity ("&amp;", "&#1575;", "&nbsp;") maps all its decoded bytes to its '&';
 *              CR LF maps to the CR; a collapsed space maps to the first blank of its run, a
 *              "\n" to its <br>. map[len] is the block's end. A block spans its text's source
 *              bytes (inline tags inside it included); blocks never overlap.
 *   HTML-HINT  class and id are cut into words (at non-alphanumerics and camelCase joints) and
 *              matched whole: article, content, entry, post, story, body, text, matn, detail(s),
 *              main are positive; comment, footer, nav, menu, sidebar, related, share, social,
 *              widget, ad(s), promo, breadcrumb, tags, newsletter, most-read … are negative and
 *              name a drop reason; caption marks a caption. role, itemprop (articleBody,
 *              author) and itemtype (…Article) count too. Negative words win over positive. A
 *              word's reason is not applied to an element holding 3/5+ of the main content's
 *              letters (an incidental "with-sidebar" on the article's wrapper).
 *   HTML-SCORE A unit of 25+ letters that is not mostly links, not a heading or caption, scores
 *              1 + its punctuation marks (, ، ; ؛ . ! ? ؟ ۔ …) + min(letters/100, 3) for its
 *              container (its parent for p, pre, li, dd, dt, headings; else itself) and half of
 *              that for the container's parent. A container's score: base by tag (article 10,
 *              main 8, div 5, section/td/blockquote 3, lists -3) + 25 per positive hint, -25 per
 *              negative, +25 for itemprop=articleBody, + paragraph scores, times (1 - link
 *              density of its text). The best wins; it is replaced by its parent while the
 *              parent scores at least 3/4 of the best; siblings scoring at least max(10, 1/5 of
 *              it), or paragraphs of 80+ letters that are not links, join it (HTML-MAIN).
 *   HTML-BODY  In the main content: headings h2-h6 and p, pre, blockquote, address text are
 *              body; other units (div, li, td text) are body when sentence-like (8+ words, or 3+
 *              words ending in . ! ? ؟ …). Not body: units under a negative-hint element
 *              (its reason), mostly links (related_links), starting with a stock phrase of
 *              data/boilerplate.tsv (its reason), others (boilerplate). Paragraphs inside the
 *              nearest <article> before the main content (a standfirst) are body too.
 *   HTML-TITLE The title block is the first h1 in the main content, else the last h1 before it
 *              (of 4+ words and not a link, or matching the page's og:title/<title>; a <p>
 *              left inside an unclosed h1 is a paragraph, not title); else the
 *              title is og:title, else <title> with a " - Site" / " | Site" suffix (or a
 *              "Site | " prefix) cut, set without a block.
 *   HTML-CAP   figcaption, <caption> and caption-hinted elements inside the main content or
 *              the article region (the nearest <article> around it, else its parent) are
 *              caption blocks; a caption whose text was already a caption is dropped as
 *              `repeated_caption`; alt text is never a block.
 *   HTML-DROP  Every byte that is not in a block is dropped: an element with a reason (nav and
 *              header → navigation, footer → footer, aside → related_links, hints) is dropped
 *              whole (its tags too); text units take their reason (boilerplate by default; mostly
 *              links: navigation before the main content, related_links after it); tags,
 *              comments, the head, scripts and styles are `markup`.
 *   HTML-META  og:site_name → outlet; <link rel=canonical>, else og:url → url (only when the
 *              document carries no url: a JSONL/WARC url wins).
 *   HTML-DATE  Publication date candidates, all of rank metadata, first found wins: meta tags
 *              (property/name/itemprop, in this order of names: article:published_time,
 *              og:published_time, datePublished, pubdate, publishdate, date, DC.date.issued,
 *              sailthru.date, parsely-pub-date), then JSON-LD datePublished (NewsArticle,
 *              Article, ReportageNewsArticle… first; any object, @graph and arrays searched;
 *              dateCreated only if no datePublished), then <time datetime> (itemprop=
 *              datePublished, else the first one in the article's header or before its body).
 *              Values are read with rasd_iso_date_parse (time and offset kept), else
 *              rasd_dateline_parse. A document's own `published` (JSONL) wins: then none is
 *              offered.
 *   HTML-DL    Among the first DL_UNITS units of the article region (from its title), a unit,
 *              or the first line of one, that rasd_dateline_parse reads is a `dateline` drop and
 *              dates the article (rank dateline, or aggregator_header); so does a byline whose
 *              "|"-separated piece is a date line.
 * Cost: linear in the page (the scan, the parse under HTML-LIM, the walks, one byte of label
 * per page byte); JSON-LD search is capped at LD_NODES values per script.
 */
#include "clean/clean.h"

#include <ctype.h>
#include <gumbo.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NONE UINT32_MAX

enum {
    DEPTH_MAX = 256,      /* HTML-LIM: elements the parser may hold open */
    FMT_MAX = 48,         /* HTML-LIM: formatting elements left unclosed */
    ATTR_MAX = 256,       /* bytes of a class/id/style value looked at */
    LD_NODES = 4096,      /* JSON-LD values visited per script */
    DL_UNITS = 8,         /* units looked at for a dateline (HTML-DL) */
    DL_BYTES = 200,       /* longest text read as a dateline */
    PHRASE_BYTES = 160    /* bytes of a unit normalized for the stock-phrase check */
};
/* HTML-LIM: larger pages are not parsed. Decoded text is at most 3 bytes per page byte (U+FFFD
 * for an invalid byte), so every text and map index fits in 32 bits. */
#define PAGE_MAX ((size_t)1 << 30)

/* ---- drop reasons ----------------------------------------------------------------------- */
enum {
    R_MARKUP, R_NAV, R_FOOTER, R_RELATED, R_TAGS, R_SHARE, R_ADVERT, R_BOILER, R_BYLINE,
    R_TICKER, R_DATELINE, R_REPCAP, R_NREASONS, R_BLOCK = 255
};
static const char *const reason_name[R_NREASONS] = {
    "markup", "navigation", "footer", "related_links", "tags", "share_widget", "advert",
    "boilerplate", "byline", "ticker", "dateline", "repeated_caption"};

static int reason_code(const char *s)
{
    for (int i = 0; i < R_NREASONS; i++)
        if (strcmp(reason_name[i], s) == 0) return i;
    return R_BOILER;
}

/* ---- tag classes ------------------------------------------------------------------------ */
enum {
    T_VOID = 1 << 0,     /* never on the stack of open elements */
    T_RAW = 1 << 1,      /* raw text / RCDATA content (no tags inside) */
    T_SPECIAL = 1 << 2,  /* "special" in the HTML parsing algorithm */
    T_SCOPE = 1 << 3,    /* bounds "has an element in scope" */
    T_FMT = 1 << 4,      /* formatting element */
    T_CLOSEP = 1 << 5,   /* its start tag closes an open <p> */
    T_BLOCK = 1 << 6,    /* breaks text into units (HTML-UNIT) */
    T_PARA = 1 << 7,     /* paragraph-like: scores for its parent (HTML-SCORE) */
    T_CONT = 1 << 8,     /* may hold the main content */
    T_SKIP = 1 << 9      /* its text is never content (HTML-UNIT) */
};
#define SP T_SPECIAL
#define BL T_BLOCK
#define CP T_CLOSEP
static const uint16_t tag_class[GUMBO_TAG_LAST + 1] = {
    [GUMBO_TAG_HTML] = SP | T_SCOPE | BL, [GUMBO_TAG_HEAD] = SP | BL | T_SKIP,
    [GUMBO_TAG_TITLE] = T_RAW | SP | BL | T_SKIP, [GUMBO_TAG_BASE] = T_VOID | SP,
    [GUMBO_TAG_LINK] = T_VOID | SP, [GUMBO_TAG_META] = T_VOID | SP,
    [GUMBO_TAG_STYLE] = T_RAW | SP | BL | T_SKIP, [GUMBO_TAG_SCRIPT] = T_RAW | SP | BL | T_SKIP,
    [GUMBO_TAG_NOSCRIPT] = SP | BL | T_SKIP, [GUMBO_TAG_TEMPLATE] = SP | T_SCOPE | BL | T_SKIP,
    [GUMBO_TAG_BODY] = SP | BL | T_CONT, [GUMBO_TAG_ARTICLE] = SP | CP | BL | T_CONT,
    [GUMBO_TAG_SECTION] = SP | CP | BL | T_CONT, [GUMBO_TAG_NAV] = SP | CP | BL | T_SKIP,
    [GUMBO_TAG_ASIDE] = SP | CP | BL | T_SKIP,
    [GUMBO_TAG_H1] = SP | CP | BL | T_PARA, [GUMBO_TAG_H2] = SP | CP | BL | T_PARA,
    [GUMBO_TAG_H3] = SP | CP | BL | T_PARA, [GUMBO_TAG_H4] = SP | CP | BL | T_PARA,
    [GUMBO_TAG_H5] = SP | CP | BL | T_PARA, [GUMBO_TAG_H6] = SP | CP | BL | T_PARA,
    [GUMBO_TAG_HGROUP] = SP | CP | BL, [GUMBO_TAG_HEADER] = SP | CP | BL | T_SKIP,
    [GUMBO_TAG_FOOTER] = SP | CP | BL | T_SKIP, [GUMBO_TAG_ADDRESS] = SP | CP | BL | T_PARA,
    [GUMBO_TAG_P] = SP | CP | BL | T_PARA, [GUMBO_TAG_HR] = T_VOID | SP | CP | BL,
    [GUMBO_TAG_PRE] = SP | CP | BL | T_PARA, [GUMBO_TAG_BLOCKQUOTE] = SP | CP | BL | T_CONT,
    [GUMBO_TAG_OL] = SP | CP | BL | T_CONT, [GUMBO_TAG_UL] = SP | CP | BL | T_CONT,
    [GUMBO_TAG_LI] = SP | BL | T_PARA, [GUMBO_TAG_DL] = SP | CP | BL | T_CONT,
    [GUMBO_TAG_DT] = SP | BL | T_PARA, [GUMBO_TAG_DD] = SP | BL | T_PARA,
    [GUMBO_TAG_FIGURE] = SP | CP | BL | T_CONT, [GUMBO_TAG_FIGCAPTION] = SP | CP | BL | T_PARA,
    [GUMBO_TAG_MAIN] = SP | CP | BL | T_CONT, [GUMBO_TAG_DIV] = SP | CP | BL | T_CONT,
    [GUMBO_TAG_A] = T_FMT, [GUMBO_TAG_EM] = T_FMT, [GUMBO_TAG_STRONG] = T_FMT,
    [GUMBO_TAG_SMALL] = T_FMT, [GUMBO_TAG_S] = T_FMT, [GUMBO_TAG_CODE] = T_FMT,
    [GUMBO_TAG_I] = T_FMT, [GUMBO_TAG_B] = T_FMT, [GUMBO_TAG_U] = T_FMT,
    [GUMBO_TAG_BR] = T_VOID | SP, [GUMBO_TAG_WBR] = T_VOID | SP,
    [GUMBO_TAG_IMAGE] = T_VOID | SP, [GUMBO_TAG_IMG] = T_VOID | SP,
    [GUMBO_TAG_IFRAME] = T_RAW | SP | BL | T_SKIP, [GUMBO_TAG_EMBED] = T_VOID | SP | BL | T_SKIP,
    [GUMBO_TAG_OBJECT] = SP | T_SCOPE | BL | T_SKIP, [GUMBO_TAG_PARAM] = T_VOID | SP,
    [GUMBO_TAG_VIDEO] = BL | T_SKIP, [GUMBO_TAG_AUDIO] = BL | T_SKIP,
    [GUMBO_TAG_SOURCE] = T_VOID | SP, [GUMBO_TAG_TRACK] = T_VOID | SP,
    [GUMBO_TAG_CANVAS] = BL | T_SKIP, [GUMBO_TAG_AREA] = T_VOID | SP,
    [GUMBO_TAG_MATH] = BL | T_SKIP, [GUMBO_TAG_MI] = SP | T_SCOPE, [GUMBO_TAG_MO] = SP | T_SCOPE,
    [GUMBO_TAG_MN] = SP | T_SCOPE, [GUMBO_TAG_MS] = SP | T_SCOPE, [GUMBO_TAG_MTEXT] = SP | T_SCOPE,
    [GUMBO_TAG_ANNOTATION_XML] = SP | T_SCOPE, [GUMBO_TAG_SVG] = BL | T_SKIP,
    [GUMBO_TAG_FOREIGNOBJECT] = SP | T_SCOPE, [GUMBO_TAG_DESC] = SP | T_SCOPE,
    [GUMBO_TAG_TABLE] = SP | T_SCOPE | CP | BL | T_CONT, [GUMBO_TAG_CAPTION] = SP | T_SCOPE | BL | T_PARA,
    [GUMBO_TAG_COLGROUP] = SP | BL, [GUMBO_TAG_COL] = T_VOID | SP,
    [GUMBO_TAG_TBODY] = SP | BL, [GUMBO_TAG_THEAD] = SP | BL, [GUMBO_TAG_TFOOT] = SP | BL,
    [GUMBO_TAG_TR] = SP | BL, [GUMBO_TAG_TD] = SP | T_SCOPE | BL | T_CONT,
    [GUMBO_TAG_TH] = SP | T_SCOPE | BL | T_CONT,
    [GUMBO_TAG_FORM] = SP | CP | BL | T_CONT | T_SKIP, [GUMBO_TAG_FIELDSET] = SP | CP | BL,
    [GUMBO_TAG_LEGEND] = BL, [GUMBO_TAG_INPUT] = T_VOID | SP,
    [GUMBO_TAG_BUTTON] = SP | BL | T_SKIP, [GUMBO_TAG_SELECT] = SP | BL | T_SKIP,
    [GUMBO_TAG_DATALIST] = BL | T_SKIP, [GUMBO_TAG_OPTGROUP] = BL | T_SKIP,
    [GUMBO_TAG_OPTION] = BL | T_SKIP, [GUMBO_TAG_TEXTAREA] = T_RAW | SP | BL | T_SKIP,
    [GUMBO_TAG_KEYGEN] = T_VOID | SP, [GUMBO_TAG_DETAILS] = SP | CP | BL | T_CONT,
    [GUMBO_TAG_SUMMARY] = SP | CP | BL | T_PARA, [GUMBO_TAG_MENU] = SP | CP | BL | T_SKIP,
    [GUMBO_TAG_APPLET] = SP | T_SCOPE | BL | T_SKIP, [GUMBO_TAG_BGSOUND] = T_VOID | SP,
    [GUMBO_TAG_DIR] = SP | CP | BL | T_CONT, [GUMBO_TAG_FRAME] = T_VOID | SP,
    [GUMBO_TAG_FRAMESET] = SP | BL | T_SKIP, [GUMBO_TAG_NOFRAMES] = T_RAW | SP | BL | T_SKIP,
    [GUMBO_TAG_ISINDEX] = SP, [GUMBO_TAG_LISTING] = SP | CP | BL | T_PARA,
    [GUMBO_TAG_XMP] = T_RAW | SP | CP | BL | T_PARA, [GUMBO_TAG_NOEMBED] = T_RAW | SP | BL | T_SKIP,
    [GUMBO_TAG_PLAINTEXT] = SP | CP | BL | T_PARA, [GUMBO_TAG_STRIKE] = T_FMT,
    [GUMBO_TAG_BASEFONT] = T_VOID | SP, [GUMBO_TAG_BIG] = T_FMT,
    [GUMBO_TAG_CENTER] = SP | CP | BL | T_CONT, [GUMBO_TAG_FONT] = T_FMT,
    [GUMBO_TAG_MARQUEE] = SP | T_SCOPE | BL | T_SKIP, [GUMBO_TAG_NOBR] = T_FMT,
    [GUMBO_TAG_TT] = T_FMT,
};
#undef SP
#undef BL
#undef CP

static unsigned tclass(GumboTag t) { return (unsigned)t <= GUMBO_TAG_LAST ? tag_class[t] : 0; }
static bool is_heading(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }

/* The reason of an element whose text is never content (HTML-UNIT, HTML-DROP). */
static int skip_reason(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_MENU: return R_NAV;
    case GUMBO_TAG_FOOTER: return R_FOOTER;
    case GUMBO_TAG_ASIDE: return R_RELATED;
    case GUMBO_TAG_MARQUEE: return R_TICKER;
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: return R_MARKUP;
    default: return R_BOILER;  /* forms, buttons, noscript, svg, object, video… */
    }
}

/* ---- HTML-LIM: a model of the parser's open elements ----------------------------------- */
typedef struct { GumboTag tag; uint32_t h; } otag;
typedef struct {
    otag st[DEPTH_MAX];
    size_t n;
    size_t fmt;       /* formatting start tags not yet closed by their own end tag */
    size_t foreign;   /* svg/math on the stack */
} tamer;

static bool tag_ws(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

static GumboTag tag_of(const uint8_t *p, size_t n, uint32_t *h)
{
    char name[24];
    uint32_t x = 2166136261u;
    for (size_t i = 0; i < n; i++) x = (x ^ (uint8_t)tolower(p[i])) * 16777619u;
    *h = x;
    if (n >= sizeof name) return GUMBO_TAG_UNKNOWN;
    for (size_t i = 0; i < n; i++) name[i] = (char)tolower(p[i]);
    name[n] = 0;
    return gumbo_tag_enum(name);
}

static void pop_to(tamer *t, size_t k)
{
    for (size_t i = k; i < t->n; i++)
        if (t->st[i].tag == GUMBO_TAG_SVG || t->st[i].tag == GUMBO_TAG_MATH) t->foreign--;
    t->n = k;
}

/* "close a p element" when one is in button scope */
static void close_p(tamer *t)
{
    for (size_t k = t->n; k-- > 0;) {
        GumboTag g = t->st[k].tag;
        if (g == GUMBO_TAG_P) { pop_to(t, k); return; }
        if ((tclass(g) & T_SCOPE) || g == GUMBO_TAG_BUTTON) return;
    }
}

/* li / dd / dt: close an open item unless a special element other than address, div, p is
 * in between */
static void close_item(tamer *t, GumboTag a, GumboTag b)
{
    for (size_t k = t->n; k-- > 0;) {
        GumboTag g = t->st[k].tag;
        if (g == a || g == b) { pop_to(t, k); return; }
        if ((tclass(g) & T_SPECIAL) && g != GUMBO_TAG_ADDRESS && g != GUMBO_TAG_DIV && g != GUMBO_TAG_P) return;
    }
}

/* table parts: pop to the nearest of a/b/c below the nearest table */
static void close_cell(tamer *t, GumboTag a, GumboTag b, GumboTag c)
{
    for (size_t k = t->n; k-- > 0;) {
        GumboTag g = t->st[k].tag;
        if (g == a || g == b || g == c) { pop_to(t, k); return; }
        if (g == GUMBO_TAG_TABLE || g == GUMBO_TAG_TEMPLATE || g == GUMBO_TAG_HTML) return;
    }
}

/* Returns false when the start tag must be blanked. */
static bool tame_start(tamer *t, GumboTag tag, uint32_t h, bool selfclose)
{
    unsigned c = tclass(tag);
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HEAD ||
        tag == GUMBO_TAG_FRAMESET || (c & T_VOID) || (t->foreign && selfclose))
        return true;
    if (c & T_CLOSEP) close_p(t);
    switch (tag) {
    case GUMBO_TAG_LI: close_item(t, GUMBO_TAG_LI, GUMBO_TAG_LI); break;
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: close_item(t, GUMBO_TAG_DD, GUMBO_TAG_DT); break;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: close_cell(t, GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_TH); break;
    case GUMBO_TAG_TR: close_cell(t, GUMBO_TAG_TR, GUMBO_TAG_TR, GUMBO_TAG_TR); break;
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
        close_cell(t, GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT); break;
    case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP:
        if (t->n && t->st[t->n - 1].tag == GUMBO_TAG_OPTION) pop_to(t, t->n - 1);
        if (tag == GUMBO_TAG_OPTGROUP && t->n && t->st[t->n - 1].tag == GUMBO_TAG_OPTGROUP) pop_to(t, t->n - 1);
        break;
    default:
        if (is_heading(tag) && t->n && is_heading(t->st[t->n - 1].tag)) pop_to(t, t->n - 1);
        break;
    }
    if (t->n >= DEPTH_MAX) return false;
    if ((c & T_FMT) && tag != GUMBO_TAG_A && tag != GUMBO_TAG_NOBR) {
        if (t->fmt >= FMT_MAX) return false;
        t->fmt++;
    }
    t->st[t->n++] = (otag){tag, h};
    if (tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH) t->foreign++;
    return true;
}

static void tame_end(tamer *t, GumboTag tag, uint32_t h)
{
    unsigned c = tclass(tag);
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_BR) return;
    if ((c & T_FMT) && tag != GUMBO_TAG_A && tag != GUMBO_TAG_NOBR && t->fmt) t->fmt--;
    if (tag == GUMBO_TAG_P) { close_p(t); return; }
    bool special = (c & T_SPECIAL) != 0;
    for (size_t k = t->n; k-- > 0;) {
        GumboTag g = t->st[k].tag;
        bool match = (g == tag && t->st[k].h == h) || (is_heading(tag) && is_heading(g));
        if (match) { pop_to(t, k); return; }
        if (special ? (tclass(g) & T_SCOPE) != 0 : (tclass(g) & T_SPECIAL) != 0) return;
        if (tag == GUMBO_TAG_LI && (g == GUMBO_TAG_OL || g == GUMBO_TAG_UL)) return;
    }
}

static size_t skip_to_gt(const uint8_t *p, size_t n, size_t i)
{
    const uint8_t *q = i < n ? memchr(p + i, '>', n - i) : NULL;
    return q ? (size_t)(q - p) + 1 : n;
}

/* Where the raw text of element `name` ends: at "</name" followed by a blank, '/' or '>'. */
static size_t raw_end(const uint8_t *p, size_t n, size_t i, const uint8_t *name, size_t nl)
{
    while (i < n) {
        const uint8_t *q = memchr(p + i, '<', n - i);
        if (!q) return n;
        i = (size_t)(q - p);
        if (i + 2 + nl <= n && p[i + 1] == '/' && strncasecmp((const char *)p + i + 2, (const char *)name, nl) == 0 &&
            (i + 2 + nl == n || tag_ws(p[i + 2 + nl]) || p[i + 2 + nl] == '/' || p[i + 2 + nl] == '>'))
            return i;
        i++;
    }
    return n;
}

/* HTML-LIM: blanks, in p[0..n) (the parser's private copy), the start tags that would make the
 * parser's stack deeper than DEPTH_MAX or hold more than FMT_MAX unclosed formatting elements.
 * The scan follows the HTML tokenizer (comments, raw text, quoted attributes) closely enough;
 * its model of the stack errs on the deep side. */
static void tame(uint8_t *p, size_t n)
{
    tamer *t = rasd_xalloc(sizeof *t);
    size_t i = 0;
    while (i < n) {
        const uint8_t *lt = memchr(p + i, '<', n - i);
        if (!lt) break;
        i = (size_t)(lt - p);
        if (i + 1 >= n) break;
        uint8_t c = p[i + 1];
        if (c == '!') {
            if (i + 3 < n && p[i + 2] == '-' && p[i + 3] == '-') {
                size_t e = i + 2;
                while (e + 3 <= n && !(p[e] == '-' && p[e + 1] == '-' && p[e + 2] == '>')) {
                    const uint8_t *q = memchr(p + e + 1, '-', n - e - 1);
                    e = q ? (size_t)(q - p) : n;
                }
                i = e + 3 <= n ? e + 3 : n;
            } else {
                i = skip_to_gt(p, n, i + 2);
            }
            continue;
        }
        if (c == '?') { i = skip_to_gt(p, n, i + 2); continue; }
        bool end = c == '/';
        size_t ns = i + 1 + (end ? 1 : 0);
        if (ns >= n || !isalpha(p[ns])) {
            i = end ? skip_to_gt(p, n, ns) : i + 1;
            continue;
        }
        size_t ne = ns;
        while (ne < n && !tag_ws(p[ne]) && p[ne] != '/' && p[ne] != '>') ne++;
        size_t k = ne;
        bool selfclose = false, closed = false;
        while (k < n) {
            uint8_t b = p[k];
            if (tag_ws(b)) { k++; continue; }
            if (b == '>') { closed = true; k++; break; }
            if (b == '/') { selfclose = k + 1 < n && p[k + 1] == '>'; k++; continue; }
            k++;  /* an attribute name: its first character may be anything */
            while (k < n && !tag_ws(p[k]) && p[k] != '/' && p[k] != '>' && p[k] != '=') k++;
            size_t w = k;
            while (w < n && tag_ws(p[w])) w++;
            if (w < n && p[w] == '=') {
                k = w + 1;
                while (k < n && tag_ws(p[k])) k++;
                if (k < n && (p[k] == '"' || p[k] == '\'')) {
                    const uint8_t *q = k + 1 < n ? memchr(p + k + 1, p[k], n - k - 1) : NULL;
                    k = q ? (size_t)(q - p) + 1 : n;
                } else {
                    while (k < n && !tag_ws(p[k]) && p[k] != '>') k++;
                }
            }
        }
        if (!closed) break;  /* end of input inside a tag: the parser drops it */
        uint32_t h;
        GumboTag tag = tag_of(p + ns, ne - ns, &h);
        if (end) {
            tame_end(t, tag, h);
        } else if (tag == GUMBO_TAG_PLAINTEXT && !t->foreign) {
            break;
        } else if ((tclass(tag) & T_RAW) && !t->foreign) {
            k = raw_end(p, n, k, p + ns, ne - ns);
        } else if (!tame_start(t, tag, h, selfclose)) {
            memset(p + i, ' ', k - i);
        }
        i = k;
    }
    free(t);
}

/* ---- the flattened tree ------------------------------------------------------------------- */
enum {
    E_SKIP = 1 << 0,      /* inherited: text here is never content */
    E_LINK = 1 << 1,      /* inherited: inside <a> */
    E_CAPTION = 1 << 2,   /* inherited: inside a caption */
    E_CAPHINT = 1 << 3,   /* own: figcaption, caption or a caption hint */
    E_ARTICLE = 1 << 4,   /* own: <article> or itemtype …Article */
    E_BODYPROP = 1 << 5,  /* own: itemprop=articleBody */
    E_HASART = 1 << 6,    /* subtree holds an <article> or <main> */
    E_INART = 1 << 7,     /* inherited: inside an <article> or <main> */
    E_OWNSKIP = 1 << 8,   /* own: an element that hides its text */
    E_MAIN = 1 << 9,      /* inherited: inside the main content */
    E_ROOT = 1 << 10,     /* own: a root of the main content */
    E_HINTREASON = 1 << 11 /* own: the reason comes from a class/id/role word, not the tag */
};

typedef struct elem {
    const GumboNode *node;
    uint32_t parent, end;     /* parent index (NONE for the root); pre-order index past the subtree */
    uint32_t s, e;            /* source extent of the element and its content; s > e if unknown */
    GumboTag tag;
    uint16_t flags;
    uint8_t reason;           /* own drop reason, 0 (markup) when none */
    bool has_reason;
    int8_t hint;              /* +1 / -1 / 0 (HTML-HINT) */
    uint32_t neg;             /* nearest ancestor-or-self with a reason, NONE */
    uint32_t owner;           /* nearest ancestor-or-self that starts units */
    uint32_t heading;         /* nearest h1-h6 ancestor-or-self, NONE */
    uint32_t art;             /* nearest article-like ancestor-or-self, NONE */
    uint32_t np;              /* <p> elements in the subtree */
    uint32_t chars, links;    /* letters of units owned in the subtree, and those in links */
    float acc;                /* paragraph scores (HTML-SCORE) */
} elem;

enum { EV_ENTER, EV_EXIT, EV_TEXT };
typedef struct event { uint8_t kind; uint32_t elem; const GumboNode *text; } event;

/* A unit of text (HTML-UNIT) and what becomes of it. */
enum { F_DROP, F_TITLE, F_BODY, F_CAPTION };
typedef struct unit {
    uint32_t owner;
    uint32_t t0, n;           /* text: tb[t0 .. t0+n) */
    uint32_t m0;              /* map: mb[m0 .. m0+n], the last entry the end */
    uint32_t s, e;            /* source span */
    uint32_t chars, links, words, punct;
    uint32_t line1;           /* bytes before the first '\n' (n when none) */
    bool sentence_end;
    uint8_t fate, reason;
} unit;

typedef struct meta_info {
    int date_idx;               /* index in date_names of the meta date found (NDATE_NAMES: none) */
    char date[32];
    char ld[32];                /* JSON-LD date and its rank (4: none) */
    int ld_rank;
    uint32_t time_item, time_first;   /* <time itemprop=datePublished>, first <time> in the article */
    char time_item_date[32], time_first_date[32];
} meta_info;

typedef struct cleaner {
    rasd_articles *set;
    rasd_article *art;
    const uint8_t *src;       /* the page as the parser saw it (offsets are the same) */
    uint32_t len;
    rasd_buf elems, events, units;
    rasd_buf tb, mb;          /* unit texts (char) and maps (uint32_t) */
    rasd_buf amap, aend;      /* scratch: alignment of one text node */
    /* the unit being built */
    bool open;
    unit cur;
    int pend;                 /* 0 none, 1 space, 2 newline pending before the next letter */
    uint32_t pend_pos;
    int32_t last_cp, prev_cp;
    /* the main content */
    uint32_t main, main_end;  /* first root, and the pre-order end of the last root */
    uint64_t main_chars;      /* letters in the main content */
    uint32_t region;          /* nearest article-like ancestor of the main content, or its parent */
    uint32_t title_unit;
    char *meta_title;         /* og:title or cut <title>, malloc'd */
    meta_info meta;
} cleaner;

#define EL(c, i) RASD_VEC_AT(&(c)->elems, elem, i)
#define UN(c, i) RASD_VEC_AT(&(c)->units, unit, i)
#define NEL(c) ((uint32_t)RASD_VEC_LEN(&(c)->elems, elem))
#define NUN(c) ((uint32_t)RASD_VEC_LEN(&(c)->units, unit))

static const char *attr(const GumboNode *n, const char *name)
{
    GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : NULL;
}

/* ---- HTML-HINT ---------------------------------------------------------------------------- */
enum { H_POS = -1, H_CAP = -2, H_MOST = -3 };
typedef struct { const char *w; int kind; } hint_word;
static const hint_word hint_words[] = {
    {"article", H_POS}, {"content", H_POS}, {"entry", H_POS}, {"post", H_POS}, {"story", H_POS},
    {"body", H_POS}, {"text", H_POS}, {"matn", H_POS}, {"details", H_POS}, {"detail", H_POS},
    {"main", H_POS},
    {"caption", H_CAP}, {"figcaption", H_CAP},
    {"most", H_MOST},
    {"comment", R_BOILER}, {"comments", R_BOILER}, {"disqus", R_BOILER}, {"newsletter", R_BOILER},
    {"subscribe", R_BOILER}, {"subscription", R_BOILER}, {"signup", R_BOILER}, {"widget", R_BOILER},
    {"popup", R_BOILER}, {"modal", R_BOILER}, {"cookie", R_BOILER}, {"cookies", R_BOILER},
    {"consent", R_BOILER}, {"login", R_BOILER}, {"hidden", R_BOILER}, {"rating", R_BOILER},
    {"footer", R_FOOTER}, {"copyright", R_FOOTER},
    {"nav", R_NAV}, {"navbar", R_NAV}, {"navigation", R_NAV}, {"menu", R_NAV}, {"breadcrumb", R_NAV},
    {"breadcrumbs", R_NAV}, {"pagination", R_NAV}, {"pager", R_NAV}, {"topbar", R_NAV},
    {"masthead", R_NAV}, {"toolbar", R_NAV},
    {"tags", R_TAGS}, {"tag", R_TAGS}, {"keywords", R_TAGS}, {"topics", R_TAGS},
    {"related", R_RELATED}, {"sidebar", R_RELATED}, {"side", R_RELATED}, {"recommended", R_RELATED},
    {"popular", R_RELATED}, {"trending", R_RELATED}, {"mostread", R_RELATED}, {"mostviewed", R_RELATED},
    {"more", R_RELATED}, {"readmore", R_RELATED}, {"similar", R_RELATED}, {"latest", R_RELATED},
    {"share", R_SHARE}, {"sharing", R_SHARE}, {"social", R_SHARE}, {"addthis", R_SHARE},
    {"sharethis", R_SHARE}, {"print", R_SHARE}, {"whatsapp", R_SHARE}, {"facebook", R_SHARE},
    {"twitter", R_SHARE}, {"telegram", R_SHARE}, {"follow", R_SHARE}, {"fontsize", R_SHARE},
    {"ad", R_ADVERT}, {"ads", R_ADVERT}, {"advert", R_ADVERT}, {"adverts", R_ADVERT},
    {"advertisement", R_ADVERT}, {"advertising", R_ADVERT}, {"adv", R_ADVERT}, {"adsense", R_ADVERT},
    {"adsbygoogle", R_ADVERT}, {"banner", R_ADVERT}, {"sponsor", R_ADVERT}, {"sponsored", R_ADVERT},
    {"promo", R_ADVERT}, {"promoted", R_ADVERT}, {"promotion", R_ADVERT}, {"dfp", R_ADVERT},
    {"gpt", R_ADVERT}, {"outbrain", R_ADVERT}, {"taboola", R_ADVERT}, {"mgid", R_ADVERT},
    {"author", R_BYLINE}, {"byline", R_BYLINE}, {"writer", R_BYLINE}, {"meta", R_BYLINE}, {"dateline", R_BYLINE},
    {"date", R_DATELINE}, {"time", R_DATELINE}, {"timestamp", R_DATELINE}, {"published", R_DATELINE},
    {"ticker", R_TICKER}, {"marquee", R_TICKER}, {"urgent", R_TICKER},
};

typedef struct { int neg; bool pos, cap; } hint_acc;

static void hint_word_add(hint_acc *h, const char *w, size_t n, bool *after_most)
{
    bool most = *after_most;
    *after_most = false;
    if (most && (strcmp(w, "read") == 0 || strcmp(w, "viewed") == 0 || strcmp(w, "popular") == 0 ||
                 strcmp(w, "commented") == 0 || strcmp(w, "shared") == 0)) {
        if (h->neg < 0) h->neg = R_RELATED;
        return;
    }
    for (size_t k = 0; k < sizeof hint_words / sizeof *hint_words; k++) {
        if (hint_words[k].w[0] != w[0] || strlen(hint_words[k].w) != n || strcmp(hint_words[k].w, w) != 0) continue;
        int kind = hint_words[k].kind;
        if (kind == H_POS) h->pos = true;
        else if (kind == H_CAP) h->cap = true;
        else if (kind == H_MOST) *after_most = true;
        else if (h->neg < 0) h->neg = kind;
        return;
    }
}

/* Cuts a class or id value into lower-case words at non-alphanumerics and camelCase joints. */
static void hint_words_of(hint_acc *h, const char *v)
{
    char w[32];
    size_t n = 0, len = strnlen(v, ATTR_MAX);
    bool after_most = false;
    for (size_t i = 0; i <= len; i++) {
        unsigned char c = i < len ? (unsigned char)v[i] : 0;
        bool alnum = c < 0x80 && isalnum(c);
        bool joint = alnum && n && isupper(c) && i && islower((unsigned char)v[i - 1]);
        if ((!alnum || joint) && n) {
            w[n < sizeof w ? n : sizeof w - 1] = 0;
            if (n < sizeof w) hint_word_add(h, w, n, &after_most);
            n = 0;
        }
        if (alnum) { if (n < sizeof w - 1) w[n] = (char)tolower(c); n++; }
    }
}

static bool ci_contains(const char *hay, const char *needle)
{
    size_t nl = strlen(needle), hl = strnlen(hay, ATTR_MAX);
    for (size_t i = 0; i + nl <= hl; i++)
        if (strncasecmp(hay + i, needle, nl) == 0) return true;
    return false;
}

static bool hides(const GumboNode *n)
{
    if (attr(n, "hidden")) return true;
    const char *st = attr(n, "style");
    if (!st) return false;
    char b[ATTR_MAX + 1];
    size_t k = 0;
    for (size_t i = 0; st[i] && i < ATTR_MAX; i++)
        if (!isspace((unsigned char)st[i])) b[k++] = (char)tolower((unsigned char)st[i]);
    b[k] = 0;
    return strstr(b, "display:none") || strstr(b, "visibility:hidden");
}

/* The element's own class: hints, reason, flags (HTML-HINT, HTML-UNIT). */
static void classify_elem(elem *E)
{
    const GumboNode *n = E->node;
    GumboTag t = E->tag;
    hint_acc h = {-1, false, false};
    if (t != GUMBO_TAG_BODY && t != GUMBO_TAG_HTML) {
        const char *v;
        if ((v = attr(n, "class"))) hint_words_of(&h, v);
        if ((v = attr(n, "id"))) hint_words_of(&h, v);
        if ((v = attr(n, "role"))) {
            if (!strcasecmp(v, "navigation") || !strcasecmp(v, "banner") || !strcasecmp(v, "search") ||
                !strcasecmp(v, "menu") || !strcasecmp(v, "menubar")) { if (h.neg < 0) h.neg = R_NAV; }
            else if (!strcasecmp(v, "contentinfo")) { if (h.neg < 0) h.neg = R_FOOTER; }
            else if (!strcasecmp(v, "complementary")) { if (h.neg < 0) h.neg = R_RELATED; }
            else if (!strcasecmp(v, "main") || !strcasecmp(v, "article")) h.pos = true;
        }
        if ((v = attr(n, "itemprop"))) {
            if (ci_contains(v, "articleBody")) { E->flags |= E_BODYPROP; h.pos = true; }
            else if ((ci_contains(v, "author") || ci_contains(v, "creator")) && h.neg < 0) h.neg = R_BYLINE;
        }
        if ((v = attr(n, "itemtype")) && (ci_contains(v, "Article") || ci_contains(v, "BlogPosting")))
            E->flags |= E_ARTICLE;
    }
    if (t == GUMBO_TAG_ARTICLE) E->flags |= E_ARTICLE;
    if (t == GUMBO_TAG_FIGCAPTION || t == GUMBO_TAG_CAPTION || h.cap) E->flags |= E_CAPHINT;
    if (tclass(t) & T_SKIP) {
        E->flags |= E_OWNSKIP;
        E->reason = (uint8_t)skip_reason(t);
        E->has_reason = E->reason != R_MARKUP;
    }
    if (hides(n)) {
        E->flags |= E_OWNSKIP;
        E->reason = R_BOILER;
        E->has_reason = true;
    }
    if (h.neg >= 0) {
        E->hint = -1;
        if (!E->has_reason && !(E->flags & E_OWNSKIP)) {
            E->reason = (uint8_t)h.neg;
            E->has_reason = true;
            E->flags |= E_HINTREASON;
        }
    } else if (h.pos) {
        E->hint = 1;
    }
}

/* ---- walking the tree once, without recursion -------------------------------------------- */
static void extent(elem *E, uint32_t s, uint32_t e)
{
    if (s < E->s) E->s = s;
    if (e > E->e) E->e = e;
}

static void flatten(cleaner *c, const GumboNode *doc)
{
    typedef struct { const GumboNode *n; unsigned next; uint32_t elem; } frame;
    rasd_buf stack = {0};
    RASD_VEC_PUSH(&stack, frame, ((frame){doc, 0, NONE}));
    while (stack.len) {
        frame *f = &RASD_VEC_AT(&stack, frame, RASD_VEC_LEN(&stack, frame) - 1);
        const GumboVector *kids = f->n->type == GUMBO_NODE_DOCUMENT ? &f->n->v.document.children
                                                                    : &f->n->v.element.children;
        if (f->next >= kids->length) {
            if (f->elem != NONE) {
                RASD_VEC_PUSH(&c->events, event, ((event){EV_EXIT, f->elem, NULL}));
                EL(c, f->elem).end = NEL(c);
            }
            stack.len -= sizeof(frame);
            continue;
        }
        const GumboNode *k = kids->data[f->next++];
        uint32_t parent = f->elem;
        if (k->type == GUMBO_NODE_ELEMENT || k->type == GUMBO_NODE_TEMPLATE) {
            const GumboElement *g = &k->v.element;
            elem E = {0};
            E.node = k;
            E.parent = parent;
            E.tag = g->tag;
            E.s = UINT32_MAX;
            E.neg = E.heading = E.art = NONE;
            bool clone = (k->parse_flags & (GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT |
                                            GUMBO_INSERTION_ADOPTION_AGENCY_CLONED)) != 0;
            if (g->original_tag.length && !clone && g->start_pos.offset + g->original_tag.length <= c->len)
                extent(&E, g->start_pos.offset, g->start_pos.offset + (uint32_t)g->original_tag.length);
            if (g->original_end_tag.length && g->end_pos.offset + g->original_end_tag.length <= c->len)
                extent(&E, g->end_pos.offset, g->end_pos.offset + (uint32_t)g->original_end_tag.length);
            classify_elem(&E);
            uint32_t idx = NEL(c);
            RASD_VEC_PUSH(&c->elems, elem, E);
            RASD_VEC_PUSH(&c->events, event, ((event){EV_ENTER, idx, NULL}));
            RASD_VEC_PUSH(&stack, frame, ((frame){k, 0, idx}));
        } else if (parent != NONE) {
            const GumboText *tx = &k->v.text;
            uint32_t s = tx->start_pos.offset, e = s + (uint32_t)tx->original_text.length;
            if (tx->original_text.data && e <= c->len && s <= e) extent(&EL(c, parent), s, e);
            if (k->type != GUMBO_NODE_COMMENT)
                RASD_VEC_PUSH(&c->events, event, ((event){EV_TEXT, parent, k}));
        }
    }
    rasd_buf_free(&stack);
}

/* Subtree sums (extents, <p> counts) bottom-up, then inherited fields top-down. */
static void derive(cleaner *c)
{
    uint32_t n = NEL(c);
    for (uint32_t i = n; i-- > 1;) {
        elem *E = &EL(c, i);
        if (E->parent == NONE) continue;
        elem *P = &EL(c, E->parent);
        if (E->s <= E->e) extent(P, E->s, E->e);
        P->np += E->np + (E->tag == GUMBO_TAG_P);
        if ((E->flags & (E_HASART | E_ARTICLE)) || E->tag == GUMBO_TAG_MAIN) P->flags |= E_HASART;
    }
    for (uint32_t i = 0; i < n; i++) {
        elem *E = &EL(c, i);
        const elem *P = E->parent != NONE ? &EL(c, E->parent) : NULL;
        uint16_t inh = P ? (P->flags & (E_SKIP | E_LINK | E_CAPTION | E_INART)) : 0;
        /* HTML-UNIT exceptions: a header inside an article, a form holding the page */
        if (E->tag == GUMBO_TAG_HEADER && (inh & E_INART)) { E->flags &= (uint16_t)~E_OWNSKIP; E->has_reason = false; E->reason = 0; }
        if (E->tag == GUMBO_TAG_FORM && (E->np >= 3 || (E->flags & E_HASART)) && !hides(E->node)) {
            E->flags &= (uint16_t)~E_OWNSKIP; E->has_reason = false; E->reason = 0;
        }
        E->flags |= inh;
        if (E->flags & E_OWNSKIP) E->flags |= E_SKIP;
        if (E->tag == GUMBO_TAG_A) E->flags |= E_LINK;
        if (E->flags & E_CAPHINT) E->flags |= E_CAPTION;
        if ((E->flags & E_ARTICLE) || E->tag == GUMBO_TAG_MAIN) E->flags |= E_INART;
        E->neg = E->has_reason ? i : P ? P->neg : NONE;
        E->heading = is_heading(E->tag) ? i : P ? P->heading : NONE;
        E->art = (E->flags & E_ARTICLE) ? i : P ? P->art : NONE;
        bool starts = !P || (tclass(E->tag) & T_BLOCK) || E->has_reason || (E->flags & (E_CAPHINT | E_OWNSKIP));
        E->owner = starts ? i : P->owner;
    }
}

/* ---- HTML-TEXT / HTML-MAP ---------------------------------------------------------------- */
static bool is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

static size_t cp_len(const char *d, size_t i, size_t n)
{
    int32_t cp;
    size_t l = rasd_utf8_next((const uint8_t *)d + i, n - i, &cp);
    return l ? l : 1;
}

/* Length of the source "character" at o[j]: a valid UTF-8 sequence, or the maximal invalid
 * prefix the parser turns into one U+FFFD. */
static size_t src_char_len(const uint8_t *o, size_t j, size_t on)
{
    int32_t cp;
    size_t l = rasd_utf8_next(o + j, on - j, &cp);
    if (l) return l;
    size_t want = o[j] >= 0xF0 ? 4 : o[j] >= 0xE0 ? 3 : o[j] >= 0xC0 ? 2 : 1, k = 1;
    while (k < want && j + k < on && is_cont(o[j + k])) k++;
    return k;
}

static bool special_src(uint8_t b) { return b == '&' || b == '\r' || b == '<' || b == 0; }

/* Does decoded d[i..] line up with source o[j..]? 2: bytes compared equal up to the end of
 * both, a special source byte, 8 bytes, or a non-ASCII byte the parser may have replaced;
 * 1: nothing to compare (at once a special byte or the end of d); 0: a mismatch. */
static int lines_up(const char *d, size_t i, size_t dn, const uint8_t *o, size_t j, size_t on)
{
    size_t k = 0;
    for (;; k++) {
        if (i + k >= dn) return k || j + k >= on ? 2 : 1;
        if (j + k >= on) return 0;
        if (special_src(o[j + k])) return k ? 2 : 1;
        if (k == 8) return 2;
        if ((uint8_t)d[i + k] != o[j + k])  /* past copied text, a character the parser replaced? */
            return k && ((uint8_t)d[i + k] >= 0x80 || o[j + k] >= 0x80) ? 2 : 0;
    }
}

/* Length of the character reference at o[j] == '&' ("&name;", "&#123;", "&#x1F;", legacy
 * "&amp" without ';'); 1 when none follows. */
static size_t ref_len(const uint8_t *o, size_t j, size_t on)
{
    size_t k = j + 1;
    if (k < on && o[k] == '#') {
        k++;
        bool hex = k < on && (o[k] == 'x' || o[k] == 'X');
        if (hex) k++;
        size_t d0 = k;
        while (k < on && k - j < 40 && (hex ? isxdigit(o[k]) : isdigit(o[k]))) k++;
        if (k == d0) return 1;
    } else {
        while (k < on && k - j < 40 && o[k] < 0x80 && isalnum(o[k])) k++;
        if (k == j + 1) return 1;
    }
    if (k < on && o[k] == ';') k++;
    return k - j;
}

/* Aligns a text node's decoded text d[0..dn) with its source o[0..on) at offset base: fills
 * amap[i] (source offset of decoded byte i) and aend[i] (end of the source it came from). */
static void align(cleaner *c, const char *d, size_t dn, const uint8_t *o, size_t on, uint32_t base)
{
    c->amap.len = c->aend.len = 0;
    rasd_buf_reserve(&c->amap, (dn + 1) * sizeof(uint32_t));
    rasd_buf_reserve(&c->aend, (dn + 1) * sizeof(uint32_t));
    uint32_t *am = (uint32_t *)(void *)c->amap.p, *ae = (uint32_t *)(void *)c->aend.p;
    size_t i = 0, j = 0;
#define MAPRUN(cnt, at, stop) do { for (size_t q_ = 0; q_ < (cnt); q_++) { am[i + q_] = base + (uint32_t)(at); ae[i + q_] = base + (uint32_t)(stop); } i += (cnt); } while (0)
    while (i < dn) {
        if (j >= on) { MAPRUN(dn - i, on ? on - 1 : 0, on); break; }
        uint8_t b = o[j];
        if (b == '&') {
            /* a reference the parser decoded, or text copied as it is ("AT&T", "&foo;"): the
             * reading whose continuation lines up with the source wins, copied text first */
            size_t L = ref_len(o, j, on);
            int lit = L > 1 && L <= dn - i && memcmp(d + i, o + j, L) == 0 ? lines_up(d, i + L, dn, o, j + L, on) : 0;
            size_t weak = 0, strong = 0;
            if (L > 1 && lit < 2) {
                for (size_t k = 1; k <= 12 && i + k <= dn; k++) {
                    if (i + k < dn && is_cont((uint8_t)d[i + k])) continue;
                    int r = lines_up(d, i + k, dn, o, j + L, on);
                    if (r == 2) { strong = k; break; }
                    if (r == 1 && !weak) weak = k;
                }
            }
            if (lit == 2 || (lit == 1 && !strong)) {
                for (size_t q = 0; q < L; q++) { am[i + q] = base + (uint32_t)(j + q); ae[i + q] = base + (uint32_t)(j + q + 1); }
                i += L; j += L;
                continue;
            }
            size_t k = strong ? strong : weak;
            if (k) { MAPRUN(k, j, j + L); j += L; continue; }
            if (d[i] == '&') { MAPRUN(1, j, j + 1); j++; continue; }
        } else if (b == '\r') {
            size_t l = j + 1 < on && o[j + 1] == '\n' ? 2 : 1;
            if (d[i] == '\n') { MAPRUN(1, j, j + l); }
            j += l;
            continue;
        } else if (b == '<' && d[i] != '<') {
            /* a tag the parser ignored inside this text ("a</foo>b") */
            j = skip_to_gt(o, on, j);
            continue;
        } else if (b == 0) {
            if (dn - i >= 3 && memcmp(d + i, "\xEF\xBF\xBD", 3) == 0) MAPRUN(3, j, j + 1);
            j++;
            continue;
        } else if (tag_ws(b) && !tag_ws((uint8_t)d[i])) {
            j++;  /* a blank the parser dropped (the newline after <pre>) */
            continue;
        } else if (b == (uint8_t)d[i]) {
            /* copied text, a whole code point at a time */
            size_t l = cp_len(d, i, dn);
            if (j + l <= on && memcmp(d + i, o + j, l) == 0) {
                for (size_t q = 0; q < l; q++) { am[i + q] = base + (uint32_t)(j + q); ae[i + q] = base + (uint32_t)(j + q + 1); }
                i += l; j += l;
                continue;
            }
        }
        /* anything else: one decoded code point for one source character */
        size_t dl = cp_len(d, i, dn), sl = src_char_len(o, j, on);
        if (dl > dn - i) dl = dn - i;
        MAPRUN(dl, j, j + sl);
        j += sl;
    }
#undef MAPRUN
    am[dn] = base + (uint32_t)(j < on ? j : on);
}

static void unit_open(cleaner *c, uint32_t owner)
{
    memset(&c->cur, 0, sizeof c->cur);
    c->cur.owner = owner;
    c->cur.t0 = (uint32_t)c->tb.len;
    c->cur.m0 = (uint32_t)RASD_VEC_LEN(&c->mb, uint32_t);
    c->cur.s = UINT32_MAX;
    c->cur.line1 = UINT32_MAX;
    c->open = true;
    c->pend = 0;
    c->last_cp = c->prev_cp = ' ';
}

static bool is_punct(int32_t cp)
{
    return cp == ',' || cp == 0x060C || cp == ';' || cp == 0x061B || cp == '.' || cp == '!' || cp == '?' ||
           cp == 0x061F || cp == 0x06D4 || cp == 0x2026;
}
static bool is_final(int32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x061F || cp == 0x06D4 || cp == 0x2026; }

static void unit_put(cleaner *c, const char *p, size_t n, uint32_t at)
{
    rasd_buf_add(&c->tb, p, n);
    for (size_t k = 0; k < n; k++) RASD_VEC_PUSH(&c->mb, uint32_t, at + (uint32_t)k);
}

/* Appends a text node to the current unit (HTML-TEXT, HTML-MAP). */
static void unit_text(cleaner *c, uint32_t el, const GumboNode *k)
{
    const GumboText *tx = &k->v.text;
    const char *d = tx->text;
    if (!d || !tx->original_text.data) return;
    size_t dn = strlen(d);
    uint32_t base = tx->start_pos.offset;
    size_t on = tx->original_text.length;
    if (base > c->len || on > c->len - base) return;
    if (!c->open) unit_open(c, EL(c, el).owner);
    align(c, d, dn, c->src + base, on, base);
    const uint32_t *am = (const uint32_t *)(void *)c->amap.p, *ae = (const uint32_t *)(void *)c->aend.p;
    bool link = (EL(c, el).flags & E_LINK) != 0;
    unit *u = &c->cur;
    for (size_t i = 0; i < dn;) {
        int32_t cp;
        size_t l = rasd_utf8_next((const uint8_t *)d + i, dn - i, &cp);
        if (!l) { l = 1; cp = 0xFFFD; }
        if (i + l > dn) l = dn - i;
        if (rasd_is_space_cp(cp) || cp < 0x20 || cp == 0x7F) {
            if (!c->pend) { c->pend = 1; c->pend_pos = am[i]; }
            i += l;
            continue;
        }
        if (c->pend && u->n) {
            if (c->pend == 2 && u->line1 == UINT32_MAX) u->line1 = u->n;
            unit_put(c, c->pend == 2 ? "\n" : " ", 1, c->pend_pos);
            u->n++;
            if (c->pend_pos < u->s) u->s = c->pend_pos;
            if (c->pend_pos >= u->e) u->e = c->pend_pos + 1;
        }
        if (c->pend || !u->n) u->words++;
        c->pend = 0;
        /* copied bytes map one to one; decoded ones all to the start of their source */
        rasd_buf_add(&c->tb, d + i, l);
        for (size_t q = 0; q < l; q++) {
            /* every map entry lies in [s, e), and e within the page */
            uint32_t m = am[i + q] < c->len ? am[i + q] : c->len - 1, e = ae[i + q] <= m ? m + 1 : ae[i + q];
            RASD_VEC_PUSH(&c->mb, uint32_t, m);
            if (m < u->s) u->s = m;
            if (e > u->e) u->e = e <= c->len ? e : c->len;
        }
        u->n += (uint32_t)l;
        u->chars++;
        if (link) u->links++;
        if (is_punct(cp)) u->punct++;
        c->prev_cp = c->last_cp;
        c->last_cp = cp;
        i += l;
    }
}

static void unit_flush(cleaner *c);

static void unit_break(cleaner *c, const elem *br)
{
    if (!c->open || !c->cur.n) return;
    if (c->pend == 2) { unit_flush(c); return; }  /* <br><br>: a paragraph break */
    c->pend = 2;
    c->pend_pos = br->s <= br->e ? br->s : c->cur.e;
}

static void unit_flush(cleaner *c)
{
    if (!c->open) return;
    c->open = false;
    unit *u = &c->cur;
    if (!u->n) {
        c->tb.len = u->t0;
        c->mb.len = (size_t)u->m0 * sizeof(uint32_t);
        return;
    }
    RASD_VEC_PUSH(&c->mb, uint32_t, u->e);
    if (u->line1 == UINT32_MAX) u->line1 = u->n;
    int32_t last = c->last_cp;
    if (last == '"' || last == ')' || last == 0xBB || last == 0x201D || last == 0xAB) last = c->prev_cp;
    u->sentence_end = is_final(last);
    u->fate = F_DROP;
    u->reason = R_BOILER;
    RASD_VEC_PUSH(&c->units, unit, *u);
}

static void build_units(cleaner *c)
{
    size_t ne = RASD_VEC_LEN(&c->events, event);
    for (size_t i = 0; i < ne; i++) {
        const event *v = &RASD_VEC_AT(&c->events, event, i);
        const elem *E = &EL(c, v->elem);
        if (v->kind == EV_TEXT) {
            if (!(E->flags & E_SKIP)) unit_text(c, v->elem, v->text);
            continue;
        }
        if (E->owner == v->elem) unit_flush(c);
        else if (v->kind == EV_ENTER && E->tag == GUMBO_TAG_BR && !(E->flags & E_SKIP)) unit_break(c, E);
    }
    unit_flush(c);
}

/* The heading a unit belongs to: its owner if a heading, else the nearest heading around it
 * unless the unit is a paragraph (a <p> left inside an unclosed <h1> is a paragraph). */
static uint32_t unit_heading(cleaner *c, const unit *u)
{
    const elem *O = &EL(c, u->owner);
    if (is_heading(O->tag)) return u->owner;
    return O->tag == GUMBO_TAG_P || O->tag == GUMBO_TAG_LI || O->tag == GUMBO_TAG_PRE ? NONE : O->heading;
}

/* ---- HTML-SCORE / HTML-MAIN ---------------------------------------------------------------- */
static float base_score(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ARTICLE: return 10;
    case GUMBO_TAG_MAIN: return 8;
    case GUMBO_TAG_DIV: return 5;
    case GUMBO_TAG_SECTION: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: return -3;
    default: return 0;
    }
}

static bool is_candidate(const elem *E)
{
    return !(E->flags & E_SKIP) && (tclass(E->tag) & T_CONT);
}

/* The container a paragraph scores for: the nearest candidate at or above `from`. */
static uint32_t container_of(cleaner *c, uint32_t from)
{
    uint32_t x = from;
    for (int hops = 0; x != NONE && hops < 8; hops++) {
        if (is_candidate(&EL(c, x))) return x;
        x = EL(c, x).parent;
    }
    return from;
}

static float final_score(const elem *E)
{
    float s = base_score(E->tag) + 25.0f * (float)E->hint + E->acc;
    if (E->flags & E_BODYPROP) s += 25;
    float ld = E->chars ? (float)E->links / (float)E->chars : 0;
    return s * (1 - ld);
}

static bool ancestor_or_self(cleaner *c, uint32_t a, uint32_t x) { return a != NONE && a <= x && x < EL(c, a).end; }

static void choose_main(cleaner *c)
{
    uint32_t n = NEL(c), nu = NUN(c);
    for (uint32_t i = 0; i < nu; i++) {
        const unit *u = &UN(c, i);
        elem *O = &EL(c, u->owner);
        O->chars += u->chars;
        O->links += u->links;
        if (u->chars < 25 || 2 * u->links > u->chars || unit_heading(c, u) != NONE || (O->flags & E_CAPTION)) continue;
        float sc = 1.0f + (float)u->punct + (u->chars / 100 < 3 ? (float)(u->chars / 100) : 3.0f);
        uint32_t from = (tclass(O->tag) & T_PARA) && O->parent != NONE ? O->parent : u->owner;
        uint32_t k = container_of(c, from);
        EL(c, k).acc += sc;
        if (EL(c, k).parent != NONE) EL(c, EL(c, k).parent).acc += sc / 2;
    }
    for (uint32_t i = n; i-- > 1;) {
        elem *E = &EL(c, i);
        if (E->parent == NONE) continue;
        EL(c, E->parent).chars += E->chars;
        EL(c, E->parent).links += E->links;
    }
    uint32_t best = NONE;
    float bs = 0;
    for (uint32_t i = 0; i < n; i++) {
        const elem *E = &EL(c, i);
        if (E->acc <= 0 || !is_candidate(E)) continue;
        float s = final_score(E);
        if (best == NONE || s > bs) { best = i; bs = s; }
    }
    if (best == NONE) {
        /* no paragraph anywhere: the body (or the root) holds whatever there is */
        for (uint32_t i = 0; i < n && best == NONE; i++) if (EL(c, i).tag == GUMBO_TAG_BODY) best = i;
        if (best == NONE) best = 0;
    } else {
        for (;;) {
            uint32_t p = EL(c, best).parent;
            if (p == NONE || EL(c, p).tag == GUMBO_TAG_BODY || EL(c, p).tag == GUMBO_TAG_HTML ||
                !is_candidate(&EL(c, p)) || final_score(&EL(c, p)) < 0.75f * bs)
                break;
            best = p;
        }
    }
    c->main = best;
    c->main_end = EL(c, best).end;
    EL(c, best).flags |= E_ROOT;
    /* siblings that belong with it (HTML-MAIN) */
    uint32_t par = EL(c, best).parent;
    if (par != NONE && EL(c, best).tag != GUMBO_TAG_BODY && EL(c, best).tag != GUMBO_TAG_HTML) {
        float ms = final_score(&EL(c, best)), th = ms / 5 > 10 ? ms / 5 : 10;
        for (uint32_t s = par + 1; s < EL(c, par).end; s = EL(c, s).end) {
            elem *S = &EL(c, s);
            if (s == best || (S->flags & E_SKIP) || S->has_reason || S->hint < 0) continue;
            bool join = (S->acc > 0 && is_candidate(S) && final_score(S) >= th) ||
                        (S->tag == GUMBO_TAG_P && S->chars >= 80 && 4 * S->links < S->chars);
            if (!join) continue;
            S->flags |= E_ROOT;
            if (s < c->main) c->main = s;
            if (S->end > c->main_end) c->main_end = S->end;
        }
    }
    for (uint32_t i = 0; i < n; i++) {
        elem *E = &EL(c, i);
        if ((E->flags & E_ROOT) || (E->parent != NONE && (EL(c, E->parent).flags & E_MAIN))) E->flags |= E_MAIN;
        if (E->flags & E_ROOT) c->main_chars += E->chars;
    }
    /* the article around it: the nearest <article> (or itemtype Article) ancestor, else its parent */
    uint32_t a = EL(c, best).art;
    c->region = a != NONE ? a : (par != NONE && EL(c, par).tag != GUMBO_TAG_BODY && EL(c, par).tag != GUMBO_TAG_HTML) ? par : best;
}

/* ---- stock phrases (data/boilerplate.tsv, matched by phrases.c) ------------------------------ */
/* The reason of a stock phrase that starts (or is) the unit, -1 if none. */
static int unit_phrase(cleaner *c, const unit *u)
{
    if (u->words > 40) return -1;
    const char *t = c->tb.p + u->t0;
    size_t n = u->n < PHRASE_BYTES ? u->n : PHRASE_BYTES;
    while (n && n < u->n && is_cont((uint8_t)t[n])) n--;  /* do not cut a character */
    char norm[PHRASE_BYTES * 2 + 8];
    rasd_norm_into(t, n, norm, sizeof norm);
    const char *r = rasd_phrase_match(norm, norm, RASD_BP(RASD_BP_START) | RASD_BP(RASD_BP_WHOLE), NULL);
    return r && strcmp(r, "caption_credit") != 0 ? reason_code(r) : -1;
}

/* ---- HTML-BODY / HTML-TITLE / HTML-CAP ------------------------------------------------------- */
static bool in_main(cleaner *c, const unit *u) { return (EL(c, u->owner).flags & E_MAIN) != 0; }

/* Whether the reason of element r applies to what it holds: never for the main content or an
 * element around it; a reason from a class word not for an element that holds most (3/5) of
 * the main content's letters — the word is incidental ("has-sidebar" on the body's wrapper). */
static bool reason_applies(cleaner *c, uint32_t r)
{
    const elem *R = &EL(c, r);
    if (!R->has_reason || ancestor_or_self(c, r, c->main) || (R->flags & E_ROOT)) return false;
    return !((R->flags & E_HINTREASON) && (R->flags & E_MAIN) && 5 * (uint64_t)R->chars >= 3 * c->main_chars);
}

/* The reason of the nearest element around el whose reason applies, -1 if none. */
static int elem_reason(cleaner *c, uint32_t el)
{
    for (uint32_t r = EL(c, el).neg; r != NONE;) {
        if (reason_applies(c, r)) return EL(c, r).reason;
        if (ancestor_or_self(c, r, c->main)) return -1;
        uint32_t p = EL(c, r).parent;
        r = p != NONE ? EL(c, p).neg : NONE;
    }
    return -1;
}

static bool similar_title(cleaner *c, const unit *u)
{
    if (!c->meta_title) return false;
    char a[512], b[512];
    size_t n = u->n < 400 ? u->n : 400;
    while (n && n < u->n && is_cont((uint8_t)c->tb.p[u->t0 + n])) n--;
    rasd_norm_into(c->tb.p + u->t0, n, a, sizeof a);
    rasd_norm_into(c->meta_title, strlen(c->meta_title), b, sizeof b);
    return a[0] && b[0] && (strstr(a, b) || strstr(b, a));
}

static void choose_title(cleaner *c)
{
    uint32_t nu = NUN(c), inside = NONE, before = NONE;
    for (uint32_t i = 0; i < nu; i++) {
        const unit *u = &UN(c, i);
        uint32_t h = unit_heading(c, u);
        if (h == NONE || EL(c, h).tag != GUMBO_TAG_H1 || elem_reason(c, u->owner) >= 0) continue;
        if (in_main(c, u)) { if (inside == NONE) inside = i; }
        else if (u->owner < c->main) {
            /* one unit per h1: the first */
            if (before == NONE || unit_heading(c, &UN(c, before)) != h) before = i;
        }
    }
    uint32_t t = inside;
    if (t == NONE && before != NONE) {
        const unit *u = &UN(c, before);
        if ((u->words >= 4 && 2 * u->links <= u->chars) || similar_title(c, u)) t = before;
    }
    c->title_unit = t;
    if (t != NONE) UN(c, t).fate = F_TITLE;
}

static bool caption_near(cleaner *c, const unit *u)
{
    return in_main(c, u) || ancestor_or_self(c, c->region, u->owner);
}

/* Captions: the first of each text is a block, its repeats are repeated_caption (HTML-CAP). */
static void captions(cleaner *c)
{
    uint32_t nu = NUN(c), cap = 16;
    while (cap < 2 * nu) cap *= 2;
    uint32_t *slot = rasd_xalloc(cap * sizeof *slot);  /* unit index + 1, 0 empty */
    for (uint32_t i = 0; i < nu; i++) {
        unit *u = &UN(c, i);
        if (u->fate != F_DROP || !(EL(c, u->owner).flags & E_CAPTION) || elem_reason(c, u->owner) >= 0) continue;
        if (!caption_near(c, u)) continue;
        const char *t = c->tb.p + u->t0;
        uint32_t h = (uint32_t)rasd_hash64(t, u->n) & (cap - 1);
        bool seen = false;
        for (; slot[h]; h = (h + 1) & (cap - 1)) {
            const unit *v = &UN(c, slot[h] - 1);
            if (v->n == u->n && memcmp(c->tb.p + v->t0, t, u->n) == 0) { seen = true; break; }
        }
        if (seen) { u->reason = R_REPCAP; continue; }
        slot[h] = i + 1;
        u->fate = F_CAPTION;
    }
    free(slot);
}

static bool sentence_like(const unit *u) { return u->words >= 8 || (u->words >= 3 && u->sentence_end); }

static void decide(cleaner *c)
{
    uint32_t nu = NUN(c);
    for (uint32_t i = 0; i < nu; i++) {
        unit *u = &UN(c, i);
        if (u->fate != F_DROP) continue;
        const elem *O = &EL(c, u->owner);
        bool caption = (O->flags & E_CAPTION) != 0;
        int r = elem_reason(c, u->owner);
        bool linky = 2 * u->links > u->chars;
        bool main = in_main(c, u);
        bool standfirst = !main && c->region != NONE && (EL(c, c->region).flags & E_ARTICLE) &&
                          ancestor_or_self(c, c->region, u->owner) && u->owner < c->main && O->tag == GUMBO_TAG_P;
        if (r >= 0) { u->reason = (uint8_t)r; continue; }
        if (caption) { if (u->reason != R_REPCAP) u->reason = R_BOILER; continue; }
        int ph = unit_phrase(c, u);
        if (ph >= 0) { u->reason = (uint8_t)ph; continue; }
        if (main || standfirst) {
            if (linky) { u->reason = R_RELATED; continue; }
            uint32_t h = unit_heading(c, u);
            GumboTag ot = h != NONE ? EL(c, h).tag : O->tag;
            bool para = is_heading(ot) || ot == GUMBO_TAG_P || ot == GUMBO_TAG_PRE || ot == GUMBO_TAG_ADDRESS ||
                        ot == GUMBO_TAG_BLOCKQUOTE || ot == GUMBO_TAG_LISTING || ot == GUMBO_TAG_XMP;
            if (para || sentence_like(u)) { u->fate = F_BODY; continue; }
            u->reason = R_BOILER;
            continue;
        }
        u->reason = linky ? (u->owner < c->main ? R_NAV : R_RELATED) : R_BOILER;
    }
}

/* ---- HTML-DL ----------------------------------------------------------------------------- */
typedef struct span { uint32_t s, e; uint8_t reason; } span;

/* A date in one of the segments of a byline ("CITY - NAME | 04/09/2023 - 18:30"): the text
 * is cut at | • · and each piece is tried. */
static bool segment_date(const char *t, size_t n, char iso[32], bool *agg)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && t[j] != '|' && t[j] != '\n' && !(j + 1 < n && (uint8_t)t[j] == 0xC2 && (uint8_t)t[j + 1] == 0xB7) &&
               !(j + 2 < n && (uint8_t)t[j] == 0xE2 && (uint8_t)t[j + 1] == 0x80 && (uint8_t)t[j + 2] == 0xA2))
            j++;
        if (j < n || i > 0) {
            size_t s = i, e = j;
            while (s < e && t[s] == ' ') s++;
            while (e > s && t[e - 1] == ' ') e--;
            if (e > s && rasd_dateline_parse(t + s, e - s, iso, agg)) return true;
        }
        if (j >= n) break;
        i = j + ((uint8_t)t[j] == 0xC2 ? 2 : (uint8_t)t[j] == 0xE2 ? 3 : 1);
    }
    return false;
}

static void datelines(cleaner *c, rasd_buf *extra)
{
    uint32_t nu = NUN(c), looked = 0;
    uint32_t from = c->title_unit != NONE ? c->title_unit + 1 : 0;
    for (uint32_t i = from; i < nu && looked < DL_UNITS; i++) {
        unit *u = &UN(c, i);
        if (!ancestor_or_self(c, c->region, u->owner) && !in_main(c, u)) {
            if (u->owner >= c->main_end) break;
            continue;
        }
        if (u->fate == F_CAPTION || u->fate == F_TITLE) continue;
        looked++;
        char iso[32];
        bool agg = false;
        const char *t = c->tb.p + u->t0;
        rasd_date_rank rank;
        if (u->n <= DL_BYTES && rasd_dateline_parse(t, u->n, iso, &agg)) {
            /* the whole unit is a dateline */
            rank = agg ? RASD_DATE_AGGREGATOR : RASD_DATE_DATELINE;
            rasd_art_date(c->art, iso, rank);
            u->fate = F_DROP;
            u->reason = R_DATELINE;
            return;
        }
        if (u->line1 < u->n && u->line1 <= DL_BYTES &&
            (rasd_dateline_parse(t, u->line1, iso, &agg) || segment_date(t, u->line1, iso, &agg))) {
            rasd_art_date(c->art, iso, agg ? RASD_DATE_AGGREGATOR : RASD_DATE_DATELINE);
            /* the first line is the dateline; the rest stays what it was */
            const uint32_t *m = (const uint32_t *)(void *)c->mb.p + u->m0;
            uint32_t cut = u->line1 + 1;  /* past the "\n" */
            span sp = {u->s, m[cut], R_DATELINE};
            rasd_buf_add(extra, &sp, sizeof sp);
            u->t0 += cut;
            u->m0 += cut;
            u->n -= cut;
            u->s = UINT32_MAX;
            for (uint32_t k = 0; k < u->n; k++) if (m[cut + k] < u->s) u->s = m[cut + k];
            u->line1 = u->n;
            return;
        }
        if (u->n <= DL_BYTES && segment_date(t, u->n, iso, &agg)) {
            /* a byline that carries the date: it dates the article and is not body */
            rasd_art_date(c->art, iso, agg ? RASD_DATE_AGGREGATOR : RASD_DATE_DATELINE);
            if (u->fate != F_DROP || u->reason == R_BOILER) { u->fate = F_DROP; u->reason = R_DATELINE; }
            return;
        }
    }
}

/* ---- HTML-META / HTML-DATE ----------------------------------------------------------------- */
static const char *const date_names[] = {
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "date", "dc.date.issued", "sailthru.date", "parsely-pub-date"};
#define NDATE_NAMES (sizeof date_names / sizeof *date_names)

static bool read_date(const char *v, char out[32])
{
    if (!v) return false;
    size_t n = strnlen(v, 128);
    if (rasd_iso_date_parse(v, n, out)) return true;
    bool agg;
    return rasd_dateline_parse(v, n, out, &agg);
}

static bool ld_is_article(json_t *o)
{
    json_t *t = json_object_get(o, "@type");
    static const char *const types[] = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report"};
    for (size_t k = 0; k < (json_is_array(t) ? json_array_size(t) : 1); k++) {
        json_t *x = json_is_array(t) ? json_array_get(t, k) : t;
        if (!json_is_string(x)) continue;
        for (size_t j = 0; j < sizeof types / sizeof *types; j++)
            if (strcmp(json_string_value(x), types[j]) == 0) return true;
    }
    return false;
}

/* JSON-LD: the best date of one script. rank: 0 article datePublished, 1 other datePublished,
 * 2 article dateCreated, 3 other dateCreated. */
static void ld_dates(const char *text, size_t n, char best[32], int *best_rank)
{
    json_error_t err;
    json_t *root = json_loadb(text, n, JSON_DECODE_ANY, &err);
    if (!root) return;
    json_t **stack = rasd_xalloc(LD_NODES * sizeof *stack);
    size_t sp = 0, seen = 0;
    stack[sp++] = root;
    while (sp && seen < LD_NODES) {
        json_t *v = stack[--sp];
        seen++;
        if (json_is_array(v)) {
            for (size_t k = json_array_size(v); k-- > 0 && sp < LD_NODES;) {
                json_t *x = json_array_get(v, k);
                if (json_is_object(x) || json_is_array(x)) stack[sp++] = x;
            }
            continue;
        }
        if (!json_is_object(v)) continue;
        bool art = ld_is_article(v);
        static const char *const keys[] = {"datePublished", "dateCreated"};
        for (int k = 0; k < 2; k++) {
            json_t *d = json_object_get(v, keys[k]);
            int rank = 2 * k + (art ? 0 : 1);
            char iso[32];
            if (json_is_string(d) && rank < *best_rank && read_date(json_string_value(d), iso)) {
                memcpy(best, iso, 32);
                *best_rank = rank;
            }
        }
        /* children, in reverse so that the first is looked at first */
        const char *key;
        json_t *x;
        size_t at = sp;
        json_object_foreach(v, key, x) {
            if ((json_is_object(x) || json_is_array(x)) && sp < LD_NODES) stack[sp++] = x;
        }
        for (size_t a = at, b = sp; a + 1 < b; a++, b--) { json_t *tmp = stack[a]; stack[a] = stack[b - 1]; stack[b - 1] = tmp; }
    }
    free(stack);
    json_decref(root);
}

static const char *text_child(const GumboNode *n)
{
    const GumboVector *k = &n->v.element.children;
    for (unsigned i = 0; i < k->length; i++) {
        const GumboNode *x = k->data[i];
        if (x->type == GUMBO_NODE_TEXT || x->type == GUMBO_NODE_WHITESPACE || x->type == GUMBO_NODE_CDATA)
            return x->v.text.text;
    }
    return NULL;
}

/* Collapses white space of a metadata string into a malloc'd copy. */
static char *collapse(const char *s)
{
    size_t n = strlen(s);
    char *out = rasd_xalloc(n + 1);
    size_t k = 0;
    bool sp = false;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t l = rasd_utf8_next((const uint8_t *)s + i, n - i, &cp);
        if (!l) { l = 1; cp = 0xFFFD; }
        if (rasd_is_space_cp(cp) || cp < 0x20) { sp = k > 0; i += l; continue; }
        if (sp) out[k++] = ' ';
        sp = false;
        memcpy(out + k, s + i, l);
        k += l;
        i += l;
    }
    out[k] = 0;
    return out;
}

/* "Title - Site" → "Title"; "Site | Title" → "Title" (HTML-TITLE). */
static void cut_site(char *t, const char *site)
{
    static const char *const seps[] = {" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " || "};
    const char *last = NULL, *first = NULL;
    size_t lastl = 0, firstl = 0;
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        size_t sl = strlen(seps[k]);
        for (const char *p = strstr(t, seps[k]); p; p = strstr(p + 1, seps[k])) {
            if (!last || p > last) { last = p; lastl = sl; }
            if (!first || p < first) { first = p; firstl = sl; }
        }
    }
    if (!last) return;
    size_t before = (size_t)(last - t), after = strlen(last + lastl);
    size_t head = (size_t)(first - t), tail = strlen(first + firstl);
    bool site_first = site && strncmp(t, site, head) == 0 && strlen(site) == head;
    if (!site_first && before >= after) { t[before] = 0; return; }
    if (head < tail) memmove(t, first + firstl, tail + 1);
}

static void meta_date(meta_info *m, const char *key, const char *val)
{
    if (!key || !val) return;
    for (int k = 0; k < (int)NDATE_NAMES && k < m->date_idx; k++) {
        if (strcasecmp(key, date_names[k]) != 0) continue;
        char iso[32];
        if (read_date(val, iso)) { memcpy(m->date, iso, 32); m->date_idx = k; }
        return;
    }
}

static bool rel_canonical(const char *rel)
{
    size_t n = strnlen(rel, ATTR_MAX);
    for (size_t i = 0; i < n;) {
        while (i < n && isspace((unsigned char)rel[i])) i++;
        size_t j = i;
        while (j < n && !isspace((unsigned char)rel[j])) j++;
        if (j - i == 9 && strncasecmp(rel + i, "canonical", 9) == 0) return true;
        i = j;
    }
    return false;
}

/* HTML-META, and the metadata dates of HTML-DATE (offered later by offer_dates). */
static void metadata(cleaner *c, rasd_article *a)
{
    meta_info *m = &c->meta;
    const char *og_title = NULL, *title = NULL, *site = NULL, *canonical = NULL, *og_url = NULL;
    m->date_idx = (int)NDATE_NAMES;
    m->ld_rank = 4;
    m->time_item = m->time_first = NONE;
    uint32_t n = NEL(c);
    for (uint32_t i = 0; i < n; i++) {
        const elem *E = &EL(c, i);
        const GumboNode *nd = E->node;
        switch (E->tag) {
        case GUMBO_TAG_META: {
            const char *content = attr(nd, "content");
            const char *keys[3] = {attr(nd, "property"), attr(nd, "name"), attr(nd, "itemprop")};
            for (int k = 0; k < 3; k++) {
                const char *key = keys[k];
                if (!key || !content) continue;
                if (!strcasecmp(key, "og:site_name")) { if (!site) site = content; }
                else if (!strcasecmp(key, "og:title")) { if (!og_title) og_title = content; }
                else if (!strcasecmp(key, "og:url")) { if (!og_url) og_url = content; }
                else meta_date(m, key, content);
            }
            break;
        }
        case GUMBO_TAG_LINK: {
            const char *rel = attr(nd, "rel"), *href = attr(nd, "href");
            if (rel && href && !canonical && rel_canonical(rel)) canonical = href;
            break;
        }
        case GUMBO_TAG_TITLE:
            if (!title && nd->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) title = text_child(nd);
            break;
        case GUMBO_TAG_SCRIPT: {
            const char *type = attr(nd, "type");
            const char *txt = type && ci_contains(type, "ld+json") ? text_child(nd) : NULL;
            if (txt) ld_dates(txt, strlen(txt), m->ld, &m->ld_rank);
            break;
        }
        case GUMBO_TAG_TIME: {
            const char *ip = attr(nd, "itemprop");
            char iso[32];
            if (!read_date(attr(nd, "datetime"), iso)) break;
            if (ip && ci_contains(ip, "datePublished")) {
                if (m->time_item == NONE) { m->time_item = i; memcpy(m->time_item_date, iso, 32); }
            } else if (m->time_first == NONE && ancestor_or_self(c, c->region, i)) {
                m->time_first = i;
                memcpy(m->time_first_date, iso, 32);
            }
            break;
        }
        default: {
            /* itemprop=datePublished on other elements: <span itemprop="datePublished" content=…> */
            const char *ip = E->tag != GUMBO_TAG_HTML ? attr(nd, "itemprop") : NULL;
            if (ip) meta_date(m, ip, attr(nd, "content") ? attr(nd, "content") : attr(nd, "datetime"));
            break;
        }
        }
    }
    if (site) {
        char *s = collapse(site);
        rasd_art_outlet(a, s, strlen(s));
        free(s);
    }
    const char *url = canonical && strstr(canonical, "://") ? canonical : og_url && strstr(og_url, "://") ? og_url : NULL;
    if (url && !c->set->doc->url) rasd_art_url(a, url, strlen(url));
    /* HTML-TITLE: the page's own title, for the h1 check and the fallback */
    if (og_title) c->meta_title = collapse(og_title);
    else if (title) {
        c->meta_title = collapse(title);
        char *st = site ? collapse(site) : NULL;
        cut_site(c->meta_title, st);
        free(st);
    }
}

/* HTML-DATE: meta, JSON-LD, <time> — all rank metadata, so the first offered wins. */
static void offer_dates(cleaner *c, rasd_article *a)
{
    meta_info *m = &c->meta;
    if (c->set->doc->published) return;  /* a JSONL `published` wins (article.c offers it) */
    if (m->date_idx < (int)NDATE_NAMES) rasd_art_date(a, m->date, RASD_DATE_METADATA);
    if (m->ld_rank < 4) rasd_art_date(a, m->ld, RASD_DATE_METADATA);
    if (m->time_item != NONE) rasd_art_date(a, m->time_item_date, RASD_DATE_METADATA);
    if (m->time_first == NONE) return;
    /* the first <time> of the article counts when it is in a header or before the body */
    uint32_t first_body = NONE;
    for (uint32_t i = 0; i < NUN(c); i++)
        if (UN(c, i).fate == F_BODY) { first_body = UN(c, i).owner; break; }
    bool in_header = false;
    for (uint32_t p = m->time_first; p != NONE && !in_header; p = EL(c, p).parent)
        in_header = EL(c, p).tag == GUMBO_TAG_HEADER;
    if (in_header || m->time_first < first_body) rasd_art_date(a, m->time_first_date, RASD_DATE_METADATA);
}

/* ---- HTML-DROP: labels, then blocks and drops -------------------------------------------------- */

typedef struct order { uint32_t s, i; } order;

static int cmp_order(const void *x, const void *y)
{
    const order *a = x, *b = y;
    if (a->s != b->s) return a->s < b->s ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

static void paint(uint8_t *lab, uint32_t s, uint32_t e, uint8_t v)
{
    if (s < e) memset(lab + s, v, e - s);
}

static void emit(cleaner *c, rasd_buf *extra)
{
    rasd_article *a = c->art;
    uint8_t *lab = rasd_xalloc(c->len ? c->len : 1);  /* zero: markup */
    uint32_t n = NEL(c), nu = NUN(c);
    /* elements with a reason, dropped whole: the outermost ones not holding the main content */
    for (uint32_t i = 0; i < n;) {
        const elem *E = &EL(c, i);
        if (E->reason != R_MARKUP && reason_applies(c, i) && E->s <= E->e) {
            paint(lab, E->s, E->e, E->reason);
            i = E->end;
            continue;
        }
        i++;
    }
    /* dropped units, with their own reasons */
    for (uint32_t i = 0; i < nu; i++) {
        const unit *u = &UN(c, i);
        if (u->fate == F_DROP) paint(lab, u->s, u->e, u->reason);
    }
    size_t nx = RASD_VEC_LEN(extra, span);
    for (size_t i = 0; i < nx; i++) {
        const span *sp = &RASD_VEC_AT(extra, span, i);
        paint(lab, sp->s, sp->e, sp->reason);
    }
    /* blocks, in source order, never overlapping (HTML-MAP) */
    rasd_buf obuf = {0};
    for (uint32_t i = 0; i < nu; i++)
        if (UN(c, i).fate != F_DROP) RASD_VEC_PUSH(&obuf, order, ((order){UN(c, i).s, i}));
    size_t nb = RASD_VEC_LEN(&obuf, order);
    order *ord = (order *)(void *)obuf.p;
    if (nb > 1) qsort(ord, nb, sizeof *ord, cmp_order);
    uint32_t prev_end = 0;
    for (size_t i = 0; i < nb; i++) {
        unit *u = &UN(c, ord[i].i);
        if (u->s < prev_end || u->s >= u->e) { u->fate = F_DROP; paint(lab, u->s < prev_end ? prev_end : u->s, u->e, R_BOILER); continue; }
        paint(lab, u->s, u->e, R_BLOCK);
        prev_end = u->e;
    }
    for (size_t i = 0; i < nb; i++) {
        const unit *u = &UN(c, ord[i].i);
        if (u->fate == F_DROP) continue;
        rasd_block_kind k = u->fate == F_TITLE ? RASD_BLOCK_TITLE : u->fate == F_CAPTION ? RASD_BLOCK_CAPTION : RASD_BLOCK_BODY;
        const uint32_t *m = (const uint32_t *)(void *)c->mb.p + u->m0;
        /* the map's last entry is the block's end */
        uint32_t *mm = rasd_xalloc(((size_t)u->n + 1) * sizeof *mm);
        memcpy(mm, m, (size_t)u->n * sizeof *mm);
        mm[u->n] = u->e;
        rasd_art_block(a, k, u->s, u->e, c->tb.p + u->t0, u->n, mm);
        free(mm);
    }
    rasd_buf_free(&obuf);
    /* drops: runs of equal labels outside blocks */
    for (uint32_t i = 0; i < c->len;) {
        uint32_t j = i + 1;
        while (j < c->len && lab[j] == lab[i]) j++;
        if (lab[i] != R_BLOCK) rasd_art_drop(a, reason_name[lab[i]], i, j);
        i = j;
    }
    free(lab);
}

/* ---- the cleaner ---------------------------------------------------------------------------- */
void rasd_clean_html(rasd_articles *set)
{
    const rasd_doc *d = set->doc;
    rasd_article *a = rasd_art_new(set, 0);
    if (d->len == 0) return;
    if (d->len >= PAGE_MAX) {  /* HTML-LIM: offsets are 32-bit in the parser and the map */
        rasd_art_drop(a, "markup", 0, d->len);
        return;
    }
    cleaner c = {0};
    c.set = set;
    c.art = a;
    c.len = (uint32_t)d->len;
    uint8_t *copy = rasd_xalloc(d->len + 1);
    memcpy(copy, d->src, d->len);
    if (d->len >= 3 && memcmp(copy, "\xEF\xBB\xBF", 3) == 0) memset(copy, ' ', 3);
    tame(copy, d->len);
    c.src = copy;
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0;
    GumboOutput *out = gumbo_parse_with_options(&opt, (const char *)copy, d->len);
    c.title_unit = NONE;
    c.region = NONE;
    if (out && out->document) {
        flatten(&c, out->document);
        if (NEL(&c)) {
            derive(&c);
            build_units(&c);
            choose_main(&c);
            rasd_buf extra = {0};
            metadata(&c, a);
            choose_title(&c);
            captions(&c);
            decide(&c);
            datelines(&c, &extra);
            offer_dates(&c, a);
            if (c.title_unit == NONE && c.meta_title && c.meta_title[0])
                rasd_art_title(a, c.meta_title, strlen(c.meta_title));
            emit(&c, &extra);
            rasd_buf_free(&extra);
        }
    }
    if (!NEL(&c)) rasd_art_drop(a, "markup", 0, d->len);
    if (out) gumbo_destroy_output(&opt, out);
    free(c.meta_title);
    rasd_buf_free(&c.elems);
    rasd_buf_free(&c.events);
    rasd_buf_free(&c.units);
    rasd_buf_free(&c.tb);
    rasd_buf_free(&c.mb);
    rasd_buf_free(&c.amap);
    rasd_buf_free(&c.aend);
    free(copy);
}
