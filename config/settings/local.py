"""Local demo settings: SQLite, the project's own Chinese error pages, keys generated on first start.

The demo runs like production as far as a user sees it (Chinese 404/403/500 pages, never Django's English
debug page); a developer sets `DJANGO_DEBUG=1` for the debug pages.
"""
import json
import os
import secrets

import dj_database_url
from cryptography.fernet import Fernet

from .base import *  # noqa: F403
from .base import BASE_DIR, SQLITE_OPTIONS

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

_KEY_FILE = BASE_DIR / "var" / "local-keys.json"


def _local_keys() -> dict:
    """Read the demo's secrets, creating each once (a key added later is added to the file).  Never used in
    production."""
    keys = json.loads(_KEY_FILE.read_text()) if _KEY_FILE.exists() else {}
    wanted = {
        "secret_key": lambda: secrets.token_urlsafe(50),
        "personal_data_key": lambda: Fernet.generate_key().decode(),
        "blind_index_key": lambda: secrets.token_hex(32),
        "backup_key": lambda: Fernet.generate_key().decode(),
    }
    missing = {name: make() for name, make in wanted.items() if name not in keys}
    if missing:
        keys.update(missing)
        _KEY_FILE.parent.mkdir(parents=True, exist_ok=True)
        _KEY_FILE.write_text(json.dumps(keys))
        _KEY_FILE.chmod(0o600)
    return keys


_keys = _local_keys()
SECRET_KEY = _keys["secret_key"]
PERSONAL_DATA_KEYS = [_keys["personal_data_key"]]
BLIND_INDEX_KEY = _keys["blind_index_key"]
BACKUP_KEYS = [_keys["backup_key"]]

# The demo database; DATABASE_URL points elsewhere (a restore test's scratch copy, for example).
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "var" / "careerguide.sqlite3"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = dict(SQLITE_OPTIONS)
