"""JSON API of the agency's registers: qualification and compliance (CQ-3.2-1, CQ-4.1-*), management documents,
sites (CQ-4.2-3), dated references (CQ-2-1), the reference library and handbooks (CQ-4.3-2, CQ-7.1.1-*), staff roles
and training (CQ-4.6.1-*, CQ-4.6.2-4), projects (CQ-4.4-2), the catalogue (CQ-5.1-6, CQ-5.2-3), training institutions
(CQ-7.1.5-1) and the public service page (CQ-9.1.1-*)."""
import datetime as dt
from decimal import Decimal

from django.utils import timezone
from ninja import File, Form, Router, Schema, Status
from ninja.files import UploadedFile

from careerguide.accounts.access import api_public, api_require
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.selectors import staff_pick
from careerguide.organisations.selectors import public_unit_get, unit_get

from ..permissions import can_manage_cq, can_work_cq_cases
from ..selectors import (
    catalogue,
    compliance_dashboard,
    device_get,
    grant_get,
    handbook_get,
    institution_get,
    normative_references,
    policy_item_get,
    policy_item_list,
    policy_items_pick,
    practitioner_get,
    project_get,
    public_service_page,
)
from ..services import agency, library, staff
from ..services import catalogue as catalogue_services

router = Router(tags=["guidance-cq-registers"])


class CqIdOut(Schema):
    id: int


class CqQualificationIn(Schema):
    unit_id: int
    kind: str
    number: str
    authority: str
    issued_on: dt.date
    expires_on: dt.date | None = None


class ComplianceOut(Schema):
    unit_id: int
    unit: str
    qualified: bool
    missing_documents: list[str]
    computers: int
    computers_required: int
    flagged: bool


class DocumentIn(Schema):
    unit_id: int
    doc_type: str
    title: str
    version: str
    effective_from: dt.date
    approver: str
    type_label: str = ""


class DeviceIn(Schema):
    unit_id: int
    asset_number: str
    description: str
    public_area: bool = True
    internet: bool = True


class StatusIn(Schema):
    status: str
    reason: str = ""


class InspectionIn(Schema):
    unit_id: int
    guidance_area: bool
    area_suitable: bool
    clean_and_fire_safe: bool
    note: str = ""


class InspectionOut(Schema):
    id: int
    computers_counted: int
    computers_required: int


class EditionIn(Schema):
    number: str
    year: int
    title: str


class ReferenceOut(Schema):
    number: str
    title: str
    applies: str


class PolicyItemIn(Schema):
    unit_id: int
    title: str
    issuer: str
    doc_number: str = ""
    category: str
    effective_on: dt.date
    summary: str


class PolicyItemOut(Schema):
    id: int
    title: str
    issuer: str
    doc_number: str
    category: str
    status: str
    effective_on: dt.date
    last_reviewed_on: dt.date


class AmendIn(Schema):
    summary: str


class DisplayIn(Schema):
    unit_id: int
    item_id: int
    channel: str


class DisplayOut(Schema):
    id: int
    published_on: dt.date
    item_revision: int


class HandbookIn(Schema):
    unit_id: int
    title: str
    item_ids: list[int]
    introduction: str = ""


class HandbookOut(Schema):
    id: int
    title: str
    version: int
    compiled_on: dt.date


class ProfileIn(Schema):
    user_id: int
    education: str
    certificates: list[dict] = []
    experience: list[dict] = []
    special_talent_statement: str = ""


class AttestIn(Schema):
    attestation: str


class RoleIn(Schema):
    role: str


class RoleOut(Schema):
    id: int
    role: str
    route: str
    granted_on: dt.date


class RevokeIn(Schema):
    reason: str


class TrainingIn(Schema):
    held_on: dt.date
    provider: str
    topic: str
    class_hours: Decimal
    evidence: str


class ProjectIn(Schema):
    unit_id: int
    title: str
    objectives: str
    target_group: str
    content: str
    materials: str


class CatalogueIn(Schema):
    code: str
    label: str
    recipient_type: str
    description: str
    effective_from: dt.date
    parent_code: str = ""


class CatalogueOut(Schema):
    code: str
    label: str
    recipient_types: list[str]
    parent: str
    core: bool


class DisableIn(Schema):
    on: dt.date


class InstitutionIn(Schema):
    unit_id: int
    name: str
    qualification_type: str
    qualification_number: str
    valid_from: dt.date
    valid_until: dt.date
    courses: str = ""


class CqVerifyIn(Schema):
    attribute: str
    evidence: str


def _unit(request, pk):
    return unit_get(actor=request.user, pk=pk)


@router.post("/qualifications", response={201: CqIdOut})
@api_require(can_manage_cq)
def record_qualification(request, payload: CqQualificationIn):
    data = payload.dict()
    return Status(201, agency.qualification_record(actor=request.user, unit=_unit(request, data.pop("unit_id")), **data))


@router.get("/compliance", response=list[ComplianceOut])
@api_require(can_manage_cq)
def compliance(request):
    """CQ-4.1-3: the agencies flagged today."""
    return [{"unit_id": r["unit"].pk, "unit": r["unit"].name, "qualified": r["qualification"]["valid"] is not None,
             "missing_documents": r["missing_documents"], "computers": r["computers"],
             "computers_required": r["computers_required"], "flagged": r["flagged"]}
            for r in compliance_dashboard(actor=request.user, today=timezone.localdate())]


@router.post("/management-documents", response={201: CqIdOut})
@api_require(can_manage_cq)
def record_document(request, payload: Form[DocumentIn], file: File[UploadedFile]):
    data = payload.dict()
    return Status(201, agency.management_document_record(actor=request.user, unit=_unit(request, data.pop("unit_id")),
                                                         file=file, **data))


@router.post("/devices", response={201: CqIdOut})
@api_require(can_manage_cq)
def register_device(request, payload: DeviceIn):
    data = payload.dict()
    return Status(201, agency.device_register(actor=request.user, unit=_unit(request, data.pop("unit_id")), **data))


@router.post("/devices/{device_id}/status", response=CqIdOut)
@api_require(can_manage_cq)
def set_device_status(request, device_id: int, payload: StatusIn):
    return agency.device_status_set(actor=request.user, device=device_get(actor=request.user, pk=device_id),
                                    **payload.dict())


@router.post("/inspections", response={201: InspectionOut})
@api_require(can_manage_cq)
def record_inspection(request, payload: InspectionIn):
    data = payload.dict()
    return Status(201, agency.site_inspection_record(actor=request.user, unit=_unit(request, data.pop("unit_id")),
                                                     **data))


@router.get("/references", response=list[ReferenceOut])
@api_require(is_staff)
def references(request):
    """CQ-2-1: the dated references and the edition of each that applies."""
    return normative_references()


@router.post("/references/editions", response={201: CqIdOut})
@api_require(can_manage_cq)
def note_edition(request, payload: EditionIn):
    return Status(201, agency.standard_edition_note(actor=request.user, **payload.dict()))


@router.get("/policy-items", response=list[PolicyItemOut])
@api_require(can_work_cq_cases)
def list_policy_items(request, q: str = ""):
    return list(policy_item_list(actor=request.user, q=q)[:500])


@router.post("/policy-items", response={201: PolicyItemOut})
@api_require(can_manage_cq)
def add_policy_item(request, payload: PolicyItemIn):
    data = payload.dict()
    return Status(201, library.policy_item_add(actor=request.user, unit=_unit(request, data.pop("unit_id")), **data))


@router.post("/policy-items/{item_id}/amendment", response=PolicyItemOut)
@api_require(can_manage_cq)
def amend_policy_item(request, item_id: int, payload: AmendIn):
    return library.policy_item_amend(actor=request.user, item=policy_item_get(actor=request.user, pk=item_id),
                                     summary=payload.summary)


@router.post("/policy-items/{item_id}/repeal", response=PolicyItemOut)
@api_require(can_manage_cq)
def repeal_policy_item(request, item_id: int):
    return library.policy_item_repeal(actor=request.user, item=policy_item_get(actor=request.user, pk=item_id))


@router.post("/displays", response={201: DisplayOut})
@api_require(can_manage_cq)
def publish_display(request, payload: DisplayIn):
    return Status(201, library.display_publish(actor=request.user, unit=_unit(request, payload.unit_id),
                                               item=policy_item_get(actor=request.user, pk=payload.item_id),
                                               channel=payload.channel))


@router.post("/handbooks", response={201: HandbookOut})
@api_require(can_manage_cq)
def compile_handbook(request, payload: HandbookIn):
    return Status(201, library.handbook_compile(
        actor=request.user, unit=_unit(request, payload.unit_id), title=payload.title,
        items=policy_items_pick(actor=request.user, pks=payload.item_ids), introduction=payload.introduction))


@router.get("/handbooks/{handbook_id}", response=HandbookOut)
@api_require(can_work_cq_cases)
def get_handbook(request, handbook_id: int):
    return handbook_get(actor=request.user, pk=handbook_id)


@router.post("/practitioners", response={201: CqIdOut})
@api_require(can_manage_cq)
def set_practitioner(request, payload: ProfileIn):
    data = payload.dict()
    user = staff_pick(actor=request.user, pk=data.pop("user_id"), field="user_id")
    return Status(201, staff.practitioner_profile_set(actor=request.user, user=user, **data))


@router.post("/practitioners/{practitioner_id}/attestations", response=CqIdOut)
@api_require(can_manage_cq)
def attest_practitioner(request, practitioner_id: int, payload: AttestIn):
    return staff.practitioner_attest(actor=request.user, practitioner=practitioner_get(actor=request.user,
                                                                                       pk=practitioner_id),
                                     attestation=payload.attestation)


@router.post("/practitioners/{practitioner_id}/special-talent-approval", response=CqIdOut)
@api_require(can_manage_cq)
def approve_special_talent(request, practitioner_id: int):
    return staff.practitioner_special_talent_approve(
        actor=request.user, practitioner=practitioner_get(actor=request.user, pk=practitioner_id))


@router.post("/practitioners/{practitioner_id}/roles", response={201: RoleOut})
@api_require(can_manage_cq)
def grant_role(request, practitioner_id: int, payload: RoleIn):
    """CQ-4.6.1-1: granted only when the role's qualification rule passes."""
    return Status(201, staff.practitioner_role_grant(
        actor=request.user, practitioner=practitioner_get(actor=request.user, pk=practitioner_id), role=payload.role))


@router.post("/practitioners/{practitioner_id}/roles/{grant_id}/revocation", response=RoleOut)
@api_require(can_manage_cq)
def revoke_role(request, practitioner_id: int, grant_id: int, payload: RevokeIn):
    practitioner = practitioner_get(actor=request.user, pk=practitioner_id)
    return staff.practitioner_role_revoke(actor=request.user, grant=grant_get(practitioner=practitioner, pk=grant_id),
                                          reason=payload.reason)


@router.post("/practitioners/{practitioner_id}/trainings", response={201: CqIdOut})
@api_require(can_manage_cq)
def add_training(request, practitioner_id: int, payload: TrainingIn):
    return Status(201, staff.training_record_add(
        actor=request.user, practitioner=practitioner_get(actor=request.user, pk=practitioner_id), **payload.dict()))


@router.post("/projects", response={201: CqIdOut})
@api_require(can_work_cq_cases)
def create_project(request, payload: ProjectIn):
    data = payload.dict()
    return Status(201, staff.project_create(actor=request.user, unit=_unit(request, data.pop("unit_id")), **data))


@router.post("/projects/{project_id}/approval", response=CqIdOut)
@api_require(can_work_cq_cases)
def approve_project(request, project_id: int):
    return staff.project_approve(actor=request.user, project=project_get(actor=request.user, pk=project_id))


@router.get("/catalogue", response=list[CatalogueOut])
@api_require(is_staff)
def list_catalogue(request):
    """CQ-5.1-6: the live catalogue."""
    return [{"code": i.code, "label": i.label, "recipient_types": list(i.recipient_types), "parent": i.parent,
             "core": i.core} for i in catalogue(on=timezone.localdate())]


@router.post("/catalogue", response={201: CatalogueOut})
@api_require(is_staff)
def add_catalogue_entry(request, payload: CatalogueIn):
    entry = catalogue_services.catalogue_entry_add(actor=request.user, **payload.dict())
    return Status(201, {"code": entry.code, "label": entry.label, "recipient_types": [entry.recipient_type],
                        "parent": entry.parent_code, "core": False})


@router.post("/catalogue/{code}/disable", response=CqIdOut)
@api_require(is_staff)
def disable_catalogue_entry(request, code: str, payload: DisableIn):
    """CQ-5.1-6, CQ-5.2-3: the types the standard lists are refused."""
    return catalogue_services.catalogue_entry_disable(actor=request.user, code=code, on=payload.on)


@router.post("/institutions", response={201: CqIdOut})
@api_require(can_manage_cq)
def register_institution(request, payload: InstitutionIn):
    data = payload.dict()
    return Status(201, catalogue_services.institution_register(actor=request.user,
                                                               unit=_unit(request, data.pop("unit_id")), **data))


@router.post("/institutions/{institution_id}/verifications", response={201: CqIdOut})
@api_require(can_manage_cq)
def verify_institution(request, institution_id: int, payload: CqVerifyIn):
    return Status(201, catalogue_services.institution_verify(
        actor=request.user, institution=institution_get(actor=request.user, pk=institution_id), **payload.dict()))


@router.get("/public/service-page", response=dict, auth=None)
@api_public
def service_page(request, unit_id: int | None = None):
    """CQ-9.1.1-1, CQ-9.1.1-2: the public service page's content, readable without login."""
    unit = public_unit_get(pk=unit_id) if unit_id else None
    page = public_service_page(unit=unit, today=timezone.localdate())
    return {"standard": page["standard"],
            "content": [{"code": i.code, "label": i.label, "parent": i.parent, "since": i.since.isoformat()}
                        for _title, items in page["content"]["groups"] for top, subs in items for i in (top, *subs)],
            "process": {"worker": [str(s) for s in page["process"]["worker"]],
                        "employer": [str(s) for s in page["process"]["employer"]]},
            "requirements": [{**r, "label": str(r["label"])} for r in page["requirements"]["rows"]],
            "complaint_channels": [{"kind": c.kind, "contact": c.contact} for c in page["complaints"]["channels"]]}
