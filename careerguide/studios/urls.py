from django.urls import path

from .views import actions, staff

app_name = "studios"
urlpatterns = [
    path("", staff.overview_view, name="overview"),
    path("<int:pk>/", staff.studio_detail_view, name="detail"),
    path("applications/<int:pk>/", staff.application_detail_view, name="application_detail"),
    path("<int:pk>/plaque/", actions.plaque_award_view, name="plaque_award"),
    path("<int:pk>/exit/", actions.studio_exit_view, name="exit"),
    path("sd/", actions.sd_list_view, name="sd_list"),
    path("sd/register/", actions.sd_register_view, name="sd_register"),
    path("sd/<int:pk>/", actions.sd_detail_view, name="sd_detail"),
    path("sd/<int:pk>/assess/", actions.sd_assess_view, name="sd_assess"),
    path("sd/<int:pk>/conclude/", actions.sd_conclude_view, name="sd_conclude"),
]
