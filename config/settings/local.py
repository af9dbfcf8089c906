"""Local demo settings: SQLite, the project's own Chinese error pages, keys generated on first start.

The demo runs like production as far as a user sees it (Chinese 404/403/500 pages, never Django's English
debug page); a developer sets `DJANGO_DEBUG=1` for the debug pages.
"""
import json
import os
import secrets

from cryptography.fernet import Fernet

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

_KEY_FILE = BASE_DIR / "var" / "local-keys.json"


def _local_keys() -> dict:
    """Read the demo's secrets, creating them once.  Never used in production."""
    if _KEY_FILE.exists():
        return json.loads(_KEY_FILE.read_text())
    _KEY_FILE.parent.mkdir(parents=True, exist_ok=True)
    keys = {
        "secret_key": secrets.token_urlsafe(50),
        "personal_data_key": Fernet.generate_key().decode(),
        "blind_index_key": secrets.token_hex(32),
    }
    _KEY_FILE.write_text(json.dumps(keys))
    _KEY_FILE.chmod(0o600)
    return keys


_keys = _local_keys()
SECRET_KEY = _keys["secret_key"]
PERSONAL_DATA_KEYS = [_keys["personal_data_key"]]
BLIND_INDEX_KEY = _keys["blind_index_key"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "var" / "careerguide.sqlite3",
        "OPTIONS": {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"},
    }
}
