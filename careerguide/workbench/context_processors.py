from django.conf import settings
from django.utils.functional import SimpleLazyObject

from careerguide.organisations.selectors import city_name

from .navigation import portal_menu, staff_menu


def workbench(request):
    user = getattr(request, "user", None)
    context = {"office_name": settings.OFFICE_NAME, "city_name": SimpleLazyObject(city_name), "nav_groups": [],
               "portal_nav": []}
    if user is not None and user.is_authenticated:
        if getattr(user, "is_staff_member", False):
            context["nav_groups"] = staff_menu(user=user, path=request.path)
        else:
            context["portal_nav"] = portal_menu(user=user, path=request.path)
    return context
