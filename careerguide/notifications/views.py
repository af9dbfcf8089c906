from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_signed_in

from .selectors import inbox_list, notification_get
from .services import notification_mark_read


@require(is_signed_in)
def inbox_view(request):
    page = Paginator(inbox_list(actor=request.user), 50).get_page(request.GET.get("page"))
    return render(request, "notifications/inbox.html", {"page": page})


@require(is_signed_in)
@require_POST
def open_view(request, pk):
    item = notification_get(actor=request.user, pk=pk)
    notification_mark_read(actor=request.user, notification=item)
    return redirect(item.link or "notifications:inbox")
