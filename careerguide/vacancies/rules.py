"""Pure rules of vacancy review and expiry (Beijing rules, Arts. 38, 39 and 41).

No Django import: plain values in, decisions with Chinese reasons and the
catalogue clause out.  Policy numbers (the maximum validity, BJ-41-2) are
parameters; the services read them from the policy app.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable, Mapping

TRUTHFULNESS, LEGALITY, VALIDITY, COMPLETENESS = "truthfulness", "legality", "validity", "completeness"
# The three criteria the reviewer judges (BJ-38-1); completeness (BJ-38-2) is checked automatically.
REVIEW_CRITERIA = (TRUTHFULNESS, LEGALITY, VALIDITY)
CRITERION_LABELS = {COMPLETENESS: "内容完整性", TRUTHFULNESS: "真实性", LEGALITY: "合法性", VALIDITY: "有效性"}

# BJ-38-2: what a posting must contain, in form order, with the field that holds it.
REQUIRED_CONTENT = (
    ("employer_profile", "用人单位基本情况"),
    ("headcount", "招用人数"),
    ("job_content", "工作内容"),
    ("requirements", "招录条件"),
    ("pay_min", "劳动报酬"),
    ("benefits", "福利待遇"),
    ("social_insurance", "社会保险"),
    ("valid_until", "有效期至"),
)
# Every free-text field of a posting is screened for discriminatory content (BJ-38-3).
SCREENED_FIELDS = ("title", "occupation_name", "employer_profile", "job_content", "requirements", "pay_note", "benefits",
                   "social_insurance")
FIELD_LABELS = dict(REQUIRED_CONTENT) | {"title": "岗位名称", "occupation_name": "职业", "pay_note": "劳动报酬说明",
                                         "pay_max": "劳动报酬上限", "work_district": "工作地点（区）"}


@dataclass(frozen=True)
class Defect:
    """One defect of a posting, listed in the one-time notice (BJ-5-7, BJ-39-2)."""

    criterion: str
    field: str
    code: str
    message: str
    clause: str
    phrase: str = ""
    start: int | None = None
    end: int | None = None

    @property
    def key(self) -> str:
        """Identity of the defect across versions: same criterion, field, kind and wording."""
        return "|".join((self.criterion, self.field, self.code, self.phrase))

    def to_dict(self) -> dict[str, Any]:
        return {"criterion": self.criterion, "field": self.field, "code": self.code, "message": self.message,
                "clause": self.clause, "phrase": self.phrase, "start": self.start, "end": self.end, "key": self.key}


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def content_defects(content: Mapping[str, Any]) -> list[Defect]:
    """BJ-38-2: a posting missing any required item cannot pass review."""
    defects = []
    for name, label in REQUIRED_CONTENT:
        value = content.get(name)
        if _blank(value) or (name in ("headcount", "pay_min") and (not isinstance(value, int) or value <= 0)):
            defects.append(Defect(COMPLETENESS, name, "missing", f"缺少“{label}”。", "BJ-38-2"))
    pay_min, pay_max = content.get("pay_min"), content.get("pay_max")
    if isinstance(pay_min, int) and isinstance(pay_max, int) and pay_max < pay_min:
        defects.append(Defect(COMPLETENESS, "pay_max", "pay_range", "劳动报酬上限不能低于下限。", "BJ-38-2"))
    return defects


def validity_defects(*, valid_until: date | None, today: date, max_validity_days: int,
                     licence_valid_until: date | None) -> list[Defect]:
    """Validity of the posting (BJ-38-1 有效性, BJ-41-2, Open question 21).

    The validity end date must not have passed and may lie at most
    ``max_validity_days`` calendar days after ``today``; the employer's certificate
    must still be valid on ``today`` (BJ-35-1: expired on the date means invalid).
    """
    defects = []
    if valid_until is not None:
        if valid_until < today:
            defects.append(Defect(VALIDITY, "valid_until", "validity_passed", "有效期截止日期已过。", "BJ-41-2"))
        elif valid_until > today + timedelta(days=max_validity_days):
            defects.append(Defect(VALIDITY, "valid_until", "validity_too_long",
                                  f"有效期最长为{max_validity_days}天（至{today + timedelta(days=max_validity_days)}）。",
                                  "BJ-41-2"))
    if licence_valid_until is not None and licence_valid_until < today:
        defects.append(Defect(VALIDITY, "employer_profile", "licence_expired",
                              f"用人单位证照有效期已于{licence_valid_until}届满。", "BJ-35-1"))
    return defects


def finding_defects(findings: Iterable[Mapping[str, Any]], overridden: Iterable[int] = ()) -> list[Defect]:
    """BJ-38-3: every screening finding not overridden by the reviewer is a legality defect."""
    skip = set(overridden)
    defects = []
    for index, finding in enumerate(findings):
        if index in skip:
            continue
        articles = "、".join(finding.get("articles") or ())
        defects.append(Defect(
            LEGALITY, finding["field"], f"discrimination:{finding['ground']}",
            f"“{finding['phrase']}”含{finding['ground_label']}歧视性内容（{articles}）。", "BJ-38-3",
            phrase=finding["phrase"], start=finding["start"], end=finding["end"]))
    return defects


@dataclass(frozen=True)
class ReviewOutcome:
    """The review of one version: a result per criterion and every defect (BJ-38-1, BJ-39-2)."""

    results: Mapping[str, bool]
    defects: tuple[Defect, ...]
    approved: bool
    clause: str = "BJ-38-1"
    reasons: tuple[str, ...] = field(default=())


def review_outcome(*, automatic: Iterable[Defect], judgments: Mapping[str, tuple[bool, str]]) -> ReviewOutcome:
    """Combine the automatic checks with the reviewer's judgment of each criterion.

    ``judgments`` maps each of ``REVIEW_CRITERIA`` to (passed, note).  A criterion
    fails if the reviewer fails it (the note becomes a defect) or if an automatic
    defect belongs to it; the reviewer cannot pass over an automatic defect.
    The posting is approved only when every criterion and completeness pass.
    """
    defects = list(automatic)
    for criterion in REVIEW_CRITERIA:
        if criterion not in judgments:
            raise ValueError(f"missing judgment for {criterion}")
        passed, note = judgments[criterion]
        if not passed:
            text = (note or "").strip() or "审核人员认定不符合要求。"
            defects.append(Defect(criterion, "", "reviewer", f"{CRITERION_LABELS[criterion]}：{text}", "BJ-38-1", phrase=text))
    failed = {d.criterion for d in defects}
    results = {c: c not in failed for c in (COMPLETENESS, *REVIEW_CRITERIA)}
    approved = all(results.values())
    reasons = tuple(d.message for d in defects)
    return ReviewOutcome(results=results, defects=tuple(defects), approved=approved, reasons=reasons)


def repeated_defects(*, defects: Iterable[Defect], earlier_keys: Iterable[str], earlier_content: Mapping[str, Any] | None,
                     content: Mapping[str, Any]) -> list[Defect]:
    """BJ-5-7 quality exception: defects of this notice that an earlier notice should have listed.

    A defect counts when its field is unchanged since the version reviewed
    earlier (so it was already there) and no earlier notice listed it.  Defects
    the reviewer raised without a field cannot be traced and are not counted.
    """
    if earlier_content is None:
        return []
    listed = set(earlier_keys)
    return [d for d in defects
            if d.field and d.key not in listed and d.field in content and earlier_content.get(d.field) == content.get(d.field)]


def expiry_reason(*, today: date, valid_until: date, headcount: int, filled: int,
                  licence_valid_until: date | None) -> str | None:
    """BJ-41-2 (Open question 21): why a published posting has expired on ``today``, or None.

    The validity end date is the last day of publication, so the posting expires
    the day after it.  A certificate valid until a date is valid on that date.
    """
    if filled >= headcount:
        return "filled"
    if today > valid_until:
        return "validity_ended"
    if licence_valid_until is not None and today > licence_valid_until:
        return "licence_expired"
    return None
