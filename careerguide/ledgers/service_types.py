"""Coded service types and the service categories the business system must support (BJ-2-2).

Each ledger entry carries a `service_type` code.  Every code maps to one of
the categories BJ-2-2 names (or "other"), so statistics by category work over
all ledgers whatever module wrote the entry.
"""
from django.db import models
from django.utils.translation import gettext_lazy as _


class ServiceCategory(models.TextChoices):
    POLICY_CONSULTATION = "policy_consultation", _("就业政策法规咨询")
    SUPPLY_DEMAND_INFO = "supply_demand_info", _("职业供求信息采集与发布")
    MARKET_WAGE_GUIDE_PRICE = "market_wage_guide_price", _("市场工资指导价位发布")
    TRAINING_INFO = "training_info", _("职业培训信息发布")
    CAREER_GUIDANCE = "career_guidance", _("职业指导")
    MATCHING_RECOMMENDATION = "matching_recommendation", _("匹配推荐")
    FOLLOW_UP_VISIT = "follow_up_visit", _("跟踪回访")
    OTHER = "other", _("其他服务")


C = ServiceCategory
SERVICE_TYPE_CATEGORY = {
    # the categories themselves are valid codes for a plain service record
    **{c.value: c for c in ServiceCategory},
    "policy_advice": C.POLICY_CONSULTATION,
    "general_guidance": C.CAREER_GUIDANCE,
    "specialized_guidance": C.CAREER_GUIDANCE,
    "categorized_guidance": C.CAREER_GUIDANCE,
    "categorized_guidance_join": C.CAREER_GUIDANCE,
    "guidance_appointment": C.CAREER_GUIDANCE,
    "guidance_plan": C.CAREER_GUIDANCE,
    "hiring_guidance": C.CAREER_GUIDANCE,
    "advice": C.CAREER_GUIDANCE,
    "readiness": C.CAREER_GUIDANCE,
    "matching_assessment": C.MATCHING_RECOMMENDATION,
    "recommendation": C.MATCHING_RECOMMENDATION,
    "candidate_recommendation": C.MATCHING_RECOMMENDATION,
    "recommendation_outcome": C.FOLLOW_UP_VISIT,
    "contact": C.FOLLOW_UP_VISIT,
    "demand_fulfilled": C.FOLLOW_UP_VISIT,
    "vacancy_published": C.SUPPLY_DEMAND_INFO,
    "demand_registration": C.SUPPLY_DEMAND_INFO,
    "registration": C.SUPPLY_DEMAND_INFO,
    "job_fair_signup": C.SUPPLY_DEMAND_INFO,
}


def service_category(code: str) -> ServiceCategory:
    return SERVICE_TYPE_CATEGORY.get(code, ServiceCategory.OTHER)
