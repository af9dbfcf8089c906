"""The workbench's module navigation: one entry per module, shown only to those who may use it."""
from dataclasses import dataclass
from typing import Callable

from django.utils.translation import gettext_lazy as _

from careerguide.accounts import permissions as p


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    allowed: Callable


NAV_ITEMS = (
    NavItem(_("我的工作"), "workbench:home", p.is_staff),
    NavItem(_("求职者"), "job_seekers:list", p.can_view_job_seekers),
    NavItem(_("用人单位"), "employers:list", p.can_view_employers),
    NavItem(_("质量监测预警"), "duties:early_warning", p.is_staff),
    NavItem(_("消息"), "notifications:inbox", p.is_staff),
    NavItem(_("服务机构"), "organisations:list", p.is_staff),
    NavItem(_("工作日历"), "workdays:list", p.is_staff),
    NavItem(_("政策参数"), "policy:list", p.is_staff),
    NavItem(_("接口文档"), "api-1.0.0:openapi-view", p.is_staff),
)
