#!/usr/bin/env bash
# Installs, when missing, what the end-to-end tests drive: Debian's Chromium and Firefox ESR, and the
# speech service both browsers speak through on Linux (speech-dispatcher with espeak-ng, and PulseAudio
# for a null sound sink), which the read-aloud tests need.
set -euo pipefail

missing=()
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
[ -x /usr/lib/firefox-esr/firefox-esr ] || missing+=(firefox-esr)
command -v spd-say >/dev/null || missing+=(speech-dispatcher speech-dispatcher-audio-plugins espeak-ng)
command -v pulseaudio >/dev/null || missing+=(pulseaudio)
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing ${missing[*]} (Debian packages) for the end-to-end tests…"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
