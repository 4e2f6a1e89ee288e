#!/usr/bin/env bash
# Builds the CMS for production (`next build`) unless the last build came from exactly these sources.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

stamp="cms/.next/di-san-so-source-hash"
# cms/ and every workspace it depends on (scripts/lib/cmsSourceHash.ts reads the list from package.json).
hash="$(node_modules/.bin/node scripts/lib/cmsSourceHash.ts)"
if [ -f cms/.next/BUILD_ID ] && [ "$(cat "$stamp" 2>/dev/null)" = "$hash" ] && [ "${FORCE_BUILD:-}" != "1" ]; then
  say "Bản build CMS đã cập nhật / CMS build is up to date"
  exit 0
fi
say "Build CMS (next build, ~1 phút / ~1 minute)…"
rm -rf cms/.next
npm run build -w cms --silent
echo "$hash" > "$stamp"
