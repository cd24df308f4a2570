#!/usr/bin/env bash
# The integration examples (examples/) against a started API: registers an API client with scope `read` as the
# demo administrator, then runs the Java and the TypeScript example, each with a client generated from openapi.yaml,
# unchanged. Usage: scripts/examples.sh http://127.0.0.1:8080 (the API must hold the demo data).
set -euo pipefail
cd "$(dirname "$0")/.."
API_URL="${1:?usage: scripts/examples.sh http://127.0.0.1:8080}"
ADMIN="${EXAMPLES_ADMIN:-admin}"
ADMIN_PASSWORD="${EXAMPLES_ADMIN_PASSWORD:-Demo@2009}"

field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s)[process.argv[1]];if(v===undefined)process.exit(1);console.log(v)})' "$1"; }

token=$(curl -fsS -X POST "$API_URL/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$ADMIN\",\"password\":\"$ADMIN_PASSWORD\"}" | field accessToken)
credentials=$(curl -fsS -X POST "$API_URL/api/v1/api-clients" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $token" -d "{\"name\":\"示例集成 $(date +%s%N)\",\"scopes\":[\"read\"]}")
export API_URL
CLIENT_ID=$(field clientId <<< "$credentials")
CLIENT_SECRET=$(field clientSecret <<< "$credentials")
export CLIENT_ID CLIENT_SECRET

# Generates both clients from the contract and compiles the Java one with its example.
(cd examples && ../backend/mvnw -B -q compile)
echo "  Java client (java, library native):"
(cd examples && ../backend/mvnw -B -q exec:java -Dexec.args=--expect-published) | sed 's/^/    /'
echo "  TypeScript client (typescript-fetch):"
frontend/node_modules/.bin/tsc -p examples/typescript
node examples/target/typescript/branches-and-results.js --expect-published | sed 's/^/    /'
