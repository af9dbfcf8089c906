import base64
import time

import segno
from django.contrib import messages
from django.contrib.auth import login, logout, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from careerguide.common.views import FAILED, post_action, run_service
from careerguide.organisations.selectors import unit_get

from .access import public, require
from .forms import LoginForm, OneTimeCodeForm, PasswordChangeForm
from .permissions import is_city_admin, is_signed_in, is_staff
from .selectors import (
    second_factor_device,
    second_factor_pending_user,
    second_factor_required,
    second_factor_unit_list,
)
from .services import (
    second_factor_check,
    second_factor_enrol_confirm,
    second_factor_enrol_start,
    second_factor_remove,
    second_factor_requirement_set,
    user_password_change,
)

PENDING = "second_factor_pending"
PENDING_SECONDS = 300


class _LoginView(auth_views.LoginView):
    """The password step; a user with an authenticator is then asked for the code before being signed in."""

    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        user = form.get_user()
        if second_factor_device(user=user) is None:
            return super().form_valid(form)
        self.request.session[PENDING] = {"user": user.pk, "backend": user.backend, "next": self.get_success_url(),
                                         "at": time.time()}
        return redirect("accounts:login_code")


@public
def login_view(request):
    return _LoginView.as_view()(request)


def _pending(request):
    pending = request.session.get(PENDING)
    if not pending or time.time() - pending["at"] > PENDING_SECONDS:
        request.session.pop(PENDING, None)
        return None, None
    return pending, second_factor_pending_user(pk=pending["user"])


@public
def login_code_view(request):
    """The second step of a login: the one-time code of the authenticator."""
    pending, user = _pending(request)
    if user is None:
        messages.error(request, _("登录已超时，请重新输入用户名和密码。"))
        return redirect("accounts:login")
    form = OneTimeCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = run_service(request, lambda: second_factor_check(user=user, token=form.cleaned_data["token"]),
                             form=form)
        if device is not FAILED:
            request.session.pop(PENDING, None)
            login(request, user, backend=pending["backend"])
            otp_login(request, device)
            target = pending["next"]
            safe = url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
            return redirect(target if safe else "accounts:after_login")
    return render(request, "accounts/login_code.html", {"form": form})


@require(is_signed_in)
@require_POST
def logout_view(request):
    logout(request)
    messages.info(request, _("您已安全退出。"))
    return redirect("portal:home")


@require(is_signed_in)
def password_change_view(request):
    form = PasswordChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and run_service(request, lambda: user_password_change(
            actor=request.user, user=request.user, old_password=form.cleaned_data["old_password"],
            new_password=form.cleaned_data["new_password"]), form=form, success=_("密码已修改。")):
        update_session_auth_hash(request, request.user)
        return redirect("accounts:after_login")
    return render(request, "accounts/password_change.html", {"form": form})


def _enrolment(user) -> dict:
    device = second_factor_enrol_start(user=user)
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return {"qr": segno.make(device.config_url, error="m").svg_data_uri(scale=5),
            "secret": " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))}


@require(is_staff)
def security_view(request):
    """The account's two-step verification: enrol an authenticator (QR code or secret, then a code), or remove it."""
    user = request.user
    if request.method == "POST" and request.POST.get("action") == "remove":
        return post_action(request, lambda: second_factor_remove(actor=user, user=user),
                           success=_("已关闭两步验证。"), redirect_to="accounts:security")
    form = OneTimeCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = run_service(request, lambda: second_factor_enrol_confirm(
            actor=user, user=user, token=form.cleaned_data["token"]), form=form,
            success=_("两步验证已开启：以后登录时需输入身份验证器上的验证码。"))
        if device is not FAILED:
            otp_login(request, device)
            return redirect("accounts:security")
    confirmed = second_factor_device(user=user)
    context = {"form": form, "confirmed": confirmed, "required": second_factor_required(user=user),
               "is_city_admin": is_city_admin(user)}
    if confirmed is None:
        context.update(_enrolment(user))
    return render(request, "accounts/security.html", context)


@require(is_city_admin)
def second_factor_units_view(request):
    """City administrators decide which units' staff must use two-step verification."""
    if request.method == "POST":
        posted = request.POST.get("unit", "")
        unit = unit_get(actor=request.user, pk=int(posted) if posted.isdigit() else 0)
        required = request.POST.get("required") == "1"
        return post_action(request, lambda: second_factor_requirement_set(actor=request.user, unit=unit,
                                                                          required=required),
                           success=_("已保存。"), redirect_to="accounts:second_factor_units")
    return render(request, "accounts/second_factor_units.html",
                  {"units": second_factor_unit_list(actor=request.user)})


@require(is_signed_in)
def after_login_view(request):
    """Send staff to the workbench and portal users to their own pages."""
    if request.user.is_staff_member:
        return redirect("workbench:home")
    return redirect("portal:me")
