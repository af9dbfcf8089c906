"""Reads of the expert team, always scoped: staff by jurisdiction, recommenders by what they
received or originated, portal users by their own records (CZ-6-16, CZ-11-17)."""
from __future__ import annotations

import datetime as dt
from collections import Counter

from django.db.models import Q, Sum
from django.utils.translation import gettext as _

from careerguide.accounts.models import User
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import UserKind
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError, NotFound
from careerguide.organisations.scoping import visible_to
from careerguide.privacy.crypto import blind_index

from .choices import Channel, LibraryLevel, LookupKind, Programme
from .deadlines import days_left
from .library_rules import ancestor_paths
from .models import (
    Application,
    ApplicationRound,
    ArchiveChangeRequest,
    Assignment,
    BarRecord,
    ConsultationRequest,
    ExitCase,
    ExpertLookup,
    Feedback,
    Invitation,
    LibraryEngagement,
    Membership,
    Objection,
    PanelMember,
    PublicNotice,
    Recommender,
    RenewalApplication,
    ServiceLogEntry,
    TrainingEvent,
)
from .permissions import is_agency_staff, is_city_hrss, is_expert_portal_user, is_recommender
from .states import (
    LIVE_MEMBERSHIP_STATUSES,
    TERMINAL_APPLICATION_STATUSES,
    ApplicationStatus,
    LogStatus,
    MembershipStatus,
)

ID_PURPOSE = "expert_id_number"


def id_index_of(*, id_number: str) -> str:
    return blind_index(id_number.strip().upper(), purpose=ID_PURPOSE)


# ---- applications --------------------------------------------------------------------------

def application_list(*, actor):
    qs = Application.objects.select_related("round", "receiving_unit", "recommender")
    if is_city_hrss(actor) or is_agency_staff(actor):
        return visible_to(actor, qs, "receiving_unit").order_by("-created_at")
    if is_recommender(actor):
        return qs.filter(recommender__users=actor).order_by("-created_at")
    if is_expert_portal_user(actor):
        return qs.filter(applicant_user=actor).order_by("-created_at")
    return qs.none()


def application_get(*, actor, pk: int) -> Application:
    app = application_list(actor=actor).filter(pk=pk).first()
    if app is None:
        raise NotFound()
    return app


def recommender_pick(*, actor, pk, field: str) -> Recommender | None:
    """The recommending organisation `pk` posted on `field`, if the actor acts for it (CZ-6-12); refused otherwise."""
    if pk in (None, ""):
        return None
    recommender = Recommender.objects.filter(pk=pk, users=actor).first() if is_recommender(actor) else None
    if recommender is None:
        raise DomainError(field_errors={field: [_("未找到该推荐单位，或您不是其经办人。")]}, code=CommonErrorCode.INVALID)
    return recommender


def nomination_to_confirm_get(*, actor, pk: int) -> Application:
    """CZ-6-15: a nomination still waiting for its nominee, for a signed-in expert portal user; otherwise a 404."""
    app = None
    if is_expert_portal_user(actor):
        app = (Application.objects.exclude(channel=Channel.SELF_NOMINATION)
               .filter(pk=pk, status=ApplicationStatus.DRAFT).first())
    if app is None:
        raise NotFound()
    return app


def round_list():
    return ApplicationRound.objects.order_by("-open_date")


def round_get(*, pk: int) -> ApplicationRound:
    r = ApplicationRound.objects.filter(pk=pk).first()
    if r is None:
        raise NotFound()
    return r


def person_is_barred(*, id_index: str) -> bool:
    """CZ-9-8: the bar is matched by ID number; only a corrected (removed) record stops it."""
    return BarRecord.objects.filter(id_index=id_index, removed_at__isnull=True).exists()


def live_membership_exists(*, id_index: str, programme: str = Programme.CZ_TEAM) -> bool:
    """CZ-2-3 / SD-9-1: at most one live membership per person and programme."""
    return Membership.objects.filter(programme=programme, id_index=id_index,
                                     status__in=LIVE_MEMBERSHIP_STATUSES).exists()


def other_live_application(*, application: Application) -> bool:
    """CZ-6-5: another non-terminal application of the same person in the same round."""
    return (Application.objects.filter(round=application.round, id_index=application.id_index)
            .exclude(pk=application.pk).exclude(status__in=TERMINAL_APPLICATION_STATUSES).exists())


# ---- memberships ---------------------------------------------------------------------------

def membership_list(*, actor, status: str = "", programme: str = Programme.CZ_TEAM):
    qs = Membership.objects.filter(programme=programme).select_related("district")
    qs = visible_to(actor, qs, "unit") if is_city_hrss(actor) or is_agency_staff(actor) else qs.filter(user=actor) \
        if is_expert_portal_user(actor) else qs.none()
    return qs.filter(status=status) if status else qs.order_by("name")


def membership_get(*, actor, pk: int) -> Membership:
    m = membership_list(actor=actor).filter(pk=pk).first()
    if m is None:
        raise NotFound()
    return m


def own_membership(*, actor) -> Membership | None:
    """The expert's current (or latest) membership for the self-service page (CZ-11-20)."""
    if not is_expert_portal_user(actor):
        return None
    return Membership.objects.filter(user=actor).order_by("-appointed_at").first()


# ---- public directory and notices (CZ-7-6, CZ-9-5, CZ-11-4..11-7) ---------------------------

def public_directory(*, name: str = "", expertise: str = "", duty: str = "", target_group: str = "",
                     district: int | None = None, mode: str = ""):
    """Only experts in state active are listed (CZ-11-4); renewal_pending is hidden (CZ-8-9)."""
    qs = Membership.objects.filter(programme=Programme.CZ_TEAM, status=MembershipStatus.ACTIVE).select_related(
        "district").order_by("name")
    if name:
        qs = qs.filter(name__icontains=name)
    if expertise:
        qs = qs.filter(expertise__icontains=expertise)
    if district:
        qs = qs.filter(district_id=district)
    rows = list(qs)
    if duty:
        rows = [m for m in rows if duty in (m.duties_offered or [])]
    if target_group:
        rows = [m for m in rows if target_group in (m.target_groups or [])]
    if mode:
        rows = [m for m in rows if mode in (m.modes or [])]
    return rows


def public_expert_get(*, pk: int) -> Membership:
    m = Membership.objects.filter(pk=pk, programme=Programme.CZ_TEAM, status=MembershipStatus.ACTIVE).first()
    if m is None:
        raise NotFound()
    return m


def public_notice_list():
    return PublicNotice.objects.order_by("-published_at")


def public_notice_get(*, pk: int) -> PublicNotice:
    n = PublicNotice.objects.filter(pk=pk).first()
    if n is None:
        raise NotFound()
    return n


def current_certificate(*, membership: Membership):
    return membership.certificates.order_by("-term_start").first()


# ---- reports (CZ-3-3, CZ-8-4, CZ-11-12, CZ-12-4) -----------------------------------------------

def service_report(*, start: dt.date, end: dt.date, membership: Membership | None = None) -> dict:
    """Persons served and sessions by recipient type and key group, confirmed entries only (CZ-A2-8)."""
    qs = ServiceLogEntry.objects.filter(status=LogStatus.CONFIRMED, on__gte=start, on__lte=end)
    if membership is not None:
        qs = qs.filter(membership=membership)
    sessions, persons, groups = Counter(), Counter(), Counter()
    worker_persons = key_persons = 0
    for e in qs:
        for t in e.recipient_types:
            sessions[t] += 1
            persons[t] += e.persons_served
        if "worker" in e.recipient_types:
            worker_persons += e.persons_served
            if e.job_seeking_intent and e.key_groups:
                key_persons += e.persons_served
        for g in e.key_groups:
            groups[g] += e.persons_served
    share = round(100 * key_persons / worker_persons, 1) if worker_persons else None
    return {"sessions": dict(sessions), "persons": dict(persons), "key_groups": dict(groups),
            "key_group_share_percent": share, "unconfirmed": ServiceLogEntry.objects.filter(
                on__gte=start, on__lte=end, **({"membership": membership} if membership else {})
            ).exclude(status=LogStatus.CONFIRMED).count()}


def renewal_dossier(*, membership: Membership) -> dict:
    """CZ-8-4: the term's confirmed service totals, consultations, feedback, trainings, declines,
    incentives and earlier evaluations."""
    logs = membership.service_logs.filter(status=LogStatus.CONFIRMED, on__gte=membership.term_start,
                                          on__lte=membership.term_end)
    by_duty = Counter(e.duty for e in logs)
    by_duty["D3"] += membership.content_items.filter(published_on__gte=membership.term_start,
                                                     published_on__lte=membership.term_end).count()  # CZ-10-7
    by_duty = +by_duty
    return {
        "sessions": logs.count(), "hours": logs.aggregate(h=Sum("hours"))["h"] or 0,
        "content_items": membership.content_items.filter(published_on__gte=membership.term_start,
                                                          published_on__lte=membership.term_end).count(),
        "persons": logs.aggregate(p=Sum("persons_served"))["p"] or 0, "by_duty": dict(by_duty),
        "by_form": dict(Counter(e.form for e in logs)), "by_origin": dict(Counter(e.origin for e in logs)),
        "consultations": membership.consultations.count(),
        "consultations_handled": membership.consultations.filter(status__in=["accepted", "completed"]).count(),
        "feedback": list(membership.feedback.values("kind", "status", "outcome")),
        "trainings": membership.trainings.count(),
        "declined_assignments": membership.assignments.filter(status="declined").count(),
        "incentives": membership.incentives.count(),
        "earlier_evaluations": list(membership.renewals.exclude(decided_at__isnull=True).values("renew", "evaluation")),
    }


def training_year_report(*, year: int) -> dict:
    """CZ-11-12: training events of a calendar year and each expert's attendance; flags a year
    without any team training."""
    events = TrainingEvent.objects.filter(on__year=year).prefetch_related("attendees")
    attendance = Counter(m.pk for e in events for m in e.attendees.all())
    return {"events": len(events), "attendance": dict(attendance), "no_training": not events}


def feedback_for_expert(*, membership: Membership):
    """CZ-11-10: the expert sees feedback about themselves without the submitter."""
    return [{"kind": f.get_kind_display(), "content": f.content, "status": f.get_status_display(), "reply": f.reply}
            for f in Feedback.objects.filter(membership=membership).order_by("-received_on")]


def consultation_list_for_expert(*, membership: Membership):
    return ConsultationRequest.objects.filter(membership=membership).order_by("-created_at")


def membership_archive(*, membership: Membership) -> dict:
    """The expert archive (CZ-11-1): certificates, service record, training, incentives, exits, open steps."""
    m = membership
    return {"m": m, "certificates": m.certificates.all(), "dossier": renewal_dossier(membership=m),
            "content_items": m.content_items.all(), "pairings": m.pairings.all(),
            "exits": m.exits.all(), "trainings": m.trainings.all(), "incentives": m.incentives.all(),
            "renewals": m.renewals.filter(decided_at__isnull=True),
            "draft_logs": m.service_logs.filter(status=LogStatus.DRAFT)}


def membership_certificate_get(*, membership: Membership, pk: int):
    cert = membership.certificates.filter(pk=pk).first()
    if cert is None:
        raise NotFound()
    return cert


def expert_home(*, membership: Membership, on: dt.date) -> dict:
    """CZ-11-20: certificate, days left in the term, assignments, invitations, consultations, feedback."""
    m = membership
    return {"certificate": current_certificate(membership=m), "days_left": days_left(m.term_end, on),
            "assignments": m.assignments.order_by("-on")[:20], "invitations": m.invitations.order_by("-on")[:20],
            "consultations": consultation_list_for_expert(membership=m)[:20],
            "feedback": feedback_for_expert(membership=m)}


def notice_applications(*, notice: PublicNotice):
    """The candidates a published notice lists (CZ-7-6), by name."""
    return notice.applications.all().order_by("name")


def expert_ranking(*, start: dt.date, end: dt.date) -> list[dict]:
    """CZ-12-4: rank by confirmed sessions, hours and key-group share; people choose whom to feature."""
    rows = []
    for m in Membership.objects.filter(Q(status=MembershipStatus.ACTIVE) | Q(status=MembershipStatus.RENEWAL_PENDING),
                                      programme=Programme.CZ_TEAM):
        report = service_report(start=start, end=end, membership=m)
        logs = m.service_logs.filter(status=LogStatus.CONFIRMED, on__gte=start, on__lte=end)
        rows.append({"membership": m, "sessions": logs.count(), "hours": logs.aggregate(h=Sum("hours"))["h"] or 0,
                     "persons": report["persons"], "sessions_by_type": report["sessions"],  # CZ-3-3, per expert
                     "key_group_share_percent": report["key_group_share_percent"],
                     "praise": m.feedback.filter(kind="praise").count(),
                     "complaints": m.feedback.filter(kind="complaint").count()})
    return sorted(rows, key=lambda r: (-r["sessions"], -r["hours"]))


# ---- single rows for the write operations (404 outside scope) ----------------------------------

def _scoped_get(actor, qs, pk, *, unit_field: str, own_field: str | None = None):
    if is_city_hrss(actor) or is_agency_staff(actor):
        row = visible_to(actor, qs, unit_field).filter(pk=pk).first()
    elif own_field and is_expert_portal_user(actor):
        row = qs.filter(pk=pk, **{own_field: actor}).first()
    else:
        row = None
    if row is None:
        raise NotFound()
    return row


def noticed_application_get(*, pk: int) -> Application:
    """A candidate on a published appointment notice, for objections from anyone (CZ-7-10)."""
    app = Application.objects.filter(pk=pk, notice__isnull=False).select_related("notice").first()
    if app is None:
        raise NotFound()
    return app


def objection_get(*, actor, pk: int):
    return _scoped_get(actor, Objection.objects.all(), pk, unit_field="application__receiving_unit")


def renewal_get(*, actor, pk: int):
    return _scoped_get(actor, RenewalApplication.objects.all(), pk, unit_field="membership__unit",
                       own_field="membership__user")


def exit_case_get(*, actor, pk: int):
    return _scoped_get(actor, ExitCase.objects.all(), pk, unit_field="membership__unit", own_field="membership__user")


def assignment_get(*, actor, pk: int):
    return _scoped_get(actor, Assignment.objects.all(), pk, unit_field="membership__unit", own_field="membership__user")


def service_log_get(*, actor, pk: int):
    return _scoped_get(actor, ServiceLogEntry.objects.all(), pk, unit_field="membership__unit",
                       own_field="membership__user")


def consultation_get(*, actor, pk: int):
    return _scoped_get(actor, ConsultationRequest.objects.all(), pk, unit_field="membership__unit",
                       own_field="membership__user")


def feedback_get(*, actor, pk: int):
    if not is_city_hrss(actor):
        raise NotFound()
    row = Feedback.objects.filter(pk=pk).first()
    if row is None:
        raise NotFound()
    return row


# ---- the Shandong expert library (SD-9-*) ------------------------------------------------------

def library_usable_list(*, actor, include_inactive: bool = False):
    """SD-9-3: libraries kept by the actor's unit or its ancestors (city, county) plus the province
    library; an HEI library only at its keeping unit.  Anyone else sees none."""
    if not is_staff(actor):
        return Membership.objects.none()
    path = actor.unit.path
    qs = Membership.objects.filter(programme=Programme.SD_LIBRARY).select_related("unit").filter(
        Q(library_level=LibraryLevel.PROVINCE)
        | Q(library_level__in=(LibraryLevel.CITY, LibraryLevel.COUNTY), unit__path__in=ancestor_paths(path))
        | Q(library_level=LibraryLevel.HEI, unit=actor.unit))
    if not include_inactive:
        qs = qs.filter(status=MembershipStatus.ACTIVE)
    return qs.order_by("library_level", "name")


def library_expert_get(*, actor, pk: int) -> Membership:
    m = library_usable_list(actor=actor, include_inactive=True).filter(pk=pk).first()
    if m is None:
        raise NotFound()
    return m


def library_engagement_list(*, actor):
    """Engagements logged by units in the actor's jurisdiction (SD-9-2)."""
    return visible_to(actor, LibraryEngagement.objects.prefetch_related("experts"), "unit")


def library_engagements_of(*, membership: Membership, limit: int = 50):
    """An expert's latest engagements (SD-9-5)."""
    return membership.engagements.order_by("-on")[:limit]


def library_usage_report(*, actor, start: dt.date, end: dt.date) -> dict:
    """SD-9-5: engagements by purpose, by library level and by expert in the period (one engagement
    counts once per purpose; once per level and expert it drew on)."""
    rows = list(library_engagement_list(actor=actor).filter(on__gte=start, on__lte=end))
    by_purpose, by_level, by_expert = Counter(), Counter(), Counter()
    names = {}
    for e in rows:
        by_purpose[e.purpose] += 1
        experts = list(e.experts.all())
        for level in {m.library_level for m in experts}:
            by_level[level] += 1
        for m in experts:
            by_expert[m.pk] += 1
            names[m.pk] = m.name
    return {"total": len(rows), "by_purpose": dict(by_purpose), "by_level": dict(by_level),
            "by_expert": [{"membership_id": pk, "name": names[pk], "engagements": n}
                          for pk, n in sorted(by_expert.items(), key=lambda kv: (-kv[1], names[kv[0]]))]}


# ---- lookups city HRSS keeps (CZ-5-4, CZ-5-6, CZ-5-9, CZ-5-12) --------------------------------------

def lookup_list(*, kind: str = "", active_only: bool = False):
    qs = ExpertLookup.objects.all()
    if kind:
        qs = qs.filter(kind=kind)
    return qs.filter(active=True) if active_only else qs


def old_title_table() -> dict[str, tuple[str, int]]:
    """CZ-5-4: title → (occupation, level) of the active rows."""
    return {r.code: (r.occupation, r.level) for r in lookup_list(kind=LookupKind.OLD_TITLE, active_only=True)}


def relevant_occupations() -> frozenset:
    """CZ-5-6: the occupations whose certificates count for C1B without the reviewer."""
    return frozenset(r.code for r in lookup_list(kind=LookupKind.RELEVANT_OCCUPATION, active_only=True))


def sector_1028_codes() -> set[str]:
    """CZ-5-12: the "1028" clusters and chains an applicant may choose."""
    return {r.code for r in lookup_list(kind=LookupKind.SECTOR_1028, active_only=True)}


def sme_thresholds(*, industry: str) -> dict | None:
    """CZ-5-9: an industry's thresholds of the 2017 standard (None when the industry is not in the table)."""
    row = lookup_list(kind=LookupKind.SME_STANDARD, active_only=True).filter(code=industry).first()
    return row.data if row else None


# ---- the application pages (CZ-6-*, CZ-A1-*) ---------------------------------------------------------

def open_rounds(*, on):
    """CZ-6-3: rounds still taking applications (self-nominations to the closing date, recommenders to the batch
    deadline)."""
    return ApplicationRound.objects.filter(open_date__lte=on, batch_deadline__gte=on).order_by("-open_date")


def sme_industry_choices() -> list[tuple[str, str]]:
    return [(r.code, r.label) for r in lookup_list(kind=LookupKind.SME_STANDARD, active_only=True)]


def sector_1028_choices() -> list[tuple[str, str]]:
    return [(r.code, r.label) for r in lookup_list(kind=LookupKind.SECTOR_1028, active_only=True)]


def recommender_of(*, actor) -> Recommender | None:
    """The university office or association a portal account acts for (CZ-6-12, CZ-6-13)."""
    return Recommender.objects.filter(users=actor).first() if is_recommender(actor) else None


def application_file(*, application: Application) -> dict:
    """Annex 1 as entered, with the tables, attachments, opinions, verifications and objections (CZ-A1-1 .. 10)."""
    a = application
    return {"app": a, "work_history": a.work_history.order_by("start"), "certificates": a.certificates.all(),
            "honours": a.honours.all(), "cases": a.practice_cases.all(), "attachments": a.attachments.all(),
            "verifications": a.verifications.select_related("staff"), "objections": a.objections.all(),
            "panel_opinions": a.panel_opinions.select_related("member__user")}


def objection_open_list(*, application: Application):
    return application.objections.filter(substantiated__isnull=True, late=False)


def panel_account_choices():
    """CZ-7-1: accounts that may sit on a review panel (staff or experts)."""
    return User.objects.filter(is_active=True, kind__in=(UserKind.STAFF, UserKind.EXPERT)).order_by("username")


# ---- a serving expert's rows for the archive and self-service pages (CZ-10-*, CZ-11-*) ------------------

def serving_members(*, actor):
    """Members in state active or renewal pending, for assignments and training attendance."""
    return membership_list(actor=actor).filter(status__in=(MembershipStatus.ACTIVE, MembershipStatus.RENEWAL_PENDING))


def accepted_invitations_of(*, membership: Membership):
    return membership.invitations.filter(status="accepted").order_by("-on")


def accepted_consultations_of(*, membership: Membership):
    return membership.consultations.filter(status="accepted").order_by("-created_at")


def pairings_of(*, membership: Membership):
    return membership.pairings.order_by("-start")


def editable_logs_of(*, membership: Membership):
    """Service-log entries not yet confirmed (evidence can still be added, CZ-A2-7)."""
    return membership.service_logs.exclude(status=LogStatus.CONFIRMED).order_by("-on")


def open_feedback_of(*, membership: Membership):
    return membership.feedback.filter(status="received").order_by("received_on")


def pending_change_requests(*, membership: Membership):
    return membership.change_requests.filter(status="pending").order_by("pk")


def change_request_get(*, actor, pk: int):
    if not is_city_hrss(actor):
        raise NotFound()
    return _scoped_get(actor, ArchiveChangeRequest.objects.all(), pk, unit_field="membership__unit")


def invitation_list(*, actor):
    """CZ-11-15: city HRSS sees every invitation (no approval step)."""
    return Invitation.objects.select_related("membership").order_by("-on") if is_city_hrss(actor) else \
        Invitation.objects.none()


def invitation_get(*, actor, pk: int):
    """City HRSS, or the invited expert."""
    row = Invitation.objects.filter(pk=pk).select_related("membership").first()
    if row is None or not (is_city_hrss(actor) or (row.membership_id and row.membership.user_id == actor.pk)):
        raise NotFound()
    return row


def service_log_rows(*, actor, membership: Membership) -> list[dict]:
    """CZ-11-17: recipients' names and trade-secret employers are shown only to the responsible expert and city
    HRSS; anyone else who may open the archive sees the entry without them."""
    privileged = is_city_hrss(actor) or membership.user_id == getattr(actor, "pk", None)
    rows = []
    for e in membership.service_logs.order_by("-on", "-pk"):
        hide_employer = e.trade_secret and not privileged
        rows.append({"entry": e, "recipients": e.named_recipients if privileged else "",
                     "employer": "" if hide_employer else e.employer_name,
                     "attachments": list(e.attachments.all()) if privileged else []})
    return rows


def returned_logs_of(*, membership: Membership):
    """Service-log entries city HRSS returned for correction (CZ-A2-7)."""
    return membership.service_logs.filter(status=LogStatus.RETURNED).order_by("-on")


def correctable_logs_of(*, membership: Membership):
    """Confirmed entries without a pending correction request (CZ-A2-7)."""
    return membership.service_logs.filter(status=LogStatus.CONFIRMED, correction_requested_at__isnull=True).order_by("-on")


def correction_requests_of(*, membership: Membership):
    """Confirmed entries whose correction request waits for city HRSS (CZ-A2-7)."""
    return membership.service_logs.filter(correction_requested_at__isnull=False).order_by("correction_requested_at")


def open_bar_of(*, membership: Membership) -> BarRecord | None:
    """The member's standing entry on the list of people not to be appointed again (CZ-9-7), if any."""
    return BarRecord.objects.filter(exit_case__membership=membership, removed_at__isnull=True).first()


def membership_bar(*, membership: Membership) -> BarRecord:
    """As `open_bar_of`, or 404."""
    bar = open_bar_of(membership=membership)
    if bar is None:
        raise NotFound()
    return bar


def panel_seats_of(*, actor):
    """CZ-7-1: the actor's seats on review panels, with the candidates now in comprehensive review."""
    return PanelMember.objects.filter(user=actor).select_related("round").order_by("-round__open_date")


def panel_applications(*, seat: PanelMember):
    return seat.round.applications.filter(status=ApplicationStatus.COMPREHENSIVE_REVIEW).select_related(
        "receiving_unit", "recommender").order_by("pk")


def panel_application_get(*, actor, pk: int) -> tuple[PanelMember, Application]:
    """An application in comprehensive review of a round the actor sits on the panel of, or 404."""
    app = Application.objects.filter(pk=pk, status=ApplicationStatus.COMPREHENSIVE_REVIEW).first()
    seat = PanelMember.objects.filter(round_id=app.round_id, user=actor).first() if app else None
    if seat is None:
        raise NotFound()
    return seat, app
