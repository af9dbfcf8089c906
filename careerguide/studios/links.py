"""The studio pages as URLs: the one place that knows the URLconf (duty kinds and services ask here)."""
from django.urls import reverse


def studio_staff_url(studio) -> str:
    """The studio's page for staff (HN-10-9 dashboard, decisions of city HRSS)."""
    return reverse("studios:detail", args=[studio.pk])


def studio_host_url(studio) -> str:
    """The host unit's own page of its studio on the portal (HN-10-9)."""
    return reverse("studios_portal:my_studio", args=[studio.pk])
