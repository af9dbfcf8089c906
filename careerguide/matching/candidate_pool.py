"""Every matchable person's match features in compact columns, to rank one vacancy's candidates (pure, no Django).

The counterpart of `batch` for the other direction.  A `Pool` gives each person a slot, in primary-key
order, and keeps what the instrument reads of them in `array` columns indexed by slot (one machine integer
per person and column, no Python object per person).  The persons are also filed in lists of slots, each
ascending (so read backwards, newest first), by the major group of the sought occupation (the vacancy
must be in it, `match_features.follows_wishes`; "" for persons who seek none) and by occupation group:

- (class, group) for each major, medium and minor group and code of the person's codes (sought occupation,
  work history, certificates); a list of a medium group or deeper carries, aligned with the slots, the best
  certificate level in that medium group, and a list of a minor group or deeper the work-history months in
  that minor group (what `rules._best_level` and `rules._experience` read for a vacancy of that group);
- (class, NO_CODE) for the persons without any code, (class, ALL) for everyone.

For a vacancy, every occupation credit is one partition: the persons of the vacancy's own code, of its
minor group but not its code, …, of no code, of another major group.  The partition's upper bound (its
occupation credit and the best credit of every other criterion) is known before it is read; partitions
are read best bound first, each newest first, and reading stops as soon as the current 20th row beats
everything left (a higher score, or the bound itself with a newer person), as `batch.top_vacancies` does.
The result is the same rows in the same order as `reference.candidate_loop` (scoring every person with
`rules.match`); the tests compare the two.

A changed person is `put` again (or `drop`ped): their slot's generation rises, so entries filed under the
old state are skipped wherever they lie, and new entries are filed under the new state.
"""
from __future__ import annotations

import bisect
import datetime as dt
import heapq
from array import array
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from . import match_features, rules

NO_CODE = "\x00"
ALL = "\x01"
_CREDIT = {4: 100, 3: 75, 2: 50, 1: 25}
_HAS_AREA, _AREA_ANY, _HAS_CODES = 1, 2, 4
_MONTHS_CAP = 65535
_NO_MONTHS = (0, 0, 0, ())


class _Filed:
    """One list of persons: slots ascending, the slot's generation when filed, and the group's own values."""

    __slots__ = ("slots", "gens", "cert", "closed", "opened", "opened_sum")

    def __init__(self, depth: int):
        self.slots, self.gens = array("i"), array("I")
        self.cert = array("b") if depth >= 2 else None  # best certificate level in the medium group, 0 for none
        self.closed = array("H") if depth >= 3 else None  # months of ended work in the minor group
        self.opened = array("b") if depth >= 3 else None  # ongoing jobs in the minor group
        self.opened_sum = array("I") if depth >= 3 else None  # their start month numbers, summed

    def add(self, slot: int, gen: int, values: tuple) -> None:
        if not self.slots or self.slots[-1] < slot:  # the newest person (every one, while loading)
            self.slots.append(slot)
            self.gens.append(gen)
            if self.cert is not None:
                self.cert.append(values[0])
            if self.closed is not None:
                self.closed.append(values[1])
                self.opened.append(values[2])
                self.opened_sum.append(values[3])
            return
        at = bisect.bisect_right(self.slots, slot)
        self.slots.insert(at, slot)
        self.gens.insert(at, gen)
        if self.cert is not None:
            self.cert.insert(at, values[0])
        if self.closed is not None:
            self.closed.insert(at, values[1])
            self.opened.insert(at, values[2])
            self.opened_sum.insert(at, values[3])


class Person(NamedTuple):
    """One person's record, read into what the columns hold (transient: built, filed, dropped)."""

    pk: int
    unit: int
    cls: str
    skill: int
    cert_any: int
    salary: int
    pattern: str
    habitual: int
    flags: int
    area: frozenset
    earliest: int
    experience: tuple  # (closed months, ongoing count, their start months summed, their start months)
    groups: dict  # group → (cert level, closed months, ongoing count, start sum, start months)


def _level(levels) -> int:
    present = [level for level in levels if level]
    return min(present) if present else 0


def _months(items) -> tuple:
    closed, starts = 0, []
    for start, end in items:
        if start is None:
            continue
        if end is not None:
            if end > start:
                closed += end - start
        else:
            starts.append(start)
    return min(closed, _MONTHS_CAP), len(starts), sum(starts), tuple(starts)


class _Known(dict):
    """A cache that computes a missing key once (`known[key]` stays one dictionary lookup)."""

    def __init__(self, compute):
        super().__init__()
        self._compute = compute

    def __missing__(self, key):
        value = self[key] = self._compute(key)
        return value


class Reader:
    """Reads person records into `Person`s, remembering what repeats across persons (the groups of a code, the
    month number of a date, the districts an area names, a date's day number), so that a million records
    load in seconds."""

    def __init__(self, districts: Mapping[int, tuple[str, ...]]):
        self.districts = districts
        self._codes = _Known(self._code)
        self._months = _Known(self._month)
        self._areas = _Known(self._area)
        self._days = _Known(lambda value: dt.date.fromisoformat(value).toordinal() if value else 0)

    @staticmethod
    def _code(code: str) -> tuple:
        groups = match_features.code_groups(code)
        return (groups[1], groups[2], tuple(
            (group, groups[1] if depth >= 2 else "", groups[2] if depth >= 3 else "")
            for depth, group in enumerate(groups, start=1) if group))

    def code(self, code: str) -> tuple:
        """(medium group, minor group, ((group, its medium group, its minor group), …)) of a code."""
        return self._codes[code]

    @staticmethod
    def _month(value) -> int | None:
        return match_features.month_number(dt.date.fromisoformat(value)) if value else None

    def month(self, value) -> int | None:
        return self._months[value]

    def _area(self, text: str) -> tuple[int, frozenset]:
        area = text.strip()
        flags = (_HAS_AREA if area else 0) | (_AREA_ANY if area and any(w in area for w in rules.ANY_AREA_WORDS)
                                              else 0)
        return flags, frozenset(match_features.area_districts(area, self.districts))

    def area(self, text: str) -> tuple[int, frozenset]:
        return self._areas[text]

    def person(self, pk: int, unit: int, record: Mapping) -> Person:
        get, code_of, month = record.get, self._codes, self._months
        sought = get("sought_occupation_code") or ""
        codes = [sought] if sought else []
        items = []
        for code, start, end in get("experience", ()):
            code = code or ""
            items.append((code, month[start], month[end]))
            if code:
                codes.append(code)
        cert_by_medium: dict[str, int] = {}
        cert_any = 0
        for code, level in get("certificates", ()):
            code = code or ""
            if code:
                codes.append(code)
            if level:
                if not cert_any or level < cert_any:
                    cert_any = level
                medium = code_of[code][0]
                if medium:
                    known = cert_by_medium.get(medium)
                    if known is None or level < known:
                        cert_by_medium[medium] = level
        items_by_minor: dict[str, list] = {}
        for code, start, end in items:
            minor = code_of[code][1]
            if minor:
                items_by_minor.setdefault(minor, []).append((start, end))
        groups = {}
        if codes:
            months_of: dict[str, tuple] = {}
            for code in codes:
                for group, medium, minor in code_of[code][2]:
                    if group not in groups:
                        if minor:
                            months = months_of.get(minor)
                            if months is None:
                                minor_items = items_by_minor.get(minor)
                                months = months_of[minor] = _months(minor_items) if minor_items else _NO_MONTHS
                        else:
                            months = _NO_MONTHS
                        groups[group] = (cert_by_medium.get(medium, 0) if medium else 0, *months)
        flags, area = self._areas[get("sought_area") or ""]
        return Person(pk, unit or 0, sought.split("-")[0] if sought else "", get("skill_level") or 0, cert_any,
                      get("salary_min") or 0, get("working_pattern") or "", get("habitual_district_id") or 0,
                      flags | (_HAS_CODES if codes else 0), area, self._days[get("earliest_start") or ""],
                      _months([(start, end) for _code, start, end in items]) if items else _NO_MONTHS, groups)


def person_from_record(pk: int, unit: int, record: Mapping, *, districts: Mapping[int, tuple[str, ...]]) -> Person:
    return Reader(districts).person(pk, unit, record)


class Pool:
    """The columns and the lists (see the module's note)."""

    def __init__(self):
        self.pk, self.gen, self.alive = array("q"), array("I"), array("b")
        self.unit, self.skill, self.cert_any, self.salary = array("i"), array("b"), array("b"), array("I")
        self.pattern, self.habitual, self.flags, self.area = array("b"), array("i"), array("b"), array("i")
        self.earliest, self.closed, self.opened, self.opened_sum = array("i"), array("I"), array("b"), array("I")
        self.lists: dict[tuple[str, str], _Filed] = {}
        self.patterns: list[str] = ["", "any"]
        self.areas: list[frozenset] = [frozenset()]
        self._pattern_ids = {p: i for i, p in enumerate(self.patterns)}
        self._area_ids = {frozenset(): 0}
        self.starts: dict = {}  # (slot, gen, group or ALL) → start months, for two or more ongoing jobs
        self.count = 0  # persons in the pool

    # ---- filing ----------------------------------------------------------------------------------------

    def reserve(self, pks: Iterable[int]) -> None:
        """Give these persons (ascending, above every slot so far) a slot each, empty until `put`."""
        added = array("q", pks)
        self.pk.extend(added)
        for column in self._columns():
            column.frombytes(bytes(len(added) * column.itemsize))

    def _columns(self) -> tuple:
        return (self.gen, self.alive, self.unit, self.skill, self.cert_any, self.salary, self.pattern, self.habitual,
                self.flags, self.area, self.earliest, self.closed, self.opened, self.opened_sum)

    def _append(self, pk: int) -> int:
        self.pk.append(pk)
        for column in self._columns():
            column.append(0)
        return len(self.pk) - 1

    def slot_of(self, pk: int) -> int | None:
        at = bisect.bisect_left(self.pk, pk)
        return at if at < len(self.pk) and self.pk[at] == pk else None

    def fits(self, pk: int) -> bool:
        """Whether `put` can take this person: known, or newer than everyone known."""
        return self.slot_of(pk) is not None or not self.pk or pk > self.pk[-1]

    def put(self, person: Person) -> None:
        slot = self.slot_of(person.pk)
        if slot is None:
            if not self.fits(person.pk):
                raise ValueError("a person older than the pool's newest needs a reload")
            slot = self._append(person.pk)
        if self.alive[slot]:
            self.drop(person.pk)
        gen = self.gen[slot]
        self.alive[slot] = 1
        self.count += 1
        self.unit[slot], self.skill[slot], self.cert_any[slot] = person.unit, person.skill, person.cert_any
        self.salary[slot], self.habitual[slot], self.flags[slot] = person.salary, person.habitual, person.flags
        pattern = self._pattern_ids.get(person.pattern)
        if pattern is None:
            pattern = self._pattern_ids[person.pattern] = len(self.patterns)
            self.patterns.append(person.pattern)
        self.pattern[slot] = pattern
        area = self._area_ids.get(person.area)
        if area is None:
            area = self._area_ids[person.area] = len(self.areas)
            self.areas.append(person.area)
        self.area[slot] = area
        self.earliest[slot] = person.earliest
        closed, opened, opened_sum, starts = person.experience
        self.closed[slot], self.opened[slot], self.opened_sum[slot] = closed, min(opened, 127), opened_sum
        if opened > 1:
            self.starts[(slot, gen, ALL)] = starts
        cls, lists = person.cls, self.lists
        filed = lists.get((cls, ALL)) or self._list(cls, ALL, 0)
        if filed.slots and filed.slots[-1] >= slot:
            filed.add(slot, gen, ())
        else:  # the newest person (every one, while loading)
            filed.slots.append(slot)
            filed.gens.append(gen)
        if not person.flags & _HAS_CODES:  # a malformed code is a code (it earns 0, not the unknown credit)
            self._list(cls, NO_CODE, 0).add(slot, gen, ())
        for group, values in person.groups.items():
            filed = lists.get((cls, group)) or self._list(cls, group, group.count("-") + 1)
            cert, closed, opened, opened_sum, starts = values
            if opened > 1:
                self.starts[(slot, gen, group)] = starts
            if opened > 127:
                opened = 127
            slots = filed.slots
            if slots and slots[-1] >= slot:
                filed.add(slot, gen, (cert, closed, opened, opened_sum))
                continue
            slots.append(slot)  # the newest person (every one, while loading)
            filed.gens.append(gen)
            if filed.cert is not None:
                filed.cert.append(cert)
                if filed.closed is not None:
                    filed.closed.append(closed)
                    filed.opened.append(opened)
                    filed.opened_sum.append(opened_sum)

    def drop(self, pk: int) -> None:
        """Take the person out (their entries go stale); nothing when they are not in the pool."""
        slot = self.slot_of(pk)
        if slot is None or not self.alive[slot]:
            return
        self.alive[slot] = 0
        self.gen[slot] += 1
        self.count -= 1

    def _list(self, cls: str, group: str, depth: int) -> _Filed:
        filed = self.lists.get((cls, group))
        if filed is None:
            filed = self.lists[(cls, group)] = _Filed(depth)
        return filed

    def members(self, cls: str, group: str) -> set[int]:
        """The slots filed under a list now (stale entries left out)."""
        filed, gen, alive = self.lists.get((cls, group)), self.gen, self.alive
        if filed is None:
            return set()
        return {slot for slot, g in zip(filed.slots, filed.gens) if g == gen[slot] and alive[slot]}


# ---- ranking ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """One vacancy and the instrument, as the ranking compares them."""

    code: str
    required_skill: int
    required_months: int
    offered: int  # pay_max or pay_min (what `rules._pay` compares), 0 for none
    wish_offered: int | None  # pay_max, else pay_min (what `follows_wishes` compares)
    pattern: str
    district: int
    start_by: int  # the day (ordinal) a person must be able to start by
    month: int  # month number of the day of the match
    weights: Mapping[str, int]
    unknown: int
    tolerance: int
    floor: int

    @classmethod
    def of(cls, record: Mapping, offer: rules.VacancyFacts, *, definition: rules.InstrumentDefinition, on: dt.date,
           include_below_threshold: bool = False) -> Query:
        pay_min, pay_max = record.get("pay_min"), record.get("pay_max")
        return cls(code=offer.occupation_code or "", required_skill=offer.required_skill_level or 0,
                   required_months=offer.min_experience_months or 0, offered=(offer.pay_max or offer.pay_min) or 0,
                   wish_offered=pay_max if pay_max is not None else pay_min, pattern=offer.working_pattern or "",
                   district=offer.work_district_id or 0,
                   start_by=(on + dt.timedelta(days=offer.start_within_days)).toordinal(),
                   month=match_features.month_number(on),
                   weights={k: int(definition.weights.get(k, 0)) for k in rules.CRITERIA
                            if int(definition.weights.get(k, 0)) > 0},
                   unknown=definition.unknown_credit_percent, tolerance=definition.pay_tolerance_percent,
                   floor=0 if include_below_threshold else definition.min_score)


def _partitions(pool: Pool, q: Query) -> list[tuple[int, int, str, str, int, str | None]]:
    """(bound, occupation credit, class, list group, depth of its group values, group whose members to skip)."""
    w = q.weights
    total = sum(w.values())
    rest = sum(weight * 100 for key, weight in w.items() if key not in (rules.OCCUPATION, rules.WORKING_PATTERN,
                                                                           rules.LOCATION))
    rest += w.get(rules.WORKING_PATTERN, 0) * (100 if q.pattern else q.unknown)
    rest += w.get(rules.LOCATION, 0) * (100 if q.district else q.unknown)
    occupation = w.get(rules.OCCUPATION, 0)

    def bound(credit):
        return round((occupation * credit + rest) / total) if total else 0

    out = []
    if not q.code:
        for cls in sorted({cls for cls, group in pool.lists if group == ALL}):
            out.append((bound(q.unknown), q.unknown, cls, ALL, 0, None))
    else:
        groups = [g for g in match_features.code_groups(q.code) if g]
        for cls in dict.fromkeys((q.code.split("-")[0], "")):
            for depth in range(len(groups), 0, -1):
                deeper = groups[depth] if depth < len(groups) else None
                out.append((bound(_CREDIT[depth]), _CREDIT[depth], cls, groups[depth - 1], depth, deeper))
            out.append((bound(q.unknown), q.unknown, cls, NO_CODE, 0, None))
            out.append((bound(0), 0, cls, ALL, 0, groups[0] if groups else None))
    out.sort(key=lambda part: -part[0])
    return out


class _Scorer:
    """The criteria of `rules.match` but the occupation, for one vacancy, over the pool's columns."""

    def __init__(self, pool: Pool, q: Query):
        w = q.weights
        self.total = sum(w.values())
        self.w_skill, self.w_exp, self.w_pay = w.get(rules.SKILL_LEVEL, 0), w.get(rules.EXPERIENCE, 0), w.get(rules.PAY, 0)
        self.w_pat, self.w_loc = w.get(rules.WORKING_PATTERN, 0), w.get(rules.LOCATION, 0)
        self.w_av, self.q, self.pool = w.get(rules.AVAILABILITY, 0), q, pool
        self.keep = 100 - q.tolerance
        # the pattern credit by the person's pattern id; whether a person's named areas hold the district
        self.pattern_credit = [q.unknown if not q.pattern else 100 if q.pattern == "any" or p in ("", "any")
                               or p == q.pattern else 0 for p in pool.patterns]
        self.in_district = [q.district in area for area in pool.areas] if q.district else None

    def months(self, slot: int, filed: _Filed, at: int, depth: int, group: str) -> int:
        """Work-history months as `rules._experience` counts them for this vacancy, on the day of the match."""
        pool, now = self.pool, self.q.month
        if not self.q.code:
            months, opened, opened_sum, key = pool.closed[slot], pool.opened[slot], pool.opened_sum[slot], ALL
        elif depth >= 3:
            months, opened, opened_sum, key = filed.closed[at], filed.opened[at], filed.opened_sum[at], group
        else:
            return 0
        if opened == 1:
            return months + max(0, now - opened_sum)
        if opened:
            return months + sum(max(0, now - start) for start in pool.starts[(slot, filed.gens[at], key)])
        return months

    def earned(self, slot: int, filed: _Filed, at: int, depth: int, group: str) -> int:
        pool, q, earned = self.pool, self.q, 0
        if self.w_skill:
            need, have = q.required_skill, pool.skill[slot]
            if need:
                other = pool.cert_any[slot] if not q.code else filed.cert[at] if depth >= 2 else 0
                if other and (not have or other < have):
                    have = other
                earned += self.w_skill * (0 if not have else 100 if have <= need else 50 if have == need + 1 else 0)
            else:
                earned += self.w_skill * 100
        if self.w_exp:
            need = q.required_months
            months = self.months(slot, filed, at, depth, group) if need else 0
            earned += self.w_exp * (100 if not need or months >= need else 50 if months * 2 >= need else 0)
        if self.w_pay:
            salary, offered = pool.salary[slot], q.offered
            earned += self.w_pay * (100 if not salary else q.unknown if not offered else 100 if offered >= salary
                                    else 50 if offered * 100 >= salary * self.keep else 0)
        if self.w_pat:
            earned += self.w_pat * self.pattern_credit[pool.pattern[slot]]
        if self.w_loc:
            flags, habitual, district = pool.flags[slot], pool.habitual[slot], q.district
            earned += self.w_loc * (q.unknown if not district else 100 if flags & _AREA_ANY
                                    or self.in_district[pool.area[slot]] or habitual == district
                                    else q.unknown if not flags & _HAS_AREA and not habitual else 0)
        if self.w_av:
            earliest = pool.earliest[slot]
            earned += self.w_av * (100 if not earliest or earliest <= q.start_by else 50)
        return earned


def top_candidates(pool: Pool, q: Query, *, units: Collection[int] | None, exclude: Collection[int] = (),
                   limit: int = 20) -> list[tuple[int, int]]:
    """(person pk, score) of the vacancy's top `limit` in the pool, persons of `units` only (None: every unit):
    the same rows and order as `reference.candidate_loop` over the same persons."""
    scorer, best = _Scorer(pool, q), []  # best: (score, pk) min-heap, best[0] the current k-th row once full
    for part in _partitions(pool, q):
        if part[0] < q.floor or (len(best) == limit and best[0][0] > part[0]):
            continue
        _scan(pool, q, scorer, part, units=units, exclude=exclude, best=best, limit=limit)
    return [(person, score) for score, person in sorted(best, reverse=True)]


def _scan(pool: Pool, q: Query, scorer: _Scorer, part, *, units, exclude, best: list, limit: int) -> None:
    """Read one partition newest first into `best`, until its k-th row beats every row left."""
    bound, credit, cls, group, depth, deeper = part
    filed = pool.lists.get((cls, group))
    if filed is None:
        return
    skip = pool.members(cls, deeper) if deeper else ()
    no_codes_apart = group == ALL and bool(q.code)  # persons without codes are read in their own partition
    occupation_earned, total, floor = q.weights.get(rules.OCCUPATION, 0) * credit, scorer.total, q.floor
    keep, wish = scorer.keep, q.wish_offered
    pk, gen, alive, unit_of, salary_of, flags_of = pool.pk, pool.gen, pool.alive, pool.unit, pool.salary, pool.flags
    slots, gens = filed.slots, filed.gens
    kth = best[0] if len(best) == limit else (-1, -1)
    for at in range(len(slots) - 1, -1, -1):
        slot = slots[at]
        if gens[at] != gen[slot] or not alive[slot]:
            continue
        person = pk[slot]
        if kth >= (bound, person):
            break
        if slot in skip or (no_codes_apart and not flags_of[slot] & _HAS_CODES):
            continue
        if units is not None and unit_of[slot] not in units:
            continue
        salary = salary_of[slot]
        if (salary and wish is not None and wish < salary * keep // 100) or person in exclude:
            continue  # the vacancy does not follow the person's wishes, or the person is already recommended
        earned = occupation_earned + scorer.earned(slot, filed, at, depth, group)
        row = (round(earned / total) if total else 0, person)
        if row[0] < floor:
            continue
        if len(best) < limit:
            heapq.heappush(best, row)
            if len(best) == limit:
                kth = best[0]
        elif row > kth:
            heapq.heapreplace(best, row)
            kth = best[0]
