"""Pure lookups of the duties (CZ art. 10) and of service recipients (CZ art. 3); no Django import.

Codes only; the Chinese labels live in `choices.py`.
"""
from __future__ import annotations

from collections.abc import Iterable

# CZ-10-1 … CZ-10-5: duties D1–D6 and their service categories; D1 splits by recipient type.
DUTY_CATEGORIES = {
    "D1": ("policy_consultation", "career_counselling", "vocational_assessment", "career_planning",
           "psychological_counselling", "recruitment_method", "workforce_guidance"),
    "D2": ("survey_supply_demand", "survey_pay", "survey_workforce_structure", "survey_employment_status",
           "symposium", "research_meeting", "decision_consulting"),
    "D3": ("guidance_studio", "cloud_classroom", "premium_course", "micro_video", "remote_guidance_tutor",
           "online_diagnosis"),
    "D4": ("personalised_guidance", "trainer_class", "trainee_class", "theory_tutoring", "case_analysis"),
    "D5": ("changzhidao_brand",),
    "D6": ("pro_bono_activity",),
}
WORKER_D1 = frozenset({"policy_consultation", "career_counselling", "vocational_assessment", "career_planning",
                       "psychological_counselling"})
EMPLOYER_D1 = frozenset({"policy_consultation", "recruitment_method", "workforce_guidance"})

# CZ-3-2: the listed key groups; the list is open ("等重点群体").
KEY_GROUPS = ("college_graduate", "veteran", "rural_migrant_labour", "employment_difficulty_person", "other_key_group")

# CZ-12-2: activity kinds of art. 12(1) on which remuneration may be recorded.
REMUNERABLE_FORMS = frozenset({"review_work", "feasibility_assessment", "evaluation_work", "teaching", "expert_lecture"})


def category_problem(duty: str, category: str, recipient_types: Iterable[str]) -> str | None:
    """A reason code when `category` does not belong to `duty` (or to D1 for the recipients)."""
    if category not in DUTY_CATEGORIES.get(duty, ()):
        return "category_not_in_duty"
    types = set(recipient_types)
    if duty == "D1" and types and not any(
            (t == "worker" and category in WORKER_D1) or (t == "employer" and category in EMPLOYER_D1) for t in types):
        return "category_not_for_recipient"
    return None


def in_worker_focus(job_seeking_intent: bool, key_groups: Iterable[str]) -> bool:
    """CZ-3-2: "有求职意愿的" governs every group: in focus only with intent and at least one key group."""
    return bool(job_seeking_intent) and any(g in KEY_GROUPS for g in key_groups)


def remuneration_allowed(form: str, payer: str) -> bool:
    """CZ-12-2, CZ-2-2: remuneration only on an art. 12(1)-type activity paid by an inviting unit
    (city_hrss included); never a charge to a recipient."""
    return form in REMUNERABLE_FORMS and bool((payer or "").strip())
