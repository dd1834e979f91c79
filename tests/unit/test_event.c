/* Unit tests: contact events (EV-1 … EV-17, docs/events.md) on sentences written for these
 * tests. Each case: a publication date, a text, and the events expected in order as
 * "type/status/date/participants(;-separated)/location/duration" with "*" for "not checked"
 * (a location with a venue reads "venue, city": "Kremlin, Moscow");
 * want[0] NULL means no event at all. */
#include "testutil.h"
#include "rasd.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct vcase { const char *dct, *text, *want[3]; } vcase;

static void field(const char **p, char *out, size_t cap)
{
    const char *e = strchr(*p, '/');
    size_t n = e ? (size_t)(e - *p) : strlen(*p);
    snprintf(out, cap, "%.*s", (int)n, *p);
    *p += n + (e != NULL);
}

static void check(const vcase *k)
{
    one_doc o;
    one_doc_open(&o, k->dct, k->text);
    rasd_events *ev = rasd_extract(o.ctx, o.d, o.as);
    size_t n = rasd_events_count(ev), w = 0;
    for (; w < 3 && k->want[w]; w++) {
        if (w >= n) fail_msg("\"%s\": want %s, got only %zu events", k->text, k->want[w], n);
        const rasd_event *e = rasd_events_get(ev, w);
        const char *p = k->want[w];
        char type[32], status[32], date[32], parts[256], loc[160], dur[16], got[256] = "";
        field(&p, type, sizeof type); field(&p, status, sizeof status); field(&p, date, sizeof date);
        field(&p, parts, sizeof parts); field(&p, loc, sizeof loc); field(&p, dur, sizeof dur);
        for (size_t q = 0; q < e->nparticipants; q++) {
            if (q) strncat(got, ";", sizeof got - strlen(got) - 1);
            strncat(got, e->participants[q], sizeof got - strlen(got) - 1);
        }
        char gdur[16], gloc[160];
        snprintf(gdur, sizeof gdur, "%d", e->duration_min);
        snprintf(gloc, sizeof gloc, "%s%s%s", e->venue ? e->venue : "", e->venue ? ", " : "", e->location ? e->location : "null");
        bool ok = strcmp(type, e->type) == 0 && strcmp(status, e->status) == 0 &&
                  (date[0] == '*' || strcmp(date, e->date ? e->date : "null") == 0) &&
                  (parts[0] == '*' || strcmp(parts, got) == 0) &&
                  (loc[0] == '*' || strcmp(loc, gloc) == 0) &&
                  (dur[0] == '*' || strcmp(dur, gdur) == 0);
        if (!ok)
            fail_msg("\"%s\": want %s; got %s/%s/%s/%s/%s/%s", k->text, k->want[w], e->type, e->status,
                     e->date ? e->date : "null", got, gloc, gdur);
    }
    if (w < n) fail_msg("\"%s\": %zu events, want %zu (first extra: %s)", k->text, n, w, rasd_events_get(ev, w)->type);
    rasd_events_free(ev);
    one_doc_close(&o);
}

#define RUN(cs) for (size_t i_ = 0; i_ < sizeof(cs) / sizeof *(cs); i_++) check(&(cs)[i_])

/* EV-7: the place a dateline names, for a meeting, visit or talks done that day or the day before
 * that names none; a country's name there is its capital; near-misses: a call, an earlier contact,
 * a start that is no dateline, a short title that names no outlet. */
static void test_ev7_dateline(void **state)
{
    (void)state;
    static const vcase cs[] = {
        {"2025-02-09T14:00", "القاهرة في 9 فبراير /أ ش أ/ استقبل الرئيس عبد الفتاح السيسي اليوم الأمير فيصل بن فرحان وزير خارجية السعودية.",
         {"visit/occurred/2025-02-09/Faisal bin Farhan Al Saud;Abdel Fattah el-Sisi/Cairo/*"}},
        /* a line of its own (read as a title, or as a photo's credit), with an outlet's name */
        {"2023-08-22T13:00", "بغداد - واع\\n\\nاستقبل رئيس الوزراء العراقي محمد شياع السوداني اليوم وزير الخارجية التركي هاكان فيدان.",
         {"visit/occurred/2023-08-22/Hakan Fidan;Mohammed Shia al-Sudani/Baghdad/*"}},
        {"2023-02-14T14:00", "الرئيس الأسد يستقبل وزير الخارجية الإيراني\\n\\nدمشق-سانا\\n\\nاستقبل الرئيس بشار الأسد اليوم وزير الخارجية الإيراني حسين أمير عبد اللهيان.",
         {"visit/occurred/2023-02-14/Hossein Amir-Abdollahian;Bashar al-Assad/Damascus/*"}},
        {"2023-08-22T13:00", "بغداد - لقاء حاسم\\n\\nاستقبل رئيس الوزراء العراقي محمد شياع السوداني اليوم وزير الخارجية التركي هاكان فيدان.",
         {"visit/occurred/2023-08-22/Hakan Fidan;Mohammed Shia al-Sudani/null/*"}},
        /* a country's name: its capital, also over the country a visit goes to */
        {"2022-03-30T18:00", "الجزائر - استقبل الرئيس عبد المجيد تبون اليوم وزير الخارجية الأمريكي أنتوني بلينكن الذي يقوم بزيارة عمل إلى الجزائر.",
         {"visit/occurred/2022-03-30/Antony Blinken;Abdelmadjid Tebboune/Algiers/*"}},
        {"2025-02-09T14:00", "الرياض (واس) - تلقى ولي العهد الأمير محمد بن سلمان اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.",
         {"call/occurred/2025-02-09/Emmanuel Macron;Mohammed bin Salman/null/*"}},
        {"2025-02-09T14:00", "القاهرة في 9 فبراير /أ ش أ/ وكان الرئيس عبد الفتاح السيسي قد استقبل الأمير فيصل بن فرحان في 2 فبراير الجاري.",
         {"visit/occurred/2025-02-02/Faisal bin Farhan Al Saud;Abdel Fattah el-Sisi/null/*"}},
        {"2025-02-09T14:00", "واشنطن تقول إن الرئيس دونالد ترامب التقى اليوم رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
         {"meeting/occurred/2025-02-09/Donald Trump;Benjamin Netanyahu/null/*"}},
        /* a place the sentence names is over the dateline's, however far from the trigger; and
         * the copy after a slash that a colon closes ("إسطنبول/ الأناضول:") starts there, not at a
         * slash later in the block ("فبراير/شباط") */
        {"2025-05-10T10:00", "بنغازي - التقى المشير خليفة حفتر، مساء أمس الجمعة، الرئيس الروسي فلاديمير بوتين في موسكو.",
         {"visit/occurred/2025-05-09/Khalifa Haftar;Vladimir Putin/Moscow/*", NULL}},
        {"2025-05-25T10:00", "إسطنبول/ الأناضول: استقبل الرئيس التركي رجب طيب أردوغان، السبت، الرئيس السوري أحمد الشرع. وكان الشرع قد زار أنقرة في الرابع من فبراير/شباط الماضي، والتقى خلالها أردوغان.",
         {"visit/occurred/2025-05-24/*/Istanbul/*", "visit/occurred/2025-02-04/*/Ankara/*", NULL}},
        {"2025-05-25T10:00", "إسطنبول/ الأناضول - استقبل الرئيس التركي رجب طيب أردوغان، السبت، الرئيس السوري أحمد الشرع. وكان الشرع قد زار أنقرة في الرابع من فبراير/شباط الماضي، والتقى خلالها أردوغان.",
         {"visit/occurred/2025-05-24/*/Istanbul/*", "visit/occurred/2025-02-04/*/Ankara/*", NULL}},
        /* … also with the outlet first, then a dash, the city and a colon ("عنب بلدي - دمشق:"):
         * the arrival told after it is dated and placed as in any dateline's copy */
        {"2025-01-31T08:00", "عنب بلدي - دمشق: وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى دمشق أمس الخميس. وكان في استقبال الأمير في المطار الرئيس أحمد الشرع.",
         {"visit/occurred/2025-01-30/Tamim bin Hamad Al Thani;Ahmed al-Sharaa/Damascus/*", NULL}},
        /* … and after a dash, an outlet its kind names up to a colon ("أنقرة - تلفزيون سوريا:")
         * is no place of the copy; near-miss: the copy's own words before a colon */
        {"2025-02-05T11:00", "أنقرة - تلفزيون سوريا: استقبل الرئيس التركي رجب طيب أردوغان، أمس الثلاثاء، الرئيس السوري أحمد الشرع في المجمع الرئاسي بأنقرة.",
         {"visit/occurred/2025-02-04/*/Ankara/*", NULL}},
        {"2025-02-05T11:00", "دمشق - الشرع في أنقرة: التقى الرئيس السوري أحمد الشرع أمس الرئيس التركي رجب طيب أردوغان.",
         {"visit/occurred/2025-02-04/*/Ankara/*", NULL}},
        /* … also a line of its own before the body, city and a listed outlet ("بغداد - واع"), that the
         * cleaner took for a byline; an outlet's name in quotes up to a colon is no part of the copy,
         * nor a time in it ("(اليوم السابع)") */
        {"2024-10-13T15:00:00+03:00", "السوداني يستقبل عراقجي\\nبغداد - واع\\nاستقبل رئيس مجلس الوزراء محمد شياع السوداني اليوم وزير الخارجية الإيراني عباس عراقجي.",
         {"visit/occurred/2024-10-13/*/Baghdad/*", NULL}},
        {"2023-06-03T15:00:00+03:00", "أنقرة - «القدس العربي»: أرجأت الرئاسة التركية زيارة كان من المقرر أن يقوم بها الرئيس رجب طيب أردوغان إلى الإمارات الثلاثاء المقبل للقاء رئيس الدولة الشيخ محمد بن زايد.",
         {"visit/cancelled/2023-06-06/*/United Arab Emirates/*", NULL}},
        {"2024-02-22T11:00:00+03:00", "القاهرة - (اليوم السابع): تلقى الرئيس عبد الفتاح السيسي رسالة خطية من الرئيس الجزائري عبد المجيد تبون، سلّمها له وزير الخارجية الجزائري أحمد عطاف خلال استقباله أمس بقصر الاتحادية.",
         {"message/occurred/2024-02-21/*/*/*", "visit/occurred/2024-02-21/*/*/*", NULL}},
        /* TMX-22: a dateline with no date dates a contact done with no time of its own in its
         * sentence: the copy was filed the day it was published; near-misses: a plan, and a
         * sentence after the dateline's */
        {"2022-10-24T13:00", "دمشق-سانا: بعث الرئيس بشار الأسد برقية تهنئة إلى الرئيس الصيني شي جين بينغ بمناسبة إعادة انتخابه.",
         {"message/occurred/2022-10-24/Bashar al-Assad;Xi Jinping/null/*"}},
        {"2022-10-24T13:00", "دمشق-سانا: يزور الرئيس بشار الأسد الصين حيث يلتقي الرئيس الصيني شي جين بينغ.",
         {"visit/planned/null/Bashar al-Assad;Xi Jinping/*/*"}},
        {"2022-10-24T13:00", "دمشق-سانا: أكد الرئيس بشار الأسد دعم سوريا للصين. وكان الأسد قد بعث برقية تهنئة إلى الرئيس الصيني شي جين بينغ.",
         {"message/occurred/null/Bashar al-Assad;Xi Jinping/null/*"}},
        /* TMX-22: the dateline's day dates the relative words after it (the copy was filed
         * then, the page published later); a Hijri date and the Gregorian one الموافق gives, an
         * agency's name with no mark after it; near-misses: a date further off than 30 days is
         * no dateline's, and a dateline's date dates the contact only when no other time does */
        {"2023-02-07T10:00", "القاهرة في 5 فبراير /أ ش أ/ - استقبل الرئيس عبد الفتاح السيسي اليوم بقصر الاتحادية الرئيس الإريتري أسياس أفورقي.",
         {"visit/occurred/2023-02-05/Isaias Afwerki;Abdel Fattah el-Sisi/Heliopolis Palace, Cairo/*"}},
        {"", "أنقرة - 3 أيار/مايو 2019 (الأناضول) - أجرى الرئيس التركي رجب طيب أردوغان أمس اتصالاً هاتفياً بنظيره الإيراني حسن روحاني.",
         {"call/occurred/2019-05-02/Recep Tayyip Erdogan;Hassan Rouhani/null/*"}},
        {"2019-05-04T09:00", "أنقرة - 3 أيار/مايو (الأناضول) - أجرى الرئيس التركي رجب طيب أردوغان أمس اتصالاً هاتفياً بنظيره الإيراني حسن روحاني.",
         {"call/occurred/2019-05-02/Recep Tayyip Erdogan;Hassan Rouhani/null/*"}},
        {"2023-02-07T10:00", "الرياض 15 رجب 1444 هـ الموافق 6 فبراير 2023 م واس استقبل خادم الحرمين الشريفين الملك سلمان أمس الرئيس الإريتري أسياس أفورقي.",
         {"visit/occurred/2023-02-05/Isaias Afwerki;King Salman/Riyadh/*"}},
        {"2023-02-07T10:00", "موسكو 6 فبراير 2023 (سبوتنيك) - قال الكرملين إن الرئيس فلاديمير بوتين بحث هاتفياً مع نظيره الفرنسي إيمانويل ماكرون الوضع في أوكرانيا.",
         {"call/occurred/2023-02-06/Vladimir Putin;Emmanuel Macron/null/*"}},
        {"2023-04-07T10:00", "القاهرة في 5 فبراير /أ ش أ/ - استقبل الرئيس عبد الفتاح السيسي اليوم الرئيس الإريتري أسياس أفورقي.",
         {"visit/occurred/2023-04-07/Isaias Afwerki;Abdel Fattah el-Sisi/null/*"}},
        /* TMX-22: a dateline the cleaner drops as a line of its own before the first paragraph
         * opens that paragraph, and its day is the DCT of the paragraphs after it too; near-miss:
         * a page's date with no city */
        {"2025-03-20T10:00", "الرياض 20 رمضان 1446 هـ الموافق 20 مارس 2025 م واس\\n\\nبعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة للرئيس قيس سعيد.",
         {"message/occurred/2025-03-20/King Salman;Kais Saied/null/*"}},
        {"2023-02-07T10:00", "القاهرة في 5 فبراير /أ ش أ/\\n\\nاستقبل الرئيس عبد الفتاح السيسي اليوم الرئيس الإريتري أسياس أفورقي.",
         {"visit/occurred/2023-02-05/Isaias Afwerki;Abdel Fattah el-Sisi/Cairo/*"}},
        {"2023-02-07T10:00", "الأحد 5 فبراير 2023\\n\\nاستقبل الرئيس عبد الفتاح السيسي الرئيس الإريتري أسياس أفورقي.",
         {"visit/occurred/null/Isaias Afwerki;Abdel Fattah el-Sisi/null/*"}},
        {"2023-02-07T10:00", "القاهرة في 5 فبراير /أ ش أ/\\n\\nأكدت مصر دعمها للسلام في القرن الأفريقي.\\n\\nاستقبل الرئيس عبد الفتاح السيسي اليوم الرئيس الإريتري أسياس أفورقي.",
         {"visit/occurred/2023-02-05/Isaias Afwerki;Abdel Fattah el-Sisi/Cairo/*"}},
        /* KUNA's dateline: the day and month as numbers, the year nearest the publication's;
         * near-misses: no agency's name between parentheses after them */
        {"2025-05-16T10:00:00+03:00", "الكويت - 14 - 5 (كونا) -- تلقى أمير البلاد الشيخ مشعل الأحمد الجابر الصباح اليوم اتصالا هاتفيا من الملك عبدالله الثاني.",
         {"call/occurred/2025-05-14/King Abdullah II;Mishal Al-Ahmad Al-Jaber Al-Sabah/null/*"}},
        {"2025-01-01T10:00:00+03:00", "الكويت - 31 - 12 (كونا) -- بعث أمير البلاد الشيخ مشعل الأحمد الجابر الصباح برقية تهنئة إلى رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان.",
         {"message/occurred/2024-12-31/Mishal Al-Ahmad Al-Jaber Al-Sabah;Mohamed bin Zayed Al Nahyan/null/*"}},
        {"2025-05-16T10:00:00+03:00", "الكويت - 14 - 5 -- تلقى أمير البلاد الشيخ مشعل الأحمد الجابر الصباح اتصالا هاتفيا من الملك عبدالله الثاني.",
         {"call/occurred/null/King Abdullah II;Mishal Al-Ahmad Al-Jaber Al-Sabah/null/*"}},
        {"2025-05-16T10:00:00+03:00", "الكويت - 2 - 1 (الشوط الأول) -- تلقى أمير البلاد الشيخ مشعل الأحمد الجابر الصباح اتصالا هاتفيا من الملك عبدالله الثاني.",
         {"call/occurred/null/King Abdullah II;Mishal Al-Ahmad Al-Jaber Al-Sabah/null/*"}},
        /* EV-7: a country that completes a guest's title is whose he is, not where; with the
         * dateline, the dateline's city */
        {"2024-02-13T19:00", "استقبل الشيخ محمد بن زايد آل نهيان اليوم ناريندرا مودي رئيس وزراء جمهورية الهند.",
         {"visit/occurred/2024-02-13/Narendra Modi;Mohamed bin Zayed Al Nahyan/null/*"}},
        {"2024-02-13T19:00", "أبوظبي في 13 فبراير / وام / استقبل الشيخ محمد بن زايد آل نهيان اليوم ناريندرا مودي رئيس وزراء جمهورية الهند الذي يقوم بزيارة عمل إلى الدولة.",
         {"visit/occurred/2024-02-13/Narendra Modi;Mohamed bin Zayed Al Nahyan/Abu Dhabi/*"}},
    };
    RUN(cs);
}

/* EV-1 … EV-3, EV-6, EV-7: types, participants, initiator, place, duration. */
static void test_ev_types_and_arguments(void **state)
{
    (void)state;
    static const vcase cs[] = {
        /* EV-7: a visit to "the kingdom" or "the sultanate" goes to its host's country, a crowned
         * head's; near-misses: a host of a republic, and the kingdom a country's name begins with */
        {"2025-01-20", "أجرى الملك محمد السادس أمس اتصالا هاتفيا مع سانشيز، وجه له خلاله دعوة للقيام بزيارة رسمية إلى المملكة في موعد قريب.",
         {"call/occurred/2025-01-19/King Mohammed VI;Pedro Sánchez/null/*", "visit/proposed/null/Pedro Sánchez;King Mohammed VI/Morocco/*"}},
        {"2025-01-20", "وصل الرئيس الإيراني مسعود بزشكيان إلى السلطنة اليوم حيث استقبله السلطان هيثم بن طارق.",
         {"visit/occurred/2025-01-20/Masoud Pezeshkian;Haitham bin Tariq/Oman/*"}},
        {"2025-01-20", "استقبل الرئيس اللبناني جوزاف عون اليوم ولي العهد السعودي الأمير محمد بن سلمان الذي وصل إلى المملكة.",
         {"visit/occurred/2025-01-20/Mohammed bin Salman;Joseph Aoun/null/*"}},
        {"2025-01-20", "زار أمير قطر الشيخ تميم بن حمد المملكة المتحدة حيث التقى الملك تشارلز.",
         {"visit/occurred/null/Tamim bin Hamad Al Thani;Charles III/United Kingdom/*"}},
        /* EV-2: the late one whose funeral was the occasion takes no part; near-miss: the late one
         * met when alive */
        {"2024-05-22", "التقى الرئيس قيس سعيد، اليوم الأربعاء بطهران، المرشد علي خامنئي، على هامش مشاركته في مراسم تشييع الرئيس الإيراني الراحل إبراهيم رئيسي.",
         {"meeting/occurred/2024-05-22/Kais Saied;Ali Khamenei/Tehran/*"}},
        {"2025-05-14", "كان الرئيس الأسبق بيل كلينتون قد التقى الرئيس الراحل حافظ الأسد في جنيف في مارس 2000.",
         {"meeting/occurred/2000-03/Bill Clinton;Hafez al-Assad/Geneva/*"}},
        /* … nor one whose death is named past a word of kinship (اغتيال والده) */
        {"2009-12-21", "زار رئيس الحكومة سعد الحريري دمشق يوم السبت في أول زيارة منذ اغتيال والده الرئيس رفيق الحريري.", {NULL}},
        /* EV-4: كذبت denies */
        {"2025-08-05", "كذبت وزارة الخارجية، اليوم الثلاثاء، الأخبار بشأن لقاء جمع الوزير أحمد عطاف بنظيره الفرنسي جان نويل بارو في جنيف نهاية الأسبوع الماضي.",
         {"meeting/denied/2025-W31/Ahmed Attaf;Jean-Noël Barrot/Geneva/*"}},
        /* EV-1: a speaking verb and هاتفيا apart; near-miss: speaking of someone */
        {"2025-03-18T20:00", "تحدث الرئيسان ترامب وبوتين هاتفيا اليوم الثلاثاء لأكثر من ساعتين.",
         {"call/occurred/2025-03-18/Donald Trump;Vladimir Putin/null/120"}},
        {"2025-03-18T20:00", "تحدث ترامب عن بوتين في مقابلة تلفزيونية.", {NULL}},
        /* EV-1: a speaking verb whose subject or time stands before its مع or إلى (تحدث مع); near-miss:
         * with reporters (a cue at مع) */
        {"2025-02-18", "قال الرئيس الفرنسي إيمانويل ماكرون في تدوينة إنه تحدث مساء أمس مع الرئيس الأوكراني فولوديمير زيلينسكي، وبحث معه نتائج اجتماع باريس.",
         {"call/occurred/2025-02-17/Emmanuel Macron;Volodymyr Zelenskyy/null/*"}},
        {"2025-02-18", "تحدث المستشار الألماني فريدريش ميرتس اليوم إلى الرئيس الأمريكي دونالد ترامب، وبحث معه الحرب في أوكرانيا.",
         {"call/occurred/2025-02-18/Friedrich Merz;Donald Trump/null/*"}},
        /* (… or an adverb of when or how: للتو، مطولا …; near-miss: of a thing) */
        {"2025-02-18", "قال ماكرون إنه تحدث اليوم مطولا مع الرئيس الأوكراني فولوديمير زيلينسكي. وكان ماكرون قد التقى زيلينسكي في باريس الشهر الماضي.",
         {"call/occurred/2025-02-18/Emmanuel Macron;Volodymyr Zelenskyy/null/*", "visit/occurred/2025-01/Volodymyr Zelenskyy;Emmanuel Macron/Paris/*", NULL}},
        {"2025-02-18", "قال ماكرون إنه تحدث اليوم مطولا عن الرئيس الأوكراني فولوديمير زيلينسكي. وكان ماكرون قد التقى زيلينسكي في باريس الشهر الماضي.",
         {"visit/occurred/2025-01/Volodymyr Zelenskyy;Emmanuel Macron/Paris/*", NULL}},
        /* EV-1: the dual of تحادث with هاتفيا, in a chronicle's line */
        {"2022-12-01T10:00:00+03:00", "13 سبتمبر 2022: شولتس وبوتين يتحادثان هاتفيا لمدة 90 دقيقة.",
         {"call/occurred/2022-09-13/Olaf Scholz;Vladimir Putin/null/90", NULL}},
        {"2025-02-18", "تحدث ماكرون اليوم مع الصحفيين عن زيلينسكي. وكان ماكرون قد التقى زيلينسكي في باريس الشهر الماضي.",
         {"visit/occurred/2025-01/Volodymyr Zelenskyy;Emmanuel Macron/Paris/*", NULL}},
        /* EV-3: a congratulation by phone is a call; near-miss: by cable it is a message */
        {"2023-06-01", "في 29 أيار/مايو 2023، هنأ الرئيس عبد الفتاح السيسي الرئيس رجب طيب أردوغان هاتفيا بفوزه في الانتخابات.",
         {"call/occurred/2023-05-29/Abdel Fattah el-Sisi;Recep Tayyip Erdogan/null/*"}},
        {"2023-06-01", "في 29 أيار/مايو 2023، هنأ الرئيس عبد الفتاح السيسي الرئيس رجب طيب أردوغان ببرقية بفوزه في الانتخابات.",
         {"message/occurred/2023-05-29/Abdel Fattah el-Sisi;Recep Tayyip Erdogan/null/*"}},
        /* EV-7: a summit named after an organization (قمة شنغهاي) is not in that city; the
         * entry's city is where */
        {"2022-09-20", "سمرقند، 16 أيلول/سبتمبر 2022: قال رئيس الوزراء الهندي ناريندرا مودي للرئيس الروسي فلاديمير بوتين خلال لقائهما على هامش قمة شنغهاي إن الوقت ليس وقت حرب.",
         {"meeting/occurred/2022-09-16/Narendra Modi;Vladimir Putin/Samarkand/*"}},
        /* EV-1: a contact told before, named as what comes after another ("ويأتي الاتصال بعد
         * مباحثات …"): the other one is the sentence's; near-miss: with no بعد it is the article's */
        {"2025-06-24", "ويأتي الاتصال بعد مباحثات أجراها العاهل المغربي الملك محمد السادس مع رئيس الحكومة الإسباني بيدرو سانشيز في الرباط في 7 أبريل 2022.",
         {"visit/occurred/2022-04-07/Pedro Sánchez;King Mohammed VI/Rabat/*"}},
        {"2025-09-10", "وتأتي الزيارة بعد إلغاء قمة كانت مقررة بين آبي أحمد والرئيس الكيني وليام روتو في يوليو الماضي.",
         {"meeting/cancelled/2025-07/Abiy Ahmed;William Ruto/*/*"}},
        /* … and talks told before that a visit frames (في إطار، ضمن) were that visit, on their day;
         * near-miss: the visit names another, its own contact */
        {"2024-09-23", "بحث رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان مع الرئيس الأميركي جو بايدن، اليوم الاثنين في البيت الأبيض، سبل تعزيز الشراكة. وتأتي المحادثات في إطار زيارة رسمية يقوم بها الشيخ محمد بن زايد إلى واشنطن.",
         {"visit/occurred/2024-09-23/Mohamed bin Zayed Al Nahyan;Joe Biden/White House, Washington, D.C./*", NULL}},
        {"2024-09-23", "بحث رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان مع الرئيس الأميركي جو بايدن، اليوم الاثنين في البيت الأبيض، سبل تعزيز الشراكة. وتأتي المحادثات في إطار زيارة رسمية يقوم بها الشيخ محمد بن زايد إلى واشنطن يلتقي خلالها أيضا نائبة الرئيس كامالا هاريس.",
         {"visit/occurred/2024-09-23/Mohamed bin Zayed Al Nahyan;Joe Biden/White House, Washington, D.C./*", "visit/occurred/null/Mohamed bin Zayed Al Nahyan;Kamala Harris/*/*", NULL}},
        /* … and after a word of preparing for it (تمهيدا) */
        {"2024-04-09", "وتأتي الزيارة تمهيداً لزيارة مرتقبة للرئيس الروسي فلاديمير بوتين إلى الصين الشهر المقبل، يلتقي خلالها نظيره الصيني شي جين بينغ.",
         {"visit/planned/2024-05/Vladimir Putin;Xi Jinping/China/*", NULL}},
        /* EV-2: a visit of one of the pair told before, the only one named, to the other's capital
         * is hosted by the other; near-misses: a visit elsewhere, and one named as the visit told
         * before (an ordinal before it) */
        {"2024-09-05T11:00:00+03:00", "حل الرئيس المصري عبد الفتاح السيسي أمس ضيفا على نظيره التركي رجب طيب أردوغان في أنقرة. وتأتي الزيارة بعد سبعة أشهر من زيارة أردوغان إلى القاهرة في 14 فبراير الماضي.",
         {"visit/occurred/2024-09-04/*/Ankara/*", "visit/occurred/2024-02-14/Recep Tayyip Erdogan;Abdel Fattah el-Sisi/Cairo/*", NULL}},
        {"2024-09-05T11:00:00+03:00", "حل الرئيس المصري عبد الفتاح السيسي أمس ضيفا على نظيره التركي رجب طيب أردوغان في أنقرة. وتأتي الزيارة بعد سبعة أشهر من زيارة أردوغان إلى باريس في 14 فبراير الماضي.",
         {"visit/occurred/2024-09-04/*/Ankara/*", NULL}},
        {"2024-02-03T19:00:00+03:00", "يتوجه أمير الكويت الشيخ مشعل الأحمد الجابر الصباح، غداً الأحد، إلى مصر في زيارة رسمية، يلتقي خلالها الرئيس عبدالفتاح السيسي في القاهرة. وتعد هذه أول زيارة رسمية يقوم بها سمو الأمير إلى مصر منذ توليه مقاليد الحكم.",
         {"visit/planned/2024-02-04/*/*/*", NULL}},
        /* … also a visiting verb's object right after it; near-misses: the first to visit (an
         * ordinal a few words before), and a receiving verb, whose subject follows it */
        {"2026-02-14T19:00:00+03:00", "التقى وزير الخارجية الأمريكي ماركو روبيو ونظيره الصيني وانغ يي اليوم في ميونيخ. واتفقا على أن يزور روبيو بكين الشهر المقبل.",
         {"meeting/occurred/2026-02-14/*/Munich/*", "visit/planned/2026-03/Marco Rubio;Wang Yi/Beijing/*", NULL}},
        /* EV-10: a visit's noun in construct with the realm or country it went to, undated, is
         * the visit told before */
        {"2024-04-08T07:30:00+03:00", "استقبل ولي العهد الأمير محمد بن سلمان مساء أمس في مكة المكرمة رئيس الوزراء الباكستاني شهباز شريف. وفي بداية الاستقبال رحب سمو ولي العهد برئيس الوزراء الباكستاني، فيما عبّر الضيف عن سعادته بزيارة المملكة.",
         {"visit/occurred/2024-04-07/Shehbaz Sharif;Mohammed bin Salman/Mecca/*", NULL}},
        /* EV-10: an undated visit of theirs, of the dated one's status and at its place, told after
         * it, is that visit; near-miss: one that took place */
        {"2024-03-31", "أعلن المكتب الإعلامي اليوم أن رئيس الوزراء العراقي محمد شياع السوداني سيتوجه إلى العاصمة الأمريكية واشنطن في الخامس عشر من نيسان المقبل، تلبية لدعوة رسمية من الرئيس الأمريكي جو بايدن. ومن المقرر أن يعقد السوداني والرئيس بايدن اجتماعا في البيت الأبيض.",
         {"visit/planned/2024-04-15/Mohammed Shia al-Sudani;Joe Biden/Washington, D.C./*", NULL}},
        {"2024-03-31", "أعلن المكتب الإعلامي اليوم أن رئيس الوزراء العراقي محمد شياع السوداني سيتوجه إلى العاصمة الأمريكية واشنطن في الخامس عشر من نيسان المقبل، تلبية لدعوة رسمية من الرئيس الأمريكي جو بايدن. وكان السوداني قد زار واشنطن والتقى بايدن في البيت الأبيض.",
         {"visit/planned/2024-04-15/Mohammed Shia al-Sudani;Joe Biden/Washington, D.C./*", "visit/occurred/null/Mohammed Shia al-Sudani;Joe Biden/*/*", NULL}},
        /* EV-10: so is a contact one says he was glad of (سعدت بلقاء …), in a post; near-miss: told
         * alone, it is a contact */
        {"2025-08-07", "التقى رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان، اليوم الخميس، الرئيس الروسي فلاديمير بوتين في الكرملين خلال زيارة عمل إلى روسيا. وكتب الشيخ محمد بن زايد على منصة إكس: «سعدت بلقاء أخي الرئيس فلاديمير بوتين في موسكو».",
         {"visit/occurred/2025-08-07/Mohamed bin Zayed Al Nahyan;Vladimir Putin/*/*", NULL}},
        {"2025-08-07", "وكتب الشيخ محمد بن زايد على منصة إكس: «سعدت بلقاء أخي الرئيس فلاديمير بوتين في موسكو».",
         {"visit/occurred/null/Mohamed bin Zayed Al Nahyan;Vladimir Putin/Moscow/*", NULL}},
        /* EV-10: a meeting named by a possessed noun after talks of the same parties told before
         * is those talks */
        {"2025-04-27T11:00:00+03:00", "بحث رئيس حكومة الوحدة الوطنية الليبية عبد الحميد الدبيبة مع الرئيس التركي رجب طيب أردوغان، أمس السبت في إسطنبول، ملفات التعاون الثنائي. وأكد الدبيبة في تدوينة أن لقاءه بأردوغان كان مثمرا.",
         {"visit/occurred/2025-04-26/Abdul Hamid Dbeibah;Recep Tayyip Erdogan/Istanbul/*", NULL}},
        /* EV-2: two visits' nouns, each with its visitor right after it, are two journeys, no
         * contact of the two visitors */
        {"2025-04-27", "وتأتي زيارة عبد الحميد الدبيبة إلى تركيا بعد أيام من زيارة صدام حفتر إلى أنقرة.", {NULL}},
        /* EV-2: one named before a colon opening the sentence, the words after it naming the
         * subject, said it; near-miss: one who speaks of himself */
        {"2024-03-20T14:40:00+03:00", "فيدان: أردوغان يزور العراق في أبريل.", {NULL}},
        {"2024-03-20T14:40:00+03:00", "فيدان: أردوغان يلتقي بوتين في أبريل.",
         {"meeting/planned/2024-04/Recep Tayyip Erdogan;Vladimir Putin/*/*", NULL}},
        {"2024-03-20T14:40:00+03:00", "ترامب: سألتقي بوتين الشهر المقبل.",
         {"meeting/planned/2024-04/Donald Trump;Vladimir Putin/*/*", NULL}},
        /* … also when the others named there only report it (the speaker filter leaves him alone) */
        {"2025-01-21T18:00:00+03:00", "أجرى الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين اليوم محادثات عبر الفيديو. وقال مساعد الرئيس الروسي يوري أوشاكوف إن شي سيزور موسكو في مايو المقبل.",
         {"video_call/occurred/2025-01-21/*/*/*", "visit/planned/2025-05/Xi Jinping;Vladimir Putin/Moscow/*", NULL}},
        {"2025-01-21T18:00:00+03:00", "أجرى الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين اليوم محادثات عبر الفيديو. وقال مساعد الرئيس الروسي يوري أوشاكوف إن شي سيزور باريس في مايو المقبل.",
         {"video_call/occurred/2025-01-21/*/*/*", NULL}},
        {"2025-02-10T18:30:00+03:00", "يلتقي العاهل الأردني الملك عبد الله الثاني الرئيس الأمريكي دونالد ترامب في البيت الأبيض غدا. وكان ترامب قد قال إنه يتوقع أن يستقبل الأردن ومصر سكانا من القطاع. وسيكون العاهل الأردني أول زعيم عربي يزور البيت الأبيض منذ عودة ترامب.",
         {"visit/planned/2025-02-11/*/White House, Washington, D.C./*", NULL}},
        /* … and with a demonstrative before the noun (هذا/هذه) */
        {"2025-06-24", "وتأتي هذه الزيارة بعد اللقاء الذي جمع الرئيس الإيراني مسعود بزشكيان والرئيس الروسي فلاديمير بوتين في عشق أباد في 11 أكتوبر الماضي.",
         {"meeting/occurred/2024-10-11/Masoud Pezeshkian;Vladimir Putin/*/*"}},
        {"2025-06-24", "ويأتي الاتصال بين الرئيس الفرنسي إيمانويل ماكرون والرئيس الجزائري عبد المجيد تبون في إطار التنسيق المستمر.",
         {"call/occurred/null/Emmanuel Macron;Abdelmadjid Tebboune/*/*"}},
        /* EV-7: a venue in a city of its own right followed by another city after بـ is a namesake
         * there; near-miss: its own city */
        {"2025-02-19", "استقبل رئيس الوزراء العراقي محمد شياع السوداني في قصر السلام ببغداد اليوم الرئيس الإيراني مسعود بزشكيان.",
         {"visit/occurred/2025-02-19/Masoud Pezeshkian;Mohammed Shia al-Sudani/Baghdad/*"}},
        {"2025-02-19", "استقبل رئيس الوزراء العراقي محمد شياع السوداني اليوم في قصر السلام في بغداد الرئيس الإيراني مسعود بزشكيان.",
         {"visit/occurred/2025-02-19/Masoud Pezeshkian;Mohammed Shia al-Sudani/Baghdad/*"}},
        {"2025-02-19", "استقبل ولي العهد السعودي الأمير محمد بن سلمان في قصر السلام بجدة اليوم الرئيس الإيراني مسعود بزشكيان.",
         {"visit/occurred/2025-02-19/Masoud Pezeshkian;Mohammed bin Salman/Al Salam Palace, Jeddah/*"}},
        /* EV-7: a visit's country, and a city of it after في past its word (في العاصمة بكين): the
         * city; near-miss: a city of another country stays out */
        {"2024-05-27", "يبدأ الرئيس عبد الفتاح السيسي بعد غد الأربعاء زيارة دولة إلى الصين، يلتقي خلالها الرئيس شي جين بينغ في العاصمة بكين.",
         {"visit/planned/2024-05-29/Abdel Fattah el-Sisi;Xi Jinping/Beijing/*", NULL}},
        {"2024-05-27", "يبدأ الرئيس عبد الفتاح السيسي بعد غد الأربعاء زيارة دولة إلى الصين، يلتقي خلالها الرئيس شي جين بينغ قبل توجهه إلى العاصمة موسكو.",
         {"visit/planned/2024-05-29/Abdel Fattah el-Sisi;Xi Jinping/China/*", NULL}},
        /* EV-7: a city that names a gathering over the country after it (مؤتمر ميونيخ للأمن في ألمانيا) */
        {"2024-02-17", "التقى وزير الخارجية الصيني وانغ يي أمس الجمعة نظيره الأمريكي أنتوني بلينكن على هامش مؤتمر ميونيخ للأمن في ألمانيا.",
         {"meeting/occurred/2024-02-16/Wang Yi;Antony Blinken/Munich/*"}},
        /* EV-7: a region whose states are named (رؤساء دول أمريكا الجنوبية) is who, not where */
        {"2023-05-29", "يشارك الرئيس الفنزويلي نيكولاس مادورو غداً في اجتماع لرؤساء دول أمريكا الجنوبية دعا إليه الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا.",
         {"meeting/planned/2023-05-30/*/null/*"}},
        /* EV-7: a place where a war or crisis is, what the contact is about; near-miss: a city
         * after في alone */
        {"2025-02-19", "واتفق الرئيسان دونالد ترامب وفلاديمير بوتين على العمل لإنهاء الحرب في أوكرانيا، وعلى التحضير لقمة تجمعهما.",
         {"meeting/planned/null/*/null/*"}},
        {"2025-02-19", "التقى ماكرون زيلينسكي أمس في كييف، وأكد أن الحرب يجب أن تنتهي.", {"visit/occurred/2025-02-18/Emmanuel Macron;Volodymyr Zelenskyy/Kyiv/*"}},
        /* EV-1: a meeting or talks with one a relative clause tells is visiting (الذي يزور) is
         * that visit, his (also after his title set off by a comma), to its place */
        {"2025-07-07", "التقى الرئيس جوزاف عون، اليوم الاثنين في قصر بعبدا، المبعوث الأمريكي توم باراك الذي يزور بيروت.",
         {"visit/occurred/2025-07-07/Tom Barrack;Joseph Aoun/*/*"}},
        {"2025-04-03", "اجتمع الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية، في الدوحة اليوم، مع السيد سوجيونو وزير خارجية جمهورية إندونيسيا، الذي يزور البلاد حالياً.",
         {"visit/occurred/2025-04-03/Sugiono;Mohammed bin Abdulrahman Al Thani/Doha/*"}},
        /* EV-3: one who leads a national group or a regional government (orgs.tsv's country) is
         * of its state: a visitor abroad, a host at home; near-miss: the head of an
         * intergovernmental body is neither */
        {"2021-12-19", "التقى رئيس حكومة إقليم كوردستان مسرور بارزاني، أمس السبت، الرئيس التركي رجب طيب أردوغان في أنقرة.",
         {"visit/occurred/2021-12-18/Masrour Barzani;Recep Tayyip Erdogan/Ankara/*", NULL}},
        {"2025-01-27", "التقى وزير الخارجية التركي هاكان فيدان، اليوم الاثنين في أربيل، رئيس حكومة إقليم كوردستان مسرور بارزاني.",
         {"visit/occurred/2025-01-27/Hakan Fidan;Masrour Barzani/Erbil/*", NULL}},
        {"2025-01-27", "التقى الأمين العام للأمم المتحدة أنطونيو غوتيريش، اليوم الاثنين، الرئيس التركي رجب طيب أردوغان في أنقرة.",
         {"meeting/occurred/2025-01-27/António Guterres;Recep Tayyip Erdogan/Ankara/*", NULL}},
        /* EV-1: a contact noun a relative clause says others attended (اللقاء الذي حضره) is the one
         * told before, no contact of theirs; ENT-8: the two sides are no agent's principal */
        {"2018-12-10", "استقبل الملك عبدالله الثاني اليوم الرئيس الفلسطيني محمود عباس.\\n\\nوأكد الملك، خلال اللقاء الذي حضره رئيس الوزراء عمر الرزاز، دعم الأردن للأشقاء الفلسطينيين.",
         {"visit/occurred/2018-12-10/Mahmoud Abbas;King Abdullah II/*/*", NULL}},
        {"2018-04-22", "استقبل الرئيس بشار الأسد اليوم علي أكبر ولايتي مستشار قائد الثورة الإسلامية في إيران للشؤون الدولية.\\n\\nوجرى خلال اللقاء بحث التطورات في المنطقة، حيث أكد الجانبان أن العدوان لن يغير شيئا.",
         {"visit/occurred/2018-04-22/Ali Akbar Velayati;Bashar al-Assad/*/*", NULL}},
        /* EV-2: the members of a delegation, after ضم a few words after its word, are company;
         * near-miss: a delegation of the two named is theirs */
        {"2025-01-11", "استقبل الرئيس أحمد الشرع، اليوم السبت، في دمشق، رئيس الحكومة اللبنانية نجيب ميقاتي والوفد المرافق له، الذي ضم وزير الخارجية عبدالله بو حبيب.",
         {"visit/occurred/2025-01-11/Najib Mikati;Ahmed al-Sharaa/Damascus/*", NULL}},
        {"2025-01-11", "استقبل الرئيس أحمد الشرع اليوم في دمشق وفدا يضم رئيس الحكومة اللبنانية نجيب ميقاتي ووزير الخارجية عبدالله بو حبيب.",
         {"visit/occurred/2025-01-11/Najib Mikati;Ahmed al-Sharaa;Abdallah Bou Habib/Damascus/*", NULL}},
        /* EV-2: one who comes along with the guest (ترافقها، يرافقهم) is no party */
        {"2025-04-05", "استقبل رئيس الجمهورية العماد جوزاف عون، قبل ظهر اليوم في قصر بعبدا، نائبة المبعوث الأميركي الخاص إلى الشرق الأوسط مورغان أورتاغوس، ترافقها السفيرة الأميركية في لبنان ليزا جونسون.",
         {"visit/occurred/2025-04-05/Morgan Ortagus;Joseph Aoun/*/*", NULL}},
        /* … but one met on the sidelines of a gathering he came to stays a meeting (EV-3) */
        {"2025-03-05", "التقى الرئيس عبد الفتاح السيسي أمس على هامش القمة العربية الرئيس اللبناني جوزاف عون، الذي يزور مصر للمرة الأولى منذ انتخابه.",
         {"meeting/occurred/2025-03-04/Abdel Fattah el-Sisi;Joseph Aoun/*/*", NULL}},
        /* EV-1: وزارة (ministry) is no و + زاره 'visited him' */
        {"2025-06-24", "والتقى وزير الخارجية الإيراني عباس عراقجي اليوم نظيره العراقي فؤاد حسين في مقر وزارة الخارجية العراقية.",
         {"meeting/occurred/2025-06-24/Abbas Araghchi;Fuad Hussein/*/*"}},
        /* EV-1: يتصل بـ is a call only with a person (or a pronoun) after بـ; 'relates to' else */
        {"2025-03-18", "تلقى الرئيس الجزائري عبد المجيد تبون رسالة من الرئيس التونسي قيس سعيد تتصل بالتعاون بين البلدين.",
         {"message/occurred/*/Kais Saied;Abdelmadjid Tebboune/*/*"}},
        {"2025-03-18", "اتصل الرئيس التونسي قيس سعيد بالرئيس الجزائري عبد المجيد تبون.",
         {"call/occurred/*/Kais Saied;Abdelmadjid Tebboune/*/*"}},
        /* EV-1: a meeting its party travelled to a place for is a visit (VSO and SVO); near-miss:
         * a meeting with no travel */
        {"2025-03-05", "ووصل رئيس الوزراء القطري الشيخ محمد بن عبدالرحمن آل ثاني إلى طهران، حيث التقى الرئيس الإيراني مسعود بزشكيان.",
         {"visit/occurred/*/Mohammed bin Abdulrahman Al Thani;Masoud Pezeshkian/Tehran/*"}},
        {"2025-03-05", "وسيتوجه رئيس الوزراء العراقي محمد شياع السوداني إلى واشنطن للقاء الرئيس ترامب.",
         {"visit/planned/*/Mohammed Shia al-Sudani;Donald Trump/Washington, D.C./*"}},
        {"2025-03-05", "التقى رئيس الوزراء القطري الشيخ محمد بن عبدالرحمن آل ثاني الرئيس الإيراني مسعود بزشكيان في طهران.",
         {"visit/occurred/*/*/Tehran/*"}},
        /* … and going back (ستعود) for a contact, its purpose; near-miss: a contact that goes back
         * to a date (يعود آخر لقاء إلى) */
        {"2023-06-06", "أعلنت رئيسة الوزراء الإيطالية جورجيا ميلوني أنها ستعود إلى تونس الأحد المقبل للقاء الرئيس قيس سعيّد.",
         {"visit/planned/2023-06-11/Giorgia Meloni;Kais Saied/*/*"}},
        /* EV-7: a place one goes back to for a contact there, its purpose on لـ after it, is the
         * contact's; near-miss: one gone back to after it */
        {"2025-04-07", "ومن المتوقع أن تعود مورغان أورتاغوس إلى بيروت منتصف الشهر المقبل للقاء الرئيس جوزاف عون.",
         {"visit/planned/2025-05/Morgan Ortagus;Joseph Aoun/Beirut/*", NULL}},
        {"2025-04-07", "التقى رئيس الوزراء الهندي ناريندرا مودي الرئيس الروسي فلاديمير بوتين أمس قبل أن يعود إلى نيودلهي.",
         {"meeting/occurred/2025-04-06/Narendra Modi;Vladimir Putin/null/*", NULL}},
        {"2021-06-10", "ويعود آخر لقاء مباشر بين الرجلين إلى آذار/مارس 2011، حين زار بايدن موسكو واجتمع ببوتين.",
         {"visit/occurred/2011-03/Joe Biden;Vladimir Putin/Moscow/*"}},
        /* EV-7: a contact in a clause on حيث right after a place set off by a comma took place
         * there; near-misses: a place named in that clause, and the last of a list of stops */
        {"2024-05-17", "زار الرئيس السنغالي باسيرو ديوماي فاي غامبيا، ثم توجه إلى أبيدجان، حيث التقى الرئيس الإيفواري الحسن واتارا الاثنين الماضي.",
         {"visit/occurred/2024-05-13/Bassirou Diomaye Faye;Alassane Ouattara/Abidjan/*", NULL}},
        {"2024-06-20", "وصل الرئيس الروسي فلاديمير بوتين إلى هانوي فجر اليوم قادما من بيونغ يانغ، حيث التقى أمس الزعيم الكوري الشمالي كيم جونغ أون.",
         {"visit/occurred/2024-06-19/Vladimir Putin;Kim Jong Un/Pyongyang/*", NULL}},
        /* … and an arrival told before it, with no party of its own, is no second contact */
        {"2024-06-20", "وكان بوتين قد وصل إلى هانوي فجر اليوم قادما من بيونغ يانغ، حيث التقى أمس الزعيم الكوري الشمالي كيم جونغ أون.",
         {"visit/occurred/2024-06-19/Vladimir Putin;Kim Jong Un/Pyongyang/*", NULL}},
        {"2025-01-12", "وتوجه ويتكوف أمس السبت إلى إسرائيل، حيث التقى رئيس الوزراء بنيامين نتنياهو في القدس.",
         {"visit/occurred/2025-01-11/Steve Witkoff;Benjamin Netanyahu/Jerusalem/*", NULL}},
        {"2023-07-16", "بدأ رئيس الوزراء الياباني فوميو كيشيدا، الأحد، جولة خليجية تشمل السعودية والإمارات وقطر، حيث التقى ولي العهد السعودي الأمير محمد بن سلمان في جدة.",
         {"visit/occurred/2023-07-16/Fumio Kishida;Mohammed bin Salman/Jeddah/*", NULL}},
        /* … not over a city of that country the sentence names as the visit's destination;
         * near-miss: a city of another country */
        {"2026-05-20", "سيزور الرئيس السوري أحمد الشرع بيروت مطلع الشهر المقبل، في أول زيارة له إلى لبنان، حيث سيلتقي الرئيس جوزاف عون.",
         {"visit/planned/2026-06/Ahmed al-Sharaa;Joseph Aoun/Beirut/*", NULL}},
        {"2026-05-20", "سيزور الرئيس السوري أحمد الشرع عمان مطلع الشهر المقبل، ثم يتوجه إلى لبنان، حيث سيلتقي الرئيس جوزاف عون.",
         {"visit/planned/2026-06/Ahmed al-Sharaa;Joseph Aoun/Lebanon/*", NULL}},
        /* EV-7: a place on لـ a word or two after a visit's word is its destination; near-miss: one
         * further on */
        {"2026-02-10T14:00:00+02:00", "يستقبل الرئيس عبد الفتاح السيسي، بعد غد الخميس، الرئيس التركي رجب طيب أردوغان، الذي يقوم بزيارة رسمية لمصر.",
         {"visit/planned/2026-02-12/Recep Tayyip Erdogan;Abdel Fattah el-Sisi/Egypt/*", NULL}},
        /* EV-4: a verb of travel in the imperfect after الذي/التي is what one is doing, no plan;
         * near-miss: with سـ it is */
        {"2023-02-02", "أجرى عزيز أخنوش، اليوم بالرباط، مباحثات مع بيدرو سانشيز، الذي يحل بالمملكة في زيارة رسمية.",
         {"visit/occurred/2023-02-02/Pedro Sánchez;Aziz Akhannouch/Rabat/*", NULL}},
        {"2023-02-02", "أعلن عزيز أخنوش أنه سيجري مباحثات مع بيدرو سانشيز، الذي سيحل بالمملكة غدا في زيارة رسمية.",
         {"visit/planned/*/Pedro Sánchez;Aziz Akhannouch/*/*", NULL}},
        {"2023-05-07", "التقى رئيس الوزراء الياباني فوميو كيشيدا الرئيس الكوري الجنوبي يون سوك يول في سول اليوم، بعد أقل من شهرين على زيارة يون لطوكيو في مارس الماضي.",
         {"visit/occurred/2023-03/Yoon Suk Yeol;Fumio Kishida/Tokyo/*", "meeting/occurred/2023-05-07/*/Seoul/*", NULL}},
        {"2026-02-10T14:00:00+02:00", "يستقبل الرئيس عبد الفتاح السيسي، بعد غد الخميس، الرئيس التركي رجب طيب أردوغان، الذي يقوم بزيارة تاريخية هي الأولى من نوعها لمصر.",
         {"visit/planned/2026-02-12/Recep Tayyip Erdogan;Abdel Fattah el-Sisi/null/*", NULL}},
        /* EV-7: a place after بحسب، وفق or نقلا عن is the source that reports the contact, not where
         * it is; near-miss: after في */
        {"2023-10-17T22:00:00+03:00", "وبحسب البيت الأبيض، التقى الرئيس الأمريكي جو بايدن اليوم رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
         {"meeting/occurred/2023-10-17/Joe Biden;Benjamin Netanyahu/null/*", NULL}},
        {"2023-10-17T22:00:00+03:00", "وفي البيت الأبيض، التقى الرئيس الأمريكي جو بايدن اليوم رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
         {"visit/occurred/2023-10-17/Benjamin Netanyahu;Joe Biden/White House, Washington, D.C./*", NULL}},
        /* … and "in the same city" is the place of the contact told last */
        {"2025-11-01", "التقت رئيسة الوزراء اليابانية ساناي تاكايتشي الرئيس الصيني شي جين بينغ، يوم الجمعة، في مدينة غيونغجو الكورية الجنوبية. وكانت تاكايتشي قد التقت في اليوم السابق، في المدينة نفسها، الرئيس الكوري الجنوبي لي جيه ميونغ.",
         {"meeting/occurred/2025-10-31/Sanae Takaichi;Xi Jinping/Gyeongju/*", "visit/occurred/2025-10-30/Sanae Takaichi;Lee Jae-myung/Gyeongju/*", NULL}},
        /* (also in a later clause of the sentence, and in the same resort, المنتجع ذاته) */
        {"2023-09-21", "التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو أمس الأربعاء الرئيس الأمريكي جو بايدن في نيويورك، بعد يوم من لقائه الرئيس التركي رجب طيب أردوغان بالمدينة ذاتها.",
         {"visit/occurred/2023-09-20/*/New York City/*", "meeting/occurred/2023-09-19/Benjamin Netanyahu;Recep Tayyip Erdogan/New York City/*", NULL}},
        {"2020-01-23", "التقى الرئيس الأمريكي دونالد ترامب أمس الرئيس العراقي برهم صالح في منتجع دافوس. وكان ترامب قد التقى الثلاثاء رئيس الوزراء الباكستاني عمران خان في المنتجع ذاته.",
         {"meeting/occurred/2020-01-22/*/Davos/*", "meeting/occurred/2020-01-21/Donald Trump;Imran Khan/Davos/*", NULL}},
        /* … and one held instead (بدلا من ذلك) of the contact told last, called off, before its
         * word, with no day or place of its own: that one's; near-miss: after its word, of another */
        {"2025-06-17T10:00:00+03:00", "أُلغي لقاء شينباوم وترامب الذي كان مقرراً اليوم في كاناناسكيس. وعقدت شينباوم بدلاً من ذلك لقاء ثنائياً مع رئيس الوزراء الكندي مارك كارني.",
         {"meeting/cancelled/2025-06-17/Claudia Sheinbaum;Donald Trump/Kananaskis/*", "visit/occurred/2025-06-17/Claudia Sheinbaum;Mark Carney/Kananaskis/*", NULL}},
        {"2025-06-17T10:00:00+03:00", "أُلغي لقاء شينباوم وترامب الذي كان مقرراً اليوم في كاناناسكيس. وعقدت شينباوم لقاء ثنائياً مع رئيس الوزراء الكندي مارك كارني، بدلاً من ذلك.",
         {"meeting/cancelled/2025-06-17/Claudia Sheinbaum;Donald Trump/Kananaskis/*", "meeting/occurred/null/Claudia Sheinbaum;Mark Carney/null/*", NULL}},
        /* (also "the city" alone, on a preposition, at its sentence's end) */
        {"2024-11-20", "التقى الرئيس الأرجنتيني خافيير ميلي الرئيس الصيني شي جين بينغ، أمس الثلاثاء، على هامش قمة مجموعة العشرين في ريو دي جانيرو. وكان ميلي قد التقى، أمس الأول، رئيسة الوزراء الإيطالية جورجيا ميلوني في مقر إقامتها بالمدينة.",
         {"meeting/occurred/2024-11-19/Javier Milei;Xi Jinping/Rio de Janeiro/*", "meeting/occurred/2024-11-18/Javier Milei;Giorgia Meloni/Rio de Janeiro/*", NULL}},
        /* … the next leg in the imperfect (ينتقل) is a plan */
        {"2024-04-14", "وينتقل السلطان هيثم بن طارق بعد ذلك إلى هولندا في زيارة دولة يلتقي خلالها رئيس الوزراء الهولندي مارك روته.",
         {"visit/planned/*/Haitham bin Tariq;Mark Rutte/Netherlands/*", NULL}},
        /* … talks held there too, also with no travel told (talks in one's capital are the other's
         * visit, EV-3); near-miss: talks with no place stay talks */
        {"2025-03-05", "وصل الرئيس البيلاروسي ألكسندر لوكاشينكو إلى موسكو، حيث أجرى محادثات مع الرئيس الروسي فلاديمير بوتين.",
         {"visit/occurred/*/Alexander Lukashenko;Vladimir Putin/Moscow/*"}},
        {"2025-03-05", "أجرى الرئيس البيلاروسي ألكسندر لوكاشينكو محادثات مع الرئيس الروسي فلاديمير بوتين في موسكو.",
         {"visit/occurred/*/Alexander Lukashenko;Vladimir Putin/Moscow/*"}},
        {"2025-03-05", "أجرى الرئيس البيلاروسي ألكسندر لوكاشينكو محادثات مع الرئيس الروسي فلاديمير بوتين.",
         {"talks/occurred/*/Alexander Lukashenko;Vladimir Putin/null/*"}},
        {"2025-08-16", "أجرى الرئيس الأمريكي دونالد ترامب أمس اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين استمر نحو 90 دقيقة.",
         {"call/occurred/2025-08-15/Donald Trump;Vladimir Putin/null/90"}},
        {"2019-06-29", "التقى ترامب وبوتين في أوساكا على هامش قمة مجموعة العشرين أمس.",
         {"meeting/occurred/2019-06-28/*/Osaka/*"}},
        {"2024-05-01", "تلقى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا من العاهل الأردني الملك عبدالله الثاني.",
         {"call/occurred/*/King Abdullah II;Abdel Fattah el-Sisi/*/*"}},
        {"2024-05-01", "زار ماكرون القاهرة حيث استقبله السيسي.", {"visit/occurred/*/Emmanuel Macron;Abdel Fattah el-Sisi/Cairo/*"}},
        /* EV-1: possessive contact nouns (قمتهما، اجتماعهم، مباحثاتهما) */
        {"2024-07-07", "عقد الرئيسان عبد الفتاح السيسي وأسياس أفورقي قمتهما في أسمرة يوم السبت.",
         {"meeting/occurred/2024-07-06/Abdel Fattah el-Sisi;Isaias Afwerki/Asmara/*"}},
        {"2025-02-16", "ألغى روتو لقاءه مع آبي أحمد.", {"meeting/cancelled/null/William Ruto;Abiy Ahmed/null/*"}},
        /* EV-3: a visit held in a country none of its parties is of is a meeting at a third
         * location (CAMEO 044); near-misses: the host's own country, a party of an organization
         * at its seat, a place of disputed sovereignty */
        {"2025-10-29T10:00:00+03:00", "يتوجه ترامب اليوم إلى كوريا الجنوبية، حيث من المقرر أن يلتقي الرئيس الصيني شي جين بينغ غداً الخميس في بوسان.",
         {"meeting/planned/2025-10-30/Donald Trump;Xi Jinping/Busan/*", NULL}},
        {"2025-10-29T10:00:00+03:00", "يتوجه ترامب اليوم إلى الصين، حيث من المقرر أن يلتقي الرئيس الصيني شي جين بينغ غداً الخميس في بكين.",
         {"visit/planned/2025-10-30/Donald Trump;Xi Jinping/Beijing/*", NULL}},
        {"2019-03-12", "وصل وزير الخارجية سامح شكري أمس إلى بروكسل حيث التقى الممثلة العليا للاتحاد الأوروبي فيديريكا موغيريني.",
         {"visit/occurred/2019-03-11/Sameh Shoukry;Federica Mogherini/Brussels/*", NULL}},
        {"2023-10-20", "وصل رئيس الوزراء البريطاني ريشي سوناك أمس إلى القدس حيث التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
         {"visit/occurred/2023-10-19/Rishi Sunak;Benjamin Netanyahu/Jerusalem/*", NULL}},
        /* EV-3: a meeting of two in the capital of a country one of them holds a state's role of,
         * the other another's, is the other's visit (a proposal's initiator stays its proposer);
         * near-misses: an envoy's round, a summit, one on the sidelines of an occasion */
        {"2025-02-12", "التقى العاهل الأردني الملك عبدالله الثاني الرئيس الأمريكي دونالد ترامب أمس في البيت الأبيض.",
         {"visit/occurred/2025-02-11/King Abdullah II;Donald Trump/White House, Washington, D.C./*", NULL}},
        {"2025-02-12", "دعا الرئيس الروسي فلاديمير بوتين الرئيس الأمريكي دونالد ترامب إلى لقاء في موسكو.",
         {"visit/proposed/null/Vladimir Putin;Donald Trump/Moscow/*", NULL}},
        {"2025-08-07", "التقى المبعوث الأمريكي ستيف ويتكوف الرئيس الروسي فلاديمير بوتين أمس في موسكو.",
         {"meeting/occurred/2025-08-06/Steve Witkoff;Vladimir Putin/Moscow/*", NULL}},
        {"2024-07-07", "عقد الرئيسان عبد الفتاح السيسي وأسياس أفورقي قمة في أسمرة يوم السبت.",
         {"meeting/occurred/2024-07-06/Abdel Fattah el-Sisi;Isaias Afwerki/Asmara/*", NULL}},
        {"2024-05-22", "التقى الرئيس قيس سعيد، اليوم الأربعاء بطهران، المرشد علي خامنئي، على هامش مشاركته في مراسم التشييع.",
         {"meeting/occurred/2024-05-22/Kais Saied;Ali Khamenei/Tehran/*", NULL}},
        /* … also in another city of the host's country, where the other met him; near-misses: the
         * two joined by و, or named as a pair, who met each other there */
        {"2025-08-16", "التقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين أمس في أنكوريج.",
         {"visit/occurred/2025-08-15/Vladimir Putin;Donald Trump/Anchorage/*", NULL}},
        {"2023-05-20", "التقى الأمير محمد بن سلمان في جدة أمس الرئيس فولوديمير زيلينسكي.",
         {"visit/occurred/2023-05-19/Volodymyr Zelenskyy;Mohammed bin Salman/Jeddah/*", NULL}},
        {"2025-08-16", "التقى الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين أمس في أنكوريج.",
         {"meeting/occurred/2025-08-15/Donald Trump;Vladimir Putin/Anchorage/*", NULL}},
        /* EV-3: the Maghreb's "التناظر المرئي" is a video modifier */
        {"2025-02-16", "عقد شي وبوتين محادثات عبر تقنية التناظر المرئي.", {"video_call/occurred/null/Xi Jinping;Vladimir Putin/null/*"}},
        /* … and so is closed-circuit television (عبر دائرة تلفزيونية مغلقة); a video conference
         * (مؤتمرا عبر الفيديو) is a video call; near-miss: a conference alone is no contact */
        {"2006-11-14", "أجرى الرئيس جورج دبليو بوش أمس محادثات مع رئيس الوزراء العراقي نوري المالكي عبر دائرة تلفزيونية مغلقة.",
         {"video_call/occurred/2006-11-13/George W. Bush;Nouri al-Maliki/null/*", NULL}},
        {"2014-07-29", "أجرى الرئيس باراك أوباما مساء أمس مؤتمراً عبر الفيديو مع المستشارة الألمانية أنجيلا ميركل.",
         {"video_call/occurred/2014-07-28/Barack Obama;Angela Merkel/null/*", NULL}},
        {"2014-07-29", "شارك الرئيس باراك أوباما أمس في مؤتمر مع المستشارة الألمانية أنجيلا ميركل.", {NULL}},
        /* ENT-3 in a contact: "رئيس أميركي" (indefinite) is no party */
        {"2025-02-13", "وكان آخر اتصال بين بوتين ورئيس أميركي قد جرى مع جو بايدن في 12 فبراير 2022.",
         {"call/occurred/2022-02-12/Vladimir Putin;Joe Biden/null/*"}},
        /* EV-1: سيصل (سـ + a three-letter verb, whole) is travel to come: a planned visit */
        {"2025-11-20", "سيصل وانغ يي إلى الرباط للقاء ناصر بوريطة.", {"visit/planned/null/Wang Yi;Nasser Bourita/Rabat/*"}},
        /* EV-2: رفقة/صحبة without بـ is company too */
        {"2025-02-16", "زار قيس سعيد القصرين رفقة سارة الزعفراني الزنزري.", {NULL}},
        /* EV-2: ولي العهد before a second title is the crown prince, not an era (عهد);
         * near-miss: في عهد before a name */
        {"2025-04-18", "التقى ماكرون ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان.",
         {"meeting/occurred/null/Emmanuel Macron;Mohammed bin Salman/*/*"}},
        {"2025-04-18", "التقى ماكرون الرئيس تبون في عهد الرئيس ترامب.",
         {"meeting/occurred/null/Emmanuel Macron;Abdelmadjid Tebboune/*/*"}},
        /* EV-2: a verb of gathering after the contact noun names its parties, not who proposes it;
         * near-miss: with no such verb the proposer is one */
        {"2025-04-01", "اقترح الرئيس البرازيلي لولا دا سيلفا عقد قمة تجمع الرئيس الروسي فلاديمير بوتين والرئيس الأوكراني فولوديمير زيلينسكي.",
         {"meeting/proposed/*/Vladimir Putin;Volodymyr Zelenskyy/*/*"}},
        {"2025-04-01", "اقترح الرئيس البرازيلي لولا دا سيلفا عقد قمة مع الرئيس الروسي فلاديمير بوتين.",
         {"meeting/proposed/*/Luiz Inácio Lula da Silva;Vladimir Putin/*/*"}},
        /* EV-2: those who agree on a contact of two others named after على أن take no part in it;
         * near-miss: one of theirs */
        {"2025-04-01", "واتفق الرئيسان ماكرون وتبون على أن يزور وزير الخارجية الفرنسي جان نويل بارو العاصمة الجزائرية في 6 أبريل لإجراء محادثات مع نظيره أحمد عطاف.",
         {"visit/planned/2025-04-06/Jean-Noël Barrot;Ahmed Attaf/Algiers/*", NULL}},
        {"2025-04-01", "واتفق الرئيسان ماكرون وتبون على أن يلتقيا في باريس في 6 أبريل.",
         {"visit/planned/2025-04-06/Abdelmadjid Tebboune;Emmanuel Macron/Paris/*", NULL}},
        /* … also past a word of its kind (ثنائي، مباشر …), and whatever the speaker said of himself */
        {"2025-08-19", "وقال ترامب إنه اقترح عقد لقاء ثنائي بين بوتين وزيلينسكي.",
         {"meeting/proposed/*/Vladimir Putin;Volodymyr Zelenskyy/*/*", NULL}},
        /* … also with its place between (في إسطنبول) */
        {"2025-03-05", "اقترح رجب طيب أردوغان عقد قمة في إسطنبول تجمع فلاديمير بوتين وفولوديمير زيلينسكي.",
         {"meeting/proposed/*/Vladimir Putin;Volodymyr Zelenskyy/Istanbul/*"}},
        /* … and one joined by و after a comma that ends the first's title goes on the list
         * (the title names the first again, who is no second party) */
        {"2023-06-20", "أجري اليوم اتصال هاتفي بين الأمير محمد بن سلمان ولي العهد، والرئيس لولا دا سيلفا.",
         {"call/occurred/2023-06-20/Mohammed bin Salman;Luiz Inácio Lula da Silva/*/*"}},
        {"2025-04-01", "يستضيف أردوغان في إسطنبول غدا قمة تجمع الرئيس بوتين رئيس روسيا، والرئيس زيلينسكي.",
         {"meeting/planned/2025-04-02/Vladimir Putin;Volodymyr Zelenskyy/Istanbul/*"}},
        /* EV-13: a span of no contact counts from a contact with a date of its own, which is one;
         * near-misses: a bare reference, "منذ ذلك الحين" */
        {"2025-04-10", "ولم يلتق بوتين وزيلينسكي منذ قمة باريس في ديسمبر 2019.",
         {"meeting/occurred/2019-12/Vladimir Putin;Volodymyr Zelenskyy/Paris/*"}},
        {"2025-04-10", "ولم يتحدث بوتين مع بايدن منذ لقائهما في جنيف يوم 16 يونيو 2021.",
         {"meeting/occurred/2021-06-16/Vladimir Putin;Joe Biden/Geneva/*"}},
        {"2025-04-10", "ولم يلتق بوتين وزيلينسكي منذ قمتهما الأخيرة.", {NULL}},
        {"2025-04-10", "ولم يلتق بوتين وزيلينسكي منذ ذلك الحين.", {NULL}},
        /* EV-1: الاتصال after an office, a body or a means is 'communication', no contact: a count
         * sourced to a communications office stays a count; near-miss: a call the office reports */
        {"2025-05-01", "أجرى الرئيس التركي رجب طيب أردوغان ونظيره الجزائري عبد المجيد تبون ثلاث مكالمات هاتفية منذ مطلع العام، وفق معطيات دائرة الاتصال بالرئاسة التركية.", {NULL}},
        {"2025-05-01", "أكد وزير الاتصال أن قنوات الاتصال مفتوحة بين الرئيس تبون والرئيس ماكرون.", {NULL}},
        {"2025-05-01", "وقالت دائرة الاتصال بالرئاسة التركية إن أردوغان أجرى اتصالا هاتفيا مع تبون.", {"call/occurred/*/Recep Tayyip Erdogan;Abdelmadjid Tebboune/*/*"}},
        /* EV-1: a meeting after a verb of following whose pronoun is the contact told before, with
         * no date, party or أخرى of its own, is part of it; near-misses (a call with its own
         * date after أعقبتها, a call to other parties after أعقبه) are in test_ev_status */
        {"2025-04-05T10:00:00+03:00", "ومن المقرر أن يعقد الرئيس عبد الفتاح السيسي والرئيس إيمانويل ماكرون جلسة مباحثات بقصر الاتحادية صباح الاثنين، يعقبها مؤتمر صحفي مشترك.",
         {"visit/planned/2025-04-07/Emmanuel Macron;Abdel Fattah el-Sisi/Heliopolis Palace, Cairo/*"}},
        {"2025-04-05T10:00:00+03:00", "أجرى الرئيس عبد الفتاح السيسي والرئيس إيمانويل ماكرون مباحثات في القاهرة اليوم، تعقبها مأدبة غداء.",
         {"visit/occurred/2025-04-05/Emmanuel Macron;Abdel Fattah el-Sisi/Cairo/*"}},
        /* EV-14: what a call was about, a contact named as one told before with no date or party
         * of its own, is no contact; near-miss: one with a date of its own is */
        {"2025-06-02T17:00:00+03:00", "وكان وزير الخارجية المصري بدر عبد العاطي قد أجرى اتصالا هاتفيا بنظيره الإيراني عباس عراقجي يوم الجمعة الماضي لبحث ترتيبات الزيارة.",
         {"call/occurred/2025-05-30/Badr Abdelatty;Abbas Araghchi/null/*"}},
        {"2025-08-03T10:00:00+03:00", "اتصل ترامب ببوتين لبحث ترتيبات القمة المقررة في 15 أغسطس.",
         {"call/occurred/null/*/*/*", "meeting/planned/2025-08-15/*/*/*"}},
        /* EV-5: a date between the verb that invites and the contact's word is the invitation's;
         * near-miss: one after the contact's word is the visit's */
        {"2025-09-03T17:00:00+08:00", "دعا الرئيس الروسي فلاديمير بوتين، اليوم الأربعاء، نظيره الأوكراني فولوديمير زيلينسكي إلى زيارة موسكو لإجراء محادثات.",
         {"visit/proposed/null/Volodymyr Zelenskyy;Vladimir Putin/Moscow/*"}},
        {"2025-09-03T17:00:00+08:00", "دعا الرئيس الروسي فلاديمير بوتين نظيره الأوكراني فولوديمير زيلينسكي إلى زيارة موسكو الشهر المقبل.",
         {"visit/proposed/2025-10/Volodymyr Zelenskyy;Vladimir Putin/Moscow/*"}},
        /* EV-5: a contact called off, a clause set off by commas after it opening on كان (an
         * indefinite noun's relative clause), was set for the day that clause names; a day with no year of one called off is the
         * nearer of it and the one a year before */
        {"2025-07-29T22:00:00+03:00", "أُرجئ اجتماع وزاري، كان مقرراً غداً الأربعاء في واشنطن، بمشاركة وزير الخارجية الأمريكي ماركو روبيو ونظيره السعودي الأمير فيصل بن فرحان.",
         {"meeting/cancelled/2025-07-30/*/*/*", NULL}},
        /* (… also on the word of scheduling itself after the comma, an indefinite noun's adjective) */
        {"2026-10-13T09:00:00+03:00", "وكانت زيارة سابقة للودريان إلى بيروت، مقررة في أيلول الماضي للقاء الرئيس جوزاف عون، قد أُرجئت في اللحظة الأخيرة.",
         {"visit/cancelled/2026-09/*/*/*", NULL}},
        /* (… over a nearer day before its word, the report's: "أفادت مصادر، الجمعة، بأن زيارة …، التي
         * كانت مقررة في 9 مايو المقبل، أرجئت") */
        {"2024-04-19T14:00:00+03:00", "أفادت مصادر دبلوماسية تركية، الجمعة، بأن زيارة الرئيس رجب طيب أردوغان إلى واشنطن، التي كانت مقررة في 9 مايو المقبل للقاء نظيره الأمريكي جو بايدن، أرجئت إلى موعد لاحق.",
         {"visit/cancelled/2024-05-09/*/*/*", NULL}},
        {"2024-01-06", "وكان من المقرر أن يلتقي محمد حمدان دقلو رئيس مجلس السيادة عبد الفتاح البرهان في جيبوتي يوم 28 ديسمبر، غير أن اللقاء أُرجئ.",
         {"meeting/cancelled/2023-12-28/*/Djibouti/*", NULL}},
        {"2024-01-06", "وكان من المقرر أن يلتقي محمد حمدان دقلو رئيس مجلس السيادة عبد الفتاح البرهان في جيبوتي يوم 28 فبراير، غير أن اللقاء أُرجئ.",
         {"meeting/cancelled/2024-02-28/*/Djibouti/*", NULL}},
        /* EV-5: a date after قبل/بعد and another fact's word dates that fact, and whoever it names
         * is no party of the contact before it; near-miss: قبل before a contact's word */
        {"2024-11-17T07:40:00+03:00", "التقى الرئيس الأمريكي جو بايدن ونظيره الصيني شي جين بينغ، أمس السبت، في ليما، في آخر لقاء بينهما قبل تسلم دونالد ترامب السلطة في يناير.",
         {"meeting/occurred/2024-11-16/Joe Biden;Xi Jinping/Lima/*", NULL}},
        {"2024-11-17T07:40:00+03:00", "التقى الرئيس الأمريكي جو بايدن ونظيره الصيني شي جين بينغ، أمس السبت، في ليما، بعد لقاء لهما في سان فرانسيسكو في نوفمبر 2023.",
         {"meeting/occurred/2024-11-16/Joe Biden;Xi Jinping/Lima/*", "meeting/occurred/2023-11/Joe Biden;Xi Jinping/*/*", NULL}},
        /* EV-5: a date of the verb whose object the contact's noun is, after إلى/عن, gives way to
         * the date the noun's phrase has of its own */
        {"2025-04-10T22:15:00+03:00", "وتتجه الأنظار الآن إلى زيارة الرئيس الأمريكي دونالد ترمب المرتقبة إلى الرياض الشهر المقبل، حيث سيلتقي ولي العهد الأمير محمد بن سلمان.",
         {"visit/planned/2025-05/Donald Trump;Mohammed bin Salman/Riyadh/*", NULL}},
        {"2025-04-10T22:15:00+03:00", "وتحدثت الصحف السعودية أمس عن زيارة الرئيس الأمريكي دونالد ترمب المرتقبة إلى الرياض الشهر المقبل، حيث سيلتقي ولي العهد الأمير محمد بن سلمان.",
         {"visit/planned/2025-05/Donald Trump;Mohammed bin Salman/Riyadh/*", NULL}},
        /* EV-4: a cue before a contact that is the occasion (في ختام القمة, after a word that makes
         * it a frame) governs the next contact */
        {"2025-09-10", "وكان الرئيس الروسي فلاديمير بوتين قد اقترح في ختام القمة أن يزور الرئيس الأمريكي دونالد ترامب موسكو في المرة المقبلة.",
         {"visit/proposed/null/Donald Trump;Vladimir Putin/Moscow/*", NULL}},
        /* … and so is one before the word of a proposal (استعداده) */
        {"2025-11-05T10:00:00+03:00", "أبدى رئيس الوزراء الإثيوبي آبي أحمد، في كلمة أمام البرلمان أمس، استعداده للقاء الرئيس عبد الفتاح السيسي.",
         {"meeting/proposed/null/Abiy Ahmed;Abdel Fattah el-Sisi/null/*"}},
        /* EV-8: a contact named in what another was about is not that contact, and with a party
         * of its own (whose other party is not named) it is none of theirs; its date is its own */
        {"2026-02-17T10:00:00+03:00", "التقى وزير الخارجية الأمريكي ماركو روبيو نظيره الصيني وانغ يي، السبت، على هامش مؤتمر ميونخ للأمن، وبحثا الترتيبات الخاصة بزيارة الرئيس دونالد ترامب إلى بكين في أبريل المقبل.",
         {"meeting/occurred/2026-02-14/Marco Rubio;Wang Yi/Munich/*"}},
        {"2025-07-15T10:00:00+03:00", "أجرى وزير الخارجية الروسي سيرغي لافروف الأحد محادثات مع نظيره الصيني وانغ يي تناولت التحضير لزيارة بوتين إلى الصين.",
         {"talks/occurred/2025-07-13/Sergey Lavrov;Wang Yi/null/*"}},
        /* … also the object of a topic verb that is the trigger, past its subject, its modifiers
         * and a time (a headline's "يبحثان هاتفيا التحضير لقمة …"); near-miss: the other after مع */
        /* … also a pair's word before their names (its date the call's, not the topic's) */
        {"2024-09-10", "بحث الرئيسان ويليام روتو وبولا تينوبو هاتفيا أمس الأزمة في السودان.",
         {"call/occurred/2024-09-09/William Ruto;Bola Tinubu/null/*", NULL}},
        {"2025-02-15T20:00:00+03:00", "بحث لافروف وروبيو هاتفيا اليوم التحضير لقمة بوتين وترامب.",
         {"call/occurred/2025-02-15/Sergey Lavrov;Marco Rubio/null/*", NULL}},
        {"2025-02-15T20:00:00+03:00", "لافروف وروبيو يبحثان هاتفيا التحضير لقمة بوتين وترامب.",
         {"call/planned/null/Sergey Lavrov;Marco Rubio/null/*", NULL}},
        {"2025-02-15T20:00:00+03:00", "بحث وزير الخارجية الروسي سيرغي لافروف هاتفيا اليوم مع نظيره الأميركي ماركو روبيو العلاقات الثنائية.",
         {"call/occurred/2025-02-15/Sergey Lavrov;Marco Rubio/null/*", NULL}},
        /* EV-8: a summit named after بمناسبة (a message's occasion), تتعلق/يتعلق (what it concerns)
         * or أطلعه (what a call told him of) is its topic, not the contact; a summit of a group of
         * states there is none of the two's; near-miss: a summit between them is their plan */
        {"2024-05-17", "بعث أمير الكويت الشيخ مشعل الأحمد اليوم برقية تهنئة إلى الملك حمد بن عيسى بمناسبة نجاح القمة العربية.",
         {"message/occurred/2024-05-17/Mishal Al-Ahmad Al-Jaber Al-Sabah;Hamad bin Isa Al Khalifa/null/*", NULL}},
        {"2025-02-25", "تسلم أمير قطر الشيخ تميم بن حمد آل ثاني اليوم رسالة خطية من الرئيس عبد الفتاح السيسي، تتعلق بالتحضيرات للقمة العربية الطارئة.",
         {"message/occurred/2025-02-25/Abdel Fattah el-Sisi;Tamim bin Hamad Al Thani/null/*", NULL}},
        {"2022-10-20", "تلقى الرئيس محمود عباس اليوم اتصالا هاتفيا من الأمين العام لجامعة الدول العربية أحمد أبو الغيط، أطلعه خلاله على التحضيرات لعقد القمة العربية في الجزائر الشهر المقبل.",
         {"call/occurred/2022-10-20/Ahmed Aboul Gheit;Mahmoud Abbas/null/*", NULL}},
        {"2022-10-20", "تلقى الرئيس عبد الفتاح السيسي اليوم اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان، بحثا خلاله التحضيرات لعقد قمة بين الرئيسين في أنقرة الشهر المقبل.",
         {"call/occurred/2022-10-20/Recep Tayyip Erdogan;Abdel Fattah el-Sisi/null/*", "meeting/planned/2022-11/*/Ankara/*", NULL}},
        /* EV-8: one named in what caused it (بسبب، جراء) is no party, even the second; the one left
         * made a journey alone, which the plan after it was to be part of */
        {"2025-03-01", "أرجأ الرئيس الأميركي دونالد ترامب لقاءه مع الرئيس الروسي فلاديمير بوتين بسبب اعتراض الرئيس الأوكراني فولوديمير زيلينسكي.",
         {"meeting/cancelled/null/Donald Trump;Vladimir Putin/null/*", NULL}},
        {"2024-05-20T10:00:00+03:00", "أُعلن اليوم تأجيل زيارة ولي العهد السعودي الأمير محمد بن سلمان إلى اليابان، التي كانت مقررة أن تبدأ اليوم، بسبب الحالة الصحية للملك سلمان بن عبدالعزيز. وكان من المقرر أن يلتقي ولي العهد خلال الزيارة رئيس الوزراء فوميو كيشيدا.",
         {"visit/cancelled/*/Mohammed bin Salman;Fumio Kishida/Japan/*", NULL}},
        /* … and after نظرا لـ ("given"): the king who entered hospital is no party */
        {"2022-05-17", "تقرر تأجيل زيارة الأمير محمد بن سلمان ولي العهد إلى اليابان، التي كانت مقررة في وقت لاحق من الشهر الجاري، وذلك نظراً لدخول خادم الحرمين الشريفين المستشفى.", {NULL}},
        /* EV-14: a later contact whose object is a group that names no one is none of the first's;
         * near-miss: a named object */
        {"2025-03-01", "وقالت رئيسة الوزراء الإيطالية جورجيا ميلوني إنها وجهت دعوة للرئيس الأميركي دونالد ترامب لزيارة روما، مشيرة إلى أنه قد يلتقي خلالها قادة الاتحاد الأوروبي.",
         {"visit/proposed/null/Donald Trump;Giorgia Meloni/Rome/*", NULL}},
        {"2025-03-01", "التقى الرئيس الأميركي دونالد ترامب اليوم رئيسة الوزراء الإيطالية جورجيا ميلوني، على أن يلتقي غدا قادة الاتحاد الأوروبي.",
         {"meeting/occurred/2025-03-01/Donald Trump;Giorgia Meloni/null/*", NULL}},
        {"2025-03-01", "التقى الرئيس الأميركي دونالد ترامب اليوم رئيسة الوزراء الإيطالية جورجيا ميلوني، على أن يلتقي غدا الرئيس الفرنسي إيمانويل ماكرون.",
         {"meeting/occurred/2025-03-01/Donald Trump;Giorgia Meloni/null/*", "meeting/planned/2025-03-02/Donald Trump;Emmanuel Macron/null/*", NULL}},
        /* EV-1: a contact noun after a word of its record (ملخص للاتصال) names the call the
         * sentence tells after it; near-miss: told by it alone, it is the call */
        {"2024-04-05T10:00:00+03:00", "واشنطن - الجزيرة نت: أفاد البيت الأبيض في ملخص للاتصال بأن الرئيس جو بايدن أبلغ رئيس الوزراء الإسرائيلي بنيامين نتنياهو، خلال مكالمة هاتفية أمس الخميس، بضرورة حماية المدنيين.",
         {"call/occurred/2024-04-04/*/null/*", NULL}},
        {"2024-04-05", "نشر البيت الأبيض ملخص الاتصال الذي أجراه الرئيس جو بايدن مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو أمس.",
         {"call/occurred/2024-04-04/Joe Biden;Benjamin Netanyahu/null/*", NULL}},
        /* EV-4: a contact frozen (تجميد، جمد) is called off; near-miss: a freeze discussed after it */
        {"2025-10-22", "أعلن البيت الأبيض تجميد القمة التي كان من المقرر أن تعقد بين الرئيس ترامب والرئيس بوتين في بودابست.",
         {"meeting/cancelled/null/Donald Trump;Vladimir Putin/Budapest/*", NULL}},
        {"2025-10-22", "التقى الرئيس ترامب الرئيس بوتين أمس في بودابست وبحثا تجميد الأصول الروسية.",
         {"meeting/occurred/2025-10-21/Donald Trump;Vladimir Putin/Budapest/*", NULL}},
        /* EV-2: one who denies reports about a contact (نفى … تقارير عن) reports it, no party;
         * near-miss: reports about his own (لقائه) */
        {"2020-11-23", "نفى وزير الخارجية السعودي الأمير فيصل بن فرحان تقارير عن زيارة سرية قام بها رئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى مدينة نيوم أمس الأحد، التقى خلالها ولي العهد الأمير محمد بن سلمان.",
         {"visit/denied/2020-11-22/Benjamin Netanyahu;Mohammed bin Salman/Neom/*", NULL}},
        {"2020-11-23", "نفى وزير الخارجية السعودي الأمير فيصل بن فرحان تقارير عن لقائه رئيس الوزراء الإسرائيلي بنيامين نتنياهو في نيوم أمس الأحد.",
         {"meeting/denied/2020-11-22/Faisal bin Farhan Al Saud;Benjamin Netanyahu/Neom/*", NULL}},
        /* EV-4: any contact (أي) that no cue governs is none in particular; near-miss: denied */
        {"2025-03-01", "وقال بيسكوف إن أي اتصال جديد بين الرئيسين فلاديمير بوتين ودونالد ترامب سيعلن عنه في حينه.", {NULL}},
        {"2025-03-01", "ونفى بيسكوف حدوث أي اتصال بين الرئيسين فلاديمير بوتين ودونالد ترامب.", {"call/denied/null/Vladimir Putin;Donald Trump/null/*", NULL}},
        /* EV-1: عزت 'attributed' before إلى is no condolence; near-miss: with في */
        {"2024-05-01", "وعزت المصادر التأجيل إلى تضارب في جدول أعمال الرئيسين رجب طيب أردوغان وجو بايدن.", {NULL}},
        {"2024-05-01", "وعزت الملكة إليزابيث الرئيس جو بايدن في ضحايا الإعصار.", {"message/occurred/null/Elizabeth II;Joe Biden/null/*", NULL}},
        /* EV-1: a message verb right before فيه/خلاله is what was said in the call told before it */
        {"2025-03-04T09:00:00+00:00", "أجرى الرئيس التركي رجب طيب أردوغان، أمس الاثنين، اتصالا هاتفيا بالرئيس الموريتاني محمد ولد الشيخ الغزواني، هنأه فيه بحلول شهر رمضان المبارك.",
         {"call/occurred/2025-03-03/Recep Tayyip Erdogan;Mohamed Ould Ghazouani/null/*"}},
        /* EV-2: so is one named after a verb of saying or describing right before فيها/فيه: what the
         * message said, no party; near-miss: one joined to the recipient by و */
        {"2024-05-20T15:00:00+03:00", "وبعث الرئيس الروسي فلاديمير بوتين اليوم برقية تعزية إلى المرشد الإيراني علي خامنئي وصف فيها الرئيس إبراهيم رئيسي بأنه صديق حقيقي لروسيا.",
         {"message/occurred/2024-05-20/Vladimir Putin;Ali Khamenei/null/*", NULL}},
        {"2019-05-25", "بعث الرئيس عبدربه منصور هادي رسالة إلى الأمين العام للأمم المتحدة أنطونيو غوتيريش يتهم فيها المبعوث مارتن غريفيث بتجاوز مهامه.",
         {"message/occurred/null/Abdrabbuh Mansur Hadi;António Guterres/null/*", NULL}},
        {"2024-05-20T15:00:00+03:00", "وبعث الرئيس الروسي فلاديمير بوتين اليوم برقية تعزية إلى المرشد الإيراني علي خامنئي والرئيس محمد مخبر أكد فيها تضامن روسيا.",
         {"message/occurred/2024-05-20/Vladimir Putin;Ali Khamenei;Mohammad Mokhber/null/*", NULL}},
        /* EV-2: a message like one told before it, its sender alone named, goes to that one's
         * recipient; near-misses: none told before, and a similar contact of another type */
        {"2025-03-23T10:00:00+03:00", "بعث خادم الحرمين الشريفين الملك سلمان برقية تهنئة لفخامة الرئيس آصف علي زرداري. كما بعث صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد برقية تهنئة مماثلة لفخامته.",
         {"message/occurred/null/King Salman;Asif Ali Zardari/null/*", "message/occurred/null/Mohammed bin Salman;Asif Ali Zardari/null/*"}},
        /* … from each of two senders joined by و before it, their titles between (a dual: برقيتي عزاء) */
        {"2015-11-14T12:00:00+03:00", "بعث الملك سلمان بن عبدالعزيز اليوم برقية عزاء للرئيس فرانسوا هولاند. كما بعث الأمير محمد بن نايف بن عبدالعزيز ولي العهد وزير الداخلية، والأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد وزير الدفاع، برقيتي عزاء ومواساة مماثلتين.",
         {"message/occurred/2015-11-14/King Salman;François Hollande/null/*", "message/occurred/2015-11-14/Muhammad bin Nayef;François Hollande/null/*",
          "message/occurred/2015-11-14/Mohammed bin Salman;François Hollande/null/*"}},
        {"2025-03-23T10:00:00+03:00", "كما بعث صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد برقية تهنئة مماثلة.", {NULL}},
        {"2025-03-23T10:00:00+03:00", "بعث خادم الحرمين الشريفين الملك سلمان برقية تهنئة لفخامة الرئيس آصف علي زرداري. كما أجرى الأمير محمد بن سلمان اتصالا مماثلا.",
         {"message/occurred/null/King Salman;Asif Ali Zardari/null/*"}},
        /* EV-11: a reception "on the sidelines" of a summit is one contact, the visit */
        {"2025-05-19T10:00:00+03:00", "استقبل الرئيس عبد اللطيف جمال رشيد، في قصر بغداد، يوم أمس الأحد 18 أيار 2025، الرئيس التركي رجب طيب أردوغان، على هامش انعقاد القمة العربية.",
         {"visit/occurred/2025-05-18/Recep Tayyip Erdogan;Abdul Latif Rashid/Baghdad/*"}},
        /* EV-11: a meeting joined by و to a called-off visit as the verb's object, a relative
         * clause set off by commas between, is that visit's plan */
        {"2025-02-12T10:00:00+08:00", "أرجأ رئيس الوزراء الماليزي أنور إبراهيم زيارته إلى الرياض، التي كانت مقررة الأحد المقبل، ولقاءه المرتقب مع ولي العهد الأمير محمد بن سلمان.",
         {"visit/cancelled/2025-02-16/Anwar Ibrahim;Mohammed bin Salman/Riyadh/*"}},
        /* EV-10: a definite contact noun alone after خلال, the occasion of what a verb of saying
         * before it says, after a contact told in the article, is that contact: whom its words
         * name takes no part; near-miss: with parties after the noun */
        {"2024-11-05T10:00:00+03:00", "استقبل الرئيس عبد اللطيف رشيد اليوم وزير الدولة القطري محمد بن عبد العزيز الخليفي. وأكد الرئيس رشيد، خلال اللقاء، عمق العلاقات مع قطر وأميرها الشيخ تميم بن حمد.",
         {"visit/occurred/2024-11-05/Mohammed bin Abdulaziz Al-Khulaifi;Abdul Latif Rashid/*/*", NULL}},
        {"2024-11-05T10:00:00+03:00", "استقبل الرئيس عبد اللطيف رشيد اليوم وزير الدولة القطري محمد بن عبد العزيز الخليفي. وأكد الرئيس رشيد، خلال اللقاء مع أمير قطر الشيخ تميم بن حمد أمس، عمق العلاقات.",
         {"visit/occurred/2024-11-05/Mohammed bin Abdulaziz Al-Khulaifi;Abdul Latif Rashid/*/*", "meeting/occurred/2024-11-04/Abdul Latif Rashid;Tamim bin Hamad Al Thani/*/*", NULL}},
        /* … and an undated congratulation told by its verb right after a call of theirs was said
         * in it; near-miss: a cable sent (أبرق) */
        {"2025-05-20T19:10:00+04:00", "بحث الشيخ محمد بن زايد آل نهيان والمستشار الألماني فريدريش ميرتس خلال اتصال مرئي اليوم العلاقات الثنائية. وهنأ سموه المستشار ميرتس بتوليه منصبه.",
         {"video_call/occurred/2025-05-20/Mohamed bin Zayed Al Nahyan;Friedrich Merz/*/*", NULL}},
        {"2025-05-20T19:10:00+04:00", "بحث الشيخ محمد بن زايد آل نهيان والمستشار الألماني فريدريش ميرتس خلال اتصال مرئي اليوم العلاقات الثنائية. وأبرق سموه إلى المستشار ميرتس مهنئا بتوليه منصبه.",
         {"video_call/occurred/2025-05-20/Mohamed bin Zayed Al Nahyan;Friedrich Merz/*/*", "message/occurred/*/*/*/*", NULL}},
        /* … also not set off, what is said right after it, and after a verb of conveying (نقل);
         * near-miss: its place right after it */
        {"2025-03-23T15:20:00+03:00", "استقبل رئيس الوزراء جعفر حسان اليوم في عمّان رئيس الوزراء الفلسطيني محمد مصطفى. وأكد حسان خلال اللقاء وقوف الأردن بقيادة جلالة الملك عبدالله الثاني إلى جانب الفلسطينيين.",
         {"visit/occurred/2025-03-23/Mohammad Mustafa;Jafar Hassan/Amman/*", NULL}},
        {"2025-08-14T15:10:00+03:00", "استقبل الرئيس عبد الفتاح السيسي اليوم بالقاهرة رئيس الوزراء السوداني كامل إدريس. ونقل إدريس خلال اللقاء تحيات رئيس مجلس السيادة عبد الفتاح البرهان.",
         {"visit/occurred/2025-08-14/Kamil Idris;Abdel Fattah el-Sisi/Cairo/*", NULL}},
        {"2024-11-05T10:00:00+03:00", "استقبل الرئيس عبد اللطيف رشيد اليوم وزير الدولة القطري محمد بن عبد العزيز الخليفي. وأكد الرئيس رشيد خلال اللقاء في الدوحة مع أمير قطر الشيخ تميم بن حمد عمق العلاقات.",
         {"visit/occurred/2024-11-05/Mohammed bin Abdulaziz Al-Khulaifi;Abdul Latif Rashid/*/*", "visit/occurred/null/Abdul Latif Rashid;Tamim bin Hamad Al Thani/Doha/*", NULL}},
        /* … and one named as the subject of what it dealt with, or as what is prepared, with no
         * date of its own: the contact told before (or to come), no new one; near-miss: dated */
        {"2025-10-20", "يتوجه الرئيس عبد الفتاح السيسي، بعد غد الأربعاء، إلى بروكسل لترؤس قمة مع رئيس المجلس الأوروبي أنطونيو كوستا ورئيسة المفوضية الأوروبية أورسولا فون دير لاين. وتتناول القمة الشراكة الشاملة بين الجانبين.",
         {"visit/planned/2025-10-22/Abdel Fattah el-Sisi;António Costa;Ursula von der Leyen/Brussels/*", NULL}},
        {"2025-10-29", "استقبلت ساناي تاكايتشي أمس الثلاثاء الرئيس دونالد ترامب في طوكيو. وكان الزعيمان قد تحادثا هاتفياً السبت الماضي، واتفقا حينها على ترتيبات الزيارة.",
         {"visit/occurred/2025-10-28/Donald Trump;Sanae Takaichi/Tokyo/*", "call/occurred/2025-10-25/Sanae Takaichi;Donald Trump/*/*", NULL}},
        {"2022-04-05", "تلقى وزير الشؤون الخارجية ناصر بوريطة، أمس الاثنين، اتصالا هاتفيا من نظيره الإسباني خوسيه مانويل ألباريس، خصص للتحضير للزيارة.",
         {"call/occurred/2022-04-04/José Manuel Albares;Nasser Bourita/null/*", NULL}},
        {"2022-04-05", "تلقى وزير الشؤون الخارجية ناصر بوريطة، أمس الاثنين، اتصالا هاتفيا من نظيره الإسباني خوسيه مانويل ألباريس، خصص للتحضير للزيارة المقررة الأسبوع المقبل.",
         {"call/occurred/2022-04-04/José Manuel Albares;Nasser Bourita/null/*", "visit/planned/2022-W15/Nasser Bourita;José Manuel Albares/null/*", NULL}},
        {"2025-05-22T09:00:00+03:00", "وكان الرئيس الأميركي دونالد ترامب ونظيره الجنوب أفريقي سيريل رامافوزا قد تحدثا هاتفيا مطلع الشهر الجاري لترتيب الزيارة.",
         {"call/occurred/2025-05/Donald Trump;Cyril Ramaphosa/null/*", NULL}},
        /* EV-10: a definite contact noun under a plan, after the same contact called off, is that
         * contact's plan */
        {"2025-01-18T10:00:00+01:00", "ألغى الرئيس فيليكس تشيسيكيدي زيارته التي كانت مرتقبة إلى الجزائر الاثنين المقبل للقاء الرئيس عبد المجيد تبون. وكان مقررا أن يبحث الرئيسان خلال الزيارة ملفات الطاقة.",
         {"visit/cancelled/2025-01-20/*/Algeria/*"}},
        /* EV-10: a contact told again by a definite noun gives the one told before the city it
         * names, when that one names only its country; near-miss: a city elsewhere */
        {"2025-04-20T10:00:00+04:00", "يبدأ السلطان هيثم بن طارق غدا زيارة دولة إلى روسيا الاتحادية تلبية لدعوة من الرئيس فلاديمير بوتين. ويعقد جلالته خلال الزيارة جلسة مباحثات مع الرئيس الروسي في الكرملين بموسكو.",
         {"visit/planned/2025-04-21/*/Kremlin, Moscow/*", NULL}},
        {"2025-04-20T10:00:00+04:00", "يبدأ السلطان هيثم بن طارق غدا زيارة دولة إلى روسيا الاتحادية تلبية لدعوة من الرئيس فلاديمير بوتين. ويعقد جلالته خلال الزيارة جلسة مباحثات مع الرئيس الروسي قبل توجهه إلى مينسك.",
         {"visit/planned/2025-04-21/*/Russia/*", NULL}},
        /* EV-10: a visit on the day and at the place of one told before among the same parties is
         * that visit (a meeting in the host's capital, EV-3's visit); near-miss: another day */
        {"2025-02-04T16:00:00+03:00", "استقبل الرئيس التركي رجب طيب أردوغان، الثلاثاء، الرئيس السوري أحمد الشرع في المجمع الرئاسي بأنقرة. وعقب مراسم الاستقبال، عقد الزعيمان لقاء ثنائيا مغلقا.",
         {"visit/occurred/2025-02-04/*/Ankara/*", NULL}},
        {"2025-02-04T16:00:00+03:00", "استقبل الرئيس التركي رجب طيب أردوغان، الثلاثاء، الرئيس السوري أحمد الشرع في المجمع الرئاسي بأنقرة. وكان الزعيمان قد عقدا لقاء ثنائيا في أنقرة في 30 يناير 2025.",
         {"visit/occurred/2025-02-04/*/Ankara/*", "visit/occurred/2025-01-30/*/Ankara/*", NULL}},
        /* … and one no cue governs, with no verb of its own, whatever the status of the one told
         * before ("وتأتي الزيارة في إطار …"، "موعدا جديدا للزيارة"): that contact, no other */
        {"2022-06-26T12:00:00+03:00", "خبر\\nيصل الرئيس عبدالفتاح السيسي إلى المنامة غدا في زيارة أخوية يلتقي خلالها الملك حمد بن عيسى آل خليفة. وتأتي الزيارة في إطار التنسيق المستمر بين البلدين، وكان الملك قد زار القاهرة في مارس الماضي حيث التقى الرئيس السيسي.",
         {"visit/planned/2022-06-27/*/Manama/*", "visit/occurred/2022-03/*/Cairo/*", NULL}},
        {"2024-04-19T14:00:00+03:00", "خبر\\nأرجئت زيارة الرئيس رجب طيب أردوغان إلى واشنطن التي كانت مقررة في 9 مايو المقبل للقاء الرئيس الأمريكي جو بايدن. وسيحدد الجانبان موعدا جديدا للزيارة عبر القنوات الدبلوماسية.",
         {"visit/cancelled/2024-05-09/*/*/*", NULL}},
        /* EV-16: a message named as one told before, with no sender of its own, handed over
         * during a visit: the sentence's contact is the visit, which dates the message */
        {"2025-01-29T12:00:00+03:00", "تسلم الشيخ تميم بن حمد آل ثاني أمير البلاد رسالة خطية من الرئيس رجب طيب أردوغان. وتسلم الرسالة سموه خلال استقباله وزير الخارجية التركي هاكان فيدان في الدوحة أمس.",
         {"message/occurred/2025-01-28/Recep Tayyip Erdogan;Tamim bin Hamad Al Thani/null/*", "visit/occurred/2025-01-28/Hakan Fidan;Tamim bin Hamad Al Thani/Doha/*"}},
        /* … and the visit with no day of its own is on the message's */
        {"2023-05-22T17:45:00+03:00", "تسلّم السلطان هيثم بن طارق، اليوم الاثنين، رسالة خطية من الرئيس الإيراني إبراهيم رئيسي. وقد سلّم الرسالة وزير الخارجية الإيراني حسين أمير عبداللهيان خلال استقبال جلالته له في مسقط.",
         {"message/occurred/2023-05-22/Ebrahim Raisi;Haitham bin Tariq/null/*", "visit/occurred/2023-05-22/*/Muscat/*", NULL}},
        /* EV-14: a later clause on كما whose verb's subject, right after it, was named in the
         * first clause: his contact with the clause's new person */
        {"2025-03-12T10:00:00+02:00", "وكان وزير الخارجية المصري بدر عبد العاطي قد التقى نظيره الإيراني عباس عراقجي اليوم، كما التقى عراقجي الملك عبدالله الثاني.",
         {"meeting/occurred/2025-03-12/Badr Abdelatty;Abbas Araghchi/null/*", "meeting/occurred/*/Abbas Araghchi;King Abdullah II/null/*"}},
        /* EV-11: a contact after خلال in a later clause, which a contact told by its own verb is
         * planned for, is its occasion, no contact that took place; near-miss: a call the plan was
         * agreed in */
        {"2025-02-05", "ومن المقرر أن يلتقي الرئيس الأوغندي يوري موسيفيني والرئيس الكونغولي فيليكس تشيسيكيدي السبت المقبل في دار السلام، خلال القمة المشتركة لمجموعة شرق أفريقيا وسادك.",
         {"meeting/planned/2025-02-08/*/Dar es Salaam/*", NULL}},
        {"2025-02-05", "واتفق الرئيس الأوغندي يوري موسيفيني والرئيس الكونغولي فيليكس تشيسيكيدي على أن يلتقيا قريبا، خلال اتصال هاتفي أجراه الرئيسان أمس.",
         {"call/occurred/2025-02-04/*/*/*", "meeting/planned/*/*/*/*", NULL}},
        /* EV-11: a contact that took place and an invitation its verb on و tells in the same clause
         * (ودعاه، ويدعوه): two contacts, the visit where it would go, not where they met; near-miss:
         * an invitation with no contact before it */
        {"2024-10-10", "التقى الرئيس المصري عبد الفتاح السيسي الرئيس التركي رجب طيب أردوغان في الرياض ودعاه لزيارة مصر.",
         {"meeting/occurred/null/Abdel Fattah el-Sisi;Recep Tayyip Erdogan/Riyadh/*", "visit/proposed/null/Recep Tayyip Erdogan;Abdel Fattah el-Sisi/Egypt/*", NULL}},
        {"2024-06-11", "بعث الرئيس عبد الفتاح السيسي اليوم برقية تهنئة إلى رئيس الوزراء الهندي ناريندرا مودي ويدعوه لزيارة مصر.",
         {"message/occurred/2024-06-11/Abdel Fattah el-Sisi;Narendra Modi/*/*", "visit/proposed/null/Narendra Modi;Abdel Fattah el-Sisi/Egypt/*", NULL}},
        {"2024-10-10", "دعا الرئيس المصري عبد الفتاح السيسي الرئيس التركي رجب طيب أردوغان في الرياض لزيارة مصر.",
         {"visit/proposed/null/Recep Tayyip Erdogan;Abdel Fattah el-Sisi/Egypt/*", NULL}},
        /* EV-11: a message whose clause goes on in a verb on فيها (what it said) and a contact it
         * calls off there: the message took place, the visit is its own; also after بشأن */
        {"2024-05-10", "تلقى الرئيس عبد الفتاح السيسي أمس رسالة من الرئيس الإريتري أسياس أفورقي أعرب فيها عن أسفه لعدم تمكنه من زيارة القاهرة.",
         {"message/occurred/2024-05-09/Isaias Afwerki;Abdel Fattah el-Sisi/null/*", "visit/cancelled/*/*/Cairo/*", NULL}},
        {"2024-05-10", "تلقى الرئيس عبد الفتاح السيسي أمس رسالة من الرئيس الإريتري أسياس أفورقي بشأن عدم تمكنه من زيارة القاهرة.",
         {"message/occurred/2024-05-09/Isaias Afwerki;Abdel Fattah el-Sisi/null/*", "visit/cancelled/*/*/Cairo/*", NULL}},
        /* EV-11: a plan told by a future verb in a clause before the contact's is a contact of
         * its own, on its weekday there */
        {"2025-08-16T11:00:00+03:00", "وأعلن الرئيس الأوكراني فولوديمير زيلينسكي أنه سيزور واشنطن يوم الاثنين للقاء الرئيس دونالد ترامب، بعدما تحدث معه هاتفيا اليوم السبت.",
         {"call/occurred/2025-08-16/Donald Trump;Volodymyr Zelenskyy/*/*", "visit/planned/2025-08-18/Volodymyr Zelenskyy;Donald Trump/Washington, D.C./*"}},
        /* EV-11: a plan on على أن whose verb's object is the one new person there has the first's
         * subject as its own */
        {"2025-03-12T10:00:00+02:00", "التقى المبعوث الأمريكي آموس هوكستين اليوم رئيس مجلس النواب نبيه بري، على أن يلتقي رئيس الحكومة نواف سلام غدا.",
         {"meeting/occurred/2025-03-12/Amos Hochstein;Nabih Berri/null/*", "meeting/planned/2025-03-13/Amos Hochstein;Nawaf Salam/null/*"}},
        /* … a time between its verb and that object, and a meeting with no initiator (its first
         * party is the plan's subject) */
        {"2025-04-05T10:00:00+03:00", "التقت المبعوثة الأمريكية مورغان أورتاغوس مساء أمس الرئيس جوزاف عون، على أن تلتقي بعد ظهر اليوم رئيس الحكومة نواف سلام.",
         {"meeting/occurred/2025-04-04/Morgan Ortagus;Joseph Aoun/null/*", "meeting/planned/2025-04-05/Morgan Ortagus;Nawaf Salam/null/*", NULL}},
        /* EV-11: a plan on على أن after a journey, its verb's objects joined by و (each where he is
         * met, after a comma), its subject the traveller's: his visit to each; the visit's noun
         * that named no one else before it is the journey's occasion, no visit of its own;
         * near-miss: a visit noun that names its host keeps its own */
        {"2025-04-05T10:00:00+03:00", "وكانت أورتاغوس قد وصلت إلى بيروت مساء أمس، في أول زيارة لها منذ تعيينها، على أن تلتقي اليوم رئيس مجلس النواب نبيه بري في عين التينة، ورئيس الحكومة نواف سلام في السراي الحكومي.",
         {"visit/planned/2025-04-05/Morgan Ortagus;Nabih Berri/Ain al-Tineh, Beirut/*", "visit/planned/2025-04-05/Morgan Ortagus;Nawaf Salam/*/*", NULL}},
        {"2025-04-05T10:00:00+03:00", "وصلت أورتاغوس إلى بيروت مساء أمس، على أن تلتقي اليوم رئيس مجلس النواب نبيه بري ورئيس الحكومة نواف سلام.",
         {"visit/planned/2025-04-05/Morgan Ortagus;Nabih Berri/Beirut/*", "visit/planned/2025-04-05/Morgan Ortagus;Nawaf Salam/Beirut/*", NULL}},
        {"2025-04-05T10:00:00+03:00", "وصلت أورتاغوس إلى بيروت مساء أمس في زيارة التقت خلالها رئيس الحكومة نواف سلام، على أن تلتقي اليوم رئيس مجلس النواب نبيه بري.",
         {"visit/occurred/2025-04-04/Morgan Ortagus;Nawaf Salam/Beirut/*", "meeting/planned/2025-04-05/Morgan Ortagus;Nabih Berri/null/*", NULL}},
        /* EV-11: a journey planned on على أن whose purpose on لـ names the one new person there:
         * the first's traveller's visit to him, and its place no place of the first's; near-misses:
         * the journey alone, and a place one arrived in after بعد أن, which stays the first's */
        {"2024-09-17T18:00:00+03:00", "وصل الشيخ مشعل الأحمد الجابر الصباح أمير الكويت إلى القاهرة اليوم حيث كان في استقباله الرئيس عبدالفتاح السيسي، على أن يتوجه سموه في ختام الزيارة إلى عمّان للقاء الملك عبدالله الثاني.",
         {"visit/occurred/2024-09-17/Mishal Al-Ahmad Al-Jaber Al-Sabah;Abdel Fattah el-Sisi/Cairo/*", "visit/planned/null/Mishal Al-Ahmad Al-Jaber Al-Sabah;King Abdullah II/Amman/*", NULL}},
        {"2024-09-17T18:00:00+03:00", "استقبل الرئيس عبدالفتاح السيسي الشيخ مشعل الأحمد الجابر الصباح أمير الكويت اليوم، على أن يتوجه سموه غدا إلى عمّان للقاء الملك عبدالله الثاني.",
         {"visit/occurred/2024-09-17/Mishal Al-Ahmad Al-Jaber Al-Sabah;Abdel Fattah el-Sisi/null/*", "visit/planned/2024-09-18/Mishal Al-Ahmad Al-Jaber Al-Sabah;King Abdullah II/Amman/*", NULL}},
        {"2024-09-17T18:00:00+03:00", "استقبل الرئيس عبدالفتاح السيسي الشيخ مشعل الأحمد الجابر الصباح أمير الكويت اليوم، على أن يتوجه سموه غدا إلى عمّان.",
         {"visit/occurred/2024-09-17/Mishal Al-Ahmad Al-Jaber Al-Sabah;Abdel Fattah el-Sisi/null/*", NULL}},
        {"2024-09-17T18:00:00+03:00", "استقبل الملك عبدالله الثاني الشيخ مشعل الأحمد الجابر الصباح أمير الكويت اليوم، بعد أن وصل سموه إلى عمّان.",
         {"visit/occurred/2024-09-17/Mishal Al-Ahmad Al-Jaber Al-Sabah;King Abdullah II/Amman/*", NULL}},
        /* EV-11: a dated leg of the traveller's tour, its contact's masdar on بـ naming one new
         * person right after it, is his visit to him, at the leg's place, which is no place of the
         * contact before; near-miss: a leg that names no one */
        {"2025-05-12", "يلتقي ترامب الأربعاء أمير قطر الشيخ تميم بن حمد، قبل أن يختتم جولته يوم الخميس في أبوظبي بلقاء الرئيس الإماراتي الشيخ محمد بن زايد.",
         {"meeting/planned/2025-05-14/Donald Trump;Tamim bin Hamad Al Thani/null/*", "visit/planned/2025-05-15/Donald Trump;Mohamed bin Zayed Al Nahyan/Abu Dhabi/*", NULL}},
        {"2025-05-12", "يلتقي ترامب الأربعاء أمير قطر الشيخ تميم بن حمد، قبل أن يختتم جولته يوم الخميس في أبوظبي.",
         {"meeting/planned/2025-05-14/Donald Trump;Tamim bin Hamad Al Thani/null/*", NULL}},
        /* (its traveller the sentence's first named, whoever the contact before it was of: the
         * tour's first legs, which the list before it tells, are not checked here) */
        {"2017-06-22T09:00:00+03:00", "عاد رئيس مجلس الوزراء حيدر العبادي إلى بغداد، مساء أمس الأربعاء، بعد جولة إقليمية استمرت ثلاثة أيام، التقى خلالها العاهل السعودي الملك سلمان بن عبد العزيز في جدة الاثنين، والرئيس الإيراني حسن روحاني في طهران الثلاثاء، قبل أن يختتمها أمس في العاصمة الكويتية بلقاء أمير البلاد الشيخ صباح الأحمد الجابر الصباح.",
         {"meeting/occurred/*/*/*/*", "visit/occurred/2017-06-21/Haider al-Abadi;Sabah Al-Ahmad Al-Jaber Al-Sabah/Kuwait City/*", NULL}},
        /* EV-4: what two agree to go on with (مواصلة التشاور) is no contact done, and leaves a
         * meeting they agree on in the next clause the sentence's */
        {"2024-01-30", "عقد الشيخ محمد بن زايد والرئيس إيمانويل ماكرون اليوم اجتماعا عبر الاتصال المرئي. واتفق الجانبان على مواصلة التشاور، وعلى عقد لقاء قريب بينهما في باريس.",
         {"video_call/occurred/2024-01-30/Mohamed bin Zayed Al Nahyan;Emmanuel Macron/*/*", "visit/planned/null/Mohamed bin Zayed Al Nahyan;Emmanuel Macron/Paris/*", NULL}},
        /* EV-4: a verb of partaking in the future (سيشارك، سيشاركان) makes the contact after it
         * planned; near-miss: in the perfect */
        {"2025-11-28T13:00:00+03:00", "قال أوشاكوف إن الرئيس فلاديمير بوتين ورئيس الوزراء الهندي ناريندرا مودي سيشاركان في القمة السنوية الروسية الهندية.",
         {"meeting/planned/null/Vladimir Putin;Narendra Modi/*/*", NULL}},
        {"2025-11-28T13:00:00+03:00", "شارك الرئيس فلاديمير بوتين ورئيس الوزراء الهندي ناريندرا مودي في القمة السنوية الروسية الهندية.",
         {"meeting/occurred/null/Vladimir Putin;Narendra Modi/*/*", NULL}},
        /* EV-2: one of the pair named in a sentence that opens on their contact named again,
         * after خلال, and tells another contact: that one is the pair's; near-miss: a contact of
         * his told before it in the sentence, with one we do not know */
        {"2017-01-25", "تلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا أمس من الرئيس الأمريكي دونالد ترامب. وتم الاتفاق خلال الاتصال على ترتيب زيارة للرئيس السيسي إلى واشنطن.",
         {"call/occurred/2017-01-24/Donald Trump;Abdel Fattah el-Sisi/*/*", "visit/planned/null/Abdel Fattah el-Sisi;Donald Trump/Washington, D.C./*", NULL}},
        {"2025-04-29", "التقى الشيخ عبدالله بن زايد أمس سيرغي لافروف. كما التقى سموه زيدان فلان، حيث جرى خلال اللقاء بحث التحضيرات للقمة المقررة في يوليو المقبل.",
         {"meeting/occurred/2025-04-28/Abdullah bin Zayed Al Nahyan;Sergey Lavrov/*/*", NULL}},
        /* EV-2: a contact called off or denied, named fewer than two there, by a definite noun
         * that ends its phrase or after أي, is the pair's last contact told before, with its date
         * and place when it has none of its own; near-misses: what the contact held is denied, not
         * the contact; another is named after it; the noun names another summit; the noun is what
         * another fact is told after, not what is denied */
        {"2020-11-23T13:00:00+03:00", "ترددت أنباء عن زيارة قام بها رئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى نيوم أمس حيث التقى ولي العهد الأمير محمد بن سلمان.\\n\\nغير أن وزير الخارجية السعودي الأمير فيصل بن فرحان نفى حدوث أي لقاء.",
         {"visit/occurred/2020-11-22/Benjamin Netanyahu;Mohammed bin Salman/Neom/*", "meeting/denied/2020-11-22/Benjamin Netanyahu;Mohammed bin Salman/Neom/*"}},
        {"2025-10-22T20:00:00+03:00", "اتفق ترامب وبوتين على عقد قمة في بودابست الخميس المقبل. لكن البيت الأبيض أعلن اليوم إلغاء القمة.",
         {"meeting/planned/2025-10-23/Donald Trump;Vladimir Putin/Budapest/*", "meeting/cancelled/2025-10-23/Donald Trump;Vladimir Putin/Budapest/*"}},
        {"2025-10-22T20:00:00+03:00", "اتصل ترامب ببوتين أمس. ونفى الكرملين أن تكون المكالمة قد تطرقت إلى أوكرانيا.",
         {"call/occurred/2025-10-21/Donald Trump;Vladimir Putin/null/*"}},
        {"2025-10-22T20:00:00+03:00", "التقى بوتين شي جين بينغ في بكين أمس. ونفى الكرملين حدوث أي لقاء مع ترامب.",
         {"visit/occurred/2025-10-21/Vladimir Putin;Xi Jinping/Beijing/*"}},
        /* (… or a group or a delegation is: "مع حركة «إم 23»"، "بين الوفدين الفنيين") */
        {"2025-03-19T09:00:00+03:00", "التقى الرئيس الرواندي بول كاغامي ورئيس الكونغو الديمقراطية فيليكس تشيسيكيدي أمس الثلاثاء في الدوحة. في المقابل، نفى متحدث باسم الحكومة الكونغولية وجود أي مفاوضات مباشرة مع حركة «إم 23».",
         {"meeting/occurred/2025-03-18/Paul Kagame;Félix Tshisekedi/Doha/*", NULL}},
        {"2025-09-10T12:00:00+03:00", "- 13 يوليو 2023: الرئيس عبد الفتاح السيسي وآبي أحمد يتفقان خلال لقاء بالقاهرة على صياغة اتفاق.\\n\\n- 27 أغسطس 2023: انطلاق جولة مفاوضات في القاهرة بين الوفدين الفنيين.",
         {"visit/occurred/2023-07-13/Abiy Ahmed;Abdel Fattah el-Sisi/Cairo/*", NULL}},
        {"2025-10-22T20:00:00+03:00", "اتصل ترامب ببوتين أمس. وبعد المكالمة، نفى ترامب أي تدخل روسي في الانتخابات.",
         {"call/occurred/2025-10-21/Donald Trump;Vladimir Putin/null/*"}},
        {"2025-10-22T20:00:00+03:00", "اتفق ترامب وبوتين على عقد قمة في بودابست. لكن ترامب ألغى القمة الخليجية.",
         {"meeting/planned/null/Donald Trump;Vladimir Putin/Budapest/*"}},
        /* EV-2: a list entry that names no one in its first clause, on a contact's noun or a verb
         * of two, is a contact of the pair the article's last contact was between; near-misses:
         * no date and colon heading it, and an entry that names another; EV-7: the city heading
         * an entry is where, not for a call */
        {"2022-09-12", "أجرى ماكرون أمس اتصالا هاتفيا ببوتين.\\n\\n3 آذار/مارس: اتصال استمر 90 دقيقة، خرج بعده الإليزيه بانطباع سيئ.",
         {"call/occurred/2022-09-11/Emmanuel Macron;Vladimir Putin/null/*", "call/occurred/2022-03-03/Emmanuel Macron;Vladimir Putin/null/90"}},
        {"2022-09-12", "أجرى ماكرون أمس اتصالا هاتفيا ببوتين.\\n\\nوجرى اتصال آخر استمر 90 دقيقة.",
         {"call/occurred/2022-09-11/Emmanuel Macron;Vladimir Putin/null/*"}},
        {"2022-09-12", "أجرى ماكرون أمس اتصالا هاتفيا ببوتين.\\n\\n28 أيار/مايو: اتصال هاتفي مع شولتس استمر ساعة.",
         {"call/occurred/2022-09-11/Emmanuel Macron;Vladimir Putin/null/*"}},
        {"2022-09-12", "أجرى ماكرون أمس اتصالا هاتفيا ببوتين.\\n\\nروما، 31 تشرين الأول/أكتوبر 2021: التقيا على هامش قمة مجموعة العشرين.",
         {"call/occurred/2022-09-11/Emmanuel Macron;Vladimir Putin/null/*", "meeting/occurred/2021-10-31/Emmanuel Macron;Vladimir Putin/Rome/*"}},
        {"2023-07-12", "التقى أردوغان بايدن أمس.\\n\\nمدريد، 29 حزيران/يونيو 2022: اجتمع بايدن وأردوغان على هامش قمة الناتو.",
         {"meeting/occurred/2023-07-11/Recep Tayyip Erdogan;Joe Biden/null/*", "meeting/occurred/2022-06-29/Joe Biden;Recep Tayyip Erdogan/Madrid/*"}},
        /* … and a city after a dash before the colon; a header that names two persons' contacts
         * in the plural before a colon gives the pair; near-misses: a header of three, and an
         * entry after a header of no one */
        {"2024-07-04", "أبرز لقاءات الرئيسين الروسي فلاديمير بوتين والتركي رجب طيب أردوغان:\\n\\n29 أيلول/سبتمبر 2021 - سوتشي: لقاء مغلق دام نحو ثلاث ساعات.",
         {"meeting/occurred/2021-09-29/Vladimir Putin;Recep Tayyip Erdogan/Sochi/*", NULL}},
        {"2024-07-04", "أبرز لقاءات الرؤساء فلاديمير بوتين ورجب طيب أردوغان وإبراهيم رئيسي:\\n\\n29 أيلول/سبتمبر 2021 - سوتشي: لقاء مغلق دام نحو ثلاث ساعات.",
         {NULL}},
        {"2024-07-04", "أبرز اللقاءات في السنوات الأخيرة:\\n\\n29 أيلول/سبتمبر 2021 - سوتشي: لقاء مغلق دام نحو ثلاث ساعات.", {NULL}},
        /* … a header that names one person and lists his contacts or his tour's stops: an entry
         * naming another after مع, right after the contact's noun past its city, is theirs — his
         * visit on a tour, past a parenthesis after the date too; near-misses: an entry naming no
         * one after مع, one naming him */
        {"2024-01-02T20:00:00+03:00", "يواصل قائد قوات الدعم السريع محمد حمدان دقلو جولة إفريقية، وفي ما يلي محطاتها:\\n\\n- 27 ديسمبر: كمبالا، لقاء مع الرئيس الأوغندي يوويري موسيفيني.\\n\\n- 3 يناير (مقررة): نيروبي، لقاء مع الرئيس الكيني وليام روتو.",
         {"visit/occurred/2023-12-27/Mohamed Hamdan Dagalo;Yoweri Museveni/Kampala/*", "visit/planned/2024-01-03/Mohamed Hamdan Dagalo;William Ruto/Nairobi/*", NULL}},
        {"2024-12-30T10:00:00+03:00", "أبرز لقاءات الرئيس الروسي فلاديمير بوتين هذا العام:\\n\\n- 22 أكتوبر: قازان، لقاء مع رئيس الوزراء الهندي ناريندرا مودي.",
         {"visit/occurred/2024-10-22/Narendra Modi;Vladimir Putin/Kazan/*", NULL}},
        {"2024-01-02T20:00:00+03:00", "يواصل قائد قوات الدعم السريع محمد حمدان دقلو جولة إفريقية، وفي ما يلي محطاتها:\\n\\n- 2 يناير: أديس أبابا، توقيع إعلان مع تنسيقية تقدم.\\n\\n- 3 يناير: نيروبي، لقاء مع محمد حمدان دقلو.",
         {NULL}},
        /* … and a label that names the contact and its rank, the date after its colon; near-miss:
         * a label whose colon no date follows (that date is another's) */
        {"2025-04-08", "أبرز لقاءات الرئيس الأمريكي دونالد ترامب ورئيس الوزراء الإسرائيلي بنيامين نتنياهو:\\n\\nاللقاء الأول: 15 شباط/فبراير 2017، في البيت الأبيض، بعد أقل من شهر على تنصيب ترامب.",
         {"visit/occurred/2017-02-15/Benjamin Netanyahu;Donald Trump/White House, Washington, D.C./*", NULL}},
        {"2025-04-08", "أبرز لقاءات الرئيس الأمريكي دونالد ترامب ورئيس الوزراء الإسرائيلي بنيامين نتنياهو:\\n\\nاللقاء الأول: في البيت الأبيض، بعد أقل من شهر على تنصيب ترامب في 20 كانون الثاني/يناير 2017.",
         {NULL}},
        /* … also further on in the entry's first clause, ending it, the label's rank feminine */
        {"2019-07-01", "التقى الرئيس الأميركي دونالد ترامب الزعيم الكوري الشمالي كيم جونغ أون أمس. وفي ما يلي محطات العلاقة بين الزعيمين:\\n\\nالقمة الثانية: جرت في هانوي في 27 فبراير 2019.",
         {"meeting/occurred/2019-06-30/Donald Trump;Kim Jong Un/*/*", "meeting/occurred/2019-02-27/Donald Trump;Kim Jong Un/Hanoi/*", NULL}},
        /* … and a header that names the pair by a pair word, or names one of them, names the two
         * the title names, whoever was named last; near-miss: a header that names another */
        {"2025-08-16", "تسلسل زمني لاتصالات ترامب وبوتين\\n\\nأعلن ترامب أمس أنه سيستقبل الرئيس الأوكراني فولوديمير زيلينسكي في البيت الأبيض الاثنين المقبل. وفي ما يلي أبرز محطات التواصل بين الرئيسين منذ عودة ترامب إلى البيت الأبيض:\\n\\n- 12 فبراير: أول اتصال هاتفي معلن، استمر نحو ساعة ونصف.",
         {"visit/planned/2025-08-18/Volodymyr Zelenskyy;Donald Trump/*/*", "call/occurred/2025-02-12/Donald Trump;Vladimir Putin/null/90", NULL}},
        {"2025-08-16", "تسلسل زمني لاتصالات ترامب وبوتين\\n\\nأعلن ترامب أمس أنه سيستقبل الرئيس الأوكراني فولوديمير زيلينسكي في البيت الأبيض الاثنين المقبل. وفي ما يلي أبرز محطات لقاءات زيلينسكي في البيت الأبيض:\\n\\n- 12 فبراير: لقاء استمر نحو ساعة ونصف.",
         {"visit/planned/2025-08-18/Volodymyr Zelenskyy;Donald Trump/*/*", "meeting/occurred/2025-02-12/Donald Trump;Volodymyr Zelenskyy/null/90", NULL}},
        /* … an entry that names no one is of the header's pair, whatever pair an entry before it
         * named; those after بمشاركة in its first clause, or after مع in a contact of several
         * (ثلاثي), joined the two; near-misses: one named after مع in a later clause, and after
         * مع in a contact not said to be of several (above: "اتصال هاتفي مع شولتس") */
        {"2025-08-09", "أبرز اللقاءات بين الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان:\\n\\n- 6 أغسطس: المبعوث الأميركي ستيف ويتكوف يلتقي علييف في باكو.\\n\\n- 14 ديسمبر 2021: اجتماع ثلاثي في بروكسل مع رئيس المجلس الأوروبي شارل ميشيل.",
         {"meeting/occurred/2025-08-06/Steve Witkoff;Ilham Aliyev/Baku/*", "meeting/occurred/2021-12-14/Ilham Aliyev;Nikol Pashinyan;Charles Michel/Brussels/*", NULL}},
        {"2025-08-09", "أبرز اللقاءات بين الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان:\\n\\n- 6 أكتوبر 2022: لقاء في براغ بمشاركة الرئيس الفرنسي إيمانويل ماكرون وشارل ميشيل.",
         {"meeting/occurred/2022-10-06/Ilham Aliyev;Nikol Pashinyan;Emmanuel Macron;Charles Michel/Prague/*", NULL}},
        /* (those after بحضور are company, no party, but the entry is still the pair's) */
        {"2025-08-09", "أبرز اللقاءات بين الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان:\\n\\n- 6 أكتوبر 2022: لقاء في براغ على هامش قمة المجموعة السياسية الأوروبية بحضور الرئيس الفرنسي إيمانويل ماكرون.",
         {"meeting/occurred/2022-10-06/Ilham Aliyev;Nikol Pashinyan/Prague/*", NULL}},
        {"2025-08-09", "أبرز اللقاءات بين الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان:\\n\\n- 14 ديسمبر 2021: اجتماع في بروكسل، أعقبه مؤتمر صحفي مع شارل ميشيل.",
         {"meeting/occurred/2021-12-14/Ilham Aliyev;Nikol Pashinyan/Brussels/*", NULL}},
        /* … also with its word after its round's (الجولة الثانية من المحادثات); near-miss: a round
         * of no contact */
        {"2025-06-14T12:00:00+03:00", "أبرز محطات المسار بين عباس عراقجي وستيف ويتكوف:\\n\\n- 19 أبريل: الجولة الثانية من المحادثات في روما.\\n\\n- 26 أبريل: جولة ثالثة من المحادثات في مسقط.",
         {"talks/occurred/2025-04-19/Abbas Araghchi;Steve Witkoff/Rome/*", "talks/occurred/2025-04-26/Abbas Araghchi;Steve Witkoff/Muscat/*", NULL}},
        {"2025-06-14T12:00:00+03:00", "أبرز محطات المسار بين عباس عراقجي وستيف ويتكوف:\\n\\n- 19 أبريل: الجولة الثانية من الانتخابات في روما.", {NULL}},
        /* … and an entry that names only one of the two; near-miss: one who is not of the pair */
        {"2024-07-10", "التقى الرئيس الروسي فلاديمير بوتين رئيس الوزراء الهندي ناريندرا مودي أمس.\\n\\n- 6 ديسمبر 2021: زيارة بوتين إلى نيودلهي.",
         {"meeting/occurred/2024-07-09/Vladimir Putin;Narendra Modi/*/*", "visit/occurred/2021-12-06/Vladimir Putin;Narendra Modi/New Delhi/*", NULL}},
        {"2024-07-10", "التقى الرئيس الروسي فلاديمير بوتين رئيس الوزراء الهندي ناريندرا مودي أمس.\\n\\n- 6 ديسمبر 2021: زيارة أردوغان إلى نيودلهي.",
         {"meeting/occurred/2024-07-09/Vladimir Putin;Narendra Modi/*/*", NULL}},
        /* … and a contact's verb in the dual in a sentence that names no one and has a day of its
         * own; near-miss: one with no day (the same day's, no other contact) */
        {"2023-09-05", "التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين أمس. كما اجتمعا في طهران في 19 يوليو 2022.",
         {"meeting/occurred/2023-09-04/Recep Tayyip Erdogan;Vladimir Putin/*/*", "meeting/occurred/2022-07-19/Recep Tayyip Erdogan;Vladimir Putin/Tehran/*", NULL}},
        {"2023-09-05", "التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين أمس في سوتشي. واجتمعا لاحقا على انفراد.",
         {"visit/occurred/2023-09-04/Recep Tayyip Erdogan;Vladimir Putin/Sochi/*", NULL}},
        /* … also when a visit after خلال frames the verb; near-miss: a date still to come */
        {"2025-02-20", "- 15 نيسان 2024: رئيس الوزراء محمد شياع السوداني يلتقي الرئيس جو بايدن في البيت الأبيض خلال زيارة رسمية إلى واشنطن.",
         {"visit/occurred/2024-04-15/Mohammed Shia al-Sudani;Joe Biden/*/*", NULL}},
        {"2024-02-20", "- 15 نيسان 2024: رئيس الوزراء محمد شياع السوداني يلتقي الرئيس جو بايدن في البيت الأبيض خلال زيارة رسمية إلى واشنطن.",
         {"visit/planned/2024-04-15/Mohammed Shia al-Sudani;Joe Biden/*/*", NULL}},
        /* … and one a dual verb tells right after أنهما, one of them named; near-miss: the dual
         * pronoun of another pair's (the verb not in the dual) */
        {"2025-10-17T12:00:00+03:00", "أجرى الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب أمس اتصالا هاتفيا. وأعلن ترامب أنهما سيلتقيان قريبا في بودابست.",
         {"call/occurred/2025-10-16/*/*/*", "meeting/planned/null/Vladimir Putin;Donald Trump/Budapest/*", NULL}},
        {"2025-10-17T12:00:00+03:00", "أجرى الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب أمس اتصالا هاتفيا. وأعلن ترامب أنهما اتفقا على وقف إطلاق النار.",
         {"call/occurred/2025-10-16/*/*/*", NULL}},
        /* … and a present tense under the entry's past date, written with its year, is the
         * historic present, a journey's too; near-miss: a date still to come */
        {"2025-04-07", "- 25 أوت 2022: الرئيس إيمانويل ماكرون يصل إلى العاصمة الجزائرية في زيارة رسمية، ويستقبله الرئيس عبد المجيد تبون.",
         {"visit/occurred/2022-08-25/Emmanuel Macron;Abdelmadjid Tebboune/Algiers/*", NULL}},
        {"2025-04-07", "- 25 أوت 2025: الرئيس إيمانويل ماكرون يصل إلى العاصمة الجزائرية في زيارة رسمية، ويستقبله الرئيس عبد المجيد تبون.",
         {"visit/planned/2025-08-25/Emmanuel Macron;Abdelmadjid Tebboune/Algiers/*", NULL}},
        /* … and under an entry's past date without its year, the colon after it (a chronicle's
         * line); near-miss: an entry's day still to come */
        {"2025-08-16T15:00:00+03:00", "وفي ما يلي أبرز المحطات:\\n\\n- 6 أغسطس: المبعوث الأميركي ستيف ويتكوف يلتقي الرئيس الروسي فلاديمير بوتين في الكرملين.",
         {"meeting/occurred/2025-08-06/Steve Witkoff;Vladimir Putin/*/*", NULL}},
        {"2025-08-16T15:00:00+03:00", "وفي ما يلي أبرز المحطات المقبلة:\\n\\n- 26 أغسطس 2025: المبعوث الأميركي ستيف ويتكوف يلتقي الرئيس الروسي فلاديمير بوتين في الكرملين.",
         {"meeting/planned/2025-08-26/Steve Witkoff;Vladimir Putin/*/*", NULL}},
        {"2025-04-07", "التقى ماكرون تبون أمس.\\n\\n- 25 أوت 2022: الرئيس ماكرون يلتقي الرئيس تبون في الجزائر.",
         {"meeting/occurred/2025-04-06/Emmanuel Macron;Abdelmadjid Tebboune/*/*", "meeting/occurred/2022-08-25/Emmanuel Macron;Abdelmadjid Tebboune/*/*", NULL}},
        /* … and one said to be between the two (بينهما) next to its word; near-miss: بينهما
         * elsewhere */
        {"2024-11-16", "التقى المستشار الألماني أولاف شولتس الرئيس الروسي فلاديمير بوتين أمس. وفي 2 كانون الأول/ديسمبر 2022، جرى بينهما اتصال.",
         {"meeting/occurred/2024-11-15/Olaf Scholz;Vladimir Putin/*/*", "call/occurred/2022-12-02/Olaf Scholz;Vladimir Putin/*/*", NULL}},
        {"2024-11-16", "التقى المستشار الألماني أولاف شولتس الرئيس الروسي فلاديمير بوتين أمس. وتبقى الخلافات بينهما عميقة رغم الاتصال.",
         {"meeting/occurred/2024-11-15/Olaf Scholz;Vladimir Putin/*/*", NULL}},
        /* EV-5: the contact a span of days away from the one told last (وجاء اللقاء بعد ثلاثة
         * أيام من قمة …) is that one's day minus the span after بعد, plus it after قبل */
        {"2025-08-19", "استقبل الرئيس الأمريكي دونالد ترامب نظيره الأوكراني فولوديمير زيلينسكي، أمس الاثنين، في البيت الأبيض. وجاء اللقاء بعد ثلاثة أيام من قمة جمعت ترامب والرئيس الروسي فلاديمير بوتين في أنكوريج.",
         {"visit/occurred/2025-08-18/Volodymyr Zelenskyy;Donald Trump/*/*", "meeting/occurred/2025-08-15/Donald Trump;Vladimir Putin/Anchorage/*", NULL}},
        {"2025-08-19", "استقبل الرئيس الأمريكي دونالد ترامب نظيره الأوكراني فولوديمير زيلينسكي، أمس الاثنين، في البيت الأبيض. وجاء اللقاء قبل ثلاثة أيام من قمة تجمع ترامب والرئيس الروسي فلاديمير بوتين في أنكوريج.",
         {"visit/occurred/2025-08-18/Volodymyr Zelenskyy;Donald Trump/*/*", "meeting/planned/2025-08-21/Donald Trump;Vladimir Putin/Anchorage/*", NULL}},
        /* (a day or a week in a word of its own: بعد يوم من) */
        {"2023-02-01", "التقى الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ رئيس الوزراء الياباني فوميو كيشيدا في طوكيو، أمس الثلاثاء. وجاء اللقاء بعد يوم من محادثات أجراها ستولتنبرغ في سيول مع الرئيس الكوري الجنوبي يون سوك يول.",
         {"meeting/occurred/2023-01-31/Jens Stoltenberg;Fumio Kishida/Tokyo/*", "talks/occurred/2023-01-30/Jens Stoltenberg;Yoon Suk Yeol/Seoul/*", NULL}},
        /* (… and the day after it, غداة, or its eve, عشية) */
        {"2025-06-19", "استضاف ترامب قائد الجيش الباكستاني عاصم منير أمس الأربعاء في البيت الأبيض. وجاء اللقاء غداة اتصال هاتفي بين ترامب ورئيس الوزراء الهندي ناريندرا مودي.",
         {"visit/occurred/2025-06-18/Asim Munir;Donald Trump/*/*", "call/occurred/2025-06-17/Donald Trump;Narendra Modi/*/*", NULL}},
        {"2025-06-18", "استضاف ترامب قائد الجيش الباكستاني عاصم منير اليوم الأربعاء في البيت الأبيض. وجاء اللقاء عشية قمة تجمع ترامب ورئيس الوزراء الهندي ناريندرا مودي.",
         {"visit/occurred/2025-06-18/Asim Munir;Donald Trump/*/*", "meeting/planned/2025-06-19/Donald Trump;Narendra Modi/*/*", NULL}},
        /* EV-13: a contact the time since is counted from (مرّ … على آخر لقاء), undated, is
         * history; near-miss: with its date */
        {"2023-09-21", "مر أكثر من 13 عاما على آخر لقاء رسمي جمع الرئيس الفلسطيني محمود عباس ورئيس الوزراء الإسرائيلي بنيامين نتنياهو.", {NULL}},
        {"2023-09-21", "مرت خمس سنوات على لقاء الرئيس فلاديمير بوتين والرئيس دونالد ترامب في هلسنكي في 16 تموز 2018.",
         {"meeting/occurred/2018-07-16/Vladimir Putin;Donald Trump/Helsinki/*", NULL}},
        /* EV-13: a contact that lasted months or years (استمرت عامين right after its word) is a
         * process told as history; near-misses: one that lasted hours, and years since another fact */
        {"2025-07-14", "جاء الاتفاق ثمرة مفاوضات استمرت عامين بين وزير الخارجية الإيراني محمد جواد ظريف ووزير الخارجية الأمريكي جون كيري.", {NULL}},
        {"2025-07-14", "أجرى وزير الخارجية الإيراني محمد جواد ظريف أمس مباحثات استمرت ساعتين مع وزير الخارجية الأمريكي جون كيري.",
         {"talks/occurred/2025-07-13/Mohammad Javad Zarif;John Kerry/null/120", NULL}},
        {"2025-07-14", "التقى الرئيس عبد الفتاح السيسي أمس الرئيس رجب طيب أردوغان بعد قطيعة استمرت عشر سنوات.",
         {"meeting/occurred/2025-07-13/Abdel Fattah el-Sisi;Recep Tayyip Erdogan/null/*", NULL}},
        /* EV-13: a contact a span after which the sentence's came (بعد ثلاثة أيام من، بعد أسبوعين
         * من) is a reference point that many days before its day, of the same parties or those
         * after بين; one that names another after its word is that one's contact, on that day too */
        {"2025-02-15T20:00:00+03:00", "أجرى وزير الخارجية الروسي سيرغي لافروف اليوم السبت اتصالا هاتفيا بنظيره الأميركي ماركو روبيو، بعد ثلاثة أيام من المكالمة الهاتفية بين الرئيسين فلاديمير بوتين ودونالد ترامب.",
         {"call/occurred/2025-02-15/Sergey Lavrov;Marco Rubio/*/*", "call/occurred/2025-02-12/Vladimir Putin;Donald Trump/*/*", NULL}},
        {"2025-02-15T20:00:00+03:00", "التقى الرئيس دونالد ترامب الرئيس فلاديمير بوتين اليوم السبت، بعد أسبوعين من اتصالهما الهاتفي.",
         {"meeting/occurred/2025-02-15/Donald Trump;Vladimir Putin/*/*", "call/occurred/2025-02-01/Donald Trump;Vladimir Putin/*/*", NULL}},
        {"2025-02-05T09:00:00+03:00", "اختتم الرئيس أحمد الشرع، مساء أمس الثلاثاء، زيارة إلى تركيا التقى خلالها الرئيس رجب طيب أردوغان في المجمع الرئاسي بأنقرة، وذلك بعد يومين من زيارته إلى المملكة العربية السعودية التي التقى فيها ولي العهد الأمير محمد بن سلمان في الرياض.",
         {"visit/occurred/2025-02-04/Ahmed al-Sharaa;Recep Tayyip Erdogan/*/*", "visit/occurred/2025-02-02/Ahmed al-Sharaa;Mohammed bin Salman/Riyadh/*", NULL}},
        /* (… and غداة, the day after, of a contact that names its two after its word; near-miss:
         * غداة what is no contact) */
        {"2025-08-20T12:00:00+03:00", "- 19 مارس/آذار: اتصال هاتفي بين الرئيس الأميركي دونالد ترامب والرئيس الأوكراني فولوديمير زيلينسكي، غداة مكالمة ترامب مع الرئيس الروسي فلاديمير بوتين.",
         {"call/occurred/2025-03-19/Donald Trump;Volodymyr Zelenskyy/*/*", "call/occurred/2025-03-18/Donald Trump;Vladimir Putin/*/*", NULL}},
        {"2025-08-20T12:00:00+03:00", "- 19 مارس/آذار: اتصال هاتفي بين الرئيس الأميركي دونالد ترامب والرئيس الأوكراني فولوديمير زيلينسكي، غداة الانتخابات.",
         {"call/occurred/2025-03-19/Donald Trump;Volodymyr Zelenskyy/*/*", NULL}},
        /* near-misses: a span after a time, no contact (بعد يومين من الانتخابات); a contact to come
         * after قبل */
        {"2025-02-15T20:00:00+03:00", "التقى الرئيس دونالد ترامب الرئيس فلاديمير بوتين اليوم السبت، بعد يومين من الانتخابات.",
         {"meeting/occurred/2025-02-15/Donald Trump;Vladimir Putin/*/*", NULL}},
        /* EV-13: a contact's noun after قبل, dated in the past after it, is a reference point:
         * the sentence's contact takes no date from it, and the same contact told before is not
         * told again; near-miss: one to come (قبل قمة … غدا) */
        {"2024-11-16", "أجرى المستشار الألماني أولاف شولتس، أمس، اتصالا هاتفيا بالرئيس الروسي فلاديمير بوتين. وفي 2 كانون الأول/ديسمبر 2022، جرى بينهما اتصال كان آخر تواصل مباشر قبل اتصال أمس.",
         {"call/occurred/2024-11-15/Olaf Scholz;Vladimir Putin/*/*", "call/occurred/2022-12-02/Olaf Scholz;Vladimir Putin/*/*", NULL}},
        {"2025-03-01", "يستقبل رئيس الوزراء البريطاني كير ستارمر الرئيس الأوكراني فولوديمير زيلينسكي اليوم في لندن، قبل قمة تجمع زيلينسكي بالرئيس الفرنسي إيمانويل ماكرون غدا.",
         {"visit/planned/2025-03-01/Volodymyr Zelenskyy;Keir Starmer/London/*", "meeting/planned/2025-03-02/Volodymyr Zelenskyy;Emmanuel Macron/*/*", NULL}},
        /* … also over the country it is in that the entry names; near-miss: another country */
        {"2024-09-26", "التقى بايدن زيلينسكي أمس.\\n\\nفيلنيوس، 12 تموز/يوليو 2023: التقى الرئيسان على هامش قمة الحلف في ليتوانيا.",
         {"meeting/occurred/2024-09-25/Joe Biden;Volodymyr Zelenskyy/null/*", "meeting/occurred/2023-07-12/Joe Biden;Volodymyr Zelenskyy/Vilnius/*"}},
        {"2024-09-26", "التقى بايدن زيلينسكي أمس.\\n\\nفيلنيوس، 12 تموز/يوليو 2023: التقى الرئيسان في بولندا.",
         {"meeting/occurred/2024-09-25/Joe Biden;Volodymyr Zelenskyy/null/*", "meeting/occurred/2023-07-12/Joe Biden;Volodymyr Zelenskyy/Poland/*"}},
        {"2022-09-12", "أجرى ماكرون أمس اتصالا هاتفيا ببوتين.\\n\\nموسكو، 3 آذار/مارس 2022: اتصل ماكرون ببوتين.",
         {"call/occurred/2022-09-11/Emmanuel Macron;Vladimir Putin/null/*", "call/occurred/2022-03-03/Emmanuel Macron;Vladimir Putin/null/*"}},
        /* EV-1: the words of a label heading an entry are no trigger or cue when a trigger
         * follows its colon; near-miss: a label that names the parties is the contact */
        {"2024-10-23", "الزيارة المؤجلة: كان من المقرر أن يزور بوتين تركيا ويلتقي أردوغان في شباط/فبراير 2024، إلا أن الزيارة أرجئت إلى موعد لم يحدد.",
         {"visit/cancelled/2024-02/Vladimir Putin;Recep Tayyip Erdogan/Turkey/*"}},
        {"2024-10-23", "قمة ترامب وبوتين: اتفق الرئيسان على عقد لقاء جديد.",
         {"meeting/occurred/null/Donald Trump;Vladimir Putin/null/*", "meeting/planned/null/Donald Trump;Vladimir Putin/null/*"}},
        /* EV-3: a plan a later clause on لكن/إلا أن calls off with a pronoun is called off;
         * near-miss: a later clause that calls nothing off */
        {"2024-10-23", "كان من المقرر أن يلتقي بوتين أردوغان في شباط/فبراير 2024، لكنها ألغيت.",
         {"meeting/cancelled/2024-02/Vladimir Putin;Recep Tayyip Erdogan/null/*"}},
        {"2024-10-23", "من المقرر أن يلتقي بوتين أردوغان في شباط/فبراير 2025، إلا أن الموعد لم يحدد.",
         {"meeting/planned/2025-02/Vladimir Putin;Recep Tayyip Erdogan/null/*"}},
        /* … also one told as set (مقررة) with a past day, and a clause that names who called it
         * off (أعلن إلغاءها); near-miss: إلغاءها/تأجيلها in the contact's own clause, of another */
        {"2025-03-19", "وكانت قمة بين الرئيس الكونغولي فيليكس تشيسيكيدي والرئيس الرواندي بول كاغامي مقررة في لواندا في 15 ديسمبر الماضي، إلا أنها أُلغيت في اللحظة الأخيرة.",
         {"meeting/cancelled/2024-12-15/Félix Tshisekedi;Paul Kagame/Luanda/*", NULL}},
        {"2024-02-13", "وكان مقررا أن يستضيف الملك عبدالله الثاني في عمّان يوم 18 أكتوبر 2023 قمة تضم الرئيس الأميركي جو بايدن، غير أن الأردن أعلن إلغاءها.",
         {"meeting/cancelled/2023-10-18/King Abdullah II;Joe Biden/Amman/*", NULL}},
        {"2024-02-13", "التقى ماكرون تبون في الجزائر وبحثا الزيارة وأعلنا تأجيلها.",
         {"meeting/occurred/null/Emmanuel Macron;Abdelmadjid Tebboune/Algeria/*", NULL}},
        /* … also a plan called off on قبل أن and a passive imperfect (تُرجأ); and a definite noun
         * of the pair told before, set and called off so, is theirs (EV-2, recalled) */
        {"2016-04-22", "وكان من المقرر أن تنطلق المحادثات بين وزير الخارجية اليمني عبدالملك المخلافي ومحمد عبدالسلام في الكويت في 18 أبريل الجاري، قبل أن تُرجأ بسبب تأخر وصول الوفد.",
         {"talks/cancelled/2016-04-18/Abdulmalik al-Mekhlafi;Mohammed Abdulsalam/Kuwait/*", NULL}},
        /* … with the masculine (يُرجأ), and a verb that is active too (تؤجل): no contact after it,
         * the contact before it is its subject, also one of the pair told before; near-miss: a
         * thing named after it that is no contact */
        {"2024-07-09", "وكان لقاء البرهان وآبي أحمد مقررا في يونيو الماضي، قبل أن يُرجأ.",
         {"meeting/cancelled/2024-06/Abdel Fattah al-Burhan;Abiy Ahmed/*/*", NULL}},
        {"2023-11-29", "خبر\\nاستقبل ولي العهد السعودي الأمير محمد بن سلمان أمس في الرياض الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا. وكانت الزيارة مقررة في يوليو الماضي قبل أن تؤجل لأسباب تتعلق بجدول أعمال الرئيس البرازيلي.",
         {"visit/occurred/2023-11-28/*/*/*", "visit/cancelled/2023-07/*/*/*", NULL}},
        {"2024-07-09", "وقال البرهان إنه سيلتقي آبي أحمد قبل أن يُلغى الاتفاق.",
         {"meeting/planned/*/Abdel Fattah al-Burhan;Abiy Ahmed/*/*", NULL}},
        /* … and a definite noun of the pair's contact before the passive that calls it off, in a
         * sentence of its own (EV-2, recalled: "غير أن الزيارة أُلغيت"); near-miss: the noun before
         * the passive of another thing's verb (أُلغيت after الاتفاق) */
        {"2024-05-02", "كان من المقرر أن يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر في 12 مايو ويلتقي الرئيس عبد المجيد تبون. غير أن الزيارة أُلغيت.",
         {"visit/planned/2024-05-12/*/Algeria/*", "visit/cancelled/2024-05-12/Emmanuel Macron;Abdelmadjid Tebboune/Algeria/*", NULL}},
        {"2018-12-01", "كان من المقرر أن يلتقي ترامب بوتين في بوينس آيرس. لكن اللقاء أُرجئ.",
         {"meeting/planned/null/*/Buenos Aires/*", "meeting/cancelled/null/Donald Trump;Vladimir Putin/Buenos Aires/*", NULL}},
        {"2018-12-01", "كان من المقرر أن يلتقي ترامب بوتين في بوينس آيرس. لكن الاتفاق ألغي.",
         {"meeting/planned/null/*/Buenos Aires/*", NULL}},
        /* (near-miss: one of the pair named there: his visit to the other's capital, called off) */
        {"2024-10-01", "تلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من الشيخ مشعل الأحمد الجابر الصباح أمير دولة الكويت. وكان من المقرر أن يزور أمير الكويت القاهرة في سبتمبر الماضي، غير أن الزيارة أرجئت.",
         {"call/occurred/*/*/*/*", "visit/cancelled/2024-09/Mishal Al-Ahmad Al-Jaber Al-Sabah;Abdel Fattah el-Sisi/Cairo/*", NULL}},
        /* (a cue after a visit's purpose on لـ is the visit's: مقررة there sets the visit for its day) */
        {"2004-05-07", "وكانت زيارة الملك عبدالله الثاني إلى واشنطن للقاء الرئيس جورج بوش مقررة في 21 أبريل.",
         {"visit/planned/2004-04-21/King Abdullah II;George W. Bush/Washington, D.C./*", NULL}},
        {"2004-05-07", "وكانت زيارة الملك عبدالله الثاني إلى واشنطن للقاء الرئيس جورج بوش مقررة في 21 أبريل، قبل أن يقرر إرجاءها.",
         {"visit/cancelled/2004-04-21/King Abdullah II;George W. Bush/Washington, D.C./*", NULL}},
        {"2025-01-11T09:00:00+02:00", "يزور رئيس الحكومة نجيب ميقاتي دمشق اليوم السبت للقاء أحمد الشرع.\\n\\nوكانت الزيارة مقررة الأربعاء الماضي، غير أنها أُرجئت بسبب سوء الأحوال الجوية.",
         {"visit/planned/2025-01-11/Najib Mikati;Ahmed al-Sharaa/*/*", "visit/cancelled/2025-01-08/*/*/*", NULL}},
        /* EV-5: a heading's month gives way to the day in its entry; near-miss: a month that
         * heads nothing stays the nearer date (the day is another contact's) */
        {"2024-01-10", "حزيران/يونيو 2023: التقى الزعيمان ماكرون ومحمد بن سلمان مجددا في الإليزيه في 16 حزيران/يونيو.",
         {"visit/occurred/2023-06-16/Mohammed bin Salman;Emmanuel Macron/Elysee Palace, Paris/*"}},
        {"2024-01-10", "التقى ماكرون ومحمد بن سلمان في يونيو 2023 في باريس وأعلنا في 16 يونيو 2023 اتفاقا.",
         {"visit/occurred/2023-06/Mohammed bin Salman;Emmanuel Macron/Paris/*"}},
        /* EV-5: a window that opens at publication (خلال شهرين) gives no date; near-miss: one
         * that ends that day (الليلة) is that day */
        {"2023-03-10T18:00:00+03:00", "ومن المقرر أن يلتقي الأمير فيصل بن فرحان ونظيره الإيراني حسين أمير عبد اللهيان خلال شهرين.",
         {"meeting/planned/null/*/*/*"}},
        {"2020-01-11T10:00:00+03:00", "يستقبل الرئيس الروسي فلاديمير بوتين الليلة في موسكو المستشارة الألمانية أنغيلا ميركل.",
         {"visit/planned/2020-01-11/Angela Merkel;Vladimir Putin/Moscow/*"}},
        /* EV-5: a called-off contact's bare weekday after the word that scheduled it is the next
         * such day when that is nearer the publication (a Wednesday: Thursday next); near-miss: on
         * a Saturday, the Wednesday before (EV-11's Blinken case) */
        {"2024-10-09T15:00:00+02:00", "أرجأ الرئيس الأمريكي جو بايدن زيارته إلى ألمانيا التي كانت مقررة الخميس للقاء المستشار أولاف شولتس.",
         {"visit/cancelled/2024-10-10/Joe Biden;Olaf Scholz/Germany/*"}},
        /* … also of a journey called off with one person named, whose meeting the next sentence
         * tells (its day after في too) */
        {"2023-02-03T20:00:00+03:00", "أرجأ وزير الخارجية الأمريكي أنتوني بلينكن زيارته إلى بكين التي كانت مقررة الأحد. وكان من المقرر أن يلتقي بلينكن خلال الزيارة نظيره الصيني تشين غانغ.",
         {"visit/cancelled/2023-02-05/Antony Blinken;Qin Gang/Beijing/*"}},
        {"2025-06-18T10:00:00+03:00", "أعلنت الرئاسة التركية تأجيل زيارة أردوغان إلى بغداد التي كانت مقررة في 24 يونيو الجاري. وكان من المنتظر أن يلتقي أردوغان خلال الزيارة رئيس الوزراء محمد شياع السوداني.",
         {"visit/cancelled/2025-06-24/Recep Tayyip Erdogan;Mohammed Shia al-Sudani/Baghdad/*", NULL}},
        /* … and of a visit's noun with its visitor right after it, past his title, then إلى and the
         * place; a day before the place after a verb of saying is the telling's when one follows
         * the place in its clause; near-miss: with none after it, the day told is the journey's */
        {"2023-03-25T13:00:00+03:00", "أعلنت الرئاسة البرازيلية اليوم السبت تأجيل زيارة الرئيس لويس إيناسيو لولا دا سيلفا إلى الصين التي كانت مقررة غداً الأحد. وكان من المقرر أن يلتقي لولا خلال الزيارة نظيره الصيني شي جين بينغ.",
         {"visit/cancelled/2023-03-26/Luiz Inácio Lula da Silva;Xi Jinping/China/*", NULL}},
        /* (past a first title the dictionary does not know too) */
        {"2025-02-15T12:30:00+03:00", "أعلنت وزارة الخارجية تأجيل زيارة نائب رئيس مجلس الوزراء وزير الخارجية فؤاد حسين إلى طهران، التي كانت مقررة غداً الأحد. وكان من المقرر أن يلتقي حسين خلال الزيارة نظيره الإيراني عباس عراقجي.",
         {"visit/cancelled/2025-02-16/Fuad Hussein;Abbas Araghchi/Tehran/*", NULL}},
        {"2023-03-25T13:00:00+03:00", "أعلنت الرئاسة البرازيلية اليوم السبت أن زيارة الرئيس لولا إلى الصين ستبدأ غداً الأحد. ومن المقرر أن يلتقي لولا خلال الزيارة نظيره الصيني شي جين بينغ.",
         {"visit/planned/2023-03-26/Luiz Inácio Lula da Silva;Xi Jinping/China/*", NULL}},
        {"2023-03-25T13:00:00+03:00", "أعلنت الرئاسة البرازيلية اليوم السبت أن الرئيس لولا سيزور الصين. ومن المقرر أن يلتقي لولا خلال الزيارة نظيره الصيني شي جين بينغ.",
         {"visit/planned/2023-03-25/Luiz Inácio Lula da Silva;Xi Jinping/China/*", NULL}},
        /* a place whose name opens like a future verb (سيتشوان) makes no plan: the weekday is the
         * last one, the visit done */
        {"2023-07-27T10:00:00+03:00", "استقبل الرئيس الصيني شي جين بينغ، الخميس، الرئيس الإندونيسي جوكو ويدودو في مقاطعة سيتشوان.",
         {"visit/occurred/2023-07-27/Joko Widodo;Xi Jinping/*/*", NULL}},
        /* EV-2: a dual of count is two contacts, each of the one named first with one of the other
         * two, made, received or sent; near-miss: one call with two others is one three-party call */
        {"2025-03-11", "أجرى الرئيس التركي رجب طيب أردوغان اتصالين هاتفيين مع الرئيس الروسي فلاديمير بوتين والرئيس الأوكراني فولوديمير زيلينسكي أمس.",
         {"call/occurred/2025-03-10/Recep Tayyip Erdogan;Vladimir Putin/*/*", "call/occurred/2025-03-10/Recep Tayyip Erdogan;Volodymyr Zelenskyy/*/*"}},
        {"2025-03-11", "تلقى ولي العهد الأمير محمد بن سلمان اتصالين هاتفيين من الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني كير ستارمر.",
         {"call/occurred/*/Emmanuel Macron;Mohammed bin Salman/*/*", "call/occurred/*/Keir Starmer;Mohammed bin Salman/*/*"}},
        {"2025-03-11", "بعث الملك سلمان بن عبدالعزيز برقيتي تهنئة إلى الرئيس الأمريكي دونالد ترامب ونائبه جي دي فانس.",
         {"message/occurred/*/King Salman;Donald Trump/*/*", "message/occurred/*/King Salman;JD Vance/*/*"}},
        /* … of one after the dual with each of two joined by و before it */
        {"2024-09-11", "بعث الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي «رعاه الله»، والشيخ منصور بن زايد آل نهيان نائب رئيس الدولة، برقيتي تعزية إلى الرئيس النيجيري بولا أحمد تينوبو.",
         {"message/occurred/*/Mohammed bin Rashid Al Maktoum;Bola Tinubu/*/*", "message/occurred/*/Mansour bin Zayed Al Nahyan;Bola Tinubu/*/*"}},
        /* … and a plural of count on a day told, one with each of those named; near-miss: on no
         * day, a count */
        {"2025-03-31", "تبادل الشيخ تميم بن حمد آل ثاني التهاني بحلول عيد الفطر المبارك، في اتصالات هاتفية أمس، مع كل من: خادم الحرمين الشريفين الملك سلمان، والشيخ محمد بن زايد، والرئيس رجب طيب أردوغان.",
         {"call/occurred/2025-03-30/Tamim bin Hamad Al Thani;King Salman/*/*", "call/occurred/2025-03-30/Tamim bin Hamad Al Thani;Mohamed bin Zayed Al Nahyan/*/*",
          "call/occurred/2025-03-30/Tamim bin Hamad Al Thani;Recep Tayyip Erdogan/*/*"}},
        {"2025-03-31", "تلقى الرئيس السيسي أمس اتصالات هاتفية من الملك سلمان والشيخ محمد بن زايد والرئيس رجب طيب أردوغان.",
         {"call/occurred/2025-03-30/King Salman;Abdel Fattah el-Sisi/*/*", "call/occurred/2025-03-30/Mohamed bin Zayed Al Nahyan;Abdel Fattah el-Sisi/*/*",
          "call/occurred/2025-03-30/Recep Tayyip Erdogan;Abdel Fattah el-Sisi/*/*"}},
        {"2025-03-31", "بعث الملك سلمان اليوم برقيات تهنئة إلى الرئيس السيسي والرئيس تبون والرئيس قيس سعيد.",
         {"message/occurred/2025-03-31/King Salman;Abdel Fattah el-Sisi/*/*", "message/occurred/2025-03-31/King Salman;Abdelmadjid Tebboune/*/*",
          "message/occurred/2025-03-31/King Salman;Kais Saied/*/*"}},
        {"2025-03-31", "أجرى الشيخ تميم اتصالات هاتفية مع الملك سلمان والشيخ محمد بن زايد والرئيس أردوغان خلال الأشهر الماضية.", {NULL}},
        /* … the day set off by commas before it; near-miss: the day of one who says it, before إن */
        {"2023-06-28", "تلقى الرئيس محمود عباس، اليوم الأربعاء، اتصالات هاتفية من الملك عبد الله الثاني والرئيس عبد الفتاح السيسي والرئيس قيس سعيد.",
         {"call/occurred/2023-06-28/King Abdullah II;Mahmoud Abbas/*/*", "call/occurred/2023-06-28/Abdel Fattah el-Sisi;Mahmoud Abbas/*/*",
          "call/occurred/2023-06-28/Kais Saied;Mahmoud Abbas/*/*"}},
        {"2024-06-19", "قال دميتري بيسكوف، اليوم الأربعاء، إن الرئيس فلاديمير بوتين أجرى أكثر من عشرة اتصالات هاتفية مع الرئيس الفرنسي إيمانويل ماكرون.", {NULL}},
        {"2025-03-11", "أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين والرئيس الأوكراني فولوديمير زيلينسكي أمس.",
         {"call/occurred/2025-03-10/Recep Tayyip Erdogan;Vladimir Putin;Volodymyr Zelenskyy/*/*"}},
        /* EV-2: one who thanks another for hosting or organizing a contact told before takes no
         * part, nor does the one thanked; near-miss: the meeting at which he thanks him */
        {"2025-10-14", "ووجه الملك عبدالله الثاني الشكر للرئيس المصري عبد الفتاح السيسي على استضافة القمة.", {NULL}},
        {"2024-10-23", "وشكر ناريندرا مودي الرئيس فلاديمير بوتين على حسن تنظيم القمة.", {NULL}},
        {"2024-10-23", "التقى ناريندرا مودي الرئيس فلاديمير بوتين في قازان أمس، وشكره على حسن تنظيم القمة.",
         {"meeting/occurred/2024-10-22/Narendra Modi;Vladimir Putin/Kazan/*"}},
        /* EV-2: a mediator (بوساطة) takes no part; company set off by commas (مرفوقا بـ) ends at its
         * closing comma: the guest after it is a party, and the date and place there the contact's */
        {"2025-04-13", "عقدت في مسقط أمس محادثات غير مباشرة بين عباس عراقجي وستيف ويتكوف بوساطة بدر البوسعيدي.",
         {"talks/occurred/2025-04-12/Abbas Araghchi;Steve Witkoff/Muscat/*"}},
        {"2024-12-20", "استقبل الملك محمد السادس، مرفوقا بولي العهد الأمير مولاي الحسن، اليوم الجمعة بالدار البيضاء، الرئيس محمد ولد الشيخ الغزواني.",
         {"visit/occurred/2024-12-20/Mohamed Ould Ghazouani;King Mohammed VI/Casablanca/*"}},
        /* EV-4: فند (refuted) and مزعومة (alleged) deny; many (كثيرة) is no one contact; EV-1: the
         * strategic dialogue is talks */
        {"2025-12-11", "فند مصدر مسؤول ما روجته وسائل إعلام بشأن مكالمة هاتفية بين الرئيس عبد المجيد تبون والشيخ محمد بن زايد.",
         {"call/denied/*/Abdelmadjid Tebboune;Mohamed bin Zayed Al Nahyan/*/*"}},
        {"2025-12-11", "تحدثت وسائل إعلام عن مكالمة هاتفية مزعومة بين الرئيس عبد المجيد تبون والشيخ محمد بن زايد.",
         {"call/denied/*/Abdelmadjid Tebboune;Mohamed bin Zayed Al Nahyan/*/*"}},
        {"2025-07-09", "قال دونالد ترامب إنه أجرى محادثات كثيرة مع فلاديمير بوتين.", {NULL}},
        {"2025-07-03", "عقدت كايا كالاس ووانغ يي أمس في بروكسل الجولة الثالثة عشرة من الحوار الاستراتيجي بين الجانبين.",
         {"talks/occurred/2025-07-02/Kaja Kallas;Wang Yi/Brussels/*"}},
        /* EV-2: one who proposes or urges a contact between the one he asks and another named
         * right after its word takes no part, nor is its initiator; near-misses: one asked to
         * meet him, one present after بحضور, urging on على something else */
        {"2019-09-24", "واقترح ماكرون على روحاني عقد لقاء مع الرئيس الأمريكي دونالد ترامب.",
         {"meeting/proposed/null/Hassan Rouhani;Donald Trump/*/*", NULL}},
        {"2019-09-24", "وقال بوتين إن ماكرون اقترح على روحاني عقد لقاء مع الرئيس الأمريكي دونالد ترامب.",
         {"meeting/proposed/null/Hassan Rouhani;Donald Trump/*/*", NULL}},
        {"2019-09-24", "وحث ماكرون روحاني على لقاء الرئيس الأمريكي دونالد ترامب.",
         {"meeting/proposed/null/Hassan Rouhani;Donald Trump/*/*", NULL}},
        {"2019-09-24", "واقترح ماكرون على روحاني لقاءه في باريس.",
         {"visit/proposed/null/Emmanuel Macron;Hassan Rouhani/Paris/*", NULL}},
        {"2019-09-24", "دعا بوتين ترامب إلى لقاء في موسكو بحضور أردوغان.",
         {"visit/proposed/null/Vladimir Putin;Donald Trump/Moscow/*", NULL}},
        {"2019-09-24", "حث الرئيس الفرنسي على إصلاح الاقتصاد خلال لقائه بوتين.",
         {"meeting/occurred/null/Emmanuel Macron;Vladimir Putin/*/*", NULL}},
        /* EV-2: one at whose invitation two others met takes no part; near-miss: with one other
         * named, the host */
        {"2020-02-04T09:00:00+03:00", "التقى رئيس مجلس السيادة عبد الفتاح البرهان، أمس الاثنين، رئيس الوزراء الإسرائيلي بنيامين نتنياهو في مدينة عنتيبي، بدعوة من الرئيس الأوغندي يويري موسيفيني.",
         {"meeting/occurred/2020-02-03/Abdel Fattah al-Burhan;Benjamin Netanyahu/Entebbe/*"}},
        {"2022-08-26T09:00:00+03:00", "يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر غدا تلبية لدعوة من الرئيس عبد المجيد تبون.",
         {"visit/planned/2022-08-27/Emmanuel Macron;Abdelmadjid Tebboune/Algeria/*"}},
        /* (the weak phrase of one heading there, its subject before it: يتوجه إلى) */
        {"2024-03-31T13:00:00+03:00", "أعلن المكتب الإعلامي اليوم أن رئيس الوزراء العراقي محمد شياع السوداني سيتوجه إلى العاصمة الأمريكية واشنطن في الخامس عشر من نيسان المقبل، تلبية لدعوة رسمية من الرئيس الأمريكي جو بايدن.",
         {"visit/planned/2024-04-15/Mohammed Shia al-Sudani;Joe Biden/Washington, D.C./*", NULL}},
        /* (… and with the traveller between the verb and إلى, when an invitation follows; near-miss:
         * no invitation, his arrival) */
        {"2024-03-31T13:00:00+03:00", "وصل رئيس الوزراء العراقي محمد شياع السوداني اليوم إلى واشنطن بدعوة من الرئيس الأمريكي جو بايدن. وكان السوداني قد التقى بايدن في نيويورك في أيلول الماضي.",
         {"visit/occurred/2024-03-31/Mohammed Shia al-Sudani;Joe Biden/Washington, D.C./*", "visit/occurred/2023-09/Mohammed Shia al-Sudani;Joe Biden/New York City/*", NULL}},
        {"2024-03-31T13:00:00+03:00", "وصل رئيس الوزراء العراقي محمد شياع السوداني اليوم إلى واشنطن مع وفد وزاري. وكان السوداني قد التقى بايدن في نيويورك في أيلول الماضي.",
         {"visit/occurred/2023-09/Mohammed Shia al-Sudani;Joe Biden/New York City/*", NULL}},
        /* near-miss: one heading there alone */
        {"2024-03-31T13:00:00+03:00", "أعلن المكتب الإعلامي اليوم أن رئيس الوزراء العراقي محمد شياع السوداني سيتوجه إلى العاصمة الأمريكية واشنطن في الخامس عشر من نيسان المقبل.",
         {NULL}},
        /* EV-2: an invitation one carried (نقل، سلم … دعوة من X) is between X and the one it was
         * brought to, the carrier no party; near-miss: one received with no carrier */
        {"2025-01-23", "استقبل الرئيس جوزاف عون اليوم في قصر بعبدا وزير الخارجية السعودي الأمير فيصل بن فرحان، الذي نقل إليه دعوة من ولي العهد الأمير محمد بن سلمان لزيارة المملكة العربية السعودية.",
         {"visit/occurred/2025-01-23/Faisal bin Farhan Al Saud;Joseph Aoun/*/*", "visit/proposed/null/Joseph Aoun;Mohammed bin Salman/*/*", NULL}},
        {"2025-01-23", "ونقل وزير الخارجية أيمن الصفدي إلى الرئيس أحمد الشرع دعوة من الملك عبدالله الثاني لزيارة الأردن.",
         {"visit/proposed/null/Ahmed al-Sharaa;King Abdullah II/Jordan/*", NULL}},
        {"2025-01-23", "وتلقى الرئيس أحمد الشرع دعوة من الملك عبدالله الثاني لزيارة الأردن.",
         {"visit/proposed/null/Ahmed al-Sharaa;King Abdullah II/Jordan/*", NULL}},
        /* EV-2: one whose death is the occasion, past المغفور له, takes no part */
        {"2020-01-15T17:00:00+04:00", "استقبل السلطان هيثم بن طارق اليوم رئيس وزراء اليابان شينزو آبي، الذي قدم تعازيه في وفاة المغفور له بإذن الله تعالى السلطان قابوس بن سعيد.",
         {"visit/occurred/2020-01-15/Shinzo Abe;Haitham bin Tariq/null/*", NULL}},
        /* EV-2: a sponsor (برعاية، تحت رعاية) takes no part */
        {"2023-03-10T18:00:00+03:00", "اختتم مساعد العيبان وعلي شمخاني اليوم محادثات في بكين برعاية وزير الخارجية الصيني وانغ يي.",
         {"talks/occurred/2023-03-10/Musaed Al-Aiban;Ali Shamkhani/Beijing/*"}},
        /* ENT-9: a named principal after an agent's title takes no part */
        {"2025-03-12T10:00:00+02:00", "قال مكتب نتنياهو إن المبعوث الخاص للرئيس الأمريكي دونالد ترامب، ستيف ويتكوف، التقى بنيامين نتنياهو في القدس اليوم.",
         {"meeting/occurred/2025-03-12/Steve Witkoff;Benjamin Netanyahu/Jerusalem/*"}},
        /* EV-6: a meeting held by video (اجتماعا افتراضيا، اجتماعا عبر الاتصال المرئي) has no
         * initiator; near-miss: a video call (اتصالا مرئيا) has its caller */
        {"2025-03-03T10:00:00+04:00", "عقد الشيخ محمد بن زايد آل نهيان أمس اجتماعا افتراضيا مع الرئيس الفرنسي إيمانويل ماكرون.",
         {"video_call/occurred/2025-03-02/Mohamed bin Zayed Al Nahyan;Emmanuel Macron/null/*"}},
        {"2025-03-03T10:00:00+04:00", "أجرى الشيخ محمد بن زايد آل نهيان أمس اتصالا مرئيا مع الرئيس الفرنسي إيمانويل ماكرون.",
         {"video_call/occurred/2025-03-02/Mohamed bin Zayed Al Nahyan;Emmanuel Macron/null/*"}},
        /* EV-4: met "more than once" is history, no event */
        {"2025-03-03T10:00:00+03:00", "قال الرئيس التركي رجب طيب أردوغان إنه التقى الرئيس عبد الفتاح السيسي أكثر من مرة خلال السنوات الماضية.", {NULL}},
        /* … and so are contacts told as a habit (بشكل منتظم، باستمرار، دائما); near-miss: one call */
        {"2026-02-10T10:00:00+01:00", "وأوضح المستشار الألماني فريدريش ميرتس أنه يتحدث مع الرئيس الأميركي دونالد ترامب «بشكل منتظم»، وأن هذه المحادثات «صريحة دائما».", {NULL}},
        {"2026-02-10T10:00:00+01:00", "وأوضح المستشار الألماني فريدريش ميرتس أنه يتواصل مع الرئيس الأميركي دونالد ترامب باستمرار.", {NULL}},
        {"2026-02-10T10:00:00+01:00", "وأوضح المستشار الألماني فريدريش ميرتس أنه تحدث مع الرئيس الأميركي دونالد ترامب هاتفيا أمس.",
         {"call/occurred/2026-02-09/Friedrich Merz;Donald Trump/*/*"}},
        /* EV-5: a subject's name set off by commas after his title, past a rank of two words
         * ("، الفريق أول عبد الفتاح البرهان،"), leaves the date after it the contact's */
        {"2024-02-14T11:00:00+03:00", "استقبل رئيس مجلس السيادة، الفريق أول عبد الفتاح البرهان، يوم الأحد، المبعوث الأممي رمطان لعمامرة.",
         {"visit/occurred/2024-02-11/Ramtane Lamamra;Abdel Fattah al-Burhan/*/*"}},
        /* EV-5: a palace set off by commas before the date, also set off ("، في قصر بغداد، أمس،") */
        {"2025-05-19T10:00:00+03:00", "استقبل الرئيس عبد اللطيف جمال رشيد، في قصر بغداد، أمس، الرئيس التركي رجب طيب أردوغان.",
         {"visit/occurred/2025-05-18/Recep Tayyip Erdogan;Abdul Latif Rashid/Baghdad/*"}},
        /* EV-11: a sentence that tells one contact by two words, each with the same day (the
         * Hijri date and the Gregorian one after الموافق), is one event */
        {"2025-03-15T10:00:00+03:00", "من المقرر أن يستقبل الأمير محمد بن سلمان، في جدة يوم الخميس 20 رمضان 1446هـ الموافق 20 مارس 2025م، الرئيس الفرنسي إيمانويل ماكرون، في زيارة رسمية للمملكة.",
         {"visit/planned/2025-03-20/Emmanuel Macron;Mohammed bin Salman/Jeddah/*"}},
        /* EV-6: the masdar of receiving with its host in the genitive: the guest after it, on لـ
         * or not; near-miss: after في the host is كان's subject (tested with EV-10) */
        {"2025-01-29T10:00:00+03:00", "وجرى ذلك خلال استقبال الملك عبدالله الثاني لوزير الخارجية الإيراني عباس عراقجي في عمان أمس.",
         {"visit/occurred/2025-01-28/Abbas Araghchi;King Abdullah II/Amman/*"}},
        /* … a pronoun of honour the host, the guest after adjuncts set off by a comma; near-miss:
         * a host named in full keeps the clause whole */
        {"2025-10-12T14:00:00+03:00", "التقى الأمير فيصل بن فرحان وزير الخارجية اليوم عددا من المسؤولين.\\n\\nجاء ذلك خلال استقبال سموه في مقر الوزارة بالرياض اليوم، معالي وزير الخارجية الجزائري أحمد عطاف.",
         {"visit/occurred/2025-10-12/Ahmed Attaf;Faisal bin Farhan Al Saud/Riyadh/*"}},
        /* EV-17: honorifics before the sender and the recipient of a message a carrier hands over
         * (جلالة، حضرة صاحب الجلالة، فخامة) stand between them and من/إلى */
        {"2025-05-26T10:00:00+04:00", "نقل وزير الخارجية العماني بدر البوسعيدي رسالة من حضرة صاحب الجلالة السلطان هيثم بن طارق إلى فخامة الرئيس رجب طيب أردوغان، خلال لقائهما في أنقرة أمس.",
         {"message/occurred/2025-05-25/Haitham bin Tariq;Recep Tayyip Erdogan/null/*", "meeting/occurred/2025-05-25/Badr Albusaidi;Recep Tayyip Erdogan/Ankara/*"}},
        /* … and so do الشيخ and السيد, which the name leaves out ("من الشيخ محمد بن زايد إلى الرئيس …") */
        {"2023-03-10T10:00:00+04:00", "نقل وزير الخارجية الإماراتي عبد الله بن زايد رسالة من الشيخ محمد بن زايد إلى الرئيس السوري بشار الأسد خلال لقائه به في دمشق اليوم.",
         {"message/occurred/2023-03-10/Mohamed bin Zayed Al Nahyan;Bashar al-Assad/null/*", "meeting/occurred/2023-03-10/Abdullah bin Zayed Al Nahyan;Bashar al-Assad/Damascus/*"}},
        /* EV-6: a kinship epithet (أخيه، شقيقه) between من and the inviter: the invited visitor is
         * the other */
        {"2025-06-01T10:00:00+01:00", "تسلم الرئيس قيس سعيد رسالة من أخيه الرئيس الجزائري عبد المجيد تبون تتضمن دعوة لزيارة الجزائر.",
         {"message/occurred/null/Abdelmadjid Tebboune;Kais Saied/null/*", "visit/proposed/null/Kais Saied;Abdelmadjid Tebboune/Algeria/*"}},
        /* EV-5: a date inside what a denial says, after its أن, is the denied contact's; near-miss:
         * one before the أن is the denial's */
        {"2025-02-20T10:00:00+03:00", "نفى الكرملين أن يكون الرئيس فلاديمير بوتين أجرى أمس اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون.",
         {"call/denied/2025-02-19/Vladimir Putin;Emmanuel Macron/null/*"}},
        {"2025-02-20T10:00:00+03:00", "نفى الكرملين أمس أن يكون الرئيس فلاديمير بوتين أجرى اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون.",
         {"call/denied/null/Vladimir Putin;Emmanuel Macron/null/*"}},
        /* EV-2: an honorific pronoun (ENT-11) is a party: the sender the rank names, the other
         * party a president */
        {"2025-03-10T10:00:00+03:00", "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة للرئيس اللبناني جوزيف عون. كما بعث جلالته برقية تعزية لأمير الكويت الشيخ مشعل الأحمد الجابر الصباح.",
         {"message/occurred/null/King Salman;Joseph Aoun/null/*", "message/occurred/null/King Salman;Mishal Al-Ahmad Al-Jaber Al-Sabah/null/*"}},
        /* EV-5: … also after تلقى ("كما تلقى سموه اتصالا هاتفيا آخر من …") */
        {"2025-06-24T10:00:00+03:00", "تلقى الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى اتصالا هاتفيا، مساء اليوم، من الرئيس دونالد ترامب. وجرى خلال الاتصال استعراض الأوضاع. كما تلقى سموه اتصالا هاتفيا آخر من الرئيس رجب طيب أردوغان.",
         {"call/occurred/2025-06-24/Donald Trump;Tamim bin Hamad Al Thani/null/*", "call/occurred/2025-06-24/Recep Tayyip Erdogan;Tamim bin Hamad Al Thani/null/*"}},
        /* EV-5: one of the same type told after كما right before its verb, or as a similar one,
         * with no date of its own, takes the day of the one before; near-misses: its own date,
         * and كما before another verb */
        {"2025-02-25T10:00:00+03:00", "بعث جلالة الملك عبدالله الثاني اليوم الثلاثاء برقية تهنئة إلى الشيخ مشعل الأحمد الجابر الصباح. كما بعث سمو الأمير الحسين بن عبدالله الثاني ولي العهد برقية تهنئة إلى الشيخ مشعل الأحمد الجابر الصباح.",
         {"message/occurred/2025-02-25/King Abdullah II;Mishal Al-Ahmad Al-Jaber Al-Sabah/null/*", "message/occurred/2025-02-25/Crown Prince Hussein of Jordan;Mishal Al-Ahmad Al-Jaber Al-Sabah/null/*"}},
        {"2025-02-25T10:00:00+03:00", "بعث جلالة الملك عبدالله الثاني اليوم الثلاثاء برقية تهنئة إلى الشيخ مشعل الأحمد الجابر الصباح. كما بعث سمو الأمير الحسين بن عبدالله الثاني ولي العهد أمس برقية تهنئة إلى الشيخ مشعل الأحمد الجابر الصباح.",
         {"message/occurred/2025-02-25/*/null/*", "message/occurred/2025-02-24/*/null/*"}},
        /* (… and a message to the one the last was sent to, its verb opening the sentence on و;
         * near-miss: to another, the day its own) */
        {"2017-05-08T10:00:00+03:00", "بعث الملك سلمان بن عبدالعزيز اليوم برقية تهنئة للرئيس إيمانويل ماكرون. وبعث الأمير محمد بن سلمان برقية تهنئة للرئيس ماكرون.",
         {"message/occurred/2017-05-08/King Salman;Emmanuel Macron/null/*", "message/occurred/2017-05-08/Mohammed bin Salman;Emmanuel Macron/null/*", NULL}},
        /* (هو الآخر, "he too", is no ordinal of the one told before) */
        {"2019-10-14T10:00:00+03:00", "بعث الرئيس العراقي برهم صالح اليوم برقية تهنئة إلى الرئيس التونسي قيس سعيد. وبعث رئيس مجلس النواب محمد الحلبوسي هو الآخر برقية تهنئة إلى الرئيس قيس سعيد.",
         {"message/occurred/2019-10-14/Barham Salih;Kais Saied/null/*", "message/occurred/2019-10-14/Mohamed al-Halbousi;Kais Saied/null/*", NULL}},
        {"2017-05-08T10:00:00+03:00", "بعث الملك سلمان بن عبدالعزيز اليوم برقية تهنئة للرئيس إيمانويل ماكرون. وبعث الأمير محمد بن سلمان برقية تهنئة للمستشارة أنغيلا ميركل.",
         {"message/occurred/2017-05-08/King Salman;Emmanuel Macron/null/*", "message/occurred/null/Mohammed bin Salman;Angela Merkel/null/*", NULL}},
        {"2025-02-25T10:00:00+03:00", "التقى الملك عبدالله الثاني اليوم الرئيس محمود عباس في عمان. كما أن الملك عبدالله الثاني كان قد التقى الرئيس عبد الفتاح السيسي في القاهرة.",
         {"visit/occurred/2025-02-25/*/Amman/*", "visit/occurred/null/*/Cairo/*"}},
        /* EV-5: the comma agency copy sets between a verb's subject and its object (the other
         * person, maybe after an honorific, with his titles, time and place) does not end the
         * clause, nor does one around نيابة عن and a principal: the date after the object is the
         * contact's */
        {"2023-12-16T19:00:00+04:00", "التقى السلطان هيثم بن طارق، ناريندرا مودي اليوم.",
         {"meeting/occurred/2023-12-16/Haitham bin Tariq;Narendra Modi/null/*", NULL}},
        {"2025-12-05T12:00:00+04:00", "استقبل الشيخ محمد بن زايد آل نهيان، دولة السيد أنور إبراهيم رئيس وزراء ماليزيا أمس.",
         {"visit/occurred/2025-12-04/Anwar Ibrahim;Mohamed bin Zayed Al Nahyan/*/*", NULL}},
        {"2024-05-10", "التقى الرئيس عبد الفتاح السيسي، الرئيس الفرنسي إيمانويل ماكرون في باريس أمس.",
         {"visit/occurred/2024-05-09/Abdel Fattah el-Sisi;Emmanuel Macron/Paris/*", NULL}},
        /* … also with an epithet after the subject's name (the place and time set off after the
         * object are the contact's adjuncts) */
        {"2023-12-16T19:00:00+04:00", "التقى حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم، دولة السيد ناريندرا مودي رئيس وزراء جمهورية الهند، في حيدر آباد هاوس بنيودلهي اليوم.",
         {"visit/occurred/2023-12-16/Haitham bin Tariq;Narendra Modi/Hyderabad House, New Delhi/*", NULL}},
        {"2023-06-01T12:00:00+03:00", "استقبل الأمير خالد بن سلمان، نيابة عن خادم الحرمين الشريفين، الرئيس فولوديمير زيلينسكي في الرياض اليوم.",
         {"visit/occurred/2023-06-01/Volodymyr Zelenskyy;Khalid bin Salman/Riyadh/*", NULL}},
        /* EV-14: a meeting whose clause names its subject alone, before a clause on قبل أن or ثم
         * that tells the next contact and whom it was with: no contact of its own; near-miss: one
         * whose clause names two stays */
        {"2019-01-16T10:00:00+03:00", "ومن المقرر أن يلتقي غير بيدرسن ممثلين عن المعارضة في الرياض، قبل أن يزور موسكو يوم الاثنين المقبل للقاء سيرغي لافروف.",
         {"visit/planned/2019-01-21/Geir Pedersen;Sergey Lavrov/Moscow/*", NULL}},
        {"2019-01-16T10:00:00+03:00", "التقى غير بيدرسن أمس ممثلين عن المعارضة في الرياض، ثم التقى سيرغي لافروف في موسكو.",
         {"meeting/occurred/*/Geir Pedersen;Sergey Lavrov/Moscow/*", NULL}},
        {"2019-01-16T10:00:00+03:00", "التقى غير بيدرسن أمس وليد المعلم في دمشق، قبل أن يزور موسكو للقاء سيرغي لافروف.",
         {"meeting/occurred/2019-01-15/Geir Pedersen;Walid Muallem/Damascus/*", "visit/occurred/2019-01-15/Geir Pedersen;Sergey Lavrov/Moscow/*", NULL}},
        /* EV-14: a later clause with a date of its own naming a new person beside one of the
         * first's has those two; told as a similar one (مماثل) with one new person, he and the
         * first's other party, his clause telling who acted */
        {"2025-05-17T09:00:00+03:00", "هنأ الرئيس المصري عبد الفتاح السيسي ترامب في اتصال هاتفي في السابع من نوفمبر 2024، فيما بعث الملك سلمان بن عبد العزيز برقية تهنئة إلى ترامب يوم الاثنين.",
         {"call/occurred/2024-11-07/Abdel Fattah el-Sisi;Donald Trump/null/*", "message/occurred/2025-05-12/King Salman;Donald Trump/null/*"}},
        {"2025-05-17T09:00:00+03:00", "تلقى رئيس الوزراء الهندي ناريندرا مودي أمس اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب، فيما أجرى الرئيس الروسي فلاديمير بوتين اتصالا مماثلا صباح اليوم.",
         {"call/occurred/2025-05-16/Donald Trump;Narendra Modi/null/*", "call/occurred/2025-05-17/Vladimir Putin;Narendra Modi/null/*"}},
        /* … and one with no date of its own whose clause names its subject has its own parties,
         * on the first's day after فيما; near-miss: with no subject of its own (أعقبه), the
         * first's subject with the one named there */
        {"2025-05-14T09:00:00+03:00", "التقى الرئيس الفرنسي إيمانويل ماكرون اليوم الرئيس عبد الفتاح السيسي، فيما عقد ولي العهد السعودي الأمير محمد بن سلمان لقاء مع رئيسة الوزراء الإيطالية جورجا ميلوني.",
         {"meeting/occurred/2025-05-14/Emmanuel Macron;Abdel Fattah el-Sisi/*/*", "meeting/occurred/2025-05-14/Mohammed bin Salman;Giorgia Meloni/*/*"}},
        {"2025-05-14T09:00:00+03:00", "أجرى الرئيس الأمريكي دونالد ترامب اليوم اتصالا هاتفيا بالرئيس الأوكراني فولوديمير زيلينسكي، أعقبه اتصال بالرئيس الفرنسي إيمانويل ماكرون.",
         {"call/occurred/2025-05-14/Donald Trump;Volodymyr Zelenskyy/*/*", "call/occurred/*/Donald Trump;Emmanuel Macron/*/*"}},
        /* … a clause on حيث right before its verb has the sentence's subject, and a later clause
         * with a date of its own whose light verb's noun names one new person after it is that
         * subject's contact with him */
        {"2023-07-18T09:00:00+03:00", "وبدأ الرئيس التركي رجب طيب أردوغان جولته يوم الاثنين من جدة، حيث استقبله ولي العهد السعودي الأمير محمد بن سلمان في قصر السلام، قبل أن ينتقل الثلاثاء إلى الدوحة ويعقد مباحثات مع أمير قطر الشيخ تميم بن حمد آل ثاني.",
         {"visit/occurred/2023-07-17/Recep Tayyip Erdogan;Mohammed bin Salman/Al Salam Palace, Jeddah/*", "talks/occurred/2023-07-18/Recep Tayyip Erdogan;Tamim bin Hamad Al Thani/Doha/*"}},
        {"2024-08-29T09:00:00+03:00", "وكان رئيس الوزراء الإسباني بيدرو سانشيز قد بدأ جولته الثلاثاء من نواكشوط، حيث أجرى مباحثات مع الرئيس الموريتاني محمد ولد الشيخ الغزواني، ثم توجه الأربعاء إلى بانجول والتقى الرئيس الغامبي أداما بارو.",
         {"visit/occurred/2024-08-27/Pedro Sánchez;Mohamed Ould Ghazouani/Nouakchott/*", "meeting/occurred/2024-08-28/Pedro Sánchez;Adama Barrow/Banjul/*"}},
        /* near-miss: حيث before another verb, its subject its own (الاثنان: all three; the
         * reception itself is lost here, a known failure) */
        {"2025-08-13T20:00:00+02:00", "استقبل المستشار الألماني فريدريش ميرتس، الأربعاء، الرئيس الأوكراني فولوديمير زيلينسكي في دار المستشارية ببرلين، حيث شارك الاثنان في اجتماع افتراضي مع الرئيس الأمريكي دونالد ترامب.",
         {"video_call/occurred/2025-08-13/Friedrich Merz;Volodymyr Zelenskyy;Donald Trump/null/*"}},
        /* EV-1: a contact named at the sentence's start as the time of another told after it is
         * no contact of its own */
        {"2025-10-14T09:00:00+03:00", "وقبيل انطلاق القمة، عقد الرئيس عبد الفتاح السيسي لقاء ثنائيا مع الرئيس الأمريكي دونالد ترامب، أعقبه لقاء مع المستشار الألماني فريدريش ميرتس.",
         {"meeting/occurred/null/Abdel Fattah el-Sisi;Donald Trump/*/*", "meeting/occurred/null/Abdel Fattah el-Sisi;Friedrich Merz/*/*"}},
        /* EV-5: one told during a contact named as one told before, at the sentence's start,
         * takes the day of the last dated one; near-miss: with a date of its own, its own */
        {"2025-05-17T09:00:00+03:00", "استقبل الرئيس الفرنسي إيمانويل ماكرون أمس الرئيس اللبناني جوزاف عون في قصر الإليزيه. وخلال اللقاء، أجرى الرئيسان اتصالا مرئيا مع الرئيس السوري أحمد الشرع.",
         {"visit/occurred/2025-05-16/Joseph Aoun;Emmanuel Macron/Elysee Palace, Paris/*", "video_call/occurred/2025-05-16/*/null/*"}},
        {"2025-05-17T09:00:00+03:00", "استقبل الرئيس الفرنسي إيمانويل ماكرون أمس الرئيس اللبناني جوزاف عون في قصر الإليزيه. وخلال اللقاء، أجرى الرئيسان صباح اليوم اتصالا مرئيا مع الرئيس السوري أحمد الشرع.",
         {"visit/occurred/2025-05-16/Joseph Aoun;Emmanuel Macron/Elysee Palace, Paris/*", "video_call/occurred/2025-05-17/*/null/*"}},
        /* EV-14: a clause on كما whose verb has no subject of its own has its own persons and the
         * subject of the contact before; that one keeps its own clause's, and the date in the
         * trigger's own clause beats one in the clause before */
        {"2025-05-17T09:00:00+03:00", "وكان ستارمر قد التقى محمد بن زايد في لندن في سبتمبر 2024، كما استقبل في داونينغ ستريت أمير قطر الشيخ تميم بن حمد آل ثاني في ديسمبر 2024.",
         {"visit/occurred/2024-12/Tamim bin Hamad Al Thani;Keir Starmer/Downing Street, London/*", "meeting/occurred/2024-09/Keir Starmer;Mohamed bin Zayed Al Nahyan/London/*"}},
        /* … also when the first's object follows a date set off by commas: the first's clause
         * goes on there, and the one on كما has no subject before its verb; near-miss: with no
         * later contact, the persons after the date are all the first's */
        {"2024-12-20T09:00:00+03:00", "التقى الرئيس عبد الفتاح السيسي، الخميس، الرئيس الإندونيسي برابوو سوبيانتو، كما التقى رئيس الوزراء الباكستاني شهباز شريف.",
         {"meeting/occurred/2024-12-19/Abdel Fattah el-Sisi;Prabowo Subianto/null/*", "meeting/occurred/*/Abdel Fattah el-Sisi;Shehbaz Sharif/null/*"}},
        {"2024-03-18T09:00:00+02:00", "استقبل الرئيس عبد الفتاح السيسي، اليوم الأحد، رئيسة المفوضية الأوروبية أورسولا فون دير لاين، ورئيسة الوزراء الإيطالية جورجيا ميلوني.",
         {"visit/occurred/2024-03-18/Ursula von der Leyen;Abdel Fattah el-Sisi;Giorgia Meloni/null/*"}},
        /* … and so does one on قبل أن before a verb of travel, whose imperfect is no future, with
         * no place from the clause before */
        {"2025-05-17T09:00:00+03:00", "وكان زيلينسكي قد التقى رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان في أبوظبي يوم الاثنين، قبل أن يتوجه إلى أنقرة حيث استقبله الرئيس التركي رجب طيب أردوغان أمس.",
         {"visit/occurred/2025-05-16/Volodymyr Zelenskyy;Recep Tayyip Erdogan/Ankara/*", "meeting/occurred/2025-05-12/Volodymyr Zelenskyy;Mohamed bin Zayed Al Nahyan/Abu Dhabi/*"}},
        /* EV-14: a journey's next leg after ثم إلى with no verb of its own is the traveller's
         * visit to the one named there, of the journey's status (a weekday alone: the next) */
        {"2025-05-17T09:00:00+03:00", "ويتوجه فاديفول اليوم السبت إلى القاهرة حيث يلتقي وزير الخارجية بدر عبد العاطي، ثم إلى بيروت يوم الاثنين للقاء الرئيس جوزاف عون.",
         {"visit/planned/2025-05-17/Johann Wadephul;Badr Abdelatty/Cairo/*", "visit/planned/2025-05-19/Johann Wadephul;Joseph Aoun/Beirut/*"}},
        /* EV-14: a tour told of one person is the subject its legs drop: past an opening on وفي
         * (a place, a time, المحطة الأخيرة) or a verb of travel and its place on حيث, the leg's
         * contact is his, a visit; near-misses: one named between وفي and the verb, and a leg
         * with no tour or contact of his told before */
        {"2023-07-20T09:00:00+03:00", "بدأ الرئيس التركي رجب طيب أردوغان أمس جولة خليجية. وفي الدوحة استقبله أمير قطر الشيخ تميم بن حمد آل ثاني.",
         {"visit/occurred/*/Recep Tayyip Erdogan;Tamim bin Hamad Al Thani/Doha/*", NULL}},
        {"2023-07-20T09:00:00+03:00", "بدأ الرئيس التركي رجب طيب أردوغان أمس جولة خليجية. وحط في الدوحة حيث التقى أمير قطر الشيخ تميم بن حمد آل ثاني.",
         {"visit/occurred/*/Recep Tayyip Erdogan;Tamim bin Hamad Al Thani/Doha/*", NULL}},
        {"2021-12-02T13:00:00+03:00", "يبدأ الرئيس الفرنسي إيمانويل ماكرون غداً الجمعة جولة خليجية. وفي المحطة الأخيرة يحطّ السبت في جدة حيث يلتقي ولي العهد السعودي الأمير محمد بن سلمان.",
         {"visit/planned/2021-12-04/Emmanuel Macron;Mohammed bin Salman/Jeddah/*", NULL}},
        {"2023-07-20T09:00:00+03:00", "بدأ الرئيس التركي رجب طيب أردوغان أمس جولة خليجية. وفي تصريح لأمير قطر الشيخ تميم بن حمد آل ثاني استقبل الرئيس الفرنسي.",
         {NULL}},
        {"2023-07-20T09:00:00+03:00", "أعلن الرئيس التركي رجب طيب أردوغان أمس خطة جديدة. وحط في الدوحة حيث التقى أمير قطر الشيخ تميم بن حمد آل ثاني.",
         {NULL}},
        /* … and an arrival's: the next sentence's وكان في استقباله, or a receiving verb past a
         * place on بـ, names his host, on the day of his arrival; near-miss: كان with no reception */
        {"2022-05-08T10:00:00+03:00", "وصل الرئيس المكسيكي أندريس مانويل لوبيز أوبرادور، مساء السبت، إلى هافانا. وكان في استقباله بالمطار الرئيس الكوبي ميغيل دياز كانيل.",
         {"visit/occurred/2022-05-07/Andrés Manuel López Obrador;Miguel Díaz-Canel/Havana/*", NULL}},
        /* (also past "on his arrival", لدى وصوله, before his host) */
        {"2008-03-03", "وصل محمود أحمدي نجاد إلى بغداد صباح الأحد. وكان في استقباله لدى وصوله الرئيس جلال طالباني.",
         {"visit/occurred/2008-03-02/Mahmoud Ahmadinejad;Jalal Talabani/Baghdad/*", NULL}},
        {"2022-05-08T10:00:00+03:00", "وصل الرئيس المكسيكي أندريس مانويل لوبيز أوبرادور، مساء السبت، إلى هافانا. واستقبله بالمطار الرئيس الكوبي ميغيل دياز كانيل.",
         {"visit/occurred/2022-05-07/Andrés Manuel López Obrador;Miguel Díaz-Canel/Havana/*", NULL}},
        /* … and a contact denied during his visit told before is on the visit's day */
        {"2025-01-09T09:00:00+03:00", "وصل رئيس الوزراء العراقي محمد شياع السوداني أمس الأربعاء إلى طهران والتقى الرئيس مسعود بزشكيان. ونفت الحكومة العراقية تقارير عن لقاء جمع السوداني بإسماعيل قاآني خلال الزيارة.",
         {"visit/occurred/2025-01-08/*/Tehran/*", "visit/denied/2025-01-08/*/Tehran/*", NULL}},
        /* (… or past انتقل, moving on, and a place the dictionary lacks after إلى, before حيث; or
         * past a visit's verb and such a place before a contact's verb on و; near-miss: another
         * verb on و) */
        {"2025-07-08T08:00:00+03:00", "زار الموفد الأميركي توم باراك بعبدا أمس والتقى الرئيس جوزاف عون. وانتقل بعدها إلى ساحة النجمة حيث اجتمع بالرئيس نبيه بري.",
         {"visit/occurred/2025-07-07/Tom Barrack;Joseph Aoun/Baabda/*", "meeting/occurred/2025-07-07/Tom Barrack;Nabih Berri/*/*", NULL}},
        {"2025-07-08T08:00:00+03:00", "زار الموفد الأميركي توم باراك بعبدا أمس والتقى الرئيس جوزاف عون. ثم زار السراي والتقى الرئيس نواف سلام.",
         {"visit/occurred/2025-07-07/Tom Barrack;Joseph Aoun/Baabda/*", "visit/occurred/2025-07-07/Tom Barrack;Nawaf Salam/*/*", NULL}},
        {"2025-07-08T08:00:00+03:00", "زار الموفد الأميركي توم باراك بعبدا أمس والتقى الرئيس جوزاف عون. ثم زار السراي وألقى كلمة أمام الرئيس نواف سلام.",
         {"visit/occurred/2025-07-07/Tom Barrack;Joseph Aoun/Baabda/*", NULL}},
        /* (… or past a place after في, a few words) */
        {"2025-01-31T08:00:00+03:00", "وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى دمشق أمس الخميس. واستقبله في مطار دمشق الدولي الرئيس أحمد الشرع.",
         {"visit/occurred/2025-01-30/Tamim bin Hamad Al Thani;Ahmed al-Sharaa/Damascus/*", NULL}},
        {"2022-05-08T10:00:00+03:00", "وصل الرئيس المكسيكي أندريس مانويل لوبيز أوبرادور، مساء السبت، إلى هافانا. وكان الرئيس الكوبي ميغيل دياز كانيل قد ألقى خطابا.",
         {NULL}},
        /* EV-1: a tour's opening or closing leg with where (يستهلها بعمّان، يختتم جولته … في
         * أبوظبي) makes the meeting or talks there a visit, of the leg's tense; near-miss: a round
         * of talks concluded (اختتمت الجولة) is no tour */
        {"2018-04-21T08:30:00+03:00", "يبدأ وزير الخارجية سامح شكري غداً الأحد جولة عربية تشمل ثلاث عواصم، يستهلها بالعاصمة الأردنية عمّان حيث يلتقي نظيره الأردني أيمن الصفدي.",
         {"visit/planned/2018-04-22/Sameh Shoukry;Ayman Safadi/Amman/*", NULL}},
        {"2025-05-10T10:00:00+04:00", "ويختتم الرئيس الأمريكي دونالد ترامب جولته الخليجية الخميس في أبوظبي، حيث يجري مباحثات مع الشيخ محمد بن زايد آل نهيان رئيس الدولة.",
         {"visit/planned/2025-05-15/Donald Trump;Mohamed bin Zayed Al Nahyan/Abu Dhabi/*", NULL}},
        {"2025-04-20", "اختُتمت أمس السبت في روما الجولة الثانية من المحادثات غير المباشرة بين وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي الخاص ستيف ويتكوف.",
         {"talks/occurred/2025-04-19/Abbas Araghchi;Steve Witkoff/Rome/*", NULL}},
        /* … and حطّ في, a verb of travel, makes the meeting there a visit */
        {"2023-07-20T09:00:00+03:00", "حطّ الرئيس التركي رجب طيب أردوغان الثلاثاء في الدوحة، والتقى أمير قطر الشيخ تميم بن حمد آل ثاني.",
         {"visit/occurred/2023-07-18/Recep Tayyip Erdogan;Tamim bin Hamad Al Thani/Doha/*", NULL}},
        /* EV-14: a later clause whose verb right after الذي/التي follows a person set off by a
         * comma has that person as its subject */
        {"2025-06-05T09:00:00+03:00", "وكان ميرتس قد أجرى اتصالا هاتفيا بالسيسي في 20 مايو، بعد توليه منصبه خلفا لأولاف شولتس، الذي زار القاهرة في أكتوبر 2023 حيث التقى السيسي.",
         {"call/occurred/2025-05-20/Friedrich Merz;Abdel Fattah el-Sisi/null/*", "visit/occurred/2023-10/Olaf Scholz;Abdel Fattah el-Sisi/Cairo/*"}},
        /* EV-2: the go-between a message passed through, after عبر, is no party; near-miss: عبر
         * before a means (الهاتف) keeps the one after it */
        {"2021-04-26", "نفت طهران اليوم أن يكون الرئيس الإيراني حسن روحاني قد بعث برسالة إلى ولي العهد السعودي الأمير محمد بن سلمان عبر رئيس الوزراء العراقي مصطفى الكاظمي.",
         {"message/denied/*/Hassan Rouhani;Mohammed bin Salman/null/*", NULL}},
        {"2021-04-26", "تحدث الرئيس الأمريكي جو بايدن عبر الهاتف مع رئيس الوزراء العراقي مصطفى الكاظمي.",
         {"call/occurred/*/Joe Biden;Mustafa al-Kadhimi/null/*", NULL}},
        /* EV-2: one another acts for (نيابة عن، ممثلا عن), or on whose orders (بتعليمات من،
         * بتوجيه من), takes no part */
        {"2025-03-10T10:00:00+03:00", "استقبل ولي العهد الأمير مولاي الحسن، أمس بالدار البيضاء، الرئيس الصيني شي جين بينغ، وذلك بتعليمات من جلالة الملك محمد السادس.",
         {"visit/occurred/2025-03-09/Xi Jinping;Moulay Hassan/Casablanca/*"}},
        {"2025-05-17T09:00:00+03:00", "التقى الرئيس البرازيلي لولا دا سيلفا، يوم الأحد، رئيس الوزراء المصري مصطفى مدبولي، نيابة عن الرئيس عبد الفتاح السيسي.",
         {"meeting/occurred/2025-05-11/Luiz Inácio Lula da Silva;Mostafa Madbouly/null/*"}},
        /* (also past الشيخ, and with his title right after his name) */
        {"2019-07-21T18:00:00+04:00", "بتوجيهات من الشيخ خليفة بن زايد آل نهيان رئيس الدولة، يبدأ الشيخ محمد بن زايد آل نهيان غدا زيارة دولة إلى الصين تلبية لدعوة من الرئيس شي جين بينغ.",
         {"visit/planned/2019-07-22/Mohamed bin Zayed Al Nahyan;Xi Jinping/China/*", NULL}},
        {"2025-01-14T14:00:00+03:00", "نيابة عن حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة ملك البلاد المعظم، استقبل الأمير سلمان بن حمد آل خليفة ولي العهد اليوم الرئيس القبرصي نيكوس خريستودوليدس.",
         {"visit/occurred/2025-01-14/Nikos Christodoulides;Salman bin Hamad Al Khalifa/*/*", NULL}},
        /* EV-2: those after بمشاركة are the contact's parties, not one before it who only speaks of
         * it; near-miss: a host's guests, with him */
        {"2023-10-17T22:00:00+03:00", "أعلن وزير الخارجية أيمن الصفدي، مساء اليوم، إلغاء القمة الرباعية التي كانت مقررة في عمّان غدا الأربعاء، بمشاركة الملك عبدالله الثاني والرئيس الأمريكي جو بايدن والرئيس المصري عبد الفتاح السيسي.",
         {"meeting/cancelled/2023-10-18/King Abdullah II;Joe Biden;Abdel Fattah el-Sisi/Amman/*", NULL}},
        {"2023-08-07", "يستضيف الرئيس البرازيلي لولا دا سيلفا غدا قمة بمشاركة الرئيس الكولومبي غوستافو بيترو والرئيس البوليفي لويس آرسي.",
         {"meeting/planned/2023-08-08/Luiz Inácio Lula da Silva;Gustavo Petro;Luis Arce/*/*", NULL}},
        /* EV-2: one named as dead past his honorifics takes no part ("في وفاة فخامة الرئيس …") */
        {"2024-05-20T21:00:00+03:00", "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، اليوم، برقية عزاء ومواساة لفخامة الدكتور محمد مخبر، في وفاة فخامة الرئيس إبراهيم رئيسي ومرافقيه.",
         {"message/occurred/2024-05-20/King Salman;Mohammad Mokhber/*/*", NULL}},
        /* EV-2: the principal of an adviser named in a party's title takes no part */
        {"2024-11-14T10:00:00+03:00", "تلقى الرئيس بشار الأسد اليوم اتصالا هاتفيا من علي لاريجاني مستشار قائد الثورة الإسلامية في إيران.",
         {"call/occurred/2024-11-14/Ali Larijani;Bashar al-Assad/null/*"}},
        /* EV-4: history told as occasions or each time (مناسبات، أكثر من مناسبة، كل مرة) */
        {"2025-03-10T09:00:00+03:00", "سبق للرئيس الصومالي حسن شيخ محمود أن التقى رئيس الوزراء الإثيوبي آبي أحمد في مناسبات عديدة.", {NULL}},
        {"2025-03-10T09:00:00+03:00", "زار الفريق أول عبد الفتاح البرهان مصر خمس مرات منذ اندلاع الحرب، التقى خلالها الرئيس عبد الفتاح السيسي في كل مرة.", {NULL}},
        /* EV-4: a negation reaches a contact noun after أي in its clause, and one joined to it by
         * أو (with a span: no contact; without: denied); a negated verb of saying before one only
         * mentions it; near-miss: a verb of saying not negated */
        {"2025-03-10T09:00:00+03:00", "لم يتبادل الرئيس التونسي قيس سعيد والعاهل المغربي الملك محمد السادس أي زيارة أو اتصال منذ سنوات.", {NULL}},
        {"2025-03-10T09:00:00+03:00", "لم يتبادل الرئيس قيس سعيد والملك محمد السادس أي اتصال.", {"call/denied/null/Kais Saied;King Mohammed VI/null/*"}},
        {"2025-03-10T09:00:00+03:00", "وقال عطاف إن الكرة في ملعب الطرف الفرنسي، دون أن يشير إلى أي اتصال مرتقب بين الرئيس عبد المجيد تبون والرئيس الفرنسي إيمانويل ماكرون.", {NULL}},
        {"2025-03-10T09:00:00+03:00", "وقال عطاف إن الكرة في ملعب الطرف الفرنسي، ولم يشر إلى أي اتصال بين الرئيس عبد المجيد تبون والرئيس الفرنسي إيمانويل ماكرون.", {NULL}},
        {"2025-03-10T09:00:00+03:00", "وقال عطاف إن اتصالا مرتقبا سيجري بين الرئيس عبد المجيد تبون والرئيس الفرنسي إيمانويل ماكرون.",
         {"call/planned/null/Abdelmadjid Tebboune;Emmanuel Macron/null/*"}},
        /* EV-8: a contact's aim (تهدف، بهدف) opens its topic: a place there is not its own */
        {"2025-10-22T18:00:00+03:00", "التقى نائب الرئيس الأميركي جي دي فانس رئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم الأربعاء في القدس، في إطار زيارة تهدف إلى تثبيت وقف إطلاق النار في غزة.",
         {"visit/occurred/2025-10-22/JD Vance;Benjamin Netanyahu/Jerusalem/*", NULL}},
        /* EV-2: what one says was sent to him (إليه before the contact's word) is of himself: he is
         * a party, the invited visitor; near-miss: to another named there */
        {"2025-02-05T10:00:00+03:00", "وقال الرئيس التركي رجب طيب أردوغان إن تركيا ستواصل دعم سوريا، كاشفا أن الشرع وجّه إليه دعوة لزيارة دمشق.",
         {"visit/proposed/null/Recep Tayyip Erdogan;Ahmed al-Sharaa/Damascus/*", NULL}},
        {"2025-02-05T10:00:00+03:00", "وقال المتحدث باسم الرئاسة التركية عمر تشليك إن الشرع وجّه دعوة إلى الرئيس رجب طيب أردوغان لزيارة دمشق.",
         {"visit/proposed/null/Recep Tayyip Erdogan;Ahmed al-Sharaa/Damascus/*", NULL}},
        /* بحثا عن is "in search of": no talks; near-miss: بحثا with its object */
        {"2025-10-13T21:00:00+03:00", "ميلي في البيت الأبيض الثلاثاء بحثا عن دعم ترامب\\n\\nيستقبل ترامب نظيره الأرجنتيني خافيير ميلي في البيت الأبيض يوم الثلاثاء.",
         {"visit/planned/2025-10-14/Javier Milei;Donald Trump/*/*", NULL}},
        {"2025-10-13T21:00:00+03:00", "والتقى الرئيس الأرجنتيني خافيير ميلي الرئيس الأميركي دونالد ترامب، وبحثا سبل دعم الاقتصاد الأرجنتيني.",
         {"meeting/occurred/*/Javier Milei;Donald Trump/*/*", NULL}},
        /* a negated copula (لم يكن) tells what a contact was not, and denies none; near-miss:
         * لم يكن هناك, there was none */
        {"2025-03-11T09:30:00+03:00", "التقى الرئيس أحمد الشرع ومظلوم عبدي أمس في دمشق. ولم يكن هذا اللقاء الأول بين الشرع وعبدي.",
         {"meeting/occurred/2025-03-10/Ahmed al-Sharaa;Mazloum Abdi/Damascus/*", NULL}},
        {"2025-03-11T09:30:00+03:00", "لم يكن هناك اتصال بين الرئيس أحمد الشرع ومظلوم عبدي.", {"call/denied/null/Ahmed al-Sharaa;Mazloum Abdi/*/*"}},
        /* … and so does a negated verb of a topic before a contact noun after احتمال or إمكانية;
         * near-miss: not negated, a proposal talked about */
        {"2025-07-03T21:00:00+03:00", "وأضاف أوشاكوف أن الرئيسين فلاديمير بوتين ودونالد ترامب لم يتطرقا إلى احتمال عقد لقاء شخصي بينهما.", {NULL}},
        {"2023-08-11T10:00:00+03:00", "ولم يتطرق وزير الخارجية الهندي سوبرامانيام جايشانكار إلى إمكانية لقاء رئيس الوزراء ناريندرا مودي والرئيس الصيني شي جين بينغ.", {NULL}},
        {"2025-07-03T21:00:00+03:00", "وأضاف أوشاكوف أن الرئيسين فلاديمير بوتين ودونالد ترامب تطرقا إلى احتمال عقد لقاء شخصي بينهما.",
         {"meeting/proposed/null/Vladimir Putin;Donald Trump/*/*"}},
        /* EV-2: one who expresses a hope (أعرب عن أمله في أن) that two others meet is no party */
        {"2025-03-10T09:00:00+03:00", "أعربت المبعوثة الأممية هانا تيتيه عن أملها في أن يجتمع عبد الحميد الدبيبة والمشير خليفة حفتر في أقرب وقت.",
         {"meeting/proposed/null/Abdul Hamid Dbeibah;Khalifa Haftar/null/*"}},
        /* … nor حتى: not called up to a time; near-miss: a denial without a span stays one */
        {"2022-08-16", "ولم يتصل كينياتا بروتو لتهنئته حتى مساء اليوم.", {NULL}},
        {"2022-08-16", "ونفى مكتب كينياتا أن يكون قد اتصل بروتو.", {"call/denied/*/*/*/*"}},
        /* EV-2: a message verb's object that is a people addresses no person, and one named
         * after it is the occasion's; near-misses: a person joined to the people, a counterpart */
        {"2025-01-10", "هنأ ماكرون اللبنانيين بانتخاب جوزاف عون رئيسا.", {NULL}},
        {"2023-02-07", "عزى الملك عبدالله الثاني الشعب التركي والرئيس أردوغان في ضحايا الزلزال.",
         {"message/occurred/*/King Abdullah II;Recep Tayyip Erdogan/*/*"}},
        {"2025-01-10", "هنأ ماكرون نظيره اللبناني جوزاف عون بانتخابه.", {"message/occurred/*/Emmanuel Macron;Joseph Aoun/*/*"}},
        /* EV-2: who is absent takes no part ("بغياب"، "غاب"); near-miss: the two who met at the
         * summit he missed */
        {"2023-09-09", "انطلقت قمة مجموعة العشرين بغياب بوتين وشي.", {NULL}},
        /* (… or whose apology for not coming is told, اعتذار) */
        {"2022-11-02", "ترأس الرئيس الجزائري عبد المجيد تبون، أمس الثلاثاء، القمة العربية في الجزائر العاصمة، بمشاركة وزير الخارجية السعودي الأمير فيصل بن فرحان، الذي ترأس وفد المملكة بعد اعتذار ولي العهد الأمير محمد بن سلمان عن عدم الحضور.",
         {"meeting/occurred/2022-11-01/Abdelmadjid Tebboune;Faisal bin Farhan Al Saud/Algiers/*", NULL}},
        {"2023-09-09", "التقى مودي بايدن على هامش القمة التي غاب عنها بوتين.", {"meeting/occurred/*/Narendra Modi;Joe Biden/*/*"}},
        /* … and who will not or did not take part (لن يشارك، لم يحضر); near-miss: who will */
        {"2025-03-11", "وتنطلق في جدة غداً محادثات بين وفدين أميركي وأوكراني، يرأس الأول وزير الخارجية ماركو روبيو والثاني رئيس مكتب الرئاسة الأوكرانية أندريه يرماك، فيما لن يشارك الرئيس الأوكراني فولوديمير زيلينسكي فيها.",
         {"talks/planned/2025-03-12/Marco Rubio;Andriy Yermak/*/*", NULL}},
        /* … nor one whose term's start is a time (بعد ساعات من تنصيب ترامب); near-miss: the
         * occasion of a congratulation */
        {"2025-01-21", "التقى بوتين شي اليوم بعد ساعات من تنصيب الرئيس دونالد ترامب.", {"meeting/occurred/2025-01-21/Vladimir Putin;Xi Jinping/null/*"}},
        {"2025-01-21", "بعث الملك سلمان برقية تهنئة بمناسبة تنصيب الرئيس دونالد ترامب.", {"message/occurred/*/King Salman;Donald Trump/null/*"}},
        {"2025-03-11", "وتنطلق في جدة غداً محادثات بين وفدين أميركي وأوكراني، يرأس الأول وزير الخارجية ماركو روبيو والثاني رئيس مكتب الرئاسة الأوكرانية أندريه يرماك، فيما يشارك الرئيس الأوكراني فولوديمير زيلينسكي فيها.",
         {"talks/planned/2025-03-12/Marco Rubio;Andriy Yermak;Volodymyr Zelenskyy/*/*", NULL}},
        /* EV-2: one whose appointment or nomination a contact tells of (تعيين، ترشيح) takes no
         * part; near-miss: the appointee who is called */
        {"2025-02-24", "تلقى عبد الحميد الدبيبة، اليوم الاثنين، اتصالاً من الأمين العام أنطونيو غوتيريش لإبلاغه بتعيين هانا تيتيه.",
         {"call/occurred/2025-02-24/António Guterres;Abdul Hamid Dbeibah/*/*"}},
        {"2025-02-24", "أجرى الأمين العام أنطونيو غوتيريش اتصالاً بهانا تيتيه لإبلاغها بتعيينها.",
         {"call/occurred/*/António Guterres;Hanna Tetteh/*/*"}},
        /* EV-2: the speaker is a party when what he says is of himself: a pronoun after the
         * trigger, or a clause with no subject of its own; near-miss: one who reports others */
        {"2025-04-10", "قال ترامب إن بوتين اتصل به.", {"call/occurred/*/Vladimir Putin;Donald Trump/*/*"}},
        /* (… and past what he said, a clause on و whose verb of proposing drops its subject is
         * his; near-miss: one with a subject of its own after its verb) */
        {"2024-06-12", "وقال الرئيس الروسي فلاديمير بوتين إن العلاقات قوية، ودعا الرئيس الجزائري عبد المجيد تبون إلى زيارة روسيا مجددا.",
         {"visit/proposed/null/Abdelmadjid Tebboune;Vladimir Putin/Russia/*", NULL}},
        {"2024-06-12", "قال الرئيس الأمريكي دونالد ترامب إن العلاقات جيدة، ودعا الرئيس الفرنسي إيمانويل ماكرون الرئيس الروسي فلاديمير بوتين إلى زيارة باريس.",
         {"visit/proposed/null/Vladimir Putin;Emmanuel Macron/Paris/*", NULL}},
        /* (the feminine of a verb of saying too: كشفت، أوضحت) */
        {"2025-03-01", "كشفت رئيسة الوزراء الإيطالية جورجيا ميلوني أن الرئيس الأمريكي دونالد ترامب سيلتقي الرئيس الروسي فلاديمير بوتين قريبا.",
         {"meeting/planned/*/Donald Trump;Vladimir Putin/*/*", NULL}},
        /* EV-4: a statement does not drop the message a verb of sending after أن and its subject
         * tells, a time between */
        {"2018-10-25", "أوضحت الرئاسة التونسية في بيان أن الرئيس الباجي قائد السبسي بعث اليوم برسالة إلى الرئيس الجزائري عبد العزيز بوتفليقة أبلغه فيها بقرار التأجيل، مؤكدا حرصه على مواصلة التشاور بين البلدين.",
         {"message/occurred/2018-10-25/Beji Caid Essebsi;Abdelaziz Bouteflika/null/*", NULL}},
        /* (… or a contact's noun with the one other after مع right after it, or with بينهما after
         * it; near-miss: one named before مع with no one after it, no contact of two) */
        {"2018-06-02", "أعلن الرئيس الأميركي دونالد ترامب أن القمة مع الزعيم الكوري الشمالي كيم جونغ أون ستعقد في 12 يونيو الجاري في سنغافورة.",
         {"meeting/planned/2018-06-12/Donald Trump;Kim Jong Un/Singapore/*", NULL}},
        {"2019-08-10", "وأوضح الرئيس الأميركي دونالد ترامب أن الزعيم الكوري الشمالي كيم جونغ أون اقترح عقد لقاء جديد بينهما.",
         {"meeting/proposed/*/Kim Jong Un;Donald Trump/*/*", NULL}},
        {"2018-06-02", "أعلن الرئيس الأميركي دونالد ترامب أن زيارة الرئيس مون جاي إن مع وفد كبير ستتم غدا.", {NULL}},
        /* EV-2: the pronoun on إن/أن is the speaker when it is the subject of the trigger's verb
         * (a channel's إن before it opens nothing); an interview is the frame he spoke in, no
         * statement instead of a contact (EV-4's not_event cue); near-misses: a pleonastic إنه
         * before another clause leaves him out, and a contact noun in what he stressed in a
         * statement is still no event */
        {"2024-12-25", "قال فيدان، في مقابلة مع قناة إن تي في، إنه التقى أحمد الشرع في دمشق يوم الأحد الماضي.",
         {"visit/occurred/2024-12-22/Hakan Fidan;Ahmed al-Sharaa/Damascus/*"}},
        {"2025-03-04", "قال ترامب لشبكة سي إن إن إنه أجرى اتصالا مع بوتين أمس.", {"call/occurred/2025-03-03/Donald Trump;Vladimir Putin/*/*"}},
        /* … and a statement it was said in drops no contact noun a light verb completes after the
         * أن/إن and its subject, a time between (a readout) */
        {"2025-03-19T09:00:00+03:00", "ذكر الكرملين في بيان أن الرئيس فلاديمير بوتين أجرى أمس الثلاثاء محادثة هاتفية مع نظيره الأميركي دونالد ترامب.",
         {"call/occurred/2025-03-18/Vladimir Putin;Donald Trump/*/*", NULL}},
        {"2025-03-19T09:00:00+03:00", "أعلن الكرملين في بيان أن الرئيس فلاديمير بوتين سيجري غدا محادثة هاتفية مع نظيره الأميركي دونالد ترامب.",
         {"call/planned/2025-03-20/Vladimir Putin;Donald Trump/*/*", NULL}},
        /* (… also after جاء في, a verb of receiving, or a proposal's cue after أن: a readout) */
        {"2023-05-30", "وجاء في بيان لمكتب رئيس الوزراء أن محمد شياع السوداني تلقى اليوم اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان.",
         {"call/occurred/2023-05-30/Recep Tayyip Erdogan;Mohammed Shia al-Sudani/*/*", NULL}},
        {"2017-10-25", "وجاء في بيان حكومة الإقليم أن رئيس الحكومة نيجيرفان بارزاني مستعد للقاء رئيس الوزراء العراقي حيدر العبادي في بغداد.",
         {"meeting/proposed/null/Nechirvan Barzani;Haider al-Abadi/Baghdad/*", NULL}},
        {"2025-03-04", "وقال بيسكوف لشبكة سي إن إن إنه لا توجد خطط لعقد لقاء بين بوتين وترامب.",
         {"meeting/denied/null/Vladimir Putin;Donald Trump/*/*"}},
        {"2025-03-04", "وشدد ترامب في تصريح لاحق على أن انعقاد اللقاء لن يعتمد على موافقة بوتين على لقاء مماثل مع زيلينسكي.", {NULL}},
        /* … nor a contact a statement or a press conference was given at the end of or after
         * (في ختام، عقب، إثر، بعد) */
        {"2023-03-21", "وأكد البيان الصادر في ختام محادثات الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين اليوم على الشراكة.",
         {"talks/occurred/2023-03-21/Xi Jinping;Vladimir Putin/null/*", NULL}},
        {"2019-06-29", "صدر بيان مشترك عقب المباحثات التي أجراها رئيس الوزراء الهندي ناريندرا مودي والرئيس الأمريكي دونالد ترامب أمس في أوساكا.",
         {"talks/occurred/2019-06-28/Narendra Modi;Donald Trump/Osaka/*", NULL}},
        {"2023-03-21", "وعقد السيسي مؤتمرا صحفيا عقب لقائه مع الرئيس الفرنسي إيمانويل ماكرون في القاهرة أمس.",
         {"visit/occurred/2023-03-20/Emmanuel Macron;Abdel Fattah el-Sisi/Cairo/*", NULL}},
        {"2025-04-10", "نفى مكتب رئيس الوزراء الإثيوبي آبي أحمد أن يكون قد التقى الرئيس الإريتري أسياس أفورقي.",
         {"meeting/denied/*/Abiy Ahmed;Isaias Afwerki/*/*"}},
        {"2025-04-10", "قال ترامب إن بوتين اتصل بزيلينسكي.", {"call/occurred/*/Vladimir Putin;Volodymyr Zelenskyy/*/*"}},
        /* … and after a verb of expecting (يتوقع أن), or of an invitation he extends (إنه وجّه
         * دعوة); near-miss: a pair named as one after the verb is its subject */
        {"2025-02-13", "وقال الرئيس الأميركي دونالد ترامب إنه يتوقع أن يلتقي الرئيس الروسي فلاديمير بوتين في السعودية.",
         {"meeting/planned/null/Donald Trump;Vladimir Putin/*/*", NULL}},
        {"2022-09-21", "وقال رئيس الوزراء الإسرائيلي يائير لابيد في بيان عقب اللقاء إنه وجّه دعوة إلى الرئيس التركي رجب طيب أردوغان لزيارة إسرائيل.",
         {"visit/proposed/null/Recep Tayyip Erdogan;Yair Lapid/Israel/*", NULL}},
        {"2025-02-13", "وقال الرئيس الأميركي دونالد ترامب إنه يأمل أن يلتقي الرئيسان الروسي فلاديمير بوتين والأوكراني فولوديمير زيلينسكي قريبا.",
         {"meeting/proposed/null/Vladimir Putin;Volodymyr Zelenskyy/*/*", NULL}},
        /* EV-2: … and so is a pronoun on the contact noun right after the أن ("لقاءها"); near-miss:
         * a noun with no pronoun there is of the others */
        {"2025-06-17T09:00:00+03:00",
         "أعلنت الرئيسة المكسيكية كلاوديا شينباوم أمس الاثنين أن لقاءها الذي كان مقررا اليوم الثلاثاء مع الرئيس الأميركي دونالد ترامب في كاناناسكيس أُلغي.",
         {"meeting/cancelled/2025-06-17/Claudia Sheinbaum;Donald Trump/*/*", NULL}},
        /* … and so is a visit to the speaker's own country, the place right after its verb, one
         * other named, when he leads it; near-misses: to another country, and an aide speaking */
        {"2008-08-31", "وأعلن سيلفيو برلسكوني أن معمر القذافي سيزور روما العام المقبل.",
         {"visit/planned/2009/Muammar Gaddafi;Silvio Berlusconi/Rome/*", NULL}},
        {"2008-08-31", "وأعلن سيلفيو برلسكوني أن معمر القذافي سيزور باريس العام المقبل.", {NULL}},
        {"2025-01-21T18:00:00+03:00", "وقال مساعد الرئيس الروسي يوري أوشاكوف إن الرئيس الصيني شي جين بينغ سيزور موسكو في مايو المقبل.", {NULL}},
        /* (the other named again after it is still one other: "…، بعد أن غادر ترامب القمة") */
        {"2025-06-17T09:00:00+03:00",
         "أعلنت الرئيسة المكسيكية كلاوديا شينباوم أن لقاءها الذي كان مقرراً اليوم مع الرئيس الأميركي دونالد ترامب في كاناناسكيس قد أُلغي، بعد أن غادر ترامب القمة.",
         {"meeting/cancelled/2025-06-17/Claudia Sheinbaum;Donald Trump/*/*", NULL}},
        {"2025-06-17T09:00:00+03:00",
         "أعلنت الرئيسة المكسيكية كلاوديا شينباوم أمس أن اللقاء الذي كان مقررا اليوم بين الرئيس الأميركي دونالد ترامب ورئيس الوزراء الكندي مارك كارني أُلغي.",
         {"meeting/cancelled/2025-06-17/Donald Trump;Mark Carney/*/*", NULL}},
        /* EV-2: the أن of قبل أن/بعد أن/دون أن opens no words of the one named before it: "أعلن
         * ميلي … قبل أن يلتقي نتنياهو" is his meeting, after what he said (EV-4: the verb takes
         * the tense of what was told before it, not the intention his words named) */
        {"2024-02-07T09:00:00+03:00",
         "أعلن الرئيس الأرجنتيني خافيير ميلي، لدى وصوله إلى إسرائيل أمس الثلاثاء، عزمه نقل سفارة بلاده إلى القدس، وذلك قبل أن يلتقي في القدس رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
         {"meeting/occurred/2024-02-06/Javier Milei;Benjamin Netanyahu/Jerusalem/*", NULL}},
        {"2024-02-07T09:00:00+03:00",
         "أعلن الرئيس الأرجنتيني خافيير ميلي أمس عزمه لقاء رئيس الوزراء الإسرائيلي بنيامين نتنياهو في القدس.",
         {"meeting/planned/*/Javier Milei;Benjamin Netanyahu/Jerusalem/*", NULL}},
        /* EV-1: an exchange by phone is a call (تبادل … هاتفيا); near-miss: an exchange with no phone */
        {"2025-03-20", "تبادل الرئيسان السيسي وأردوغان التهاني هاتفيا بمناسبة حلول شهر رمضان.",
         {"call/occurred/*/Abdel Fattah el-Sisi;Recep Tayyip Erdogan/*/*"}},
        {"2025-03-20", "تبادل الرئيسان السيسي وأردوغان التهاني بمناسبة حلول شهر رمضان.", {NULL}},
        /* an offer to host, its subject between the verb and the masdar, is a proposal of the
         * talks of the two named after بين, not of the host */
        {"2025-04-10", "عرض الرئيس التركي رجب طيب أردوغان استضافة محادثات بين الرئيسين الروسي والأوكراني في إسطنبول.",
         {"talks/proposed/*/Vladimir Putin;Volodymyr Zelenskyy/Istanbul/*"}},
        {"2025-02-17", "عرض الرئيس الفرنسي إيمانويل ماكرون، اليوم الاثنين، استضافة لقاء في باريس يجمع الرئيسين زيلينسكي وبوتين.",
         {"meeting/proposed/*/Volodymyr Zelenskyy;Vladimir Putin/Paris/*"}},
        /* … and so is an offer to hold one (عرض على X عقد قمة، إجراء محادثات), عقد and its noun one
         * form or two; near-miss: an offer made while one was held */
        {"2025-04-10", "عرض الرئيس التركي أردوغان على الرئيس الروسي فلاديمير بوتين عقد قمة في إسطنبول.",
         {"meeting/proposed/*/*/Istanbul/*"}},
        {"2025-04-10", "عرض أردوغان على بوتين عقد لقاء في إسطنبول.", {"visit/proposed/*/*/Istanbul/*"}},
        /* … and the noun with its possessive (عرضه استضافة) */
        {"2025-05-12", "جدد الرئيس التركي رجب طيب أردوغان عرضه استضافة لقاء بين الرئيس الروسي فلاديمير بوتين والرئيس الأوكراني فولوديمير زيلينسكي في إسطنبول.",
         {"meeting/proposed/*/Vladimir Putin;Volodymyr Zelenskyy/Istanbul/*", NULL}},
        /* … also when the sentence's event is another, a call it was offered in: those after بين are
         * the proposal's parties, not the call's (EV-2) */
        {"2025-05-19", "عرض الرئيس التركي رجب طيب أردوغان استضافة لقاء بين بوتين وزيلينسكي في إسطنبول، خلال اتصال هاتفي أجراه أمس مع زيلينسكي.",
         {"call/occurred/2025-05-18/Recep Tayyip Erdogan;Volodymyr Zelenskyy/*/*", "meeting/proposed/null/Vladimir Putin;Volodymyr Zelenskyy/Istanbul/*", NULL}},
        {"2022-03-07", "عرض الرئيس التركي رجب طيب أردوغان استضافة لقاء بين الرئيسين الروسي فلاديمير بوتين والأوكراني فولوديمير زيلينسكي في إسطنبول، وذلك خلال اتصال هاتفي أجراه مع بوتين أمس الأحد.",
         {"call/occurred/2022-03-06/Recep Tayyip Erdogan;Vladimir Putin/*/*", "meeting/proposed/null/Vladimir Putin;Volodymyr Zelenskyy/Istanbul/*", NULL}},
        /* (near-miss: a summit of the pair told as the plan itself, "في أول قمة بين الرئيسين", is no
         * contact of its own) */
        {"2025-08-09", "أعلن الرئيس الأميركي دونالد ترامب أنه سيلتقي نظيره الروسي فلاديمير بوتين في مدينة أنكوريج يوم الجمعة المقبل، في أول قمة بين الرئيسين منذ عودة ترامب إلى البيت الأبيض.",
         {"meeting/planned/2025-08-15/Donald Trump;Vladimir Putin/Anchorage/*", NULL}},
        {"2025-04-10", "عرض أردوغان على بوتين إجراء محادثات في إسطنبول.", {"visit/proposed/*/*/Istanbul/*"}},
        /* where a proposal was told is not where the contact would be; near-miss: one that took place */
        {"2018-07-31", "أعلن الرئيس الأمريكي دونالد ترامب استعداده للقاء الرئيس الإيراني حسن روحاني، وذلك خلال مؤتمر صحفي في البيت الأبيض.",
         {"meeting/proposed/*/Donald Trump;Hassan Rouhani/null/*"}},
        {"2018-07-31", "أعلن الرئيس الأمريكي دونالد ترامب استعداده للقاء الرئيس الإيراني حسن روحاني، وذلك خلال مؤتمر صحفي مع رئيس الوزراء الإيطالي جوزيبي كونتي في البيت الأبيض.",
         {"meeting/proposed/*/Donald Trump;Hassan Rouhani/null/*"}},
        /* (… or after a verb of saying and its subject, before the إن that opens what was said;
         * near-misses: a place in what was said is the contact's) */
        {"2025-09-04", "قال الرئيس الروسي فلاديمير بوتين في بكين إنه مستعد للقاء نظيره الأوكراني فولوديمير زيلينسكي.",
         {"meeting/proposed/*/*/null/*", NULL}},
        {"2025-08-04", "قال الرئيس الأمريكي دونالد ترامب في البيت الأبيض إنه سيلتقي الرئيس الروسي فلاديمير بوتين في ألاسكا.",
         {"visit/planned/*/*/Alaska/*", NULL}},
        {"2025-08-04", "قال الكرملين إن الرئيس فلاديمير بوتين سيلتقي الرئيس الصيني شي جين بينغ في بكين.",
         {"visit/planned/*/*/Beijing/*", NULL}},
        {"2018-07-31", "التقى الرئيس الأمريكي دونالد ترامب رئيس الوزراء الإيطالي جوزيبي كونتي، وذلك قبل مؤتمر صحفي في البيت الأبيض.",
         {"visit/occurred/*/Giuseppe Conte;Donald Trump/White House, Washington, D.C./*"}},
        {"2025-04-10", "عرض أردوغان خلال عقد القمة مع بوتين خطة للسلام.", {"meeting/occurred/*/*/*/*"}},
        /* the readiness of a country (استعداد مسقط) to host */
        {"2025-05-15", "أبدى بدر البوسعيدي استعداد مسقط لاستضافة محادثات بين عباس عراقجي وستيف ويتكوف.",
         {"talks/proposed/*/Abbas Araghchi;Steve Witkoff/*/*"}},
        /* EV-2: the subject of a verb of praise before the contact noun on بـ comments on it;
         * near-miss: a visit to his own country, which he hosts */
        {"2025-04-09", "أشاد محمود عباس بزيارة إيمانويل ماكرون إلى العريش.", {NULL}},
        {"2025-04-09", "أشاد الرئيس عبد المجيد تبون بزيارة الرئيس إيمانويل ماكرون إلى الجزائر.",
         {"visit/occurred/null/Emmanuel Macron;Abdelmadjid Tebboune/Algeria/*"}},
        /* EV-2: an أن in a relative clause opens nothing a speaker says: the guest stays */
        {"2025-09-10", "أعلن الرئيس تأجيل زيارة قيس سعيد إلى الجزائر، التي كان من المنتظر أن يلتقي خلالها عبد المجيد تبون.",
         {"visit/cancelled/null/Kais Saied;Abdelmadjid Tebboune/Algeria/*"}},
        /* a masdar of company on لـ is a purpose (لحضور: to attend), not company; near-miss بحضور */
        {"2023-10-02", "سيزور فلاديمير بوتين الصين لحضور منتدى، حيث يلتقي شي جين بينغ.",
         {"visit/planned/null/Vladimir Putin;Xi Jinping/China/*"}},
        {"2023-10-02", "استقبل ولي العهد روبيو بحضور وزير الخارجية فيصل بن فرحان.", {NULL}},
        /* (hosting it proposed is its proposal; hosting in a chronicle's present tense is no
         * plan: "18 فبراير 2025: الرياض تستضيف أول محادثات روسية أمريكية بين لافروف وروبيو") */
        {"2022-11-29T10:30:00+03:00", "اقترح رئيس الوزراء العراقي محمد شياع السوداني، اليوم، أن تستضيف بغداد لقاءً يجمع وزير الخارجية السعودي الأمير فيصل بن فرحان ونظيره الإيراني حسين أمير عبداللهيان.",
         {"meeting/proposed/null/Faisal bin Farhan Al Saud;Hossein Amir-Abdollahian/Baghdad/*", NULL}},
        {"2025-02-19T11:00:00+03:00", "18 فبراير 2025: الرياض تستضيف أول محادثات روسية أمريكية رفيعة المستوى منذ سنوات بين لافروف وروبيو.",
         {"talks/occurred/2025-02-18/Sergey Lavrov;Marco Rubio/Riyadh/*", NULL}},
        /* EV-1: one who hosts a summit of others: the contact is the summit, with its parties;
         * near-misses: a host and his guest, also at a summit (في قمة), is a visit */
        {"2025-02-20", "يستضيف ولي العهد السعودي الأمير محمد بن سلمان، منتصف الشهر المقبل، قمة تجمع الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين.",
         {"meeting/planned/2025-03/Donald Trump;Vladimir Putin/*/*"}},
        /* (past a seat named by what it houses, set off by commas: "، بمقر الأمانة العامة في القاهرة،") */
        {"2024-03-11", "استضاف الأمين العام لجامعة الدول العربية أحمد أبو الغيط، أمس الأحد، بمقر الأمانة العامة في القاهرة، اجتماعاً ثلاثياً ضم رئيس المجلس الرئاسي الليبي محمد المنفي ورئيس مجلس النواب عقيلة صالح ورئيس المجلس الأعلى للدولة محمد تكالة.",
         {"meeting/occurred/2024-03-10/Mohamed al-Menfi;Aguila Saleh;Mohamed Takala/Cairo/*", NULL}},
        {"2025-02-20", "استضاف ولي العهد السعودي الأمير محمد بن سلمان قمة بين الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين.",
         {"meeting/occurred/*/Donald Trump;Vladimir Putin/*/*"}},
        {"2025-02-20", "استضاف ولي العهد السعودي الأمير محمد بن سلمان الرئيس الأمريكي دونالد ترامب في قمة خليجية أمريكية.",
         {"visit/occurred/*/Donald Trump;Mohammed bin Salman/*/*"}},
        /* the honorific حضرة (normalized as حضره 'attended it') opens no company or topic, so the
         * date after it counts */
        {"2025-06-02", "استقبل حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة ملك البلاد المعظم بقصر الصخير اليوم الرئيس الفرنسي إيمانويل ماكرون.",
         {"visit/occurred/2025-06-02/Emmanuel Macron;Hamad bin Isa Al Khalifa/Sakhir Palace, Sakhir/*"}},
        /* EV-1: a summit taken part in (مشاركته في) is the occasion of another contact the
         * sentence tells, here a letter; near-miss: a meeting on that occasion stays a meeting */
        {"2023-08-30", "وبعث الرئيس الجنوب أفريقي سيريل رامافوزا رسالة شكر إلى رئيس الوزراء الهندي ناريندرا مودي على مشاركته في قمة بريكس.",
         {"message/occurred/*/Cyril Ramaphosa;Narendra Modi/null/*"}},
        {"2023-09-10", "التقى ولي العهد الأمير محمد بن سلمان الرئيس الفرنسي إيمانويل ماكرون خلال مشاركته في قمة العشرين.",
         {"meeting/occurred/*/Mohammed bin Salman;Emmanuel Macron/*/*"}},
        /* (… but one an invitation asks him to take part in is proposed) */
        {"2023-05-10", "تسلم الرئيس السوري بشار الأسد اليوم رسالة من الملك سلمان بن عبد العزيز تتضمن دعوة للمشاركة في القمة العربية.",
         {"message/occurred/2023-05-10/King Salman;Bashar al-Assad/null/*", "meeting/proposed/null/*/*/*", NULL}},
        {"2024-05-01", "قال بوتين إن الاقتصاد ينمو.", {NULL}},
        {"2024-05-01", "اتصل وزير الخارجية بنظيره.", {NULL}},   /* no named party */
    };
    RUN(cs);
}

/* EV-4: status from modality, never another event. */
static void test_ev_status(void **state)
{
    (void)state;
    static const vcase cs[] = {
        {"2025-08-10", "سيلتقي ترامب وبوتين في ألاسكا يوم الجمعة المقبل.", {"meeting/planned/2025-08-15/*/Alaska/*"}},
        /* EV-4 cues: one not invited to a contact is left out of it, no contact (not_event; the
         * next clause's call stays), nor is one a question asks the possibility of (near-miss: a
         * question about one done); an attempt to arrange one (سعى إلى ترتيب) proposes it; a
         * withdrawal from it right before it calls it off; near-miss: a withdrawal from something
         * else, said during a contact */
        {"2025-08-14", "لم يُدعَ الرئيس زيلينسكي إلى قمة ترامب وبوتين.", {NULL}},
        {"2025-08-14", "لم يُدعَ الرئيس الأوكراني فولوديمير زيلينسكي إلى القمة، لكن ترامب قال إنه سيتصل به.",
         {"call/planned/null/Donald Trump;Volodymyr Zelenskyy/*/*", NULL}},
        {"2023-11-10", "وردا على سؤال حول احتمال لقاء الرئيسين الصيني شي جين بينغ والأمريكي جو بايدن في سان فرانسيسكو، قالت المتحدثة: ليس لدي ما أعلنه.", {NULL}},
        {"2023-11-10", "وردا على سؤال حول لقاء الرئيسين الصيني شي جين بينغ والأمريكي جو بايدن أمس، قالت المتحدثة إنه كان بناء.",
         {"meeting/occurred/2023-11-09/Xi Jinping;Joe Biden/*/*", NULL}},
        /* a correction: what was reported in error, or what a previous version said, is no
         * contact; what is right (والصحيح أن) is; near-miss: a report not corrected */
        {"2020-01-09", "ورد في خبر نشرناه أمس خطأً أن رئيس الوزراء عادل عبد المهدي التقى الوزير مايك بومبيو، والصحيح أن الرجلين أجريا اتصالا هاتفيا مساء الأربعاء.",
         {"call/occurred/2020-01-08/Adil Abdul-Mahdi;Mike Pompeo/*/*", NULL}},
        {"2023-06-15", "ورد في نسخة سابقة أن الوزير بلينكن يصل إلى بكين اليوم الخميس، والصحيح أنه سيزور العاصمة الصينية يوم الأحد حيث يلتقي نظيره تشين غانغ.",
         {"visit/planned/2023-06-18/Antony Blinken;Qin Gang/Beijing/*", NULL}},
        {"2020-01-09", "ورد في خبر نشرناه أمس أن رئيس الوزراء عادل عبد المهدي التقى الوزير مايك بومبيو.",
         {"meeting/occurred/*/Adil Abdul-Mahdi;Mike Pompeo/*/*", NULL}},
        {"2019-09-24", "سعى الرئيس ماكرون إلى ترتيب مكالمة بين الرئيس روحاني والرئيس ترامب.",
         {"call/proposed/null/Hassan Rouhani;Donald Trump/*/*", NULL}},
        {"2018-05-25", "بعث ترامب برسالة إلى كيم جونغ أون أمس يعلن فيها انسحابه من القمة المقررة.",
         {"message/occurred/2018-05-24/Donald Trump;Kim Jong Un/*/*", "meeting/cancelled/null/Donald Trump;Kim Jong Un/*/*", NULL}},
        {"2018-05-08", "أعلن ترامب انسحابه من الاتفاق النووي خلال لقائه ماكرون.",
         {"meeting/occurred/null/Donald Trump;Emmanuel Macron/*/*", NULL}},
        /* … and suspending one right before it (تعليق، عُلّقت); near-miss: a comment on one (تعليق على) */
        {"2025-10-23", "تعليق قمة بودابست بين ترامب وبوتين",
         {"meeting/cancelled/null/Donald Trump;Vladimir Putin/Budapest/*", NULL}},
        {"2025-10-23", "علقت المفاوضات بين عراقجي وويتكوف.", {"talks/cancelled/null/Abbas Araghchi;Steve Witkoff/*/*", NULL}},
        {"2025-10-23", "تعليق ترامب على لقائه مع بوتين في ألاسكا.", {"visit/occurred/null/*/Alaska/*", NULL}},
        /* EV-5: a date after a verb of saying, before the أن that opens what was said, is the
         * day it was said — for a contact done too, when what was said names a day of its own;
         * near-miss: with none, the readout's day stays */
        {"2023-06-20", "أكد الكرملين، أمس الاثنين، أن الرئيس بوتين التقى الرئيس الإماراتي محمد بن زايد في سان بطرسبورغ في الثالث من يونيو الجاري.",
         {"visit/occurred/2023-06-03/Mohamed bin Zayed Al Nahyan;Vladimir Putin/Saint Petersburg/*", NULL}},
        {"2023-06-20", "أكد الكرملين، أمس الاثنين، أن الرئيس بوتين أجرى اتصالا هاتفيا مع الرئيس الإماراتي محمد بن زايد.",
         {"call/occurred/2023-06-19/Vladimir Putin;Mohamed bin Zayed Al Nahyan/*/*", NULL}},
        /* EV-4: a contact noun a future light verb completes, سـ kept on a three-letter verb
         * (ستتم، سيتم), is planned, dated by its own day, not the day it was said */
        {"2015-04-05", "أكد مصدر دبلوماسي، اليوم الأحد، أن زيارة الرئيس التركي رجب طيب أردوغان إلى طهران ستتم يوم الثلاثاء المقبل، حيث يلتقي الرئيس حسن روحاني.",
         {"visit/planned/2015-04-07/Recep Tayyip Erdogan;Hassan Rouhani/Tehran/*", NULL}},
        /* EV-4: one that may take place (ربما; قد or قد لا before an imperfect verb, or before a
         * verb of travel that leads to it; لم تستبعد) is proposed; near-miss: قد before a perfect */
        {"2025-04-04", "أفادت مصادر بأن المبعوث الأميركي ستيف ويتكوف ربما يزور موسكو الأسبوع المقبل للقاء الرئيس فلاديمير بوتين.",
         {"visit/proposed/2025-W15/Steve Witkoff;Vladimir Putin/Moscow/*", NULL}},
        {"2023-01-15", "ذكرت صحيفة هآرتس أن رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد يتوجه غدا إلى القاهرة للقاء الرئيس عبد الفتاح السيسي.",
         {"visit/proposed/2023-01-16/Benjamin Netanyahu;Abdel Fattah el-Sisi/Cairo/*", NULL}},
        {"2024-07-16", "قال الكرملين إن بوتين قد يلتقي الأسد قريبا، وقد لا يلتقيان.", {"meeting/proposed/null/Vladimir Putin;Bashar al-Assad/*/*", NULL}},
        {"2023-05-10", "لم تستبعد رئيسة الوزراء الإيطالية جورجيا ميلوني أن تلتقي الرئيس التونسي قيس سعيد.", {"meeting/proposed/*/*/*/*", NULL}},
        {"2025-04-04", "وكان الرئيس الأمريكي دونالد ترامب قد التقى الرئيس الروسي فلاديمير بوتين في هلسنكي عام 2018.",
         {"meeting/occurred/2018/Donald Trump;Vladimir Putin/Helsinki/*", NULL}},
        /* a cue's last word that opens a trigger (على عقد، عقد جولة: a round of talks to come);
         * near-miss: a round with no light verb, an inspection tour */
        {"2025-04-20", "واتفق وزير الخارجية الإيراني عباس عراقجي والمبعوث الأميركي ستيف ويتكوف على عقد جولة ثالثة في مسقط.",
         {"talks/planned/null/Abbas Araghchi;Steve Witkoff/Muscat/*"}},
        {"2025-04-20", "قام الرئيس عبد الفتاح السيسي بجولة تفقدية في العاصمة الإدارية رفقة رئيس الوزراء مصطفى مدبولي.", {NULL}},
        /* … and the round definite, its ordinal after it; a meeting whose verb's subject is the
         * delegations (الوفدان) is talks; near-miss: a tour that is no round (اختتم الجولة) */
        {"2025-05-02", "وكان وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف قد عقدا الجولة الثالثة في مسقط السبت الماضي.",
         {"talks/occurred/2025-04-26/Abbas Araghchi;Steve Witkoff/Muscat/*", NULL}},
        {"2025-04-20", "ومن المقرر أن يلتقي الوفدان برئاسة وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف مجدداً السبت المقبل في مسقط.",
         {"talks/planned/2025-04-26/Abbas Araghchi;Steve Witkoff/Muscat/*", NULL}},
        {"2025-05-02", "اختتم وزير الخارجية الإيراني عباس عراقجي الجولة الخليجية بلقاء المبعوث الأمريكي ستيف ويتكوف في مسقط.",
         {"meeting/occurred/null/Abbas Araghchi;Steve Witkoff/Muscat/*", NULL}},
        /* a headline's present that puts off (ترجئ) the contact the body tells put off: one event */
        {"2023-12-28", "«إيغاد» ترجئ لقاء البرهان وحميدتي في جيبوتي\\n\\nأعلنت إيغاد تأجيل اللقاء الذي كان مقررا اليوم الخميس في جيبوتي بين عبد الفتاح البرهان ومحمد حمدان دقلو.",
         {"meeting/cancelled/2023-12-28/Abdel Fattah al-Burhan;Mohamed Hamdan Dagalo/Djibouti/*", NULL}},
        /* a definite adjective after a contact (المقبلة) is its own only when the contact is
         * definite too: not "اتصال هاتفي … الخطوات المقبلة"; near-misses: a pronoun, a construct */
        {"2025-03-14", "وكان وزيرا الخارجية الأرميني أرارات ميرزويان والتركي هاكان فيدان قد بحثا في اتصال هاتفي أمس الخطوات المقبلة.",
         {"call/occurred/2025-03-13/Ararat Mirzoyan;Hakan Fidan/null/*"}},
        {"2025-03-14", "وبحث الرئيسان فلاديمير بوتين وشي جين بينغ لقاءهما المقبل.", {"meeting/planned/null/*/*/*"}},
        {"2025-03-14", "وأكد بوتين وشي أهمية لقاء الرئيسين المقبل.", {"meeting/planned/null/*/*/*"}},
        /* a phrase whose verb has the future سـ (يتحدث هاتفيا); near-miss: its perfect */
        {"2024-03-17", "قال مسؤول في البيت الأبيض إن الرئيس جو بايدن سيتحدث هاتفياً مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
         {"call/planned/null/Joe Biden;Benjamin Netanyahu/null/*"}},
        {"2024-03-17", "قال مسؤول في البيت الأبيض إن الرئيس جو بايدن تحدث هاتفياً مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
         {"call/occurred/*/Joe Biden;Benjamin Netanyahu/null/*"}},
        /* EV-5: a weekday alone is the next one for a contact still to come (the time stage reads
         * the last one); near-miss: an occurred contact keeps the last */
        {"2025-11-04T19:00", "ومن المنتظر أن يستقبل الرئيس عبد المجيد تبون عبد الحميد الدبيبة يوم الخميس.",
         {"visit/planned/2025-11-06/Abdul Hamid Dbeibah;Abdelmadjid Tebboune/*/*"}},
        /* (… also with a part of the day: "مساء الاثنين", out on a Sunday) */
        {"2025-07-06", "يتوجه رئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم الأحد إلى واشنطن، حيث يستقبله الرئيس الأميركي دونالد ترامب في البيت الأبيض مساء الاثنين.",
         {"visit/planned/2025-07-07/Benjamin Netanyahu;Donald Trump/*/*"}},
        {"2025-11-04T19:00", "استقبل الرئيس عبد المجيد تبون عبد الحميد الدبيبة يوم الخميس.",
         {"visit/occurred/2025-10-30/Abdul Hamid Dbeibah;Abdelmadjid Tebboune/*/*"}},
        /* EV-5: a Hijri date and the civil one it is الموافق: the civil one (the Hijri month's start
         * varies by country) */
        {"2024-12-20T21:00", "استقبل الملك محمد السادس، يوم الجمعة 18 جمادى الآخرة 1446 هـ الموافق 20 دجنبر 2024 بالدار البيضاء، الرئيس محمد ولد الشيخ الغزواني.",
         {"visit/occurred/2024-12-20/Mohamed Ould Ghazouani;King Mohammed VI/Casablanca/*"}},
        /* EV-5: the publication's own weekday alone is that day for a plan (the time stage reads
         * the next week, as Duckling does); near-misses: المقبل, and a contact done */
        {"2025-03-11T09:00", "من المقرر أن يلتقي الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين يوم الثلاثاء.",
         {"meeting/planned/2025-03-11/Donald Trump;Vladimir Putin/*/*"}},
        {"2024-02-05T13:00", "ألغيت الزيارة التي كان يفترض أن يقوم بها وزير الخارجية الإسباني خوسيه مانويل ألباريس إلى الجزائر يوم الإثنين، حيث كان من المقرر أن يلتقي نظيره أحمد عطاف.",
         {"visit/cancelled/2024-02-05/José Manuel Albares;Ahmed Attaf/Algeria/*"}},
        {"2025-03-11T09:00", "سيلتقي الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين الثلاثاء المقبل.",
         {"meeting/planned/2025-03-18/Donald Trump;Vladimir Putin/*/*"}},
        {"2025-03-11T09:00", "التقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين يوم الثلاثاء.",
         {"meeting/occurred/2025-03-11/Donald Trump;Vladimir Putin/*/*"}},
        /* EV-1, EV-6: يحل بـ is travel; a receiving verb with an object pronoun has the one named
         * before as its guest */
        {"2025-04-04T09:00", "يحل وزير الخارجية الفرنسي جان نويل بارو بالجزائر يوم الأحد المقبل، حيث سيستقبله الرئيس عبد المجيد تبون.",
         {"visit/planned/2025-04-06/Jean-Noël Barrot;Abdelmadjid Tebboune/Algeria/*"}},
        /* … and so does a 3fs receiving verb with its guest as object pronoun (استقبلته) */
        {"2024-06-14", "وصل رئيس الوزراء الهندي ناريندرا مودي اليوم إلى روما، واستقبلته رئيسة الوزراء الإيطالية جورجيا ميلوني.",
         {"visit/occurred/2024-06-14/Narendra Modi;Giorgia Meloni/Rome/*", NULL}},
        /* … the perfect حل as the verb opening its sentence; near-miss: حل elsewhere is "solving" */
        {"2025-04-15", "حل وزير الخارجية أحمد عطاف، أمس الاثنين، ببكين في زيارة رسمية بدعوة من نظيره الصيني وانغ يي.",
         {"visit/occurred/2025-04-14/Ahmed Attaf;Wang Yi/Beijing/*"}},
        {"2025-04-15", "بحث السيسي مع ماكرون حل الأزمة بالطرق السلمية خلال لقائهما في روما.",
         {"meeting/occurred/*/Abdel Fattah el-Sisi;Emmanuel Macron/Rome/*"}},
        /* … also past a dateline or on و */
        {"2023-09-26", "بنغازي - حل المشير خليفة حفتر اليوم بموسكو حيث أجرى مباحثات مع الرئيس فلاديمير بوتين.",
         {"visit/occurred/2023-09-26/Khalifa Haftar;Vladimir Putin/Moscow/*"}},
        {"2023-09-26", "وحل المشير خليفة حفتر بموسكو حيث أجرى مباحثات مع الرئيس فلاديمير بوتين.",
         {"visit/occurred/null/Khalifa Haftar;Vladimir Putin/Moscow/*"}},
        /* … and the mood of the verb of travel before ضيفا على is the visit's */
        {"2025-11-15", "يحل الرئيس الموريتاني محمد ولد الشيخ الغزواني، بعد غد الاثنين 17 نوفمبر، ضيفا على الجزائر بدعوة من الرئيس عبد المجيد تبون.",
         {"visit/planned/2025-11-17/Mohamed Ould Ghazouani;Abdelmadjid Tebboune/Algeria/*"}},
        /* EV-4 cues: تستعد، يرتقب أن (planned); لن تتم (تتم a light verb, so the scheduled summit is
         * called off); عارية عن الصحة، نافيا (denied); a question (هل) and "never before" (لم
         * يسبق) tell no contact; near-miss: "لم يسبق لها مثيل" after its trigger */
        {"2025-04-07", "تستعد رئيسة الوزراء الإيطالية جورجيا ميلوني لزيارة الجزائر للقاء الرئيس عبد المجيد تبون.",
         {"visit/planned/null/Giorgia Meloni;Abdelmadjid Tebboune/Algeria/*"}},
        {"2025-08-20", "يرتقب أن يحل الرئيس التشادي محمد إدريس ديبي بنواكشوط في زيارة يلتقي خلالها الرئيس محمد ولد الشيخ الغزواني.",
         {"visit/planned/null/Mahamat Déby;Mohamed Ould Ghazouani/Nouakchott/*"}},
        {"2024-09-20", "القمة المرتقبة بين مسعود بزشكيان ومحمد بن سلمان لن تتم.", {"meeting/cancelled/null/*/*/*"}},
        {"2025-07-21", "الأنباء عن لقاء بين قيس سعيد وجورجيا ميلوني عارية عن الصحة.", {"meeting/denied/null/Kais Saied;Giorgia Meloni/*/*"}},
        {"2024-12-09", "وأكد ديمتري بيسكوف ذلك، نافيا تقارير عن لقاء جمع فلاديمير بوتين وبشار الأسد أمس.",
         {"meeting/denied/2024-12-08/Vladimir Putin;Bashar al-Assad/*/*"}},
        /* … and a headline's present يوافقان على (planned): the body's plan, no other contact */
        {"2023-12-10", "البرهان وحميدتي يوافقان على لقاء مباشر\\nأعلنت إيغاد أمس أن الفريق أول عبد الفتاح البرهان ومحمد حمدان دقلو وافقا على عقد لقاء مباشر خلال خمسة عشر يوماً.",
         {"meeting/planned/null/Abdel Fattah al-Burhan;Mohamed Hamdan Dagalo/*/*", NULL}},
        /* … and a headline's present تنفي (denied) */
        {"2023-03-14", "أنقرة تنفي اتصالاً بين أردوغان والأسد", {"call/denied/null/Recep Tayyip Erdogan;Bashar al-Assad/*/*", NULL}},
        {"2024-11-05", "هل سيلتقي محمد بن سلمان مسعود بزشكيان الأسبوع المقبل؟", {NULL}},
        {"2024-05-02", "لم يسبق أن التقى خافيير ميلي لولا دا سيلفا.", {NULL}},
        {"2022-08-27", "قام الرئيس إيمانويل ماكرون بزيارة لم يسبق لها مثيل إلى الجزائر حيث التقى الرئيس عبد المجيد تبون.",
         {"visit/occurred/*/Emmanuel Macron;Abdelmadjid Tebboune/Algeria/*"}},
        /* a light verb after the cue reaches a trigger of its own clause only (near-miss: the
         * meeting of the next clause took place); a call-off after a relative clause is its
         * subject's, not the meeting the visit was for */
        {"2023-09-04", "لم يتم ذلك، وجرى لقاء بين أردوغان وبوتين في سوتشي.", {"meeting/occurred/null/*/Sochi/*"}},
        {"2024-09-20", "الزيارة التي كان مرتقبا أن يقوم بها الرئيس الإيراني مسعود بزشكيان إلى الرياض للقاء ولي العهد الأمير محمد بن سلمان لن تتم.",
         {"visit/cancelled/null/Masoud Pezeshkian;Mohammed bin Salman/Riyadh/*"}},
        /* أجلت after its noun (passive) calls it off, as before it (active) */
        {"2025-04-13", "كان من المقرر أن يزور الرئيس قيس سعيد طرابلس للقاء محمد المنفي، لكن الزيارة أجلت.",
         {"visit/cancelled/null/Kais Saied;Mohamed al-Menfi/Tripoli/*"}},
        {"2025-04-13", "وأجلت الرئاسة التونسية زيارة الرئيس قيس سعيد إلى طرابلس للقاء محمد المنفي.",
         {"visit/cancelled/null/Kais Saied;Mohamed al-Menfi/Tripoli/*"}},
        /* no contact: one avoided, a channel of communication, a message that is a signal */
        {"2025-04-13", "وتجنب الرئيس ترامب زيارة إسرائيل خلال جولته بسبب الفتور في علاقته مع نتنياهو.", {NULL}},
        {"2025-04-13", "وتوجد قنوات اتصال بين الدبيبة وحفتر منذ أشهر.", {NULL}},
        {"2025-04-13", "وحضر السوداني تشييع رئيسي، في رسالة واضحة إلى ترامب.", {NULL}},
        /* near-miss: a letter beside the signal */
        {"2025-04-13", "وبعث الرئيس تبون رسالة إلى الرئيس ماكرون، في رسالة واضحة على رغبة الجزائر في التهدئة.",
         {"message/occurred/null/Abdelmadjid Tebboune;Emmanuel Macron/null/*"}},
        {"2025-08-10", "من المقرر أن يعقد ترامب وبوتين قمة في ألاسكا.", {"meeting/planned/*/*/Alaska/*"}},
        {"2025-08-10", "أعلن الكرملين إلغاء لقاء بوتين وترامب في بودابست.", {"meeting/cancelled/*/*/*/*"}},
        {"2025-08-10", "نفى بيسكوف أن يكون بوتين قد اتصل بترامب.", {"call/denied/*/Vladimir Putin;Donald Trump/*/*"}},
        /* a cue after و on a three-letter word (ونفى، ودعا), as triggers are (وزار) */
        {"2025-03-20T08:00", "ونفى الكرملين أن يكون بوتين قد اتصل بترامب يوم الأربعاء.", {"call/denied/2025-03-19/*/*/*"}},
        {"2025-08-10", "ودعا بوتين ترامب إلى زيارة موسكو.", {"visit/proposed/*/*/*/*"}},
        {"2025-08-10", "قال بيسكوف إن بوتين اتصل بترامب أمس.", {"call/occurred/2025-08-09/Vladimir Putin;Donald Trump/*/*"}},
        /* EV-6: a verb after أن has its subject right after it, even one of a pair named before
         * (visitor first); near-miss: the subject between أن and the verb */
        {"2026-02-10", "تلقى وزير الخارجية فؤاد حسين اتصالا من نظيره الإيراني عباس عراقجي. واتفق الجانبان على أن يزور حسين طهران الشهر المقبل.",
         {"call/occurred/*/Abbas Araghchi;Fuad Hussein/*/*", "visit/planned/2026-03/Fuad Hussein;Abbas Araghchi/Tehran/*"}},
        {"2026-02-10", "وأعلن الجانبان أن عباس عراقجي سيزور بغداد للقاء فؤاد حسين.", {"visit/planned/*/Abbas Araghchi;Fuad Hussein/Baghdad/*"}},
        /* … but after a verb of wanting (W_CONTROL) the one who wants is its subject: named
         * right before أن, or the speaker of إنه (EV-2); near-miss: one who wants for another,
         * with no one named before أن, leaves the subject after the verb */
        {"2019-08-27", "يأمل الرئيس الأمريكي دونالد ترامب أن يلتقي الرئيس الإيراني حسن روحاني قريبا.",
         {"meeting/proposed/*/Donald Trump;Hassan Rouhani/*/*"}},
        {"2018-06-15", "قال رئيس الوزراء الياباني شينزو آبي إنه يأمل أن يلتقي الزعيم الكوري الشمالي كيم جونغ أون.",
         {"meeting/proposed/*/Shinzo Abe;Kim Jong Un/*/*"}},
        {"2019-08-27", "يعتزم ترامب أن يزور بكين للقاء شي جين بينغ.", {"visit/planned/*/Donald Trump;Xi Jinping/Beijing/*"}},
        {"2019-08-27", "قالت الرئاسة الجزائرية إنها تأمل أن يزور ماكرون الجزائر ويلتقي تبون.",
         {"visit/proposed/*/Emmanuel Macron;Abdelmadjid Tebboune/Algeria/*"}},
        /* EV-2: an أن after the one that opens what is said, with no verb of saying between, is
         * inside it: its persons are parties; near-miss: a second verb of saying makes its subject
         * a reporter too */
        {"2025-03-11", "قال مساعد الرئيس الروسي يوري أوشاكوف إن الرئيس فلاديمير بوتين والرئيس دونالد ترامب اتفقا على أن يلتقيا في بودابست.",
         {"meeting/planned/*/Vladimir Putin;Donald Trump/Budapest/*"}},
        {"2025-03-11", "قال وزير الخارجية الروسي سيرغي لافروف إن وزير الخارجية الأمريكي ماركو روبيو أكد أن المبعوث ستيف ويتكوف سيلتقي الرئيس فلاديمير بوتين.",
         {"meeting/planned/*/Steve Witkoff;Vladimir Putin/*/*"}},
        /* EV-2: one named in what a speaker says at a contact takes no part in it; near-miss: the
         * counterpart named before what he says */
        {"2025-03-19", "قال بايدن خلال اجتماع لمجلس الأمن القومي إن بوتين ارتكب خطأ.", {NULL}},
        {"2025-03-19", "أكد بوتين خلال اتصال هاتفي مع ترامب أن روسيا تريد السلام.", {"call/occurred/*/Vladimir Putin;Donald Trump/*/*"}},
        /* a contact noun's relative clause names its parties; near-miss: one person there */
        {"2025-03-19", "وصف ماكرون المكالمة التي أجراها ترامب مع بوتين بأنها مفيدة.", {"call/occurred/*/Donald Trump;Vladimir Putin/*/*"}},
        {"2025-03-19", "وصف ماكرون المكالمة التي أجراها مع بوتين بأنها مفيدة.", {"call/occurred/*/Emmanuel Macron;Vladimir Putin/*/*"}},
        {"2025-08-10", "دعا بوتين ترامب إلى زيارة موسكو.", {"visit/proposed/*/*/*/*"}},
        {"2025-08-10", "قال ترامب في مقابلة إنه تحدث مع بوتين عدة مرات.", {NULL}},
        /* EV-6: تسلم … من, like تلقى, names the sender after it; EV-2: the deceased a message is
         * about is its occasion, not a party */
        {"2023-07-20", "تسلم الرئيس التونسي قيس سعيد رسالة خطية من الرئيس الجزائري عبد المجيد تبون.",
         {"message/occurred/*/Abdelmadjid Tebboune;Kais Saied/*/*"}},
        {"2024-05-20", "بعث الرئيس عبد الفتاح السيسي برقية تعزية إلى المرشد الإيراني علي خامنئي في وفاة الرئيس إبراهيم رئيسي.",
         {"message/occurred/*/Abdel Fattah el-Sisi;Ali Khamenei/*/*"}},
        /* near-miss: with the occasion's person the only other one, he stays a party */
        {"2024-05-20", "بعث السيسي برقية تهنئة بمناسبة فوز ترامب.", {"message/occurred/*/Abdel Fattah el-Sisi;Donald Trump/*/*"}},
        /* EV-4: a future light verb completes a noun trigger; a month after the publication's */
        {"2024-06-15", "وكشف مصدر أن اجتماعا ثلاثيا سيعقد بين بوتين وأردوغان في طهران.", {"meeting/planned/null/*/Tehran/*"}},
        {"2024-06-15", "التقى بوتين وأردوغان في طهران خلال شهر يوليو المقبل.", {"meeting/planned/2024-07/*/Tehran/*"}},
        /* near-misses: a past light verb in the clause; this month */
        {"2024-06-15", "عقد بوتين وأردوغان اجتماعا في طهران، ثم قال إن اجتماعا آخر سيعقد.", {"meeting/occurred/*/*/*/*"}},
        {"2024-06-15", "التقى بوتين وأردوغان في طهران خلال هذا الشهر.", {"meeting/occurred/2024-06/*/Tehran/*"}},
        /* EV-4: an imperfect of chairing or opening one, opening its clause, is an announcement;
         * near-miss: the perfect, ترأس, tells it held */
        {"2019-02-24T09:00:00+03:00", "يترأس الرئيس عبد الفتاح السيسي ورئيس المجلس الأوروبي دونالد توسك اليوم الأحد أعمال القمة العربية الأوروبية الأولى في شرم الشيخ.",
         {"meeting/planned/2019-02-24/*/Sharm el-Sheikh/*", NULL}},
        {"2019-03-31T09:00:00+03:00", "تنطلق اليوم الأحد في العاصمة التونسية أعمال القمة العربية برئاسة الرئيس التونسي الباجي قائد السبسي وبمشاركة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.",
         {"meeting/planned/2019-03-31/*/Tunis/*", NULL}},
        {"2019-02-24T21:00:00+03:00", "ترأس الرئيس عبد الفتاح السيسي ورئيس المجلس الأوروبي دونالد توسك اليوم الأحد أعمال القمة العربية الأوروبية الأولى في شرم الشيخ.",
         {"meeting/occurred/2019-02-24/*/Sharm el-Sheikh/*", NULL}},
        /* EV-5: an anniversary or a revolution named by its month is no date of the contact */
        {"2024-07-23", "أبرق الملك سلمان إلى الرئيس السيسي مهنئا بذكرى ثورة يوليو.", {"message/occurred/null/*/*/*"}},
        /* EV-5: the date of the occasion is not the contact's */
        {"2024-06-15", "هنأ أمير الكويت الشيخ مشعل الأحمد الجابر الصباح في برقية بعثها إلى الرئيس عبد الفتاح السيسي بمناسبة ذكرى ثورة 30 يونيو.",
         {"message/occurred/null/*/*/*"}},
        /* EV-1: cues on a two-letter particle after و (ومن المقرر، ولن، ولم) */
        {"2023-03-20", "ومن المقرر أن يعقد بوتين وشي جين بينغ قمة.", {"meeting/planned/*/*/*/*"}},
        {"2023-03-20", "ولن يلتقي بوتين وشي جين بينغ.", {"meeting/denied/*/*/*/*"}},
        {"2023-03-20", "ولم يلتق بوتين وشي جين بينغ.", {"meeting/denied/*/*/*/*"}},
        /* لن/لم with a light verb after the contact noun of its clause */
        {"2025-03-19", "أكد الكرملين أن اللقاء بين بوتين وترامب لن يعقد.", {"meeting/denied/*/*/*/*"}},
        /* … also past a relative clause set off by commas, which set it for a day: called off
         * then; near-miss: a cue with a contact of its own after it */
        {"2025-06-14T15:00:00+03:00", "أعلنت سلطنة عمان اليوم السبت أن جولة المحادثات بين وزير الخارجية الإيراني عباس عراقجي والمبعوث الأميركي ستيف ويتكوف، التي كانت مقررة في مسقط غدا الأحد، لن تعقد.",
         {"talks/cancelled/2025-06-15/Abbas Araghchi;Steve Witkoff/Muscat/*", NULL}},
        {"2023-03-01", "كانت آخر مكالمة هاتفية بين الرئيس الأمريكي جو بايدن والرئيس الروسي فلاديمير بوتين في 12 فبراير 2022، ومنذ ذلك الحين، لم تجر أي اتصالات هاتفية بين الزعيمين.",
         {"call/occurred/2022-02-12/Joe Biden;Vladimir Putin/*/*", NULL}},
        /* the possibility of a contact is a proposal of it; a message posted on a platform is
         * no message to anyone; near-miss: a message sent to someone */
        {"2025-04-10", "أكد بيسكوف إمكانية لقاء بوتين وترامب.", {"meeting/proposed/*/*/*/*"}},
        /* (… not one a question asks about: "ردّ بيسكوف على سؤال حول إمكانية لقاء بوتين وترامب") */
        {"2025-04-10", "ردّ بيسكوف على سؤال حول إمكانية لقاء بوتين وترامب.", {NULL}},
        {"2025-04-10", "نشر ترامب رسالة على منصته تروث سوشيال هاجم فيها بايدن.", {NULL}},
        {"2025-04-10", "بعث ترامب رسالة إلى بايدن هنأه فيها.", {"message/occurred/*/Donald Trump;Joe Biden/*/*"}},
        /* EV-5: a date before the word of a cancelled or denied contact that follows the verb of
         * saying or calling off is that verb's, and a plan's after a verb of saying before its
         * أن is the day it was said; EV-4: the verb before a date set off by commas governs the
         * trigger after it; near-miss: a plan's own date after its word stays */
        {"2018-05-24", "ألغى ترامب، اليوم الخميس، القمة التي كانت مقررة مع كيم جونغ أون في 12 يونيو المقبل.",
         {"meeting/cancelled/2018-06-12/Donald Trump;Kim Jong Un/*/*"}},
        /* … and so does one before words of how or when set off so (في آخر لحظة، مؤقتا); near-miss:
         * a clause of other words set off between governs nothing after it */
        {"2024-02-12", "أُلغيت، في آخر لحظة، زيارة وزير الخارجية الإسباني خوسيه مانويل ألباريس إلى الجزائر، التي كان من المنتظر أن يلتقي خلالها نظيره أحمد عطاف.",
         {"visit/cancelled/null/José Manuel Albares;Ahmed Attaf/Algeria/*", NULL}},
        {"2024-02-12", "أرجئت، مؤقتا، زيارة وزير الخارجية الإسباني خوسيه مانويل ألباريس إلى الجزائر للقاء أحمد عطاف.",
         {"visit/cancelled/null/José Manuel Albares;Ahmed Attaf/Algeria/*", NULL}},
        {"2024-02-12", "ألغى البرلمان، الذي ناقش الميزانية، جلسته، وقام وزير الخارجية الإسباني خوسيه مانويل ألباريس بزيارة إلى الجزائر التقى خلالها أحمد عطاف.",
         {"visit/occurred/null/José Manuel Albares;Ahmed Attaf/Algeria/*", NULL}},
        {"2023-10-17", "أعلن الصفدي، اليوم الثلاثاء، إلغاء القمة التي كان من المقرر أن تستضيفها عمّان غدا بمشاركة بايدن والسيسي.",
         {"meeting/cancelled/2023-10-18/Joe Biden;Abdel Fattah el-Sisi/Amman/*"}},
        {"2025-10-22", "أعلن ترامب، اليوم الأربعاء، إلغاء القمة التي كان يعتزم عقدها مع بوتين في بودابست.",
         {"meeting/cancelled/null/Donald Trump;Vladimir Putin/Budapest/*"}},
        {"2025-08-16", "وأعلن زيلينسكي، اليوم السبت، أنه سيلتقي ترامب في واشنطن.", {"visit/planned/null/*/*/*"}},
        {"2025-08-16", "وأعلن زيلينسكي، اليوم السبت، أنه سيلتقي ترامب في واشنطن يوم الاثنين المقبل 18 أغسطس.",
         {"visit/planned/2025-08-18/*/*/*"}},
        /* … and one put off to a later date, also in a later clause, is planned for that date
         * beside the one called off */
        {"2024-02-05", "القمة بين ماكرون وميلوني، التي كانت مقررة يوم 15 فبراير، تأجلت إلى مارس المقبل.",
         {"meeting/cancelled/2024-02-15/Emmanuel Macron;Giorgia Meloni/*/*", "meeting/planned/2024-03/Emmanuel Macron;Giorgia Meloni/*/*"}},
        /* … also from the day it had been set for, right before إلى, and in a later clause on a
         * word of putting off, to the day it was published; near-miss: not «إلى اليوم» after no such word */
        {"2025-02-05T07:30:00+02:00", "تقرر تأجيل لقاء نواف سلام ونبيه بري الذي كان مقررا أمس إلى الأحد المقبل.",
         {"meeting/cancelled/2025-02-04/Nawaf Salam;Nabih Berri/null/*", "meeting/planned/2025-02-09/Nawaf Salam;Nabih Berri/null/*", NULL}},
        {"2025-02-05T07:30:00+02:00", "وكان مقرراً أن يلتقي نواف سلام نبيه بري أمس بعد الظهر، إلا أن اللقاء أُرجئ إلى اليوم.",
         {"meeting/cancelled/2025-02-04/Nawaf Salam;Nabih Berri/null/*", "meeting/planned/2025-02-05/Nawaf Salam;Nabih Berri/null/*", NULL}},
        {"2025-02-05T07:30:00+02:00", "وكان مقرراً أن يلتقي نواف سلام نبيه بري أمس، لكنه أُرجئ، ولم يعقد إلى اليوم.",
         {"meeting/cancelled/2025-02-04/Nawaf Salam;Nabih Berri/null/*", NULL}},
        {"2025-02-05T07:30:00+02:00", "وأرجئ لقاء نواف سلام ونبيه بري مرارا ولم يعقد إلى اليوم.",
         {"meeting/cancelled/*/Nawaf Salam;Nabih Berri/null/*", NULL}},
        /* … and on إلى after the relative clause set off after the contact a word of putting off
         * opens ("، إلى يونيو المقبل"); near-miss: إلى حين (no date) */
        {"2023-05-03T09:00:00+03:00", "أُرجئت زيارة الرئيس عبد المجيد تبون إلى فرنسا، التي كانت مقررة في مايو الجاري تلبية لدعوة من الرئيس إيمانويل ماكرون، إلى يونيو المقبل.",
         {"visit/cancelled/2023-05/Abdelmadjid Tebboune;Emmanuel Macron/France/*", "visit/planned/2023-06/Abdelmadjid Tebboune;Emmanuel Macron/France/*", NULL}},
        {"2023-05-03T09:00:00+03:00", "أُرجئت زيارة الرئيس عبد المجيد تبون إلى فرنسا، التي كانت مقررة في مايو الجاري تلبية لدعوة من الرئيس إيمانويل ماكرون، إلى حين.",
         {"visit/cancelled/2023-05/Abdelmadjid Tebboune;Emmanuel Macron/France/*", NULL}},
        /* EV-7: a country gives way to a city of it named after في; near-miss: a city in what the
         * talks were about */
        {"2023-02-14", "أجرى الرئيس الإيراني إبراهيم رئيسي اليوم، خلال زيارة رسمية إلى الصين، محادثات مع الرئيس الصيني شي جين بينغ في بكين.",
         {"visit/occurred/2023-02-14/Ebrahim Raisi;Xi Jinping/Beijing/*"}},
        {"2023-02-14", "أجرى الرئيس الإيراني إبراهيم رئيسي اليوم، خلال زيارة رسمية إلى الصين، محادثات مع الرئيس الصيني شي جين بينغ حول مشروع القطار في بكين.",
         {"visit/occurred/2023-02-14/Ebrahim Raisi;Xi Jinping/China/*"}},
        /* EV-7: a denied report's place is told after its word, not in the denial's source */
        {"2022-10-25", "أكد مصدر برئاسة الجمهورية الجزائرية أنه لا صحة لما تداولته المواقع بشأن لقاء بين تبون والملك محمد السادس.",
         {"meeting/denied/null/Abdelmadjid Tebboune;King Mohammed VI/null/*"}},
        /* EV-4: one not aware of any contact (لست على علم بأي …) denies it */
        {"2025-10-16T10:00:00+03:00", "وقال المتحدث باسم الوزارة: «لست على علم بأي محادثة بين مودي وترامب أمس».",
         {"call/denied/2025-10-15/Narendra Modi;Donald Trump/null/*", NULL}},
        /* EV-4: contacts counted in digits before مرة/مرات, or more often than with anyone
         * else, are no one contact; near-miss: times on a day the clause gives */
        {"2022-03-10", "والتقى أردوغان بوتين أكثر من 40 مرة منذ عام 2003.", {NULL}},
        /* EV-4: two contacts the pair held (a dual verb) or since a time, on no day, are twice;
         * near-miss: one party's two calls with two others are two contacts */
        {"2023-06-10", "وكان الوزيران السعودي فيصل بن فرحان والإيراني حسين أمير عبد اللهيان قد أجريا اتصالين هاتفيين منذ الإعلان عن الاتفاق في مارس الماضي.", {NULL}},
        /* … but the last (or foremost) of them, told with its day in the clause right after
         * (كان آخرهما في …), is a contact on that day; near-miss: no day told there */
        {"2021-11-16", "وكان الرئيسان الأميركي جو بايدن والصيني شي جينبينغ قد أجريا اتصالين هاتفيين منذ يناير، كان آخرهما في سبتمبر الماضي.",
         {"call/occurred/2021-09/Joe Biden;Xi Jinping/null/*", NULL}},
        {"2025-04-12", "والتقى المبعوث الأميركي ستيف ويتكوف الرئيس الروسي فلاديمير بوتين مرتين في موسكو، كان آخرهما في 13 مارس.",
         {"meeting/occurred/2025-03-13/Steve Witkoff;Vladimir Putin/Moscow/*", NULL}},
        {"2021-11-16", "وكان الرئيسان الأميركي جو بايدن والصيني شي جينبينغ قد أجريا اتصالين هاتفيين منذ يناير، كان آخرهما مثمرا.", {NULL}},
        {"2023-06-10", "أجرى الرئيس رجب طيب أردوغان اتصالين هاتفيين مع الرئيس فلاديمير بوتين والرئيس فولوديمير زيلينسكي.",
         {"call/occurred/null/Recep Tayyip Erdogan;Vladimir Putin/*/*", "call/occurred/null/Recep Tayyip Erdogan;Volodymyr Zelenskyy/*/*"}},
        /* EV-4: the dual of intending (يعتزمان) plans */
        {"2023-06-10", "وأعلن البيان أن الرئيسين فلاديمير بوتين ورجب طيب أردوغان يعتزمان اللقاء قريبا.",
         {"meeting/planned/null/Vladimir Putin;Recep Tayyip Erdogan/*/*"}},
        {"2022-03-10", "وتحدث أردوغان مع بوتين هاتفيا أكثر من أي زعيم آخر.", {NULL}},
        {"2022-03-10", "التقى أردوغان بوتين 3 مرات في 5 مارس 2020.", {"meeting/occurred/2020-03-05/*/*/*"}},
        /* EV-2: who it was told by, after وفق ما أعلن / كما أعلن, is no party */
        {"2024-06-20", "تستضيف أستانا قمة منظمة شنغهاي للتعاون مطلع يوليو المقبل، ومن المقرر أن يلتقي شي جين بينغ بوتين على هامشها، وفق ما أعلن يوري أوشاكوف.",
         {"meeting/planned/2024-07/Xi Jinping;Vladimir Putin/Astana/*"}},
        /* … also after حسبما written as one word, past his title */
        {"2022-07-15", "تعقد في طهران، الثلاثاء المقبل، قمة ثلاثية تجمع الرئيس الروسي فلاديمير بوتين والرئيس الإيراني إبراهيم رئيسي والرئيس التركي رجب طيب أردوغان، حسبما أعلن مساعد الرئيس الروسي يوري أوشاكوف.",
         {"meeting/planned/2022-07-19/Vladimir Putin;Ebrahim Raisi;Recep Tayyip Erdogan/Tehran/*", NULL}},
        /* EV-11: the plan of a called-off visit told with خلالها is that visit's, no contact of
         * its own */
        {"2023-11-27", "تأجلت زيارة إبراهيم رئيسي إلى تركيا، وكان من المقرر أن يلتقي خلالها أردوغان.",
         {"visit/cancelled/null/Ebrahim Raisi;Recep Tayyip Erdogan/Turkey/*"}},
        /* EV-2: a dual whose two contacts are dated one by one after it (past a colon too) is
         * two contacts, each on its day; near-miss: only one of them dated */
        {"2025-10-31", "سبق لقاء بوسان اتصالان هاتفيان بين الرئيس الأمريكي دونالد ترامب ونظيره الصيني شي جين بينغ: الأول في 5 حزيران/يونيو 2025، والثاني في 19 أيلول/سبتمبر 2025.",
         {"call/occurred/2025-06-05/Donald Trump;Xi Jinping/*/*", "call/occurred/2025-09-19/Donald Trump;Xi Jinping/*/*", NULL}},
        {"2025-10-31", "أجرى الرئيس ترامب اتصالين هاتفيين بالرئيس شي جين بينغ، أولهما في 5 حزيران، وثانيهما في 19 أيلول.",
         {"call/occurred/2025-06-05/Donald Trump;Xi Jinping/*/*", "call/occurred/2025-09-19/Donald Trump;Xi Jinping/*/*", NULL}},
        {"2025-10-31", "أجرى الرئيس ترامب اتصالين هاتفيين بالرئيس شي جين بينغ، أولهما في 5 حزيران.",
         {"call/occurred/null/Donald Trump;Xi Jinping/*/*", NULL}},
        /* EV-3: what the traveller of a journey called off before was to do (وكان من المقرر أن
         * يلتقي) is his visit, cancelled; near-miss: after a journey that stands */
        {"2024-10-08", "أرجأ الرئيس الأمريكي جو بايدن زيارته إلى ألمانيا. وكان من المقرر أن يلتقي بايدن في برلين، يوم الجمعة، المستشار الألماني أولاف شولتس.",
         {"visit/cancelled/2024-10-11/Joe Biden;Olaf Scholz/Berlin/*", NULL}},
        {"2024-10-08", "يزور الرئيس الأمريكي جو بايدن ألمانيا يوم الجمعة. وكان من المقرر أن يلتقي بايدن في برلين المستشار الألماني أولاف شولتس.",
         {"visit/planned/*/Joe Biden;Olaf Scholz/Berlin/*", NULL}},
        /* … and what he is to do on a journey put off to a later day is planned for that day, the
         * journey called off on its old one; near-miss: one put off with no new day */
        {"2025-04-09T16:50:00+03:00", "أُرجئت زيارة رئيس الحكومة اللبنانية نواف سلام إلى دمشق، التي كانت مقررة غداً الخميس، إلى الاثنين المقبل. ومن المقرر أن يلتقي سلام خلال الزيارة الرئيس السوري أحمد الشرع.",
         {"visit/planned/2025-04-14/Nawaf Salam;Ahmed al-Sharaa/Damascus/*", "visit/cancelled/2025-04-10/Nawaf Salam;Ahmed al-Sharaa/Damascus/*", NULL}},
        {"2025-04-09T16:50:00+03:00", "أُرجئت زيارة رئيس الحكومة اللبنانية نواف سلام إلى دمشق، التي كانت مقررة غداً الخميس. ومن المقرر أن يلتقي سلام خلال الزيارة الرئيس السوري أحمد الشرع.",
         {"visit/planned/*/Nawaf Salam;Ahmed al-Sharaa/Damascus/*", NULL}},
        /* (at the journey's city over its country named later: "في أول زيارة … إلى الصين") */
        {"2023-02-04T09:15:00+03:00", "أعلنت الخارجية الأمريكية تأجيل زيارة الوزير أنتوني بلينكن إلى بكين التي كانت مقررة يوم الأحد. وكان من المنتظر أن يلتقي بلينكن خلال الزيارة نظيره الصيني تشين غانغ، في أول زيارة لوزير خارجية أمريكي إلى الصين منذ عام 2018.",
         {"visit/cancelled/2023-02-05/Antony Blinken;Qin Gang/Beijing/*", NULL}},
        /* … its subject left unsaid after "وكان من المقرر أن" (the one named after the verb its
         * object), at the journey's place; one on the sidelines of the gathering a journey's noun
         * went to (رحلته إلى قمة) stays a meeting */
        {"2024-10-08", "أرجأ الرئيس الأمريكي جو بايدن زيارته إلى ألمانيا. وكان من المقرر أن يلتقي المستشار الألماني أولاف شولتس.",
         {"visit/cancelled/*/Joe Biden;Olaf Scholz/Germany/*", NULL}},
        {"2024-10-20", "ألغى رئيس الوزراء الهندي ناريندرا مودي رحلته إلى قمة بريكس في قازان. وكان من المقرر أن يلتقي على هامش القمة الرئيس الصيني شي جين بينغ.",
         {"meeting/cancelled/*/Narendra Modi;Xi Jinping/Kazan/*", NULL}},
        /* … also a tour with a verb of leading him there (جولة … كانت ستقوده إلى) */
        {"2015-11-14", "أرجأ الرئيس الإيراني حسن روحاني جولة أوروبية كانت ستقوده إلى إيطاليا وفرنسا. وكان من المقرر أن يلتقي روحاني في روما رئيس الوزراء الإيطالي ماتيو رينزي يوم السبت.",
         {"visit/cancelled/2015-11-14/Hassan Rouhani;Matteo Renzi/Rome/*", NULL}},
        /* … and his stop (محطته), called off, with what he was to do there on حيث */
        {"2023-05-18", "أعلن البيت الأبيض أن بايدن سيلغي محطته في بابوا غينيا الجديدة، حيث كان سيلتقي رئيس الوزراء جيمس ماراب في بورت مورسبي الاثنين المقبل.",
         {"visit/cancelled/2023-05-22/Joe Biden;James Marape/Port Moresby/*", NULL}},
        /* … and "ومن المقرر أن" keeps the one left unsaid first: the one after the verb is the object */
        {"2024-10-08", "أرجأ الرئيس الأمريكي جو بايدن زيارته إلى ألمانيا. ومن المقرر أن يلتقي المستشار الألماني أولاف شولتس.",
         {"meeting/planned/*/Joe Biden;Olaf Scholz/*/*", NULL}},
        /* EV-11: a plan told as what was to be (وكان من المقرر) in a clause on و after a contact
         * called off is that contact's, no other */
        {"2024-10-08", "أرجأ الرئيس الأمريكي جو بايدن زيارته إلى ألمانيا، وكان من المقرر أن يلتقي المستشار الألماني أولاف شولتس.",
         {"visit/cancelled/*/Joe Biden;Olaf Scholz/Germany/*", NULL}},
        {"2024-10-20", "ألغى رئيس الوزراء الهندي ناريندرا مودي رحلته إلى قمة بريكس في قازان، وكان من المقرر أن يلتقي على هامش القمة الرئيس الصيني شي جين بينغ.",
         {"meeting/cancelled/*/Narendra Modi;Xi Jinping/Kazan/*", NULL}},
        /* EV-2: those a relative clause says the summit also brought together (التي ضمت أيضا) are
         * parties too; near-miss: without أيضا the clause only describes the summit */
        {"2025-05-17", "التقى الرئيسان الأوكراني فولوديمير زيلينسكي والروسي فلاديمير بوتين في باريس في 9 كانون الأول/ديسمبر 2019، في إطار قمة صيغة نورماندي، التي ضمت أيضا الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل.",
         {"meeting/occurred/2019-12-09/Volodymyr Zelenskyy;Vladimir Putin;Emmanuel Macron;Angela Merkel/Paris/*", NULL}},
        {"2025-05-17", "التقى الرئيسان الأوكراني فولوديمير زيلينسكي والروسي فلاديمير بوتين في باريس في 9 كانون الأول/ديسمبر 2019، في إطار قمة صيغة نورماندي، التي ضمت الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل.",
         {"meeting/occurred/2019-12-09/Volodymyr Zelenskyy;Vladimir Putin/Paris/*", NULL}},
        /* … and so are those a clause on و says also took part in it (وشارك فيها أيضا) */
        {"2025-09-09", "شارك الرئيس الصيني شي جين بينغ أمس في قمة افتراضية لمجموعة بريكس دعا إليها الرئيس البرازيلي لولا دا سيلفا، وشارك فيها أيضاً الرئيس الروسي فلاديمير بوتين.",
         {"video_call/occurred/2025-09-08/Xi Jinping;Luiz Inácio Lula da Silva;Vladimir Putin/*/*", NULL}},
        /* EV-2: those a list of leaders taking part names (بمشاركة قادة بينهم) attend, no party;
         * near-miss: the contact of two named before the list stands */
        {"2025-11-21", "تنطلق غدا السبت في جوهانسبرغ قمة مجموعة العشرين بمشاركة قادة بينهم رئيس الوزراء الهندي ناريندرا مودي والرئيس البرازيلي لويس إيناسيو لولا دا سيلفا.",
         {NULL}},
        {"2025-11-21", "التقى الرئيس الصيني شي جين بينغ الرئيس الروسي فلاديمير بوتين أمس على هامش قمة بريكس بمشاركة قادة بينهم رئيس الوزراء الهندي ناريندرا مودي.",
         {"meeting/occurred/2025-11-20/Xi Jinping;Vladimir Putin/*/*", NULL}},
        /* EV-14: the visitor's contact told after his visit on كما, on its day: a visit of his
         * too, at its place — past a message he handed over in the first's clause, whose topic
         * ends there */
        {"2025-04-19", "وصل وزير الدفاع السعودي الأمير خالد بن سلمان إلى طهران، أول أمس الخميس، في زيارة التقى خلالها المرشد الأعلى علي خامنئي وسلمه رسالة من العاهل السعودي الملك سلمان بن عبد العزيز، كما التقى الرئيس مسعود بزشكيان.",
         {"visit/occurred/2025-04-17/Khalid bin Salman;Ali Khamenei/Tehran/*", "message/occurred/2025-04-17/King Salman;Ali Khamenei/null/*", "visit/occurred/2025-04-17/Khalid bin Salman;Masoud Pezeshkian/Tehran/*"}},
        {"2025-04-19", "وصل وزير الدفاع السعودي الأمير خالد بن سلمان إلى طهران، أول أمس الخميس، في زيارة التقى خلالها المرشد الأعلى علي خامنئي، كما التقى الرئيس مسعود بزشكيان.",
         {"visit/occurred/2025-04-17/Khalid bin Salman;Ali Khamenei/Tehran/*", "visit/occurred/2025-04-17/Khalid bin Salman;Masoud Pezeshkian/Tehran/*", NULL}},
        /* EV-14: a plan on و and its cue (ويتوقع أن، ومن المقرر أن) after a journey's plan, with
         * no date of its own, is on the first's day at its place; near-miss: after a contact done */
        {"2025-04-07", "يصل وزير الخارجية الفرنسي جان نويل بارو إلى الجزائر العاصمة، اليوم الاثنين، في زيارة يلتقي خلالها نظيره أحمد عطاف، ويتوقع أن يستقبله الرئيس عبد المجيد تبون.",
         {"visit/planned/2025-04-07/Jean-Noël Barrot;Ahmed Attaf/Algiers/*", "visit/planned/2025-04-07/Jean-Noël Barrot;Abdelmadjid Tebboune/Algiers/*", NULL}},
        {"2025-04-07", "وصل وزير الخارجية الفرنسي جان نويل بارو إلى الجزائر العاصمة أمس، حيث التقى نظيره أحمد عطاف، ويتوقع أن يستقبله الرئيس عبد المجيد تبون.",
         {"visit/occurred/2025-04-06/Jean-Noël Barrot;Ahmed Attaf/Algiers/*", "visit/planned/null/Jean-Noël Barrot;Abdelmadjid Tebboune/*/*", NULL}},
        /* EV-1: a conversation (محادثة) on the sidelines of a summit, with no word of the phone,
         * is face to face; near-miss: a phone conversation there */
        {"2024-10-22", "أجرى رئيس الوزراء الهندي ناريندرا مودي والرئيس الصيني شي جين بينغ أمس محادثة قصيرة على هامش قمة بريكس في جوهانسبرغ.",
         {"meeting/occurred/2024-10-21/Narendra Modi;Xi Jinping/Johannesburg/*", NULL}},
        {"2024-10-22", "أجرى رئيس الوزراء الهندي ناريندرا مودي والرئيس الصيني شي جين بينغ أمس محادثة هاتفية على هامش قمة بريكس في جوهانسبرغ.",
         {"call/occurred/2024-10-21/Narendra Modi;Xi Jinping/null/*", NULL}},
        /* EV-4: a message on one's platform is a post ("عبر منصته") */
        {"2025-04-24", "وجه ترامب، اليوم، رسالة إلى بوتين عبر منصته تروث سوشيال.", {NULL}},
        /* EV-2: a verb of gathering in the clause on و right after a contact noun's names its
         * parties, not the one who announces it */
        {"2023-10-17", "أعلن الصفدي إلغاء القمة التي كانت مقررة في عمان غدا، وتجمع الملك عبدالله الثاني والرئيس جو بايدن.",
         {"meeting/cancelled/2023-10-18/King Abdullah II;Joe Biden/Amman/*"}},
        /* EV-5, EV-7: a visit told of one person alone (a journey) lends its day and place to a
         * contact of his during the visit named again, and makes him its visitor; a plan's opening
         * may drop him; near-misses: after a contact of two the plan's subject is not known, and a
         * visit put off leaves only the day it had been set for, not the one it was put off to
         * (and, EV-3, what was to happen during it is called off) */
        {"2025-06-10", "تعتزم كايا كالاس زيارة القاهرة الأسبوع المقبل. وأوضح المتحدث أن كالاس ستجري خلال الزيارة محادثات مع وزير الخارجية المصري بدر عبد العاطي.",
         {"visit/planned/2025-W25/Kaja Kallas;Badr Abdelatty/Cairo/*", NULL}},
        {"2025-06-05", "يبدأ الرئيس عبد المجيد تبون غدا زيارة دولة إلى إيطاليا. ومن المقرر أن يلتقي خلال زيارته رئيسة الوزراء جورجيا ميلوني.",
         {"visit/planned/2025-06-06/Abdelmadjid Tebboune;Giorgia Meloni/Italy/*", NULL}},
        {"2025-06-05", "وصل الرئيس عبد المجيد تبون أمس إلى روما في زيارة دولة. والتقى تبون خلال الزيارة رئيسة الوزراء جورجيا ميلوني.",
         {"visit/occurred/2025-06-04/Abdelmadjid Tebboune;Giorgia Meloni/Rome/*", NULL}},
        /* … and so does a visit told with its host, at its place; near-miss: an indefinite visit
         * noun with its visitor after it tells another visit */
        {"2025-08-05", "استقبل الأمير خالد بن سلمان، في الرياض اليوم، المشير عاصم منير. ومن المقرر أن يلتقي المشير منير خلال زيارته غدا الأمير محمد بن سلمان.",
         {"visit/occurred/2025-08-05/Asim Munir;Khalid bin Salman/Riyadh/*", "visit/planned/2025-08-06/Asim Munir;Mohammed bin Salman/Riyadh/*", NULL}},
        {"2025-01-10", "يزور الرئيس السيسي مدريد الشهر المقبل للقاء بيدرو سانشيز. وكان السيسي وسانشيز قد التقيا خلال زيارة سانشيز إلى القاهرة في نوفمبر 2023.",
         {"visit/planned/2025-02/Abdel Fattah el-Sisi;Pedro Sánchez/Madrid/*", "visit/occurred/2023-11/Pedro Sánchez;Abdel Fattah el-Sisi/Cairo/*", NULL}},
        {"2025-06-05", "استقبل الرئيس تبون أمس الرئيس ماكرون. ومن المقرر أن يلتقي غدا رئيس الوزراء نذير العرباوي.",
         {"visit/occurred/2025-06-04/Emmanuel Macron;Abdelmadjid Tebboune/*/*", NULL}},
        {"2022-06-10", "أرجأ الرئيس جوكو ويدودو زيارته إلى أبوظبي التي كانت مقررة نهاية الشهر الجاري. وكان ويدودو سيلتقي خلال الزيارة الشيخ محمد بن زايد.",
         {"visit/cancelled/2022-06/Joko Widodo;Mohamed bin Zayed Al Nahyan/Abu Dhabi/*", NULL}},
        {"2022-06-10", "أرجأ الرئيس جوكو ويدودو زيارته إلى أبوظبي إلى الشهر المقبل. وكان ويدودو سيلتقي خلال الزيارة الشيخ محمد بن زايد.",
         {"visit/cancelled/null/Joko Widodo;Mohamed bin Zayed Al Nahyan/Abu Dhabi/*", NULL}},
        /* EV-7: a reception on arrival (في استقباله لدى وصوله) with no day of its own is on the day
         * of the visitor's visit, or journey, told before — a journey told of one person named
         * twice (his name and his title) too; near-misses: the arrival of another, and a
         * reception that does not say it was on arrival */
        {"2023-10-24", "استقبل الملك عبدالله الثاني اليوم الشيخ تميم بن حمد في عمان. وكان في استقبال الشيخ تميم لدى وصوله مطار ماركا رئيس الوزراء بشر الخصاونة.",
         {"visit/occurred/2023-10-24/Tamim bin Hamad Al Thani;King Abdullah II/Amman/*", "visit/occurred/2023-10-24/Tamim bin Hamad Al Thani;Bisher Al-Khasawneh/Amman/*", NULL}},
        {"2021-01-05", "وصل الشيخ تميم بن حمد أمير دولة قطر، اليوم، إلى محافظة العلا. وكان في استقبال سمو الأمير لدى وصوله الأمير محمد بن سلمان ولي العهد.",
         {"visit/occurred/2021-01-05/Tamim bin Hamad Al Thani;Mohammed bin Salman/AlUla/*", NULL}},
        {"2023-10-24", "استقبل الملك عبدالله الثاني اليوم الشيخ تميم بن حمد في عمان. وكان في استقبال الرئيس رجب طيب أردوغان لدى وصوله الدوحة الشيخ محمد بن عبدالرحمن آل ثاني.",
         {"visit/occurred/2023-10-24/Tamim bin Hamad Al Thani;King Abdullah II/Amman/*", "visit/occurred/null/Recep Tayyip Erdogan;Mohammed bin Abdulrahman Al Thani/Doha/*", NULL}},
        {"2023-10-24", "استقبل الملك عبدالله الثاني اليوم الشيخ تميم بن حمد في عمان. وكان في استقبال الشيخ تميم رئيس الوزراء بشر الخصاونة.",
         {"visit/occurred/2023-10-24/Tamim bin Hamad Al Thani;King Abdullah II/Amman/*", "visit/occurred/null/Tamim bin Hamad Al Thani;Bisher Al-Khasawneh/null/*", NULL}},
        /* EV-6: a pair named as one acts as neither, a date between its verb and the noun too;
         * near-miss: one of them named by himself after the pair, before the trigger, acts */
        {"2024-04-30", "التقى الرئيس الروسي فلاديمير بوتين الرئيس الأوزبكي شوكت ميرضيائيف. وأجرى الرئيسان أمس اتصالا هاتفيا.",
         {"meeting/occurred/null/Vladimir Putin;Shavkat Mirziyoyev/*/*", "call/occurred/2024-04-29/Vladimir Putin;Shavkat Mirziyoyev/*/*", NULL}},
        {"2025-02-13", "استقبل ماكرون أمس الشرع في الإليزيه. وسبقت الزيارة اتصالات بين الجانبين، إذ أجرى الشرع اتصالا هاتفيا بماكرون في السادس من فبراير.",
         {"visit/occurred/2025-02-12/Ahmed al-Sharaa;Emmanuel Macron/*/*", "call/occurred/2025-02-06/Ahmed al-Sharaa;Emmanuel Macron/*/*", NULL}},
        /* EV-5: a date in words of when set off by commas between a verb and its object (في وقت
         * سابق من اليوم نفسه) is the contact's */
        {"2024-11-17", "التقى برابوو، يوم السبت، شي جين بينغ. وكان برابوو قد التقى، في وقت سابق من اليوم نفسه، رئيس الوزراء الياباني شيغيرو إيشيبا.",
         {"meeting/occurred/2024-11-16/Prabowo Subianto;Xi Jinping/*/*", "meeting/occurred/2024-11-16/Prabowo Subianto;Shigeru Ishiba/*/*", NULL}},
        /* EV-9, EV-14: a verb that opens a clause on فيما tells a contact after the one told
         * before it, whatever their types: a verb of receiving whose object is a pronoun, its
         * subject the one new person, is his hosting of the one it stands for; near-miss: one of
         * the first's named after the host is the guest */
        {"2024-09-13", "التقى بزشكيان يوم 11 من الشهر الجاري رئيس الوزراء محمد شياع السوداني في بغداد، فيما استقبله الرئيس عبد اللطيف جمال رشيد يوم 12 من الشهر الجاري.",
         {"visit/occurred/2024-09-11/Masoud Pezeshkian;Mohammed Shia al-Sudani/Baghdad/*", "visit/occurred/2024-09-12/Masoud Pezeshkian;Abdul Latif Rashid/*/*"}},
        {"2024-09-13", "التقى بزشكيان رئيس الوزراء محمد شياع السوداني، فيما استقبل الرئيس عبد اللطيف جمال رشيد بزشكيان.",
         {"meeting/occurred/null/Masoud Pezeshkian;Mohammed Shia al-Sudani/*/*", "visit/occurred/null/Masoud Pezeshkian;Abdul Latif Rashid/*/*"}},
        /* EV-9, EV-14: a later dated contact whose verb's object alone is named in its clause is
         * the first's initiator's with him; near-miss: with no one named there, the first's
         * parties */
        {"2024-11-25", "التقى هوكستين نبيه بري في بيروت الأربعاء الماضي، ثم اجتمع مع بنيامين نتنياهو في تل أبيب الخميس.",
         {"meeting/occurred/2024-11-20/Amos Hochstein;Nabih Berri/Beirut/*", "meeting/occurred/2024-11-21/Amos Hochstein;Benjamin Netanyahu/Tel Aviv/*"}},
        /* … also a light verb's noun, a time between them */
        {"2022-07-19", "التقى بوتين اليوم الرئيس الإيراني إبراهيم رئيسي، ثم عقد غدا اجتماعا مع الرئيس التركي رجب طيب أردوغان.",
         {"meeting/occurred/2022-07-19/Vladimir Putin;Ebrahim Raisi/*/*", "meeting/planned/2022-07-20/Vladimir Putin;Recep Tayyip Erdogan/*/*"}},
        {"2020-08-01", "تحدث ترامب مع بوتين هاتفيا في 23 يونيو 2020، وأعقبتها مكالمة أخرى في 3 يوليو 2020.",
         {"call/occurred/2020-06-23/Donald Trump;Vladimir Putin/*/*", "call/occurred/2020-07-03/Donald Trump;Vladimir Putin/*/*"}},
        /* EV-9, EV-14: a contact noun opening its clause on ثم or و, no verb of its own, is the first
         * verb's other object: the first's initiator with the one named there, on the first's day,
         * or its own when it has one */
        {"2024-09-10", "أجرى ناريندرا مودي أمس اتصالا هاتفيا مع فلاديمير بوتين، ثم اتصالا مع فولوديمير زيلينسكي.",
         {"call/occurred/2024-09-09/Narendra Modi;Vladimir Putin/null/*", "call/occurred/2024-09-09/Narendra Modi;Volodymyr Zelenskyy/null/*", NULL}},
        {"2024-09-10", "أجرى ناريندرا مودي أمس اتصالا هاتفيا مع فلاديمير بوتين، ثم اتصالا مع فولوديمير زيلينسكي اليوم.",
         {"call/occurred/2024-09-09/Narendra Modi;Vladimir Putin/null/*", "call/occurred/2024-09-10/Narendra Modi;Volodymyr Zelenskyy/null/*", NULL}},
        /* EV-9: a contact told after ثم follows the one told in the clause right before it, which
         * is the sentence's event, with its own modifier */
        {"2025-05-08", "وفي 21 يناير 2025، عقد بوتين وشي محادثات عبر الفيديو، ثم أجريا اتصالا هاتفيا في 24 فبراير.",
         {"video_call/occurred/2025-01-21/Vladimir Putin;Xi Jinping/*/*", "call/occurred/2025-02-24/Vladimir Putin;Xi Jinping/*/*"}},
        /* EV-2: the subject of another visitor's verb in a later clause makes a journey of his
         * own ("زار ترامب أريزونا، وزارت هاريس ميشيغان": two trips, no contact); near-miss: the
         * host he visited named after the place */
        {"2024-09-12", "زار المرشح الجمهوري دونالد ترامب، اليوم الخميس، ولاية أريزونا، فيما زارت منافسته الديمقراطية كامالا هاريس ولاية كارولينا الشمالية.", {NULL}},
        {"2024-09-12", "زار ترامب قطر، والتقى الأمير تميم بن حمد.", {"visit/occurred/*/Donald Trump;Tamim bin Hamad Al Thani/*/*"}},
        /* EV-2: the speaker tells of himself with the pronoun on إن before a topic verb ("إنه
         * بحث مع الشرع، خلال لقائهما …"), in an interview too */
        {"2024-12-25", "قال وزير الخارجية التركي هاكان فيدان، في مقابلة مع قناة إن تي في، إنه بحث مع أحمد الشرع، خلال لقائهما في دمشق يوم الأحد الماضي، ملف المقاتلين الأكراد.",
         {"visit/occurred/2024-12-22/*/Damascus/*"}},
        /* EV-4: a contact noun after خلال framing the verb of its clause takes that verb's mood;
         * near-miss: the perfect tells it done */
        {"2025-01-13", "سيلتقي ماكرون خلال زيارته إلى بيروت رئيس الحكومة نواف سلام.",
         {"visit/planned/null/Emmanuel Macron;Nawaf Salam/Beirut/*"}},
        {"2025-01-13", "التقى ماكرون خلال زيارته إلى بيروت رئيس الحكومة نواف سلام.",
         {"visit/occurred/null/Emmanuel Macron;Nawaf Salam/Beirut/*"}},
        /* EV-6: "في مقدمة مستقبليه X" as "في استقباله X": X hosts the one the pronoun stands for */
        {"2025-05-13", "وصل الرئيس الأمريكي دونالد ترامب إلى الرياض اليوم، وكان في مقدمة مستقبليه ولي العهد الأمير محمد بن سلمان.",
         {"visit/occurred/2025-05-13/Donald Trump;Mohammed bin Salman/Riyadh/*"}},
        /* EV-4: rounds counted ("خمس جولات من المحادثات") are several contacts; near-miss: one
         * round on a day */
        {"2026-01-13", "وأشار البوسعيدي إلى أن بلاده رعت خمس جولات من المحادثات العام الماضي بين ستيف ويتكوف وعباس عراقجي.", {NULL}},
        {"2025-04-13", "استضافت مسقط أمس جولة من المحادثات بين ستيف ويتكوف وعباس عراقجي.",
         {"talks/occurred/2025-04-12/Steve Witkoff;Abbas Araghchi/Muscat/*"}},
        /* EV-14: the traveller stays a party of what the حيث clause after his journey says he
         * does there */
        {"2022-07-10", "سيتوجه بايدن إلى جدة، حيث يلتقي الملك سلمان بن عبد العزيز وولي العهد الأمير محمد بن سلمان.",
         {"visit/planned/null/Joe Biden;King Salman/Jeddah/*", "visit/planned/null/Joe Biden;Mohammed bin Salman/Jeddah/*"}},
        /* EV-5: a blessing after a ruler's name set off by commas ("، نصره الله،") is no clause
         * of its own: the date after it is the reception's */
        {"2022-04-08", "استقبل صاحب الجلالة الملك محمد السادس، نصره الله، مساء أمس الخميس بالقصر الملكي بالرباط، السيد بيدرو سانشيز.",
         {"visit/occurred/2022-04-07/Pedro Sánchez;King Mohammed VI/Rabat/*"}},
        /* … also after his title, in quotes */
        {"2024-02-13T10:00:00+04:00", "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس الدولة «حفظه الله»، في قصر الرئاسة بأبوظبي اليوم، دولة ناريندرا مودي رئيس وزراء جمهورية الهند الصديقة.",
         {"visit/occurred/2024-02-13/Narendra Modi;Mohamed bin Zayed Al Nahyan/Abu Dhabi/*"}},
        /* … and after his title set off by commas of its own, the blessing after it ("، حاكم دبي،
         * رعاه الله، أمس في دبي،"): both adjuncts, the date after them the reception's */
        {"2021-10-05T10:00:00+04:00", "استقبل الشيخ محمد بن راشد آل مكتوم، حاكم دبي، رعاه الله، قبل يومين في دبي، الرئيس قاسم جومارت توكاييف.",
         {"visit/occurred/2021-10-03/Kassym-Jomart Tokayev;Mohammed bin Rashid Al Maktoum/Dubai/*"}},
        /* EV-4: a cue word inside a place's name is no cue ("بقصر بيان" is no statement) */
        {"2024-12-22", "استقبل أمير البلاد الشيخ مشعل الأحمد الجابر الصباح بقصر بيان صباح اليوم الأحد رئيس وزراء الهند ناريندرا مودي.",
         {"visit/occurred/2024-12-22/Narendra Modi;Mishal Al-Ahmad Al-Jaber Al-Sabah/Bayan Palace, Kuwait City/*"}},
        /* EV-7 with ENT-10: the capital named by the country's adjective is where; near-miss:
         * the Palestinian capital is two cities, so none */
        {"2025-03-04", "وصل الرئيس الفرنسي إيمانويل ماكرون إلى العاصمة الجزائرية اليوم في زيارة يلتقي خلالها الرئيس عبد المجيد تبون.",
         {"visit/occurred/2025-03-04/Emmanuel Macron;Abdelmadjid Tebboune/Algiers/*"}},
        {"2025-03-04", "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الإيراني عباس عراقجي في العاصمة العمانية أمس.",
         {"meeting/occurred/2025-03-03/*/Muscat/*"}},
        {"2025-03-04", "استقبل الرئيس الفلسطيني محمود عباس في العاصمة الفلسطينية أمس الملك عبدالله الثاني.",
         {"visit/occurred/2025-03-03/*/null/*"}},
        /* EV-7, EV-8: a place in what the talks "dealt with" (تناولت، تطرقت، ركزت) is not where */
        {"2025-05-17T09:00:00+03:00", "وأجرى وزير الخارجية المصري بدر عبد العاطي مساء أمس مباحثات مع نظيره الجزائري أحمد عطاف تناولت الأوضاع في ليبيا.",
         {"talks/occurred/2025-05-16/Badr Abdelatty;Ahmed Attaf/null/*"}},
        /* EV-7: a place in an envoy's, an ambassador's or a mission's title is not where;
         * near-misses: a place after في that the title does not govern */
        /* (so is an unnamed source's place of work: "مسؤول في البيت الأبيض"; near-miss: one met
         * there) */
        {"2023-10-17T23:40:00+03:00", "قال مسؤول في البيت الأبيض إن بايدن سيتوجه غداً إلى تل أبيب للقاء رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
         {"visit/planned/2023-10-18/Joe Biden;Benjamin Netanyahu/Tel Aviv/*", NULL}},
        {"2023-10-17T23:40:00+03:00", "التقى بايدن في البيت الأبيض رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
         {"visit/occurred/*/Benjamin Netanyahu;Joe Biden/White House, Washington, D.C./*", NULL}},
        {"2025-07-08T10:00:00+03:00", "زار المبعوث الأمريكي الخاص إلى سوريا توم باراك الكويت اليوم حيث استقبله وزير الخارجية عبدالله علي اليحيا.",
         {"visit/occurred/2025-07-08/Tom Barrack;Abdullah Al-Yahya/Kuwait/*"}},
        {"2025-07-08T10:00:00+03:00", "استقبل وزير الخارجية عبدالله علي اليحيا في مكتبه اليوم رئيسة بعثة الأمم المتحدة للدعم في ليبيا هانا تيتيه.",
         {"visit/occurred/2025-07-08/Hanna Tetteh;Abdullah Al-Yahya/null/*"}},
        {"2025-07-08T10:00:00+03:00", "التقى المبعوث الأمريكي توم باراك في دمشق الرئيس أحمد الشرع.",
         {"meeting/occurred/*/Tom Barrack;Ahmed al-Sharaa/Damascus/*"}},
        /* … reaching further back, over في too, when the holder's name follows the place: the
         * title's (near-miss above: a name between ends the title) */
        {"2025-02-24", "التقى عبد الحميد الدبيبة، اليوم الاثنين، الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا تيتيه.",
         {"meeting/occurred/2025-02-24/Abdul Hamid Dbeibah;Hanna Tetteh/null/*"}},
        {"2024-08-27", "استقبل البرهان المبعوث الشخصي للأمين العام للأمم المتحدة إلى السودان رمطان لعمامرة.",
         {"visit/occurred/*/Ramtane Lamamra;Abdel Fattah al-Burhan/null/*"}},
        /* … and the holder's own title, named before it, going on to the place ("رئيس مجلس السيادة
         * الانتقالي في السودان"): the contact's place is elsewhere */
        {"2020-02-04T09:00:00+03:00", "التقى رئيس مجلس السيادة الانتقالي في السودان عبد الفتاح البرهان، أمس الاثنين، رئيس الوزراء الإسرائيلي بنيامين نتنياهو في مدينة عنتيبي الأوغندية.",
         {"meeting/occurred/2020-02-03/Abdel Fattah al-Burhan;Benjamin Netanyahu/Entebbe/*"}},
        {"2020-02-04T09:00:00+03:00", "التقى رئيس مجلس السيادة الانتقالي في السودان الفريق أول عبد الفتاح البرهان، أمس الاثنين، رئيس الوزراء الإسرائيلي بنيامين نتنياهو في مدينة عنتيبي الأوغندية.",
         {"meeting/occurred/2020-02-03/Abdel Fattah al-Burhan;Benjamin Netanyahu/Entebbe/*"}},
        /* … also past a colonel's or general's rank (العقيد، الجنرال) */
        {"2021-06-14", "التقى رئيس المرحلة الانتقالية في مالي العقيد عاصمي غويتا الرئيس روش مارك كريستيان كابوري أمس.",
         {"meeting/occurred/2021-06-13/Assimi Goïta;Roch Marc Christian Kaboré/null/*", NULL}},
        /* … or a title not his mention, the head of a body there, his name right after it ("برئاسة
         * رئيس الحركة في غزة خليل الحية"); near-miss: a place after his name is where */
        {"2025-04-14T09:00:00+03:00", "عقد رئيس المخابرات المصرية حسن رشاد، مساء السبت، جولة مباحثات مع وفد حركة حماس برئاسة رئيس الحركة في غزة خليل الحية في القاهرة.",
         {"visit/occurred/2025-04-12/Khalil al-Hayya;Hassan Rashad/Cairo/*", NULL}},
        {"2025-04-14T09:00:00+03:00", "عقد رئيس المخابرات المصرية حسن رشاد، مساء السبت، جولة مباحثات مع رئيس حركة حماس خليل الحية في غزة.",
         {"visit/occurred/2025-04-12/Hassan Rashad;Khalil al-Hayya/Gaza Strip/*", NULL}},
        /* … a visit's destination after its verb and a date set off by commas */
        {"2025-02-05T07:30:00+02:00", "زار رئيس الحكومة نواف سلام، أمس، قصر بعبدا حيث التقى رئيس الجمهورية جوزاف عون.",
         {"visit/occurred/2025-02-04/Nawaf Salam;Joseph Aoun/Baabda Palace, Baabda/*", NULL}},
        /* … a one-word city too, or one after its word (مدينة), or one whose name starts with و
         * (TXT-CL-8, generated: no clause on و); near-miss: a clause on و after the date is no
         * destination ("، والتقى …") */
        {"2025-05-06", "زار الرئيس التركي رجب طيب أردوغان، أمس الأحد، القاهرة حيث التقى الرئيس عبد الفتاح السيسي.",
         {"visit/occurred/2025-05-05/Recep Tayyip Erdogan;Abdel Fattah el-Sisi/Cairo/*", NULL}},
        {"2025-05-06", "زار أردوغان، أمس، مدينة العلمين حيث التقى السيسي.",
         {"visit/occurred/2025-05-05/Recep Tayyip Erdogan;Abdel Fattah el-Sisi/El Alamein/*", NULL}},
        {"2024-05-06", "زار الرئيس الغاني نانا أكوفو أدو، أمس الأحد، واغادوغو حيث التقى رئيس المرحلة الانتقالية إبراهيم تراوري.",
         {"visit/occurred/2024-05-05/Nana Akufo-Addo;Ibrahim Traoré/Ouagadougou/*", NULL}},
        {"2025-05-06", "زار أردوغان مصر، أمس، والتقى السيسي في العلمين.",
         {"visit/occurred/2025-05-05/Recep Tayyip Erdogan;Abdel Fattah el-Sisi/El Alamein/*", NULL}},
        /* EV-7: a city that names the summit is where; near-miss: a country's summit names none */
        {"2025-01-24", "التقى الرئيس عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون على هامش قمة القاهرة للسلام.",
         {"meeting/occurred/*/*/Cairo/*"}},
        {"2025-01-24", "التقى الرئيس عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون على هامش قمة مجموعة السبع.",
         {"meeting/occurred/*/*/null/*"}},
        /* EV-7: capitals that decide for their governments are not where; near-miss: a host city
         * as subject is */
        {"2025-10-01", "قررت الرباط وباريس تأجيل الزيارة المرتقبة للرئيس الفرنسي إيمانويل ماكرون إلى المغرب للقاء الملك محمد السادس.",
         {"visit/cancelled/*/Emmanuel Macron;King Mohammed VI/Morocco/*"}},
        {"2025-10-01", "تستضيف الرباط الأسبوع المقبل لقاء بين الرئيس الفرنسي إيمانويل ماكرون والملك محمد السادس.",
         {"visit/planned/*/*/Rabat/*"}},
        /* EV-11: the meeting a postponed visit was for is its purpose, no plan of its own */
        {"2025-09-03", "أفادت مصادر أن زيارة كان من المقرر أن يقوم بها الرئيس الفلسطيني محمود عباس إلى عمّان الأسبوع المقبل، للقاء العاهل الأردني الملك عبدالله الثاني، أُرجئت.",
         {"visit/cancelled/*/Mahmoud Abbas;King Abdullah II/Amman/*"}},
        /* near-miss: where it is held, after في, over the city in its name */
        {"2024-05-08", "ويلتقي الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ على هامش قمة شنغهاي للتعاون في أستانا مطلع يوليو المقبل.",
         {"meeting/planned/*/*/Astana/*"}},
        /* EV-7: the span a count falls within is no duration; near-miss: how long it lasted */
        {"2025-06-10", "تلقى الرئيس السيسي اتصالا هاتفيا من الرئيس ماكرون هو الثاني خلال أسبوع.", {"call/occurred/*/*/*/-1"}},
        {"2025-06-10", "تلقى الرئيس السيسي اتصالا هاتفيا من الرئيس ماكرون استمر نصف ساعة.", {"call/occurred/*/*/*/30"}},
        /* EV-2: a contact noun whose other side after مع is the press is an interview, no contact
         * of those the sentence names; near-miss: a person there */
        /* … nor a message from or to a people, figurative ("رسالة صداقة من الشعب الصيني"); near-miss:
         * a people after another word */
        {"2022-12-08", "وكتب الرئيس الصيني شي جين بينغ أنه يحمل رسالة صداقة من الشعب الصيني إلى الشعب السعودي، مستذكرا لقاءاته بخادم الحرمين الشريفين.", {NULL}},
        {"2022-12-08", "بعث الرئيس الصيني شي جين بينغ اليوم رسالة إلى الملك سلمان من أجل الشعب.",
         {"message/occurred/2022-12-08/Xi Jinping;King Salman/*/*", NULL}},
        {"2024-03-31", "أكد عبد المجيد تبون، في لقائه الدوري مع وسائل الإعلام الذي بث مساء السبت، أن علاقته بنظيره الفرنسي إيمانويل ماكرون جيدة.",
         {NULL}},
        {"2024-03-31", "أكد عبد المجيد تبون، في لقائه مع الرئيس الفرنسي إيمانويل ماكرون مساء السبت، أن العلاقات جيدة.",
         {"meeting/occurred/2024-03-30/Abdelmadjid Tebboune;Emmanuel Macron/*/*", NULL}},
        /* EV-2: talks between "the two sides" are delegations', not the leaders named before —
         * but one who reports them is a side, with the other country's; near-misses: no one
         * reports them, and the sides of a call are its leaders */
        {"2025-03-19", "قال المبعوث الأمريكي ستيف ويتكوف إن بوتين يتقبل شروط ترامب، مضيفا أن المحادثات التي أجريت بين الطرفين الأسبوع الماضي كانت إيجابية.",
         {"talks/occurred/2025-W11/Steve Witkoff;Vladimir Putin/*/*"}},
        {"2025-03-19", "وأشارت التقارير إلى أن بوتين يتقبل شروط ترامب، وأن المحادثات التي أجريت بين الطرفين الأسبوع الماضي كانت إيجابية.",
         {NULL}},
        {"2025-03-19", "تلقى بوتين اتصالا هاتفيا من ترامب أمس، وأكد الجانبان أهمية الحوار.", {"call/occurred/2025-03-18/*/*/*"}},
        /* … and the sides of talks told before in the article between the two named are those two;
         * near-miss: after a call between them, still no persons' talks */
        {"2025-04-13", "عقد عباس عراقجي وستيف ويتكوف أمس السبت في مسقط جولة أولى من المحادثات غير المباشرة. واتفق الجانبان على استئناف المحادثات السبت المقبل.",
         {"talks/occurred/2025-04-12/Abbas Araghchi;Steve Witkoff/Muscat/*", "talks/planned/2025-04-19/Abbas Araghchi;Steve Witkoff/null/*"}},
        {"2025-04-13", "أجرى عباس عراقجي اتصالا هاتفيا مع ستيف ويتكوف أمس السبت. واتفق الجانبان على استئناف المحادثات السبت المقبل.",
         {"call/occurred/2025-04-12/Abbas Araghchi;Steve Witkoff/null/*", NULL}},
        /* EV-2: who came along never makes up a pair with the guest of an unnamed host; near-miss:
         * those who attended a summit (حضرها) are its parties */
        {"2025-06-10", "شدد ولي العهد على ضرورة التهدئة خلال استقباله وزير الخارجية الأمريكي ماركو روبيو في جدة، وذلك بحضور وزير الخارجية الأمير فيصل بن فرحان.",
         {NULL}},
        {"2025-06-10", "عقدت في الرياض اليوم قمة حضرها الرئيس ترامب وولي العهد السعودي الأمير محمد بن سلمان.",
         {"meeting/occurred/2025-06-10/Donald Trump;Mohammed bin Salman/Riyadh/*"}},
        /* EV-6: "في استقباله X": the pronoun is the guest and X the host; near-miss: "لدى
         * استقباله X", where he hosts */
        {"2025-08-16", "حطت طائرة الرئيس الروسي فلاديمير بوتين في مطار أنكوريج حيث كان في استقباله الرئيس ترامب.",
         {"visit/occurred/*/Vladimir Putin;Donald Trump/Anchorage/*"}},
        {"2025-08-16", "أكد الرئيس ترامب لدى استقباله الرئيس الروسي فلاديمير بوتين في أنكوريج أهمية السلام.",
         {"visit/occurred/*/Vladimir Putin;Donald Trump/Anchorage/*"}},
        /* EV-6: a message noun after a verb of sending, its subject between; a verb whose object
         * is a pronoun has its subject right before it only when no preposition precedes that one */
        {"2025-04-10", "بعث الرئيس ترامب رسالة إلى الرئيس بايدن.", {"message/occurred/*/Donald Trump;Joe Biden/*/*"}},
        {"2025-04-10", "وقال بايدن إن ماكرون هنأه.", {"message/occurred/*/Emmanuel Macron;Joe Biden/*/*"}},
        /* EV-6, EV-11: a second invitation of the two, to visit another country, in a later
         * clause, is the other's visit, its invitee its visitor — بدعوة X إلى زيارة "by inviting
         * X", a proposal; near-misses: one to the same place is the first told again, and بدعوة
         * in the clause of the visit it tells is "at the invitation of" */
        {"2025-06-06", "كتب الرئيس الأميركي دونالد ترامب أن الرئيس الصيني شي جين بينغ دعاه إلى زيارة الصين، وأنه رد بالمثل بدعوة شي إلى زيارة الولايات المتحدة.",
         {"visit/proposed/null/Donald Trump;Xi Jinping/China/*", "visit/proposed/null/Xi Jinping;Donald Trump/United States/*", NULL}},
        {"2025-02-02", "وجه الرئيس الأميركي دونالد ترامب دعوة إلى الرئيس عبد الفتاح السيسي لزيارة واشنطن، كما وجه السيسي دعوة مماثلة لترامب لزيارة مصر.",
         {"visit/proposed/null/Abdel Fattah el-Sisi;Donald Trump/Washington, D.C./*", "visit/proposed/null/Donald Trump;Abdel Fattah el-Sisi/Egypt/*", NULL}},
        {"2025-02-02", "دعا الرئيس الأميركي دونالد ترامب الرئيس عبد الفتاح السيسي إلى زيارة واشنطن، كما جدد دعوته للسيسي لزيارة الولايات المتحدة.",
         {"visit/proposed/null/Abdel Fattah el-Sisi;Donald Trump/Washington, D.C./*", NULL}},
        {"2025-02-02", "زار الرئيس الفرنسي إيمانويل ماكرون الجزائر أمس بدعوة الرئيس عبد المجيد تبون إلى زيارة دولة.",
         {"visit/occurred/2025-02-01/Emmanuel Macron;Abdelmadjid Tebboune/Algeria/*", NULL}},
        /* EV-6: the one invited to visit is its visitor: named before لزيارة / إلى زيارة, right
         * after it, or the other of one named after من (a title the tagger leaves out of his name
         * between); near-miss: a declined invitation (above)
         * keeps the one who declines first */
        {"2025-10-16", "دعا رئيس الوزراء الهندي ناريندرا مودي الرئيس الروسي فلاديمير بوتين إلى زيارة نيودلهي.",
         {"visit/proposed/*/Vladimir Putin;Narendra Modi/*/*"}},
        {"2025-10-16", "تلقى الرئيس الفرنسي إيمانويل ماكرون دعوة من الرئيس تبون لزيارة الجزائر.",
         {"visit/proposed/*/Emmanuel Macron;Abdelmadjid Tebboune/Algeria/*"}},
        {"2025-10-16", "تلقى رئيس الوزراء محمد شياع السوداني دعوة من رئيس إقليم كردستان نيجيرفان بارزاني لزيارة أربيل.",
         {"visit/proposed/*/Mohammed Shia al-Sudani;Nechirvan Barzani/*/*"}},
        {"2025-10-16", "دعا أردوغان إلى زيارة بوتين لتركيا.", {"visit/proposed/*/Vladimir Putin;Recep Tayyip Erdogan/*/*"}},
        /* … also "للقيام بزيارة", after a renewed invitation (دعوته: proposed); the one named right
         * after دعوة is who invites; near-miss: دعوة لـ names the invited */
        {"2025-10-16", "جدد الرئيس الإسباني بيدرو سانشيز دعوته للملك محمد السادس للقيام بزيارة دولة إلى إسبانيا.",
         {"visit/proposed/*/King Mohammed VI;Pedro Sánchez/Spain/*"}},
        {"2025-10-16", "لبى الرئيس التركي رجب طيب أردوغان دعوة الرئيس عبد الفتاح السيسي لزيارة القاهرة.",
         {"visit/occurred/*/Recep Tayyip Erdogan;Abdel Fattah el-Sisi/Cairo/*"}},
        {"2025-10-16", "وجه الرئيس عبد الفتاح السيسي دعوة للرئيس التركي رجب طيب أردوغان لزيارة القاهرة.",
         {"visit/proposed/*/Recep Tayyip Erdogan;Abdel Fattah el-Sisi/Cairo/*"}},
        /* … and "لأداء زيارة", the invited named by his title again */
        {"2015-03-19", "تلقى رئيس الجمهورية الباجي قائد السبسي مساء أمس اتصالا هاتفيا من المستشارة الألمانية أنغيلا ميركل. ووجهت ميركل خلال الاتصال دعوة إلى رئيس الجمهورية لأداء زيارة رسمية إلى ألمانيا.",
         {"call/occurred/2015-03-18/Angela Merkel;Beji Caid Essebsi/*/*", "visit/proposed/*/Beji Caid Essebsi;Angela Merkel/Germany/*"}},
        /* EV-2: the principal in an envoy's title (ENT-9) takes no part */
        {"2025-03-10", "التقى رئيس مجلس القيادة الرئاسي اليمني رشاد العليمي، اليوم في الرياض، المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانس غروندبرغ.",
         {"meeting/occurred/2025-03-10/Rashad al-Alimi;Hans Grundberg/Riyadh/*"}},
        /* EV-4, EV-5: a contact noun as the subject of a call-off told after a relative clause that
         * says when it was scheduled: cancelled, that date; near-miss: a relative clause of a person
         * gives no date */
        {"2025-04-10", "وأفادت مصادر بأن زيارة رئيس الحكومة المغربي عزيز أخنوش إلى مدريد للقاء بيدرو سانشيز، التي كانت مقررة في يونيو المقبل، قد تأجلت.",
         {"visit/cancelled/2025-06/Aziz Akhannouch;Pedro Sánchez/Madrid/*"}},
        {"2025-04-10", "التقى رئيس الحكومة المغربي عزيز أخنوش رئيس الحكومة الإسباني بيدرو سانشيز، الذي كان قد وصل أمس إلى الرباط.",
         {"visit/occurred/null/*/*/*"}},
        /* the clauses between may name someone (the inviter); near-misses: a contact after منذ,
         * and a cue on و with a subject of its own */
        {"2023-04-27", "زيارة الرئيس عبد المجيد تبون إلى فرنسا، تلبية لدعوة من ماكرون، قد تأجلت.",
         {"visit/cancelled/*/Abdelmadjid Tebboune;Emmanuel Macron/France/*"}},
        {"2023-04-27", "زيارة تبون إلى فرنسا، التي كانت مقررة مطلع مايو المقبل، بدعوة من الرئيس ماكرون، قد تأجلت.",
         {"visit/cancelled/2023-05/Abdelmadjid Tebboune;Emmanuel Macron/France/*"}},
        /* … and a contact a relative clause on it tells, during it; the date its appointed time
         * (موعدها) names in the call-off's clause is the one it had been set for */
        {"2022-07-09T18:00:00+03:00", "وكانت زيارة الرئيس الأمريكي جو بايدن إلى السعودية، التي كان يفترض أن يلتقي خلالها ولي العهد الأمير محمد بن سلمان، قد أُرجئت من موعدها الأول في أواخر يونيو الماضي.",
         {"visit/cancelled/2022-06/Joe Biden;Mohammed bin Salman/Saudi Arabia/*", NULL}},
        {"2025-04-26", "وهذا أول لقاء بين ترامب وزيلينسكي منذ اجتماع البيت الأبيض في 28 فبراير، الذي تحول إلى مشادة، وألغي المؤتمر الصحفي.",
         {"meeting/occurred/null/*/*/*", "meeting/occurred/2025-02-28/*/White House, Washington, D.C./*"}},
        /* EV-4: an invitation a later clause says was accepted (قبل سموه الدعوة) is a plan;
         * near-misses: one that will be (سيوافق، سيلبي), and قبل as "before" */
        {"2025-07-10", "وجدد الرئيس الروسي فلاديمير بوتين دعوته للشيخ محمد بن زايد آل نهيان لزيارة روسيا، فيما قبل سموه الدعوة على أن تتم الزيارة في أغسطس المقبل.",
         {"visit/planned/*/Mohamed bin Zayed Al Nahyan;Vladimir Putin/Russia/*", NULL}},
        {"2024-10-22", "ووجّه الرئيس مسعود بزشكيان دعوة إلى محمد شياع السوداني لزيارة طهران، فيما أكد السوداني أنه سيوافق على الدعوة.",
         {"visit/proposed/null/Mohammed Shia al-Sudani;Masoud Pezeshkian/Tehran/*", NULL}},
        {"2024-10-22", "ووجّه الرئيس مسعود بزشكيان دعوة إلى محمد شياع السوداني لزيارة طهران، فيما أكد السوداني أنه سيلبي الدعوة في أقرب وقت.",
         {"visit/proposed/null/Mohammed Shia al-Sudani;Masoud Pezeshkian/Tehran/*", NULL}},
        {"2025-07-10", "ودعا الرئيس الروسي فلاديمير بوتين الشيخ محمد بن زايد آل نهيان لزيارة روسيا، قبل الدعوة الرسمية.",
         {"visit/proposed/*/Mohamed bin Zayed Al Nahyan;Vladimir Putin/Russia/*", NULL}},
        /* EV-4: the statement a denial was made in (نفى … في بيان) drops nothing of the report
         * denied; near-miss: one another verb of saying was said in frames words, no contact */
        {"2007-02-13", "نفى مكتب فؤاد السنيورة في بيان أمس ما أوردته صحيفة عن لقاء سري جمعه بحسن نصرالله ليل الأحد الماضي.",
         {"meeting/denied/2007-02-11/Fouad Siniora;Hassan Nasrallah/*/*", NULL}},
        {"2019-07-25", "وشدد ترامب في تصريح لاحق على أن انعقاد اللقاء لن يعتمد على موافقة بوتين على لقاء مماثل مع الرئيس الأوكراني فولوديمير زيلينسكي.", {NULL}},
        /* EV-4: a statement named as the source ("حسب بيان") drops nothing */
        {"2025-06-24", "أجرى الرئيس الجزائري عبد المجيد تبون مكالمة هاتفية مع رئيسة الوزراء الإيطالية، جورجيا ميلوني، حسب بيان.",
         {"call/occurred/*/Abdelmadjid Tebboune;Giorgia Meloni/*/*"}},
        /* … nor with a few words between: "حسب ما أفاد به بيان" */
        {"2024-05-14T11:40:00+03:00", "تلقى الرئيس عبد المجيد تبون، أمس، اتصالاً هاتفياً من رئيس فدرالية روسيا، السيد فلاديمير بوتين، حسب ما أفاد به بيان لرئاسة الجمهورية.",
         {"call/occurred/2024-05-13/Vladimir Putin;Abdelmadjid Tebboune/*/*", NULL}},
        /* EV-4: a statement that reports a contact, as the subject of a verb of saying, does not
         * drop it; near-miss: a statement as the occasion still does */
        {"2025-03-05", "وأضاف البيان أن الرئيس التركي رجب طيب أردوغان التقى الرئيس الروسي فلاديمير بوتين في أنقرة في 2 مارس 2025.",
         {"visit/occurred/2025-03-02/Vladimir Putin;Recep Tayyip Erdogan/Ankara/*"}},
        {"2025-03-05", "وشدد ترامب في تصريح على أن انعقاد القمة لن يعتمد على موافقة بوتين على لقاء مماثل مع زيلينسكي.", {NULL}},
        /* EV-5: a name that looks like a future verb (سيريل) does not make the sentence future:
         * the bare weekday is the one before */
        {"2025-11-20", "التقى رئيس جنوب أفريقيا سيريل رامافوزا، الثلاثاء، الرئيس النيجيري بولا تينوبو.",
         {"meeting/occurred/2025-11-18/Cyril Ramaphosa;Bola Tinubu/*/*"}},
        /* EV-6: a subject of two joined by و acts jointly: no initiator, the text's order;
         * near-miss: one subject, the other after بـ */
        {"2025-10-16", "عقد الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني فريدريش ميرتس اجتماعا في برلين اليوم.",
         {"visit/occurred/2025-10-16/Emmanuel Macron;Friedrich Merz/Berlin/*"}},
        {"2025-10-16", "أجرى المستشار الألماني فريدريش ميرتس اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون اليوم.",
         {"call/occurred/2025-10-16/Friedrich Merz;Emmanuel Macron/null/*"}},
        /* EV-1, EV-6: who travelled is the visitor, not the one named nearest the meeting */
        {"2025-10-16", "وصل الرئيس التونسي قيس سعيد إلى الجزائر اليوم تلبية لدعوة من الرئيس عبد المجيد تبون، حيث التقى نظيره الجزائري.",
         {"visit/occurred/2025-10-16/Kais Saied;Abdelmadjid Tebboune/Algeria/*"}},
        /* a refusal whose verb and عن the subject parts; أجّل postpones, من أجل does not */
        {"2025-06-10", "اعتذر الرئيس الجزائري عبد المجيد تبون عن تلبية دعوة الرئيس الفرنسي إيمانويل ماكرون لزيارة باريس.",
         {"visit/cancelled/*/Abdelmadjid Tebboune;Emmanuel Macron/Paris/*"}},
        {"2025-06-10", "أجّل الرئيس الأمريكي دونالد ترامب زيارته إلى الرياض للقاء ولي العهد السعودي الأمير محمد بن سلمان.",
         {"visit/cancelled/*/Donald Trump;Mohammed bin Salman/*/*"}},
        {"2025-06-10", "التقى ماكرون تبون من أجل بحث العلاقات.", {"meeting/occurred/*/*/*/*"}},
        /* a request for comment is no request for a contact; near-miss: a request to meet */
        {"2025-03-20", "لم يرد البيت الأبيض على طلب للتعليق على تقارير تحدثت عن مكالمة بين ترامب والرئيس الصيني شي جين بينغ.",
         {"call/occurred/*/*/*/*"}},
        {"2025-03-20", "طلب الرئيس الأوكراني فولوديمير زيلينسكي لقاء الرئيس ترامب.", {"meeting/proposed/*/*/*/*"}},
        /* a scheduled contact that will not or did not take place was called off; near-misses: a
         * denied report of a planned meeting stays denied, and so does لن with no schedule */
        {"2025-10-22", "أعلن البيت الأبيض أن القمة المرتقبة بين الرئيس ترامب والرئيس بوتين في بودابست لن تعقد في المستقبل القريب.",
         {"meeting/cancelled/*/Donald Trump;Vladimir Putin/Budapest/*"}},
        {"2025-10-22", "قال الكرملين إن الاجتماع المقرر بين بوتين وزيلينسكي لم يعقد.", {"meeting/cancelled/*/*/*/*"}},
        /* a date not yet agreed or set is a plan, not a denial or a cancellation (cues.tsv: لم يتم
         * الاتفاق، لم يتم تحديد); near-miss: لم يتم with the contact itself is denied */
        {"2025-11-03", "أكد مصدر دبلوماسي أنه لم يتم الاتفاق بعد على موعد للقاء بين الرئيس أردوغان والرئيس السوري أحمد الشرع.",
         {"meeting/planned/*/Recep Tayyip Erdogan;Ahmed al-Sharaa/*/*"}},
        {"2025-11-03", "قال الكرملين إنه لم يتم تحديد موعد للقاء بين بوتين وترامب.", {"meeting/planned/*/*/*/*"}},
        {"2025-11-03", "لم يتم اللقاء بين بوتين وترامب.", {"meeting/denied/*/*/*/*"}},
        /* a proposal (cues.tsv: مقترح) */
        {"2025-11-03", "رحب الرئيس السوداني عبد الفتاح البرهان بمقترح الرئيس الإريتري أسياس أفورقي عقد لقاء مشترك في أسمرة.",
         {"visit/proposed/*/*/Asmara/*"}},
        /* the accusative after كان (cues.tsv: مرتقبا) */
        {"2025-10-16", "أفادت مصادر بأن اللقاء الذي كان مرتقبا بين الرئيس تبون والرئيس ماكرون لن يعقد في موعده.",
         {"meeting/cancelled/*/Abdelmadjid Tebboune;Emmanuel Macron/*/*"}},
        {"2025-04-01", "نفت الرئاسة المصرية ما تردد عن لقاء مرتقب بين الرئيس السيسي ورئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
         {"meeting/denied/*/*/*/*"}},
        {"2025-10-22", "قال بيسكوف إن بوتين لن يلتقي زيلينسكي.", {"meeting/denied/*/*/*/*"}},
        /* near-miss: a later verb negated is not the contact's */
        {"2025-03-19", "عقد بوتين وترامب لقاء في هلسنكي، ولم يعلنا نتائجه.", {"meeting/occurred/*/*/Helsinki/*"}},
        /* a country's readiness to host (استعدادها) is a proposal */
        {"2025-03-19", "أبدت السعودية استعدادها لاستضافة قمة بين ترامب وبوتين.", {"meeting/proposed/*/Donald Trump;Vladimir Putin/*/*"}},
        /* never: a span negated, no contact and no denial of one */
        {"2025-01-10", "كشف مسؤول أن محمد بن سلمان وبنيامين نتنياهو لم يلتقيا قط.", {NULL}},
        /* EV-1: تبادل X و Y الرسائل, the verb apart from its object */
        {"2025-01-10", "تبادل الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ الرسائل بمناسبة العام الجديد.",
         {"message/occurred/*/Joe Biden;Xi Jinping/*/*"}},
        /* the meetings a contact is on the sidelines of are its venue, not an aggregate; near-miss:
         * meetings told as history */
        {"2023-09-20", "التقى أردوغان وبوتين على هامش اجتماعات الجمعية العامة للأمم المتحدة.", {"meeting/occurred/*/*/*/*"}},
        {"2023-09-20", "عقد أردوغان وبوتين اجتماعات عدة خلال العام.", {NULL}},
        /* near-miss: ولي is no و + لي */
        {"2023-03-20", "التقى ولي العهد السعودي الأمير محمد بن سلمان بوتين.", {"meeting/occurred/*/Mohammed bin Salman;Vladimir Putin/*/*"}},
        /* EV-5: a perfect verb's year-less date after publication is the year before's; near-miss:
         * the imperfect announces */
        {"2024-03-10", "التقى بايدن ونتنياهو في البيت الأبيض يوم 25 يوليو.", {"visit/occurred/2023-07-25/*/White House, Washington, D.C./*"}},
        {"2024-03-10", "يلتقي بايدن ونتنياهو في البيت الأبيض يوم 25 يوليو.", {"visit/planned/2024-07-25/*/White House, Washington, D.C./*"}},
        /* … and a weekday alone, read as the next one (a future cue later in the sentence), the
         * week before's (EV-11: the visit on و told by a future verb is a plan of its own, of the
         * sentence's subject) */
        {"2025-08-19T09:00:00+03:00", "التقى ترامب بوتين الخميس، وسيزور بعدها موسكو.",
         {"meeting/occurred/2025-08-14/*/*/*", "visit/planned/null/Donald Trump;Vladimir Putin/Moscow/*", NULL}},
        /* EV-5, EV-14: a contact after خلال in a later clause, which the first took place during,
         * takes the first's day (TMX-2: ستوب is a name, no future verb) */
        {"2025-08-19T09:00:00+03:00", "أجرى ترامب مساء الاثنين اتصالا هاتفيا ببوتين، خلال اجتماعه مع الرئيس الفنلندي ألكسندر ستوب.",
         {"call/occurred/2025-08-18/Donald Trump;Vladimir Putin/*/*", "meeting/occurred/2025-08-18/Donald Trump;Alexander Stubb/*/*"}},
        /* so does a verbal phrase in the perfect (a light verb and its masdar); near-miss: one
         * in the imperfect */
        {"2024-09-05", "أجرى السيسي اتصالا هاتفيا بأردوغان في 7 فبراير.", {"call/occurred/2024-02-07/*/*/*"}},
        {"2024-09-05", "ويجري اتصالا هاتفيا بأردوغان في 7 فبراير، وفق ما أعلن السيسي.", {"call/planned/2025-02-07/*/*/*"}},
        /* near-misses: عقد read as its masdar, the object of a verb of saying or deciding, is no
         * perfect; a date told from the publication (غدا) is never the year before's */
        {"2025-04-01", "أعلن الكرملين عقد قمة بين بوتين وأردوغان يوم 5 مايو.", {"meeting/planned/2025-05-05/*/*/*"}},
        {"2025-04-01", "قرر أردوغان عقد قمة مع الرئيس بوتين يوم 5 مايو.", {"meeting/planned/2025-05-05/*/*/*"}},
        {"2025-04-01", "التقى أردوغان الرئيس بوتين غدا.", {"meeting/planned/2025-04-02/*/*/*"}},
        /* EV-4: the end of the publication's month before it has come */
        {"2024-03-10", "يحل الرئيس الفرنسي إيمانويل ماكرون ضيفا على الملك محمد السادس في الرباط نهاية الشهر الجاري.",
         {"visit/planned/2024-03/Emmanuel Macron;King Mohammed VI/Rabat/*"}},
        {"2024-03-25", "حل ماكرون ضيفا على الملك محمد السادس في الرباط نهاية الشهر الجاري.", {"visit/occurred/2024-03/*/Rabat/*"}},
        /* EV-11: على عقد before a contact noun is a plan (cues.tsv) */
        {"2024-03-10", "اتفق الرئيسان بوتين وأردوغان خلال اتصال هاتفي على عقد لقاء قريبا.",
         {"call/occurred/*/Vladimir Putin;Recep Tayyip Erdogan/*/*", "meeting/planned/*/*/*/*"}},
        /* EV-2: the sender of a message a guest carried is no party of the visit; EV-16: the
         * message is his, to the host */
        {"2024-03-10", "استقبل الرئيس اللبناني نجيب ميقاتي المبعوث الأمريكي آموس هوكستين الذي نقل إليه رسالة من الرئيس بايدن.",
         {"visit/occurred/*/Amos Hochstein;Najib Mikati/*/*", "message/occurred/*/Joe Biden;Najib Mikati/null/*"}},
        /* cues.tsv: a hope to meet is a proposal */
        {"2024-03-10", "وأعرب الرئيس الإيراني عن تطلعه للقاء الرئيس بوتين.", {"meeting/proposed/*/Ebrahim Raisi;Vladimir Putin/*/*"}},
        {"2025-03-05", "أعرب الرئيس الأوكراني فولوديمير زيلينسكي عن أمله في لقاء الرئيس ترامب قريبا.",
         {"meeting/proposed/*/Volodymyr Zelenskyy;Donald Trump/*/*"}},
        /* no plan to meet is a denial (لا يخطط beats يخطط); near-miss: a plan */
        {"2025-03-05", "وقال الكرملين إن بوتين لا يخطط حاليا للقاء زيلينسكي.", {"meeting/denied/*/*/*/*"}},
        {"2025-03-05", "وقال الكرملين إن بوتين يخطط للقاء زيلينسكي.", {"meeting/planned/*/*/*/*"}},
        /* لم يتمكن reaches past the subject, further than لم's four tokens */
        {"2025-03-05", "لم يتمكن الرئيس الأوكراني فولوديمير زيلينسكي من لقاء الرئيس الأمريكي.",
         {"meeting/denied/*/Volodymyr Zelenskyy;Donald Trump/*/*"}},
        /* the visit framing a contact that did not happen is not a contact of the two; near-miss:
         * the framed contact took place, and the visit names it */
        {"2024-05-08", "لم يتمكن الرئيس الأوكراني فولوديمير زيلينسكي من لقاء الرئيس بايدن خلال زيارته إلى واشنطن.",
         {"meeting/denied/*/Volodymyr Zelenskyy;Joe Biden/Washington, D.C./*"}},
        {"2024-05-08", "التقى الرئيس بايدن الرئيس الأوكراني فولوديمير زيلينسكي خلال زيارته إلى واشنطن.",
         {"visit/occurred/*/*/Washington, D.C./*"}},
        /* … and so is a summit framing one (one denied meeting, on the summit's day) */
        {"2024-07-09", "ولم يلتق خافيير ميلي لولا دا سيلفا خلال قمة ميركوسور، الاثنين.",
         {"meeting/denied/2024-07-08/Javier Milei;Luiz Inácio Lula da Silva/*/*", NULL}},
        {"2024-06-14", "وتلقى الرئيس الإماراتي رسالة خطية من الرئيس الروسي، تسلمها خلال استقباله المبعوث الروسي.",
         {"message/occurred/*/Vladimir Putin;Mohamed bin Zayed Al Nahyan/*/*"}},
        /* the passive أُرجئت (cues.tsv): postponed with no new date is called off */
        {"2024-02-08", "وأرجئت القمة التي كانت مقررة بين السيسي ونتنياهو إلى أجل غير مسمى.", {"meeting/cancelled/*/*/*/*"}},
        /* EV-11: a meeting or call after خلال that an invitation was made at took place: it is the
         * sentence's event, the visit its own (its destination is not where they met); EV-4: the
         * invitation skips the occasion set off before it; EV-5: a date that follows the visit
         * in an earlier clause is not the call's. Near-miss: talks dated before a visit that
         * frames them keep that date */
        {"2025-03-28", "دعا الرئيس جوزاف عون الرئيس إيمانويل ماكرون لزيارة لبنان خلال لقائهما اليوم.",
         {"meeting/occurred/2025-03-28/Joseph Aoun;Emmanuel Macron/null/*", "visit/proposed/*/Emmanuel Macron;Joseph Aoun/Lebanon/*"}},
        /* EV-11: a contact of the first's type after أي, with no date or parties of its own, is the
         * first spoken of again; near-miss: one with a party of its own */
        {"2023-09-21", "وقال الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إنه دعا الرئيس الأميركي جو بايدن لزيارة برازيليا، فيما لم يحدد البيت الأبيض موعدا لأي زيارة.",
         {"visit/proposed/null/Joe Biden;Luiz Inácio Lula da Silva/Brasilia/*", NULL}},
        {"2023-09-21", "دعا الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا الرئيس الأميركي جو بايدن لزيارة برازيليا، فيما نفى الكرملين أي زيارة مرتقبة بين الرئيسين بوتين وزيلينسكي.",
         {"visit/proposed/null/Joe Biden;Luiz Inácio Lula da Silva/Brasilia/*", "visit/denied/null/Vladimir Putin;Volodymyr Zelenskyy/*/*", NULL}},
        {"2024-07-18", "دعا الرئيس الكيني وليام روتو، خلال اتصال هاتفي مع رئيس الوزراء الإثيوبي آبي أحمد، إلى زيارة نيروبي.",
         {"call/occurred/*/William Ruto;Abiy Ahmed/*/*", "visit/proposed/*/Abiy Ahmed;William Ruto/Nairobi/*"}},
        /* (talks by video too, the occasion named anew before the plan in its clause; near-miss:
         * one told before, الاجتماع, is no contact of its own) */
        {"2023-01-10", "وكان الرئيس الروسي فلاديمير بوتين قد دعا الرئيس الصيني شي جين بينغ خلال محادثات عبر الفيديو في 30 ديسمبر الماضي إلى القيام بزيارة دولة إلى موسكو.",
         {"video_call/occurred/2022-12-30/*/*/*", "visit/proposed/null/Xi Jinping;Vladimir Putin/Moscow/*", NULL}},
        {"2024-04-23", "التقى الفريق أول عبد الفتاح البرهان اليوم المبعوث رمطان لعمامرة. وجدد البرهان خلال الاجتماع دعوته للأمين العام للأمم المتحدة أنطونيو غوتيريش لزيارة السودان.",
         {"meeting/occurred/2024-04-23/*/*/*", "visit/proposed/null/António Guterres;Abdel Fattah al-Burhan/Sudan/*", NULL}},
        /* … and with no contact after it, a proposal told at the contact is what was said there */
        {"2025-07-02", "أجرى الرئيس الفرنسي إيمانويل ماكرون أمس اتصالاً هاتفياً بنظيره الروسي فلاديمير بوتين. ودعا ماكرون خلال الاتصال إلى وقف لإطلاق النار في أوكرانيا «في أقرب وقت»، فيما حمّل بوتين الغرب مسؤولية النزاع.",
         {"call/occurred/2025-07-01/Emmanuel Macron;Vladimir Putin/*/*", NULL}},
        /* … also at one named anew there, what is called for after إلى no contact */
        {"2025-05-19T09:00:00+03:00", "دعا الرئيس التركي رجب طيب أردوغان خلال اتصال هاتفي أجراه أمس مع الرئيس الأوكراني فولوديمير زيلينسكي إلى وقف إطلاق النار.",
         {"call/occurred/2025-05-18/Recep Tayyip Erdogan;Volodymyr Zelenskyy/*/*", NULL}},
        /* EV-4: a contact deemed likely (رجح، مرجحا أن) is planned, its subject maybe between;
         * near-miss: the contact told before the cue took place */
        {"2025-02-01", "رجح الرئيس الأميركي دونالد ترامب أن يعقد قمة مع الرئيس الروسي فلاديمير بوتين في السعودية.",
         {"meeting/planned/null/Donald Trump;Vladimir Putin/Saudi Arabia/*", NULL}},
        {"2025-02-01", "وأجرى ترامب اتصالا هاتفيا مع بوتين أمس، مرجحا أن يعقد أول قمة مع الرئيس الروسي في السعودية.",
         {"call/occurred/2025-01-31/Donald Trump;Vladimir Putin/null/*", "meeting/planned/null/Donald Trump;Vladimir Putin/Saudi Arabia/*", NULL}},
        {"2025-02-01", "التقى ترامب بوتين أمس في الرياض، ورجح أن يلتقيا مجددا الشهر المقبل.",
         {"meeting/occurred/2025-01-31/Donald Trump;Vladimir Putin/Riyadh/*", "meeting/planned/2025-03/Donald Trump;Vladimir Putin/null/*", NULL}},
        /* EV-4: مقترحاً (proposing) after a contact told is a proposal of its own */
        {"2025-12-11T09:00:00+03:00", "أعلن وزير الخارجية اللبناني يوسف رجي أمس أنه التقى نظيره الإيراني عباس عراقجي، مقترحاً عقد لقاء آخر بينهما في دولة ثالثة.",
         {"meeting/occurred/2025-12-10/Youssef Rajji;Abbas Araghchi/*/*", "meeting/proposed/null/*/*/*", NULL}},
        /* … and an invitation named as one told before, received at the contact that frames it */
        {"2024-03-31T13:00:00+03:00", "وكان رئيس الوزراء العراقي محمد شياع السوداني قد تلقى الدعوة خلال اتصال هاتفي أجرته معه نائبة الرئيس الأمريكي كامالا هاريس في الثالث عشر من آذار الجاري.",
         {"call/occurred/2024-03-13/Kamala Harris;Mohammed Shia al-Sudani/*/*", NULL}},
        /* (… but a proposal of a contact named anew after خلال, what is proposed: "اقترح باشينيان أن يتم
         * التوقيع خلال لقاء يجمعه بعلييف") */
        {"2025-03-14", "واقترح رئيس الوزراء الأرميني نيكول باشينيان أن يتم التوقيع خلال لقاء يجمعه بالرئيس الأذربيجاني إلهام علييف.",
         {"meeting/proposed/null/Nikol Pashinyan;Ilham Aliyev/*/*"}},
        {"2025-02-20", "دعا الرئيس إيمانويل ماكرون الرئيس جوزاف عون إلى زيارة باريس في آذار المقبل، خلال اتصال هاتفي.",
         {"call/occurred/null/Emmanuel Macron;Joseph Aoun/*/*", "visit/proposed/*/Joseph Aoun;Emmanuel Macron/Paris/*"}},
        {"2023-05-13", "وكان شي ولولا قد أجريا محادثات في بكين في 14 أبريل 2023، خلال زيارة الدولة السابقة للرئيس البرازيلي.",
         {"visit/occurred/2023-04-14/*/Beijing/*"}},
        /* EV-11: the meeting a postponed visit was for, dated in the visit's relative clause, is
         * its purpose, no contact of its own */
        {"2023-12-04", "أُرجئت زيارة بيدرو سانشيز إلى القاهرة، التي كانت مقررة يوم الخميس المقبل للقاء الرئيس عبد الفتاح السيسي.",
         {"visit/cancelled/*/Pedro Sánchez;Abdel Fattah el-Sisi/Cairo/*"}},
        /* EV-11: … and the summit a visit that took place was for, after لعقد/لإجراء, was held
         * there: no plan of its own; near-miss: a visit still to come keeps it planned */
        {"2024-10-24", "وصل الرئيس الصيني شي جين بينغ إلى نيودلهي في 11 أكتوبر 2019 في زيارة لعقد القمة غير الرسمية الثانية مع رئيس الوزراء الهندي ناريندرا مودي.",
         {"visit/occurred/2019-10-11/Xi Jinping;Narendra Modi/New Delhi/*", NULL}},
        {"2024-10-24", "يصل الرئيس الصيني شي جين بينغ إلى نيودلهي غدا في زيارة لعقد القمة غير الرسمية الثانية مع رئيس الوزراء الهندي ناريندرا مودي.",
         {"visit/planned/2024-10-25/Xi Jinping;Narendra Modi/New Delhi/*", NULL}},
        /* EV-9, EV-7: a meeting told with خلالها after a visit, with a day of its own, is held
         * during the visit, whose day it is; where one came back to (عاد … إلى, his subject
         * between) is not where the visit took place */
        {"2025-03-04T09:00:00+03:00", "قام الرئيس اللبناني جوزاف عون بزيارة إلى السعودية، التقى خلالها ولي العهد الأمير محمد بن سلمان في الرياض مساء أمس.",
         {"visit/occurred/2025-03-03/Joseph Aoun;Mohammed bin Salman/Riyadh/*", NULL}},
        {"2025-03-04T09:00:00+03:00", "عاد الرئيس اللبناني جوزاف عون إلى بيروت بعد زيارة إلى السعودية التقى فيها ولي العهد الأمير محمد بن سلمان.",
         {"visit/occurred/*/Joseph Aoun;Mohammed bin Salman/Saudi Arabia/*", NULL}},
        /* EV-2: a meeting verb whose subject before it is a title that names no one has no
         * contact between its objects; near-miss: a title that names its holder */
        {"2023-12-06", "سمو الأمير يلتقي الرئيس التركي وسلطان عُمان", {NULL}},
        {"2023-12-06", "الرئيس الروسي يلتقي الرئيس التركي في سوتشي", {"visit/planned/*/Recep Tayyip Erdogan;Vladimir Putin/Sochi/*", NULL}},
        /* EV-2: the subject left unsaid after كما and the verb, past a place after في and a day,
         * and the object named by title and name ("سلطان عُمان هيثم بن طارق") */
        {"2023-12-06T09:00:00+03:00", "التقى أمير قطر الشيخ تميم بن حمد آل ثاني أمس في الدوحة الرئيس التركي رجب طيب أردوغان. كما التقى في الدوحة أمس سلطان عُمان هيثم بن طارق.",
         {"visit/occurred/2023-12-05/Recep Tayyip Erdogan;Tamim bin Hamad Al Thani/Doha/*", "visit/occurred/2023-12-05/Haitham bin Tariq;Tamim bin Hamad Al Thani/Doha/*", NULL}},
        /* EV-11: the plan a relative clause tells of a cancelled visit is that visit's */
        {"2019-08-21", "ألغى ترامب زيارته المقررة إلى الدنمارك، والتي كان من المقرر أن يلتقي خلالها رئيسة الوزراء ميته فريدريكسن.",
         {"visit/cancelled/*/Donald Trump;Mette Frederiksen/Denmark/*"}},
        {"2025-06-14", "أرجأ رئيس الوزراء البريطاني كير ستارمر زيارته المقررة إلى واشنطن، حيث كان من المقرر أن يلتقي الرئيس ترامب.",
         {"visit/cancelled/*/Keir Starmer;Donald Trump/Washington, D.C./*"}},
        /* a call-off after a relative clause that tells the day it was set for and its purpose on
         * لـ: the visit, on that day */
        {"2025-05-17T09:00:00+03:00", "وكانت زيارة بلينكن إلى عمّان، التي كانت مقررة يوم الأربعاء للقاء الملك عبدالله الثاني، قد ألغيت بسبب ضيق الوقت.",
         {"visit/cancelled/2025-05-14/Antony Blinken;King Abdullah II/Amman/*"}},
        /* a plan whose definite noun a later clause calls off (قبل أن تؤجل الزيارة) is called off */
        {"2025-05-05T09:00:00+03:00", "وكان من المقرر أن يستقبل ماكرون الرئيس اللبناني جوزاف عون في الحادي عشر من الشهر الجاري، قبل أن تؤجل الزيارة أسبوعا.",
         {"visit/cancelled/2025-05-11/Joseph Aoun;Emmanuel Macron/null/*"}},
        /* EV-7: a place in what caused it (بسبب، جراء) is not where */
        {"2025-05-05T09:00:00+03:00", "وكان من المقرر أن يستقبل ماكرون الرئيس اللبناني جوزاف عون في الحادي عشر من الشهر الجاري، قبل أن تؤجل الزيارة أسبوعا بسبب التطورات الأمنية في جنوب لبنان.",
         {"visit/cancelled/2025-05-11/Joseph Aoun;Emmanuel Macron/null/*"}},
        /* … nor where one goes back or leaves for after the contact */
        {"2025-04-23T09:00:00+03:00", "وصل رئيس الوزراء الهندي ناريندرا مودي مساء أمس إلى جدة، وعقد محادثات مع الأمير محمد بن سلمان، قبل أن يقطع زيارته ويعود إلى نيودلهي.",
         {"visit/occurred/2025-04-22/Narendra Modi;Mohammed bin Salman/Jeddah/*"}},
        {"2025-04-23T09:00:00+03:00", "التقى رئيس الوزراء الهندي ناريندرا مودي أمس الأمير محمد بن سلمان في جدة، ثم غادر إلى نيودلهي.",
         {"visit/occurred/2025-04-22/Narendra Modi;Mohammed bin Salman/Jeddah/*"}},
        /* … nor where one's delegation goes back to, a masdar of return with its subject between */
        {"2017-12-01T10:00:00+03:00", "وأرجئ لقاء كان مقررا اليوم بين دي ميستورا وبشار الجعفري، بعد إعلان الأخير عودة وفده إلى دمشق للتشاور.",
         {"meeting/cancelled/2017-12-01/Staffan de Mistura;Bashar al-Jaafari/null/*", NULL}},
        /* … nor where one goes on to after it, a masdar of travel after قبل */
        {"2024-11-14", "التقى الرئيس الفيتنامي لوونغ كوونغ الرئيس التشيلي غابرييل بوريك، في إطار زيارة دولة يقوم بها إلى تشيلي قبل توجهه إلى ليما للمشاركة في قمة أبيك.",
         {"visit/occurred/null/Luong Cuong;Gabriel Boric/Chile/*", NULL}},
        /* near-miss: a visit's destination after إلى stays its place */
        {"2025-04-23T09:00:00+03:00", "وصل رئيس الوزراء الهندي ناريندرا مودي مساء أمس إلى جدة، حيث التقى الأمير محمد بن سلمان.",
         {"visit/occurred/2025-04-22/Narendra Modi;Mohammed bin Salman/Jeddah/*"}},
        /* … and so is one joined by و to it as the called-off verb's object */
        {"2025-03-10T09:00:00+03:00", "أرجأ الفريق أول عبد الفتاح البرهان زيارته إلى القاهرة ولقاءه المرتقب مع الرئيس عبد الفتاح السيسي إلى موعد لم يحدد.",
         {"visit/cancelled/null/Abdel Fattah al-Burhan;Abdel Fattah el-Sisi/Cairo/*"}},
        /* … and its date, told there, is the day the visit was set for */
        {"2025-05-10T10:00:00+03:00", "أعلنت رئاسة الوزراء اليوم تأجيل زيارة رئيس الوزراء جعفر حسان إلى دمشق، والتي كان من المقرر أن يلتقي خلالها الرئيس السوري أحمد الشرع غدا الأحد.",
         {"visit/cancelled/2025-05-11/Jafar Hassan;Ahmed al-Sharaa/Damascus/*"}},
        /* near-miss: a plan told on its own beside a cancelled one stays another contact */
        {"2019-08-21", "ألغى ترامب زيارته إلى الدنمارك، وقال إنه من المقرر أن يلتقي فريدريكسن.",
         {"visit/cancelled/*/*/*/*", "meeting/planned/*/*/*/*"}},
        /* EV-4: a plan, or a put-off contact, that did not take place (لم تتم، ولم تتم) was called
         * off; near-miss: a report denied stays denied */
        {"2023-07-01", "أعلنت الرئاسة أن الرئيس عبد المجيد تبون سيزور باريس للقاء الرئيس إيمانويل ماكرون في حزيران/يونيو 2023، لكن الزيارة لم تتم.",
         {"visit/cancelled/2023-06/Abdelmadjid Tebboune;Emmanuel Macron/Paris/*"}},
        {"2023-07-01", "أعلنت الرئاسة أن الرئيس عبد المجيد تبون سيزور باريس للقاء الرئيس إيمانويل ماكرون في حزيران/يونيو 2023، لكن الزيارة أرجئت ولم تتم.",
         {"visit/cancelled/2023-06/Abdelmadjid Tebboune;Emmanuel Macron/Paris/*"}},
        {"2023-07-01", "وكانت زيارة الرئيس عبد المجيد تبون إلى باريس ولقاؤه الرئيس إيمانويل ماكرون قد أرجئت ولم تتم.",
         {"visit/cancelled/null/Abdelmadjid Tebboune;Emmanuel Macron/Paris/*"}},
        {"2023-07-01", "نفى الكرملين أن يكون الرئيس فلاديمير بوتين سيلتقي الرئيس دونالد ترامب، وقال إن اللقاء لم يتقرر.",
         {"meeting/denied/null/Vladimir Putin;Donald Trump/null/*"}},
        /* EV-4: a negation with its exception (لن … ما لم، إلا إذا) sets a condition: a contact
         * scheduled stays planned, another is none; near-miss: the negation alone cancels or
         * denies */
        {"2024-03-01", "قال المتحدث إن القمة المرتقبة بين الرئيس الصومالي حسن شيخ محمود ورئيس الوزراء الإثيوبي آبي أحمد لن تعقد ما لم تتراجع إثيوبيا عن المذكرة.",
         {"meeting/planned/null/Hassan Sheikh Mohamud;Abiy Ahmed/*/*"}},
        {"2024-03-01", "قال المتحدث إن القمة المرتقبة بين الرئيس الصومالي حسن شيخ محمود ورئيس الوزراء الإثيوبي آبي أحمد لن تعقد.",
         {"meeting/cancelled/null/Hassan Sheikh Mohamud;Abiy Ahmed/*/*"}},
        {"2023-07-20", "قال الرئيس السوري بشار الأسد إنه لن يلتقي الرئيس التركي رجب طيب أردوغان ما لم تنسحب القوات التركية من شمال سوريا.", {NULL}},
        {"2023-07-20", "قال الرئيس السوري بشار الأسد إنه لن يلتقي الرئيس التركي رجب طيب أردوغان.",
         {"meeting/denied/null/Bashar al-Assad;Recep Tayyip Erdogan/null/*"}},
        /* EV-4: an imperfect light verb opening the clause of a contact's noun announces it
         * ("ويعقد … اليوم محادثات"); near-miss: in the perfect it was held */
        {"2024-07-09T10:00:00+03:00", "ويعقد رئيس الوزراء الهندي ناريندرا مودي والرئيس الروسي فلاديمير بوتين اليوم محادثات رسمية في الكرملين.",
         {"visit/planned/2024-07-09/Narendra Modi;Vladimir Putin/Kremlin, Moscow/*"}},
        {"2024-07-09T10:00:00+03:00", "وعقد رئيس الوزراء الهندي ناريندرا مودي والرئيس الروسي فلاديمير بوتين اليوم محادثات رسمية في الكرملين.",
         {"visit/occurred/2024-07-09/Narendra Modi;Vladimir Putin/Kremlin, Moscow/*"}},
        /* … so do سيقوم and يقوم after أن ("أن يقوم عون بزيارة"); near-misses: after قبل أن it is
         * past, and in a relative clause (زيارة يقوم بها) the visit under way */
        {"2025-03-10", "سيقوم الرئيس جوزاف عون بزيارة إلى الرياض يلتقي خلالها ولي العهد الأمير محمد بن سلمان.",
         {"visit/planned/null/Joseph Aoun;Mohammed bin Salman/Riyadh/*"}},
        {"2025-03-10", "رجحت مصادر لبنانية أن يقوم الرئيس جوزاف عون بزيارة إلى الرياض يلتقي خلالها ولي العهد الأمير محمد بن سلمان.",
         {"visit/planned/null/Joseph Aoun;Mohammed bin Salman/Riyadh/*"}},
        {"2025-03-10", "وتوقفت الحرب قبل أن يعقد الرئيس جوزاف عون محادثات مع الرئيس إيمانويل ماكرون في باريس.",
         {"visit/occurred/null/Joseph Aoun;Emmanuel Macron/Paris/*"}},
        {"2025-03-10", "التقى الرئيس جوزاف عون ولي العهد الأمير محمد بن سلمان في إطار زيارة يقوم بها إلى الرياض.",
         {"visit/occurred/null/Joseph Aoun;Mohammed bin Salman/Riyadh/*"}},
        /* … and so does a light verb's phrase in the imperfect after its subject, as the verb
         * يلتقي does (a weekday after it the next one); its virtual summit is a video call;
         * near-miss: in a relative clause after a person (الذي يقوم بزيارة), the visit under way */
        {"2021-11-13T10:00:00+03:00", "الرئيس الأمريكي جو بايدن يعقد قمة مع الرئيس الصيني شي جين بينغ الاثنين.",
         {"meeting/planned/2021-11-15/Joe Biden;Xi Jinping/null/*", NULL}},
        {"2021-11-13T10:00:00+03:00", "الرئيس الأمريكي جو بايدن يجري اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ الاثنين.",
         {"call/planned/2021-11-15/Joe Biden;Xi Jinping/null/*", NULL}},
        {"2021-11-13T10:00:00+03:00", "الرئيس الأمريكي جو بايدن سيعقد قمة افتراضية مع الرئيس الصيني شي جين بينغ الاثنين.",
         {"video_call/planned/2021-11-15/Joe Biden;Xi Jinping/null/*", NULL}},
        {"2022-08-12T10:00:00+01:00", "أجرى ناصر بوريطة يوم الخميس بالرباط مباحثات مع خوسيه مانويل ألباريس، الذي يقوم بزيارة عمل إلى المملكة.",
         {"visit/occurred/2022-08-11/José Manuel Albares;Nasser Bourita/Rabat/*", NULL}},
        /* EV-4: the historic present — an imperfect dated before the publication by a written year
         * or a word of the past took place; near-miss: a weekday alone is the next one */
        {"2024-02-12", "16 حزيران/يونيو 2021: يلتقي الرئيس الأميركي جو بايدن الرئيس الروسي فلاديمير بوتين في جنيف.",
         {"meeting/occurred/2021-06-16/Joe Biden;Vladimir Putin/Geneva/*"}},
        {"2024-02-12", "في 19 تموز/يوليو 2021 كان العاهل الأردني الملك عبد الله الثاني أول زعيم عربي يستقبله الرئيس الأمريكي جو بايدن في البيت الأبيض.",
         {"visit/occurred/2021-07-19/King Abdullah II;Joe Biden/White House, Washington, D.C./*"}},
        {"2024-07-09", "وتعقد القمة بين الرئيس الأمريكي جو بايدن والعاهل الأردني الملك عبد الله الثاني يوم الخميس.",
         {"meeting/planned/2024-07-11/Joe Biden;King Abdullah II/null/*"}},
        /* … nor does a date of the current week or month (الجاري), which is now */
        {"2023-10-18T14:00:00+02:00", "يلتقي المستشار الألماني أولاف شولتس الرئيس عبد الفتاح السيسي الأسبوع الجاري.",
         {"meeting/planned/2023-W42/Olaf Scholz;Abdel Fattah el-Sisi/null/*"}},
        /* EV-4: the end of the publication's week is still to come before Friday; near-miss: on a
         * Saturday it has come */
        {"2023-10-18T14:00:00+02:00", "زيارة المستشار الألماني أولاف شولتس إلى القاهرة نهاية الأسبوع الجاري للقاء الرئيس عبد الفتاح السيسي.",
         {"visit/planned/2023-W42/Olaf Scholz;Abdel Fattah el-Sisi/Cairo/*"}},
        {"2023-10-21T14:00:00+02:00", "زيارة المستشار الألماني أولاف شولتس إلى القاهرة نهاية الأسبوع الجاري للقاء الرئيس عبد الفتاح السيسي.",
         {"visit/occurred/2023-W42/Olaf Scholz;Abdel Fattah el-Sisi/Cairo/*"}},
        /* EV-4: a call for something else (دعا إلى وقف …) proposes no contact told after it;
         * near-misses: an invitation to the one named after إلى, a call to hold a summit */
        {"2024-07-09", "دعا الرئيس عبد الفتاح السيسي إلى وقف إطلاق النار خلال لقائه الرئيس إيمانويل ماكرون.",
         {"meeting/occurred/null/Abdel Fattah el-Sisi;Emmanuel Macron/null/*"}},
        {"2025-02-12", "وجه الرئيس عبد الفتاح السيسي دعوة إلى فخامة الرئيس إيمانويل ماكرون لزيارة القاهرة.",
         {"visit/proposed/null/Emmanuel Macron;Abdel Fattah el-Sisi/Cairo/*"}},
        {"2025-02-12", "دعا الرئيس عبد الفتاح السيسي إلى عقد قمة مع الرئيس إيمانويل ماكرون.",
         {"meeting/proposed/null/Abdel Fattah el-Sisi;Emmanuel Macron/null/*"}},
        /* EV-4: a speech (ألقى كلمة) is no contact where it was given, but a contact told before
         * it in the sentence still is */
        {"2022-12-25", "في 21 كانون الأول/ديسمبر 2022 زار الرئيس الأوكراني فولوديمير زيلينسكي واشنطن والتقى الرئيس جو بايدن وألقى كلمة أمام الكونغرس.",
         {"visit/occurred/2022-12-21/Volodymyr Zelenskyy;Joe Biden/Washington, D.C./*"}},
        {"2022-12-25", "وألقى كلمة خلال لقائه الرئيس رجب طيب أردوغان والرئيس عبد الفتاح السيسي.", {NULL}},
        /* … nor a congratulation in a speech (في كلمة ألقاها); near-miss: a speech in a clause after
         * the contact */
        {"2024-11-11", "وكان الرئيس الروسي فلاديمير بوتين قد هنأ دونالد ترامب بفوزه في كلمة ألقاها في منتدى فالداي.", {NULL}},
        {"2024-11-11", "التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ أمس، وأشاد في كلمة ألقاها بعد اللقاء بالعلاقات.",
         {"meeting/occurred/2024-11-10/Vladimir Putin;Xi Jinping/null/*"}},
    };
    RUN(cs);
}

/* EV-5, EV-8: a date heading the paragraph governs what follows; topics. */
static void test_ev_dates_and_topics(void **state)
{
    (void)state;
    static const vcase cs[] = {
        /* EV-5: ثم and a verb of going on, or the contact's verb (then the scene's place too):
         * the next step of the day told before; near-miss: ثم before a verb of saying */
        {"2025-04-05T18:00", "استقبل الرئيس اللبناني جوزاف عون اليوم في قصر بعبدا المبعوثة الأمريكية مورغان أورتاغوس.\\n\\nثم انتقلت أورتاغوس إلى السراي الحكومي حيث التقت رئيس مجلس الوزراء نواف سلام.",
         {"visit/occurred/2025-04-05/Morgan Ortagus;Joseph Aoun/*/*", "meeting/occurred/2025-04-05/Morgan Ortagus;Nawaf Salam/*/*"}},
        {"2025-04-05T18:00", "استقبل الرئيس اللبناني جوزاف عون اليوم في قصر بعبدا المبعوثة الأمريكية مورغان أورتاغوس.\\n\\nثم توجهت أورتاغوس إلى عين التينة حيث التقت رئيس مجلس النواب نبيه بري.",
         {"visit/occurred/2025-04-05/Morgan Ortagus;Joseph Aoun/*/*", "visit/occurred/2025-04-05/Morgan Ortagus;Nabih Berri/*/*"}},
        {"2025-04-05T18:00", "استقبل الرئيس اللبناني جوزاف عون اليوم في قصر بعبدا المبعوثة الأمريكية مورغان أورتاغوس.\\n\\nثم أعلنت أورتاغوس أنها التقت رئيس مجلس الوزراء نواف سلام.",
         {"visit/occurred/2025-04-05/Morgan Ortagus;Joseph Aoun/*/*", "meeting/occurred/null/Morgan Ortagus;Nawaf Salam/*/*"}},
        {"2025-05-18T10:00", "التقى الرئيس اللبناني جوزاف عون على هامش القمة العربية في بغداد أمس السبت رئيس الوزراء العراقي محمد شياع السوداني.\\n\\nثم التقى الرئيس عون الرئيس الفلسطيني محمود عباس.",
         {"meeting/occurred/2025-05-17/Joseph Aoun;Mohammed Shia al-Sudani/Baghdad/*", "meeting/occurred/2025-05-17/Joseph Aoun;Mahmoud Abbas/Baghdad/*"}},
        /* a bare الأحد (TMX-6) dates a contact told done */
        {"2025-02-04T16:00", "وكان الرئيس السوري أحمد الشرع قد زار الرياض الأحد حيث استقبله ولي العهد السعودي الأمير محمد بن سلمان.",
         {"visit/occurred/2025-02-02/Ahmed al-Sharaa;Mohammed bin Salman/Riyadh/*"}},
        {"2025-08-10", "وفي 11 شباط/ فبراير 2018، أجرى ترامب اتصالا ببوتين بحثا خلاله الأزمة السورية.",
         {"call/occurred/2018-02-11/Donald Trump;Vladimir Putin/null/*"}},
        /* a feast a verb of celebrating names is what is celebrated, no date (and no plan);
         * near-miss: a feast the contact is dated by */
        {"2024-12-21", "أجرى الرئيس إيمانويل ماكرون، مساء الجمعة، مباحثات مع الرئيس إسماعيل عمر جيله في العاصمة جيبوتي، في مستهل زيارة يحتفل خلالها مع القوات الفرنسية بعيد الميلاد.",
         {"visit/occurred/2024-12-20/Emmanuel Macron;Ismail Omar Guelleh/*/*", NULL}},
        {"2024-12-21", "يجري الرئيس إيمانويل ماكرون مباحثات مع الرئيس إسماعيل عمر جيله في العاصمة جيبوتي في عيد الميلاد.",
         {"visit/planned/2024-12-25/Emmanuel Macron;Ismail Omar Guelleh/*/*", NULL}},
        /* a relative clause on the contact that tells where and when it took place, naming no
         * one; near-miss: one that tells of something else done that day */
        {"2021-10-22", "واستغرق اللقاء السابق بين بوتين ونتنياهو، الذي جرى في موسكو في 30 يناير 2020، أقل من ساعة.",
         {"visit/occurred/2020-01-30/Benjamin Netanyahu;Vladimir Putin/Moscow/*", NULL}},
        {"2021-10-22", "واستغرق اللقاء السابق بين بوتين ونتنياهو، الذي تم الإعلان عنه في 30 يناير 2020، أقل من ساعة.",
         {"meeting/occurred/null/*/*/*", NULL}},
        /* هنا 'here' before a time (a Xinhua dateline's city), not هنأ 'congratulated', which
         * stays a message */
        {"2019-02-22", "بكين 22 فبراير 2019 (شينخوا) التقى الرئيس الصيني شي جين بينغ هنا اليوم (الجمعة) ولي العهد السعودي الأمير محمد بن سلمان.",
         {"meeting/occurred/2019-02-22/Xi Jinping;Mohammed bin Salman/Beijing/*", NULL}},
        {"2019-02-22", "هنأ الرئيس الصيني شي جين بينغ اليوم ولي العهد السعودي الأمير محمد بن سلمان بفوزه.",
         {"message/occurred/2019-02-22/Xi Jinping;Mohammed bin Salman/*/*", NULL}},
        /* the host's titles one after another set off after his name, a place and a date after
         * them: the contact's clause goes on (its date, not the dateline's day) */
        {"2019-10-30", "الرياض – واس: استقبل الأمير محمد بن سلمان، ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع، في قصر اليمامة بالرياض أمس، فخامة الرئيس جايير بولسونارو.",
         {"visit/occurred/2019-10-29/Jair Bolsonaro;Mohammed bin Salman/*/*", NULL}},
        /* a date between a light verb in the perfect and its noun: no count (its year is no
         * cardinal), a past day (EV-4: the perfect tells of the past); near-miss: the imperfect */
        {"2023-09-23", "وكان الرئيس الأسد قد تلقى في أيار 2021 برقية تهنئة من الرئيس شي جين بينغ.",
         {"message/occurred/2021-05/Xi Jinping;Bashar al-Assad/*/*", NULL}},
        {"2018-09-23", "وكان الشيخ محمد بن زايد قد أجرى في 5 شباط محادثات مع الرئيس الكوري مون جاي إن في سيول.",
         {"visit/occurred/2018-02-05/Mohamed bin Zayed Al Nahyan;Moon Jae-in/Seoul/*", NULL}},
        {"2018-09-23", "ويجري الشيخ محمد بن زايد في 5 شباط محادثات مع الرئيس الكوري مون جاي إن في سيول.",
         {"visit/planned/2019-02-05/Mohamed bin Zayed Al Nahyan;Moon Jae-in/Seoul/*", NULL}},
        /* a denied report: the date it gives the contact, not the denial's before it */
        {"2025-04-13T18:00:00+03:00", "ونفى المتحدث باسم الكرملين ديمتري بيسكوف اليوم تقارير عن لقاء جمع بوتين وترامب في الرياض الأسبوع الماضي.",
         {"meeting/denied/2025-W14/Vladimir Putin;Donald Trump/Riyadh/*"}},
        /* … and with none after it, none: the date before it is the report's */
        {"2024-09-30", "وصف مجلس السيادة ما تناقلته منصات إخبارية أمس عن لقاء بين عبد الفتاح البرهان ومحمد حمدان دقلو في جيبوتي بأنه شائعات.",
         {"meeting/denied/null/Abdel Fattah al-Burhan;Mohamed Hamdan Dagalo/Djibouti/*"}},
        /* near-miss: a report not denied keeps the date before the contact's word */
        {"2025-04-13T18:00:00+03:00", "وأعلن بيسكوف اليوم أن بوتين التقى ترامب في الرياض.",
         {"meeting/occurred/2025-04-13/*/Riyadh/*"}},
        /* a label and its colon before the heading date, which replaces the last paragraph's */
        {"2024-09-05", "وفي 7 فبراير 2023، أجرى السيسي اتصالا هاتفيا بأردوغان.\\n\\nاللقاء الثاني: في 10 سبتمبر 2023، التقى الرئيسان على هامش قمة مجموعة العشرين في نيودلهي.",
         {"call/occurred/2023-02-07/*/*/*", "meeting/occurred/2023-09-10/*/New Delhi/*"}},
        /* EV-9 with a perfect verb: a later clause's month after the publication date without a
         * year is the year before's, as the first contact's is */
        {"2025-06-10", "وكان ترامب وبوتين قد تحدثا عبر الهاتف في فبراير، ثم التقيا في ألاسكا في أغسطس.",
         {"call/occurred/2025-02/*/*/*", "meeting/occurred/2024-08/*/Alaska/*"}},
        /* EV-10: "أول لقاء" names the contact told before (and EV-13 the one it counts from);
         * near-miss: a first meeting with a date of its own is an event */
        {"2023-09-04", "التقى أردوغان بوتين في سوتشي اليوم. وهذا أول لقاء مباشر بين الرئيسين منذ اجتماعهما في أستانا يوم 13 أكتوبر 2022.",
         {"visit/occurred/2023-09-04/*/Sochi/*", "meeting/occurred/2022-10-13/*/Astana/*"}},
        {"2023-09-04", "عقد ترامب وبوتين أول لقاء بينهما في هلسنكي في 16 يوليو 2018.", {"meeting/occurred/2018-07-16/*/Helsinki/*"}},
        /* EV-10: a later sentence that names no pair gives the duration of the contact its
         * definite noun names; near-miss: a duration in another clause than the noun's */
        {"2025-03-20", "أجرى الرئيس الروسي فلاديمير بوتين مكالمة هاتفية مع نظيره الأمريكي دونالد ترامب مساء الثلاثاء. وأضاف البيان أن المحادثة استمرت أكثر من ساعتين.",
         {"call/occurred/2025-03-18/*/*/120"}},
        {"2025-03-20", "أجرى الرئيس الروسي فلاديمير بوتين مكالمة هاتفية مع نظيره الأمريكي دونالد ترامب مساء الثلاثاء. وأضاف البيان أن المحادثة كانت مثمرة، وأن الحرب استمرت ثلاث سنوات.",
         {"call/occurred/2025-03-18/*/*/-1"}},
        /* a date that closes what was discussed, set off by a comma, is the contact's */
        {"2025-03-11", "عبر اتصال مرئي، ناقش رئيس الإمارات الشيخ محمد بن زايد والرئيس الإندونيسي برابوو سوبيانتو العلاقات الثنائية، اليوم.",
         {"video_call/occurred/2025-03-11/*/*/*"}},
    };
    RUN(cs);
    /* the topics themselves: not the subject after the verb, the other side, خلاله, a closing
     * date or who reports it */
    static const char *const topics[][2] = {
        {"اتصل ترامب ببوتين وبحثا الأزمة السورية.", "الأزمة السورية"},
        {"عبر اتصال مرئي، ناقش رئيس الإمارات الشيخ محمد بن زايد والرئيس الإندونيسي برابوو سوبيانتو العلاقات الثنائية، اليوم.",
         "العلاقات الثنائية"},
        {"تلقى محمد بن زايد اتصالا هاتفيا من ماكرون، بحث الجانبان خلاله العلاقات الثنائية.", "العلاقات الثنائية"},
        {"اتصل محمد بن زايد بالرئيس الإندونيسي برابوو سوبيانتو وناقش معه التعاون الاقتصادي.", "التعاون الاقتصادي"},
        {"بحث الملك محمد السادس هاتفيا مع الرئيس الموريتاني محمد ولد الشيخ الغزواني العلاقات الثنائية، وفق بيان للديوان الملكي.",
         "العلاقات الثنائية"},
        /* the contact noun the topic verb names as its occasion (في، خلال): the topic follows the
         * noun's phrase — its modifier, the other side, أجراه، the city where, the date */
        {"بحث الرئيس المصري عبد الفتاح السيسي في اتصال هاتفي مع الرئيس الكيني وليام روتو أمس الأوضاع في الصومال.",
         "الأوضاع في الصومال"},
        {"بحث السيسي في اتصال هاتفي أجراه مع روتو، تطورات الأوضاع في الصومال.", "تطورات الأوضاع في الصومال"},
        {"بحث السيسي خلال لقائه روتو في القاهرة أمس العلاقات الثنائية.", "العلاقات الثنائية"},
        /* near-miss: a country after في is what was discussed, not where */
        {"بحث السيسي مع روتو في اتصال هاتفي أمس في السودان وجنوب السودان.", "في السودان وجنوب السودان"},
        /* near-miss: a date inside what was discussed stays there */
        {"اتصل ترامب ببوتين وبحثا نتائج قمة 16 يوليو في هلسنكي.", "نتائج قمة 16 يوليو في هلسنكي"},
    };
    for (size_t i = 0; i < sizeof topics / sizeof *topics; i++) {
        one_doc o;
        one_doc_open(&o, "2025-08-10", topics[i][0]);
        rasd_events *ev = rasd_extract(o.ctx, o.d, o.as);
        if (rasd_events_count(ev) != 1 || !rasd_events_get(ev, 0)->topics ||
            strcmp(rasd_events_get(ev, 0)->topics, topics[i][1]) != 0)
            fail_msg("\"%s\": want topics \"%s\", got %s", topics[i][0], topics[i][1],
                     rasd_events_count(ev) ? rasd_events_get(ev, 0)->topics : "no event");
        if (i == 0) assert_string_equal(rasd_events_get(ev, 0)->initiator, "Donald Trump");
        rasd_events_free(ev);
        one_doc_close(&o);
    }
}

/* EV-6: who acted, where a noun names the contact. */
static void test_ev6_initiator(void **state)
{
    (void)state;
    static const char *const cs[][3] = {
        /* EV-6: who proposes a meeting or talks initiates it, not the one it is offered to —
         * the subject right after the verb, or named before it; near-misses: a capital that
         * proposes is no person, so the invitee is the nearest before the trigger; an invitation
         * to visit keeps its visitor */
        {"2025-03-04", "دعا الرئيس الروسي فلاديمير بوتين الرئيس الأمريكي دونالد ترامب إلى عقد لقاء في موسكو.", "Vladimir Putin"},
        {"2025-03-04", "عرض أردوغان على بوتين عقد لقاء في إسطنبول.", "Recep Tayyip Erdogan"},
        {"2025-03-04", "وكان أردوغان قد اقترح على بوتين عقد قمة في إسطنبول.", "Recep Tayyip Erdogan"},
        {"2018-07-31", "أعلن الرئيس الأمريكي دونالد ترامب استعداده للقاء الرئيس الإيراني حسن روحاني.", "Donald Trump"},
        /* … and one who proposes it between two others, no party, initiates none of it (EV-2) */
        {"2019-09-24", "واقترح ماكرون على روحاني عقد لقاء مع الرئيس الأمريكي دونالد ترامب.", ""},
        /* a light verb's subject acts past his name and a date, each set off by commas */
        {"2024-06-10", "أجرى رئيس الجمهورية، السيد عبد المجيد تبون، مساء اليوم، مكالمة هاتفية مع الرئيس الصربي ألكسندر فوتشيتش.", "Abdelmadjid Tebboune"},
        /* … and after the light verb that follows its subject ("أن بوتين أجرى أمس …") */
        {"2025-03-19T09:00:00+03:00", "ذكرت الوكالة أن الرئيس فلاديمير بوتين أجرى أمس الثلاثاء محادثة هاتفية مع نظيره الأميركي دونالد ترامب.", "Vladimir Putin"},
        /* a date between a light verb's subject and its noun, not set off */
        {"2023-10-11", "سيجري الرئيس فلاديمير بوتين في وقت لاحق اليوم محادثة هاتفية مع الرئيس الكازاخستاني قاسم جومارت توكاييف.", "Vladimir Putin"},
        /* the host named before the receiving verb; the ordinal in a family's name (آل ثاني)
         * tells no one */
        {"2024-06-12", "وكان الشيخ تميم بن حمد آل ثاني أمير البلاد قد استقبل وزير الخارجية الأمريكي أنتوني بلينكن في وقت سابق اليوم.", "Antony Blinken"},
        {"2025-03-04", "دعت موسكو الرئيس الأمريكي دونالد ترامب إلى عقد لقاء مع بوتين.", "Donald Trump"},
        {"2025-03-04", "دعا الرئيس الروسي فلاديمير بوتين الرئيس الأمريكي دونالد ترامب إلى زيارة موسكو.", "Donald Trump"},
        /* the traveller makes the visit a noun names */
        {"2025-01-08", "وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران في زيارة رسمية يلتقي خلالها الرئيس مسعود بزشكيان.", "Mohammed Shia al-Sudani"},
        /* a visit noun right after a verb's subject */
        {"2025-01-10", "يعتزم وزير الخارجية الفرنسي جان نويل بارو زيارة الرباط للقاء نظيره المغربي ناصر بوريطة.", "Jean-Noël Barrot"},
        /* a relative clause says who made the call: the one named first, or the one after its verb */
        {"2024-10-25", "هنأ الرئيس الروسي فلاديمير بوتين الرئيس الإندونيسي برابوو سوبيانتو خلال اتصال هاتفي أجراه معه أمس.", "Vladimir Putin"},
        {"2024-10-25", "بحث الرئيس الإندونيسي برابوو سوبيانتو التعاون خلال اتصال هاتفي أجراه معه الرئيس فلاديمير بوتين.", "Vladimir Putin"},
        /* who asked for a call made it: a party named after بناء على طلب, the party of a side's
         * country after بمبادرة من الجانب, الأخير the party named last; near-miss: a side of no
         * party's country */
        {"2025-02-15", "أجرى وزير الخارجية الروسي سيرغي لافروف اليوم اتصالا هاتفيا مع نظيره الأمريكي ماركو روبيو، بناء على طلب الجانب الأمريكي.", "Marco Rubio"},
        {"2025-06-05", "أجرى الرئيس الصيني شي جين بينغ اليوم مكالمة هاتفية مع الرئيس الأمريكي دونالد ترامب، بناء على طلب الأخير.", "Donald Trump"},
        {"2025-06-18", "أجرى رئيس الوزراء الهندي ناريندرا مودي والرئيس الأمريكي دونالد ترامب مكالمة هاتفية بناء على طلب الرئيس ترامب.", "Donald Trump"},
        {"2025-08-18", "جرى اتصال هاتفي اليوم بين الرئيس الإيراني مسعود بزشكيان ونظيره الروسي فلاديمير بوتين.\\n\\nوذكر الكرملين أن الاتصال جرى بمبادرة من الجانب الروسي، وأن بوتين أطلع بزشكيان على نتائج القمة.", "Vladimir Putin"},
        {"2025-02-15", "أجرى وزير الخارجية الروسي سيرغي لافروف اليوم اتصالا هاتفيا مع نظيره الأمريكي ماركو روبيو، بناء على طلب الجانب الفرنسي.", "Sergey Lavrov"},
        /* the subject of a light verb, an ordinal before the noun ("أجرى … أول اتصال هاتفي") */
        {"2024-10-03", "أجرى رئيس الوزراء الياباني شيغيرو إيشيبا أول اتصال هاتفي مع الرئيس الأمريكي جو بايدن.", "Shigeru Ishiba"},
        /* (also آخر, and a subject before the light verb, قد between) */
        {"2025-08-14", "وكان الرئيس فلاديمير بوتين قد أجرى آخر اتصال هاتفي مع الرئيس الأمريكي دونالد ترامب في 3 يوليو الماضي.", "Vladimir Putin"},
        /* (a date set off by commas between the light verb and the ordinal, قد before it or not) */
        {"2023-11-14", "وكان الرئيس الأمريكي جو بايدن قد أجرى، في 10 شباط/فبراير 2021، أول اتصال هاتفي بالرئيس الصيني شي جين بينغ.", "Joe Biden"},
        {"2023-11-14", "أجرى الرئيس الأمريكي جو بايدن، في 10 شباط/فبراير 2021، أول اتصال هاتفي بالرئيس الصيني شي جين بينغ.", "Joe Biden"},
        /* (به for معه, the other side of a call: the one the sentence names first) */
        {"2026-02-17", "وجه الرئيس الكازاخستاني قاسم جومارت توكاييف دعوة إلى الرئيس الكوري الجنوبي لي جاي ميونغ لزيارة أستانا، وذلك خلال اتصال هاتفي أجراه به اليوم.", "Kassym-Jomart Tokayev"},
        /* … or right after أجراه with no معه ("بعد اتصال هاتفي أجراه الملك … بالرئيس الشرع") */
        {"2025-02-26", "ويأتي ذلك بعد اتصال هاتفي أجراه الملك عبدالله الثاني بالرئيس السوري أحمد الشرع في الثالث من شباط الجاري.", "King Abdullah II"},
        /* … or received (تلقاه) from the one named after من a few words on */
        {"2025-02-12", "أشاد الشيخ محمد بن زايد آل نهيان بالعلاقات مع لبنان خلال اتصال هاتفي تلقاه سموه اليوم من الرئيس جوزيف عون.", "Joseph Aoun"},
        {"2025-04-08", "بحث الشيخ عبدالله بن زايد آل نهيان وزير الخارجية، خلال اتصال هاتفي تلقاه سموه من معالي ماركو روبيو وزير خارجية الولايات المتحدة، العلاقات بين البلدين.", "Marco Rubio"},
        /* … past a date set off by commas; near-miss: a clause of other words set off there */
        {"2025-07-23", "نفى مكتب نبيه بري ما أوردته قناة عن اتصال هاتفي تلقاه بري، مساء أمس، من المبعوث الأمريكي توم باراك.", "Tom Barrack"},
        {"2025-07-23", "بحث نبيه بري خلال اتصال هاتفي تلقاه، وهو في بيروت، من المبعوث الأمريكي توم باراك الأوضاع.", ""},
        /* a message the relative clause's verb of sending says one sent */
        {"2024-08-10", "تأتي الزيارة عقب الرسالة التي بعث بها الرئيس إيمانويل ماكرون إلى الملك محمد السادس في الثلاثين من يوليو الماضي.", "Emmanuel Macron"},
        {"2024-08-10", "وأشار الملك محمد السادس إلى الرسالة التي بعث بها إليه الرئيس إيمانويل ماكرون في 30 يوليو.", "Emmanuel Macron"},
        /* … named there again by a title, after the invitation told first */
        {"2025-02-12", "وجه الشيخ محمد بن زايد آل نهيان دعوة إلى الرئيس جوزيف عون لزيارة الإمارات، وذلك خلال اتصال هاتفي تلقاه سموه اليوم من الرئيس اللبناني.", "Joseph Aoun"},
        /* … or by the one named before, when the other is named after مع/بـ a few words on;
         * near-miss: after معه, the one named after it */
        {"2024-03-20", "دعا الرئيس الكيني وليام روتو، خلال اتصال هاتفي أجراه مساء أمس مع أمير الكويت الشيخ مشعل الأحمد الجابر الصباح، الأمير إلى زيارة نيروبي.", "William Ruto"},
        {"2024-03-20", "دعا الرئيس الكيني وليام روتو، خلال اتصال هاتفي أجراه معه مساء أمس أمير الكويت الشيخ مشعل الأحمد الجابر الصباح، الأمير إلى زيارة نيروبي.", "Mishal Al-Ahmad Al-Jaber Al-Sabah"},
        /* a visit noun's genitive is its visitor; near-misses: a visit noun on بـ after the
         * subject of another verb is not his, but the genitive's; a call with no such clause
         * names none */
        {"2024-06-05", "أرجئت زيارة محمد شياع السوداني إلى أنقرة للقاء رجب طيب أردوغان.", "Mohammed Shia al-Sudani"},
        {"2025-01-10", "أشاد الرئيس عبد المجيد تبون بزيارة الرئيس إيمانويل ماكرون إلى الجزائر.", "Emmanuel Macron"},
        /* a visit told with قام بـ: the person right after the light verb, an adjunct between or
         * in a relative clause after the noun */
        {"2025-02-10", "من المقرر أن يقوم وليام روتو، الخميس المقبل، بزيارة إلى أديس أبابا يلتقي خلالها آبي أحمد.", "William Ruto"},
        /* a contact noun right after a light verb's subject; near-miss: two joined by و */
        {"2025-01-21", "أجرى الرئيس الصيني شي جين بينغ مكالمة هاتفية مع الرئيس الروسي فلاديمير بوتين.", "Xi Jinping"},
        {"2025-01-21", "أجرى شي جين بينغ وفلاديمير بوتين مكالمة هاتفية.", ""},
        /* … with a date set off by commas between, and an honorific before the name */
        {"2025-03-20", "أجرى السيد أحمد عطاف، يوم الخميس، مكالمة هاتفية مع نظيره الأمريكي، السيد ماركو روبيو.", "Ahmed Attaf"},
        /* … and two joined by و with the first's apposition and the second's honorific between */
        {"2025-03-17", "ترأس حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني، أمير البلاد المفدى، وفخامة الرئيس رجب طيب أردوغان، الخميس الماضي، اجتماعا عبر تقنية الاتصال المرئي.", ""},
        /* who meets or talks with another does not initiate it (near-miss above: who proposes
         * it does; and a caller does) */
        {"2025-04-14", "التقى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، أول أمس السبت، الرئيس التركي رجب طيب أردوغان على هامش منتدى أنطاليا الدبلوماسي.", ""},
        {"2025-04-14", "أجرى وزير الخارجية الإيراني عباس عراقجي محادثات مع نظيره العماني بدر البوسعيدي.", ""},
        {"2025-04-14", "أجرى عبد الحميد الدبيبة اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان.", "Abdul Hamid Dbeibah"},
        /* a visit that names no visitor: the one party of another country than the place's;
         * near-miss: both foreign to it, none */
        {"2025-09-18", "وقع ولي العهد السعودي الأمير محمد بن سلمان ورئيس وزراء باكستان شهباز شريف، مساء الأربعاء بالرياض، اتفاقية دفاعية خلال زيارة شريف إلى المملكة.", "Shehbaz Sharif"},
        {"2024-05-31", "التقى رئيس الجمهورية قيس سعيد، اليوم الجمعة بقصر الشعب في بكين، الرئيس الصيني شي جين بينغ، وذلك في إطار زيارة الدولة التي يؤديها إلى جمهورية الصين الشعبية.", "Kais Saied"},
        {"2024-07-03", "التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين خلال زيارة إلى أستانا لحضور قمة منظمة شنغهاي.", ""},
        /* two joined by و after the verb act jointly */
        {"2025-03-10", "أعربت المبعوثة الأممية هانا تيتيه عن أملها في أن يجتمع عبد الحميد الدبيبة والمشير خليفة حفتر في أقرب وقت.", ""},
        /* who arrives (حل) is the visitor */
        {"2025-04-15", "حل وزير الخارجية أحمد عطاف، أمس الاثنين، ببكين في زيارة رسمية بدعوة من نظيره الصيني وانغ يي.", "Ahmed Attaf"},
        /* a visit noun's genitive after its kind (زيارة رسمية للرئيس الشرع) */
        {"2025-02-03", "بدأت اليوم زيارة رسمية للرئيس السوري أحمد الشرع إلى الرياض يلتقي خلالها الأمير محمد بن سلمان.", "Ahmed al-Sharaa"},
        {"2025-02-20", "قالت مصادر إن الزيارة التي كان مرتقبا أن يقوم بها جوزاف عون إلى دمشق للقاء أحمد الشرع لن تتم.", "Joseph Aoun"},
        /* … a title the tagger leaves out between بها and the name */
        {"2025-02-20", "وجاء الاتصال بعد زيارة قام بها نائب وزير الخارجية الروسي ميخائيل بوغدانوف إلى دمشق في يناير التقى خلالها أحمد الشرع.", "Mikhail Bogdanov"},
        {"2024-10-25", "بحث الرئيس بوتين والرئيس برابوو سوبيانتو التعاون خلال اتصال هاتفي أمس.", ""},
        /* a meeting held by video is a meeting: no initiator; near-miss: a video call's caller */
        {"2025-03-03", "عقد الشيخ محمد بن زايد آل نهيان أمس اجتماعا افتراضيا مع الرئيس الفرنسي إيمانويل ماكرون.", ""},
        {"2025-03-03", "عقد الرئيس الأوكراني فولوديمير زيلينسكي اجتماعا عبر الاتصال المرئي مع رئيس الوزراء البريطاني كير ستارمر.", ""},
        {"2025-03-03", "أجرى الشيخ محمد بن زايد آل نهيان أمس اتصالا مرئيا مع الرئيس الفرنسي إيمانويل ماكرون.", "Mohamed bin Zayed Al Nahyan"},
    };
    for (size_t i = 0; i < sizeof cs / sizeof *cs; i++) {
        one_doc o;
        one_doc_open(&o, cs[i][0], cs[i][1]);
        rasd_events *ev = rasd_extract(o.ctx, o.d, o.as);
        const char *got = rasd_events_count(ev) ? rasd_events_get(ev, 0)->initiator : "no event";
        if (!got) got = "";
        if (strcmp(got, cs[i][2]) != 0) fail_msg("\"%s\": want initiator \"%s\", got \"%s\"", cs[i][1], cs[i][2], got);
        rasd_events_free(ev);
        one_doc_close(&o);
    }
    /* … and of the second event: the traveller of a journey planned on على أن makes the visit
     * its purpose names (EV-11) */
    static const char *const second[][3] = {
        /* (a verb of inviting with an object pronoun right after its subject invites the one it
         * stands for; near-miss: on و, its subject dropped, the one named before is the invitee) */
        {"2025-06-06", "كتب الرئيس الأميركي دونالد ترامب أن الرئيس الصيني شي جين بينغ دعاه إلى زيارة الصين، وأنه رد بالمثل بدعوة شي إلى زيارة الولايات المتحدة.",
         "Xi Jinping"},
        {"2022-07-06", "بعث الرئيس الفرنسي إيمانويل ماكرون أمس برقية تهنئة إلى نظيره الجزائري عبد المجيد تبون، ودعاه فيها إلى زيارة باريس.",
         "Abdelmadjid Tebboune"},
        {"2024-09-17T18:00:00+03:00", "استقبل الرئيس عبدالفتاح السيسي الشيخ مشعل الأحمد الجابر الصباح أمير الكويت اليوم، على أن يتوجه سموه غدا إلى عمّان للقاء الملك عبدالله الثاني.",
         "Mishal Al-Ahmad Al-Jaber Al-Sabah"},
    };
    for (size_t i = 0; i < sizeof second / sizeof *second; i++) {
        one_doc o;
        one_doc_open(&o, second[i][0], second[i][1]);
        rasd_events *ev = rasd_extract(o.ctx, o.d, o.as);
        const char *got = rasd_events_count(ev) > 1 ? rasd_events_get(ev, 1)->initiator : "no second event";
        if (!got) got = "";
        if (strcmp(got, second[i][2]) != 0) fail_msg("\"%s\": want initiator \"%s\", got \"%s\"", second[i][1], second[i][2], got);
        rasd_events_free(ev);
        one_doc_close(&o);
    }
}

/* EV-4 (clause scope of not_event cues), EV-5 (a later clause's date), EV-9 (a second contact in
 * a later clause), EV-10 (undated talks elaborate the article's contact), EV-2 (spokespersons). */
static void test_ev_clauses(void **state)
{
    (void)state;
    static const vcase cs[] = {
        /* EV-10: talks or a meeting of a visit's parties told after it, dated in its course (its
         * day or the three after, its status or planned while it goes on, its place or none), are
         * that visit; near-misses: a gathering taken part in, talks a week on, a meeting elsewhere */
        {"2025-12-05T12:00:00+03:00", "وصل الرئيس الروسي فلاديمير بوتين مساء الخميس إلى نيودلهي في زيارة رسمية، وكان رئيس الوزراء الهندي ناريندرا مودي في استقباله بالمطار. ويعقد الزعيمان اليوم الجمعة محادثات رسمية.",
         {"visit/occurred/2025-12-04/Vladimir Putin;Narendra Modi/New Delhi/*", NULL}},
        /* … and one of the visitor with another, still to come on either of the two days after
         * it, is at the visit's place (EV-3: his visit there) */
        {"2025-02-11", "استقبل الرئيس عبد الفتاح السيسي اليوم بالقاهرة وزير الخارجية الكويتي عبد الله اليحيا. ومن المقرر أن يلتقي الوزير الكويتي غدا نظيره بدر عبد العاطي.",
         {"visit/occurred/2025-02-11/*/Cairo/*", "visit/planned/2025-02-12/Abdullah Al-Yahya;Badr Abdelatty/Cairo/*", NULL}},
        {"2003-05-13", "وصل الرئيس محمد خاتمي إلى بيروت أمس في زيارة رسمية واستقبله الرئيس إميل لحود. ثم عقد الرئيسان جلسة محادثات.",
         {"visit/occurred/2003-05-12/Mohammad Khatami;Emile Lahoud/Beirut/*", NULL}},
        {"2023-05-29T22:10:00+03:00", "استقبل الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا نظيره الفنزويلي نيكولاس مادورو، اليوم الاثنين، في برازيليا. ويشارك مادورو غداً في اجتماع مع لولا.",
         {"visit/occurred/2023-05-29/Nicolás Maduro;Luiz Inácio Lula da Silva/*/*", "meeting/planned/2023-05-30/*/*/*", NULL}},
        {"2003-05-13", "وصل الرئيس محمد خاتمي إلى بيروت أمس في زيارة رسمية واستقبله الرئيس إميل لحود. ويعقد الرئيسان جلسة محادثات في 20 أيار الجاري.",
         {"visit/occurred/2003-05-12/Mohammad Khatami;Emile Lahoud/Beirut/*", "talks/planned/2003-05-20/*/*/*", NULL}},
        {"2003-05-13", "وصل الرئيس محمد خاتمي إلى بيروت أمس في زيارة رسمية واستقبله الرئيس إميل لحود. ويلتقي الرئيسان غدا مجددا في روما.",
         {"visit/occurred/2003-05-12/Mohammad Khatami;Emile Lahoud/Beirut/*", "meeting/planned/2003-05-14/*/Rome/*", NULL}},
        /* EV-10: an undated meeting of a visit's two parties told after it, and a banquet given
         * the guest, are that visit; near-miss: a meeting of three, one more, is its own */
        {"2025-02-10", "استقبل الملك حمد بن عيسى آل خليفة صباح اليوم رئيس وزراء ماليزيا أنور إبراهيم. وعقد الملك ورئيس الوزراء الماليزي اجتماعا على انفراد. وأقام الملك مأدبة غداء تكريما للضيف.",
         {"visit/occurred/2025-02-10/Anwar Ibrahim;Hamad bin Isa Al Khalifa/*/*", NULL}},
        {"2025-01-26", "استقبل ولي العهد السعودي الأمير محمد بن سلمان، في العلا اليوم، رئيسة وزراء إيطاليا جورجا ميلوني. إثر ذلك، أقام سمو ولي العهد مأدبة عشاء تكريما لرئيسة الوزراء الإيطالية.",
         {"visit/occurred/2025-01-26/Giorgia Meloni;Mohammed bin Salman/*/*", NULL}},
        {"2025-01-17", "استقبل الرئيس جوزاف عون اليوم الرئيس الفرنسي إيمانويل ماكرون في بعبدا. وعقد الرئيسان لقاء ثلاثيا ضم رئيس الحكومة المكلف نواف سلام.",
         {"visit/occurred/2025-01-17/Emmanuel Macron;Joseph Aoun/*/*", "meeting/occurred/*/Joseph Aoun;Emmanuel Macron;Nawaf Salam/*/*", NULL}},
        /* EV-14: a later contact noun that بين follows names its own parties, though one of them
         * was named before; near-miss: the same contact named again with بين adds none */
        {"2025-08-19", "وقال ماكرون إنه اتصل بالرئيس الأمريكي دونالد ترامب وبدأ الترتيب لعقد لقاء بين ترامب والرئيس الأوكراني فولوديمير زيلينسكي.",
         {"call/occurred/null/Emmanuel Macron;Donald Trump/*/*", "meeting/planned/null/Donald Trump;Volodymyr Zelenskyy/*/*"}},
        {"2025-08-19", "اتصل ترامب ببوتين، وهو الاتصال الأول بين الرئيسين منذ أشهر.", {"call/occurred/*/Donald Trump;Vladimir Putin/*/*"}},
        /* … with a date of its own too; and a word that only points back to a contact, with
         * everyone named after بين: the date there is the contact's */
        {"2025-08-19", "وقال ترامب إنه اتصل ببوتين أمس وبدأ الترتيب لعقد لقاء بين بوتين وزيلينسكي الأسبوع المقبل.",
         {"call/occurred/2025-08-18/Donald Trump;Vladimir Putin/*/*", "meeting/planned/2025-W35/Vladimir Putin;Volodymyr Zelenskyy/*/*"}},
        /* EV-10: the ceremony of one's welcome (مراسم استقبال) after his visit told is that visit;
         * near-miss: told alone, it is his visit */
        {"2023-07-18T16:50:00+03:00", "أجرى الرئيس عبد المجيد تبون، اليوم الثلاثاء في بكين، محادثات مع نظيره الصيني شي جين بينغ في إطار زيارة دولة إلى الصين. وقد جرت مراسم استقبال رسمية للرئيس تبون، قبل أن يعقد الرئيسان لقاء على انفراد.",
         {"visit/occurred/2023-07-18/Abdelmadjid Tebboune;Xi Jinping/Beijing/*", NULL}},
        {"2023-07-18T16:50:00+03:00", "جرت مراسم استقبال رسمية للرئيس تبون في قصر الشعب ببكين حيث استقبله الرئيس الصيني شي جين بينغ اليوم.",
         {"visit/occurred/2023-07-18/*/Beijing/*", NULL}},
        /* EV-9: a meeting on حيث (no comma before it) after a visit that frames the sentence is
         * held during it and dates it — over the day a dateline filed it */
        {"2023-02-21T09:00:00+03:00", "خبر\\nكييف - (وكالات): في زيارة مفاجئة، وصل الرئيس الأميركي جو بايدن أمس الاثنين إلى كييف حيث التقى نظيره الأوكراني فولوديمير زيلينسكي.",
         {"visit/occurred/2023-02-20/Joe Biden;Volodymyr Zelenskyy/Kyiv/*", NULL}},
        /* EV-9: a contact told in a clause on حيث after a clause on قبل أن (a journey after the
         * first contact) is the next contact, not the sentence's: the first keeps the day heading
         * the sentence, the next its own place, the antecedent of حيث */
        {"2025-05-16T09:00:00+03:00", "وفي صباح الأربعاء، التقى ترامب في الرياض الرئيس السوري أحمد الشرع، قبل أن ينتقل في اليوم ذاته إلى الدوحة، حيث استقبله أمير قطر الشيخ تميم بن حمد آل ثاني.",
         {"meeting/occurred/2025-05-14/Donald Trump;Ahmed al-Sharaa/Riyadh/*", "visit/occurred/2025-05-14/Donald Trump;Tamim bin Hamad Al Thani/Doha/*", NULL}},
        /* EV-7: a city that names a process, format or accord (مسار أستانا) is not where; near-miss:
         * the city after في is */
        {"2020-03-20T09:00:00+03:00", "أعلنت طهران اليوم تأجيل القمة الثلاثية لضامني مسار أستانا، التي كان من المقرر أن تجمع الرؤساء حسن روحاني وفلاديمير بوتين ورجب طيب أردوغان في طهران خلال الشهر الجاري.",
         {"meeting/cancelled/2020-03/Hassan Rouhani;Vladimir Putin;Recep Tayyip Erdogan/Tehran/*", NULL}},
        {"2020-03-20T09:00:00+03:00", "التقى الرئيس حسن روحاني الرئيس فلاديمير بوتين في أستانا.",
         {"meeting/occurred/*/Hassan Rouhani;Vladimir Putin/Astana/*", NULL}},
        /* EV-2: a contact with an organization named after مع right after its word has no person
         * named elsewhere as its other party; near-miss: a person named there, whose title names
         * the organization */
        {"2025-05-17", "وبدأ ترمب مفاوضات مباشرة مع حركة حماس، بحسب رئيس الوزراء الإسرائيلي بنيامين نتنياهو.", {NULL}},
        {"2025-05-17", "أجرى بوتين اتصالا هاتفيا مع الأمين العام للأمم المتحدة أنطونيو غوتيريش.",
         {"call/occurred/*/Vladimir Putin;António Guterres/*/*", NULL}},
        /* … but a verb of gathering's letters before no one named (قمة تجمع بريكس: a grouping's
         * summit) tell no contact of its own: the place after it is the meeting's */
        {"2024-10-24T09:00:00+03:00", "التقى الرئيس عبد الفتاح السيسي أمس الرئيس الإيراني مسعود بزشكيان على هامش قمة تجمع بريكس المنعقدة بمدينة قازان الروسية.",
         {"meeting/occurred/2024-10-23/Abdel Fattah el-Sisi;Masoud Pezeshkian/Kazan/*", NULL}},
        {"2024-04-20", "وسبق اللقاء اجتماع بين هنية ووزير الخارجية التركي هاكان فيدان في الدوحة يوم 17 إبريل الجاري.",
         {"meeting/occurred/2024-04-17/Ismail Haniyeh;Hakan Fidan/Doha/*"}},
        /* EV-2: those who join a contact told before take part in that one; near-miss: with its
         * parties named after it, it is theirs */
        {"2025-08-19", "وانضم إلى الاجتماع لاحقا عدد من القادة الأوروبيين، بينهم رئيس الوزراء البريطاني كير ستارمر والمستشار الألماني فريدريش ميرتس.", {NULL}},
        /* … nor do those who attend it or come along on it; near-miss: the attended contact's own
         * parties after بين */
        {"2025-06-24", "وحضر اللقاء ولي العهد الأمير الحسين بن عبدالله الثاني ووزير الخارجية أيمن الصفدي.", {NULL}},
        {"2023-12-06", "حضر جلسة المباحثات الأمير فيصل بن فرحان وزير الخارجية، والأمير عبدالعزيز بن سلمان وزير الطاقة.", {NULL}},
        /* so do those who take part in it (شارك في + a contact told before) */
        {"2025-04-13", "وشارك في القمة الأمين العام للأمم المتحدة أنطونيو غوتيريش ورئيس المجلس الأوروبي أنطونيو كوستا.", {NULL}},
        /* … unless the gathering's chair alone was told before (ترأس، افتتح، استضاف): those who
         * attend it meet him there, on its day and at its place; near-misses: a cabinet's ministers
         * (one country), and a chair of no gathering (a ceremony) */
        {"2020-11-22T20:00:00+03:00", "ترأس خادم الحرمين الشريفين الملك سلمان بن عبد العزيز اليوم أعمال القمة الافتراضية لمجموعة العشرين. وشارك في القمة الرئيس الأمريكي دونالد ترامب والرئيس الصيني شي جين بينغ.",
         {"video_call/occurred/2020-11-22/King Salman;Donald Trump;Xi Jinping/null/*", NULL}},
        {"2023-05-19T20:00:00+03:00", "افتتح الرئيس عبد الفتاح السيسي اليوم في شرم الشيخ أعمال القمة العربية. وشارك في القمة الملك عبدالله الثاني والرئيس محمود عباس.",
         {"meeting/occurred/2023-05-19/Abdel Fattah el-Sisi;King Abdullah II;Mahmoud Abbas/Sharm el-Sheikh/*", NULL}},
        {"2022-03-28T20:00:00+03:00", "استضاف وزير الخارجية الإسرائيلي يائير لابيد اليوم في القدس اجتماعا وزاريا. وشارك في الاجتماع وزير الخارجية الأمريكي أنتوني بلينكن.",
         {"meeting/occurred/2022-03-28/Yair Lapid;Antony Blinken/Jerusalem/*", NULL}},
        {"2023-05-19T20:00:00+03:00", "افتتح الرئيس عبد الفتاح السيسي اليوم في شرم الشيخ أعمال القمة العربية. وحضر القمة الملك عبدالله الثاني.",
         {"meeting/occurred/2023-05-19/Abdel Fattah el-Sisi;King Abdullah II/Sharm el-Sheikh/*", NULL}},
        {"2023-05-19T20:00:00+03:00", "ترأس الرئيس عبد الفتاح السيسي اليوم اجتماعا للحكومة. وشارك في الاجتماع رئيس الوزراء مصطفى مدبولي ووزير الخارجية سامح شكري.", {NULL}},
        {"2023-05-19T20:00:00+03:00", "ترأس الرئيس عبد الفتاح السيسي اليوم احتفال عيد العمال. وحضر الاجتماع الملك عبدالله الثاني.", {NULL}},
        /* (one who took part alone told, and those after a relative clause on the summit) */
        {"2022-07-14T20:00:00+04:00", "شارك الشيخ محمد بن زايد آل نهيان اليوم في القمة الافتراضية الأولى لقادة مجموعة I2U2. وشارك في القمة التي عقدت عبر تقنية الاتصال المرئي كل من الرئيس جو بايدن وناريندرا مودي ويائير لابيد.",
         {"video_call/occurred/2022-07-14/Mohamed bin Zayed Al Nahyan;Joe Biden;Narendra Modi;Yair Lapid/null/*", NULL}},
        /* (… but one who takes part and meets someone there by a verb of his own does: "الأسد يشارك
         * في القمة العربية بجدة، ويلتقي على هامشها ولي العهد") */
        {"2025-05-20T10:00:00+03:00", "- 19 مايو 2023: الأسد يشارك في القمة العربية بجدة، ويلتقي على هامشها ولي العهد الأمير محمد بن سلمان.",
         {"meeting/occurred/2023-05-19/Bashar al-Assad;Mohammed bin Salman/Jeddah/*", NULL}},
        /* near-miss: a summit not told before (indefinite) is theirs */
        {"2025-04-13", "وشارك ماكرون وميرتس في قمة ثنائية في برلين.", {"meeting/occurred/null/*/Berlin/*"}},
        /* the host named before "في استقباله", as كان's subject: the guest is the one before him */
        {"2025-05-13", "وصل الرئيس ترمب إلى الرياض، وكان ولي العهد الأمير محمد بن سلمان في استقباله.",
         {"visit/occurred/null/Donald Trump;Mohammed bin Salman/Riyadh/*"}},
        {"2025-05-13", "وكان في استقبال الرئيس ترمب لدى وصوله إلى الرياض ولي العهد الأمير محمد بن سلمان.",
         {"visit/occurred/null/Donald Trump;Mohammed bin Salman/Riyadh/*"}},
        {"2025-06-24", "ورافق الرئيس السوري أحمد الشرع في الزيارة وزير الخارجية أسعد حسن الشيباني.", {NULL}},
        {"2024-03-14", "استقبل رئيس الوزراء العراقي محمد شياع السوداني في بغداد اليوم وزير الخارجية التركي هاكان فيدان. ويرافق فيدان في زيارته رئيس جهاز الاستخبارات التركي إبراهيم قالن.",
         {"visit/occurred/2024-03-14/Hakan Fidan;Mohammed Shia al-Sudani/Baghdad/*", NULL}},
        {"2025-06-24", "وحضر اللقاء بين الرئيس ترامب والرئيس زيلينسكي عدد من المسؤولين.",
         {"meeting/occurred/*/Donald Trump;Volodymyr Zelenskyy/*/*"}},
        {"2025-08-19", "وانضم رئيس الوزراء البريطاني كير ستارمر إلى الاجتماع بين ترامب وزيلينسكي.",
         {"meeting/occurred/*/Donald Trump;Volodymyr Zelenskyy/*/*"}},
        /* EV-4: what began or was done is the arranging (بدأ، جرى، قد before a plan or proposal
         * cue), not the contact; near-miss: بدأ right before it is the contact under way */
        {"2025-08-19", "جرى التحضير للقاء بين ترامب وزيلينسكي.", {"meeting/planned/*/*/*/*"}},
        {"2025-08-19", "بدأ الرئيس الفرنسي إيمانويل ماكرون اليوم زيارة دولة إلى الجزائر بدعوة من الرئيس عبد المجيد تبون.",
         {"visit/occurred/2025-08-19/Emmanuel Macron;Abdelmadjid Tebboune/Algeria/*"}},
        {"2023-03-22", "وكان زيلينسكي قد دعا كيشيدا إلى زيارة أوكرانيا خلال اتصال هاتفي بينهما في يناير الماضي.",
         {"call/occurred/2023-01/Volodymyr Zelenskyy;Fumio Kishida/*/*", "visit/proposed/null/Fumio Kishida;Volodymyr Zelenskyy/Ukraine/*"}},
        /* the aggregate "اتصالات" is in another clause: the dated call stands */
        {"2023-01-01", "كانت آخر مكالمة هاتفية بين ماكرون وبوتين في 11 سبتمبر 2022، ومنذ ذلك الحين لم تجر أي اتصالات بينهما.",
         {"call/occurred/2022-09-11/Emmanuel Macron;Vladimir Putin/null/*"}},
        /* near-miss: the aggregate in the trigger's own clause */
        {"2023-01-01", "أجرى ماكرون وبوتين اتصالات عدة مرات منذ الحرب.", {NULL}},
        {"2024-09-04", "التقى أردوغان وبوتين أكثر من عشرين مرة خلال السنوات العشر الماضية.", {NULL}},
        /* … and many (عديد، العديد من) before a contact's noun; near-miss: before another noun */
        {"2024-05-10", "تبادل الرئيسان قيس سعيد وعبد المجيد تبون عديد الرسائل منذ 2020.", {NULL}},
        {"2024-05-10", "وعقد الرئيسان قيس سعيد وعبد المجيد تبون العديد من اللقاءات منذ 2020.", {NULL}},
        {"2024-05-10", "التقى الرئيس قيس سعيد أمس الرئيس عبد المجيد تبون وبحثا عديد الملفات.",
         {"meeting/occurred/2024-05-09/Kais Saied;Abdelmadjid Tebboune/*/*", NULL}},
        /* a count: a contact noun right after a cardinal of two or more; near-misses: a definite
         * number (مجموعة العشرين) and a count on a day the sentence gives (that day's contact) */
        {"2023-02-24", "أجرى فولوديمير زيلينسكي ورجب طيب أردوغان عشرين اتصالا هاتفيا.", {NULL}},
        {"2019-06-29", "عقد قادة مجموعة العشرين بينهم ترامب وبوتين قمتهم في أوساكا.", {"meeting/occurred/null/Donald Trump;Vladimir Putin/Osaka/*"}},
        {"2017-11-12", "في 11 نوفمبر 2017، عقد ترامب وبوتين ثلاث محادثات قصيرة.", {"talks/occurred/2017-11-11/Donald Trump;Vladimir Putin/null/*"}},
        /* near-miss: "for the first time" is one contact */
        {"2024-09-04", "التقى أردوغان وبوتين لأول مرة في سوتشي.", {"meeting/occurred/null/*/Sochi/*"}},
        /* a date set off by commas is the contact's; a later clause's date is another fact's */
        {"2025-02-13", "وقال المكتب إن زيلينسكي تحدث هاتفياً، مساء الأربعاء، مع ترامب لمدة ساعة.",
         {"call/occurred/2025-02-12/Volodymyr Zelenskyy;Donald Trump/null/*"}},
        {"2025-02-13", "شكر ترامب بوتين على هذا الاتصال، وعلى إطلاق سراح المعلم الذي أطلقته روسيا، الثلاثاء، بعد سجنه.",
         {"call/occurred/null/Donald Trump;Vladimir Putin/null/*"}},
        /* two contacts in one sentence */
        {"2025-02-13", "وفي 1 مايو 2019 أجرى ترامب وبوتين مكالمة هاتفية، وأعقبتها مكالمة أخرى في 3 يوليو 2020.",
         {"call/occurred/2019-05-01/Donald Trump;Vladimir Putin/null/*", "call/occurred/2020-07-03/Donald Trump;Vladimir Putin/null/*"}},
        /* a conditional is not a contact */
        {"2024-10-10", "أكد الكرملين أن بوتين منفتح على إجراء محادثات مع بايدن إذا دعت الحاجة.", {NULL}},
        /* an unlikely contact (مستبعد) is none; a commitment to one (التزام بلقاء) is a plan */
        {"2024-09-15", "ويرى دبلوماسيون أن أي لقاء بين عبد الفتاح البرهان ومحمد حمدان دقلو يبدو مستبعداً في المدى المنظور.", {NULL}},
        {"2023-12-10", "وأعلنت الإيقاد التزاما بلقاء مباشر بين عبد الفتاح البرهان ومحمد حمدان دقلو.",
         {"meeting/planned/null/Abdel Fattah al-Burhan;Mohamed Hamdan Dagalo/*/*", NULL}},
        /* … but an invitation told before a condition was made whatever it (EV-4) */
        {"2025-09-03T19:40:00+03:00", "دعا الرئيس الروسي فلاديمير بوتين، اليوم الأربعاء، نظيره الأوكراني فولوديمير زيلينسكي إلى زيارة موسكو إذا كان مستعداً للقاء.",
         {"visit/proposed/null/Volodymyr Zelenskyy;Vladimir Putin/Moscow/*", NULL}},
        /* nor how two did not meet over a span (لم يلتق … في زيارة … منذ) */
        {"2025-03-20", "انتقد الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا سياسات نظيره الأرجنتيني خافيير ميلي. ولم يلتق الرئيسان في زيارة ثنائية منذ تولي ميلي السلطة.", {NULL}},
        /* nor one not ruled out (غير مستبعد) */
        {"2026-03-03", "قال الكرملين إن لقاء بين الرئيس فلاديمير بوتين والرئيس الأوزبكي شوكت ميرضيائيف في الأسابيع المقبلة غير مستبعد.", {NULL}},
        /* staying in touch is a disposition, no call; near-miss: a call told after على */
        {"2025-02-16", "أجرى لافروف أمس اتصالا هاتفيا بروبيو، واتفقا على البقاء على اتصال.",
         {"call/occurred/2025-02-15/Sergey Lavrov;Marco Rubio/null/*"}},
        {"2025-02-16", "واتفق لافروف وروبيو على البقاء على اتصال وعقد لقاء الشهر المقبل.",
         {"meeting/planned/2025-03/Sergey Lavrov;Marco Rubio/null/*"}},
        {"2025-02-16", "واتفق لافروف وروبيو على اتصال هاتفي جديد الأسبوع المقبل.",
         {"call/planned/2025-W08/Sergey Lavrov;Marco Rubio/null/*"}},
        /* a negotiator who is also his side's spokesman takes part in the talks he leads */
        {"2024-06-18", "التقى رئيس الوفد الوطني محمد عبدالسلام، اليوم في العاصمة العمانية مسقط، المبعوث الأممي إلى اليمن هانس غروندبرغ.",
         {"meeting/occurred/2024-06-18/Mohammed Abdulsalam;Hans Grundberg/Muscat/*"}},
        /* ENT-8: the two presidents of the ministers who spoke */
        {"2025-02-16", "أجرى لافروف أمس اتصالا هاتفيا بروبيو، واتفقا على التحضير لقمة محتملة بين الرئيسين.",
         {"call/occurred/2025-02-15/Sergey Lavrov;Marco Rubio/null/*", "meeting/planned/null/Vladimir Putin;Donald Trump/null/*"}},
        /* the arrangements for a contact, and a wish for one; near-miss: a wish far before an
         * occurred meeting is not its cue */
        {"2025-08-19", "وكتب ترامب أنه بدأ الترتيبات لعقد لقاء بين بوتين وزيلينسكي.",
         {"meeting/planned/null/Vladimir Putin;Volodymyr Zelenskyy/null/*"}},
        {"2025-08-26", "وأبدى ترامب رغبته في لقاء الزعيم الكوري الشمالي كيم جونغ أون هذا العام.",
         {"meeting/proposed/2025/Donald Trump;Kim Jong Un/null/*"}},
        {"2025-08-26", "وأكد أردوغان رغبته في تعزيز التعاون الاقتصادي مع روسيا خلال لقائه بوتين أمس في سوتشي.",
         {"visit/occurred/2025-08-25/Recep Tayyip Erdogan;Vladimir Putin/Sochi/*"}},
        /* … and its answer, the clause on فـ right after it; so is one of لو. Near-misses: a
         * clause on فـ after one that is no condition, and a clause after the answer */
        {"2025-01-20", "وقال المحلل إنه إذا زار ترامب موسكو، فسيكون ذلك أول لقاء له مع بوتين منذ سنوات.", {NULL}},
        {"2025-03-10T09:00:00+03:00", "في حال زار الرئيس السوري أحمد الشرع بيروت، فإن ملف الحدود سيتصدر جدول مباحثاته مع الرئيس جوزاف عون.", {NULL}},
        {"2025-01-20", "وقال إنه لو التقى ترامب بوتين لانتهت الحرب.", {NULL}},
        /* … and of ولو, whose و is not split off the two letters, with its answer */
        {"2025-10-24", "ولو التقى ترامب وكيم جونغ أون مجدداً، فسيكون ذلك أول لقاء بينهما منذ ست سنوات.", {NULL}},
        /* … the contact right after it, or past a light verb; near-misses: ولو before an adverb
         * (even if late), and the letters of a place's name on بـ (بولو) */
        {"2025-01-20", "وقال ترامب إنه لو تم اللقاء مع بوتين لكانت انتهت الحرب.", {NULL}},
        {"2025-01-20", "وقال المحلل إنه لو عقد ترامب وبوتين لقاء لانتهت الحرب.", {NULL}},
        {"2025-02-27", "بعث الرئيس الروسي فلاديمير بوتين أمس رسالة تهنئة إلى الرئيس التركي رجب طيب أردوغان ولو متأخرا.",
         {"message/occurred/2025-02-26/Vladimir Putin;Recep Tayyip Erdogan/null/*", NULL}},
        {"2025-01-22", "بعث الرئيس الروسي فلاديمير بوتين أمس برقية تعزية إلى الرئيس التركي رجب طيب أردوغان إثر حريق في فندق بولاية بولو.",
         {"message/occurred/2025-01-21/Vladimir Putin;Recep Tayyip Erdogan/null/*", NULL}},
        /* nor one said to happen someday (يوما ما) */
        {"2025-11-10", "ويقول مراقبون إن زيارة للرئيس بوتين إلى تركيا ولقاءه الرئيس أردوغان قد يتحققان «يوماً ما».", {NULL}},
        /* … but not a contact told before it as the frame of what was said, or by a verb in the
         * past: the condition is of something else; near-miss: a plan under the condition */
        {"2021-12-08", "حذر الرئيس الأميركي جو بايدن نظيره الروسي فلاديمير بوتين خلال قمة افتراضية عبر الفيديو مساء الثلاثاء من عواقب وخيمة في حال غزت روسيا أوكرانيا.",
         {"video_call/occurred/2021-12-07/Joe Biden;Vladimir Putin/*/*", NULL}},
        {"2020-01-03", "اتصل الرئيس الروسي فلاديمير بوتين بالرئيس التركي رجب طيب أردوغان أمس وحذره من عواقب وخيمة في حال أرسلت تركيا قوات إلى ليبيا.",
         {"call/occurred/2020-01-02/Vladimir Putin;Recep Tayyip Erdogan/*/*", NULL}},
        {"2020-01-03", "أجرى الرئيس الروسي فلاديمير بوتين أمس اتصالا هاتفيا بالرئيس التركي رجب طيب أردوغان حذره فيه من عواقب وخيمة في حال أرسلت تركيا قوات إلى ليبيا.",
         {"call/occurred/2020-01-02/Vladimir Putin;Recep Tayyip Erdogan/*/*", NULL}},
        {"2021-12-08", "قال الرئيس الروسي فلاديمير بوتين إنه سيلتقي الرئيس الأوكراني فولوديمير زيلينسكي في حال وافق على شروط موسكو.", {NULL}},
        {"2025-04-02", "وإذا زار أحمد الشرع باريس والتقى إيمانويل ماكرون، فستكون أول زيارة لرئيس سوري إلى أوروبا.", {NULL}},
        {"2025-01-20", "التقى ترامب بوتين أمس، فبحثا الحرب في أوكرانيا.",
         {"meeting/occurred/2025-01-19/Donald Trump;Vladimir Putin/null/*"}},
        {"2025-01-20", "إذا سمحت الظروف، فسيعود الوزير، والتقى ترامب بوتين أمس في جنيف.",
         {"meeting/occurred/2025-01-19/Donald Trump;Vladimir Putin/Geneva/*"}},
        /* EV-11: a contact of another status in a clause before the first's has its own clause's
         * date when its year is sure; near-miss: without a date it has none (not the first's) */
        {"2025-01-20", "دعا الرئيس الفرنسي ماكرون الرئيس اللبناني جوزاف عون إلى زيارة باريس في آذار المقبل، خلال اتصال هاتفي أجراه معه اليوم.",
         {"call/occurred/2025-01-20/Emmanuel Macron;Joseph Aoun/null/*", "visit/proposed/2025-03/Joseph Aoun;Emmanuel Macron/Paris/*"}},
        {"2025-01-20", "دعا الرئيس الفرنسي ماكرون الرئيس اللبناني جوزاف عون إلى زيارة باريس، خلال اتصال هاتفي أجراه معه اليوم.",
         {"call/occurred/2025-01-20/Emmanuel Macron;Joseph Aoun/null/*", "visit/proposed/null/Joseph Aoun;Emmanuel Macron/Paris/*"}},
        /* a date after a later contact of another status in the first's clause is that
         * contact's, not the first's */
        {"2024-12-03", "واتفق محمد بن زايد وبرابوو سوبيانتو خلال الاتصال على أن يقوم برابوو سوبيانتو بزيارة إلى أبوظبي مطلع العام المقبل.",
         {"call/occurred/null/Mohamed bin Zayed Al Nahyan;Prabowo Subianto/null/*", "visit/planned/2025/*/Abu Dhabi/*"}},
        {"2024-12-03", "اتصل ترامب ببوتين أمس واتفقا على أن يلتقيا في الرياض الأسبوع المقبل.",
         {"call/occurred/2024-12-02/Donald Trump;Vladimir Putin/null/*", "meeting/planned/2024-W50/*/Riyadh/*"}},
        /* … with two parties of its own named in its clause: theirs, and the meeting that visit
         * was for (للقاء) is no contact of its own */
        {"2025-04-01", "أجرى إيمانويل ماكرون اتصالا هاتفيا بعبد المجيد تبون، الاثنين، واتفق الرئيسان على أن يزور جان نويل بارو الجزائر في السادس من أبريل للقاء أحمد عطاف.",
         {"call/occurred/2025-03-31/Emmanuel Macron;Abdelmadjid Tebboune/null/*", "visit/planned/2025-04-06/Jean-Noël Barrot;Ahmed Attaf/Algeria/*"}},
        /* a plan told as announced on a past day: its month without a year is the first after
         * that day; near-miss: with no day of the announcement, the first after publication */
        {"2023-09-04", "وكان الكرملين قد أعلن في 8 يوليو أن بوتين سيلتقي أردوغان في أغسطس.",
         {"meeting/planned/2023-08/Vladimir Putin;Recep Tayyip Erdogan/null/*"}},
        {"2023-09-04", "وكان الكرملين قد أعلن أن بوتين سيلتقي أردوغان في أغسطس.",
         {"meeting/planned/2024-08/Vladimir Putin;Recep Tayyip Erdogan/null/*"}},
        /* EV-7: a capital that gets ready to host is where; near-miss: one that decides speaks */
        {"2025-01-20", "تستعد الدوحة لاستقبال الرئيس التركي أردوغان الأسبوع المقبل، حيث سيلتقي أمير قطر الشيخ تميم بن حمد.",
         {"visit/planned/2025-W05/Recep Tayyip Erdogan;Tamim bin Hamad Al Thani/Doha/*"}},
        {"2025-01-20", "قررت الدوحة تأجيل زيارة أردوغان، حيث كان سيلتقي أمير قطر الشيخ تميم بن حمد.",
         {"visit/cancelled/null/Recep Tayyip Erdogan;Tamim bin Hamad Al Thani/null/*"}},
        /* … and so does a country's name on no preposition, a name's own first ب no preposition
         * ("اقترحت بنغلاديش"); near-miss: one on بـ is where (ببريطانيا) */
        {"2025-03-22", "اقترحت بنغلاديش عقد لقاء بين محمد يونس وناريندرا مودي.",
         {"meeting/proposed/null/Muhammad Yunus;Narendra Modi/null/*", NULL}},
        {"2025-03-22", "أعلنت فرنسا أن الرئيس إيمانويل ماكرون سيلتقي الرئيس فلاديمير بوتين.",
         {"meeting/planned/null/Emmanuel Macron;Vladimir Putin/null/*", NULL}},
        {"2025-03-22", "التقى الرئيس إيمانويل ماكرون الرئيس فلاديمير بوتين ببريطانيا.",
         {"meeting/occurred/null/Emmanuel Macron;Vladimir Putin/United Kingdom/*", NULL}},
        /* EV-2: one another stands in for (بدلا من) and one named who did not take part (لم
         * يشارك after his name) are no parties; near-miss: one who took part */
        {"2024-07-02", "أعلنت الخارجية الهندية أن وزير الخارجية إس جايشانكار سيمثل الهند في القمة بدلا من رئيس الوزراء ناريندرا مودي.", {NULL}},
        {"2022-11-03", "أوضح بيان الرئاسة أن الملك محمد السادس لم يشارك في أشغال القمة، وأن المملكة مثلها وزير الشؤون الخارجية ناصر بوريطة.", {NULL}},
        {"2024-10-24", "- سبتمبر 2023: شي جين بينغ يغيب عن قمة مجموعة العشرين في نيودلهي ويوفد رئيس الوزراء لي تشيانغ بدلا منه.", {NULL}},
        {"2022-11-03", "أوضح بيان الرئاسة أن الملك محمد السادس شارك في أشغال القمة مع وزير الشؤون الخارجية ناصر بوريطة.",
         {"meeting/occurred/null/King Mohammed VI;Nasser Bourita/null/*", NULL}},
        /* EV-4: a cue whose object is a demonstrative (اتفقا على ذلك) governs no contact after it;
         * near-miss: one whose object is the contact */
        {"2023-05-03", "وكان الرئيسان عبد المجيد تبون وإيمانويل ماكرون قد اتفقا على ذلك خلال مكالمة هاتفية جمعتهما يوم 24 مارس الماضي.",
         {"call/occurred/2023-03-24/Abdelmadjid Tebboune;Emmanuel Macron/null/*", NULL}},
        {"2023-05-03", "واتفق الرئيسان عبد المجيد تبون وإيمانويل ماكرون على عقد لقاء قريبا.",
         {"meeting/planned/null/Abdelmadjid Tebboune;Emmanuel Macron/null/*", NULL}},
        /* EV-4: one who will accept an invitation (سيلبي الدعوة) plans the visit; near-miss: the
         * invitation alone proposes it */
        {"2025-04-08", "وأكد رئيس الوزراء العراقي محمد شياع السوداني أنه سيلبي الدعوة ويزور طهران نهاية الشهر الجاري للقاء الرئيس مسعود بزشكيان.",
         {"visit/planned/2025-04/Mohammed Shia al-Sudani;Masoud Pezeshkian/Tehran/*", NULL}},
        {"2025-04-08", "وجه الرئيس مسعود بزشكيان الدعوة إلى رئيس الوزراء العراقي محمد شياع السوداني لزيارة طهران نهاية الشهر الجاري.",
         {"visit/proposed/2025-04/Mohammed Shia al-Sudani;Masoud Pezeshkian/Tehran/*", NULL}},
        /* EV-4: one who answered an invitation (لبى) made the visit, over the invitation's cue;
         * near-miss: a date to come makes it a plan */
        {"2024-05-15", "لبى قيس سعيد أمس دعوة عبد المجيد تبون لزيارة الجزائر.",
         {"visit/occurred/2024-05-14/Kais Saied;Abdelmadjid Tebboune/Algeria/*", NULL}},
        {"2024-05-15", "وقال إن الرئيس سعيد لبى دعوة تبون لزيارة الجزائر الأسبوع المقبل.",
         {"visit/planned/2024-W21/Kais Saied;Abdelmadjid Tebboune/Algeria/*", NULL}},
        /* EV-4: the preparations (الاستعدادات، التحضيرات) for a reception make it a plan */
        {"2025-04-14", "تتواصل الاستعدادات في الرياض لاستقبال الرئيس دونالد ترامب في القمة المرتقبة مع الأمير محمد بن سلمان الشهر المقبل.",
         {"visit/planned/2025-05/*/Riyadh/*", NULL}},
        /* EV-4: a plan's cue governs no contact noun a perfect verb right after it says took place
         * (مكالمة هاتفية جرت أمس); near-miss: one with no such verb */
        {"2023-05-04", "تقرر إرجاء زيارة الدولة التي كان من المقرر أن يقوم بها الرئيس عبد المجيد تبون إلى فرنسا، وذلك إثر مكالمة هاتفية جرت أمس الأربعاء بين الرئيس تبون ونظيره الفرنسي إيمانويل ماكرون.",
         {"call/occurred/2023-05-03/Abdelmadjid Tebboune;Emmanuel Macron/null/*", "visit/cancelled/*/Abdelmadjid Tebboune;Emmanuel Macron/*/*", NULL}},
        {"2023-05-04", "ومن المقرر أن يجري الرئيس عبد المجيد تبون مكالمة هاتفية مع نظيره الفرنسي إيمانويل ماكرون غدا.",
         {"call/planned/2023-05-05/Abdelmadjid Tebboune;Emmanuel Macron/null/*", NULL}},
        /* EV-4: a hope for (أمله في) governs only a contact right after it; near-miss: a hope for
         * something else leaves the reply told after it as it is */
        {"2022-04-22", "أعرب الرئيس عبد الفتاح السيسي عن أمله في لقاء رئيس الوزراء الإثيوبي آبي أحمد قريبا.",
         {"meeting/proposed/null/Abdel Fattah el-Sisi;Abiy Ahmed/null/*", NULL}},
        {"2022-04-22", "بعث الرئيس عبد الفتاح السيسي برسالة إلى رئيس الوزراء الإثيوبي آبي أحمد يوم الأربعاء أعرب فيها عن أمله في استئناف المفاوضات، ورد عليها آبي أحمد برسالة أمس الخميس.",
         {"message/occurred/2022-04-20/Abdel Fattah el-Sisi;Abiy Ahmed/null/*", "message/occurred/2022-04-21/Abdel Fattah el-Sisi;Abiy Ahmed/null/*", NULL}},
        /* EV-3: one's not being able to (عدم تمكنه من) calls a contact off */
        {"2022-04-22", "تلقى الرئيس عبد الفتاح السيسي أمس رسالة من الرئيس الإريتري أسياس أفورقي، أعرب فيها عن أسفه لعدم تمكنه من زيارة القاهرة كما كان مقررا.",
         {"message/occurred/2022-04-21/Isaias Afwerki;Abdel Fattah el-Sisi/null/*", "visit/cancelled/null/Abdel Fattah el-Sisi;Isaias Afwerki/Cairo/*", NULL}},
        /* EV-5: a message handed over, told on و right after a contact of one of its persons, is
         * on that contact's day; near-miss: one sent (بعث), not handed over */
        {"2019-03-12", "استقبل الشيخ محمد بن زايد اليوم في أبوظبي سامح شكري وزير الخارجية المصري. وتسلم سموه رسالة خطية من الرئيس عبد الفتاح السيسي.",
         {"visit/occurred/2019-03-12/Sameh Shoukry;Mohamed bin Zayed Al Nahyan/Abu Dhabi/*", "message/occurred/2019-03-12/Abdel Fattah el-Sisi;Mohamed bin Zayed Al Nahyan/null/*", NULL}},
        {"2019-03-12", "استقبل الشيخ محمد بن زايد اليوم في أبوظبي سامح شكري وزير الخارجية المصري. وبعث سموه رسالة خطية إلى الرئيس عبد الفتاح السيسي.",
         {"visit/occurred/2019-03-12/Sameh Shoukry;Mohamed bin Zayed Al Nahyan/Abu Dhabi/*", "message/occurred/null/Mohamed bin Zayed Al Nahyan;Abdel Fattah el-Sisi/null/*", NULL}},
        /* EV-2: a title's principal is no party, nor one joined to him by و */
        {"2012-09-15", "استقبل الرئيس بشار الأسد اليوم في دمشق الأخضر الإبراهيمي الممثل الخاص للأمين العام للأمم المتحدة والأمين العام لجامعة الدول العربية.",
         {"visit/occurred/2012-09-15/Lakhdar Brahimi;Bashar al-Assad/Damascus/*", NULL}},
        /* EV-5: a date in a relative clause on the subject set off by commas right before the
         * contact's verb is the subject's, not the contact's; near-miss: one in the contact's clause */
        {"2022-04-22", "أعلنت الرئاسة أن الرئيس عبد الفتاح السيسي، الذي تنتهي ولايته الشهر المقبل، تبادل رسائل وداع مع رئيس الوزراء الإثيوبي آبي أحمد.",
         {"message/occurred/null/Abdel Fattah el-Sisi;Abiy Ahmed/null/*", NULL}},
        {"2022-04-22", "أعلنت الرئاسة أن الرئيس عبد الفتاح السيسي، الذي تنتهي ولايته الشهر المقبل، تبادل أمس رسائل وداع مع رئيس الوزراء الإثيوبي آبي أحمد.",
         {"message/occurred/2022-04-21/Abdel Fattah el-Sisi;Abiy Ahmed/null/*", NULL}},
        /* EV-5: إلى غاية, "until", bounds a span: not the contact's day */
        {"2024-10-29", "خص الملك محمد السادس، أمس الاثنين، الرئيس الفرنسي إيمانويل ماكرون، الذي يقوم بزيارة دولة للمغرب إلى غاية 30 أكتوبر، باستقبال رسمي بالرباط.",
         {"visit/occurred/2024-10-28/Emmanuel Macron;King Mohammed VI/Rabat/*", NULL}},
        /* EV-4: طلبت (3fs), a request for it, proposes it */
        {"2025-03-22", "طلبت دكا رسميا من نيودلهي عقد لقاء ثنائي بين محمد يونس وناريندرا مودي في بانكوك الشهر المقبل.",
         {"meeting/proposed/2025-04/Muhammad Yunus;Narendra Modi/Bangkok/*", NULL}},
        /* EV-5: an adjunct clause opened by a date, with a place after it, after an apposition
         * with an honorific the name does not include */
        {"2023-11-05T09:00", "استقبل رئيس الجمهورية، السيد عبد المجيد تبون، اليوم الأحد بمقر رئاسة الجمهورية، رئيسة الوزراء الإيطالية جورجيا ميلوني.",
         {"visit/occurred/2023-11-05/Giorgia Meloni;Abdelmadjid Tebboune/*/*"}},
        /* … after titles and the name set off one by one (a title alone, a title with a word
         * more) */
        {"2025-03-10T17:30:00+01:00", "استقبل وزير الدولة، وزير الشؤون الخارجية والجالية، أحمد عطاف، اليوم الاثنين، الممثلة الأممية هانا تيتيه.",
         {"visit/occurred/2025-03-10/Hanna Tetteh;Ahmed Attaf/*/*", NULL}},
        {"2025-03-10T17:30:00+01:00", "استقبل رئيس الجمهورية، القائد الأعلى للقوات المسلحة، عبد المجيد تبون، اليوم الاثنين، الممثلة الأممية هانا تيتيه.",
         {"visit/occurred/2025-03-10/Hanna Tetteh;Abdelmadjid Tebboune/*/*", NULL}},
        /* titles one after another are one apposition; places and a date joined by في are one
         * adjunct */
        {"2022-12-08T22:15", "استقبل الأمير محمد بن سلمان، ولي العهد رئيس مجلس الوزراء، في قصر اليمامة بالرياض اليوم الخميس، الرئيس شي جين بينغ.",
         {"visit/occurred/2022-12-08/Xi Jinping;Mohammed bin Salman/Al Yamamah Palace, Riyadh/*"}},
        /* a short في phrase ending in a date, about a venue the dictionary does not know; near-miss:
         * a longer clause (an aside, not where and when) */
        {"2025-06-14T09:00", "استقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر، في قصر البحر صباح اليوم، الرئيس رجب طيب أردوغان.",
         {"visit/occurred/2025-06-14/Recep Tayyip Erdogan;Tamim bin Hamad Al Thani/*/*"}},
        {"2025-06-14T09:00", "استقبل الشيخ تميم بن حمد آل ثاني، في خطوة تعكس عمق العلاقات بين البلدين منذ سنوات طويلة اليوم، الرئيس أردوغان.",
         {"visit/occurred/null/*/*/*"}},
        /* an object set off by commas with its place after في is an apposition: the date after
         * it is still an adjunct of the trigger's clause */
        {"2024-06-08", "التقى شهباز شريف، الرئيس الصيني شي جين بينغ في بكين، يوم الجمعة 7 يونيو 2024.",
         {"visit/occurred/2024-06-07/Shehbaz Sharif;Xi Jinping/Beijing/*"}},
        /* a place on بـ among places and dates (the mention leaves the preposition out), a
         * city named with مدينة, a Hijri date with its Gregorian one after الموافق, and a venue
         * of up to four words before a long date: adjuncts all */
        {"2025-03-15", "التقى ولي العهد الأمير محمد بن سلمان، في قصر السلام بجدة يوم السبت 15 مارس 2025، الرئيس إسماعيل عمر جيله.",
         {"visit/occurred/2025-03-15/Ismail Omar Guelleh;Mohammed bin Salman/Al Salam Palace, Jeddah/*"}},
        {"2025-03-15", "التقى ولي العهد الأمير محمد بن سلمان، في مدينة جدة يوم 15 مارس 2025، الرئيس إسماعيل عمر جيله.",
         {"visit/occurred/2025-03-15/Ismail Omar Guelleh;Mohammed bin Salman/Jeddah/*"}},
        {"2025-04-22", "استقبل الملك سلمان بن عبدالعزيز آل سعود، في الرياض يوم 24 شوال 1446هـ الموافق 22 أبريل 2025م، الرئيس قاسم جومارت توكاييف.",
         {"visit/occurred/2025-04-22/Kassym-Jomart Tokayev;King Salman/Riyadh/*"}},
        {"2026-03-01", "استقبل الشيخ محمد بن عبدالرحمن آل ثاني، في مكتبه بالديوان الأميري يوم الأحد 1 مارس 2026م، السيد بدر البوسعيدي.",
         {"visit/occurred/2026-03-01/Badr Albusaidi;Mohammed bin Abdulrahman Al Thani/*/*"}},
        /* near-miss: five words before the date are more than a venue (here the date is the
         * signing's) */
        {"2026-03-01", "استقبل الشيخ محمد بن عبدالرحمن آل ثاني، في خطوة أعقبت توقيع اتفاق السلام يوم الأحد 1 مارس 2026م، السيد بدر البوسعيدي.",
         {"visit/occurred/null/Badr Albusaidi;Mohammed bin Abdulrahman Al Thani/*/*"}},
        /* a venue the dictionary does not know, then places and dates joined by في and الموافق */
        {"2025-05-13", "استقبل الأمير محمد بن سلمان، في الديوان الملكي بقصر اليمامة في الرياض اليوم الثلاثاء 15 ذو القعدة 1446هـ الموافق 13 مايو 2025م، الرئيس دونالد ترمب.",
         {"visit/occurred/2025-05-13/Donald Trump;Mohammed bin Salman/*/*"}},
        /* the one met set off by commas after مع, then "وذلك" and the occasion with its date */
        {"2024-12-07", "التقى الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء، مع السيد عباس عراقجي وزير خارجية إيران، وذلك على هامش أعمال منتدى الدوحة اليوم.",
         {"meeting/occurred/2024-12-07/Mohammed bin Abdulrahman Al Thani;Abbas Araghchi/*/*"}},
        /* near-miss: after another clause, "وذلك" with a date is that clause's */
        {"2024-12-07", "التقى الشيخ محمد بن عبدالرحمن آل ثاني السيد عباس عراقجي، وأعلن رفع العقوبات، وذلك اليوم.",
         {"meeting/occurred/null/Mohammed bin Abdulrahman Al Thani;Abbas Araghchi/*/*"}},
        /* a venue on بـ set off by commas and ending in a date is an adjunct too */
        {"2025-06-24", "استقبل السلطان هيثم بن طارق، بقصر البركة العامر صباح اليوم، وزير الخارجية الإيراني عباس عراقجي.",
         {"visit/occurred/2025-06-24/Abbas Araghchi;Haitham bin Tariq/*/*"}},
        /* a على هامش phrase after a comma is an adjunct: its date is the contact's */
        {"2025-02-10", "التقى الرئيس الجزائري عبد المجيد تبون رئيسة الوزراء الإيطالية جورجيا ميلوني، على هامش قمة مجموعة السبع في إيطاليا في 13 يونيو 2024.",
         {"meeting/occurred/2024-06-13/Abdelmadjid Tebboune;Giorgia Meloni/Italy/*"}},
        /* EV-9: a later clause's contact takes its own place, not the first's */
        {"2024-03-10", "التقى بايدن ونتنياهو في البيت الأبيض يوم 25 يوليو 2023، وكان آخر لقاء بينهما في تل أبيب في أكتوبر 2022.",
         {"visit/occurred/2023-07-25/*/White House, Washington, D.C./*", "meeting/occurred/2022-10/*/Tel Aviv/*"}},
        /* EV-9: an earlier clause's contact done on a date of its own is one too (the light verb
         * with a virtual summit is a video call); near-miss: a plan told there is not */
        {"2022-11-14", "وكان بايدن وشي قد عقدا قمة افتراضية في نوفمبر 2021، وأجريا آخر اتصال هاتفي بينهما في 28 يوليو 2022.",
         {"call/occurred/2022-07-28/Joe Biden;Xi Jinping/*/*", "video_call/occurred/2021-11/Joe Biden;Xi Jinping/*/*"}},
        {"2023-09-04", "وكان أردوغان قد أعلن أن بوتين سيزور تركيا في أغسطس، ثم اتفق الرئيسان في اتصال هاتفي يوم 2 أغسطس 2023 على ترتيب الزيارة.",
         {"call/occurred/2023-08-02/*/*/*", "visit/planned/null/*/*/*"}},
        /* EV-7: a later clause names a place as where only after a preposition */
        {"2022-12-08", "استقبل الملك سلمان الرئيس الصيني شي جين بينغ، ووقع الجانبان اتفاقية الشراكة بين المملكة والصين.",
         {"visit/occurred/*/Xi Jinping;King Salman/null/*"}},
        {"2022-12-08", "استقبل الملك سلمان الرئيس الصيني شي جين بينغ، ووقع الجانبان في الرياض اتفاقية الشراكة.",
         {"visit/occurred/*/Xi Jinping;King Salman/Riyadh/*"}},
        /* near-misses: a clause the date does not open, or one that names someone, is no
         * adjunct: its date is another fact's */
        {"2023-11-05T09:00", "استقبل تبون ميلوني، وكانت الجزائر قد وقعت أمس اتفاقا مع إيطاليا.",
         {"visit/occurred/null/Giorgia Meloni;Abdelmadjid Tebboune/*/*"}},
        {"2023-11-05T09:00", "استقبل تبون ميلوني، أمس بعد مغادرة الرئيس الفرنسي ماكرون.",
         {"visit/occurred/null/Giorgia Meloni;Abdelmadjid Tebboune/*/*"}},
        /* a spokesperson reports; with him the only other person, there is no contact */
        {"2025-08-10", "التقى ترامب المتحدث باسم الكرملين دميتري بيسكوف في ألاسكا.", {NULL}},
    };
    RUN(cs);
    /* EV-5: a date heads the sentences after it only when it opens its own */
    {
        static const vcase hs[] = {
            {"2025-08-16", "وفي 11 شباط/ فبراير 2018، اتصل ترامب ببوتين. وناقش ترامب وبوتين الأزمة السورية في اتصال آخر.",
             {"call/occurred/2018-02-11/*/*/*", "call/occurred/2018-02-11/*/*/*"}},
            {"2025-08-16", "وأعلن زيلينسكي، اليوم السبت، أنه سيزور واشنطن. واتصل ترامب ببوتين.", {"call/occurred/null/*/*/*"}},
        };
        RUN(hs);
    }
    /* EV-10: undated talks after an undated visit of the same parties describe it, and give it
     * their duration */
    {
        static const vcase es[] = {
            {"2024-06-15", "استقبل الرئيس الروسي فلاديمير بوتين في الكرملين رئيس الوزراء الهندي ناريندرا مودي. وأجرى الزعيمان محادثات استمرت ثلاث ساعات.",
             {"visit/occurred/null/Narendra Modi;Vladimir Putin/Kremlin, Moscow/180"}},
            /* near-miss: talks told before the visit are not its elaboration */
            {"2024-06-15", "وأجرى بوتين ومودي محادثات استمرت ثلاث ساعات. واستقبل بوتين مودي في الكرملين.",
             {"talks/occurred/null/*/*/180", "visit/occurred/null/*/Kremlin, Moscow/-1"}},
            /* a definite noun names the contact told before: the meeting, or the dated call */
            {"2023-11-16", "التقى الرئيس الأمريكي جو بايدن الرئيس الصيني شي جين بينغ في كاليفورنيا. وقال البيت الأبيض إن الزعيمين بحثا قضية تايوان، واستمر اللقاء أربع ساعات.",
             {"visit/occurred/null/Xi Jinping;Joe Biden/California/240"}},
            {"2025-02-13", "أجرى ترامب اتصالا هاتفيا مع بوتين يوم الأربعاء. وقال بيسكوف إن الاتصال بين الرئيسين استغرق نحو 90 دقيقة.",
             {"call/occurred/2025-02-12/Donald Trump;Vladimir Putin/*/90"}},
            /* … and so does one with a pronoun suffix ("متمنيا لزيارته النجاح") */
            {"2024-02-13", "استقبل الشيخ محمد بن زايد آل نهيان، رئيس الدولة، في قصر الرئاسة بأبوظبي اليوم، ناريندرا مودي رئيس وزراء الهند. ورحب سموه برئيس الوزراء الهندي، متمنيا لزيارته النجاح.",
             {"visit/occurred/2024-02-13/Narendra Modi;Mohamed bin Zayed Al Nahyan/Abu Dhabi/*"}},
            /* near-misses: an indefinite noun is another contact; a definite one of another status
             * stays apart; so does one with a pronoun suffix (زيارته المقبلة) */
            {"2024-02-13", "استقبل الرئيس السيسي الرئيس الفرنسي ماكرون في القاهرة. ورحب السيسي بزيارته المقبلة مع ماكرون إلى العريش.",
             {"visit/occurred/null/Emmanuel Macron;Abdel Fattah el-Sisi/Cairo/*", "visit/planned/null/Emmanuel Macron;Abdel Fattah el-Sisi/El Arish/*"}},
            {"2023-11-16", "التقى بايدن وشي جين بينغ في كاليفورنيا. وعقد الزعيمان لقاء آخر استمر ساعتين.",
             {"meeting/occurred/null/*/California/-1", "meeting/occurred/null/*/*/120"}},
            {"2023-11-16", "التقى بايدن وشي جين بينغ في كاليفورنيا. وقال إن اللقاء المقبل بين الزعيمين سيعقد في بكين.",
             {"meeting/occurred/null/*/California/*", "visit/planned/null/*/Beijing/*"}},
            /* the pair named before is the contact told before: an indefinite meeting of "the two
             * leaders" after the visit gives it its duration; a welcome after the meeting is its
             * visit */
            {"2025-02-12", "استقبل الرئيس التركي رجب طيب أردوغان، الثلاثاء، الرئيس الصومالي حسن شيخ محمود في أنقرة. وعقد الزعيمان اجتماعا مغلقا استمر 45 دقيقة.",
             {"visit/occurred/2025-02-11/Hassan Sheikh Mohamud;Recep Tayyip Erdogan/Ankara/45"}},
            {"2025-03-28", "التقى الرئيس اللبناني جوزاف عون الرئيس الفرنسي إيمانويل ماكرون في باريس اليوم. وكان ماكرون في استقبال عون عند مدخل الإليزيه.",
             {"visit/occurred/2025-03-28/*/Paris/*"}},
            /* near-misses: a pair's contact told as coming later, or as another, is its own */
            {"2024-09-05", "أجرى السيسي اتصالا هاتفيا بأردوغان أمس. وأجرى الرئيسان لاحقا اتصالا هاتفيا استمر ساعتين.",
             {"call/occurred/2024-09-04/*/*/-1", "call/occurred/null/*/*/120"}},
            {"2024-09-05", "أجرى السيسي اتصالا هاتفيا بأردوغان أمس. وأجرى الرئيسان اتصالا هاتفيا آخر.",
             {"call/occurred/2024-09-04/*/*/*", "call/occurred/null/*/*/*"}},
        };
        RUN(es);
    }
    /* undated talks after the article's dated call describe that call */
    one_doc o;
    one_doc_open(&o, "2025-02-13", "أجرى ترامب اتصالا هاتفيا مع بوتين يوم الأربعاء. وناقش ترامب وبوتين الوضع في أوكرانيا.");
    rasd_events *ev = rasd_extract(o.ctx, o.d, o.as);
    assert_int_equal(rasd_events_count(ev), 1);
    assert_string_equal(rasd_events_get(ev, 0)->type, "call");
    rasd_events_free(ev);
    one_doc_close(&o);
}

/* EV-4 (cues govern triggers by scope; a later mention of the contact cancels it), EV-11 (a
 * contact of its own status in the same sentence), EV-1 (weak triggers, the summit a contact is
 * on the sidelines of), the clause around an apposition, منذ, EV-2 (one country's team). */
static void test_ev_readings(void **state)
{
    (void)state;
    static const vcase cs[] = {
        /* the invitation governs the visit, not the call it was made in */
        {"2025-08-10", "دعا بوتين ترمب لزيارة موسكو خلال اتصال هاتفي أمس.",
         {"call/occurred/2025-08-09/*/null/*", "visit/proposed/null/*/Moscow/*"}},
        {"2025-08-10", "وأعلن الجانبان عقد قمة مرتقبة بينهما، حيث وجه بوتين دعوة لترامب لزيارة موسكو.",
         {"visit/proposed/null/*/Moscow/*", "meeting/planned/null/*/*/*"}},
        /* EV-11: what happened, told before a plan of another contact, is the sentence's event
         * whatever their types; the plan's verb names its own visitor */
        {"2025-04-12T18:00:00+03:00", "التقى الرئيس السيسي الرئيس أردوغان في أنقرة، على أن يزور أردوغان القاهرة الشهر المقبل.",
         {"visit/occurred/null/Abdel Fattah el-Sisi;Recep Tayyip Erdogan/Ankara/*",
          "visit/planned/2025-05/Recep Tayyip Erdogan;Abdel Fattah el-Sisi/Cairo/*"}},
        {"2025-04-12T18:00:00+03:00", "التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس أردوغان في الرياض، ومن المقرر أن يجري الرئيسان اتصالا هاتفيا الأسبوع المقبل.",
         {"visit/occurred/null/*/Riyadh/*", "call/planned/2025-W16/*/null/*"}},
        /* near-miss: a contact told after the plan, in its clause, is the plan's ("حيث يلتقي") */
        {"2025-04-12T18:00:00+03:00", "من المقرر أن يزور الرئيس ماكرون الجزائر الشهر المقبل، حيث يلتقي الرئيس تبون.",
         {"visit/planned/2025-05/Emmanuel Macron;Abdelmadjid Tebboune/Algeria/*"}},
        /* a later mention of the same contact that cancels it */
        {"2018-12-01", "كان من المقرر أن يجتمع ترامب وبوتين في بوينس آيرس، إلا أن الاجتماع أُلغي في اللحظة الأخيرة.",
         {"meeting/cancelled/*/*/Buenos Aires/*"}},
        /* near-miss: another meeting, planned, beside the one that took place */
        {"2018-07-17", "التقى ترامب بوتين في هلسنكي أمس، واتفقا على لقاء آخر.",
         {"meeting/occurred/2018-07-16/*/Helsinki/*", "meeting/planned/null/*/*/*"}},
        /* "organizing" only right before the trigger: near-miss with the organization */
        {"2025-08-10", "قال تنظيم الدولة إن ترامب التقى بوتين.", {"meeting/occurred/*/*/*/*"}},
        /* an apposition set off by commas is not a clause: the weekday is the call's */
        {"2025-03-17", "ذكرت الصحيفة أن الرئيس الأميركي، دونالد ترامب، يعتزم التحدث مع نظيره الروسي، فلاديمير بوتين، يوم الثلاثاء.",
         {"call/planned/2025-03-18/Donald Trump;Vladimir Putin/null/*"}},
        /* … and so is a title with what qualifies it, where or for what its holder is sent (its
         * word before its principal's name too); near-miss: a clause on إلى that names another */
        {"2025-01-12", "التقى ستيف ويتكوف، مبعوث ترامب إلى الشرق الأوسط، عباس عراقجي في مسقط، أمس السبت.",
         {"meeting/occurred/2025-01-11/Steve Witkoff;Abbas Araghchi/Muscat/*", NULL}},
        {"2025-07-13", "التقى هانس غروندبرغ، المبعوث الأممي إلى اليمن، محمد عبد السلام في مسقط أمس السبت.",
         {"meeting/occurred/2025-07-12/Hans Grundberg;Mohammed Abdulsalam/Muscat/*", NULL}},
        {"2025-07-13", "التقى ستيف ويتكوف، مبعوث ترامب الخاص، عباس عراقجي أمس السبت.",
         {"meeting/occurred/2025-07-12/Steve Witkoff;Abbas Araghchi/null/*", NULL}},
        {"2025-07-13", "التقى ستيف ويتكوف، مبعوث ترامب إلى عراقجي، أمس السبت.",
         {"meeting/occurred/null/Steve Witkoff;Abbas Araghchi/null/*", NULL}},
        /* a weak trigger yields to the meeting it was spoken at */
        {"2018-07-17", "وخلال لقائهما في هلسنكي، تحدث ترامب مع بوتين عن سوريا.", {"meeting/occurred/*/*/Helsinki/*"}},
        /* a summit on whose sidelines the two were to meet is the venue, not the contact */
        {"2018-12-01", "وعلى هامش قمة العشرين كان من المقرر أن يجتمع ترامب وبوتين.", {"meeting/planned/*/*/*/*"}},
        /* a span's start is not the contact's date */
        {"", "وعقد ترامب وبوتين اللقاء السادس بينهما منذ 2017.", {"meeting/occurred/null/*/*/*"}},
        /* a definite contact noun after هو/هي, or after a demonstrative, names the one just told,
         * with no date of its own; near-miss: an indefinite one after it is another visit */
        {"2024-06-17", "أجرى عبد الفتاح البرهان، مساء أمس، اتصالا هاتفيا بالرئيس الإريتري أسياس أفورقي، وهو الاتصال الثالث بين الرئيسين هذا العام.",
         {"call/occurred/2024-06-16/*/*/*"}},
        {"2023-02-03T10:00:00+03:00", "يبدأ الرئيس الفلبيني فرديناند ماركوس الابن الأربعاء المقبل زيارة إلى اليابان. وتعد هذه الزيارة الثانية لماركوس إلى شرق آسيا خلال شهر، بعد زيارته إلى الصين مطلع يناير الماضي، حيث التقى الرئيس شي جين بينغ.",
         {"visit/occurred/2023-01/Ferdinand Marcos Jr.;Xi Jinping/China/*", NULL}},
        {"2023-04-14T10:00:00+03:00", "استقبل الرئيس الصيني شي جين بينغ أمس في بكين الرئيس البرازيلي لولا دا سيلفا. وتعد هذه الزيارة الرابعة للرئيس لولا إلى الصين حيث التقى الرئيس شي.",
         {"visit/occurred/2023-04-13/Luiz Inácio Lula da Silva;Xi Jinping/Beijing/*", NULL}},
        /* … and so does any after a demonstrative when the article's last contact was of its
         * kind; near-miss: one told alone */
        {"2008-06-10", "تلقى الرئيس مبارك يوم الأحد اتصالاً هاتفياً من إيهود أولمرت. وأطلع الرئيس مبارك أبو مازن على نتائج هذا الاتصال.",
         {"call/occurred/2008-06-08/Ehud Olmert;Hosni Mubarak/*/*", NULL}},
        {"2008-06-10", "وأطلع الرئيس مبارك أبو مازن على نتائج هذا الاتصال.", {"call/occurred/null/*/*/*", NULL}},
        /* … and one an ordinal counts after this, opening a sentence of its own ("وهذه ثالث
         * زيارة") after a contact of its kind; near-misses: after a call, and after a contact in
         * its sentence, that one's kind (a visit) */
        {"2025-07-06", "يتوجه نتنياهو اليوم إلى واشنطن حيث يستقبله ترامب غدا. وهذه ثالث زيارة لرئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى البيت الأبيض منذ عودة دونالد ترامب.",
         {"visit/planned/2025-07-07/Benjamin Netanyahu;Donald Trump/*/*", NULL}},
        {"2023-04-14T10:00:00+03:00", "استقبل الرئيس الصيني شي جين بينغ أمس في بكين الرئيس البرازيلي لولا دا سيلفا. وهذه رابع زيارة يقوم بها لولا إلى الصين.",
         {"visit/occurred/2023-04-13/Luiz Inácio Lula da Silva;Xi Jinping/Beijing/*", NULL}},
        {"2025-07-06", "أجرى ترامب اتصالا هاتفيا مع نتنياهو أمس. وهذه ثالث زيارة لرئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى الرئيس دونالد ترامب في البيت الأبيض.",
         {"call/occurred/2025-07-05/*/*/*", "visit/occurred/null/Benjamin Netanyahu;Donald Trump/*/*", NULL}},
        {"2024-09-05", "التقى الرئيس عبد الفتاح السيسي أمس في أنقرة الرئيس التركي رجب طيب أردوغان، وهي أول زيارة منذ 12 عاماً يجريها الرئيسان.",
         {"visit/occurred/2024-09-04/Abdel Fattah el-Sisi;Recep Tayyip Erdogan/Ankara/*", NULL}},
        /* a negation negates the verb it stands before: the call took place */
        {"2025-05-16", "أكد الكرملين أن بوتين وترامب لم يناقشا خلال المكالمة مسألة العقوبات.", {"call/occurred/*/*/*/*"}},
        {"2025-05-16", "لم يجر بوتين وترامب أي اتصال منذ أسابيع.", {NULL}},
        {"2025-05-16", "لم يلتق بوتين ترامب في ألاسكا.", {"meeting/denied/*/*/*/*"}},
        /* the date is not set: planned, and "حتى الآن" is not the contact's date */
        {"2025-05-16", "لم يتم حتى الآن تحديد موعد لقاء ترامب وبوتين.", {"meeting/planned/null/*/*/*"}},
        /* postponed to a later date: called off on the day it was set for (none told, or
         * today), and planned for the new one; near-miss: put off with no date, called off only */
        {"2025-05-16", "تأجل الاجتماع المقرر بين ماكرون وشولتس إلى الأسبوع المقبل.",
         {"meeting/cancelled/null/*/*/*", "meeting/planned/2025-W21/*/*/*"}},
        {"2025-01-13", "أرجئ اللقاء الذي كان مقررا اليوم بين عبد الحميد الدبيبة ومحمد المنفي إلى الخميس المقبل.",
         {"meeting/cancelled/2025-01-13/*/*/*", "meeting/planned/2025-01-16/*/*/*"}},
        {"2025-01-13", "أرجئ اللقاء الذي كان مقررا بين عبد الحميد الدبيبة ومحمد المنفي إلى موعد لاحق.",
         {"meeting/cancelled/null/*/*/*"}},
        /* a negated contact over a span is no contact; near-miss: the denial of one */
        {"2024-03-01", "قال بوتين إنه لم يتحدث مع بايدن منذ ذلك الحين.", {NULL}},
        {"2024-03-01", "نفى الكرملين أن يكون بوتين قد تحدث مع بايدن.", {"call/denied/*/*/*/*"}},
        /* several meetings on one day are that day's contact */
        {"2017-11-12", "في 11 نوفمبر 2017، عقد ترامب وبوتين عدة لقاءات غير رسمية على هامش القمة.",
         {"meeting/occurred/2017-11-11/*/*/*"}},
        /* persons named in what the contact was about are its topic; near-miss: a party after مع */
        {"2025-05-16", "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا بنظيره الروسي فلاديمير بوتين، بحثا خلاله موقف الرئيس الأوكراني فولوديمير زيلينسكي.",
         {"call/occurred/*/Emmanuel Macron;Vladimir Putin/null/*"}},
        {"2025-05-16", "اتصل أردوغان ببوتين بشأن مقترح ترامب لوقف إطلاق النار.", {"call/occurred/*/Recep Tayyip Erdogan;Vladimir Putin/*/*"}},
        {"2025-05-16", "بحث الرئيس الفرنسي إيمانويل ماكرون مع المستشار الألماني أولاف شولتس الأزمة.",
         {"talks/occurred/*/Emmanuel Macron;Olaf Scholz/*/*"}},
        /* those who came along are company, not parties */
        {"2025-08-16", "التقى ترامب بوتين في أنكوريج بحضور وزير الخارجية ماركو روبيو والمبعوث ستيف ويتكوف.",
         {"visit/occurred/*/Vladimir Putin;Donald Trump/Anchorage/*"}},
        /* EV-13: an earlier contact named after منذ is its own event, with its date, place and
         * duration; the main contact takes none of them */
        {"2025-08-16", "تعد قمة ألاسكا أول لقاء يجمع ترامب وبوتين منذ لقائهما في أوساكا يوم 28 يونيو 2019، وهو اللقاء الذي استمر ساعة ونصف.",
         {"meeting/occurred/null/*/Alaska/-1", "meeting/occurred/2019-06-28/*/Osaka/90"}},
        /* near-miss: a bare reference adds nothing */
        {"2025-08-16", "التقى ترامب بوتين في ألاسكا للمرة الأولى منذ لقائهما الأخير.", {"visit/occurred/*/*/Alaska/*"}},
        /* … nor does a span's bound ("أول زيارة له منذ عامين"، "منذ عام 2023"): no earlier visit */
        {"2025-11-03", "من المقرر أن يستقبل الرئيس الإندونيسي برابوو سوبيانتو غدا رئيس الوزراء الماليزي أنور إبراهيم، في أول زيارة له إلى جاكرتا منذ عامين.",
         {"visit/planned/2025-11-04/Anwar Ibrahim;Prabowo Subianto/Jakarta/*"}},
        {"2025-11-03", "استقبل الرئيس الإندونيسي برابوو سوبيانتو رئيس الوزراء الماليزي أنور إبراهيم، في أول زيارة له منذ عام 2023.",
         {"visit/occurred/null/Anwar Ibrahim;Prabowo Subianto/*/*"}},
        /* EV-1: a contact word after a stripped و/ل/ب of a three-letter rest (وبحث، لقمة) */
        {"2025-08-16", "وبحث ترامب وبوتين الحرب في أوكرانيا.", {"talks/occurred/*/*/*/*"}},
        {"2025-08-16", "دعا بوتين إلى عقد لقمة مع ترامب.", {"meeting/proposed/*/*/*/*"}},
        /* the occasion's date is not the contact's; the courier takes no part; "المقبل" before a
         * capital is no speaker */
        {"2025-06-11", "تبادل السيسي والملك عبدالله الثاني التهاني بحلول عيد الفطر في اتصال هاتفي.", {"call/occurred/null/*/*/*"}},
        {"2025-06-11", "تلقى رئيس الوزراء العراقي محمد شياع السوداني رسالة خطية من الرئيس الإيراني مسعود بزشكيان سلمها له وزير الخارجية عباس عراقجي.",
         {"message/occurred/*/Masoud Pezeshkian;Mohammed Shia al-Sudani/*/*"}},
        {"2025-06-11", "يزور ولي العهد السعودي الأمير محمد بن سلمان الأسبوع المقبل باريس حيث يلتقي الرئيس ماكرون.",
         {"visit/planned/*/*/Paris/*"}},
        /* an "after" cue governs a trigger at most three tokens before it */
        {"2025-06-11", "اتفق الرئيسان السيسي وأردوغان خلال اتصال هاتفي على تبادل الزيارات خلال الفترة المقبلة.", {"call/occurred/*/*/*/*"}},
        {"2025-06-11", "وتحدث السيسي عن اللقاء الذي كان مقررا مع أردوغان.", {"meeting/planned/*/*/*/*"}},
        /* EV-14: a later clause's contact with parties of its own */
        {"2025-08-16", "أجرى ترامب اتصالا بالرئيس الأوكراني فولوديمير زيلينسكي، أعقبه اتصال بالأمين العام لحلف الناتو مارك روته.",
         {"call/occurred/*/Donald Trump;Volodymyr Zelenskyy/*/*", "call/occurred/*/Donald Trump;Mark Rutte/*/*"}},
        /* the trigger's clause keeps its subject before a date or place set off by commas (the
         * Rutte case above is the near-miss: a clause of its own) */
        {"2024-02-08", "أجرى الرئيس الفرنسي إيمانويل ماكرون، اليوم الخميس، اتصالا هاتفيا مع فلاديمير بوتين وشي جين بينغ.",
         {"call/occurred/2024-02-08/Emmanuel Macron;Vladimir Putin;Xi Jinping/null/*"}},
        {"2024-02-08", "أجرى الرئيس محمد ولد الشيخ الغزواني، في نواكشوط، مباحثات مع أورسولا فون دير لاين وبيدرو سانشيز.",
         {"talks/occurred/null/Mohamed Ould Ghazouani;Ursula von der Leyen;Pedro Sánchez/Nouakchott/*"}},
        /* … the day's name in a parenthesis inside it */
        {"2021-07-05T20:00:00+03:00", "عقد الرئيس الصيني شي جين بينغ، مساء اليوم (الاثنين)، قمة عبر الفيديو مع الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنجيلا ميركل.",
         {"video_call/occurred/2021-07-05/Xi Jinping;Emmanuel Macron;Angela Merkel/null/*"}},
        /* one named in someone's capacity takes no part */
        {"2011-03-10", "زار بايدن موسكو بصفته نائبا للرئيس الأميركي واجتمع ببوتين.", {"visit/occurred/*/Joe Biden;Vladimir Putin/Moscow/*"}},
        /* EV-2: one named as a time or a thing (a fall, a regime, a death, a funeral, an
         * administration) takes no part; near-miss: the same person as the object */
        {"2024-12-24", "زار أيمن الصفدي دمشق، حيث التقى أحمد الشرع، في أول زيارة منذ سقوط نظام الأسد.",
         {"visit/occurred/*/Ayman Safadi;Ahmed al-Sharaa/Damascus/*"}},
        {"2024-12-24", "التقى أيمن الصفدي أحمد الشرع بعد سقوط الأسد.", {"meeting/occurred/*/Ayman Safadi;Ahmed al-Sharaa/*/*"}},
        /* … or as a place or a body named after him (ضريح، مركز، جامع …), past الشيخ; near-miss: the
         * person himself after الشيخ, a place's word before the verb's object */
        {"2024-05-14", "زار الرئيس برابوو سوبيانتو اليوم ضريح الشيخ زايد بن سلطان آل نهيان في جامع الشيخ زايد الكبير بأبوظبي.", {NULL}},
        {"2024-05-14", "زار الأمير محمد بن سلمان اليوم مركز الملك سلمان للإغاثة والأعمال الإنسانية.", {NULL}},
        {"2024-05-14", "التقى الرئيس برابوو سوبيانتو في مركز المؤتمرات الشيخ محمد بن زايد.",
         {"meeting/occurred/*/Prabowo Subianto;Mohamed bin Zayed Al Nahyan/*/*", NULL}},
        /* … or after إطاحة، إقالة، اعتقال: no second contact of one with the one ousted */
        {"2025-05-08", "التقى الرئيس السوري أحمد الشرع الرئيس الفرنسي إيمانويل ماكرون في باريس، في أول لقاء منذ الإطاحة بالرئيس بشار الأسد.",
         {"visit/occurred/*/Ahmed al-Sharaa;Emmanuel Macron/Paris/*", NULL}},
        {"2024-05-23", "وشارك الرئيس السوداني عبد الفتاح البرهان في تشييع الرئيس الإيراني إبراهيم رئيسي، والتقى محمد مخبر.",
         {"meeting/occurred/*/Abdel Fattah al-Burhan;Mohammad Mokhber/*/*"}},
        {"2025-03-10", "التقى نتنياهو مسؤولين في إدارة ترامب في واشنطن.", {NULL}},
        {"2025-03-10", "التقى نتنياهو ترامب في واشنطن.", {"visit/occurred/*/Benjamin Netanyahu;Donald Trump/*/*"}},
        /* nor one named as what he did or holds, nor those joined to him by و */
        {"2025-10-10", "رحبت المملكة بنتائج المحادثات، مثمنة جهود الرئيس دونالد ترامب وأمير قطر الشيخ تميم بن حمد.", {NULL}},
        {"2023-12-18", "التقى الأمير فيصل بن فرحان السفراء، وحثهم على تنفيذ توجيهات خادم الحرمين الشريفين.", {NULL}},
        {"2025-05-21", "واستهل رئيس الوزراء مصطفى مدبولي الاجتماع بنقل توجيهات الرئيس عبد الفتاح السيسي.", {NULL}},
        /* EV-7: a clause that says where belongs to the trigger's; a منذ phrase's place does not */
        {"2021-06-17", "عقد بايدن وبوتين، أمس، أول قمة بينهما منذ وصول بايدن إلى البيت الأبيض، وذلك في فيلا مطلة على البحيرة في جنيف.",
         {"meeting/occurred/2021-06-16/*/Geneva/*"}},
        /* … also when a comma stands between the trigger and منذ */
        {"2025-04-20", "تستعد الرياض لاستقبال دونالد ترامب منتصف الشهر المقبل، في أول جولة له منذ عودته إلى البيت الأبيض، حيث يلتقي محمد بن سلمان.",
         {"visit/planned/2025-05/Donald Trump;Mohammed bin Salman/Riyadh/*"}},
        {"2023-03-22", "وصل كيشيدا، يوم الثلاثاء، إلى العاصمة الأوكرانية كييف في زيارة لم يعلن عنها، حيث استقبله زيلينسكي.",
         {"visit/occurred/2023-03-21/*/Kyiv/*"}},
        /* a date in a منذ phrase that names no contact bounds a span */
        {"2023-09-05", "وهذا أول لقاء بين أردوغان وبوتين منذ إعادة انتخاب أردوغان في 28 مايو 2023.", {"meeting/occurred/null/*/*/*"}},
        /* one country's team holds no talks among itself; near-miss: with the other side */
        {"2025-02-13", "وأعلن ترامب تكليف فريق يضم وزير الخارجية ماركو روبيو والمبعوث الخاص ستيف ويتكوف لقيادة المفاوضات.", {NULL}},
        {"2025-02-13", "أجرى ويتكوف محادثات مع بوتين في موسكو.", {"talks/occurred/*/Steve Witkoff;Vladimir Putin/Moscow/*"}},
        /* EV-7: a later clause's place is another fact's; one that opens the next clause is not */
        {"2018-07-17", "التقى ترامب وبوتين أمس في هلسنكي، وأصدرا بيانا حول الوضع في سوريا.", {"meeting/occurred/*/*/Helsinki/*"}},
        {"2018-07-17", "التقى ترامب وبوتين، أمس، وأصدرا بيانا حول الوضع في سوريا.", {"meeting/occurred/*/*/null/*"}},
        /* the preposition on the word for a city governs the name after it */
        {"2025-06-02", "التقى الرئيس التركي رجب طيب أردوغان، الاثنين، رئيس الوزراء الباكستاني شهباز شريف، في المجمع الرئاسي بالعاصمة أنقرة.",
         {"visit/occurred/2025-06-02/Shehbaz Sharif;Recep Tayyip Erdogan/Ankara/*"}},
        {"2025-08-10", "يلتقي ترامب وبوتين يوم الجمعة المقبل، وذلك في ألاسكا.", {"meeting/planned/*/*/Alaska/*"}},
        /* adjuncts set off by commas after the trigger's clause: a date, then a place */
        {"2025-05-16", "التقى الرئيس الروسي فلاديمير بوتين، اليوم الجمعة، في الكرملين، الرئيس الإماراتي الشيخ محمد بن زايد.",
         {"visit/occurred/2025-05-16/Mohamed bin Zayed Al Nahyan;Vladimir Putin/Kremlin, Moscow/*"}},
        /* a place that speaks for its government is not where the contact happens; one visited is */
        {"2025-05-14", "لم يستبعد الكرملين عقد قمة بين بوتين وترامب.", {"meeting/proposed/*/*/null/*"}},
        {"2024-06-10", "يزور الملك عبدالله الثاني واشنطن الأسبوع المقبل حيث يلتقي الرئيس جو بايدن.",
         {"visit/planned/*/*/Washington, D.C./*"}},
    };
    RUN(cs);
}

/* EV-15: a contact the title tells that the body tells too is the body's. */
static void test_ev_headlines(void **state)
{
    (void)state;
    static const vcase cs[] = {
        /* the headline's present tense is no plan: one visit, the body's, with its place */
        {"2025-03-20", "السيسي يستقبل ملك الأردن في القاهرة\\n\\nاستقبل الرئيس عبد الفتاح السيسي اليوم الملك عبدالله الثاني في قصر الاتحادية، وبحث معه تطورات الأوضاع في المنطقة والعلاقات الثنائية بين البلدين الشقيقين.",
         {"visit/occurred/2025-03-20/King Abdullah II;Abdel Fattah el-Sisi/Heliopolis Palace, Cairo/*"}},
        /* a photo caption is read as a title is: its present tense tells the body's visit */
        {"2025-11-18", "الرئيس الكيني يستقبل رئيس الوزراء الإثيوبي في نيروبي\\n\\nاستقبل الرئيس الكيني وليام روتو، اليوم الثلاثاء، رئيس الوزراء الإثيوبي آبي أحمد في القصر الرئاسي بنيروبي، وبحث الجانبان العلاقات الثنائية والأوضاع في القرن الأفريقي.\\n\\nالرئيس روتو يستقبل آبي أحمد في نيروبي (رويترز)\\n\\nوقال روتو في بيان إن البلدين سيعززان التعاون في مجالات الطاقة والتجارة خلال المرحلة المقبلة.",
         {"visit/occurred/2025-11-18/Abiy Ahmed;William Ruto/Nairobi/*"}},
        /* a headline's present tells the body's plan, over a weekday it reads as the last one and
         * past an ordinal before its noun; near-miss: a headline in the past over a plan */
        {"2021-12-04T09:00:00+03:00", "بايدن وبوتين يعقدان قمة عبر الفيديو الثلاثاء\\n\\nيعقد الرئيسان الأمريكي جو بايدن والروسي فلاديمير بوتين قمة عبر الفيديو الثلاثاء المقبل.",
         {"video_call/planned/2021-12-07/Joe Biden;Vladimir Putin/*/*", NULL}},
        {"2023-11-15T10:00:00+03:00", "كيشيدا وشي يعقدان أول قمة منذ عام على هامش أبيك\\n\\nأعلنت طوكيو، الأربعاء، أن رئيس الوزراء الياباني فوميو كيشيدا سيلتقي الرئيس الصيني شي جين بينغ غدا الخميس في سان فرانسيسكو.",
         {"meeting/planned/2023-11-16/Fumio Kishida;Xi Jinping/San Francisco/*", NULL}},
        {"2023-11-15T10:00:00+03:00", "كيشيدا التقى شي في بالي\\n\\nأعلنت طوكيو، الأربعاء، أن رئيس الوزراء الياباني فوميو كيشيدا سيلتقي الرئيس الصيني شي جين بينغ غدا الخميس في سان فرانسيسكو.",
         {"meeting/occurred/null/Fumio Kishida;Xi Jinping/Bali/*", "meeting/planned/2023-11-16/Fumio Kishida;Xi Jinping/San Francisco/*"}},
        /* … and so is a title's journey told with no verb, its purpose on لـ after the place */
        {"2025-07-05T10:00:00+03:00", "نتنياهو إلى واشنطن للقاء ترامب الاثنين\\n\\nمن المقرر أن يزور رئيس الوزراء الإسرائيلي بنيامين نتنياهو واشنطن يوم الاثنين المقبل للقاء الرئيس الأميركي دونالد ترامب.",
         {"visit/planned/2025-07-07/Benjamin Netanyahu;Donald Trump/*/*", NULL}},
        /* … and its proposal in the present, the body's proposal */
        {"2022-02-21T09:00:00+03:00", "ماكرون يقترح قمة بين بايدن وبوتين\\n\\nاقترح الرئيس الفرنسي إيمانويل ماكرون عقد قمة تجمع الرئيسين الأمريكي جو بايدن والروسي فلاديمير بوتين.",
         {"meeting/proposed/null/Joe Biden;Vladimir Putin/*/*", NULL}},
        /* … and a title's date the body's day falls in (its month, its week) is that day */
        {"2025-11-20T10:00:00+03:00", "أخنوش يحل بمدريد مطلع دجنبر للقاء سانشيز\\n\\nيقوم رئيس الحكومة عزيز أخنوش بزيارة إلى مدريد يوم 4 دجنبر المقبل للقاء نظيره الإسباني بيدرو سانشيز.",
         {"visit/planned/2025-12-04/Aziz Akhannouch;Pedro Sánchez/Madrid/*", NULL}},
        {"2025-02-06T10:00:00+03:00", "الملك يزور واشنطن الأسبوع المقبل ويلتقي ترامب\\n\\nعمان 6 شباط (بترا)- يعتزم جلالة الملك عبدالله الثاني القيام بزيارة عمل إلى واشنطن، يلتقي خلالها الرئيس الأمريكي دونالد ترامب في البيت الأبيض يوم الثلاثاء 11 شباط الحالي.",
         {"visit/planned/2025-02-11/King Abdullah II;Donald Trump/*/*", NULL}},
        /* near-miss: a title dated otherwise than the body's contact tells another one */
        {"2024-09-05", "أجرى السيسي اتصالا هاتفيا بأردوغان أمس.\\n\\nوأجرى الرئيسان بعد ذلك اتصالا هاتفيا ثانيا تناول الأوضاع في غزة والسودان وليبيا والعلاقات الثنائية بين البلدين.",
         {"call/occurred/2024-09-04/*/*/*", "call/occurred/null/*/*/*"}},
        /* a title's contact of three the body tells one by one, each of the title's parties in one
         * of them, is theirs; near-misses: one of the title's told by none, with two contacts
         * told and with one (the title's, undated, in the news' present: it took place, EV-4) */
        {"2023-02-08T10:00:00+02:00", "السيسي يعزي أردوغان والأسد هاتفياً في ضحايا الزلزال\\n\\nأجرى الرئيس عبد الفتاح السيسي، أمس الثلاثاء، اتصالاً هاتفياً بالرئيس التركي رجب طيب أردوغان. كما أجرى الرئيس اتصالاً مماثلاً بالرئيس السوري بشار الأسد.",
         {"call/occurred/2023-02-07/Abdel Fattah el-Sisi;Recep Tayyip Erdogan/*/*", "call/occurred/2023-02-07/Abdel Fattah el-Sisi;Bashar al-Assad/*/*", NULL}},
        {"2023-02-08T10:00:00+02:00", "السيسي يعزي أردوغان والأسد والرئيس الفلسطيني محمود عباس هاتفياً\\n\\nأجرى الرئيس عبد الفتاح السيسي، أمس الثلاثاء، اتصالاً هاتفياً بالرئيس التركي رجب طيب أردوغان. كما أجرى الرئيس اتصالاً مماثلاً بالرئيس السوري بشار الأسد.",
         {"call/occurred/null/Abdel Fattah el-Sisi;Recep Tayyip Erdogan;Bashar al-Assad;Mahmoud Abbas/*/*", "call/occurred/2023-02-07/Abdel Fattah el-Sisi;Recep Tayyip Erdogan/*/*", "call/occurred/2023-02-07/Abdel Fattah el-Sisi;Bashar al-Assad/*/*"}},
        {"2023-02-08T10:00:00+02:00", "السيسي يعزي أردوغان والأسد هاتفياً في ضحايا الزلزال\\n\\nأجرى الرئيس عبد الفتاح السيسي، أمس الثلاثاء، اتصالاً هاتفياً بالرئيس التركي رجب طيب أردوغان.",
         {"call/occurred/null/Abdel Fattah el-Sisi;Recep Tayyip Erdogan;Bashar al-Assad/*/*", "call/occurred/2023-02-07/Abdel Fattah el-Sisi;Recep Tayyip Erdogan/*/*", NULL}},
        /* … and one of two the body tells with one not named in the title, a call from each;
         * near-miss: two calls with no party in common, which leave the title's its own */
        {"2026-01-15", "ولي العهد يتلقى اتصالين من ماكرون وستارمر\\n\\nتلقى الأمير محمد بن سلمان، ولي العهد، اتصالاً هاتفياً اليوم من الرئيس الفرنسي إيمانويل ماكرون. كما تلقى سموه اتصالاً هاتفياً من رئيس الوزراء البريطاني كير ستارمر.",
         {"call/occurred/2026-01-15/Emmanuel Macron;Mohammed bin Salman/*/*", "call/occurred/2026-01-15/Keir Starmer;Mohammed bin Salman/*/*", NULL}},
        {"2026-01-15", "ماكرون وستارمر يبحثان هاتفياً أزمة الشرق الأوسط\\n\\nتلقى الرئيس الفرنسي إيمانويل ماكرون اتصالاً هاتفياً اليوم من الرئيس الأمريكي دونالد ترامب. وتلقى رئيس الوزراء البريطاني كير ستارمر اتصالاً من المستشار الألماني فريدريش ميرتس.",
         {"call/occurred/null/Emmanuel Macron;Keir Starmer/*/*", "call/occurred/2026-01-15/Donald Trump;Emmanuel Macron/*/*", "call/occurred/*/Friedrich Merz;Keir Starmer/*/*"}},
    };
    RUN(cs);
}

/* EV-4: the news' present (a title's, a caption's, a breaking line's) tells what took place; EV-5: a
 * live blog's entry stamp dates only an entry that states no date. */
static void test_ev4_news_present(void **state)
{
    (void)state;
    static const vcase cs[] = {
        /* a breaking line, a live blog's entry, a title with no body behind it */
        {"2023-02-07", "شريط الأخبار\\n\\nعاجل | الرئيس السيسي يتلقى اتصالا هاتفيا من الملك عبدالله الثاني.",
         {"call/occurred/null/King Abdullah II;Abdel Fattah el-Sisi/*/*", NULL}},
        {"2025-02-18", "مباشر | تطورات اليوم\\n\\n10:30 — أردوغان يستقبل زيلينسكي في أنقرة.",
         {"visit/occurred/2025-02-18/Volodymyr Zelenskyy;Recep Tayyip Erdogan/Ankara/*", NULL}},
        {"2023-02-07", "السيسي يستقبل ملك الأردن في القاهرة\\n\\nقال المتحدث باسم الرئاسة إن مصر تتابع تطورات الأوضاع في المنطقة.",
         {"visit/occurred/null/King Abdullah II;Abdel Fattah el-Sisi/Cairo/*", NULL}},
        /* a photograph's caption, of the day it was published */
        {"2022-01-26", "بالصور\\n\\nالرئيس ماكرون يستقبل المستشار شولتس في قصر الإليزيه، اليوم الأربعاء (أ ف ب)",
         {"visit/occurred/2022-01-26/Olaf Scholz;Emmanuel Macron/*/*", NULL}},
        /* the entry's own date over its stamp, a plan's and a contact done's */
        {"2022-03-01", "تغطية مباشرة\\n\\n12:30 — من المقرر أن يستقبل المستشار الألماني أولاف شولتس الرئيس الفرنسي إيمانويل ماكرون في برلين غدا الأربعاء.",
         {"visit/planned/2022-03-02/Emmanuel Macron;Olaf Scholz/Berlin/*", NULL}},
        {"2020-02-10", "تغطية مباشرة\\n\\n10:45 — أجرى الرئيس بوتين اتصالا هاتفيا مع الرئيس أردوغان مساء أمس الأحد.",
         {"call/occurred/2020-02-09/Vladimir Putin;Recep Tayyip Erdogan/*/*", NULL}},
        /* near-misses: a breaking line with a day to come; a body's present with no mark of the
         * news, which announces */
        {"2022-03-01", "شريط الأخبار\\n\\nعاجل | الرئيس السيسي يستقبل غدا الملك عبدالله الثاني في القاهرة.",
         {"visit/planned/2022-03-02/King Abdullah II;Abdel Fattah el-Sisi/Cairo/*", NULL}},
        {"2022-03-01", "أخبار مصر\\n\\nالرئيس السيسي يستقبل الملك عبدالله الثاني في القاهرة.",
         {"visit/planned/null/King Abdullah II;Abdel Fattah el-Sisi/Cairo/*", NULL}},
    };
    RUN(cs);
}

/* EV-18: talks that name no one, whose delegations' heads the next sentence names. */
static void test_ev18_delegation_heads(void **state)
{
    (void)state;
    static const vcase cs[] = {
        {"2025-03-12T07:45:00+03:00", "عقد الوفدان الأميركي والأوكراني محادثات في جدة أمس الثلاثاء. وترأس الوفد الأميركي وزير الخارجية ماركو روبيو، في حين ترأس الوفد الأوكراني أندريه يرماك.",
         {"talks/occurred/2025-03-11/Marco Rubio;Andriy Yermak/Jeddah/*", NULL}},
        {"2025-04-13T12:00:00+03:00", "اختتمت في مسقط أمس السبت جولة محادثات بين إيران والولايات المتحدة. وقاد الوفد الإيراني وزير الخارجية عباس عراقجي، فيما قاد الوفد الأميركي المبعوث ستيف ويتكوف.",
         {"talks/occurred/2025-04-12/Abbas Araghchi;Steve Witkoff/Muscat/*", NULL}},
        /* … and one joined by و to a head heads it with him */
        {"2025-03-12T07:45:00+03:00", "وافق الوفد الأوكراني خلال محادثات استمرت تسع ساعات مع الوفد الأميركي في جدة أمس على مقترح الهدنة. وترأس الوفد الأميركي وزير الخارجية ماركو روبيو ومستشار الأمن القومي مايك والتز، في حين ترأس الوفد الأوكراني أندريه يرماك.",
         {"talks/occurred/2025-03-11/Marco Rubio;Mike Waltz;Andriy Yermak/Jeddah/*", NULL}},
        /* near-misses: one delegation's head alone; two of one country; no talks told before */
        {"2025-03-12T07:45:00+03:00", "عقد الوفدان الأميركي والأوكراني محادثات في جدة أمس الثلاثاء. وترأس الوفد الأميركي وزير الخارجية ماركو روبيو.", {NULL}},
        {"2025-03-12T07:45:00+03:00", "عقد الوفدان الأميركي والأوكراني محادثات في جدة أمس الثلاثاء. وترأس الوفد الأميركي وزير الخارجية ماركو روبيو، فيما قاد الوفد الفني المبعوث ستيف ويتكوف.", {NULL}},
        {"2025-03-12T07:45:00+03:00", "وصل الوفدان الأميركي والأوكراني إلى جدة أمس الثلاثاء. وترأس الوفد الأميركي وزير الخارجية ماركو روبيو، في حين ترأس الوفد الأوكراني أندريه يرماك.", {NULL}},
        /* the next paragraph's first sentence, wire copy's (near-miss: a paragraph that names no
         * delegation) */
        {"2025-05-16", "خبر\\nعقد الوفدان الروسي والأوكراني، اليوم الجمعة، جولة محادثات مباشرة في إسطنبول.\\nوترأس الوفد الروسي فلاديمير ميدينسكي، في حين ترأس الوفد الأوكراني رستم عمروف.",
         {"talks/occurred/2025-05-16/Vladimir Medinsky;Rustem Umerov/Istanbul/*", NULL}},
        {"2025-05-16", "خبر\\nعقد الوفدان الروسي والأوكراني، اليوم الجمعة، جولة محادثات مباشرة في إسطنبول.\\nوقال فلاديمير ميدينسكي، في حين أكد رستم عمروف أن الأجواء إيجابية.", {NULL}},
        /* … a verb of leading a side (يقود الجانب); the heads by their title (رئيس الوفد) or after
         * برئاسة, or before the verb, on a relative pronoun after his comma */
        {"2025-03-24", "انطلقت في الرياض، صباح اليوم الاثنين، محادثات فنية بين وفدين أمريكي وروسي. ويترأس الوفد الروسي غريغوري كاراسين، فيما يقود الجانب الأمريكي مايكل أنتون.",
         {"talks/occurred/2025-03-24/Grigory Karasin;Michael Anton/Riyadh/*", NULL}},
        {"2025-07-24", "اختتمت مساء أمس الأربعاء في إسطنبول الجولة الثالثة من المفاوضات المباشرة بين روسيا وأوكرانيا. وقال رئيس الوفد الروسي فلاديمير ميدينسكي إن الجولة كانت بناءة، فيما وصفها رئيس الوفد الأوكراني رستم عمروف بأنها مفيدة.",
         {"talks/occurred/2025-07-23/Vladimir Medinsky;Rustem Umerov/Istanbul/*", NULL}},
        /* (near-miss: one joined by و to a head by his title is no head) */
        {"2025-07-24", "اختتمت مساء أمس الأربعاء في إسطنبول الجولة الثالثة من المفاوضات المباشرة بين روسيا وأوكرانيا. وقال رئيس الوفد الروسي فلاديمير ميدينسكي ويوري أوشاكوف إن الجولة كانت بناءة، فيما وصفها رئيس الوفد الأوكراني رستم عمروف بأنها مفيدة.",
         {"talks/occurred/2025-07-23/Vladimir Medinsky;Rustem Umerov/Istanbul/*", NULL}},
        {"2025-07-21", "ستعقد جولة جديدة من المفاوضات المباشرة في إسطنبول يوم الأربعاء المقبل. وقال رستم عمروف، الذي سيترأس الوفد الأوكراني، إن بلاده مستعدة لمواجهة الوفد الروسي برئاسة فلاديمير ميدينسكي.",
         {"talks/planned/2025-07-23/Rustem Umerov;Vladimir Medinsky/Istanbul/*", NULL}},
        /* … and past one who only announced them, both heads named */
        {"2025-07-21", "أعلن زيلينسكي أن جولة جديدة من المفاوضات المباشرة مع روسيا ستعقد في إسطنبول يوم الأربعاء المقبل. وسيترأس الوفد الأوكراني رستم عمروف، فيما يترأس الوفد الروسي فلاديمير ميدينسكي.",
         {"talks/planned/2025-07-23/Rustem Umerov;Vladimir Medinsky/Istanbul/*", NULL}},
    };
    RUN(cs);
}

/* EV-16: a message a carrier delivers, and the visit or meeting he delivers it at. */
static void test_ev_carried_messages(void **state)
{
    (void)state;
    static const vcase cs[] = {
        /* received at a reception told after it: the message takes the reception's day; the
         * reception is the carrier's, not the sender's */
        {"2025-06-10", "تسلم العاهل الأردني الملك عبدالله الثاني رسالة من الرئيس المصري عبد الفتاح السيسي، نقلها إليه وزير الخارجية بدر عبد العاطي خلال استقباله في عمّان أمس.",
         {"message/occurred/2025-06-09/Abdel Fattah el-Sisi;King Abdullah II/null/*",
          "visit/occurred/2025-06-09/Badr Abdelatty;King Abdullah II/Amman/*"}},
        /* … also at one told after لدى, host and guest named by pronouns of honour */
        {"2024-03-06", "تسلم الشيخ مشعل الأحمد الجابر الصباح رسالة شفهية من الرئيس الأذربيجاني إلهام علييف، نقلها وزير الخارجية الأذربيجاني جيحون بيراموف، لدى استقبال سموه له في قصر بيان صباح اليوم.",
         {"message/occurred/2024-03-06/Ilham Aliyev;Mishal Al-Ahmad Al-Jaber Al-Sabah/null/*",
          "visit/occurred/2024-03-06/Jeyhun Bayramov;Mishal Al-Ahmad Al-Jaber Al-Sabah/*/*", NULL}},
        /* the one it is for after إلى in a clause of its own */
        {"2024-02-05", "سلم عبداللطيف الزياني وزير الخارجية، رسالة خطية من الملك حمد بن عيسى آل خليفة، إلى فخامة الرئيس عبدالمجيد تبون، وذلك لدى استقبال فخامته لمعاليه بقصر المرادية اليوم.",
         {"message/occurred/2024-02-05/Hamad bin Isa Al Khalifa;Abdelmadjid Tebboune/null/*",
          "visit/occurred/2024-02-05/Abdullatif Al-Zayani;Abdelmadjid Tebboune/*/*", NULL}},
        /* the guest named after the reception itself, no carrier's verb */
        {"2025-06-10", "تلقى الرئيس السوري أحمد الشرع رسالة من أمير قطر الشيخ تميم بن حمد آل ثاني خلال استقباله اليوم رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني.",
         {"message/occurred/2025-06-10/Tamim bin Hamad Al Thani;Ahmed al-Sharaa/*/*",
          "visit/occurred/2025-06-10/Mohammed bin Abdulrahman Al Thani;Ahmed al-Sharaa/*/*"}},
        /* a meeting frames the delivery too */
        {"2025-06-10", "تسلم الرئيس الفلسطيني محمود عباس رسالة من الرئيس الفرنسي إيمانويل ماكرون، سلمها إليه وزير الخارجية جان نويل بارو خلال لقائهما في رام الله اليوم.",
         {"message/occurred/2025-06-10/Emmanuel Macron;Mahmoud Abbas/null/*",
          "meeting/occurred/2025-06-10/Jean-Noël Barrot;Mahmoud Abbas/Ramallah/*"}},
        /* a guest who brings a message: from the one named after it, to the host of the other country */
        {"2025-06-10", "استقبل الرئيس الإيراني مسعود بزشكيان في طهران، اليوم، وزير الخارجية العماني بدر البوسعيدي، الذي سلمه رسالة من السلطان هيثم بن طارق.",
         {"visit/occurred/2025-06-10/Badr Albusaidi;Masoud Pezeshkian/Tehran/*",
          "message/occurred/2025-06-10/Haitham bin Tariq;Masoud Pezeshkian/null/*"}},
        /* near-miss: no sender named — the guest's own message, one visit */
        {"2025-06-10", "استقبل الرئيس عبد المجيد تبون الرئيس الفرنسي إيمانويل ماكرون، اليوم، وتسلم منه رسالة.",
         {"visit/occurred/2025-06-10/Emmanuel Macron;Abdelmadjid Tebboune/*/*"}},
        /* near-miss: a message the two discussed, of a third country: brought to neither */
        {"2025-06-10", "التقى الرئيس الفرنسي إيمانويل ماكرون المستشار الألماني فريدريش ميرتس، اليوم، وناقشا رسالة من الرئيس الأمريكي دونالد ترامب.",
         {"meeting/occurred/2025-06-10/Emmanuel Macron;Friedrich Merz/*/*"}},
        /* near-miss: one who delivers his own message on his visit: no one else's visit */
        {"2025-05-14", "سلم ماكرون رسالة إلى تبون خلال زيارته إلى الجزائر أمس.",
         {"message/occurred/2025-05-13/Emmanuel Macron;Abdelmadjid Tebboune/null/*"}},
    };
    RUN(cs);
}

/* EV-17: a message its carrier hands over, the carrier the verb's subject. */
static void test_ev_handed_messages(void **state)
{
    (void)state;
    static const vcase cs[] = {
        /* a journey that carries a message, its subject first: the message is the contact and the
         * journey the carrier's visit, also in a title over the same body; near-miss: a journey
         * that carries none */
        {"2024-10-15", "عبد العاطي يصل إلى جوبا حاملاً رسالة من السيسي إلى سلفاكير.",
         {"message/occurred/null/Abdel Fattah el-Sisi;Salva Kiir/*/*", "visit/occurred/null/Badr Abdelatty;Salva Kiir/Juba/*", NULL}},
        {"2024-10-15", "عبد العاطي يصل إلى جوبا حاملاً رسالة من السيسي إلى سلفاكير\\n\\nوصل وزير الخارجية بدر عبد العاطي، صباح اليوم الثلاثاء، إلى جوبا حاملاً رسالة من الرئيس عبد الفتاح السيسي إلى الرئيس سلفاكير ميارديت.",
         {"message/occurred/2024-10-15/Abdel Fattah el-Sisi;Salva Kiir/*/*", "visit/occurred/2024-10-15/Badr Abdelatty;Salva Kiir/Juba/*", NULL}},
        {"2024-10-15", "عبد العاطي يصل إلى جوبا للقاء سلفاكير.", {"visit/planned/null/Badr Abdelatty;Salva Kiir/Juba/*", NULL}},
        /* the one it was handed to between the carrier and the message, the sender after من: the
         * message is the sender's, the carrier meets the recipient */
        /* … and the visit after خلال that the delivery was made at, in a clause after the
         * message's, is the carrier's visit to him (EV-16), not the message's occasion alone */
        {"2025-04-18", "سلم وزير الدفاع السعودي الأمير خالد بن سلمان، أمس الخميس، المرشد الإيراني علي خامنئي رسالة خطية من الملك سلمان بن عبدالعزيز، خلال زيارة إلى طهران.",
         {"message/occurred/2025-04-17/King Salman;Ali Khamenei/null/*", "visit/occurred/2025-04-17/Khalid bin Salman;Ali Khamenei/Tehran/*", NULL}},
        /* a message received on another's behalf, addressed to him (لـ/إلى) from a sender after
         * من: the sender's to him, its receiver no party; near-misses: one received for himself,
         * and one addressed to its receiver */
        {"2025-10-12", "تسلم الأمير فيصل بن فرحان وزير الخارجية اليوم رسالة خطية لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز من الرئيس عبدالمجيد تبون.",
         {"message/occurred/2025-10-12/Abdelmadjid Tebboune;King Salman/null/*"}},
        {"2025-10-12", "تسلم الأمير فيصل بن فرحان وزير الخارجية اليوم رسالة خطية من الرئيس عبدالمجيد تبون إلى الملك سلمان.",
         {"message/occurred/2025-10-12/Abdelmadjid Tebboune;King Salman/null/*"}},
        {"2025-10-12", "تسلم الرئيس عبدالمجيد تبون اليوم رسالة خطية من الملك سلمان.", {"message/occurred/2025-10-12/King Salman;Abdelmadjid Tebboune/null/*"}},
        {"2025-10-12", "تسلم صاحب السمو الأمير فيصل بن فرحان وزير الخارجية، رسالة خطية لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، من فخامة الرئيس عبدالمجيد تبون رئيس الجمهورية الجزائرية.",
         {"message/occurred/null/Abdelmadjid Tebboune;King Salman/null/*"}},
        /* … with the carrier's verb in the future (سيسلم): both planned; near-miss: the past */
        {"2024-11-20", "وسيسلم وزير الخارجية أحمد عطاف الرئيس محمد ولد الشيخ الغزواني رسالة خطية من الرئيس عبد المجيد تبون.",
         {"message/planned/null/Abdelmadjid Tebboune;Mohamed Ould Ghazouani/null/*", "meeting/planned/null/Ahmed Attaf;Mohamed Ould Ghazouani/*/*", NULL}},
        {"2024-11-20", "وسلم وزير الخارجية أحمد عطاف الرئيس محمد ولد الشيخ الغزواني رسالة خطية من الرئيس عبد المجيد تبون.",
         {"message/occurred/null/Abdelmadjid Tebboune;Mohamed Ould Ghazouani/null/*", "meeting/occurred/null/Ahmed Attaf;Mohamed Ould Ghazouani/*/*", NULL}},
        {"2025-07-20", "سلم وزير الخارجية السعودي الأمير فيصل بن فرحان، أمس، الرئيس اللبناني جوزاف عون رسالة خطية من ولي العهد الأمير محمد بن سلمان.",
         {"message/occurred/2025-07-19/Mohammed bin Salman;Joseph Aoun/null/*",
          "meeting/occurred/2025-07-19/Faisal bin Farhan Al Saud;Joseph Aoun/*/*"}},
        /* the recipient after إلى; a meeting that frames the delivery is the carrier's (EV-16) */
        {"2025-07-20", "نقل المبعوث الأمريكي ستيف ويتكوف رسالة من الرئيس ترامب إلى الرئيس بوتين خلال لقائهما في سانت بطرسبرغ الجمعة.",
         {"message/occurred/2025-07-18/Donald Trump;Vladimir Putin/null/*",
          "meeting/occurred/2025-07-18/Steve Witkoff;Vladimir Putin/Saint Petersburg/*"}},
        /* EV-17, EV-16: one it is addressed to after إلى over the one it was handed to, who is
         * the carrier's contact; near-miss: none addressed, the one handed it */
        {"2025-03-13", "سلّم أنور قرقاش أمس في طهران وزير الخارجية الإيراني عباس عراقجي رسالة من الرئيس دونالد ترامب موجهة إلى المرشد علي خامنئي.",
         {"message/occurred/2025-03-12/Donald Trump;Ali Khamenei/null/*",
          "meeting/occurred/2025-03-12/Anwar Gargash;Abbas Araghchi/Tehran/*"}},
        {"2025-02-12", "سلّم وزير الخارجية بدر عبد العاطي، خلال لقائه نظيره الأمريكي ماركو روبيو أمس في واشنطن، رسالة من الرئيس عبد الفتاح السيسي إلى الرئيس دونالد ترامب.",
         {"visit/occurred/2025-02-11/Badr Abdelatty;Marco Rubio/*/*",
          "message/occurred/2025-02-11/Abdel Fattah el-Sisi;Donald Trump/null/*"}},
        {"2025-02-12", "سلّم وزير الخارجية بدر عبد العاطي، خلال لقائه نظيره الأمريكي ماركو روبيو أمس في واشنطن، رسالة من الرئيس عبد الفتاح السيسي.",
         {"visit/occurred/2025-02-11/Badr Abdelatty;Marco Rubio/*/*",
          "message/occurred/2025-02-11/Abdel Fattah el-Sisi;Marco Rubio/null/*"}},
        /* handed over during a contact told before the verb (نقل خلالها): to its other side, and
         * the carrier's contact is that one, talks here */
        {"2025-03-14", "أجرى ستيف ويتكوف محادثات مع فلاديمير بوتين في موسكو، نقل خلالها رسالة من دونالد ترامب.",
         {"message/occurred/null/Donald Trump;Vladimir Putin/null/*",
          "talks/occurred/null/Steve Witkoff;Vladimir Putin/Moscow/*"}},
        /* planned, both */
        {"2025-07-20", "من المقرر أن يسلم وزير الخارجية المصري بدر عبد العاطي الرئيس السوري أحمد الشرع رسالة من الرئيس السيسي غدا.",
         {"message/planned/2025-07-21/Abdel Fattah el-Sisi;Ahmed al-Sharaa/*/*",
          "meeting/planned/2025-07-21/Badr Abdelatty;Ahmed al-Sharaa/*/*"}},
        /* the carrier named before the verb, who travelled to deliver it: his visit */
        {"2025-07-20", "وصل رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني إلى طهران اليوم حاملا رسالة من أمير قطر الشيخ تميم بن حمد آل ثاني إلى الرئيس مسعود بزشكيان.",
         {"message/occurred/2025-07-20/Tamim bin Hamad Al Thani;Masoud Pezeshkian/null/*",
          "visit/occurred/2025-07-20/Mohammed bin Abdulrahman Al Thani;Masoud Pezeshkian/Tehran/*"}},
        /* the phrase trigger نقل رسالة, denied: both denied */
        {"2025-07-20", "نفت الرئاسة التركية أن يكون وزير الخارجية هاكان فيدان قد نقل رسالة من الرئيس أردوغان إلى الرئيس الأسد.",
         {"message/denied/*/Recep Tayyip Erdogan;Bashar al-Assad/*/*", "meeting/denied/*/Hakan Fidan;Bashar al-Assad/*/*"}},
        /* the recipient after إلى before the message, the carrier unnamed: the sender's message
         * to him, no meeting */
        {"2025-07-20", "نقل الوزير إلى السلطان هيثم بن طارق رسالة من الرئيس الإيراني مسعود بزشكيان.",
         {"message/occurred/*/Masoud Pezeshkian;Haitham bin Tariq/null/*", NULL}},
        /* handed to one the text does not name: no contact of the carrier with the sender */
        {"2025-07-20", "سلم رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني السيد الرئيس رسالة من الشيخ تميم بن حمد آل ثاني.", {NULL}},
        /* an invitation the message carries is its content: the message, the carrier's meeting
         * (not where the invitation is to), and the proposed visit of the one invited */
        {"2025-06-24", "سلم وزير الخارجية الإيراني عباس عراقجي رسالة من الرئيس مسعود بزشكيان إلى رئيس الوزراء العراقي محمد شياع السوداني تضمنت دعوة لزيارة طهران.",
         {"message/occurred/*/Masoud Pezeshkian;Mohammed Shia al-Sudani/null/*", "meeting/occurred/*/Abbas Araghchi;Mohammed Shia al-Sudani/null/*",
          "visit/proposed/*/Mohammed Shia al-Sudani;Masoud Pezeshkian/Tehran/*"}},
        /* near-miss: no sender named — his own message, no meeting beside it */
        {"2025-07-20", "سلم الرئيس الفلسطيني محمود عباس رسالة إلى الرئيس الفرنسي إيمانويل ماكرون أمس.",
         {"message/occurred/2025-07-19/Mahmoud Abbas;Emmanuel Macron/null/*", NULL}},
        /* near-miss: a message sent, not handed over (بعث): the sender's, to the one after إلى */
        {"2025-07-20", "بعث الرئيس الروسي فلاديمير بوتين رسالة من موسكو إلى الرئيس الصيني شي جين بينغ أمس.",
         {"message/occurred/2025-07-19/Vladimir Putin;Xi Jinping/null/*", NULL}},
    };
    RUN(cs);
}

/* EV-2: a sentence that opens on كما/ثم and a contact's verb, or on the verb with و, and names one
 * person, the verb's object: its subject is the one of the contact told before (pro-drop). */
static void test_ev2_dropped_subject(void **state)
{
    (void)state;
    static const vcase cs[] = {
        /* the traveller of a sentence before, landed (حطّ في) or arrived, is the subject dropped
         * before a contact's verb — past a time, الشيخ before the name, and a place the dictionary
         * lacks after في closing the sentence; near-miss: something else after that place */
        {"2021-12-14", "حطّ رئيس الوزراء الإسرائيلي نفتالي بينيت في أبوظبي يوم الأحد. والتقى أمس الاثنين الشيخ محمد بن زايد في قصره.",
         {"visit/occurred/2021-12-13/Naftali Bennett;Mohamed bin Zayed Al Nahyan/Abu Dhabi/*", NULL}},
        {"2021-12-14", "وصل رئيس الوزراء الإسرائيلي نفتالي بينيت إلى أبوظبي يوم الأحد. والتقى أمس الاثنين الشيخ محمد بن زايد في قصره.",
         {"visit/occurred/2021-12-13/Naftali Bennett;Mohamed bin Zayed Al Nahyan/Abu Dhabi/*", NULL}},
        {"2019-08-17", "وصل الرئيس سلفاكير ميارديت إلى الخرطوم صباح اليوم السبت. وكان في استقباله بالمطار الفريق أول عبد الفتاح البرهان.",
         {"visit/occurred/2019-08-17/Salva Kiir;Abdel Fattah al-Burhan/Khartoum/*", NULL}},
        {"2021-12-14", "وصل رئيس الوزراء الإسرائيلي نفتالي بينيت إلى أبوظبي يوم الأحد. والتقى أمس الاثنين الشيخ محمد بن زايد في قصره وزراء الحكومة.",
         {NULL}},
        /* the guest named bare (الضيف) is the last visitor the article told: one arrived, or a
         * visit's; near-miss: no visitor told before */
        {"2023-08-22T12:00:00+03:00",
         "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد اليوم الثلاثاء.\\n\\nوسيلتقي الضيف رئيس الوزراء محمد شياع السوداني غداً الأربعاء.",
         {"visit/planned/2023-08-23/Hakan Fidan;Mohammed Shia al-Sudani/Baghdad/*"}},
        {"2025-04-06T18:00:00+01:00",
         "استقبل الرئيس عبد المجيد تبون، اليوم الأحد، وزير الخارجية الفرنسي جان نويل بارو.\\n\\nوكان الضيف قد أجرى في وقت سابق اليوم محادثات مع وزير الخارجية أحمد عطاف.",
         {"visit/occurred/2025-04-06/Jean-Noël Barrot;Abdelmadjid Tebboune/*/*", "talks/occurred/2025-04-06/Jean-Noël Barrot;Ahmed Attaf/*/*"}},
        {"2025-04-06T18:00:00+01:00",
         "وكان الضيف قد أجرى في وقت سابق اليوم محادثات مع وزير الخارجية أحمد عطاف.", {NULL}},
        {"2024-12-21T09:00:00+01:00",
         "استقبل الملك محمد السادس، يوم الجمعة 20 دجنبر 2024 بالدار البيضاء، الرئيس الموريتاني محمد ولد الشيخ الغزواني.\\n\\nوأقام جلالة الملك مأدبة غداء على شرف الضيف الكبير.",
         {"visit/occurred/2024-12-20/Mohamed Ould Ghazouani;King Mohammed VI/*/*"}},
        /* the date and the place of the contact before carry over */
        {"2023-10-22T10:00:00+03:00",
         "التقى رئيس مجلس الوزراء محمد شياع السوداني، أمس السبت، في القاهرة الرئيس المصري عبد الفتاح السيسي.\\n\\nكما التقى رئيسة الوزراء الإيطالية جورجا ميلوني.",
         {"visit/occurred/2023-10-21/Mohammed Shia al-Sudani;Abdel Fattah el-Sisi/Cairo/*",
          "meeting/occurred/2023-10-21/Mohammed Shia al-Sudani;Giorgia Meloni/Cairo/*"}},
        /* a reception: the one named is the guest */
        {"2024-03-10T09:00:00+03:00",
         "استقبل الرئيس عبد الفتاح السيسي اليوم الأحد في قصر الاتحادية الرئيس الفرنسي إيمانويل ماكرون.\\n\\nكما استقبل وزير الخارجية الإيراني عباس عراقجي.",
         {"visit/occurred/2024-03-10/Emmanuel Macron;Abdel Fattah el-Sisi/Heliopolis Palace, Cairo/*",
          "visit/occurred/2024-03-10/Abbas Araghchi;Abdel Fattah el-Sisi/Heliopolis Palace, Cairo/*"}},
        /* a light verb and its noun; a call received */
        {"2024-03-10T09:00:00+03:00",
         "أجرى الرئيس التركي رجب طيب أردوغان اليوم اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين.\\n\\nكما أجرى اتصالا هاتفيا بالرئيس الأوكراني فولوديمير زيلينسكي.",
         {"call/occurred/2024-03-10/Recep Tayyip Erdogan;Vladimir Putin/*/*",
          "call/occurred/2024-03-10/Recep Tayyip Erdogan;Volodymyr Zelenskyy/*/*"}},
        {"2024-03-10T09:00:00+03:00",
         "أجرى الرئيس التركي رجب طيب أردوغان اليوم اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين.\\n\\nكما تلقى اتصالا هاتفيا من المستشار الألماني أولاف شولتس.",
         {"call/occurred/2024-03-10/Recep Tayyip Erdogan;Vladimir Putin/*/*",
          "call/occurred/2024-03-10/Olaf Scholz;Recep Tayyip Erdogan/*/*"}},
        /* a plan of its own: its own status and date, no place carried */
        {"2024-03-10T09:00:00+03:00",
         "التقى الرئيس الأمريكي جو بايدن اليوم في البيت الأبيض العاهل الأردني الملك عبد الله الثاني.\\n\\nكما سيلتقي الأسبوع المقبل الرئيس الفرنسي إيمانويل ماكرون.",
         {"visit/occurred/2024-03-10/King Abdullah II;Joe Biden/*/*", "meeting/planned/2024-W11/Joe Biden;Emmanuel Macron/null/*"}},
        /* near-miss: the one named is the subject, an unnamed one the object */
        {"2024-03-10T09:00:00+03:00",
         "التقى الرئيس عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون.\\n\\nكما التقى ماكرون بوفد من رجال الأعمال المصريين.",
         {"meeting/occurred/2024-03-10/Abdel Fattah el-Sisi;Emmanuel Macron/*/*", NULL}},
        {"2024-03-10T09:00:00+03:00",
         "التقى الرئيس عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون.\\n\\nواستقبل وزير الخارجية بدر عبد العاطي السفير الأمريكي لدى القاهرة.",
         {"meeting/occurred/2024-03-10/Abdel Fattah el-Sisi;Emmanuel Macron/*/*", NULL}},
        /* near-miss: another person named in between ends the subject's run */
        {"2024-03-10T09:00:00+03:00",
         "التقى ولي العهد السعودي الأمير محمد بن سلمان اليوم في الرياض وزير الخارجية الأمريكي أنتوني بلينكن.\\n\\nوقال بلينكن إن المحادثات كانت بناءة.\\n\\nكما التقى رئيس الوزراء الباكستاني شهباز شريف.",
         {"visit/occurred/2024-03-10/Antony Blinken;Mohammed bin Salman/Riyadh/*", NULL}},
        /* EV-14 in one sentence: a verb right after ثم، كما، قبل أن has the first's subject and,
         * with no date of its own, the first's day; after قبل أن an imperfect is of the first's
         * tense, a plan only after a plan; a receiving verb's object is its guest. Near-misses:
         * the person set off before ثم is the first's object, not this one's subject; a plan */
        {"2024-04-18T10:00:00+03:00",
         "التقى وزير الخارجية التركي هاكان فيدان، أمس الأربعاء في الدوحة، إسماعيل هنية، ثم اجتمع مع رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني.",
         {"meeting/occurred/2024-04-17/Hakan Fidan;Ismail Haniyeh/Doha/*",
          "meeting/occurred/2024-04-17/Hakan Fidan;Mohammed bin Abdulrahman Al Thani/Doha/*"}},
        /* (a light verb and its contact noun after ثم: "ثم أجرى اتصالاً هاتفياً مع …") */
        {"2024-05-20T20:00:00+03:00", "بعث الرئيس الروسي فلاديمير بوتين اليوم الاثنين برقية تعزية إلى المرشد الإيراني علي خامنئي، ثم أجرى اتصالاً هاتفياً مع الرئيس الإيراني بالإنابة محمد مخبر.",
         {"message/occurred/2024-05-20/Vladimir Putin;Ali Khamenei/null/*", "call/occurred/2024-05-20/Vladimir Putin;Mohammad Mokhber/null/*"}},
        {"2024-05-20T20:00:00+03:00", "التقى الرئيس الروسي فلاديمير بوتين اليوم الاثنين الرئيس الصيني شي جين بينغ، ثم عقد اجتماعا مع الرئيس التركي رجب طيب أردوغان.",
         {"meeting/occurred/2024-05-20/Vladimir Putin;Xi Jinping/null/*", "meeting/occurred/2024-05-20/Vladimir Putin;Recep Tayyip Erdogan/null/*"}},
        /* (… and on و after a comma: two contacts, not one of three; near-miss: a verb on و that
         * goes on with the same one, "وبحث معه") */
        {"2024-05-20T20:00:00+03:00", "التقى الرئيس الروسي فلاديمير بوتين اليوم الاثنين الرئيس الصيني شي جين بينغ، وأجرى اتصالاً هاتفياً مع الرئيس التركي رجب طيب أردوغان.",
         {"meeting/occurred/2024-05-20/Vladimir Putin;Xi Jinping/null/*", "call/occurred/2024-05-20/Vladimir Putin;Recep Tayyip Erdogan/null/*"}},
        {"2024-05-20T20:00:00+03:00", "بعث الرئيس الروسي فلاديمير بوتين اليوم الاثنين برقية تعزية إلى المرشد الإيراني علي خامنئي، واتصل بالرئيس الإيراني بالإنابة محمد مخبر.",
         {"message/occurred/2024-05-20/Vladimir Putin;Ali Khamenei/null/*", "call/occurred/2024-05-20/Vladimir Putin;Mohammad Mokhber/null/*"}},
        {"2024-05-20T20:00:00+03:00", "التقى الرئيس الروسي فلاديمير بوتين اليوم الاثنين الرئيس الصيني شي جين بينغ، وبحث معه العلاقات الثنائية.",
         {"meeting/occurred/2024-05-20/Vladimir Putin;Xi Jinping/null/*", NULL}},
        /* (a date set off by commas, the object between commas before ثم, and a receiving verb) */
        {"2024-12-18", "التقى وزير الخارجية بدر عبد العاطي، اليوم، الأمين العام لجامعة الدول العربية أحمد أبو الغيط، ثم استقبل بعد ذلك وزير الخارجية العماني بدر البوسعيدي بمقر وزارة الخارجية.",
         {"meeting/occurred/2024-12-18/Badr Abdelatty;Ahmed Aboul Gheit/*/*", "visit/occurred/2024-12-18/Badr Albusaidi;Badr Abdelatty/*/*"}},
        {"2024-04-18T10:00:00+03:00",
         "التقى علي لاريجاني، اليوم الأربعاء في بيروت، الرئيس اللبناني جوزاف عون، قبل أن يلتقي رئيس مجلس النواب نبيه بري.",
         {"visit/occurred/2024-04-18/Ali Larijani;Joseph Aoun/Beirut/*", "visit/occurred/2024-04-18/Ali Larijani;Nabih Berri/Beirut/*"}},
        {"2024-04-18T10:00:00+03:00",
         "سيلتقي علي لاريجاني غدا في بيروت الرئيس اللبناني جوزاف عون، قبل أن يلتقي رئيس مجلس النواب نبيه بري.",
         {"visit/planned/2024-04-19/Ali Larijani;Joseph Aoun/Beirut/*", "visit/planned/2024-04-19/Ali Larijani;Nabih Berri/*/*"}},
        {"2024-04-18T10:00:00+03:00",
         "من المقرر أن يلتقي علي لاريجاني غدا في بيروت الرئيس اللبناني جوزاف عون، قبل أن يلتقي رئيس مجلس النواب نبيه بري.",
         {"visit/planned/2024-04-19/Ali Larijani;Joseph Aoun/Beirut/*", "visit/planned/2024-04-19/Ali Larijani;Nabih Berri/*/*"}},
        /* EV-4: an imperfect that describes one an ordinal names tells who he was or is, not a
         * plan; near-misses: with a future verb before it, and an ordinal after the verb */
        {"2025-01-07", "وكان الصفدي أول وزير خارجية عربي يزور دمشق بعد سقوط نظام الأسد، حيث التقى قائد الإدارة السورية الجديدة أحمد الشرع في 23 كانون الأول الماضي.",
         {"visit/occurred/2024-12-23/Ayman Safadi;Ahmed al-Sharaa/Damascus/*"}},
        {"2025-01-07", "ويعد الصفدي أول وزير خارجية عربي يزور دمشق ويلتقي أحمد الشرع.", {"visit/occurred/null/Ayman Safadi;Ahmed al-Sharaa/Damascus/*"}},
        {"2025-04-18", "التقت رئيسة الوزراء الإيطالية جورجيا ميلوني الرئيس الأمريكي دونالد ترامب في البيت الأبيض أمس، لتصبح أول زعيمة أوروبية تزور واشنطن منذ فرض الرسوم الجمركية.",
         {"visit/occurred/2025-04-17/Giorgia Meloni;Donald Trump/Washington, D.C./*"}},
        {"2025-01-07", "وسيكون الصفدي أول وزير خارجية عربي يزور دمشق ويلتقي أحمد الشرع.", {"visit/planned/null/Ayman Safadi;Ahmed al-Sharaa/Damascus/*"}},
        {"2025-01-07", "ويلتقي الصفدي غدا للمرة الأولى أحمد الشرع.", {"meeting/planned/2025-01-08/Ayman Safadi;Ahmed al-Sharaa/*/*"}},
        /* EV-6: a visit planned in what a call was about, told by its masdar: the one named right
         * after it is the visitor */
        {"2025-09-03T12:00:00+03:00", "تلقى وزير الخارجية الكويتي عبدالله اليحيا اتصالا هاتفيا اليوم من نظيره العماني بدر البوسعيدي تم خلاله بحث زيارة البوسعيدي المرتقبة إلى الكويت الأسبوع المقبل.",
         {"call/occurred/2025-09-03/Badr Albusaidi;Abdullah Al-Yahya/null/*", "visit/planned/2025-W37/Badr Albusaidi;Abdullah Al-Yahya/Kuwait/*"}},
        /* EV-2: a list's next object may have a title of up to eight words after its و */
        {"2024-11-10", "التقى برابوو أمس شي جين بينغ. وكان برابوو قد التقى، في وقت سابق من اليوم نفسه، رئيس مجلس الدولة لي تشيانغ، ورئيس اللجنة الدائمة للمجلس الوطني لنواب الشعب تشاو له جي.",
         {"meeting/occurred/2024-11-09/Prabowo Subianto;Xi Jinping/*/*", "meeting/occurred/2024-11-09/Prabowo Subianto;Li Qiang/*/*",
          "meeting/occurred/2024-11-09/Prabowo Subianto;Zhao Leji/*/*"}},
        /* EV-14: a clause on و and the contact's verb with two objects joined by و right after
         * it: the sentence's subject met them; near-miss: its subject right after it ("والتقى بري
         * بميقاتي") */
        {"2024-10-04T12:00:00+03:00", "وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت اليوم الجمعة، والتقى رئيس مجلس النواب نبيه بري ورئيس حكومة تصريف الأعمال نجيب ميقاتي.",
         {"visit/occurred/2024-10-04/Abbas Araghchi;Nabih Berri/Beirut/*", "visit/occurred/2024-10-04/Abbas Araghchi;Najib Mikati/Beirut/*"}},
        {"2024-10-04T12:00:00+03:00", "وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت اليوم الجمعة، والتقى نبيه بري ونجيب ميقاتي.",
         {"visit/occurred/2024-10-04/Abbas Araghchi;Nabih Berri/Beirut/*", "visit/occurred/2024-10-04/Abbas Araghchi;Najib Mikati/Beirut/*"}},
        {"2024-10-04T12:00:00+03:00", "أكد وزير الخارجية الإيراني عباس عراقجي اليوم دعم بلاده للبنان، والتقى نبيه بري بنجيب ميقاتي في عين التينة.",
         {"meeting/occurred/2024-10-04/Nabih Berri;Najib Mikati/*/*"}},
        /* EV-6, EV-14: an invitation a message carries, its invitee named right after its word, is
         * his proposed visit to the sender (the subject set off by a comma from the message, as
         * agencies write it); near-miss: no invitee named, the message's recipient */
        {"2025-06-12T12:00:00+03:00", "تلقى الملك سلمان بن عبدالعزيز اليوم رسالة خطية من الرئيس الصيني شي جين بينغ، تضمنت دعوة ولي العهد الأمير محمد بن سلمان لزيارة الصين.",
         {"message/occurred/2025-06-12/Xi Jinping;King Salman/null/*", "visit/proposed/null/Mohammed bin Salman;Xi Jinping/China/*"}},
        {"2025-06-12T12:00:00+03:00", "تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، رسالة خطية من الرئيس الصيني شي جين بينغ، تضمنت دعوة ولي العهد الأمير محمد بن سلمان لزيارة الصين.",
         {"message/occurred/null/Xi Jinping;King Salman/null/*", "visit/proposed/null/Mohammed bin Salman;Xi Jinping/China/*"}},
        {"2025-06-12T12:00:00+03:00", "تلقى الملك سلمان بن عبدالعزيز اليوم رسالة خطية من الرئيس الصيني شي جين بينغ، تضمنت دعوة لولي العهد الأمير محمد بن سلمان لزيارة الصين.",
         {"message/occurred/2025-06-12/Xi Jinping;King Salman/null/*", "visit/proposed/null/Mohammed bin Salman;Xi Jinping/China/*"}},
        {"2025-06-12T12:00:00+03:00", "تلقى الملك سلمان بن عبدالعزيز اليوم رسالة خطية من الرئيس الصيني شي جين بينغ، تضمنت دعوة لزيارة الصين.",
         {"message/occurred/2025-06-12/Xi Jinping;King Salman/null/*", "visit/proposed/null/King Salman;Xi Jinping/China/*"}},
        /* a meeting on حيث after a visit's clause, with none but its parties, was held during it and
         * dates it; near-miss: a dated visit keeps its day */
        {"2025-01-07", "وزار الصفدي دمشق، حيث التقى أحمد الشرع في 23 كانون الأول الماضي.", {"visit/occurred/2024-12-23/Ayman Safadi;Ahmed al-Sharaa/Damascus/*"}},
        {"2025-01-07", "وزار الصفدي دمشق في 20 كانون الأول، حيث التقى أحمد الشرع في 23 كانون الأول الماضي.",
         {"visit/occurred/2024-12-20/Ayman Safadi;Ahmed al-Sharaa/Damascus/*"}},
        /* … and so does one after a visit that frames the sentence (في مستهل، خلال, after a
         * dateline too); near-miss: a visit named later in the sentence's opening */
        {"2025-02-04T16:00:00+03:00", "في مستهل زيارته الرسمية إلى طهران، التقى وزير الخارجية الكويتي عبدالله اليحيا اليوم الثلاثاء نظيره الإيراني عباس عراقجي.",
         {"visit/occurred/2025-02-04/Abdullah Al-Yahya;Abbas Araghchi/Tehran/*"}},
        /* … or في، في أول */
        {"2025-06-06T10:00:00+03:00", "في أول زيارة له إلى واشنطن، التقى المستشار الألماني فريدريش ميرتس الرئيس الأميركي دونالد ترامب أمس الخميس في البيت الأبيض.",
         {"visit/occurred/2025-06-05/Friedrich Merz;Donald Trump/*/*", NULL}},
        {"2025-06-06T10:00:00+03:00", "في زيارة إلى واشنطن، التقى المستشار الألماني فريدريش ميرتس الرئيس الأميركي دونالد ترامب أمس الخميس في البيت الأبيض.",
         {"visit/occurred/2025-06-05/Friedrich Merz;Donald Trump/*/*", NULL}},
        /* a visit after في in a clause after the contact's, with no cue of its own, takes its
         * status: one planned visit */
        {"2025-09-24T11:00:00+03:00", "يلتقي الرئيس رجب طيب أردوغان نظيره الأمريكي دونالد ترامب في البيت الأبيض غدا الخميس، في أول زيارة له إلى واشنطن منذ عام 2019.",
         {"visit/planned/2025-09-25/Recep Tayyip Erdogan;Donald Trump/*/*", NULL}},
        /* … after an ordinal too, and a date there (what the ordinal counts in, or another fact's)
         * makes no second visit; near-miss: a visit in a later clause not on في is its own */
        {"2025-07-08T10:00:00+03:00", "استقبل ترامب نتنياهو في البيت الأبيض أمس، في ثالث زيارة له إلى واشنطن هذا العام.",
         {"visit/occurred/2025-07-07/Benjamin Netanyahu;Donald Trump/*/*", NULL}},
        {"2025-10-13T21:00:00+03:00", "يستقبل الرئيس الأميركي دونالد ترامب نظيره الأرجنتيني خافيير ميلي في البيت الأبيض يوم الثلاثاء، في زيارة تأتي قبل الانتخابات التشريعية المقررة في 26 أكتوبر/تشرين الأول.",
         {"visit/planned/2025-10-14/Javier Milei;Donald Trump/*/*", NULL}},
        /* … or after خلال/أثناء (a visit's word; near-miss: a reception's, its own reading) */
        {"2025-04-14T13:00:00+03:00", "سيجري وزير الخارجية الروسي سيرغي لافروف محادثات مع نظيره الإيراني عباس عراقجي في موسكو يوم الجمعة المقبل، خلال زيارة يقوم بها الأخير إلى روسيا.",
         {"visit/planned/2025-04-18/Abbas Araghchi;Sergey Lavrov/Moscow/*", NULL}},
        {"2024-07-15T13:05:00+03:00", "تسلم أمير البلاد الشيخ مشعل الأحمد الجابر الصباح، اليوم، رسالة خطية من الرئيس عبدالفتاح السيسي. وقام بتسليم الرسالة وزير الخارجية المصري بدر عبدالعاطي، الذي يزور البلاد حالياً، خلال استقبال سموه له.",
         {"message/occurred/2024-07-15/*/*/*", "visit/occurred/*/*/*/*", NULL}},
        {"2025-07-08T10:00:00+03:00", "استقبل ترامب نتنياهو في البيت الأبيض أمس، فيما يزور ماكرون واشنطن الأسبوع المقبل للقاء ترامب.",
         {"visit/occurred/2025-07-07/Benjamin Netanyahu;Donald Trump/*/*", "visit/planned/2025-W29/Emmanuel Macron;Donald Trump/*/*", NULL}},
        {"2025-02-04T16:00:00+03:00", "طهران - 4 - 2 (كونا) -- وخلال زيارته الرسمية إلى طهران، التقى وزير الخارجية الكويتي عبدالله اليحيا اليوم نظيره الإيراني عباس عراقجي.",
         {"visit/occurred/2025-02-04/Abdullah Al-Yahya;Abbas Araghchi/Tehran/*"}},
        {"2025-02-04T16:00:00+03:00", "قال وزير الخارجية الكويتي عبدالله اليحيا إنه خلال زيارته الرسمية إلى طهران، التقى اليوم نظيره الإيراني عباس عراقجي.",
         {"visit/occurred/null/Abdullah Al-Yahya;Abbas Araghchi/Tehran/*", "meeting/occurred/2025-02-04/Abdullah Al-Yahya;Abbas Araghchi/*/*"}},
        {"2025-05-17T20:00:00+03:00",
         "التقى رئيس الوزراء محمد شياع السوداني الأمين العام للأمم المتحدة أنطونيو غوتيريش، قبل أن يستقبل الرئيس الفلسطيني محمود عباس.",
         {"meeting/occurred/null/Mohammed Shia al-Sudani;António Guterres/*/*", "visit/occurred/null/Mahmoud Abbas;Mohammed Shia al-Sudani/*/*"}},
        {"2024-12-20T10:00:00+02:00",
         "على هامش القمة في القاهرة، التقى الرئيس عبد الفتاح السيسي، الخميس، الرئيس الإندونيسي برابوو سوبيانتو، كما التقى رئيس الوزراء الباكستاني شهباز شريف.",
         {"meeting/occurred/2024-12-19/Abdel Fattah el-Sisi;Prabowo Subianto/*/*", "meeting/occurred/2024-12-19/Abdel Fattah el-Sisi;Shehbaz Sharif/*/*"}},
        /* near-miss: no كما/ثم/و before the verb */
        {"2024-03-10T09:00:00+03:00",
         "التقى الرئيس عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون.\\n\\nالتقى رئيس الوزراء الإسباني بيدرو سانشيز.",
         {"meeting/occurred/2024-03-10/Abdel Fattah el-Sisi;Emmanuel Macron/*/*", NULL}},
    };
    RUN(cs);
}

/* EV-2: leaders of seats of their own named as a meeting's or visit's objects are met apart: one
 * contact with each; so are those a list on كلا من or ثم names. */
static void test_ev2_each_apart(void **state)
{
    (void)state;
    static const vcase cs[] = {
        {"2025-05-31T18:00:00+03:00", "زار وزير الخارجية السعودي الأمير فيصل بن فرحان بيروت اليوم، حيث التقى الرئيس جوزاف عون ورئيس الحكومة نواف سلام.",
         {"visit/occurred/2025-05-31/Faisal bin Farhan Al Saud;Joseph Aoun/Beirut/*", "visit/occurred/2025-05-31/Faisal bin Farhan Al Saud;Nawaf Salam/Beirut/*"}},
        /* … each with the day and place told after his name, before the next one's (EV-5, EV-7) */
        {"2017-06-22T09:00:00+03:00", "عاد رئيس الوزراء حيدر العبادي إلى بغداد مساء أمس الأربعاء بعد جولة التقى خلالها الملك سلمان بن عبد العزيز في جدة الاثنين، والرئيس الإيراني حسن روحاني في طهران الثلاثاء.",
         {"meeting/occurred/2017-06-19/Haider al-Abadi;King Salman/Jeddah/*", "meeting/occurred/2017-06-20/Haider al-Abadi;Hassan Rouhani/Tehran/*", NULL}},
        {"2022-11-07T18:00:00+02:00", "استقبل الرئيس عبد الفتاح السيسي اليوم في شرم الشيخ الرئيس الفلسطيني محمود عباس والرئيس التونسي قيس سعيد.",
         {"visit/occurred/2022-11-07/Mahmoud Abbas;Abdel Fattah el-Sisi/*/*", "visit/occurred/2022-11-07/Kais Saied;Abdel Fattah el-Sisi/*/*"}},
        /* a verb right after a clause, خلالها after it, whose noun a light verb's subject held
         * (سلسلة لقاءات): his contact with each; so after a plan's أن */
        {"2022-12-10T08:00:00+03:00", "عقد الرئيس الصيني شي جين بينغ أمس في الرياض سلسلة لقاءات، التقى خلالها كلا من الرئيس المصري عبد الفتاح السيسي والرئيس الفلسطيني محمود عباس.",
         {"meeting/occurred/2022-12-09/Xi Jinping;Abdel Fattah el-Sisi/Riyadh/*", "meeting/occurred/2022-12-09/Xi Jinping;Mahmoud Abbas/Riyadh/*", NULL}},
        {"2022-12-09T08:00:00+03:00", "يعقد الرئيس الصيني شي جين بينغ اليوم سلسلة لقاءات في الرياض، من المقرر أن يلتقي خلالها كلا من الرئيس المصري عبد الفتاح السيسي والرئيس الفلسطيني محمود عباس.",
         {"meeting/planned/2022-12-09/Xi Jinping;Abdel Fattah el-Sisi/Riyadh/*", "meeting/planned/2022-12-09/Xi Jinping;Mahmoud Abbas/Riyadh/*", NULL}},
        /* a list on كلا من, its names in apposition to their titles */
        {"2023-12-01T19:00:00+04:00", "التقى الشيخ محمد بن زايد آل نهيان في دبي اليوم كلا من فخامة لويس إيناسيو لولا دا سيلفا رئيس البرازيل، وفخامة ويليام روتو رئيس كينيا، ودولة ناريندرا مودي رئيس وزراء الهند.",
         {"meeting/occurred/2023-12-01/Mohamed bin Zayed Al Nahyan;Luiz Inácio Lula da Silva/Dubai/*",
          "meeting/occurred/2023-12-01/Mohamed bin Zayed Al Nahyan;William Ruto/Dubai/*",
          "meeting/occurred/2023-12-01/Mohamed bin Zayed Al Nahyan;Narendra Modi/Dubai/*"}},
        {"2025-03-12T19:00:00+03:00", "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان في جدة اليوم كلا من وزير الخارجية الأمريكي ماركو روبيو ومستشار الأمن القومي مايك والتز.",
         {"meeting/occurred/2025-03-12/Faisal bin Farhan Al Saud;Marco Rubio/Jeddah/*", "meeting/occurred/2025-03-12/Faisal bin Farhan Al Saud;Mike Waltz/Jeddah/*"}},
        /* … or on ثم */
        /* … or وبعده (after him), the one met after it with no verb of his own */
        {"2025-06-20T12:00:00+03:00", "اجتمع المبعوث الأميركي توم باراك في بيروت أمس الخميس برئيس الحكومة نواف سلام، وبعده برئيس مجلس النواب نبيه بري.",
         {"meeting/occurred/2025-06-19/Tom Barrack;Nawaf Salam/Beirut/*", "meeting/occurred/2025-06-19/Tom Barrack;Nabih Berri/*/*", NULL}},
        {"2025-06-20T12:00:00+03:00", "اجتمع المبعوث الأميركي توم باراك في بيروت أمس الخميس بوزير الخارجية يوسف رجي، وبعده بقائد الجيش العماد رودولف هيكل.",
         {"meeting/occurred/2025-06-19/Tom Barrack;Youssef Rajji/Beirut/*", "meeting/occurred/2025-06-19/Tom Barrack;Rodolphe Haykal/Beirut/*", NULL}},
        /* … the one the clause before puts in a place, the verb's clause naming no subject
         * (a chronicle's line) */
        {"2024-11-21T08:00:00+03:00", "- 21 تشرين الأول 2024: آموس هوكشتاين في بيروت، يلتقي نبيه بري ثم نجيب ميقاتي.",
         {"meeting/occurred/2024-10-21/Amos Hochstein;Nabih Berri/*/*", "meeting/occurred/2024-10-21/Amos Hochstein;Najib Mikati/*/*", NULL}},
        /* … or ثم and فـ, each after the place of the one before, the traveller of a visit on في
         * زيارة after his journey's clause the one who meets them */
        {"2025-04-04T19:00:00+03:00", "تصل نائبة المبعوث الأميركي مورغان أورتاغوس إلى بيروت غدا السبت، في زيارة تلتقي خلالها الرئيس جوزاف عون في قصر بعبدا، ثم رئيس الحكومة نواف سلام في السراي الحكومي، فرئيس مجلس النواب نبيه بري في عين التينة.",
         {"visit/planned/2025-04-05/Morgan Ortagus;Joseph Aoun/*/*", "visit/planned/2025-04-05/Morgan Ortagus;Nawaf Salam/*/*", "visit/planned/2025-04-05/Morgan Ortagus;Nabih Berri/*/*"}},
        /* … or each after the day of the one before, on its day */
        {"2009-05-19", "يستقبل أوباما في البيت الأبيض الرئيس حسني مبارك في السادس والعشرين من الشهر الجاري، ثم الرئيس محمود عباس في الثامن والعشرين منه.",
         {"visit/planned/2009-05-26/Hosni Mubarak;Barack Obama/*/*", "visit/planned/2009-05-28/Mahmoud Abbas;Barack Obama/*/*", NULL}},
        {"2022-11-07T18:00:00+02:00", "استقبل الرئيس عبد الفتاح السيسي اليوم المستشار الألماني أولاف شولتس، ثم الرئيس الفرنسي إيمانويل ماكرون.",
         {"visit/occurred/2022-11-07/Olaf Scholz;Abdel Fattah el-Sisi/*/*", "visit/occurred/2022-11-07/Emmanuel Macron;Abdel Fattah el-Sisi/*/*"}},
        /* near-misses: a delegation received together; the list the subjects of a verb with an object
         * pronoun; subjects after the verb joined by و; a meeting said to be of three; a noun on
         * مع; members of a delegation after ضم; guests who visit together (اللذين) */
        {"2025-12-03T10:00:00+03:00", "استقبل الرئيس الروسي فلاديمير بوتين أمس في الكرملين المبعوث الأمريكي ستيف ويتكوف وجاريد كوشنر.",
         {"visit/occurred/2025-12-02/Steve Witkoff;Vladimir Putin;Jared Kushner/*/*", NULL}},
        {"2024-12-07T10:00:00+03:00", "وكان الرئيس الصيني شي جين بينغ قد زار الرياض في 7 ديسمبر 2022، حيث استقبله الملك سلمان وولي العهد الأمير محمد بن سلمان.",
         {"visit/occurred/2022-12-07/Xi Jinping;King Salman;Mohammed bin Salman/Riyadh/*", NULL}},
        {"2022-07-19T20:00:00+03:00", "التقى الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين والرئيس الإيراني إبراهيم رئيسي اليوم في طهران.",
         {"meeting/occurred/2022-07-19/Recep Tayyip Erdogan;Vladimir Putin;Ebrahim Raisi/Tehran/*", NULL}},
        {"2025-12-06T10:00:00-05:00", "التقت رئيسة المكسيك كلاوديا شينباوم أمس في واشنطن الرئيس الأمريكي دونالد ترامب ورئيس الوزراء الكندي مارك كارني في لقاء ثلاثي.",
         {"meeting/occurred/2025-12-05/Claudia Sheinbaum;Donald Trump;Mark Carney/Washington, D.C./*", NULL}},
        {"2024-04-08T10:00:00+02:00", "عقد الرئيس عبد الفتاح السيسي اليوم اجتماعا مع الرئيس الفرنسي إيمانويل ماكرون والعاهل الأردني الملك عبد الله الثاني.",
         {"meeting/occurred/2024-04-08/Abdel Fattah el-Sisi;Emmanuel Macron;King Abdullah II/*/*", NULL}},
        {"2024-03-18T10:00:00+02:00", "وكانت رئيسة المفوضية الأوروبية أورسولا فون دير لاين قد زارت القاهرة أمس على رأس وفد ضم رئيسة الوزراء الإيطالية جورجيا ميلوني ورئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس.",
         {"visit/occurred/2024-03-17/Ursula von der Leyen;Giorgia Meloni;Kyriakos Mitsotakis/Cairo/*", NULL}},
        {"2024-11-22T10:00:00+01:00", "حل الرئيس الصيني شي جين بينغ أمس بالدار البيضاء في زيارة قصيرة، حيث كان في استقباله ولي العهد الأمير مولاي الحسن، ورئيس الحكومة عزيز أخنوش.",
         {"visit/occurred/2024-11-21/Xi Jinping;Moulay Hassan;Aziz Akhannouch/Casablanca/*", NULL}},
        {"2023-11-24T10:00:00+02:00", "التقى الرئيس عبد الفتاح السيسي اليوم رئيس الوزراء الإسباني بيدرو سانشيز ورئيس الوزراء البلجيكي ألكسندر دي كرو، اللذين يزوران مصر.",
         {"meeting/occurred/2023-11-24/Abdel Fattah el-Sisi;Pedro Sánchez;Alexander De Croo/*/*", NULL}},
        /* … nor those a verb of gathering with the subject's pronoun names */
        {"2005-01-10T08:00:00+03:00", "اقترح الرئيس علي عبدالله صالح عقد قمة في الخرطوم الشهر المقبل تجمعه بالرئيس عمر البشير ورئيس الوزراء الإثيوبي ملس زيناوي.",
         {"meeting/proposed/2005-02/Ali Abdullah Saleh;Omar al-Bashir;Meles Zenawi/Khartoum/*", NULL}},
        /* … and a summit's guests after بمشاركة, its host the one named before it */
        {"2023-08-05T10:00:00-03:00", "يستضيف الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا، الثلاثاء المقبل، قمة إقليمية بمشاركة الرئيس الكولومبي غوستافو بيترو والرئيس البوليفي لويس آرسي.",
         {"meeting/planned/2023-08-08/Luiz Inácio Lula da Silva;Gustavo Petro;Luis Arce/*/*", NULL}},
        {"2022-07-09T18:00:00+03:00", "ويشارك الرئيس الأمريكي جو بايدن السبت المقبل في قمة تستضيفها جدة بمشاركة الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني.",
         {"meeting/planned/2022-07-16/Joe Biden;Abdel Fattah el-Sisi;King Abdullah II/Jeddah/*", NULL}},
    };
    RUN(cs);
}

/* EV-2: persons a clause of their own adds after the contact's clause — one more on و, those
 * it was held with the participation of (بمشاركة) — and a definite noun framing another fact
 * after it is the contact told before (EV-10), also inside a clause (EV-1). */
static void test_ev2_joined(void **state)
{
    (void)state;
    static const vcase cs[] = {
        {"2019-01-28T18:00:00+02:00", "التقى الرئيس عبد الفتاح السيسي اليوم رئيس الوزراء الإثيوبي آبي أحمد، والرئيس السوداني عمر البشير.",
         {"meeting/occurred/2019-01-28/Abdel Fattah el-Sisi;Abiy Ahmed/*/*", "meeting/occurred/2019-01-28/Abdel Fattah el-Sisi;Omar al-Bashir/*/*"}},
        /* … and each such clause after it, its honorifics before الشيخ */
        {"2024-04-10T16:00:00+03:00", "تلقى الملك حمد بن عيسى آل خليفة ملك البلاد المعظم، اليوم، اتصالات هاتفية من أخيه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، وأخيه صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس دولة الإمارات العربية المتحدة، وأخيه حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر.",
         {"call/occurred/2024-04-10/King Salman;Hamad bin Isa Al Khalifa/*/*", "call/occurred/2024-04-10/Mohamed bin Zayed Al Nahyan;Hamad bin Isa Al Khalifa/*/*",
          "call/occurred/2024-04-10/Tamim bin Hamad Al Thani;Hamad bin Isa Al Khalifa/*/*"}},
        /* near-miss: one named past a verb after the و, الشيخ before his name, attends */
        {"2024-04-10T16:00:00+03:00", "استقبل الملك حمد بن عيسى آل خليفة اليوم الرئيس عبد الفتاح السيسي، وحضر الاستقبال الشيخ محمد بن زايد آل نهيان.",
         {"visit/occurred/2024-04-10/Abdel Fattah el-Sisi;Hamad bin Isa Al Khalifa/*/*", NULL}},
        /* near-miss: a call's list ordered by ثم is no call of three */
        {"2025-08-11T09:00:00+01:00", "تحدث رئيس الوزراء البريطاني كير ستارمر هاتفيا، مساء الأحد، مع الرئيس الفرنسي إيمانويل ماكرون، ثم مع المستشار الألماني فريدريش ميرتس.",
         {"call/occurred/2025-08-10/Keir Starmer;Emmanuel Macron/*/*", NULL}},
        /* near-miss: the clause on و is a verb's, its subject after it */
        {"2019-01-28T18:00:00+02:00", "التقى الرئيس عبد الفتاح السيسي اليوم رئيس الوزراء الإثيوبي آبي أحمد، وأكد الرئيس السوداني عمر البشير دعمه للاتفاق.",
         {"meeting/occurred/2019-01-28/Abdel Fattah el-Sisi;Abiy Ahmed/*/*", NULL}},
        {"2020-12-31T10:00:00+01:00", "عقدت المستشارة الألمانية أنغيلا ميركل أمس اجتماعا عبر الفيديو مع الرئيس الصيني شي جين بينغ، بمشاركة رئيسة المفوضية الأوروبية أورسولا فون دير لاين ورئيس المجلس الأوروبي شارل ميشال. وأعلن الجانبان في ختام الاجتماع التوصل إلى اتفاق مبدئي.",
         {"video_call/occurred/2020-12-30/Angela Merkel;Xi Jinping;Ursula von der Leyen;Charles Michel/null/*", NULL}},
        /* near-miss: one of a party's own country after بمشاركة attends */
        {"2019-01-28T18:00:00+02:00", "استقبل الرئيس عبد الفتاح السيسي اليوم رئيس الوزراء الإثيوبي آبي أحمد، بمشاركة رئيس الوزراء مصطفى مدبولي.",
         {"visit/occurred/2019-01-28/Abiy Ahmed;Abdel Fattah el-Sisi/*/*", NULL}},
        /* the summit it was held at, in a clause of its own on في that says it was of several or
         * hosted: who it names there takes part; near-misses: a summit that names no one, one
         * another chairs */
        {"2022-07-07T10:00:00+03:00", "التقى الرئيس الرواندي بول كاغامي ونظيره الكونغولي فيليكس تشيسيكيدي، أمس الأربعاء، في لواندا، في قمة ثلاثية استضافها الرئيس الأنغولي جواو لورينسو.",
         {"meeting/occurred/2022-07-06/Paul Kagame;Félix Tshisekedi;João Lourenço/Luanda/*", NULL}},
        {"2022-03-07T10:00:00+03:00", "ومن المقرر أن يلتقي وزيرا خارجية روسيا سيرغي لافروف وأوكرانيا دميترو كوليبا الخميس في أنطاليا، في اجتماع ثلاثي يضم أيضا وزير الخارجية التركي مولود جاويش أوغلو.",
         {"meeting/planned/2022-03-10/Sergey Lavrov;Dmytro Kuleba;Mevlut Cavusoglu/Antalya/*", NULL}},
        {"2022-07-07T10:00:00+03:00", "التقى الرئيس الرواندي بول كاغامي ونظيره الكونغولي فيليكس تشيسيكيدي، أمس الأربعاء، في قمة ثلاثية استضافتها لواندا.",
         {"meeting/occurred/2022-07-06/Paul Kagame;Félix Tshisekedi/Luanda/*", NULL}},
        {"2022-11-15T10:00:00+03:00", "التقى الرئيس الأمريكي جو بايدن نظيره الصيني شي جين بينغ، أمس الاثنين، في قمة مجموعة العشرين التي يرأسها الرئيس الإندونيسي جوكو ويدودو.",
         {"meeting/occurred/2022-11-14/Joe Biden;Xi Jinping/*/*", NULL}},
        /* a gathering a party attends, after a contact told before it, is no contact of its
         * own: the visit; near-miss: one attended told alone */
        {"2024-05-29", "أجرى الرئيس الصيني شي جين بينغ اليوم محادثات مع الرئيس عبد الفتاح السيسي، الذي يقوم بزيارة دولة إلى الصين ويحضر حفل افتتاح الاجتماع الوزاري العاشر لمنتدى التعاون الصيني العربي.",
         {"visit/occurred/2024-05-29/Abdel Fattah el-Sisi;Xi Jinping/*/*", NULL}},
        {"2024-05-29", "يحضر الرئيس عبد الفتاح السيسي اليوم حفل افتتاح الاجتماع الوزاري مع الرئيس الصيني شي جين بينغ في بكين.",
         {"visit/occurred/2024-05-29/Abdel Fattah el-Sisi;Xi Jinping/Beijing/*", NULL}},
        /* a contact named as one told, the object of the verb after قبل أن with no one named,
         * is that one again: its date no contact's; near-miss: one naming its own party */
        {"2017-11-24", "ومن المقرر أن يلتقي البشير اليوم الجمعة في موسكو رئيس الوزراء الروسي دميتري ميدفيديف، قبل أن يختتم زيارته غداً السبت.",
         {"visit/planned/2017-11-24/Omar al-Bashir;Dmitry Medvedev/Moscow/*", NULL}},
        {"2017-11-24", "التقى البشير اليوم الجمعة في موسكو رئيس الوزراء الروسي دميتري ميدفيديف، قبل أن يجري مباحثاته مع الرئيس فلاديمير بوتين غدا السبت.",
         {"visit/occurred/2017-11-24/Omar al-Bashir;Dmitry Medvedev/Moscow/*", "talks/planned/2017-11-25/Omar al-Bashir;Vladimir Putin/*/*", NULL}},
        /* a contact after قبيل/بعد in the clause of one told before it is its time: the persons
         * it names take no part; near-miss: one it names without a person of its own, which
         * dates it (EV-5's scene) */
        {"2019-01-10", "التقى كيم جونغ أون الرئيس شي في بكين قبيل قمته الثانية مع الرئيس الأميركي دونالد ترامب.",
         {"visit/occurred/null/Kim Jong Un;Xi Jinping/Beijing/*", NULL}},
        {"2022-02-08", "التقى ماكرون بوتين قبل لقائه مع زيلينسكي.",
         {"meeting/occurred/null/Emmanuel Macron;Vladimir Putin/*/*", NULL}},
        /* the contact told before, as the time of one after it in its clause; near-miss: of a statement */
        {"2025-12-06T10:00:00-05:00", "التقت رئيسة المكسيك كلاوديا شينباوم أمس في واشنطن الرئيس الأمريكي دونالد ترامب ورئيس الوزراء الكندي مارك كارني في لقاء ثلاثي. وعقدت شينباوم عقب اللقاء الثلاثي اجتماعا منفصلا مع كارني.",
         {"meeting/occurred/2025-12-05/Claudia Sheinbaum;Donald Trump;Mark Carney/Washington, D.C./*", "meeting/occurred/*/Claudia Sheinbaum;Mark Carney/*/*", NULL}},
        /* … a contact in construct with a day (مكالمة الأمس) too, before a verb's contact; and a
         * plan told in the future takes no day of a heading before publication */
        {"2025-10-17T12:00:00+03:00", "أجرى الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب أمس اتصالا هاتفيا.\\n\\n15 أغسطس: قمة في أنكوريج.\\nوأعلن ترامب عقب مكالمة الأمس أن الرئيسين سيلتقيان قريبا في بودابست.",
         {"call/occurred/2025-10-16/*/*/*", "meeting/occurred/2025-08-15/*/Anchorage/*", "meeting/planned/null/*/Budapest/*"}},
        {"2025-12-06T10:00:00-05:00", "التقت رئيسة المكسيك كلاوديا شينباوم أمس في واشنطن الرئيس الأمريكي دونالد ترامب ورئيس الوزراء الكندي مارك كارني في لقاء ثلاثي. وقالت شينباوم عقب اللقاء الثلاثي إن كارني شريك مهم.",
         {"meeting/occurred/2025-12-05/Claudia Sheinbaum;Donald Trump;Mark Carney/Washington, D.C./*", NULL}},
        /* … also after في ختام (ختام both a word of time and of a course) */
        {"2024-10-30T12:00:00+03:00", "ووجه الرئيس الفرنسي إيمانويل ماكرون في ختام الزيارة دعوة إلى الملك محمد السادس لزيارة باريس.",
         {"visit/proposed/null/King Mohammed VI;Emmanuel Macron/Paris/*", NULL}},
    };
    RUN(cs);
}

/* EV-2: a contact of one with several others said to be apart is one contact with each. */
static void test_ev2_apart(void **state)
{
    (void)state;
    static const vcase cs[] = {
        {"2024-10-23T09:00:00+03:00", "وكان الرئيس الروسي فلاديمير بوتين قد التقى أمس الثلاثاء الرئيس الصيني شي جين بينغ ورئيس الوزراء الهندي ناريندرا مودي في لقاءين منفصلين.",
         {"meeting/occurred/2024-10-22/Vladimir Putin;Xi Jinping/*/*", "meeting/occurred/2024-10-22/Vladimir Putin;Narendra Modi/*/*"}},
        /* a reception: each guest the initiator of his own visit */
        {"2024-10-23T09:00:00+03:00", "استقبل الرئيس عبد الفتاح السيسي اليوم، كلا على حدة، الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس.",
         {"visit/occurred/2024-10-23/Emmanuel Macron;Abdel Fattah el-Sisi/*/*", "visit/occurred/2024-10-23/Olaf Scholz;Abdel Fattah el-Sisi/*/*"}},
        {"2024-10-23T09:00:00+03:00", "التقى الرئيس الفرنسي إيمانويل ماكرون اليوم بشكل منفصل الرئيس اللبناني جوزاف عون ورئيس مجلس النواب نبيه بري.",
         {"meeting/occurred/2024-10-23/Emmanuel Macron;Joseph Aoun/*/*", "meeting/occurred/2024-10-23/Emmanuel Macron;Nabih Berri/*/*"}},
        /* bilateral (ثنائية) after a plural contact noun says so too; near-miss: a bilateral
         * meeting of two with company */
        {"2023-09-10", "عقد رئيس الوزراء الهندي ناريندرا مودي، السبت، لقاءات ثنائية مع كل من ريشي سوناك وجورجيا ميلوني وفوميو كيشيدا على هامش قمة العشرين في نيودلهي.",
         {"meeting/occurred/2023-09-09/Narendra Modi;Rishi Sunak/New Delhi/*", "meeting/occurred/2023-09-09/Narendra Modi;Giorgia Meloni/New Delhi/*",
          "meeting/occurred/2023-09-09/Narendra Modi;Fumio Kishida/New Delhi/*"}},
        {"2023-09-10", "عقد ناريندرا مودي وريشي سوناك، السبت، لقاء ثنائيا بحضور وزير الخارجية سوبرامانيام جايشانكار.",
         {"meeting/occurred/2023-09-09/Narendra Modi;Rishi Sunak/*/*", NULL}},
        /* near-misses: no such word, envoys met together, one meeting of three; the word in a later
         * contact's clause */
        {"2024-10-23T09:00:00+03:00", "التقى الرئيس الفرنسي إيمانويل ماكرون اليوم المبعوث الأمريكي ستيف ويتكوف وجاريد كوشنر.",
         {"meeting/occurred/2024-10-23/Emmanuel Macron;Steve Witkoff;Jared Kushner/*/*", NULL}},
        {"2025-01-18T09:00:00+03:00", "عقد الرئيس الفرنسي إيمانويل ماكرون والرئيس اللبناني جوزاف عون أمس لقاء ثلاثيا ضم رئيس الحكومة المكلف نواف سلام، ثم التقى ماكرون كلا على حدة رئيس مجلس النواب نبيه بري.",
         {"meeting/occurred/2025-01-17/Emmanuel Macron;Joseph Aoun;Nawaf Salam/*/*", "meeting/occurred/*/Emmanuel Macron;Nabih Berri/*/*"}},
    };
    RUN(cs);
}

/* EV-5: a sentence that opens in the scene told before (على هامش القمة، عقب اللقاء، في وقت
 * لاحق، كما before its verb) takes that scene's day, and on the sidelines its place. */
static void test_ev5_scene(void **state)
{
    (void)state;
    static const vcase cs[] = {
        /* the summit names no two persons: its sentence only sets the scene */
        {"2023-05-19T20:00:00+03:00",
         "انطلقت في جدة اليوم أعمال القمة العربية الثانية والثلاثين.\\n\\nوعلى هامش القمة، التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الأوكراني فولوديمير زيلينسكي.",
         {"meeting/occurred/2023-05-19/Mohammed bin Salman;Volodymyr Zelenskyy/Jeddah/*"}},
        /* right after a contact: its day, not its place (a call) */
        {"2023-06-12T10:00:00+01:00",
         "استقبل الرئيس قيس سعيد، أمس الأحد بقصر قرطاج، رئيسة الوزراء الإيطالية جورجيا ميلوني.\\n\\nوعقب اللقاء، أجرت ميلوني اتصالاً هاتفياً بالرئيس الفرنسي إيمانويل ماكرون.",
         {"visit/occurred/2023-06-11/Giorgia Meloni;Kais Saied/*/*", "call/occurred/2023-06-11/Giorgia Meloni;Emmanuel Macron/null/*"}},
        /* an earlier day told between is background: the scene stays */
        {"2023-06-12T10:00:00+01:00",
         "استقبل الرئيس قيس سعيد، أمس الأحد بقصر قرطاج، رئيسة الوزراء الإيطالية جورجيا ميلوني.\\n\\nوجاءت الزيارة بعد زيارة أولى يوم الثلاثاء الماضي.\\n\\nوعقب اللقاء، أجرت ميلوني اتصالاً هاتفياً بالرئيس الفرنسي إيمانويل ماكرون.",
         {"visit/occurred/2023-06-11/Giorgia Meloni;Kais Saied/*/*", "call/occurred/2023-06-11/Giorgia Meloni;Emmanuel Macron/null/*"}},
        /* … and so is a plan's day after it: one told likewise took place on the scene's day;
         * near-miss: a plan told first sets the scene */
        {"2025-03-10T10:00:00+03:00",
         "التقى ناريندرا مودي أمس في ريو دي جانيرو الرئيس لولا دا سيلفا.\\n\\nومن المقرر أن يتوجه مودي غداً إلى برازيليا في زيارة يستقبله خلالها لولا.\\n\\nكما عقد مودي لقاءً منفصلاً مع أنور إبراهيم.",
         {"visit/occurred/2025-03-09/Narendra Modi;Luiz Inácio Lula da Silva/*/*", "visit/planned/2025-03-11/Narendra Modi;Luiz Inácio Lula da Silva/Brasilia/*",
          "meeting/occurred/2025-03-09/Narendra Modi;Anwar Ibrahim/*/*"}},
        {"2025-03-10T10:00:00+03:00",
         "من المقرر أن يتوجه مودي غداً إلى برازيليا في زيارة يستقبله خلالها الرئيس البرازيلي لولا دا سيلفا.\\n\\nكما يلتقي مودي رئيس الوزراء الماليزي أنور إبراهيم.",
         {"visit/planned/2025-03-11/Narendra Modi;Luiz Inácio Lula da Silva/Brasilia/*", "meeting/planned/2025-03-11/Narendra Modi;Anwar Ibrahim/*/*"}},
        /* في وقت لاحق، في أعقاب ذلك، في ختام اللقاء, also with و (وفي is one token); near-miss: في وقت
         * سابق */
        {"2025-05-25T12:00:00+03:00",
         "استقبل الرئيس أحمد الشرع اليوم في دمشق وزير الخارجية التركي هاكان فيدان.\\n\\nوفي وقت لاحق، عقد وزير الخارجية أسعد الشيباني ونظيره فيدان جلسة مباحثات موسعة.",
         {"visit/occurred/2025-05-25/Hakan Fidan;Ahmed al-Sharaa/*/*", "visit/occurred/2025-05-25/Hakan Fidan;Asaad al-Shaibani/*/*"}},
        {"2025-05-25T12:00:00+03:00",
         "استقبل الرئيس أحمد الشرع اليوم في دمشق وزير الخارجية التركي هاكان فيدان.\\n\\nوفي أعقاب ذلك، التقى فيدان وزير الخارجية أسعد الشيباني.",
         {"visit/occurred/2025-05-25/Hakan Fidan;Ahmed al-Sharaa/*/*", "visit/occurred/2025-05-25/Hakan Fidan;Asaad al-Shaibani/*/*"}},
        {"2025-05-25T12:00:00+03:00",
         "استقبل الرئيس أحمد الشرع اليوم في دمشق وزير الخارجية التركي هاكان فيدان.\\n\\nوفي وقت سابق، التقى فيدان وزير الخارجية أسعد الشيباني.",
         {"visit/occurred/2025-05-25/Hakan Fidan;Ahmed al-Sharaa/*/*", "meeting/occurred/null/Hakan Fidan;Asaad al-Shaibani/*/*"}},
        /* … and, for a contact in person, بعد ذلك in its first clause, alone or a few hours
         * after it, and قبل ذلك a few hours before; near-misses: بعد ذلك بأيام, قبل ذلك alone */
        {"2023-02-15T12:00:00+03:00",
         "التقى وزير الخارجية الأردني أيمن الصفدي الرئيس بشار الأسد في دمشق اليوم الأربعاء.\\n\\nوعقد الصفدي بعد ذلك جلسة مباحثات مع نظيره السوري فيصل المقداد.",
         {"visit/occurred/2023-02-15/Ayman Safadi;Bashar al-Assad/Damascus/*", "visit/occurred/2023-02-15/Ayman Safadi;Faisal Mekdad/Damascus/*"}},
        {"2016-10-22T12:00:00+03:00",
         "استقبل العماد ميشال عون الرئيس سعد الحريري أمس في الرابية.\\n\\nوكان الحريري قد التقى قبل ذلك بساعات رئيس مجلس النواب نبيه بري في عين التينة.",
         {"visit/occurred/2016-10-21/*/*/*", "meeting/occurred/2016-10-21/Saad Hariri;Nabih Berri/*/*"}},
        {"2023-02-15T12:00:00+03:00",
         "التقى وزير الخارجية الأردني أيمن الصفدي الرئيس بشار الأسد في دمشق اليوم الأربعاء.\\n\\nوعقد الصفدي بعد ذلك بأيام جلسة مباحثات مع نظيره السوري فيصل المقداد.",
         {"visit/occurred/2023-02-15/*/*/*", "talks/occurred/null/Ayman Safadi;Faisal Mekdad/*/*"}},
        {"2023-02-15T12:00:00+03:00",
         "التقى وزير الخارجية الأردني أيمن الصفدي الرئيس بشار الأسد في دمشق اليوم الأربعاء.\\n\\nوعقد الصفدي قبل ذلك جلسة مباحثات مع نظيره السوري فيصل المقداد.",
         {"visit/occurred/2023-02-15/*/*/*", "talks/occurred/null/Ayman Safadi;Faisal Mekdad/*/*"}},
        /* … and a part of the day with no day of its own in its first clause (صباحا، مساء، بعد
         * الظهر) */
        {"2025-06-19T18:00:00+03:00",
         "التقى الرئيس جوزاف عون اليوم في قصر بعبدا الموفد الأميركي توم باراك.\\n\\nوكان باراك قد استهل لقاءاته صباحا في عين التينة، حيث اجتمع إلى رئيس مجلس النواب نبيه بري.",
         {"meeting/occurred/2025-06-19/Joseph Aoun;Tom Barrack/*/*", "meeting/occurred/2025-06-19/Tom Barrack;Nabih Berri/*/*"}},
        /* … and فقد before the contact's verb, the detail of one summed up before; and ومن and a
         * place before a verb of going on */
        {"2023-10-21T18:00:00+03:00",
         "التقى الرئيس عبد الفتاح السيسي اليوم السبت الرئيس الفلسطيني محمود عباس بالعاصمة الإدارية الجديدة.\\n\\nفقد التقى الرئيس السيسي العاهل الأردني الملك عبدالله الثاني.",
         {"visit/occurred/2023-10-21/*/*/*", "visit/occurred/2023-10-21/King Abdullah II;Abdel Fattah el-Sisi/New Administrative Capital/*"}},
        {"2019-03-22T18:00:00+03:00",
         "التقى الرئيس ميشال عون اليوم في قصر بعبدا وزير الخارجية الأميركي مايك بومبيو.\\n\\nومن بعبدا انتقل بومبيو إلى عين التينة، حيث التقى رئيس مجلس النواب نبيه بري.",
         {"visit/occurred/2019-03-22/*/*/*", "visit/occurred/2019-03-22/Mike Pompeo;Nabih Berri/*/*"}},
        /* … and one told so after a scene on the sidelines of a gathering is on its sidelines
         * too: a meeting, not a visit to the host (EV-3) */
        {"2019-02-24T18:00:00+02:00",
         "التقى الرئيس عبد الفتاح السيسي اليوم المستشارة الألمانية أنجيلا ميركل على هامش القمة العربية الأوروبية في شرم الشيخ.\\n\\nكما التقى الرئيس رئيسة الوزراء البريطانية تيريزا ماي.",
         {"meeting/occurred/2019-02-24/*/Sharm el-Sheikh/*", "meeting/occurred/2019-02-24/Abdel Fattah el-Sisi;Theresa May/Sharm el-Sheikh/*"}},
        /* … and على الأثر (thereupon) opening the sentence */
        {"2022-10-12T07:00:00+03:00",
         "تلقى الرئيس ميشال عون، مساء أمس، اتصالاً هاتفياً من الوسيط الأميركي آموس هوكشتاين.\\n\\nوعلى الأثر، عقد عون اجتماعاً في قصر بعبدا مع رئيس مجلس النواب نبيه بري ورئيس الحكومة نجيب ميقاتي.",
         {"call/occurred/2022-10-11/Amos Hochstein;Michel Aoun/*/*", "meeting/occurred/2022-10-11/Michel Aoun;Nabih Berri;Najib Mikati/*/*"}},
        /* … في وقت لاحق past the verb and its subject in the first clause too; near-miss: in a
         * later clause, which tells what else happened */
        {"2025-05-25T12:00:00+03:00",
         "استقبل الرئيس أحمد الشرع اليوم في دمشق وزير الخارجية التركي هاكان فيدان.\\n\\nوالتقى فيدان في وقت لاحق وزير الخارجية أسعد الشيباني.",
         {"visit/occurred/2025-05-25/Hakan Fidan;Ahmed al-Sharaa/*/*", "visit/occurred/2025-05-25/Hakan Fidan;Asaad al-Shaibani/*/*"}},
        {"2025-05-25T12:00:00+03:00",
         "استقبل الرئيس أحمد الشرع اليوم في دمشق وزير الخارجية التركي هاكان فيدان.\\n\\nوالتقى فيدان وزير الخارجية أسعد الشيباني، وأعلنت الوزارة في وقت لاحق نتائج اللقاء.",
         {"visit/occurred/2025-05-25/Hakan Fidan;Ahmed al-Sharaa/*/*", "meeting/occurred/null/Hakan Fidan;Asaad al-Shaibani/*/*"}},
        {"2023-06-12T10:00:00+01:00",
         "التقى الرئيس قيس سعيد، أمس الأحد، رئيسة الوزراء الإيطالية جورجيا ميلوني.\\n\\nوفي ختام اللقاء، أجرت ميلوني اتصالاً هاتفياً بالرئيس الفرنسي إيمانويل ماكرون.",
         {"meeting/occurred/2023-06-11/Kais Saied;Giorgia Meloni/*/*", "call/occurred/2023-06-11/Giorgia Meloni;Emmanuel Macron/null/*"}},
        /* … and after بعد and the end of what was told (بعد انتهاء المكالمة); near-miss: بعد
         * and the contact alone, which may be days later */
        {"2023-10-19T08:00:00+03:00",
         "أجرى الرئيس الأميركي جو بايدن أمس اتصالاً هاتفياً بالرئيس المصري عبد الفتاح السيسي.\\n\\nوبعد انتهاء المكالمة بقليل، اتصل بايدن بالرئيس الفلسطيني محمود عباس.",
         {"call/occurred/2023-10-18/*/*/*", "call/occurred/2023-10-18/Joe Biden;Mahmoud Abbas/*/*", NULL}},
        {"2023-10-19T08:00:00+03:00",
         "أجرى الرئيس الأميركي جو بايدن أمس اتصالاً هاتفياً بالرئيس المصري عبد الفتاح السيسي.\\n\\nوبعد المكالمة، اتصل بايدن بالرئيس الفلسطيني محمود عباس.",
         {"call/occurred/2023-10-18/*/*/*", "call/occurred/null/Joe Biden;Mahmoud Abbas/*/*", NULL}},
        /* … and one told after its word (عقب الاجتماع, at its clause's end); near-miss: بعد alone */
        {"2025-08-19T09:00:00+03:00",
         "استقبل الرئيس الأميركي دونالد ترامب نظيره الأوكراني فولوديمير زيلينسكي في البيت الأبيض أمس الاثنين. وقال ترامب إنه اتصل بالرئيس الروسي فلاديمير بوتين عقب الاجتماع.",
         {"visit/occurred/2025-08-18/*/*/*", "call/occurred/2025-08-18/Donald Trump;Vladimir Putin/null/*", NULL}},
        {"2025-08-19T09:00:00+03:00",
         "استقبل الرئيس الأميركي دونالد ترامب نظيره الأوكراني فولوديمير زيلينسكي في البيت الأبيض أمس الاثنين. واتصل ترامب بالرئيس الروسي فلاديمير بوتين بعد انتهاء الاجتماع.",
         {"visit/occurred/2025-08-18/*/*/*", "call/occurred/2025-08-18/Donald Trump;Vladimir Putin/null/*", NULL}},
        {"2025-08-19T09:00:00+03:00",
         "استقبل الرئيس الأميركي دونالد ترامب نظيره الأوكراني فولوديمير زيلينسكي في البيت الأبيض أمس الاثنين. وقال ترامب إنه اتصل بالرئيس الروسي فلاديمير بوتين بعد الاجتماع.",
         {"visit/occurred/2025-08-18/*/*/*", "call/occurred/null/Donald Trump;Vladimir Putin/null/*", NULL}},
        /* … and an invitation takes no day from a date heading a sentence before it (its visit is
         * to come) */
        {"2023-11-12T09:00:00+03:00",
         "وفي 12 أكتوبر الماضي، تلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس الإيراني إبراهيم رئيسي. وكان العاهل السعودي الملك سلمان قد وجّه في يونيو الماضي دعوة رسمية إلى رئيسي لزيارة الرياض.",
         {"call/occurred/2023-10-12/*/*/*", "visit/proposed/null/Ebrahim Raisi;King Salman/Riyadh/*", NULL}},
        /* near-miss: an invitation made there is to a visit still to come, not on that day */
        {"2024-02-20T15:10:00+02:00",
         "استقبل الرئيس عبد الفتاح السيسي، اليوم الثلاثاء، الرئيس القبرصي نيكوس خريستودوليدس بقصر الاتحادية.\\n\\nوفي ختام المباحثات، وجه الرئيس القبرصي الدعوة للرئيس السيسي لزيارة نيقوسيا.",
         {"visit/occurred/2024-02-20/Nikos Christodoulides;Abdel Fattah el-Sisi/*/*", "visit/proposed/null/Abdel Fattah el-Sisi;Nikos Christodoulides/Nicosia/*", NULL}},
        /* near-miss: no such opening, no day */
        {"2023-06-12T10:00:00+01:00",
         "استقبل الرئيس قيس سعيد، أمس الأحد بقصر قرطاج، رئيسة الوزراء الإيطالية جورجيا ميلوني.\\n\\nوأجرت ميلوني اتصالاً هاتفياً بالرئيس الفرنسي إيمانويل ماكرون.",
         {"visit/occurred/2023-06-11/Giorgia Meloni;Kais Saied/*/*", "call/occurred/null/Giorgia Meloni;Emmanuel Macron/null/*"}},
        /* one told likewise (كما before its verb) on the scene's day is at its place; near-miss: a
         * call is at none */
        {"2024-03-08T09:00:00+04:00",
         "التقى السيد بدر بن حمد البوسعيدي وزير الخارجية، أول أمس في القاهرة، أحمد أبو الغيط الأمين العام لجامعة الدول العربية.\\n\\nكما التقى معاليه وزير الخارجية المصري سامح شكري.",
         {"meeting/occurred/2024-03-06/Badr Albusaidi;Ahmed Aboul Gheit/Cairo/*", "visit/occurred/2024-03-06/Badr Albusaidi;Sameh Shoukry/Cairo/*"}},
        {"2024-03-08T09:00:00+04:00",
         "التقى السيد بدر بن حمد البوسعيدي وزير الخارجية، أول أمس في القاهرة، أحمد أبو الغيط الأمين العام لجامعة الدول العربية.\\n\\nكما أجرى معاليه اتصالا هاتفيا بوزير الخارجية المصري سامح شكري.",
         {"meeting/occurred/2024-03-06/Badr Albusaidi;Ahmed Aboul Gheit/Cairo/*", "call/occurred/*/Badr Albusaidi;Sameh Shoukry/null/*"}},
        {"2024-03-08T09:00:00+04:00",
         "التقى السيد بدر بن حمد البوسعيدي وزير الخارجية، أول أمس في القاهرة، أحمد أبو الغيط الأمين العام لجامعة الدول العربية.\\n\\nكما عقد معاليه جلسة مباحثات مع وزير الخارجية المصري سامح شكري.",
         {"meeting/occurred/2024-03-06/Badr Albusaidi;Ahmed Aboul Gheit/Cairo/*", "visit/occurred/2024-03-06/Badr Albusaidi;Sameh Shoukry/Cairo/*"}},
        /* EV-7: who arrived in a place, told of him alone, is there for a contact of his told
         * after it, and a later sentence may drop him as its subject (EV-2); near-misses: a contact
         * of others, and thanks "directed to" someone (توجه بالشكر إلى) */
        {"2022-08-24T16:00:00+03:00",
         "وصل رئيس الوزراء الباكستاني شهباز شريف، الثلاثاء، إلى الدوحة في زيارة رسمية.\\n\\nواستقبل أمير قطر الشيخ تميم بن حمد آل ثاني، اليوم الأربعاء، شريف في قصر البحر.",
         {"visit/occurred/2022-08-24/Shehbaz Sharif;Tamim bin Hamad Al Thani/Doha/*"}},
        {"2023-06-15T10:00:00+01:00",
         "وصل الرئيس عبد المجيد تبون إلى موسكو في زيارة دولة.\\n\\nوالتقى اليوم الخميس رئيس الوزراء الروسي ميخائيل ميشوستين.",
         {"visit/occurred/2023-06-15/Abdelmadjid Tebboune;Mikhail Mishustin/Moscow/*"}},
        {"2023-06-15T10:00:00+01:00",
         "وصل الرئيس عبد المجيد تبون إلى موسكو في زيارة دولة.\\n\\nوالتقى وزير الخارجية أحمد عطاف اليوم نظيره الفرنسي.",
         {"meeting/occurred/2023-06-15/Ahmed Attaf;Catherine Colonna/null/*"}},
        {"2023-06-15T10:00:00+01:00",
         "توجه الرئيس عبد المجيد تبون بالشكر إلى الجزائريين.\\n\\nوالتقى اليوم الخميس رئيس الوزراء الروسي ميخائيل ميشوستين.",
         {NULL}},
        /* … and so is a visitor on the day of his visit; near-misses: another day, others' contact */
        {"2020-08-25T16:00:00+03:00",
         "وصل وزير الخارجية الأمريكي مايك بومبيو اليوم إلى الخرطوم، حيث التقى رئيس الوزراء عبد الله حمدوك. كما التقى بومبيو رئيس مجلس السيادة عبد الفتاح البرهان.",
         {"visit/occurred/2020-08-25/Mike Pompeo;Abdalla Hamdok/Khartoum/*", "visit/occurred/2020-08-25/Mike Pompeo;Abdel Fattah al-Burhan/Khartoum/*"}},
        {"2020-08-25T16:00:00+03:00",
         "وصل وزير الخارجية الأمريكي مايك بومبيو اليوم إلى الخرطوم، حيث التقى رئيس الوزراء عبد الله حمدوك. وكان بومبيو قد التقى أمس رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
         {"visit/occurred/2020-08-25/Mike Pompeo;Abdalla Hamdok/Khartoum/*", "meeting/occurred/2020-08-24/Mike Pompeo;Benjamin Netanyahu/null/*"}},
        {"2020-08-25T16:00:00+03:00",
         "وصل وزير الخارجية الأمريكي مايك بومبيو اليوم إلى الخرطوم، حيث التقى رئيس الوزراء عبد الله حمدوك. كما التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم رئيس الوزراء الإثيوبي آبي أحمد.",
         {"visit/occurred/2020-08-25/Mike Pompeo;Abdalla Hamdok/Khartoum/*", "meeting/occurred/2020-08-25/Benjamin Netanyahu;Abiy Ahmed/null/*"}},
        /* the day of a journey, in a clause before the contact's, is the contact's unless that
         * clause has a day of its own */
        {"2014-03-16T10:00:00-04:00", "يصل الرئيس محمود عباس إلى واشنطن اليوم الأحد، على أن يلتقي الرئيس الأمريكي باراك أوباما غدا الاثنين في البيت الأبيض.",
         {"visit/planned/2014-03-17/Mahmoud Abbas;Barack Obama/White House, Washington, D.C./*", NULL}},
        {"2014-03-16T10:00:00-04:00", "يصل الرئيس محمود عباس إلى واشنطن اليوم الأحد، على أن يلتقي الرئيس الأمريكي باراك أوباما في البيت الأبيض.",
         {"visit/planned/2014-03-16/Mahmoud Abbas;Barack Obama/White House, Washington, D.C./*", NULL}},
        /* the scene's place may be the city that names its summit, not one of what it is about */
        {"2025-10-13T20:00:00+02:00",
         "انطلقت، اليوم الاثنين، أعمال قمة شرم الشيخ للسلام لدعم اتفاق وقف الحرب في قطاع غزة.\\n\\nوعلى هامش القمة، عقد المستشار الألماني فريدريش ميرتس لقاء مع الرئيس الإندونيسي برابوو سوبيانتو.",
         {"meeting/occurred/2025-10-13/Friedrich Merz;Prabowo Subianto/Sharm el-Sheikh/*"}},
        /* on the sidelines of a gathering named again further on in the sentence (not its
         * opening): the gathering's day (nearest its word) and its city or country after في */
        {"2024-12-19T10:00:00+03:00",
         "استقبل الرئيس عبد الفتاح السيسي أمس الأربعاء الرئيس الإندونيسي برابوو سوبيانتو، الذي يزور مصر للمشاركة في القمة التي تنطلق اليوم في القاهرة. ومن المنتظر أن يلتقي الرئيس السيسي على هامش القمة الرئيس الإيراني مسعود بزشكيان.",
         {"visit/occurred/2024-12-18/Prabowo Subianto;Abdel Fattah el-Sisi/*/*", "meeting/planned/2024-12-19/Abdel Fattah el-Sisi;Masoud Pezeshkian/Cairo/*", NULL}},
        {"2023-12-10T11:00:00+03:00",
         "شارك الفريق أول عبد الفتاح البرهان أمس السبت في قمة إيغاد الاستثنائية في جيبوتي. وعقد البرهان على هامش القمة لقاء مع رئيس الوزراء الإثيوبي آبي أحمد.",
         {"meeting/occurred/2023-12-09/Abdel Fattah al-Burhan;Abiy Ahmed/Djibouti/*", NULL}},
        /* (a meeting or a session is a gathering too: "على هامش الاجتماع ذاته"، "الدورة العادية
         * لمجلس الجامعة") */
        {"2024-03-07T11:00:00+03:00",
         "شارك وزير الخارجية المغربي ناصر بوريطة أمس الأربعاء في اجتماع وزراء الخارجية العرب في القاهرة. والتقى بوريطة على هامش الاجتماع ذاته وزير الخارجية المصري سامح شكري.",
         {"meeting/occurred/2024-03-06/Nasser Bourita;Sameh Shoukry/Cairo/*", NULL}},
        {"2024-03-07T11:00:00+03:00",
         "التقى وزير الخارجية المغربي ناصر بوريطة أمس الأربعاء نظيره الموريتاني محمد سالم ولد مرزوك على هامش الدورة العادية لمجلس جامعة الدول العربية المنعقدة في القاهرة. وكان بوريطة قد التقى، على هامش الاجتماع ذاته، وزير الخارجية المصري سامح شكري.",
         {"meeting/occurred/2024-03-06/*/Cairo/*", "meeting/occurred/2024-03-06/Nasser Bourita;Sameh Shoukry/Cairo/*", NULL}},
        /* (its place with a day of its own, the gathering named again alone; near-miss: a
         * gathering named with words of its own, another one) */
        {"2023-07-10T23:30:00+03:00",
         "التقى الرئيس التركي رجب طيب أردوغان اليوم رئيس الوزراء السويدي أولف كريسترسون في فيلنيوس عشية قمة الناتو. ومن المنتظر أن يلتقي أردوغان الرئيس الأمريكي جو بايدن غدا على هامش القمة.",
         {"meeting/occurred/2023-07-10/*/Vilnius/*", "meeting/planned/2023-07-11/Recep Tayyip Erdogan;Joe Biden/Vilnius/*", NULL}},
        {"2025-06-01",
         "التقى النقيب إبراهيم تراوري اليوم الرئيس فلاديمير بوتين على هامش القمة الروسية الأفريقية الثانية في سانت بطرسبرغ. ومن المنتظر أن يلتقي تراوري بوتين مجددا العام المقبل على هامش القمة الروسية الأفريقية الثالثة.",
         {"meeting/occurred/2025-06-01/*/Saint Petersburg/*", "meeting/planned/2026/*/null/*", NULL}},
        /* (… and in a later clause of the sentence whose first contact was on its sidelines;
         * near-miss: a first contact elsewhere) */
        {"2024-10-22T21:00:00+03:00",
         "التقى الرئيس الروسي فلاديمير بوتين اليوم الرئيس الصيني شي جين بينغ على هامش قمة بريكس في قازان، فيما سيعقد رئيس الوزراء الهندي ناريندرا مودي مع الرئيس الصيني غدا لقاء ثنائيا على هامش القمة.",
         {"meeting/occurred/2024-10-22/*/Kazan/*", "meeting/planned/2024-10-23/Narendra Modi;Xi Jinping/Kazan/*", NULL}},
        {"2024-10-22T21:00:00+03:00",
         "التقى الرئيس الروسي فلاديمير بوتين اليوم الرئيس الصيني شي جين بينغ في موسكو، فيما سيعقد رئيس الوزراء الهندي ناريندرا مودي مع الرئيس الصيني غدا لقاء ثنائيا على هامش القمة.",
         {"meeting/occurred/2024-10-22/*/Moscow/*", "meeting/planned/2024-10-23/Narendra Modi;Xi Jinping/null/*", NULL}},
        /* (its city may follow the word for a city or a region: "تتواصل في مدينة سرت الليبية
         * الاستعدادات …"، "في منطقة البحر الميت") */
        {"2017-03-29T20:00:00+03:00",
         "ترأس الملك عبدالله الثاني اليوم القمة العربية في منطقة البحر الميت بمشاركة الملك سلمان بن عبدالعزيز. والتقى الملك سلمان الرئيس المصري عبد الفتاح السيسي على هامش القمة.",
         {"meeting/occurred/2017-03-29/*/Dead Sea/*", "meeting/occurred/2017-03-29/King Salman;Abdel Fattah el-Sisi/Dead Sea/*", NULL}},
        {"2010-03-24",
         "تتواصل في مدينة سرت الليبية الاستعدادات لانعقاد القمة العربية التي تنطلق أعمالها السبت المقبل. وقالت مصادر إن معمر القذافي سيلتقي الرئيس السوداني عمر البشير على هامش القمة.",
         {"meeting/planned/2010-03-27/Muammar Gaddafi;Omar al-Bashir/Sirte/*", NULL}},
        /* a summit told with no contact, its city in its clause before its word, named again as
         * the contact: its day and place; near-miss: after a summit on whose sidelines a contact
         * was told, another named so is no longer that one */
        {"2025-09-16T09:00:00+03:00",
         "اختتمت في الدوحة أمس الاثنين القمة العربية الإسلامية الطارئة. وترأس أمير قطر الشيخ تميم بن حمد آل ثاني القمة بمشاركة ولي العهد السعودي الأمير محمد بن سلمان والرئيس التركي رجب طيب أردوغان.",
         {"meeting/occurred/2025-09-15/Tamim bin Hamad Al Thani;Mohammed bin Salman;Recep Tayyip Erdogan/Doha/*", NULL}},
        {"2024-07-16T09:00:00+03:00",
         "التقى أردوغان وبوتين في أستانا في 3 يوليو الجاري على هامش قمة منظمة شنغهاي للتعاون. ويذكر مراقبون بالقمة التي جمعت أردوغان والأسد في دمشق.",
         {"meeting/occurred/2024-07-03/Recep Tayyip Erdogan;Vladimir Putin/Astana/*", "meeting/occurred/null/Recep Tayyip Erdogan;Bashar al-Assad/Damascus/*", NULL}},
        /* near-miss: the contact's own word after خلال is the one told before (EV-10) */
        {"2025-02-13T10:00:00+03:00",
         "أجرى الرئيس الأمريكي دونالد ترامب أمس اتصالا هاتفيا بالرئيس الروسي فلاديمير بوتين.\\n\\nوأعلن البيت الأبيض اليوم نتائج الاتصال.\\n\\nوخلال المكالمة، شكر ترامب الرئيس بوتين على جهوده.",
         {"call/occurred/2025-02-12/Donald Trump;Vladimir Putin/null/*", NULL}},
        /* EV-5: a contact of who arrived, told next by its past verb opening the sentence on و,
         * takes the day of his arrival (EV-2: a verb of receiving with its guest a pronoun, the
         * one named after it its host, whatever follows him); so does one after a sentence that
         * opens on وانتقل;
         * near-miss: a contact told in the pluperfect (وكان … قد) is of another day */
        {"2020-09-02T15:00:00+03:00",
         "وصل الرئيس الفرنسي إيمانويل ماكرون، اليوم الأربعاء، إلى بغداد في أول زيارة له إلى العراق.\\n\\nواستقبله رئيس الجمهورية برهم صالح في القصر الرئاسي.",
         {"visit/occurred/2020-09-02/Emmanuel Macron;Barham Salih/*/*", NULL}},
        {"2020-09-02T15:00:00+03:00",
         "وصل الرئيس الفرنسي إيمانويل ماكرون، اليوم الأربعاء، إلى بغداد في أول زيارة له إلى العراق.\\n\\nوكان رئيس الجمهورية برهم صالح قد استقبل ماكرون في باريس.",
         {"visit/occurred/null/*/*/*", NULL}},
        /* EV-2: a meeting or talks done, told next on و with no day or place of its own, of who
         * arrived with one who holds a role of the country he arrived in, is his visit to that
         * host; near-misses: one of another country, and one with a day of its own */
        {"2009-12-21", "وصل رئيس الحكومة سعد الحريري إلى دمشق يوم السبت.\\n\\nوعقد الحريري جلسة محادثات مع الرئيس بشار الأسد.",
         {"visit/occurred/2009-12-19/Saad Hariri;Bashar al-Assad/Damascus/*", NULL}},
        /* … so is it of who visited a place told done by its verb before it, the visitor between,
         * though the sentence names another who takes no part (a father gone); near-miss: a visit
         * told as planned */
        {"2009-12-21", "زار رئيس الحكومة سعد الحريري دمشق يوم السبت في أول زيارة منذ اغتيال والده الرئيس رفيق الحريري.\\n\\nوعقد الحريري جلسة محادثات مع الرئيس بشار الأسد.",
         {"visit/occurred/2009-12-19/Saad Hariri;Bashar al-Assad/Damascus/*", NULL}},
        {"2009-12-21", "يزور رئيس الحكومة سعد الحريري دمشق يوم السبت المقبل.\\n\\nوعقد الحريري جلسة محادثات مع الرئيس بشار الأسد.",
         {"talks/occurred/null/Saad Hariri;Bashar al-Assad/null/*", NULL}},
        {"2009-12-21", "وصل رئيس الحكومة سعد الحريري إلى دمشق يوم السبت.\\n\\nوالتقى الحريري وزيرة الخارجية الأمريكية هيلاري كلينتون.",
         {"meeting/occurred/2009-12-19/Saad Hariri;Hillary Clinton/Damascus/*", NULL}},
        {"2009-12-21", "وصل رئيس الحكومة سعد الحريري إلى دمشق يوم السبت.\\n\\nوالتقى الحريري الرئيس بشار الأسد في عام 2005.",
         {"visit/occurred/2005/Saad Hariri;Bashar al-Assad/*/*", NULL}},
        {"2025-01-23T16:30:00+02:00",
         "استقبل الرئيس جوزاف عون، اليوم في قصر بعبدا، وزير الخارجية السعودي الأمير فيصل بن فرحان.\\n\\nوانتقل بن فرحان بعد الظهر إلى عين التينة حيث التقى رئيس مجلس النواب نبيه بري.",
         {"visit/occurred/2025-01-23/*/*/*", "visit/occurred/2025-01-23/Faisal bin Farhan Al Saud;Nabih Berri/*/*", NULL}},
        /* EV-1: a handshake, its verb before its subject of two (تصافح الرئيسان), is a meeting */
        {"2024-09-05T11:00:00+03:00", "تصافح الرئيسان المصري عبد الفتاح السيسي والتركي رجب طيب أردوغان في الدوحة في نوفمبر 2022.",
         {"meeting/occurred/2022-11/Abdel Fattah el-Sisi;Recep Tayyip Erdogan/Doha/*", NULL}},
        /* EV-5: the same contact told again on a later day in a clause on وفي (or ثم في) that
         * closes the sentence; near-miss: a clause that goes on past the date */
        {"2025-05-16T10:00:00+03:00",
         "وكان الرئيس التركي رجب طيب أردوغان قد استضاف الرئيس الأوكراني فولوديمير زيلينسكي في إسطنبول في 8 يوليو 2023، وفي 8 مارس 2024.",
         {"visit/occurred/2023-07-08/Volodymyr Zelenskyy;Recep Tayyip Erdogan/Istanbul/*",
          "visit/occurred/2024-03-08/Volodymyr Zelenskyy;Recep Tayyip Erdogan/Istanbul/*", NULL}},
        {"2025-05-16T10:00:00+03:00",
         "التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في 5 فبراير 2022، ثم في 20 مارس 2023.",
         {"meeting/occurred/2022-02-05/Vladimir Putin;Xi Jinping/*/*", "meeting/occurred/2023-03-20/Vladimir Putin;Xi Jinping/*/*", NULL}},
        /* … or on ثم أخرى, the contact's noun left out; near-miss: the definite الأخرى, no
         * contact ("ثم الأخرى في …" names something told before) */
        {"2025-10-01", "وكان الرئيسان شي جين بينغ ودونالد ترامب قد أجريا مكالمة هاتفية في الخامس من يونيو، ثم أخرى في 19 سبتمبر.",
         {"call/occurred/2025-06-05/Xi Jinping;Donald Trump/*/*", "call/occurred/2025-09-19/Xi Jinping;Donald Trump/*/*", NULL}},
        {"2025-10-01", "وكان الرئيسان شي جين بينغ ودونالد ترامب قد أجريا مكالمة هاتفية في الخامس من يونيو، ثم الأخرى في 19 سبتمبر.",
         {"call/occurred/2025-06-05/Xi Jinping;Donald Trump/*/*", NULL}},
        {"2025-05-16T10:00:00+03:00",
         "التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في 5 فبراير 2022، وفي 20 مارس 2023 أعلن الكرملين خطة جديدة.",
         {"meeting/occurred/2022-02-05/Vladimir Putin;Xi Jinping/*/*", NULL}},
        /* "the same day" opening a sentence is the day of the contact told last, not of the last
         * day named; near-miss: inside a clause, the day named before it */
        {"2024-03-26T10:00:00+03:00", "هنأ الرئيس السنغالي ماكي سال، في اتصال هاتفي أمس الاثنين، باسيرو ديوماي فاي بفوزه في الانتخابات التي جرت الأحد. وفي اليوم نفسه، بعث الرئيس النيجيري بولا تينوبو برسالة تهنئة إلى فاي.",
         {"call/occurred/2024-03-25/*/*/*", "message/occurred/2024-03-25/Bola Tinubu;Bassirou Diomaye Faye/*/*", NULL}},
        {"2024-03-26T10:00:00+03:00", "هنأ الرئيس السنغالي ماكي سال، في اتصال هاتفي أمس الاثنين، باسيرو ديوماي فاي بفوزه في الانتخابات التي جرت الأحد. وبعث الرئيس النيجيري بولا تينوبو برسالة تهنئة إلى فاي بعد فرز الأصوات في اليوم نفسه.",
         {"call/occurred/2024-03-25/*/*/*", "message/occurred/2024-03-24/Bola Tinubu;Bassirou Diomaye Faye/*/*", NULL}},
        /* TMX-19: a day told after منذ in one paragraph is not the day "the same day" of the next
         * refers to; near-miss: a day with no منذ */
        {"2025-03-19", "وصل الرئيس التركي رجب طيب أردوغان أمس إلى بغداد في أول زيارة له منذ الحرب في 20 مارس 2003.\\n\\nوالتقى أردوغان في وقت لاحق من اليوم نفسه رئيس الوزراء العراقي محمد شياع السوداني.",
         {"visit/occurred/2025-03-18/Recep Tayyip Erdogan;Mohammed Shia al-Sudani/Baghdad/*", NULL}},
        {"2025-03-19", "وصل الرئيس التركي رجب طيب أردوغان إلى بغداد في 20 مارس 2023.\\n\\nوالتقى أردوغان في وقت لاحق من اليوم نفسه رئيس الوزراء العراقي محمد شياع السوداني.",
         {"visit/occurred/2023-03-20/Recep Tayyip Erdogan;Mohammed Shia al-Sudani/Baghdad/*", NULL}},
        /* … and right after its date on وفي or و, closing the sentence; near-misses: a range on
         * بين … و, and one that goes on past the date */
        {"2018-09-14", "والتقى الرئيس الكوري الجنوبي مون جاي إن الزعيم الكوري الشمالي كيم جونغ أون في بانمونجوم في 27 أبريل وفي 26 مايو.",
         {"meeting/occurred/2018-04-27/Moon Jae-in;Kim Jong Un/Panmunjom/*", "meeting/occurred/2018-05-26/Moon Jae-in;Kim Jong Un/Panmunjom/*", NULL}},
        {"2018-09-14", "والتقى الرئيس الكوري الجنوبي مون جاي إن الزعيم الكوري الشمالي كيم جونغ أون في بانمونجوم في 27 أبريل و26 مايو.",
         {"meeting/occurred/2018-04-27/Moon Jae-in;Kim Jong Un/Panmunjom/*", "meeting/occurred/2018-05-26/Moon Jae-in;Kim Jong Un/Panmunjom/*", NULL}},
        {"2018-09-14", "وعقد الرئيس الكوري الجنوبي مون جاي إن والزعيم الكوري الشمالي كيم جونغ أون محادثات بين 27 أبريل و26 مايو.",
         {"talks/occurred/2018-04-27/*/*/*", NULL}},
        {"2018-09-14", "والتقى الرئيس الكوري الجنوبي مون جاي إن الزعيم الكوري الشمالي كيم جونغ أون في 27 أبريل وفي 26 مايو بحث الأزمة.",
         {"meeting/occurred/2018-04-27/*/*/*", NULL}},
    };
    RUN(cs);
}

/* EV-5 ("اليوم" in the small hours) and EV-12 (a year-less plan in an article with no date). */
static void test_ev_publication(void **state)
{
    (void)state;
    static const vcase cs[] = {
        {"2025-02-13T00:26", "أجرى ترامب اليوم اتصالا هاتفيا مع بوتين.", {"call/occurred/2025-02-12/*/*/*"}},
        {"2025-02-13T09:00", "أجرى ترامب اليوم اتصالا هاتفيا مع بوتين.", {"call/occurred/2025-02-13/*/*/*"}},
        /* the first 15 August after the latest date the article states is in the same term: the
         * text does not fix the year */
        {"", "التقى ترامب وبوتين في هلسنكي في 16 يوليو 2018. ويلتقي الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين في 15 آب الجاري.",
         {"meeting/occurred/2018-07-16/*/Helsinki/*", "meeting/planned/null/*/*/*"}},
        /* it falls outside the terms of the roles the parties are named in: the first 15 August
         * on which they hold them again */
        {"", "لم تُعقد لقاءات بينهما حتى نهاية الولاية في 20 يناير 2021. ويلتقي الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين في 15 آب الجاري.",
         {"meeting/planned/2025-08-15/*/*/*"}},
        /* no date stated: it stays null */
        {"", "ويلتقي الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين في 15 آب الجاري.", {"meeting/planned/null/*/*/*"}},
    };
    RUN(cs);
}

/* EV-0: an article is read for contacts only when one of its words starts a trigger; then every
 * block is, in order, those before the first such word included. */
static void test_ev_gate(void **state)
{
    (void)state;
    static const vcase cs[] = {
        /* the pair is named in a paragraph without a contact word; the call, in the next one,
         * needs it */
        {"2024-03-08T10:00:00+01:00",
         "أسعار القمح ترتفع في أوروبا\\nأكد الرئيسان الفرنسي إيمانويل ماكرون والأمريكي جو بايدن دعمهما لأوكرانيا.\\nوأجرى الزعيمان اتصالا هاتفيا يوم الخميس.",
         {"call/occurred/2024-03-07/*/*/*"}},
        /* the only contact word is a future verb (سـ taken off) in the last paragraph */
        {"2024-03-08T10:00:00+01:00",
         "أسعار القمح ترتفع في أوروبا\\nأكد الرئيسان الفرنسي إيمانويل ماكرون والأمريكي جو بايدن دعمهما لأوكرانيا.\\nوسيلتقي الزعيمان الأسبوع المقبل.",
         {"meeting/planned/2024-W11/Emmanuel Macron;Joe Biden/*/*"}},
        /* two leaders, no contact word: nothing */
        {"2024-03-08T10:00:00+01:00",
         "أسعار القمح ترتفع في أوروبا\\nأشاد الرئيس الفرنسي إيمانويل ماكرون بخطاب الرئيس الأمريكي جو بايدن أمام الكونغرس.",
         {NULL}},
        /* the only contact is a weak phrase whose words stand apart (EV-1 spoken_with): a verb
         * of speaking before مع, its subject and time set off by commas between, and one of
         * arrival with an invitation after it; near-misses: speaking of someone (عن), and an
         * arrival with no invitation, of one named */
        {"2024-05-10", "ماكرون وزيلينسكي\\nتحدث الرئيس الفرنسي إيمانويل ماكرون، مساء أمس، مع الرئيس الأوكراني فولوديمير زيلينسكي.",
         {"call/occurred/2024-05-09/Emmanuel Macron;Volodymyr Zelenskyy/*/*"}},
        {"2024-05-10", "الغزواني في الجزائر\\nوصل الرئيس الموريتاني محمد ولد الغزواني، اليوم الجمعة، إلى الجزائر بدعوة من الرئيس عبد المجيد تبون.",
         {"visit/occurred/2024-05-10/Mohamed Ould Ghazouani;Abdelmadjid Tebboune/*/*"}},
        {"2024-05-10", "ماكرون يشيد بزيلينسكي\\nتحدث الرئيس الفرنسي إيمانويل ماكرون، في خطاب أمام البرلمان، عن الرئيس الأوكراني فولوديمير زيلينسكي.",
         {NULL}},
        {"2024-05-10", "الغزواني في الجزائر\\nوصل الرئيس الموريتاني محمد ولد الغزواني، اليوم الجمعة، إلى الجزائر في زيارة تستغرق يومين.", {NULL}},
    };
    RUN(cs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ev_types_and_arguments),
        cmocka_unit_test(test_ev7_dateline),
        cmocka_unit_test(test_ev_status),
        cmocka_unit_test(test_ev_dates_and_topics),
        cmocka_unit_test(test_ev6_initiator),
        cmocka_unit_test(test_ev_clauses),
        cmocka_unit_test(test_ev_readings),
        cmocka_unit_test(test_ev2_dropped_subject),
        cmocka_unit_test(test_ev5_scene),
        cmocka_unit_test(test_ev2_apart),
        cmocka_unit_test(test_ev2_joined),
        cmocka_unit_test(test_ev2_each_apart),
        cmocka_unit_test(test_ev_publication),
        cmocka_unit_test(test_ev_headlines),
        cmocka_unit_test(test_ev4_news_present),
        cmocka_unit_test(test_ev18_delegation_heads),
        cmocka_unit_test(test_ev_carried_messages),
        cmocka_unit_test(test_ev_handed_messages),
        cmocka_unit_test(test_ev_gate),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
