"""Retention of e-archive items (保管, BJ-9-2): an item past its keep-until date is appraised, then kept to a new date
or disposed of by a unit head other than the appraiser.  The disposal is recorded and audited; the item's row, its
use log and the record stay, and only the file is removed, after the transaction commits.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import (
    audit,
    now_or,
    policy_number,
    refuse,
    refuse_forbidden,
    require_in_jurisdiction,
    today,
)
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule

from ..choices import RetentionDecision
from ..duty_kinds import RETENTION_REVIEW
from ..error_codes import DocumentErrorCode
from ..models import ArchiveDisposal, ArchiveItem, RetentionReview
from ..permissions import can_dispose_archive_items, can_file_archive_items
from ..selectors import item_is_credit_evidence, pending_disposal_review, retention_items_to_schedule


def retention_reviews_schedule(*, calendar, now=None) -> int:
    """Daily: every item past its keep-until date that no one is appraising yet gets an appraisal duty at its
    holding unit, due within the configured working days (BJ-9-2).  Returns how many duties were opened."""
    now = now_or(now)
    day = today(now)
    opened = 0
    for item in retention_items_to_schedule(today=day):
        days = policy_number("bj.archive_retention_review_workdays", unit=item.unit, on=day)
        with transaction.atomic():
            duty_schedule(actor=None, subject=item, now=now, spec=DutySpec(
                kind=RETENTION_REVIEW, title=_("档案材料保管期满鉴定：%(t)s（%(s)s）") % {"t": item.title,
                                                                              "s": item.subject_label},
                clause="BJ-9-2", due_date=calendar.add_workdays(day, days), unit=item.unit))
        opened += 1
    return opened


def _review_checks(*, item, decision, reason, new_retain_until, on) -> None:
    if item.disposed_on is not None:
        refuse(_("该材料已销毁。"), code=DocumentErrorCode.ALREADY_DISPOSED, clause="BJ-9-2")
    if item.retain_until is None or item.retain_until >= on:
        refuse(_("该材料尚未超过保管期限，无需鉴定。"), code=DocumentErrorCode.NOT_DUE, clause="BJ-9-2")
    if pending_disposal_review(item=item) is not None:
        refuse(_("该材料已提出销毁意见，待负责人批准。"), code=CommonErrorCode.DUPLICATE, clause="BJ-9-2")
    errors = {}
    if decision not in RetentionDecision.values:
        errors["decision"] = [_("请选择鉴定结论。")]
    if not (reason or "").strip():
        errors["reason"] = [_("请填写鉴定意见。")]
    if decision == RetentionDecision.RETAIN and (new_retain_until is None or new_retain_until <= on):
        errors["new_retain_until"] = [_("继续保管的，请填写今天以后的保管截止日期。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-9-2", code=CommonErrorCode.INVALID)


@transaction.atomic
def retention_review_record(*, actor, item: ArchiveItem, decision: str, reason: str,
                            new_retain_until: dt.date | None = None, now=None) -> RetentionReview:
    """Appraise an item past its keep-until date: keep it to a new date, or propose its disposal (BJ-9-2).
    Either meets the appraisal duty."""
    now = now_or(now)
    on = today(now)
    item = ArchiveItem.objects.select_for_update().select_related("unit").get(pk=item.pk)
    require_in_jurisdiction(actor=actor, unit=item.unit)
    if not can_file_archive_items(actor):
        refuse_forbidden(clause="BJ-9-2")
    _review_checks(item=item, decision=decision, reason=reason, new_retain_until=new_retain_until, on=on)
    review = RetentionReview.objects.create(
        item=item, decision=decision, reason=reason.strip(), retain_until_before=item.retain_until,
        new_retain_until=new_retain_until if decision == RetentionDecision.RETAIN else None, reviewed_by=actor,
        reviewed_on=on)
    event = audit(actor=actor, obj=item, unit=item.unit, action="retention_review", clause="BJ-9-2", now=now,
                  before={"retain_until": item.retain_until}, reason=review.reason,
                  after={"decision": decision, "retain_until": review.new_retain_until or item.retain_until})
    if decision == RetentionDecision.RETAIN:
        item.retain_until = new_retain_until
        item.save(update_fields=["retain_until", "updated_at"])
    duties_fulfil_for_subject(actor=actor, subject=item, kind=RETENTION_REVIEW, on=on, event=event, now=now)
    return review


@transaction.atomic
def archive_item_dispose(*, actor, item: ArchiveItem, now=None) -> ArchiveDisposal:
    """Carry out a proposed disposal (BJ-9-2): a unit head other than the appraiser; never the evidence of an
    integrity record.  The disposal record keeps the file's name, size and digest; the file goes after commit."""
    now = now_or(now)
    on = today(now)
    item = ArchiveItem.objects.select_for_update().select_related("unit").get(pk=item.pk)
    require_in_jurisdiction(actor=actor, unit=item.unit)
    if not can_dispose_archive_items(actor):
        refuse_forbidden(message=_("销毁须由机构负责人批准。"), clause="BJ-9-2")
    if item.disposed_on is not None:
        refuse(_("该材料已销毁。"), code=DocumentErrorCode.ALREADY_DISPOSED, clause="BJ-9-2")
    review = pending_disposal_review(item=item)
    if review is None:
        refuse(_("须先经鉴定提出销毁意见。"), code=DocumentErrorCode.NO_DISPOSAL_PROPOSED, clause="BJ-9-2")
    if review.reviewed_by_id == actor.pk:
        refuse(_("鉴定人不能批准销毁自己鉴定的材料。"), code=DocumentErrorCode.SAME_PERSON, clause="BJ-9-2")
    if item_is_credit_evidence(item=item):
        refuse(_("该材料是就业诚信记录的证据，不能销毁。"), code=DocumentErrorCode.EVIDENCE_IN_USE, clause="BJ-9-3")
    disposal = ArchiveDisposal.objects.create(item=item, review=review, disposed_by=actor, disposed_on=on,
                                              original_name=item.original_name, sha256=item.sha256, size=item.size)
    item.disposed_on = on
    item.save(update_fields=["disposed_on", "updated_at"])
    audit(actor=actor, obj=item, unit=item.unit, action="dispose", clause="BJ-9-2", now=now,
          after={"disposal": disposal.pk, "review": review.pk, "sha256": item.sha256, "original_name": item.original_name})
    storage, name = item.file.storage, item.file.name
    transaction.on_commit(lambda: storage.delete(name))
    return disposal
