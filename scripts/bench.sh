#!/usr/bin/env bash
# `make bench`: API throughput and latency on the packaged API (embedded database, demo data), the results
# computation at national scale (10,000 branches x 7 assessors, against the MySQL server of the tests), the SPA's
# bundle sizes, and each role's home on a phone: requests, JS and layout shift, then Lighthouse (mobile; figures
# in docs/performance.md). Everything runs on this machine, bounded in count and time.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
API_PORT="${BENCH_API_PORT:-18088}"
DATA=$(mktemp -d)

(cd backend && ./mvnw -B -q package -DskipTests)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT
DATA_DIR="$DATA" DEMO_DATA=true PORT="$API_PORT" java -jar backend/target/quarkus-app/quarkus-run.jar > "$ROOT/backend/target/bench-api.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$API_PORT/q/health/ready" > /dev/null 2>&1 && break; sleep 0.5; done

echo "== API (embedded database, demo data) =="
BENCH_API_URL="http://127.0.0.1:$API_PORT" node scripts/bench-api.mjs

echo
echo "== Results at scale (MySQL at ${DB_HOST:-127.0.0.1}:${DB_PORT:-3306}/${DB_NAME:-test}, wiped) =="
if DB_DIALECT="${DB_DIALECT:-$(scripts/db-dialect.sh)}"; then
  export DB_DIALECT
  # The benchmark's class name is not one surefire runs by default: name it, and fail loudly when it printed nothing.
  scale=$(cd backend && ./mvnw -B test -Dtest=ResultsBenchmark -Dgroups=bench -DexcludedGroups= 2>&1) \
    || { echo "$scale" | tail -40; echo "Results at scale: the benchmark failed" >&2; exit 1; }
  echo "$scale" | grep -E '^bench: ' || { echo "Results at scale: the benchmark ran nothing" >&2; exit 1; }
fi

echo
echo "== SPA bundle =="
(cd frontend && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run --silent build > /dev/null && npm run --silent budget)

echo
echo "== Each role's home on a phone (the built SPA behind vite preview, the API above) =="
WEB_PORT="${BENCH_WEB_PORT:-14188}"
(cd frontend && API_URL="http://127.0.0.1:$API_PORT" exec node node_modules/vite/bin/vite.js preview --port "$WEB_PORT" --strictPort \
  --host 127.0.0.1 > /dev/null 2>&1) &
web=$!
trap 'kill $web 2>/dev/null; cleanup' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$WEB_PORT/" > /dev/null 2>&1 && break; sleep 0.25; done
PHONE_BASE_URL="http://127.0.0.1:$WEB_PORT" node scripts/phone-home-weight.mjs lishi assessor1 leader auditor admin
echo
echo "Lighthouse $(node -p "require('./scripts/lighthouse/package.json').dependencies.lighthouse"), mobile, median of 3:"
(cd scripts/lighthouse && { [ -d node_modules ] || npm ci --no-audit --no-fund > /dev/null; })
LIGHTHOUSE_BASE_URL="http://127.0.0.1:$WEB_PORT" node scripts/lighthouse/run.mjs lishi assessor1 leader
