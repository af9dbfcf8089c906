"""The training-record form explains a wrong number of hours in Chinese of its own, not in Django's words."""
import pytest

from careerguide.workforce.forms.register import TrainingRecordForm


@pytest.mark.parametrize("hours, message", [
    ("123456", "学时不能超过 9999.9。"),
    ("10000", "学时不能超过 9999.9。"),
    ("2.55", "学时最多保留 1 位小数。"),
    ("abc", "学时须填写数字，例如 16 或 2.5。"),
])
def test_training_hours_form_explains_a_wrong_number(hours, message):
    form = TrainingRecordForm(data={"hours": hours})
    assert form.errors["hours"][0] == message
    assert "确认" not in "".join(form.errors["hours"])
