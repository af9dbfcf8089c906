"""The sections of each ledger kind, with their clauses.  Apps register theirs at import time."""
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    code: str
    label: object


LEDGERS: dict[str, tuple[Section, ...]] = {
    # BJ-17-2: the six sections of the personal service ledger.
    "personal": (
        Section("basic_info", _("求职者基本情况")),
        Section("registration", _("求职登记情况")),
        Section("matching", _("匹配推荐和求职成功情况")),
        Section("guidance", _("就业指导情况")),
        Section("follow_up", _("服务跟踪检查情况")),
        Section("other", _("其他服务留痕")),
    ),
    # BJ-50-2 / BJ-50-3: general and key-enterprise sections of the employer ledger.
    "employer": (
        Section("basic_info", _("单位基本情况")),
        Section("demand", _("招聘需求登记及岗位发布")),
        Section("fulfilment", _("招聘需求满足情况")),
        Section("guidance", _("用工指导和匹配推荐")),
        Section("follow_up", _("服务跟踪检查情况")),
        Section("other", _("其他服务留痕")),
        Section("key_archive", _("用工需求档案")),
        Section("key_agreement", _("日常服务协议及履行")),
        Section("key_team", _("企业服务专员及服务保障团队")),
        Section("key_support", _("服务保障措施")),
    ),
}


def sections(ledger: str) -> tuple[Section, ...]:
    return LEDGERS[ledger]


def section_label(ledger: str, code: str) -> str:
    return next((str(s.label) for s in LEDGERS.get(ledger, ()) if s.code == code), code)
