"""The production settings, in a process of their own: security headers on a page, `check --deploy` clean,
static files through WhiteNoise, JSON logs; and the templates carry no inline code the CSP would block."""
import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="careerguide.example")
page = client.get("/accounts/login/", secure=True)
plain = client.get("/accounts/login/")
static = client.get("/static/css/careerguide.css", secure=True)
print(json.dumps({"status": page.status_code, "headers": dict(page.headers), "plain": [plain.status_code, plain.get("Location")],
                  "static": [static.status_code, static.get("Cache-Control", "")],
                  "cookies": {k: dict(v) for k, v in page.cookies.items()}}))
"""


def production_env(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
               DJANGO_ALLOWED_HOSTS="careerguide.example", DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
               PERSONAL_DATA_KEYS=Fernet.generate_key().decode(), BLIND_INDEX_KEY="b" * 64,
               DJANGO_STATIC_ROOT=str(tmp_path / "static"))
    return env


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("production")
    env = production_env(tmp)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr, env


def test_security_headers(probe):
    data, _logs, _env = probe
    h = {k.lower(): v for k, v in data["headers"].items()}
    assert data["status"] == 200
    assert h["strict-transport-security"] == "max-age=31536000; includeSubDomains; preload"
    csp = dict(part.strip().split(" ", 1) for part in h["content-security-policy"].split(";"))
    assert csp["script-src"] == "'self'" and csp["style-src"] == "'self'" and csp["default-src"] == "'self'"
    assert csp["object-src"] == "'none'" and csp["frame-ancestors"] == "'none'" and csp["base-uri"] == "'self'"
    assert "unsafe-inline" not in h["content-security-policy"] and "unsafe-eval" not in h["content-security-policy"]
    assert h["x-frame-options"] == "DENY"
    assert h["referrer-policy"] == "same-origin"
    assert h["x-content-type-options"] == "nosniff"
    assert h["cross-origin-opener-policy"] == "same-origin"
    assert "camera=()" in h["permissions-policy"]
    assert data["cookies"]["csrftoken"]["secure"] is True


def test_plain_http_is_redirected_and_static_files_are_served(probe):
    data, _logs, _env = probe
    assert data["plain"] == [301, "https://careerguide.example/accounts/login/"]
    assert data["static"][0] == 200    # WhiteNoise, from the collected, hashed files


def test_check_deploy_is_clean(probe):
    _data, _logs, env = probe
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], cwd=ROOT,
                            env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_logs_are_json_lines(probe):
    _data, _logs, env = probe
    script = "import django, logging; django.setup(); logging.getLogger('careerguide').warning('备份完成 %s', 3)"
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    entry = json.loads(result.stderr.strip().splitlines()[-1])
    assert entry["level"] == "WARNING" and entry["message"] == "备份完成 3" and entry["logger"] == "careerguide"


# ---- templates and the CSP ------------------------------------------------------------------------------

INLINE = [
    ("inline <script>", re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>")),
    ("event handler attribute", re.compile(r"\son[a-z]+\s*=\s*[\"']", re.I)),
    ("javascript: URL", re.compile(r"javascript:", re.I)),
    ("inline style attribute", re.compile(r"\sstyle\s*=\s*[\"']", re.I)),
    ("inline <style>", re.compile(r"<style[\s>]", re.I)),
]


def inline_code() -> set[tuple[str, str]]:
    found = set()
    for path in sorted([*ROOT.glob("templates/**/*.html"), *ROOT.glob("careerguide/*/templates/**/*.html")]):
        text = path.read_text(encoding="utf-8")
        if path.name == "base_print.html" or "documents/base_print.html" in text:
            continue   # rendered to PDF by WeasyPrint, never served to a browser
        for what, pattern in INLINE:
            if pattern.search(text):
                found.add((str(path.relative_to(ROOT)), what))
    return found


def test_templates_have_no_inline_code():
    """Nothing the Content-Security-Policy blocks: scripts come from static files, handlers are attached there,
    and sizes are classes of the project's stylesheet; anything added inline would be blocked in production."""
    assert inline_code() == set()
