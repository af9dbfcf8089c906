"""The kinds of duty, declared by the apps that schedule them.

Each app that owes something by a date has a `duty_kinds.py` holding its kind codes as constants and
one tuple `KINDS` of `DutyKind` declarations, with no side effect on import.  The duties app reads
every installed app's `KINDS` once, in its `AppConfig.ready`; a duty of a kind nobody declared is
refused when it is scheduled, and a test proves that every kind scheduled anywhere is declared.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from importlib.util import find_spec
from typing import Any


@dataclass(frozen=True)
class DutyKind:
    """A kind of duty.  `link(subject)` gives the page where the duty is done (resolved when the duty
    is scheduled), so services never build URLs themselves."""

    code: str
    label: object          # a lazy Chinese label
    clause: str = ""       # the rule that creates the duty
    link: Callable[[Any], str] | None = None


_KINDS: dict[str, DutyKind] = {}


def kinds_load(app_names) -> None:
    """Collect `KINDS` from each app's `duty_kinds` module (called from DutiesConfig.ready)."""
    for name in app_names:
        module_name = f"{name}.duty_kinds"
        if find_spec(module_name) is None:
            continue
        for kind in import_module(module_name).KINDS:
            declared = _KINDS.get(kind.code)
            if declared is not None and declared != kind:
                raise RuntimeError(f"duty kind {kind.code!r} is declared twice")
            _KINDS[kind.code] = kind


def kind_declare(kind: DutyKind) -> None:
    """Declare a kind outside an app's `duty_kinds` (tests that schedule a kind of their own)."""
    _KINDS[kind.code] = kind


def kind_is_declared(code: str) -> bool:
    return code in _KINDS


def kind_link(code: str, subject) -> str:
    """The page for a duty of `code` about `subject` ("" when the kind declares none)."""
    kind = _KINDS.get(code)
    return kind.link(subject) if kind is not None and kind.link is not None else ""


def kind_label(code: str) -> str:
    kind = _KINDS.get(code)
    return str(kind.label) if kind else code


def kind_codes() -> list[str]:
    return sorted(_KINDS)
