#!/usr/bin/env bash
# The main job: install, build both browser packages, and analyze the bundled sample page.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund
npm run build
npm run zip
echo
echo "Built: .output/chrome-mv3 and .output/firefox-mv3 (load these unpacked), store zips in .output/*.zip"
echo
npm run -s analyze -- tests/fixtures/pages/news-article.html --url https://coastal-ledger.example/news/harbour-seawall
