"""news/calendar.py: a weekday and the calendar date written after it, in the orders news copy uses."""

from summariser.news.calendar import WEEKDAY, Day, month_number, read_day


def test_month_first_and_day_first_dates_after_a_weekday() -> None:
    assert read_day("Wednesday, March 4") == Day("Wednesday", 3, 4)
    assert read_day("Wednesday 4 March 2026") == Day("Wednesday", 3, 4, 2026)
    assert read_day("on Wednesday, Mar. 4th, 2026") == Day("Wednesday", 3, 4, 2026)


def test_a_weekday_alone_and_text_that_is_not_a_day() -> None:
    assert read_day("Wednesday") == Day("Wednesday")
    assert read_day("the harbour") is None


def test_an_impossible_day_keeps_only_the_weekday() -> None:
    assert read_day("Wednesday, March 44") == Day("Wednesday")


def test_the_date_is_taken_only_when_it_follows_the_weekday() -> None:
    found = WEEKDAY.search("Talks resumed on Friday, with 12 May set as the deadline.")
    assert found is not None and found.group(0) == "on Friday"


def test_abbreviated_months() -> None:
    assert [month_number(m) for m in ("Sept.", "Sep", "jan", "December")] == [9, 9, 1, 12]
