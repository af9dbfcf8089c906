from django.urls import path

from . import views

app_name = "labour_market"
urlpatterns = [
    path("", views.dashboard_view, name="dashboard"),
    path("export.xlsx", views.export_view, name="export"),
    path("reports/", views.report_list_view, name="reports"),
    path("reports/<int:pk>/", views.report_detail_view, name="report"),
    path("reports/<int:pk>/publish/", views.report_publish_view, name="report_publish"),
    path("public/", views.public_report_list_view, name="public_list"),
    path("public/<int:pk>/", views.public_report_detail_view, name="public_detail"),
]
