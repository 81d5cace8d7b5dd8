#!/usr/bin/env bash
# `make run`: set up, migrate, load demo data into an empty database, serve in production mode.
set -euo pipefail
"$(dirname "$0")/setup.sh"
source "$(dirname "$0")/env.sh"
cd "$ROOT"
export LOG_LEVEL="${LOG_LEVEL:-WARNING}"
PORT="${PORT:-3000}"
export PUBLIC_URL="${PUBLIC_URL:-http://localhost:$PORT}"

# True once the app answers /healthz with 200 (plain bash: no interpreter started per poll).
healthy() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$PORT" || exit 1
    printf 'GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
    IFS= read -r -t 5 status <&3 && [[ "$status" == *" 200 "* ]]
  ) 2>/dev/null
}

# Print the address and demo accounts once the app answers.
(
  for _ in $(seq 1 2400); do
    if healthy; then
      python -m udemy_clone print-accounts
      exit 0
    fi
    sleep 0.25
  done
) &
# Bootstrap (migrations, bucket, demo data into an empty database), the production build (reused
# while the sources and PUBLIC_URL are unchanged) and the server, in one process: the server
# reuses the modules bootstrap imported.
echo "==> Starting the app on http://localhost:$PORT"
exec python -m udemy_clone run --port "$PORT" --loglevel warning
