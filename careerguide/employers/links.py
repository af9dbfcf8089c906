"""The pages of employer service that duties and notifications point to (the only place that knows the URLconf)."""
from django.urls import reverse


def employer_page(employer_id: int) -> str:
    return reverse("employers:detail", args=[employer_id])


def agreement_page(agreement) -> str:
    """A key enterprise's daily service agreement is handled on its employer's page."""
    return employer_page(agreement.employer_id)


def requests_page(request=None) -> str:
    """The key-enterprise requests desk (BJ-47-3)."""
    return reverse("employers:requests")


def agent_home() -> str:
    """The employer agent's own page, where verification results are shown (/me/employer/)."""
    return reverse("employer_portal:home")
