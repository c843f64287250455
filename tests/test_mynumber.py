from selfcheck.core import mynumber as m
from selfcheck.core import pin


def test_check_digit_example_from_the_domain_notes():
    assert m.check_digit("12345678901") == 8
    assert m.is_valid("123456789018")
    assert not m.is_valid("123456789019")


def test_normalisation():
    assert m.validate("１２３４－５６７８－９０１８") == ("123456789018", None)
    assert m.validate("1234 5678 9018") == ("123456789018", None)
    assert m.validate("")[1] == m.NumberProblem.EMPTY
    assert m.validate("1234a5678901")[1] == m.NumberProblem.NOT_DIGITS
    assert m.validate("12345")[1] == m.NumberProblem.WRONG_LENGTH


def test_mask_group_redact():
    assert m.mask("123456789018") == "•••• •••• 9018"
    assert m.group("123456789018") == "1234 5678 9018"
    assert m.redact("id 123456789018 and 1234-5678-9018 and 1234 5678 9018") == "id [number] and [number] and [number]"
    # a longer run of digits may hide a number (a typo, two numbers run together): redacted too
    assert m.redact("1234567890189") == "[number]"
    assert m.redact("at 2026-11-27 12:34:56 PIN 1234") == "at 2026-11-27 12:34:56 PIN 1234", "11 digits or fewer stay"


def test_pin():
    assert pin.validate("１２３４") == ("1234", None)
    assert pin.validate("123")[1] == pin.PinProblem.FORMAT
    assert pin.validate("")[1] == pin.PinProblem.EMPTY
