"""The employment demand archive and the quarterly contact duty (BJ-48-*).

The quarter's contact is a duty on the engine, due on the quarter's last day; its reminder on the
warning date (BJ-48-7) comes in the engine's daily digest, so there is no warning job of our own."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.permissions import can_manage_employers
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import (
    audit,
    policy_number,
    refuse,
    refuse_forbidden,
    require_in_jurisdiction,
    today,
)
from careerguide.duties.selectors import open_duties_for_subject
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition
from careerguide.ledgers.choices import Channel

from ..choices import EnterpriseSize
from ..duty_kinds import QUARTER_KIND
from ..error_codes import EmployerErrorCode
from ..models import DailyServiceAgreement, DemandArchive, EnterpriseContact
from ..rules import Quarter, quarter_of, quarter_warning_date
from ..selectors.key_enterprises import current_officer
from ..states import RELATIONSHIP_SERVING, RELATIONSHIP_TRANSITIONS, RelationshipStatus
from .ledger import ledger_add

ARCHIVE_FIELDS = ("unit_nature", "industry", "economic_type", "enterprise_size", "workforce_size", "joiners_last_quarter",
                  "leavers_last_quarter", "turnover_note", "plan_year", "plan_quarter", "planned_hires", "hiring_plan",
                  "other_info")


def require_serving(*, actor, agreement: DailyServiceAgreement, clause: str, statuses=RELATIONSHIP_SERVING) -> None:
    """The actor serves key enterprises in the agreement's jurisdiction, and the agreement is being performed."""
    if not can_manage_employers(actor):
        refuse_forbidden(message=_("您的岗位无权办理重点企业服务。"), clause=clause)
    require_in_jurisdiction(actor=actor, unit=agreement.unit)
    if agreement.status not in statuses:
        refuse(_("日常服务协议未在履行中。"), clause=clause, code=EmployerErrorCode.AGREEMENT_NOT_IN_FORCE)


def quarter_duty_schedule(*, actor, agreement: DailyServiceAgreement, after: dt.date | None = None, quarter=None,
                          now=None):
    """Owe one two-way contact in `quarter` (default: the quarter after `after`), due on its last day (BJ-48-5),
    with a reminder to the officer on the warning date before the quarter ends (BJ-48-7)."""
    q = quarter or quarter_of(after).next()
    if open_duties_for_subject(subject=agreement, kind=QUARTER_KIND).filter(earliest=q.start).exists():
        return None
    on = today(now)
    warning_days = policy_number("bj.key_enterprise_quarter_warning_days", unit=agreement.unit, on=on)
    return duty_schedule(actor=actor, subject=agreement, now=now, spec=DutySpec(
        kind=QUARTER_KIND, title=_("%(quarter)s联系重点企业：%(name)s") % {"quarter": q, "name": agreement.employer.name},
        clause="BJ-48-5", due_date=q.end, earliest=q.start, unit=agreement.unit,
        assignee=current_officer(agreement=agreement),
        remind_on=(max(quarter_warning_date(quarter=q, warning_days=warning_days), on),)))


def contact_add(*, actor, agreement, contacted_on: dt.date, channel: str, two_way: bool, summary: str, now=None):
    contact = EnterpriseContact.objects.create(agreement=agreement, unit=agreement.unit, contacted_on=contacted_on,
                                               channel=channel, two_way=two_way, summary=summary, recorded_by=actor)
    audit(actor=actor, obj=agreement, unit=agreement.unit, action="contact", clause="BJ-48-5", now=now,
          after={"contact": contact.pk, "on": contacted_on, "two_way": two_way})
    if two_way:
        duties_fulfil_for_subject(actor=actor, subject=agreement, kind=QUARTER_KIND, on=contacted_on, now=now)
    return contact


@transaction.atomic
def enterprise_contact_record(*, actor, agreement: DailyServiceAgreement, contacted_on: dt.date, channel: str,
                              two_way: bool, summary: str, now=None) -> EnterpriseContact:
    """Record a contact with a key enterprise; a two-way one meets the quarter's duty (BJ-48-5, open question 19)."""
    require_serving(actor=actor, agreement=agreement, clause="BJ-48-5")
    errors = {}
    if channel not in Channel.values:
        errors["channel"] = [_("联系方式无效。")]
    if not (summary or "").strip():
        errors["summary"] = [_("请填写联系情况。")]
    if contacted_on > today(now) or (agreement.signed_on and contacted_on < agreement.signed_on):
        errors["contacted_on"] = [_("联系日期应在协议签订之后且不晚于今天。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID)
    contact = contact_add(actor=actor, agreement=agreement, contacted_on=contacted_on, channel=channel, two_way=two_way,
                          summary=summary.strip(), now=now)
    ledger_add(actor=actor, employer=agreement.employer, unit=agreement.unit, section="key_agreement",
               service_type="contact" if two_way else "contact_attempt", occurred_on=contacted_on, channel=channel,
               clause="BJ-48-5", now=now,
               summary=(_("联系重点企业：%(s)s") if two_way else _("联系未果：%(s)s")) % {"s": summary.strip()})
    if two_way:
        quarter_duty_schedule(actor=actor, agreement=agreement, after=contacted_on, now=now)
    return contact


def _archive_errors(values: dict, on: dt.date) -> dict:
    """The archive's own checks: known size, a plan for this quarter or a later one (BJ-48-6)."""
    errors = {}
    if values.get("enterprise_size") and values["enterprise_size"] not in EnterpriseSize.values:
        errors["enterprise_size"] = [_("企业规模无效。")]
    if bool(values.get("plan_year")) != bool(values.get("plan_quarter")) or values.get("plan_quarter") not in (None, "", 1, 2, 3, 4):
        errors["plan_quarter"] = [_("用人计划应注明年度和季度（1至4）。")]
    elif values.get("plan_year") and Quarter(values["plan_year"], values["plan_quarter"]) < quarter_of(on):
        errors["plan_quarter"] = [_("用人计划应覆盖本季度或下一季度，不能填写已结束的季度。")]
    return errors


def _archive_write(archive: DemandArchive | None, employer, values: dict, on: dt.date):
    """Save the values; return the archive and the changes as {field: [before, after]}."""
    before = {f: getattr(archive, f) for f in ARCHIVE_FIELDS} if archive else {}
    if archive is None:
        archive = DemandArchive(employer=employer, updated_on=on)
    for f, v in values.items():
        setattr(archive, f, "" if v is None and not DemandArchive._meta.get_field(f).null else v)
    archive.updated_on = on
    archive.save()
    after = {f: getattr(archive, f) for f in ARCHIVE_FIELDS}
    return archive, {f: [before.get(f), after[f]] for f in ARCHIVE_FIELDS if before.get(f) != after[f]}


@transaction.atomic
def demand_archive_save(*, actor, agreement: DailyServiceAgreement, on: dt.date, now=None, **values) -> DemandArchive:
    """Create or update the employment demand archive (Annex 6, BJ-46-1, BJ-48-1 to BJ-48-4); the change goes to
    the ledger with its before and after values (BJ-50-3).  The first archive makes the relationship active."""
    require_serving(actor=actor, agreement=agreement, clause="BJ-46-1")
    if set(values) - set(ARCHIVE_FIELDS):
        refuse(_("档案栏目无效。"), code=CommonErrorCode.INVALID)
    errors = _archive_errors(values, on)
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-48-6", code=CommonErrorCode.INVALID)
    existing = DemandArchive.objects.filter(employer=agreement.employer).first()
    archive, changed = _archive_write(existing, agreement.employer, values, on)
    audit(actor=actor, obj=agreement.employer, unit=agreement.unit, action="demand_archive", clause="BJ-48-5",
          now=now, before={f: v[0] for f, v in changed.items()}, after={f: v[1] for f, v in changed.items()})
    ledger_add(actor=actor, employer=agreement.employer, unit=agreement.unit, section="key_archive",
               service_type="archive_created" if existing is None else "archive_updated", occurred_on=on,
               clause="BJ-50-3", now=now,
               summary=(_("建立用人需求档案") if existing is None else _("更新用人需求档案：%(n)s项变动") % {"n": len(changed)}),
               content={"changes": {f: [str(v[0] if v[0] is not None else ""), str(v[1] if v[1] is not None else "")]
                                    for f, v in changed.items()}})
    if agreement.status == RelationshipStatus.AGREEMENT_SIGNED:
        transition(obj=agreement, to=RelationshipStatus.ACTIVE, actor=actor, table=RELATIONSHIP_TRANSITIONS,
                   unit=agreement.unit, clause="BJ-46-1", milestone_field="status_changed_at", now=now)
    return archive


def key_enterprise_quarter_duties_ensure(*, now=None) -> int:
    """Daily job: every relationship in force owes a contact in the current quarter unless it already had one (BJ-48-5)."""
    q = quarter_of(today(now))
    created = 0
    for agreement in DailyServiceAgreement.objects.filter(status__in=RELATIONSHIP_SERVING).select_related("employer", "unit"):
        if agreement.contacts.filter(two_way=True, contacted_on__gte=q.start).exists():
            continue
        with transaction.atomic():
            if quarter_duty_schedule(actor=None, agreement=agreement, quarter=q, now=now) is not None:
                created += 1
    return created
