#!/usr/bin/env bash
# `make bench` (docs/performance.md, "How make bench works"). Parts, all by default (BENCH_PARTS="api spa phones"):
#   api     the packaged API against the MySQL-compatible server at DB_HOST:DB_PORT/DB_NAME (WIPED), once per scale
#           of BENCH_SCALES (default "1000 10000" branches loaded by ScaleData), every endpoint driven by autocannon
#           (scripts/bench/api.mjs); time to the first answer and memory, beside a minimal Quarkus app
#           (bench/baseline, database DB_NAME_baseline, also wiped); the figures go to bench/results/ as JSON and
#           are compared with the last committed file there (scripts/bench/report.mjs)
#   spa     the SPA's bundle sizes
#   phones  each role's home on a phone (the built SPA, the API on its embedded database with demo data), Lighthouse
# Everything runs on this machine, bounded in time; any failed request or empty part stops it with exit 1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PARTS="${BENCH_PARTS:-api spa phones}"
API_PORT="${BENCH_API_PORT:-18088}"
BASELINE_PORT="${BENCH_BASELINE_PORT:-18089}"
WORK=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "make bench FAILED: $*" >&2; exit 1; }
has() { [[ " $PARTS " == *" $1 "* ]]; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
# Starts a jar in the background (its PID in $started, the time in $started_at); the environment comes from the caller.
start_jar() {
  started_at=$(now_ms)
  java -jar "$1" > "$2" 2>&1 &
  started=$!
  pids+=("$started")
}
stop_jar() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
# Polls until the command succeeds (every 50 ms, at most $2 seconds) while the process $1 lives.
wait_for() {
  local pid=$1 limit=$2; shift 2
  local deadline=$(( $(now_ms) + limit * 1000 ))
  until "$@" > /dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || return 1
    [ "$(now_ms)" -lt "$deadline" ] || return 1
    sleep 0.05
  done
}
# The API's first answer as a user: sign in, then GET /api/v1/me, both 200.
first_me() {
  local token
  token=$(curl -fs -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"$2\",\"password\":\"$3\"}" "http://127.0.0.1:$1/api/v1/auth/token" \
    | sed -nE 's/.*"accessToken":"([^"]+)".*/\1/p')
  [ -n "$token" ] && curl -fs -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$1/api/v1/me"
}
manifest_field() { node -p "JSON.parse(require('fs').readFileSync('$1','utf8')).$2"; }

if has api; then
  export DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-3306}" DB_USER="${DB_USER:-root}" DB_PASSWORD="${DB_PASSWORD:-}"
  export DB_NAME="${DB_NAME:-test}"
  DB_DIALECT="${DB_DIALECT:-$(scripts/db-dialect.sh)}"
  export DB_DIALECT
  SCALES="${BENCH_SCALES:-1000 10000}"
  echo "== Building the API for MySQL and the baseline app =="
  # The database kind and dialect are fixed when the jar is built: a MySQL build of its own, moved out of the way of
  # the embedded-database jar the other targets use.
  # BENCH_BUILD=false reuses the jars of an earlier run.
  if [ "${BENCH_BUILD:-true}" != false ] || [ ! -f backend/target/bench-app/quarkus-run.jar ]; then
    (cd backend && ./mvnw -B -q package -DskipTests -Dquarkus.profile=prod,mysql)
    rm -rf backend/target/bench-app && mv backend/target/quarkus-app backend/target/bench-app
  fi
  if [ "${BENCH_BUILD:-true}" != false ] || [ ! -f bench/baseline/target/quarkus-app/quarkus-run.jar ]; then
    (cd backend && ./mvnw -B -q -f ../bench/baseline/pom.xml package -DskipTests)
  fi
  (cd scripts/bench && { [ -d node_modules ] || npm ci --no-audit --no-fund > /dev/null; })
  connector=$(ls backend/target/bench-app/lib/main/com.mysql.mysql-connector-j-*.jar | head -1)
  scale_data() { DB_NAME="$1" java -cp "$connector" backend/src/test/java/app/chuangxian/support/ScaleData.java "${@:2}"; }
  mkdir -p "$WORK/data"
  # The API's settings for its starts below (the rest comes from DB_*): its own data directory (JWT keys), no demo data.
  export DATA_DIR="$WORK/data" DEMO_DATA=false PORT="$API_PORT" QUARKUS_LOG_LEVEL=WARN
  startup="{"
  for n in $SCALES; do
    echo
    echo "== $n branches: MySQL at $DB_HOST:$DB_PORT/$DB_NAME (wiped) =="
    scale_data "$DB_NAME" reset
    # First start: Flyway creates the schema. Then the data, then the start that is measured.
    start_jar backend/target/bench-app/quarkus-run.jar "$WORK/api-migrate.log"
    migrating=$started
    wait_for "$migrating" 180 curl -fs "http://127.0.0.1:$API_PORT/q/health/ready" \
      || { tail -30 "$WORK/api-migrate.log" >&2; fail "the API did not start on $DB_NAME"; }
    stop_jar "$migrating"
    scale_data "$DB_NAME" load "$n" "$WORK/manifest-$n.json"
    start_jar backend/target/bench-app/quarkus-run.jar "$WORK/api-$n.log"
    api=$started
    wait_for "$api" 180 first_me "$API_PORT" "$(manifest_field "$WORK/manifest-$n.json" admin)" \
      "$(manifest_field "$WORK/manifest-$n.json" password)" \
      || { tail -30 "$WORK/api-$n.log" >&2; fail "the API gave no first answer at $n branches"; }
    first=$(( $(now_ms) - started_at ))
    rss=$(rss_kb "$api")
    echo "time to the first request (start to the first 200 of /api/v1/me): $first ms; RSS after it: $(( rss / 1024 )) MB"
    startup+="\"$n\":{\"firstRequestMs\":$first,\"rssKb\":$rss},"
    BENCH_API_URL="http://127.0.0.1:$API_PORT" BENCH_MANIFEST="$WORK/manifest-$n.json" BENCH_OUT="$WORK/scale-$n.json" \
      node scripts/bench/api.mjs || fail "the API benchmark at $n branches"
    stop_jar "$api"
  done

  echo
  echo "== Baseline: a minimal Quarkus app (bench/baseline), MySQL at $DB_HOST:$DB_PORT/${DB_NAME}_baseline (wiped) =="
  unset DATA_DIR DEMO_DATA
  scale_data "${DB_NAME}_baseline" reset
  export DB_NAME="${DB_NAME}_baseline" PORT="$BASELINE_PORT" JWT_PUBLIC_KEY_FILE="$WORK/data/keys/jwt-public.pem" QUARKUS_LOG_LEVEL=WARN
  start_jar bench/baseline/target/quarkus-app/quarkus-run.jar "$WORK/baseline-migrate.log"
  wait_for "$started" 120 curl -fs "http://127.0.0.1:$BASELINE_PORT/items" \
    || { tail -30 "$WORK/baseline-migrate.log" >&2; fail "the baseline app did not start"; }
  stop_jar "$started"
  start_jar bench/baseline/target/quarkus-app/quarkus-run.jar "$WORK/baseline.log"
  wait_for "$started" 120 curl -fs "http://127.0.0.1:$BASELINE_PORT/items" \
    || { tail -30 "$WORK/baseline.log" >&2; fail "the baseline app gave no first answer"; }
  first=$(( $(now_ms) - started_at ))
  rss=$(rss_kb "$started")
  stop_jar "$started"
  unset PORT JWT_PUBLIC_KEY_FILE QUARKUS_LOG_LEVEL
  export DB_NAME="${DB_NAME%_baseline}"
  echo "time to the first request (start to the first 200 of GET /items): $first ms; RSS after it: $(( rss / 1024 )) MB"
  startup+="\"baseline\":{\"firstRequestMs\":$first,\"rssKb\":$rss}}"
  echo "$startup" > "$WORK/startup.json"

  echo
  echo "== Summary =="
  # The raw figures stay in backend/target/bench whatever the report does.
  mkdir -p backend/target/bench && cp "$WORK"/scale-*.json "$WORK/startup.json" backend/target/bench/
  BENCH_DIR="$WORK" BENCH_SCALES="$SCALES" node scripts/bench/report.mjs || fail "the report"
fi

if has spa; then
  echo
  echo "== SPA bundle =="
  (cd frontend && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run --silent build > /dev/null && npm run --silent budget)
fi

if has phones; then
  echo
  echo "== Each role's home on a phone (the built SPA behind vite preview, the API on its embedded database, demo data) =="
  (cd backend && ./mvnw -B -q package -DskipTests)
  [ -f frontend/dist/index.html ] || (cd frontend && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run --silent build > /dev/null)
  mkdir -p "$WORK/h2"
  export DATA_DIR="$WORK/h2" DEMO_DATA=true PORT="$API_PORT"
  start_jar backend/target/quarkus-app/quarkus-run.jar "$ROOT/backend/target/bench-api.log"
  unset DATA_DIR DEMO_DATA PORT
  wait_for "$started" 120 curl -fs "http://127.0.0.1:$API_PORT/q/health/ready" || fail "the API did not start on its embedded database"
  WEB_PORT="${BENCH_WEB_PORT:-14188}"
  (cd frontend && API_URL="http://127.0.0.1:$API_PORT" exec node node_modules/vite/bin/vite.js preview --port "$WEB_PORT" --strictPort \
    --host 127.0.0.1 > /dev/null 2>&1) &
  pids+=($!)
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$WEB_PORT/" > /dev/null 2>&1 && break; sleep 0.25; done
  PHONE_BASE_URL="http://127.0.0.1:$WEB_PORT" node scripts/phone-home-weight.mjs lishi assessor1 leader auditor admin
  echo
  echo "Lighthouse $(node -p "require('./scripts/lighthouse/package.json').dependencies.lighthouse"), mobile, median of 3:"
  (cd scripts/lighthouse && { [ -d node_modules ] || npm ci --no-audit --no-fund > /dev/null; })
  LIGHTHOUSE_BASE_URL="http://127.0.0.1:$WEB_PORT" node scripts/lighthouse/run.mjs lishi assessor1 leader
fi
