#!/usr/bin/env bash
# The whole test suite from a fresh clone: installs what it needs, then runs every layer.
# Integration tests run twice: on embedded PGlite and on the PostgreSQL server at TEST_POSTGRES_URL
# (default postgresql://postgres@127.0.0.1:5432/test). An unreachable server fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}"
export NEXT_TELEMETRY_DISABLED=1
step() { printf '\n==> %s\n' "$*"; }

step "dependencies"
# Debian's packages: Chromium (e2e), nginx (two nodes behind it), poppler-utils (the PDFs' text and QR).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# Installs exactly the committed lockfile (npm ci); nothing in the run may rewrite it (checked below).
lockfile_sum="$(sha256sum package-lock.json)"
lockfile_unchanged() {
  if [ "$(sha256sum package-lock.json)" != "$lockfile_sum" ]; then
    echo "package-lock.json changed during the run ($1): commit what a full install writes" >&2
    exit 1
  fi
}
if [ "${CI:-}" = "true" ] || [ ! -d node_modules ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
lockfile_unchanged "install"
rm -rf .reports && mkdir -p .reports

step "PostgreSQL at ${TEST_POSTGRES_URL%%@*}@…"
node -e '
  const pg = require("pg");
  const client = new pg.Client({
    connectionString: process.env.TEST_POSTGRES_URL,
    connectionTimeoutMillis: 5000,
  });
  client.connect().then(() => client.end()).then(() => console.log("reachable"),
    (error) => { console.error("PostgreSQL is unreachable: " + error.message); process.exit(1); });
'

step "messages"
if [ -f ../shared/tools/check-messages.mjs ]; then node ../shared/tools/check-messages.mjs messages; fi

step "service index (lib/services/catalogue/index.ts is generated and committed)"
node scripts/services-index.mjs --check

step "types"
./node_modules/.bin/tsc --noEmit

step "lint (ESLint, with the layer rule) and format (Prettier, 110 columns)"
./node_modules/.bin/eslint . --max-warnings 0
./node_modules/.bin/prettier --check . --log-level warn

step "unit and integration (PGlite and PostgreSQL)"
./node_modules/.bin/vitest run --project unit --project 'integration-*' --project 'catalogue-*' \
  --reporter=default --reporter=json --outputFile=.reports/vitest.json

step "build"
./node_modules/.bin/next build
lockfile_unchanged "build"

step "end-to-end and accessibility (Chromium)"
./node_modules/.bin/playwright test

step "two nodes behind nginx on PostgreSQL (the production build)"
./node_modules/.bin/vitest run --project nodes-postgres \
  --reporter=default --reporter=json --outputFile=.reports/vitest-nodes.json

step "summary"
node scripts/test-summary.mjs .reports/vitest.json .reports/e2e.json .reports/vitest-nodes.json
