/* json.c — JSON text output (RFC 8259). Strings are escaped so that any bytes, including
 * invalid UTF-8 from hostile input, produce valid JSON: invalid sequences become U+FFFD. */
#include "util/util.h"

#include <string.h>

void rasd_json_str(rasd_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    if (!s) { rasd_buf_add(b, "null", 4); return; }
    rasd_buf_reserve(b, n + 2);
    rasd_buf_addc(b, '"');
    const uint8_t *u = (const uint8_t *)s;
    size_t i = 0, run = 0;
    while (i < n) {
        uint8_t c = u[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') { i++; run++; continue; }
        if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (u[i + 1] & 0xC0) == 0x80) {   /* two bytes: Arabic */
            i += 2; run += 2;
            continue;
        }
        if (c >= 0x80) {
            int32_t cp;
            size_t l = rasd_utf8_next(u + i, n - i, &cp);
            /* valid UTF-8 joins the run (copied in one piece), but for U+2028/2029, valid JSON
             * that breaks JavaScript embedding: escaped */
            if (l && cp != 0x2028 && cp != 0x2029) { i += l; run += l; continue; }
            if (run) { rasd_buf_add(b, s + i - run, run); run = 0; }
            if (l == 0) { rasd_buf_add(b, "\xEF\xBF\xBD", 3); i++; continue; }
            rasd_buf_add(b, cp == 0x2028 ? "\\u2028" : "\\u2029", 6);
            i += l;
            continue;
        }
        if (run) { rasd_buf_add(b, s + i - run, run); run = 0; }
        switch (c) {
        case '"': rasd_buf_add(b, "\\\"", 2); break;
        case '\\': rasd_buf_add(b, "\\\\", 2); break;
        case '\n': rasd_buf_add(b, "\\n", 2); break;
        case '\r': rasd_buf_add(b, "\\r", 2); break;
        case '\t': rasd_buf_add(b, "\\t", 2); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            rasd_buf_add(b, e, 6);
        }
        }
        i++;
    }
    if (run) rasd_buf_add(b, s + i - run, run);
    rasd_buf_addc(b, '"');
}

void rasd_json_cstr(rasd_buf *b, const char *s) { rasd_json_str(b, s, s ? strlen(s) : 0); }

void rasd_json_key(rasd_buf *b, bool *first, const char *key)
{
    if (!*first) rasd_buf_addc(b, ',');
    *first = false;
    rasd_json_cstr(b, key);
    rasd_buf_addc(b, ':');
}

void rasd_json_u64(rasd_buf *b, uint64_t v)
{
    char d[20];
    size_t k = sizeof d;
    do { d[--k] = (char)('0' + v % 10); v /= 10; } while (v);
    rasd_buf_add(b, d + k, sizeof d - k);
}

void rasd_json_strs(rasd_buf *b, const char *const *v, size_t n)
{
    rasd_buf_addc(b, '[');
    for (size_t k = 0; k < n; k++) {
        if (k) rasd_buf_addc(b, ',');
        rasd_json_cstr(b, v[k]);
    }
    rasd_buf_addc(b, ']');
}
