"""A recognised studio's people, plaque, lead-master absence and level (HN-3-4, HN-3-5, HN-6-19, HN-11-2, HN-11-9 .. HN-11-12,
HN-11-22)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import (
    audit,
    policy_number,
    refuse,
    refuse_forbidden,
    require_resident_id,
    require_text,
)
from careerguide.duties.services import (
    DutySpec,
    duties_cancel_for_subject,
    duties_fulfil_for_subject,
    duty_schedule,
    transition,
)
from careerguide.organisations.selectors import city_unit
from careerguide.privacy.crypto import blind_index

from ..deadlines import continuation_decision_due, continuation_decision_opens, master_absence_start
from ..duty_kinds import CONTINUATION_DECISION_KIND
from ..error_codes import StudiosErrorCode
from ..models import LevelRecord, NameRecord, Plaque, ProvincialNomination, Studio, StudioComment, StudioMember
from ..permissions import is_city_hrss, is_studio_centre
from ..rules.eligibility import qualified_master
from ..rules.procedure import studio_name
from ..selectors import host_units_of, master_absence
from ..states import STAFFING_TRANSITIONS, Registration, Staffing, Standing


def _unit(studio):
    return studio.host_unit.district


def require_host(*, actor, studio):
    """HN-11-2: only the host unit edits its studio's staff, activities and ledger."""
    if not host_units_of(actor=actor).filter(pk=studio.host_unit_id).exists():
        refuse_forbidden(clause="HN-11-2")


def require_active(*, studio, clause="HN-11-17"):
    if studio.registration != Registration.ACTIVE:
        refuse(_("工作室已注（撤）销，不再办理该事项。"), code=StudiosErrorCode.NOT_ACTIVE, clause=clause)


@transaction.atomic
def plaque_award(*, actor, studio: Studio, number: str, spec_version: str, presented_on: dt.date, recipient: str,
                 now=None) -> Plaque:
    """HN-6-19: plaque to the standard specification, presented to the host unit; reissues on renaming (HN-11-12)."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-3")
    require_active(studio=studio)
    require_text(number, field="number", label=_("牌匾编号"), clause="HN-6-19")
    require_text(spec_version, field="spec_version", label=_("统一规格版本"), clause="HN-6-19")
    for old in studio.plaques.filter(removed_on__isnull=True):
        old.removed_on = presented_on
        old.save(update_fields=["removed_on", "updated_at"])
    plaque = Plaque.objects.create(studio=studio, number=number.strip(), spec_version=spec_version.strip(),
                                   name_on_plaque=studio.name, presented_on=presented_on,
                                   recipient=require_text(recipient, field="recipient", label=_("接收人"),
                                                          clause="HN-6-19"))
    audit(actor=actor, obj=plaque, action="create", unit=_unit(studio), clause="HN-6-19", now=now,
          after={"number": number, "name": studio.name, "presented_on": presented_on})
    return plaque


def _has_qualified_lead(studio) -> bool:
    return studio.members.filter(role="lead", qualified=True, left_on__isnull=True).exists()


@transaction.atomic
def member_leave(*, actor, member: StudioMember, last_working_day: dt.date, reason: str, now=None) -> StudioMember:
    """HN-11-9, HN-11-11, HN-11-22: a departure is recorded; when the last qualified lead master leaves the
    lead master is absent from the next day.  It stays recognised."""
    studio = member.studio
    if not (is_studio_centre(actor) or host_units_of(actor=actor).filter(pk=studio.host_unit_id).exists()):
        refuse_forbidden(clause="HN-11-2")
    require_active(studio=studio)
    if member.left_on:
        refuse(_("该人员已离开。"), code=StudiosErrorCode.ALREADY_LEFT, clause="HN-11-9")
    member.left_on, member.leave_reason = last_working_day, reason
    member.save(update_fields=["left_on", "leave_reason", "updated_at"])
    audit(actor=actor, obj=member, action="leave", unit=_unit(studio), clause="HN-11-9", now=now,
          after={"left_on": last_working_day, "reason": reason})
    if member.role == "lead" and studio.staffing == Staffing.STAFFED and not _has_qualified_lead(studio):
        _master_absence_begin(actor, studio, master_absence_start(last_working_day), now=now)
    return member


def _master_absence_begin(actor, studio, since: dt.date, *, now):
    """HN-11-9, HN-11-10: the lead master is absent from `since`; city HRSS owes the decision whether the studio
    is unfit to continue once the absence has lasted the policy's years (the window opens that day)."""
    years = policy_number("hn.master_absence_exit_years", unit=_unit(studio), on=since)
    opens = continuation_decision_opens(since, years)
    due = continuation_decision_due(opens, policy_number("hn.continuation_decision_window_days", unit=city_unit(),
                                                         on=since))
    studio.master_absent_since = since
    studio.save(update_fields=["master_absent_since", "updated_at"])
    event = transition(obj=studio, to=Staffing.MASTER_ABSENT, actor=actor, table=STAFFING_TRANSITIONS,
                       unit=_unit(studio), clause="HN-11-9", field="staffing", now=now)
    duty_schedule(actor=actor, subject=studio, created_by_event=event, now=now, spec=DutySpec(
        kind=CONTINUATION_DECISION_KIND, clause="HN-11-10", due_date=due, earliest=opens, unit=city_unit(),
        remind_on=(opens,),
        title=_("%(n)s领衔大师空缺满一年：决定是否不适合存续") % {"n": studio.name}))


def _master_absence_end(actor, studio, on: dt.date, *, now):
    """HN-11-22: a qualified replacement ends the absence; once the flag is raised only city HRSS keeps the
    studio, and that is its decision (the duty is fulfilled); before, the duty is no longer needed."""
    absence = master_absence(studio=studio, on=on)
    if absence["flagged"] and not is_city_hrss(actor):
        refuse(_("空缺已满一年，须由市人社局决定保留。"), code=CommonErrorCode.FORBIDDEN, clause="HN-11-22")
    studio.master_absent_since = None
    studio.save(update_fields=["master_absent_since", "updated_at"])
    event = transition(obj=studio, to=Staffing.STAFFED, actor=actor, table=STAFFING_TRANSITIONS, unit=_unit(studio),
                       clause="HN-11-22", field="staffing", now=now)
    if absence["flagged"]:
        duties_fulfil_for_subject(actor=actor, subject=studio, kind=CONTINUATION_DECISION_KIND, on=on, event=event,
                                  now=now)
    else:
        duties_cancel_for_subject(actor=actor, subject=studio, kind=CONTINUATION_DECISION_KIND, now=now,
                                  reason=_("已更换符合条件的领衔职业指导大师。"))


@transaction.atomic
def member_add(*, actor, studio: Studio, name: str, id_number: str, post: str = "", started_on: dt.date,
               qualifications: str = "", now=None) -> StudioMember:
    """HN-11-2: the host unit edits its staff list (lead masters change only by installation, HN-11-12)."""
    require_host(actor=actor, studio=studio)
    require_active(studio=studio)
    id_number = require_resident_id(id_number)
    member = StudioMember.objects.create(studio=studio,
                                         name=require_text(name, field="name", label=_("姓名"), clause="HN-5-12"),
                                         id_number=id_number, id_index=blind_index(id_number, purpose="studio_member"),
                                         post=post, role="staff", qualifications=qualifications, started_on=started_on)
    audit(actor=actor, obj=member, action="create", unit=_unit(studio), clause="HN-11-2",
          after={"name": name, "id_number": id_number},
          now=now)
    return member


@transaction.atomic
def lead_master_install(*, actor, studio: Studio, name: str, id_number: str, on: dt.date, work_history,
                        certificates=(), award_levels=(), route3_claimed=False, route3_evidence="", named=True,
                        post="", now=None) -> StudioMember:
    """HN-11-12, HN-11-22: the centre approves a new lead master who meets art. 5(1) on the day; installation ends a
    lead-master absence; a new named master renames the studio (former name kept) and needs a reissued plaque."""
    if not is_studio_centre(actor):
        refuse_forbidden(clause="HN-11-12")
    require_active(studio=studio)
    min_years = policy_number("hn.lead_master_min_years", unit=_unit(studio), on=on)
    if not qualified_master(intervals=work_history, on=on, certificates=certificates, award_levels=award_levels,
                            route3_claimed=route3_claimed, route3_evidence=route3_evidence, min_years=min_years):
        refuse(_("拟更换的领衔职业指导大师在更换之日不符合第五条第（一）项条件。"), code=StudiosErrorCode.NOT_QUALIFIED, clause="HN-11-12")
    id_number = require_resident_id(id_number)
    if named:
        studio.members.filter(is_named=True).update(is_named=False)
    member = StudioMember.objects.create(studio=studio, name=name, id_number=id_number, post=post,
                                         id_index=blind_index(id_number, purpose="studio_member"), role="lead",
                                         is_named=named, qualified=True, started_on=on)
    audit(actor=actor, obj=member, action="install", unit=_unit(studio), clause="HN-11-12",
          after={"name": name, "on": on}, now=now)
    if named:
        new_name = studio_name(name)
        if new_name != studio.name:
            NameRecord.objects.filter(studio=studio, until__isnull=True).update(until=on)
            NameRecord.objects.create(studio=studio, name=new_name, since=on)
            before = {"name": studio.name}
            studio.name = new_name
            studio.save(update_fields=["name", "updated_at"])
            audit(actor=actor, obj=studio, action="rename", unit=_unit(studio), clause="HN-6-20", before=before,
                  after={"name": new_name},
                  now=now)
    if studio.staffing == Staffing.MASTER_ABSENT:
        _master_absence_end(actor, studio, on, now=now)
    return member


@transaction.atomic
def nomination_record(*, actor, studio: Studio, nominated_on: dt.date, rationale: str, now=None) -> ProvincialNomination:
    """HN-3-4: only a city-level studio, active, in good standing and with its lead master in post."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-4")
    if (studio.registration != Registration.ACTIVE or studio.standing != Standing.GOOD
            or studio.staffing != Staffing.STAFFED):
        refuse(_("仅有效、考核正常且领衔大师在岗的市级工作室可择优申报省级。"), code=StudiosErrorCode.NOT_NOMINABLE, clause="HN-3-4")
    row = ProvincialNomination.objects.create(studio=studio, nominated_on=nominated_on,
                                              rationale=require_text(rationale, field="rationale", label=_("推荐理由"),
                                                                     clause="HN-3-4"))
    audit(actor=actor, obj=row, action="create", unit=_unit(studio), clause="HN-3-4",
          after={"nominated_on": nominated_on}, now=now)
    return row


@transaction.atomic
def nomination_outcome(*, actor, nomination: ProvincialNomination, recognised: bool, document: str, date: dt.date,
                       now=None) -> ProvincialNomination:
    """HN-3-4, HN-3-5: the provincial outcome; a provincial studio keeps its city record and obligations."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-4")
    nomination.outcome = "recognised" if recognised else "not_recognised"
    nomination.provincial_document, nomination.provincial_date = document, date
    nomination.save(update_fields=["outcome", "provincial_document", "provincial_date", "updated_at"])
    studio = nomination.studio
    if recognised:
        LevelRecord.objects.create(studio=studio, level="provincial", since=date, document=document)
        studio.level = "provincial"
        studio.save(update_fields=["level", "updated_at"])
    audit(actor=actor, obj=nomination, action="outcome", unit=_unit(studio), clause="HN-3-5",
          after={"outcome": nomination.outcome}, now=now)
    return nomination


@transaction.atomic
def studio_comment(*, actor, studio: Studio, text: str, now=None) -> StudioComment:
    """HN-11-2: the centre views and comments."""
    if not is_studio_centre(actor):
        refuse_forbidden(clause="HN-11-2")
    row = StudioComment.objects.create(studio=studio, author=actor,
                                       text=require_text(text, field="text", label=_("意见"), clause="HN-11-2"))
    audit(actor=actor, obj=row, action="create", unit=_unit(studio), clause="HN-11-2", now=now)
    return row
