"""The case from signing to service: grading before signing, the agreement record, the stages, the team, the
evaluations and the versioned plan (BJ-22 to BJ-26)."""
import datetime as dt

import pytest
from django.db import transaction

from careerguide.assessments.models import AssessmentInstrument
from careerguide.assistance import duty_kinds
from careerguide.assistance.models import CaseEvaluation, PlanVersion
from careerguide.assistance.selectors import open_case_of
from careerguide.assistance.selectors.case_file import suggestions
from careerguide.assistance.selectors.caseload import caseload, responsibility_rows
from careerguide.assistance.services.cases import agreement_sign, case_move, key_group_case_open
from careerguide.assistance.services.evaluations import case_evaluate
from careerguide.assistance.services.followups import follow_up_record, guidance_service_record
from careerguide.assistance.services.key_groups import key_group_create
from careerguide.assistance.services.plans import plan_record, stage_review_record
from careerguide.assistance.services.team import team_member_add, team_member_end
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.duties.services import InvalidTransition
from careerguide.job_seekers.services.certification import difficulty_certification_record
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.ledgers.models import LedgerEntry

from .helpers import at, in_service, person_id, plan_for, signed

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)


def _entries(case, service_type):
    return LedgerEntry.objects.filter(subject_id=str(case.job_seeker_id), service_type=service_type)


def test_an_ungraded_person_cannot_sign_until_graded(city, staff):
    """BJ-22-1: a current grading must exist before the agreement (a key-group case has no routing grading)."""
    group = key_group_create(actor=staff.d1_head, name="退役军人", description="本区退役军人", effective_from=DAY)
    seeker = register_job_seeker(staff.s12_caseworker, city.s12, id_number=person_id(700), collected_on=DAY, now=at(DAY))
    case = key_group_case_open(actor=staff.s12_caseworker, job_seeker=seeker, group=group, now=at(DAY, 11))
    with pytest.raises(DomainError) as exc:
        agreement_sign(actor=staff.s12_caseworker, case=case, case_worker=staff.s12_caseworker, location_basis="hukou",
                       address="x", rights_obligations="x", termination_circumstances="x", now=at(DAY, 12))
    assert exc.value.code == "not_eligible" and "尚未进行就业困难程度分级" in str(exc.value)


def test_the_agreement_record_holds_what_the_rules_list(city, staff):
    """BJ-23-4: person, agency, signing date, location basis and address, case worker, rights and obligations,
    agreed termination circumstances, status."""
    case = signed(staff, city, 701, DAY)
    a = case.agreements.get()
    assert (a.job_seeker, a.unit, a.signed_on, a.location_basis, a.case_worker, a.status) == (
        case.job_seeker, city.s12, DAY, "hukou", staff.s12_caseworker, "active")
    assert a.address and a.rights_obligations and "实现稳定就业" in a.termination_circumstances


def test_the_case_moves_through_its_stages_and_refuses_a_skip(city, staff):
    """BJ-23-7: routed → agreement_signed → assessed (evaluation) → in_service (plan agreed); a move the table does
    not allow is refused."""
    case = signed(staff, city, 702, DAY)
    assert case.status == "agreement_signed"
    with pytest.raises(DomainError) as exc:
        plan_for(staff, case, DAY)
    assert exc.value.code == "not_assessed"
    case_evaluate(actor=staff.s12_caseworker, case=case, kind="classification", evaluated_on=DAY, result="B类",
                  instrument_version="分类测评 v1", now=at(DAY, 15))
    case.refresh_from_db()
    assert case.status == "assessed"
    plan_for(staff, case, DAY)
    case.refresh_from_db()
    assert case.status == "in_service"
    with pytest.raises(InvalidTransition), transaction.atomic():
        case_move(case=case, to="routed", actor=staff.s12_caseworker, clause="BJ-23-7")


def test_the_team_has_the_case_worker_at_its_core_and_keeps_its_history(city, staff):
    """BJ-26-1: members of the street or its district with role, from and to; the case worker is the core."""
    case = in_service(staff, city, 703, DAY)
    member = team_member_add(actor=staff.s12_caseworker, case=case, member=staff.d1_counsellor, role="info_analyst",
                             on=DAY, now=at(DAY, 16))
    with pytest.raises(DomainError):
        team_member_add(actor=staff.s12_caseworker, case=case, member=staff.d2_counsellor, role="employment_service",
                        on=DAY, now=at(DAY, 16))
    with pytest.raises(DomainError):
        team_member_add(actor=staff.s12_caseworker, case=case, member=staff.d1_head, role="case_worker", on=DAY,
                        now=at(DAY, 16))
    team_member_end(actor=staff.s12_caseworker, row=member, on=DAY + dt.timedelta(days=10),
                    now=at(DAY + dt.timedelta(days=10)))
    member.refresh_from_db()
    assert (member.role, member.started_on, member.ended_on) == ("info_analyst", DAY, DAY + dt.timedelta(days=10))
    assert case.assignments.get().worker == staff.s12_caseworker


def test_responsibility_rows_show_the_case_worker_and_team_of_each_case(city, staff):
    """BJ-26-10: supervision sees, for each case, the responsible case worker and the team."""
    case = in_service(staff, city, 704, DAY)
    team_member_add(actor=staff.s12_caseworker, case=case, member=staff.d1_counsellor, role="info_analyst", on=DAY,
                    now=at(DAY, 16))
    (row,) = responsibility_rows(actor=staff.d1_head)
    assert (row.case, row.worker, [m.member for m in row.team]) == (case, staff.s12_caseworker, [staff.d1_counsellor])
    assert responsibility_rows(actor=staff.s11_counsellor) == []


def test_assessments_use_versioned_instruments_and_are_ledger_entries(city, staff):
    """BJ-26-4: readiness and classification assessments keep the instrument version with the result, in the
    ledger; without an instrument the assessment is refused."""
    case = signed(staff, city, 705, DAY)
    instrument = AssessmentInstrument.objects.create(name="就业准备状况评估", version="2024.1", kind="other",
                                                     licence="自编", purpose="援助", target_group="就业困难人员",
                                                     effective_from=DAY)
    with pytest.raises(DomainError) as exc:
        case_evaluate(actor=staff.s12_caseworker, case=case, kind="readiness", evaluated_on=DAY, result="x",
                      now=at(DAY, 15))
    assert "instrument_version" in exc.value.field_errors
    row = case_evaluate(actor=staff.s12_caseworker, case=case, kind="readiness", evaluated_on=DAY, result="准备不足",
                        instrument=instrument, causes=["attitude"], now=at(DAY, 15))
    assert row.instrument_version == "就业准备状况评估 2024.1"
    assert _entries(case, "assistance_evaluation").filter(occurred_on=DAY).exists()


def test_every_reached_follow_up_is_a_dated_evaluation_of_measures_and_readiness(city, staff):
    """BJ-25-2: the case worker's evaluation of the measures' effect and of readiness, one dated ledger entry per
    reached follow-up; an attempt is no evaluation."""
    case = in_service(staff, city, 706, DAY)
    day = DAY + dt.timedelta(days=2)
    guidance_service_record(actor=staff.s12_caseworker, case=case, occurred_on=DAY, summary="简历指导", now=at(DAY, 17))
    follow_up_record(actor=staff.s12_caseworker, case=case, kind="guidance", occurred_on=day, reached=False,
                     now=at(day))
    follow_up_record(actor=staff.s12_caseworker, case=case, kind="guidance", occurred_on=day, reached=True,
                     readiness_ready=True, job_ready=False, measure_effect="简历已修改，仍需培训", now=at(day, 11))
    evaluation = CaseEvaluation.objects.get(kind="measure_effect")
    assert (evaluation.evaluated_on, evaluation.readiness_ready, evaluation.job_ready) == (day, True, False)
    assert _entries(case, "assistance_evaluation").filter(occurred_on=day).count() == 1


def test_the_team_delivers_article_14_guidance_services_and_each_owes_a_follow_up(city, staff):
    """BJ-26-3: general, specialized and categorized guidance (and the other guidance services) are recorded with
    their kind; each starts the 5-working-day follow-up of BJ-27-1."""
    case = in_service(staff, city, 707, DAY)
    for service in ("general_guidance", "specialized_guidance", "categorized_guidance"):
        guidance_service_record(actor=staff.s12_caseworker, case=case, occurred_on=DAY, summary="指导", service=service,
                                now=at(DAY, 17))
    assert {e.service_type for e in _entries(case, "assistance_general_guidance")
            | _entries(case, "assistance_specialized_guidance") | _entries(case, "assistance_categorized_guidance")} == {
        "assistance_general_guidance", "assistance_specialized_guidance", "assistance_categorized_guidance"}
    assert Duty.objects.filter(kind=duty_kinds.GUIDANCE_FOLLOW_UP, status="open").count() == 3
    with pytest.raises(DomainError):
        guidance_service_record(actor=staff.s12_caseworker, case=case, occurred_on=DAY, summary="x", service="matching",
                                now=at(DAY, 17))


def test_the_plan_is_drawn_up_with_the_person_and_holds_its_parts(city, staff):
    """BJ-26-5 (from the assessments, with the person's participation and agreement), BJ-26-6 (barriers and causes,
    measures, stages with goal and target date, action plan, version, date)."""
    case = signed(staff, city, 708, DAY)
    case_evaluate(actor=staff.s12_caseworker, case=case, kind="readiness", evaluated_on=DAY, result="x",
                  instrument_version="v1", now=at(DAY, 15))
    with pytest.raises(DomainError) as exc:
        plan_record(actor=staff.s12_caseworker, case=case, barriers="缺技能", causes=["skills"], measures="培训",
                    stages=[{"goal": "取证"}], person_agreed=False, agreement_note="", made_on=DAY, now=at(DAY, 16))
    assert {"stages", "person_agreed", "agreement_note"} <= set(exc.value.field_errors)
    assert not PlanVersion.objects.exists()
    plan = plan_for(staff, case, DAY)
    assert (plan.number, plan.made_on, plan.person_agreed, plan.causes) == (1, DAY, True, ["skills"])
    assert plan.stages[0]["goal"] == "取得叉车证" and plan.stages[0]["target_date"] == "2024-08-02"
    assert plan.actions[0]["action"] == "报名培训"


def test_a_revision_is_a_new_version_with_its_reason_and_the_old_one_is_kept(city, staff):
    """BJ-26-8."""
    case = in_service(staff, city, 709, DAY)
    with pytest.raises(DomainError) as exc:
        plan_for(staff, case, DAY + dt.timedelta(days=20))
    assert "reason" in exc.value.field_errors
    plan_for(staff, case, DAY + dt.timedelta(days=20), causes=["attitude"], reason="培训后出现畏难情绪")
    assert list(case.plans.values_list("number", "reason")) == [(2, "培训后出现畏难情绪"), (1, "")]
    assert _entries(case, "assistance_plan_revision").count() == 1


def test_stage_goal_results_are_dated_and_drive_the_next_services(city, staff):
    """BJ-26-9: a stage not achieved is recorded with its date and the next services suggest revising the plan."""
    case = in_service(staff, city, 710, DAY)
    plan = case.plans.get()
    assert "plan_revision" not in [c for c, _label in suggestions(case=case)]
    review = stage_review_record(actor=staff.s12_caseworker, plan=plan, stage=0, status="not_achieved",
                                 reviewed_on=DAY + dt.timedelta(days=30), note="未通过考试",
                                 now=at(DAY + dt.timedelta(days=30)))
    assert (review.status, review.reviewed_on) == ("not_achieved", DAY + dt.timedelta(days=30))
    assert "plan_revision" in [c for c, _label in suggestions(case=case)]


def test_a_change_of_certification_raises_a_review_of_agreement_and_plan(city, staff):
    """BJ-26-2: an exit from the difficult-person list puts a review task on the open case."""
    case = in_service(staff, city, 711, DAY)
    day = DAY + dt.timedelta(days=7)
    difficulty_certification_record(actor=staff.s12_caseworker, job_seeker=case.job_seeker, status="exited",
                                    decided_on=day, authority="甲区人力资源和社会保障局", document_ref="退出-1", now=at(day))
    duty = Duty.objects.get(kind=duty_kinds.CERTIFICATION_REVIEW)
    assert (duty.subject_id, duty.clause) == (str(case.pk), "BJ-26-2")


def test_the_caseload_shows_each_persons_stage_and_next_duty(city, staff):
    """BJ-5-1, BJ-23-7: a case worker's own cases, next duty first; others' cases only with the scope widened."""
    case = in_service(staff, city, 712, DAY)
    guidance_service_record(actor=staff.s12_caseworker, case=case, occurred_on=DAY, summary="指导", now=at(DAY, 17))
    (row,) = caseload(actor=staff.s12_caseworker, mine=True, today=DAY)
    assert (row.case.status, row.next_duty.kind, row.next_duty.due_date) == (
        "in_service", duty_kinds.GUIDANCE_FOLLOW_UP, dt.date(2024, 6, 11))
    assert caseload(actor=staff.s12_caseworker, overdue=True, today=dt.date(2024, 6, 11)) == []
    assert len(caseload(actor=staff.s12_caseworker, overdue=True, today=dt.date(2024, 6, 12))) == 1
    assert caseload(actor=staff.s11_counsellor, today=DAY) == []
    assert open_case_of(job_seeker=case.job_seeker) == case


def test_the_case_worker_keeps_the_whole_trail_in_the_personal_ledger(city, staff):
    """BJ-25-1: how the agreement is performed (signed), which specialized services are received (guidance) and how
    the plan is carried out (plan, stage goal) are dated entries of the person's ledger, tagged with the case."""
    case = in_service(staff, city, 713, DAY)
    guidance_service_record(actor=staff.s12_caseworker, case=case, occurred_on=DAY, summary="心理调适",
                            service="psychological_adjustment", now=at(DAY, 17))
    stage_review_record(actor=staff.s12_caseworker, plan=case.plans.get(), stage=0, status="partly",
                        reviewed_on=DAY, now=at(DAY, 18))
    tagged = LedgerEntry.objects.filter(subject_id=str(case.job_seeker_id), content__assistance_case=case.pk)
    assert {"assistance_agreement", "assistance_psychological_adjustment", "assistance_plan",
            "assistance_stage_review"} <= set(tagged.values_list("service_type", flat=True))
    assert all(e.occurred_on == DAY and e.unit == city.s12 for e in tagged)
