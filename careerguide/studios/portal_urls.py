"""Public pages (notices, the list of recognised studios), the host unit's self-service and applications,
recommenders' opinions and the panel's review."""
from django.urls import path

from .views import intake, operation, public

app_name = "studios_portal"
urlpatterns = [
    path("", public.studio_directory_view, name="directory"),
    path("notices/", public.notice_list_view, name="notices"),
    path("mine/", public.my_studios_view, name="mine"),
    path("mine/<int:pk>/", public.my_studio_view, name="my_studio"),
    path("mine/<int:pk>/do/<slug:action>/", operation.host_action_view, name="host_action"),
    path("applications/", intake.my_applications_view, name="applications"),
    path("applications/new/", intake.application_new_view, name="application_new"),
    path("applications/<int:pk>/", intake.portal_application_view, name="application"),
    path("applications/<int:pk>/do/<slug:action>/", intake.portal_application_action_view, name="application_action"),
    path("applications/<int:pk>/submit/", intake.application_submit_view, name="application_submit"),
    path("documents/<int:pk>/", intake.item3_file_view, name="item3_file"),
    path("review/", intake.review_list_view, name="review"),
    path("review/<int:pk>/", intake.review_detail_view, name="review_detail"),
    path("review/<int:pk>/do/<slug:action>/", intake.review_action_view, name="review_action"),
]
