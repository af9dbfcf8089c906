"""Typical cases of guidance service (SD-15-2, SD-15-3): written and revised as drafts, de-identified with the
submitter's attestation, submitted, reviewed by experts drawn from the library (SD-9-2), selected or returned, and
published into the resource library as case analyses (SD-17-1)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse, refuse_forbidden, require_in_jurisdiction, today
from careerguide.duties.services import transition
from careerguide.experts.services.library import library_engagement_record

from ..choices import ResourceType
from ..error_codes import ResourcesErrorCode
from ..models import TypicalCase
from ..permissions import can_review_resources, can_use_resources
from ..rules import identifying_findings, split_terms
from ..states import CASE_TRANSITIONS, EDITABLE_CASE_STATUSES, RESOURCE_TRANSITIONS, CaseStatus, ResourceStatus
from .library import resource_create

TEXT_FIELDS = {"title": gettext_lazy("案例标题"), "service_area": gettext_lazy("服务领域"),
               "background": gettext_lazy("案例背景"), "process": gettext_lazy("指导过程"), "outcome": gettext_lazy("服务成效")}


def _move(case, to, actor, *, reason="", now=None):
    return transition(obj=case, to=to, actor=actor, table=CASE_TRANSITIONS, unit=case.owner_unit, clause="SD-15-2",
                      milestone_field="status_changed_at", reason=reason, now=now)


def _cleaned(values: dict) -> dict:
    """The case's texts stripped; every missing required one named at once."""
    clean = {k: (v or "").strip() for k, v in values.items()}
    errors = {f: [_("请填写%(f)s。") % {"f": label}] for f, label in TEXT_FIELDS.items() if not clean.get(f)}
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.REQUIRED, clause="SD-15-2")
    return clean


@transaction.atomic
def case_create(*, actor, owner_unit, title: str, service_area: str, background: str, process: str, outcome: str,
                reflection: str = "", now=None) -> TypicalCase:
    """SD-15-2: a new typical case, in draft."""
    if not can_use_resources(actor):
        refuse_forbidden(clause="SD-15-2")
    require_in_jurisdiction(actor=actor, unit=owner_unit)
    clean = _cleaned({"title": title, "service_area": service_area, "background": background, "process": process,
                      "outcome": outcome, "reflection": reflection})
    case = TypicalCase.objects.create(owner_unit=owner_unit, created_by=actor, **clean)
    audit(actor=actor, obj=case, unit=owner_unit, action="create", clause="SD-15-2", now=now,
          after={"title": case.title})
    return case


@transaction.atomic
def case_edit(*, actor, case: TypicalCase, title: str, service_area: str, background: str, process: str,
              outcome: str, reflection: str = "", now=None) -> TypicalCase:
    """SD-15-2, SD-15-3: revise a draft, a de-identified or a returned case; a changed text is a draft again and
    must be de-identified and attested anew."""
    require_in_jurisdiction(actor=actor, unit=case.owner_unit)
    if case.status not in EDITABLE_CASE_STATUSES:
        refuse(_("案例已报送，不能修改。"), code=ResourcesErrorCode.CASE_NOT_EDITABLE, clause="SD-15-2")
    clean = _cleaned({"title": title, "service_area": service_area, "background": background, "process": process,
                      "outcome": outcome, "reflection": reflection})
    if case.status != CaseStatus.DRAFT:
        _move(case, CaseStatus.DRAFT, actor, reason=_("修改案例"), now=now)
    for field, value in clean.items():
        setattr(case, field, value)
    case.attested_by, case.attested_at = None, None
    case.save()
    audit(actor=actor, obj=case, unit=case.owner_unit, action="update", clause="SD-15-2", now=now,
          after={"title": case.title})
    return case


@transaction.atomic
def case_de_identify(*, actor, case: TypicalCase, attested: bool, identifying_terms: str = "",
                     now=None) -> TypicalCase:
    """SD-15-3: the draft's text is scanned for ID numbers, phone numbers, e-mail and street addresses and for the
    identifying terms the submitter lists (the client's name, employer, school; they are checked, never kept);
    anything found is refused and named (masked); a clean text needs the submitter's attestation."""
    require_in_jurisdiction(actor=actor, unit=case.owner_unit)
    findings = identifying_findings(case.texts(), terms=split_terms(identifying_terms))
    if findings:
        listed = "、".join(f"{f.label}“{f.text}”" for f in findings[:10])
        refuse(_("案例中仍有可识别服务对象的信息，请删除后再确认：%(f)s") % {"f": listed},
               code=ResourcesErrorCode.IDENTIFYING_DATA_FOUND, clause="SD-15-3")
    if not attested:
        refuse(_("请确认已删除服务对象的姓名、身份证号码、电话、地址和可识别的用人单位等信息。"),
               code=ResourcesErrorCode.NOT_ATTESTED, clause="SD-15-3", field="attested")
    case.attested_by, case.attested_at = actor, now or timezone.now()
    case.save(update_fields=["attested_by", "attested_at", "updated_at"])
    _move(case, CaseStatus.DE_IDENTIFIED, actor, reason=_("去标识化并承诺"), now=now)
    return case


@transaction.atomic
def case_submit(*, actor, case: TypicalCase, now=None) -> TypicalCase:
    """SD-15-3: only a de-identified, attested case is submitted; its text is scanned once more."""
    require_in_jurisdiction(actor=actor, unit=case.owner_unit)
    if case.status != CaseStatus.DE_IDENTIFIED or case.attested_by_id is None or identifying_findings(case.texts()):
        refuse(_("案例须先完成去标识化并作出承诺，才能报送。"), code=ResourcesErrorCode.NOT_DE_IDENTIFIED,
               clause="SD-15-3")
    _move(case, CaseStatus.SUBMITTED, actor, now=now)
    return case


def _reviewer(actor, case):
    if not can_review_resources(actor):
        refuse_forbidden(clause="SD-15-2")
    require_in_jurisdiction(actor=actor, unit=case.owner_unit)
    if case.created_by_id == getattr(actor, "pk", None):
        refuse(_("不能评审本人撰写的案例。"), code=ResourcesErrorCode.OWN_CASE, clause="SD-15-2")


@transaction.atomic
def case_review_open(*, actor, case: TypicalCase, experts: list, on: dt.date | None = None, now=None) -> TypicalCase:
    """SD-15-2, SD-9-2: the submitted case goes to experts of the library usable here, logged as a review use of
    the library (experts of the submitting organisation are recused, SD-9-4)."""
    _reviewer(actor, case)
    engagement = library_engagement_record(actor=actor, purpose="review", activity=_("典型案例评审：%(t)s") % {
        "t": case.title}, on=on or today(now), experts=list(experts), subject_organisation=case.owner_unit.name, now=now)
    case.review = engagement
    case.save(update_fields=["review", "updated_at"])
    _move(case, CaseStatus.UNDER_REVIEW, actor, now=now)
    return case


@transaction.atomic
def case_decide(*, actor, case: TypicalCase, selected: bool, note: str = "", now=None) -> TypicalCase:
    """SD-15-2: after the experts' review the case is selected, or returned with the reasons."""
    _reviewer(actor, case)
    note = (note or "").strip()
    if not selected and not note:
        refuse(_("退回须填写评审意见。"), code=CommonErrorCode.REQUIRED, clause="SD-15-2", field="note")
    case.decision_note = note
    case.save(update_fields=["decision_note", "updated_at"])
    _move(case, CaseStatus.SELECTED if selected else CaseStatus.RETURNED, actor, reason=note, now=now)
    return case


@transaction.atomic
def case_publish(*, actor, case: TypicalCase, licence: str, sharing: str = "shared", now=None) -> TypicalCase:
    """SD-15-2, SD-17-1: a selected case is published into the resource library as a case analysis, already
    reviewed, so the library entry is published at once."""
    _reviewer(actor, case)
    if case.status != CaseStatus.SELECTED:
        refuse(_("只有入选的案例可以发布。"), code=CommonErrorCode.INVALID_TRANSITION, clause="SD-15-2")
    sections = [(_("案例背景"), case.background), (_("指导过程"), case.process), (_("服务成效"), case.outcome),
                (_("经验启示"), case.reflection)]
    resource = resource_create(
        actor=actor, owner_unit=case.owner_unit, title=case.title, resource_type=ResourceType.CASE_ANALYSIS,
        resource_date=today(now), licence=licence, sharing=sharing, tags=["典型案例", case.service_area],
        content="\n\n".join(f"{h}\n{t}" for h, t in sections if t), source_key=f"typical_case:{case.pk}", now=now)
    for to in (ResourceStatus.SUBMITTED, ResourceStatus.PUBLISHED):
        transition(obj=resource, to=to, actor=actor, table=RESOURCE_TRANSITIONS, unit=case.owner_unit,
                   clause="SD-15-2", milestone_field="status_changed_at", reason=_("典型案例经专家评审入选"), now=now)
    case.resource = resource
    case.save(update_fields=["resource", "updated_at"])
    _move(case, CaseStatus.PUBLISHED, actor, now=now)
    return case
