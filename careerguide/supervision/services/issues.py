"""Issues, notices and rectification (BJ-56-5, BJ-58-3 to BJ-58-6).

The upper level (an actor whose unit strictly contains the issue's agency) finds, notifies, verifies, holds the
warning interview and refers; the lower-level agency itself reports its rectification.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.roles import Role
from careerguide.accounts.selectors import staff_list
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import (
    audit,
    now_or,
    policy_number,
    refuse,
    refuse_forbidden,
    require_in_jurisdiction,
    require_text,
    today,
)
from careerguide.duties.services import duties_fulfil_for_subject, transition
from careerguide.notifications.services import notify

from ..choices import NoticeKind
from ..error_codes import SupervisionErrorCode
from ..links import notice_link
from ..models import NoticeItem, SpotCheck, SupervisionIssue, SupervisionNotice
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
from .upper_level import require_upper_level


def _require_upper_level(actor, unit) -> None:
    require_upper_level(actor=actor, unit=unit)


def _lock(issue) -> SupervisionIssue:
    return SupervisionIssue.objects.select_for_update().select_related("unit").get(pk=issue.pk)


@transaction.atomic
def issue_record(*, actor, unit, title: str, description: str = "", spot_check: SpotCheck | None = None,
                 record_ref: str = "", now=None) -> SupervisionIssue:
    """Record a problem found in supervision for a lower-level agency (BJ-56-5)."""
    _require_upper_level(actor, unit)
    title = require_text(title, field="title", label=_("问题"))
    if spot_check is not None and spot_check.unit_id != unit.pk:
        refuse(_("问题所属机构与抽查对象不一致。"), code=SupervisionErrorCode.WRONG_UNIT, clause="BJ-56-5")
    issue = SupervisionIssue.objects.create(upper_unit=actor.unit, unit=unit, title=title, description=description,
                                            spot_check=spot_check, record_ref=record_ref, found_on=today(now))
    audit(actor=actor, obj=issue, action="create", unit=unit, clause="BJ-56-5",
          after={"title": issue.title, "status": issue.status}, now=now)
    return issue


def _notice_check(*, unit, issues, kind: str, month: dt.date | None) -> None:
    """A monthly notice names its month; an ad-hoc one names problems of the notified agency that may be notified."""
    if kind == NoticeKind.MONTHLY and month is None:
        refuse(_("月度通报须注明月份。"), code=CommonErrorCode.REQUIRED, clause="BJ-56-4")
    if kind == NoticeKind.AD_HOC and not issues:
        refuse(_("通报须列明发现的问题。"), code=SupervisionErrorCode.NO_ISSUES, clause="BJ-56-5")
    for issue in issues:
        if issue.unit_id != unit.pk:
            refuse(_("问题“%(t)s”不属于被通报机构。") % {"t": issue.title}, code=SupervisionErrorCode.WRONG_UNIT,
                   clause="BJ-58-3")
        if issue.status not in NEXT_NOTICE_STATUS:
            refuse(_("问题“%(t)s”当前状态不能再通报。") % {"t": issue.title}, code=CommonErrorCode.INVALID_TRANSITION,
                   clause="BJ-58-6")


def _notice_count(*, actor, notice, issues, now) -> None:
    """Each issue the notice names counts one more notice and moves on (BJ-58-6)."""
    for issue in issues:
        issue.notice_count += 1
        issue.save(update_fields=["notice_count", "updated_at"])
        NoticeItem.objects.create(notice=notice, issue=issue, sequence=issue.notice_count)
        transition(obj=issue, to=NEXT_NOTICE_STATUS[issue.status], actor=actor, table=ISSUE_TRANSITIONS, unit=notice.unit,
                   clause="BJ-58-6", reason=_("第%(n)s次通报") % {"n": issue.notice_count}, now=now)


def _notice_send(*, actor, notice, issues, now) -> None:
    """The heads of the notified agency are told (BJ-58-3)."""
    body = _("%(issuer)s通报了%(n)s个问题，请及时整改。") % {"issuer": actor.unit.name, "n": len(issues)}
    for head in staff_list(actor=actor, roles=[Role.UNIT_HEAD], unit=notice.unit):
        notify(recipient=head, subject=_("收到上级督导通报"), body=body, link=notice_link(notice),
               dedup_key=f"supervision-notice-{notice.pk}-{head.pk}", now=now)


@transaction.atomic
def notice_issue(*, actor, unit, issues, kind: str = NoticeKind.AD_HOC, month: dt.date | None = None, body: str = "",
                 now=None) -> SupervisionNotice:
    """Notify a lower-level agency of its problems (BJ-58-3); each issue counts one more notice (BJ-58-6).

    A monthly notice fulfils the monthly-notice duties of that month's spot checks of the agency (BJ-56-4)."""
    now = now_or(now)
    issued_on = today(now)
    _require_upper_level(actor, unit)
    issues = [_lock(i) for i in issues]
    _notice_check(unit=unit, issues=issues, kind=kind, month=month)
    month = month.replace(day=1) if month else None
    notice = SupervisionNotice.objects.create(issuer_unit=actor.unit, unit=unit, kind=kind, month=month,
                                              issued_on=issued_on, body=body, issued_by=actor)
    audit(actor=actor, obj=notice, action="create", unit=unit, clause="BJ-58-3",
          after={"kind": kind, "issued_on": issued_on, "issues": [i.pk for i in issues]}, now=now)
    _notice_count(actor=actor, notice=notice, issues=issues, now=now)
    if kind == NoticeKind.MONTHLY:
        for check in SpotCheck.objects.filter(unit=unit, month=month):
            duties_fulfil_for_subject(actor=actor, subject=check, kind=MONTHLY_NOTICE_KIND, on=issued_on, now=now)
    _notice_send(actor=actor, notice=notice, issues=issues, now=now)
    return notice


@transaction.atomic
def issue_rectification_report(*, actor, issue: SupervisionIssue, report: str, now=None) -> SupervisionIssue:
    """The lower-level agency reports its rectification (BJ-56-5 rectification_reported)."""
    issue = _lock(issue)
    require_in_jurisdiction(actor=actor, unit=issue.unit)
    if actor.unit_id != issue.unit_id:
        refuse_forbidden(message=_("整改情况由被通报机构报告。"), clause="BJ-56-5")
    if issue.status not in ACTIVE_ISSUE_STATUSES:
        refuse(_("该问题已整改或已关闭。"), code=SupervisionErrorCode.NOT_ACTIVE, clause="BJ-58-6")
    issue.rectification_report = require_text(report, field="report", label=_("整改情况"), clause="BJ-56-5")
    issue.save(update_fields=["rectification_report", "updated_at"])
    transition(obj=issue, to=RectificationStatus.REPORTED, actor=actor, table=RECTIFICATION_TRANSITIONS, unit=issue.unit,
               clause="BJ-56-5", field="rectification_status", milestone_field="rectification_reported_at", now=now)
    return issue


@transaction.atomic
def issue_verify(*, actor, issue: SupervisionIssue, effective: bool, reason: str = "", now=None) -> SupervisionIssue:
    """The upper level verifies the reported rectification: effective → rectified (BJ-58-6); else not_effective."""
    issue = _lock(issue)
    _require_upper_level(actor, issue.unit)
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
    _require_upper_level(actor, issue.unit)
    min_notices = policy_number("bj.warning_interview_min_notices", unit=issue.unit, on=held_on)
    decision = warning_interview_allowed(notice_count=issue.notice_count, min_notices=min_notices,
                                         rectified=issue.status not in ACTIVE_ISSUE_STATUSES)
    if not decision.allowed:
        refuse(_("经%(n)s次（含）以上通报仍未有效整改的，方可警示约谈；目前已通报%(c)s次。") % {
            "n": min_notices, "c": issue.notice_count}, code=decision.reason, clause=decision.clause)
    principal = require_text(principal, field="principal", label=_("约谈的主要负责人"), clause="BJ-58-4")
    issue.interview_on, issue.interview_principal, issue.interview_notes = held_on, principal, notes
    issue.save(update_fields=["interview_on", "interview_principal", "interview_notes", "updated_at"])
    transition(obj=issue, to=IssueStatus.WARNING_INTERVIEW, actor=actor, table=ISSUE_TRANSITIONS, unit=issue.unit,
               clause="BJ-58-4", now=now)
    return issue


@transaction.atomic
def issue_refer(*, actor, issue: SupervisionIssue, referred_on: dt.date, recipient: str, materials: str,
                now=None) -> SupervisionIssue:
    """Refer for accountability after an ineffective interview, recording date, recipient and materials (BJ-58-5)."""
    issue = _lock(issue)
    _require_upper_level(actor, issue.unit)
    if not recipient.strip() or not materials.strip():
        refuse(_("请填写移送部门和移送材料。"), code=CommonErrorCode.REQUIRED, clause="BJ-58-5")
    issue.referral_on, issue.referral_recipient, issue.referral_materials = referred_on, recipient.strip(), materials
    issue.save(update_fields=["referral_on", "referral_recipient", "referral_materials", "updated_at"])
    transition(obj=issue, to=IssueStatus.REFERRED, actor=actor, table=ISSUE_TRANSITIONS, unit=issue.unit, clause="BJ-58-5",
               now=now)
    return issue


@transaction.atomic
def issue_close(*, actor, issue: SupervisionIssue, now=None) -> SupervisionIssue:
    issue = _lock(issue)
    _require_upper_level(actor, issue.unit)
    transition(obj=issue, to=IssueStatus.CLOSED, actor=actor, table=ISSUE_TRANSITIONS, unit=issue.unit, clause="BJ-58-6",
               milestone_field="closed_at", now=now)
    return issue
