from django.urls import include, path

from .api import api

urlpatterns = [
    path("", include("careerguide.portal.urls")),
    path("accounts/", include("careerguide.accounts.urls")),
    path("work/", include("careerguide.workbench.urls")),
    path("units/", include("careerguide.organisations.urls")),
    path("job-seekers/", include("careerguide.job_seekers.urls")),
    path("employers/", include("careerguide.employers.urls")),
    path("audit/", include("careerguide.audit.urls")),
    path("workdays/", include("careerguide.workdays.urls")),
    path("policy/", include("careerguide.policy.urls")),
    path("duties/", include("careerguide.duties.urls")),
    path("inbox/", include("careerguide.notifications.urls")),
    path("occupations/", include("careerguide.occupations.urls")),
    path("guidance/", include("careerguide.guidance.urls")),
    path("vacancies/", include("careerguide.vacancies.urls")),
    path("matching/", include("careerguide.matching.urls")),
    path("assistance/", include("careerguide.assistance.urls")),
    path("assessments/", include("careerguide.assessments.urls")),
    path("me/job-seeking/", include("careerguide.job_seekers.portal_urls")),
    path("me/employer/", include("careerguide.employers.portal_urls")),
    path("me/vacancies/", include("careerguide.vacancies.portal_urls")),
    path("experts/", include("careerguide.experts.urls")),
    path("studios/", include("careerguide.studios.urls")),
    path("workforce/", include("careerguide.workforce.urls")),
    path("resources/", include("careerguide.resources.urls")),
    path("public/experts/", include("careerguide.experts.portal_urls")),
    path("public/studios/", include("careerguide.studios.portal_urls")),
    path("api/", api.urls),
]
