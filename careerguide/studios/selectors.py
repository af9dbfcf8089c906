"""Reads of the master-studio app, always scoped (deny by default, NotFound outside the scope)."""
from __future__ import annotations

from decimal import Decimal

from django.db.models import Q, Sum

from careerguide.accounts.models import User
from careerguide.accounts.roles import UserKind
from careerguide.common.errors import NotFound
from careerguide.duties.selectors import open_duties_for_subject
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.models import Unit
from careerguide.organisations.scoping import visible_to
from careerguide.privacy.masking import mask_resident_id

from .duty_kinds import CONTINUATION_DECISION_KIND
from .models import (
    Application,
    Ballot,
    HostType,
    HostUnit,
    Item3Document,
    Objection,
    PanelMember,
    RecognitionRound,
    Recommender,
    RecommenderKind,
    SampleDraw,
    Studio,
)
from .permissions import is_county_bureau, is_studio_centre
from .rules.eligibility import service_months
from .states import ApplicationStatus, Registration, RoundStatus, Scheme, Staffing


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
    return Application.objects.filter(round__in=rounds,
                                      status=ApplicationStatus.UNDER_REVIEW).select_related("host_unit")


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


def host_studio_get(*, actor, pk: int) -> Studio:
    """A studio of a host unit the actor is an account of (HN-10-9); anyone else gets a 404."""
    studio = studio_get(actor=actor, pk=pk)
    if not host_units_of(actor=actor).filter(pk=studio.host_unit_id).exists():
        raise NotFound()
    return studio


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


def continuation_decision_duty(*, studio: Studio):
    """The open HN-11-10 decision duty of a studio whose lead master is absent (None when there is none)."""
    return open_duties_for_subject(subject=studio, kind=CONTINUATION_DECISION_KIND).first()


def master_absence(*, studio: Studio, on) -> dict | None:
    """HN-11-9, HN-11-10: since when the lead master is absent, when the decision window opens and whether
    the flag is raised on `on` (absent and the window open).  Derived, never stored."""
    if studio.staffing != Staffing.MASTER_ABSENT:
        return None
    duty = continuation_decision_duty(studio=studio)
    opens = duty.earliest if duty else None
    return {"since": studio.master_absent_since, "decision_opens": opens,
            "flagged": opens is not None and opens <= on}


def subsidy_spent(*, subsidy) -> Decimal:
    """HN-8-4: what the ledger has spent of the one-time subsidy."""
    return subsidy.expenditures.aggregate(s=Sum("amount"))["s"] or Decimal("0")


def studio_dashboard(*, studio: Studio, on) -> dict:
    """HN-10-9: plan and other open duties, the lead-master absence, rectification orders, the subsidy balance,
    people, plaques, names and levels (the targets come from the operation service)."""
    subsidy = getattr(studio, "one_time_subsidy", None)
    return {
        "studio": studio, "today": on, "plan_duties": open_duties_for_subject(subject=studio),
        "master_absence": master_absence(studio=studio, on=on),
        "rectifications": studio.rectifications.filter(passed__isnull=True),
        "subsidy": subsidy, "balance": (subsidy.amount - subsidy_spent(subsidy=subsidy)) if subsidy else None,
        "members": [{"name": m.name, "role": m.get_role_display(), "masked_id": mask_resident_id(m.id_number),
                     "left_on": m.left_on} for m in studio.members.all()],
        "plaques": studio.plaques.all(), "names": studio.names.all(), "levels": studio.levels.all(),
    }


def application_member_rows(*, application) -> list[dict]:
    """The application's people with masked ID numbers (HN-6-24)."""
    return [{"name": m.name, "role": m.get_role_display(), "is_named": m.is_named,
             "masked_id": mask_resident_id(m.id_number)} for m in application.members.all()]


def standardisation_assessments(*, studio: Studio):
    """SD-8-2: the studio's standardisation assessments."""
    return studio.standardisation_assessments.all()


def item3_documents_for(*, actor, application: Application):
    """HN-7-5, HN-6-8: ID-card copies are seen only by the centre and the application's recommender; panel members,
    the host unit and the public see the other item-3 documents."""
    docs = application.item3_documents.filter(deleted_on__isnull=True)
    if is_studio_centre(actor) or recommenders_of(actor=actor).filter(pk=application.recommender_id).exists():
        return docs
    return docs.exclude(kind="id_card")


def item3_document_get(*, actor, pk: int):
    """One item-3 document the actor may open (404 otherwise: an ID copy never confirms it exists)."""
    doc = Item3Document.objects.filter(pk=pk, deleted_on__isnull=True).select_related("application").first()
    if doc is None:
        raise NotFound
    app = doc.application
    in_scope = _application_scope(actor).filter(pk=app.pk).exists() or review_application_list(actor=actor).filter(
        pk=app.pk).exists()
    if not in_scope or not item3_documents_for(actor=actor, application=app).filter(pk=doc.pk).exists():
        raise NotFound
    return doc


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


# ---- a recognised studio's rows for its staff pages -------------------------------------------

def open_rectification(*, studio: Studio):
    """HN-11-14: the studio's rectification order still waiting for its re-check (None when there is none)."""
    return studio.rectifications.filter(passed__isnull=True).order_by("-ordered_on").first()


def current_members(*, studio: Studio):
    """The studio's people who have not left (HN-11-9)."""
    return studio.members.filter(left_on__isnull=True).order_by("role", "name")


def pending_nominations(*, studio: Studio):
    """HN-3-4: provincial nominations still waiting for the provincial outcome."""
    return studio.nominations.filter(outcome="pending")


def studio_records(*, studio: Studio) -> dict:
    """What staff see on a studio's page besides the dashboard: assessments, evaluations, audits, subsidies,
    recoveries, nominations, comments and the exit decision."""
    return {"assessments": studio.assessments.order_by("-assessed_on"), "evaluations": studio.evaluations.all(),
            "audits": studio.fund_audits.all(), "special_subsidies": studio.special_subsidies.all(),
            "recoveries": studio.recoveries.all(), "nominations": studio.nominations.all(),
            "comments": studio.comments.select_related("author"), "budgets": studio.budgets.all(),
            "exit_decision": getattr(studio, "exit_decision", None)}


def sample_draw_list(*, limit: int = 20):
    """HN-9-2: the latest sample draws with their pool, seed and result."""
    return SampleDraw.objects.order_by("-drawn_on", "-pk")[:limit]


# ---- the recognition procedure's pages (HN-6-*, HN-7-*) --------------------------------------

def published_rounds():
    """HN-6-1: the rounds a host unit may apply in (notice published, not closed)."""
    return RecognitionRound.objects.filter(status=RoundStatus.PUBLISHED).order_by("-year")


def recommender_list():
    return Recommender.objects.order_by("kind", "name")


def university_recommenders():
    return Recommender.objects.filter(kind=RecommenderKind.LOCAL_UNIVERSITY).order_by("name")


def host_unit_list(*, actor):
    """Host units in the actor's jurisdiction (staff) or of which the actor is an account."""
    return (visible_to(actor, HostUnit.objects.all(), "district") | host_units_of(actor=actor)).distinct().order_by("name")


def city_level_host_units():
    return HostUnit.objects.filter(is_city_level=True).order_by("name")


def portal_account_choices():
    """Signed-up accounts outside the staff (host units, universities, panel experts act through them)."""
    return User.objects.filter(is_active=True).exclude(kind=UserKind.STAFF).order_by("username")


def district_choices():
    return Unit.objects.filter(level=UnitLevel.DISTRICT).order_by("path")


def application_people(*, application: Application, on) -> list[dict]:
    """HN-7-7: each person with masked ID and, for a lead master, the months of employment-service work up to
    the round's materials deadline (HN-5-5)."""
    rows = []
    for m in application.members.prefetch_related("work_history", "certificates", "awards"):
        months = service_months([(w.started_on, w.ended_on) for w in m.work_history.all()], reference=on)
        rows.append({"member": m, "masked_id": mask_resident_id(m.id_number), "months": months,
                     "years": months // 12, "certificates": list(m.certificates.all()), "awards": list(m.awards.all())})
    return rows


def application_file(*, actor, application: Application) -> dict:
    """Everything the application pages show: the form's people, rules documents, item-3 copies the actor may
    see (HN-7-5), materials received, objections, and the host unit's revoked studios (HN-11-18)."""
    return {"application": application,
            "people": application_people(application=application, on=application.round.materials_deadline),
            "talent_documents": application.talent_documents.all(),
            "item3": item3_documents_for(actor=actor, application=application),
            "materials": application.materials.all(), "objections": application.objections.all(),
            "revoked": revocation_history(host_unit=application.host_unit)}


def open_objections_of(*, application: Application):
    return open_objections(application=application)


def round_file(*, round: RecognitionRound) -> dict:
    """A round's applications, panel and the candidates ready for confirmation (HN-6-6, HN-6-17)."""
    apps = Application.objects.filter(round=round).select_related("host_unit", "recommender").order_by("pk")
    return {"round": round, "applications": apps, "panel": round.panel.select_related("user", "reserve_for"),
            "slots": round.slots.select_related("recommender"), "in_notice": apps.filter(
                status=ApplicationStatus.IN_PUBLIC_NOTICE)}


def round_panel(*, round: RecognitionRound):
    return round.panel.select_related("user").order_by("pk")


def round_in_notice(*, round: RecognitionRound):
    return Application.objects.filter(round=round, status=ApplicationStatus.IN_PUBLIC_NOTICE).order_by("pk")


def studio_budgets(*, studio: Studio):
    """SD-S-7: the studio's budget years."""
    return studio.budgets.all()
