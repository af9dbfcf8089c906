"""Reads of the outreach surveys: the worklist, a target's facts for the stop rules, the statistics (BJ-18-2,
BJ-20-2, BJ-21-4 to BJ-21-6)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q

from careerguide.common.errors import NotFound
from careerguide.duties.models import Duty
from careerguide.duties.states import DutyStatus
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.rules import last_two_way_contact
from careerguide.job_seekers.selectors import contacts_of, current_episode
from careerguide.job_seekers.states import BLOCKED_STATUSES, REGISTERED_STATUSES
from careerguide.organisations.models import Unit
from careerguide.organisations.scoping import jurisdiction_q

from .. import duty_kinds
from ..choices import TargetCategory
from ..models import AssistanceCase, NeedsArchiveVersion, Survey, SurveyTarget
from ..rules import SurveyFact
from ..states import OPEN_CASE_STATUSES, OPEN_SURVEY_STATUSES


def survey_target_list(*, actor, status: str = "", mine: bool = False):
    """The street's targets, and to a community assistant the targets assigned to them (BJ-18-2, BJ-60-2)."""
    qs = SurveyTarget.objects.select_related("job_seeker", "unit", "assigned_to")
    qs = qs.filter(jurisdiction_q(actor, "unit") | Q(assigned_to=actor) if getattr(actor, "pk", None) else Q(pk__in=[]))
    if mine:
        qs = qs.filter(assigned_to=actor)
    if status == "open":
        return qs.filter(status__in=OPEN_SURVEY_STATUSES)
    return qs.filter(status=status) if status else qs


def survey_target_get(*, actor, pk) -> SurveyTarget:
    target = survey_target_list(actor=actor).filter(pk=pk).first()
    if target is None:
        raise NotFound()
    return target


def open_target_of(*, job_seeker) -> SurveyTarget | None:
    return job_seeker.survey_targets.filter(status__in=OPEN_SURVEY_STATUSES).first()


def surveys_of(*, target):
    return target.surveys.select_related("staff").order_by("occurred_on", "pk")


def survey_facts(*, target) -> list[SurveyFact]:
    return [SurveyFact(occurred_on=s.occurred_on, follow_up=s.kind == "follow_up", reached=s.reached, willing=s.willing)
            for s in surveys_of(target=target)]


def last_contact_of(*, target, on: dt.date) -> dt.date:
    """BJ-13-7, open question 4: the latest two-way contact with any agency; failing that, the first survey."""
    last = last_two_way_contact(contacts_of(job_seeker=target.job_seeker), on=on)
    first = target.surveys.order_by("occurred_on").values_list("occurred_on", flat=True).first()
    return max(d for d in (last, first, target.listed_on) if d is not None and d <= on) if (last or first) else on


def target_category_of(*, job_seeker) -> str:
    """BJ-18-1: urban registered unemployed, rural transfer-employment registrants, or other certified persons."""
    if job_seeker.registration_type == "urban_unemployment":
        return TargetCategory.URBAN_UNEMPLOYED
    if job_seeker.registration_type == "rural_transfer":
        return TargetCategory.RURAL_TRANSFER
    return TargetCategory.OTHER_CERTIFIED


def target_street_of(*, job_seeker) -> Unit:
    """Open question 35: the street/township holding the registration; for category 3 the certifying street,
    failing that the street of habitual residence.  A community station's person belongs to its street."""
    unit = job_seeker.unit
    if target_category_of(job_seeker=job_seeker) == TargetCategory.OTHER_CERTIFIED:
        cert = job_seeker.certifications.select_related("unit").order_by("-decided_on", "-pk").first()
        if cert is not None and cert.unit.level in ("street", "community"):
            unit = cert.unit
        elif job_seeker.habitual_street_id:
            unit = job_seeker.habitual_street
    return unit.parent if unit.level == "community" else unit


def unlisted_certified(*, unit):
    """BJ-18-2: certified persons held in `unit`'s subtree not yet on a worklist in their current service
    episode, not registered for job seeking, not stopped and with no open assistance case."""
    open_cases = AssistanceCase.objects.filter(status__in=OPEN_CASE_STATUSES).values("job_seeker_id")
    return (JobSeeker.objects.filter(difficulty_certified=True, unit__path__startswith=unit.path)
            .exclude(status__in=[*REGISTERED_STATUSES, *BLOCKED_STATUSES]).exclude(pk__in=open_cases)
            .select_related("unit", "habitual_street"))


def is_listed_in_current_episode(*, job_seeker) -> bool:
    episode = current_episode(job_seeker=job_seeker)
    return job_seeker.survey_targets.filter(episode=episode.number if episode else 1).exists()


@dataclass
class WorklistRow:
    target: SurveyTarget
    due: Duty | None


def survey_worklist(*, actor, status: str = "open", mine: bool = False) -> list[WorklistRow]:
    """Open targets with their follow-up survey duty (due date) — the unsurveyed first (BJ-18-2, BJ-21-2)."""
    targets = list(survey_target_list(actor=actor, status=status, mine=mine).order_by("status", "listed_on", "pk")[:300])
    duties = Duty.objects.filter(subject_type=SurveyTarget._meta.label_lower, status=DutyStatus.OPEN,
                                 subject_id__in=[str(t.pk) for t in targets],
                                 kind__in=[duty_kinds.SURVEY_FOLLOW_UP, duty_kinds.SURVEY_STOP_REPORT])
    by_target: dict[str, Duty] = {}
    for duty in duties.order_by("due_date"):
        by_target.setdefault(duty.subject_id, duty)
    rows = [WorklistRow(t, by_target.get(str(t.pk))) for t in targets]
    return sorted(rows, key=lambda r: (r.target.status != "target", r.due.due_date if r.due else dt.date.max))


def archive_versions_of(*, job_seeker):
    return NeedsArchiveVersion.objects.filter(archive__job_seeker=job_seeker).select_related("author", "unit")


def survey_statistics(*, actor, unit, since: dt.date, until: dt.date) -> dict:
    """BJ-20-2: surveys in [since, until] in `unit`'s subtree, counted by willingness, reason, target category,
    method and area (the unit's child units), from one pass over the rows."""
    qs = (Survey.objects.filter(jurisdiction_q(actor, "unit"), unit__path__startswith=unit.path,
                                occurred_on__gte=since, occurred_on__lte=until)
          .values_list("reached", "willing", "reasons", "method_label", "target__category", "unit__path"))
    children = {c.path: c.name for c in unit.children.all()}
    out = {"total": 0, "willingness": {"willing": 0, "unwilling": 0, "not_reached": 0}, "reasons": {},
           "categories": {c: 0 for c in TargetCategory.values}, "methods": {}, "areas": {n: 0 for n in children.values()}}
    for reached, willing, reasons, method, category, path in qs:
        out["total"] += 1
        key = "not_reached" if not reached else "willing" if willing else "unwilling"
        out["willingness"][key] += 1
        for code in reasons or []:
            out["reasons"][code] = out["reasons"].get(code, 0) + 1
        out["categories"][category] += 1
        out["methods"][method] = out["methods"].get(method, 0) + 1
        area = next((name for p, name in children.items() if path.startswith(p)), unit.name)
        out["areas"][area] = out["areas"].get(area, 0) + 1
    return out


def target_counts(*, actor) -> dict:
    rows = survey_target_list(actor=actor).values("status").annotate(n=Count("pk"))
    return {r["status"]: r["n"] for r in rows}
