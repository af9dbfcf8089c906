from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import User


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _("用户名或密码不正确。连续失败%(limit)s次后账户将被锁定%(minutes)s分钟。"),
        "inactive": _("该账户已停用。"),
        "locked": _("该账户因连续登录失败已被锁定，请于%(minutes)s分钟后再试或联系管理员解锁。"),
    }

    def clean(self):
        username = self.cleaned_data.get("username")
        if username:
            user = User.objects.filter(username=username).first()
            if user is not None and user.is_locked():
                remaining = max(1, int((user.locked_until - timezone.now()).total_seconds() // 60) + 1)
                raise forms.ValidationError(self.error_messages["locked"], code="locked", params={"minutes": remaining})
        return super().clean()

    def get_invalid_login_error(self):
        return forms.ValidationError(
            self.error_messages["invalid_login"], code="invalid_login",
            params={"limit": settings.LOGIN_FAILURE_LIMIT, "minutes": settings.LOGIN_LOCKOUT_MINUTES},
        )


class PasswordChangeForm(forms.Form):
    old_password = forms.CharField(label=_("原密码"), widget=forms.PasswordInput(attrs={"class": "form-control", "autocomplete": "current-password"}))
    new_password = forms.CharField(label=_("新密码"), widget=forms.PasswordInput(attrs={"class": "form-control", "autocomplete": "new-password"}))
    new_password_again = forms.CharField(label=_("再次输入新密码"), widget=forms.PasswordInput(attrs={"class": "form-control", "autocomplete": "new-password"}))

    def clean(self):
        data = super().clean()
        if data.get("new_password") and data.get("new_password") != data.get("new_password_again"):
            self.add_error("new_password_again", _("两次输入的新密码不一致。"))
        return data


class OneTimeCodeForm(forms.Form):
    token = forms.CharField(label=_("验证码"), max_length=8, widget=forms.TextInput(attrs={
        "class": "form-control", "autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
        help_text=_("身份验证器应用（如腾讯身份验证器、Microsoft Authenticator）当前显示的6位数字。"))
