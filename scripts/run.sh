#!/usr/bin/env bash
# Serves the portal at http://localhost:3000 from a fresh clone: installs, builds, then starts.
# The server migrates and seeds its database on start (embedded PGlite in .data/ unless DATABASE_URL is set).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # Exactly the committed lockfile: a fresh clone installs what CI tested and `git status` stays clean.
  npm ci --no-audit --no-fund
fi
# The service registry's index, generated from lib/services/catalogue (a service is one file there).
node scripts/services-index.mjs
./node_modules/.bin/next build
# A newcomer's first look: demo mode (demo accounts, key files, the SMS outbox page, a banner on every
# page) unless DEMO_MODE is set. A real deployment runs `npm start` without it (README, "Deploy").
export DEMO_MODE="${DEMO_MODE:-true}"
# The heap limit as `npm start` sets it (README, "Benchmarks": memory).
exec node --max-old-space-size=512 server.mjs -p "${PORT:-3000}"
