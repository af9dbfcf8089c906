"""Response headers Django 5.2 does not set itself (Content-Security-Policy, Permissions-Policy), and the
API's error shape for refusals made before the API runs."""
from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse


class SecurityHeadersMiddleware:
    """Adds `settings.CONTENT_SECURITY_POLICY` (a dict of directive → sources) and
    `settings.PERMISSIONS_POLICY` to every response that does not set its own."""

    def __init__(self, get_response):
        self.get_response = get_response
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
        self.csp = "; ".join(f"{d} {' '.join(s)}".strip() for d, s in policy.items())
        self.permissions = getattr(settings, "PERMISSIONS_POLICY", "")

    def __call__(self, request):
        response = self.get_response(request)
        if self.csp:
            response.headers.setdefault("Content-Security-Policy", self.csp)
        if self.permissions:
            response.headers.setdefault("Permissions-Policy", self.permissions)
        return response


_API_STATUS = {
    400: ("invalid", "请求无效。"),
    403: ("forbidden", "您无权办理该事项。"),
    404: ("not_found", "未找到"),
    405: ("method_not_allowed", "不支持该请求方法。"),
    413: ("too_large", "提交的内容过大。"),
}


class ApiRefusalShapeMiddleware:
    """Refusals the framework answers before any API code runs (a method the path does not support, a body too
    large) come back in the API's error shape too: {"code", "clause", "messages", "field_errors"}, in Chinese."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (request.path.startswith("/api/") and 400 <= response.status_code < 500
                and not response.get("Content-Type", "").startswith("application/json")):
            code, message = _API_STATUS.get(response.status_code, ("invalid", "请求无效。"))
            shaped = JsonResponse({"code": code, "clause": "", "messages": [message], "field_errors": {}},
                                  status=response.status_code)
            if response.has_header("Allow"):
                shaped["Allow"] = response["Allow"]
            return shaped
        return response


class RefuseNullCharactersMiddleware:
    """A NUL character in a query parameter or a JSON body is refused with 400 before any view runs: no field of
    the system holds one, and PostgreSQL cannot store or even compare text containing it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_null(request):
            message = "请求中含有不允许的空字符（NUL）。"
            if request.path.startswith("/api/"):
                return JsonResponse({"code": "invalid", "clause": "", "messages": [message], "field_errors": {}},
                                    status=400)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


def _has_null(request) -> bool:
    if any("\x00" in item for key, values in request.GET.lists() for item in (key, *values)):
        return True
    if request.content_type == "application/json" and request.method in ("POST", "PUT", "PATCH", "DELETE"):
        body = request.body
        return b"\\u0000" in body or b"\x00" in body
    return False
