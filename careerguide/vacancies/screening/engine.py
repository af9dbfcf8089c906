"""Discrimination screening of vacancy text (requirement BJ-38-3).

Pure Python (standard library only) so that it can be used by the review
workflow, by imports and by offline benchmarks alike.

How it works
------------
* The rule set is data: ``rules_v<version>.json`` in this package holds the
  grounds (with Chinese labels and the law articles to cite), the regular
  expressions that detect discriminatory requirements, an allow-list of
  neutral phrases and a few numeric parameters.  ``load_ruleset`` reads it; a
  city passes ``extra`` (same shape: ``name``, ``version`` and any of
  ``definitions``, ``grounds``, ``rules``, ``allow``, ``parameters``) to extend
  it.  The combined version string (``"1+haidian.2"``) is recorded on every
  finding so that a review decision can be traced to the exact rules used.
* Patterns are matched against the raw text, not tokens, because Chinese
  tokenisers split or miss fused requirements such as ``限男`` or ``京籍优先``.
  Before matching, full-width ASCII (``１６５``, ``－``) and the ideographic
  space are folded to half-width one character for one character, so match
  offsets are offsets into the original string (Python ``str`` indices, i.e.
  code points; ``end`` is exclusive).
* ``{{NAME}}`` in a pattern expands a named definition (recursively), so
  shared vocabularies such as exclusion words are written once.
* A match is discarded when it overlaps a span matched by any allow-list
  entry (``男女不限``, ``男士护肤品``, ``民族风``, ``少数民族优先`` ...).  Only the
  overlapping match is discarded, so ``男女不限，但限本地户口`` still yields
  the household-registration finding.
* Several rules may match the same words; for each ground the longest match
  is kept and overlapping shorter ones of the same ground are dropped.
  Findings of different grounds may overlap.

Readings chosen for vague cases
-------------------------------
* A hit does not decide the case: per BJ-38-3 it blocks approval until the
  reviewer resolves it.  Lawful exceptions (jobs prohibited for women by state
  rules, industry height standards, an age limit with a stated legal basis)
  are therefore still reported; the reviewer overrides with the legal basis
  recorded (Open question 22).  The engine does not try to parse legal bases.
* Sex: any restriction or preference for either sex is a finding (限男,
  女生优先, 性别：女, a bare ``男``/``女`` as a list item).  Product or service
  categories named by sex (男士护肤品, 女装店长), statutory protection of
  women workers and descriptions of customers (顾客以女性为主) are not.
* Marriage and childbearing: requiring, preferring or excluding a status
  (已婚已育优先, 宝妈优先, 孕妇勿扰), promises not to give birth, pregnancy
  tests and asking applicants to state the status are findings.  Benefits
  (生育保险, 产假, 母婴室) are not, nor is describing a job as suitable for
  mothers (适合宝妈的灵活兼职) without restricting who may apply.
* A threshold stated separately per sex (女生身高160cm以上，男生175cm以上) is
  reported under the threshold's ground (appearance, age), not as a sex
  restriction; excluding one sex outright is a sex finding.
* Ethnicity: naming an ethnic group as a requirement, preference or exclusion
  is a finding (限汉族, 汉族优先, a bare ``汉族`` list item).  A preference for
  ethnic minorities (少数民族优先) is lawful positive action under Art. 28 and
  is allow-listed; styles, cuisines and languages (民族风, 蒙古族舞蹈, 维吾尔语)
  are not requirements.
* Disability: exclusions and demands for an intact body (四肢健全, 身体无残疾)
  are findings; ``残疾人优先`` and invitations to disabled applicants are
  lawful.  A generic ``身体健康`` and job-related sensory requirements (无色盲
  for an electrician) are not screened.
* Pathogen carriers: any hepatitis B or HIV status, serology test or carrier
  exclusion is a finding.  A health certificate (健康证) or ``无传染性疾病``
  for food handling is lawful under the proviso of Art. 30 and not matched.
* Rural registration: requiring non-agricultural or urban registration, or
  excluding rural workers.  Place of registration or origin (本地户口, 京籍,
  外地人勿扰, 籍贯 requirements, 北京生源, regional exclusions such as
  河南人勿扰) is a separate ground.  Offering household registration as a benefit (可解决北京
  户口), residence near the workplace (家住附近者优先) and familiarity with the
  local market are not findings.
* Appearance: requirements on looks, height, weight or body shape are
  findings, including the adjectives ``形象好`` and ``形象气质佳`` (they judge
  looks, not conduct).  Grooming and conduct standards (仪表整洁, 着装得体,
  精神面貌良好) and corporate or shop image (品牌形象, 门店形象良好) are not.
* Age: a ceiling is a finding when it is at or above the minimum working age
  (parameter ``minimum_working_age``, 16) and below
  ``age_ceiling_exempt_from`` (60): ``35岁以下``, ``35周岁以内``, the upper bound
  of ``限25-35岁``, ``不超过40岁``, ``45岁以上勿扰``.  A ceiling of 60 or more
  (``年龄18-60岁``) is read as the statutory retirement boundary and is not
  flagged.  Numeric age ceilings are checked against these parameters in
  code; all other age wording is pure pattern matching.  Age floors (``年满18周岁``, ``16周岁以上``, ``20周岁以上``) are not
  screened.  Ranges starting below the minimum working age (``0-3岁``,
  ``3-12岁儿童``) describe clients, not applicants, and are ignored.  Birth
  cohorts (``90后优先``) and youth preferences (``年轻人优先``, ``大龄勿扰``) are
  findings.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
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

PACKAGE_DIR = Path(__file__).resolve().parent
_RULES_FILE = re.compile(r"^rules_v(?P<version>[0-9A-Za-z._-]+)\.json$")
_MACRO = re.compile(r"\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}")
_MAX_MACRO_DEPTH = 10

# Full-width ASCII (U+FF01..U+FF5E) to half-width and the ideographic space to
# a space.  Every mapping is one code point to one code point, so offsets in
# the folded text are offsets in the original text.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20


class RuleSetError(ValueError):
    """A rule set file or a city extension is malformed."""


@dataclass(frozen=True)
class Ground:
    """A protected ground with its Chinese label and the law articles to cite."""

    code: str
    label: str
    articles: tuple[str, ...]
    name: str = ""


@dataclass(frozen=True)
class ScreeningRule:
    """One pattern that detects a discriminatory requirement for one ground.

    ``ceiling_group`` names a regex group holding an age ceiling: the match
    counts only if the number is at least ``minimum_working_age`` and below
    ``age_ceiling_exempt_from``.  ``floor_group`` names an optional lower
    bound: a range starting below the minimum working age is ignored.
    """

    rule_id: str
    ground: str
    pattern: str
    description: str = ""
    ceiling_group: str | None = None
    floor_group: str | None = None
    regex: re.Pattern[str] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", _compile(self.pattern, self.rule_id))
        for group in (self.ceiling_group, self.floor_group):
            if group is not None and group not in self.regex.groupindex:
                raise RuleSetError(f"rule {self.rule_id!r}: pattern has no group named {group!r}")


@dataclass(frozen=True)
class AllowEntry:
    """A neutral phrase; rule matches overlapping it are discarded."""

    entry_id: str
    pattern: str
    description: str = ""
    regex: re.Pattern[str] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", _compile(self.pattern, self.entry_id))


@dataclass(frozen=True)
class Finding:
    """One discriminatory phrase found in a text.

    ``start``/``end`` are offsets into the screened text (``end`` exclusive),
    so ``text[start:end] == phrase``.  ``field`` is the vacancy field name when
    the finding came from ``screen_fields``.
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

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable form, for storing with a review decision."""
        return {
            "field": self.field,
            "phrase": self.phrase,
            "start": self.start,
            "end": self.end,
            "ground": self.ground,
            "ground_label": self.ground_label,
            "articles": list(self.articles),
            "rule_id": self.rule_id,
            "ruleset_version": self.ruleset_version,
        }


@dataclass(frozen=True)
class RuleSet:
    """A loaded, validated and compiled rule set."""

    version: str
    grounds: Mapping[str, Ground]
    rules: tuple[ScreeningRule, ...]
    allow: tuple[AllowEntry, ...]
    parameters: Mapping[str, int]

    def rule(self, rule_id: str) -> ScreeningRule:
        for candidate in self.rules:
            if candidate.rule_id == rule_id:
                return candidate
        raise KeyError(rule_id)


def _compile(pattern: str, owner: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise RuleSetError(f"{owner!r}: invalid regular expression: {exc}") from exc


def _expand(pattern: str, definitions: Mapping[str, str], owner: str) -> str:
    for _ in range(_MAX_MACRO_DEPTH):
        names = _MACRO.findall(pattern)
        if not names:
            return pattern
        for name in names:
            if name not in definitions:
                raise RuleSetError(f"{owner!r}: unknown definition {{{{{name}}}}}")
        pattern = _MACRO.sub(lambda m: definitions[m.group(1)], pattern)
    raise RuleSetError(f"{owner!r}: definitions nest deeper than {_MAX_MACRO_DEPTH} levels")


def _version_key(version: str) -> tuple[tuple[int, Any], ...]:
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"[._-]", version))


def available_versions() -> list[str]:
    """The rule-set versions shipped in this package, oldest first."""
    found = []
    for path in PACKAGE_DIR.iterdir():
        match = _RULES_FILE.match(path.name)
        if match:
            found.append(match.group("version"))
    return sorted(found, key=_version_key)


def _read_base(version: str | None) -> dict[str, Any]:
    versions = available_versions()
    if not versions:
        raise RuleSetError(f"no rules_v*.json file in {PACKAGE_DIR}")
    if version is None:
        version = versions[-1]
    if version not in versions:
        raise LookupError(f"rule set version {version!r} not found; available: {', '.join(versions)}")
    with (PACKAGE_DIR / f"rules_v{version}.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    if str(data.get("version")) != version:
        raise RuleSetError(f"rules_v{version}.json declares version {data.get('version')!r}")
    return data


def _as_mapping(value: Any, what: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise RuleSetError(f"{what} must be an object")
    return value


def _as_list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise RuleSetError(f"{what} must be a list")
    return value


def load_ruleset(version: str | None = None, extra: Mapping[str, Any] | str | Path | None = None) -> RuleSet:
    """Load a shipped rule set, optionally extended by a city's additions.

    ``version`` selects ``rules_v<version>.json`` (default: the newest).
    ``extra`` is a mapping, or a path to a JSON file, with ``name`` and
    ``version`` and any of ``definitions``, ``grounds``, ``rules``, ``allow``
    and ``parameters``.  Extra rules and allow entries are added; extra
    parameters replace base values; extra grounds must be new codes.  Rule and
    allow-entry ids must stay unique.  Raises ``LookupError`` for an unknown
    version and ``RuleSetError`` for malformed data.
    """
    base = _read_base(version)
    combined_version = str(base["version"])
    definitions = dict(_as_mapping(base.get("definitions"), "definitions"))
    grounds_data = dict(_as_mapping(base.get("grounds"), "grounds"))
    rules_data = list(_as_list(base.get("rules"), "rules"))
    allow_data = list(_as_list(base.get("allow"), "allow"))
    parameters = dict(_as_mapping(base.get("parameters"), "parameters"))

    if extra is not None:
        if isinstance(extra, (str, Path)):
            with Path(extra).open(encoding="utf-8") as handle:
                extra = json.load(handle)
        extra = _as_mapping(extra, "extra")
        name, extra_version = extra.get("name"), extra.get("version")
        if not name or extra_version in (None, ""):
            raise RuleSetError("extra rules need a 'name' and a 'version'")
        combined_version = f"{combined_version}+{name}.{extra_version}"
        definitions.update(_as_mapping(extra.get("definitions"), "extra definitions"))
        for code, ground in _as_mapping(extra.get("grounds"), "extra grounds").items():
            if code in grounds_data:
                raise RuleSetError(f"extra ground {code!r} already exists")
            grounds_data[code] = ground
        rules_data.extend(_as_list(extra.get("rules"), "extra rules"))
        allow_data.extend(_as_list(extra.get("allow"), "extra allow"))
        parameters.update(_as_mapping(extra.get("parameters"), "extra parameters"))

    grounds: dict[str, Ground] = {}
    for code, item in grounds_data.items():
        item = _as_mapping(item, f"ground {code!r}")
        articles = tuple(_as_list(item.get("articles"), f"ground {code!r} articles"))
        if not item.get("label") or not articles:
            raise RuleSetError(f"ground {code!r} needs a label and at least one article")
        grounds[code] = Ground(code=code, label=item["label"], articles=articles, name=item.get("name", ""))

    rules: list[ScreeningRule] = []
    for item in rules_data:
        item = _as_mapping(item, "rule")
        rule_id = item.get("id")
        if not rule_id or not item.get("pattern"):
            raise RuleSetError(f"rule {rule_id!r} needs an id and a pattern")
        if item.get("ground") not in grounds:
            raise RuleSetError(f"rule {rule_id!r}: unknown ground {item.get('ground')!r}")
        rules.append(
            ScreeningRule(
                rule_id=rule_id,
                ground=item["ground"],
                pattern=_expand(item["pattern"], definitions, rule_id),
                description=item.get("description", ""),
                ceiling_group=item.get("ceiling_group"),
                floor_group=item.get("floor_group"),
            )
        )

    allow: list[AllowEntry] = []
    for item in allow_data:
        item = _as_mapping(item, "allow entry")
        entry_id = item.get("id")
        if not entry_id or not item.get("pattern"):
            raise RuleSetError(f"allow entry {entry_id!r} needs an id and a pattern")
        allow.append(
            AllowEntry(
                entry_id=entry_id,
                pattern=_expand(item["pattern"], definitions, entry_id),
                description=item.get("description", ""),
            )
        )

    for kind, ids in (("rule", [r.rule_id for r in rules]), ("allow entry", [a.entry_id for a in allow])):
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise RuleSetError(f"duplicate {kind} id(s): {', '.join(duplicates)}")
    if any(r.ceiling_group for r in rules):
        for key in ("minimum_working_age", "age_ceiling_exempt_from"):
            if not isinstance(parameters.get(key), int):
                raise RuleSetError(f"parameter {key!r} must be an integer")

    return RuleSet(
        version=combined_version,
        grounds=grounds,
        rules=tuple(rules),
        allow=tuple(allow),
        parameters=parameters,
    )


_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _parse_number(token: str | None) -> int | None:
    """Parse ``35`` or a Chinese numeral up to 99 (``三十五``, ``十八``)."""
    if token is None:
        return None
    if token.isdigit():
        return int(token)
    if "十" in token:
        tens, _, units = token.partition("十")
        if len(tens) > 1 or len(units) > 1 or "十" in units:
            return None
        tens_value = _CHINESE_DIGITS.get(tens, None) if tens else 1
        units_value = _CHINESE_DIGITS.get(units, None) if units else 0
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
    if rule.floor_group is not None:
        floor = _parse_number(match.group(rule.floor_group))
        if floor is None or floor < minimum or floor > ceiling:
            return False
    return True


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def screen_text(text: str, ruleset: RuleSet, *, field: str | None = None) -> list[Finding]:
    """Screen one text; return its findings ordered by position."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    folded = text.translate(_FOLD)
    allowed = [m.span() for entry in ruleset.allow for m in entry.regex.finditer(folded) if m.end() > m.start()]

    candidates: list[tuple[int, int, int, ScreeningRule]] = []
    for order, rule in enumerate(ruleset.rules):
        for match in rule.regex.finditer(folded):
            start, end = match.span()
            if end == start:
                continue
            if rule.ceiling_group is not None and not _ceiling_applies(rule, match, ruleset.parameters):
                continue
            if _overlaps(start, end, allowed):
                continue
            candidates.append((start, end, order, rule))

    # Per ground keep the longest match; drop shorter overlapping ones.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    kept: dict[str, list[tuple[int, int]]] = {}
    findings: list[Finding] = []
    for start, end, _order, rule in candidates:
        spans = kept.setdefault(rule.ground, [])
        if _overlaps(start, end, spans):
            continue
        spans.append((start, end))
        ground = ruleset.grounds[rule.ground]
        findings.append(
            Finding(
                phrase=text[start:end],
                start=start,
                end=end,
                ground=ground.code,
                ground_label=ground.label,
                articles=ground.articles,
                rule_id=rule.rule_id,
                ruleset_version=ruleset.version,
                field=field,
            )
        )
    findings.sort(key=lambda f: (f.start, f.end, f.ground))
    return findings


def screen_fields(fields: Mapping[str, str | None], ruleset: RuleSet) -> dict[str, list[Finding]]:
    """Screen every text field of a vacancy.

    Returns one entry per field, in the given order, with an empty list for a
    clean or empty (``None``/``""``) field.  Each finding carries its field name.
    """
    return {name: screen_text(value or "", ruleset, field=name) for name, value in fields.items()}
