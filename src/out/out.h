/* out.h — internals of the output writers (src/out) that other stages call: the HTML timeline
 * page (docs/html-timeline.md), and the HTML escaping and SHA-256 it is built on (exposed for
 * the unit tests). */
#ifndef RASD_OUT_H
#define RASD_OUT_H

#include "rasd.h"
#include "util/util.h"

#include <stdio.h>

/* Writes the rows of tl that match f (NULL: all) as one self-contained HTML page to out:
 * an inline SVG timeline, the list of events with their sources and evidence, and filters by
 * actor, type and status run by one inline script. Every value from the timeline is escaped;
 * the same timeline and filter give byte-identical pages. tl must have been built
 * (rasd_timeline_build). Returns RASD_ERR_IO if writing to out fails, else RASD_OK. */
rasd_status rasd_timeline_write_html(const rasd_timeline *tl, const rasd_filter *f, FILE *out);

/* Appends s[0..n) to b escaped for HTML text and for double-quoted attribute values alike:
 * & < > " ' become character references; invalid UTF-8, C0 controls other than tab, line feed
 * and carriage return, DEL and C1 controls each become U+FFFD. s NULL appends nothing. */
void rasd_html_escape(rasd_buf *b, const char *s, size_t n);

/* SHA-256 (FIPS 180-4) of data[0..n) into out. */
void rasd_sha256(const void *data, size_t n, unsigned char out[32]);

#endif
