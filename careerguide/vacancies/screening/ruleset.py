"""The compiled form of a screening rule set (BJ-38-3); built by ``compiler``, used by ``engine``."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass

from careerguide.vacancies.screening.normalise import Normaliser

STATUTORY = "statutory"
CONFIGURABLE = "configurable"
GROUND_KINDS = {STATUTORY: "法定禁止事项", CONFIGURABLE: "本市审查事项"}


class RuleSetError(ValueError):
    """A rule set file or a city extension is malformed."""


def compile_pattern(pattern: str, owner: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise RuleSetError(f"{owner!r}: invalid regular expression: {exc}") from exc


@dataclass(frozen=True)
class Ground:
    """A protected ground: Chinese label, the law articles to cite and a short statement of the rule.

    ``kind`` is ``statutory`` for the grounds the Employment Promotion Law and its
    implementing rules protect and ``configurable`` for the city's own review
    grounds (age, appearance, place of origin).  ``neutral_tokens`` are whole words
    in which this ground's key words are not a finding (``女装`` for sex).
    """

    code: str
    label: str
    articles: tuple[str, ...]
    name: str = ""
    kind: str = ""
    basis: str = ""
    neutral_tokens: frozenset[str] = frozenset()

    @property
    def kind_label(self) -> str:
        return GROUND_KINDS.get(self.kind, "")

    @property
    def legal_basis(self) -> str:
        """The articles as one Chinese phrase (``《…》第二十七条、《…》第四十三条``)."""
        return "、".join(self.articles)


@dataclass(frozen=True)
class ScreeningRule:
    """One pattern that detects a discriminatory requirement for one ground.

    ``ceiling_group`` names a regex group holding an age ceiling: the match
    counts only if the number is at least ``minimum_working_age`` and below
    ``age_ceiling_exempt_from``.  ``floor_group`` names an optional lower
    bound: a range starting below the minimum working age is ignored.  A group
    named ``term`` marks the ground's key word inside the match (checked against
    the ground's neutral tokens); without it the whole match is the key word.
    """

    rule_id: str
    ground: str
    pattern: str
    description: str = ""
    ceiling_group: str | None = None
    floor_group: str | None = None
    regex: re.Pattern[str] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", compile_pattern(self.pattern, self.rule_id))
        for group in (self.ceiling_group, self.floor_group):
            if group is not None and group not in self.regex.groupindex:
                raise RuleSetError(f"rule {self.rule_id!r}: pattern has no group named {group!r}")

    def term_span(self, match: re.Match[str]) -> tuple[int, int]:
        if "term" in self.regex.groupindex and match.start("term") >= 0:
            return match.span("term")
        return match.span()


@dataclass(frozen=True)
class AllowEntry:
    """A neutral phrase; rule matches overlapping it are discarded."""

    entry_id: str
    pattern: str
    description: str = ""
    regex: re.Pattern[str] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", compile_pattern(self.pattern, self.entry_id))


@dataclass(frozen=True)
class RuleSet:
    """A loaded, validated and compiled rule set."""

    version: str
    grounds: Mapping[str, Ground]
    rules: tuple[ScreeningRule, ...]
    allow: tuple[AllowEntry, ...]
    parameters: Mapping[str, int]
    normaliser: Normaliser = dataclasses.field(default_factory=Normaliser)

    def rule(self, rule_id: str) -> ScreeningRule:
        for candidate in self.rules:
            if candidate.rule_id == rule_id:
                return candidate
        raise KeyError(rule_id)

    @property
    def neutral_tokens(self) -> frozenset[str]:
        """Every ground's neutral tokens (one tokeniser dictionary serves them all)."""
        return frozenset().union(*(g.neutral_tokens for g in self.grounds.values()))
