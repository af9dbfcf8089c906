from django.urls import path

from .views import cases, library

app_name = "resources"
urlpatterns = [
    path("", library.library_view, name="library"),
    path("new/", library.resource_new_view, name="new"),
    path("showcase/", library.showcase_view, name="showcase"),
    path("report/", library.utilisation_view, name="report"),
    path("<int:pk>/", library.resource_detail_view, name="detail"),
    path("<int:pk>/do/<slug:action>/", library.resource_action_view, name="action"),
    path("cases/", cases.cases_view, name="cases"),
    path("cases/new/", cases.case_new_view, name="case_new"),
    path("cases/<int:pk>/", cases.case_view, name="case"),
    path("cases/<int:pk>/do/submit/", cases.case_submit_view, name="case_submit"),
    path("cases/<int:pk>/do/<slug:action>/", cases.case_action_view, name="case_action"),
]
