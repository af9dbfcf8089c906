"""Staff forms of the prohibited and restricted industry catalogue (BJ-44-2, BJ-45-7): a new edition, its
entries while unpublished, and its publication.  City administrators only; the services decide."""
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import FormAction, form_action_page
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.selectors import unit_list

from ..forms import catalogue as f
from ..permissions import can_manage_industry_catalogue
from ..selectors.catalogue import catalogue_version_list
from ..services import catalogue

CATALOGUE_ACTIONS = {
    "version": FormAction(_("新建目录版本"), f.CatalogueVersionForm, success=_("已新建目录版本，请添加条目后发布。"),
                          allowed=can_manage_industry_catalogue,
                          call=lambda r, s, d: catalogue.catalogue_version_create(actor=r.user, **d)),
    "entry": FormAction(_("添加目录条目"), f.CatalogueEntryForm, success=_("已添加条目。"),
                        allowed=can_manage_industry_catalogue,
                        form_kwargs=lambda r, s: {"versions": catalogue_version_list(),
                                                  "regions": unit_list(actor=r.user, level=UnitLevel.DISTRICT)},
                        call=lambda r, s, d: catalogue.catalogue_entry_add(actor=r.user, **d)),
    "publish": FormAction(_("发布目录版本"), f.CataloguePublishForm, success=_("已发布；请核查受影响的重点企业。"),
                          allowed=can_manage_industry_catalogue,
                          form_kwargs=lambda r, s: {"versions": catalogue_version_list()},
                          call=lambda r, s, d: catalogue.catalogue_version_publish(actor=r.user, version=d["version"])),
}


@require(can_manage_industry_catalogue)
def catalogue_action_view(request, action):
    return form_action_page(request, CATALOGUE_ACTIONS, action, None, template="employers/catalogue_form.html",
                            back=reverse("employers:catalogue"))
