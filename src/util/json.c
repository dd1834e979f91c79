/* json.c — JSON text output (RFC 8259). Strings are escaped so that any bytes, including
 * invalid UTF-8 from hostile input, produce valid JSON: invalid sequences become U+FFFD.
 *
 * Speed/Cost: a string is taken eight bytes a step while they hold only printable ASCII (but " and
 * \) and two-byte UTF-8 sequences (Arabic words, spaces, punctuation in any mix): one test per
 * step, about 3.5 instructions a byte; eight bytes holding anything else (an escape, a longer
 * sequence, invalid bytes) and a string's last few bytes go character by character. Bytes that
 * need no escape are copied in runs with one memcpy each, and the buffer grows at most once for
 * a string without escapes. Keys, plain ASCII names, are copied without the run logic. */
#include "util/util.h"

#include <string.h>

/* The escape of each ASCII byte after its backslash: 'u' for \u00XX, 0 for none (printable,
 * written as it is). */
static const char ESCAPE[128] = {
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 't', 'n', 'u', 'u', 'r', 'u', 'u',
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
    0, 0, '"', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\\', 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* Whether s[0..8) holds an ASCII byte to escape: a control character, " or \. Each byte is
 * tested on its low seven bits, so no sum carries into the next byte. */
static inline bool escape8(const uint8_t *s)
{
    const uint64_t H = 0x8080808080808080ull, L = 0x7F7F7F7F7F7F7F7Full;
    uint64_t w;
    memcpy(&w, s, 8);
    uint64_t t = w & L;
    uint64_t plain = (t + 0x6060606060606060ull) &        /* bit 7: t >= 0x20 */
                     ((t ^ 0x2222222222222222ull) + L) &  /* t != '"' */
                     ((t ^ 0x5C5C5C5C5C5C5C5Cull) + L);   /* t != '\' */
    return (~w & ~plain & H) != 0;                        /* an ASCII byte that is not plain */
}

/* Writes the escape of the ASCII byte c (ESCAPE[c] != 0). */
static void add_escape(rasd_buf *b, uint8_t c)
{
    static const char hex[] = "0123456789abcdef";
    char esc[6] = {'\\', ESCAPE[c], '0', '0', hex[c >> 4], hex[c & 15]};
    rasd_buf_add(b, esc, esc[1] == 'u' ? 6 : 2);
}

void rasd_json_str(rasd_buf *b, const char *s, size_t n)
{
    if (!s) { rasd_buf_add(b, "null", 4); return; }
    rasd_buf_reserve(b, n + 2);
    rasd_buf_addc(b, '"');
    const uint8_t *p = (const uint8_t *)s, *e = p + n, *run = p;   /* [run, p): to copy as is */
    uint64_t carry = 0;
    while (p < e) {
        while (e - p >= 8 && !escape8(p) && rasd_utf8_pairs8(p, &carry)) p += 8;
        if (carry) { p--; carry = 0; }   /* back to the lead that p[0] was to continue */
        /* the eight bytes that did not pass, or the last few: character by character */
        for (const uint8_t *stop = e - p > 8 ? p + 8 : e; p < stop;) {
            uint8_t c = *p;
            if (c < 0x80) {
                if (!ESCAPE[c]) { p++; continue; }
                rasd_buf_add(b, run, (size_t)(p - run));
                add_escape(b, c);
                run = ++p;
                continue;
            }
            int32_t cp;
            size_t l = rasd_utf8_next_fast(p, (size_t)(e - p), &cp);
            /* valid UTF-8 joins the run, but for U+2028/2029, valid JSON that breaks JavaScript
             * embedding: escaped */
            if (l && cp != 0x2028 && cp != 0x2029) { p += l; continue; }
            rasd_buf_add(b, run, (size_t)(p - run));
            if (l == 0) { rasd_buf_add(b, "\xEF\xBF\xBD", 3); p++; }
            else { rasd_buf_add(b, cp == 0x2028 ? "\\u2028" : "\\u2029", 6); p += l; }
            run = p;
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
    while (i < n && (uint8_t)key[i] < 0x80 && !ESCAPE[(uint8_t)key[i]]) { o[i + 1] = key[i]; i++; }
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
