"""The read log is kept at least 6 months (bj.log_retention_days, default and minimum 183 days) and purged after
that by `privacy_purge_logs`, never earlier (BJ-51-2)."""
import datetime as dt
import io

import pytest
import time_machine
from django.core.management import call_command

from careerguide.audit.models import AuditEvent
from careerguide.audit.verification import audit_chain_verify
from careerguide.common.errors import DomainError
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at
from careerguide.policy.registry import setting_get
from careerguide.policy.services import policy_override_create
from careerguide.privacy.models import PersonalDataRead
from careerguide.privacy.services import person_read_log, read_log_cutoff, read_log_purge

pytestmark = [pytest.mark.django_db, pytest.mark.req("BJ-51-2")]
TODAY = dt.date(2026, 12, 7)


def test_the_cutoff_keeps_the_day_of_the_limit_and_purges_the_day_before():
    """BJ-51-2: with 183 days, a read on the 184th day back is past retention; one on the 183rd is kept."""
    cutoff = read_log_cutoff(today_=TODAY, retention_days=183)
    assert cutoff.date() == TODAY - dt.timedelta(days=183) and cutoff.time() == dt.time.min
    assert at(TODAY - dt.timedelta(days=184), 23) < cutoff <= at(TODAY - dt.timedelta(days=183), 0)


def test_the_setting_is_six_months_at_least():
    """BJ-51-2: default 183 days, minimum 183 ("at least 6 months")."""
    s = setting_get("bj.log_retention_days")
    assert (s.default, s.minimum, s.clause) == (183, 183, "BJ-51-2")


def test_the_purge_deletes_the_day_before_the_limit_and_keeps_the_day_of_and_after(staff, city):
    """BJ-51-2: rows read 184, 183 and 182 days ago: only the first is deleted; the purge is audited and the audit
    chain still verifies."""
    seeker = make_job_seeker(staff.s11_counsellor, city.s11)
    for back in (184, 183, 182):
        person_read_log(actor=staff.s11_counsellor, person=seeker, fields=("full_name",), reference=str(back),
                        now=at(TODAY - dt.timedelta(days=back), 12))
    assert read_log_purge(now=at(TODAY), dry_run=True) == {city.s11.name: 1}
    assert PersonalDataRead.objects.count() == 3
    assert read_log_purge(now=at(TODAY)) == {city.s11.name: 1}
    assert sorted(PersonalDataRead.objects.values_list("reference", flat=True)) == ["182", "183"]
    event = AuditEvent.objects.get(action="read_log_purge")
    assert (event.clause, event.changes["after"]["deleted"], event.changes["after"]["retention_days"]) == (
        "BJ-51-2", 1, 183)
    assert audit_chain_verify()[1] is None
    assert read_log_purge(now=at(TODAY)) == {}


def test_a_longer_district_setting_keeps_its_rows_longer_and_a_shorter_one_is_refused(staff, city):
    """BJ-51-2: a district may keep its read log longer (400 days: nothing of 184 days is purged there); below 183
    days the override is refused."""
    ours = make_job_seeker(staff.s11_counsellor, city.s11)
    theirs = make_job_seeker(staff.d2_counsellor, city.d2)
    policy_override_create(actor=staff.city_admin, key="bj.log_retention_days", unit=city.d1, value=400,
                           effective_from=dt.date(2026, 1, 1), reason="区级审计要求保存更久", now=at(dt.date(2025, 12, 1)))
    with pytest.raises(DomainError):
        policy_override_create(actor=staff.city_admin, key="bj.log_retention_days", unit=city.d2, value=90,
                               effective_from=dt.date(2026, 1, 1), reason="缩短", now=at(dt.date(2025, 12, 1)))
    for person, actor in ((ours, staff.s11_counsellor), (theirs, staff.d2_counsellor)):
        person_read_log(actor=actor, person=person, fields=("full_name",), now=at(TODAY - dt.timedelta(days=184)))
    out = io.StringIO()
    with time_machine.travel(at(TODAY), tick=False):
        call_command("privacy_purge_logs", stdout=out)
    assert list(PersonalDataRead.objects.values_list("subject_id", flat=True)) == [str(ours.pk)]
    assert "deleted 1 read-log rows in total" in out.getvalue()


def test_the_daily_job_purges_as_of_its_time(staff, city):
    """BJ-51-2: the periodic job (config/periodic_jobs.py) runs the same purge for the time it is given."""
    from careerguide.privacy.tasks import purge_read_log

    seeker = make_job_seeker(staff.s11_counsellor, city.s11)
    person_read_log(actor=staff.s11_counsellor, person=seeker, fields=("full_name",),
                    now=at(TODAY - dt.timedelta(days=184)))
    assert purge_read_log.call(at(TODAY - dt.timedelta(days=1)).isoformat()) == 0
    assert purge_read_log.call(at(TODAY).isoformat()) == 1
