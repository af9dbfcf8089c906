"""Recognition rounds, host units and recommenders (HN-3-1, HN-3-2, HN-6-1, HN-6-2, HN-6-25, HN-13-1)."""
from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, policy_number, refuse, refuse_forbidden, require_text
from careerguide.duties.services import transition
from careerguide.organisations.selectors import city_unit

from ..error_codes import StudiosErrorCode
from ..models import HostUnit, RecognitionRound, Recommender, RoundNamedRecommender, RoundSlot
from ..permissions import is_city_hrss, is_studio_centre
from ..rules.base import ROUND_YEARS, RULESET, RULESET_EFFECTIVE
from ..rules.eligibility import host_type_warning
from ..rules.procedure import round_creation_allowed, years_without_round
from ..states import ROUND_TRANSITIONS, RoundStatus


@transaction.atomic
def round_create(*, actor, year: int, title: str, quota: int, recommendation_deadline: dt.date,
                 materials_deadline: dt.date, notice_text: str = "", conditions: str = "", requirements: str = "",
                 now=None) -> RecognitionRound:
    """HN-6-1, HN-3-2: city_hrss creates the round; one per calendar year unless the first was cancelled empty."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-3")
    require_text(title, field="title", label=_("通知标题"), clause="HN-6-1")
    if not ROUND_YEARS[0] <= year <= ROUND_YEARS[1]:
        refuse(_("年度应在%(min)d至%(max)d之间。") % {"min": ROUND_YEARS[0], "max": ROUND_YEARS[1]},
               code=CommonErrorCode.INVALID, clause="HN-13-1", field="year")
    if quota < 1:
        refuse(_("名额至少为1个。"), code=CommonErrorCode.INVALID, clause="HN-6-2", field="quota")
    if materials_deadline < recommendation_deadline:
        refuse(_("材料报送截止日期不能早于推荐截止日期。"), code=CommonErrorCode.INVALID, clause="HN-6-1", field="materials_deadline")
    if recommendation_deadline.isoformat() < RULESET_EFFECTIVE:
        refuse(_("本办法自2019年10月29日起执行。"),
               code=CommonErrorCode.TOO_EARLY, clause="HN-13-1", field="recommendation_deadline")
    existing = [(r.status, r.applications.exists()) for r in RecognitionRound.objects.filter(year=year)]
    per_year = policy_number("hn.rounds_per_year", unit=city_unit(), on=recommendation_deadline)
    if not round_creation_allowed(existing, per_year=per_year):
        refuse(_("%(y)s年已有评审认定批次，每年评审认定一次。") % {"y": year},
               code=CommonErrorCode.DUPLICATE, clause="HN-3-2", field="year")
    rnd = RecognitionRound.objects.create(
        year=year, title=title.strip(), quota=quota, recommendation_deadline=recommendation_deadline,
        materials_deadline=materials_deadline, notice_text=notice_text, conditions=conditions,
        requirements=requirements, ruleset=RULESET)
    audit(actor=actor, obj=rnd, action="create", unit=city_unit(), clause="HN-6-1", now=now,
          after={"year": year, "quota": quota, "materials_deadline": materials_deadline})
    return rnd


@transaction.atomic
def round_publish(*, actor, round: RecognitionRound, published_on: dt.date, now=None) -> RecognitionRound:
    """HN-6-1: nothing can be submitted before the notice is published."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-3")
    if not (round.notice_text or "").strip():
        refuse(_("请填写通知内容后再发布。"), code=CommonErrorCode.REQUIRED, clause="HN-6-1", field="notice_text")
    round.published_on = published_on
    round.save(update_fields=["published_on", "updated_at"])
    transition(obj=round, to=RoundStatus.PUBLISHED, actor=actor, table=ROUND_TRANSITIONS, unit=city_unit(),
               clause="HN-6-1",
               milestone_field="published_at", now=now)
    return round


@transaction.atomic
def round_cancel(*, actor, round: RecognitionRound, reason: str, now=None) -> RecognitionRound:
    """HN-3-2: a round can be cancelled only before any application reached it."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-3")
    require_text(reason, field="reason", label=_("取消原因"), clause="HN-3-2")
    if round.applications.exists():
        refuse(_("已有申报的批次不能取消。"), code=StudiosErrorCode.WRONG_STAGE, clause="HN-3-2")
    transition(obj=round, to=RoundStatus.CANCELLED, actor=actor, table=ROUND_TRANSITIONS, unit=city_unit(),
               clause="HN-3-2",
               reason=reason, now=now)
    return round


@transaction.atomic
def round_close(*, actor, round: RecognitionRound, closed_on: dt.date, now=None) -> RecognitionRound:
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-3")
    round.closed_on = closed_on
    round.save(update_fields=["closed_on", "updated_at"])
    transition(obj=round, to=RoundStatus.CLOSED, actor=actor, table=ROUND_TRANSITIONS, unit=city_unit(),
               clause="HN-6-1",
               now=now)
    return round


@transaction.atomic
def round_slot_set(*, actor, round: RecognitionRound, recommender: Recommender, slots: int, now=None) -> RoundSlot:
    """HN-6-2: the notice may allocate recommendation slots."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-3")
    slot, _created = RoundSlot.objects.update_or_create(round=round, recommender=recommender, defaults={"slots": slots})
    audit(actor=actor, obj=slot, action="update", unit=city_unit(), clause="HN-6-2",
          after={"recommender": recommender.pk, "slots": slots},
          now=now)
    return slot


@transaction.atomic
def round_named_recommender_set(*, actor, round: RecognitionRound, host_unit: HostUnit, recommender: Recommender,
                                now=None) -> RoundNamedRecommender:
    """HN-6-25: the notice names the recommender of a city-level host unit."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-3")
    if not host_unit.is_city_level:
        refuse(_("仅市级单位需要在通知中指定推荐单位。"), code=CommonErrorCode.INVALID, clause="HN-6-25")
    row, _created = RoundNamedRecommender.objects.update_or_create(round=round, host_unit=host_unit,
                                                                   defaults={"recommender": recommender})
    audit(actor=actor, obj=row, action="update", unit=city_unit(), clause="HN-6-25",
          after={"recommender": recommender.pk}, now=now)
    return row


@transaction.atomic
def recommender_create(*, actor, kind: str, name: str, unit=None, accounts=(), now=None) -> Recommender:
    """HN-6-4: the admin maintains the recommenders (district bureaus and local universities)."""
    if not is_studio_centre(actor):
        refuse_forbidden(clause="HN-6-4")
    if kind == "county_hrss" and (unit is None or unit.level != "district"):
        refuse(_("县（区）人社局须对应一个区县机构。"), code=CommonErrorCode.INVALID, clause="HN-6-4", field="unit")
    rec = Recommender.objects.create(kind=kind, name=require_text(name, field="name", label=_("名称"), clause="HN-6-3"),
                                     unit=unit)
    rec.accounts.set(accounts)
    audit(actor=actor, obj=rec, action="create", unit=city_unit(), clause="HN-6-4", after={"kind": kind, "name": name},
          now=now)
    return rec


@transaction.atomic
def host_unit_create(*, actor, name: str, host_type: str, credit_code: str, address: str, legal_representative: str,
                     contact_person: str, district, university=None, is_city_level=False, host_type_reason="",
                     accounts=(), now=None) -> HostUnit:
    """HN-3-1, HN-6-4: the centre registers a host unit; an "other" host needs a reason."""
    if not is_studio_centre(actor):
        refuse_forbidden(clause="HN-6-4")
    accepted, warning = host_type_warning(host_type, host_type_reason)
    if not accepted:
        refuse(warning, code=CommonErrorCode.REQUIRED, clause="HN-3-1", field="host_type_reason")
    if university is not None and university.kind != "local_university":
        refuse(_("所属高校须为在淮高校。"), code=CommonErrorCode.INVALID, clause="HN-6-4", field="university")
    host = HostUnit(name=name, host_type=host_type, credit_code=credit_code, address=address,
                    legal_representative=legal_representative, contact_person=contact_person, district=district,
                    university=university, is_city_level=is_city_level, host_type_reason=host_type_reason.strip())
    try:
        host.full_clean(exclude=["accounts"])
    except ValidationError as exc:
        raise DomainError.from_validation_error(exc) from None
    host.save()
    host.accounts.set(accounts)
    audit(actor=actor, obj=host, action="create", unit=district, clause="HN-3-1", now=now,
          after={"name": name, "host_type": host_type, "reason": host_type_reason})
    return host


def round_missing_years(*, first_year: int, last_year: int) -> list[int]:
    """HN-3-2: years with no (uncancelled) round, for the warning to city_hrss."""
    years = RecognitionRound.objects.exclude(status=RoundStatus.CANCELLED).values_list("year", flat=True)
    return years_without_round(first_year=first_year, last_year=last_year, round_years=years)
