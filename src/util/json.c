/* json.c — JSON text output (RFC 8259). Strings are escaped so that any bytes, including
 * invalid UTF-8 from hostile input, produce valid JSON: invalid sequences become U+FFFD.
 *
 * Speed/Cost: one pass over a string: printable ASCII by a table lookup per byte, two-byte UTF-8
 * (most of Arabic text) eight bytes per test where it runs that long, else a pair per test;
 * bytes that need no escape are copied in runs with one memcpy each, and the buffer grows at most
 * once for a string without escapes. Keys, plain ASCII names, are copied without the run logic. */
#include "util/util.h"

#include <string.h>

/* Byte classes: 0 written as it is (printable ASCII but for " and \), 1 ASCII to escape, 2 the
 * lead byte of a two-byte UTF-8 sequence, 3 any other byte from 0x80 (a longer sequence's lead,
 * or a byte that starts none). */
static const unsigned char CLASS[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
};

void rasd_json_str(rasd_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    if (!s) { rasd_buf_add(b, "null", 4); return; }
    rasd_buf_reserve(b, n + 2);
    rasd_buf_addc(b, '"');
    const uint8_t *p = (const uint8_t *)s, *e = p + n, *run = p;   /* [run, p): to copy as is */
    for (;;) {
        /* the common bytes in tight loops: printable ASCII, and two-byte sequences (Arabic) */
        while (p < e && CLASS[*p] == 0) p++;
        while (e - p >= 8 && rasd_utf8_four_pairs(p)) p += 8;
        while (e - p >= 2 && CLASS[p[0]] == 2 && (p[1] & 0xC0) == 0x80) p += 2;
        if (p == e) break;
        unsigned k = CLASS[*p];
        if (k == 0) continue;
        if (k != 1) {
            int32_t cp;
            size_t l = rasd_utf8_next(p, (size_t)(e - p), &cp);
            /* valid UTF-8 joins the run, but for U+2028/2029, valid JSON that breaks JavaScript
             * embedding: escaped */
            if (l && cp != 0x2028 && cp != 0x2029) { p += l; continue; }
            rasd_buf_add(b, run, (size_t)(p - run));
            if (l == 0) { rasd_buf_add(b, "\xEF\xBF\xBD", 3); p++; }
            else { rasd_buf_add(b, cp == 0x2028 ? "\\u2028" : "\\u2029", 6); p += l; }
            run = p;
            continue;
        }
        rasd_buf_add(b, run, (size_t)(p - run));
        uint8_t c = *p++;
        run = p;
        switch (c) {
        case '"': rasd_buf_add(b, "\\\"", 2); break;
        case '\\': rasd_buf_add(b, "\\\\", 2); break;
        case '\n': rasd_buf_add(b, "\\n", 2); break;
        case '\r': rasd_buf_add(b, "\\r", 2); break;
        case '\t': rasd_buf_add(b, "\\t", 2); break;
        default: {
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            rasd_buf_add(b, esc, 6);
        }
        }
    }
    rasd_buf_add(b, run, (size_t)(p - run));
    rasd_buf_addc(b, '"');
}

void rasd_json_cstr(rasd_buf *b, const char *s) { rasd_json_str(b, s, s ? strlen(s) : 0); }

void rasd_json_key(rasd_buf *b, bool *first, const char *key)
{
    size_t n = strlen(key);
    rasd_buf_reserve(b, n + 4);
    if (!*first) b->p[b->len++] = ',';
    *first = false;
    /* keys are plain ASCII names: copied as they are, else escaped like any string */
    char *o = b->p + b->len;
    size_t i = 0;
    o[0] = '"';
    while (i < n && CLASS[(uint8_t)key[i]] == 0) { o[i + 1] = key[i]; i++; }
    if (i == n) {
        o[n + 1] = '"';
        o[n + 2] = ':';
        b->len += n + 3;
        b->p[b->len] = 0;
        return;
    }
    rasd_json_str(b, key, n);
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
