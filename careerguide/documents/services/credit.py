"""Employment integrity (credit) records (BJ-9-3): entered with evidence, reviewed by a second person.

Nothing here sanctions anyone or triggers anything: the text defines no credit events and no consequences.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record, object_label
from careerguide.common.errors import DomainError
from careerguide.duties.services import transition

from ..models import ArchiveItem, CreditRecord, CreditType
from ..permissions import can_review_credit_records
from ..states import CREDIT_TRANSITIONS, CreditStatus


@transaction.atomic
def credit_record_enter(*, actor, subject, record_type: str, fact: str, evidence: ArchiveItem | None,
                        occurred_on: dt.date | None = None, unit=None, now=None) -> CreditRecord:
    """Enter a record for a person or employer, pointing at an e-archive item as its evidence (BJ-9-3)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    occurred_on = occurred_on or today
    errors = {}
    if record_type not in CreditType.values:
        errors["record_type"] = [_("请选择记录类型。")]
    if not (fact or "").strip():
        errors["fact"] = [_("请填写事实。")]
    if evidence is None or (evidence.subject_type, evidence.subject_id) != (object_label(obj=subject), str(subject.pk)):
        errors["evidence"] = [_("请选择该服务对象电子档案中的证据材料。")]
    if occurred_on > today:
        errors["occurred_on"] = [_("记录日期不能晚于今天。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-9-3")
    unit = unit or actor.unit
    record = CreditRecord.objects.create(
        subject_type=object_label(obj=subject), subject_id=str(subject.pk), subject_label=str(subject)[:200],
        record_type=record_type, fact=fact.strip(), evidence=evidence, occurred_on=occurred_on, unit=unit,
        entered_by=actor)
    audit_record(actor=actor, obj=record, unit=unit, action="create", clause="BJ-9-3", now=now,
                 after={"subject": f"{record.subject_type}:{record.subject_id}", "type": record_type,
                        "evidence": evidence.pk})
    return record


@transaction.atomic
def credit_record_review(*, actor, record: CreditRecord, approve: bool, note: str = "", now=None) -> CreditRecord:
    """The second person confirms or rejects the record (BJ-9-3); the one who entered it cannot."""
    now = now or timezone.now()
    if not can_review_credit_records(actor):
        raise DomainError(_("只有机构负责人可以复核就业诚信记录。"), clause="BJ-9-3", code="forbidden")
    if record.entered_by_id == actor.pk:
        raise DomainError(_("录入人不能复核自己录入的记录，须由另一名工作人员复核。"), clause="BJ-9-3", code="same_person")
    note = (note or "").strip()
    if not approve and not note:
        raise DomainError(field_errors={"note": [_("不予通过须填写复核意见。")]}, clause="BJ-9-3")
    record.reviewed_by, record.reviewed_at, record.review_note = actor, now, note[:300]
    record.save(update_fields=["reviewed_by", "reviewed_at", "review_note", "updated_at"])
    transition(obj=record, to=CreditStatus.REVIEWED if approve else CreditStatus.REJECTED, actor=actor,
               table=CREDIT_TRANSITIONS, unit=record.unit, clause="BJ-9-3", reason=note, now=now)
    return record
