"""The JSON API: one NinjaAPI, one router per app, session authentication.

Every operation declares its permission with `api_require`; refusals come back
as {"code", "messages", "field_errors"} with Chinese messages.
"""
from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import django_auth

from careerguide.accounts.access import check_roles_before_input, public
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


# What the framework itself refuses (malformed input, no session, a forbidden operation, no such path) is
# answered in the same shape, in Chinese, with a code.
_INPUT_MESSAGES = {
    "missing": "必须填写。", "int_parsing": "须为整数。", "int_type": "须为整数。", "int_from_float": "须为整数。",
    "float_parsing": "须为数字。", "float_type": "须为数字。", "decimal_parsing": "须为数字。",
    "bool_parsing": "须为是或否。", "bool_type": "须为是或否。", "string_type": "须为文本。",
    "string_too_long": "内容过长。", "string_too_short": "内容过短。", "too_long": "条目过多。", "too_short": "条目过少。",
    "greater_than": "数值过小。", "greater_than_equal": "数值过小。", "less_than": "数值过大。", "less_than_equal": "数值过大。",
    "date_parsing": "日期格式应为 YYYY-MM-DD。", "date_from_datetime_parsing": "日期格式应为 YYYY-MM-DD。",
    "date_type": "日期格式应为 YYYY-MM-DD。", "datetime_parsing": "时间格式不正确。", "datetime_type": "时间格式不正确。",
    "enum": "不是可选的值。", "literal_error": "不是可选的值。", "list_type": "须为列表。", "dict_type": "须为对象。",
    "model_attributes_type": "须为对象。", "model_type": "须为对象。", "json_invalid": "不是有效的 JSON。",
    "uuid_parsing": "编号格式不正确。", "base64_invalid": "不是有效的 Base64 编码。", "finite_number": "须为有限数值。", "extra_forbidden": "不接受该字段。",
}
_LOCATIONS = {"body", "query", "path", "form", "header", "cookie", "payload", "data", "filters"}


def _input_field(loc) -> str:
    names = [str(part) for part in loc if str(part) not in _LOCATIONS]
    return ".".join(names) or "__all__"


@api.exception_handler(ValidationError)
def input_error_handler(request, exc: ValidationError):
    field_errors: dict[str, list[str]] = {}
    for error in exc.errors:
        message = _INPUT_MESSAGES.get(error.get("type", ""), "取值无效。")
        field_errors.setdefault(_input_field(error.get("loc", ())), []).append(message)
    messages = [f"{field}：{'；'.join(msgs)}" for field, msgs in field_errors.items()]
    return api.create_response(request, {"code": str(CommonErrorCode.INVALID), "clause": "", "messages": messages,
                                         "field_errors": field_errors}, status=422)


@api.exception_handler(HttpError)
def http_error_handler(request, exc: HttpError):
    if isinstance(exc, AuthenticationError) or exc.status_code == 401:
        code, message = "not_signed_in", "请先登录。"
    elif exc.status_code == 403 and "csrf" in str(exc.message).lower():
        code, message = "csrf_failed", "安全校验（CSRF）失败，请刷新页面后重试。"
    elif exc.status_code == 403:
        code, message = str(CommonErrorCode.FORBIDDEN), "您无权办理该事项。"
    else:
        code, message = str(CommonErrorCode.INVALID), "请求无效。"
    return api.create_response(request, {"code": code, "clause": "", "messages": [message], "field_errors": {}},
                               status=exc.status_code)


@api.exception_handler(Http404)
def not_found_handler(request, exc: Http404):
    return api.create_response(request, {"code": str(CommonErrorCode.NOT_FOUND), "clause": "", "messages": ["未找到"],
                                         "field_errors": {}}, status=404)


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

# A role that may not use an operation is refused before its body is validated.
check_roles_before_input(api)
