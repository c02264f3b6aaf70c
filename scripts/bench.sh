#!/usr/bin/env bash
# Benchmarks against a production build on this machine: `npm run bench` prints one table (README,
# "Benchmarks"). Builds unless a build with the bare floor (app/bench-floor) is there (BENCH_BUILD=1
# forces one); then, for each database, starts the server with BENCH_FLOOR=1 on port 3300 with a fresh
# data folder, measures (scripts/bench/measure.ts) and stops it.
#   BENCH_DATABASES  "pglite postgres" (default) or one of them; BENCH_PORT (3300)
#   BENCH_DATABASE_URL  PostgreSQL database, dropped and recreated on every run
#                    (default postgresql://postgres@127.0.0.1:5432/qyzmet_bench_floor)
#   BENCH_SECONDS (10), BENCH_ROUNDS (3), BENCH_SUBMISSIONS (60 a round), BENCH_LIGHTHOUSE_RUNS (3),
#   BENCH_LIGHTHOUSE=0 to leave Lighthouse out.
#   BENCH_PROFILE=1 (`npm run bench:profile`): CPU profiles instead of the table (scripts/bench/profile.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
# A profile wants a build whose server code keeps its names (marked .next/readable-server); the table a
# minified one, as production runs.
readable_now=$([ -f .next/readable-server ] && echo 1 || echo 0)
readable_wanted=$([ -n "${BENCH_PROFILE:-}" ] && echo 1 || echo 0)
if [ -n "${BENCH_BUILD:-}" ] || [ ! -f .next/BUILD_ID ] || [ ! -d .next/server/app/bench-floor ] ||
  [ "$readable_now" != "$readable_wanted" ]; then
  if [ "$readable_wanted" = 1 ]; then
    QYZMET_READABLE_SERVER=1 npm run build
    touch .next/readable-server
  else
    npm run build
  fi
fi
export BENCH_DATABASE_URL="${BENCH_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/qyzmet_bench_floor}"
mkdir -p .reports
port=${BENCH_PORT:-3300}
base=http://127.0.0.1:$port
files=()
for database in ${BENCH_DATABASES:-pglite postgres}; do
  rm -rf ".data/bench-$database"
  # Demo mode: the demo accounts and key files, and the SMS outbox page the sign-in reads codes from.
  export DATA_DIR=".data/bench-$database" LOG_LEVEL=warn APP_ORIGIN=$base DEMO_MODE=true BENCH_FLOOR=1
  unset DATABASE_URL
  label=PGlite
  if [ "$database" = postgres ]; then
    label=PostgreSQL
    export DATABASE_URL="$BENCH_DATABASE_URL"
    node -e '
      const pg = require("pg");
      const target = new URL(process.env.DATABASE_URL);
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
  fi
  # The heap limit `npm start` runs with (package.json): the RSS figure is production's.
  if [ -n "${BENCH_PROFILE:-}" ]; then
    export BENCH_PROFILE_DIR=".reports/profiles-$database"
    node --max-old-space-size=512 --import ./scripts/bench/profiler.mjs server.mjs -H 127.0.0.1 -p $port &
  else
    node --max-old-space-size=512 server.mjs -H 127.0.0.1 -p $port &
  fi
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -sf $base/api/v1/health >/dev/null && break; sleep 0.5; done
  if [ -n "${BENCH_PROFILE:-}" ]; then
    ./node_modules/.bin/tsx scripts/bench/profile.ts $base ".reports/profile-$database.md" $label $server
  else
    ./node_modules/.bin/tsx scripts/bench/measure.ts $base ".reports/bench-$database.json" $label $server
  fi
  kill $server
  wait $server 2>/dev/null || true
  trap - EXIT
  files+=(".reports/bench-$database.json")
done
[ -n "${BENCH_PROFILE:-}" ] || ./node_modules/.bin/tsx scripts/bench/print.ts "${files[@]}"
