#!/usr/bin/env bash
# `make run`: set up, migrate, load demo data into an empty database, serve in production mode.
set -euo pipefail
"$(dirname "$0")/setup.sh"
source "$(dirname "$0")/env.sh"
cd "$ROOT"
export LOG_LEVEL="${LOG_LEVEL:-WARNING}"
PORT="${PORT:-3000}"
export PUBLIC_URL="${PUBLIC_URL:-http://localhost:$PORT}"
python -m udemy_clone bootstrap
# One production build, reused while the sources (and PUBLIC_URL) are unchanged.
python -m udemy_clone build
echo "==> Starting the app on http://localhost:$PORT"
# Print the address and demo accounts once the app answers.
(
  for _ in $(seq 1 600); do
    if python -c "import urllib.request as u; u.urlopen('http://localhost:$PORT/healthz', timeout=2)" \
        >/dev/null 2>&1; then
      python -m udemy_clone print-accounts
      exit 0
    fi
    sleep 1
  done
) &
exec python -m udemy_clone serve --port "$PORT" --loglevel warning
