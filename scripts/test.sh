#!/usr/bin/env bash
# Set everything up and run the whole test suite: checks, then pytest on SQLite
# (browser tests included), then pytest on a throwaway PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export DJANGO_SETTINGS_MODULE=config.settings.test
py=.venv/bin/python

echo "== lint (unused names, import order)"
.venv/bin/ruff check careerguide tests config bench conftest.py manage.py
echo "== layer contracts"
.venv/bin/lint-imports --no-cache
echo "== migrations are up to date"
$py manage.py makemigrations --check --dry-run >/dev/null
# pytest builds its tables from the models (--nomigrations); this is the one run of the migrations,
# on an empty SQLite database here and on PostgreSQL below, with the reference data they seed.
check_migrations() {
  DATABASE_URL="$1" $py manage.py migrate -v0
  DATABASE_URL="$1" $py manage.py workdays years | grep -q "^2026" || { echo "migrations did not seed the calendar"; exit 1; }
}
migrate_dir=$(mktemp -d "${TMPDIR:-/tmp}/careerguide-migrate.XXXXXX")
check_migrations "sqlite:///$migrate_dir/db.sqlite3"
rm -rf "$migrate_dir"
echo "== deployment checks"
scripts/check-deploy.sh

echo "== tests on SQLite"
$py -m pytest -q "$@"

echo "== tests on PostgreSQL"
source scripts/pg-throwaway.sh
pg_start
trap pg_stop EXIT
echo "== migrations apply on PostgreSQL"
check_migrations "$PG_URL"
DATABASE_URL="$PG_URL" $py -m pytest -q -m "not browser" "$@"
