from django.urls import path

from .views import handoffs, persons, records

app_name = "job_seekers"
urlpatterns = [
    path("", persons.list_view, name="list"),
    path("export.xlsx", persons.export_view, name="export"),
    path("new/", persons.create_view, name="create"),
    path("import/", persons.import_view, name="import"),
    path("fairness/", records.fairness_view, name="fairness"),
    path("<int:pk>/", persons.detail_view, name="detail"),
    path("<int:pk>/ledger.pdf", persons.ledger_pdf_view, name="ledger_pdf"),
    path("<int:pk>/contact/", persons.contact_edit_view, name="contact_edit"),
    path("<int:pk>/reveal/<str:field>/", persons.reveal_view, name="reveal"),
    path("<int:pk>/grade/", records.grade_view, name="grade"),
    path("<int:pk>/certification/", records.certification_view, name="certification"),
    path("<int:pk>/advice/", records.advice_view, name="advice"),
    path("<int:pk>/readiness/", records.readiness_view, name="readiness"),
    path("<int:pk>/contacts/new/", records.contact_view, name="contact_record"),
    path("<int:pk>/no-contact-report/", records.no_contact_report_view, name="no_contact_report"),
    path("<int:pk>/handoffs/new/", handoffs.handoff_create_view, name="handoff_create"),
    path("handoffs/<int:pk>/outcome/", handoffs.handoff_outcome_view, name="handoff_outcome"),
    path("gradings/<int:pk>/", records.grading_view, name="grading"),
    path("gradings/<int:pk>/override/", records.override_view, name="override"),
]
