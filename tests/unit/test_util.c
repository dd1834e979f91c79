/* Unit tests: util (JSON escaping, strict UTF-8, ISO dates, civil-day arithmetic, arena). */
#include "testutil.h"
#include "util/util.h"

static void json_escapes_controls_quotes_and_invalid_utf8(void **st)
{
    (void)st;
    rasd_buf b = {0};
    rasd_json_str(&b, "a\"b\\c\n\x01\xff\xd8\xa7", 10);
    assert_string_equal(b.p, "\"a\\\"b\\\\c\\n\\u0001\xEF\xBF\xBD\xd8\xa7\"");
    rasd_buf_free(&b);
    rasd_json_cstr(&b, NULL);
    assert_string_equal(b.p, "null");
    rasd_buf_free(&b);
}

static void utf8_rejects_overlong_surrogate_truncated(void **st)
{
    (void)st;
    int32_t cp;
    assert_int_equal(rasd_utf8_next((const uint8_t *)"\xd8\xa7", 2, &cp), 2);
    assert_int_equal(cp, 0x627);
    assert_int_equal(rasd_utf8_next((const uint8_t *)"\xc0\xaf", 2, &cp), 0);      /* overlong */
    assert_int_equal(rasd_utf8_next((const uint8_t *)"\xed\xa0\x80", 3, &cp), 0);  /* surrogate */
    assert_int_equal(rasd_utf8_next((const uint8_t *)"\xd8", 1, &cp), 0);          /* truncated */
    assert_int_equal(rasd_utf8_next((const uint8_t *)"\xf4\x90\x80\x80", 4, &cp), 0); /* > U+10FFFF */
    assert_true(rasd_is_blank((const uint8_t *)" \xc2\xa0\xe2\x80\x8b\n", 7));
    assert_false(rasd_is_blank((const uint8_t *)" x", 2));
}

static void iso_dates_are_checked_and_canonical(void **st)
{
    (void)st;
    char out[32];
    assert_true(rasd_iso_date_parse("2025-02-13", 10, out));
    assert_string_equal(out, "2025-02-13");
    assert_true(rasd_iso_date_parse("2023-09-04T18:30:00+01:00", 25, out));
    assert_string_equal(out, "2023-09-04T18:30:00+01:00");
    assert_true(rasd_iso_date_parse("2025-02-13 00:26", 16, out));
    assert_string_equal(out, "2025-02-13T00:26");
    assert_true(rasd_iso_date_parse("2025-02-13T00:26:00.123Z", 24, out));
    assert_string_equal(out, "2025-02-13T00:26:00Z");
    assert_true(rasd_iso_date_parse(" 2024-02-29T07:05+0300 ", 23, out));   /* short offset, trimmed */
    assert_string_equal(out, "2024-02-29T07:05+03:00");
    assert_true(rasd_iso_date_parse("0999-01-01", 10, out) == false);
    assert_true(rasd_iso_date_parse("1000-12-31T23:59:60-11:30", 25, out));
    assert_string_equal(out, "1000-12-31T23:59:60-11:30");
    strcpy(out, "kept");
    assert_false(rasd_iso_date_parse("2025-02-13T00:26+3", 18, out));   /* a failure writes nothing */
    assert_string_equal(out, "kept");
    assert_false(rasd_iso_date_parse("2025-02-30", 10, out));
    assert_false(rasd_iso_date_parse("13/02/2025", 10, out));
    assert_false(rasd_iso_date_parse("2025-02-13T25:00", 16, out));
    assert_false(rasd_iso_date_parse("2025-2-1", 8, out));
}

static void civil_days_round_trip(void **st)
{
    (void)st;
    assert_int_equal(rasd_days_from_civil(1970, 1, 1), 0);
    assert_int_equal(rasd_days_from_civil(2000, 3, 1), 11017);
    for (int64_t z = -800000; z < 800000; z += 997) {
        int y, m, d;
        rasd_civil_from_days(z, &y, &m, &d);
        assert_int_equal(rasd_days_from_civil(y, m, d), z);
    }
    assert_int_equal(rasd_days_in_month(2024, 2), 29);
    assert_int_equal(rasd_days_in_month(2100, 2), 28);
}

static void arena_hands_out_zeroed_aligned_memory(void **st)
{
    (void)st;
    rasd_arena *a = rasd_arena_new();
    for (int i = 1; i < 2000; i++) {
        unsigned char *p = rasd_arena_alloc(a, (size_t)i * 7);
        assert_int_equal((uintptr_t)p % 16, 0);
        for (int k = 0; k < i * 7; k++) assert_int_equal(p[k], 0);
        memset(p, 0xAB, (size_t)i * 7);
    }
    char *s = rasd_arena_printf(a, "%s-%d", "x", 42);
    assert_string_equal(s, "x-42");
    rasd_arena_reset(a);
    assert_non_null(rasd_arena_alloc(a, 1 << 20));
    rasd_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(json_escapes_controls_quotes_and_invalid_utf8),
        cmocka_unit_test(utf8_rejects_overlong_surrogate_truncated),
        cmocka_unit_test(iso_dates_are_checked_and_canonical),
        cmocka_unit_test(civil_days_round_trip),
        cmocka_unit_test(arena_hands_out_zeroed_aligned_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
