"""The faster forms of the measures stage (issue 10) give what their definitions give.

Each fast path is compared with the definition it replaces, on the seeds and the field
development set (whole articles) and on generated texts: a cache that reuses one answer
for several positions, an early rejection, a merged scan."""
from __future__ import annotations


import pytest

from pipeline.attribution import zones_of_document
from pipeline.document import Document

from .conftest import SEED_AND_FIELD_ARTICLES, cleaned_document

ARTICLES = SEED_AND_FIELD_ARTICLES


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_cached_decisions_are_the_decisions_scored_afresh_at_every_position(path):
    _, doc = cleaned_document(path)
    attributor = zones_of_document(doc).attributor
    for pos in range(len(doc.text) + 1):
        assert attributor.decide(pos) == attributor._decide(pos), pos
        assert attributor._topic(pos) == attributor._topic_scored(pos), pos


from hypothesis import example, given, settings, strategies as st

from pipeline import attribution
from pipeline.document import _CLAUSE_END
from pipeline.measures import _count_follows, _headline_test
from pipeline.numbers import find_numbers

_GEOMETRY_PIECES = ["甲", "百", "强", "吗", "如何", "?", "??", "。", "！", "？", "!", "\n", "，", ",", "：", ";", "(", "3", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GEOMETRY_PIECES), max_size=50).map("".join))
@example("。吗。甲?甲")      # a question word between two plain ends, then a ? inside a word
@example("甲吗。甲??甲?甲")  # runs of ? one after the other
@example("?甲?甲\n百?强")
@example("甲。吗?甲??甲")  # a question word before a plain end does not make the next ? a question
def test_sentence_ends_weighed_run_by_run_are_those_weighed_one_by_one(text):
    doc = Document(text)
    assert doc._sentence_ends == doc._weighed_sentence_ends_one_by_one()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GEOMETRY_PIECES), max_size=50).map("".join))
def test_clause_ends_are_the_clause_marks_and_the_sentence_ends(text):
    doc = Document(text)
    expected = sorted({m.start() for m in _CLAUSE_END.finditer(text)} | set(doc._sentence_ends[:-1])) + [len(text)]
    assert doc._clause_ends == expected


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_places_found_firms_as_the_company_pattern_alone_finds_them(path):
    _, doc = cleaned_document(path)
    attributor = zones_of_document(doc).attributor
    text = doc.text
    for it in attributor.items:
        if it.key is None or it.role in ("document",):
            continue
        by_pattern = attribution._COMPANY_AFTER.match(text, it.end, min(len(text), it.end + 16)) is not None
        assert (it.role == "company") == by_pattern, it


@pytest.mark.parametrize("text", ["深圳市腾讯科技有限公司", "高新区为企业对接银行", "余杭区银行机构", "甲区农商行", "全区"])
def test_company_words_found_before_the_company_pattern_runs(text):
    # the cheap search may only skip places the pattern would not match
    for end in range(len(text) + 1):
        window = min(len(text), end + 16)
        if attribution._COMPANY_AFTER.match(text, end, window):
            assert attribution._COMPANY_WORD.search(text, end, window)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=5),
       st.integers(0, 70), st.integers(1, 10))
def test_headline_lookup_by_bisection_is_the_look_at_each(spans, start, length):
    headlines = tuple((s, s + n) for s, n in spans)
    end = start + length
    assert _headline_test(headlines)(start, end) == any(s <= start and end <= e for s, e in headlines)


@pytest.mark.parametrize("text", ["68个重点项目已复工65个", "已复工65个", "复工65个项目", "复工个别", "复工6个", "已复产企业"])
@pytest.mark.parametrize("counter", ["个", "家", "人"])
def test_count_follows_only_skips_windows_without_the_counter(text, counter):
    window = text[0:12]
    expected = any(n.unit == counter and n.start <= 4 for n in find_numbers(window, with_missing=False))
    assert _count_follows(text, 0, len(text), counter) == expected


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_cue_indexes_of_figure_pieces_hold_what_whole_text_scans_hold_there(path):
    """Every index scanned piece by piece (the sentences or clauses of figures, quotations)
    holds, inside the pieces it scans, the cues a scan of the whole text finds."""
    from pipeline import measures as M
    from pipeline.measures import ArticleCues, CueIndex

    cleaned, doc = cleaned_document(path)
    text = doc.text
    cues = ArticleCues(text, doc, find_numbers(text))
    for key, unit in M._UNITS.items():
        scanned = cues.pieces(unit.where)
        whole = CueIndex.of(text, unit.words, unit.shadows)
        inside = [c for c in whole.cues if any(s <= c.start and c.end <= e for s, e in scanned)]
        assert cues._unit(key).cues == inside, key


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_rows_from_indexes_scanned_in_pieces_are_those_of_indexes_of_the_whole_text(path, monkeypatch):
    """Each index is scanned only where it is looked up: the rows are those its scan of the
    whole text gives."""
    from pipeline import measures as M

    cleaned, doc = cleaned_document(path)
    text = doc.text

    def rows():
        cues = M.ArticleCues(text, doc, find_numbers(text, with_missing=cleaned.has_missing_digits))
        for num in cues.numbers:
            row = M.classify(cues, num)
            if row is not None:
                cues.add_row(row)
        return cues.rows

    in_pieces = rows()
    monkeypatch.setattr(M.ArticleCues, "pieces", lambda self, where: [(0, len(self.text))])
    assert in_pieces == rows()


@pytest.mark.parametrize("text", [
    "“我们公司员工到岗率已达90%，全区到岗率95%”，该公司负责人表示。", "全区复工企业312家，较上日增加36家。",
    "每家企业最高补助1,200万元，单户最多50万元。", "某公司负责人表示，今年预计复工率达到95%。",
    "申请贷款贴息300万元。可申请补贴50万元，减免房租20万元。", "“他们共接回22人”。\n其中返岗员工1.2万人，分别为8000人和4000人。",
])
def test_rows_from_indexes_scanned_in_pieces_in_written_cases(text, monkeypatch):
    from pipeline import measures as M

    def rows():
        cues = M.ArticleCues(text, Document(text), find_numbers(text))
        for num in cues.numbers:
            row = M.classify(cues, num)
            if row is not None:
                cues.add_row(row)
        return cues.rows

    in_pieces = rows()
    monkeypatch.setattr(M.ArticleCues, "pieces", lambda self, where: [(0, len(self.text))])
    assert in_pieces == rows()


_RUN_PIECES = ["3", "十", "一", "上", "数", "万", "亿", "元", "家", "个", "人", "人次", "%", "成", "百分之", "企业家", "统一",
               "美元", "港元", "，", "。", "年", "月", "/人", "余", "多", "近", "超", "\U00011f55", "２", " ", "\n"]


def _held_by_candidate_runs(name: str, text: str):
    from pipeline import numbers

    runs = numbers._candidate_runs(text)
    return numbers._runs_holding(numbers._UNIT_SCANNERS[name], text, runs, [s for s, _ in runs])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=40).map("".join))
def test_runs_held_from_unit_words_are_the_candidate_runs_holding_them(text):
    _assert_runs_held_as_candidate_runs_hold_them(text)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_runs_held_from_unit_words_in_articles(path):
    _, doc = cleaned_document(path)
    _assert_runs_held_as_candidate_runs_hold_them(doc.text)


def _assert_runs_held_as_candidate_runs_hold_them(text: str) -> None:
    from pipeline import numbers

    for name in numbers._PATTERNS:
        assert numbers._held_runs(numbers._HELD_UNIT_SCANNERS[name], *numbers._runs_written_apart(text, text[::-1])) == _held_by_candidate_runs(name, text)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_classify_rejecting_counts_early_gives_what_the_whole_classification_gives(path):
    from pipeline.measures import ArticleCues, _classified, classify

    cleaned, doc = cleaned_document(path)
    text = doc.text
    cues = ArticleCues(text, doc, find_numbers(text, with_missing=cleaned.has_missing_digits))
    for num in cues.numbers:
        row = classify(cues, num)
        assert row == _classified(cues, num), num
        if row is not None:
            cues.add_row(row)


@pytest.mark.parametrize("text", [
    "全县复工企业312家，其中规上企业58家。", "复工企业312家。其中规上企业58家，外资企业7家。",
    "已有86家企业复工。另有23家正在准备。", "返岗员工1.2万人，新招员工300人，共计1.23万人。",
    "127个重点项目已复工98个，复工率77%。", "发放口罩3万个、消毒液500瓶。",
])
def test_classify_rejecting_counts_early_in_written_cases(text):
    from pipeline.measures import ArticleCues, _classified, classify

    cues = ArticleCues(text, Document(text), find_numbers(text))
    for num in cues.numbers:
        row = classify(cues, num)
        assert row == _classified(cues, num), num
        if row is not None:
            cues.add_row(row)


def _overlap_by_trying_every_offset(u: str, w: str) -> bool:
    """Whether `w` can be written starting `shift` characters after `u` starts, sharing a character."""
    for shift in range(-len(w) + 1, len(u)):
        shared = range(max(0, shift), min(len(u), shift + len(w)))
        if all(u[i] == w[i - shift] for i in shared):
            return True
    return False


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("甲乙丙", min_size=1, max_size=4), max_size=4), st.lists(st.text("甲乙丙", min_size=1, max_size=4), max_size=4))
def test_words_that_can_share_text_are_those_some_offset_lays_over_each_other(a, b):
    from pipeline.measures import _can_share_text

    expected = any(_overlap_by_trying_every_offset(u, w) for u in a for w in b)
    assert _can_share_text(set(a), set(b)) == expected


def _unit_pieces() -> list[str]:
    """Every cue word the grouped indexes scan for, halves of them, and separators."""
    from pipeline import measures as M

    words = sorted({w for unit in M._UNITS.values() for w in (*unit.words, *unit.shadows)})
    return words + [w[: len(w) // 2] for w in words if len(w) > 1] + [w[len(w) // 2:] for w in words if len(w) > 1] + ["，", "。"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_unit_pieces()), max_size=30).map("".join))
def test_indexes_scanned_together_hold_what_each_scanned_alone_holds(text):
    """One scan of a group's words gives each unit the cues a scan of its own words gives."""
    from pipeline import measures as M

    for group in {id(g): g for g in M._GROUP_OF.values()}.values():
        spans = [(0, len(text))] if len(text) < 6 else [(0, 3), (5, len(text))]
        for key, cues in zip(group.units, M._scan_group(text, group, spans)):
            unit = M._UNITS[key]
            assert cues == M.CueIndex.of(text, unit.words, unit.shadows, spans).cues, key


def test_grouped_indexes_are_scanned_in_fewer_scans_than_units():
    from pipeline import measures as M

    assert len({id(g) for g in M._GROUP_OF.values()}) < len(M._GROUP_OF)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_indexes_scanned_together_in_articles(path):
    from pipeline import measures as M
    from pipeline.measures import ArticleCues

    _, doc = cleaned_document(path)
    text = doc.text
    cues = ArticleCues(text, doc, find_numbers(text))
    for key, unit in M._UNITS.items():
        spans = cues.pieces(unit.where)
        assert cues._unit(key).cues == M.CueIndex.of(text, unit.words, unit.shadows, spans).cues, key


def _figures_with_their_places(text: str, doc: Document):
    """Every figure of `text` with the clause its cues are looked for in and its sentence."""
    from pipeline.measures import ArticleCues

    cues = ArticleCues(text, doc, find_numbers(text))
    for num in cues.numbers:
        yield cues, num, cues.own_clause(num), doc.sentence_of(num.num_start)


def _assert_subjects_as_defined(text: str, doc: Document) -> None:
    from pipeline.measures import _subject, _subject_by_definition

    for _, num, clause, sentence in _figures_with_their_places(text, doc):
        assert _subject(text, num, clause, sentence, doc) == _subject_by_definition(text, num, clause, sentence, doc), num


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_subjects_read_in_fewer_calls_are_the_subjects_defined(path):
    _, doc = cleaned_document(path)
    _assert_subjects_as_defined(doc.text, doc)


_SUBJECT_PIECES = ["3", "28", "余", "多", "家", "个", "户", "人", "%", "企业", "外贸企业", "规上工业企业", "重点项目", "项目",
                   "其中", "共有", "复工", "全区", "“", "、", "，", "。", "(", ")", "甲", "的", "工业"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SUBJECT_PIECES), max_size=40).map("".join))
@example("全区28家外贸企业中，复工企业25家")
@example("其中，3个重点项目2家")
@example("复工率达90%的28家外贸企业")  # a count after the figure says nothing of it
@example("全区28家外贸企业")  # a count of firms says who it counts
def test_subjects_read_in_fewer_calls_in_generated_texts(text):
    _assert_subjects_as_defined(text, Document(text))


def _assert_beneficiaries_as_defined(text: str, doc: Document) -> None:
    from pipeline.measures import _beneficiary, _beneficiary_by_definition

    for _, num, clause, _ in _figures_with_their_places(text, doc):
        assert _beneficiary(text, num, clause) == _beneficiary_by_definition(text, num, clause), num


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_beneficiaries_looked_for_from_the_first_word_that_may_open_one(path):
    _, doc = cleaned_document(path)
    _assert_beneficiaries_as_defined(doc.text, doc)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["为", "向", "帮助", "支持", "帮", "持", "中小企业", "企业", "外贸", "、", "3家", "减免租金",
                                 "500万元", "，", "甲"]), max_size=30).map("".join))
@example("为中小企业减免租金500万元")
@example("支持外贸、中小企业500万元")
def test_beneficiaries_looked_for_from_the_first_word_in_generated_texts(text):
    _assert_beneficiaries_as_defined(text, Document(text))


def _assert_as_of_as_defined(text: str, doc: Document) -> None:
    import datetime as dt

    from pipeline.measures import _find_as_of_by_definition, _leading_date_by_definition, find_as_of, leading_date

    for sentence in doc.sentences_in((0, len(text))):
        for date in (None, dt.date(2020, 3, 1)):
            assert find_as_of(text, sentence, date) == _find_as_of_by_definition(text, sentence, date), sentence
            assert leading_date(text, sentence, date) == _leading_date_by_definition(text, sentence, date), sentence


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_dates_looked_for_from_the_first_opener_are_the_dates_defined(path):
    _, doc = cleaned_document(path)
    _assert_as_of_as_defined(doc.text, doc)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["截至", "截止", "到", "截", "至", "2020年", "5月", "14日", "底", "末", "昨天", "目前", "，",
                                 "。", "复工率90%", "甲", " ", "“", "去年", "答："]), max_size=20).map("".join))
@example("截至5月14日，复工率90%")
@example("去年底，5月，复工率90%")  # a year's end opening the sentence, a month later in it
@example("截止到5月底")
@example(" “3月26日，复工率90%")
@example("到到5月底")
def test_dates_looked_for_from_the_first_opener_in_generated_texts(text):
    _assert_as_of_as_defined(text, Document(text))


def _assert_generic_cues_resolved_as_defined(text: str, doc: Document, monkeypatch) -> int:
    from pipeline import measures as M

    asked = []

    def compared(r, cue, sentence):
        found = M._resolve_generic_by_definition(r, cue, sentence)
        asked.append(cue)
        assert resolve(r, cue, sentence) == found, cue
        return found

    resolve = M._resolve_generic
    monkeypatch.setattr(M, "_resolve_generic", compared)
    cues = M.ArticleCues(text, doc, find_numbers(text))
    for num in cues.numbers:
        row = M.classify(cues, num)
        if row is not None:
            cues.add_row(row)
    return len(asked)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_generic_cues_resolved_from_the_paragraph_scanned_when_asked(path, monkeypatch):
    _, doc = cleaned_document(path)
    _assert_generic_cues_resolved_as_defined(doc.text, doc, monkeypatch)


@pytest.mark.parametrize("text", [
    "对租用国有房产的企业，房租减免3个月，累计减免1200万元。", "房租减免政策出台。\n累计减免1200万元，减免房租300万元。",
    "免征房租。减免300万元。", "减免税费500万元，其中减免房租200万元、减免100万元。",
    "减免房租100万元、房租减免50万元，累计减免300万元。",  # the nearest of two
    "免收租金一个月。减免房租100万元，累计减免300万元。",  # the sentence before the paragraph
])
def test_generic_cues_resolved_from_the_paragraph_in_written_cases(text, monkeypatch):
    assert _assert_generic_cues_resolved_as_defined(text, Document(text), monkeypatch)



def _assert_clauses_and_asides_as_defined(text: str, doc: Document) -> None:
    for cues, num, _, _ in _figures_with_their_places(text, doc):
        assert cues.own_clause(num) == cues._own_clause_by_definition(num), num


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_own_clauses_asking_for_asides_only_after_an_opening_are_those_defined(path):
    _, doc = cleaned_document(path)
    _assert_clauses_and_asides_as_defined(doc.text, doc)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "3家", "20%", "，", "。", "用工数", "甲"]), max_size=25).map("".join))
@example("年前用工数(26.85万人)，")
@example("复工企业3家(其中5家，外资)20%")
@example(")(3家)")
def test_own_clauses_asking_for_asides_in_generated_texts(text):
    _assert_clauses_and_asides_as_defined(text, Document(text))


def _assert_figure_sentences_as_looked_up_one_by_one(text: str, doc: Document) -> None:
    from pipeline.measures import ArticleCues, _runs

    cues = ArticleCues(text, doc, find_numbers(text))
    expected = {kind: _runs([doc.sentence_of(n.num_start) for n in cues.numbers if kind in (n.kind, "any")])
                for kind in {n.kind for n in cues.numbers} | ({"any"} if cues.numbers else set())}
    assert cues._figure_sentences == expected
    assert all(cues.figure_sentence(n) == doc.sentence_of(n.num_start) for n in cues.numbers)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_figure_sentences_shared_by_neighbours_are_those_looked_up_one_by_one(path):
    _, doc = cleaned_document(path)
    _assert_figure_sentences_as_looked_up_one_by_one(doc.text, doc)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["3家", "20%", "5万元", "，", "。", "?", "\n", "甲", "如何"]), max_size=25).map("".join))
@example("3家。。5万元20%")
def test_figure_sentences_shared_by_neighbours_in_generated_texts(text):
    _assert_figure_sentences_as_looked_up_one_by_one(text, Document(text))


def _assert_share_verbs_and_units_as_defined(text: str, doc: Document) -> None:
    from pipeline import measures as M

    for cues, num, clause, _ in _figures_with_their_places(text, doc):
        fast, defined = M._share_after(cues, num, clause), M._share_after_by_definition(cues, num, clause)
        assert (fast and (fast.span(), fast.group("verb"))) == (defined and (defined.span(), defined.group("verb"))), num
        assert M._money_unit(text, num, clause, geo=doc) == M._money_unit(text, num, clause, M._PER_UNIT, geo=doc), num


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_share_verbs_and_per_unit_markers_found_faster_are_those_defined(path):
    _, doc = cleaned_document(path)
    _assert_share_verbs_and_units_as_defined(doc.text, doc)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["50%", "30%", "和", "、", "给予", "补贴", "贴息", "予以", "一次性", "，", "每人", "每人每月", "/人",
                                 "人均", "每年", "年均", "1000元", "500元/人", "300元/年", "的", "甲"]), max_size=20).map("".join))
@example("LPR的30%和担保费率的50%给予补贴")
@example("给予每名新招员工一次性生活补助1000元")
@example("年均补贴3000元")
def test_share_verbs_and_per_unit_markers_in_generated_texts(text):
    _assert_share_verbs_and_units_as_defined(text, Document(text))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_count_cues_not_facts_are_those_the_words_tell(path):
    from pipeline import measures as M

    _, doc = cleaned_document(path)
    text = doc.text
    cues = M.ArticleCues(text, doc, find_numbers(text))
    for cat, block in M.BLOCKS.items():
        not_fact = tuple(block.get("count", {}).get("not_fact", ()))
        requested = tuple(M._C["resume_requested"])
        base = cues._unit(("count_cues", cat)).cues
        kept = [c for c in base if not (not_fact and text.startswith(not_fact, c.end))
                and not text.endswith(requested, 0, c.start)]
        # count_cues adds cues read from split writings (恢复正常生产, 返岗复工…: _split_count_cues and
        # its siblings); the filter is what this compares, on the cues the words index holds
        written = set(base)
        assert [c for c in cues.count_cues[cat].cues if c in written] == kept, cat


@settings(max_examples=300, deadline=None)
@given(st.text("的甲1２。a", max_size=9))
def test_head_gap_spans_at_most_what_its_bound_says(gap):
    from pipeline import measures as M

    if M._HEAD_GAP.fullmatch(gap):
        assert len(gap) <= M._HEAD_GAP_MOST


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.none(), st.floats(allow_nan=False), st.integers(-10**20, 10**20).map(float),
                 st.integers(-10**6, 10**6).map(lambda n: n / 1000)))
@example(-0.0)
@example(2.0 ** 60)
@example(0.1 + 0.2)
def test_whole_numbers_are_their_own_rounding(value):
    from pipeline.measures import _rounded

    expected = None if value is None else round(value, 6)
    assert repr(_rounded(value)) == repr(expected)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["其中", "其", "中", " ", "\u3000", "“", "\"", "甲", "，", "a", "\u9fff", "\u4e00", "\t"]),
                max_size=6).map("".join), st.integers(0, 3))
@example("其中规上企业", 0)
@example(" 其中", 0)
def test_qizhong_told_from_the_first_character_as_the_pattern_tells_it(text, pos):
    from pipeline.measures import _QIZHONG, _opens_with_qizhong

    assert _opens_with_qizhong(text, pos) == (_QIZHONG.match(text, pos) is not None)


def _assert_deduplicated_as_defined(text: str, doc: Document, cleaned=None, monkeypatch=None) -> None:
    from pipeline import measures as M
    from pipeline.attribution import zones_of_document

    view = zones_of_document(doc)
    captured = []
    monkeypatch.setattr(M, "deduplicate", lambda *args: captured.append(args) or [])
    M.extract_measures(text, view, article_date=None, headlines=doc.headlines, attributor=view.attributor)
    monkeypatch.undo()
    for rows, text_, geo, places in captured:
        for candidates in (rows, rows + rows, [M._measure({**r.__dict__, "is_headline": not r.is_headline}) for r in rows]
                           + rows):
            assert M.deduplicate(candidates, text_, geo, places) == M._deduplicate_by_definition(candidates, text_, geo, places)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_rows_deduplicated_faster_are_those_deduplicated_by_definition(path, monkeypatch):
    cleaned, doc = cleaned_document(path)
    _assert_deduplicated_as_defined(doc.text, doc, cleaned, monkeypatch)


def _percent_scope_answers(text: str, doc: Document, numbers) -> list:
    """What the price_cut and cost_borne scopes find for each percentage of `text`, with a fresh
    ArticleCues (nothing remembered from a run with other gates)."""
    from pipeline.measures import ArticleCues, _percent_cue

    cues = ArticleCues(text, doc, numbers)
    answers = []
    for num in cues.numbers:
        if num.kind != "percent":
            continue
        clause, sentence = cues.own_clause(num), cues.figure_sentence(num)
        answers.append((num.start, _percent_cue(cues, "price_cut", num, clause, sentence),
                        _percent_cue(cues, "cost_borne", num, clause, sentence)))
    return answers


def _gates_open(monkeypatch) -> None:
    """The price_cut and cost_borne scopes without their word gates: a pattern matching everywhere
    lets every pattern behind the gates be tried, as before the gates."""
    import re

    from pipeline import measures

    always = re.compile("")
    monkeypatch.setattr(measures, "_CHARGE_WORD", always)
    monkeypatch.setattr(measures, "_COST_WORD", always)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_share_scopes_gated_by_a_charge_or_cost_word_find_what_their_patterns_find(path, monkeypatch):
    cleaned, doc = cleaned_document(path)
    numbers = find_numbers(doc.text, with_missing=cleaned.has_missing_digits)
    gated = _percent_scope_answers(doc.text, doc, numbers)
    _gates_open(monkeypatch)
    assert gated == _percent_scope_answers(doc.text, doc, numbers)


_NO_SHARE_OF_A_CHARGE = {"企业只需承担保费的30%。", "复工率达到95%，产能恢复至80%。"}


@pytest.mark.parametrize("text", [
    "用水、用气价格阶段性下调10%。", "货物装卸费下调30%。", "下调码头作业费10%。", "免收停业期间非居民取暖费的30%。",
    "工业用水水费按50%收取。", "宽带、专线资费给予不低于10%的优惠。", "电费按5%予以优惠。", "租金按原合同标准的50%收取。",
    "县财政承担出口信用保险保费的70%。", "核酸检测费用由经开区财政承担80%。", "利息还能补一半。", "利息政府还给贴50%。",
    "按实际费用的80%补，", "保费由区财政100%承担。", "企业只需承担保费的30%。", "复工率达到95%，产能恢复至80%。",
])
def test_share_scopes_gated_by_a_charge_or_cost_word_in_written_cases(text, monkeypatch):
    doc = Document(text)
    numbers = find_numbers(text)
    gated = _percent_scope_answers(text, doc, numbers)
    if text not in _NO_SHARE_OF_A_CHARGE:
        assert any(price or cost for _, price, cost in gated)  # the case reaches the patterns behind the gates
    _gates_open(monkeypatch)
    assert gated == _percent_scope_answers(text, doc, numbers)
