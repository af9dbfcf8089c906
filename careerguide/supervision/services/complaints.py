"""Complaint and report handling (BJ-5-4): recorded, assigned to a handler, closed with result and reply."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, now_or, refuse, require_in_jurisdiction
from careerguide.duties.services import transition
from careerguide.notifications.services import notify
from careerguide.organisations.scoping import unit_in_jurisdiction

from ..choices import ComplaintChannel, ComplaintSubject
from ..links import complaint_link
from ..models import Complaint
from ..states import COMPLAINT_TRANSITIONS, ComplaintStatus


@transaction.atomic
def complaint_record(*, actor, unit, complainant: str, channel: str, subject_kind: str, subject_label: str, content: str,
                     received_on: dt.date, contact: str = "", now=None) -> Complaint:
    require_in_jurisdiction(actor=actor, unit=unit)
    if channel not in ComplaintChannel.values or subject_kind not in ComplaintSubject.values:
        refuse(_("渠道或投诉对象类型不正确。"), code=CommonErrorCode.INVALID, clause="BJ-5-4")
    if not (complainant.strip() and subject_label.strip() and content.strip()):
        refuse(_("请填写投诉举报人、投诉对象和内容。"), code=CommonErrorCode.REQUIRED, clause="BJ-5-4")
    complaint = Complaint.objects.create(unit=unit, complainant=complainant.strip(), contact=contact, channel=channel,
                                         subject_kind=subject_kind, subject_label=subject_label.strip(),
                                         content=content.strip(), received_on=received_on)
    audit(actor=actor, obj=complaint, action="create", unit=unit, clause="BJ-5-4",
          after={"channel": channel, "subject_kind": subject_kind, "received_on": received_on}, now=now)
    return complaint


def _lock(complaint) -> Complaint:
    return Complaint.objects.select_for_update().select_related("unit").get(pk=complaint.pk)


@transaction.atomic
def complaint_assign(*, actor, complaint: Complaint, handler, now=None) -> Complaint:
    complaint = _lock(complaint)
    require_in_jurisdiction(actor=actor, unit=complaint.unit)
    if handler is None or not handler.is_staff_member or not unit_in_jurisdiction(actor, handler.unit):
        refuse(_("承办人须为本辖区工作人员。"), code=CommonErrorCode.INVALID, clause="BJ-5-4", field="handler")
    complaint.handler = handler
    complaint.save(update_fields=["handler", "updated_at"])
    transition(obj=complaint, to=ComplaintStatus.ASSIGNED, actor=actor, table=COMPLAINT_TRANSITIONS, unit=complaint.unit,
               clause="BJ-5-4", reason=handler.full_name, now=now)
    notify(recipient=handler, subject=_("请办理投诉举报"), body=str(complaint), link=complaint_link(complaint),
           dedup_key=f"complaint-{complaint.pk}-{handler.pk}", now=now)
    return complaint


@transaction.atomic
def complaint_close(*, actor, complaint: Complaint, result: str, reply: str, replied_on: dt.date, now=None) -> Complaint:
    now = now_or(now)
    complaint = _lock(complaint)
    require_in_jurisdiction(actor=actor, unit=complaint.unit)
    if not (result.strip() and reply.strip()):
        refuse(_("办结须填写处理结果和答复内容。"), code=CommonErrorCode.REQUIRED, clause="BJ-5-4")
    complaint.result, complaint.reply, complaint.replied_on = result.strip(), reply.strip(), replied_on
    complaint.save(update_fields=["result", "reply", "replied_on", "updated_at"])
    transition(obj=complaint, to=ComplaintStatus.CLOSED, actor=actor, table=COMPLAINT_TRANSITIONS, unit=complaint.unit,
               clause="BJ-5-4", milestone_field="closed_at", now=now)
    return complaint
