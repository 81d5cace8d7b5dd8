#!/usr/bin/env bash
# A production-like cluster on one machine, real parts and no Docker (`make cluster`):
#   PostgreSQL and Redis of this machine, an S3 server (moto), PgBouncer in transaction mode,
#   REPLICAS web replicas serving ONE frontend build, WORKERS RQ workers (each runs RQ's
#   scheduler too), and nginx balancing round robin in front.
#
#   scripts/cluster.sh up                 start everything (idempotent: stops a previous run)
#   scripts/cluster.sh down               stop every process this script started
#   scripts/cluster.sh drop               (after down) drop the cluster's database
#   scripts/cluster.sh start-replica N    (re)start web replica N (after a crash or kill -9)
#   scripts/cluster.sh stop-replica N     stop web replica N
#   scripts/cluster.sh env                print the environment the processes run with
#
# Settings (environment): CLUSTER_DIR (run dir: pids, logs, configs; default .cluster),
# CLUSTER_PORT (nginx, 3500), REPLICAS (2, on CLUSTER_PORT+1 ...), WORKERS (2), WEB_WORKERS
# (granian workers per replica, 1), CLUSTER_DB (database name, learnly_cluster), PG_HOST/PG_PORT/
# PG_USER (127.0.0.1/5432/postgres), CLUSTER_REDIS_URL (redis://127.0.0.1:6379/7),
# S3_PORT (CLUSTER_PORT+31), PGBOUNCER_PORT (CLUSTER_PORT+32), PUBLIC_URL (http://localhost:PORT).
set -euo pipefail
source "$(dirname "$0")/env.sh"
export PATH="$PATH:/usr/sbin:/sbin"
cd "$ROOT"

RUN="${CLUSTER_DIR:-$ROOT/.cluster}"
PORT="${CLUSTER_PORT:-3500}"
REPLICAS="${REPLICAS:-2}"
WORKERS="${WORKERS:-2}"
S3_PORT="${S3_PORT:-$((PORT + 31))}"
PGBOUNCER_PORT="${PGBOUNCER_PORT:-$((PORT + 32))}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
PG_USER="${PG_USER:-postgres}"
CLUSTER_DB="${CLUSTER_DB:-learnly_cluster}"
CLUSTER_REDIS_URL="${CLUSTER_REDIS_URL:-redis://127.0.0.1:6379/7}"
PUBLIC_URL="${PUBLIC_URL:-http://localhost:$PORT}"

log() { echo "==> $*"; }

# Start a command in its own session, remember its pid (the whole group is stopped by `down`).
start() {
  local name="$1"; shift
  setsid "$@" >"$RUN/logs/$name.log" 2>&1 < /dev/null &
  echo $! >"$RUN/pids/$name.pid"
}

stop() {
  local pidfile="$1" pid
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  rm -f "$pidfile"
  [ -n "$pid" ] || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
}

wait_http() {  # url seconds
  local url="$1" seconds="$2"
  for _ in $(seq 1 "$seconds"); do
    if python -c "import urllib.request as u; u.urlopen('$url', timeout=2)" >/dev/null 2>&1; then
      return 0
    fi
    sleep 1
  done
  echo "$url did not answer within $seconds s" >&2
  return 1
}

write_env() {
  mkdir -p "$RUN"/{pids,logs,data}
  if [ ! -f "$RUN/secret" ]; then
    python -c "import secrets; print(secrets.token_urlsafe(48))" >"$RUN/secret"
  fi
  local max_upload
  max_upload="$(python -c "from udemy_clone.core.config import get_settings as g; print(g().max_upload_bytes)")"
  cat >"$RUN/cluster.env" <<EOF
ENV=production
SECRET_KEY=$(cat "$RUN/secret")
PUBLIC_URL=$PUBLIC_URL
DATABASE_URL=postgresql+psycopg://$PG_USER@127.0.0.1:$PGBOUNCER_PORT/$CLUSTER_DB
DIRECT_DATABASE_URL=postgresql+psycopg://$PG_USER@$PG_HOST:$PG_PORT/$CLUSTER_DB
DB_PGBOUNCER=true
DB_POOL_SIZE=${DB_POOL_SIZE:-3}
DB_MAX_OVERFLOW=${DB_MAX_OVERFLOW:-2}
REDIS_URL=$CLUSTER_REDIS_URL
WEB_WORKERS=${WEB_WORKERS:-1}
STORAGE_BACKEND=s3
S3_ENDPOINT=127.0.0.1:$S3_PORT
S3_ACCESS_KEY=cluster
S3_SECRET_KEY=cluster-secret
S3_BUCKET=learnly-cluster
# Video bytes never pass through Python: the app checks the playback token, nginx sends the
# segment from the object store (X-Accel-Redirect to its internal location).
HLS_DELIVERY=x-accel
TRUSTED_PROXIES=127.0.0.1/32
# Search reads and writes the shared database (course_search); `auto` picks it on PostgreSQL
# anyway, but never a replica's own Whoosh directory by mistake.
SEARCH_BACKEND=postgres
# Every request reaches the app from nginx (127.0.0.1): until TRUSTED_PROXIES makes the app
# read the client address from X-Forwarded-For, a per-IP limit would throttle everyone at once.
RATE_LIMIT_PER_MINUTE=${RATE_LIMIT_PER_MINUTE:-100000}
LOG_LEVEL=${LOG_LEVEL:-WARNING}
SEED_DEMO_DATA=${SEED_DEMO_DATA:-true}
MAX_BODY_SIZE=$((max_upload + 1024 * 1024))
EOF
}

load_env() {
  set -a
  # shellcheck disable=SC1091
  source "$RUN/cluster.env"
  set +a
}

render() {  # template output VAR=value...
  local template="$1" output="$2"; shift 2
  env "$@" python - "$template" "$output" <<'PY'
import os, re, sys
text = open(sys.argv[1]).read()
names = set(re.findall(r"\$\{([A-Z_]+)\}", text))
missing = sorted(n for n in names if n not in os.environ)
if missing:
    sys.exit(f"no value for {missing} in {sys.argv[1]}")
for name in names:
    text = text.replace("${" + name + "}", os.environ[name])
open(sys.argv[2], "w").write(text)
PY
}

need() {
  command -v "$1" >/dev/null 2>&1 || {
    echo "$1 is missing: scripts/setup.sh --dev installs it ($2)." >&2
    exit 1
  }
}

start_replica() {
  local n="$1" port=$((PORT + $1))
  load_env
  mkdir -p "$RUN/data/replica-$n"
  # DATA_DIR holds caches and temp files only; everything shared is in PostgreSQL, Redis or S3.
  start "replica-$n" env DATA_DIR="$RUN/data/replica-$n" INSTANCE_NAME="replica-$n:$port" \
    REFLEX_STATES_WORKDIR="$RUN/data/replica-$n/states" \
    python -m udemy_clone serve --host 127.0.0.1 --port "$port" --loglevel warning
}

up() {
  need nginx "Debian package nginx-light"
  need pgbouncer "Debian package pgbouncer"
  need moto_server "requirements-dev.txt: moto[server]"
  down >/dev/null 2>&1 || true
  write_env
  load_env
  # A fresh database each time: the S3 server (moto) keeps its objects in memory, so files of
  # an earlier run are gone and rows pointing at them would be wrong.
  log "PostgreSQL database $CLUSTER_DB on $PG_HOST:$PG_PORT (created afresh)"
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qc \
    "DROP DATABASE IF EXISTS $CLUSTER_DB WITH (FORCE)"
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qc "CREATE DATABASE $CLUSTER_DB"

  log "S3 server (moto) on :$S3_PORT"
  start s3 moto_server -H 127.0.0.1 -p "$S3_PORT"

  log "PgBouncer (transaction mode) on :$PGBOUNCER_PORT"
  echo "\"$PG_USER\" \"\"" >"$RUN/userlist.txt"
  render deploy/pgbouncer/pgbouncer.ini.template "$RUN/pgbouncer.ini" RUN_DIR="$RUN" \
    PG_HOST="$PG_HOST" PG_PORT="$PG_PORT" LISTEN_PORT="$PGBOUNCER_PORT" \
    POOL_SIZE="${PGBOUNCER_POOL_SIZE:-20}"
  local as_user=()
  [ "$(id -u)" = 0 ] && as_user=(-u nobody) && chmod 777 "$RUN" && chmod 644 "$RUN/userlist.txt"
  start pgbouncer pgbouncer "${as_user[@]}" "$RUN/pgbouncer.ini"

  log "Redis $REDIS_URL (flushed: the cluster's own database)"
  redis-cli -u "$REDIS_URL" flushdb >/dev/null

  wait_http "http://127.0.0.1:$S3_PORT/" 60
  log "Migrations, bucket and demo data (directly on PostgreSQL)"
  DATABASE_URL="$DIRECT_DATABASE_URL" DATA_DIR="$RUN/data/bootstrap" \
    python -m udemy_clone bootstrap
  log "One frontend build for every replica (reused while the sources are unchanged)"
  python -m udemy_clone build

  for n in $(seq 1 "$REPLICAS"); do
    log "Web replica $n on :$((PORT + n))"
    start_replica "$n"
  done
  for n in $(seq 1 "$WORKERS"); do
    log "RQ worker $n"
    mkdir -p "$RUN/data/worker-$n"
    start "worker-$n" env DATA_DIR="$RUN/data/worker-$n" INSTANCE_NAME="worker-$n" \
      python -m worker
  done

  # max_fails=0: nginx never takes a local replica out of rotation. A dead one refuses the
  # connection at once and proxy_next_upstream retries the request on the next replica; with
  # max_fails=1 a replica that crashed and came back stayed out for fail_timeout after its last
  # failed try, and a second crash inside that window left no live upstream (502s for seconds).
  local servers=""
  for n in $(seq 1 "$REPLICAS"); do
    servers+="server 127.0.0.1:$((PORT + n)) max_fails=0; "
  done
  render deploy/nginx/learnly.conf.template "$RUN/learnly.conf" UPSTREAM_SERVERS="$servers" \
    LISTEN_PORT="127.0.0.1:$PORT" MAX_BODY_SIZE="$MAX_BODY_SIZE" \
    MEDIA_ROOT="$RUN/data/storage" OBJECT_STORE_ORIGIN="http://127.0.0.1:$S3_PORT"
  mkdir -p "$RUN/nginx"
  cat >"$RUN/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $RUN/nginx/nginx.pid;
error_log $RUN/logs/nginx-error.log warn;
$([ "$(id -u)" = 0 ] && echo "user root;")
events { worker_connections 4096; }
http {
    access_log $RUN/logs/nginx-access.log;
    client_body_temp_path $RUN/nginx/body;
    proxy_temp_path $RUN/nginx/proxy;
    fastcgi_temp_path $RUN/nginx/fastcgi;
    uwsgi_temp_path $RUN/nginx/uwsgi;
    scgi_temp_path $RUN/nginx/scgi;
    include $RUN/learnly.conf;
}
EOF
  log "nginx on :$PORT"
  start nginx nginx -p "$RUN/nginx" -c "$RUN/nginx.conf"

  for n in $(seq 1 "$REPLICAS"); do
    wait_http "http://127.0.0.1:$((PORT + n))/healthz" 300
  done
  wait_http "http://127.0.0.1:$PORT/readyz" 60
  log "Cluster up: $PUBLIC_URL ($REPLICAS replicas, $WORKERS workers; run dir $RUN)"
}

down() {
  [ -d "$RUN/pids" ] || return 0
  local pidfile
  for pidfile in "$RUN"/pids/nginx.pid "$RUN"/pids/replica-*.pid "$RUN"/pids/worker-*.pid \
      "$RUN"/pids/pgbouncer.pid "$RUN"/pids/s3.pid; do
    [ -f "$pidfile" ] && stop "$pidfile"
  done
  log "Cluster stopped (logs kept in $RUN/logs)"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  start-replica) start_replica "${2:?replica number}"; wait_http "http://127.0.0.1:$((PORT + $2))/healthz" 300 ;;
  stop-replica) stop "$RUN/pids/replica-${2:?replica number}.pid" ;;
  env) cat "$RUN/cluster.env" ;;
  drop) psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qc \
    "DROP DATABASE IF EXISTS $CLUSTER_DB WITH (FORCE)" ;;
  *) echo "usage: $0 up|down|drop|start-replica N|stop-replica N|env" >&2; exit 2 ;;
esac
