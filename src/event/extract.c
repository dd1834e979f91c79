/* extract.c — contact events: one event per sentence (two with EV-9) that holds a
 * trigger (data/dict/triggers.tsv) and two named persons, with its status from the cues
 * (data/dict/cues.tsv), its date, place, duration, topics and evidence. Rules EV-1 … EV-10 are in
 * docs/events.md; tests in tests/unit/test_event.c.
 *
 *   EV-1 triggers: the longest trigger or cue form at each token (names' matching, ENT-1, plus a
 *        verb's future سـ); modifiers (هاتفيا، عبر الفيديو، على هامش) only qualify a trigger
 *   EV-2 participants: the distinct persons of the sentence (not a title's principal, not
 *        one who only reports it: "قال بيسكوف إن …"); fewer than two named persons make no event
 *   EV-3 type: the first trigger's; a phone or video modifier in the sentence makes a call or a
 *        video call
 *   EV-4 status: the strongest cue in its scope (denied > cancelled > occurred_override >
 *        proposed > planned); a future سـ on the trigger, an imperfect trigger verb (يلتقي …
 *        في 15 آب: an announcement), or a date after the publication date make it planned; a
 *        not_event cue (interviews, statements, "عدة مرات") drops it
 *   EV-5 date: the time expression of the sentence nearest the trigger; else the date heading
 *        the paragraph ("وفي 11 شباط/ فبراير 2018، …"); else none
 *   EV-6 initiator: for a voice with an agent (اتصل، زار، بعث) the nearest person before the
 *        trigger, else the first after it (the verb comes first); after تلقى, or for a receiving
 *        verb (استقبل), the person it was received from
 *   EV-7 place: a city or venue over a country, after في/بـ, after the trigger; none for calls
 *        and messages; duration: the sentence's first duration, in minutes
 *   EV-8 topics: what follows بحث/ناقش/تناول/تطرق/ركز/تباحث in the sentence
 *   EV-9 a trigger in a later clause with its own date is a second event of the same parties
 *   EV-10 undated talks among the parties of a dated contact of the same article elaborate it
 */
#include "merge/merge.h"
#include "tag/tag.h"
#include "text/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rasd_events {
    const rasd_doc *doc;
    const rasd_articles *articles;      /* for each event's outlet and publication date */
    rasd_arena *arena;
    rasd_buf items;     /* rasd_event */
};

typedef struct found { size_t tok, len; const rasd_form *f; bool future; } found;

/* Minutes of an ISO 8601 duration at most of days ("PT1H30M" → 90, "P1D" → 1440); -1 if not. */
static int minutes_of(const char *v)
{
    if (!v || v[0] != 'P') return -1;
    double total = 0, n = 0;
    bool t = false, any = false;
    for (const char *p = v + 1; *p; p++) {
        if (*p == 'T') { t = true; continue; }
        if ((*p >= '0' && *p <= '9') || *p == '.') { n = strtod(p, (char **)&p); p--; continue; }
        switch (*p) {
        case 'Y': return -1;
        case 'M': if (!t) return -1; total += n; break;
        case 'W': total += n * 7 * 1440; break;
        case 'D': total += n * 1440; break;
        case 'H': total += n * 60; break;
        case 'S': total += n / 60; break;
        default: return -1;
        }
        any = true;
        n = 0;
    }
    return any ? (int)(total + 0.5) : -1;
}

/* Token index of a text byte offset (the token that contains or follows it). */
static size_t tok_at(rasd_text *t, size_t off)
{
    size_t lo = 0, hi = rasd_text_ntokens(t);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (rasd_text_source(t, rasd_text_token(t, mid)->end) <= off) lo = mid + 1; else hi = mid;
    }
    return lo;
}

/* Token i is the literal word w, whole or as its stem. */
#define stem_is(t, i, lit) rasd_text_token_is((t), (i), "" lit, sizeof(lit) - 1)

static bool clause_mark(const char *p, size_t n)
{
    static const char *const marks[] = {"\xD8\x8C", "\xD8\x9B", ":", ",", ";", "(", ")", ".", "!", "?", "\xD8\x9F"};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
        if (n >= strlen(marks[k]) && memcmp(p, marks[k], strlen(marks[k])) == 0) return true;
    return false;
}

/* The clause of token i: the tokens [*a, *b) of the sentence [f, l) between punctuation that
 * ends a clause (، ؛ : , ; ( ) . ! ?); a slash, a hyphen or a quotation mark does not. */
static void clause_of(rasd_text *t, size_t f, size_t l, size_t i, size_t *a, size_t *b)
{
    size_t len;
    const char *norm = rasd_text_norm(t, &len);
    #define ENDS_CLAUSE(k) (rasd_text_token(t, (k))->kind == RASD_TOK_PUNCT && clause_mark(norm + rasd_text_token(t, (k))->start, \
                            rasd_text_token(t, (k))->end - rasd_text_token(t, (k))->start))
    *a = i;
    while (*a > f && !ENDS_CLAUSE(*a - 1)) (*a)--;
    *b = i;
    while (*b < l && !ENDS_CLAUSE(*b)) (*b)++;
    #undef ENDS_CLAUSE
}

static int status_rank(rasd_status_kind s)
{
    switch (s) {
    case RASD_ST_DENIED: return 5;
    case RASD_ST_CANCELLED: return 4;
    case RASD_ST_OCCURRED_OVERRIDE: return 3;
    case RASD_ST_PROPOSED: return 2;
    case RASD_ST_PLANNED: return 1;
    default: return 0;
    }
}

typedef struct xjob {
    rasd_events *ev;
    const char *head_date, *head_text;   /* EV-5: the date heading the paragraph */
    int article;
} xjob;

static const char *keep(rasd_events *e, const char *s, size_t n) { return rasd_arena_strndup(e->arena, s, n); }

/* The date of a contact from a time expression: its value (an interval's start) at most at a
 * day's grain, or NULL when the text leaves it underspecified (XXXX-…). */
static const char *contact_date(rasd_events *ev, const rasd_timex *m)
{
    const char *val = m->value[0] ? m->value : m->from;
    if (!val[0] || strncmp(val, "XXXX", 4) == 0) return NULL;
    size_t vl = strlen(val);
    if (vl > 10 && val[4] == '-' && val[10] == 'T') vl = 10;   /* a day for a contact */
    return keep(ev, val, vl);
}

/* A resolved day after the publication date: the contact is still to come. */
static bool after_publication(const rasd_block_view *v, const rasd_timex *m)
{
    return v->dct && m->resolved && m->tval.grain >= RASD_GRAIN_DAY && rasd_tval_days(&m->tval) > rasd_tval_days(v->dct);
}

/* EV-3: a phone or video modifier among the triggers at tokens [lo, hi) turns a meeting, talks or
 * call into a call or a video call. */
static rasd_event_type with_modifiers(const rasd_dict *d, const found *trig, size_t ntr, rasd_event_type type,
                                      size_t lo, size_t hi)
{
    for (size_t k = 0; k < ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        if (m->modifier && trig[k].tok >= lo && trig[k].tok < hi && (m->type == RASD_EV_CALL || m->type == RASD_EV_VIDEO_CALL) &&
            (type == RASD_EV_MEETING || type == RASD_EV_TALKS || type == RASD_EV_CALL)) type = m->type;
    }
    return type;
}

/* The first duration within bytes [lo, hi) of the block. */
static const rasd_timex *first_duration(const rasd_block_view *v, size_t lo, size_t hi)
{
    for (size_t k = 0; k < v->ntimes; k++)
        if (v->times[k].kind == RASD_TIMEX_DURATION && v->times[k].start >= lo && v->times[k].end <= hi) return &v->times[k];
    return NULL;
}

static void set_duration(rasd_events *ev, rasd_event *e, const rasd_timex *du)
{
    e->duration_min = du ? minutes_of(du->value) : -1;
    e->duration_mod = du && du->mod[0] ? keep(ev, du->mod, strlen(du->mod)) : NULL;
}

static void sentence_events(xjob *x, const rasd_block_view *v, size_t s)
{
    rasd_text *t = v->t;
    const rasd_dict *d = v->dict;
    size_t b0, b1, f, l;
    rasd_text_sentence(t, s, &b0, &b1, &f, &l);
    if (f >= l) return;
    size_t s0 = rasd_text_source(t, b0), s1 = rasd_text_source(t, b1);
    found trig[16], cues[16];
    size_t ntr = 0, ncu = 0;
    for (size_t i = f; i < l;) {
        const rasd_form *fm;
        bool fut = false;
        size_t n = rasd_form_at(d, t, i, RASD_FORM_TRIGGER | RASD_FORM_CUE, &fm, &fut);
        if (!n) { i++; continue; }
        found fd = {i, n, fm, fut};
        if ((fm->flags & RASD_FORM_TRIGGER) && ntr < 16) trig[ntr++] = fd;
        else if ((fm->flags & RASD_FORM_CUE) && ncu < 16) cues[ncu++] = fd;
        i += n;
    }
    /* EV-1: the trigger that names a contact, the most specific type first (a call or a visit
     * named beside talks or a message is that call or visit) */
    static const int type_rank[RASD_EV_COUNT] = {0, 6, 5, 3, 4, 1, 2};
    const found *main = NULL;
    for (size_t k = 0; k < ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        if (m->modifier) continue;
        if (!main || type_rank[m->type] > type_rank[rasd_dict_trigger(d, main->f->target)->type]) main = &trig[k];
    }
    if (!main) return;
    const rasd_trigger *tr = rasd_dict_trigger(d, main->f->target);
    /* EV-2: the persons of the sentence */
    const rasd_entmention *pers[16];
    size_t np = 0, ptok[16];
    for (size_t k = 0; k < v->nents && np < 16; k++) {
        const rasd_entmention *m = &v->ents[k];
        if (m->kind != RASD_ENT_PERSON || m->start < s0 || m->end > s1 || strcmp(m->via, "principal") == 0) continue;
        if (m->role == RASD_ROLE_SPOKESPERSON) continue;   /* a spokesperson reports contacts, takes no part */
        ptok[np] = tok_at(t, m->start);
        pers[np++] = m;
    }
    /* a person who only reports it ("قال بيسكوف إن بوتين اتصل بترامب"): named after a verb of
     * saying, before the إن/أن that opens what he says, ahead of the trigger */
    size_t says_end = f;
    for (size_t i = f; i < main->tok; i++)
        if (stem_is(t, i, "ان")) says_end = i;
    if (says_end > f) {
        size_t kept = 0;
        for (size_t q = 0; q < np; q++) {
            bool reporter = false;
            if (ptok[q] < says_end)
                for (size_t i = f; i < ptok[q] && !reporter; i++)
                    reporter = stem_is(t, i, "قال") || stem_is(t, i, "قالت") || stem_is(t, i, "اعلن") ||
                               stem_is(t, i, "اعلنت") || stem_is(t, i, "اكد") || stem_is(t, i, "اكدت") ||
                               stem_is(t, i, "ذكر") || stem_is(t, i, "ذكرت") || stem_is(t, i, "اوضح") ||
                               stem_is(t, i, "صرح") || stem_is(t, i, "كشف") || stem_is(t, i, "نفي") ||
                               stem_is(t, i, "نفت") || stem_is(t, i, "اشار") || stem_is(t, i, "يقول") ||
                               stem_is(t, i, "اضاف") || stem_is(t, i, "اضافت") || stem_is(t, i, "افاد") ||
                               stem_is(t, i, "شدد") || stem_is(t, i, "لفت") || stem_is(t, i, "تابع") ||
                               stem_is(t, i, "ابلغ") || stem_is(t, i, "اخبر");
            if (!reporter) { pers[kept] = pers[q]; ptok[kept++] = ptok[q]; }
        }
        np = kept;
    }
    size_t uniq = 0;   /* each person once, where first named (after the reporters went) */
    for (size_t q = 0; q < np; q++) {
        bool dup = false;
        for (size_t r = 0; r < uniq; r++) dup |= pers[r]->entity == pers[q]->entity;
        if (!dup && uniq < 8) { pers[uniq] = pers[q]; ptok[uniq++] = ptok[q]; }
    }
    np = uniq;
    if (np < 2) return;
    /* EV-3 type */
    rasd_event_type type = with_modifiers(d, trig, ntr, tr->type, f, l);
    /* EV-4 status */
    rasd_status_kind st = RASD_ST_OCCURRED;
    int best = 0;
    for (size_t k = 0; k < ncu; k++) {
        const rasd_cue *cu = rasd_dict_cue(d, cues[k].f->target);
        bool before = cues[k].tok < main->tok, ok = cu->scope == RASD_SCOPE_CLAUSE ||
                      (cu->scope == RASD_SCOPE_BEFORE && before) || (cu->scope == RASD_SCOPE_AFTER && !before);
        if (!ok) continue;
        if (cu->status == RASD_ST_NOT_EVENT) {
            /* an interview, a statement or an aggregate in another clause says nothing of this one */
            size_t ca, cb;
            clause_of(t, f, l, main->tok, &ca, &cb);
            if (cues[k].tok >= ca && cues[k].tok < cb) return;
            continue;
        }
        if (status_rank(cu->status) > best) { best = status_rank(cu->status); st = cu->status; }
    }
    if (st == RASD_ST_OCCURRED_OVERRIDE) st = RASD_ST_OCCURRED;
    if (st == RASD_ST_OCCURRED && tr->verb && (main->future || tr->imperfect)) st = RASD_ST_PLANNED;
    /* EV-5 date */
    const rasd_timex *tx = NULL;
    size_t tdist = SIZE_MAX, ca, cb;
    clause_of(t, f, l, main->tok, &ca, &cb);
    for (size_t k = 0; k < v->ntimes; k++) {
        const rasd_timex *m = &v->times[k];
        if (m->kind != RASD_TIMEX_TIME || m->start < s0 || m->end > s1) continue;
        size_t mt = tok_at(t, m->start), dist = mt > main->tok ? mt - main->tok : main->tok - mt;
        if (mt >= cb) {
            /* a later clause's date is another fact's ("…، الثلاثاء، سراحه"), unless the clause is
             * that date alone, set off by commas right after the trigger's clause ("تحدث هاتفياً،
             * مساء الأربعاء، مع ترمب") */
            size_t qa, qb;
            clause_of(t, f, l, mt, &qa, &qb);
            if (qa != cb + 1 || qb - qa > tok_at(t, m->end) - mt + 1) continue;
        }
        if (dist < tdist) { tdist = dist; tx = m; }
    }
    const char *date = NULL, *date_text = NULL;
    if (tx) {
        const char *val = tx->value[0] ? tx->value : tx->from;
        date = contact_date(x->ev, tx);
        if (!date && strncmp(val, "XXXX-W", 6) == 0 && v->published && strlen(v->published) == 7) {
            /* a weekday in an article known only by its month: that month, the grain the text
             * supports */
            date = keep(x->ev, v->published, 7);
        }
        date_text = keep(x->ev, v->text + tx->start, tx->end - tx->start);
        if (st == RASD_ST_OCCURRED && after_publication(v, tx)) st = RASD_ST_PLANNED;
    } else if (x->head_date) {
        date = x->head_date;
        date_text = x->head_text;
    }
    /* EV-6 initiator and order */
    /* Arabic puts the verb first: the agent is the nearest person before the trigger (SVO, or
     * أجرى ترامب اتصالا), else the first after it (اتصل ترامب ببوتين). تلقى before a masdar
     * turns it round: the initiator follows (تلقى السيسي اتصالا من الملك); so does a receiving
     * verb (استقبل السيسي ماكرون: the guest is the second person after it). */
    bool received = tr->voice == RASD_VOICE_RECEIVED;
    for (size_t i = f; i < main->tok && !received; i++)
        received = stem_is(t, i, "تلقي") || stem_is(t, i, "تلقت") || stem_is(t, i, "يتلقي") || stem_is(t, i, "تتلقي");
    size_t nbefore = 0, first_after = np;
    for (size_t q = 0; q < np; q++) {
        if (ptok[q] < main->tok) nbefore++;
        else if (first_after == np) first_after = q;
    }
    const rasd_entmention *init = NULL;
    if (received) {
        size_t q = first_after + (tr->voice == RASD_VOICE_RECEIVED && tr->verb && nbefore == 0 ? 1 : 0);
        if (q < np) init = pers[q];
    } else if (tr->voice == RASD_VOICE_SUBJ_OBJ || tr->voice == RASD_VOICE_VISITOR || tr->voice == RASD_VOICE_SENDER) {
        init = nbefore ? pers[nbefore - 1] : first_after < np ? pers[first_after] : NULL;
    }
    /* EV-7 place and duration */
    /* a city or venue over a country, after في (or with بـ) over elsewhere, after the trigger
     * over before it; none for a call or a message, which happen at no one place */
    const rasd_entmention *place = NULL;
    int prank = 0;
    for (size_t k = 0; k < v->nents; k++) {
        const rasd_entmention *m = &v->ents[k];
        if (m->start < s0 || m->end > s1 || (m->kind != RASD_ENT_PLACE && m->kind != RASD_ENT_COUNTRY)) continue;
        if (m->kind == RASD_ENT_COUNTRY && strcmp(m->via, "name") != 0) continue;   /* not الروسي */
        size_t mt = tok_at(t, m->start);
        bool in = (mt > 0 && stem_is(t, mt - 1, "في")) || (rasd_text_token(t, mt)->clitics & RASD_CL_BI);
        int r = (m->kind == RASD_ENT_PLACE ? 4 : 0) + (in ? 2 : 0) + (mt > main->tok ? 1 : 0);
        if (r > prank) { prank = r; place = m; }
    }
    const rasd_timex *du = first_duration(v, s0, s1);
    /* EV-8 topics */
    const char *topics = NULL;
    for (size_t i = main->tok; i < l && !topics; i++) {
        if (!(stem_is(t, i, "بحث") || stem_is(t, i, "ناقش") || stem_is(t, i, "تناول") || stem_is(t, i, "تطرق") ||
              stem_is(t, i, "ركز") || stem_is(t, i, "تباحث") || stem_is(t, i, "بحثا") || stem_is(t, i, "ناقشا")))
            continue;
        size_t a = i + 1;
        if (stem_is(t, a, "خلاله") || stem_is(t, a, "خلالها") || stem_is(t, a, "فيه")) a++;
        if (stem_is(t, a, "الي") || stem_is(t, a, "علي")) a++;
        if (a >= l) break;
        size_t ta = rasd_text_source(t, rasd_text_token(t, a)->start), tb = s1;
        while (tb > ta && (v->text[tb - 1] == '.' || v->text[tb - 1] == ' ' || v->text[tb - 1] == '\n')) tb--;
        if (tb - ta > 300) tb = ta + 300;
        while (tb > ta && tb < v->len && ((unsigned char)v->text[tb] & 0xC0) == 0x80) tb--;   /* whole characters */
        if (tb > ta) topics = keep(x->ev, v->text + ta, tb - ta);
    }
    /* the event */
    rasd_event e;
    memset(&e, 0, sizeof e);
    e.article = v->article;
    e.type = rasd_event_type_name(type);
    e.status = rasd_status_name(st);
    e.date = date;
    e.date_text = date_text;
    const char **names = rasd_arena_alloc(x->ev->arena, np * sizeof *names);
    size_t o = 0;
    if (init) names[o++] = rasd_dict_entity(d, init->entity)->name;
    for (size_t q = 0; q < np; q++)
        if (pers[q] != init) names[o++] = rasd_dict_entity(d, pers[q]->entity)->name;
    e.participants = names;
    e.nparticipants = np;
    e.initiator = init ? rasd_dict_entity(d, init->entity)->name : NULL;
    bool remote = type == RASD_EV_CALL || type == RASD_EV_VIDEO_CALL || type == RASD_EV_MESSAGE;
    e.location = place && !remote ? rasd_dict_entity(d, place->entity)->name : NULL;
    set_duration(x->ev, &e, du);
    e.topics = topics;
    e.cameo = tr->cameo;
    e.plover_mode = type == RASD_EV_CALL || type == RASD_EV_VIDEO_CALL ? "phone" : tr->plover;
    e.start = rasd_block_doc_start(v, s0);
    e.end = rasd_block_doc_end(v, s1);
    e.evidence = keep(x->ev, v->text + s0, s1 - s0);
    RASD_VEC_PUSH(&x->ev->items, rasd_event, e);
    /* EV-9: another contact told in a later clause with a date of its own ("…، وأعقبتها مكالمة
     * أخرى في 3 يوليو 2020"): the same parties, its own type, date and duration */
    size_t mb = cb;
    for (size_t k = 0; k < ntr; k++) {
        const found *tk = &trig[k];
        const rasd_trigger *m = rasd_dict_trigger(d, tk->f->target);
        if (tk == main || m->modifier || tk->tok < mb) continue;
        size_t oa, ob;
        clause_of(t, f, l, tk->tok, &oa, &ob);
        const rasd_timex *ot = NULL;
        for (size_t q = 0; q < v->ntimes && !ot; q++) {
            const rasd_timex *tm = &v->times[q];
            size_t tt = tok_at(t, tm->start);
            if (tm != tx && tm->kind == RASD_TIMEX_TIME && tt >= oa && tt < ob && tm->resolved) ot = tm;
        }
        const char *date2 = ot ? contact_date(x->ev, ot) : NULL;
        if (!date2) continue;
        rasd_event e2 = e;
        rasd_event_type ty = with_modifiers(d, trig, ntr, m->type, oa, ob);
        e2.type = rasd_event_type_name(ty);
        e2.date = date2;
        e2.date_text = keep(x->ev, v->text + ot->start, ot->end - ot->start);
        rasd_status_kind st2 = m->verb && (tk->future || m->imperfect) ? RASD_ST_PLANNED : RASD_ST_OCCURRED;
        if (after_publication(v, ot)) st2 = RASD_ST_PLANNED;
        e2.status = rasd_status_name(st == RASD_ST_DENIED || st == RASD_ST_CANCELLED ? RASD_ST_OCCURRED : st2);
        size_t ca0 = rasd_text_source(t, rasd_text_token(t, oa)->start), cb0 = rasd_text_source(t, rasd_text_token(t, ob - 1)->end);
        set_duration(x->ev, &e2, first_duration(v, ca0, cb0));
        bool remote2 = ty == RASD_EV_CALL || ty == RASD_EV_VIDEO_CALL || ty == RASD_EV_MESSAGE;
        if (remote2) e2.location = NULL;
        e2.cameo = m->cameo;
        e2.plover_mode = remote2 && ty != RASD_EV_MESSAGE ? "phone" : m->plover;
        RASD_VEC_PUSH(&x->ev->items, rasd_event, e2);
        mb = ob;
    }
}

static void visit(const rasd_block_view *v, void *user)
{
    xjob *x = user;
    if (v->article != x->article || v->block == 0) { x->head_date = x->head_text = NULL; x->article = v->article; }
    size_t ns = rasd_text_nsentences(v->t), tlo = 0, elo = 0;
    for (size_t s = 0; s < ns; s++) {
        size_t b0, b1, f, l;
        rasd_text_sentence(v->t, s, &b0, &b1, &f, &l);
        size_t s0 = rasd_text_source(v->t, b0), s1 = rasd_text_source(v->t, b1);
        /* the sentence's own times and entities (both lists are in text order): a window of the
         * view, so that a long document costs no more per sentence than a short one */
        while (tlo < v->ntimes && v->times[tlo].start < s0) tlo++;
        while (elo < v->nents && v->ents[elo].start < s0) elo++;
        size_t thi = tlo, ehi = elo;
        while (thi < v->ntimes && v->times[thi].start < s1) thi++;
        while (ehi < v->nents && v->ents[ehi].start < s1) ehi++;
        rasd_block_view w = *v;
        w.times = v->times ? v->times + tlo : NULL; w.ntimes = thi - tlo;
        w.ents = v->ents ? v->ents + elo : NULL; w.nents = ehi - elo;
        /* EV-5: a date within the first three tokens of a sentence heads what follows it */
        for (size_t k = 0; k < w.ntimes; k++) {
            const rasd_timex *m = &w.times[k];
            if (m->kind != RASD_TIMEX_TIME || m->end > s1) continue;
            if (tok_at(v->t, m->start) > f + 3) break;
            const char *date = contact_date(x->ev, m);
            if (date) {
                x->head_date = date;
                x->head_text = keep(x->ev, v->text + m->start, m->end - m->start);
            }
            break;
        }
        sentence_events(x, &w, s);
    }
}

/* Every party of a is a party of b. */
static bool parties_within(const rasd_event *a, const rasd_event *b)
{
    for (size_t i = 0; i < a->nparticipants; i++) {
        bool hit = false;
        for (size_t k = 0; k < b->nparticipants && !hit; k++) hit = strcmp(a->participants[i], b->participants[k]) == 0;
        if (!hit) return false;
    }
    return true;
}

/* EV-10: undated talks among parties whose dated contact the same article reports ("وبحث الجانبان
 * …"، "ناقش الرئيسان …" after "أجرى ترمب اتصالاً ببوتين الأربعاء") describe that contact, not
 * another one: they are dropped. */
static void elaborations(rasd_events *e)
{
    size_t n = RASD_VEC_LEN(&e->items, rasd_event), kept = 0;
    rasd_event *ev = (rasd_event *)(void *)e->items.p;
    for (size_t i = 0; i < n; i++) {
        bool drop = false;
        if (!ev[i].date && strcmp(ev[i].type, "talks") == 0)
            for (size_t k = 0; k < n && !drop; k++)
                drop = k != i && ev[k].date && ev[k].article == ev[i].article && parties_within(&ev[k], &ev[i]);
        if (!drop) ev[kept++] = ev[i];
    }
    e->items.len = kept * sizeof(rasd_event);
}

rasd_events *rasd_extract(rasd_ctx *ctx, const rasd_doc *d, const rasd_articles *as)
{
    rasd_events *e = rasd_xalloc(sizeof *e);
    e->doc = d;
    e->articles = as;
    e->arena = rasd_arena_new();
    xjob x = {e, NULL, NULL, -1};
    rasd_mentions *m = rasd_tag_visit(ctx, d, as, RASD_TAG_TIME | RASD_TAG_DURATION | RASD_TAG_ACTOR | RASD_TAG_PLACE,
                                      visit, &x);
    rasd_mentions_free(m);
    elaborations(e);
    return e;
}

size_t rasd_events_count(const rasd_events *e) { return e ? RASD_VEC_LEN(&e->items, rasd_event) : 0; }

const rasd_event *rasd_events_get(const rasd_events *e, size_t i)
{
    return i < rasd_events_count(e) ? &RASD_VEC_AT(&e->items, rasd_event, i) : NULL;
}

void rasd_events_free(rasd_events *e)
{
    if (!e) return;
    rasd_buf_free(&e->items);
    rasd_arena_free(e->arena);
    free(e);
}

/* Event i of ev as a report: with its document, and its article's outlet and publication date. */
static void event_report(const rasd_events *ev, size_t i, rasd_report *r)
{
    const rasd_event *x = rasd_events_get(ev, i);
    const rasd_article *a = x->article > 0 ? rasd_articles_get(ev->articles, (size_t)x->article - 1) : NULL;
    *r = (rasd_report){
        .file = ev->doc->file, .doc = ev->doc->id, .article = x->article,
        .outlet = a ? rasd_article_outlet(a) : NULL,
        .published = a ? rasd_article_published(a, NULL) : ev->doc->published,   /* a document tagged whole: its metadata */
        .type = x->type, .status = x->status, .date = x->date, .date_text = x->date_text,
        .participants = x->participants, .nparticipants = x->nparticipants,
        .initiator = x->initiator, .location = x->location,
        .duration_min = x->duration_min, .duration_mod = x->duration_mod, .topics = x->topics,
        .cameo = x->cameo, .plover_mode = strcmp(x->plover_mode, "-") ? x->plover_mode : NULL,
        .start = x->start, .end = x->end, .evidence = x->evidence,
    };
}

void rasd_reports_of_events(const rasd_events *ev, void (*fn)(const rasd_report *r, void *user), void *user)
{
    for (size_t i = 0; i < rasd_events_count(ev); i++) {
        rasd_report r;
        event_report(ev, i, &r);
        fn(&r, user);
    }
}

rasd_status rasd_event_write_json(const rasd_events *ev, size_t i, void *stdio_file)
{
    if (i >= rasd_events_count(ev)) return RASD_ERR_ARG;
    rasd_report r;
    event_report(ev, i, &r);
    rasd_buf b = {0};
    rasd_report_json(&b, &r);
    rasd_buf_addc(&b, '\n');
    size_t w = fwrite(b.p, 1, b.len, (FILE *)stdio_file);
    bool ok = w == b.len;
    rasd_buf_free(&b);
    return ok ? RASD_OK : RASD_ERR_IO;
}
