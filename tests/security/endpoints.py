"""Every page and every API operation of the project, as the authorization matrix names them."""
from django.urls import URLPattern, URLResolver, get_resolver

from config.api import api


def pages(patterns=None, prefix="", namespace=""):
    """(matrix key, route, view) for every URL pattern outside the API's dispatch views."""
    for p in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(p, URLResolver):
            inner = f"{namespace}:{p.namespace}" if namespace and p.namespace else (p.namespace or namespace)
            yield from pages(p.url_patterns, prefix + str(p.pattern), inner)
        elif isinstance(p, URLPattern):
            route = prefix + str(p.pattern)
            if route.startswith("api/") and p.name not in ("openapi-json", "openapi-view"):
                continue
            key = f"{namespace}:{p.name}" if namespace else p.name
            yield key, route, p.callback


def operations():
    """(matrix key, method, path, view function) for every API operation; the key is `METHOD /api/path`."""
    for prefix, router in api._routers:
        for path, path_view in router.path_operations.items():
            for operation in path_view.operations:
                for method in operation.methods:
                    full = "/".join(["/api", *(part.strip("/") for part in (prefix, path) if part.strip("/"))])
                    yield f"{method} {full}", method, full, operation.view_func
