#!/usr/bin/env bash
# Set everything up and start the demo system at http://127.0.0.1:8000 (SQLite, demo data).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
export DJANGO_SETTINGS_MODULE=config.settings.local
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py seed_demo
echo "== serving on http://127.0.0.1:8000  (background jobs: .venv/bin/python manage.py db_worker)"
# --insecure: serve the static files although DEBUG is off (the demo shows the Chinese error pages)
exec .venv/bin/python manage.py runserver --insecure 127.0.0.1:8000
