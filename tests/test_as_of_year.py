"""The year of a date written without one (截至3月底, 2月29日，…): never an error, the article's
year or the one before, never more than a month after the article; a day written without its
month (截至11日) is of the article's month or the one before, never after the article."""
import datetime as dt

from hypothesis import example, given, settings, strategies as st

from pipeline.document import Document
from pipeline.measures import find_as_of, leading_date
from pipeline.numbers import parse_chinese_number

_CHINESE = ["零", "一", "二", "三", "九", "十", "十二", "十三", "二十九", "三十", "三十一", "三十二"]
_MONTHS = st.one_of(st.integers(0, 99).map(str), st.sampled_from(_CHINESE))
_DAYS = st.one_of(st.integers(0, 40).map(str), st.sampled_from(_CHINESE), st.just("底"))
_ARTICLE_DATES = st.dates(dt.date(2019, 1, 1), dt.date(2024, 12, 31))


def _written(month: str, day: str) -> str:
    return f"{month}月底" if day == "底" else f"{month}月{day}日"


@settings(max_examples=300, deadline=None)
@given(_MONTHS, _DAYS, _ARTICLE_DATES)
@example("2", "29", dt.date(2020, 2, 28))   # leap day one day after the article: raised before
@example("2", "29", dt.date(2021, 3, 2))    # leap day of the year before
@example("3", "底", dt.date(2020, 3, 20))   # the month's end while the month runs
@example("12", "底", dt.date(2021, 1, 6))   # last year's month end
@example("13", "底", dt.date(2021, 1, 6))   # no month: rolled into the next year before
def test_a_date_without_its_year_is_of_the_article_year_or_the_one_before_and_not_over_a_month_after(month, day, article_date):
    month_number = int(month) if month.isdigit() else parse_chinese_number(month)
    for text in (f"截至{_written(month, day)}，全区复工企业120家。", f"{_written(month, day)}，全区复工率达95%。"):
        sentence = Document(text).sentence_of(0)
        for found in (find_as_of(text, sentence, article_date), leading_date(text, sentence, article_date)):
            if found is None:
                continue
            assert 1 <= month_number <= 12, (text, found)  # 13月底 is no date, not January
            assert found.year in (article_date.year, article_date.year - 1), (text, found)
            assert found <= article_date + dt.timedelta(days=31), (text, found)


def test_the_written_year_is_kept_and_an_impossible_day_is_no_date():
    text = "截至2019年2月29日，全区复工企业120家。"
    assert find_as_of(text, Document(text).sentence_of(0), dt.date(2020, 3, 1)) is None
    text = "截至2020年2月29日，全区复工企业120家。"
    assert find_as_of(text, Document(text).sentence_of(0), dt.date(2021, 3, 1)) == dt.date(2020, 2, 29)


@settings(max_examples=300, deadline=None)
@given(_DAYS.filter(lambda day: day != "底"), _ARTICLE_DATES)
@example("11", dt.date(2020, 3, 12))   # the day before the article
@example("25", dt.date(2020, 3, 12))   # still to come in March: February's
@example("31", dt.date(2020, 3, 12))   # February has none: no date
@example("31", dt.date(2021, 1, 5))    # December of the year before
def test_a_day_without_its_month_is_of_the_article_month_or_the_one_before(day, article_date):
    day_number = int(day) if day.isdigit() else parse_chinese_number(day)
    text = f"截至{day}日，全区复工企业120家。"
    found = find_as_of(text, Document(text).sentence_of(0), article_date)
    if found is None:
        return
    assert found.day == day_number, (text, found)
    assert article_date - dt.timedelta(days=31) <= found <= article_date, (text, found)


def test_a_day_without_its_month_needs_the_article_date_and_is_no_deadline():
    for text in ("截至15日前，企业可申请稳岗补贴。", "补贴申请延长到15日，全区复工企业120家。"):
        assert find_as_of(text, Document(text).sentence_of(0), dt.date(2020, 3, 20)) is None, text
    text = "截至11日，全区复工企业120家。"
    assert find_as_of(text, Document(text).sentence_of(0), None) is None
    assert find_as_of(text, Document(text).sentence_of(0), dt.date(2020, 3, 12)) == dt.date(2020, 3, 11)
