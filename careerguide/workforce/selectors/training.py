"""Scoped reads of tiered training for its pages (SD-1-*)."""
from __future__ import annotations

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from ..models import TrainingCourse, TrainingEvent, TrainingPlan


def plan_list(*, actor):
    return visible_to(actor, TrainingPlan.objects.all()).order_by("-year", "tier", "category")


def course_list(*, actor):
    return visible_to(actor, TrainingCourse.objects.all()).order_by("title")


def event_list(*, actor):
    return visible_to(actor, TrainingEvent.objects.select_related("host_studio")).order_by("-starts_on")


def event_get(*, actor, pk) -> TrainingEvent:
    event = event_list(actor=actor).filter(pk=pk).first()
    if event is None:
        raise NotFound()
    return event
