"""The audit timeline in words: actions, changed items and coded values as the Chinese labels a reader knows.

Events store internal names (`ledger_entry`, `channel=front_desk`) so that the hash chain never depends on a
translation. This module turns them into labels at display time: an item is named by the audited model's field,
else by a field of that name elsewhere in the project, else by the labels below; a coded value by the choices of
that field, else by any choice list, duty kind or ledger section of that code. What has no label is shown as
"其他事项" rather than as an internal name.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import kind_codes, kind_label
from careerguide.ledgers.sections import LEDGERS
from careerguide.ledgers.service_types import service_category

from .models import ACTION_LABELS

ACTIONS = {
    **ACTION_LABELS,
    "appoint": _("聘任"), "archive": _("归档"), "assign": _("分派"), "attendee_register": _("登记参会"),
    "ballot_cast": _("投票"), "bar_remove": _("解除限制"), "browse": _("浏览"), "catalogue_entry_add": _("新增目录条目"),
    "certification": _("认定"), "comprehensive_review": _("综合评审"), "confidentiality_accept": _("签署保密承诺"),
    "contact": _("联系记录"), "correct": _("更正"), "custody": _("保管"), "deadline_computed": _("计算办理时限"),
    "decide": _("作出决定"), "defect_notice": _("一次性告知"), "demand_archive": _("建立用工需求档案"),
    "demand_registration": _("招聘需求登记"), "finding_override": _("排除筛查发现"), "flag": _("标记"),
    "hires": _("登记录用"), "import": _("导入"), "install": _("安装"), "leave": _("退出"), "ledger_entry": _("记入服务台账"),
    "ledger_open": _("建立服务台账"), "ledger_share_read": _("查阅共享台账"), "library_engagement": _("专家库服务记录"),
    "library_enrol": _("入库"), "member_add": _("添加成员"), "no_renewal": _("不再续聘"), "nominee_confirm": _("确认人选"),
    "notify_person": _("告知本人"), "officer_assign": _("指定企业服务专员"), "officer_change": _("更换企业服务专员"),
    "outcome": _("登记结果"), "override": _("调整"), "panel": _("组建专家组"), "panel_opinion": _("专家组意见"),
    "preliminary_opinion": _("初步意见"), "publish": _("发布"), "read": _("查阅"), "reassign": _("改派"),
    "recheck": _("复核"), "remove": _("移除"), "rename": _("更名"), "renew": _("续聘"), "review": _("审核"),
    "sd_register": _("登记"), "session": _("开展活动"), "signup": _("报名"), "team_add": _("加入服务团队"),
    "transfer": _("转移"), "verification_submit": _("提交核验"), "version": _("新版本"), "version_create": _("新建版本"),
    "voting_close": _("结束投票"), "voting_open": _("开始投票"),
}
# Items written by services that are not a field of any model.
ITEMS = {
    "entry": _("台账记录"), "section": _("台账栏目"), "service_type": _("服务类型"), "occurred_on": _("服务日期"),
    "corrects": _("更正的记录"), "from": _("原状态"), "to": _("新状态"), "on": _("日期"), "entries": _("记录"),
    "items": _("事项"), "results": _("结果"), "missing": _("缺少项目"), "failed": _("未通过项目"),
    "late_items": _("逾期事项"), "total": _("合计"), "previous": _("上一版本"), "record": _("记录"),
    "registration": _("求职登记"), "roles": _("角色"), "two_way": _("双向"), "due_pending": _("待办时限"),
    "follow_up_due": _("回访期限"), "route": _("服务路径"), "routing": _("分流"), "findings": _("筛查发现"),
    "defects": _("告知事项"), "checkpoints": _("检查节点"), "interval_breach": _("超出间隔"),
    "prepublication_due": _("预发布期限"), "prepublication_last": _("最近预发布"), "use": _("用途"), "item": _("材料"),
}
OTHER_ITEM = _("其他事项")
YES, NO, NONE = _("是"), _("否"), "—"
OBJECT_REF = re.compile(r"^([a-z_]+)\.([a-z_]+):(\d+)$")
CODE = re.compile(r"^[a-z][a-z0-9_.\-]*$")


@dataclass(frozen=True)
class Change:
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class TimelineEntry:
    event: object
    action_label: str
    changes: tuple


@functools.cache
def _field_labels() -> dict:
    """Every model field's name → its verbose name, the first model declaring it winning."""
    labels = {}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            verbose = getattr(field, "verbose_name", None)
            if verbose and field.name not in labels and not str(verbose).isascii():
                labels[field.name] = verbose
                labels.setdefault(getattr(field, "attname", field.name), verbose)
    return labels


def _choice_classes(cls=models.Choices):
    for sub in cls.__subclasses__():
        yield sub
        yield from _choice_classes(sub)


@functools.cache
def _value_labels() -> dict:
    """Every coded value the project names → its label (choice lists, duty kinds, ledger sections)."""
    labels = {}
    for choices in _choice_classes():
        for value, label in getattr(choices, "choices", ()):
            if isinstance(value, str):
                labels.setdefault(value, label)
    for sections in LEDGERS.values():
        for section in sections:
            labels.setdefault(section.code, section.label)
    for code in kind_codes():
        labels.setdefault(code, kind_label(code))
    return labels


def _model_field(model, key):
    try:
        return model._meta.get_field(key) if model is not None else None
    except Exception:  # noqa: BLE001 - any key that is not a field of the model
        return None


def item_label(key: str, model=None) -> str:
    field = _model_field(model, key)
    if field is not None and getattr(field, "verbose_name", None) and not str(field.verbose_name).isascii():
        return str(field.verbose_name)
    label = ITEMS.get(key) or _field_labels().get(key)
    return str(label) if label else str(OTHER_ITEM)


def value_text(value, key: str = "", model=None) -> str:
    if value is None or value == "":
        return NONE
    if isinstance(value, bool):
        return str(YES if value else NO)
    if isinstance(value, (list, tuple)):
        return "、".join(value_text(v, key, model) for v in value) or NONE
    if isinstance(value, dict):
        named = [v for k, v in value.items() if k.endswith("_label") and v]
        if named:  # a stored finding or outcome carries its own label
            return "、".join(str(v) for v in named)
        return "；".join(f"{item_label(k)}：{value_text(v, k)}" for k, v in value.items()) or NONE
    if not isinstance(value, str):
        return str(value)
    return _coded_text(value, key, model)


def _coded_text(value: str, key: str, model) -> str:
    field = _model_field(model, key)
    if field is not None and getattr(field, "choices", None):
        label = dict(field.flatchoices).get(value)
        if label is not None:
            return str(label)
    ref = OBJECT_REF.match(value)
    if ref:
        try:
            target = apps.get_model(ref.group(1), ref.group(2))
            return f"{target._meta.verbose_name}（{ref.group(3)}）"
        except LookupError:
            pass
    if CODE.match(value):
        label = _value_labels().get(value)
        if label is None and key == "service_type":
            label = service_category(value).label
        if label is not None:
            return str(label)
    return value


def timeline_entries(*, events, model=None) -> list[TimelineEntry]:
    """The events of one record's timeline with their action and changed items in words."""
    rows = []
    for event in events:
        before, after = event.changes.get("before") or {}, event.changes.get("after") or {}
        keys = list(dict.fromkeys([*before, *after]))
        changes = tuple(Change(item_label(k, model), value_text(before.get(k), k, model) if k in before else "",
                               value_text(after.get(k), k, model) if k in after else "") for k in keys)
        label = ACTIONS.get(event.action)
        if label is None and event.action.startswith("archive_"):
            label = ACTIONS["archive"]
        rows.append(TimelineEntry(event, str(label or _("业务办理")), changes))
    return rows
