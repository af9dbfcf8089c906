"""Reading policy values: an override for the unit itself, else for the nearest
ancestor up to the city, else the document default."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import actor_unit
from careerguide.organisations.selectors import unit_list

from .definition import DOCUMENTS, SettingDef, format_value, from_json, to_json
from .models import PolicyOverride
from .permissions import OVERRIDE_LEVELS, can_override_policy_for_unit
from .registry import SETTINGS, setting_get


def _chain_ids(unit) -> list[int]:
    """Primary keys from the city down to ``unit`` (its materialised path)."""
    return [int(p) for p in unit.path.strip("/").split("/") if p]


def _scope(unit) -> tuple[Q, dict[int, int]]:
    """Which overrides can apply to ``unit`` and how near each unit is (higher = nearer).

    Without a unit, only city-wide overrides (those set on a root unit) apply."""
    if unit is None:
        return Q(unit__parent__isnull=True), {}
    chain = _chain_ids(unit)
    return Q(unit_id__in=chain), {pk: depth for depth, pk in enumerate(chain)}


def _winners(rows, depth: dict[int, int]) -> dict[str, dict]:
    """Per key, the override of the nearest unit; within it the newest effective date (then the newest row)."""
    best: dict[str, tuple] = {}
    for row in rows:
        rank = (depth.get(row["unit_id"], 0), row["effective_from"], row["pk"])
        if row["key"] not in best or rank > best[row["key"]][0]:
            best[row["key"]] = (rank, row)
    return {key: row for key, (_rank, row) in best.items()}


def _default(setting: SettingDef) -> Any:
    return from_json(setting, to_json(setting, setting.default))  # a fresh copy of list defaults


def _effective_rows(*, unit, on: dt.date, keys=None) -> dict[str, dict]:
    scope, depth = _scope(unit)
    qs = PolicyOverride.objects.filter(scope, effective_from__lte=on)
    if keys is not None:
        qs = qs.filter(key__in=keys)
    return _winners(qs.values("pk", "key", "unit_id", "value", "effective_from"), depth)


def policy_value(*, key: str, unit=None, on: dt.date) -> Any:
    """The value of one setting for ``unit`` on date ``on`` (one query). Unknown key: KeyError."""
    setting = setting_get(key)
    row = _effective_rows(unit=unit, on=on, keys=[key]).get(key)
    return from_json(setting, row["value"]) if row else _default(setting)


def policy_snapshot(*, unit, on: dt.date) -> dict[str, Any]:
    """Every setting's value for ``unit`` on ``on`` in one query; use it when resolving in a loop."""
    rows = _effective_rows(unit=unit, on=on)
    snapshot = {}
    for key, setting in SETTINGS.items():
        row = rows.get(key)
        snapshot[key] = from_json(setting, row["value"]) if row else _default(setting)
    return snapshot


@dataclass
class PolicyRow:
    """One setting as the list page shows it."""

    setting: SettingDef
    value: Any
    source: PolicyOverride | None = None
    history: list[PolicyOverride] = field(default_factory=list)

    @property
    def default_display(self) -> str:
        return gettext(format_value(self.setting, self.setting.default))

    @property
    def value_display(self) -> str:
        return gettext(format_value(self.setting, self.value))

    @property
    def is_overridden(self) -> bool:
        return self.source is not None


def _history_q(actor) -> Q:
    """Overrides an actor may read: those that apply to their own unit (its ancestors and itself)
    and those set inside their jurisdiction."""
    unit = actor_unit(actor)
    if unit is None or not getattr(actor, "is_staff_member", False):
        return Q(pk__in=[])
    return Q(unit_id__in=_chain_ids(unit)) | Q(unit__path__startswith=unit.path)


def _history(actor, keys=None) -> dict[str, list[PolicyOverride]]:
    qs = PolicyOverride.objects.filter(_history_q(actor)).select_related("unit", "created_by")
    if keys is not None:
        qs = qs.filter(key__in=keys)
    history: dict[str, list[PolicyOverride]] = {}
    for override in qs.order_by("key", "unit__path", "-effective_from", "-pk"):
        setting = SETTINGS.get(override.key)
        override.display_value = (gettext(format_value(setting, from_json(setting, override.value))) if setting
                                  else str(override.value))
        history.setdefault(override.key, []).append(override)
    return history


def _rows(actor, on: dt.date, keys) -> list[PolicyRow]:
    unit = actor_unit(actor)
    effective = _effective_rows(unit=unit, on=on, keys=keys) if unit is not None else {}
    history = _history(actor, keys)
    rows = []
    for key in keys:
        setting = SETTINGS[key]
        source_row = effective.get(key)
        source = None
        if source_row is not None:
            source = next((o for o in history.get(key, []) if o.pk == source_row["pk"]), None)
        value = from_json(setting, source_row["value"]) if source_row else _default(setting)
        rows.append(PolicyRow(setting=setting, value=value, source=source, history=history.get(key, [])))
    return rows


def policy_list(*, actor, on: dt.date) -> list[dict]:
    """Every setting grouped by document: default, effective value for the actor's unit on ``on``,
    and the override history the actor may read."""
    rows = _rows(actor, on, list(SETTINGS))
    groups = []
    for code, title in DOCUMENTS.items():
        groups.append({"code": code, "title": title, "rows": [r for r in rows if r.setting.document == code]})
    return groups


def policy_get(*, actor, key: str, on: dt.date) -> PolicyRow:
    """One setting with its history; an unknown key is a 404."""
    if key not in SETTINGS:
        raise NotFound()
    return _rows(actor, on, [key])[0]


def policy_override_unit_list(*, actor):
    """City and district units the actor may set values for."""
    units = unit_list(actor=actor).filter(level__in=OVERRIDE_LEVELS).order_by("path")
    return units.filter(pk__in=[u.pk for u in units if can_override_policy_for_unit(actor, u)])


TIME_LIMIT_UNITS = ("working_days", "calendar_days")


def published_time_limits(*, unit, on: dt.date) -> list[dict]:
    """The service time limits in force for an agency, for publication (BJ-5-10): Beijing settings
    measured in days, with their effective value and clause."""
    snapshot = policy_snapshot(unit=unit, on=on)
    rows = []
    for key, setting in SETTINGS.items():
        if setting.document == "bj" and setting.unit in TIME_LIMIT_UNITS and snapshot.get(key) is not None:
            rows.append({"label": gettext(setting.label), "value": snapshot[key], "unit": gettext(setting.unit_label),
                         "clause": setting.clause})
    return rows
