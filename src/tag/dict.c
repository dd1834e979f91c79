/* dict.c — the actor and place dictionary: TSV parsing (DIC-1, DIC-2), forms normalized through
 * the text layer (DIC-3), the first-token index (DIC-4) and roles by date (DIC-5, DIC-6).
 * Interface and rules: dict.h, docs/dictionary.md.
 *
 * Speed/Cost: building parses and normalizes every form once (the built-in files: about 22 M
 * instructions, a quarter of it the text layer, which gets one rasd_text per row, not per form —
 * one per file measured no cheaper, and whose tokens are read in place; a token's stem is a
 * pointer into its copy; dates are read without sscanf; a row is copied once, into the arena,
 * and its cells kept in place; the built-in lines' UTF-8 is checked by the tests only). A lookup is
 * one pass over the word's bytes (pre_hash), its slot's first group from its top bits, a test
 * of that group's 32-bit check (the one branch that tells most words apart) and an inline
 * comparison: about 50 instructions a spelling of 2 to 8 letters through rasd_dict_group(s),
 * which then call nothing (a table of 2^15 heads and chains instead of a filter before a hash
 * map: 13.3 → 8.5 M instructions and 250 → 120 k mispredicts on 3 MB of news); the forms of
 * a group are one chain, and also two chains split by the second token (one-token forms; a
 * hash map from group and second token, probed only when the group has longer forms of the
 * kinds asked for and its 64-bit filter of second tokens lets the next token through), so a
 * caller that knows the next token visits only forms that can match. The holders of a role
 * are found on a chain of that role of that country or organization, not of all its roles.
 */
#include "tag/dict.h"

#include "text/text.h"
#include "util/ctx.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The built-in files, as text: {file name, contents}. */
static const struct { const char *name, *text; } builtin[] = {
#include "gen/dict_data.inc"
};

static const char *const role_names[RASD_ROLE_COUNT] = {
    "", "head_of_state", "head_of_government", "vice_president", "crown_prince", "foreign_minister",
    "defence_minister", "interior_minister", "national_security_adviser", "intelligence_chief",
    "spokesperson", "envoy", "secretary_general", "president", "leader", "speaker", "army_chief"
};

const char *rasd_role_name(rasd_role_kind r) { return r > 0 && r < RASD_ROLE_COUNT ? role_names[r] : ""; }

static rasd_role_kind role_of(const char *s)
{
    for (int r = 1; r < RASD_ROLE_COUNT; r++)
        if (strcmp(s, role_names[r]) == 0) return (rasd_role_kind)r;
    return RASD_ROLE_NONE;
}

/* ---- a map from 64-bit hashes to 32-bit values (open addressing, linear probing) ------------- */

typedef struct hmap { uint64_t *keys; uint32_t *vals; size_t nslots, used; } hmap;

static void hmap_grow(hmap *m)
{
    size_t n = m->nslots ? m->nslots * 2 : 1024;
    uint64_t *k = rasd_xalloc(n * sizeof *k);
    uint32_t *v = rasd_xalloc(n * sizeof *v);
    for (size_t i = 0; i < m->nslots; i++) {
        if (!m->keys[i]) continue;
        size_t j = m->keys[i] & (n - 1);
        while (k[j]) j = (j + 1) & (n - 1);
        k[j] = m->keys[i];
        v[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = k; m->vals = v; m->nslots = n;
}

/* The value slot of key h (nonzero), created (0) when absent. */
static uint32_t *hmap_slot(hmap *m, uint64_t h)
{
    if ((m->used + 1) * 2 > m->nslots) hmap_grow(m);
    size_t j = h & (m->nslots - 1);
    while (m->keys[j] && m->keys[j] != h) j = (j + 1) & (m->nslots - 1);
    if (!m->keys[j]) { m->keys[j] = h; m->used++; }
    return &m->vals[j];
}

/* The value of key h, or NULL. */
static const uint32_t *hmap_get(const hmap *m, uint64_t h)
{
    if (!m->nslots) return NULL;
    for (size_t j = h & (m->nslots - 1); m->keys[j]; j = (j + 1) & (m->nslots - 1))
        if (m->keys[j] == h) return &m->vals[j];
    return NULL;
}

static void hmap_free(hmap *m)
{
    free(m->keys);
    free(m->vals);
}

/* ---- the dictionary ---------------------------------------------------------------------------- */

/* The first-token index is a table of SLOTS heads, a word's slot taken from the top of its
 * pre_hash (below): a word whose slot is empty, or holds groups of other words, starts no form. */
enum { SLOTS = 1 << 15 };

struct rasd_dict {
    rasd_dict_head head;    /* first (dict.h reads it): the length of `forms` */
    rasd_arena *arena;
    rasd_buf ents;      /* rasd_entity */
    rasd_buf roles;     /* rasd_role */
    rasd_buf titles;    /* rasd_title */
    rasd_buf triggers;  /* rasd_trigger */
    rasd_buf cues;      /* rasd_cue */
    rasd_buf forms;     /* rasd_form */
    rasd_buf toks;      /* rasd_dict_tok */
    /* first-token index (DIC-4): slot → its first word group (0: none); a group is one first
     * token (the groups of a slot chain through `same_slot`), its forms a chain through `next` */
    uint32_t slot[SLOTS];
    rasd_buf groups;    /* word_group; the one at 0 stands for none and matches no word */
    rasd_buf next;      /* uint32_t per (form, key) entry: next entry of its group + 1 */
    rasd_buf entry_form;/* uint32_t per entry: its form */
    /* The same entries split by what follows the first token (rasd_dict_group_forms_next): a
     * group's one-token forms chain through `next_one` from its one_head; its longer forms chain
     * through `next_two` from the head `pairs` keeps under pair_key(group, second token). */
    rasd_buf next_one;  /* uint32_t per entry */
    rasd_buf next_two;  /* uint32_t per entry */
    rasd_buf entry_group; /* uint32_t per entry: its group + 1 (a pair_key collision is skipped) */
    hmap pairs;
    hmap names;         /* names and codes → entity */
    hmap by_of;         /* hash of a role's `of` → its last role + 1; chains through of_prev */
    rasd_buf of_prev;   /* uint32_t per role: the previous role with the same `of` + 1 */
    hmap by_of_role;    /* of_role_key of a role's `of` and kind → its last role + 1 */
    rasd_buf of_role_prev; /* uint32_t per role: the previous role with the same both + 1 */
    rasd_buf role_head; /* uint32_t per entity: its first role + 1 */
    rasd_buf role_tail; /* uint32_t per entity: its last role + 1 */
    hmap by_surname;    /* name_hash of the last word of a person's full name → its last entry + 1 */
    hmap capitals;      /* name_hash of a country's code → its capital (places kind capital) + 1 */
    rasd_buf surnames;  /* surname_entry, chained per word */
    /* outlets (ENT-12): name_hash of an outlet_key, or of a web host, → its outlet + 1 */
    rasd_buf outlets;   /* outlet */
    hmap outlet_names;
    hmap outlet_hosts;
    hmap given;         /* name_hash of the first word of a person's full name → 1 (ENT-12) */
};

/* An outlet and the country it writes for ("" for none). */
typedef struct outlet { const char *name, *country; } outlet;

/* A person whose full name ends in a word (rasd_dict_surnamed), and the previous entry of that
 * word + 1. */
typedef struct surname_entry { uint32_t person, prev; } surname_entry;

#define ENT(d, i) (&RASD_VEC_AT(&(d)->ents, rasd_entity, (i)))

static inline uint64_t load64(const char *s) { uint64_t w; memcpy(&w, s, 8); return w; }
static inline uint32_t load32(const char *s) { uint32_t w; memcpy(&w, s, 4); return w; }

/* A 64-bit hash in two steps (every lookup of a text token computes the first): pre_hash mixes
 * the bytes once, its top bits are the word's slot in the index (slot_of) and its low 32 a check
 * of its groups; name_hash folds it for the maps, never 0 (the hash maps keep 0 for an empty
 * slot). Keys are always confirmed by comparison. A word of 4 to 16 bytes (most Arabic words:
 * two to eight letters) is two overlapping loads (pre_hash_short); longer ones take eight bytes a
 * step, then the last sixteen. */
static inline uint64_t pre_mix(uint64_t h, uint64_t a, uint64_t b)
{
    h = (h ^ a) * 0xC4CEB9FE1A85EC53ull;
    return (h ^ (h >> 31) ^ b) * 0xD6E8FEB86659FD93ull;
}

static inline uint64_t pre_hash_short(const char *s, size_t n)
{
    const uint64_t h = (uint64_t)n * 0x9E3779B97F4A7C15ull;
    return n >= 8 ? pre_mix(h, load64(s), load64(s + n - 8)) : pre_mix(h, load32(s), load32(s + n - 4));
}

static inline uint64_t pre_hash(const char *s, size_t n)
{
    if (n >= 4 && n <= 16) return pre_hash_short(s, n);
    uint64_t a, b, h = (uint64_t)n * 0x9E3779B97F4A7C15ull;
    if (n > 16) {
        size_t i = 0;
        for (; i + 8 < n - 8; i += 8) {
            h = (h ^ load64(s + i)) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
        }
        a = load64(s + i);
        b = load64(s + n - 8);
    } else {
        a = n ? (uint64_t)(unsigned char)s[0] << 16 | (uint64_t)(unsigned char)s[n / 2] << 8 |
                (unsigned char)s[n - 1] : 0;
        b = 0;
    }
    return pre_mix(h, a, b);
}

/* The top bits of a product are its best mixed: folded down for the maps' low-bit slots. */
static inline uint64_t hash_finish(uint64_t x) { return (x ^ x >> 32) | 1; }

static inline uint64_t name_hash(const char *s, size_t n) { return hash_finish(pre_hash(s, n)); }

static inline size_t slot_of(uint64_t pre) { return (size_t)(pre >> 49) & (SLOTS - 1); }

/* s[0..n) == t[0..n), inline for the short words of the index (no call to memcmp). */
static inline bool same_bytes(const char *s, const char *t, size_t n)
{
    if (n >= 8 && n <= 16) return load64(s) == load64(t) && load64(s + n - 8) == load64(t + n - 8);
    if (n >= 4 && n < 8) return load32(s) == load32(t) && load32(s + n - 4) == load32(t + n - 4);
    return memcmp(s, t, n) == 0;
}

/* The key of a role's kind r and the name_hash of its `of` in by_of_role (nonzero). */
static uint64_t of_role_key(uint64_t of_hash, rasd_role_kind r)
{
    return (of_hash ^ (uint64_t)r * 0x9E3779B97F4A7C15ull) | 1;
}

/* ---- name → entity map (codes and canonical names) ------------------------------------------- */

/* Maps s to entity e + 1 unless s is taken (the first entry keeps a name or code). Hashes are
 * 64-bit: rasd_dict_find confirms the name. */
static void names_put(rasd_dict *d, const char *s, uint32_t e)
{
    if (!s[0]) return;
    uint32_t *v = hmap_slot(&d->names, name_hash(s, strlen(s)));
    if (!*v) *v = e + 1;
}

uint32_t rasd_dict_capital(const rasd_dict *d, const char *code)
{
    const uint32_t *v = code && code[0] ? hmap_get(&d->capitals, name_hash(code, strlen(code))) : NULL;
    return v ? *v - 1 : UINT32_MAX;
}

uint32_t rasd_dict_find(const rasd_dict *d, const char *s)
{
    if (!s || !s[0]) return UINT32_MAX;
    const uint32_t *v = hmap_get(&d->names, name_hash(s, strlen(s)));
    if (!v) return UINT32_MAX;
    const rasd_entity *e = ENT(d, *v - 1);
    return strcmp(e->name, s) == 0 || strcmp(e->code, s) == 0 ? *v - 1 : UINT32_MAX;
}

/* ---- forms and their index (DIC-3, DIC-4) ------------------------------------------------------ */

/* One first token of the index: its forms, newest first, and the union of their flags. */
typedef struct word_group {
    const char *word;       /* the normalized token (the dictionary's copy) */
    uint32_t len;
    uint32_t check;         /* the low 32 bits of its pre_hash */
    uint32_t head;          /* first entry + 1 */
    uint32_t same_slot;     /* the next group of its slot, 0 for none */
    uint16_t flags;         /* RASD_FORM_* of any of its forms */
    uint16_t one_flags;     /* … of its one-token forms */
    uint16_t two_flags;     /* … of its longer forms (0: none, `pairs` has no entry of it) */
    uint32_t one_head;      /* its first one-token entry + 1 */
    uint64_t seconds;       /* second_bit of the second token of each longer form */
} word_group;

/* A second token's bit in its group's `seconds`, from its length and two of its bytes: a
 * filter that spares most lookups the hash of the next token and the probe of `pairs`. */
static inline unsigned second_bit(const char *w, size_t n)
{
    uint32_t x = (uint32_t)n << 16 | (uint32_t)(unsigned char)w[n - 1] << 8 | (unsigned char)w[(n - 1) / 2];
    return (x * 0x9E3779B1u) >> 26;
}

/* The key of group g (from 1) and a second token w[0..n) in d->pairs (nonzero). */
static uint64_t pair_key(uint32_t g, const char *w, size_t n)
{
    return (name_hash(w, n) ^ ((uint64_t)g * 0xD6E8FEB86659FD93ull)) | 1;
}

#define GROUP(d, g) (&RASD_VEC_AT(&(d)->groups, word_group, (g)))

/* The group of word w[0..n) whose pre_hash is pre, or NULL. The head of an empty slot is the
 * group at 0, which matches no word: one test of the check decides a word's first group. */
static inline word_group *group_of(const rasd_dict *d, uint64_t pre, const char *w, size_t n)
{
    word_group *gs = GROUP(d, 0);
    for (word_group *x = &gs[d->slot[slot_of(pre)]];; x = &gs[x->same_slot]) {
        if (x->check == (uint32_t)pre && x->len == n && same_bytes(x->word, w, n)) return x;
        if (!x->same_slot) return NULL;
    }
}

/* w is the form's first token, owned by the dictionary (it outlives the index). */
static void index_add(rasd_dict *d, const char *w, uint32_t form, uint16_t flags)
{
    size_t n = strlen(w);
    const uint64_t pre = pre_hash(w, n);
    word_group *g = group_of(d, pre, w, n);
    if (!g) {
        uint32_t *first = &d->slot[slot_of(pre)];
        word_group ng = {w, (uint32_t)n, (uint32_t)pre, 0, *first, 0, 0, 0, 0, 0};
        *first = (uint32_t)RASD_VEC_LEN(&d->groups, word_group);
        RASD_VEC_PUSH(&d->groups, word_group, ng);
        g = GROUP(d, *first);
    }
    uint32_t gid = (uint32_t)(g - GROUP(d, 0));
    RASD_VEC_PUSH(&d->entry_form, uint32_t, form);
    RASD_VEC_PUSH(&d->next, uint32_t, g->head);
    RASD_VEC_PUSH(&d->entry_group, uint32_t, gid);
    uint32_t entry = (uint32_t)RASD_VEC_LEN(&d->entry_form, uint32_t);
    g->head = entry;
    g->flags |= flags;
    const rasd_form *f = &RASD_VEC_AT(&d->forms, rasd_form, form);
    if (f->ntok == 1) {
        RASD_VEC_PUSH(&d->next_one, uint32_t, g->one_head);
        RASD_VEC_PUSH(&d->next_two, uint32_t, 0);
        g->one_head = entry;
        g->one_flags |= flags;
    } else {
        const rasd_dict_tok *t2 = rasd_dict_token(d, f->tok + 1);
        uint32_t *head = hmap_slot(&d->pairs, pair_key(gid, t2->full, t2->len));
        RASD_VEC_PUSH(&d->next_one, uint32_t, 0);
        RASD_VEC_PUSH(&d->next_two, uint32_t, *head);
        *head = entry;
        g->two_flags |= flags;
        g->seconds |= 1ull << second_bit(t2->full, t2->len);
    }
}

/* group_find of a word of fewer than 4 or more than 16 bytes, out of line: the lookups of the
 * others then call nothing and save few registers. */
static __attribute__((noinline)) const word_group *group_find_other(const rasd_dict *d, const char *w, size_t n)
{
    return n ? group_of(d, pre_hash(w, n), w, n) : NULL;
}

/* The group of w[0..n) if a form starts with it, else NULL: one hash, a load of its slot and
 * a comparison. */
static inline const word_group *group_find(const rasd_dict *d, const char *w, size_t n)
{
    if (n < 4 || n > 16) return group_find_other(d, w, n);
    return group_of(d, pre_hash_short(w, n), w, n);
}

void rasd_dict_lookup_flags(const rasd_dict *d, const char *w, size_t n, unsigned flags, rasd_form_fn fn,
                            void *user)
{
    if (!n) return;
    const word_group *g = group_find(d, w, n);
    if (!g || !(g->flags & flags)) return;
    const uint32_t *next = &RASD_VEC_AT(&d->next, uint32_t, 0), *ef = &RASD_VEC_AT(&d->entry_form, uint32_t, 0);
    const rasd_form *forms = &RASD_VEC_AT(&d->forms, rasd_form, 0);
    for (uint32_t e = g->head; e; e = next[e - 1]) {
        const rasd_form *f = &forms[ef[e - 1]];
        if ((f->flags & flags) && !fn(f, user)) return;
    }
}

uint32_t rasd_dict_group(const rasd_dict *d, const char *w, size_t n, unsigned *flags)
{
    const word_group *g = group_find(d, w, n);
    *flags = g ? g->flags : 0;
    return g ? (uint32_t)(g - GROUP(d, 0)) : 0;
}

void rasd_dict_groups(const rasd_dict *d, size_t count, const char *const *w, const size_t *n, uint32_t *group,
                      unsigned *flags)
{
    for (size_t q = 0; q < count; q++) {
        const word_group *g = group_find(d, w[q], n[q]);
        flags[q] = g ? g->flags : 0;
        group[q] = g ? (uint32_t)(g - GROUP(d, 0)) : 0;
    }
}

void rasd_dict_group_forms_next(const rasd_dict *d, uint32_t group, unsigned flags, const char *next, size_t nn,
                                rasd_form_fn fn, void *user)
{
    if (!group || group >= RASD_VEC_LEN(&d->groups, word_group)) return;
    const word_group *g = GROUP(d, group);
    if (!(g->flags & flags)) return;
    const uint32_t *one = &RASD_VEC_AT(&d->next_one, uint32_t, 0), *two = &RASD_VEC_AT(&d->next_two, uint32_t, 0);
    const uint32_t *ef = &RASD_VEC_AT(&d->entry_form, uint32_t, 0), *eg = &RASD_VEC_AT(&d->entry_group, uint32_t, 0);
    const rasd_form *forms = &RASD_VEC_AT(&d->forms, rasd_form, 0);
    uint32_t a = (g->one_flags & flags) ? g->one_head : 0, b = 0;
    if (nn && (g->two_flags & flags) && (g->seconds >> second_bit(next, nn) & 1)) {
        const uint32_t *h = hmap_get(&d->pairs, pair_key(group, next, nn));
        b = h ? *h : 0;
    }
    /* both chains run newest first: merge them by entry number, which keeps the order of
     * rasd_dict_lookup_flags */
    while (a || b) {
        uint32_t e;
        if (a > b) { e = a; a = one[a - 1]; }
        else { e = b; b = two[b - 1]; if (eg[e - 1] != group) continue; }
        const rasd_form *f = &forms[ef[e - 1]];
        if ((f->flags & flags) && !fn(f, user)) return;
    }
}

void rasd_dict_lookup(const rasd_dict *d, const char *w, size_t n, rasd_form_fn fn, void *user)
{
    rasd_dict_lookup_flags(d, w, n, ~0u, fn, user);
}

/* DIC-3: a form is normalized and tokenized by the text layer, exactly as text is. The Arabic
 * cells of a row are one text: they lie one after another in the row buffer (load_text), a NUL
 * after each, which reads as a space, and '|' between forms is a token of its own. No token
 * reaches across a space or a '|', so each form gets the tokens it would get alone, and a row
 * costs one text instead of one per form. A form's tokens are those whose source bytes lie in
 * the form's: `next` walks them in order, as the forms are added. */
typedef struct row_forms { rasd_text *t; const char *base; size_t next, ntok; } row_forms;

/* The text of the cells first … last of a row (analyzed: its tokens are read in place). */
static row_forms row_forms_open(const char *first, const char *last)
{
    row_forms r = {rasd_text_new(first, (size_t)(last + strlen(last) - first), RASD_NORM_TAMARBUTA), first, 0, 0};
    r.ntok = rasd_text_ntokens(r.t);
    return r;
}

/* The next token of r whose source byte is at or past `at` (relative to r's first cell). */
static size_t row_forms_skip(row_forms *r, size_t at)
{
    while (r->next < r->ntok && rasd_text_source_inline(r->t, r->t->tok[r->next].start) < at) r->next++;
    return r->next;
}

/* Dictionary token t is the normalized word w. */
static bool str_is(const rasd_dict_tok *t, const char *w) { return t->len == strlen(w) && memcmp(t->full, w, t->len) == 0; }

/* The form s[0..n) of r (spaces around it are no tokens); its first token is indexed under its
 * whole normalized form. */
static void add_form(rasd_dict *d, row_forms *r, const char *s, size_t n, uint32_t target, uint16_t flags)
{
    const size_t at = (size_t)(s - r->base), first = row_forms_skip(r, at), nt = row_forms_skip(r, at + n) - first;
    if (nt == 0 || nt > 12) return;
    const char *p = r->t->norm;
    rasd_form f = {target, flags, (uint16_t)nt, (uint32_t)RASD_VEC_LEN(&d->toks, rasd_dict_tok)};
    for (size_t i = first; i < first + nt; i++) {
        const rasd_token *k = &r->t->tok[i];
        rasd_dict_tok dt;
        dt.full = rasd_arena_strndup(d->arena, p + k->start, k->end - k->start);
        dt.len = (uint32_t)(k->end - k->start);
        dt.stem = dt.full + (k->stem - k->start);   /* a stem is the token's end */
        dt.al = (k->clitics & RASD_CL_AL) != 0;
        RASD_VEC_PUSH(&d->toks, rasd_dict_tok, dt);
    }
    /* its surname: the last word of a person's full name — not a father's name or a house's
     * after بن/ابن/بنت/آل ("قابوس بن سعيد"، "هيثم بن طارق آل سعيد") */
    const rasd_dict_tok *before = nt >= 2 ? &RASD_VEC_AT(&d->toks, rasd_dict_tok, f.tok + nt - 2) : NULL;
    bool kin = before && (str_is(before, "\xD8\xA8\xD9\x86") || str_is(before, "\xD8\xA7\xD8\xA8\xD9\x86") ||
                          str_is(before, "\xD8\xA8\xD9\x86\xD8\xAA") || str_is(before, "\xD8\xA7\xD9\x84"));
    if ((flags & RASD_FORM_FULL) && nt >= 2 && !kin && ENT(d, target)->kind == RASD_ENT_PERSON) {
        const rasd_dict_tok *last = &RASD_VEC_AT(&d->toks, rasd_dict_tok, f.tok + nt - 1);
        uint32_t *head = hmap_slot(&d->by_surname, name_hash(last->full, last->len));
        surname_entry se = {target, *head};
        RASD_VEC_PUSH(&d->surnames, surname_entry, se);
        *head = (uint32_t)RASD_VEC_LEN(&d->surnames, surname_entry);
    }
    if ((flags & RASD_FORM_FULL) && nt >= 2 && ENT(d, target)->kind == RASD_ENT_PERSON) {
        const rasd_dict_tok *first_tok = rasd_dict_token(d, f.tok);
        *hmap_slot(&d->given, name_hash(first_tok->full, first_tok->len)) = 1;
    }
    uint32_t fi = (uint32_t)RASD_VEC_LEN(&d->forms, rasd_form);
    RASD_VEC_PUSH(&d->forms, rasd_form, f);
    d->head.nforms = fi + 1;
    index_add(d, rasd_dict_token(d, f.tok)->full, fi, flags);
}

/* The '|'-separated forms of list, a cell of r. */
static void add_forms(rasd_dict *d, row_forms *r, const char *list, uint32_t target, uint16_t flags)
{
    const char *p = list;
    while (*p) {
        const char *e = strchr(p, '|');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n > 1 && *p == '~' && (flags & RASD_FORM_SHORT)) add_form(d, r, p + 1, n - 1, target, flags | RASD_FORM_LATE);
        else add_form(d, r, p, n, target, flags);
        p += n + (e != NULL);
    }
}

/* The forms of a row's only Arabic cell. */
static void add_cell(rasd_dict *d, const char *list, uint32_t target, uint16_t flags)
{
    row_forms r = row_forms_open(list, list);
    add_forms(d, &r, list, target, flags);
    rasd_text_free(r.t);
}

/* ---- dates (DIC-5) ------------------------------------------------------------------------------ */

/* s[0..n) as a decimal number of digits only. */
static bool digits(const char *s, size_t n, int *out)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" → the first (end == false) or last day, in days since
 * 1970-01-01. False when malformed. Plain digits are read by hand (every built-in date: sscanf
 * cost 2,000 instructions a date); anything else goes through sscanf as before, which also takes
 * what %d does (a sign, a blank before the month). */
static bool parse_day(const char *s, bool end, int32_t *out)
{
    int y = 0, m = 0, dd = 0, n = 0, shape = 0;
    size_t len = strlen(s);
    if (len == 4 && digits(s, 4, &y)) shape = 4;
    else if (len == 7 && digits(s, 4, &y) && s[4] == '-' && digits(s + 5, 2, &m)) shape = 7;
    else if (len == 10 && digits(s, 4, &y) && s[4] == '-' && digits(s + 5, 2, &m) && s[7] == '-' &&
             digits(s + 8, 2, &dd)) shape = 10;
    else if (len == 4 && sscanf(s, "%4d%n", &y, &n) == 1 && n == 4) shape = 4;
    else if (len == 7 && sscanf(s, "%4d-%2d%n", &y, &m, &n) == 2 && n == 7) shape = 7;
    else if (len == 10 && sscanf(s, "%4d-%2d-%2d%n", &y, &m, &dd, &n) == 3 && n == 10) shape = 10;
    if (shape == 4) {
        m = end ? 12 : 1; dd = end ? 31 : 1;
    } else if (shape == 7) {
        if (m < 1 || m > 12) return false;
        dd = end ? rasd_days_in_month(y, m) : 1;
    } else if (shape == 10) {
        if (m < 1 || m > 12 || dd < 1 || dd > rasd_days_in_month(y, m)) return false;
    } else {
        return false;
    }
    if (y < 1800 || y > 2200) return false;
    *out = (int32_t)rasd_days_from_civil(y, m, dd);
    return true;
}

/* ---- outlets (ENT-12) ----------------------------------------------------------------------------- */

enum { OUTLET_KEY_MAX = 128 };

/* The key an outlet's name s[0..n) is known by: its words as the text layer normalizes them,
 * Latin letters in lower case, one space between (so "أ.ش.أ" is "أ ش أ", "SPA" is "spa");
 * its length, 0 when it has no word or is longer than OUTLET_KEY_MAX - 1. */
static size_t outlet_key(const char *s, size_t n, char out[OUTLET_KEY_MAX])
{
    if (n == 0 || n > 4 * OUTLET_KEY_MAX) return 0;
    rasd_text *t = rasd_text_new(s, n, RASD_NORM_TAMARBUTA);
    size_t nt = rasd_text_ntokens(t), len = 0;
    bool ok = true;
    for (size_t i = 0; i < nt && ok; i++) {
        const rasd_token *k = &t->tok[i];
        if (k->kind == RASD_TOK_PUNCT || k->kind == RASD_TOK_OTHER) continue;
        size_t w = k->end - k->start;
        if (len + (len > 0) + w >= OUTLET_KEY_MAX) { ok = false; break; }
        if (len) out[len++] = ' ';
        for (size_t q = 0; q < w; q++) {
            char ch = t->norm[k->start + q];
            out[len++] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
        }
    }
    rasd_text_free(t);
    return ok ? len : 0;
}

/* A web host s[0..n) in lower case, without "www." and a port; 0 when it is no host name. */
static size_t host_key(const char *s, size_t n, char out[OUTLET_KEY_MAX])
{
    const char *colon = memchr(s, ':', n);
    if (colon) n = (size_t)(colon - s);
    if (n == 0 || n >= OUTLET_KEY_MAX) return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '-')) return 0;
        out[i] = ch;
    }
    if (n > 4 && memcmp(out, "www.", 4) == 0) {
        memmove(out, out + 4, n - 4);
        n -= 4;
    }
    return n;
}

static const char *outlet_country(const rasd_dict *d, const uint32_t *v)
{
    return v ? RASD_VEC_AT(&d->outlets, outlet, *v - 1).country : NULL;
}

bool rasd_dict_given_name(const rasd_dict *d, const char *w, size_t n)
{
    return hmap_get(&d->given, name_hash(w, n)) != NULL;
}

bool rasd_dict_listed(const char *list, const char *code)
{
    size_t n = strlen(code);
    for (const char *p = list; *p;) {
        const char *e = strchr(p, '|');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l == n && memcmp(p, code, n) == 0) return true;
        p += l + (e != NULL);
    }
    return false;
}

bool rasd_dict_crowned(const rasd_dict *d, const char *code)
{
    for (size_t i = 0; i < RASD_VEC_LEN(&d->titles, rasd_title); i++) {
        const rasd_title *t = &RASD_VEC_AT(&d->titles, rasd_title, i);
        if (t->role == RASD_ROLE_HEAD_OF_STATE && strchr(t->of, '|') && rasd_dict_listed(t->of, code)) return true;
    }
    return false;
}

const char *rasd_dict_outlet_country(const rasd_dict *d, const char *s, size_t n)
{
    char key[OUTLET_KEY_MAX];
    size_t kn = s ? outlet_key(s, n, key) : 0;
    return kn ? outlet_country(d, hmap_get(&d->outlet_names, name_hash(key, kn))) : NULL;
}

const char *rasd_dict_host_country(const rasd_dict *d, const char *host, size_t n)
{
    char key[OUTLET_KEY_MAX];
    size_t kn = host ? host_key(host, n, key) : 0;
    /* the host, then each domain it is under (arabic.cnn.com, cnn.com), down to two labels */
    for (size_t at = 0; kn && at < kn;) {
        const char *dot = memchr(key + at, '.', kn - at);
        if (!dot) break;
        const uint32_t *v = hmap_get(&d->outlet_hosts, name_hash(key + at, kn - at));
        if (v) return outlet_country(d, v);
        at = (size_t)(dot - key) + 1;
    }
    return NULL;
}

/* ---- TSV files (DIC-1, DIC-2) ------------------------------------------------------------------ */

typedef enum { F_NONE, F_PERSONS, F_ROLES, F_COUNTRIES, F_PLACES, F_ORGS, F_TITLES, F_TRIGGERS, F_CUES, F_OUTLETS } file_kind;

static const struct { file_kind k; const char *header; int ncol, maxcol; } formats[] = {
    {F_PERSONS, "name\twikidata\tcountry\tarabic\tshort", 5, 5},
    {F_ROLES, "name\trole\tof\tstart\tend", 5, 6},
    {F_COUNTRIES, "code\tname\twikidata\tarabic\tadjectives\tmetonyms", 6, 6},
    {F_PLACES, "name\twikidata\tcountry\tkind\tarabic", 5, 6},
    {F_ORGS, "code\tname\twikidata\tarabic\tadjectives", 5, 6},
    {F_TITLES, "arabic\trole\tof", 3, 4},
    {F_TRIGGERS, "arabic\ttype\tpos\tvoice\tcameo\tplover\tnote", 7, 7},
    {F_CUES, "arabic\tstatus\tscope\tnote", 4, 4},
    {F_OUTLETS, "name\tcountry\tnames\thosts", 4, 4},
};

static const char *const ev_names[RASD_EV_COUNT] = {"", "call", "video_call", "meeting", "visit", "talks", "message"};
static const char *const st_names[] = {"", "occurred", "planned", "cancelled", "denied", "proposed", "occurred_override",
                                       "not_event"};

const char *rasd_event_type_name(rasd_event_type t) { return t > 0 && t < RASD_EV_COUNT ? ev_names[t] : ""; }
const char *rasd_status_name(rasd_status_kind s) { return s > 0 && s <= RASD_ST_NOT_EVENT ? st_names[s] : ""; }

/* One word (no space) ending in a pronoun suffix as written: ه، ها، هما، هم — not ة, which
 * normalization would spell ه (زيارته, not زيارة). */
static bool possessive_suffix(const char *w)
{
    static const char *const suf[] = {"\xD9\x87", "\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85\xD8\xA7", "\xD9\x87\xD9\x85"};
    if (strchr(w, ' ')) return false;
    size_t n = strlen(w);
    for (size_t k = 0; k < sizeof suf / sizeof *suf; k++) {
        size_t m = strlen(suf[k]);
        if (n > m + 4 && memcmp(w + n - m, suf[k], m) == 0) return true;
    }
    return false;
}

/* The index of s in names[0..n) (from 1), 0 if none. */
static int name_index(const char *const *names, int n, const char *s)
{
    for (int k = 1; k < n; k++)
        if (strcmp(names[k], s) == 0) return k;
    return 0;
}

static file_kind header_kind(const char *line, size_t n, int *ncol, int *maxcol)
{
    while (n && (line[0] == '#' || line[0] == ' ')) { line++; n--; }
    while (n && (line[n - 1] == '\r' || line[n - 1] == ' ')) n--;
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
        size_t hl = strlen(formats[i].header);
        /* the roles header may go on with "\tnote", the titles header with "\toffice" */
        if (n >= hl && memcmp(line, formats[i].header, hl) == 0 && (n == hl || line[hl] == '\t')) {
            *ncol = formats[i].ncol; *maxcol = formats[i].maxcol;
            return formats[i].k;
        }
    }
    return F_NONE;
}

typedef struct loader {
    rasd_dict *d;
    rasd_ctx *ctx;
    const char *file;
    int64_t line;
    int errors;
} loader;

/* Reports "what" (and arg, when not empty) for the current line, which is skipped. */
static void bad(loader *L, const char *what, const char *arg)
{
    L->errors++;
    if (!L->ctx) return;
    rasd_diagf(L->ctx, RASD_WARN, L->file, L->line, 0, "dictionary line skipped: %s%s%s", what,
                arg[0] ? ": " : "", arg);
}

/* The strings a row keeps are its cells (load_text copies each row into the arena) or literals. */
static uint32_t add_entity(loader *L, rasd_ent_kind k, const char *name, const char *code, const char *qid,
                           const char *sub)
{
    rasd_entity e = {k, name, code, qid, sub, ""};
    uint32_t i = (uint32_t)RASD_VEC_LEN(&L->d->ents, rasd_entity);
    RASD_VEC_PUSH(&L->d->ents, rasd_entity, e);
    return i;
}

static void load_row(loader *L, file_kind k, char **c, int nc)
{
    rasd_dict *d = L->d;
    switch (k) {
    case F_PERSONS: {
        if (!c[0][0] || !c[3][0]) { bad(L, "a person needs a name and an Arabic form", ""); return; }
        if (rasd_dict_find(d, c[0]) != UINT32_MAX) { bad(L, "name already defined", c[0]); return; }
        uint32_t e = add_entity(L, RASD_ENT_PERSON, c[0], c[2], c[1], "");
        names_put(d, ENT(d, e)->name, e);
        row_forms r = row_forms_open(c[3], c[4]);
        add_forms(d, &r, c[3], e, RASD_FORM_FULL);
        add_forms(d, &r, c[4], e, RASD_FORM_SHORT);
        rasd_text_free(r.t);
        return;
    }
    case F_ROLES: {
        uint32_t p = rasd_dict_find(d, c[0]);
        if (p == UINT32_MAX || ENT(d, p)->kind != RASD_ENT_PERSON) { bad(L, "no such person", c[0]); return; }
        rasd_role_kind r = role_of(c[1]);
        if (!r) { bad(L, "unknown role", c[1]); return; }
        if (!c[2][0]) { bad(L, "a role needs the country or organization it is of", ""); return; }
        rasd_role ro = {p, 0, r, c[2], 0, INT32_MAX, nc > 5 ? c[5] : ""};
        if (!parse_day(c[3], false, &ro.from)) { bad(L, "bad start date", c[3]); return; }
        if (c[4][0] && !parse_day(c[4], true, &ro.to)) { bad(L, "bad end date", c[4]); return; }
        if (ro.to < ro.from) { bad(L, "term ends before it starts", c[4]); return; }
        uint32_t ri = (uint32_t)RASD_VEC_LEN(&d->roles, rasd_role);
        RASD_VEC_PUSH(&d->roles, rasd_role, ro);
        const uint64_t of_hash = name_hash(ro.of, strlen(ro.of));
        uint32_t *of_head = hmap_slot(&d->by_of, of_hash);
        RASD_VEC_PUSH(&d->of_prev, uint32_t, *of_head);
        *of_head = ri + 1;
        of_head = hmap_slot(&d->by_of_role, of_role_key(of_hash, r));
        RASD_VEC_PUSH(&d->of_role_prev, uint32_t, *of_head);
        *of_head = ri + 1;
        while (RASD_VEC_LEN(&d->role_head, uint32_t) <= p) {
            RASD_VEC_PUSH(&d->role_head, uint32_t, 0);
            RASD_VEC_PUSH(&d->role_tail, uint32_t, 0);
        }
        uint32_t *tail = &RASD_VEC_AT(&d->role_tail, uint32_t, p);
        if (*tail) RASD_VEC_AT(&d->roles, rasd_role, *tail - 1).next_of_person = ri + 1;
        else RASD_VEC_AT(&d->role_head, uint32_t, p) = ri + 1;
        *tail = ri + 1;
        return;
    }
    case F_COUNTRIES: case F_ORGS: {
        bool country = k == F_COUNTRIES;
        const char *code = c[0], *name = c[1], *qid = c[2], *ar = c[3], *adj = c[4];
        if (!code[0] || !name[0] || !ar[0]) { bad(L, "a country or organization needs a code, a name and an Arabic name", ""); return; }
        if (rasd_dict_find(d, code) != UINT32_MAX) { bad(L, "code already defined", code); return; }
        /* (an organization's optional sixth column: the state a national group or a regional
         * government belongs to; the country must be known) */
        const char *home = !country && nc > 5 ? c[5] : "";
        if (home[0] && (rasd_dict_find(d, home) == UINT32_MAX || ENT(d, rasd_dict_find(d, home))->kind != RASD_ENT_COUNTRY)) {
            bad(L, "an organization's country must be a country's code", home);
            return;
        }
        uint32_t e = add_entity(L, country ? RASD_ENT_COUNTRY : RASD_ENT_ORG, name, code, qid, "");
        ENT(d, e)->in = home;
        names_put(d, ENT(d, e)->code, e);
        names_put(d, ENT(d, e)->name, e);
        row_forms r = row_forms_open(ar, country ? c[5] : adj);
        add_forms(d, &r, ar, e, RASD_FORM_FULL);
        add_forms(d, &r, adj, e, RASD_FORM_ADJ);
        if (country) add_forms(d, &r, c[5], e, RASD_FORM_METONYM);
        rasd_text_free(r.t);
        return;
    }
    case F_PLACES: {
        if (!c[0][0] || !c[4][0]) { bad(L, "a place needs a name and an Arabic form", ""); return; }
        bool capital = strcmp(c[3], "capital") == 0;
        if (strcmp(c[3], "city") && strcmp(c[3], "region") && strcmp(c[3], "venue") && !capital) {
            bad(L, "place kind must be capital, city, region or venue", c[3]);
            return;
        }
        if (capital && (!c[2][0] || rasd_dict_capital(d, c[2]) != UINT32_MAX)) {
            bad(L, "a capital needs a country that has no other", c[0]);
            return;
        }
        const char *in = nc > 5 ? c[5] : "";
        if (in[0]) {   /* a venue's city: a place named before it */
            uint32_t ci = rasd_dict_find(d, in);
            if (strcmp(c[3], "venue") != 0 || ci == UINT32_MAX || ENT(d, ci)->kind != RASD_ENT_PLACE) {
                bad(L, "only a venue is in a city, and that city must be a place named before it", in);
                return;
            }
        }
        uint32_t e = add_entity(L, RASD_ENT_PLACE, c[0], c[2], c[1], capital ? "city" : c[3]);
        ENT(d, e)->in = in;
        names_put(d, ENT(d, e)->name, e);
        if (capital) *(uint32_t *)hmap_slot(&d->capitals, name_hash(c[2], strlen(c[2]))) = e + 1;
        add_cell(d, c[4], e, RASD_FORM_FULL);
        return;
    }
    case F_TITLES: {
        rasd_role_kind r = role_of(c[1]);
        if (!c[0][0] || !r) { bad(L, "a title needs Arabic and a known role", c[1]); return; }
        rasd_title t = {r, c[2], nc > 3 ? c[3] : ""};
        uint32_t ti = (uint32_t)RASD_VEC_LEN(&d->titles, rasd_title);
        RASD_VEC_PUSH(&d->titles, rasd_title, t);
        add_cell(d, c[0], ti, RASD_FORM_TITLE);
        return;
    }
    case F_TRIGGERS: {
        static const char *const voices[] = {"", "subj_obj", "dual", "received", "visitor", "sender", "noun"};
        rasd_trigger tr = {0};
        tr.type = (rasd_event_type)name_index(ev_names, RASD_EV_COUNT, c[1]);
        tr.voice = (rasd_voice)name_index(voices, 7, c[3]);
        if (!c[0][0] || !tr.type || !tr.voice) { bad(L, "a trigger needs Arabic, a known type and voice", c[1]); return; }
        if (strcmp(c[2], "verb") && strcmp(c[2], "masdar") && strcmp(c[2], "noun") && strcmp(c[2], "phrase")) {
            bad(L, "pos must be verb, masdar, noun or phrase", c[2]);
            return;
        }
        tr.verb = strcmp(c[2], "verb") == 0;
        tr.imperfect = (tr.verb || (strcmp(c[2], "phrase") == 0 && tr.voice != RASD_VOICE_NOUN && strncmp(c[6], "weak", 4) != 0)) &&
                       strstr(c[6], "imperfect") != NULL;
        tr.perfect = (tr.verb || (strcmp(c[2], "phrase") == 0 && tr.voice != RASD_VOICE_NOUN)) &&
                     strstr(c[6], "imperfect") == NULL;
        tr.modifier = strncmp(c[6], "modifier", 8) == 0;
        tr.weak = strncmp(c[6], "weak", 4) == 0;
        tr.two = strncmp(c[6], "two", 3) == 0;
        tr.many = strncmp(c[6], "several", 7) == 0;
        tr.held = tr.type == RASD_EV_VIDEO_CALL && (strstr(c[0], "قمة") || strstr(c[0], "اجتماع") || strstr(c[0], "لقاء"));
        tr.possessed = !tr.verb && strcmp(c[2], "phrase") != 0 && possessive_suffix(c[0]);
        tr.cameo = c[4];
        tr.plover = c[5];
        uint32_t ti = (uint32_t)RASD_VEC_LEN(&d->triggers, rasd_trigger);
        RASD_VEC_PUSH(&d->triggers, rasd_trigger, tr);
        add_cell(d, c[0], ti, RASD_FORM_TRIGGER);
        return;
    }
    case F_CUES: {
        static const char *const scopes[] = {"", "before", "after", "clause", "next", "near"};
        rasd_cue cu = {(rasd_status_kind)name_index(st_names, 8, c[1]), (rasd_cue_scope)name_index(scopes, 6, c[2]),
                       strncmp(c[3], "aggregate", 9) == 0, strncmp(c[3], "conditional", 11) == 0};
        if (!c[0][0] || !cu.status || cu.status == RASD_ST_OCCURRED || !cu.scope) {
            bad(L, "a cue needs Arabic, a known status and scope", c[1]);
            return;
        }
        uint32_t ci = (uint32_t)RASD_VEC_LEN(&d->cues, rasd_cue);
        RASD_VEC_PUSH(&d->cues, rasd_cue, cu);
        add_cell(d, c[0], ci, RASD_FORM_CUE);
        return;
    }
    case F_OUTLETS: {
        if (!c[0][0] || (!c[2][0] && !c[3][0])) { bad(L, "an outlet needs a name and a name or host to know it by", ""); return; }
        if (c[1][0]) {
            uint32_t ce = rasd_dict_find(d, c[1]);
            if (ce == UINT32_MAX || ENT(d, ce)->kind != RASD_ENT_COUNTRY) { bad(L, "no such country", c[1]); return; }
        }
        outlet o = {c[0], c[1]};
        uint32_t oi = (uint32_t)RASD_VEC_LEN(&d->outlets, outlet);
        RASD_VEC_PUSH(&d->outlets, outlet, o);
        char key[OUTLET_KEY_MAX];
        for (int col = 2; col <= 3; col++) {
            for (const char *p = c[col]; *p;) {
                const char *e = strchr(p, '|');
                size_t n = e ? (size_t)(e - p) : strlen(p), kn = col == 2 ? outlet_key(p, n, key) : host_key(p, n, key);
                uint32_t *v = kn ? hmap_slot(col == 2 ? &d->outlet_names : &d->outlet_hosts, name_hash(key, kn)) : NULL;
                if (v && !*v) *v = oi + 1;
                else {
                    char *what = rasd_arena_strndup(d->arena, p, n);
                    if (!v) bad(L, col == 2 ? "an outlet's name has no word or is too long" : "a malformed host", what);
                    else bad(L, col == 2 ? "an outlet's name already defined" : "a host already defined", what);
                }
                p += n + (e != NULL);
            }
        }
        return;
    }
    case F_NONE: return;
    }
}

/* rasd_dict_load_text; `trusted` skips the UTF-8 check of every line (the built-in files, which
 * rasd_dict_check_builtin loads checked: 1.7 M instructions saved at start-up). Each row is
 * copied into the arena and split there, so its cells are the strings the dictionary keeps. */
static bool load_text(rasd_dict *d, rasd_ctx *ctx, const char *name, const char *text, size_t len, bool trusted)
{
    loader L = {d, ctx, name, 0, 0};
    file_kind kind = F_NONE;
    int ncol = 0, maxcol = 0;
    size_t pos = 0;
    while (pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
        const char *line = text + pos;
        pos += n + (nl != NULL);
        L.line++;
        while (n && line[n - 1] == '\r') n--;
        if (kind == F_NONE) {
            size_t k = 0;
            while (k < n && (line[k] == ' ' || line[k] == '\t')) k++;
            if (k == n) continue;
            kind = header_kind(line, n, &ncol, &maxcol);
            if (kind == F_NONE) {
                bad(&L, "the first line is not a dictionary header (docs/dictionary.md)", "");
                return false;
            }
            continue;
        }
        if (n == 0 || line[0] == '#') continue;
        char *row = rasd_arena_strndup(d->arena, line, n);
        char *cols[8];
        int nc = 0;
        for (char *p = row;;) {
            if (nc == 8) { nc = 9; break; }
            cols[nc++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = 0;
            p = t + 1;
        }
        if (nc < ncol || nc > maxcol) {
            char msg[64];
            snprintf(msg, sizeof msg, "%d columns, want %d", nc, ncol);
            bad(&L, msg, "");
            continue;
        }
        if (!trusted && !rasd_utf8_valid((const uint8_t *)line, n)) { bad(&L, "invalid UTF-8", ""); continue; }
        load_row(&L, kind, cols, nc);
    }
    return L.errors == 0;
}

bool rasd_dict_load_text(rasd_dict *d, rasd_ctx *ctx, const char *name, const char *text, size_t len)
{
    return load_text(d, ctx, name, text, len, false);
}

bool rasd_dict_load_file(rasd_dict *d, rasd_ctx *ctx, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (ctx) rasd_diagf(ctx, RASD_SKIP, path, 0, 0, "cannot open dictionary: %s", strerror(errno));
        return false;
    }
    rasd_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rasd_buf_add(&b, chunk, n);
    bool err = ferror(f);
    fclose(f);
    if (err) {
        if (ctx) rasd_diagf(ctx, RASD_SKIP, path, 0, b.len, "read error in dictionary");
        rasd_buf_free(&b);
        return false;
    }
    bool ok = rasd_dict_load_text(d, ctx, path, b.p ? b.p : "", b.len);
    rasd_buf_free(&b);
    return ok;
}

rasd_dict *rasd_dict_new_empty(void)
{
    rasd_dict *d = rasd_xalloc(sizeof *d);
    d->arena = rasd_arena_new();
    const word_group none = {"", UINT32_MAX, 0, 0, 0, 0, 0, 0, 0, 0};   /* group 0: no word's length */
    RASD_VEC_PUSH(&d->groups, word_group, none);
    return d;
}

rasd_dict *rasd_dict_new(rasd_ctx *ctx)
{
    rasd_dict *d = rasd_dict_new_empty();
    for (size_t i = 0; i < sizeof builtin / sizeof *builtin; i++)
        load_text(d, ctx, builtin[i].name, builtin[i].text, strlen(builtin[i].text), true);
    return d;
}

void rasd_dict_free(rasd_dict *d)
{
    if (!d) return;
    rasd_buf_free(&d->ents);
    rasd_buf_free(&d->roles);
    rasd_buf_free(&d->titles);
    rasd_buf_free(&d->triggers);
    rasd_buf_free(&d->cues);
    rasd_buf_free(&d->forms);
    rasd_buf_free(&d->toks);
    rasd_buf_free(&d->next);
    rasd_buf_free(&d->groups);
    rasd_buf_free(&d->entry_form);
    rasd_buf_free(&d->next_one);
    rasd_buf_free(&d->next_two);
    rasd_buf_free(&d->entry_group);
    hmap_free(&d->pairs);
    rasd_buf_free(&d->role_head);
    rasd_buf_free(&d->role_tail);
    hmap_free(&d->names);
    hmap_free(&d->by_of);
    rasd_buf_free(&d->of_prev);
    hmap_free(&d->by_of_role);
    rasd_buf_free(&d->of_role_prev);
    hmap_free(&d->by_surname);
    hmap_free(&d->capitals);
    rasd_buf_free(&d->surnames);
    rasd_buf_free(&d->outlets);
    hmap_free(&d->outlet_names);
    hmap_free(&d->outlet_hosts);
    hmap_free(&d->given);
    rasd_arena_free(d->arena);
    free(d);
}

bool rasd_dict_check_builtin(void)
{
    rasd_dict *d = rasd_dict_new_empty();
    bool ok = true;
    for (size_t i = 0; i < sizeof builtin / sizeof *builtin; i++) {
        if (!rasd_dict_load_text(d, NULL, builtin[i].name, builtin[i].text, strlen(builtin[i].text))) {
            fprintf(stderr, "dictionary: errors in %s\n", builtin[i].name);
            ok = false;
        }
    }
    rasd_dict_free(d);
    return ok;
}

/* ---- accessors and roles by date (DIC-5, DIC-6) ---------------------------------------------- */

size_t rasd_dict_nentities(const rasd_dict *d) { return RASD_VEC_LEN(&d->ents, rasd_entity); }
const rasd_entity *rasd_dict_entity(const rasd_dict *d, uint32_t i)
{
    return i < rasd_dict_nentities(d) ? ENT(d, i) : NULL;
}
const rasd_title *rasd_dict_title(const rasd_dict *d, uint32_t i) { return &RASD_VEC_AT(&d->titles, rasd_title, i); }
const rasd_trigger *rasd_dict_trigger(const rasd_dict *d, uint32_t i) { return &RASD_VEC_AT(&d->triggers, rasd_trigger, i); }
const rasd_cue *rasd_dict_cue(const rasd_dict *d, uint32_t i) { return &RASD_VEC_AT(&d->cues, rasd_cue, i); }
const rasd_dict_tok *rasd_dict_token(const rasd_dict *d, uint32_t i) { return &RASD_VEC_AT(&d->toks, rasd_dict_tok, i); }

const rasd_role *rasd_dict_first_role(const rasd_dict *d, uint32_t p)
{
    if (p >= RASD_VEC_LEN(&d->role_head, uint32_t)) return NULL;
    uint32_t h = RASD_VEC_AT(&d->role_head, uint32_t, p);
    return h ? &RASD_VEC_AT(&d->roles, rasd_role, h - 1) : NULL;
}

const rasd_role *rasd_dict_roles(const rasd_dict *d, size_t *n)
{
    *n = RASD_VEC_LEN(&d->roles, rasd_role);
    return *n ? &RASD_VEC_AT(&d->roles, rasd_role, 0) : NULL;
}

/* The persons of the surname index's chain for w[0..n), each once. */
size_t rasd_dict_surnamed(const rasd_dict *d, const char *w, size_t n, uint32_t *out, size_t max)
{
    size_t found = 0;
    const uint32_t *head = n ? hmap_get(&d->by_surname, name_hash(w, n)) : NULL;
    for (uint32_t k = head ? *head : 0; k; k = RASD_VEC_AT(&d->surnames, surname_entry, k - 1).prev) {
        uint32_t p = RASD_VEC_AT(&d->surnames, surname_entry, k - 1).person;
        bool dup = false;
        for (size_t q = 0; q < found && q < max; q++) dup |= out[q] == p;
        if (dup) continue;
        if (found < max) out[found] = p;
        found++;
    }
    return found;
}

/* The roles that match, in file order: among those of `of` through its by_of chain (which runs
 * backwards, so they are collected first), or among all roles. */
size_t rasd_dict_holders(const rasd_dict *d, rasd_role_kind role, const char *of, int32_t day,
                         const rasd_role **out, size_t max)
{
    size_t n, found = 0;
    const rasd_role *r = rasd_dict_roles(d, &n);
    if (of) {
        /* a role asked for: the chain of that role of `of` only (the US has a hundred roles) */
        const uint64_t of_hash = name_hash(of, strlen(of));
        const uint32_t *head = role ? hmap_get(&d->by_of_role, of_role_key(of_hash, role)) : hmap_get(&d->by_of, of_hash);
        const uint32_t *prev = role ? &RASD_VEC_AT(&d->of_role_prev, uint32_t, 0) : &RASD_VEC_AT(&d->of_prev, uint32_t, 0);
        uint32_t hits[64];
        size_t nh = 0;
        for (uint32_t k = head ? *head : 0; k; k = prev[k - 1]) {
            const rasd_role *x = &r[k - 1];
            if ((role && x->role != role) || strcmp(x->of, of) != 0 || day < x->from || day > x->to) continue;
            if (nh < 64) hits[nh++] = k - 1;
        }
        for (size_t k = nh; k-- > 0;) {   /* back to file order */
            if (found < max) out[found] = &r[hits[k]];
            found++;
        }
        return found;
    }
    for (size_t i = 0; i < n; i++) {
        if (role && r[i].role != role) continue;
        if (day < r[i].from || day > r[i].to) continue;
        if (found < max) out[found] = &r[i];
        found++;
    }
    return found;
}

const rasd_role *rasd_dict_predecessor(const rasd_dict *d, rasd_role_kind role, const char *of, int32_t day,
                                       uint32_t except, const char *office)
{
    size_t n;
    const rasd_role *r = rasd_dict_roles(d, &n), *best = NULL;
    for (size_t i = 0; i < n; i++) {
        if (r[i].role != role || strcmp(r[i].of, of) != 0 || r[i].person == except) continue;
        if (office && !strstr(r[i].note, office)) continue;
        if (r[i].to > day || r[i].from >= day) continue;   /* a handover day belongs to both */
        if (!best || r[i].to > best->to) best = &r[i];
    }
    return best;
}
