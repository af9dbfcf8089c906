from django.urls import path

from .views import catalogue, key, plans, records, requests, verification

app_name = "employers"
urlpatterns = [
    path("", records.list_view, name="list"),
    path("new/", records.create_view, name="create"),
    path("<int:pk>/", records.detail_view, name="detail"),
    path("<int:pk>/edit/", records.update_view, name="update"),
    path("<int:pk>/reveal/<str:field>/", records.reveal_view, name="reveal"),
    path("<int:pk>/verify/", verification.front_desk_view, name="verify"),
    path("<int:pk>/demand/", records.demand_create_view, name="demand_create"),
    path("<int:pk>/services/", records.service_record_view, name="service_record"),
    path("<int:pk>/ledger/", records.ledger_view, name="ledger"),
    path("<int:pk>/ledger.pdf", records.ledger_pdf_view, name="ledger_pdf"),
    path("<int:pk>/ledger.xlsx", records.ledger_xlsx_view, name="ledger_xlsx"),
    path("<int:pk>/key/designate/", key.designate_view, name="key_designate"),
    path("<int:pk>/plans/", plans.plans_view, name="plans"),
    path("key-enterprises/requests/", requests.requests_view, name="requests"),
    path("key-enterprises/requests/<int:pk>/close/", requests.request_close_view, name="request_close"),
    path("demand/<int:pk>/fulfil/", records.demand_fulfil_view, name="demand_fulfil"),
    path("verifications/", verification.queue_view, name="verification_queue"),
    path("verifications/<int:pk>/review/", verification.review_view, name="review"),
    path("agreements/<int:pk>/sign/", key.sign_view, name="key_sign"),
    path("agreements/<int:pk>/officer/", key.officer_view, name="key_officer"),
    path("agreements/<int:pk>/team/", key.team_view, name="key_team"),
    path("agreements/<int:pk>/contact/", key.contact_view, name="key_contact"),
    path("agreements/<int:pk>/archive/", key.archive_view, name="key_archive"),
    path("agreements/<int:pk>/terminate/", key.terminate_view, name="key_terminate"),
    path("agreements/<int:pk>/no-renewal/", key.no_renewal_view, name="key_no_renewal"),
    path("agreements/<int:pk>/transfer/", key.transfer_request_view, name="transfer_request"),
    path("key-enterprises/quarterly/", key.quarterly_report_view, name="quarterly_report"),
    path("transfers/", key.transfer_list_view, name="transfers"),
    path("transfers/<int:pk>/<str:action>/", key.transfer_action_view, name="transfer_action"),
    path("catalogue/", key.catalogue_list_view, name="catalogue"),
    path("catalogue/do/<slug:action>/", catalogue.catalogue_action_view, name="catalogue_action"),
    path("catalogue/<int:pk>/affected/", key.catalogue_affected_view, name="catalogue_affected"),
]
