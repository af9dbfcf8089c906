from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .error_codes import AccountErrorCode
from .selectors import second_factor_required


class PasswordChangeRequiredMiddleware:
    """A user with an initial password is sent to change it before anything else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.must_change_password:
            allowed = {reverse("accounts:password_change"), reverse("accounts:logout")}
            if request.path not in allowed and not request.path.startswith("/static/") and not request.path.startswith("/api/"):
                return redirect("accounts:password_change")
        return self.get_response(request)


class SecondFactorRequiredMiddleware:
    """Staff of a unit that requires two-step verification, signed in without a code (they have not enrolled
    yet), are sent to enrol before anything else; the API refuses them with a structured 403."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated and getattr(user, "is_staff_member", False)
                and not user.is_verified() and not _exempt(request.path) and second_factor_required(user=user)):
            if request.path.startswith("/api/"):
                return JsonResponse({"code": str(AccountErrorCode.SECOND_FACTOR_REQUIRED), "clause": "",
                                     "messages": [_("您所在机构要求两步验证，请先在账户安全页面开启。")],
                                     "field_errors": {}}, status=403)
            messages.warning(request, _("您所在机构要求两步验证，请先开启后再办理业务。"))
            return redirect("accounts:security")
        return self.get_response(request)


def _exempt(path: str) -> bool:
    allowed = {reverse("accounts:security"), reverse("accounts:logout"), reverse("accounts:password_change")}
    return path in allowed or path.startswith("/static/")
