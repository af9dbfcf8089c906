"""Test settings: SQLite by default, PostgreSQL when DATABASE_URL is set."""
import atexit
import os
import shutil
import tempfile
from pathlib import Path

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
# Files the tests write (uploads, generated documents, backups) go to a folder of this process, removed when it
# ends, so the two databases' runs side by side never share one and nothing is left in var/.
_TEST_FILES = Path(tempfile.mkdtemp(prefix="careerguide-test-files-"))
atexit.register(shutil.rmtree, _TEST_FILES, ignore_errors=True)
MEDIA_ROOT = _TEST_FILES / "media"
BACKUP_DIR = _TEST_FILES / "backups"

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
