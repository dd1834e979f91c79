/* extract.c — contact events: for each sentence that holds a trigger (data/dict/triggers.tsv)
 * and two named persons, the contact it names, with its status from the cues
 * (data/dict/cues.tsv), its date, place, duration, topics and evidence; a second or third event
 * where a later clause dates another contact (EV-9) or a cue gives another trigger a status of
 * its own (EV-11), an earlier one is named after منذ (EV-13) or a later clause names other parties
 * (EV-14); a title repeating the body is the body's (EV-15); a message a carrier delivers is
 * one event and his visit another (EV-16, EV-17). Rules EV-1 … EV-17 are in
 * docs/events.md; tests in tests/unit/test_event.c.
 *
 *   EV-1 triggers: the longest trigger or cue form at each token (names' matching, ENT-1, plus a
 *        verb's future سـ); modifiers (هاتفيا، عبر الفيديو، على هامش) only qualify a trigger
 *        (a speaking verb apart from هاتفيا is the call "تحدث هاتفيا" names);
 *        the most specific type names the contact, a weak trigger (تحدث مع) yields to all but
 *        talks, the summit after على هامش is the venue
 *   EV-2 participants: the distinct persons of the sentence (not a title's principal, not
 *        one who only reports it: "قال بيسكوف إن …"); fewer than two named persons, or talks
 *        among one country's team, make no event
 *   EV-3 type: the trigger's; a phone or video modifier makes a call or a video call
 *   EV-4 status: each trigger's strongest governing cue (before: the first trigger after the
 *        cue; after: the nearest before; clause; next) — denied > cancelled > occurred_override
 *        > proposed > planned; a later mention of the contact that cancels or denies it; a future
 *        سـ, an imperfect trigger verb, a future or opening imperfect light verb of a noun's
 *        clause or a date after publication (at its grain) make it planned — an imperfect under
 *        a past date it names is the historic present, occurred; a not_event
 *        cue in its clause drops it (an aggregate not on a given day)
 *   EV-5 date: the time expression of the sentence nearest the trigger (not منذ's, not a later
 *        clause's, not the topic's); else the date heading the paragraph; else none; "اليوم" in the small hours
 *   EV-6 initiator: for a voice with an agent (اتصل، زار، بعث) the nearest person before the
 *        trigger, else the first after it (the verb comes first); after تلقى, or for a receiving
 *        verb (استقبل), the person it was received from; who proposes a contact other than a
 *        visit (دعا، اقترح، عرض); none for a meeting or talks not proposed
 *   EV-7 place: a city or venue over a country, after في/بـ, after the trigger (in a later clause
 *        only after a preposition); else, for one done that day, the dateline's city; none for
 *        calls and messages; duration: the sentence's first duration, in minutes
 *   EV-8 topics: what follows بحث/ناقش/تناول/تطرق/ركز/تباحث in the sentence, or the contact noun
 *        such a verb names as its occasion ("بحث … في اتصال هاتفي مع … الأوضاع")
 *   EV-9 a trigger in a later clause with its own date is a second event of the same parties
 *        (its own clause's place)
 *   EV-10 undated talks among the parties of a dated contact of the same article, or of an
 *        undated one told before them, elaborate it
 *   EV-11 a trigger with a status of its own from its cues is another event (not the plan a
 *        relative clause tells of a cancelled or denied contact)
 *   EV-12 a year-less plan in an undated article: dated only when the roles its parties are
 *        named in rule out the year of what the article states (then the first year they hold)
 *   EV-13 a contact named after منذ with a date of its own is an earlier event of the parties
 *   EV-14 the trigger's clause names the parties when it names two; a later clause's trigger
 *        with persons of its own is another contact of the first's initiator with them
 *   EV-15 a contact the title tells that the body tells too is the body's
 *   EV-16 a message delivered at a visit: the visit is its carrier's, the message dated by it; a
 *        message a guest brings is from the one named after it to the host
 *   EV-17 a message its carrier hands over (the verb's subject): the sender's to the recipient,
 *        and the carrier's meeting (or visit) with the recipient
 */
#include "merge/merge.h"
#include "tag/number.h"
#include "tag/tag.h"
#include "text/text.h"

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rasd_events {
    const rasd_doc *doc;
    const rasd_articles *articles;      /* for each event's outlet and publication date */
    rasd_arena *arena;
    rasd_buf items;     /* xevent */
    rasd_buf floors;    /* xfloor, one per article that states a date */
    rasd_buf lines;     /* xdateline, one per article whose body opens on a dateline (EV-7) */
    const rasd_dict *dict;   /* the tagger's, once a block was seen */
};

/* An event and what the later passes need to know of it. */
typedef struct xevent {
    rasd_event e;
    const char *under;  /* EV-12: its date as the text leaves it without a publication date
                           (XXXX-08-15), else NULL */
    bool weak;          /* a call named only by a weak trigger (تحدث مع): EV-10 reads it as talks */
    bool definite;      /* named by a definite noun (اللقاء، الاتصال): EV-10 reads it as the one told before */
    bool title;         /* told in its article's title or a caption (EV-15) */
    const struct xrole *roles;   /* EV-12: the roles its parties are named in */
    size_t nroles;
    bool asked;         /* its initiator is who asked for it (EV-6: بناء على طلب، بمبادرة من) */
    bool framed;        /* its definite noun frames another fact (في ختام الاجتماع، خلال الاتصال) */
    bool present;       /* told in the present (its verb, or a light verb up to two words before
                           its noun: "كيشيدا وشي يعقدان أول قمة"): a headline's may be the body's
                           plan (EV-15) */
    bool gathering;     /* a gathering taken part in (يشارك في اجتماع، شارك في قمة): one of
                           several, not the talks of a visit (EV-10) */
    bool greeting;      /* a message told by a verb of congratulating or condoling (هنأ، عزى),
                           by cable or by word: said at a contact told before it (EV-10) */
    bool plain;         /* named by a definite noun no cue governs, with no verb of its own ("وتأتي
                           الزيارة في إطار …"، "موعدا جديدا للزيارة"): the contact told before,
                           whatever its status (EV-10) */
} xevent;

typedef struct xrole { uint32_t person; rasd_role_kind role; const char *of; } xrole;

/* EV-12: the latest date an article states (a day or a month), YYYY-MM[-DD]. */
typedef struct xfloor { int article; char date[11]; } xfloor;

/* EV-7: the city an article's dateline names (an entity), and the day the copy was filed (days
 * since 1970-01-01: the dateline's own date, else the publication's; INT64_MIN: none). */
typedef struct xdateline { int article; uint32_t place; int64_t day; } xdateline;

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

/* An ISO 8601 duration of months or years (P2Y, P6M; not PT30M). */
static bool long_span(const char *v)
{
    if (!v || v[0] != 'P') return false;
    for (const char *p = v + 1; *p && *p != 'T'; p++)
        if (*p == 'Y' || *p == 'M') return true;
    return false;
}

/* Token i is the literal word w, whole or as its stem. */
#define stem_is(t, i, lit) rasd_text_token_is((t), (i), "" lit, sizeof(lit) - 1)

/* Words the rules below ask about in lists, by class. A token's classes are those of its whole
 * form and of its stem after the proclitics (as stem_is reads them), looked up in one hash table
 * built at first use: a list costs one lookup per token, not one comparison per word. */
enum {
    W_TOPIC_VERB = 1u << 0,   /* EV-8: بحث، ناقش، تناول، تطرق، ركز، تباحث (and duals) */
    W_TOPIC = 1u << 1,        /* what else opens a contact's topic or company (topic_start) */
    W_SAYING = 1u << 2,       /* verbs of saying and telling */
    W_LIGHT = 1u << 3,        /* light verbs a contact noun completes */
    W_ANOTHER = 1u << 4,      /* آخر، الثاني، جديد، المقبل: another contact */
    W_CAPACITY = 1u << 5,     /* بصفته، بوصفه */
    W_HEAD = 1u << 6,         /* words that may introduce a heading date */
    W_RECEIVED = 1u << 7,     /* تلقى، تسلم: the contact came from the other side */
    W_RELATIVE = 1u << 8,     /* relative pronouns, and حيث */
    W_PAST_LIGHT = 1u << 9,   /* light verbs in the perfect: عقد، أجرى */
    W_SPEAK = 1u << 10,       /* speaking verbs a phone modifier makes a call (تحدث … هاتفيا) */
    W_ADJUNCT = 1u << 11,     /* words that join places and dates in an adjunct clause */
    W_DEICTIC = 1u << 12,     /* المقبل، الجاري، هذا، غدا: a date's year fixed from the publication */
    W_ARRIVAL = 1u << 13,     /* وصل، توجه، سافر: travel to a place (EV-1: "وصل … إلى طهران للقاء" is a visit) */
    W_IMPERFECT = 1u << 14,   /* those verbs in the imperfect: an announcement (EV-4) */
    W_GATHER = 1u << 15,      /* جمع، يجمع، تجمع: "قمة تجمع X و Y" names who meets (EV-2) */
    W_TOPIC_SKIP = 1u << 16,  /* EV-8: what may stand between a topic verb and its topic */
    W_SOURCE = 1u << 17,      /* وفق، وفقا، حسب: who reports it ("، وفق بيان للديوان") */
    W_HOST = 1u << 18,        /* استضاف، يستضيف: a host (EV-1: "يستضيف … قمة تجمع X و Y") */
    W_BE = 1u << 19,          /* يكون، تكون: "أن يكون قد التقى" (no subject of its own) */
    W_SELF = 1u << 20,        /* به، معه، إليه: the other side is a pronoun (the speaker's) */
    W_OFFER = 1u << 21,       /* عرض، يعرض: an offer ("عرض أردوغان استضافة محادثات") */
    W_SEND = 1u << 22,        /* بعث، أرسل، وجه: sending a message ("بعث ترامب رسالة إلى بايدن") */
    W_OBJ_PRON = 1u << 23,    /* هنأه، عزاه: a verb whose object is a pronoun for someone named before */
    W_COMPANY = 1u << 24,     /* بحضور، برفقة، رافق: who came along, never a party (EV-2) */
    W_SIDES = 1u << 25,       /* الطرفان، الجانبان: sides, not named persons (EV-2) */
    W_DECLINE = 1u << 26,     /* اعتذر: declined ("اعتذر تبون عن زيارة باريس") */
    W_CARRY = 1u << 27,       /* سلمها، نقل، حاملا: who carries a message (EV-16) */
    W_JOIN = 1u << 28,        /* انضم: joining a contact told before (EV-2) */
    W_DELIVER = 1u << 29,     /* سلم، نقل، حمل، حاملا: one hands over a message (EV-17) */
    W_ATTEND = 1u << 30,      /* حضر، شارك (في): attending a contact told before (EV-2) */
};
/* the bits from 31 on, outside the enum (its constants are ints) */
#define W_REQUEST (1ull << 31)   /* بناء (على طلب)، بطلب، بمبادرة: who asked for a contact (EV-6) */
#define W_COME (1ull << 32)      /* يأتي، جاء ("وتأتي الزيارة بعد …", EV-1) */
#define W_TOPIC_OPEN (1ull << 33)   /* تناولت، حول، بشأن …: besides W_TOPIC_VERB, what opens a topic (EV-8) */
#define W_HOLD (1ull << 34)      /* يعقد، يجري، يقوم (بـ)، يترأس، تنطلق in the imperfect: holding a contact to come (EV-4) */
#define W_CONTROL (1ull << 35)   /* يأمل، يريد، يعتزم …: one who wants, the subject of the verb after أن (EV-6) */
#define W_CALL_OFF (1ull << 36)  /* ألغى، أرجأ، تأجيل، نفى …: a contact called off or denied (EV-2's recall) */
#define W_PARTAKE (1ull << 37)   /* مشاركة، مشاركته: taking part (في قمة): the summit is an occasion (EV-1) */
#define W_ORDINAL (1ull << 38)   /* أول، ثاني … عاشر، آخر: an ordinal ("أول وزير يزور"، "أجرى آخر اتصال", EV-4, EV-6) */
#define W_JOINT (1ull << 39)     /* ثلاثي، مشترك، معا، اللذين …: a contact of several at once (EV-2) */

#define W_MANNER (1ull << 40)    /* في آخر لحظة، فجأة، مؤقتا، أيضا: how or when, set off between a cue and its contact (EV-4) */
#define W_AGREE (1ull << 41)     /* اتفق، اتفقا، توافق …: those who agree on a contact of others (EV-2) */
#define W_GATHERING (1ull << 42) /* قمة، منتدى، مؤتمر، اجتماع، دورة: a gathering named (EV-5, EV-7) */
#define W_AWAY (1ull << 43)      /* غاب، يغيب …: staying away (عن), no party (EV-2) */
#define W_NOT (1ull << 44)       /* لن، لم، لا: not (before يشارك، يحضر: no party, EV-2) */
#define W_MEMBERS (1ull << 45)   /* ضم، يضم، تضم، ضمت: a delegation's members after it (EV-2) */
#define W_NAMED_AFTER (1ull << 46)   /* ضريح، مركز، جامع …: a place or a body named after one (EV-2) */
typedef uint64_t wclass;   /* a word's classes: W_* bits */
typedef struct class_word { const char *w; wclass cls; } class_word;
static const class_word class_words[] = {
    {"قمه", W_GATHERING}, {"قمتها", W_GATHERING}, {"قمتهم", W_GATHERING}, {"منتدي", W_GATHERING},
    {"مؤتمر", W_GATHERING}, {"اجتماع", W_GATHERING}, {"اجتماعات", W_GATHERING}, {"دوره", W_GATHERING},
    {"غاب", W_AWAY}, {"غابت", W_AWAY}, {"يغيب", W_AWAY}, {"تغيب", W_AWAY}, {"تغيبت", W_AWAY},
    {"لن", W_NOT}, {"لم", W_NOT}, {"لا", W_NOT},
    {"وصل", W_ARRIVAL}, {"وصلت", W_ARRIVAL}, {"توجه", W_ARRIVAL}, {"توجهت", W_ARRIVAL}, {"سافر", W_ARRIVAL},
    {"سافرت", W_ARRIVAL}, {"يصل", W_ARRIVAL | W_IMPERFECT}, {"تصل", W_ARRIVAL | W_IMPERFECT},
    {"يتوجه", W_ARRIVAL | W_IMPERFECT}, {"تتوجه", W_ARRIVAL | W_IMPERFECT}, {"يسافر", W_ARRIVAL | W_IMPERFECT},
    {"تسافر", W_ARRIVAL | W_IMPERFECT}, {"حلت", W_ARRIVAL}, {"يحل", W_ARRIVAL | W_IMPERFECT},
    {"تحل", W_ARRIVAL | W_IMPERFECT}, {"سيصل", W_ARRIVAL | W_IMPERFECT}, {"ستصل", W_ARRIVAL | W_IMPERFECT},
    {"سيحل", W_ARRIVAL | W_IMPERFECT}, {"ستحل", W_ARRIVAL | W_IMPERFECT},   /* سـ + a three-letter verb stays whole (TXT-CL-5) */
    {"ينتقل", W_ARRIVAL | W_IMPERFECT}, {"تنتقل", W_ARRIVAL | W_IMPERFECT},   /* (the next leg; its perfect moves within a city too: "انتقل إلى عين التينة") */
    {"حط", W_ARRIVAL}, {"وحط", W_ARRIVAL}, {"حطت", W_ARRIVAL}, {"يحط", W_ARRIVAL | W_IMPERFECT}, {"تحط", W_ARRIVAL | W_IMPERFECT},   /* حطّ في: landed */
    {"بحث", W_TOPIC_VERB}, {"بحثا", W_TOPIC_VERB}, {"ناقش", W_TOPIC_VERB}, {"ناقشا", W_TOPIC_VERB},
    {"يبحث", W_TOPIC_VERB}, {"يبحثان", W_TOPIC_VERB}, {"يناقش", W_TOPIC_VERB}, {"يناقشان", W_TOPIC_VERB},
    {"تناول", W_TOPIC_VERB}, {"تطرق", W_TOPIC_VERB}, {"ركز", W_TOPIC_VERB}, {"تباحث", W_TOPIC_VERB},
    {"مناقشه", W_TOPIC | W_TOPIC_OPEN}, {"تناولا", W_TOPIC | W_TOPIC_OPEN}, {"تطرقا", W_TOPIC | W_TOPIC_OPEN},
    {"ركزا", W_TOPIC | W_TOPIC_OPEN}, {"تباحثا", W_TOPIC | W_TOPIC_OPEN}, {"تناولت", W_TOPIC | W_TOPIC_OPEN},
    {"تطرقت", W_TOPIC | W_TOPIC_OPEN}, {"ركزت", W_TOPIC | W_TOPIC_OPEN},   /* the talks or meeting "dealt with" */
    {"حول", W_TOPIC | W_TOPIC_OPEN}, {"بشان", W_TOPIC | W_TOPIC_OPEN}, {"حيال", W_TOPIC | W_TOPIC_OPEN}, {"رافق", W_TOPIC | W_COMPANY},
    /* (the occasion of a message, what it concerns, what a call told him of) */
    {"بمناسبه", W_TOPIC_OPEN}, {"تتعلق", W_TOPIC_OPEN}, {"يتعلق", W_TOPIC_OPEN}, {"اطلعه", W_TOPIC_OPEN}, {"اطلعها", W_TOPIC_OPEN},
    {"بسبب", W_TOPIC}, {"جراء", W_TOPIC},   /* (what caused it: "… بسبب الحالة الصحية للملك سلمان") */
    {"نظرا", W_TOPIC},                      /* ("… نظراً لدخول خادم الحرمين الشريفين المستشفى") */
    {"تهدف", W_TOPIC | W_TOPIC_OPEN}, {"يهدف", W_TOPIC | W_TOPIC_OPEN}, {"بهدف", W_TOPIC | W_TOPIC_OPEN},   /* (its aim: "زيارة تهدف إلى تثبيت وقف إطلاق النار في غزة") */
    {"رافقه", W_TOPIC | W_COMPANY}, {"يرافقه", W_TOPIC | W_COMPANY}, {"ترافقه", W_TOPIC | W_COMPANY},
    /* (with her or them: "استقبل عون أورتاغوس، ترافقها السفيرة الأميركية ليزا جونسون") */
    {"رافقها", W_TOPIC | W_COMPANY}, {"يرافقها", W_TOPIC | W_COMPANY}, {"ترافقها", W_TOPIC | W_COMPANY},
    {"رافقهم", W_TOPIC | W_COMPANY}, {"يرافقهم", W_TOPIC | W_COMPANY}, {"ترافقهم", W_TOPIC | W_COMPANY},
    {"يرافقهما", W_TOPIC | W_COMPANY},
    {"ضم", W_MEMBERS}, {"يضم", W_MEMBERS}, {"تضم", W_MEMBERS}, {"ضمت", W_MEMBERS},
    {"ضريح", W_NAMED_AFTER}, {"قبر", W_NAMED_AFTER}, {"نصب", W_NAMED_AFTER}, {"مركز", W_NAMED_AFTER},
    {"جامع", W_NAMED_AFTER}, {"مسجد", W_NAMED_AFTER}, {"مؤسسه", W_NAMED_AFTER}, {"جائزه", W_NAMED_AFTER},
    {"مستشفي", W_NAMED_AFTER}, {"جامعه", W_NAMED_AFTER}, {"متحف", W_NAMED_AFTER}, {"مكتبه", W_NAMED_AFTER},
    {"مطار", W_NAMED_AFTER}, {"ميناء", W_NAMED_AFTER}, {"قاعده", W_NAMED_AFTER}, {"شارع", W_NAMED_AFTER},
    {"ميدان", W_NAMED_AFTER},
    {"يرافق", W_TOPIC | W_COMPANY}, {"ترافق", W_TOPIC | W_COMPANY}, {"رافقت", W_TOPIC | W_COMPANY},
    {"برفقه", W_TOPIC | W_COMPANY}, {"رفقه", W_TOPIC | W_COMPANY}, {"بصحبه", W_TOPIC | W_COMPANY},
    {"صحبه", W_TOPIC | W_COMPANY}, {"بحضور", W_TOPIC | W_COMPANY}, {"حضور", W_TOPIC | W_COMPANY},
    {"برعايه", W_TOPIC | W_COMPANY}, {"رعايه", W_TOPIC | W_COMPANY}, {"بوساطه", W_TOPIC | W_COMPANY},
    {"وساطه", W_TOPIC | W_COMPANY}, {"مرفوقا", W_TOPIC | W_COMPANY}, {"مرفوقه", W_TOPIC | W_COMPANY},
    {"بناء", W_REQUEST}, {"بطلب", W_REQUEST}, {"بمبادره", W_REQUEST},
    {"حضر", W_TOPIC | W_ATTEND}, {"حضره", W_TOPIC}, {"حضرها", W_TOPIC}, {"حضرت", W_ATTEND}, {"يحضر", W_ATTEND},
    {"اتفق", W_AGREE}, {"اتفقا", W_AGREE}, {"اتفقت", W_AGREE}, {"اتفقتا", W_AGREE}, {"اتفقوا", W_AGREE},
    {"يتفق", W_AGREE}, {"يتفقان", W_AGREE}, {"توافق", W_AGREE}, {"توافقا", W_AGREE},
    {"مشاركه", W_PARTAKE}, {"مشاركته", W_PARTAKE}, {"مشاركتها", W_PARTAKE}, {"مشاركتهم", W_PARTAKE},
    {"شارك", W_ATTEND}, {"شاركت", W_ATTEND}, {"يشارك", W_ATTEND}, {"تشارك", W_ATTEND}, {"سلمها", W_TOPIC | W_CARRY},
    {"سلمه", W_TOPIC | W_CARRY}, {"حملها", W_TOPIC | W_CARRY}, {"نقلها", W_TOPIC | W_CARRY},
    {"نقل", W_TOPIC | W_CARRY | W_DELIVER}, {"ينقل", W_TOPIC | W_CARRY | W_DELIVER},
    {"حاملا", W_TOPIC | W_CARRY | W_DELIVER},
    {"ناقلا", W_TOPIC | W_CARRY | W_DELIVER},
    {"سلم", W_DELIVER}, {"سلمت", W_DELIVER}, {"يسلم", W_DELIVER}, {"حمل", W_DELIVER}, {"حملت", W_DELIVER},
    {"يحمل", W_DELIVER}, {"نقلت", W_DELIVER}, {"تنقل", W_DELIVER},
    {"ياتي", W_COME}, {"تاتي", W_COME}, {"جاء", W_COME}, {"جاءت", W_COME},
    {"انضم", W_JOIN}, {"انضمت", W_JOIN}, {"انضموا", W_JOIN}, {"ينضم", W_JOIN}, {"تنضم", W_JOIN},
    {"ينضمون", W_JOIN},
    /* the occasion of a message: condolences on a death, congratulations on a win */
    {"وفاه", W_TOPIC}, {"رحيل", W_TOPIC}, {"مقتل", W_TOPIC}, {"اغتيال", W_TOPIC}, {"مناسبه", W_TOPIC},
    {"فوز", W_TOPIC}, {"فوزه", W_TOPIC}, {"انتخاب", W_TOPIC}, {"انتخابه", W_TOPIC},
    {"قال", W_SAYING}, {"قالت", W_SAYING}, {"اعلن", W_SAYING}, {"اعلنت", W_SAYING}, {"اكد", W_SAYING},
    {"اكدت", W_SAYING}, {"ذكر", W_SAYING}, {"ذكرت", W_SAYING}, {"اوضح", W_SAYING}, {"صرح", W_SAYING},
    {"كشف", W_SAYING}, {"نفي", W_SAYING}, {"نفت", W_SAYING}, {"اشار", W_SAYING}, {"يقول", W_SAYING},
    {"اضاف", W_SAYING}, {"اضافت", W_SAYING}, {"افاد", W_SAYING}, {"شدد", W_SAYING}, {"لفت", W_SAYING},
    {"تابع", W_SAYING}, {"ابلغ", W_SAYING}, {"اخبر", W_SAYING}, {"اعرب", W_SAYING}, {"اعربت", W_SAYING},
    {"يشير", W_SAYING}, {"تشير", W_SAYING}, {"يشر", W_SAYING}, {"تشر", W_SAYING},
    /* (the feminine, a presidency's or a ministry's: "أوضحت الرئاسة في بيان أن …") */
    {"اوضحت", W_SAYING}, {"صرحت", W_SAYING}, {"كشفت", W_SAYING}, {"اشارت", W_SAYING}, {"افادت", W_SAYING},
    {"شددت", W_SAYING}, {"لفتت", W_SAYING}, {"تابعت", W_SAYING}, {"ابلغت", W_SAYING}, {"اخبرت", W_SAYING},
    {"يجر", W_LIGHT}, {"تجر", W_LIGHT}, {"يجري", W_LIGHT | W_HOLD}, {"تجري", W_LIGHT | W_HOLD},
    {"يعقد", W_LIGHT | W_HOLD}, {"تعقد", W_LIGHT | W_HOLD}, {"يتم", W_LIGHT}, {"تتم", W_LIGHT}, {"يكن", W_LIGHT},
    {"تكن", W_LIGHT}, {"يحدث", W_LIGHT},
    {"يعقدان", W_HOLD}, {"تعقدان", W_HOLD}, {"يجريان", W_HOLD}, {"تجريان", W_HOLD}, {"يقوم", W_HOLD},
    {"تقوم", W_HOLD}, {"يقومان", W_HOLD}, {"تقومان", W_HOLD},
    /* (chairing or opening one: "يترأس السيسي وتوسك اليوم أعمال القمة"، "تنطلق اليوم أعمال القمة") */
    {"يتراس", W_HOLD}, {"تتراس", W_HOLD}, {"يتراسان", W_HOLD}, {"تنطلق", W_HOLD}, {"ينطلق", W_HOLD}, {"تفتتح", W_HOLD},
    /* (each has a letter run recall's first test looks for: لغ، رج، اج، نف، ناف) */
    {"الغي", W_CALL_OFF}, {"الغت", W_CALL_OFF}, {"الغيت", W_CALL_OFF}, {"الغاء", W_CALL_OFF}, {"ارجا", W_CALL_OFF},
    {"ارجات", W_CALL_OFF}, {"ارجئ", W_CALL_OFF}, {"ارجئت", W_CALL_OFF}, {"ارجاء", W_CALL_OFF}, {"تاجيل", W_CALL_OFF},
    {"تاجل", W_CALL_OFF}, {"تاجلت", W_CALL_OFF}, {"اجل", W_CALL_OFF}, {"اجلت", W_CALL_OFF}, {"نفي", W_CALL_OFF},
    {"نفت", W_CALL_OFF}, {"ينفي", W_CALL_OFF}, {"تنفي", W_CALL_OFF}, {"نفيا", W_CALL_OFF}, {"نافيا", W_CALL_OFF},
    {"نافيه", W_CALL_OFF}, {"يلغي", W_CALL_OFF}, {"تلغي", W_CALL_OFF}, {"يرجئ", W_CALL_OFF}, {"ترجئ", W_CALL_OFF},
    {"يرجا", W_CALL_OFF}, {"ترجا", W_CALL_OFF}, {"يؤجل", W_CALL_OFF}, {"تؤجل", W_CALL_OFF},
    /* a verb of wanting or intending whose subject is that of the verb after أن */
    {"يامل", W_CONTROL}, {"تامل", W_CONTROL}, {"ياملان", W_CONTROL}, {"يريد", W_CONTROL}, {"تريد", W_CONTROL},
    {"يرغب", W_CONTROL}, {"ترغب", W_CONTROL}, {"يعتزم", W_CONTROL}, {"تعتزم", W_CONTROL}, {"ينوي", W_CONTROL},
    {"تنوي", W_CONTROL}, {"يود", W_CONTROL}, {"تود", W_CONTROL}, {"يسعي", W_CONTROL}, {"تسعي", W_CONTROL},
    {"يخطط", W_CONTROL}, {"تخطط", W_CONTROL}, {"يتوقع", W_CONTROL}, {"تتوقع", W_CONTROL}, {"يطمح", W_CONTROL},
    {"تطمح", W_CONTROL}, {"يتمني", W_CONTROL},
    {"تتمني", W_CONTROL}, {"يحاول", W_CONTROL}, {"تحاول", W_CONTROL}, {"قرر", W_CONTROL}, {"قررت", W_CONTROL},
    {"اخر", W_ANOTHER}, {"اخري", W_ANOTHER}, {"ثان", W_ANOTHER}, {"ثاني", W_ANOTHER}, {"ثانيه", W_ANOTHER},
    {"ثالث", W_ANOTHER}, {"ثالثه", W_ANOTHER}, {"جديد", W_ANOTHER}, {"جديده", W_ANOTHER}, {"مقبل", W_ANOTHER},
    {"مقبله", W_ANOTHER}, {"قادم", W_ANOTHER}, {"قادمه", W_ANOTHER},
    {"اول", W_ORDINAL}, {"ثاني", W_ORDINAL}, {"ثالث", W_ORDINAL}, {"رابع", W_ORDINAL}, {"خامس", W_ORDINAL},
    {"سادس", W_ORDINAL}, {"سابع", W_ORDINAL}, {"ثامن", W_ORDINAL}, {"تاسع", W_ORDINAL}, {"عاشر", W_ORDINAL}, {"اخر", W_ORDINAL},
    {"بصفته", W_CAPACITY}, {"بصفتها", W_CAPACITY}, {"بوصفه", W_CAPACITY}, {"بوصفها", W_CAPACITY},
    {"في", W_HEAD}, {"وفي", W_HEAD}, {"ففي", W_HEAD}, {"اما", W_HEAD}, {"واما", W_HEAD}, {"ثم", W_HEAD},
    {"تاريخ", W_HEAD},
    {"تلقي", W_RECEIVED}, {"تلقت", W_RECEIVED}, {"يتلقي", W_RECEIVED}, {"تتلقي", W_RECEIVED},
    {"تسلم", W_RECEIVED}, {"تسلمت", W_RECEIVED}, {"يتسلم", W_RECEIVED}, {"تتسلم", W_RECEIVED},
    {"استلم", W_RECEIVED}, {"استلمت", W_RECEIVED},
    {"عقد", W_PAST_LIGHT}, {"عقدت", W_PAST_LIGHT}, {"عقدا", W_PAST_LIGHT}, {"اجري", W_PAST_LIGHT},
    {"اجرت", W_PAST_LIGHT}, {"اجريا", W_PAST_LIGHT}, {"جري", W_PAST_LIGHT}, {"جرت", W_PAST_LIGHT},
    {"تحدث", W_SPEAK}, {"تحدثت", W_SPEAK}, {"يتحدث", W_SPEAK}, {"تتحدث", W_SPEAK}, {"تحدثا", W_SPEAK},
    {"يتحدثان", W_SPEAK}, {"تواصل", W_SPEAK}, {"تواصلا", W_SPEAK}, {"تبادل", W_SPEAK}, {"تبادلا", W_SPEAK},
    {"يتبادل", W_SPEAK},
    {"في", W_ADJUNCT}, {"يوم", W_ADJUNCT}, {"من", W_ADJUNCT}, {"الي", W_ADJUNCT}, {"علي", W_ADJUNCT},
    {"و", W_ADJUNCT}, {"موافق", W_ADJUNCT}, {"مدينه", W_ADJUNCT}, {"عاصمه", W_ADJUNCT}, {"قصر", W_ADJUNCT},
    {"وقت", W_ADJUNCT}, {"سابق", W_ADJUNCT}, {"لاحق", W_ADJUNCT}, {"نفسه", W_ADJUNCT}, {"ذاته", W_ADJUNCT},   /* في وقت سابق من اليوم نفسه */
    {"مقبل", W_DEICTIC}, {"مقبله", W_DEICTIC}, {"قادم", W_DEICTIC}, {"قادمه", W_DEICTIC}, {"جاري", W_DEICTIC},
    {"جاريه", W_DEICTIC}, {"حالي", W_DEICTIC}, {"حاليه", W_DEICTIC}, {"هذا", W_DEICTIC}, {"هذه", W_DEICTIC},
    {"غدا", W_DEICTIC}, {"غد", W_DEICTIC},
    {"في", W_MANNER}, {"لحظه", W_MANNER}, {"اخيره", W_MANNER}, {"شكل", W_MANNER}, {"مفاجئ", W_MANNER},
    {"فجاه", W_MANNER}, {"مؤقتا", W_MANNER}, {"ايضا", W_MANNER}, {"مجددا", W_MANNER}, {"رسميا", W_MANNER},
    {"الذي", W_RELATIVE}, {"التي", W_RELATIVE}, {"اللذين", W_RELATIVE}, {"اللتين", W_RELATIVE},
    {"اللذان", W_RELATIVE}, {"اللتان", W_RELATIVE}, {"حيث", W_RELATIVE},
    {"جمع", W_GATHER}, {"جمعت", W_GATHER}, {"يجمع", W_GATHER}, {"تجمع", W_GATHER},
    {"خلاله", W_TOPIC_SKIP}, {"خلالها", W_TOPIC_SKIP}, {"فيه", W_TOPIC_SKIP}, {"فيها", W_TOPIC_SKIP},
    {"حينها", W_TOPIC_SKIP}, {"معه", W_TOPIC_SKIP}, {"معها", W_TOPIC_SKIP}, {"معهما", W_TOPIC_SKIP},
    {"هاتفيا", W_TOPIC_SKIP}, {"هاتفي", W_TOPIC_SKIP}, {"هاتفيه", W_TOPIC_SKIP}, {"الي", W_TOPIC_SKIP},
    {"علي", W_TOPIC_SKIP},
    {"استضاف", W_HOST}, {"استضافت", W_HOST}, {"يستضيف", W_HOST}, {"تستضيف", W_HOST},
    {"بين", W_GATHER},
    {"ثلاثي", W_JOINT}, {"ثلاثيه", W_JOINT}, {"ثلاثيا", W_JOINT}, {"رباعي", W_JOINT}, {"رباعيه", W_JOINT},
    {"رباعيا", W_JOINT}, {"خماسي", W_JOINT}, {"خماسيه", W_JOINT}, {"مشترك", W_JOINT}, {"مشتركه", W_JOINT},
    {"مشتركا", W_JOINT}, {"جماعي", W_JOINT}, {"جماعيه", W_JOINT}, {"موسع", W_JOINT}, {"موسعه", W_JOINT},
    {"معا", W_JOINT}, {"جميعا", W_JOINT}, {"كلاهما", W_JOINT}, {"اللذين", W_JOINT}, {"اللتين", W_JOINT},
    {"اللذان", W_JOINT}, {"اللتان", W_JOINT}, {"الذين", W_JOINT},
    {"الطرفان", W_SIDES}, {"الطرفين", W_SIDES}, {"الجانبان", W_SIDES}, {"الجانبين", W_SIDES},
    {"بعث", W_SEND}, {"بعثت", W_SEND}, {"يبعث", W_SEND}, {"تبعث", W_SEND}, {"ارسل", W_SEND}, {"ارسلت", W_SEND},
    {"يرسل", W_SEND}, {"ترسل", W_SEND}, {"وجه", W_SEND}, {"وجهت", W_SEND}, {"يوجه", W_SEND},
    {"هناه", W_OBJ_PRON}, {"هناها", W_OBJ_PRON}, {"عزاه", W_OBJ_PRON}, {"عزاها", W_OBJ_PRON},
    {"اعتذر", W_DECLINE}, {"اعتذرت", W_DECLINE}, {"يعتذر", W_DECLINE}, {"تعتذر", W_DECLINE},
    {"عرض", W_OFFER}, {"عرضت", W_OFFER}, {"يعرض", W_OFFER}, {"تعرض", W_OFFER},
    {"يكون", W_BE}, {"تكون", W_BE}, {"يكونا", W_BE}, {"تكونا", W_BE},
    {"به", W_SELF}, {"بها", W_SELF}, {"معه", W_SELF}, {"معها", W_SELF}, {"اليه", W_SELF}, {"اليها", W_SELF},
    {"وفق", W_SOURCE}, {"وفقا", W_SOURCE}, {"حسب", W_SOURCE}, {"طبقا", W_SOURCE},
};

enum { CLASS_BITS = 10, CLASS_SLOTS = 1 << CLASS_BITS };   /* over twice the words (479) */
typedef struct class_slot { uint64_t key; const char *w; wclass cls; } class_slot;   /* key 0: empty */
static class_slot class_table[CLASS_SLOTS];
/* [n]: bit b set when a word of n bytes ends in a byte that is b modulo 64 (all are under 64
 * bytes), and when its first letter's second byte is: the tests that turn most other words away
 * before the hash. */
static uint64_t class_ends[64], class_starts[64];
static pthread_once_t class_once = PTHREAD_ONCE_INIT;

/* A word of n >= 2 bytes as a number: its length and its first and last two bytes (an Arabic
 * word's first and last letters). It picks the slot, and tells most other words apart without
 * reading the rest. */
static uint64_t word_key(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    return (uint64_t)n << 32 | (uint32_t)(u[0] | u[1] << 8 | u[n - 2] << 16 | (uint32_t)u[n - 1] << 24);
}

/* The first slot of a key: the top bits of the product depend on all of it. */
static size_t key_slot(uint64_t key)
{
    uint32_t h = (uint32_t)(key >> 32) * 0x9E3779B1u ^ (uint32_t)key;
    return (h * 0x85EBCA77u) >> (32 - CLASS_BITS);
}

static void class_init(void)
{
    for (size_t k = 0; k < sizeof class_words / sizeof *class_words; k++) {
        const char *w = class_words[k].w;
        size_t n = strlen(w);
        uint64_t key = word_key(w, n);
        size_t h = key_slot(key);
        while (class_table[h].key && !(class_table[h].key == key && memcmp(class_table[h].w, w, n) == 0))
            h = (h + 1) & (CLASS_SLOTS - 1);
        class_table[h] = (class_slot){key, w, class_table[h].cls | class_words[k].cls};
        class_ends[n] |= (uint64_t)1 << ((unsigned char)w[n - 1] & 63);
        class_starts[n] |= (uint64_t)1 << ((unsigned char)w[1] & 63);
    }
}

static inline wclass class_of(const char *p, size_t n)
{
    if (n - 2 >= 62 || !(class_ends[n] >> ((unsigned char)p[n - 1] & 63) & 1)) return 0;   /* no word is shorter */
    if (!(class_starts[n] >> ((unsigned char)p[1] & 63) & 1)) return 0;   /* (nor begins so: the first letter's second byte) */
    uint64_t key = word_key(p, n);
    for (size_t h = key_slot(key); class_table[h].key; h = (h + 1) & (CLASS_SLOTS - 1))
        if (class_table[h].key == key && (n <= 4 || memcmp(class_table[h].w + 2, p + 2, n - 4) == 0))
            return class_table[h].cls;
    return 0;
}

/* The classes of the tokens of the block being read, each worked out at its first question
 * (the rules ask of the same tokens again and again): visit points it at its text. One per
 * thread, as rasd_extract may run on several. */
typedef struct class_memo {
    const rasd_text *t;
    wclass *cls;
    size_t n, cap;
    size_t f, l, s0, s1;   /* the sentence visit reads: its tokens and its text bytes (for tok_at) */
} class_memo;
static _Thread_local class_memo memo;
#define CLASS_UNKNOWN UINT64_MAX

static void memo_reset(const rasd_text *t)
{
    memo.f = memo.l = memo.s0 = memo.s1 = 0;
    if (t->ntok > memo.cap) {
        memo.cap = t->ntok * 2;
        memo.cls = rasd_xrealloc(memo.cls, memo.cap * sizeof *memo.cls);
    }
    memo.t = t;
    memo.n = t->ntok;
    for (size_t i = 0; i < memo.n; i++) memo.cls[i] = CLASS_UNKNOWN;
}

/* The classes of token i < t->ntok: its whole form's and its stem's. The table is built by
 * rasd_extract, and the sentences (so the tokens) of t by visit, before any rule asks. */
static wclass token_classes(const rasd_text *t, size_t i)
{
    const rasd_token *k = &t->tok[i];
    wclass c = class_of(t->norm + k->start, k->end - k->start);
    if (k->stem != k->start) {
        wclass s = class_of(t->norm + k->stem, k->end - k->stem);
        /* on لـ, a masdar of company is a purpose: "لحضور منتدى" is to attend it, not "in the
         * presence of" */
        if (k->clitics & RASD_CL_LI) s &= ~W_COMPANY;
        c |= s;
    }
    return c;
}

/* word_class the first time it is asked of token i (or of a text other than the memo's). */
static wclass first_class(rasd_text *t, size_t i)
{
    if (i >= t->ntok) return 0;
    if (t != memo.t) return token_classes(t, i);
    return memo.cls[i] = token_classes(t, i);
}

/* token_classes of token i (0 out of range), from the memo once asked: the test inline, as the
 * rules ask some 70 000 times per MB, mostly of tokens asked before. */
static inline wclass word_class(rasd_text *t, size_t i)
{
    if (t == memo.t && i < memo.n && memo.cls[i] != CLASS_UNKNOWN) return memo.cls[i];
    return first_class(t, i);
}

/* Token index of a text byte offset (the token that contains or follows it): a binary search
 * over the tokens of the sentence being read when the offset is in it (the token is one of
 * them: the map from text to input never decreases), else over the whole text. */
static size_t tok_at(rasd_text *t, size_t off)
{
    size_t lo = 0, hi;
    if (t == memo.t && off >= memo.s0 && off < memo.s1) { lo = memo.f; hi = memo.l; }
    else hi = rasd_text_ntokens(t);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (rasd_text_source_inline(t, t->tok[mid].end) <= off) lo = mid + 1; else hi = mid;
    }
    return lo;
}

/* How the punctuation token at p (n bytes) ends a clause: 1 for a comma (، or ,), 3 for "(", 4
 * for ")", 2 for the other marks (؛ ؟ : ; . ! ?), 0 if it does not. */
static int mark_end(const char *p, size_t n)
{
    if (!n) return 0;
    switch ((unsigned char)p[0]) {
    case ',': return 1;
    case '(': return 3;
    case ')': return 4;
    case ':': case ';': case '.': case '!': case '?': return 2;
    case 0xD8: return n < 2 ? 0 : p[1] == '\x8C' ? 1 : p[1] == '\x9B' || p[1] == '\x9F' ? 2 : 0;
    default: return 0;
    }
}

/* Token k ends a clause: mark_end of a punctuation token, 0 for any other. Inline, as the rules
 * walk clauses token by token and most tokens are words. */
static inline int clause_end(rasd_text *t, size_t k)
{
    const rasd_token *q = &t->tok[k];   /* k is a token of the visited sentences: analyzed */
    return q->kind == RASD_TOK_PUNCT ? mark_end(t->norm + q->start, q->end - q->start) : 0;
}

/* The token that closes (dir +1) or opens (dir -1) the short parenthesis at k — at most five
 * tokens inside, no other mark: "(APEC)", "(2017-2021)" — or SIZE_MAX. */
static size_t insertion_end(rasd_text *t, size_t k, size_t f, size_t l, int dir)
{
    for (size_t i = k, n = 0; n < 6; n++) {
        if (dir > 0 ? i + 1 >= l : i <= f) return SIZE_MAX;
        i = dir > 0 ? i + 1 : i - 1;
        int c = clause_end(t, i);
        if (c == (dir > 0 ? 4 : 3)) return i;
        if (c) return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Tokens [a, b) are a clause of their own: a comma before them, and a mark or the end of the
 * sentence (l) after them. */
static bool set_off(rasd_text *t, size_t a, size_t b, size_t l)
{
    return a > 0 && clause_end(t, a - 1) == 1 && (b >= l || clause_end(t, b));
}

/* Mention kinds for covered(). */
enum { COVER_PERSON = 1, COVER_PLACE = 2, COVER_TIME = 4 };

/* Every token of [a, b) of the block lies within a mention of one of the kinds (places include
 * countries), a word of `skip` excepted: the function words W_ADJUNCT for an adjunct clause. */
static bool covered(const rasd_block_view *v, size_t a, size_t b, unsigned kinds, wclass skip)
{
    rasd_text *t = v->t;
    for (size_t i = a; i < b; i++) {
        if (skip && (word_class(t, i) & skip)) continue;
        size_t s0 = rasd_text_source_inline(t, t->tok[i].start), s1 = rasd_text_source_inline(t, t->tok[i].end);
        /* a place's token may carry a preposition the mention leaves out ("بجدة") */
        size_t st = rasd_text_source_inline(t, t->tok[i].stem);
        bool in = false;
        for (size_t k = 0; k < v->nents && !in; k++) {
            const rasd_entmention *m = &v->ents[k];
            bool place = m->kind == RASD_ENT_PLACE || m->kind == RASD_ENT_COUNTRY;
            in = ((kinds & COVER_PERSON && m->kind == RASD_ENT_PERSON && m->start <= s0) ||
                  (kinds & COVER_PLACE && place && m->start <= st)) && m->end >= s1;
        }
        for (size_t k = 0; k < v->ntimes && !in && (kinds & COVER_TIME); k++)
            in = v->times[k].kind == RASD_TIMEX_TIME && v->times[k].start <= s0 && v->times[k].end >= s1;
        if (!in) return false;
    }
    return true;
}

/* An organization's mention opens at token i ("حركة حماس"، "الاتحاد الأوروبي"). */
static bool org_at(const rasd_block_view *v, size_t i)
{
    rasd_text *t = v->t;
    if (i >= t->ntok) return false;
    size_t s0 = rasd_text_source_inline(t, t->tok[i].start), st = rasd_text_source_inline(t, t->tok[i].stem);
    for (size_t k = 0; k < v->nents; k++)
        if (v->ents[k].kind == RASD_ENT_ORG && (v->ents[k].start == s0 || v->ents[k].start == st)) return true;
    return false;
}

/* The token after a contact noun at i, past a place after في ("قمة في إسطنبول تجمع بوتين
 * وزيلينسكي": the verb of gathering), up to three words of it. */
static size_t past_place(const rasd_block_view *v, size_t i, size_t l)
{
    if (i + 1 >= l || !stem_is(v->t, i, "في")) return i;
    for (size_t e = i + 2; e <= i + 4 && e < l; e++)
        if (covered(v, i + 1, e, COVER_PLACE, 0) && !covered(v, i + 1, e + 1, COVER_PLACE, 0)) return e;
    return i;
}

/* The words that open a clause that calls off what the clause before it told (EV-3): لكن، إلا أن، غير أن. */
static const char *const opener_but[] = {"لكن", "لكنها", "لكنه", "ولكن", "ولكنها", "ولكنه", "الا", "غير"};

/* Token i is خلالها/خلاله: what comes before it took place during a contact told before. */
static bool during_it(rasd_text *t, size_t i, size_t l)
{
    return i < l && (stem_is(t, i, "خلالها") || stem_is(t, i, "خلاله"));
}

/* Token i is one of the n normalized words w (whole). */
static bool token_among(rasd_text *t, size_t i, const char *const *w, size_t n)
{
    if (i >= t->ntok) return false;
    const rasd_token *k = rasd_text_token_inline(t, i);
    const char *a = t->norm + k->start, *b = t->norm + k->stem;
    size_t na = k->end - k->start, nb = k->end - k->stem;
    /* compared byte by byte, stopping at the first that differs, where strlen and memcmp would
     * read each word whole: the lists are asked at many tokens */
    for (size_t q = 0; q < n; q++) {
        const char *x = w[q];
        size_t j = 0;
        while (j < na && x[j] == a[j]) j++;
        if (j == na && !x[na]) return true;
        for (j = 0; nb != na && j < nb && x[j] == b[j];) j++;
        if (nb != na && j == nb && !x[nb]) return true;
    }
    return false;
}

/* EV-2: the contact whose word ends at token a names its other side as no person, within three
 * tokens before cb: مع and an organization or a group ("أي مفاوضات مباشرة مع حركة «إم 23»"), or
 * بين and delegations ("جولة مفاوضات في القاهرة بين الوفدين الفنيين") — no contact of a pair
 * told before. */
static bool side_unnamed(const rasd_block_view *v, size_t a, size_t cb)
{
    rasd_text *t = v->t;
    /* (… or the press: "في لقائه الدوري مع وسائل الإعلام", an interview) */
    static const char *const groups[] = {"حركه", "الحركه", "جماعه", "الجماعه", "فصائل", "الفصائل", "المتمردين", "المعارضه",
                                         "وسائل", "الصحفيين", "الصحافيين", "الاعلاميين", "الصحافه"};
    static const char *const delegations[] = {"الوفدين", "الوفود", "وفدي"};
    for (size_t i = a; i + 1 < cb && i < a + 4; i++) {
        if (stem_is(t, i, "مع") && (org_at(v, i + 1) || token_among(t, i + 1, groups, sizeof groups / sizeof *groups))) return true;
        if (stem_is(t, i, "بين") && token_among(t, i + 1, delegations, sizeof delegations / sizeof *delegations)) return true;
        /* (… or a people, from or to whom: "رسالة صداقة من الشعب الصيني إلى الشعب السعودي") */
        if ((stem_is(t, i, "من") || stem_is(t, i, "الي")) && stem_is(t, i + 1, "الشعب")) return true;
    }
    return false;
}

/* Token i says a contact is like one told before: مماثل (مماثلا، مماثلة، مماثلين، مماثلتين). */
static bool similar_word(rasd_text *t, size_t i)
{
    static const char *const w[] = {"مماثلا", "مماثله", "مماثلين", "مماثلتين"};
    return token_among(t, i, w, sizeof w / sizeof *w);
}

/* Token i says "the same" after what it qualifies (نفسها، ذاتها، نفسه، ذاته: "في المدينة نفسها"،
 * "على هامش القمة ذاتها"). */
static bool same_word(rasd_text *t, size_t i)
{
    static const char *const w[] = {"نفسها", "ذاتها", "نفسه", "ذاته"};
    return token_among(t, i, w, sizeof w / sizeof *w);
}

static size_t honorifics_before(rasd_text *t, size_t f, size_t p);
static bool country_of(const rasd_dict *d, const char *location, uint32_t place);
static const char *bound_for(const rasd_block_view *v, size_t tok, size_t b);

/* The words of one sent or accredited: an envoy's, an ambassador's, a delegate's, a representative's
 * ("المبعوث الخاص إلى سوريا"، "سفير الجمهورية التركية بتونس") */
static const char *const agent_w[] = {"المبعوث", "مبعوث", "المبعوثه", "مبعوثه", "سفير", "السفير", "سفيره", "السفيره",
                                      "المعتمد", "المعتمده", "مندوب", "المندوب", "ممثل", "الممثل", "ممثله", "الممثله",
                                      "المنسق", "منسق"};
#define NAGENT (sizeof agent_w / sizeof *agent_w)

/* Tokens [a, b) are persons' names or titles and nothing else (but an honorific before them):
 * set off by commas ("الرئيس
 * الأميركي، دونالد ترامب، يعتزم …") they are an apposition, not a clause of their own. */
static bool apposition(const rasd_block_view *v, size_t a, size_t b)
{
    /* one word before the name that the tagger leaves out: an honorific ("، السيد عبد المجيد
     * تبون،"); titles one after another ("، ولي العهد رئيس مجلس الوزراء،") */
    if (a < b && (covered(v, a, b, COVER_PERSON, 0) || (b - a >= 2 && covered(v, a + 1, b, COVER_PERSON, 0)))) return true;
    /* (or on whose behalf, نيابة عن: "استقبل الأمير خالد بن سلمان، نيابة عن خادم الحرمين الشريفين،
     * الرئيس زيلينسكي") */
    if (b > a + 2 && stem_is(v->t, a, "نيابه") && stem_is(v->t, a + 1, "عن") && apposition(v, a + 2, b)) return true;
    /* (or honorifics and ranks of up to four words: "، الفريق أول عبد الفتاح البرهان،") */
    for (size_t p = a + 2; p < b && p <= a + 4; p++)   /* (where a person's name starts, first) */
        if (covered(v, p, p + 1, COVER_PERSON, 0)) {
            if (honorifics_before(v->t, a, p) == a && covered(v, p, b, COVER_PERSON, 0)) return true;
            break;
        }
    /* a blessing after a ruler's name ("الملك محمد السادس، نصره الله، مساء أمس"، "، حفظه الله
     * ورعاه،"), also after his title and in quotes, parentheses or dashes ("، رئيس الدولة «حفظه
     * الله»،"، "-حفظه الله-") */
    size_t e = b;
    while (e > a && rasd_text_token_inline(v->t, e - 1)->kind == RASD_TOK_PUNCT) e--;
    size_t g = e >= a + 2 && stem_is(v->t, e - 1, "الله") ? e - 2
             : e >= a + 3 && stem_is(v->t, e - 2, "الله") && (rasd_text_token_inline(v->t, e - 1)->clitics & RASD_CL_WA) ? e - 3 : SIZE_MAX;
    static const char *const bless[] = {"نصره", "نصرها", "حفظه", "حفظها", "يحفظه", "يحفظها", "ايده", "ايدها", "رعاه", "رعاها"};
    if (g != SIZE_MAX && token_among(v->t, g, bless, sizeof bless / sizeof *bless)) {
        while (g > a && rasd_text_token_inline(v->t, g - 1)->kind == RASD_TOK_PUNCT && clause_end(v->t, g - 1) != 1) g--;
        return g == a || apposition(v, a, g);
    }
    /* a title and what qualifies it after it, naming no one: special or personal, and where or
     * for what its holder is sent, on إلى، لدى or لـ ("، المبعوث الأممي إلى اليمن،"، "، مبعوث ترامب
     * الخاص للشرق الأوسط،"، "، المبعوث الأميركي الخاص إلى سوريا،") */
    size_t p = a + 1;
    while (p < b && covered(v, p, p + 1, COVER_PERSON, 0)) p++;
    /* (the title's word before its principal's name too: "، مبعوث ترامب إلى الشرق الأوسط،") */
    if (p < b && p + 6 >= b && (covered(v, a, p, COVER_PERSON, 0) || (p > a + 1 && token_among(v->t, a, agent_w, NAGENT) && covered(v, a + 1, p, COVER_PERSON, 0)))) {
        static const char *const kind[] = {"الخاص", "الخاصه", "الشخصي", "الشخصيه"};
        size_t q = p + token_among(v->t, p, kind, sizeof kind / sizeof *kind);
        bool sent = q == b || stem_is(v->t, q, "الي") || stem_is(v->t, q, "لدي") ||
                    (rasd_text_token_inline(v->t, q)->clitics & RASD_CL_LI);
        for (size_t i = q; i < b && sent; i++) sent = !covered(v, i, i + 1, COVER_PERSON, 0) && rasd_text_token_inline(v->t, i)->kind != RASD_TOK_PUNCT;
        if (sent) return true;
    }
    /* a person and where, after في ("التقى شهباز شريف، الرئيس الصيني شي جين بينغ في بكين، يوم
     * الجمعة"): the object set off by commas, with its place */
    for (p = a + 1; p + 1 < b; p++)
        if (stem_is(v->t, p, "في") && covered(v, p + 1, b, COVER_PLACE, 0))
            return covered(v, a, p, COVER_PERSON, 0) || (p - a >= 2 && covered(v, a + 1, p, COVER_PERSON, 0));
    return false;
}

/* Tokens [b + 1, q), after the comma at b, are the object of the verb whose clause [a, b) names
 * one person, its subject, last: another person (after up to two honorifics) with his titles and
 * no more but the time and place at the end ("التقى السلطان هيثم بن طارق، ناريندرا مودي اليوم"). */
static bool object_set_off(const rasd_block_view *v, size_t a, size_t b, size_t q)
{
    rasd_text *t = v->t;
    /* (the subject's name last, or an epithet after it: "السلطان هيثم بن طارق المعظم") */
    static const char *const epithet[] = {"المعظم", "المفدي"};
    size_t z = b > a + 1 && token_among(t, b - 1, epithet, sizeof epithet / sizeof *epithet) ? b - 1 : b;
    if (!covered(v, z - 1, z, COVER_PERSON, 0)) return false;
    size_t e = q;   /* (its time and place after it: "… في باريس أمس") */
    while (e > b + 2 && (covered(v, e - 1, e, COVER_TIME | COVER_PLACE, 0) || (e < q && stem_is(t, e - 1, "في")))) e--;
    size_t p = b + 1;   /* (past honorifics: "دولة السيد") */
    static const char *const hon[] = {"السيد", "السيده", "الشيخ", "الشيخه"};
    while (p < e && p < b + 3 && !covered(v, p, p + 1, COVER_PERSON, 0) &&
           (honorifics_before(t, p, p + 1) == p || token_among(t, p, hon, sizeof hon / sizeof *hon)))
        p++;
    if (p == e || !covered(v, p, e, COVER_PERSON, 0)) return false;
    const rasd_entmention *subj = NULL, *obj = NULL;
    size_t s0 = rasd_text_source_inline(t, t->tok[a].start), s1 = rasd_text_source_inline(t, t->tok[b - 1].end),
           o0 = rasd_text_source_inline(t, t->tok[p].start), o1 = rasd_text_source_inline(t, t->tok[e - 1].end);
    for (size_t k = 0; k < v->nents; k++) {
        const rasd_entmention *m = &v->ents[k];
        if (m->kind != RASD_ENT_PERSON) continue;
        if (m->start >= s0 && m->end <= s1) {
            if (subj && subj->entity != m->entity) return false;
            subj = m;
        }
        if (m->start >= o0 && m->end <= o1 && !obj) obj = m;
    }
    return subj && obj && obj->entity != subj->entity;
}

/* The clause of token i: the tokens [*a, *b) of the sentence [f, l) between punctuation that
 * ends a clause (، ؛ : , ; ( ) . ! ?); a slash, a hyphen or a quotation mark does not, nor do
 * the commas around an apposition or a short parenthesis ("قمة … (APEC) في فيتنام"). */
static void clause_of(const rasd_block_view *v, size_t f, size_t l, size_t i, size_t *a, size_t *b)
{
    rasd_text *t = v->t;
    *a = i;
    while (*a > f) {
        int c = clause_end(t, *a - 1);
        if (!c) { (*a)--; continue; }
        size_t o = c == 4 ? insertion_end(t, *a - 1, f, l, -1) : SIZE_MAX;
        if (o != SIZE_MAX) { *a = o; continue; }   /* "(APEC)" is part of the clause */
        size_t p = *a - 1;   /* the comma; the segment before it runs back to the previous mark */
        while (p > f && !clause_end(t, p - 1)) p--;
        if (c == 1 && p > f && clause_end(t, p - 1) == 1 && apposition(v, p, *a - 1)) { *a = p - 1; continue; }
        break;
    }
    *b = i;
    while (*b < l) {
        int c = clause_end(t, *b);
        if (!c) { (*b)++; continue; }
        size_t o = c == 3 ? insertion_end(t, *b, f, l, +1) : SIZE_MAX;
        if (o != SIZE_MAX) { *b = o + 1; continue; }
        size_t q = *b + 1;
        while (q < l && !clause_end(t, q)) q++;
        if (c == 1 && q < l && clause_end(t, q) == 1 && apposition(v, *b + 1, q)) { *b = q + 1; continue; }
        /* (nor the comma agency copy sets between a verb's subject and its object, the other
         * person, with the clause's time after him: "التقى السلطان هيثم بن طارق، ناريندرا مودي
         * اليوم") */
        if (c == 1 && object_set_off(v, *a, *b, q)) { *b = q; continue; }
        break;
    }
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
    bool title;         /* the block visited is its article's title */
    const rasd_entmention *bents;   /* the block's entity mentions, all of them (EV-18) */
    size_t nbents;
    int sim_article;    /* EV-2: the article of the last message told, whose recipient */
    uint32_t sim_to;    /* a similar one is sent to (0 article: none) */
    rasd_entmention sim;   /* that recipient, standing at the word مماثلة */
    int like_article;   /* EV-5: the article, type and date of the last dated contact told, */
    rasd_event_type like_type;   /* which one told "likewise" after it takes, or one told */
    const char *like_date, *like_text;   /* during it ("وخلال اللقاء، أجرى الرئيسان …") */
    int subj_article;   /* EV-2: the article of the last contact told, and its party named first */
    rasd_entmention subj;   /* (its subject), while no other person is named after it */
    rasd_entmention dropped;   /* that one, standing at the verb of a sentence that drops him */
    const char *subj_date, *subj_loc, *subj_venue;   /* that contact's date and place */
    int scene_article;  /* EV-5: the article of the last sentence that names a contact (or a summit) */
    const char *scene_date, *scene_text;   /* and states a day: that day, */
    rasd_entmention scene_place;   /* and the city after في/بـ there (entity 0: none) */
    bool scene_ahead;   /* that day is after the publication's */
    bool scene_sidelines;   /* that sentence was on the sidelines of a gathering (على هامش) */
    int gather_article; /* EV-5, EV-7: the article of the last gathering told with its day (a summit, */
    const char *gather_date, *gather_text;   /* a forum, a conference): that day, */
    rasd_entmention gather_place;   /* and the city or country after في/بـ after its word (entity 0: none) */
    bool gather_bare;   /* its sentence told no contact: the summit named again later is it (EV-5) */
    signed char told;   /* the sentence being read names a contact: 1, 0, or -1 not asked yet */
    int pair_article;   /* EV-2: the article of the last contact told between two persons, */
    rasd_entmention pair[2], entry[2];   /* those two, and the same standing in a list entry */
    const char *pair_date, *pair_text, *pair_loc, *pair_venue;   /* that contact's date and place */
    int tpair_article;  /* EV-2: the article whose title names two persons and no other, */
    rasd_entmention tpair[2];   /* those two (a list's header may name them as a pair) */
    int lone_article;   /* EV-2: the article of the last list header that names one person's */
    rasd_entmention lone;   /* contacts or tour, that one (list_header), */
    bool lone_tour;     /* and whether it is his tour: its entries are his visits */
    int lpair_article;  /* EV-2: the article of the last list header that names two persons' */
    rasd_entmention lpair[2];   /* contacts, and those two (list_header) */
    int arr_article;    /* EV-7: the article of the last arrival told of one person alone ("وصل … */
    uint32_t arr_person;   /* إلى الدوحة"): who arrived, */
    rasd_entmention arr_place;   /* and where */
    bool jr_off;        /* EV-3: that journey was called off or put off ("أرجأ بايدن زيارته إلى ألمانيا") */
    int jr_article;     /* EV-5, EV-7: the article of the last journey told of one person alone ("وصل */
    uint32_t jr_person;    /* تبون أمس إلى روما"، "تعتزم كالاس زيارة القاهرة الأسبوع المقبل"): who, */
    rasd_entmention jr_place;   /* where to, */
    const char *jr_date, *jr_text;   /* and when (NULL: not told) */
    const char *jr_new, *jr_new_text;   /* … and, put off, the later day it was put off to */
    int guest_article;  /* EV-2: the article of the last visitor told (a visit's, or one arrived), */
    rasd_entmention guest;   /* whom a bare الضيف names after it ("وكان الضيف قد أجرى …") */
    const char *guest_date, *guest_text, *guest_loc, *guest_venue;   /* the visit's date, its text and place (NULL: none, or an arrival) */
    rasd_entmention guest_at;   /* that one, standing at the word الضيف */
    int chair_article;  /* EV-2: the article of the last gathering told with one person, its chair */
    rasd_entmention chair;   /* ("ترأس الملك سلمان اليوم أعمال القمة الافتراضية"): that one, */
    rasd_event_type chair_type;   /* and the gathering's type, for those told after to attend it */
    const char *chair_date, *chair_text;   /* its day (NULL: none told) */
    rasd_entmention chair_place;   /* and its city or country, after في/بـ (entity 0: none) */
    rasd_entmention chair_at;   /* the chair, standing at the gathering's noun named again */
    rasd_text *peek;    /* EV-18: the next block's first line, read for the heads of delegations */
    rasd_buf peek_ents; /* its mentions (rasd_entmention), which events of this block may name */
} xjob;

/* Frees what heads_next read of a next block. */
static void peek_free(xjob *x)
{
    rasd_text_free(x->peek);
    x->peek = NULL;
    x->peek_ents.len = 0;
}

static const char *keep(rasd_events *e, const char *s, size_t n) { return rasd_arena_strndup(e->arena, s, n); }

static bool heads(rasd_text *t, size_t f, size_t i);
static size_t colon_in(rasd_text *t, size_t a, size_t b);

/* Token i, a verb, is in the dual: its last letter the ا of التقيا، اجتمعا, or ان of يلتقيان. */
static bool dual_verb(rasd_text *t, size_t i)
{
    const rasd_token *k = rasd_text_token_inline(t, i);
    const char *w = t->norm + k->start;
    size_t n = k->end - k->start;
    return n >= 6 && ((memcmp(w + n - 2, "\xD8\xA7", 2) == 0) || memcmp(w + n - 4, "\xD8\xA7\xD9\x86", 4) == 0);
}

/* EV-2: a list entry, a sentence [f, l) that opens on its date — after nothing but marks, a place
 * and its comma, or words that introduce a date — and a colon right after it ("9 أيلول/سبتمبر
 * 2021: اتصال ثان استمر 90 دقيقة"، "- 6 آذار/مارس: …"، "روما، 31 تشرين الأول/أكتوبر 2021: …"):
 * the token after the colon, else SIZE_MAX; the city before the date in *place (EV-7), if any. */
static size_t entry_start(const rasd_block_view *v, size_t f, size_t l, const rasd_entmention **place)
{
    rasd_text *t = v->t;
    *place = NULL;
    /* … or a label that names the contact and its rank, and the date after its colon ("اللقاء
     * الأول: 15 شباط/فبراير 2017، في البيت الأبيض"), or further on in the entry's first clause,
     * ending it ("القمة الثانية: جرت في هانوي في 27 فبراير 2019"): the token after that colon */
    static const char *const rank[] = {"الاول", "الاولي", "الثاني", "الثانيه", "الثالث", "الثالثه", "الرابع", "الرابعه",
                                       "الخامس", "الخامسه", "السادس", "السادسه", "السابع", "السابعه", "الثامن", "الثامنه",
                                       "التاسع", "التاسعه", "العاشر", "العاشره", "الاخير", "الاخيره"};
    size_t lc = colon_in(t, f + 1, f + 3 < l ? f + 3 : l);
    if (lc != SIZE_MAX && lc + 2 < l && (rasd_text_token_inline(t, f)->clitics & RASD_CL_AL) && token_among(t, f + 1, rank, sizeof rank / sizeof *rank) &&
        rasd_form_at(v->dict, t, f, RASD_FORM_TRIGGER, &(const rasd_form *){NULL}, NULL))
        for (size_t k = 0; k < v->ntimes; k++) {
            const rasd_timex *m = &v->times[k];
            size_t mt = tok_at(t, m->start), e = tok_at(t, m->end - 1) + 1;
            if (m->kind != RASD_TIMEX_TIME || mt < lc + 1) continue;
            bool first = true;   /* (in the entry's first clause: not "…: في البيت الأبيض، بعد أقل من شهر على تنصيب ترامب في 20 كانون الثاني") */
            for (size_t i = lc + 1; i < mt && first; i++) first = !clause_end(t, i);
            return first && (e >= l || clause_end(t, e)) ? lc + 1 : SIZE_MAX;
        }
    for (size_t k = 0; k < v->ntimes; k++) {
        const rasd_timex *m = &v->times[k];
        if (m->kind != RASD_TIMEX_TIME) continue;
        size_t mt = tok_at(t, m->start), e = tok_at(t, m->end - 1) + 1;
        if (mt < f || mt > f + 4 || e + 1 >= l) return SIZE_MAX;
        /* (or the city after a dash: "29 أيلول/سبتمبر 2021 - سوتشي: لقاء …") */
        /* (past a short parenthesis: "3 يناير (مقررة): نيروبي، لقاء …") */
        if (e + 1 < l && clause_end(t, e) == 3 && insertion_end(t, e, f, l, 1) != SIZE_MAX) e = insertion_end(t, e, f, l, 1) + 1;
        size_t c = e;
        if (colon_in(t, e, e + 1) != e) {
            const rasd_token *d = rasd_text_token_inline(t, e);
            bool dash = d->kind == RASD_TOK_PUNCT && (t->norm[d->start] == '-' || (d->end - d->start == 3 && memcmp(t->norm + d->start, "\xE2\x80\x93", 3) == 0));
            c = dash ? colon_in(t, e + 2, e + 5 < l ? e + 5 : l) : SIZE_MAX;
            if (c == SIZE_MAX || c + 1 >= l || !covered(v, e + 1, c, COVER_PLACE, 0)) return SIZE_MAX;
        }
        for (size_t i = f; i < mt; i++)
            if (rasd_text_token_inline(t, i)->kind != RASD_TOK_PUNCT && !(word_class(t, i) & W_HEAD) &&
                !covered(v, i, i + 1, COVER_PLACE, 0))
                return SIZE_MAX;
        for (size_t q = 0; q < v->nents; q++)
            if (v->ents[q].kind == RASD_ENT_PLACE && tok_at(t, v->ents[q].start) >= f &&
                (v->ents[q].end <= m->start || tok_at(t, v->ents[q].start) < c))
                *place = &v->ents[q];
        return c + 1;
    }
    return SIZE_MAX;
}

/* EV-5: date a names a day (or month) inside the month or year that date b names: both resolved,
 * b's value a prefix of a's ("2023-06" of "2023-06-16"). */
static bool refines(const rasd_timex *a, const rasd_timex *b)
{
    size_t na = strlen(a->value), nb = strlen(b->value);
    return a->resolved && b->resolved && nb >= 4 && na > nb && a->value[nb] == '-' && memcmp(a->value, b->value, nb) == 0 &&
           b->value[0] >= '0' && b->value[0] <= '9' && strchr(a->value, 'W') == NULL;
}

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

/* The time expression m writes its year (four digits in a row; the text layer has made every
 * digit ASCII), or, unless `written`, places itself from the publication date (يوليو المقبل،
 * الشهر الجاري). */
static bool year_told(const rasd_block_view *v, const rasd_timex *m, bool written)
{
    rasd_text *t = v->t;
    for (size_t i = tok_at(t, m->start); i < t->ntok && rasd_text_source_inline(t, t->tok[i].start) < m->end; i++) {
        if (!written && (word_class(t, i) & W_DEICTIC)) return true;
        if (t->tok[i].kind != RASD_TOK_NUMBER) continue;
        int run = 0;
        for (size_t k = t->tok[i].start; k < t->tok[i].end && run < 4; k++)
            run = t->norm[k] >= '0' && t->norm[k] <= '9' ? run + 1 : 0;
        if (run == 4) return true;
    }
    return false;
}

/* m fixes its own year, written or from the publication date. */
static bool year_fixed(const rasd_block_view *v, const rasd_timex *m) { return year_told(v, m, false); }

/* The ISO date (YYYY-MM or YYYY-MM-DD) a year earlier; the date itself when that day does not
 * exist (29 February). */
static const char *year_before(rasd_events *ev, const char *date)
{
    int y = atoi(date), mo = atoi(date + 5), d = strlen(date) >= 10 ? atoi(date + 8) : 0;
    if (y <= 1 || (d && d > rasd_days_in_month(y - 1, mo))) return date;
    char buf[16];
    snprintf(buf, sizeof buf, "%04d%s", y - 1, date + 4);
    return keep(ev, buf, strlen(buf));
}

/* The sign of a − p, compared at a's own grain: a year, a month, else a day (a week by the day it
 * starts). */
static int against(const rasd_tval *a, const rasd_tval *p)
{
    int64_t x, y;
    switch (a->grain) {
    case RASD_GRAIN_YEAR: x = a->year; y = p->year; break;
    case RASD_GRAIN_MONTH: x = a->year * 12 + a->month; y = p->year * 12 + p->month; break;
    default: x = rasd_tval_days(a); y = rasd_tval_days(p); break;
    }
    return (x > y) - (x < y);
}

/* A resolved date after the publication date, compared at its own grain (a later day, a week
 * that starts after it, a later month or year, the end or middle of the publication's month
 * before it has come: "نهاية الشهر الجاري" on the 10th): the contact is still to come. */
static bool after_publication(const rasd_block_view *v, const rasd_timex *m)
{
    if (!v->dct || !m->resolved) return false;
    const rasd_tval *a = &m->tval, *p = v->dct;
    /* العام المقبل، الشهر المقبل; the publication's own month by the part it names */
    if (a->grain == RASD_GRAIN_MONTH && a->year == p->year && a->month == p->month && p->grain >= RASD_GRAIN_DAY)
        return (strcmp(m->mod, "END") == 0 && p->day < 21) || (strcmp(m->mod, "MID") == 0 && p->day < 11);
    /* … and its own week's end before the weekend (Friday) has come: "نهاية الأسبوع الجاري" on a
     * Wednesday */
    if (a->grain == RASD_GRAIN_WEEK && p->grain >= RASD_GRAIN_DAY && strcmp(m->mod, "END") == 0 &&
        rasd_tval_days(p) - rasd_tval_days(a) >= 0 && rasd_tval_days(p) - rasd_tval_days(a) < 7)
        return rasd_weekday(p->year, p->month, p->day) < 4;   /* Monday (0) to Thursday */
    return against(a, p) > 0;
}

/* EV-3: a phone or video modifier among the triggers at tokens [lo, hi) turns a meeting, talks or
 * call, or the verb of a congratulation or condolence ("هنأ السيسي أردوغان هاتفيا"), into a call
 * or a video call. */
static rasd_event_type with_modifiers(const rasd_dict *d, const found *trig, size_t ntr, const rasd_trigger *tr,
                                      size_t lo, size_t hi)
{
    rasd_event_type type = tr->type;
    bool turns = type == RASD_EV_MEETING || type == RASD_EV_TALKS || type == RASD_EV_CALL || (type == RASD_EV_MESSAGE && tr->verb);
    for (size_t k = 0; k < ntr && turns; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        if (m->modifier && trig[k].tok >= lo && trig[k].tok < hi && (m->type == RASD_EV_CALL || m->type == RASD_EV_VIDEO_CALL))
            type = m->type;
    }
    return type;
}

/* The first duration within bytes [lo, hi) of the block that tells how long something lasted. */
static const rasd_timex *first_duration(const rasd_block_view *v, size_t lo, size_t hi)
{
    static const char within[] = "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84";   /* خلال */
    for (size_t k = 0; k < v->ntimes; k++) {
        const rasd_timex *m = &v->times[k];
        if (m->kind != RASD_TIMEX_DURATION || m->start < lo || m->end > hi) continue;
        /* a span a count falls within ("هو الثاني خلال أسبوع") is not how long the contact lasted */
        if (m->end - m->start >= sizeof within - 1 && memcmp(v->text + m->start, within, sizeof within - 1) == 0) continue;
        /* nor is the time between two facts ("بعد ستة أيام من تنصيب بايدن"، "قبل أسبوع من القمة") */
        size_t mt = tok_at(v->t, m->start);
        if (mt > 0 && (stem_is(v->t, mt - 1, "بعد") || stem_is(v->t, mt - 1, "قبل"))) continue;
        return m;
    }
    return NULL;
}

/* EV-7: the event's place (NULL: none): a venue the dictionary places in a city is its venue,
 * and that city its location ("في الكرملين": Moscow, at the Kremlin), so that reports naming the
 * city and the venue agree. */
static void set_place(rasd_event *e, const rasd_dict *d, const rasd_entmention *place)
{
    e->location = e->venue = NULL;
    if (!place) return;
    const rasd_entity *p = rasd_dict_entity(d, place->entity);
    e->location = p->name;
    if (p->kind == RASD_ENT_PLACE && p->in && p->in[0]) {
        e->venue = p->name;
        e->location = p->in;
    }
}

static void set_duration(rasd_events *ev, rasd_event *e, const rasd_timex *du)
{
    e->duration_min = du ? minutes_of(du->value) : -1;
    e->duration_mod = du && du->mod[0] ? keep(ev, du->mod, strlen(du->mod)) : NULL;
}

/* A trigger's reading in its sentence (EV-4, EV-11). */
typedef struct reading {
    rasd_status_kind st;    /* from the cues that govern it; RASD_ST_OCCURRED when none */
    int strength;           /* status_rank of the strongest governing cue, 0 when none */
    bool drop;              /* a not_event cue stands in its clause */
    bool venue;             /* what a contact is on the sidelines of (على هامش القمة) */
    bool taken;             /* told by an event already */
    bool since;             /* an earlier contact named as a reference point (منذ لقائهما في …) */
    int back;               /* … that many days before the main contact (بعد يومين من لقائه …), or -1 */
    bool scheduled;         /* a planned or call-off cue governs it (القمة المرتقبة، اللقاء المقرر، أرجئت) */
    bool negated;           /* a negation governs it (لم، لن، لم يجر) … */
    bool refuted;           /* … or a denial of a report (نفى، لا صحة) */
    bool frames;            /* a visit or meeting after خلال/أثناء that frames a contact before it */
    bool topical;           /* named in what another contact told before it was about (EV-8) */
    bool present;           /* planned by its imperfect verb alone: a past date it names makes it told (EV-4) */
    bool conditional;       /* a negation with its exception governs it (لن … ما لم) */
    const rasd_entmention *guest;   /* a visit's imperfect on الذي/التي after a person: that person, what
                                       he is doing there ("… توم باراك الذي يزور بيروت"), the visit
                                       the contact told is part of */
    size_t ca, cb;          /* its clause */
} reading;

/* One of the sentence's triggers (from f) is a venue on the sidelines of a gathering ("على هامش
 * القمة"). */
static bool on_sidelines(rasd_text *t, size_t f, const found *trig, const reading *rd, size_t ntr)
{
    for (size_t k = 0; k < ntr; k++)
        if (rd[k].venue && trig[k].tok > f + 1 && stem_is(t, trig[k].tok - 1, "هامش")) return true;
    return false;
}

/* EV-8: trigger k stands in what a contact told before it was about: after a word that opens a
 * topic (بحث، ناقش، تناولت، حول، بشأن …) that follows another trigger, within eight tokens, across
 * commas only where a list of topics goes on (a definite noun after it: "، والتحضير لزيارة …") —
 * "وبحثا الترتيبات الخاصة بزيارة ترامب إلى بكين"، "محادثات تناولت التحضير لزيارة بوتين". Not the
 * contact a topic verb names as its occasion ("وبحثا خلال اللقاء"، "بحث … في اتصال هاتفي"). */
static bool topical(rasd_text *t, const rasd_dict *d, const found *trig, size_t k)
{
    size_t i = trig[k].tok;
    if (i == 0 || stem_is(t, i - 1, "في") || stem_is(t, i - 1, "خلال") || stem_is(t, i - 1, "اثناء") ||
        stem_is(t, i - 1, "عبر"))
        return false;
    for (size_t j = i; j-- > 0 && j + 8 >= i;) {
        int c = clause_end(t, j);
        if (c > 1 || (c == 1 && !(j + 1 < i && (rasd_text_token_inline(t, j + 1)->clitics & RASD_CL_AL)))) return false;
        if (!(word_class(t, j) & (W_TOPIC_VERB | W_TOPIC_OPEN))) continue;
        /* (… or that is that trigger itself, a modifier after it making it a call, its
         * object the topic: "لافروف وروبيو يبحثان هاتفيا التحضير لقمة بوتين وترامب"; not "وبحث
         * الرئيسان لقاءهما المقبل", which tells the meeting) */
        bool phoned = false;
        for (size_t q = 0; q < k && !phoned; q++) phoned = trig[q].tok > j && rasd_dict_trigger(d, trig[q].f->target)->modifier;
        for (size_t q = 0; q < k; q++)
            if ((trig[q].tok < j || (trig[q].tok == j && phoned)) && !rasd_dict_trigger(d, trig[q].f->target)->modifier) return true;
        return false;
    }
    return false;
}

/* A noun that names another contact than the one before it (لقاء آخر، المكالمة الثانية). */
static bool another(rasd_text *t, size_t i) { return word_class(t, i) & W_ANOTHER; }

/* The noun at token i names a contact already named: definite (الاجتماع) or theirs (لقائهما). */
static bool named_before(rasd_text *t, size_t i)
{
    const rasd_token *k = rasd_text_token_inline(t, i);
    size_t n;
    const char *w = rasd_text_norm(t, &n) + k->start, *dual = "\xD9\x87\xD9\x85\xD8\xA7";   /* هما */
    size_t len = k->end - k->start;
    return (k->clitics & RASD_CL_AL) || (len > 6 && memcmp(w + len - 6, dual, 6) == 0);
}

/* The noun at token i names a contact already named, or one of its own person's: named_before,
 * or with a pronoun of his after its ta or hamza ("زيارته"، "زيارتها"، "لقائه"; not the ta
 * marbuta that normalizes to ه: "زيارة"). */
static bool told_noun(rasd_text *t, size_t i)
{
    if (named_before(t, i)) return true;
    const rasd_token *k = rasd_text_token_inline(t, i);
    const char *w = t->norm + k->start;
    size_t len = k->end - k->start;
    static const char *const ends[] = {"ته", "تها", "ئه", "ئها"};
    for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
        size_t n = strlen(ends[e]);
        if (len > n + 4 && memcmp(w + len - n, ends[e], n) == 0) return true;
    }
    return false;
}

/* Tokens [a, b) name a contact: a trigger's word, not a modifier's. */
static bool tells_contact(const rasd_block_view *v, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        const rasd_form *fm;
        if (rasd_form_at(v->dict, v->t, i, RASD_FORM_TRIGGER, &fm, NULL) && !rasd_dict_trigger(v->dict, fm->target)->modifier)
            return true;
    }
    return false;
}

/* A date given as a bound of a span, not as the day of a contact: right after منذ or حتى ("منذ
 * 2017"، "حتى الآن") — or an occasion's, after بحلول/بمناسبة ("التهاني بحلول عيد الفطر"), ذكرى or
 * ثورة ("بذكرى ثورة يوليو") — or later in a منذ phrase of its clause that names no contact ("منذ إعادة
 * انتخاب أردوغان وأدائه اليمين في 3 جوان 2023"; but "منذ لقائهما في أستانا يوم 13 أكتوبر 2022"
 * dates that meeting, EV-13). */
static bool since(const rasd_block_view *v, const rasd_timex *m)
{
    rasd_text *t = v->t;
    size_t k = tok_at(t, m->start);
    if ((k > 0 && (stem_is(t, k - 1, "منذ") || stem_is(t, k - 1, "حتي"))) || stem_is(t, k, "منذ") || stem_is(t, k, "حتي"))
        return true;   /* after منذ/حتى, or with it ("منذ عامين") */
    if (k > 1 && stem_is(t, k - 1, "غايه") && stem_is(t, k - 2, "الي")) return true;   /* إلى غاية, "until" (Maghreb) */
    if (k > 0 && (stem_is(t, k - 1, "بحلول") || stem_is(t, k - 1, "بمناسبه"))) return true;   /* the occasion's date */
    /* an anniversary, or a revolution named by its date ("بذكرى ثورة يوليو"، "ذكرى 30 يونيو") */
    if (k > 0 && (stem_is(t, k - 1, "ذكري") || stem_is(t, k - 1, "ثوره"))) return true;
    size_t p = k;   /* the nearest منذ before it in its clause: the cheap test first */
    while (p > 0 && !clause_end(t, p - 1) && !stem_is(t, p - 1, "منذ")) p--;
    if (p == 0 || clause_end(t, p - 1)) return false;
    return !tells_contact(v, p, k);   /* no contact named between */
}

/* A resolved day (not a span's start) among the tokens [a, b). */
static bool day_in(const rasd_block_view *v, size_t a, size_t b)
{
    for (size_t k = 0; k < v->ntimes; k++) {
        const rasd_timex *m = &v->times[k];
        size_t mt = tok_at(v->t, m->start);
        if (m->kind == RASD_TIMEX_TIME && m->resolved && m->tval.grain >= RASD_GRAIN_DAY && mt >= a && mt < b && !since(v, m))
            return true;
    }
    return false;
}

/* Token i is the honorific حضرة ("استقبل حضرة صاحب الجلالة الملك …"), which the normalized text
 * writes as حضره 'attended it': صاحب or السيد follows it. */
static bool honorific(rasd_text *t, size_t i, size_t l)
{
    return i + 1 < l && stem_is(t, i, "حضره") && (stem_is(t, i + 1, "صاحب") || stem_is(t, i + 1, "السيد"));
}

/* The first of the honorifics, ranks and kinship epithets before the name at token p, down to f
 * ("من حضرة صاحب الجلالة السلطان هيثم"، "إلى فخامة الرئيس"، "من أخيه الرئيس التونسي"، "الفريق أول
 * عبد الفتاح البرهان"): where a preposition before the name stands. p itself when none. */
static size_t honorifics_before(rasd_text *t, size_t f, size_t p)
{
    static const char *const hon[] = {"حضره", "صاحب", "الجلاله", "جلاله", "السمو", "سمو", "الملكي", "فخامه",
                                      "معالي", "دوله", "سعاده", "سماحه", "اخيه", "اخيها", "اخوه", "اخاه",
                                      "شقيقه", "شقيقها", "الفريق", "المشير", "اللواء", "العميد", "العقيد", "الجنرال", "الدكتور"};
    for (size_t k = 0; k < 4 && p > f; k++) {
        if (p > f + 1 && stem_is(t, p - 1, "اول") && stem_is(t, p - 2, "الفريق")) p--;   /* الفريق أول */
        else if (!token_among(t, p - 1, hon, sizeof hon / sizeof *hon)) break;
        p--;
    }
    return p;
}

/* The first of the honorifics before the name at token p down to f, as honorifics_before, past
 * الشيخ or السيد right before it, which a name may leave out ("وأخيه صاحب السمو الشيخ محمد بن
 * زايد"). */
static size_t titled_before(rasd_text *t, size_t f, size_t p)
{
    static const char *const courtesy[] = {"الشيخ", "الشيخه", "السيد", "السيده"};
    return honorifics_before(t, f, p > f && token_among(t, p - 1, courtesy, sizeof courtesy / sizeof *courtesy) ? p - 1 : p);
}

/* The person named at token p is addressed: إلى or لـ before him, past his honorifics ("إلى
 * فخامة الرئيس"، "لأخيه الرئيس"). */
static bool addressed(rasd_text *t, size_t f, size_t p)
{
    size_t h = titled_before(t, f, p);
    return (h > f && stem_is(t, h - 1, "الي")) || (rasd_text_token_inline(t, h)->clitics & RASD_CL_LI);
}

/* A city or venue is named from token i on. */
static bool city_at(const rasd_block_view *v, size_t i)
{
    size_t s0 = rasd_text_source_inline(v->t, v->t->tok[i].stem);
    for (size_t k = 0; k < v->nents; k++)
        if (v->ents[k].kind == RASD_ENT_PLACE && v->ents[k].start <= s0 && v->ents[k].end > s0) return true;
    return false;
}

/* Token i is a verb of saying (قال، أعلن، أكد، ذكر، أوضح، نفى …; أبلغ، أخبر: told). */
static bool saying(rasd_text *t, size_t i) { return word_class(t, i) & W_SAYING; }

/* Token i opens what caused a contact's fate (بسبب، جراء، نظرا: "… بسبب الحالة الصحية للملك
 * سلمان"، "… نظراً لدخول خادم الحرمين الشريفين المستشفى"). */
static bool cause_word(rasd_text *t, size_t i)
{
    static const char *const w[] = {"بسبب", "جراء", "نظرا"};
    return token_among(t, i, w, sizeof w / sizeof *w);
}

/* The first token in [a, l) that opens what a contact was about — a topic verb or masdar (بحث،
 * ناقش، تناول، تطرق، ركز، تباحث، مناقشة, with their duals and clitics: لبحث، ناقشا), حول، بشأن، حيال, the
 * occasion of a message (في وفاة، بمناسبة، بفوزه) —
 * or who came along or carried it (رافق، برفقة، بحضور، حضر؛ سلمها، نقلها); SIZE_MAX if none. */
static size_t topic_start(rasd_text *t, size_t a, size_t l)
{
    static const char *const describe[] = {"وصف", "وصفت", "اتهم", "اتهمت", "يتهم", "تتهم", "طالب", "طالبت", "يطالب", "تطالب"};
    static const char *const party[] = {"وفد", "وفدا", "الوفد"};
    for (size_t i = a; i < l; i++) {
        if ((word_class(t, i) & (W_TOPIC_VERB | W_TOPIC)) && !honorific(t, i, l)) return i;
        /* (… or the members of a delegation, after ضم a few words after its word: "ميقاتي والوفد
         * المرافق له، الذي ضم وزير الخارجية بو حبيب"، "على رأس وفد يضم …") */
        if (word_class(t, i) & W_MEMBERS)
            for (size_t j = i; j-- > a && j + 7 > i;)
                if (token_among(t, j, party, sizeof party / sizeof *party)) return i;
        /* (… or a verb of saying, describing, accusing or asking right before فيه/فيها, what a
         * message or a contact said: "برقية تعزية إلى خامنئي وصف فيها رئيسي بأنه صديق حقيقي
         * لروسيا"، "رسالة إلى غوتيريش يتهم فيها غريفيث") */
        if (i + 1 < l && (stem_is(t, i + 1, "فيها") || stem_is(t, i + 1, "فيه")) &&
            (saying(t, i) || token_among(t, i, describe, sizeof describe / sizeof *describe)))
            return i;
    }
    return SIZE_MAX;
}

/* Token i is حطّ 'landed' (حط، وحط، حطت، يحط، تحط), which lands في a place ("يحط السبت في جدة"). */
static bool lands(rasd_text *t, size_t i)
{
    static const char *const land[] = {"حط", "وحط", "حطت", "يحط", "تحط"};
    return token_among(t, i, land, sizeof land / sizeof *land);
}

/* Token i is a light verb that a contact noun completes (يجر/تجر اتصالا، يعقد لقاء، يتم، يكن). */
static bool light_verb(rasd_text *t, size_t i) { return word_class(t, i) & W_LIGHT; }


/* Token i is a light verb with the future prefix سـ (سيعقد، ستجري، سيتم، ستتم، سيقوم بـ). */
static bool future_light(rasd_text *t, size_t i)
{
    /* (سيتم، ستتم: سـ on a three-letter verb stays on its token, TXT-CL-5) */
    return i < t->ntok && (((t->tok[i].clitics & RASD_CL_SA) && (word_class(t, i) & (W_LIGHT | W_HOLD))) ||
                           stem_is(t, i, "سيتم") || stem_is(t, i, "ستتم"));
}

/* Token i opens on و: its clitic, or و on a word of two letters, which stays one token (TXT-CL-6:
 * وفي، وحط). */
static bool wa_opens(rasd_text *t, size_t i)
{
    return (rasd_text_token_inline(t, i)->clitics & RASD_CL_WA) || stem_is(t, i, "وفي") || stem_is(t, i, "وحط");
}

/* Tokens i, i + 1 are كان في (كانت في), which a reception's noun follows: "…. وكان في استقباله
 * بالمطار الرئيس الكوبي". */
static bool was_in(rasd_text *t, size_t i)
{
    return (stem_is(t, i, "كان") || stem_is(t, i, "كانت")) && stem_is(t, i + 1, "في");
}

/* Token i is في, alone or after و/ف (which the tokenizer leaves on a two-letter word: وفي). */
static bool fi_at(rasd_text *t, size_t i) { return stem_is(t, i, "في") || stem_is(t, i, "وفي") || stem_is(t, i, "ففي"); }

/* Token i follows خلال، أثناء or لدى: a contact told as the occasion of another ("خلال لقائهما"،
 * "لدى استقباله"). */
static bool during(rasd_text *t, size_t f, size_t i)
{
    return i > f && (stem_is(t, i - 1, "خلال") || stem_is(t, i - 1, "اثناء") || stem_is(t, i - 1, "لدي"));
}

/* EV-14: the contact word at token i frames the sentence that opens at f: it comes first, after
 * خلال, أثناء or في, after في and مستهل، بداية، ختام، إطار or أول, or after على هامش ("في مستهل
 * زيارته الرسمية إلى طهران، التقى …"، "في أول زيارة له إلى واشنطن، التقى ميرتس ترامب …"). */
static bool fronted_frame(rasd_text *t, size_t f, size_t i)
{
    static const char *const course[] = {"مستهل", "بدايه", "ختام", "اطار", "اول"};
    if (i == f + 1) return during(t, f, i) || fi_at(t, f);
    return i == f + 2 && ((fi_at(t, f) && token_among(t, f + 1, course, sizeof course / sizeof *course)) ||
                          (stem_is(t, f, "علي") && stem_is(t, f + 1, "هامش")));
}

/* ISO day s ("2025-12-15") as a value of grain day: false for any other shape. */
static bool iso_day(const char *s, rasd_tval *v)
{
    return s && strlen(s) == 10 && rasd_tval_parse_dct(s, 10, v, NULL);
}

/* Day number `day` as an ISO date kept in ev's arena. */
static const char *day_string(rasd_events *ev, int64_t day)
{
    int y, mo, dd;
    rasd_civil_from_days(day, &y, &mo, &dd);
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, dd);
    return keep(ev, buf, strlen(buf));
}

/* Time m names a weekday and nothing else: يوم, a part of the day and the day's name ("يوم
 * الخميس"، "الأحد"، "مساء الاثنين"), with no المقبل/الماضي, no date. */
static bool bare_weekday(rasd_text *t, const rasd_timex *m)
{
    size_t a = tok_at(t, m->start), b = tok_at(t, m->end - 1) + 1;
    static const char *const days[] = {"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"};
    static const char *const parts[] = {"يوم", "مساء", "صباح", "ظهر", "عصر", "فجر", "ليله"};
    bool day = false;
    for (size_t i = a; i < b; i++) {
        bool is_day = token_among(t, i, days, sizeof days / sizeof *days);
        if (!is_day && !token_among(t, i, parts, sizeof parts / sizeof *parts) &&
            !(stem_is(t, i, "بعد") && i + 1 < b && stem_is(t, i + 1, "ظهر")))   /* (بعد ظهر الخميس) */
            return false;
        day = day || is_day;
    }
    return day;
}

/* Words that say a contact was set for a day: مقرر، مرتقب and their forms. */
static const char *const set_words[] = {"مقرر", "مقرره", "مقررا", "مرتقب", "مرتقبه", "مرتقبا"};

/* The time at token wt (of the sentence that opens at f) follows such a word, or it and في ("التي
 * كانت مقررة في 24 يونيو"، "مقررة الخميس"). */
static bool set_before(rasd_text *t, size_t f, size_t wt)
{
    if (wt > f + 1 && stem_is(t, wt - 1, "في")) wt--;
    return wt > f && token_among(t, wt - 1, set_words, sizeof set_words / sizeof *set_words);
}

/* EV-5: time tx of the sentence that opens at token f is the day a contact called off had been
 * set for — a word of scheduling right before it ("أرجأ بايدن زيارته التي كانت مقررة الخميس") —
 * and, when it is a bare weekday the time stage read as the last one, four days or more before
 * the publication, the next one is nearer: that one (out on a Wednesday, the next day; on a
 * Saturday, the Thursday before). NULL when no such word stands before it. */
static const char *set_for_day(xjob *x, const rasd_block_view *v, size_t f, const rasd_timex *tx)
{
    rasd_text *t = v->t;
    if (!set_before(t, f, tok_at(t, tx->start))) return NULL;
    const char *date = contact_date(x->ev, tx);
    if (date && strlen(date) == 10 && v->dct && tx->resolved && tx->tval.grain == RASD_GRAIN_DAY &&
        rasd_tval_days(v->dct) - rasd_tval_days(&tx->tval) >= 4 && bare_weekday(t, tx))
        date = day_string(x->ev, rasd_tval_days(&tx->tval) + 7);
    return date;
}

/* EV-4: tokens [a, b) name one person, past his honorifics, and the contact at token b is what he
 * is invited to, on إلى or لـ ("بدعوة شي إلى زيارة الولايات المتحدة"، "بدعوة الرئيس لزيارة …"). */
static bool inviting(const rasd_block_view *v, size_t a, size_t b)
{
    rasd_text *t = v->t;
    size_t at = b > a && stem_is(t, b - 1, "الي") ? b - 1 : (rasd_text_token_inline(t, b)->clitics & RASD_CL_LI) ? b : a;
    size_t p = a;
    while (p < at && !covered(v, p, p + 1, COVER_PERSON, 0)) p++;
    return p < at && titled_before(t, a, p) == a && covered(v, p, at, COVER_PERSON, 0);
}

/* حث 'urged' (with و, which the tokenizer leaves on the two-letter stem): a proposal (proposes), on
 * على what is asked for (calls_for_other). */
static const char *const urge_verbs[] = {"حث", "وحث", "حثت", "يحث", "تحث"};
#define NURGE (sizeof urge_verbs / sizeof *urge_verbs)

/* Token i is a verb that invites, proposes or urges: دعا، اقترح، حث (and their forms), عرض and its kin (W_OFFER),
 * or one's readiness (استعداده، استعدادها: "أعلن ترامب استعداده للقاء روحاني"). */
static bool proposes(rasd_text *t, size_t i)
{
    static const char *const verbs[] = {"دعا", "دعت", "يدعو", "تدعو", "اقترح", "اقترحت", "يقترح", "تقترح", "استعداده", "استعدادها"};
    return (word_class(t, i) & W_OFFER) || token_among(t, i, verbs, sizeof verbs / sizeof *verbs) ||
           token_among(t, i, urge_verbs, NURGE);
}

/* The verbal phrase at token tok opens on عقد read as its masdar (عَقْد), the object of a verb
 * of saying, deciding or proposing right before it, past the verb's subject ("أعلن الكرملين عقد
 * قمة …"، "قرر الزعيمان عقد لقاء …"): no perfect. */
static bool masdar_object(const rasd_block_view *v, size_t tok)
{
    rasd_text *t = v->t;
    if (!stem_is(t, tok, "عقد") || t->tok[tok].clitics) return false;
    size_t i = tok;
    while (i > 0 && tok - i < 8 && !clause_end(t, i - 1) && covered(v, i - 1, i, COVER_PERSON | COVER_PLACE, 0)) i--;
    if (i == 0 || clause_end(t, i - 1)) return false;
    static const char *const decide[] = {"قرر", "قررت", "قررا", "يقرر", "تقرر", "بحث", "بحثا", "ناقش", "ناقشا", "طلب", "طلبت"};
    return saying(t, i - 1) || proposes(t, i - 1) || token_among(t, i - 1, decide, sizeof decide / sizeof *decide);
}

/* A date after the publication date (at its grain) makes an occurred contact planned — unless a
 * perfect verb tells it, which tells of the past: a day or month it gives without a year is then
 * the year before's ("التقى بايدن ونتنياهو يوم 25 يوليو" in March; "…، ثم التقيا في ألاسكا في
 * أغسطس"; "قام بايدن بزيارة إلى تل أبيب في 18 أكتوبر" in August: a verbal phrase in the perfect),
 * a weekday alone the week before's. */
static void past_or_plan(xjob *x, const rasd_block_view *v, const rasd_trigger *tr, const found *fd,
                         const rasd_timex *tx, const char **date, rasd_status_kind *st)
{
    if (*st != RASD_ST_OCCURRED || !after_publication(v, tx)) return;
    rasd_text *t = v->t;
    /* (a noun a light verb in the perfect completes, a time or a party between: "وكان قد أجرى في 5
     * شباط محادثات مع …"، "تلقى في أيار برقية") */
    static const char *const done[] = {"تلقي", "تلقت", "تسلم", "تسلمت", "استلم", "استلمت", "بعث", "بعثت", "ارسل", "ارسلت"};
    bool perfect = tr->perfect;
    for (size_t i = fd->tok; !perfect && !tr->verb && i-- > 0 && i + 10 > fd->tok && !clause_end(t, i);)
        perfect = (word_class(t, i) & W_PAST_LIGHT) || token_among(t, i, done, sizeof done / sizeof *done);
    if (*date && perfect && !fd->future && !masdar_object(v, fd->tok) &&
        (tx->tval.grain == RASD_GRAIN_DAY || tx->tval.grain == RASD_GRAIN_MONTH) && !year_fixed(v, tx))
        /* (a weekday alone the time stage read as the next one: the week before's) */
        *date = tx->tval.grain == RASD_GRAIN_DAY && strlen(*date) == 10 && bare_weekday(t, tx)
                    ? day_string(x->ev, rasd_tval_days(&tx->tval) - 7)
                    : year_before(x->ev, *date);
    else
        *st = RASD_ST_PLANNED;
}

/* EV-4: a contact that only its imperfect made planned, dated before the publication by a date
 * that says so itself (a written year, أمس، الماضي), is told in the historic present — a
 * chronology's entry ("16 حزيران/يونيو 2021: يلتقي بايدن بوتين في جنيف"), a clause under كان
 * ("كان الملك أول زعيم عربي يستقبله بايدن"): it took place. A weekday alone, which the time stage
 * reads as the last one, says nothing of the kind. */
static void historic_present(const rasd_block_view *v, const rasd_timex *tx, bool present, rasd_status_kind *st)
{
    if (*st != RASD_ST_PLANNED || !present || !tx || !v->dct || !tx->resolved) return;
    const rasd_tval *a = &tx->tval, *p = v->dct;
    if (against(a, p) >= 0 || (a->grain != RASD_GRAIN_YEAR && a->grain != RASD_GRAIN_MONTH && p->grain < RASD_GRAIN_DAY)) return;
    static const char *const past[] = {"امس", "الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته"};
    rasd_text *t = v->t;
    bool says = year_told(v, tx, true);   /* not الجاري, which is now */
    for (size_t i = tok_at(t, tx->start); i < t->ntok && rasd_text_source_inline(t, t->tok[i].start) < tx->end && !says; i++)
        says = token_among(t, i, past, sizeof past / sizeof *past);
    /* (… or heads a list entry, a colon after it: a chronicle's line, "- 6 أغسطس: المبعوث ويتكوف
     * يلتقي بوتين في الكرملين") */
    size_t after = tok_at(t, tx->end - 1) + 1;
    if (!says && after < t->ntok) {
        const rasd_token *q = rasd_text_token_inline(t, after);
        says = q->kind == RASD_TOK_PUNCT && t->norm[q->start] == ':';
    }
    if (says) *st = RASD_ST_OCCURRED;
}

/* EV-5: a live blog's entry stamp — a clock time alone ("10:45") opening the sentence, a dash or a
 * bar after it ("10:45 — …"، "10:45 | …") — is when the entry was posted: a date the entry states
 * ("مساء أمس الأحد"، "غدا الأربعاء") is the contact's, the stamp only when it states none. */
static const rasd_timex *entry_stamp(const rasd_block_view *v, size_t f, size_t l)
{
    rasd_text *t = v->t;
    for (size_t k = 0; k < v->ntimes; k++) {
        const rasd_timex *m = &v->times[k];
        if (tok_at(t, m->start) != f) continue;
        for (size_t i = m->start; i < m->end; i++)
            if (!((v->text[i] >= '0' && v->text[i] <= '9') || v->text[i] == ':')) return NULL;
        size_t e = tok_at(t, m->end - 1) + 1;
        if (e >= l || rasd_text_token_inline(t, e)->kind != RASD_TOK_PUNCT) return NULL;
        const rasd_token *d = rasd_text_token_inline(t, e);
        const char *c = t->norm + d->start;   /* a hyphen or a bar, or an em or en dash (three bytes) */
        bool dash = d->end - d->start == 1 ? *c == '-' || *c == '|'
                                           : d->end - d->start == 3 && (memcmp(c, "\xE2\x80\x94", 3) == 0 || memcmp(c, "\xE2\x80\x93", 3) == 0);
        return dash ? m : NULL;
    }
    return NULL;
}

/* EV-4: the present of the news — a title's or a caption's (no date of its own; a caption's, a
 * photograph's, also one not after the publication), or a breaking line's (opened by عاجل or by a
 * live blog's entry stamp; no date, or the day it was posted) — tells what is happening or has just
 * happened, not a plan: "عاجل | الرئيس السيسي يتلقى اتصالا هاتفيا من الملك عبدالله الثاني"،
 * "10:30 — أردوغان يستقبل زيلينسكي في أنقرة". With a date after it, or a cue of a plan, it is
 * one ("عاجل | السيسي يستقبل غدا الملك عبدالله"). */
static void news_present(const xjob *x, const rasd_block_view *v, size_t f, size_t l, const rasd_timex *stamp,
                         const rasd_timex *tx, bool present, rasd_status_kind *st)
{
    if (*st != RASD_ST_PLANNED || !present) return;
    rasd_text *t = v->t;
    bool breaking = stamp || (f < l && stem_is(t, f, "عاجل"));
    if (tx && (!v->dct || !tx->resolved || after_publication(v, tx))) return;
    bool now = !tx ? x->title || breaking
                   : (v->caption && against(&tx->tval, v->dct) <= 0) ||
                         (breaking && tx->tval.grain >= RASD_GRAIN_DAY && against(&tx->tval, v->dct) == 0);   /* (a stamp's too) */
    if (now) *st = RASD_ST_OCCURRED;
}

/* The day a contact at token tok was announced: a past day's date right after a verb of saying
 * (or after its في) between the sentence's start f and tok ("أعلن أردوغان في 8 جويلية أن …"). */
static const rasd_timex *said_on(const rasd_block_view *v, size_t f, size_t tok)
{
    rasd_text *t = v->t;
    const rasd_timex *said = NULL;
    for (size_t q = 0; q < v->ntimes; q++) {
        const rasd_timex *m = &v->times[q];
        size_t mt = tok_at(t, m->start);
        if (mt < f || mt >= tok || m->kind != RASD_TIMEX_TIME || !m->resolved || m->tval.grain != RASD_GRAIN_DAY ||
            after_publication(v, m))
            continue;
        if (mt > f && stem_is(t, mt - 1, "في")) mt--;
        if (mt > f && saying(t, mt - 1)) said = m;
    }
    return said;
}

/* A plan told as it was announced on a past day ("وكان أردوغان قد أعلن في 8 جويلية … أن بوتين
 * سيزور تركيا في أوت", published in September): a day or month it gives without its year is the
 * first one after the announcement, not after the publication date. */
static void told_plan(xjob *x, const rasd_block_view *v, size_t f, size_t tok, const rasd_timex *tx, const char **date,
                      rasd_status_kind st)
{
    if (!*date || (st != RASD_ST_PLANNED && st != RASD_ST_PROPOSED) || !tx->resolved ||
        (tx->tval.grain != RASD_GRAIN_DAY && tx->tval.grain != RASD_GRAIN_MONTH) || year_fixed(v, tx))
        return;
    const rasd_timex *said = said_on(v, f, tok);
    if (!said) return;
    const rasd_tval *a = &said->tval, *p = &tx->tval;
    int y = a->year;
    if (p->month < a->month || (p->month == a->month && p->grain == RASD_GRAIN_DAY && p->day < a->day)) y++;
    if (y == p->year || (p->grain == RASD_GRAIN_DAY && p->day > rasd_days_in_month(y, p->month))) return;
    char buf[16];
    snprintf(buf, sizeof buf, "%04d%s", y, *date + 4);
    *date = keep(x->ev, buf, strlen(buf));
}

/* A call (دعا، دعوة) over tokens [a, b) is for something other than the contact at b: after its
 * إلى comes a noun that is neither the contact nor a word of holding or attending one (عقد،
 * إجراء، حضور), and no one invited is named between ("دعوة إلى فخامة الرئيس جوزيف عون لزيارة"):
 * "حين دعا مودي إلى وقف فوري للعنف، وفي 16 كانون الأول حين بحثا …". */
static bool calls_for_other(const rasd_block_view *v, size_t a, size_t b)
{
    static const char *const hold[] = {"عقد", "اجراء", "القيام", "تنظيم", "ترتيب", "حضور", "المشاركه", "مشاركه", "تلبيه"};
    rasd_text *t = v->t;
    bool urged = token_among(t, a, urge_verbs, NURGE);   /* (حث … على: "urged … to") */
    for (size_t i = a; i + 1 < b; i++) {
        if (!stem_is(t, i, "الي") && !(urged && stem_is(t, i, "علي"))) continue;
        if (token_among(t, i + 1, hold, sizeof hold / sizeof *hold)) return false;
        for (size_t j = i + 1; j < b; j++)
            if (covered(v, j, j + 1, COVER_PERSON, 0)) return false;
        return true;
    }
    return false;
}

/* The start of the clause that begins at token ca, with the clause before it when a clause of
 * only what `kinds` covers (words of class `skip` allowed), set off by commas, stands between
 * them — over one such clause (once) or as many as there are: the cue before a date ("ألغى ترامب،
 * اليوم الخميس، القمة"), the subject before a date or place (EV-14). */
static size_t over_set_off(const rasd_block_view *v, size_t f, size_t ca, unsigned kinds, wclass skip, bool once)
{
    rasd_text *t = v->t;
    size_t a = ca;
    while (a >= f + 3 && clause_end(t, a - 1) == 1) {
        /* (a short parenthesis inside it, the day's name in it: "، مساء اليوم (الاثنين)،") */
        size_t q = a - 1, in = SIZE_MAX, out = SIZE_MAX;
        while (q > f && (!clause_end(t, q - 1) || (clause_end(t, q - 1) == 4 && in == SIZE_MAX))) {
            if (clause_end(t, q - 1) == 4) {
                if ((in = insertion_end(t, q - 1, f, a, -1)) == SIZE_MAX) break;
                out = q - 1;
                q = in;
            } else {
                q--;
            }
        }
        bool bare = in == SIZE_MAX ? covered(v, q, a - 1, kinds, skip)
                                   : covered(v, q, in, kinds, skip) && covered(v, in + 1, out, kinds, skip) &&
                                         covered(v, out + 1, a - 1, kinds, skip);
        if (q + 1 >= a || q <= f + 1 || clause_end(t, q - 1) != 1 || !bare) break;
        size_t r = q - 1;
        while (r > f && !clause_end(t, r - 1)) r--;
        a = r;
        if (once) break;
    }
    return a;
}

/* The clause after the one that ends at cb (a comma there) names the last or the foremost of the
 * contacts counted in it and its day ("أجريا اتصالين هاتفيين منذ يناير، كان آخرهما في سبتمبر
 * الماضي"، "عشرات الاتصالات الهاتفية، أبرزها في 25 فبراير 2022"): كان/كانت, then آخرها، آخرهما،
 * أحدثها، أبرزها, and a time expression right after it (في between). */
static bool last_dated(const rasd_block_view *v, size_t cb)
{
    rasd_text *t = v->t;
    static const char *const last[] = {"اخرها", "اخرهما", "احدثها", "ابرزها", "اخرهم"};
    size_t i = cb + 1, n = rasd_text_ntokens(t);
    if (i >= n || clause_end(t, cb) != 1) return false;
    if (stem_is(t, i, "كان") || stem_is(t, i, "كانت") || stem_is(t, i, "وكان") || stem_is(t, i, "وكانت")) i++;
    if (i + 1 >= n || !token_among(t, i, last, sizeof last / sizeof *last)) return false;
    i += 1 + stem_is(t, i + 1, "في");
    return i < n && covered(v, i, i + 1, COVER_TIME, 0);
}

/* The clause [ca, cb) of the sentence that opens at f tells its day: a day in it, in the
 * sentence's first four tokens, or set off by commas right before it ("تلقى عباس، اليوم الأربعاء،
 * اتصالات هاتفية من …") — not before what one says, on إن/أن ("قال بيسكوف، اليوم الأربعاء، إن
 * بوتين أجرى أكثر من عشرة اتصالات": the day he said it). */
static bool on_day(const rasd_block_view *v, size_t f, size_t ca, size_t cb)
{
    return day_in(v, ca, cb) || day_in(v, f, f + 4) ||
           (!stem_is(v->t, ca, "ان") && day_in(v, over_set_off(v, f, ca, COVER_TIME, 0, false), ca)) || last_dated(v, cb);
}

/* EV-4: tokens [a, tok) hedge the contact at tok: ربما there, or قد (or قد لا) right before it
 * when it is an imperfect verb (verb), or right before an imperfect verb of travel or holding
 * there. */
static bool may_happen(rasd_text *t, size_t a, size_t tok, bool verb)
{
    for (size_t i = a; i < tok; i++) {
        if (stem_is(t, i, "ربما")) return true;
        if (!stem_is(t, i, "قد") && !stem_is(t, i, "وقد")) continue;
        size_t n = i + 1 < tok && stem_is(t, i + 1, "لا") ? i + 2 : i + 1;   /* (or may not: "وقد لا يلتقيان") */
        if ((verb && n == tok) || (word_class(t, n) & (W_IMPERFECT | W_HOLD))) return true;
    }
    return false;
}

/* A cue whose verb and particle its subject parts, which the dictionary's phrases (عرض استضافة،
 * اعتذر عن) cannot match: "عرض الرئيس التركي أردوغان استضافة محادثات"، "عرض أردوغان على بوتين
 * عقد قمة"، "اعتذر تبون عن زيارة باريس"، "اعتذر … عن تلبية دعوة ماكرون لزيارة باريس". The verb
 * stands earlier in trigger k's clause; an offer governs the trigger right after استضافة، عقد or
 * إجراء, a refusal the first after عن. */
static void split_cue(const rasd_block_view *v, size_t f, const found *trig, size_t k, reading *rd)
{
    rasd_text *t = v->t;
    size_t tk0 = trig[k].tok, ca = rd[k].ca;
    wclass verb = 0;
    rasd_status_kind st = RASD_ST_OCCURRED;
    /* عقد لقاء is one form; not a contact the offer was made at ("عرض … خلال عقد القمة …") */
    bool held = trig[k].len > 1 && (stem_is(t, tk0, "عقد") || stem_is(t, tk0, "اجراء")) && !during(t, ca, tk0);
    held = held || (tk0 > ca && (stem_is(t, tk0 - 1, "عقد") || stem_is(t, tk0 - 1, "اجراء")) && !during(t, ca, tk0 - 1));
    if (held || (tk0 > ca && stem_is(t, tk0 - 1, "استضافه"))) {
        verb = W_OFFER;
        st = RASD_ST_PROPOSED;
    }
    for (size_t i = tk0; i-- > ca && !verb;)
        if (stem_is(t, i, "عن")) {
            bool first = true;   /* no other trigger between عن and this one */
            for (size_t q = 0; q < k && first; q++) first = trig[q].tok < i;
            if (first) { verb = W_DECLINE; st = RASD_ST_CANCELLED; }
            break;
        }
    if (!verb || rd[k].strength >= status_rank(st)) return;
    /* (past a date or place set off by commas: "عرض ماكرون، اليوم الاثنين، استضافة لقاء") */
    for (size_t i = over_set_off(v, f, ca, COVER_PLACE | COVER_TIME, W_ADJUNCT, true); i + 1 < tk0; i++)
        if (word_class(t, i) & verb) {
            rd[k].st = st;
            rd[k].strength = status_rank(st);
            return;
        }
}

/* The contact noun a relative clause follows (التي، الذي right after it), in the clause of trigger
 * k and before it: the subject of what ends that clause; ntr when there is none. */
static size_t subject_of(rasd_text *t, const found *trig, size_t ntr, size_t k, const reading *rd)
{
    for (size_t q = 0; q < k; q++)
        if (trig[q].tok >= rd[k].ca && (word_class(t, trig[q].tok + trig[q].len) & W_RELATIVE) &&
            !stem_is(t, trig[q].tok + trig[q].len, "حيث"))
            return q;
    return ntr;
}

/* Token i negates the verb after it: لم، لن, also with و (which stays on so short a word). */
static bool negation(rasd_text *t, size_t i)
{
    static const char *const not[] = {"لم", "لن", "ولم", "ولن"};
    return token_among(t, i, not, sizeof not / sizeof *not);
}

/* Token i is أن/إن with a pronoun, the subject of what follows (إنه، أنها، إنهما). */
static bool that_pron(rasd_text *t, size_t i)
{
    if (i >= t->ntok) return false;
    const rasd_token *k = rasd_text_token_inline(t, i);   /* most tokens fail on their length */
    size_t n = k->end - k->stem, w = k->end - k->start;
    if ((n < 6 || n > 10) && (w < 6 || w > 10)) return false;
    return stem_is(t, i, "انه") || stem_is(t, i, "انها") || stem_is(t, i, "انهما");
}

/* Token i is أن/إن, bare or with a pronoun: it opens what is said. */
static bool that_word(rasd_text *t, size_t i) { return stem_is(t, i, "ان") || that_pron(t, i); }

/* The receiving verb at token i has its guest as an object pronoun (استقبله، يستقبلها،
 * استقبلهم): the one it names is the host. */
static bool guest_pronoun(rasd_text *t, size_t i)
{
    static const char *const w[] = {"استقبله", "استقبلها", "استقبلهم", "استقبلته", "استقبلتها", "استقبلتهم",
                                    "يستقبله", "يستقبلها", "يستقبلهم", "تستقبله", "تستقبلها", "تستقبلهم"};
    return token_among(t, i, w, sizeof w / sizeof *w);
}

/* The first token from i on, before upto, past a time ("اليوم"، "بعد ظهر اليوم") — i itself when
 * none stands there. */
static size_t past_time(const rasd_block_view *v, size_t i, size_t upto)
{
    while (i < upto && (covered(v, i, i + 1, COVER_TIME, 0) ||
                        ((stem_is(v->t, i, "بعد") || stem_is(v->t, i, "قبل")) && i + 1 < upto && covered(v, i + 1, i + 2, COVER_TIME, 0))))
        i++;
    return i;
}

/* The reception masdar at token i after في tells one on arrival: لدى (عند، فور) وصوله follows it
 * in its clause ("وكان في استقبال الأمير لدى وصوله مطار العلا …"). */
/* Tokens k, k + 1 say "on his arrival" (لدى وصوله، عند وصولها، فور وصوله). */
static bool arriving_at(rasd_text *t, size_t k)
{
    static const char *const at[] = {"لدي", "عند", "فور"};
    static const char *const arriving[] = {"وصوله", "وصولها", "وصولهم", "وصولهما"};
    return token_among(t, k, at, 3) && token_among(t, k + 1, arriving, 4);
}

static bool on_arrival(rasd_text *t, size_t l, size_t i)
{
    if (i == 0 || !stem_is(t, i - 1, "في") ||
        (!stem_is(t, i, "استقبال") && !stem_is(t, i, "استقباله") && !stem_is(t, i, "استقبالها")))
        return false;
    for (size_t k = i + 1; k + 1 < l && k <= i + 10 && !clause_end(t, k); k++)
        if (arriving_at(t, k)) return true;
    return false;
}

/* The أن at token i follows قبل، بعد or دون (f: where the sentence starts): it opens what came
 * before or after, or did not come, not what one says ("أعلن ميلي … عزمه نقل السفارة، قبل أن
 * يلتقي نتنياهو"). */
static bool after_time_word(rasd_text *t, size_t f, size_t i)
{
    return i > f && (stem_is(t, i - 1, "قبل") || stem_is(t, i - 1, "بعد") || stem_is(t, i - 1, "دون"));
}

/* The verb at token i comes right after قبل أن/بعد أن (f: where the sentence starts), or opens
 * a clause on حيث that follows a clause opened so ("…، قبل أن ينتقل إلى الدوحة، حيث استقبله أمير
 * قطر"): what happened there, after or before the contact told first. */
static bool after_before_that(rasd_text *t, size_t f, size_t i)
{
    if (i > f + 1 && stem_is(t, i - 1, "ان") && (stem_is(t, i - 2, "قبل") || stem_is(t, i - 2, "بعد"))) return true;
    if (i < f + 2 || !stem_is(t, i - 1, "حيث") || clause_end(t, i - 2) != 1) return false;
    size_t p = i - 2;   /* the clause before, back to its start */
    while (p > f && !clause_end(t, p - 1)) p--;
    return p + 1 < i - 2 && stem_is(t, p + 1, "ان") && (stem_is(t, p, "قبل") || stem_is(t, p, "بعد"));
}

/* The imperfect verb at token i describes one an ordinal names, a few words before it in its
 * clause (f: where the sentence starts): "كان الصفدي أول وزير خارجية عربي يزور دمشق" tells who
 * he was, not a plan. */
static bool ordinal_told(rasd_text *t, size_t f, size_t i)
{
    for (size_t j = i; j > f && i - j < 6; j--) {
        if (clause_end(t, j - 1)) return false;
        /* (not a family's name: "تميم بن حمد آل ثاني") */
        if ((word_class(t, j - 1) & W_ORDINAL) && !(j >= 2 && j - 2 >= f && stem_is(t, j - 2, "ال")))
            return j < i && !(t->tok[j - 1].clitics & RASD_CL_BI);
    }
    return false;
}

/* The trigger m at token i is a verb, or a phrase a light verb opens, on و right after a comma:
 * a clause of its own whose subject is dropped ("…، وأجرى اتصالا هاتفيا مع …"). */
static bool and_verb(rasd_text *t, const rasd_trigger *m, size_t i)
{
    return i > 0 && clause_end(t, i - 1) == 1 && (rasd_text_token_inline(t, i)->clitics & RASD_CL_WA) &&
           (m->verb || (word_class(t, i) & (W_LIGHT | W_PAST_LIGHT)));
}

/* The verb at token i comes right after كما or ثم, or after قبل أن/بعد أن: a sequel to what was
 * told before it, its subject dropped — the one who acted there ("التقى فيدان، أمس، هنية، ثم
 * اجتمع مع رئيس الوزراء القطري": Fidan). */
static bool sequel_verb(rasd_text *t, size_t f, size_t i)
{
    return (i > f && (stem_is(t, i - 1, "كما") || stem_is(t, i - 1, "ثم"))) || after_before_that(t, f, i);
}

/* Token i is أن/إن with a pronoun that is the subject of the verb after it — the trigger's at tok
 * ("إنه التقى"، "إنه أجرى اتصالا"، "إنه قد اتصل"), a topic verb before it ("إنه بحث مع الشرع،
 * خلال لقائهما …") or a verb of wanting or expecting whose أن the trigger follows ("إنه يأمل أن
 * يلتقي"، "إنه يتوقع أن يلتقي"): the speaker tells of himself. */
static bool self_report(rasd_text *t, size_t i, size_t tok)
{
    /* (… or of an invitation he extends, the trigger after it: "إنه وجّه دعوة إلى أردوغان لزيارة
     * إسرائيل") */
    if (!that_pron(t, i)) return false;
    bool invites = tok > i + 2 && tok <= i + 10 && (stem_is(t, i + 1, "وجه") || stem_is(t, i + 1, "وجهت")) &&
                   (stem_is(t, i + 2, "دعوه") || stem_is(t, i + 2, "الدعوه"));
    return i + 1 == tok || (word_class(t, i + 1) & W_TOPIC_VERB) || invites ||
           (i + 2 == tok && (stem_is(t, i + 1, "قد") || (word_class(t, i + 1) & W_PAST_LIGHT))) ||
           (i + 3 == tok && (word_class(t, i + 1) & W_CONTROL) && stem_is(t, i + 2, "ان"));
}

/* A contact (not a modifier, not dropped; not a message when `not_message`) is told in a clause
 * that ends before trigger k's begins: what k's clause tells may be part of it. */
static bool told_before(const rasd_dict *d, const found *trig, const reading *rd, size_t k, bool not_message)
{
    for (size_t q = 0; q < k; q++) {
        const rasd_trigger *mq = rasd_dict_trigger(d, trig[q].f->target);
        if (!mq->modifier && !rd[q].drop && !(not_message && mq->type == RASD_EV_MESSAGE) && rd[q].cb <= rd[k].ca) return true;
    }
    return false;
}

/* Token i is a word that makes the noun after it the time or frame of another fact: خلال،
 * أثناء، ختام، عقب، بعد، إثر، قبيل، هامش. */
static bool frame_word(rasd_text *t, size_t i)
{
    static const char *const w[] = {"خلال", "اثناء", "ختام", "عقب", "بعد", "اثر", "قبيل", "هامش"};
    return token_among(t, i, w, sizeof w / sizeof *w);
}

/* A visit's noun (trigger tr), after في and an ordinal if any, or after خلال/أثناء (a visit's
 * word, not a reception's), opening the clause that starts at ca right after a comma (sentence
 * from f): the visit the contact told in the clause before was ("…، في أول زيارة له إلى
 * واشنطن"، "…، في ثالث زيارة له"، "…، في زيارة تأتي قبل الانتخابات"، "سيجري لافروف محادثات مع
 * عراقجي في موسكو يوم الجمعة المقبل، خلال زيارة يقوم بها الأخير إلى روسيا"): the token of
 * في/خلال, or 0. */
static size_t visit_frame(rasd_text *t, const rasd_dict *d, size_t f, const found *tr, size_t ca)
{
    size_t i = tr->tok, in = i > f && (word_class(t, i - 1) & W_ORDINAL) ? i - 2 : i - 1;
    const rasd_trigger *m = rasd_dict_trigger(d, tr->f->target);
    bool during = stem_is(t, in, "خلال") || stem_is(t, in, "اثناء");   /* (a visit's, not a reception's) */
    if (i < f + 2 || in != ca || !(fi_at(t, in) || (during && m->voice != RASD_VOICE_RECEIVED)) || clause_end(t, in - 1) != 1 ||
        m->type != RASD_EV_VISIT || m->verb)
        return 0;
    return in;
}

/* The clause that ends at the comma cb is followed by at most three clauses set off by commas
 * that end right before token cs: cs opens the predicate of what the clause at cb told
 * ("زيارة أخنوش إلى مدريد، التي كانت مقررة في يونيو المقبل، تأجلت"). */
static bool set_off_to(rasd_text *t, size_t cb, size_t cs)
{
    size_t e = cb;
    for (int n = 0; n < 3 && e + 1 < cs && clause_end(t, e) == 1; n++) {
        e++;
        while (e < cs && !clause_end(t, e)) e++;
    }
    return e + 1 == cs && clause_end(t, e) == 1;
}

/* EV-4: the cues' hold on the triggers. A not_event cue drops the triggers of its clause (on its
 * side of them, for before/after); an "it did happen" cue counts in its clause only; the others
 * govern by scope: before, the first trigger after the cue and one joined to it by أو/ولا ("أن
 * يكونا قد اتصلا أو التقيا"); after, the nearest trigger before it, at most three tokens back
 * ("اللقاء الذي كان مقررا"; not "اتصال … على تبادل الزيارات خلال الفترة المقبلة"); clause, the triggers of its
 * clause; next, a trigger right after it (تنظيم لقاء); near, a trigger right after it or after
 * a light verb right after it, within four tokens (لم يلتق، لم يجر الرئيسان أي اتصال) — not one
 * after another verb (لم يناقشا خلال المكالمة …: the call took place). */
static const char *const demonstrative[] = {"ذلك", "هذا", "هذه", "ذاك"};

static void read_cues(const rasd_block_view *v, size_t f, const found *trig, size_t ntr, const found *cues, size_t ncu,
                      reading *rd)
{
    rasd_text *t = v->t;
    const rasd_dict *d = v->dict;
    /* the occasion a cue may be told at: a contact after خلال/أثناء (or another word that makes
     * it a frame: في ختام، عقب) with another after it ("دعا روتو، خلال اتصال هاتفي مع آبي أحمد،
     * إلى زيارة نيروبي"، "اقترح بوتين في ختام القمة أن يزور ترامب موسكو"): a cue before it
     * governs the next */
    /* … and with none after it, a proposal told there is what was said at it, not a proposal of
     * it ("ودعا ماكرون خلال الاتصال إلى وقف لإطلاق النار": the call took place; framed) */
    bool occasion[16] = {false}, framed[16] = {false};
    for (size_t k = 0; ncu && k < ntr; k++)
        framed[k] = !rasd_dict_trigger(d, trig[k].f->target)->modifier &&
                    (during(t, f, trig[k].tok) || (trig[k].tok > f && frame_word(t, trig[k].tok - 1)));
    for (size_t k = 0, later = 0; ncu && k < ntr; k++) {
        if (rasd_dict_trigger(d, trig[k].f->target)->modifier) continue;
        if (later && framed[later - 1]) occasion[later - 1] = true;
        later = k + 1;
    }
    /* a count of contacts: a contact noun right after a cardinal of two or more ("عشرين اتصالا
     * هاتفيا"، "15 لقاء"، "خمس جولات من المحادثات") is several, as an aggregate cue says (not on a day the clause or the
     * sentence's head gives) */
    /* … and so is one told so many times, digits before مرة/مرات in its clause ("التقيا أكثر من
     * 40 مرة"; the number words are cues): where the sentence counts so, found once */
    size_t dca[16];   /* each trigger's clause start over the dates set off before it, once asked */
    for (size_t k = 0; k < 16; k++) dca[k] = SIZE_MAX;
    size_t times[4], ntimes = 0, l = f;
    for (size_t k = 0; k < ntr; k++)
        if (rd[k].cb > l) l = rd[k].cb;
    for (size_t i = f; i + 1 < l && ntimes < 4; i++)
        if (rasd_text_token_inline(t, i)->kind == RASD_TOK_NUMBER && (stem_is(t, i + 1, "مره") || stem_is(t, i + 1, "مرات")) &&
            !(rasd_text_token_inline(t, i + 1)->clitics & RASD_CL_AL)) {
            rasd_number n;
            if (rasd_number_at(t, i, &n) && n.value >= 2) times[ntimes++] = i;
        }
    for (size_t k = 0; k < ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        for (size_t q = 0; q < ntimes && !m->modifier; q++)
            if (times[q] >= rd[k].ca && times[q] < rd[k].cb && !on_day(v, f, rd[k].ca, rd[k].cb)) rd[k].drop = true;
        /* … and a plural of count on no day ("أجرى اتصالات مع قادة المنطقة خلال الأسابيع الماضية") */
        if (m->many && !on_day(v, f, rd[k].ca, rd[k].cb)) rd[k].drop = true;
        /* … and two contacts told by a dual the pair held (أجريا، عقدا) or since a time (منذ),
         * on no day: twice, not one contact ("أجريا اتصالين هاتفيين منذ الإعلان عن الاتفاق") */
        if (m->two && trig[k].tok > f && !on_day(v, f, rd[k].ca, rd[k].cb)) {
            bool twice = stem_is(t, trig[k].tok - 1, "اجريا") || stem_is(t, trig[k].tok - 1, "عقدا");
            for (size_t i = trig[k].tok + trig[k].len; i < rd[k].cb && !twice; i++) twice = stem_is(t, i, "منذ");
            if (twice) rd[k].drop = true;
        }
        if (m->verb || m->modifier || trig[k].tok == f) continue;
        /* … or before its rounds ("خمس جولات من المحادثات") */
        size_t at = trig[k].tok;
        if (at >= f + 3 && stem_is(t, at - 1, "من") && (stem_is(t, at - 2, "جولات") || stem_is(t, at - 2, "جولتين"))) at -= 2;
        size_t b = at - 1;   /* a number ends there: a digit token or a number word */
        if (rasd_text_token_inline(t, b)->kind != RASD_TOK_NUMBER && !rasd_number_word(t, b)) continue;
        /* (not a date's year or day: "تلقى في أيار 2021 برقية تهنئة") */
        if (covered(v, b, b + 1, COVER_TIME, 0)) continue;
        for (size_t s = at; s-- > f && s + 4 >= at;) {
            rasd_number n;
            if (rasd_number_at(t, s, &n) && n.tok_end == at && n.value >= 2 && !(n.flags & (RASD_NUM_ORDINAL | RASD_NUM_DEFINITE)) &&
                !on_day(v, f, rd[k].ca, rd[k].cb)) {
                rd[k].drop = true;
                break;
            }
        }
    }
    /* a meeting that follows a contact told before it, in a clause on a verb of following whose
     * pronoun is that contact, with no date, party or أخرى of its own ("جلسة مباحثات …، يعقبها مؤتمر
     * صحفي مشترك"، "تعقبها مأدبة غداء"), is part of it; "وأعقبتها مكالمة أخرى في 3 يوليو 2020" and
     * "أعقبه اتصال بعدد من القادة الأوروبيين" are contacts of their own */
    static const char *const follows[] = {"يعقبها", "تعقبها", "يعقبه", "تعقبه", "اعقبها", "اعقبه", "اعقبته", "اعقبتها",
                                          "يليها", "تليها", "يليه", "تليه", "تلاها", "تلاه", "تلتها", "تلته", "يتبعها", "تتبعها"};
    for (size_t k = 1; k < ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        if (m->verb || m->modifier || m->type != RASD_EV_MEETING || rd[k].ca <= f ||
            !token_among(t, rd[k].ca, follows, sizeof follows / sizeof *follows) || day_in(v, rd[k].ca, rd[k].cb) ||
            (trig[k].tok + trig[k].len < rd[k].cb && another(t, trig[k].tok + trig[k].len)))
            continue;
        bool party = false;
        for (size_t e = 0; e < v->nents && !party; e++)
            party = v->ents[e].kind == RASD_ENT_PERSON && tok_at(t, v->ents[e].start) >= rd[k].ca && tok_at(t, v->ents[e].start) < rd[k].cb;
        if (party) continue;
        rd[k].drop = rd[k].drop || told_before(d, trig, rd, k, false);
    }
    /* … and so is a message verb right before فيه/خلاله, what was said in a call or meeting told
     * before it ("أجرى أردوغان اتصالا هاتفيا بالغزواني، هنأه فيه بحلول شهر رمضان") */
    for (size_t k = 1; k < ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        size_t nx = trig[k].tok + trig[k].len;
        if (!m->verb || m->type != RASD_EV_MESSAGE || nx >= rd[k].cb ||
            !(stem_is(t, nx, "فيه") || stem_is(t, nx, "فيها") || during_it(t, nx, rd[k].cb)))
            continue;
        rd[k].drop = rd[k].drop || told_before(d, trig, rd, k, true);
    }
    /* a contact noun after أي ("any"), or after احتمال/إمكانية, that a negated verb of
     * saying or of a topic names is only mentioned: "دون أن يشير إلى أي اتصال مرتقب بين تبون
     * وماكرون"، "لم يشر إلى أي لقاء"، "لم يتطرقا إلى احتمال عقد لقاء شخصي بينهما" */
    static const char *const maybe[] = {"احتمال", "امكانيه"};
    static const char *const topic_jussive[] = {"يتطرق", "يتطرقا", "تتطرق", "يبحث", "يبحثا", "تبحث", "يناقش", "يناقشا", "تناقش",
                                                "يتناول", "يتناولا", "تتناول"};
    for (size_t k = 0; k < ntr; k++) {
        size_t tk = trig[k].tok;   /* ("عقد لقاء" is one trigger) */
        if (tk < f + 3 || rasd_dict_trigger(d, trig[k].f->target)->verb ||
            !(stem_is(t, tk - 1, "اي") || token_among(t, tk - 1, maybe, 2)))
            continue;
        bool neg = false;
        for (size_t i = f; i + 1 < tk && !rd[k].drop; i++) {
            if (clause_end(t, i)) neg = false;
            else if (negation(t, i) || stem_is(t, i, "دون")) neg = true;
            else if (neg && (saying(t, i) || (word_class(t, i) & W_TOPIC_VERB) || token_among(t, i, topic_jussive, 12))) rd[k].drop = true;
        }
    }
    for (size_t c = 0; c < ncu; c++) {
        const rasd_cue *cu = rasd_dict_cue(d, cues[c].f->target);
        size_t ct = cues[c].tok, ce = ct + cues[c].len, first_after = ntr, last_before = ntr;
        if (city_at(v, ct)) continue;   /* a word of a place's name ("بقصر بيان"): no statement */
        /* a call-off after قبل أن or بعد أن of a thing named right after it that is no contact
         * ("سيلتقي البرهان آبي أحمد قبل أن يُلغى الاتفاق"): none of the contact's */
        if (cu->status == RASD_ST_CANCELLED && ct >= f + 2 && after_before_that(t, f, ct) && ce < t->ntok &&
            (rasd_text_token_inline(t, ce)->clitics & RASD_CL_AL)) {
            bool contact = false;
            for (size_t k = 0; k < ntr && !contact; k++) contact = trig[k].tok == ce;
            if (!contact) continue;
        }
        for (size_t k = 0; k < ntr; k++) {
            if (rasd_dict_trigger(d, trig[k].f->target)->modifier) continue;
            if (trig[k].tok >= ce && first_after == ntr && !(occasion[k] && trig[k].tok > ce) &&
                !(framed[k] && cu->status == RASD_ST_PROPOSED && trig[k].tok > ce && named_before(t, trig[k].tok)))
                first_after = k;
            if (trig[k].tok + trig[k].len <= ct) last_before = k;
        }
        for (size_t k = 0; k < ntr; k++) {
            if (rasd_dict_trigger(d, trig[k].f->target)->modifier) continue;
            bool in_clause = ct >= rd[k].ca && ct < rd[k].cb, before = ct < trig[k].tok, gov = false;
            /* the verb before a date set off by commas governs the trigger after it ("ألغى ترامب،
             * اليوم الخميس، القمة"), or before words of how or when ("أُلغيت، في آخر لحظة، زيارة …") */
            if (!in_clause && cu->status != RASD_ST_NOT_EVENT && before) {
                if (dca[k] == SIZE_MAX) dca[k] = over_set_off(v, f, rd[k].ca, COVER_TIME, W_MANNER | W_ORDINAL, false);
                in_clause = ct >= dca[k];
            }
            if (cu->status == RASD_ST_NOT_EVENT) {
                /* several contacts on one day ("في 11 نوفمبر 2017، عقد الرئيسان عدة لقاءات") are
                 * that day's contact, not history */
                if (cu->aggregate && on_day(v, f, rd[k].ca, rd[k].cb)) continue;
                /* nor are the meetings a contact is on the sidelines of ("على هامش اجتماعات الجمعية
                 * العامة"): a venue */
                if (cu->aggregate && ct > 0 && stem_is(t, ct - 1, "هامش")) continue;
                /* nor is the statement one who reports it ("…، حسب بيان"، "وفق بيان للرئاسة"، a few
                 * words between: "حسب ما أفاد به بيان لرئاسة الجمهورية") */
                bool source = false;
                for (size_t i = ct; i-- > f && i + 5 > ct && !source && !clause_end(t, i);)
                    source = (word_class(t, i) & W_SOURCE) || stem_is(t, i, "بحسب") || stem_is(t, i, "حسبما") || stem_is(t, i, "وفقما");
                if (source) continue;
                /* nor is the statement a denial was made in, on في, of a contact after it ("نفى
                 * مكتب السنيورة في بيان أمس ما أوردته صحيفة عن لقاء سري جمعه بنصرالله": the report
                 * denied) */
                static const char *const denied[] = {"نفي", "نفت", "ينفي", "تنفي"};
                bool channel = false;
                for (size_t i = ct - 1; ct > f + 1 && stem_is(t, ct - 1, "في") && i-- > f && i + 6 > ct && !channel && !clause_end(t, i);)
                    channel = token_among(t, i, denied, sizeof denied / sizeof *denied);
                if (channel && trig[k].tok > ce) continue;
                /* nor a contact a statement or a press conference was given at the end of or after
                 * ("صدر بيان مشترك في ختام محادثات شي وبوتين"، "عقد مؤتمرا صحفيا عقب لقائه مع ماكرون") */
                static const char *const upon[] = {"ختام", "عقب", "اثر", "بعد"};
                if (!cu->aggregate && !cu->conditional && trig[k].tok > f && token_among(t, trig[k].tok - 1, upon, 4)) continue;
                /* nor a contact told before a condition as the frame of what was said there, or as
                 * past (a verb, or a noun a past light verb completes): the condition is of
                 * something else ("حذر بايدن بوتين خلال قمة افتراضية … من عواقب وخيمة في حال غزت
                 * روسيا أوكرانيا") */
                if (cu->conditional && ct > trig[k].tok) {
                    const rasd_trigger *mk2 = rasd_dict_trigger(d, trig[k].f->target);
                    bool past = mk2->verb && !mk2->imperfect && !trig[k].future;
                    for (size_t i = rd[k].ca; i < trig[k].tok && !mk2->verb && !past; i++) past = word_class(t, i) & W_PAST_LIGHT;
                    /* (… or the object of an invitation or proposal, made whatever the condition:
                     * "دعا بوتين زيلينسكي إلى زيارة موسكو إذا كان مستعدا للقاء") */
                    bool invited = false;
                    for (size_t i = over_set_off(v, f, rd[k].ca, COVER_PLACE | COVER_TIME, W_ADJUNCT, true); i < trig[k].tok && !invited; i++)
                        invited = proposes(t, i);
                    if (framed[k] || past || invited) continue;
                }
                /* nor a contact that the statement itself reports, the subject of a verb of saying
                 * or the frame it was said in, after the أن/إن that opens what it says ("وأضاف
                 * البيان أن أردوغان التقى بوتين"; a verb, "قال فيدان، في مقابلة مع قناة …، إنه التقى
                 * الشرع" — not a noun there, "شدد في تصريح على أن انعقاد اللقاء لن يعتمد على موافقة
                 * بوتين على لقاء مماثل") */
                bool frame = ct > 0 && saying(t, ct - 1), reported = false, stated = rasd_dict_trigger(d, trig[k].f->target)->verb;
                /* (asked only where it can matter: a cue before the contact, said in a frame —
                 * after a verb of saying, or جاء في, "it came in": "وجاء في بيان لمكتب رئيس الوزراء أن
                 * السوداني تلقى اليوم اتصالا هاتفيا من أردوغان") */
                bool framed_by = frame;
                for (size_t i = f; before && i < ct && !framed_by; i++)
                    framed_by = saying(t, i) || ((word_class(t, i) & W_COME) && i + 1 < ct && stem_is(t, i + 1, "في"));
                if (!before || !framed_by) stated = false;
                for (size_t i = ce; before && framed_by && i + 1 < trig[k].tok && !stated; i++) stated = self_report(t, i, trig[k].tok);
                /* (… or a noun a light verb in the past, or a verb of sending or receiving, completes after أن/إن and
                 * its subject, a time allowed between: "ذكر الكرملين في بيان أن الرئيس بوتين أجرى أمس
                 * الثلاثاء محادثة هاتفية مع ترامب"، "أوضحت الرئاسة في بيان أن السبسي بعث اليوم برسالة
                 * إلى بوتفليقة") */
                /* (… or a proposal's or a plan's cue after أن/إن: "وجاء في بيان حكومة الإقليم أن
                 * بارزاني مستعد للقاء العبادي") */
                for (size_t c2 = 0; before && framed_by && c2 < ncu && !stated; c2++) {
                    rasd_status_kind s2 = rasd_dict_cue(d, cues[c2].f->target)->status;
                    if (cues[c2].tok <= ce || cues[c2].tok >= trig[k].tok || (s2 != RASD_ST_PROPOSED && s2 != RASD_ST_PLANNED)) continue;
                    for (size_t i = ce; i < cues[c2].tok && !stated; i++) stated = that_word(t, i);
                }
                for (size_t i = ce, said = 0; before && framed_by && i + 1 < trig[k].tok && !stated; i++) {
                    said = said || that_word(t, i);
                    stated = said && (word_class(t, i) & (W_LIGHT | W_PAST_LIGHT | W_SEND | W_RECEIVED)) &&
                             (i + 1 == trig[k].tok || covered(v, i + 1, trig[k].tok, COVER_TIME, 0));
                }
                frame = frame || (stated && framed_by);
                for (size_t i = ce; before && frame && i < trig[k].tok && !reported; i++)
                    reported = that_word(t, i);
                /* (near: the contact right after it, or past a verb that completes it: "ولو التقى"،
                 * "لو تم اللقاء"، "لو عقد الرئيسان لقاء"; not "ولو متأخرا", even if late) */
                bool near = k == first_after &&
                            (trig[k].tok == ce ||
                             (trig[k].tok <= ce + 4 && (light_verb(t, ce) || (word_class(t, ce) & W_PAST_LIGHT) || stem_is(t, ce, "تم"))));
                if (in_clause && !reported && (cu->scope == RASD_SCOPE_BEFORE ? before : cu->scope == RASD_SCOPE_AFTER ? !before :
                                               cu->scope == RASD_SCOPE_NEXT ? trig[k].tok == ce : cu->scope == RASD_SCOPE_NEAR ? near : true))
                    rd[k].drop = true;
                /* a condition reaches its answer, the clause on فـ right after its own ("إذا زار
                 * ترامب موسكو، فسيكون ذلك أول لقاء …") */
                if (cu->conditional && ce < rd[k].ca && clause_end(t, rd[k].ca - 1) == 1 &&
                    ((rasd_text_token_inline(t, rd[k].ca)->clitics & RASD_CL_FA) || rasd_text_token_is(t, rd[k].ca, "فان", strlen("فان")))) {
                    /* (فإن, whose إن the tokenizer keeps whole with its ف) */
                    size_t i = ce;
                    while (i + 1 < rd[k].ca && !clause_end(t, i)) i++;
                    if (i + 1 == rd[k].ca) rd[k].drop = true;
                }
                continue;
            }
            switch (cu->scope) {
            case RASD_SCOPE_BEFORE:
                gov = k == first_after ||
                      (first_after < ntr && k > first_after && trig[k].tok < rd[first_after].cb &&
                       (stem_is(t, trig[k].tok - 1, "او") || stem_is(t, trig[k].tok - 1, "لا")));
                /* (not when a demonstrative is what it takes: "وكان الرئيسان قد اتفقا على ذلك خلال
                 * مكالمة هاتفية جمعتهما يوم 24 مارس الماضي" — the call took place) */
                gov = gov && !(ce < l && trig[k].tok > ce && token_among(t, ce, demonstrative, sizeof demonstrative / sizeof *demonstrative));
                /* (nor a plan's a contact noun that a verb in the perfect says took place, right after
                 * it: "…، وذلك إثر مكالمة هاتفية جرت أمس الأربعاء بين الرئيس تبون ونظيره" — past its
                 * modifier) */
                if (gov && (cu->status == RASD_ST_PLANNED || cu->status == RASD_ST_PROPOSED) && !rasd_dict_trigger(d, trig[k].f->target)->verb) {
                    size_t z = trig[k].tok + trig[k].len;
                    for (size_t q = 0; q < ntr; q++)
                        if (trig[q].tok == z && rasd_dict_trigger(d, trig[q].f->target)->modifier) z += trig[q].len;
                    gov = !(z < l && (word_class(t, z) & W_PAST_LIGHT) && !(rasd_text_token_inline(t, z)->clitics & RASD_CL_WA));
                }
                gov = gov && !(cu->status == RASD_ST_PROPOSED && calls_for_other(v, ct, trig[k].tok));
                /* (… or after a contact that frames it, no contact after it: "دعا أردوغان خلال اتصال
                 * هاتفي أجراه أمس مع زيلينسكي إلى وقف إطلاق النار" — the call took place) */
                gov = gov && !(cu->status == RASD_ST_PROPOSED && framed[k] && !occasion[k] &&
                               calls_for_other(v, trig[k].tok + trig[k].len, rd[k].cb));
                /* (… or an invitation named as one told before, received or handed over at the contact
                 * that frames it: "قد تلقى الدعوة خلال اتصال هاتفي أجرته معه هاريس" — the call took place) */
                gov = gov && !(cu->status == RASD_ST_PROPOSED && framed[k] && !occasion[k] &&
                               (rasd_text_token_inline(t, ct)->clitics & RASD_CL_AL) && cues[c].len == 1);
                /* (not past a clause's end to a verb after قبل أن/بعد أن, which takes the tense of
                 * what was told before it: "أعلن ميلي … عزمه نقل السفارة، وذلك قبل أن يلتقي نتنياهو") */
                for (size_t i = ct; gov && i < trig[k].tok; i++)
                    gov = !(clause_end(t, i) && after_before_that(t, f, trig[k].tok));
                /* (… and a call-off after قبل أن/بعد أن with no contact after it in its clause is
                 * the passive of the contact before it, its subject: "وكانت زيارة لولا إلى الرياض
                 * مقررة في يوليو قبل أن تُؤجَّل") */
                gov = gov || (cu->status == RASD_ST_CANCELLED && in_clause && !before && k == last_before && ct >= f + 2 &&
                              after_before_that(t, f, ct) && (first_after == ntr || trig[first_after].tok >= rd[k].cb));
                break;
            case RASD_SCOPE_AFTER:
                gov = k == last_before && ct <= trig[k].tok + trig[k].len + 3;
                /* (and the visit whose purpose, on لـ, that one is: "وكانت زيارة الملك إلى واشنطن
                 * للقاء الرئيس بوش مقررة في 21 أبريل" is the visit's plan) */
                gov = gov || (last_before < ntr && k < last_before && in_clause && ct <= trig[last_before].tok + trig[last_before].len + 3 &&
                              trig[last_before].tok < rd[k].cb && rasd_dict_trigger(d, trig[k].f->target)->type == RASD_EV_VISIT &&
                              !rasd_dict_trigger(d, trig[k].f->target)->verb && !rasd_dict_trigger(d, trig[last_before].f->target)->verb &&
                              (rasd_text_token_inline(t, trig[last_before].tok)->clitics & RASD_CL_LI));
                /* (a definite adjective qualifies a definite noun — with ال, a pronoun, or in
                 * construct: "زيارته المقبلة"، "لقاء الرئيسين المقبل"; not "بحثا في اتصال هاتفي أمس
                 * الخطوات المقبلة") */
                if (gov && (rasd_text_token_inline(t, ct)->clitics & RASD_CL_AL) && !rasd_dict_trigger(d, trig[k].f->target)->verb) {
                    size_t te = trig[k].tok + trig[k].len;
                    gov = told_noun(t, trig[k].tok) || (te < ct && (rasd_text_token_inline(t, te)->clitics & RASD_CL_AL));
                }
                break;
            case RASD_SCOPE_CLAUSE:
                gov = in_clause;
                /* or the predicate of a contact noun its subject, after at most three clauses set
                 * off by commas between, which tell no other contact ("زيارة أخنوش إلى مدريد، التي
                 * كانت مقررة في يونيو المقبل، تأجلت"، "زيارة تبون إلى فرنسا، تلبية لدعوة من ماكرون،
                 * قد تأجلت"): a call-off. Not of a contact after منذ, nor by a cue on و or ف, which
                 * opens a clause with a subject of its own ("… منذ اجتماع المكتب البيضاوي …، وأُلغي
                 * المؤتمر الصحفي") */
                size_t cs = ct > 1 && stem_is(t, ct - 1, "قد") ? ct - 1 : ct;   /* "، قد تأجلت" */
                if (!gov && (cu->status == RASD_ST_CANCELLED || cu->status == RASD_ST_DENIED) && cs > rd[k].cb &&
                    !rasd_dict_trigger(d, trig[k].f->target)->verb && clause_end(t, cs - 1) == 1 && !rd[k].since &&
                    !(rasd_text_token_inline(t, cs)->clitics & (RASD_CL_WA | RASD_CL_FA))) {
                    bool between = false;   /* no other contact told between */
                    for (size_t q = 0; q < ntr && !between; q++) {   /* (but its purpose on لـ: "…، التي كانت مقررة يوم الأربعاء للقاء الملك، قد ألغيت") */
                        between = trig[q].tok > rd[k].cb && trig[q].tok < ct && !rasd_dict_trigger(d, trig[q].f->target)->modifier &&
                                  !(rasd_dict_trigger(d, trig[k].f->target)->type == RASD_EV_VISIT && !rasd_dict_trigger(d, trig[q].f->target)->verb &&
                                    (rasd_text_token_inline(t, trig[q].tok)->clitics & RASD_CL_LI));
                        /* (… nor one a relative clause on it tells, during it: "وكانت زيارة بايدن إلى
                         * السعودية، التي كان يفترض أن يلتقي خلالها ولي العهد، قد أُرجئت") */
                        for (size_t i = rd[q].ca; between && i < trig[q].tok; i++)
                            between = !(word_class(t, i) & W_RELATIVE);
                    }
                    gov = !between && set_off_to(t, rd[k].cb, cs);
                }
                break;
            case RASD_SCOPE_NEXT: gov = trig[k].tok == ce; break;
            case RASD_SCOPE_NEAR:
                gov = k == first_after && (trig[k].tok == ce || (light_verb(t, ce) && trig[k].tok <= ce + 4 && in_clause));
                /* or a contact noun after أي ("any") in its clause, and one joined to it by أو ("لم
                 * يتبادل سعيد والملك محمد السادس أي زيارة أو اتصال") */
                gov = gov || (in_clause && before && first_after < ntr && trig[first_after].tok > f &&
                              stem_is(t, trig[first_after].tok - 1, "اي") &&
                              (k == first_after || (trig[k].tok < rd[first_after].cb && stem_is(t, trig[k].tok - 1, "او"))));
                /* or the contact noun of its clause before it, when a light verb follows the cue
                 * ("اللقاء بين بوتين وترامب لن يعقد"، "الاجتماع لم يتم") */
                gov = gov || (k == last_before && in_clause && light_verb(t, ce) &&
                              !rasd_dict_trigger(d, trig[k].f->target)->verb && subject_of(t, trig, ntr, k, rd) == ntr);
                /* …, or the one a relative clause between tells of, its subject ("الزيارة التي كان
                 * مرتقبا أن يقوم بها … للقاء … لن تتم": the visit, not the meeting it was for) */
                gov = gov || (last_before < ntr && k < last_before && in_clause && light_verb(t, ce) &&
                              k == subject_of(t, trig, ntr, last_before, rd));
                /* …, or the contact noun the clause before tells of, past at most three clauses set
                 * off by commas that tell no other contact ("جولة المحادثات …، التي كانت مقررة في
                 * مسقط غدا، لن تعقد") */
                /* (not when the cue has a contact of its own after it: "…، ومنذ ذلك الحين، لم تجر
                 * أي اتصالات") */
                if (!gov && k == last_before && !in_clause && light_verb(t, ce) && !rasd_dict_trigger(d, trig[k].f->target)->verb &&
                    !rd[k].since && ct > rd[k].cb && set_off_to(t, rd[k].cb, ct) && (first_after == ntr || trig[first_after].tok > ce + 4)) {
                    gov = true;
                    /* (set for a day there, it was called off: "التي كانت مقررة … لن تعقد") */
                    for (size_t i = rd[k].cb; i < ct; i++)
                        rd[k].scheduled = rd[k].scheduled || token_among(t, i, set_words, sizeof set_words / sizeof *set_words);
                }
                break;
            }
            /* بدعوة with the invitee named right after it and then the contact it invites to, on إلى
             * or لـ ("رد بالمثل بدعوة شي إلى زيارة الولايات المتحدة"): "by inviting him", a
             * proposal — not "at the invitation of", whose contact is told before it in its clause
             * ("زار ماكرون الجزائر بدعوة الرئيس تبون إلى زيارة دولة") */
            rasd_status_kind cst = cu->status;
            if (cst == RASD_ST_OCCURRED_OVERRIDE && cues[c].len == 1 && before && in_clause && k == first_after &&
                (last_before == ntr || rd[last_before].cb <= ct || rd[last_before].ca > ct) && inviting(v, ce, trig[k].tok)) {
                cst = RASD_ST_PROPOSED;
                gov = true;
            }
            if (cst == RASD_ST_OCCURRED_OVERRIDE) gov = gov && in_clause;
            /* a negation with its exception after it in the clause ("لن تعقد ما لم تتراجع أديس
             * أبابا"، "إلا إذا") sets a condition: it neither cancels nor denies — a contact
             * scheduled stays planned ("القمة المرتقبة … لن تعقد ما لم …"), another is none, as
             * under إذا ("قال الأسد إنه لن يلتقي أردوغان ما لم تنسحب القوات التركية") */
            for (size_t i = ce; gov && cst == RASD_ST_DENIED && i + 1 < rd[k].cb; i++)
                if ((stem_is(t, i, "ما") && stem_is(t, i + 1, "لم")) || (stem_is(t, i, "الا") && stem_is(t, i + 1, "اذا"))) {
                    rd[k].conditional = true;
                    gov = false;
                }
            /* what began or was done is the arranging a plan or proposal cue between tells of, not
             * the contact ("بدأ الترتيب لعقد لقاء"، "جرى التحضير للقمة") — but the invitation one
             * answered (لبى، لبت) is answered: "لبى سعيد أمس دعوة تبون لزيارة الجزائر" took place */
            bool answers = stem_is(t, ct, "لبي") || stem_is(t, ct, "لبت");
            for (size_t c2 = 0; c2 < ncu && gov && cst == RASD_ST_OCCURRED_OVERRIDE; c2++) {
                rasd_status_kind s2 = rasd_dict_cue(d, cues[c2].f->target)->status;
                gov = !(cues[c2].tok >= ce && cues[c2].tok < trig[k].tok && (s2 == RASD_ST_PLANNED || s2 == RASD_ST_PROPOSED) &&
                        !(answers && s2 == RASD_ST_PROPOSED && stem_is(t, cues[c2].tok, "دعوه")));
            }
            if (!gov) continue;
            if (cst == RASD_ST_PLANNED || cst == RASD_ST_CANCELLED) rd[k].scheduled = true;
            if (cst == RASD_ST_DENIED) {
                if (negation(t, ct)) rd[k].negated = true;
                else rd[k].refuted = true;
            }
            if (status_rank(cst) > rd[k].strength) { rd[k].strength = status_rank(cst); rd[k].st = cst; }
        }
    }
    for (size_t k = 0; k < ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        split_cue(v, f, trig, k, rd);
        if (rd[k].st == RASD_ST_OCCURRED_OVERRIDE) rd[k].st = RASD_ST_OCCURRED;
        /* a scheduled or put-off contact that will not or did not take place ("القمة المرتقبة … لن
         * تعقد"، "الاجتماع المقرر لم يعقد"، "الزيارة أرجئت ولم تتم") was called off; one whose report is
         * denied stays denied */
        if (rd[k].st == RASD_ST_DENIED && rd[k].scheduled && rd[k].negated && !rd[k].refuted) rd[k].st = RASD_ST_CANCELLED;
        if (rd[k].conditional && !rd[k].scheduled) rd[k].drop = true;
        /* (an imperfect after قبل أن/بعد أن takes the tense of what was told before it: a plan
         * after a plan or a future verb, else what happened — "التقى لاريجاني عون، قبل أن يلتقي
         * بري") */
        bool ahead = true;
        if (!trig[k].future && (after_before_that(t, f, trig[k].tok) || (m->imperfect && ordinal_told(t, f, trig[k].tok)))) {
            ahead = false;
            for (size_t i = f; i < trig[k].tok && !ahead; i++) ahead = (t->tok[i].clitics & RASD_CL_SA) != 0;
            for (size_t q = 0; q < k && !ahead; q++)
                ahead = rd[q].st == RASD_ST_PLANNED && !rasd_dict_trigger(d, trig[q].f->target)->modifier;
        }
        /* (a phrase whose verb has the future سـ too: "إن بايدن سيتحدث هاتفياً مع نتنياهو") */
        if (rd[k].st == RASD_ST_OCCURRED && (m->verb || m->imperfect || trig[k].future) && (trig[k].future || m->imperfect) && ahead) {
            rd[k].st = RASD_ST_PLANNED;
            rd[k].present = !trig[k].future;
        }
        /* EV-4: one that may take place — ربما before it in its clause, or قد right before its
         * imperfect verb, or before a verb of travel or holding in the imperfect that leads to it
         * ("ربما يزور ويتكوف موسكو"، "نتنياهو قد يتوجه غدا إلى القاهرة للقاء السيسي") — is proposed,
         * not planned (قد before a perfect is done: "وكان قد التقى") */
        if (rd[k].st == RASD_ST_PLANNED && may_happen(t, rd[k].ca, trig[k].tok, m->imperfect && m->verb))
            rd[k].st = RASD_ST_PROPOSED;
        /* a noun that a future light verb of its clause completes ("اجتماعا ثلاثيا سيعقد"، "ستجري
         * القمة"), or an imperfect one opening it, an announcement ("ويعقد مودي وبوتين اليوم
         * محادثات") — unless a past one completes it there ("عقد … اجتماعا") */
        if (rd[k].st == RASD_ST_OCCURRED && !m->verb && !m->modifier) {
            bool fut = false, past = false, now = false;
            for (size_t i = rd[k].ca; i < rd[k].cb; i++) {
                bool hold = word_class(t, i) & W_HOLD;
                fut = fut || future_light(t, i);   /* (سيقوم بزيارة too) */
                past = past || (word_class(t, i) & W_PAST_LIGHT);
                /* … opening the clause, or after أن — not قبل أن, which tells the past ("رجحت مصادر
                 * أن يقوم عون بزيارة إلى السعودية") */
                now = now || (hold && i < trig[k].tok &&
                              (i == rd[k].ca || (stem_is(t, i - 1, "ان") && !(i - 1 > rd[k].ca && stem_is(t, i - 2, "قبل")))));
            }
            now = now && !fut;
            if ((fut || now) && !past) {
                rd[k].st = RASD_ST_PLANNED;
                rd[k].present = now;
            }
        }
        /* a summit the contact is on the sidelines of: على هامش right before it; one taken part
         * in, the occasion of another contact ("بعث رامافوزا رسالة شكر إلى مودي على مشاركته في
         * قمة بريكس": the letter) */
        /* (not one an invitation asks him to take part in, on لـ or إلى: "رسالة … تتضمن دعوة
         * للمشاركة في القمة العربية التي ستعقد في جدة": the summit proposed) */
        if (trig[k].tok >= f + 2 && stem_is(t, trig[k].tok - 1, "في") && (word_class(t, trig[k].tok - 2) & W_PARTAKE)) {
            size_t pw = trig[k].tok - 2;
            bool asked = false;
            if ((rasd_text_token_inline(t, pw)->clitics & RASD_CL_LI) || (pw > f && stem_is(t, pw - 1, "الي")))
                for (size_t i = pw; i-- > f && i + 4 > pw && !asked;) asked = stem_is(t, i, "دعوه") || stem_is(t, i, "الدعوه") || proposes(t, i);
            rd[k].venue = !asked;
        }
        for (size_t q = 0; q < ntr; q++) {
            const rasd_trigger *mq = rasd_dict_trigger(d, trig[q].f->target);
            if (mq->modifier && mq->type == RASD_EV_MEETING && trig[q].tok + trig[q].len == trig[k].tok) rd[k].venue = true;
        }
    }
    /* a visit's noun after في opening a clause of its own, with no cue of its own, that sets the
     * contact of the clause before it in that visit ("يلتقي أردوغان ترامب في البيت الأبيض غدا، في
     * أول زيارة له إلى واشنطن"): that contact's status */
    for (size_t k = 1; k < ntr; k++) {
        size_t in = visit_frame(t, d, f, &trig[k], rd[k].ca);
        if (rd[k].strength || !in) continue;
        for (size_t q = k; q-- > 0;)
            if (!rasd_dict_trigger(d, trig[q].f->target)->modifier && rd[q].cb == in - 1) {
                rd[k].st = rd[q].st;
                break;
            }
    }
}

/* The object after a verb at token a — past its subject, a person named from a — is a people:
 * الشعب/شعب, or a country's adjective standing alone as a noun (اللبنانيين). */
static bool to_people(const rasd_block_view *v, size_t a, size_t l)
{
    rasd_text *t = v->t;
    while (a < l && covered(v, a, a + 1, COVER_PERSON, 0)) a++;
    if (a >= l) return false;
    bool people = stem_is(t, a, "شعب");
    size_t s0 = rasd_text_source_inline(t, t->tok[a].start), s1 = rasd_text_source_inline(t, t->tok[a].end);
    for (size_t k = 0; k < v->nents && !people; k++)
        if (v->ents[k].kind == RASD_ENT_COUNTRY && v->ents[k].start <= s0 && v->ents[k].end >= s1) {
            people = strcmp(v->ents[k].via, "adjective") == 0 && (rasd_text_token_inline(t, a)->clitics & RASD_CL_AL);
            break;
        }
    /* … and no person joined to it by و ("الشعب التركي والرئيس أردوغان") */
    for (size_t i = a + 1; people && i < l && i < a + 4; i++)
        if ((rasd_text_token_inline(t, i)->clitics & RASD_CL_WA) && covered(v, i, i + 1, COVER_PERSON, 0)) people = false;
    return people;
}

/* Token i is a verb of praise or blame (أشاد، ثمن، نوه، أثنى، انتقد، ندد): its subject comments
 * on what follows on بـ, takes no part in it. */
static bool comments(rasd_text *t, size_t i)
{
    static const char *const w[] = {"اشاد", "اشادت", "ثمن", "ثمنت", "نوه", "نوهت", "اثني", "اثنت", "انتقد", "انتقدت", "ندد", "نددت",
                                    "شكر", "شكرت", "الشكر"};
    return token_among(t, i, w, sizeof w / sizeof *w);
}

/* Token i is a visit's kind after its noun (زيارة رسمية، زيارة عمل، أول زيارة خارجية للرئيس …). */
static bool visit_kind(rasd_text *t, size_t i)
{
    static const char *const w[] = {"خارجيه", "رسميه", "عمل", "دوله", "خاصه", "اخويه", "تاريخيه"};
    return token_among(t, i, w, sizeof w / sizeof *w);
}

/* Token i is a form of قام, the light verb of a visit (قام، يقوم، سيقوم، تقوم …). */
static bool does_visit(rasd_text *t, size_t i)
{
    static const char *const w[] = {"قام", "قامت", "يقوم", "تقوم", "سيقوم", "ستقوم"};
    return token_among(t, i, w, sizeof w / sizeof *w);
}

/* The person whose name starts at token b is joined by و to the one whose name ends before token
 * a: the و is on b or on an honorific or two before it ("والرئيس روتو"، "وفخامة الرئيس أردوغان"،
 * "وصاحب السمو الشيخ …"), the first's apposition set off by commas allowed between ("الشيخ تميم بن
 * حمد، أمير البلاد المفدى، وفخامة الرئيس أردوغان"). */
static bool joined_by_wa(rasd_text *t, size_t a, size_t b)
{
    if (a < b && clause_end(t, a) == 1) {
        size_t c = a + 1;
        while (c < b && !clause_end(t, c)) c++;
        if (c >= b || clause_end(t, c) != 1 || c - a > 7) return false;
        a = c + 1;
    }
    return a <= b && b - a <= 2 && (rasd_text_token_inline(t, a)->clitics & RASD_CL_WA);
}

/* The one of pers[0..np) named by a person's mention that starts at token i of v (a party named
 * again there, by a title or a part of his name, counts), or NULL. */
static const rasd_entmention *party_at(const rasd_block_view *v, size_t i, const rasd_entmention *const *pers, size_t np)
{
    for (size_t k = 0; k < v->nents; k++) {
        if (v->ents[k].kind != RASD_ENT_PERSON || tok_at(v->t, v->ents[k].start) != i) continue;
        for (size_t q = 0; q < np; q++)
            if (pers[q]->entity == v->ents[k].entity) return pers[q];
    }
    return NULL;
}

/* EV-6: who acted. Arabic puts the verb first: the agent is the nearest person before the trigger
 * (SVO, or أجرى ترامب اتصالا), else the first after it (اتصل ترامب ببوتين). تلقى (تسلم) before a masdar
 * turns it round: the initiator follows (تلقى السيسي اتصالا من الملك); so does a receiving verb
 * (استقبل السيسي ماكرون: the guest is the second person after it). NULL when the voice names none. */
static const rasd_entmention *initiator_of(const rasd_block_view *v, size_t f, const rasd_trigger *tr, size_t tok,
                                           const rasd_entmention *const *pers, const size_t *ptok, size_t np)
{
    rasd_text *t = v->t;
    bool received = tr->voice == RASD_VOICE_RECEIVED;
    for (size_t i = f; i < tok && !received; i++)
        received = word_class(t, i) & W_RECEIVED;
    size_t nbefore = 0, first_after = np;
    for (size_t q = 0; q < np; q++) {
        if (ptok[q] < tok) nbefore++;
        else if (first_after == np) first_after = q;
    }
    /* "كان في استقباله الرئيس ترامب": the pronoun is the guest, named before; who is there to
     * receive him is the host ("لدى استقباله X" is the other way round) */
    /* … and "كان في مقدمة مستقبليه ولي العهد" */
    size_t fi = tok >= f + 2 && stem_is(t, tok - 1, "مقدمه") ? tok - 1 : tok;
    if (tr->voice == RASD_VOICE_RECEIVED && !tr->verb && nbefore && fi > f && stem_is(t, fi - 1, "في") &&
        (stem_is(t, tok, "استقباله") || stem_is(t, tok, "استقبالها") || stem_is(t, tok, "مستقبليه") ||
         stem_is(t, tok, "مستقبليها")))
        /* the host named before it, as كان's subject ("وصل ترمب …، وكان محمد بن سلمان في استقباله"):
         * the guest is the one before him */
        return first_after == np && nbefore >= 2 && tok >= f + 3 && ptok[nbefore - 1] < tok - 1 &&
                       (stem_is(t, ptok[nbefore - 1] - 1, "كان") || stem_is(t, ptok[nbefore - 1] - 1, "كانت"))
                   ? pers[nbefore - 2]
                   : pers[nbefore - 1];
    /* a receiving verb whose object is a pronoun ("حيث سيستقبله تبون"، "استقبلها الملك"): the
     * guest is who it stands for, named before */
    /* (or one told before, standing at the verb: "…. واستقبله رئيس الجمهورية برهم صالح") */
    if (tr->voice == RASD_VOICE_RECEIVED && tr->verb && guest_pronoun(t, tok)) {
        if (nbefore) return pers[nbefore - 1];
        if (np && ptok[0] == tok && strcmp(pers[0]->via, "coref") == 0) return pers[0];
    }
    /* the masdar of receiving with its host in the genitive and its guest after it, on لـ or not
     * ("خلال استقبال أمير قطر الشيخ تميم لوزير الخارجية الإيراني"): the second one after it; a
     * possessive one ("خلال استقباله X"، "لدى استقباله X") has its guest first, and so does one
     * after في, whose host is كان's subject ("وكان في استقبال الرئيس ترمب … ولي العهد") */
    if (tr->voice == RASD_VOICE_RECEIVED && !tr->verb && !tr->possessed && first_after + 1 < np &&
        ptok[first_after] <= tok + 3 && !(tok > f && stem_is(t, tok - 1, "في"))) {   /* an honorific or two before the host (صاحب السمو) */
        /* host and guest in one clause — or the host a pronoun of honour, the guest after the
         * adjuncts an agency sets off ("خلال استقبال سموه في مقر الوزارة بالرياض اليوم، معالي …") */
        static const char *const his[] = {"سموه", "سموها", "جلالته", "فخامته", "معاليه", "دولته"};
        bool one = true;
        for (size_t i = tok + 1; i < ptok[first_after + 1] && one; i++) one = !clause_end(t, i);
        if (!one && ptok[first_after] == tok + 1 && token_among(t, tok + 1, his, sizeof his / sizeof *his) &&
            ptok[first_after + 1] <= tok + 14) {
            size_t marks = 0;
            for (size_t i = tok + 1; i < ptok[first_after + 1]; i++) marks += clause_end(t, i) != 0;
            one = marks == 1;
        }
        if (one) return pers[first_after + 1];
    }
    if (received) {
        size_t q = first_after + (tr->voice == RASD_VOICE_RECEIVED && tr->verb && nbefore == 0 ? 1 : 0);
        return q < np ? pers[q] : NULL;
    }
    /* a verb whose object is a pronoun ("بعث ترامب رسالة إلى بايدن هنأه فيها"): the person just
     * before it is what the pronoun stands for; its subject follows it or was named before that */
    if ((word_class(t, tok) & W_OBJ_PRON) && !(first_after < np && ptok[first_after] == tok + 1) && nbefore >= 2) {
        /* unless that one is its subject, right before it and not after a preposition: "إن
         * ماكرون هنأه" */
        size_t p0 = ptok[nbefore - 1];
        bool object = (p0 > f && (stem_is(t, p0 - 1, "الي") || stem_is(t, p0 - 1, "علي"))) ||
                      (rasd_text_token_inline(t, p0)->clitics & (RASD_CL_BI | RASD_CL_LI));
        if (object || tok_at(t, pers[nbefore - 1]->end - 1) + 1 < tok) return pers[nbefore - 2];
    }
    /* a message noun after a verb of sending, its subject between ("بعث ترامب رسالة إلى بايدن"):
     * the sender acts */
    bool sent = false;
    for (size_t i = f; i < tok && !sent && tr->type == RASD_EV_MESSAGE && tr->voice == RASD_VOICE_NOUN; i++)
        sent = word_class(t, i) & W_SEND;
    /* a contact noun that a relative clause says was made by the one named first ("هنأ بوتين برابوو
     * خلال اتصال هاتفي أجراه معه"), or by the one named right after that clause's verb ("… خلال
     * اتصال أجراه معه الرئيس ماكرون"، "بعد اتصال هاتفي أجراه الملك عبدالله الثاني بالرئيس
     * الشرع") */
    if (tr->voice == RASD_VOICE_NOUN && !tr->modifier)
        for (size_t i = tok + 1; i <= tok + 3 && i + 1 < t->ntok; i++) {
            /* (one that says it was received from the one after من: "خلال اتصال هاتفي تلقاه سموه
             * اليوم من الرئيس جوزيف عون") */
            /* (he may be named there again, by a title: "… تلقاه الرئيس اليوم من الرئيس اللبناني") */
            if (stem_is(t, i, "تلقاه") || stem_is(t, i, "تلقاها")) {
                for (size_t k = 0; k < v->nents; k++) {
                    size_t p = tok_at(t, v->ents[k].start);
                    if (v->ents[k].kind != RASD_ENT_PERSON || p <= i + 1 || p > i + 10) continue;
                    size_t h = honorifics_before(t, i + 1, p);   /* "من معالي ماركو روبيو" */
                    if (h > i + 1 && h <= i + 10 && stem_is(t, h - 1, "من")) {
                        /* (a date set off by commas may stand before من: "تلقاه بري، مساء أمس، من …") */
                        bool mark = false;
                        size_t m1 = SIZE_MAX, m2 = SIZE_MAX;
                        for (size_t j = i + 1; j < h; j++)
                            if (clause_end(t, j)) {
                                if (m1 == SIZE_MAX) m1 = j;
                                else if (m2 == SIZE_MAX) m2 = j;
                                else mark = true;
                            }
                        if (m1 != SIZE_MAX)
                            mark = mark || m2 == SIZE_MAX || m2 + 2 != h || clause_end(t, m1) != 1 || clause_end(t, m2) != 1 ||
                                   !covered(v, m1 + 1, m2, COVER_TIME, 0);
                        if (m1 == SIZE_MAX && h > i + 6) mark = true;
                        for (size_t q = 0; q < np && !mark; q++)
                            if (pers[q]->entity == v->ents[k].entity) return pers[q];
                    }
                }
                break;
            }
            /* (a message the one named right after the relative clause's verb of sending sent: "عقب
             * الرسالة التي بعث بها الرئيس ماكرون إلى الملك محمد السادس"، "… التي بعث بها إليه ماكرون") */
            static const char *const sent_it[] = {"بعث", "بعثها", "بعثه", "ارسل", "ارسلها", "ارسله", "وجه", "وجهها", "وجهه"};
            if (tr->type == RASD_EV_MESSAGE && token_among(t, i, sent_it, sizeof sent_it / sizeof *sent_it)) {
                size_t at = i + 1 + (stem_is(t, i + 1, "بها") || stem_is(t, i + 1, "به"));   /* "بعث بها إليه" */
                at += stem_is(t, at, "اليه") || stem_is(t, at, "اليها") || stem_is(t, at, "له") || stem_is(t, at, "لها");
                if (party_at(v, at, pers, np)) return party_at(v, at, pers, np);
                break;
            }
            if (!stem_is(t, i, "اجراه") && !stem_is(t, i, "اجراها") && !stem_is(t, i, "عقده") && !stem_is(t, i, "عقدها")) continue;
            /* (or به/بها, the other side of a call: "خلال اتصال هاتفي أجراه به اليوم") */
            if (stem_is(t, i + 1, "معه") || stem_is(t, i + 1, "معها") || stem_is(t, i + 1, "به") || stem_is(t, i + 1, "بها")) {
                /* (a date may stand between: "أجراه معه مساء أمس أمير الكويت") */
                bool near = first_after < np && ptok[first_after] > i + 1 && ptok[first_after] <= i + 5;
                for (size_t j = i + 2; near && j < ptok[first_after]; j++) near = !clause_end(t, j);
                if (near) return pers[first_after];
                return nbefore ? pers[0] : NULL;
            }
            if (first_after < np && ptok[first_after] == i + 1) return pers[first_after];
            /* … or by the one named before, the other party after مع/بـ a few words on ("دعا روتو،
             * خلال اتصال هاتفي أجراه مساء أمس مع أمير الكويت، …") */
            if (nbefore && first_after < np && ptok[first_after] > i + 1 && ptok[first_after] <= i + 5) {
                size_t p = ptok[first_after];
                bool with = stem_is(t, p - 1, "مع") || (rasd_text_token_inline(t, p)->clitics & RASD_CL_BI);
                for (size_t j = i + 1; j + 1 < p && with; j++) with = !clause_end(t, j) && !stem_is(t, j, "مع");
                if (with) return pers[0];
            }
            break;
        }
    /* a visit noun right after a verb's subject, with no visitor named after it: the subject
     * makes it ("يعتزم بارو زيارة الرباط"، "بدأ أردوغان زيارة رسمية"; not "أشاد تبون بزيارة ماكرون") */
    if (tr->voice == RASD_VOICE_NOUN && tr->type == RASD_EV_VISIT && !tr->verb && nbefore &&
        tok_at(t, pers[nbefore - 1]->end - 1) + 1 == tok && !(rasd_text_token_inline(t, tok)->clitics & (RASD_CL_BI | RASD_CL_LI)) &&
        !(first_after < np && ptok[first_after] == tok + 1) && nbefore == 1)
        return pers[0];
    /* a visit told with قام بـ: the person right after the light verb, before the noun on بـ (with
     * an adjunct between: "أن يقوم روتو، الخميس المقبل، بزيارة") or after it in a relative clause
     * ("الزيارة التي كان مرتقبا أن يقوم بها عون") */
    if (tr->type == RASD_EV_VISIT && !tr->verb) {
        size_t lv = SIZE_MAX;
        if (rasd_text_token_inline(t, tok)->clitics & RASD_CL_BI)
            for (size_t i = tok; i-- > f && i + 9 > tok && lv == SIZE_MAX;)
                if (does_visit(t, i)) lv = i;
        for (size_t i = tok + 2; i < tok + 9 && i + 1 < t->ntok && lv == SIZE_MAX; i++)
            if (stem_is(t, i, "بها") && does_visit(t, i - 1)) lv = i;
        /* (the first person after it, a title the tagger leaves out between: "زيارة قام بها نائب
         * وزير الخارجية الروسي ميخائيل بوغدانوف") */
        for (size_t q = 0; q < np && lv != SIZE_MAX; q++)
            if (ptok[q] > lv && ptok[q] <= lv + 6) {
                bool mark = false;
                for (size_t i = lv + 1; i < ptok[q] && !mark; i++) mark = clause_end(t, i) != 0;
                if (!mark) return pers[q];
                break;
            }
    }
    /* a visit noun's genitive, the person right after it, is its visitor ("أرجئت زيارة السوداني إلى
     * أنقرة للقاء أردوغان"; "أشاد عباس بزيارة ماكرون") — not one on لـ/بـ after an invitation,
     * which invited() reads */
    if (tr->voice == RASD_VOICE_NOUN && tr->type == RASD_EV_VISIT && !tr->verb && first_after < np &&
        (ptok[first_after] == tok + 1 || (ptok[first_after] == tok + 2 && visit_kind(t, tok + 1))))
        return pers[first_after];
    /* a contact noun right after the subject of a light verb ("أجرى شي مكالمة هاتفية مع بوتين",
     * as "أجرى شي اتصالا"): the subject acts — not a pair named as one ("أجرى الرئيسان مكالمة") */
    /* … a date or place set off by commas between ("أجرى السيد أحمد عطاف، يوم الخميس، مكالمة
     * هاتفية"), and an honorific the name leaves out before it */
    bool lit = false;
    if (tr->voice == RASD_VOICE_NOUN && !tr->modifier && nbefore && ptok[nbefore - 1] > f &&
        !(nbefore >= 2 && ptok[nbefore - 2] == ptok[nbefore - 1])) {
        size_t pe = tok_at(t, pers[nbefore - 1]->end - 1) + 1, lv = ptok[nbefore - 1] - 1;
        static const char *const hon[] = {"السيد", "السيده", "الشيخ", "الشيخه", "فخامه", "معالي", "سمو", "دوله"};
        if (lv > f && token_among(t, lv, hon, sizeof hon / sizeof *hon)) lv--;
        /* (one set-off stretch, no other mark in it — or two, his name set off first: "أجرى رئيس
         * الجمهورية، السيد عبد المجيد تبون، مساء اليوم، مكالمة …") */
        /* (to an ordinal before the noun: "أجرى بايدن، في 10 شباط/فبراير 2021، أول اتصال") */
        size_t ot = tok > pe + 1 && (word_class(t, tok - 1) & W_ORDINAL) ? tok - 1 : tok;
        for (int n = 0; n < 2 && pe < ot && clause_end(t, pe) == 1 && clause_end(t, ot - 1) == 1 && ot - pe <= 16; n++) {
            size_t c = pe + 1;
            while (c + 1 < ot && !clause_end(t, c)) c++;
            if (c + 1 == ot && ot - pe <= 8) pe = ot;
            else if (n == 0 && clause_end(t, c) == 1 && apposition(v, pe + 1, c)) pe = c;
            else break;
        }
        /* … and an ordinal before the noun ("أجرى إيشيبا أول اتصال هاتفي مع بايدن"; not yet with a
         * date between, "أجرى إيشيبا أمس أول اتصال") */
        size_t nt0 = tok > pe && (word_class(t, tok - 1) & W_ORDINAL) ? tok - 1 : tok;   /* (and "أجرى بوتين آخر اتصال") */
        /* … and a date between, not set off ("أجرى بوتين اليوم مكالمة هاتفية مع توكاييف"، "سيجري
         * بوتين في وقت لاحق اليوم محادثة هاتفية") */
        static const char *const later[] = {"في", "وقت", "لاحق", "سابق", "من"};
        size_t dt = pe;
        while (dt < nt0 && dt < pe + 4 && token_among(t, dt, later, sizeof later / sizeof *later)) dt++;
        if (pe < nt0 && nt0 - pe <= 7 && covered(v, dt, nt0, COVER_TIME, 0)) pe = nt0;
        lit = (pe == tok || pe == nt0) && (word_class(t, lv) & (W_LIGHT | W_PAST_LIGHT));
        /* … or the light verb after its subject, قد between ("وكان بوتين قد أجرى آخر اتصال") */
        /* (a date set off by commas after it: "وكان بايدن قد أجرى، في 10 شباط/فبراير 2021، أول اتصال") */
        size_t lv2 = nt0 - 1;
        if (nt0 > pe + 3 && clause_end(t, lv2) == 1) {
            size_t c0 = lv2 - 1;
            while (c0 > pe && lv2 - c0 <= 8 && !clause_end(t, c0)) c0--;
            if (c0 > pe && clause_end(t, c0) == 1 && covered(v, c0 + 1, lv2, COVER_TIME, W_ADJUNCT)) lv2 = c0 - 1;
        }
        /* (… or a date not set off between the light verb and the noun: "أن الرئيس بوتين أجرى أمس
         * الثلاثاء محادثة هاتفية") */
        size_t lv3 = lv2;
        while (lv3 > pe && covered(v, lv3, lv3 + 1, COVER_TIME, 0)) lv3--;
        if (lv3 < lv2 && (word_class(t, lv3) & (W_LIGHT | W_PAST_LIGHT))) lv2 = lv3;
        if (!lit && nt0 > pe && (word_class(t, lv2) & (W_LIGHT | W_PAST_LIGHT)))
            lit = lv2 == pe || (lv2 - 1 == pe && stem_is(t, pe, "قد"));
    }
    if (sent || lit || tr->voice == RASD_VOICE_SUBJ_OBJ || tr->voice == RASD_VOICE_VISITOR || tr->voice == RASD_VOICE_SENDER) {
        /* a subject of two joined by و ("عقد البرهان والرئيس روتو اجتماعا"): neither acts alone */
        if (nbefore >= 2 && joined_by_wa(t, tok_at(t, pers[nbefore - 2]->end - 1) + 1, ptok[nbefore - 1])) return NULL;
        /* … nor a pair named as one ("أجرى الرئيسان أمس اتصالا"، "التقى الزعيمان") — unless one
         * of them is named by himself after it, before the trigger ("اتصالات بين الجانبين، إذ
         * أجرى ماكرون اتصالا بالشرع": Macron) */
        if (nbefore >= 2 && ptok[nbefore - 2] == ptok[nbefore - 1]) {
            const rasd_entmention *own = NULL;
            for (size_t k = 0; k < v->nents; k++) {
                size_t mt = tok_at(t, v->ents[k].start);
                if (v->ents[k].kind == RASD_ENT_PERSON && mt > ptok[nbefore - 1] && mt < tok) own = party_at(v, mt, pers, np);
            }
            return own;
        }
        if (!nbefore && first_after + 1 < np && ptok[first_after] == ptok[first_after + 1]) return NULL;
        /* … or after the verb ("التقى ترامب وبوتين"، "أن يجتمع الدبيبة والمشير حفتر") */
        if (!nbefore && first_after + 1 < np &&
            joined_by_wa(t, tok_at(t, pers[first_after]->end - 1) + 1, ptok[first_after + 1]))
            return NULL;
        return nbefore ? pers[nbefore - 1] : first_after < np ? pers[first_after] : NULL;
    }
    return NULL;
}

/* EV-6: the one invited to visit ("دعا بوتين ترمب لزيارة موسكو"، "وجه تبون دعوة إلى الغزواني لزيارة
 * الجزائر") is its visitor, of the two parties pers[0..2): the one named right after the masdar
 * after لـ / إلى (trigger fd: "دعا أردوغان إلى زيارة بوتين لتركيا"; "للقيام بزيارة"، "لأداء زيارة"
 * are such a masdar), else the one named nearest before it in the sentence [f, …) — unless named after من or
 * right after دعوة, as who invited ("تلقى ماكرون دعوة من تبون لزيارة الجزائر"، "لبى أردوغان دعوة
 * السيسي لزيارة مصر"): then the other. Mentions are looked up by entity, as a pair may stand
 * for both where the event took them from ("الجانبين"). NULL when the trigger is no such masdar. */
static const rasd_entmention *invited(const rasd_block_view *v, size_t f, const rasd_trigger *tr, const found *fd,
                                      const rasd_entmention *const *pers, size_t np)
{
    rasd_text *t = v->t;
    size_t tok = fd->tok, after = tok + fd->len, near = 2, at = 0;
    /* "للقيام بزيارة"، "إلى القيام بزيارة"، "لأداء زيارة": the masdar is القيام's, أداء's */
    size_t ms = tok > f + 1 && ((stem_is(t, tok - 1, "قيام") && (rasd_text_token_inline(t, tok)->clitics & RASD_CL_BI)) ||
                                stem_is(t, tok - 1, "اداء"))
                    ? tok - 1 : tok;
    if (np != 2 || tr->verb || !((rasd_text_token_inline(t, ms)->clitics & RASD_CL_LI) || (ms > f && stem_is(t, ms - 1, "الي"))))
        return NULL;
    for (size_t k = 0; k < v->nents; k++) {
        const rasd_entmention *m = &v->ents[k];
        size_t q = m->kind != RASD_ENT_PERSON ? 2 : m->entity == pers[0]->entity ? 0 : m->entity == pers[1]->entity ? 1 : 2;
        if (q == 2) continue;
        size_t mt = tok_at(t, m->start);
        if (mt == after) return pers[q];
        if (mt >= f && mt < ms && (near == 2 || mt > at)) { near = q; at = mt; }
    }
    if (near == 2) return NULL;
    /* who invites: after من, or the invitation's genitive ("لبى أردوغان دعوة السيسي لزيارة مصر") */
    size_t h = honorifics_before(t, f, at);   /* "من أخيه الرئيس التونسي قيس سعيد" */
    /* (or a title the tagger leaves out of his name: "من رئيس إقليم كردستان نيجيرفان بارزاني") */
    for (size_t i = h; i > f && i + 4 > h && !stem_is(t, h - 1, "من") && !stem_is(t, h - 1, "دعوه"); i--)
        if (stem_is(t, i - 1, "من") && !covered(v, i, h, COVER_PERSON | COVER_PLACE, 0)) {
            bool plain = true;   /* nothing but words between: no mark */
            for (size_t j = i; j < h && plain; j++) plain = !clause_end(t, j) && rasd_text_token_inline(t, j)->kind == RASD_TOK_ARABIC;
            if (plain) h = i;
        }
    /* (not after بدعوة, "by inviting": "رد بالمثل بدعوة شي إلى زيارة الولايات المتحدة" — Xi) */
    bool inviter = h > f && (stem_is(t, h - 1, "من") ||
                             (stem_is(t, h - 1, "دعوه") && !(rasd_text_token_inline(t, h)->clitics & (RASD_CL_LI | RASD_CL_BI)) &&
                              !(rasd_text_token_inline(t, h - 1)->clitics & RASD_CL_BI)));
    /* … and not one a verb of inviting with an object pronoun follows right after his name, its
     * subject, who invites the one it stands for ("أن الرئيس شي دعاه إلى زيارة الصين": the other;
     * not "…، ودعاه فيها إلى زيارة باريس", which drops its subject) */
    static const char *const invites_him[] = {"دعاه", "دعاها", "دعته", "دعتها", "يدعوه", "تدعوه", "دعاهما"};
    for (size_t k = 0; k < v->nents && !inviter; k++) {
        const rasd_entmention *m = &v->ents[k];
        size_t nx = tok_at(t, m->end - 1) + 1;
        inviter = m->kind == RASD_ENT_PERSON && tok_at(t, m->start) == at && nx < ms && !(rasd_text_token_inline(t, nx)->clitics & RASD_CL_WA) &&
                  token_among(t, nx, invites_him, sizeof invites_him / sizeof *invites_him);
    }
    return pers[inviter ? 1 - near : near];
}


/* EV-6: who proposes a contact other than a visit (دعا، اقترح، عرض before the trigger at tok) —
 * the subject right after the verb ("دعا بوتين ترامب إلى عقد لقاء"، "عرض أردوغان على بوتين عقد
 * قمة") or, with none there, the person named last before it ("أردوغان عرض على بوتين …") —
 * proposes it: the initiator, not the one it is offered to. NULL when no such verb stands in the
 * sentence before the trigger, or its subject is no person ("دعت موسكو ترامب …"). */
static const rasd_entmention *proposer(rasd_text *t, size_t f, size_t tok, const rasd_entmention *const *pers,
                                       const size_t *ptok, size_t np)
{
    size_t vt = SIZE_MAX;
    for (size_t i = f; i < tok; i++)
        if (proposes(t, i)) vt = i;
    if (vt == SIZE_MAX) return NULL;
    const rasd_entmention *before = NULL;
    for (size_t q = 0; q < np; q++) {
        if (ptok[q] == vt + 1) return pers[q];
        if (ptok[q] < vt) before = pers[q];
    }
    return before;
}

/* Bytes of the tokens [a, b) of the block. */
static void span_of(rasd_text *t, size_t a, size_t b, size_t *lo, size_t *hi)
{
    *lo = rasd_text_source_inline(t, rasd_text_token_inline(t, a)->start);
    *hi = rasd_text_source_inline(t, rasd_text_token_inline(t, b - 1)->end);
}

/* The end of the clause that ends at token cb with the titles and the name of one person that
 * follow it, each set off by a comma ("استقبل وزير الدولة، وزير الشؤون الخارجية والجالية، أحمد
 * عطاف، اليوم الاثنين، …"، "استقبل رئيس الجمهورية، القائد الأعلى للقوات المسلحة، عبد المجيد تبون،
 * …"): up to three clauses of up to eight tokens, the last a name alone; else cb. */
static size_t titles_end(const rasd_block_view *v, size_t l, size_t cb)
{
    rasd_text *t = v->t;
    for (size_t c = cb, n = 0; n < 3 && c < l && clause_end(t, c) == 1; n++) {
        size_t a = c + 1, qb = a;
        while (qb < l && qb <= a + 8 && !clause_end(t, qb)) qb++;
        if (a >= qb || qb > a + 8) return cb;
        size_t lo, hi;
        span_of(t, a, qb, &lo, &hi);
        for (size_t k = 0; k < v->nents; k++)
            if (v->ents[k].kind == RASD_ENT_PERSON && v->ents[k].start <= lo && v->ents[k].end >= hi && strcmp(v->ents[k].via, "name") == 0)
                return qb;
        /* (or his titles one after another, the first and the last naming him again, what stands
         * between naming no one else: "استقبل الأمير محمد بن سلمان، ولي العهد نائب رئيس مجلس الوزراء
         * وزير الدفاع، في قصر اليمامة بالرياض أمس، …") */
        const rasd_entmention *him = NULL;
        size_t before = rasd_text_source_inline(t, t->tok[c - 1].end);
        for (size_t k = 0; k < v->nents; k++)
            if (v->ents[k].kind == RASD_ENT_PERSON && v->ents[k].end == before) him = &v->ents[k];
        bool first = false, last = false, other = false;
        for (size_t k = 0; k < v->nents && him && !other; k++) {
            const rasd_entmention *m = &v->ents[k];
            if (m->kind != RASD_ENT_PERSON || m->end <= lo || m->start >= hi) continue;
            other = m->entity != him->entity || m->start < lo || m->end > hi;
            first = first || m->start == lo;
            last = last || m->end == hi;
        }
        if (him && first && last && !other) return qb;
        c = qb;
    }
    return cb;
}

/* The end of the clause that ends at token cb together with the adjunct clauses that follow it,
 * each opened by a comma: a date alone ("، مساء الأربعاء،", a word before it allowed) or opening a
 * clause that names no one ("، اليوم الأحد بمقر الرئاسة،"), a place after في/بـ ("، في الكرملين،"),
 * with an optional في before either, a short في phrase naming no one that ends in a date ("، في
 * الديوان الأميري صباح اليوم،"), or a على هامش phrase naming no one. Tokens before the result are
 * the clause's. */
static size_t adjuncts_end(const rasd_block_view *v, size_t l, size_t cb)
{
    rasd_text *t = v->t;
    cb = titles_end(v, l, cb);
    while (cb < l && clause_end(t, cb) == 1) {
        size_t a = cb + 1, qb = a;
        while (qb < l && !clause_end(t, qb)) qb++;
        /* "، وذلك على هامش …"، "، وذلك في …": what it refers back to is the contact */
        if (a + 1 < qb && stem_is(t, a, "ذلك") && (rasd_text_token_inline(t, a)->clitics & RASD_CL_WA)) a++;
        bool in = a < qb && stem_is(t, a, "في");
        if (in) a++;
        else in = a < qb && (rasd_text_token_inline(t, a)->clitics & RASD_CL_BI);   /* "، بقصر البركة …" */
        if (a >= qb) break;
        size_t lo, hi, lo2 = SIZE_MAX, hi2;
        span_of(t, a, qb, &lo, &hi);
        if (qb - a >= 2) span_of(t, a + 1, qb, &lo2, &hi2);   /* a word before the date: مساء الأربعاء */
        bool adjunct = false, person = false;
        for (size_t k = 0; k < v->nents && !person; k++)
            person = v->ents[k].kind == RASD_ENT_PERSON && v->ents[k].start >= lo && v->ents[k].end <= hi;
        /* a date alone, or a date that opens the clause and a place after it with no one named
         * ("، اليوم الأحد بمقر رئاسة الجمهورية،") */
        for (size_t k = 0; k < v->ntimes && !adjunct; k++)
            adjunct = v->times[k].kind == RASD_TIMEX_TIME && (v->times[k].start <= lo || v->times[k].start <= lo2) &&
                      (v->times[k].end >= hi || (!person && v->times[k].start >= lo && v->times[k].end <= hi));
        for (size_t k = 0; k < v->nents && !adjunct; k++)
            adjunct = (v->ents[k].kind == RASD_ENT_PLACE || v->ents[k].kind == RASD_ENT_COUNTRY) &&
                      v->ents[k].start <= lo && v->ents[k].end >= hi;
        /* places and dates only, with the words that join them ("، في قصر اليمامة بالرياض اليوم
         * الخميس،") */
        if (!adjunct) adjunct = covered(v, a, qb, COVER_PLACE | COVER_TIME, W_ADJUNCT);
        /* a relative clause that tells when it was scheduled, naming no one ("زيارة أخنوش إلى مدريد،
         * التي كانت مقررة في يونيو المقبل،") */
        if (!adjunct && !person && qb - a >= 2 && (word_class(t, a) & W_RELATIVE) && !stem_is(t, a, "حيث"))
            for (size_t i = a + 1; i < qb && i <= a + 3 && !adjunct; i++)
                adjunct = stem_is(t, i, "مقرره") || stem_is(t, i, "مقررا") || stem_is(t, i, "مقرر") || stem_is(t, i, "مرتقبه");
        /* … or that tells where and when it took place, naming no one ("واستغرق اللقاء السابق بين
         * بوتين ونتنياهو، الذي جرى في موسكو في 30 يناير 2020، أقل من ساعة") */
        static const char *const held[] = {"جري", "جرت", "عقد", "عقدت", "تم", "تمت"};
        if (!adjunct && !person && qb - a >= 3 && (word_class(t, a) & W_RELATIVE) && !stem_is(t, a, "حيث") &&
            token_among(t, a + 1, held, sizeof held / sizeof *held))
            for (size_t i = a + 2; i < qb && !adjunct; i++)   /* (a time among them) */
                adjunct = covered(v, i, i + 1, COVER_TIME, 0) && covered(v, a + 2, qb, COVER_PLACE | COVER_TIME, W_ADJUNCT);
        /* a blessing after a ruler's name ("، رعاه الله،"), and his title before one ("، حاكم دبي،
         * رعاه الله، أمس في دبي،") */
        if (!adjunct && !person && qb - a <= 3 && apposition(v, a, qb)) adjunct = true;
        if (!adjunct && !person && qb - a <= 5 && qb + 2 < l && clause_end(t, qb) == 1) {
            size_t nb = qb + 1;
            while (nb < l && nb <= qb + 4 && !clause_end(t, nb)) nb++;
            adjunct = nb < l && nb <= qb + 4 && !covered(v, qb + 1, nb, COVER_PERSON, 0) && apposition(v, qb + 1, nb);
        }
        /* a seat named by what it houses, naming no one ("، بمقر الأمانة العامة في القاهرة،") */
        if (!adjunct && !person && in && stem_is(t, a, "مقر")) adjunct = true;
        /* the occasion it took place on the sidelines of ("، على هامش قمة مجموعة السبع في بوليا في
         * 13 يونيو 2024") */
        if (!adjunct && !person && qb - a >= 2 && stem_is(t, a, "علي") && stem_is(t, a + 1, "هامش")) adjunct = true;
        /* the one met, set off by a comma ("التقى الشيخ محمد بن عبدالرحمن …، مع السيد عباس عراقجي
         * …، وذلك على هامش …") */
        if (!adjunct && person && a == cb + 1 && stem_is(t, a, "مع")) adjunct = true;
        /* who came along ("، مرفوقا بولي العهد الأمير مولاي الحسن،"، "، بحضور وزير الخارجية،") */
        if (!adjunct && (word_class(t, cb + 1) & W_COMPANY)) adjunct = true;
        /* a phrase after في (or on بـ) that names no one and ends in a date, with at most four
         * words before the date: a venue the dictionary does not know, then when ("، في الديوان
         * الأميري صباح اليوم،"، "، بقصر البركة العامر صباح اليوم،"، "، في مكتبه بالديوان الأميري
         * يوم الأحد 1 مارس 2026م،") — the words after the venue may also be places and dates
         * joined as above ("، في الديوان الملكي بقصر اليمامة في الرياض اليوم الثلاثاء 15 ذو القعدة
         * 1446هـ الموافق 13 مايو 2025م،") */
        for (size_t k = 0; k < v->ntimes && !adjunct && in && !person; k++)
            adjunct = v->times[k].kind == RASD_TIMEX_TIME && v->times[k].start >= lo && v->times[k].end >= hi &&
                      v->times[k].end <= hi + 1 && tok_at(t, v->times[k].start) <= a + 4;
        for (size_t u = a + 1; u <= a + 4 && u < qb && !adjunct && in && !person; u++)
            adjunct = covered(v, u, qb, COVER_PLACE | COVER_TIME, W_ADJUNCT) && !covered(v, u, qb, COVER_PLACE, W_ADJUNCT);
        if (!adjunct) break;
        cb = qb;
    }
    return cb;
}

/* A place that can stand for its government at tokens [mt, nx) (الكرملين، موسكو) speaks for it
 * there: it opens the sentence [f, …), follows a verb of saying or a cue ("أعلن الكرملين"، "لم
 * يستبعد الكرملين") or comes right before a verb of saying ("وكان الكرملين قد أعلن"). */
static bool speaks(const rasd_block_view *v, size_t f, size_t mt, size_t nx)
{
    const rasd_form *fm;
    if (mt == f || saying(v->t, mt - 1)) return true;
    /* or before its verb ("وكان الكرملين قد أعلن") */
    if (nx < v->t->ntok && stem_is(v->t, nx, "قد")) nx++;
    if (nx < v->t->ntok && saying(v->t, nx)) return true;
    /* one that decides or agrees ("قررت القاهرة وأنقرة تأجيل الزيارة … إلى تركيا") */
    if (stem_is(v->t, mt - 1, "قرر") || stem_is(v->t, mt - 1, "قررت") || stem_is(v->t, mt - 1, "اتفق") ||
        stem_is(v->t, mt - 1, "اتفقت") || stem_is(v->t, mt - 1, "رفض") || stem_is(v->t, mt - 1, "رفضت"))
        return true;
    for (size_t b = mt > f + 2 ? mt - 3 : f; b < mt; b++)
        if (rasd_form_at(v->dict, v->t, b, RASD_FORM_CUE, &fm, NULL) == mt - b) {
            rasd_cue_scope sc = rasd_dict_cue(v->dict, fm->target)->scope;
            if (sc == RASD_SCOPE_BEFORE || sc == RASD_SCOPE_NEAR) return true;   /* a verb before its subject, not "المقبل" */
        }
    return false;
}

/* The place whose name starts at token pt is part of a title before it: an envoy's or an
 * ambassador's to it, on إلى، لدى، لـ or بـ ("المبعوث الأمريكي الخاص إلى سوريا"، "سفير الجمهورية
 * التركية بتونس"، "المعتمد لدى سلطنة عمان"), or a mission's in it ("بعثة الأمم المتحدة للدعم في
 * ليبيا"), the title's word at most four tokens before the preposition, no mark, في، من، على or
 * word on بـ between. When a holder's name follows the place right away (`holder`, else
 * UINT32_MAX), the title reaches further back and over في: "الممثلة الخاصة للأمين العام للأمم
 * المتحدة في ليبيا هانا تيتيه" (within eight tokens) — unless a name ends the title before it,
 * whose bearer that place follows ("التقى المبعوث الأمريكي توم باراك في دمشق الرئيس أحمد الشرع":
 * where); his own title that ends there goes on to the place, whatever its word ("رئيس مجلس
 * السيادة الانتقالي في السودان عبد الفتاح البرهان"). */
static bool in_title(const rasd_block_view *v, size_t f, size_t pt, uint32_t holder)
{
    const bool named = holder != UINT32_MAX;
    rasd_text *t = v->t;
    static const char *const mission[] = {"بعثه", "البعثه"};
    static const char *const heads[] = {"رئيس", "زعيم", "قائد", "امين", "مسؤول", "مدير"};
    size_t p = pt;
    bool in = false;
    if (!(rasd_text_token_inline(t, pt)->clitics & (RASD_CL_LI | RASD_CL_BI))) {
        if (pt == f || !(stem_is(t, pt - 1, "الي") || stem_is(t, pt - 1, "لدي") || (in = stem_is(t, pt - 1, "في")))) return false;
        p = pt - 1;
    }
    /* (an unnamed source there: "مسؤول في البيت الأبيض"، "مصادر في الرئاسة") */
    static const char *const sources[] = {"مسؤول", "مسؤولون", "مسؤولين", "مصدر", "مصادر", "متحدث", "دبلوماسي", "دبلوماسيون"};
    if (in && p > f && token_among(t, p - 1, sources, sizeof sources / sizeof *sources)) return true;
    for (size_t i = p; i-- > f && i + (named ? 8 : 4) >= p;) {
        if (clause_end(t, i) || stem_is(t, i, "في") || stem_is(t, i, "من") || stem_is(t, i, "علي") ||
            (rasd_text_token_inline(t, i)->clitics & RASD_CL_BI))
            return false;   /* "استقبل السفير في مكتبه بالرياض": where */
        for (size_t k = 0; k < v->nents && named; k++)
            if (v->ents[k].kind == RASD_ENT_PERSON && strcmp(v->ents[k].via, "principal") != 0 && tok_at(t, v->ents[k].end - 1) == i)
                return v->ents[k].entity == holder;   /* his own title, which goes on to it: "رئيس مجلس السيادة
                                                        الانتقالي في السودان عبد الفتاح البرهان" */
        if (token_among(t, i, mission, 2) || ((!in || named) && token_among(t, i, agent_w, NAGENT))) return true;
        /* (the head of a body there, his name right after: "رئيس الحركة في غزة خليل الحية") */
        if (named && token_among(t, i, heads, sizeof heads / sizeof *heads)) return true;
    }
    return false;
}

/* EV-7: the country mention m, at token pt, completes a person's title — within the mention, or
 * right after a title in construct (its last word without ال), or after a word for a state there
 * ("ناريندرا مودي رئيس وزراء جمهورية الهند"، "أمير دولة قطر"): whose he is, not where the contact
 * took place ("يزور الرئيس الفرنسي الجزائر"، "سيزور بوتين الصين": where). */
static bool of_title(const rasd_block_view *v, const rasd_entmention *m, size_t pt)
{
    static const char *const state[] = {"جمهوريه", "دوله", "مملكه", "المملكه", "سلطنه", "اماره", "امارات"};
    rasd_text *t = v->t;
    size_t at = pt > 0 && token_among(t, pt - 1, state, sizeof state / sizeof *state) ? pt - 1 : pt;
    for (size_t k = 0; k < v->nents; k++) {
        const rasd_entmention *p = &v->ents[k];
        if (p->kind != RASD_ENT_PERSON || p->start > m->start) continue;
        if (p->end >= m->end) return true;
        size_t last = tok_at(t, p->end - 1);
        if (at > 0 && last == at - 1 && strcmp(p->via, "name") != 0 && strcmp(p->via, "short") != 0 &&
            !(rasd_text_token_inline(t, last)->clitics & RASD_CL_AL))
            return true;
    }
    return false;
}

/* EV-7: the place named at token mt is where something was said: after في that ends, within
 * its clause and ten tokens, a phrase of a press conference, an interview or a speech ("خلال مؤتمر
 * صحفي مع رئيس الوزراء الإيطالي جوزيبي كونتي في البيت الأبيض"). */
static bool told_there(rasd_text *t, size_t f, size_t mt)
{
    static const char *const told_at[] = {"صحفي", "صحافي", "الصحفي", "الصحافي", "مقابله", "خطاب", "كلمه"};
    if (mt <= f + 1 || !stem_is(t, mt - 1, "في")) return false;
    for (size_t i = mt - 1; i-- > f && i + 10 > mt && !clause_end(t, i);)
        if (token_among(t, i, told_at, sizeof told_at / sizeof *told_at)) return true;
    /* … or after a verb of saying and its subject, before the إن/أن that opens what was said
     * ("قال الرئيس الروسي فلاديمير بوتين في بكين إنه مستعد للقاء …") */
    bool said = false;
    for (size_t i = mt - 1; i-- > f && i + 8 > mt && !said && !clause_end(t, i);) said = saying(t, i);
    for (size_t i = mt + 1; said && i < t->ntok && i < mt + 4 && !clause_end(t, i); i++)
        if (that_word(t, i)) return true;
    return false;
}

/* The place named at token pt is where one goes back, leaves or goes on for, after إلى and a verb
 * of return or departure ("قبل أن يقطع زيارته ويعود إلى نيودلهي"، "ثم غادر إلى باريس"، "منذ عودته
 * إلى البيت الأبيض"), or a masdar of travel after قبل ("قبل توجهه إلى ليما"; not the verb, whose
 * place a clause on حيث may take: "قبل أن يتوجه إلى أنقرة حيث استقبله أردوغان"). */
static bool gone_back_to(rasd_text *t, size_t pt)
{
    static const char *const leave[] = {"عاد", "عادت", "يعود", "تعود", "سيعود", "ستعود", "العوده", "عودته", "عودتها",
                                        "رجع", "يرجع", "غادر", "غادرت", "يغادر", "تغادر", "سيغادر", "مغادرته"};
    static const char *const go_on[] = {"توجهه", "توجهها", "انتقاله", "انتقالها", "سفره", "سفرها"};
    if (pt <= 1 || !stem_is(t, pt - 1, "الي")) return false;
    /* (not one gone to for a contact there, its purpose on لـ after it: "أن تعود أورتاغوس إلى بيروت
     * منتصف الشهر المقبل للقاء الرئيس عون"، "ثم غادر إلى باريس لإجراء محادثات") */
    static const char *const meet[] = {"لقاء", "مقابله", "اجتماع", "اجراء", "عقد"};
    for (size_t i = pt + 1; i < t->ntok && i < pt + 8 && !clause_end(t, i - 1); i++)
        if ((rasd_text_token_inline(t, i)->clitics & RASD_CL_LI) && token_among(t, i, meet, sizeof meet / sizeof *meet)) return false;
    if (token_among(t, pt - 2, leave, sizeof leave / sizeof *leave)) return true;
    /* (a verb or masdar of return with its subject between: "عاد الرئيس اللبناني جوزاف عون إلى
     * بيروت بعد زيارة إلى السعودية"، "بعد إعلان الأخير عودة وفده إلى دمشق") */
    static const char *const back[] = {"عاد", "عادت", "يعود", "تعود", "رجع", "رجعت", "يرجع", "ترجع", "عوده", "العوده"};
    for (size_t i = pt - 2; i-- > 0 && i + 8 > pt && !clause_end(t, i);)
        if (token_among(t, i, back, sizeof back / sizeof *back)) return true;
    return pt > 2 && token_among(t, pt - 2, go_on, sizeof go_on / sizeof *go_on) && stem_is(t, pt - 3, "قبل");
}

/* The place named at token pt, in a clause after the one that ends at token cb, is where one goes
 * next: after إلى and a verb of travel in a clause that opens on على أن، ثم or قبل أن ("…، على أن
 * يتوجه سموه في ختام الزيارة إلى عمّان"، "…، ثم توجه إلى أبيدجان"). */
static bool goes_next(rasd_text *t, size_t cb, size_t pt)
{
    bool to = pt > cb + 2 && stem_is(t, pt - 1, "الي");
    /* (or a tour's last or next leg, in a place after في or on بـ: "…، قبل أن يختتم جولته يوم الخميس في
     * أبوظبي") */
    bool in = pt > cb + 2 && (stem_is(t, pt - 1, "في") || (rasd_text_token_inline(t, pt)->clitics & RASD_CL_BI));
    if (!to && !in) return false;
    size_t c = pt - 1;
    while (c > cb && !clause_end(t, c - 1)) c--;
    if (c <= cb || c + 1 >= pt) return false;
    bool opens = stem_is(t, c, "ثم") || ((stem_is(t, c, "علي") || stem_is(t, c, "قبل")) && stem_is(t, c + 1, "ان"));
    static const char *const leg[] = {"يختتم", "تختتم", "يستهل", "تستهل", "يواصل", "تواصل"};
    for (size_t i = c + 1; i + 1 < pt && opens; i++)
        if (to ? (word_class(t, i) & W_ARRIVAL) != 0
               : token_among(t, i, leg, sizeof leg / sizeof *leg) && (stem_is(t, i + 1, "جولته") || stem_is(t, i + 1, "جولتها")))
            return true;
    return false;
}

/* EV-7: the place a clause on حيث at token h stands for — the city or country named right before
 * its comma (from byte s0 on), not one joined by و nor where one went back to ("… إلى الدوحة، حيث
 * استقبله أمير قطر"); NULL if none. */
static const rasd_entmention *where_antecedent(const rasd_block_view *v, size_t s0, size_t h)
{
    rasd_text *t = v->t;
    const rasd_entmention *ante = NULL;
    for (size_t k = 0; k < v->nents; k++) {
        const rasd_entmention *pm = &v->ents[k];
        if ((pm->kind == RASD_ENT_PLACE || (pm->kind == RASD_ENT_COUNTRY && strcmp(pm->via, "name") == 0)) && pm->start >= s0 &&
            tok_at(t, pm->end - 1) + 2 == h && !(rasd_text_token_inline(t, tok_at(t, pm->start))->clitics & RASD_CL_WA) &&
            !gone_back_to(t, tok_at(t, pm->start)))
            ante = pm;
    }
    return ante;
}

/* The token a preposition governs the place named at token mt by: the word for a city or a region
 * before the name when there is one ("بالعاصمة أنقرة"، "في مدينة جدة"، "في منطقة البحر الميت"), else
 * mt. */
static size_t city_word_before(rasd_text *t, size_t mt)
{
    bool word = mt > 0 && (stem_is(t, mt - 1, "العاصمه") || stem_is(t, mt - 1, "عاصمه") || stem_is(t, mt - 1, "مدينه") ||
                           stem_is(t, mt - 1, "منطقه"));
    return word ? mt - 1 : mt;
}

/* EV-7: a city or venue over a country, after في (or with بـ) over elsewhere — after إلى only for
 * a visit, whose destination it is — after the trigger over before it, within bytes [lo, hi) of
 * the sentence whose tokens end at l; one before token cb (the end of the trigger's clause and its
 * adjuncts) or in a clause right after that says where ("…، وذلك في فيلا … في جنيف") over one in
 * a later clause; none from token `topic` on (what the contact was about: "…، وأصدرا بيانا حول
 * الوضع في سوريا"), none in a منذ phrase after the trigger; a place that can stand for its
 * government not where it speaks for it (speaks); for a contact not yet held (!held), not where it
 * was told — after في ending a press conference's, interview's or speech's phrase ("أعلن ترامب
 * استعداده للقاء روحاني، وذلك خلال مؤتمر صحفي مع كونتي في البيت الأبيض"). NULL if none. */
static const rasd_entmention *place_of(const rasd_block_view *v, size_t f, size_t l, size_t tok, bool visit, size_t cb,
                                       size_t topic, size_t lo, size_t hi, bool held)
{
    rasd_text *t = v->t;
    const rasd_entmention *place = NULL;
    int prank = 0;
    size_t spoke = SIZE_MAX;   /* the token after the last capital that spoke */
    for (size_t k = 0; k < v->nents; k++) {
        const rasd_entmention *m = &v->ents[k];
        if (m->start < lo || m->end > hi || (m->kind != RASD_ENT_PLACE && m->kind != RASD_ENT_COUNTRY)) continue;
        if (m->kind == RASD_ENT_COUNTRY && strcmp(m->via, "name") != 0) continue;   /* not الروسي */
        size_t mt = tok_at(t, m->start);
        if (mt >= topic) continue;
        /* a capital that speaks or decides for its government, and one joined to it ("قررت القاهرة
         * وأنقرة") — not one that gets ready to host ("تستعد الدوحة لاستقبال أردوغان": where) */
        size_t nx = tok_at(t, m->end - 1) + 1;
        bool hosts = nx < l && (rasd_text_token_inline(t, nx)->clitics & RASD_CL_LI) &&
                     (stem_is(t, nx, "استقبال") || stem_is(t, nx, "استضافه"));
        /* (… and a country's name on no preposition: "اقترحت بنغلاديش عقد لقاء"، "أعلنت فرنسا أن …") */
        bool bare_country = m->kind == RASD_ENT_COUNTRY && !(mt > f && (stem_is(t, mt - 1, "في") || stem_is(t, mt - 1, "الي"))) &&
                            !(rasd_text_token_inline(t, mt)->clitics & (RASD_CL_BI | RASD_CL_LI));
        if (((m->metonym_of && m->metonym_of[0]) || bare_country) && !hosts &&
            (speaks(v, f, mt, nx) || (mt == spoke && (rasd_text_token_inline(t, mt)->clitics & RASD_CL_WA)))) {
            spoke = tok_at(t, m->end - 1) + 1;
            continue;
        }
        /* "منذ وصول بايدن إلى البيت الأبيض": the span's, not the contact's — a منذ after the
         * trigger with no mark between it and the place */
        size_t since_at = SIZE_MAX;
        for (size_t i = tok + 1; i < mt; i++) {
            if (stem_is(t, i, "منذ")) since_at = i;
            else if (clause_end(t, i)) since_at = SIZE_MAX;
        }
        if (since_at != SIZE_MAX) continue;
        /* nor in what caused it, after بسبب or جراء ("قبل أن تؤجل الزيارة بسبب التطورات في جنوب لبنان") */
        bool cause = false;
        for (size_t i = tok + 1; i < mt && !cause; i++) cause = cause_word(t, i);
        if (cause) continue;
        if (!held && told_there(t, f, mt)) continue;
        /* a clause that says where (…، وذلك في …) belongs to the trigger's */
        bool where = mt >= cb && cb + 2 < l && clause_end(t, cb) &&
                     (stem_is(t, cb + 1, "ذلك") || stem_is(t, cb + 1, "في") || stem_is(t, cb + 1, "داخل"));
        for (size_t i = cb + 1; i < mt && where; i++) where = !clause_end(t, i);
        size_t pt = city_word_before(t, mt);
        uint32_t holder = UINT32_MAX;   /* a person's name right after it (past his rank: الفريق أول) */
        for (size_t q = k + 1; q < v->nents && holder == UINT32_MAX && tok_at(t, v->ents[q].start) <= nx + 4; q++) {
            size_t st = tok_at(t, v->ents[q].start);
            if (v->ents[q].kind == RASD_ENT_PERSON && st >= nx && honorifics_before(t, nx, st) == nx) holder = v->ents[q].entity;
        }
        if (in_title(v, f, pt, holder)) continue;   /* "المبعوث الخاص إلى سوريا": his title, not where */
        /* … nor a source that reports it ("وبحسب البيت الأبيض، لا تزال زيارة بايدن …"، "وفقا للكرملين"،
         * "نقلا عن قصر الإليزيه") */
        if (pt > 0 && (stem_is(t, pt - 1, "حسب") || stem_is(t, pt - 1, "وفق") || stem_is(t, pt - 1, "وفقا") ||
                       (pt > 1 && stem_is(t, pt - 1, "عن") && stem_is(t, pt - 2, "نقلا"))))
            continue;
        /* where one goes back or leaves for ("قبل أن يقطع زيارته ويعود إلى نيودلهي"، "ثم غادر إلى
         * باريس"): not where the contact took place */
        if (gone_back_to(t, pt)) continue;
        /* … nor where one goes next, after a clause of the contact's (on على أن، ثم، قبل أن, a verb
         * of travel and إلى: "استقبل السيسي أمير الكويت اليوم، على أن يتوجه سموه غدا إلى عمّان") */
        if (mt >= cb && goes_next(t, cb, pt)) continue;
        /* … nor a region whose states or peoples are named ("اجتماع لرؤساء دول أمريكا الجنوبية"):
         * who, not where */
        if (pt > 0 && (stem_is(t, pt - 1, "دول") || stem_is(t, pt - 1, "بلدان") || stem_is(t, pt - 1, "شعوب"))) continue;
        /* … nor one where a war, crisis or situation is ("لإنهاء الحرب في أوكرانيا"، "الأوضاع في
         * غزة"): what it was about */
        static const char *const affair[] = {"الحرب", "حرب", "الازمه", "ازمه", "الصراع", "النزاع", "الاوضاع", "الوضع",
                                             "التطورات", "الاحداث", "القتال", "التصعيد", "العدوان", "المعارك"};
        if (pt > 1 && stem_is(t, pt - 1, "في") && token_among(t, pt - 2, affair, sizeof affair / sizeof *affair)) continue;
        /* … nor a city that names a process, format or accord ("لضامني مسار أستانا"، "صيغة
         * نورماندي"، "اتفاق أوسلو") */
        static const char *const process[] = {"مسار", "صيغه", "اتفاق", "اتفاقيه", "اتفاقات", "اعلان", "عمليه", "تفاهمات"};
        if (pt > 0 && token_among(t, pt - 1, process, sizeof process / sizeof *process)) continue;
        bool in = (pt > 0 && stem_is(t, pt - 1, "في")) || (rasd_text_token_inline(t, pt)->clitics & RASD_CL_BI);
        /* a city that names the summit, forum or conference ("على هامش قمة القاهرة للسلام"), below
         * one after في/بـ ("قمة شنغهاي للتعاون في أستانا") */
        bool named = pt > 0 && m->kind == RASD_ENT_PLACE &&
                     (stem_is(t, pt - 1, "قمه") || stem_is(t, pt - 1, "منتدي") || stem_is(t, pt - 1, "مؤتمر"));
        /* a visit's masdar takes its destination as its object ("لزيارة لبنان"): where a visit goes,
         * not where another contact of the sentence took place */
        /* (… and so does the verb of a relative clause on the guest: "بارو الذي يزور الجزائر") */
        static const char *const visits[] = {"زياره", "زيارته", "يزور", "تزور"};
        bool object = pt == tok + 1 || (pt > 0 && token_among(t, pt - 1, visits, sizeof visits / sizeof *visits));
        if (object && !visit && pt != tok + 1) continue;
        /* (… or on لـ a word or two after the visit's word, the trigger's or a visit noun's: "بعد
         * زيارة يون لطوكيو"، "الذي يقوم بزيارة رسمية لمصر") */
        bool li = visit && (rasd_text_token_inline(t, pt)->clitics & RASD_CL_LI);
        bool to = (pt > 0 && stem_is(t, pt - 1, "الي")) || (visit && object) || (li && pt > tok && pt <= tok + 3) ||
                  (li && pt > 1 && token_among(t, pt - 2, visits, sizeof visits / sizeof *visits));
        /* a later clause names a place as where only after a preposition ("…، ووقع الجانبان
         * اتفاقية بين المملكة والصين": no place) */
        if (!in && !to && !named && mt >= cb && !where) continue;
        if (!in && !to && !named && m->kind == RASD_ENT_COUNTRY && of_title(v, m, pt)) continue;
        /* (a visit's object right after its word is where it goes, over a place named before it:
         * "التقى السيسي أردوغان في الرياض ودعاه لزيارة مصر") */
        int r = (m->kind == RASD_ENT_PLACE ? 4 : 0) + (in || (to && visit) ? 2 : to || named ? 1 : 0) + (mt > tok ? 1 : 0) +
                (mt < cb || where ? 8 : 0) + (visit && pt == tok + 1 ? 16 : 0);
        if (r > prank) { prank = r; place = m; }
    }
    /* a country, and a city of it where the contact took place (after في/بـ, not what it was about):
     * the city ("خلال زيارة رسمية إلى الصين، محادثات مع شي جين بينغ في بكين") */
    if (place && place->kind == RASD_ENT_COUNTRY)
        for (size_t k = 0; k < v->nents; k++) {
            const rasd_entmention *m = &v->ents[k];
            if (m->kind != RASD_ENT_PLACE || m->start < lo || m->end > hi || (m->metonym_of && m->metonym_of[0] && m->start < place->start)) continue;
            const rasd_entity *pe = rasd_dict_entity(v->dict, m->entity);
            size_t mt = tok_at(t, m->start);
            if (mt >= topic || strcmp(pe->code, rasd_dict_entity(v->dict, place->entity)->code) != 0) continue;
            size_t pt = city_word_before(t, mt);   /* (past its word: "في العاصمة جاكرتا") */
            if ((pt > 0 && stem_is(t, pt - 1, "في")) || (rasd_text_token_inline(t, pt)->clitics & RASD_CL_BI)) return m;
        }
    /* a venue in a city of its own, right followed by another city after في/بـ, is a namesake there
     * ("قصر السلام ببغداد" is not Jeddah's): the city */
    const rasd_entity *pv = place && place->kind == RASD_ENT_PLACE ? rasd_dict_entity(v->dict, place->entity) : NULL;
    for (size_t k = 0; pv && pv->in && pv->in[0] && k < v->nents; k++) {
        const rasd_entmention *m = &v->ents[k];
        if (m->kind != RASD_ENT_PLACE || m->start < place->end || m->end > hi) continue;
        size_t mt = tok_at(t, m->start), pe = tok_at(t, place->end - 1);
        bool bi = mt == pe + 1 && (rasd_text_token_inline(t, mt)->clitics & RASD_CL_BI);
        bool fi = mt == pe + 2 && stem_is(t, pe + 1, "في");
        if ((bi || fi) && strcmp(rasd_dict_entity(v->dict, m->entity)->name, pv->in) != 0) return m;
        break;
    }
    return place;
}

static const char *const realm_w[] = {"المملكه", "السلطنه"};   /* the kingdom, the sultanate */

/* EV-7: a visit told in tokens [a, b) to "the kingdom" or "the sultanate", right after its word
 * or after إلى ("دعوة لزيارة المملكة"، "وصل إلى السلطنة"), goes to the country of its host, the
 * party of a crowned head's country other than the visitor: that country's name, or NULL. */
static const char *realm(const rasd_block_view *v, size_t a, size_t b, const rasd_event *e)
{
    rasd_text *t = v->t;
    bool told = false;
    for (size_t i = a + 1; i < b && !told; i++)
        told = token_among(t, i, realm_w, 2) && (stem_is(t, i - 1, "الي") || stem_is(t, i - 1, "زياره")) &&
               !covered(v, i, i + 1, COVER_PLACE, 0);
    for (size_t q = 0; q < e->nparticipants && told; q++) {
        if (e->initiator && strcmp(e->participants[q], e->initiator) == 0) continue;
        uint32_t p = rasd_dict_find(v->dict, e->participants[q]);
        const char *code = p != UINT32_MAX ? rasd_dict_entity(v->dict, p)->code : NULL;
        uint32_t c = code && code[0] && rasd_dict_crowned(v->dict, code) ? rasd_dict_find(v->dict, code) : UINT32_MAX;
        if (c != UINT32_MAX) return rasd_dict_entity(v->dict, c)->name;
    }
    return NULL;
}

/* The end of the clause that goes on after the adjuncts set off by commas from the end cb of a
 * trigger's clause to token e (adjuncts_end): its object after them ("التقى عبد العاطي، اليوم،
 * أبو الغيط، ثم …") — not a clause of its own, on و, كما, ثم, قبل/بعد or a relative pronoun. e
 * itself when none. */
static size_t resumed_end(rasd_text *t, size_t l, size_t cb, size_t e)
{
    if (e <= cb || e + 1 >= l || clause_end(t, e) != 1 || (rasd_text_token_inline(t, e + 1)->clitics & RASD_CL_WA) ||
        (word_class(t, e + 1) & W_RELATIVE) || stem_is(t, e + 1, "كما") || stem_is(t, e + 1, "ثم") || stem_is(t, e + 1, "قبل") ||
        stem_is(t, e + 1, "بعد"))
        return e;
    size_t z = e + 1;
    while (z < l && !clause_end(t, z)) z++;
    return z;
}

/* The first resolved contact date in tokens [a, b) other than `not`, or NULL. */
static const rasd_timex *own_date(const rasd_block_view *v, size_t a, size_t b, const rasd_timex *not)
{
    for (size_t q = 0; q < v->ntimes; q++) {
        const rasd_timex *tm = &v->times[q];
        size_t tt = tok_at(v->t, tm->start);
        if (tm != not && tm->kind == RASD_TIMEX_TIME && tt >= a && tt < b && tm->resolved && !since(v, tm)) return tm;
    }
    return NULL;
}

/* The person at token p is named in someone's capacity, after بصفته/بوصفه in its clause with no
 * trigger between ("زار بايدن موسكو بصفته نائباً للرئيس الأميركي واجتمع ببوتين": not Obama). */
static bool in_capacity(rasd_text *t, const found *trig, size_t ntr, size_t f, size_t p)
{
    for (size_t i = p; i-- > f && !clause_end(t, i);) {
        for (size_t k = 0; k < ntr; k++)
            if (trig[k].tok == i) return false;
        if (word_class(t, i) & W_CAPACITY) return true;
    }
    return false;
}

/* EV-6: the party at whose request or initiative a contact took place, named in tokens [a, l):
 * "بناء على طلب الرئيس ترامب"، "بطلب من الجانب الأمريكي"، "بمبادرة من الجانب التركي"، "بناء على
 * طلب الأخير" — a party named there, the party who holds a role of the country a side's adjective
 * names, or for الأخير the party named last before it; NULL if none. */
static const rasd_entmention *requested_by(const rasd_block_view *v, size_t a, size_t l, const rasd_entmention *const *pers,
                                           const size_t *ptok, size_t np)
{
    rasd_text *t = v->t;
    for (size_t i = a; i + 1 < l; i++) {
        size_t j;
        if (!(word_class(t, i) & W_REQUEST)) continue;
        if (stem_is(t, i, "بناء") && stem_is(t, i + 1, "علي") && i + 2 < l && stem_is(t, i + 2, "طلب")) j = i + 3;
        else if (stem_is(t, i, "بطلب") || stem_is(t, i, "بمبادره")) j = i + 1;
        else continue;
        if (j < l && stem_is(t, j, "من")) j++;
        if (j >= l) return NULL;
        if (stem_is(t, j, "الاخير")) {
            const rasd_entmention *last = NULL;
            size_t at = 0;
            for (size_t q = 0; q < np; q++)
                if (ptok[q] < i && ptok[q] >= at) { last = pers[q]; at = ptok[q]; }
            return last;
        }
        size_t js = rasd_text_source_inline(t, rasd_text_token_inline(t, j)->start);
        if ((stem_is(t, j, "الجانب") || stem_is(t, j, "الطرف")) && j + 1 < l) {
            size_t cs = rasd_text_source_inline(t, rasd_text_token_inline(t, j + 1)->start);
            for (size_t k = 0; k < v->nents; k++) {
                const rasd_entmention *m = &v->ents[k];
                if (m->kind != RASD_ENT_COUNTRY || m->start != cs) continue;
                const char *code = rasd_dict_entity(v->dict, m->entity)->code;
                const rasd_entmention *side = NULL;
                size_t n = 0;
                for (size_t q = 0; q < np; q++)
                    if (pers[q]->role_of[0] && strcmp(pers[q]->role_of, code) == 0) { side = pers[q]; n++; }
                return n == 1 ? side : NULL;
            }
            return NULL;
        }
        for (size_t k = 0; k < v->nents; k++) {
            const rasd_entmention *m = &v->ents[k];
            if (m->kind != RASD_ENT_PERSON || m->start != js) continue;
            for (size_t q = 0; q < np; q++)
                if (pers[q]->entity == m->entity) return pers[q];
        }
        return NULL;
    }
    return NULL;
}

/* The person at token p is named as a time or a thing, not as an actor (nor as a go-between, after
 * عبر): the word before is a
 * fall, a death, a regime, an era or an administration ("منذ سقوط نظام الأسد"، "بعد سقوط الأسد"،
 * "في عهد مبارك"، "منذ الإطاحة بالأسد"، "تعزية بوفاة الملكة إليزابيث"، "مسؤولون في إدارة ترامب"; before the late and
 * his title: "تشييع الرئيس الراحل إبراهيم رئيسي", not "التقى الرئيس الراحل حافظ الأسد"; past المغفور له:
 * "وفاة المغفور له السلطان قابوس"), what he did or
 * holds ("مثمنة جهود ترامب"، "توجيهات خادم الحرمين"، "خطة ترامب"), his absence ("انطلقت
 * القمة بغياب بوتين"، "غاب بوتين عن القمة"، "لن يشارك زيلينسكي فيها"، "بعد اعتذار ولي العهد عن
 * عدم الحضور"), or his appointment or
 * nomination told ("اتصالا من غوتيريش لإبلاغه بتعيين هانا تيتيه"). */
/* Tokens i, i + 1 say one will not or did not take part: لن/لم/لا before يشارك، يحضر, or a verb of
 * staying away before عن ("يغيب عن قمة مجموعة العشرين"). */
static bool not_partaking(rasd_text *t, size_t i)
{
    static const char *const partake[] = {"يشارك", "تشارك", "يحضر", "تحضر"};
    if (i + 1 >= t->ntok) return false;
    wclass c = word_class(t, i);
    return ((c & W_NOT) && token_among(t, i + 1, partake, sizeof partake / sizeof *partake)) || ((c & W_AWAY) && stem_is(t, i + 1, "عن"));
}

/* Token i is in a relative clause (الذي، التي …) set off by commas on a person named right before
 * it, with no trigger in it (trig[0..ntr)), between him and the contact's word at token upto:
 * "مون، الذي تنتهي ولايته الشهر المقبل، تبادل …". */
static bool set_off_relative(const rasd_block_view *v, size_t f, size_t i, size_t upto, const found *trig, size_t ntr)
{
    rasd_text *t = v->t;
    size_t a = i, b = i;
    while (a > f && !clause_end(t, a - 1)) a--;
    while (b < upto && !clause_end(t, b)) b++;
    if (a < f + 2 || b + 1 != upto || clause_end(t, a - 1) != 1 || clause_end(t, b) != 1 || !(word_class(t, a) & W_RELATIVE) ||
        !covered(v, a - 2, a - 1, COVER_PERSON, 0))   /* (on a person: not "المؤتمر، الذي تستضيفه شرم الشيخ منتصف الشهر") */
        return false;
    for (size_t k = 0; k < ntr; k++)
        if (trig[k].tok >= a && trig[k].tok < b) return false;
    return true;
}

/* EV-5: the sentence from token f tells a message handed over (تسلم، سلم، نقل … before its word at
 * token mt) whose carrier or one of whose persons (pers[0..np)) is one of the two the article's
 * last contact was between. */
static bool handed_to_pair(const xjob *x, rasd_text *t, size_t f, size_t mt, const rasd_entmention *const *pers, size_t np,
                           const rasd_entmention *carrier)
{
    bool handed = false;
    for (size_t i = f; i < mt && !handed; i++) handed = (word_class(t, i) & (W_DELIVER | W_RECEIVED)) != 0;
    if (!handed) return false;
    for (size_t q = 0; q <= np; q++) {
        const rasd_entmention *p = q < np ? pers[q] : carrier;
        if (p && (p->entity == x->pair[0].entity || p->entity == x->pair[1].entity)) return true;
    }
    return false;
}

static bool named_as_thing(rasd_text *t, size_t f, size_t p)
{
    if (p <= f) return false;
    typedef struct lit { const char *s; size_t n; } lit;
#define LIT(x) {x, sizeof(x) - 1}
    static const lit words[] = {LIT("سقوط"), LIT("نظام"), LIT("عهد"), LIT("حكم"), LIT("حقبه"), LIT("زمن"), LIT("ولايه"),
                                LIT("اداره"), LIT("وفاه"), LIT("رحيل"), LIT("مقتل"), LIT("اغتيال"), LIT("جنازه"),
                                LIT("تشييع"), LIT("جهود"), LIT("دور"), LIT("توجيهات"), LIT("تعليمات"), LIT("مبادره"),
                                LIT("خطه"), LIT("رؤيه"), LIT("سياسه"), LIT("سياسات"), LIT("موقف"), LIT("مواقف"),
                                LIT("تصريحات"), LIT("غياب"), LIT("غاب"), LIT("تغيب"), LIT("تعيين"), LIT("ترشيح"),
                                LIT("اطاحه"), LIT("اقاله"), LIT("اعتقال"), LIT("اعتذار")};
#undef LIT
    /* one another acts for ("نيابة عن الرئيس السيسي"، "ممثلا عن الملك"), or on whose orders
     * ("وذلك بتعليمات من الملك محمد السادس"، "بتوجيه من جلالة الملك") */
    static const char *const orders[] = {"تعليمات", "توجيهات", "توجيه", "تكليف", "امر"};
    bool prep = false;   /* (عن or من a few words before him: the honorifics are asked only then) */
    for (size_t i = p; i > f && p - i < 5 && !prep; i--) prep = stem_is(t, i - 1, "عن") || stem_is(t, i - 1, "من");
    size_t h = prep ? honorifics_before(t, f, p) : p;
    /* (past الشيخ or السيد, which the name's mention may leave out: "بتوجيهات من الشيخ خليفة بن زايد") */
    if (prep && h > f && (stem_is(t, h - 1, "شيخ") || stem_is(t, h - 1, "سيد")) && (rasd_text_token_inline(t, h - 1)->clitics & RASD_CL_AL)) h--;
    if (prep && h >= f + 2 && stem_is(t, h - 1, "عن") &&
        (stem_is(t, h - 2, "نيابه") || stem_is(t, h - 2, "ممثلا") || stem_is(t, h - 2, "ممثله")))
        return true;
    /* (… or one another stands in for, after بدلا من/عن، عوضا عن: "سيمثل جايشانكار الهند في القمة
     * بدلا من مودي") */
    if (prep && h >= f + 2 && (stem_is(t, h - 1, "من") || stem_is(t, h - 1, "عن")) &&
        (stem_is(t, h - 2, "بدلا") || stem_is(t, h - 2, "عوضا")))
        return true;
    if (prep && h >= f + 2 && stem_is(t, h - 1, "من") && token_among(t, h - 2, orders, sizeof orders / sizeof *orders)) return true;
    /* … or the go-between it passed through, after عبر or بواسطة ("بعث روحاني برسالة إلى ولي العهد
     * عبر رئيس الوزراء العراقي مصطفى الكاظمي") */
    bool via = false;   /* (a word of it nearby asked first, as honorifics_before is the dearer test) */
    for (size_t i = p; i > f && p - i < 5 && !via; i--) via = stem_is(t, i - 1, "عبر") || stem_is(t, i - 1, "بواسطه");
    if (via) {
        size_t hv = honorifics_before(t, f, p);
        if (hv > f && (stem_is(t, hv - 1, "عبر") || stem_is(t, hv - 1, "بواسطه"))) return true;
    }
    /* "القمة التي غاب عنها بوتين" */
    if (p >= f + 2 && (stem_is(t, p - 1, "عنها") || stem_is(t, p - 1, "عنه")) && (stem_is(t, p - 2, "غاب") || stem_is(t, p - 2, "تغيب")))
        return true;
    /* … or who will not or did not take part ("فيما لن يشارك الرئيس زيلينسكي فيها") */
    if (p >= f + 2 && not_partaking(t, p - 2)) return true;
    /* (over the words for one who has died before his title: المغفور له (بإذن الله تعالى)،
     * المرحوم، الفقيد: "تعازيه في وفاة المغفور له السلطان قابوس") */
    for (size_t i = p; i > f + 1 && p - i < 6; i--)
        if (stem_is(t, i - 1, "المغفور") || stem_is(t, i - 1, "المغفوره") ||
            ((stem_is(t, i - 1, "المرحوم") || stem_is(t, i - 1, "المرحومه") || stem_is(t, i - 1, "الفقيد")) && i == p)) {
            p = i - 1;
            break;
        }
    /* … or the start of his term as a time, after بعد، قبل، منذ، عشية a few words before ("بعد ساعات
     * من تنصيب ترامب"، "منذ عودة ترامب إلى البيت الأبيض"; not "برقية تهنئة بمناسبة تنصيب ترامب") */
    if (rasd_entity_named_as_time(t, p)) return true;
    /* the word whole or as its stem: lengths first, as most differ */
    /* (over the late and a title of up to three words before it: "الرئيس الإيراني الراحل") */
    size_t lo = p, hi = p;
    if ((stem_is(t, p - 1, "راحل") || stem_is(t, p - 1, "راحله")) && p >= f + 3) {
        hi = p - 2;
        lo = hi > f + 3 ? hi - 2 : f + 1;
    }
    /* (… or over a word of kinship: "منذ اغتيال والده الرئيس رفيق الحريري") */
    static const char *const kin[] = {"والده", "والدها", "ابيه", "نجله", "نجلها", "ابنه", "ابنها", "شقيقه", "شقيقها"};
    const rasd_token *pk = rasd_text_token_inline(t, p - 1);   /* (each ends in its pronoun's ه or ها) */
    if (lo == p && p >= f + 2 && pk->end - pk->start >= 6 &&
        (memcmp(t->norm + pk->end - 2, "ه", 2) == 0 || memcmp(t->norm + pk->end - 2, "ا", 2) == 0) &&
        token_among(t, p - 1, kin, sizeof kin / sizeof *kin))
        lo = hi = p - 1;
    /* (… or over الشيخ or السيد, which the name's mention may leave out: "ضريح الشيخ زايد") */
    if (lo == p && p >= f + 2 && (stem_is(t, p - 1, "شيخ") || stem_is(t, p - 1, "سيد")) && (rasd_text_token_inline(t, p - 1)->clitics & RASD_CL_AL))
        lo = hi = p - 1;
    /* … or as a place or a body named after him, its word in the construct state, no ال on it
     * ("ضريح الشيخ زايد"، "مركز الملك سلمان للإغاثة"، "بجامع الشيخ زايد" — not "بالمطار الرئيس …") */
    if (lo > f && !(rasd_text_token_inline(t, lo - 1)->clitics & RASD_CL_AL) && (word_class(t, lo - 1) & W_NAMED_AFTER)) return true;
    const char *w = t->norm;
    for (size_t at = hi; at >= lo && at > f; at--) {
        const rasd_token *k = rasd_text_token_inline(t, at - 1);
        for (size_t q = 0; q < sizeof words / sizeof *words; q++)
            if ((k->end - k->start == words[q].n && memcmp(w + k->start, words[q].s, words[q].n) == 0) ||
                (k->end - k->stem == words[q].n && memcmp(w + k->stem, words[q].s, words[q].n) == 0))
                /* not the title ولي العهد before a second title ("ولي العهد رئيس مجلس الوزراء الأمير
                 * محمد بن سلمان"): the crown prince, not an era */
                return !(at >= f + 2 && stem_is(t, at - 2, "ولي") && stem_is(t, at - 1, "عهد"));
    }
    return false;
}

/* Tokens [a, b) hold منذ, قط, أبدا or حتى: a negation there is of a span of time ("لم يتحدث معه
 * منذ ذلك الحين"، "لم يلتقيا قط"، "لم يتصل به حتى مساء اليوم"), not of one contact. */
static bool span_negated(rasd_text *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (stem_is(t, i, "منذ") || stem_is(t, i, "قط") || stem_is(t, i, "ابدا") || stem_is(t, i, "حتي")) return true;
    return false;
}

/* EV-16: the party of a visit or meeting (persons pers[0..np), initiator init) that a message
 * from `sender` a guest brought there is for: the one of another country than the sender's, else
 * the host of a reception (استقبل); NULL when the text does not tell. */
static const rasd_entmention *brought_to(const rasd_trigger *tr, const rasd_entmention *sender,
                                         const rasd_entmention *init, const rasd_entmention *const *pers, size_t np)
{
    const rasd_entmention *to = NULL;
    size_t n = 0;
    for (size_t q = 0; q < np; q++) {
        if (pers[q]->entity == sender->entity) return NULL;   /* his own: no one brought it */
        if (sender->role_of[0] && pers[q]->role_of[0] && strcmp(pers[q]->role_of, sender->role_of) != 0) {
            to = pers[q];
            n++;
        }
    }
    if (n == 1) return to;
    if (tr->voice == RASD_VOICE_RECEIVED && np == 2 && init) return pers[0] == init ? pers[1] : pers[0];
    return NULL;
}

/* EV-6: the visitor of a visit to `place` that names none: the one party of another country
 * than the place's, by the role he holds that day or else his nationality ("وقع محمد بن سلمان
 * وشهباز شريف … اتفاقية خلال زيارة شريف إلى المملكة": Sharif; "التقى قيس سعيد … شي جين بينغ في
 * إطار زيارة الدولة التي يؤديها إلى الصين": Saied). NULL when the place has no one country, or
 * not exactly one party is foreign to it. */
static const rasd_entmention *foreigner(const rasd_dict *d, const rasd_entmention *place, const rasd_entmention *const *pers, size_t np)
{
    const char *where = rasd_dict_entity(d, place->entity)->code;
    if (!where || !where[0]) return NULL;
    const rasd_entmention *out = NULL;
    for (size_t q = 0; q < np; q++) {
        const char *of = pers[q]->role_of && pers[q]->role_of[0] ? pers[q]->role_of : rasd_dict_entity(d, pers[q]->entity)->code;
        if (!of || !of[0]) return NULL;   /* a party of no known country: no telling */
        if (strcmp(of, where) == 0) continue;
        if (out && out->entity != pers[q]->entity) return NULL;
        out = pers[q];
    }
    return out;
}

/* The event's participants, the initiator (may be NULL) first, the others in text order. The
 * one who acts first in a meeting or talks is named first, but he initiates it only when he
 * proposes it: who meets or talks with another does not thereby initiate it ("التقى الدبيبة
 * أردوغان على هامش المنتدى"); the caller, the visitor, the sender and the proposer do. */
static void set_parties(rasd_events *ev, const rasd_dict *d, rasd_event *e, const rasd_entmention *init,
                        const rasd_entmention *const *pers, size_t np)
{
    const char **names = rasd_arena_alloc(ev->arena, np * sizeof *names);
    size_t o = 0;
    if (init) names[o++] = rasd_dict_entity(d, init->entity)->name;
    for (size_t q = 0; q < np; q++)
        if (pers[q] != init) names[o++] = rasd_dict_entity(d, pers[q]->entity)->name;
    e->participants = names;
    e->nparticipants = np;
    bool meets = (strcmp(e->type, rasd_event_type_name(RASD_EV_MEETING)) == 0 || strcmp(e->type, rasd_event_type_name(RASD_EV_TALKS)) == 0) &&
                 strcmp(e->status, rasd_status_name(RASD_ST_PROPOSED)) != 0;
    e->initiator = init && !meets ? rasd_dict_entity(d, init->entity)->name : NULL;
}

static bool remote(rasd_event_type ty) { return ty == RASD_EV_CALL || ty == RASD_EV_VIDEO_CALL || ty == RASD_EV_MESSAGE; }

static void push(xjob *x, const rasd_event *e, const char *under, bool weak, bool definite,
                 const rasd_entmention *const *pers, size_t np)
{
    xevent xe = {*e, under, weak, definite, x->title, NULL, 0, false, false, false, false, false, false};
    if (under) {   /* EV-12 will need the roles the parties are named in */
        xrole *r = rasd_arena_alloc(x->ev->arena, np * sizeof *r);
        for (size_t q = 0; q < np; q++)
            if (pers[q]->role != RASD_ROLE_NONE)
                r[xe.nroles++] = (xrole){pers[q]->entity, pers[q]->role, keep(x->ev, pers[q]->role_of, strlen(pers[q]->role_of))};
        xe.roles = r;
    }
    RASD_VEC_PUSH(&x->ev->items, xevent, xe);
}

/* The contact e told once more, with status `status` and the date `date` told by date_text: a
 * contact put off (its old day and its new one), or told again on a later day. */
static void push_on(xjob *x, const rasd_event *e, const char *status, const char *date, const char *date_text, bool definite,
                    const rasd_entmention *const *pers, size_t np)
{
    rasd_event e2 = *e;
    e2.status = status;
    e2.date = date;
    e2.date_text = date_text;
    push(x, &e2, NULL, false, definite, pers, np);
}

/* EV-2: the dual contact e at token tok of the sentence [s0, s1) dated one by one after it (الأول
 * في …، والثاني في …): pushes one event on each day and returns true; false when the sentence
 * does not date both. */
static bool each_dated(xjob *x, const rasd_block_view *v, const rasd_event *e, size_t tok, size_t s0, size_t s1,
                       const char *under, bool definite, const rasd_entmention *const *pers, size_t np)
{
    rasd_text *t = v->t;
    /* (the stem of والثاني is ثاني) */
    static const char *const first[] = {"الاول", "الاولي", "اولهما", "اولاهما", "اول", "اولي"};
    static const char *const second[] = {"الثاني", "الثانيه", "ثانيهما", "ثانيتهما", "ثاني", "ثانيه"};
    const rasd_timex *d[2] = {NULL, NULL};
    for (size_t k = 0; k < v->ntimes; k++) {
        const rasd_timex *m = &v->times[k];
        size_t mt = tok_at(t, m->start);
        if (m->kind != RASD_TIMEX_TIME || m->start < s0 || m->end > s1 || mt < tok + 3) continue;
        size_t w = stem_is(t, mt - 1, "في") ? mt - 2 : mt - 1;
        if (!d[0] && token_among(t, w, first, 6)) d[0] = m;
        else if (d[0] && !d[1] && token_among(t, w, second, 6)) d[1] = m;
    }
    if (!d[1] || !contact_date(x->ev, d[0]) || !contact_date(x->ev, d[1])) return false;
    for (int q = 0; q < 2; q++) {
        rasd_event e2 = *e;
        e2.date = contact_date(x->ev, d[q]);
        e2.date_text = keep(x->ev, v->text + d[q]->start, d[q]->end - d[q]->start);
        push(x, &e2, under, false, definite, pers, np);
    }
    return true;
}

/* EV-5: a time expression of the sentence [s0, s1) after tx, the date of the contact at token tok,
 * in a clause of its own that closes the sentence (l) and opens on وفي after a comma ("استضاف
 * أردوغان زيلينسكي في إسطنبول في 8 يوليو 2023، وفي 8 مارس 2024"), or on ثم في, or joined to tx
 * by و and closing the sentence: the same contact told again on that day — or NULL. Not when a
 * contact is told after tok (trig, ntr): that clause is its own. */
static const rasd_timex *told_again_on(const rasd_block_view *v, const rasd_timex *tx, size_t tok, size_t s0, size_t s1, size_t l,
                                       const found *trig, size_t ntr)
{
    rasd_text *t = v->t;
    for (size_t k = 0; k < ntr; k++)
        if (trig[k].tok > tok && !rasd_dict_trigger(v->dict, trig[k].f->target)->modifier) return NULL;
    for (size_t k = 0; k < v->ntimes; k++) {
        const rasd_timex *m = &v->times[k];
        if (m == tx || m->kind != RASD_TIMEX_TIME || m->start < tx->end || m->start < s0 || m->end > s1) continue;
        size_t mt = tok_at(t, m->start), me = tok_at(t, m->end - 1) + 1;
        size_t o = mt >= 2 && stem_is(t, mt - 1, "في") && stem_is(t, mt - 2, "ثم") ? mt - 2 : stem_is(t, mt - 1, "وفي") ? mt - 1 : 0;
        /* (… or on ثم أخرى / وأخرى, "another", the contact's noun left out: "أجريا مكالمة هاتفية في
         * الخامس من يونيو، ثم أخرى في 19 سبتمبر") */
        size_t an = mt >= 1 && stem_is(t, mt - 1, "في") ? mt - 1 : mt;
        if (!o && an >= 2 && (stem_is(t, an - 1, "اخري") || stem_is(t, an - 1, "اخر")) && !(rasd_text_token_inline(t, an - 1)->clitics & RASD_CL_AL))
            o = stem_is(t, an - 2, "ثم") ? an - 2 : (rasd_text_token_inline(t, an - 1)->clitics & RASD_CL_WA) ? an - 1 : 0;
        /* (… or right after it on وفي or و: "في 27 أبريل وفي 26 مايو"، "في 27 أبريل و26 مايو") */
        size_t te = tok_at(t, tx->end - 1) + 1;
        size_t ts = tok_at(t, tx->start);   /* (not a span: "بين 27 أبريل و26 مايو") */
        bool joined = (o == te || (mt == te + 1 && rasd_text_token_is(t, te, "و", strlen("و")))) &&
                      !(ts > 0 && stem_is(t, ts - 1, "بين"));
        if (!joined && (o < tok + 2 || clause_end(t, o - 1) != 1)) continue;
        return me == l || (me < l && clause_end(t, me) >= 2) ? m : NULL;
    }
    return NULL;
}

/* EV-2: a proposed contact whose invitation another carried — a verb of carrying (نقل، سلم …)
 * before دعوة من X in the sentence [f, tok) — is between X, who invites, and the one the carrier
 * brought it to: the carrier, named right after his verb or, on a pronoun, last before it
 * ("استقبل عون فيصل بن فرحان، الذي نقل إليه دعوة من ولي العهد … لزيارة المملكة": Aoun and Mohammed
 * bin Salman; "ونقل الصفدي إلى الشرع دعوة من الملك عبدالله الثاني لزيارة الأردن": al-Sharaa and
 * the king), takes no part. Sets e's parties from pers, the invitee first; false when not so. */
static bool carried_invitation(xjob *x, const rasd_block_view *v, size_t f, size_t tok, rasd_event *e,
                               const rasd_entmention *const *pers, size_t np)
{
    rasd_text *t = v->t;
    static const char *const carry[] = {"نقل", "ينقل", "سلم", "يسلم", "سلمه", "حمل", "يحمل", "حاملا", "ناقلا"};
    size_t inv = SIZE_MAX, c = SIZE_MAX;
    for (size_t i = f; i + 1 < tok; i++)
        if ((stem_is(t, i, "دعوه") || stem_is(t, i, "الدعوه")) && stem_is(t, i + 1, "من")) inv = i;
    for (size_t i = f; inv != SIZE_MAX && i < inv; i++)
        if (token_among(t, i, carry, sizeof carry / sizeof *carry)) c = i;
    if (c == SIZE_MAX) return false;
    const rasd_entmention *inviter = NULL, *carrier = NULL, *before = NULL;
    for (size_t g = 0; g < v->nents; g++) {
        const rasd_entmention *pm = &v->ents[g];
        if (pm->kind != RASD_ENT_PERSON) continue;
        size_t pt = tok_at(t, pm->start);
        if (!inviter && pt > inv + 1 && honorifics_before(t, inv + 2, pt) == inv + 2) inviter = pm;
        if (pt == c + 1) carrier = pm;
        if (pt >= f && tok_at(t, pm->end - 1) < c) before = pm;
    }
    if (!carrier) carrier = before;
    if (!inviter || !carrier || inviter->entity == carrier->entity) return false;
    const rasd_entmention *with[9];
    size_t nw = 0;
    for (size_t q = 0; q < np && nw < 8; q++)
        if (pers[q]->entity != carrier->entity && pers[q]->entity != inviter->entity) with[nw++] = pers[q];
    if (nw != 1) return false;
    with[nw++] = inviter;
    set_parties(x->ev, v->dict, e, with[0], with, nw);
    return true;
}

/* A contact of status st is still to come: planned or proposed. */
static bool to_come(rasd_status_kind st) { return st == RASD_ST_PLANNED || st == RASD_ST_PROPOSED; }

/* EV-5, EV-7: one of a list of contacts, each with one named there, whose name at token a is
 * followed, before the next one's at b (or the clause's end), by a day or a place after في of its
 * own ("التقى خلالها الملك سلمان في جدة الاثنين، والرئيس الإيراني حسن روحاني في طهران الثلاثاء"):
 * that day and that place. */
static void each_own(xjob *x, const rasd_block_view *v, rasd_event *e, size_t a, size_t b, size_t l)
{
    rasd_text *t = v->t;
    size_t z = a;
    while (z < b && z < l && !(clause_end(t, z) && z > a)) z++;
    const rasd_timex *tx = own_date(v, a, z, NULL);
    const char *date = tx ? contact_date(x->ev, tx) : NULL;
    if (date) {
        e->date = date;
        e->date_text = keep(x->ev, v->text + tx->start, tx->end - tx->start);
    }
    for (size_t g = 0; g < v->nents; g++) {
        const rasd_entmention *pm = &v->ents[g];
        size_t pt = tok_at(t, pm->start);
        if (pm->kind == RASD_ENT_PLACE && pt > a && pt < z && stem_is(t, pt - 1, "في")) {
            set_place(e, v->dict, pm);
            break;
        }
    }
}

/* A pair named as one, the subject (ENT-8's words in the nominative). */
static const char *const pair_nom[] = {"الرئيسان", "الزعيمان", "الرجلان", "الطرفان", "الجانبان"};
#define NPAIR_NOM (sizeof pair_nom / sizeof *pair_nom)

/* Token i is a pair's word before their names, their subject: "بحث الرئيسان روتو وتينوبو هاتفيا
 * أمس …" (EV-8: not what they discussed). */
static bool pair_before_names(const rasd_block_view *v, size_t i, size_t l)
{
    return i + 1 < l && token_among(v->t, i, pair_nom, NPAIR_NOM) && covered(v, i + 1, i + 2, COVER_PERSON, 0);
}

/* Words of preparing for a contact ("للتحضير للزيارة"، "تمهيدا للقمة"، "لترتيب الزيارة"، "ترتيبات الزيارة"). */
static const char *const prepare[] = {"للتحضير", "التحضير", "تحضيرا", "للاعداد", "الاعداد", "اعدادا", "استعدادا", "تمهيدا", "لترتيب",
                                      "ترتيب", "ترتيبات"};
#define NPREPARE (sizeof prepare / sizeof *prepare)

static bool parties_within(const rasd_event *a, const rasd_event *b);

/* The index of party name among e's, or -1. */
static int party_index(const rasd_event *e, const char *name)
{
    for (size_t p = 0; p < e->nparticipants; p++)
        if (strcmp(e->participants[p], name) == 0) return (int)p;
    return -1;
}

/* An event of e's article, type, day and participants was told before. */
static bool told_again(xjob *x, const rasd_event *e)
{
    for (size_t i = RASD_VEC_LEN(&x->ev->items, xevent); i-- > 0;) {
        const rasd_event *o = &RASD_VEC_AT(&x->ev->items, xevent, i).e;
        if (o->article != e->article) return false;
        if (o->date && strcmp(o->date, e->date) == 0 && strcmp(o->type, e->type) == 0 && o->nparticipants == e->nparticipants &&
            parties_within(e, o))
            return true;
    }
    return false;
}

/* The first verb of travel with إلى after it among tokens [f, upto) ("وصل … إلى طهران"), or
 * with the trigger at upto being ضيفا ("يحل الغزواني، بعد غد، ضيفا على الجزائر"), or SIZE_MAX;
 * *will when it is imperfect or future ("سيتوجه … إلى واشنطن"). حل arrives "in" a place ("يحل
 * بارو بالجزائر"); its perfect ("solved" too) counts only as the verb that opens its sentence
 * ("حل عطاف، أمس، ببكين") — f is where the sentence's own words open, past a dateline (EV-7's
 * copy_at) — or on و too. */
static bool span_holds(rasd_text *t, size_t f, size_t l, const char *const *w, size_t nw);

static size_t travelled(rasd_text *t, size_t f, size_t upto, bool *will)
{
    bool guest = stem_is(t, upto, "ضيفا");
    /* (and a verb of going back, here only, for a contact its purpose: "ستعود إلى تونس الأحد المقبل
     * للقاء الرئيس سعيّد" — elsewhere where one goes back is no visit's place, gone_back_to, and
     * "يعود آخر لقاء إلى آذار 2011" dates it) */
    static const char *const back[] = {"عاد", "عادت", "يعود", "تعود", "سيعود", "ستعود"};
    /* (and a tour's opening or closing leg, with where: "يستهلها بعمان حيث يلتقي نظيره"، "ويختتم
     * جولته الخليجية الخميس في أبوظبي، حيث يجري مباحثات"، "ويستهل الصفدي جولته في برلين بلقاء …") */
    static const char *const leg[] = {"يستهل", "تستهل", "يختتم", "تختتم", "يبدا", "تبدا", "استهل", "استهلت", "اختتم", "اختتمت", "بدا", "بدات"};
    static const char *const leg_it[] = {"يستهلها", "تستهلها", "يختتمها", "تختتمها", "يبداها", "تبداها", "استهلها", "استهلتها",
                                         "اختتمها", "اختتمتها", "بداها", "بداتها"};
    static const char *const tour[] = {"جولته", "جولتها"};   /* (his: "اختتمت الجولة الثانية من المحادثات" is a round) */
    bool purpose = rasd_text_token_inline(t, upto)->clitics & RASD_CL_LI;
    /* (the legs' letters first, not every token's words: most sentences have none of جولت (his
     * tour), ستهل، ختتم، بداها، بداتها) */
    static const char *const leg_letters[] = {"جولت", "ستهل", "ختتم", "بداها", "بداتها"};
    bool legs = span_holds(t, f, upto, leg_letters, sizeof leg_letters / sizeof *leg_letters);
    for (size_t i = f; i < upto; i++) {
        bool opens = legs && token_among(t, i, leg_it, sizeof leg_it / sizeof *leg_it);
        for (size_t j = i + 1; j < upto && j <= i + 7 && !opens && legs && token_among(t, i, leg, sizeof leg / sizeof *leg); j++)
            opens = token_among(t, j, tour, sizeof tour / sizeof *tour);
        if (opens) {
            size_t j = i + 1;   /* where: after في or on بـ */
            while (j < upto && !clause_end(t, j) && !stem_is(t, j, "في") && !(rasd_text_token_inline(t, j)->clitics & RASD_CL_BI)) j++;
            if (j < upto && !clause_end(t, j)) return i;   /* (its tense is its time's: TMX-2) */
        }
        bool arrival = (word_class(t, i) & W_ARRIVAL) || (purpose && token_among(t, i, back, sizeof back / sizeof *back));
        bool hall = arrival ? stem_is(t, i, "يحل") || stem_is(t, i, "تحل") || stem_is(t, i, "حلت") || stem_is(t, i, "سيحل") ||
                                  stem_is(t, i, "ستحل")
                            : i == f && (stem_is(t, i, "حل") || stem_is(t, i, "وحل"));
        if (!arrival && !hall) continue;
        /* (حطّ lands في a place: "يحط السبت في جدة حيث يلتقي …") */
        bool landed = lands(t, i);
        size_t j = i + 1;
        while (!guest && j < upto && !stem_is(t, j, "الي") && !(hall && (rasd_text_token_inline(t, j)->clitics & RASD_CL_BI)) &&
               !(landed && stem_is(t, j, "في")))
            j++;
        if (guest || j < upto) {
            /* (the imperfect after أن is no future: "قبل أن يتوجه" is past; nor after الذي/التي,
             * what one is doing: "مع سانشيز، الذي يحل بالمملكة في زيارة رسمية") */
            *will = ((word_class(t, i) & W_IMPERFECT) &&
                     !(i > f && (stem_is(t, i - 1, "ان") || stem_is(t, i - 1, "الذي") || stem_is(t, i - 1, "التي")))) ||
                    (rasd_text_token_inline(t, i)->clitics & RASD_CL_SA);
            return i;
        }
    }
    return SIZE_MAX;
}

/* The contact noun at token i opens its clause (from ca) on و or after ثم, no light verb before
 * it: another object of the verb before ("…، ثم اتصالا مع زيلينسكي"، "…، واتصالا مع …"). */
static bool object_noun(rasd_text *t, size_t ca, size_t i)
{
    return !(word_class(t, i) & (W_LIGHT | W_PAST_LIGHT)) &&
           ((i == ca && wa_opens(t, ca)) || (i == ca + 1 && stem_is(t, ca, "ثم")));
}

/* A plan (planned, proposed) beside a contact that was called off or denied is that contact's
 * plan, not another contact, when a relative clause tells it ("ألغى ترامب زيارته إلى الدنمارك،
 * والتي كان من المقرر أن يلتقي خلالها فريدريكسن"؛ "أرجأ زيارته إلى واشنطن، حيث كان من المقرر أن
 * يلتقي ترامب"). */
static bool plan_of(rasd_status_kind own, rasd_status_kind main_st)
{
    return (own == RASD_ST_PLANNED || own == RASD_ST_PROPOSED) && (main_st == RASD_ST_CANCELLED || main_st == RASD_ST_DENIED);
}

/* Tokens [a, b) hold a relative pronoun (الذي، التي، اللذين، اللتين, with و) or the relative
 * adverb حيث ("…، حيث كان من المقرر أن يلتقي"). */
static bool relative(rasd_text *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (word_class(t, i) & W_RELATIVE) return true;
    return false;
}

/* rasd_dict_lookup_flags's visitor for spoken_calls: among the forms a word begins, the first
 * call trigger phrase that is neither a modifier nor weak ("تحدث" → "تحدث هاتفيا"); f stays NULL
 * if there is none. */
typedef struct call_pick { const rasd_dict *d; const rasd_form *f; } call_pick;
static bool pick_call(const rasd_form *f, void *user)
{
    call_pick *p = user;
    const rasd_trigger *m = rasd_dict_trigger(p->d, f->target);
    if (m->type != RASD_EV_CALL || m->modifier || m->weak || f->ntok < 2) return true;
    p->f = f;
    return false;
}

/* rasd_dict_lookup_flags's visitor for spoken_with: the weak call phrase of two words a word
 * begins whose second word is p->w ("تحدث" → "تحدث مع" for مع). */
typedef struct with_pick { const rasd_dict *d; rasd_event_type type; const char *w; size_t n; const rasd_form *f; } with_pick;
static bool pick_with(const rasd_form *f, void *user)
{
    with_pick *p = user;
    const rasd_trigger *m = rasd_dict_trigger(p->d, f->target);
    if (m->type != p->type || !m->weak || f->ntok != 2) return true;
    const rasd_dict_tok *second = rasd_dict_token(p->d, f->tok + 1);
    if (second->len != p->n || memcmp(second->full, p->w, p->n) != 0) return true;
    p->f = f;
    return false;
}

/* Token i is a form of تحدث (its letters first, or after the imperfect's prefix): the weak
 * phrases spoken_with reads are of that verb alone, asked so before any class at every token. */
static inline bool talk_at(rasd_text *t, size_t i)
{
    static const char talk[] = "تحدث", head[] = "توجه", come[] = "وصل";   /* (8, 8 and 6 bytes: compared at a constant size) */
    const rasd_token *k = rasd_text_token_inline(t, i);
    const char *w = t->norm + k->stem;
    size_t n = k->end - k->stem;
    /* (their first letter, or the imperfect's prefix, is ت، و، ي، ا or ن: the cheap test first) */
    if (n < 6 || !(memcmp(w, "ت", 2) == 0 || memcmp(w, "و", 2) == 0 || memcmp(w, "ي", 2) == 0 || memcmp(w, "ا", 2) == 0 ||
                   memcmp(w, "ن", 2) == 0))
        return false;
    if (memcmp(w, come, 6) == 0 || memcmp(w + (n >= 8 ? 2 : 0), come, 6) == 0 || (n == 6 && memcmp(w + 2, come + 2, 4) == 0 &&
                                                                                 (memcmp(w, "ي", 2) == 0 || memcmp(w, "ت", 2) == 0)))
        return true;
    return n >= 8 && (memcmp(w, talk, 8) == 0 || memcmp(w, head, 8) == 0 ||
                      (n >= 10 && (memcmp(w + 2, talk, 8) == 0 || memcmp(w + 2, head, 8) == 0)));
}

/* EV-1: a speaking verb at token i (l: where its sentence ends) with its subject or a time
 * between it and the مع or إلى its phrase takes ("تحدث ماكرون مع زيلينسكي"، "إنه تحدث مساء أمس مع
 * الرئيس الأوكراني"): the tokens of the weak call phrase (تحدث مع) through the preposition, its
 * form in *fm; 0 if there is none. */
static size_t spoken_with(const rasd_block_view *v, size_t i, size_t l, const rasd_form **fm)
{
    rasd_text *t = v->t;
    const rasd_token *k = rasd_text_token_inline(t, i);
    const char *w = t->norm + k->stem;
    size_t n = k->end - k->stem;
    wclass c = word_class(t, i);
    if (!(c & (W_SPEAK | W_ARRIVAL))) return 0;
    rasd_event_type type = c & W_SPEAK ? RASD_EV_CALL : RASD_EV_VISIT;
    /* (or an adverb of when or how: "إنه تحدث للتو مع ولي العهد"، "تحدث مطولا مع") */
    static const char *const adverb[] = {"للتو", "مطولا", "مجددا", "ايضا", "شخصيا", "مباشره", "طويلا"};
    size_t j = i + 1;
    /* (… set off by commas: "وصل الرئيس الموريتاني، اليوم، إلى الجزائر") */
    while (j < l && j < i + 16 &&
           (covered(v, j, j + 1, COVER_TIME | COVER_PERSON, 0) || token_among(t, j, adverb, sizeof adverb / sizeof *adverb) ||
            (clause_end(t, j) == 1 && j > i + 1)))
        j++;
    if (j == i + 1 || j >= l || !(stem_is(t, j, "الي") || (type == RASD_EV_CALL && stem_is(t, j, "مع")))) return 0;
    bool asked = type == RASD_EV_CALL;
    for (size_t q = j + 1; q < l && !asked; q++) asked = stem_is(t, q, "دعوه");
    if (!asked) return 0;
    const rasd_token *to = rasd_text_token_inline(t, j);
    with_pick p = {v->dict, type, t->norm + to->start, to->end - to->start, NULL};
    rasd_dict_lookup_flags(v->dict, w, n, RASD_FORM_TRIGGER, pick_with, &p);
    if (!p.f) return 0;
    *fm = p.f;
    return j - i + 1;
}

/* Keeps, in order, the persons of pers/ptok (np of them) named at tokens [lo, hi); returns
 * how many are left. */
static size_t keep_named_in(const rasd_entmention **pers, size_t *ptok, size_t np, size_t lo, size_t hi)
{
    size_t kept = 0;
    for (size_t q = 0; q < np; q++)
        if (ptok[q] >= lo && ptok[q] < hi) { pers[kept] = pers[q]; ptok[kept++] = ptok[q]; }
    return kept;
}

/* The person `entity` is one of pers[0..n). */
static bool named_among(const rasd_entmention *const *pers, size_t n, uint32_t entity)
{
    for (size_t q = 0; q < n; q++)
        if (pers[q]->entity == entity) return true;
    return false;
}

/* The distinct persons (up to max, in *out) whose mentions in v start at tokens [a, b), each at
 * its first mention there; how many. */
static size_t persons_in(const rasd_block_view *v, size_t a, size_t b, const rasd_entmention **out, size_t max)
{
    size_t n = 0;
    for (size_t q = 0; q < v->nents && n < max; q++) {
        const rasd_entmention *m = &v->ents[q];
        size_t mt = tok_at(v->t, m->start);
        if (m->kind == RASD_ENT_PERSON && mt >= a && mt < b && !named_among(out, n, m->entity)) out[n++] = m;
    }
    return n;
}

/* The first of pers[0..np) (at tokens ptok) named right at token `at`, past honorifics (a visit's
 * visitor after its noun: "زيارة الرئيس …"), or np. */
static size_t named_at(rasd_text *t, size_t at, const size_t *ptok, size_t np)
{
    for (size_t q = 0; q < np; q++)
        if (honorifics_before(t, at, ptok[q]) == at) return q;
    return np;
}

/* EV-1: a speaking verb that a phone modifier of its clause completes, with words between them
 * ("تحدث الرئيسان ترامب وبوتين هاتفيا"): the call its phrase names (تحدث هاتفيا), added to the
 * triggers in text order, when no other trigger of the clause names a contact. */
static size_t spoken_calls(const rasd_block_view *v, size_t f, found *trig, size_t ntr)
{
    rasd_text *t = v->t;
    const rasd_dict *d = v->dict;
    for (size_t k = 0; k < ntr && ntr < 16; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        if (!m->modifier || m->type != RASD_EV_CALL) continue;
        size_t i = trig[k].tok, at = SIZE_MAX;
        bool named = false;
        while (i > f && !clause_end(t, i - 1) && !named) {
            i--;
            for (size_t q = 0; q < ntr && !named; q++)
                named = trig[q].tok == i && !rasd_dict_trigger(d, trig[q].f->target)->modifier &&
                        !rasd_dict_trigger(d, trig[q].f->target)->weak;
            if (at == SIZE_MAX && (word_class(t, i) & W_SPEAK)) at = i;
        }
        if (named || at == SIZE_MAX) continue;
        const rasd_token *q = &t->tok[at];
        call_pick p = {d, NULL};
        rasd_dict_lookup_flags(d, t->norm + q->stem, q->end - q->stem, RASD_FORM_TRIGGER, pick_call, &p);
        if (!p.f) continue;
        size_t pos = 0;
        while (pos < ntr && trig[pos].tok < at) pos++;
        if (pos < ntr && trig[pos].tok == at) {   /* the weak phrase it began (spoken_with): this one */
            trig[pos].f = p.f;
            continue;
        }
        memmove(trig + pos + 1, trig + pos, (ntr - pos) * sizeof *trig);
        trig[pos] = (found){at, 1, p.f, (q->clitics & RASD_CL_SA) != 0};
        ntr++;
        if (pos <= k) k++;
    }
    return ntr;
}

/* A contact named by a definite noun of type ti ("واستمر اللقاء") can be one of type tk told
 * before: the same type, a meeting or talks held during a visit, a meeting that talks told
 * before were ("بحث الدبيبة مع أردوغان … ملفات التعاون. وأكد الدبيبة أن لقاءه بأردوغان كان
 * مثمرا"), or a meeting, talks or a call held by video ("عقدت ميركل اجتماعا عبر الفيديو مع شي. …
 * في ختام الاجتماع"). */
static bool same_contact_type(const char *ti, const char *tk)
{
    bool met = strcmp(ti, "meeting") == 0 || strcmp(ti, "talks") == 0;
    return strcmp(ti, tk) == 0 || (strcmp(tk, "visit") == 0 && met) || (strcmp(tk, "meeting") == 0 && strcmp(ti, "visit") == 0) ||
           (strcmp(tk, "talks") == 0 && strcmp(ti, "meeting") == 0) ||
           (strcmp(tk, "video_call") == 0 && (met || strcmp(ti, "call") == 0));
}

/* The contact told last in v's article, if any, is one a noun of type ti can name (same_contact_type). */
static bool told_last(const xjob *x, const rasd_block_view *v, const char *ti)
{
    size_t n = RASD_VEC_LEN(&x->ev->items, xevent);
    if (!n || v->article <= 0) return false;
    const xevent *xe = &RASD_VEC_AT(&x->ev->items, xevent, n - 1);
    return xe->e.article == v->article && same_contact_type(ti, xe->e.type);
}

/* EV-10: a sentence that names no two persons but tells how long a contact named by a definite
 * noun of its clause lasted ("وأضاف البيان أن المحادثة استمرت أكثر من ساعتين") gives that duration
 * to the article's last contact of the noun's type, when that one states none. */
static void carried_duration(xjob *x, const rasd_block_view *v, size_t f, size_t l, size_t s0, size_t s1)
{
    const rasd_timex *du = first_duration(v, s0, s1);
    if (!du) return;
    rasd_text *t = v->t;
    const rasd_dict *d = v->dict;
    for (size_t i = f; i < l; i++) {
        const rasd_form *fm;
        bool fut;
        size_t n = rasd_form_at(d, t, i, RASD_FORM_TRIGGER, &fm, &fut);
        if (!n) continue;
        const rasd_trigger *tr = rasd_dict_trigger(d, fm->target);
        if (tr->verb || tr->modifier || !(rasd_text_token_inline(t, i)->clitics & RASD_CL_AL) || another(t, i + n)) {
            i += n - 1;
            continue;
        }
        size_t ca, cb;
        clause_of(v, f, l, i, &ca, &cb);
        size_t c0 = rasd_text_source_inline(t, rasd_text_token_inline(t, ca)->start);
        size_t c1 = cb < l ? rasd_text_source_inline(t, rasd_text_token_inline(t, cb)->start) : s1;
        if (du->start < c0 || du->end > c1) return;
        const char *type = rasd_event_type_name(tr->type);
        for (size_t k = RASD_VEC_LEN(&x->ev->items, xevent); k-- > 0;) {
            xevent *xe = &RASD_VEC_AT(&x->ev->items, xevent, k);
            if (xe->e.article != v->article) return;
            if (!same_contact_type(type, xe->e.type)) continue;
            if (xe->e.duration_min < 0) set_duration(x->ev, &xe->e, du);
            return;
        }
        return;
    }
}

/* The trigger of n tokens at i is a word of a name, no contact:
 *   - وزارة 'ministry' is spelled و + زاره 'visited him' once ة is written ه, and the ministry is
 *     far the commoner ("في مقر وزارة الخارجية");
 *   - الاتصال after an office, a body or a means of it is 'communication(s)': "وفق معطيات دائرة
 *     الاتصال بالرئاسة التركية"، "وزير الاتصال"، "مجموعة الاتصال العربية"، "قنوات الاتصال". */
static bool ministry(rasd_text *t, size_t i, size_t n)
{
    if (n != 1) return false;
    if (rasd_text_token_inline(t, i)->stem == rasd_text_token_inline(t, i)->start && stem_is(t, i, "وزاره")) return true;
    size_t n_stem = rasd_text_token_inline(t, i)->end - rasd_text_token_inline(t, i)->stem;
    if (n_stem != strlen("اتصال") && n_stem != strlen("الاتصال") && n_stem != strlen("الاتصالات")) return false;
    static const char *const comm[] = {"الاتصال", "الاتصالات", "اتصال", "اتصالات"};
    static const char *const office[] = {"دائره", "مديريه", "مكتب", "اداره", "قسم", "خليه", "وزاره", "وزير", "وزيره",
                                         "مدير", "مديره", "شركه", "قطاع", "هيئه", "مركز", "وحده", "مجموعه", "لجنه",
                                         "فريق", "قناه", "قنوات", "خط", "خطوط", "وسائل", "شبكه", "مستشار", "مستشاره"};
    return i > 0 && token_among(t, i, comm, sizeof comm / sizeof *comm) &&
           token_among(t, i - 1, office, sizeof office / sizeof *office);
}

/* EV-2: token i says that contacts were apart: منفصلين، منفصلة، منفصل، منفصلتين (after a contact's
 * noun or بشكل), or حدة after على ("كلا على حدة"). */
static bool separately(rasd_text *t, size_t i)
{
    static const char *const apart[] = {"منفصلين", "منفصلتين", "منفصله", "منفصل", "منفصلا", "منفصلان"};
    /* (and bilateral after a plural contact noun: "عقد مودي لقاءات ثنائية مع كل من سوناك وميلوني") */
    static const char *const plural[] = {"لقاءات", "اجتماعات", "محادثات", "مباحثات", "مشاورات"};
    return token_among(t, i, apart, sizeof apart / sizeof *apart) || (i > 0 && stem_is(t, i, "حده") && stem_is(t, i - 1, "علي")) ||
           (i > 0 && stem_is(t, i, "ثنائيه") && token_among(t, i - 1, plural, sizeof plural / sizeof *plural));
}

/* The role a person's mention applied on its date makes him the first of a seat of his own: a
 * head of state or government, a crown prince, a speaker, a movement's leader. */
static bool seat_of_own(const rasd_entmention *m)
{
    return m->role == RASD_ROLE_HEAD_OF_STATE || m->role == RASD_ROLE_HEAD_OF_GOVERNMENT ||
           m->role == RASD_ROLE_CROWN_PRINCE || m->role == RASD_ROLE_SPEAKER || m->role == RASD_ROLE_LEADER;
}

/* The person whose mention starts at token b follows, in a list, one whose mention ends before
 * token a: on و, which may open his title of up to eight words ("ورئيس حكومة تصريف الأعمال نجيب
 * ميقاتي"), past the first's apposition of up to fourteen words and its comma ("لولا دا سيلفا رئيس
 * البرازيل، وفخامة ويليام روتو"، "محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء حاكم
 * دبي "رعاه الله"، وسمو الشيخ منصور بن زايد"). */
static bool next_in_list(rasd_text *t, size_t a, size_t b, const found *trig, size_t ntr)
{
    if (joined_by_wa(t, a, b)) return true;
    size_t c = a;
    while (c < b && c < a + 15 && !clause_end(t, c)) c++;
    c = c < b && clause_end(t, c) == 1 ? c + 1 : a;
    if (c > b || b - c > 8 || !(rasd_text_token_inline(t, c)->clitics & RASD_CL_WA)) return false;   /* (the و on b) */
    for (size_t i = c; i < b; i++)   /* a title: no mark, no verb that tells anything */
        if (clause_end(t, i) || (word_class(t, i) & (W_TOPIC | W_TOPIC_VERB | W_RECEIVED | W_SAYING | W_LIGHT | W_PAST_LIGHT)))
            return false;
    for (size_t k = 0; k < ntr; k++)
        if (trig[k].tok >= c && trig[k].tok < b) return false;
    return true;
}

/* How many distinct persons of pers[0..np) are named at tokens [lo, hi). */
static size_t named_in(const rasd_entmention *const *pers, const size_t *ptok, size_t np, size_t lo, size_t hi)
{
    size_t n = 0;
    for (size_t q = 0; q < np; q++) {
        bool again = false;
        for (size_t r = 0; r < q && !again; r++) again = pers[r]->entity == pers[q]->entity && ptok[r] >= lo && ptok[r] < hi;
        n += !again && ptok[q] >= lo && ptok[q] < hi;
    }
    return n;
}

/* The end of a list of persons that runs from lo to the mark at hi and on past it, one joined by
 * و after each comma ("بين الأمير محمد بن سلمان ولي العهد، والرئيس لولا"): the token after its
 * last name, or hi when no one is joined so. */
static size_t list_end(rasd_text *t, const rasd_entmention *const *pers, const size_t *ptok, size_t np, size_t lo, size_t hi,
                       const found *trig, size_t ntr)
{
    for (bool more = true; more;) {
        more = false;
        size_t last = SIZE_MAX;   /* the last person named before hi */
        for (size_t q = 0; q < np; q++)
            if (ptok[q] > lo && ptok[q] < hi && (last == SIZE_MAX || ptok[q] > ptok[last])) last = q;
        for (size_t q = 0; q < np && last != SIZE_MAX && !more; q++)
            if (ptok[q] >= hi && next_in_list(t, tok_at(t, pers[last]->end - 1) + 1, ptok[q], trig, ntr)) {
                hi = tok_at(t, pers[q]->end - 1) + 1;
                more = true;
            }
    }
    return hi;
}

/* EV-2: the persons a contact noun tr names after it, past a word of its kind and a place, in a
 * list opened by a word of class `opens` (بين, a verb of gathering, a relative pronoun: "لقاء
 * ثنائي بين بوتين وزيلينسكي"، "قمة تجمع …"، "المكالمة التي أجراها ترامب مع بوتين") that names two
 * or more of pers[0..np) up to the clause's end cb and on through the list: the list's end, its
 * opening word at *lo; else SIZE_MAX. Not حيث, which opens a clause of what happened there. */
static size_t gathered_list(const rasd_block_view *v, size_t l, const found *tr, size_t cb, wclass opens,
                            const rasd_entmention *const *pers, const size_t *ptok, size_t np, const found *trig, size_t ntr,
                            size_t *lo)
{
    rasd_text *t = v->t;
    static const char *const kind[] = {"ثنائي", "ثنائيا", "ثنائيه", "ثلاثي", "ثلاثيا", "ثلاثيه", "مباشر", "مباشرا", "مباشره",
                                       "رسمي", "رسميا", "رسميه", "شخصي", "شخصيا", "مشترك", "مشتركا", "مشتركه"};
    size_t past_kind = tr->tok + tr->len;
    if (past_kind < l && token_among(t, past_kind, kind, sizeof kind / sizeof *kind)) past_kind++;
    size_t rel = past_place(v, past_kind, l);
    *lo = rel;
    if (rel >= l || !(word_class(t, rel) & opens) || stem_is(t, rel, "حيث")) return SIZE_MAX;
    size_t hi = list_end(t, pers, ptok, np, rel, cb, trig, ntr);
    return named_in(pers, ptok, np, rel + 1, hi) >= 2 ? hi : SIZE_MAX;
}

/* The clause that follows the comma at token c, up to the next mark or l (its end, returned), and
 * whether a trigger stands in it (*own): a clause of its own that may name more of a contact's
 * parties. */
static size_t clause_after(rasd_text *t, size_t c, size_t l, const found *trig, size_t ntr, bool *own)
{
    size_t qb = c + 2;
    while (qb < l && !clause_end(t, qb)) qb++;
    *own = false;
    for (size_t k = 0; k < ntr && !*own; k++) *own = trig[k].tok > c && trig[k].tok < qb;
    return qb;
}

/* EV-2: the persons pers[1..np) are the objects of a meeting's or visit's verb (or of لقاء) whose
 * subject is pers[0], named one after another on و or "، ثم" — each met apart: one contact of
 * pers[0] with each. So when each holds a seat of his own ("زار فيصل بن فرحان بيروت، حيث التقى
 * الرئيس عون ورئيس الحكومة نواف سلام"، "استقبل تبون الرئيس عباس والرئيس قيس سعيد"), when the list
 * opens on كلا من ("التقى … كلا من لولا، وروتو، ومودي"), or when ثم or فـ orders them (each may be
 * followed by his place: "تلتقي خلالها عون في قصر بعبدا، ثم سلام في السراي، فبري"). Not a delegation
 * received together ("استقبل بوتين ويتكوف وكوشنر"), not on مع, بين, a verb of gathering or
 * بمشاركة (a summit's guests: "يستضيف لولا قمة بمشاركة بيترو وآرسي"), not subjects after a verb
 * with an object pronoun ("استقبله الملك سلمان وولي العهد") or one joined to pers[0] by و ("التقى
 * أردوغان وزيلينسكي وغوتيريش"), and not where the sentence says they met at once (ثلاثي، مشترك،
 * معا، اللذين …). */
static bool each_apart(const rasd_block_view *v, size_t f, size_t l, rasd_event_type type, const found *trig, size_t ntr,
                       const rasd_entmention *const *pers, const size_t *ptok, size_t np)
{
    rasd_text *t = v->t;
    if (np < 3 || (type != RASD_EV_MEETING && type != RASD_EV_VISIT)) return false;
    for (size_t q = 0; q < np; q++)
        for (size_t r = q + 1; r < np; r++)
            if (pers[q]->entity == pers[r]->entity || ptok[r] <= ptok[q]) return false;
    const found *g = NULL;   /* the contact's word that governs the list: the last before it */
    for (size_t k = 0; k < ntr; k++)
        if (trig[k].tok < ptok[1] && !rasd_dict_trigger(v->dict, trig[k].f->target)->modifier && (!g || trig[k].tok > g->tok))
            g = &trig[k];
    if (!g) return false;
    const rasd_trigger *gt = rasd_dict_trigger(v->dict, g->f->target);
    /* (a verb of meeting or visiting, or the masdar لقاء: not a noun like استقباله, "his reception",
     * whose hosts follow it: "حيث كان في استقباله ولي العهد …، ورئيس الحكومة …") */
    if (gt->verb ? gt->type != RASD_EV_MEETING && gt->type != RASD_EV_VISIT : gt->type != RASD_EV_MEETING) return false;
    size_t gend = g->tok + g->len;
    if (ptok[0] > g->tok) {   /* the subject after the verb: right after it, the list not joined to him */
        if (!gt->verb || ptok[0] > gend + 4) return false;
        for (size_t i = gend; i < ptok[0]; i++)
            if (clause_end(t, i)) return false;
        if (joined_by_wa(t, tok_at(t, pers[0]->end - 1) + 1, ptok[1])) return false;
    } else if (gt->verb) {   /* a verb with an object pronoun has the list for its subjects */
        const rasd_token *tk = rasd_text_token_inline(t, g->tok + g->len - 1);
        const char *e = t->norm + tk->end;
        size_t n = tk->end - tk->start;
        if ((n > 2 && memcmp(e - 2, "ه", 2) == 0) || (n > 4 && (memcmp(e - 4, "ها", 4) == 0 || memcmp(e - 4, "هم", 4) == 0)))
            return false;
    }
    static const char *const party[] = {"وفد", "وفدا", "ضم", "ضمت", "يضم", "تضم",   /* members of a delegation */
                                        /* (or a verb of gathering with the subject's pronoun: "قمة تجمعه
                                         * بالرئيس البشير ورئيس الوزراء الإثيوبي زيناوي") */
                                        "تجمعه", "تجمعها", "يجمعه", "يجمعها", "جمعته", "جمعتها", "جمعه", "جمعها"};
    bool each = false;   /* كلا من opens the list */
    size_t from = ptok[0] > g->tok ? tok_at(t, pers[0]->end - 1) + 1 : gend;
    for (size_t i = from; i < ptok[1]; i++) {
        if (stem_is(t, i, "مع") || (word_class(t, i) & (W_GATHER | W_PARTAKE)) || token_among(t, i, party, sizeof party / sizeof *party))
            return false;
        if (i + 1 < ptok[1] && (stem_is(t, i, "كلا") || stem_is(t, i, "كل")) && stem_is(t, i + 1, "من")) each = true;
    }
    bool then = false;
    for (size_t q = 2; q < np; q++) {
        size_t a = tok_at(t, pers[q - 1]->end - 1) + 1;
        /* (past the place or day after his name: "عون في قصر بعبدا، ثم سلام في السراي، فبري …"،
         * "مبارك في السادس والعشرين من الشهر الجاري، ثم عباس في الثامن والعشرين منه") */
        if (a + 1 < ptok[q] && fi_at(t, a)) {
            size_t b = a + 1;
            while (b < ptok[q] && covered(v, b, b + 1, COVER_PLACE | COVER_TIME, 0)) b++;
            if (b > a + 1) a = b;
        }
        bool on_then = ptok[q] <= a + 1 && (rasd_text_token_inline(t, ptok[q])->clitics & RASD_CL_FA);   /* (فـ: then) */
        for (size_t i = a; i < ptok[q] && i < a + 3 && ptok[q] <= a + 5; i++) on_then = on_then || stem_is(t, i, "ثم") || stem_is(t, i, "بعده");
        if (!on_then && !next_in_list(t, a, ptok[q], trig, ntr)) return false;
        then = then || on_then;
    }
    for (size_t i = f; i < l; i++)
        if (word_class(t, i) & W_JOINT) return false;
    for (size_t q = 1; q < np && !each && !then; q++)
        if (!seat_of_own(pers[q])) return false;
    return true;
}

/* Words of a contact's course between a word of time and its noun (قبيل انطلاق القمة، عقب انتهاء
 * اللقاء): time_of_another, time_after_own. */
static const char *const course_words[] = {"انطلاق", "انعقاد", "بدء", "افتتاح", "انتهاء", "ختام", "اختتام"};
#define NCOURSE (sizeof course_words / sizeof *course_words)

/* EV-1: trigger k, a definite contact noun, opens the sentence as a time — after قبيل، قبل، عقب،
 * بعد، إثر، بعيد، في أعقاب، في ختام, a word of its course between at most (انطلاق، انعقاد، بدء،
 * افتتاح، انتهاء، ختام، اختتام) — set off by a comma from a contact told after it, or is such a
 * time inside a clause, before the clause's own indefinite contact noun. */
static bool time_of_another(const rasd_block_view *v, size_t f, size_t l, const found *trig, size_t ntr, size_t k)
{
    rasd_text *t = v->t;
    static const char *const when[] = {"قبيل", "قبل", "عقب", "بعد", "اثر", "بعيد", "اعقاب", "ختام"};
    size_t i = trig[k].tok, e = i + trig[k].len;
    /* (definite: with ال, a pronoun, or a day after it in construct: "عقب مكالمة الأمس") */
    bool definite = (rasd_text_token_inline(t, i)->clitics & RASD_CL_AL) || told_noun(t, i) ||
                    (e < l && (rasd_text_token_inline(t, e)->clitics & RASD_CL_AL) && covered(v, e, e + 1, COVER_TIME, 0));
    if (rasd_dict_trigger(v->dict, trig[k].f->target)->verb || !definite || i == f) return false;
    size_t w = i - 1;
    /* (ختام is both: "في ختام الزيارة"، "قبيل ختام القمة") */
    if (token_among(t, w, course_words, NCOURSE) && w > f && token_among(t, w - 1, when, sizeof when / sizeof *when)) w--;
    if (!token_among(t, w, when, sizeof when / sizeof *when)) return false;
    /* (inside a clause, before the contact's own noun: "وعقدت شينباوم عقب اللقاء الثلاثي اجتماعا
     * منفصلا مع كارني") */
    if (!(w == f || (w == f + 1 && fi_at(t, f)))) {
        for (size_t q = k + 1; q < ntr; q++) {
            bool between = false;
            for (size_t j = e; j < trig[q].tok && !between; j++) between = clause_end(t, j) != 0;
            if (between) return false;
            /* (… or a verb: "وأعلن ترامب عقب مكالمة الأمس أن الرئيسين سيلتقيان قريبا") */
            if (!rasd_dict_trigger(v->dict, trig[q].f->target)->modifier &&
                (rasd_dict_trigger(v->dict, trig[q].f->target)->verb || !(rasd_text_token_inline(t, trig[q].tok)->clitics & RASD_CL_AL)))
                return true;
        }
        return false;
    }
    size_t c = e;
    while (c < l && c < e + 4 && !clause_end(t, c)) c++;
    if (c >= l || clause_end(t, c) != 1) return false;
    for (size_t q = 0; q < ntr; q++)
        if (trig[q].tok > c && !rasd_dict_trigger(v->dict, trig[q].f->target)->modifier) return true;
    return false;
}

/* The time at token mt, on بـ, is what a verb of celebrating a few words before it in its clause
 * celebrates (احتفل، يحتفل، الاحتفال …): "يحتفل خلالها مع القوات الفرنسية بعيد الميلاد". */
static bool celebrated(rasd_text *t, size_t f, size_t mt)
{
    static const char *const celebrate[] = {"احتفل", "احتفلت", "يحتفل", "تحتفل", "يحتفلان", "احتفلا", "الاحتفال", "احتفال", "احتفالا"};
    if (!(rasd_text_token_inline(t, mt)->clitics & RASD_CL_BI)) return false;
    for (size_t i = mt; i-- > f && i + 8 > mt && !clause_end(t, i);)
        if (token_among(t, i, celebrate, sizeof celebrate / sizeof *celebrate)) return true;
    return false;
}

/* EV-1: trigger k, a meeting's definite noun, is a gathering attended — a word of attending right
 * before it or before the words of its course (حفل، افتتاح، أعمال، جلسة, at most two), في allowed
 * after the verb — after a contact told before it in the sentence (from f), its clause's end
 * between. */
static bool attended_after(const rasd_block_view *v, size_t f, const found *trig, size_t k, const reading *rd)
{
    rasd_text *t = v->t;
    static const char *const course[] = {"حفل", "افتتاح", "اعمال", "جلسه", "جلسات", "مراسم"};
    const rasd_trigger *m = rasd_dict_trigger(v->dict, trig[k].f->target);
    size_t a = trig[k].tok;
    if (m->verb || m->modifier || m->type != RASD_EV_MEETING || a < f + 2 || !(rasd_text_token_inline(t, a)->clitics & RASD_CL_AL))
        return false;
    while (a > f + 1 && a + 2 > trig[k].tok && token_among(t, a - 1, course, sizeof course / sizeof *course)) a--;
    if (a > f + 1 && stem_is(t, a - 1, "في")) a--;
    if (a <= f || !(word_class(t, a - 1) & W_ATTEND)) return false;
    for (size_t q = 0; q < k; q++)
        if (!rasd_dict_trigger(v->dict, trig[q].f->target)->modifier && !rd[q].drop && rd[q].cb < a) return true;
    return false;
}

/* EV-1: trigger k, a contact noun after قبيل، قبل، عقب، بعد، إثر، بعيد (a word of its course
 * between at most), comes in the clause of a contact told before it, a verb or a noun
 * that is no modifier, nothing between them ending a clause: the time that one took place at.
 * Returns the token of its word of time and sets *own to that contact's trigger; else SIZE_MAX. */
static size_t time_after_own(const rasd_block_view *v, const found *trig, size_t k, size_t *own)
{
    rasd_text *t = v->t;
    static const char *const when[] = {"قبيل", "قبل", "عقب", "بعد", "اثر", "بعيد"};
    size_t i = trig[k].tok;
    if (k == 0 || i < 2 || rasd_dict_trigger(v->dict, trig[k].f->target)->verb) return SIZE_MAX;
    size_t w = i - 1;
    if (token_among(t, w, course_words, NCOURSE) && token_among(t, w - 1, when, sizeof when / sizeof *when)) w--;
    if (!token_among(t, w, when, sizeof when / sizeof *when) || (w > 0 && stem_is(t, w - 1, "من"))) return SIZE_MAX;
    for (size_t q = k; q-- > 0;) {
        if (rasd_dict_trigger(v->dict, trig[q].f->target)->modifier) continue;
        for (size_t j = trig[q].tok + trig[q].len; j < w; j++)
            if (clause_end(t, j)) return SIZE_MAX;
        *own = q;
        return w;
    }
    return SIZE_MAX;
}

/* Tokens [a, b) hold على هامش, on the sidelines (of a gathering named or not). */
static bool sidelines_in(rasd_text *t, size_t a, size_t b)
{
    for (size_t i = a; i + 1 < b; i++)
        if (stem_is(t, i, "علي") && stem_is(t, i + 1, "هامش")) return true;
    return false;
}

/* EV-5: when the sentence [f, l) of v names a contact (x->told, asked here if sentence_events
 * did not), its first day stated (no bound of a span, no occasion) is the scene that a later
 * sentence's opening refers to, and the city or venue named after في/بـ there its place
 * ("انطلقت في جدة اليوم أعمال القمة العربية"), unless the article set a later one. */
static void set_scene(xjob *x, const rasd_block_view *v, size_t f, size_t l)
{
    rasd_text *t = v->t;
    for (size_t k = 0; k < v->ntimes; k++) {
        const rasd_timex *m = &v->times[k];
        if (m->kind != RASD_TIMEX_TIME || !m->resolved || m->tval.grain < RASD_GRAIN_DAY || since(v, m)) continue;
        if (x->told < 0) x->told = tells_contact(v, f, l);   /* (asked once a day may be stated) */
        if (!x->told) return;
        const char *date = contact_date(x->ev, m);
        if (!date || strlen(date) != 10) continue;
        /* a day before the scene's is background ("وجاءت الزيارة بعد زيارة أولى … يوم الثلاثاء
         * الماضي"): the scene stays */
        if (x->scene_article == v->article && x->scene_date && strcmp(date, x->scene_date) < 0) return;
        /* … and a day still to come, a plan's, leaves a scene that has taken place ("التقى مودي أمس
         * لولا. ومن المقرر أن يتوجه مودي غداً إلى برازيليا. كما عقد مودي لقاءً مع أنور": yesterday) */
        if (x->scene_article == v->article && x->scene_date && after_publication(v, m) && !x->scene_ahead) return;
        x->scene_article = v->article;
        x->scene_date = date;
        x->scene_ahead = after_publication(v, m);
        x->scene_text = keep(x->ev, v->text + m->start, m->end - m->start);
        x->scene_sidelines = sidelines_in(t, f, l);
        x->scene_place.entity = 0;
        for (size_t q = 0; q < v->nents; q++) {
            const rasd_entmention *p = &v->ents[q];
            size_t pt = tok_at(t, p->start);
            if (p->kind != RASD_ENT_PLACE || pt < f || pt >= l) continue;
            /* (a capital that can speak for its government only after في: "في بغداد", not "بموسكو";
             * or the city that names the summit: "على هامش قمة شرم الشيخ للسلام") */
            if ((pt > f && (stem_is(t, pt - 1, "في") || stem_is(t, pt - 1, "قمه"))) ||
                (!(p->metonym_of && p->metonym_of[0]) && (rasd_text_token_inline(t, pt)->clitics & RASD_CL_BI))) {
                x->scene_place = *p;
                break;
            }
        }
        return;
    }
}

/* EV-7: tokens [a, b) say "in the same city" (في المدينة نفسها، بالعاصمة ذاتها، في المنتجع ذاته): e
 * takes the place of the contact told last in the article ("… في مدينة غيونغجو. وكانت تاكايتشي قد
 * التقت في اليوم السابق، في المدينة نفسها، الرئيس لي"، "التقى نتنياهو أمس بايدن في نيويورك، بعد
 * يوم من لقائه أردوغان بالمدينة ذاتها"); a city's word alone at its sentence's end too ("في مقر
 * إقامتها بالمدينة."). */
static void same_place(const xjob *x, rasd_text *t, size_t a, size_t b, rasd_event *e)
{
    static const char *const site[] = {"المدينه", "العاصمه", "المنتجع", "المكان"};
    static const char *const city[] = {"مدينه", "عاصمه", "منتجع", "مكان"};
    for (size_t i = a; i + 1 < b; i++) {
        /* (the word after first, by its first letter, ن or ذ, or the sentence's end: most tokens
         * fail there) */
        const rasd_token *nx = rasd_text_token_inline(t, i + 1);
        const unsigned char *c = (const unsigned char *)t->norm + nx->stem;
        bool end = clause_end(t, i + 1) == 2;
        if (!end && !(nx->end - nx->stem >= 8 && ((c[0] == 0xD9 && c[1] == 0x86) || (c[0] == 0xD8 && c[1] == 0xB0)))) continue;
        bool w = token_among(t, i, site, 4) || (token_among(t, i, city, 4) && (rasd_text_token_inline(t, i)->clitics & RASD_CL_AL));
        if (!w || !(same_word(t, i + 1) || (end && (token_among(t, i, site, 2) || token_among(t, i, city, 2))))) continue;
        size_t ni = RASD_VEC_LEN(&x->ev->items, xevent);
        const xevent *last = ni ? &RASD_VEC_AT(&x->ev->items, xevent, ni - 1) : NULL;
        if (last && last->e.article == e->article && last->e.location) {
            e->location = last->e.location;
            e->venue = NULL;
        }
        return;
    }
}

/* EV-5, EV-7: the sentence [f, l), which names a contact or a summit and a day (set_scene asked),
 * names a gathering (قمة، منتدى، مؤتمر): the day nearest after its word (else before it) and the
 * city or country after في/بـ within fourteen words after it (else in its clause before it: "اختتمت
 * في الدوحة أمس القمة"), which a contact held on its sidelines told later takes ("… للمشاركة في
 * القمة التي تنطلق اليوم في القاهرة. ومن المنتظر أن يلتقي السيسي على هامش القمة …": today, in
 * Cairo); `bare`: the sentence told no contact. */
static void set_gathering(xjob *x, const rasd_block_view *v, size_t f, size_t l, bool bare)
{
    rasd_text *t = v->t;
    size_t g = SIZE_MAX;
    for (size_t i = f; i < l && g == SIZE_MAX; i++)
        if (word_class(t, i) & W_GATHERING) g = i;
    if (g == SIZE_MAX) return;
    const rasd_timex *best = NULL;
    for (size_t k = 0; k < v->ntimes; k++) {
        const rasd_timex *m = &v->times[k];
        size_t mt = tok_at(t, m->start);
        if (m->kind != RASD_TIMEX_TIME || !m->resolved || m->tval.grain < RASD_GRAIN_DAY || since(v, m) || mt < f || mt >= l) continue;
        if (!best || (mt > g && (tok_at(t, best->start) < g || mt < tok_at(t, best->start))) ||
            (mt < g && tok_at(t, best->start) < g && mt > tok_at(t, best->start)))
            best = m;
    }
    const char *date = best ? contact_date(x->ev, best) : NULL;
    if (!date || strlen(date) != 10) return;
    x->gather_article = v->article;
    x->gather_bare = bare;
    x->gather_date = date;
    x->gather_text = keep(x->ev, v->text + best->start, best->end - best->start);
    x->gather_place.entity = 0;
    for (size_t q = 0; q < v->nents; q++) {
        const rasd_entmention *p = &v->ents[q];
        size_t pt = tok_at(t, p->start);
        if (!(p->kind == RASD_ENT_PLACE || (p->kind == RASD_ENT_COUNTRY && strcmp(p->via, "name") == 0)) || pt <= g || pt > g + 14 || pt >= l) continue;
        /* (or the city that names it, right after its word: "قمة شرم الشيخ للسلام") */
        if (pt == g + 1 && p->kind == RASD_ENT_PLACE) {
            x->gather_place = *p;
            break;
        }
        size_t pb = city_word_before(t, pt);   /* ("في منطقة البحر الميت") */
        if (!x->gather_place.entity && (stem_is(t, pb - 1, "في") || (rasd_text_token_inline(t, pb)->clitics & RASD_CL_BI)))
            x->gather_place = *p;
    }
    for (size_t q = 0; q < v->nents && !x->gather_place.entity; q++) {
        const rasd_entmention *p = &v->ents[q];
        size_t pt = tok_at(t, p->start);
        pt = city_word_before(t, pt);   /* ("تتواصل في مدينة سرت الليبية الاستعدادات لانعقاد القمة") */
        if (p->kind != RASD_ENT_PLACE || pt >= g || pt < f + 1 || !(stem_is(t, pt - 1, "في") || (rasd_text_token_inline(t, pt)->clitics & RASD_CL_BI))) continue;
        bool one = true;   /* (in the summit's clause) */
        for (size_t i = pt; i < g && one; i++) one = !clause_end(t, i);
        if (one) x->gather_place = *p;
    }
}

/* EV-5: token i is the contact's verb, its word starting at `word`, or a light verb, a verb of
 * sending or تلقى before its noun ("كما بعث ولي العهد برقية"، "كما تلقى سموه اتصالا"). */
static bool verb_at(rasd_text *t, size_t i, size_t word)
{
    return word == i || (word_class(t, i) & (W_LIGHT | W_PAST_LIGHT | W_SEND | W_RECEIVED));
}

/* Tokens i, i + 1 are على هامش and a definite noun follows them (i + 2 < l): on the sidelines of
 * a gathering named again ("على هامش القمة"). */
static bool sidelines_named(rasd_text *t, size_t i, size_t l)
{
    return i + 2 < l && stem_is(t, i, "علي") && stem_is(t, i + 1, "هامش") && (rasd_text_token_inline(t, i + 2)->clitics & RASD_CL_AL);
}

/* The noun of a gathering named again ends its phrase before token i (its sentence ending at l):
 * no word that names another after it ("على هامش القمة"، "على هامش القمة نفسها"، "… القمة اليوم"،
 * "… القمة الرئيس الإيراني"; not "على هامش القمة الروسية الأفريقية الثالثة"). */
static bool named_again(const rasd_block_view *v, size_t i, size_t l)
{
    rasd_text *t = v->t;
    return i >= l || clause_end(t, i) || !(rasd_text_token_inline(t, i)->clitics & RASD_CL_AL) || same_word(t, i) ||
           covered(v, i, i + 1, COVER_TIME | COVER_PERSON, 0);
}

/* Token i is بعد before a word for the end of something (انتهاء، ختام، اختتام): "بعد انتهاء المكالمة". */
static bool after_end(rasd_text *t, size_t i)
{
    static const char *const end[] = {"انتهاء", "ختام", "اختتام"};
    return stem_is(t, i, "بعد") && token_among(t, i + 1, end, sizeof end / sizeof *end);
}

/* EV-5: tokens [a, b) after a contact's word, in its clause, say it came right after a contact
 * named as one told before: عقب، إثر، بعيد, or بعد انتهاء/ختام, before a definite contact noun ("قال
 * ترامب إنه اتصل ببوتين عقب الاجتماع"): in that one's scene. */
static bool after_scene(const rasd_block_view *v, size_t a, size_t b)
{
    rasd_text *t = v->t;
    static const char *const right_after[] = {"عقب", "اثر", "بعيد"};
    for (size_t i = a; i + 1 < b; i++) {
        size_t j = token_among(t, i, right_after, 3) ? i + 1 : i + 2 < b && after_end(t, i) ? i + 2 : SIZE_MAX;
        const rasd_form *fm;
        if (j != SIZE_MAX && (rasd_text_token_inline(t, j)->clitics & RASD_CL_AL) &&
            rasd_form_at(v->dict, t, j, RASD_FORM_TRIGGER, &fm, NULL) && !rasd_dict_trigger(v->dict, fm->target)->verb &&
            !rasd_dict_trigger(v->dict, fm->target)->modifier)
            return true;
    }
    return false;
}

/* EV-5: the sentence opens on words that place its contact in the scene told before (set_scene):
 * على هامش، خلال، أثناء، في ختام and a definite noun, or ثم or كما before the contact's verb (its
 * day and place: "وعلى هامش القمة، التقى …"), عقب، إثر، قبيل، بعيد، في أعقاب and a definite noun or
 * ذلك, في وقت لاحق (also in its first clause), على الأثر, or ثم before a verb of going on (its
 * day: "وعقب اللقاء، أجرت ميلوني اتصالا …"); the contact's own word starts at token `word`.
 * *place: the place too. */
static bool in_scene(rasd_text *t, size_t f, size_t l, size_t word, bool in_person, bool *place)
{
    *place = false;
    if (f + 2 >= l) return false;
    size_t i = f;
    bool fi = fi_at(t, f);
    if (fi) i++;
    /* (the noun is not the contact's own word: "وخلال المكالمة، شكر …" tells of the one told
     * before, EV-10) */
    bool al1 = word != i + 1 && (rasd_text_token_inline(t, i + 1)->clitics & RASD_CL_AL),
         al2 = word != i + 2 && i + 2 < l && (rasd_text_token_inline(t, i + 2)->clitics & RASD_CL_AL);
    if ((!fi && ((word != i + 2 && sidelines_named(t, i, l)) ||
                 ((stem_is(t, i, "خلال") || stem_is(t, i, "اثناء")) && al1))) ||
        (fi && stem_is(t, i, "ختام") && al1)) {
        *place = true;
        return true;
    }
    if ((!fi && (stem_is(t, i, "عقب") || stem_is(t, i, "اثر") || stem_is(t, i, "قبيل") || stem_is(t, i, "بعيد"))) ||
        (fi && stem_is(t, i, "اعقاب")))
        return al1 || al2 || stem_is(t, i + 1, "ذلك");
    /* (بعد, which may be days after, only before the end of what was told: "وبعد انتهاء المكالمة
     * بقليل، اتصل بايدن بعباس") */
    if (!fi && after_end(t, i)) return al2;
    if (!fi && stem_is(t, i, "علي") && stem_is(t, i + 1, "الاثر")) return true;   /* على الأثر: thereupon */
    /* (في وقت لاحق opening it, or past the verb and its subject in its first clause: "والتقى
     * الخليفي في وقت لاحق رئيس الحكومة نواف سلام") */
    for (size_t j = f; j + 2 < l && j < f + 12 && !clause_end(t, j); j++)
        if (fi_at(t, j) && stem_is(t, j + 1, "وقت") && stem_is(t, j + 2, "لاحق")) return true;
    /* بعد ذلك، بعدها in its first clause, alone or a few hours at most after them ("والتقى فيدان
     * بعد ذلك الشيباني"; not "بعد ذلك بأيام"), and قبل ذلك، قبلها with those hours ("وكان الحريري قد
     * التقى قبل ذلك بساعات بري"; alone, as في وقت سابق, it may be days before): the scene's day and
     * place; so is a part of the day there with no day of its own
     * ("وكان باراك قد استهل لقاءاته صباحا في عين التينة، حيث اجتمع …"): its day — for a contact in
     * person, a round of the scene's (not a call: "وأجرى الرئيسان بعد ذلك اتصالا ثانيا" may be
     * another day's) */
    static const char *const hours[] = {"ساعات", "ساعه", "ساعتين", "قليل", "دقائق", "دقيقه"};
    static const char *const day_part[] = {"صباحا", "مساء", "ظهرا", "عصرا", "ليلا", "الظهر", "الظهيره"};
    for (size_t j = f; in_person && j + 1 < l && j < f + 12 && !clause_end(t, j); j++) {
        bool that = (stem_is(t, j, "بعد") || stem_is(t, j, "قبل")) && stem_is(t, j + 1, "ذلك");
        if (that || stem_is(t, j, "بعدها") || stem_is(t, j, "قبلها")) {
            size_t n = j + (that ? 2 : 1);
            bool by = n < l && (rasd_text_token_inline(t, n)->clitics & RASD_CL_BI);
            if (by ? !token_among(t, n, hours, sizeof hours / sizeof *hours) : stem_is(t, j, "قبل") || stem_is(t, j, "قبلها")) break;
            *place = true;
            return true;
        }
        if (token_among(t, j, day_part, sizeof day_part / sizeof *day_part) && !(rasd_text_token_inline(t, j)->clitics & RASD_CL_WA) &&
            (!(rasd_text_token_inline(t, j)->clitics & RASD_CL_AL) || (j > f && (stem_is(t, j - 1, "بعد") || stem_is(t, j - 1, "قبل")))))
            return true;
    }
    /* "فقد" before the contact's verb: the contact the sentence before summed up, told in detail
     * ("عقد الرئيس اليوم سلسلة من اللقاءات على هامش القمة. فقد التقى …"): its day and place */
    if (stem_is(t, f, "فقد") && verb_at(t, f + 1, word)) {
        *place = true;
        return true;
    }
    /* "ثم" and the next step of the same visit: its contact's verb (the scene's place too: "ثم
     * التقى الرئيس عون كلا من …") or one of going on ("ثم انتقلت أورتاغوس إلى السراي الحكومي حيث
     * التقت …") */
    if (!fi && stem_is(t, f, "ثم")) {
        *place = verb_at(t, f + 1, word);
        return *place || (word_class(t, f + 1) & W_ARRIVAL) || stem_is(t, f + 1, "انتقل") || stem_is(t, f + 1, "انتقلت");
    }
    /* … and so does one of going on that opens the sentence after و ("وانتقل بن فرحان بعد الظهر
     * إلى عين التينة حيث التقى …") */
    if ((rasd_text_token_inline(t, f)->clitics & RASD_CL_WA) && (stem_is(t, f, "انتقل") || stem_is(t, f, "انتقلت"))) return true;
    /* (… also after where from: "ومن بعبدا انتقل بومبيو إلى عين التينة، حيث التقى …") */
    if (stem_is(t, f, "ومن"))
        for (size_t j = f + 2; j < f + 4 && j < l && !clause_end(t, j); j++)
            if (stem_is(t, j, "انتقل") || stem_is(t, j, "انتقلت")) return true;
    /* "كما" before the contact's verb: the next contact of the same scene, its place too ("التقى
     * البوسعيدي، أول أمس في القاهرة، أبو الغيط. كما التقى معاليه وزير الخارجية المصري") */
    *place = !fi && stem_is(t, f, "كما") && verb_at(t, f + 1, word);
    return *place;
}

/* The sentence at f opens on a plan's "ومن المقرر أن" (المنتظر، المتوقع …: a definite word
 * between ومن and أن), or on one that was to be, "وكان من المقرر أن"، "وكان مقررا أن": the token of
 * the verb after them, or 0 (no sentence opens on its verb there). */
static size_t plan_opening(rasd_text *t, size_t f, size_t l)
{
    size_t i = f;
    if (stem_is(t, i, "وكان") || stem_is(t, i, "وكانت")) {
        i++;
        static const char *const set[] = {"مقررا", "مقرر", "مفترضا", "يفترض"};
        if (i + 2 < l && token_among(t, i, set, sizeof set / sizeof *set) && stem_is(t, i + 1, "ان")) return i + 2;
        if (!stem_is(t, i, "من")) return 0;
    } else if (!stem_is(t, i, "ومن")) {
        return 0;
    }
    return i + 3 < l && stem_is(t, i + 2, "ان") && (rasd_text_token_inline(t, i + 1)->clitics & RASD_CL_AL) ? i + 3 : 0;
}

/* EV-3: the contact whose clause ends at cb, of status st, is a plan that a later clause on لكن،
 * إلا أن، غير أن calls off, its subject a pronoun ("كان من المقرر أن يزور … في شباط 2024، إلا
 * أنها أرجئت"، "…، لكنها ألغيت") — or one the sentence tells was set (a plan's cue in it, before
 * the end of its clause: "وكانت قمة … مقررة في لواندا في 15 ديسمبر الماضي، إلا أنها أُلغيت"); the
 * cue's clause may name who called it off ("غير أن الأردن أعلن إلغاءها"), and tells no other
 * contact before the cue. */
static bool but_called_off(const rasd_block_view *v, size_t f, size_t cb, rasd_status_kind st, const found *trig, size_t ntr,
                           const found *cues, size_t ncu)
{
    rasd_text *t = v->t;
    const rasd_dict *d = v->dict;
    bool set_before = false;
    for (size_t c = 0; c < ncu && st == RASD_ST_OCCURRED; c++)
        set_before = set_before || (cues[c].tok >= f && cues[c].tok < cb && rasd_dict_cue(d, cues[c].f->target)->status == RASD_ST_PLANNED);
    /* (… or on قبل أن: "وكان من المقرر أن تنطلق المشاورات في 18 أبريل، قبل أن تُرجأ") */
    if ((st != RASD_ST_PLANNED && !set_before) || !clause_end(t, cb) ||
        !(token_among(t, cb + 1, opener_but, sizeof opener_but / sizeof *opener_but) ||
          (stem_is(t, cb + 1, "قبل") && stem_is(t, cb + 2, "ان"))))
        return false;
    for (size_t c = 0; c < ncu; c++) {
        if (cues[c].tok <= cb || rasd_dict_cue(d, cues[c].f->target)->status != RASD_ST_CANCELLED) continue;
        bool same = true;   /* in the clause that opener opens, no other contact told before it */
        for (size_t i = cb + 1; i < cues[c].tok && same; i++) same = !clause_end(t, i);
        for (size_t k = 0; k < ntr && same; k++)
            same = !(trig[k].tok > cb && trig[k].tok < cues[c].tok && !rasd_dict_trigger(d, trig[k].f->target)->modifier);
        return same;
    }
    return false;
}

/* EV-2: a sentence that opens on كما or ثم and a contact's verb, or on the verb with و ("كما التقى
 * رئيسة الوزراء الإيطالية جورجا ميلوني"، "واستقبل بعد ذلك وزير الخارجية الإيراني"، "كما أجرى
 * اتصالا هاتفيا بالرئيس …"), and names one person, at tokens [p0, p1): when he is the verb's
 * object, its subject is the one of the contact told before, not named again. The verb's token,
 * or SIZE_MAX. He is the object when only dates, places, commas, the contact's words and بـ/مع
 * stand between the verb and him, and after him the clause ends or an adjunct follows (في، على
 * هامش، خلال، بحضور، لبحث، a clause on و); any other word after him may be the object, and he the
 * subject ("كما التقى السيسي بوفد من الكونغرس"، "واستقبل شكري السفير الأمريكي"). */
static size_t dropped_subject(const rasd_block_view *v, size_t f, size_t l, const found *trig, size_t ntr,
                              size_t p0, size_t p1)
{
    rasd_text *t = v->t;
    size_t vb = f, po;
    if (stem_is(t, f, "كما") || stem_is(t, f, "ثم")) vb = f + 1;
    else if ((po = plan_opening(t, f, l)) != 0) vb = po;   /* (past "ومن المقرر أن": the verb after it) */
    else if (!wa_opens(t, f)) return SIZE_MAX;
    /* (past an opening on وفي, before the contact's verb: "وفي الدوحة استقبله …"، "وفي المحطة
     * الأخيرة أمس استقبله …"; one named before it is its subject, below: vb past p0) */
    if (vb == f && stem_is(t, f, "وفي"))
        for (size_t i = f + 1; i < l && i <= f + 6 && !clause_end(t, i); i++) {
            bool verb = word_class(t, i) & W_ARRIVAL;   /* (or one of travel: "وفي المحطة الأخيرة يحط السبت في جدة حيث …") */
            for (size_t k = 0; k < ntr && !verb; k++) {
                const rasd_trigger *m = rasd_dict_trigger(v->dict, trig[k].f->target);
                verb = trig[k].tok == i && m->verb && !m->modifier;
            }
            if (verb) { vb = i; break; }
        }
    /* (… or past a verb of travel, its place and its time, on حيث: "وحط اليوم في الدوحة حيث
     * التقى …"، "ثم يتوجه إلى أنقرة حيث يجري محادثات …") */
    /* (… also انتقل, moving on within a city, and a place the dictionary lacks after إلى: "وانتقل
     * بعدها إلى عين التينة حيث اجتمع بالرئيس نبيه بري") */
    static const char *const next_w[] = {"بعدها", "بعده", "بعد", "ذلك", "لاحقا", "عقبها"};   /* (then: "وانتقل بعدها") */
    if ((word_class(t, vb) & W_ARRIVAL) || stem_is(t, vb, "انتقل") || stem_is(t, vb, "انتقلت"))
        for (size_t i = vb + 1, to = 0; i < p0 && i <= vb + 8 && !clause_end(t, i); i++) {
            if (stem_is(t, i, "حيث")) { vb = i + 1; break; }
            if (stem_is(t, i, "الي")) to = i;
            else if (!covered(v, i, i + 1, COVER_PLACE | COVER_TIME, 0) && !stem_is(t, i, "في") && !(word_class(t, i) & W_ADJUNCT) &&
                     !(to && i <= to + 3) && !token_among(t, i, next_w, sizeof next_w / sizeof *next_w))
                break;
        }
    if (vb >= p0 || p1 > l) return SIZE_MAX;
    bool verb = false;   /* a contact's verb at vb, or a light verb whose contact noun follows it */
    /* (… or كان في استقباله, the one told before its pronoun: "…. وكان في استقباله بالمطار الرئيس
     * الكوبي") */
    if (vb + 2 < p0 && was_in(t, vb) && (stem_is(t, vb + 2, "استقباله") || stem_is(t, vb + 2, "استقبالها"))) {
        vb += 2;
        verb = true;
    }
    for (size_t k = 0; k < ntr && !verb; k++) {
        const rasd_trigger *m = rasd_dict_trigger(v->dict, trig[k].f->target);
        verb = !m->modifier && ((trig[k].tok == vb && m->verb) ||
                                ((trig[k].tok == vb || trig[k].tok == vb + 1) &&
                                 (word_class(t, vb) & (W_PAST_LIGHT | W_LIGHT | W_RECEIVED | W_SEND))));
    }
    if (!verb) return SIZE_MAX;
    /* (a visit's verb and its destination, a word or two the dictionary lacks, before a contact's
     * verb on و: "ثم زار السراي والتقى الرئيس نواف سلام") */
    size_t from = vb + 1;
    for (size_t k = 0; k < ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(v->dict, trig[k].f->target);
        if (trig[k].tok != vb || !m->verb || m->type != RASD_EV_VISIT) continue;
        size_t j = vb + 1;
        while (j < p0 && j < vb + 3 && rasd_text_token_inline(t, j)->kind == RASD_TOK_ARABIC && !(rasd_text_token_inline(t, j)->clitics & RASD_CL_WA))
            j++;
        for (size_t q = 0; q < ntr && j > vb + 1; q++)
            if (trig[q].tok == j && rasd_dict_trigger(v->dict, trig[q].f->target)->verb && (rasd_text_token_inline(t, j)->clitics & RASD_CL_WA))
                from = j;
    }
    const size_t hon = honorifics_before(t, from, p0);   /* (his honorifics right before him) */
    for (size_t i = from; i < p0; i++) {
        bool trigger = false;
        for (size_t k = 0; k < ntr && !trigger; k++) trigger = i >= trig[k].tok && i < trig[k].tok + trig[k].len;
        if (i + 1 < p0 && arriving_at(t, i)) { i++; continue; }   /* ("وكان في استقباله لدى وصوله الرئيس طالباني") */
        /* (… or a place after في, a few words: "واستقبله في المطار الرئيس أحمد الشرع"، "في مطار دمشق
         * الدولي") */
        if (stem_is(t, i, "في") && i + 1 < p0) {
            size_t j = i + 1;
            while (j < p0 && j < i + 5 && rasd_text_token_inline(t, j)->kind == RASD_TOK_ARABIC &&
                   !(rasd_text_token_inline(t, j)->clitics & RASD_CL_WA))
                j++;
            i = j - 1;
            continue;
        }
        /* (his honorifics right before him, الشيخ or السيد too: "والتقى أمس الاثنين الشيخ محمد بن
         * زايد في قصره") */
        if (hon <= i || (i + 1 == p0 && (stem_is(t, i, "الشيخ") || stem_is(t, i, "السيد")))) continue;
        /* (and خلال/أثناء before a contact's word: "ويلتقي خلال زيارته …"; a place on بـ too:
         * "واستقبله بالمطار …") */
        if (!trigger && clause_end(t, i) != 1 && !stem_is(t, i, "مع") && !stem_is(t, i, "ب") && !during(t, vb, i + 1) &&
            !(rasd_text_token_inline(t, i)->clitics & RASD_CL_BI) &&
            !(word_class(t, i) & W_ADJUNCT) && !covered(v, i, i + 1, COVER_PLACE | COVER_TIME, 0))
            return SIZE_MAX;
    }
    /* (a verb of receiving with its guest a pronoun names its host, whatever follows him:
     * "واستقبله رئيس الجمهورية برهم صالح في القصر الرئاسي") */
    if (guest_pronoun(t, vb)) return vb;
    size_t i = p1;
    /* (past his name after his title, a mention of its own: "سلطان عُمان هيثم بن طارق") */
    while (i < l && (clause_end(t, i) == 1 || stem_is(t, i, "في") || stem_is(t, i, "يوم") ||
                     covered(v, i, i + 1, COVER_PLACE | COVER_TIME | COVER_PERSON, 0)))
        i++;
    /* (… and a place the dictionary lacks after في, ending the sentence: "في قصره") */
    if (i + 1 <= l && i > p1 && stem_is(t, i - 1, "في") && (i + 1 == l || clause_end(t, i + 1) >= 2)) return vb;
    if (i >= l || clause_end(t, i)) return vb;
    const rasd_token *k = rasd_text_token_inline(t, i);
    if (k->clitics & (RASD_CL_WA | RASD_CL_LI)) return vb;
    if (word_class(t, i) & (W_COMPANY | W_RELATIVE | W_TOPIC | W_TOPIC_VERB)) return vb;
    if (stem_is(t, i, "علي") || stem_is(t, i, "خلال") || stem_is(t, i, "عقب") || stem_is(t, i, "بعد") ||
        stem_is(t, i, "قبل") || stem_is(t, i, "ضمن") || stem_is(t, i, "اثناء"))
        return vb;
    return SIZE_MAX;
}

/* EV-2: the pair two (the article's last contact was between, or its list's), standing at token
 * at, as the parties pers[0..1] (a list entry's, a recalled contact's): 2, their number. */
static size_t stand_pair(xjob *x, const rasd_entmention *two, rasd_text *t, size_t at, const rasd_entmention **pers, size_t *ptok)
{
    const rasd_token *ct = rasd_text_token_inline(t, at);
    for (size_t q = 0; q < 2; q++) {
        x->entry[q] = two[q];
        x->entry[q].start = rasd_text_source_inline(t, ct->start);
        x->entry[q].end = rasd_text_source_inline(t, ct->end);
        x->entry[q].via = "pair";
        pers[q] = &x->entry[q];
        ptok[q] = at;
    }
    return 2;
}

/* EV-2: one told before (who), copied into slot standing at token at (its via how he was found),
 * as the first of the parties pers/ptok (np of them, fewer than 16): their number now. */
static size_t stand_first(rasd_text *t, rasd_entmention *slot, const rasd_entmention *who, size_t at, const char *via,
                          const rasd_entmention **pers, size_t *ptok, size_t np)
{
    const rasd_token *ct = rasd_text_token_inline(t, at);
    *slot = *who;
    slot->start = rasd_text_source_inline(t, ct->start);
    slot->end = rasd_text_source_inline(t, ct->end);
    slot->via = via;
    memmove(pers + 1, pers, np * sizeof *pers);
    memmove(ptok + 1, ptok, np * sizeof *ptok);
    pers[0] = slot;
    ptok[0] = at;
    return np + 1;
}

/* EV-2: the sentence [f, l) names one person, pers[0], one of the pair the article's last contact
 * was between, and tells a visit of his to the other's capital or country after إلى ("وتأتي الزيارة
 * بعد سبعة أشهر من زيارة أردوغان إلى القاهرة في 14 فبراير الماضي", Sisi and Erdogan the pair): the
 * other hosts it, standing at the place — added to pers/ptok; returns their number. Not a visit
 * named as the one told before, after an ordinal or هذه ("وتعد هذه أول زيارة يقوم بها سمو الأمير
 * إلى مصر"). */
static size_t pair_host(xjob *x, const rasd_block_view *v, size_t f, size_t l, const found *trig, size_t ntr,
                        const rasd_entmention **pers, size_t *ptok)
{
    rasd_text *t = v->t;
    const rasd_dict *d = v->dict;
    if (pers[0]->entity != x->pair[0].entity && pers[0]->entity != x->pair[1].entity) return 1;
    const rasd_entmention *other = pers[0]->entity == x->pair[0].entity ? &x->pair[1] : &x->pair[0];
    if (!other->role_of || !other->role_of[0]) return 1;
    for (size_t k = 0; k < ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        size_t a = trig[k].tok + trig[k].len;
        if (m->modifier || m->type != RASD_EV_VISIT || a + 1 >= l ||
            (trig[k].tok > f && ((word_class(t, trig[k].tok - 1) & W_ORDINAL) || stem_is(t, trig[k].tok - 1, "هذه"))))
            continue;
        /* (past the visitor's name: "زيارة أردوغان إلى القاهرة"; a verb's object right after it:
         * "واتفقا على أن يزور روبيو بكين") */
        /* (not "أول زعيم عربي يزور البيت الأبيض": the first to, an ordinal a few words before) */
        bool visits = m->verb && m->voice == RASD_VOICE_VISITOR;
        for (size_t i = trig[k].tok; i-- > f && i + 4 > trig[k].tok && visits;) visits = !(word_class(t, i) & W_ORDINAL);
        while (a < l && a < trig[k].tok + 8 && !stem_is(t, a, "الي") && !clause_end(t, a) && !(visits && covered(v, a, a + 1, COVER_PLACE, 0)))
            a++;
        if (a < l && visits && covered(v, a, a + 1, COVER_PLACE, 0)) a--;   /* (a + 1: the place) */
        else if (a + 1 >= l || !stem_is(t, a, "الي")) continue;
        size_t at = rasd_text_source_inline(t, rasd_text_token_inline(t, a + 1)->start);
        for (size_t g = 0; g < v->nents; g++) {
            const rasd_entmention *pm = &v->ents[g];
            if (pm->start != at) continue;
            const char *code = pm->kind == RASD_ENT_PLACE ? pm->metonym_of
                               : pm->kind == RASD_ENT_COUNTRY ? rasd_dict_entity(d, pm->entity)->code : NULL;
            if (!code || strcmp(code, other->role_of) != 0) continue;
            x->entry[1] = *other;
            x->entry[1].start = pm->start;
            x->entry[1].end = pm->end;
            x->entry[1].via = "pair";
            pers[1] = &x->entry[1];
            ptok[1] = a + 1;
            return 2;
        }
    }
    return 1;
}

/* Bytes a[0..n) hold the string w (found by its last byte). */
static bool contains(const char *a, size_t n, const char *w)
{
    size_t m = strlen(w);
    for (const char *z = a + m - 1, *e = a + n; z < e && (z = memchr(z, w[m - 1], (size_t)(e - z))); z++)
        if (memcmp(z - (m - 1), w, m) == 0) return true;
    return false;
}

/* The normalized text of tokens [f, l) holds one of the strings w[0..nw): a test of letters that
 * rules a rarer reading out before any token's words or classes are asked. */
static bool span_holds(rasd_text *t, size_t f, size_t l, const char *const *w, size_t nw)
{
    if (l <= f) return false;
    const char *a = t->norm + rasd_text_token_inline(t, f)->start;
    size_t n = rasd_text_token_inline(t, l - 1)->end - rasd_text_token_inline(t, f)->start;
    for (size_t k = 0; k < nw; k++)
        if (contains(a, n, w[k])) return true;
    return false;
}

/* EV-7: the sentence [f, l) of v, which names one person, tells that he arrived in a place (a
 * verb of travel that opens it, إلى and the place's name: "وصل رئيس الوزراء الباكستاني شهباز شريف، الثلاثاء،
 * إلى الدوحة في زيارة رسمية"): a contact of his told after it in the article with no place of its
 * own is there, and he is the subject a later sentence may drop (EV-2: "والتقى اليوم الخميس رئيس
 * الوزراء الروسي"). That, or a visit of his to a place it tells ("تعتزم كالاس زيارة القاهرة الأسبوع
 * المقبل"), is his journey, with its day: what a later sentence says he does during the visit
 * (خلال الزيارة) is on it. */
/* The first person named in bytes [s0, s1) of the block who could take part: not a principal
 * (ENT-9), not a spokesperson; NULL when none. */
static const rasd_entmention *first_person(const rasd_block_view *v, size_t s0, size_t s1)
{
    for (size_t k = 0; k < v->nents; k++) {
        const rasd_entmention *m = &v->ents[k];
        if (m->start >= s0 && m->end <= s1 && m->kind == RASD_ENT_PERSON && strcmp(m->via, "principal") != 0 &&
            m->role != RASD_ROLE_SPOKESPERSON)
            return m;
    }
    return NULL;
}

static void arrival(xjob *x, const rasd_block_view *v, size_t f, size_t l, size_t s0, size_t s1, const rasd_entmention *who)
{
    rasd_text *t = v->t;
    const rasd_entmention *place = NULL;
    if (!who) who = first_person(v, s0, s1);
    if (!who) return;
    size_t i = f;   /* the verb opens the sentence (past a time's digits and marks: "11:00 — وصل …"), after one word at most */
    while (i < l && i < f + 6 && rasd_text_token_inline(t, i)->kind != RASD_TOK_ARABIC) i++;
    size_t i0 = i;
    while (i < l && i < i0 + 2 && !(word_class(t, i) & W_ARRIVAL)) i++;
    size_t to = i + 1;
    /* (… and one of landing, حطّ في: "حطّ بينيت في أبوظبي يوم الأحد") */
    bool landed = i < l && lands(t, i);
    if (i < l && i < i0 + 2)
        while (to < l && !stem_is(t, to, "الي") && !(landed && stem_is(t, to, "في"))) to++;
    bool travel = i < l && i < i0 + 2 && to + 1 < l, arrived = false, visited = false;
    for (size_t k = 0; k < v->nents; k++) {
        const rasd_entmention *m = &v->ents[k];
        if (m->start < s0 || m->end > s1 || !(m->kind == RASD_ENT_PLACE || (m->kind == RASD_ENT_COUNTRY && strcmp(m->via, "name") == 0)))
            continue;
        size_t pt = tok_at(t, m->start);
        /* (past the word for a city or province before the name: "إلى محافظة العلا") */
        static const char *const town[] = {"العاصمه", "مدينه", "محافظه", "ولايه", "منطقه", "جزيره"};
        if (travel && (pt == to + 1 || (pt == to + 2 && token_among(t, to + 1, town, sizeof town / sizeof *town)))) {
            place = m;
            arrived = true;
            break;
        }
        /* … or a visit's word a few words before the place, nothing but words between ("تعتزم
         * كالاس زيارة القاهرة"، "يبدأ تبون غدا زيارة دولة إلى إيطاليا"، "يزور باريس"), or but the
         * visitor ("زار رئيس الحكومة سعد الحريري دمشق") */
        size_t reach = tok_at(t, who->end - 1) + 1 == pt ? tok_at(t, who->start) : pt;
        for (size_t w = pt; w-- > f && w + 4 >= reach && !place && !clause_end(t, w);) {
            const rasd_form *fm;
            size_t n = rasd_form_at(v->dict, t, w, RASD_FORM_TRIGGER, &fm, NULL);
            const rasd_trigger *tr = n ? rasd_dict_trigger(v->dict, fm->target) : NULL;
            if (tr && tr->type == RASD_EV_VISIT && !tr->modifier && w + n <= pt) {
                place = m;
                visited = tr->verb && tr->perfect;   /* (told done: "زار الحريري دمشق يوم السبت") */
            }
        }
        /* … or a visit's word with its visitor right after it (past his title, and a first title
         * the dictionary does not know: "زيارة نائب رئيس مجلس الوزراء وزير الخارجية فؤاد حسين
         * إلى طهران"), then إلى and the place ("أعلنت الرئاسة تأجيل زيارة الرئيس لويس إيناسيو
         * لولا دا سيلفا إلى الصين") */
        size_t ws = tok_at(t, who->start);
        if (!place && pt > ws + 1 && tok_at(t, who->end - 1) + 2 == pt && stem_is(t, pt - 1, "الي"))
            for (size_t w = ws; w-- > f && w + 6 >= ws && !place && !clause_end(t, w);) {
                const rasd_form *fm;
                size_t n = rasd_form_at(v->dict, t, w, RASD_FORM_TRIGGER, &fm, NULL);
                const rasd_trigger *tr = n ? rasd_dict_trigger(v->dict, fm->target) : NULL;
                if (tr && tr->type == RASD_EV_VISIT && !tr->modifier && !tr->verb && w + n <= ws) place = m;
            }
        /* … or a journey's noun on إلى before it, a gathering's name between ("ألغى مودي رحلته إلى
         * قمة بريكس في قازان") */
        /* (… or a verb of leading him there between: "أرجأ روحاني جولة أوروبية كانت ستقوده إلى
         * إيطاليا") */
        static const char *const trip[] = {"رحلته", "رحلتها", "جولته", "جولتها", "جوله", "رحله"};
        static const char *const lead[] = {"تقوده", "تقودها", "ستقوده", "ستقودها"};
        for (size_t w = pt; w-- > f && w + 6 >= pt && !place && !clause_end(t, w);)
            if (token_among(t, w, trip, sizeof trip / sizeof *trip) &&
                (stem_is(t, w + 1, "الي") || (stem_is(t, pt - 1, "الي") && token_among(t, pt - 2, lead, sizeof lead / sizeof *lead))))
                place = m;
        if (place) break;
    }
    /* … or, with no place, a tour of his («يبدأ شكري غدا جولة عربية»): the subject later
     * sentences of its legs drop (dropped_subject) */
    static const char *const tour[] = {"جوله", "جولته", "جولتها"};
    static const char *const tour_letters[] = {"جول"};   /* (its letters first) */
    if (!place && span_holds(t, f, l, tour_letters, 1)) {
        for (size_t j = f; j < l; j++)
            if (token_among(t, j, tour, sizeof tour / sizeof *tour)) {
                x->subj = *who;
                x->subj_article = v->article;
                x->subj_date = x->subj_loc = x->subj_venue = NULL;
                break;
            }
    }
    if (!place) return;
    x->jr_article = v->article;
    x->jr_person = who->entity;
    x->jr_place = *place;
    x->jr_date = x->jr_text = x->jr_new = x->jr_new_text = NULL;
    /* (no day of one called off or put off, whose old and new days it may both tell …) */
    bool off = false;
    for (size_t k = f; k < l && !off; k++) off = word_class(t, k) & W_CALL_OFF;
    x->jr_off = off;
    /* (… the new one after إلى, after the publication: "أُرجئت زيارة سلام إلى دمشق، التي كانت مقررة
     * غداً الخميس، إلى الاثنين المقبل") */
    const rasd_timex *newm = NULL;
    for (size_t k = 0; k < v->ntimes && off && !newm; k++) {
        const rasd_timex *m = &v->times[k];
        size_t mt = tok_at(t, m->start);
        if (m->kind == RASD_TIMEX_TIME && m->resolved && mt > f && mt < l && stem_is(t, mt - 1, "الي") && after_publication(v, m)) {
            newm = m;
            x->jr_new = contact_date(x->ev, m);
            x->jr_new_text = x->jr_new ? keep(x->ev, v->text + m->start, m->end - m->start) : NULL;
        }
    }
    /* (… but the day it had been set for: "أرجأ بلينكن زيارته إلى بكين التي كانت مقررة الأحد") */
    /* (a day told before the place, after a verb of saying, is the telling's when one follows the
     * place in its clause: "أعلنت الرئاسة اليوم السبت أن زيارة لولا إلى الصين ستبدأ غدا الأحد") */
    size_t pt = tok_at(t, place->start), from = f;
    bool said = false;
    for (size_t j = f; j < pt && !said; j++) said = saying(t, j);
    for (size_t k = 0; k < v->ntimes && said && from == f; k++) {
        const rasd_timex *m = &v->times[k];
        size_t mt = tok_at(t, m->start);
        bool in_clause = mt > pt;
        for (size_t j = pt; j < mt && in_clause; j++) in_clause = !clause_end(t, j);
        if (m->kind == RASD_TIMEX_TIME && m->resolved && !since(v, m) && in_clause) from = pt;
    }
    for (size_t k = 0; k < v->ntimes && !x->jr_date; k++) {
        const rasd_timex *m = &v->times[k];
        if (m->kind != RASD_TIMEX_TIME || !m->resolved || since(v, m) || tok_at(t, m->start) < from) continue;
        x->jr_date = off ? set_for_day(x, v, f, m) : contact_date(x->ev, m);
        x->jr_text = x->jr_date ? keep(x->ev, v->text + m->start, m->end - m->start) : NULL;
    }
    x->guest_article = v->article;
    x->guest = *who;
    x->guest_date = x->guest_text = x->guest_loc = x->guest_venue = NULL;
    x->subj = *who;
    x->subj_article = v->article;
    x->subj_date = x->subj_loc = x->subj_venue = NULL;
    if (!arrived && !visited) return;
    x->arr_article = v->article;
    x->arr_person = who->entity;
    x->arr_place = *place;
}

/* EV-1: the person a relative clause whose last word before الذي/التي (its comma aside) is token
 * `ant` is on: the one named there, or before his title set off after him ("سوجيونو وزير خارجية
 * جمهورية إندونيسيا، الذي يزور البلاد") — the last of pers[0..np) named before it, within six
 * tokens; else NULL. */
static const rasd_entmention *guest_of(rasd_text *t, const rasd_entmention *const *pers, size_t np, size_t ant)
{
    const rasd_entmention *g = NULL;
    size_t ge = 0;
    for (size_t q = 0; q < np; q++) {
        size_t e = tok_at(t, pers[q]->end - 1);
        if (e <= ant && e + 6 >= ant && (!g || e > ge)) { g = pers[q]; ge = e; }
    }
    return g;
}

/* The persons of the bytes [s0, s1) of v when they are two, each however often named, into two;
 * else false (none, one, or three or more). */
static bool two_named(const rasd_block_view *v, size_t s0, size_t s1, const rasd_entmention *two[2])
{
    two[0] = two[1] = NULL;
    for (size_t k = 0; k < v->nents; k++) {
        const rasd_entmention *m = &v->ents[k];
        if (m->kind != RASD_ENT_PERSON || m->start < s0 || m->end > s1) continue;
        if (!two[0] || m->entity == two[0]->entity) two[0] = two[0] ? two[0] : m;
        else if (!two[1] || m->entity == two[1]->entity) two[1] = two[1] ? two[1] : m;
        else return false;
    }
    return two[1] != NULL;
}

/* EV-2: a list's header that names two persons' contacts in the plural before a colon ("أبرز
 * لقاءات الرئيسين الروسي فلاديمير بوتين والتركي رجب طيب أردوغان:"، "محطات العلاقة بين …:"): no
 * contact, but the pair whose contacts the entries after it tell, each naming no one
 * (entry_start). One that names fewer, no one or one of them, names the two the article's title
 * names ("تسلسل زمني لاتصالات ترامب وبوتين", then "وفي ما يلي أبرز محطات التواصل بين الرئيسين
 * منذ عودة ترامب إلى البيت الأبيض:"), whatever contact was told between. */
static void list_header(xjob *x, const rasd_block_view *v, size_t f, size_t l, size_t s0, size_t s1)
{
    rasd_text *t = v->t;
    const rasd_token *last = rasd_text_token_inline(t, l - 1);
    if (v->article <= 0 || l < f + 4 || last->kind != RASD_TOK_PUNCT || last->end - last->start != 1 || t->norm[last->start] != ':')
        return;
    static const char *const lists[] = {"لقاءات", "اتصالات", "مكالمات", "قمم", "زيارات", "اجتماعات", "محادثات", "محطات"};
    bool plural = false;
    for (size_t i = f; i < l && i < f + 6 && !plural; i++) plural = token_among(t, i, lists, sizeof lists / sizeof *lists);
    const rasd_entmention *two[2];
    bool two_ok = two_named(v, s0, s1, two), title = x->tpair_article == v->article;
    /* (one person named, and his contacts or stops listed — "وفي ما يلي محطاتها" — with no pair in
     * the title: the entries are his contacts with the one each names, his visits on a tour) */
    static const char *const stops[] = {"محطاتها", "محطاته", "لقاءاته", "لقاءاتها", "محطات"}, *const tour[] = {"جوله", "جولته", "جولتها"};
    bool lone = two[0] && !two[1] && !title && strcmp(two[0]->via, "pair") != 0;
    bool listed = plural;
    for (size_t i = f; i < l && lone && !listed; i++) listed = token_among(t, i, stops, sizeof stops / sizeof *stops);
    if (lone && listed) {
        x->lone = *two[0];
        x->lone_article = v->article;
        x->lone_tour = false;
        for (size_t i = f; i < l && !x->lone_tour; i++) x->lone_tour = token_among(t, i, tour, sizeof tour / sizeof *tour);
        return;
    }
    if (!plural) return;
    if (!two_ok && two[1]) return;   /* three or more: no pair */
    /* (a pair word names the title's two, whoever was named last: "بين الرئيسين"; one named alone
     * must be one of them) */
    if (two_ok && title && strcmp(two[0]->via, "pair") == 0 && strcmp(two[1]->via, "pair") == 0) two_ok = false;
    if (!two_ok) {
        if (!title || (two[0] && strcmp(two[0]->via, "pair") != 0 && two[0]->entity != x->tpair[0].entity &&
                       two[0]->entity != x->tpair[1].entity))
            return;
        two[0] = &x->tpair[0];
        two[1] = &x->tpair[1];
    }
    x->pair[0] = x->lpair[0] = *two[0];
    x->pair[1] = x->lpair[1] = *two[1];
    x->pair_article = x->lpair_article = v->article;
    x->pair_date = x->pair_text = x->pair_loc = x->pair_venue = NULL;
}

/* EV-18: the length of the first line of the block after v (up to 600 bytes) when it names a
 * delegation (the letters of وفد), else 0. */
static size_t next_delegation(const rasd_block_view *v)
{
    size_t n = v->next ? v->next_len : 0;
    const char *nl = n ? memchr(v->next, '\n', n) : NULL;
    if (nl) n = (size_t)(nl - v->next);
    if (n > 600) n = 600;
    return n && contains(v->next, n, "\xD9\x88\xD9\x81\xD8\xAF") ? n : 0;   /* وفد */
}

/* EV-18: sentence s [f, l) may tell talks and the one after it — in the block, or the next block's
 * first line after its last — name their delegations' heads: the letters of a word of talks here
 * (محادث، مفاوض، مباحث، حوار), of وفد there. */
static bool heads_may_follow(const rasd_block_view *v, size_t s, size_t f, size_t l)
{
    rasd_text *t = v->t;
    static const char *const talks[] = {"محادث", "مفاوض", "مباحث", "حوار"}, *const delegation[] = {"وفد"};
    if (s + 1 >= rasd_text_nsentences(t)) return next_delegation(v) != 0 && span_holds(t, f, l, talks, 4);
    size_t f2, l2;   /* (in the block, the one word there first: seldom found) */
    rasd_text_sentence(t, s + 1, NULL, NULL, &f2, &l2);
    return span_holds(t, f2, l2, delegation, 1) && span_holds(t, f, l, talks, 4);
}

/* EV-13: the contact noun at token i follows "بعد <a span> من" ("بعد يومين من لقائه"، "بعد ثلاثة
 * أيام من المكالمة"، "بعد ساعات من اتصاله") or غداة: how many days after it the contact the
 * sentence tells came (hours: 0); -1 when it does not. */
static int days_after(rasd_text *t, size_t f, size_t i)
{
    if (i > f && stem_is(t, i - 1, "غداه")) return 1;   /* (the day after it: "غداة مكالمة ترامب مع بوتين") */
    if (i < f + 3 || !stem_is(t, i - 1, "من")) return -1;
    static const char *const hours[] = {"ساعه", "ساعات", "ساعتين"};
    size_t u = i - 2, n = 1;   /* the unit, and how many of it */
    int per = 0;
    if (token_among(t, u, hours, sizeof hours / sizeof *hours)) per = 0;
    else if (stem_is(t, u, "يوم")) per = 1;
    else if (stem_is(t, u, "يومين")) { per = 1; n = 2; }
    else if (stem_is(t, u, "اسبوع")) per = 7;
    else if (stem_is(t, u, "اسبوعين")) { per = 7; n = 2; }
    else if (stem_is(t, u, "ايام") || stem_is(t, u, "اسابيع")) {
        per = stem_is(t, u, "ايام") ? 1 : 7;
        rasd_number num;   /* (its count before it: "ثلاثة أيام"، "3 أيام") */
        size_t c = u - 1;
        while (c > f && c + 3 > u && !(rasd_number_at(t, c, &num) && num.tok_end == u)) c--;
        if (!(rasd_number_at(t, c, &num) && num.tok_end == u) || num.value < 2 || num.value > 30) return -1;
        n = (size_t)num.value;
        u = c;
    } else return -1;
    return u > f && stem_is(t, u - 1, "بعد") ? (int)n * per : -1;
}

/* EV-18: the heads of delegations the tokens [f2, l2) of t2 name, its mentions ents[0..ne): each
 * person named first after a verb of heading and وفد (ترأس، قاد، رأس … الوفد …) in its clause, and
 * those joined to him by و; put in pers/ptok (room for 16) standing at token at. Returns how many. */
static size_t heads_in(rasd_text *t2, const rasd_entmention *ents, size_t ne, size_t f2, size_t l2, size_t at,
                       const rasd_entmention **pers, size_t *ptok)
{
    static const char *const head[] = {"تراس", "تراست", "يتراس", "تتراس", "راس", "راست", "يراس", "قاد", "قادت", "يقود", "تقود"};
    size_t n = 0;
    for (size_t i = f2; i + 2 < l2 && n < 16; i++) {
        /* a verb of heading and its delegation or side ("وترأس الوفد الروسي ميدينسكي"، "فيما يقود
         * الجانب الأمريكي أنتون"), the head named after them — or before it, on a relative pronoun
         * after his comma ("عمروف، الذي سيترأس الوفد الأوكراني") —, or the delegation's head by his
         * title or after برئاسة ("رئيس الوفد الروسي فلاديمير ميدينسكي"، "الوفد الروسي برئاسة
         * ميدينسكي") */
        bool verb = token_among(t2, i, head, sizeof head / sizeof *head) && (stem_is(t2, i + 1, "وفد") || stem_is(t2, i + 1, "جانب"));
        bool by = stem_is(t2, i, "رئيس") && stem_is(t2, i + 1, "وفد");
        bool led = stem_is(t2, i, "برئاسه") && i > f2 + 1 && (stem_is(t2, i - 1, "وفد") || stem_is(t2, i - 2, "وفد"));
        if (!verb && !by && !led) continue;
        if (verb && i >= f2 + 3 && (word_class(t2, i - 1) & W_RELATIVE) && clause_end(t2, i - 2) == 1)
            for (size_t k = 0; k < ne && n < 16; k++)   /* (the one named right before the comma) */
                if (ents[k].kind == RASD_ENT_PERSON && tok_at(t2, ents[k].end - 1) + 1 == i - 2 && !named_among(pers, n, ents[k].entity)) {
                    pers[n] = &ents[k];
                    ptok[n++] = at;
                }
        size_t e = i + 1;
        while (e < l2 && !clause_end(t2, e)) e++;
        if (!verb && e > i + 6) e = i + 6;   /* (his name a few words after the title) */
        size_t after = SIZE_MAX;   /* the end of the head named last: another joined to him by و heads it too */
        for (size_t k = 0; k < ne && n < 16; k++) {
            const rasd_entmention *m = &ents[k];
            size_t mt = tok_at(t2, m->start);
            if (m->kind != RASD_ENT_PERSON || mt <= i || mt >= e) continue;
            if (after != SIZE_MAX && !joined_by_wa(t2, after, mt)) break;
            if (!named_among(pers, n, m->entity)) { pers[n] = m; ptok[n++] = at; }
            after = tok_at(t2, m->end - 1) + 1;
            if (!verb) break;
        }
    }
    return n;
}

/* EV-18: the sentence after sentence s names the heads of the delegations of talks that s tells
 * and names no one in ("عقد الوفدان الأميركي والأوكراني محادثات في جدة أمس. وترأس الوفد الأميركي
 * روبيو، في حين ترأس الوفد الأوكراني يرماك"): heads_in (talks of one country's are none: EV-2).
 * After the block's last sentence, that is the next block's first (wire copy sets each sentence
 * apart): its text is read and its persons found here (x->peek), only when it names a delegation.
 * Puts them in pers/ptok (room for 16), standing at the talks' word, and returns how many. */
static size_t heads_next(xjob *x, const rasd_block_view *v, size_t s, const found *trig, size_t ntr,
                         const rasd_entmention **pers, size_t *ptok)
{
    rasd_text *t = v->t;
    size_t at = SIZE_MAX;   /* the talks' word, where they stand */
    for (size_t k = 0; k < ntr && at == SIZE_MAX; k++) {
        const rasd_trigger *m = rasd_dict_trigger(v->dict, trig[k].f->target);
        if (!m->modifier && m->type == RASD_EV_TALKS) at = trig[k].tok;
    }
    if (at == SIZE_MAX) return 0;
    if (s + 1 < rasd_text_nsentences(t)) {
        size_t f2, l2;
        rasd_text_sentence(t, s + 1, NULL, NULL, &f2, &l2);
        return heads_in(t, x->bents, x->nbents, f2, l2, at, pers, ptok);
    }
    size_t n = next_delegation(v);   /* (the next block's first line, if it names a delegation) */
    if (!n) return 0;
    peek_free(x);
    x->peek = rasd_text_new(v->next, n, RASD_NORM_TAMARBUTA);
    rasd_text_analyze(x->peek);
    if (rasd_text_nsentences(x->peek) == 0) return 0;
    rasd_entstate *st = rasd_entstate_new();
    rasd_datemap dm = {NULL, NULL, 0, v->dct ? (int32_t)rasd_tval_days(v->dct) : INT32_MAX};
    rasd_entity_find(v->dict, st, x->peek, &dm, &x->peek_ents);
    rasd_entstate_free(st);
    size_t f2, l2;
    rasd_text_sentence(x->peek, 0, NULL, NULL, &f2, &l2);
    rasd_entmention *pe = (rasd_entmention *)(void *)x->peek_ents.p;
    size_t npe = RASD_VEC_LEN(&x->peek_ents, rasd_entmention), nh = heads_in(x->peek, pe, npe, f2, l2, at, pers, ptok);
    /* (their bytes are the next block's: they stand at the talks' word here, as ptok says, so
     * that what reads a party's bytes in this block reads that word) */
    size_t a0 = rasd_text_source_inline(t, rasd_text_token_inline(t, at)->start), a1 = rasd_text_source_inline(t, rasd_text_token_inline(t, at)->end);
    for (size_t k = 0; k < npe; k++) { pe[k].start = a0; pe[k].end = a1; }
    return nh;
}

/* EV-2: the sentence [f, l), which names one person, opens on a verb of chairing, opening, hosting
 * or taking part (ترأس، يترأس، افتتح، استضاف، شارك …) with a contact's noun after it in its clause
 * ("ترأس خادم الحرمين الشريفين الملك سلمان اليوم أعمال القمة الافتراضية لمجموعة العشرين"): that one
 * chairs it, for those a later sentence says attended it ("وشارك في القمة ترامب وشي": the summit of
 * the three), with its type, its first day and its first place after في/بـ. */
static void chaired(xjob *x, const rasd_block_view *v, size_t f, size_t l, size_t s0, size_t s1)
{
    rasd_text *t = v->t;
    static const char *const chair[] = {"تراس", "تراست", "يتراس", "تتراس", "افتتح", "افتتحت", "يفتتح", "تفتتح",
                                        "استضاف", "استضافت", "يستضيف", "تستضيف", "شارك", "شاركت", "يشارك", "تشارك"};
    size_t i = f;
    while (i < l && i < f + 4 && rasd_text_token_inline(t, i)->kind != RASD_TOK_ARABIC) i++;
    if (i >= l || !token_among(t, i, chair, sizeof chair / sizeof *chair)) return;
    const rasd_entmention *who = first_person(v, s0, s1);
    for (size_t j = i + 1; j < l && who && !clause_end(t, j); j++) {
        const rasd_form *fm;
        size_t n = rasd_form_at(v->dict, t, j, RASD_FORM_TRIGGER, &fm, NULL);
        if (!n) continue;
        const rasd_trigger *m = rasd_dict_trigger(v->dict, fm->target);
        if (m->verb || m->modifier) return;
        x->chair_article = v->article;
        x->chair = *who;
        x->chair_type = m->type;
        x->chair_date = x->chair_text = NULL;
        x->chair_place.entity = 0;
        for (size_t q = 0; q < v->ntimes && !x->chair_date; q++) {   /* (its first day) */
            const rasd_timex *tm = &v->times[q];
            if (tm->kind != RASD_TIMEX_TIME || !tm->resolved || tm->tval.grain < RASD_GRAIN_DAY || since(v, tm) ||
                tm->start < s0 || tm->end > s1)
                continue;
            x->chair_date = contact_date(x->ev, tm);
            x->chair_text = keep(x->ev, v->text + tm->start, tm->end - tm->start);
        }
        for (size_t q = 0; q < v->nents && !x->chair_place.entity; q++) {   /* (its first place after في/بـ) */
            const rasd_entmention *pm = &v->ents[q];
            if (!(pm->kind == RASD_ENT_PLACE || (pm->kind == RASD_ENT_COUNTRY && strcmp(pm->via, "name") == 0)) ||
                pm->start < s0 || pm->end > s1)
                continue;
            size_t pt = tok_at(t, pm->start);
            if ((pt > f && stem_is(t, pt - 1, "في")) || (rasd_text_token_inline(t, pt)->clitics & RASD_CL_BI)) x->chair_place = *pm;
        }
        return;
    }
}

/* Someone of pers (np of them) other than the person `but` is a party of the article's last event
 * ("… وكان مودي في استقباله. ويعقد الزعيمان اليوم الجمعة محادثات": the visit's own talks). */
static bool met_last(const xjob *x, const rasd_block_view *v, const rasd_entmention *const *pers, size_t np, uint32_t but)
{
    size_t ne = RASD_VEC_LEN(&x->ev->items, xevent);
    if (!ne) return false;
    const rasd_event *last = &RASD_VEC_AT(&x->ev->items, xevent, ne - 1).e;
    if (last->article != v->article) return false;
    for (size_t q = 0; q < np; q++) {
        if (pers[q]->entity == but) continue;
        const char *name = rasd_dict_entity(v->dict, pers[q]->entity)->name;
        for (size_t k = 0; k < last->nparticipants; k++)
            if (strcmp(last->participants[k], name) == 0) return true;
    }
    return false;
}

/* Days from ISO day a to ISO day b ("YYYY-MM-DD" both), or INT_MIN when either is no day. */
static int days_between(const char *a, const char *b)
{
    rasd_tval va, vb;
    if (!iso_day(a, &va) || !iso_day(b, &vb)) return INT_MIN;
    return (int)(rasd_days_from_civil(vb.year, vb.month, vb.day) - rasd_days_from_civil(va.year, va.month, va.day));
}

static void sentence_events(xjob *x, const rasd_block_view *v, size_t s)
{
    rasd_text *t = v->t;
    const rasd_dict *d = v->dict;
    size_t b0, b1, f, l;
    x->told = 0;
    rasd_text_sentence(t, s, &b0, &b1, &f, &l);
    if (f >= l) return;
    size_t s0 = rasd_text_source_inline(t, b0), s1 = rasd_text_source_inline(t, b1);
    /* where the sentence's own words open: after a dateline it starts with (EV-7) */
    size_t fo = v->copy_at > s0 && v->copy_at < s1 ? tok_at(t, v->copy_at) : f;
    /* fewer than two persons named: no contact (EV-2), whatever the words — the cheap test first */
    /* (persons, not mentions: "وصل الشيخ تميم أمير البلاد المفدى" names one) */
    size_t named = 0;
    uint32_t first_named = UINT32_MAX;
    for (size_t k = 0; k < v->nents && named < 2; k++)
        if (v->ents[k].kind == RASD_ENT_PERSON && v->ents[k].start >= s0 && v->ents[k].end <= s1 &&
            strcmp(v->ents[k].via, "principal") != 0 && v->ents[k].role != RASD_ROLE_SPOKESPERSON && v->ents[k].entity != first_named) {
            first_named = v->ents[k].entity;
            named++;
        }
    /* EV-2: a message like the one told before it in the article, its sender alone named ("كما
     * بعث ولي العهد برقية تهنئة مماثلة لفخامته"، "ببرقية تهنئة مماثلة"): to that one's recipient */
    size_t similar = SIZE_MAX;
    if (x->sim_article == v->article && v->article > 0)
        for (size_t i = f; i < l && similar == SIZE_MAX; i++)
            if (similar_word(t, i)) similar = i;
    /* EV-2: the guest (الضيف، الضيفة) named bare, no country's adjective after it (ENT-7 reads
     * that one), after a visitor was told in the article: that visitor ("وصل فيدان إلى بغداد اليوم.
     * وسيلتقي الضيف رئيس الوزراء غدا") — not one a ceremony honours ("مأدبة غداء على شرف الضيف") */
    size_t guest_tok = SIZE_MAX;
    if (named == 1 && x->guest_article == v->article && v->article > 0)
        for (size_t i = f; i < l && guest_tok == SIZE_MAX; i++)
            if ((stem_is(t, i, "الضيف") || stem_is(t, i, "الضيفه")) && !covered(v, i, i + 1, COVER_PERSON, 0) &&
                !(i > f && (stem_is(t, i - 1, "شرف") || stem_is(t, i - 1, "تكريما"))))   /* a ceremony in his honour */
                guest_tok = i;
    named += guest_tok != SIZE_MAX;
    /* EV-2: one named, the subject dropped (dropped_subject, below) */
    bool drop_may = named == 1 && x->subj_article == v->article && v->article > 0 &&
                    (stem_is(t, f, "كما") || stem_is(t, f, "ثم") || wa_opens(t, f) ||
                     /* (a plan's opening only on a journey told alone: after a contact of two, either
                      * may be the one who will meet) */
                     (plan_opening(t, f, l) && x->jr_article == v->article && x->subj.entity == x->jr_person));
    /* EV-2: those who attend a gathering whose chair alone was told (below) */
    const bool chair_may = named >= 1 && x->chair_article == v->article && v->article > 0;
    /* EV-2: a list entry that names no one, of a list of one pair's contacts, is theirs (below) */
    /* (read only where it can matter: a pair told before, or persons enough for a contact) */
    const bool paired = x->pair_article == v->article && v->article > 0;
    const rasd_entmention *entry_place = NULL;   /* EV-7: the city heading a list entry */
    const bool lone = x->lone_article == v->article && v->article > 0 && named == 1;   /* (an entry under one's header) */
    size_t entry = paired || lone ? entry_start(v, f, l, &entry_place) : SIZE_MAX;   /* (none: no pair, no header's one) */
    /* EV-2: a contact called off or denied with fewer than two named may be the pair's (below) */
    bool recall = false;
    if (paired && named < 2) {
        /* (their letters first, not every token's classes: most such sentences have none of لغ
         * (ألغى)، رج (أرجأ)، اج (أجل، تأجيل)، ؤج (يؤجل)، نف (نفى)، ناف (نافيا)) */
        static const char *const letters[] = {"لغ", "رج", "اج", "ؤج", "نف", "ناف"};
        bool may = span_holds(t, f, l, letters, sizeof letters / sizeof *letters);
        for (size_t i = f; i < l && may && !recall; i++) recall = word_class(t, i) & W_CALL_OFF;
    }
    /* EV-2: one of the pair named in a sentence told during their contact named again ("وتم
     * الاتفاق خلال الاتصال على ترتيب زيارة للرئيس السيسي إلى واشنطن"): the pair's (below) */
    bool in_pair_contact = false;
    if (paired && named == 1)
        for (size_t i = f; i + 1 < l && !in_pair_contact; i++)
            in_pair_contact = (stem_is(t, i, "خلال") || stem_is(t, i, "اثناء")) && named_before(t, i + 1) &&
                              rasd_form_at(d, t, i + 1, RASD_FORM_TRIGGER, &(const rasd_form *){NULL}, NULL);
    /* EV-2: a contact said to be between the two (بينهما) right next to its word, or told by a verb
     * in the dual, in a sentence that names neither ("وفي 2 كانون الأول/ديسمبر 2022، جرى بينهما
     * اتصال"): the pair's (below) */
    size_t between = SIZE_MAX;
    for (size_t i = f; i < l && paired && named == 0 && between == SIZE_MAX; i++) {
        if (stem_is(t, i, "بينهما") &&
            ((i > f && rasd_form_at(d, t, i - 1, RASD_FORM_TRIGGER, &(const rasd_form *){NULL}, NULL)) ||
             (i + 1 < l && rasd_form_at(d, t, i + 1, RASD_FORM_TRIGGER, &(const rasd_form *){NULL}, NULL))))
            between = i;
        /* … and so is a contact's verb in the dual, its subject the two, in a sentence with a day of
         * its own ("كما اجتمعا في طهران في 19 يوليو 2022"; not "واجتمعا لاحقا على انفراد", the same
         * day's) */
        const rasd_form *fm;
        if (between == SIZE_MAX && dual_verb(t, i) && rasd_form_at(d, t, i, RASD_FORM_TRIGGER, &fm, NULL) &&
            rasd_dict_trigger(d, fm->target)->verb && !rasd_dict_trigger(d, fm->target)->modifier && day_in(v, f, l))
            between = i;
    }
    /* … and so is one a verb in the dual tells right after the dual pronoun of أن/إن, the
     * sentence naming at most one of them ("وأعلن ترامب أنهما سيلتقيان قريبا في بودابست") */
    static const char *const both[] = {"انهما", "بانهما"};
    for (size_t i = f; i + 1 < l && paired && named <= 1 && between == SIZE_MAX; i++) {
        const rasd_form *fm;
        if (dual_verb(t, i + 1) && token_among(t, i, both, 2) && rasd_form_at(d, t, i + 1, RASD_FORM_TRIGGER, &fm, NULL) &&
            rasd_dict_trigger(d, fm->target)->verb && !rasd_dict_trigger(d, fm->target)->modifier)
            between = i + 1;
    }
    if (named + (similar != SIZE_MAX) + drop_may + chair_may + 2 * (entry != SIZE_MAX) + 2 * recall + in_pair_contact + 2 * (between != SIZE_MAX) < 2 &&
        !(named <= 1 && heads_may_follow(v, s, f, l))) {
        carried_duration(x, v, f, l, s0, s1);
        if (named == 1 && v->article > 0) arrival(x, v, fo, l, s0, s1, NULL);
        if (named == 1 && v->article > 0) chaired(x, v, fo, l, s0, s1);
        if ((x->tpair_article == v->article || named == 1) && v->article > 0) list_header(x, v, f, l, s0, s1);
        x->told = -1;   /* set_scene asks, when the sentence states a day */
        return;
    }
    found trig[16], cues[16];
    size_t ntr = 0, ncu = 0;
    for (size_t i = f; i < l;) {
        const rasd_form *fm;
        bool fut = false;
        size_t n = rasd_form_at(d, t, i, RASD_FORM_TRIGGER | RASD_FORM_CUE, &fm, &fut);
        size_t with = n || !talk_at(t, i) ? 0 : spoken_with(v, i, l, &fm);
        if (with) {   /* (its مع or إلى read again: a cue may start there, "مع الصحفيين") */
            if (ntr < 16) trig[ntr++] = (found){i, with, fm, (rasd_text_token_inline(t, i)->clitics & RASD_CL_SA) != 0};
            i += with - 1;
            continue;
        }
        if (!n) { i++; continue; }
        found fd = {i, n, fm, fut};
        /* أجّل 'postponed', but not من أجل / لأجل 'in order to' */
        if (!(fm->flags & RASD_FORM_TRIGGER) && stem_is(t, i, "اجل") &&
            ((i > f && stem_is(t, i - 1, "من")) || (rasd_text_token_inline(t, i)->clitics & RASD_CL_LI))) { i += n; continue; }
        if ((fm->flags & RASD_FORM_TRIGGER) && ministry(t, i, n)) { i += n; continue; }
        /* هنا 'here', written without its hamza, before a time or a clause's end, not هنأ
         * 'congratulated': "التقى الرئيس الصيني شي جين بينغ هنا اليوم (الجمعة) ولي العهد" */
        if ((fm->flags & RASD_FORM_TRIGGER) && n == 1 && stem_is(t, i, "هنا") &&
            rasd_text_source_inline(t, t->tok[i].end) - rasd_text_source_inline(t, t->tok[i].start) == strlen("هنا") &&
            memcmp(v->text + rasd_text_source_inline(t, t->tok[i].start), "هنا", strlen("هنا")) == 0 &&
            (i + 1 >= l || clause_end(t, i + 1) || covered(v, i + 1, i + 2, COVER_TIME, 0))) { i += n; continue; }
        /* عزت 'attributed' (عزا … إلى), not 'consoled' (عزّت … في/بـ): "وعزت المصادر التأجيل إلى
         * تضارب في جدول أعمال الرئيسين" */
        if ((fm->flags & RASD_FORM_TRIGGER) && stem_is(t, i, "عزت")) {
            bool to = false;
            for (size_t j = i + 1; j < l && j < i + 6 && !clause_end(t, j) && !stem_is(t, j, "في") && !to; j++) to = stem_is(t, j, "الي");
            if (to) { i += n; continue; }
        }
        /* a definite contact noun after هو/هي names the one just told ("…، وهو الاتصال الثالث بين
         * الرئيسين هذا العام"): no trigger; so does a visit after a demonstrative when a journey
         * was told before in the article ("يبدأ ماركوس الأربعاء زيارة إلى اليابان. وتعد هذه الزيارة
         * الثانية لماركوس إلى شرق آسيا"; not "شكر ترامب بوتين على هذا الاتصال" told alone), and
         * any after a demonstrative when the article's last contact was of its kind ("تلقى مبارك
         * اتصالا من أولمرت. وأطلع مبارك أبو مازن على نتائج هذا الاتصال") */
        /* … and so does one a relative clause says others attended ("وأكد الملك، خلال اللقاء
         * الذي حضره رئيس الوزراء، …": those named there attended the one told before, EV-2) */
        static const char *const attended[] = {"حضره", "حضرها", "حضرهما"};
        if ((fm->flags & RASD_FORM_TRIGGER) && (rasd_text_token_inline(t, i)->clitics & RASD_CL_AL) && i + n + 1 < l &&
            !rasd_dict_trigger(d, fm->target)->verb && (stem_is(t, i + n, "الذي") || stem_is(t, i + n, "التي")) &&
            token_among(t, i + n + 1, attended, sizeof attended / sizeof *attended)) {
            i += n;
            continue;
        }
        static const char *const it_is[] = {"هو", "هي", "وهو", "وهي"};
        static const char *const demonst[] = {"هذه", "وهذه", "هذا", "وهذا"};
        if ((fm->flags & RASD_FORM_TRIGGER) && i > f && (rasd_text_token_inline(t, i)->clitics & RASD_CL_AL) &&
            !rasd_dict_trigger(d, fm->target)->verb &&
            (token_among(t, i - 1, it_is, sizeof it_is / sizeof *it_is) ||
             (token_among(t, i - 1, demonst, sizeof demonst / sizeof *demonst) &&
              ((x->jr_article == v->article && v->article > 0 && rasd_dict_trigger(d, fm->target)->type == RASD_EV_VISIT) ||
               (told_last(x, v, rasd_event_type_name(rasd_dict_trigger(d, fm->target)->type))))))) {
            i += n;
            continue;
        }
        /* … and so does one an ordinal before it counts, after this/it, with no contact told before
         * it in its sentence but one of its kind told last in the article ("… حيث يستقبله ترامب غدا.
         * وهذه ثالث زيارة لنتنياهو إلى البيت الأبيض"; not "التقى السيسي أردوغان في أنقرة، وهي أول
         * زيارة …", the meeting's kind, nor "وهذا أول لقاء بين ترامب وزيلينسكي منذ …" told alone, nor
         * هو الآخر, "he too": "وبعث الحلبوسي هو الآخر برقية تهنئة إلى سعيد") */
        static const char *const this_is[] = {"هو", "هي", "وهو", "وهي", "هذه", "وهذه", "هذا", "وهذا"};
        if ((fm->flags & RASD_FORM_TRIGGER) && !ntr && i > f + 1 && !rasd_dict_trigger(d, fm->target)->verb &&
            (word_class(t, i - 1) & W_ORDINAL) && !(rasd_text_token_inline(t, i - 1)->clitics & RASD_CL_AL) &&
            token_among(t, i - 2, this_is, sizeof this_is / sizeof *this_is) &&
            told_last(x, v, rasd_event_type_name(rasd_dict_trigger(d, fm->target)->type))) { i += n; continue; }
        /* يتصل بـ 'relates to' ("رسالة … تتصل بالعلاقات الثنائية"): a call only with a person or a
         * pronoun after بـ */
        if ((fm->flags & RASD_FORM_TRIGGER) && i + n < l && n == 1 && rasd_dict_trigger(d, fm->target)->verb &&
            rasd_dict_trigger(d, fm->target)->type == RASD_EV_CALL &&
            (stem_is(t, i, "اتصل") || stem_is(t, i, "يتصل") || stem_is(t, i, "تتصل") || stem_is(t, i, "اتصلت")) &&
            (rasd_text_token_inline(t, i + n)->clitics & RASD_CL_BI) && !(word_class(t, i + n) & W_SELF) &&
            !covered(v, i + n, i + n + 1, COVER_PERSON, 0)) { i += n; continue; }
        if ((fm->flags & RASD_FORM_TRIGGER) && ntr < 16) trig[ntr++] = fd;
        else if ((fm->flags & RASD_FORM_CUE) && ncu < 16) cues[ncu++] = fd;
        /* a cue's last word may open a trigger that goes on past it ("على عقد" and "عقد جولة" in
         * "اتفقا على عقد جولة ثالثة"): the cue ends before it, which is read from there */
        const rasd_form *f2;
        if (!(fm->flags & RASD_FORM_TRIGGER) && n > 1 && ncu && cues[ncu - 1].tok == i &&
            rasd_form_at(d, t, i + n - 1, RASD_FORM_TRIGGER, &f2, NULL) > 1)
            cues[ncu - 1].len = --n;
        i += n;
    }
    /* a definite contact noun after a word of its record (ملخص، محضر، تفاصيل، نص، فحوى، مضمون)
     * names the contact a later trigger of its type in the sentence tells, no other: "أفاد البيت
     * الأبيض في ملخص للاتصال بأن بايدن أبلغ نتنياهو، خلال مكالمة هاتفية أمس، …" */
    static const char *const record[] = {"ملخص", "محضر", "تفاصيل", "نص", "فحوي", "مضمون"};
    size_t nrec = 0;
    for (size_t k = 0; k < ntr; k++) {
        const rasd_trigger *mk0 = rasd_dict_trigger(d, trig[k].f->target);
        bool again = false;
        if (trig[k].tok > f && !mk0->verb && (rasd_text_token_inline(t, trig[k].tok)->clitics & RASD_CL_AL) &&
            token_among(t, trig[k].tok - 1, record, sizeof record / sizeof *record))
            for (size_t q = k + 1; q < ntr && !again; q++)
                again = !rasd_dict_trigger(d, trig[q].f->target)->modifier && rasd_dict_trigger(d, trig[q].f->target)->type == mk0->type;
        if (!again) trig[nrec++] = trig[k];
    }
    ntr = nrec;
    ntr = spoken_calls(v, f, trig, ntr);
    /* EV-1: a label that heads a list entry and names no one ("اللقاء الأول:"، "الزيارة المؤجلة:"،
     * "القمة الملغاة:") names the contact the entry goes on to tell: its words are no trigger or
     * cue of their own when a trigger follows its colon */
    size_t label_end = l < f + 5 ? l : f + 5, label = colon_in(t, f, label_end);
    if (label < label_end && label > f && ntr && trig[ntr - 1].tok > label) {
        bool named_in = false;
        for (size_t k = 0; k < v->nents && !named_in; k++)
            named_in = v->ents[k].kind == RASD_ENT_PERSON && v->ents[k].start >= s0 && tok_at(t, v->ents[k].start) < label;
        size_t kt = 0, kc = 0;
        for (size_t k = 0; k < ntr; k++) if (named_in || trig[k].tok > label) trig[kt++] = trig[k];
        for (size_t k = 0; k < ncu; k++) if (named_in || cues[k].tok > label) cues[kc++] = cues[k];
        ntr = kt;
        ncu = kc;
    }
    for (size_t k = 0; k < ntr && !x->told; k++) x->told = !rasd_dict_trigger(d, trig[k].f->target)->modifier;
    if (!ntr) {
        list_header(x, v, f, l, s0, s1);
        return;
    }
    /* EV-2: the persons of the sentence */
    const rasd_entmention *pers[16];
    size_t np = 0, ptok[16], thing_end = SIZE_MAX;   /* the token after the last one named as a thing */
    uint32_t thing_ent = UINT32_MAX;                 /* … and who he is */
    for (size_t k = 0; k < v->nents && np < 16; k++) {
        const rasd_entmention *m = &v->ents[k];
        if (m->kind != RASD_ENT_PERSON || m->start < s0 || m->end > s1) continue;
        /* (an agent's principal, and one joined to him by و: "الأخضر الإبراهيمي الممثل الخاص للأمين
         * العام للأمم المتحدة والأمين العام لجامعة الدول العربية" is Brahimi alone) */
        if (strcmp(m->via, "principal") == 0) {
            thing_end = tok_at(t, m->end - 1) + 1;
            thing_ent = m->entity;
            continue;
        }
        if (m->role == RASD_ROLE_SPOKESPERSON) continue;   /* a spokesperson reports contacts, takes no part */
        ptok[np] = tok_at(t, m->start);
        if (in_capacity(t, trig, ntr, f, ptok[np])) continue;
        /* and those joined to him by و ("جهود ترامب وأمير قطر والرئيس السيسي"), and his title right
         * after his name ("نيابة عن حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة ملك البلاد") */
        /* (… and one who, named, will not or did not take part: "أن الملك محمد السادس لم يشارك في
         * أشغال القمة") */
        if (named_as_thing(t, f, ptok[np]) || not_partaking(t, tok_at(t, m->end - 1) + 1) ||
            (ptok[np] == thing_end && ((rasd_text_token_inline(t, ptok[np])->clitics & RASD_CL_WA) || m->entity == thing_ent))) {
            thing_end = tok_at(t, m->end - 1) + 1;
            thing_ent = m->entity;
            continue;
        }
        pers[np++] = m;
    }
    if (guest_tok != SIZE_MAX && np < 16) {   /* the guest, standing at his word, in the text's order */
        const rasd_token *gt = rasd_text_token_inline(t, guest_tok);
        x->guest_at = x->guest;
        x->guest_at.start = rasd_text_source_inline(t, gt->start);
        x->guest_at.end = rasd_text_source_inline(t, gt->end);
        x->guest_at.via = "coref";
        size_t q = 0;
        while (q < np && ptok[q] < guest_tok) q++;
        memmove(pers + q + 1, pers + q, (np - q) * sizeof *pers);
        memmove(ptok + q + 1, ptok + q, (np - q) * sizeof *ptok);
        pers[q] = &x->guest_at;
        ptok[q] = guest_tok;
        np++;
    }
    /* EV-2: one at whose invitation two others met (بدعوة من، تلبية لدعوة من) takes no part ("التقى
     * البرهان نتنياهو في عنتيبي، بدعوة من الرئيس الأوغندي موسيفيني") — with only one other named he
     * is the host ("زار ماكرون الجزائر بدعوة من الرئيس تبون") */
    for (size_t q = 0; q < np; q++) {
        bool asked = false;   /* (دعوة a few words before him: the cheap test first) */
        for (size_t i = ptok[q] > f + 7 ? ptok[q] - 7 : f; i < ptok[q] && !asked; i++) asked = stem_is(t, i, "دعوه");
        if (!asked) continue;
        size_t h = honorifics_before(t, f, ptok[q]);
        if (!(h >= f + 2 && stem_is(t, h - 1, "من") && stem_is(t, h - 2, "دعوه"))) continue;
        size_t others = 0;
        for (size_t r = 0; r < np; r++) {
            bool again = pers[r]->entity == pers[q]->entity;
            for (size_t u = 0; u < r && !again; u++) again = pers[u]->entity == pers[r]->entity;
            others += !again;
        }
        if (others < 2) continue;
        const uint32_t inviter = pers[q]->entity;
        size_t kept = 0;
        for (size_t r = 0; r < np; r++)
            if (pers[r]->entity != inviter) { pers[kept] = pers[r]; ptok[kept++] = ptok[r]; }
        np = kept;
        break;
    }
    /* EV-2: one who proposes or urges a contact between the one he asks and another named after
     * its word (دعا، اقترح، حث …, his addressee after it or after على) takes no part: "اقترح
     * ماكرون على روحاني عقد لقاء مع ترامب"، "حث ماكرون روحاني على لقاء ترامب" are Rouhani and
     * Trump (not "دعا بوتين ترامب إلى زيارة موسكو", whose second party is the one who invites) */
    bool brokered = false;
    for (size_t c = 0; c < ncu && np >= 3; c++) {   /* (its verb is a proposal's cue: the cues found) */
        size_t i = cues[c].tok;
        if (rasd_dict_cue(d, cues[c].f->target)->status != RASD_ST_PROPOSED || !proposes(t, i) || stem_is(t, i, "استعداده") ||
            stem_is(t, i, "استعدادها"))
            continue;
        size_t w = SIZE_MAX, we = 0;   /* the first contact word after it, and its end */
        for (size_t k = 0; k < ntr && w == SIZE_MAX; k++)
            if (trig[k].tok > i && !rasd_dict_trigger(d, trig[k].f->target)->modifier) w = trig[k].tok, we = trig[k].tok + trig[k].len;
        if (w == SIZE_MAX) break;
        const rasd_entmention *by = NULL, *asked = NULL, *other = NULL;
        for (size_t q = 0; q < np; q++) {
            if (ptok[q] == i + 1 || ptok[q] < i) by = pers[q];   /* (the subject after the verb, else the last before it) */
            else if (by && ptok[q] > i + 1 && ptok[q] < w && !asked && pers[q]->entity != by->entity) asked = pers[q];
            /* (… and the other right after the contact's word, or after its مع: "لقاء مع ترامب") */
            else if (asked && (ptok[q] == we || (ptok[q] == we + 1 && stem_is(t, we, "مع"))) && !other && pers[q]->entity != by->entity &&
                     pers[q]->entity != asked->entity)
                other = pers[q];
        }
        if (!by || !asked || !other) break;
        for (size_t j = i + 1; j < w; j++)   /* (no clause between: the one asked is his object) */
            if (clause_end(t, j)) other = NULL;
        if (!other) break;
        const uint32_t gone = by->entity;
        brokered = true;
        size_t kept = 0;
        for (size_t r = 0; r < np; r++)
            if (pers[r]->entity != gone) { pers[kept] = pers[r]; ptok[kept++] = ptok[r]; }
        np = kept;
        break;
    }
    bool told_message = false;
    for (size_t k = 0; k < ntr && similar != SIZE_MAX; k++)
        told_message |= trig[k].tok < similar && rasd_dict_trigger(d, trig[k].f->target)->type == RASD_EV_MESSAGE;
    bool one = np >= 1 && pers[0]->entity != x->sim_to;   /* one person named, maybe twice */
    for (size_t q = 1; q < np && one; q++) one = pers[q]->entity == pers[0]->entity;
    /* … also from two senders joined by و, named before it ("كما بعث ولي العهد وسمو رئيس مجلس
     * الوزراء ببرقيتي تهنئة مماثلتين"): one from each */
    size_t s2 = 1;   /* the second sender's first mention (each maybe named again by a title) */
    while (s2 < np && pers[s2]->entity == pers[0]->entity) s2++;
    bool co_senders = told_message && s2 < np && pers[0]->entity != x->sim_to && pers[s2]->entity != x->sim_to &&
                      next_in_list(t, tok_at(t, pers[s2 - 1]->end - 1) + 1, ptok[s2], trig, ntr);
    for (size_t q = 0; q < np && co_senders; q++)
        co_senders = ptok[q] < similar && (pers[q]->entity == pers[0]->entity || pers[q]->entity == pers[s2]->entity);
    if (told_message && (one || co_senders) && np < 16) {
        const rasd_token *st = rasd_text_token_inline(t, similar);
        x->sim = (rasd_entmention){RASD_ENT_PERSON, rasd_text_source_inline(t, st->start), rasd_text_source_inline(t, st->end),
                                   x->sim_to, RASD_ROLE_NONE, "", "coref", ""};
        pers[np] = &x->sim;
        ptok[np++] = similar;
    }
    one = np >= 1;   /* one person named, maybe twice, not the subject of the contact told before */
    for (size_t q = 0; q < np && one; q++) one = pers[q]->entity == pers[0]->entity && pers[q]->entity != x->subj.entity;
    bool dropped = false;   /* the subject is the one of the contact told before */
    if (drop_may && one && np < 16) {
        size_t vb = dropped_subject(v, f, l, trig, ntr, ptok[0], tok_at(t, pers[0]->end - 1) + 1);
        if (vb != SIZE_MAX) {
            np = stand_first(t, &x->dropped, &x->subj, vb, "coref", pers, ptok, np);
            dropped = true;
        }
    }
    /* EV-2: those who attend a gathering named again whose chair alone was told before (chaired:
     * "ترأس الملك سلمان اليوم أعمال القمة الافتراضية لمجموعة العشرين. وشارك في القمة ترامب وشي"),
     * with him, standing at its noun — one of them of another country than his (not a cabinet's
     * ministers: "ترأس السيسي اجتماعا للحكومة. وحضر الاجتماع رئيس الوزراء مصطفى مدبولي") */
    bool chair_join = false;
    for (size_t k = 0; k < ntr && chair_may && np >= 1 && np < 16 && !chair_join; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        size_t a = trig[k].tok;
        if (m->verb || m->modifier || (m->type != RASD_EV_MEETING && m->type != RASD_EV_VIDEO_CALL) || a <= f ||
            !(rasd_text_token_inline(t, a)->clitics & RASD_CL_AL))
            continue;
        size_t g = a > f + 1 && (stem_is(t, a - 1, "جلسه") || stem_is(t, a - 1, "جلسات")) ? a - 1 : a;   /* (its session) */
        if (!((g > f && (word_class(t, g - 1) & W_ATTEND)) || (g >= f + 2 && stem_is(t, g - 1, "في") && (word_class(t, g - 2) & W_ATTEND))))
            continue;
        bool foreign = false;
        for (size_t q = 0; q < np; q++) {
            if (pers[q]->entity == x->chair.entity) { foreign = false; break; }
            foreign = foreign || (pers[q]->role_of && pers[q]->role_of[0] && x->chair.role_of && x->chair.role_of[0] &&
                                  strcmp(pers[q]->role_of, x->chair.role_of) != 0);
        }
        if (!foreign) break;
        np = stand_first(t, &x->chair_at, &x->chair, a, "chair", pers, ptok, np);
        chair_join = true;
    }
    /* EV-2: a list entry that names no one in its first clause and opens on a contact's noun, or on a verb of two
     * ("9 أيلول/سبتمبر 2021: اتصال ثان استمر 90 دقيقة"، "28 تموز/يوليو 2022: أطول اتصال هاتفي
     * بينهما"، "…: التقيا في …"): a contact of the two whose contacts the list's header names
     * (list_header), else of the two the last contact of the article was between, standing at
     * the colon */
    const rasd_entmention *lp = x->lpair_article == v->article ? x->lpair : x->pair;
    size_t entry_end = entry;   /* the entry's first clause: no one named there */
    while (entry != SIZE_MAX && entry_end < l && !clause_end(t, entry_end)) entry_end++;
    /* (… or only one of the pair there, and no one else: "- 6 ديسمبر 2021: زيارة بوتين إلى نيودلهي") */
    bool one_of_pair = entry != SIZE_MAX && np > 0;
    for (size_t q = 0; q < np && one_of_pair; q++)
        one_of_pair = pers[q]->entity == pers[0]->entity && (pers[q]->entity == lp[0].entity || pers[q]->entity == lp[1].entity);
    /* (… or only others after بمشاركة, or after مع when the contact is said to be of several at
     * once, who joined the two: "- 14 ديسمبر 2021: اجتماع ثلاثي في بروكسل مع رئيس المجلس الأوروبي
     * شارل ميشيل"، "لقاء في براغ بمشاركة ماكرون وميشيل"; not "اتصال هاتفي مع شولتس", another's) */
    size_t joins = SIZE_MAX;
    bool several = false;
    /* (the contact's word may follow its round's, "- 19 أبريل: الجولة الثانية من المحادثات في روما") */
    size_t lead = entry;
    if (entry != SIZE_MAX && ntr && trig[0].tok > entry + 1 && trig[0].tok <= entry + 4 && stem_is(t, trig[0].tok - 1, "من") &&
        stem_is(t, entry, "جوله"))
        lead = trig[0].tok - 1;
    if (entry != SIZE_MAX && np > 0 && np < 14 && ptok[0] < entry_end && trig[0].tok <= lead + 1)
        for (size_t i = trig[0].tok; i < ptok[0] && joins == SIZE_MAX; i++) {
            several = several || (word_class(t, i) & W_JOINT);
            if ((several && stem_is(t, i, "مع")) || stem_is(t, i, "بمشاركه") ||
                (stem_is(t, i, "مشاركه") && (rasd_text_token_inline(t, i)->clitics & RASD_CL_BI)))
                joins = i;
        }
    /* (… or only company, after بحضور، برعاية …, no party: "- 6 أكتوبر 2022: لقاء في براغ على هامش
     * قمة المجموعة السياسية الأوروبية بحضور ماكرون وميشال" is the pair's meeting) */
    size_t company = SIZE_MAX;
    if (entry != SIZE_MAX && np > 0 && ptok[0] < entry_end && trig[0].tok <= lead + 1 && joins == SIZE_MAX)
        for (size_t i = trig[0].tok; i < ptok[0] && company == SIZE_MAX; i++)
            if (word_class(t, i) & W_COMPANY) company = i;
    for (size_t q = 0; q < np && (joins != SIZE_MAX || company != SIZE_MAX); q++)
        if (pers[q]->entity == lp[0].entity || pers[q]->entity == lp[1].entity || ptok[q] >= entry_end) joins = company = SIZE_MAX;
    bool entry_none = paired && entry != SIZE_MAX &&
                      (np == 0 || ptok[0] > entry_end || one_of_pair || joins != SIZE_MAX || company != SIZE_MAX) &&
                      !side_unnamed(v, trig[0].tok + trig[0].len, entry_end);
    if (entry_none && trig[0].tok <= lead + 1 && !rasd_dict_trigger(d, trig[0].f->target)->modifier &&
        (!rasd_dict_trigger(d, trig[0].f->target)->verb || dual_verb(t, trig[0].tok))) {
        const rasd_entmention *joined[16];
        size_t jtok[16], nj = joins != SIZE_MAX ? np : 0;
        for (size_t q = 0; q < nj; q++) { joined[q] = pers[q]; jtok[q] = ptok[q]; }
        /* (those named in a later clause are what it was about: "…، وهيمنت عليه زيارة بيلوسي";
         * with those who joined, the two stand in the contact's clause, at its word) */
        np = stand_pair(x, lp, t, nj ? trig[0].tok : entry - 1, pers, ptok);
        for (size_t q = 0; q < nj; q++) { pers[np] = joined[q]; ptok[np++] = jtok[q]; }
    }
    /* EV-2: a list entry under a header that names one person's contacts or tour (list_header)
     * that names one other after مع, right after its contact's noun past a city and its comma
     * ("- 27 ديسمبر: كمبالا، لقاء مع الرئيس الأوغندي يوويري موسيفيني"): a contact of the two, a
     * visit of his on a tour */
    bool lone_entry = false;   /* (one that names him again has one party: no contact) */
    if (lone && entry != SIZE_MAX && np >= 1 && np < 16 && ptok[0] > f && stem_is(t, ptok[0] - 1, "مع")) {
        size_t w = entry, c = entry;   /* (past its city: "كمبالا،"، "أديس أبابا،") */
        while (c < ptok[0] && c < w + 3 && covered(v, c, c + 1, COVER_PLACE, 0)) c++;
        if (c > w && c + 1 < ptok[0] && clause_end(t, c) == 1) w = c + 1;
        for (size_t k = 0; k < ntr && !lone_entry; k++)
            lone_entry = trig[k].tok == w && trig[k].tok + trig[k].len == ptok[0] - 1 && !rasd_dict_trigger(d, trig[k].f->target)->verb;
        if (lone_entry) {
            memmove(pers + 1, pers, np * sizeof *pers);
            memmove(ptok + 1, ptok, np * sizeof *ptok);
            pers[0] = &x->lone;
            ptok[0] = w;
            np++;
        }
    }
    /* EV-2: a contact called off or denied, named fewer than two there, by a definite noun that
     * ends its phrase ("لكن ترامب ألغى اليوم القمة"، "تأجيل الزيارة التي …") or after أي ("نفى …
     * حدوث أي لقاء"): a contact of the two the last contact of the article was between, standing
     * at the noun — if the sentence's event is that noun's and called off or denied (below) */
    size_t rk = ntr;
    for (size_t k = 0; k < ntr && recall && np < 2 && rk == ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        size_t a = trig[k].tok, z = a + trig[k].len;
        if (m->modifier || m->verb || a == f) continue;
        /* (… or, in a sentence that names no one, before the passive that calls it off: "غير أن
         * الزيارة أُلغيت"، "لكن اللقاء أُرجئ" — one named there may be of a contact of its own) */
        bool ends = z >= l || clause_end(t, z) || (word_class(t, z) & W_RELATIVE) || (np == 0 && (word_class(t, z) & W_CALL_OFF)) ||
                    covered(v, z, z + 1, COVER_TIME, 0);
        for (size_t c = 0; c < ncu && !ends; c++) ends = cues[c].tok == z && rasd_dict_cue(d, cues[c].f->target)->scope == RASD_SCOPE_AFTER;
        /* one named after it is one of them ("نفى … أي لقاء مع ترامب" recalls no contact of others) */
        bool other = false;
        for (size_t q = 0; q < np && !other; q++)
            other = ptok[q] > a && pers[q]->entity != x->pair[0].entity && pers[q]->entity != x->pair[1].entity;
        other = other || side_unnamed(v, z, l);
        if (!other && ((ends && (rasd_text_token_inline(t, a)->clitics & RASD_CL_AL)) || stem_is(t, a - 1, "اي"))) rk = k;
    }
    if (rk < ntr) np = stand_pair(x, x->pair, t, trig[rk].tok, pers, ptok);
    else if (between != SIZE_MAX && (np == 0 || (np == 1 && (pers[0]->entity == x->pair[0].entity || pers[0]->entity == x->pair[1].entity))))
        np = stand_pair(x, x->pair, t, between, pers, ptok);
    for (size_t k = 0; k < ntr && in_pair_contact && np == 1 && rk == ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        /* (a contact of its own told there, after it, none before it: what was agreed or proposed
         * at theirs — not "كما التقى سموه …، حيث جرى خلال اللقاء بحث …" of one we do not know) */
        bool other = false, before = false;
        for (size_t q = 0; q < ntr; q++) {
            if (rasd_dict_trigger(d, trig[q].f->target)->modifier) continue;
            if (q < k) before = true;
            if (q > k) other = true;
        }
        other = other && !before;
        if (other && !m->modifier && !m->verb && during(t, f, trig[k].tok) && named_before(t, trig[k].tok) &&
            (pers[0]->entity == x->pair[0].entity || pers[0]->entity == x->pair[1].entity))
            np = stand_pair(x, x->pair, t, trig[k].tok, pers, ptok);
    }
    /* EV-2: a visit of one of the pair told before, to the other's capital or country (pair_host) */
    if (np == 1 && paired && rk == ntr) np = pair_host(x, v, f, l, trig, ntr, pers, ptok);
    /* EV-18: talks that name no one, whose delegations' heads the next sentence names */
    /* (… also past one who only announced them, when both delegations' heads are named: "أعلن
     * زيلينسكي أن جولة جديدة من المفاوضات … ستعقد …. وسيترأس الوفد الأوكراني عمروف، فيما يترأس
     * الوفد الروسي ميدينسكي") */
    if (np == 0) np = heads_next(x, v, s, trig, ntr, pers, ptok);
    else if (np == 1) {
        const rasd_entmention *hp[16];
        size_t ht[16], nh = heads_next(x, v, s, trig, ntr, hp, ht);
        if (nh >= 2) {
            memcpy(pers, hp, nh * sizeof *pers);
            memcpy(ptok, ht, nh * sizeof *ptok);
            np = nh;
        }
    }
    /* (one left of those named, the others no party: his arrival, as where he is named alone —
     * "زار سعد الحريري دمشق يوم السبت في أول زيارة منذ اغتيال والده الرئيس رفيق الحريري") */
    if (np == 1 && v->article > 0) arrival(x, v, fo, l, s0, s1, pers[0]);
    if (np < 2) return;
    /* EV-4: each trigger's clause and status */
    reading rd[16];
    size_t since_at = SIZE_MAX;   /* the first such reference: what follows it in its clause is its own */
    for (size_t k = 0; k < ntr; k++) {
        size_t i = trig[k].tok;
        rd[k] = (reading){.st = RASD_ST_OCCURRED, .back = -1};
        clause_of(v, f, l, i, &rd[k].ca, &rd[k].cb);
        /* (بحثا عن is "in search of", no talks: "ميلي في البيت الأبيض بحثا عن دعم ترامب") */
        if (i + 1 < l && trig[k].len == 1 && (stem_is(t, i, "بحثا") || stem_is(t, i, "بحث")) && stem_is(t, i + 1, "عن")) rd[k].drop = true;
        /* (nor a contact noun whose other side, after مع, is a group that names no one or the
         * press: "في لقائه الدوري مع وسائل الإعلام", an interview) */
        if (!rasd_dict_trigger(d, trig[k].f->target)->verb && side_unnamed(v, i + trig[k].len, rd[k].cb)) rd[k].drop = true;
        /* (and قبل right before a contact's noun dated in the past after it: "كان آخر تواصل مباشر
         * قبل اتصال أمس"; not "قبل قمة تستضيفها لندن غدا") */
        bool before_past = false;
        if (i > f + 1 && stem_is(t, i - 1, "قبل") && !rasd_dict_trigger(d, trig[k].f->target)->verb) {
            size_t c0, c1;
            clause_of(v, f, l, i, &c0, &c1);
            for (size_t q = 0; q < v->ntimes && !before_past; q++) {
                const rasd_timex *m = &v->times[q];
                size_t mt = tok_at(t, m->start);
                before_past = m->kind == RASD_TIMEX_TIME && m->resolved && mt > i && mt < c1 && !after_publication(v, m);
            }
        }
        /* (a contact a span after which another came, naming no one in its clause after its word —
         * the same parties', "بعد أسبوعين من اتصالهما الهاتفي" — or its parties after بين: "بعد
         * ثلاثة أيام من المكالمة الهاتفية بين الرئيسين بوتين وترامب"; not one that names another,
         * "بعد يومين من زيارته إلى السعودية التي التقى فيها ولي العهد", a contact of its own that
         * the rules after read) */
        rd[k].back = !rasd_dict_trigger(d, trig[k].f->target)->verb ? days_after(t, f, i) : -1;
        bool among = false;
        for (size_t j = i + trig[k].len; j < rd[k].cb && j < i + trig[k].len + 2 && !among; j++) among = stem_is(t, j, "بين");
        const rasd_entmention *own[2];   /* (or two of its own: "غداة مكالمة ترامب مع بوتين") */
        size_t nown = rd[k].back >= 0 && !among ? persons_in(v, i + 1, rd[k].cb, own, 2) : 0;
        rd[k].since = (i > f && stem_is(t, i - 1, "منذ")) || before_past || (rd[k].back >= 0 && nown != 1) ||
                      (i > f + 1 && (stem_is(t, i - 1, "اول") || stem_is(t, i - 1, "اخر")) && stem_is(t, i - 2, "منذ"));
        if (rd[k].since && since_at == SIZE_MAX) since_at = i;
    }
    read_cues(v, f, trig, ntr, cues, ncu, rd);
    /* any contact (a noun after أي) that no cue governs — no negation, denial or plan — is none in
     * particular ("مشيرا إلى أن أي اتصال جديد سيعلن عنه في حينه") */
    static const char *const any[] = {"اي", "لاي", "باي", "واي"};
    for (size_t k = 0; k < ntr; k++)
        if (!rd[k].strength && trig[k].tok > f && !rasd_dict_trigger(d, trig[k].f->target)->verb &&
            !rasd_dict_trigger(d, trig[k].f->target)->modifier && token_among(t, trig[k].tok - 1, any, sizeof any / sizeof *any))
            rd[k].drop = true;
    /* a contact named at the sentence's start as the time of another told after it ("وقبيل انطلاق
     * القمة، عقد السيسي لقاء …"، "وعقب اللقاء، أجرت ميلوني اتصالا …"): a time (EV-5 reads its
     * scene), not a contact the sentence tells */
    for (size_t k = 0; k < ntr; k++) {
        if (time_of_another(v, f, l, trig, ntr, k)) rd[k].venue = true;
        /* … or a gathering one of its parties attends (حضر، يحضر، يشارك في; its opening, its
         * session between), a contact told before it: "أجرى شي محادثات مع السيسي، الذي يقوم
         * بزيارة دولة إلى الصين ويحضر حفل افتتاح الاجتماع الوزاري" is the visit */
        if (!rd[k].venue && attended_after(v, f, trig, k, rd)) rd[k].venue = true;
        /* … or one after the clause's own contact, the time it took place at, its own parties no
         * parties of that one: "حين التقى الرئيس شي في بكين قبيل قمته الثانية مع الرئيس ترامب" */
        size_t own = k, w = time_after_own(v, trig, k, &own);
        if (w != SIZE_MAX && !rd[own].drop && rd[own].cb > w && named_in(pers, ptok, np, trig[k].tok, rd[own].cb)) {
            rd[k].venue = true;
            rd[own].cb = w;
        }
        rd[k].topical = topical(t, d, trig, k);
    }
    /* EV-1: the trigger that names the contact, the most specific type first (a call or a visit
     * named beside talks or a message is that call or visit; a weak trigger yields to all but
     * talks); the summit a contact is on the sidelines of, or an earlier contact named after منذ,
     * only when nothing else names one */
    /* EV-11: a visit's noun that names no one else in its clause, the occasion of a journey ("وصلت
     * أورتاغوس إلى بيروت أمس، في أول زيارة لها، على أن تلتقي اليوم بري"), before a plan on على أن
     * whose verb tells whom the traveller will meet: the plan tells the contact, no visit of its own */
    for (size_t k = 0; k < ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        if (m->verb || m->modifier || m->type != RASD_EV_VISIT || rd[k].drop) continue;
        bool alone = true;   /* (the traveller aside) */
        for (size_t q = 0; q < np && alone; q++)
            for (size_t r = 0; r < q && alone; r++)
                alone = pers[q]->entity == pers[r]->entity || ptok[q] < rd[k].ca || ptok[q] >= rd[k].cb ||
                        ptok[r] < rd[k].ca || ptok[r] >= rd[k].cb;
        for (size_t k2 = k + 1; k2 < ntr && alone && !rd[k].drop; k2++)
            rd[k].drop = rasd_dict_trigger(d, trig[k2].f->target)->verb && rd[k2].st == RASD_ST_PLANNED && !rd[k2].drop &&
                         rd[k2].ca > rd[k].ca && trig[k2].tok == rd[k2].ca + 2 && stem_is(t, rd[k2].ca, "علي") &&
                         stem_is(t, rd[k2].ca + 1, "ان");
    }
    /* EV-10: a contact named as one told before (a definite noun alone after خلال/أثناء/لدى,
     * "وأكد الرئيس، خلال اللقاء، عمق العلاقات مع قطر وأميرها"), the occasion of what a verb of
     * saying before it says, after a contact told in the article: that contact, no new one —
     * whoever its words name */
    size_t nev = RASD_VEC_LEN(&x->ev->items, xevent);
    bool told_here = nev && RASD_VEC_AT(&x->ev->items, xevent, nev - 1).e.article == v->article && v->article > 0;
    for (size_t k = 0; k < ntr && told_here; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        size_t tk = trig[k].tok, te = tk + trig[k].len;
        /* (alone: set off, or what is said right after it, not its parties, its kind or a clause
         * on it: "وأكد حسان خلال اللقاء وقوف الأردن بقيادة الملك عبدالله الثاني") */
        bool alone = te >= l || !(covered(v, te, te + 1, COVER_PERSON, 0) || (rasd_text_token_inline(t, te)->clitics & RASD_CL_AL));
        for (size_t j = te; j < l && j < te + 4 && alone && !clause_end(t, j); j++)
            alone = !(stem_is(t, j, "مع") || (word_class(t, j) & (W_GATHER | W_RELATIVE | W_JOINT)) || another(t, j));
        if (m->verb || m->modifier || rd[k].drop || !(rasd_text_token_inline(t, tk)->clitics & RASD_CL_AL) || !during(t, f, tk) || !alone)
            continue;
        /* (or conveys: "ونقل إدريس خلال اللقاء تحيات البرهان") */
        static const char *const convey[] = {"نقل", "نقلت", "ينقل", "تنقل"};
        for (size_t i = f; i + 1 < tk && !rd[k].drop; i++) rd[k].drop = saying(t, i) || token_among(t, i, convey, 4);
    }
    /* … and one named as the subject of what it dealt with ("وتتناول القمة الشراكة بين الجانبين")
     * or as what is prepared ("اتصالا … خصص للتحضير للزيارة"), with no date in its clause: that
     * contact (or one to come the article tells of), no new one */
    static const char *const dealt[] = {"تناول", "تناولت", "يتناول", "تتناول", "بحث", "تبحث", "يبحث", "ناقش", "ناقشت",
                                        "يناقش", "تناقش", "تطرق", "تطرقت", "يتطرق", "تتطرق", "ركز", "ركزت", "تركز", "يركز"};
    for (size_t k = 0; k < ntr && told_here; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        size_t tk = trig[k].tok;
        if (m->verb || m->modifier || rd[k].drop || tk <= f || !(rasd_text_token_inline(t, tk)->clitics & RASD_CL_AL) ||
            !(token_among(t, tk - 1, dealt, sizeof dealt / sizeof *dealt) ||
              token_among(t, tk - 1, prepare, NPREPARE)))
            continue;
        bool dated = false;
        for (size_t q = 0; q < v->ntimes && !dated; q++) {
            size_t mt = tok_at(t, v->times[q].start);
            dated = v->times[q].kind == RASD_TIMEX_TIME && mt >= rd[k].ca && mt < rd[k].cb;
        }
        rd[k].drop = !dated;
    }
    /* EV-3: a contact's noun after في in the clause of a verb negated over a span ("ولم يلتق
     * الرئيسان في زيارة ثنائية منذ تولي ميلي السلطة"): how they did not meet, no contact */
    for (size_t k = 1; k < ntr; k++) {
        size_t tk = trig[k].tok;
        if (rd[k].drop || rasd_dict_trigger(d, trig[k].f->target)->verb || !stem_is(t, tk - 1, "في")) continue;
        for (size_t q = 0; q < k && !rd[k].drop; q++)
            rd[k].drop = rasd_dict_trigger(d, trig[q].f->target)->verb && rd[q].st == RASD_ST_DENIED && rd[q].ca <= tk &&
                         rd[q].cb > tk && span_negated(t, rd[q].ca, rd[q].cb);
    }
    /* EV-14: a meeting, call or talks whose clause (with its adjuncts) names its subject alone,
     * before a clause on ثم or قبل أن/بعد أن that tells the next contact and names whom that one
     * was with ("يلتقي بيدرسن ممثلين عن المعارضة في الرياض، قبل أن يزور موسكو للقاء لافروف"): met
     * no one named, no contact — the persons named there are the next one's */
    for (size_t k = 0; k < ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        if (m->modifier || rd[k].drop || rd[k].venue || m->type == RASD_EV_VISIT || m->type == RASD_EV_MESSAGE ||
            k + 1 == ntr || named_in(pers, ptok, np, rd[k].ca, rd[k].cb) > 1)
            continue;
        size_t e = adjuncts_end(v, l, rd[k].cb);
        if (e + 3 >= l || clause_end(t, e) != 1 ||
            !(stem_is(t, e + 1, "ثم") || ((stem_is(t, e + 1, "قبل") || stem_is(t, e + 1, "بعد")) && stem_is(t, e + 2, "ان"))))
            continue;
        size_t nx = ntr;   /* the next contact's trigger */
        for (size_t q = k + 1; q < ntr && nx == ntr; q++)
            if (!rasd_dict_trigger(d, trig[q].f->target)->modifier && !rd[q].drop && trig[q].tok > e) nx = q;
        /* (the persons named after its clause are then the next one's) */
        rd[k].drop = nx < ntr && named_in(pers, ptok, np, rd[k].ca, e) == 1 && !named_in(pers, ptok, np, f, rd[k].ca);
    }
    /* EV-13: a contact the time since is counted from ("مرّ أكثر من 13 عاما على آخر لقاء رسمي
     * جمع عباس ونتنياهو"), with no date in its sentence: history, no contact told */
    static const char *const elapse[] = {"مر", "مرت", "مضي", "مضت", "انقضي", "انقضت"};
    for (size_t k = 0; k < ntr; k++) {
        size_t a = trig[k].tok;
        if (rd[k].drop || rasd_dict_trigger(d, trig[k].f->target)->verb) continue;
        if (a > f && (word_class(t, a - 1) & W_ORDINAL)) a--;
        if (a <= f + 1 || !stem_is(t, a - 1, "علي")) continue;
        bool passed = false;
        for (size_t i = a - 1; i-- > f && i + 7 > a && !passed && !clause_end(t, i);) passed = token_among(t, i, elapse, 6);
        bool dated = false;
        for (size_t q = 0; q < v->ntimes && passed && !dated; q++)
            dated = v->times[q].kind == RASD_TIMEX_TIME && v->times[q].start >= s0 && v->times[q].end <= s1;
        if (passed && !dated) rd[k].drop = true;
    }
    static const int type_rank[RASD_EV_COUNT] = {0, 12, 10, 6, 8, 2, 4};
    size_t mk = ntr;
    int mrank = -1;
    for (size_t k = 0; k < ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        if (m->modifier || rd[k].drop) continue;
        /* a visit after خلال/أثناء that frames a call, a message or a contact that did not
         * happen, named before it, is where that contact took place or did not ("تسلم رسالة من
         * بوتين خلال استقباله المبعوث الروسي"، "لم يتمكن من لقاء الرئيس خلال زيارته إلى واشنطن");
         * a meeting held during it is that visit ("التقى أردوغان بوتين … خلال زيارة عمل"); a
         * meeting there frames a message delivered at it ("تسلم رسالة من ماكرون، سلمها إليه
         * لودريان خلال لقائهما") or a contact that did not happen ("ولم يلتق ميلي لولا خلال قمة
         * ميركوسور") */
        bool frame = false;
        if ((m->type == RASD_EV_VISIT || m->type == RASD_EV_MEETING) && during(t, f, trig[k].tok))
            for (size_t q = 0; q < k && !frame; q++) {
                const rasd_trigger *mq = rasd_dict_trigger(d, trig[q].f->target);
                frame = !mq->modifier && !rd[q].drop && !rd[q].since &&
                        (m->type == RASD_EV_VISIT ? (mq->type != RASD_EV_MEETING && mq->type != RASD_EV_TALKS) ||
                                                        rd[q].st == RASD_ST_DENIED || rd[q].st == RASD_ST_CANCELLED
                                                  : mq->type == RASD_EV_MESSAGE || rd[q].st == RASD_ST_DENIED ||
                                                        rd[q].st == RASD_ST_CANCELLED);
            }
        rd[k].frames = frame;
        /* a visit's imperfect right after الذي/التي after a person (a comma allowed between), what
         * he is doing ("التقى عون المبعوث الأمريكي توم باراك الذي يزور بيروت"): the visit another
         * contact of the sentence is part of (below), no contact of its own */
        size_t ant = trig[k].tok >= f + 2 ? trig[k].tok - 2 : SIZE_MAX;
        if (ant != SIZE_MAX && ant > f && clause_end(t, ant) == 1) ant--;
        bool rel = m->imperfect && !trig[k].future && m->type == RASD_EV_VISIT && ant != SIZE_MAX &&
                   (stem_is(t, trig[k].tok - 1, "الذي") || stem_is(t, trig[k].tok - 1, "التي"));
        rd[k].guest = rel ? guest_of(t, pers, np, ant) : NULL;
        if (rd[k].guest && rd[k].st == RASD_ST_PLANNED && rd[k].present) rd[k].st = RASD_ST_OCCURRED;   /* he is visiting */
        /* one who hosts a summit or talks of others ("يستضيف ولي العهد … قمة تجمع ترامب وبوتين"):
         * the contact is the summit */
        size_t hosted = 0;   /* the end of its clause, resumed after adjuncts ("، منتصف الشهر المقبل، قمة …") */
        if (word_class(t, trig[k].tok) & W_HOST) {
            hosted = adjuncts_end(v, l, rd[k].cb);
            if (hosted > rd[k].cb)
                for (hosted++; hosted < l && !clause_end(t, hosted); hosted++) {}
        }
        for (size_t q = k + 1; q < ntr && !frame && trig[q].tok < hosted; q++) {
            const rasd_trigger *mq = rasd_dict_trigger(d, trig[q].f->target);
            size_t qt = trig[q].tok;   /* its object, not where a guest was hosted ("في قمة") */
            frame = !mq->modifier && !mq->verb && !rd[q].drop && (mq->type == RASD_EV_MEETING || mq->type == RASD_EV_TALKS) &&
                    !stem_is(t, qt - 1, "في") && !(rasd_text_token_inline(t, qt)->clitics & RASD_CL_BI);
            /* (hosting it proposed or planned is its proposal or plan: "اقترح السوداني أن تستضيف
             * بغداد لقاء يجمع فيصل بن فرحان وعبداللهيان") */
            if (frame && rd[q].st == RASD_ST_OCCURRED && rd[k].st != RASD_ST_OCCURRED && rd[k].strength > 0) {
                rd[q].st = rd[k].st;
                rd[q].strength = rd[k].strength;
            }
        }
        /* an invitation a message carries ("رسالة من بزشكيان إلى السوداني تضمنت دعوة لزيارة طهران"):
         * the message is the contact, the proposal its content (EV-11 tells it) */
        bool carried = false;
        for (size_t q = 0; q < k && !carried && rd[k].st == RASD_ST_PROPOSED && m->type != RASD_EV_MESSAGE; q++) {
            const rasd_trigger *mq = rasd_dict_trigger(d, trig[q].f->target);
            carried = mq->type == RASD_EV_MESSAGE && !mq->modifier && !rd[q].drop && rd[q].st == RASD_ST_OCCURRED;
        }
        /* a verb on قبل أن/بعد أن after a contact told in a clause before it tells the next
         * contact, not that one ("كما التقى السوداني غوتيريش، قبل أن يستقبل عباس") */
        bool next = false, sequel = m->verb && after_before_that(t, f, trig[k].tok);
        /* (… and a contact named as one told, the object of the verb after قبل أن/بعد أن, naming no
         * one: that one again, its course's time — "ومن المقرر أن يلتقي البشير اليوم الجمعة ميدفيديف،
         * قبل أن يختتم زيارته غداً السبت" is the meeting, on Friday) */
        if (!m->verb && trig[k].tok > f + 2 && told_noun(t, trig[k].tok) && after_before_that(t, f, trig[k].tok - 1)) {
            bool before = false;   /* (a contact told in a clause before it) */
            for (size_t q = 0; q < k && !before; q++)
                before = !rasd_dict_trigger(d, trig[q].f->target)->modifier && !rd[q].drop && rd[q].cb <= trig[k].tok;
            if (before && !named_in(pers, ptok, np, trig[k].tok, rd[k].cb)) rd[k].venue = true;
        }
        for (size_t q = 0; q < k && sequel && !next; q++) {
            const rasd_trigger *mq = rasd_dict_trigger(d, trig[q].f->target);
            next = !mq->modifier && !rd[q].drop && !rd[q].venue && !rd[q].since && rd[q].cb <= trig[k].tok;
        }
        /* a journey that carries a message, a carrier's word before it in its clause ("عبد العاطي يصل
         * إلى جوبا حاملاً رسالة من السيسي إلى سلفاكير"): the message is the contact, the journey
         * its carrier's (EV-17) */
        bool borne = false;
        for (size_t q = k + 1; q < ntr && !borne && m->type == RASD_EV_VISIT && !m->verb && (word_class(t, trig[k].tok) & W_ARRIVAL); q++) {
            const rasd_trigger *mq = rasd_dict_trigger(d, trig[q].f->target);
            if (mq->type != RASD_EV_MESSAGE || mq->modifier || rd[q].drop) continue;
            for (size_t j = trig[k].tok + trig[k].len; j < trig[q].tok && !borne; j++) {
                if (clause_end(t, j)) break;
                borne = word_class(t, j) & W_DELIVER;
            }
        }
        int r = (m->weak ? 3 : type_rank[m->type]) +
                (rd[k].venue || rd[k].since || frame || carried || rd[k].topical || next || rd[k].guest || borne ? 0 : 100);
        if (r > mrank) { mrank = r; mk = k; }
    }
    if (mk == ntr) return;
    if (rk < ntr && (mk != rk || (rd[mk].st != RASD_ST_CANCELLED && rd[mk].st != RASD_ST_DENIED &&
                                  !but_called_off(v, f, rd[mk].cb, rd[mk].st, trig, ntr, cues, ncu))))
        return;
    /* EV-9: a contact told after ثم comes after one told in a clause before it ("عقد بوتين وشي
     * محادثات عبر الفيديو في 21 يناير، ثم أجريا اتصالا هاتفيا في 24 فبراير"): the sentence's
     * event is the first, the later one its second — when the first is told in the clause right
     * before ثم */
    /* (its clause may go on after a date set off by commas, and a person between commas before ثم
     * joins the next: "التقى عبد العاطي، اليوم، أبو الغيط، ثم استقبل …") */
    size_t then = rd[mk].ca;
    if (!(then > f && stem_is(t, then, "ثم")) && trig[mk].tok > f + 1 && stem_is(t, trig[mk].tok - 1, "ثم") &&
        clause_end(t, trig[mk].tok - 2) == 1)
        then = trig[mk].tok - 1;
    /* (so does one whose verb opens a clause on فيما/بينما, meanwhile: "التقى بزشكيان السوداني،
     * فيما استقبله الرئيس رشيد") */
    bool meanwhile = then > f && then + 1 == trig[mk].tok && rasd_dict_trigger(d, trig[mk].f->target)->verb &&
                     (stem_is(t, then, "فيما") || stem_is(t, then, "بينما"));
    /* (and one whose verb, or light verb, on و opens a clause after a comma, its subject dropped:
     * "التقى بوتين اليوم شي، وأجرى اتصالا هاتفيا مع أردوغان") */
    bool and_then = then > f && then == trig[mk].tok && and_verb(t, rasd_dict_trigger(d, trig[mk].f->target), then);
    if (then > f && (stem_is(t, then, "ثم") || meanwhile || and_then) && mrank >= 100)
        for (size_t k = 0; k < mk; k++) {
            const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
            if (m->modifier || m->weak || rd[k].drop || rd[k].venue || rd[k].since || rd[k].frames || trig[k].tok >= then ||
                (rd[k].cb + 1 != then && resumed_end(t, l, rd[k].cb, adjuncts_end(v, l, rd[k].cb)) + 1 != then) ||
                rd[k].st != rd[mk].st)
                continue;
            mk = k;
            break;
        }
    /* EV-11: a contact that happened, told in a clause before the one where a plan, a call-off
     * or a denial of another is told ("التقى السيسي أردوغان في أنقرة، على أن يزور أردوغان القاهرة
     * الشهر المقبل"), is the sentence's event whatever their types; the other is its own */
    if (rd[mk].st != RASD_ST_OCCURRED && mrank >= 100) {
        int best = -1;
        size_t ok = ntr;
        for (size_t k = 0; k < ntr; k++) {
            const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
            /* or a meeting or call after خلال/أثناء that the plan was made at ("دعا عون ماكرون لزيارة
             * لبنان خلال لقائهما") */
            /* (not one a contact told by its own verb is planned for: "ومن المقرر أن
             * يلتقي الرئيسان السبت المقبل في دار السلام، خلال القمة المشتركة") */
            /* (or before it in its clause, named anew — not one told before, "ووجه خلال اللقاء دعوة
             * إلى بوتين لزيارة بنغازي": "دعا بوتين شي خلال محادثات عبر الفيديو في 30 ديسمبر إلى
             * زيارة موسكو") */
            bool anew = k > mk || !((rasd_text_token_inline(t, trig[k].tok)->clitics & RASD_CL_AL) || told_noun(t, trig[k].tok));
            bool at = k != mk && anew && !m->verb && m->type != RASD_EV_VISIT && during(t, f, trig[k].tok) &&
                      !(rasd_dict_trigger(d, trig[mk].f->target)->verb && rd[mk].st == RASD_ST_PLANNED);
            /* (in one clause with it when the plan's cue opens a verb of its own on و between them:
             * "التقى السيسي أردوغان في الرياض ودعاه لزيارة مصر") */
            bool own_verb = false;
            for (size_t c = 0; c < ncu && !own_verb && k < mk; c++)
                own_verb = cues[c].tok > trig[k].tok + trig[k].len && cues[c].tok < trig[mk].tok &&
                           (rasd_text_token_inline(t, cues[c].tok)->clitics & RASD_CL_WA) &&
                           rasd_dict_cue(d, cues[c].f->target)->status == rd[mk].st;
            /* (or in a clause that says what the contact held, a verb on فيها/فيه after it: "تلقى
             * السيسي رسالة من أفورقي أعرب فيها عن أسفه لعدم تمكنه من زيارة القاهرة") */
            for (size_t i = trig[k].tok + trig[k].len + 1; i + 1 < trig[mk].tok && !own_verb && k < mk; i++)
                own_verb = (stem_is(t, i + 1, "فيها") || stem_is(t, i + 1, "فيه")) && !rasd_text_token_inline(t, i)->clitics &&
                           rasd_text_token_inline(t, i)->kind == RASD_TOK_ARABIC;
            if (k == mk || m->modifier || rd[k].drop || rd[k].st != RASD_ST_OCCURRED || rd[k].venue || rd[k].since ||
                rd[k].frames || (k > mk && !at) || (k < mk && rd[k].cb > trig[mk].tok && !own_verb && !at))
                continue;
            int r = m->weak ? 3 : type_rank[m->type];
            if (r > best) { best = r; ok = k; }
        }
        if (ok < ntr) mk = ok;
    }
    /* a meeting or talks told before, named by a definite noun after يأتي/جاء, and a visit it was
     * part of, after في إطار/ضمن, the sentence naming no one else: the one told last, of the
     * noun's type, on a day, was that visit ("بحث محمد بن زايد مع بايدن، اليوم في البيت الأبيض، ….
     * وتأتي المحادثات في إطار زيارة رسمية يقوم بها الشيخ محمد بن زايد إلى واشنطن") */
    for (size_t k0 = 0; k0 + 1 < ntr && v->article > 0; k0++) {
        const rasd_trigger *m0 = rasd_dict_trigger(d, trig[k0].f->target);
        size_t i0 = trig[k0].tok;
        if (m0->verb || !(m0->type == RASD_EV_TALKS || m0->type == RASD_EV_MEETING) || i0 <= f ||
            !(rasd_text_token_inline(t, i0)->clitics & RASD_CL_AL) || !(word_class(t, i0 - 1) & W_COME))
            continue;
        const rasd_trigger *m1 = rasd_dict_trigger(d, trig[k0 + 1].f->target);
        size_t i1 = trig[k0 + 1].tok, fr = i0 + trig[k0].len;
        bool framed = m1->type == RASD_EV_VISIT && !m1->verb && i1 <= fr + 2 && i1 > fr &&
                      ((stem_is(t, fr, "في") && stem_is(t, fr + 1, "اطار")) || stem_is(t, fr, "ضمن"));
        size_t n = RASD_VEC_LEN(&x->ev->items, xevent);
        xevent *xe = n ? &RASD_VEC_AT(&x->ev->items, xevent, n - 1) : NULL;
        if (!framed || !xe || xe->e.article != v->article || !xe->e.date || strcmp(xe->e.status, "occurred") != 0 ||
            strcmp(xe->e.type, rasd_event_type_name(m0->type)) != 0)
            break;
        bool others = false;
        for (size_t q = 0; q < v->nents && !others; q++)
            others = v->ents[q].kind == RASD_ENT_PERSON && v->ents[q].start >= s0 && v->ents[q].end <= s1 &&
                     party_index(&xe->e, rasd_dict_entity(d, v->ents[q].entity)->name) < 0;
        if (others) break;
        /* (its visitor the party named after the visit's word: "يقوم بها الشيخ محمد بن زايد") */
        for (size_t q = 0; q < v->nents && !xe->e.initiator; q++) {
            int r = v->ents[q].kind == RASD_ENT_PERSON && tok_at(t, v->ents[q].start) > i1 && v->ents[q].end <= s1
                        ? party_index(&xe->e, rasd_dict_entity(d, v->ents[q].entity)->name) : -1;
            if (r < 0) continue;
            const char **names = rasd_arena_alloc(x->ev->arena, xe->e.nparticipants * sizeof *names);
            names[0] = xe->e.participants[r];
            for (size_t u = 0, o = 1; u < xe->e.nparticipants; u++)
                if (u != (size_t)r) names[o++] = xe->e.participants[u];
            xe->e.participants = names;
            xe->e.initiator = names[0];
        }
        xe->e.type = rasd_event_type_name(RASD_EV_VISIT);
        xe->e.cameo = m1->cameo;
        xe->e.plover_mode = m1->plover;
        return;
    }
    /* a contact told before, only named as what comes after another ("وتأتي الزيارة بعد إلغاء قمة
     * كانت مقررة بين آبي أحمد وروتو"، "ويأتي الاتصال بعد مباحثات أجراها الملك مع سانشيز في 7 أبريل
     * 2022"): the sentence tells the other one, after بعد/عقب/قبل or a word of preparing for it
     * ("وتأتي الزيارة تمهيدا لزيارة مرتقبة للرئيس بوتين إلى الصين") */
    /* (a demonstrative may stand between: "ويأتي هذا الاتصال بعد اللقاء الذي جمع …") */
    size_t come = trig[mk].tok > f + 1 && (stem_is(t, trig[mk].tok - 1, "هذا") || stem_is(t, trig[mk].tok - 1, "هذه")) ? trig[mk].tok - 2
                                                                                                                    : trig[mk].tok - 1;
    if (trig[mk].tok > f && (rasd_text_token_inline(t, trig[mk].tok)->clitics & RASD_CL_AL) &&
        !rasd_dict_trigger(d, trig[mk].f->target)->verb && (word_class(t, come) & W_COME))
        for (size_t k = mk + 1; k < ntr; k++) {
            const rasd_trigger *mq = rasd_dict_trigger(d, trig[k].f->target);
            if (mq->modifier || rd[k].drop) continue;
            bool after = false;
            for (size_t i = trig[mk].tok + trig[mk].len; i < trig[k].tok && i + 5 > trig[k].tok && !after; i++)   /* ("بعد ثلاثة أيام من قمة") */
                after = stem_is(t, i, "بعد") || stem_is(t, i, "عقب") || stem_is(t, i, "قبل") || stem_is(t, i, "غداه") ||
                        stem_is(t, i, "عشيه") || token_among(t, i, prepare, NPREPARE);
            if (!after) continue;
            rd[mk].taken = true;
            mk = k;
            break;
        }
    /* EV-16: a message named as one told before (تسلم الرسالة، بتسليم الرسالة) with no sender
     * of its own, handed over during a visit that frames it ("تسلم الرسالة سموه خلال استقباله
     * وزير الخارجية الإيراني"): the sentence tells the visit; the message is the one told before,
     * which the visit dates (msg_before) */
    bool msg_before = false;
    if (mk < ntr && rasd_dict_trigger(d, trig[mk].f->target)->type == RASD_EV_MESSAGE &&
        !rasd_dict_trigger(d, trig[mk].f->target)->verb && named_before(t, trig[mk].tok)) {
        bool sender = false;
        for (size_t i = trig[mk].tok + trig[mk].len; i < rd[mk].cb && !sender; i++) sender = stem_is(t, i, "من");
        for (size_t k = mk + 1; k < ntr && !sender && !msg_before; k++)
            if (rd[k].frames && rasd_dict_trigger(d, trig[k].f->target)->type == RASD_EV_VISIT) {
                rd[mk].taken = true;
                mk = k;
                msg_before = true;
            }
    }
    const found *main = &trig[mk];
    const rasd_trigger *tr = rasd_dict_trigger(d, main->f->target);
    rd[mk].taken = true;
    /* who joins a contact told before ("وانضم إلى الاجتماع لاحقا عدد من القادة الأوروبيين، بينهم
     * ماكرون وميرتس") takes part in that one: no contact of theirs is told here — unless its
     * parties are named after it ("انضم ماكرون إلى الاجتماع بين ترامب وزيلينسكي": theirs) */
    size_t past = main->tok + main->len;
    bool told = !tr->verb && main->tok > f && named_before(t, main->tok) &&
                !(past < l && (word_class(t, past_place(v, past, l)) & W_GATHER));
    if (told && main->tok >= f + 2 && stem_is(t, main->tok - 1, "الي"))
        for (size_t i = main->tok - 1; i-- > f && i + 7 > main->tok && !clause_end(t, i);)
            if (word_class(t, i) & W_JOIN) return;
    /* so do those who attend it ("وحضر اللقاء ولي العهد الأمير الحسين ووزير الخارجية") or come along
     * on it ("ورافق الرئيس الشرع في الزيارة وزير الخارجية الشيباني"; on his own, named with his
     * pronoun: "ويرافق فيدان في زيارته رئيس جهاز الاستخبارات إبراهيم قالن") */
    /* (… its session too: "حضر جلسة المباحثات الأمير فيصل بن فرحان") */
    size_t sess = main->tok >= f + 2 && (stem_is(t, main->tok - 1, "جلسه") || stem_is(t, main->tok - 1, "جلسات")) ? main->tok - 1 : main->tok;
    /* (not when a contact's verb of his own follows: "الأسد يشارك في القمة العربية بجدة، ويلتقي على
     * هامشها ولي العهد") */
    bool own_verb_after = false;
    for (size_t k = 0; k < ntr && told && !own_verb_after; k++)
        own_verb_after = trig[k].tok > main->tok && rasd_dict_trigger(d, trig[k].f->target)->verb &&
                         !rasd_dict_trigger(d, trig[k].f->target)->modifier;
    /* (… not those of a gathering whose chair alone was told: theirs with him, chair_join) */
    if (told && !own_verb_after && !chair_join &&
        ((word_class(t, sess - 1) & W_ATTEND) || (sess >= f + 2 && stem_is(t, sess - 1, "في") && (word_class(t, sess - 2) & W_ATTEND))))
        return;
    if ((told || (!tr->verb && told_noun(t, main->tok))) && main->tok >= f + 2 && stem_is(t, main->tok - 1, "في") &&
        (word_class(t, f) & W_COMPANY))
        return;
    /* a person who only reports it ("قال بيسكوف إن بوتين اتصل بترامب"): named after a verb of
     * saying, before the إن/أن that opens what he says, ahead of the trigger — not an أن in a
     * relative clause ("أعلن الرئيس تأجيل زيارة سعيد إلى الجزائر، التي كان من المنتظر أن يلتقي
     * خلالها تبون": Saied is the guest) */
    size_t says_end = f;
    bool heard = false;   /* a verb of saying since the last أن/إن that opened what was said: an
                           * أن after that one is inside it ("قال أوشاكوف إن الزعيمين اتفقا على
                           * أن يلتقيا": the leaders are its parties) */
    /* (… or the عن after a report he speaks of: "نفى فيصل بن فرحان تقارير عن زيارة سرية قام بها
     * نتنياهو إلى نيوم") */
    static const char *const report[] = {"تقارير", "التقارير", "انباء", "الانباء", "شائعات", "الشائعات", "معلومات", "المعلومات"};
    for (size_t i = f; i < main->tok && !(word_class(t, i) & W_RELATIVE); i++) {
        if (saying(t, i)) heard = true;
        if ((stem_is(t, i, "ان") && (heard || says_end == f) && !after_time_word(t, f, i)) || self_report(t, i, main->tok) ||
            (heard && i > f && stem_is(t, i, "عن") && token_among(t, i - 1, report, sizeof report / sizeof *report))) {
            says_end = i;
            heard = false;
        }
    }
    const rasd_entmention *speaker = NULL;   /* the first who reports it */
    const rasd_entmention *addressee = NULL;   /* … when what he says was sent to him (إليه) */
    if (says_end > f) {
        bool reporter[16] = {false};
        size_t kept = 0;
        for (size_t q = 0; q < np; q++) {
            if (ptok[q] < says_end)
                for (size_t i = f; i < ptok[q] && !reporter[q]; i++)
                    reporter[q] = saying(t, i);
            if (reporter[q] && !speaker) speaker = pers[q];
        }
        for (size_t q = 0; q < np; q++) {   /* (the others, each however often named: "… مع ترامب … أُلغي، بعد أن غادر ترامب القمة") */
            bool again = false;
            for (size_t r = 0; r < q && !again; r++) again = !reporter[r] && pers[r]->entity == pers[q]->entity;
            kept += !reporter[q] && !again;
        }
        /* unless what he says is of himself: a pronoun on the إن/أن ("قال فيدان، في مقابلة مع
         * قناة إن تي في، إنه التقى الشرع"), on or after the trigger stands for him ("قال ترامب إن
         * بوتين اتصل به"), or the clause has no subject of its own ("نفى مكتب آبي أحمد أن
         * يكون قد التقى أفورقي") */
        bool pron = !stem_is(t, says_end, "ان") && !stem_is(t, says_end, "عن");   /* "قال فيدان … إنه التقى الشرع": his, whoever else is named */
        /* (… nor past what he said, in a clause of its own on و whose verb, the contact's or one of
         * proposing it, opens it: the clause's own persons, or its dropped subject, his — "وقال
         * بوتين إن العلاقات قوية، ودعا تبون إلى زيارة روسيا" is his invitation) */
        size_t ca = rd[mk].ca;
        pron = pron || (ca > says_end + 1 && ca > f && clause_end(t, ca - 1) == 1 && (rasd_text_token_inline(t, ca)->clitics & RASD_CL_WA) &&
                        (ca == main->tok || proposes(t, ca)));
        /* (not when a pair named as one is the verb's subject right after it: "قال ترامب إنه يأمل أن
         * يلتقي الرئيسان بوتين وزيلينسكي") */
        if (pron && main->tok + main->len < l && token_among(t, main->tok + main->len, pair_nom, NPAIR_NOM)) pron = false;
        bool self = (says_end + 2 < main->tok && (word_class(t, says_end + 1) & W_BE) && stem_is(t, says_end + 2, "قد")) ||
                    (word_class(t, main->tok) & W_OBJ_PRON) ||   /* "قال بايدن إن ماكرون هنأه" */
                    (tr->possessed && main->tok == says_end + 1);   /* "أعلنت شينباوم أن لقاءها … مع ترامب أُلغي" */
        for (size_t i = main->tok + 1; i < l && i <= main->tok + main->len + 1 && !self; i++)
            self = word_class(t, i) & W_SELF;
        /* (… or a visit to his own country, the place right after its verb, one other named: "أعلن
         * برلسكوني أن القذافي سيزور روما العام المقبل" is his to host — when he leads it, not an
         * aide or a minister: "قال أوشاكوف إن شي سيزور موسكو") */
        bool leads = speaker && seat_of_own(speaker) && speaker->role != RASD_ROLE_SPEAKER;
        if (!self && leads && tr->type == RASD_EV_VISIT && tr->verb && kept == 1 && speaker->role_of && speaker->role_of[0]) {
            size_t at = main->tok + main->len;
            for (size_t k = 0; k < v->nents && !self; k++) {
                const rasd_entmention *pm = &v->ents[k];
                if ((pm->kind == RASD_ENT_PLACE || pm->kind == RASD_ENT_COUNTRY) && tok_at(t, pm->start) == at)
                    self = strcmp(rasd_dict_entity(d, pm->entity)->code, speaker->role_of) == 0;
            }
        }
        /* (… or a contact's noun with the one other named after مع right after it, or with بينهما
         * after it: "أعلن ترامب أن القمة مع كيم ستعقد في سنغافورة"، "أوضح ترامب أن كيم اقترح عقد
         * لقاء جديد بينهما") */
        size_t nx = main->tok + main->len;
        if (!self && kept == 1 && !tr->verb && nx < l) {
            self = stem_is(t, nx, "مع");
            for (size_t i = nx; i < l && i < nx + 3 && !self && !clause_end(t, i); i++) self = stem_is(t, i, "بينهما");
        }
        /* (… or one on إلى/لـ before it, to whom it was sent: "كاشفا أن الشرع وجّه إليه دعوة لزيارة
         * دمشق") */
        static const char *const to_him[] = {"اليه", "اليها", "له", "لها"};
        for (size_t i = says_end + 1; i < main->tok && !self; i++)
            if (token_among(t, i, to_him, 4)) {
                self = true;
                addressee = speaker;
            }
        if (!pron && (kept >= 2 || !self)) {
            kept = 0;
            for (size_t q = 0; q < np; q++)
                if (!reporter[q]) { pers[kept] = pers[q]; ptok[kept++] = ptok[q]; }
            np = kept;
        }
    } else {
        /* a contact that frames the words of one who speaks there ("قال بايدن خلال اجتماع لمجلس
         * الأمن إن بوتين …"، "أكد بوتين خلال اتصال مع ترامب أن …"): who is named in what he says,
         * after the إن/أن that opens it (not one in a relative clause), takes no part in it */
        bool said = false;
        for (size_t i = f; i < main->tok && !said; i++) said = saying(t, i);
        size_t opens = l;
        for (size_t i = main->tok + 1; said && i < l && opens == l && !(word_class(t, i) & W_RELATIVE); i++)
            if (stem_is(t, i, "ان")) opens = i;
        np = keep_named_in(pers, ptok, np, 0, opens);
    }
    /* those who agree on it, named after a verb of agreeing before the على أن that opens what they
     * agree on, when that names two others ("واتفق الرئيسان ماكرون وتبون على أن يزور بارو الجزائر
     * … لإجراء محادثات مع نظيره عطاف": the ministers' visit) — not when it names fewer ("اتفق
     * ماكرون وتبون على أن يلتقيا في باريس": theirs) */
    for (size_t i = f; i + 2 < main->tok && np >= 3; i++) {
        if (!(word_class(t, i) & W_AGREE)) continue;
        size_t a = i + 1;
        while (a + 1 < main->tok && !(stem_is(t, a, "علي") && stem_is(t, a + 1, "ان")) && !clause_end(t, a)) a++;
        if (a + 1 >= main->tok || clause_end(t, a) || !named_in(pers, ptok, np, i + 1, a)) break;
        if (named_in(pers, ptok, np, a + 2, l) >= 2) np = keep_named_in(pers, ptok, np, a + 2, l);
        break;
    }
    /* one who comments on it: the subject of a verb of praise or blame before the contact noun on
     * بـ ("أشاد عباس بزيارة ماكرون إلى العريش": Macron's visit, no party named there for Abbas) —
     * unless it is a visit to his own country, which he hosts ("أشاد تبون بزيارة ماكرون إلى
     * الجزائر") */
    /* … or one who thanks for hosting or organizing it ("شكر مودي بوتين على حسن تنظيم القمة"،
     * "وجه الملك الشكر للرئيس السيسي على استضافة القمة") */
    size_t ho = main->tok >= f + 2 && (stem_is(t, main->tok - 1, "استضافه") || stem_is(t, main->tok - 1, "تنظيم"))
                    ? main->tok - 2 : SIZE_MAX;
    if (ho != SIZE_MAX && ho > f && stem_is(t, ho, "حسن")) ho--;
    bool hosting = !tr->verb && ho != SIZE_MAX && stem_is(t, ho, "علي");
    if (!tr->verb && ((rasd_text_token_inline(t, main->tok)->clitics & RASD_CL_BI) || hosting))
        for (size_t i = main->tok; i-- > f && i + (hosting ? 12 : 8) > main->tok && !clause_end(t, i);)
            if (comments(t, i)) {
                size_t kept = 0;
                for (size_t q = 0; q < np; q++) {
                    bool host = false;
                    for (size_t k = 0; k < v->nents && !host && tr->type == RASD_EV_VISIT && pers[q]->role_of[0]; k++) {
                        const rasd_entmention *pl = &v->ents[k];
                        size_t pt = tok_at(t, pl->start);
                        host = (pl->kind == RASD_ENT_PLACE || pl->kind == RASD_ENT_COUNTRY) && pt > main->tok && pt < rd[mk].cb &&
                               stem_is(t, pt - 1, "الي") && strcmp(rasd_dict_entity(d, pl->entity)->code, pers[q]->role_of) == 0;
                    }
                    if (host || ptok[q] <= i || ptok[q] > main->tok) { pers[kept] = pers[q]; ptok[kept++] = ptok[q]; }
                }
                np = kept;
                break;
            }
    /* a contact noun with a relative clause that names its parties ("وصف ماكرون المكالمة التي
     * أجراها ترامب مع بوتين"), or a verb of gathering or بين after it ("اقترح لولا عقد قمة تجمع
     * بوتين وزيلينسكي"، "يستضيف ولي العهد قمة بين ترامب وبوتين"): they are its parties, not the
     * one who speaks of it, proposes or hosts it */
    /* (past a word of its kind: "اقترح عقد لقاء ثنائي بين بوتين وزيلينسكي") */
    size_t rel, hi = !tr->verb ? gathered_list(v, l, main, rd[mk].cb, W_RELATIVE | W_GATHER, pers, ptok, np, trig, ntr, &rel) : SIZE_MAX;
    /* (… with the chair of a gathering its attendees join, chaired: "وشارك في القمة التي عقدت عبر
     * تقنية الاتصال المرئي كل من …") */
    if (hi != SIZE_MAX) np = chair_join ? 1 + keep_named_in(pers + 1, ptok + 1, np - 1, rel, hi) : keep_named_in(pers, ptok, np, rel, hi);
    /* (… and those after بمشاركة, past a clause set off on it, when the one named before it only
     * speaks of it: "أعلن الصفدي إلغاء القمة الرباعية التي كانت مقررة في عمّان غدا، بمشاركة الملك
     * عبدالله الثاني والرئيس بايدن والرئيس السيسي" — not a host's guests, "يستضيف لولا قمة بمشاركة
     * بيترو وآرسي") */
    bool spoken = false;
    for (size_t i = f; i < main->tok && hi == SIZE_MAX && !tr->verb && !spoken; i++) spoken = saying(t, i);
    for (size_t j = main->tok + main->len; spoken && j + 2 < l; j++)
        if ((rasd_text_token_inline(t, j)->clitics & RASD_CL_BI) && stem_is(t, j, "مشاركه")) {
            size_t he = list_end(t, pers, ptok, np, j, l, trig, ntr);
            if (named_in(pers, ptok, np, j + 1, he) >= 2) np = keep_named_in(pers, ptok, np, j, he);
            break;
        }
    /* … and so are those after بين or such a verb after another contact noun of the sentence, not
     * the sentence's event's, when two others are named beside them ("عرض أردوغان استضافة لقاء بين
     * بوتين وزيلينسكي في إسطنبول، خلال اتصال هاتفي أجراه أمس مع زيلينسكي": a call with Zelenskyy,
     * a proposed meeting of Putin and Zelenskyy) */
    size_t gk = ntr, ngl = 0, gltok[8];   /* that contact, and those its list names */
    const rasd_entmention *glist[8];
    for (size_t k = 0; k < ntr && gk == ntr && np > 2; k++) {
        const rasd_trigger *mq = rasd_dict_trigger(d, trig[k].f->target);
        if (k == mk || mq->verb || mq->modifier || rd[k].drop) continue;
        size_t lo, h = gathered_list(v, l, &trig[k], rd[k].cb, W_GATHER, pers, ptok, np, trig, ntr, &lo);
        if (h == SIZE_MAX) continue;
        const rasd_entmention *rest[16];
        size_t rtok[16], nr = 0;
        for (size_t q = 0; q < np; q++)
            if (ptok[q] < lo || ptok[q] >= h) { rest[nr] = pers[q]; rtok[nr++] = ptok[q]; }
            else if (ngl < 8) { glist[ngl] = pers[q]; gltok[ngl++] = ptok[q]; }
        if (named_in(rest, rtok, nr, f, l) < 2) { ngl = 0; continue; }
        memcpy(pers, rest, nr * sizeof *pers);
        memcpy(ptok, rtok, nr * sizeof *ptok);
        np = nr;
        gk = k;
    }
    /* … or in a clause on و right after its own ("إلغاء القمة التي كانت مقررة في عمان غدا، وتجمع
     * الملك عبدالله الثاني والرئيس بايدن") */
    size_t gb = rd[mk].cb;
    if (!tr->verb && gb + 2 < l && clause_end(t, gb) == 1 && (word_class(t, gb + 1) & W_GATHER) &&
        (rasd_text_token_inline(t, gb + 1)->clitics & RASD_CL_WA)) {
        size_t ge = gb + 2;
        while (ge < l && !clause_end(t, ge)) ge++;
        ge = list_end(t, pers, ptok, np, gb + 1, ge, trig, ntr);
        if (named_in(pers, ptok, np, gb + 2, ge) >= 2) np = keep_named_in(pers, ptok, np, gb + 1, ge);
    }
    /* EV-2: the visitor of another visit's noun, named right after it and nowhere else, makes a
     * journey of his own, beside the one named so after this visit's noun ("وتأتي زيارة الدبيبة
     * إلى تركيا بعد أيام من زيارة صدام حفتر إلى أنقرة") */
    /* (when its own noun names its visitor so too) */
    bool own_visitor = tr->type == RASD_EV_VISIT && !tr->verb && named_at(t, main->tok + main->len, ptok, np) < np;
    for (size_t k = 0; k < ntr && np >= 2 && own_visitor; k++) {
        const rasd_trigger *mq = rasd_dict_trigger(d, trig[k].f->target);
        if (k == mk || mq->verb || mq->modifier || mq->type != RASD_EV_VISIT) continue;
        size_t g = named_at(t, trig[k].tok + trig[k].len, ptok, np);
        bool elsewhere = false;
        for (size_t q = 0; q < np && g < np && !elsewhere; q++) elsewhere = q != g && pers[q]->entity == pers[g]->entity;
        if (g == np || elsewhere) continue;
        memmove(pers + g, pers + g + 1, (np - g - 1) * sizeof *pers);
        memmove(ptok + g, ptok + g + 1, (np - g - 1) * sizeof *ptok);
        np--;
    }
    /* EV-2: those a list of leaders taking part names ("قمة مجموعة العشرين بمشاركة قادة بينهم مودي
     * ولولا"): attendees, no party of a contact between them */
    {
        static const char *const among[] = {"بينهم", "منهم"};
        static const char *const leaders[] = {"قاده", "القاده", "زعماء", "الزعماء", "رؤساء", "الرؤساء"};
        size_t from = SIZE_MAX;
        for (size_t i = f + 1; i < l && from == SIZE_MAX; i++) {
            const rasd_token *k = rasd_text_token_inline(t, i);   /* (its length and its ending هم first: most are neither) */
            if ((k->end - k->stem != 8 && k->end - k->stem != 10) || memcmp(t->norm + k->end - 4, "\xD9\x87\xD9\x85", 4) != 0) continue;
            if (token_among(t, i, among, 2) && (token_among(t, i - 1, leaders, 6) || (i > f + 1 && stem_is(t, i - 1, "من") &&
                                                                                       token_among(t, i - 2, leaders, 6))))
                from = i;
        }
        if (from != SIZE_MAX) {
            size_t kept = 0, to = from;
            while (to < l && clause_end(t, to) != 2) to++;
            for (size_t q = 0; q < np; q++)
                if (ptok[q] < from || ptok[q] >= to) { pers[kept] = pers[q]; ptok[kept++] = ptok[q]; }
            np = kept;
            if (np < 2) return;
        }
    }
    /* who it was told by, named after a verb of saying that a source's words open ("…، وفق ما
     * أعلن يوري أوشاكوف"، "حسب ما ذكر"، "كما أعلن"): a reporter, not a party */
    {
        size_t kept = 0;
        for (size_t q = 0; q < np; q++) {
            /* (past his title, up to four words: "حسبما أعلن مساعد الرئيس الروسي يوري أوشاكوف") */
            bool told_by = ptok[q] > f + 2;
            size_t i = told_by ? ptok[q] - 1 : f;
            while (told_by && i > f + 2 && i + 5 > ptok[q] && !saying(t, i) && !clause_end(t, i)) i--;
            told_by = told_by && saying(t, i) &&
                           (stem_is(t, i - 1, "كما") || stem_is(t, i - 1, "حسبما") || stem_is(t, i - 1, "بحسبما") ||
                            stem_is(t, i - 1, "وفقما") ||   /* (written as one word: "حسبما أعلن يوري أوشاكوف") */
                            (stem_is(t, i - 1, "ما") && ((word_class(t, i - 2) & W_SOURCE) || stem_is(t, i - 2, "بحسب"))));
            if (!told_by) { pers[kept] = pers[q]; ptok[kept++] = ptok[q]; }
        }
        if (kept >= 2) np = kept;
    }
    /* EV-2: a contact whose counterpart is an organization named after مع right after its word
     * (past two words at most: "وبدء مفاوضات مباشرة مع حركة حماس"), no person named after it in
     * its clause: its parties are those named before its word in its clause, not those named
     * elsewhere ("… علاقته برئيس الوزراء بنيامين نتنياهو، … وبدء مفاوضات مباشرة مع حركة حماس") */
    {
        size_t w = main->tok + main->len, cb = rd[mk].cb;
        while (w < cb && w < main->tok + main->len + 2 && !stem_is(t, w, "مع") && rasd_text_token_inline(t, w)->kind == RASD_TOK_ARABIC) w++;
        if (w + 1 < cb && stem_is(t, w, "مع") && org_at(v, w + 1)) {
            bool after = false;
            for (size_t q = 0; q < np && !after; q++) after = ptok[q] > w && ptok[q] < cb;
            if (!after) {
                np = keep_named_in(pers, ptok, np, rd[mk].ca, main->tok);
                if (np < 2) return;
            }
        }
    }
    /* … and one named before a colon that opens the sentence, when the words after it name
     * the contact's subject before its word (a headline's "فيدان: أردوغان يزور العراق في أبريل"):
     * who said it, no party — not one who speaks of himself ("ترامب: سألتقي بوتين") */
    if (np >= 2) {
        size_t c = colon_in(t, fo, main->tok);
        bool said = false, subject = false;
        for (size_t q = 0; q < np && c < main->tok; q++) {
            said = said || ptok[q] < c;
            subject = subject || (ptok[q] > c && ptok[q] < main->tok);
        }
        if (said && subject) np = keep_named_in(pers, ptok, np, c, l);
    }
    const rasd_entmention *allp[16];   /* every mention, for a contact named later (below) */
    size_t allt[16], nall = np;
    memcpy(allp, pers, np * sizeof *pers);
    memcpy(allt, ptok, np * sizeof *ptok);
    size_t uniq = 0;   /* each person once, where first named (after the reporters went) */
    bool one_country = true;   /* every party holds a role of the same country */
    for (size_t q = 0; q < np; q++)
        if (!named_among(pers, uniq, pers[q]->entity) && uniq < 8) { pers[uniq] = pers[q]; ptok[uniq++] = ptok[q]; }
    np = uniq;
    /* EV-2: one left when the others only reported it: a visit of his to the capital of the other of
     * the pair told before (pair_host: "وقال أوشاكوف إن شي سيزور موسكو" after Xi's call with Putin) */
    if (np == 1 && paired && rk == ntr) np = pair_host(x, v, f, l, trig, ntr, pers, ptok);
    if (np < 2) return;
    /* EV-2: a verb of meeting whose subject before it is a title that names no one ("سمو الأمير
     * يلتقي الرئيس التركي وسلطان عُمان"): those after it are its objects, met by one the text does
     * not name — no contact between them */
    if (tr->verb && tr->voice == RASD_VOICE_SUBJ_OBJ && main->tok > fo && ptok[0] > main->tok) {
        bool untitled = false, clause = true;   /* (in the verb's clause) */
        for (size_t i = fo; i < main->tok && clause; i++) {
            clause = !clause_end(t, i);
            untitled = untitled || (rasd_form_at(d, t, i, RASD_FORM_TITLE, &(const rasd_form *){NULL}, NULL) &&
                                    !covered(v, i, i + 1, COVER_PERSON, 0));
        }
        if (untitled && clause) return;
    }
    /* persons named after what the contact was about ("…، بحثا خلاله موقف زيلينسكي"، "لبحث قمة
     * بين ترامب وبوتين"، "بشأن مقترح ترامب") are its topic, and those who came along ("بحضور
     * وزيري الخارجية"، "رافق ترامب روبيو") its company, not its parties — unless that would leave
     * fewer than two; they may be the parties of a contact told there (EV-11). Company never
     * makes up a pair: "استقبل ولي العهد روبيو بحضور وزير الخارجية فيصل بن فرحان" with the host
     * unnamed is no contact of Rubio and the minister */
    size_t topic = topic_start(t, main->tok + main->len, l);
    /* (… or what a topic verb that is the trigger takes as its object right after it, past its
     * modifiers: a definite noun that names no one — "لافروف وروبيو يبحثان هاتفيا التحضير لقمة
     * بوتين وترامب") */
    if (word_class(t, main->tok) & W_TOPIC_VERB) {
        size_t j = main->tok + main->len;   /* (past its subject and a time too: "بحث لافروف وروبيو هاتفيا اليوم …") */
        for (bool more = true; more && j < l && j < topic;) {
            more = covered(v, j, j + 1, COVER_PERSON | COVER_TIME, 0) || pair_before_names(v, j, l) ||
                   (stem_is(t, j, "مع") && j + 1 < l && covered(v, j + 1, j + 2, COVER_PERSON, 0));   /* (and مع before the other) */
            for (size_t k = 0; k < ntr && !more; k++)
                if (trig[k].tok == j && rasd_dict_trigger(d, trig[k].f->target)->modifier) { more = true; j += trig[k].len - 1; }
            j += more;
        }
        if (j < topic && j < l && (rasd_text_token_inline(t, j)->clitics & RASD_CL_AL) && !clause_end(t, j) &&
            !covered(v, j, j + 1, COVER_PERSON | COVER_PLACE | COVER_TIME, 0))
            topic = j;
    }
    /* a later contact with parties of its own: who is named from there on is of it — a message
     * told after a visit or meeting, which the guest brought ("…، وتسلم منه رسالة خطية من الرئيس …",
     * EV-16), or a contact noun that بين or a verb of gathering follows ("إنه اتصل ببوتين وبدأ
     * الترتيب لعقد لقاء بين بوتين وزيلينسكي"), each named there though named before too */
    bool gathered = false;
    for (size_t k = mk + 1; k < ntr && trig[k].tok < topic; k++) {
        const rasd_trigger *mq = rasd_dict_trigger(d, trig[k].f->target);
        size_t after = trig[k].tok + trig[k].len;
        if (mq->modifier || rd[k].drop) continue;
        bool brought = mq->type == RASD_EV_MESSAGE && (tr->type == RASD_EV_VISIT || tr->type == RASD_EV_MEETING);
        size_t gw = after < l ? past_place(v, after, l) : l;
        gathered = !brought && !mq->verb && gw < l && (word_class(t, gw) & W_GATHER);
        /* (who it brings together named there: "قمة تجمع بريكس" is a grouping's summit) */
        bool among = false;
        for (size_t q = 0; q < np && gathered && !among; q++) among = ptok[q] > gw && ptok[q] < rd[k].cb;
        gathered = gathered && among;
        if (brought || gathered) {
            topic = trig[k].tok;
            break;
        }
    }
    /* (up to a later clause on كما/ثم whose verb tells a contact of its own: "التقى … خامنئي وسلمه
     * رسالة من الملك سلمان، كما التقى الرئيس بزشكيان") */
    size_t topic_end = l;
    for (size_t k = mk + 1; k < ntr && topic < l && topic_end == l; k++)
        if (trig[k].tok > topic && rd[k].ca > topic && rasd_dict_trigger(d, trig[k].f->target)->verb && trig[k].tok == rd[k].ca + 1 &&
            (stem_is(t, rd[k].ca, "كما") || stem_is(t, rd[k].ca, "ثم")))
            topic_end = rd[k].ca;
    /* company set off by commas ("استقبل الملك، مرفوقا بولي العهد، اليوم بالدار البيضاء، الرئيس
     * الغزواني"، "…، بحضور وزير الخارجية، …"): who is named after its closing comma is a party
     * again, up to what the contact was about */
    size_t cend = SIZE_MAX, topic2 = SIZE_MAX;
    if (topic < l && !gathered && (word_class(t, topic) & W_COMPANY) && topic > f && clause_end(t, topic - 1) == 1) {
        for (size_t k = topic + 1; k < l && cend == SIZE_MAX; k++)
            if (clause_end(t, k)) cend = clause_end(t, k) == 1 ? k : l;
        if (cend < l) topic2 = topic_start(t, cend + 1, l);
        else cend = SIZE_MAX;
    }
    size_t topic0 = cend != SIZE_MAX ? topic2 : topic, ntp = 0, nmp = 0, ttok[8], mtok[8];
    /* … and when everyone is named there, after a word that only points back to a contact ("وسبق
     * اللقاء اجتماع بين هنية وفيدان في الدوحة يوم 17 إبريل"), that contact's date is the event's */
    bool all_gathered = gathered;
    for (size_t q = 0; q < np && all_gathered; q++) all_gathered = ptok[q] >= topic;
    const rasd_entmention *tpers[8], *mpers[8];
    for (size_t q = 0; q < np; q++) {
        if (ptok[q] >= topic && ptok[q] < topic_end && (cend == SIZE_MAX || ptok[q] < cend || ptok[q] >= topic2)) {
            if (!gathered) { tpers[ntp] = pers[q]; ttok[ntp++] = ptok[q]; }
        }
        else { mpers[nmp] = pers[q]; mtok[nmp++] = ptok[q]; }
    }
    for (size_t q = 0; q < nall && gathered && ntp < 8; q++)
        if (allt[q] >= topic && !named_among(tpers, ntp, allp[q]->entity)) { tpers[ntp] = allp[q]; ttok[ntp++] = allt[q]; }
    if (nmp >= 2) {
        memcpy(pers, mpers, nmp * sizeof *pers);
        memcpy(ptok, mtok, nmp * sizeof *ptok);
        np = nmp;
    } else if (topic < l && ((word_class(t, topic) & W_COMPANY) || cause_word(t, topic))) {
        /* (company, or what caused it, never makes up a pair: the one left made a journey alone —
         * "أُعلن تأجيل زيارة ولي العهد إلى اليابان … بسبب الحالة الصحية للملك سلمان") */
        if (nmp == 1 && v->article > 0 && !(word_class(t, topic) & W_COMPANY)) arrival(x, v, fo, l, s0, s1, mpers[0]);
        return;
    } else {
        topic = SIZE_MAX;
        ntp = 0;
    }
    /* EV-17: a message handed over by its carrier, the subject of the verb ("سلم وزير الخارجية بدر
     * البوسعيدي الرئيس ترامب رسالة خطية من السلطان هيثم"، "نقل ويتكوف رسالة من ترامب إلى بوتين"،
     * "وصل عراقجي حاملا رسالة من بزشكيان إلى الأمير تميم"): the message is its sender's (named after
     * من, or the noun's genitive) to the one it is addressed to (named after إلى/لـ after the
     * message), else to the one it was handed to (named between the carrier and the message; one
     * after إلى there is him too, not the carrier); the carrier, when named, meets the one he
     * handed it to, as the guest of a visit that frames it (EV-16) */
    const rasd_entmention *carrier = NULL, *sent_by = NULL, *handed = NULL;
    size_t carrier_verb = f;
    bool hand_later = false;   /* the carrier's verb is future: the message and his contact are planned */
    if (tr->type == RASD_EV_MESSAGE && !tr->verb) {
        size_t dv = SIZE_MAX;
        for (size_t i = main->tok + 1; i-- > f && dv == SIZE_MAX && clause_end(t, i) != 2 && !(word_class(t, i) & W_SEND);)
            if (word_class(t, i) & W_DELIVER) dv = i;   /* across commas: "سلم البوسعيدي، اليوم، ترامب رسالة" */
        /* (one it is addressed to, after إلى/لـ after the message, over the one it was handed to:
         * "سلم قرقاش عراقجي رسالة من ترامب موجهة إلى خامنئي" is Trump's to Khamenei) */
        const rasd_entmention *to = NULL;
        /* (its clause goes on to one on إلى: "رسالة خطية من الملك حمد، إلى فخامة الرئيس تبون") */
        size_t mcb = rd[mk].cb;
        if (mcb + 2 < l && clause_end(t, mcb) == 1 && stem_is(t, mcb + 1, "الي"))
            for (mcb += 2; mcb < l && !clause_end(t, mcb); mcb++) {}
        for (size_t q = 0; q < np && dv != SIZE_MAX; q++) {
            size_t p = titled_before(t, f, ptok[q]);   /* the preposition before his honorifics */
            bool prep = addressed(t, f, ptok[q]);
            if (p > dv && p < main->tok) {   /* "نقل الوزير إلى السلطان هيثم رسالة": after إلى, the recipient */
                if (!carrier && !prep) carrier = pers[q];
                else if (!handed) handed = pers[q];
            } else if (p >= main->tok + main->len && p < mcb) {
                if (!sent_by && (p == main->tok + main->len || stem_is(t, p - 1, "من"))) sent_by = pers[q];
                else if (!to && prep) to = pers[q];
            }
        }
        if (!to) to = handed;
        /* handed over during a contact told before it ("أجرى ويتكوف محادثات مع بوتين في موسكو، نقل
         * خلالها رسالة من ترامب"): to the one named last before the verb, the contact's other side */
        if (!to && dv != SIZE_MAX && dv + 1 < main->tok && (stem_is(t, dv + 1, "خلالها") || stem_is(t, dv + 1, "خلاله")))
            for (size_t q = np; !to && q-- > 0;)
                if (ptok[q] < dv && ptok[q] >= f) to = pers[q];
        /* the carrier named before the verb ("… إلى الدوحة حاملا رسالة"، "الذي نقل رسالة") */
        for (size_t q = np; !carrier && dv != SIZE_MAX && q-- > 0;)
            if (ptok[q] < dv && ptok[q] >= f && pers[q] != to) carrier = pers[q];
        if (carrier && sent_by && carrier->entity == sent_by->entity) carrier = NULL;   /* his own message */
        if (dv != SIZE_MAX && sent_by) {
            /* handed to one the text does not name ("سلم … السيد الرئيس رسالة من الشيخ تميم"): no
             * contact of two named persons — not the carrier's with the sender */
            if (!to || to->entity == sent_by->entity || (carrier && carrier->entity == to->entity)) return;
            pers[0] = sent_by; ptok[0] = tok_at(t, sent_by->start);
            pers[1] = to; ptok[1] = tok_at(t, to->start);
            np = 2;
            carrier_verb = dv;
            hand_later = rasd_text_token_inline(t, dv)->clitics & RASD_CL_SA;   /* "وسيسلم عطاف … رسالة" */
        } else {
            carrier = sent_by = NULL;
        }
        /* … and one received on another's behalf: a message its receiver's verb says is addressed
         * to another, from a sender after من ("تسلم فيصل بن فرحان رسالة خطية لخادم الحرمين الشريفين
         * الملك سلمان من الرئيس تبون"): the sender's to him, the receiver no party */
        size_t rv = SIZE_MAX;
        for (size_t i = main->tok; dv == SIZE_MAX && i-- > f && rv == SIZE_MAX && clause_end(t, i) != 2;)
            if (word_class(t, i) & W_RECEIVED) rv = i;
        const rasd_entmention *by = NULL, *for_whom = NULL;
        bool subject = false;
        size_t ob = rd[mk].cb;   /* (and a clause set off that opens on من: "…، من فخامة الرئيس تبون") */
        if (ob + 1 < l && clause_end(t, ob) == 1 && stem_is(t, ob + 1, "من"))
            for (ob++; ob < l && !clause_end(t, ob);) ob++;
        for (size_t q = 0; q < np && rv != SIZE_MAX; q++) {
            size_t p = honorifics_before(t, f, ptok[q]);
            if (p > rv && p < main->tok) subject = true;
            else if (p >= main->tok + main->len && p < ob) {
                if (!by && stem_is(t, p - 1, "من")) by = pers[q];
                else if (!for_whom && addressed(t, f, ptok[q])) for_whom = pers[q];
            }
        }
        if (subject && by && for_whom && by->entity != for_whom->entity) {
            sent_by = by;
            pers[0] = by; ptok[0] = tok_at(t, by->start);
            pers[1] = for_whom; ptok[1] = tok_at(t, for_whom->start);
            np = 2;
        }
    }
    /* the persons of the trigger's own clause (with its appositions and adjuncts) when it names
     * two: the sentence's other persons belong to its other facts ("أجرى ترامب اتصالا بزيلينسكي،
     * أعقبه اتصال بالأمين العام لحلف الناتو"), and may be the parties of a contact there (EV-14) */
    size_t cext = adjuncts_end(v, l, rd[mk].cb), nout = 0, otok[8], nin = 0, cst = rd[mk].ca;
    /* … resumed after them when the clause goes on there, its object after a date set off by
     * commas, and a later clause tells another contact ("التقى السيسي، الخميس، الرئيس الإندونيسي
     * برابوو، كما التقى …"): not a clause of its own (on و, كما, ثم, حيث, a relative pronoun,
     * قبل/بعد) */
    size_t z = resumed_end(t, l, rd[mk].cb, cext);
    if (z != cext) {
        bool later = false;
        for (size_t k = 0; k < ntr && !later; k++)
            later = trig[k].tok > z && !rasd_dict_trigger(d, trig[k].f->target)->modifier && !rd[k].drop;
        if (later) cext = z;
    }
    /* … and a list entry's label (its trigger before the colon: "القمة الثانية: جرت في هانوي في 27
     * فبراير 2019") goes on past the colon to the end of the entry's first clause */
    if (entry != SIZE_MAX && main->tok < entry && main->tok + 3 >= entry && cext < entry) {
        cext = entry;
        while (cext < l && !clause_end(t, cext)) cext++;
    }
    /* … and one more met after ثم with no verb of his own ("استقبل السيسي المستشار شولتس، ثم الرئيس
     * الفرنسي ماكرون"), or joined by و, his name (past his honorifics) opening the clause
     * ("التقى السيسي رئيس الوزراء الإثيوبي آبي أحمد، والرئيس السوداني عمر البشير"): the clause's too
     * — and so each such clause after it ("اتصالات هاتفية من أخيه …، وأخيه …، وأخيه …") */
    for (size_t was = SIZE_MAX; cext != was && cext + 2 < l && clause_end(t, cext) == 1;) {
        was = cext;
        bool after_then = stem_is(t, cext + 1, "ثم") || stem_is(t, cext + 1, "بعده"), joined = false, own, met = false;   /* (وبعده: after him) */
        size_t qb = clause_after(t, cext, l, trig, ntr, &own);
        for (size_t q = 0; q < np && !met; q++) {
            met = ptok[q] > cext + 1 && ptok[q] < qb;
            joined |= !after_then && ptok[q] > cext && ptok[q] < qb && titled_before(t, cext + 1, ptok[q]) == cext + 1 &&
                      (rasd_text_token_inline(t, cext + 1)->clitics & RASD_CL_WA);
        }
        /* (after ثم only a meeting's or visit's, which EV-2 parts into one with each: "تحدث ستارمر
         * هاتفيا مع ماكرون، ثم مع ميرتس" is no call of three) */
        if ((after_then ? met && (tr->type == RASD_EV_MEETING || tr->type == RASD_EV_VISIT) : joined) && !own) cext = qb;
    }
    /* … and those it was held with the participation of, after بمشاركة in a clause of its own, when
     * all hold roles of countries other than those of the clause's persons ("عقدت ميركل اجتماعا عبر
     * الفيديو مع شي، بمشاركة فون دير لاين وشارل ميشال"); one of a party's own country attends
     * ("استقبل السيسي آبي أحمد، بمشاركة رئيس الوزراء مصطفى مدبولي") */
    if (cext + 2 < l && clause_end(t, cext) == 1 &&
        (stem_is(t, cext + 1, "بمشاركه") ||
         (stem_is(t, cext + 1, "مشاركه") && (rasd_text_token_inline(t, cext + 1)->clitics & RASD_CL_BI)))) {
        bool own, foreign = true;
        size_t qb = clause_after(t, cext, l, trig, ntr, &own), in = 0;
        for (size_t q = 0; q < np && foreign; q++) {
            if (ptok[q] <= cext + 1 || ptok[q] >= qb) continue;
            in++;
            foreign = pers[q]->role_of && pers[q]->role_of[0];
            for (size_t r = 0; r < np && foreign; r++)
                if (ptok[r] >= cst && ptok[r] < cext)
                    foreign = !pers[r]->role_of || strcmp(pers[r]->role_of, pers[q]->role_of) != 0;
        }
        if (in && foreign && !own) cext = qb;
    }
    /* … and the summit it was held at, after في opening a clause of its own: the contact's
     * occasion, no contact of its own; who that clause names takes part when it says the summit
     * brought several together or was hosted (ثلاثية، استضافها، بمشاركة: "التقى كاغامي وتشيسيكيدي،
     * أمس، في قمة ثلاثية استضافها الرئيس الأنغولي جواو لورينسو"), not one who chairs it */
    if (cext + 3 < l && clause_end(t, cext) == 1 && stem_is(t, cext + 1, "في") && tr->type == RASD_EV_MEETING)
        for (size_t k = 0; k < ntr; k++) {
            const rasd_trigger *mq = rasd_dict_trigger(d, trig[k].f->target);
            if (trig[k].tok != cext + 2 || mq->verb || mq->modifier || mq->type != RASD_EV_MEETING || rd[k].drop) continue;
            bool own, gathers = false;
            size_t qb = clause_after(t, cext, l, trig, ntr, &own);
            for (size_t i = cext + 2; i < qb && !gathers; i++) gathers = word_class(t, i) & (W_JOINT | W_HOST | W_PARTAKE);
            rd[k].venue = true;
            if (gathers) cext = qb;
        }
    /* and the subject before a date or place set off by commas ("أجرى ماكرون، اليوم الخميس، اتصالا
     * هاتفيا مع بوتين وشي": Macron's call) */
    cst = over_set_off(v, f, cst, COVER_PLACE | COVER_TIME, W_ADJUNCT, true);
    /* and the verb and its subject set off by a comma from its object (the agencies' "تلقى خادم
     * الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، رسالة خطية من …") */
    if (cst > f + 2 && clause_end(t, cst - 1) == 1) {
        size_t q = cst - 1;
        while (q > f && !clause_end(t, q - 1)) q--;
        if (q < fo && fo < cst) q = fo;   /* (a dateline before it aside) */
        if (q + 2 < cst && (word_class(t, q) & (W_RECEIVED | W_SEND | W_LIGHT | W_PAST_LIGHT)) && apposition(v, q + 1, cst - 1))
            cst = q;
    }
    /* and the traveller, when the trigger's clause says what he does where he goes ("سيتوجه بايدن
     * إلى جدة، حيث يلتقي الملك سلمان وولي العهد"، "تصل أورتاغوس إلى بيروت غدا، في زيارة تلتقي
     * خلالها عون ثم سلام") */
    if (cst > f && (stem_is(t, cst, "حيث") || (fi_at(t, cst) && stem_is(t, cst + 1, "زياره")))) {
        bool will;
        size_t tv = travelled(t, fo, cst, &will);
        if (tv != SIZE_MAX) {
            cst = tv;
            while (cst > f && !clause_end(t, cst - 1)) cst--;
        }
    }
    /* and one who is where the clause before says, its verb opening the trigger's clause with no
     * subject of its own (a chronicle's "هوكشتاين في بيروت، يلتقي بري ثم ميقاتي") */
    if (cst > f + 3 && main->tok == cst && tr->verb && clause_end(t, cst - 1) == 1) {
        size_t q = cst - 1;
        while (q > f && !clause_end(t, q - 1)) q--;
        size_t in = q;
        while (in < cst - 1 && !fi_at(t, in)) in++;
        if (in > q && in + 1 < cst - 1 && covered(v, q, in, COVER_PERSON, 0) && covered(v, in + 1, cst - 1, COVER_PLACE, 0)) cst = q;
    }
    const rasd_entmention *outp[8];
    for (size_t q = 0; q < np && !carrier; q++) nin += ptok[q] >= cst && ptok[q] < cext;
    /* a clause on كما/ثم whose verb, right after it, has no subject of its own ("وكان ستارمر قد
     * التقى محمد بن زايد في لندن …، كما استقبل في داونينغ ستريت أمير قطر …"): its persons and the
     * subject of the contact told in the clause before, named before that one's word */
    /* … or on قبل أن/بعد أن, the verb after أن its trigger or a verb of travel ("…، قبل أن يتوجه
     * إلى أنقرة حيث استقبله أردوغان") */
    size_t vpos = SIZE_MAX;
    bool elided = false;   /* the clause's subject is the first person of the sentence */
    if (cst > f && cst + 2 < l && (stem_is(t, cst, "كما") || stem_is(t, cst, "ثم"))) vpos = cst + 1;
    else if (cst > f && cst + 2 < l && (stem_is(t, cst, "قبل") || stem_is(t, cst, "بعد")) && stem_is(t, cst + 1, "ان")) vpos = cst + 2;
    if (nin == 1 && vpos != SIZE_MAX && ((tr->verb && vpos == main->tok) || (vpos < main->tok && (word_class(t, vpos) & W_ARRIVAL))))
        for (size_t k = 0; k < mk && !elided; k++)
            if (!rasd_dict_trigger(d, trig[k].f->target)->modifier && !rd[k].drop && rd[k].cb <= cst && np && ptok[0] < trig[k].tok)
                elided = true;
    /* … or on حيث right before its verb (or a light verb and its noun), its subject the sentence's
     * ("بدأ أردوغان جولته من جدة، حيث استقبله ولي العهد …، قبل أن ينتقل إلى الدوحة"، "حيث أجرى
     * مباحثات مع الغزواني، ثم توجه إلى بانجول"; not "حيث شارك الاثنان في اجتماع …") */
    bool where = !elided && nin == 1 && cst > f && np && ptok[0] < cst && stem_is(t, cst, "حيث") && clause_end(t, cst - 1) == 1 &&
                 (main->tok == cst + 1 ||
                  (main->tok == cst + 2 && (word_class(t, cst + 1) & (W_LIGHT | W_PAST_LIGHT | W_RECEIVED | W_SEND))));
    /* … or on و and the contact's verb with its objects joined by و right after it, its subject
     * the sentence's ("وصل عراقجي إلى بيروت اليوم، والتقى رئيس مجلس النواب نبيه بري ورئيس
     * الحكومة نجيب ميقاتي"; not "والتقى بري ميقاتي", whose subject is Berri) */
    bool objects = false;
    /* (or a plan on على أن: "وصلت أورتاغوس إلى بيروت أمس، على أن تلتقي اليوم بري وسلام") */
    bool plan_on = cst + 2 < l && stem_is(t, cst, "علي") && stem_is(t, cst + 1, "ان") && main->tok == cst + 2;
    if (!elided && !where && nin >= 2 && tr->verb && (main->tok == cst || plan_on) && cst > f && clause_end(t, cst - 1) == 1 && np &&
        ptok[0] < cst && ((rasd_text_token_inline(t, cst)->clitics & RASD_CL_WA) || plan_on)) {
        size_t q1 = 0;
        while (q1 < np && ptok[q1] < cst) q1++;
        size_t e1 = q1 < np ? tok_at(t, pers[q1]->end - 1) + 1 : l;   /* the second's title may come first */
        size_t ob = plan_on ? past_time(v, main->tok + 1, ptok[q1]) : main->tok + 1;   /* ("على أن تلتقي اليوم بري وسلام") */
        /* (each where he is met, the next after a comma: "بري في عين التينة، ورئيس الحكومة نواف سلام") */
        size_t w1 = e1;
        if (plan_on && q1 + 1 < np && stem_is(t, e1, "في")) {
            size_t c = e1 + 1;
            while (c < ptok[q1 + 1] && c <= e1 + 5 && !clause_end(t, c)) c++;
            if (clause_end(t, c) == 1 && c < ptok[q1 + 1]) w1 = c + 1;
        }
        objects = q1 + 1 < np && honorifics_before(t, ob, ptok[q1]) == ob && w1 <= ptok[q1 + 1] &&
                  ptok[q1 + 1] <= w1 + 6 && (rasd_text_token_inline(t, w1)->clitics & RASD_CL_WA);
        for (size_t i = w1; i < ptok[q1 + 1] && objects; i++) objects = !clause_end(t, i);
    }
    /* … or whose verb opens it with خلالها/خلاله right after it, what the contact noun of the clause
     * before was the time of ("عقد شي أمس في الرياض سلسلة لقاءات، التقى خلالها كلا من السيسي
     * وعباس": Xi met each) */
    bool during_one = false;
    /* (or a plan's أن right before the verb: "…، من المقرر أن يلتقي خلالها كلا من …") */
    bool opens = main->tok == cst || (main->tok > cst + 1 && main->tok < cst + 5 && stem_is(t, main->tok - 1, "ان"));
    for (size_t q = 0; q < np && opens; q++) opens = ptok[q] < cst || ptok[q] > main->tok;
    if (!elided && !where && !objects && tr->verb && opens && cst > f && clause_end(t, cst - 1) == 1 && np && ptok[0] < cst &&
        main->tok + main->len < l && (stem_is(t, main->tok + main->len, "خلالها") || stem_is(t, main->tok + main->len, "خلاله")))
        for (size_t i = f; i < cst && !during_one; i++)   /* (a light verb's noun, which a count may have left no trigger: سلسلة لقاءات) */
            during_one = word_class(t, i) & (W_LIGHT | W_PAST_LIGHT);
    if (elided || where || objects || during_one) nin++;
    if (nin >= 2 && nin < np) {
        size_t kept = 0;
        for (size_t q = 0; q < np; q++) {
            if ((ptok[q] >= cst && ptok[q] < cext) || ((elided || where || objects || during_one) && q == 0)) { pers[kept] = pers[q]; ptok[kept++] = ptok[q]; }
            else if (nout < 8) { outp[nout] = pers[q]; otok[nout++] = ptok[q]; }
        }
        np = kept;
    }
    /* EV-16: a message delivered during a visit or meeting told after it ("تسلم … رسالة من …،
     * سلمها له وزير الخارجية … خلال استقبال سموه له"): who is named from where the message's
     * clause ends (or its carrier's verb, or that visit) to the end of the visit's clause is the
     * visit's guest, not a party of the message */
    size_t fk = ntr, ng = 0;
    const rasd_entmention *guest[8];
    for (size_t k = mk + 1; k < ntr && fk == ntr && tr->type == RASD_EV_MESSAGE; k++)
        if (rd[k].frames) fk = k;
    if (fk < ntr) {
        size_t g0 = rd[mk].cb < trig[fk].tok ? rd[mk].cb : trig[fk].tok, g1 = adjuncts_end(v, l, rd[fk].cb);
        if (topic0 < g0 && (word_class(t, topic0) & W_CARRY)) g0 = topic0;
        size_t kept = 0;
        for (size_t q = 0; q < np; q++) kept += ptok[q] < g0 || ptok[q] >= g1;
        if (kept >= 2) {   /* else the sentence names the message's parties no other way */
            kept = 0;
            for (size_t q = 0; q < np; q++) {
                if (ptok[q] >= g0 && ptok[q] < g1) guest[ng++] = pers[q];
                else { pers[kept] = pers[q]; ptok[kept++] = ptok[q]; }
            }
            np = kept;
        }
        for (size_t q = 0; q < ntp && ng < 8; q++)
            if (ttok[q] >= g0 && ttok[q] < g1) guest[ng++] = tpers[q];
        for (size_t q = 0; q < nout && ng < 8; q++)
            if (otok[q] >= g0 && otok[q] < g1) guest[ng++] = outp[q];
    }
    if (carrier && fk < ntr && ng == 0) guest[ng++] = carrier;   /* EV-17 */
    for (size_t q = 0; q < np; q++)
        one_country = one_country && pers[q]->role_of && pers[q]->role_of[0] && strcmp(pers[q]->role_of, pers[0]->role_of) == 0;
    /* EV-3 type */
    rasd_event_type type = with_modifiers(d, trig, ntr, tr, f, l);
    if (chair_join) type = x->chair_type;   /* (the gathering he chaired: "القمة الافتراضية") */
    /* EV-1: a conversation (محادثة) with no word of the phone, on the sidelines of a gathering
     * ("أجرى مودي وشي محادثة قصيرة على هامش قمة بريكس"): face to face, a meeting */
    if (type == RASD_EV_CALL && main->len == 1 && (stem_is(t, main->tok, "محادثه") || stem_is(t, main->tok, "المحادثه"))) {
        bool phone = false;
        for (size_t k = 0; k < ntr; k++) {
            const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
            phone = phone || (m->modifier && (m->type == RASD_EV_CALL || m->type == RASD_EV_VIDEO_CALL));
        }
        if (!phone && on_sidelines(t, f, trig, rd, ntr)) type = RASD_EV_MEETING;
    }
    /* EV-1: a meeting of delegations, its verb's subject right after it ("يلتقي الوفدان برئاسة
     * عراقجي وويتكوف"), is talks */
    static const char *const teams[] = {"الوفدان", "الوفدين", "وفدا", "وفدي", "الوفود", "وفود"};
    if (type == RASD_EV_MEETING && tr->verb && main->tok + main->len < l &&
        token_among(t, main->tok + main->len, teams, sizeof teams / sizeof *teams))
        type = RASD_EV_TALKS;
    /* EV-1: a meeting the party travelled for ("وصل … إلى طهران، حيث التقى"، "سيتوجه … إلى واشنطن
     * للقاء") is a visit */
    bool will_arrive = false;
    size_t went_at = type == RASD_EV_MEETING || type == RASD_EV_TALKS || type == RASD_EV_VISIT
                         ? travelled(t, fo, main->tok, &will_arrive) : SIZE_MAX;
    bool arrived = went_at != SIZE_MAX && type != RASD_EV_VISIT;   /* a visit named as one keeps its own reading */
    if (arrived) type = RASD_EV_VISIT;
    /* … and so is a meeting or talks with one who is visiting, a relative clause on him tells
     * (rd.guest: "التقى عون … توم باراك الذي يزور بيروت"): he is the visitor */
    const rasd_entmention *visitor = NULL;
    /* (… or an entry's contact of one on tour, the list's header told: a stop of his) */
    if (lone_entry && x->lone_tour && (type == RASD_EV_MEETING || type == RASD_EV_TALKS)) {
        type = RASD_EV_VISIT;
        visitor = &x->lone;
    }
    /* (… not one met on the sidelines of a gathering, which he came to: "التقى السيسي على هامش
     * القمة العربية الرئيس عون، الذي يزور مصر للمرة الأولى" is a meeting) */
    bool met_aside = type == RASD_EV_MEETING && sidelines_in(t, f, l);
    for (size_t k = mk + 1; k < ntr && !visitor && (type == RASD_EV_MEETING || type == RASD_EV_TALKS || type == RASD_EV_VISIT); k++) {
        if (!rd[k].guest) continue;
        if (met_aside) {
            rd[k].taken = true;
            continue;
        }
        for (size_t q = 0; q < np && !visitor; q++)   /* (his mention among the parties kept) */
            if (pers[q]->entity == rd[k].guest->entity) visitor = pers[q];
        rd[k].taken = true;
        type = RASD_EV_VISIT;
    }
    /* … and so is one during a visit named as one told before ("خلال الزيارة"، "خلال زيارته")
     * when that was the journey, told alone, of one of its parties ("تعتزم كالاس زيارة القاهرة
     * الأسبوع المقبل. وستجري كالاس خلال الزيارة محادثات مع عبد العاطي"): he is the visitor, and
     * it is on the journey's day and at its place (below) */
    /* (so is one of the visitor of a visit told before, at its place: "استهل الملك زيارته إلى
     * اليابان بلقاء كيشيدا في طوكيو. ومن المقرر أن يلتقي الملك، خلال الزيارة، الإمبراطور") */
    bool on_journey = false, on_visit = false;
    bool jr = x->jr_article == v->article, gu = x->guest_article == v->article;
    if ((jr || gu) && v->article > 0 && (type == RASD_EV_MEETING || type == RASD_EV_TALKS || type == RASD_EV_VISIT))
        for (size_t k = 0; k < ntr && !on_journey && !on_visit; k++) {
            const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
            if (m->type != RASD_EV_VISIT || m->verb || m->modifier || !during(t, f, trig[k].tok) || !told_noun(t, trig[k].tok)) continue;
            for (size_t q = 0; q < np && !on_journey && !on_visit; q++) {
                on_journey = jr && pers[q]->entity == x->jr_person;
                on_visit = !on_journey && gu && pers[q]->entity == x->guest.entity;
                if (on_journey || on_visit) {
                    if (!visitor) visitor = pers[q];
                    type = RASD_EV_VISIT;
                    rd[k].taken = true;
                }
            }
        }
    /* … and so is a meeting or talks done, told next in a sentence opening on و, of the one who
     * arrived, told alone before (arrival), with one who holds a role of the country he arrived in
     * ("وصل الحريري إلى دمشق يوم السبت. وعقد الحريري جلسة محادثات مع الرئيس بشار الأسد"): his
     * host, on the journey's day and at its place when it names neither */
    if (!on_journey && !on_visit && !visitor && jr && v->article > 0 && np == 2 && x->arr_article == v->article &&
        x->arr_person == x->jr_person && !x->jr_off && rd[mk].st == RASD_ST_OCCURRED && !trig[mk].future &&
        (type == RASD_EV_MEETING || type == RASD_EV_TALKS) && (rasd_text_token_inline(t, f)->clitics & RASD_CL_WA)) {
        const char *there = rasd_dict_entity(d, x->jr_place.entity)->code;
        int q = pers[0]->entity == x->jr_person ? 0 : pers[1]->entity == x->jr_person ? 1 : -1;
        bool own = false;   /* (a day or a place of its own: another contact) */
        for (size_t k = 0; k < v->ntimes && !own; k++) own = v->times[k].start >= s0 && v->times[k].end <= s1;
        for (size_t k = 0; k < v->nents && !own; k++)
            own = (v->ents[k].kind == RASD_ENT_PLACE || v->ents[k].kind == RASD_ENT_COUNTRY) && strcmp(v->ents[k].via, "name") == 0 &&
                  v->ents[k].start >= s0 && v->ents[k].end <= s1;
        if (q >= 0 && !own && there && pers[1 - q]->role_of && strcmp(pers[1 - q]->role_of, there) == 0) {
            on_journey = true;
            visitor = pers[q];
            type = RASD_EV_VISIT;
        }
    }
    /* EV-2: the subject of another visitor's verb in a later clause ("زار ترامب أريزونا، فيما زارت
     * هاريس كارولينا الشمالية") makes a journey of his own, not this one */
    if (tr->verb && tr->voice == RASD_VOICE_VISITOR && np >= 2) {
        for (size_t k = mk + 1; k < ntr; k++) {
            const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
            if (!m->verb || m->voice != RASD_VOICE_VISITOR || trig[k].tok < rd[mk].cb) continue;
            size_t kept = 0;
            for (size_t q = 0; q < np; q++)
                if (!(ptok[q] > trig[k].tok && ptok[q] <= trig[k].tok + 4 && ptok[q] < rd[k].cb)) { pers[kept] = pers[q]; ptok[kept++] = ptok[q]; }
            np = kept;
        }
        if (np < 2) return;
    }
    /* EV-2: a message verb's object that is a people ("هنأ ماكرون اللبنانيين بانتخاب جوزاف عون"،
     * "عزى الملك الشعب التركي في ضحايا الزلزال"): addressed to no person; who is named after it
     * is the occasion's */
    if (type == RASD_EV_MESSAGE && tr->verb && to_people(v, main->tok + main->len, l)) return;
    /* EV-2: talks are between sides; one country's team with no named counterpart holds none */
    if (type == RASD_EV_TALKS && one_country) return;
    /* nor do talks whose only parties are "the two sides" ("المحادثات التي أجريت بين الطرفين"):
     * delegations', not leaders' — the sides of a call or meeting are its leaders */
    bool sides = type == RASD_EV_TALKS;
    for (size_t q = 0; q < np && sides; q++) {
        sides = word_class(t, ptok[q]) & W_SIDES;
        /* not sides named by name before the trigger in its clause, as its subjects ("عقدت كالاس
         * ووانغ يي … الحوار الاستراتيجي بين الجانبين") */
        for (size_t r = 0; r < v->nents && sides; r++) {
            const rasd_entmention *m = &v->ents[r];
            if (m->kind != RASD_ENT_PERSON || m->start < s0 || m->end > s1 || m->entity != pers[q]->entity) continue;
            size_t mt = tok_at(t, m->start);
            sides = !(mt >= rd[mk].ca && mt < main->tok && !(word_class(t, mt) & W_SIDES));
        }
    }
    /* (… but the sides of talks told before in the article between the two named are those two:
     * "عقد عراقجي وويتكوف أمس في مسقط جولة أولى من المحادثات. واتفق الجانبان على استئناف
     * المحادثات السبت المقبل") */
    for (size_t k = RASD_VEC_LEN(&x->ev->items, xevent); sides && np == 2 && k-- > 0;) {
        const xevent *xe = &RASD_VEC_AT(&x->ev->items, xevent, k);
        if (xe->e.article != v->article || v->article <= 0) break;
        sides = !(strcmp(xe->e.type, "talks") == 0 && xe->e.nparticipants == 2 &&
                  party_index(&xe->e, rasd_dict_entity(d, pers[0]->entity)->name) >= 0 &&
                  party_index(&xe->e, rasd_dict_entity(d, pers[1]->entity)->name) >= 0);
    }
    if (sides) {
        /* … unless one who reports them is a side: his and the other country's ("أكد ويتكوف أن
         * المحادثات التي أجريت بين الطرفين …": Witkoff and Putin) */
        const rasd_entmention *other = NULL;
        for (size_t q = 0; q < np && speaker && speaker->role_of[0] && !other; q++)
            if (pers[q]->role_of[0] && strcmp(pers[q]->role_of, speaker->role_of) != 0) other = pers[q];
        if (!other) return;
        pers[0] = speaker;
        pers[1] = other;
        np = 2;
    }
    /* EV-4 status: the main trigger's, or a later mention of the same contact (a definite noun of
     * its type, not "لقاء آخر") that cancels or denies it ("كان من المقرر أن يجتمعا، إلا أن
     * الاجتماع أُلغي") */
    rasd_status_kind st = rd[mk].st;
    bool present = rd[mk].present;   /* only its imperfect made it planned (historic_present) */
    /* a contact noun after خلال/أثناء that frames the verb of its clause is told with that verb's
     * mood: "سيلتقي ماكرون خلال الزيارة نواف سلام" is still to come (and a chronicle's present,
     * "- 15 نيسان 2024: السوداني يلتقي بايدن خلال زيارة رسمية إلى واشنطن", is past) */
    if (st == RASD_ST_OCCURRED && !tr->verb && during(t, f, main->tok))
        for (size_t k = 0; k < mk; k++)
            if (!rasd_dict_trigger(d, trig[k].f->target)->modifier && rasd_dict_trigger(d, trig[k].f->target)->verb &&
                rd[k].cb > main->tok && (rd[k].st == RASD_ST_PLANNED || rd[k].st == RASD_ST_PROPOSED)) {
                st = rd[k].st;
                present = rd[k].present;
            }
    for (size_t k = 0; k < ntr; k++) {
        const rasd_trigger *m = rasd_dict_trigger(d, trig[k].f->target);
        if (k == mk || m->modifier || rd[k].drop || m->type != tr->type || m->verb || trig[k].tok < main->tok) continue;
        if (trig[k].tok + trig[k].len < l && another(t, trig[k].tok + trig[k].len)) continue;
        if (!named_before(t, trig[k].tok) || rd[k].since) continue;   /* "لقمة": a contact not named before */
        rd[k].taken = true;
        if ((rd[k].st == RASD_ST_CANCELLED || rd[k].st == RASD_ST_DENIED) && status_rank(rd[k].st) > status_rank(st))
            /* (a plan that did not take place, "سيزور …، لكن الزيارة لم تتم", was called off) */
            st = st == RASD_ST_PLANNED && rd[k].negated && !rd[k].refuted ? RASD_ST_CANCELLED : rd[k].st;
    }
    /* a negated contact over a span ("لم يتحدث مع بايدن منذ ذلك الحين") tells of no contact:
     * neither an event nor the denial of one — but the contact it counts from may be one
     * ("لم يلتق بوتين وزيلينسكي منذ قمة باريس في ديسمبر 2019", EV-13) */
    bool untold = st == RASD_ST_DENIED && span_negated(t, rd[mk].ca, rd[mk].cb);
    bool arrive_plan = will_arrive && st == RASD_ST_OCCURRED;   /* (EV-5 may find it the historic present) */
    if ((will_arrive || hand_later) && st == RASD_ST_OCCURRED) st = RASD_ST_PLANNED;   /* "سيتوجه … إلى واشنطن للقاء" */
    /* (… or proposed when it may only take place: "نتنياهو قد يتوجه غدا إلى القاهرة للقاء السيسي") */
    if (will_arrive && st == RASD_ST_PLANNED && may_happen(t, fo, main->tok, false)) st = RASD_ST_PROPOSED;
    /* EV-3: a plan that a later clause on لكن، إلا أن، غير أن calls off (but_called_off) */
    if (!untold && but_called_off(v, f, rd[mk].cb, st, trig, ntr, cues, ncu)) st = RASD_ST_CANCELLED;
    /* EV-4: an invitation a later clause says was accepted, in the perfect (قبل الدعوة، وافق على
     * الدعوة; قبل with its subject between), is a plan ("وجدد بوتين دعوته لمحمد بن زايد لزيارة
     * روسيا، فيما قبل سموه الدعوة على أن تتم الزيارة في أغسطس المقبل") — not one that will be
     * ("أكد أنه سيلبي الدعوة": still an invitation) */
    static const char *const accept[] = {"قبل", "وافق"};
    static const char *const invitation[] = {"الدعوه", "دعوته", "دعوتها", "دعوتهم"};
    for (size_t i = rd[mk].cb; st == RASD_ST_PROPOSED && !untold && i + 1 < l; i++) {
        if (!token_among(t, i, accept, 2)) continue;   /* (the perfect: "سيوافق" is يوافق) */
        /* (قبل right before the noun is also "before": "قبل الدعوة الرسمية") */
        for (size_t j = stem_is(t, i, "قبل") ? i + 2 : i + 1; j < l && j <= i + 4 && !clause_end(t, j) && st == RASD_ST_PROPOSED; j++)
            if (token_among(t, j, invitation, sizeof invitation / sizeof *invitation)) st = RASD_ST_PLANNED;
    }
    /* EV-3: what the traveller of a journey called off, told before, was to do (كان من
     * المقرر، كان سيلتقي: "أرجأ بايدن زيارته إلى ألمانيا. وكان من المقرر أن يلتقي بايدن في برلين،
     * يوم الجمعة، المستشار شولتس") was called off with it: his visit, cancelled */
    /* (… at the journey's place; a meeting on the sidelines of a gathering stays a meeting:
     * "ألغى مودي رحلته إلى قمة بريكس في قازان. وكان من المقرر أن يلتقي على هامش القمة شي") */
    bool was_to = false, off_journey = false;
    for (size_t i = f; i < main->tok && i < f + 3 && !was_to; i++) was_to = stem_is(t, i, "كان") || stem_is(t, i, "كانت");
    if (st == RASD_ST_PLANNED && was_to && x->jr_off && x->jr_article == v->article && v->article > 0 &&
        (type == RASD_EV_MEETING || type == RASD_EV_TALKS || type == RASD_EV_VISIT))
        for (size_t q = 0; q < np; q++)
            if (pers[q]->entity == x->jr_person) {
                st = RASD_ST_CANCELLED;
                off_journey = true;
                if (type == RASD_EV_MEETING && on_sidelines(t, f, trig, rd, ntr)) break;
                type = RASD_EV_VISIT;
                if (!visitor) visitor = pers[q];
                break;
            }
    /* EV-13: an earlier contact named as a reference point ("أول لقاء منذ لقائهما في أوساكا يوم 28
     * يونيو 2019") owns its clause from its trigger on, and all after it when it follows the
     * main trigger: the main contact takes no date, place or duration from there */
    /* (the main's bytes open after a dateline: "بنغازي - التقى حفتر، مساء أمس، بوتين في موسكو" is
     * no meeting in Benghazi) */
    size_t sr_lo = SIZE_MAX, sr_hi = SIZE_MAX, m0 = fo > f ? v->copy_at : s0, m1 = s1;   /* its tokens; the main's bytes */
    for (size_t k = 0; k < ntr && !rd[mk].since; k++)
        if (rd[k].since && trig[k].tok == since_at) {
            sr_lo = since_at;
            sr_hi = since_at > main->tok ? l : rd[k].cb;
            if (since_at > main->tok) m1 = rasd_text_source_inline(t, rasd_text_token_inline(t, since_at)->start);
            else if (sr_hi < l) m0 = rasd_text_source_inline(t, rasd_text_token_inline(t, sr_hi)->start);
        }
    /* EV-14: a clause on كما/ثم/قبل أن that takes the subject of the contact before it takes no
     * place or duration from that contact's clause ("… في أبوظبي يوم الاثنين، قبل أن يتوجه إلى
     * أنقرة حيث استقبله أردوغان": Ankara) */
    if (elided) {
        size_t c0 = rasd_text_source_inline(t, rasd_text_token_inline(t, cst)->start);
        if (c0 > m0) m0 = c0;
    }
    /* EV-5 date */
    static const char *const postpone[] = {"تاجل", "تاجلت", "اجل", "اجلت", "ارجئ", "ارجئت", "ارجا", "ارجات", "تاجيل", "ارجاء", "تاجيلها", "تاجيله"};
    static const char *const call_off[] = {"الغي", "الغت", "الغيت", "الغاء", "اجل", "اجلت", "ارجا", "ارجات", "تاجيل", "ارجاء"};
    const rasd_timex *tx = NULL, *new_tx = NULL;   /* new_tx: the later day a contact was put off to */
    bool postponed = false;   /* a word of putting off before the contact's (for put_off, below) */
    for (size_t i = f; i < main->tok && st == RASD_ST_CANCELLED && !postponed; i++)
        postponed = token_among(t, i, postpone, sizeof postpone / sizeof *postpone);
    size_t tdist = SIZE_MAX, cb = rd[mk].cb, ext = cext;
    const rasd_timex *stamp = entry_stamp(v, f, l);   /* (EV-5: the stamp only when the entry states no date) */
    int own_clause_date = 2;   /* the trigger's clause has a date of its own: 1, 0, or 2 not yet asked */
    for (size_t k = 0; k < v->ntimes; k++) {
        const rasd_timex *m = &v->times[k];
        if (m->kind != RASD_TIMEX_TIME || m->start < s0 || m->end > s1 || since(v, m) || m == stamp) continue;
        size_t mt = tok_at(t, m->start), dist = mt > main->tok ? mt - main->tok : main->tok - mt;
        /* a contact put off to a later date, even in a later clause ("القمة …، التي كانت مقررة يوم
         * 15 فبراير، تأجلت إلى مارس المقبل"): that date is the new plan's, not the called-off one's */
        /* (also on إلى right after a comma, past a relative clause set off between, when a word of
         * putting off comes before the contact's: "أُرجئت زيارة تبون إلى فرنسا، التي كانت مقررة في
         * مايو الجاري، إلى يونيو المقبل") */
        /* … and one after إلى in its clause ("أرجئ اللقاء الذي كان مقررا اليوم … إلى الخميس
         * المقبل"), or in a later clause where a word of putting off stands before it ("وكان مقرراً
         * أن يلتقي سلام بري أمس، إلا أن اللقاء أُرجئ إلى اليوم": right before إلى, the day it was
         * published too) */
        if (st == RASD_ST_CANCELLED && mt > f + 1 && stem_is(t, mt - 1, "الي")) {
            bool word = false, resumed = postponed && mt > main->tok + 2 && clause_end(t, mt - 2) == 1;
            for (size_t i = mt - 1; i-- > f && !word && !clause_end(t, i);) word = token_among(t, i, postpone, sizeof postpone / sizeof *postpone);
            bool later = after_publication(v, m) ||
                         (v->dct && m->resolved && m->tval.grain == RASD_GRAIN_DAY && against(&m->tval, v->dct) == 0 &&
                          token_among(t, mt - 2, postpone, sizeof postpone / sizeof *postpone));
            if (later && (mt < ext || word || resumed)) {
                new_tx = m;
                continue;
            }
        }
        /* a cancelled or denied contact: a date before its word that follows the verb of saying or
         * calling off is that verb's ("أعلن الصفدي، اليوم الثلاثاء، إلغاء القمة … غدا"، "ألغى ترامب،
         * اليوم الخميس، القمة التي كانت مقررة … في 12 يونيو") */
        /* — not one inside what was said, after the أن/إن that opens it ("نفى الكرملين أن يكون بوتين
         * أجرى أمس اتصالا": yesterday's call, denied) */
        bool in_said = false;   /* after the أن/إن that opens what the last such verb before it says */
        if ((st == RASD_ST_CANCELLED || st == RASD_ST_DENIED) && mt < main->tok) {
            bool said = false;
            for (size_t i = f; i < mt; i++) {
                if (saying(t, i) || token_among(t, i, call_off, sizeof call_off / sizeof *call_off)) said = true, in_said = false;
                else if (said && that_word(t, i)) said = false, in_said = true;
            }
            if (said) continue;
        }
        /* … and a plan's: one after a verb of saying, before the أن/إن that opens what was said, is
         * the day it was said ("أعلن ترامب، اليوم الخميس، أنه سيلتقي كيم") */
        /* (… and a contact done's too, when what was said names a day of its own: "أكد الكرملين،
         * أمس الاثنين، أن بوتين التقى بن زايد في سان بطرسبورغ في الثالث من يونيو الجاري") */
        if ((st == RASD_ST_PLANNED || st == RASD_ST_PROPOSED || st == RASD_ST_OCCURRED) && mt < main->tok) {
            bool said = false, that = false;
            for (size_t i = f; i < mt && !said; i++) said = saying(t, i);
            for (size_t i = tok_at(t, m->end - 1) + 1; said && i < main->tok && !that; i++) that = that_word(t, i);
            bool own = st != RASD_ST_OCCURRED;
            for (size_t q = k + 1; q < v->ntimes && that && !own; q++) {
                const rasd_timex *o = &v->times[q];
                size_t ot = tok_at(t, o->start);
                own = o->kind == RASD_TIMEX_TIME && o->end <= s1 && ot > main->tok && ot < ext && !since(v, o);
            }
            if (that && own) continue;
        }
        /* … and an invitation's: one after the verb that invites, or وجه before دعوة, and before
         * the contact's word is the day of the invitation ("دعا بوتين، اليوم الأربعاء، زيلينسكي إلى
         * زيارة موسكو"; "دعا بوتين زيلينسكي إلى زيارة موسكو الشهر المقبل" is the visit's) */
        /* … also one before the word of a proposal ("أبدى آبي أحمد، في كلمة أمام البرلمان أمس،
         * استعداده للقاء السيسي") */
        if (st == RASD_ST_PROPOSED && mt < main->tok) {
            bool invited = false;
            for (size_t i = f; i < main->tok && !invited; i++)
                invited = i < mt ? proposes(t, i) || ((stem_is(t, i, "وجه") || stem_is(t, i, "وجهت")) && i + 1 < main->tok)
                                 : i > mt && proposes(t, i);
            if (invited) continue;
        }
        /* … and one of a verb whose object, after إلى/عن, the contact's noun is, when the noun's
         * phrase has a date of its own ("وتتجه الأنظار الآن إلى زيارة ترمب المرتقبة إلى الرياض
         * الشهر المقبل": next month) */
        if (!tr->verb && mt < main->tok && main->tok > f && (stem_is(t, main->tok - 1, "الي") || stem_is(t, main->tok - 1, "عن"))) {
            bool later = false;
            for (size_t q = k + 1; q < v->ntimes && !later; q++) {
                const rasd_timex *o = &v->times[q];
                size_t ot = tok_at(t, o->start);
                later = o->kind == RASD_TIMEX_TIME && o->end <= s1 && ot > main->tok && ot < ext && !since(v, o);
            }
            if (later) continue;
        }
        /* what the contact was about may end in its date, set off by commas as a clause of its
         * own ("عبر اتصال مرئي، ناقش الرئيسان العلاقات الثنائية، اليوم.") */
        bool closes_topic = mt >= topic0 && set_off(t, mt, tok_at(t, m->end - 1) + 1, l);
        /* a later clause's date is another fact's ("…، الثلاثاء، سراحه"), unless the clause is
         * that date alone, set off by commas after the trigger's ("تحدث هاتفياً، مساء الأربعاء، مع
         * ترمب") */
        /* … but a called-off contact's in the relative clause right after it that says when it was
         * set for ("وكانت زيارة بلينكن إلى عمّان، التي كانت مقررة يوم الأربعاء للقاء الملك، قد
         * ألغيت") */
        bool set_for = false;
        if (st == RASD_ST_CANCELLED && mt >= ext && mt < l) {
            bool which = false, fixed = false;
            size_t marks = 0;
            for (size_t i = rd[mk].cb; i < mt && marks < 2; i++) {
                if (clause_end(t, i)) marks++;
                /* (or on its verb, as an indefinite one's does: "أُرجئ اجتماع وزاري، كان
                 * مقرراً غداً الأربعاء في واشنطن، بمشاركة …") */
                /* (… or on the word of scheduling itself, an indefinite one's adjective: "وكانت زيارة
                 * سابقة للودريان إلى بيروت، مقررة في أيلول الماضي …، قد أُرجئت") */
                which = which || (word_class(t, i) & W_RELATIVE) ||
                        (i == rd[mk].cb + 1 && (stem_is(t, i, "كان") || stem_is(t, i, "كانت") ||
                                                token_among(t, i, set_words, sizeof set_words / sizeof *set_words)));
                fixed = fixed || stem_is(t, i, "مقرره") || stem_is(t, i, "مقررا") || stem_is(t, i, "مقرر");
            }
            set_for = marks < 2 && which && fixed;
            /* (… or the one its appointed time names, in a later clause: "…، قد أُرجئت من موعدها
             * الأول في أواخر يونيو الماضي") */
            for (size_t i = mt; i-- > rd[mk].cb && i + 5 > mt && !set_for && !clause_end(t, i);)
                set_for = stem_is(t, i, "موعدها") || stem_is(t, i, "موعده");
        }
        /* … and the day of the last of the contacts counted, told in the clause right after
         * ("…، كان آخرهما في سبتمبر الماضي": last_dated) */
        bool last_one = mt >= rd[mk].cb && mt <= rd[mk].cb + 5 && last_dated(v, rd[mk].cb);
        if ((mt >= ext && !closes_topic && !set_for && !last_one) || (mt >= sr_lo && mt < sr_hi)) continue;
        /* nor a feast a verb of celebrating names, what is celebrated ("في مستهل زيارة يحتفل
         * خلالها مع القوات الفرنسية بعيد الميلاد") */
        if (celebrated(t, f, mt)) continue;
        /* nor a date in what it was about ("برقية … بمناسبة ذكرى ثورة 30 يونيو") */
        if (mt >= topic0 && !closes_topic && !all_gathered) continue;
        /* an earlier clause's date that follows the word of a contact of another status there is
         * that contact's ("دعا ماكرون عون إلى زيارة باريس في آذار المقبل، خلال اتصال هاتفي"; not
         * "أجريا محادثات في بكين في 14 أبريل 2023، خلال زيارة الدولة") */
        /* … also of the same status when the trigger's own clause has a date ("التقى ستارمر محمد بن
         * زايد في لندن في سبتمبر 2024، كما استقبل … أمير قطر في ديسمبر 2024": December) */
        bool others = false;
        if (mt < rd[mk].ca && own_clause_date == 2) own_clause_date = own_date(v, rd[mk].ca, ext, NULL) != NULL;
        for (size_t q = 0; q < ntr && !others && mt < rd[mk].ca; q++)
            others = q != mk && !rasd_dict_trigger(d, trig[q].f->target)->modifier && !rd[q].drop && trig[q].tok < mt &&
                     rd[q].cb > mt && rd[q].cb <= rd[mk].ca && (rd[q].st != rd[mk].st || own_clause_date == 1);
        /* … and so is one in an earlier clause on a verb of travel, when the trigger's own clause
         * has a date ("يصل عباس إلى واشنطن اليوم الأحد، على أن يلتقي أوباما غدا الاثنين": Monday) */
        for (size_t i = mt; i-- > f && !others && mt < rd[mk].ca && own_clause_date == 1 && !clause_end(t, i);)
            others = word_class(t, i) & W_ARRIVAL;
        /* nor one that follows a later contact of another status, not occurred, in the trigger's
         * sentence ("اتفقا خلال الاتصال على أن يقوم برابوو بزيارة إلى أبوظبي مطلع العام المقبل": the
         * visit's) */
        /* (not one a called-off contact was set for: "…، التي كان يفترض أن يلتقي خلالها ولي العهد،
         * قد أُرجئت من موعدها الأول في أواخر يونيو") */
        for (size_t q = mk + 1; q < ntr && !others && mt > main->tok && !set_for; q++)
            others = !rasd_dict_trigger(d, trig[q].f->target)->modifier && !rd[q].drop && trig[q].tok < mt &&
                     rd[q].st != RASD_ST_OCCURRED && rd[q].st != rd[mk].st;
        if (others) continue;
        /* nor one in a relative clause set off by commas before the contact's word, on a person
         * named before it ("أن مون، الذي تنتهي ولايته الشهر المقبل، تبادل رسائل وداع مع كيم") */
        if (mt < main->tok && set_off_relative(v, f, mt, main->tok, trig, ntr)) continue;
        /* a denied report: a date before the contact's word is the denial's or the report's
         * ("نفى بيسكوف اليوم تقارير عن لقاء …"، "ما تناقلته منصات إخبارية أمس عن لقاء … بأنه
         * شائعات"), not the contact's */
        if (rd[mk].refuted && mt < main->tok && !in_said) continue;
        /* a date that the other one names more exactly (a heading's month and the day in the entry:
         * "حزيران/يونيو 2023: التقى الزعيمان … في 16 حزيران/يونيو") gives way to it, however near */
        if (tx && refines(m, tx) && heads(t, f, tok_at(t, tx->start))) { tdist = dist; tx = m; }
        else if (tx && refines(tx, m) && heads(t, f, mt)) continue;
        else if (dist < tdist) { tdist = dist; tx = m; }
    }
    if (!tx && fk < ntr) tx = own_date(v, rd[fk].ca, rd[fk].cb, NULL);   /* EV-16: the day it was delivered */
    if (!tx) tx = stamp;
    /* a called-off contact's day that a word of scheduling after its word names, over a nearer day
     * the report was made ("أفادت مصادر، الجمعة، بأن زيارة أردوغان إلى واشنطن، التي كانت مقررة في
     * 9 مايو المقبل، أرجئت") */
    for (size_t k = 0; tx && st == RASD_ST_CANCELLED && k < v->ntimes; k++) {
        const rasd_timex *m = &v->times[k];
        size_t mt = tok_at(t, m->start);
        if (m == tx || m->kind != RASD_TIMEX_TIME || !m->resolved || mt <= main->tok || mt >= l || tok_at(t, tx->start) > main->tok) continue;
        if (set_before(t, f, mt)) { tx = m; break; }
    }
    /* a date and the one it is "الموافق" ("18 جمادى الآخرة 1446 هـ الموافق 20 دجنبر 2024"): the
     * civil date, which the text gives as observed (a Hijri month's start varies by country) */
    if (tx) {
        size_t e = tok_at(t, tx->end - 1) + 1;
        if (e + 1 < l && stem_is(t, e, "الموافق"))
            for (size_t k = 0; k < v->ntimes; k++)
                if (v->times[k].kind == RASD_TIMEX_TIME && tok_at(t, v->times[k].start) == e + 1 && v->times[k].resolved) {
                    tx = &v->times[k];
                    break;
                }
    }
    const char *date = NULL, *date_text = NULL, *under = NULL;
    bool likewise = false;   /* the day of one told before of the same type, told "likewise" */
    if (tx) {
        const char *val = tx->value[0] ? tx->value : tx->from;
        date = contact_date(x->ev, tx);
        /* a window that opens at publication ("خلال شهرين"، "خلال الأيام المقبلة": from today to a
         * later day) says by when, not the day: no date — unless it ends that day ("الليلة") */
        if (date && !tx->value[0] && tx->from[0] && tx->to[0] && strncmp(tx->from, tx->to, 10) != 0 && v->published &&
            strlen(v->published) >= 10 && strncmp(tx->from, v->published, 10) == 0)
            date = NULL;
        if (!date && strncmp(val, "XXXX-W", 6) == 0 && v->published && strlen(v->published) == 7) {
            /* a weekday in an article known only by its month: that month, the grain the text
             * supports */
            date = keep(x->ev, v->published, 7);
        }
        if (!date && strncmp(val, "XXXX-", 5) == 0 && val[5] >= '0' && val[5] <= '1') under = keep(x->ev, val, strlen(val) > 10 ? 10 : strlen(val));
        date_text = keep(x->ev, v->text + tx->start, tx->end - tx->start);
        /* "the same day" (اليوم نفسه/ذاته) opening the sentence is the day of the contact told last
         * in the article, not of the last day the text names ("هنأ سال فاي في اتصال أمس الاثنين
         * بفوزه في الانتخابات التي جرت الأحد. وفي اليوم نفسه، بعث تينوبو برسالة": Monday) */
        size_t txe = tok_at(t, tx->end - 1) + 1, txs = tok_at(t, tx->start);
        if (txe < l && (stem_is(t, txe, "نفسه") || stem_is(t, txe, "ذاته")) && (txs == f || (txs == f + 1 && fi_at(t, f))) &&
            x->like_article == v->article && v->article > 0 && x->like_date && strlen(x->like_date) == 10)
            date = x->like_date;
        past_or_plan(x, v, tr, main, tx, &date, &st);
        historic_present(v, tx, present, &st);
        news_present(x, v, f, l, stamp, tx, present, &st);
        told_plan(x, v, f, main->tok, tx, &date, st);
        /* "اليوم" in an article out before 04:00 is the news day that just ended: a contact it
         * reports done took place the evening before */
        if (st == RASD_ST_OCCURRED && date && v->dct && v->dct->grain > RASD_GRAIN_DAY && v->dct->hour >= 0 &&
            v->dct->hour < 4 && tx->end - tx->start == strlen("اليوم") && memcmp(v->text + tx->start, "اليوم", strlen("اليوم")) == 0)
            date = day_string(x->ev, rasd_tval_days(v->dct) - 1);
        /* a weekday alone ("يوم الخميس"), which the time stage reads as the last one, names the
         * next one for a contact still to come ("من المنتظر أن يستقبله تبون يوم الخميس") */
        /* … and for one called off that a word of scheduling right before the weekday says it had
         * been set for, when the next such day is nearer the publication than the last one
         * ("أرجأ بايدن زيارته التي كانت مقررة الخميس", on a Wednesday; on a Saturday, the
         * Wednesday before) */
        const char *set = st == RASD_ST_CANCELLED ? set_for_day(x, v, f, tx) : NULL;
        if (set) date = set;
        else if ((st == RASD_ST_PLANNED || st == RASD_ST_PROPOSED) && date && strlen(date) == 10 && v->dct && tx->resolved &&
                 tx->tval.grain == RASD_GRAIN_DAY && rasd_tval_days(&tx->tval) < rasd_tval_days(v->dct) &&
                 bare_weekday(t, tx))
            date = day_string(x->ev, rasd_tval_days(&tx->tval) + 7);
        /* … and the publication's own weekday, which the time stage reads as next week for what
         * is still to come (as Duckling does), is that day in a report of a plan or a call-off
         * ("يستقبل الرئيس … يوم الثلاثاء", out on a Tuesday): a plan a week off says المقبل */
        else if ((st == RASD_ST_PLANNED || st == RASD_ST_PROPOSED || st == RASD_ST_CANCELLED) && date && strlen(date) == 10 &&
                 v->dct && tx->resolved && tx->tval.grain == RASD_GRAIN_DAY && rasd_tval_days(&tx->tval) == rasd_tval_days(v->dct) + 7 &&
                 bare_weekday(t, tx))
            date = day_string(x->ev, rasd_tval_days(v->dct));
        /* … and a day or month with no year of a contact called off, which the time stage reads
         * ahead after a verb of the future ("كان من المقرر أن يلتقي … يوم 28 ديسمبر، غير أن اللقاء
         * أُرجئ", out on 6 January): the nearer of it and the one a year before */
        if (st == RASD_ST_CANCELLED && !set && date && v->dct && tx->resolved && after_publication(v, tx) && !year_fixed(v, tx) &&
            (tx->tval.grain == RASD_GRAIN_DAY || tx->tval.grain == RASD_GRAIN_MONTH) && !bare_weekday(t, tx) &&
            rasd_tval_days(&tx->tval) - rasd_tval_days(v->dct) > 182)
            date = year_before(x->ev, date);
    } else if (x->head_date && st != RASD_ST_PROPOSED &&   /* (not an invitation's: its visit is to come) */
               /* (nor a plan told in the future under a heading's day before publication: "15 أغسطس:
                * قمة في أنكوريج. وأعلن ترامب أن الرئيسين سيلتقيان قريبا في بودابست") */
               !(st == RASD_ST_PLANNED && trig[mk].future && v->dct && strcmp(x->head_date, day_string(x->ev, rasd_tval_days(v->dct))) < 0)) {
        date = x->head_date;
        date_text = x->head_text;
    } else if (x->like_article == v->article && v->article > 0 && x->like_type == type && x->like_date &&
               (similar != SIZE_MAX || (stem_is(t, f, "كما") && f + 1 < l && verb_at(t, f + 1, main->tok)) ||
                /* (or a message to the one the last was sent to, its verb opening the sentence on و:
                 * "بعث الملك … اليوم برقية تهنئة للرئيس ماكرون. وبعث ولي العهد برقية تهنئة للرئيس
                 * ماكرون" — cables sent on one occasion) */
                (type == RASD_EV_MESSAGE && x->sim_article == v->article && named_among(pers, np, x->sim_to) && wa_opens(t, f) &&
                 verb_at(t, f, main->tok)))) {
        /* one of the same type told "likewise" after a dated one, with no date of its own: كما
         * right before its verb ("بعث الملك … اليوم برقية تهنئة إلى …. كما بعث ولي العهد برقية
         * تهنئة إلى …"، "كما تلقى سموه اتصالا هاتفيا آخر من …"; not "كما دخل العراق على الخط")
         * or a similar one ("برقية مماثلة"): that one's day */
        date = x->like_date;
        date_text = x->like_text;
        likewise = similar == SIZE_MAX;
    } else if (type == RASD_EV_MESSAGE && x->pair_article == v->article && v->article > 0 && x->pair_date && wa_opens(t, f) &&
               handed_to_pair(x, t, f, main->tok, pers, np, carrier)) {
        /* a message handed over, told on و right after a contact of one of its persons ("استقبل
         * الشيخ محمد بن زايد اليوم في أبوظبي سامح شكري. وتسلم سموه رسالة خطية من الرئيس السيسي"):
         * at that contact, on its day */
        date = x->pair_date;
        date_text = x->pair_text;
    } else if (x->like_article == v->article && v->article > 0 && x->like_date) {
        /* one told during a contact named as one told before, the sentence's start ("وخلال
         * اللقاء، أجرى الرئيسان اتصالا مرئيا مع الشرع"): the day of the last dated one */
        for (size_t k = 0; k < mk; k++)
            if (trig[k].tok > f && trig[k].tok <= f + 2 && during(t, f, trig[k].tok) && named_before(t, trig[k].tok) &&
                !rasd_dict_trigger(d, trig[k].f->target)->verb) {
                date = x->like_date;
                date_text = x->like_text;
                break;
            }
    }
    /* … else one whose sentence opens in the scene told before (in_scene): that one's day (not
     * that of a plan or an invitation made in a scene that took place: "وفي ختام المباحثات، وجه
     * الرئيس القبرصي الدعوة للرئيس السيسي لزيارة نيقوسيا") */
    if (!tx && !date && !under) news_present(x, v, f, l, stamp, NULL, present, &st);
    bool scene_place = false, gather_place = false, scene_sidelines = false;
    if (!date && !under && !(to_come(st) && !x->scene_ahead) && x->scene_article == v->article && v->article > 0 && x->scene_date &&
        (in_scene(t, f, l, main->tok, !remote(type), &scene_place) || after_scene(v, main->tok + main->len, rd[mk].cb))) {
        date = x->scene_date;
        date_text = x->scene_text;
        scene_sidelines = x->scene_sidelines;
    } else
        scene_place = false;
    /* … or, on the sidelines of a gathering named again (على هامش القمة), or for a summit told with
     * no contact, named again as the contact ("اختتمت في الدوحة أمس القمة العربية. وترأس أمير قطر
     * القمة بمشاركة …"), the gathering's day and place, when the article told them */
    /* (its place also when the contact has a day of its own: "التقى أردوغان اليوم كريسترسون في
     * فيلنيوس عشية قمة الناتو. ومن المنتظر أن يلتقي أردوغان بايدن غدا على هامش القمة": tomorrow,
     * in Vilnius) */
    if (!under && x->gather_article == v->article && v->article > 0) {
        gather_place = !date && x->gather_bare && !tr->verb && stem_is(t, main->tok, "قمه") &&
                       (rasd_text_token_inline(t, main->tok)->clitics & RASD_CL_AL);
        for (size_t j = f; j + 2 < l && !gather_place; j++) gather_place = sidelines_named(t, j, l) && named_again(v, j + 3, l);
    }
    if (gather_place && (!date || date == x->scene_date)) {
        date = x->gather_date;
        date_text = x->gather_text;
        scene_place = scene_place && !x->gather_place.entity;   /* (the scene's, when the gathering's is not told) */
    }
    /* … else one a span of days away from the contact told last in the article (its word named
     * there, or named again: "وجاء اللقاء بعد ثلاثة أيام من قمة جمعت ترامب وبوتين"): that contact's
     * day minus the span after بعد, plus it after قبل — still to come, planned */
    /* (… and the day after it, غداة, or the eve of it, عشية: "وجاء اللقاء غداة اتصال هاتفي بين ترامب
     * ومودي" — a day before the one told last) */
    bool eve = main->tok > f + 1 && (stem_is(t, main->tok - 1, "غداه") || stem_is(t, main->tok - 1, "عشيه"));
    if (!date && !under && main->tok >= f + 3 && (stem_is(t, main->tok - 1, "من") || eve) && v->article > 0) {
        size_t nev2 = RASD_VEC_LEN(&x->ev->items, xevent);
        const rasd_event *last = nev2 ? &RASD_VEC_AT(&x->ev->items, xevent, nev2 - 1).e : NULL;
        rasd_tval ref;
        int sign = 0, span = 0;   /* -1 after بعد, 1 after قبل; the span in days */
        bool spanned = false;
        size_t sb = 0, se = 0;    /* its bytes */
        if (last && last->article == v->article && last->date && strlen(last->date) == 10 &&
            rasd_tval_parse_dct(last->date, 10, &ref, &(int){0})) {
            for (size_t k = 0; k < v->ntimes; k++) {   /* a duration right before من ("بعد ثلاثة أيام من") */
                const rasd_timex *m = &v->times[k];
                size_t mt = tok_at(t, m->start);
                if (m->kind != RASD_TIMEX_DURATION || tok_at(t, m->end - 1) + 2 != main->tok || mt <= f) continue;
                int n = 0;
                char unit = 0;
                sign = stem_is(t, mt - 1, "بعد") ? -1 : stem_is(t, mt - 1, "قبل") ? 1 : 0;
                if (sign && sscanf(m->value, "P%d%c", &n, &unit) == 2 && (unit == 'D' || unit == 'W')) {
                    span = n * (unit == 'W' ? 7 : 1);
                    spanned = true;
                    sb = m->start;
                    se = m->end;
                }
                break;
            }
            /* (or a day or a week, one or two, in a word of its own: "بعد يوم من محادثات …") */
            static const char *const units[] = {"يوم", "يومين", "اسبوع", "اسبوعين"};
            static const int span_days[] = {1, 2, 7, 14};
            if (eve) {
                sign = stem_is(t, main->tok - 1, "غداه") ? -1 : 1;
                span = 1;
                spanned = true;
                sb = rasd_text_source_inline(t, rasd_text_token_inline(t, main->tok - 1)->start);
                se = rasd_text_source_inline(t, rasd_text_token_inline(t, main->tok - 1)->end);
            }
            if (!spanned) sign = stem_is(t, main->tok - 3, "بعد") ? -1 : stem_is(t, main->tok - 3, "قبل") ? 1 : 0;
            for (size_t u = 0; u < 4 && !spanned && sign; u++)
                if (token_among(t, main->tok - 2, &units[u], 1)) {
                    span = span_days[u];
                    spanned = true;
                    sb = rasd_text_source_inline(t, rasd_text_token_inline(t, main->tok - 3)->start);
                    se = rasd_text_source_inline(t, rasd_text_token_inline(t, main->tok - 2)->end);
                }
        }
        if (spanned) {
            int64_t day = rasd_tval_days(&ref) + sign * span;
            date = day_string(x->ev, day);
            date_text = keep(x->ev, v->text + sb, se - sb);
            if (st == RASD_ST_OCCURRED && v->dct && day > rasd_tval_days(v->dct)) st = RASD_ST_PLANNED;
        }
    }
    /* … else one on a journey told before (on_journey): the journey's day */
    /* (… or, for one still to come of a journey put off, the day it was put off to — and the
     * journey is called off on its old day: "أُرجئت زيارة سلام إلى دمشق، التي كانت مقررة غداً
     * الخميس، إلى الاثنين المقبل. ومن المقرر أن يلتقي سلام خلال الزيارة الرئيس الشرع") */
    bool put_off = !date && !under && on_journey && x->jr_off && x->jr_new && st == RASD_ST_PLANNED && !was_to;
    if (put_off) {
        date = x->jr_new;
        date_text = x->jr_new_text;
    } else if (!date && !under && on_journey && x->jr_date) {
        date = x->jr_date;
        date_text = x->jr_text;
    }
    /* a journey in the present tense under a past date written with its year is the historic
     * present too ("- 25 أوت 2022: الرئيس ماكرون يصل إلى العاصمة الجزائرية في زيارة رسمية") */
    if (arrive_plan && st == RASD_ST_PLANNED) historic_present(v, tx, true, &st);
    bool filed = false;   /* dated so (a contact held during it, with a day of its own, redates it) */
    /* TMX-22: a contact done, with no time of its own, in the sentence that a dateline with no date
     * opens ("دمشق-سانا: بعث الرئيس بشار الأسد برقية تهنئة إلى …"): the day the copy was filed, the
     * publication's (EV-7) — not one with numbers the time stage did not read as a date ("الكويت -
     * 14 - 5 --") */
    if (!date && !under && st == RASD_ST_OCCURRED && fo > f && v->dateline != UINT32_MAX && !v->dated_to && v->dct &&
        v->dct->grain >= RASD_GRAIN_DAY && v->copy_at > s0) {
        size_t de = v->copy_at;
        while (de > s0 && strchr(" :-/", v->text[de - 1])) de--;
        bool digits = false;
        for (size_t i = s0; i < de && !digits; i++) digits = v->text[i] >= '0' && v->text[i] <= '9';
        if (!digits && rasd_text_token_inline(t, fo)->kind != RASD_TOK_NUMBER) {
            date = day_string(x->ev, rasd_tval_days(v->dct));
            date_text = keep(x->ev, v->text + s0, de - s0);
            filed = true;
        }
    }
    /* (one told "likewise" on the scene's day is at its place too: "كما التقى معاليه …") */
    if (likewise && x->scene_article == v->article && x->scene_date && strcmp(date, x->scene_date) == 0) {
        scene_place = true;
        scene_sidelines = x->scene_sidelines;
    }
    /* EV-6 initiator and order, EV-7 place and duration */
    const rasd_entmention *init = sent_by ? sent_by : visitor ? visitor : initiator_of(v, f, tr, main->tok, pers, ptok, np);
    /* who asked for a call ("بناء على طلب الجانب الأمريكي"، "بمبادرة من الجانب التركي") made it —
     * also the one told before that a definite noun names (elaborations) */
    bool asked = false;
    if ((type == RASD_EV_CALL || type == RASD_EV_VIDEO_CALL) && !sent_by) {
        const rasd_entmention *rq = requested_by(v, f, l, pers, ptok, np);
        if (rq) init = rq;
        asked = rq != NULL;
    }
    /* a verb after أن has its subject right after it, even one named before in a pair ("واتفق
     * الجانبان على أن يزور حسين طهران": Hussein visits) — but after a verb of wanting, its subject
     * is the one who wants, named right before أن ("يأمل ترامب أن يلتقي روحاني": Trump) or the
     * speaker (EV-2, "قال آبي إنه يأمل أن يلتقي كيم"); not when the one right after it is the
     * object of a subject dropped (dropped_subject: "ومن المقرر أن يلتقي المستشار شولتس") */
    if (!sent_by && !dropped && tr->verb && (tr->voice == RASD_VOICE_SUBJ_OBJ || tr->voice == RASD_VOICE_VISITOR || tr->voice == RASD_VOICE_SENDER) &&
        main->tok > f + 1 && stem_is(t, main->tok - 1, "ان")) {
        const rasd_entmention *wants = NULL;
        bool control = word_class(t, main->tok - 2) & W_CONTROL;
        for (size_t q = 0; q < nall && !control; q++)
            if (tok_at(t, allp[q]->end - 1) + 2 == main->tok && allt[q] > f && (word_class(t, allt[q] - 1) & W_CONTROL)) {
                control = true;
                wants = allp[q];
            }
        for (size_t q = 0; q < nall && !control; q++)
            if (allt[q] == main->tok + 1 && !(q + 1 < nall && joined_by_wa(t, tok_at(t, allp[q]->end - 1) + 1, allt[q + 1])))
                wants = allp[q];
        for (size_t r = 0; r < np && wants; r++)
            if (pers[r]->entity == wants->entity) init = pers[r];
    }
    /* who travelled is the visitor: the subject after the verb of travel ("وصل سعيد إلى الجزائر
     * تلبية لدعوة من الرئيس تبون، حيث التقى …"، "وصل السوداني إلى طهران في زيارة"), or named
     * before it ("سعيد، الذي وصل …") */
    for (size_t q = 0; q < np && went_at != SIZE_MAX; q++)
        if (ptok[q] > went_at || q + 1 == np || ptok[q + 1] > went_at) {
            if (ptok[q] < main->tok) init = pers[q];
            break;
        }
    /* the visitor an ordinal describes is the sentence's subject, its first person ("التقت ميلوني
     * ترامب …، لتصبح أول زعيمة أوروبية تزور واشنطن"، "كان الصفدي أول وزير يزور دمشق") */
    if (tr->verb && type == RASD_EV_VISIT && np && ptok[0] < main->tok && ordinal_told(t, f, main->tok)) init = pers[0];
    if (!init && type == RASD_EV_VISIT && st == RASD_ST_PROPOSED) init = invited(v, f, tr, main, pers, np);
    if (addressee && type == RASD_EV_VISIT && st == RASD_ST_PROPOSED) init = addressee;   /* (the one invited: "وجّه إليه دعوة") */
    if (type != RASD_EV_VISIT && st == RASD_ST_PROPOSED && !sent_by) {
        const rasd_entmention *by = proposer(t, f, main->tok, pers, ptok, np);
        if (by) init = by;
        if (brokered) init = NULL;   /* (its proposer took no part: none of the two asked for it) */
    }
    /* a denied report's place is told after its word: one before is the denial's ("أكد مصدر برئاسة
     * الجمهورية الجزائرية أنه لا صحة … بشأن لقاء …") */
    size_t p0 = rd[mk].refuted ? rasd_text_source_inline(t, rasd_text_token_inline(t, main->tok)->start) : m0;
    if (p0 < m0) p0 = m0;
    /* (a visit's verb and its destination after a date set off by commas: "زار نواف سلام، أمس، قصر
     * بعبدا حيث التقى عون") */
    /* (the tokens before pext are the clause's: past the place's last word, "، أمس، القاهرة حيث") */
    size_t pext = ext;
    if (type == RASD_EV_VISIT && tr->verb && ext + 2 < l && resumed_end(t, l, rd[mk].cb, ext) != ext) {
        size_t pz = ext + 1;
        if (pz + 1 < l && city_word_before(t, pz + 1) == pz && covered(v, pz + 1, pz + 2, COVER_PLACE, 0)) pz++;   /* (مدينة العلمين) */
        while (pz < l && covered(v, pz, pz + 1, COVER_PLACE, 0)) pz++;
        if (pz > ext + 1) pext = pz;
    }
    const rasd_entmention *place = place_of(v, f, l, main->tok, type == RASD_EV_VISIT, pext,
                                            cend != SIZE_MAX && topic != SIZE_MAX ? topic2 : topic, p0, m1, st == RASD_ST_OCCURRED);
    /* … a contact told in a clause on حيث right after a place set off by a comma, its antecedent,
     * took place there ("زار فاي غامبيا، ثم توجه إلى أبيدجان، حيث التقى واتارا": Abidjan; "وصل
     * بوتين إلى هانوي قادما من بيونغ يانغ، حيث التقى أمس كيم": Pyongyang) */
    for (size_t h = f + 2; h + 1 < l && !remote(type); h++) {
        if (!stem_is(t, h, "حيث") || clause_end(t, h - 1) != 1) continue;
        size_t he = h + 1;
        while (he < l && !clause_end(t, he)) he++;
        bool there = main->tok > h && main->tok < he;
        for (size_t q = 0; q < np && !there; q++) there = ptok[q] > h && ptok[q] < he;
        /* (not over a place named in that clause, "… إلى إسرائيل، حيث التقى نتنياهو في القدس", nor
         * a city in the country it names, "إلى مدينة العلمين المصرية، حيث"; not the last of a list
         * of stops, "جولة تشمل السعودية والإمارات وقطر، حيث", nor where one went back to) */
        const rasd_entmention *ante = there ? where_antecedent(v, s0, h) : NULL;
        bool inside = place && tok_at(t, place->start) > h && tok_at(t, place->start) < he;
        /* (… nor over a city of the country it is: "سيزور الشرع بيروت …، في أول زيارة له إلى لبنان،
         * حيث سيلتقي عون" is Beirut) */
        bool city = ante && place && ante->kind == RASD_ENT_COUNTRY && place->kind == RASD_ENT_PLACE &&
                    strcmp(rasd_dict_entity(d, place->entity)->code, rasd_dict_entity(d, ante->entity)->code) == 0;
        if (ante && !inside && !city) place = ante;
        if (there) break;
    }
    if (!init && type == RASD_EV_VISIT && place) init = foreigner(d, place, pers, np);
    const rasd_timex *du = first_duration(v, m0, m1);
    /* EV-13: a contact said to have lasted months or years ("مفاوضات استمرت عامين بين ظريف وكيري")
     * is a process told as history, no contact of a day */
    if (du && long_span(du->value)) {
        static const char *const lasted[] = {"استمر", "استمرت", "دام", "دامت", "امتد", "امتدت"};
        size_t dt = tok_at(t, du->start), ze = main->tok + main->len;
        if (dt > ze && dt <= ze + 3 && token_among(t, dt - 1, lasted, sizeof lasted / sizeof *lasted)) return;
    }
    /* EV-8 topics */
    const char *topics = NULL;
    /* … also the contact noun a topic verb before it names as its occasion ("بحث السيسي في اتصال
     * هاتفي مع روتو أمس الأوضاع في الصومال"): its topic follows the noun's phrase */
    size_t occasion = SIZE_MAX;
    static const char *const made_it[] = {"اجراه", "اجرياه", "اجراها", "جري", "عقده", "عقداه", "تلقاه", "تلقاها"};
    if (!tr->verb && main->tok > f && (stem_is(t, main->tok - 1, "في") || during(t, f, main->tok)))
        for (size_t i = main->tok - 1; i-- > f && !clause_end(t, i);)
            if (word_class(t, i) & W_TOPIC_VERB) {
                occasion = main->tok + main->len - 1;
                break;
            }
    for (size_t i = main->tok; i < l && !topics; i++) {
        if (!(word_class(t, i) & W_TOPIC_VERB) && i != occasion) continue;
        /* not who discussed it, nor when or how: the subject after the verb ("ناقش الرئيسان …"،
         * "بحث رئيس الإمارات … والرئيس الإندونيسي …"), the other side (معه، مع نظيره …), خلاله،
         * حينها، هاتفيا, a date; then إلى/على (تطرق إلى، ركز على) */
        size_t a = i + 1;
        while (a < l) {
            if ((word_class(t, a) & W_TOPIC_SKIP) || covered(v, a, a + 1, COVER_PERSON | COVER_TIME, 0) || pair_before_names(v, a, l) ||
                (stem_is(t, a, "مع") && a + 1 < l && covered(v, a + 1, a + 2, COVER_PERSON, 0)) ||
                (i == occasion && token_among(t, a, made_it, sizeof made_it / sizeof *made_it)))
                a++;
            else if (stem_is(t, a, "في") && a + 1 < l && city_at(v, a + 1))
                a += 2;   /* where ("… في القاهرة أمس العلاقات الثنائية") */
            else if (i == occasion && a > i + 1 && clause_end(t, a) == 1)
                a++;      /* the occasion's phrase set off ("… مع روتو، تطورات …") */
            else break;
        }
        if (a >= l || clause_end(t, a)) break;
        if (i == occasion && (word_class(t, a) & W_TOPIC_VERB)) continue;   /* that verb's own */
        size_t ta = rasd_text_source_inline(t, rasd_text_token_inline(t, a)->start), tb = s1;
        /* nor who reports it ("…، وفق بيان للديوان الملكي") */
        for (size_t k = a + 1; k + 1 < l; k++)
            if (clause_end(t, k) == 1 && (word_class(t, k + 1) & W_SOURCE)) {
                tb = rasd_text_source_inline(t, rasd_text_token_inline(t, k)->start);
                break;
            }
        /* nor the date that closes the sentence, set off by a comma ("…، اليوم.") */
        for (size_t k = 0; k < v->ntimes; k++) {
            const rasd_timex *m = &v->times[k];
            if (m->start < ta || m->end > s1) continue;
            size_t mt = tok_at(t, m->start), mb = tok_at(t, m->end - 1) + 1;
            if (mt > a && set_off(t, mt, mb, l) && (mb >= l || (clause_end(t, mb) == 2 && mb + 1 >= l))) {
                size_t comma = rasd_text_source_inline(t, rasd_text_token_inline(t, mt - 1)->start);
                if (comma < tb) tb = comma;
            }
        }
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
    /* EV-2: those a relative clause says the contact, or the summit it was held at, also brought
     * together (التي ضمت أيضا، الذي جمع أيضا: "في إطار قمة صيغة نورماندي، التي ضمت أيضا الرئيس
     * ماكرون والمستشارة ميركل") are its parties too */
    /* (… and so are those a clause on و says also took part in it: "قمة افتراضية … دعا إليها
     * لولا، وشارك فيها أيضا الرئيس الروسي فلاديمير بوتين") */
    static const char *const brought[] = {"ضمت", "ضم", "جمعت", "جمع", "شملت", "شمل"};
    static const char *const took_part[] = {"شارك", "شاركت"};   /* (its و the clitic asked) */
    static const char *const in_it[] = {"فيها", "فيه"};
    for (size_t i = main->tok + 2; i + 2 < l && np < 16; i++) {
        size_t a = SIZE_MAX;   /* where the names start */
        if ((word_class(t, i - 1) & W_RELATIVE) && stem_is(t, i + 1, "ايضا") && token_among(t, i, brought, 6)) a = i + 2;
        else if (i + 3 < l && stem_is(t, i + 2, "ايضا") && (rasd_text_token_inline(t, i)->clitics & RASD_CL_WA) &&
                 token_among(t, i + 1, in_it, 2) && token_among(t, i, took_part, 2))
            a = i + 3;
        if (a == SIZE_MAX) continue;
        size_t e0 = a;
        while (e0 < l && clause_end(t, e0) != 2 &&
               !(clause_end(t, e0) == 1 && (e0 + 1 == l || !(rasd_text_token_inline(t, e0 + 1)->clitics & RASD_CL_WA))))
            e0++;
        for (size_t k = 0; k < v->nents && np < 16; k++) {
            const rasd_entmention *pm = &v->ents[k];
            size_t pt = tok_at(t, pm->start);
            if (pm->kind != RASD_ENT_PERSON || pm->start < s0 || pt < a || pt >= e0) continue;
            bool have = false;
            for (size_t q = 0; q < np && !have; q++) have = pers[q]->entity == pm->entity;
            if (!have) { pers[np] = pm; ptok[np++] = pt; }
        }
        break;
    }
    set_parties(x->ev, d, &e, init, pers, np);
    /* EV-6: a meeting or talks held by video ("عقد … اجتماعا افتراضيا مع …") is still a meeting:
     * no initiator unless proposed */
    if ((tr->type == RASD_EV_MEETING || tr->type == RASD_EV_TALKS || tr->held) && type == RASD_EV_VIDEO_CALL && st != RASD_ST_PROPOSED)
        e.initiator = NULL;
    set_place(&e, d, place && !remote(type) ? place : NULL);
    /* … and one recalled (EV-2, rk) with neither of its own: the recalled contact's */
    if (rk < ntr && !e.date && !e.location) {
        e.date = x->pair_date;
        e.date_text = x->pair_text;
        if (!remote(type)) {
            e.location = x->pair_loc;
            e.venue = x->pair_venue;
        }
    }
    /* … and one of a gathering's chair and those who attended it: the chair's sentence's (chaired) */
    if (chair_join && !e.date) {
        e.date = x->chair_date;
        e.date_text = x->chair_text;
    }
    if (chair_join && !e.location && !remote(type) && x->chair_place.entity) set_place(&e, d, &x->chair_place);
    /* EV-7: one whose subject is dropped, on the day of the contact told before, with no place
     * of its own: that contact's ("التقى السوداني … في القاهرة السيسي. كما التقى … ميلوني") */
    if (dropped && !e.location && !remote(type) && e.date && x->subj_date && strcmp(e.date, x->subj_date) == 0) {
        e.location = x->subj_loc;
        e.venue = x->subj_venue;
    }
    /* … and one on the sidelines of, or during, the scene told before: the scene's */
    if (scene_place && !e.location && !remote(type) && x->scene_place.entity) set_place(&e, d, &x->scene_place);
    if (gather_place && !e.location && !remote(type) && x->gather_place.entity) set_place(&e, d, &x->gather_place);
    /* … and one a list entry tells under a city ("روما، 31 تشرين الأول/أكتوبر 2021: التقيا …"): that
     * city — also over the country it is in that the entry names ("فيلنيوس، 12 تموز/يوليو 2023:
     * التقى الرئيسان على هامش قمة الحلف في ليتوانيا") */
    bool in_country = entry_place && place && !remote(type) && rasd_dict_entity(d, place->entity)->kind == RASD_ENT_COUNTRY &&
                      strcmp(rasd_dict_entity(d, place->entity)->code, rasd_dict_entity(d, entry_place->entity)->code) == 0;
    if (entry_place && (!e.location || in_country) && !remote(type)) set_place(&e, d, entry_place);
    if (!e.location && type == RASD_EV_VISIT) e.location = realm(v, f, ext, &e);
    /* (… or over the country the journey's city is in: "تأجيل زيارة بلينكن إلى بكين. وكان من
     * المنتظر أن يلتقي بلينكن خلال الزيارة تشين غانغ، في أول زيارة … إلى الصين") */
    bool wider = x->jr_place.entity && country_of(d, e.location, x->jr_place.entity);
    if ((on_journey || off_journey) && (!e.location || wider) && x->jr_place.entity) set_place(&e, d, &x->jr_place);
    if (on_visit && !e.location && !e.venue && x->guest_loc) {
        e.location = x->guest_loc;
        e.venue = x->guest_venue;
    }
    /* (… and, denied or called off — no part of the visit — its day, when it has none of its own:
     * "ونفت الحكومة تقارير عن لقاء جمع السوداني بقاآني خلال الزيارة") */
    if (on_visit && !e.date && x->guest_date && (st == RASD_ST_DENIED || st == RASD_ST_CANCELLED)) {
        e.date = x->guest_date;
        e.date_text = x->guest_text;
    }
    /* … and one "in the same city" (في المدينة نفسها/ذاتها): the place of the contact told last in
     * the article ("… في مدينة غيونغجو. وكانت تاكايتشي قد التقت في اليوم السابق، في المدينة
     * نفسها، الرئيس لي") */
    if (!e.location && !remote(type)) same_place(x, t, f, l, &e);
    /* … and one told, before its word, as held instead of the contact told last in the article,
     * called off (بدلا من ذلك، عوضا عن ذلك), with no day or place of its own: that one's ("أُلغي
     * لقاء شينباوم وترامب الذي كان مقررا اليوم في كاناناسكيس. وعقدت شينباوم بدلا من ذلك لقاء
     * ثنائيا مع كارني") */
    for (size_t i = f; i + 2 < main->tok && (!e.date || !e.location) && !remote(type); i++)
        if ((stem_is(t, i, "بدلا") && stem_is(t, i + 1, "من")) || (stem_is(t, i, "عوضا") && stem_is(t, i + 1, "عن"))) {
            size_t ni = RASD_VEC_LEN(&x->ev->items, xevent);
            const xevent *last = ni ? &RASD_VEC_AT(&x->ev->items, xevent, ni - 1) : NULL;
            if (!stem_is(t, i + 2, "ذلك") || !last || last->e.article != e.article || strcmp(last->e.status, "cancelled") != 0) break;
            if (!e.date && last->e.date) {
                e.date = last->e.date;
                e.date_text = last->e.date_text;
            }
            if (!e.location && last->e.location) {
                e.location = last->e.location;
                e.venue = last->e.venue;
            }
            break;
        }
    /* … and one of who arrived in a place, told before in the article (arrival): that place */
    for (size_t q = 0; q < np && !e.location && !remote(type) && x->arr_article == v->article && v->article > 0; q++)
        if (pers[q]->entity == x->arr_person) set_place(&e, d, &x->arr_place);
    /* … and a reception on his arrival, with no day of its own ("وكان في استقباله لدى وصوله مطار
     * ماركا رئيس الوزراء"): the day of the visitor's visit, or his journey, told before in the
     * article — his arrival opened it */
    if (!e.date && type == RASD_EV_VISIT && st == RASD_ST_OCCURRED && init && v->article > 0 && on_arrival(t, l, main->tok)) {
        if (x->guest_article == v->article && init->entity == x->guest.entity && x->guest_date) {
            e.date = x->guest_date;
            e.date_text = x->guest_text;
        } else if (x->jr_article == v->article && init->entity == x->jr_person && x->jr_date) {
            e.date = x->jr_date;
            e.date_text = x->jr_text;
            if (!e.location && x->jr_place.entity) set_place(&e, d, &x->jr_place);
        }
    }
    /* … and one of who arrived, told next by its verb in the past opening the sentence on و, with
     * no day of its own ("وصل ماكرون اليوم إلى بغداد. واستقبله رئيس الجمهورية برهم صالح"), or by
     * وكان في استقباله: the day of his arrival */
    bool was_at = !tr->verb && main->tok == f + 2 && was_in(t, f);
    if (!e.date && st == RASD_ST_OCCURRED && !remote(type) && type != RASD_EV_MESSAGE && ((tr->verb && !tr->imperfect) || was_at) &&
        !trig[mk].future && (main->tok == f || was_at) && (rasd_text_token_inline(t, f)->clitics & RASD_CL_WA) && v->article > 0 &&
        x->arr_article == v->article && x->jr_article == v->article && x->jr_person == x->arr_person && x->jr_date && !x->jr_off)
        for (size_t q = 0; q < np && !e.date; q++)
            if (pers[q]->entity == x->arr_person) {
                e.date = x->jr_date;
                e.date_text = x->jr_text;
            }
    /* … and one of a visitor on the day of his visit told before in the article ("وصل بومبيو اليوم
     * إلى الخرطوم، حيث التقى حمدوك. كما التقى بومبيو البرهان"), or one still to come on either
     * of the two days after it ("استقبل السيسي اليوم بالقاهرة الوزير الكويتي. ومن المقرر أن يلتقي
     * الوزير الكويتي غدا نظيره"): that visit's place */
    for (size_t q = 0; q < np && !e.location && !remote(type) && x->guest_article == v->article && v->article > 0 &&
                       x->guest_loc && e.date && x->guest_date &&
                       (strcmp(e.date, x->guest_date) == 0 ||
                        (to_come(st) && days_between(x->guest_date, e.date) >= 1 && days_between(x->guest_date, e.date) <= 2 &&
                         !met_last(x, v, pers, np, x->guest.entity)));
         q++)
        if (pers[q]->entity == x->guest.entity) {
            e.location = x->guest_loc;
            e.venue = x->guest_venue;
        }
    set_duration(x->ev, &e, du);
    e.topics = topics;
    e.cameo = arrived ? "042" : tr->cameo;
    e.plover_mode = type == RASD_EV_CALL || type == RASD_EV_VIDEO_CALL ? "phone" : arrived ? "visit" : tr->plover;
    /* EV-3: a visit held in a country none of its parties holds a state's role of is a meeting
     * at a third location (CAMEO 044, PLOVER third-party): "يتوجه ترامب إلى كوريا
     * الجنوبية، حيث يلتقي شي غدا في بوسان" — not one with a party of an organization, at its seat
     * (Brussels, New York), nor in a place whose sovereignty is disputed (Jerusalem) */
    if (type == RASD_EV_VISIT && e.location && np >= 2) {
        uint32_t le = rasd_dict_find(d, e.location);
        const char *held = le != UINT32_MAX ? rasd_dict_entity(d, le)->code : NULL;
        bool third = held && held[0] && strcmp(held, "PSE") != 0;
        for (size_t q = 0; q < np && third; q++) {
            const char *of = pers[q]->role_of;
            uint32_t oe = of && of[0] ? rasd_dict_find(d, of) : UINT32_MAX;
            third = oe != UINT32_MAX && rasd_dict_entity(d, oe)->kind == RASD_ENT_COUNTRY && strcmp(of, held) != 0;
        }
        if (third) {
            type = RASD_EV_MEETING;
            e.type = rasd_event_type_name(type);
            e.cameo = "044";
            e.plover_mode = "third-party";
        }
    }
    /* … and a meeting or talks in person of two, held in the capital of a country one of them holds a
     * state's role of and the other another country's, is the other's visit to him: "التقى الملك
     * عبدالله الثاني الرئيس ترامب في البيت الأبيض" — not an envoy's, whose rounds are meetings
     * ("التقى ويتكوف بوتين في موسكو"), not a summit (قمة، قمتهما: its word's CAMEO 044), nor one on the sidelines of a gathering
     * or an occasion (على هامش), which the host's guests meet at as its own; and not one denied or
     * called off, which may be of a visit that took place ("لم يتمكن زيلينسكي من لقاء بايدن خلال
     * زيارته إلى واشنطن") */
    /* (… nor one of a scene told on the sidelines, told after it: "عقد السيسي اليوم لقاءات على
     * هامش القمة. كما التقى الرئيس رئيسة الوزراء ميلوني") */
    bool sidelines = scene_sidelines;
    for (size_t i = f; i < l && type == RASD_EV_MEETING && !sidelines; i++) sidelines = stem_is(t, i, "هامش");
    if ((type == RASD_EV_MEETING || type == RASD_EV_TALKS) && e.location && np == 2 && strcmp(tr->cameo, "044") != 0 && !sidelines &&
        st != RASD_ST_DENIED && st != RASD_ST_CANCELLED) {
        uint32_t le = rasd_dict_find(d, e.location);
        /* (or in another city of his country, one the other met him in — not the two joined by و,
         * who met each other there: "يلتقي ترامب وبوتين … في ألاسكا", nor a contact the sentence
         * calls a summit: "سيلتقي بوتين في مدينة أنكوريج …، في أول قمة بين الرئيسين") */
        bool summit = false;
        for (size_t k = 0; k < ntr && !summit; k++) summit = strcmp(rasd_dict_trigger(d, trig[k].f->target)->cameo, "044") == 0;
        /* (و on a name of two letters stays on its token: "بايدن وشي جين بينغ") */
        const rasd_token *j1 = rasd_text_token_inline(t, honorifics_before(t, f, ptok[1]));
        bool joined = (j1->clitics & RASD_CL_WA) ||
                      (strcmp(pers[1]->via, "short") == 0 && j1->end - j1->start <= 6 && !memcmp(t->norm + j1->start, "\xD9\x88", 2)) ||
                      (strcmp(pers[0]->via, "pair") == 0 && strcmp(pers[1]->via, "pair") == 0);
        const rasd_entity *lent = le != UINT32_MAX ? rasd_dict_entity(d, le) : NULL;
        int host = -1, abroad = -1;
        for (int q = 0; q < 2 && lent; q++) {
            /* (one who holds no role that day comes from his own country: "والتقى الحريري الرئيس
             * بشار الأسد في عام 2005" — he hosts no one) */
            const char *of = pers[q]->role_of;
            bool own = !(of && of[0]);
            if (own) of = rasd_dict_entity(d, pers[q]->entity)->code;
            uint32_t oe = of && of[0] ? rasd_dict_find(d, of) : UINT32_MAX;
            /* (one who leads a national group or a regional government is of its state: "التقى
             * رئيس حكومة إقليم كوردستان مسرور بارزاني أردوغان في أنقرة" is Barzani's visit) */
            if (oe != UINT32_MAX && rasd_dict_entity(d, oe)->kind == RASD_ENT_ORG && rasd_dict_entity(d, oe)->in[0]) {
                of = rasd_dict_entity(d, oe)->in;
                oe = rasd_dict_find(d, of);
            }
            if (oe == UINT32_MAX || rasd_dict_entity(d, oe)->kind != RASD_ENT_COUNTRY || pers[q]->role == RASD_ROLE_ENVOY) continue;
            bool here = rasd_dict_capital(d, of) == le || (!joined && !summit && lent->kind == RASD_ENT_PLACE && strcmp(lent->code, of) == 0);
            if (here && !own) host = q;
            else if (!here) abroad = q;
        }
        if (host >= 0 && abroad >= 0) {
            type = RASD_EV_VISIT;
            e.type = rasd_event_type_name(type);
            e.cameo = "042";
            e.plover_mode = "visit";
            if (st != RASD_ST_PROPOSED) set_parties(x->ev, d, &e, pers[abroad], pers, np);   /* (a proposal's, its proposer) */
        }
    }
    e.start = rasd_block_doc_start(v, s0);
    e.end = rasd_block_doc_end(v, s1);
    e.evidence = keep(x->ev, v->text + s0, s1 - s0);
    /* named as one told before: a definite noun, one with a pronoun suffix ("متمنيا لزيارته
     * النجاح"), or "أول لقاء" ("وهذا أول لقاء بين الرئيسين منذ …") */
    bool definite = !tr->verb && ((rasd_text_token_inline(t, main->tok)->clitics & RASD_CL_AL) || tr->possessed ||
                                  (main->tok > f && stem_is(t, main->tok - 1, "اول")));
    /* (… or a visit's noun in construct with the country or the realm it went to: "عبر الضيف عن
     * سعادته بزيارة المملكة") */
    size_t vn = main->tok + main->len;
    definite = definite || (!tr->verb && tr->type == RASD_EV_VISIT && vn < l && !clause_end(t, vn) &&
                            (token_among(t, vn, realm_w, 2) || stem_is(t, vn, "البلاد") || covered(v, vn, vn + 1, COVER_PLACE, 0)));
    /* … or by its parties named as a pair told before ("وعقد الزعيمان اجتماعا مغلقا"), or as the
     * welcome of a guest ("وكان الرئيس ماكرون في استقبال الرئيس عون عند مدخل القصر") */
    bool pair = np >= 2 && !(main->tok + main->len < l && another(t, main->tok + main->len));
    for (size_t q = 0; q < np && pair; q++) pair = strcmp(pers[q]->via, "pair") == 0;
    for (size_t i = f; i < l && pair; i++)   /* not one told as coming later ("بعد ذلك"، "لاحقا"، "ثم"، "مجددا") */
        pair = !((stem_is(t, i, "بعد") && i + 1 < l && stem_is(t, i + 1, "ذلك")) || stem_is(t, i, "لاحقا") ||
                 stem_is(t, i, "ثم") || stem_is(t, i, "مجددا") || (stem_is(t, i, "مره") && i + 1 < l && another(t, i + 1)));
    /* (… or the contact one is glad of, in his own words: "سعدت بلقاء أخي الرئيس بوتين في موسكو") */
    static const char *const glad[] = {"سعدت", "سعدنا", "سررت", "سررنا", "يسعدني", "اسعدني", "سعيد", "سعداء"};
    definite = definite || (!tr->verb && main->tok > f && (rasd_text_token_inline(t, main->tok)->clitics & RASD_CL_BI) &&
                            token_among(t, main->tok - 1, glad, sizeof glad / sizeof *glad));
    /* (… or the ceremony of one's welcome: "وقد جرت مراسم استقبال رسمية للرئيس تبون") */
    definite = definite || pair ||
               (!tr->verb && tr->voice == RASD_VOICE_RECEIVED && main->tok > f &&
                (stem_is(t, main->tok - 1, "في") || stem_is(t, main->tok - 1, "مراسم")));
    size_t main_at = untold ? SIZE_MAX : RASD_VEC_LEN(&x->ev->items, xevent);   /* the event's place in the list */
    /* … and a contact of one with several others said to be apart, before another contact's verb
     * ("في لقاءين منفصلين"، "كلا على حدة"، "بشكل منفصل") */
    bool apart = false;
    size_t apart_end = l;   /* up to the verb of another contact after its own */
    for (size_t k = 0; k < ntr; k++)
        if (trig[k].tok > main->tok && trig[k].tok < apart_end && rasd_dict_trigger(d, trig[k].f->target)->verb) apart_end = trig[k].tok;
    for (size_t i = cst; i < apart_end && np >= 3 && !tr->two && !apart; i++) apart = separately(t, i);
    apart = apart || (!tr->two && !tr->many && !chair_join && each_apart(v, f, l, type, trig, ntr, pers, ptok, np));
    /* (pers holds each person once here, where first named: a title may have named him again) */
    if (!untold && co_senders) {
        for (size_t r = 0; r < np; r++) {   /* each sender's to the one told before */
            if (pers[r]->entity == x->sim_to) continue;
            const rasd_entmention *two[2] = {pers[r], &x->sim};
            rasd_event e2 = e;
            set_parties(x->ev, d, &e2, two[0], two, 2);
            push(x, &e2, under, false, definite, two, 2);
        }
    } else if (!untold && ((tr->two && np == 3) || (tr->many && np >= 3) || apart)) {
        /* EV-2: a dual of count ("أجرى أردوغان اتصالين هاتفيين مع بوتين وزيلينسكي"، "تلقى … اتصالين
         * من ماكرون وستارمر") is two contacts, each of the one named first with one of the other
         * two, and a plural of count on a day ("تلقى السيسي أمس اتصالات هاتفية من …") one with each
         * of the others — the initiator the one named first if he was, else each of the others */
        /* … or, two joined by و before a dual and one after it ("بعث محمد بن راشد، ومنصور بن زايد،
         * برقيتي تعزية إلى الرئيس تينوبو"), of the one after with each of the two */
        size_t c0 = tr->two && ptok[1] < main->tok && ptok[2] > main->tok &&
                            next_in_list(t, tok_at(t, pers[0]->end - 1) + 1, ptok[1], trig, ntr)
                        ? 2 : 0;
        const rasd_entmention *common = pers[c0];
        for (size_t r = 0; r < np; r++) {
            if (r == c0) continue;
            const rasd_entmention *two[2] = {common, pers[r]};
            rasd_event e2 = e;
            set_parties(x->ev, d, &e2, init && init->entity == common->entity ? common : init ? two[1] : NULL, two, 2);
            if (!e.initiator) e2.initiator = NULL;
            each_own(x, v, &e2, ptok[r], r + 1 < np ? ptok[r + 1] : l, l);
            push(x, &e2, under, false, definite, two, 2);
        }
    } else if (!untold && tr->two && np == 2 && each_dated(x, v, &e, main->tok, s0, s1, under, definite, pers, np)) {
        /* EV-2: a dual whose two contacts are dated one by one after it ("اتصالان هاتفيان بين ترامب
         * وشي: الأول في 5 حزيران/يونيو، والثاني في 19 أيلول/سبتمبر"): each on its day (each_dated) */
    } else if (!untold) {
        if (st == RASD_ST_PROPOSED) carried_invitation(x, v, f, main->tok, &e, pers, np);
        push(x, &e, under, tr->weak && (type == RASD_EV_CALL || type == RASD_EV_MEETING), definite, pers, np);
        xevent *xe = &RASD_VEC_AT(&x->ev->items, xevent, RASD_VEC_LEN(&x->ev->items, xevent) - 1);
        xe->asked = asked;
        xe->framed = definite && main->tok > f && frame_word(t, main->tok - 1);
        xe->plain = definite && !tr->verb && st == RASD_ST_OCCURRED && !rd[mk].strength && !trig[mk].future;
        xe->greeting = type == RASD_EV_MESSAGE && tr->verb && !stem_is(t, main->tok, "ابرق") && !stem_is(t, main->tok, "ابرقت");
        xe->present = !trig[mk].future && tr->verb && tr->imperfect;
        static const char *const partake[] = {"شارك", "شاركت", "يشارك", "تشارك", "يشاركان"};
        size_t w = main->tok;   /* (past a quote: "يشارك في «قمة جدة …»") */
        if (w > f + 1 && rasd_text_token_inline(t, w - 1)->kind == RASD_TOK_PUNCT && !clause_end(t, w - 1)) w--;
        if (w > f + 1 && stem_is(t, w - 1, "في"))   /* (a time between: "ويشارك مادورو غدا في اجتماع") */
            for (size_t i = w - 1; i-- > f && i + 6 > w && !xe->gathering && !clause_end(t, i);)
                xe->gathering = token_among(t, i, partake, sizeof partake / sizeof *partake) || (word_class(t, i) & W_PARTAKE);
        for (size_t i = main->tok > f + 2 ? main->tok - 2 : f; i < main->tok && !trig[mk].future; i++)   /* (past اول) */
            xe->present = xe->present || (word_class(t, i) & W_HOLD);
        /* (and a title's journey told with no verb, its purpose on لـ right after the place:
         * "نتنياهو إلى واشنطن للقاء ترامب الاثنين") */
        xe->present = xe->present || (x->title && main->tok >= f + 2 && !tr->verb && stem_is(t, main->tok - 2, "الي") &&
                                      (rasd_text_token_inline(t, main->tok)->clitics & RASD_CL_LI) &&
                                      covered(v, main->tok - 1, main->tok, COVER_PLACE, 0));
        /* EV-5: the same contact told again on a later day closing the sentence (told_again_on) */
        const rasd_timex *again = e.date && tx ? told_again_on(v, tx, main->tok, s0, s1, l, trig, ntr) : NULL;
        const char *again_date = again ? contact_date(x->ev, again) : NULL;
        if (again_date && strcmp(again_date, e.date) != 0)
            push_on(x, &e, e.status, again_date, keep(x->ev, v->text + again->start, again->end - again->start), definite, pers, np);
    }
    /* EV-16: the message told before, handed over at this visit, took place that day — and the
     * visit, with no day of its own, on the message's ("تسلم السلطان، اليوم الاثنين، رسالة خطية من
     * رئيسي. وقد سلم الرسالة عبداللهيان خلال استقبال جلالته له في مسقط") */
    if (!untold && msg_before && main_at != SIZE_MAX) {
        size_t ni = RASD_VEC_LEN(&x->ev->items, xevent);
        for (size_t q = main_at; q-- > 0;) {
            xevent *xe = &RASD_VEC_AT(&x->ev->items, xevent, q);
            if (xe->e.article != e.article) break;
            if (strcmp(xe->e.type, rasd_event_type_name(RASD_EV_MESSAGE)) == 0) {
                xevent *me = &RASD_VEC_AT(&x->ev->items, xevent, main_at);
                if (e.date && !xe->e.date) { xe->e.date = e.date; xe->e.date_text = e.date_text; }
                else if (!e.date && xe->e.date && main_at < ni && !me->e.date) { me->e.date = xe->e.date; me->e.date_text = xe->e.date_text; }
                break;
            }
        }
    }
    if (!untold && put_off && x->jr_date) push_on(x, &e, rasd_status_name(RASD_ST_CANCELLED), x->jr_date, x->jr_text, false, pers, np);
    /* EV-4: a contact put off to a later date ("تأجل الاجتماع إلى الأسبوع المقبل") is called off on
     * the day it was set for, and planned for the new one: two events */
    if (!untold && new_tx && st == RASD_ST_CANCELLED) {
        push_on(x, &e, rasd_status_name(RASD_ST_PLANNED), contact_date(x->ev, new_tx),
                keep(x->ev, v->text + new_tx->start, new_tx->end - new_tx->start), false, pers, np);
    }
    if (!untold) x->chair_article = 0;   /* (a gathering's chair: those after attend this one) */
    if (!untold) {   /* EV-2: its party named first, for a sentence after it that drops him */
        const rasd_entmention *first = NULL;
        size_t at = SIZE_MAX;
        for (size_t q = 0; q < nall; q++) {
            bool party = false;
            for (size_t r = 0; r < np && !party; r++) party = pers[r]->entity == allp[q]->entity;
            if (party && allt[q] < at) { first = allp[q]; at = allt[q]; }
        }
        const rasd_entmention *two[2] = {NULL, NULL};   /* its two persons, each however often named */
        bool more = false;
        for (size_t q = 0; q < np && !more; q++) {
            if (!two[0] || pers[q]->entity == two[0]->entity) two[0] = two[0] ? two[0] : pers[q];
            else if (!two[1] || pers[q]->entity == two[1]->entity) two[1] = two[1] ? two[1] : pers[q];
            else more = true;
        }
        if (two[1] && !more && rk == ntr) {
            x->pair[0] = *two[0];
            x->pair[1] = *two[1];
            x->pair_article = v->article;
            x->pair_date = e.date;
            x->pair_text = e.date_text;
            x->pair_loc = e.location;
            x->pair_venue = e.venue;
        }
        /* a visit's visitor, whom a bare الضيف names after it */
        if (type == RASD_EV_VISIT && init && (st == RASD_ST_OCCURRED || st == RASD_ST_PLANNED)) {
            x->guest_article = v->article;
            x->guest = *init;
            x->guest_date = e.date;
            x->guest_text = e.date_text;
            x->guest_loc = e.location;
            x->guest_venue = e.venue;
        }
        if (first) {
            x->subj = *first;
            x->subj_article = v->article;
            x->subj_date = e.date;
            x->subj_loc = e.location;
            x->subj_venue = e.venue;
        }
    }
    if (!untold && date) {
        x->like_article = v->article;
        x->like_type = type;
        x->like_date = date;
        x->like_text = date_text;
    }
    if (!untold && type == RASD_EV_MESSAGE)   /* its recipient, for a similar one told after it */
        for (size_t q = 0; q < np; q++)
            if (pers[q] != (init ? init : pers[0])) {
                x->sim_article = v->article;
                x->sim_to = pers[q]->entity;
                break;
            }
    if (carrier && !ng && !untold) {   /* EV-17: the carrier's meeting with the one he handed it to */
        rasd_event e3 = e;
        const rasd_entmention *with[2] = {carrier, handed ? handed : pers[1]};
        bool will = false;   /* he travelled to hand it over ("وصل … إلى طهران حاملا رسالة"): a visit */
        bool went = travelled(t, fo, carrier_verb, &will) != SIZE_MAX;
        e3.type = rasd_event_type_name(went ? RASD_EV_VISIT : RASD_EV_MEETING);
        size_t upto = topic;   /* not a place that another contact after it names ("تضمنت دعوة لزيارة طهران") */
        for (size_t k = mk + 1; k < ntr && upto == topic; k++)
            if (!rasd_dict_trigger(d, trig[k].f->target)->modifier && trig[k].tok < upto) upto = trig[k].tok;
        const rasd_entmention *pl3 = place_of(v, f, l, main->tok, went, ext, upto, m0, m1, true);
        set_place(&e3, d, pl3);
        e3.topics = NULL;
        e3.cameo = went ? "042" : "040";
        e3.plover_mode = went ? "visit" : "-";
        /* handed over during talks or a visit told before the verb: that contact ("أجرى ويتكوف
         * محادثات مع بوتين، نقل خلالها رسالة") */
        for (size_t k = 0; k < mk && !went; k++) {
            const rasd_trigger *mq = rasd_dict_trigger(d, trig[k].f->target);
            if (mq->modifier || rd[k].drop || trig[k].tok >= carrier_verb) continue;
            if (mq->type == RASD_EV_TALKS || mq->type == RASD_EV_VISIT || mq->type == RASD_EV_MEETING) {
                e3.type = rasd_event_type_name(mq->type);
                e3.cameo = mq->cameo;
                e3.plover_mode = mq->plover;
            }
        }
        set_parties(x->ev, d, &e3, carrier, with, 2);
        push(x, &e3, under, false, false, with, 2);
    }
    /* EV-9: another contact told in a later clause with a date of its own ("…، وأعقبتها مكالمة
     * أخرى في 3 يوليو 2020"), and EV-11: another contact with a status of its own from its cues
     * ("دعا ترمب لزيارة موسكو" beside the call that reports it): the same parties, its own type,
     * status, date, place and duration; one event for each type and status */
    size_t mb = cb;
    rasd_event_type done_ty[16];
    rasd_status_kind done_st[16];
    size_t ndone = 0;
    for (size_t k = 0; k < ntr; k++) {
        const found *tk = &trig[k];
        const rasd_trigger *m = rasd_dict_trigger(d, tk->f->target);
        if (rd[k].taken || m->modifier || rd[k].drop || rd[k].venue) continue;
        /* a contact named in a topic with a party of its own ("تناولت التحضير لزيارة بوتين إلى
         * الصين"): not one of these parties, and its other one is not named here */
        bool own_party = false;
        for (size_t q = 0; q < nall && rd[k].topical && !own_party; q++) {
            if (allt[q] <= tk->tok || allt[q] >= rd[k].cb) continue;
            own_party = party_index(&e, rasd_dict_entity(d, allp[q]->entity)->name) < 0;
        }
        /* (nor a summit of a group of states the topic names: "أطلعه خلاله على التحضيرات لعقد القمة
         * العربية في الجزائر" — a gathering, no contact of these two) */
        static const char *const league[] = {"العربيه", "الخليجيه", "الاسلاميه", "الافريقيه", "الاوروبيه", "العالميه"};
        size_t after = tk->tok + tk->len;
        if (rd[k].topical && strcmp(m->cameo, "044") == 0 && after < rd[k].cb &&
            (org_at(v, after) || token_among(t, after, league, sizeof league / sizeof *league)))
            continue;
        if (own_party) continue;
        bool ref = rd[k].since && tk->tok == sr_lo;   /* EV-13 */
        if (untold && !ref) continue;
        /* EV-16: the visit a message was delivered at, with its guest; a message a guest brought
         * to a visit or meeting, from the one named after it */
        bool at_visit = k == fk && ng > 0;
        const rasd_entmention *sender = NULL, *to = NULL;
        for (size_t q = 0; q < ntp && !sender && m->type == RASD_EV_MESSAGE && tk->tok >= topic &&
                           (tr->type == RASD_EV_VISIT || tr->type == RASD_EV_MEETING); q++)
            if (ttok[q] > tk->tok && ttok[q] < rd[k].cb) sender = tpers[q];
        /* (to the one named after إلى/لـ after the sender when the text says: "رسالة من ترامب
         * موجهة إلى المرشد علي خامنئي") */
        for (size_t q = 0; q < ntp && sender && !to; q++)
            if (ttok[q] > tok_at(t, sender->start) && ttok[q] < rd[k].cb && tpers[q]->entity != sender->entity &&
                addressed(t, f, ttok[q]))
                to = tpers[q];
        if (sender && !to) to = brought_to(tr, sender, init, pers, np);
        /* a contact in a clause before the first's dates itself there when it happened too, or when
         * it has another status and a date whose year is sure ("دعا ماكرون عون إلى زيارة باريس في
         * آذار المقبل، خلال اتصال هاتفي أجراه معه اليوم"; not "أعلن أن بوتين سيزور تركيا في
         * أغسطس، ثم اتفق الرئيسان في اتصال هاتفي يوم 2 أغسطس 2023 …": which August is not said) */
        bool earlier = rd[k].cb <= rd[mk].ca;
        /* a later one of another status in the first's clause: the date after its word is its own
         * (the first skipped it) */
        bool later = tk->tok > main->tok && tk->tok < mb && rd[k].st != RASD_ST_OCCURRED && rd[k].st != rd[mk].st;
        const rasd_timex *ot = NULL;
        if (ref) ot = own_date(v, tk->tok, rd[k].cb, NULL);
        else if (at_visit) ot = own_date(v, rd[k].ca, rd[k].cb, NULL);
        else if (later) ot = own_date(v, tk->tok, rd[k].cb, tx);
        else if (tk->tok >= mb || (earlier && tx && rd[k].st == RASD_ST_OCCURRED)) ot = own_date(v, rd[k].ca, rd[k].cb, tx);
        else if (earlier && rd[k].st != st && rd[k].st != RASD_ST_OCCURRED) {
            ot = own_date(v, rd[k].ca, rd[k].cb, tx);
            /* (which year is not said; a weekday alone is the week's) */
            if (ot && !year_fixed(v, ot) && !said_on(v, f, tk->tok) && !bare_weekday(t, ot))
                ot = NULL;
        }
        /* … nor one after قبل/بعد and another fact's word, which it dates, and whose persons are
         * that fact's ("في آخر لقاء بينهما قبل تسلم دونالد ترامب السلطة في يناير") */
        size_t fact = SIZE_MAX;
        for (size_t i = tk->tok + tk->len; i + 1 < rd[k].cb && fact == SIZE_MAX; i++)
            if (stem_is(t, i, "قبل") || stem_is(t, i, "بعد")) {
                bool contact = false;
                for (size_t q = 0; q < ntr && !contact; q++) contact = trig[q].tok == i + 1;
                /* (not a time or a pointer back: "بعد ذلك"، "قبل أن"، "بعد يومين") */
                static const char *const back[] = {"ذلك", "هذا", "هذه", "ان", "ما"};
                if (!contact && !covered(v, i + 1, i + 2, COVER_TIME, 0) && !token_among(t, i + 1, back, 5)) fact = i;
            }
        if (ot && tok_at(t, ot->start) > fact) ot = NULL;
        /* a date after a contact named in a topic is that contact's ("وبحثا زيارة ترامب إلى بكين في
         * أبريل المقبل") */
        for (size_t q = 0; q < ntr && ot; q++)
            if (rd[q].topical && trig[q].tok > tk->tok && trig[q].tok < tok_at(t, ot->start)) ot = NULL;
        const char *date2 = ot ? contact_date(x->ev, ot) : NULL;
        /* (one a span after which the contact came, "بعد ثلاثة أيام من المكالمة …": that many
         * days before its day; one with parties of its own takes it below) */
        rasd_tval eday;
        if (ref && !date2 && rd[k].back >= 0 && iso_day(e.date, &eday)) {
            date2 = day_string(x->ev, rasd_tval_days(&eday) - rd[k].back);
            ot = NULL;
        }
        if (ref && !date2) continue;   /* a bare reference ("منذ لقائهما الأخير") adds nothing */
        /* talks beside a call or meeting are what was said there ("لم يناقشا خلال المكالمة …") */
        /* nor the meeting a visit was for ("زيارة كان من المقرر أن يقوم بها عباس إلى بيروت، للقاء
         * الرئيس عون، أرجئت"): its purpose, after لـ */
        /* (… or after لعقد/لإجراء: "وصل شي إلى نيودلهي في زيارة لعقد القمة الثانية مع مودي") */
        static const char *const to_hold[] = {"لعقد", "لاجراء"};
        /* (not one a journey of its own, planned on على أن, was for — plan_journey below) */
        bool will_go = false;
        bool journey = !m->verb && rd[k].ca + 2 < tk->tok && stem_is(t, rd[k].ca, "علي") && stem_is(t, rd[k].ca + 1, "ان") &&
                       (rasd_text_token_inline(t, tk->tok)->clitics & RASD_CL_LI) && travelled(t, rd[k].ca + 2, tk->tok, &will_go) != SIZE_MAX;
        bool purpose = !journey && tr->type == RASD_EV_VISIT && !m->verb && tk->tok > main->tok &&
                       ((rasd_text_token_inline(t, tk->tok)->clitics & RASD_CL_LI) || token_among(t, tk->tok - 1, to_hold, 2));
        /* a visit that took place: the meeting it was for was held there, no plan of its own */
        if (purpose && st == RASD_ST_OCCURRED && rd[k].st == RASD_ST_PLANNED && !ref) continue;
        /* a visit still to come or that did not take place: the meeting it was for, with the date
         * it was set for, is no contact of its own ("أرجئت زيارة سانشيز إلى القاهرة، التي كانت
         * مقررة يوم الخميس المقبل للقاء السيسي") */
        if (purpose && st != RASD_ST_OCCURRED && date2 && !ref) continue;
        /* nor the meeting that another visit told before it in its clause was for ("اتصل ماكرون
         * بتبون، واتفقا على أن يزور بارو الجزائر … للقاء عطاف": the visit's purpose) */
        bool for_visit = false;
        for (size_t q = 0; q < k && !m->verb && !ref && !journey && (rasd_text_token_inline(t, tk->tok)->clitics & RASD_CL_LI); q++)
            for_visit = for_visit || (q != mk && rasd_dict_trigger(d, trig[q].f->target)->type == RASD_EV_VISIT &&
                                      !rasd_dict_trigger(d, trig[q].f->target)->modifier && !rd[q].drop && tk->tok < rd[q].cb);
        if (for_visit) continue;
        /* … also one joined by و to it as the called-off verb's object ("أرجأ البرهان زيارته إلى
         * القاهرة ولقاءه المرتقب مع السيسي") */
        bool joined = !m->verb && tk->tok > main->tok && (rasd_text_token_inline(t, tk->tok)->clitics & RASD_CL_WA);
        if (joined && tk->tok >= rd[mk].cb) {
            /* … a relative clause set off by commas between ("أرجأ أنور إبراهيم زيارته إلى الرياض، التي
             * كانت مقررة الأحد المقبل، ولقاءه المرتقب مع ولي العهد") */
            size_t c = rd[mk].cb;
            while (c < l && clause_end(t, c) == 1) c++;
            if (c < l && (word_class(t, c) & W_RELATIVE) && !stem_is(t, c, "حيث")) {
                while (c < l && !clause_end(t, c)) c++;
                while (c < l && clause_end(t, c) == 1) c++;
            }
            joined = c == tk->tok;
        }
        /* (… or told as what was to be, كان before its word in its clause: "ألغى مودي رحلته إلى
         * القمة، وكان من المقرر أن يلتقي على هامشها شي") */
        bool was_to_be = false;
        for (size_t i = rd[k].ca; i < tk->tok && !was_to_be; i++) was_to_be = stem_is(t, i, "كان") || stem_is(t, i, "كانت");
        bool its_plan = plan_of(rd[k].st, st) &&
                        (purpose || joined || was_to_be || relative(t, rd[k].ca, tk->tok) || during_it(t, tk->tok + tk->len, l));
        bool own_status = (rd[k].strength > 0 || trig[k].future) && rd[k].st != st && rd[k].st != RASD_ST_OCCURRED &&
                          (m->type != RASD_EV_TALKS || tr->type == RASD_EV_TALKS) && !its_plan;
        /* the plan of a called-off visit told after it in a relative clause or with خلالها, with a
         * date of its own ("تأجيل زيارة حسان إلى دمشق، والتي كان من المقرر أن يلتقي خلالها الشرع
         * غدا الأحد"), is the day the visit was set for, no contact of its own */
        if (its_plan && date2 && !ref && tk->tok > main->tok && main_at != SIZE_MAX) {
            xevent *me = &RASD_VEC_AT(&x->ev->items, xevent, main_at);
            if (!me->e.date) {
                me->e.date = date2;
                me->e.date_text = ot ? keep(x->ev, v->text + ot->start, ot->end - ot->start) : NULL;
            }
            continue;
        }
        /* a meeting or talks on حيث after a visit's clause, or after a visit that frames the
         * sentence, of its status, with a date of its own and none but the visit's parties ("وزار
         * الصفدي دمشق، حيث التقى الشرع في 23 كانون الأول"، "في مستهل زيارته الرسمية إلى طهران، التقى
         * اليحيا اليوم الثلاثاء نظيره عراقجي"), or with خلالها after its verb ("بزيارة إلى
         * السعودية، التقى خلالها ولي العهد … مساء أمس"): held during the visit, whose day it is */
        bool during_visit = date2 && !ref && tr->type == RASD_EV_VISIT && main_at != SIZE_MAX && rd[k].st == st &&
                            (m->type == RASD_EV_MEETING || m->type == RASD_EV_TALKS) && tk->tok > main->tok &&
                            (stem_is(t, rd[k].ca, "حيث") || stem_is(t, tk->tok - 1, "حيث") || fronted_frame(t, fo, main->tok) ||
                             during_it(t, tk->tok + tk->len, l));
        for (size_t q = 0; q < nall && during_visit; q++) {
            if (allt[q] < rd[k].ca || allt[q] >= rd[k].cb) continue;
            during_visit = party_index(&e, rasd_dict_entity(d, allp[q]->entity)->name) >= 0;
        }
        if (during_visit) {
            xevent *me = &RASD_VEC_AT(&x->ev->items, xevent, main_at);
            if (!me->e.date || filed) {   /* (over the day a dateline filed it: "كييف - (وكالات): في زيارة …، وصل بايدن أمس الاثنين إلى كييف حيث التقى …") */
                me->e.date = date2;
                me->e.date_text = keep(x->ev, v->text + ot->start, ot->end - ot->start);
            }
            continue;
        }
        /* EV-14: a contact in a later clause with parties of its own, named there and not among
         * the first's: the first's initiator (or first party) with them */
        const rasd_entmention *own[8];
        size_t nown = 0, owntok[8];
        if (!ref && (tk->tok >= cext || (elided && rd[k].cb <= cst)))   /* or the clause before the one on كما */
            for (size_t q = 0; q < nout; q++)
                if (otok[q] >= rd[k].ca && otok[q] < rd[k].cb && otok[q] < fact) { owntok[nown] = otok[q]; own[nown++] = outp[q]; }
        /* … and the one whose list after بين named its own (gk): those */
        if (k == gk) {
            nown = 0;
            for (size_t q = 0; q < ngl; q++)
                if (!named_among(own, nown, glist[q]->entity)) { own[nown] = glist[q]; owntok[nown++] = gltok[q]; }
        }
        /* … and, for a clause on الذي/التي right after a person set off by a comma, that person,
         * its subject ("…، خلفا لأولاف شولتس، الذي زار القاهرة في أكتوبر 2023 حيث التقى السيسي") */
        if (!ref && nown < 8 && tk->tok >= cext && tk->tok == rd[k].ca + 1 && rd[k].ca > f + 1 && (word_class(t, rd[k].ca) & W_RELATIVE) &&
            clause_end(t, rd[k].ca - 1) == 1)
            for (size_t q = 0; q < nout; q++)
                if (tok_at(t, outp[q]->end - 1) + 2 == rd[k].ca && (!nown || outp[q]->entity != own[0]->entity)) {
                    for (size_t r = nown; r > 0; r--) { own[r] = own[r - 1]; owntok[r] = owntok[r - 1]; }
                    own[0] = outp[q];
                    owntok[0] = otok[q];
                    nown++;
                    break;
                }
        /* one with a date or status of its own and two or more parties of its own: theirs ("…،
         * واتفقا على أن يزور بارو الجزائر في السادس من أبريل للقاء عطاف"); with fewer, the
         * first's … */
        /* … or with no date of its own when one of them is its subject, named before its word or
         * right after its verb ("…، فيما عقد ولي العهد السعودي لقاء مع ميلوني": theirs) */
        bool own_subject = false;
        for (size_t q = 0; q < nown && nown >= 2; q++)
            own_subject = own_subject || (owntok[q] >= rd[k].ca && owntok[q] < tk->tok) || (m->verb && owntok[q] == tk->tok + tk->len);
        bool own_pair = nown >= 2 && (date2 || own_status || own_subject);
        /* … and one of the first's status whose verb's object alone is named there, its subject the
         * first's initiator ("التقى هوكستين بري في بيروت الأربعاء، ثم اجتمع مع نتنياهو في تل أبيب
         * الخميس"): the initiator with him */
        /* (or a light verb's contact noun: "قبل أن ينتقل الثلاثاء إلى الدوحة ويعقد مباحثات مع أمير
         * قطر"; a meeting's or talks' first party when none acted) */
        /* (… a time between: "ثم عقد مساء اليوم اجتماعا مع أردوغان") */
        size_t lv = tk->tok;
        while (lv > rd[k].ca + 1 && covered(v, lv - 1, lv, COVER_TIME, 0)) lv--;
        bool light = !m->verb && lv > rd[k].ca && (word_class(t, lv - 1) & (W_LIGHT | W_PAST_LIGHT));
        bool own_object = nown == 1 && date2 && !own_status && (init || m->type == RASD_EV_MEETING || m->type == RASD_EV_TALKS) &&
                          (m->verb || light) && owntok[0] > tk->tok &&
                          (m->voice == RASD_VOICE_SUBJ_OBJ || m->voice == RASD_VOICE_VISITOR || light);
        /* … and the journey's next leg, told after ثم إلى with no verb of its own ("يتوجه فاديفول
         * اليوم إلى القاهرة حيث يلتقي عبد العاطي، ثم إلى بيروت يوم الاثنين للقاء الرئيس عون"): the
         * traveller's visit to the one named there, of the journey's status */
        bool leg = nown == 1 && date2 && init && went_at != SIZE_MAX && type == RASD_EV_VISIT && !m->verb &&
                   rd[k].ca + 1 < l && stem_is(t, rd[k].ca, "ثم") && stem_is(t, rd[k].ca + 1, "الي") && owntok[0] > tk->tok;
        /* … and a plan on على أن whose verb's object, right after it, is the one new person there,
         * its subject the first's ("التقت أورتاغوس اليوم بري، على أن تلتقي رئيس الحكومة نواف سلام
         * مساء": Ortagus and Salam) */
        /* (a time may stand between: "على أن تلتقي اليوم رئيس مجلس النواب") */
        size_t ob2 = nown == 1 ? past_time(v, tk->tok + tk->len, owntok[0]) : tk->tok + tk->len;
        bool plan_object = nown == 1 && own_status && init && m->verb && owntok[0] == ob2 &&
                           rd[k].ca + 1 < l && stem_is(t, rd[k].ca, "علي") && stem_is(t, rd[k].ca + 1, "ان") &&
                           (m->voice == RASD_VOICE_SUBJ_OBJ || m->voice == RASD_VOICE_VISITOR);
        /* … and a journey planned on على أن whose purpose, on لـ, is a contact with the one new
         * person right after its word, its traveller the first's ("وصل أمير الكويت إلى القاهرة حيث
         * كان في استقباله الرئيس السيسي، على أن يتوجه سموه في ختام الزيارة إلى عمّان للقاء الملك
         * عبدالله الثاني"): the traveller's visit to him */
        bool plan_journey = journey && nown == 1 && own_status && init && titled_before(t, tk->tok + tk->len, owntok[0]) == tk->tok + tk->len;
        /* … and a leg of the traveller's journey, dated, its contact's masdar on بـ naming the one
         * new person right after it ("…، قبل أن يختتم جولته يوم الخميس في أبوظبي بلقاء الرئيس
         * الإماراتي"): his visit to him */
        bool leg_meet = false;
        if (nown == 1 && date2 && !own_status && init && !m->verb && (rasd_text_token_inline(t, tk->tok)->clitics & RASD_CL_BI) &&
            titled_before(t, tk->tok + tk->len, owntok[0]) == tk->tok + tk->len && rd[k].ca < tk->tok)
            leg_meet = travelled(t, rd[k].ca, tk->tok, &will_go) != SIZE_MAX;
        /* … and the one a message's invitation names right after its word ("تلقى الملك سلمان رسالة
         * من شي، تضمنت دعوة ولي العهد الأمير محمد بن سلمان لزيارة الصين"): the sender invites
         * him, who is the visitor (EV-6) */
        size_t ih = nown == 1 ? honorifics_before(t, rd[k].ca, owntok[0]) : 0;
        bool invitee = nown == 1 && own_status && init && rd[k].st == RASD_ST_PROPOSED && tr->type == RASD_EV_MESSAGE &&
                       m->type == RASD_EV_VISIT && owntok[0] < tk->tok && ih > rd[k].ca && stem_is(t, ih - 1, "دعوه");
        /* … and a verb of receiving whose object is a pronoun, its subject the one new person
         * there ("التقى بزشكيان السوداني يوم 11، فيما استقبله الرئيس رشيد يوم 12"): the host of
         * the one the pronoun stands for */
        bool host_only = nown == 1 && m->verb && m->voice == RASD_VOICE_RECEIVED && guest_pronoun(t, tk->tok) && owntok[0] > tk->tok;
        /* … and a noun opening its clause on و or ثم, the first's verb's other object, with a date
         * of its own ("أجرى مودي أمس اتصالا مع بوتين، ثم اتصالا مع زيلينسكي اليوم"): the first's
         * initiator with the one named after it */
        bool next_object = nown == 1 && date2 && !own_status && init && !m->verb && owntok[0] > tk->tok &&
                           object_noun(t, rd[k].ca, tk->tok);
        own_object = own_object || leg || plan_object || plan_journey || leg_meet || invitee || host_only || next_object;
        /* … and one with a date or status of its own whose clause names a new person beside one of
         * the first's ("هنأ السيسي ترامب في اتصال هاتفي …، فيما بعث الملك سلمان برقية تهنئة إلى
         * ترامب يوم الاثنين": Salman and Trump), or, told as a similar one (مماثل), the new person
         * and the first's other party ("تلقى مودي أمس اتصالا من ترامب، فيما أجرى بوتين اتصالا
         * مماثلا صباح اليوم": Putin and Modi) */
        if (nown == 1 && (date2 || own_status) && !own_object) {
            for (size_t q = 0; q < np && nown == 1; q++) {
                if (pers[q]->entity == own[0]->entity) continue;
                for (size_t g = 0; g < v->nents && nown == 1; g++) {
                    const rasd_entmention *pm = &v->ents[g];
                    size_t pt = tok_at(t, pm->start);
                    if (pm->kind == RASD_ENT_PERSON && pm->entity == pers[q]->entity && pt >= rd[k].ca && pt < rd[k].cb) {
                        own[nown] = pers[q];
                        owntok[nown++] = pt;
                    }
                }
            }
            size_t nx = tk->tok + tk->len;
            if (nown == 1 && nx < rd[k].cb && similar_word(t, nx))
                for (size_t q = 0; q < np && nown == 1; q++)
                    if (pers[q] != (init ? init : pers[0]) && pers[q]->entity != own[0]->entity) {
                        own[nown] = pers[q];
                        owntok[nown++] = ptok[q];
                    }
            if (nown == 2 && owntok[1] < owntok[0]) {   /* in the text's order */
                const rasd_entmention *sw = own[0];
                size_t st0 = owntok[0];
                own[0] = own[1]; owntok[0] = owntok[1];
                own[1] = sw; owntok[1] = st0;
            }
            own_pair = nown == 2;
        }
        if (((date2 || own_status) && !own_pair && !own_object) || (k == gk && !own_pair)) nown = 0;
        /* a weak one (an arrival: "وصل إلى هانوي فجر اليوم") with no party of its own is no
         * contact of the first's parties ("…، قادما من بيونغ يانغ، حيث التقى أمس كيم") */
        if (m->weak && m->type == RASD_EV_VISIT && !nown && !at_visit && !to && !ref) continue;
        /* EV-6: a second invitation of the first's two, to visit another country, in a later clause
         * ("دعاه إلى زيارة الصين، وأنه رد بالمثل بدعوة شي إلى زيارة الولايات المتحدة"، "…، كما وجه
         * السيسي دعوة مماثلة لترامب لزيارة مصر"): the other's visit, not the first told again */
        bool returned = false;
        if (!ref && !date2 && !nown && !at_visit && !to && type == RASD_EV_VISIT && st == RASD_ST_PROPOSED &&
            m->type == RASD_EV_VISIT && rd[k].st == RASD_ST_PROPOSED && !m->verb && tk->tok > main->tok && e.location) {
            uint32_t le = rasd_dict_find(d, e.location);
            const char *there = bound_for(v, tk->tok + tk->len - 1, rd[k].cb), *first = le != UINT32_MAX ? rasd_dict_entity(d, le)->code : NULL;
            returned = there && first && first[0] && strcmp(there, first) != 0;
        }
        if ((!date2 && !own_status && !nown && !at_visit && !to && !returned) ||
            (rd[k].st == RASD_ST_DENIED && span_negated(t, rd[k].ca, rd[k].cb)))
            continue;
        /* nor one whose verb's object, right after it, is a group that names no one ("قد يلتقي
         * خلالها قادة الاتحاد الأوروبي"): a contact of unnamed others, no one's of the first's */
        static const char *const group[] = {"قاده", "زعماء", "رؤساء", "مسؤولي", "مسؤولين", "مسؤولا", "ممثلي", "وزراء", "عددا",
                                            "اعضاء", "نواب", "سفراء", "وفدا", "وفود"};
        size_t ob = tk->tok + tk->len;
        while (ob < rd[k].cb && (stem_is(t, ob, "خلالها") || stem_is(t, ob, "خلاله") || covered(v, ob, ob + 1, COVER_TIME, 0))) ob++;
        if (!nown && !at_visit && !to && !ref && m->verb && ob < rd[k].cb && token_among(t, ob, group, sizeof group / sizeof *group)) continue;
        /* nor the visit a contact told in the clause before was, named after في with no parties of
         * its own: a date there is what its ordinal counts in ("استقبل ترامب نتنياهو أمس، في ثالث
         * زيارة له إلى واشنطن هذا العام") or another fact's ("في زيارة تأتي قبل الانتخابات المقررة
         * في 26 أكتوبر") */
        /* (not the visit a message was handed over at, its carrier's: EV-16) */
        if (!nown && !ref && !to && !at_visit && visit_frame(t, d, f, tk, rd[k].ca)) continue;
        /* nor one of the first's type after أي ("any"), with no date or parties of its own: the
         * first, spoken of again ("دعا لولا بايدن لزيارة البرازيل، فيما لم يحدد البيت الأبيض موعدا
         * لأي زيارة") */
        if (!ref && !at_visit && !to && !date2 && !nown && !m->verb && m->type == tr->type && tk->tok > f &&
            (stem_is(t, tk->tok - 1, "اي") || stem_is(t, tk->tok - 1, "لاي")))
            continue;
        /* a contact named as one told before (a definite noun) in what the first was about, with
         * no date or parties of its own, is that topic ("أجرى عبد العاطي اتصالا بعراقجي … لبحث
         * ترتيبات الزيارة") */
        if (!ref && !at_visit && !to && !date2 && !nown && !m->verb && named_before(t, tk->tok) &&
            (tk->tok >= topic || (tk->tok > rd[k].ca && token_among(t, tk->tok - 1, prepare, NPREPARE))))   /* ("خصص للتحضير للزيارة") */
            continue;
        /* … and one called off in a later clause, with no date or parties of its own, is the first
         * called off: "كان من المقرر أن يستقبل ماكرون عون في الحادي عشر من الشهر، قبل أن تؤجل
         * الزيارة أسبوعا" (cancelled, on the 11th) */
        if (!ref && !at_visit && !to && !date2 && !nown && !m->verb && tk->tok > main->tok && named_before(t, tk->tok) &&
            rd[k].st == RASD_ST_CANCELLED && st == RASD_ST_PLANNED && main_at != SIZE_MAX) {
            RASD_VEC_AT(&x->ev->items, xevent, main_at).e.status = rasd_status_name(RASD_ST_CANCELLED);
            continue;
        }
        rasd_event_type ty = leg || plan_journey || leg_meet ? RASD_EV_VISIT : with_modifiers(d, trig, ntr, m, rd[k].ca, rd[k].cb);
        rasd_status_kind st2 = ref ? RASD_ST_OCCURRED : rd[k].st;
        if (date2 && !ref) {
            past_or_plan(x, v, m, tk, ot, &date2, &st2);
            historic_present(v, ot, rd[k].present, &st2);
            told_plan(x, v, f, tk->tok, ot, &date2, st2);
            if (st == RASD_ST_DENIED || st == RASD_ST_CANCELLED) st2 = RASD_ST_OCCURRED;   /* the denial was the first's */
        }
        if (leg && st == RASD_ST_PLANNED && st2 == RASD_ST_OCCURRED) {
            st2 = RASD_ST_PLANNED;   /* a weekday alone of a leg to come is the next one */
            if (strlen(date2) == 10 && v->dct && ot->resolved && ot->tval.grain == RASD_GRAIN_DAY &&
                rasd_tval_days(&ot->tval) < rasd_tval_days(v->dct) && bare_weekday(t, ot))
                date2 = day_string(x->ev, rasd_tval_days(&ot->tval) + 7);
        }
        bool dup = false;   /* undated ones: one for each type and status (a dated one is its date's) */
        for (size_t q = 0; q < ndone && !date2 && !nown; q++) dup |= done_ty[q] == ty && done_st[q] == st2;
        if (dup || (ty == RASD_EV_TALKS && one_country)) continue;
        if (!date2 && !nown) { done_ty[ndone] = ty; done_st[ndone++] = st2; }
        size_t ca0, cb0;
        span_of(t, rd[k].ca, rd[k].cb, &ca0, &cb0);
        rasd_event e2 = e;
        e2.type = rasd_event_type_name(ty);
        e2.status = rasd_status_name(st2);
        e2.date = date2;
        e2.date_text = ot ? keep(x->ev, v->text + ot->start, ot->end - ot->start) : NULL;
        /* EV-13: … and one with parties of its own a span before the first, which took place ("بعد
         * يومين من لقاء الشرع ولي العهد الأمير محمد بن سلمان في الرياض") */
        if (!date2 && !ref && rd[k].back >= 0 && tk->tok > main->tok && st == RASD_ST_OCCURRED && st2 == RASD_ST_OCCURRED &&
            iso_day(e.date, &eday))
            e2.date = day_string(x->ev, rasd_tval_days(&eday) - rd[k].back);
        /* a clause on فيما/بينما/كما of the first's status with parties of its own and no date of
         * its own took place meanwhile: the first's day ("التقى مودي، اليوم الأربعاء، شي، فيما عقد
         * لولا اجتماعا مع رامافوزا") */
        /* (and one of the first's subject, dropped after كما، ثم، قبل أن: "…، ثم اجتمع مع …"، "…، ثم
         * أجرى اتصالا هاتفيا مع …", a light verb opening its phrase) */
        bool sequel = ((m->verb || (word_class(t, tk->tok) & (W_LIGHT | W_PAST_LIGHT))) && sequel_verb(t, f, tk->tok)) ||
                      (tk->tok == rd[k].ca && and_verb(t, m, tk->tok));
        /* (and a plan on و and its cue, "…، ويتوقع أن يستقبله الرئيس تبون"، "…، ومن المقرر أن
         * يلتقي …", told of the first's traveller: on the first's day, at its place) */
        static const char *const expected[] = {"يتوقع", "يرتقب", "ينتظر", "يفترض"};
        static const char *const fixed[] = {"المقرر", "المتوقع", "المرتقب", "المنتظر"};
        size_t ca = rd[k].ca;
        bool further = st == RASD_ST_PLANNED && (rasd_text_token_inline(t, ca)->clitics & RASD_CL_WA) &&
                       (token_among(t, ca, expected, 4) || (stem_is(t, ca, "من") && token_among(t, ca + 1, fixed, 4)));
        /* (and one after خلال/أثناء in a later clause of the first's status, which the first took
         * place during: "أجرى ترامب مساء الاثنين اتصالا هاتفيا ببوتين، خلال اجتماعه مع ستوب") */
        bool framing = nown && st2 == st && st == RASD_ST_OCCURRED && !m->verb && tk->tok > main->tok && during(t, rd[k].ca, tk->tok);
        /* (and a noun opening its clause on و or ثم, the first's verb's other object: "أجرى مودي
         * أمس اتصالا هاتفيا مع بوتين، ثم اتصالا مع زيلينسكي") */
        bool second_object = nown && !m->verb && tk->tok > main->tok && object_noun(t, ca, tk->tok);
        if (!date2 && (own_pair || (nown && (sequel || further || second_object)) || framing) && st2 == st && e.date &&
            (stem_is(t, rd[k].ca, "فيما") || stem_is(t, rd[k].ca, "بينما") || stem_is(t, rd[k].ca, "كما") || sequel || further || framing ||
             second_object)) {
            e2.date = e.date;
            e2.date_text = e.date_text;
        }
        if (at_visit) {   /* EV-16: its guests, then the one the message was for */
            const rasd_entmention *with[9];
            size_t nw = 0;
            for (size_t q = 0; q < ng; q++) with[nw++] = guest[q];
            for (size_t q = 0; q < np; q++)
                if (pers[q] != init) { with[nw++] = pers[q]; break; }
            set_parties(x->ev, d, &e2, with[0], with, nw);
            e2.topics = NULL;
            if (!date2) { e2.date = e.date; e2.date_text = e.date_text; }   /* the occasion's, told with the message */
        } else if (to) {   /* EV-16: its sender and the one it was for, when the visit was */
            const rasd_entmention *with[2] = {sender, to};
            set_parties(x->ev, d, &e2, sender, with, 2);
            e2.date = e.date;
            e2.date_text = e.date_text;
        } else if (own_pair) {
            set_parties(x->ev, d, &e2, initiator_of(v, rd[k].ca, m, tk->tok, own, owntok, nown), own, nown);   /* its clause tells who acted */
        } else if (nown) {   /* EV-14: the first's initiator (or first party), then the clause's own */
            const rasd_entmention *with[9];
            size_t nw = 0;
            with[nw++] = init ? init : pers[0];
            /* … or the subject of its own clause, named before its verb ("وكان ستارمر قد التقى محمد
             * بن زايد …، كما استقبل … أمير قطر": Starmer met bin Zayed) */
            /* (not when كما opens the verb: "…، الرئيس الإندونيسي برابوو، كما التقى شهباز شريف" drops
             * its subject) */
            for (size_t q = 0; q < np && !(tk->tok > rd[k].ca && sequel); q++)
                if (ptok[q] >= rd[k].ca && ptok[q] < tk->tok) with[0] = pers[q];
            /* … or right after its verb, one named in the first's clause too ("…، كما التقى
             * عراقجي الرئيس السيسي": Araghchi met Sisi) */
            const rasd_entmention *sj = m->verb ? party_at(v, tk->tok + tk->len, pers, np) : NULL;
            if (sj) with[0] = sj;
            if (leg_meet && nall) with[0] = allp[0];   /* (a leg's traveller: the sentence's first named) */
            for (size_t q = 0; q < nown; q++) with[nw++] = own[q];
            /* (a verb of receiving: the one it names came or called — "…، قبل أن يستقبل الرئيس
             * الفلسطيني محمود عباس" is Abbas's visit) */
            /* (not when one of the first's is named after him, its object: "…، فيما استقبل الرئيس
             * رشيد بزشكيان" is Pezeshkian's visit) */
            bool object_after = false;
            for (size_t i = owntok[0] + 1; nown && i < rd[k].cb && !object_after; i++) object_after = party_at(v, i, pers, np) != NULL;
            if (invitee || (m->verb && m->voice == RASD_VOICE_RECEIVED && nw == 2 && owntok[0] > tk->tok && !guest_pronoun(t, tk->tok) &&
                            !object_after)) {
                with[0] = own[0];
                with[1] = init ? init : pers[0];
            }
            /* (the visitor's contact told after his visit on كما/ثم, on its day, in its clause: a
             * visit of his too, at its place — "في زيارة التقى خلالها خامنئي …، كما التقى بزشكيان") */
            if (type == RASD_EV_VISIT && init && with[0] == init && sequel && (ty == RASD_EV_MEETING || ty == RASD_EV_TALKS) &&
                st2 == st && e2.date == e.date) {
                ty = RASD_EV_VISIT;
                e2.type = rasd_event_type_name(ty);
                further = true;   /* (its place, below) */
            }
            set_parties(x->ev, d, &e2, with[0], with, nw);
        } else if ((!date2 || gathered) && tk->tok >= topic && ntp >= 2) {
            /* a contact the first was about, or one with بين after it: its own parties */
            const rasd_entmention *i2 = initiator_of(v, f, m, tk->tok, tpers, ttok, ntp);
            set_parties(x->ev, d, &e2, i2, tpers, ntp);
        } else {
            const rasd_entmention *init2 = date2 && !own_status ? init : initiator_of(v, f, m, tk->tok, pers, ptok, np);
            /* a dated one of the first's status keeps the first's initiator, unless its verb's
             * subject follows it ("…، على أن يزور أردوغان القاهرة الشهر المقبل") */
            if (date2 && m->verb &&
                (m->voice == RASD_VOICE_SUBJ_OBJ || m->voice == RASD_VOICE_VISITOR || m->voice == RASD_VOICE_SENDER) &&
                party_at(v, tk->tok + tk->len, pers, np))
                init2 = party_at(v, tk->tok + tk->len, pers, np);
            if (!init2 && ty == RASD_EV_VISIT && st2 == RASD_ST_PROPOSED) init2 = invited(v, f, m, tk, pers, np);
            /* a visit's verb opening its clause on و, no subject of its own after it: the
             * sentence's subject, named first, travels ("التقى ترامب بوتين الخميس، وسيزور بعدها
             * موسكو") */
            if (ty == RASD_EV_VISIT && m->verb && tk->tok == rd[k].ca && (rasd_text_token_inline(t, tk->tok)->clitics & RASD_CL_WA) &&
                !party_at(v, tk->tok + tk->len, pers, np) && np)
                init2 = pers[0];
            /* a visit's masdar: the one named right after it is the visitor ("… تم خلاله بحث زيارة
             * البوسعيدي المرتقبة إلى الكويت الأسبوع المقبل") */
            if (!init2 && ty == RASD_EV_VISIT && !m->verb) init2 = party_at(v, tk->tok + tk->len, pers, np);
            set_parties(x->ev, d, &e2, init2, pers, np);   /* its own type's initiator */
        }
        /* EV-13: a reference point a span before the first that names two of its own after its
         * word is theirs ("غداة مكالمة ترامب مع بوتين") */
        if (ref && rd[k].back >= 0) {
            const rasd_entmention *mine[8];
            size_t nmine = persons_in(v, tk->tok + 1, rd[k].cb, mine, 8);
            if (nmine >= 2) set_parties(x->ev, d, &e2, NULL, mine, nmine);
        }
        size_t r0 = ref ? rasd_text_source_inline(t, rasd_text_token_inline(t, tk->tok)->start) : ca0, r1 = ref && sr_hi == l ? s1 : cb0;
        const rasd_entmention *pl2 = place_of(v, f, l, tk->tok, ty == RASD_EV_VISIT, adjuncts_end(v, l, rd[k].cb), SIZE_MAX, r0, r1, true);
        /* (… or, in a clause on حيث, its antecedent: "قبل أن ينتقل إلى الدوحة، حيث استقبله أمير قطر") */
        if (!pl2 && stem_is(t, rd[k].ca, "حيث") && rd[k].ca > f + 1 && clause_end(t, rd[k].ca - 1) == 1) pl2 = where_antecedent(v, s0, rd[k].ca);
        set_place(&e2, d, pl2 && !remote(ty) ? pl2 : NULL);
        if (!e2.location && ty == RASD_EV_VISIT) e2.location = realm(v, tk->tok, adjuncts_end(v, l, rd[k].cb), &e2);
        if (!e2.location && !remote(ty)) same_place(x, t, rd[k].ca, rd[k].cb, &e2);
        /* (… and on the sidelines of a gathering named again in its clause, the first's place
         * when the first was on a gathering's sidelines: "التقى بوتين اليوم شي على هامش قمة بريكس
         * في قازان، فيما … سيعقد مع الرئيس الصيني غدا لقاء ثنائيا على هامش القمة") */
        bool first_sidelines = sidelines_in(t, f, rd[k].ca);
        for (size_t j = rd[k].ca; j + 2 < rd[k].cb && !e2.location && !remote(ty) && first_sidelines; j++)
            if (sidelines_named(t, j, l) && named_again(v, j + 3, l)) {
                e2.location = e.location;
                e2.venue = e.venue;
            }
        if (further && !e2.location && !remote(ty) && e2.date == e.date) {
            e2.location = e.location;
            e2.venue = e.venue;
        }
        set_duration(x->ev, &e2, first_duration(v, r0, r1));
        e2.topics = date2 && !ref ? topics : NULL;
        e2.cameo = m->cameo;
        e2.plover_mode = remote(ty) && ty != RASD_EV_MESSAGE ? "phone" : m->plover;
        /* (a reference point that is the contact of the same two on the same day, told before in
         * the article — "… قبل اتصال أمس" after yesterday's call — is that one again) */
        if (ref && e2.date && told_again(x, &e2)) continue;
        if (st2 == RASD_ST_PROPOSED) carried_invitation(x, v, f, tk->tok, &e2, pers, np);
        push(x, &e2, NULL, false, false, pers, np);
        if (date2 && !ref) mb = rd[k].cb;
    }
}

/* The first colon among tokens [a, b) (a label ends there: "اللقاء الثالث:"), or b. */
static size_t colon_in(rasd_text *t, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        const rasd_token *q = rasd_text_token_inline(t, k);
        if (q->kind == RASD_TOK_PUNCT && t->norm[q->start] == ':') return k;
    }
    return b;
}

/* Tokens [f, i) let a date at i head its sentence: only words that introduce it (في، أما، ثم،
 * بتاريخ: "وفي 11 شباط 2018، …"، "أما في 20 آذار …"), or a label ending in a colon ("اللقاء
 * الثالث: في 16 تموز …") — not a clause of its own ("وأعلن زيلينسكي، اليوم السبت، …"). */
static bool heads(rasd_text *t, size_t f, size_t i)
{
    if (colon_in(t, f, i) < i) return true;
    for (size_t k = f; k < i; k++)
        if (!(word_class(t, k) & W_HEAD)) return false;
    return true;
}

static void visit(const rasd_block_view *v, void *user)
{
    xjob *x = user;
    x->ev->dict = v->dict;
    x->title = v->title || v->caption;   /* EV-15: a caption tells what the body tells, as a title does */
    x->bents = v->ents;
    x->nbents = v->nents;
    if (v->article != x->article || v->block == 0) { x->head_date = x->head_text = NULL; x->article = v->article; }
    const rasd_entmention *two[2];   /* EV-2: the two persons the title names, whom a list's header may name as a pair */
    if (v->title && v->article > 0 && two_named(v, 0, SIZE_MAX, two)) {
        x->tpair[0] = *two[0];
        x->tpair[1] = *two[1];
        x->tpair_article = v->article;
    }
    /* EV-7: the dateline, in the first body block or a line before it that the cleaner took for a
     * title or a photo's credit ("بغداد - واع"، "دمشق-سانا"): where the copy was filed, and its
     * day (the DCT from there on, TMX-22) */
    if (v->dateline != UINT32_MAX) {
        xdateline z = {v->article, v->dateline, v->dct ? rasd_tval_days(v->dct) : INT64_MIN};
        RASD_VEC_PUSH(&x->ev->lines, xdateline, z);
    }
    size_t ns = rasd_text_nsentences(v->t), tlo = 0, elo = 0;
    memo_reset(v->t);
    for (size_t s = 0; s < ns; s++) {
        size_t b0, b1, f, l;
        rasd_text_sentence(v->t, s, &b0, &b1, &f, &l);
        size_t s0 = rasd_text_source_inline(v->t, b0), s1 = rasd_text_source_inline(v->t, b1);
        memo.f = f; memo.l = l; memo.s0 = s0; memo.s1 = s1;
        /* the sentence's own times and entities (both lists are in text order): a window of the
         * view, so that a long document costs no more per sentence than a short one */
        while (tlo < v->ntimes && v->times[tlo].start < s0) tlo++;
        while (elo < v->nents && v->ents[elo].start < s0) elo++;
        size_t thi = tlo, ehi = elo;
        while (thi < v->ntimes && v->times[thi].start < s1) thi++;
        while (ehi < v->nents && v->ents[ehi].start < s1) ehi++;
        /* TMX-22: a dateline's date dates its sentence's contact only when the sentence tells no
         * other time ("الرياض 15 رجب 1444 هـ الموافق 6 فبراير 2023 م واس استقبل … أمس": the 5th) */
        size_t tdl = tlo;
        while (tdl < thi && v->times[tdl].start < v->dated_to) tdl++;
        /* (… and a time in the agency's name after it is none: "القاهرة - (اليوم السابع):") */
        size_t tag = tdl;
        while (tag < thi && v->times[tag].start < v->copy_at) tag++;
        if (tag > tdl && tag == thi) thi = tdl;
        else if (tag > tdl) tlo = tag;
        if (tdl > tlo && tdl < thi) tlo = tdl;
        rasd_block_view w = *v;
        w.times = v->times ? v->times + tlo : NULL; w.ntimes = thi - tlo;
        w.ents = v->ents ? v->ents + elo : NULL; w.nents = ehi - elo;
        /* EV-5: a date that opens a sentence (within its first three tokens, after only في، أما، ثم,
         * or within three after a label of at most four words and its colon: "اللقاء الثاني: في 10
         * سبتمبر 2023، …") heads what follows it */
        size_t label_end = l < f + 5 ? l : f + 5, colon = colon_in(v->t, f, label_end);
        size_t open = colon < label_end ? colon + 3 : f + 3;
        for (size_t k = 0; k < w.ntimes; k++) {
            const rasd_timex *m = &w.times[k];
            if (m->kind != RASD_TIMEX_TIME || m->end > s1) continue;
            if (tok_at(v->t, m->start) > open || since(v, m) || !heads(v->t, f, tok_at(v->t, m->start))) break;
            const char *date = contact_date(x->ev, m);
            if (date) {
                x->head_date = date;
                x->head_text = keep(x->ev, v->text + m->start, m->end - m->start);
            }
            break;
        }
        size_t before = RASD_VEC_LEN(&x->ev->items, xevent);
        sentence_events(x, &w, s);
        if (x->told && w.ntimes) set_scene(x, &w, f, l);
        /* EV-2: a sentence that tells no contact but names another person ends the subject's run */
        bool none = RASD_VEC_LEN(&x->ev->items, xevent) == before;
        if (x->told > 0) set_gathering(x, &w, f, l, none);   /* (set_scene asked: a day, and a contact or a summit named) */
        for (size_t k = 0; k < w.nents && x->subj_article && none; k++)
            if (w.ents[k].kind == RASD_ENT_PERSON && w.ents[k].entity != x->subj.entity) x->subj_article = 0;
    }
    memo.t = NULL;   /* the text is freed after this visit: another may take its address */
    /* EV-12: the latest day or month the article states (without a publication date only) */
    if (v->dct) return;
    xfloor *fl = NULL;
    for (size_t k = 0; k < RASD_VEC_LEN(&x->ev->floors, xfloor) && !fl; k++)
        if (RASD_VEC_AT(&x->ev->floors, xfloor, k).article == v->article) fl = &RASD_VEC_AT(&x->ev->floors, xfloor, k);
    for (size_t k = 0; k < v->ntimes; k++) {
        const rasd_timex *m = &v->times[k];
        if (m->kind != RASD_TIMEX_TIME || !m->resolved || m->tval.grain < RASD_GRAIN_MONTH) continue;
        const char *val = m->value[0] ? m->value : m->from;
        size_t n = strlen(val) >= 10 && val[7] == '-' ? 10 : 7;
        if (strlen(val) < 7 || val[4] != '-' || val[5] < '0' || val[5] > '1') continue;   /* not a week */
        if (!fl) {
            xfloor z = {v->article, ""};
            RASD_VEC_PUSH(&x->ev->floors, xfloor, z);
            fl = &RASD_VEC_AT(&x->ev->floors, xfloor, RASD_VEC_LEN(&x->ev->floors, xfloor) - 1);
        }
        if (strncmp(val, fl->date, n) > 0) { memcpy(fl->date, val, n); fl->date[n] = 0; }
    }
}

/* Every party of a is a party of b. */
static bool parties_within(const rasd_event *a, const rasd_event *b)
{
    for (size_t i = 0; i < a->nparticipants; i++)
        if (party_index(b, a->participants[i]) < 0) return false;
    return true;
}

/* EV-11: one sentence that tells one contact twice, by two of its words that each found a date
 * of its own which is the same day ("يستقبل …، في جدة يوم الخميس 20 رمضان 1446هـ الموافق 20 مارس
 * 2025م، …، في زيارة رسمية"; a reception "على هامش انعقاد القمة"): the same status, date and
 * parties in the same evidence, of a type that can name the same contact (a meeting or talks
 * after a visit, EV-10), are one event, the first, which takes the other's place when it has
 * none. */
static void repeats(rasd_events *e)
{
    size_t n = RASD_VEC_LEN(&e->items, xevent), kept = 0;
    xevent *ev = (xevent *)(void *)e->items.p;
    for (size_t i = 0; i < n; i++) {
        bool drop = false;
        for (size_t k = 0; k < kept && !drop; k++) {
            rasd_event *a = &ev[k].e;
            const rasd_event *b = &ev[i].e;
            drop = a->article == b->article && a->start == b->start && a->end == b->end && a->nparticipants == b->nparticipants &&
                   same_contact_type(b->type, a->type) && strcmp(a->status, b->status) == 0 && a->date && b->date &&
                   strcmp(a->date, b->date) == 0 && parties_within(a, b);
            if (drop && !a->location) {
                a->location = b->location;
                a->venue = b->venue;
            }
        }
        if (!drop) ev[kept++] = ev[i];
    }
    e->items.len = kept * sizeof(xevent);
}

/* EV-10: talks or a meeting a, dated, among the parties of visit b told before it in the same
 * article, held in its course: on its day or in the three after, at its place or none, of its
 * status — or planned while the visit goes on ("وصل بوتين مساء الخميس إلى نيودلهي … ويعقد
 * الزعيمان اليوم الجمعة محادثات رسمية"). */
static bool during_visit(const rasd_event *a, const rasd_event *b)
{
    rasd_tval da, db;
    if (b->article != a->article || strcmp(b->type, "visit") != 0 || !iso_day(a->date, &da) || !iso_day(b->date, &db) ||
        !parties_within(a, b))
        return false;
    int64_t d = rasd_tval_days(&da) - rasd_tval_days(&db);
    return d >= 0 && d <= 3 && (!a->location || (b->location && strcmp(a->location, b->location) == 0)) &&
           (strcmp(a->status, b->status) == 0 || (strcmp(a->status, "planned") == 0 && strcmp(b->status, "occurred") == 0));
}

/* Event a can be part of event b: b is a dated visit of a's article and status whose parties
 * include all of a's (EV-10). */
static bool in_visit(const rasd_event *a, const rasd_event *b)
{
    return b->article == a->article && strcmp(b->type, "visit") == 0 && b->date && strcmp(b->status, a->status) == 0 &&
           parties_within(a, b);
}

/* EV-6: the country of the place a visit's word at token tok goes to, named right after it or after
 * إلى there ("زيارة الولايات المتحدة"، "لزيارة مصر"، "زيارة إلى الصين"), before token b: its code,
 * or NULL. */
static const char *bound_for(const rasd_block_view *v, size_t tok, size_t b)
{
    rasd_text *t = v->t;
    size_t at = tok + 1 < b && stem_is(t, tok + 1, "الي") ? tok + 2 : tok + 1;
    for (size_t k = 0; k < v->nents; k++) {
        const rasd_entmention *m = &v->ents[k];
        if ((m->kind == RASD_ENT_PLACE || m->kind == RASD_ENT_COUNTRY) && tok_at(t, m->start) == at && at < b) {
            const char *code = rasd_dict_entity(v->dict, m->entity)->code;
            return code && code[0] ? code : NULL;
        }
    }
    return NULL;
}

/* EV-7: location names the country that place (a city or venue, an entity) is in. */
static bool country_of(const rasd_dict *d, const char *location, uint32_t place)
{
    uint32_t le = location ? rasd_dict_find(d, location) : UINT32_MAX;
    return le != UINT32_MAX && place != UINT32_MAX && rasd_dict_entity(d, le)->kind == RASD_ENT_COUNTRY &&
           rasd_dict_entity(d, place)->kind == RASD_ENT_PLACE && strcmp(rasd_dict_entity(d, le)->code, rasd_dict_entity(d, place)->code) == 0;
}

/* EV-10: contact b, told again as a, takes a's city when it names only that city's country
 * ("يبدأ السلطان هيثم غدا زيارة دولة إلى روسيا …. ويعقد جلالته خلال الزيارة جلسة مباحثات مع الرئيس
 * الروسي في الكرملين بموسكو": Moscow). */
static void finer_place(const rasd_dict *d, rasd_event *b, const rasd_event *a)
{
    if (!a->location || !country_of(d, b->location, rasd_dict_find(d, a->location))) return;
    b->location = a->location;
    b->venue = a->venue;
}

/* EV-10: undated talks among parties whose dated contact the same article reports ("وبحث الجانبان
 * …"، "ناقش الرئيسان …" after "أجرى ترمب اتصالاً ببوتين الأربعاء") describe that contact, not
 * another one: they are dropped; so are calls named only by a weak trigger ("وتحدث ترامب مع
 * بوتين …"), and an undated contact named by a definite noun after one of its type and status
 * among the same parties ("التقى بايدن شي … وقال البيت الأبيض إن اللقاء استمر أربع ساعات"). */
static void elaborations(rasd_events *e)
{
    size_t n = RASD_VEC_LEN(&e->items, xevent), kept = 0;
    xevent *ev = (xevent *)(void *)e->items.p;
    for (size_t i = 0; i < n; i++) {
        bool drop = false, talks = strcmp(ev[i].e.type, "talks") == 0 || ev[i].weak;
        bool meeting = strcmp(ev[i].e.type, "meeting") == 0;
        /* a banquet or joint press conference (a weak meeting) on the day of a visit told before
         * it among the same parties is part of that visit ("استقبل ولي العهد اليوم ميلوني. إثر
         * ذلك، أقام سموه مأدبة عشاء تكريما لها") */
        for (size_t k = 0; k < i && !drop && ev[i].weak && meeting && ev[i].e.date; k++)
            drop = in_visit(&ev[i].e, &ev[k].e) && strcmp(ev[k].e.date, ev[i].e.date) == 0;
        /* talks or a meeting of theirs held in its course are that visit, which takes their
         * duration and topics when it has none — and so is a visit of theirs on its day, at its
         * place, both told in the body or both in the title ("استقبل أردوغان الشرع في أنقرة. وعقب
         * مراسم الاستقبال، عقد الزعيمان لقاء ثنائيا": the meeting in the host's capital, EV-3's visit) */
        bool visit = strcmp(ev[i].e.type, "visit") == 0 && ev[i].e.date;
        for (size_t k = 0; k < i && !drop && (talks || meeting || visit) && !ev[i].gathering; k++)
            if ((drop = during_visit(&ev[i].e, &ev[k].e) && (!visit || (strcmp(ev[k].e.date, ev[i].e.date) == 0 && ev[k].title == ev[i].title)))) {
                if (ev[k].e.duration_min < 0) {
                    ev[k].e.duration_min = ev[i].e.duration_min;
                    ev[k].e.duration_mod = ev[i].e.duration_mod;
                }
                if (!ev[k].e.topics) ev[k].e.topics = ev[i].e.topics;
            }
        /* … and an undated visit of theirs of its status at its place, told after it ("سيتوجه
         * السوداني إلى واشنطن في 15 نيسان …. ومن المقرر أن يعقد السوداني وبايدن اجتماعا في البيت
         * الأبيض": that journey's meeting) */
        for (size_t k = 0; k < i && !drop && strcmp(ev[i].e.type, "visit") == 0 && !ev[i].e.date && ev[i].e.location; k++)
            drop = ev[k].e.article == ev[i].e.article && strcmp(ev[k].e.type, "visit") == 0 && ev[k].e.date &&
                   ev[k].e.location && strcmp(ev[k].e.location, ev[i].e.location) == 0 &&
                   strcmp(ev[k].e.status, ev[i].e.status) == 0 && ev[k].title == ev[i].title && parties_within(&ev[i].e, &ev[k].e);
        /* an undated congratulation or condolence told by its verb right after a call or a
         * meeting of theirs, done, was said there ("بحث محمد بن زايد وميرتس خلال اتصال مرئي اليوم
         * العلاقات. وهنأ سموه المستشار ميرتس بتوليه منصبه") */
        if (i > 0 && ev[i].greeting && !ev[i].e.date && ev[i - 1].e.article == ev[i].e.article &&
            strcmp(ev[i].e.status, "occurred") == 0 && strcmp(ev[i - 1].e.status, "occurred") == 0 &&
            strcmp(ev[i - 1].e.type, "message") != 0 && parties_within(&ev[i].e, &ev[i - 1].e))
            drop = true;
        if (!drop && !ev[i].e.date && (talks || ev[i].definite || meeting))
            for (size_t k = 0; k < n && !drop; k++) {
                /* (the same parties or more; fewer for a definite noun that frames another fact:
                 * "عقدت ميركل اجتماعا مع شي، بمشاركة فون دير لاين وميشال. وأعلن الجانبان في ختام
                 * الاجتماع …") */
                if (k == i || ev[k].e.article != ev[i].e.article ||
                    !(parties_within(&ev[k].e, &ev[i].e) || (ev[i].framed && parties_within(&ev[i].e, &ev[k].e))))
                    continue;
                bool same_st = strcmp(ev[k].e.status, ev[i].e.status) == 0;
                /* a dated contact; or, told before it, an undated visit, meeting or call of the
                 * same status ("استقبل بوتين مودي. وأجرى الزعيمان محادثات استمرت ثلاث ساعات"),
                 * which takes the talks' duration and topics when it has none */
                if (talks)
                    drop = ev[k].e.date || (k < i && strcmp(ev[k].e.type, "talks") != 0 && !ev[k].weak && same_st);
                /* … a meeting of theirs during a visit told before it, dated, of its status ("استقبل
                 * الملك حمد اليوم أنور إبراهيم. وعقد الملك ورئيس الوزراء الماليزي اجتماعا على انفراد") */
                if (!drop && meeting) drop = k < i && in_visit(&ev[i].e, &ev[k].e);
                /* … and the plan of a contact called off before it ("ألغى تشيسيكيدي زيارته إلى الجزائر
                 * …. وكان مقررا أن يبحث الرئيسان خلال الزيارة …": that visit) */
                bool plan_of_off = strcmp(ev[i].e.status, "planned") == 0 && strcmp(ev[k].e.status, "cancelled") == 0;
                if (!drop && ev[i].definite)
                    drop = k < i && (same_st || plan_of_off || ev[i].plain) && !ev[k].weak && same_contact_type(ev[i].e.type, ev[k].e.type);
                /* who asked for it, told of the contact named again ("وذكر الكرملين أن الاتصال جرى
                 * بمبادرة من الجانب الروسي"), made the one told before */
                if (drop && ev[i].asked && ev[i].e.initiator && !ev[k].e.initiator && strcmp(ev[k].e.type, ev[i].e.type) == 0) {
                    const char **names = (const char **)ev[k].e.participants;
                    for (size_t q = 1; q < ev[k].e.nparticipants; q++)
                        if (strcmp(names[q], ev[i].e.initiator) == 0) {
                            memmove(names + 1, names, q * sizeof *names);
                            names[0] = ev[i].e.initiator;
                            break;
                        }
                    ev[k].e.initiator = ev[i].e.initiator;
                }
                if (drop && (!ev[k].e.date || ev[i].definite)) {
                    finer_place(e->dict, &ev[k].e, &ev[i].e);
                    if (ev[k].e.duration_min < 0) {
                        ev[k].e.duration_min = ev[i].e.duration_min;
                        ev[k].e.duration_mod = ev[i].e.duration_mod;
                    }
                    if (!ev[k].e.topics) ev[k].e.topics = ev[i].e.topics;
                }
            }
        if (!drop) ev[kept++] = ev[i];
    }
    e->items.len = kept * sizeof(xevent);
}

/* ISO date `inner` (a day) falls within `outer` at outer's grain: its year, month ("2025-12"
 * holds "2025-12-04") or ISO week ("2025-W07" holds "2025-02-11"). */
static bool date_within(const char *inner, const char *outer)
{
    size_t n = strlen(outer);
    rasd_tval v;
    int wy, ww, k = 0, y, w;
    if (!iso_day(inner, &v) || n >= 10) return false;
    if (n == 4 || n == 7) return strncmp(inner, outer, n) == 0 && inner[n] == '-';
    return n == 8 && sscanf(outer, "%4d-W%2d%n", &wy, &ww, &k) == 2 && k == 8 && rasd_iso_week(v.year, v.month, v.day, &y, &w) &&
           y == wy && w == ww;
}

/* EV-15: the body's contact bk may be the one title ti tells: a type that can name it, no date of
 * the title's own or the body's, the same status, a plan the body tells done, or a contact the
 * title tells in the present that the body tells as a plan ("كيشيدا وشي يعقدان أول قمة" over
 * "سيلتقي كيشيدا شي غدا الخميس"). */
static bool body_tells(const xevent *ti, const xevent *bk)
{
    if (bk->title || bk->e.article != ti->e.article) return false;
    if (!same_contact_type(ti->e.type, bk->e.type) && !same_contact_type(bk->e.type, ti->e.type)) return false;
    /* (the title's weekday read as the last one: "بايدن وبوتين يعقدان قمة عبر الفيديو الثلاثاء") */
    bool plan = ti->present && strcmp(ti->e.status, "occurred") == 0 && strcmp(bk->e.status, "planned") == 0;
    /* (a date of its own — not one the body's day falls in: "مطلع دجنبر" over "يوم 4 دجنبر المقبل",
     * "الأسبوع المقبل" over "يوم الثلاثاء 11 شباط الحالي") */
    if (ti->e.date && !plan && (!bk->e.date || (strcmp(ti->e.date, bk->e.date) != 0 && !date_within(bk->e.date, ti->e.date)))) return false;
    return strcmp(ti->e.status, bk->e.status) == 0 || (strcmp(ti->e.status, "planned") == 0 && strcmp(bk->e.status, "occurred") == 0) ||
           plan;
}

/* EV-15: the body tells title ev[i]'s contact one by one: two or more contacts it may be (body_tells),
 * each of one party h with one other, those others the title's parties and, with h when the title
 * names him, all of them — "السيسي يعزي أردوغان والأسد هاتفياً" over a call to each, "ولي العهد يتلقى
 * اتصالين من ماكرون وستارمر" over a call from each (the title's ولي العهد named by no country). */
static bool told_one_by_one(const xevent *ev, size_t n, size_t i)
{
    const rasd_event *t = &ev[i].e;
    if (t->nparticipants < 2 || t->nparticipants > 32) return false;
    const uint32_t all = (uint32_t)((1ull << t->nparticipants) - 1);
    for (size_t k0 = 0; k0 < n; k0++) {
        if (ev[k0].e.nparticipants != 2 || !body_tells(&ev[i], &ev[k0])) continue;
        for (size_t s = 0; s < 2; s++) {   /* h: either party of a contact so told */
            const char *h = ev[k0].e.participants[s];
            int hi = party_index(t, h);
            uint32_t told = hi >= 0 ? 1u << hi : 0;
            size_t each = 0;
            for (size_t k = 0; k < n; k++) {
                if (ev[k].e.nparticipants != 2 || !body_tells(&ev[i], &ev[k])) continue;
                int j = party_index(&ev[k].e, h);
                int o = j < 0 ? -1 : party_index(t, ev[k].e.participants[1 - j]);
                if (o >= 0) { told |= 1u << o; each++; }
            }
            if (each >= 2 && told == all) return true;
        }
    }
    return false;
}

/* EV-15: a contact the title tells that its article's body tells too — the same parties or
 * fewer, a type that can name the same contact, no date or the body's, the same status or a plan
 * the body tells done ("السيسي يستقبل ملك الأردن" over "استقبل السيسي اليوم الملك عبدالله الثاني") — is the
 * body's: the headline's present tense is no plan. It lends the body's contact its place when that
 * has none. So is one the body tells one by one (told_one_by_one). */

static void headlines(rasd_events *e)
{
    size_t n = RASD_VEC_LEN(&e->items, xevent), kept = 0;
    xevent *ev = (xevent *)(void *)e->items.p;
    for (size_t i = 0; i < n; i++) {
        bool drop = false;
        for (size_t k = 0; k < n && ev[i].title && !drop; k++) {
            drop = parties_within(&ev[i].e, &ev[k].e) && body_tells(&ev[i], &ev[k]);
            if (drop && !ev[k].e.location) {
                ev[k].e.location = ev[i].e.location;
                ev[k].e.venue = ev[i].e.venue;
            }
        }
        if (ev[i].title && !drop) drop = told_one_by_one(ev, n, i);
        if (!drop) ev[kept++] = ev[i];
    }
    e->items.len = kept * sizeof(xevent);
}

/* The parties hold the roles they are named in on day (days since 1970-01-01). */
static bool roles_hold(const rasd_dict *d, const xevent *x, int64_t day)
{
    for (size_t q = 0; q < x->nroles; q++) {
        size_t n;
        const rasd_role *all = rasd_dict_roles(d, &n);
        bool held = false;
        for (const rasd_role *r = rasd_dict_first_role(d, x->roles[q].person); r && !held;
             r = r->next_of_person ? &all[r->next_of_person - 1] : NULL)
            held = r->role == x->roles[q].role && strcmp(r->of, x->roles[q].of) == 0 && day >= r->from && day <= r->to;
        if (!held) return false;
    }
    return true;
}

/* EV-12: in an article with no publication date, a planned contact whose date the text gives
 * without its year ("يلتقي الرئيس الأمريكي … في 15 آب/ أغسطس الجاري") is dated only when the
 * roles its parties are named in place it: the first such day not before the latest day or month
 * the article states (it was written after what it reports) falls outside their terms, so the
 * article is from a later term, and the date is that day in the first year in which they hold
 * them again. Otherwise — no stated date, roles that hold on the first candidate, none within
 * twelve years — the date stays null: the text does not fix it. */
static void undated_plans(rasd_events *e)
{
    const rasd_dict *d = e->dict;
    size_t n = RASD_VEC_LEN(&e->items, xevent);
    xevent *ev = (xevent *)(void *)e->items.p;
    for (size_t i = 0; i < n; i++) {
        if (!ev[i].under || ev[i].e.date || strcmp(ev[i].e.status, "planned") != 0) continue;
        const char *floor = NULL;
        for (size_t k = 0; k < RASD_VEC_LEN(&e->floors, xfloor); k++)
            if (RASD_VEC_AT(&e->floors, xfloor, k).article == ev[i].e.article) floor = RASD_VEC_AT(&e->floors, xfloor, k).date;
        if (!floor) continue;
        const char *u = ev[i].under + 4;   /* "-08-15" or "-08" */
        int mo = atoi(u + 1), dd = strlen(u) >= 6 ? atoi(u + 4) : 1;
        bool first = true;   /* the first candidate: the roles must rule it out */
        for (int year = atoi(floor); year <= atoi(floor) + 12 && year <= 9999; year++) {
            char buf[16];
            snprintf(buf, sizeof buf, "%04d%s", year, u);
            size_t cmp = strlen(buf) < strlen(floor) ? strlen(buf) : strlen(floor);   /* at the coarser grain */
            if (strncmp(buf, floor, cmp) < 0 || dd > rasd_days_in_month(year, mo)) continue;
            bool held = ev[i].nroles && roles_hold(d, &ev[i], rasd_days_from_civil(year, mo, dd));
            if (first) {
                first = false;
                if (held || !ev[i].nroles) break;
                continue;
            }
            if (!held) continue;
            ev[i].e.date = keep(e, buf, strlen(buf));
            break;
        }
    }
}

/* EV-7: a meeting, visit or talks done on the day its article's dateline was filed or the day
 * before, that names no place, took place in the dateline's city ("القاهرة في 9 فبراير /أ ش أ/
 * استقبل السيد رئيس الجمهورية اليوم …": Cairo); one placed only in that city's country, there
 * ("بغداد - … الذي يقوم بزيارة عمل إلى العراق": Baghdad). */
static void dated_lines(rasd_events *e)
{
    size_t n = RASD_VEC_LEN(&e->items, xevent), nl = RASD_VEC_LEN(&e->lines, xdateline);
    for (size_t i = 0; i < n && nl; i++) {
        rasd_event *a = &RASD_VEC_AT(&e->items, xevent, i).e;
        const xdateline *dl = NULL;
        for (size_t k = 0; k < nl && !dl; k++)
            if (RASD_VEC_AT(&e->lines, xdateline, k).article == a->article) dl = &RASD_VEC_AT(&e->lines, xdateline, k);
        if (!dl || dl->day == INT64_MIN || !a->date || strlen(a->date) != 10 || strcmp(a->status, "occurred") != 0 ||
            a->venue || !(strcmp(a->type, "meeting") == 0 || strcmp(a->type, "visit") == 0 || strcmp(a->type, "talks") == 0))
            continue;
        int64_t day = rasd_days_from_civil(atoi(a->date), atoi(a->date + 5), atoi(a->date + 8));
        if (day != dl->day && day != dl->day - 1) continue;
        if (!a->location || country_of(e->dict, a->location, dl->place)) a->location = rasd_dict_entity(e->dict, dl->place)->name;
    }
}

/* EV-0: an article none of whose blocks has a trigger that can name a contact (EV-1: not a
 * modifier, save a phone modifier that completes a verb of speaking; not وزارة) states none,
 * and is neither tagged nor read further. Most of a day's news is of that kind; the words the
 * test looks up are the ones the entity tagger would look up next, cached in the text. */
static bool names_contact(rasd_text *t, size_t i, size_t n, const rasd_form *f, bool future, void *user)
{
    (void)future;
    const rasd_trigger *m = rasd_dict_trigger(user, f->target);
    return (!m->modifier || m->type == RASD_EV_CALL) && !ministry(t, i, n);
}

/* … nor a weak phrase whose words stand apart (spoken_with): a verb of speaking with مع or إلى
 * after it ("تحدث ماكرون مع زيلينسكي"), or one of arrival with an invitation after it ("وصل
 * الغزواني إلى الجزائر بدعوة من تبون") — told by the words alone, before anything is tagged. */
static bool spoken_apart(rasd_text *t)
{
    size_t n = rasd_text_ntokens(t);
    /* (their letters first: a speaking verb's, or an invitation's for one of arrival) */
    if (!contains(t->norm, t->len, "تحدث") && !contains(t->norm, t->len, "دعوه")) return false;
    for (size_t i = 0; i < n; i++) {
        if (!talk_at(t, i)) continue;
        wclass c = word_class(t, i);
        if (!(c & (W_SPEAK | W_ARRIVAL))) continue;
        for (size_t j = i + 1; j < n && j < i + 40; j++) {
            if (clause_end(t, j) == 2) break;
            if (c & W_SPEAK ? j < i + 17 && (stem_is(t, j, "مع") || stem_is(t, j, "الي")) : stem_is(t, j, "دعوه")) return true;
        }
    }
    return false;
}

static bool may_state_contact(rasd_text *t, const rasd_dict *d, void *user)
{
    (void)user;
    return rasd_text_find_form(d, t, RASD_FORM_TRIGGER, names_contact, (void *)d) || spoken_apart(t);
}

rasd_events *rasd_extract(rasd_ctx *ctx, const rasd_doc *d, const rasd_articles *as)
{
    rasd_events *e = rasd_xalloc(sizeof *e);
    e->doc = d;
    e->articles = as;
    e->arena = rasd_arena_new();
    xjob x = {.ev = e, .article = -1, .like_type = RASD_EV_CALL};
    pthread_once(&class_once, class_init);
    rasd_tag_blocks(ctx, d, as, RASD_TAG_TIME | RASD_TAG_DURATION | RASD_TAG_ACTOR | RASD_TAG_PLACE, may_state_contact, visit, &x);
    peek_free(&x);
    rasd_buf_free(&x.peek_ents);
    headlines(e);
    elaborations(e);
    repeats(e);
    undated_plans(e);
    dated_lines(e);
    return e;
}

size_t rasd_events_count(const rasd_events *e) { return e ? RASD_VEC_LEN(&e->items, xevent) : 0; }

const rasd_event *rasd_events_get(const rasd_events *e, size_t i)
{
    return i < rasd_events_count(e) ? &RASD_VEC_AT(&e->items, xevent, i).e : NULL;
}

void rasd_events_free(rasd_events *e)
{
    if (!e) return;
    rasd_buf_free(&e->items);
    rasd_buf_free(&e->floors);
    rasd_buf_free(&e->lines);
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
        .start = x->start, .end = x->end, .evidence = x->evidence, .venue = x->venue,
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
    /* the line is built in one buffer per thread, kept from one event to the next: no
     * allocation once it has grown to a line's size */
    static _Thread_local rasd_buf b;
    if (i >= rasd_events_count(ev)) return RASD_ERR_ARG;
    rasd_report r;
    event_report(ev, i, &r);
    b.len = 0;
    rasd_report_json(&b, &r);
    rasd_buf_addc(&b, '\n');
    return fwrite(b.p, 1, b.len, (FILE *)stdio_file) == b.len ? RASD_OK : RASD_ERR_IO;
}
