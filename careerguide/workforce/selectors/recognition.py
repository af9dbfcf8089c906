"""Scoped reads for the contest, award, evaluation, chief, team, research and appraisal pages (SD-3, SD-4-4, SD-5,
SD-6-1, SD-19-2, SD-20, SD-21)."""
from __future__ import annotations

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from ..models import (
    AppraisalCycle,
    AppraisalScheme,
    AwardRound,
    ChiefAppointment,
    ChiefNomination,
    ChiefSelectionRound,
    Commendation,
    Contest,
    ContestEntry,
    ResearchProject,
    ServiceTeam,
)


def _get(qs, pk):
    row = qs.filter(pk=pk).first()
    if row is None:
        raise NotFound()
    return row


def contest_list(*, actor):
    return visible_to(actor, Contest.objects.all())


def contest_get(*, actor, pk) -> Contest:
    return _get(contest_list(actor=actor), pk)


def contest_entries(*, contest: Contest):
    return contest.entries.prefetch_related("members").order_by("pk")


def showcase_entries(*, actor):
    """SD-3-4: winning entries whose authors consented to a showcase (the library decides the rest)."""
    qs = visible_to(actor, ContestEntry.objects.select_related("contest"), "contest__unit")
    return qs.filter(owner_consent=True).exclude(award="", rank__isnull=True).order_by("-contest__year", "pk")


def award_round_list(*, actor):
    return visible_to(actor, AwardRound.objects.all()).order_by("-year", "title")


def award_round_get(*, actor, pk) -> AwardRound:
    return _get(award_round_list(actor=actor), pk)


def commendation_list(*, actor):
    return visible_to(actor, Commendation.objects.select_related("counsellor")).order_by("-issued_on")


def chief_round_list(*, actor):
    return visible_to(actor, ChiefSelectionRound.objects.all()).order_by("-year")


def chief_round_get(*, actor, pk) -> ChiefSelectionRound:
    return _get(chief_round_list(actor=actor), pk)


def nominations_of(*, rnd: ChiefSelectionRound):
    return ChiefNomination.objects.filter(round=rnd).select_related("counsellor")


def current_appointments(*, actor):
    return visible_to(actor, ChiefAppointment.objects.filter(ended_early_on__isnull=True).select_related("counsellor"))


def team_list(*, actor):
    return visible_to(actor, ServiceTeam.objects.select_related("leader").prefetch_related("members"))


def project_list(*, actor):
    return visible_to(actor, ResearchProject.objects.select_related("lead", "unit"))


def scheme_list(*, actor):
    return visible_to(actor, AppraisalScheme.objects.all())


def own_cycles(*, actor):
    """SD-19-2: the appraisals of the counsellor the actor is."""
    return AppraisalCycle.objects.filter(counsellor__user=actor).select_related("scheme").order_by("-pk")


def cycle_list(*, actor):
    return visible_to(actor, AppraisalCycle.objects.select_related("scheme", "counsellor"), "counsellor__unit")
