"""The integrated front desk (BJ-5-9) and the back-office queue, with first-inquiry responsibility (BJ-5-6)."""
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.common.views import post_action, run_service
from careerguide.organisations.selectors import public_unit_list

from .forms import CloseForm, HandOverForm, ReceiveForm
from .links import queue_page, request_page
from .permissions import can_use_front_desk
from .selectors import handovers_of, queue_for, request_get, request_list
from .services import request_accept, request_close, request_hand_over, request_receive


@require(can_use_front_desk)
def desk_view(request):
    """Receive a request at this desk; the requests this desk received and their current responsible."""
    form = ReceiveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        item = run_service(request, lambda: request_receive(actor=request.user, **form.cleaned_data), form=form,
                           success=_("已受理，您为首问负责人；需后台办理的已转办。"))
        if item:
            return redirect(request_page(item))
    return render(request, "intake/desk.html", {"form": form, "requests": request_list(actor=request.user)[:100]},
                  status=400 if form.errors else 200)


@require(can_use_front_desk)
def queue_view(request):
    return render(request, "intake/queue.html", {"requests": queue_for(actor=request.user)[:200]})


def _detail(request, item, *, hand_over_form=None, close_form=None, status=200):
    return render(request, "intake/request.html", {
        "item": item, "handovers": handovers_of(request=item),
        "hand_over_form": hand_over_form or HandOverForm(units=public_unit_list()),
        "close_form": close_form or CloseForm(), "is_responsible": item.responsible_id == request.user.pk},
        status=status)


@require(can_use_front_desk)
def request_view(request, pk):
    return _detail(request, request_get(actor=request.user, pk=pk))


@require(can_use_front_desk)
@require_POST
def hand_over_view(request, pk):
    item = request_get(actor=request.user, pk=pk)
    form = HandOverForm(request.POST, units=public_unit_list())
    if form.is_valid() and run_service(request, lambda: request_hand_over(actor=request.user, item=item,
                                                                          **form.cleaned_data),
                                       form=form, success=_("已移交。")):
        return redirect(request_page(item))
    return _detail(request, item, hand_over_form=form, status=400)


@require(can_use_front_desk)
@require_POST
def accept_view(request, pk):
    item = request_get(actor=request.user, pk=pk)
    return post_action(request, lambda: request_accept(actor=request.user, item=item),
                       success=_("已接收，您为该请求的负责人。"), redirect_to=request_page(item))


@require(can_use_front_desk)
@require_POST
def close_view(request, pk):
    item = request_get(actor=request.user, pk=pk)
    form = CloseForm(request.POST)
    if form.is_valid() and run_service(request, lambda: request_close(actor=request.user, item=item,
                                                                      **form.cleaned_data),
                                       form=form, success=_("已办结。")):
        return redirect(queue_page())
    return _detail(request, item, close_form=form, status=400)
