/* Unit tests: the HTML cleaner (rules HTML-* in src/clean/html.c and docs/html.md) and the
 * charset conversion (rules CS-* in src/ingest/charset.c). Every page here was written for
 * these tests. Each page also goes through the shared checks: every byte is in exactly one
 * block or drop, none "unassigned", blocks do not overlap, every block's map points at the
 * bytes its text came from, and no "markup" drop hides visible text. */
#include "testutil.h"
#include "rasd.h"

#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* ---- fixture ---------------------------------------------------------------------------- */
typedef struct page {
    rasd_ctx *ctx;
    rasd_reader *r;
    const rasd_doc *d;
    rasd_articles *as;
    const rasd_article *a;
    const uint8_t *src;
    size_t len;
    int warns;
    uint64_t warn_offset[4];
    char warn_msg[4][160];
} page;

static void on_diag(const rasd_diag *d, void *user)
{
    page *p = user;
    if (p->warns < 4) {
        p->warn_offset[p->warns] = d->offset;
        snprintf(p->warn_msg[p->warns], sizeof p->warn_msg[0], "%s", d->message);
    }
    p->warns++;
}

static void check_page(const page *p);

/* Reads bytes as a file named name (a JSON Lines file when name ends in .jsonl) and cleans it. */
static void open_bytes(page *p, const char *name, const void *bytes, size_t n)
{
    memset(p, 0, sizeof *p);
    p->ctx = rasd_ctx_new();
    rasd_set_diag(p->ctx, on_diag, p);
    p->r = rasd_reader_open_memory(p->ctx, name, bytes, n);
    assert_non_null(p->r);
    p->d = rasd_reader_next(p->r);
    assert_non_null(p->d);
    p->src = rasd_doc_source(p->d, &p->len);
    p->as = rasd_clean(p->ctx, p->d);
    assert_non_null(p->as);
    assert_int_equal(rasd_articles_count(p->as), 1);  /* HTML: a page is one article */
    p->a = rasd_articles_get(p->as, 0);
    check_page(p);
}

static void open_page(page *p, const char *html) { open_bytes(p, "page.html", html, strlen(html)); }

static void close_page(page *p)
{
    rasd_articles_free(p->as);
    rasd_reader_close(p->r);
    rasd_ctx_free(p->ctx);
}

static size_t nblocks(const page *p) { return rasd_article_nblocks(p->a); }
static const rasd_block *block(const page *p, size_t i) { return rasd_article_block(p->a, i); }

/* The block whose text contains needle, or NULL. */
static const rasd_block *find_block(const page *p, const char *needle)
{
    for (size_t i = 0; i < nblocks(p); i++)
        if (strstr(block(p, i)->text, needle)) return block(p, i);
    return NULL;
}

static size_t count_kind(const page *p, rasd_block_kind k)
{
    size_t n = 0;
    for (size_t i = 0; i < nblocks(p); i++) n += block(p, i)->kind == k;
    return n;
}

/* What covers the first occurrence of needle in the source: a block kind or a drop reason. */
static const char *role_of(const page *p, const char *needle)
{
    static const char *const kinds[] = {"", "title", "body", "caption"};
    size_t nl = strlen(needle);
    for (size_t at = 0; at + nl <= p->len; at++) {
        if (memcmp(p->src + at, needle, nl) != 0) continue;
        for (size_t k = 0; k < nblocks(p); k++)
            if (block(p, k)->start <= at && at < block(p, k)->end) return kinds[block(p, k)->kind];
        for (size_t k = 0; k < rasd_article_ndropped(p->a); k++) {
            const rasd_drop *d = rasd_article_dropped(p->a, k);
            if (d->start <= at && at < d->end) return d->reason;
        }
        return "(none)";
    }
    return "(absent)";
}

/* ---- the shared checks ---------------------------------------------------------------------- */
typedef struct span { size_t s, e; } span;
static int cmp_span(const void *x, const void *y)
{
    const span *a = x, *b = y;
    return a->s < b->s ? -1 : a->s > b->s;
}

/* HTML-DROP: blocks and drops tile the page exactly; nothing is "unassigned". */
static void check_accounting(const page *p)
{
    size_t nb = nblocks(p), nd = rasd_article_ndropped(p->a), n = 0;
    span *sp = calloc(nb + nd + 1, sizeof *sp);
    for (size_t i = 0; i < nb; i++) sp[n++] = (span){block(p, i)->start, block(p, i)->end};
    for (size_t i = 0; i < nd; i++) {
        const rasd_drop *d = rasd_article_dropped(p->a, i);
        assert_string_not_equal(d->reason, "unassigned");
        assert_true(d->start < d->end);
        sp[n++] = (span){d->start, d->end};
    }
    qsort(sp, n, sizeof *sp, cmp_span);
    size_t pos = 0;
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(sp[i].s, pos);  /* no gap, no overlap */
        pos = sp[i].e;
    }
    assert_int_equal(pos, p->len);
    free(sp);
    /* blocks come in source order */
    for (size_t i = 1; i < nb; i++) assert_true(block(p, i - 1)->end <= block(p, i)->start);
}

static size_t utf8_len(uint8_t b) { return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4; }

/* HTML-MAP: map[i] is where text byte i came from. A character copied from the page is found
 * at its map offset; a decoded one maps to the '&' of its reference; a space to white space
 * (or a <br>); map[len] is the block's end. */
static void check_map(const page *p, const rasd_block *b)
{
    assert_non_null(b->map);
    assert_int_equal(b->map[b->len], b->end);
    assert_int_equal(strlen(b->text), b->len);
    assert_true(b->len > 0);
    assert_int_equal(b->map[0], b->start);
    for (size_t i = 0; i < b->len;) {
        uint32_t m = b->map[i];
        assert_true(m >= b->start && m < b->end);
        if (i) assert_true(m >= b->map[i - 1]);
        size_t l = utf8_len((uint8_t)b->text[i]);
        const uint8_t *s = p->src + m;
        if (!memcmp(b->text + i, "\xEF\xBF\xBD", 3)) {
            /* U+FFFD: an invalid byte or a NUL of the page */
        } else if (b->text[i] == ' ' || b->text[i] == '\n') {
            assert_true(*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '<' || *s == '&' || *s >= 0x80);
        } else if (*s == '&' && memcmp(s, b->text + i, l) != 0) {
            /* an entity: all its bytes map to the '&' */
            for (size_t k = 1; k < l; k++) assert_int_equal(b->map[i + k], m);
        } else {
            assert_memory_equal(s, b->text + i, l);
            for (size_t k = 1; k < l; k++) assert_int_equal(b->map[i + k], m + k);
        }
        i += l;
    }
}

/* A "markup" drop holds tags, comments, the head, scripts and styles — never visible text. */
static void check_markup(const page *p)
{
    for (size_t k = 0; k < rasd_article_ndropped(p->a); k++) {
        const rasd_drop *d = rasd_article_dropped(p->a, k);
        if (strcmp(d->reason, "markup") != 0) continue;
        const char *s = (const char *)p->src;
        for (size_t i = d->start; i < d->end;) {
            if (s[i] == '<') {
                const char *raw = NULL;
                if (!strncasecmp(s + i, "<script", 7)) raw = "</script";
                else if (!strncasecmp(s + i, "<style", 6)) raw = "</style";
                else if (!strncasecmp(s + i, "<title", 6)) raw = "</title";
                else if (!strncasecmp(s + i, "<template", 9)) raw = "</template";
                else if (!strncmp(s + i, "<!--", 4)) raw = "-->";
                const char *e = raw ? strstr(s + i, raw) : NULL;
                if (e) i = (size_t)(e - s) + 1;
                const char *gt = memchr(s + i, '>', d->end > i ? p->len - i : 0);
                i = gt ? (size_t)(gt - s) + 1 : d->end;
                continue;
            }
            if (!strncmp(s + i, "&nbsp;", 6)) { i += 6; continue; }
            if ((uint8_t)s[i] == 0xC2 && (uint8_t)s[i + 1] == 0xA0) { i += 2; continue; }
            if (i == 0 && !memcmp(s, "\xEF\xBB\xBF", 3)) { i += 3; continue; }
            if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r')
                fail_msg("visible text in a markup drop at %zu: %.40s", i, s + i);
            i++;
        }
    }
}

static void check_page(const page *p)
{
    check_accounting(p);
    for (size_t i = 0; i < nblocks(p); i++) check_map(p, block(p, i));
    check_markup(p);
}

/* ---- pages ---------------------------------------------------------------------------------- */
#define P1 "التقى وزير الخارجية نظيره الأردني في عمّان، وبحث الجانبان سبل تعزيز التعاون الثنائي في مجالات الطاقة والنقل والمياه."
#define P2 "وقال الوزير في مؤتمر صحفي مشترك إن المحادثات كانت صريحة وبنّاءة؛ فهل تفتح الباب أمام اتفاق جديد؟"
#define P3 "وأضاف أن الجانبين اتفقا على عقد اجتماع للجنة المشتركة في الربع الأول من العام المقبل، على أن تسبقه لقاءات فنية."

static const char *menu_items =
    "<li><a href=\"/\">الرئيسية</a></li><li><a href=\"/a\">أخبار محلية</a></li><li><a href=\"/b\">أخبار عربية</a></li>"
    "<li><a href=\"/c\">أخبار دولية</a></li><li><a href=\"/d\">اقتصاد وأعمال</a></li><li><a href=\"/e\">رياضة</a></li>"
    "<li><a href=\"/f\">ثقافة وفنون</a></li><li><a href=\"/g\">منوعات</a></li><li><a href=\"/h\">آراء ومقالات</a></li>"
    "<li><a href=\"/i\">تحقيقات وملفات خاصة</a></li><li><a href=\"/j\">صحة وعلوم</a></li><li><a href=\"/k\">تكنولوجيا</a></li>";

/* HTML-SCORE, HTML-BODY, HTML-DROP: the article's paragraphs win over a longer menu and a
 * longer list of related links; both lists are dropped with their reasons. */
static void main_content_over_lists(void **state)
{
    (void)state;
    char html[8192];
    snprintf(html, sizeof html,
             "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>لقاء في عمّان</title></head><body>\n"
             "<div class=\"top-menu\"><ul>%s%s</ul></div>\n"
             "<div class=\"col\"><div class=\"article-text\">\n<p>%s</p>\n<p>%s</p>\n<p>%s</p>\n</div></div>\n"
             "<div class=\"box\"><ul>"
             "<li><a href=\"/1\">وزير الخارجية يستقبل سفير اليابان ويبحث معه ملفات التعاون الاقتصادي</a></li>"
             "<li><a href=\"/2\">الحكومة تعلن حزمة إجراءات جديدة لدعم الصادرات الزراعية إلى أوروبا</a></li>"
             "<li><a href=\"/3\">البرلمان يناقش مشروع قانون الاستثمار في جلسة طارئة مساء الأحد</a></li>"
             "<li><a href=\"/4\">انطلاق أعمال المنتدى الاقتصادي العربي بمشاركة واسعة من رجال الأعمال</a></li>"
             "</ul></div>\n</body></html>\n",
             menu_items, menu_items, P1, P2, P3);
    page p;
    open_page(&p, html);
    assert_int_equal(count_kind(&p, RASD_BLOCK_BODY), 3);
    assert_string_equal(block(&p, 0)->text, P1);
    assert_string_equal(block(&p, 1)->text, P2);
    assert_string_equal(block(&p, 2)->text, P3);
    assert_string_equal(role_of(&p, "أخبار محلية"), "navigation");
    /* an unhinted link list after the article: related links */
    assert_string_equal(role_of(&p, "الحكومة تعلن حزمة"), "related_links");
    assert_string_equal(rasd_article_title(p.a), "لقاء في عمّان");
    close_page(&p);
}

/* HTML-BODY: inside the main content, a list of links and a "read also" line are dropped;
 * h2 subheads are body. */
static void link_dense_in_main(void **state)
{
    (void)state;
    const char *html =
        "<html><body><article><h1>عنوان الخبر الرئيسي اليوم</h1>\n"
        "<p>" P1 "</p>\n<h2>تفاصيل اللقاء</h2>\n<p>" P2 "</p>\n"
        "<p>اقرأ أيضاً: <a href=\"/x\">الوزير يزور القاهرة الأسبوع المقبل</a></p>\n"
        "<ul><li><a href=\"/y\">خبر أول عن الاقتصاد والمال والأعمال في المنطقة</a></li>"
        "<li><a href=\"/z\">خبر ثان عن الرياضة والملاعب والبطولات القارية</a></li></ul>\n"
        "<p>" P3 "</p></article></body></html>";
    page p;
    open_page(&p, html);
    assert_int_equal(count_kind(&p, RASD_BLOCK_TITLE), 1);
    assert_string_equal(block(&p, 0)->text, "عنوان الخبر الرئيسي اليوم");
    assert_non_null(find_block(&p, "تفاصيل اللقاء"));
    assert_null(find_block(&p, "اقرأ أيضاً"));
    assert_null(find_block(&p, "خبر أول"));
    assert_string_equal(role_of(&p, "اقرأ أيضاً"), "related_links");
    assert_string_equal(role_of(&p, "خبر ثان"), "related_links");
    assert_int_equal(count_kind(&p, RASD_BLOCK_BODY), 4);
    close_page(&p);
}

/* HTML-SCORE: Arabic punctuation (، ؛ ؟) counts: of two containers of the same size, the one
 * whose paragraphs are punctuated is the main content. */
static void arabic_punctuation_scores(void **state)
{
    (void)state;
    const char *plain = "هذه فقرة بلا علامات ترقيم تقريبا وهي تتحدث عن أمور عامة في المدينة والريف معا";
    const char *punct = "هذه فقرة، فيها علامات ترقيم؛ وهي تسأل عن أمور عامة: أين المدينة؟ وأين الريف؟";
    char html[4096];
    snprintf(html, sizeof html,
             "<html><body><div><p>%s</p><p>%s</p></div>\n<div><p>%s</p><p>%s</p></div></body></html>",
             plain, plain, punct, punct);
    page p;
    open_page(&p, html);
    assert_int_equal(nblocks(&p), 2);
    assert_string_equal(block(&p, 0)->text, punct);
    assert_string_equal(role_of(&p, plain), "boilerplate");
    close_page(&p);
}

/* HTML-MAIN: a body split in two containers by an advert is kept whole (the parent takes
 * over); a standfirst paragraph in the article's header is body. */
static void split_body(void **state)
{
    (void)state;
    page p;
    open_page(&p, "<html><body><div class=\"sidebar\"><p>" P3 "</p></div><article><header><h1>وزيرا الخارجية يلتقيان في عمّان</h1>"
                  "<p>لقاء يبحث ملفات الطاقة والمياه والنقل بين البلدين الجارين</p></header><div class=\"wrap\">"
                  "<div class=\"part\"><p>" P1 "</p><p>" P2 "</p></div><div class=\"ad-slot\">إعلان</div>"
                  "<div class=\"part\"><p>" P2 "</p><p>" P1 "</p></div></div></article></body></html>");
    assert_int_equal(count_kind(&p, RASD_BLOCK_TITLE), 1);
    assert_int_equal(count_kind(&p, RASD_BLOCK_BODY), 5);
    assert_non_null(find_block(&p, "لقاء يبحث ملفات"));
    assert_string_equal(role_of(&p, "إعلان"), "advert");
    assert_string_equal(role_of(&p, P3), "related_links");
    close_page(&p);
}

/* HTML-TITLE: h1 (a block), else og:title, else <title> without the site's name. */
static void title_sources(void **state)
{
    (void)state;
    page p;
    open_page(&p, "<html><head><title>عنوان الصفحة - موقع الأخبار</title>"
                  "<meta property=\"og:title\" content=\"عنوان المشاركة\"></head><body><div class=\"story\">"
                  "<h1>عنوان من الصفحة نفسها</h1><p>" P1 "</p><p>" P2 "</p></div></body></html>");
    assert_int_equal(block(&p, 0)->kind, RASD_BLOCK_TITLE);
    assert_string_equal(rasd_article_title(p.a), "عنوان من الصفحة نفسها");
    close_page(&p);

    open_page(&p, "<html><head><title>عنوان الصفحة - موقع الأخبار</title>"
                  "<meta property=\"og:title\" content=\"  عنوان   المشاركة \"></head><body>"
                  "<p>" P1 "</p><p>" P2 "</p></body></html>");
    assert_int_equal(count_kind(&p, RASD_BLOCK_TITLE), 0);
    assert_string_equal(rasd_article_title(p.a), "عنوان المشاركة");
    close_page(&p);

    open_page(&p, "<html><head><title>وزير الخارجية يلتقي نظيره | صحيفة الغد</title></head><body>"
                  "<p>" P1 "</p></body></html>");
    assert_string_equal(rasd_article_title(p.a), "وزير الخارجية يلتقي نظيره");
    close_page(&p);

    /* the site's name first, known from og:site_name */
    open_page(&p, "<html><head><title>صحيفة الغد | وزير الخارجية يلتقي نظيره الأردني</title>"
                  "<meta property=\"og:site_name\" content=\"صحيفة الغد\"></head><body><p>" P1 "</p></body></html>");
    assert_string_equal(rasd_article_title(p.a), "وزير الخارجية يلتقي نظيره الأردني");
    assert_string_equal(rasd_article_outlet(p.a), "صحيفة الغد");
    close_page(&p);

    /* a logo h1 before the content (short, a link) is not the title */
    open_page(&p, "<html><head><title>خبر اليوم - الموقع</title></head><body><div class=\"logo\"><h1><a href=\"/\">الموقع</a></h1></div>"
                  "<div><p>" P1 "</p><p>" P2 "</p></div></body></html>");
    assert_int_equal(count_kind(&p, RASD_BLOCK_TITLE), 0);
    assert_string_equal(rasd_article_title(p.a), "خبر اليوم");
    close_page(&p);
}

/* HTML-CAP: a caption is a block once; its repeat is repeated_caption; alt text is no block. */
static void captions_once(void **state)
{
    (void)state;
    const char *html =
        "<html><body><article><h1>زيارة رسمية إلى عمّان</h1>\n"
        "<figure><img src=\"a.jpg\" alt=\"صورة الوزيرين\"><figcaption>الوزيران خلال المؤتمر الصحفي (أرشيفية)</figcaption></figure>\n"
        "<p>" P1 "</p>\n<p>" P2 "</p>\n"
        "<div class=\"wp-caption\"><img src=\"b.jpg\"><p class=\"wp-caption-text\">الوزيران خلال المؤتمر الصحفي (أرشيفية)</p></div>\n"
        "<p>" P3 "</p></article></body></html>";
    page p;
    open_page(&p, html);
    assert_int_equal(count_kind(&p, RASD_BLOCK_CAPTION), 1);
    const rasd_block *c = find_block(&p, "المؤتمر الصحفي (أرشيفية)");
    assert_non_null(c);
    assert_int_equal(c->kind, RASD_BLOCK_CAPTION);
    const char *second = strstr(strstr(html, "wp-caption-text"), "الوزيران");
    size_t at = (size_t)(second - html);
    bool found = false;
    for (size_t k = 0; k < rasd_article_ndropped(p.a); k++) {
        const rasd_drop *d = rasd_article_dropped(p.a, k);
        if (d->start <= at && at < d->end) { assert_string_equal(d->reason, "repeated_caption"); found = true; }
    }
    assert_true(found);
    assert_null(find_block(&p, "صورة الوزيرين"));
    assert_int_equal(count_kind(&p, RASD_BLOCK_BODY), 3);
    close_page(&p);
}

/* HTML-TEXT, HTML-MAP: entities are decoded, white space (incl. &nbsp; and CR LF) collapsed,
 * and the map points at the '&' of each reference (check_map checks every byte). */
static void entities_and_map(void **state)
{
    (void)state;
    const char *html =
        "<html><body><div class=\"content\"><p>قال &quot;الوزير&quot;&nbsp;&nbsp; إن A&amp;B &#1575;&#x628;\r\n"
        "   و&lt;التعاون&gt; مستمر، وإن العلاقات &laquo;متينة&raquo; جدا&hellip; AT&T &copy</p>"
        "<p>" P1 "</p></div></body></html>";
    page p;
    open_page(&p, html);
    const rasd_block *b = find_block(&p, "الوزير");
    assert_non_null(b);
    assert_string_equal(b->text, "قال \"الوزير\" إن A&B اب و<التعاون> مستمر، وإن العلاقات «متينة» جدا… AT&T ©");
    /* the '"' of &quot; maps to its '&' */
    const char *q = strchr(b->text, '"');
    assert_int_equal(p.src[b->map[q - b->text]], '&');
    assert_memory_equal(p.src + b->map[q - b->text], "&quot;", 6);
    /* both bytes of the alef from &#1575; map to the '&' of "&#1575;" */
    const char *alef = strstr(b->text, "اب");
    assert_memory_equal(p.src + b->map[alef - b->text], "&#1575;", 7);
    assert_int_equal(b->map[alef - b->text + 1], b->map[alef - b->text]);
    assert_memory_equal(p.src + b->map[alef - b->text + 2], "&#x628;", 7);
    /* the block's span covers the text, with the entities, and nothing else */
    assert_memory_equal(p.src + b->start, "قال", strlen("قال"));
    assert_memory_equal(p.src + b->end - 5, "&copy", 5);
    close_page(&p);
}

/* HTML-UNIT: scripts, styles, noscript, templates and hidden elements never reach a block. */
static void script_style_never_text(void **state)
{
    (void)state;
    const char *html =
        "<html><head><style>p{color:red} .x:after{content:'نص من الأنماط'}</style>"
        "<script>var s = '<p>نص من السكربت</p>';</script></head><body><div class=\"entry-content\">"
        "<p>" P1 "</p><script>document.write('جملة من السكربت داخل المقال');</script>"
        "<style>.y{}</style><noscript>يرجى تفعيل السكربت لمشاهدة المحتوى</noscript>"
        "<template><p>قالب مخفي لا يظهر</p></template><div style=\"display: none\">نص مخفي بالأنماط هنا</div>"
        "<p>" P2 "</p></div></body></html>";
    page p;
    open_page(&p, html);
    assert_int_equal(nblocks(&p), 2);
    for (size_t i = 0; i < nblocks(&p); i++) {
        assert_null(strstr(block(&p, i)->text, "السكربت"));
        assert_null(strstr(block(&p, i)->text, "الأنماط"));
        assert_null(strstr(block(&p, i)->text, "قالب"));
        assert_null(strstr(block(&p, i)->text, "مخفي"));
    }
    assert_string_equal(role_of(&p, "نص من السكربت"), "markup");
    assert_string_equal(role_of(&p, "جملة من السكربت"), "markup");
    assert_string_equal(role_of(&p, "نص مخفي"), "boilerplate");
    close_page(&p);
}

/* HTML-DATE: meta article:published_time (time and offset kept) wins over JSON-LD. */
static void date_meta(void **state)
{
    (void)state;
    const char *from;
    page p;
    open_page(&p, "<html><head><meta property=\"article:published_time\" content=\"2023-09-04T18:30:00+01:00\">"
                  "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-01-01\"}</script>"
                  "</head><body><p>" P1 "</p></body></html>");
    assert_string_equal(rasd_article_published(p.a, &from), "2023-09-04T18:30:00+01:00");
    assert_string_equal(from, "metadata");
    close_page(&p);

    /* names are matched without regard to case; an unreadable value is passed over */
    open_page(&p, "<html><head><meta name=\"pubdate\" content=\"soon\"><meta name=\"DC.date.issued\" content=\"2022-11-14\">"
                  "</head><body><p>" P1 "</p></body></html>");
    assert_string_equal(rasd_article_published(p.a, &from), "2022-11-14");
    close_page(&p);
}

/* HTML-DATE: JSON-LD datePublished, in an object, an @graph, an array; article types first;
 * dateCreated only without datePublished. */
static void date_json_ld(void **state)
{
    (void)state;
    const char *from;
    page p;
    open_page(&p, "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                  "{\"@type\":\"WebPage\",\"datePublished\":\"2019-05-05\"},"
                  "{\"@type\":\"NewsArticle\",\"headline\":\"x\",\"datePublished\":\"2022-12-08T22:15:00+03:00\"}]}</script>"
                  "</head><body><p>" P1 "</p></body></html>");
    assert_string_equal(rasd_article_published(p.a, &from), "2022-12-08T22:15:00+03:00");
    assert_string_equal(from, "metadata");
    close_page(&p);

    open_page(&p, "<html><head><script type=\"application/ld+json\">[{\"@type\":\"Organization\",\"name\":\"y\"},"
                  "{\"@type\":[\"ReportageNewsArticle\"],\"dateCreated\":\"2021-01-02\",\"datePublished\":\"2021-06-16T12:00:00Z\"}]"
                  "</script></head><body><p>" P1 "</p></body></html>");
    assert_string_equal(rasd_article_published(p.a, &from), "2021-06-16T12:00:00Z");
    close_page(&p);

    open_page(&p, "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"dateCreated\":\"2021-01-02\"}</script>"
                  "<script type=\"application/ld+json\">{ not json</script></head><body><p>" P1 "</p></body></html>");
    assert_string_equal(rasd_article_published(p.a, &from), "2021-01-02");
    close_page(&p);
}

/* HTML-DATE: <time datetime> in the article's header; HTML-UNIT: that header is kept. */
static void date_time_element(void **state)
{
    (void)state;
    const char *from;
    page p;
    open_page(&p, "<html><body><header class=\"site\"><time datetime=\"2030-01-01\">اليوم</time></header>"
                  "<article><header><h1>وزيرا الخارجية يلتقيان في عمّان</h1><time datetime=\"2024-02-13T10:05\">13 فبراير 2024</time></header>"
                  "<div class=\"body\"><p>" P1 "</p><p>" P2 "</p></div></article></body></html>");
    assert_string_equal(rasd_article_published(p.a, &from), "2024-02-13T10:05");
    assert_string_equal(from, "metadata");
    assert_int_equal(block(&p, 0)->kind, RASD_BLOCK_TITLE);
    assert_string_equal(block(&p, 0)->text, "وزيرا الخارجية يلتقيان في عمّان");
    /* the date line itself is a dateline drop (HTML-DL) */
    assert_string_equal(role_of(&p, "13 فبراير 2024"), "dateline");
    assert_string_equal(role_of(&p, "اليوم"), "navigation");
    close_page(&p);

    open_page(&p, "<html><body><div><p>" P1 "</p><span>نشر: <time itemprop=\"datePublished\" datetime=\"2023-03-21\">أمس</time></span>"
                  "</div></body></html>");
    assert_string_equal(rasd_article_published(p.a, &from), "2023-03-21");
    close_page(&p);
}

/* HTML-DL: with no metadata, a date line at the head of the article dates it. */
static void date_dateline(void **state)
{
    (void)state;
    const char *from;
    page p;
    open_page(&p, "<html><body><div class=\"top\">الجمعة 1 مارس 2030</div><div class=\"post\"><h1>وزيرا الخارجية يلتقيان في عمّان</h1>"
                  "<div>الخميس، 13 فبراير 2025</div><p>" P1 "</p><p>" P2 "</p></div></body></html>");
    assert_string_equal(rasd_article_published(p.a, &from), "2025-02-13");
    assert_string_equal(from, "dateline");
    assert_string_equal(role_of(&p, "الخميس، 13"), "dateline");
    assert_int_equal(count_kind(&p, RASD_BLOCK_BODY), 2);
    close_page(&p);

    /* the first line of a paragraph, cut off by a <br> (HTML-TEXT: "\n") */
    open_page(&p, "<html><body><div class=\"post\"><h1>وزيرا الخارجية يلتقيان في عمّان</h1>"
                  "<p>الخميس، 13 فبراير 2025<br>" P1 "</p><p>" P2 "</p></div></body></html>");
    assert_string_equal(rasd_article_published(p.a, &from), "2025-02-13");
    assert_string_equal(find_block(&p, "التقى")->text, P1);
    assert_string_equal(role_of(&p, "الخميس، 13"), "dateline");
    close_page(&p);
}

/* HTML-TEXT: a <br> inside a paragraph becomes "\n", mapped to the <br>; two end the unit. */
static void br_is_newline(void **state)
{
    (void)state;
    page p;
    open_page(&p, "<html><body><div class=\"content\"><p>" P1 " <br>\n" P2 "</p></div></body></html>");
    const rasd_block *b = find_block(&p, "التقى");
    assert_non_null(b);
    assert_string_equal(b->text, P1 "\n" P2);
    const char *nl = strchr(b->text, '\n');
    assert_memory_equal(p.src + b->map[nl - b->text], "<br>", 4);
    close_page(&p);

    /* two <br> make a paragraph break: text written as "para<br><br>para" gives two blocks */
    open_page(&p, "<html><body><div id=\"NewsText\">" P1 "<br /> <br />\n" P2 "<br><br>" P3 "</div></body></html>");
    assert_int_equal(nblocks(&p), 3);
    assert_string_equal(block(&p, 0)->text, P1);
    assert_string_equal(block(&p, 1)->text, P2);
    assert_string_equal(block(&p, 2)->text, P3);
    assert_string_equal(role_of(&p, "<br /> <br />"), "markup");
    close_page(&p);
}

/* HTML-META: outlet from og:site_name; url from the canonical link, else og:url. */
static void outlet_and_url(void **state)
{
    (void)state;
    page p;
    open_page(&p, "<html><head><meta property=\"og:site_name\" content=\"صحيفة الغد\">"
                  "<meta property=\"og:url\" content=\"https://alghad.test/og\">"
                  "<link rel=\"alternate canonical\" href=\"https://alghad.test/2024/05/06/story\"></head>"
                  "<body><p>" P1 "</p></body></html>");
    assert_string_equal(rasd_article_outlet(p.a), "صحيفة الغد");
    assert_string_equal(rasd_article_url(p.a), "https://alghad.test/2024/05/06/story");
    const char *from;
    assert_string_equal(rasd_article_published(p.a, &from), "2024-05-06");  /* from the URL */
    assert_string_equal(from, "url");
    close_page(&p);

    open_page(&p, "<html><head><meta property=\"og:url\" content=\"https://www.alghad.test/og\"></head>"
                  "<body><p>" P1 "</p></body></html>");
    assert_string_equal(rasd_article_url(p.a), "https://www.alghad.test/og");
    assert_string_equal(rasd_article_outlet(p.a), "alghad.test");  /* the host, by article.c */
    close_page(&p);
}

/* JSON-escapes s into out. */
static size_t json_escape(const char *s, char *out)
{
    size_t k = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') { out[k++] = '\\'; out[k++] = (char)c; }
        else if (c == '\n') { out[k++] = '\\'; out[k++] = 'n'; }
        else if (c == '\r') { out[k++] = '\\'; out[k++] = 'r'; }
        else if (c < 0x20) k += (size_t)sprintf(out + k, "\\u%04x", c);
        else out[k++] = (char)c;
    }
    out[k] = 0;
    return k;
}

/* The same page as a file and inside a JSON Lines record gives the same blocks at the same
 * offsets (offsets index the page's bytes either way); the record's url and title win. */
static void same_page_in_jsonl(void **state)
{
    (void)state;
    const char *html =
        "<!DOCTYPE html>\r\n<html><head><meta charset=\"utf-8\"><title>لقاء في عمّان | الموقع</title>"
        "<link rel=\"canonical\" href=\"https://site.test/canonical\"></head><body>\n"
        "<nav><a href=\"/\">الرئيسية</a></nav><article><h1>وزيرا الخارجية يلتقيان في عمّان</h1>\r\n"
        "<p>" P1 "</p>\n<p>قال &quot;الوزير&quot;&nbsp;إن A&amp;B \\ مستمر.</p><p>" P3 "</p></article></body></html>";
    size_t n = strlen(html);
    char *esc = malloc(2 * n + 64), *rec = malloc(2 * n + 256);
    json_escape(html, esc);
    int rl = snprintf(rec, 2 * n + 256, "{\"id\":\"r1\",\"url\":\"https://site.test/jsonl\",\"title\":\"عنوان السجل\",\"html\":\"%s\"}\n", esc);
    page a, b;
    open_page(&a, html);
    open_bytes(&b, "feed.jsonl", rec, (size_t)rl);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.src, b.src, a.len);
    assert_int_equal(nblocks(&a), nblocks(&b));
    assert_int_equal(nblocks(&a), 4);
    for (size_t i = 0; i < nblocks(&a); i++) {
        const rasd_block *x = block(&a, i), *y = block(&b, i);
        assert_int_equal(x->kind, y->kind);
        assert_int_equal(x->start, y->start);
        assert_int_equal(x->end, y->end);
        assert_string_equal(x->text, y->text);
        assert_memory_equal(x->map, y->map, (x->len + 1) * sizeof *x->map);
    }
    assert_int_equal(rasd_article_ndropped(a.a), rasd_article_ndropped(b.a));
    assert_string_equal(rasd_article_url(a.a), "https://site.test/canonical");
    assert_string_equal(rasd_article_url(b.a), "https://site.test/jsonl");
    assert_string_equal(rasd_article_title(a.a), "وزيرا الخارجية يلتقيان في عمّان");
    assert_string_equal(rasd_article_title(b.a), "عنوان السجل");
    close_page(&a);
    close_page(&b);
    free(esc);
    free(rec);
}

/* Converts UTF-8 text to charset cs with iconv (for building test pages). */
static size_t to_charset(const char *cs, const char *utf8, char *out, size_t cap)
{
    iconv_t cd = iconv_open(cs, "UTF-8");
    assert_true(cd != (iconv_t)-1);
    char *in = (char *)(uintptr_t)utf8, *o = out;
    size_t il = strlen(utf8), ol = cap;
    assert_true(iconv(cd, &in, &il, &o, &ol) != (size_t)-1);
    iconv_close(cd);
    return cap - ol;
}

/* CS-META, CS-CONV: a windows-1256 page is converted; offsets index the converted bytes. */
static void windows_1256_page(void **state)
{
    (void)state;
    const char *utf8 = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1256\">"
                       "<title>لقاء في عمّان</title></head><body><div class=\"story\"><h1>وزيرا الخارجية يلتقيان في عمّان</h1>"
                       "<p>" P1 "</p><p>" P2 "</p></div></body></html>";
    char bytes[4096];
    size_t n = to_charset("WINDOWS-1256", utf8, bytes, sizeof bytes);
    assert_true(n < strlen(utf8));  /* one byte per Arabic letter */
    page p;
    open_bytes(&p, "page.html", bytes, n);
    if (p.warns) fail_msg("%s", p.warn_msg[0]);
    assert_int_equal(p.len, strlen(utf8));
    assert_memory_equal(p.src, utf8, p.len);
    assert_string_equal(rasd_article_title(p.a), "وزيرا الخارجية يلتقيان في عمّان");
    assert_string_equal(find_block(&p, "التقى")->text, P1);
    assert_string_equal(find_block(&p, "وقال")->text, P2);
    close_page(&p);
}

/* Wraps an HTML payload in a WARC/1.1 response record whose HTTP Content-Type is ctype. */
static size_t warc_record(char *out, size_t cap, const char *ctype, const char *payload, size_t n)
{
    char http[256];
    int hl = snprintf(http, sizeof http, "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n", ctype, n);
    int wl = snprintf(out, cap, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:0b1c2d3e-0000-4000-8000-000000000001>\r\n"
                      "WARC-Target-URI: https://alghad.test/2024/05/06/story\r\nWARC-Date: 2024-05-06T10:00:00Z\r\n"
                      "Content-Type: application/http; msgtype=response\r\nContent-Length: %zu\r\n\r\n%s",
                      (size_t)hl + n, http);
    assert_true((size_t)wl + n + 4 < cap);
    memcpy(out + wl, payload, n);
    memcpy(out + (size_t)wl + n, "\r\n\r\n", 4);
    return (size_t)wl + n + 4;
}

/* CS-HTTP, CS-BOM: the HTTP charset of a WARC response (UTF-16LE, windows-1256), and a BOM. */
static void charset_from_http(void **state)
{
    (void)state;
    const char *utf8 = "<html><head><title>لقاء في عمّان</title></head><body><div class=\"story\">"
                       "<h1>وزيرا الخارجية يلتقيان في عمّان</h1><p>" P1 "</p><p>" P2 "</p></div></body></html>";
    static char payload[8192], warc[16384];
    size_t n = to_charset("UTF-16LE", utf8, payload, sizeof payload);
    size_t wn = warc_record(warc, sizeof warc, "text/html; charset=UTF-16LE", payload, n);
    page p;
    open_bytes(&p, "crawl.warc", warc, wn);
    assert_int_equal(p.len, strlen(utf8));
    assert_memory_equal(p.src, utf8, p.len);
    assert_string_equal(find_block(&p, "التقى")->text, P1);
    assert_string_equal(rasd_article_url(p.a), "https://alghad.test/2024/05/06/story");
    close_page(&p);

    n = to_charset("WINDOWS-1256", utf8, payload, sizeof payload);
    wn = warc_record(warc, sizeof warc, "text/html; charset=\"windows-1256\"", payload, n);
    open_bytes(&p, "crawl.warc", warc, wn);
    assert_int_equal(p.warns, 0);
    assert_memory_equal(p.src, utf8, p.len);
    assert_string_equal(find_block(&p, "وقال")->text, P2);
    close_page(&p);

    /* a UTF-16 byte order mark outranks the header */
    payload[0] = (char)0xFE; payload[1] = (char)0xFF;
    n = to_charset("UTF-16BE", utf8, payload + 2, sizeof payload - 2) + 2;
    wn = warc_record(warc, sizeof warc, "text/html; charset=iso-8859-1", payload, n);
    open_bytes(&p, "crawl.warc", warc, wn);
    assert_memory_equal(p.src, utf8, p.len);
    assert_string_equal(find_block(&p, "التقى")->text, P1);
    close_page(&p);
}

/* CS-CONV: bytes the charset cannot decode become U+FFFD with one warning at the first one;
 * CS-UNK: an unknown charset is reported and the bytes are kept; CS-UTF8: a mislabel over
 * valid UTF-8 is ignored. */
static void charset_problems(void **state)
{
    (void)state;
    /* ISO-8859-6 leaves 0xA1 unassigned */
    const char *pre = "<html><head><meta charset=\"iso-8859-6\"></head><body><p>abc ";
    char bytes[256];
    size_t n = (size_t)snprintf(bytes, sizeof bytes, "%s\xA1 \xC7\xE4 def\xA1</p></body></html>", pre);
    page p;
    open_bytes(&p, "page.html", bytes, n);
    assert_int_equal(p.warns, 1);
    assert_int_equal(p.warn_offset[0], strlen(pre));
    assert_non_null(strstr(p.warn_msg[0], "iso-8859-6"));
    const rasd_block *b = find_block(&p, "abc");
    assert_non_null(b);
    assert_string_equal(b->text, "abc \xEF\xBF\xBD \xD8\xA7\xD9\x84 def\xEF\xBF\xBD");
    close_page(&p);

    const char *unk = "<html><head><meta charset=\"x-no-such-charset\"></head><body><p>" P1 "</p></body></html>";
    open_page(&p, unk);
    assert_int_equal(p.warns, 1);
    assert_non_null(strstr(p.warn_msg[0], "x-no-such-charset"));
    assert_int_equal(p.len, strlen(unk));
    assert_string_equal(block(&p, 0)->text, P1);
    close_page(&p);

    const char *mislabel = "<html><head><meta charset=\"windows-1256\"></head><body><p>" P1 "</p></body></html>";
    open_page(&p, mislabel);
    assert_int_equal(p.warns, 0);
    assert_int_equal(p.len, strlen(mislabel));
    assert_string_equal(block(&p, 0)->text, P1);
    close_page(&p);
}

/* HTML-LIM: 100000 nested elements neither crash nor take long; the text is still found. */
static void deep_nesting(void **state)
{
    (void)state;
    const char *opens[] = {"<div>", "<span>", "<b><i>", "<table><tr><td>", "<ul><li>", "<font>", "<div><object>"};
    for (size_t k = 0; k < sizeof opens / sizeof *opens; k++) {
        size_t depth = 100000, ol = strlen(opens[k]);
        size_t cap = depth * (ol + 8) + 1024, n = 0;
        char *html = malloc(cap);
        n += (size_t)sprintf(html, "<html><body>");
        for (size_t i = 0; i < depth; i++) { memcpy(html + n, opens[k], ol); n += ol; }
        n += (size_t)sprintf(html + n, "<p>%s</p>", P1);
        for (size_t i = 0; i < depth; i++) { memcpy(html + n, "</div>", 6); n += 6; }
        html[n] = 0;
        clock_t t0 = clock();
        page p;
        open_bytes(&p, "deep.html", html, n);
        double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
        assert_true(secs < 20);
        /* text inside <object> is fallback content, never a block */
        if (strcmp(opens[k], "<div><object>") != 0) assert_non_null(find_block(&p, "التقى وزير الخارجية"));
        else assert_int_equal(nblocks(&p), 0);
        close_page(&p);
        free(html);
    }
}

/* HTML-UNIT: an ASP.NET page wrapped in one <form> still has its article; a search form
 * does not. */
static void form_wrapper(void **state)
{
    (void)state;
    page p;
    open_page(&p, "<html><body><form id=\"aspnetForm\" method=\"post\"><div class=\"search\"><form><input name=q>"
                  "<button>ابحث في الموقع</button></form></div><div id=\"NewsDetails\"><h1>وزيرا الخارجية يلتقيان في عمّان</h1>"
                  "<p>" P1 "</p><p>" P2 "</p><p>" P3 "</p></div></form></body></html>");
    assert_int_equal(count_kind(&p, RASD_BLOCK_BODY), 3);
    assert_int_equal(count_kind(&p, RASD_BLOCK_TITLE), 1);
    assert_null(find_block(&p, "ابحث"));
    close_page(&p);
}

/* HTML-DROP: drop reasons from elements, hints and stock phrases. */
static void drop_reasons(void **state)
{
    (void)state;
    page p;
    open_page(&p, "<html><body><div class=\"breadcrumbs\"><a href=\"/\">الرئيسية</a> &gt; <a href=\"/w\">عالم</a></div>"
                  "<div id=\"div-gpt-ad-123\">مساحة إعلانية مدفوعة</div>"
                  "<div class=\"post-body\"><p>" P1 "</p><div class=\"sharing-buttons\">شارك عبر فيسبوك وتويتر</div>"
                  "<p>" P2 "</p><p class=\"author\">بقلم: محرر الشؤون الدولية</p></div>"
                  "<div class=\"mostRead\"><a href=\"/m\">الأكثر قراءة اليوم في الموقع</a></div>"
                  "<div id=\"comments\">أضف تعليقك على الخبر هنا</div>"
                  "<footer>جميع الحقوق محفوظة 2024</footer></body></html>");
    assert_int_equal(count_kind(&p, RASD_BLOCK_BODY), 2);
    assert_string_equal(role_of(&p, "عالم"), "navigation");
    assert_string_equal(role_of(&p, "مساحة إعلانية"), "advert");
    assert_string_equal(role_of(&p, "شارك عبر"), "share_widget");
    assert_string_equal(role_of(&p, "بقلم"), "byline");
    assert_string_equal(role_of(&p, "الأكثر قراءة"), "related_links");
    assert_string_equal(role_of(&p, "أضف تعليقك"), "boilerplate");
    assert_string_equal(role_of(&p, "جميع الحقوق"), "footer");
    assert_string_equal(role_of(&p, "<div class=\"post-body\">"), "markup");
    close_page(&p);
}

/* HTML-HINT: a negative word on the wrapper that holds most of the article is incidental;
 * the comments next to it are still dropped. */
static void incidental_negative_word(void **state)
{
    (void)state;
    page p;
    open_page(&p, "<html><body><div class=\"post\"><h1>وزيرا الخارجية يلتقيان في عمّان</h1>"
                  "<div class=\"entry with-sidebar\"><p>" P1 "</p><p>" P2 "</p><p>" P3 "</p></div>"
                  "<div class=\"comments\"><p>تعليق: هذا لقاء مهم جدا، ونأمل أن يثمر عن نتائج ملموسة للمواطنين.</p></div>"
                  "</div></body></html>");
    assert_int_equal(count_kind(&p, RASD_BLOCK_TITLE), 1);
    assert_int_equal(count_kind(&p, RASD_BLOCK_BODY), 3);
    assert_string_equal(role_of(&p, "تعليق:"), "boilerplate");
    close_page(&p);
}

/* Odd inputs: empty body, text only, a fragment, a BOM, invalid UTF-8 and NUL bytes. */
static void odd_inputs(void **state)
{
    (void)state;
    page p;
    open_page(&p, "<html><head><title>صفحة فارغة</title></head><body></body></html>");
    assert_int_equal(nblocks(&p), 0);
    assert_string_equal(rasd_article_title(p.a), "صفحة فارغة");
    close_page(&p);

    open_page(&p, "\xEF\xBB\xBF<p>" P1 "</p>");
    assert_int_equal(nblocks(&p), 1);
    assert_string_equal(block(&p, 0)->text, P1);
    close_page(&p);

    const char bad[] = "<html><body><p>abc \xFF\xD8 def\0 ghi &#0; jkl \xC2\x85 &nbpb&nssp;AT&T&amp;amp;&amp;</p><p>" P2 "</p></body></html>";
    open_bytes(&p, "bad.html", bad, sizeof bad - 1);
    const rasd_block *b = find_block(&p, "abc");
    assert_non_null(b);
    assert_non_null(strstr(b->text, "ghi"));
    assert_non_null(strstr(b->text, "&nbpb&nssp;AT&T&amp;&"));
    close_page(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(main_content_over_lists),
        cmocka_unit_test(link_dense_in_main),
        cmocka_unit_test(arabic_punctuation_scores),
        cmocka_unit_test(split_body),
        cmocka_unit_test(title_sources),
        cmocka_unit_test(captions_once),
        cmocka_unit_test(entities_and_map),
        cmocka_unit_test(script_style_never_text),
        cmocka_unit_test(date_meta),
        cmocka_unit_test(date_json_ld),
        cmocka_unit_test(date_time_element),
        cmocka_unit_test(date_dateline),
        cmocka_unit_test(br_is_newline),
        cmocka_unit_test(outlet_and_url),
        cmocka_unit_test(same_page_in_jsonl),
        cmocka_unit_test(windows_1256_page),
        cmocka_unit_test(charset_from_http),
        cmocka_unit_test(charset_problems),
        cmocka_unit_test(deep_nesting),
        cmocka_unit_test(form_wrapper),
        cmocka_unit_test(drop_reasons),
        cmocka_unit_test(incidental_negative_word),
        cmocka_unit_test(odd_inputs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
