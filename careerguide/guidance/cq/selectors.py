"""Reads of the CQ guidance process, scoped by jurisdiction and least privilege (CQ-4.4-6)."""
import datetime as dt

from django.db.models import Avg, Count
from django.utils import timezone

from careerguide.assessments.selectors import assessed_case_ids
from careerguide.common.errors import NotFound
from careerguide.common.months import months_exceeded
from careerguide.duties.selectors import open_duties_for_subject, overdue_q
from careerguide.organisations.scoping import visible_to
from careerguide.policy.selectors import policy_value

from ..duty_kinds import KIND_HIRING_NEED
from . import rules
from .models import (
    BackupRun,
    DatabaseRecord,
    EmploymentPlan,
    GroupParticipant,
    GroupSession,
    GuidanceCase,
    HiringNeed,
    Referral,
    SatisfactionResponse,
)
from .permissions import can_read_case, can_see_safety_concern, is_management_staff
from .states import REFERRAL_OPEN, HiringNeedStatus, ReferralStatus, SessionCompliance


def case_list(*, actor, status: str = ""):
    """CQ-4.4-6, CQ-7.1.11-1: own cases (management: the jurisdiction), key-assistance cases first."""
    qs = visible_to(actor, GuidanceCase.objects.select_related("unit", "counsellor"))
    if not is_management_staff(actor):
        qs = qs.filter(counsellor=actor)
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("-key_assistance", "registered_on", "pk")


def case_get(*, actor, pk: int) -> GuidanceCase:
    case = GuidanceCase.objects.select_related("unit", "counsellor").filter(pk=pk).first()
    if case is None or not can_read_case(actor, case):
        raise NotFound()
    return case


def case_plan_get(*, case, pk: int) -> EmploymentPlan:
    """One employment-plan version of a case the caller has loaded."""
    plan = case.plans.filter(pk=pk).first()
    if plan is None:
        raise NotFound()
    return plan


def open_referral(*, case):
    return case.referrals.filter(status__in=REFERRAL_OPEN).first()


def session_list(*, actor):
    return visible_to(actor, GroupSession.objects.all())


def session_get(*, actor, pk: int) -> GroupSession:
    session = visible_to(actor, GroupSession.objects.filter(pk=pk)).first()
    if session is None:
        raise NotFound()
    return session


def participant_list(*, session):
    return session.participants.all()


def participant_get(*, session, pk) -> GroupParticipant:
    """One participant of a group session the caller has loaded."""
    participant = session.participants.filter(pk=pk).first()
    if participant is None:
        raise NotFound()
    return participant


def referral_get(*, actor, pk: int) -> Referral:
    referral = Referral.objects.select_related("case", "case__unit").filter(pk=pk).first()
    if referral is None or not (can_read_case(actor, referral.case) or referral.receiver_id == actor.pk):
        raise NotFound()
    return referral


def hiring_need_overdue_unfilled(*, need: HiringNeed, today: dt.date) -> bool:
    """CQ-6.2.3-1: a hiring need not filled in time — still open while its fill-in-time duty is overdue
    (the duty engine's definition of overdue), never stored."""
    return (need.status == HiringNeedStatus.OPEN
            and open_duties_for_subject(subject=need, kind=KIND_HIRING_NEED).filter(overdue_q(today=today)).exists())


def hiring_need_list(*, case, today: dt.date) -> list[HiringNeed]:
    """The case's hiring needs, each with `overdue_unfilled` (CQ-6.2-1, CQ-6.2.3-1)."""
    needs = list(case.hiring_needs.all())
    for need in needs:
        need.overdue_unfilled = hiring_need_overdue_unfilled(need=need, today=today)
    return needs


def hiring_needs_overdue_unfilled(*, case, today: dt.date) -> list[HiringNeed]:
    return [need for need in hiring_need_list(case=case, today=today) if need.overdue_unfilled]


def case_overview(*, actor, case, today: dt.date) -> dict:
    """What the case page shows: the process record, plans, referrals, the safety concerns the actor may see
    (CQ-8.2-2), the archive items still missing and, for an employer, the hiring needs."""
    concerns = [c for c in case.safety_concerns.all() if can_see_safety_concern(actor, c)]
    return {"records": list(case.records.all()), "plans": list(case.plans.all()),
            "referrals": list(case.referrals.all()), "concerns": concerns,
            "safety_alert": any(c.closed_at is None for c in concerns),
            "archive_missing": archive_missing(case=case, today=today),
            "hiring_needs": hiring_need_list(case=case, today=today)}


def archive_missing(*, case, today: dt.date) -> list[str]:
    """CQ-7.2.2-3: the archive items still missing for the case (facts gathered for the pure rule)."""
    attended = GroupParticipant.objects.filter(case=case, session__session_on__lte=today).exists()
    return rules.archive_missing(
        present=case.archive_items.values_list("code", flat=True),
        group_recording_expected=attended and case.recording_allowed,
        assessed=case.pk in assessed_case_ids(case_ids=[case.pk]),
        referral_handed_over=case.referrals.filter(
            status__in=[ReferralStatus.HANDED_OVER, ReferralStatus.ACCEPTED,
                        ReferralStatus.APPOINTMENT_SCHEDULED]).exists())


def reverification_worklist(*, actor, today: dt.date, days: int):
    """CQ-4.4-3: records of the jurisdiction not verified for more than `days` calendar days; a counsellor sees
    the ones they are responsible for."""
    cutoff = dt.datetime.combine(today - dt.timedelta(days=days), dt.time.min)
    qs = visible_to(actor, DatabaseRecord.objects.filter(last_verified_at__lt=timezone.make_aware(cutoff)))
    if not is_management_staff(actor):
        qs = qs.filter(responsible=actor)
    return qs.order_by("last_verified_at")


def reverification_days(*, unit, today: dt.date) -> int:
    """CQ-4.4-3: after how many calendar days a database record is due for re-verification."""
    return policy_value(key="cq.record_reverification_days", unit=unit, on=today)


def material_lead_workdays(*, unit, today: dt.date) -> int:
    """CQ-7.1.2-1: how many working days before a group session its materials are due."""
    return policy_value(key="cq.material_lead_workdays", unit=unit, on=today)


def _last_successful(kind: str):
    return BackupRun.objects.filter(kind=kind, succeeded=True).order_by("-ran_at").first()


def backup_status(*, today: dt.date) -> dict:
    """CQ-4.4-4: whether the daily backup or the quarterly restore test is overdue."""
    backup = _last_successful(BackupRun.Kind.BACKUP)
    restore = _last_successful(BackupRun.Kind.RESTORE_TEST)
    restore_on = restore and restore.ran_at.date()
    return {"backup_overdue": rules.backup_overdue(backup and backup.ran_at.date(), today,
                                                   policy_value(key="cq.backup_interval_days", unit=None, on=today)),
            "restore_test_overdue": restore_on is None or months_exceeded(
                restore_on, today, policy_value(key="cq.restore_test_interval_months", unit=None, on=today))}


def sessions_non_compliant(*, actor):
    return session_list(actor=actor).filter(compliance=SessionCompliance.NON_COMPLIANT)


def satisfaction_report(*, actor, start: dt.date, end: dt.date) -> dict:
    """CQ-9.2.1-1: response rate and mean scores by counsellor, channel and recipient type for the cases closed in
    the period (within the actor's jurisdiction)."""
    closed = visible_to(actor, GuidanceCase.objects.filter(closed_on__gte=start, closed_on__lte=end))
    responses = SatisfactionResponse.objects.filter(case__in=closed)
    answered = responses.values("case").distinct().count()
    total = closed.count()

    def by(field):
        return {row[field]: {"responses": row["n"], "mean": round(row["mean"], 2)}
                for row in responses.values(field).annotate(n=Count("pk"), mean=Avg("score")).order_by(field)}
    return {"basis": rules.STANDARD, "cases": total, "answered": answered,
            "response_rate": round(100 * answered / total, 1) if total else None,
            "by_counsellor": by("counsellor"), "by_channel": by("case__preferred_channel"),
            "by_recipient_type": by("case__recipient_type")}
