"""Shared shapes of the pure rules: a checked condition and a decision."""
from __future__ import annotations

from dataclasses import dataclass, field

MET = "met"
NOT_MET = "not_met"
NEEDS_JUDGEMENT = "needs_judgement"

# HN-13-1: every decision stores the rule set it applied.
RULESET = "淮人社发〔2019〕49号"
RULESET_EFFECTIVE = "2019-10-29"
# The years a recognition round can be opened for: from the measures' first year.
ROUND_YEARS = (2019, 2100)


def gettext_noop(text: str) -> str:
    """Marks user-facing text for `makemessages`; pages translate it when shown."""
    return text


@dataclass(frozen=True)
class Condition:
    code: str
    label: str
    outcome: str
    reason: str
    clause: str

    @property
    def met(self) -> bool:
        return self.outcome == MET

    def as_dict(self) -> dict:
        return {"code": self.code, "label": self.label, "outcome": self.outcome, "reason": self.reason,
                "clause": self.clause}


@dataclass(frozen=True)
class Decision:
    ok: bool
    conditions: tuple[Condition, ...] = ()
    blocking: tuple[str, ...] = field(default=())

    def as_list(self) -> list[dict]:
        return [c.as_dict() for c in self.conditions]
