#!/usr/bin/env bash
# `make admin`: create the first ADMIN account on an empty database (production starts with DEMO_DATA=false and no
# accounts). USERNAME (default admin) and DISPLAY_NAME name it; the password comes from ADMIN_PASSWORD, else a
# temporary one is generated and printed once. Either way it must be changed at the first sign-in.
# The embedded database (default) must not be in use by a running API; DB=mysql uses DB_HOST, DB_NAME, ... as `make run`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=backend/target/quarkus-app/quarkus-run.jar
if [ "${DB:-h2}" = "mysql" ]; then
  export DB_DIALECT="${DB_DIALECT:-$(scripts/db-dialect.sh)}"
  (cd backend && ./mvnw -B -q package -DskipTests -Dquarkus.profile=prod,mysql)
  PROFILE="-Dquarkus.profile=prod,mysql"
else
  [ -f "$JAR" ] || (cd backend && ./mvnw -B -q package -DskipTests)
  PROFILE=""
fi
args=(admin create --username "${USERNAME:-admin}")
[ -n "${DISPLAY_NAME:-}" ] && args+=(--display-name "$DISPLAY_NAME")
# PORT=0: the command briefly starts the application; it must not clash with a server on the usual port
DATA_DIR="${DATA_DIR:-$ROOT/data}" DEMO_DATA=false PORT=0 QUARKUS_LOG_LEVEL=WARN \
  exec java $PROFILE -jar "$JAR" "${args[@]}"
