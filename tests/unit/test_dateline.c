/* Unit tests: datelines, time lines, URL dates, month names (rules DL-1..DL-6 in dateline.c). */
#include "testutil.h"
#include "clean/clean.h"

static void check(const char *line, const char *want, bool want_agg)
{
    char out[32];
    bool agg;
    bool ok = rasd_dateline_parse(line, strlen(line), out, &agg);
    if (!want) { assert_false(ok); return; }
    assert_true(ok);
    assert_string_equal(out, want);
    assert_int_equal(agg, want_agg);
}

/* DL-2, DL-3: Egyptian header with weekday and a time with ص (after midnight) */
static void dl_egyptian_header_with_time(void **st)
{
    (void)st;
    check("الأحد، 9 مارس 2025 12:05 ص", "2025-03-09T00:05", false);
    check("الاثنين 3 نوفمبر 2025 - 07:40 م", "2025-11-03T19:40", false);
    check("الجمعة، 16 يونيو 2023", "2023-06-16", false);
}

/* DL-2: every regional month system, and paired names */
static void dl_regional_months(void **st)
{
    (void)st;
    check("12 جانفي 2024", "2024-01-12", false);
    check("5 جويلية 2022", "2022-07-05", false);
    check("20 أوت 2021", "2021-08-20", false);
    check("7 غشت 2019", "2019-08-07", false);
    check("14 شتنبر 2018", "2018-09-14", false);
    check("2 دجنبر 2020", "2020-12-02", false);
    check("9 أغشت 2016", "2016-08-09", false);
    check("3 كانون الثاني/ يناير 2021", "2021-01-03", false);
    check("18 تشرين الأول (أكتوبر) 2022", "2022-10-18", false);
    check("1 أيار 2019", "2019-05-01", false);
}

/* DL-1, DL-2: aggregator header with the outlet's name and a numeric day-first date */
static void dl_aggregator_header(void **st)
{
    (void)st;
    check("نشر في المرصد 24 يوم 07 - 05 - 2024", "2024-05-07", true);
    check("نُشر في صحيفة الوادي يوم 21/03/2023", "2023-03-21", true);
    check("2024-05-07", "2024-05-07", false);
    check("آخر تحديث: 07.05.2024 - 10:30", "2024-05-07T10:30", false);
}

/* DL-1: a sentence that mentions a date is not a dateline; impossible dates are refused */
static void dl_sentences_and_bad_dates_refused(void **st)
{
    (void)st;
    check("التقى الرئيسان في 7 يوليو 2017 على هامش قمة مجموعة العشرين في مدينة هامبورغ الألمانية", NULL, false);
    check("31 فبراير 2024", NULL, false);
    check("فبراير 2024", NULL, false);
    check("العدد 17106", NULL, false);
}

/* DL-6: a date that heads a list entry after its colon is no dateline; a time after the colon
 * still belongs to one */
static void dl_list_entry_not_dateline(void **st)
{
    (void)st;
    check("- 14 ديسمبر 2021: اجتماع في بروكسل.", NULL, false);
    check("14 ديسمبر 2021: قمة ثنائية", NULL, false);
    check("الخميس 13 فبراير 2025: 12:26 م", "2025-02-13T12:26", false);
    check("آخر تحديث: الخميس 13 فبراير 2025", "2025-02-13", false);
    check("14 ديسمبر 2021 - آخر تحديث: 10:30", "2021-12-14T10:30", false);
}

/* DL-5: a Hijri date paired with the Gregorian one */
static void dl_hijri_paired(void **st)
{
    (void)st;
    check("الخميس 14 جمادى الأولى 1444هـ الموافق 8 ديسمبر 2022م", "2022-12-08", false);
    check("الإثنين 4 سبتمبر 2023 - 19 صفر 1445", "2023-09-04", false);
    check("الجمعة 3 ذو الحجة 1445 هـ", NULL, false);   /* Hijri only: not read here */
}

/* DL-3: a line holding only a time */
static void dl_time_lines(void **st)
{
    (void)st;
    int h, m;
    assert_true(rasd_time_line_parse("12:26 ص", strlen("12:26 ص"), &h, &m));
    assert_int_equal(h, 0); assert_int_equal(m, 26);
    assert_true(rasd_time_line_parse("09:15 م", strlen("09:15 م"), &h, &m));
    assert_int_equal(h, 21);
    assert_true(rasd_time_line_parse("10:30 PM", 8, &h, &m));
    assert_int_equal(h, 22);
    assert_false(rasd_time_line_parse("وصل الساعة 10:30", strlen("وصل الساعة 10:30"), &h, &m));
}

/* DL-4: dates in URL paths */
static void dl_url_dates(void **st)
{
    (void)st;
    char out[32];
    const char *u1 = "https://news.example/politics/2023/09/04/erdogan-putin-sochi/";
    assert_true(rasd_url_date(u1, strlen(u1), out)); assert_string_equal(out, "2023-09-04");
    const char *u2 = "https://x.example/wp-content/uploads/2025/02/img.jpg";
    assert_true(rasd_url_date(u2, strlen(u2), out)); assert_string_equal(out, "2025-02");
    const char *u3 = "https://x.example/news/20221208-riyadh";
    assert_true(rasd_url_date(u3, strlen(u3), out)); assert_string_equal(out, "2022-12-08");
    const char *u4 = "https://x.example/article/123456789";
    assert_false(rasd_url_date(u4, strlen(u4), out));
    const char *u5 = "https://2024.example/a";  /* a year in the host is not a date */
    assert_false(rasd_url_date(u5, strlen(u5), out));
}

static void month_names_all_systems(void **st)
{
    (void)st;
    assert_int_equal(rasd_month_name("إبريل", strlen("إبريل")), 4);
    assert_int_equal(rasd_month_name("تشرين الثاني", strlen("تشرين الثاني")), 11);
    assert_int_equal(rasd_month_name("يونيه", strlen("يونيه")), 6);
    assert_int_equal(rasd_month_name("فيفري", strlen("فيفري")), 2);
    assert_int_equal(rasd_month_name("نونبر", strlen("نونبر")), 11);
    assert_int_equal(rasd_month_name("شتمبر", strlen("شتمبر")), 9);
    assert_int_equal(rasd_month_name("الرئيس", strlen("الرئيس")), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dl_egyptian_header_with_time),
        cmocka_unit_test(dl_regional_months),
        cmocka_unit_test(dl_aggregator_header),
        cmocka_unit_test(dl_list_entry_not_dateline),
        cmocka_unit_test(dl_sentences_and_bad_dates_refused),
        cmocka_unit_test(dl_hijri_paired),
        cmocka_unit_test(dl_time_lines),
        cmocka_unit_test(dl_url_dates),
        cmocka_unit_test(month_names_all_systems),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
