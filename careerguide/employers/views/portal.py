"""Employer self-service for its agent (/me/employer/): register, submit documents, see the result and every
defect, correct and resubmit (BJ-34-1, BJ-35-*, BJ-5-7)."""
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.views import form_page
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.selectors import public_units_of_level

from ..forms.records import RegisterForm
from ..forms.verification import DocumentsForm
from ..permissions import is_employer_agent
from ..selectors.key_enterprises import agent_employer_get, agent_verification_rows, verification_history
from ..services.employers import employer_register_by_agent
from ..services.verification import employer_verification_submit


@require(is_employer_agent)
def home_view(request):
    return render(request, "employers/portal/home.html", {"rows": agent_verification_rows(user=request.user)})


@require(is_employer_agent)
def register_view(request):
    form = RegisterForm(request.POST or None, units=public_units_of_level(UnitLevel.DISTRICT, UnitLevel.STREET))
    return form_page(request, form, lambda: employer_register_by_agent(actor=request.user, **form.cleaned_data),
                     template="employers/portal/form.html", context={"title": _("登记用人单位")},
                     success=_("已登记，请提交资格核验材料。"), redirect_to=reverse("employer_portal:home"))


@require(is_employer_agent)
def submit_view(request, pk):
    employer = agent_employer_get(user=request.user, pk=pk)
    last = next(iter(verification_history(employer=employer)), None)
    initial = {f: getattr(last, f) for f in DocumentsForm.base_fields} if last else {}
    form = DocumentsForm(request.POST or None, initial=initial)
    return form_page(request, form,
                     lambda: employer_verification_submit(actor=request.user, employer=employer, **form.cleaned_data),
                     template="employers/portal/form.html",
                     context={"title": _("提交资格核验材料"), "employer": employer, "last": last},
                     success=_("材料已提交，请等待审核。"), redirect_to=reverse("employer_portal:home"))
