"""Transfers, termination, the welfare post, archiving, the difficult person's ledger and key groups (BJ-24, BJ-29
to BJ-33)."""
import datetime as dt

import pytest

from careerguide.assistance import duty_kinds
from careerguide.assistance.ledger_sections import LEDGER
from careerguide.assistance.models import AssistanceCase, Termination
from careerguide.assistance.selectors import open_case_of
from careerguide.assistance.selectors.case_ledger import case_ledger_rows
from careerguide.assistance.services.cases import agreement_sign, key_group_case_open
from careerguide.assistance.services.consultations import consultation_request
from careerguide.assistance.services.followups import follow_up_record, guidance_service_record, job_start_record
from careerguide.assistance.services.key_groups import key_group_create
from careerguide.assistance.services.team import team_member_add
from careerguide.assistance.services.terminations import termination_decide, termination_request
from careerguide.assistance.services.transfers import transfer_decide, transfer_request, transfer_verify
from careerguide.assistance.services.welfare import welfare_place, welfare_placement_end, welfare_refer
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.job_seekers.services.no_contact import no_contact_report
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.ledgers.exports import ledger_rows
from careerguide.ledgers.sections import sections
from careerguide.matching.selectors import MATCHABLE_STATUSES

from .helpers import at, failed_recommendations, head_of, in_service, person_id, routed

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 3, 2)


def test_a_transfer_request_records_the_reason_and_the_proposed_location(city, staff):
    """BJ-24-1: only a change of hukou or of habitual residence, to another street, with its address."""
    case = in_service(staff, city, 1001, DAY)
    with pytest.raises(DomainError) as exc:
        transfer_request(actor=staff.s12_caseworker, case=case, reason="better_pay", to_unit=case.unit, new_address="",
                         now=at(DAY, 17))
    assert {"reason", "to_unit", "new_address"} <= set(exc.value.field_errors) and not case.transfers.exists()
    t = transfer_request(actor=staff.s12_caseworker, case=case, reason="hukou_changed", to_unit=city.s21,
                         new_address="开发区一街道某路8号", now=at(DAY, 17))
    assert (t.reason, t.to_unit, t.new_address, t.status, t.approving_level) == (
        "hukou_changed", city.s21, "开发区一街道某路8号", "requested", "city")


def test_approval_terminates_the_agreement_from_the_approval_date_and_ends_the_assignment(city, staff):
    """BJ-24-4: inside one district the district approves; the old agreement ends that day with reason transfer and
    the case worker's assignment ends; the person stays in active matching (BJ-31-1: a transfer is no archive
    trigger)."""
    case = in_service(staff, city, 1002, DAY)
    t = transfer_request(actor=staff.s12_caseworker, case=case, reason="residence_changed", to_unit=city.s11,
                         new_address="甲区一街道某路2号", now=at(DAY, 17))
    transfer_verify(actor=staff.s12_caseworker, transfer=t, accept=True, note="已核实居住证", now=at(DAY, 17))
    approval = dt.date(2026, 3, 4)
    transfer_decide(actor=staff.d1_head, transfer=t, decision="approve", now=at(approval))
    agreement = case.agreements.get()
    assignment = case.assignments.get()
    case.refresh_from_db()
    case.job_seeker.refresh_from_db()
    assert (agreement.status, agreement.terminated_on, agreement.termination_reason) == ("terminated", approval,
                                                                                          "transfer")
    assert (assignment.ended_on, case.status, case.unit) == (approval, "transfer_pending", city.s11)
    assert case.job_seeker.status in MATCHABLE_STATUSES


def _terminate_setup(staff, city, seed):
    case = in_service(staff, city, seed, DAY)
    follow_up = follow_up_record(actor=staff.s12_caseworker, case=case, kind="guidance", occurred_on=dt.date(2026, 3, 5),
                                 reached=True, unwilling_statement=True, note="本人表示不再找工作",
                                 now=at(dt.date(2026, 3, 5)))
    return case, follow_up


def test_termination_is_verified_by_the_case_worker_and_approved_by_another_head(city, staff):
    """BJ-29-1: after a follow-up with the explicit statement the case worker verifies; the street head approves;
    the assistance ends and services stop.  The verifier cannot approve (BJ-29-2)."""
    case, follow_up = _terminate_setup(staff, city, 1003)
    head = head_of(city.s12, "s12-head")
    day = dt.date(2026, 3, 6)
    row = termination_request(actor=staff.s12_caseworker, case=case, follow_up=follow_up, statement="本人明确表示不再找工作",
                              verification_note="电话及上门核实", now=at(day))
    with pytest.raises(DomainError) as exc:
        termination_decide(actor=staff.s12_caseworker, termination=row, approve=True, reported_to="甲区就失业登记管理部门",
                           now=at(day, 15))
    assert exc.value.code == "forbidden"
    termination_decide(actor=head, termination=row, approve=True, reported_to="甲区就失业登记管理部门", now=at(day, 15))
    case.refresh_from_db()
    case.job_seeker.refresh_from_db()
    assert (case.status, case.agreements.get().termination_reason) == ("terminated_unwilling", "unwilling")
    assert case.job_seeker.status == "services_stopped"
    assert not Duty.objects.filter(status="open", subject_id=str(case.pk), subject_type="assistance.assistancecase")


def test_the_termination_record_links_statement_verification_approval_and_report(city, staff):
    """BJ-29-3; a request without a follow-up carrying the statement is refused."""
    case, follow_up = _terminate_setup(staff, city, 1004)
    other = follow_up_record(actor=staff.s12_caseworker, case=case, kind="guidance", occurred_on=dt.date(2026, 3, 5),
                             reached=True, now=at(dt.date(2026, 3, 5), 11))
    with pytest.raises(DomainError):
        termination_request(actor=staff.s12_caseworker, case=case, follow_up=other, statement="x", verification_note="y",
                            now=at(dt.date(2026, 3, 6)))
    row = termination_request(actor=staff.s12_caseworker, case=case, follow_up=follow_up, statement="明确拒绝服务",
                              verification_note="上门核实", now=at(dt.date(2026, 3, 6)))
    head = head_of(city.s12, "s12-head")
    termination_decide(actor=head, termination=row, approve=True, reported_to="甲区就失业登记管理部门",
                       now=at(dt.date(2026, 3, 9)))
    row = Termination.objects.get()
    assert (row.follow_up, row.verified_by, row.decided_by, row.decided_on, row.reported_to, row.reported_on) == (
        follow_up, staff.s12_caseworker, head, dt.date(2026, 3, 9), "甲区就失业登记管理部门", dt.date(2026, 3, 9))


def _eligible(staff, city, seed, signed_on=dt.date(2025, 9, 1)):
    case = in_service(staff, city, seed, signed_on)
    failed_recommendations(staff, city, case, [dt.date(2026, 2, 24) + dt.timedelta(days=i) for i in range(5)])
    return case


def _refer(staff, case, day):
    return welfare_refer(actor=staff.s12_caseworker, case=case, organisation="甲区社会公益性就业组织",
                         obligations_attested=True, obligations_evidence="台账：按期参加培训和面试",
                         placement_criteria_met=True, criteria_document="甲人社公益〔2026〕1号", referred_on=day,
                         now=at(day))


def test_a_referral_records_organisation_date_staff_and_evidence_of_each_condition(city, staff):
    """BJ-30-3."""
    case = _eligible(staff, city, 1005)
    referral = _refer(staff, case, DAY)
    assert (referral.organisation, referral.referred_on, referral.staff) == ("甲区社会公益性就业组织", DAY,
                                                                             staff.s12_caseworker)
    assert set(referral.evidence) == {"a_agreement", "b_episode_started_on", "c_obligations", "d_job_ready",
                                      "e_failed_non_attributable", "f_placement_criteria"}
    assert referral.evidence["e_failed_non_attributable"] == 5


def test_placement_ends_the_agreement_but_keeps_the_case_worker_and_the_ledger(city, staff):
    """BJ-30-4 (the agreement terminates on the placement date), BJ-30-5 (the case worker keeps guiding, the ledger
    stays active), BJ-30-7 (the review task opens 30 days before the placement ends)."""
    case = _eligible(staff, city, 1006)
    referral = _refer(staff, case, DAY)
    welfare_place(actor=staff.s12_caseworker, referral=referral, post="社区保洁", placed_on=dt.date(2026, 3, 9),
                  placement_ends_on=dt.date(2026, 9, 8), now=at(dt.date(2026, 3, 9)))
    case.refresh_from_db()
    agreement = case.agreements.get()
    assert (agreement.terminated_on, agreement.termination_reason, case.status) == (
        dt.date(2026, 3, 9), "welfare_placement", "welfare_placed")
    assert case.assignments.get().ended_on is None
    guidance_service_record(actor=staff.s12_caseworker, case=case, occurred_on=dt.date(2026, 4, 1),
                            summary="引导参加职业培训", now=at(dt.date(2026, 4, 1)))
    assert not Duty.objects.filter(kind=duty_kinds.GUIDANCE_FOLLOW_UP, status="open").exists()
    review = Duty.objects.get(kind=duty_kinds.PLACEMENT_END_REVIEW)
    assert (review.earliest, review.due_date) == (dt.date(2026, 8, 9), dt.date(2026, 9, 8))


def test_the_placement_record_holds_organisation_post_dates_and_outcome(city, staff):
    """BJ-30-6: market employment during the placement closes the case as employed."""
    case = _eligible(staff, city, 1007)
    referral = _refer(staff, case, DAY)
    welfare_place(actor=staff.s12_caseworker, referral=referral, post="社区保洁", placed_on=dt.date(2026, 3, 9),
                  placement_ends_on=dt.date(2026, 9, 8), now=at(dt.date(2026, 3, 9)))
    welfare_placement_end(actor=staff.s12_caseworker, referral=referral, outcome="market_employment",
                          ended_on=dt.date(2026, 6, 1), now=at(dt.date(2026, 6, 1)))
    referral.refresh_from_db()
    case.refresh_from_db()
    assert (referral.organisation, referral.post, referral.placed_on, referral.placement_ends_on, referral.outcome) == (
        "甲区社会公益性就业组织", "社区保洁", dt.date(2026, 3, 9), dt.date(2026, 9, 8), "market_employment")
    assert case.status == "closed_employed"


def test_after_an_unsuccessful_placement_assistance_resumes_as_a_new_episode(city, staff):
    """BJ-30-7, open question 31: the placement expired without market employment, the person still qualifies: a
    new case with its own agreement-signing duty; the old case ends; the counters start again."""
    case = _eligible(staff, city, 1008)
    referral = _refer(staff, case, DAY)
    welfare_place(actor=staff.s12_caseworker, referral=referral, post="社区保洁", placed_on=dt.date(2026, 3, 9),
                  placement_ends_on=dt.date(2026, 9, 8), now=at(dt.date(2026, 3, 9)))
    end = dt.date(2026, 9, 8)
    welfare_placement_end(actor=staff.s12_caseworker, referral=referral, outcome="expired", ended_on=end, resume=True,
                          now=at(end))
    case.refresh_from_db()
    new = open_case_of(job_seeker=case.job_seeker)
    assert (case.status, new.predecessor, new.status, new.episode_started_on) == ("placement_ended", case, "routed", None)
    assert Duty.objects.get(kind=duty_kinds.PLACEMENT_END_REVIEW).status == "done"
    assert Duty.objects.filter(kind=duty_kinds.AGREEMENT_SIGN, subject_id=str(new.pk), status="open").exists()
    agreement_sign(actor=staff.s12_caseworker, case=new, case_worker=staff.s12_caseworker, location_basis="hukou",
                   address="甲区二街道某路1号", rights_obligations="按协议", termination_circumstances="实现稳定就业",
                   now=at(dt.date(2026, 9, 10)))
    new.refresh_from_db()
    assert new.episode_started_on == dt.date(2026, 9, 10)


def test_the_person_is_archived_out_of_matching_when_the_case_closes_employed(city, staff):
    """BJ-31-1: archived after the 6-month stability follow-up (employment), and after a stop or termination; the
    e-archive and the ledger stay."""
    case = in_service(staff, city, 1009, DAY)
    start = dt.date(2026, 3, 9)
    job_start_record(actor=staff.s12_caseworker, case=case, employer_name="某仓储公司", started_on=start, now=at(start))
    assert open_case_of(job_seeker=case.job_seeker).status == "employed"
    six = dt.date(2026, 9, 9)
    follow_up_record(actor=staff.s12_caseworker, case=case, kind="stability", stability_months=6, occurred_on=six,
                     reached=True, now=at(six))
    case.refresh_from_db()
    case.job_seeker.refresh_from_db()
    assert (case.status, case.job_seeker.status) == ("closed_employed", "archived")
    assert case.job_seeker.status not in MATCHABLE_STATUSES


def _full_case(staff, city):
    case = in_service(staff, city, 1010, DAY)
    team_member_add(actor=staff.s12_caseworker, case=case, member=staff.d1_counsellor, role="info_analyst", on=DAY,
                    now=at(DAY, 17))
    guidance_service_record(actor=staff.s12_caseworker, case=case, occurred_on=dt.date(2026, 3, 3), summary="简历指导",
                            now=at(dt.date(2026, 3, 3)))
    follow_up_record(actor=staff.s12_caseworker, case=case, kind="guidance", occurred_on=dt.date(2026, 3, 4),
                     reached=True, now=at(dt.date(2026, 3, 4)))
    failed_recommendations(staff, city, case, [dt.date(2026, 3, 5), dt.date(2026, 3, 6), dt.date(2026, 3, 9)])
    consultation_request(actor=staff.s12_caseworker, case=case, issues="三次推荐未成功", now=at(dt.date(2026, 3, 10)))
    job_start_record(actor=staff.s12_caseworker, case=case, employer_name="某仓储公司", started_on=dt.date(2026, 3, 16),
                     now=at(dt.date(2026, 3, 16)))
    return case


def _by_section(case):
    rows = case_ledger_rows(case=case)
    return {code: [r for r in rows if r.section == code] for code in {r.section for r in rows}}


def test_every_assistance_service_is_entered_in_the_personal_ledger(city, staff):
    """BJ-32-1: the difficult person's ledger holds the BJ-17-2 sections and the four of BJ-32; every assistance
    service of the case is an entry of the person's ledger; the export writes one row each."""
    case = _full_case(staff, city)
    assert [s.code for s in sections(LEDGER)][:6] == [s.code for s in sections("personal")]
    rows = case_ledger_rows(case=case)
    services = {r.service_type for r in rows}
    assert {"registration", "assistance_agreement", "assistance_plan", "assistance_general_guidance",
            "assistance_follow_up_guidance", "recommendation", "expert_consultation_request",
            "assistance_job_start"} <= services
    assert len(list(ledger_rows(ledger=LEDGER, entries=rows))) == len(rows)


def test_the_ledger_holds_the_needs_archive_and_its_changes(city, staff):
    """BJ-32-2: the archive versions (assessment, transfer …) are the section's rows, oldest first."""
    case = _full_case(staff, city)
    rows = _by_section(case)["needs_archive"]
    assert [r.summary.split("：")[0] for r in rows] == ["第1版"]


def test_the_ledger_holds_the_agreement_and_its_performance(city, staff):
    """BJ-32-3: the agreement with its location, termination circumstances and status."""
    case = _full_case(staff, city)
    (row,) = _by_section(case)["agreement"]
    assert "甲区二街道某路1号" in row.summary and "实现稳定就业" in row.summary and row.outcome == "履行中"


def test_the_ledger_holds_the_case_worker_and_team_with_their_history(city, staff):
    """BJ-32-4."""
    case = _full_case(staff, city)
    summaries = [r.summary for r in _by_section(case)["team"]]
    assert any("援助专员：二街道援助专员" in s for s in summaries)
    assert any("职业信息分析人员：甲区指导员" in s for s in summaries)


def test_the_ledger_holds_every_specialized_service(city, staff):
    """BJ-32-5: guidance, plan, recommendations, employment, follow-ups, expert consultation."""
    case = _full_case(staff, city)
    types = {r.service_type for r in _by_section(case)["specialized"]}
    assert {"assistance_general_guidance", "assistance_plan", "recommendation", "assistance_job_start",
            "assistance_follow_up_guidance", "expert_consultation_request"} <= types


def test_a_designated_group_is_served_under_chapter_3_inside_its_scope(city, staff):
    """BJ-33-1: a district designates a group with dates; its registered people may get a case (optional, "可参照");
    the group does not apply in another district, and a street may not designate."""
    with pytest.raises(DomainError):
        key_group_create(actor=staff.s12_caseworker, name="x", description="y", effective_from=DAY)
    group = key_group_create(actor=staff.d1_head, name="城市更新拆迁安置人员", description="本区拆迁安置人员",
                             effective_from=DAY, effective_to=dt.date(2026, 12, 31))
    person = routed(staff, city, 1011, DAY)  # already has a case through routing: refused as a duplicate
    with pytest.raises(DomainError):
        key_group_case_open(actor=staff.s12_caseworker, job_seeker=person, group=group, now=at(DAY))
    seeker = register_job_seeker(staff.s12_caseworker, city.s12, id_number=person_id(1012), collected_on=DAY, now=at(DAY))
    case = key_group_case_open(actor=staff.s12_caseworker, job_seeker=seeker, group=group, now=at(DAY, 11))
    assert (case.key_group, case.status) == (group, "routed")
    outsider = register_job_seeker(staff.city_admin, city.s21, id_number=person_id(1013), collected_on=DAY,
                                   now=at(DAY))
    with pytest.raises(DomainError) as exc:
        key_group_case_open(actor=staff.s12_caseworker, job_seeker=outsider, group=group, now=at(DAY, 12))
    assert "group" in exc.value.field_errors and AssistanceCase.objects.filter(job_seeker=outsider).count() == 0


def test_the_six_month_no_contact_stop_terminates_the_agreement_of_a_case(city, staff):
    """BJ-13-5 (proposal for a person with an active agreement), BJ-23-7 (exit stopped_no_contact): the reason is
    no_contact_6m and the case's duties end."""
    case = in_service(staff, city, 1014, DAY)
    guidance_service_record(actor=staff.s12_caseworker, case=case, occurred_on=DAY, summary="指导", now=at(DAY, 17))
    later = dt.date(2026, 9, 14)
    no_contact_report(actor=staff.s12_caseworker, job_seeker=case.job_seeker, recipient="甲区就失业登记管理部门",
                      reported_on=later, now=at(later))
    case.refresh_from_db()
    assert (case.status, case.agreements.get().termination_reason) == ("stopped_no_contact", "no_contact_6m")
    assert not Duty.objects.filter(kind=duty_kinds.GUIDANCE_FOLLOW_UP, status="open").exists()
