from django.urls import path

from . import views

app_name = "matching"
urlpatterns = [
    path("", views.index_view, name="index"),
    path("job-seekers/<int:pk>/", views.job_seeker_view, name="job_seeker"),
    path("job-seekers/<int:pk>/recommend/<int:vacancy_pk>/", views.job_seeker_recommend_view, name="job_seeker_recommend"),
    path("vacancies/<int:pk>/", views.vacancy_view, name="vacancy"),
    path("vacancies/<int:pk>/profile/", views.vacancy_profile_view, name="vacancy_profile"),
    path("vacancies/<int:pk>/recommend/<int:seeker_pk>/", views.vacancy_recommend_view, name="vacancy_recommend"),
    path("recommendations/<int:pk>/", views.recommendation_view, name="recommendation"),
    path("recommendations/<int:pk>/outcome/", views.recommendation_outcome_view, name="recommendation_outcome"),
    path("instruments/", views.instruments_view, name="instruments"),
    path("instruments/publish/", views.instrument_publish_view, name="instrument_publish"),
]
