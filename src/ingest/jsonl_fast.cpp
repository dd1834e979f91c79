/* jsonl_fast.cpp — one JSON Lines record read with simdjson's DOM parser (see jsonl_fast.h).
 *
 * simdjson validates the whole line as it indexes it (structure, strict UTF-8, strings with no
 * raw control character and no lone surrogate escape, numbers that fit a double), at a few
 * instructions per byte where a byte-at-a-time lexer takes about fifteen. Its parser and our
 * padded copy of the line are kept from one record to the next; after a record over 1 MiB the
 * parser's memory (about fourteen bytes per byte of line) is given back.
 *
 * Built without exceptions: every simdjson call returns an error code.
 */
#include "ingest/jsonl_fast.h"

#include <simdjson.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>

namespace {

constexpr size_t FAST_MAX_LINE = size_t(4) << 20;   /* longer lines go to jansson */
constexpr size_t KEEP_CAPACITY = size_t(1) << 20;  /* parser memory kept between records */

/* False if an integer in e (at any depth) does not fit a long long, which jansson refuses;
 * simdjson reads those up to 2^64 - 1 as unsigned. */
bool ints_fit(simdjson::dom::element e)
{
    simdjson::dom::array a;
    simdjson::dom::object o;
    switch (e.type()) {
    case simdjson::dom::element_type::UINT64: return false;
    case simdjson::dom::element_type::ARRAY:
        if (e.get_array().get(a) != simdjson::SUCCESS) return false;
        for (simdjson::dom::element x : a)
            if (!ints_fit(x)) return false;
        return true;
    case simdjson::dom::element_type::OBJECT:
        if (e.get_object().get(o) != simdjson::SUCCESS) return false;
        for (simdjson::dom::key_value_pair kv : o)
            if (!ints_fit(kv.value)) return false;
        return true;
    default: return true;
    }
}

}  // namespace

struct rasd_jfast {
    simdjson::dom::parser parser;
    char *buf = nullptr;   /* the line, followed by SIMDJSON_PADDING bytes */
    size_t cap = 0;
};

extern "C" rasd_jfast *rasd_jfast_new(void) { return new (std::nothrow) rasd_jfast; }

extern "C" void rasd_jfast_free(rasd_jfast *f)
{
    if (!f) return;
    std::free(f->buf);
    delete f;
}

extern "C" bool rasd_jfast_object(rasd_jfast *f, const char *line, size_t n, const char *const *keys, size_t nkeys, rasd_jv *out)
{
    if (!f || n > FAST_MAX_LINE) return false;
    if (f->cap < n + simdjson::SIMDJSON_PADDING) {
        size_t cap = n + simdjson::SIMDJSON_PADDING + n / 2;
        char *b = static_cast<char *>(std::realloc(f->buf, cap));
        if (!b) return false;
        f->buf = b;
        f->cap = cap;
    }
    std::memcpy(f->buf, line, n);
    std::memset(f->buf + n, 0, simdjson::SIMDJSON_PADDING);
    if (f->parser.capacity() > KEEP_CAPACITY) f->parser = simdjson::dom::parser();
    simdjson::dom::element doc;
    if (f->parser.parse(f->buf, n, false).get(doc) != simdjson::SUCCESS) return false;
    simdjson::dom::object obj;
    if (doc.get_object().get(obj) != simdjson::SUCCESS) return false;
    for (size_t k = 0; k < nkeys; k++) out[k] = rasd_jv{RASD_JV_NONE, nullptr, 0, 0};
    for (simdjson::dom::key_value_pair kv : obj) {
        std::string_view key = kv.key;
        if (std::memchr(key.data(), 0, key.size())) return false;
        if (!ints_fit(kv.value)) return false;
        for (size_t k = 0; k < nkeys; k++) {
            if (key.size() != std::strlen(keys[k]) || std::memcmp(key.data(), keys[k], key.size()) != 0) continue;
            rasd_jv v{RASD_JV_NONE, nullptr, 0, 0};
            std::string_view s;
            int64_t i;
            if (kv.value.get_string().get(s) == simdjson::SUCCESS) v = rasd_jv{RASD_JV_STRING, s.data(), s.size(), 0};
            else if (kv.value.type() == simdjson::dom::element_type::INT64 && kv.value.get_int64().get(i) == simdjson::SUCCESS)
                v = rasd_jv{RASD_JV_INT, nullptr, 0, i};
            out[k] = v;   /* a key given again: its last value counts */
        }
    }
    return true;
}
