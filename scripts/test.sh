#!/usr/bin/env bash
# README command 2: install what is missing, then lint, typecheck and run every test project.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

ensure_node_modules
ensure_system_packages "${TEST_SYSTEM_PACKAGES[@]}"

say "Lint (biome)…"
npm run lint --silent
say "Typecheck (tsc)…"
npm run typecheck --silent
say "Tests (vitest: unit, int, e2e)…"
rm -f test-results/vitest.json
status=0
npm run vitest --silent -- "$@" || status=$?
[ -f test-results/vitest.json ] && node_modules/.bin/node scripts/lib/summarizeTests.ts test-results/vitest.json
exit "$status"
