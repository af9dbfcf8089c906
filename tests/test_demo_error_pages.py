"""The demo shows the project's own Chinese error pages, as production does, never Django's debug pages."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _local_debug(**env) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_DEBUG"} | env
    environment["DJANGO_SETTINGS_MODULE"] = "config.settings.local"
    return subprocess.run([sys.executable, "-c", "from django.conf import settings; print(settings.DEBUG)"],
                          cwd=ROOT, env=environment, capture_output=True, text=True, check=True).stdout.strip()


def test_demo_settings_run_without_debug_pages_unless_asked():
    assert _local_debug() == "False"
    assert _local_debug(DJANGO_DEBUG="1") == "True"


def test_demo_start_script_serves_static_files_without_debug():
    assert "runserver --insecure" in (ROOT / "scripts" / "run.sh").read_text()


@pytest.mark.django_db
def test_unknown_record_and_forbidden_page_are_chinese(client, staff):
    client.force_login(staff.s11_counsellor)
    missing = client.get("/job-seekers/999999/")
    assert missing.status_code == 404 and "页面不存在" in missing.content.decode()
    forbidden = client.get("/workdays/import/")
    assert forbidden.status_code == 403 and "无权访问" in forbidden.content.decode()
