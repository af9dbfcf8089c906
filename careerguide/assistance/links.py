"""Where chapter-3 duties are done (the only module here that knows the URLconf).

Assistance has no pages of its own yet, so its duties open the person's page, where the case is served."""
from django.urls import reverse


def case_page(case) -> str:
    return reverse("job_seekers:detail", args=[case.job_seeker_id])


def job_start_page(job_start) -> str:
    return case_page(job_start.case)


def consultation_page(consultation) -> str:
    return case_page(consultation.case)
