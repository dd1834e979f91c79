#!/bin/sh
# Installs the Debian 12 packages rasd builds and tests with, when any is missing
# (sh tools/deps.sh: to build and run; sh tools/deps.sh check: to run the tests too).
# Runs as root (CI) or through sudo; does nothing when all are present.
PKGS="build-essential pkg-config clang libclang-rt-14-dev libgumbo-dev libicu-dev libjansson-dev libsimdjson-dev libutf8proc-dev zlib1g-dev libcmocka-dev libsqlite3-dev python3"
# The test suite also renders the HTML timeline in a headless browser.
[ "${1:-}" = check ] && PKGS="$PKGS chromium"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing" >&2
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
