"""Employment integrity (credit) records (BJ-9-3): entered with evidence, reviewed by a second person.

Nothing here sanctions anyone or triggers anything: the text defines no credit events and no consequences.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.audit.services import object_label
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, refuse, refuse_forbidden, today
from careerguide.duties.services import transition

from ..choices import CreditType
from ..error_codes import DocumentErrorCode
from ..models import ArchiveItem, CreditRecord
from ..permissions import can_review_credit_records
from ..states import CREDIT_TRANSITIONS, CreditStatus


@transaction.atomic
def credit_record_enter(*, actor, subject, record_type: str, fact: str, evidence: ArchiveItem | None,
                        occurred_on: dt.date | None = None, unit=None, now=None) -> CreditRecord:
    """Enter a record for a person or employer, pointing at an e-archive item as its evidence (BJ-9-3)."""
    now = now_or(now)
    occurred_on = occurred_on or today(now)
    errors = {}
    if record_type not in CreditType.values:
        errors["record_type"] = [_("请选择记录类型。")]
    if not (fact or "").strip():
        errors["fact"] = [_("请填写事实。")]
    if evidence is None or (evidence.subject_type, evidence.subject_id) != (object_label(obj=subject), str(subject.pk)):
        errors["evidence"] = [_("请选择该服务对象电子档案中的证据材料。")]
    if occurred_on > today(now):
        errors["occurred_on"] = [_("记录日期不能晚于今天。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-9-3", code=CommonErrorCode.INVALID)
    unit = unit or actor.unit
    record = CreditRecord.objects.create(
        subject_type=object_label(obj=subject), subject_id=str(subject.pk), subject_label=str(subject)[:200],
        record_type=record_type, fact=fact.strip(), evidence=evidence, occurred_on=occurred_on, unit=unit,
        entered_by=actor)
    audit(actor=actor, obj=record, unit=unit, action="create", clause="BJ-9-3", now=now,
          after={"subject": f"{record.subject_type}:{record.subject_id}", "type": record_type, "evidence": evidence.pk})
    return record


@transaction.atomic
def credit_record_review(*, actor, record: CreditRecord, approve: bool, note: str = "", now=None) -> CreditRecord:
    """The second person confirms or rejects the record (BJ-9-3); the one who entered it cannot."""
    now = now_or(now)
    if not can_review_credit_records(actor):
        refuse_forbidden(clause="BJ-9-3", message=_("只有机构负责人可以复核就业诚信记录。"))
    if record.entered_by_id == actor.pk:
        refuse(_("录入人不能复核自己录入的记录，须由另一名工作人员复核。"), code=DocumentErrorCode.SAME_PERSON, clause="BJ-9-3")
    note = (note or "").strip()
    if not approve and not note:
        refuse(_("不予通过须填写复核意见。"), code=CommonErrorCode.REQUIRED, clause="BJ-9-3", field="note")
    record.reviewed_by, record.reviewed_at, record.review_note = actor, now, note[:300]
    record.save(update_fields=["reviewed_by", "reviewed_at", "review_note", "updated_at"])
    transition(obj=record, to=CreditStatus.REVIEWED if approve else CreditStatus.REJECTED, actor=actor,
               table=CREDIT_TRANSITIONS, unit=record.unit, clause="BJ-9-3", reason=note, now=now)
    return record
