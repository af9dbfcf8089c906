"""The page shape shared by the staff forms about one person (job_seekers/form_page.html)."""
from django.urls import reverse

TEMPLATE = "job_seekers/form_page.html"


def person_form_context(seeker, title, *, intro="", clause="") -> dict:
    return {"seeker": seeker, "title": title, "intro": intro, "clause": clause}


def person_page(seeker_or_pk) -> str:
    """The person page, where a staff form about the person returns."""
    return reverse("job_seekers:detail", args=[getattr(seeker_or_pk, "pk", seeker_or_pk)])
