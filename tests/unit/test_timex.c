/* Unit tests: the time-expression tagger (TMX-1 … TMX-21, docs/time.md), on sentences written
 * for these tests. Each case gives a DCT ("" for none), a text and the first mention expected:
 * value, from, to, mod and the text it covers; want == NULL means no mention at all. */
#include "testutil.h"
#include "rasd.h"
#include "tag/timex.h"

#include <stdio.h>

typedef struct tcase {
    const char *dct, *text;
    const char *value, *from, *to, *mod, *span;   /* value NULL: nothing found */
} tcase;

static void run(const tcase *cs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const tcase *k = &cs[i];
        for (unsigned fl = 0; fl <= RASD_NORM_TAMARBUTA; fl += RASD_NORM_TAMARBUTA) {
            rasd_tval dct;
            int off = RASD_NO_OFFSET;
            bool hd = k->dct[0] && rasd_tval_parse_dct(k->dct, strlen(k->dct), &dct, &off);
            rasd_text *t = rasd_text_new(k->text, strlen(k->text), fl);
            rasd_buf b = {0};
            rasd_timex_find(t, hd ? &dct : NULL, off, &b);
            size_t nm = RASD_VEC_LEN(&b, rasd_timex);
            if (!k->value) {
                if (nm) fail_msg("\"%s\": want nothing, got \"%s\"", k->text, RASD_VEC_AT(&b, rasd_timex, 0).value);
            } else {
                if (!nm) fail_msg("\"%s\": nothing found", k->text);
                const rasd_timex *x = &RASD_VEC_AT(&b, rasd_timex, 0);
                char span[256];
                snprintf(span, sizeof span, "%.*s", (int)(x->end - x->start), k->text + x->start);
                if (strcmp(x->value, k->value) || strcmp(x->from, k->from ? k->from : "") ||
                    strcmp(x->to, k->to ? k->to : "") || strcmp(x->mod, k->mod ? k->mod : "") ||
                    (k->span && strcmp(span, k->span)))
                    fail_msg("\"%s\": got %s [%s..%s] %s \"%s\"; want %s [%s..%s] %s \"%s\"", k->text, x->value,
                             x->from, x->to, x->mod, span, k->value, k->from ? k->from : "", k->to ? k->to : "",
                             k->mod ? k->mod : "", k->span ? k->span : "");
                assert_true(x->end <= strlen(k->text) && x->start < x->end);
            }
            rasd_buf_free(&b);
            rasd_text_free(t);
        }
    }
}
#define RUN(cs) run((cs), sizeof(cs) / sizeof *(cs))

#define D "2025-03-19"   /* a Wednesday */

/* TMX-3: explicit dates, all regional month names, paired names, numeric dates. */
static void test_tmx3_explicit_dates(void **state)
{
    (void)state;
    static const tcase cs[] = {
        {D, "التقى الرئيس نظيره في 28 كانون الثاني/ يناير 2017 في القاهرة", "2017-01-28", 0, 0, 0, "28 كانون الثاني/ يناير 2017"},
        {D, "وصل الوفد في 18 مارس (آذار) الماضي", "2025-03-18", 0, 0, 0, "18 مارس (آذار) الماضي"},
        {D, "زار الوزير الجزائر في 5 جانفي", "2025-01-05", 0, 0, 0, "5 جانفي"},
        {D, "في 4 جويلية 2024 وقع الاتفاق", "2024-07-04", 0, 0, 0, "4 جويلية 2024"},
        {D, "وصل يوم 10 أوت 2024", "2024-08-10", 0, 0, 0, "10 أوت 2024"},
        {D, "انعقد المجلس في 20 يوليوز 2024", "2024-07-20", 0, 0, 0, 0},
        {D, "في 3 غشت 2023 أعلن", "2023-08-03", 0, 0, 0, 0},
        {D, "بتاريخ 7 شتنبر 2022", "2022-09-07", 0, 0, 0, 0},
        {D, "صدر البيان بتاريخ 19/03/2025", "2025-03-19", 0, 0, 0, "19/03/2025"},
        {D, "صدر البيان بتاريخ 19 - 03 - 2025", "2025-03-19", 0, 0, 0, "19 - 03 - 2025"},
        {D, "نشر في 2025-03-19", "2025-03-19", 0, 0, 0, "2025-03-19"},
        {D, "تقرير 2/2013", "2013-02", 0, 0, 0, 0},
        {D, "ذكرى الحادي عشر من سبتمبر 2001", "2001-09-11", 0, 0, 0, 0},
        {D, "اجتمعوا في العشرين من يناير 2020", "2020-01-20", 0, 0, 0, 0},
        {D, "الاول من شباط 2019", "2019-02-01", 0, 0, 0, 0},
        {D, "التقيا في فبراير/شباط 2024", "2024-02", 0, 0, 0, 0},
        {D, "في 16 آذار", "2025-03-16", 0, 0, 0, 0},
        /* Maghrebi فاتح: the first day of the month */
        {D, "يوم الثلاثاء فاتح أكتوبر 2024", "2024-10-01", 0, 0, 0, 0},
        {D, "احتفل العمال في فاتح ماي", "2025-05-01", 0, 0, 0, "فاتح ماي"},
        {D, "ذكرى ثورة الفاتح من سبتمبر 1969", "1969-09-01", 0, 0, 0, "الفاتح من سبتمبر 1969"},
        {D, "التقى فاتح بيرول الوزير", NULL, 0, 0, 0, 0},
        /* an indefinite or feminine ordinal before في is no day ("a first visit in March", "for
         * the first time in March"); near-miss: a definite masculine one is */
        {D, "بعد زيارة أولى في مارس 2015", "2015-03", 0, 0, 0, "مارس 2015"},
        {D, "التقيا للمرة الأولى في مارس 2021", "2021-03", 0, 0, 0, "مارس 2021"},
        {D, "وللمرة الثانية في مايو 2022", "2022-05", 0, 0, 0, "مايو 2022"},
        {D, "في الخامس في مارس 2015", "2015-03-05", 0, 0, 0, "الخامس في مارس 2015"},
    };
    RUN(cs);
}

/* TMX-4: Hijri dates. */
static void test_tmx4_hijri(void **state)
{
    (void)state;
    static const tcase cs[] = {
        {D, "صدر في 14 جمادى الأولى 1444هـ الموافق", "2022-12-08", 0, 0, 0, "14 جمادى الأولى 1444هـ"},
        {D, "بتاريخ 14-09-1432 هـ", "2011-08-14", 0, 0, 0, "14-09-1432 هـ"},
        /* no year: the one the tense picks around the DCT (the nearest without one) */
        {D, "زار الملك واشنطن في العاشر من ذي الحجة", "2025-06-06", 0, 0, 0, "العاشر من ذي الحجة"},
        {D, "يلتقيان في السابع والعشرين من رمضان المقبل", "2026-03-16", 0, 0, 0, 0},
        {D, "التقيا في 15 شعبان الماضي", "2025-02-14", 0, 0, 0, "15 شعبان الماضي"},
        /* Ramadan without a year: after شهر or a preposition of time, or before a modifier; in
         * Ramadan 1446, the next one is 1447's and the last one 1445's */
        {D, "يلتقي الزعيمان في شهر رمضان المقبل", "", "2026-02-18", "2026-03-19", 0, "رمضان المقبل"},
        {D, "التقيا في رمضان الماضي", "", "2024-03-11", "2024-04-09", 0, 0},
        {"2025-01-10", "التقيا في رمضان الماضي", "", "2024-03-11", "2024-04-09", 0, 0},
        {"2025-01-10", "يلتقيان خلال شهر رمضان المقبل", "", "2025-03-01", "2025-03-29", 0, 0},
        /* near-miss: a man named رمضان */
        {D, "قال رمضان عبد الله إن الوفد وصل", NULL, 0, 0, 0, 0},
    };
    RUN(cs);
}

/* TMX-5: relative days and now. */
static void test_tmx5_relative_days(void **state)
{
    (void)state;
    static const tcase cs[] = {
        {D, "قال الوزير امس إن المحادثات مستمرة", "2025-03-18", 0, 0, 0, "امس"},
        {D, "وصل أول من أمس", "2025-03-17", 0, 0, 0, "أول من أمس"},
        {D, "أكد البارحة", "2025-03-18", 0, 0, 0, 0},
        {D, "يجتمع المجلس غدا", "2025-03-20", 0, 0, 0, 0},
        {D, "بعد غد", "2025-03-21", 0, 0, 0, 0},
        /* غد without its alif after a part of the day or before a weekday; alone it is "a tomorrow" */
        {D, "يستقبل الرئيس، مساء غد الخميس، ضيفه", "2025-03-20", 0, 0, 0, "مساء غد الخميس"},
        {D, "تبدأ المحادثات صباح غد في الرياض", "2025-03-20", 0, 0, 0, "صباح غد"},
        {D, "يلتقي الرئيسان غد الخميس", "2025-03-20", 0, 0, 0, "غد الخميس"},
        {D, "من أجل غد أفضل للشعبين", NULL, 0, 0, 0, 0},
        {D, "وفي اليوم السابق التقى", "2025-03-18", 0, 0, 0, "اليوم السابق"},
        {D, "أعلن اليوم", "2025-03-19", 0, 0, 0, "اليوم"},
        /* إلى is spelled as the dialect's relative الي: today, unless a relative day follows */
        {D, "وصل ولي العهد اليوم إلى الرياض", "2025-03-19", 0, 0, 0, "اليوم"},
        {D, "اليوم الي قبل امبارح", "2025-03-17", 0, 0, 0, 0},
        /* the last word of a source's name in parentheses is no day; near-misses: اليوم alone
         * in parentheses, and a name with no parentheses (prose, read as today) */
        {D, "موسكو - (روسيا اليوم) استقبل بوتين", NULL, 0, 0, 0, 0},
        {D, "القاهرة - (بوابة أخبار اليوم) استقبل السيسي", NULL, 0, 0, 0, 0},
        {D, "استقبل السيسي (اليوم) ماكرون", "2025-03-19", 0, 0, 0, "اليوم"},
        {D, "تستقبل روسيا اليوم وفدا", "2025-03-19", 0, 0, 0, "اليوم"},
        /* … nor is an outlet's name where one opens: after a dateline's dash, a quote, لـ or a
         * paper's word; near-misses: the same words in prose, and a dateline's day */
        {D, "القاهرة - المصري اليوم قالت مصادر إن الرئيس سيزور القاهرة", NULL, 0, 0, 0, 0},
        {D, "قالت مصادر لـ«اليوم السابع» إن الرئيس وصل", NULL, 0, 0, 0, 0},
        {D, "وذكرت صحيفة المصري اليوم أن الرئيس وصل", NULL, 0, 0, 0, 0},
        {D, "الموقف المصري اليوم واضح", "2025-03-19", 0, 0, 0, "اليوم"},
        {D, "بيروت - اليوم الأربعاء وصل الرئيس", "2025-03-19", 0, 0, 0, "اليوم الأربعاء"},
        {"2025-03-19T10:30", "حالا", "2025-03-19T10:30", 0, 0, 0, 0},
        {"", "قال امس", NULL, 0, 0, 0, 0},
        /* tonight, and last night: the evening before */
        {D, "يلتقيان هذه الليلة", "", "2025-03-19T18", "2025-03-19T23", 0, "هذه الليلة"},
        {D, "اتصل به الليلة الماضية", "", "2025-03-18T18", "2025-03-18T23", 0, "الليلة الماضية"},
    };
    RUN(cs);
}

/* TMX-6, TMX-2: weekdays, tense, the أحد/اثنين guard. */
static void test_tmx6_weekdays(void **state)
{
    (void)state;
    static const tcase cs[] = {
        {D, "التقى الرئيس نظيره الخميس في القاهرة", "2025-03-13", 0, 0, 0, "الخميس"},
        {D, "وسيلتقي الرئيس نظيره الخميس في القاهرة", "2025-03-20", 0, 0, 0, "الخميس"},
        /* the present of a verb of travel or meeting is a programme's: the next day of the week;
         * near-miss: a chronicle's entry it opens (TMX-21) */
        {D, "ويتوجه الرئيس الجمعة إلى بيت لحم", "2025-03-21", 0, 0, 0, "الجمعة"},
        {D, "يحط الرئيس الجمعة في جدة", "2025-03-21", 0, 0, 0, "الجمعة"},
        {D, "بدأ جولته من جدة قبل أن ينتقل الجمعة إلى الدوحة", "2025-03-14", 0, 0, 0, "الجمعة"},
        {D, "- 6 مارس: المبعوث الأمريكي يلتقي الرئيس في الكرملين", "2025-03-06", 0, 0, 0, "6 مارس"},
        {D, "الخميس", "2025-03-20", 0, 0, 0, 0},
        {D, "التقى الوزير يوم الاثنين الماضي نظيره", "2025-03-17", 0, 0, 0, 0},
        {D, "تعقد القمة الاثنين المقبل", "2025-03-24", 0, 0, 0, "الاثنين المقبل"},
        {D, "في يوم الاثنين 17 آذار", "2025-03-17", 0, 0, 0, 0},
        {D, "التقى الاثنين بالوزير", NULL, 0, 0, 0, 0},
        {D, "قال أحد الأطراف", NULL, 0, 0, 0, 0},
        {D, "وصل في الأحد", "2025-03-16", 0, 0, 0, 0},
        {"", "التقى الرئيس نظيره الخميس", "XXXX-WXX-4", 0, 0, 0, 0},
        /* a name of the shape of a future verb (ستيف = سـ + تيف) is no future cue */
        {"2024-06-15T10:00", "التقى ستيف ويتكوف بوتين يوم الخميس", "2024-06-13", 0, 0, 0, 0},
        {"2025-08-19T10:00", "التقى ترامب الرئيس الفنلندي ألكسندر ستوب مساء الاثنين", "2025-08-18", 0, 0, 0, 0},
        /* a word after آل is a family's name, no ordinal day ("آل ثاني في ديسمبر") */
        {"2025-05-17T09:00", "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني في ديسمبر 2024", "2024-12", 0, 0, 0, 0},
        /* … and one after مجموعة a group's name ("مجموعة العشرين في سبتمبر": no 20th) */
        {"2024-09-04T09:00", "التقيا على هامش قمة مجموعة العشرين في سبتمبر 2023", "2023-09", 0, 0, 0, "سبتمبر 2023"},
        /* … and a word after قمة its summit's; near-miss: digits after it are a day */
        {"2024-02-14T09:00", "التقيا على هامش قمة العشرين في سبتمبر الماضي", "2023-09", 0, 0, 0, "سبتمبر الماضي"},
        {"2024-02-14T09:00", "انعقدت قمة 20 نوفمبر الماضي", "2023-11-20", 0, 0, 0, "20 نوفمبر الماضي"},
        {"2024-09-04T09:00", "التقيا في العشرين من سبتمبر 2023", "2023-09-20", 0, 0, 0, 0},
        /* … nor is a noun of that shape ("وفي سياق متصل": context) */
        {"2025-05-17T09:00", "وفي سياق متصل، بحث لافروف مع فيدان في اتصال هاتفي الأربعاء", "2025-05-14", 0, 0, 0, 0},
        {"2024-06-15T10:00", "سيلتقي ويتكوف بوتين يوم الخميس", "2024-06-20", 0, 0, 0, 0},
        /* nor a word of the shape سـ + ا… that ends as no first-person verb does (ساعتين، ساعدت);
         * near-miss: سأعود is one */
        {"2025-10-16T09:00", "عقد الرئيسان يوم الجمعة اجتماعا استمر ساعتين", "2025-10-10", 0, 0, 0, "يوم الجمعة"},
        {"2025-10-16T09:00", "ساعدت الوزيرة في ترتيب اللقاء يوم الجمعة", "2025-10-10", 0, 0, 0, 0},
        {"2025-10-16T09:00", "سأعود إلى المكتب يوم الجمعة", "2025-10-17", 0, 0, 0, 0},
        /* a future cue only after an أن/إن that follows the expression is what is said: the
         * expression dates the saying; near-misses: a cue before it, or no أن between */
        {"2023-09-04", "أعلن أردوغان في 8 يوليو أن الرئيس سيصل", "2023-07-08", 0, 0, 0, 0},
        {"2023-09-04", "قال الكرملين الثلاثاء إن بوتين سيزور أنقرة", "2023-08-29", 0, 0, 0, 0},
        {"2023-09-04", "أعلنت الرئاسة أن الرئيس سيزور موسكو الثلاثاء", "2023-09-05", 0, 0, 0, 0},
        {"2023-09-04", "سيصل الرئيس في 8 يوليو", "2024-07-08", 0, 0, 0, 0},
        /* الاثنين set off by a comma before a place is the weekday; near-miss: "the two" */
        {D, "استقبل الرئيس، الاثنين بالقصر الرئاسي، الوزير", "2025-03-17", 0, 0, 0, "الاثنين"},
        {D, "التقى الاثنين بالقصر الرئاسي", NULL, 0, 0, 0, 0},
        /* before a counterpart or a title it is the weekday: "the two" is never followed by one;
         * near-misses: after بين (the two), and before a pronoun-less noun */
        {D, "التقى وانغ يي الاثنين نظيره الهندي", "2025-03-17", 0, 0, 0, "الاثنين"},
        {D, "وصل الاثنين رئيس الوزراء إلى المطار", "2025-03-17", 0, 0, 0, "الاثنين"},
        {D, "جمع لقاء بين الاثنين الرئيس", NULL, 0, 0, 0, 0},
        {D, "التقى الاثنين المسؤولين", NULL, 0, 0, 0, 0},
        /* … and so before a noun of what one did, without the article (the verb's object);
         * near-miss: after بين it stays "the two" */
        {D, "وكان الرئيس قد أجرى الاثنين محادثات هاتفية", "2025-03-17", 0, 0, 0, "الاثنين"},
        {D, "جرت بين الاثنين محادثات هاتفية", NULL, 0, 0, 0, 0},
        /* after a name (a word without the article past its clause's first) before في، مع or
         * ب it is the weekday; near-misses: after the verb that opens the clause (above), after
         * a definite dual */
        {D, "التقى أردوغان بوتين الاثنين في سوتشي", "2025-03-17", 0, 0, 0, "الاثنين"},
        {D, "واجتمع الوزير لافروف الاثنين مع نظيره", "2025-03-17", 0, 0, 0, "الاثنين"},
        {D, "استقبل الملك الزعيمين الاثنين في القصر", NULL, 0, 0, 0, 0},
        {D, "حيث شارك الاثنان في اجتماع", NULL, 0, 0, 0, 0},
        /* المقبل that places another time expression puts nothing else in the future; near-miss:
         * one after a noun that is no time word still does */
        {D, "التقى الرئيس نظيره الخميس وبحثا زيارته إلى بكين في الشهر المقبل", "2025-03-13", 0, 0, 0, "الخميس"},
        {D, "التقى الرئيس نظيره الخميس وبحثا زيارته إلى بكين في أبريل المقبل", "2025-03-13", 0, 0, 0, "الخميس"},
        {D, "ويلتقي الرئيس نظيره الخميس في القمة المقبلة", "2025-03-20", 0, 0, 0, "الخميس"},
        /* … nor does المقرر/المرتقب that qualifies a noun after the expression (it places that
         * noun); near-miss: one before it, which the expression dates */
        {D, "بحث الرئيس في اتصال هاتفي مساء الأحد مع نظيره الاستفتاء المقرر في الإقليم", "2025-03-16", 0, 0, 0, "مساء الأحد"},
        {D, "بحث الرئيسان الاجتماع المقرر يوم الأحد في هلسنكي", "2025-03-23", 0, 0, 0, "يوم الأحد"},
        /* الأحد alone is the weekday; near-misses: the eleven, and "the One" after الواحد */
        {D, "وكان قد زار الرياض الأحد حيث استقبله الملك", "2025-03-16", 0, 0, 0, "الأحد"},
        {D, "وقتل الأحد عشر جنديا", NULL, 0, 0, 0, 0},
        {D, "سبحان الواحد الأحد", NULL, 0, 0, 0, 0},
    };
    RUN(cs);
}

/* TMX-7, TMX-8: periods and قبل/منذ/بعد. */
static void test_tmx7_tmx8_periods(void **state)
{
    (void)state;
    static const tcase cs[] = {
        {D, "خلال الأسبوع الماضي", "2025-W11", 0, 0, 0, 0},
        {D, "الشهر المقبل", "2025-04", 0, 0, 0, 0},
        {D, "في العام الماضي", "2024", 0, 0, 0, 0},
        {D, "السنة الحالية", "2025", 0, 0, 0, 0},
        {D, "أعلن في وقت سابق من هذا الشهر", "2025-03", 0, 0, 0, 0},
        {D, "قبل ثلاثة أيام", "2025-03-16", 0, 0, 0, 0},
        {D, "منذ يومين", "2025-03-17", 0, 0, 0, 0},
        /* counted from an event, not from now: how long, no point; near-miss: من الآن is now */
        {D, "جاءت المحادثة بعد يوم واحد من تنصيب ترامب", NULL, 0, 0, 0, 0},
        {D, "قبل أسبوع من القمة", NULL, 0, 0, 0, 0},
        {D, "بعد يومين من الآن", "2025-03-21", 0, 0, 0, "بعد يومين"},
        /* a unit before a year is the year's: since 2023, not a year ago */
        {D, "في أول زيارة منذ عام 2023", "2023", 0, 0, 0, "عام 2023"},
        {D, "بعد أسبوعين", "2025-04-02", 0, 0, 0, 0},
        {"2025-03-19T10:30", "منذ ساعتين", "2025-03-19T08:30", 0, 0, 0, 0},
    };
    RUN(cs);
}

/* TMX-9, TMX-16: durations with qualifiers; what is not a time. */
static void test_tmx9_durations(void **state)
{
    (void)state;
    static const tcase cs[] = {
        {D, "استمر الاجتماع نحو 90 دقيقة", "PT90M", 0, 0, "APPROX", "نحو 90 دقيقة"},
        {D, "دام اللقاء أكثر من ساعتين", "PT2H", 0, 0, "MORE_THAN", 0},
        {D, "تحدثا ما يقرب من ساعة ونصف", "PT1H30M", 0, 0, "APPROX", 0},
        {D, "اجتمعا لأكثر من ساعة", "PT1H", 0, 0, "MORE_THAN", 0},
        {D, "استغرق ساعة و45 دقيقة", "PT1H45M", 0, 0, 0, 0},
        {D, "استغرق ساعتين و 10 دقائق", "PT2H10M", 0, 0, 0, 0},
        {D, "لمدة نصف ساعة", "PT30M", 0, 0, 0, 0},
        {D, "بعد 36 شهرًا من المفاوضات", "P36M", 0, 0, 0, "36 شهرًا"},   /* counted from the talks, not from now */
        {D, "سجن 3 سنوات ونصف", "P3Y6M", 0, 0, 0, 0},
        {D, "استمرت ثلاثة أسابيع", "P3W", 0, 0, 0, 0},
        /* a unit alone after a verb of lasting, or after its definite subject; near-miss: after
         * another verb it counts none */
        {D, "أجرى اتصالا هاتفيا استمر ساعة", "PT1H", 0, 0, 0, "ساعة"},
        {D, "واستغرق اللقاء ساعة", "PT1H", 0, 0, 0, "ساعة"},
        {D, "انتظر الوفد ساعة", NULL, 0, 0, 0, 0},
        {D, "بعد عدة دقائق عاد", NULL, 0, 0, 0, 0},
        {D, "أجرى ثلاث مكالمات", NULL, 0, 0, 0, 0},
        /* the word for month names one, it counts none */
        {D, "التقيا خلال شهر يوليو الماضي", "2024-07", 0, 0, 0, "شهر يوليو الماضي"},
        {D, "التقيا خلال شهر واحد", "P1M", 0, 0, 0, 0},
        {D, "العدد : 17106", NULL, 0, 0, 0, 0},
        {D, "قتل 12 شخصا", NULL, 0, 0, 0, 0},
    };
    RUN(cs);
}

/* TMX-10: times of day. */
static void test_tmx10_times(void **state)
{
    (void)state;
    static const tcase cs[] = {
        {D, "بدأ الاجتماع الساعة 3 عصراً", "2025-03-19T15", 0, 0, 0, 0},
        {D, "في تمام 15:15", "2025-03-19T15:15", 0, 0, 0, 0},
        {D, "الساعة الثالثة وربع بعد الظهر", "2025-03-19T15:15", 0, 0, 0, 0},
        {D, "الساعة 12 الا ربع قبل الظهر", "2025-03-19T11:45", 0, 0, 0, 0},
        {D, "الساعة الخامسة الا ثلث بعد العصر", "2025-03-19T16:40", 0, 0, 0, 0},
        {D, "يوم السبت 22/03 الساعة 1:30 بعد الظهر", "2025-03-22T13:30", 0, 0, 0, 0},
        {"", "الساعة 3:18 صباحا", "T03:18", 0, 0, 0, 0},
        {D, "يوم 15 أغسطس 2025 على الساعة العاشرة صباحا", "2025-08-15T10", 0, 0, 0, 0},   /* Maghrebi "على الساعة" */
    };
    RUN(cs);
}

/* TMX-11, TMX-12, TMX-13, TMX-14: parts of months, ranges, nth weekday, holidays. */
static void test_tmx11_to_14(void **state)
{
    (void)state;
    static const tcase cs[] = {
        {D, "في أوائل آذار 2024", "2024-03", "2024-03-01", "2024-03-10", "START", 0},
        {D, "في أواخر مارس 2024", "2024-03", "2024-03-21", "2024-03-31", "END", 0},
        {D, "من 13 إلى 15 تموز 2024", "", "2024-07-13", "2024-07-15", 0, 0},
        {D, "يوليو 13-15 2024", "", "2024-07-13", "2024-07-15", 0, 0},
        /* يومي D1 و D2: on the two days; two numbers in digits are no clock time without الساعة or
         * a period (near-misses: both) */
        {D, "أجرى الرئيسان محادثات في موسكو يومي 8 و9 تموز/يوليو 2024", "", "2024-07-08", "2024-07-09", 0,
         "يومي 8 و9 تموز/يوليو 2024"},
        {D, "تعقد القمة في 8 و9 يوليو 2025", "", "2025-07-08", "2025-07-09", 0, "8 و9 يوليو 2025"},
        {D, "قتل 8 و9 آخرون جرحوا", NULL, 0, 0, 0, 0},
        {D, "يصل الوفد الساعة 8 و30", "2025-03-19T08:30", 0, 0, 0, 0},
        {D, "يصل الوفد عند 8 و30 مساء", "2025-03-19T20:30", 0, 0, 0, 0},
        {D, "اخر اثنين من شهر اذار 2025", "2025-03-31", 0, 0, 0, 0},
        {D, "الثلاثاء الثالث من شهر ايلول من عام 2014", "2014-09-16", 0, 0, 0, 0},
        {D, "عيد الأضحى 2013", "2013-10-15", 0, 0, 0, 0},
        {D, "عيد الميلاد 2020", "2020-12-25", 0, 0, 0, 0},
        {"", "في مارس 2024", "2024-03", 0, 0, 0, 0},
        {"", "في 18 مارس", "XXXX-03-18", 0, 0, 0, 0},
    };
    RUN(cs);
}

/* TMX-3 additions: years alone and in words, month-first and two-token numeric dates, an
 * ordinal day after a month, a Hijri year; near misses (scores, counts). */
static void test_tmx3_years_and_numeric(void **state)
{
    (void)state;
    static const tcase cs[] = {
        {D, "التقى الزعيمان في عام 2016 في هلسنكي", "2016", 0, 0, 0, "عام 2016"},
        {D, "وقعت الاتفاقية العام 2015", "2015", 0, 0, 0, "العام 2015"},
        {D, "تراجعت العلاقات منذ 2014", "2014", 0, 0, 0, "2014"},
        {D, "فتحت المدينة سنة 636", "0636", 0, 0, 0, "سنة 636"},
        {D, "في العاشر من سبتمبر عام ألفين", "2000-09-10", 0, 0, 0, "العاشر من سبتمبر عام ألفين"},
        {D, "يوم الاثنين، يناير الثاني والعشرين، 2018", "2018-01-22", 0, 0, 0, 0},
        {D, "صدر القرار في عام 1445 هـ", "", "2023-07-19", "2024-07-06", 0, "عام 1445 هـ"},
        {D, "سيصل الوفد في 4/22", "2025-04-22", 0, 0, 0, "4/22"},
        {D, "وقع الاتفاق في 08/12، 2015", "2015-12-08", 0, 0, 0, "08/12، 2015"},
        {D, "صدر في 3-2015 تقرير", "2015-03", 0, 0, 0, "3-2015"},
        {D, "وصل بتاريخ 18-9-15", "2015-09-18", 0, 0, 0, "18-9-15"},
        {D, "سيعود الوفد في 22-4", "2025-04-22", 0, 0, 0, "22-4"},
        {D, "فاز الفريق 22-4", NULL, 0, 0, 0, 0},
        {D, "حصل على 2016 صوتا", NULL, 0, 0, 0, 0},
        /* a year heading its sentence before a colon or dash (a chronology's); near-miss: the
         * same number after a word */
        {D, "2020: اتصل الملك بالرئيس", "2020", 0, 0, 0, "2020"},
        {D, "- 2021 - زيارة إلى أنقرة", "2021", 0, 0, 0, "2021"},
        {D, "ارتفع العدد إلى 2020: رقم قياسي", NULL, 0, 0, 0, 0},
    };
    RUN(cs);
}

/* TMX-6, TMX-13 additions: the nth weekday of the DCT's month; a week then its weekday. */
static void test_tmx6_nth_and_week(void **state)
{
    (void)state;
    static const tcase cs[] = {
        {D, "ستعقد الجولة يوم الأحد الثاني", "2025-03-09", 0, 0, 0, "يوم الأحد الثاني"},
        {D, "الاجتماع الثلاثاء الأخير من الشهر الجاري", "2025-03-25", 0, 0, 0, 0},
        {D, "تعقد القمة الأسبوع المقبل يوم الجمعة", "2025-03-28", 0, 0, 0, "الأسبوع المقبل يوم الجمعة"},
        {D, "التقيا الأسبوع الماضي الأحد", "2025-03-16", 0, 0, 0, 0},
        {D, "يوم الخميس العشرين من هذا الشهر", "2025-03-20", 0, 0, 0, 0},
    };
    RUN(cs);
}

/* TMX-10 additions: hours as words, HHMM, noon and midnight, zones converted to the DCT's. */
static void test_tmx10_words_and_zones(void **state)
{
    (void)state;
    static const tcase cs[] = {
        {D, "سيصل الرئيس في السابعة", "2025-03-19T07", 0, 0, 0, "السابعة"},
        {D, "سيبدأ الاجتماع عند الحادية عشرة", "2025-03-19T11", 0, 0, 0, "الحادية عشرة"},
        {D, "توفي في السابعة من عمره", NULL, 0, 0, 0, 0},
        {D, "فاز في الثانية", NULL, 0, 0, 0, 0},
        {D, "سيتذكرون أنهم حاربوا معا في الحرب العالمية الثانية، وخسروا الملايين", NULL, 0, 0, 0, 0},
        {D, "سأعود الحادية عشرة", "2025-03-19T11", 0, 0, 0, 0},
        /* an ordinal hour is feminine: a king's الثاني before ظهر is no hour */
        {D, "وصل الساعة الثانية ظهرا", "2025-03-19T14", 0, 0, 0, "الساعة الثانية ظهرا"},
        {D, "استقبل الملك عبد الله الثاني ظهر أمس الرئيس", "2025-03-18", 0, 0, 0, "ظهر أمس"},
        {D, "سيلتقيان عند الظهر", "2025-03-19T12", 0, 0, 0, "الظهر"},
        {D, "تبدأ الجلسة 1140 صباحا", "2025-03-19T11:40", 0, 0, 0, 0},
        {D, "انتهت عند منتصف الليل", "2025-03-20T00", 0, 0, 0, 0},
        {D, "وصل 8 في الليل", "2025-03-19T20", 0, 0, 0, "8 في الليل"},
        {"2013-02-12T04:30:00-02:00", "الخميس الساعة 8 بتوقيت غرينتش", "2013-02-14T06", 0, 0, 0, 0},
        {"2025-03-19T09:00:00+02:00", "الساعة 3 عصرا بتوقيت مكة المكرمة", "2025-03-19T14", 0, 0, 0,
         "الساعة 3 عصرا بتوقيت مكة المكرمة"},
        {"2025-03-19", "الساعة 8 بتوقيت غرينتش", "2025-03-19T08", 0, 0, 0, 0},   /* no DCT zone: as written */
        /* a time in a zone is on the 24-hour clock, not the next 10:45 after the DCT's hour */
        {"2024-11-16T20:00:00+03:00", "الساعة 10:45 بتوقيت غرينتش", "2024-11-16T13:45", 0, 0, 0, 0},
    };
    RUN(cs);
}

/* TMX-17, TMX-18: intervals between two expressions and from the DCT; spans of N units;
 * seasons, quarters, whole units. */
static void test_tmx17_18_spans(void **state)
{
    (void)state;
    static const tcase cs[] = {
        {D, "يستمر المعرض من الجمعة إلى الأحد", "", "2025-03-14", "2025-03-16", 0, "الجمعة إلى الأحد"},
        {D, "سيبقى الوفد اليوم حتى الغد", "", "2025-03-19", "2025-03-20", 0, "اليوم حتى الغد"},
        /* … not on إلى after a word of putting off: the day it was set for, then the day it was
         * moved to; near-miss: حتى after it still joins */
        {D, "أرجئ الاجتماع المقرر اليوم إلى الخميس", "2025-03-19", 0, 0, 0, "اليوم"},
        {D, "تقرر تأجيل اللقاء الذي كان مقررا أمس إلى الأحد المقبل", "2025-03-18", 0, 0, 0, "أمس"},
        {D, "أرجئ الاجتماع ويبقى الوفد اليوم حتى الغد", "", "2025-03-19", "2025-03-20", 0, "اليوم حتى الغد"},
        {"2025-03-19T10:00", "ستستمر المشاورات حتى الساعة 2 ظهرا", "", "2025-03-19T10:00", "2025-03-19T14", 0,
         "حتى الساعة 2 ظهرا"},
        {D, "استمرت المحادثات حتى الساعة 2 ظهرا", "2025-03-19T14", 0, 0, 0, 0},
        {D, "خلال الأسابيع الثلاثة المقبلة", "", "2025-W13", "2025-W15", 0, 0},
        {D, "في الأيام الأربعة الماضية", "", "2025-03-15", "2025-03-18", 0, 0},
        {"2025-03-19T10:30", "خلال الساعات الـ24 الماضية", "", "2025-03-18T10", "2025-03-19T10", 0, 0},
        {D, "سيزور موسكو خلال أسبوعين", "", "2025-03-19", "2025-04-02", 0, "خلال أسبوعين"},
        {D, "التقيا مرتين خلال أسبوعين", "P2W", 0, 0, 0, 0},
        {D, "في الأيام المقبلة", NULL, 0, 0, 0, 0},
        {D, "زار موسكو الصيف الماضي", "2024-SU", 0, 0, 0, "الصيف الماضي"},
        {D, "ستعقد القمة في صيف 2026", "2026-SU", 0, 0, 0, 0},
        {D, "منذ الربيع العربي", NULL, 0, 0, 0, 0},
        {D, "نما الاقتصاد في الربع الثالث من عام 2024", "2024-Q3", "2024-07", "2024-09", 0, 0},
        {D, "الربع الأول من المباراة", NULL, 0, 0, 0, 0},
        {D, "يلتقيان في النصف الثاني من عام 2025", "2025-H2", "2025-07", "2025-12", 0, "النصف الثاني من عام 2025"},
        {D, "تراجع في النصف الأول من العام الماضي", "2024-H1", "2024-01", "2024-06", 0, 0},
        {D, "النصف الثاني من المباراة", NULL, 0, 0, 0, 0},
        {D, "أمضى يوما كاملا في المفاوضات", "P1D", 0, 0, 0, "يوما كاملا"},
    };
    RUN(cs);
}

/* News phrasing: qualifiers, days of the current month, two periods back, part of a bare
 * period, a weekday naming a relative day. */
static void test_news_phrasing(void **state)
{
    (void)state;
    static const tcase cs[] = {
        /* TMX-6: a weekday's date after it names a month; "أول" before a noun is no date
         * ("…، الثلاثاء، في أول لقاء"); near-miss: أول + a month */
        {D, "التقى روبيو لافروف في الرياض، الثلاثاء، في أول لقاء بين البلدين", "2025-03-18", 0, 0, 0, "الثلاثاء"},
        {D, "يلتقي الرئيسان يوم الخميس في أول مايو 2025", "2025-05-01", 0, 0, 0, 0},
        {D, "استمر الاتصال ساعة ونصف الساعة", "PT1H30M", 0, 0, 0, "ساعة ونصف الساعة"},
        {D, "دام اللقاء ما يزيد على ساعتين", "PT2H", 0, 0, "MORE_THAN", "ما يزيد على ساعتين"},
        {D, "استغرق الاجتماع ما لا يقل عن ساعة", "PT1H", 0, 0, "EQUAL_OR_MORE", 0},
        {D, "تحدثا قرابة الساعتين", "PT2H", 0, 0, "APPROX", "قرابة الساعتين"},
        {D, "استمرت المكالمة زهاء الساعة", "PT1H", 0, 0, "APPROX", 0},
        {D, "يبدأ نحو الساعة الثالثة عصرا", "2025-03-19T15", 0, 0, 0, 0},
        {D, "وصل في الـ15 من الشهر الجاري", "2025-03-15", 0, 0, 0, 0},
        /* D الجاري/الحالي (news style), D الشهر المقبل without من; near-miss: a count */
        {D, "يلتقي الرئيسان يوم 25 الجاري", "2025-03-25", 0, 0, 0, "25 الجاري"},
        {D, "وصل في 15 الشهر الحالي", "2025-03-15", 0, 0, 0, 0},
        /* … and after في, D منه ("of it"); near-miss: a count of it */
        {D, "ثم يلتقي عباس في الثامن والعشرين منه", "2025-03-28", 0, 0, 0, "الثامن والعشرين منه"},
        {D, "أخذ 15 منه", NULL, 0, 0, 0, 0},
        {D, "يصل في 3 الشهر المقبل", "2025-04-03", 0, 0, 0, 0},
        {D, "قتل 15 شخصا في الشهر الجاري", "2025-03", 0, 0, 0, "الشهر الجاري"},
        /* أمس الأول: the day before yesterday */
        {D, "التقى الرئيسان أمس الأول", "2025-03-17", 0, 0, 0, "أمس الأول"},
        {D, "في التاسع من الشهر الماضي", "2025-02-09", 0, 0, 0, 0},
        {D, "زار موسكو الأسبوع قبل الماضي", "2025-W10", 0, 0, 0, "الأسبوع قبل الماضي"},
        {D, "ارتفعت الأسعار منذ مطلع العام", "2025", 0, 0, "START", "مطلع العام"},
        {D, "قال أمس الثلاثاء إن", "2025-03-18", 0, 0, 0, "أمس الثلاثاء"},
    };
    RUN(cs);
}

/* TMX-19: "اليوم التالي" and the periods named as the ones after another (or before it: "اليوم
 * السابق") follow the last day
 * told before them — in the text, else the anchor a caller gives (an earlier block) — and only
 * without one the DCT; near-misses: المقبل is the DCT's, and a day told after does not count. */
/* TMX-19's tests: the expressions of text with the DCT D and, when anchored, the last day an
 * earlier block told (2024-11-20), into b. */
static void find_anchored(const char *text, bool anchored, rasd_buf *b)
{
    rasd_tval dct, anchor;
    int off = RASD_NO_OFFSET;
    assert_true(rasd_tval_parse_dct(D, strlen(D), &dct, &off));
    assert_true(rasd_tval_parse_dct("2024-11-20", 10, &anchor, &off));
    rasd_text *t = rasd_text_new(text, strlen(text), RASD_NORM_TAMARBUTA);
    rasd_timex_find_after(t, &dct, RASD_NO_OFFSET, anchored ? &anchor : NULL, b);
    rasd_text_free(t);
}

static void test_tmx19_following_day(void **state)
{
    (void)state;
    static const struct { const char *text; bool anchored; const char *value; } cs[] = {
        {"وصل الرئيس إلى الرياض يوم الاثنين 2 ديسمبر، وفي اليوم التالي التقى ولي العهد.", false, "2024-12-03"},
        {"وصل الرئيس يوم 2 ديسمبر، وغادر صباح اليوم التالي.", false, "2024-12-03"},
        {"التقى الرئيسان في 28 يناير 2017، ثم اتصلا في الأسبوع التالي.", false, "2017-W05"},
        {"وفي اليوم التالي التقى ولي العهد.", true, "2024-11-21"},
        {"وفي اليوم التالي التقى ولي العهد.", false, "2025-03-20"},
        {"وصل الرئيس يوم 2 ديسمبر، ويلتقي ولي العهد في اليوم المقبل.", false, "2025-03-20"},
        {"وفي اليوم التالي، 5 ديسمبر، التقى ولي العهد.", false, "2025-03-20"},
        /* … and the day before it (اليوم السابق) */
        {"التقى الرئيس ولي العهد يوم 2 ديسمبر، وكان قد وصل في اليوم السابق.", false, "2024-12-01"},
        {"وكان قد وصل في اليوم السابق.", true, "2024-11-19"},
    };
    for (size_t i = 0; i < sizeof cs / sizeof *cs; i++) {
        rasd_buf b = {0};
        find_anchored(cs[i].text, cs[i].anchored, &b);
        size_t n = RASD_VEC_LEN(&b, rasd_timex);
        bool found = false;
        for (size_t k = 0; k < n; k++) {
            const rasd_timex *x = &RASD_VEC_AT(&b, rasd_timex, k);
            found = found || ((strstr(cs[i].text + x->start, "التالي") == cs[i].text + x->end - strlen("التالي") ||
                               strstr(cs[i].text + x->start, "المقبل") == cs[i].text + x->end - strlen("المقبل") ||
                               strstr(cs[i].text + x->start, "السابق") == cs[i].text + x->end - strlen("السابق")) &&
                              strcmp(x->value, cs[i].value) == 0);
        }
        if (!found) {
            for (size_t k = 0; k < n; k++)
                fprintf(stderr, "  %s\n", RASD_VEC_AT(&b, rasd_timex, k).value);
            fail_msg("\"%s\": want the following (or previous) day or period %s", cs[i].text, cs[i].value);
        }
        rasd_buf_free(&b);
    }
}

/* A case of TMX-19 and TMX-20: the text, whether an anchor (2024-11-20) comes from an earlier
 * block, the expression wanted and its value (span NULL: no expression at all). */
typedef struct span_case { const char *text; bool anchored; const char *span, *value; } span_case;

static void run_spans(const span_case *cs, size_t nc)
{
    for (size_t i = 0; i < nc; i++) {
        rasd_buf b = {0};
        find_anchored(cs[i].text, cs[i].anchored, &b);
        size_t n = RASD_VEC_LEN(&b, rasd_timex);
        bool found = !cs[i].span && n == 0;
        for (size_t k = 0; k < n && cs[i].span; k++) {
            const rasd_timex *x = &RASD_VEC_AT(&b, rasd_timex, k);
            found = found || (x->end - x->start == strlen(cs[i].span) && memcmp(cs[i].text + x->start, cs[i].span, x->end - x->start) == 0 &&
                              strcmp(x->value, cs[i].value) == 0);
        }
        if (!found) {
            for (size_t k = 0; k < n; k++) {
                const rasd_timex *x = &RASD_VEC_AT(&b, rasd_timex, k);
                fprintf(stderr, "  \"%.*s\" %s\n", (int)(x->end - x->start), cs[i].text + x->start, x->value);
            }
            fail_msg("\"%s\": want \"%s\" = %s", cs[i].text, cs[i].span ? cs[i].span : "(none)", cs[i].value ? cs[i].value : "");
        }
        rasd_buf_free(&b);
    }
}

/* TMX-19: the same day or period (اليوم نفسه، الشهر ذاته، نفس اليوم) is the last day told's, or
 * its month or year; "من العام ذاته" right after a date is part of it; near-miss: نفسه after no
 * period word. */
static void test_tmx19_same_day(void **state)
{
    (void)state;
    static const span_case cs[] = {
        {"استقبل الرئيس أمس الوزير. وعقد الوزير في وقت سابق من اليوم نفسه مباحثات.", false, "اليوم", "2025-03-18"},
        {"وجرت محادثات في 29 مارس 2022، بعد لقاء في العاشر من الشهر نفسه.", false, "العاشر من الشهر نفسه", "2022-03-10"},
        {"وفي 7 تموز/ يوليو 2017 من العام ذاته التقى الرئيسان.", false, "7 تموز/ يوليو 2017 من العام ذاته", "2017-07-07"},
        {"والتقى نتنياهو في نفس اليوم هاريس.", true, "اليوم", "2024-11-20"},
        {"وقال الرئيس نفسه إن اللقاء كان مثمرا.", false, NULL, NULL},
        /* (the month told last, when no day was told since: "مايو المقبل … في الشهر نفسه") */
        {"ويتسلم مهامه في مايو المقبل، ومن المقرر أن يزور نيروبي في الشهر نفسه.", false, "الشهر نفسه", "2025-05"},
        {"ويتسلم مهامه في مايو المقبل، ويلتقي روتو يوم 3 يونيو المقبل، ثم يزور كمبالا في الشهر نفسه.", false, "الشهر نفسه", "2025-06"},
        {"التقى الوزير نظيره أمس، وبحثا قمة مايو المقبل، ثم التقيا في اليوم التالي.", false, "اليوم التالي", "2025-03-19"},
        /* (not a day a span runs from, after منذ: the day told before it) */
        {"وصل الرئيس أمس إلى باماكو في أول رحلة له منذ الانقلاب في 26 يوليو. وغادر في وقت لاحق من اليوم نفسه.", false, "اليوم", "2025-03-18"},
        /* (nor a day that names an event, right after its noun; near-miss: the day of a meeting) */
        {"اتصل الرئيس أمس بنظيره وعزاه في ضحايا هجوم السابع من أكتوبر. وأجرى في اليوم نفسه اتصالا آخر.", false, "اليوم", "2025-03-18"},
        {"اتصل الرئيس أمس بنظيره وبحثا لقاء السابع من أكتوبر. وأجرى في اليوم نفسه اتصالا آخر.", false, "اليوم", "2024-10-07"},
    };
    run_spans(cs, sizeof cs / sizeof *cs);
}

/* TMX-20: a date or month without a year, in a clause with no future cue, after a date of its
 * sentence whose year is written, takes the year nearest that date's; near-misses: a date of
 * another sentence, and a future clause (the DCT's, forward). */
static void test_tmx20_year_of_sentence(void **state)
{
    (void)state;
    static const span_case cs[] = {
        {"التقى الرئيسان في 16 أيلول 2022 في سمرقند، ثم التقيا في 13 تشرين الأول في أستانا.", false, "13 تشرين الأول", "2022-10-13"},
        {"آب 2022: زار ماكرون الجزائر في 25 آب واستقبله تبون.", false, "25 آب", "2022-08-25"},
        {"وفي عام 2019 التقى الرئيسان في 3 كانون الثاني.", false, "3 كانون الثاني", "2019-01-03"},
        {"2020: في 20 تشرين الثاني، اتصل الملك بالرئيس.", false, "20 تشرين الثاني", "2020-11-20"},
        {"التقى الرئيسان في 16 أيلول 2022. واتصلا في 13 تشرين الأول.", false, "13 تشرين الأول", "2024-10-13"},
        {"التقى الرئيسان في 16 أيلول 2022، وسيلتقيان في 13 تشرين الأول.", false, "13 تشرين الأول", "2025-10-13"},
        /* (a word after the month that names its year names it from the DCT: الماضي) */
        {"التقى الرئيسان في الدوحة في نوفمبر 2022، قبل أن يلتقيا مجددا في سبتمبر الماضي.", false, "سبتمبر الماضي", "2024-09"},
        {"التقى الرئيسان في 16 أيلول 2022، ثم في 13 تشرين الأول الماضي.", false, "13 تشرين الأول الماضي", "2024-10-13"},
    };
    run_spans(cs, sizeof cs / sizeof *cs);
}

/* TMX-21: a date without a year that heads its sentence before a colon or comma, as a
 * chronology's entry: the first on or after the day told last, unless after the DCT; else the
 * last on or before the DCT; near-misses: no mark after it (CAL-13's nearest), a future cue, and
 * a word after the month that names its year (الماضي). */
static void test_tmx21_chronicle(void **state)
{
    (void)state;
    static const span_case cs[] = {
        {"التقى الرئيسان في 7 شباط 2022 في موسكو. وفي 20 شباط، تحادث الرئيسان هاتفيا.", false, "20 شباط", "2022-02-20"},
        {"- 30 أيار: اتصال استمر ساعة.", true, "30 أيار", "2024-05-30"},
        {"30 أيار: اتصال استمر ساعة.", false, "30 أيار", "2024-05-30"},
        {"التقى الرئيسان في 7 شباط 2022 في موسكو. وفي 20 شباط تحادث الرئيسان هاتفيا.", false, "20 شباط", "2025-02-20"},
        {"30 أيار: سيلتقي الرئيسان.", false, "30 أيار", "2025-05-30"},
        {"التقى الرئيسان في 7 شباط 2022. وفي التاسع من أكتوبر الماضي، استقبل الرئيس الوزير.", false, "التاسع من أكتوبر الماضي", "2024-10-09"},
    };
    run_spans(cs, sizeof cs / sizeof *cs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tmx3_explicit_dates),
        cmocka_unit_test(test_tmx20_year_of_sentence),
        cmocka_unit_test(test_tmx21_chronicle),
        cmocka_unit_test(test_tmx4_hijri),
        cmocka_unit_test(test_tmx5_relative_days),
        cmocka_unit_test(test_tmx6_weekdays),
        cmocka_unit_test(test_tmx7_tmx8_periods),
        cmocka_unit_test(test_tmx9_durations),
        cmocka_unit_test(test_tmx10_times),
        cmocka_unit_test(test_tmx11_to_14),
        cmocka_unit_test(test_tmx3_years_and_numeric),
        cmocka_unit_test(test_tmx6_nth_and_week),
        cmocka_unit_test(test_tmx10_words_and_zones),
        cmocka_unit_test(test_tmx17_18_spans),
        cmocka_unit_test(test_news_phrasing),
        cmocka_unit_test(test_tmx19_following_day),
        cmocka_unit_test(test_tmx19_same_day),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
