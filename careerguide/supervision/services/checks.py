"""Verification checks of single records (BJ-56-1, BJ-56-2) and the daily notice of posting checks (BJ-56-3).

The upper level checks one record of any of the five record types; a problem found becomes a supervision issue
of the record's agency.  Every working day each city and district agency owes one notice of its posting checks,
covering all of them since its previous notice (open question 23: checks made on a weekend or holiday go into
the next working day's notice, and a day without checks says so).
"""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.roles import Role
from careerguide.accounts.selectors import staff_list
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, now_or, refuse, refuse_forbidden, today
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition
from careerguide.notifications.services import notify
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.selectors import public_units_of_level

from ..choices import CheckResult, RecordType
from ..duty_kinds import POSTING_NOTICE_KIND
from ..error_codes import SupervisionErrorCode
from ..links import checks_page
from ..models import PostingCheckNotice, RecordCheck
from ..selectors import check_record_get, earlier_pending_posting_notice, posting_checks_unnotified
from ..states import POSTING_NOTICE_TRANSITIONS, PostingNoticeStatus
from .issues import issue_record
from .upper_level import require_upper_level

# The agencies that check their lower levels' postings and owe the daily notice (BJ-56-1, BJ-56-3).
NOTICE_LEVELS = (UnitLevel.CITY, UnitLevel.DISTRICT)


@transaction.atomic
def record_check_record(*, actor, record_type: str, record_id: int, result: str, finding: str = "",
                        now=None) -> RecordCheck:
    """Record one verification check of a lower-level agency's record (BJ-56-1, BJ-56-2); a problem found is
    recorded as an issue of that agency for rectification (BJ-56-5)."""
    now = now_or(now)
    if record_type not in RecordType.values:
        refuse(_("请选择核查内容。"), code=CommonErrorCode.INVALID, clause="BJ-56-2", field="record_type")
    if result not in CheckResult.values:
        refuse(_("请选择核查结果。"), code=CommonErrorCode.INVALID, clause="BJ-56-2", field="result")
    finding = (finding or "").strip()
    if result == CheckResult.PROBLEM and not finding:
        refuse(_("发现问题的，请填写问题。"), code=CommonErrorCode.REQUIRED, clause="BJ-56-5", field="finding")
    record, unit, label = check_record_get(actor=actor, record_type=record_type, pk=record_id)
    require_upper_level(actor=actor, unit=unit)
    issue = None
    if result == CheckResult.PROBLEM:
        issue = issue_record(actor=actor, unit=unit, title=_("%(t)s核查发现问题：%(r)s") % {
            "t": RecordType(record_type).label, "r": label}, description=finding,
            record_ref=f"{record_type}:{record.pk}", now=now)
    check = RecordCheck.objects.create(upper_unit=actor.unit, unit=unit, record_type=record_type, record_id=record.pk,
                                       record_label=label, result=result, finding=finding, checked_at=now,
                                       checked_by=actor, issue=issue)
    audit(actor=actor, obj=check, action="create", unit=unit, clause="BJ-56-2", now=now,
          after={"record_type": record_type, "record_id": record.pk, "result": result,
                 "issue": issue.pk if issue else None})
    return check


@transaction.atomic
def posting_notice_duties_schedule(*, calendar, now=None) -> int:
    """On a working day, open today's posting-check notice of every city and district agency and owe it today
    (BJ-56-3).  Running again the same day adds nothing.  Returns how many notices were opened."""
    now = now_or(now)
    day = today(now)
    if not calendar.is_workday(day):
        return 0
    opened = 0
    for unit in public_units_of_level(*NOTICE_LEVELS):
        notice, created = PostingCheckNotice.objects.get_or_create(issuer_unit=unit, day=day)
        if not created:
            continue
        event = audit(actor=None, obj=notice, action="create", unit=unit, clause="BJ-56-3", now=now,
                      after={"day": day})
        duty_schedule(actor=None, subject=notice, created_by_event=event, now=now, spec=DutySpec(
            kind=POSTING_NOTICE_KIND, title=_("发布%(d)s招聘信息核查通报") % {"d": f"{day:%Y-%m-%d}"},
            clause="BJ-56-3", due_date=day, unit=unit))
        opened += 1
    return opened


def _notice_body(*, notice, checks, note: str) -> tuple[str, int]:
    """The notice text, composed from the checks: per checked agency, the checks and the problems found."""
    if not checks:
        return _("%(d)s：本期无招聘信息核查。") % {"d": f"{notice.day:%Y-%m-%d}"} + (f"\n{note}" if note else ""), 0
    problems = [c for c in checks if c.result == CheckResult.PROBLEM]
    lines = [_("%(d)s：共核查招聘信息%(n)s条，发现问题%(p)s条。") % {
        "d": f"{notice.day:%Y-%m-%d}", "n": len(checks), "p": len(problems)}]
    for check in problems:
        lines.append(f"{check.unit.name}：{check.record_label}——{check.finding}")
    if note:
        lines.append(note)
    return "\n".join(lines), len(problems)


def _notice_send(*, actor, notice, checks, now) -> None:
    """The lower-level agencies checked are told (BJ-56-3: the recipients are the agencies checked)."""
    for unit in {c.unit_id: c.unit for c in checks}.values():
        for head in staff_list(actor=actor, roles=[Role.UNIT_HEAD], unit=unit):
            notify(recipient=head, subject=_("%(u)s招聘信息核查通报（%(d)s）") % {
                "u": notice.issuer_unit.name, "d": f"{notice.day:%Y-%m-%d}"}, body=notice.body, link=checks_page(),
                dedup_key=f"posting-notice-{notice.pk}-{head.pk}", now=now)


@transaction.atomic
def posting_notice_issue(*, actor, notice: PostingCheckNotice, note: str = "", now=None) -> PostingCheckNotice:
    """Issue the day's notice of posting checks: every posting check since the previous notice (BJ-56-3)."""
    now = now_or(now)
    notice = PostingCheckNotice.objects.select_for_update().select_related("issuer_unit").get(pk=notice.pk)
    if actor.unit_id != notice.issuer_unit_id:
        refuse_forbidden(message=_("由通报机构发布。"), clause="BJ-56-3")
    earlier = earlier_pending_posting_notice(notice=notice)
    if earlier is not None:
        refuse(_("请先发布%(d)s的通报。") % {"d": f"{earlier.day:%Y-%m-%d}"},
               code=SupervisionErrorCode.EARLIER_NOTICE_PENDING, clause="BJ-56-3")
    checks = list(posting_checks_unnotified(notice=notice, until=now))
    notice.body, notice.problem_count = _notice_body(notice=notice, checks=checks, note=(note or "").strip())
    notice.check_count, notice.issued_by = len(checks), actor
    notice.save(update_fields=["body", "problem_count", "check_count", "issued_by", "updated_at"])
    RecordCheck.objects.filter(pk__in=[c.pk for c in checks]).update(posting_notice=notice)
    event = transition(obj=notice, to=PostingNoticeStatus.ISSUED, actor=actor, table=POSTING_NOTICE_TRANSITIONS,
                       unit=notice.issuer_unit, clause="BJ-56-3", milestone_field="issued_at", now=now)
    duties_fulfil_for_subject(actor=actor, subject=notice, kind=POSTING_NOTICE_KIND, on=today(now), event=event, now=now)
    _notice_send(actor=actor, notice=notice, checks=checks, now=now)
    return notice
