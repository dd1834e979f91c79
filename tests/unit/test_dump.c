/* Unit tests: text-dump cleaning and segmentation (rules DUMP-* and SEG-* in src/clean/dump.c).
 * Every dump here was written for these tests. */
#include "testutil.h"
#include "rasd.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct fixture { rasd_ctx *ctx; rasd_reader *r; rasd_articles *as; int diags; } fixture;

static void on_diag(const rasd_diag *d, void *user) { (void)d; ((fixture *)user)->diags++; }

static const rasd_articles *clean(fixture *f, const char *text)
{
    f->ctx = rasd_ctx_new();
    rasd_set_diag(f->ctx, on_diag, f);
    f->r = rasd_reader_open_memory(f->ctx, "t.txt", text, strlen(text));
    const rasd_doc *d = rasd_reader_next(f->r);
    assert_non_null(d);
    f->as = rasd_clean(f->ctx, d);
    return f->as;
}

static void done(fixture *f)
{
    rasd_articles_free(f->as);
    rasd_reader_close(f->r);
    rasd_ctx_free(f->ctx);
}

/* The reason of the drop or the kind of the block that covers the first occurrence of needle. */
static const char *role_of(const char *text, const rasd_articles *as, const char *needle)
{
    const char *p = strstr(text, needle);
    assert_non_null(p);
    size_t at = (size_t)(p - text);
    static const char *const kinds[] = {"", "title", "body", "caption"};
    for (size_t i = 0; i < rasd_articles_count(as); i++) {
        const rasd_article *a = rasd_articles_get(as, i);
        for (size_t k = 0; k < rasd_article_nblocks(a); k++) {
            const rasd_block *b = rasd_article_block(a, k);
            if (b->start <= at && at < b->end) return kinds[b->kind];
        }
        for (size_t k = 0; k < rasd_article_ndropped(a); k++) {
            const rasd_drop *d = rasd_article_dropped(a, k);
            if (d->start <= at && at < d->end) return d->reason;
        }
    }
    return "(none)";
}

/* every byte is in exactly one block or drop, none unassigned */
static void assert_accounted(const char *text, const rasd_articles *as)
{
    size_t n = strlen(text);
    unsigned char *seen = calloc(n + 1, 1);
    for (size_t i = 0; i < rasd_articles_count(as); i++) {
        const rasd_article *a = rasd_articles_get(as, i);
        for (size_t k = 0; k < rasd_article_nblocks(a); k++) {
            const rasd_block *b = rasd_article_block(a, k);
            assert_memory_equal(b->text, text + b->start, b->len);  /* identity map for dumps */
            for (size_t j = b->start; j < b->end; j++) seen[j]++;
        }
        for (size_t k = 0; k < rasd_article_ndropped(a); k++) {
            const rasd_drop *d = rasd_article_dropped(a, k);
            assert_string_not_equal(d->reason, "unassigned");
            for (size_t j = d->start; j < d->end; j++) seen[j]++;
        }
    }
    for (size_t j = 0; j < n; j++) assert_int_equal(seen[j], 1);
    free(seen);
}

#define P1 "أجرى الرئيس المصري اتصالاً هاتفياً مع نظيره الفرنسي مساء الثلاثاء، تناول فيه العلاقات الثنائية والأوضاع في المنطقة، وفق بيان للرئاسة.\n"
#define P2 "وأوضح البيان أن الرئيسين اتفقا على مواصلة التشاور خلال الأسابيع المقبلة، وعلى تنسيق المواقف قبل القمة المرتقبة في بروكسل.\n"
#define P3 "وكانت العاصمتان قد شهدتا زيارات متبادلة لوزراء الخارجية خلال العام الماضي، ركزت على ملفات الطاقة والهجرة والاستثمار.\n"

/* SEG-TITLE, DUMP-DATE, DUMP-CAP, DUMP-PHR: header zone of an Egyptian-style page */
static void seg_title_dateline_caption_byline(void **st)
{
    (void)st;
    fixture f = {0};
    const char *t =
        "الأحد، 9 مارس 2025\n\n12:05 ص\n\n"
        "السيسي وماكرون يبحثان هاتفيا التعاون الثنائي\n\n"
        "الرئيس عبد الفتاح السيسي - أرشيفية\n\nالرئيس عبد الفتاح السيسي - أرشيفية\n\n"
        "منى عادل\n\nA .A\n\n" P1 "\n" P2;
    const rasd_articles *as = clean(&f, t);
    assert_int_equal(rasd_articles_count(as), 1);
    const rasd_article *a = rasd_articles_get(as, 0);
    const char *from;
    assert_string_equal(rasd_article_published(a, &from), "2025-03-09T00:05");
    assert_string_equal(from, "dateline");
    assert_string_equal(rasd_article_title(a), "السيسي وماكرون يبحثان هاتفيا التعاون الثنائي");
    assert_string_equal(role_of(t, as, "الأحد"), "dateline");
    assert_string_equal(role_of(t, as, "12:05"), "dateline");
    assert_string_equal(role_of(t, as, "السيسي وماكرون"), "title");
    assert_string_equal(role_of(t, as, "الرئيس عبد الفتاح"), "caption");
    assert_string_equal(role_of(t, as, "منى عادل"), "byline");
    assert_string_equal(role_of(t, as, "A .A"), "share_widget");
    assert_string_equal(role_of(t, as, "أجرى الرئيس"), "body");
    /* DUMP-CAP: the second copy of the caption */
    const char *second = strstr(strstr(t, "الرئيس عبد الفتاح") + 10, "الرئيس عبد الفتاح");
    size_t at = (size_t)(second - t);
    bool repeated = false;
    for (size_t k = 0; k < rasd_article_ndropped(a); k++) {
        const rasd_drop *d = rasd_article_dropped(a, k);
        if (d->start == at) repeated = strcmp(d->reason, "repeated_caption") == 0;
    }
    assert_true(repeated);
    assert_accounted(t, as);
    done(&f);
}

/* DUMP-TICK, DUMP-GLUE, DUMP-REP, DUMP-LAT, DUMP-PHR (tags, related), SEG-NEW, SEG-TAIL:
 * a page's furniture followed by a second article */
static void seg_furniture_and_second_article(void **st)
{
    (void)st;
    fixture f = {0};
    const char *t =
        P1 "\n" P2 "\n"
        "ارتفاع أسعار النفط في الأسواق الآسيوية\xC2\xA0\xC2\xA0\xC2\xA0 منتخب المغرب يتأهل إلى النهائي   "
        "الأمطار تغمر شوارع المدينة\xC2\xA0\xC2\xA0 افتتاح معرض الكتاب الدولي\n\n"
        "Skip to contentالرئيسيةسياسةاقتصادرياضةPrivacy PolicyContact us\n\n"
        "كلمات دلالية: مصر فرنسا السيسي ماكرون اتصال هاتفي\n\n"
        "الرئيسية سياسة اقتصاد رياضة ثقافة الرئيسية سياسة اقتصاد رياضة ثقافة الرئيسية سياسة اقتصاد رياضة\n\n"
        "Privacy Policy\n\n"
        "وزير الخارجية الأردني يزور دمشق ويلتقي نظيره السوري\n\n"
        P3 "\n"
        "مقالات ذات صلة\n\n"
        "  • الملك عبدالله الثاني يستقبل رئيس الوزراء العراقي في عمّان\n"
        "  • قمة ثلاثية مرتقبة بين مصر والأردن والعراق الشهر المقبل\n";
    const rasd_articles *as = clean(&f, t);
    assert_int_equal(rasd_articles_count(as), 2);
    assert_string_equal(role_of(t, as, "ارتفاع أسعار"), "ticker");
    assert_string_equal(role_of(t, as, "Skip to"), "navigation");
    assert_string_equal(role_of(t, as, "كلمات دلالية"), "tags");
    assert_string_equal(role_of(t, as, "الرئيسية سياسة اقتصاد رياضة ثقافة"), "navigation");
    assert_string_equal(role_of(t, as, "Privacy Policy\n"), "footer");
    assert_string_equal(role_of(t, as, "وزير الخارجية الأردني"), "title");
    assert_string_equal(role_of(t, as, "مقالات ذات صلة"), "related_links");
    assert_string_equal(role_of(t, as, "الملك عبدالله"), "related_links");
    assert_string_equal(role_of(t, as, "قمة ثلاثية"), "related_links");
    const rasd_article *b = rasd_articles_get(as, 1);
    assert_string_equal(rasd_article_title(b), "وزير الخارجية الأردني يزور دمشق ويلتقي نظيره السوري");
    /* the furniture that ended the first page stays with the first article */
    const rasd_article *a = rasd_articles_get(as, 0);
    size_t s, e;
    rasd_article_span(a, &s, &e);
    assert_true(e > (size_t)(strstr(t, "Privacy Policy\n") - t));
    assert_accounted(t, as);
    done(&f);
}

/* SEG-NEW: an inline related link, subheads and a glued "Related" list do not split an article */
static void seg_related_does_not_split(void **st)
{
    (void)st;
    fixture f = {0};
    const char *t =
        P1 "\n"
        "اقرأ أيضاً: الرئيس الفرنسي يصل إلى القاهرة في زيارة رسمية\n\n"
        "ملفات على الطاولة\n\n" P2 "\n"
        "Relatedقمة مرتقبة في بروكسل الشهر المقبل\"باريس والقاهرة\" توقعان اتفاقاً للطاقة\n\n" P3;
    const rasd_articles *as = clean(&f, t);
    assert_int_equal(rasd_articles_count(as), 1);
    assert_string_equal(role_of(t, as, "اقرأ أيضاً"), "related_links");
    assert_string_equal(role_of(t, as, "ملفات على الطاولة"), "body");
    assert_string_equal(role_of(t, as, "Relatedقمة"), "related_links");
    assert_string_equal(role_of(t, as, "وكانت العاصمتان"), "body");
    assert_accounted(t, as);
    done(&f);
}

/* DUMP-MENU, DUMP-PHR: breadcrumbs, comment and newsletter blocks, follow-us lines of other
 * outlets' pages */
static void dump_other_outlets_furniture(void **st)
{
    (void)st;
    fixture f = {0};
    const char *t =
        "الرئيسية » عربي ودولي » سياسة\n"
        "الملك عبدالله الثاني يستقبل الرئيس القبرصي في عمّان\n"
        "عمّان - وكالة المشرق\n" P1 P2
        "شارك على واتساب\n"
        "تابعنا على تيليجرام\n"
        "التعليقات (0)\n"
        "أضف تعليقك\n"
        "اشترك في نشرتنا البريدية اليومية\n";
    const rasd_articles *as = clean(&f, t);
    assert_int_equal(rasd_articles_count(as), 1);
    assert_string_equal(role_of(t, as, "الرئيسية »"), "navigation");
    assert_string_equal(role_of(t, as, "الملك عبدالله"), "title");
    assert_string_equal(role_of(t, as, "عمّان - وكالة"), "byline");
    assert_string_equal(role_of(t, as, "شارك على"), "share_widget");
    assert_string_equal(role_of(t, as, "تابعنا على"), "footer");
    assert_string_equal(role_of(t, as, "التعليقات"), "footer");
    assert_string_equal(role_of(t, as, "أضف تعليقك"), "footer");
    assert_string_equal(role_of(t, as, "اشترك في نشرتنا"), "footer");
    assert_accounted(t, as);
    done(&f);
}

/* DUMP-TICK: headlines joined by " | " */
static void dump_ticker_with_bars(void **st)
{
    (void)st;
    fixture f = {0};
    const char *t =
        "عاجل | انطلاق القمة العربية في البحرين بمشاركة واسعة | ارتفاع أسعار الذهب إلى مستوى قياسي جديد | "
        "الأمم المتحدة تحذر من مجاعة وشيكة في القطاع\n" P1 P2;
    const rasd_articles *as = clean(&f, t);
    assert_int_equal(rasd_articles_count(as), 1);
    assert_string_equal(role_of(t, as, "عاجل |"), "ticker");
    assert_accounted(t, as);
    done(&f);
}

/* DUMP-MENU near-miss: a prose sentence that quotes a » guillemet stays prose */
static void dump_guillemets_in_prose(void **st)
{
    (void)st;
    fixture f = {0};
    const char *t = "وقال الوزير إن المحادثات كانت « بناءة » وإن الجانبين اتفقا على « مواصلة الحوار » خلال الأسابيع المقبلة في العاصمة.\n";
    const rasd_articles *as = clean(&f, t);
    assert_int_equal(rasd_articles_count(as), 1);
    assert_string_equal(role_of(t, as, "وقال الوزير"), "body");
    done(&f);
}

/* DUMP-BODY: headlines that ask or exclaim are not prose; DUMP-IMG: image lines and their dates */
static void dump_body_vs_headline_and_image(void **st)
{
    (void)st;
    fixture f = {0};
    const char *t =
        "هل تنجح الوساطة الإقليمية في إنهاء الخلاف بين البلدين الجارين؟\n"
        "![](https://cdn.example.test/uploads/2024/05/photo.jpg)\n" P1 P2;
    const rasd_articles *as = clean(&f, t);
    assert_int_equal(rasd_articles_count(as), 1);
    assert_string_equal(role_of(t, as, "هل تنجح"), "title");
    assert_string_equal(role_of(t, as, "![]"), "image");
    const char *from;
    assert_string_equal(rasd_article_published(rasd_articles_get(as, 0), &from), "2024-05");
    assert_string_equal(from, "url");
    assert_accounted(t, as);
    done(&f);
}

/* SEG-TITLE: a line that repeats the record's title (JSON Lines "title") is the title, even one
 * long enough to read as prose; a line as long that does not repeat it stays body */
static void seg_title_from_record(void **st)
{
    (void)st;
    static const char *const heads[] = {
        "وزارة النفط: صادرات العراق النفطية تتجاوز 100 مليون برميل في كانون الأول وإيراداتها تقارب 7.4 مليار دولار",
        "وزارة النفط: صادرات العراق النفطية تتجاوز 100 مليون برميل في كانون الأول وإيراداتها تقارب 7.4 مليار دولار أمريكي"};
    for (int k = 0; k < 2; k++) {
        char line[2048];
        snprintf(line, sizeof line,
                 "{\"id\":\"x\",\"title\":\"%s\",\"text\":\"%s\\nأعلنت وزارة النفط، اليوم الثلاثاء، الإحصائية الأولية "
                 "لكميات الصادرات النفطية والإيرادات المتحققة لشهر كانون الأول الماضي، مبينة أن مجموع الصادرات تجاوز 100 "
                 "مليون برميل.\"}\n",
                 heads[0], heads[k]);
        fixture f = {0};
        const rasd_articles *as = clean(&f, line);
        assert_int_equal(rasd_articles_count(as), 1);
        const rasd_block *b = rasd_article_block(rasd_articles_get(as, 0), 0);
        assert_int_equal(b->kind, k == 0 ? RASD_BLOCK_TITLE : RASD_BLOCK_BODY);
        assert_int_equal(strncmp(b->text, heads[k], strlen(heads[k])), 0);
        done(&f);
    }
}

/* Invalid UTF-8 and NUL bytes become spaces in block text and are reported once */
static void dump_invalid_bytes_reported(void **st)
{
    (void)st;
    fixture f = {0};
    const char *t = "أجرى الرئيس \xff اتصالاً هاتفياً مع نظيره الفرنسي مساء الثلاثاء، تناول فيه العلاقات الثنائية\x01 والأوضاع في المنطقة.\n";
    const rasd_articles *as = clean(&f, t);
    assert_int_equal(rasd_articles_count(as), 1);
    const rasd_block *b = rasd_article_block(rasd_articles_get(as, 0), 0);
    assert_non_null(b);
    assert_null(memchr(b->text, 0xff, b->len));
    assert_null(memchr(b->text, 0x01, b->len));
    assert_int_equal(b->len, strlen(t) - 1);
    assert_int_equal(f.diags, 1);
    assert_int_equal(rasd_get_counts(f.ctx).warnings, 1);
    done(&f);
}

/* A document with nothing article-like yields no article; a short brief still does */
static void dump_empty_and_brief(void **st)
{
    (void)st;
    fixture f = {0};
    const rasd_articles *as = clean(&f, "\n\n  \n");
    assert_int_equal(rasd_articles_count(as), 0);
    done(&f);
    fixture g = {0};
    as = clean(&g, "عاجل: الرئيس التونسي يستقبل وزير الخارجية الجزائري في قصر قرطاج\n");
    assert_int_equal(rasd_articles_count(as), 1);
    done(&g);
}

/* A footer "المصدر: X" names the article's outlet; another footer with a colon names none. */
static void dump_outlet_from_source_footer(void **st)
{
    (void)st;
    static const char *const body =
        "الرئيس يستقبل وزير الخارجية\n\n"
        "استقبل الرئيس اليوم في القصر الرئاسي وزير الخارجية الزائر، وبحث معه العلاقات الثنائية بين البلدين وسبل تعزيزها.\n\n";
    char text[1024];
    fixture f = {0};
    snprintf(text, sizeof text, "%sالمصدر: وكالة الأنباء الرسمية\n", body);
    const rasd_articles *as = clean(&f, text);
    assert_int_equal(rasd_articles_count(as), 1);
    assert_string_equal(rasd_article_outlet(rasd_articles_get(as, 0)), "وكالة الأنباء الرسمية");
    done(&f);
    fixture g = {0};
    snprintf(text, sizeof text, "%sتابعونا على: Facebook | X | YouTube\n", body);
    as = clean(&g, text);
    assert_int_equal(rasd_articles_count(as), 1);
    assert_null(rasd_article_outlet(rasd_articles_get(as, 0)));
    done(&g);
}

/* DUMP-END: a short sentence after the last body paragraph is the article's, not its footer;
 * near-misses: a short line without a full stop, or after furniture */
static void dump_short_last_paragraph(void **st)
{
    (void)st;
    fixture f = {0};
    const char *t = "وزير الخارجية يستقبل نظيره الفرنسي\n" P1 P2 "\nوكان الرئيسان قد التقيا في يوليو.\n";
    const rasd_articles *as = clean(&f, t);
    assert_string_equal(role_of(t, as, "وكان الرئيسان"), "body");
    assert_accounted(t, as);
    done(&f);
    fixture g = {0};
    const char *u = "وزير الخارجية يستقبل نظيره الفرنسي\n" P1 P2 "\nالرئيسان في لقاء سابق بالقاهرة\n";
    as = clean(&g, u);
    assert_string_equal(role_of(u, as, "الرئيسان في"), "footer");
    done(&g);
    fixture h = {0};
    const char *v = "وزير الخارجية يستقبل نظيره الفرنسي\n" P1 P2 "شارك على واتساب\nوالمزيد من الأخبار على موقعنا.\n";
    as = clean(&h, v);
    assert_string_not_equal(role_of(v, as, "والمزيد من"), "body");
    done(&h);
}

/* DUMP-END: the short bulleted items of a list that the last body paragraph opens with its colon
 * are the article's; near-misses: bulleted lines after a paragraph that opens no list, or
 * without a full stop */
static void dump_list_items_at_end(void **st)
{
    (void)st;
    fixture f = {0};
    const char *t = "وزير الخارجية يستقبل نظيره الفرنسي\n" P1 "أبرز اللقاءات بين الرئيسين خلال السنوات الماضية كانت كما يلي:\n"
                    "- 14 ديسمبر 2021: اجتماع في بروكسل.\n- 6 أكتوبر 2022: لقاء في براغ.\n";
    const rasd_articles *as = clean(&f, t);
    assert_string_equal(role_of(t, as, "- 14 ديسمبر"), "body");
    assert_string_equal(role_of(t, as, "- 6 أكتوبر"), "body");
    assert_accounted(t, as);
    done(&f);
    fixture g = {0};
    const char *u = "وزير الخارجية يستقبل نظيره الفرنسي\n" P1 P2 "- الرئيسان في لقاء سابق بالقاهرة.\n";
    as = clean(&g, u);
    assert_string_equal(role_of(u, as, "- الرئيسان"), "footer");
    done(&g);
    fixture h = {0};
    const char *v = "وزير الخارجية يستقبل نظيره الفرنسي\n" P1 "أبرز اللقاءات بين الرئيسين خلال السنوات الماضية كانت كما يلي:\n"
                    "- اقرأ أيضا أخبار الرئيسين اليوم\n";
    as = clean(&h, v);
    assert_string_not_equal(role_of(v, as, "- اقرأ"), "body");
    done(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dump_outlet_from_source_footer),
        cmocka_unit_test(seg_title_dateline_caption_byline),
        cmocka_unit_test(seg_title_from_record),
        cmocka_unit_test(seg_furniture_and_second_article),
        cmocka_unit_test(seg_related_does_not_split),
        cmocka_unit_test(dump_body_vs_headline_and_image),
        cmocka_unit_test(dump_other_outlets_furniture),
        cmocka_unit_test(dump_guillemets_in_prose),
        cmocka_unit_test(dump_ticker_with_bars),
        cmocka_unit_test(dump_invalid_bytes_reported),
        cmocka_unit_test(dump_empty_and_brief),
        cmocka_unit_test(dump_short_last_paragraph),
        cmocka_unit_test(dump_list_items_at_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
