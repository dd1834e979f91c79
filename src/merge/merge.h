/* merge.h — internals shared by the timeline (src/merge), its writers (src/out) and the store
 * (src/store): a report's JSON form, both ways, and reports made from extracted events. */
#ifndef RASD_MERGE_H
#define RASD_MERGE_H

#include "rasd.h"
#include "util/util.h"

#include <jansson.h>

/* Writes r as the JSON object a timeline row lists among its "sources" (docs/formats.md):
 * doc, article, file, outlet, published, type, status, date, date_text, participants,
 * initiator, location, venue, duration_min, duration_mod, topics, cameo, plover, evidence {start, end,
 * text}. */
void rasd_report_json(rasd_buf *b, const rasd_report *r);

/* The fields a report and a timeline row share, written in the same order by both: initiator,
 * location, venue, duration_min, duration_mod, topics, cameo, plover {event, mode}. */
void rasd_contact_json(rasd_buf *b, bool *first, const char *initiator, const char *location, const char *venue,
                       int duration_min, const char *duration_mod, const char *topics, const char *cameo,
                       const char *plover_mode);

/* Reads such an object back into *r, its strings copied into a. Returns false (with a short
 * reason in *why) when a required field (doc, type, status, participants, evidence) is missing
 * or has the wrong JSON type. */
bool rasd_report_from_json(const json_t *o, rasd_report *r, rasd_arena *a, const char **why);

/* Calls fn once per event of ev as a report, with its document and its article's outlet and
 * publication date (pointing into ev and what it was extracted from: valid during the call). */
void rasd_reports_of_events(const rasd_events *ev, void (*fn)(const rasd_report *r, void *user), void *user);

#endif
