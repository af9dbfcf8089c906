from django.core.paginator import Paginator
from django.shortcuts import render

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_signed_in, is_staff

from .codes import LEVEL_LABELS_ZH
from .selectors import occupation_search


@require(is_staff)
def list_view(request):
    query = request.GET.get("q", "")
    page = Paginator(occupation_search(query=query).select_related("parent"), 100).get_page(request.GET.get("page"))
    return render(request, "occupations/list.html", {"page": page, "query": query, "levels": LEVEL_LABELS_ZH})


PICK_LIMIT = 20


@require(is_signed_in)
def pick_view(request):
    """Suggestions for the occupation picker: occupations whose name contains, or whose code starts with, the text
    typed into the field named by `field` (registrations, intentions, vacancy forms)."""
    query = request.GET.get(request.GET.get("field") or "q", "").strip()
    options = occupation_search(query=query, limit=PICK_LIMIT) if query else []
    return render(request, "occupations/_options.html", {"options": options, "query": query})
