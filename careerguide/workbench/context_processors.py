from django.conf import settings
from django.urls import reverse

from .navigation import NAV_ITEMS


def workbench(request):
    user = getattr(request, "user", None)
    items = []
    if user is not None and user.is_authenticated and getattr(user, "is_staff_member", False):
        for item in NAV_ITEMS:
            if item.allowed(user):
                url = reverse(item.url_name)
                items.append({"label": item.label, "url": url, "active": request.path == url})
    return {"office_name": settings.OFFICE_NAME, "nav_items": items}
