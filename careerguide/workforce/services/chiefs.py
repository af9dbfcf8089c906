"""Chief career counsellors (SD-5-*), service teams (SD-4-4) and research projects (SD-6-*)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, refuse, require_in_jurisdiction, today
from careerguide.duties.services import transition
from careerguide.policy.selectors import policy_snapshot

from ..error_codes import WorkforceErrorCode
from ..models import (
    ChiefActivity,
    ChiefAppointment,
    ChiefNomination,
    ChiefSelectionRound,
    Counsellor,
    ResearchProject,
    ServiceTeam,
)
from ..rules import shandong as sd
from ..selectors.facts import best_guidance_level, periods_of
from ..states import SELECTION_TRANSITIONS, SelectionStatus

EVALUATION_METHODS = ("competition", "appraisal", "assessment", "other")  # SD-5-2: 竞赛、考核、评定、其他


@transaction.atomic
def service_team_create(*, actor, unit, name: str, leader: Counsellor, members: list[Counsellor], focus: str, started_on,
                        now=None) -> ServiceTeam:
    """SD-4-4: no minimum size ("一定规模" sets none)."""
    require_in_jurisdiction(actor=actor, unit=unit)
    team = ServiceTeam.objects.create(unit=unit, name=name, leader=leader, focus=focus, started_on=started_on)
    team.members.set({leader, *members})
    audit(actor=actor, obj=team, unit=unit, action="create", clause="SD-4-4", now=now,
          after={"name": name, "leader": leader.pk, "members": sorted(m.pk for m in team.members.all())})
    return team


@transaction.atomic
def chief_round_create(*, actor, unit, year: int, methods: list[str], now=None) -> ChiefSelectionRound:
    """SD-5-2: one round per locality and year (default city level)."""
    require_in_jurisdiction(actor=actor, unit=unit)
    if not methods or any(m not in EVALUATION_METHODS for m in methods):
        refuse(_("请选择评价方式（竞赛、考核、评定或其他）。"), code=CommonErrorCode.INVALID, clause="SD-5-2", field="methods")
    if ChiefSelectionRound.objects.filter(unit=unit, year=year).exists():
        refuse(_("本地区本年度已发布推选。"), code=CommonErrorCode.DUPLICATE, clause="SD-5-3")
    rnd = ChiefSelectionRound.objects.create(unit=unit, year=year, methods=methods)
    audit(actor=actor, obj=rnd, unit=unit, action="create", clause="SD-5-2", now=now,
          after={"year": year, "methods": methods})
    return rnd


@transaction.atomic
def chief_round_advance(*, actor, rnd: ChiefSelectionRound, to: str, now=None) -> ChiefSelectionRound:
    transition(obj=rnd, to=to, actor=actor, table=SELECTION_TRANSITIONS, unit=rnd.unit, clause="SD-5-2",
               milestone_field="status_changed_at", now=now)
    return rnd


@transaction.atomic
def chief_nominate(*, actor, rnd: ChiefSelectionRound, counsellor: Counsellor, now=None) -> ChiefNomination:
    """SD-5-1: rejected at entry without the level-1 certificate; short experience is only a warning."""
    require_in_jurisdiction(actor=actor, unit=counsellor.unit)
    if rnd.status != SelectionStatus.NOMINATIONS:
        refuse(_("推选不在推荐阶段。"), code=WorkforceErrorCode.WRONG_STAGE, clause="SD-5-2")
    if not rnd.unit.contains(counsellor.unit):
        refuse(_("被推选人不在本地区。"), code=WorkforceErrorCode.OUTSIDE_LOCALITY, clause="SD-5-2")
    on = today(now)
    p = policy_snapshot(unit=rnd.unit, on=on)
    decision = sd.chief_nomination_check(
        best_level=best_guidance_level(counsellor=counsellor,
                                       on=on), periods=list(periods_of(counsellor=counsellor)), cutoff=on,
        required_level=p["sd.chief_counsellor_certificate_level"], warning_min_years=p["sd.chief_counsellor_warning_min_years"])
    if not decision.ok:
        refuse(decision.reasons[0], code=WorkforceErrorCode.NOT_ELIGIBLE, clause="SD-5-1")
    if ChiefNomination.objects.filter(round=rnd, counsellor=counsellor).exists():
        refuse(_("该人员已被推荐。"), code=CommonErrorCode.DUPLICATE, clause="SD-5-2")
    nomination = ChiefNomination.objects.create(round=rnd, counsellor=counsellor, warnings=list(decision.warnings))
    audit(actor=actor, obj=nomination, unit=rnd.unit, action="create", clause="SD-5-1", now=now,
          after={"counsellor": counsellor.pk, "warnings": nomination.warnings})
    return nomination


@transaction.atomic
def chief_appoint(*, actor, nomination: ChiefNomination, starts_on, now=None) -> ChiefAppointment:
    """SD-5-2, SD-5-3: appoint a selected nominee after publicity; the term comes from policy (default 1 year)."""
    rnd = nomination.round
    if rnd.status != SelectionStatus.PUBLICITY:
        refuse(_("公示结束前不能聘任。"), code=WorkforceErrorCode.WRONG_STAGE, clause="SD-5-2")
    term = policy_snapshot(unit=rnd.unit, on=starts_on)["sd.chief_counsellor_term_years"]
    nomination.selected = True
    nomination.save(update_fields=["selected", "updated_at"])
    appointment = ChiefAppointment.objects.create(counsellor=nomination.counsellor, unit=rnd.unit, round=rnd,
                                                  starts_on=starts_on, ends_on=sd.chief_term_end(starts_on, term_years=term))
    audit(actor=actor, obj=appointment, unit=rnd.unit, action="create", clause="SD-5-3", now=now,
          after={"counsellor": nomination.counsellor.pk, "starts_on": starts_on, "ends_on": appointment.ends_on})
    return appointment


@transaction.atomic
def chief_appointments_review(*, actor, unit, now=None) -> list[ChiefAppointment]:
    """SD-5-3: end current terms early when the holder left guidance work in the locality or lost the certificate."""
    require_in_jurisdiction(actor=actor, unit=unit)
    on = today(now)
    ended = []
    current = ChiefAppointment.objects.filter(unit__path__startswith=unit.path, ended_early_on__isnull=True,
                                              starts_on__lte=on, ends_on__gte=on).select_related("counsellor__unit", "unit")
    for a in current:
        c = a.counsellor
        required = policy_snapshot(unit=a.unit, on=on)["sd.chief_counsellor_certificate_level"]
        reason = sd.chief_should_end(still_in_locality_guidance=c.active and a.unit.contains(c.unit) and "guidance" in c.roles,
                                     best_level=best_guidance_level(counsellor=c, on=on), required_level=required)
        if reason:
            a.ended_early_on, a.end_reason = on, reason
            a.save(update_fields=["ended_early_on", "end_reason", "updated_at"])
            audit(actor=actor, obj=a, unit=a.unit, action="update", clause="SD-5-3", now=now,
                  after={"ended_early_on": on, "reason": reason})
            ended.append(a)
    return ended


@transaction.atomic
def chief_activity_record(*, actor, appointment: ChiefAppointment, kind: str, held_on, description: str, team=None,
                          event=None, now=None) -> ChiefActivity:
    """SD-5-4: a duty performed during the term, linked to the team or training event."""
    if not appointment.starts_on <= held_on <= (appointment.ended_early_on or appointment.ends_on):
        refuse(_("履职日期不在任期内。"), code=WorkforceErrorCode.OUTSIDE_TERM, clause="SD-5-4", field="held_on")
    if kind == "team" and team is None or kind == "training" and event is None:
        refuse(_("团队组建须关联团队，培训授课须关联培训活动。"), code=CommonErrorCode.REQUIRED, clause="SD-5-4")
    activity = ChiefActivity.objects.create(appointment=appointment, kind=kind, held_on=held_on,
                                            description=description,
                                            team=team, event=event)
    audit(actor=actor, obj=activity, unit=appointment.unit, action="create", clause="SD-5-4", now=now,
          after={"kind": kind, "held_on": held_on})
    return activity


@transaction.atomic
def research_project_create(*, actor, unit, title: str, topic_type: str, lead: Counsellor, starts_on, platform: str = "",
                            members=(), lead_is_expert: bool = False, now=None) -> ResearchProject:
    """SD-6-1, SD-6-2: a lead who is neither an expert-library member nor an HEI counsellor is accepted with a warning."""
    require_in_jurisdiction(actor=actor, unit=unit)
    hei = lead.training_category == "hei_counsellor"
    decision = sd.research_lead_check(is_expert=lead_is_expert, is_hei_counsellor=hei)
    project = ResearchProject.objects.create(unit=unit, title=title, topic_type=topic_type, lead=lead,
                                             starts_on=starts_on,
                                             platform=platform, lead_is_expert=lead_is_expert, warnings=list(decision.warnings))
    project.members.set(members)
    audit(actor=actor, obj=project, unit=unit, action="create", clause="SD-6-1", now=now,
          after={"title": title, "lead": lead.pk, "warnings": project.warnings})
    return project
