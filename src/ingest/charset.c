/* charset.c — converts an HTML document declared in another encoding to UTF-8
 * (rasd_doc_decode_charset, called by rasd_reader_next for HTML documents).
 *
 * Where the encoding comes from, first found wins (WHATWG "encoding sniffing", simplified):
 *   CS-BOM   a byte order mark: EF BB BF (UTF-8, nothing to do), FF FE (UTF-16LE), FE FF
 *            (UTF-16BE). A BOM outranks the HTTP header, as in browsers.
 *   CS-HTTP  the charset of the HTTP Content-Type (doc->charset, from a WARC response).
 *   CS-META  <meta charset=…> or <meta http-equiv="Content-Type" content="…charset=…"> in the
 *            first CS_SCAN bytes (a case-insensitive byte scan; "utf-16" there means UTF-8,
 *            since the bytes that declared it are ASCII-compatible).
 * A JSON Lines record's `html` is a JSON string, already Unicode: its declarations are ignored.
 *   CS-UTF8  utf-8, utf8, us-ascii, ascii: nothing to do. A single-byte declaration over bytes
 *            that are valid UTF-8 with non-ASCII text is a mislabel (Arabic in windows-1256 is
 *            never valid UTF-8): the bytes are kept as they are.
 *   CS-CONV  any other name iconv(3) knows (windows-1256, cp1256, iso-8859-6, utf-16le, …;
 *            iso-8859-1 and latin1 read as windows-1252, their superset on the web) is converted
 *            to UTF-8 into the reader's arena, and doc->src/len then point at the converted
 *            bytes: all offsets of the document index the converted (UTF-8) bytes, which
 *            rasd_doc_source returns. Bytes iconv cannot convert become U+FFFD, with one WARN
 *            giving the offset of the first (doc->offset + its position in the document).
 *   CS-UNK   a name iconv does not know: one WARN, and the bytes are left as they are.
 */
#include "ingest/ingest.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

enum { CS_SCAN = 2048, CS_NAME = 40 };

/* Copies a charset label (letters, digits, - _ . : ( )) into out, lower-cased; false if empty. */
static bool label(const uint8_t *p, size_t n, char out[CS_NAME])
{
    size_t i = 0, k = 0;
    while (i < n && (isspace(p[i]) || p[i] == '"' || p[i] == '\'')) i++;
    while (i < n && k < CS_NAME - 1 && (isalnum(p[i]) || strchr("-_.:()", p[i]))) out[k++] = (char)tolower(p[i++]);
    out[k] = 0;
    return k > 0;
}

static bool ci_at(const uint8_t *p, size_t n, size_t i, const char *w)
{
    size_t l = strlen(w);
    return i + l <= n && strncasecmp((const char *)p + i, w, l) == 0;
}

/* The value of attribute `name` inside the tag p[s..e): a pointer to it and its length. */
static bool tag_attr(const uint8_t *p, size_t s, size_t e, const char *name, size_t *vs, size_t *vl)
{
    size_t nl = strlen(name);
    for (size_t i = s; i + nl < e; i++) {
        if (!ci_at(p, e, i, name) || !(isspace(p[i - 1]) || p[i - 1] == '"' || p[i - 1] == '\'' || p[i - 1] == '/')) continue;
        size_t j = i + nl;
        while (j < e && isspace(p[j])) j++;
        if (j >= e || p[j] != '=') continue;
        j++;
        while (j < e && isspace(p[j])) j++;
        if (j < e && (p[j] == '"' || p[j] == '\'')) {
            uint8_t q = p[j++];
            size_t k = j;
            while (k < e && p[k] != q) k++;
            *vs = j; *vl = k - j;
        } else {
            size_t k = j;
            while (k < e && !isspace(p[k]) && p[k] != '>') k++;
            *vs = j; *vl = k - j;
        }
        return true;
    }
    return false;
}

/* CS-META: the charset declared by a <meta> in the first CS_SCAN bytes. */
static bool meta_charset(const uint8_t *p, size_t n, char out[CS_NAME])
{
    if (n > CS_SCAN) n = CS_SCAN;
    for (size_t i = 0; i + 5 < n; i++) {
        if (p[i] != '<') continue;
        if (ci_at(p, n, i, "<!--")) {  /* a commented-out declaration does not count */
            size_t k = i + 4;
            while (k + 3 <= n && memcmp(p + k, "-->", 3) != 0) k++;
            i = k + 2;
            continue;
        }
        if (!ci_at(p, n, i, "<meta") || !(isspace(p[i + 5]) || p[i + 5] == '/')) continue;
        size_t e = i + 5;
        while (e < n && p[e] != '>') e++;
        size_t vs, vl;
        if (tag_attr(p, i + 5, e, "charset", &vs, &vl) && label(p + vs, vl, out)) return true;
        if (tag_attr(p, i + 5, e, "content", &vs, &vl)) {
            for (size_t k = vs; k + 7 < vs + vl; k++) {
                if (!ci_at(p, vs + vl, k, "charset")) continue;
                size_t j = k + 7;
                while (j < vs + vl && isspace(p[j])) j++;
                if (j < vs + vl && p[j] == '=' && label(p + j + 1, vs + vl - j - 1, out)) return true;
            }
        }
    }
    return false;
}

static bool is_utf8_name(const char *s)
{
    return !strcmp(s, "utf-8") || !strcmp(s, "utf8") || !strcmp(s, "us-ascii") || !strcmp(s, "ascii") ||
           !strcmp(s, "unicode-1-1-utf-8") || !strcmp(s, "x-unicode20utf8");
}

static bool is_single_byte(const char *s)
{
    return strncmp(s, "windows-", 8) == 0 || strncmp(s, "cp", 2) == 0 || strncmp(s, "iso-8859", 8) == 0 ||
           strncmp(s, "iso8859", 7) == 0 || strncmp(s, "iso_8859", 8) == 0 || !strcmp(s, "latin1") ||
           !strcmp(s, "arabic") || strncmp(s, "x-mac", 5) == 0 || strncmp(s, "koi8", 4) == 0;
}

/* Valid UTF-8 with at least one multi-byte sequence (CS-UTF8's mislabel check). */
static bool looks_utf8(const uint8_t *p, size_t n)
{
    bool multi = false;
    for (size_t i = 0; i < n;) {
        if (p[i] < 0x80) { i++; continue; }
        int32_t cp;
        size_t l = rasd_utf8_next(p + i, n - i, &cp);
        if (!l) return false;
        multi = true;
        i += l;
    }
    return multi;
}

void rasd_doc_decode_charset(rasd_reader *r)
{
    rasd_doc *d = &r->doc;
    if (!d->html || !d->src || !d->len) return;
    const uint8_t *p = d->src;
    size_t n = d->len;
    char name[CS_NAME] = "";
    size_t skip = 0;
    bool declared_in_page = false;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) return;          /* CS-BOM */
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) { strcpy(name, "utf-16le"); skip = 2; }
    else if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) { strcpy(name, "utf-16be"); skip = 2; }
    else if (d->container == RASD_FMT_JSONL) return;                              /* already Unicode */
    else if (d->charset && label((const uint8_t *)d->charset, strlen(d->charset), name)) { /* CS-HTTP */ }
    else if (meta_charset(p, n, name)) declared_in_page = true;                   /* CS-META */
    else return;
    if (is_utf8_name(name)) return;
    if (declared_in_page && !strncmp(name, "utf-16", 6)) return;
    if (!strcmp(name, "iso-8859-1") || !strcmp(name, "latin1") || !strcmp(name, "iso8859-1") || !strcmp(name, "l1"))
        strcpy(name, "windows-1252");
    if (is_single_byte(name) && looks_utf8(p, n)) return;                         /* a mislabel */
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1) {                                                      /* CS-UNK */
        rasd_diagf(r->ctx, RASD_WARN, d->file, d->record, d->offset,
                    "unknown charset \"%s\"; bytes read as UTF-8", name);
        return;
    }
    /* CS-CONV: at most 3 output bytes per input byte (U+FFFD for one bad byte, 3 for a 1-byte
     * code, 3 for a 2-byte UTF-16 unit, 4 for a surrogate pair): one allocation suffices */
    size_t cap = 3 * n + 16;
    char *out = rasd_arena_alloc(r->arena, cap);
    char *in = (char *)(uintptr_t)(p + skip), *o = out;
    size_t inleft = n - skip, outleft = cap - 1;
    size_t unit = strncmp(name, "utf-16", 6) == 0 || strncmp(name, "ucs-2", 5) == 0 ? 2 : 1;
    size_t bad = 0;
    uint64_t first_bad = 0;
    while (inleft) {
        if (iconv(cd, &in, &inleft, &o, &outleft) != (size_t)-1) break;
        if (errno == E2BIG || outleft < 3) break;  /* cannot happen with cap above; stop safely */
        /* EILSEQ or EINVAL (truncated at the end): one replacement for one unit of input */
        if (!bad) first_bad = (uint64_t)((const uint8_t *)in - p);
        bad++;
        memcpy(o, "\xEF\xBF\xBD", 3);
        o += 3;
        outleft -= 3;
        size_t step = unit < inleft ? unit : inleft;
        in += step;
        inleft -= step;
    }
    iconv(cd, NULL, NULL, &o, &outleft);
    iconv_close(cd);
    *o = 0;
    if (bad)
        rasd_diagf(r->ctx, RASD_WARN, d->file, d->record, d->offset + first_bad,
                    "%zu byte sequence(s) not valid in charset \"%s\" replaced by U+FFFD", bad, name);
    d->src = (const uint8_t *)out;
    d->len = (size_t)(o - out);
}
