#!/usr/bin/env bash
# Exports the publication snapshot and rebuilds the public site beside the one being served, then swaps it
# in: `npm run site:build`, and the cms's debounced rebuild job after a publish. DATA_DIR/site is served.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
cd "$ROOT"

data_dir="${DATA_DIR:-data}"
case "$data_dir" in /*) ;; *) data_dir="$ROOT/$data_dir" ;; esac
snapshot="${SNAPSHOT_DIR:-$data_dir/snapshot}"
site="$data_dir/site"
started=$(date +%s)

say "Xuất ảnh chụp dữ liệu công khai / exporting the publication snapshot…"
SNAPSHOT_DIR="$snapshot" npm run snapshot --silent
say "Build trang công khai (Astro + Pagefind) / building the public site…"
# Astro moves its built assets into the output folder with rename(), which fails across file systems
# (EXDEV): when DATA_DIR is on another disk or volume, build beside the project and move the result.
out="$site.partial"
if [ "$(stat -c %d "$ROOT/site")" != "$(stat -c %d "$data_dir")" ]; then out="$ROOT/site/.build-out"; fi
rm -rf "$site.partial" "$out"
# The build log is the archive's own, like everything in the data folder (0600).
(umask 077 && : >"$data_dir/site-build.log") && chmod 600 "$data_dir/site-build.log"
SNAPSHOT_DIR="$snapshot" SITE_OUT_DIR="$out" npm run build -w site --silent >"$data_dir/site-build.log" 2>&1 || {
  tail -n 30 "$data_dir/site-build.log" >&2
  exit 1
}
[ "$out" = "$site.partial" ] || mv "$out" "$site.partial"
rm -rf "$site.old"
[ -d "$site" ] && mv "$site" "$site.old"
mv "$site.partial" "$site"
rm -rf "$site.old"
say "Trang công khai đã cập nhật / public site rebuilt in $(($(date +%s) - started)) s → $site"
