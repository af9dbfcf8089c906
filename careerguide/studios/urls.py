from django.urls import path

from .views import actions, intake, operation, staff

app_name = "studios"
urlpatterns = [
    path("", staff.overview_view, name="overview"),
    path("<int:pk>/", staff.studio_detail_view, name="detail"),
    path("<int:pk>/do/<slug:action>/", operation.studio_action_view, name="studio_action"),
    path("applications/<int:pk>/", staff.application_detail_view, name="application_detail"),
    path("applications/<int:pk>/do/<slug:action>/", intake.staff_application_action_view, name="application_action"),
    path("applications/<int:pk>/check/", intake.application_check_view, name="application_check"),
    path("rounds/", intake.round_list_view, name="rounds"),
    path("rounds/<int:pk>/", intake.round_detail_view, name="round_detail"),
    path("rounds/<int:pk>/do/<slug:action>/", intake.round_action_view, name="round_action"),
    path("rounds/<int:pk>/voting/<slug:step>/", intake.round_voting_view, name="round_voting"),
    path("registry/<slug:action>/", intake.registry_action_view, name="registry_action"),
    path("funds/", operation.funds_view, name="funds"),
    path("<int:pk>/plaque/", actions.plaque_award_view, name="plaque_award"),
    path("<int:pk>/exit/", actions.studio_exit_view, name="exit"),
    path("sd/", actions.sd_list_view, name="sd_list"),
    path("sd/register/", actions.sd_register_view, name="sd_register"),
    path("sd/<int:pk>/", actions.sd_detail_view, name="sd_detail"),
    path("sd/<int:pk>/assess/", actions.sd_assess_view, name="sd_assess"),
    path("sd/<int:pk>/conclude/", actions.sd_conclude_view, name="sd_conclude"),
    path("sd/<int:pk>/budget/", actions.sd_budget_view, name="sd_budget"),
]
