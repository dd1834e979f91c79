/* clean.h — private interface of the clean stage: documents into articles.
 *
 * A cleaner (text dumps: dump.c; HTML: html.c) walks one document and builds articles with
 * the functions below: it opens articles, adds blocks (title/body/caption) and dropped spans
 * with their reasons, and offers date, title, outlet and url candidates. article.c then picks
 * each article's publication date by rank, fills what the document's metadata says, and
 * accounts for every byte: spans the cleaner left uncovered become `whitespace` drops (or
 * `unassigned` if they hold text — a cleaner bug that the tests look for).
 */
#ifndef RASD_CLEAN_H
#define RASD_CLEAN_H

#include "ingest/ingest.h"

/* Publication-date sources, best first. */
typedef enum rasd_date_rank {
    RASD_DATE_METADATA = 0, RASD_DATE_DATELINE, RASD_DATE_AGGREGATOR, RASD_DATE_URL,
    RASD_DATE_WARC, RASD_DATE_OPTION, RASD_DATE_UNKNOWN
} rasd_date_rank;

struct rasd_article {
    rasd_articles *set;
    int index;                  /* 1-based */
    size_t start, end;
    const char *title, *outlet, *url;
    const char *published;
    rasd_date_rank date_rank;   /* of `published` */
    rasd_buf blocks;            /* rasd_block */
    rasd_buf drops;             /* rasd_drop */
};

struct rasd_articles {
    rasd_ctx *ctx;
    const rasd_doc *doc;
    rasd_arena *arena;          /* owns articles, block texts, maps and strings */
    rasd_buf items;             /* rasd_article * */
};

/* Opens a new article whose span starts at `start` (its end grows with what is added). */
rasd_article *rasd_art_new(rasd_articles *set, size_t start);
/* Adds a block. text[0..len) is copied into the set's arena (NUL-terminated); map (may be NULL,
 * meaning text[i] came from source byte start + i) is copied too. */
void rasd_art_block(rasd_article *a, rasd_block_kind kind, size_t start, size_t end,
                    const char *text, size_t len, const uint32_t *map);
void rasd_art_drop(rasd_article *a, const char *reason, size_t start, size_t end);
/* Offers a publication date (canonical ISO, copied); kept if better ranked than the current. */
void rasd_art_date(rasd_article *a, const char *iso, rasd_date_rank rank);
/* Sets title/outlet/url if not yet set (copied). */
void rasd_art_title(rasd_article *a, const char *s, size_t n);
void rasd_art_outlet(rasd_article *a, const char *s, size_t n);
void rasd_art_url(rasd_article *a, const char *s, size_t n);

/* The cleaners. They only add articles to `set`. */
void rasd_clean_text(rasd_articles *set);
void rasd_clean_html(rasd_articles *set);

/* ---- stock phrases (phrases.c, data/boilerplate.tsv) ------------------------------------------- */
enum { RASD_BP_START, RASD_BP_WHOLE, RASD_BP_ANY, RASD_BP_END };
#define RASD_BP(w) (1u << (w))
/* Matches the stock-phrase table against `head` (the normalized start of a line) and `tail` (its
 * normalized end; may equal head), for the placements in where_mask (RASD_BP(RASD_BP_START) |
 * ...). Returns the phrase's reason ("related_links", "footer", "caption_credit", ...) or NULL;
 * *rest (may be NULL) gets the number of bytes after a START/WHOLE phrase. */
const char *rasd_phrase_match(const char *head, const char *tail, unsigned where_mask, size_t *rest);
/* True if `head` (a normalized prefix of a line's head) reaches far enough past its leading
 * bullets that START/WHOLE matching can see no more: it then gives the same reason on head as on
 * any text that begins with head, and a *rest above 3 on both (the longest START/WHOLE phrase,
 * the byte after it and *rest's 4 bytes fit before head's trailing punctuation). */
bool rasd_phrase_head_enough(const char *head);
/* The same for END matching and `tail`, a normalized suffix of a line's tail: true if END
 * matching gives the same reason on tail as on any text that ends with tail. */
bool rasd_phrase_tail_enough(const char *tail);
/* False if no START/WHOLE phrase can match a head that begins with `prefix` (a normalized prefix
 * of a line's head: none begins as prefix does after its leading bullets); true when one may, or
 * when prefix is too short to tell. */
bool rasd_phrase_may_start(const char *prefix);
/* False if no END phrase can match a tail that ends with `suffix` (a normalized suffix of a
 * line's tail: none ends with its last byte before its closing brackets and spaces); true when
 * one may, or when suffix is too short to tell. */
bool rasd_phrase_may_end(const char *suffix);

/* ---- dates in text (dateline.c) ------------------------------------------------------------- */
/* Reads a publication date line or header: a weekday, day, month name (any regional system)
 * or number, year, and an optional time with ص/م (AM/PM), e.g. "الخميس، 13 فبراير 2025 12:26 ص",
 * "نشر في الأيام 24 يوم 19 - 03 - 2025", "2025-03-19", "13/02/2025 - 10:30". The date must
 * take up most of the text (it is a line that dates, not a sentence that mentions a date).
 * Writes canonical ISO (date or date-time without offset) to out. *aggregator is set when the
 * line is an aggregator's "published in X on DATE" header. */
bool rasd_dateline_parse(const char *s, size_t n, char out[32], bool *aggregator);
/* A date in a URL path: /2025/02/13/, /2025-02-13/, /20250213/; with only /2025/02/ it gives
 * "2025-02". Returns false if none. */
bool rasd_url_date(const char *url, size_t n, char out[32]);
/* A line that is only a time of day ("12:26 ص", "09:15 PM", "10:30"): sets *h (0-23), *m. */
bool rasd_time_line_parse(const char *s, size_t n, int *h, int *m);
/* Normalizes s[0..n) with rasd_text (RASD_NORM_TAMARBUTA) into out (NUL-terminated, cut at
 * cap - 1 bytes). For dictionary tables and short lines. */
void rasd_norm_into(const char *s, size_t n, char *out, size_t cap);
/* The month names of data/months.tsv (hijri false) or data/hijri_months.tsv (hijri true),
 * normalized with rasd_norm_into and split into the first word and an optional second word
 * ("كانون" + "الثاني"; w2 "" for one-word names). Built once, immutable, thread-safe; *n gets
 * the count. */
typedef struct rasd_month_word { int month; char w1[40], w2[40]; } rasd_month_word;
const rasd_month_word *rasd_month_words(bool hijri, size_t *n);
/* Month number (1-12) for a month name in any regional system (normalized or not), 0 if none. */
int rasd_month_name(const char *s, size_t n);

#endif
