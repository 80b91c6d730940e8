#!/usr/bin/env bash
# Debian's Chromium as Playwright launches it, with the browser's own omnibox popups off. Since
# Chromium 14x every new window (so every test's fresh context) loads two hidden WebUI pages for
# the address bar's popup and its AI mode, in renderer processes of their own: about a quarter
# of the CPU a test used on two cores. Chromium keeps only the last --disable-features it is
# given, so every list (Playwright's own and the harness's) is joined into one here.
set -euo pipefail
args=()
disabled=()
for arg in "$@"; do
  case "$arg" in
    --disable-features=*) disabled+=("${arg#--disable-features=}") ;;
    *) args+=("$arg") ;;
  esac
done
if [ "${#disabled[@]}" -gt 0 ]; then
  joined=$(IFS=,; echo "${disabled[*]}")
  args+=("--disable-features=$joined")
fi
exec "${CHROMIUM_PATH:-/usr/bin/chromium}" "${args[@]}"
