/* entity.h — actors, countries, places and organizations in a rasd_text (issue #4): names from
 * the dictionary (dict.h), titles resolved to the holder of the role on the date in question,
 * and the within-article coreference the event stage needs. Rules ENT-1 … ENT-9: docs/entities.md.
 *
 * Exports
 *   rasd_entstate_new / _free   what an article has named so far (ENT-7, ENT-8): one per article,
 *                               carried across its blocks in order
 *   rasd_entity_find            the mentions of one text (a block), appended to a buffer
 *   rasd_entity_named_as_time   a person named as the time of his term's start (ENT-8, EV-2)
 */
#ifndef RASD_TAG_ENTITY_H
#define RASD_TAG_ENTITY_H

#include "tag/dict.h"
#include "text/text.h"

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
/* ENT-12: the country (a code) an article's outlet writes for, or NULL: a bare title no one
 * named before holds is its holder there. */
void rasd_entstate_set_home(rasd_entstate *s, const char *code);

/* ENT-8, EV-2: the person named from token p of t is named as a time: the start of his term,
 * the word right before him (تنصيب، عودة، تولي، انتخاب، فوز، تسلم), told after بعد، قبل، منذ،
 * عشية or غداة at most four words before that word in its sentence ("بعد يوم من تنصيب الرئيس
 * الأمريكي دونالد ترامب"، "منذ عودة ترامب إلى البيت الأبيض"; not "برقية تهنئة بمناسبة تنصيب
 * ترامب"). */
bool rasd_entity_named_as_time(rasd_text *t, size_t p);

/* A date for role resolution at a byte offset of the text: dates[k] applies from offsets[k]
 * on (sorted); before the first, or when n is 0, `dflt` applies. Days since 1970-01-01;
 * INT32_MAX means "today" (the terms still open). */
typedef struct rasd_datemap {
    const size_t *offsets;
    const int32_t *days;
    size_t n;
    int32_t dflt;
} rasd_datemap;

/* rasd_form_at and rasd_entity_find cache per-token dictionary data in t's aux words (text.h):
 * they write to t, so one thread at a time per text. Only words (Arabic or Latin tokens) are
 * looked up, and nothing else fills the aux words. A token's word is 0 until it is looked up
 * for the dictionary t->aux_key with t->aux_stamp forms, then holds the RASD_FORM_* flags of
 * the forms its spellings start (RASD_AUX_FLAGS) and, << RASD_AUX_FUT, those that start after
 * a future سـ taken off; its other bits are entity.c's. */
enum { RASD_AUX_FLAGS = 0x7F, RASD_AUX_FUT = 7 };

/* The RASD_FORM_* flags of the forms a looked-up token's aux word a says its spellings start,
 * those after a future سـ taken off included when with_future. */
static inline unsigned rasd_aux_flags(uint32_t a, bool with_future)
{
    return (a & RASD_AUX_FLAGS) | (with_future ? (a >> RASD_AUX_FUT) & RASD_AUX_FLAGS : 0);
}

/* rasd_form_at past the test of the token's aux word: the search itself (t analyzed, token i
 * an Arabic or Latin word). */
size_t rasd_form_search(const rasd_dict *d, rasd_text *t, size_t i, unsigned flags, const rasd_form **f, bool *future);

/* Calls fn on the longest dictionary form with a flag in `flags` that starts at each word of t
 * where one does (as rasd_form_at finds it: i its first token, n its token count), in text
 * order, until fn returns true; returns whether it did. The words looked up stay cached in t
 * for the scans that follow; a word that starts no such form costs a lookup and a test. */
typedef bool (*rasd_found_fn)(rasd_text *t, size_t i, size_t n, const rasd_form *f, bool future, void *user);
bool rasd_text_find_form(const rasd_dict *d, rasd_text *t, unsigned flags, rasd_found_fn fn, void *user);

/* The longest dictionary form among those with a flag in `flags` (RASD_FORM_*) that starts at
 * token i of t, matched as ENT-1 matches names; with RASD_FORM_TRIGGER a verb's future prefix
 * سـ is taken off too (*future set). Returns its token count and *f, or 0. Inline: the event
 * stage asks at every token of a candidate sentence, and at most the aux word says no. */
static inline size_t rasd_form_at(const rasd_dict *d, rasd_text *t, size_t i, unsigned flags, const rasd_form **f,
                                  bool *future)
{
    if (!t || !d) return 0;
    if (!t->analyzed) rasd_text_analyze(t);
    if (i >= t->ntok) return 0;
    const uint32_t a = t->aux[i];
    if (a && t->aux_key == d && t->aux_stamp == rasd_dict_nforms(d)) {   /* a word looked up */
        return rasd_aux_flags(a, (flags & RASD_FORM_TRIGGER) != 0) & flags ? rasd_form_search(d, t, i, flags, f, future) : 0;
    }
    const rasd_token *k = &t->tok[i];
    if (k->kind != RASD_TOK_ARABIC && k->kind != RASD_TOK_LATIN) return 0;
    return rasd_form_search(d, t, i, flags, f, future);
}

/* Appends every mention of t to out (a rasd_buf of rasd_entmention), in text order. */
void rasd_entity_find(const rasd_dict *d, rasd_entstate *st, rasd_text *t, const rasd_datemap *dates,
                      rasd_buf *out);

#endif
