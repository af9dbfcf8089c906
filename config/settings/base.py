"""Settings shared by every environment.

Environment-specific modules (local, test, production) import from here and
override only what differs.  Secrets never live in this file.
"""
from pathlib import Path

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "careerguide.common",
    "careerguide.organisations",
    "careerguide.accounts",
    "careerguide.audit",
    "careerguide.privacy",
    "careerguide.workdays",
    "careerguide.policy",
    "careerguide.notifications",
    "careerguide.duties",
    "careerguide.documents",
    "careerguide.ledgers",
    "careerguide.occupations",
    "careerguide.guidance",
    "careerguide.job_seekers",
    "careerguide.employers",
    "careerguide.vacancies",
    "careerguide.matching",
    "careerguide.assistance",
    "careerguide.assessments",
    "careerguide.supervision",
    "careerguide.labour_market",
    "careerguide.experts",
    "careerguide.studios",
    "careerguide.workforce",
    "careerguide.resources",
    "careerguide.intake",
    "careerguide.operations",
    "careerguide.workbench",
    "careerguide.portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "careerguide.operations.middleware.SecurityHeadersMiddleware",
    "careerguide.operations.middleware.ApiRefusalShapeMiddleware",
    "careerguide.operations.middleware.RefuseNullCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "careerguide.accounts.middleware.PasswordChangeRequiredMiddleware",
    "careerguide.accounts.middleware.SecondFactorRequiredMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "careerguide.workbench.context_processors.workbench",
            ],
        },
    },
]

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["careerguide.accounts.backends.LockoutModelBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:after_login"
LOGOUT_REDIRECT_URL = "portal:home"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "careerguide.accounts.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Similarity to the username or name, a common password, all digits: Django's messages in its Chinese
# catalogue; the minimum length's message is ours (Django's catalogue leaves it in English).

# Account protection: consecutive failed logins before a lockout, and its length.
LOGIN_FAILURE_LIMIT = 5
LOGIN_LOCKOUT_MINUTES = 15

# Sessions expire after 30 idle minutes and with the browser.
SESSION_COOKIE_AGE = 30 * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("简体中文"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / "var" / "media"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

NINJA_PAGINATION_PER_PAGE = 50

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# SQLite (the demo, and small installations): write-ahead log so readers never wait for a writer,
# transactions that take the write lock when they begin (no lock upgrade to fail half way), and a busy
# timeout so concurrent writers queue instead of failing with "database is locked".
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 30,
}

# Security headers. The Content-Security-Policy allows scripts and styles served by this site only
# (no inline code, no other origin); SecurityHeadersMiddleware sends it.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY: dict[str, tuple[str, ...]] = {}
PRODUCTION_CONTENT_SECURITY_POLICY = {
    "default-src": ("'self'",),
    "script-src": ("'self'",),
    "style-src": ("'self'",),
    "img-src": ("'self'", "data:"),
    "font-src": ("'self'",),
    "connect-src": ("'self'",),
    "object-src": ("'none'",),
    "base-uri": ("'self'",),
    "form-action": ("'self'",),
    "frame-ancestors": ("'none'",),
}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()"

# Second factor for staff (TOTP, django-otp): the issuer name shown in the authenticator app.
OTP_TOTP_ISSUER = "careerguide"

# Backups (manage.py backup / restore): archives are encrypted with the first of BACKUP_KEYS (Fernet,
# newest first; every key decrypts, for rotation) and written to BACKUP_DIR.
BACKUP_KEYS: list[str] = []
BACKUP_DIR = BASE_DIR / "var" / "backups"

# Personal-data protection (BJ-51-2).  PERSONAL_DATA_KEYS is a list of Fernet
# keys, newest first: new values are encrypted with the first, every key can
# decrypt (rotation).  BLIND_INDEX_KEY keys the HMAC used for exact look-ups.
PERSONAL_DATA_KEYS: list[str] = []
BLIND_INDEX_KEY = ""

# Printed on generated documents and shown in the page header.
OFFICE_NAME = _("公共就业服务中心")

# Duties due within this many working days are included in the daily reminder.
DUTY_REMINDER_LEAD_WORKDAYS = 2
