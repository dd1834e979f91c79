#!/bin/sh
# The README's examples are tests: every line of README.md that starts with "$ ./rasd" is run
# from the repository's root; it must exit 0 (or 1 when the line ends with "# exits 1") and
# print something.
set -u
cd "$(dirname "$0")/.."
n=0; fail=0
grep '^\$ \./rasd' README.md | sed 's/^\$ //' > /tmp/rasd-readme.$$
while IFS= read -r cmd; do
  n=$((n + 1))
  want=0
  case "$cmd" in *"# exits 1"*) want=1;; esac
  out=$(sh -c "$cmd" 2>/dev/null); rc=$?
  if [ "$rc" != "$want" ] || [ -z "$out" ]; then echo "README example failed (exit $rc): $cmd"; fail=1; fi
done < /tmp/rasd-readme.$$
rm -f /tmp/rasd-readme.$$
[ "$n" -gt 0 ] || { echo "no README examples found"; exit 1; }
echo "$n README examples ran"
exit $fail
