/* calendar.h — the calendar layer of the time-expression stage: TIMEX3 values at their own grain,
 * calendar arithmetic against a document creation time (DCT), ISO weeks, weekdays, the Hijri
 * (Umm al-Qura) calendar and holidays.
 *
 * Exports
 *   rasd_tval and RASD_GRAIN_*             a point in time known down to a grain (CAL-1)
 *   rasd_tval_parse_dct                    DCT string → value (CAL-2)
 *   rasd_tval_format                       value → TIMEX3 value string at its grain (CAL-3)
 *   rasd_tval_add, rasd_tval_truncate      arithmetic with clamping, carries, truncation (CAL-4..7)
 *   rasd_tval_ymd/_month/_year/_week/_from_days, rasd_tval_days, rasd_tval_valid
 *   rasd_weekday, rasd_tval_weekday_rel    weekdays, next / previous / same-week (CAL-8, CAL-9)
 *   rasd_iso_week, rasd_iso_week_monday,   ISO 8601 weeks (CAL-10, CAL-11)
 *   rasd_iso_weeks_in_year
 *   rasd_nth_weekday, rasd_tval_month_end  nth / last weekday of a month, last day (CAL-12)
 *   rasd_year_for_month                    the year of "نوفمبر" / "5 مارس" given tense (CAL-13)
 *   rasd_hijri_to_gregorian, rasd_gregorian_to_hijri, rasd_hijri_days_in_month (CAL-14, CAL-15)
 *   rasd_hijri_expand_year                 "33" → 1433, "90" → 1390 (CAL-16)
 *   rasd_holiday_date, rasd_holiday_dates  fixed, Easter and Hijri holidays (CAL-17..19)
 * The rules CAL-n are defined in docs/calendar.md; tests/unit/test_calendar.c names them.
 *
 * Dates are proleptic Gregorian (util.h's rasd_days_from_civil / rasd_civil_from_days); a day
 * number is days since 1970-01-01. Values carry wall-clock fields only, no time zone: a DCT's
 * offset is reported but never applied (CAL-2).
 *
 * Every function here is pure and thread-safe; none allocates memory the caller must free. The
 * Hijri functions open an ICU calendar per call (no hidden global state; 2–18 µs per call after
 * ICU has loaded its data on the first call, ~0.4 ms; see docs/calendar.md).
 */
#ifndef RASD_TAG_CALENDAR_H
#define RASD_TAG_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- values (CAL-1) --------------------------------------------------------------------- */

/* Grains, coarsest first. WEEK stands apart: it is finer than YEAR and coarser than DAY, but
 * not comparable with MONTH (a week can straddle two months). */
enum {
    RASD_GRAIN_YEAR = 1, RASD_GRAIN_MONTH, RASD_GRAIN_WEEK, RASD_GRAIN_DAY,
    RASD_GRAIN_HOUR, RASD_GRAIN_MINUTE, RASD_GRAIN_SECOND
};

/* A point in time known down to `grain` (CAL-1). Fields coarser than or at the grain are
 * known, finer ones are unknown: month/day 0, hour/minute/second -1.
 *   YEAR    year
 *   MONTH   year, month
 *   WEEK    year, month, day = the Monday of the ISO week (the ISO week and week-year are
 *           derived from it: 2014-12-29 is the Monday of 2015-W01)
 *   DAY     year, month, day
 *   HOUR .. SECOND   the date and hour [, minute [, second]]
 * year is 1..9999 (the TIMEX3 four-digit range). Eight bytes; pass it by value or pointer. */
typedef struct rasd_tval {
    int16_t year;
    int8_t month, day;              /* 0 = unknown */
    int8_t hour, minute, second;    /* -1 = unknown */
    uint8_t grain;                  /* RASD_GRAIN_* */
} rasd_tval;

/* Longest string rasd_tval_format writes, with its NUL ("2013-02-12T15:23:24"). */
#define RASD_TVAL_STRLEN 20

/* True if v obeys CAL-1: a known grain, known fields in range, finer fields unknown, and for
 * WEEK a Monday. A cheap consistency check for callers and tests. */
bool rasd_tval_valid(const rasd_tval *v);

/* Constructors. Each returns false (and leaves *out unspecified) for a date that does not
 * exist or a year outside 1..9999. rasd_tval_week takes an ISO week-year and week (1..52/53)
 * and stores its Monday. */
bool rasd_tval_year(int y, rasd_tval *out);
bool rasd_tval_month(int y, int m, rasd_tval *out);
bool rasd_tval_week(int week_year, int week, rasd_tval *out);
bool rasd_tval_ymd(int y, int m, int d, rasd_tval *out);
bool rasd_tval_from_days(int64_t days, rasd_tval *out);   /* DAY grain */

/* Day number of the first day the value covers (Jan 1 for YEAR, day 1 for MONTH, the Monday
 * for WEEK, the date otherwise). v must be valid. */
int64_t rasd_tval_days(const rasd_tval *v);

/* CAL-2. Reads a DCT: "YYYY-MM-DD", or a date-time with optional seconds (fractions dropped) and
 * optional "Z" / "±HH:MM" — any shape rasd_iso_date_parse accepts. The value keeps the
 * wall-clock fields as written, at grain DAY, MINUTE or SECOND (a leap second :60 reads as :59).
 * *offset_min (may be NULL) receives the UTC offset in minutes when one was written, else
 * RASD_NO_OFFSET. Returns false, leaving *out unspecified, if s is not such a date. */
#define RASD_NO_OFFSET (-32768)
bool rasd_tval_parse_dct(const char *s, size_t n, rasd_tval *out, int *offset_min);

/* CAL-3. Writes v as a TIMEX3 value at its grain into out: "2025", "2025-03", "2025-W11",
 * "2025-03-18", "2013-02-12T15", "2013-02-12T15:15", "2013-02-12T15:23:24". Returns the length,
 * or 0 with out = "" if v is not valid. */
int rasd_tval_format(const rasd_tval *v, char out[RASD_TVAL_STRLEN]);

/* CAL-4..6. Adds n units (RASD_GRAIN_YEAR .. RASD_GRAIN_SECOND; n may be negative) to *v in
 * place, keeping its grain:
 *   DAY, WEEK      exact day counts (7 days a week); need a known day (grain WEEK or finer)
 *   MONTH, YEAR    calendar months/years; the day is clamped to the end of the target month
 *                  (Jan 31 + 1 month = Feb 28 or 29; Feb 29 + 1 year = Feb 28) (CAL-5).
 *                  MONTH needs a known month and is refused on a WEEK value; YEAR on a WEEK
 *                  value moves to the same ISO week number of week-year + n, W53 → W52 when the
 *                  target year has 52 weeks
 *   HOUR, MINUTE, SECOND  need that field known; carry across days, months, years (CAL-6)
 * Returns false, leaving *v unchanged, if the value lacks the field the unit needs, if the unit
 * is unknown, or if the result leaves years 1..9999. */
bool rasd_tval_add(rasd_tval *v, int64_t n, int unit);

/* CAL-7. Coarsens *v in place to grain (which must not be finer than v's): finer fields become
 * unknown; WEEK moves a date to its Monday. Truncating a WEEK value to MONTH or YEAR is refused
 * (the week may straddle both). Returns false, leaving *v unchanged, if refused. */
bool rasd_tval_truncate(rasd_tval *v, int grain);

/* ---- weekdays (CAL-8, CAL-9) ------------------------------------------------------------- */

/* 0 = Monday, 1 = Tuesday, …, 5 = Saturday, 6 = Sunday (ISO 8601 order, minus one). -1 if the
 * date does not exist. */
int rasd_weekday(int y, int m, int d);

/* How rasd_tval_weekday_rel picks a weekday relative to a reference date. */
typedef enum rasd_wd_rel {
    RASD_WD_AFTER = 1,        /* strictly after the reference: 1..7 days later */
    RASD_WD_ON_OR_AFTER,      /* the reference itself if it is that weekday, else the next */
    RASD_WD_BEFORE,           /* strictly before: 1..7 days earlier */
    RASD_WD_ON_OR_BEFORE,     /* the reference itself if it is that weekday, else the previous */
    RASD_WD_SAME_WEEK         /* that weekday in the reference's ISO week (Monday..Sunday) */
} rasd_wd_rel;

/* CAL-9. The weekday wd (0..6) relative to ref's date, as a DAY value in *out. ref needs a known
 * day (grain WEEK or finer; a WEEK value stands for its Monday). Returns false for a bad wd or
 * rel, an unknown day, or a result outside years 1..9999. */
bool rasd_tval_weekday_rel(const rasd_tval *ref, int wd, rasd_wd_rel rel, rasd_tval *out);

/* ---- ISO weeks (CAL-10, CAL-11) -------------------------------------------------------- */

/* CAL-10. ISO 8601 week of a date: the week (Monday..Sunday) belongs to the year of its Thursday.
 * *week_year may differ from y in the first and last days of a year (2014-12-29 → 2015-W01,
 * 2021-01-03 → 2020-W53). Returns false if the date does not exist. */
bool rasd_iso_week(int y, int m, int d, int *week_year, int *week);

/* CAL-11. Number of ISO weeks of a week-year: 53 if it has a week-53 Thursday, else 52. */
int rasd_iso_weeks_in_year(int week_year);

/* CAL-11. The Monday of ISO week `week` of `week_year` (2015-W01 → 2014-12-29). Returns false if
 * week is not in 1..rasd_iso_weeks_in_year(week_year). */
bool rasd_iso_week_monday(int week_year, int week, int *y, int *m, int *d);

/* ---- days of a month (CAL-12) -------------------------------------------------------------- */

/* CAL-12. Day of month of the nth weekday wd (0 = Monday) of y-m: n = 1..5 counts from the
 * start, n = -1..-5 from the end (-1 = last). Returns false if that weekday does not exist
 * (a fifth Monday in a month with four) or an argument is out of range. */
bool rasd_nth_weekday(int y, int m, int wd, int n, int *d);

/* CAL-12. The last day of y-m as a DAY value (util.h's rasd_days_in_month gives the number). */
bool rasd_tval_month_end(int y, int m, rasd_tval *out);

/* ---- a year for a month or date written without one (CAL-13) ------------------------------ */

typedef enum rasd_tense {
    RASD_TENSE_NONE = 0,   /* unknown: the nearest occurrence, a tie going to the DCT's year */
    RASD_TENSE_PAST,       /* the most recent occurrence not after the DCT */
    RASD_TENSE_FUTURE      /* the next occurrence not before the DCT */
} rasd_tense;

/* CAL-13. The year of month m (and day d, or d = 0 for the whole month) written without a year in
 * a text dated dct. Comparison is at the precision given: month only when d = 0 (the DCT's own
 * month counts as both "not after" and "not before" it), month and day otherwise (the DCT's own
 * day counts as both). A day that exists only in leap years (Feb 29) resolves to a leap year.
 * dct needs a known month, and a known day when d > 0. Returns false for an invalid m/d, tense or
 * dct, or a year outside 1..9999. */
bool rasd_year_for_month(const rasd_tval *dct, int m, int d, rasd_tense tense, int *year);

/* ---- Hijri, Umm al-Qura (CAL-14..16) -------------------------------------------------------- */

/* Years ICU's Umm al-Qura table covers; outside it ICU silently switches to the arithmetic
 * (civil) Islamic calendar, so we refuse those years (CAL-14). */
#define RASD_HIJRI_MIN_YEAR 1300   /* 1 Muharram 1300 = 1882-11-12 */
#define RASD_HIJRI_MAX_YEAR 1600   /* 30 Dhu al-Hijja 1600 = 2174-11-25 */

/* CAL-14, CAL-15. Hijri date (month 1 = Muharram … 12 = Dhu al-Hijja) → Gregorian. Day 30 of a
 * month that has 29 days in Umm al-Qura is accepted and means the day after the 29th (the first
 * of the next month), as sightings elsewhere may give that month 30 days. Returns false for a
 * year outside RASD_HIJRI_MIN_YEAR..MAX_YEAR, a month outside 1..12, a day outside 1..30, or if
 * ICU fails (outputs unchanged). */
bool rasd_hijri_to_gregorian(int hy, int hm, int hd, int *gy, int *gm, int *gd);

/* CAL-14. Gregorian → Umm al-Qura Hijri. Returns false for a date that does not exist or whose
 * Hijri year is outside the table range, or if ICU fails (outputs unchanged). */
bool rasd_gregorian_to_hijri(int gy, int gm, int gd, int *hy, int *hm, int *hd);

/* CAL-14. Length (29 or 30) of Hijri month hy-hm in Umm al-Qura; 0 if out of range. */
int rasd_hijri_days_in_month(int hy, int hm);

/* CAL-16. Expands a two-digit Hijri year: 0..59 → 1400..1459, 60..99 → 1360..1399. Returns -1
 * for yy outside 0..99. */
int rasd_hijri_expand_year(int yy);

/* ---- holidays (CAL-17..19) ------------------------------------------------------------------ */

typedef enum rasd_holiday {
    RASD_HOL_NEW_YEAR = 1,      /* رأس السنة الميلادية — Jan 1 */
    RASD_HOL_CHRISTMAS,         /* عيد الميلاد، كريسماس — Dec 25 (Western) */
    RASD_HOL_EASTER,            /* عيد الفصح — Western (Gregorian) Easter Sunday */
    RASD_HOL_HIJRI_NEW_YEAR,    /* رأس السنة الهجرية — 1 Muharram */
    RASD_HOL_ASHURA,            /* عاشوراء — 10 Muharram */
    RASD_HOL_MAWLID,            /* المولد النبوي — 12 Rabi al-Awwal */
    RASD_HOL_RAMADAN_START,     /* أول رمضان — 1 Ramadan */
    RASD_HOL_EID_FITR,          /* عيد الفطر — 1 Shawwal */
    RASD_HOL_ARAFAH,            /* يوم عرفة — 9 Dhu al-Hijja */
    RASD_HOL_EID_ADHA,          /* عيد الأضحى — 10 Dhu al-Hijja */
    RASD_HOL_COUNT
} rasd_holiday;

/* CAL-17..19. The date of holiday id in Gregorian year gy; for a Hijri holiday that falls twice
 * in gy (Eid al-Fitr 2000: Jan 8 and Dec 27), the first. Hijri holidays are Umm al-Qura dates;
 * the day observed in a given country may differ by one or two days. Returns false for an
 * unknown id, a year outside 1..9999 (Easter: 1583..9999; Hijri holidays: 1883..2173, the
 * Gregorian years the Umm al-Qura table covers whole), or if ICU fails. */
bool rasd_holiday_date(int id, int gy, int *m, int *d);

/* CAL-19. Every date of holiday id in gy, in order, into m[0..1], d[0..1]; returns how many
 * (0, 1 or 2; 0 also for the failures above). */
int rasd_holiday_dates(int id, int gy, int m[2], int d[2]);

#endif
