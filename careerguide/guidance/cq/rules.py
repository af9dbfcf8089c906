"""Pure rules of the Chongqing guidance service standard T/CQTSHRA 002-2024 (no Django import).

Each function takes plain values (dates, counts, policy numbers, a WorkCalendar-like object) and returns a
decision; the clause is in the docstring.  Services gather the facts and store the outcome.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from careerguide.common.months import add_months

STANDARD = "T/CQTSHRA 002-2024"  # CQ-1-2: the basis recorded on every check, report and form
STANDARD_PUBLISHED = dt.date(2024, 2, 28)

# CQ-2-1: the normative references of clause 2, each dated; only the cited edition applies.
NORMATIVE_REFERENCES = (
    ("GB/T 33554", 2017, "职业指导服务规范"),
    ("GB/T 33527", 2017, "公共就业服务总则"),
    ("GB/T 33553", 2017, "公共就业服务中心设施设备要求"),
    ("GB/T 33531", 2017, "就业援助服务规范"),
    ("GB/T 33532", 2017, "就业登记管理服务规范"),
    ("GB/T 33534", 2017, "失业登记管理服务规范"),
    ("GB/T 33535", 2017, "职业介绍服务规范"),
    ("GB/T 30663", 2014, "人才测评服务业务规范"),
    ("GB/T 19038", 2009, "顾客满意测评模型和方法指南"),
    ("GB/T 19039", 2009, "顾客满意测评通则"),
)

# CQ-7.1.10-1, CQ-2-3 … CQ-2-8: the standard each public employment service item is run under.
ITEM_STANDARDS = {"job_introduction": "GB/T 33535", "employment_registration": "GB/T 33532",
                  "unemployment_registration": "GB/T 33534", "employment_assistance": "GB/T 33531"}
GENERAL_RULES = "GB/T 33527"

# CQ-7.1.9-1: the data an employment-practice guidance record rests on.
PRACTICE_DATA_TOPICS = ("local_economy", "wage_levels", "labour_force_structure")

# CQ-7.2.2-2: the seven fixed archive item codes.
ARCHIVE_ITEMS = ("appointment_registration_form", "worker_personal_documents", "guidance_process_record",
                 "group_session_recording", "assessment_and_ability_reports", "case_referral_form",
                 "satisfaction_feedback_form")
ALWAYS_REQUIRED = ("appointment_registration_form", "worker_personal_documents", "guidance_process_record",
                   "satisfaction_feedback_form")

# CQ-4.4-5 / CQ-8.2-1: the only bases on which client information leaves the agency.
DISCLOSURE_BASES = ("consent", "safety_escalation", "legal_obligation")

# CQ-8.1.1-1: referral triggers.
REFERRAL_TRIGGERS = ("obstructing_factor", "beyond_guidance_scope", "counsellor_unable")

# CQ-6.1.7-1: how a worker confirms goals, a plan or an assessment plan (signature, online, verbal consent noted).
CONFIRMATION_METHODS = ("signature", "online", "verbal")

# CQ-6.1.1-1: the four groups of career information (the list is open).
CAREER_INFO_GROUPS = ("basic_situation", "work_experience", "job_search_intention", "job_search_difficulty")


def material_deadline(session_day: dt.date, lead_workdays: int, calendar) -> dt.date:
    """CQ-7.1.2-1, CQ-7.1.2-2: materials are due on the working day that lies `lead_workdays` working days
    before the session day (Wednesday session → Monday; Monday session → previous Thursday, absent holidays);
    make-up working days count, weekends and statutory holidays do not."""
    return calendar.add_workdays(session_day, -lead_workdays)


def delivery_status(*, delivered_on: dt.date | None, registered_on: dt.date, deadline: dt.date,
                    today: dt.date) -> str:
    """CQ-7.1.2-1, CQ-7.1.2-3: 'on_time' (delivered on or before the deadline day), 'late' (after it, or still
    missing once the deadline has passed), 'late_registrant' (registered after the deadline: not a breach),
    or 'pending' (not yet delivered, deadline not passed)."""
    if registered_on > deadline:
        return "late_registrant"
    if delivered_on is not None:
        return "on_time" if delivered_on <= deadline else "late"
    return "late" if today > deadline else "pending"


def needs_reverification(last_verified_on: dt.date | None, today: dt.date, days: int) -> bool:
    """CQ-4.4-3: a record not verified for more than `days` calendar days is due (exactly `days` is not)."""
    return last_verified_on is None or (today - last_verified_on).days > days


def backup_overdue(last_success_on: dt.date | None, today: dt.date, interval_days: int) -> bool:
    """CQ-4.4-4: a successful backup at least every `interval_days` calendar days (default daily)."""
    return last_success_on is None or (today - last_success_on).days > interval_days


def first_follow_up_due(activated_on: dt.date, workdays: int, calendar) -> dt.date:
    """CQ-6.1.5-1: first follow-up within `workdays` working days after plan activation."""
    return calendar.add_workdays(activated_on, workdays)


def next_follow_up_due(held_on: dt.date, max_interval_days: int, requested: dt.date | None = None) -> dt.date:
    """CQ-6.1.5-1: the next follow-up at most `max_interval_days` calendar days after the last one; an earlier
    agreed date wins."""
    latest = held_on + dt.timedelta(days=max_interval_days)
    return min(requested, latest) if requested else latest


def plan_review_due(*, plan_end: dt.date, today: dt.date, employed: bool) -> bool:
    """CQ-6.1.6-1: the review starts on the calendar day after the plan end date, never for an employed worker."""
    return not employed and today > plan_end


def withdrawal_allowed(*, reason: str, contact_attempts: int, last_contact_on: dt.date | None, today: dt.date,
                       min_attempts: int, unreachable_days: int) -> bool:
    """CQ-6.1-4: the worker withdrew, or could not be reached for `unreachable_days` calendar days after
    `min_attempts` documented contact attempts."""
    if reason == "worker_withdrew":
        return True
    return (contact_attempts >= min_attempts and last_contact_on is not None
            and (today - last_contact_on).days >= unreachable_days)


def archive_missing(*, present: Iterable[str], group_recording_expected: bool, assessed: bool,
                    referral_handed_over: bool) -> list[str]:
    """CQ-7.2.2-3: (a)(b)(c)(g) always; (d) when a group session was attended and recording allowed; (e) when an
    assessment or ability evaluation was done; (f) when a referral reached handed_over."""
    required = list(ALWAYS_REQUIRED)
    if group_recording_expected:
        required.append("group_session_recording")
    if assessed:
        required.append("assessment_and_ability_reports")
    if referral_handed_over:
        required.append("case_referral_form")
    have = set(present)
    return [code for code in ARCHIVE_ITEMS if code in required and code not in have]


def referral_initiation_due(trigger_recorded_on: dt.date, workdays: int, calendar) -> dt.date:
    """CQ-8.1.1-2: a referral must be initiated by the end of the next working day after the trigger record."""
    return calendar.add_workdays(trigger_recorded_on, workdays)


def training_shortfall(hours: float, minimum: float) -> bool:
    """CQ-4.6.2-4: fewer class hours in the calendar year than the minimum (exactly the minimum complies)."""
    return hours < minimum


def hiring_need_fill_due(*, required_by: dt.date, recruiting_started_on: dt.date, overdue_days: int) -> dt.date:
    """CQ-6.2.3-1: the last day a hiring need still counts as filled in time.  It is not filled in time ("不能通过
    现有职业介绍服务及时招聘到") when still unfilled at the earlier of its required-by date and `overdue_days` calendar
    days after recruiting started, so the day before that is the due date of the duty to fill it."""
    return min(required_by, recruiting_started_on + dt.timedelta(days=overdue_days)) - dt.timedelta(days=1)


def retention_until(closed_on: dt.date, years: int) -> dt.date:
    """CQ-7.2.2-4: archived items are kept `years` years after case closure (29 February → 28 February)."""
    return add_months(closed_on, 12 * years)


def dated_edition(citation: str) -> str | None:
    """CQ-2-1: the edition of a clause-2 reference that applies, whatever year (or none) the citation gives —
    "按照GB/T33535" and "GB/T 33535-2025" both mean GB/T 33535-2017; None when the number is not in clause 2."""
    found = re.search(r"GB\s*/\s*T\s*(\d+)", (citation or "").upper().replace("／", "/"))
    if found is None:
        return None
    for number, year, _title in NORMATIVE_REFERENCES:
        if number == f"GB/T {found.group(1)}":
            return f"{number}-{year}"
    return None


def item_basis(item: str) -> str:
    """CQ-7.1.10-1, CQ-2-1: the dated standard a public employment service item is provided under."""
    return dated_edition(ITEM_STANDARDS.get(item, GENERAL_RULES))


def qualification_valid(*, issued_on: dt.date, expires_on: dt.date | None, on: dt.date) -> bool:
    """CQ-4.1-1: a qualification is valid from its issue date through its expiry date (none: no expiry)."""
    return issued_on <= on and (expires_on is None or on <= expires_on)


def qualification_warning_on(expires_on: dt.date, warning_days: int) -> dt.date:
    """CQ-4.1-1: the agency head is warned `warning_days` calendar days before the expiry date."""
    return expires_on - dt.timedelta(days=warning_days)


def missing_document_types(*, in_effect: Iterable[str], required: Iterable[str]) -> list[str]:
    """CQ-4.1-3: the required management-system document types with no entry in effect."""
    have = set(in_effect)
    return [t for t in required if t not in have]


def public_computers_short(in_service: int, minimum: int) -> bool:
    """CQ-4.2-3: fewer in-service public internet computers than the minimum ("3台或以上": exactly 3 complies)."""
    return in_service < minimum


def update_due(changed_on: dt.date, workdays: int, calendar) -> dt.date:
    """CQ-7.1.1-3: display content and handbooks using a changed policy item are updated within `workdays`."""
    return calendar.add_workdays(changed_on, workdays)


def copy_disposal_allowed(*, retained: int, minimum: int) -> bool:
    """CQ-4.4-4: a backup copy may go only while at least `minimum` copies remain afterwards."""
    return retained - 1 >= minimum


def training_check_day(year: int, month_day: str) -> dt.date:
    """CQ-4.6.2-4: the day of the year ("MM-DD") on which staff below the minimum are flagged."""
    month, day = (int(x) for x in month_day.split("-"))
    return dt.date(year, month, day)


def training_flagged(*, hours: float, minimum: float, today: dt.date, check_day: dt.date) -> bool:
    """CQ-4.6.2-4: flagged from the check day on while the year's hours are below the minimum."""
    return today >= check_day and training_shortfall(hours, minimum)


def recommendation_problems(*, verified: Iterable[str], required: Iterable[str], valid_from: dt.date,
                            valid_until: dt.date, on: dt.date) -> list[str]:
    """CQ-7.1.5-2: what keeps an institution from being recommended on `on` — an attribute not verified, or a
    qualification not valid that day (valid through its last day)."""
    have = set(verified)
    problems = [f"unverified:{a}" for a in required if a not in have]
    if not valid_from <= on <= valid_until:
        problems.append("qualification_not_valid")
    return problems


def period_of(day: dt.date, months: int) -> tuple[dt.date, dt.date]:
    """CQ-9.2.1-2, CQ-9.2.2-1: the period of `months` months (counted from 1 January) that holds `day` — a
    calendar quarter for 3, the calendar year for 12."""
    index = (day.year * 12 + day.month - 1) // months
    start = dt.date(index * months // 12, index * months % 12 + 1, 1)
    return start, add_months(start, months) - dt.timedelta(days=1)


def finding_closable(verified: Iterable[bool]) -> bool:
    """CQ-9.1.3-1: a finding closes only when it has actions and every one of them is verified."""
    flags = list(verified)
    return bool(flags) and all(flags)
