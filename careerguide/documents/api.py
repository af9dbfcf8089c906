"""JSON API of e-archive retention (/api/archives).  One service or selector call each (BJ-9-2)."""
import datetime as dt

from django.utils import timezone
from ninja import Router, Schema

from careerguide.accounts.access import api_require

from .permissions import can_dispose_archive_items, can_file_archive_items, can_use_archives
from .selectors import archive_subject_get, person_timeline, retention_due_items, retention_item_get
from .services.retention import archive_item_dispose, retention_review_record

router = Router(tags=["archives"])


class DueItemOut(Schema):
    id: int
    subject: str
    title: str
    category: str
    retain_until: dt.date
    unit: str
    disposal_proposed: bool


@router.get("/retention", response=list[DueItemOut])
@api_require(can_use_archives)
def retention_due(request):
    """BJ-9-2: items past their keep-until date in the actor's jurisdiction, not disposed."""
    return [{"id": i.pk, "subject": i.subject_label, "title": i.title, "category": i.category,
             "retain_until": i.retain_until, "unit": i.unit.name, "disposal_proposed": i.disposal_proposed}
            for i in retention_due_items(actor=request.user, today=timezone.localdate())[:200]]


class ReviewIn(Schema):
    decision: str
    reason: str
    new_retain_until: dt.date | None = None


@router.post("/retention/{pk}/review", response=dict)
@api_require(can_file_archive_items)
def retention_review(request, pk: int, payload: ReviewIn):
    review = retention_review_record(actor=request.user, item=retention_item_get(actor=request.user, pk=pk),
                                     **payload.dict())
    return {"id": review.pk, "decision": review.decision, "new_retain_until": review.new_retain_until}


@router.post("/retention/{pk}/dispose", response=dict)
@api_require(can_dispose_archive_items)
def retention_dispose(request, pk: int):
    disposal = archive_item_dispose(actor=request.user, item=retention_item_get(actor=request.user, pk=pk))
    return {"id": disposal.pk, "disposed_on": disposal.disposed_on, "sha256": disposal.sha256}


@router.get("/job-seekers/{subject_id}/timeline", response=dict)
@api_require(can_use_archives)
def timeline(request, subject_id: int):
    """BJ-8-1: the person's records from every module on one timeline, newest first."""
    seeker = archive_subject_get(actor=request.user, subject_type="job_seekers.jobseeker", subject_id=subject_id)
    data = person_timeline(actor=request.user, seeker=seeker)
    certification = data["status"]["certification"]
    return {"status": {**data["status"], "certification": certification.get_status_display() if certification else None},
            "events": [{**e, "on": e["on"].isoformat()} for e in data["events"]]}
