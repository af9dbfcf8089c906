"""Reads of the CQ guidance process, scoped by jurisdiction and least privilege (CQ-4.4-6)."""
import datetime as dt

from django.db.models import Avg, Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.selectors import staff_list
from careerguide.assessments.selectors import assessed_case_ids
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError, NotFound
from careerguide.common.months import months_exceeded
from careerguide.duties.selectors import open_duties_for_subject, overdue_q
from careerguide.employers.selectors import employer_list
from careerguide.guidance.selectors import subject_get
from careerguide.job_seekers.selectors import job_seeker_list
from careerguide.organisations.scoping import visible_to
from careerguide.policy.selectors import policy_value

from ...duty_kinds import KIND_HIRING_NEED
from .. import rules
from ..choices import ARCHIVE_ITEM_LABELS, PractitionerRoleKind, RecipientType
from ..models import (
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
from ..permissions import can_read_case, can_see_safety_concern, is_agency_head, is_management_staff
from ..states import REFERRAL_OPEN, HiringNeedStatus, PlanStatus, ReferralStatus, SessionCompliance
from .catalogue import catalogue_labels


def case_list(*, actor, status: str = ""):
    """CQ-4.4-6, CQ-7.1.11-1: own cases (management: the jurisdiction), key-assistance cases first."""
    qs = visible_to(actor, GuidanceCase.objects.select_related("unit", "counsellor"))
    if not (is_management_staff(actor) or is_agency_head(actor)):
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


def session_compliance(*, session, today: dt.date) -> str:
    """CQ-7.1.2-1: pending until the deadline day has passed; then non-compliant when a participant registered by
    the deadline got the materials late or not at all, compliant otherwise (derived, never stored)."""
    if today <= session.material_deadline:
        return SessionCompliance.PENDING
    statuses = [rules.delivery_status(delivered_on=p.delivered_at and timezone.localdate(p.delivered_at),
                                      registered_on=p.registered_on, deadline=session.material_deadline, today=today)
                for p in session.participants.filter(late_registrant=False)]
    return SessionCompliance.NON_COMPLIANT if "late" in statuses else SessionCompliance.COMPLIANT


def session_rows(*, actor, today: dt.date, limit: int = 200) -> list:
    """The group sessions of the jurisdiction, each with its derived `compliance` (CQ-7.1.2-1)."""
    sessions = list(session_list(actor=actor)[:limit])
    for session in sessions:
        session.compliance = session_compliance(session=session, today=today)
    return sessions


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


def open_duties_flagged(*, subject, kind: str, today: dt.date) -> list:
    """The subject's open duties of `kind`, each with `overdue` by the duty engine's one definition."""
    duties = open_duties_for_subject(subject=subject, kind=kind)
    late = set(duties.filter(overdue_q(today=today)).values_list("pk", flat=True))
    rows = list(duties.order_by("due_date"))
    for duty in rows:
        duty.overdue = duty.pk in late
    return rows


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
    """What the case page shows: the process record (with the catalogue's labels), plans with their follow-ups
    and adjustments, reviews, referrals, the safety concerns the actor may see (CQ-8.2-2), service items,
    recommendations, employment-practice guidance, the archive items still missing and how long the archive is
    kept, and for an employer the hiring needs."""
    labels = catalogue_labels(on=today)
    records = list(case.records.select_related("counsellor"))
    for record in records:
        record.service_label = labels.get(record.service_type, record.service_type)
        record.sub_label = labels.get(record.sub_type, record.sub_type)
    concerns = [c for c in case.safety_concerns.all() if can_see_safety_concern(actor, c)]
    return {"records": records, "plans": list(case.plans.prefetch_related("follow_ups__adjustments")),
            "reviews": list(case.reviews.all()), "referrals": list(case.referrals.select_related("receiver")),
            "concerns": concerns, "safety_alert": any(c.closed_at is None for c in concerns),
            "service_items": list(case.service_items.all()),
            "recommendations": list(case.training_recommendations.select_related("institution")),
            "practice_guidance": list(case.practice_guidance.all()),
            "archive_items": [(ARCHIVE_ITEM_LABELS.get(a.code, a.code), a) for a in case.archive_items.all()],
            "archive_missing": [ARCHIVE_ITEM_LABELS.get(c, c) for c in archive_missing(case=case, today=today)],
            "retained_until": archive_retained_until(case=case, today=today),
            "hiring_needs": hiring_need_list(case=case, today=today),
            "needs": [{**n, "label": labels.get(n.get("service_type"), n.get("service_type"))} for n in case.needs]}


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
    """CQ-4.4-4: whether the daily backup or the quarterly restore test is overdue, and whether fewer daily copies
    are kept than the policy's number."""
    backup = _last_successful(BackupRun.Kind.BACKUP)
    restore = _last_successful(BackupRun.Kind.RESTORE_TEST)
    restore_on = restore and restore.ran_at.date()
    retained, minimum = retained_backup_copies(), policy_value(key="cq.backup_retained_copies", unit=None, on=today)
    return {"retained_copies": retained, "copies_required": minimum, "copies_short": retained < minimum,
            "backup_overdue": rules.backup_overdue(backup and backup.ran_at.date(), today,
                                                   policy_value(key="cq.backup_interval_days", unit=None, on=today)),
            "restore_test_overdue": restore_on is None or months_exceeded(
                restore_on, today, policy_value(key="cq.restore_test_interval_months", unit=None, on=today))}


def retained_backup_copies() -> int:
    """CQ-4.4-4: successful backup copies not yet deleted."""
    return BackupRun.objects.filter(kind=BackupRun.Kind.BACKUP, succeeded=True, disposed_at__isnull=True).count()


def backup_run_list(*, limit: int = 60):
    return BackupRun.objects.order_by("-ran_at")[:limit]


def backup_run_get(*, pk) -> BackupRun:
    found = BackupRun.objects.filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found


def archive_retained_until(*, case, today: dt.date):
    """CQ-7.2.2-4: a closed case's archive is kept `cq.archive_retention_years` years after closure."""
    if case.closed_on is None:
        return None
    return rules.retention_until(case.closed_on, policy_value(key="cq.archive_retention_years", unit=case.unit,
                                                               on=today))


def case_served_by(*, case, user) -> bool:
    """CQ-9.1.2-1: whether the user served the case — its counsellor, the signer of a process record, or the
    referring or receiving counsellor of a referral."""
    return (case.counsellor_id == user.pk or case.records.filter(counsellor=user).exists()
            or case.referrals.filter(Q(referring=user) | Q(receiver=user)).exists())


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


SUBJECT_TYPES = {RecipientType.WORKER: "job_seekers.jobseeker", RecipientType.EMPLOYER: "employers.employer"}


def _subject_matches(*, actor, recipient_type: str, query: str) -> list:
    """The job seekers (ID-card number or the start of the name) or employers (credit code or part of the name)
    in the actor's scope that `query` names."""
    if recipient_type == RecipientType.WORKER:
        return list(job_seeker_list(actor=actor, query=query)[:2])
    if recipient_type == RecipientType.EMPLOYER:
        return list(employer_list(actor=actor, query=query)[:2])
    return []


def intake_subject_get(*, actor, recipient_type: str, subject_id):
    """CQ-6.1-2: the job seeker or employer typed in (the system number, an ID-card number or name, a credit code
    or employer name), in the actor's scope; refused on the field when none or several match."""
    query = str(subject_id or "").strip()
    field = "subject_id"
    if query.isdigit() and len(query) < 10:
        try:
            return subject_get(actor=actor, subject_type=SUBJECT_TYPES[recipient_type], subject_id=int(query))
        except (KeyError, NotFound):
            pass
    found = _subject_matches(actor=actor, recipient_type=recipient_type, query=query) if query else []
    if len(found) == 1:
        return found[0]
    message = (_("有多个服务对象与之相符，请填写身份证号码或统一社会信用代码。") if found
               else _("未找到该服务对象，或其不在本机构服务范围内。"))
    raise DomainError(field_errors={field: [message]}, code=CommonErrorCode.INVALID)


def guidance_staff_users(*, actor, exclude=None):
    """Staff of the jurisdiction holding the guidance-staff role now (CQ-4.6.1-4): counsellors and receivers."""
    qs = staff_list(actor=actor).filter(cq_practitioner__roles__role=PractitionerRoleKind.GUIDANCE_STAFF,
                                        cq_practitioner__roles__revoked_on__isnull=True).distinct()
    return qs.exclude(pk=exclude.pk) if exclude is not None else qs


def case_plans(*, case, status: str = ""):
    return case.plans.filter(status=status) if status else case.plans.all()


def case_hiring_needs(*, case, open_only: bool = False):
    qs = case.hiring_needs.all()
    return qs.filter(status=HiringNeedStatus.OPEN) if open_only else qs


def case_hiring_needs_overdue(*, case, today: dt.date):
    return case.hiring_needs.filter(pk__in=[n.pk for n in hiring_needs_overdue_unfilled(case=case, today=today)])


def case_referral(*, case):
    """The case's latest referral (None when never referred)."""
    return case.referrals.order_by("-pk").first()


def case_open_concerns(*, actor, case):
    return case.safety_concerns.filter(pk__in=[c.pk for c in case.safety_concerns.all()
                                               if can_see_safety_concern(actor, c)])


def case_active_plan(*, case):
    return case.plans.filter(status=PlanStatus.ACTIVE).first()


def case_has_concerns(*, case) -> bool:
    return case.safety_concerns.exists()


def database_records(*, actor):
    """CQ-4.4-1, CQ-4.4-2: the guidance service database of the jurisdiction — clients, staff, project materials."""
    return visible_to(actor, DatabaseRecord.objects.select_related("unit", "responsible")).order_by("family", "label")
