"""De-identification of a typical case (SD-15-3): what in its text still identifies a client. Pure: no Django.

The scan finds resident ID numbers, mobile and landline numbers, e-mail addresses and street addresses with a
number, and every term the submitter names as identifying (the client's name, employer, school, village). It
cannot prove a text anonymous, which is why the submitter also attests the removal."""
from __future__ import annotations

import re
from dataclasses import dataclass

PATTERNS = (
    ("resident_id", "身份证号码", re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")),
    ("mobile", "手机号码", re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")),
    ("landline", "固定电话", re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)")),
    ("email", "电子邮箱", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("address", "门牌地址", re.compile(r"[\u4e00-\u9fa5]{1,12}(?:路|街|巷|弄|大道|胡同)\d+号")),
)


@dataclass(frozen=True)
class Finding:
    kind: str
    label: str
    text: str


def _masked(text: str) -> str:
    """The found text shown with its middle hidden, so the refusal does not repeat the data."""
    if len(text) <= 2:
        return text[0] + "*"
    keep = max(1, len(text) // 4)
    return text[:keep] + "*" * (len(text) - 2 * keep) + text[-keep:]


def identifying_findings(texts: list[str], *, terms: list[str] = ()) -> list[Finding]:
    """Everything in `texts` that still identifies a client: the patterns above and each of `terms` (blank terms
    and terms of one character are ignored)."""
    body = "\n".join(t or "" for t in texts)
    found = []
    for kind, label, pattern in PATTERNS:
        found += [Finding(kind, label, _masked(m.group(0))) for m in pattern.finditer(body)]
    for term in {t.strip() for t in terms if t and len(t.strip()) > 1}:
        if term in body:
            found.append(Finding("term", "指明的身份信息", _masked(term)))
    return found


def split_terms(raw: str) -> list[str]:
    """The identifying terms a submitter lists, one a line or separated by commas (、，,；;)."""
    return [t.strip() for t in re.split(r"[\n、，,；;]", raw or "") if t.strip()]
