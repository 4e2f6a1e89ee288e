# Shared by the repository's shell entry points. Sourced, never run.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# A public archive sends no usage data to Next.js's makers: off for every `next` these scripts start
# (build, start) and for what they start in turn (tests/helpers/cmsServer.ts sets it for the test servers).
export NEXT_TELEMETRY_DISABLED=1

say() { printf '\033[1m[di-san-so]\033[0m %s\n' "$*"; }

# Runs a server command and starts it again whenever it ends while it should be serving (a crash, the OOM killer,
# a stray kill), saying so each time; INT or TERM to this function stops the server and ends it. Run it with `&`.
keep_serving() {
  local label="$1" child=''
  shift
  trap 'kill "$child" 2>/dev/null; wait "$child" 2>/dev/null; exit 0' INT TERM
  while :; do
    "$@" &
    child=$!
    wait "$child" || true
    say "$label dừng, khởi động lại / stopped, restarting…" >&2
    sleep 1
  done
}

# Installs the npm dependencies (including the pinned Node 24) when they are missing or older than the
# lockfile. Runs on whatever node/npm the machine has; everything after it runs on the pinned Node.
ensure_node_modules() {
  if ! command -v npm >/dev/null 2>&1; then
    say "Thiếu npm / npm is missing: sudo apt-get install -y nodejs npm"
    exit 1
  fi
  # Installed from exactly this lock file? (Its contents, not its date: a checkout or pull touches the date.)
  local stamp="$ROOT/node_modules/.di-san-so-lock-hash" wanted
  wanted="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ ! -x "$ROOT/node_modules/.bin/node" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    say "Cài đặt thư viện (npm ci) / installing dependencies (npm ci)…"
    (cd "$ROOT" && npm ci)
    echo "$wanted" > "$stamp"
  fi
}

# System packages the tests need, as "command:debian-package".
TEST_SYSTEM_PACKAGES=("chromium:chromium" "ffmpeg:ffmpeg" "ffprobe:ffmpeg")

# Checks system packages. As root on Debian (apt-get present) it installs them and says so, as CI does;
# DISANSO_INSTALL_SYSTEM=0 forbids that. Anywhere else it names the exact command in one line and stops.
ensure_system_packages() {
  local missing=() entry
  for entry in "$@"; do
    command -v "${entry%%:*}" >/dev/null 2>&1 || missing+=("${entry#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  local install="apt-get install -y -o DPkg::Lock::Timeout=600 ${missing[*]}"
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1 && [ "${DISANSO_INSTALL_SYSTEM:-}" != "0" ]; then
    say "Cài gói hệ thống / installing system packages: ${missing[*]} ($install)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive $install
  elif command -v apt-get >/dev/null 2>&1; then
    say "Thiếu gói hệ thống / missing system packages: ${missing[*]} — chạy / run: sudo $install"
    exit 1
  else
    say "Thiếu gói hệ thống / missing system packages: ${missing[*]} — cài bằng trình quản lý gói của máy / install them with this system's package manager (Debian: sudo $install)"
    exit 1
  fi
}
