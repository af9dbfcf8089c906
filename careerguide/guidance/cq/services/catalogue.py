"""The open service catalogue (CQ-5.1-6, CQ-5.2-2, CQ-5.2-3), public service items attached to cases
(CQ-7.1.10-1), employment-practice guidance (CQ-7.1.9-1), training institutions and their recommendation
(CQ-7.1.5-1, CQ-7.1.5-2)."""
from __future__ import annotations

import datetime as dt
import re

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.roles import Role
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import refuse, refuse_forbidden, require_text, today

from .. import rules
from ..choices import CORE_CODES, InstitutionAttribute, PublicServiceItem, RecipientType, RecruitmentSubType
from ..error_codes import CqErrorCode
from ..models import (
    CaseServiceItem,
    CatalogueEntry,
    EmploymentPracticeGuidance,
    InstitutionVerification,
    TrainingInstitution,
    TrainingRecommendation,
)
from ..selectors import catalogue_codes, institution_verified_attributes
from .cases import process_record_add
from .steps import audit_standard, ensure_counsellor, ensure_manager

CODE = re.compile(r"^[a-z][a-z0-9_]{2,39}$")


def _ensure_administrator(actor):
    if not (getattr(actor, "is_staff_member", False) and actor.has_role(Role.CITY_ADMIN)):
        refuse_forbidden(clause="CQ-5.1-6", message=_("服务目录由市级系统管理员维护。"))


@transaction.atomic
def catalogue_entry_add(*, actor, code: str, label: str, recipient_type: str, description: str,
                        effective_from: dt.date, parent_code: str = "", now=None) -> CatalogueEntry:
    """CQ-5.1-6, CQ-5.2-3: administrators add service types ("包括但不限于"); the page and the process records
    use them from their effective date."""
    _ensure_administrator(actor)
    errors = {}
    if not CODE.match(code or "") or code in CORE_CODES or CatalogueEntry.objects.filter(code=code).exists():
        errors["code"] = [_("代码须为3至40位小写字母、数字或下划线，且不能与已有服务重复。")]
    if recipient_type not in RecipientType.values:
        errors["recipient_type"] = [_("请选择服务对象。")]
    if parent_code and parent_code not in catalogue_codes(on=effective_from, recipient_type=recipient_type):
        errors["parent_code"] = [_("上级服务不在该服务对象的目录中。")]
    for field, value in (("label", label), ("description", description)):
        if not (value or "").strip():
            errors[field] = [_("此项必填。")]
    if errors:
        raise DomainError(field_errors=errors, clause="CQ-5.1-6", code=CommonErrorCode.INVALID)
    entry = CatalogueEntry.objects.create(code=code, label=label.strip(), recipient_type=recipient_type,
                                          parent_code=parent_code, description=description.strip(),
                                          effective_from=effective_from, added_by=actor)
    audit_standard(actor=actor, obj=entry, action="create", unit=actor.unit, clause="CQ-5.1-6", now=now,
                   after={"code": code, "effective_from": effective_from})
    return entry


@transaction.atomic
def catalogue_entry_disable(*, actor, code: str, on: dt.date, now=None) -> CatalogueEntry:
    """CQ-5.1-6, CQ-5.2-3: an added type may be disabled; the types the standard lists cannot be."""
    _ensure_administrator(actor)
    if code in CORE_CODES:
        refuse(_("该服务类型为《职业指导服务规范》列明的服务内容，不能停用或删除。"), code=CqErrorCode.CORE_SERVICE_TYPE,
               clause="CQ-5.1-6")
    entry = CatalogueEntry.objects.filter(code=code, disabled_on__isnull=True).first()
    if entry is None:
        refuse(_("没有该服务类型，或已停用。"), code=CqErrorCode.SERVICE_TYPE_UNKNOWN, clause="CQ-5.1-6")
    entry.disabled_on = on
    entry.save(update_fields=["disabled_on", "updated_at"])
    audit_standard(actor=actor, obj=entry, action="update", unit=actor.unit, clause="CQ-5.1-6", now=now,
                   after={"disabled_on": on})
    return entry


@transaction.atomic
def case_service_item_attach(*, actor, case, item: str, label: str = "", reference: str = "", note: str = "",
                             now=None) -> CaseServiceItem:
    """CQ-7.1.10-1: a public employment service item of GB/T 33527-2017 attached as needed, under the dated
    standard it runs by (CQ-2-1); a job introduction with its record number is the case's job-introduction link
    (CQ-7.1.4-1)."""
    ensure_counsellor(actor=actor, case=case)
    if item not in PublicServiceItem.values:
        refuse(_("请选择服务事项。"), code=CommonErrorCode.INVALID, clause="CQ-7.1.10-1", field="item")
    if item == PublicServiceItem.OTHER and not (label or "").strip():
        refuse(_("其他服务事项须填写名称。"), code=CommonErrorCode.REQUIRED, clause="CQ-7.1.10-1", field="label")
    if item == PublicServiceItem.JOB_INTRODUCTION and not (reference or "").strip():
        refuse(_("职业介绍须填写服务记录编号。"), code=CommonErrorCode.REQUIRED, clause="CQ-7.1.4-1", field="reference")
    attached = CaseServiceItem.objects.create(case=case, item=item, label=(label or "").strip(),
                                              reference=(reference or "").strip(), note=(note or "").strip(),
                                              basis=rules.item_basis(item), attached_on=today(now), attached_by=actor)
    if item == PublicServiceItem.JOB_INTRODUCTION and not case.job_introduction_ref:
        case.job_introduction_ref = attached.reference
        case.save(update_fields=["job_introduction_ref", "updated_at"])
    audit_standard(actor=actor, obj=attached, action="create", unit=case.unit, clause="CQ-7.1.10-1", now=now,
                   after={"item": item, "standard": attached.basis})
    return attached


def _practice_data(data_used) -> list[dict]:
    rows = {str(d.get("topic")): d for d in data_used or ()}
    cleaned, errors = [], []
    for topic in rules.PRACTICE_DATA_TOPICS:
        row = rows.get(topic) or {}
        try:
            on = dt.date.fromisoformat(str(row.get("date")))
        except ValueError:
            on = None
        if not str(row.get("figures", "")).strip() or not str(row.get("source", "")).strip() or on is None:
            errors.append(topic)
            continue
        cleaned.append({"topic": topic, "figures": str(row["figures"]).strip(), "source": str(row["source"]).strip(),
                        "date": on.isoformat()})
    if errors:
        raise DomainError(field_errors={f"data_{t}": [_("请填写数据、来源和数据日期。")] for t in errors},
                          clause="CQ-7.1.9-1", code=CommonErrorCode.REQUIRED)
    return cleaned


@transaction.atomic
def practice_guidance_record(*, actor, case, held_on: dt.date, channel: str, data_used, development_goals: str,
                             pay_recommendations: str, reserve_recommendations: str,
                             now=None) -> EmploymentPracticeGuidance:
    """CQ-7.1.9-1: the local economy, wage levels and labour-force structure used (each with source and date), the
    employer's development goals, recommendations on pay and benefits and on HR reserves; logged in the process
    record as recruitment guidance of that sub-type (CQ-5.2-2, CQ-7.1.10-2)."""
    ensure_counsellor(actor=actor, case=case)
    if case.recipient_type != RecipientType.EMPLOYER:
        refuse(_("用工行为指导只面向用人单位。"), code=CqErrorCode.NOT_EMPLOYER_CASE, clause="CQ-7.1.9-1")
    data = _practice_data(data_used)
    values = {f: require_text(v, field=f, label=label, clause="CQ-7.1.9-1") for f, v, label in (
        ("development_goals", development_goals, _("用人单位发展目标")),
        ("pay_recommendations", pay_recommendations, _("薪酬待遇建议")),
        ("reserve_recommendations", reserve_recommendations, _("人力资源储备建议")))}
    record = EmploymentPracticeGuidance.objects.create(case=case, held_on=held_on, data_used=data, counsellor=actor,
                                                       **values)
    audit_standard(actor=actor, obj=record, action="create", unit=case.unit, clause="CQ-7.1.9-1", now=now,
                   after={"data": [d["topic"] for d in data]})
    process_record_add(actor=actor, case=case, held_on=held_on, channel=channel, service_type="recruitment_guidance",
                       sub_type=RecruitmentSubType.EMPLOYMENT_PRACTICE_GUIDANCE,
                       summary=_("用工行为指导：%(p)s") % {"p": values["pay_recommendations"][:150]}, now=now)
    return record


@transaction.atomic
def institution_register(*, actor, unit, name: str, qualification_type: str, qualification_number: str,
                         valid_from: dt.date, valid_until: dt.date, courses: str = "", now=None) -> TrainingInstitution:
    """CQ-7.1.5-1: an HR training institution with its lawful qualification (type, number, validity)."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-7.1.5-1")
    values = {f: require_text(v, field=f, label=label, clause="CQ-7.1.5-1") for f, v, label in (
        ("name", name, _("机构名称")), ("qualification_type", qualification_type, _("资质类型")),
        ("qualification_number", qualification_number, _("资质编号")))}
    if valid_until < valid_from:
        refuse(_("资质有效期的结束日期不能早于开始日期。"), code=CommonErrorCode.INVALID, field="valid_until")
    institution = TrainingInstitution.objects.create(unit=unit, valid_from=valid_from, valid_until=valid_until,
                                                     courses=(courses or "").strip(), **values)
    audit_standard(actor=actor, obj=institution, action="create", unit=unit, clause="CQ-7.1.5-1", now=now,
                   after={"name": institution.name, "valid_until": valid_until})
    return institution


@transaction.atomic
def institution_verify(*, actor, institution: TrainingInstitution, attribute: str, evidence: str,
                       now=None) -> InstitutionVerification:
    """CQ-7.1.5-1: one of the three attributes verified, with verifier, date and evidence."""
    ensure_manager(actor=actor, unit=institution.unit, clause="CQ-7.1.5-1")
    if attribute not in InstitutionAttribute.values:
        refuse(_("请选择核验事项。"), code=CommonErrorCode.INVALID, field="attribute")
    check = InstitutionVerification.objects.create(
        institution=institution, attribute=attribute, verified_on=today(now), verified_by=actor,
        evidence=require_text(evidence, field="evidence", label=_("核验依据"), clause="CQ-7.1.5-1"))
    audit_standard(actor=actor, obj=check, action="create", unit=institution.unit, clause="CQ-7.1.5-1", now=now,
                   after={"attribute": attribute})
    return check


@transaction.atomic
def training_recommend(*, actor, case, institution: TrainingInstitution, training_info: str, need: str,
                       now=None) -> TrainingRecommendation:
    """CQ-7.1.5-2: only an institution with all three attributes verified and its qualification valid on the
    recommendation date; the case records the training information given and the need it answers."""
    ensure_counsellor(actor=actor, case=case)
    day = today(now)
    problems = rules.recommendation_problems(
        verified=institution_verified_attributes(institution=institution), required=InstitutionAttribute.values,
        valid_from=institution.valid_from, valid_until=institution.valid_until, on=day)
    if problems:
        refuse(_("该培训机构的合法资质、内部管理和安全措施未全部核验，或资质不在有效期内，不能推荐。"),
               code=CqErrorCode.INSTITUTION_NOT_RECOMMENDABLE, clause="CQ-7.1.5-2", field="institution")
    recommendation = TrainingRecommendation.objects.create(
        case=case, institution=institution, recommended_on=day, counsellor=actor,
        training_info=require_text(training_info, field="training_info", label=_("培训信息"), clause="CQ-7.1.5-2"),
        need=require_text(need, field="need", label=_("对应的需求"), clause="CQ-7.1.5-2"))
    audit_standard(actor=actor, obj=recommendation, action="create", unit=case.unit, clause="CQ-7.1.5-2", now=now,
                   after={"institution": institution.pk})
    return recommendation
