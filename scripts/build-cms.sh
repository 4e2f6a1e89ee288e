#!/usr/bin/env bash
# Builds the CMS for production (`next build`) unless the last build came from exactly these sources.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

source_hash() {
  {
    # The CMS bundles the media pipeline's sources too.
    { find cms -path cms/.next -prune -o -path cms/node_modules -prune -o -name next-env.d.ts -prune -o -type f -print; find media-pipeline/src -type f; } | LC_ALL=C sort | xargs sha256sum
    sha256sum package-lock.json
  } | sha256sum | cut -d' ' -f1
}

stamp="cms/.next/di-san-so-source-hash"
hash="$(source_hash)"
if [ -f cms/.next/BUILD_ID ] && [ "$(cat "$stamp" 2>/dev/null)" = "$hash" ] && [ "${FORCE_BUILD:-}" != "1" ]; then
  say "Bản build CMS đã cập nhật / CMS build is up to date"
  exit 0
fi
say "Build CMS (next build, ~1 phút / ~1 minute)…"
rm -rf cms/.next
npm run build -w cms --silent
echo "$hash" > "$stamp"
