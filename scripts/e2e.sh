#!/usr/bin/env bash
# Browser tests, the embedded-database smoke test and the integration examples: start the packaged API on a fresh H2 database with
# demo data and the built SPA behind `vite preview`, check the API answers, run the browser tests, stop both.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
API_PORT="${E2E_API_PORT:-18080}"
WEB_PORT="${E2E_WEB_PORT:-14173}"
# The SMS gateway the API sends to: the browser test of message channels listens there (nothing else does).
HOOK_PORT="${E2E_HOOK_PORT:-$((API_PORT + 2))}"
export E2E_HOOK_PORT="$HOOK_PORT"
# A system that receives webhooks: the browser test of webhooks listens there and registers it from the screen.
export E2E_WEBHOOK_PORT="${E2E_WEBHOOK_PORT:-$((API_PORT + 3))}"
DATA=$(mktemp -d)
LOG="$ROOT/backend/target/e2e-api.log"

[ -f backend/target/quarkus-app/quarkus-run.jar ] || (cd backend && ./mvnw -B -q package -DskipTests)
[ -f frontend/dist/index.html ] || (cd frontend && npm run build --silent)

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

# `make admin` on the empty database first: the jar's command creates the first ADMIN, and refuses a second time.
FIRST_ADMIN_PASSWORD="Rq7#Lumo$RANDOM"
DATA_DIR="$DATA" DEMO_DATA=false PORT=0 ADMIN_PASSWORD="$FIRST_ADMIN_PASSWORD" QUARKUS_LOG_LEVEL=WARN \
  java -jar backend/target/quarkus-app/quarkus-run.jar admin create --username root-admin > "$LOG.admin" 2>&1 || {
  echo "Creating the first ADMIN failed:" >&2; cat "$LOG.admin" >&2; exit 1; }
if DATA_DIR="$DATA" DEMO_DATA=false PORT=0 ADMIN_PASSWORD="$FIRST_ADMIN_PASSWORD" QUARKUS_LOG_LEVEL=WARN \
  java -jar backend/target/quarkus-app/quarkus-run.jar admin create --username second-admin >> "$LOG.admin" 2>&1; then
  echo "A second first ADMIN was created" >&2; exit 1
fi
export FIRST_ADMIN_PASSWORD

DATA_DIR="$DATA" DEMO_DATA=true PORT="$API_PORT" SMS_WEBHOOK_URL="http://127.0.0.1:$HOOK_PORT/sms" \
  SMS_WEBHOOK_TOKEN=e2e-sms-token APP_DELIVERIES_EVERY=3s APP_WEBHOOKS_EVERY=3s java -jar backend/target/quarkus-app/quarkus-run.jar > "$LOG" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$API_PORT/q/health/ready" > /dev/null 2>&1 && break
  sleep 0.5
done
if ! curl -fs "http://127.0.0.1:$API_PORT/q/health/ready" > /dev/null; then
  echo "The API did not start on the embedded database; its log:" >&2
  tail -50 "$LOG" >&2
  exit 1
fi

# Smoke test of the embedded default: migrated, demo data loaded, sign-in and the first API answer.
SMOKE_API_URL="http://127.0.0.1:$API_PORT" node --test --test-reporter=spec scripts/smoke.test.mjs 2>&1 | sed 's/^/  /' || {
  echo "Smoke test failed; API log: $LOG" >&2; exit 1; }

# The integration examples: the clients generated from openapi.yaml, unchanged, page through branches and results.
scripts/examples.sh "http://127.0.0.1:$API_PORT" || { echo "The integration examples failed; API log: $LOG" >&2; exit 1; }

(cd frontend && API_URL="http://127.0.0.1:$API_PORT" exec node node_modules/vite/bin/vite.js preview --port "$WEB_PORT" --strictPort --host 127.0.0.1 > /dev/null 2>&1) &
pids+=($!)
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$WEB_PORT/" > /dev/null 2>&1 && break
  sleep 0.25
done

# E2E_FILES narrows the run to some files (paths relative to frontend/, e.g. e2e/scoring.test.mjs); all by default.
if [ -n "${E2E_FILES:-}" ]; then
  # shellcheck disable=SC2086 # the list is split on purpose
  (cd frontend && E2E_BASE_URL="http://127.0.0.1:$WEB_PORT" E2E_API_URL="http://127.0.0.1:$API_PORT" \
    node --test --test-concurrency=1 $E2E_FILES)
else
  (cd frontend && E2E_BASE_URL="http://127.0.0.1:$WEB_PORT" E2E_API_URL="http://127.0.0.1:$API_PORT" npm run --silent test:e2e)
fi
