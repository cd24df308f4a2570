#!/usr/bin/env bash
# Prints the Hibernate dialect for the MySQL-compatible server at DB_HOST:DB_PORT, read from the server's
# greeting (MariaDB announces itself there), or exits 1 with one clear line when nothing answers.
set -euo pipefail
host="${DB_HOST:-127.0.0.1}"
port="${DB_PORT:-3306}"
if ! greeting=$(timeout 5 bash -c "exec 3<>/dev/tcp/$host/$port && dd bs=256 count=1 <&3 2>/dev/null | tr -d '\000'" 2>/dev/null); then
  echo "No MySQL-compatible database answers at $host:$port. Start one (e.g. 'docker run -p 3306:3306 -e MYSQL_ALLOW_EMPTY_PASSWORD=yes -e MYSQL_DATABASE=test mysql:8.4', or start MariaDB) or set DB_HOST/DB_PORT." >&2
  exit 1
fi
if grep -qai mariadb <<<"$greeting"; then
  echo org.hibernate.dialect.MariaDBDialect
else
  echo org.hibernate.dialect.MySQLDialect
fi
