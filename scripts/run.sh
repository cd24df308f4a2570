#!/usr/bin/env bash
# `make run`: build the API and the SPA, start both, print one URL; Ctrl-C stops what this started.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
API_PORT="${API_PORT:-8080}"
WEB_PORT="${WEB_PORT:-5173}"

echo "Building the API ..."
(cd backend && ./mvnw -B -q package -DskipTests)
echo "Building the SPA ..."
(cd frontend && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build --silent)

pids=()
cleanup() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup INT TERM EXIT

if [ "${DB:-h2}" = "mysql" ]; then
  JAVA_OPTS_PROFILE="-Dquarkus.profile=prod,mysql"
  export DB_DIALECT="${DB_DIALECT:-$(scripts/db-dialect.sh)}"
  echo "Using MySQL at ${DB_HOST:-127.0.0.1}:${DB_PORT:-3306}/${DB_NAME:-test}"
  echo "Note: the API jar was built for the embedded database; rebuilding for MySQL ..."
  (cd backend && ./mvnw -B -q package -DskipTests -Dquarkus.profile=prod,mysql)
else
  JAVA_OPTS_PROFILE=""
fi

mkdir -p "$ROOT/data"
DATA_DIR="$ROOT/data" DEMO_DATA="${DEMO_DATA:-true}" API_EXPLORER="${API_EXPLORER:-true}" PORT="$API_PORT" \
  java $JAVA_OPTS_PROFILE -jar backend/target/quarkus-app/quarkus-run.jar &
pids+=($!)

for _ in $(seq 1 120); do
  if curl -fs "http://localhost:$API_PORT/q/health/ready" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fs "http://localhost:$API_PORT/q/health/ready" >/dev/null || { echo "The API did not start; see the log above." >&2; exit 1; }

(cd frontend && API_URL="http://localhost:$API_PORT" exec node node_modules/vite/bin/vite.js preview --port "$WEB_PORT" --strictPort --host 127.0.0.1 >/dev/null) &
pids+=($!)
for _ in $(seq 1 40); do
  curl -fs "http://127.0.0.1:$WEB_PORT/" >/dev/null 2>&1 && break
  sleep 0.25
done

echo
echo "  Open http://localhost:$WEB_PORT   (API docs: http://localhost:$API_PORT/q/swagger-ui)"
echo "  Demo sign-ins are listed in README.md (password Demo@2009). Ctrl-C stops everything."
echo
wait -n "${pids[@]}"
