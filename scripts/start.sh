#!/usr/bin/env bash
# README command 1: install, migrate, seed demo records if empty, build and serve the archive.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

ensure_node_modules
# The demo records include short audio and video clips made with ffmpeg.
ensure_system_packages "ffmpeg:ffmpeg"
PORT="${PORT:-3000}"

say "Cơ sở dữ liệu: di chuyển lược đồ và dữ liệu mẫu / database: migrations and demo records…"
npm run seed -w cms --silent

bash scripts/build-cms.sh

data_dir="${DATA_DIR:-data}"
case "$data_dir" in /*) ;; *) data_dir="$ROOT/$data_dir" ;; esac
# The embedded default keeps its generated secret under data/ (written by the seed step above).
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-$(cat "$data_dir/payload-secret")}"
# The CMS's own address: it accepts a session only from its own pages (CSRF) and refuses to start without it.
export SERVER_URL="${SERVER_URL:-http://localhost:$PORT}"

say "Khởi động máy chủ / starting the server on port $PORT…"
NODE_ENV=production npm run serve -w cms --silent -- --port "$PORT" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' INT TERM EXIT

# On failure the EXIT trap stops the server (if it is still up) and its own error stays on screen.
node_modules/.bin/node scripts/lib/waitForHttp.ts "http://localhost:$PORT/admin" 120 "$server" || exit 1

# The public site: snapshot of what is public now, Astro + Pagefind, served beside the CMS. The CMS rebuilds
# it a few seconds after each publish (and as the demo media finish processing).
SITE_PORT="${SITE_PORT:-4321}"
DATA_DIR="$data_dir" bash scripts/site/rebuild.sh || exit 1
# The site server answers a bad request with a 4xx and never exits on one; should it die all the same (out of
# memory, a bug, a kill), keep_serving starts it again and says so, rather than leaving the site down.
serve_site() {
  SITE_DIR="$data_dir/site" SITE_PORT="$SITE_PORT" keep_serving "Máy chủ trang công khai / the public site server" \
    node_modules/.bin/tsx scripts/site/serve.ts
}
serve_site &
site_server=$!
trap 'kill "$server" "$site_server" 2>/dev/null; wait "$server" "$site_server" 2>/dev/null' INT TERM EXIT
node_modules/.bin/node scripts/lib/waitForHttp.ts "http://localhost:$SITE_PORT/" 30 "$site_server" || exit 1

case "${DATABASE_URL:-file:}" in
  file:*) database="SQLite: ${DATABASE_URL:-$data_dir/archive.db}" ;;
  *) database="MongoDB (DATABASE_URL)" ;;
esac
if [ -n "${MEILI_URL:-}" ]; then search="Meilisearch $MEILI_URL (đồng bộ trực tiếp / live sync)"
else search="Pagefind (chỉ mục trong trang / built into the site)"; fi

cat <<MSG

  ✔ Di sản số đang chạy / is running
    Trang công khai / site:  http://localhost:$SITE_PORT
    Quản trị / Admin:        http://localhost:$PORT/admin
    API:                     http://localhost:$PORT/api/ethnic-groups
    Tài khoản đầu tiên / first account: tạo ở trang trên, hoặc / create it there, or
                             npm run create-admin -- ban@vi-du.vn   (in mật khẩu một lần / prints a password once)
    Cơ sở dữ liệu / database: $database
    Tìm kiếm / search:       $search
    Tư liệu mẫu / demo media: đang xử lý nền, xem tiến độ ở Quản trị → Tư liệu
                             processed in the background; progress in Admin → Media
    Dừng / stop:             Ctrl+C

MSG
wait "$server"
