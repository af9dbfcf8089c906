"""Fixtures shared by every test: a small agency tree and staff of each role."""
import os

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs beside live_server

CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium instead of a downloaded browser."""
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium", "args": CHROMIUM_ARGS, "headless": True}


@pytest.fixture
def city(db):
    from careerguide.organisations.tests.factories import build_city

    return build_city()


@pytest.fixture
def staff(city):
    from careerguide.accounts.tests.factories import build_staff

    return build_staff(city)


@pytest.fixture(autouse=True)
def _calendar_for_transactional_tests(request):
    """Transactional tests (browser journeys) start from flushed tables: load the statutory
    calendar again so working-day rules work there as in production."""
    marker = request.node.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("transaction"):
        request.getfixturevalue("transactional_db")
        from careerguide.workdays.services import calendar_years_seed_from_package

        calendar_years_seed_from_package()
