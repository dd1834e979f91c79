/* entity.h — actors, countries, places and organizations in a rasd_text (issue #4): names from
 * the dictionary (dict.h), titles resolved to the holder of the role on the date in question,
 * and the within-article coreference the event stage needs. Rules ENT-1 … ENT-9: docs/entities.md.
 *
 * Exports
 *   rasd_entstate_new / _free   what an article has named so far (ENT-7, ENT-8): one per article,
 *                               carried across its blocks in order
 *   rasd_entity_find            the mentions of one text (a block), appended to a buffer
 */
#ifndef RASD_TAG_ENTITY_H
#define RASD_TAG_ENTITY_H

#include "tag/dict.h"

typedef struct rasd_entmention {
    rasd_ent_kind kind;
    size_t start, end;          /* span in the rasd_text's input string */
    uint32_t entity;            /* dictionary entity */
    rasd_role_kind role;        /* the role that applied on the date (persons), or NONE */
    const char *role_of;        /* its country or org code, "" when no role */
    const char *via;            /* "name", "short", "title", "counterpart", "predecessor",
                                   "former", "coref", "pair", "principal" (the person a title
                                   belongs to: ترمب in "مبعوث ترمب"), "adjective", "metonym" */
    const char *metonym_of;     /* a place standing for a government (موسكو، الكرملين): that
                                   country's code, else "" */
} rasd_entmention;

typedef struct rasd_entstate rasd_entstate;
rasd_entstate *rasd_entstate_new(void);
void rasd_entstate_free(rasd_entstate *s);

/* A date for role resolution at a byte offset of the text: dates[k] applies from offsets[k]
 * on (sorted); before the first, or when n is 0, `dflt` applies. Days since 1970-01-01;
 * INT32_MAX means "today" (the terms still open). */
typedef struct rasd_datemap {
    const size_t *offsets;
    const int32_t *days;
    size_t n;
    int32_t dflt;
} rasd_datemap;

/* The longest dictionary form among those with a flag in `flags` (RASD_FORM_*) that starts at
 * token i of t, matched as ENT-1 matches names; with RASD_FORM_TRIGGER a verb's future prefix
 * سـ is taken off too (*future set). Returns its token count and *f, or 0. */
size_t rasd_form_at(const rasd_dict *d, rasd_text *t, size_t i, unsigned flags, const rasd_form **f, bool *future);

/* Both functions below cache per-token dictionary data in t's aux words (text.h): they write
 * to t, so one thread at a time per text. */

/* Appends every mention of t to out (a rasd_buf of rasd_entmention), in text order. */
void rasd_entity_find(const rasd_dict *d, rasd_entstate *st, rasd_text *t, const rasd_datemap *dates,
                      rasd_buf *out);

#endif
