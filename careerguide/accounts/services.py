"""Writes to accounts: creation, roles, password changes and lockout."""
from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError

from .models import RoleAssignment, User
from .roles import Role, UserKind


@transaction.atomic
def user_create(*, actor, username: str, full_name: str, password: str, kind: str = UserKind.STAFF, unit=None,
                roles=(), staff_number: str = "", must_change_password: bool = True) -> User:
    if User.objects.filter(username=username).exists():
        raise DomainError(field_errors={"username": [_("用户名已被使用。")]})
    if kind == UserKind.STAFF and unit is None:
        raise DomainError(field_errors={"unit": [_("工作人员必须属于一个服务机构。")]}, clause="BJ-4-1")
    if kind != UserKind.STAFF and roles:
        raise DomainError(_("只有工作人员可以分配岗位角色。"))
    for role in roles:
        if role not in Role.values:
            raise DomainError(field_errors={"roles": [_("未知角色：%(role)s") % {"role": role}]})
    user = User(username=username, full_name=full_name, kind=kind, unit=unit, staff_number=staff_number,
                must_change_password=must_change_password)
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise DomainError(field_errors={"password": list(exc.messages)}) from exc
    user.set_password(password)
    user.save()
    RoleAssignment.objects.bulk_create([RoleAssignment(user=user, role=r) for r in sorted(set(roles))])
    audit_record(actor=actor, obj=user, unit=unit, action="create", clause="BJ-4-1",
                 after={"username": username, "full_name": full_name, "kind": kind, "roles": sorted(set(roles))})
    return user


@transaction.atomic
def user_password_change(*, actor, user: User, old_password: str, new_password: str) -> None:
    if not user.check_password(old_password):
        raise DomainError(field_errors={"old_password": [_("原密码不正确。")]})
    try:
        validate_password(new_password, user)
    except ValidationError as exc:
        raise DomainError(field_errors={"new_password": list(exc.messages)}) from exc
    user.set_password(new_password)
    user.must_change_password = False
    user.save(update_fields=["password", "must_change_password", "updated_at"])
    audit_record(actor=actor, obj=user, unit=user.unit, action="password_change")


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
            audit_record(actor=None, obj=user, unit=user.unit, action="lock", after={"locked_until": user.locked_until.isoformat()})


def user_login_succeeded(*, user: User) -> None:
    if user.failed_login_count or user.locked_until:
        User.objects.filter(pk=user.pk).update(failed_login_count=0, locked_until=None, updated_at=timezone.now())
        user.failed_login_count, user.locked_until = 0, None


@transaction.atomic
def user_unlock(*, actor, user: User) -> None:
    before = {"locked_until": user.locked_until.isoformat() if user.locked_until else None}
    user.locked_until = None
    user.failed_login_count = 0
    user.save(update_fields=["locked_until", "failed_login_count", "updated_at"])
    audit_record(actor=actor, obj=user, unit=user.unit, action="unlock", before=before, after={"locked_until": None})
