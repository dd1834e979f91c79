/* date.c — proleptic Gregorian arithmetic (days from civil, H. Hinnant's published algorithm,
 * re-derived here) and a strict ISO 8601 / RFC 3339 date reader for metadata fields. */
#include "util/util.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int rasd_days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && leap(y) ? 29 : d[m - 1];
}

int64_t rasd_days_from_civil(int y, int m, int d)
{
    int64_t yy = y - (m <= 2);
    int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
    int64_t yoe = yy - era * 400;
    int64_t mp = (m + 9) % 12;
    int64_t doy = (153 * mp + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void rasd_civil_from_days(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int digits(const char *s, size_t n, size_t at, size_t k)
{
    if (at + k > n) return -1;
    int v = 0;
    for (size_t i = 0; i < k; i++) {
        if (!isdigit((unsigned char)s[at + i])) return -1;
        v = v * 10 + (s[at + i] - '0');
    }
    return v;
}

/* Writes v (0 <= v < 10^k) in k decimal digits at p; returns the byte after them. */
static char *put_digits(char *p, int v, int k)
{
    for (int i = k - 1; i >= 0; i--) { p[i] = (char)('0' + v % 10); v /= 10; }
    return p + k;
}

/* Speed/Cost: every DCT and record date goes through here, several times an article, so the
 * normal form is written digit by digit (snprintf cost about 2,500 instructions a call). */
bool rasd_iso_date_parse(const char *s, size_t n, char out[32])
{
    while (n && isspace((unsigned char)*s)) { s++; n--; }
    while (n && isspace((unsigned char)s[n - 1])) n--;
    int y = digits(s, n, 0, 4), mo = digits(s, n, 5, 2), d = digits(s, n, 8, 2);
    if (n < 10 || y < 0 || mo < 0 || d < 0 || s[4] != '-' || s[7] != '-') return false;
    if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > rasd_days_in_month(y, mo)) return false;
    /* YYYY-MM-DD, then THH:MM[:SS][Z|±HH:MM]: at most 25 bytes and the NUL; out is written
     * only when the whole date is good */
    char tmp[32];
    char *w = put_digits(tmp, y, 4);
    *w++ = '-';
    w = put_digits(w, mo, 2);
    *w++ = '-';
    w = put_digits(w, d, 2);
    *w = 0;
    if (n == 10) { memcpy(out, tmp, 11); return true; }
    if (s[10] != 'T' && s[10] != 't' && s[10] != ' ') return false;
    int h = digits(s, n, 11, 2), mi = digits(s, n, 14, 2), sec = -1;
    if (h < 0 || mi < 0 || s[13] != ':' || h > 23 || mi > 59) return false;
    size_t i = 16;
    if (i < n && s[i] == ':') {
        sec = digits(s, n, 17, 2);
        if (sec < 0 || sec > 60) return false;
        i = 19;
        if (i < n && s[i] == '.') { i++; while (i < n && isdigit((unsigned char)s[i])) i++; }
    }
    char sign = 0;
    int th = 0, tm = 0;
    if (i < n) {
        if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == n) sign = 'Z';
        else if ((s[i] == '+' || s[i] == '-') && (n - i == 6 || n - i == 5)) {
            th = digits(s, n, i + 1, 2);
            size_t mpos = n - i == 6 ? i + 4 : i + 3;
            if (n - i == 6 && s[i + 3] != ':') return false;
            tm = digits(s, n, mpos, 2);
            if (th < 0 || tm < 0 || th > 23 || tm > 59) return false;
            sign = s[i];
        } else return false;
    }
    *w++ = 'T';
    w = put_digits(w, h, 2);
    *w++ = ':';
    w = put_digits(w, mi, 2);
    if (sec >= 0) { *w++ = ':'; w = put_digits(w, sec, 2); }
    if (sign == 'Z') *w++ = 'Z';
    else if (sign) { *w++ = sign; w = put_digits(w, th, 2); *w++ = ':'; w = put_digits(w, tm, 2); }
    *w = 0;
    memcpy(out, tmp, (size_t)(w - tmp) + 1);
    return true;
}
