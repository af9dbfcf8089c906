"""Bulk import of registrations from .xlsx: every row checked, all saved or none (BJ-11-4, BJ-17-1)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.errors import DomainError
from careerguide.documents.spreadsheets import xlsx_rows

from ..channels import BUILTIN_CHANNELS
from ..choices import Education, RegistrationType
from .registration import job_seeker_register

HEADERS = ("姓名", "身份证号码", "联系电话", "采集渠道", "采集日期", "学历", "求职职业代码", "失业开始日期", "职业技能等级",
           "失业登记")
CHANNEL_BY_LABEL = {str(c.label): c.code for c in BUILTIN_CHANNELS}
EDUCATION_BY_LABEL = {str(label): value for value, label in Education.choices}
REGISTRATION_BY_LABEL = {str(label): value for value, label in RegistrationType.choices}


@dataclass
class RowError:
    row: int
    messages: list[str]


@dataclass
class ImportResult:
    saved: int = 0
    errors: list[RowError] = field(default_factory=list)
    missing_headers: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.missing_headers


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _day(value):
    if isinstance(value, dt.datetime):
        return value.date()
    return value or None


def _row_kwargs(values: dict) -> dict:
    channel_label = _text(values.get("采集渠道")) or str(BUILTIN_CHANNELS[0].label)
    return {
        "full_name": _text(values.get("姓名")), "id_number": _text(values.get("身份证号码")),
        "phone": _text(values.get("联系电话")), "channel": CHANNEL_BY_LABEL.get(channel_label, channel_label),
        "collected_on": _day(values.get("采集日期")),
        "profile": {"education": EDUCATION_BY_LABEL.get(_text(values.get("学历")), _text(values.get("学历"))),
                    "sought_occupation_code": _text(values.get("求职职业代码")),
                    "unemployed_since": _day(values.get("失业开始日期")),
                    "skill_level": _text(values.get("职业技能等级")) or None,
                    "registration_type": REGISTRATION_BY_LABEL.get(_text(values.get("失业登记")), _text(values.get("失业登记")))},
    }


@transaction.atomic
def registrations_import(*, actor, unit, data: bytes, now=None) -> ImportResult:
    """Register every row; if any row is refused, nothing at all is saved and every row's problems are listed."""
    try:
        missing, rows = xlsx_rows(data, expected_headers=HEADERS[:2])
    except Exception:  # noqa: BLE001 - any unreadable upload is a user error
        return ImportResult(missing_headers=[_("无法读取文件，请上传 .xlsx 格式的求职登记表。")])
    if missing:
        return ImportResult(missing_headers=missing)
    result = ImportResult()
    for number, values in rows:
        try:
            with transaction.atomic():
                job_seeker_register(actor=actor, unit=unit, now=now, **_row_kwargs(values))
            result.saved += 1
        except DomainError as exc:
            result.errors.append(RowError(number, [str(m) for m in exc.messages]))
    if result.errors:
        transaction.set_rollback(True)
        result.saved = 0
    return result
