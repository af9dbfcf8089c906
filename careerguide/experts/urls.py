from django.urls import path

from .views import actions, intake, library, members, staff

app_name = "experts"
urlpatterns = [
    path("applications/", staff.application_list_view, name="application_list"),
    path("applications/<int:pk>/", staff.application_detail_view, name="application_detail"),
    path("applications/<int:pk>/do/<slug:action>/", intake.review_action_view, name="review_action"),
    path("applications/<int:pk>/step/<slug:step>/", intake.review_step_view, name="review_step"),
    path("rounds/", intake.round_list_view, name="rounds"),
    path("rounds/<int:pk>/do/<slug:action>/", intake.round_action_view, name="round_action"),
    path("rounds/<int:pk>/batch/", intake.round_batch_view, name="round_batch"),
    path("members/", staff.membership_list_view, name="membership_list"),
    path("members/<int:pk>/", staff.membership_detail_view, name="membership_detail"),
    path("members/<int:pk>/do/<slug:action>/", members.member_action_view, name="member_action"),
    path("members/<int:pk>/service-log.xlsx", members.service_log_export_view, name="service_log_export"),
    path("members/<int:pk>/certificates/<int:cert_pk>/pdf/", staff.certificate_pdf_view, name="certificate_pdf"),
    path("notices/<int:pk>/pdf/", staff.notice_pdf_view, name="notice_pdf"),
    path("members/<int:pk>/dismiss/", actions.dismissal_decide_view, name="dismissal_decide"),
    path("members/<int:pk>/assign/", actions.assignment_create_view, name="assignment_create"),
    path("renewals/<int:pk>/decide/", actions.renewal_decide_view, name="renewal_decide"),
    path("exits/<int:pk>/notify/", actions.dismissal_notify_view, name="dismissal_notify"),
    path("exits/<int:pk>/notice/", actions.dismissal_notice_view, name="dismissal_notice"),
    path("service-logs/<int:pk>/review/", actions.service_log_review_view, name="service_log_review"),
    path("invitations/", members.invitation_list_view, name="invitations"),
    path("trainings/new/", members.training_new_view, name="training_new"),
    path("invitations/<int:pk>/do/<slug:action>/", members.invitation_action_view, name="invitation_action"),
    path("change-requests/<int:pk>/<slug:decision>/", members.change_request_decide_view, name="change_request_decide"),
    path("lookups/", members.lookup_list_view, name="lookups"),
    path("reports/", members.report_view, name="reports"),
    path("library/", library.library_list_view, name="library_list"),
    path("library/enrol/", library.library_enrol_view, name="library_enrol"),
    path("library/<int:pk>/", library.library_detail_view, name="library_detail"),
    path("library/<int:pk>/remove/", library.library_remove_view, name="library_remove"),
    path("library/engagements/new/", library.engagement_create_view, name="library_engagement_create"),
    path("library/draw/", library.panel_draw_view, name="library_panel_draw"),
    path("library/report/", library.usage_report_view, name="library_report"),
]
