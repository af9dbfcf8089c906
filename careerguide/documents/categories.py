"""Classification (分类) and retention (保管期限) of e-archive items (BJ-9-2).

The text fixes no category list and no retention periods; this is the proposed
scheme, with each default retention naming the clause it serves.  The bureau's
own archive classification replaces it when supplied.
"""
import datetime as dt
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from careerguide.common.months import add_months

PERMANENT = "permanent"
RETENTION_CHOICES = [
    (PERMANENT, _("永久")),
    ("30y", _("30年")),
    ("10y", _("10年")),
    ("5y", _("5年")),
]
RETENTION_YEARS = {PERMANENT: None, "30y": 30, "10y": 10, "5y": 5}


def retain_until(archived_on: dt.date | None, retention: str) -> dt.date | None:
    """The last day an archived item must be kept; None while unarchived or when kept permanently."""
    years = RETENTION_YEARS.get(retention)
    if archived_on is None or years is None:
        return None
    return add_months(archived_on, 12 * years)  # 29 February → 28 February


@dataclass(frozen=True)
class Category:
    code: str
    label: object
    applies_to: tuple[str, ...]  # subject labels; empty = every subject
    retention: str


PERSON = "job_seekers.jobseeker"
EMPLOYER = "employers.employer"

CATEGORIES: tuple[Category, ...] = (
    Category("P01", _("求职登记材料"), (PERSON,), "30y"),
    Category("P02", _("个人服务台账"), (PERSON,), "30y"),
    Category("P03", _("评估与测评材料"), (PERSON,), "10y"),
    Category("P04", _("就业援助服务协议"), (PERSON,), "30y"),
    Category("P05", _("就业困难人员认定材料"), (PERSON,), "30y"),
    Category("E01", _("资格核验材料"), (EMPLOYER,), "10y"),
    Category("E02", _("用人单位服务台账"), (EMPLOYER,), "30y"),
    Category("E03", _("日常服务协议"), (EMPLOYER,), "30y"),
    Category("E04", _("招聘方案与人力资源管理制度"), (EMPLOYER,), "10y"),
    Category("G01", _("指导记录与指导方案"), (), "10y"),
    Category("C01", _("就业诚信记录证据"), (), PERMANENT),
    Category("Z99", _("其他材料"), (), "10y"),
)
_BY_CODE = {c.code: c for c in CATEGORIES}

#: the category a generated ledger export is filed under, per subject type
LEDGER_CATEGORY = {PERSON: "P02", EMPLOYER: "E02"}


def category(code: str) -> Category | None:
    return _BY_CODE.get(code)


def categories_for(subject_type: str) -> list[Category]:
    return [c for c in CATEGORIES if not c.applies_to or subject_type in c.applies_to]


def category_label(code: str) -> str:
    found = _BY_CODE.get(code)
    return f"{code} {found.label}" if found else code
