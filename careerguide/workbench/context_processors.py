from django.conf import settings
from django.urls import reverse

from .navigation import NAV_GROUPS


def workbench(request):
    user = getattr(request, "user", None)
    groups = []
    if user is not None and user.is_authenticated and getattr(user, "is_staff_member", False):
        for group in NAV_GROUPS:
            items = []
            for item in group.items:
                if item.allowed(user):
                    url = reverse(item.url_name)
                    items.append({"label": item.label, "url": url, "active": request.path == url})
            if items:
                groups.append({"label": group.label, "items": items})
    return {"office_name": settings.OFFICE_NAME, "nav_groups": groups}
