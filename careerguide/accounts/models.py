"""Accounts: staff of an agency and portal identities."""
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .roles import Role, UserKind


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, username, password=None, **fields):
        user = self.model(username=username, **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user


class User(AbstractBaseUser, BaseModel):
    """Anyone who signs in.  Staff belong to exactly one unit (BJ-4-1)."""

    username = models.CharField(_("用户名"), max_length=64, unique=True)
    full_name = models.CharField(_("姓名"), max_length=64)
    kind = models.CharField(_("用户类别"), max_length=20, choices=UserKind.choices, default=UserKind.STAFF)
    unit = models.ForeignKey(
        "organisations.Unit", verbose_name=_("所属机构"), null=True, blank=True, on_delete=models.PROTECT, related_name="staff"
    )
    staff_number = models.CharField(_("工号"), max_length=32, blank=True)
    is_active = models.BooleanField(_("启用"), default=True)
    failed_login_count = models.PositiveSmallIntegerField(_("连续登录失败次数"), default=0)
    locked_until = models.DateTimeField(_("锁定至"), null=True, blank=True)
    must_change_password = models.BooleanField(_("须修改密码"), default=False)

    objects = UserManager()

    USERNAME_FIELD = "username"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("用户")
        verbose_name_plural = _("用户")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind="staff") | models.Q(unit__isnull=False), name="user_staff_has_unit"
            )
        ]

    def __str__(self):
        return self.full_name or self.username

    @property
    def is_staff_member(self) -> bool:
        return self.kind == UserKind.STAFF and self.unit_id is not None

    @property
    def role_codes(self) -> frozenset[str]:
        if not hasattr(self, "_role_cache"):
            self._role_cache = frozenset(self.role_assignments.values_list("role", flat=True)) if self.pk else frozenset()
        return self._role_cache

    def has_role(self, *roles: str) -> bool:
        return self.is_active and bool(self.role_codes.intersection(roles))

    def role_labels(self) -> list[str]:
        return [str(Role(code).label) for code in sorted(self.role_codes)]

    def is_locked(self, now=None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or timezone.now())


class RoleAssignment(BaseModel):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField(_("角色"), max_length=32, choices=Role.choices)

    class Meta:
        verbose_name = _("角色分配")
        verbose_name_plural = _("角色分配")
        constraints = [models.UniqueConstraint(fields=["user", "role"], name="role_assignment_unique")]


class SecondFactorRequirement(BaseModel):
    """A city administrator's decision that the staff of `unit` (and of the units below it) must sign in
    with a one-time code (TOTP) as well as their password."""

    unit = models.OneToOneField("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.CASCADE,
                                related_name="second_factor_requirement")
    required = models.BooleanField(_("要求两步验证"), default=True)
    decided_by = models.ForeignKey(User, verbose_name=_("决定人"), null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("两步验证要求")
        verbose_name_plural = _("两步验证要求")
