"""The levels of the agency tree (BJ-4-1) and which level each level's children have."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class UnitLevel(models.TextChoices):
    CITY = "city", _("市级")
    DISTRICT = "district", _("区级")
    STREET = "street", _("街道（乡镇）")
    COMMUNITY = "community", _("社区（村）就业服务站")


# The level each level's children must have.
CHILD_LEVEL = {
    UnitLevel.CITY: UnitLevel.DISTRICT,
    UnitLevel.DISTRICT: UnitLevel.STREET,
    UnitLevel.STREET: UnitLevel.COMMUNITY,
}
