"""Shared helpers of the CQ services: dates, policy numbers, the case step."""
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError
from careerguide.duties.services import transition
from careerguide.policy.selectors import policy_value
from careerguide.workdays.selectors import work_calendar

from ..models import RecipientType
from ..rules import STANDARD
from ..selectors import open_referral
from ..states import EMPLOYER_TRANSITIONS, WORKER_TRANSITIONS


def now_or(now):
    return now or timezone.now()


def today(now):
    return timezone.localdate(now_or(now))


def policy(key, unit, now):
    return policy_value(key=key, unit=unit, on=today(now))


def calendar():
    return work_calendar()


def table_for(case):
    return WORKER_TRANSITIONS if case.recipient_type == RecipientType.WORKER else EMPLOYER_TRANSITIONS


def ensure_counsellor(actor, case):
    """CQ-6.1-3: the assigned counsellor performs every step transition."""
    if case.counsellor_id != getattr(actor, "pk", None):
        raise DomainError(_("只有该个案的职业指导人员可以办理此步骤。"), clause="CQ-6.1-3", code="not_counsellor")


def ensure_not_frozen(case):
    """CQ-8.1.1-2: while a referral is open the case's step state is frozen."""
    if open_referral(case) is not None:
        raise DomainError(_("个案转介进行中，暂不能办理指导步骤。"), clause="CQ-8.1.1-2", code="referral_open")


def move(case, *, to, actor, clause, now=None, reason="", schedule=(), cancel_kinds=()):
    return transition(obj=case, to=to, actor=actor, table=table_for(case), unit=case.unit, clause=clause, reason=reason,
                      milestone_field="status_changed_at", now=now_or(now), schedule=schedule,
                      cancel_kinds=cancel_kinds)


def audit(actor, obj, action, unit, clause, now=None, after=None, before=None, reason=""):
    return audit_record(actor=actor, obj=obj, action=action, unit=unit, clause=clause, now=now_or(now),
                        after={**(after or {}), "basis": STANDARD}, before=before, reason=reason)
