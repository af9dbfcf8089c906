"""Subsidies, expenditure ledger, sample audits (HN-8-1 .. HN-8-6, HN-9-1 .. HN-9-3, HN-11-17)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, policy_number, refuse, refuse_forbidden, require_text
from careerguide.organisations.scoping import unit_in_jurisdiction
from careerguide.organisations.selectors import city_unit

from ..error_codes import StudiosErrorCode
from ..models import Expenditure, FundAudit, OneTimeSubsidy, Recovery, SampleDraw, SpecialSubsidy, Studio
from ..permissions import can_grant_special_subsidy, is_city_hrss, is_studio_centre
from ..rules.operation import draw_sample, expenditure_allowed
from ..selectors import subsidy_spent
from ..states import Registration, Scheme
from .studios import require_active, require_host


@transaction.atomic
def expenditure_record(*, actor, studio: Studio, spent_on: dt.date, amount: Decimal, category: str, voucher: str,
                       description: str = "", now=None) -> Expenditure:
    """HN-8-3, HN-8-4, HN-9-1: the host unit keeps the ledger; "other" needs a description; never beyond the grant."""
    require_host(actor=actor, studio=studio)
    subsidy = OneTimeSubsidy.objects.select_for_update().filter(studio=studio).first()
    if subsidy is None:
        refuse(_("该工作室没有一次性补助。"), code=StudiosErrorCode.NO_SUBSIDY, clause="HN-8-1")
    if category == "other" and not (description or "").strip():
        refuse(_("“其他”类支出须填写说明。"), code=CommonErrorCode.REQUIRED, clause="HN-8-3", field="description")
    require_text(voucher, field="voucher", label=_("凭证号"), clause="HN-8-3")
    if not expenditure_allowed(granted=subsidy.amount, spent=subsidy_spent(subsidy=subsidy), amount=Decimal(amount)):
        refuse(_("支出合计不能超过一次性补助金额%(a)s元。") % {"a": subsidy.amount},
               code=StudiosErrorCode.OVER_SUBSIDY, clause="HN-8-4", field="amount")
    row = Expenditure.objects.create(subsidy=subsidy, spent_on=spent_on, amount=amount, category=category,
                                     voucher=voucher.strip(), description=description.strip())
    audit(actor=actor, obj=row, action="create", unit=studio.host_unit.district, clause="HN-9-1", now=now,
          after={"amount": amount, "category": category, "voucher": voucher})
    return row


@transaction.atomic
def special_subsidy_record(*, actor, studio: Studio, amount: Decimal, purpose: str, granted_on: dt.date,
                           now=None) -> SpecialSubsidy:
    """HN-8-5: city or county special activity subsidy, from the granting level's own fund; HN-11-17: none
    after exit."""
    if not can_grant_special_subsidy(actor):
        refuse_forbidden(clause="HN-11-1")
    require_active(studio=studio)
    level = "city" if actor.unit.level == "city" else "county"
    if level == "county" and not unit_in_jurisdiction(actor, studio.host_unit.district):
        refuse_forbidden(clause="HN-8-5")
    if Decimal(amount) <= 0:
        refuse(_("金额须大于0。"), code=CommonErrorCode.INVALID, clause="HN-8-5", field="amount")
    row = SpecialSubsidy.objects.create(studio=studio, granting_level=level, granting_unit=actor.unit, amount=amount,
                                        purpose=require_text(purpose, field="purpose", label=_("活动或用途"),
                                                             clause="HN-8-5"),
                                        granted_on=granted_on)
    audit(actor=actor, obj=row, action="create", unit=actor.unit, clause="HN-8-5",
          after={"amount": amount, "level": level}, now=now)
    return row


def subsidy_report(*, year: int) -> dict:
    """HN-8-6: per studio the year's one-time and special subsidies by granting level, and the active studios
    with no special subsidy from the city or from their county that year."""
    rows = []
    without_city, without_county = [], []
    for studio in Studio.objects.filter(scheme=Scheme.HN_MASTER).select_related("host_unit").order_by("registration_number"):
        one_time = OneTimeSubsidy.objects.filter(studio=studio,
                                                 granted_on__year=year).aggregate(s=Sum("amount"))["s"] or 0
        special = SpecialSubsidy.objects.filter(studio=studio, granted_on__year=year)
        city = special.filter(granting_level="city").aggregate(s=Sum("amount"))["s"] or 0
        county = special.filter(granting_level="county").aggregate(s=Sum("amount"))["s"] or 0
        rows.append({"studio": studio, "one_time": one_time, "city": city, "county": county})
        if studio.registration == Registration.ACTIVE:
            if not city:
                without_city.append(studio)
            if not county:
                without_county.append(studio)
    return {"rows": rows, "without_city": without_city, "without_county": without_county}


@transaction.atomic
def sample_draw(*, actor, size: int, seed: int, drawn_on: dt.date, now=None) -> SampleDraw:
    """HN-9-2: city_hrss draws from the studios holding subsidies; pool, size, seed and result are stored."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-9-2")
    pool = sorted(OneTimeSubsidy.objects.values_list("studio_id", flat=True))
    minimum = policy_number("hn.min_sample_size", unit=city_unit(), on=drawn_on)
    if size < minimum or size > len(pool):
        refuse(_("抽取数量须在%(m)s至%(n)s之间。") % {"m": minimum, "n": len(pool)}, code=CommonErrorCode.INVALID,
               clause="HN-9-2", field="size")
    selected = draw_sample(pool, size, seed)
    row = SampleDraw.objects.create(drawn_on=drawn_on, pool=pool, size=size, seed=seed, selected=selected)
    audit(actor=actor, obj=row, action="create", unit=city_unit(), clause="HN-9-2",
          after={"pool": pool, "seed": seed, "selected": selected},
          now=now)
    return row


@transaction.atomic
def fund_audit_record(*, actor, studio: Studio, period_start: dt.date, period_end: dt.date, funds_covered: str,
                      auditors: str, findings: str, conclusion: str, corrections: str = "", correction_deadline=None,
                      draw: SampleDraw | None = None, now=None) -> FundAudit:
    """HN-9-3: an audit record; deficiencies need the corrections and their deadline."""
    if not (is_city_hrss(actor) or is_studio_centre(actor)):
        refuse_forbidden(clause="HN-9-3")
    if conclusion != "compliant" and (not corrections.strip() or correction_deadline is None):
        refuse(_("存在问题的审计须填写整改要求和期限。"), code=CommonErrorCode.REQUIRED, clause="HN-9-3", field="corrections")
    row = FundAudit.objects.create(studio=studio, draw=draw, period_start=period_start, period_end=period_end,
                                   funds_covered=funds_covered, auditors=auditors, findings=findings,
                                   conclusion=conclusion, corrections=corrections,
                                   correction_deadline=correction_deadline)
    audit(actor=actor, obj=row, action="create", unit=studio.host_unit.district, clause="HN-9-3",
          after={"conclusion": conclusion}, now=now)
    return row


@transaction.atomic
def recovery_record(*, actor, studio: Studio, amount: Decimal, reason: str, decided_on: dt.date, now=None) -> Recovery:
    """HN-11-17: recovery of unspent or misused subsidy is a separate human decision."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-11-17")
    row = Recovery.objects.create(studio=studio, amount=amount,
                                  reason=require_text(reason, field="reason", label=_("理由"), clause="HN-11-17"),
                                  decided_on=decided_on)
    audit(actor=actor, obj=row, action="create", unit=studio.host_unit.district, clause="HN-11-17",
          after={"amount": amount}, now=now)
    return row
