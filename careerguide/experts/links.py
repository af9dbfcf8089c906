"""The expert team's pages as URLs: the one place that knows the URLconf (services and duty kinds ask here)."""
from django.urls import reverse


def member_url(pk) -> str:
    """A member's archive page for staff (CZ-11-1)."""
    return reverse("experts:membership_detail", args=[pk])


def expert_home_url() -> str:
    """The expert's own page on the portal (CZ-11-20)."""
    return reverse("experts_portal:me")


def feedback_url(feedback) -> str:
    """Where city HRSS answers feedback: the member's archive, or the member list for feedback on the team."""
    return member_url(feedback.membership_id) if feedback.membership_id else reverse("experts:membership_list")
