"""Resource library API (SD-17-*)."""
import datetime as dt
from decimal import Decimal

from ninja import Router, Schema

from careerguide.accounts.access import api_require

from .permissions import can_use_resources
from .selectors import resource_get, resource_list
from .services.library import learning_progress, resource_access_record

router = Router(tags=["resources"])


class ResourceOut(Schema):
    id: int
    title: str
    resource_type: str
    owner_unit_id: int
    sharing: str
    status: str
    resource_date: dt.date
    class_hours: Decimal | None = None
    views: int
    downloads: int


class ResourcesProgressIn(Schema):
    progress: int


class ProgressOut(Schema):
    id: int
    progress: int
    plays: int
    completed_on: dt.date | None = None
    training_record_id: int | None = None


@router.get("/resources", response=list[ResourceOut])
@api_require(can_use_resources)
def list_resources(request, q: str = "", resource_type: str = ""):
    return list(resource_list(actor=request.user, q=q, resource_type=resource_type)[:500])


@router.get("/resources/{resource_id}", response=ResourceOut)
@api_require(can_use_resources)
def get_resource(request, resource_id: int):
    resource = resource_get(actor=request.user, pk=resource_id)
    resource_access_record(actor=request.user, resource=resource, kind="view")
    return resource


@router.post("/resources/{resource_id}/progress", response=ProgressOut)
@api_require(can_use_resources)
def record_progress(request, resource_id: int, payload: ResourcesProgressIn):
    resource = resource_get(actor=request.user, pk=resource_id)
    return learning_progress(actor=request.user, resource=resource,
                             counsellor=getattr(request.user, "counsellor_profile", None), progress=payload.progress)
