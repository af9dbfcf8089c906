"""Complaint and report handling (BJ-5-4): recorded, assigned to a handler, closed with result and reply."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.roles import Role
from careerguide.accounts.selectors import staff_of_unit_tree
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, refuse, require_in_jurisdiction, today
from careerguide.duties.services import transition
from careerguide.notifications.services import notify
from careerguide.organisations.scoping import unit_in_jurisdiction

from ..choices import ComplaintChannel, ComplaintSubject
from ..error_codes import SupervisionErrorCode
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


@transaction.atomic
def appeal_submit(*, actor, seeker, district, agency, content: str, now=None) -> Complaint:
    """A person with employment difficulties appeals online, to the district of their habitual residence, that an
    agency did not give them employment assistance to the standard (BJ-59-2).  It is a complaint of the online
    channel about an agency and follows the complaint workflow; the person sees its status and reply."""
    now = now_or(now)
    if seeker is None or seeker.portal_user_id != getattr(actor, "pk", None) or not seeker.difficulty_certified:
        refuse(_("网上申诉适用于已认定的就业困难人员，请先完成就业困难人员认定或到窗口反映。"),
               code=SupervisionErrorCode.NOT_DIFFICULTY_CERTIFIED, clause="BJ-59-2")
    errors = {}
    if agency is None or not agency.path.startswith(district.path):
        errors["agency"] = [_("请选择您所在区的公共就业服务机构。")]
    if not (content or "").strip():
        errors["content"] = [_("请填写申诉的事实和理由。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-59-2", code=CommonErrorCode.INVALID)
    complaint = Complaint.objects.create(
        unit=district, complainant=seeker.full_name, channel=ComplaintChannel.ONLINE, subject_kind=ComplaintSubject.AGENCY,
        subject_label=agency.name, content=content.strip(), received_on=today(now), is_appeal=True,
        complainant_user=actor)
    audit(actor=actor, obj=complaint, unit=district, action="create", clause="BJ-59-2", now=now,
          after={"channel": ComplaintChannel.ONLINE, "agency": agency.pk, "appeal": True})
    for head in staff_of_unit_tree(unit=district, roles=[Role.UNIT_HEAD]).filter(unit=district):
        notify(recipient=head, subject=_("收到就业困难人员网上申诉"), body=agency.name, link=complaint_link(complaint),
               dedup_key=f"appeal-{complaint.pk}-{head.pk}", now=now)
    return complaint
