from django.urls import path

from .views import analysis, feeds, publication
from .views import statistics as views

app_name = "labour_market"
urlpatterns = [
    path("", views.dashboard_view, name="dashboard"),
    path("export.xlsx", views.export_view, name="export"),
    path("reports/", views.report_list_view, name="reports"),
    path("reports/<int:pk>/", views.report_detail_view, name="report"),
    path("reports/<int:pk>/publish/", views.report_publish_view, name="report_publish"),
    path("public/", views.public_report_list_view, name="public_list"),
    path("public/<int:pk>/", views.public_report_detail_view, name="public_detail"),
    path("analysis/", analysis.analysis_list_view, name="analyses"),
    path("analysis/<int:pk>/", analysis.analysis_detail_view, name="analysis"),
    path("analysis/<int:pk>/v<int:number>.pdf", analysis.analysis_pdf_view, name="analysis_pdf"),
    path("analysis/<int:pk>/publish/", analysis.analysis_publish_view, name="analysis_publish"),
    path("public/analysis/", analysis.public_analysis_list_view, name="public_analyses"),
    path("public/analysis/<int:pk>/", analysis.public_analysis_detail_view, name="public_analysis"),
    path("public/analysis/<int:pk>/report.pdf", analysis.public_analysis_pdf_view, name="public_analysis_pdf"),
    path("information/", publication.information_list_view, name="information"),
    path("information/<int:pk>/review/", publication.information_review_view, name="information_review"),
    path("training-classes/", publication.training_classes_view, name="training_classes"),
    path("training-classes/<int:pk>/withdraw/", publication.training_class_withdraw_view, name="training_class_withdraw"),
    path("training-needs/", publication.training_needs_view, name="training_needs"),
    path("public/information/", publication.public_information_view, name="public_information"),
    path("public/information/<int:pk>/", publication.public_information_item_view, name="public_information_item"),
    path("public/training/<int:pk>/", publication.public_training_class_view, name="public_training_class"),
    path("public/fairs/<int:pk>/", publication.public_fair_view, name="public_fair"),
    path("public/job-seekers/", publication.public_job_seekers_view, name="public_job_seekers"),
    path("feeds/", feeds.feed_index_view, name="feed_index"),
    path("feeds/<slug:kind>.<str:fmt>", feeds.feed_view, name="feed"),
]
