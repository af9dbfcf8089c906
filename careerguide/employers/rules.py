"""Pure rules of employer service (no Django import): plain values in, decisions out.

Each function names the clause it applies; policy numbers are parameters.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping

# ---------------------------------------------------------------------------
# Verification (BJ-35-1, BJ-35-2) and the one-time notice (BJ-5-7)
# ---------------------------------------------------------------------------

# Defects the system finds by itself, and the submitted fields each one is about.
AUTOMATIC_DEFECT_FIELDS: Mapping[str, tuple[str, ...]] = {
    "uscc_invalid": ("credit_code",),
    "uscc_mismatch": ("credit_code",),
    "licence_type_missing": ("licence_type",),
    "licence_number_missing": ("licence_number",),
    "licence_expired": ("licence_valid_until",),
    "agent_name_missing": ("agent_name",),
    "agent_id_invalid": ("agent_id_number",),
    "poa_missing": ("power_of_attorney_ref",),
    "poa_expired": ("power_of_attorney_valid_until",),
}
# Defects only a reviewer can find (comparing with shared data or the originals).
MANUAL_DEFECT_FIELDS: Mapping[str, tuple[str, ...]] = {
    "licence_data_mismatch": ("licence_type", "licence_number", "licence_valid_until"),
    "poa_not_sealed": ("power_of_attorney_ref",),
    "poa_agent_not_named": ("power_of_attorney_ref", "agent_name"),
    "agent_id_not_matching": ("agent_name", "agent_id_number"),
}
DEFECT_FIELDS: Mapping[str, tuple[str, ...]] = {**AUTOMATIC_DEFECT_FIELDS, **MANUAL_DEFECT_FIELDS}


@dataclass(frozen=True)
class Submission:
    credit_code_problems: tuple[str, ...]
    credit_code_matches_employer: bool
    licence_type: str
    licence_number: str
    licence_valid_until: dt.date | None
    agent_name: str
    agent_id_problems: tuple[str, ...]
    power_of_attorney_ref: str
    power_of_attorney_valid_until: dt.date | None


def certificate_expired(valid_until: dt.date | None, on: dt.date) -> bool:
    """BJ-35-1: a certificate valid until D is still valid on D and expired from D+1; none = long-term."""
    return valid_until is not None and valid_until < on


def verification_defects(s: Submission, *, on: dt.date, manual: Iterable[str] = ()) -> list[str]:
    """Every defect of one submission at once (BJ-35-1, BJ-35-2, BJ-5-7), in a stable order."""
    found = []
    if s.credit_code_problems:
        found.append("uscc_invalid")
    elif not s.credit_code_matches_employer:
        found.append("uscc_mismatch")
    if not s.licence_type:
        found.append("licence_type_missing")
    if not s.licence_number.strip():
        found.append("licence_number_missing")
    if certificate_expired(s.licence_valid_until, on):
        found.append("licence_expired")
    if not s.agent_name.strip():
        found.append("agent_name_missing")
    if s.agent_id_problems:
        found.append("agent_id_invalid")
    if not s.power_of_attorney_ref.strip():
        found.append("poa_missing")
    elif certificate_expired(s.power_of_attorney_valid_until, on):
        found.append("poa_expired")
    unknown = [m for m in manual if m not in MANUAL_DEFECT_FIELDS]
    if unknown:
        raise ValueError(f"unknown manual defects: {unknown}")
    found.extend(code for code in MANUAL_DEFECT_FIELDS if code in set(manual))
    return found


def late_defects(*, current: Iterable[str], current_fingerprints: Mapping[str, str], first_notified: Iterable[str],
                 first_fingerprints: Mapping[str, str]) -> list[str]:
    """BJ-5-7: the items of a later notice that were already defective at the first review.

    Automatic checks are computed in full at every review, so an automatic item
    absent from the first notice was not defective then.  A reviewer's item was
    already defective at the first review when every submitted field it concerns
    is unchanged since then; raising it only now is a quality exception."""
    notified = set(first_notified)
    late = []
    for code in current:
        if code in notified or code not in MANUAL_DEFECT_FIELDS:
            continue
        if all(first_fingerprints.get(f) == current_fingerprints.get(f) for f in MANUAL_DEFECT_FIELDS[code]):
            late.append(code)
    return late


# ---------------------------------------------------------------------------
# Industry catalogue (BJ-44-1, BJ-44-2, BJ-45-2)
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class CatalogueRow:
    industry_code: str
    measure: str
    region_path: str | None  # None: city-wide


def catalogue_hits(*, industry_code: str, rows: Iterable[CatalogueRow], target_path: str) -> list[CatalogueRow]:
    """Rows of the edition in force that cover `industry_code` in the region at `target_path`.

    A row covers a code when the code starts with the row's code (classification
    prefixes: "C26" covers "C2611") and the row is city-wide or its region
    contains the target agency ("该区域", BJ-45-2)."""
    code = (industry_code or "").strip().upper()
    if not code:
        return []
    return [r for r in rows if code.startswith(r.industry_code.strip().upper())
            and (r.region_path is None or target_path.startswith(r.region_path))]


# ---------------------------------------------------------------------------
# Who serves a key enterprise (BJ-44-3, BJ-44-5, BJ-44-6)
# ---------------------------------------------------------------------------

SIGNING_LEVELS = ("street", "district")  # open question 37: never the city agency


def signing_level_allowed(level: str, allowed: Iterable[str] = SIGNING_LEVELS) -> bool:
    """BJ-44-3: a street/township agency or a district agency serving directly signs; never the city."""
    return level in tuple(allowed) and level != "city"


def serving_unit_allowed(*, serving_path: str, registered_path: str | None, operating_path: str | None) -> bool:
    """BJ-44-5: the serving agency covers the registered address or the operating address
    (the enterprise chooses when they differ).  With neither recorded there is nothing to check."""
    areas = [p for p in (registered_path, operating_path) if p]
    return not areas or any(p.startswith(serving_path) for p in areas)


def transfer_approver_level(*, from_district_id: int | None, to_district_id: int | None) -> str:
    """BJ-44-6: the district approves a move within itself, the city a move between districts."""
    return "district" if from_district_id is not None and from_district_id == to_district_id else "city"


# ---------------------------------------------------------------------------
# Calendar quarters (BJ-48-5, BJ-48-6, BJ-48-7; open question 19)
# ---------------------------------------------------------------------------

@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> dt.date:
        nxt = self.next()
        return nxt.start - dt.timedelta(days=1)

    def next(self) -> "Quarter":
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"


def quarter_of(d: dt.date) -> Quarter:
    return Quarter(d.year, (d.month - 1) // 3 + 1)


@dataclass(frozen=True)
class QuarterContactState:
    quarter: Quarter
    contacts: int
    days_left: int
    met: bool
    warning: bool


def quarter_contact_state(*, today: dt.date, contact_dates: Iterable[dt.date], min_contacts: int,
                          warning_days: int) -> QuarterContactState:
    """BJ-48-5/BJ-48-7: two-way contacts in the calendar quarter of `today`; a warning
    when the minimum is not met and at most `warning_days` calendar days remain
    (15 before 31 March: from 16 March)."""
    q = quarter_of(today)
    count = sum(1 for d in contact_dates if q.start <= d <= today)
    days_left = (q.end - today).days
    met = count >= min_contacts
    return QuarterContactState(q, count, days_left, met, (not met) and days_left <= warning_days)


def quarter_warning_date(*, quarter: Quarter, warning_days: int) -> dt.date:
    """BJ-48-7: the first day of the warning, `warning_days` calendar days before the quarter's last day
    (15 days: 16 March for Q1, 15 June for Q2), the same day `quarter_contact_state` starts warning."""
    return quarter.end - dt.timedelta(days=warning_days)


def hiring_plan_stale(*, plan: Quarter | None, today: dt.date) -> bool:
    """BJ-48-6: the hiring plan should cover the coming quarter; a plan whose quarter has ended is stale."""
    return plan is None or plan.end < today

