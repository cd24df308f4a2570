#!/usr/bin/env bash
# Creates an RS256 key pair for signing access tokens: scripts/gen-keys.sh DIR
set -euo pipefail
dir="${1:-deploy/secrets}"
mkdir -p "$dir"
umask 077
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/jwt-private.pem"
openssl pkey -in "$dir/jwt-private.pem" -pubout -out "$dir/jwt-public.pem"
chmod 644 "$dir/jwt-public.pem"
echo "Wrote $dir/jwt-private.pem and $dir/jwt-public.pem"
