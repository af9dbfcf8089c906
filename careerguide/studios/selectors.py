"""Reads of the master-studio app, always scoped (deny by default, NotFound outside the scope)."""
from __future__ import annotations

from django.db.models import Q

from careerguide.common.errors import NotFound
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.models import Unit
from careerguide.organisations.scoping import visible_to

from .models import (
    Application,
    Ballot,
    HostType,
    HostUnit,
    Objection,
    PanelMember,
    RecognitionRound,
    Recommender,
    RecommenderKind,
    Studio,
)
from .permissions import is_county_bureau
from .states import ApplicationStatus, Registration, Scheme


def recommenders_of(*, actor):
    """The recommenders an actor acts for: its district bureau, or the universities it is an account of."""
    if actor is None or not actor.is_authenticated:
        return Recommender.objects.none()
    q = Q(accounts=actor)
    if is_county_bureau(actor):
        q |= Q(kind=RecommenderKind.COUNTY_HRSS, unit=actor.unit)
    return Recommender.objects.filter(q).distinct()


def host_units_of(*, actor):
    if actor is None or not actor.is_authenticated:
        return HostUnit.objects.none()
    return HostUnit.objects.filter(accounts=actor)


def host_unit_get(*, actor, pk: int) -> HostUnit:
    """A host unit the actor is an account of."""
    try:
        return host_units_of(actor=actor).get(pk=pk)
    except HostUnit.DoesNotExist:
        raise NotFound from None


def recommender_get(*, pk: int) -> Recommender:
    try:
        return Recommender.objects.get(pk=pk)
    except Recommender.DoesNotExist:
        raise NotFound from None


def round_list(*, actor=None):
    return RecognitionRound.objects.all()


def round_get(*, actor=None, pk: int) -> RecognitionRound:
    try:
        return RecognitionRound.objects.get(pk=pk)
    except RecognitionRound.DoesNotExist:
        raise NotFound from None


def _application_scope(actor):
    staff = visible_to(actor, Application.objects.all(), "host_unit__district")
    own = Application.objects.filter(Q(host_unit__in=host_units_of(actor=actor)) | Q(recommender__in=recommenders_of(actor=actor)))
    return (staff | own).distinct()


def application_list(*, actor, round_id: int | None = None, status: str | None = None):
    qs = _application_scope(actor).select_related("round", "host_unit", "recommender")
    if round_id:
        qs = qs.filter(round_id=round_id)
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("-id")


def application_get(*, actor, pk: int) -> Application:
    try:
        return _application_scope(actor).select_related("round", "host_unit", "recommender").get(pk=pk)
    except Application.DoesNotExist:
        raise NotFound from None


def panel_memberships(*, actor):
    if actor is None or not actor.is_authenticated:
        return PanelMember.objects.none()
    return PanelMember.objects.filter(user=actor, present=True)


def review_application_get(*, actor, pk: int) -> tuple[Application, PanelMember]:
    """HN-6-8: a panel member sees the materials of the round's candidates under review."""
    app = Application.objects.filter(pk=pk, status=ApplicationStatus.UNDER_REVIEW).select_related("round").first()
    if app is None:
        raise NotFound
    member = panel_memberships(actor=actor).filter(round=app.round).filter(Q(reserve_for__isnull=True) | Q(reserve_for=app)).first()
    if member is None:
        raise NotFound
    return app, member


def review_application_list(*, actor):
    rounds = panel_memberships(actor=actor).values("round")
    return Application.objects.filter(round__in=rounds, status=ApplicationStatus.UNDER_REVIEW).select_related("host_unit")


def ballot_tally(*, application, vote_round: int) -> dict:
    """HN-6-9: counts only; never a voter."""
    counts = {"approve": 0, "disapprove": 0, "abstain": 0}
    for choice in Ballot.objects.filter(application=application, vote_round=vote_round).values_list("choice", flat=True):
        counts[choice] += 1
    for tally in application.paper_tallies.filter(vote_round=vote_round):
        counts["approve"] += tally.approve
        counts["disapprove"] += tally.disapprove
        counts["abstain"] += tally.abstain
    return counts


def open_objections(*, application):
    return Objection.objects.filter(application=application, finding="open")


def studio_list(*, actor, registration: str | None = None, scheme: str = Scheme.HN_MASTER):
    staff = visible_to(actor, Studio.objects.filter(scheme=scheme), "host_unit__district")
    own = Studio.objects.filter(scheme=scheme, host_unit__in=host_units_of(actor=actor))
    qs = (staff | own).distinct().select_related("host_unit")
    return qs.filter(registration=registration) if registration else qs


def studio_get(*, actor, pk: int, scheme: str = Scheme.HN_MASTER) -> Studio:
    try:
        return studio_list(actor=actor, scheme=scheme).get(pk=pk)
    except Studio.DoesNotExist:
        raise NotFound from None


def public_notice_list():
    """HN-6-13: candidates in public notice (name, host unit, lead master only)."""
    return (Application.objects.filter(status__in=[ApplicationStatus.IN_PUBLIC_NOTICE, ApplicationStatus.OBJECTION_REVIEW])
            .select_related("host_unit").order_by("notice_published_on", "id"))


def public_studio_list():
    """HN-11-17: only active studios appear in public lists."""
    return (Studio.objects.filter(scheme=Scheme.HN_MASTER, registration=Registration.ACTIVE).select_related("host_unit")
            .order_by("registration_number"))


def named_master_name(*, application) -> str:
    member = application.members.filter(is_named=True).first()
    return member.name if member else ""


def revocation_history(*, host_unit) -> list[Studio]:
    """HN-11-18: earlier studios of this host unit that were revoked."""
    return list(Studio.objects.filter(host_unit=host_unit, registration=Registration.REVOKED))


# ---- SD recognised studios (SD-8-*) ----------------------------------------------------------

def sd_studio_list(*, actor, registration: str | None = Registration.ACTIVE):
    return studio_list(actor=actor, registration=registration, scheme=Scheme.SD_RECOGNISED).select_related("area")


def sd_coverage_facts(*, actor) -> tuple[list, list]:
    """SD-8-4: the districts (counties) in the actor's jurisdiction, and for each active SD studio the
    district containing its area with its kind."""
    areas = list(visible_to(actor, Unit.objects.filter(level=UnitLevel.DISTRICT), "").order_by("path"))
    studios = []
    for s in sd_studio_list(actor=actor):
        district = next((a for a in areas if s.area and s.area.path.startswith(a.path)), None)
        if district is not None:
            studios.append((district.pk, s.kind))
    return areas, studios


def sd_hei_facts(*, actor) -> tuple[list, dict]:
    """SD-8-5: the HEIs (host units of type university) in scope and their active school-level studio counts."""
    heis = list(HostUnit.objects.filter(host_type=HostType.UNIVERSITY, district__in=visible_to(
        actor, Unit.objects.all(), "")).order_by("name"))
    counts = {}
    for s in sd_studio_list(actor=actor).filter(level="hei_school"):
        counts[s.host_unit_id] = counts.get(s.host_unit_id, 0) + 1
    return heis, counts


def sd_studio_get(*, actor, pk: int) -> Studio:
    return studio_get(actor=actor, pk=pk, scheme=Scheme.SD_RECOGNISED)


def sd_register_choices(*, actor) -> tuple:
    """SD-8-1: host units and administrative areas in the actor's jurisdiction, for the register form."""
    return (visible_to(actor, HostUnit.objects.all(), "district").order_by("name"),
            visible_to(actor, Unit.objects.all(), "").order_by("path"))
