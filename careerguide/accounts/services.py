"""Writes to accounts: creation, roles, password changes and lockout."""
from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, refuse, refuse_forbidden, require_in_jurisdiction

from .error_codes import AccountErrorCode
from .models import RoleAssignment, SecondFactorRequirement, User
from .permissions import is_city_admin
from .roles import Role, UserKind
from .selectors import second_factor_device, second_factor_required


@transaction.atomic
def user_create(*, actor, username: str, full_name: str, password: str, kind: str = UserKind.STAFF, unit=None,
                roles=(), staff_number: str = "", must_change_password: bool = True) -> User:
    if User.objects.filter(username=username).exists():
        refuse(_("用户名已被使用。"), code=CommonErrorCode.DUPLICATE, field="username")
    if kind == UserKind.STAFF and unit is None:
        refuse(_("工作人员必须属于一个服务机构。"), code=CommonErrorCode.REQUIRED, clause="BJ-4-1", field="unit")
    if kind != UserKind.STAFF and roles:
        refuse(_("只有工作人员可以分配岗位角色。"), code=AccountErrorCode.ROLES_FOR_STAFF_ONLY)
    for role in roles:
        if role not in Role.values:
            refuse(_("未知角色：%(role)s") % {"role": role}, code=CommonErrorCode.INVALID, field="roles")
    user = User(username=username, full_name=full_name, kind=kind, unit=unit, staff_number=staff_number,
                must_change_password=must_change_password)
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise DomainError.from_validation_error(exc, field="password", code=AccountErrorCode.WEAK_PASSWORD) from exc
    user.set_password(password)
    user.save()
    RoleAssignment.objects.bulk_create([RoleAssignment(user=user, role=r) for r in sorted(set(roles))])
    audit(actor=actor, obj=user, unit=unit, action="create", clause="BJ-4-1",
          after={"username": username, "full_name": full_name, "kind": kind, "roles": sorted(set(roles))})
    return user


@transaction.atomic
def user_password_change(*, actor, user: User, old_password: str, new_password: str) -> None:
    if not user.check_password(old_password):
        refuse(_("原密码不正确。"), code=AccountErrorCode.WRONG_PASSWORD, field="old_password")
    try:
        validate_password(new_password, user)
    except ValidationError as exc:
        raise DomainError.from_validation_error(exc, field="new_password", code=AccountErrorCode.WEAK_PASSWORD) from exc
    user.set_password(new_password)
    user.must_change_password = False
    user.save(update_fields=["password", "must_change_password", "updated_at"])
    audit(actor=actor, obj=user, unit=user.unit, action="password_change", clause="")


def user_login_failed(*, user: User, now, limit: int, lockout: timedelta) -> None:
    """Count a failed password; lock the account at the limit (written outside any request transaction)."""
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        user.failed_login_count += 1
        locked = user.failed_login_count >= limit
        if locked:
            user.locked_until = now + lockout
            user.failed_login_count = 0
        user.save(update_fields=["failed_login_count", "locked_until", "updated_at"])
        if locked:
            audit(actor=None, obj=user, unit=user.unit, action="lock", clause="",
                  after={"locked_until": user.locked_until.isoformat()})


def user_login_succeeded(*, user: User) -> None:
    if user.failed_login_count or user.locked_until:
        User.objects.filter(pk=user.pk).update(failed_login_count=0, locked_until=None, updated_at=now_or())
        user.failed_login_count, user.locked_until = 0, None


@transaction.atomic
def user_unlock(*, actor, user: User) -> None:
    before = {"locked_until": user.locked_until.isoformat() if user.locked_until else None}
    user.locked_until = None
    user.failed_login_count = 0
    user.save(update_fields=["locked_until", "failed_login_count", "updated_at"])
    audit(actor=actor, obj=user, unit=user.unit, action="unlock", clause="", before=before, after={"locked_until": None})


# ---- Second factor (TOTP) ---------------------------------------------------------------------------

def second_factor_enrol_start(*, user: User) -> TOTPDevice:
    """The unconfirmed authenticator the user is enrolling (a new secret when none is pending)."""
    return (second_factor_device(user=user, confirmed=False)
            or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False))


def _verify(device: TOTPDevice | None, token: str) -> None:
    """Check a code (django-otp throttles: each failure doubles the wait before the next try is checked).
    Not inside a transaction of its own, so the failure count persists when the code is refused."""
    token = (token or "").strip().replace(" ", "")
    if device is None or not token.isdigit() or not device.verify_token(token):
        refuse(_("验证码不正确或已过期，请输入身份验证器当前显示的6位数字；多次输错需等待更长时间后再试。"),
               code=AccountErrorCode.WRONG_CODE, field="token")


def second_factor_enrol_confirm(*, actor, user: User, token: str) -> TOTPDevice:
    """The first correct code confirms the authenticator; any older one is removed."""
    device = second_factor_device(user=user, confirmed=False)
    _verify(device, token)
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        audit(actor=actor, obj=user, unit=user.unit, action="second_factor_enrol", clause="")
    return device


@transaction.atomic
def second_factor_remove(*, actor, user: User) -> None:
    if second_factor_required(user=user):
        refuse(_("您所在机构要求两步验证，不能关闭。"), code=AccountErrorCode.SECOND_FACTOR_REQUIRED)
    TOTPDevice.objects.filter(user=user).delete()
    audit(actor=actor, obj=user, unit=user.unit, action="second_factor_remove", clause="")


def second_factor_check(*, user: User, token: str) -> TOTPDevice:
    """The code asked for at login, after the password."""
    device = second_factor_device(user=user)
    _verify(device, token)
    return device


@transaction.atomic
def second_factor_requirement_set(*, actor, unit, required: bool) -> SecondFactorRequirement:
    """A city administrator requires (or stops requiring) the second factor for a unit and the units below it."""
    if not is_city_admin(actor):
        refuse_forbidden()
    require_in_jurisdiction(actor=actor, unit=unit)
    requirement, _created = SecondFactorRequirement.objects.update_or_create(
        unit=unit, defaults={"required": bool(required), "decided_by": actor})
    audit(actor=actor, obj=requirement, unit=unit, action="update", clause="", after={"required": bool(required)})
    return requirement
