"""The public list of published vacancies (BJ-39-1).  No personal data is shown (BJ-51-3)."""
from django.core.paginator import Paginator
from django.shortcuts import render

from careerguide.accounts.access import public
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.selectors import public_units_of_level

from ..selectors import public_vacancy_get, public_vacancy_list

PAGE_SIZE = 20


def _int(value):
    return int(value) if value and value.isdigit() else None


@public
def public_list_view(request):
    params = {"occupation": request.GET.get("occupation", "").strip(), "district": _int(request.GET.get("district")),
              "pay_at_least": _int(request.GET.get("pay")), "keyword": request.GET.get("q", "").strip()}
    page = Paginator(public_vacancy_list(**params), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "vacancies/public_list.html", {"page": page, "params": params, "districts": public_units_of_level(UnitLevel.DISTRICT),
                                                          "querystring": request.GET.urlencode()})


@public
def public_detail_view(request, pk):
    vacancy = public_vacancy_get(pk=pk)
    return render(request, "vacancies/public_detail.html", {"vacancy": vacancy, "version": vacancy.published_version})
