"""Reads of the CQ guidance process, scoped by jurisdiction and least privilege (CQ-4.4-6)."""
import datetime as dt

from django.db.models import Q
from django.utils import timezone

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from .models import BackupRun, DatabaseRecord, GroupSession, GuidanceCase, Referral
from .permissions import can_read_case, is_management_staff
from .states import REFERRAL_OPEN


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


def open_referral(case):
    return case.referrals.filter(status__in=REFERRAL_OPEN).first()


def session_list(*, actor):
    return visible_to(actor, GroupSession.objects.all())


def session_get(*, actor, pk: int) -> GroupSession:
    session = visible_to(actor, GroupSession.objects.filter(pk=pk)).first()
    if session is None:
        raise NotFound()
    return session


def referral_get(*, actor, pk: int) -> Referral:
    referral = Referral.objects.select_related("case", "case__unit").filter(pk=pk).first()
    if referral is None or not (can_read_case(actor, referral.case) or referral.receiver_id == actor.pk):
        raise NotFound()
    return referral


def reverification_worklist(*, actor, today: dt.date, days: int):
    """CQ-4.4-3: records of the jurisdiction not verified for more than `days` calendar days; a counsellor sees
    the ones they are responsible for."""
    cutoff = dt.datetime.combine(today - dt.timedelta(days=days), dt.time.min)
    qs = visible_to(actor, DatabaseRecord.objects.filter(last_verified_at__lt=timezone.make_aware(cutoff)))
    if not is_management_staff(actor):
        qs = qs.filter(responsible=actor)
    return qs.order_by("last_verified_at")


def last_successful(kind: str):
    return BackupRun.objects.filter(kind=kind, succeeded=True).order_by("-ran_at").first()


def sessions_non_compliant(*, actor):
    return session_list(actor=actor).filter(Q(compliance="non_compliant"))


def satisfaction_report(*, actor, start: dt.date, end: dt.date) -> dict:
    """CQ-9.2.1-1: response rate and mean scores by counsellor, channel and recipient type for the cases closed in
    the period (within the actor's jurisdiction)."""
    from django.db.models import Avg, Count

    from .models import SatisfactionResponse
    closed = visible_to(actor, GuidanceCase.objects.filter(closed_on__gte=start, closed_on__lte=end))
    responses = SatisfactionResponse.objects.filter(case__in=closed)
    answered = responses.values("case").distinct().count()
    total = closed.count()

    def by(field):
        return {row[field]: {"responses": row["n"], "mean": round(row["mean"], 2)}
                for row in responses.values(field).annotate(n=Count("pk"), mean=Avg("score")).order_by(field)}
    return {"basis": "T/CQTSHRA 002-2024", "cases": total, "answered": answered,
            "response_rate": round(100 * answered / total, 1) if total else None,
            "by_counsellor": by("counsellor"), "by_channel": by("case__preferred_channel"),
            "by_recipient_type": by("case__recipient_type")}
