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


_PERIODS = ["一季度", "第二季度", "前三季度", "上半年", "下半年", "全年", "去年全年", "今年前5个月", "前两个月", "5月份", "12月",
            "上月", "上个月", "1-2月", "去年1至3月", "2021年", "2019年上半年"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PERIODS), st.sampled_from(["，", ""]), st.one_of(st.none(), _ARTICLE_DATES))
@example("全年", "，", dt.date(2020, 12, 30))  # the year still running: a plan or a running term
@example("上月", "，", dt.date(2021, 1, 5))    # December of the year before
@example("12月", "，", dt.date(2021, 1, 5))    # no year written: the article's, still to come
def test_a_period_dates_a_figure_to_a_day_not_after_the_article(period, comma, article_date):
    from pipeline.measures import clause_period_end, leading_period_end

    for text in (f"{period}{comma}全区发放贷款5亿元。", f"据统计，{period}，全区发放贷款5亿元。", f"全区{period}发放贷款5亿元。"):
        sentence = Document(text).sentence_of(0)
        found = leading_period_end(text, sentence, article_date) or clause_period_end(
            text, sentence, text.index("5亿元"), article_date)
        written = period[:4].isdigit()
        # A bare year dates its figures only before a comma (2021年，…; not 2021年春节期间…).
        bare_year_in_clause = period[4:] == "年" and f"{period}，" not in text
        if found is None:
            assert not written or article_date is not None or bare_year_in_clause, (text, found)  # 2021年 dates without the article
            continue
        assert written or article_date is not None, (text, found)  # no year written, none from the article
        assert article_date is None or found <= article_date, (text, found)
        assert found == _month_end(found), (text, found)  # a period ends at a month's end


def _month_end(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(st.integers(2019, 2024), st.integers(0, 13), st.integers(0, 32), st.sampled_from(".-/"),
       st.one_of(st.none(), _ARTICLE_DATES))
@example(2022, 6, 7, ".", None)
@example(2022, 2, 30, "-", dt.date(2022, 3, 10))  # no such day
def test_a_date_in_figures_after_jiezhi_is_that_day_or_none(year, month, day, sep, article_date):
    from pipeline.measures import _find_as_of_by_definition

    text = f"截至{year}{sep}{month}{sep}{day}，全区复工企业120家。"
    sentence = Document(text).sentence_of(0)
    try:
        want = dt.date(year, month, day)
    except ValueError:
        want = None
    if want is not None and article_date is not None and want > article_date:
        want = None  # a day after the article is a deadline, not a date a figure was reached
    assert find_as_of(text, sentence, article_date) == want == _find_as_of_by_definition(text, sentence, article_date)


def test_a_date_in_figures_needs_its_year_and_one_separator():
    for text in ("截至6.7，全区复工企业120家。", "截至2022.6/7，全区复工企业120家。", "到2022.6.7，全区复工企业120家。"):
        assert find_as_of(text, Document(text).sentence_of(0), dt.date(2022, 6, 10)) is None, text


def _as_of(text: str, article_date: dt.date | None) -> dt.date | None:
    return find_as_of(text, Document(text).sentence_of(0), article_date)


def test_a_year_end_is_the_31st_of_december_of_the_year_written_or_named():
    for text, article_date, expected in (
            ("截至2020年末，新区累计发放贷款6亿元。", dt.date(2021, 3, 1), dt.date(2020, 12, 31)),
            ("到2021年年底，新区累计发放贷款8亿元。", dt.date(2022, 3, 1), dt.date(2021, 12, 31)),
            ("截至前年底，新区累计发放贷款5亿元。", dt.date(2022, 3, 1), dt.date(2020, 12, 31)),
            ("截至去年末，新区累计发放贷款5亿元。", dt.date(2022, 3, 1), dt.date(2021, 12, 31)),
            ("截至前年3月底，新区复工率达98%。", dt.date(2022, 3, 1), dt.date(2020, 3, 31))):
        assert _as_of(text, article_date) == expected, text


def test_a_year_end_still_to_come_or_compared_with_is_no_date():
    assert _as_of("到2025年底，新区累计发放贷款将达300亿元。", dt.date(2021, 3, 1)) is None  # a target
    assert _as_of("新区产能恢复到2019年底的九成。", dt.date(2020, 3, 1)) is None  # a level compared with
    assert _as_of("新区产能恢复到去年底的九成。", dt.date(2020, 3, 1)) is None
    assert _as_of("截至前年3月底，新区复工率达98%。", None) is None  # 前年 needs the article's year


def test_to_before_a_named_year_dates_only_where_it_opens_a_clause():
    assert _as_of("到去年3月底，新区复工企业达1500家。", dt.date(2021, 3, 1)) == dt.date(2020, 3, 31)
    assert _as_of("据统计，到去年3月底，新区复工企业达1500家。", dt.date(2021, 3, 1)) == dt.date(2020, 3, 31)
    assert _as_of("新区复工企业数恢复到去年3月底的水平。", dt.date(2021, 3, 1)) is None


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 12), st.sampled_from(["到", "截至", "延长到"]), st.integers(0, 1), _ARTICLE_DATES)
@example(6, "延长到", 0, dt.date(2020, 4, 10))  # 还款期限延长到2020年6月底 in April: a deadline
@example(6, "延长到", 0, dt.date(2020, 6, 20))  # the month's end while the month runs: still a date
def test_a_date_with_its_year_written_dates_no_figure_over_a_month_after_the_article(month, opener, ahead, article_date):
    """A date whose year is written and that falls over a month after the article is a deadline
    or a target (还款期限延长到2020年6月底), never the date a figure was reached."""
    text = f"企业贷款还款期限{opener}{article_date.year + ahead}年{month}月底，涉及贷款金额3亿元。"
    found = find_as_of(text, Document(text).sentence_of(0), article_date)
    assert found is None or found <= article_date + dt.timedelta(days=31), (text, found)
    if found is None:
        assert dt.date(article_date.year + ahead, month, 28) > article_date, text  # only a date still to come is dropped
