from django.urls import path

from . import views

app_name = "cq"
urlpatterns = [
    path("cases/", views.cases_view, name="cases"),
    path("cases/new/", views.intake_view, name="intake"),
    path("cases/from-booking/<int:pk>/", views.booking_intake_view, name="booking_intake"),
    path("cases/<int:pk>/", views.case_view, name="case"),
    path("cases/<int:pk>/steps/<slug:step>/", views.case_step_view, name="case_step"),
    path("sessions/", views.sessions_view, name="sessions"),
    path("sessions/<int:pk>/", views.session_view, name="session"),
    path("reverification/", views.worklist_view, name="worklist"),
    path("qualifications/", views.qualifications_view, name="qualifications"),
    path("management-system/", views.management_system_view, name="management_system"),
    path("sites/", views.sites_view, name="sites"),
    path("compliance/", views.compliance_view, name="compliance"),
    path("references/", views.references_view, name="references"),
    path("database/", views.database_view, name="database"),
    path("library/", views.library_view, name="library"),
    path("library/<int:pk>/", views.policy_item_view, name="policy_item"),
    path("handbooks/", views.handbooks_view, name="handbooks"),
    path("handbooks/<int:pk>/", views.handbook_view, name="handbook"),
    path("practitioners/", views.practitioners_view, name="practitioners"),
    path("practitioners/<int:pk>/", views.practitioner_view, name="practitioner"),
    path("projects/", views.projects_view, name="projects"),
    path("catalogue/", views.catalogue_view, name="catalogue"),
    path("institutions/", views.institutions_view, name="institutions"),
    path("institutions/<int:pk>/", views.institution_view, name="institution"),
    path("quality/", views.quality_view, name="quality"),
    path("quality/audits/<int:pk>/", views.audit_view, name="audit"),
    path("quality/findings/<int:pk>/", views.finding_view, name="finding"),
    path("quality/evaluations/<int:pk>/", views.evaluation_view, name="evaluation"),
    # public pages, readable without login (CQ-9.1.1-1, CQ-7.1.1-1)
    path("service/", views.service_page_view, name="service_page"),
    path("service/<int:unit_pk>/", views.service_page_view, name="service_page_unit"),
    path("display/<int:unit_pk>/", views.display_board_view, name="display_board"),
]
