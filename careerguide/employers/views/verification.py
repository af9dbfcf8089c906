"""Staff pages for employer verification (BJ-35-*) and one-time notices (BJ-5-7)."""
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_manage_employers
from careerguide.common.views import form_page

from ..forms.verification import FrontDeskVerificationForm, ReviewForm
from ..selectors import employer_get
from ..selectors.key_enterprises import quality_exception_list, verification_get, verification_queue
from ..services.verification import (
    MANUAL_DEFECT_CHOICES,
    employer_verification_front_desk,
    employer_verification_review,
)


@require(can_manage_employers)
def queue_view(request):
    return render(request, "employers/verification_queue.html", {
        "queue": verification_queue(actor=request.user),
        "exceptions": quality_exception_list(actor=request.user)[:50],
    })


@require(can_manage_employers)
def front_desk_view(request, pk):
    """Staff enter the documents at the front desk and review them at once."""
    employer = employer_get(actor=request.user, pk=pk)
    form = FrontDeskVerificationForm(request.POST or None, defect_choices=MANUAL_DEFECT_CHOICES)
    return form_page(request, form,
                     lambda: employer_verification_front_desk(actor=request.user, employer=employer, **form.cleaned_data),
                     template="employers/form.html", context={"employer": employer, "title": _("资格核验")},
                     success=_("已完成资格核验。"), redirect_to=reverse("employers:detail", args=[pk]))


@require(can_manage_employers)
def review_view(request, pk):
    verification = verification_get(actor=request.user, pk=pk)
    form = ReviewForm(request.POST or None, defect_choices=MANUAL_DEFECT_CHOICES)
    return form_page(request, form,
                     lambda: employer_verification_review(actor=request.user, verification=verification,
                                                          **form.cleaned_data),
                     template="employers/review.html",
                     context={"employer": verification.employer, "verification": verification, "title": _("审核核验材料")},
                     success=_("已完成资格审核。"), redirect_to=reverse("employers:detail", args=[verification.employer_id]))
