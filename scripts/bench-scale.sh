#!/usr/bin/env bash
# Scale benchmark on PostgreSQL: `npm run bench:scale`. Uses its own database (default qyzmet_bench on
# the local server; BENCH_SCALE_DATABASE_URL to change), recreated on every run, and a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f .next/BUILD_ID ] && [ -d .next/server/app/bench-floor ] || npm run build
default_database_url=postgresql://postgres@127.0.0.1:5432/qyzmet_bench
export BENCH_SCALE_DATABASE_URL="${BENCH_SCALE_DATABASE_URL:-$default_database_url}"
node -e '
  const pg = require("pg");
  const target = new URL(process.env.BENCH_SCALE_DATABASE_URL);
  const name = target.pathname.slice(1);
  const admin = new URL(target); admin.pathname = "/postgres";
  (async () => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
    await client.end();
  })().catch((error) => { console.error(error.message); process.exit(1); });
'
rm -rf .data/bench-scale
# Demo mode: the benchmark signs in as a demo applicant and as seeded staff.
export DATA_DIR=.data/bench-scale LOG_LEVEL=warn APP_ORIGIN=http://127.0.0.1:3300 DEMO_MODE=true \
  DATABASE_URL="$BENCH_SCALE_DATABASE_URL" JOBS_ENABLED=false BENCH_FLOOR=1
node server.mjs -H 127.0.0.1 -p 3300 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf http://127.0.0.1:3300/api/v1/health >/dev/null && break; sleep 0.5; done
./node_modules/.bin/tsx scripts/bench/scale.ts http://127.0.0.1:3300 "$DATABASE_URL"
