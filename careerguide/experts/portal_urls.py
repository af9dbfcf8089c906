"""Public pages (directory, notices, invitations) and self-service for experts, applicants and nominating bodies."""
from django.urls import path

from .views import intake, members, public

app_name = "experts_portal"
urlpatterns = [
    path("", public.directory_view, name="directory"),
    path("<int:pk>/", public.expert_detail_view, name="expert_detail"),
    path("<int:pk>/photo/", public.expert_photo_view, name="expert_photo"),
    path("<int:pk>/invite/", members.invitation_new_view, name="invite"),
    path("<int:pk>/consult/", members.consultation_new_view, name="consult"),
    path("<int:pk>/feedback/", members.feedback_new_view, name="feedback_expert"),
    path("feedback/", members.feedback_new_view, name="feedback"),
    path("invite/", members.invitation_new_view, name="invite_any"),
    path("notices/", public.notice_list_view, name="notice_list"),
    path("notices/<int:pk>/", public.notice_detail_view, name="notice_detail"),
    path("me/", public.me_view, name="me"),
    path("me/do/<slug:action>/", members.expert_action_view, name="me_action"),
    path("me/requests/<slug:kind>/<int:pk>/", members.expert_respond_view, name="me_respond"),
    path("panel/", members.panel_view, name="panel"),
    path("panel/<int:pk>/opinion/", members.panel_opinion_view, name="panel_opinion"),
    path("apply/", intake.application_new_view, name="apply"),
    path("applications/<int:pk>/", intake.portal_application_view, name="application"),
    path("applications/<int:pk>/do/<slug:action>/", intake.portal_application_action_view, name="application_action"),
    path("applications/<int:pk>/submit/", intake.application_submit_view, name="application_submit"),
    path("nominations/<int:pk>/confirm/", intake.nomination_confirm_view, name="nomination_confirm"),
]
