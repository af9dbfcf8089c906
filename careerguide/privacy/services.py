"""Revealing a protected value (allowed only to roles that need it, every reveal audited), logging every read of
personal data by staff or an employer (BJ-51-2), the permission and stated purpose of a bulk export (BJ-51-3), and
a person's requests to see or correct their data (PIPL art. 44–46)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.permissions import can_manage_job_seekers, can_reveal_personal_data
from careerguide.audit.services import object_label
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, now_or, policy_number, refuse, refuse_forbidden, require_text, today
from careerguide.common.validators import validate_mobile_phone
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition, workday_due
from careerguide.job_seekers.choices import Education
from careerguide.job_seekers.services.registration import job_seeker_update_contact, job_seeker_update_profile
from careerguide.notifications.services import notify
from careerguide.organisations.models import Unit

from .choices import CANDIDATE_FIELDS, PERSON_PAGE_FIELDS, CorrectableField, ReadPurpose, SubjectRequestKind
from .duty_kinds import SUBJECT_REQUEST_ANSWER
from .error_codes import PrivacyErrorCode
from .links import my_data_page
from .models import PersonalDataRead, SubjectRequest
from .permissions import can_export_personal_data
from .states import TRANSITIONS as SUBJECT_TRANSITIONS
from .states import SubjectRequestStatus


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


# ---- a person's requests to see or correct their data (PIPL art. 44–46; deadline per BJ-51-2's setting) --------

SUBJECT_CLAUSE = "BJ-51-2"


def _education_code(value: str) -> str:
    value = value.strip()
    by_label = {str(label): code for code, label in Education.choices}
    return value if value in Education.values else by_label.get(value, "")


def _clean_corrected_value(field: str, value: str) -> str:
    """The corrected value as the owning service will store it, or a refusal on the value's field."""
    value = (value or "").strip()
    if not value:
        refuse(_("请填写更正后的信息。"), code=CommonErrorCode.REQUIRED, clause=SUBJECT_CLAUSE, field="requested_value")
    if field == CorrectableField.PHONE:
        try:
            return validate_mobile_phone(value)
        except ValidationError as exc:
            refuse(exc.messages[0], code=CommonErrorCode.INVALID, clause=SUBJECT_CLAUSE, field="requested_value")
    if field == CorrectableField.EDUCATION:
        code = _education_code(value)
        if not code:
            refuse(_("学历应为以下之一：%(c)s。") % {"c": "、".join(str(label) for _c, label in Education.choices)},
                   code=CommonErrorCode.INVALID, clause=SUBJECT_CLAUSE, field="requested_value")
        return code
    limit = 64 if field == CorrectableField.FULL_NAME else 100
    if len(value) > limit:
        refuse(_("更正后的信息不能超过%(n)s个字。") % {"n": limit}, code=CommonErrorCode.INVALID, clause=SUBJECT_CLAUSE,
               field="requested_value")
    return value


@transaction.atomic
def subject_request_submit(*, actor, job_seeker, kind: str, field: str = "", requested_value: str = "",
                           note: str = "", now=None) -> SubjectRequest:
    """A person asks for a copy of their data or for one item to be corrected: the request goes to the unit
    serving them, with a duty due in bj.subject_request_workdays working days (BJ-51-2; PIPL art. 44–46)."""
    if job_seeker.portal_user_id != getattr(actor, "pk", None):
        refuse_forbidden(message=_("只能为本人提交申请。"), clause=SUBJECT_CLAUSE)
    if kind not in SubjectRequestKind.values:
        refuse(_("申请类型无效。"), code=CommonErrorCode.INVALID, clause=SUBJECT_CLAUSE, field="kind")
    current = ""
    if kind == SubjectRequestKind.CORRECTION:
        if field not in CorrectableField.values:
            refuse(_("请选择要更正的项目。"), code=CommonErrorCode.REQUIRED, clause=SUBJECT_CLAUSE, field="field")
        requested_value = _clean_corrected_value(field, requested_value)
        current = str(getattr(job_seeker, field) or "")
        if requested_value == current:
            refuse(_("更正后的信息与现有信息相同。"), code=CommonErrorCode.INVALID, clause=SUBJECT_CLAUSE,
                   field="requested_value")
    else:
        field, requested_value = "", ""
    if SubjectRequest.objects.filter(job_seeker=job_seeker, kind=kind, field=field,
                                     status=SubjectRequestStatus.SUBMITTED).exists():
        refuse(_("您已有一份同类申请正在办理，请等待答复。"), code=CommonErrorCode.DUPLICATE, clause=SUBJECT_CLAUSE)
    now = now_or(now)
    unit = job_seeker.unit
    on = today(now)
    due = workday_due(start=on, workdays=policy_number("bj.subject_request_workdays", unit=unit, on=on))
    request = SubjectRequest.objects.create(
        job_seeker=job_seeker, unit=unit, kind=kind, field=field, current_value=current,
        requested_value=requested_value, note=(note or "").strip()[:500], submitted_at=now)
    audit(actor=actor, obj=request, unit=unit, action="subject_request_submit", clause=SUBJECT_CLAUSE, now=now,
          after={"kind": kind, "field": field})
    duty_schedule(actor=actor, subject=request, now=now, spec=DutySpec(
        kind=SUBJECT_REQUEST_ANSWER, clause=SUBJECT_CLAUSE, due_date=due, unit=unit,
        title=_("答复%(name)s的%(kind)s申请") % {"name": job_seeker.full_name, "kind": request.get_kind_display()}))
    return request


def _answer(*, actor, request: SubjectRequest, to: str, answer: str, now) -> SubjectRequest:
    if not can_manage_job_seekers(actor):
        refuse_forbidden(message=_("您的岗位无权答复个人信息申请。"), clause=SUBJECT_CLAUSE)
    request.answered_at, request.answered_by, request.answer = now, actor, answer[:500]
    request.save(update_fields=["answered_at", "answered_by", "answer", "updated_at"])
    transition(obj=request, to=to, actor=actor, table=SUBJECT_TRANSITIONS, unit=request.unit, clause=SUBJECT_CLAUSE,
               reason=answer, now=now)
    duties_fulfil_for_subject(actor=actor, subject=request, kind=SUBJECT_REQUEST_ANSWER, on=today(now), now=now)
    if request.job_seeker.portal_user_id:
        notify(recipient=request.job_seeker.portal_user, subject=_("您的个人信息申请已答复"),
               body=f"{request.get_kind_display()}：{request.get_status_display()}", link=my_data_page(),
               dedup_key=f"subject-request:{request.pk}:{to}", now=now)
    return request


@transaction.atomic
def subject_request_provide(*, actor, request: SubjectRequest, answer: str = "", now=None) -> SubjectRequest:
    """An access request is answered: the person can open the copy of their data on the portal."""
    if request.kind != SubjectRequestKind.ACCESS:
        refuse(_("更正申请应予更正或说明理由不予更正。"), code=CommonErrorCode.INVALID, clause=SUBJECT_CLAUSE)
    return _answer(actor=actor, request=request, to=SubjectRequestStatus.PROVIDED, answer=(answer or "").strip(),
                   now=now_or(now))


@transaction.atomic
def subject_request_accept(*, actor, request: SubjectRequest, answer: str = "", now=None) -> SubjectRequest:
    """A correction is accepted: the record is changed through the job-seeker service that owns it, audited with
    the clause (BJ-51-2), then the request is closed."""
    if request.kind != SubjectRequestKind.CORRECTION:
        refuse(_("查阅申请应提供副本或说明理由不予提供。"), code=CommonErrorCode.INVALID, clause=SUBJECT_CLAUSE)
    if request.status != SubjectRequestStatus.SUBMITTED:
        refuse(_("该申请已答复。"), code=CommonErrorCode.INVALID_TRANSITION, clause=SUBJECT_CLAUSE)
    now = now_or(now)
    seeker = request.job_seeker
    if not can_manage_job_seekers(actor):
        refuse_forbidden(message=_("您的岗位无权答复个人信息申请。"), clause=SUBJECT_CLAUSE)
    if request.field in (CorrectableField.FULL_NAME, CorrectableField.PHONE):
        values = {"full_name": seeker.full_name, "phone": seeker.phone, request.field: request.requested_value}
        job_seeker_update_contact(actor=actor, job_seeker=seeker, clause=SUBJECT_CLAUSE, now=now, **values)
    else:
        job_seeker_update_profile(actor=actor, job_seeker=seeker, data={request.field: request.requested_value},
                                  clause=SUBJECT_CLAUSE, initiated_by="client", channel="online", now=now)
    return _answer(actor=actor, request=request, to=SubjectRequestStatus.ACCEPTED, answer=(answer or "").strip(),
                   now=now)


@transaction.atomic
def subject_request_refuse(*, actor, request: SubjectRequest, reason: str, now=None) -> SubjectRequest:
    """Refused, with the reason the person is told (required)."""
    reason = require_text(reason, field="answer", label=_("不予办理的理由"), clause=SUBJECT_CLAUSE)
    return _answer(actor=actor, request=request, to=SubjectRequestStatus.REFUSED, answer=reason, now=now_or(now))


def subject_access_read_log(*, actor, job_seeker, request: SubjectRequest, now=None) -> PersonalDataRead:
    """The person opened the copy of their own data: logged like any read (BJ-51-2)."""
    return person_read_log(actor=actor, person=job_seeker, fields=PERSON_PAGE_FIELDS, reference=f"Q{request.pk:06d}",
                           purpose=ReadPurpose.SUBJECT_ACCESS, now=now)


# ---- retention of the read log (BJ-51-2: kept at least 6 months) --------------------------------------------------

def read_log_cutoff(*, today_: dt.date, retention_days: int) -> dt.datetime:
    """Rows read before this instant are past retention: a read on day D is kept through D + retention_days and
    purged from the day after (the start of the local day `retention_days` before today)."""
    return timezone.make_aware(dt.datetime.combine(today_ - dt.timedelta(days=retention_days), dt.time.min))


@transaction.atomic
def read_log_purge(*, now=None, dry_run: bool = False) -> dict:
    """Delete read-log rows older than each serving unit's bj.log_retention_days (at least 183 days), never a
    younger one; each unit's purge is an audit event with the cut-off and the count.  Audit-chain events are not
    touched (deleting them would break `audit_verify`).  Returns {unit name or "—": rows deleted}."""
    now = now_or(now)
    on = today(now)
    deleted: dict = {}
    unit_ids = list(PersonalDataRead.objects.values_list("subject_unit_id", flat=True).distinct().order_by())
    for unit_id in unit_ids:
        unit = Unit.objects.get(pk=unit_id) if unit_id is not None else None
        days = policy_number("bj.log_retention_days", unit=unit, on=on)
        if days < 183:  # the registry's minimum; never purge a row younger than six months
            days = 183
        cutoff = read_log_cutoff(today_=on, retention_days=days)
        rows = PersonalDataRead.objects.filter(subject_unit_id=unit_id, read_at__lt=cutoff)
        count = rows.count()
        if not count:
            continue
        if not dry_run:
            rows.delete()  # a bulk delete (the model refuses single deletes): the purge is the only way out
            if unit is not None:
                audit(actor=None, obj=unit, unit=unit, action="read_log_purge", clause="BJ-51-2", now=now,
                      after={"deleted": count, "cutoff": cutoff.isoformat(), "retention_days": days})
        deleted[unit.name if unit else "—"] = count
    return deleted
