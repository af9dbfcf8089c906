"""The workbench's module navigation: one entry per module, shown only to those who may use it."""
from dataclasses import dataclass
from typing import Callable

from django.utils.translation import gettext_lazy as _

from careerguide.accounts import permissions as p
from careerguide.assessments.permissions import can_use_assessments
from careerguide.assistance.permissions import can_survey, can_use_approvals, can_view_assistance
from careerguide.employers.permissions import can_receive_requests, can_view_industry_catalogue
from careerguide.experts.permissions import can_use_library, can_view_applications, can_view_experts
from careerguide.guidance.cq.permissions import can_manage_cq, can_work_cq_cases
from careerguide.guidance.permissions import can_give_guidance
from careerguide.job_seekers.permissions import can_view_fairness_report
from careerguide.labour_market.permissions import can_analyse_labour_market
from careerguide.organisations.permissions import can_manage_community_staffing
from careerguide.privacy.permissions import can_view_read_log
from careerguide.supervision.permissions import (
    can_handle_complaints,
    can_record_community_surveys,
    can_supervise,
    can_view_supervision,
)
from careerguide.vacancies.permissions import can_manage_screening_rules, can_view_vacancies


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
        NavItem(_("前台综合受理"), "intake:desk", p.is_staff),
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
    NavGroup(_("就业援助"), (
        NavItem(_("援助个案"), "assistance:caseload", can_view_assistance),
        NavItem(_("就业意愿摸查"), "assistance:outreach", can_survey),
        NavItem(_("援助审批"), "assistance:approvals", can_use_approvals),
    )),
    NavGroup(_("职业指导服务"), (
        NavItem(_("指导个案"), "guidance:cq:cases", can_work_cq_cases),
        NavItem(_("团体指导"), "guidance:cq:sessions", can_work_cq_cases),
        NavItem(_("信息复核"), "guidance:cq:worklist", can_manage_cq),
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
        NavItem(_("歧视性内容筛查反馈"), "vacancies:screening_feedback", can_manage_screening_rules),
        NavItem(_("人岗匹配"), "matching:index", p.is_staff),
        NavItem(_("精准职业匹配工具版本"), "matching:instruments", p.is_staff),
        NavItem(_("职业分类"), "occupations:list", p.is_staff),
    )),
    NavGroup(_("市场信息与督导"), (
        NavItem(_("人力资源市场供求统计"), "labour_market:dashboard", can_analyse_labour_market),
        NavItem(_("市场分析报告"), "labour_market:reports", can_analyse_labour_market),
        NavItem(_("职业分析与专题分析报告"), "labour_market:analyses", can_analyse_labour_market),
        NavItem(_("就业创业信息报送"), "labour_market:information", p.is_staff),
        NavItem(_("培训开班信息"), "labour_market:training_classes", can_analyse_labour_market),
        NavItem(_("培训需求汇总"), "labour_market:training_needs", can_analyse_labour_market),
        NavItem(_("督导问题"), "supervision:issues", can_view_supervision),
        NavItem(_("抽查"), "supervision:spot_checks", can_view_supervision),
        NavItem(_("核查与日通报"), "supervision:checks", can_view_supervision),
        NavItem(_("信息质量监控"), "supervision:quality", can_supervise),
        NavItem(_("投诉举报"), "supervision:complaints", can_handle_complaints),
        NavItem(_("满意度调查"), "supervision:satisfaction", can_view_supervision),
        NavItem(_("绩效评估"), "supervision:evaluations", can_view_supervision),
    )),
    NavGroup(_("专家与工作室"), (
        NavItem(_("专家申报"), "experts:application_list", can_view_applications),
        NavItem(_("职业指导专家团"), "experts:membership_list", can_view_experts),
        NavItem(_("专家团服务统计"), "experts:reports", can_view_experts),
        NavItem(_("专家库"), "experts:library_list", can_use_library),
        NavItem(_("工作室评审认定批次"), "studios:rounds", p.is_staff),
        NavItem(_("职业指导大师工作室"), "studios:overview", p.is_staff),
        NavItem(_("职业指导工作室（规范化建设）"), "studios:sd_list", p.is_staff),
    )),
    NavGroup(_("队伍建设"), (
        NavItem(_("职业指导队伍"), "workforce:register", p.is_staff),
        NavItem(_("年度培训学时"), "workforce:training_hours", p.is_staff),
        NavItem(_("分级分类培训"), "workforce:training", p.is_staff),
        NavItem(_("竞赛、评定与表彰"), "workforce:recognition", p.is_staff),
        NavItem(_("首席、团队、课题与考核"), "workforce:people", p.is_staff),
        NavItem(_("高校职业指导"), "workforce:hei", p.is_staff),
        NavItem(_("职业指导服务"), "workforce:delivery", p.is_staff),
        NavItem(_("调查研究与合作交流"), "workforce:research", p.is_staff),
        NavItem(_("保障措施"), "workforce:key_tasks", p.is_staff),
        NavItem(_("职业指导资源库"), "resources:library", p.is_staff),
        NavItem(_("劳动保障协理员配备"), "supervision:staffing", can_manage_community_staffing),
        NavItem(_("社区劳动力资源和监测调查"), "supervision:community_surveys", can_record_community_surveys),
        NavItem(_("典型案例"), "resources:cases", p.is_staff),
    )),
    NavGroup(_("系统"), (
        NavItem(_("服务机构"), "organisations:list", p.is_staff),
        NavItem(_("工作日历"), "workdays:list", p.is_staff),
        NavItem(_("政策参数"), "policy:list", p.is_staff),
        NavItem(_("个人信息查阅记录"), "privacy:reads", can_view_read_log),
        NavItem(_("档案保管期满鉴定"), "documents:retention", p.is_staff),
        NavItem(_("接口文档"), "api-1.0.0:openapi-view", p.is_staff),
    )),
)
