"""Django validators over the pure identifier checks, with Chinese messages.

Every message names the field, so a form or an API caller knows what to fix.
"""
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .identifiers import IdProblem, normalise_resident_id, normalise_uscc, resident_id_problems, uscc_problems

RESIDENT_ID_MESSAGES = {
    IdProblem.EMPTY: _("身份证号码不能为空。"),
    IdProblem.LENGTH: _("身份证号码应为18位。"),
    IdProblem.CHARACTERS: _("身份证号码只能由17位数字和最后一位数字或X组成。"),
    IdProblem.REGION: _("身份证号码的地区码无效。"),
    IdProblem.BIRTH_DATE: _("身份证号码中的出生日期无效。"),
    IdProblem.CHECKSUM: _("身份证号码校验位不正确，请核对后重新输入。"),
}

USCC_MESSAGES = {
    IdProblem.EMPTY: _("统一社会信用代码不能为空。"),
    IdProblem.LENGTH: _("统一社会信用代码应为18位。"),
    IdProblem.CHARACTERS: _("统一社会信用代码含有不允许的字符（不使用I、O、S、V、Z）。"),
    IdProblem.REGION: _("统一社会信用代码的登记管理机关行政区划码无效。"),
    IdProblem.CHECKSUM: _("统一社会信用代码校验位不正确，请核对后重新输入。"),
}


def validate_resident_id(value: str) -> str:
    """Raise ValidationError listing every defect; return the normalised number."""
    problems = resident_id_problems(value)
    if problems:
        raise ValidationError([RESIDENT_ID_MESSAGES[p] for p in problems], code="invalid_resident_id")
    return normalise_resident_id(value)


def validate_uscc(value: str) -> str:
    problems = uscc_problems(value)
    if problems:
        raise ValidationError([USCC_MESSAGES[p] for p in problems], code="invalid_uscc")
    return normalise_uscc(value)


_PHONE_DIGITS = 11


def validate_mobile_phone(value: str) -> str:
    """Mainland mobile numbers: 11 digits starting with 1."""
    digits = (value or "").strip().replace(" ", "").replace("-", "")
    if len(digits) != _PHONE_DIGITS or not digits.isdigit() or not digits.startswith("1"):
        raise ValidationError(_("手机号码应为以1开头的11位数字。"), code="invalid_phone")
    return digits

# The largest values a form takes for a monthly pay and a headcount: far above any real one, and within every
# database's integer column, so an absurd number is refused on its field instead of failing on save.
MAX_MONTHLY_PAY = 10_000_000
MAX_HEADCOUNT = 100_000
