"""Expert review by anonymous vote (HN-6-6, HN-6-7, HN-6-10, HN-6-11, HN-6-12) and the quota (HN-6-2)."""
from __future__ import annotations

import math
from dataclasses import dataclass

from .base import gettext_noop as _

APPROVE, DISAPPROVE, ABSTAIN = "approve", "disapprove", "abstain"
CHOICES = (APPROVE, DISAPPROVE, ABSTAIN)

PASSED, FAILED, INSUFFICIENT = "passed", "failed", "insufficient_ballots"
PROPOSED, NOT_WITHIN_QUOTA, RUN_OFF = "proposed", "passed_not_within_quota", "run_off"


def normalise_choice(choice: str | None) -> str:
    """HN-6-10: a blank or spoilt paper ballot counts as abstain."""
    return choice if choice in CHOICES else ABSTAIN


def pass_threshold(ballots_cast: int, fraction=(2, 3)) -> int:
    """HN-6-11: approve votes needed: two-thirds of the ballots cast, rounded up (7→5, 8→6, 9→6, 10→7, 11→8)."""
    num, den = fraction
    return math.ceil(ballots_cast * num / den)


@dataclass(frozen=True)
class Tally:
    approve: int = 0
    disapprove: int = 0
    abstain: int = 0

    @property
    def cast(self) -> int:
        return self.approve + self.disapprove + self.abstain


def tally_outcome(tally: Tally, *, min_ballots: int, fraction=(2, 3)) -> tuple[str, str]:
    """HN-6-6, HN-6-11: a vote counts only with ≥ `min_ballots` ballots from non-recused experts;
    it passes when approve ≥ ⌈2/3 · cast⌉ (abstentions count as not approving)."""
    if tally.cast < min_ballots:
        return INSUFFICIENT, _("有效投票%(c)s张，少于%(m)s张，须增补备选专家后再表决。") % {"c": tally.cast, "m": min_ballots}
    need = pass_threshold(tally.cast, fraction)
    if tally.approve >= need:
        return PASSED, _("同意%(a)s票，达到通过票数%(n)s票。") % {"a": tally.approve, "n": need}
    return FAILED, _("同意%(a)s票，未达到通过票数%(n)s票。") % {"a": tally.approve, "n": need}


def rank_within_quota(approvals: dict, quota: int) -> dict:
    """HN-6-12: rank passing candidates by approve votes; the top ones up to the quota are proposed,
    the rest passed_not_within_quota; a tie straddling the quota line goes to a run-off.

    `approvals` maps candidate → approve votes (passing candidates only). Returns candidate → outcome."""
    ordered = sorted(approvals.items(), key=lambda kv: -kv[1])
    if len(ordered) <= quota:
        return {c: PROPOSED for c, _v in ordered}
    if quota <= 0:
        return {c: NOT_WITHIN_QUOTA for c, _v in ordered}
    line = ordered[quota - 1][1]
    above = [c for c, v in ordered if v > line]
    at_line = [c for c, v in ordered if v == line]
    below = [c for c, v in ordered if v < line]
    result = {c: PROPOSED for c in above}
    result.update({c: NOT_WITHIN_QUOTA for c in below})
    free = quota - len(above)
    if len(at_line) <= free:
        result.update({c: PROPOSED for c in at_line})
    else:
        result.update({c: RUN_OFF for c in at_line})
    return result


def panel_can_open(present: int, min_experts: int) -> bool:
    """HN-6-6: voting cannot open with fewer than the minimum panel members present."""
    return present >= min_experts


def recusal_needed(*, expert_units: set, candidate_units: set, expert_person_key: str = "",
                   candidate_person_keys: set = frozenset()) -> bool:
    """HN-6-7: same host unit or recommender as the candidate, or on its staff list."""
    return bool(set(expert_units) & set(candidate_units)) or (bool(expert_person_key)
                                                                and expert_person_key in set(candidate_person_keys))


def quota_allows(confirmed: int, adding: int, quota: int) -> bool:
    """HN-6-2: confirmations in a round never exceed its quota."""
    return confirmed + adding <= quota


def slots_allow(submitted: int, slots: int | None) -> bool:
    """HN-6-2: a recommender cannot submit more candidates than the slots the notice gave it (None = no limit)."""
    return slots is None or submitted < slots
