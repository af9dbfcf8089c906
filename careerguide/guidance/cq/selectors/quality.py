"""Reads of supervision and quality evaluation (CQ-9.1.2-*, CQ-9.1.3-1, CQ-9.2.*)."""
import datetime as dt

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from ...duty_kinds import KIND_CORRECTIVE_ACTION, KIND_EXPERIENCE_SUMMARY, KIND_SELF_EVALUATION
from ..models import ComplaintChannel, CorrectiveAction, ExperienceSummary, Finding, InternalAudit, QualityEvaluation
from .process import open_duties_flagged


def _get(qs, pk):
    found = qs.filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found


def audit_list(*, actor):
    return visible_to(actor, InternalAudit.objects.select_related("unit", "auditor").prefetch_related("sampled_cases"))


def audit_get(*, actor, pk) -> InternalAudit:
    return _get(audit_list(actor=actor), pk)


def finding_list(*, actor, open_only: bool = False):
    qs = visible_to(actor, Finding.objects.select_related("unit", "handler", "audit", "summary"))
    return qs.filter(closed_on__isnull=True) if open_only else qs


def finding_get(*, actor, pk) -> Finding:
    return _get(finding_list(actor=actor), pk)


def finding_actions(*, finding, today: dt.date) -> list:
    """CQ-9.1.3-1: the finding's actions, each with `overdue` from its duty (the engine's definition)."""
    actions = list(finding.actions.select_related("owner", "verified_by"))
    for action in actions:
        action.overdue = any(d.overdue for d in open_duties_flagged(subject=action, kind=KIND_CORRECTIVE_ACTION,
                                                                    today=today))
    return actions


def finding_actions_of(*, finding, pks):
    """The finding's actions named by `pks` (choices of a form)."""
    return finding.actions.filter(pk__in=pks)


def audit_cases(*, audit):
    return audit.sampled_cases.all()


def summary_list(*, actor):
    return visible_to(actor, ExperienceSummary.objects.select_related("unit", "author"))


def summary_get(*, actor, pk) -> ExperienceSummary:
    return _get(summary_list(actor=actor), pk)


def evaluation_list(*, actor):
    return visible_to(actor, QualityEvaluation.objects.select_related("unit"))


def evaluation_get(*, actor, pk) -> QualityEvaluation:
    return _get(evaluation_list(actor=actor), pk)


def cycle_duties(*, unit, today: dt.date) -> list:
    """CQ-9.2.1-2, CQ-9.2.2-1: the agency's open experience-summary and self-evaluation duties, with `overdue`."""
    return [duty for kind in (KIND_EXPERIENCE_SUMMARY, KIND_SELF_EVALUATION)
            for duty in open_duties_flagged(subject=unit, kind=kind, today=today)]


def complaint_channel_list(*, actor):
    return visible_to(actor, ComplaintChannel.objects.select_related("unit"))


def public_complaint_channels(*, unit) -> list[ComplaintChannel]:
    """CQ-9.1.1-1: the agency's channels and those of the units above it, in use."""
    ids = [int(x) for x in unit.path.strip("/").split("/") if x]
    return list(ComplaintChannel.objects.filter(unit_id__in=ids, withdrawn_on__isnull=True).select_related("unit"))


def action_get(*, actor, pk):
    """A corrective or preventive action of a finding in the actor's jurisdiction."""
    return _get(visible_to(actor, CorrectiveAction.objects.select_related("finding", "finding__unit"), "finding__unit"),
                pk)
