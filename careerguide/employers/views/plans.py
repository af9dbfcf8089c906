"""Staff page: an employer's recruitment and HR-rules plans from specialized guidance (BJ-37-2)."""
from django.urls import reverse
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.views import form_page
from careerguide.guidance.permissions import can_give_guidance
from careerguide.guidance.selectors import plans_for_subject, records_for_subject
from careerguide.guidance.services import plan_version_add

from ..forms.plans import PlanForm
from ..selectors import employer_get


@require(can_give_guidance)
def plans_view(request, pk):
    """Recruitment and HR-rules plans with all their versions (BJ-37-2)."""
    employer = employer_get(actor=request.user, pk=pk)
    form = PlanForm(request.POST or None, records=records_for_subject(subject=employer, tier="specialized"))
    return form_page(request, form, lambda: plan_version_add(actor=request.user, subject=employer, **form.cleaned_data),
                     template="employers/plans.html", success=_("方案已保存并记入用人单位服务台账。"),
                     redirect_to=reverse("employers:plans", args=[pk]),
                     context={"employer": employer, "plans": plans_for_subject(subject=employer)})
