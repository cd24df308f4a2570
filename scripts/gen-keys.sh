#!/usr/bin/env bash
# Creates an RS256 key pair for signing access tokens: scripts/gen-keys.sh DIR
set -euo pipefail
dir="${1:-deploy/secrets}"
mkdir -p "$dir"
umask 077
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/jwt-private.pem"
openssl pkey -in "$dir/jwt-private.pem" -pubout -out "$dir/jwt-public.pem"
chmod 644 "$dir/jwt-public.pem"
# The API's container runs as uid 1001 (backend/Dockerfile) and must read the private key it is given.
if [ "$(id -u)" = 0 ]; then
  chown 1001 "$dir/jwt-private.pem"
  echo "Wrote $dir/jwt-private.pem (readable by the API's container user, uid 1001, alone) and $dir/jwt-public.pem"
else
  echo "Wrote $dir/jwt-private.pem and $dir/jwt-public.pem"
  echo "The API's container runs as uid 1001: give it the private key with  sudo chown 1001 $dir/jwt-private.pem"
fi
