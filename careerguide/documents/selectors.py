"""Reads of a subject's e-archive and a person's timeline.  The subject is loaded through its own scoped selector
first."""
import datetime as dt

from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.utils.translation import gettext as _

from careerguide.assistance.selectors import assistance_case_list
from careerguide.audit.services import object_label
from careerguide.common.errors import NotFound
from careerguide.duties.models import Duty
from careerguide.duties.states import DutyStatus
from careerguide.intake.selectors import request_list
from careerguide.job_seekers.selectors import handoffs_of, latest_certification
from careerguide.ledgers.selectors import ledger_entries
from careerguide.matching.selectors import recommendation_list
from careerguide.organisations.scoping import visible_to

from .categories import category_label
from .choices import RetentionDecision
from .duty_kinds import RETENTION_REVIEW
from .models import ArchiveDisposal, ArchiveItem, ArchiveUse, CreditRecord, RetentionReview
from .subjects import archive_subject, archive_subject_of


def archive_subject_get(*, actor, subject_type: str, subject_id):
    """The subject of an e-archive, through the subject type's own scoped getter (404 outside the actor's reach)."""
    try:
        kind = archive_subject(subject_type)
    except LookupError:
        raise NotFound() from None
    return kind.get(actor=actor, pk=subject_id)


def _of(model, subject):
    return model.objects.filter(subject_type=object_label(obj=subject), subject_id=str(subject.pk))


def archive_items(*, subject):
    return _of(ArchiveItem, subject).select_related("unit", "custodian", "created_by")


def archive_item_get(*, subject, pk) -> ArchiveItem:
    item = archive_items(subject=subject).filter(pk=pk).first()
    if item is None:
        raise NotFound()
    return item


def archive_uses(*, subject, item=None):
    qs = _of(ArchiveUse, subject).select_related("user", "unit", "item")
    return qs.filter(item=item) if item is not None else qs


def credit_records(*, subject):
    return _of(CreditRecord, subject).select_related("evidence", "unit", "entered_by", "reviewed_by")


def credit_record_get(*, subject, pk) -> CreditRecord:
    record = credit_records(subject=subject).filter(pk=pk).first()
    if record is None:
        raise NotFound()
    return record


def archive_index(*, subject) -> list[dict]:
    """Everything about the subject in one list, grouped by category code (BJ-9-1): the filed items
    and the records kept by the other modules (ledger, assessments, agreements, guidance ...)."""
    rows = [{"category": i.category, "kind": i.get_source_display(), "title": i.title, "on": i.document_date,
             "url": "", "item": i} for i in archive_items(subject=subject)]
    rows += [{"category": r.category, "kind": r.kind, "title": r.title, "on": r.on, "url": r.url, "item": None}
             for r in archive_subject_of(subject).index(subject)]
    rows.sort(key=lambda r: (r["category"], -(r["on"].toordinal() if r["on"] else 0)))
    groups: dict[str, list] = {}
    for row in rows:
        groups.setdefault(row["category"], []).append(row)
    return [{"code": code, "label": category_label(code), "rows": items} for code, items in groups.items()]


# ---- retention: items past their keep-until date (BJ-9-2) --------------------------------------------------------


def _pending_disposal_q():
    """An appraisal proposing disposal that has not been carried out yet."""
    return Exists(RetentionReview.objects.filter(item=OuterRef("pk"), decision=RetentionDecision.DISPOSE,
                                                 disposal__isnull=True))


def _past_keep_until(today: dt.date):
    return ArchiveItem.objects.filter(archived=True, retain_until__lt=today, disposed_on__isnull=True)


def retention_due_items(*, actor, today: dt.date):
    """Items of the actor's jurisdiction past their keep-until date and not disposed, each marked whether its
    disposal is already proposed (BJ-9-2).  Nothing is stored as "expired": this is a query on the date."""
    qs = _past_keep_until(today).annotate(disposal_proposed=_pending_disposal_q())
    return visible_to(actor, qs.select_related("unit")).order_by("retain_until", "pk")


def retention_item_get(*, actor, pk: int) -> ArchiveItem:
    item = visible_to(actor, ArchiveItem.objects.select_related("unit")).filter(pk=pk).first()
    if item is None:
        raise NotFound()
    return item


def retention_items_to_schedule(*, today: dt.date):
    """Items past their keep-until date with no open appraisal duty and no disposal proposed (the daily job)."""
    open_duty = Exists(Duty.objects.filter(kind=RETENTION_REVIEW, status=DutyStatus.OPEN,
                                           subject_type="documents.archiveitem", subject_id=OuterRef("pk_text")))
    return (_past_keep_until(today).annotate(pk_text=Cast("pk", CharField())).annotate(has_duty=open_duty,
                                                                                      proposed=_pending_disposal_q())
            .filter(has_duty=False, proposed=False).select_related("unit").order_by("pk"))


def pending_disposal_review(*, item: ArchiveItem) -> RetentionReview | None:
    return (RetentionReview.objects.filter(item=item, decision=RetentionDecision.DISPOSE, disposal__isnull=True)
            .select_related("reviewed_by").order_by("-pk").first())


def retention_reviews(*, item: ArchiveItem):
    return item.reviews.select_related("reviewed_by").order_by("-reviewed_on", "-pk")


def archive_disposals(*, actor):
    return visible_to(actor, ArchiveDisposal.objects.select_related("item", "item__unit", "disposed_by", "review",
                                                                    "review__reviewed_by"), "item__unit")


def item_is_credit_evidence(*, item: ArchiveItem) -> bool:
    return CreditRecord.objects.filter(evidence=item).exists()


# ---- one information space: a person's timeline across the modules (BJ-8-1) -------------------------------------


def _event(on, source, title, url="", who=""):
    return {"on": on, "source": source, "title": title, "url": url, "who": who}


def _timeline_events(*, actor, seeker) -> list[dict]:
    """Services (ledger), registrations, gradings, certifications and guidance (the person's archive index),
    training and internship hand-offs, recommendations, assistance cases and front-desk requests, each read
    through its own module's selector."""
    events = [_event(r.on, category_label(r.category), f"{r.kind}：{r.title}", r.url)
              for r in archive_subject_of(seeker).index(seeker) if r.on]
    events += [_event(e.occurred_on, _("服务台账"), e.summary, "", f"{e.unit.name} {e.staff.full_name if e.staff else ''}")
               for e in ledger_entries(subject=seeker, include_staff_only=False)]
    events += [_event(h.referred_on, _("培训、见习、创业衔接"), f"{h.get_kind_display()}：{h.programme}（{h.get_outcome_display()}）"
                      + (f" {h.started_on:%Y-%m-%d}—{h.ended_on:%Y-%m-%d}" if h.started_on and h.ended_on else ""))
               for h in handoffs_of(job_seeker=seeker)]
    events += [_event(r.recommended_on, _("匹配推荐"), f"{r.vacancy}：{r.get_status_display()}")
               for r in recommendation_list(actor=actor, job_seeker=seeker)]
    events += [_event(c.opened_on, _("就业援助"), _("就业援助服务：%(s)s") % {"s": c.get_status_display()})
               for c in assistance_case_list(actor=actor).filter(job_seeker=seeker)]
    events += [_event(q.received_on, _("前台受理"), f"{q.get_category_display()}：{q.get_status_display()}")
               for q in request_list(actor=actor).filter(job_seeker=seeker)]
    return events


def person_timeline(*, actor, seeker) -> dict:
    """A person's services, registrations and training from every module on one timeline, newest first, with the
    employment and unemployment management status read from its records (BJ-8-1)."""
    events = _timeline_events(actor=actor, seeker=seeker)
    events.sort(key=lambda e: e["on"], reverse=True)
    certification = latest_certification(job_seeker=seeker)
    return {"events": events, "status": {
        "registration_type": seeker.get_registration_type_display() if seeker.registration_type else "",
        "certification": certification, "service_status": seeker.get_status_display(),
        "current_level": seeker.current_level, "training_records": len(handoffs_of(job_seeker=seeker))}}
