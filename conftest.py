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


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The suite builds its tables straight from the models (`--nomigrations`; scripts/test.sh checks the
    migrations separately), then loads the reference data the data migrations load in production."""
    from careerguide.audit.models import AuditChainHead
    from careerguide.occupations.services import occupations_seed_defaults
    from careerguide.workdays.services import calendar_years_seed_from_package

    with django_db_blocker.unblock():
        AuditChainHead.objects.get_or_create(pk=1, defaults={"seq": 0, "hash": "0" * 64})
        occupations_seed_defaults()
        calendar_years_seed_from_package()


# Kinds of duty that tests schedule without a workflow of their own.
TEST_DUTY_KINDS = ("test.kind", "test.follow_up", "test.job", "test.other", "browser.visit", "scenario.result")


@pytest.fixture(scope="session", autouse=True)
def _test_duty_kinds():
    from careerguide.duties.kinds import DutyKind, kind_declare

    for code in TEST_DUTY_KINDS:
        kind_declare(DutyKind(code, f"测试事项 {code}"))


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


@pytest.fixture(autouse=True)
def _fresh_matching_stores():
    """Each test ranks over its own vacancies and persons: no process copy of the catalogue or of the candidate
    pool outlives a test."""
    from careerguide.matching import candidate_store, offer_store

    offer_store.store_clear()
    candidate_store.store_clear()
    yield
    offer_store.store_clear()
    candidate_store.store_clear()
