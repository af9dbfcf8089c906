"""Where the CQ pages are: the one place of the CQ process that knows its URLconf (duty kinds and notifications
link here, so services build no URLs)."""
from django.urls import reverse


def case_link(case_id) -> str:
    return reverse("guidance:cq:case", args=[case_id])


def session_link(session_id) -> str:
    return reverse("guidance:cq:session", args=[session_id])


def qualifications_link(_subject=None) -> str:
    return reverse("guidance:cq:qualifications")


def library_link(_subject=None) -> str:
    return reverse("guidance:cq:library")


def finding_link(finding_id) -> str:
    return reverse("guidance:cq:finding", args=[finding_id])


def quality_link(_subject=None) -> str:
    return reverse("guidance:cq:quality")
