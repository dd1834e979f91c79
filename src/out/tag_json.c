/* tag_json.c — the `rasd tag` output: one JSON object per mention (docs/formats.md). */
#include "tag/tag.h"

#include <stdio.h>

rasd_status rasd_mention_write_json(const rasd_mentions *m, size_t i, void *stdio_file)
{
    const rasd_mention *x = rasd_mentions_get(m, i);
    if (!x) return RASD_ERR_ARG;
    static const char *const kind_name[] = {"", "time", "duration", "actor", "country", "place", "organization"};
    rasd_buf b = {0};
    bool first = true;
    rasd_buf_addc(&b, '{');
    rasd_json_key(&b, &first, "doc"); rasd_json_cstr(&b, m->doc->id);
    rasd_json_key(&b, &first, "article"); rasd_json_u64(&b, (uint64_t)x->article);
    rasd_json_key(&b, &first, "file"); rasd_json_cstr(&b, m->doc->file);
    rasd_json_key(&b, &first, "kind"); rasd_json_cstr(&b, kind_name[x->kind]);
    rasd_json_key(&b, &first, "start"); rasd_json_u64(&b, x->start);
    rasd_json_key(&b, &first, "end"); rasd_json_u64(&b, x->end);
    rasd_json_key(&b, &first, "text"); rasd_json_cstr(&b, x->text);
    if (x->value) { rasd_json_key(&b, &first, "value"); rasd_json_cstr(&b, x->value); }
    if (x->from) { rasd_json_key(&b, &first, "from"); rasd_json_cstr(&b, x->from); }
    if (x->to) { rasd_json_key(&b, &first, "to"); rasd_json_cstr(&b, x->to); }
    if (x->mod) { rasd_json_key(&b, &first, "mod"); rasd_json_cstr(&b, x->mod); }
    if (x->name) { rasd_json_key(&b, &first, "name"); rasd_json_cstr(&b, x->name); }
    if (x->id) { rasd_json_key(&b, &first, "id"); rasd_json_cstr(&b, x->id); }
    if (x->role) { rasd_json_key(&b, &first, "role"); rasd_json_cstr(&b, x->role); }
    if (x->country) { rasd_json_key(&b, &first, "country"); rasd_json_cstr(&b, x->country); }
    if (x->stands_for) { rasd_json_key(&b, &first, "stands_for"); rasd_json_cstr(&b, x->stands_for); }
    if (x->via) { rasd_json_key(&b, &first, "via"); rasd_json_cstr(&b, x->via); }
    rasd_buf_add(&b, "}\n", 2);
    size_t w = fwrite(b.p, 1, b.len, (FILE *)stdio_file);
    bool ok = w == b.len;
    rasd_buf_free(&b);
    return ok ? RASD_OK : RASD_ERR_IO;
}
