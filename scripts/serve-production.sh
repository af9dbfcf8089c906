#!/usr/bin/env bash
# Serve careerguide with the production settings: gunicorn (threaded workers) with static files through
# WhiteNoise, JSON logs on standard error.
#
#   DJANGO_SECRET_KEY=… DJANGO_ALLOWED_HOSTS=jobs.example.gov.cn DATABASE_URL=postgres://… \
#   PERSONAL_DATA_KEYS=… BLIND_INDEX_KEY=… scripts/serve-production.sh
#
# Optional: BIND (default 127.0.0.1:8000), WEB_CONCURRENCY (workers, default cores + 1), GUNICORN_THREADS
# (per worker, default 8), MIGRATE=1 to apply migrations first, BACKUP_KEYS/BACKUP_DIR for `manage.py backup`.
# Put it behind a TLS-terminating proxy that sets X-Forwarded-Proto: the settings redirect plain HTTP to
# HTTPS (except /healthz, the load balancer's probe) and mark cookies Secure.
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=config.settings.production
py=.venv/bin/python
[ -x .venv/bin/gunicorn ] || scripts/setup.sh run
$py manage.py collectstatic --noinput -v0
if [ "${MIGRATE:-0}" = 1 ]; then
  $py manage.py migrate --noinput -v0
fi
$py manage.py check --deploy --fail-level WARNING
exec .venv/bin/gunicorn --config scripts/gunicorn.conf.py config.wsgi:application
