"""The reference library of laws and policies (CQ-4.3-2), its publication for on-site display (CQ-7.1.1-1), the
plain-language handbooks compiled from it (CQ-7.1.1-2) and their timely update (CQ-7.1.1-3): an amendment or a
repeal owes an update of every display and current handbook that uses the item within the policy's working days
(a duty each, overdue by date); a repealed item leaves the display at once."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import now_or, policy_number, refuse, require_text, today
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition
from careerguide.workdays.selectors import work_calendar

from ...duty_kinds import KIND_DISPLAY_UPDATE, KIND_HANDBOOK_UPDATE
from .. import rules
from ..choices import DisplayChannel, PolicyCategory, PolicyItemStatus
from ..error_codes import CqErrorCode
from ..models import DisplayPublication, Handbook, PolicyItem
from ..selectors import current_handbooks_using, displays_in_effect
from ..states import POLICY_ITEM_TRANSITIONS
from .steps import audit_standard, ensure_manager


@transaction.atomic
def policy_item_add(*, actor, unit, title: str, issuer: str, doc_number: str, category: str, effective_on: dt.date,
                    summary: str, now=None) -> PolicyItem:
    """CQ-4.3-2: title, issuer, document number, category, effective date, status, last-reviewed date."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-4.3-2")
    errors = {f: [_("此项必填。")] for f, v in (("title", title), ("issuer", issuer), ("summary", summary))
              if not (v or "").strip()}
    if category not in PolicyCategory.values:
        errors["category"] = [_("请选择类别。")]
    if errors:
        raise DomainError(field_errors=errors, clause="CQ-4.3-2", code=CommonErrorCode.INVALID)
    item = PolicyItem.objects.create(unit=unit, title=title.strip(), issuer=issuer.strip(),
                                     doc_number=(doc_number or "").strip(), category=category,
                                     effective_on=effective_on, last_reviewed_on=today(now), summary=summary.strip(),
                                     status_changed_at=now_or(now))
    audit_standard(actor=actor, obj=item, action="create", unit=unit, clause="CQ-4.3-2", now=now,
                   after={"title": item.title, "category": category})
    return item


@transaction.atomic
def policy_item_review(*, actor, item: PolicyItem, now=None) -> PolicyItem:
    """CQ-4.3-2: the item was reviewed today and is still right."""
    ensure_manager(actor=actor, unit=item.unit, clause="CQ-4.3-2")
    item.last_reviewed_on = today(now)
    item.save(update_fields=["last_reviewed_on", "updated_at"])
    audit_standard(actor=actor, obj=item, action="update", unit=item.unit, clause="CQ-4.3-2", now=now,
                   after={"last_reviewed_on": item.last_reviewed_on})
    return item


def _update_spec(*, kind, title, unit, assignee, due) -> DutySpec:
    return DutySpec(kind=kind, title=title, clause="CQ-7.1.1-3", due_date=due, unit=unit, assignee=assignee)


def _owe_updates(*, actor, item: PolicyItem, displays, event, now) -> None:
    """CQ-7.1.1-3: each display still showing the item and each current handbook using it is owed an update."""
    day = today(now)
    due = rules.update_due(day, policy_number("cq.policy_display_update_workdays", unit=item.unit, on=day),
                           work_calendar())
    for display in displays:
        duty_schedule(actor=actor, subject=display, created_by_event=event, now=now, spec=_update_spec(
            kind=KIND_DISPLAY_UPDATE, title=_("更新展示内容：%(t)s") % {"t": item.title}, unit=display.unit,
            assignee=display.published_by, due=due))
    for handbook in current_handbooks_using(item=item):
        duty_schedule(actor=actor, subject=handbook, created_by_event=event, now=now, spec=_update_spec(
            kind=KIND_HANDBOOK_UPDATE, title=_("更新读本：%(h)s（%(t)s）") % {"h": handbook, "t": item.title},
            unit=handbook.unit, assignee=handbook.compiled_by, due=due))


@transaction.atomic
def policy_item_amend(*, actor, item: PolicyItem, summary: str, now=None) -> PolicyItem:
    """CQ-7.1.1-3: the item was amended; displays and handbooks using it are owed an update."""
    ensure_manager(actor=actor, unit=item.unit, clause="CQ-7.1.1-3")
    item.summary = require_text(summary, field="summary", label=_("修订后的通俗解读"), clause="CQ-7.1.1-3")
    item.revision += 1
    item.last_reviewed_on = today(now)
    item.save(update_fields=["summary", "revision", "last_reviewed_on", "updated_at"])
    event = transition(obj=item, to=PolicyItemStatus.AMENDED, actor=actor, table=POLICY_ITEM_TRANSITIONS,
                       unit=item.unit, clause="CQ-7.1.1-3", milestone_field="status_changed_at", now=now_or(now))
    _owe_updates(actor=actor, item=item, displays=displays_in_effect(item=item), event=event, now=now)
    return item


@transaction.atomic
def policy_item_repeal(*, actor, item: PolicyItem, now=None) -> PolicyItem:
    """CQ-7.1.1-3: a repealed item is withdrawn from display at once; handbooks using it are owed an update."""
    ensure_manager(actor=actor, unit=item.unit, clause="CQ-7.1.1-3")
    event = transition(obj=item, to=PolicyItemStatus.REPEALED, actor=actor, table=POLICY_ITEM_TRANSITIONS,
                       unit=item.unit, clause="CQ-7.1.1-3", milestone_field="status_changed_at", now=now_or(now))
    for display in displays_in_effect(item=item):
        _withdraw(actor=actor, display=display, reason=_("政策已废止"), event=event, now=now)
    _owe_updates(actor=actor, item=item, displays=(), event=event, now=now)
    return item


def _withdraw(*, actor, display: DisplayPublication, reason: str, event, now) -> None:
    display.withdrawn_on, display.withdrawn_reason = today(now), reason
    display.save(update_fields=["withdrawn_on", "withdrawn_reason", "updated_at"])
    audit_standard(actor=actor, obj=display, action="update", unit=display.unit, clause="CQ-7.1.1-3", now=now,
                   after={"withdrawn_on": display.withdrawn_on}, reason=reason)
    duties_fulfil_for_subject(actor=actor, subject=display, kind=KIND_DISPLAY_UPDATE, on=today(now), event=event,
                              now=now)


@transaction.atomic
def display_publish(*, actor, unit, item: PolicyItem, channel: str, now=None) -> DisplayPublication:
    """CQ-7.1.1-1: publish the item's current text on an electronic screen or bulletin board, dated; it replaces
    the site's earlier publication of the item on that channel (meeting its update duty, CQ-7.1.1-3)."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-7.1.1-1")
    if channel not in DisplayChannel.values:
        refuse(_("请选择展示载体。"), code=CommonErrorCode.INVALID, field="channel")
    if item.status == PolicyItemStatus.REPEALED:
        refuse(_("已废止的政策不能发布展示。"), code=CqErrorCode.POLICY_ITEM_REPEALED, clause="CQ-7.1.1-3")
    display = DisplayPublication.objects.create(unit=unit, item=item, channel=channel, published_on=today(now),
                                                item_revision=item.revision, published_by=actor)
    event = audit_standard(actor=actor, obj=display, action="create", unit=unit, clause="CQ-7.1.1-1", now=now,
                           after={"item": item.pk, "channel": channel, "revision": item.revision})
    for old in displays_in_effect(item=item, unit=unit, channel=channel).exclude(pk=display.pk):
        _withdraw(actor=actor, display=old, reason=_("已发布更新内容"), event=event, now=now)
    return display


@transaction.atomic
def handbook_compile(*, actor, unit, title: str, items, introduction: str = "", now=None) -> Handbook:
    """CQ-7.1.1-2: a plain-language reader assembled from policy items, stamped with a version and compilation
    date; a new version of a handbook meets the update duties of the one it replaces (CQ-7.1.1-3)."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-7.1.1-2")
    title = require_text(title, field="title", label=_("读本名称"), clause="CQ-7.1.1-2")
    items = list(items)
    if not items:
        refuse(_("请选择收录的政策。"), code=CommonErrorCode.REQUIRED, clause="CQ-7.1.1-2", field="items")
    if any(i.status == PolicyItemStatus.REPEALED for i in items):
        refuse(_("已废止的政策不能收录。"), code=CqErrorCode.POLICY_ITEM_REPEALED, clause="CQ-7.1.1-3", field="items")
    previous = Handbook.objects.select_for_update().filter(unit=unit, title=title).order_by("-version").first()
    handbook = Handbook.objects.create(unit=unit, title=title, version=previous.version + 1 if previous else 1,
                                       compiled_on=today(now), introduction=(introduction or "").strip(),
                                       item_revisions={str(i.pk): i.revision for i in items}, compiled_by=actor,
                                       previous=previous)
    handbook.items.set(items)
    event = audit_standard(actor=actor, obj=handbook, action="create", unit=unit, clause="CQ-7.1.1-2", now=now,
                           after={"version": handbook.version, "items": [i.pk for i in items]})
    if previous is not None:
        duties_fulfil_for_subject(actor=actor, subject=previous, kind=KIND_HANDBOOK_UPDATE, on=today(now),
                                  event=event, now=now)
    return handbook
