"""The periodic jobs run through Django's tasks API with an explicit time."""
import datetime as dt
import io

import pytest
from django.core.cache import cache
from django.core.management import call_command

from careerguide.duties.services import DutySpec, duty_schedule
from careerguide.job_seekers.tests.factories import make_job_seeker

pytestmark = pytest.mark.django_db


def test_run_periodic_jobs_once_a_day(city, staff):
    cache.clear()
    seeker = make_job_seeker(staff.s11_counsellor, city.s11)
    duty = duty_schedule(actor=staff.s11_counsellor, subject=seeker, spec=DutySpec(
        kind="test.job", title="回访", clause="BJ-27-7", due_date=dt.date(2026, 3, 2), unit=city.s11, assignee=staff.s11_counsellor))
    out = io.StringIO()
    call_command("run_periodic_jobs", now="2026-03-04T00:30:00+08:00", run=True, stdout=out)
    assert "vacancies.expire: 0" in out.getvalue() and "duties." not in out.getvalue()  # the duty jobs start at 01:00
    out = io.StringIO()
    call_command("run_periodic_jobs", now="2026-03-04T09:00:00+08:00", run=True, stdout=out)
    assert "vacancies.expire" not in out.getvalue()  # already ran today
    assert "duties.daily_snapshot: 1" in out.getvalue() and "duties.send_reminders: 1" in out.getvalue()
    duty.refresh_from_db()
    assert duty.last_reminded_on == dt.date(2026, 3, 4)
    out = io.StringIO()
    call_command("run_periodic_jobs", now="2026-03-04T10:00:00+08:00", run=True, stdout=out)
    assert out.getvalue() == ""  # once a day


def test_enqueue_with_the_immediate_backend(city, staff):
    cache.clear()
    out = io.StringIO()
    call_command("run_periodic_jobs", now="2026-03-05T09:00:00+08:00", stdout=out)
    from config.periodic_jobs import PERIODIC_JOBS

    assert out.getvalue().count("enqueued") == len(PERIODIC_JOBS)
