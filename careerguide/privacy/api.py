"""JSON API of the auditors' view over the read log and reveals, and of a person's access and correction requests
(/api/privacy)."""
import datetime as dt

from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from careerguide.accounts.access import api_require
from careerguide.accounts.permissions import can_manage_job_seekers, is_job_seeker
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError, NotFound
from careerguide.job_seekers.selectors import job_seeker_of_portal_user

from .choices import CorrectableField
from .forms import AccessLogFilterForm
from .masking import mask_phone
from .permissions import can_view_read_log
from .selectors import (
    access_log,
    my_subject_request_get,
    subject_request_get,
    subject_request_list,
    subject_requests_of,
)
from .services import subject_request_accept, subject_request_provide, subject_request_refuse, subject_request_submit

router = Router(tags=["privacy"])


class ReadOut(Schema):
    kind: str
    reader: str
    reader_unit: str
    reader_org: str
    subject_type: str
    subject_id: str
    subject_unit: str
    purpose: str
    purpose_label: str
    fields: list[str]
    reference: str
    reason: str
    read_at: dt.datetime


class ReadFilters(Schema):
    reader: str = ""
    subject: str = ""
    date_from: str = ""
    date_to: str = ""
    purpose: str = ""


@router.get("/reads", response=list[ReadOut])
@api_require(can_view_read_log)
@paginate(PageNumberPagination)
def reads(request, filters: Query[ReadFilters]):
    """BJ-51-2: every logged read of personal data (staff, an employer's agent, a bulk export) and every reveal of
    a protected field, for the people the actor's jurisdiction serves, newest first; filters as on the page."""
    form = AccessLogFilterForm(filters.dict())
    if not form.is_valid():
        raise DomainError(field_errors={k: [str(m) for m in v] for k, v in form.errors.items()}, clause="BJ-51-2",
                          code=CommonErrorCode.INVALID)
    return [{**r.__dict__, "fields": list(r.fields), "read_at": r.at} for r in access_log(actor=request.user,
                                                                                         **form.filters())]


# ---- a person's requests to see or correct their data (PIPL art. 44–46) ------------------------------------------

class SubjectRequestOut(Schema):
    id: int
    job_seeker_id: int
    kind: str
    field: str
    requested_value: str
    note: str
    status: str
    submitted_at: dt.datetime
    due_date: dt.date | None = None
    answered_at: dt.datetime | None = None
    answer: str


class StaffSubjectRequestOut(SubjectRequestOut):
    """As staff see a request: a phone number masked like everywhere else on staff screens."""

    @staticmethod
    def resolve_requested_value(obj):
        return mask_phone(obj.requested_value) if obj.field == CorrectableField.PHONE else obj.requested_value


class SubjectRequestIn(Schema):
    kind: str
    field: str = ""
    requested_value: str = ""
    note: str = ""


class AnswerIn(Schema):
    decision: str  # provide | accept | refuse
    answer: str = ""


def _own_record(request):
    seeker = job_seeker_of_portal_user(user=request.user)
    if seeker is None:
        raise NotFound()  # no person record yet: nothing of theirs to see
    return seeker


@router.get("/my-requests", response=list[SubjectRequestOut])
@api_require(is_job_seeker)
def my_requests(request):
    """The job seeker's own access and correction requests."""
    return list(subject_requests_of(job_seeker=_own_record(request)))


@router.post("/my-requests", response={201: SubjectRequestOut})
@api_require(is_job_seeker)
def submit_my_request(request, payload: SubjectRequestIn):
    """Ask for a copy of one's data or a correction of one item (PIPL art. 44–46); due per BJ-51-2's setting."""
    job_seeker = _own_record(request)
    submitted = subject_request_submit(actor=request.user, job_seeker=job_seeker, **payload.dict())
    return Status(201, my_subject_request_get(job_seeker=job_seeker, pk=submitted.pk))


@router.get("/requests", response=list[StaffSubjectRequestOut])
@api_require(can_manage_job_seekers)
@paginate(PageNumberPagination)
def subject_requests(request, status: str = ""):
    """Requests of people served in the actor's jurisdiction."""
    return subject_request_list(actor=request.user, status=status)


@router.post("/requests/{request_id}/answer", response=StaffSubjectRequestOut)
@api_require(can_manage_job_seekers)
def answer_subject_request(request, request_id: int, payload: AnswerIn):
    """Provide the copy, accept the correction (applied through the job-seeker service, audited) or refuse with a
    reason."""
    subject_request = subject_request_get(actor=request.user, pk=request_id)
    if payload.decision == "provide":
        subject_request_provide(actor=request.user, request=subject_request, answer=payload.answer)
    elif payload.decision == "accept":
        subject_request_accept(actor=request.user, request=subject_request, answer=payload.answer)
    elif payload.decision == "refuse":
        subject_request_refuse(actor=request.user, request=subject_request, reason=payload.answer)
    else:
        _refuse_decision()
    return subject_request_get(actor=request.user, pk=request_id)


def _refuse_decision():
    raise DomainError(field_errors={"decision": [_("答复方式应为 provide、accept 或 refuse。")]}, clause="BJ-51-2",
                      code=CommonErrorCode.INVALID)
