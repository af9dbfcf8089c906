"""Production settings refuse to start without secrets; the demo city is valid and idempotent."""
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from careerguide.accounts.models import User
from careerguide.accounts.roles import Role
from careerguide.audit.verification import audit_chain_verify
from careerguide.common.demo_data.volume import SIZES
from careerguide.common.identifiers import resident_id_problems
from careerguide.duties.models import Duty
from careerguide.employers.models import DailyServiceAgreement, DemandArchive, Employer, EmployerAgent
from careerguide.guidance.models import GuidanceAppointment, GuidanceGroup
from careerguide.job_seekers.models import Grading, JobSeeker, Registration
from careerguide.ledgers.models import LedgerEntry
from careerguide.matching.models import Recommendation
from careerguide.organisations.models import Unit
from careerguide.resources.models import Resource
from careerguide.vacancies.models import JobFair, Vacancy
from careerguide.workforce.models import Counsellor

AREA_MODELS = (Unit, User, JobSeeker, Grading, GuidanceAppointment, GuidanceGroup, Employer, EmployerAgent, Vacancy,
               JobFair, DailyServiceAgreement, DemandArchive, Recommendation, Duty, LedgerEntry, Counsellor, Resource)

ROOT = Path(__file__).resolve().parent.parent


def run_check(env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SECRET_KEY", "PERSONAL_DATA_KEYS", "BLIND_INDEX_KEY", "DJANGO_ALLOWED_HOSTS"}}
    env.update({"DJANGO_SETTINGS_MODULE": "config.settings.production", **env_overrides})
    return subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True)


def test_production_refuses_to_start_without_secrets():
    result = run_check({})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in result.stderr


def test_production_needs_the_database_url():
    result = run_check({"DJANGO_SECRET_KEY": "x" * 60, "DJANGO_ALLOWED_HOSTS": "example.org"})
    assert result.returncode != 0 and "DATABASE_URL is required" in result.stderr


@pytest.mark.django_db
def test_seed_demo_builds_a_valid_city_idempotently():
    call_command("seed_demo", job_seekers=12, size="small", stdout=open(os.devnull, "w"))
    counts = {m.__name__: m.objects.count() for m in AREA_MODELS}
    assert all(counts.values()), counts
    call_command("seed_demo", job_seekers=12, size="small", stdout=open(os.devnull, "w"))
    assert {m.__name__: m.objects.count() for m in AREA_MODELS} == counts
    volume = SIZES["small"].job_seekers
    assert counts["JobSeeker"] == 12 + 5 + 1 + 10 + volume  # bulk, featured, portal user's own, assistance, the year
    assert set(Grading.objects.values_list("level", flat=True)) == {1, 2, 3, 4}
    assert Grading.objects.filter(overridden_by__isnull=False).count() == 1
    reviewed = Vacancy.objects.exclude(published_version__ruleset_version="citygen")
    assert reviewed.filter(status="published").count() == 5 and reviewed.filter(status="returned").count() == 1
    assert EmployerAgent.objects.filter(user__username="agent.demo", real_name_verified=True).exists()
    assert Recommendation.objects.exclude(status="pending").exists()
    today = timezone.localdate()
    for username in ("s0101.counsellor", "d01.officer"):
        mine = Duty.objects.filter(assignee__username=username, status="open")
        assert mine.filter(due_date__lt=today).exists() and mine.filter(due_date__gte=today).exists(), username
    assert all(resident_id_problems(s.id_number) == [] for s in JobSeeker.objects.all())
    staff_roles = set(User.objects.filter(role_assignments__isnull=False).values_list("role_assignments__role", flat=True))
    assert staff_roles == set(Role.values)
    assert Unit.objects.filter(is_development_area=True, level="district").count() == 1
    from careerguide.labour_market.models import MarketReport  # the last month's report, published once

    monthly = MarketReport.objects.filter(kind="monthly", status="published")
    assert monthly.count() == 1 and monthly.get().data["totals"]
    assert audit_chain_verify()[1] is None


@pytest.mark.django_db
def test_the_demo_year_spreads_registrations_and_postings_over_twelve_months():
    """The volume behind the charts: the generated people's registrations (each with its episode and the two
    ledger entries) are spread over the last year, so are the postings, and the old postings have expired."""
    call_command("seed_demo", job_seekers=0, size="small", stdout=open(os.devnull, "w"))
    today = timezone.localdate()
    generated = Vacancy.objects.filter(published_version__ruleset_version="citygen")
    assert generated.count() == SIZES["small"].vacancies
    assert generated.filter(status="published").exists() and generated.filter(status="expired").exists()
    days = [v.published_at.date() for v in generated]
    assert min(days) >= today - dt.timedelta(days=365) and max(days) <= today
    old = Registration.objects.filter(collected_on__lt=today - dt.timedelta(days=60), is_job_seeking_registration=True)
    assert old.values("job_seeker").distinct().count() >= SIZES["small"].job_seekers // 3  # the desk's people are recent
    collected = list(Registration.objects.values_list("collected_on", flat=True))
    assert len({(d.year, d.month) for d in collected}) > 3 and min(collected) >= today - dt.timedelta(days=365)
    for seeker in JobSeeker.objects.filter(registrations__in=old)[:50]:
        entries = LedgerEntry.objects.filter(subject_id=str(seeker.pk), service_type__in=("ledger_opened", "registration"))
        assert entries.count() == 2 and seeker.episodes.count() == 1, seeker.pk
    names = list(Employer.objects.values_list("name", flat=True))
    assert len(names) == len(set(names))
