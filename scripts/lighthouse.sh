#!/usr/bin/env bash
# Lighthouse (mobile) accessibility scores: `npm run lighthouse`. Builds if needed, starts the server on
# port 3400 with a fresh embedded database (demo mode), signs in a demo applicant (password, then the SMS
# code from the demo outbox) for the cabinet pages, and prints one score per page. Exits 1 when any page
# scores below 100. Chromium: CHROME_PATH or /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f .next/BUILD_ID ] || ./node_modules/.bin/next build
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
rm -rf .data/lighthouse
base=http://127.0.0.1:3400
DATA_DIR=.data/lighthouse LOG_LEVEL=warn APP_ORIGIN=$base DEMO_MODE=true \
  node server.mjs -H 127.0.0.1 -p 3400 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf $base/api/v1/health >/dev/null && break; sleep 0.5; done
# Sign-in with the second factor: the password, then the SMS code from the demo outbox page.
json=(-H 'content-type: application/json' -H 'accept-language: en' -H "origin: $base")
confirmation=$(curl -s "${json[@]}" -d '{"iin":"941114310075","password":"qyzmet-demo-2026"}' \
  $base/api/v1/auth/sign-in | sed -E 's/.*"confirmationId":"([^"]+)".*/\1/')
code=$(curl -s $base/en/demo/sms | grep -oE 'sign-in code is [0-9]{6}' | head -1 | grep -oE '[0-9]{6}')
cookie=$(curl -s -D - -o /dev/null "${json[@]}" \
  -d "{\"confirmationId\":\"$confirmation\",\"code\":\"$code\"}" $base/api/v1/auth/sign-in/confirm \
  | grep -i '^set-cookie: qz_session=' | head -1 | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*).*/\1/')
flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking"
flags="$flags --disable-component-update --disable-sync --no-first-run"
failed=0
for entry in "home|/kk|" "service page|/kk/services/birth-registration|" "sign-in|/kk/sign-in|" \
  "cabinet|/kk/cabinet|auth" "home-visit form|/kk/cabinet/home-visits/new|auth"; do
  IFS='|' read -r name path auth <<<"$entry"
  headers='{}'
  [ -n "$auth" ] && headers="{\"Cookie\":\"$cookie\"}"
  score=$(./node_modules/.bin/lighthouse "$base$path" --quiet --only-categories=accessibility \
    --form-factor=mobile --chrome-flags="$flags" --extra-headers="$headers" \
    --output=json --output-path=stdout \
    | node scripts/lighthouse-score.mjs "$auth")
  printf '%-18s %-40s accessibility %s\n' "$name" "$path" "$score"
  [[ "$score" == 100* ]] && [[ "$score" != *redirected* ]] || failed=1
done
exit $failed
