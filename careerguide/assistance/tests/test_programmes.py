"""Training and internship checkpoints, the readiness assessment after, and leaving a job (BJ-27-2, BJ-27-3,
BJ-27-4, BJ-27-8, BJ-27-9)."""
import datetime as dt

import pytest

from careerguide.assistance import duty_kinds
from careerguide.assistance.services.evaluations import case_evaluate
from careerguide.assistance.services.followups import follow_up_record, job_left_record, job_start_record
from careerguide.assistance.services.programmes import (
    programme_end_record,
    programme_enrol,
    programme_progress_record,
)
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty

from .helpers import at, in_service

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 2, 2)


def _programme(staff, case, *, start=dt.date(2026, 2, 9), end=dt.date(2026, 3, 20), kind="vocational_skills_training"):
    return programme_enrol(actor=staff.s12_caseworker, case=case, kind=kind, name="叉车司机培训", provider="甲区职业技能学校",
                           partner_department="甲区职业能力建设科", starts_on=start, planned_end_on=end, now=at(DAY, 16))


def _check(code):
    return Duty.objects.get(kind=duty_kinds.checkpoint_kind(code))


def test_a_programme_owes_initial_middle_and_final_progress_in_three_working_day_windows(city, staff):
    """BJ-27-2: three tasks from the start and planned end dates; the programme-type list includes "other" and is
    configurable (an unknown type is refused)."""
    case = in_service(staff, city, 901, DAY)
    with pytest.raises(DomainError) as exc:
        _programme(staff, case, kind="juggling")
    assert "kind" in exc.value.field_errors
    _programme(staff, case)
    windows = {c: (_check(c).earliest, _check(c).due_date) for c in ("initial", "middle", "final")}
    assert windows == {"initial": (dt.date(2026, 2, 9), dt.date(2026, 2, 11)),
                       "middle": (dt.date(2026, 2, 28), dt.date(2026, 3, 3)),
                       "final": (dt.date(2026, 3, 18), dt.date(2026, 3, 20))}
    assert _programme(staff, case, kind="other").kind_label == "其他项目"


def test_progress_is_recorded_with_its_source_and_only_a_reached_contact_meets_a_checkpoint(city, staff):
    """BJ-27-4 (the department or provider is recorded as the source), BJ-27-8 (an attempt leaves the checkpoint
    open); a contact before the window opens meets nothing."""
    case = in_service(staff, city, 902, DAY)
    programme = _programme(staff, case)
    early = programme_progress_record(actor=staff.s12_caseworker, programme=programme, occurred_on=dt.date(2026, 2, 9),
                                      source="provider", source_name="甲区职业技能学校教务处", reached=False,
                                      note="电话未接通", now=at(dt.date(2026, 2, 9)))
    assert (early.source, early.checkpoints, _check("initial").status) == ("provider", [], "open")
    reached = programme_progress_record(actor=staff.s12_caseworker, programme=programme,
                                        occurred_on=dt.date(2026, 2, 10), source="department",
                                        source_name="甲区职业能力建设科", reached=True, note="按时出勤",
                                        now=at(dt.date(2026, 2, 10)))
    assert (reached.source_name, reached.checkpoints, _check("initial").status) == ("甲区职业能力建设科", ["initial"],
                                                                                     "done")
    assert _check("middle").status == "open"


def test_a_missed_checkpoint_is_met_late_only_with_a_recorded_reason(city, staff):
    """BJ-27-2 ("一般", open question 12): after the window a contact meets the checkpoint only with its reason."""
    case = in_service(staff, city, 903, DAY)
    programme = _programme(staff, case)
    day = dt.date(2026, 2, 12)
    programme_progress_record(actor=staff.s12_caseworker, programme=programme, occurred_on=day, source="team",
                              source_name="本人", reached=True, note="进展正常", now=at(day))
    assert _check("initial").status == "open"
    programme_progress_record(actor=staff.s12_caseworker, programme=programme, occurred_on=day, source="team",
                              source_name="本人", reached=True, note="进展正常", late_reason="培训机构春节前停课",
                              now=at(day, 15))
    assert _check("initial").status == "late_done"


def test_after_the_programme_the_readiness_assessment_is_due_in_five_working_days(city, staff):
    """BJ-27-3: end Fri 2026-03-20 → due Fri 2026-03-27; met by the readiness assessment of that programme."""
    case = in_service(staff, city, 904, DAY)
    programme = _programme(staff, case)
    programme_end_record(actor=staff.s12_caseworker, programme=programme, ended_on=dt.date(2026, 3, 20),
                         now=at(dt.date(2026, 3, 20)))
    duty = Duty.objects.get(kind=duty_kinds.PROGRAMME_READINESS)
    assert duty.due_date == dt.date(2026, 3, 27)
    case_evaluate(actor=staff.s12_caseworker, case=case, kind="readiness", evaluated_on=dt.date(2026, 3, 26),
                  result="取得叉车证，具备上岗条件", instrument_version="v1", start_lead_days=2, programme=programme,
                  now=at(dt.date(2026, 3, 26)))
    duty.refresh_from_db()
    assert duty.status == "done"


def test_leaving_the_job_cancels_the_remaining_follow_ups_and_returns_the_case(city, staff):
    """BJ-27-9: left before the 6-month follow-up → the remaining post-placement duties are cancelled and the case
    is back in_service; the person is back in assistance."""
    case = in_service(staff, city, 905, DAY)
    start = dt.date(2026, 3, 2)
    job_start_record(actor=staff.s12_caseworker, case=case, employer_name="某仓储公司", started_on=start, now=at(start))
    follow_up_record(actor=staff.s12_caseworker, case=case, kind="job_start", occurred_on=dt.date(2026, 3, 10),
                     reached=True, now=at(dt.date(2026, 3, 10)))
    left = dt.date(2026, 4, 20)
    job_left_record(actor=staff.s12_caseworker, case=case, left_on=left, note="单位裁员", now=at(left))
    case.refresh_from_db()
    case.job_seeker.refresh_from_db()
    remaining = Duty.objects.filter(kind__startswith=duty_kinds.STABILITY_FOLLOW_UP)
    assert set(remaining.values_list("status", flat=True)) == {"cancelled"}
    assert Duty.objects.get(kind=duty_kinds.JOB_START_FOLLOW_UP).status == "done"
    assert (case.status, case.job_seeker.status) == ("in_service", "routed_to_assistance")
