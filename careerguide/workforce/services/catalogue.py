"""Service content and delivery: guidance content (SD-10-1), catalogue services to job seekers, graduates,
employers and assistance targets through either channel (SD-10-2, SD-11-1 .. SD-11-3, SD-12-1, SD-G-11, SD-8-4),
hand-offs to job introduction and policy services (SD-S-5) and the activity calendar (SD-S-9)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse, require_in_jurisdiction, require_text, today
from careerguide.duties.services import transition

from ..choices import CareerStage, Channel, HandoffOutcome, HandoffService, RecipientType, SupportMeasure
from ..error_codes import WorkforceErrorCode
from ..models import GuidanceContent, ServiceActivity, ServiceHandoff, ServiceRecord
from ..rules.guidance_model import service_in_catalogue
from ..states import CONTENT_TRANSITIONS, ContentStatus


@transaction.atomic
def guidance_content_create(*, actor, unit, kind: str, title: str, body: str, audience: str = "all",
                            now=None) -> GuidanceContent:
    """SD-10-1: policy publicity or situation interpretation, drafted for publication."""
    require_in_jurisdiction(actor=actor, unit=unit)
    row = GuidanceContent.objects.create(unit=unit, kind=kind, audience=audience,
                                         title=require_text(title, field="title", label=_("标题"), clause="SD-10-1"),
                                         body=require_text(body, field="body", label=_("内容"), clause="SD-10-1"))
    audit(actor=actor, obj=row, unit=unit, action="create", clause="SD-10-1", now=now, after={"kind": kind})
    return row


@transaction.atomic
def guidance_content_publish(*, actor, content: GuidanceContent, published_on: dt.date | None = None,
                             now=None) -> GuidanceContent:
    """SD-10-1: each item is published with its publication date, shown to job seekers and employers."""
    require_in_jurisdiction(actor=actor, unit=content.unit)
    content.published_on = published_on or today(now)
    content.save(update_fields=["published_on", "updated_at"])
    transition(obj=content, to=ContentStatus.PUBLISHED, actor=actor, table=CONTENT_TRANSITIONS, unit=content.unit,
               clause="SD-10-1", milestone_field="status_changed_at", now=now)
    return content


def _recipient_errors(recipient_type, job_seeker, employer, service, support_measures, personalised_guidance) -> dict:
    errors = {}
    if recipient_type not in RecipientType.values:
        errors["recipient_type"] = [_("请选择服务对象类型。")]
    elif (recipient_type == RecipientType.EMPLOYER) != (employer is not None) or \
            (recipient_type != RecipientType.EMPLOYER and job_seeker is None):
        errors["recipient_type"] = [_("用人单位服务须选择用人单位，其他服务须选择求职者。")]
    elif not service_in_catalogue(recipient_type, service):
        errors["service"] = [_("该服务项目不在此类服务对象的服务目录中。")]
    if recipient_type == RecipientType.ASSISTANCE_TARGET:
        if not support_measures or any(m not in SupportMeasure.values for m in support_measures):
            errors["support_measures"] = [_("就业援助对象须选择差异化帮扶举措。")]
        if not (personalised_guidance or "").strip():
            errors["personalised_guidance"] = [_("请填写为援助对象开展的个性化职业指导服务。")]
    return errors


@transaction.atomic
def service_record_add(*, actor, unit, recipient_type: str, service: str, channel: str, delivered_on: dt.date,
                       job_seeker=None, employer=None, counsellor=None, studio=None, career_stage: str = "",
                       support_measures=(), personalised_guidance: str = "", note: str = "",
                       now=None) -> ServiceRecord:
    """SD-11-1 .. SD-11-3, SD-12-1, SD-G-11: a catalogue service of the recipient's type, online or offline, into
    the recipient's one history; SD-8-4: the studio that delivered it and the recipient's career stage."""
    require_in_jurisdiction(actor=actor, unit=unit)
    errors = _recipient_errors(recipient_type, job_seeker, employer, service, support_measures, personalised_guidance)
    if channel not in Channel.values:
        errors["channel"] = [_("请选择线上或线下。")]
    if career_stage and career_stage not in CareerStage.values:
        errors["career_stage"] = [_("职业发展阶段无效。")]
    if delivered_on > today(now):
        errors["delivered_on"] = [_("服务日期不能晚于今天。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID, clause="SD-11-1")
    row = ServiceRecord.objects.create(
        unit=unit, recipient_type=recipient_type, job_seeker=job_seeker, employer=employer, service=service,
        channel=channel, delivered_on=delivered_on, counsellor=counsellor, studio=studio, career_stage=career_stage,
        support_measures=list(support_measures) if recipient_type == RecipientType.ASSISTANCE_TARGET else [],
        personalised_guidance=(personalised_guidance or "").strip(), note=(note or "").strip(), recorded_by=actor)
    audit(actor=actor, obj=row, unit=unit, action="create", clause="SD-12-1", now=now,
          after={"recipient_type": recipient_type, "service": service, "channel": channel})
    return row


@transaction.atomic
def handoff_create(*, actor, record: ServiceRecord, to_service: str, handed_on: dt.date, receiving: str,
                   now=None) -> ServiceHandoff:
    """SD-S-5: a guidance case handed off to job introduction or policy services."""
    require_in_jurisdiction(actor=actor, unit=record.unit)
    if to_service not in HandoffService.values:
        refuse(_("请选择职业介绍或政策服务。"), code=CommonErrorCode.INVALID, clause="SD-S-5", field="to_service")
    if handed_on < record.delivered_on:
        refuse(_("衔接日期不能早于服务日期。"), code=CommonErrorCode.INVALID, clause="SD-S-5", field="handed_on")
    row = ServiceHandoff.objects.create(record=record, to_service=to_service, handed_on=handed_on,
                                        receiving=require_text(receiving, field="receiving", label=_("承接机构或人员"),
                                                               clause="SD-S-5"))
    audit(actor=actor, obj=row, unit=record.unit, action="create", clause="SD-S-5", now=now, after={"to": to_service})
    return row


@transaction.atomic
def handoff_outcome_record(*, actor, handoff: ServiceHandoff, outcome: str, outcome_on: dt.date, outcome_note: str = "",
                           now=None) -> ServiceHandoff:
    """SD-S-5: what came of the hand-off (落实落地), recorded once."""
    require_in_jurisdiction(actor=actor, unit=handoff.record.unit)
    if handoff.outcome != HandoffOutcome.PENDING:
        refuse(_("该衔接已登记落实情况。"), code=WorkforceErrorCode.WRONG_STAGE, clause="SD-S-5")
    if outcome not in (HandoffOutcome.COMPLETED, HandoffOutcome.NOT_COMPLETED):
        refuse(_("请选择已落实或未落实。"), code=CommonErrorCode.INVALID, clause="SD-S-5", field="outcome")
    handoff.outcome, handoff.outcome_on, handoff.outcome_note = outcome, outcome_on, (outcome_note or "").strip()
    handoff.save(update_fields=["outcome", "outcome_on", "outcome_note", "updated_at"])
    audit(actor=actor, obj=handoff, unit=handoff.record.unit, action="update", clause="SD-S-5", now=now,
          after={"outcome": outcome})
    return handoff


@transaction.atomic
def service_activity_plan(*, actor, unit, title: str, service: str, on: dt.date, target_group: str, channel: str,
                          capacity: int, now=None) -> ServiceActivity:
    """SD-S-9: a service activity in the organisation's calendar; it feeds the service statistics (SD-11-4)."""
    require_in_jurisdiction(actor=actor, unit=unit)
    if not service_in_catalogue(target_group, service):
        refuse(_("该服务项目不在此类服务对象的服务目录中。"), code=CommonErrorCode.INVALID, clause="SD-S-9", field="service")
    if channel not in Channel.values or capacity < 1:
        refuse(_("请选择渠道并填写计划人数。"), code=CommonErrorCode.INVALID, clause="SD-S-9", field="capacity")
    row = ServiceActivity.objects.create(unit=unit, service=service, on=on, target_group=target_group, channel=channel,
                                         capacity=capacity,
                                         title=require_text(title, field="title", label=_("活动名称"), clause="SD-S-9"))
    audit(actor=actor, obj=row, unit=unit, action="create", clause="SD-S-9", now=now, after={"on": on, "service": service})
    return row
