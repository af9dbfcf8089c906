"""The two expert programmes on one membership machinery, and where their rules differ.

CZ: the Changzhou expert team (selection round, certificate, renewal window, exit grounds G1–G7).
SD: the Shandong expert library (SD-9-*): multi-level, enrolled by the keeping unit, a term that simply
ends, uses logged by purpose, panels drawn under recusal.  Pure module: no Django import.
"""
from __future__ import annotations

from dataclasses import dataclass

CZ_TEAM, SD_LIBRARY = "cz_expert_team", "sd_expert_library"


@dataclass(frozen=True)
class ProgrammeSpec:
    code: str
    policy_prefix: str
    via_application: bool      # appointment only from a selection round (CZ-7-13)
    renewal_window: bool       # renewal applied for inside a window and decided after expiry (CZ-8-*)
    exit_grounds: bool         # the G1–G7 exit and dismissal procedure with the bar (CZ-9-*)
    multi_level: bool          # libraries at several levels, used downwards (SD-9-1, SD-9-3)
    expiry_clause: str
    enrol_clause: str


PROGRAMMES = {
    CZ_TEAM: ProgrammeSpec(CZ_TEAM, "cz.", via_application=True, renewal_window=True, exit_grounds=True,
                           multi_level=False, expiry_clause="CZ-8-10", enrol_clause="CZ-7-13"),
    SD_LIBRARY: ProgrammeSpec(SD_LIBRARY, "sd.", via_application=False, renewal_window=False, exit_grounds=False,
                              multi_level=True, expiry_clause="SD-9-1", enrol_clause="SD-9-1"),
}


def programme_spec(code: str) -> ProgrammeSpec:
    return PROGRAMMES[code]
