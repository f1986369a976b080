"""Checked claims (``dlcourse.claims``): they fail like an assert, and record their margins."""

import pytest

from dlcourse import claims


@pytest.fixture(autouse=True)
def fresh_record(monkeypatch):
    monkeypatch.setattr(claims, "recorded", [])


def test_a_claim_that_holds_is_recorded_with_its_margin_and_share():
    claims.above("test accuracy", 0.55, 0.5, chance=0.1)
    claims.below("gap", 0.02, 0.06, chance=0.0)
    claims.about("quoted", 0.885, 0.89, within=0.01)
    above, below, about = claims.recorded
    assert above["margin"] == pytest.approx(0.05) and above["share"] == pytest.approx(0.05 / 0.4)
    assert below["margin"] == pytest.approx(0.04) and below["share"] == pytest.approx(0.04 / 0.06)
    assert about["margin"] == pytest.approx(0.005) and about["share"] == pytest.approx(0.5)
    assert above["bound"] == "> 0.5" and below["bound"] == "< 0.06" and about["bound"] == "0.89 ± 0.01"


@pytest.mark.parametrize(
    "check",
    [
        lambda: claims.above("accuracy", 0.5, 0.5, chance=0.1),
        lambda: claims.above("accuracy", 0.4, 0.5, chance=0.1),
        lambda: claims.below("gap", 0.07, 0.06, chance=0.0),
        lambda: claims.about("quoted", 0.91, 0.89, within=0.01),
    ],
)
def test_a_claim_that_fails_raises_with_the_value_and_the_bound(check):
    with pytest.raises(AssertionError, match="claim failed"):
        check()
    assert claims.recorded[-1]["margin"] <= 0


def test_the_table_marks_thin_margins_and_whether_a_reason_is_given():
    claims.above("thin, explained", 0.92, 0.91, chance=0.1, why="both backends give 0.92")
    claims.above("thin, unexplained", 0.92, 0.91, chance=0.1)
    claims.above("ample", 0.9, 0.5, chance=0.1)
    explained, unexplained, ample = claims.table_rows(claims.recorded)
    assert "thin" in explained and "both backends give 0.92" in explained
    assert "thin" in unexplained and "no reason given" in unexplained
    assert "thin" not in ample and "no reason" not in ample
