"""The pages of vacancies and job fairs that duties and notifications point to (the only place that knows the URLconf)."""
from django.urls import reverse


def fair_page(fair) -> str:
    return reverse("vacancies:fair_detail", args=[fair.pk])


def agent_vacancy_page(vacancy) -> str:
    """The employer agent's page of the posting, with the review result (BJ-39-2)."""
    return reverse("vacancy_portal:detail", args=[vacancy.pk])
