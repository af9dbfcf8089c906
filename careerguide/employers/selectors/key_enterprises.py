"""Reads for verification queues, demand registrations and key-enterprise service, scoped by jurisdiction."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from careerguide.common.errors import NotFound
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.scoping import visible_to
from careerguide.organisations.selectors import public_units_of_level, unit_list
from careerguide.policy.selectors import policy_value

from ..models import (
    DailyServiceAgreement,
    DefectNotice,
    DemandArchive,
    DemandRegistration,
    EmployerAgent,
    EmployerVerification,
    KeyEnterpriseTransfer,
)
from ..rules import SIGNING_LEVELS, Quarter, hiring_plan_stale, quarter_contact_state
from ..states import RELATIONSHIP_SERVING, VerificationResult


def _get(qs, pk):
    obj = qs.filter(pk=pk).first()
    if obj is None:
        raise NotFound()
    return obj


def verification_queue(*, actor):
    """Submissions awaiting review in the actor's jurisdiction (BJ-35-3)."""
    return visible_to(actor, EmployerVerification.objects.filter(status=VerificationResult.SUBMITTED)
                      .select_related("employer", "employer__unit"), "employer__unit").order_by("submitted_at")


def verification_get(*, actor, pk) -> EmployerVerification:
    return _get(visible_to(actor, EmployerVerification.objects.select_related("employer"), "employer__unit"), pk)


def quality_exception_list(*, actor):
    """One-time notices flagged as quality exceptions (BJ-5-7)."""
    return visible_to(actor, DefectNotice.objects.filter(is_quality_exception=True).select_related("employer", "unit"))


def demand_registration_get(*, actor, pk) -> DemandRegistration:
    return _get(visible_to(actor, DemandRegistration.objects.select_related("employer", "unit"), "employer__unit"), pk)


def agreement_get(*, actor, pk) -> DailyServiceAgreement:
    return _get(visible_to(actor, DailyServiceAgreement.objects.select_related("employer", "unit")), pk)


def transfer_get(*, actor, pk) -> KeyEnterpriseTransfer:
    """Visible to the original agency's line and to the approving agency."""
    qs = KeyEnterpriseTransfer.objects.select_related("employer", "from_unit", "to_unit", "approving_unit", "agreement")
    return _get(visible_to(actor, qs, "from_unit") | visible_to(actor, qs, "approving_unit"), pk)


def transfer_list(*, actor):
    qs = KeyEnterpriseTransfer.objects.select_related("employer", "from_unit", "to_unit", "approving_unit")
    return (visible_to(actor, qs, "from_unit") | visible_to(actor, qs, "approving_unit")).order_by("-requested_on", "-pk")


@dataclass
class EmployerFile:
    """Everything the employer page shows beside the record itself."""

    verifications: list
    notices: list
    registrations: list
    agreements: list
    current_agreement: DailyServiceAgreement | None
    officers: list
    team: list
    archive: DemandArchive | None
    archive_stale: bool
    contacts: list
    transfers: list


def demand_archive_of(*, employer) -> DemandArchive | None:
    """The key enterprise's employment demand archive, if one was made (employer already scoped)."""
    return DemandArchive.objects.filter(employer=employer).first()


def employer_file(*, employer, today: dt.date) -> EmployerFile:
    """The employer's verification, registration and key-enterprise records (employer already scoped)."""
    agreements = list(employer.service_agreements.select_related("unit").order_by("-checked_on", "-pk"))
    current = next((a for a in agreements if a.status in RELATIONSHIP_SERVING or a.status in ("candidate",
                                                                                             "eligibility_checked")), None)
    archive = demand_archive_of(employer=employer)
    plan = Quarter(archive.plan_year, archive.plan_quarter) if archive and archive.plan_year else None
    return EmployerFile(
        verifications=list(employer.verifications.select_related("verifier", "submitted_by").order_by("-round")),
        notices=list(employer.defect_notices.order_by("-issued_on", "-pk")),
        registrations=list(employer.demand_registrations.select_related("unit", "registering_unit")),
        agreements=agreements,
        current_agreement=current,
        officers=list(current.officer_assignments.select_related("officer", "unit")) if current else [],
        team=list(current.team.select_related("member").filter(left_on__isnull=True)) if current else [],
        archive=archive,
        archive_stale=archive is not None and hiring_plan_stale(plan=plan, today=today),
        contacts=list(current.contacts.order_by("-contacted_on")[:20]) if current else [],
        transfers=list(employer.transfers.select_related("to_unit", "approving_unit").order_by("-requested_on")),
    )


@dataclass
class QuarterRow:
    agreement: DailyServiceAgreement
    contacts: int
    days_left: int
    warning: bool


def quarterly_contact_report(*, actor, today: dt.date) -> list[QuarterRow]:
    """BJ-48-7: key enterprises with no recorded two-way contact in the current quarter, with days left."""
    rows = []
    for agreement in visible_to(actor, DailyServiceAgreement.objects.filter(status__in=RELATIONSHIP_SERVING)
                                .select_related("employer", "unit")).order_by("unit__path", "employer__name"):
        dates = agreement.contacts.filter(two_way=True, contacted_on__lte=today).values_list("contacted_on", flat=True)
        state = quarter_contact_state(
            today=today, contact_dates=list(dates),
            min_contacts=policy_value(key="bj.key_enterprise_min_contacts_per_quarter", unit=agreement.unit, on=today),
            warning_days=policy_value(key="bj.key_enterprise_quarter_warning_days", unit=agreement.unit, on=today))
        if not state.met:
            rows.append(QuarterRow(agreement, state.contacts, state.days_left, state.warning))
    return rows


def serving_agreement(*, employer) -> DailyServiceAgreement | None:
    """The key enterprise's daily service relationship that is in force, if any (employer already scoped)."""
    return (DailyServiceAgreement.objects.filter(employer=employer, status__in=RELATIONSHIP_SERVING)
            .select_related("unit").first())


def current_officer(*, agreement):
    """The enterprise's account officer now (BJ-44-4), or None."""
    current = agreement.officer_assignments.filter(ended_on__isnull=True).select_related("officer").first()
    return current.officer if current else None


def serving_units(*, actor):
    """Agencies in the actor's jurisdiction that may sign a daily service agreement (BJ-44-3)."""
    return unit_list(actor=actor).filter(level__in=SIGNING_LEVELS).order_by("path")


def transfer_target_units(*, agreement):
    """Every other agency that may take over the daily service (BJ-44-6): any street or district in the city."""
    return public_units_of_level(UnitLevel.STREET, UnitLevel.DISTRICT).exclude(pk=agreement.unit_id)


def agent_employers(*, user):
    """The employers a portal agent acts for (their own records only)."""
    return [a.employer for a in EmployerAgent.objects.filter(user=user, is_active=True).select_related("employer", "employer__unit")]


def agent_employer_get(*, user, pk):
    link = EmployerAgent.objects.filter(user=user, is_active=True, employer_id=pk).select_related("employer").first()
    if link is None:
        raise NotFound()
    return link.employer


def verification_history(*, employer) -> list:
    """The employer's submissions for verification, newest first (BJ-35-4)."""
    return list(employer.verifications.order_by("-round"))


def agent_verification_rows(*, user) -> list:
    """The agent's employers, each with its submissions newest first (the portal home page)."""
    return [(e, verification_history(employer=e)) for e in agent_employers(user=user)]
