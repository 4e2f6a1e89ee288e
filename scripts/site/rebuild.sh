#!/usr/bin/env bash
# `npm run site:build` and start-up: exports the publication snapshot and rebuilds the public site beside the
# one being served, then swaps it in atomically (DATA_DIR/site is a link to the newest build). The work is
# cms/src/publication/rebuildSite.ts, the same function, lock and swap as the cms's rebuild job.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
cd "$ROOT"
npm run site:rebuild -w cms --silent
