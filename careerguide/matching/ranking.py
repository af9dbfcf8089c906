"""The instrument's exact top k, ranked in the database over the match features.

One side of a match is fixed (the person whose vacancies are listed, or the vacancy whose candidates are
listed), so every criterion of `rules.match` becomes a CASE over the other side's feature columns with the
fixed side's values as parameters, and the weighted score, rounded as Python's `round` rounds (half to
even), is computed in SQL.  Rows are read by occupation tier: the fixed side's own occupation first, then
its minor, medium and major group, the rows without any code, the rest.  Inside a tier the occupation
credit is one number, so an upper bound of the tier's scores is known before it is read; the ranking
stops once the current k-th score beats the next tier's bound.  Ties are broken by the newer row (pk
descending), as the one-by-one ranking breaks them.

The result is the same rows in the same order as scoring every pairing row one by one with
`rules.match` (tests and `bench/matching_bench.py` compare the two); `rules.match` still explains the
rows shown.  Work history that starts after the day of the match (months that `rules` counts as 0) is
the one thing the SQL does not express: such persons are scored with `rules.match` and merged in.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import connection

from careerguide.job_seekers.models import JobSeeker
from careerguide.organisations.models import Unit
from careerguide.vacancies.models import Vacancy
from careerguide.vacancies.states import VacancyStatus

from . import match_features, rules
from .models import JobSeekerMatchFeatures, JobSeekerMatchKey, VacancyMatchFeatures

_OCCUPATION_CREDIT = {4: 100, 3: 75, 2: 50, 1: 25}


def month(on: dt.date) -> int:
    return match_features.month_number(on)


def round_half_even(earned: int, total: int) -> int:
    """`round(earned / total)` of `rules.match`, in integers."""
    if total <= 0:
        return 0
    q, r = divmod(earned, total)
    return q + 1 if 2 * r > total else q + q % 2 if 2 * r == total else q


@dataclass
class Sql:
    text: str
    params: list = field(default_factory=list)


def _in(column: str, values) -> Sql:
    values = list(values)
    return Sql(f"{column} IN ({', '.join(['%s'] * len(values))})", values)


@dataclass
class Tier:
    credit: int  # the occupation credit of every row of the tier
    where: Sql
    bound: int = 0
    group: str = ""  # candidates: read through the key index of this occupation group


@dataclass
class Scoring:
    weights: dict  # criterion → positive weight
    definition: rules.InstrumentDefinition

    @property
    def total(self) -> int:
        return sum(self.weights.values())

    def bound(self, occupation_credit: int, maxima: dict) -> int:
        earned = sum(w * (occupation_credit if key == rules.OCCUPATION else maxima.get(key, 100))
                     for key, w in self.weights.items())
        return round_half_even(earned, self.total)

    def earned(self, credits: dict[str, Sql], occupation_credit: int) -> Sql:
        parts, params = [], []
        for key, weight in self.weights.items():
            if key == rules.OCCUPATION:
                parts.append(str(weight * occupation_credit))
            else:
                parts.append(f"{weight} * ({credits[key].text})")
                params += credits[key].params
        return Sql(" + ".join(parts) or "0", params)


def _scoring(definition: rules.InstrumentDefinition) -> Scoring:
    weights = {key: int(definition.weights.get(key, 0)) for key in rules.CRITERIA}
    return Scoring({key: w for key, w in weights.items() if w > 0}, definition)


def lit(value: int | None) -> str:
    """An integer of ours as SQL text (typed the same on both databases, unlike an untyped NULL parameter)."""
    return "CAST(NULL AS INTEGER)" if value is None else str(int(value))


def _case(*whens: tuple[str, int | None], default: int | None) -> Sql:
    text = "CASE" + "".join(f" WHEN {condition} THEN {lit(value)}" for condition, value in whens)
    return Sql(f"{text} ELSE {lit(default)} END" if whens else lit(default))


def fence() -> str:
    """Keeps a derived table computed once per row (not folded into the outer query, which would evaluate
    its expressions again for every use)."""
    return " LIMIT -1" if connection.vendor == "sqlite" else " OFFSET 0"


def _ranked_sql(*, inner: Sql, scoring: Scoring, floor: int, limit: int) -> Sql:
    """Round the earned credit to the score in SQL and keep the best `limit` rows of the tier."""
    total = scoring.total
    text = (f"SELECT id, score FROM (SELECT id, e / {total} + CASE WHEN 2 * (e %% {total}) > {total} THEN 1 "
            f"WHEN 2 * (e %% {total}) = {total} THEN (e / {total}) %% 2 ELSE 0 END AS score FROM ({inner.text}{fence()}) t1"
            f"{fence()}) t2 WHERE score >= %s ORDER BY score DESC, id DESC LIMIT %s")
    return Sql(text, inner.params + [floor, limit])


def _fetch(sql: Sql) -> list[tuple[int, int]]:
    with connection.cursor() as cursor:
        cursor.execute(sql.text, sql.params)
        return [(int(pk), int(score)) for pk, score in cursor.fetchall()]


def _top(rows, limit: int) -> list[tuple[int, int]]:
    return sorted(set(rows), key=lambda row: (-row[1], -row[0]))[:limit]


def _run(tiers: list[Tier], *, select, scoring: Scoring, include_below_threshold: bool, limit: int,
         extra: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Read the tiers best bound first and stop once the k-th score beats the next bound."""
    floor = 0 if include_below_threshold else scoring.definition.min_score
    rows = [row for row in extra if row[1] >= floor]
    for tier in sorted(tiers, key=lambda t: -t.bound):
        best = _top(rows, limit)
        if tier.bound < floor or (len(best) >= limit and best[-1][1] > tier.bound):
            break
        rows += _fetch(_ranked_sql(inner=select(tier), scoring=scoring, floor=floor, limit=limit))
    return _top(rows, limit)


# ---- vacancies for a person -----------------------------------------------------------------------------


def _min_level(*levels):
    present = [level for level in levels if level]
    return min(present) if present else None


def _vacancy_credits(person: rules.CandidateFacts, scoring: Scoring, *, on: dt.date, standard_start_days: int,
                     districts) -> dict[str, Sql]:
    """Each criterion but the occupation as a CASE over the vacancy's feature columns (alias v)."""
    unknown, tolerance = scoring.definition.unknown_credit_percent, scoring.definition.pay_tolerance_percent
    base = person.skill_level or None
    by_medium: dict[str, int] = {}
    for code, level in person.certificates:
        group = match_features.code_groups(code)[1]
        if level and group:
            by_medium[group] = min(level, by_medium.get(group, level))
    any_cert = _min_level(*(level for _code, level in person.certificates))
    have = _case(("v.code = ''", _min_level(base, any_cert)),
                 *((f"v.g2 = '{g}'", _min_level(base, lvl)) for g, lvl in by_medium.items() if "'" not in g),
                 default=base)
    months_by_minor: dict[str, int] = {}
    for item in person.experience:
        group = match_features.code_groups(item.occupation_code)[2]
        if group:
            months_by_minor[group] = months_by_minor.get(group, 0) + item.months
    months = _case(("v.code = ''", sum(item.months for item in person.experience)),
                   *((f"v.g3 = '{g}'", m) for g, m in months_by_minor.items() if "'" not in g), default=0)
    credits = {
        rules.SKILL_LEVEL: Sql(f"CASE WHEN v.required_skill_level IS NULL THEN 100 WHEN ({have.text}) IS NULL THEN 0 "
                               f"WHEN ({have.text}) <= v.required_skill_level THEN 100 "
                               f"WHEN ({have.text}) = v.required_skill_level + 1 THEN 50 ELSE 0 END"),
        rules.EXPERIENCE: Sql(f"CASE WHEN v.min_experience_months IS NULL THEN 100 "
                              f"WHEN ({months.text}) >= v.min_experience_months THEN 100 "
                              f"WHEN ({months.text}) * 2 >= v.min_experience_months THEN 50 ELSE 0 END"),
    }
    salary = person.salary_min
    credits[rules.PAY] = (Sql("100") if not salary else Sql(
        f"CASE WHEN v.offered IS NULL THEN {lit(unknown)} WHEN v.offered >= {lit(salary)} THEN 100 "
        f"WHEN v.offered * 100 >= {lit(salary * (100 - tolerance))} THEN 50 ELSE 0 END"))
    if not person.working_pattern or person.working_pattern == "any":
        credits[rules.WORKING_PATTERN] = Sql(f"CASE WHEN v.working_pattern = '' THEN {lit(unknown)} ELSE 100 END")
    else:
        credits[rules.WORKING_PATTERN] = Sql(f"CASE WHEN v.working_pattern = '' THEN {lit(unknown)} "
                                             "WHEN v.working_pattern IN ('any', %s) THEN 100 ELSE 0 END",
                                             [person.working_pattern])
    credits[rules.LOCATION] = _vacancy_location(person, unknown, districts)
    credits[rules.AVAILABILITY] = _vacancy_availability(person, on=on, standard_start_days=standard_start_days)
    return credits


def _vacancy_location(person: rules.CandidateFacts, unknown: int, districts) -> Sql:
    area = (person.sought_area or "").strip()
    if area and any(word in area for word in rules.ANY_AREA_WORDS):
        return Sql(f"CASE WHEN v.district_id IS NULL THEN {lit(unknown)} ELSE 100 END")
    near = set(match_features.area_districts(area, districts))
    if person.habitual_district_id:
        near.add(person.habitual_district_id)
    otherwise = unknown if not area and not person.habitual_district_id else 0
    if not near:
        return Sql(f"CASE WHEN v.district_id IS NULL THEN {lit(unknown)} ELSE {lit(otherwise)} END")
    inside = ", ".join(lit(pk) for pk in sorted(near))
    return Sql(f"CASE WHEN v.district_id IS NULL THEN {lit(unknown)} WHEN v.district_id IN ({inside}) THEN 100 "
               f"ELSE {lit(otherwise)} END")


def _vacancy_availability(person: rules.CandidateFacts, *, on: dt.date, standard_start_days: int) -> Sql:
    if person.job_ready is not True:
        return Sql("0")
    if person.earliest_start is None:
        return Sql("100")
    delta = (person.earliest_start - on).days
    return Sql(f"CASE WHEN COALESCE(v.start_within_days, {lit(standard_start_days)}) >= {lit(delta)} THEN 100 "
               "ELSE 50 END")


def _vacancy_tiers(person: rules.CandidateFacts, scoring: Scoring) -> list[Tier]:
    codes = [code for code in [person.sought_occupation_code] + [e.occupation_code for e in person.experience]
             + [code for code, _level in person.certificates] if code]
    unknown = scoring.definition.unknown_credit_percent
    if not codes:
        return [Tier(unknown, Sql("1 = 1"))]
    prefixes = {n: {match_features.code_groups(code)[n - 1] for code in codes} - {""} for n in (1, 2, 3, 4)}
    tiers = [Tier(unknown, Sql("v.code = ''"))]
    for n in (4, 3, 2, 1):
        if not prefixes[n]:
            continue
        where = _in(f"v.g{n}", sorted(prefixes[n]))
        if n < 4 and prefixes[n + 1]:
            higher = _in(f"v.g{n + 1}", sorted(prefixes[n + 1]))
            where = Sql(f"{where.text} AND NOT {higher.text}", where.params + higher.params)
        tiers.append(Tier(_OCCUPATION_CREDIT[n], where))
    lower = _in("v.g1", sorted(prefixes[1])) if prefixes[1] else Sql("1 = 0")
    tiers.append(Tier(0, Sql(f"v.code <> '' AND NOT {lower.text}", lower.params)))
    return tiers


def _vacancy_wishes(record: dict, tolerance: int) -> Sql:
    parts, params = [], []
    sought = record.get("sought_occupation_code") or ""
    if sought:
        major = sought.split("-")[0]
        parts.append("(v.code = '' OR v.code = %s OR v.code LIKE %s)")
        params += [major, major.replace("\\", "").replace("%", "").replace("_", "") + "-%"]
    if record.get("salary_min"):
        floor = record["salary_min"] * (100 - tolerance) // 100
        parts.append(f"(v.pay_max >= {lit(floor)} OR (v.pay_max IS NULL AND v.pay_min >= {lit(floor)}) "
                     "OR (v.pay_max IS NULL AND v.pay_min IS NULL))")
    return Sql(" AND ".join(parts) or "1 = 1", params)


def rank_vacancies(*, record: dict, definition: rules.InstrumentDefinition, on: dt.date, exclude=(),
                   standard_start_days: int, districts, include_below_threshold: bool = False, limit: int = 20
                   ) -> list[tuple[int, int]]:
    """(vacancy pk, score) of the instrument's top `limit` published vacancies for a person's record."""
    scoring = _scoring(definition)
    person = match_features.candidate_from_record(record, on=on)
    credits = _vacancy_credits(person, scoring, on=on, standard_start_days=standard_start_days, districts=districts)
    wishes = _vacancy_wishes(record, definition.pay_tolerance_percent)
    excluded = _in("v.vacancy_id", sorted(exclude)) if exclude else None
    maxima = {rules.AVAILABILITY: 100 if person.job_ready is True else 0}

    def select(tier: Tier) -> Sql:
        earned = scoring.earned(credits, tier.credit)
        text = (f"SELECT v.vacancy_id AS id, ({earned.text}) AS e FROM {VacancyMatchFeatures._meta.db_table} v "
                f"CROSS JOIN {Vacancy._meta.db_table} vac "
                f"WHERE vac.id = v.vacancy_id AND vac.status = %s AND ({tier.where.text}) AND {wishes.text}")
        params = earned.params + [VacancyStatus.PUBLISHED, *tier.where.params, *wishes.params]
        if excluded:
            text += f" AND NOT {excluded.text}"
            params += excluded.params
        return Sql(text, params)

    tiers = _vacancy_tiers(person, scoring)
    for tier in tiers:
        tier.bound = scoring.bound(tier.credit, maxima)
    return _run(tiers, select=select, scoring=scoring, include_below_threshold=include_below_threshold, limit=limit)


# ---- candidates for a vacancy ---------------------------------------------------------------------------

_KEYS = JobSeekerMatchKey._meta.db_table


def _key_value(column_sql: str, group: str) -> Sql:
    return Sql(f"(SELECT {column_sql} FROM {_KEYS} k WHERE k.job_seeker_id = f.job_seeker_id AND k.code_group = %s)",
               [group])


def _min_sql(a: Sql, b: Sql) -> Sql:
    return Sql(f"CASE WHEN ({a.text}) IS NULL THEN ({b.text}) WHEN ({b.text}) IS NULL OR ({a.text}) <= ({b.text}) "
               f"THEN ({a.text}) ELSE ({b.text}) END", a.params + b.params + b.params + a.params + b.params + a.params
               + b.params)


def _candidate_credits(offer: rules.VacancyFacts, scoring: Scoring, *, on: dt.date) -> dict[str, Sql]:
    """Each criterion but the occupation as a CASE over the person's feature columns (alias f)."""
    unknown, tolerance = scoring.definition.unknown_credit_percent, scoring.definition.pay_tolerance_percent
    _g1, g2, g3, _g4 = match_features.code_groups(offer.occupation_code)
    credits: dict[str, Sql] = {}
    need_level = offer.required_skill_level
    if not need_level:
        credits[rules.SKILL_LEVEL] = Sql("100")
    else:
        skill = Sql("f.skill_level")
        have = (_min_sql(skill, Sql("f.cert_level_any")) if not offer.occupation_code
                else _min_sql(skill, _key_value("k.cert_level", g2)) if g2 else skill)
        credits["have"] = have
        credits[rules.SKILL_LEVEL] = Sql(
            f"CASE WHEN f.have IS NULL THEN 0 WHEN f.have <= {lit(need_level)} THEN 100 "
            f"WHEN f.have = {lit(need_level + 1)} THEN 50 ELSE 0 END")
    need = offer.min_experience_months
    now = month(on)
    if not need:
        credits[rules.EXPERIENCE] = Sql("100")
    else:
        def column(alias):
            return f"{alias}.exp_closed_months + {lit(now)} * {alias}.exp_open_count - {alias}.exp_open_start_sum"
        months = (Sql(f"({column('f')})") if not offer.occupation_code else
                  Sql(f"COALESCE({_key_value(column('k'), g3).text}, 0)", [g3]) if g3 else Sql("0"))
        credits["months"] = months
        credits[rules.EXPERIENCE] = Sql(f"CASE WHEN f.months >= {lit(need)} THEN 100 "
                                        f"WHEN f.months * 2 >= {lit(need)} THEN 50 ELSE 0 END")
    offered = offer.pay_max or offer.pay_min
    credits[rules.PAY] = (Sql(f"CASE WHEN f.salary_min IS NULL THEN 100 ELSE {lit(unknown)} END") if not offered else Sql(
        f"CASE WHEN f.salary_min IS NULL THEN 100 WHEN f.salary_min <= {lit(offered)} THEN 100 "
        f"WHEN f.salary_min * {lit(100 - tolerance)} <= {lit(offered * 100)} THEN 50 ELSE 0 END"))
    pattern = offer.working_pattern
    credits[rules.WORKING_PATTERN] = (Sql(lit(unknown)) if not pattern else Sql("100") if pattern == "any" else Sql(
        "CASE WHEN f.working_pattern IN ('', 'any', %s) THEN 100 ELSE 0 END", [pattern]))
    district = offer.work_district_id
    credits[rules.LOCATION] = (Sql(lit(unknown)) if not district else Sql(
        f"CASE WHEN f.area_any THEN 100 WHEN f.area_districts LIKE %s THEN 100 WHEN f.habitual_district_id = {lit(district)} "
        f"THEN 100 WHEN NOT f.has_area AND f.habitual_district_id IS NULL THEN {lit(unknown)} ELSE 0 END",
        [f"%,{int(district)},%"]))
    credits[rules.AVAILABILITY] = Sql("CASE WHEN f.earliest_start IS NULL OR f.earliest_start <= %s THEN 100 ELSE 50 END",
                                      [on + dt.timedelta(days=offer.start_within_days)])
    return credits


def _candidate_tiers(offer: rules.VacancyFacts, unknown: int) -> list[Tier]:
    if not offer.occupation_code:
        return [Tier(unknown, Sql("1 = 1"))]
    groups = [g for g in match_features.code_groups(offer.occupation_code) if g]
    tiers = [Tier(unknown, Sql("NOT f.has_codes"))]
    for n in range(len(groups), 0, -1):
        where = Sql("1 = 1")
        if n < len(groups):
            where = Sql(f"NOT EXISTS (SELECT 1 FROM {_KEYS} k WHERE k.job_seeker_id = f.job_seeker_id "
                        "AND k.code_group = %s)", [groups[n]])
        tiers.append(Tier(_OCCUPATION_CREDIT[n], where, group=groups[n - 1]))
    lower = (Sql(f"NOT EXISTS (SELECT 1 FROM {_KEYS} k WHERE k.job_seeker_id = f.job_seeker_id AND k.code_group = %s)",
                 [groups[0]]) if groups else Sql("1 = 1"))
    tiers.append(Tier(0, Sql(f"f.has_codes AND {lower.text}", lower.params)))
    return tiers


def _candidate_wishes(record: dict, tolerance: int) -> Sql:
    parts, params = [], []
    code = record.get("occupation_code") or ""
    if code:
        parts.append("f.sought_major IN ('', %s)")
        params.append(code.split("-")[0])
    offered = record.get("pay_max") if record.get("pay_max") is not None else record.get("pay_min")
    if offered is not None:
        parts.append(f"(f.salary_min IS NULL OR f.salary_min * {lit(100 - tolerance)} / 100 <= {lit(offered)})")
    return Sql(" AND ".join(parts) or "1 = 1", params)


def _candidate_select(*, tier: Tier, scoring: Scoring, credits, wishes: Sql, actor_path: str, on: dt.date,
                      excluded: Sql | None, statuses) -> Sql:
    states = _in("js.status", statuses)
    features = JobSeekerMatchFeatures._meta.db_table
    source = (f"{_KEYS} kt CROSS JOIN {features} f" if tier.group else f"{features} f")
    have, months = credits.get("have", Sql(lit(None))), credits.get("months", Sql("0"))
    text = (f"SELECT f.job_seeker_id, f.salary_min, f.working_pattern, f.area_any, f.area_districts, "
            f"f.habitual_district_id, f.has_area, f.earliest_start, {have.text} AS have, {months.text} AS months "
            f"FROM {source} CROSS JOIN {JobSeeker._meta.db_table} js CROSS JOIN {Unit._meta.db_table} u "
            f"WHERE js.id = f.job_seeker_id AND u.id = js.unit_id AND f.job_ready = %s AND (f.exp_open_start_max IS NULL OR f.exp_open_start_max <= {lit(month(on))}) "
            f"AND ({tier.where.text}) AND {wishes.text} AND {states.text} AND u.path LIKE %s")
    params = [*have.params, *months.params, True, *tier.where.params, *wishes.params, *states.params, actor_path + "%"]
    if tier.group:
        text += " AND kt.code_group = %s AND f.job_seeker_id = kt.job_seeker_id"
        params.append(tier.group)
    if excluded:
        text += f" AND NOT {excluded.text}"
        params += excluded.params
    earned = scoring.earned(credits, tier.credit)
    return Sql(f"SELECT f.job_seeker_id AS id, ({earned.text}) AS e FROM ({text}{fence()}) f", earned.params + params)


def rank_candidates(*, record: dict, facts: rules.VacancyFacts, definition: rules.InstrumentDefinition, on: dt.date,
                    actor_path: str | None, statuses, exclude=(), irregular=None, include_below_threshold: bool = False,
                    limit: int = 20) -> list[tuple[int, int]]:
    """(job seeker pk, score) of the instrument's top `limit` job-ready persons under `actor_path` for a vacancy.

    `irregular` is the queryset of persons in scope whose work history starts after `on`: they are scored
    with `rules.match` (see the module's note)."""
    if actor_path is None:
        return []
    scoring = _scoring(definition)
    credits = _candidate_credits(facts, scoring, on=on)
    wishes = _candidate_wishes(record, definition.pay_tolerance_percent)
    excluded = _in("f.job_seeker_id", sorted(exclude)) if exclude else None
    maxima = {rules.WORKING_PATTERN: definition.unknown_credit_percent if not facts.working_pattern else 100,
              rules.LOCATION: definition.unknown_credit_percent if not facts.work_district_id else 100}
    tiers = _candidate_tiers(facts, definition.unknown_credit_percent)
    for tier in tiers:
        tier.bound = scoring.bound(tier.credit, maxima)
    extra = _irregular_scores(irregular, record=record, facts=facts, definition=definition, on=on, exclude=exclude)
    return _run(tiers, scoring=scoring, include_below_threshold=include_below_threshold, limit=limit, extra=extra,
                select=lambda tier: _candidate_select(tier=tier, scoring=scoring, credits=credits, wishes=wishes,
                                                      actor_path=actor_path, on=on, excluded=excluded,
                                                      statuses=statuses))


def _irregular_scores(irregular, *, record, facts, definition, on, exclude) -> list[tuple[int, int]]:
    if irregular is None:
        return []
    rows = []
    for pk, person in irregular.values_list("job_seeker_id", "facts"):
        if pk in exclude or not match_features.follows_wishes(person, record,
                                                              pay_tolerance_percent=definition.pay_tolerance_percent):
            continue
        result = rules.match(match_features.candidate_from_record(person, on=on), facts, instrument=definition, on=on)
        if result.eligible:
            rows.append((pk, result.score))
    return rows
