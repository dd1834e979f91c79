/* tag.h — private interface of the tag stage: the mention set (what rasd_tag returns), shared
 * with its writer in src/out/tag_json.c. */
#ifndef RASD_TAG_H
#define RASD_TAG_H

#include "ingest/ingest.h"

struct rasd_mentions {
    const rasd_doc *doc;
    rasd_arena *arena;  /* owns the mentions' strings */
    rasd_buf items;     /* rasd_mention */
};

#endif
