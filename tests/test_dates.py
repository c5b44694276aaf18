"""Dates and periods, resolved against a publication date (or the document's own year)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.dates import context_year, find_dates, shift_year

PUBLISHED = date(2024, 8, 14)


def period(text: str, published: date | None = PUBLISHED, year: int | None = 2024) -> tuple[date, date, str]:
    found = find_dates(text, published, year, "stated" if published else "inferred")
    assert found, f"no date in {text!r}"
    p = found[0].period
    return p.start, p.end, p.granularity


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        ("Shares fell on August 5.", date(2024, 8, 5), date(2024, 8, 5), "day"),
        ("Shares fell on 5 March.", date(2024, 3, 5), date(2024, 3, 5), "day"),
        ("It was announced on March 5, 2023.", date(2023, 3, 5), date(2023, 3, 5), "day"),
        ("Filed on 2023-11-06.", date(2023, 11, 6), date(2023, 11, 6), "day"),
        ("Revenue in the first quarter of 2024 rose.", date(2024, 1, 1), date(2024, 3, 31), "quarter"),
        ("Revenue in Q3 2023 rose.", date(2023, 7, 1), date(2023, 9, 30), "quarter"),
        ("Revenue in the third quarter rose.", date(2024, 7, 1), date(2024, 9, 30), "quarter"),
        ("H1 2024 results were strong.", date(2024, 1, 1), date(2024, 6, 30), "half"),
        ("Growth in the second half of 2023 slowed.", date(2023, 7, 1), date(2023, 12, 31), "half"),
        ("Growth in the second half of the year slowed.", date(2024, 7, 1), date(2024, 12, 31), "half"),
        ("Sales in March 2023 fell.", date(2023, 3, 1), date(2023, 3, 31), "month"),
        ("Sales in March fell.", date(2024, 3, 1), date(2024, 3, 31), "month"),
        ("Sales in fiscal year 2024 rose.", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("Profit in 2022 fell.", date(2022, 1, 1), date(2022, 12, 31), "year"),
        ("Profit last year fell.", date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("Profit this year rose.", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("The index has gained 7.8% so far this year.", date(2024, 1, 1), PUBLISHED, "window"),
        ("It rose 5% in the past year.", date(2023, 8, 15), PUBLISHED, "window"),
        ("Shares fell yesterday.", date(2024, 8, 13), date(2024, 8, 13), "day"),
    ],
)
def test_periods_resolve_against_the_publication_date(text: str, start: date, end: date, granularity: str):
    assert period(text) == (start, end, granularity)


def test_a_yearless_date_never_falls_after_publication():
    assert period("The deal closed on December 28.", published=date(2024, 1, 10))[0] == date(2023, 12, 28)
    assert period("Sales in November fell.", published=date(2024, 1, 10))[0] == date(2023, 11, 1)


def test_without_a_publication_date_the_documents_year_is_inferred():
    found = find_dates("The deal closed on December 28.", None, 2024, "inferred")
    assert found[0].period.start == date(2024, 12, 28)
    assert found[0].period.basis == "inferred"
    assert find_dates("Shares fell yesterday.", None, 2024, "inferred") == []


def test_context_year_is_the_publication_year_else_the_latest_stated_past_year():
    assert context_year("In 2020 and 2020 and 2019.", date(2024, 1, 1)) == (2024, "stated")
    assert context_year("In 2020 and 2020 and 2021.", None) == (2021, "inferred")
    assert context_year("Sales in 2019 and 2023 and 2023; the 2022 plan.", None) == (2023, "inferred")
    # target years and years after today are not when the article was written
    assert context_year("Profit rose in 2022; it aims to double it by 2030.", None, today=date(2026, 1, 1)) == (
        2022,
        "inferred",
    )
    assert context_year("Launched in 2021, the 2041 mission.", None, today=date(2026, 1, 1)) == (2021, "inferred")
    assert context_year("No year here.", None) == (None, "unknown")
    # a year's closing results are published after it ends
    assert context_year("Its fourth-quarter 2020 earnings report released in March showed a loss.", None) == (
        2021,
        "inferred",
    )
    assert context_year("Acme's 2022 annual results were strong.", None) == (2023, "inferred")
    assert context_year("Its Q4 2020 results are due in March.", None) == (2020, "inferred")  # not yet out
    assert context_year("Revenue in the fourth quarter of 2020 rose.", None) == (2020, "inferred")


def test_may_the_verb_is_not_a_month():
    assert find_dates("Sales may rise in the coming weeks.", PUBLISHED, 2024, "stated") == []


def test_shift_year_keeps_granularity_and_handles_leap_days():
    p = find_dates("Sales on February 29, 2024 fell.", PUBLISHED, 2024, "stated")[0].period
    last = shift_year(p, -1, "a year earlier")
    assert (last.start, last.granularity) == (date(2023, 2, 28), "day")


def test_common_dates_are_read_without_dateparser(monkeypatch: pytest.MonkeyPatch):
    import sys

    monkeypatch.setitem(sys.modules, "dateparser", None)  # any import of it would now fail
    assert period("Shares fell on August 5.")[0] == date(2024, 8, 5)
    assert period("Shares fell on 5th March 2023.")[0] == date(2023, 3, 5)
    assert period("Sales in Sept. 2023 fell.")[:2] == (date(2023, 9, 1), date(2023, 9, 30))


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "granularity"),
    [
        (
            "revenue in the quarter ended Sept. 30 rose",
            date(2023, 11, 21),
            date(2023, 7, 1),
            date(2023, 9, 30),
            "quarter",
        ),
        ("in the three months ended June 30", date(2022, 8, 31), date(2022, 4, 1), date(2022, 6, 30), "quarter"),
        ("for the year ended December 31, 2023", date(2024, 3, 1), date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("in the six months to 15 March", date(2024, 5, 1), date(2023, 9, 16), date(2024, 3, 15), "half"),
        ("the nine months ended Sept. 30", date(2024, 11, 1), date(2024, 1, 1), date(2024, 9, 30), "window"),
        # "ending": the quarter under way when its end is still to come; a past one when not
        ("for the quarter ending Dec. 31", date(2024, 11, 15), date(2024, 10, 1), date(2024, 12, 31), "quarter"),
        ("in the quarter ending Sept. 30", date(2024, 11, 15), date(2024, 7, 1), date(2024, 9, 30), "quarter"),
        ("for the quarter ending Dec. 31, 2023", date(2024, 11, 15), date(2023, 10, 1), date(2023, 12, 31), "quarter"),
        # a year is left as before: "revenue in the year ending March 31 rose" may be the year just reported
        ("in the year ending March 31", date(2024, 11, 15), date(2023, 4, 1), date(2024, 3, 31), "year"),
    ],
)
def test_a_period_ended_on_a_day_is_the_period_not_the_day(text, published, start, end, granularity):
    (d,) = find_dates(text, published, published.year, "stated")
    assert (d.period.start, d.period.end, d.period.granularity) == (start, end, granularity)
