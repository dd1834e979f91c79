/* dict.h — the actor and place dictionary (issue #4): persons with their roles and terms,
 * countries with their adjectives and metonyms, places, organizations and title phrases, read
 * from the TSV formats of docs/dictionary.md.
 *
 * Exports
 *   rasd_dict_new / _new_empty / _free   the built-in files of data/dict/ (compiled in as text by
 *                                tools/gen_tables.py) plus users' files, parsed and indexed
 *   rasd_dict_load_file          one more TSV file (the CLI's --dict), malformed lines reported
 *   rasd_dict_lookup             the forms whose first token a text token can be (DIC-4)
 *   rasd_dict_lookup_flags       the same, among the forms of some kinds (RASD_FORM_*) only
 *   rasd_dict_groups / _group / _group_forms_next   the same in two steps (the kinds of forms
 *                                a word starts, then its forms), for callers that cache the first
 *                                per token
 *   rasd_dict_holders            who held a role of a country or organization on a day (DIC-5)
 *   rasd_dict_surnamed           the persons whose full name ends in a word (ENT-3: "الرئيس عون")
 *   rasd_dict_capital            a country's capital (ENT-10: "العاصمة الجزائرية")
 *   rasd_dict_outlet_country / rasd_dict_host_country   the country an outlet writes for, by a
 *                                name of it or a web host (ENT-12)
 *   rasd_dict_check_builtin      the built-in files parse without a single error (for the tests)
 * Rules DIC-1 … DIC-6 are in docs/dictionary.md.
 *
 * A dictionary is immutable once built and may be shared between threads. Names are matched on
 * the text layer's normalized tokens (RASD_NORM_TAMARBUTA), so both sides are normalized alike.
 */
#ifndef RASD_TAG_DICT_H
#define RASD_TAG_DICT_H

#include "rasd.h"
#include "util/util.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum rasd_ent_kind { RASD_ENT_PERSON = 1, RASD_ENT_COUNTRY, RASD_ENT_PLACE, RASD_ENT_ORG } rasd_ent_kind;

typedef struct rasd_entity {
    rasd_ent_kind kind;
    const char *name;   /* canonical English name */
    const char *code;   /* country: its code; org: its code; person: nationality; place: its
                           country ("" when it spans several) */
    const char *qid;    /* Wikidata id, "" when not known */
    const char *sub;    /* place: city / region / venue; "" otherwise */
    const char *in;     /* venue: the English name of the city it is in, "" when not known; org:
                           the code of the state a national group or regional government
                           belongs to (KRG: IRQ), "" for an intergovernmental body */
} rasd_entity;

/* Roles (roles*.tsv, titles.tsv). */
typedef enum rasd_role_kind {
    RASD_ROLE_NONE = 0, RASD_ROLE_HEAD_OF_STATE, RASD_ROLE_HEAD_OF_GOVERNMENT, RASD_ROLE_VICE_PRESIDENT,
    RASD_ROLE_CROWN_PRINCE, RASD_ROLE_FOREIGN_MINISTER, RASD_ROLE_DEFENCE_MINISTER,
    RASD_ROLE_INTERIOR_MINISTER, RASD_ROLE_NSA, RASD_ROLE_INTELLIGENCE_CHIEF, RASD_ROLE_SPOKESPERSON,
    RASD_ROLE_ENVOY, RASD_ROLE_SECRETARY_GENERAL, RASD_ROLE_PRESIDENT, RASD_ROLE_LEADER,
    RASD_ROLE_SPEAKER, RASD_ROLE_ARMY_CHIEF, RASD_ROLE_COUNT
} rasd_role_kind;

/* The role's name as written in the TSV files and in rasd's output ("head_of_state"). */
const char *rasd_role_name(rasd_role_kind r);

typedef struct rasd_role {
    uint32_t person;        /* entity index */
    uint32_t next_of_person;/* the person's next role + 1, 0 for the last (rasd_dict_first_role) */
    rasd_role_kind role;
    const char *of;         /* country or organization code */
    int32_t from, to;       /* days since 1970-01-01, inclusive; to = INT32_MAX while in office */
    const char *note;
} rasd_role;

/* What a form names. */
enum {
    RASD_FORM_FULL = 1u << 0,     /* a full name, or a country's, place's or org's name */
    RASD_FORM_SHORT = 1u << 1,    /* a person's short form (a surname the press uses alone) */
    RASD_FORM_ADJ = 1u << 2,      /* a country's or org's adjective (الروسي، أطلسي) */
    RASD_FORM_METONYM = 1u << 3,  /* a seat of power standing for a country (الكرملين) */
    RASD_FORM_TITLE = 1u << 4,    /* a title phrase (rasd_dict_title) */
    RASD_FORM_TRIGGER = 1u << 5,  /* a contact-event trigger (rasd_dict_trigger) */
    RASD_FORM_CUE = 1u << 6,      /* a status cue (rasd_dict_cue) */
    RASD_FORM_LATE = 1u << 7      /* a short form that is also a common word (لولا 'were it not
                                     for'), written ~لولا: it names the person once the article
                                     has named him otherwise (ENT-7) */
};

/* Contact-event triggers (triggers.tsv) and status cues (cues.tsv), for the event stage. */
typedef enum rasd_event_type {
    RASD_EV_NONE = 0, RASD_EV_CALL, RASD_EV_VIDEO_CALL, RASD_EV_MEETING, RASD_EV_VISIT, RASD_EV_TALKS,
    RASD_EV_MESSAGE, RASD_EV_COUNT
} rasd_event_type;
typedef enum rasd_voice {
    RASD_VOICE_SUBJ_OBJ = 1, RASD_VOICE_DUAL, RASD_VOICE_RECEIVED, RASD_VOICE_VISITOR, RASD_VOICE_SENDER,
    RASD_VOICE_NOUN
} rasd_voice;
typedef enum rasd_status_kind {
    RASD_ST_OCCURRED = 1, RASD_ST_PLANNED, RASD_ST_CANCELLED, RASD_ST_DENIED, RASD_ST_PROPOSED,
    RASD_ST_OCCURRED_OVERRIDE, RASD_ST_NOT_EVENT
} rasd_status_kind;
/* before: the first trigger after the cue; after: the nearest before it; clause: the triggers of
 * its clause; next: a trigger right after it; near: a trigger right after it, or after a light
 * verb right after it within four tokens (a negation particle negates the verb it stands before) */
typedef enum rasd_cue_scope { RASD_SCOPE_BEFORE = 1, RASD_SCOPE_AFTER, RASD_SCOPE_CLAUSE, RASD_SCOPE_NEXT, RASD_SCOPE_NEAR } rasd_cue_scope;

typedef struct rasd_trigger {
    rasd_event_type type;
    rasd_voice voice;
    bool verb;              /* pos verb: a future prefix on it makes the event planned */
    bool imperfect;         /* an imperfect verb (its note says so): an announcement, planned */
    bool perfect;           /* a verb, or a verbal phrase (قام بزيارة، أجرى اتصالا), in the perfect
                               (its note does not say imperfect): it tells of the past */
    bool modifier;          /* qualifies a nearby trigger (هاتفيا، على هامش), names none alone */
    bool weak;              /* names a contact only where no other trigger of its sentence does
                               (تحدث مع: the call itself, or words spoken at a meeting named beside it) */
    bool held;              /* a video call that is a meeting or summit held by video (اجتماع
                               افتراضي، قمة افتراضية): like a meeting, no initiator unless proposed */
    bool two;               /* a dual of count (اتصالين، برقيتي تهنئة): two contacts, each of one
                               party with one of two others (its note starts with "two") */
    bool many;              /* a plural of count (اتصالات، برقيات): on a day told, one contact of one
                               party with each of the others; else a count (its note starts with "several") */
    bool possessed;         /* a noun or masdar with a pronoun suffix (زيارته، لقائهما): a contact
                               whose party was named before, so maybe one told before */
    const char *cameo, *plover;
} rasd_trigger;

typedef struct rasd_cue {
    rasd_status_kind status;
    rasd_cue_scope scope;
    bool aggregate;         /* not_event for several contacts (عدة لقاءات): its note says "aggregate" */
    bool conditional;       /* not_event for a condition (إذا، لو): its note says "conditional"; it
                               reaches the answer clause (فـ…) after its own too */
} rasd_cue;

const char *rasd_event_type_name(rasd_event_type t);
const char *rasd_status_name(rasd_status_kind s);

typedef struct rasd_form {
    uint32_t target;        /* entity index, or title index for RASD_FORM_TITLE */
    uint16_t flags;         /* RASD_FORM_* */
    uint16_t ntok;          /* tokens of the form */
    uint32_t tok;           /* first of them in the dictionary's token table */
} rasd_form;

typedef struct rasd_dict_tok {
    const char *full;       /* the normalized token */
    uint32_t len;           /* its length in bytes */
    const char *stem;       /* after its proclitics (== full when it has none) */
    bool al;                /* the stem follows ال */
} rasd_dict_tok;

typedef struct rasd_title {
    rasd_role_kind role;
    const char *of;         /* "" or the codes it is limited to, "|"-separated */
    const char *office;     /* "" or words of the note of the roles it names, among several
                               holders of the role at once ("CIA director") */
} rasd_title;

typedef struct rasd_dict rasd_dict;

/* The built-in dictionary; ctx (may be NULL) receives the diagnostics of malformed built-in
 * lines, which rasd_dict_check_builtin asserts there are none of. Never NULL. */
rasd_dict *rasd_dict_new(rasd_ctx *ctx);
/* A dictionary without the built-in files (tests, fuzzing, a user who wants only their own). */
rasd_dict *rasd_dict_new_empty(void);
void rasd_dict_free(rasd_dict *d);

/* Adds a user's TSV file (any of the formats; its header line tells which). Malformed lines are
 * reported through ctx with the file and line number and skipped. Returns false when the file
 * cannot be read or its header is not one of the formats (also reported). */
bool rasd_dict_load_file(rasd_dict *d, rasd_ctx *ctx, const char *path);

/* Same over text in memory (name is used in diagnostics). */
bool rasd_dict_load_text(rasd_dict *d, rasd_ctx *ctx, const char *name, const char *text, size_t len);

size_t rasd_dict_nentities(const rasd_dict *d);
const rasd_entity *rasd_dict_entity(const rasd_dict *d, uint32_t i);
const rasd_title *rasd_dict_title(const rasd_dict *d, uint32_t i);
const rasd_trigger *rasd_dict_trigger(const rasd_dict *d, uint32_t i);
const rasd_cue *rasd_dict_cue(const rasd_dict *d, uint32_t i);
const rasd_dict_tok *rasd_dict_token(const rasd_dict *d, uint32_t i);
/* An entity by code (countries and orgs) or by canonical name (any kind); UINT32_MAX if none. */
uint32_t rasd_dict_find(const rasd_dict *d, const char *code_or_name);
/* The capital of a country (a place of kind capital in places*.tsv), or UINT32_MAX. */
uint32_t rasd_dict_capital(const rasd_dict *d, const char *code);
/* ENT-12: the country (a code) whose point of view an outlet's copy takes, found by one of its
 * names s[0..n) (an article's outlet field, a dateline's agency: compared word by word, as the
 * text layer normalizes them, Latin in any case) or by a web host (a host also names its
 * subdomains' outlet; "www." and a port are ignored); "" for an outlet listed with none (a
 * pan-Arab or foreign one); NULL for one not listed. */
const char *rasd_dict_outlet_country(const rasd_dict *d, const char *s, size_t n);
/* Whether a head-of-state title limited to several countries (a king's, an emir's, a sultan's)
 * lists the country: there a bare "الرئيس" is no one of its own (ENT-12). */
bool rasd_dict_crowned(const rasd_dict *d, const char *code);
/* The code is one of the "|"-separated codes of list (a title's `of`). */
bool rasd_dict_listed(const char *list, const char *code);
/* Whether the normalized word w[0..n) begins a person's full name of two words or more ("خالد"،
 * "عبدالله"): after a title, likely a name the dictionary does not know (ENT-12). */
bool rasd_dict_given_name(const rasd_dict *d, const char *w, size_t n);
const char *rasd_dict_host_country(const rasd_dict *d, const char *host, size_t n);

/* Calls fn for every form whose first token equals the normalized word w[0..n) (DIC-4), newest
 * form first. fn returns false to stop. */
typedef bool (*rasd_form_fn)(const rasd_form *f, void *user);
void rasd_dict_lookup(const rasd_dict *d, const char *w, size_t n, rasd_form_fn fn, void *user);
/* The same for the forms with one of the RASD_FORM_* flags in `flags` only (a word none of whose
 * forms has one costs a hash and one comparison). */
void rasd_dict_lookup_flags(const rasd_dict *d, const char *w, size_t n, unsigned flags, rasd_form_fn fn,
                            void *user);

/* The first-token groups (DIC-4) of count words at once (w[q][0..n[q]), one call for all the
 * spellings of a text token): group[q] its id (from 1) and flags[q] the union of the RASD_FORM_*
 * flags of its forms, or 0 and 0 when no form starts with that word. */
void rasd_dict_groups(const rasd_dict *d, size_t count, const char *const *w, const size_t *n, uint32_t *group,
                      unsigned *flags);
/* rasd_dict_groups of one word: its group, and its flags in *flags. */
uint32_t rasd_dict_group(const rasd_dict *d, const char *w, size_t n, unsigned *flags);
/* rasd_dict_lookup_flags over a group rasd_dict_groups gave (0 calls nothing), without the
 * forms that cannot match where the token after the first is next[0..nn) (nn 0: there is
 * none, or it is in another sentence): the one-token forms and those whose second token is
 * next, in the same order. Costs a hash of next, not a call per form. */
void rasd_dict_group_forms_next(const rasd_dict *d, uint32_t group, unsigned flags, const char *next, size_t nn,
                                rasd_form_fn fn, void *user);
/* The start of every rasd_dict, visible so that rasd_dict_nforms is inline (rasd_form_at asks
 * it at every word the event stage looks at). */
typedef struct rasd_dict_head { size_t nforms; } rasd_dict_head;
/* How many forms d has: forms are only ever added, so (d, count) names what d matches. */
static inline size_t rasd_dict_nforms(const rasd_dict *d) { return ((const rasd_dict_head *)(const void *)d)->nforms; }

/* The roles of `role` (RASD_ROLE_NONE: any) of the country or org `of` (NULL: any) whose term
 * includes `day` (days since 1970-01-01), in file order; at most max into out. Returns how many
 * there are. */
/* The persons whose full name (two words or more) ends in the normalized word w[0..n), a hash
 * collision aside (the caller compares what it needs); at most max into out. Returns how many
 * there are. */
size_t rasd_dict_surnamed(const rasd_dict *d, const char *w, size_t n, uint32_t *out, size_t max);

size_t rasd_dict_holders(const rasd_dict *d, rasd_role_kind role, const char *of, int32_t day,
                         const rasd_role **out, size_t max);

/* Every role, in file order; *n gets the count. */
const rasd_role *rasd_dict_roles(const rasd_dict *d, size_t *n);
/* The first role of person p (then follow next_of_person), NULL if none. */
const rasd_role *rasd_dict_first_role(const rasd_dict *d, uint32_t p);

/* The predecessor in `role` of `of` before day: the holder whose term ended last before it and
 * who is not `except` (entity index, UINT32_MAX for none), of the office whose note contains
 * `office` when that is not NULL ("Government of National Accord"); NULL if none. */
const rasd_role *rasd_dict_predecessor(const rasd_dict *d, rasd_role_kind role, const char *of, int32_t day,
                                       uint32_t except, const char *office);

/* True when every built-in line parses and every role names a known person (the tests). */
bool rasd_dict_check_builtin(void);

#endif
