#!/usr/bin/env bash
# Benchmarks against a production build on this machine: `npm run bench`.
# Starts the server on port 3300 with a fresh embedded database (or BENCH_DATABASE_URL for PostgreSQL),
# and prints sign-in requests/s and signed submissions/s beside the framework floor
# (/api/v1/ping, same build).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f .next/BUILD_ID ] || ./node_modules/.bin/next build
rm -rf .data/bench
# Demo mode: the demo accounts and key files, and the SMS outbox page the sign-in bench reads codes from.
export DATA_DIR=.data/bench LOG_LEVEL=warn APP_ORIGIN=http://127.0.0.1:3300 DEMO_MODE=true
if [ -n "${BENCH_DATABASE_URL:-}" ]; then export DATABASE_URL="$BENCH_DATABASE_URL"; fi
node server.mjs -H 127.0.0.1 -p 3300 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf http://127.0.0.1:3300/api/v1/health >/dev/null && break; sleep 0.5; done
./node_modules/.bin/tsx scripts/bench/sign-in.ts http://127.0.0.1:3300
./node_modules/.bin/tsx scripts/bench/submit.ts http://127.0.0.1:3300
