"""Discrimination screening of vacancy text (requirement BJ-38-3).

Pure Python (the standard library and jieba, no Django) so that it can be used
by the review workflow, by imports and by offline benchmarks alike.

How it works
------------
* The rule set is data: ``rules_v<version>.json`` in this package, compiled by
  ``compiler.load_ruleset`` (see its docstring for the file format).  Version 2
  states the grounds the Employment Promotion Law and its implementing rules
  protect and the city's configurable grounds, each with the articles to cite;
  vocabularies per ground combined with constructions (restriction, preference,
  exclusion, form fields, list items, euphemisms); explicit patterns for what
  those do not cover; an allow-list of lawful look-alikes.  A city passes
  ``extra`` to extend it; the combined version string (``"2+haidian.3"``) is
  recorded on every finding so that a review decision can be traced to the
  exact rules used.
* Text is normalised before matching (``normalise``): NFKC, lower case, mapped
  characters, spaces and decorative punctuation inside words dropped.  The
  copy keeps a map to the original offsets, so ``text[f.start:f.end] ==
  f.phrase`` is the phrase as written (Python ``str`` indices; ``end``
  exclusive).  Version 1 only folds full-width ASCII.
* A match is discarded when it overlaps a span matched by an allow-list entry
  (``男女不限``, ``残疾人优先``, ``孕期不安排夜班`` ...); only the overlapping
  match is discarded, so ``男女不限，但限本地户口`` still yields the
  household-registration finding.  A match is also discarded when its key word
  lies inside a whole jieba token the ground lists as neutral (``女装`` in
  ``女装店长``; see ``tokens``).
* Several rules may match the same words; for each ground the longest match
  is kept and overlapping shorter ones of the same ground are dropped.
  Findings of different grounds may overlap.
* Numeric age ceilings are checked in code against the parameters
  ``minimum_working_age`` (16) and ``age_ceiling_exempt_from`` (60): a ceiling
  from 16 up to 59 is a finding, 60 or more (the retirement boundary) is not,
  and a range starting below 16 describes clients, not applicants.

A hit does not decide the case: per BJ-38-3 it blocks approval until the
reviewer resolves it.  Lawful exceptions that the allow-list does not
recognise are reported; the reviewer overrides with the legal basis recorded.
The readings chosen for vague cases are listed in ``docs/screening.md``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from careerguide.vacancies.screening.compiler import PACKAGE_DIR, available_versions, load_ruleset
from careerguide.vacancies.screening.normalise import Normalised
from careerguide.vacancies.screening.ruleset import AllowEntry, Ground, RuleSet, RuleSetError, ScreeningRule
from careerguide.vacancies.screening.tokens import inside_neutral_token, tokens

__all__ = [
    "PACKAGE_DIR",
    "AllowEntry",
    "Finding",
    "Ground",
    "RuleSet",
    "RuleSetError",
    "ScreeningRule",
    "available_versions",
    "load_ruleset",
    "screen_fields",
    "screen_text",
]


@dataclass(frozen=True)
class Finding:
    """One discriminatory phrase found in a text.

    ``start``/``end`` are offsets into the screened text (``end`` exclusive),
    so ``text[start:end] == phrase``.  ``field`` is the vacancy field name when
    the finding came from ``screen_fields``.  ``articles`` is the legal basis;
    ``basis`` states the rule in a sentence; ``ground_kind`` tells a statutory
    ground from one of the city's configurable grounds.
    """

    phrase: str
    start: int
    end: int
    ground: str
    ground_label: str
    articles: tuple[str, ...]
    rule_id: str
    ruleset_version: str
    field: str | None = None
    ground_kind: str = ""
    basis: str = ""

    @property
    def legal_basis(self) -> str:
        return "、".join(self.articles)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable form, for storing with a review decision."""
        return {
            "field": self.field,
            "phrase": self.phrase,
            "start": self.start,
            "end": self.end,
            "ground": self.ground,
            "ground_label": self.ground_label,
            "ground_kind": self.ground_kind,
            "articles": list(self.articles),
            "basis": self.basis,
            "rule_id": self.rule_id,
            "ruleset_version": self.ruleset_version,
        }


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    order: int
    rule: ScreeningRule
    term: tuple[int, int]


_CHINESE_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                   "九": 9}


def _parse_number(token: str | None) -> int | None:
    """Parse ``35`` or a Chinese numeral up to 99 (``三十五``, ``十八``, ``二八`` is not one)."""
    if token is None:
        return None
    if token.isdigit():
        return int(token)
    if "十" in token:
        tens, _, units = token.partition("十")
        if len(tens) > 1 or len(units) > 1 or "十" in units:
            return None
        tens_value = _CHINESE_DIGITS.get(tens) if tens else 1
        units_value = _CHINESE_DIGITS.get(units) if units else 0
        if tens_value is None or units_value is None:
            return None
        return tens_value * 10 + units_value
    if len(token) == 1:
        return _CHINESE_DIGITS.get(token)
    return None


def _ceiling_applies(rule: ScreeningRule, match: re.Match[str], parameters: Mapping[str, int]) -> bool:
    ceiling = _parse_number(match.group(rule.ceiling_group))
    if ceiling is None:
        return False
    minimum = parameters["minimum_working_age"]
    if not minimum <= ceiling < parameters["age_ceiling_exempt_from"]:
        return False
    if rule.floor_group is not None and match.group(rule.floor_group) is not None:
        floor = _parse_number(match.group(rule.floor_group))
        if floor is None or floor < minimum or floor > ceiling:
            return False
    return True


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def _allowed_spans(text: str, ruleset: RuleSet) -> list[tuple[int, int]]:
    return [m.span() for entry in ruleset.allow for m in entry.regex.finditer(text) if m.end() > m.start()]


def _candidates(text: str, ruleset: RuleSet) -> list[_Candidate]:
    """Every rule match that is not empty, passes its age check and overlaps no allow-listed phrase."""
    allowed = _allowed_spans(text, ruleset)
    found = []
    for order, rule in enumerate(ruleset.rules):
        for match in rule.regex.finditer(text):
            start, end = match.span()
            if end == start or _overlaps(start, end, allowed):
                continue
            if rule.ceiling_group is not None and not _ceiling_applies(rule, match, ruleset.parameters):
                continue
            found.append(_Candidate(start, end, order, rule, rule.term_span(match)))
    return found


def _without_neutral_tokens(text: str, candidates: list[_Candidate], ruleset: RuleSet) -> list[_Candidate]:
    """Drop candidates whose key word lies inside a token their ground lists as neutral."""
    if not any(ruleset.grounds[c.rule.ground].neutral_tokens for c in candidates):
        return candidates
    segmented = tokens(text, ruleset.neutral_tokens)
    return [c for c in candidates
            if not inside_neutral_token(c.term, segmented, ruleset.grounds[c.rule.ground].neutral_tokens)]


def _longest_per_ground(candidates: list[_Candidate]) -> list[_Candidate]:
    kept: dict[str, list[tuple[int, int]]] = {}
    result = []
    for candidate in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start, c.order)):
        spans = kept.setdefault(candidate.rule.ground, [])
        if not _overlaps(candidate.start, candidate.end, spans):
            spans.append((candidate.start, candidate.end))
            result.append(candidate)
    return result


def _finding(text: str, normalised: Normalised, candidate: _Candidate, ruleset: RuleSet,
             field: str | None) -> Finding:
    start, end = normalised.original_span(candidate.start, candidate.end)
    ground: Ground = ruleset.grounds[candidate.rule.ground]
    return Finding(phrase=text[start:end], start=start, end=end, ground=ground.code, ground_label=ground.label,
                   articles=ground.articles, rule_id=candidate.rule.rule_id, ruleset_version=ruleset.version,
                   field=field, ground_kind=ground.kind, basis=ground.basis)


def screen_text(text: str, ruleset: RuleSet, *, field: str | None = None) -> list[Finding]:
    """Screen one text; return its findings ordered by position."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    normalised = ruleset.normaliser(text)
    candidates = _without_neutral_tokens(normalised.text, _candidates(normalised.text, ruleset), ruleset)
    findings = [_finding(text, normalised, c, ruleset, field) for c in _longest_per_ground(candidates)]
    return sorted(findings, key=lambda f: (f.start, f.end, f.ground))


def screen_fields(fields: Mapping[str, str | None], ruleset: RuleSet) -> dict[str, list[Finding]]:
    """Screen every text field of a vacancy.

    Returns one entry per field, in the given order, with an empty list for a
    clean or empty (``None``/``""``) field.  Each finding carries its field name.
    """
    return {name: screen_text(value or "", ruleset, field=name) for name, value in fields.items()}
