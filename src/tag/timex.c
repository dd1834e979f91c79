/* timex.c — placeholder until the time-expression tagger lands: finds nothing. */
#include "tag/timex.h"

void rasd_timex_find(rasd_text *t, const rasd_tval *dct, rasd_buf *out)
{
    (void)t; (void)dct; (void)out;
}
