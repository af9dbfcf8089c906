"""Discrimination screening of vacancy text (BJ-38-3); see ``engine``."""

from careerguide.vacancies.screening.engine import (
    Finding,
    RuleSet,
    ScreeningRule,
    load_ruleset,
    screen_fields,
    screen_text,
)

__all__ = ["Finding", "RuleSet", "ScreeningRule", "load_ruleset", "screen_fields", "screen_text"]
