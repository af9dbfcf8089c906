"""The agency's basic requirements: the PES qualification and its renewal warning (CQ-3.2-1, CQ-4.1-1), the
management-system register (CQ-4.1-2, CQ-4.3-3), site devices and inspections (CQ-4.2-*), later editions of the
dated references (CQ-2-1)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import now_or, policy_number, refuse, require_text, today
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition

from ...duty_kinds import KIND_QUALIFICATION_RENEWAL
from .. import rules
from ..choices import DeviceStatus, ManagementDocType, QualificationKind
from ..error_codes import CqErrorCode
from ..models import AgencyQualification, ManagementDocument, SiteDevice, SiteInspection, StandardEditionNote
from ..selectors import public_computers_in_service
from ..states import DEVICE_TRANSITIONS
from .quality import quality_duties_ensure
from .steps import audit_standard, ensure_manager


def _renewal_spec(*, qualification: AgencyQualification, on: dt.date) -> DutySpec:
    """CQ-4.1-1: renew before the expiry date; the unit heads are reminded `cq.qualification_expiry_warning_days`
    calendar days before it (an unassigned duty reminds the unit heads)."""
    days = policy_number("cq.qualification_expiry_warning_days", unit=qualification.unit, on=on)
    warn = max(rules.qualification_warning_on(qualification.expires_on, days), on)
    return DutySpec(kind=KIND_QUALIFICATION_RENEWAL, title=_("机构资质到期换证：%(q)s") % {"q": qualification},
                    clause="CQ-4.1-1", due_date=qualification.expires_on, unit=qualification.unit, remind_on=(warn,))


@transaction.atomic
def qualification_record(*, actor, unit, kind: str, number: str, authority: str, issued_on: dt.date,
                         expires_on: dt.date | None = None, now=None) -> AgencyQualification:
    """CQ-3.2-1, CQ-4.1-1: type, number, issuing authority, issue and expiry dates.  A new record renews the
    earlier ones (their renewal duties are met); an expiring one owes its own renewal; the agency now owes its
    periodic experience summaries and self-evaluations (CQ-9.2.1-2, CQ-9.2.2-1)."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-4.1-1")
    errors = {}
    if kind not in QualificationKind.values:
        errors["kind"] = [_("请选择资质类型。")]
    for field, value in (("number", number), ("authority", authority)):
        if not (value or "").strip():
            errors[field] = [_("此项必填。")]
    if issued_on > today(now):
        errors["issued_on"] = [_("发证日期不能晚于今天。")]
    if expires_on is not None and expires_on <= issued_on:
        errors["expires_on"] = [_("有效期须晚于发证日期。")]
    if errors:
        raise DomainError(field_errors=errors, clause="CQ-4.1-1", code=CommonErrorCode.INVALID)
    earlier = list(AgencyQualification.objects.filter(unit=unit))
    record = AgencyQualification.objects.create(unit=unit, kind=kind, number=number.strip(),
                                                authority=authority.strip(), issued_on=issued_on,
                                                expires_on=expires_on, recorded_by=actor)
    event = audit_standard(actor=actor, obj=record, action="create", unit=unit, clause="CQ-4.1-1", now=now,
                           after={"kind": kind, "number": record.number, "expires_on": expires_on})
    for old in earlier:
        duties_fulfil_for_subject(actor=actor, subject=old, kind=KIND_QUALIFICATION_RENEWAL, on=today(now),
                                  event=event, now=now)
    if expires_on is not None:
        duty_schedule(actor=actor, subject=record, spec=_renewal_spec(qualification=record, on=today(now)), now=now)
    quality_duties_ensure(actor=actor, unit=unit, now=now)
    return record


@transaction.atomic
def management_document_record(*, actor, unit, doc_type: str, title: str, version: str, effective_from: dt.date,
                               approver: str, file, type_label: str = "", now=None) -> ManagementDocument:
    """CQ-4.1-2, CQ-4.3-3: a register entry with version, effective date, approver and file; the six types of
    4.1 b) are the minimum, procedures, post responsibilities and other types may be added."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-4.1-2")
    errors = {f: [_("此项必填。")] for f, v in (("title", title), ("version", version), ("approver", approver))
              if not (v or "").strip()}
    if doc_type not in ManagementDocType.values:
        errors["doc_type"] = [_("请选择文件类型。")]
    elif doc_type == ManagementDocType.OTHER and not (type_label or "").strip():
        errors["type_label"] = [_("其他类型须填写类型名称。")]
    if not file:
        errors["file"] = [_("请上传制度文件。")]
    if errors:
        raise DomainError(field_errors=errors, clause="CQ-4.1-2", code=CommonErrorCode.INVALID)
    document = ManagementDocument.objects.create(
        unit=unit, doc_type=doc_type, type_label=(type_label or "").strip(), title=title.strip(), version=version.strip(),
        effective_from=effective_from, approver=approver.strip(), file=file, recorded_by=actor)
    audit_standard(actor=actor, obj=document, action="create", unit=unit, clause="CQ-4.1-2", now=now,
                   after={"doc_type": doc_type, "version": document.version, "effective_from": effective_from})
    return document


@transaction.atomic
def management_document_withdraw(*, actor, document: ManagementDocument, on: dt.date, now=None):
    """CQ-4.1-3: a document stops being in effect from `on`."""
    ensure_manager(actor=actor, unit=document.unit, clause="CQ-4.1-3")
    if document.withdrawn_on is not None:
        refuse(_("该文件已废止。"), code=CommonErrorCode.DUPLICATE, clause="CQ-4.1-3")
    if on < document.effective_from:
        refuse(_("废止日期不能早于生效日期。"), code=CommonErrorCode.INVALID, clause="CQ-4.1-3", field="on")
    document.withdrawn_on = on
    document.save(update_fields=["withdrawn_on", "updated_at"])
    audit_standard(actor=actor, obj=document, action="update", unit=document.unit, clause="CQ-4.1-3", now=now,
                   after={"withdrawn_on": on})
    return document


@transaction.atomic
def device_register(*, actor, unit, asset_number: str, description: str, public_area: bool = True,
                    internet: bool = True, now=None) -> SiteDevice:
    """CQ-4.2-3, CQ-4.3-1: a device of the site, in service from today."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-4.2-3")
    asset = require_text(asset_number, field="asset_number", label=_("资产编号"), clause="CQ-4.2-3")
    label = require_text(description, field="description", label=_("设备名称"), clause="CQ-4.2-3")
    if SiteDevice.objects.filter(unit=unit, asset_number=asset).exists():
        refuse(_("该资产编号已登记。"), code=CommonErrorCode.DUPLICATE, clause="CQ-4.2-3", field="asset_number")
    device = SiteDevice.objects.create(unit=unit, asset_number=asset, description=label, public_area=public_area,
                                       internet=internet, status_changed_at=now_or(now))
    audit_standard(actor=actor, obj=device, action="create", unit=unit, clause="CQ-4.2-3", now=now,
                   after={"public_area": public_area, "internet": internet})
    return device


@transaction.atomic
def device_status_set(*, actor, device: SiteDevice, status: str, reason: str = "", now=None) -> SiteDevice:
    """CQ-4.2-3: a device goes out of service, back into service, or is retired."""
    ensure_manager(actor=actor, unit=device.unit, clause="CQ-4.2-3")
    if status not in DeviceStatus.values:
        refuse(_("状态无效。"), code=CommonErrorCode.INVALID, field="status")
    transition(obj=device, to=status, actor=actor, table=DEVICE_TRANSITIONS, unit=device.unit, clause="CQ-4.2-3",
               reason=reason, milestone_field="status_changed_at", now=now_or(now))
    return device


@transaction.atomic
def site_inspection_record(*, actor, unit, guidance_area: bool, area_suitable: bool, clean_and_fire_safe: bool,
                           note: str = "", now=None) -> SiteInspection:
    """CQ-4.2-1, CQ-4.2-2, CQ-4.2-3: the inspection's attestations and the in-service public internet computers
    counted today against the minimum (policy cq.min_public_computers)."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-4.2-3")
    day = today(now)
    inspection = SiteInspection.objects.create(
        unit=unit, inspected_on=day, inspector=actor, guidance_area=guidance_area, area_suitable=area_suitable,
        clean_and_fire_safe=clean_and_fire_safe, computers_counted=public_computers_in_service(unit=unit),
        computers_required=policy_number("cq.min_public_computers", unit=unit, on=day), note=(note or "").strip())
    audit_standard(actor=actor, obj=inspection, action="create", unit=unit, clause="CQ-4.2-3", now=now,
                   after={"computers": inspection.computers_counted, "required": inspection.computers_required,
                          "guidance_area": guidance_area})
    return inspection


@transaction.atomic
def standard_edition_note(*, actor, number: str, year: int, title: str, now=None) -> StandardEditionNote:
    """CQ-2-1: a later edition of a clause-2 reference is noted for information only; the dated edition keeps
    applying (nothing is substituted)."""
    ensure_manager(actor=actor, unit=actor.unit, clause="CQ-2-1")
    applies = rules.dated_edition(number)
    if applies is None:
        refuse(_("该标准不是本规范第2章列出的规范性引用文件。"), code=CqErrorCode.NOT_A_REFERENCE, clause="CQ-2-1",
               field="number")
    base, dated_year = applies.rsplit("-", 1)
    if int(year) <= int(dated_year):
        refuse(_("只登记晚于引用版本（%(a)s）的新版本。") % {"a": applies}, code=CommonErrorCode.INVALID, clause="CQ-2-1",
               field="year")
    if StandardEditionNote.objects.filter(number=base, year=year).exists():
        refuse(_("该版本已登记。"), code=CommonErrorCode.DUPLICATE, clause="CQ-2-1", field="year")
    note = StandardEditionNote.objects.create(number=base, year=year, title=require_text(title, field="title",
                                                                                         label=_("标准名称")),
                                              noted_by=actor, noted_on=today(now))
    audit_standard(actor=actor, obj=note, action="create", unit=actor.unit, clause="CQ-2-1", now=now,
                   after={"edition": f"{base}-{year}", "applies": applies})
    return note
