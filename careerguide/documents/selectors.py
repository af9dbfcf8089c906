"""Reads of a subject's e-archive.  The subject is loaded through its own scoped selector first."""
from careerguide.audit.services import object_label
from careerguide.common.errors import NotFound

from .categories import category_label
from .models import ArchiveItem, ArchiveUse, CreditRecord
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
