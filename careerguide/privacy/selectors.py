"""Reads of the personal-data read log and of the reveal audit events, scoped to the agency serving the person
(BJ-51-2): the auditors' view over both."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.models import AuditEvent
from careerguide.audit.services import object_label
from careerguide.common.errors import NotFound
from careerguide.duties.selectors import subject_due_date
from careerguide.organisations.scoping import visible_to

from .duty_kinds import SUBJECT_REQUEST_ANSWER
from .models import PersonalDataRead, SubjectRequest
from .states import SubjectRequestStatus

REVEAL = "reveal"  # the purpose filter's value for reveals of a protected field (audit events, not read-log rows)
AUDIT_LIMIT = 1000  # rows of each source the auditors' page and API merge; narrower filters show older rows


def personal_data_read_list(*, actor, subject=None):
    """Reads of the data of people served in the actor's jurisdiction (of one person, when given)."""
    qs = visible_to(actor, PersonalDataRead.objects.select_related("reader__unit", "subject_unit"), "subject_unit")
    if subject is not None:
        qs = qs.filter(subject_type=object_label(obj=subject), subject_id=str(subject.pk))
    return qs


@dataclass(frozen=True)
class AccessRow:
    """One row of the auditors' view: a logged read or an audited reveal."""
    kind: str  # "read" or "reveal"
    at: dt.datetime
    reader: str
    reader_unit: str
    reader_org: str
    subject_type: str
    subject_id: str
    subject_unit: str
    purpose: str
    purpose_label: str
    fields: tuple
    reference: str
    reason: str


def _day_bounds(date_from, date_to):
    tz = timezone.get_current_timezone()
    start = dt.datetime.combine(date_from, dt.time.min, tzinfo=tz) if date_from else None
    end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min, tzinfo=tz) if date_to else None
    return start, end


def _reader_q(prefix: str, reader: str) -> Q:
    return Q(**{f"{prefix}__full_name__icontains": reader}) | Q(**{f"{prefix}__username__iexact": reader})


def access_log(*, actor, reader: str = "", subject: str = "", date_from=None, date_to=None, purpose: str = "",
               limit: int = AUDIT_LIMIT) -> list[AccessRow]:
    """BJ-51-2: the read log and the reveal audit events of people served in the actor's jurisdiction, newest
    first, filtered by reader (name or username), subject (record number), date range and purpose ("reveal" for
    reveals only).  At most `limit` rows of each source."""
    start, end = _day_bounds(date_from, date_to)
    rows: list[AccessRow] = []
    if purpose != REVEAL:
        reads = personal_data_read_list(actor=actor)
        if reader:
            reads = reads.filter(_reader_q("reader", reader))
        if subject:
            reads = reads.filter(subject_id=subject)
        if start:
            reads = reads.filter(read_at__gte=start)
        if end:
            reads = reads.filter(read_at__lt=end)
        if purpose:
            reads = reads.filter(purpose=purpose)
        rows += [AccessRow(kind="read", at=r.read_at, reader=r.reader.full_name or r.reader.username,
                           reader_unit=r.reader.unit.name if r.reader.unit_id else "", reader_org=r.reader_org,
                           subject_type=r.subject_type, subject_id=r.subject_id,
                           subject_unit=r.subject_unit.name if r.subject_unit_id else "", purpose=r.purpose,
                           purpose_label=str(r.get_purpose_display()), fields=tuple(r.fields), reference=r.reference,
                           reason=r.reason) for r in reads[:limit]]
    if not purpose or purpose == REVEAL:
        reveals = visible_to(actor, AuditEvent.objects.filter(action="reveal").select_related(
            "actor", "actor_unit", "object_unit"), "object_unit")
        if reader:
            reveals = reveals.filter(_reader_q("actor", reader) | Q(actor_name__icontains=reader))
        if subject:
            reveals = reveals.filter(object_id=subject)
        if start:
            reveals = reveals.filter(occurred_at__gte=start)
        if end:
            reveals = reveals.filter(occurred_at__lt=end)
        rows += [AccessRow(kind=REVEAL, at=e.occurred_at, reader=e.actor_name or getattr(e.actor, "username", ""),
                           reader_unit=e.actor_unit.name if e.actor_unit_id else "", reader_org="",
                           subject_type=e.object_type, subject_id=e.object_id,
                           subject_unit=e.object_unit.name if e.object_unit_id else "", purpose=REVEAL,
                           purpose_label=_("查看完整个人信息"), fields=(str((e.changes or {}).get("after", {}).get(
                               "field", "")),), reference=e.clause, reason=e.reason)
                 for e in reveals.order_by("-occurred_at", "-seq")[:limit]]
    return sorted(rows, key=lambda r: r.at, reverse=True)


# ---- a person's data requests ------------------------------------------------------------------------------------

def subject_requests_of(*, job_seeker):
    """The person's own requests, newest first (the portal)."""
    return (SubjectRequest.objects.filter(job_seeker=job_seeker).select_related("answered_by")
            .annotate(due_date=subject_due_date(model=SubjectRequest, kind=SUBJECT_REQUEST_ANSWER)))


def my_subject_request_get(*, job_seeker, pk) -> SubjectRequest:
    request = subject_requests_of(job_seeker=job_seeker).filter(pk=pk).first()
    if request is None:
        raise NotFound()
    return request


def subject_request_list(*, actor, status: str = ""):
    """Requests of people served in the actor's jurisdiction, open ones first by deadline."""
    qs = visible_to(actor, SubjectRequest.objects.select_related("job_seeker", "unit", "answered_by"))
    qs = qs.annotate(due_date=subject_due_date(model=SubjectRequest, kind=SUBJECT_REQUEST_ANSWER))
    if status:
        qs = qs.filter(status=status)
    still_open = Case(When(status=SubjectRequestStatus.SUBMITTED, then=Value(0)), default=Value(1))
    return qs.order_by(still_open, "due_date", "-submitted_at", "-pk")


def subject_request_get(*, actor, pk) -> SubjectRequest:
    request = subject_request_list(actor=actor).filter(pk=pk).first()
    if request is None:
        raise NotFound()
    return request


def open_subject_requests(*, actor):
    return subject_request_list(actor=actor, status=SubjectRequestStatus.SUBMITTED).order_by("due_date", "pk")
