"""How expert-team records are shown: the public directory row (CZ-11-5) and the notice row (CZ-7-6).
Never the ID number, date of birth, phone, address, health data, scores or evaluations."""
from .choices import Duty, KeyGroup, Mode


def _labels(values, choices):
    mapping = dict(choices.choices)
    return [str(mapping.get(v, v)) for v in values or []]


def directory_row(m) -> dict:
    cert = m.certificates.order_by("-term_start").first()
    return {"id": m.pk, "name": m.name, "gender": m.get_gender_display(), "work_unit": m.work_unit,
            "position": m.position, "expertise": m.expertise, "duties": _labels(m.duties_offered, Duty),
            "target_groups": _labels(m.target_groups, KeyGroup), "modes": _labels(m.modes, Mode),
            "district": m.district.name if m.district_id else "", "term_start": m.term_start, "term_end": m.term_end,
            "certificate_number": cert.number if cert else "",
            "photo": bool(m.photo) and m.photo_consent}  # CZ-11-6: the photo only with its separate consent


def notice_row(app) -> dict:
    """CZ-7-6: name, gender, work unit, position or title, categories, expertise."""
    from .choices import Category
    return {"name": app.name, "gender": app.get_gender_display(), "work_unit": app.work_unit,
            "position": app.position or app.professional_title, "categories": _labels(app.categories, Category),
            "expertise": app.expertise}
