"""Complaint and report handling (BJ-5-4): recorded, assigned to a handler, closed with result and reply."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError, NotFound
from careerguide.duties.services import transition
from careerguide.notifications.services import notify
from careerguide.organisations.scoping import unit_in_jurisdiction

from ..models import Complaint, ComplaintChannel, ComplaintSubject
from ..states import COMPLAINT_TRANSITIONS, ComplaintStatus


@transaction.atomic
def complaint_record(*, actor, unit, complainant: str, channel: str, subject_kind: str, subject_label: str, content: str,
                     received_on: dt.date, contact: str = "", now=None) -> Complaint:
    if not unit_in_jurisdiction(actor, unit):
        raise NotFound()
    if channel not in ComplaintChannel.values or subject_kind not in ComplaintSubject.values:
        raise DomainError(_("渠道或投诉对象类型不正确。"), clause="BJ-5-4", code="bad_choice")
    if not (complainant.strip() and subject_label.strip() and content.strip()):
        raise DomainError(_("请填写投诉举报人、投诉对象和内容。"), clause="BJ-5-4", code="incomplete")
    complaint = Complaint.objects.create(unit=unit, complainant=complainant.strip(), contact=contact, channel=channel,
                                         subject_kind=subject_kind, subject_label=subject_label.strip(),
                                         content=content.strip(), received_on=received_on)
    audit_record(actor=actor, obj=complaint, action="create", unit=unit, clause="BJ-5-4",
                 after={"channel": channel, "subject_kind": subject_kind, "received_on": received_on}, now=now)
    return complaint


@transaction.atomic
def complaint_assign(*, actor, complaint: Complaint, handler, now=None) -> Complaint:
    complaint = Complaint.objects.select_for_update().get(pk=complaint.pk)
    if not unit_in_jurisdiction(actor, complaint.unit):
        raise NotFound()
    if handler is None or not handler.is_staff_member or not unit_in_jurisdiction(actor, handler.unit):
        raise DomainError(_("承办人须为本辖区工作人员。"), clause="BJ-5-4", code="bad_handler")
    complaint.handler = handler
    complaint.save(update_fields=["handler", "updated_at"])
    transition(obj=complaint, to=ComplaintStatus.ASSIGNED, actor=actor, table=COMPLAINT_TRANSITIONS, unit=complaint.unit,
               clause="BJ-5-4", reason=handler.full_name, now=now)
    notify(recipient=handler, subject=_("请办理投诉举报"), body=str(complaint), link=f"/supervision/complaints/{complaint.pk}/",
           dedup_key=f"complaint-{complaint.pk}-{handler.pk}", now=now)
    return complaint


@transaction.atomic
def complaint_close(*, actor, complaint: Complaint, result: str, reply: str, replied_on: dt.date, now=None) -> Complaint:
    now = now or timezone.now()
    complaint = Complaint.objects.select_for_update().get(pk=complaint.pk)
    if not unit_in_jurisdiction(actor, complaint.unit):
        raise NotFound()
    if not (result.strip() and reply.strip()):
        raise DomainError(_("办结须填写处理结果和答复内容。"), clause="BJ-5-4", code="result_required")
    complaint.result, complaint.reply, complaint.replied_on = result.strip(), reply.strip(), replied_on
    complaint.save(update_fields=["result", "reply", "replied_on", "updated_at"])
    transition(obj=complaint, to=ComplaintStatus.CLOSED, actor=actor, table=COMPLAINT_TRANSITIONS, unit=complaint.unit,
               clause="BJ-5-4", milestone_field="closed_at", now=now)
    return complaint
