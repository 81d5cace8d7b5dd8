#!/usr/bin/env bash
# Idempotent set-up: virtualenv with pinned packages, bun, and (with --dev) the test tools and
# Debian packages (chromium for browser tests, ffmpeg for video). Fast when nothing changed.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
DEV=0; [ "${1:-}" = "--dev" ] && DEV=1
PYTHON="${PYTHON:-python3}"

need_apt=()
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Python 3.11 or newer is needed (found: $("$PYTHON" --version 2>&1)). Set PYTHON=python3.x." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ] && ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
  need_apt+=(python3-venv)   # Debian splits venv/ensurepip out of the interpreter
fi
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || need_apt+=(ffmpeg)
# course thumbnails draw accented titles ("Programación") with DejaVu Sans
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || need_apt+=(fonts-dejavu-core)
if [ "$DEV" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
  # the auto-captions test speaks English with espeak-ng
  command -v espeak-ng >/dev/null 2>&1 || need_apt+=(espeak-ng)
  command -v docker-compose >/dev/null 2>&1 || need_apt+=(docker-compose)
  # `make cluster` and tests/cluster: nginx as the balancer, PgBouncer in transaction mode
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_apt+=(nginx-light)
  command -v pgbouncer >/dev/null 2>&1 || [ -x /usr/sbin/pgbouncer ] || need_apt+=(pgbouncer)
fi
if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "==> Installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
  # the cluster runs its own nginx/PgBouncer on its own ports: not the system services
  for service in nginx pgbouncer; do
    $SUDO service "$service" stop >/dev/null 2>&1 || true
  done
fi

if [ ! -x .venv/bin/python ]; then
  echo "==> Creating .venv with $($PYTHON --version)"
  "$PYTHON" -m venv .venv
  .venv/bin/pip install -q --upgrade pip
fi
stamp=.venv/.requirements.sha
want=$(cat requirements.txt $( [ "$DEV" = 1 ] && echo requirements-dev.txt ) | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || ! grep -q "$want" "$stamp"; then
  echo "==> Installing Python packages"
  if [ "$DEV" = 1 ]; then
    .venv/bin/pip install -q -r requirements-dev.txt
  else
    .venv/bin/pip install -q -r requirements.txt
  fi
  echo "$want" >> "$stamp"
fi

if ! command -v bun >/dev/null 2>&1; then
  echo "==> Installing bun $BUN_VERSION from the npm registry"
  mkdir -p .tools
  npm install --silent --prefix .tools --ignore-scripts --no-audit --no-fund "$BUN_PKG@$BUN_VERSION"
fi
