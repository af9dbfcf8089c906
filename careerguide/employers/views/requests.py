"""Staff pages: key-enterprise requests at any front desk (BJ-47-3)."""
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.views import form_page, post_action

from ..forms.requests import RequestCloseForm, RequestForm
from ..permissions import can_receive_requests
from ..selectors.requests import request_get, request_list
from ..services.requests import key_enterprise_request_close, key_enterprise_request_receive


@require(can_receive_requests)
def requests_view(request):
    """Requests received at this desk or for enterprises this agency serves; new request form (BJ-47-3)."""
    form = RequestForm(request.POST or None)
    return form_page(request, form, lambda: key_enterprise_request_receive(actor=request.user, **form.cleaned_data),
                     template="employers/requests.html", success=_("诉求已受理，您为首问负责人；已通知企业服务专员。"),
                     redirect_to=reverse("employers:requests"),
                     context={"requests": request_list(actor=request.user)[:200], "close_form": RequestCloseForm()})


@require(can_receive_requests)
def request_close_view(request, pk):
    item = request_get(actor=request.user, pk=pk)
    form = RequestCloseForm(request.POST or None)
    if not form.is_valid():
        return redirect("employers:requests")
    return post_action(request, lambda: key_enterprise_request_close(actor=request.user, request=item,
                                                                     **form.cleaned_data),
                       success=_("诉求已办结。"), redirect_to=reverse("employers:requests"))
