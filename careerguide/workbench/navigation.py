"""The workbench's module navigation: one entry per module, shown only to those who may use it."""
from dataclasses import dataclass
from typing import Callable

from django.utils.translation import gettext_lazy as _

from careerguide.accounts import permissions as p
from careerguide.employers.permissions import can_receive_requests, can_view_industry_catalogue
from careerguide.experts.permissions import can_view_applications, can_view_experts
from careerguide.guidance.permissions import can_give_guidance
from careerguide.job_seekers.permissions import can_view_fairness_report
from careerguide.labour_market.permissions import can_analyse_labour_market
from careerguide.vacancies.permissions import can_view_vacancies


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    allowed: Callable


@dataclass(frozen=True)
class NavGroup:
    label: str
    items: tuple


NAV_GROUPS = (
    NavGroup(_("工作台"), (
        NavItem(_("我的工作"), "workbench:home", p.is_staff),
        NavItem(_("消息"), "notifications:inbox", p.is_staff),
        NavItem(_("质量监测预警"), "duties:early_warning", p.is_staff),
        NavItem(_("服务统计"), "ledgers:statistics", p.is_staff),
    )),
    NavGroup(_("求职者服务"), (
        NavItem(_("求职者"), "job_seekers:list", p.can_view_job_seekers),
        NavItem(_("批量导入求职登记"), "job_seekers:import", p.can_manage_job_seekers),
        NavItem(_("指导预约"), "guidance:appointments", can_give_guidance),
        NavItem(_("分类指导"), "guidance:groups", can_give_guidance),
        NavItem(_("分级公平性报告"), "job_seekers:fairness", can_view_fairness_report),
    )),
    NavGroup(_("用人单位服务"), (
        NavItem(_("用人单位"), "employers:list", p.can_view_employers),
        NavItem(_("资格核验待审核"), "employers:verification_queue", p.can_manage_employers),
        NavItem(_("重点企业季度联系"), "employers:quarterly_report", p.can_manage_employers),
        NavItem(_("重点企业诉求"), "employers:requests", can_receive_requests),
        NavItem(_("重点企业服务关系划转"), "employers:transfers", p.is_staff),
        NavItem(_("产业禁止和限制目录"), "employers:catalogue", can_view_industry_catalogue),
    )),
    NavGroup(_("招聘与匹配"), (
        NavItem(_("招聘信息审核"), "vacancies:list", can_view_vacancies),
        NavItem(_("招聘会"), "vacancies:fair_list", can_view_vacancies),
        NavItem(_("招聘会统计"), "vacancies:fair_report", can_view_vacancies),
        NavItem(_("人岗匹配"), "matching:index", p.is_staff),
        NavItem(_("精准职业匹配工具版本"), "matching:instruments", p.is_staff),
        NavItem(_("职业分类"), "occupations:list", p.is_staff),
    )),
    NavGroup(_("市场信息与督导"), (
        NavItem(_("人力资源市场供求统计"), "labour_market:dashboard", can_analyse_labour_market),
        NavItem(_("市场分析报告"), "labour_market:reports", can_analyse_labour_market),
    )),
    NavGroup(_("专家与工作室"), (
        NavItem(_("专家申报"), "experts:application_list", can_view_applications),
        NavItem(_("职业指导专家团"), "experts:membership_list", can_view_experts),
        NavItem(_("职业指导大师工作室"), "studios:overview", p.is_staff),
    )),
    NavGroup(_("队伍建设"), (
        NavItem(_("职业指导队伍"), "workforce:register", p.is_staff),
        NavItem(_("年度培训学时"), "workforce:training_hours", p.is_staff),
        NavItem(_("职业指导资源库"), "resources:library", p.is_staff),
    )),
    NavGroup(_("系统"), (
        NavItem(_("服务机构"), "organisations:list", p.is_staff),
        NavItem(_("工作日历"), "workdays:list", p.is_staff),
        NavItem(_("政策参数"), "policy:list", p.is_staff),
        NavItem(_("接口文档"), "api-1.0.0:openapi-view", p.is_staff),
    )),
)
