/* number.h — numbers written in digits or in Arabic words, read off a rasd_text's tokens, for
 * the time-expression stage ("الحادي عشر من سبتمبر", "العشرين من يناير", "ثلاثة أسابيع").
 *
 * Exports
 *   rasd_number, RASD_NUM_*      one number: its value, its token range, what it looked like
 *   rasd_number_at               the longest number that starts at a given token (NUM-1..NUM-13)
 *   rasd_number_digits           the number a digit token makes alone (when nothing continues it)
 *   rasd_number_word             token i is a number word (a cheap test before rasd_number_at)
 *   rasd_number_key              the normalized words of the table, for a caller's own prefilter
 *   rasd_number_check_table      consistency check of the word table, for the unit tests
 * The rules NUM-n are defined in docs/numbers.md; tests/unit/test_number.c names them.
 *
 * A match is a token range, so the caller maps it back to source bytes through the tokens'
 * normalized offsets and rasd_text_source. Nothing here allocates per call; the word table is
 * normalized once (pthread_once) and is read-only afterwards, so calls are thread-safe as long
 * as the rasd_text itself is (its tokens must have been computed before sharing it: rasd.h).
 */
#ifndef RASD_TAG_NUMBER_H
#define RASD_TAG_NUMBER_H

#include "rasd.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What a number looked like (rasd_number.flags). */
enum {
    RASD_NUM_ORDINAL  = 1u << 0,  /* an ordinal: الثالث، ثالث، الحادي عشر، أول — or a definite
                                     cardinal of 11 and more (العشرين، الخمسة والعشرين), which
                                     Arabic uses as the ordinal of day numbers (NUM-11) */
    RASD_NUM_FRACTION = 1u << 1,  /* the value is not whole: 2.5, نصف، ثلاثة ونصف (but not
                                     مليون ونصف, which is 1500000) */
    RASD_NUM_DIGITS   = 1u << 2,  /* made of (or begins with) a digit token */
    RASD_NUM_WORDS    = 1u << 3,  /* contains at least one number word */
    RASD_NUM_DEFINITE = 1u << 4,  /* the first number word carries the article ال */
    RASD_NUM_CONJ     = 1u << 5,  /* the first token carries the conjunction و/ف (وعشرين، ونصف):
                                     the number continues something before it */
    RASD_NUM_AMBIG    = 1u << 6,  /* one word with a common non-number reading: نص (text),
                                     ست (lady), سبع (lion), مية (water), متين (solid),
                                     تنين (dragon), رابعة (a name) — ask for a unit after it */
    RASD_NUM_DIALECT  = 1u << 7,  /* a dialect form (تلاتة، حداشر، تمنطعش، متين، نص …) */
    RASD_NUM_SCALED   = 1u << 8   /* contains a scale word: ألف، مليون، مليار، تريليون */
};

/* One number (NUM-14). value and fvalue agree whenever the number is whole. */
typedef struct rasd_number {
    int64_t value;             /* the value truncated toward zero: 21, 2 for 2.5, 0 for ربع */
    double fvalue;             /* the exact value: 2.5, 0.25, 1.0/3, -1.2, 1500000 */
    size_t tok_first, tok_end; /* tokens [tok_first, tok_end) of the rasd_text */
    unsigned flags;            /* RASD_NUM_* */
} rasd_number;

/* The number that starts at token i of t, longest match (NUM-1..NUM-13): a digit token ("12",
 * "12.5", "1,000,000", "2,5"; Arabic-Indic digits are ASCII after normalization), optionally
 * signed by a glued "-" or begun by a glued "." (".77"), optionally followed by scale words
 * ("3 ملايين", "2.5 مليار"); or number words, cardinal or ordinal, with their conjunctions and
 * fractions. Proclitics on the first token are allowed (بالعشرين، وثلاثة); later tokens may
 * carry only و (and ال in a definite number). A match never crosses a sentence end or a
 * punctuation token (other than the sign/point above).
 * Returns false, leaving *out untouched, when no number starts at token i, when i is out of
 * range, or when t or out is NULL. Values of 10^15 and more are refused. Computes t's tokens if
 * that has not happened yet (so t is not const). */
bool rasd_number_at(rasd_text *t, size_t i, rasd_number *out);

/* The number digit token i of t makes by itself (NUM-1): what rasd_number_at returns at i when
 * the next token of the sentence is neither a number word (rasd_number_word) nor a standalone
 * و — nothing else can continue digits — for a caller that knows that already. False as
 * rasd_number_at is, and when token i is not a digit token. */
bool rasd_number_digits(rasd_text *t, size_t i, rasd_number *out);

/* Token i of t is a number word as rasd_number_at reads one (whole, after و/ف, or after its
 * proclitics). A number that starts with a word starts with such a token. */
bool rasd_number_word(rasd_text *t, size_t i);

/* The i-th normalized word of the table (ة written ه), NULL past the last: every word a number
 * can start with, as match_word compares it (whole, after و/ف, or as a stem). */
const char *rasd_number_key(size_t i);

/* Consistency check of the word table after normalization: every key fits its slot, is one
 * Arabic word, and no two entries share a key (NUM-3). True when the table is sound. */
bool rasd_number_check_table(void);

#endif
