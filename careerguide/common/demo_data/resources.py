"""Shared resource library: a few courses and reports of the district (SD-17)."""
import datetime as dt
from decimal import Decimal

from careerguide.resources.models import Resource
from careerguide.resources.services.library import resource_create

from .base import Demo

# (title, type, class hours, tags, content)
RESOURCES = [
    ("求职面试辅导微课", "course", Decimal(2), ["面试", "求职技巧"], "面试礼仪、常见问题应答与模拟练习。"),
    ("大龄失业人员再就业指导案例集", "case_analysis", None, ["就业援助"], "三个社区再就业指导案例及分析。"),
    ("东湖区物流行业用工调查报告", "research_report", None, ["劳动力市场"], "区内物流企业岗位需求与薪酬调查。"),
]


def build(demo: Demo) -> None:
    head = demo.staff["d01.head"]
    for title, kind, hours, tags, content in RESOURCES:
        if Resource.objects.filter(title=title).exists():
            continue
        resource_create(actor=head, owner_unit=demo.units["D01"], title=title, resource_type=kind,
                        resource_date=dt.date(demo.today.year, 1, 1), licence="仅限系统内学习", content=content,
                        class_hours=hours, tags=tags)
        demo.notes.append(f"resource {title}")
