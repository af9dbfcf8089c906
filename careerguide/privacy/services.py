"""Revealing a protected value (allowed only to roles that need it, every reveal audited), logging every read of
personal data by an employer (BJ-51-2), and the permission and stated purpose of a bulk export (BJ-51-3)."""
from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.permissions import can_reveal_personal_data
from careerguide.audit.services import object_label
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, now_or, refuse, refuse_forbidden, require_text

from .choices import CANDIDATE_FIELDS, ReadPurpose
from .error_codes import PrivacyErrorCode
from .models import PersonalDataRead
from .permissions import can_export_personal_data


@transaction.atomic
def personal_data_reveal(*, actor, obj, field: str, unit) -> str:
    """Return the plain value of `obj.<field>` and record who saw it (BJ-51-2)."""
    if field not in getattr(obj, "protected_fields", ()):
        refuse(_("该字段不可查看。"), code=PrivacyErrorCode.NOT_PROTECTED)
    if not can_reveal_personal_data(actor):
        refuse_forbidden(message=_("您的岗位无权查看完整个人信息。"), clause="BJ-51-2")
    audit(actor=actor, obj=obj, unit=unit, action="reveal", clause="BJ-51-2", after={"field": field})
    return getattr(obj, field)


@transaction.atomic
def personal_data_reads_log(*, actor, people: Iterable, purpose: str, fields: Iterable[str] = (), org_label: str = "",
                            references: Iterable[str] | None = None, reason: str = "", now=None) -> int:
    """Log that `actor` read the data of each of `people` (BJ-51-2): one row per person, in one insert, whatever
    page or API operation showed it.  `references` (one per person) name the record the read went through.
    Returns the number of rows written."""
    if purpose not in ReadPurpose.values:
        refuse(_("查阅事由无效。"), code=CommonErrorCode.INVALID, clause="BJ-51-2")
    now = now_or(now)
    people = list(people)
    references = list(references) if references is not None else [""] * len(people)
    rows = [PersonalDataRead(reader=actor, reader_kind=getattr(actor, "kind", ""), reader_org=org_label[:200],
                             subject_type=object_label(obj=person), subject_id=str(person.pk),
                             subject_unit_id=getattr(person, "unit_id", None), purpose=purpose, fields=list(fields),
                             reference=str(ref)[:64], reason=reason[:200], read_at=now)
            for person, ref in zip(people, references, strict=True)]
    PersonalDataRead.objects.bulk_create(rows)
    return len(rows)


def staff_read_log(*, actor, subject_type: str, subject_id, unit_id, fields: Iterable[str], reference: str = "",
                   purpose: str = ReadPurpose.SERVICE, now=None) -> PersonalDataRead:
    """A member of staff was shown one person's data on a detail page, an API detail or a PDF (BJ-51-2): one row,
    one insert, no lookup (the reader's unit is read from the reader when the log is shown)."""
    return PersonalDataRead.objects.create(
        reader=actor, reader_kind=getattr(actor, "kind", ""), subject_type=subject_type, subject_id=str(subject_id),
        subject_unit_id=unit_id, purpose=purpose, fields=list(fields), reference=str(reference)[:64],
        read_at=now_or(now))


def person_read_log(*, actor, person, fields: Iterable[str], reference: str = "", purpose: str = ReadPurpose.SERVICE,
                    now=None) -> PersonalDataRead:
    """`staff_read_log` for a person record (a job seeker): its label, key and serving unit."""
    return staff_read_log(actor=actor, subject_type=object_label(obj=person), subject_id=person.pk,
                          unit_id=getattr(person, "unit_id", None), fields=fields, reference=reference,
                          purpose=purpose, now=now)


def log_candidate_reads(*, actor, recommendations, purpose: str, now=None) -> int:
    """An employer's agent was shown these recommended candidates' cards (BJ-40-2): log one read per person, with
    the employer and the recommendation it went through (BJ-51-2)."""
    recommendations = list(recommendations)
    if not recommendations:
        return 0
    employers = sorted({rec.employer.name for rec in recommendations})
    return personal_data_reads_log(actor=actor, people=[rec.job_seeker for rec in recommendations], purpose=purpose,
                                   fields=CANDIDATE_FIELDS, org_label="、".join(employers),
                                   references=[f"R{rec.pk:06d}" for rec in recommendations], now=now)


@transaction.atomic
def personal_data_export_log(*, actor, people: Iterable, reason: str, fields: Iterable[str], now=None) -> list:
    """Before a bulk export of personal data (BJ-51-3, proposed): the actor holds the export permission and states
    the purpose; one read row per exported person carries it (BJ-51-2).  Returns the people, to be written out."""
    if not can_export_personal_data(actor):
        refuse_forbidden(message=_("您的岗位无权批量导出个人信息。"), clause="BJ-51-3")
    reason = require_text(reason, field="purpose", label=_("导出用途"), clause="BJ-51-3")
    people = list(people)
    personal_data_reads_log(actor=actor, people=people, purpose=ReadPurpose.BULK_EXPORT, fields=fields,
                            org_label=actor.unit.name if actor.unit_id else "", reason=reason, now=now)
    return people


@transaction.atomic
def read_log_export_record(*, actor, reason: str, filters: dict, rows: int, now=None) -> str:
    """Before the auditors' view is written out as CSV: the actor holds the export permission and states the
    purpose, kept in the audit trail of the actor's unit (BJ-51-3, as for other bulk exports).  Returns the
    purpose."""
    if not can_export_personal_data(actor):
        refuse_forbidden(message=_("您的岗位无权导出个人信息查阅记录。"), clause="BJ-51-3")
    reason = require_text(reason, field="purpose", label=_("导出用途"), clause="BJ-51-3")
    audit(actor=actor, obj=actor.unit, unit=actor.unit, action="read_log_export", clause="BJ-51-3", reason=reason,
          after={"filters": {k: str(v) for k, v in filters.items() if v}, "rows": rows}, now=now)
    return reason
