"""Supervision and quality evaluation: audits, findings, corrective and preventive actions, experience summaries,
self and third-party evaluations (CQ-9.1.2-1, CQ-9.1.2-2, CQ-9.1.3-1, CQ-9.2.1-2, CQ-9.2.1-3, CQ-9.2.2-1)."""
import datetime as dt

import pytest

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.guidance.cq.models import Finding
from careerguide.guidance.cq.services.cases import case_register, case_start_collection
from careerguide.guidance.cq.services.quality import (
    action_add,
    action_complete,
    action_verify,
    audit_open,
    audit_sample_case,
    evaluation_open,
    evaluation_self_assess,
    evaluation_self_inspect,
    evaluation_third_party_record,
    finding_close,
    finding_record,
    finding_respond,
    quality_duties_ensure,
    summary_record,
)
from careerguide.guidance.cq.tests.helpers import qualify_management_staff
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at
from careerguide.policy.services import policy_override_create

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)


def served_case(staff, city, counsellor, name):
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name=name)
    case = case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="求职",
                         preferred_channel="offline", counsellor=counsellor, now=at(DAY))
    case_start_collection(actor=counsellor, case=case, now=at(DAY))
    return case


def test_an_auditor_cannot_audit_a_case_they_served(city, staff):
    """CQ-9.1.2-1: an audit holds plan, period, scope, auditor and sampled cases; a case the auditor counselled, or
    in which they signed a record, is refused; another is sampled."""
    audit = audit_open(actor=staff.d1_head, unit=city.d1, plan="季度抽查", period_start=dt.date(2024, 4, 1),
                       period_end=dt.date(2024, 6, 30), scope="劳动者个案", auditor=staff.s11_counsellor, now=at(DAY))
    own = served_case(staff, city, staff.s11_counsellor, "公孙义")
    other = served_case(staff, city, staff.d1_counsellor, "慕容雪")
    with pytest.raises(DomainError) as exc:
        audit_sample_case(actor=staff.d1_head, audit=audit, case=own, now=at(DAY))
    assert exc.value.code == "auditor_served_case"
    audit_sample_case(actor=staff.d1_head, audit=audit, case=other, now=at(DAY))
    assert list(audit.sampled_cases.all()) == [other]
    audit2 = audit_open(actor=staff.d1_head, unit=city.d1, plan="专项", period_start=DAY, period_end=DAY, scope="个案",
                        auditor=staff.d1_counsellor, now=at(DAY))
    with pytest.raises(DomainError):
        audit_sample_case(actor=staff.d1_head, audit=audit2, case=other, now=at(DAY))
    assert (audit.plan, audit.scope, audit.auditor) == ("季度抽查", "劳动者个案", staff.s11_counsellor)


def test_findings_come_from_administrative_and_social_supervision(city, staff):
    """CQ-9.1.2-2: source, received date, handler, response and closure; a complaint is closed only once answered."""
    notice = finding_record(actor=staff.d1_head, unit=city.d1, source="administrative_supervision",
                            description="转介表填写不完整", received_on=DAY, handler=staff.d1_head,
                            complainant="市人力社保局", now=at(DAY))
    complaint = finding_record(actor=staff.d1_head, unit=city.d1, source="social_supervision",
                               description="指导人员态度不耐烦", received_on=DAY, handler=staff.d1_counsellor,
                               complainant="求职者张某", now=at(DAY))
    assert (notice.source, notice.received_on, notice.handler) == ("administrative_supervision", DAY, staff.d1_head)
    action = action_add(actor=staff.d1_head, finding=complaint, kind="corrective", description="约谈并培训",
                        owner=staff.d1_counsellor, due_on=dt.date(2024, 6, 10), now=at(DAY))
    action_complete(actor=staff.d1_counsellor, action=action, note="已参加服务礼仪培训", now=at(DAY))
    action_verify(actor=staff.d1_head, action=action, note="回访满意", now=at(DAY))
    with pytest.raises(DomainError) as exc:
        finding_close(actor=staff.d1_head, finding=complaint, now=at(DAY))
    assert exc.value.code == "response_missing"
    finding_respond(actor=staff.d1_counsellor, finding=complaint, response="已致歉并整改", now=at(DAY))
    assert finding_close(actor=staff.d1_head, finding=complaint, now=at(dt.date(2024, 6, 5))).closed_on == dt.date(2024, 6, 5)
    with pytest.raises(DomainError):
        finding_record(actor=staff.d1_head, unit=city.d1, source="internal_audit", description="x", received_on=DAY,
                       handler=staff.d1_head, now=at(DAY))  # an internal finding names its audit


def test_actions_are_owed_by_their_owner_and_a_finding_closes_when_all_are_verified(city, staff):
    """CQ-9.1.3-1: each action has owner and due date as a duty — done on the due date is on time, the day after is
    late; the owner cannot verify their own action; the finding closes only with every action verified."""
    finding = finding_record(actor=staff.d1_head, unit=city.d1, source="administrative_supervision",
                             description="归档不及时", received_on=DAY, handler=staff.d1_head, now=at(DAY))
    with pytest.raises(DomainError) as exc:
        finding_close(actor=staff.d1_head, finding=finding, now=at(DAY))
    assert exc.value.code == "actions_not_verified"  # no action yet
    due = dt.date(2024, 6, 14)
    fix = action_add(actor=staff.d1_head, finding=finding, kind="corrective", description="补齐归档",
                     owner=staff.d1_counsellor, due_on=due, now=at(DAY))
    prevent = action_add(actor=staff.d1_head, finding=finding, kind="preventive", description="每周核查归档清单",
                         owner=staff.d1_counsellor, due_on=due, now=at(DAY))
    duties = {d.subject_id: d for d in Duty.objects.filter(kind="cq_corrective_action")}
    assert {(d.assignee, d.due_date) for d in duties.values()} == {(staff.d1_counsellor, due)}
    with pytest.raises(DomainError):  # verified before it is done
        action_verify(actor=staff.d1_head, action=fix, note="x", now=at(DAY))
    action_complete(actor=staff.d1_counsellor, action=fix, note="已补齐", now=at(due))
    action_complete(actor=staff.d1_counsellor, action=prevent, note="已建立", now=at(due + dt.timedelta(days=1)))
    assert (Duty.objects.get(pk=duties[str(fix.pk)].pk).status,
            Duty.objects.get(pk=duties[str(prevent.pk)].pk).status) == ("done", "late_done")
    with pytest.raises(DomainError):
        action_verify(actor=staff.d1_counsellor, action=fix, note="自己验证", now=at(due))
    action_verify(actor=staff.d1_head, action=fix, note="抽查合格", now=at(due))
    with pytest.raises(DomainError):
        finding_close(actor=staff.d1_head, finding=finding, now=at(due))
    action_verify(actor=staff.d1_head, action=prevent, note="抽查合格", now=at(due))
    assert finding_close(actor=staff.d1_head, finding=finding, now=at(due)).closed_on == due


def test_an_experience_summary_is_owed_each_quarter(city, staff):
    """CQ-9.2.1-2: the agency owes the summary of each calendar quarter by its last day; recorded that day it is on
    time and the next quarter's is owed; each improvement measure becomes a finding for actions; a six-month
    policy gives half-year periods."""
    quality_duties_ensure(actor=staff.d1_head, unit=city.d2, now=at(DAY))
    duty = Duty.objects.get(kind="cq_experience_summary", subject_id=str(city.d2.pk))
    assert duty.due_date == dt.date(2024, 6, 30)
    with pytest.raises(DomainError):  # not a period start
        summary_record(actor=staff.city_admin, unit=city.d2, period_start=dt.date(2024, 4, 2), summary="s",
                       measures=["m"], now=at(dt.date(2024, 6, 30)))
    summary = summary_record(actor=staff.city_admin, unit=city.d2, period_start=dt.date(2024, 4, 1),
                             summary="个案转介及时率提升", measures=["转介表模板化", "每月抽查过程记录"],
                             now=at(dt.date(2024, 6, 30)))
    duty.refresh_from_db()
    assert duty.status == "done" and summary.period_end == dt.date(2024, 6, 30)
    assert Duty.objects.get(kind="cq_experience_summary", status="open", subject_id=str(city.d2.pk)).due_date == \
        dt.date(2024, 9, 30)
    assert sorted(Finding.objects.filter(summary=summary).values_list("description", flat=True)) == [
        "每月抽查过程记录", "转介表模板化"]
    policy_override_create(actor=staff.city_admin, key="cq.experience_summary_interval_months", unit=city.d2, value=6,
                           effective_from=dt.date(2024, 7, 1), reason="半年总结", now=at(DAY))
    late = summary_record(actor=staff.city_admin, unit=city.d2, period_start=dt.date(2024, 7, 1), summary="下半年",
                          measures=["m"], now=at(dt.date(2024, 10, 1)))
    assert late.period_end == dt.date(2024, 12, 31)
    assert Duty.objects.get(kind="cq_experience_summary", subject_id=str(city.d2.pk),
                            due_date=dt.date(2024, 9, 30)).status == "late_done"


def test_evaluations_are_self_third_party_or_another_named_type(city, staff):
    """CQ-9.2.1-3: each evaluation carries its type; the list is extensible (another type with its name)."""
    self_eval = evaluation_open(actor=staff.d1_head, unit=city.d1, evaluation_type="self_evaluation",
                                period_start=dt.date(2024, 3, 5), now=at(DAY))
    third = evaluation_third_party_record(actor=staff.d1_head, unit=city.d1, evaluator="重庆某评估咨询有限公司",
                                          period_start=dt.date(2023, 1, 1), period_end=dt.date(2023, 12, 31),
                                          scope="全部指导服务", method="问卷与访谈", results="满意度92%",
                                          report_ref="评估报告2024-01", now=at(DAY))
    with pytest.raises(DomainError):
        evaluation_open(actor=staff.d1_head, unit=city.d1, evaluation_type="other", period_start=DAY, now=at(DAY))
    other = evaluation_open(actor=staff.d1_head, unit=city.d1, evaluation_type="other", type_label="上级部门考核",
                            period_start=DAY, now=at(DAY))
    assert [e.evaluation_type for e in (self_eval, third, other)] == ["self_evaluation", "third_party_evaluation",
                                                                      "other"]
    assert (self_eval.period_start, self_eval.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert third.completed_on == DAY and other.type_label == "上级部门考核"


def test_a_self_evaluation_cycle_needs_both_parts(city, staff):
    """CQ-9.2.2-1: management staff's self-assessment and the self-inspection the agency head convenes and signs
    off; with one part the cycle is open, with both it is complete and the year's duty is met."""
    head = make_user("d2-head", city.d2, [Role.UNIT_HEAD], full_name="开发区负责人")
    qualify_management_staff(head, by=staff.city_admin)
    quality_duties_ensure(actor=head, unit=city.d2, now=at(DAY))
    duty = Duty.objects.get(kind="cq_self_evaluation", subject_id=str(city.d2.pk))
    assert duty.due_date == dt.date(2024, 12, 31)
    evaluation = evaluation_open(actor=head, unit=city.d2, evaluation_type="self_evaluation", period_start=DAY,
                                 now=at(DAY))
    with pytest.raises(DomainError):  # the counsellor is not management staff
        evaluation_self_assess(actor=staff.d2_counsellor, evaluation=evaluation, text="x", now=at(DAY))
    evaluation_self_assess(actor=head, evaluation=evaluation, text="过程记录完整率98%", now=at(DAY))
    assert evaluation.completed_on is None
    with pytest.raises(DomainError):  # only the agency head convenes and signs off
        evaluation_self_inspect(actor=staff.city_admin, evaluation=evaluation, participants="a", findings="b",
                                appraisal="c", now=at(DAY))
    evaluation_self_inspect(actor=head, evaluation=evaluation, participants="全体职业指导人员",
                            findings="档案归档及时", appraisal="良好", now=at(dt.date(2024, 12, 20)))
    duty.refresh_from_db()
    assert evaluation.completed_on == dt.date(2024, 12, 20) and duty.status == "done"
    assert Duty.objects.get(kind="cq_self_evaluation", status="open", subject_id=str(city.d2.pk)).due_date == \
        dt.date(2025, 12, 31)
