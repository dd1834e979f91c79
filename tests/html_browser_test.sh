#!/bin/sh
# The HTML timeline page in a real browser (docs/html-timeline.md).
#   usage: sh tests/html_browser_test.sh ./rasd TMPDIR
# Writes a small JSON Lines input whose texts plant markup (a <script> element, an <img> with
# onerror) inside sentences that state a contact, runs `rasd timeline --format html`, loads the
# page in headless Chromium and reads back the DOM after its scripts ran. Checks:
#   - the page: a CSP meta tag, exactly one (inline) script, no network reference (no http://,
#     https://, protocol-relative src/href, CSS url()), a row merged from 2+ sources, the Arabic
#     evidence in dir="rtl" lang="ar", byte-identical output on a second run;
#   - the DOM: the event (Vladimir Putin, 2025-02-12) is there; the planted markup is inert text
#     (no <img> element, no data-pwned="…" attribute on <html> or anywhere); our own script ran
#     under the CSP (the filter bar is shown and says "Showing N of N events"), so its hash is
#     right; a filter given in the URL fragment hides the rows it excludes.
# Exit 0 pass, 1 fail (with a message), 77 skipped (no Chromium), 2 usage.
set -u
[ $# -eq 2 ] || { echo "usage: sh tests/html_browser_test.sh ./rasd TMPDIR" >&2; exit 2; }
RASD=$1
case $RASD in /*) ;; *) RASD=$(pwd)/$RASD ;; esac
mkdir -p "$2/html-browser" || exit 1
T=$(cd "$2/html-browser" && pwd) || exit 1

CHROME=
for c in chromium chromium-browser google-chrome; do
  if command -v "$c" >/dev/null 2>&1; then CHROME=$c; break; fi
done
[ -n "$CHROME" ] || { echo "skip: chromium is not installed"; exit 77; }

fail() { echo "FAIL html-browser: $*"; exit 1; }

cat >"$T/in.jsonl" <<'EOF'
{"id":"a1","published":"2025-02-13","outlet":"Test <b>outlet</b>","text":"أجرى الرئيس الأمريكي دونالد ترمب اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين يوم الأربعاء 12 فبراير 2025 <script>document.documentElement.setAttribute('data-pwned','1')</script> استمر نحو 90 دقيقة."}
{"id":"a2","published":"2025-02-13","outlet":"Second \"outlet\" & co","text":"قال الكرملين إن الرئيس الروسي فلاديمير بوتين تلقى اتصالا هاتفيا من الرئيس الأمريكي دونالد ترمب يوم الأربعاء 12 فبراير 2025 <img src=x onerror=\"document.documentElement.setAttribute('data-pwned','2')\"> وبحثا الحرب في أوكرانيا."}
{"id":"a3","published":"2025-02-13T01:30:00+03:00","outlet":"Third","text":"أجرى الرئيس الأمريكي دونالد ترمب اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين يوم 12 فبراير 2025 استمر ساعة ونصف."}
{"id":"a4","published":"2025-03-01","outlet":"Fourth","text":"التقى الرئيس الأمريكي دونالد ترمب الرئيس الأوكراني فولوديمير زيلينسكي في البيت الأبيض يوم 28 فبراير 2025."}
EOF

"$RASD" timeline --format html "$T/in.jsonl" >"$T/page.html" 2>"$T/rasd.err"; rc=$?
[ "$rc" -le 1 ] || { cat "$T/rasd.err"; fail "rasd timeline --format html exited $rc"; }
[ -s "$T/page.html" ] || fail "empty page"
"$RASD" timeline --format html "$T/in.jsonl" >"$T/page2.html" 2>/dev/null
cmp -s "$T/page.html" "$T/page2.html" || fail "two runs gave different pages"

# ---- the page as written
P=$T/page.html
grep -q '<meta http-equiv="Content-Security-Policy" content="default-src '"'none'"'; style-src '"'unsafe-inline'"'; script-src '"'sha256-" "$P" \
  || fail "no Content-Security-Policy meta tag"
[ "$(grep -o '<script' "$P" | wc -l)" -eq 1 ] || fail "expected exactly one <script> element"
grep -Eiq 'https?://' "$P" && fail "page contains an http(s):// URL"
grep -Eiq '(src|href|action|srcset|poster|data)[[:space:]]*=[[:space:]]*["'"'"']?[[:space:]]*(https?:|//)' "$P" \
  && fail "page references a network resource"
grep -Eiq 'url\(|@import' "$P" && fail "page has CSS that can load a resource"
grep -q '<blockquote dir="rtl" lang="ar">' "$P" || fail "no Arabic evidence marked dir=rtl lang=ar"
# some event lists two or more sources (each source has one blockquote)
awk 'BEGIN { RS = "<li class=\"ev\"" } NR > 1 { n = gsub(/<blockquote/, "&"); if (n > m) m = n } END { exit !(m >= 2) }' "$P" \
  || fail "no event merged from 2 or more sources"

# ---- the page in the browser
dump() { # $1 URL, $2 output file
  for h in --headless=new --headless; do
    if timeout 120 "$CHROME" "$h" --no-sandbox --disable-gpu --no-first-run --disable-extensions \
         --user-data-dir="$T/profile" --dump-dom "$1" >"$2" 2>"$T/chrome.err" && [ -s "$2" ]; then
      return 0
    fi
  done
  tail -5 "$T/chrome.err"
  return 1
}
dump "file://$P" "$T/dom.html" || fail "chromium could not load the page"
D=$T/dom.html
grep -q 'Vladimir Putin' "$D" || fail "event participant Vladimir Putin missing from the DOM"
grep -q '2025-02-12' "$D" || fail "event date 2025-02-12 missing from the DOM"
grep -q "&lt;script&gt;document.documentElement.setAttribute('data-pwned'" "$D" \
  || fail "planted <script> is not shown as text"
grep -q '&lt;img src=x onerror=' "$D" || fail "planted <img> is not shown as text"
grep -m1 '<html' "$D" | grep -q 'data-pwned' && fail "the planted script ran: <html> carries data-pwned"
grep -q 'data-pwned="' "$D" && fail "a data-pwned attribute was set"
grep -Eiq '<img[[:space:]>]' "$D" && fail "an <img> element reached the DOM"
grep -q 'id="filters" class="filters">' "$D" || fail "filter bar still hidden: the page script did not run (CSP hash?)"
grep -Eq 'Showing ([0-9]+) of \1 events' "$D" || fail "the page script did not report the events shown"

# a filter in the fragment: only Zelenskyy's rows stay shown
dump "file://$P#actor=Volodymyr%20Zelenskyy" "$T/dom2.html" || fail "chromium could not load the filtered page"
grep -q '<li class="ev off"' "$T/dom2.html" || fail "the actor filter hid no row"
grep -Eq '<li class="ev" id="e[0-9]+" data-actors="[a0-9 ]*" data-type="visit"' "$T/dom2.html" \
  || fail "the actor filter hid Zelenskyy's visit"
grep -Eq 'Showing 1 of [0-9]+ events' "$T/dom2.html" || fail "the filtered count is wrong"

echo "ok html-browser: $(grep -o '<li class="ev' "$P" | wc -l) events; planted markup inert; CSP script ran; filters work"
exit 0
