/* phrases.c — stock phrases of page furniture (data/boilerplate.tsv, generated into
 * src/gen/boilerplate.inc), normalized once and matched against normalized lines by both
 * cleaners (dump.c and html.c). Matching rules are in the TSV's header comment. */
#include "clean/clean.h"

#include <ctype.h>
#include <pthread.h>
#include <string.h>

typedef struct phrase { const char *reason; int where; const char *text; } phrase;
static const phrase phrases_raw[] = {
#include "gen/boilerplate.inc"
};
#define NPHRASES (sizeof phrases_raw / sizeof *phrases_raw)
/* Normalized phrases, built once (immutable afterwards; pthread_once makes it thread-safe). */
static char phrases_norm[NPHRASES][64];
static size_t phrases_len[NPHRASES];
/* For each where_mask (RASD_BP bits, four placements), the non-empty phrases it admits, in
 * table order: a call looks only at those. */
static uint16_t by_mask[16][NPHRASES];
static size_t n_by_mask[16];
static pthread_once_t phrases_once = PTHREAD_ONCE_INIT;

static void phrases_init(void)
{
    for (size_t i = 0; i < NPHRASES; i++) {
        rasd_norm_into(phrases_raw[i].text, strlen(phrases_raw[i].text), phrases_norm[i], sizeof phrases_norm[i]);
        phrases_len[i] = strlen(phrases_norm[i]);
        for (unsigned m = 0; m < 16; m++)
            if (phrases_len[i] && (m & (1u << phrases_raw[i].where))) by_mask[m][n_by_mask[m]++] = (uint16_t)i;
    }
}

static bool word_byte(unsigned char c) { return isalnum(c) || c >= 0x80; }

const char *rasd_phrase_match(const char *head, const char *tail, unsigned where_mask, size_t *rest)
{
    pthread_once(&phrases_once, phrases_init);
    size_t dummy;
    if (!rest) rest = &dummy;
    /* leading bullets and punctuation ("• اقرأ أيضاً", "> المزيد") do not hide a phrase */
    while (*head && strchr(" -:|>*.", *head)) head++;
    if ((unsigned char)head[0] == 0xE2 && (unsigned char)head[1] == 0x80 && (unsigned char)head[2] == 0xA2) {
        head += 3;
        while (*head == ' ') head++;
    }
    size_t hl = strlen(head);
    while (hl && strchr(" .:!|-", head[hl - 1])) hl--;
    size_t tl = strlen(tail);
    while (tl && strchr(" )]", tail[tl - 1])) tl--;
    where_mask &= 15;
    for (size_t x = 0; x < n_by_mask[where_mask]; x++) {
        size_t k = by_mask[where_mask][x];
        int where = phrases_raw[k].where;
        const char *ph = phrases_norm[k];
        size_t pl = phrases_len[k];
        switch (where) {
        case RASD_BP_START:
            /* the phrase ends at a word boundary, or where the script changes: furniture is
             * often glued to what follows ("Relatedنعم") */
            if (hl >= pl && head[0] == ph[0] && head[pl - 1] == ph[pl - 1] && strncmp(head, ph, pl) == 0 &&
                (hl == pl || !word_byte((unsigned char)head[pl]) ||
                 ((unsigned char)ph[pl - 1] < 0x80) != ((unsigned char)head[pl] < 0x80))) {
                *rest = hl - pl;
                return phrases_raw[k].reason;
            }
            break;
        case RASD_BP_WHOLE:
            if (hl == pl && head[0] == ph[0] && strncmp(head, ph, pl) == 0) { *rest = 0; return phrases_raw[k].reason; }
            break;
        case RASD_BP_ANY:
            if (strstr(head, ph) || strstr(tail, ph)) { *rest = 0; return phrases_raw[k].reason; }
            break;
        case RASD_BP_END:
            /* "... (أ.ف.ب)", "...- أرشيفية", "... (أرشيفية - د.ب.أ)" */
            if (tl >= pl && tail[tl - 1] == ph[pl - 1] && strncmp(tail + tl - pl, ph, pl) == 0) {
                size_t b = tl - pl;
                while (b > 0 && tail[b - 1] == ' ') b--;
                if (b > 0 && strchr("(-[/", tail[b - 1])) { *rest = 0; return phrases_raw[k].reason; }
            }
            break;
        }
    }
    return NULL;
}
