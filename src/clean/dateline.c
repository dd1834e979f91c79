/* dateline.c — publication dates written in a page's text and URLs.
 *
 * Exports rasd_dateline_parse (a line that dates its article: "الخميس، 13 فبراير 2025 12:26 ص",
 * an aggregator header "نشر في الأيام 24 يوم 19 - 03 - 2025", "2025-03-19"), rasd_time_line_parse
 * (a line holding only a time, which some pages put under the date), rasd_url_date and
 * rasd_month_name (month names of every regional system, from data/months.tsv).
 *
 * Rules (ids cited by tests/unit/test_dateline.c):
 *   DL-1  a dateline is short (at most 160 bytes) and the date takes up most of it: besides the
 *         date, time, weekday and header words (نشر، في، يوم، بتاريخ، تاريخ، آخر تحديث …) at most
 *         two other words, or five for an aggregator header ("نشر في OUTLET يوم DATE").
 *   DL-2  a date is DAY MONTH-NAME YEAR (a second month name after "/" or in brackets may pair
 *         systems: "28 كانون الثاني/ يناير 2017"), DAY SEP MONTH SEP YEAR with SEP one of - / .
 *         (day first), or YEAR-MONTH-DAY; years 1900–2199; the day must exist in the month.
 *   DL-3  a time H:MM follows the date or stands alone; ص / صباحا / AM make 12 → 0, م / مساء /
 *         PM add 12 to 1–11.
 *   DL-4  a URL date is /YYYY/MM/DD/, /YYYY-MM-DD, /YYYYMMDD/ (plausible values only), or
 *         /YYYY/MM/ which gives only the month.
 *   DL-5  a Hijri date beside the Gregorian one ("14 جمادى الأولى 1444هـ الموافق 8 ديسمبر 2022م")
 *         is part of the dateline (data/hijri_months.tsv), not extra words.
 *   DL-6  a word after a colon that follows the date is what the date heads, not a header: the
 *         line is a dated entry of a list ("- 14 ديسمبر 2021: اجتماع في بروكسل."), never a
 *         dateline ("آخر تحديث: 07.05.2024 - 10:30" and "13 فبراير 2025: 12:26" still are).
 * Limits: a dateline with only a Hijri date is not read here (converting it needs the Umm
 * al-Qura calendar, which the time-expression stage brings).
 * Speed/Cost: a line is normalized without an offset map into a stack buffer (rasd_norm_into,
 * about 13 instructions per byte) and lexed once; month names are compared word by word against
 * the tables (tens of names), which is fine for lines of at most 160 bytes. The dump cleaner
 * calls the parsers only for lines with a character that can give a digit.
 */
#include "clean/clean.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

typedef struct month_entry { int month; const char *name; const char *system; } month_entry;
static const month_entry months_raw[] = {
#include "gen/months.inc"
};
#define NMONTHS (sizeof months_raw / sizeof *months_raw)
static const month_entry hijri_raw[] = {
#include "gen/hijri_months.inc"
};
#define NHIJRI (sizeof hijri_raw / sizeof *hijri_raw)

/* Normalized names, built once (immutable afterwards; pthread_once makes it thread-safe). */
static rasd_month_word months_words[NMONTHS], hijri_words[NHIJRI];
static pthread_once_t months_once = PTHREAD_ONCE_INIT;

void rasd_norm_into(const char *s, size_t n, char *out, size_t cap)
{
    rasd_norm_bytes(s, n, RASD_NORM_TAMARBUTA, out, cap);   /* no map, no allocation */
}

static void split_name(const month_entry *raw, rasd_month_word *out)
{
    char buf[96];
    rasd_norm_into(raw->name, strlen(raw->name), buf, sizeof buf);
    out->month = raw->month;
    char *sp = strchr(buf, ' ');
    if (sp) *sp = 0;
    /* month names are a few letters; a word longer than the field is left out, never cut */
    size_t n1 = strlen(buf), n2 = sp ? strlen(sp + 1) : 0;
    if (n1 < sizeof out->w1) memcpy(out->w1, buf, n1 + 1);
    if (sp && n2 < sizeof out->w2) memcpy(out->w2, sp + 1, n2 + 1);
}

static void months_init(void)
{
    for (size_t i = 0; i < NMONTHS; i++) split_name(&months_raw[i], &months_words[i]);
    for (size_t i = 0; i < NHIJRI; i++) split_name(&hijri_raw[i], &hijri_words[i]);
}

const rasd_month_word *rasd_month_words(bool hijri, size_t *n)
{
    pthread_once(&months_once, months_init);
    *n = hijri ? NHIJRI : NMONTHS;
    return hijri ? hijri_words : months_words;
}

/* ---- a small lexer over normalized text ------------------------------------------------------ */
typedef enum { T_NUM, T_WORD, T_SEP } tkind;
typedef struct { tkind k; const char *p; size_t n; int v; } tok;

static bool is_word_byte(unsigned char c) { return c >= 0x80 || isalpha(c); }

static size_t lex(const char *s, size_t n, tok *out, size_t max)
{
    size_t nt = 0, i = 0;
    while (i < n && nt < max) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\t') { i++; continue; }
        size_t j = i;
        tok t = {T_SEP, s + i, 1, 0};
        if (isdigit(c)) {
            while (j < n && isdigit((unsigned char)s[j])) { if (j - i < 9) t.v = t.v * 10 + (s[j] - '0'); j++; }
            t.k = T_NUM;
        } else if (is_word_byte(c)) {
            /* Arabic comma/semicolon/question mark (U+060C, U+061B, U+061F) are separators */
            while (j < n && is_word_byte((unsigned char)s[j])) {
                if ((unsigned char)s[j] == 0xD8 && j + 1 < n &&
                    ((unsigned char)s[j + 1] == 0x8C || (unsigned char)s[j + 1] == 0x9B || (unsigned char)s[j + 1] == 0x9F))
                    break;
                j++;
            }
            if (j == i) { j = i + 2; t.k = T_SEP; }
            else t.k = T_WORD;
        } else {
            j = i + 1;
        }
        t.n = j - i;
        out[nt++] = t;
        i = j;
    }
    return nt;
}

static bool word_is(const tok *t, const char *w) { return t->k == T_WORD && t->n == strlen(w) && memcmp(t->p, w, t->n) == 0; }

/* Name from a month table starting at token i; *used receives how many tokens it took. */
static int name_at(const tok *t, size_t nt, size_t i, size_t *used, bool hijri)
{
    if (i >= nt || t[i].k != T_WORD) return 0;
    size_t count;
    const rasd_month_word *w = rasd_month_words(hijri, &count);
    for (size_t k = 0; k < count; k++) {
        if (!word_is(&t[i], w[k].w1)) continue;
        if (!w[k].w2[0]) { *used = 1; return w[k].month; }
        if (i + 1 < nt && word_is(&t[i + 1], w[k].w2)) { *used = 2; return w[k].month; }
    }
    return 0;
}

static int month_at(const tok *t, size_t nt, size_t i, size_t *used)
{
    return name_at(t, nt, i, used, false);
}

/* Marks a Hijri date (DAY HIJRI-MONTH YEAR [هـ]) that accompanies the Gregorian one, so that a
 * header such as "الخميس 14 جمادى الأولى 1444هـ الموافق 8 ديسمبر 2022م" still reads as a dateline. */
static void mark_hijri(const tok *t, size_t nt, bool *used)
{
    for (size_t i = 0; i + 2 < nt; i++) {
        size_t u = 0;
        if (used[i] || t[i].k != T_NUM || t[i].n > 2) continue;
        if (!name_at(t, nt, i + 1, &u, true)) continue;
        size_t y = i + 1 + u;
        if (y >= nt || t[y].k != T_NUM || t[y].n > 4 || t[y].v < 1300 || t[y].v > 1600) continue;
        for (size_t k = i; k <= y; k++) used[k] = true;
        if (y + 1 < nt && t[y + 1].k == T_WORD && t[y + 1].n == 2 && memcmp(t[y + 1].p, "\xd9\x87", 2) == 0)
            used[y + 1] = true;   /* هـ (normalized to ه) */
    }
}

int rasd_month_name(const char *s, size_t n)
{
    char buf[96];
    if (n >= sizeof buf) return 0;
    rasd_norm_into(s, n, buf, sizeof buf);
    tok t[4];
    size_t nt = lex(buf, strlen(buf), t, 4), used = 0;
    int m = month_at(t, nt, 0, &used);
    return m && used == nt ? m : 0;
}

static bool valid_ymd(int y, int m, int d)
{
    return y >= 1900 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= rasd_days_in_month(y, m);
}

static const char *const weekdays[] = {"السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"};
static const char *const header_words[] = {"نشر", "في", "يوم", "بتاريخ", "تاريخ", "النشر", "اخر", "تحديث",
    "التحديث", "الموافق", "الساعه", "منذ", "update", "updated", "published", "on", "at", "last"};
static const char *const am_words[] = {"ص", "صباحا", "صباح", "am", "a"};
static const char *const pm_words[] = {"م", "مساء", "مساءا", "pm", "p"};

static bool in_list(const tok *t, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++) if (word_is(t, list[i])) return true;
    return false;
}
#define IN(t, list) in_list((t), (list), sizeof(list) / sizeof *(list))

/* A time H:MM at token i, with an optional AM/PM word; marks the tokens used. */
static bool time_at(const tok *t, size_t nt, size_t i, bool *used, int *h, int *m)
{
    if (i + 2 >= nt || t[i].k != T_NUM || t[i + 1].k != T_SEP || *t[i + 1].p != ':' || t[i + 2].k != T_NUM)
        return false;
    if (t[i].n > 2 || t[i + 2].n != 2 || t[i].v > 23 || t[i + 2].v > 59) return false;
    *h = t[i].v; *m = t[i + 2].v;
    used[i] = used[i + 1] = used[i + 2] = true;
    size_t j = i + 3;
    if (j + 1 < nt && t[j].k == T_SEP && *t[j].p == ':' && t[j + 1].k == T_NUM) { used[j] = used[j + 1] = true; j += 2; }
    if (j < nt && (IN(&t[j], am_words) || IN(&t[j], pm_words)) && *h <= 12) {
        bool pm = IN(&t[j], pm_words);
        if (pm && *h < 12) *h += 12;
        if (!pm && *h == 12) *h = 0;
        used[j] = true;
    }
    return true;
}

static bool is_sep(const tok *t, const char *chars) { return t->k == T_SEP && strchr(chars, *t->p); }

/* Finds a date in the tokens; marks the tokens it used. */
static bool date_in(const tok *t, size_t nt, bool *used, int *y, int *mo, int *d)
{
    for (size_t i = 0; i < nt; i++) {
        if (t[i].k != T_NUM) continue;
        /* DAY MONTH [/ MONTH | (MONTH)] YEAR */
        size_t u1 = 0, j = i + 1;
        int m1 = t[i].n <= 2 ? month_at(t, nt, j, &u1) : 0;
        if (m1) {
            size_t k = j + u1, u2 = 0;
            size_t mark_from = i, mark_to;
            while (k < nt && is_sep(&t[k], "/()-،,")) k++;
            int m2 = month_at(t, nt, k, &u2);
            if (m2 == m1) { k += u2; while (k < nt && is_sep(&t[k], "/()-،,")) k++; }
            else if (m2) continue;
            if (k < nt && t[k].k == T_NUM && t[k].n == 4 && valid_ymd(t[k].v, m1, t[i].v)) {
                *y = t[k].v; *mo = m1; *d = t[i].v;
                mark_to = k;
                for (size_t q = mark_from; q <= mark_to; q++) used[q] = true;
                return true;
            }
            continue;
        }
        /* D SEP M SEP Y  or  Y SEP M SEP D */
        if (i + 4 < nt && is_sep(&t[i + 1], "-/.") && t[i + 2].k == T_NUM && is_sep(&t[i + 3], "-/.") &&
            t[i + 4].k == T_NUM && *t[i + 1].p == *t[i + 3].p) {
            int a = t[i].v, b = t[i + 2].v, c = t[i + 4].v;
            bool ok = false;
            if (t[i].n == 4 && t[i + 4].n <= 2 && valid_ymd(a, b, c)) { *y = a; *mo = b; *d = c; ok = true; }
            else if (t[i + 4].n == 4 && t[i].n <= 2 && valid_ymd(c, b, a)) { *y = c; *mo = b; *d = a; ok = true; }
            if (ok) { for (size_t q = i; q <= i + 4; q++) used[q] = true; return true; }
        }
    }
    return false;
}

/* Normalizes a short line into buf (cap bytes), lower-cases its Latin, and lexes it into at most
 * max tokens, which point into buf. */
static size_t lex_line(const char *s, size_t n, char *buf, size_t cap, tok *t, size_t max)
{
    rasd_norm_into(s, n, buf, cap);
    for (char *p = buf; *p; p++) *p = (char)tolower((unsigned char)*p);
    return lex(buf, strlen(buf), t, max);
}

bool rasd_dateline_parse(const char *s, size_t n, char out[32], bool *aggregator)
{
    if (aggregator) *aggregator = false;
    if (n == 0 || n > 160) return false;
    char buf[512];
    tok t[64];
    size_t nt = lex_line(s, n, buf, sizeof buf, t, 64);
    if (nt == 64) return false;
    bool used[64] = {false};
    int y, mo, d, h = -1, mi = 0;
    if (!date_in(t, nt, used, &y, &mo, &d)) return false;
    size_t date_end = 0;   /* the date's last token */
    for (size_t i = 0; i < nt; i++)
        if (used[i]) date_end = i;
    mark_hijri(t, nt, used);
    for (size_t i = 0; i < nt; i++)
        if (!used[i] && time_at(t, nt, i, used, &h, &mi)) break;
    bool colon = false;   /* DL-6 */
    for (size_t i = date_end + 1; i < nt; i++) {
        if (!used[i] && t[i].k == T_WORD && colon && !IN(&t[i], weekdays) && !IN(&t[i], header_words)) return false;
        colon = colon || (t[i].k == T_SEP && *t[i].p == ':');
    }
    bool agg = false;
    for (size_t i = 0; i + 1 < nt; i++)
        if (word_is(&t[i], "نشر") && (word_is(&t[i + 1], "في") || word_is(&t[i + 1], "بواسطه"))) agg = true;
    size_t other = 0, header = 0;
    for (size_t i = 0; i < nt; i++) {
        if (used[i] || t[i].k == T_SEP) continue;
        if (IN(&t[i], weekdays) || IN(&t[i], header_words)) { header++; continue; }
        if (word_is(&t[i], "م") || word_is(&t[i], "ميلادي")) continue; /* "2025 م": anno Domini */
        other++;
    }
    agg = agg && other > 0;
    if (other > (agg ? 5u : 2u)) return false;
    if (h >= 0) snprintf(out, 32, "%04d-%02d-%02dT%02d:%02d", y % 10000, mo % 100, d % 100, h % 100, mi % 100);
    else snprintf(out, 32, "%04d-%02d-%02d", y % 10000, mo % 100, d % 100);
    if (aggregator) *aggregator = agg;
    return true;
}

bool rasd_time_line_parse(const char *s, size_t n, int *h, int *m)
{
    if (n == 0 || n > 40) return false;
    char buf[128];
    tok t[12];
    size_t nt = lex_line(s, n, buf, sizeof buf, t, 12);
    bool used[12] = {false};
    for (size_t i = 0; i < nt; i++) {
        if (time_at(t, nt, i, used, h, m)) {
            for (size_t k = 0; k < nt; k++)
                if (!used[k] && t[k].k != T_SEP && !IN(&t[k], header_words)) return false;
            return true;
        }
    }
    return false;
}

static int num_at(const char *s, size_t n, size_t i, size_t k)
{
    if (i + k > n) return -1;
    int v = 0;
    for (size_t j = 0; j < k; j++) {
        if (!isdigit((unsigned char)s[i + j])) return -1;
        v = v * 10 + (s[i + j] - '0');
    }
    /* the number must not continue */
    if (i + k < n && isdigit((unsigned char)s[i + k])) return -1;
    return v;
}

bool rasd_url_date(const char *url, size_t n, char out[32])
{
    const char *p = strstr(url, "://");
    size_t i = p ? (size_t)(p - url) + 3 : 0;
    while (i < n && url[i] != '/') i++;   /* the path starts after the host */
    bool have_month = false;
    int my = 0, mm = 0;
    for (; i < n; i++) {
        if (url[i] != '/' && url[i] != '-' && url[i] != '_') continue;
        size_t a = i + 1;
        int y = num_at(url, n, a, 4);
        if (y >= 1990 && y < 2200 && a + 4 < n && (url[a + 4] == '/' || url[a + 4] == '-')) {
            char sep = url[a + 4];
            int m = num_at(url, n, a + 5, 2);
            if (m >= 1 && m <= 12) {
                int d = a + 7 < n && url[a + 7] == sep ? num_at(url, n, a + 8, 2) : -1;
                if (d >= 1 && valid_ymd(y, m, d)) { snprintf(out, 32, "%04d-%02d-%02d", y, m, d); return true; }
                if (sep == '/' && !have_month) { have_month = true; my = y; mm = m; }
            }
        }
        int v = num_at(url, n, a, 8);
        if (v > 0 && url[i] == '/') {
            int yy = v / 10000, m2 = v / 100 % 100, d2 = v % 100;
            if (yy >= 1990 && valid_ymd(yy, m2, d2)) { snprintf(out, 32, "%04d-%02d-%02d", yy, m2, d2); return true; }
        }
    }
    if (have_month) { snprintf(out, 32, "%04d-%02d", my, mm); return true; }
    return false;
}
