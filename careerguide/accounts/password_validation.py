"""Password validators whose messages Django's Chinese catalogue does not translate."""
from django.contrib.auth.password_validation import MinimumLengthValidator as _MinimumLengthValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class MinimumLengthValidator(_MinimumLengthValidator):
    """Django's minimum length, with its message in Chinese."""

    def get_error_message(self):
        return _("密码长度太短，至少需要%(min_length)d个字符。") % {"min_length": self.min_length}

    def validate(self, password, user=None):
        if len(password) < self.min_length:
            raise ValidationError(self.get_error_message(), code="password_too_short",
                                  params={"min_length": self.min_length})

    def get_help_text(self):
        return _("密码至少需要%(min_length)d个字符。") % {"min_length": self.min_length}
