/* libFuzzer target: the Arabic text layer on arbitrary bytes. Checks its own invariants: the
 * normalized text is valid UTF-8, the offset map never decreases and stays inside the input,
 * tokens lie inside their sentences and inside the text, stems inside their tokens. */
#include "rasd.h"
#include "util/util.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned flags = size && (data[0] & 1) ? RASD_NORM_TAMARBUTA : 0;
    rasd_text *t = rasd_text_new((const char *)data, size, flags);
    if (!t) abort();
    size_t len;
    const char *s = rasd_text_norm(t, &len);
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t l = rasd_utf8_next((const uint8_t *)s + i, len - i, &cp);
        if (l == 0) abort();
        i += l;
    }
    size_t prev = 0;
    for (size_t i = 0; i <= len; i++) {
        size_t o = rasd_text_source(t, i);
        if (o < prev || o > size) abort();
        prev = o;
    }
    if (rasd_text_source(t, len) != size) abort();
    size_t nt = rasd_text_ntokens(t), ns = rasd_text_nsentences(t);
    for (size_t i = 0; i < nt; i++) {
        const rasd_token *k = rasd_text_token(t, i);
        if (k->start >= k->end || k->end > len || k->stem < k->start || k->stem > k->end || k->sentence >= ns) abort();
        size_t ss, se, tf, te;
        rasd_text_sentence(t, k->sentence, &ss, &se, &tf, &te);
        if (k->start < ss || k->end > se || i < tf || i >= te) abort();
    }
    rasd_text_free(t);
    return 0;
}
