/* phrases.c — stock phrases of page furniture (data/boilerplate.tsv, generated into
 * src/gen/boilerplate.inc), normalized once and matched against normalized lines by both
 * cleaners (dump.c and html.c). Matching rules are in the TSV's header comment.
 * Speed/Cost: START and WHOLE phrases are filed by their first four normalized bytes (two Arabic
 * letters; "ال" and "و" alone would put most in one bucket), END phrases by their last byte, so
 * a line is compared only with the few phrases that begin (end) as it does, in table order, so
 * the first match is still the table's first; ANY is a strstr per phrase over head and tail
 * (over head alone when the tail is the head).
 * Per call: O(head + tail + phrases tried). rasd_phrase_may_start and rasd_phrase_may_end,
 * which let a cleaner skip normalizing most of a line, look into one bucket each. */
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
/* START and WHOLE phrases of KEY_LEN bytes or more by bucket (prefix_bucket of their first
 * KEY_LEN bytes), in table order, and the shorter ones (WHOLE only) in by_prefix[NBUCKETS]: a
 * head of KEY_LEN bytes or more (after trimming) can match only the former, a shorter one only
 * the latter. Usable only if no START phrase is shorter than KEY_LEN bytes (prefix_ok). */
#define NBUCKETS 64
#define KEY_LEN 4
static uint16_t by_prefix[NBUCKETS + 1][NPHRASES];
static size_t n_by_prefix[NBUCKETS + 1];
static bool prefix_ok = true;
static size_t longest;        /* longest START/WHOLE phrase (normalized bytes) */
static size_t longest_end;    /* longest END phrase */
/* END phrases by their last byte (mod NBUCKETS), in table order. */
static uint16_t by_last[NBUCKETS][NPHRASES];
static size_t n_by_last[NBUCKETS];
static pthread_once_t phrases_once = PTHREAD_ONCE_INIT;

static size_t prefix_bucket(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    return ((((u[0] * 31u + u[1]) * 31u + u[2]) * 31u) + u[3]) % NBUCKETS;
}

static void phrases_init(void)
{
    for (size_t i = 0; i < NPHRASES; i++) {
        rasd_norm_into(phrases_raw[i].text, strlen(phrases_raw[i].text), phrases_norm[i], sizeof phrases_norm[i]);
        phrases_len[i] = strlen(phrases_norm[i]);
        for (unsigned m = 0; m < 16; m++)
            if (phrases_len[i] && (m & (1u << phrases_raw[i].where))) by_mask[m][n_by_mask[m]++] = (uint16_t)i;
        int w = phrases_raw[i].where;
        if (w == RASD_BP_END && phrases_len[i]) {
            if (phrases_len[i] > longest_end) longest_end = phrases_len[i];
            size_t b = (unsigned char)phrases_norm[i][phrases_len[i] - 1] % NBUCKETS;
            by_last[b][n_by_last[b]++] = (uint16_t)i;
        }
        if (!phrases_len[i] || (w != RASD_BP_START && w != RASD_BP_WHOLE)) continue;
        if (phrases_len[i] > longest) longest = phrases_len[i];
        if (phrases_len[i] < KEY_LEN && w == RASD_BP_START) prefix_ok = false;
        size_t b = phrases_len[i] < KEY_LEN ? NBUCKETS : prefix_bucket(phrases_norm[i]);
        by_prefix[b][n_by_prefix[b]++] = (uint16_t)i;
    }
}

/* Leading bullets and punctuation ("• اقرأ أيضاً", "> المزيد") do not hide a phrase. */
static bool bullet_byte(char c) { return c == ' ' || c == '-' || c == ':' || c == '|' || c == '>' || c == '*' || c == '.'; }
static const char *skip_bullets(const char *head)
{
    while (bullet_byte(*head)) head++;
    if ((unsigned char)head[0] == 0xE2 && (unsigned char)head[1] == 0x80 && (unsigned char)head[2] == 0xA2) {
        head += 3;
        while (*head == ' ') head++;
    }
    return head;
}

/* Length of head without trailing punctuation and spaces. */
static bool head_trim_byte(char c) { return c == ' ' || c == '.' || c == ':' || c == '!' || c == '|' || c == '-'; }
static size_t head_len(const char *head)
{
    size_t hl = strlen(head);
    while (hl && head_trim_byte(head[hl - 1])) hl--;
    return hl;
}

bool rasd_phrase_head_enough(const char *head)
{
    pthread_once(&phrases_once, phrases_init);
    return head_len(skip_bullets(head)) >= longest + 5;
}

bool rasd_phrase_may_start(const char *prefix)
{
    pthread_once(&phrases_once, phrases_init);
    const char *h = skip_bullets(prefix);
    size_t n = strlen(h);
    /* bullets may go on past a shorter prefix, and a shorter one shares no bucket */
    if (!prefix_ok || n < KEY_LEN) return true;
    const size_t b = prefix_bucket(h);
    for (size_t x = 0; x < n_by_prefix[b]; x++) {
        size_t k = by_prefix[b][x];
        if (memcmp(h, phrases_norm[k], KEY_LEN) == 0 &&
            strncmp(h, phrases_norm[k], n < phrases_len[k] ? n : phrases_len[k]) == 0) return true;
    }
    for (size_t x = 0; x < n_by_prefix[NBUCKETS]; x++) {   /* the short ones */
        size_t k = by_prefix[NBUCKETS][x];
        if (h[0] == phrases_norm[k][0] && strncmp(h, phrases_norm[k], phrases_len[k]) == 0) return true;
    }
    return false;
}

/* A tail's closing brackets and spaces, which END matching looks past. */
static bool tail_trim_byte(char c) { return c == ' ' || c == ')' || c == ']'; }

static bool word_byte(unsigned char c) { return isalnum(c) || c >= 0x80; }

bool rasd_phrase_tail_enough(const char *tail)
{
    pthread_once(&phrases_once, phrases_init);
    size_t tl = strlen(tail);
    while (tl && tail_trim_byte(tail[tl - 1])) tl--;
    if (tl <= longest_end) return false;
    /* a byte that is neither trimmed nor a space before where the longest phrase would start:
     * the trim, the comparison and the look back over spaces all stop inside tail */
    for (size_t j = 0; j < tl - longest_end; j++)
        if (!tail_trim_byte(tail[j])) return true;
    return false;
}

bool rasd_phrase_may_end(const char *suffix)
{
    pthread_once(&phrases_once, phrases_init);
    size_t n = strlen(suffix);
    while (n && tail_trim_byte(suffix[n - 1])) n--;
    if (!n) return true;   /* the trim may go on past a suffix */
    const unsigned char c = (unsigned char)suffix[n - 1];
    for (size_t x = 0; x < n_by_last[c % NBUCKETS]; x++) {
        size_t k = by_last[c % NBUCKETS][x];
        if ((unsigned char)phrases_norm[k][phrases_len[k] - 1] == c) return true;
    }
    return false;
}

const char *rasd_phrase_match(const char *head, const char *tail, unsigned where_mask, size_t *rest)
{
    pthread_once(&phrases_once, phrases_init);
    size_t dummy;
    if (!rest) rest = &dummy;
    head = skip_bullets(head);
    size_t hl = head_len(head);
    where_mask &= 15;
    size_t tl = 0;
    if (where_mask & (RASD_BP(RASD_BP_ANY) | RASD_BP(RASD_BP_END))) {
        tl = strlen(tail);
        while (tl && tail_trim_byte(tail[tl - 1])) tl--;
    }
    /* only START/WHOLE asked: the phrases that begin with head's first KEY_LEN bytes (a phrase
     * of KEY_LEN bytes or more matches only if they are equal, and only within hl), or for a
     * shorter head the short phrases */
    const uint16_t *list = by_mask[where_mask];
    size_t count = n_by_mask[where_mask];
    if (prefix_ok && !(where_mask & ~(RASD_BP(RASD_BP_START) | RASD_BP(RASD_BP_WHOLE)))) {
        size_t b = hl >= KEY_LEN ? prefix_bucket(head) : NBUCKETS;
        list = by_prefix[b];
        count = n_by_prefix[b];
    } else if (where_mask == RASD_BP(RASD_BP_END)) {
        /* only END asked: the phrases whose last byte is the tail's (after its trim) */
        if (!tl) return NULL;
        size_t b = (unsigned char)tail[tl - 1] % NBUCKETS;
        list = by_last[b];
        count = n_by_last[b];
    }
    for (size_t x = 0; x < count; x++) {
        size_t k = list[x];
        if (!(where_mask & (1u << phrases_raw[k].where))) continue;
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
            if (strstr(head, ph) || (tail != head && strstr(tail, ph))) { *rest = 0; return phrases_raw[k].reason; }
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
