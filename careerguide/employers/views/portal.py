"""Employer self-service for its agent (/me/employer/): register, submit documents, see the result and every
defect, correct and resubmit (BJ-34-1, BJ-35-*, BJ-5-7)."""
from django import forms
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from careerguide.accounts.access import require
from careerguide.organisations.models import Unit

from ..forms import SELECT, TEXT, DocumentsForm
from ..permissions import is_employer_agent
from ..selectors.key_enterprises import agent_employer_get, agent_employers
from ..services.employers import employer_register_by_agent
from ..services.verification import employer_verification_submit
from .helpers import handle_form


class RegisterForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("单位名称"), max_length=200, widget=forms.TextInput(attrs=TEXT))
    credit_code = forms.CharField(label=gettext_lazy("统一社会信用代码"), max_length=18,
                                  widget=forms.TextInput(attrs={**TEXT, "autocomplete": "off"}))
    industry_code = forms.CharField(label=gettext_lazy("所属行业代码"), max_length=8, required=False,
                                    widget=forms.TextInput(attrs=TEXT))
    address = forms.CharField(label=gettext_lazy("地址"), max_length=200, required=False, widget=forms.TextInput(attrs=TEXT))
    contact_name = forms.CharField(label=gettext_lazy("联系人"), max_length=64, required=False,
                                   widget=forms.TextInput(attrs=TEXT))
    contact_phone = forms.CharField(label=gettext_lazy("联系电话"), max_length=20, required=False,
                                    widget=forms.TextInput(attrs=TEXT))
    unit = forms.ModelChoiceField(label=gettext_lazy("办理机构"), widget=forms.Select(attrs=SELECT),
                                  queryset=Unit.objects.filter(level__in=("district", "street")).order_by("path"))


@require(is_employer_agent)
def home_view(request):
    employers = agent_employers(user=request.user)
    rows = [(e, list(e.verifications.order_by("-round"))) for e in employers]
    return render(request, "employers/portal/home.html", {"rows": rows})


@require(is_employer_agent)
def register_view(request):
    form = RegisterForm(request.POST or None)
    return handle_form(request, form, lambda d: employer_register_by_agent(actor=request.user, **d),
                       template="employers/portal/form.html", context={"title": _("登记用人单位")},
                       success=_("已登记，请提交资格核验材料。"), redirect_to=reverse("employer_portal:home"))


@require(is_employer_agent)
def submit_view(request, pk):
    employer = agent_employer_get(user=request.user, pk=pk)
    last = employer.verifications.order_by("-round").first()
    initial = {f: getattr(last, f) for f in DocumentsForm.base_fields} if last else {}
    form = DocumentsForm(request.POST or None, initial=initial)
    return handle_form(request, form,
                       lambda d: employer_verification_submit(actor=request.user, employer=employer, **d),
                       template="employers/portal/form.html",
                       context={"title": _("提交资格核验材料"), "employer": employer, "last": last},
                       success=_("材料已提交，请等待审核。"), redirect_to=reverse("employer_portal:home"))
