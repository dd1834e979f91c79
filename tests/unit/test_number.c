/* Unit tests: numbers in digits and Arabic words (NUM-1 … NUM-14, docs/numbers.md), and the
 * Duckling Arabic numeral and ordinal corpora as a conformance run (NUM-15): read from
 * $RASD_SHARED/testdata/arabic-time (default ../shared, relative to the repository root where
 * tests/run.sh runs the tests), skipped when absent. */
#include "testutil.h"
#include "rasd.h"
#include "tag/number.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- helpers ------------------------------------------------------------------------------ */

static rasd_text *nt(const char *s, unsigned flags)
{
    rasd_text *t = rasd_text_new(s, strlen(s), flags);
    assert_non_null(t);
    return t;
}

static bool near(double a, double b)
{
    return fabs(a - b) <= 1e-9 * fmax(1, fabs(b));
}

/* The number at token i of s (both normalization settings) has value v, spans tokens [i, end)
 * and has every flag in `has` and none in `hasnt`. */
static void num_at(const char *s, size_t i, double v, size_t end, unsigned has, unsigned hasnt)
{
    for (unsigned fl = 0; fl <= RASD_NORM_TAMARBUTA; fl += RASD_NORM_TAMARBUTA) {
        rasd_text *t = nt(s, fl);
        rasd_number n;
        if (!rasd_number_at(t, i, &n)) fail_msg("no number at token %zu of \"%s\"", i, s);
        if (!near(n.fvalue, v) || n.tok_first != i || n.tok_end != end ||
            (n.flags & has) != has || (n.flags & hasnt))
            fail_msg("\"%s\" @%zu: got %g [%zu,%zu) flags %#x; want %g [%zu,%zu) has %#x not %#x",
                     s, i, n.fvalue, n.tok_first, n.tok_end, n.flags, v, i, end, has, hasnt);
        assert_int_equal(n.value, (int64_t)v);
        rasd_text_free(t);
    }
}

/* The whole of s (starting at token 0) is one number of value v. */
static void num_is(const char *s, double v, unsigned has, unsigned hasnt)
{
    rasd_text *t = nt(s, 0);
    size_t n = rasd_text_ntokens(t);
    rasd_text_free(t);
    num_at(s, 0, v, n, has, hasnt);
}

/* No number starts at token i of s. */
static void no_num_at(const char *s, size_t i)
{
    for (unsigned fl = 0; fl <= RASD_NORM_TAMARBUTA; fl += RASD_NORM_TAMARBUTA) {
        rasd_text *t = nt(s, fl);
        rasd_number n;
        if (rasd_number_at(t, i, &n))
            fail_msg("\"%s\" @%zu: unexpected number %g [%zu,%zu) flags %#x", s, i, n.fvalue,
                     n.tok_first, n.tok_end, n.flags);
        rasd_text_free(t);
    }
}

enum { ORD = RASD_NUM_ORDINAL, FRAC = RASD_NUM_FRACTION, DIG = RASD_NUM_DIGITS,
       WORDS = RASD_NUM_WORDS, DEF = RASD_NUM_DEFINITE, CONJ = RASD_NUM_CONJ,
       AMBIG = RASD_NUM_AMBIG, DIAL = RASD_NUM_DIALECT, SCALED = RASD_NUM_SCALED };

/* ---- NUM-1 digits ------------------------------------------------------------------------- */

static void num1_digits(void **state)
{
    (void)state;
    num_is("12", 12, DIG, WORDS | FRAC | ORD);
    num_is("0", 0, DIG, 0);
    num_is("12.5", 12.5, DIG | FRAC, 0);
    num_is("01.10", 1.1, DIG | FRAC, 0);
    num_is("4.0", 4, DIG, FRAC);
    num_is("1,000", 1000, DIG, FRAC);
    num_is("1,000,000.50", 1000000.5, DIG | FRAC, 0);
    num_is("2,5", 2.5, DIG | FRAC, 0);                 /* a lone comma that is not thousands */
    num_is("٢٠١٣", 2013, DIG, 0);                      /* Arabic-Indic digits (TXT-N-7) */
    num_is("١٢٫٥", 12.5, DIG | FRAC, 0);
    num_is("١٠٠٬٠٠٠٫٠", 100000, DIG, FRAC);
    num_is("۱۴", 14, DIG, 0);                          /* Persian digits */
    num_at("عام 2013.", 1, 2013, 2, DIG, 0);
    no_num_at("12:30", 0);                             /* a time */
    no_num_at("19/03/2025", 0);                        /* a date */
    no_num_at("11/10", 0);                             /* a date, not 1.1 */
    no_num_at("19.03.2025", 0);
    no_num_at("1,00,0", 0);
    no_num_at("1000000000000000", 0);                  /* 10^15: refused */
    num_is("999999999999999", 999999999999999.0, DIG, 0);
    num_at("2017-2021", 0, 2017, 1, DIG, 0);
    num_at("2017-2021", 2, 2021, 3, DIG, 0);
}

/* ---- NUM-2 sign, leading point, article before digits ------------------------------------ */

static void num2_sign_point_article(void **state)
{
    (void)state;
    num_is("-5", -5, DIG, 0);
    num_is("-1,200,000", -1200000, DIG, 0);
    num_is("-١٫٢", -1.2, DIG | FRAC, 0);
    num_at("درجة -5 مئوية", 1, -5, 3, DIG, 0);
    num_is("−3", -3, DIG, 0);                          /* U+2212 minus sign */
    no_num_at("2017-2021", 1);                         /* glued to 2017: a range, not a sign */
    no_num_at("- 5", 0);                               /* not glued to the digits */
    num_is(".77", 0.77, DIG | FRAC, 0);
    num_is("٫٧٧", 0.77, DIG | FRAC, 0);
    no_num_at("قال.77", 1);
    num_is("الـ20", 20, DIG | DEF | ORD, CONJ);
    num_at("الـ11 من سبتمبر", 0, 11, 2, DIG | DEF | ORD, 0);
    num_is("بالـ5", 5, DIG | DEF | ORD, CONJ);
    num_is("للـ15", 15, DIG | DEF | ORD, 0);
    num_is("والـ30", 30, DIG | DEF | ORD | CONJ, 0);
    no_num_at("ال", 0);
    no_num_at("من20", 0);                              /* a glued word that is not the article */
}

/* ---- NUM-3 lookup: spelling, ة/ه, candidates of a token ----------------------------------- */

static void num3_lookup(void **state)
{
    (void)state;
    assert_true(rasd_number_check_table());
    num_is("ثلاثة", 3, WORDS, DIG | CONJ | DEF);
    num_is("ثلاثه", 3, WORDS, 0);                      /* ه for ة */
    num_is("أربعة", 4, WORDS, 0);
    num_is("اربعه", 4, WORDS, 0);
    num_is("ثَلاثَة", 3, WORDS, 0);                    /* harakat */
    num_is("ثلاثـة", 3, WORDS, 0);                     /* tatweel */
    num_is("وثلاثة", 3, WORDS | CONJ, 0);
    num_is("بثلاثة", 3, WORDS, CONJ);
    num_is("ولثلاثة", 3, WORDS | CONJ, 0);
    num_is("الثلاثة", 3, WORDS | DEF, ORD);
    num_is("ونص", 0.5, CONJ | FRAC, 0);                /* kept whole by the tokenizer */
    num_is("وست", 6, CONJ, 0);
    num_is("والفين", 2000, CONJ, 0);
    num_is("الفان", 2000, WORDS | SCALED, DEF);        /* ال here is the word's own alef-lam */
    no_num_at("سيثلاثة", 0);                           /* never after the future prefix */
}

/* ---- NUM-4 units -------------------------------------------------------------------------- */

static void num4_units(void **state)
{
    (void)state;
    static const struct { const char *w; int v; } u[] = {
        {"صفر", 0}, {"واحد", 1}, {"واحدة", 1}, {"اثنان", 2}, {"اثنين", 2}, {"اثنتان", 2},
        {"اثنتين", 2}, {"ثلاث", 3}, {"ثلاثة", 3}, {"أربع", 4}, {"أربعة", 4}, {"خمس", 5},
        {"خمسة", 5}, {"ست", 6}, {"ستة", 6}, {"سبع", 7}, {"سبعة", 7}, {"ثمان", 8},
        {"ثماني", 8}, {"ثمانية", 8}, {"تسع", 9}, {"تسعة", 9}, {"عشر", 10}, {"عشرة", 10},
    };
    for (size_t i = 0; i < sizeof u / sizeof *u; i++) num_is(u[i].w, u[i].v, WORDS, FRAC | ORD);
    static const struct { const char *w; int v; } d[] = {
        {"تلاتة", 3}, {"تلات", 3}, {"اتنين", 2}, {"تمانية", 8}, {"تمن", 8}, {"ثنتين", 2},
    };
    for (size_t i = 0; i < sizeof d / sizeof *d; i++) num_is(d[i].w, d[i].v, WORDS | DIAL, 0);
    num_is("ست", 6, AMBIG, 0);                         /* also "lady" */
    num_is("سبع", 7, AMBIG, 0);                        /* also "lion" */
    num_is("اثنين", 2, AMBIG, 0);                      /* also Monday, without its article */
    num_is("ستة", 6, 0, AMBIG);
    num_at("ست ساعات", 0, 6, 1, AMBIG, 0);
    num_at("ثلاثة أسابيع", 0, 3, 1, WORDS, 0);
}

/* ---- NUM-5 teens -------------------------------------------------------------------------- */

static void num5_teens(void **state)
{
    (void)state;
    num_is("أحد عشر", 11, WORDS, ORD);
    num_is("احد عشر", 11, WORDS, 0);
    num_is("إحدى عشرة", 11, WORDS, 0);
    num_is("إحدى عشر", 11, WORDS, 0);
    num_is("اثنا عشر", 12, WORDS, 0);
    num_is("اثني عشر", 12, WORDS, 0);
    num_is("إثنى عشر", 12, WORDS, 0);
    num_is("اثنتا عشرة", 12, WORDS, 0);
    num_is("إثنتى عشر", 12, WORDS, 0);
    static const char *const u[] = {"ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"};
    static const char *const uf[] = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"};
    char buf[64];
    for (int i = 0; i < 7; i++) {
        snprintf(buf, sizeof buf, "%s عشر", u[i]);
        num_is(buf, 13 + i, WORDS, AMBIG);
        snprintf(buf, sizeof buf, "%s عشرة", uf[i]);
        num_is(buf, 13 + i, WORDS, AMBIG);
    }
    num_is("ثمان عشرة", 18, WORDS, 0);
    num_at("خمسة عشر يوما", 0, 15, 2, WORDS, 0);
    static const struct { const char *w; int v; } d[] = {
        {"حداشر", 11}, {"إتناشر", 12}, {"اطنعش", 12}, {"تلتطعش", 13}, {"اربعتاشر", 14},
        {"اربعطعش", 14}, {"خمستاشر", 15}, {"خمسطعش", 15}, {"ستاشر", 16}, {"سطعش", 16},
        {"سبعتاشر", 17}, {"سبعطعش", 17}, {"تمنتاشر", 18}, {"ثمنطعش", 18}, {"تمنطعش", 18},
        {"تسعتاشر", 19}, {"تسعطعش", 19},
    };
    for (size_t i = 0; i < sizeof d / sizeof *d; i++) num_is(d[i].w, d[i].v, WORDS | DIAL, 0);
}

/* ---- NUM-6 tens and unit و tens ----------------------------------------------------------- */

static void num6_tens(void **state)
{
    (void)state;
    static const char *const nom[] = {"عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون",
                                      "ثمانون", "تسعون"};
    static const char *const obl[] = {"عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين",
                                      "ثمانين", "تسعين"};
    for (int i = 0; i < 8; i++) {
        num_is(nom[i], 20 + 10 * i, WORDS, ORD | DEF);
        num_is(obl[i], 20 + 10 * i, WORDS, ORD | DEF);
    }
    num_is("خمسة وعشرون", 25, WORDS, 0);
    num_is("خمسة و عشرين", 25, WORDS, 0);              /* و as its own token */
    num_is("واحدة و عشرون", 21, WORDS, 0);
    num_is("أحد وعشرون", 21, WORDS, 0);
    num_is("إحدى وعشرين", 21, WORDS, 0);
    num_is("اثنان وعشرون", 22, WORDS, 0);
    num_is("تسعة وتسعون", 99, WORDS, 0);
    num_is("تلاتة و تلاتين", 33, WORDS | DIAL, 0);
    num_at("ثلاثة وعشرين يوما", 0, 23, 2, WORDS, 0);
    num_at("عشرين وخمسة", 0, 20, 1, WORDS, 0);         /* units come before tens */
    num_at("ثلاثة وأربعة", 0, 3, 1, WORDS, 0);         /* a list, not a number */
    num_at("ثلاثة عشرين", 0, 3, 1, WORDS, 0);          /* unit to tens needs و */
    num_at("وعشرين ساعة", 0, 20, 1, CONJ, 0);
}

/* ---- NUM-7 hundreds ----------------------------------------------------------------------- */

static void num7_hundreds(void **state)
{
    (void)state;
    num_is("مئة", 100, WORDS, 0);
    num_is("مائة", 100, WORDS, 0);
    num_is("مئتان", 200, WORDS, 0);
    num_is("مئتين", 200, WORDS, 0);
    num_is("مائتين", 200, WORDS, 0);
    num_is("مائتان", 200, WORDS, 0);
    num_is("ثلاثمئة", 300, WORDS, 0);
    num_is("ثلاثمائة", 300, WORDS, 0);
    num_is("أربعمائة", 400, WORDS, 0);
    num_is("ستمئة", 600, WORDS, 0);
    num_is("ثمانمائة", 800, WORDS, 0);
    num_is("تسعمائة", 900, WORDS, 0);
    num_is("ثلاث مئة", 300, WORDS, 0);
    num_is("ثلاثمائة وخمسين", 350, WORDS, 0);
    num_is("خمسمائة و خمسة و عشرون", 525, WORDS, 0);
    num_is("مئة وعشرة", 110, WORDS, 0);
    num_is("مئة وأحد عشر", 111, WORDS, 0);
    num_is("متين", 200, DIAL | AMBIG, 0);
    num_is("متين وعشرة", 210, DIAL, 0);
    num_is("متين واحد وعشرين", 221, DIAL, 0);
    num_is("تلتمية وخمسين", 350, DIAL, 0);
    num_is("خمسمية خمسة و عشرين", 525, DIAL, 0);
    num_is("مية", 100, DIAL | AMBIG, 0);
}

/* ---- NUM-8 scale words -------------------------------------------------------------------- */

static void num8_scale(void **state)
{
    (void)state;
    num_is("ألف", 1000, WORDS | SCALED, 0);
    num_is("ألفان", 2000, SCALED, 0);
    num_is("ألفين", 2000, SCALED, 0);
    num_is("ثلاثة آلاف", 3000, SCALED, 0);
    num_is("عشرة آلاف", 10000, SCALED, 0);
    num_is("خمسة وعشرون ألفا", 25000, SCALED, 0);
    num_is("مئة ألف", 100000, SCALED, 0);
    num_is("مائتي ألف", 200000, SCALED, 0);
    num_is("ألفين وعشرين", 2020, SCALED, 0);
    num_is("ألف وتسعمائة وتسعة وتسعون", 1999, SCALED, 0);
    num_is("ثلاثة آلاف وخمسمائة وخمسة وعشرون", 3525, SCALED, 0);
    num_is("مليون", 1e6, SCALED, 0);
    num_is("مليونان", 2e6, SCALED, 0);
    num_is("مليونين", 2e6, SCALED, 0);
    num_is("ثلاثة ملايين", 3e6, SCALED, 0);
    num_is("اتنين مليون", 2e6, SCALED | DIAL, 0);
    num_is("مليون وخمسمائة ألف", 1.5e6, SCALED, 0);
    num_is("مليون وألف", 1001000, SCALED, 0);
    num_is("ألفين خمسمية", 2500, SCALED | DIAL, 0);       /* a hundred after a scale: no و */
    num_at("ألفين خمسة", 0, 2000, 1, SCALED, 0);          /* a unit after a scale needs و */
    num_is("مليار", 1e9, SCALED, 0);
    num_is("تريليون", 1e12, SCALED, 0);
    num_is("3 ملايين", 3e6, DIG | WORDS | SCALED, 0);
    num_is("3 مليون", 3e6, DIG | SCALED, 0);
    num_is("2.5 مليون", 2.5e6, DIG | SCALED, FRAC);
    num_is("100 الف", 1e5, DIG | SCALED, 0);
    num_is("10 آلاف", 1e4, DIG | SCALED, 0);
    num_is("٣ ملايين", 3e6, DIG | SCALED, 0);
    num_is("3 ملايين و500 ألف", 3.5e6, DIG | SCALED, 0);
    num_is("مليار و 200 مليون", 1.2e9, DIG | SCALED, 0);
    no_num_at("آلاف", 0);                              /* "thousands": no count */
    no_num_at("ملايين الدولارات", 0);
    num_at("ألف ألف", 0, 1000, 1, SCALED, 0);          /* scales must decrease */
    num_at("ألف عام", 0, 1000, 1, SCALED, 0);
    num_at("3 ملايين 500", 0, 3e6, 2, SCALED, 0);      /* digits after a scale need و */
}

/* ---- NUM-9 fractions ---------------------------------------------------------------------- */

static void num9_fractions(void **state)
{
    (void)state;
    num_is("نصف", 0.5, FRAC | WORDS, AMBIG);
    num_is("نص", 0.5, FRAC | AMBIG | DIAL, 0);         /* also "text" */
    num_is("ربع", 0.25, FRAC, 0);
    num_is("ربعا", 0.25, FRAC, 0);
    num_is("ثلث", 1.0 / 3, FRAC, 0);                   /* a third, never three */
    num_is("ثلثي", 2.0 / 3, FRAC, 0);
    num_is("ثلاثة أرباع", 0.75, FRAC, 0);
    num_is("ثلاثة ونصف", 3.5, FRAC, 0);
    num_is("اثنين ونص", 2.5, FRAC | DIAL, 0);
    num_is("2 ونصف", 2.5, FRAC | DIG | WORDS, 0);
    num_is("خمسة وعشرين ونصف", 25.5, FRAC, 0);
    num_is("ثلاثة وربع", 3.25, FRAC, 0);
    num_is("ثلاثة وثلث", 3 + 1.0 / 3, FRAC, 0);
    num_is("مليون ونصف", 1.5e6, SCALED, FRAC);
    num_is("ثلاثة ملايين ونصف", 3.5e6, SCALED, FRAC);
    num_is("نصف مليون", 5e5, SCALED, FRAC);
    num_is("ربع مليون", 2.5e5, SCALED, FRAC);
    num_is("ونصف", 0.5, CONJ | FRAC, 0);
    num_at("ثلاث ساعات ونصف", 0, 3, 1, 0, FRAC);       /* the noun ends the number */
    num_at("ثلاث ساعات ونصف", 2, 0.5, 3, CONJ, 0);
    num_at("ثلاثة ونصف ونصف", 0, 3.5, 2, 0, 0);
    no_num_at("ساعتين", 0);                            /* duals are the duration parser's */
    no_num_at("أرباع", 0);
}

/* ---- NUM-10 the decimal word ------------------------------------------------------------- */

static void num10_point(void **state)
{
    (void)state;
    num_is("1 فاصلة 1", 1.1, FRAC | DIG | WORDS, 0);
    num_is("واحد فاصلة واحد", 1.1, FRAC | WORDS, DIG);
    num_is("اثنين فاصلة خمسة وعشرين", 2.25, FRAC, 0);
    num_is("3 فاصلة 05", 3.05, FRAC, 0);
    num_is("اثنين فاصلة خمسة مليون", 2.5e6, SCALED, 0);
    no_num_at("فاصلة", 0);
    num_at("خمسة فاصلة", 0, 5, 1, 0, FRAC);
    num_at("2.5 فاصلة 3", 0, 2.5, 1, 0, 0);            /* one decimal part only */
}

/* ---- NUM-11 ordinals -------------------------------------------------------------------- */

static void num11_ordinals(void **state)
{
    (void)state;
    static const char *const m[] = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
                                    "السابع", "الثامن", "التاسع", "العاشر"};
    static const char *const f[] = {"الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة",
                                    "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"};
    static const char *const bare[] = {"أول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع",
                                       "ثامن", "تاسع", "عاشر"};
    for (int i = 0; i < 10; i++) {
        num_is(m[i], i + 1, ORD | DEF | WORDS, AMBIG);
        num_is(f[i], i + 1, ORD | DEF | WORDS, AMBIG);
        num_is(bare[i], i + 1, ORD | WORDS, DEF);
    }
    num_is("الاول", 1, ORD, 0);
    num_is("ثان", 2, ORD, 0);
    num_is("الثان", 2, ORD | DEF, 0);
    num_at("ثان أربعاء", 0, 2, 1, ORD, 0);
    num_is("رابعة", 4, ORD | AMBIG, 0);               /* also a name */
    num_is("الحادي عشر", 11, ORD | DEF, 0);
    num_is("الحادية عشرة", 11, ORD | DEF, 0);
    num_is("حادي عشر", 11, ORD, DEF);
    num_is("الثاني عشر", 12, ORD, 0);
    num_is("الثانية عشرة", 12, ORD, 0);
    static const char *const t[] = {"الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                                    "التاسع"};
    char buf[64];
    for (int i = 0; i < 7; i++) {
        snprintf(buf, sizeof buf, "%s عشر", t[i]);
        num_is(buf, 13 + i, ORD | DEF, 0);
        snprintf(buf, sizeof buf, "%s والعشرون", t[i]);
        num_is(buf, 23 + i, ORD | DEF, 0);
    }
    num_at("الحادي عشر من سبتمبر", 0, 11, 2, ORD, 0);
    num_is("العشرون", 20, ORD | DEF, 0);
    num_at("العشرين من يناير", 0, 20, 1, ORD | DEF, 0);
    num_is("الحادي والعشرون", 21, ORD | DEF, 0);
    num_is("الحادي والعشرين", 21, ORD | DEF, 0);
    num_is("الثاني والعشرين", 22, ORD, 0);
    num_is("التاسع والعشرون", 29, ORD, 0);
    num_is("الثلاثون", 30, ORD, 0);
    num_is("الحادي والثلاثون", 31, ORD, 0);
    num_is("الواحد والثلاثين", 31, ORD, 0);
    num_is("حادي وعشرين", 21, ORD, DEF);
    num_at("القرن الحادي والعشرين", 1, 21, 3, ORD, 0);
    num_is("بالحادي عشر", 11, ORD | DEF, 0);
    /* definite cardinals 1–10 are cardinals: "the five" */
    num_at("الدول الخمس", 1, 5, 2, DEF, ORD);
    num_is("الخمسة عشر", 15, ORD | DEF, 0);
    /* ال on both parts or neither: الخامسة وعشرين is a clock time, 5 then 20 */
    num_at("الخامسة وعشرين دقيقة", 0, 5, 1, ORD, 0);
    num_at("الرابعة واربعون دقيقة", 0, 4, 1, ORD, 0);
    num_at("الرابعة وثلاث وعشرون دقيقة", 1, 23, 3, CONJ, ORD);
    num_is("الثانية عشرة ونصف", 12.5, ORD | FRAC, 0);  /* a clock time */
    num_is("الثالثة وربع", 3.25, ORD | FRAC, 0);
    num_at("الثالثة وخمسة عشر دقيقة", 0, 3, 1, ORD, 0);
    num_at("الأول من مارس", 0, 1, 1, ORD, 0);
}

/* ---- NUM-12 never numbers -------------------------------------------------------------- */

static void num12_not_numbers(void **state)
{
    (void)state;
    static const char *const days[] = {"الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
                                       "الخميس", "الجمعة", "السبت", "والاثنين", "بالأحد",
                                       "يوم الاثنين", "الاثنان"};
    for (size_t i = 0; i < sizeof days / sizeof *days; i++) {
        rasd_text *t = nt(days[i], 0);
        size_t n = rasd_text_ntokens(t);
        rasd_text_free(t);
        for (size_t k = 0; k < n; k++) no_num_at(days[i], k);
    }
    no_num_at("أحد", 0);
    no_num_at("أحد المسؤولين", 0);
    no_num_at("إحدى الدول", 0);
    no_num_at("اثنا", 0);
    no_num_at("ثانية", 0);                             /* the unit "second" */
    no_num_at("30 ثانية", 1);
    num_at("30 ثانية", 0, 30, 1, DIG, 0);
    no_num_at("الأحد عشر", 0);                         /* Sunday, then ten */
    num_at("قتل يوم الأحد عشرة أشخاص", 3, 10, 4, WORDS, 0);
    no_num_at("قتل يوم الأحد عشرة أشخاص", 2);
    no_num_at("الثلاثا", 0);
    no_num_at("عشرات", 0);
    no_num_at("مئات", 0);
    no_num_at("بضعة", 0);
    no_num_at("ثلاثاء", 0);
    num_is("ثلث", 1.0 / 3, FRAC, 0);
    no_num_at("وزير", 0);
    no_num_at("ستيف", 0);
}

/* ---- NUM-13 boundaries -------------------------------------------------------------------- */

static void num13_boundaries(void **state)
{
    (void)state;
    num_at("خمسة، وعشرون", 0, 5, 1, 0, 0);             /* punctuation ends a number */
    num_at("خمسة.\nوعشرون", 0, 5, 1, 0, 0);            /* so does a sentence end */
    num_at("خمسة و", 0, 5, 1, 0, 0);                   /* a trailing و stays out */
    num_at("خمسة و.", 0, 5, 1, 0, 0);
    num_at("في الحادي عشر من سبتمبر", 1, 11, 3, ORD, 0);
    rasd_text *t = nt("ثلاثة", 0);
    rasd_number n = {.value = 77, .tok_first = 9, .tok_end = 9};
    assert_false(rasd_number_at(t, 1, &n));            /* out of range */
    assert_false(rasd_number_at(t, 99, &n));
    assert_int_equal(n.value, 77);                     /* untouched on failure */
    assert_false(rasd_number_at(NULL, 0, &n));
    assert_false(rasd_number_at(t, 0, NULL));
    rasd_text_free(t);
    rasd_text *e = nt("", 0);
    assert_false(rasd_number_at(e, 0, &n));
    rasd_text_free(e);
}

/* rasd_number_digits, the fast path the time tagger takes at a digit token that no number word
 * follows: the same record as rasd_number_at there; nothing at a word. */
static void num_digits_alone(void **state)
{
    (void)state;
    static const char *const texts[] = {"التقيا في 15 يوليو", "عام 2025 .", "الساعة ٣ مساء", "15.5 مليون", "3/4/2025"};
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        rasd_text *t = nt(texts[k], 0);
        for (size_t i = 0; i < rasd_text_ntokens(t); i++) {
            rasd_number a, b;
            bool da = rasd_number_digits(t, i, &a);
            if (!da) continue;
            if (rasd_text_token(t, i)->kind != RASD_TOK_NUMBER) fail_msg("\"%s\" @%zu: digits at a non-digit token", texts[k], i);
            if (!rasd_number_at(t, i, &b) || b.tok_end != i + 1) continue;   /* words or digits continue it there */
            if (a.value != b.value || !near(a.fvalue, b.fvalue) || a.flags != b.flags || a.tok_end != b.tok_end)
                fail_msg("\"%s\" @%zu: digits %g flags %#x, number_at %g flags %#x", texts[k], i, a.fvalue, a.flags, b.fvalue, b.flags);
        }
        rasd_text_free(t);
    }
    rasd_text *w = nt("خمسة", 0);
    rasd_number n;
    assert_false(rasd_number_digits(w, 0, &n));
    rasd_text_free(w);
}

/* ---- NUM-14 the record: value, fvalue, token range back to the source ----------------- */

static void num14_record(void **state)
{
    (void)state;
    const char *s = "وصل في الحادي عشر من سبتمبر عام ٢٠٠١";
    rasd_text *t = nt(s, 0);
    rasd_number n;
    assert_true(rasd_number_at(t, 2, &n));
    assert_int_equal(n.value, 11);
    assert_int_equal(n.tok_first, 2);
    assert_int_equal(n.tok_end, 4);
    size_t a = rasd_text_source(t, rasd_text_token(t, n.tok_first)->start);
    size_t b = rasd_text_source(t, rasd_text_token(t, n.tok_end - 1)->end);
    assert_int_equal(b - a, strlen("الحادي عشر"));
    assert_memory_equal(s + a, "الحادي عشر", b - a);
    assert_true(rasd_number_at(t, 7, &n));
    assert_int_equal(n.value, 2001);
    a = rasd_text_source(t, rasd_text_token(t, 7)->start);
    assert_string_equal(s + a, "٢٠٠١");
    rasd_text_free(t);
    num_is("2.5", 2.5, FRAC, 0);                       /* value 2 (checked in num_at) */
    num_is("-2.5", -2.5, FRAC, 0);                     /* value -2: toward zero */
}

/* ---- hostile input: every token of mixed and pseudo-random text ------------------------- */

static void hostile_every_token(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "و", " ", "ثلاثة", "عشر", "وعشرين", "ألف", "آلاف", "-", ".", "12", "1,5", "الـ", "ونصف",
        "مليون", "الحادي", "أحد", "\n", "،", "فاصلة", "ال", "مئة", "ثلث", "٣", "x", "ـ", "ة",
    };
    unsigned seed = 12345;
    char buf[4096];
    for (int round = 0; round < 200; round++) {
        size_t len = 0;
        for (int k = 0; k < 60; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)];
            size_t pl = strlen(p);
            if (len + pl + 1 >= sizeof buf) break;
            memcpy(buf + len, p, pl);
            len += pl;
            if ((seed >> 8) & 1) buf[len++] = ' ';
        }
        /* cut at an arbitrary byte, often inside a two-byte letter */
        seed = seed * 1103515245u + 12345u;
        len -= (seed >> 16) % 3;
        rasd_text *t = rasd_text_new(buf, len, round & 1 ? RASD_NORM_TAMARBUTA : 0);
        size_t n = rasd_text_ntokens(t);
        for (size_t i = 0; i <= n; i++) {
            rasd_number r;
            if (!rasd_number_at(t, i, &r)) continue;
            assert_int_equal(r.tok_first, i);
            assert_true(r.tok_end > r.tok_first && r.tok_end <= n);
            assert_true(fabs(r.fvalue) < 1e15);
            assert_true(r.flags & (RASD_NUM_DIGITS | RASD_NUM_WORDS));
        }
        rasd_text_free(t);
    }
}

/* ---- NUM-15 conformance: Duckling's Arabic numeral and ordinal corpora ----------------- */

static const char *shared_dir(void)
{
    const char *d = getenv("RASD_SHARED");
    return d && *d ? d : "../shared";
}

/* Runs one TSV (id, locale, phrase, value, source): a row passes when the number at token 0
 * covers every token of the phrase and has the value (and, for ordinals, RASD_NUM_ORDINAL).
 * Both normalization settings must pass. Returns the pass rate; *rows receives the count. */
static double run_corpus(const char *name, bool ordinal, int *rows)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/testdata/arabic-time/%s", shared_dir(), name);
    FILE *fp = fopen(path, "r");
    if (!fp) { *rows = -1; return 0; }
    char line[4096];
    int pass = 0, total = 0;
    if (!fgets(line, sizeof line, fp)) { fclose(fp); *rows = 0; return 0; }
    while (fgets(line, sizeof line, fp)) {
        char *col[5] = {0};
        char *p = line;
        for (int k = 0; k < 5 && p; k++) {
            col[k] = p;
            p = strpbrk(p, "\t\n");
            if (p) *p++ = 0;
        }
        if (!col[3]) continue;
        double want = strtod(col[3], NULL);
        bool ok = true;
        for (unsigned fl = 0; fl <= RASD_NORM_TAMARBUTA; fl += RASD_NORM_TAMARBUTA) {
            rasd_text *t = nt(col[2], fl);
            rasd_number n;
            ok = ok && rasd_number_at(t, 0, &n) && n.tok_end == rasd_text_ntokens(t) &&
                 near(n.fvalue, want) && (!ordinal || (n.flags & RASD_NUM_ORDINAL));
            rasd_text_free(t);
        }
        total++;
        if (ok) pass++;
        else printf("    miss %s  %s  = %s\n", col[0], col[2], col[3]);
    }
    fclose(fp);
    *rows = total;
    double rate = total ? (double)pass / total : 0;
    printf("    %s: %d/%d = %.1f%%\n", name, pass, total, 100 * rate);
    return rate;
}

static void corpus_check(const char *name, bool ordinal, double floor)
{
    int rows;
    double rate = run_corpus(name, ordinal, &rows);
    if (rows < 0) { printf("    %s absent: skipped\n", name); skip(); }
    assert_true(rows > 0);
    if (rate < floor) fail_msg("%s: %.1f%% below the floor %.1f%%", name, 100 * rate, 100 * floor);
}

/* Measured: 160/163 (the misses are "11/10"-style slash fractions), 158/161, 29/30 (the miss
 * is الأحد عشر, which NUM-12 reads as Sunday). */
static void num15_duckling_numeral(void **state)
{
    (void)state;
    corpus_check("duckling_ar_numeral.tsv", false, 0.98);
}

static void num15_duckling_eg_numeral(void **state)
{
    (void)state;
    corpus_check("duckling_ar_eg_numeral.tsv", false, 0.98);
}

static void num15_duckling_ordinal(void **state)
{
    (void)state;
    corpus_check("duckling_ar_ordinal.tsv", true, 0.96);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(num1_digits),
        cmocka_unit_test(num2_sign_point_article),
        cmocka_unit_test(num3_lookup),
        cmocka_unit_test(num4_units),
        cmocka_unit_test(num5_teens),
        cmocka_unit_test(num6_tens),
        cmocka_unit_test(num7_hundreds),
        cmocka_unit_test(num8_scale),
        cmocka_unit_test(num9_fractions),
        cmocka_unit_test(num10_point),
        cmocka_unit_test(num11_ordinals),
        cmocka_unit_test(num12_not_numbers),
        cmocka_unit_test(num13_boundaries),
        cmocka_unit_test(num14_record),
        cmocka_unit_test(hostile_every_token),
        cmocka_unit_test(num_digits_alone),
        cmocka_unit_test(num15_duckling_numeral),
        cmocka_unit_test(num15_duckling_eg_numeral),
        cmocka_unit_test(num15_duckling_ordinal),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
