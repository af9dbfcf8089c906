"""Reads of the reviewers' feedback on the discrimination screening (BJ-38-3)."""
from __future__ import annotations

from careerguide.organisations.scoping import visible_to

from .feedback_models import ScreeningFeedback
from .models import FindingOverride
from .screening.feedback import FeedbackItem


def screening_feedback_list(*, actor, kind: str = "", ground: str = ""):
    """Feedback rows in the actor's jurisdiction, newest first."""
    qs = visible_to(actor, ScreeningFeedback.objects.select_related("reviewer", "unit", "version", "version__vacancy"))
    if kind:
        qs = qs.filter(kind=kind)
    if ground:
        qs = qs.filter(ground=ground)
    return qs.order_by("-created_at", "-pk")


def screening_feedback_items(*, actor, kind: str = "", ground: str = "") -> list[FeedbackItem]:
    """The same rows as the plain values the corpus export needs, oldest first."""
    rows = screening_feedback_list(actor=actor, kind=kind, ground=ground).order_by("created_at", "pk")
    return [FeedbackItem(kind=r.kind, sentence=r.sentence, phrase=r.phrase, ground=r.ground,
                         standing=frozenset(r.standing_grounds), note=r.note) for r in rows]


def overrides_without_feedback(*, actor):
    """Overrides in the actor's jurisdiction not yet recorded as feedback (e.g. those made before feedback was kept)."""
    qs = FindingOverride.objects.filter(feedback__isnull=True).select_related("version", "version__vacancy", "reviewer")
    return visible_to(actor, qs, "version__vacancy__unit").order_by("created_at", "pk")
