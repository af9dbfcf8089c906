"""JSON API of the auditors' view over the read log and reveals (/api/privacy).  One selector call each."""
import datetime as dt

from ninja import Query, Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from careerguide.accounts.access import api_require
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError

from .forms import AccessLogFilterForm
from .permissions import can_view_read_log
from .selectors import access_log

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
