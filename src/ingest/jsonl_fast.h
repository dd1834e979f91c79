/* jsonl_fast.h — the fast reading of one JSON Lines record, with simdjson (jsonl_fast.cpp, the
 * library's one C++ file). jsonl.c decides what is done with what it finds; see its header for
 * why a line it refuses is read again by jansson.
 */
#ifndef RASD_INGEST_JSONL_FAST_H
#define RASD_INGEST_JSONL_FAST_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The value of one top-level key: a string (s[0..n), valid until the next call on the same
 * reader), an integer, or something else (absent, null, a boolean, a real, a container). */
typedef enum { RASD_JV_NONE, RASD_JV_STRING, RASD_JV_INT } rasd_jv_kind;

typedef struct rasd_jv {
    rasd_jv_kind kind;
    const char *s;
    size_t n;
    long long i;
} rasd_jv;

typedef struct rasd_jfast rasd_jfast;   /* a parser and its padded copy of the line, reused */

rasd_jfast *rasd_jfast_new(void);
void rasd_jfast_free(rasd_jfast *f);

/* Reads line[0..n) as one JSON text whose top level is an object and sets out[k] to the last
 * value of key keys[k] (k < nkeys; a key given twice counts once, its last value). False, with
 * out unspecified, when simdjson refuses the line (any RFC 8259 error, invalid UTF-8, a lone
 * surrogate escape, a number that overflows, a too deep nesting), when the top level is not an
 * object, when a key holds a NUL, when an integer anywhere does not fit a long long (jansson
 * refuses those), when simdjson cannot get the memory, and for a line over 4 MiB. */
bool rasd_jfast_object(rasd_jfast *f, const char *line, size_t n, const char *const *keys, size_t nkeys, rasd_jv *out);

#ifdef __cplusplus
}
#endif

#endif
