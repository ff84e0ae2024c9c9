#!/usr/bin/env bash
# Sets up and runs every test: installs Chromium, Firefox ESR and the speech service when missing, then `npm test`
# (format, lint and types; unit tests; both builds; web-ext lint; end-to-end tests in both browsers).
# Ends with one line, "N passed, N failed", counting every test that ran.
set -uo pipefail
cd "$(dirname "$0")/.."

reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT

status=0
bash scripts/install-browsers.sh || status=$?
if [ $status -eq 0 ]; then
  npm ci --no-audit --no-fund || status=$?
fi
if [ $status -eq 0 ]; then
  CRUX_TEST_REPORTS="$reports" npm test || status=$?
fi

node scripts/count-tests.mjs "$reports" "$status"
exit $status
