"""Test settings: SQLite by default, PostgreSQL when DATABASE_URL is set."""
import os

import dj_database_url

from .base import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["*"]
SECRET_KEY = "test-only-secret-key-not-for-production-use-0123456789"
# Fixed test keys (Fernet keys are 32 url-safe base64 bytes).
PERSONAL_DATA_KEYS = ["dGVzdC1vbmx5LXBlcnNvbmFsLWRhdGEta2V5LTAwMDE=", "b2xkLXRlc3Qta2V5LXVzZWQtZm9yLXJvdGF0aW9uLTE="]
BLIND_INDEX_KEY = "test-only-blind-index-key"
BACKUP_KEYS = ["dGVzdC1vbmx5LWJhY2t1cC1rZXktMDAwMDAwMDAwMDE="]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
