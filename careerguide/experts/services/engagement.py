"""Invitations from units (CZ-11-15), paired assistance (CZ-11-16), courses and micro-videos (CZ-10-7), the evidence
of a service-log entry (CZ-A2-6) and the export of recipient data, always logged (CZ-11-17)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, refuse, refuse_forbidden, require_text
from careerguide.documents.spreadsheets import xlsx_bytes
from careerguide.duties.services import transition
from careerguide.notifications.services import notify
from careerguide.organisations.selectors import city_unit

from ..choices import ActivityForm, LogAttachmentKind, RecipientType
from ..error_codes import ExpertsErrorCode
from ..links import expert_home_url
from ..models import ContentItem, Invitation, Membership, Pairing, ServiceLogAttachment, ServiceLogEntry
from ..permissions import is_city_hrss
from ..states import REQUEST_TRANSITIONS, MembershipStatus, RequestStatus
from .access import require_city_hrss


def _own(actor, m: Membership) -> bool:
    return bool(actor and actor.is_authenticated and m.user_id == actor.pk)


def _require_serving(m: Membership, clause: str) -> None:
    if m.status not in (MembershipStatus.ACTIVE, MembershipStatus.RENEWAL_PENDING):
        refuse(_("只有在聘专家可以办理。"), code=ExpertsErrorCode.NOT_ACTIVE_MEMBER, clause=clause)


@transaction.atomic
def invitation_create(*, actor, inviting_unit: str, contact_person: str, contact: str, topic: str, form: str,
                      on: dt.date, membership: Membership | None = None, now=None) -> Invitation:
    """CZ-11-15: a unit invites a named expert or asks city HRSS to find one; no approval step, city HRSS sees all."""
    for field, value, label in (("inviting_unit", inviting_unit, _("邀请单位")), ("contact_person", contact_person,
                                _("联系人")), ("contact", contact, _("联系方式")), ("topic", topic, _("活动内容"))):
        require_text(value, field=field, label=label, clause="CZ-11-15")
    if form not in ActivityForm.values:
        refuse(_("请选择服务形式。"), code=CommonErrorCode.INVALID, clause="CZ-11-14", field="form")
    if membership is not None:
        _require_serving(membership, "CZ-11-15")
    row = Invitation.objects.create(membership=membership, inviting_unit=inviting_unit.strip(),
                                    contact_person=contact_person.strip(), contact=contact.strip(), topic=topic.strip(),
                                    form=form, on=on)
    audit(actor=actor, obj=row, unit=city_unit(), action="create", clause="CZ-11-15", now=now,
          after={"membership": membership.pk if membership else None, "on": on})
    if membership is not None and membership.user_id:
        notify(recipient=membership.user, subject=_("新的单位邀请：%(t)s") % {"t": row.topic}, link=expert_home_url(),
               dedup_key=f"expert-invitation:{row.pk}", now=now)
    return row


@transaction.atomic
def invitation_assign(*, actor, invitation: Invitation, membership: Membership, now=None) -> Invitation:
    """CZ-11-15: for an invitation that asked city HRSS to find an expert, city HRSS names one."""
    require_city_hrss(actor=actor, clause="CZ-11-15")
    if invitation.membership_id or invitation.status != RequestStatus.OPEN:
        refuse(_("该邀请已指定专家或已答复。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-11-15")
    _require_serving(membership, "CZ-11-15")
    invitation.membership = membership
    invitation.save(update_fields=["membership", "updated_at"])
    audit(actor=actor, obj=invitation, unit=city_unit(), action="assign", clause="CZ-11-15", now=now,
          after={"membership": membership.pk})
    return invitation


@transaction.atomic
def invitation_respond(*, actor, invitation: Invitation, accept: bool, reason: str = "", now=None) -> Invitation:
    """CZ-11-15: the invited expert accepts or declines; an accepted invitation leads to a service-log entry."""
    if invitation.membership is None or not _own(actor, invitation.membership):
        refuse_forbidden(clause="CZ-11-15", message=_("只能答复本人收到的邀请。"))
    if not accept and not (reason or "").strip():
        refuse(_("谢绝邀请须说明理由。"), code=CommonErrorCode.REQUIRED, clause="CZ-11-15", field="reason")
    invitation.decline_reason = "" if accept else reason.strip()
    invitation.save(update_fields=["decline_reason", "updated_at"])
    transition(obj=invitation, to=RequestStatus.ACCEPTED if accept else RequestStatus.DECLINED, actor=actor,
               table=REQUEST_TRANSITIONS, unit=invitation.membership.unit, clause="CZ-11-15", now=now)
    return invitation


@transaction.atomic
def pairing_create(*, actor, membership: Membership, recipient_name: str, recipient_type: str, start: dt.date, goal: str,
                   end: dt.date | None = None, now=None) -> Pairing:
    """CZ-11-16: paired assistance (expert, recipient, start, end, goal); service-log entries attach to it."""
    if not (_own(actor, membership) or is_city_hrss(actor)):
        refuse_forbidden(clause="CZ-11-16")
    _require_serving(membership, "CZ-11-16")
    if recipient_type not in RecipientType.values:
        refuse(_("请选择劳动者或用人单位。"), code=CommonErrorCode.INVALID, clause="CZ-3-1", field="recipient_type")
    if end and end < start:
        refuse(_("结束日期不能早于开始日期。"), code=CommonErrorCode.INVALID, clause="CZ-11-16", field="end")
    row = Pairing.objects.create(membership=membership, recipient_type=recipient_type, start=start, end=end,
                                 recipient_name=require_text(recipient_name, field="recipient_name",
                                                             label=_("帮扶对象"), clause="CZ-11-16"),
                                 goal=require_text(goal, field="goal", label=_("帮扶目标"), clause="CZ-11-16"))
    audit(actor=actor, obj=row, unit=membership.unit, action="create", clause="CZ-11-16", now=now,
          after={"recipient_type": recipient_type, "start": start, "end": end})
    return row


@transaction.atomic
def content_item_record(*, actor, title: str, item_type: str, minutes: int, channel: str, published_on: dt.date,
                        authors: list[Membership], url: str = "", now=None) -> ContentItem:
    """CZ-10-7: a premium course or micro-video with its authoring experts; it goes into their archives and counts
    under duty D3."""
    if not (is_city_hrss(actor) or any(_own(actor, m) for m in authors)):
        refuse_forbidden(clause="CZ-10-7")
    if not authors:
        refuse(_("请选择制作专家。"), code=CommonErrorCode.REQUIRED, clause="CZ-10-7", field="authors")
    if item_type not in (ContentItem.COURSE, ContentItem.VIDEO) or not minutes or minutes <= 0:
        refuse(_("请选择精品课程或微视频并填写时长。"), code=CommonErrorCode.INVALID, clause="CZ-10-7", field="minutes")
    row = ContentItem.objects.create(title=require_text(title, field="title", label=_("标题"), clause="CZ-10-7"),
                                     item_type=item_type, minutes=minutes, channel=channel.strip(), url=url,
                                     published_on=published_on)
    row.authors.set(authors)
    audit(actor=actor, obj=row, unit=city_unit(), action="create", clause="CZ-10-7", now=now,
          after={"item_type": item_type, "authors": [m.pk for m in authors]})
    return row


@transaction.atomic
def service_log_attachment_add(*, actor, entry: ServiceLogEntry, kind: str, file, now=None) -> ServiceLogAttachment:
    """CZ-A2-6: photos, the sign-in sheet and materials; a confirmed entry is locked (CZ-A2-7)."""
    if not (_own(actor, entry.membership) or is_city_hrss(actor)):
        refuse_forbidden(clause="CZ-A2-6")
    if entry.status == "confirmed":
        refuse(_("已确认的服务日志已锁定。"), code=ExpertsErrorCode.LOCKED, clause="CZ-A2-7")
    if kind not in LogAttachmentKind.values or not file:
        refuse(_("请选择附件类别并上传文件。"), code=CommonErrorCode.REQUIRED, clause="CZ-A2-6", field="file")
    row = ServiceLogAttachment.objects.create(entry=entry, kind=kind, file=file)
    audit(actor=actor, obj=entry, unit=entry.membership.unit, action="attachment_add", clause="CZ-A2-6", now=now,
          after={"kind": kind})
    return row


EXPORT_HEADERS = ("日期", "服务形式", "服务对象类型", "服务人数", "服务对象姓名", "用人单位", "主题", "状态")


def service_log_export(*, actor, membership: Membership, now=None) -> bytes:
    """CZ-11-17: the service log with recipients' data, for the responsible expert or city HRSS only; every
    export is written to the audit trail."""
    if not (_own(actor, membership) or is_city_hrss(actor)):
        refuse_forbidden(clause="CZ-11-17")
    rows = [(e.on, e.get_form_display(), "、".join(e.recipient_types), e.persons_served, e.named_recipients,
             e.employer_name, e.topic, e.get_status_display()) for e in membership.service_logs.order_by("on", "pk")]
    audit(actor=actor, obj=membership, unit=membership.unit, action="export", clause="CZ-11-17", now=now,
          after={"rows": len(rows), "what": "service_log_recipients"})
    return xlsx_bytes(title=_("服务日志"), headers=EXPORT_HEADERS, rows=rows)
