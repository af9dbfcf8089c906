#!/usr/bin/env bash
# Set everything up and run the whole test suite: checks, then pytest on SQLite
# (browser tests included), then pytest on a throwaway PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export DJANGO_SETTINGS_MODULE=config.settings.test
py=.venv/bin/python

echo "== layer contracts"
.venv/bin/lint-imports --no-cache
echo "== migrations are up to date"
$py manage.py makemigrations --check --dry-run >/dev/null
echo "== deployment checks"
scripts/check-deploy.sh

echo "== tests on SQLite"
$py -m pytest -q "$@"

echo "== tests on PostgreSQL"
source scripts/pg-throwaway.sh
pg_start
trap pg_stop EXIT
DATABASE_URL="$PG_URL" $py -m pytest -q -m "not browser" "$@"
