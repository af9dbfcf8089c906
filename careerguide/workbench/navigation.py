"""Which role may act on what, as menus: the one declaration of every navigation entry.

Each entry names the permission predicate a user needs to see it. A predicate here is stricter than (or the
same as) the page's own `@require` rule: the page may let more people in (a colleague following a link), but
the menu shows a page only to the roles that have something to do on it, so nobody's menu leads to a queue
that is always empty for them. `tests/test_navigation.py` checks that every entry's predicate implies its
page's rule, and the browser test opens every entry as every demo role.

The staff workbench's side menu is `STAFF_MENU`; the portal users' own page ("我的服务") is `PORTAL_MENU`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careerguide.accounts import permissions as p
from careerguide.accounts.roles import Role, UserKind
from careerguide.assessments.permissions import can_use_assessments
from careerguide.assistance.permissions import can_form_panels, can_serve_assistance, can_survey, can_use_approvals
from careerguide.employers.permissions import (
    can_approve_key_enterprise_transfer,
    can_manage_industry_catalogue,
    can_receive_requests,
)
from careerguide.experts.permissions import can_view_applications, is_agency_staff, is_city_hrss
from careerguide.guidance.cq.permissions import can_manage_cq, can_work_cq_cases, is_management_staff
from careerguide.guidance.permissions import can_give_guidance
from careerguide.job_seekers.permissions import can_view_fairness_report
from careerguide.labour_market.permissions import can_analyse_labour_market
from careerguide.matching.permissions import (
    can_manage_matching_instruments,
    can_recommend_candidates,
    can_recommend_vacancies,
)
from careerguide.organisations.permissions import can_manage_community_staffing
from careerguide.policy.permissions import can_override_policy
from careerguide.privacy.permissions import can_view_read_log
from careerguide.studios.permissions import is_county_bureau, is_studio_centre
from careerguide.studios.selectors import studio_list
from careerguide.supervision.permissions import (
    can_handle_complaints,
    can_record_community_surveys,
    can_supervise,
    can_view_supervision,
)
from careerguide.supervision.selectors import appeal_open_to
from careerguide.vacancies.permissions import (
    can_hold_review_queue,
    can_manage_job_fairs,
    can_manage_screening_rules,
)
from careerguide.workforce.permissions import can_manage_workforce


def any_of(*predicates: Callable) -> Callable:
    """A predicate that holds when one of ``predicates`` holds (named after them, for the tests' messages)."""
    def check(actor) -> bool:
        return any(predicate(actor) for predicate in predicates)

    check.__name__ = " | ".join(predicate.__name__ for predicate in predicates)
    return check


def oversees_work(actor) -> bool:
    """Unit heads, analysts and city administrators: statistics and monitoring of the services given."""
    return p.is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.ANALYST, Role.CITY_ADMIN)


def heads_a_unit(actor) -> bool:
    return p.is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN)


def gives_guidance_or_heads(actor) -> bool:
    """Counsellors keep their own training hours and use the resource library; heads oversee both."""
    return p.is_staff(actor) and actor.has_role(Role.COUNSELLOR, Role.CASE_WORKER, Role.UNIT_HEAD, Role.CITY_ADMIN)


def hosts_studios(actor) -> bool:
    """Portal users acting for a unit that hosts a studio (HN-10-9); never job seekers."""
    return (p.is_signed_in(actor) and actor.kind in (UserKind.EMPLOYER_AGENT, UserKind.EXPERT)
            and studio_list(actor=actor).exists())


def may_appeal(actor) -> bool:
    """Job seekers certified as having employment difficulties (BJ-59-2)."""
    return p.is_job_seeker(actor) and appeal_open_to(user=actor)


def is_employer_agent(actor) -> bool:
    return p.is_signed_in(actor) and actor.kind == UserKind.EMPLOYER_AGENT


def is_expert(actor) -> bool:
    return p.is_signed_in(actor) and actor.kind == UserKind.EXPERT


works_assistance_cases = any_of(can_serve_assistance, can_form_panels, can_use_approvals)
serves_employers = any_of(p.can_manage_employers, can_approve_key_enterprise_transfer)
matches = any_of(can_recommend_vacancies, can_recommend_candidates)
follows_fairs = any_of(can_manage_job_fairs, can_analyse_labour_market)
keeps_catalogue = any_of(p.can_manage_employers, can_manage_industry_catalogue)
runs_expert_team = any_of(is_agency_staff, is_city_hrss)
runs_studios = any_of(is_studio_centre, is_county_bureau, is_city_hrss)
sets_policy = any_of(can_override_policy, p.is_city_admin)


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    allowed: Callable


@dataclass(frozen=True)
class NavGroup:
    label: str
    items: tuple


STAFF_MENU = (
    NavGroup(_("工作台"), (
        NavItem(_("我的工作"), "workbench:home", p.is_staff),
        NavItem(_("消息"), "notifications:inbox", p.is_staff),
        NavItem(_("前台综合受理"), "intake:desk", p.is_staff),
        NavItem(_("质量监测预警"), "duties:early_warning", oversees_work),
        NavItem(_("服务统计"), "ledgers:statistics", oversees_work),
    )),
    NavGroup(_("求职者服务"), (
        NavItem(_("求职者"), "job_seekers:list", p.can_view_job_seekers),
        NavItem(_("批量导入求职登记"), "job_seekers:import", p.can_manage_job_seekers),
        NavItem(_("指导预约"), "guidance:appointments", can_give_guidance),
        NavItem(_("分类指导"), "guidance:groups", can_give_guidance),
        NavItem(_("分级公平性报告"), "job_seekers:fairness", can_view_fairness_report),
        NavItem(_("个人信息查阅更正申请"), "privacy:requests", p.can_manage_job_seekers),
    )),
    NavGroup(_("就业援助"), (
        NavItem(_("援助个案"), "assistance:caseload", works_assistance_cases),
        NavItem(_("就业意愿摸查"), "assistance:outreach", can_survey),
        NavItem(_("援助审批"), "assistance:approvals", can_use_approvals),
    )),
    NavGroup(_("职业指导服务"), (
        NavItem(_("指导个案"), "guidance:cq:cases", can_work_cq_cases),
        NavItem(_("团体指导"), "guidance:cq:sessions", can_work_cq_cases),
        NavItem(_("信息复核"), "guidance:cq:worklist", is_management_staff),
        NavItem(_("测评工具"), "assessments:instruments", can_use_assessments),
        NavItem(_("测评实施方案"), "assessments:plans", can_use_assessments),
        NavItem(_("政策法规资料库"), "guidance:cq:library", can_work_cq_cases),
        NavItem(_("培训机构"), "guidance:cq:institutions", can_work_cq_cases),
        NavItem(_("职业指导项目"), "guidance:cq:projects", can_work_cq_cases),
        NavItem(_("服务目录"), "guidance:cq:catalogue", p.is_staff),
        NavItem(_("机构合规情况"), "guidance:cq:compliance", can_manage_cq),
        NavItem(_("机构资质"), "guidance:cq:qualifications", can_manage_cq),
        NavItem(_("管理体系文件"), "guidance:cq:management_system", can_manage_cq),
        NavItem(_("服务场所与设施"), "guidance:cq:sites", can_manage_cq),
        NavItem(_("职业指导从业人员"), "guidance:cq:practitioners", can_manage_cq),
        NavItem(_("指导服务信息数据库"), "guidance:cq:database", can_manage_cq),
        NavItem(_("规范性引用文件"), "guidance:cq:references", can_manage_cq),
        NavItem(_("服务监督与质量评价"), "guidance:cq:quality", can_manage_cq),
    )),
    NavGroup(_("用人单位服务"), (
        NavItem(_("用人单位"), "employers:list", serves_employers),
        NavItem(_("资格核验待审核"), "employers:verification_queue", p.can_manage_employers),
        NavItem(_("重点企业季度联系"), "employers:quarterly_report", p.can_manage_employers),
        NavItem(_("重点企业诉求"), "employers:requests", can_receive_requests),
        NavItem(_("重点企业服务关系划转"), "employers:transfers", serves_employers),
        NavItem(_("产业禁止和限制目录"), "employers:catalogue", keeps_catalogue),
    )),
    NavGroup(_("招聘与匹配"), (
        NavItem(_("招聘信息审核"), "vacancies:list", can_hold_review_queue),
        NavItem(_("招聘会"), "vacancies:fair_list", can_manage_job_fairs),
        NavItem(_("招聘会统计"), "vacancies:fair_report", follows_fairs),
        NavItem(_("歧视性内容筛查反馈"), "vacancies:screening_feedback", can_manage_screening_rules),
        NavItem(_("人岗匹配"), "matching:index", matches),
        NavItem(_("精准职业匹配工具版本"), "matching:instruments", can_manage_matching_instruments),
        NavItem(_("职业分类"), "occupations:list", p.is_staff),
    )),
    NavGroup(_("市场信息与督导"), (
        NavItem(_("人力资源市场供求统计"), "labour_market:dashboard", can_analyse_labour_market),
        NavItem(_("市场分析报告"), "labour_market:reports", can_analyse_labour_market),
        NavItem(_("职业分析与专题分析报告"), "labour_market:analyses", can_analyse_labour_market),
        NavItem(_("就业创业信息报送"), "labour_market:information", p.is_staff),
        NavItem(_("培训开班信息"), "labour_market:training_classes", can_analyse_labour_market),
        NavItem(_("培训需求汇总"), "labour_market:training_needs", can_analyse_labour_market),
        NavItem(_("督导问题"), "supervision:issues", can_supervise),
        NavItem(_("抽查"), "supervision:spot_checks", can_supervise),
        NavItem(_("核查与日通报"), "supervision:checks", can_view_supervision),
        NavItem(_("信息质量监控"), "supervision:quality", can_supervise),
        NavItem(_("投诉举报"), "supervision:complaints", can_handle_complaints),
        NavItem(_("满意度调查"), "supervision:satisfaction", can_view_supervision),
        NavItem(_("绩效评估"), "supervision:evaluations", can_view_supervision),
    )),
    NavGroup(_("专家与工作室"), (
        NavItem(_("专家申报"), "experts:application_list", can_view_applications),
        NavItem(_("职业指导专家团"), "experts:membership_list", runs_expert_team),
        NavItem(_("专家团服务统计"), "experts:reports", runs_expert_team),
        NavItem(_("专家库"), "experts:library_list", gives_guidance_or_heads),
        NavItem(_("工作室评审认定批次"), "studios:rounds", runs_studios),
        NavItem(_("职业指导大师工作室"), "studios:overview", runs_studios),
        NavItem(_("职业指导工作室（规范化建设）"), "studios:sd_list", heads_a_unit),
    )),
    NavGroup(_("队伍建设"), (
        NavItem(_("职业指导队伍"), "workforce:register", can_manage_workforce),
        NavItem(_("年度培训学时"), "workforce:training_hours", gives_guidance_or_heads),
        NavItem(_("分级分类培训"), "workforce:training", can_manage_workforce),
        NavItem(_("竞赛、评定与表彰"), "workforce:recognition", can_manage_workforce),
        NavItem(_("首席、团队、课题与考核"), "workforce:people", can_manage_workforce),
        NavItem(_("高校职业指导"), "workforce:hei", can_manage_workforce),
        NavItem(_("职业指导服务"), "workforce:delivery", can_manage_workforce),
        NavItem(_("调查研究与合作交流"), "workforce:research", can_manage_workforce),
        NavItem(_("保障措施"), "workforce:key_tasks", can_manage_workforce),
        NavItem(_("职业指导资源库"), "resources:library", gives_guidance_or_heads),
        NavItem(_("典型案例"), "resources:cases", gives_guidance_or_heads),
        NavItem(_("劳动保障协理员配备"), "supervision:staffing", can_manage_community_staffing),
        NavItem(_("社区劳动力资源和监测调查"), "supervision:community_surveys", can_record_community_surveys),
    )),
    NavGroup(_("系统"), (
        NavItem(_("服务机构"), "organisations:list", heads_a_unit),
        NavItem(_("工作日历"), "workdays:list", p.is_city_admin),
        NavItem(_("政策参数"), "policy:list", sets_policy),
        NavItem(_("个人信息查阅审计"), "privacy:reads", can_view_read_log),
        NavItem(_("档案保管期满鉴定"), "documents:retention", heads_a_unit),
        NavItem(_("接口文档"), "api-1.0.0:openapi-view", p.is_city_admin),
    )),
)

PORTAL_MENU = (
    NavItem(_("我的求职服务"), "job_seeker_portal:home", p.is_job_seeker),
    NavItem(_("我的个人信息"), "privacy_portal:home", p.is_job_seeker),
    NavItem(_("就业困难人员网上申诉"), "supervision:appeal", may_appeal),
    NavItem(_("用人单位服务"), "employer_portal:home", is_employer_agent),
    NavItem(_("招聘信息发布"), "vacancy_portal:list", is_employer_agent),
    NavItem(_("推荐人选"), "vacancy_portal:candidates", is_employer_agent),
    NavItem(_("我的专家工作台"), "experts_portal:me", is_expert),
    NavItem(_("本单位工作室"), "studios_portal:mine", hosts_studios),
)


def staff_menu(*, user, path: str = "") -> list[dict]:
    """The groups of the side menu the user may use, each with the entries shown to them."""
    groups = []
    for group in STAFF_MENU:
        items = [_entry(item, path) for item in group.items if item.allowed(user)]
        if items:
            groups.append({"label": group.label, "items": items})
    return groups


def portal_menu(*, user, path: str = "") -> list[dict]:
    return [_entry(item, path) for item in PORTAL_MENU if item.allowed(user)]


def _entry(item: NavItem, path: str) -> dict:
    url = reverse(item.url_name)
    return {"label": item.label, "url": url, "active": path == url}
