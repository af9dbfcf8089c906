"""Response headers Django 5.2 does not set itself: the Content-Security-Policy and Permissions-Policy."""
from django.conf import settings


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
