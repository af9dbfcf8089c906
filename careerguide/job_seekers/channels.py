"""Collection channels (BJ-10-1): the ones the rules name, plus any an office configures."""
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ChannelInfo:
    code: str
    label: object
    ledger_channel: str  # ledgers.models.Channel value
    initiated_by: str  # BJ-2-4
    job_seeking_registration: bool  # does this collection count as a job-seeking registration?


BUILTIN_CHANNELS = (
    ChannelInfo("front_desk", _("前台接待"), "front_desk", "client", True),
    ChannelInfo("baseline_survey", _("摸底调查"), "baseline_survey", "agency", False),
    ChannelInfo("online_registration", _("网络登记"), "online", "client", True),
    ChannelInfo("job_fair", _("招聘洽谈会"), "job_fair", "client", True),
    ChannelInfo("onsite_visit", _("上门服务"), "onsite_visit", "agency", True),
    ChannelInfo("other", _("其他渠道"), "other", "client", True),
)
BUILTIN_BY_CODE = {c.code: c for c in BUILTIN_CHANNELS}
ONLINE = "online_registration"
