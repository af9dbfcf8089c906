"""Where the calendar pages are (for notifications sent by services)."""
from django.urls import reverse


def calendar_import_link() -> str:
    return reverse("workdays:import")
