"""Issues, notices and rectification (BJ-56-5, BJ-58-3 to BJ-58-6).

The upper level (an actor whose unit strictly contains the issue's agency) finds, notifies, verifies, holds the
warning interview and refers; the lower-level agency itself reports its rectification.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.models import User
from careerguide.accounts.roles import Role
from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError, NotFound
from careerguide.duties.services import duties_fulfil_for_subject, transition
from careerguide.notifications.services import notify
from careerguide.organisations.scoping import unit_in_jurisdiction
from careerguide.policy.selectors import policy_value

from ..models import NoticeItem, NoticeKind, SpotCheck, SupervisionIssue, SupervisionNotice
from ..rules import warning_interview_allowed
from ..states import (
    ACTIVE_ISSUE_STATUSES,
    ISSUE_TRANSITIONS,
    NEXT_NOTICE_STATUS,
    RECTIFICATION_TRANSITIONS,
    IssueStatus,
    RectificationStatus,
)
from .spot_checks import MONTHLY_NOTICE_KIND


def _check_upper(actor, unit) -> None:
    """The actor's unit must strictly contain `unit` (BJ-56-1: the upper level acts on its subtree)."""
    if not unit_in_jurisdiction(actor, unit):
        raise NotFound()
    if actor.unit_id == unit.pk:
        raise DomainError(_("只能由上一级机构办理。"), clause="BJ-56-1", code="not_upper_level")


def _lock(issue) -> SupervisionIssue:
    return SupervisionIssue.objects.select_for_update().select_related("unit").get(pk=issue.pk)


@transaction.atomic
def issue_record(*, actor, unit, title: str, description: str = "", spot_check: SpotCheck | None = None,
                 record_ref: str = "", now=None) -> SupervisionIssue:
    """Record a problem found in supervision for a lower-level agency (BJ-56-5)."""
    now = now or timezone.now()
    _check_upper(actor, unit)
    if not title.strip():
        raise DomainError(_("请填写问题。"), code="title_required")
    if spot_check is not None and spot_check.unit_id != unit.pk:
        raise DomainError(_("问题所属机构与抽查对象不一致。"), clause="BJ-56-5", code="wrong_unit")
    issue = SupervisionIssue.objects.create(upper_unit=actor.unit, unit=unit, title=title.strip(), description=description,
                                            spot_check=spot_check, record_ref=record_ref,
                                            found_on=timezone.localdate(now))
    audit_record(actor=actor, obj=issue, action="create", unit=unit, clause="BJ-56-5",
                 after={"title": issue.title, "status": issue.status}, now=now)
    return issue


def _unit_heads(unit):
    return User.objects.filter(unit=unit, is_active=True, role_assignments__role=Role.UNIT_HEAD).distinct()


@transaction.atomic
def notice_issue(*, actor, unit, issues, kind: str = NoticeKind.AD_HOC, month: dt.date | None = None, body: str = "",
                 now=None) -> SupervisionNotice:
    """Notify a lower-level agency of its problems (BJ-58-3); each issue counts one more notice (BJ-58-6).

    A monthly notice fulfils the monthly-notice duties of that month's spot checks of the agency (BJ-56-4)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    _check_upper(actor, unit)
    issues = [_lock(i) for i in issues]
    if kind == NoticeKind.MONTHLY and month is None:
        raise DomainError(_("月度通报须注明月份。"), clause="BJ-56-4", code="month_required")
    if kind == NoticeKind.AD_HOC and not issues:
        raise DomainError(_("通报须列明发现的问题。"), clause="BJ-56-5", code="no_issues")
    for issue in issues:
        if issue.unit_id != unit.pk:
            raise DomainError(_("问题“%(t)s”不属于被通报机构。") % {"t": issue.title}, clause="BJ-58-3", code="wrong_unit")
        if issue.status not in NEXT_NOTICE_STATUS:
            raise DomainError(_("问题“%(t)s”当前状态不能再通报。") % {"t": issue.title}, clause="BJ-58-6",
                              code="not_notifiable")
    month = month.replace(day=1) if month else None
    notice = SupervisionNotice.objects.create(issuer_unit=actor.unit, unit=unit, kind=kind, month=month, issued_on=today,
                                              body=body, issued_by=actor)
    audit_record(actor=actor, obj=notice, action="create", unit=unit, clause="BJ-58-3",
                 after={"kind": kind, "issued_on": today, "issues": [i.pk for i in issues]}, now=now)
    for issue in issues:
        issue.notice_count += 1
        issue.save(update_fields=["notice_count", "updated_at"])
        NoticeItem.objects.create(notice=notice, issue=issue, sequence=issue.notice_count)
        transition(obj=issue, to=NEXT_NOTICE_STATUS[issue.status], actor=actor, table=ISSUE_TRANSITIONS, unit=unit,
                   clause="BJ-58-6", reason=_("第%(n)s次通报") % {"n": issue.notice_count}, now=now)
    if kind == NoticeKind.MONTHLY:
        for check in SpotCheck.objects.filter(unit=unit, month=month):
            duties_fulfil_for_subject(actor=actor, subject=check, kind=MONTHLY_NOTICE_KIND, on=today, now=now)
    for head in _unit_heads(unit):
        notify(recipient=head, subject=_("收到上级督导通报"), body=_("%(issuer)s通报了%(n)s个问题，请及时整改。") % {
            "issuer": actor.unit.name, "n": len(issues)}, link=f"/supervision/notices/{notice.pk}/",
               dedup_key=f"supervision-notice-{notice.pk}-{head.pk}", now=now)
    return notice


@transaction.atomic
def issue_rectification_report(*, actor, issue: SupervisionIssue, report: str, now=None) -> SupervisionIssue:
    """The lower-level agency reports its rectification (BJ-56-5 rectification_reported)."""
    now = now or timezone.now()
    issue = _lock(issue)
    if actor.unit_id != issue.unit_id:
        raise NotFound() if not unit_in_jurisdiction(actor, issue.unit) else DomainError(
            _("整改情况由被通报机构报告。"), clause="BJ-56-5", code="not_lower_level")
    if issue.status not in ACTIVE_ISSUE_STATUSES:
        raise DomainError(_("该问题已整改或已关闭。"), clause="BJ-58-6", code="not_active")
    if not report.strip():
        raise DomainError(_("请填写整改情况。"), clause="BJ-56-5", code="report_required")
    issue.rectification_report = report.strip()
    issue.save(update_fields=["rectification_report", "updated_at"])
    transition(obj=issue, to=RectificationStatus.REPORTED, actor=actor, table=RECTIFICATION_TRANSITIONS, unit=issue.unit,
               clause="BJ-56-5", field="rectification_status", milestone_field="rectification_reported_at", now=now)
    return issue


@transaction.atomic
def issue_verify(*, actor, issue: SupervisionIssue, effective: bool, reason: str = "", now=None) -> SupervisionIssue:
    """The upper level verifies the reported rectification: effective → rectified (BJ-58-6); else not_effective."""
    issue = _lock(issue)
    _check_upper(actor, issue.unit)
    to = RectificationStatus.VERIFIED if effective else RectificationStatus.NOT_EFFECTIVE
    transition(obj=issue, to=to, actor=actor, table=RECTIFICATION_TRANSITIONS, unit=issue.unit, clause="BJ-56-5",
               field="rectification_status", reason=reason, now=now)
    if effective:
        transition(obj=issue, to=IssueStatus.RECTIFIED, actor=actor, table=ISSUE_TRANSITIONS, unit=issue.unit,
                   clause="BJ-58-6", milestone_field="rectified_at", reason=reason, now=now)
    return issue


@transaction.atomic
def issue_warning_interview(*, actor, issue: SupervisionIssue, held_on: dt.date, principal: str, notes: str = "",
                            now=None) -> SupervisionIssue:
    """Record a warning interview with the principal; enabled only from the N-th notice (BJ-58-4)."""
    issue = _lock(issue)
    _check_upper(actor, issue.unit)
    min_notices = policy_value("bj.warning_interview_min_notices", unit=issue.unit, on=held_on)
    decision = warning_interview_allowed(notice_count=issue.notice_count, min_notices=min_notices,
                                         rectified=issue.status not in ACTIVE_ISSUE_STATUSES)
    if not decision.allowed:
        raise DomainError(_("经%(n)s次（含）以上通报仍未有效整改的，方可警示约谈；目前已通报%(c)s次。") % {
            "n": min_notices, "c": issue.notice_count}, clause=decision.clause, code=decision.reason)
    if not principal.strip():
        raise DomainError(_("请填写约谈的主要负责人。"), clause="BJ-58-4", code="principal_required")
    issue.interview_on, issue.interview_principal, issue.interview_notes = held_on, principal.strip(), notes
    issue.save(update_fields=["interview_on", "interview_principal", "interview_notes", "updated_at"])
    transition(obj=issue, to=IssueStatus.WARNING_INTERVIEW, actor=actor, table=ISSUE_TRANSITIONS, unit=issue.unit,
               clause="BJ-58-4", now=now)
    return issue


@transaction.atomic
def issue_refer(*, actor, issue: SupervisionIssue, referred_on: dt.date, recipient: str, materials: str,
                now=None) -> SupervisionIssue:
    """Refer for accountability after an ineffective interview, recording date, recipient and materials (BJ-58-5)."""
    issue = _lock(issue)
    _check_upper(actor, issue.unit)
    if not recipient.strip() or not materials.strip():
        raise DomainError(_("请填写移送部门和移送材料。"), clause="BJ-58-5", code="referral_incomplete")
    issue.referral_on, issue.referral_recipient, issue.referral_materials = referred_on, recipient.strip(), materials
    issue.save(update_fields=["referral_on", "referral_recipient", "referral_materials", "updated_at"])
    transition(obj=issue, to=IssueStatus.REFERRED, actor=actor, table=ISSUE_TRANSITIONS, unit=issue.unit, clause="BJ-58-5",
               now=now)
    return issue


@transaction.atomic
def issue_close(*, actor, issue: SupervisionIssue, now=None) -> SupervisionIssue:
    issue = _lock(issue)
    _check_upper(actor, issue.unit)
    transition(obj=issue, to=IssueStatus.CLOSED, actor=actor, table=ISSUE_TRANSITIONS, unit=issue.unit, clause="BJ-58-6",
               milestone_field="closed_at", now=now)
    return issue
