from django.urls import path

from . import views

app_name = "cq"
urlpatterns = [
    path("cases/", views.cases_view, name="cases"),
    path("cases/<int:pk>/", views.case_view, name="case"),
    path("sessions/", views.sessions_view, name="sessions"),
    path("sessions/<int:pk>/", views.session_view, name="session"),
    path("reverification/", views.worklist_view, name="worklist"),
]
