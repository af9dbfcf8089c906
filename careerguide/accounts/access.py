"""Every page and API operation declares who may use it.

`@require(predicate)` guards a Django view, `@public` marks a page anyone may
open, and `@api_require(predicate)` guards a django-ninja operation.  Each
sets `access_rule` on the function; a test walks the URLconf and the API and
fails on any endpoint without one.  Rows outside the actor's jurisdiction are
a 404 decided by the selectors, never here.
"""
from __future__ import annotations

import functools

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from ninja.errors import HttpError

PUBLIC = "public"


def require(predicate):
    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not predicate(user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        wrapped.access_rule = predicate
        return wrapped

    return decorator


def public(view):
    view.access_rule = PUBLIC
    return view


def api_require(predicate):
    def decorator(func):
        @functools.wraps(func)
        def wrapped(request, *args, **kwargs):
            if not predicate(request.user):
                raise HttpError(403, "forbidden")
            return func(request, *args, **kwargs)

        wrapped.access_rule = predicate
        return wrapped

    return decorator


def api_public(func):
    func.access_rule = PUBLIC
    return func
