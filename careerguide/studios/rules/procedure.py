"""Procedure rules: rounds, recommenders, naming and materials (HN-3-2, HN-6-3, HN-6-4, HN-6-20 .. HN-6-25, HN-7-*)."""
from __future__ import annotations

from datetime import date

from careerguide.common.months import add_months

from .base import gettext_noop as _

STUDIO_SUFFIX = "职业指导大师工作室"
MATERIAL_ITEMS = ("form", "report", "copies", "recommendation_report")
REPORT_SECTIONS = ("profile", "necessity", "management", "conditions", "talent_policy")


def round_creation_allowed(existing: list[tuple[str, bool]], *, per_year: int) -> bool:
    """HN-3-2: `per_year` rounds per calendar year ("每年评审认定一次": one); a round cancelled before any
    application reached it does not count.  `existing` holds (status, had_applications) for the year's rounds."""
    counted = sum(1 for status, had_apps in existing if not (status == "cancelled" and not had_apps))
    return counted < per_year


def years_without_round(*, first_year: int, last_year: int, round_years) -> list[int]:
    """HN-3-2: calendar years with no round (warned to city_hrss)."""
    present = set(round_years)
    return [y for y in range(first_year, last_year + 1) if y not in present]


def studio_name(named_master_name: str) -> str:
    """HN-6-20: the named master's full name followed by 职业指导大师工作室, nothing else, no space."""
    name = "".join((named_master_name or "").split())
    if not name:
        raise ValueError("named master has no name")
    return name + STUDIO_SUFFIX


def named_master_valid(lead_flags: list[bool]) -> bool:
    """HN-6-21: exactly one lead master is the named master."""
    return sum(1 for f in lead_flags if f) == 1


def recommender_may_recommend(*, recommender_kind: str, recommender_id, recommender_district_key, host_district_key,
                              host_university_key, host_is_city_level: bool, round_named_id=None) -> bool:
    """HN-6-3, HN-6-4, HN-6-25: a county/district bureau recommends host units in its territory, a
    university only its own units; a city-level host unit goes through the recommender the round names,
    by default the district bureau where it is located."""
    if host_is_city_level and round_named_id is not None:
        return recommender_id == round_named_id
    if recommender_kind == "county_hrss":
        return host_district_key is not None and recommender_district_key == host_district_key
    if recommender_kind == "local_university":
        return host_university_key is not None and recommender_id == host_university_key
    return False


def item3_required_documents(routes_claimed: set) -> set:
    """HN-7-4: ID card always; the certificate for route 1, the award for route 2, honours for route 3."""
    needed = {"id_card"}
    if "route1" in routes_claimed:
        needed.add("qualification_certificate")
    if "route2" in routes_claimed:
        needed.add("award_certificate")
    if "route3" in routes_claimed:
        needed.add("honour_certificate")
    return needed


def materials_complete(*, copies: dict, uploaded: dict, report_sections: set, item3_documents: set,
                       routes_claimed: set, has_recommendation_report: bool, required_copies: int) -> tuple[bool, list[str]]:
    """HN-7-1, HN-7-3, HN-7-4, HN-7-6: each item in duplicate and uploaded, the report's five sections,
    item 3 for the route claimed, and the recommender's report (bureau or university)."""
    problems = []
    labels = {"form": _("申报表"), "report": _("申请报告"), "copies": _("证件复印件"),
              "recommendation_report": _("遴选推荐情况报告")}
    for item in MATERIAL_ITEMS:
        if copies.get(item, 0) < required_copies:
            problems.append(_("%(i)s纸质材料不足%(n)s份。") % {"i": labels[item], "n": required_copies})
        if not uploaded.get(item):
            problems.append(_("%(i)s未上传电子版。") % {"i": labels[item]})
    missing_sections = [s for s in REPORT_SECTIONS if s not in report_sections]
    if missing_sections:
        problems.append(_("申请报告缺少部分内容：%(s)s。") % {"s": "、".join(missing_sections)})
    missing_docs = item3_required_documents(routes_claimed) - set(item3_documents)
    if missing_docs:
        problems.append(_("证件复印件缺少：%(s)s。") % {"s": "、".join(sorted(missing_docs))})
    if not has_recommendation_report:
        problems.append(_("缺少推荐单位的遴选推荐组织实施情况及评审结果报告。"))
    return not problems, problems


def id_copy_deletion_due(round_closed_on: date, *, retention_years: int) -> date:
    """HN-7-5: ID-card copies of a rejected application are deleted one year after its round closes."""
    return add_months(round_closed_on, 12 * retention_years)
