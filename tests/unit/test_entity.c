/* Unit tests: the actor and place dictionary (DIC-1 … DIC-6, docs/dictionary.md) and the entity
 * tagger (ENT-1 … ENT-13, docs/entities.md), on sentences written for these tests. Each case is
 * a publication date, a text and the mentions expected in order: "text=name/role/via", where
 * role and via may be empty (not checked); "!name" means that name must not be found. */
#include "testutil.h"
#include "rasd.h"
#include "tag/dict.h"
#include "tag/entity.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct ecase { const char *dct, *text, *want[6]; } ecase;

/* Runs one record (one_doc_open_meta) through the public API (reader → clean → tag), as the CLI
 * does, and checks want[0..6) (stops at NULL). */
static void check_doc(const char *dct, const char *meta, const char *text, const char *const *want_list)
{
    one_doc o;
    one_doc_open_meta(&o, dct, meta, text);
    rasd_mentions *m = rasd_tag(o.ctx, o.d, o.as, RASD_TAG_ACTOR | RASD_TAG_PLACE);
    size_t n = rasd_mentions_count(m), next = 0;
    for (size_t w = 0; w < 6 && want_list[w]; w++) {
        const char *want = want_list[w];
        if (want[0] == '!' || want[0] == '-') {   /* no mention of that name, or of that text */
            for (size_t i = 0; i < n; i++)
                if (strcmp(want[0] == '!' ? rasd_mentions_get(m, i)->name : rasd_mentions_get(m, i)->text, want + 1) == 0)
                    fail_msg("\"%s\": %s found but must not be", text, want + 1);
            continue;
        }
        char mtext[256], name[128], role[64], via[32];
        const char *eq = strchr(want, '='), *s1 = eq ? strchr(eq, '/') : NULL, *s2 = s1 ? strchr(s1 + 1, '/') : NULL;
        assert_non_null(s2);
        snprintf(mtext, sizeof mtext, "%.*s", (int)(eq - want), want);
        snprintf(name, sizeof name, "%.*s", (int)(s1 - eq - 1), eq + 1);
        snprintf(role, sizeof role, "%.*s", (int)(s2 - s1 - 1), s1 + 1);
        snprintf(via, sizeof via, "%s", s2 + 1);
        bool found = false;
        for (size_t i = next; i < n && !found; i++) {
            const rasd_mention *x = rasd_mentions_get(m, i);
            if (strcmp(x->text, mtext) || strcmp(x->name, name)) continue;
            if (role[0] && (!x->role || strcmp(x->role, role))) continue;
            if (via[0] && (!x->via || strcmp(x->via, via))) continue;
            found = true;
            next = i + 1;
        }
        if (!found) {
            fprintf(stderr, "got:\n");
            for (size_t i = 0; i < n; i++) {
                const rasd_mention *x = rasd_mentions_get(m, i);
                fprintf(stderr, "  %s=%s/%s/%s\n", x->text, x->name, x->role ? x->role : "", x->via ? x->via : "");
            }
            fail_msg("\"%s\": want %s", text, want);
        }
    }
    rasd_mentions_free(m);
    one_doc_close(&o);
}

/* One case: a record with no outlet. */
static void check(const ecase *k) { check_doc(k->dct, "", k->text, k->want); }

#define RUN(cs) for (size_t i_ = 0; i_ < sizeof(cs) / sizeof *(cs); i_++) check(&(cs)[i_])

/* DIC-1 … DIC-6: the built-in files parse without an error; a user's file is checked line by
 * line, its bad lines reported with their line numbers, its good lines used. */
typedef struct diags { int n; int64_t lines[8]; } diags;
static void on_diag(const rasd_diag *d, void *user)
{
    diags *g = user;
    if (g->n < 8) g->lines[g->n] = d->record;
    g->n++;
}

static void test_dic_builtin_and_user_files(void **state)
{
    (void)state;
    assert_true(rasd_dict_check_builtin());
    rasd_ctx *ctx = rasd_ctx_new();
    diags g = {0};
    rasd_set_diag(ctx, on_diag, &g);
    rasd_dict *d = rasd_dict_new(ctx);
    assert_int_equal(g.n, 0);
    const char persons[] =
        "# name\twikidata\tcountry\tarabic\tshort\n"
        "Test Person\t\tXYZ\tزيد الاختباري\tالاختباري\n"
        "Broken line without tabs\n"
        "Vladimir Putin\t\tRUS\tبوتين\t\n";              /* line 4: already defined */
    assert_false(rasd_dict_load_text(d, ctx, "mine.tsv", persons, strlen(persons)));
    assert_int_equal(g.n, 2);
    assert_int_equal(g.lines[0], 3);
    assert_int_equal(g.lines[1], 4);
    const char roles[] =
        "name\trole\tof\tstart\tend\n"
        "Test Person\thead_of_state\tXYZ\t2020-01-01\t\n"
        "Test Person\tking\tXYZ\t2020-01-01\t\n"          /* line 3: unknown role */
        "Test Person\tenvoy\tXYZ\t2020-13-01\t\n";        /* line 4: bad date */
    assert_false(rasd_dict_load_text(d, ctx, "roles.tsv", roles, strlen(roles)));
    assert_int_equal(g.n, 4);
    assert_int_equal(g.lines[2], 3);
    assert_int_equal(g.lines[3], 4);
    /* a venue's city (the optional sixth column) is a place named before it; a city has none */
    const char places[] =
        "name\twikidata\tcountry\tkind\tarabic\tin\n"
        "Test Palace\t\tRUS\tvenue\tقصر الاختبار\tMoscow\n"
        "Test Hall\t\tRUS\tvenue\tقاعة الاختبار\tNowhere City\n"     /* line 3: no such place */
        "Test Town\t\tRUS\tcity\tبلدة الاختبار\tMoscow\n";           /* line 4: not a venue */
    assert_false(rasd_dict_load_text(d, ctx, "places.tsv", places, strlen(places)));
    assert_int_equal(g.n, 6);
    assert_int_equal(g.lines[4], 3);
    assert_int_equal(g.lines[5], 4);
    uint32_t tp = rasd_dict_find(d, "Test Palace");
    assert_int_not_equal(tp, UINT32_MAX);
    assert_string_equal(rasd_dict_entity(d, tp)->in, "Moscow");
    /* outlets (ENT-12): a country that exists or none; each name and host once */
    const char outlets[] =
        "name\tcountry\tnames\thosts\n"
        "Test Agency\tRUS\tوكالة الاختبار|TAG\ttest-agency.example\n"
        "Test Wire\t\tسلك الاختبار\twire.example\n"
        "Bad Country\tXXQ\tوكالة ما\t\n"                       /* line 4: no such country */
        "Same Name\tRUS\tوكاله الاختبار\t\n"                  /* line 5: a name already defined */
        "Bad Host\tRUS\t\tnot a host\n";                        /* line 6: malformed host */
    assert_false(rasd_dict_load_text(d, ctx, "outlets.tsv", outlets, strlen(outlets)));
    assert_int_equal(g.n, 9);
    assert_int_equal(g.lines[6], 4);
    assert_int_equal(g.lines[7], 5);
    const char *tag = "tag", *agency = "وكالة  الاختبار", *host = "WWW.Test-Agency.example:8080";
    assert_string_equal(rasd_dict_outlet_country(d, tag, strlen(tag)), "RUS");
    assert_string_equal(rasd_dict_outlet_country(d, agency, strlen(agency)), "RUS");
    assert_string_equal(rasd_dict_host_country(d, host, strlen(host)), "RUS");
    assert_string_equal(rasd_dict_host_country(d, "news.wire.example", 17), "");
    assert_null(rasd_dict_host_country(d, "example", 7));
    assert_null(rasd_dict_outlet_country(d, "وكالة", strlen("وكالة")));
    /* the built-in list: an agency's abbreviation with or without dots, a subdomain */
    assert_string_equal(rasd_dict_outlet_country(d, "أ.ش.أ", strlen("أ.ش.أ")), "EGY");
    assert_string_equal(rasd_dict_host_country(d, "arabic.rt.com", 13), "");
    /* an organization's country (the optional sixth column) is a country's code */
    const char orgs[] =
        "code\tname\twikidata\tarabic\tadjectives\tcountry\n"
        "TGRP\tTest Group\t\tجماعة الاختبار\t\tRUS\n"
        "BGRP\tBad Group\t\tجماعة سيئة\t\tXXQ\n";   /* line 3: no such country */
    int before = g.n;
    assert_false(rasd_dict_load_text(d, ctx, "orgs.tsv", orgs, strlen(orgs)));
    assert_int_equal(g.n, before + 1);
    assert_string_equal(rasd_dict_entity(d, rasd_dict_find(d, "TGRP"))->in, "RUS");
    assert_int_equal(rasd_dict_find(d, "BGRP"), UINT32_MAX);
    const char nohead[] = "Vladimir Putin\tRUS\n";
    assert_false(rasd_dict_load_text(d, ctx, "x.tsv", nohead, strlen(nohead)));
    uint32_t e = rasd_dict_find(d, "Test Person");
    assert_int_not_equal(e, UINT32_MAX);
    const rasd_role *h[2];
    assert_int_equal(rasd_dict_holders(d, RASD_ROLE_HEAD_OF_STATE, "XYZ", 20000, h, 2), 1);
    assert_int_equal(h[0]->person, e);
    rasd_dict_free(d);
    rasd_ctx_free(ctx);
}

/* ENT-1, ENT-2: names in their spellings, with clitics; places and countries; near misses. */
static void test_ent1_names(void **state)
{
    (void)state;
    static const ecase cs[] = {
        {"2025-08-16", "قال ترمب إن اتصاله ببوتين كان جيدا", {"ترمب=Donald Trump/head_of_state/short", "ببوتين=Vladimir Putin/head_of_state/short"}},
        {"2025-08-16", "التقى ترامب وبوتين في ألاسكا", {"ترامب=Donald Trump//", "وبوتين=Vladimir Putin//", "ألاسكا=Alaska//"}},
        {"2023-05-10", "استقبل المستشار شولتز الرئيس زيلنسكي في برلين", {"المستشار شولتز=Olaf Scholz/head_of_government/name", "الرئيس زيلنسكي=Volodymyr Zelenskyy/head_of_state/name", "برلين=Berlin//"}},
        {"2024-06-01", "بحث أردوغان مع شي جينبينغ العلاقات", {"أردوغان=Recep Tayyip Erdogan//", "شي جينبينغ=Xi Jinping//"}},
        /* ترأس 'chaired' is spelled تراس once hamza is folded: Truss is named in full only */
        {"2025-03-05", "ترأس مدبولي الاجتماع الأسبوعي للحكومة", {"!Liz Truss"}},
        {"2022-09-20", "التقى الرئيس بايدن رئيسة الوزراء ليز تراس في نيويورك", {"رئيسة الوزراء ليز تراس=Liz Truss//"}},
        /* شي alone is Xi; near-miss: the word شيء (with hamza) */
        {"2023-11-16", "جرت المحادثات بين شي وبايدن في سان فرانسيسكو", {"شي=Xi Jinping//", "وبايدن=Joe Biden//"}},
        {"2023-11-16", "لا شيء يمنع اللقاء", {"!Xi Jinping"}},
        {"2024-06-01", "أكد السيسي ومحمد بن سلمان دعمهما", {"السيسي=Abdel Fattah el-Sisi/head_of_state/", "ومحمد بن سلمان=Mohammed bin Salman//"}},
        {"2024-06-01", "وصل الوفد إلى الكرملين وقال لافروف", {"الكرملين=Kremlin//", "لافروف=Sergey Lavrov/foreign_minister/"}},
        {"2024-06-01", "على هامش قمة مجموعة العشرين في هامبورج", {"قمة مجموعة العشرين=G20//", "هامبورج=Hamburg//"}},
        {"2024-06-01", "وصف الوضع بأنه كارثي وسافر إلى جدة", {"!Luis Arce", "جدة=Jeddah//"}},
        /* a one-word place of three letters after ب، ل or و; near-misses: a person's short form
         * (عون) and a word that is no place after the letter (حلف) */
        {"2025-03-15", "التقى ولي العهد الرئيس الجيبوتي بجدة قبل زيارته لمصر ثم لقطر وغزة", {"بجدة=Jeddah//", "لمصر=Egypt//", "لقطر=Qatar//"}},
        {"2025-03-15", "اتفق الرئيسان على زيارة مصر وقطر", {"مصر=Egypt//", "وقطر=Qatar//"}},
        {"2022-03-01", "تم ذلك بعون الدولة ولحلف جديد", {"!Michel Aoun", "!NATO"}},
        {"2025-03-15", "وصل الملك إلى وجدة", {"وجدة=Oujda//", "!Jeddah"}},
        {"2025-06-03", "يلتقي الرئيسان في دكار", {"دكار=Dakar//"}},
        /* ENT-3: an indefinite title and adjective is any holder, no one; near-misses: the
         * definite title, and a title in construct with a country's name */
        {"2025-02-13", "وكان آخر اتصال بين بوتين ورئيس أميركي قد جرى مع جو بايدن", {"!Donald Trump"}},
        {"2025-02-13", "اتصل بوتين بالرئيس الأميركي", {"بالرئيس الأميركي=Donald Trump//"}},
        {"2025-02-13", "اتصل بوتين برئيس مصر", {"برئيس مصر=Abdel Fattah el-Sisi//"}},
        /* ENT-4: Syria's foreign minister between Mekdad and al-Shaibani */
        {"2024-12-07", "اتصل وزير الخارجية السوري بنظيره", {"وزير الخارجية السوري=Bassam al-Sabbagh//", "!Faisal Mekdad"}},
        {"2024-02-27", "استقبل الأمير في قصر لوسيل الرئيس القادم من عنتيبي", {"قصر لوسيل=Lusail Palace//", "عنتيبي=Entebbe//"}},
        /* ENT-10: the definite word for a capital and a country's adjective, or the word in
         * construct with its name, is that country's capital, with its name when that follows;
         * not a capital in construct with an adjective, a country with two capitals (PSE), or a
         * capital of some country (بلاده) */
        {"2025-03-04", "وصل ماكرون إلى العاصمة الجزائرية ثم بالعاصمة العمانية مسقط",
         {"العاصمة الجزائرية=Algiers//capital", "بالعاصمة العمانية مسقط=Muscat//capital", "!Algeria", "!Oman"}},
        {"2025-03-04", "وفي عاصمة أذربيجان باكو التقى الرئيسان", {"عاصمة أذربيجان باكو=Baku//capital"}},
        /* (… and a definite name that reads as its adjective: "العاصمة السعودية"; near-miss: the
         * definite word before a name that is no adjective, "العاصمة عمان", Amman, not Oman's) */
        {"2025-03-24", "عقد روبيو محادثات مع عمروف في أحد فنادق العاصمة السعودية أمس", {"العاصمة السعودية=Riyadh//capital", "!Saudi Arabia"}},
        {"2025-03-24", "التقى الملك عبدالله الثاني في العاصمة عمان الرئيس الفلسطيني محمود عباس", {"عمان=Amman//name", "!Muscat"}},
        {"2025-03-04", "زار عاصمة بلاده ثم العاصمة الفلسطينية وعاصمة المغربية", {"!Ramallah", "!Jerusalem", "!Rabat"}},
        /* ENT-1: بأن after a country's adjective is no given name, so the surname after it is
         * the person's */
        {"2025-02-03", "وأفادت الرئاسة السورية بأن الشرع سيتوجه غدا إلى أنقرة", {"الشرع=Ahmed al-Sharaa//short"}},
        /* ENT-3: the acting holder's title (القائم بأعمال رئيس الجمهورية) names no holder; ENT-11:
         * one named as dead past his honorifics ("في وفاة فخامة الرئيس") is no antecedent */
        {"2024-05-20", "بعث الملك سلمان برقية عزاء لفخامة الدكتور محمد مخبر القائم بأعمال رئيس الجمهورية الإسلامية الإيرانية، في وفاة فخامة الرئيس إبراهيم رئيسي. كما بعث ولي العهد برقية عزاء مماثلة لفخامته.",
         {"-رئيس الجمهورية", "لفخامته=Mohammad Mokhber//coref"}},
        /* ENT-10: مسقط رأسه 'his birthplace' is no Muscat; near-miss: Muscat on a place */
        {"2014-09-17", "استقبل رئيس الوزراء الهندي ناريندرا مودي الرئيس الصيني شي جين بينغ في مسقط رأسه بولاية غوجارات",
         {"!Muscat", "-مسقط"}},
        {"2020-01-01", "استقبل السلطان هيثم في مسقط اليوم الرئيس السيسي", {"مسقط=Muscat//name"}},
        /* ENT-7: a house's name after آل is no surname that stands for the one named with it */
        {"2024-04-02", "استقبل الأمير تميم بن حمد آل ثاني اليوم الرئيس. وحضر المقابلة الشيخ جوعان بن حمد آل ثاني.",
         {"الأمير تميم بن حمد آل ثاني=Tamim bin Hamad Al Thani//name", "-ثاني"}},
        /* ENT-1: a short form that a lineage on بن goes on from is someone else; near-misses: the
         * person's own longer name after a title */
        {"2023-12-06", "وكان في استقباله الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض.", {"!Faisal bin Farhan Al Saud"}},
        {"2023-12-06", "وكان في استقباله الأمير فيصل بن فرحان وزير الخارجية.", {"الأمير فيصل بن فرحان=Faisal bin Farhan Al Saud//"}},
        {"2023-12-06", "واستقبل الملك عبدالله الثاني بن الحسين الرئيس.", {"الملك عبدالله الثاني بن الحسين=King Abdullah II//"}},
        /* ENT-8: الرئيسان are presidents, not a prime minister named between; near-miss:
         * الزعيمان may be one */
        {"2023-06-15", "أجرى بوتين محادثات مع تبون. والتقى تبون رئيس الوزراء الروسي ميخائيل ميشوستين. وأجرى الرئيسان اتصالا.",
         {"بوتين=Vladimir Putin//", "تبون=Abdelmadjid Tebboune//", "تبون=Abdelmadjid Tebboune//",
          "رئيس الوزراء الروسي ميخائيل ميشوستين=Mikhail Mishustin//", "الرئيسان=Vladimir Putin//pair", "الرئيسان=Abdelmadjid Tebboune//pair"}},
        /* ENT-7: one's guest of a country (ضيفه الأوكراني) is the last person of it the article
         * named; with none, his counterpart there (ENT-5) */
        {"2024-12-03", "التقى شولتس الرئيس الأوكراني فولوديمير زيلينسكي في برلين. وفي 11 أكتوبر الماضي استقبل المستشار ضيفه الأوكراني مجددا في برلين.",
         {"ضيفه الأوكراني=Volodymyr Zelenskyy/head_of_state/coref"}},
        {"2023-09-05", "وفي 5 مارس 2020 استقبل الرئيس الروسي فلاديمير بوتين ضيفه التركي في الكرملين.",
         {"ضيفه التركي=Recep Tayyip Erdogan/head_of_state/counterpart"}},
        /* ENT-3, ENT-7: a title whose last word is definite takes no bare country or city name
         * after it as its country (the verb's object: "زار ولي العهد موسكو" names the crown
         * prince named before); near-miss: a country's adjective after it still qualifies it */
        {"2023-12-07", "استقبل ولي العهد السعودي الأمير محمد بن سلمان أمس الرئيس الروسي فلاديمير بوتين في الرياض. وفي 14 يونيو 2018 زار ولي العهد موسكو.",
         {"ولي العهد=Mohammed bin Salman/crown_prince/coref"}},
        {"2018-06-14", "زار ولي العهد السعودي موسكو.", {"ولي العهد السعودي=Mohammed bin Salman/crown_prince/title"}},
        /* ENT-1: a short form right after a building's word (فندق، قصر، مطار …) names the
         * building, no one; near-miss: the same short form as a verb's subject */
        {"2019-07-01", "وعقدت القمة في 12 يونيو 2018 بفندق كابيلا في سنغافورة.", {"!Joseph Kabila"}},
        {"2019-07-01", "والتقى كابيلا الرئيس في كينشاسا.", {"كابيلا=Joseph Kabila//short"}},
        /* archive leaders and places the dictionary holds: Sargsyan, Zenawi, the KUNA form of
         * the Kuwaiti crown prince, Petra */
        {"2008-09-07", "وصل غول إلى يريفان حيث استقبله نظيره الأرميني سيرج سركيسيان.", {"سيرج سركيسيان=Serzh Sargsyan/head_of_state/name"}},
        /* (Iran's president, head of state and of government, is a president's counterpart by his
         * short name: DIC-3 lists his head_of_state term first) */
        {"2025-01-26", "اتصل بزشكيان بنظيره المصري اليوم.", {"بزشكيان=Masoud Pezeshkian/head_of_state/short", "بنظيره المصري=Abdel Fattah el-Sisi/head_of_state/counterpart"}},
        {"2005-01-10", "دعا البشير رئيس الوزراء الإثيوبي ملس زيناوي إلى قمة.", {"رئيس الوزراء الإثيوبي ملس زيناوي=Meles Zenawi/head_of_government/name"}},
        {"2025-08-08", "بعث سمو ولي العهد الشيخ صباح خالد الحمد المبارك الصباح برقية.", {"ولي العهد الشيخ صباح خالد الحمد المبارك الصباح=Sabah Al-Khalid Al-Hamad Al-Sabah/crown_prince/name"}},
        /* … and so does a full name there ("مطار رفيق الحريري الدولي") */
        {"2003-05-13", "وكان في استقباله في مطار رفيق الحريري الدولي الرئيس إميل لحود.", {"!Rafic Hariri"}},
        /* ENT-3: a title the dismissed (المقالة) or the father (الوالد) qualifies is not the
         * holder's: the one named after it, else the one before him; near-miss: the title alone */
        {"2012-01-04", "استقبل أردوغان رئيس الحكومة الفلسطينية المقالة في غزة إسماعيل هنية.", {"!Salam Fayyad", "إسماعيل هنية=Ismail Haniyeh//name"}},
        {"2015-02-18", "وكان الأمير الوالد الشيخ حمد بن خليفة آل ثاني قد زار أوباما.", {"!Tamim bin Hamad Al Thani"}},
        {"2012-01-04", "استقبل أردوغان رئيس الحكومة الفلسطينية.", {"رئيس الحكومة الفلسطينية=Salam Fayyad/head_of_government/title"}},
        /* ENT-4, ENT-8: roles are read on the day in force, which a span's bound (منذ، حتى) does
         * not set; near-miss: a day that does */
        {"2024-09-05", "التقى الرئيس عبد الفتاح السيسي أمس في أنقرة الرئيس التركي رجب طيب أردوغان، وهي أول زيارة منذ 12 عاماً يجريها الرئيسان.",
         {"الرئيسان=Abdel Fattah el-Sisi//pair", "الرئيسان=Recep Tayyip Erdogan//pair"}},
        {"2024-09-05", "وفي 30 أيلول 2012، التقى الرئيسان المصري والتركي في أنقرة.",
         {"الرئيسان المصري=Mohamed Morsi//pair", "والتركي=Abdullah Gul//pair"}},
        /* … also a day a few words after منذ ("منذ توقيع الاتفاق في فبراير 2021"); near-miss: the
         * same day with no منذ */
        {"2025-06-01", "وهي أول زيارة منذ توقيع الاتفاق في فبراير 2021، واستقبله الرئيس الأمريكي في البيت الأبيض.",
         {"الرئيس الأمريكي=Donald Trump/head_of_state/title"}},
        {"2025-06-01", "ووقع الاتفاق في فبراير 2021، واستقبله الرئيس الأمريكي في البيت الأبيض.",
         {"الرئيس الأمريكي=Joe Biden/head_of_state/title"}},
        /* ENT-4: a month's end (أواخر) or start (مطلع) sets a late or an early day of it */
        {"2025-02-06", "وجرى الاتصال أواخر الشهر الماضي. ومن المقرر أن يبحث الملك مع الرئيس الأمريكي غزة.",
         {"الرئيس الأمريكي=Donald Trump/head_of_state/title"}},
        {"2025-02-06", "وجرى الاتصال مطلع الشهر الماضي. ومن المقرر أن يبحث الملك مع الرئيس الأمريكي غزة.",
         {"الرئيس الأمريكي=Joe Biden/head_of_state/title"}},
        /* ENT-4: a sentence's first date, a month or more before the publication, is in force
         * from the sentence's start; near-misses: a date under a month back, and one before it in
         * the sentence, rule as before */
        {"2025-05-10", "وكان رئيس الوزراء البريطاني قد التقى ناريندرا مودي في نيودلهي في سبتمبر 2023.",
         {"رئيس الوزراء البريطاني=Rishi Sunak/head_of_government/title"}},
        {"2024-07-20", "وكان رئيس الوزراء البريطاني قد التقى ناريندرا مودي في نيودلهي في الثالث من يوليو 2024.",
         {"رئيس الوزراء البريطاني=Keir Starmer/head_of_government/title"}},
        {"2025-05-10", "وفي مارس 2025 قال رئيس الوزراء البريطاني إنه التقى مودي في سبتمبر 2023.",
         {"رئيس الوزراء البريطاني=Keir Starmer/head_of_government/title"}},
        /* ENT-8: a leader named before who holds his role on the day of a date later in the pair
         * word's clause is one of the pair, whatever day an earlier sentence set; near-miss: no
         * date there, the earlier day rules */
        {"2024-09-05", "زار الرئيس عبد الفتاح السيسي أنقرة والتقى الرئيس رجب طيب أردوغان. وطويت القطيعة التي أعقبت عام 2013. وبدأ التحول حين تصافح الرئيسان في الدوحة في نوفمبر 2022.",
         {"الرئيسان=Abdel Fattah el-Sisi//pair", "الرئيسان=Recep Tayyip Erdogan//pair"}},
        {"2024-09-05", "زار الرئيس عبد الفتاح السيسي أنقرة والتقى الرئيس رجب طيب أردوغان. وطويت القطيعة التي أعقبت عام 2013. وبدأ التحول حين تصافح الرئيسان في الدوحة.",
         {"الرئيسان=Mohamed Morsi//pair", "الرئيسان=Abdullah Gul//pair"}},
        /* … and a date before it in its own sentence rules over one after it */
        {"2025-02-11", "استقبل رئيس الوزراء الماليزي أنور إبراهيم أمس الرئيس التركي رجب طيب أردوغان. ويتوجه أردوغان اليوم إلى جاكرتا حيث يلتقي الرئيس برابوو سوبيانتو. وكان أنور قد زار أنقرة في يوليو 2024 والتقى أردوغان، كما التقى الزعيمان في 11 نوفمبر من العام نفسه.",
         {"الزعيمان=Anwar Ibrahim//pair", "الزعيمان=Recep Tayyip Erdogan//pair"}},
        /* ENT-8: a pair word with each one's country and name after it names those two, not two
         * named before (ماكرون, the proposer, and بوتين of the title) */
        {"2022-02-21", "ماكرون يقترح قمة بين بايدن وبوتين. اقترح الرئيس الفرنسي إيمانويل ماكرون عقد قمة تجمع الرئيسين الأمريكي جو بايدن والروسي فلاديمير بوتين.",
         {"-الرئيسين", "جو بايدن=Joe Biden//name", "فلاديمير بوتين=Vladimir Putin//name"}},
        /* ENT-8: nor one named as a time, after بعد and a word of taking office; near-miss: after
         * another word (his meeting) */
        {"2025-01-21", "أجرى الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين اليوم محادثات عبر الفيديو، بعد يوم من تنصيب الرئيس الأمريكي دونالد ترامب. وقال أوشاكوف إن الزعيمين اتفقا على لقاء.",
         {"الزعيمين=Xi Jinping//pair", "الزعيمين=Vladimir Putin//pair"}},
        {"2025-01-21", "أجرى الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين اليوم محادثات عبر الفيديو، بعد يوم من لقائه الرئيس الأمريكي دونالد ترامب. وقال أوشاكوف إن الزعيمين اتفقا على لقاء.",
         {"الزعيمين=Donald Trump//pair"}},
        /* ENT-8: nor, for a pair of leaders, those named present after بحضور; near-miss: the
         * same names told as parties */
        {"2020-01-09", "دشن الرئيس رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين، أمس، خط الغاز في إسطنبول، بحضور الرئيس الصربي ألكسندر فوتشيتش ورئيس الوزراء البلغاري بويكو بوريسوف. وعقد الزعيمان قبل الحفل اجتماعا مغلقا.",
         {"الزعيمان=Recep Tayyip Erdogan//pair", "الزعيمان=Vladimir Putin//pair"}},
        {"2020-01-09", "دشن الرئيس رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين، أمس، خط الغاز في إسطنبول، والتقى الرئيس الصربي ألكسندر فوتشيتش ورئيس الوزراء البلغاري بويكو بوريسوف. وعقد الزعيمان قبل الحفل اجتماعا مغلقا.",
         {"الزعيمان=Aleksandar Vučić//pair", "الزعيمان=Boyko Borisov//pair"}},
        /* ENT-8: nor one named right before the pair word, who acts on the two */
        {"2017-07-26", "اجتمع فائز السراج وخليفة حفتر أمس في باريس. ودعا الرئيس إيمانويل ماكرون الرجلين إلى لقاء جديد في روما.",
         {"الرجلين=Fayez al-Sarraj//pair", "الرجلين=Khalifa Haftar//pair"}},
        /* … nor one before the أن that opens it, who tells of them */
        {"2020-04-03", "نفى الكرملين أن يكون الرئيس فلاديمير بوتين قد تحدث مع ولي العهد الأمير محمد بن سلمان، بعد تأكيد الرئيس الأمريكي دونالد ترامب أن الرجلين تحادثا.",
         {"الرجلين=Vladimir Putin//pair", "الرجلين=Mohammed bin Salman//pair"}},
        /* ENT-8: الرجلان may be two of one country, a speaker among them; near-miss: الرئيسان are
         * of two */
        {"2023-01-06", "التقى رئيس مجلس النواب الليبي عقيلة صالح ورئيس المجلس الأعلى للدولة خالد المشري أمس في القاهرة. واجتمع الرجلان بعباس كامل.",
         {"الرجلان=Aguila Saleh//pair", "الرجلان=Khalid al-Mishri//pair"}},
        {"2023-01-06", "التقى رئيس مجلس النواب الليبي عقيلة صالح ورئيس المجلس الأعلى للدولة خالد المشري أمس في القاهرة. واجتمع الرئيسان بعباس كامل.",
         {"-الرئيسان"}},
        /* ENT-8: a pair word after a word for those the two sent (وفدي، ممثلي) names their
         * delegations, no one */
        {"2023-05-07", "أعلنت الخارجية الأمريكية أن أنتوني بلينكن سيجري اتصالاً بعبد الفتاح البرهان يوم الاثنين. وقالت مصادر إن وفدي الطرفين عقدا جلستين منفصلتين.",
         {"-الطرفين"}},
        /* ENT-8: nor one deposed (أطاح بـ) named between */
        {"2023-08-05", "تلقى الرئيس التشادي محمد إدريس ديبي اتصالا من الرئيس النيجيري بولا أحمد تينوبو، تناول الانقلاب الذي أطاح بالرئيس محمد بازوم. واتفق الرئيسان على أن يلتقيا.",
         {"الرئيسان=Mahamat Déby//pair", "الرئيسان=Bola Tinubu//pair"}},
        /* ENT-8: الرجلان (the two men) are two leaders too; near-miss: not a minister named last */
        {"2024-11-16", "التقى المستشار الألماني أولاف شولتس الرئيس الروسي فلاديمير بوتين. وأجرى الرجلان اتصالا.",
         {"الرجلان=Olaf Scholz//pair", "الرجلان=Vladimir Putin//pair"}},
        {"2010-09-15", "التقى الرئيس الفلسطيني محمود عباس رئيس الوزراء الإسرائيلي بنيامين نتنياهو بحضور وزيرة الخارجية الأمريكية هيلاري كلينتون. والتقى الرجلان مجددا.",
         {"الرجلان=Mahmoud Abbas//pair", "الرجلان=Benjamin Netanyahu//pair"}},
        /* ENT-8: nor a leader named by his former title, who no longer holds the role that day */
        {"2024-11-19", "صافح الرئيس البرازيلي لولا دا سيلفا نظيره الأرجنتيني خافيير ميلي في قمة ميركوسور. والتقى ميلي الرئيس البرازيلي السابق جايير بولسونارو. ونفى مكتب ميلي لقاء بين الرئيسين.",
         {"الرئيسين=Luiz Inácio Lula da Silva//pair", "الرئيسين=Javier Milei//pair"}},
        /* ENT-3: a given name after a title that opens none of the holder's names is another
         * person, whom the dictionary does not know; near-misses: the holder's surname, the
         * first word of his name, and على */
        {"2025-02-16", "التقى وزير الخارجية الأردني محمد الخالدي نظيره.", {"!Ayman Safadi", "-وزير الخارجية الأردني"}},
        {"2025-02-16", "التقى الرئيس التونسي سعيد نظيره.", {"الرئيس التونسي=Kais Saied//title"}},
        {"2025-02-16", "استقبل رئيس الوزراء العراقي محمد السوداني نظيره.", {"رئيس الوزراء العراقي=Mohammed Shia al-Sudani//title"}},
        {"2025-02-16", "أثنى الرئيس المصري على الجهود.", {"الرئيس المصري=Abdel Fattah el-Sisi//title"}},
        /* ENT-1: a longer name of someone else wins over a surname the dictionary keeps as
         * another's short form (بن فرحان، بيرتس); a title with a short surname (الرئيس هادي) */
        {"2025-03-11", "استقبل الرئيس جوزاف عون الموفد السعودي الأمير يزيد بن فرحان.",
         {"الموفد السعودي الأمير يزيد بن فرحان=Yazid bin Farhan/envoy/name", "!Faisal bin Farhan Al Saud"}},
        {"2021-06-15", "تلقى حمدوك اتصالا من رئيس بعثة يونيتامس فولكر بيرتس.", {"فولكر بيرتس=Volker Perthes//", "!Amir Peretz"}},
        {"2016-04-10", "استقبل الرئيس هادي المبعوث الأممي.", {"الرئيس هادي=Abdrabbuh Mansur Hadi//"}},
        {"2021-01-10", "اجتمع وزير الري المصري محمد عبد العاطي ونظيره الإثيوبي سيليشي بيكيلي.",
         {"محمد عبد العاطي=Mohamed Abdel Aty//", "ونظيره الإثيوبي سيليشي بيكيلي=Seleshi Bekele//", "!Badr Abdelatty"}},
        /* negotiators, chiefs and short forms added after p68/p69; places that a future سـ
         * would have taken for a verb (سيتشوان) */
        {"2022-11-03", "وقع رضوان حسين وغيتاتشو رضا الاتفاق في بريتوريا.", {"رضوان حسين=Redwan Hussien//", "وغيتاتشو رضا=Getachew Reda//"}},
        {"2021-09-19", "استقبل اللواء يوسف الحنيطي رئيس الأركان السوري.", {"يوسف الحنيطي=Yousef Huneiti//"}},
        {"2021-12-10", "وكان الشيخ نواف قد استقبل ولي العهد السعودي.", {"الشيخ نواف=Nawaf Al-Ahmad Al-Jaber Al-Sabah//", "!Nawaf Salam"}},
        {"2023-02-03", "بعد زيارة ماركوس إلى الصين التقى شي في تشنغدو عاصمة مقاطعة سيتشوان.",
         {"ماركوس=Ferdinand Marcos Jr.//", "تشنغدو=Chengdu//", "سيتشوان=Sichuan//"}},
        {"2024-06-18", "اجتماع ضم الدبيبة ورئيس المجلس الأعلى للدولة محمد تكالة.", {"الدبيبة=Abdul Hamid Dbeibah//", "ورئيس المجلس الأعلى للدولة محمد تكالة=Mohamed Takala//"}},
        /* persons of the dict-batch: a full name wins over the family name or the surname a head
         * of state shares (Kim Yong Chol is no Kim Jong Un, Karamoko Traoré no Ibrahim Traoré);
         * near-misses: the heads of state named so */
        {"2019-01-18", "التقى المسؤول الكوري الشمالي كيم يونغ تشول بوزير الخارجية الأمريكي.", {"كيم يونغ تشول=Kim Yong Chol/envoy/name", "!Kim Jong Un"}},
        {"2018-05-31", "استقبل بومبيو كيم يونغ شول في نيويورك.", {"كيم يونغ شول=Kim Yong Chol//name", "!Kim Jong Un"}},
        {"2018-02-10", "استقبل الرئيس مون جاي إن كيم يو جونغ شقيقة الزعيم الكوري الشمالي كيم جونغ أون.",
         {"كيم يو جونغ=Kim Yo Jong//name", "الزعيم الكوري الشمالي كيم جونغ أون=Kim Jong Un/head_of_state/name"}},
        {"2024-02-10", "استقبل وزير الخارجية البوركيني كاراموكو جان ماري تراوري نظيره الروسي.",
         {"وزير الخارجية البوركيني كاراموكو جان ماري تراوري=Karamoko Jean-Marie Traoré/foreign_minister/name", "!Ibrahim Traoré"}},
        {"2024-02-10", "استقبل الرئيس إبراهيم تراوري الوفد.", {"الرئيس إبراهيم تراوري=Ibrahim Traoré/head_of_state/name", "!Karamoko Jean-Marie Traoré"}},
        {"2023-06-24", "أعلن يفغيني بريغوجين قائد مجموعة فاغنر وقف الزحف.",
         {"يفغيني بريغوجين=Yevgeny Prigozhin/leader/name", "قائد مجموعة فاغنر=Yevgeny Prigozhin/leader/title"}},
        {"2024-08-14", "التقى وزير الخارجية الصومالي أحمد معلم فقي نظيره المصري.",
         {"وزير الخارجية الصومالي أحمد معلم فقي=Ahmed Moallim Fiqi/foreign_minister/name", "نظيره المصري=Badr Abdelatty/foreign_minister/counterpart"}},
        {"2023-03-01", "اتصل وزير الخارجية السوداني علي الصادق بنظيره المصري.", {"وزير الخارجية السوداني علي الصادق=Ali al-Sadiq/foreign_minister/name"}},
        {"2018-08-01", "وفي رد على الصادق المهدي قال البشير إن", {"!Ali al-Sadiq", "البشير=Omar al-Bashir//short"}},
        {"2021-05-01", "اتصل وزير الخارجية اليوناني نيكوس دندياس بنظيره المصري.",
         {"وزير الخارجية اليوناني نيكوس دندياس=Nikos Dendias/foreign_minister/name", "بنظيره المصري=Sameh Shoukry/foreign_minister/counterpart"}},
        {"2012-05-01", "استقبل رئيس البوندستاغ نوربرت لامرت الوفد.", {"رئيس البوندستاغ نوربرت لامرت=Norbert Lammert/speaker/name"}},
        /* Lula by his given names, with or without the surname */
        {"2024-05-01", "التقى الرئيس البرازيلي إيناسيو لولا بالرئيس الصيني.", {"الرئيس البرازيلي إيناسيو لولا=Luiz Inácio Lula da Silva/head_of_state/name"}},
        {"2024-05-01", "التقى لولا دا سيلفا بالرئيس الصيني.", {"لولا دا سيلفا=Luiz Inácio Lula da Silva/head_of_state/name"}},
        /* Mexico's official name, longer than الولايات المتحدة: its president alone; near-miss: the
         * United States' */
        {"2016-02-10", "استقبل رئيس الولايات المتحدة المكسيكية إنريكي بينيا نييتو ضيفه.",
         {"رئيس الولايات المتحدة المكسيكية إنريكي بينيا نييتو=Enrique Peña Nieto/head_of_state/name", "!Barack Obama", "!United States"}},
        {"2016-02-10", "استقبل رئيس الولايات المتحدة المكسيكية ضيفه.", {"رئيس الولايات المتحدة المكسيكية=Enrique Peña Nieto/head_of_state/title", "!Barack Obama"}},
        {"2016-02-10", "استقبل رئيس الولايات المتحدة ضيفه.", {"رئيس الولايات المتحدة=Barack Obama/head_of_state/title"}},
        {"2025-10-29", "وصل ترامب إلى كيونغجو للمشاركة في قمة أبيك.", {"كيونغجو=Gyeongju//"}},
        /* ENT-8: الوزيران are the last two ministers named, of two countries; near-miss: not
         * two presidents */
        {"2022-02-15", "اتصل وزير الخارجية الأميركي أنتوني بلينكن بنظيره الروسي سيرغي لافروف. وكان الوزيران قد التقيا في جنيف.",
         {"وزير الخارجية الأميركي أنتوني بلينكن=Antony Blinken//", "بنظيره الروسي سيرغي لافروف=Sergey Lavrov//",
          "الوزيران=Antony Blinken//pair", "الوزيران=Sergey Lavrov//pair"}},
        {"2022-02-15", "اتصل الرئيس الأميركي جو بايدن بنظيره الروسي فلاديمير بوتين. وكان الوزيران قد التقيا في جنيف.", {"-الوزيران"}},
        /* ENT-8: with no two presidents named, الرئيسان are the presidents of the countries the
         * persons named last serve; near-miss: not where one of them has a king */
        {"2025-02-16", "أجرى لافروف اتصالا بروبيو، واتفقا على التحضير لقمة بين الرئيسين.",
         {"لافروف=Sergey Lavrov//", "بروبيو=Marco Rubio//", "الرئيسين=Vladimir Putin//pair", "الرئيسين=Donald Trump//pair"}},
        {"2025-02-16", "التقى فيصل بن فرحان روبيو، واتفقا على التحضير لقمة بين الرئيسين.",
         {"فيصل بن فرحان=Faisal bin Farhan Al Saud//", "روبيو=Marco Rubio//", "-الرئيسين"}},
        {"2023-06-15", "التقى تبون رئيس الوزراء الروسي ميخائيل ميشوستين. وبحث الزعيمان التعاون.",
         {"تبون=Abdelmadjid Tebboune//", "رئيس الوزراء الروسي ميخائيل ميشوستين=Mikhail Mishustin//", "الزعيمان=Abdelmadjid Tebboune//pair"}},
        /* titles.tsv: البابا alone is the Pope of the day; a name after بابا الفاتيكان wins */
        {"2024-02-12", "استقبل البابا الرئيس الأرجنتيني خافيير ميلي", {"البابا=Pope Francis//title"}},
        {"2025-07-12", "التقى بابا الفاتيكان لاون الرابع عشر الرئيس زيلينسكي", {"بابا الفاتيكان لاون الرابع عشر=Pope Leo XIV//"}},
        /* titles.tsv: the formulas of the Gulf agencies ("صاحب السمو رئيس الدولة"، "أمير البلاد") */
        {"2025-01-14", "استقبل الشيخ محمد بن زايد الرئيس الكيني وليام روتو. وتلقى صاحب السمو رئيس الدولة اتصالا من رامافوزا.",
         {"الرئيس الكيني وليام روتو=William Ruto//", "صاحب السمو رئيس الدولة=Mohamed bin Zayed Al Nahyan//"}},
        /* ENT-3: a title limited to some countries names by a surname only a holder there
         * ("أمير سعيد إيرواني" is no Kais Saied); near-miss: الرئيس سعيد is */
        {"2024-05-01", "وقال السفير أمير سعيد إيرواني إن بلاده ترفض القرار", {"!Kais Saied"}},
        {"2024-05-01", "والتقى الرئيس سعيد نظيره الجزائري", {"الرئيس سعيد=Kais Saied//"}},
        /* ENT-9: the personal envoy of the Secretary-General is his envoy, not him */
        {"2024-02-27", "استقبل البرهان المبعوث الشخصي للأمين العام للأمم المتحدة إلى السودان رمطان لعمامرة",
         {"البرهان=Abdel Fattah al-Burhan//", "للأمين العام للأمم المتحدة=António Guterres//principal"}},
        /* ENT-13: an envoy's destination picks the envoy among several of the UN's; near-misses:
         * a name after it is the envoy's own, and a destination no holder goes to names no one */
        {"2019-03-05", "التقى المبعوث الأممي الخاص إلى اليمن وزير الخارجية خالد اليماني",
         {"المبعوث الأممي=Martin Griffiths//title", "!Ghassan Salamé"}},
        {"2022-02-13", "استقبل الوزير المبعوث الأممي إلى سوريا", {"المبعوث الأممي=Geir Pedersen//title"}},
        {"2022-02-13", "استقبل الوزير المبعوث الأممي إلى سوريا هانس غروندبرغ", {"!Geir Pedersen"}},
        {"2019-03-05", "التقى المبعوث الأمريكي الخاص إلى اليمن الوزير", {"-المبعوث الأمريكي"}},
        /* a title's office picks among several holders at once (the CIA's director, not the
         * Director of National Intelligence); general intelligence with العامة between title and
         * country; the EU's High Representative with the Union named in the title */
        {"2022-11-14", "التقى مدير وكالة المخابرات المركزية الأميركية في أنقرة نظيره الروسي",
         {"مدير وكالة المخابرات المركزية الأميركية=William J. Burns//title", "!Avril Haines"}},
        {"2022-11-14", "قالت مديرة الاستخبارات الوطنية الأميركية إن", {"مديرة الاستخبارات الوطنية الأميركية=Avril Haines//title"}},
        {"2023-12-28", "استقبل رئيس المخابرات العامة المصرية اليوم وفدا", {"رئيس المخابرات العامة المصرية=Abbas Kamel//title"}},
        {"2025-03-17", "التقت الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية الوزير", {"الممثلة العليا للاتحاد الأوروبي=Kaja Kallas//title"}},
        /* ENT-13: a title's office picks among several holders at once: Libya's Government of
         * National Unity (Tripoli), not the eastern government; the Saudi crown prince (first in
         * line), not the deputy crown prince the dictionary also lists as crown_prince (2015-2017);
         * near-miss: ولي ولي العهد, the deputy */
        {"2023-05-01", "استقبل رئيس حكومة الوحدة الوطنية اليوم الوفد", {"رئيس حكومة الوحدة الوطنية=Abdul Hamid Dbeibah/head_of_government/title", "!Osama Hammad"}},
        {"2020-05-01", "استقبل رئيس حكومة الوفاق اليوم الوفد", {"رئيس حكومة الوفاق=Fayez al-Sarraj/head_of_government/title", "!Abdullah al-Thani"}},
        {"2016-05-01", "استقبل ولي العهد السعودي اليوم الوفد", {"ولي العهد السعودي=Muhammad bin Nayef/crown_prince/title", "!Mohammed bin Salman"}},
        {"2016-05-01", "استقبل ولي ولي العهد السعودي اليوم الوفد", {"ولي ولي العهد السعودي=Mohammed bin Salman/crown_prince/title", "!Muhammad bin Nayef"}},
        /* ENT-5: نظيريه with two countries' adjectives is two counterparts; near-miss: the
         * singular with one */
        {"2025-06-10", "اقترح وزير الخارجية الإيراني عقد اجتماع يضم نظيريه السعودي والعماني.",
         {"وزير الخارجية الإيراني=Abbas Araghchi//title", "نظيريه السعودي=Faisal bin Farhan Al Saud//counterpart",
          "والعماني=Badr Albusaidi//counterpart"}},
        {"2025-06-10", "اقترح وزير الخارجية الإيراني عقد اجتماع يضم نظيره السعودي والسفير العماني.", {"!Badr Albusaidi"}},
        /* ENT-5: a counterpart with no one named before is no one's ("فاز المنتخب الأرجنتيني على
         * نظيره الفرنسي"); near-miss: a name after it still names him */
        {"2022-12-19", "وفاز المنتخب الأرجنتيني على نظيره الفرنسي في النهائي", {"!Emmanuel Macron"}},
        {"2022-12-19", "استقبل نظيره الفرنسي إيمانويل ماكرون", {"إيمانويل ماكرون=Emmanuel Macron//"}},
        /* US presidents since 1977: a former one named is himself, not the incumbent's predecessor */
        {"2024-12-30", "وكان الرئيس الأمريكي الأسبق جيمي كارتر قد التقى الرئيس السيسي", {"الرئيس الأمريكي الأسبق جيمي كارتر=Jimmy Carter//name", "!Donald Trump"}},
        /* an organization's name holds a place's: فيلق القدس is no Jerusalem */
        {"2024-02-05", "التقى قائد فيلق القدس الإيراني", {"فيلق القدس=Quds Force//", "!Jerusalem"}},
        /* ENT-7: a bare title of some countries (الملك: the kingdoms) is the last person named who
         * holds the role in one of them, not the last head of state */
        {"2024-08-05", "التقى الملك عبدالله الثاني الرئيس إيمانويل ماكرون. وبعث الملك برقية إلى مسعود بزشكيان.",
         {"الملك عبدالله الثاني=King Abdullah II//", "الرئيس إيمانويل ماكرون=Emmanuel Macron//", "الملك=King Abdullah II//"}},
        /* ENT-7: a bare title is the last one named after a bare title too, the home side's, over
         * a guest named with his country; near-misses: with no such one, the last one named; an
         * apposition right after a name is his; a president is no king */
        {"2024-11-10", "استقبل الرئيس عبد الفتاح السيسي الرئيس الصومالي حسن شيخ محمود. وأجرى الرئيس اتصالا بالرئيس الإريتري أسياس أفورقي.",
         {"الرئيس=Abdel Fattah el-Sisi//coref"}},
        {"2024-11-10", "استقبل الرئيس المصري عبد الفتاح السيسي الرئيس الصومالي حسن شيخ محمود. وقال الرئيس إن …",
         {"الرئيس=Hassan Sheikh Mohamud//coref"}},
        /* ENT-4, ENT-7: one elected, unnamed, is the one whose term begins within ninety days —
         * with his country, or the last one named; near-miss: none so soon, no one (not the
         * incumbent) */
        {"2024-11-08", "هنأ الرئيس الروسي فلاديمير بوتين الرئيس الأمريكي المنتخب في اتصال هاتفي.",
         {"الرئيس الأمريكي المنتخب=Donald Trump/head_of_state/title"}},
        {"2024-07-06", "بعث بوتين برقية إلى مسعود بزشكيان بمناسبة فوزه. ودعا بوتين الرئيس المنتخب إلى زيارة روسيا.",
         {"الرئيس المنتخب=Masoud Pezeshkian/head_of_state/coref"}},
        {"2024-05-08", "هنأ الرئيس الروسي فلاديمير بوتين الرئيس الأمريكي المنتخب في اتصال هاتفي.", {"!Joe Biden", "!Donald Trump"}},
        /* … or one whose term began within the week, sworn in on the day he was elected;
         * near-miss: an incumbent of years is no one elected */
        {"2025-01-10", "بعث السيسي برقية تهنئة إلى الرئيس اللبناني المنتخب.", {"الرئيس اللبناني المنتخب=Joseph Aoun/head_of_state/title"}},
        {"2025-02-10", "بعث السيسي برقية تهنئة إلى الرئيس اللبناني المنتخب.", {"!Joseph Aoun"}},
        /* DIC-5: the Grand Imam of al-Azhar by his title, the holder on the day */
        {"2021-04-13", "تلقى شيخ الأزهر رسالة من البابا فرنسيس.", {"شيخ الأزهر=Ahmed el-Tayeb/leader/title"}},
        {"2005-04-13", "استقبل شيخ الأزهر وزير الخارجية الفرنسي.", {"شيخ الأزهر=Mohamed Sayed Tantawi/leader/title"}},
        /* ENT-7: a head of state's title in construct with الدولة/البلاد is the first head the
         * block named, where the story is told from; near-misses: "الرئيس" alone stays the last
         * one named; an apposition right after a name is his */
        {"2024-06-09", "أجرى رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان اليوم اتصالا هاتفيا بالرئيس المصري عبد الفتاح السيسي. ووجه رئيس الدولة خلال الاتصال دعوة للسيسي لزيارة الإمارات.",
         {"رئيس الدولة=Mohamed bin Zayed Al Nahyan/head_of_state/coref"}},
        {"2024-06-09", "أجرى رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان اليوم اتصالا هاتفيا بالرئيس المصري عبد الفتاح السيسي. ووجه الرئيس خلال الاتصال دعوة لمحمد بن زايد لزيارة مصر.",
         {"الرئيس=Abdel Fattah el-Sisi//coref"}},
        {"2024-08-05", "بعث الرئيس الإيراني مسعود بزشكيان برقية إلى الشيخ محمد بن زايد آل نهيان رئيس الدولة.",
         {"رئيس الدولة=Mohamed bin Zayed Al Nahyan//coref"}},
        {"2023-01-16", "استقبل الرئيس ويليام روتو وزير الخارجية. وتلقى اتصالا من ناريندرا مودي رئيس الوزراء.",
         {"رئيس الوزراء=Narendra Modi//coref"}},
        {"2023-01-16", "استقبل الرئيس ويليام روتو وزير الخارجية. وتلقى اتصالا من ناريندرا مودي رئيس وزراء جمهورية الهند.",
         {"رئيس وزراء جمهورية الهند=Narendra Modi//"}},
        {"2024-05-01", "بعث الملك سلمان برقية إلى محمد مخبر النائب الأول لرئيس الجمهورية.", {"-لرئيس الجمهورية"}},
        /* ENT-3: a state's word in construct with a country's name ("جمهورية كينيا") is that country */
        {"2024-05-31", "بعث الملك حمد برقية إلى رئيس جمهورية كينيا وليام روتو.", {"رئيس جمهورية كينيا وليام روتو=William Ruto/head_of_state/name"}},
        /* ENT-3: a minister's portfolios joined by و are part of his title, not its country: the
         * adjective that ends them is, or the name after them; near-miss: a clause that goes on
         * past an indefinite word is no portfolio */
        {"2024-02-20", "التقى بوريطة وزير الشؤون الخارجية والاتحاد الأوروبي والتعاون الإسباني خوسيه مانويل ألباريس.",
         {"وزير الشؤون الخارجية والاتحاد الأوروبي والتعاون الإسباني خوسيه مانويل ألباريس=José Manuel Albares/foreign_minister/name", "!Josep Borrell"}},
        {"2024-02-20", "التقى لافروف وزير الخارجية والتعاون الدولي الصومالي.", {"-وزير الخارجية", "الصومالي=Somalia//"}},
        {"2020-08-16", "أجرى الشيخ عبدالله بن زايد وزير الخارجية والتعاون الدولي اليوم اتصالا هاتفيا بوزير الخارجية الإسرائيلي.",
         {"!Israel", "بوزير الخارجية الإسرائيلي=Gabi Ashkenazi/foreign_minister/title"}},
        /* ENT-3: a title with no country whose holder's name is set off after it by commas is
         * his, and so is the bare title later; near-miss: a name of one who does not hold it */
        {"2024-06-10", "أجرى رئيس الجمهورية، السيد عبد المجيد تبون، مساء اليوم، مكالمة مع الرئيس الصربي ألكسندر فوتشيتش. وجدد رئيس الجمهورية دعوته.",
         {"رئيس الجمهورية=Abdelmadjid Tebboune/head_of_state/title", "عبد المجيد تبون=Abdelmadjid Tebboune//", "الرئيس الصربي ألكسندر فوتشيتش=Aleksandar Vučić//", "رئيس الجمهورية=Abdelmadjid Tebboune//"}},
        {"2024-06-10", "التقى رئيس الجمهورية، السيد أحمد عطاف، الوفد.", {"-رئيس الجمهورية"}},
        /* ENT-3: a name joined by و after a bare title is the next of a list, not the title's
         * holder; near-miss: a name that opens on و (وليام) is the holder */
        {"2024-02-21", "استقبل الملك محمد السادس رئيس الحكومة الإسبانية بيدرو سانشيز. وكان آخر لقاء بين الملك وسانشيز في أبريل 2022.",
         {"الملك=King Mohammed VI/head_of_state/coref", "وسانشيز=Pedro Sánchez//"}},
        {"2023-01-16", "استقبل الشيخ محمد بن زايد الرئيس الكيني وليام روتو.", {"الرئيس الكيني وليام روتو=William Ruto/head_of_state/name"}},
        /* ENT-7: a verb that begins as the article does (التقى) is no definite noun the
         * adjective qualifies */
        {"2025-05-17", "ترأس رئيس الوزراء العراقي محمد شياع السوداني القمة. وعلى هامش القمة، التقى السوداني رئيس الوزراء الإسباني بيدرو سانشيز.",
         {"رئيس الوزراء العراقي محمد شياع السوداني=Mohammed Shia al-Sudani//", "السوداني=Mohammed Shia al-Sudani//", "!Sudan"}},
        {"2024-06-01", "وقال الأسد إن الأسد حيوان", {"الأسد=Bashar al-Assad//"}},
        /* the Caucasus and the Holy See (persons_europe.tsv) */
        {"2024-06-15", "التقى الرئيس أردوغان بنظيره الأذربيجاني إلهام علييف ثم رئيس الوزراء الأرميني نيكول باشينيان",
         {"بنظيره الأذربيجاني إلهام علييف=Ilham Aliyev/head_of_state/name", "رئيس الوزراء الأرميني نيكول باشينيان=Nikol Pashinyan/head_of_government/name"}},
        {"2019-02-04", "استقبل الشيخ محمد بن زايد البابا فرنسيس في أبوظبي", {"البابا فرنسيس=Pope Francis/head_of_state/name"}},
        /* Iran: الرئيس names the President, المرشد the Supreme Leader */
        {"2024-03-10", "قال الرئيس الإيراني إن المرشد الإيراني وافق", {"الرئيس الإيراني=Ebrahim Raisi/head_of_state/title", "المرشد الإيراني=Ali Khamenei/leader/title"}},
        /* ENT-1: at each token the longest form wins: a son's or a namesake's full name over
         * another's short form (حفتر، العليمي، القذافي); near-miss: the father's full name, which
         * holds the son's (خليفة بلقاسم حفتر) */
        {"2024-06-01", "التقى بلقاسم حفتر الرئيس عبد المجيد تبون", {"بلقاسم حفتر=Belqasem Haftar//name", "!Khalifa Haftar"}},
        {"2024-06-01", "التقى خليفة بلقاسم حفتر الرئيس تبون", {"خليفة بلقاسم حفتر=Khalifa Haftar/leader/name", "!Belqasem Haftar"}},
        {"2024-06-01", "استقبل عبدالله العليمي السفير في الرياض", {"عبدالله العليمي=Abdullah al-Alimi Bawazeer/vice_president/name", "!Rashad al-Alimi"}},
        {"2024-06-01", "التقى سيف الإسلام القذافي الوفد الروسي", {"سيف الإسلام القذافي=Saif al-Islam Gaddafi//name", "!Muammar Gaddafi"}},
        /* ENT-1, ENT-2: a place whose bare name is a common word (مشهد "scene") is read only in
         * a form that tells it apart (مدينة مشهد); near-miss: the bare word */
        {"2024-08-01", "استقبل بزشكيان الرئيس الطاجيكي في مدينة مشهد", {"مدينة مشهد=Mashhad//"}},
        {"2024-08-01", "في مشهد يعكس التوتر التقى بزشكيان الرئيس الطاجيكي", {"!Mashhad"}},
    };
    RUN(cs);
}

/* ENT-3, ENT-4: titles resolved to the holder on the date in force. */
static void test_ent3_titles_by_date(void **state)
{
    (void)state;
    static const ecase cs[] = {
        {"2019-03-01", "قال الرئيس الأميركي إنه سيلتقي", {"الرئيس الأميركي=Donald Trump/head_of_state/title"}},
        {"2022-03-01", "قال الرئيس الأمريكي إنه سيلتقي", {"الرئيس الأمريكي=Joe Biden/head_of_state/title"}},
        {"2025-08-16", "وفي 2018 قال الرئيس الأمريكي إنه يريد علاقات جيدة", {"الرئيس الأمريكي=Donald Trump/head_of_state/title"}},
        {"2020-06-01", "اتصلت المستشارة الألمانية بالرئيس الفرنسي", {"المستشارة الألمانية=Angela Merkel/head_of_government/title", "بالرئيس الفرنسي=Emmanuel Macron/head_of_state/title"}},
        {"2023-06-01", "قال الأمين العام للناتو", {"الأمين العام للناتو=Jens Stoltenberg/secretary_general/title"}},
        {"2025-06-01", "قال الأمين العام لحلف الناتو", {"الأمين العام لحلف الناتو=Mark Rutte/secretary_general/title"}},
        {"2025-08-16", "قال الناطق باسم الكرملين إن اللقاء مفيد", {"الناطق باسم الكرملين=Dmitry Peskov/spokesperson/title"}},
        {"2018-06-01", "التقى وزير الخارجية الأمريكي نظيره الصيني", {"وزير الخارجية الأمريكي=Mike Pompeo/foreign_minister/title", "نظيره الصيني=Wang Yi/foreign_minister/counterpart"}},
        {"2025-08-16", "قال الرئيس الروسي فلاديمير بوتين", {"الرئيس الروسي فلاديمير بوتين=Vladimir Putin/head_of_state/name"}},
        {"2019-05-10", "استقبل ولي العهد السعودي الأمير محمد بن سلمان الوفد", {"ولي العهد السعودي الأمير محمد بن سلمان=Mohammed bin Salman/crown_prince/name"}},
        {"2025-03-10", "وصل مبعوث ترمب ستيف ويتكوف إلى موسكو", {"ترمب=Donald Trump//principal", "ستيف ويتكوف=Steve Witkoff/envoy/name", "موسكو=Moscow//"}},
        /* a title with its country or organization as one phrase (عمان alone is also Amman) */
        {"2019-06-28", "استقبل سلطان عمان الوفد", {"سلطان عمان=Qaboos bin Said/head_of_state/title"}},
        {"2022-03-01", "استقبل سلطان عمان الوفد", {"سلطان عمان=Haitham bin Tariq/head_of_state/title"}},
        {"2022-03-01", "التقت رئيسة المفوضية الأوروبية الوفد", {"رئيسة المفوضية الأوروبية=Ursula von der Leyen/president/title"}},
        {"2022-03-01", "زار الوفد عمان أمس", {"!Haitham bin Tariq"}},
        {"2025-08-16", "قال المستشار الروسي إن", {"!Olaf Scholz", "!Friedrich Merz"}},
        {"2024-06-01", "التقى نائب رئيس الوزراء الإسرائيلي الوفد", {"!Benjamin Netanyahu"}},
        /* the president-elect: the name decides, and unnamed he is not the incumbent */
        {"2024-11-11", "تحدث بوتين مع الرئيس الأمريكي المنتخب دونالد ترامب", {"الرئيس الأمريكي المنتخب دونالد ترامب=Donald Trump/head_of_state/name", "!Joe Biden"}},
        {"2024-11-11", "هنأ بوتين الرئيس الأمريكي المنتخب", {"!Joe Biden"}},
        /* a country in parentheses qualifies the title: not a reference back to Putin */
        {"2025-02-13", "اتصل بوتين بترامب، وسنتصل بالرئيس (الأوكراني فولوديمير) زيلينسكي",
         {"بالرئيس (الأوكراني=Volodymyr Zelenskyy/head_of_state/title"}},
        /* China's premier (رئيس مجلس الدولة الصيني) and North Korea's leader unnamed, by date (the
         * leader, not the nominal head of state: the title's office); near-miss: Egypt's State
         * Council (مجلس الدولة, a court) has no Chinese premier */
        {"2010-05-01", "التقى رئيس مجلس الدولة الصيني الوفد", {"رئيس مجلس الدولة الصيني=Wen Jiabao/head_of_government/title"}},
        {"2016-05-01", "التقى رئيس مجلس الدولة الصيني الوفد", {"رئيس مجلس الدولة الصيني=Li Keqiang/head_of_government/title"}},
        {"2024-05-01", "التقى رئيس مجلس الدولة الصيني الوفد", {"رئيس مجلس الدولة الصيني=Li Qiang/head_of_government/title"}},
        {"2018-06-01", "استقبل الرئيس السيسي رئيس مجلس الدولة المستشار محمد حسام الدين", {"!Li Keqiang"}},
        {"2010-05-01", "التقى الزعيم الكوري الشمالي الرئيس الصيني", {"الزعيم الكوري الشمالي=Kim Jong Il/head_of_state/title", "!Kim Yong-nam"}},
        {"2019-06-30", "التقى الزعيم الكوري الشمالي بالرئيس الأمريكي في بانمونجوم", {"الزعيم الكوري الشمالي=Kim Jong Un/head_of_state/title", "!Choe Ryong-hae", "بالرئيس الأمريكي=Donald Trump/head_of_state/title"}},
    };
    RUN(cs);
}

/* ENT-4 on both sides of a change of office. */
static void test_ent4_change_of_office(void **state)
{
    (void)state;
    static const ecase cs[] = {
        {"2021-01-19", "قال الرئيس الأمريكي في خطاب وداعي", {"الرئيس الأمريكي=Donald Trump/head_of_state/title"}},
        {"2021-01-21", "قال الرئيس الأمريكي في أول خطاب", {"الرئيس الأمريكي=Joe Biden/head_of_state/title"}},
        {"2025-04-15", "استقبل المستشار الألماني الرئيس الفرنسي", {"المستشار الألماني=Olaf Scholz/head_of_government/title"}},
        {"2025-06-15", "استقبل المستشار الألماني الرئيس الفرنسي", {"المستشار الألماني=Friedrich Merz/head_of_government/title"}},
        {"2025-06-15", "وفي 20 نيسان/أبريل 2025 استقبل المستشار الألماني الرئيس الفرنسي", {"المستشار الألماني=Olaf Scholz/head_of_government/title"}},
        {"2021-01-21", "انتقد الرئيس الأمريكي سلفه", {"الرئيس الأمريكي=Joe Biden//title", "سلفه=Donald Trump/head_of_state/predecessor"}},
        /* Cuba: Fidel Castro until 24 February 2008, Raúl after; each by his given name, and the
         * bare surname (no short form: they share it) the Castro the article named */
        {"2000-09-07", "استقبل الرئيس الكوبي الوفد", {"الرئيس الكوبي=Fidel Castro/head_of_state/title"}},
        {"2012-05-01", "استقبل الرئيس الكوبي الوفد", {"الرئيس الكوبي=Raúl Castro/head_of_state/title"}},
        {"2016-02-18", "سيلتقي أوباما الرئيس راؤول كاسترو، لكنه لن يلتقي الزعيم الكوبي السابق فيدل كاسترو.",
         {"الرئيس راؤول كاسترو=Raúl Castro/head_of_state/name", "الزعيم الكوبي السابق فيدل كاسترو=Fidel Castro//name"}},
        {"2000-09-07", "التقى فيدل كاسترو شافيز في نيويورك. وقال كاسترو إن العلاقات متينة.",
         {"فيدل كاسترو=Fidel Castro/head_of_state/name", "كاسترو=Fidel Castro//coref", "!Raúl Castro"}},
        {"2012-05-01", "التقى راؤول كاسترو مادورو في هافانا. وقال كاسترو إن العلاقات متينة.",
         {"راؤول كاسترو=Raúl Castro/head_of_state/name", "كاسترو=Raúl Castro//coref", "!Fidel Castro"}},
        /* the Speaker of the US House in 2015; Masoud Barzani's bare name: the KRG presidency
         * until November 2017, the KDP after */
        {"2015-01-22", "التقى نتنياهو رئيس مجلس النواب الأميركي.", {"رئيس مجلس النواب الأميركي=John Boehner/speaker/title"}},
        {"2016-02-24", "التقى مسعود بارزاني أردوغان في أنقرة.", {"مسعود بارزاني=Masoud Barzani/president/name"}},
        {"2019-02-24", "التقى مسعود بارزاني أردوغان في أنقرة.", {"مسعود بارزاني=Masoud Barzani/leader/name"}},
    };
    RUN(cs);
}

/* ENT-5 … ENT-8: counterpart, predecessor, former, coreference, pairs. */
static void test_ent5_to_8_context(void **state)
{
    (void)state;
    static const ecase cs[] = {
        /* ENT-5: a minister's counterpart is a minister (the name after it keeps that role); a
         * leader's is the head of state where the office differs; near-miss: a minister whose
         * counterpart the dictionary does not know is not the head of state */
        {"2023-03-27", "التقى وزير الخارجية الجزائري أحمد عطاف نظيره الإسباني", {"نظيره الإسباني=José Manuel Albares/foreign_minister/counterpart"}},
        {"2023-03-27", "التقى وزير الخارجية الجزائري أحمد عطاف نظيره الإسباني خوسيه مانويل ألباريس",
         {"نظيره الإسباني خوسيه مانويل ألباريس=José Manuel Albares/foreign_minister/name"}},
        {"2023-03-27", "التقى الملك عبدالله الثاني نظيره المصري", {"نظيره المصري=Abdel Fattah el-Sisi/head_of_state/counterpart"}},
        /* ENT-7: the guest of a country is the last person named who is of it, whatever his
         * role; near-misses: no one of that country named, and a guest with no country */
        {"2024-03-05", "وصل المبعوث الأمريكي آموس هوكستين إلى بيروت والتقى رئيس الحكومة نجيب ميقاتي. وانتقل الضيف الأميركي بعد ذلك إلى عين التينة",
         {"الضيف الأميركي=Amos Hochstein//coref"}},
        {"2024-03-05", "التقى رئيس الحكومة اللبنانية نجيب ميقاتي اليوم الضيف الأميركي", {"-الضيف الأميركي"}},
        {"2024-03-05", "وصل المبعوث الأمريكي آموس هوكستين إلى بيروت، وقال الضيف إن المحادثات بناءة", {"-الضيف"}},
        {"2023-03-27", "التقى وزير الخارجية الجزائري أحمد عطاف نظيره البرتغالي", {"!Marcelo Rebelo de Sousa"}},
        {"2025-08-16", "أجرى الرئيس الأمريكي دونالد ترامب اتصالا بنظيره الروسي، وبحث الرئيسان الحرب",
         {"الرئيس الأمريكي دونالد ترامب=Donald Trump/head_of_state/name", "بنظيره الروسي=Vladimir Putin/head_of_state/counterpart",
          "الرئيسان=Donald Trump//pair", "الرئيسان=Vladimir Putin//pair"}},
        {"2018-06-01", "هاجم وزير الخارجية الأمريكي سلفه", {"وزير الخارجية الأمريكي=Mike Pompeo//title", "سلفه=Rex Tillerson/foreign_minister/predecessor"}},
        {"2025-08-16", "انتقد الرئيس الأمريكي السابق الاتفاق", {"الرئيس الأمريكي السابق=Joe Biden/head_of_state/former"}},
        /* ENT-6: a title of one office is that office's predecessor, not the country's last
         * head before the day ("رئيس حكومة الوفاق السابق" after the GNA: Sarraj, not al-Thani of
         * the rival government, whose term ended later) */
        {"2023-03-04", "قال رئيس حكومة الوفاق السابق إن الحرب انتهت", {"رئيس حكومة الوفاق السابق=Fayez al-Sarraj/head_of_government/former"}},
        {"2023-03-04", "قال ولي العهد السعودي السابق إن", {"ولي العهد السعودي السابق=Muhammad bin Nayef/crown_prince/former"}},
        /* titles.tsv: the Kurdistan Region's president and prime minister (of KRG, whose country
         * orgs.tsv gives) — a title ending in a place's name is complete, no principal's */
        {"2016-02-25", "التقى رئيس إقليم كوردستان مسعود بارزاني رئيس الوزراء التركي", {"رئيس إقليم كوردستان مسعود بارزاني=Masoud Barzani/president/name"}},
        {"2019-08-05", "التقى رئيس إقليم كوردستان وزير الخارجية الإيراني", {"رئيس إقليم كوردستان=Nechirvan Barzani/president/title"}},
        {"2023-04-09", "تلقى رئيس حكومة إقليم كردستان اتصالا", {"رئيس حكومة إقليم كردستان=Masrour Barzani/head_of_government/title"}},
        /* ENT-3: فور after a title is "upon", no given name of another holder; near-miss: Faure
         * Gnassingbé's full name */
        {"2023-10-10", "بعث السيسي برقية تعزية إلى الرئيس الجزائري فور وقوع الحادث", {"الرئيس الجزائري=Abdelmadjid Tebboune/head_of_state/title"}},
        {"2023-10-10", "التقى الرئيس التوغولي فور غناسينغبي الرئيس الغاني", {"الرئيس التوغولي فور غناسينغبي=Faure Gnassingbé/head_of_state/name"}},
        /* ENT-7: a regnal number is no surname named again ("كانون الثاني" after "الأمير الحسين بن
         * عبدالله الثاني") */
        {"2025-02-26", "استقبل الملك عبدالله الثاني الرئيس أحمد الشرع بحضور الأمير الحسين بن عبدالله الثاني. وكان الملك قد اتصل بالشرع في الثلاثين من كانون الثاني الماضي.",
         {"-الثاني"}},
        /* ENT-3: a city after a title in construct picks the holder whose note names it, and a
         * city that does not stand for the government names that city's holder or no one */
        {"2019-03-04", "استقبل ولي عهد أبوظبي رئيس الوزراء الهندي", {"ولي عهد أبوظبي=Mohamed bin Zayed Al Nahyan/crown_prince/title"}},
        {"2019-03-04", "استقبل ولي عهد دبي رئيس الوزراء الهندي", {"ولي عهد دبي=Hamdan bin Mohammed Al Maktoum/crown_prince/title"}},
        {"2019-03-04", "قال وزير خارجية دبي إن", {"!Abdullah bin Zayed Al Nahyan"}},
        {"2024-06-01", "التقى الرئيس الفلسطيني محمود عباس الوفد. وقال عباس إن", {"الرئيس الفلسطيني محمود عباس=Mahmoud Abbas//name", "عباس=Mahmoud Abbas//coref"}},
        {"2025-08-16", "التقى بوتين الصحفيين. وقال الرئيس إن", {"بوتين=Vladimir Putin//", "الرئيس=Vladimir Putin/head_of_state/coref"}},
        {"2025-08-16", "قال المتحدث باسم الكرملين دميتري بيسكوف إن الطرفين اتفقا", {"المتحدث باسم الكرملين دميتري بيسكوف=Dmitry Peskov/spokesperson/name"}},
        /* ENT-7: a short form that is also a common word (~لولا) once the article has named him;
         * near-misses: not before that, not before أن, not opening a clause before a definite noun */
        {"2023-07-18", "وصل الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إلى بروكسل. كما اجتمع لولا بفون دير لاين.",
         {"الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا=Luiz Inácio Lula da Silva/head_of_state/name", "لولا=Luiz Inácio Lula da Silva/head_of_state/short"}},
        {"2023-07-18", "كما اجتمع لولا بفون دير لاين.", {"!Luiz Inácio Lula da Silva"}},
        /* ENT-3: a title or an honorific on و after a title opens the next person, no portfolio of
         * the first's */
        {"2022-12-06", "يلتقي شي خادم الحرمين الشريفين وولي العهد الأمير محمد بن سلمان",
         {"خادم الحرمين الشريفين=King Salman/head_of_state/title", "وولي العهد الأمير محمد بن سلمان=Mohammed bin Salman/crown_prince/name"}},
        {"2022-12-06", "يلتقي شي خادم الحرمين الشريفين وصاحب السمو الملكي الأمير محمد بن سلمان ولي العهد",
         {"خادم الحرمين الشريفين=King Salman/head_of_state/title", "الأمير محمد بن سلمان=Mohammed bin Salman/crown_prince/name"}},
        /* … and a first name another leader bears (~كير: Salva Kiir once named, not Keir Starmer) */
        {"2024-05-10", "أجرى روتو اتصالا بنظيره سلفا كير ميارديت. ومن المنتظر أن يزور كير نيروبي.",
         {"سلفا كير ميارديت=Salva Kiir/head_of_state/name", "كير=Salva Kiir/head_of_state/short"}},
        {"2024-05-10", "ومن المنتظر أن يزور كير نيروبي.", {"!Salva Kiir"}},
        /* the Saudi foreign minister by his title and first name, as Gulf papers call him */
        {"2025-02-10", "ودعا وانغ يي الأمير فيصل إلى زيارة الصين", {"الأمير فيصل=Faisal bin Farhan Al Saud/foreign_minister/short"}},
        /* South Sudan's first vice-president, and IGAD's executive secretary */
        {"2025-05-16", "اتصال بين الرئيس يوري موسيفيني والنائب الأول لرئيس جنوب السودان رياك مشار", {"رياك مشار=Riek Machar//name"}},
        {"2024-03-13", "استقبل سلفا كير السكرتير التنفيذي للإيقاد ورقنه جيبيهو", {"ورقنه جيبيهو=Workneh Gebeyehu/secretary_general/name"}},
        {"2023-07-18", "وصل الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إلى بروكسل. ولولا أن الاتحاد وافق لما جاء.",
         {"الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا=Luiz Inácio Lula da Silva/head_of_state/name", "-ولولا", "-لولا"}},
        {"2023-07-18", "وصل الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إلى بروكسل. ولولا الدعم الأوروبي لما جاء.",
         {"الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا=Luiz Inácio Lula da Silva/head_of_state/name", "-ولولا", "-لولا"}},
        /* ENT-7: a surname that is also a country's adjective stands for the person named before
         * it, but not where it qualifies a definite noun (الوفد السوداني) */
        {"2025-01-08", "وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران. وعقد السوداني والرئيس الإيراني مسعود بزشكيان جلسة مباحثات.",
         {"رئيس الوزراء العراقي محمد شياع السوداني=Mohammed Shia al-Sudani//name", "السوداني=Mohammed Shia al-Sudani//coref"}},
        {"2025-01-08", "وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران. والتقى الوفد السوداني الرئيس الإيراني.",
         {"رئيس الوزراء العراقي محمد شياع السوداني=Mohammed Shia al-Sudani//name", "السوداني=Sudan//adjective"}},
        /* ENT-7: a short form whose words open a longer form of another person the article named
         * (and not its own) is that person; near-miss: named alone, the short form's own */
        {"2007-03-04", "استقبل خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز أمس نجاد. ووجه نجاد دعوة إلى الملك عبدالله لزيارة طهران.",
         {"الملك عبدالله=King Abdullah of Saudi Arabia//short", "!King Abdullah II"}},
        {"2007-03-04", "ووجه نجاد دعوة إلى الملك عبدالله لزيارة طهران.", {"الملك عبدالله=King Abdullah II//short"}},
        /* ENT-7: a kinsman or one gone named with a surname another holds (والده الرئيس رفيق
         * الحريري) does not take it; near-miss: with no such word the surname is the latest's */
        {"2009-12-21", "زار سعد الحريري دمشق في أول زيارة منذ اغتيال والده الرئيس رفيق الحريري. وعقد الحريري محادثات مع الأسد.",
         {"الحريري=Saad Hariri//coref"}},
        {"2009-12-21", "زار سعد الحريري دمشق. والتقى الرئيس رفيق الحريري الأسد عام 2004. وعقد الحريري محادثات مع الأسد.",
         {"الحريري=Rafic Hariri//coref"}},
        /* ENT-7: a surname with the article met before stands for its person after a conjunction
         * or preposition too (والجعفري، بالجعفري); near-miss: not before the full name */
        {"2017-12-01", "التقى دي ميستورا بشار الجعفري. واجتمع دي ميستورا والجعفري مجددا، ثم اتصل بالجعفري.",
         {"والجعفري=Bashar al-Jaafari//coref", "بالجعفري=Bashar al-Jaafari//coref"}},
        {"2017-12-01", "واجتمع دي ميستورا والجعفري مجددا.", {"!Bashar al-Jaafari"}},
        /* ENT-1: a surname after a given name the dictionary does not know, after a country's
         * adjective, is someone else's; near-misses: after إن or a date word it is the person */
        {"2025-07-20", "التقى بري السفيرة الأمريكية ليزا جونسون في عين التينة.", {"!Boris Johnson"}},
        {"2018-03-21", "وقال مساعدون روس إن ترامب اقترح لقاء.", {"ترامب=Donald Trump//short"}},
        {"2019-06-29", "التقى الرئيس الروسي أمس جونسون.", {"جونسون=Boris Johnson//short"}},
        /* … and the ambassador herself, now in the dictionary, by her full name */
        {"2025-04-05", "استقبل الرئيس جوزاف عون السفيرة الأميركية في لبنان ليزا جونسون.", {"ليزا جونسون=Lisa Johnson/envoy/name", "!Boris Johnson"}},
        /* envoys and others named in Lebanese and Palestinian copy: full name, then surname */
        {"2019-05-14", "استقبل عون ديفيد ساترفيلد. ثم انتقل ساترفيلد إلى عين التينة.",
         {"ديفيد ساترفيلد=David Satterfield/envoy/name", "ساترفيلد=David Satterfield/envoy/short"}},
        {"2021-05-17", "استقبل الرئيس محمود عباس هادي عمرو في رام الله.", {"هادي عمرو=Hady Amr/envoy/name"}},
        {"2023-09-12", "يزور لودريان البطريرك الماروني مار بشارة بطرس الراعي. وأكد الراعي ضرورة انتخاب رئيس.",
         {"مار بشارة بطرس الراعي=Bechara Boutros al-Rahi//name", "الراعي=Bechara Boutros al-Rahi//coref"}},
        /* ENT-3: a title and a surname the dictionary keeps out of the short forms: the one
         * person of that surname holding the title's role that day; near-misses: a father's or a
         * house's name (بن سعيد، آل سعيد) is no surname, and the word alone names no one */
        {"2025-07-20", "استقبل الرئيس عون السفير.", {"الرئيس عون=Joseph Aoun/head_of_state/name"}},
        /* … also past a given name that opens one of his names; near-miss: another given name */
        {"2004-05-07", "التقى الرئيس جورج بوش الملك.", {"الرئيس جورج بوش=George W. Bush/head_of_state/name"}},
        {"2024-05-10", "التقى الرئيس محمد عباس الملك.", {"!Mahmoud Abbas"}},
        {"2025-07-20", "استقبل الرئيس سعيد السفير.", {"الرئيس سعيد=Kais Saied/head_of_state/name"}},
        {"2024-05-10", "استقبل الرئيس عباس السفير.", {"الرئيس عباس=Mahmoud Abbas/head_of_state/name"}},
        {"2025-07-20", "قدم عون الجيش للمدينة.", {"!Joseph Aoun"}},
        {"2025-03-05", "أعرب سانشيز عن شكره للملك على الدعم.", {"!Irfaan Ali"}},
        /* … nor أن, the last word of "مون جاي إن": "وأكد الرئيس أن …" is no Moon Jae-in */
        {"2020-06-23", "وأكد الرئيس أن أمن ليبيا مهم.", {"!Moon Jae-in"}},
        /* ENT-1: a short form that opens with a title, then the same person's full name: one
         * mention, no word left for an alias of another (آل ثاني) */
        {"2025-06-24", "وصل الشيخ محمد بن عبد الرحمن آل ثاني إلى القاهرة. والتقى الرئيس السيسي الأمير تميم بن حمد آل ثاني.",
         {"محمد بن عبد الرحمن آل ثاني=Mohammed bin Abdulrahman Al Thani//name", "الرئيس السيسي=Abdel Fattah el-Sisi/head_of_state/name",
          "الأمير تميم بن حمد آل ثاني=Tamim bin Hamad Al Thani//name"}},
        {"2025-06-24", "والتقى الرئيس السيسي الأمير تميم في الدوحة.", {"الأمير تميم=Tamim bin Hamad Al Thani//short"}},
        /* a name that is also a word (لولا 'if not for') is a short form only after its title */
        {"2025-06-24", "اتصل أردوغان بالرئيس لولا أمس.", {"بالرئيس لولا=Luiz Inácio Lula da Silva//short"}},
        {"2025-06-24", "لولا تدخل الوسطاء لما عقد اللقاء.", {"!Luiz Inácio Lula da Silva"}},
        /* ENT-1: a short form of two letters joined by و to a person named right before it;
         * near-miss: the same letters elsewhere are a word (وشى به: informed on him) */
        {"2025-10-30", "التقى ترامب وشي في بوسان.", {"ترامب=Donald Trump//short", "وشي=Xi Jinping//short"}},
        {"2025-10-30", "وقال إن أحد المقربين وشى به.", {"!Xi Jinping"}},
        /* … and one on the preposition ب, of a person the article named before; near-miss: not
         * before that */
        {"2023-11-14", "التقى بايدن الرئيس الصيني شي جين بينغ. وكان بايدن قد أجرى اتصالا هاتفيا بشي.", {"بشي=Xi Jinping//short"}},
        {"2023-11-14", "وكان بايدن قد أجرى اتصالا هاتفيا بشي.", {"!Xi Jinping"}},
        /* ENT-7: the first word of a full name whose family name comes first (Korean, Chinese,
         * Vietnamese) once the article has named him; near-miss: not before that */
        {"2024-06-18", "التقى بوتين الزعيم الكوري الشمالي كيم جونغ أون. وكان كيم قد بعث برقية إلى بوتين.", {"كيم=Kim Jong Un//coref"}},
        {"2023-03-05", "التقى الرئيس الكوري الجنوبي يون سوك يول الرئيس الأمريكي جو بايدن. وكان يون قد اتصل ببايدن.", {"يون=Yoon Suk Yeol//coref"}},
        {"2024-06-18", "وكان كيم قد بعث برقية إلى بوتين.", {"!Kim Jong Un"}},
        /* ENT-9: a title whose last word is definite is complete: the name after it holds it */
        {"2025-07-20", "التقى رئيس مجلس النواب نبيه بري السفيرة.", {"رئيس مجلس النواب نبيه بري=Nabih Berri//name"}},
        /* ENT-9: a title after an agent's (in construct, or before لـ) names his principal, not
         * a party; near-miss: the title alone is its holder */
        {"2025-03-10", "التقى الرئيس عون المبعوث الخاص للأمين العام للأمم المتحدة.", {"للأمين العام للأمم المتحدة=António Guterres//principal"}},
        {"2025-03-10", "استقبل الرئيس عون ممثل الأمين العام للأمم المتحدة.", {"الأمين العام للأمم المتحدة=António Guterres//principal"}},
        /* a longer name wins over a short form inside it ("عبد العزيز بن سلمان" is not "بن سلمان");
         * "خادم الحرمين" without الشريفين is the king's title too */
        {"2025-05-17", "التقى مودي وزير الطاقة السعودي الأمير عبد العزيز بن سلمان.", {"!Mohammed bin Salman"}},
        /* DIC-1: the ministers of economic diplomacy by name, and by a short form later */
        {"2023-06-05", "التقى وزير الطاقة السعودي الأمير عبد العزيز بن سلمان نائب رئيس الوزراء الروسي ألكسندر نوفاك في فيينا. وقال نوفاك إن الاجتماع كان مثمرا.",
         {"ألكسندر نوفاك=Alexander Novak//name", "نوفاك=Alexander Novak//"}},
        {"2025-05-17", "تلقى خادم الحرمين برقية تهنئة من بوتين.", {"خادم الحرمين=King Salman/head_of_state/title"}},
        /* … an adviser's, an ambassador's (مستشار، سفير, also مساعد، مندوب) */
        {"2024-11-14", "التقى الأسد علي لاريجاني مستشار قائد الثورة الإسلامية في إيران.", {"قائد الثورة الإسلامية=Ali Khamenei//principal"}},
        {"2025-07-08", "استقبل البوسعيدي سفير خادم الحرمين الشريفين المعتمد لدى سلطنة عمان.", {"خادم الحرمين الشريفين=King Salman//principal"}},
        /* … and a name right after the agent's word, or after the principal's title, past
         * honorifics (آية الله السيد); near-miss: a definite title (المستشار) is the holder's */
        {"2024-11-14", "استقبل الأسد علي لاريجاني مستشار آية الله السيد علي خامنئي.", {"علي خامنئي=Ali Khamenei//principal"}},
        {"2024-11-14", "استقبل الأسد علي لاريجاني مستشار قائد الثورة الإسلامية آية الله السيد علي خامنئي.", {"علي خامنئي=Ali Khamenei//principal"}},
        {"2024-11-14", "التقى المستشار أولاف شولتس الرئيس ماكرون.", {"المستشار أولاف شولتس=Olaf Scholz/head_of_government/name"}},
        {"2025-08-01", "استقبل الرئيس جوزاف عون السفير توم باراك.", {"توم باراك=Tom Barrack//name"}},
        {"2025-03-10", "استقبل الرئيس عون الأمين العام للأمم المتحدة.", {"الأمين العام للأمم المتحدة=António Guterres/secretary_general/title"}},
        /* a deputy's title, feminine too (نائبة), before a title: not its holder */
        {"2022-01-10", "أجرى سيرغي ريابكوف ونائبة وزير الخارجية الأمريكي ويندي شيرمان محادثات.", {"!Antony Blinken"}},
        {"2022-01-10", "أجرى سيرغي ريابكوف ونائب وزير الخارجية الأمريكي محادثات.", {"!Antony Blinken"}},
        /* … and after an ordinal (النائب الثاني لرئيس مجلس الوزراء) */
        {"2015-11-14", "استقبل الملك سلمان الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء.", {"-لرئيس مجلس الوزراء"}},
        /* ENT-7: a surname met before, in a lineage that goes on (بن عبدالعزيز), names no one */
        {"2015-11-14", "بعث الأمير محمد بن نايف بن عبدالعزيز برقية. كما بعث الأمير محمد بن سلمان بن عبدالعزيز برقية.",
         {"الأمير محمد بن سلمان=Mohammed bin Salman//name", "-عبدالعزيز"}},
        /* ENT-9: a name after the principal's title that its bearer does not hold that day is the
         * agent's (also after موفد and the plural مستشاري); near-miss: the holder's own name there
         * is the principal */
        {"2023-07-26", "استقبل نبيه بري الموفد الشخصي للرئيس الفرنسي جان إيف لودريان.",
         {"للرئيس الفرنسي=Emmanuel Macron//principal", "جان إيف لودريان=Jean-Yves Le Drian//name"}},
        {"2025-01-12", "استقبل عطاف المبعوث الشخصي للأمين العام للأمم المتحدة ستافان دي ميستورا.",
         {"للأمين العام للأمم المتحدة=António Guterres//principal", "ستافان دي ميستورا=Staffan de Mistura/envoy/name"}},
        {"2024-03-05", "التقى ميقاتي كبير مستشاري الرئيس الأميركي لشؤون الطاقة آموس هوكشتاين.", {"الرئيس الأميركي=Joe Biden//principal"}},
        {"2025-03-12", "التقى نتنياهو المبعوث الخاص للرئيس الأمريكي دونالد ترامب.", {"للرئيس الأمريكي دونالد ترامب=Donald Trump//principal"}},
        /* ENT-3: a name whose bearer holds another country's role that day, after a title with a
         * country's adjective: two persons, the title's holder the one named before; near-misses:
         * one of the title's country with a title of his own in construct with it */
        {"2025-01-15", "وصل المبعوث الأممي رمطان لعمامرة إلى بورتسودان. ومن المنتظر أن يلتقي المبعوث الأممي البرهان غدا.",
         {"المبعوث الأممي=Ramtane Lamamra/envoy/title", "البرهان=Abdel Fattah al-Burhan/head_of_state/name"}},
        {"2021-11-25", "استقبل أردوغان ولي عهد أبوظبي الشيخ محمد بن زايد. وسبق الزيارة اتصال هاتفي أجراه ولي عهد أبوظبي بأردوغان في 31 آب/أغسطس 2021.",
         {"ولي عهد أبوظبي=Mohamed bin Zayed Al Nahyan/crown_prince/title", "بأردوغان=Recep Tayyip Erdogan/head_of_state/name"}},
        {"2023-08-06", "استضافت المملكة اجتماعا بمشاركة مدير مكتب الرئيس الأوكراني أندريه يرماك.", {"!Volodymyr Zelenskyy"}},
        {"2024-11-11", "التقى ولي العهد النائب الأول للرئيس الإيراني محمد رضا عارف.", {"!Masoud Pezeshkian"}},
        /* … and a bare title after its holder was named, which names him again: as his agent's
         * principal still (near-miss: alone, the title is him, "coref") */
        {"2024-09-30", "التقى بوريطة الأمين العام أنطونيو غوتيريش. واتصل عطاف بالمبعوث الشخصي للأمين العام إلى الصحراء ستافان دي ميستورا.",
         {"للأمين العام=António Guterres//principal", "ستافان دي ميستورا=Staffan de Mistura/envoy/name"}},
        {"2024-09-30", "التقى بوريطة الأمين العام أنطونيو غوتيريش. واتصل عطاف بالأمين العام.", {"بالأمين العام=António Guterres/secretary_general/coref"}},
        /* ENT-8: a pair word with the two named right after it refers to no one named before */
        {"2025-05-17", "استقبل أردوغان زيلينسكي في أنقرة. واتفقا على التحضير لقمة بين الرئيسين فلاديمير بوتين ودونالد ترامب.",
         {"أردوغان=Recep Tayyip Erdogan//short", "زيلينسكي=Volodymyr Zelenskyy//short", "فلاديمير بوتين=Vladimir Putin//name", "ودونالد ترامب=Donald Trump//name"}},
        /* ENT-8: a crown prince named before counts among "the two leaders" */
        {"2025-06-24", "استقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس الصومالي حسن شيخ محمود في جدة. وعقد الزعيمان اجتماعا مغلقا.",
         {"الزعيمان=Mohammed bin Salman//pair", "الزعيمان=Hassan Sheikh Mohamud//pair"}},
        /* ENT-8: a dual title with two countries' adjectives names each one's leader */
        {"2025-04-10", "عرض أردوغان استضافة محادثات بين الرئيسين الروسي والأوكراني في إسطنبول.",
         {"الرئيسين الروسي=Vladimir Putin/head_of_state/pair", "والأوكراني=Volodymyr Zelenskyy/head_of_state/pair"}},
        {"2019-06-29", "التقى الزعيمان الأمريكي والروسي في أوساكا.",
         {"الزعيمان الأمريكي=Donald Trump/head_of_state/pair", "والروسي=Vladimir Putin/head_of_state/pair"}},
        /* ENT-1: a short form opening with بن that ends a longer lineage is someone else's;
         * near-misses: after a verb, and the full name with its own lineage after it */
        {"2025-02-24", "التقى الأمير سلطان بن عبد الله بن فرحان وزير الثقافة نظيره.", {"!Faisal bin Farhan Al Saud"}},
        {"2025-02-24", "التقى بوتين بن سلمان في الرياض.", {"بن سلمان=Mohammed bin Salman//short"}},
        {"2025-02-24", "استقبل فيصل بن فرحان بن عبدالله السفير.", {"فيصل بن فرحان=Faisal bin Farhan Al Saud//name"}},
        /* ENT-1: a person's name longer than the place it starts with, after a title, is the
         * holder, not the place's government; near-miss: the place alone */
        {"2025-03-10", "التقى الرئيس سانتياغو بينيا نظيره البرازيلي.", {"الرئيس سانتياغو بينيا=Santiago Peña/head_of_state/name", "!Gabriel Boric"}},
        {"2025-03-10", "قال المتحدث باسم الكرملين إن اللقاء انتهى.", {"المتحدث باسم الكرملين=Dmitry Peskov/spokesperson/title"}},
        /* ENT-7: الوزير/الوزيرة and a country's adjective after a minister of that country;
         * near-misses: no minister of it named before, and الوزير الأول is a title */
        {"2025-03-10", "استقبل الأمير تميم وزيرة الخارجية الألمانية أنالينا بيربوك. والتقت الوزيرة الألمانية رئيس الوزراء.",
         {"الوزيرة الألمانية=Annalena Baerbock/foreign_minister/coref"}},
        {"2025-03-10", "استقبل الأمير تميم وزير الخارجية الفرنسي جان نويل بارو. والتقى الوزير الألماني نظيره.",
         {"!Annalena Baerbock", "!Johann Wadephul"}},
    };
    RUN(cs);
}

/* ENT-11: an honorific pronoun is the last person named of its rank: سمو a Gulf ruler or prince,
 * جلالة a king or sultan, فخامة a president, معالي a minister. */
static void test_ent11_honorific_pronouns(void **state)
{
    (void)state;
    static const ecase cs[] = {
        /* the other party, a president, is no سمو */
        {"2025-03-10", "تلقى الشيخ محمد بن زايد آل نهيان اتصالا من الرئيس الفرنسي إيمانويل ماكرون. وبحث سموه مع الرئيس الفرنسي العلاقات.",
         {"سموه=Mohamed bin Zayed Al Nahyan/head_of_state/coref"}},
        {"2025-03-10", "بعث الملك سلمان بن عبدالعزيز برقية إلى الرئيس اللبناني جوزيف عون. كما بعث جلالته برقية إلى أمير الكويت.",
         {"جلالته=King Salman/head_of_state/coref"}},
        /* the nearer of two of a rank: a crown prince named after the emir */
        {"2024-10-11", "تلقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح رسالة. وسلمها إلى ولي العهد الشيخ صباح خالد الحمد الصباح خلال استقبال سموه له.",
         {"سموه=Sabah Al-Khalid Al-Hamad Al-Sabah/crown_prince/coref"}},
        {"2025-06-24", "استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الإيراني عباس عراقجي. وأكد معاليه أن",
         {"معاليه=Abbas Araghchi/foreign_minister/coref"}},
        {"2025-06-24", "استقبل الملك عبدالله الثاني الرئيس عبد الفتاح السيسي. وأعرب فخامته عن",
         {"فخامته=Abdel Fattah el-Sisi/head_of_state/coref"}},
        /* an object after من ("اتصالا مماثلا من سموه") is none its clause named before it */
        {"2025-09-16", "تلقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح اتصالا هاتفيا من رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان. كما تلقى ولي العهد الشيخ صباح الخالد الحمد الصباح اتصالا مماثلا من سموه.",
         {"سموه=Mohamed bin Zayed Al Nahyan/head_of_state/coref"}},
        /* سيادته is a president's, as فخامته; near-miss: no king */
        {"2023-06-28", "تلقى الرئيس محمود عباس برقية من الرئيس التونسي قيس سعيد. وأجرى سيادته اتصالا هاتفيا بالرئيس الجزائري.",
         {"سيادته=Mahmoud Abbas/head_of_state/coref"}},
        {"2023-06-28", "استقبل الملك عبدالله الثاني وزير الخارجية أيمن الصفدي. وأكد سيادته أن", {"-سيادته"}},
        /* an object (after إلى، على، مع, or on بـ/لـ) is none its clause named before it: the
         * last other one of that rank */
        {"2025-04-16", "تلقى الشيخ محمد بن عبدالرحمن آل ثاني وزير الخارجية اتصالا من وزير خارجية أوكرانيا أندريه سيبيها. ووجه الوزير الأوكراني الدعوة إلى معاليه لزيارة كييف.",
         {"معاليه=Mohammed bin Abdulrahman Al Thani//coref"}},
        /* … near-miss: one its sentence named in a clause before it may be */
        {"2024-11-19", "تلقى السلطان هيثم بن طارق رسالة خطية من الرئيس عبد المجيد تبون، تضمنت دعوة لجلالته للقيام بزيارة دولة إلى الجزائر.",
         {"لجلالته=Haitham bin Tariq//coref"}},
        /* the subject of a sentence's opening verb goes on from the sentence before: its first
         * one of that rank, not the last */
        {"2024-04-14", "تلقى الملك حمد بن عيسى آل خليفة اليوم اتصالاً هاتفياً من الملك عبدالله الثاني. كما أجرى جلالته اتصالاً هاتفياً بالشيخ محمد بن زايد.",
         {"جلالته=Hamad bin Isa Al Khalifa/head_of_state/coref"}},
        {"2025-06-13", "تلقى الأمير محمد بن سلمان اتصالاً هاتفياً من الشيخ تميم بن حمد. وفي اتصال آخر، تلقى سموه اتصالاً من كير ستارمر.",
         {"سموه=Mohammed bin Salman/crown_prince/coref"}},
        /* … one named as having died is no one's antecedent */
        {"2024-01-02", "تلقى الشيخ مشعل الأحمد الجابر الصباح برقية تعزية من الملك حمد بن عيسى بوفاة الشيخ نواف الأحمد الجابر الصباح. كما تلقى سموه برقية مماثلة.",
         {"سموه=Mishal Al-Ahmad Al-Jaber Al-Sabah/head_of_state/coref"}},
        /* near-miss: inside a clause, the nearer one */
        {"2024-04-14", "تلقى الملك حمد بن عيسى آل خليفة اليوم اتصالاً هاتفياً من الملك عبدالله الثاني. وجرى خلال الاتصال الذي أجراه جلالته بحث العلاقات.",
         {"جلالته=King Abdullah II/head_of_state/coref"}},
        /* near-misses: no one of that rank named before (a president is no جلالة), and سعادته is
         * "his happiness" */
        {"2025-06-24", "التقى الرئيس عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون. وأعرب جلالته عن",
         {"!King Salman", "!Abdullah II"}},
        {"2025-06-24", "التقى وزير الخارجية الإيراني عباس عراقجي نظيره العماني. وأعرب عن سعادته بالزيارة.",
         {"وزير الخارجية الإيراني عباس عراقجي=Abbas Araghchi//name"}},
    };
    RUN(cs);
}

/* rasd_text_find_form: the longest form at each word that starts one, in order, until the
 * callback says stop (the event stage's first test of an article, EV-0). */
/* ENT-12: a bare title no one named holds is its holder in the country the outlet writes for —
 * known from a dateline's agency, the outlet field or the URL's host — unless a name follows it,
 * a country qualifies it further on, or it is a president where a king reigns. */
static void test_ent12_home(void **state)
{
    (void)state;
    static const struct { const char *dct, *text, *want[6], *meta; } cs[] = {
        /* by the outlet field: Arabic abbreviation, full name, English abbreviation */
        {"2024-03-11", "تلقى حضرة صاحب السمو أمير البلاد حفظه الله اتصالا هاتفيا من الملك عبدالله الثاني.",
         {"أمير البلاد=Mishal Al-Ahmad Al-Jaber Al-Sabah/head_of_state/home", "الملك عبدالله الثاني=King Abdullah II//"},
         ",\"outlet\":\"كونا\""},
        {"2024-03-11", "تلقى سمو أمير البلاد اتصالا هاتفيا من الملك عبدالله الثاني.",
         {"أمير البلاد=Mishal Al-Ahmad Al-Jaber Al-Sabah//home"}, ",\"outlet\":\"وكالة الأنباء الكويتية\""},
        {"2024-03-11", "تلقى سمو أمير البلاد اتصالا هاتفيا من الملك عبدالله الثاني.",
         {"أمير البلاد=Mishal Al-Ahmad Al-Jaber Al-Sabah//home"}, ",\"outlet\":\"kuna\""},
        /* a pan-Arab outlet, or none: no one */
        {"2024-03-11", "تلقى سمو أمير البلاد اتصالا هاتفيا من الملك عبدالله الثاني.",
         {"!Mishal Al-Ahmad Al-Jaber Al-Sabah", "!Tamim bin Hamad Al Thani"}, ",\"outlet\":\"الجزيرة نت\""},
        {"2024-03-11", "تلقى سمو أمير البلاد اتصالا هاتفيا من الملك عبدالله الثاني.",
         {"!Mishal Al-Ahmad Al-Jaber Al-Sabah", "!Tamim bin Hamad Al Thani"}, NULL},
        /* the dateline's agency, in parentheses or between slashes, wins over the outlet */
        {"2024-05-02", "الدوحة (قنا) - استقبل سمو الأمير اليوم رئيس الوزراء البريطاني.",
         {"الأمير=Tamim bin Hamad Al Thani/head_of_state/home"}, ",\"outlet\":\"الشرق الأوسط\""},
        {"2024-05-03", "أبوظبي في 3 مايو / وام / استقبل رئيس الدولة اليوم الرئيس الفرنسي.",
         {"رئيس الدولة=Mohamed bin Zayed Al Nahyan/head_of_state/home", "الرئيس الفرنسي=Emmanuel Macron//"}, NULL},
        {"2024-05-03", "القاهرة (رويترز) - استقبل رئيس الدولة اليوم الرئيس الفرنسي.",
         {"!Mohamed bin Zayed Al Nahyan", "!Abdel Fattah el-Sisi"}, ",\"outlet\":\"الأهرام\""},
        /* the URL's host; one person's two titles */
        {"2024-12-22", "استقبل ولي العهد رئيس مجلس الوزراء بقصر القضيبية اليوم وزير الخارجية البريطاني ديفيد لامي.",
         {"ولي العهد=Salman bin Hamad Al Khalifa/crown_prince/home", "رئيس مجلس الوزراء=Salman bin Hamad Al Khalifa/head_of_government/",
          "وزير الخارجية البريطاني ديفيد لامي=David Lammy//"},
         ",\"url\":\"https://www.bna.bh/news/1234\""},
        {"2024-12-22", "استقبل ولي العهد وزير الخارجية البريطاني.", {"ولي العهد=Mohammed bin Salman/crown_prince/home"},
         ",\"url\":\"https://news.spa.gov.sa/N123\""},
        /* a holder named before wins (ENT-7) */
        {"2024-12-22", "استقبل الرئيس الأمريكي جو بايدن رئيس الوزراء العراقي. وقال الرئيس إن …",
         {"الرئيس الأمريكي جو بايدن=Joe Biden//", "الرئيس=Joe Biden//coref"}, ",\"outlet\":\"واع\""},
        /* رئيس الجمهورية (الدولة، البلاد) in a national outlet's copy is the home's head, however
         * many presidents were named before; near-miss: the bare الرئيس after one named is his */
        {"2021-04-12", "التقى الرئيس قيس سعيد بالقاهرة الرئيس عبد الفتاح السيسي. كما التقى رئيس الجمهورية يوم 10 أفريل بالقاهرة أحمد أبو الغيط.",
         {"رئيس الجمهورية=Kais Saied/head_of_state/home"}, ",\"outlet\":\"وات\""},
        {"2021-04-12", "التقى الرئيس قيس سعيد بالقاهرة الرئيس عبد الفتاح السيسي. وأكد الرئيس أهمية العلاقات.",
         {"الرئيس=Abdel Fattah el-Sisi/head_of_state/coref"}, ",\"outlet\":\"وات\""},
        /* a president where a king reigns: none; in a republic, its president */
        {"2025-03-01", "وأكد الرئيس دعم بلاده للمبادرة.", {"!King Salman"}, ",\"outlet\":\"واس\""},
        {"2025-03-01", "وأكد الرئيس دعم بلاده للمبادرة.", {"الرئيس=Ahmed al-Sharaa/head_of_state/home"}, ",\"outlet\":\"SANA\""},
        /* near misses: a name the dictionary does not know follows (a given name, an honorific, a
         * lineage); a country further on qualifies the title */
        {"2024-05-02", "وصل الرئيس الفرنسي إلى مطار الملك خالد الدولي.", {"-الملك", "!King Salman"}, ",\"outlet\":\"واس\""},
        {"2024-07-02", "استقبل ولي العهد السيد زيد اختبار الوفد.", {"!Sabah Al-Khalid Al-Hamad Al-Sabah"}, ",\"outlet\":\"كونا\""},
        {"2024-07-02", "استقبل ولي العهد زيدون بن زيد اختبار الوفد.", {"!Sabah Al-Khalid Al-Hamad Al-Sabah"}, ",\"outlet\":\"كونا\""},
        /* … but على, whose letters normalize to the given name علي, is the preposition */
        {"2025-05-10", "أثنى سمو أمير البلاد على جهود الوزير.", {"أمير البلاد=Mishal Al-Ahmad Al-Jaber Al-Sabah//home"}, ",\"outlet\":\"كونا\""},
        {"2023-03-13", "استقبل رئيس الجمهورية عبد اللطيف جمال رشيد نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي.",
         {"!Fuad Hussein", "وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي=Ayman Safadi/foreign_minister/name"}, ",\"outlet\":\"INA\""},
        {"2025-01-15", "استقبل الشرع رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني.",
         {"!Mohammed al-Bashir"}, ",\"outlet\":\"سانا\""},
        {"2024-01-10", "استقبل سمو أمير البلاد اليوم وزير الخارجية في المملكة العربية السعودية الأمير فيصل بن فرحان.",
         {"أمير البلاد=Mishal Al-Ahmad Al-Jaber Al-Sabah//home", "!Salem Abdullah Al-Jaber Al-Sabah"}, ",\"outlet\":\"KUNA\""},
        /* near-miss: في before a city is where, and the title stays the home one's */
        {"2024-01-10", "استقبل وزير الخارجية في الرياض اليوم نظيره الأردني.",
         {"وزير الخارجية=Faisal bin Farhan Al Saud//home"}, ",\"outlet\":\"واس\""},
        /* after صاحب السمو الملكي; near-misses: a title in construct heads something else, one
         * after a definite noun is its adjective, and one before الراحل is followed by a name */
        {"2025-02-12", "الرياض (واس) - تلقى صاحب السمو الملكي ولي العهد رئيس مجلس الوزراء اتصالاً هاتفياً اليوم من الرئيس دونالد ترامب.",
         {"ولي العهد=Mohammed bin Salman/crown_prince/home"}, NULL},
        {"2024-11-14", "وأوضح رئيس لجنة التحكيم أن اللجنة قرأت 87 عملا.", {"!Abdelmadjid Tebboune"}, ",\"url\":\"https://www.aps.dz/ar/culture/1\""},
        {"2024-04-17", "وتسببت الأمطار في تجمعات مائية على الطرق الرئيسة في دبي.", {"!Mohamed bin Zayed Al Nahyan"}, ",\"outlet\":\"البيان\""},
        {"2024-08-24", "فقد احتاج الملك الراحل الحسن الثاني سنوات من الوساطات.", {"!King Mohammed VI"}, ",\"outlet\":\"هسبريس\""},
        /* a king's title in his agency's copy */
        {"2024-05-15", "استقبل حضرة صاحب الجلالة عاهل البلاد المعظم في قصر الصخير اليوم الرئيس عبدالفتاح السيسي.",
         {"عاهل البلاد=Hamad bin Isa Al Khalifa/head_of_state/home"}, ",\"outlet\":\"بنا\""},
        {"2024-08-08", "سلم وزير الخارجية المكلف بحكومة الوحدة الوطنية الليبية رسالة إلى الرئيس قيس سعيد.",
         {"!Nabil Ammar", "!Mohamed Ali Nafti"}, ",\"outlet\":\"وات\""},
        /* … and one a country's adjective the dictionary does not know follows (a nisba: الكوري,
         * ambiguous between the Koreas); near-misses: adjectives of the office or an honorific */
        {"2023-06-11", "عمان 11 حزيران (بترا) - تسلم جلالة الملك رسالة نقلها وزير الخارجية الكوري بارك جين.", {"!Ayman Safadi"}, NULL},
        {"2023-06-11", "استقبل وزير الخارجية الحالي نظيره المصري.", {"وزير الخارجية=Ayman Safadi/foreign_minister/home"}, ",\"outlet\":\"بترا\""},
        {"2024-10-03", "الدوحة في 3 أكتوبر /قنا/ استقبل حضرة صاحب السمو أمير البلاد المفدى اليوم وزير الخارجية الإيراني.",
         {"أمير البلاد=Tamim bin Hamad Al Thani/head_of_state/home"}, NULL},
        /* الوزير begins the next phrase, so the country after it is the minister's: the home title
         * before it holds */
        {"2025-01-07", "التقى وزير الخارجية السوري أسعد الشيباني نظيره الأردني. ومن المقرر أن يستقبل رئيس الوزراء الوزير السوري غدا.",
         {"رئيس الوزراء=Jafar Hassan/head_of_government/home", "الوزير السوري=Asaad al-Shaibani//coref"}, ",\"outlet\":\"بترا\""},
    };
    for (size_t i = 0; i < sizeof cs / sizeof *cs; i++) check_doc(cs[i].dct, cs[i].meta ? cs[i].meta : "", cs[i].text, cs[i].want);
}

static bool first_form(rasd_text *t, size_t i, size_t n, const rasd_form *f, bool future, void *user)
{
    (void)t; (void)f; (void)future;
    size_t *got = user;
    got[0] = i;
    got[1] = n;
    return true;
}

static void test_find_form(void **state)
{
    (void)state;
    rasd_dict *d = rasd_dict_new(NULL);
    /* text, the first trigger's token and length ({0, 0}: none) */
    static const struct { const char *text; size_t i, n; } cs[] = {
        {"واتصل الرئيس بنظيره", 0, 1},
        {"وقال إنه سيلتقي الزعيمين الأسبوع المقبل", 2, 1},
        {"وقال خلال زيارتها إلى الرباط", 2, 1},
        {"ارتفعت أسعار النفط اليوم بعد قرار خفض الإنتاج", 0, 0},
        {"انتهت المباراة بالتعادل السلبي في الدوري", 0, 0},
        {"", 0, 0},
    };
    for (size_t k = 0; k < sizeof cs / sizeof *cs; k++) {
        rasd_text *t = rasd_text_new(cs[k].text, strlen(cs[k].text), RASD_NORM_TAMARBUTA);
        size_t got[2] = {0, 0};
        bool found = rasd_text_find_form(d, t, RASD_FORM_TRIGGER, first_form, got);
        if (found != (cs[k].n > 0) || got[0] != cs[k].i || got[1] != cs[k].n)
            fail_msg("\"%s\": want token %zu, %zu tokens; got %zu, %zu", cs[k].text, cs[k].i, cs[k].n, got[0], got[1]);
        rasd_text_free(t);
    }
    rasd_dict_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dic_builtin_and_user_files),
        cmocka_unit_test(test_ent1_names),
        cmocka_unit_test(test_ent3_titles_by_date),
        cmocka_unit_test(test_ent4_change_of_office),
        cmocka_unit_test(test_ent5_to_8_context),
        cmocka_unit_test(test_ent11_honorific_pronouns),
        cmocka_unit_test(test_ent12_home),
        cmocka_unit_test(test_find_form),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
