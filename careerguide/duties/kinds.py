"""Labels of duty kinds.  Each module registers the kinds it schedules."""
from django.utils.translation import gettext_lazy as _

_LABELS: dict[str, object] = {}


def register_kind(code: str, label) -> None:
    _LABELS[code] = label


def kind_label(code: str) -> str:
    return str(_LABELS.get(code, code))


