"""Every person's top k vacancies at once, in memory (pure, no Django): the nightly refresh.

Ranking a million persons one query at a time would take hours.  Here
the published vacancies are loaded once into buckets by occupation group, work district and whether the
vacancy states a working pattern, each bucket newest first.  For one person the buckets fall into
partitions with one occupation credit and one location credit each (and a known pattern credit when the
vacancy states none), so an upper bound of every partition's scores is known before it is read.  The
partitions are read best bound first, a partition newest first, and reading stops as soon as the
current k-th row beats everything left: its score is above the bound, or equal to it with a newer row.

Each vacancy read is scored with the criteria of `rules.match` written out over plain values (no reason
texts); `tests/test_batch.py` checks the scores against `rules.match` pairing by pairing, and the lists
against the one-by-one ranking (`reference.vacancies_for`), which they must equal row for row.
"""
from __future__ import annotations

import bisect
import datetime as dt
import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter

from . import match_features, rules

_CREDIT = {4: 100, 3: 75, 2: 50, 1: 25, 0: 0}
_NO_CODE = "\x00"  # the bucket of vacancies without an occupation code
_PK = attrgetter("pk")


def _neg_pk(offer):
    return -offer.pk


@dataclass(frozen=True, slots=True)
class Offer:
    """One published vacancy as the instrument reads it, flattened."""

    pk: int
    code: str
    groups: tuple[str, str, str, str]
    major: str  # the code's first segment as the person's wishes compare it ("" without a code)
    offered: int | None  # pay_max or pay_min, as `rules._pay` reads it
    wish_pay: int | None  # pay_max, else pay_min, as `match_features.follows_wishes` reads it
    district: int | None
    skill: int | None
    months: int | None
    pattern: str
    start_days: int


def offers_from_records(records: Mapping[int, Mapping], *, standard_start_days: int) -> list[Offer]:
    out, shared = [], {}  # one copy of each code's strings and groups, however many vacancies share it
    for pk, record in records.items():
        code = record.get("occupation_code") or ""
        if code not in shared:
            shared[code] = (code, match_features.code_groups(code), code.split("-")[0])
        code, groups, major = shared[code]
        pattern = record.get("working_pattern") or ""
        pattern = shared.setdefault(("pattern", pattern), pattern)
        pay_min, pay_max = record.get("pay_min"), record.get("pay_max")
        start = record.get("start_within_days")
        out.append(Offer(pk=pk, code=code, groups=groups, major=major,
                         offered=pay_max or pay_min, wish_pay=pay_max if pay_max is not None else pay_min,
                         district=record.get("work_district_id") or None, skill=record.get("required_skill_level"),
                         months=record.get("min_experience_months"), pattern=pattern,
                         start_days=standard_start_days if start is None else start))
    return out


@dataclass
class Catalogue:
    """The vacancies in buckets: (level, group) → district → (pattern stated?) → offers, newest first.

    `replace` patches it in place when vacancies change, so a process can keep one for as long as it lives
    (`offer_store`)."""

    by_pk: dict = field(default_factory=dict)
    buckets: dict = field(default_factory=dict)
    districts: set = field(default_factory=set)

    @classmethod
    def build(cls, offers: Iterable[Offer]) -> Catalogue:
        cat = cls()
        for offer in sorted(offers, key=lambda o: -o.pk):
            cat.by_pk[offer.pk] = offer
            cat.districts.add(offer.district)
            for key in _bucket_keys(offer):
                by_district = cat.buckets.setdefault(key, {})
                by_district.setdefault(offer.district, ([], []))[bool(offer.pattern)].append(offer)
        return cat

    def replace(self, pks: Iterable[int], offers: Iterable[Offer]) -> None:
        """Take out the vacancies `pks` and put in `offers` (their current state; a vacancy no longer published
        has none), each bucket still newest first."""
        for pk in pks:
            old = self.by_pk.pop(pk, None)
            if old is not None:
                for key in _bucket_keys(old):
                    self.buckets[key][old.district][bool(old.pattern)].remove(old)
        for offer in offers:
            self.by_pk[offer.pk] = offer
            self.districts.add(offer.district)
            for key in _bucket_keys(offer):
                lst = self.buckets.setdefault(key, {}).setdefault(offer.district, ([], []))[bool(offer.pattern)]
                bisect.insort(lst, offer, key=_neg_pk)

    def lists(self, key, districts, stated: bool) -> list[list[Offer]]:
        by_district = self.buckets.get(key, {})
        return [by_district[d][stated] for d in districts if d in by_district]


def _bucket_keys(offer: Offer) -> list:
    keys = [(5, offer.major or _NO_CODE), (6, "")]
    return keys + [(n, g) for n, g in enumerate(offer.groups, start=1) if g]


@dataclass(slots=True)
class Person:
    """One person's record, read once into what the criteria compare."""

    codes: list[str]
    prefixes: dict  # level → groups of the person's codes
    sought_major: str
    pay_floor: int | None  # wishes: the lowest pay the person accepts
    salary: int | None
    have: int | None  # best skill level for a vacancy without a code
    base: int | None
    have_by_medium: dict
    months_all: int
    months_by_minor: dict
    pattern: str
    ready: bool
    lead_days: int | None  # days from the day of the match to the earliest start
    location: dict  # district → credit; missing districts earn `location_other`
    location_other: int


def _levels(*levels):
    present = [level for level in levels if level]
    return min(present) if present else None


def person_from_record(record: Mapping, *, on: dt.date, districts: Mapping[int, tuple[str, ...]],
                       definition: rules.InstrumentDefinition, all_districts) -> Person:
    facts = match_features.candidate_from_record(record, on=on)
    codes = [c for c in [facts.sought_occupation_code] + [e.occupation_code for e in facts.experience]
             + [code for code, _level in facts.certificates] if c]
    prefixes = {n: {match_features.code_groups(c)[n - 1] for c in codes} - {""} for n in (1, 2, 3, 4)}
    have_by_medium: dict[str, int | None] = {}
    for code, level in facts.certificates:
        medium = match_features.code_groups(code)[1]
        if level and medium:
            have_by_medium[medium] = _levels(have_by_medium.get(medium), level)
    base = facts.skill_level or None
    months_by_minor: dict[str, int] = {}
    for item in facts.experience:
        minor = match_features.code_groups(item.occupation_code)[2]
        if minor:
            months_by_minor[minor] = months_by_minor.get(minor, 0) + item.months
    salary = facts.salary_min or None
    tolerance = definition.pay_tolerance_percent
    location, other = _location(facts, districts, definition.unknown_credit_percent, all_districts)
    sought = facts.sought_occupation_code
    return Person(codes=codes, prefixes=prefixes, sought_major=sought.split("-")[0] if sought else "",
                  pay_floor=salary * (100 - tolerance) // 100 if salary else None, salary=salary,
                  have=_levels(base, *(level for _c, level in facts.certificates)), base=base,
                  have_by_medium={g: _levels(base, lvl) for g, lvl in have_by_medium.items()},
                  months_all=sum(e.months for e in facts.experience), months_by_minor=months_by_minor,
                  pattern=facts.working_pattern, ready=facts.job_ready is True,
                  lead_days=(facts.earliest_start - on).days if facts.earliest_start else None,
                  location=location, location_other=other)


def _location(facts: rules.CandidateFacts, districts, unknown: int, all_districts) -> tuple[dict, int]:
    """`rules._location` for every district at once: (district → credit, credit of any other district)."""
    area = (facts.sought_area or "").strip()
    credits = {None: unknown}
    if area and any(word in area for word in rules.ANY_AREA_WORDS):
        return credits | {d: 100 for d in all_districts if d}, 100
    near = set(match_features.area_districts(area, districts))
    if facts.habitual_district_id:
        near.add(facts.habitual_district_id)
    credits |= {d: 100 for d in near}
    return credits, unknown if not area and not facts.habitual_district_id else 0


# ---- scoring and ranking ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Weights:
    occupation: int
    skill: int
    experience: int
    pay: int
    pattern: int
    location: int
    availability: int
    unknown: int
    tolerance: int
    total_weight: int = 0

    def __post_init__(self):
        object.__setattr__(self, "total_weight", self.total)

    @classmethod
    def of(cls, definition: rules.InstrumentDefinition) -> Weights:
        w = {key: max(0, int(definition.weights.get(key, 0))) for key in rules.CRITERIA}
        return cls(w[rules.OCCUPATION], w[rules.SKILL_LEVEL], w[rules.EXPERIENCE], w[rules.PAY],
                   w[rules.WORKING_PATTERN], w[rules.LOCATION], w[rules.AVAILABILITY],
                   definition.unknown_credit_percent, definition.pay_tolerance_percent)

    @property
    def total(self) -> int:
        return (self.occupation + self.skill + self.experience + self.pay + self.pattern + self.location
                + self.availability)


def _score(w: Weights, p: Person, o: Offer, occupation: int, location: int) -> int:
    """`rules.match(...).score` with the occupation and location credits already known."""
    earned = w.occupation * occupation + w.location * location
    if w.skill:
        need = o.skill
        if need:
            have = p.have if not o.code else p.have_by_medium.get(o.groups[1], p.base) if o.groups[1] else p.base
            earned += w.skill * (0 if have is None else 100 if have <= need else 50 if have == need + 1 else 0)
        else:
            earned += w.skill * 100
    if w.experience:
        need = o.months
        if need:
            months = p.months_all if not o.code else p.months_by_minor.get(o.groups[2], 0) if o.groups[2] else 0
            earned += w.experience * (100 if months >= need else 50 if months * 2 >= need else 0)
        else:
            earned += w.experience * 100
    if w.pay:
        salary, offered = p.salary, o.offered
        earned += w.pay * (100 if salary is None else w.unknown if not offered else 100 if offered >= salary
                           else 50 if offered * 100 >= salary * (100 - w.tolerance) else 0)
    if w.pattern:
        pattern = o.pattern
        earned += w.pattern * (w.unknown if not pattern else 100 if not p.pattern or p.pattern == "any"
                               or pattern == "any" or pattern == p.pattern else 0)
    if w.availability and p.ready:
        earned += w.availability * (100 if p.lead_days is None or p.lead_days <= o.start_days else 50)
    total = w.total_weight
    return round(earned / total) if total else 0


def occupation_level(p: Person, o: Offer) -> int | None:
    """Shared code segments of the best of the person's codes (`rules._occupation`); None when unknown."""
    if not o.code or not p.codes:
        return None
    groups = o.groups
    for n in (4, 3, 2, 1):
        if groups[n - 1] and groups[n - 1] in p.prefixes[n]:
            return n
    return 0


def _tiers(p: Person, w: Weights) -> list[tuple[int | None, int, list]]:
    """(level, occupation credit, bucket keys) of the occupation tiers a person's vacancies fall in."""
    wished = (5, p.sought_major) if p.sought_major else (6, "")
    if not p.codes:
        return [(None, w.unknown, [wished])]
    tiers = [(None, w.unknown, [(5, _NO_CODE)])]
    for n in (4, 3, 2, 1):
        groups = [g for g in p.prefixes[n] if not p.sought_major or g.split("-")[0] == p.sought_major]
        if groups:
            tiers.append((n, _CREDIT[n], [(n, g) for g in sorted(groups)]))
    return tiers + [(0, 0, [wished])]


def _partitions(p: Person, w: Weights, cat: Catalogue) -> list:
    """(bound, level, occupation credit, location credit, bucket lists), best bound first."""
    by_credit: dict[int, list] = {}
    for district in cat.districts:
        by_credit.setdefault(p.location.get(district, p.location_other), []).append(district)
    rest = (w.skill + w.experience + w.pay) * 100 + (w.availability * 100 if p.ready else 0)
    total, out = w.total, []
    for level, occupation, keys in _tiers(p, w):
        for location, districts in by_credit.items():
            for stated in (True, False):
                earned = (w.occupation * occupation + w.location * location + rest
                          + w.pattern * (100 if stated else w.unknown))
                lists = [lst for key in keys for lst in cat.lists(key, districts, stated) if lst]
                if lists:
                    out.append((round(earned / total) if total else 0, level, occupation, location, lists))
    out.sort(key=lambda part: -part[0])
    return out


def _newest_first(lists: list[list[Offer]]):
    """One partition's offers newest first: sorted at once when few, merged lazily when many."""
    if len(lists) == 1:
        return lists[0]
    if sum(len(lst) for lst in lists) <= 4000:
        return sorted(chain.from_iterable(lists), key=_PK, reverse=True)
    return heapq.merge(*lists, key=_PK, reverse=True)


def top_vacancies(p: Person, *, cat: Catalogue, w: Weights, min_score: int, limit: int = 20, exclude=(),
                  include_below_threshold: bool = False) -> list[tuple[int, int]]:
    """(vacancy pk, score) of the person's top `limit`: the same rows and order as `reference.vacancies_for`."""
    floor = 0 if include_below_threshold else min_score
    best: list[tuple[int, int]] = []  # (score, pk) min-heap: best[0] is the current k-th row
    kth = (-1, -1)  # best[0] once the list is full
    major, pay_floor = p.sought_major, p.pay_floor
    for bound, level, occupation, location, lists in _partitions(p, w, cat):
        if bound < floor or kth[0] > bound:
            break
        for o in _newest_first(lists):
            if kth >= (bound, o.pk):
                break
            if (major and o.code and o.major != major) or (pay_floor is not None and o.wish_pay is not None
                                                           and o.wish_pay < pay_floor):
                continue
            if occupation_level(p, o) != level or o.pk in exclude:
                continue
            row = (_score(w, p, o, occupation, location), o.pk)
            if row[0] < floor:
                continue
            if len(best) < limit:
                heapq.heappush(best, row)
                if len(best) == limit:
                    kth = best[0]
            elif row > kth:
                heapq.heapreplace(best, row)
                kth = best[0]
    return [(pk, score) for score, pk in sorted(best, reverse=True)]
