"""Reads of research and exchange: projects (SD-6-1), special surveys (SD-15-1), pilots of new methods (SD-15-4),
exchange activities (SD-16-1) and the research output report (SD-6-3)."""
from __future__ import annotations

from collections import Counter

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from ..models import ExchangeActivity, MethodPilot, ResearchProject, SpecialSurvey


def survey_list(*, actor):
    return visible_to(actor, SpecialSurvey.objects.select_related("unit"))


def pilot_list(*, actor):
    return visible_to(actor, MethodPilot.objects.select_related("unit"))


def exchange_list(*, actor):
    return visible_to(actor, ExchangeActivity.objects.select_related("unit"))


def survey_get(*, actor, pk) -> SpecialSurvey:
    row = survey_list(actor=actor).filter(pk=pk).first()
    if row is None:
        raise NotFound()
    return row


def _lead_type(project) -> str:
    if project.lead_is_expert:
        return "expert"
    return "hei_counsellor" if project.lead.training_category == "hei_counsellor" else "other"


def research_output_report(*, actor) -> dict:
    """SD-6-3: research projects and their outputs by lead type (expert library, HEI counsellor, other) and by
    organisation; beside them, per organisation, the surveys, pilots and exchanges it recorded (SD-15-1, SD-15-4,
    SD-16-1)."""
    rows = list(visible_to(actor, ResearchProject.objects.select_related("unit", "lead")))
    per_unit: dict[str, Counter] = {}
    for kind, qs in (("projects", rows), ("surveys", survey_list(actor=actor)), ("pilots", pilot_list(actor=actor)),
                     ("exchanges", exchange_list(actor=actor))):
        for row in qs:
            per_unit.setdefault(row.unit.name, Counter())[kind] += 1
    return {"projects": rows, "by_lead_type": dict(Counter(_lead_type(p) for p in rows)),
            "by_unit": dict(Counter(p.unit.name for p in rows)),
            "completed_with_outputs": sum(1 for p in rows if p.status == "completed" and p.outputs.strip()),
            "per_unit": {name: dict(c) for name, c in sorted(per_unit.items())},
            "pilots_by_result": dict(Counter(p.result for p in pilot_list(actor=actor)))}
