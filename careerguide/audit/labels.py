"""Labels that apps give to the codes they write into audit events without a choice list behind them.

Most coded values in an event are choices of a model field or of a `Choices` class, and the timeline finds their
labels on its own (`audit/presentation.py`). Some codes live in plain tables instead (a registration channel, a
verification defect, a rule's outcome); the app that owns such a table registers it here from its `AppConfig.ready`,
so the audit app names the code without importing the app that writes it.
"""
from __future__ import annotations

from collections.abc import Mapping

_VALUES: dict[str, object] = {}
_ITEMS: dict[str, object] = {}
_ACTIONS: dict[str, object] = {}


def audit_labels_register(*, values: Mapping | None = None, items: Mapping | None = None,
                          actions: Mapping | None = None) -> None:
    """Add labels for coded values, for items (keys of `before`/`after`) and for actions; the first one wins."""
    for store, labels in ((_VALUES, values), (_ITEMS, items), (_ACTIONS, actions)):
        for code, label in (labels or {}).items():
            store.setdefault(code, label)


def registered_value(code: str):
    return _VALUES.get(code)


def registered_item(key: str):
    return _ITEMS.get(key)


def registered_action(action: str):
    return _ACTIONS.get(action)
