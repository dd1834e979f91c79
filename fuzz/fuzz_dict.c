/* libFuzzer target: the dictionary parser (docs/dictionary.md) on arbitrary bytes, each input
 * after one of the seven header lines (the first byte picks it) or as it is, then looked up as
 * an outlet's name and a web host. Whatever it loads, every role it keeps must name a person
 * and lie inside its term, and an outlet's country must be one defined. */
#include "rasd.h"
#include "tag/dict.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const heads[] = {
        "", "# name\twikidata\tcountry\tarabic\tshort\n", "name\trole\tof\tstart\tend\tnote\n",
        "code\tname\twikidata\tarabic\tadjectives\tmetonyms\n", "name\twikidata\tcountry\tkind\tarabic\n",
        "code\tname\twikidata\tarabic\tadjectives\n", "arabic\trole\tof\n", "name\tcountry\tnames\thosts\n",
    };
    if (size < 1) return 0;
    const char *h = heads[data[0] & 7];
    size_t hl = strlen(h);
    char *text = malloc(hl + size);
    if (!text) return 0;
    memcpy(text, h, hl);
    memcpy(text + hl, data + 1, size - 1);
    rasd_ctx *ctx = rasd_ctx_new();
    rasd_dict *d = rasd_dict_new_empty();
    /* persons first, so that a roles input can name one */
    static const char persons[] = "name\twikidata\tcountry\tarabic\tshort\nA B\t\tXYZ\tزيد عمرو\tعمرو\n";
    rasd_dict_load_text(d, ctx, "p.tsv", persons, strlen(persons));
    /* and a country, so that an outlets input can name one */
    static const char countries[] = "code\tname\twikidata\tarabic\tadjectives\tmetonyms\nXYZ\tX\t\tبلد\t\t\n";
    rasd_dict_load_text(d, ctx, "c.tsv", countries, strlen(countries));
    rasd_dict_load_text(d, ctx, "fuzz.tsv", text, hl + size - 1);
    /* the input as an outlet's name and as a host (ENT-12) */
    const char *home = rasd_dict_outlet_country(d, (const char *)data + 1, size - 1);
    if (home && home[0] && strcmp(home, "XYZ") != 0) abort();
    home = rasd_dict_host_country(d, (const char *)data + 1, size - 1);
    if (home && home[0] && strcmp(home, "XYZ") != 0) abort();
    size_t n;
    const rasd_role *r = rasd_dict_roles(d, &n);
    for (size_t i = 0; i < n; i++) {
        const rasd_entity *e = rasd_dict_entity(d, r[i].person);
        if (!e || e->kind != RASD_ENT_PERSON || r[i].to < r[i].from) abort();
    }
    rasd_dict_free(d);
    rasd_ctx_free(ctx);
    free(text);
    return 0;
}
