"""The CQ staff register: each practitioner's qualification facts, the two roles granted only when their rule
passes (CQ-4.6.1-1, CQ-4.6.1-3, CQ-4.6.1-5 to CQ-4.6.1-7), who may be assigned (CQ-4.6.1-4, CQ-7.1.3-1),
training hours (CQ-4.6.2-4) and the guidance projects management staff own (CQ-4.4-2, CQ-4.6.1-2).
The policy numbers are read here and passed into the pure rules of `staff_rules`."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import policy_number, refuse, refuse_forbidden, require_text, today

from ..choices import Education, ExperienceKind, PractitionerRoleKind
from ..error_codes import CqErrorCode
from ..models import GuidanceProject, Practitioner, PractitionerRole, TrainingRecord
from ..permissions import is_agency_head, is_management_staff
from ..selectors import catalogue
from ..staff_rules import (
    Decision,
    Periods,
    StaffCertificate,
    guidance_staff_qualification,
    management_staff_qualification,
)
from .database import database_record_verify
from .steps import audit_standard, ensure_manager

REASONS = {
    "education_below_bachelor": gettext_lazy("最高学历须为大学本科及以上"),
    "knowledge_not_attested": gettext_lazy("尚未确认其掌握人力资源和社会保障法律政策、市场供求、工资指导价位、职业分类等知识"),
    "no_valid_guidance_certificate": gettext_lazy("没有有效的四级及以上职业指导员（师）证书"),
    "consulting_or_training_years_short": gettext_lazy("从事咨询或培训相关工作年限不足"),
    "industry_years_short": gettext_lazy("相关行业从业年限不足"),
    "guidance_years_short": gettext_lazy("职业指导工作经验年限不足"),
    "competence_not_attested": gettext_lazy("尚未确认其职业指导知识和岗位能力"),
}
ATTESTATIONS = ("knowledge", "competence", "local_economy")


def guidance_staff_check(*, unit, on: dt.date, education: str, knowledge_attested: bool, certificates,
                         consulting_periods: Periods, industry_periods: Periods, special_talent_statement: str = "",
                         special_talent_approved: bool = False) -> Decision:
    """CQ-4.6.1-5, CQ-4.6.1-6, CQ-4.6.1-7 for a guidance-staff member of `unit`."""
    return guidance_staff_qualification(
        on=on, education=education, knowledge_attested=knowledge_attested, certificates=certificates,
        consulting_periods=consulting_periods, industry_periods=industry_periods,
        special_talent_statement=special_talent_statement, special_talent_approved=special_talent_approved,
        min_consulting_years=policy_number("cq.guidance_staff_min_consulting_years", unit=unit, on=on),
        min_industry_years=policy_number("cq.guidance_staff_min_industry_years", unit=unit, on=on))


def management_staff_check(*, unit, on: dt.date, guidance_periods: Periods, competence_attested: bool) -> Decision:
    """CQ-4.6.1-3, CQ-4.6.1-7 for a management-staff member of `unit`."""
    return management_staff_qualification(
        on=on, guidance_periods=guidance_periods, competence_attested=competence_attested,
        min_years=policy_number("cq.management_staff_min_years", unit=unit, on=on))


def _periods(practitioner: Practitioner, kind: str) -> list[tuple[dt.date, dt.date | None]]:
    return [(dt.date.fromisoformat(e["start"]), dt.date.fromisoformat(e["end"]) if e.get("end") else None)
            for e in practitioner.experience if e.get("kind") == kind]


def _certificates(practitioner: Practitioner) -> list[StaffCertificate]:
    return [StaffCertificate(c["occupation"], int(c["level"]), c["kind"],
                             dt.date.fromisoformat(c["valid_until"]) if c.get("valid_until") else None)
            for c in practitioner.certificates]


def role_decision(*, practitioner: Practitioner, role: str, on: dt.date) -> Decision:
    """The qualification rule of `role` applied to the practitioner's recorded facts as of `on`."""
    unit = practitioner.user.unit
    if role == PractitionerRoleKind.MANAGEMENT_STAFF:
        return management_staff_check(unit=unit, on=on, guidance_periods=_periods(practitioner, ExperienceKind.GUIDANCE),
                                      competence_attested=practitioner.competence_attested_on is not None)
    return guidance_staff_check(
        unit=unit, on=on, education=practitioner.education,
        knowledge_attested=practitioner.knowledge_attested_on is not None, certificates=_certificates(practitioner),
        consulting_periods=_periods(practitioner, ExperienceKind.CONSULTING_TRAINING),
        industry_periods=_periods(practitioner, ExperienceKind.INDUSTRY),
        special_talent_statement=practitioner.special_talent_statement,
        special_talent_approved=practitioner.special_talent_approved_on is not None)


def _refuse_unqualified(decision: Decision) -> None:
    listed = "；".join(str(REASONS.get(r, r)) for r in decision.reasons)
    refuse(_("不符合任职条件：%(r)s。") % {"r": listed}, code=CqErrorCode.NOT_QUALIFIED, clause=decision.clause)


def _active_grant(practitioner, role):
    return practitioner.roles.filter(role=role, revoked_on__isnull=True).first()


def _with_parents(service_types, *, on: dt.date) -> set[str]:
    """The types named and the types they are sub-types of: a job-search topic (CQ-5.1-2) or a recruitment-guidance
    sub-type (CQ-5.2-2) is job-search or recruitment guidance for CQ-7.1.3-1."""
    named = set(service_types)
    return named | {item.parent for item in catalogue(on=on) if item.code in named and item.parent}


def ensure_assignable(*, counsellor, on: dt.date, service_types=(), clause: str = "CQ-4.6.1-4") -> None:
    """CQ-4.6.1-4: only a guidance-staff member whose qualification still holds on `on` is assigned to a case;
    CQ-7.1.3-1: job-search and recruitment guidance only to one attested to know the local economy and pay."""
    practitioner = Practitioner.objects.filter(user_id=getattr(counsellor, "pk", None)).first()
    if practitioner is None or _active_grant(practitioner, PractitionerRoleKind.GUIDANCE_STAFF) is None:
        refuse(_("只有职业指导人员可以被指定为个案的指导人员。"), code=CqErrorCode.NOT_GUIDANCE_STAFF, clause=clause)
    decision = role_decision(practitioner=practitioner, role=PractitionerRoleKind.GUIDANCE_STAFF, on=on)
    if not decision.qualified:
        _refuse_unqualified(decision)
    if _with_parents(service_types, on=on) & {"job_search_guidance", "recruitment_guidance"} and \
            practitioner.local_economy_attested_on is None:
        refuse(_("求职指导和招聘用人指导只能指定了解当地经济发展水平、行业薪酬待遇等基本情况的职业指导人员。"),
               code=CqErrorCode.LOCAL_ECONOMY_NOT_ATTESTED, clause="CQ-7.1.3-1")


def _clean_certificates(certificates) -> list[dict]:
    cleaned = []
    for c in certificates or ():
        try:
            level = int(c["level"])
            valid_until = dt.date.fromisoformat(str(c["valid_until"])) if c.get("valid_until") else None
        except (KeyError, TypeError, ValueError):
            refuse(_("证书须填写职业、等级（1至5级）和有效期。"), code=CommonErrorCode.INVALID, field="certificates")
        if not 1 <= level <= 5 or c.get("kind") not in ("qualification", "skill_level"):
            refuse(_("证书等级须为1至5级，类别为职业资格证书或职业技能等级证书。"), code=CommonErrorCode.INVALID,
                   field="certificates")
        cleaned.append({"occupation": str(c.get("occupation") or "career_guidance"), "level": level, "kind": c["kind"],
                        "number": str(c.get("number", "")), "valid_until": valid_until and valid_until.isoformat()})
    return cleaned


def _clean_experience(entries) -> list[dict]:
    cleaned = []
    for e in entries or ():
        try:
            start = dt.date.fromisoformat(str(e["start"]))
            end = dt.date.fromisoformat(str(e["end"])) if e.get("end") else None
        except (KeyError, TypeError, ValueError):
            refuse(_("工作经历须填写类别和起止日期。"), code=CommonErrorCode.INVALID, field="experience")
        if e.get("kind") not in ExperienceKind.values or (end is not None and end < start):
            refuse(_("工作经历的类别无效，或结束日期早于开始日期。"), code=CommonErrorCode.INVALID, field="experience")
        cleaned.append({"kind": e["kind"], "start": start.isoformat(), "end": end and end.isoformat(),
                        "employer": str(e.get("employer", ""))})
    return cleaned


@transaction.atomic
def practitioner_profile_set(*, actor, user, education: str, certificates=(), experience=(),
                             special_talent_statement: str = "", now=None) -> Practitioner:
    """CQ-4.6.1-1, CQ-4.6.1-5, CQ-4.6.1-7: the facts the qualification rules read (degree, certificates, dated
    experience by kind, a special-talent statement); changing the statement withdraws an earlier approval."""
    ensure_manager(actor=actor, unit=user.unit, clause="CQ-4.6.1-1")
    if education not in Education.values:
        refuse(_("请选择最高学历。"), code=CommonErrorCode.INVALID, field="education")
    practitioner, created = Practitioner.objects.get_or_create(user=user, defaults={"education": education})
    statement = (special_talent_statement or "").strip()
    if statement != practitioner.special_talent_statement:
        practitioner.special_talent_approved_on = practitioner.special_talent_approved_by = None
    practitioner.education, practitioner.special_talent_statement = education, statement
    practitioner.certificates, practitioner.experience = _clean_certificates(certificates), _clean_experience(experience)
    practitioner.save()
    audit_standard(actor=actor, obj=practitioner, action="create" if created else "update", unit=user.unit,
                   clause="CQ-4.6.1-1", now=now, after={"education": education,
                                                        "certificates": len(practitioner.certificates),
                                                        "experience": len(practitioner.experience)})
    return practitioner


@transaction.atomic
def practitioner_attest(*, actor, practitioner: Practitioner, attestation: str, now=None) -> Practitioner:
    """The appointing manager's attestations: knowledge (CQ-4.6.1-5 ii, CQ-4.6.2-5), guidance knowledge and post
    competence (CQ-4.6.1-3), knowledge of the local economy and industry pay (CQ-7.1.3-1)."""
    ensure_manager(actor=actor, unit=practitioner.user.unit, clause="CQ-4.6.1-5")
    if attestation not in ATTESTATIONS:
        refuse(_("确认事项无效。"), code=CommonErrorCode.INVALID, field="attestation")
    if actor.pk == practitioner.user_id:
        refuse_forbidden(clause="CQ-4.6.1-3", message=_("不能为本人作出任职确认。"))
    setattr(practitioner, f"{attestation}_attested_on", today(now))
    setattr(practitioner, f"{attestation}_attested_by", actor)
    practitioner.save()
    audit_standard(actor=actor, obj=practitioner, action="update", unit=practitioner.user.unit, clause="CQ-4.6.1-5",
                   now=now, after={"attested": attestation})
    return practitioner


@transaction.atomic
def practitioner_special_talent_approve(*, actor, practitioner: Practitioner, now=None) -> Practitioner:
    """CQ-4.6.1-6: the exception route needs a written statement and the agency head's approval."""
    if not is_agency_head(actor):
        refuse_forbidden(clause="CQ-4.6.1-6", message=_("特殊专业人才须经机构负责人批准。"))
    ensure_manager(actor=actor, unit=practitioner.user.unit, clause="CQ-4.6.1-6")
    if not practitioner.special_talent_statement:
        refuse(_("请先填写特殊专业才能的书面说明。"), code=CommonErrorCode.REQUIRED, clause="CQ-4.6.1-6",
               field="special_talent_statement")
    practitioner.special_talent_approved_on, practitioner.special_talent_approved_by = today(now), actor
    practitioner.save()
    audit_standard(actor=actor, obj=practitioner, action="update", unit=practitioner.user.unit, clause="CQ-4.6.1-6",
                   now=now, after={"special_talent_approved": True})
    return practitioner


@transaction.atomic
def practitioner_role_grant(*, actor, practitioner: Practitioner, role: str, now=None) -> PractitionerRole:
    """CQ-4.6.1-1, CQ-4.6.1-3, CQ-4.6.1-5, CQ-4.6.1-6: a role is granted only when its rule passes as of the
    grant date; a person may hold both roles.  The staff member enters the guidance service database
    (CQ-4.4-2)."""
    ensure_manager(actor=actor, unit=practitioner.user.unit, clause="CQ-4.6.1-1")
    if role not in PractitionerRoleKind.values:
        refuse(_("请选择角色。"), code=CommonErrorCode.INVALID, field="role")
    if _active_grant(practitioner, role) is not None:
        refuse(_("该人员已担任此角色。"), code=CqErrorCode.ROLE_ALREADY_HELD, clause="CQ-4.6.1-1")
    decision = role_decision(practitioner=practitioner, role=role, on=today(now))
    if not decision.qualified:
        _refuse_unqualified(decision)
    grant = PractitionerRole.objects.create(practitioner=practitioner, role=role, route=decision.route,
                                            granted_on=today(now), granted_by=actor)
    user = practitioner.user
    audit_standard(actor=actor, obj=grant, action="create", unit=user.unit, clause=decision.clause, now=now,
                   after={"role": role, "route": decision.route})
    database_record_verify(actor=actor, family="guidance_staff", ref=f"user:{user.pk}", label=user.full_name,
                           unit=user.unit, now=now)
    return grant


@transaction.atomic
def practitioner_role_revoke(*, actor, grant: PractitionerRole, reason: str, now=None) -> PractitionerRole:
    ensure_manager(actor=actor, unit=grant.practitioner.user.unit, clause="CQ-4.6.1-1")
    grant.revoke_reason = require_text(reason, field="reason", label=_("免职原因"), clause="CQ-4.6.1-1")
    grant.revoked_on = today(now)
    grant.save()
    audit_standard(actor=actor, obj=grant, action="update", unit=grant.practitioner.user.unit, clause="CQ-4.6.1-1",
                   now=now, after={"revoked_on": grant.revoked_on}, reason=grant.revoke_reason)
    return grant


@transaction.atomic
def training_record_add(*, actor, practitioner: Practitioner, held_on: dt.date, provider: str, topic: str,
                        class_hours, evidence: str, now=None) -> TrainingRecord:
    """CQ-4.6.2-4: one training (date, provider, topic, class hours, evidence)."""
    ensure_manager(actor=actor, unit=practitioner.user.unit, clause="CQ-4.6.2-4")
    errors = {f: [_("此项必填。")] for f, v in (("provider", provider), ("topic", topic), ("evidence", evidence))
              if not (v or "").strip()}
    try:
        hours = Decimal(str(class_hours))
    except InvalidOperation:
        hours = Decimal(0)
    if hours <= 0:
        errors["class_hours"] = [_("课时须大于0。")]
    if held_on > today(now):
        errors["held_on"] = [_("日期不能晚于今天。")]
    if errors:
        raise DomainError(field_errors=errors, clause="CQ-4.6.2-4", code=CommonErrorCode.INVALID)
    record = TrainingRecord.objects.create(practitioner=practitioner, held_on=held_on, provider=provider.strip(),
                                           topic=topic.strip(), class_hours=hours, evidence=evidence.strip(),
                                           recorded_by=actor)
    audit_standard(actor=actor, obj=record, action="create", unit=practitioner.user.unit, clause="CQ-4.6.2-4",
                   now=now, after={"class_hours": str(hours), "held_on": held_on})
    return record


def _ensure_management_staff(actor, clause):
    if not is_management_staff(actor):
        refuse_forbidden(clause=clause, message=_("职业指导项目由专业管理人员负责研发和审批。"))


@transaction.atomic
def project_create(*, actor, unit, title: str, objectives: str, target_group: str, content: str, materials: str,
                   now=None) -> GuidanceProject:
    """CQ-4.4-2, CQ-4.6.1-2: a guidance project designed by management staff, who own it; it enters the guidance
    service database as project material."""
    _ensure_management_staff(actor, "CQ-4.6.1-2")
    ensure_manager(actor=actor, unit=unit, clause="CQ-4.6.1-2")
    values = {f: require_text(v, field=f, label=label, clause="CQ-4.4-2") for f, v, label in (
        ("title", title, _("项目名称")), ("objectives", objectives, _("项目目标")),
        ("target_group", target_group, _("服务对象")), ("content", content, _("项目内容")),
        ("materials", materials, _("项目资料")))}
    project = GuidanceProject.objects.create(unit=unit, owner=actor, **values)
    audit_standard(actor=actor, obj=project, action="create", unit=unit, clause="CQ-4.6.1-2", now=now,
                   after={"title": project.title})
    database_record_verify(actor=actor, family="project_material", ref=f"project:{project.pk}", label=project.title,
                           unit=unit, now=now)
    return project


@transaction.atomic
def project_approve(*, actor, project: GuidanceProject, now=None) -> GuidanceProject:
    """CQ-4.6.1-2: programme-level records are approved by management staff."""
    _ensure_management_staff(actor, "CQ-4.6.1-2")
    ensure_manager(actor=actor, unit=project.unit, clause="CQ-4.6.1-2")
    if project.approved_on is not None:
        refuse(_("该项目已批准。"), code=CommonErrorCode.DUPLICATE, clause="CQ-4.6.1-2")
    project.approved_on, project.approved_by = today(now), actor
    project.save()
    audit_standard(actor=actor, obj=project, action="update", unit=project.unit, clause="CQ-4.6.1-2", now=now,
                   after={"approved": True})
    return project
