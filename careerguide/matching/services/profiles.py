"""The matching profile of a vacancy, recorded in the employer's demand assessment (BJ-40-1)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, today

from ..models import VacancyMatchProfile
from ..selectors import job_ready_start_days
from ..states import WORKING_PATTERN_CHOICES
from .features import vacancy_features_refresh
from .ledger_entries import employer_ledger_add

_PATTERNS = {value for value, _label in WORKING_PATTERN_CHOICES}


def _problems(required_skill_level, min_experience_months, working_pattern, start_within_days) -> dict:
    errors: dict = {}
    if required_skill_level is not None and not 1 <= required_skill_level <= 5:
        errors["required_skill_level"] = [_("技能等级应为一级至五级。")]
    if min_experience_months is not None and min_experience_months < 0:
        errors["min_experience_months"] = [_("工作经验月数不能为负数。")]
    if working_pattern and working_pattern not in _PATTERNS:
        errors["working_pattern"] = [_("请选择有效的工作方式。")]
    if not 0 <= start_within_days <= 365:
        errors["start_within_days"] = [_("要求到岗天数应在0至365之间。")]
    return errors


@transaction.atomic
def vacancy_match_profile_record(*, actor, vacancy, required_skill_level: int | None = None,
                                 min_experience_months: int | None = None, working_pattern: str = "",
                                 start_within_days: int | None = None, now=None) -> VacancyMatchProfile:
    """Record the vacancy's requirements; the days to start default to the BJ-15-1 standard."""
    if start_within_days is None:
        start_within_days = job_ready_start_days(on=today(now))
    errors = _problems(required_skill_level, min_experience_months, working_pattern, start_within_days)
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-40-1", code=CommonErrorCode.INVALID)
    profile = VacancyMatchProfile.objects.create(
        vacancy=vacancy, required_skill_level=required_skill_level, min_experience_months=min_experience_months,
        working_pattern=working_pattern or "", start_within_days=start_within_days, unit=actor.unit, recorded_by=actor)
    after = {"vacancy": vacancy.pk, "required_skill_level": required_skill_level,
             "min_experience_months": min_experience_months, "working_pattern": working_pattern,
             "start_within_days": start_within_days}
    audit(actor=actor, obj=profile, unit=actor.unit, action="create", clause="BJ-40-1", now=now, after=after)
    title = (vacancy.published_version or vacancy.latest_version).title
    employer_ledger_add(actor=actor, employer=vacancy.employer, unit=actor.unit, section="guidance",
                        service_type="matching_assessment", occurred_on=today(now),
                        summary=_("精准职业匹配工具测评：记录岗位“%(t)s”的匹配条件") % {"t": title},
                        content=after, clause="BJ-40-1", now=now)
    vacancy_features_refresh(vacancy=vacancy, now=now)
    return profile
