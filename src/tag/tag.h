/* tag.h — private interface of the tag stage: the mention set (what rasd_tag returns), shared
 * with its writer in src/out/tag_json.c. */
#ifndef RASD_TAG_H
#define RASD_TAG_H

#include "ingest/ingest.h"
#include "tag/calendar.h"
#include "tag/entity.h"
#include "tag/timex.h"

struct rasd_mentions {
    const rasd_doc *doc;
    rasd_arena *arena;  /* owns the mentions' strings */
    rasd_buf items;     /* rasd_mention */
};

/* What the taggers found in one block, for a later stage (the event extractor): the block's
 * text layer, its time expressions and its entity mentions (spans in the block's text), and how
 * to reach document offsets. Valid only during the visitor's call. */
typedef struct rasd_block_view {
    const rasd_doc *doc;
    int article;
    rasd_text *t;
    const char *text;           /* the block's text and its map to the document (map, else base + i) */
    size_t len, base;
    const uint32_t *map;
    const rasd_timex *times;
    size_t ntimes;
    const rasd_entmention *ents;
    size_t nents;
    const rasd_dict *dict;
    const rasd_tval *dct;       /* NULL without a publication date */
    const char *published;      /* the article's publication date as given (may be a month), or NULL */
    size_t block;               /* 0 for the article's first block */
    bool title;                 /* the block is its article's title */
    bool caption;               /* the block is a photo caption */
    uint32_t dateline;          /* EV-7: the city (an entity) of a dateline the block opens with,
                                   else UINT32_MAX; its date, if any, is the DCT (TMX-22) */
    size_t dated_to;            /* the end of that dateline's date in text, else 0 */
    size_t copy_at;             /* where the copy starts after that dateline (its marks and the
                                   agency's name passed) in text, else 0 */
    const char *next;           /* EV-18: the raw text of the article's next block (wire copy sets
                                   each sentence apart), NULL after its last */
    size_t next_len;
} rasd_block_view;

typedef void (*rasd_block_fn)(const rasd_block_view *v, void *user);

/* A test of one block's text layer, before any tagger has run on it (t not yet analyzed; d the
 * dictionary, NULL unless actors or places are asked for). */
typedef bool (*rasd_block_gate)(rasd_text *t, const rasd_dict *d, void *user);

/* Runs the taggers of rasd_tag over the same blocks, calling fn on every block after tagging it,
 * without collecting mentions; with RASD_TAG_ACTOR or RASD_TAG_PLACE among kinds the entities
 * are computed. With a gate, an article is tagged only when the gate passes one of its blocks:
 * the others are neither tagged nor visited (a stage that can find nothing in them skips the
 * taggers' cost; the text layers the gate looked at are the ones tagged). */
void rasd_tag_blocks(rasd_ctx *ctx, const rasd_doc *d, const rasd_articles *as, unsigned kinds, rasd_block_gate gate,
                     rasd_block_fn fn, void *user);

/* Document offsets of block text bytes: the start of byte i, the end after the span's last
 * character when it ends at byte end. */
size_t rasd_block_doc_start(const rasd_block_view *v, size_t i);
size_t rasd_block_doc_end(const rasd_block_view *v, size_t end);

#endif
