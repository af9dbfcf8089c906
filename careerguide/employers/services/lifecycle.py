"""Ending, renewing and expiring daily service agreements (BJ-44-7, BJ-45-5, BJ-45-6)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, refuse, today
from careerguide.duties.services import transition

from ..choices import NoRenewalRoute
from ..duty_kinds import QUARTER_KIND
from ..error_codes import EmployerErrorCode
from ..models import DailyServiceAgreement
from ..selectors.catalogue import catalogue_check
from ..states import RELATIONSHIP_TRANSITIONS, RelationshipStatus
from .ledger import ledger_add
from .quarterly import require_serving
from .registration import FOLLOW_UPS

ENDING_KINDS = (QUARTER_KIND, *FOLLOW_UPS)
PERFORMING = (RelationshipStatus.AGREEMENT_SIGNED, RelationshipStatus.ACTIVE)


def agreement_end(*, actor, agreement: DailyServiceAgreement, to: str, on: dt.date, reason: str, clause: str, now=None):
    """Close the relationship: the officer's assignment and team end, open duties are cancelled."""
    agreement.ended_on, agreement.end_reason = on, reason
    agreement.save(update_fields=["ended_on", "end_reason", "updated_at"])
    transition(obj=agreement, to=to, actor=actor, table=RELATIONSHIP_TRANSITIONS, unit=agreement.unit, clause=clause,
               reason=reason, milestone_field="status_changed_at", now=now, cancel_kinds=ENDING_KINDS,
               cancel_reason=_("日常服务关系已终止。"))
    agreement.officer_assignments.filter(ended_on__isnull=True).update(ended_on=on, end_reason=reason)
    agreement.team.filter(left_on__isnull=True).update(left_on=on)
    ledger_add(actor=actor, employer=agreement.employer, unit=agreement.unit, section="key_agreement",
               service_type=f"agreement_{to}", occurred_on=on, clause=clause, now=now,
               summary=_("日常服务协议终止（%(status)s）：%(reason)s") % {"status": RelationshipStatus(to).label,
                                                                        "reason": reason})


@transaction.atomic
def agreement_terminate_by_negotiation(*, actor, agreement: DailyServiceAgreement, on: dt.date, reason: str,
                                       now=None) -> DailyServiceAgreement:
    """BJ-45-5: end the agreement early by agreement with the enterprise.  A demand registration keeps its
    general-employer services at the registration agency (BJ-45-6)."""
    require_serving(actor=actor, agreement=agreement, clause="BJ-45-5", statuses=PERFORMING)
    if not (reason or "").strip():
        refuse(_("请填写终止原因。"), field="reason", clause="BJ-45-5", code=CommonErrorCode.REQUIRED)
    if on > today(now) or (agreement.signed_on and on < agreement.signed_on):
        refuse(_("终止日期应在签订之后且不晚于今天。"), field="on", code=CommonErrorCode.INVALID)
    agreement_end(actor=actor, agreement=agreement, to=RelationshipStatus.TERMINATED_BY_NEGOTIATION, on=on,
                  reason=reason.strip(), clause="BJ-45-5", now=now)
    return agreement


@transaction.atomic
def agreement_decline_renewal(*, actor, agreement: DailyServiceAgreement, reason: str, now=None):
    """BJ-45-5: perform the agreement to its end and not renew; renewal is then blocked."""
    require_serving(actor=actor, agreement=agreement, clause="BJ-45-5")
    if not (reason or "").strip():
        refuse(_("请填写不再续订的原因。"), field="reason", clause="BJ-45-5", code=CommonErrorCode.REQUIRED)
    agreement.no_renewal, agreement.no_renewal_reason = NoRenewalRoute.NO_RENEWAL, reason.strip()
    agreement.save(update_fields=["no_renewal", "no_renewal_reason", "updated_at"])
    audit(actor=actor, obj=agreement, unit=agreement.unit, action="no_renewal", clause="BJ-45-5", now=now,
          reason=reason, after={"no_renewal": True})
    ledger_add(actor=actor, employer=agreement.employer, unit=agreement.unit, section="key_agreement",
               service_type="no_renewal", occurred_on=today(now), clause="BJ-45-5", now=now,
               summary=_("决定履行至期满后不再续订：%(reason)s") % {"reason": reason.strip()})
    return agreement


@transaction.atomic
def agreement_renew(*, actor, agreement: DailyServiceAgreement, new_term_end: dt.date, on: dt.date | None = None,
                    now=None):
    """Extend the term; refused after a no-renewal decision or when the enterprise is now in the catalogue (BJ-45-5)."""
    require_serving(actor=actor, agreement=agreement, clause="BJ-45-5", statuses=PERFORMING)
    on = on or today(now)
    if agreement.no_renewal:
        refuse(_("已决定期满后不再续订，不能续订。"), clause="BJ-45-5", code=EmployerErrorCode.NO_RENEWAL)
    check = catalogue_check(industry_code=agreement.employer.industry_code, target_unit=agreement.unit, on=on)
    if not check.clear:
        refuse(_("该企业已不属于重点企业（产业目录调整），不能续订。"), clause="BJ-45-5", code=EmployerErrorCode.IN_CATALOGUE)
    if new_term_end <= agreement.term_end:
        refuse(_("续订后的止期应晚于原止期。"), field="new_term_end", code=CommonErrorCode.INVALID)
    before = agreement.term_end
    agreement.term_end = new_term_end
    agreement.save(update_fields=["term_end", "updated_at"])
    audit(actor=actor, obj=agreement, unit=agreement.unit, action="renew", clause="BJ-44-7", now=now,
          before={"term_end": before}, after={"term_end": new_term_end})
    ledger_add(actor=actor, employer=agreement.employer, unit=agreement.unit, section="key_agreement",
               service_type="agreement_renewed", occurred_on=on, clause="BJ-44-7", now=now,
               summary=_("续订日常服务协议至%(end)s") % {"end": new_term_end})
    return agreement


def agreements_expire(*, now=None) -> int:
    """Daily job: an agreement whose term has ended and was not renewed ends as expired_not_renewed (BJ-44-7)."""
    on = today(now)
    count = 0
    for agreement in DailyServiceAgreement.objects.filter(
            status__in=(RelationshipStatus.AGREEMENT_SIGNED, RelationshipStatus.ACTIVE), term_end__lt=on):
        with transaction.atomic():
            agreement_end(actor=None, agreement=agreement, to=RelationshipStatus.EXPIRED_NOT_RENEWED,
                          on=agreement.term_end + dt.timedelta(days=1), reason=_("协议期满，未续订"), clause="BJ-44-7",
                          now=now)
        count += 1
    return count
