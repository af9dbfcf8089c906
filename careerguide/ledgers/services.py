"""Writing ledger entries: append only, timeliness flagged, every entry audited."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.audit.services import object_label
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, now_or, refuse, require_text, today

from .choices import Initiator
from .error_codes import LedgerErrorCode
from .models import LedgerEntry
from .rules import entry_is_late
from .sections import LEDGERS


def _check_entry(*, ledger: str, subject, section: str, occurred_on: dt.date, initiated_by: str, corrects, now) -> None:
    if section not in {s.code for s in LEDGERS[ledger]}:
        refuse(_("台账栏目无效。"), code=CommonErrorCode.INVALID)
    if initiated_by not in Initiator.values:  # BJ-2-4: agency-initiated or client-initiated, nothing else
        refuse(_("请注明服务由机构主动开展还是由服务对象发起。"), code=CommonErrorCode.INVALID, clause="BJ-2-4",
               field="initiated_by")
    if occurred_on > today(now):
        refuse(_("服务日期不能晚于今天。"), code=CommonErrorCode.INVALID, field="occurred_on")
    if corrects is not None and (corrects.subject_type, corrects.subject_id) != (object_label(obj=subject), str(subject.pk)):
        refuse(_("只能更正同一服务对象的台账记录。"), code=LedgerErrorCode.CORRECTION_OF_ANOTHER_SUBJECT)


@transaction.atomic
def ledger_entry_add(*, actor, ledger: str, subject, unit, section: str, service_type: str, occurred_on: dt.date,
                     summary: str, content: dict | None = None, outcome: str = "", initiated_by: str = "agency",
                     channel: str = "front_desk", clause: str = "", staff_only: bool = False, corrects=None,
                     calendar=None, late_after_workdays: int | None = None, now=None) -> LedgerEntry:
    """Append one entry to `subject`'s ledger (BJ-17-1, BJ-17-3, BJ-50-1).

    With `calendar` and `late_after_workdays` the entry is flagged late when it is
    recorded more than that many working days after the service (BJ-17-1); it is
    still saved, never refused.
    """
    now = now_or(now)
    _check_entry(ledger=ledger, subject=subject, section=section, occurred_on=occurred_on, initiated_by=initiated_by,
                 corrects=corrects, now=now)
    summary = require_text(summary, field="summary", label=_("服务内容摘要"))
    late = False
    if calendar is not None and late_after_workdays is not None:
        late = entry_is_late(occurred_on=occurred_on, recorded_on=today(now),
                             workdays_between=calendar.workdays_between, allowed_workdays=late_after_workdays)
    entry = LedgerEntry.objects.create(
        ledger=ledger, subject_type=object_label(obj=subject), subject_id=str(subject.pk), section=section,
        service_type=service_type, occurred_on=occurred_on, recorded_at=now, unit=unit,
        staff=actor if getattr(actor, "pk", None) else None, initiated_by=initiated_by, channel=channel,
        summary=summary, content=content or {}, outcome=outcome, clause=clause, is_late=late,
        staff_only=staff_only, corrects=corrects,
    )
    audit(actor=actor, obj=subject, unit=unit, action="ledger_entry", clause=clause or "BJ-17-3", now=now,
          after={"entry": entry.pk, "section": section, "service_type": service_type,
                 "occurred_on": occurred_on, "corrects": corrects.pk if corrects else None})
    return entry


@transaction.atomic
def ledger_export_record(*, actor, ledger: str, subject, unit, purpose: str, person=None, now=None) -> None:
    """Before a ledger is written out as a spreadsheet: the purpose is stated and kept with the subject's trail
    (BJ-51-3, as for the job-seeker export); a personal ledger also logs the read of its person (BJ-51-2)."""
    from careerguide.privacy.choices import ReadPurpose
    from careerguide.privacy.services import personal_data_reads_log

    purpose = require_text(purpose, field="purpose", label=_("导出用途"), clause="BJ-51-3")
    audit(actor=actor, obj=subject, unit=unit, action="ledger_export", clause="BJ-51-3", after={"ledger": ledger},
          reason=purpose, now=now)
    if person is not None:
        personal_data_reads_log(actor=actor, people=[person], purpose=ReadPurpose.BULK_EXPORT, fields=("ledger",),
                                org_label=actor.unit.name if getattr(actor, "unit_id", None) else "", reason=purpose,
                                now=now)
