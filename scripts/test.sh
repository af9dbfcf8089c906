#!/usr/bin/env bash
# Set everything up and run the whole test suite: checks, then pytest on SQLite (browser tests
# included) and, at the same time, pytest on a throwaway PostgreSQL server.
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
# Applying the migrations is CPU-bound and single-threaded: the SQLite check runs in the background while
# the deployment checks run and the PostgreSQL server starts and is migrated.
migrate_dir=$(mktemp -d "${TMPDIR:-/tmp}/careerguide-migrate.XXXXXX")
echo "== migrations apply on SQLite (in the background)"
check_migrations "sqlite:///$migrate_dir/db.sqlite3" >"$migrate_dir/log" 2>&1 &
migrate_pid=$!
echo "== deployment checks"
scripts/check-deploy.sh

# The two databases' runs go side by side (each pytest is one process): the PostgreSQL run's output is kept
# in a log and shown after the SQLite run, and the script fails if either run fails.
source scripts/pg-throwaway.sh
pg_start
pg_log=$(mktemp "${TMPDIR:-/tmp}/careerguide-pg-tests.XXXXXX")
pg_pid=""
cleanup() {
  [ -n "$pg_pid" ] && kill "$pg_pid" 2>/dev/null || true
  [ -n "$migrate_pid" ] && kill "$migrate_pid" 2>/dev/null || true
  pg_stop
  rm -f "$pg_log"
}
trap cleanup EXIT
echo "== migrations apply on PostgreSQL"
check_migrations "$PG_URL"
migrate_status=0
wait "$migrate_pid" || migrate_status=$?
migrate_pid=""
cat "$migrate_dir/log"
rm -rf "$migrate_dir"
[ "$migrate_status" -eq 0 ] || { echo "== migrations failed on SQLite (exit $migrate_status)"; exit 1; }

echo "== tests on PostgreSQL (in the background) and on SQLite"
DATABASE_URL="$PG_URL" $py -m pytest -q -m "not browser" "$@" >"$pg_log" 2>&1 &
pg_pid=$!
sqlite_status=0
$py -m pytest -q "$@" || sqlite_status=$?
pg_status=0
wait "$pg_pid" || pg_status=$?
pg_pid=""
echo "== tests on PostgreSQL"
cat "$pg_log"
echo "== SQLite run: exit $sqlite_status; PostgreSQL run: exit $pg_status"
[ "$sqlite_status" -eq 0 ] && [ "$pg_status" -eq 0 ]
