"""Every page and every API operation declares who may use it."""
from django.urls import URLPattern, URLResolver, get_resolver

from config.api import api

API_DOCS = {"openapi-json", "openapi-view"}


def walk(patterns, prefix=""):
    for p in patterns:
        if isinstance(p, URLResolver):
            yield from walk(p.url_patterns, prefix + str(p.pattern))
        elif isinstance(p, URLPattern):
            yield prefix + str(p.pattern), p.name, p.callback


def test_every_url_declares_its_access_rule():
    missing, checked = [], 0
    for route, name, view in walk(get_resolver().url_patterns):
        if route.startswith("api/") and name not in API_DOCS:
            continue  # the API's dispatch views: each operation is checked below
        checked += 1
        if getattr(view, "access_rule", None) is None:
            missing.append(route)
    assert checked > 10
    assert missing == []


def test_every_api_operation_declares_its_access_rule():
    missing, seen = [], 0
    for _prefix, router in api._routers:
        for path, path_view in router.path_operations.items():
            for operation in path_view.operations:
                seen += 1
                if getattr(operation.view_func, "access_rule", None) is None:
                    missing.append(f"{operation.methods} {path}")
    assert seen > 5
    assert missing == []
