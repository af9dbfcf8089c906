"""Pure rules of the job-seeker chapter (Beijing rules, chapter 2).

Routing after grading (BJ-13-*), the 6-month no-contact stop for registered
unemployed persons (BJ-13-5 to BJ-13-7) and the job-readiness test with its
advice duty (BJ-15-1, BJ-15-3).

No Django import and no I/O: every function takes plain values and returns a
small frozen decision carrying the user-facing ``reasons`` (Chinese) and the
catalogue ``clause`` it implements.

Policy numbers are never written inside a rule body. They are parameters whose
defaults come from ``POLICY_DEFAULTS`` (the policy registry's defaults with their
clauses); services pass the jurisdiction's values read with ``policy_number``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType
from typing import Iterable, Mapping

from careerguide.common.months import add_months
from careerguide.policy.registry import setting_get

# ---------------------------------------------------------------------------
# Named policy defaults
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PolicyDefault:
    """One named policy number, the clause it comes from, and a short note."""

    value: int
    clause: str
    note: str


def _from_registry(name: str) -> PolicyDefault:
    setting = setting_get(f"bj.{name}")
    return PolicyDefault(value=setting.default, clause=setting.clause, note=str(setting.note or ""))


#: The numbers these rules read, with the registry's defaults (the jurisdiction's values come from the
#: services through ``policy_number``); the registry (``careerguide.policy.registry``) is the one source.
POLICY_DEFAULTS: Mapping[str, PolicyDefault] = MappingProxyType(
    {name: _from_registry(name) for name in (
        "key_tier_min_level",       # BJ-12-2: levels 3 and 4 are the key-support tier
        "no_contact_stop_months",   # BJ-13-5: strictly more than (BJ-13-6)
        "job_ready_start_days",     # BJ-15-1: "2周", inclusive
        "ledger_creation_days",     # BJ-11-1: 0 = the day the information is collected
    )}
)


def _default(name: str) -> int:
    return POLICY_DEFAULTS[name].value


# ---------------------------------------------------------------------------
# Enumerations used by the rules
# ---------------------------------------------------------------------------

#: BJ-13-4: the registration held by the person, if any.
REGISTRATION_URBAN_UNEMPLOYMENT = "urban_unemployment"
REGISTRATION_RURAL_TRANSFER = "rural_transfer"
REGISTRATION_TYPES = frozenset({REGISTRATION_URBAN_UNEMPLOYMENT, REGISTRATION_RURAL_TRANSFER})

#: Procedures that BJ-13-2 advice can name.
PROCEDURE_UNEMPLOYMENT_REGISTRATION = "unemployment_registration"
PROCEDURE_TRANSFER_EMPLOYMENT_REGISTRATION = "transfer_employment_registration"
PROCEDURE_DIFFICULTY_CERTIFICATION = "difficulty_certification"

PROCEDURE_LABELS_ZH: Mapping[str, str] = MappingProxyType(
    {
        PROCEDURE_UNEMPLOYMENT_REGISTRATION: "失业登记",
        PROCEDURE_TRANSFER_EMPLOYMENT_REGISTRATION: "转移就业登记",
        PROCEDURE_DIFFICULTY_CERTIFICATION: "就业困难人员认定",
    }
)

#: Routes out of BJ-13.
ROUTE_ASSISTANCE = "assistance"  # Chapter 3, refined employment assistance
ROUTE_CHAPTER2 = "chapter2"  # Chapter 2 services continue

#: BJ-2-4: who initiated a service contact.
INITIATED_BY_AGENCY = "agency"
INITIATED_BY_CLIENT = "client"
INITIATORS = frozenset({INITIATED_BY_AGENCY, INITIATED_BY_CLIENT})


# ---------------------------------------------------------------------------
# BJ-13-1 to BJ-13-4: routing after grading
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RoutingDecision:
    """Where a graded job seeker goes, and whether BJ-13-2 advice is due.

    ``route`` is ``"assistance"`` (Chapter 3) or ``"chapter2"`` (Chapter 2
    services continue, BJ-13-3). ``policy_advice_required`` is True when the
    person is in the key tier and lacks a procedure; ``missing_procedures``
    then names each one (identifiers from ``PROCEDURE_LABELS_ZH``). Advice never
    stops services: a person who does not complete the procedures stays on
    ``"chapter2"`` with no deadline.
    """

    route: str
    policy_advice_required: bool
    missing_procedures: tuple[str, ...]
    reasons: tuple[str, ...]
    clause: str


def route_job_seeker(
    *,
    job_seeking_registered: bool,
    level: int | None,
    registration_type: str | None,
    difficulty_certified: bool,
    bj_rural_labour: bool,
    key_tier_min_level: int = _default("key_tier_min_level"),
) -> RoutingDecision:
    """Apply Article 13 paras 1 and 2 (BJ-13-1 to BJ-13-4).

    Readings:

    * Chapter 3 eligibility is certification plus job-seeking registration at
      any level (BJ-13-1, Open question 9). ``level`` may be None (not yet
      graded) for this test.
    * BJ-13-2 advice is due only in the key tier. The registration counts if it
      is either type in BJ-13-4. The missing registration is named as
      ``transfer_employment_registration`` for Beijing rural labour and
      ``unemployment_registration`` otherwise.
    * A certified key-tier person without a registration goes to Chapter 3
      (BJ-13-1) and still gets the advice, because para 2's first case
      ("未办理失业登记") covers them too.
    """
    if level is not None and (isinstance(level, bool) or level not in (1, 2, 3, 4)):
        raise ValueError(f"level must be 1, 2, 3, 4 or None, not {level!r}")
    if registration_type is not None and registration_type not in REGISTRATION_TYPES:
        raise ValueError(f"unknown registration type {registration_type!r}")

    key_tier = level is not None and level >= key_tier_min_level
    missing = _missing_procedures(key_tier=key_tier, registered=registration_type is not None,
                                  bj_rural_labour=bj_rural_labour, difficulty_certified=difficulty_certified)
    advice_reason = _advice_reason(level, missing) if missing else ""
    if job_seeking_registered and difficulty_certified:
        level_text = "尚未分级" if level is None else f"就业困难等级{level}级"
        reasons = [
            f"已在公共就业服务机构进行求职登记并经就业困难人员认定（{level_text}），"
            "转入就业援助服务（第三章）。"
        ]
        if missing:
            reasons.append(advice_reason)
        return RoutingDecision(route=ROUTE_ASSISTANCE, policy_advice_required=bool(missing),
                               missing_procedures=tuple(missing), reasons=tuple(reasons), clause="BJ-13-1")
    if missing:
        return RoutingDecision(
            route=ROUTE_CHAPTER2, policy_advice_required=True, missing_procedures=tuple(missing),
            reasons=(advice_reason, "未办理相关手续的，继续提供第二章规定的相关服务。"), clause="BJ-13-2")
    return RoutingDecision(route=ROUTE_CHAPTER2, policy_advice_required=False, missing_procedures=(),
                           reasons=(_chapter2_reason(job_seeking_registered, level),), clause="BJ-13-1")


def _missing_procedures(*, key_tier: bool, registered: bool, bj_rural_labour: bool,
                        difficulty_certified: bool) -> list[str]:
    """BJ-13-2, BJ-13-4: the procedures a key-tier person lacks (none outside the key tier)."""
    missing: list[str] = []
    if key_tier:
        if not registered:
            missing.append(
                PROCEDURE_TRANSFER_EMPLOYMENT_REGISTRATION if bj_rural_labour else PROCEDURE_UNEMPLOYMENT_REGISTRATION
            )
        if not difficulty_certified:
            missing.append(PROCEDURE_DIFFICULTY_CERTIFICATION)
    return missing


def _advice_reason(level: int | None, missing: list[str]) -> str:
    missing_zh = "、".join(PROCEDURE_LABELS_ZH[p] for p in missing)
    return (
        f"经评估达到重点帮扶对象等级（{level}级），但未办理{missing_zh}："
        f"应提供政策咨询，并建议其到有关部门办理{missing_zh}手续。"
    )


def _chapter2_reason(job_seeking_registered: bool, level: int | None) -> str:
    if not job_seeking_registered:
        return "尚未在公共就业服务机构进行求职登记，继续提供第二章规定的相关服务。"
    if level is None:
        return "尚未进行就业困难程度分级，继续提供第二章规定的相关服务。"
    return f"就业困难等级{level}级，属一般帮扶对象等级，继续提供第二章规定的相关服务。"


# ---------------------------------------------------------------------------
# BJ-13-5 to BJ-13-7: the 6-month no-contact stop
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Contact:
    """One recorded contact between the person and a PES agency (BJ-2-4).

    ``reached`` matters only for agency-initiated contacts: a client-initiated
    contact (visit, call, online action, fair attendance, reply) reaches the
    agency by its nature.
    """

    occurred_on: date
    initiated_by: str
    reached: bool = True

    def __post_init__(self) -> None:
        if self.initiated_by not in INITIATORS:
            raise ValueError(f"initiated_by must be 'agency' or 'client', not {self.initiated_by!r}")

    @property
    def two_way(self) -> bool:
        """BJ-13-7: client-initiated, or agency-initiated and the person was reached."""
        return self.initiated_by == INITIATED_BY_CLIENT or self.reached


def last_two_way_contact(contacts: Iterable[Contact], *, on: date) -> date | None:
    """Date of the latest two-way contact on or before ``on`` (BJ-13-7), or None."""
    dates = [c.occurred_on for c in contacts if c.two_way and c.occurred_on <= on]
    return max(dates) if dates else None


@dataclass(frozen=True)
class NoContactStopDecision:
    """Outcome of the BJ-13-5 test on one date.

    ``applies`` is False when the person is outside the rule (not registered
    unemployed, or a willing-but-unregistered survey target under BJ-21-4).
    ``stop`` is True when the person must be reported to the registration
    authority and services stop. ``stop_from`` is the first date on which the
    stop is true for the current last contact (add_months(L, months) + 1 day).
    """

    applies: bool
    stop: bool
    last_contact: date | None
    stop_from: date | None
    reasons: tuple[str, ...]
    clause: str


def no_contact_stop(
    *,
    on: date,
    registration_type: str | None,
    contacts: Iterable[Contact],
    relationship_started_on: date | None = None,
    willing_unregistered_survey_target: bool = False,
    months: int = _default("no_contact_stop_months"),
) -> NoContactStopDecision:
    """Is the BJ-13-5 stop due on ``on``?

    * Only urban registered unemployed persons are covered. Rural labour with
      only a transfer-employment registration is not (BJ-13-4, BJ-13-5, Open
      question 36), nor are willing-but-unregistered survey targets (BJ-21-4
      governs them). The rule applies at every difficulty level, so no level
      is taken.
    * L is the latest two-way contact on or before ``on`` (BJ-13-7). If none is
      recorded, ``relationship_started_on`` (for example the registration date,
      itself a contact with the agency) is used; a recorded contact later than
      that date wins.
    * The stop is true only on dates strictly after ``add_months(L, months)``
      (BJ-13-6).
    """
    if registration_type is not None and registration_type not in REGISTRATION_TYPES:
        raise ValueError(f"unknown registration type {registration_type!r}")
    if registration_type != REGISTRATION_URBAN_UNEMPLOYMENT:
        return _not_applicable(f"非登记失业人员，不适用超过{months}个月未联系停止服务的规定。")
    if willing_unregistered_survey_target:
        return _not_applicable("有就业意愿但暂未求职登记的摸查对象，适用跟踪摸查的停止规定。")

    anchors = [
        d
        for d in (last_two_way_contact(contacts, on=on), relationship_started_on)
        if d is not None and d <= on
    ]
    if not anchors:
        raise ValueError(
            "no two-way contact on or before the evaluation date and no relationship start date"
        )
    last_contact = max(anchors)
    stop_from = add_months(last_contact, months) + timedelta(days=1)
    stop = on >= stop_from
    return NoContactStopDecision(
        applies=True,
        stop=stop,
        last_contact=last_contact,
        stop_from=stop_from,
        reasons=(_stop_reason(stop=stop, last_contact=last_contact, stop_from=stop_from, months=months),),
        clause=NO_CONTACT_CLAUSE,
    )


NO_CONTACT_CLAUSE = "BJ-13-5"


def _not_applicable(reason: str) -> NoContactStopDecision:
    return NoContactStopDecision(applies=False, stop=False, last_contact=None, stop_from=None, reasons=(reason,),
                                 clause=NO_CONTACT_CLAUSE)


def _stop_reason(*, stop: bool, last_contact: date, stop_from: date, months: int) -> str:
    if stop:
        return (
            f"最近一次联系为{last_contact.isoformat()}，已超过{months}个月未与公共就业服务机构联系："
            "应及时向就失业登记管理部门反馈有关情况，不再提供相关公共就业服务。"
        )
    return (
        f"最近一次联系为{last_contact.isoformat()}，未超过{months}个月；"
        f"如仍无联系，自{stop_from.isoformat()}起停止服务。"
    )


# ---------------------------------------------------------------------------
# BJ-15-1 and BJ-15-3: job readiness
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadinessAssessment:
    """A dated job-readiness assessment (BJ-15-1).

    ``earliest_start`` is the earliest date the person could start work if a
    hiring notice arrived on ``assessed_on``; ``latest_acceptable_start`` is
    ``assessed_on`` plus the allowed days. ``advice_required`` is True when the
    person is not job-ready or their preparation is insufficient (BJ-15-3).
    """

    assessed_on: date
    job_ready: bool
    preparation_insufficient: bool
    earliest_start: date
    latest_acceptable_start: date
    advice_required: bool
    reasons: tuple[str, ...]
    clause: str


def assess_job_readiness(
    *,
    assessed_on: date,
    start_lead_days: int,
    available_from: date | None = None,
    preparation_insufficient: bool = False,
    max_start_days: int = _default("job_ready_start_days"),
) -> ReadinessAssessment:
    """Apply the 14-calendar-day test of Art. 15 para 2 (BJ-15-1, Open question 10).

    ``start_lead_days`` is the staff's finding of how many calendar days the
    person needs between receiving a hiring notice and starting work (0 means
    they can start on the day the notice arrives). ``available_from`` is an
    optional date before which the person cannot start at all (for example the
    end of a course or a notice period).

    The notice day is not counted and "2周内" is inclusive, so with a notice on
    ``assessed_on`` the person is job-ready when they can start on or before
    ``assessed_on + max_start_days``.
    """
    if isinstance(start_lead_days, bool) or start_lead_days < 0:
        raise ValueError("start_lead_days must be a non-negative integer")

    earliest = assessed_on + timedelta(days=start_lead_days)
    if available_from is not None and available_from > earliest:
        earliest = available_from
    latest = assessed_on + timedelta(days=max_start_days)
    ready = earliest <= latest

    reasons: list[str] = []
    if ready:
        reasons.append(
            f"收到聘用通知后{max_start_days}天内可上岗（最早{earliest.isoformat()}），具备上岗条件。"
        )
    else:
        reasons.append(
            f"最早{earliest.isoformat()}方可上岗，晚于收到聘用通知后{max_start_days}天"
            f"（{latest.isoformat()}），暂时不具备上岗条件。"
        )
    if preparation_insufficient:
        reasons.append("就业准备不足。")
    advice_required = (not ready) or preparation_insufficient
    if advice_required:
        reasons.append("应为其提出相关咨询意见。")

    return ReadinessAssessment(
        assessed_on=assessed_on,
        job_ready=ready,
        preparation_insufficient=preparation_insufficient,
        earliest_start=earliest,
        latest_acceptable_start=latest,
        advice_required=advice_required,
        reasons=tuple(reasons),
        clause="BJ-15-1",
    )


@dataclass(frozen=True)
class AdviceCheck:
    """Whether a readiness assessment may be saved with the advice given (BJ-15-3)."""

    ok: bool
    reasons: tuple[str, ...]
    clause: str


def check_readiness_advice(assessment: ReadinessAssessment, advice: str | None) -> AdviceCheck:
    """Refuse a not-ready (or insufficient-preparation) assessment without advice.

    Advice made only of whitespace counts as missing.
    """
    has_advice = advice is not None and advice.strip() != ""
    if assessment.advice_required and not has_advice:
        return AdviceCheck(
            ok=False,
            reasons=("暂时不具备上岗条件或就业准备不足的，必须填写咨询意见。",),
            clause="BJ-15-3",
        )
    return AdviceCheck(ok=True, reasons=(), clause="BJ-15-3")


# ---------------------------------------------------------------------------
# BJ-11-1 and BJ-11-4: the ledger is created on the day of collection
# ---------------------------------------------------------------------------


def ledger_created_late(
    *,
    collected_on: date,
    created_on: date,
    creation_days: int = _default("ledger_creation_days"),
) -> bool:
    """Whether a ledger (or an appended collection) keyed on ``created_on`` misses the BJ-11-1 limit.

    ``creation_days`` is the number of calendar days allowed after the collection day; 0 means the
    same day ("当天", judged by Beijing time, BJ-11-4)."""
    return (created_on - collected_on).days > creation_days
