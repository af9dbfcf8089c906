from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LabourMarketConfig(AppConfig):
    name = "careerguide.labour_market"
    verbose_name = _("劳动力市场信息")

    def ready(self):
        from careerguide.common.demo_areas import demo_area_register

        from . import demo

        demo_area_register("labour-market reports", demo.build)
