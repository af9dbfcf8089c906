"""Reading and compiling a screening rule set from its JSON data (BJ-38-3).

A rule set file ``rules_v<version>.json`` holds:

* ``normalise``: how text is normalised before matching (see ``normalise``);
  absent in version 1, which only folds full-width ASCII.
* ``definitions``: named regular-expression fragments; ``{{NAME}}`` in any
  pattern expands one (recursively).
* ``constructions``: the ways a posting restricts, prefers or excludes, each a
  list of pattern templates around ``{{TERM}}`` (and ``{{FIELD}}`` for a form
  field such as ``性别：``).
* ``grounds``: per code the Chinese label, the ``articles`` to cite, ``kind``
  (statutory or configurable), a short ``basis`` statement, ``vocabularies``
  (each a list of ``terms`` combined with the named ``constructions``) and
  ``neutral_tokens`` (whole words that are not a finding).
* ``rules``: explicit patterns for what no construction covers (age ceilings,
  pregnancy tests, height figures ...).  A rule may name a ``key``, a cheap
  pattern every one of its matches contains (``身份证``, ``口音|乡音``): the
  engine searches a text for the key first and skips the rule when it is
  absent, as it does for vocabulary rules.
* ``allow``: neutral phrases; a match overlapping one is dropped.
* ``parameters``: numbers the rules use (the minimum working age ...).

A city extension (``extra``) has ``name`` and ``version`` and any of
``definitions``, ``constructions`` (new names), ``grounds`` (new codes),
``vocabularies`` and ``neutral_tokens`` (per existing ground code, added),
``rules``, ``allow`` (added) and ``parameters`` (replacing base values).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from careerguide.vacancies.screening.normalise import normaliser_from
from careerguide.vacancies.screening.ruleset import (
    CONFIGURABLE,
    GROUND_KINDS,
    AllowEntry,
    Ground,
    RuleSet,
    RuleSetError,
    ScreeningRule,
)

PACKAGE_DIR = Path(__file__).resolve().parent
_RULES_FILE = re.compile(r"^rules_v(?P<version>[0-9A-Za-z._-]+)\.json$")
_MACRO = re.compile(r"\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}")
_MAX_MACRO_DEPTH = 10


@dataclass
class Sources:
    """The raw data of a rule set with its city extension merged in, before compiling."""

    version: str
    normalise: Mapping[str, Any] | None
    definitions: dict[str, str] = field(default_factory=dict)
    constructions: dict[str, Any] = field(default_factory=dict)
    grounds: dict[str, dict[str, Any]] = field(default_factory=dict)
    rules: list[Any] = field(default_factory=list)
    allow: list[Any] = field(default_factory=list)
    parameters: dict[str, Any] = field(default_factory=dict)


# ---- reading -------------------------------------------------------------------------------------------


def _version_key(version: str) -> tuple[tuple[int, Any], ...]:
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"[._-]", version))


def available_versions() -> list[str]:
    """The rule-set versions shipped in this package, oldest first."""
    found = [m.group("version") for p in PACKAGE_DIR.iterdir() if (m := _RULES_FILE.match(p.name))]
    return sorted(found, key=_version_key)


def read_base(version: str | None) -> dict[str, Any]:
    """The data of a shipped rule set (default: the newest)."""
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


def read_extra(extra: Mapping[str, Any] | str | Path | None) -> Mapping[str, Any] | None:
    """A city extension given as a mapping or a path to a JSON file; it must name itself and its version."""
    if extra is None:
        return None
    if isinstance(extra, (str, Path)):
        with Path(extra).open(encoding="utf-8") as handle:
            extra = json.load(handle)
    extra = as_mapping(extra, "extra")
    if not extra.get("name") or extra.get("version") in (None, ""):
        raise RuleSetError("extra rules need a 'name' and a 'version'")
    return extra


def as_mapping(value: Any, what: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise RuleSetError(f"{what} must be an object")
    return value


def as_list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise RuleSetError(f"{what} must be a list")
    return value


# ---- merging -------------------------------------------------------------------------------------------


def base_sources(base: Mapping[str, Any]) -> Sources:
    grounds = {code: dict(as_mapping(item, f"ground {code!r}"))
               for code, item in as_mapping(base.get("grounds"), "grounds").items()}
    for code, item in grounds.items():
        item["vocabularies"] = list(as_list(item.get("vocabularies"), f"ground {code!r} vocabularies"))
        item["neutral_tokens"] = list(as_list(item.get("neutral_tokens"), f"ground {code!r} neutral_tokens"))
    return Sources(
        version=str(base["version"]),
        normalise=base.get("normalise"),
        definitions=dict(as_mapping(base.get("definitions"), "definitions")),
        constructions=dict(as_mapping(base.get("constructions"), "constructions")),
        grounds=grounds,
        rules=list(as_list(base.get("rules"), "rules")),
        allow=list(as_list(base.get("allow"), "allow")),
        parameters=dict(as_mapping(base.get("parameters"), "parameters")),
    )


def _add_new(target: dict[str, Any], additions: Mapping[str, Any], what: str) -> None:
    for key, value in additions.items():
        if key in target:
            raise RuleSetError(f"extra {what} {key!r} already exists")
        target[key] = value


def _add_per_ground(sources: Sources, additions: Mapping[str, Any], key: str) -> None:
    for code, items in additions.items():
        if code not in sources.grounds:
            raise RuleSetError(f"extra {key} for unknown ground {code!r}")
        sources.grounds[code][key].extend(as_list(items, f"extra {key} of {code!r}"))


def merge_extra(sources: Sources, extra: Mapping[str, Any] | None) -> Sources:
    """Add a city extension to the base data (in place) and name the combined version."""
    if extra is None:
        return sources
    sources.version = f"{sources.version}+{extra['name']}.{extra['version']}"
    sources.definitions.update(as_mapping(extra.get("definitions"), "extra definitions"))
    _add_new(sources.constructions, as_mapping(extra.get("constructions"), "extra constructions"), "construction")
    new_grounds = {code: {"kind": CONFIGURABLE, **as_mapping(item, f"extra ground {code!r}")}
                   for code, item in as_mapping(extra.get("grounds"), "extra grounds").items()}
    for code, item in new_grounds.items():
        item["vocabularies"] = list(as_list(item.get("vocabularies"), f"ground {code!r} vocabularies"))
        item["neutral_tokens"] = list(as_list(item.get("neutral_tokens"), f"ground {code!r} neutral_tokens"))
    _add_new(sources.grounds, new_grounds, "ground")
    _add_per_ground(sources, as_mapping(extra.get("vocabularies"), "extra vocabularies"), "vocabularies")
    _add_per_ground(sources, as_mapping(extra.get("neutral_tokens"), "extra neutral_tokens"), "neutral_tokens")
    sources.rules.extend(as_list(extra.get("rules"), "extra rules"))
    sources.allow.extend(as_list(extra.get("allow"), "extra allow"))
    sources.parameters.update(as_mapping(extra.get("parameters"), "extra parameters"))
    return sources


# ---- compiling -----------------------------------------------------------------------------------------


def expand(pattern: str, definitions: Mapping[str, str], owner: str) -> str:
    """Replace every ``{{NAME}}`` by its definition, recursively."""
    for _ in range(_MAX_MACRO_DEPTH):
        names = _MACRO.findall(pattern)
        if not names:
            return pattern
        for name in names:
            if name not in definitions:
                raise RuleSetError(f"{owner!r}: unknown definition {{{{{name}}}}}")
        pattern = _MACRO.sub(lambda m: definitions[m.group(1)], pattern)
    raise RuleSetError(f"{owner!r}: definitions nest deeper than {_MAX_MACRO_DEPTH} levels")


def build_grounds(sources: Sources) -> dict[str, Ground]:
    grounds = {}
    for code, item in sources.grounds.items():
        articles = tuple(as_list(item.get("articles"), f"ground {code!r} articles"))
        if not item.get("label") or not articles:
            raise RuleSetError(f"ground {code!r} needs a label and at least one article")
        kind = item.get("kind", "")
        if kind and kind not in GROUND_KINDS:
            raise RuleSetError(f"ground {code!r}: kind must be one of {', '.join(GROUND_KINDS)}")
        grounds[code] = Ground(code=code, label=item["label"], articles=articles, name=item.get("name", ""),
                               kind=kind, basis=item.get("basis", ""),
                               neutral_tokens=frozenset(str(t) for t in item["neutral_tokens"]))
    return grounds


_LOOKAROUND = re.compile(r"\(\?<?[!=](?:[^()]|\([^()]*\))*\)")
_SYNTAX = re.compile(r"\?[:!=<]|\\.|[()[\]{}?*+|^$.]")


def _literal_length(term: str) -> int:
    """Roughly how many characters a term matches: its text without lookarounds and regex syntax.

    Alternatives are tried longest first, so that ``女工`` wins over ``女`` in ``不招女工``."""
    return len(_SYNTAX.sub("", _LOOKAROUND.sub("", term)))


def _term_pattern(vocabulary: Mapping[str, Any], owner: str) -> str:
    terms = [str(t) for t in as_list(vocabulary.get("terms"), f"{owner} terms") if str(t)]
    if not terms:
        raise RuleSetError(f"{owner} needs at least one term")
    alternatives = "|".join(sorted(dict.fromkeys(terms), key=_literal_length, reverse=True))
    return f"{vocabulary.get('guard_before', '')}(?:{alternatives}){vocabulary.get('guard_after', '')}"


def _vocabulary_rules(code: str, vocabulary: Mapping[str, Any], sources: Sources) -> list[ScreeningRule]:
    vocabulary_id = vocabulary.get("id")
    owner = f"ground {code!r} vocabulary {vocabulary_id!r}"
    if not vocabulary_id:
        raise RuleSetError(f"ground {code!r}: every vocabulary needs an id")
    overlay = {**sources.definitions, **as_mapping(vocabulary.get("definitions"), f"{owner} definitions"),
               "TERM": _term_pattern(vocabulary, owner)}
    if vocabulary.get("field"):
        overlay["FIELD"] = vocabulary["field"]
    rules = []
    for name in as_list(vocabulary.get("constructions"), f"{owner} constructions"):
        construction = sources.constructions.get(name)
        if construction is None:
            raise RuleSetError(f"{owner}: unknown construction {name!r}")
        templates = as_list(as_mapping(construction, f"construction {name!r}").get("patterns"), f"construction {name!r}")
        for number, template in enumerate(templates, start=1):
            rule_id = f"{code}.{vocabulary_id}.{name}" + (f".{number}" if len(templates) > 1 else "")
            key = expand("{{TERM}}", overlay, rule_id) if term_is_required(template) else None
            rules.append(ScreeningRule(rule_id=rule_id, ground=code, pattern=expand(template, overlay, rule_id),
                                       description=f"{construction.get('label', name)}：{vocabulary.get('description', '')}",
                                       key=key))
    return rules


_TERM_GROUP = "(?P<term>{{TERM}})"


def term_is_required(template: str) -> bool:
    """Whether every match of the template contains its term: the template holds ``(?P<term>{{TERM}})``
    once, outside any group, with no quantifier after it and no top-level ``|`` (other uses of
    ``{{TERM}}``, such as a list of further terms, do not matter).

    Only then may the engine skip the rule for a text in which the term pattern does not occur."""
    if template.count(_TERM_GROUP) != 1:
        return False
    position = template.index(_TERM_GROUP)
    after = template[position + len(_TERM_GROUP):position + len(_TERM_GROUP) + 2]
    if after[:1] in ("?", "*") or (after[:1] == "{" and after != "{{"):
        return False
    depth, in_class, index = 0, False, 0
    while index < len(template):
        char = template[index]
        if char == "\\":
            index += 2
            continue
        if index == position and (depth or in_class):
            return False
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
        index += 1
    return True


def build_vocabulary_rules(sources: Sources) -> list[ScreeningRule]:
    """Each ground's vocabularies combined with their constructions."""
    return [rule for code, item in sources.grounds.items() for vocabulary in item["vocabularies"]
            for rule in _vocabulary_rules(code, as_mapping(vocabulary, f"ground {code!r} vocabulary"), sources)]


def _entries(items: list[Any], what: str, definitions: Mapping[str, str]):
    """``(item, id, expanded pattern)`` for each rule or allow entry, each needing an id and a pattern."""
    for item in items:
        item = as_mapping(item, what)
        entry_id = item.get("id")
        if not entry_id or not item.get("pattern"):
            raise RuleSetError(f"{what} {entry_id!r} needs an id and a pattern")
        yield item, entry_id, expand(item["pattern"], definitions, entry_id)


def build_rules(sources: Sources, grounds: Mapping[str, Ground]) -> list[ScreeningRule]:
    """The explicit rules."""
    rules = []
    for item, rule_id, pattern in _entries(sources.rules, "rule", sources.definitions):
        if item.get("ground") not in grounds:
            raise RuleSetError(f"rule {rule_id!r}: unknown ground {item.get('ground')!r}")
        key = expand(item["key"], sources.definitions, rule_id) if item.get("key") else None
        rules.append(ScreeningRule(rule_id=rule_id, ground=item["ground"], pattern=pattern,
                                   description=item.get("description", ""), ceiling_group=item.get("ceiling_group"),
                                   floor_group=item.get("floor_group"), key=key))
    return rules


def build_allow(sources: Sources) -> list[AllowEntry]:
    return [AllowEntry(entry_id=entry_id, pattern=pattern, description=item.get("description", ""))
            for item, entry_id, pattern in _entries(sources.allow, "allow entry", sources.definitions)]


def check_consistency(rules: list[ScreeningRule], allow: list[AllowEntry], parameters: Mapping[str, Any]) -> None:
    """Rule and allow-entry ids are unique; age-ceiling rules have their integer parameters."""
    for kind, ids in (("rule", [r.rule_id for r in rules]), ("allow entry", [a.entry_id for a in allow])):
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise RuleSetError(f"duplicate {kind} id(s): {', '.join(duplicates)}")
    if any(r.ceiling_group for r in rules):
        for key in ("minimum_working_age", "age_ceiling_exempt_from"):
            if not isinstance(parameters.get(key), int):
                raise RuleSetError(f"parameter {key!r} must be an integer")


def compile_sources(sources: Sources) -> RuleSet:
    grounds = build_grounds(sources)
    rules = build_vocabulary_rules(sources) + build_rules(sources, grounds)
    allow = build_allow(sources)
    check_consistency(rules, allow, sources.parameters)
    try:
        normaliser = normaliser_from(as_mapping(sources.normalise, "normalise") if sources.normalise is not None else None)
    except ValueError as exc:
        raise RuleSetError(str(exc)) from exc
    return RuleSet(version=sources.version, grounds=grounds, rules=tuple(rules), allow=tuple(allow),
                   parameters=sources.parameters, normaliser=normaliser)


def load_ruleset(version: str | None = None, extra: Mapping[str, Any] | str | Path | None = None) -> RuleSet:
    """Load a shipped rule set, optionally extended by a city's additions.

    ``version`` selects ``rules_v<version>.json`` (default: the newest).
    ``extra`` is a mapping, or a path to a JSON file (see the module docstring).
    Raises ``LookupError`` for an unknown version and ``RuleSetError`` for
    malformed data.
    """
    return compile_sources(merge_extra(base_sources(read_base(version)), read_extra(extra)))
