"""Where chapter-3 duties are done (the only module here that knows the URLconf)."""
from django.urls import reverse


def case_page(case) -> str:
    return reverse("assistance:case", args=[case.pk])


def job_start_page(job_start) -> str:
    return case_page(job_start.case) + "#follow-ups"


def consultation_page(consultation) -> str:
    return case_page(consultation.case) + "#consultation"


def programme_page(programme) -> str:
    return case_page(programme.case) + "#programmes"


def referral_page(referral) -> str:
    return case_page(referral.case) + "#welfare"


def target_page(target) -> str:
    return reverse("assistance:target", args=[target.pk])
