from django.urls import path

from .views import appeals, checks, community, evaluations, staffing, surveys
from .views import issues as views

app_name = "supervision"
urlpatterns = [
    path("issues/", views.issue_list_view, name="issues"),
    path("issues/new/", views.issue_create_view, name="issue_create"),
    path("issues/<int:pk>/", views.issue_detail_view, name="issue"),
    path("issues/<int:pk>/<slug:action>/", views.issue_action_view, name="issue_action"),
    path("notices/<int:pk>/", views.notice_detail_view, name="notice"),
    path("notices/<int:pk>/pdf/", views.notice_pdf_view, name="notice_pdf"),
    path("spot-checks/", views.spot_check_list_view, name="spot_checks"),
    path("spot-checks/new/", views.spot_check_create_view, name="spot_check_create"),
    path("spot-checks/<int:pk>/", views.spot_check_detail_view, name="spot_check"),
    path("spot-checks/<int:pk>/issues/", views.spot_check_issue_view, name="spot_check_issue"),
    path("spot-checks/<int:pk>/notice/", views.spot_check_notice_view, name="spot_check_notice"),
    path("quality/", views.quality_view, name="quality"),
    path("quality/<slug:check>/<int:unit_id>/", views.quality_items_view, name="quality_items"),
    path("complaints/", views.complaint_list_view, name="complaints"),
    path("complaints/new/", views.complaint_create_view, name="complaint_create"),
    path("complaints/<int:pk>/", views.complaint_detail_view, name="complaint"),
    path("complaints/<int:pk>/assign/", views.complaint_assign_view, name="complaint_assign"),
    path("complaints/<int:pk>/close/", views.complaint_close_view, name="complaint_close"),
    path("checks/", checks.check_list_view, name="checks"),
    path("posting-notices/<int:pk>/", checks.posting_notice_view, name="posting_notice"),
    path("satisfaction/", surveys.satisfaction_view, name="satisfaction"),
    path("satisfaction/<int:pk>/", surveys.survey_detail_view, name="survey"),
    path("surveys/<str:token>/", surveys.survey_answer_view, name="survey_answer"),
    path("appeal/", appeals.appeal_view, name="appeal"),
    path("evaluations/", evaluations.evaluation_list_view, name="evaluations"),
    path("evaluations/<int:pk>/", evaluations.evaluation_detail_view, name="evaluation"),
    path("staffing/", staffing.staffing_view, name="staffing"),
    path("community-surveys/", community.community_surveys_view, name="community_surveys"),
]
