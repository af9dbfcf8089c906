"""Assignments, contact attempts, service logs, consultations, invitations, feedback, training and
incentives (CZ-3-*, CZ-9-11, CZ-10-*, CZ-11-*, CZ-12-*, Annex 2)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, policy_number, refuse_calendar, today
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition
from careerguide.notifications.services import notify
from careerguide.organisations.selectors import city_unit
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import work_calendar

from ..choices import Origin
from ..deadlines import workdays_due
from ..duty_kinds import FEEDBACK_KIND
from ..error_codes import ExpertsErrorCode
from ..exit_rules import unreachable
from ..links import expert_home_url
from ..models import (
    Assignment,
    ConsultationRequest,
    ContactAttempt,
    Feedback,
    IncentiveEvent,
    Membership,
    ServiceLogAttachment,
    ServiceLogEntry,
    TrainingEvent,
)
from ..permissions import is_city_hrss
from ..states import (
    FEEDBACK_TRANSITIONS,
    LOG_TRANSITIONS,
    REQUEST_TRANSITIONS,
    FeedbackStatus,
    LogStatus,
    MembershipStatus,
    RequestStatus,
)
from ..taxonomy import KEY_GROUPS, category_problem, remuneration_allowed
from .access import require_city_hrss


def _own(actor, m: Membership) -> bool:
    return bool(actor and actor.is_authenticated and m.user_id == actor.pk)


# ---- assignments and contact (CZ-10-8, CZ-9-11) ---------------------------------------------

@transaction.atomic
def assignment_create(*, actor, membership: Membership, title: str, on: dt.date, duty: str = "D6", now=None) -> Assignment:
    """CZ-10-8: city_hrss assigns a D6 task or unified activity; not while renewal is pending (CZ-8-9)."""
    require_city_hrss(actor=actor, clause="CZ-10-8")
    if membership.status != MembershipStatus.ACTIVE:
        raise DomainError(_("只能向在聘专家统一安排工作。"), code=ExpertsErrorCode.NOT_ACTIVE_MEMBER, clause="CZ-8-9")
    a = Assignment.objects.create(membership=membership, title=title.strip(), on=on, duty=duty, origin=Origin.UNIFIED)
    audit(actor=actor, obj=a, unit=membership.unit, action="create", clause="CZ-10-8", now=now, after={"on": on})
    if membership.user_id:
        notify(recipient=membership.user, subject=_("新的工作安排：%(t)s") % {"t": a.title}, link=expert_home_url(),
               dedup_key=f"expert-assignment:{a.pk}", now=now)
    return a


@transaction.atomic
def assignment_respond(*, actor, assignment: Assignment, accept: bool, reason: str = "", now=None) -> Assignment:
    """CZ-10-8: the expert accepts or declines with a reason; declines support G4 (CZ-9-11)."""
    a = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if not _own(actor, a.membership):
        raise DomainError(_("只能答复本人的工作安排。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-10-8")
    if not accept and not (reason or "").strip():
        raise DomainError(field_errors={"reason": [_("谢绝须说明理由。")]}, code=CommonErrorCode.REQUIRED, clause="CZ-9-11")
    a.decline_reason, a.responded_at = ("" if accept else reason.strip()), now or timezone.now()
    a.save(update_fields=["decline_reason", "responded_at", "updated_at"])
    transition(obj=a, to=RequestStatus.ACCEPTED if accept else RequestStatus.DECLINED, actor=actor,
               table=REQUEST_TRANSITIONS,
               unit=a.membership.unit, clause="CZ-10-8", reason=a.decline_reason, now=now)
    return a


def _refresh_unreachable(m: Membership, today, now):
    attempts = list(m.contact_attempts.values_list("on", "successful"))
    last_success = max([d for d, ok in attempts if ok], default=None)
    last_log = m.service_logs.order_by("-on").values_list("on", flat=True).first()
    last_contact = max([d for d in (last_success, last_log) if d], default=None)
    result = unreachable([d for d, ok in attempts if not ok], last_contact,
                         min_attempts=policy_number("cz.unreachable_min_failed_attempts", unit=city_unit(), on=today),
                         min_days=policy_number("cz.unreachable_min_days", unit=city_unit(), on=today))
    if result.flagged != m.possibly_unreachable:
        m.possibly_unreachable = result.flagged
        m.save(update_fields=["possibly_unreachable", "updated_at"])
        audit(actor=None, obj=m, unit=m.unit, action="flag", clause="CZ-9-11", now=now,
              after={"possibly_unreachable": result.flagged})


@transaction.atomic
def contact_attempt_record(*, actor, membership: Membership, on: dt.date, channel: str, successful: bool, note: str = "",
                           now=None) -> ContactAttempt:
    """CZ-9-11: every attempt; the possibly_unreachable flag follows, and never dismisses anyone."""
    require_city_hrss(actor=actor, clause="CZ-9-11")
    c = ContactAttempt.objects.create(membership=membership, on=on, channel=channel.strip(), successful=successful,
                                      note=(note or "").strip())
    audit(actor=actor, obj=c, unit=membership.unit, action="create", clause="CZ-9-11", now=now,
          after={"on": on, "successful": successful})
    _refresh_unreachable(membership, today(now), now)
    return c


# ---- service log (Annex 2) ------------------------------------------------------------------

#: CZ-A2-2, CZ-A2-4, CZ-A2-5: the header times, named recipients and the content-and-outcome fields.
LOG_DETAIL_FIELDS = ("start_time", "end_time", "named_recipients", "recipients_consented", "trade_secret",
                     "problems_found", "advice", "follow_up_plan")

def _not_ahead(data: dict, on) -> dict:
    """CZ-A2-1: an entry records an activity held, logged after it; a date after today is refused."""
    held = data.get("on")
    if held and held > on:
        return {"on": [_("服务日期不能晚于今天：服务日志在活动结束后填报。")]}
    return {}


def _log_errors(data: dict) -> dict:
    errors = {}
    types = data.get("recipient_types") or []
    if not types or any(t not in ("worker", "employer") for t in types):
        errors["recipient_types"] = [_("请选择服务对象类型（劳动者、用人单位）。")]
    problem = category_problem(data.get("duty", ""), data.get("category", ""), types)
    if problem:
        errors["category"] = [_("服务类别与工作职责或服务对象不符。")]
    if "worker" in types and data.get("job_seeking_intent") is None:
        errors["job_seeking_intent"] = [_("服务劳动者须记录是否有求职意愿。")]
    if any(g not in KEY_GROUPS for g in data.get("key_groups") or []):
        errors["key_groups"] = [_("重点群体无效。")]
    if "employer" in types and data.get("hiring_needs") is None:
        errors["hiring_needs"] = [_("服务用人单位须记录是否有招聘用工需求。")]
    if data.get("mode") not in ("online", "offline"):
        errors["mode"] = [_("请选择线上或线下。")]
    if (data.get("remuneration_payer") or data.get("remuneration_amount")) and \
            not remuneration_allowed(data.get("form", ""), data.get("remuneration_payer", "")):
        errors["remuneration_payer"] = [_("劳务报酬只能记录在评审、论证、评价、授课等活动上，并须注明支付的邀请单位；不得向服务对象收费。")]
    if data.get("origin") in (Origin.UNIFIED, Origin.INVITATION) and not (data.get("arranging_unit") or "").strip():
        errors["arranging_unit"] = [_("统一安排或单位邀请的活动须填写安排或邀请单位。")]
    if data.get("origin") == Origin.INVITATION and data.get("invitation") is None \
            and not (data.get("inviting_contact") or "").strip():
        errors["inviting_contact"] = [_("单位邀请的活动须填写邀请单位联系人。")]  # CZ-11-13
    satisfaction = data.get("satisfaction")
    if satisfaction is not None and not 1 <= int(satisfaction) <= 5:
        errors["satisfaction"] = [_("满意度为1至5分。")]
    errors.update(_header_and_recipient_errors(data))
    return errors


def _header_and_recipient_errors(data: dict) -> dict:
    """CZ-A2-2: the duration fits between the start and end time; CZ-A2-4: recipients are named only with their
    consent."""
    errors = {}
    start, end = data.get("start_time"), data.get("end_time")
    if start and end:
        span = (dt.datetime.combine(dt.date.min, end) - dt.datetime.combine(dt.date.min, start)).total_seconds() / 3600
        if span <= 0:
            errors["end_time"] = [_("结束时间须晚于开始时间。")]
        elif Decimal(str(data.get("hours") or 0)) > Decimal(str(round(span, 1))):
            errors["hours"] = [_("服务时长不能超过开始至结束的时间。")]
    if (data.get("named_recipients") or "").strip() and not data.get("recipients_consented"):
        errors["named_recipients"] = [_("记录服务对象姓名须经其本人同意。")]
    return errors


@transaction.atomic
def service_log_create(*, actor, membership: Membership, data: dict, attachments=(), now=None) -> ServiceLogEntry:
    """CZ-A2-1..6: one entry per activity by the expert (or city_hrss for a unified activity), due within
    5 working days after the activity; recipient type, key groups, mode, origin and form recorded; photos, the
    sign-in sheet and materials (`attachments`: (kind, file) pairs) kept with it."""
    now = now or timezone.now()
    on = today(now)
    if not (_own(actor, membership) or (is_city_hrss(actor) and data.get("origin") == Origin.UNIFIED)):
        raise DomainError(_("只能填报本人的服务日志。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-A2-1")
    if membership.status not in (MembershipStatus.ACTIVE, MembershipStatus.RENEWAL_PENDING):
        raise DomainError(_("只有在聘专家可以填报服务日志。"), code=ExpertsErrorCode.NOT_ACTIVE_MEMBER, clause="CZ-A2-1")
    errors = {**_log_errors(data), **_link_errors(membership, data), **_not_ahead(data, on)}
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID, clause="CZ-A2-3")
    try:
        due = workdays_due(data["on"], work_calendar(),
                           policy_number("cz.service_log_entry_workdays", unit=city_unit(), on=on))
    except CalendarYearNotLoaded as exc:
        refuse_calendar(exc, clause="CZ-A2-1")
    cert = membership.certificates.order_by("-term_start").first()
    fields = {k: data.get(k) for k in (
        "on", "hours", "location", "mode", "origin", "arranging_unit", "inviting_contact", "form", "duty", "category", "recipient_types",
        "job_seeking_intent", "key_groups", "hiring_needs", "persons_served", "employer_name", "topic", "summary",
        "follow_up_result", "satisfaction", "remuneration_payer", "remuneration_amount", "consultation", "pairing",
        "invitation") + LOG_DETAIL_FIELDS if k in data}
    if not (fields.get("inviting_contact") or "").strip() and fields.get("invitation") is not None:
        fields["inviting_contact"] = fields["invitation"].contact_person  # CZ-11-13: from the invitation itself
    for k in ("arranging_unit", "inviting_contact", "employer_name", "follow_up_result", "remuneration_payer", "named_recipients",
              "problems_found", "advice", "follow_up_plan"):
        fields[k] = fields.get(k) or ""
    fields["key_groups"] = fields.get("key_groups") or []
    entry = ServiceLogEntry.objects.create(membership=membership, certificate_number=cert.number if cert else "",
                                           due_date=due, late=on > due, **fields)
    audit(actor=actor, obj=entry, unit=membership.unit, action="create", clause="CZ-A2-1", now=now,
          after={"on": entry.on, "due_date": due, "late": entry.late, "attachments": [k for k, _f in attachments]})
    for kind, file in attachments:
        ServiceLogAttachment.objects.create(entry=entry, kind=kind, file=file)
    for linked, clause in ((entry.consultation, "CZ-11-8"), (entry.invitation, "CZ-11-15")):
        if linked is not None and linked.status == RequestStatus.ACCEPTED:
            transition(obj=linked, to=RequestStatus.COMPLETED, actor=actor, table=REQUEST_TRANSITIONS,
                       unit=membership.unit, clause=clause, now=now)
    return entry


def _link_errors(membership: Membership, data: dict) -> dict:
    """CZ-A2-3: a linked invitation was accepted by this expert (CZ-11-15) and is logged as a unit invitation;
    a linked pairing is this expert's (CZ-11-16)."""
    errors = {}
    invitation, pairing = data.get("invitation"), data.get("pairing")
    if invitation is not None and (invitation.membership_id != membership.pk or invitation.status != RequestStatus.ACCEPTED):
        errors["invitation"] = [_("只能关联本人已接受的单位邀请。")]
    elif invitation is not None and data.get("origin") != Origin.INVITATION:
        errors["origin"] = [_("单位邀请的活动来源为“单位邀请”。")]
    if pairing is not None and pairing.membership_id != membership.pk:
        errors["pairing"] = [_("只能关联本人的结对帮扶。")]
    return errors


@transaction.atomic
def service_log_review(*, actor, entry: ServiceLogEntry, confirm: bool, reason: str = "", organiser_confirmation: str = "",
                       now=None) -> ServiceLogEntry:
    """CZ-A2-7: city_hrss confirms (locks) or returns an entry; an entry of a unit invitation is confirmed only with
    the inviting unit's confirmation (who confirmed it, how); a unified activity is city HRSS's own."""
    require_city_hrss(actor=actor, clause="CZ-A2-7")
    e = ServiceLogEntry.objects.select_for_update().get(pk=entry.pk)
    if e.status != LogStatus.DRAFT:
        raise DomainError(_("该服务日志不在待审核状态。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-A2-7")
    if not confirm and not (reason or "").strip():
        raise DomainError(field_errors={"reason": [_("退回须说明理由。")]}, code=CommonErrorCode.REQUIRED, clause="CZ-A2-7")
    organiser_confirmation = (organiser_confirmation or "").strip()
    if confirm and e.origin == Origin.INVITATION and not organiser_confirmation:
        raise DomainError(field_errors={"organiser_confirmation": [_("单位邀请的活动须先经邀请单位确认，请填写确认人和确认方式。")]},
                          code=CommonErrorCode.REQUIRED, clause="CZ-A2-7")
    if confirm:
        e.confirmed_at, e.organiser_confirmation = now or timezone.now(), organiser_confirmation
    else:
        e.return_reason = reason.strip()
    e.save(update_fields=["confirmed_at", "return_reason", "organiser_confirmation", "updated_at"])
    transition(obj=e, to=LogStatus.CONFIRMED if confirm else LogStatus.RETURNED, actor=actor, table=LOG_TRANSITIONS,
               unit=e.membership.unit, clause="CZ-A2-7", reason=e.return_reason, now=now)
    return e


@transaction.atomic
def service_log_correction_request(*, actor, entry: ServiceLogEntry, reason: str, now=None) -> ServiceLogEntry:
    """CZ-A2-7: the expert asks city HRSS to reopen a confirmed (locked) entry, saying what is wrong; the request is
    kept in the audit trail."""
    e = ServiceLogEntry.objects.select_for_update().get(pk=entry.pk)
    if not _own(actor, e.membership):
        raise DomainError(_("只能对本人的服务日志提出更正申请。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-A2-7")
    if e.status != LogStatus.CONFIRMED:
        raise DomainError(_("未确认的服务日志可直接修改，无须提出更正申请。"), code=ExpertsErrorCode.WRONG_STAGE,
                          clause="CZ-A2-7")
    if e.correction_requested_at is not None:
        raise DomainError(_("该服务日志已有待审核的更正申请。"), code=CommonErrorCode.DUPLICATE, clause="CZ-A2-7")
    if not (reason or "").strip():
        raise DomainError(field_errors={"reason": [_("请说明需要更正的内容和理由。")]}, code=CommonErrorCode.REQUIRED,
                          clause="CZ-A2-7")
    e.correction_reason, e.correction_requested_at = reason.strip(), now or timezone.now()
    e.save(update_fields=["correction_reason", "correction_requested_at", "updated_at"])
    audit(actor=actor, obj=e, unit=e.membership.unit, action="correction_request", clause="CZ-A2-7", now=now,
          after={"reason": e.correction_reason})
    return e


@transaction.atomic
def service_log_correction_decide(*, actor, entry: ServiceLogEntry, approve: bool, now=None) -> ServiceLogEntry:
    """CZ-A2-7: city HRSS approves a correction request (the entry goes back to the expert, unlocked, and counts
    again only once confirmed) or rejects it (the entry stays locked)."""
    require_city_hrss(actor=actor, clause="CZ-A2-7")
    e = ServiceLogEntry.objects.select_for_update().get(pk=entry.pk)
    if e.correction_requested_at is None:
        raise DomainError(_("该服务日志没有待审核的更正申请。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-A2-7")
    reason = e.correction_reason
    audit(actor=actor, obj=e, unit=e.membership.unit, action="correction_decide", clause="CZ-A2-7", now=now,
          after={"approved": bool(approve), "reason": reason})
    e.correction_reason, e.correction_requested_at = "", None
    if approve:
        e.confirmed_at, e.return_reason = None, _("更正申请：%(r)s") % {"r": reason}
    e.save(update_fields=["correction_reason", "correction_requested_at", "confirmed_at", "return_reason", "updated_at"])
    if approve:
        transition(obj=e, to=LogStatus.RETURNED, actor=actor, table=LOG_TRANSITIONS, unit=e.membership.unit,
                   clause="CZ-A2-7", reason=e.return_reason, now=now)
    return e


@transaction.atomic
def service_log_correct(*, actor, entry: ServiceLogEntry, data: dict, now=None) -> ServiceLogEntry:
    """CZ-A2-7: a returned entry is corrected by the expert and goes back for review; a confirmed entry
    is locked."""
    e = ServiceLogEntry.objects.select_for_update().get(pk=entry.pk)
    if not _own(actor, e.membership):
        raise DomainError(_("只能修改本人的服务日志。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-A2-7")
    if e.status != LogStatus.RETURNED:
        raise DomainError(_("已确认的服务日志已锁定，修改须提出更正申请。"), clause="CZ-A2-7", code=ExpertsErrorCode.LOCKED)
    merged = {f: getattr(e, f) for f in ("duty", "category", "recipient_types", "job_seeking_intent", "key_groups",
                                         "hiring_needs", "mode", "form", "origin", "arranging_unit", "inviting_contact",
                                         "invitation", "remuneration_payer",
                                         "remuneration_amount", "satisfaction")}
    merged.update(data)
    errors = {**_log_errors(merged), **_not_ahead(data, today(now))}
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID, clause="CZ-A2-3")
    before = {k: getattr(e, k) for k in data}
    for k, v in data.items():
        setattr(e, k, v)
    e.save()
    audit(actor=actor, obj=e, unit=e.membership.unit, action="correct", clause="CZ-A2-7", now=now,
          before=before, after=data)
    transition(obj=e, to=LogStatus.DRAFT, actor=actor, table=LOG_TRANSITIONS, unit=e.membership.unit, clause="CZ-A2-7",
               now=now)
    return e


# ---- consultation requests and feedback (CZ-11-8..11-10) -------------------------------------

@transaction.atomic
def consultation_request_create(*, actor, membership: Membership, requester_type: str, requester_name: str, contact: str,
                                topic: str, preferred_mode: str, preferred_time: str = "", job_seeking_intent=None,
                                key_groups=(), hiring_needs=None, now=None) -> ConsultationRequest:
    """CZ-11-8: anyone asks a listed expert; the expert's contacts stay hidden; no fee (CZ-2-2)."""
    if membership.status != MembershipStatus.ACTIVE:
        raise DomainError(_("该专家当前不接受咨询。"), code=ExpertsErrorCode.NOT_ACCEPTING, clause="CZ-11-8")
    errors = {}
    for f, v in (("requester_name", requester_name), ("contact", contact), ("topic", topic)):
        if not (v or "").strip():
            errors[f] = [_("此项必填。")]
    if requester_type not in ("worker", "employer"):
        errors["requester_type"] = [_("请选择劳动者或用人单位。")]
    if preferred_mode not in ("online", "offline"):
        errors["preferred_mode"] = [_("请选择线上或线下。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID, clause="CZ-11-8")
    c = ConsultationRequest.objects.create(
        membership=membership, requester_type=requester_type, requester_name=requester_name.strip(),
        contact=contact.strip(), topic=topic.strip(), preferred_mode=preferred_mode, preferred_time=preferred_time.strip(),
        job_seeking_intent=job_seeking_intent, key_groups=[g for g in key_groups if g in KEY_GROUPS],
        hiring_needs=hiring_needs)
    audit(actor=actor, obj=c, unit=membership.unit, action="create", clause="CZ-11-8", now=now)
    if membership.user_id:
        notify(recipient=membership.user, subject=_("新的咨询申请：%(t)s") % {"t": c.topic}, link=expert_home_url(),
               dedup_key=f"expert-consultation:{c.pk}", now=now)
    return c


@transaction.atomic
def consultation_respond(*, actor, consultation: ConsultationRequest, accept: bool, reason: str = "",
                         now=None) -> ConsultationRequest:
    c = ConsultationRequest.objects.select_for_update().get(pk=consultation.pk)
    if not _own(actor, c.membership):
        raise DomainError(_("只能答复本人收到的咨询。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-11-8")
    if c.membership.confidentiality_accepted_at is None:
        raise DomainError(_("请先确认保密承诺。"), code=ExpertsErrorCode.CONFIDENTIALITY_REQUIRED, clause="CZ-11-18")
    c.decline_reason = "" if accept else (reason or "").strip()
    c.save(update_fields=["decline_reason", "updated_at"])
    transition(obj=c, to=RequestStatus.ACCEPTED if accept else RequestStatus.DECLINED, actor=actor,
               table=REQUEST_TRANSITIONS,
               unit=c.membership.unit, clause="CZ-11-8", now=now)
    return c


@transaction.atomic
def feedback_submit(*, actor, kind: str, content: str, membership: Membership | None = None, submitter_name: str = "",
                    submitter_contact: str = "", now=None) -> Feedback:
    """CZ-11-9: anyone; a reply is owed within 15 working days (policy), as a duty of city_hrss."""
    now = now or timezone.now()
    on = today(now)
    if kind not in ("praise", "comment", "complaint") or not (content or "").strip():
        raise DomainError(field_errors={"content": [_("请选择类别并填写内容。")]}, code=CommonErrorCode.REQUIRED, clause="CZ-11-9")
    try:
        due = workdays_due(on, work_calendar(), policy_number("cz.feedback_reply_workdays", unit=city_unit(), on=on))
    except CalendarYearNotLoaded as exc:
        refuse_calendar(exc, clause="CZ-11-9")
    f = Feedback.objects.create(membership=membership, kind=kind, content=content.strip(), received_on=on,
                                reply_due=due,
                                submitter_name=submitter_name.strip(), submitter_contact=submitter_contact.strip())
    unit = city_unit()
    event = audit(actor=actor, obj=f, unit=unit, action="create", clause="CZ-11-9", now=now)
    duty_schedule(actor=actor, subject=f, created_by_event=event, now=now, spec=DutySpec(
        kind=FEEDBACK_KIND, title=_("答复专家反馈意见"), clause="CZ-11-9", due_date=due, unit=unit))
    return f


@transaction.atomic
def feedback_reply(*, actor, feedback: Feedback, reply: str, outcome: str, exit_case=None, now=None) -> Feedback:
    """CZ-11-9: city_hrss replies and records the outcome in the archive; a complaint may link to an exit."""
    require_city_hrss(actor=actor, clause="CZ-11-9")
    f = Feedback.objects.select_for_update().get(pk=feedback.pk)
    if not (reply or "").strip():
        raise DomainError(field_errors={"reply": [_("请填写答复。")]}, code=CommonErrorCode.REQUIRED, clause="CZ-11-9")
    f.reply, f.outcome, f.exit_case = reply.strip(), (outcome or "").strip(), exit_case
    f.save(update_fields=["reply", "outcome", "exit_case", "updated_at"])
    event = transition(obj=f, to=FeedbackStatus.REPLIED, actor=actor, table=FEEDBACK_TRANSITIONS, unit=actor.unit,
                       clause="CZ-11-9", now=now)
    duties_fulfil_for_subject(actor=actor, subject=f, kind=FEEDBACK_KIND, on=today(now), event=event, now=now)
    return f


# ---- training and incentives (CZ-11-11, CZ-12-*) ---------------------------------------------

@transaction.atomic
def training_event_record(*, actor, on: dt.date, title: str, organiser: str, hours, content: str, attendees=(),
                          now=None) -> TrainingEvent:
    """CZ-11-11: the event and each expert's attendance, written to the archive's training history."""
    require_city_hrss(actor=actor, clause="CZ-11-11")
    event = TrainingEvent.objects.create(on=on, title=title.strip(), organiser=organiser.strip(),
                                         hours=Decimal(str(hours)),
                                         content=content)
    event.attendees.set(attendees)
    audit(actor=actor, obj=event, unit=actor.unit, action="create", clause="CZ-11-11", now=now,
          after={"attendees": [m.pk for m in attendees]})
    return event


@transaction.atomic
def incentive_record(*, actor, membership: Membership, kind: str, on: dt.date, title: str, channel: str = "", link: str = "",
                     remuneration_payer: str = "", remuneration_amount=None, now=None) -> IncentiveEvent:
    """CZ-12-1..12-3: trainings, study tours, invitations to review work, publicity; remuneration only
    with its payer, never computed (CZ-12-2)."""
    require_city_hrss(actor=actor, clause="CZ-12-1")
    if remuneration_amount is not None and not remuneration_payer.strip():
        raise DomainError(field_errors={"remuneration_payer": [_("记录劳务报酬须注明支付单位。")]},
                          code=CommonErrorCode.REQUIRED, clause="CZ-12-2")
    row = IncentiveEvent.objects.create(membership=membership, kind=kind, on=on, title=title.strip(), channel=channel,
                                        link=link, remuneration_payer=remuneration_payer.strip(),
                                        remuneration_amount=remuneration_amount)
    audit(actor=actor, obj=row, unit=membership.unit, action="create", clause="CZ-12-1", now=now,
          after={"kind": kind, "on": on})
    return row
