"""Expert consultation with the database: request, panel, shared access, records, deadlines, reports and close
(BJ-28)."""
import datetime as dt

import pytest

from careerguide.assistance import duty_kinds
from careerguide.assistance.services.consultations import (
    consultation_opinion_record,
    consultation_panel_set,
    consultation_request,
    panel_access_record,
    panel_report_record,
)
from careerguide.assistance.services.followups import guidance_service_record, job_start_record
from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty

from .helpers import at, failed_recommendations, in_service, plan_for

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 3, 2)
FAILED_DAYS = [dt.date(2026, 3, 3), dt.date(2026, 3, 4), dt.date(2026, 3, 5)]


def _ready(staff, city, seed):
    case = in_service(staff, city, seed, DAY)
    failed_recommendations(staff, city, case, FAILED_DAYS)
    return case


def _consultation(staff, city, seed, day=dt.date(2026, 3, 6)):
    case = _ready(staff, city, seed)
    consultation = consultation_request(actor=staff.s12_caseworker, case=case, issues="三次推荐未成功",
                                        now=at(day))
    consultation_panel_set(actor=staff.d1_head, consultation=consultation,
                           members=[staff.s12_caseworker, staff.d1_counsellor], now=at(day, 15))
    return case, consultation


def test_only_the_case_worker_files_the_request_and_it_goes_to_the_district(city, staff):
    """BJ-28-2: the responsible case worker files it; the next-higher-level agency of a street is its district."""
    case = _ready(staff, city, 801)
    with pytest.raises(DomainError) as exc:
        consultation_request(actor=staff.d1_counsellor, case=case, issues="x", now=at(dt.date(2026, 3, 6)))
    assert exc.value.code == "forbidden"
    consultation = consultation_request(actor=staff.s12_caseworker, case=case, issues="三次推荐未成功",
                                        now=at(dt.date(2026, 3, 6)))
    assert (consultation.higher_unit, consultation.failed_recommendations) == (city.d1, 3)


def test_the_panel_has_officers_of_both_levels(city, staff):
    """BJ-28-4: the district forms the panel; one level only is refused."""
    case = _ready(staff, city, 802)
    consultation = consultation_request(actor=staff.s12_caseworker, case=case, issues="x", now=at(dt.date(2026, 3, 6)))
    with pytest.raises(DomainError) as exc:
        consultation_panel_set(actor=staff.d1_head, consultation=consultation, members=[staff.d1_counsellor])
    assert "members" in exc.value.field_errors and not consultation.panel.exists()
    consultation_panel_set(actor=staff.d1_head, consultation=consultation,
                           members=[staff.s12_caseworker, staff.d1_counsellor])
    assert {m.unit for m in consultation.panel.all()} == {city.s12, city.d1}


def test_the_panel_shares_the_ledger_while_open_and_its_reads_are_logged(city, staff):
    """BJ-28-3: a higher-level panel member's read of the shared case is audited; after the close the panel may no
    longer add records or plan revisions."""
    case, consultation = _consultation(staff, city, 803)
    assert panel_access_record(actor=staff.d1_counsellor, case=case, now=at(dt.date(2026, 3, 9)))
    assert AuditEvent.objects.filter(action="ledger_share_read", object_id=str(case.pk)).exists()
    assert not panel_access_record(actor=staff.s12_caseworker, case=case)  # the case's own street: no sharing
    job_start_record(actor=staff.s12_caseworker, case=case, employer_name="某仓储公司", started_on=dt.date(2026, 3, 10),
                     now=at(dt.date(2026, 3, 10)))
    consultation.refresh_from_db()
    assert consultation.status == "closed"
    with pytest.raises(DomainError) as exc:
        consultation_opinion_record(actor=staff.d1_counsellor, consultation=consultation, issues="x", advice="y",
                                    now=at(dt.date(2026, 3, 11)))
    assert exc.value.code == "consultation_closed"
    assert not panel_access_record(actor=staff.d1_counsellor, case=case)


def test_the_panel_record_starts_a_plan_revision_due_in_five_working_days_met_by_the_linked_version(city, staff):
    """BJ-28-4 (the panel records issues and advice; the revised version is linked to the consultation), BJ-28-7
    (due five working days after the opinion date: Fri 2026-03-06 → Fri 2026-03-13)."""
    case, consultation = _consultation(staff, city, 804)
    with pytest.raises(DomainError) as exc:
        consultation_opinion_record(actor=staff.d1_head, consultation=consultation, issues="x", advice="y",
                                    now=at(dt.date(2026, 3, 6), 16))
    assert exc.value.code == "not_on_panel"
    consultation_opinion_record(actor=staff.d1_counsellor, consultation=consultation, issues="求职定位偏高",
                                advice="调整求职方向为仓储辅助岗位", held_on=dt.date(2026, 3, 6), now=at(dt.date(2026, 3, 6), 16))
    duty = Duty.objects.get(kind=duty_kinds.PLAN_REVISION)
    assert (duty.due_date, duty.assignee) == (dt.date(2026, 3, 13), staff.s12_caseworker)
    plan = plan_for(staff, case, dt.date(2026, 3, 12), reason="根据专家小组意见调整求职方向")
    duty.refresh_from_db()
    assert (plan.consultation, duty.status) == (consultation, "done")


def test_after_the_consultation_the_local_team_continues_under_the_article_27_deadlines(city, staff):
    """BJ-28-5: guidance by the local team during the consultation still owes its 5-working-day follow-up."""
    case, _consultation_row = _consultation(staff, city, 805)
    guidance_service_record(actor=staff.s12_caseworker, case=case, occurred_on=dt.date(2026, 3, 9), summary="面试指导",
                            service="interview_guidance", now=at(dt.date(2026, 3, 9)))
    assert Duty.objects.get(kind=duty_kinds.GUIDANCE_FOLLOW_UP, status="open").due_date == dt.date(2026, 3, 16)


def test_the_case_worker_reports_to_the_panel_every_month_while_open(city, staff):
    """BJ-28-6: the first report is due a month after the request; each report meets it and owes the next."""
    case, consultation = _consultation(staff, city, 806)
    first = Duty.objects.get(kind=duty_kinds.PANEL_REPORT)
    assert first.due_date == dt.date(2026, 4, 6)
    with pytest.raises(DomainError):
        panel_report_record(actor=staff.d1_counsellor, consultation=consultation, content="x",
                            now=at(dt.date(2026, 4, 1)))
    panel_report_record(actor=staff.s12_caseworker, consultation=consultation, content="本月推荐两次，已面试一次",
                        reported_on=dt.date(2026, 4, 1), now=at(dt.date(2026, 4, 1)))
    first.refresh_from_db()
    assert first.status == "done"
    assert Duty.objects.get(kind=duty_kinds.PANEL_REPORT, status="open").due_date == dt.date(2026, 5, 1)


def test_the_loop_ends_when_the_person_is_employed(city, staff):
    """BJ-28-8: records and reports repeat until employment (or an agreed termination circumstance); then the
    consultation closes and its open duties are cancelled."""
    case, consultation = _consultation(staff, city, 807)
    for n, day in enumerate((dt.date(2026, 3, 6), dt.date(2026, 3, 20))):
        consultation_opinion_record(actor=staff.d1_counsellor, consultation=consultation, issues=f"第{n + 1}次",
                                    advice="继续推荐", held_on=day, now=at(day, 16))
    assert consultation.opinions.count() == 2
    job_start_record(actor=staff.s12_caseworker, case=case, employer_name="某仓储公司", started_on=dt.date(2026, 3, 23),
                     now=at(dt.date(2026, 3, 23)))
    consultation.refresh_from_db()
    assert (consultation.status, consultation.closed_on) == ("closed", dt.date(2026, 3, 23))
    assert not Duty.objects.filter(kind__in=[duty_kinds.PANEL_REPORT, duty_kinds.PLAN_REVISION], status="open").exists()
