"""The page shape the chapter-3 forms share: one form about a case (or an outreach target) on
assistance/form.html, back to the case page."""
from django.urls import reverse

from careerguide.common.views import form_page

TEMPLATE = "assistance/form.html"


def case_url(case, anchor: str = "") -> str:
    return reverse("assistance:case", args=[case.pk]) + (f"#{anchor}" if anchor else "")


def case_form(request, case, form, call, *, title, clause, success, anchor: str = "", intro: str = ""):
    """A form page about `case`; a valid POST runs `call()` and returns to the case page."""
    return form_page(request, form, call, template=TEMPLATE, success=success, redirect_to=case_url(case, anchor),
                     context={"case": case, "seeker": case.job_seeker, "title": title, "clause": clause,
                              "intro": intro, "back": case_url(case, anchor)})
