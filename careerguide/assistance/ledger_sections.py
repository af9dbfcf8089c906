"""The difficult person's ledger: the personal service ledger's sections (BJ-17-2) and the four of BJ-32-2 to
BJ-32-5, registered with the ledgers app when the app is ready."""
from django.utils.translation import gettext_lazy as _

from careerguide.ledgers.sections import LEDGERS, Section

LEDGER = "assistance_case"
EXTRA_SECTIONS = (
    Section("needs_archive", _("就业需求档案及其变动情况")),
    Section("agreement", _("就业援助服务协议及其履行情况")),
    Section("team", _("就业援助服务专员及专门服务团队的情况")),
    Section("specialized", _("历次专门服务情况")),
)


def register() -> None:
    LEDGERS.setdefault(LEDGER, (*LEDGERS["personal"], *EXTRA_SECTIONS))
