"""Writes to the resource library: versions, review, access counts, learning (SD-17-*, SD-3-4)."""
from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import (
    audit,
    refuse,
    refuse_forbidden,
    require_in_jurisdiction,
    require_text,
    today,
)
from careerguide.duties.services import transition
from careerguide.workforce.services.training import training_record_add

from ..choices import ResourceType
from ..error_codes import ResourcesErrorCode
from ..models import LearningRecord, Resource, ResourceAccess, ResourceVersion
from ..states import RESOURCE_TRANSITIONS, ResourceStatus


@transaction.atomic
def resource_create(*, actor, owner_unit, title: str, resource_type: str, resource_date, licence: str, content: str,
                    tags=(), sharing: str = "shared", line: str = "hrss", class_hours=None, source_key: str = "",
                    now=None) -> Resource:
    """SD-17-1: a resource with type, owner, line, date, tags, sharing and licence, and its first version."""
    require_in_jurisdiction(actor=actor, unit=owner_unit)
    if resource_type not in ResourceType.values:
        refuse(_("请选择资源类型。"), code=CommonErrorCode.REQUIRED, clause="SD-17-1", field="resource_type")
    if resource_type == ResourceType.COURSE and not class_hours:
        refuse(_("课程须填写学时。"), code=ResourcesErrorCode.COURSE_HOURS_REQUIRED, clause="SD-17-4",
               field="class_hours")
    licence = require_text(licence, field="licence", label=_("使用许可"), clause="SD-17-1")
    resource = Resource.objects.create(owner_unit=owner_unit, title=title, resource_type=resource_type,
                                       resource_date=resource_date, licence=licence, tags=list(tags), sharing=sharing,
                                       line=line, class_hours=class_hours, source_key=source_key, created_by=actor)
    ResourceVersion.objects.create(resource=resource, number=1, content=content)
    audit(actor=actor, obj=resource, unit=owner_unit, action="create", clause="SD-17-1", now=now,
                 after={"title": title, "resource_type": resource_type, "sharing": sharing})
    return resource


@transaction.atomic
def resource_revise(*, actor, resource: Resource, content: str, note: str, now=None) -> ResourceVersion:
    """SD-17-1: a new numbered version; a published resource goes back to review."""
    number = (resource.current_version.number if resource.current_version else 0) + 1
    version = ResourceVersion.objects.create(resource=resource, number=number, content=content, note=note)
    audit(actor=actor, obj=resource, unit=resource.owner_unit, action="update", clause="SD-17-1", now=now,
                 after={"version": number, "note": note})
    return version


@transaction.atomic
def resource_move(*, actor, resource: Resource, to: str, note: str = "", now=None) -> Resource:
    """Submit, publish, return or withdraw (SD-17-1 review and publication)."""
    if to in (ResourceStatus.PUBLISHED, ResourceStatus.RETURNED) and resource.created_by_id == getattr(actor, "pk", None):
        refuse_forbidden(clause="SD-17-1", message=_("不能审核自己提交的资源。"))
    if to == ResourceStatus.RETURNED and not note.strip():
        refuse(_("退回须填写审核意见。"), code=CommonErrorCode.REQUIRED, clause="SD-17-1", field="note")
    resource.review_note = note
    resource.save(update_fields=["review_note", "updated_at"])
    transition(obj=resource, to=to, actor=actor, table=RESOURCE_TRANSITIONS, unit=resource.owner_unit, clause="SD-17-1",
               milestone_field="status_changed_at", reason=note, now=now)
    return resource


def resource_access_record(*, actor, resource: Resource, kind: str, now=None) -> None:
    """SD-17-5: count a view or download per organisation (no audit event: reading changes no record)."""
    ResourceAccess.objects.create(resource=resource, unit=actor.unit, kind=kind, on=today(now))
    field = "views" if kind == "view" else "downloads"
    Resource.objects.filter(pk=resource.pk).update(**{field: F(field) + 1})


@transaction.atomic
def learning_progress(*, actor, resource: Resource, counsellor, progress: int, now=None) -> LearningRecord:
    """SD-17-3, SD-17-4: progress on an on-demand course, replayable without limit; the first completion adds the
    course's declared class hours to the training record once."""
    if counsellor is None:
        refuse(_("当前账号未关联职业指导队伍人员，不能记录学习。"), code=ResourcesErrorCode.NOT_A_COUNSELLOR,
               clause="SD-17-4")
    if resource.resource_type != ResourceType.COURSE or resource.status != ResourceStatus.PUBLISHED:
        refuse(_("只能学习已发布的课程。"), code=ResourcesErrorCode.NOT_A_PUBLISHED_COURSE, clause="SD-17-3")
    if not 0 <= progress <= 100:
        refuse(_("进度须在0至100之间。"), code=CommonErrorCode.INVALID, clause="SD-17-3", field="progress")
    record, _created = LearningRecord.objects.select_for_update().get_or_create(resource=resource, counsellor=counsellor)
    before = {"progress": record.progress, "completed_on": record.completed_on}
    record.plays += 1
    record.progress = max(record.progress, progress) if record.completed_on is None else 100
    on = today(now)
    if progress == 100 and record.completed_on is None:
        record.completed_on = on
        record.save()
        record.training_record = training_record_add(
            actor=actor, counsellor=counsellor, form="online", provider=resource.owner_unit.name, started_on=on,
            completed_on=on, hours=resource.class_hours, assessment_method="other", result="passed",
            source=f"resources.learning:{record.pk}", now=now)
    record.save()
    audit(actor=actor, obj=record, unit=counsellor.unit, action="update", clause="SD-17-3", now=now,
                 before=before, after={"progress": record.progress, "completed_on": record.completed_on})
    return record


@transaction.atomic
def showcase_publish(*, actor, entry, owner_unit, de_identified: bool, licence: str, now=None) -> Resource:
    """SD-3-4: a winning contest entry goes to the library only with the owner's consent and client data removed."""
    if not entry.winning:
        refuse(_("只有获奖作品可以展示。"), code=ResourcesErrorCode.NOT_WINNING, clause="SD-3-4")
    if not entry.owner_consent:
        refuse(_("作者未同意展示，不能发布。"), code=ResourcesErrorCode.NO_CONSENT, clause="SD-3-4")
    if not de_identified:
        refuse(_("请确认已删除服务对象个人信息。"), code=ResourcesErrorCode.NOT_DE_IDENTIFIED, clause="SD-3-4")
    resource = resource_create(actor=actor, owner_unit=owner_unit, title=entry.entry_title,
                               resource_type=ResourceType.CASE_ANALYSIS, resource_date=today(now), licence=licence,
                               content=entry.entry_title, tags=["优秀成果展示"], source_key=f"contest_entry:{entry.pk}", now=now)
    return resource
