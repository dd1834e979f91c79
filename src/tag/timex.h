/* timex.h — private interface of the time-expression tagger (issue #3): Arabic time expressions
 * and durations found in a rasd_text, normalized to TIMEX3 values and resolved against the
 * document creation time (DCT).
 *
 * Offsets: a mention's start/end are byte offsets into the string the rasd_text was built over
 * (compose with rasd_text_source for normalized positions). The caller (src/tag/tag.c) maps them
 * on to document offsets through the block's map.
 */
#ifndef RASD_TIMEX_H
#define RASD_TIMEX_H

#include "rasd.h"
#include "tag/calendar.h"
#include "util/util.h"

typedef enum rasd_timex_kind { RASD_TIMEX_TIME = 1, RASD_TIMEX_DURATION } rasd_timex_kind;

typedef struct rasd_timex {
    rasd_timex_kind kind;
    size_t start, end;      /* span in the rasd_text's input string */
    char value[40];         /* TIMEX3 value ("2025-03-18", "2025-W11", "2013-02-12T15:15") or an
                               ISO 8601 duration ("PT90M", "P3W"); "" for an interval */
    char from[40], to[40];  /* an interval's bounds, both inclusive, at their grain; "" if none */
    char mod[16];           /* "START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN",
                               "EQUAL_OR_LESS", "EQUAL_OR_MORE" or "" */
    rasd_tval tval;         /* the resolved point (or the interval's start) for the event stage */
    bool resolved;          /* false when the value is underspecified (no DCT to resolve it) */
} rasd_timex;

/* Appends to `out` (a rasd_buf of rasd_timex) every time expression and duration in t, in text
 * order, without overlaps (the longest match wins). dct may be NULL: relative expressions then
 * give only what the text itself fixes (a year or month it names), never a guessed date.
 * dct_offset_min: the DCT's UTC offset in minutes (rasd_tval_parse_dct), or RASD_NO_OFFSET; a
 * time given in another zone ("الساعة 8 بتوقيت غرينتش") is converted to the DCT's zone when
 * both offsets are known. */
void rasd_timex_find(rasd_text *t, const rasd_tval *dct, int dct_offset_min, rasd_buf *out);

/* The same, after a text that told of the day `anchor` (NULL or invalid: none): "اليوم التالي"
 * and the periods named as the ones after another (TMX-19) follow the last day told before them
 * — in t, else anchor — and only without one the DCT. */
void rasd_timex_find_after(rasd_text *t, const rasd_tval *dct, int dct_offset_min, const rasd_tval *anchor,
                           rasd_buf *out);

#endif
