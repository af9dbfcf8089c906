"""E-archive items: upload, generated documents, archiving, custody and the use log (BJ-9-1, BJ-9-2)."""
from __future__ import annotations

import datetime as dt
import hashlib
import os

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.audit.services import object_label
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, policy_number, refuse, today

from ..categories import RETENTION_YEARS, categories_for, category, retain_until
from ..choices import ItemSource, UseAction
from ..error_codes import DocumentErrorCode
from ..models import ArchiveItem, ArchiveUse
from ..subjects import archive_subject_of
from ..uploads import content_type_of, upload_problems


def _check_category(subject, code: str) -> str:
    found = category(code)
    if found is None or found not in categories_for(object_label(obj=subject)):
        refuse(_("请选择适用于该服务对象的档案分类。"), code=DocumentErrorCode.CATEGORY_NOT_APPLICABLE, clause="BJ-9-2",
               field="category")
    return found.retention


def _create(*, actor, subject, category_code, title, source, content: bytes, original_name, content_type,
            document_date, retention, archived, custody_location="", note="", now) -> ArchiveItem:
    unit = archive_subject_of(subject).unit_of(subject)
    day = today(now)
    item = ArchiveItem(
        subject_type=object_label(obj=subject), subject_id=str(subject.pk), subject_label=str(subject)[:200],
        category=category_code, title=title[:200], source=source, original_name=original_name[:200],
        content_type=content_type, size=len(content), sha256=hashlib.sha256(content).hexdigest(),
        document_date=document_date, archived=archived, archived_on=day if archived else None, retention=retention,
        retain_until=retain_until(day, retention) if archived else None, unit=unit, custodian=None,
        custody_location=(custody_location or "").strip()[:200], note=(note or "").strip()[:300], created_by=actor)
    ext = os.path.splitext(original_name)[1].lower()
    item.file.save(f"{item.sha256[:16]}{ext}", ContentFile(content), save=False)
    item.save()
    audit(actor=actor, obj=item, unit=unit, action="create", clause="BJ-9-2", now=now,
          after={"subject": f"{item.subject_type}:{item.subject_id}", "category": category_code, "source": source,
                 "sha256": item.sha256, "size": item.size, "archived": archived})
    return item


def _check_upload_fields(*, upload, title, document_date, retention, now) -> None:
    errors = {}
    if not (title or "").strip():
        errors["title"] = [_("请填写题名。")]
    if document_date is not None and document_date > today(now):
        errors["document_date"] = [_("形成日期不能晚于今天。")]
    if retention and retention not in RETENTION_YEARS:
        errors["retention"] = [_("保管期限无效。")]
    if upload is None:
        errors["upload"] = [_("请选择要上传的文件。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-9-2", code=CommonErrorCode.INVALID)


def _read_upload(upload, *, limit: int) -> bytes:
    """The uploaded bytes once the type, content and size are accepted."""
    if upload.size > limit:  # refuse before reading a large body into memory
        raise DomainError(field_errors={"upload": upload_problems(name=upload.name, size=upload.size, head=b"",
                                                                  max_bytes=limit)[-1:]},
                          clause="BJ-9-2", code=DocumentErrorCode.FILE_TOO_LARGE)
    content = b"".join(upload.chunks()) if hasattr(upload, "chunks") else upload.read()
    problems = upload_problems(name=upload.name, size=len(content), head=content[:16], max_bytes=limit)
    if problems:
        raise DomainError(field_errors={"upload": problems}, clause="BJ-9-2", code=DocumentErrorCode.FILE_REJECTED)
    return content


@transaction.atomic
def archive_item_upload(*, actor, subject, upload, category: str, title: str, document_date: dt.date | None = None,
                        retention: str | None = None, custody_location: str = "", note: str = "",
                        max_bytes: int | None = None, now=None) -> ArchiveItem:
    """File an uploaded document in the subject's e-archive (BJ-9-1), classified (BJ-9-2)."""
    now = now_or(now)
    default_retention = _check_category(subject, category)
    _check_upload_fields(upload=upload, title=title, document_date=document_date, retention=retention, now=now)
    unit = archive_subject_of(subject).unit_of(subject)
    limit = max_bytes or policy_number("bj.archive_upload_max_mb", unit=unit, on=today(now)) * 1024 * 1024
    content = _read_upload(upload, limit=limit)
    return _create(actor=actor, subject=subject, category_code=category, title=title.strip(), source=ItemSource.UPLOADED,
                   content=content, original_name=os.path.basename(upload.name), content_type=content_type_of(upload.name),
                   document_date=document_date or today(now), retention=retention or default_retention, archived=False,
                   custody_location=custody_location, note=note, now=now)


@transaction.atomic
def archive_item_generate(*, actor, subject, category: str, title: str, content: bytes, filename: str,
                          content_type: str = "application/pdf", now=None) -> ArchiveItem:
    """File a document the system generated (a ledger export) and log its export as a use (BJ-9-1, BJ-9-2).

    A generated document is a snapshot, so it is archived on the day it is made."""
    now = now_or(now)
    retention = _check_category(subject, category)
    item = _create(actor=actor, subject=subject, category_code=category, title=title, source=ItemSource.GENERATED,
                   content=content, original_name=filename, content_type=content_type, document_date=today(now),
                   retention=retention, archived=True, now=now)
    archive_use_record(actor=actor, subject=subject, item=item, action=UseAction.GENERATE, now=now)
    return item


@transaction.atomic
def archive_item_archive(*, actor, item: ArchiveItem, retention: str, archived_on: dt.date | None = None,
                         now=None) -> ArchiveItem:
    """Archive (归档) an item with its retention rule; the date it must be kept until follows (BJ-9-2)."""
    now = now_or(now)
    archived_on = archived_on or today(now)
    if item.archived:
        refuse(_("该材料已归档。"), code=DocumentErrorCode.ALREADY_ARCHIVED, clause="BJ-9-2")
    errors = {}
    if retention not in RETENTION_YEARS:
        errors["retention"] = [_("请选择保管期限。")]
    if archived_on > today(now) or archived_on < item.document_date:
        errors["archived_on"] = [_("归档日期应在形成日期至今天之间。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-9-2", code=CommonErrorCode.INVALID)
    item.archived, item.archived_on, item.retention = True, archived_on, retention
    item.retain_until = retain_until(archived_on, retention)
    item.save(update_fields=["archived", "archived_on", "retention", "retain_until", "updated_at"])
    audit(actor=actor, obj=item, unit=item.unit, action="archive", clause="BJ-9-2", now=now,
          after={"archived_on": archived_on, "retention": retention, "retain_until": item.retain_until})
    return item


@transaction.atomic
def archive_item_custody_set(*, actor, item: ArchiveItem, custodian, custody_location: str, now=None) -> ArchiveItem:
    """Custody (保管): who keeps the item and where the paper original lies (BJ-9-2)."""
    if custodian is not None and (custodian.unit_id is None or not custodian.unit.path.startswith(item.unit.path)):
        refuse(_("保管人应为保管机构的工作人员。"), code=DocumentErrorCode.CUSTODIAN_OUTSIDE_UNIT, clause="BJ-9-2",
               field="custodian")
    before = {"custodian": item.custodian_id, "custody_location": item.custody_location}
    item.custodian, item.custody_location = custodian, (custody_location or "").strip()[:200]
    item.save(update_fields=["custodian", "custody_location", "updated_at"])
    audit(actor=actor, obj=item, unit=item.unit, action="custody", clause="BJ-9-2", now=now, before=before,
          after={"custodian": item.custodian_id, "custody_location": item.custody_location})
    return item


@transaction.atomic
def archive_use_record(*, actor, subject, action: str, item: ArchiveItem | None = None, now=None) -> ArchiveUse:
    """Log one use of the archive or of one item (利用登记, BJ-9-2); every use is also an audit event."""
    now = now_or(now)
    if action not in UseAction.values:
        refuse(_("利用方式无效。"), code=CommonErrorCode.INVALID)
    use = ArchiveUse.objects.create(subject_type=object_label(obj=subject), subject_id=str(subject.pk),
                                    subject_label=str(subject)[:200], item=item, action=action, user=actor,
                                    unit=getattr(actor, "unit", None), used_at=now)
    audit(actor=actor, obj=item if item is not None else subject,
          unit=item.unit if item is not None else archive_subject_of(subject).unit_of(subject),
          action=f"archive_{action}", clause="BJ-9-2", now=now, after={"use": use.pk, "item": item.pk if item else None})
    return use
