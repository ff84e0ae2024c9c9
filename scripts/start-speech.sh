#!/usr/bin/env bash
# Starts a speech service of the tests' own, so headless Chromium and Firefox can read aloud on a
# machine without a sound card: a PulseAudio null sink, and speech-dispatcher with a module that speaks
# with espeak-ng in real time into it (start and end events arrive as a voice's would; no word
# boundaries). It uses a configuration and socket of its own under /tmp/crux-speech, so a developer's
# own speech setup is neither used nor changed; the end-to-end harness points the browsers at it
# (SPEECHD_ADDRESS). Idempotent. Installed by scripts/install-browsers.sh; see
# ../shared/notes/browser-testing.md (Speech) and docs/TESTING.md.
set -euo pipefail

dir=/tmp/crux-speech
socket="$dir/speechd.sock"
export SPEECHD_ADDRESS="unix_socket:$socket"

for tool in speech-dispatcher spd-say espeak-ng paplay pulseaudio; do
  command -v "$tool" >/dev/null || {
    echo "start-speech: $tool is missing (bash scripts/install-browsers.sh installs it)" >&2
    exit 1
  }
done

if ! pulseaudio --check 2>/dev/null; then
  # As root PulseAudio warns but runs with -n (no default configuration) and these two modules.
  pulseaudio -D --exit-idle-time=-1 -n \
    --load="module-null-sink sink_name=null" \
    --load="module-native-protocol-unix" >/dev/null 2>&1 || true
fi

if ! timeout 10 spd-say -l en -w "ready" >/dev/null 2>&1; then
  mkdir -p "$dir/modules"
  cat > "$dir/modules/crux-espeak.conf" <<'CONF'
GenericExecuteSynth "printf %s \'$DATA\' | espeak-ng -v $VOICE -s $RATE -p $PITCH --stdin --stdout | paplay"
GenericCmdDependency "espeak-ng"
GenericLanguage "en" "en-us" "utf-8"
GenericLanguage "fr" "fr" "utf-8"
GenericLanguage "de" "de" "utf-8"
GenericLanguage "es" "es" "utf-8"
AddVoice "en" "MALE1" "en-us"
AddVoice "fr" "MALE1" "fr"
AddVoice "de" "MALE1" "de"
AddVoice "es" "MALE1" "es"
GenericRateAdd 170
GenericPitchAdd 50
GenericRateMultiply 100
GenericPitchMultiply 50
CONF
  cat > "$dir/speechd.conf" <<'CONF'
LogLevel 2
AddModule "crux-espeak" "sd_generic" "crux-espeak.conf"
DefaultModule crux-espeak
CONF
  rm -f "$socket"
  speech-dispatcher -d -t 0 -C "$dir" -L "$dir" -c unix_socket -S "$socket" -P "$dir/pid" >"$dir/start.log" 2>&1
  timeout 20 spd-say -l en -w "ready" >/dev/null 2>&1 || {
    echo "start-speech: speech-dispatcher did not speak (see $dir)" >&2
    exit 1
  }
fi
echo "start-speech: speaking at $SPEECHD_ADDRESS"
