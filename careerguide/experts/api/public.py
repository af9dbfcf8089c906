"""Public operations: directory, notices, consultations, feedback; and the team report (CZ-3-3, CZ-11-*)."""
import datetime as dt

from ninja import Schema

from careerguide.accounts.access import api_public, api_require, public_write_auth
from careerguide.accounts.permissions import is_signed_in

from .. import selectors as sel
from ..permissions import is_city_hrss
from ..presentation import directory_row
from ..services import activities
from .base import Ok, _ok, router
from .selection import NoticeOut


class DirectoryOut(Schema):
    id: int
    name: str
    gender: str
    work_unit: str
    position: str
    expertise: str
    duties: list[str]
    target_groups: list[str]
    modes: list[str]
    district: str
    term_start: dt.date
    term_end: dt.date
    certificate_number: str


@router.get("/public/directory", response=list[DirectoryOut], auth=None)
@api_public
def public_directory(request, name: str = "", expertise: str = "", duty: str = "", target_group: str = "",
                     district: int | None = None, mode: str = ""):
    rows = sel.public_directory(name=name, expertise=expertise, duty=duty, target_group=target_group, district=district,
                                mode=mode)
    return [directory_row(m) for m in rows]


@router.get("/public/notices", response=list[NoticeOut], auth=None)
@api_public
def public_notices(request):
    return list(sel.public_notice_list()[:100])




class ExpertsConsultationIn(Schema):
    requester_type: str
    requester_name: str
    contact: str
    topic: str
    preferred_mode: str
    preferred_time: str = ""
    job_seeking_intent: bool | None = None
    key_groups: list[str] = []
    hiring_needs: bool | None = None


@router.post("/public/directory/{pk}/consultations", response=Ok, auth=public_write_auth)
@api_public
def consultation_request(request, pk: int, data: ExpertsConsultationIn):
    actor = request.user if is_signed_in(request.user) else None
    return _ok(activities.consultation_request_create(actor=actor, membership=sel.public_expert_get(pk=pk), **data.dict()))


class ExpertsFeedbackIn(Schema):
    kind: str
    content: str
    expert_id: int | None = None
    submitter_name: str = ""
    submitter_contact: str = ""


@router.post("/public/feedback", response=Ok, auth=public_write_auth)
@api_public
def feedback_submit(request, data: ExpertsFeedbackIn):
    values = data.dict()
    expert_id = values.pop("expert_id")
    actor = request.user if is_signed_in(request.user) else None
    m = sel.public_expert_get(pk=expert_id) if expert_id else None
    return _ok(activities.feedback_submit(actor=actor, membership=m, **values))


@router.get("/reports/service", response=dict)
@api_require(is_city_hrss)
def service_report(request, start: dt.date, end: dt.date):
    return sel.service_report(start=start, end=end)
