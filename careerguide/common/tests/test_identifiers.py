"""Resident ID (GB 11643) and unified social credit code (GB 32100) checks."""
import datetime as dt
import random

import pytest
from django.core.exceptions import ValidationError

from careerguide.common.demo import synthetic_resident_id, synthetic_uscc
from careerguide.common.identifiers import (
    IdProblem,
    resident_id_check_char,
    resident_id_problems,
    uscc_check_char,
    uscc_problems,
)
from careerguide.common.validators import validate_resident_id, validate_uscc

TODAY = dt.date(2026, 11, 22)
# A synthetic number with a correct check character: 11010519491231002 + X.
VALID_ID = "11010519491231002X"


def with_check(first17):
    return first17 + resident_id_check_char(first17)


@pytest.mark.parametrize(
    "value, problems",
    [
        (VALID_ID, []),
        (VALID_ID.lower(), []),  # a lower-case x is accepted
        (" " + VALID_ID + " ", []),
        ("110105194912310021", [IdProblem.CHECKSUM]),  # wrong check character
        (VALID_ID[:-1], [IdProblem.LENGTH]),  # 17 characters
        (VALID_ID + "1", [IdProblem.LENGTH]),  # 19 characters
        ("", [IdProblem.EMPTY]),
        ("1101051949123100AX", [IdProblem.CHARACTERS]),
        (with_check("11010519490230002"), [IdProblem.BIRTH_DATE]),  # 30 February
        (with_check("11010520261123002"), [IdProblem.BIRTH_DATE]),  # the day after today
        (with_check("11010520261122002"), []),  # born today: a valid date
        (with_check("99010519491231002"), [IdProblem.REGION]),  # no such province
        (with_check("11000019491231002"), [IdProblem.REGION]),  # province-only region code
        ("99010519490230002" + "0", [IdProblem.REGION, IdProblem.BIRTH_DATE, IdProblem.CHECKSUM]),  # every defect at once
    ],
)
def test_resident_id_problems(value, problems):
    """The shared ID check lists every defect: checksum, length, characters, birth date, region."""
    assert resident_id_problems(value, today=TODAY) == problems


def test_resident_id_validator_names_the_field_in_chinese():
    with pytest.raises(ValidationError) as exc:
        validate_resident_id("110105194912310021")
    assert exc.value.messages == ["身份证号码校验位不正确，请核对后重新输入。"]
    assert validate_resident_id(VALID_ID.lower()) == VALID_ID


def test_synthetic_ids_are_valid():
    rng = random.Random(7)
    for _ in range(200):
        assert resident_id_problems(synthetic_resident_id(rng)) == []
        assert uscc_problems(synthetic_uscc(rng)) == []


# A synthetic code whose check character is computed by the standard's weights.
VALID_USCC = "91110105MA00000000"[:17] + uscc_check_char("91110105MA0000000")


@pytest.mark.parametrize(
    "value, problems",
    [
        (VALID_USCC, []),
        (VALID_USCC.lower(), []),
        (VALID_USCC[:17] + ("0" if VALID_USCC[17] != "0" else "1"), [IdProblem.CHECKSUM]),
        (VALID_USCC[:17], [IdProblem.LENGTH]),
        (VALID_USCC + "0", [IdProblem.LENGTH]),
        ("", [IdProblem.EMPTY]),
        ("91110105MA0000000I", [IdProblem.CHARACTERS]),  # I is not in the alphabet
        ("91110105MA000000O0", [IdProblem.CHARACTERS]),  # nor is O
        ("9199010" + "5MA0000000", [IdProblem.LENGTH]),
    ],
)
def test_uscc_problems(value, problems):
    """Unified social credit code (GB 32100): checksum, length, alphabet and region."""
    assert uscc_problems(value) == problems


def test_uscc_known_check_character():
    """The standard's worked example 91350100M000100Y43 ends in its MOD 31 check character '3'."""
    assert uscc_check_char("91350100M000100Y4") == "3"
    assert uscc_problems("91350100M000100Y43") == []
    assert uscc_problems("91110000" + "100000000" + uscc_check_char("91110000100000000")) == []
    assert uscc_problems("91990000" + "100000000" + uscc_check_char("91990000100000000")) == [IdProblem.REGION]


@pytest.mark.parametrize(
    "region, valid",
    [("100000", True),    # registered at national level (e.g. by a State Council department)
     ("110105", True),    # a Beijing district
     ("100001", False),   # "10" is not a province: only the exact national code is accepted
     ("990000", False)],
)
def test_uscc_accepts_national_registrations(region, valid):
    """A unified social credit code issued by a central registration authority carries 100000 as its
    division code and must be accepted (GB 32100 with GB/T 2260)."""
    first17 = "51" + region + "MJ0000000"
    code = first17 + uscc_check_char(first17)
    assert (uscc_problems(code) == []) is valid


def test_uscc_validator_message():
    with pytest.raises(ValidationError) as exc:
        validate_uscc(VALID_USCC[:17])
    assert exc.value.messages == ["统一社会信用代码应为18位。"]


def test_a_service_refuses_a_bad_resident_id_on_its_field_and_returns_the_normalised_one():
    """The services' one ID step: every defect is named on the field, the valid number comes back normalised."""
    from careerguide.common.errors import DomainError
    from careerguide.common.services import require_resident_id

    assert require_resident_id(VALID_ID.lower()) == VALID_ID
    with pytest.raises(DomainError) as exc:
        require_resident_id("110105194913310021", field="member_id", clause="条款")
    assert (exc.value.clause, exc.value.field_errors) == ("条款", {"member_id": ["身份证号码中的出生日期无效。"]})
    with pytest.raises(DomainError) as exc:
        require_resident_id("1101051949")
    assert exc.value.field_errors == {"id_number": ["身份证号码应为18位。"]}
