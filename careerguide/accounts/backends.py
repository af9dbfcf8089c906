"""Password authentication with lockout after repeated failures."""
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.utils import timezone

from .models import User
from .services import user_login_failed, user_login_succeeded


class LockoutModelBackend(ModelBackend):
    """Refuses a locked account even with the right password, counts failures,
    and locks after LOGIN_FAILURE_LIMIT consecutive ones for LOGIN_LOCKOUT_MINUTES."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        user = User.objects.filter(username=username).first()
        if user is None:
            User().set_password(password)  # same cost as a real check
            return None
        now = timezone.now()
        if user.is_locked(now):
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            user_login_succeeded(user=user)
            return user
        user_login_failed(
            user=user,
            now=now,
            limit=settings.LOGIN_FAILURE_LIMIT,
            lockout=timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES),
        )
        return None
