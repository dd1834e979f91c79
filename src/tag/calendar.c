/* calendar.c — TIMEX3 values, calendar arithmetic, ISO weeks, weekdays, Umm al-Qura and holidays.
 *
 * Exports everything declared in tag/calendar.h (see there for the list and the contracts).
 *
 * Rules (defined in docs/calendar.md, cited by tests/unit/test_calendar.c):
 *   CAL-1  a value is known down to its grain; finer fields are unknown; WEEK holds its Monday
 *   CAL-2  a DCT keeps its wall-clock fields; the offset is reported, never applied
 *   CAL-3  TIMEX3 value strings at the value's grain
 *   CAL-4  days and weeks are exact day counts
 *   CAL-5  months and years clamp the day to the end of the target month
 *   CAL-6  hours, minutes and seconds carry across days
 *   CAL-7  truncation to a coarser grain
 *   CAL-8  weekday numbering 0 = Monday … 6 = Sunday
 *   CAL-9  a weekday strictly / inclusively after or before a date, or in its ISO week
 *   CAL-10 ISO 8601 week and week-year (the year of the week's Thursday)
 *   CAL-11 weeks in a week-year; the Monday of a week
 *   CAL-12 nth weekday of a month from the start or the end; last day of a month
 *   CAL-13 the year of a month/date written without one: past, future, nearest (tie: DCT year)
 *   CAL-14 Hijri ↔ Gregorian through ICU's islamic-umalqura calendar, years 1300–1600 AH only
 *   CAL-15 day 30 of a 29-day Hijri month = the day after the 29th
 *   CAL-16 two-digit Hijri years: 00–59 → 14xx, 60–99 → 13xx
 *   CAL-17 fixed-date holidays; CAL-18 Western Easter (anonymous Gregorian computus);
 *   CAL-19 Hijri holidays in a Gregorian year (zero, one or two dates)
 *
 * Limits: years 1..9999 only; no time zones (wall clock only); Hijri dates only inside the Umm
 * al-Qura table of ICU (1300–1600 AH = 1882-11-12 … 2174-11-25); the Islamic holidays are the
 * Umm al-Qura dates, not each country's observed (sighted) ones.
 */
#include "tag/calendar.h"

#include "util/util.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unicode/ucal.h>

/* ---- helpers ------------------------------------------------------------------------------ */

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static int64_t floor_mod(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

/* CAL-8: 1970-01-01 (day 0) was a Thursday, weekday 3. */
static int wd_of_days(int64_t z) { return (int)floor_mod(z + 3, 7); }

static bool date_ok(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= rasd_days_in_month(y, m);
}

static int64_t days_min(void) { return rasd_days_from_civil(1, 1, 1); }
static int64_t days_max(void) { return rasd_days_from_civil(9999, 12, 31); }

static void clear_time(rasd_tval *v) { v->hour = v->minute = v->second = -1; }

/* Sets v's date from a day number (time fields untouched); false if outside years 1..9999. */
static bool set_days(rasd_tval *v, int64_t z)
{
    if (z < days_min() || z > days_max()) return false;
    int y, m, d;
    rasd_civil_from_days(z, &y, &m, &d);
    v->year = (int16_t)y;
    v->month = (int8_t)m;
    v->day = (int8_t)d;
    return true;
}

static bool has_day(const rasd_tval *v)
{
    return v->grain == RASD_GRAIN_WEEK || v->grain >= RASD_GRAIN_DAY;
}

/* ---- values (CAL-1) ------------------------------------------------------------------------ */

bool rasd_tval_valid(const rasd_tval *v)
{
    if (!v || v->grain < RASD_GRAIN_YEAR || v->grain > RASD_GRAIN_SECOND) return false;
    if (v->year < 1 || v->year > 9999) return false;
    int g = v->grain;
    if (g == RASD_GRAIN_YEAR) {
        if (v->month != 0 || v->day != 0) return false;
    } else if (g == RASD_GRAIN_MONTH) {
        if (v->month < 1 || v->month > 12 || v->day != 0) return false;
    } else {
        if (!date_ok(v->year, v->month, v->day)) return false;
        if (g == RASD_GRAIN_WEEK && wd_of_days(rasd_days_from_civil(v->year, v->month, v->day)) != 0)
            return false;
    }
    bool hk = g >= RASD_GRAIN_HOUR, mk = g >= RASD_GRAIN_MINUTE, sk = g >= RASD_GRAIN_SECOND;
    if (hk ? (v->hour < 0 || v->hour > 23) : v->hour != -1) return false;
    if (mk ? (v->minute < 0 || v->minute > 59) : v->minute != -1) return false;
    if (sk ? (v->second < 0 || v->second > 59) : v->second != -1) return false;
    return true;
}

bool rasd_tval_year(int y, rasd_tval *out)
{
    if (y < 1 || y > 9999) return false;
    *out = (rasd_tval){.year = (int16_t)y, .grain = RASD_GRAIN_YEAR};
    clear_time(out);
    return true;
}

bool rasd_tval_month(int y, int m, rasd_tval *out)
{
    if (y < 1 || y > 9999 || m < 1 || m > 12) return false;
    *out = (rasd_tval){.year = (int16_t)y, .month = (int8_t)m, .grain = RASD_GRAIN_MONTH};
    clear_time(out);
    return true;
}

bool rasd_tval_ymd(int y, int m, int d, rasd_tval *out)
{
    if (!date_ok(y, m, d)) return false;
    *out = (rasd_tval){.year = (int16_t)y, .month = (int8_t)m, .day = (int8_t)d,
                       .grain = RASD_GRAIN_DAY};
    clear_time(out);
    return true;
}

bool rasd_tval_from_days(int64_t days, rasd_tval *out)
{
    rasd_tval v = {.grain = RASD_GRAIN_DAY};
    clear_time(&v);
    if (!set_days(&v, days)) return false;
    *out = v;
    return true;
}

bool rasd_tval_week(int week_year, int week, rasd_tval *out)
{
    int y, m, d;
    if (!rasd_iso_week_monday(week_year, week, &y, &m, &d) || !rasd_tval_ymd(y, m, d, out))
        return false;
    out->grain = RASD_GRAIN_WEEK;
    return true;
}

int64_t rasd_tval_days(const rasd_tval *v)
{
    return rasd_days_from_civil(v->year, v->month ? v->month : 1, v->day ? v->day : 1);
}

/* ---- DCT (CAL-2) ------------------------------------------------------------------------------ */

static int num(const char *s, int k)
{
    int v = 0;
    for (int i = 0; i < k; i++) v = v * 10 + (s[i] - '0');
    return v;
}

bool rasd_tval_parse_dct(const char *s, size_t n, rasd_tval *out, int *offset_min)
{
    char c[32];
    if (!s || !rasd_iso_date_parse(s, n, c)) return false;
    /* c is canonical: YYYY-MM-DD[THH:MM[:SS][Z|±HH:MM]] */
    rasd_tval v;
    if (!rasd_tval_ymd(num(c, 4), num(c + 5, 2), num(c + 8, 2), &v)) return false;
    int off = RASD_NO_OFFSET;
    size_t len = strlen(c);
    if (len > 10) {
        v.hour = (int8_t)num(c + 11, 2);
        v.minute = (int8_t)num(c + 14, 2);
        v.grain = RASD_GRAIN_MINUTE;
        size_t i = 16;
        if (c[i] == ':') {
            int sec = num(c + 17, 2);
            v.second = (int8_t)(sec > 59 ? 59 : sec);
            v.grain = RASD_GRAIN_SECOND;
            i = 19;
        }
        if (c[i] == 'Z') off = 0;
        else if (c[i] == '+' || c[i] == '-')
            off = (c[i] == '-' ? -1 : 1) * (num(c + i + 1, 2) * 60 + num(c + i + 4, 2));
    }
    *out = v;
    if (offset_min) *offset_min = off;
    return true;
}

/* ---- format (CAL-3) --------------------------------------------------------------------------- */

/* n (0..99) as two digits, n (0..9999) as four: the fields are range-checked by
 * rasd_tval_valid, so these print what "%02d" and "%04d" would. */
static char *put2(char *o, int n) { o[0] = (char)('0' + n / 10); o[1] = (char)('0' + n % 10); return o + 2; }
static char *put4(char *o, int n) { return put2(put2(o, n / 100), n % 100); }

int rasd_tval_format(const rasd_tval *v, char out[RASD_TVAL_STRLEN])
{
    out[0] = 0;
    if (!rasd_tval_valid(v)) return 0;
    char *o = out;
    switch (v->grain) {
    case RASD_GRAIN_YEAR: o = put4(o, v->year); break;
    case RASD_GRAIN_MONTH: o = put4(o, v->year); *o++ = '-'; o = put2(o, v->month); break;
    case RASD_GRAIN_WEEK: {
        int wy, w;
        /* the week-year stays in 1..9999: 0001-01-01 is a Monday, 9999-12-31 a Friday */
        rasd_iso_week(v->year, v->month, v->day, &wy, &w);
        o = put4(o, wy); *o++ = '-'; *o++ = 'W'; o = put2(o, w);
        break;
    }
    default:
        o = put4(o, v->year); *o++ = '-'; o = put2(o, v->month); *o++ = '-'; o = put2(o, v->day);
        if (v->grain >= RASD_GRAIN_HOUR) { *o++ = 'T'; o = put2(o, v->hour); }
        if (v->grain >= RASD_GRAIN_MINUTE) { *o++ = ':'; o = put2(o, v->minute); }
        if (v->grain >= RASD_GRAIN_SECOND) { *o++ = ':'; o = put2(o, v->second); }
        break;
    }
    *o = 0;                           /* at most 19 bytes: "9999-12-31T23:59:59" */
    return (int)(o - out);
}

/* ---- arithmetic (CAL-4..7) ------------------------------------------------------------------- */

/* |n| above this is refused before any multiplication, so nothing below can overflow int64;
 * it is more seconds than years 1..9999 hold. */
#define ADD_LIMIT INT64_C(400000000000)

bool rasd_tval_add(rasd_tval *v, int64_t n, int unit)
{
    if (!rasd_tval_valid(v) || n > ADD_LIMIT || n < -ADD_LIMIT) return false;
    rasd_tval r = *v;
    int g = v->grain;
    switch (unit) {
    case RASD_GRAIN_YEAR:
        if (g == RASD_GRAIN_WEEK) {
            int wy, w, y, m, d;
            rasd_iso_week(r.year, r.month, r.day, &wy, &w);
            int64_t ny = wy + n;
            if (ny < 1 || ny > 9999) return false;
            int max = rasd_iso_weeks_in_year((int)ny);
            if (!rasd_iso_week_monday((int)ny, w > max ? max : w, &y, &m, &d) || !date_ok(y, m, d))
                return false;
            r.year = (int16_t)y; r.month = (int8_t)m; r.day = (int8_t)d;
        } else {
            int64_t ny = r.year + n;
            if (ny < 1 || ny > 9999) return false;
            r.year = (int16_t)ny;
            if (r.day) {   /* CAL-5 */
                int dim = rasd_days_in_month(r.year, r.month);
                if (r.day > dim) r.day = (int8_t)dim;
            }
        }
        break;
    case RASD_GRAIN_MONTH: {
        if (g < RASD_GRAIN_MONTH || g == RASD_GRAIN_WEEK) return false;
        int64_t t = (int64_t)r.year * 12 + (r.month - 1) + n;
        int64_t ny = floor_div(t, 12);
        if (ny < 1 || ny > 9999) return false;
        r.year = (int16_t)ny;
        r.month = (int8_t)(floor_mod(t, 12) + 1);
        if (r.day) {   /* CAL-5 */
            int dim = rasd_days_in_month(r.year, r.month);
            if (r.day > dim) r.day = (int8_t)dim;
        }
        break;
    }
    case RASD_GRAIN_WEEK:
    case RASD_GRAIN_DAY: /* CAL-4 */
        if (!has_day(v) || (unit == RASD_GRAIN_DAY && g == RASD_GRAIN_WEEK)) return false;
        if (!set_days(&r, rasd_tval_days(v) + n * (unit == RASD_GRAIN_WEEK ? 7 : 1))) return false;
        break;
    case RASD_GRAIN_HOUR:
    case RASD_GRAIN_MINUTE:
    case RASD_GRAIN_SECOND: { /* CAL-6 */
        if (g < unit) return false;
        int64_t mult = unit == RASD_GRAIN_HOUR ? 3600 : unit == RASD_GRAIN_MINUTE ? 60 : 1;
        int64_t secs = r.hour * 3600 + (r.minute > 0 ? r.minute : 0) * 60
                       + (r.second > 0 ? r.second : 0) + n * mult;
        int64_t dz = floor_div(secs, 86400), rem = secs - dz * 86400;
        if (!set_days(&r, rasd_tval_days(v) + dz)) return false;
        r.hour = (int8_t)(rem / 3600);
        if (g >= RASD_GRAIN_MINUTE) r.minute = (int8_t)(rem / 60 % 60);
        if (g >= RASD_GRAIN_SECOND) r.second = (int8_t)(rem % 60);
        break;
    }
    default:
        return false;
    }
    *v = r;
    return true;
}

bool rasd_tval_truncate(rasd_tval *v, int grain)
{
    if (!rasd_tval_valid(v) || grain < RASD_GRAIN_YEAR || grain > v->grain) return false;
    if (v->grain == RASD_GRAIN_WEEK && grain != RASD_GRAIN_WEEK) return false;
    rasd_tval r = *v;
    if (grain == RASD_GRAIN_WEEK) {
        int64_t z = rasd_tval_days(v);
        if (!set_days(&r, z - wd_of_days(z))) return false;   /* Monday 0001-01-01 exists */
    }
    if (grain < RASD_GRAIN_MONTH) r.month = 0;
    if (grain < RASD_GRAIN_WEEK) r.day = 0;
    if (grain < RASD_GRAIN_HOUR) r.hour = -1;
    if (grain < RASD_GRAIN_MINUTE) r.minute = -1;
    if (grain < RASD_GRAIN_SECOND) r.second = -1;
    r.grain = (uint8_t)grain;
    *v = r;
    return true;
}

/* ---- weekdays (CAL-8, CAL-9) ---------------------------------------------------------------- */

int rasd_weekday(int y, int m, int d)
{
    if (!date_ok(y, m, d)) return -1;
    return wd_of_days(rasd_days_from_civil(y, m, d));
}

bool rasd_tval_weekday_rel(const rasd_tval *ref, int wd, rasd_wd_rel rel, rasd_tval *out)
{
    if (!rasd_tval_valid(ref) || !has_day(ref) || wd < 0 || wd > 6) return false;
    int64_t z = rasd_tval_days(ref);
    int cur = wd_of_days(z), ahead = (wd - cur + 7) % 7, back = (cur - wd + 7) % 7;
    int64_t delta;
    switch (rel) {
    case RASD_WD_AFTER: delta = ahead ? ahead : 7; break;
    case RASD_WD_ON_OR_AFTER: delta = ahead; break;
    case RASD_WD_BEFORE: delta = -(back ? back : 7); break;
    case RASD_WD_ON_OR_BEFORE: delta = -back; break;
    case RASD_WD_SAME_WEEK: delta = wd - cur; break;
    default: return false;
    }
    return rasd_tval_from_days(z + delta, out);
}

/* ---- ISO weeks (CAL-10, CAL-11) ----------------------------------------------------------- */

bool rasd_iso_week(int y, int m, int d, int *week_year, int *week)
{
    if (!date_ok(y, m, d)) return false;
    int64_t z = rasd_days_from_civil(y, m, d);
    int64_t thu = z - wd_of_days(z) + 3;   /* the week's Thursday decides its year */
    int ty, tm, td;
    rasd_civil_from_days(thu, &ty, &tm, &td);
    *week_year = ty;
    *week = (int)((thu - rasd_days_from_civil(ty, 1, 1)) / 7 + 1);
    return true;
}

/* Day number of the Monday of week 1 of wy: the week holding January 4. */
static int64_t week1_monday(int wy)
{
    int64_t jan4 = rasd_days_from_civil(wy, 1, 4);
    return jan4 - wd_of_days(jan4);
}

int rasd_iso_weeks_in_year(int week_year)
{
    /* December 28 always lies in the last week of its week-year. */
    int64_t dec28 = rasd_days_from_civil(week_year, 12, 28);
    return (int)((dec28 - week1_monday(week_year)) / 7 + 1);
}

bool rasd_iso_week_monday(int week_year, int week, int *y, int *m, int *d)
{
    if (week_year < 1 || week_year > 9999 || week < 1 || week > rasd_iso_weeks_in_year(week_year))
        return false;
    rasd_civil_from_days(week1_monday(week_year) + (int64_t)(week - 1) * 7, y, m, d);
    return true;
}

/* ---- days of a month (CAL-12) ---------------------------------------------------------------- */

bool rasd_nth_weekday(int y, int m, int wd, int n, int *d)
{
    if (y < 1 || y > 9999 || m < 1 || m > 12 || wd < 0 || wd > 6 || n == 0 || n < -5 || n > 5)
        return false;
    int dim = rasd_days_in_month(y, m), day;
    if (n > 0) {
        int first = wd_of_days(rasd_days_from_civil(y, m, 1));
        day = 1 + (wd - first + 7) % 7 + 7 * (n - 1);
    } else {
        int last = wd_of_days(rasd_days_from_civil(y, m, dim));
        day = dim - (last - wd + 7) % 7 - 7 * (-n - 1);
    }
    if (day < 1 || day > dim) return false;
    *d = day;
    return true;
}

bool rasd_tval_month_end(int y, int m, rasd_tval *out)
{
    if (y < 1 || y > 9999 || m < 1 || m > 12) return false;
    return rasd_tval_ymd(y, m, rasd_days_in_month(y, m), out);
}

/* ---- year for a month (CAL-13) --------------------------------------------------------------- */

/* Whether month m (day d, 0 = whole month) occurs in year y. */
static bool occurs(int y, int m, int d) { return d == 0 || d <= rasd_days_in_month(y, m); }

/* Signed distance from the DCT to the occurrence in year y: months when d = 0, else days. */
static int64_t dist(const rasd_tval *dct, int y, int m, int d)
{
    if (d == 0) return ((int64_t)y * 12 + m) - ((int64_t)dct->year * 12 + dct->month);
    return rasd_days_from_civil(y, m, d) - rasd_days_from_civil(dct->year, dct->month, dct->day);
}

/* Feb 29 can be eight years away (1896 → 1904); nine covers every case. */
#define LEAP_SPAN 9

bool rasd_year_for_month(const rasd_tval *dct, int m, int d, rasd_tense tense, int *year)
{
    if (!rasd_tval_valid(dct) || m < 1 || m > 12 || d < 0 || d > rasd_days_in_month(2000, m))
        return false;
    if (dct->month == 0 || (d > 0 && dct->day == 0)) return false;
    /* Both searches always succeed within LEAP_SPAN; years outside 1..9999 are refused below. */
    int past = dct->year, future = dct->year;
    while (past > dct->year - LEAP_SPAN && !(occurs(past, m, d) && dist(dct, past, m, d) <= 0)) past--;
    while (future < dct->year + LEAP_SPAN && !(occurs(future, m, d) && dist(dct, future, m, d) >= 0))
        future++;
    int r;
    switch (tense) {
    case RASD_TENSE_PAST: r = past; break;
    case RASD_TENSE_FUTURE: r = future; break;
    case RASD_TENSE_NONE: {
        int64_t dp = -dist(dct, past, m, d), df = dist(dct, future, m, d);
        if (dp < df) r = past;
        else if (df < dp) r = future;
        else r = future == dct->year ? future : past;   /* tie: the DCT's year, else the past */
        break;
    }
    default: return false;
    }
    if (r < 1 || r > 9999) return false;
    *year = r;
    return true;
}

/* ---- Hijri, Umm al-Qura (CAL-14..16) -------------------------------------------------------- */

#define MS_PER_DAY 86400000.0

/* A fresh Umm al-Qura calendar in UTC, non-lenient; NULL if ICU cannot provide one (missing
 * data would otherwise silently give a Gregorian calendar, hence the type check). */
static UCalendar *uq_open(void)
{
    static const UChar utc[] = {'U', 'T', 'C', 0};
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *c = ucal_open(utc, 3, "@calendar=islamic-umalqura", UCAL_DEFAULT, &st);
    if (U_FAILURE(st) || !c) { if (c) ucal_close(c); return NULL; }
    const char *type = ucal_getType(c, &st);
    if (U_FAILURE(st) || !type || strcmp(type, "islamic-umalqura") != 0) { ucal_close(c); return NULL; }
    ucal_setAttribute(c, UCAL_LENIENT, 0);
    return c;
}

/* Day number of Hijri hy-hm-hd as ICU (non-lenient) computes it; false if ICU rejects it. */
static bool uq_days(UCalendar *c, int hy, int hm, int hd, int64_t *z)
{
    UErrorCode st = U_ZERO_ERROR;
    ucal_clear(c);
    ucal_set(c, UCAL_EXTENDED_YEAR, hy);
    ucal_set(c, UCAL_MONTH, hm - 1);
    ucal_set(c, UCAL_DATE, hd);
    UDate t = ucal_getMillis(c, &st);
    if (U_FAILURE(st)) return false;
    *z = (int64_t)floor(t / MS_PER_DAY);
    return true;
}

/* CAL-14, CAL-15 on an open calendar. */
static bool uq_to_days(UCalendar *c, int hy, int hm, int hd, int64_t *z)
{
    if (hy < RASD_HIJRI_MIN_YEAR || hy > RASD_HIJRI_MAX_YEAR || hm < 1 || hm > 12 || hd < 1 || hd > 30)
        return false;
    if (uq_days(c, hy, hm, hd, z)) return true;
    if (hd == 30 && uq_days(c, hy, hm, 29, z)) { ++*z; return true; }   /* CAL-15 */
    return false;
}

bool rasd_hijri_to_gregorian(int hy, int hm, int hd, int *gy, int *gm, int *gd)
{
    UCalendar *c = uq_open();
    if (!c) return false;
    int64_t z;
    bool ok = uq_to_days(c, hy, hm, hd, &z);
    ucal_close(c);
    if (ok) rasd_civil_from_days(z, gy, gm, gd);
    return ok;
}

bool rasd_gregorian_to_hijri(int gy, int gm, int gd, int *hy, int *hm, int *hd)
{
    if (!date_ok(gy, gm, gd)) return false;
    UCalendar *c = uq_open();
    if (!c) return false;
    UErrorCode st = U_ZERO_ERROR;
    ucal_setMillis(c, (double)rasd_days_from_civil(gy, gm, gd) * MS_PER_DAY, &st);
    int y = ucal_get(c, UCAL_EXTENDED_YEAR, &st);
    int m = ucal_get(c, UCAL_MONTH, &st) + 1;
    int d = ucal_get(c, UCAL_DATE, &st);
    ucal_close(c);
    if (U_FAILURE(st) || y < RASD_HIJRI_MIN_YEAR || y > RASD_HIJRI_MAX_YEAR) return false;
    *hy = y; *hm = m; *hd = d;
    return true;
}

int rasd_hijri_days_in_month(int hy, int hm)
{
    if (hy < RASD_HIJRI_MIN_YEAR || hy > RASD_HIJRI_MAX_YEAR || hm < 1 || hm > 12) return 0;
    UCalendar *c = uq_open();
    if (!c) return 0;
    int64_t z;
    int r = uq_days(c, hy, hm, 30, &z) ? 30 : uq_days(c, hy, hm, 29, &z) ? 29 : 0;
    ucal_close(c);
    return r;
}

int rasd_hijri_expand_year(int yy)
{
    if (yy < 0 || yy > 99) return -1;
    return yy < 60 ? 1400 + yy : 1300 + yy;
}

/* ---- holidays (CAL-17..19) ------------------------------------------------------------------ */

/* Gregorian years whose every day lies inside the Umm al-Qura table (1300-01-01 = 1882-11-12,
 * 1601-01-01 = 2174-11-26). */
#define HOL_HIJRI_MIN_GY 1883
#define HOL_HIJRI_MAX_GY 2173

static const struct { int id, month, day; } hijri_holidays[] = {
    {RASD_HOL_HIJRI_NEW_YEAR, 1, 1}, {RASD_HOL_ASHURA, 1, 10}, {RASD_HOL_MAWLID, 3, 12},
    {RASD_HOL_RAMADAN_START, 9, 1}, {RASD_HOL_EID_FITR, 10, 1}, {RASD_HOL_ARAFAH, 12, 9},
    {RASD_HOL_EID_ADHA, 12, 10},
};

/* CAL-18: Western Easter Sunday, the anonymous Gregorian computus: the Paschal full moon from the
 * Metonic cycle (a) with the century corrections for leap days (b, d, e) and the lunar equation
 * (f, g), then the next Sunday (l), with the two exceptions folded in (mm). */
static void easter(int y, int *m, int *d)
{
    int a = y % 19, b = y / 100, c = y % 100;
    int d4 = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d4 - g + 15) % 30;
    int i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int mm = (a + 11 * h + 22 * l) / 451;
    int t = h + l - 7 * mm + 114;
    *m = t / 31;
    *d = t % 31 + 1;
}

int rasd_holiday_dates(int id, int gy, int m[2], int d[2])
{
    if (gy < 1 || gy > 9999) return 0;
    switch (id) {   /* CAL-17, CAL-18 */
    case RASD_HOL_NEW_YEAR: m[0] = 1; d[0] = 1; return 1;
    case RASD_HOL_CHRISTMAS: m[0] = 12; d[0] = 25; return 1;
    case RASD_HOL_EASTER:
        if (gy < 1583) return 0;
        easter(gy, &m[0], &d[0]);
        return 1;
    default: break;
    }
    int hm = 0, hd = 0;
    for (size_t i = 0; i < sizeof hijri_holidays / sizeof *hijri_holidays; i++)
        if (hijri_holidays[i].id == id) { hm = hijri_holidays[i].month; hd = hijri_holidays[i].day; }
    if (!hm || gy < HOL_HIJRI_MIN_GY || gy > HOL_HIJRI_MAX_GY) return 0;
    /* CAL-19: a Gregorian year overlaps at most three Hijri years, the first being the one of
     * its January 1; test the holiday in each, in order. */
    int hy0, hm0, hd0;
    if (!rasd_gregorian_to_hijri(gy, 1, 1, &hy0, &hm0, &hd0)) return 0;
    UCalendar *c = uq_open();
    if (!c) return 0;
    int n = 0;
    for (int hy = hy0; hy <= hy0 + 2 && hy <= RASD_HIJRI_MAX_YEAR && n < 2; hy++) {
        int64_t z;
        int y, mo, da;
        if (!uq_to_days(c, hy, hm, hd, &z)) continue;
        rasd_civil_from_days(z, &y, &mo, &da);
        if (y == gy) { m[n] = mo; d[n] = da; n++; }
    }
    ucal_close(c);
    return n;
}

bool rasd_holiday_date(int id, int gy, int *m, int *d)
{
    int ms[2], ds[2];
    if (rasd_holiday_dates(id, gy, ms, ds) == 0) return false;
    *m = ms[0];
    *d = ds[0];
    return true;
}
