from django.urls import path

from . import views

app_name = "assessments"
urlpatterns = [
    path("instruments/", views.instruments_view, name="instruments"),
    path("plans/", views.plans_view, name="plans"),
    path("plans/<int:pk>/", views.plan_view, name="plan"),
    path("reports/<int:pk>/", views.report_view, name="report"),
    path("reports/<int:pk>/pdf/", views.report_pdf_view, name="report_pdf"),
]
