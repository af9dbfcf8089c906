"""Production settings: every secret and the database come from the environment."""
import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import BASE_DIR, PRODUCTION_CONTENT_SECURITY_POLICY, SQLITE_OPTIONS


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Environment variable {name} is required in production.")
    return value


DEBUG = False
SECRET_KEY = _required("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in _required("DJANGO_ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]
DATABASES = {"default": dj_database_url.parse(_required("DATABASE_URL"), conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = dict(SQLITE_OPTIONS)
PERSONAL_DATA_KEYS = [k.strip() for k in _required("PERSONAL_DATA_KEYS").split(",") if k.strip()]
BLIND_INDEX_KEY = _required("BLIND_INDEX_KEY")
# Backup archives: the keys (comma-separated Fernet keys, newest first) and the folder. `manage.py backup`
# refuses to run without keys; the server itself does not need them.
BACKUP_KEYS = [k.strip() for k in os.environ.get("BACKUP_KEYS", "").split(",") if k.strip()]
BACKUP_DIR = os.environ.get("BACKUP_DIR") or BASE_DIR / "var" / "backups"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

STATIC_ROOT = os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "var" / "staticfiles"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the load balancer's probe over plain HTTP on the private side
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = PRODUCTION_CONTENT_SECURITY_POLICY

# One JSON object per line on standard error (gunicorn's own logs use the same formatter).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "careerguide.operations.logs.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # libraries that report progress at INFO
        "weasyprint": {"level": "WARNING"}, "fontTools": {"level": "WARNING"}, "jieba": {"level": "WARNING"},
    },
}
