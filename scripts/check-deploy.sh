#!/usr/bin/env bash
# `manage.py check --deploy` with the production settings and throwaway secrets must report no issue.
set -euo pipefail
cd "$(dirname "$0")/.."
DJANGO_SETTINGS_MODULE=config.settings.production \
DJANGO_SECRET_KEY="$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
DJANGO_ALLOWED_HOSTS=careerguide.example \
DATABASE_URL=sqlite:///:memory: \
PERSONAL_DATA_KEYS="$(.venv/bin/python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')" \
BLIND_INDEX_KEY="$(.venv/bin/python -c 'import secrets; print(secrets.token_hex(32))')" \
  .venv/bin/python manage.py check --deploy --fail-level WARNING
