"""Shared shapes of the pure workforce rules."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Decision:
    """The outcome of a rule: eligible or not, the reasons (Chinese, for users) and the clauses applied.

    ``warnings`` never block; ``reasons`` explain a refusal."""

    ok: bool
    reasons: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    clauses: tuple[str, ...] = field(default_factory=tuple)


def decide(failures: list[tuple[str, str]], warnings: list[tuple[str, str]] = ()) -> Decision:
    """Build a decision from (message, clause) pairs."""
    clauses = tuple(dict.fromkeys(c for _m, c in [*failures, *warnings]))
    return Decision(ok=not failures, reasons=tuple(m for m, _c in failures), warnings=tuple(m for m, _c in warnings),
                    clauses=clauses)


@dataclass(frozen=True)
class Period:
    """A dated stretch of work; ``end`` None means ongoing (counted up to the cut-off)."""

    start: date
    end: date | None = None
    in_pes: bool = True
    front_line: bool = True
    kind: str = "guidance"  # "guidance" or "analysis"
