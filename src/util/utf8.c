/* utf8.c — strict UTF-8 decoding and validation (RFC 3629: no overlongs, no surrogates, nothing
 * past U+10FFFF). Used wherever input bytes are checked; utf8proc's rules are the same, but this
 * one reports the length of what it consumed, which offset maps need.
 * Speed/Cost: rasd_utf8_valid takes text made of ASCII and two-byte sequences (Arabic words,
 * spaces, punctuation, in any mix) eight bytes a step, about 3 instructions a byte; eight bytes
 * holding anything else go character by character. */
#include "util/util.h"

size_t rasd_utf8_next(const uint8_t *s, size_t n, int32_t *cp)
{
    if (n == 0) return 0;
    uint8_t c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    size_t len;
    int32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
    else return 0;
    if (n < len) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

bool rasd_utf8_valid(const uint8_t *s, size_t n)
{
    size_t i = 0;
    uint64_t carry = 0;
    while (i < n) {
        while (i + 8 <= n && rasd_utf8_pairs8(s + i, &carry)) i += 8;
        if (carry) { i--; carry = 0; }   /* back to the lead that s[i] was to continue */
        /* the eight bytes that did not pass (a three- or four-byte sequence, an error) or the
         * last few: character by character */
        for (size_t stop = n - i > 8 ? i + 8 : n; i < stop;) {
            int32_t cp;
            size_t l = rasd_utf8_next_fast(s + i, n - i, &cp);
            if (!l) return false;
            i += l;
        }
    }
    return true;
}

int32_t rasd_utf8_prev(const uint8_t *s, size_t i, size_t *len)
{
    size_t j = i;
    while (j > 0 && i - j < 4) {
        j--;
        if ((s[j] & 0xC0) != 0x80) break;
    }
    int32_t cp = -1;
    size_t l = rasd_utf8_next(s + j, i - j, &cp);
    if (l != i - j || l == 0) { *len = i ? 1 : 0; return i ? -1 : 0; }
    *len = l;
    return cp;
}

bool rasd_is_space_cp(int32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200F) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF ||
           c == 0x2028 || c == 0x2029 || c == 0x061C;
}

bool rasd_is_blank(const uint8_t *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int32_t c;
        size_t l = rasd_utf8_next(s + i, n - i, &c);
        if (l == 0 || !rasd_is_space_cp(c)) return false;
        i += l;
    }
    return true;
}
