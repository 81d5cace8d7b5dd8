#!/usr/bin/env bash
# `make run`: set up, migrate, load demo data into an empty database, serve in production mode.
set -euo pipefail
"$(dirname "$0")/setup.sh"
source "$(dirname "$0")/env.sh"
cd "$ROOT"
python -m udemy_clone bootstrap
python -m udemy_clone print-accounts
PORT="${PORT:-3000}"
echo "==> Starting the app on http://localhost:$PORT (first start builds the frontend, ~1 min)"
exec reflex run --env prod --frontend-port "$PORT" --backend-port "$PORT" --loglevel warning
