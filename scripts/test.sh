#!/usr/bin/env bash
# `npm test`: every test — type check, lint, layer rules, unit + integration (Vitest, real SQLite), the integration
# tests again on PostgreSQL when it is installed, then the end-to-end journeys (Playwright in Debian's
# Chromium against the built app).
# Prints a closing "N passed, N failed" line from the runners' JSON reports; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "test: installing Debian's chromium for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null || { echo "test: apt-get install chromium failed"; exit 1; }
  else
    echo "test: the browser tests need Debian's chromium. Install it with:"
    echo "  sudo apt-get update && sudo apt-get install -y chromium"
    exit 1
  fi
fi

export NEXT_TELEMETRY_DISABLED=1
export BETTER_AUTH_SECRET="${BETTER_AUTH_SECRET:-test-secret-not-for-production-0123456789}"
mkdir -p .reports .tmp
rm -f .reports/vitest.json .reports/vitest-postgres.json .reports/playwright.json
failed_steps=()
step() { local name=$1; shift; echo "── $name"; "$@" || failed_steps+=("$name"); }

step "prisma generate" node scripts/prisma-generate.mjs
step "schema drift (postgres copy)" node scripts/prisma-postgres-schema.mjs --check
check_db=".tmp/migrations-check-$$.db"
step "migrations match the schema (SQLite)" env DATABASE_URL="file:./$check_db" node scripts/db-migrate.mjs check
rm -f "$check_db"
step "typecheck" npx tsc --noEmit
step "lint" npx eslint . --max-warnings=20
# Layer rules (import cycles, arrows only downwards, pure lib/ free of server code): .dependency-cruiser.cjs.
step "layers (dependency-cruiser)" npm run --silent lint:layers
step "format (prettier --check)" npx prettier --check --log-level=warn .
step "unit + integration" npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/vitest.json
postgres_tests() {
  local url
  if ! url=$(bash scripts/postgres-test-server.sh); then
    echo "test: PostgreSQL is not installed, so the PostgreSQL run is skipped (sudo apt-get install -y postgresql)"
    return 0
  fi
  TEST_POSTGRES_URL="$url" npx vitest run -c vitest.postgres.config.ts --reporter=default --reporter=json --outputFile.json=.reports/vitest-postgres.json
}
step "integration (PostgreSQL)" postgres_tests
step "build" npx next build
step "e2e" npx playwright test
step "e2e (DeepL key from the UI)" npx playwright test -c playwright.mt-key.config.ts

node scripts/test-summary.mjs "${failed_steps[@]+"${failed_steps[@]}"}"
