from django.conf import settings

from .navigation import portal_menu, staff_menu


def workbench(request):
    user = getattr(request, "user", None)
    context = {"office_name": settings.OFFICE_NAME, "nav_groups": [], "portal_nav": []}
    if user is not None and user.is_authenticated:
        if getattr(user, "is_staff_member", False):
            context["nav_groups"] = staff_menu(user=user, path=request.path)
        else:
            context["portal_nav"] = portal_menu(user=user, path=request.path)
    return context
