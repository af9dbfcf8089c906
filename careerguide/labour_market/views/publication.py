"""Central publication of the agencies' employment and entrepreneurship information (BJ-7-4), the training classes
received from the training department (BJ-54-2), the training-need summaries (BJ-54-1), and their public pages."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import public, require
from careerguide.common.views import post_action, run_service
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.selectors import public_units_of_level

from ..forms import InformationForm, InformationReviewForm, TrainingClassForm
from ..permissions import can_analyse_labour_market, can_publish_centrally, can_submit_information
from ..selectors import (
    feed_job_seekers,
    information_get,
    information_list,
    public_fair_get,
    public_information_get,
    public_information_list,
    public_training_classes,
    training_class_get,
    training_class_list,
    training_need_aggregate,
    training_need_summaries,
)
from ..services import (
    information_review,
    information_submit,
    information_withdraw,
    training_class_receive,
    training_class_withdraw,
)


@require(can_submit_information)
def information_list_view(request):
    """The agency sends in an item; the city reviews every agency's items (BJ-7-4)."""
    form = InformationForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and run_service(
            request, lambda: information_submit(actor=request.user, **form.cleaned_data), form=form,
            success=_("已报送，待市级机构审核发布。")):
        return redirect(reverse("labour_market:information"))
    return render(request, "labour_market/information_list.html", {
        "items": information_list(actor=request.user)[:200], "form": form,
        "may_review": can_publish_centrally(request.user), "review_form": InformationReviewForm()},
        status=400 if form.errors else 200)


@require(can_publish_centrally)
@require_POST
def information_review_view(request, pk):
    item = information_get(actor=request.user, pk=pk)
    back = reverse("labour_market:information")
    if request.POST.get("action") == "withdraw":
        return post_action(request, lambda: information_withdraw(actor=request.user, item=item,
                                                                 reason=request.POST.get("reason", "")),
                           success=_("已撤回。"), redirect_to=back)
    form = InformationReviewForm(request.POST)
    publish = form.is_valid() and form.cleaned_data["publish"]
    note = form.cleaned_data.get("note", "") if form.is_valid() else ""
    return post_action(request, lambda: information_review(actor=request.user, item=item, publish=publish, note=note),
                       success=_("审核结论已保存。"), redirect_to=back)


@require(can_analyse_labour_market)
def training_classes_view(request):
    """Classes received from the training department, published on receipt (BJ-54-2)."""
    districts = public_units_of_level(UnitLevel.DISTRICT)
    form = TrainingClassForm(request.POST or None, districts=districts)
    if request.method == "POST" and can_publish_centrally(request.user) and form.is_valid() and run_service(
            request, lambda: training_class_receive(actor=request.user, **form.cleaned_data), form=form,
            success=_("培训开班信息已发布。")):
        return redirect(reverse("labour_market:training_classes"))
    return render(request, "labour_market/training_classes.html", {
        "classes": training_class_list()[:200], "form": form, "may_receive": can_publish_centrally(request.user)},
        status=400 if form.errors else 200)


@require(can_publish_centrally)
@require_POST
def training_class_withdraw_view(request, pk):
    item = training_class_get(pk=pk)
    return post_action(request, lambda: training_class_withdraw(actor=request.user, item=item,
                                                                reason=request.POST.get("reason", "")),
                       success=_("已撤回。"), redirect_to=reverse("labour_market:training_classes"))


@require(can_analyse_labour_market)
def training_needs_view(request):
    """The training needs recorded now, and the monthly summaries sent to the training department (BJ-54-1)."""
    return render(request, "labour_market/training_needs.html", {
        "current": training_need_aggregate(), "summaries": training_need_summaries()[:24]})


@public
def public_information_view(request):
    category = request.GET.get("category", "")
    return render(request, "labour_market/public_information.html", {
        "items": public_information_list(category=category)[:100],
        "classes": public_training_classes(today=timezone.localdate())[:50]})


@public
def public_information_item_view(request, pk):
    return render(request, "labour_market/public_information_item.html", {"item": public_information_get(pk=pk)})


@public
def public_training_class_view(request, pk):
    item = training_class_get(pk=pk)
    return render(request, "labour_market/public_training_class.html", {"item": item})


@public
def public_fair_view(request, pk):
    return render(request, "labour_market/public_fair.html", {"fair": public_fair_get(pk=pk)})


@public
def public_job_seekers_view(request):
    """Individual job-seeking information published with consent, de-identified (BJ-53-3)."""
    return render(request, "labour_market/public_job_seekers.html", {"people": feed_job_seekers(limit=200)})
