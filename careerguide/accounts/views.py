from django.contrib import messages
from django.contrib.auth import logout, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.common.views import run_service

from .access import public, require
from .forms import LoginForm, PasswordChangeForm
from .permissions import is_signed_in
from .services import user_password_change


@public
def login_view(request):
    return auth_views.LoginView.as_view(template_name="accounts/login.html", authentication_form=LoginForm,
                                        redirect_authenticated_user=True)(request)


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


@require(is_signed_in)
def after_login_view(request):
    """Send staff to the workbench and portal users to their own pages."""
    if request.user.is_staff_member:
        return redirect("workbench:home")
    return redirect("portal:me")
