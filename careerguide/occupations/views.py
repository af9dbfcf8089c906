from django.core.paginator import Paginator
from django.shortcuts import render

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_staff

from .codes import LEVEL_LABELS_ZH
from .selectors import occupation_search


@require(is_staff)
def list_view(request):
    query = request.GET.get("q", "")
    page = Paginator(occupation_search(query=query).select_related("parent"), 100).get_page(request.GET.get("page"))
    return render(request, "occupations/list.html", {"page": page, "query": query, "levels": LEVEL_LABELS_ZH})
