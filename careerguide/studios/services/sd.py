"""SD recognised studios (SD-8-1, SD-8-2, SD-8-4..8-6) on the shared studio register.

An SD entry is a `Studio` of scheme SD: the same register number, host unit, members, plaque and exit
machinery as the HN master studios, without the HN application/vote route (the opinion sets none).
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, policy_number, refuse, refuse_forbidden, today
from careerguide.duties.services import transition
from careerguide.organisations.scoping import unit_in_jurisdiction
from careerguide.policy.selectors import policy_value

from ..error_codes import StudiosErrorCode
from ..models import HostUnit, StandardisationAssessment, Studio, StudioBudget
from ..permissions import is_city_hrss, is_county_bureau
from ..rules.sd import (
    SD_RULESET,
    STANDARDISATION_CHECKLIST,
    coverage,
    heis_without_school_studio,
    reassessment_due,
    standardisation_result,
)
from ..selectors import sd_coverage_facts, sd_hei_facts, sd_studio_list
from ..states import STANDARDISATION_TRANSITIONS, Scheme, SdLevel, Standardisation, StudioKind

HEI_LEVELS = (SdLevel.HEI_SCHOOL, SdLevel.HEI_DEPARTMENT)


def _may_register(actor, host_unit: HostUnit) -> bool:
    return is_city_hrss(actor) or (is_county_bureau(actor) and unit_in_jurisdiction(actor, host_unit.district))


def _number(year: int) -> str:
    prefix = f"SD{year}"
    return f"{prefix}-{Studio.objects.filter(registration_number__startswith=prefix).count() + 1:04d}"


def _listed(values) -> list[str]:
    return [v.strip() for v in values or [] if (v or "").strip()]


@transaction.atomic
def sd_studio_register(*, actor, host_unit: HostUnit, name: str, kind: str, level: str, area, lead_counsellor: str,
                       opened_on: dt.date, legal_entity: str, assessment_tools=(), service_functions=(), brand: str = "",
                       service_process: str = "", now=None) -> Studio:
    """SD-8-1: register a studio, station or corner (type, host, area, level, lead, opening date, legal
    entity, SD-S-7); SD-8-6: an HEI studio also holds tools, functions, brand and service process.
    Standardisation starts `registered` (SD-8-2)."""
    if not _may_register(actor, host_unit):
        refuse_forbidden(clause="SD-8-1")
    errors = {}
    if kind not in StudioKind.values:
        errors["kind"] = [_("请选择类型（工作室、站或角）。")]
    if level not in SdLevel.values:
        errors["level"] = [_("请选择级别。")]
    for key, value, label in (("name", name, _("名称")), ("lead_counsellor", lead_counsellor, _("领衔职业指导人员")),
                              ("legal_entity", legal_entity, _("隶属的法人单位"))):
        if not (value or "").strip():
            errors[key] = [_("请填写%(f)s。") % {"f": label}]
    if area is None or not unit_in_jurisdiction(actor, area):
        errors["area"] = [_("请选择本辖区内的行政区域。")]
    if level in HEI_LEVELS:
        if host_unit.host_type != "university":
            errors["level"] = [_("高校级别的工作室须设在高校。")]
        for key, value, label in (("assessment_tools", _listed(assessment_tools), _("专业测评工具")),
                                  ("service_functions", _listed(service_functions), _("服务功能")),
                                  ("brand", (brand or "").strip(), _("专业品牌")),
                                  ("service_process", (service_process or "").strip(), _("标准化服务流程"))):
            if not value:
                errors[key] = [_("高校工作室须登记%(f)s。") % {"f": label}]
    if errors:
        raise DomainError(field_errors=errors,
                          code=CommonErrorCode.INVALID, clause="SD-8-6" if set(errors) - {"kind", "level", "name",
                          "lead_counsellor", "legal_entity", "area"} else "SD-8-1")
    studio = Studio.objects.create(
        scheme=Scheme.SD_RECOGNISED, registration_number=_number(opened_on.year), host_unit=host_unit,
        name=name.strip(), recognised_on=opened_on, confirmation_number="", level=level, kind=kind, area=area,
        lead_counsellor=lead_counsellor.strip(), opened_on=opened_on, legal_entity=legal_entity.strip(),
        standardisation=Standardisation.REGISTERED, assessment_tools=_listed(assessment_tools),
        service_functions=_listed(service_functions), brand=(brand or "").strip(),
        service_process=(service_process or "").strip(), ruleset=SD_RULESET)
    audit(actor=actor, obj=studio, action="sd_register", unit=host_unit.district, clause="SD-8-1", now=now,
          after={"kind": kind, "level": level, "number": studio.registration_number})
    return studio


def _sd_studio(studio: Studio) -> Studio:
    s = Studio.objects.select_for_update().get(pk=studio.pk)
    if s.scheme != Scheme.SD_RECOGNISED:
        raise DomainError(_("该工作室不属于山东认定体系。"), clause="SD-8-2", code=StudiosErrorCode.NOT_APPLICABLE)
    return s


@transaction.atomic
def standardisation_assess(*, actor, studio: Studio, checklist: dict, assessed_on: dt.date, note: str = "",
                           now=None) -> StandardisationAssessment:
    """SD-8-2: assess against the checklist (every item answered yes or no); → `assessed`."""
    if not (is_city_hrss(actor) or (is_county_bureau(actor) and unit_in_jurisdiction(actor, studio.host_unit.district))):
        refuse_forbidden(clause="SD-8-2")
    s = _sd_studio(studio)
    unanswered = [STANDARDISATION_CHECKLIST[k] for k in STANDARDISATION_CHECKLIST if checklist.get(k) not in (True, False)]
    if unanswered:
        raise DomainError(field_errors={"checklist": [_("请逐项评估：%(i)s") % {"i": "、".join(_(x) for x in unanswered)}]},
                          code=CommonErrorCode.REQUIRED, clause="SD-8-2")
    result = standardisation_result(checklist)
    row = StandardisationAssessment.objects.create(studio=s, assessed_on=assessed_on, assessor=actor, note=note.strip(),
                                                   checklist={k: bool(checklist[k]) for k in STANDARDISATION_CHECKLIST},
                                                   missing=list(result.missing))
    transition(obj=s, to=Standardisation.ASSESSED, actor=actor, table=STANDARDISATION_TRANSITIONS,
               field="standardisation",
               unit=s.host_unit.district, clause="SD-8-2", now=now_or(now))
    return row


@transaction.atomic
def standardisation_conclude(*, actor, studio: Studio, now=None) -> Studio:
    """SD-8-2: the conclusion follows the latest assessment: standardised only when every item is met."""
    if not (is_city_hrss(actor) or (is_county_bureau(actor) and unit_in_jurisdiction(actor, studio.host_unit.district))):
        refuse_forbidden(clause="SD-8-2")
    s = _sd_studio(studio)
    latest = s.standardisation_assessments.filter(concluded=False).first()
    if s.standardisation != Standardisation.ASSESSED or latest is None:
        raise DomainError(_("请先完成标准化评估。"), code=StudiosErrorCode.WRONG_STAGE, clause="SD-8-2")
    to = Standardisation.STANDARDISED if not latest.missing else Standardisation.NOT_STANDARDISED
    latest.concluded = True
    latest.save(update_fields=["concluded", "updated_at"])
    reason = "、".join(STANDARDISATION_CHECKLIST[k] for k in latest.missing)
    transition(obj=s, to=to, actor=actor, table=STANDARDISATION_TRANSITIONS, field="standardisation",
               unit=s.host_unit.district, clause="SD-8-2", reason=reason, now=now_or(now))
    return s


def reassessment_due_list(*, actor, now=None) -> list[Studio]:
    """SD-8-2 (proposal): active SD studios whose annual re-assessment is due."""
    on = today(now)
    rows = []
    for s in sd_studio_list(actor=actor).prefetch_related("standardisation_assessments"):
        last = s.standardisation_assessments.first()
        months = policy_value(key="sd.studio_reassessment_months", unit=s.host_unit.district, on=on)
        if reassessment_due(last.assessed_on if last else None, on, months):
            rows.append(s)
    return rows


def coverage_report(*, actor) -> dict:
    """SD-8-4: per district (county) the studios, stations and corners; districts with none flagged."""
    areas, studios = sd_coverage_facts(actor=actor)
    result = coverage([a.pk for a in areas], studios)
    by_id = {a.pk: a for a in areas}
    return {"rows": [{"area": by_id[k], **v} for k, v in result["rows"].items()],
            "areas_without": [by_id[k] for k in result["areas_without"]], "clause": "SD-8-4"}


def hei_compliance_report(*, actor, now=None) -> dict:
    """SD-8-5: HEIs without the required number of active school-level career-consulting studios (a warning)."""
    heis, counts = sd_hei_facts(actor=actor)
    minimum = policy_number("sd.min_school_studios_per_hei", on=today(now))
    missing = heis_without_school_studio([h.pk for h in heis], counts, minimum)
    return {"minimum": minimum, "heis_without": [h for h in heis if h.pk in missing], "clause": "SD-8-5"}


@transaction.atomic
def studio_budget_record(*, actor, studio: Studio, year: int, included: bool, amount=None, note: str = "",
                         now=None) -> StudioBudget:
    """SD-S-7: for one budget year, whether the studio's daily operating funds are in the annual budget of the
    legal entity it belongs to, and the amount; a studio without budget inclusion is flagged in the report."""
    if not _may_register(actor, studio.host_unit):
        refuse_forbidden(clause="SD-S-7")
    studio = _sd_studio(studio)
    if not (studio.legal_entity or "").strip():
        refuse(_("请先登记工作室隶属的法人单位。"), code=CommonErrorCode.REQUIRED, clause="SD-S-7")
    if included and amount is None:
        refuse(_("已纳入预算的，请填写预算金额。"), code=CommonErrorCode.REQUIRED, clause="SD-S-7", field="amount")
    row, _created = StudioBudget.objects.update_or_create(studio=studio, year=year, defaults={
        "included": included, "amount": amount if included else None, "note": (note or "").strip()})
    audit(actor=actor, obj=row, action="update", unit=studio.host_unit.district, clause="SD-S-7", now=now,
          after={"year": year, "included": included, "amount": row.amount, "legal_entity": studio.legal_entity})
    return row


def budget_report(*, actor, year: int) -> dict:
    """SD-S-7: each active SD studio's budget inclusion in `year`; those not included (or not recorded) flagged."""
    rows = []
    for studio in sd_studio_list(actor=actor).prefetch_related("budgets"):
        budget = next((b for b in studio.budgets.all() if b.year == year), None)
        rows.append({"studio": studio, "budget": budget, "flagged": budget is None or not budget.included})
    return {"year": year, "rows": rows, "flagged": [r["studio"] for r in rows if r["flagged"]], "clause": "SD-S-7"}
