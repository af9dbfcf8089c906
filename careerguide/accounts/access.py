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
from ninja.utils import check_csrf

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


class _AnonymousCaller:
    """Who calls a public write without signing in (truthy, so the API lets the request through)."""

    def __bool__(self) -> bool:
        return True


ANONYMOUS_CALLER = _AnonymousCaller()


def public_write_auth(request):
    """Authentication of a write that anyone may make (a public form's JSON twin): an anonymous visitor
    passes, but a signed-in session must carry its CSRF token, since the write is recorded in the user's
    name and another site must not make it for them."""
    if request.user.is_authenticated:
        if check_csrf(request):
            raise HttpError(403, "CSRF check failed")
        return request.user
    return ANONYMOUS_CALLER


class _RoleCheck:
    """An operation's authentication followed by its role predicate, so a role that may not use the
    operation is refused (403) before its input is read or validated."""

    def __init__(self, authenticate, predicate):
        self.authenticate, self.predicate = authenticate, predicate

    def __call__(self, request):
        caller = self.authenticate(request)
        if caller and not self.predicate(request.user):
            raise HttpError(403, "forbidden")
        return caller


def check_roles_before_input(api) -> int:
    """Runs every guarded operation's `@api_require` predicate right after authentication, ahead of input
    validation (the view keeps its own check as well). Call it once every router is added: it wires the
    operations as the API serves them (bound to it). Returns how many operations were wired."""
    wired = 0
    for router in api._get_bound_routers():
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                predicate = getattr(operation.view_func, "access_rule", PUBLIC)
                if predicate == PUBLIC or not operation.auth_callbacks:
                    continue
                operation.auth_callbacks = [c if isinstance(c, _RoleCheck) else _RoleCheck(c, predicate)
                                            for c in operation.auth_callbacks]
                wired += 1
    return wired
