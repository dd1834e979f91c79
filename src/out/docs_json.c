/* docs_json.c — the `rasd docs` output: one JSON object per article (docs/formats.md). */
#include "clean/clean.h"

#include <stdio.h>

static const char *const kind_name[] = {"", "title", "body", "caption"};

rasd_status rasd_article_write_json(const rasd_article *a, void *stdio_file)
{
    const rasd_doc *d = a->set->doc;
    rasd_buf b = {0};
    bool first = true;
    const char *from;
    const char *pub = rasd_article_published(a, &from);
    rasd_buf_addc(&b, '{');
    rasd_json_key(&b, &first, "doc"); rasd_json_cstr(&b, d->id);
    rasd_json_key(&b, &first, "article"); rasd_json_u64(&b, (uint64_t)a->index);
    rasd_json_key(&b, &first, "file"); rasd_json_cstr(&b, d->file);
    rasd_json_key(&b, &first, "record"); rasd_json_u64(&b, (uint64_t)d->record);
    rasd_json_key(&b, &first, "start"); rasd_json_u64(&b, a->start);
    rasd_json_key(&b, &first, "end"); rasd_json_u64(&b, a->end);
    rasd_json_key(&b, &first, "title"); rasd_json_cstr(&b, a->title);
    rasd_json_key(&b, &first, "outlet"); rasd_json_cstr(&b, a->outlet);
    rasd_json_key(&b, &first, "url"); rasd_json_cstr(&b, a->url);
    rasd_json_key(&b, &first, "published"); rasd_json_cstr(&b, pub);
    rasd_json_key(&b, &first, "published_from"); rasd_json_cstr(&b, from);
    rasd_json_key(&b, &first, "blocks");
    rasd_buf_addc(&b, '[');
    for (size_t i = 0; i < rasd_article_nblocks(a); i++) {
        const rasd_block *k = rasd_article_block(a, i);
        bool f2 = true;
        if (i) rasd_buf_addc(&b, ',');
        rasd_buf_addc(&b, '{');
        rasd_json_key(&b, &f2, "kind"); rasd_json_cstr(&b, kind_name[k->kind]);
        rasd_json_key(&b, &f2, "start"); rasd_json_u64(&b, k->start);
        rasd_json_key(&b, &f2, "end"); rasd_json_u64(&b, k->end);
        rasd_json_key(&b, &f2, "text"); rasd_json_str(&b, k->text, k->len);
        rasd_buf_addc(&b, '}');
    }
    rasd_buf_addc(&b, ']');
    rasd_json_key(&b, &first, "dropped");
    rasd_buf_addc(&b, '[');
    for (size_t i = 0; i < rasd_article_ndropped(a); i++) {
        const rasd_drop *k = rasd_article_dropped(a, i);
        bool f2 = true;
        if (i) rasd_buf_addc(&b, ',');
        rasd_buf_addc(&b, '{');
        rasd_json_key(&b, &f2, "reason"); rasd_json_cstr(&b, k->reason);
        rasd_json_key(&b, &f2, "start"); rasd_json_u64(&b, k->start);
        rasd_json_key(&b, &f2, "end"); rasd_json_u64(&b, k->end);
        rasd_buf_addc(&b, '}');
    }
    rasd_buf_add(&b, "]}\n", 3);
    size_t w = fwrite(b.p, 1, b.len, (FILE *)stdio_file);
    bool ok = w == b.len;
    rasd_buf_free(&b);
    return ok ? RASD_OK : RASD_ERR_IO;
}
