"""The JSON API: one NinjaAPI, one router per app, session authentication.

Every operation declares its permission with `api_require`; refusals come back
as {"code", "messages", "field_errors"} with Chinese messages.
"""
from ninja import NinjaAPI
from ninja.security import django_auth

from careerguide.accounts.access import public
from careerguide.accounts.api import router as accounts_router
from careerguide.assessments.api import router as assessments_router
from careerguide.assistance.api import router as assistance_router
from careerguide.audit.api import router as audit_router
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError, NotFound
from careerguide.documents.api import router as documents_router
from careerguide.duties.api import router as duties_router
from careerguide.employers.api import router as employers_router
from careerguide.experts.api import router as experts_router
from careerguide.guidance.api import router as guidance_router
from careerguide.intake.api import router as intake_router
from careerguide.job_seekers.api import router as job_seekers_router
from careerguide.labour_market.api import router as labour_market_router
from careerguide.matching.api import router as matching_router
from careerguide.occupations.api import router as occupations_router
from careerguide.organisations.api import router as organisations_router
from careerguide.privacy.api import router as privacy_router
from careerguide.resources.api import router as resources_router
from careerguide.studios.api import router as studios_router
from careerguide.supervision.api import router as supervision_router
from careerguide.vacancies.api import router as vacancies_router
from careerguide.workforce.api import router as workforce_router

api = NinjaAPI(
    title="careerguide API",
    version="1.0.0",
    description="公共就业服务与职业指导系统接口",
    auth=django_auth,
    docs_decorator=public,
)


@api.exception_handler(DomainError)
def domain_error_handler(request, exc: DomainError):
    """A refusal as {"code", "clause", "messages", "field_errors"}: the code is the member of the
    domain's error-code enum, the messages are Chinese."""
    if isinstance(exc, NotFound):
        return api.create_response(request, {"code": str(CommonErrorCode.NOT_FOUND), "clause": "", "messages": ["未找到"],
                                             "field_errors": {}}, status=404)
    status = 403 if exc.forbidden else 400
    body = {
        "code": str(exc.code),
        "clause": exc.clause,
        "messages": [str(m) for m in exc.messages],
        "field_errors": {k: [str(m) for m in v] for k, v in exc.field_errors.items()},
    }
    return api.create_response(request, body, status=status)


api.add_router("/accounts", accounts_router)
api.add_router("/units", organisations_router)
api.add_router("/job-seekers", job_seekers_router)
api.add_router("/employers", employers_router)
api.add_router("/audit", audit_router)
api.add_router("/occupations", occupations_router)
api.add_router("/guidance", guidance_router)
api.add_router("/vacancies", vacancies_router)
api.add_router("/matching", matching_router)
api.add_router("/assistance", assistance_router)
api.add_router("/assessments", assessments_router)
api.add_router("/supervision", supervision_router)
api.add_router("/labour-market", labour_market_router)
api.add_router("/experts", experts_router)
api.add_router("/studios", studios_router)
api.add_router("/workforce", workforce_router)
api.add_router("/resources", resources_router)
api.add_router("/duties", duties_router)
api.add_router("/privacy", privacy_router)
api.add_router("/archives", documents_router)
api.add_router("/intake", intake_router)
