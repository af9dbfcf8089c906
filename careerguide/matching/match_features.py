"""Match features: the instrument's inputs as flat values a query can score (pure, no Django).

A person's *record* and a vacancy's *record* are the instrument's facts as JSON values, with work
history kept as dates so that months of an ongoing job are counted on the day of the match.  From a
record come the feature columns (`person_columns`, `vacancy_columns`) and, for a job-ready person, one
key per occupation code or group (`person_keys`) carrying what the instrument reads for vacancies of
that group: the best certificate level (medium group, as `rules._best_level` compares) and the
work-history months (minor group, as `rules._experience` compares).

Nothing here reads sex, ethnicity, religion, household registration, marital status or age: the
records have no field for them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from careerguide.occupations.codes import CodeError, code_level

from . import rules


def month_number(day: dt.date) -> int:
    """Months since year 0, so that `rules`' month count of a job is end − start."""
    return day.year * 12 + day.month


def code_groups(code: str) -> tuple[str, str, str, str]:
    """The code's major, medium and minor group and the code itself, "" where the code is shorter or malformed."""
    try:
        level = code_level(code or "")
    except CodeError:
        return "", "", "", ""
    parts = code.split("-")
    return tuple("-".join(parts[:n]) if n <= level else "" for n in (1, 2, 3, 4))  # type: ignore[return-value]


def _date(value) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def item_months(start: dt.date | None, end: dt.date | None, on: dt.date) -> int:
    """As `selectors._months`: whole months from start to end (or to `on` while the job goes on)."""
    if start is None:
        return 0
    return max(0, month_number(end or on) - month_number(start))


# ---- records to the instrument's facts ----------------------------------------------------------------------


def candidate_from_record(record: Mapping, *, on: dt.date) -> rules.CandidateFacts:
    experience = tuple(rules.Experience(code or "", item_months(_date(start), _date(end), on))
                       for code, start, end in record.get("experience", ()))
    return rules.CandidateFacts(
        sought_occupation_code=record.get("sought_occupation_code") or "", skill_level=record.get("skill_level"),
        certificates=tuple((code or "", level) for code, level in record.get("certificates", ())),
        experience=experience, salary_min=record.get("salary_min"), working_pattern=record.get("working_pattern") or "",
        habitual_district_id=record.get("habitual_district_id"), sought_area=record.get("sought_area") or "",
        job_ready=record.get("job_ready"), earliest_start=_date(record.get("earliest_start")))


def vacancy_from_record(record: Mapping, *, district_names: tuple[str, ...], standard_start_days: int
                        ) -> rules.VacancyFacts:
    start_within = record.get("start_within_days")
    return rules.VacancyFacts(
        occupation_code=record.get("occupation_code") or "", pay_min=record.get("pay_min"),
        pay_max=record.get("pay_max"), work_district_id=record.get("work_district_id"),
        work_district_names=district_names, required_skill_level=record.get("required_skill_level"),
        min_experience_months=record.get("min_experience_months"), working_pattern=record.get("working_pattern") or "",
        start_within_days=standard_start_days if start_within is None else start_within)


# ---- records to feature columns ---------------------------------------------------------------------------


def _experience_sums(items) -> dict:
    closed = count = start_sum = 0
    start_max = None
    for _code, start, end in items:
        if not start:
            continue
        if end:
            closed += item_months(_date(start), _date(end), _date(end))
        else:
            number = month_number(_date(start))
            count, start_sum = count + 1, start_sum + number
            start_max = number if start_max is None else max(start_max, number)
    return {"exp_closed_months": closed, "exp_open_count": count, "exp_open_start_sum": start_sum,
            "exp_open_start_max": start_max}


def area_districts(area: str, districts: Mapping[int, tuple[str, ...]]) -> list[int]:
    """The districts whose names (`selectors.district_names`) appear in the sought area."""
    return sorted(pk for pk, names in districts.items() if area and any(name and name in area for name in names))


def _id_list(ids: list[int]) -> str:
    return f",{','.join(str(pk) for pk in ids)}," if ids else ""


def person_codes(record: Mapping) -> list[str]:
    codes = [record.get("sought_occupation_code") or ""]
    codes += [code or "" for code, _start, _end in record.get("experience", ())]
    codes += [code or "" for code, _level in record.get("certificates", ())]
    return [code for code in codes if code]


def person_columns(record: Mapping, *, districts: Mapping[int, tuple[str, ...]]) -> dict:
    area = (record.get("sought_area") or "").strip()
    levels = [level for _code, level in record.get("certificates", ()) if level]
    sought = record.get("sought_occupation_code") or ""
    return {
        "sought_major": sought.split("-")[0] if sought else "",
        "has_codes": bool(person_codes(record)),
        "skill_level": record.get("skill_level") or None,
        "cert_level_any": min(levels) if levels else None,
        **_experience_sums(record.get("experience", ())),
        "salary_min": record.get("salary_min") or None,
        "working_pattern": record.get("working_pattern") or "",
        "habitual_district_id": record.get("habitual_district_id") or None,
        "has_area": bool(area),
        "area_any": bool(area) and any(word in area for word in rules.ANY_AREA_WORDS),
        "area_districts": _id_list(area_districts(area, districts)),
        "job_ready": record.get("job_ready"),
        "earliest_start": _date(record.get("earliest_start")),
    }


def person_keys(record: Mapping) -> list[dict]:
    """One key per code and group of a job-ready person (none otherwise: only they are candidates)."""
    if record.get("job_ready") is not True:
        return []
    groups: set[str] = set()
    for code in person_codes(record):
        groups.update(g for g in code_groups(code) if g)
    keys = []
    for group in sorted(groups):
        depth = group.count("-") + 1
        certs = [level for code, level in record.get("certificates", ())
                 if level and depth == 2 and code_groups(code or "")[1] == group]
        items = [item for item in record.get("experience", ()) if depth == 3 and code_groups(item[0] or "")[2] == group]
        sums = _experience_sums(items)
        sums.pop("exp_open_start_max")
        keys.append({"code_group": group, "cert_level": min(certs) if certs else None, **sums})
    return keys


def vacancy_columns(record: Mapping) -> dict:
    code = record.get("occupation_code") or ""
    g1, g2, g3, g4 = code_groups(code)
    return {
        "code": code, "g1": g1, "g2": g2, "g3": g3, "g4": g4,
        "pay_min": record.get("pay_min"), "pay_max": record.get("pay_max"),
        "offered": (record.get("pay_max") or record.get("pay_min")) or None,
        "district_id": record.get("work_district_id") or None,
        "required_skill_level": record.get("required_skill_level") or None,
        "min_experience_months": record.get("min_experience_months") or None,
        "working_pattern": record.get("working_pattern") or "",
        "start_within_days": record.get("start_within_days"),
    }


def follows_wishes(person: Mapping, vacancy: Mapping, *, pay_tolerance_percent: int) -> bool:
    """Whether a vacancy follows the person's wishes (BJ-15-2 “根据其意愿”): in the major group of the sought
    occupation (or without a code), and not paying clearly below the expected minimum (the instrument's
    pay tolerance).  Both directions pair persons and vacancies by it."""
    sought, code = person.get("sought_occupation_code") or "", vacancy.get("occupation_code") or ""
    if sought:
        major = sought.split("-")[0]
        if code and code != major and not code.startswith(f"{major}-"):
            return False
    salary_min = person.get("salary_min")
    if salary_min:
        floor = salary_min * (100 - pay_tolerance_percent) // 100
        pay_min, pay_max = vacancy.get("pay_min"), vacancy.get("pay_max")
        offered = pay_max if pay_max is not None else pay_min
        if offered is not None and offered < floor:
            return False
    return True
