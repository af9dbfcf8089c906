"""JSON API of the personal-data read log (/api/privacy).  One selector call each."""
import datetime as dt

from ninja import Router, Schema

from careerguide.accounts.access import api_require

from .permissions import can_view_read_log
from .selectors import personal_data_read_list

router = Router(tags=["privacy"])


class ReadOut(Schema):
    reader: str
    reader_kind: str
    reader_org: str
    subject_type: str
    subject_id: str
    purpose: str
    fields: list[str]
    reference: str
    reason: str
    read_at: dt.datetime


@router.get("/reads", response=list[ReadOut])
@api_require(can_view_read_log)
def reads(request):
    """BJ-51-2: every logged read of personal data (an employer's, a bulk export's), for the people the actor's
    jurisdiction serves."""
    return [{"reader": r.reader.full_name, "reader_kind": r.reader_kind, "reader_org": r.reader_org,
             "subject_type": r.subject_type, "subject_id": r.subject_id, "purpose": r.purpose, "fields": r.fields,
             "reference": r.reference, "reason": r.reason, "read_at": r.read_at} for r in personal_data_read_list(actor=request.user)[:300]]
