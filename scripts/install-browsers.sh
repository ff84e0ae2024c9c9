#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR for the end-to-end tests, when either is missing.
set -euo pipefail

missing=()
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
[ -x /usr/lib/firefox-esr/firefox-esr ] || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing ${missing[*]} (Debian packages) for the end-to-end tests…"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
