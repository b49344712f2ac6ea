"""Tables flattened into text: one measure row per numeric cell of a district's or zone's row.

Statistical bulletins and progress reports print tables that reach us as lines, one row per
district or zone, cells parted by ` | `, tabs, runs of spaces (or single spaces, where several
lines end in a figure), after a header line naming the columns (复工率, 复工企业（家）, 减免租金
（万元）). SPEC §4: a cue word stated once governs the list that follows it, so a column header's
cue names every figure below it; SPEC §5: a row's figures belong to the place its first cell
names, a totals row's (合计, 全市) to the place holding the rows' places (the enclosing place,
else their common city or province: the fact rule table_total), a table of origins' (出发地,
外省员工) to the enclosing place.

Columns are judged as the words before a figure are: plans, not-yet and due counts, earlier
years, ranks and ordinals, phones, prices and capacities, and out-of-scope figures give no row;
a date in a header dates its column; units come from the header's brackets, a 单位 line or a
note naming columns' units (tables.json, each key with its note).

A block is read only when it is plainly a table: a header line and at least
`min_data_rows` data rows with the same number of cells (two or more), the data rows'
first cells places the zones stage found (or total words), and a cell giving a row only
when it parses whole as one figure (with the header's bracketed unit when it has none).
A column gives rows only when its header holds a category cue of cues.json, and none
when it holds an out-of-scope word (cues.json's lists and tables.json `skip_columns`).

Cleaning removes tabs and space runs between Chinese characters and figures, so the cells
of such rows are cut on the raw line (`raw_rows`) and found again in the cleaned line by
their characters; spans always point into the cleaned text. Articles with no separator and
no tab or space run inside a line cost one pass over their raw lines (substring tests) and nothing else.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from .clean import normalise_width, remove_neutral_tone_glosses, remove_romanisation, to_simplified
from .gazetteer import load_gazetteer
from .lexicon import resource
from .measures import (BLOCKS, MONEY_WORDS, PER_UNIT_OF, PERCENT_WORDS, RATE_AFTER_OF, SECTOR_RATE_FORM, Measure,
                       bulletin_lead_as_of, deduplicate, find_as_of, in_public_notice, notice_title, section_cutoff_as_of, whole_text,
                       without_decided_plans, _place_names, _LEADING_PERIOD, _OWN_OBJECT_REACH, _RENT_FEES, _past_period_end, _unnamed_part,
                       _rounds_to)
from .numbers import NumberMention, find_numbers

_T = resource("tables.json")
_C = resource("cues.json")
_N = resource("numbers.json")

_SEPARATORS = "".join(_T["cell_separators"])
_SPLIT_CELLS = re.compile("[" + re.escape(_SEPARATORS) + "]")
# A gap between two cells of a raw line: a tab, or `raw_gap_spaces` spaces or more (ASCII or ideographic).
_RAW_GAP = re.compile(r"[ \u3000]*\t[ \t\u3000]*|[ \u3000]{%d,}" % _T["raw_gap_spaces"])
# The shortest strings _RAW_GAP matches: a tab, `raw_gap_spaces` spaces of either width.
_GAPS = ("\t",) + tuple("".join(p) for p in itertools.product(" \u3000", repeat=_T["raw_gap_spaces"]))
_GAP_CHARS = "".join(sorted(set("".join(_GAPS))))
# One space of either width: the cells of a loose row (涪城区 436 38760, 1　某公司　248,630.00).
_SINGLE_SPACE = re.compile("[ \u3000]")
# On a line parted by space runs, the single spaces that part cells too (tables.json gap_line_single_spaces).
_GAP_LINE_SPACE = re.compile("[%s]" % "".join(_T["gap_line_single_spaces"]))
# On such a line, a label and the figure after it parted by one ASCII space (小规模纳税人免征增值税 18,902:
# the label too long for its column): two cells (tables.json label_figure_space).
_LABEL_FIGURE = re.compile(_T["label_figure_space"])
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A line of prose, not a table row parted by single spaces: it holds a comma or a full stop.
_PROSE_MARKS = tuple(_T["prose_marks"])
# Any of them, one search of a line instead of a substring test per mark (most lines hold one).
_PROSE_MARK = re.compile("|".join(map(re.escape, _PROSE_MARKS)))
_COMMA = _T["comma_cell_separator"]
_COMMA_HEADER_LONGEST = _T["comma_header_longest"]
_COMMA_ROW_NOT = tuple(_T["comma_row_not_marks"])
_TOTAL_WORDS = frozenset(_T["total_words"])
_OWN_LEVEL_ROWS = frozenset(_T["own_level_rows"])
# 某经开区本级 beside its bonded zone: the zone holding the table names its own row (tables.json own_level_suffixes).
_OWN_LEVEL_SUFFIXES = tuple(_T["own_level_suffixes"])
# 市级国有企业 beside a city's parks and towns: the city's own bodies (tables.json own_level_prefixed_rows).
_OWN_LEVEL_PREFIXES = tuple(_T["own_level_prefixed_rows"]["prefixes"])
_OWN_LEVEL_PREFIXED_NOT = tuple(_T["own_level_prefixed_rows"]["words_not"])
_REST_ROWS = frozenset(_T["rest_rows"])  # 城区及其他 beside a city's zones: the city itself
_TOWN_ROWS = frozenset(_T["town_rows"])  # 各乡镇 beside a district's parks: the district itself
# 虞山街道, 阜宁镇 beside a place's zones: one town's own row, the place's part (tables.json town_name_rows).
_TOWN_NAME_ROW = re.compile(_T["town_name_rows"]["pattern"])
_TOWN_NAME_ROW_NOT = tuple(_T["town_name_rows"]["words_not"])
# 生物科技产业园区 beside 东川工业园区, 甘河工业园区: a park named without a place, the enclosing place's
# part as a town's own row is (tables.json park_name_rows).
_PARK_NAME_ROW = re.compile(_T["park_name_rows"]["pattern"])
_PARK_NAME_ROW_NOT = tuple(_T["park_name_rows"]["words_not"])
# A bare zone kind as a row (边境经济合作区 under 绥芬河市) and the short form its zones' names end in.
_KIND_SHORTS = {kind: spec["short"] for kind, spec in resource("zones.json")["zone_suffixes"].items()}
_EMPTY = frozenset(_T["empty_cells"])
# 占比 heading a table's last column: the share of the total, which sub-rows leave blank (tables.json share_columns).
_SHARE_COLUMNS = tuple(_T["share_columns"])
# 其中： opening a row's label: a part of the row above (tables.json sub_row_openers).
_SUB_ROW_OPENERS = tuple(_T["sub_row_openers"])
# 36家 under 企业名称 in a totals row: how many rows it sums (tables.json total_row_counters), no name.
_ROWS_COUNTED = re.compile(r"^\d+(?:%s)$" % "|".join(map(re.escape, _T["total_row_counters"])))
_UNIT_LABELS = tuple(sorted(_T["unit_labels"], key=len, reverse=True))
# 单位见各项目: a unit label pointing elsewhere (tables.json unit_pointer_words) gives no unit
_UNIT_POINTERS = tuple(_T["unit_pointer_words"])
_UNIT_LINE_DATE_WORDS = tuple(_T["unit_line_date_words"])
_UNIT_LIST = re.compile("[" + re.escape("".join(_T["unit_list_marks"])) + "]")
_SKIP = tuple(_T["skip_columns"]) + tuple(_C["out_of_scope"]) + tuple(_C["percent_out_of_scope"]) \
    + tuple(_C["firm_internal"])
_PER_HEAD = tuple(_T["per_head"])
_PER_HEAD_REPEATS = tuple(_T["per_head_repeats"])
_PER_HEAD_PAID = tuple(_T["per_head_paid"])
# A header judged as the words before a figure are (SPEC §4: plans and what is not done are no
# facts): a forecast word anywhere (预期复工率, 拟复工企业; cues.json forecast, not_forecast its
# exceptions), a count not yet back (未复工企业, 待返岗人数; cues.json not_yet), a due or negating
# word right before the cue (应复工企业, 需返岗人数, 尚未复工; proportion_of_resumed.due_before,
# resume_split.negations).
_FORECAST = tuple(_C["forecast"])
_NOT_FORECAST = tuple(_C["not_forecast"])
_NOT_YET = tuple(_C["not_yet"]["words"])
_UNDONE_BEFORE_CUE = tuple(_C["proportion_of_resumed"]["due_before"]) + tuple(_C["resume_split"]["negations"]) \
    + tuple(_T["undone_before_cue"])
# 去年同期开工率, 上年减免租金: a year before the article's (cues.json relative_years), one before
# the recovery's (tables.json recovery_first_year) a past year.
_PAST_YEARS = {w: back for w, back in _C["relative_years"].items() if back < 0}
_RECOVERY_FIRST_YEAR = _T["recovery_first_year"]
_PAST_YEAR_NOT_AFTER = tuple(_T["past_year_not_after"])
_PAST_YEAR_NOT_BEFORE = tuple(_T["past_year_not_before"])
_YEAR = re.compile(r"((?:19|20)\d\d)年")
# 2020年同期, 上年同期 beside this period's column: the period compared with (tables.json comparison_columns).
_COMPARISON = tuple(sorted(_T["comparison_columns"], key=len, reverse=True))
_COMPARISON_YEAR = re.compile(_T["comparison_year"])
_ORDINAL = frozenset(_T["ordinal_columns"])
# A running number, or a range of them standing for rows left out (9—19: tables.json ordinal_range_marks).
_RUNNING_NUMBER = re.compile(r"^\d+(?:[%s]\d+)?$" % re.escape("".join(_T["ordinal_range_marks"])))
_ORIGIN = tuple(_T["origin_columns"])
_ORIGIN_LEAD = tuple(_T["origin_lead_words"])
_STAFF_OF_RESUMED = tuple(_T["staff_of_resumed"])
_FIRM_COUNT_HEADS = frozenset(_T["firm_count_heads"])
_DATE_ROW_COLUMNS = frozenset(_T["date_row_columns"])
_DATE_ROWS_PLAN = tuple(_T["date_rows_plan_words"])  # 复工时间表, 进度安排如下: a schedule of dates, no snapshots
# A row's first cell that is one day, whole (3月2日, 2020年3月2日, 3.2 not): a dated snapshot's row.
_DAY_CELL = re.compile(r"^(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}[日号]$")
# A goods table's column is goods given when its header says so, or says only how many and the
# lead says the goods were given (tables.json goods_plain_quantity, cues.json goods_given_words).
_GOODS_GIVEN = tuple(_C["goods_given_words"])
_GOODS_PLAIN = frozenset(_T["goods_plain_quantity"])
_GOODS_NOT_GIVEN = tuple(_T["goods_not_given"])
_HEADER_DATE_OPENER = _T["header_date_opener"]
_DUE_HEADER = tuple(_T["due_header_words"])  # 应拨金额, 应兑未兑: what was due, no facts
_CAPTION_PLAN = tuple(_T["caption_plan_words"])  # 拟兑付计划表: a table of a plan, no facts
_COUNT_HEADS = tuple(_T["count_heads"])
_AMOUNT_WORDS = frozenset(_T["amount_words"])
_PART_WORDS = tuple(_T["part_words"])
_CARRIER_COLUMNS = frozenset(_T["carrier_columns"])  # premises let to firms: payees, never places
_CARRIER_NAMING = tuple(_T["carrier_naming_words"])  # 楼宇名称: the carrier word and a word of its name
_PAYEE_COLUMNS = frozenset(_T["payee_columns"])
_LENDER_COLUMNS = frozenset(_T["lender_columns"])
_LENDER_COLUMN_ENDS = tuple(_T["lender_column_ends"])
_LENDER_COLUMN_MOST = _T["lender_column_most_chars"]
_LOAN_WORDS = tuple(BLOCKS["loan"]["money"])  # a lead naming a loan measure over a list of lenders
_LENDER_SIGNED = _T["lender_signed"]
_LENDER_SIGNINGS = tuple(_LENDER_SIGNED["signings"])  # 签约情况如下 over a list of banks: credit signed
_PAYEE_KIND = tuple(_T["payee_kind_columns"])
_COMPOUND_BREAKS = tuple(_T["compound_breaks"])
_PAYEE_PLACE_COLUMNS = frozenset(_T["payee_place_columns"])
_PAYER = tuple(_T["payer_columns"])  # 发放单位: who gave each payment of a payout list
_RECIPIENT = tuple(_T["recipient_columns"])  # 受补助单位: who got it, though 补助单位 is written inside


def _names_payer(cell: str) -> bool:
    """A header naming who gave each payment (发放单位), not who received it (受补助单位: tables.json
    _recipient_columns_note)."""
    return any(word in cell for word in _PAYER) and not any(word in cell for word in _RECIPIENT)
_PAYEE_LEAD = tuple(_T["payee_lead_words"])
_PAYEE_NOT_PAID = tuple(_T["payee_not_paid"])
_PAYEE_PAYING = tuple(_T["payee_paying_words"])
_PAYEE_EXTENT = tuple(_T["payee_extent_heads"])
_PAYEE_RATES = tuple(_T["payee_rate_columns"])
_PAYEE_RATE_UNITS = tuple(_T["payee_rate_units"])
_FIRM_NAME_ENDS = tuple(_T["firm_name_ends"])
_ELLIPSIS = frozenset(_T["ellipsis_rows"])
_KIND_COLUMNS = frozenset(_T["kind_columns"])
_KIND_COLUMN_ENDS = tuple(_T["kind_column_ends"])  # 奖励类别: a measure's kinds of beneficiary
_BATCH_COLUMNS = frozenset(_T["batch_columns"])  # 批次 over 第一批, 第二批: one place's payments by batch
_PER_BENEFICIARY_HEADS = tuple(_T["per_beneficiary_heads"])  # 单家奖励: what one firm got
_KIND_INDICATORS = frozenset(_T["kind_indicator_categories"])
# 昌北组团（南昌经开区）: a part's name, then the jurisdiction that runs it in brackets
_PART_WITH_JURISDICTION = re.compile(
    r"\S*(?:" + "|".join(map(re.escape, _T["bracketed_jurisdiction_parts"])) + r")[(（](?P<inner>[^()（）]+)[)）]")
_CAP_COLUMNS = tuple(_T["cap_columns"])  # 单家企业上限 | 30万元: a cap per beneficiary, no amount paid
_REST_TOWN_OPENERS = tuple(_T["rest_town_openers"])  # 其他乡镇: the rest of the enclosing place
_KIND_ROW_COUNTERS = _T["kind_row_counters"]  # 规上工业企业 -> 家, 在建项目 -> 个: a bare 已复工 row's counter
# 在建项目（个）: a row's label ending in a kind and that kind's own counter in brackets
_ROW_OWN_COUNTER = re.compile(rf".*(?P<end>{'|'.join(map(re.escape, sorted(_KIND_ROW_COUNTERS, key=len, reverse=True)))})"
                              rf"[（(](?P<counter>{'|'.join(map(re.escape, set(_KIND_ROW_COUNTERS.values())))})[）)]")
_LABEL_ACTIVITIES = tuple(sorted(_T["label_activities"], key=len, reverse=True))  # 进出口 of 进出口业务奖励
_LABEL_HEADS = {word: (category, "money") for word, category in _T["label_heads"].items()}  # 跨境电商扶持
_TITLE_DATE_WORDS = tuple(_T["title_date_words"])  # 情况统计（截至3月20日）: the report's date
_LEAD_DATED = re.compile(_T["lead_date_pattern"])  # 2月29日, 2月底, 一季度: a lead's own date keeps the title's off
_HEADING_ORDINAL = re.compile(_T["heading_ordinal"])  # 一、, （二）, 3. before a section heading
_CAPTION_LABEL = re.compile(_T["caption_label"])  # 表1, 附表2 opening a table's caption
_TOTAL_GRANT_PARTS = {k: frozenset(v) for k, v in _T["total_grant_parts"].items()}  # 扶持资金 合计 over 贴息 too
_PART_COLUMNS = frozenset(_T["part_columns"])  # 街道, 乡镇, 产业园区: rows of parts of the enclosing place
_DIVISION_TYPES = frozenset(_T["division_holds_parts"])  # 长葛市 beside its parks' rows: still their holder
_PARTS_TOTAL_WORDS = frozenset(_T["parts_total"]["words"])  # 合计 under 园区: the enclosing place's
_PARTS_TOTAL_HEADER_WORDS = tuple(_T["parts_total"]["header_words"])
_PARTS_TOTAL_WIDER = tuple(_T["parts_total"]["wider_lead_words"])  # 全市各功能区: the city's parts
_REGION_COLUMNS = frozenset(_T["region_columns"])  # 区域: parts only where every row names one (part_row_endings)
_PART_ROW_ENDINGS = tuple(_T["part_row_endings"])
_COUNT_HEAD_COUNTERS = _T["count_head_counters"]  # 已复工户数: its bare figures are 户
_PHONE_LEAST = _T["phone_digits_least"]
_PHONE = re.compile(r"^(?:\d{%d,}|\d{3,4}-\d{6,8}(?:-\d+)?)$" % _PHONE_LEAST)
_UNIT_COLUMN = frozenset(label.rstrip(":：") for label in _T["unit_labels"])
_MIN_ROWS = _T["min_data_rows"]
# A header cell: its name, then its unit in brackets (复工企业(家), 减免租金(万元), 复工率(单位:%)).
_HEADER_UNIT = re.compile(r"^(?P<name>.*?)\s*[(（\[](?P<unit>[^()（）\[\]]{1,6})[)）\]]\s*$")
_DIGIT = re.compile(r"\d")
# A note naming columns' unit (复工率、返岗率单位为%, 返岗职工单位为万人): the names, one of the
# `unit_note_words`, the unit up to the next mark.
_UNIT_NOTE = re.compile(r"(?P<names>[\u4e00-\u9fff、]+?)(?:%s)\s*(?P<unit>[^\s,，;；、:：()（）\[\]]{1,4})"
                        % "|".join(map(re.escape, _T["unit_note_words"])))
_UNIT_NOTE_OPENERS = tuple(sorted(_T["unit_note_openers"], key=len, reverse=True))
# A cell of digits alone (1342, 18.6, 97.9%), its thousands grouped by commas or by one space (6 204,
# 48 372: numbers.json space_grouped, one to three digits then groups of exactly three): a data row's.
_SPACE_GROUP = "[%s]" % _N["space_grouped"]["spaces"]
_BARE_FIGURE = re.compile(r"^(?:\d[\d,.]*|\d{1,3}(?:%s\d{3})+(?:\.\d+)?)%%?$" % _SPACE_GROUP)
_FILLER = re.compile(r"^[\s:：\-—=+]*$")  # a markdown rule line (---|---): no row of the table

Span = tuple[int, int]


class Column(NamedTuple):
    name: str        # the header's words, its bracketed unit cut off
    unit: str        # the unit bare numbers below it take ("" when none)
    # A header word whose skip words do not put the column out (涉及职工 beside 复工企业:
    # `_staff_of_resumed`), "" when none.
    exempt: str = ""
    # Where a payout list's column naming only the paying took its measure from (caption, beside,
    # title: `_paying_named`), the rule's scope; "" when its header names it.
    named_by: str = ""


# --- finding the cells ----------------------------------------------------------------------

class RawRows(dict):
    """raw_rows' result: the cells of each raw row by its key (its characters without white
    space), and in `previous` the cells of the raw row right before it, when the line before
    it was one: the header, should cleaning have dropped it (a line of short words parted by
    spaces reads as a site's menu: 开发区 复工率 返岗率)."""

    def __init__(self, rows=(), previous=None):
        super().__init__(rows)
        self.previous: dict[str, list[str]] = previous or {}


def raw_rows(raw_text: str) -> RawRows:
    """The cells of every raw line parted by tabs or space runs, by the line's characters
    without white space (as cleaning leaves them: width normalised, simplified); lines parted by
    single spaces only (涪城区 436 38760; ideographic ones too: 1　某公司　248,630.00) when at least
    `min_data_rows` of them end in a figure, as a table's rows do. Empty for a text with no such line."""
    rows, loose, previous = {}, {}, {}
    before = None  # the cells of the last non-empty raw line, None when it was no row
    # The gaps the whole text holds, found once: a line can hold no other (most texts hold none,
    # and then no line is looked at for one).
    gaps = _gaps_in(raw_text)
    for whole in raw_text.split("\n"):
        line = whole.strip()
        if not line:
            continue
        cells = None
        if "\t" in line:
            cells = _cells(_tab_pieces(whole), keep_empty=True)
            target = rows
        elif gaps and _has_gap(line, gaps):  # the substrings _RAW_GAP matches: a C-speed test, no regex per line
            # 市场主体（户）　已复市（户）: a lone ideographic space between cells of an aligned row
            cells = _cells([q for piece in _RAW_GAP.split(line) for p in _GAP_LINE_SPACE.split(piece)
                            for q in _label_and_figure(p)])
            target = rows
        elif (" " in line or "\u3000" in line) and _PROSE_MARK.search(line) is None:
            cells = _cells(_SINGLE_SPACE.split(line))  # one space of either width (序号　企业名称　补贴金额)
            target = loose
        if cells is None or len(cells) < 2:
            before = None
            continue
        key = "".join(cells)
        target[key] = cells
        if before is not None:
            previous[key] = before
        before = cells
    if sum(1 for cells in loose.values() if _BARE_FIGURE.match(cells[-1])) >= _MIN_ROWS:
        rows.update((key, cells) for key, cells in loose.items() if key not in rows)
    if _COMMA in raw_text:
        rows.update((key, cells) for key, cells in _comma_rows(raw_text).items() if key not in rows)
    if not rows:
        return RawRows()
    return RawRows(rows, {key: cells for key, cells in previous.items()
                          if key in rows and "".join(cells) in rows})


def _comma_rows(raw_text: str) -> dict[str, list[str]]:
    """The rows of tables written with full-width commas between cells, a line a row (企业名称，
    补贴人数，拨付金额 / 某某公司，218人，3个月，327000元), by the line's characters without white
    space: a header of short words with no figure, then at least `min_data_rows` lines of as many
    cells each ending in a figure, no line holding a mark that ends a clause (tables.json
    comma_row_not_marks). A clause of prose is no such run."""
    lines = [line.strip() for line in raw_text.split("\n") if line.strip()]
    rows: dict[str, list[str]] = {}
    for i, line in enumerate(lines):
        header = _comma_cells(line)
        if header is None or any(_DIGIT.search(c) or len(c) > _COMMA_HEADER_LONGEST for c in header):
            continue
        run = []
        for following in lines[i + 1:]:
            cells = _comma_cells(following)
            if cells is None or len(cells) != len(header) or not _DIGIT.search(cells[-1][-3:]):
                break
            run.append(cells)
        if len(run) >= _MIN_ROWS:
            rows.update((",".join(cells), cells) for cells in [header] + run)
    return rows


def _comma_cells(line: str) -> list[str] | None:
    """The cells of a raw line parted by full-width commas (its cells width normalised and
    simplified, white space out), None when it holds no comma, an empty cell or a clause's end."""
    if _COMMA not in line or any(mark in line for mark in _COMMA_ROW_NOT):
        return None
    cells = ["".join(to_simplified(normalise_width(piece)).split()) for piece in line.split(_COMMA)]
    return cells if all(cells) else None


def _label_and_figure(piece: str) -> tuple[str, ...]:
    """A piece of a gap-parted line as its cells: a label and a figure parted by one space (研发费用
    加计扣除 211) two, anything else one."""
    m = _LABEL_FIGURE.fullmatch(piece) if " " in piece else None
    return m.groups() if m else (piece,)


def _gaps_in(raw_text: str) -> tuple[str, ...]:
    """The strings of `_GAPS` that `raw_text` holds. A gap is looked for only when the text holds
    each of its characters: most texts hold no ideographic space, which rules out three of the
    five gaps with one scan of the text."""
    present = {ch for ch in _GAP_CHARS if ch in raw_text}
    return tuple(gap for gap in _GAPS if present.issuperset(gap) and gap in raw_text)


def _has_gap(line: str, gaps: tuple[str, ...] = _GAPS) -> bool:
    """`_RAW_GAP.search(line) is not None`, by substring tests (C speed: most lines of most
    texts hold no gap, and a regex per line cost ~2 % of a build). `gaps`: those of `_GAPS` the
    text holding the line holds (the others cannot be in it)."""
    return any(gap in line for gap in gaps)


def _tab_pieces(line: str) -> list[str]:
    """The pieces of a raw line parted by tabs, one per tab-parted cell, empty ones kept (江北区⇥⇥95.6%:
    a cell left blank; ⇥复工企业⇥复工率: a header's blank top-left cell), so the cells stay under
    their columns (槐荫区⇥947⇥: its last cell blank); a run of spaces inside a piece parts cells
    too, as on a line with no tab. Spaces at either end part nothing."""
    pieces = []
    for piece in line.strip(" \u3000\r").split("\t"):
        piece = piece.strip(" \u3000\r")
        pieces += _RAW_GAP.split(piece) if piece else [""]
    return pieces


def _cells(pieces: list[str], *, keep_empty: bool = False) -> list[str]:
    """The cells of a raw line's pieces, width normalised and simplified, white space out of
    each, a word spaced out letter by letter to fill a column (合  计, 区  县: one-character
    pieces in a row) joined again. `keep_empty`: an empty piece is an empty cell (a tab-parted
    row's blank cell keeps the cells after it under their columns), else no cell."""
    cells: list[str] = []
    spaced = False
    for piece in pieces:
        cell = "".join(to_simplified(_without_glosses(normalise_width(piece))).split())
        if not cell:
            if keep_empty:
                cells.append("")
            spaced = False
            continue
        one = len(cell) == 1 and _HAN.match(cell) is not None
        if one and spaced:
            cells[-1] += cell
        else:
            cells.append(cell)
        spaced = one
    return cells


def _without_glosses(piece: str) -> str:
    """A raw cell without the romanisation cleaning removes (瑞麗邊(biān)境 -> 瑞麗邊境): its row is
    found again in the cleaned text by its characters, which hold no gloss."""
    piece, n = remove_romanisation(piece)
    return remove_neutral_tone_glosses(piece)[0] if n else piece


def _cells_of_line(text: str, start: int, end: int, raw: dict[str, list[str]]) -> list[Span] | None:
    """The (start, end) of each cell of the line text[start:end], or None when it is no table row."""
    line = text[start:end]
    if any(sep in line for sep in _SEPARATORS):
        return _separated_cells(line, start)
    if raw:
        cells = raw.get("".join(line.split()))
        if cells is not None:
            return _cells_found_again(text, start, end, cells)
    return None


def _separated_cells(line: str, offset: int) -> list[Span] | None:
    spans, pos = [], 0
    for piece in _SPLIT_CELLS.split(line):
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        spans.append((offset + pos + lead, offset + pos + lead + len(body)))
        pos += len(piece) + 1
    # Outer bars (| 吴中区 | 97.9% |) leave an empty cell at either end: no cell of the table.
    if spans and spans[0][0] == spans[0][1]:
        spans = spans[1:]
    if spans and spans[-1][0] == spans[-1][1]:
        spans = spans[:-1]
    return spans if len(spans) >= 2 else None


def _cells_found_again(text: str, start: int, end: int, cells: list[str]) -> list[Span] | None:
    """The spans of the raw line's cells in its cleaned line, character by character, white
    space skipped (cleaning removed some of it): None when the characters part ways."""
    spans, pos = [], start
    for n, cell in enumerate(cells):
        while n and pos < end and text[pos].isspace():
            pos += 1
        if n and pos < end and text[pos] == "," and not cell.startswith(","):
            pos += 1  # the comma parting two cells of a comma-parted row (企业名称,补贴人数)
        chars = "".join(cell.split())
        first = None
        for ch in chars:
            while pos < end and text[pos].isspace():
                pos += 1
            if pos >= end or text[pos] != ch:
                return None
            if first is None:
                first = pos
            pos += 1
        spans.append((pos if first is None else first, pos))  # an empty cell: an empty span
    return spans


# --- reading a block --------------------------------------------------------------------------

def _column(header: str, unit_line: str, notes: dict[str, str]) -> Column:
    """A header cell's name and unit; a note before the table naming the column's unit
    (返岗职工单位为万人), else a unit line (单位：万元), serves a column with none of its own."""
    m = _HEADER_UNIT.match(header)
    if m is None:
        noted = [unit for name, unit in notes.items() if name in header]
        if len(noted) == 1:
            return Column(header, noted[0])
        return Column(header, _listed_unit_of(header, unit_line))
    return Column(m["name"], _without_label(m["unit"].strip()))


def _listed_unit_of(header: str, unit_line: str) -> str:
    """The unit of a unit line's list a column takes (单位：户、% over 已复工 | 复工率: 户, %): the one
    its figures are read in by the header's longest cue (复工率 under %, not 复工 under 户: the rate's
    cue holds the count's), the first listed on a tie; "" when none serves it."""
    best, longest = "", -1
    for unit in _listed_units(unit_line):
        found = _unit_reading(header, unit)
        if found is not None and len(found[3]) > longest:
            best, longest = unit, len(found[3])
    return best


def _listed_units(unit_line: str) -> list[str]:
    """The units a unit line lists for columns of several kinds (单位：万元、家 -> 万元, 家: tables.json
    unit_list_marks), else the one it gives."""
    units = [u.strip() for u in _UNIT_LIST.split(unit_line) if u.strip()]
    return units if len(units) > 1 else [unit_line]


def _money_unit(unit_line: str) -> str:
    """The unit a unit line gives money columns: the money one of those it lists (单位：万元、家 -> 万元),
    else the line's unit as written."""
    return next((u for u in _listed_units(unit_line) if (num := _figure("1" + u, "")) is not None
                 and num.kind == "money"), unit_line)


def _takes_unit(header: str, unit: str) -> bool:
    """Whether a unit line's unit (单位：万元) serves a column: a figure in it would be read under
    the column's cue (减免租金), not under a column of another kind (返岗人数, 补贴人数: persons, no
    万元)."""
    return _unit_reading(header, unit) is not None


def _unit_reading(header: str, unit: str) -> tuple[str, str, str, str] | None:
    """(category, unit, basis, cue) of a figure in `unit` under the column `header`, None when the
    unit does not serve it (`_takes_unit`)."""
    if not unit:
        return None
    num = _figure("1" + unit, "")
    if num is None or (num.kind == "money" and any(word in header for word in _COUNT_HEADS)):
        return None  # 补贴人数: persons, whatever amount unit the columns beside it take (万人 serves it)
    return _money_or_generic_category(Column(header, ""), num)


def _unit_notes(text: str) -> dict[str, str]:
    """The units a note before the table gives its columns by name, (复工率、返岗率单位为%，返岗
    职工单位为万人) -> {复工率: %, 返岗率: %, 返岗职工: 万人}; a name listed with two units is left out."""
    notes: dict[str, str] = {}
    for m in _UNIT_NOTE.finditer(text):
        for name in m["names"].split("、"):
            name = _without_note_opener(name)
            if name:
                notes[name] = m["unit"] if notes.get(name, m["unit"]) == m["unit"] else ""
    return {name: unit for name, unit in notes.items() if unit}


def _without_note_opener(name: str) -> str:
    """A note's column name without the words opening the note (表中复工率 -> 复工率: tables.json
    unit_note_openers), so it matches the header it names."""
    for opener in _UNIT_NOTE_OPENERS:
        if name.startswith(opener) and len(name) > len(opener):
            return name[len(opener):]
    return name


def _per_head_named(columns: list[Column]) -> list[Column]:
    """A per-head column that names no cue of its own but repeats a word of a money column to
    its left (稳岗返还金额 | 惠及职工 | 人均返还, 补贴金额 | 人均) is that money per person: it
    takes that column's name after its per-head word, as a cue stated once governs what follows.
    The word repeated must be the giving itself (tables.json per_head_repeats: 返还, 减免, 补贴),
    not a noun the two share (社保费减免 | 人均社保费: what each pays, no relief)."""
    out = list(columns)
    for k, column in enumerate(columns):
        head = next((w for w in _PER_HEAD if w in column.name), None)
        if head is None or _longest_cue(column.name, MONEY_WORDS) is not None:
            continue
        rest = column.name.replace(head, "", 1).strip()
        if _names_a_thing_paid(column.name):
            continue  # 人均社保费: a shared noun, not the relief (减免) the money column counts
        for left in reversed(columns[1:k]):
            if _longest_cue(left.name, MONEY_WORDS) is not None and rest in left.name:
                out[k] = Column(head + left.name, column.unit)
                break
    return out


def _staff_of_resumed(columns: list[Column]) -> list[Column]:
    """A column of the staff a count of resumed firms involves, right beside it (复工企业（家） |
    涉及职工（人）; tables.json staff_of_resumed): the workers back with those firms (SPEC §4:
    涉及职工4092人 after a resumed count is workers_returned), so its 涉及 does not put it out. Any
    other 涉及 column (涉及职工 beside 减免租金 or 未复工企业) stays out."""
    out = list(columns)
    for k, column in enumerate(columns):
        staff = next((w for w in _STAFF_OF_RESUMED if w in column.name), None)
        if staff is None or k < 2 or not _resumed_firms(columns[k - 1]):
            continue
        out[k] = column._replace(exempt=staff)
    return out


def _resumed_of_firm_count(columns: list[Column]) -> list[Column]:
    """A bare resumption column with no counter (已复工, 已复产) to the right of a column counting
    the table's firms (企业数 | 已复工: tables.json firm_count_heads): it counts those firms back,
    so its bare figures take 家, as under 复工企业（家）; any other bare 已复工 stays unread (no counter)."""
    out = list(columns)
    for k, column in enumerate(columns):
        if k < 2 or column.unit or _bare_unit(column) or not _resumed_firms(column):
            continue
        if any(left.name.strip() in _FIRM_COUNT_HEADS for left in columns[1:k]):
            out[k] = column._replace(unit="家")
    return out


def _resumed_firms(column: Column) -> bool:
    """A column counting resumed firms (复工企业（家）, 已复工企业): a count of enterprises_resumed,
    read (no skip word, no plan or not-yet)."""
    found = _category(column, _PROBE_FIRMS)
    return found is not None and found[0] == "enterprises_resumed" and found[1] == "enterprises"


def _names_a_thing_paid(name: str) -> bool:
    """A header naming a thing paid but no giving (人均社保费, 户均租金: tables.json per_head_paid,
    no word of per_head_repeats): it repeats no money column's or caption's measure, whatever
    noun the two share (人均吸纳 under 吸纳就业补贴 still does)."""
    return any(word in name for word in _PER_HEAD_PAID) and not any(word in name for word in _PER_HEAD_REPEATS)


def _decisive_money_cue(name: str) -> str | None:
    """The money cue of a header that names a measure (减免租金, 稳岗返还), not one of a generic
    word alone (减免: money_generic, which names no object)."""
    found = _longest_cue(name, MONEY_WORDS)
    return found[0] if found is not None and found[1][1] == "money" else None


def _money_column(column: Column) -> bool:
    """A column whose unit is money (万元, 元): its figures are amounts."""
    num = _figure("1" + column.unit, "") if column.unit else None
    return num is not None and num.kind == "money"


def _caption_text(text: str, lines: list[_Line], header: int) -> str:
    """The words of the two non-empty lines right before the header: the table's caption
    (表1 各区县国有企业减免租金情况) and the lead that presents it."""
    found, k = [], header - 1
    while k >= 0 and len(found) < 2:
        if lines[k].start != lines[k].end:
            found.append(text[lines[k].start:lines[k].end])
        k -= 1
    return "\n".join(reversed(found))


def _caption_named(columns: list[Column], caption: str) -> list[Column]:
    """A money column that names its measure only in part (返还金额, 减免金额: no cue of its own)
    takes the cue of the caption or lead before the table that shares that part (稳岗返还资金,
    减免租金), as a cue stated once governs what follows (SPEC §4): one category among the
    caption's cues sharing it, the shared word no generic amount word (tables.json
    amount_words: 金额, 资金)."""
    if not caption:
        return columns
    out = list(columns)
    for k, column in enumerate(columns):
        if not k or not _money_column(column) or _decisive_money_cue(column.name) is not None:
            continue
        if _names_a_thing_paid(column.name):
            continue  # 户均租金 shares 租金 with 减免租金: what each pays, not the relief each got
        sharing = _caption_cues_sharing(column.name, caption)
        if len({MONEY_WORDS[w][0] for w in sharing}) == 1:
            out[k] = Column(max(sharing, key=len) + column.name, column.unit)
    return out


def _caption_cues_sharing(name: str, caption: str) -> list[str]:
    """The money cues naming a measure in the caption or lead (减免租金, 稳岗返还资金) that share a word
    with a header (减免金额, 返还金额)."""
    return [w for w, meaning in MONEY_WORDS.items() if meaning[1] == "money" and w in caption and _shares_word(name, w)]


def _shares_word(name: str, cue: str) -> bool:
    """Whether a header repeats two characters of a cue in a row, not a generic amount word."""
    return any(cue[i:i + 2] in name and cue[i:i + 2] not in _AMOUNT_WORDS for i in range(len(cue) - 1))


def _parts_named(columns: list[Column]) -> list[Column]:
    """A money column giving a part of the column to its left (减免社保费 | 惠及企业 | 其中：小微企业
    减免; tables.json part_words) and naming no measure of its own takes the nearest money column's
    name to its left: its figures are amounts of the same measure."""
    out = list(columns)
    for k, column in enumerate(columns):
        if not k or not column.name.startswith(_PART_WORDS) or not _money_column(column) \
                or _decisive_money_cue(column.name) is not None:
            continue
        left = next((c for c in reversed(out[1:k]) if _money_column(c) and _decisive_money_cue(c.name)), None)
        if left is not None:
            out[k] = Column(left.name + column.name, column.unit)
    return out


def _without_label(unit: str) -> str:
    for label in _UNIT_LABELS:
        if unit.startswith(label):
            return unit[len(label):].strip()
    return unit


def _unit_line(text: str) -> str | None:
    """单位：万元 (a line of its own before the table), also with the date its figures stand at
    after the unit (单位：万元　数据截至2020年6月30日: tables.json unit_line_date_words): the unit,
    else None."""
    stripped = text.strip()
    for label in _UNIT_LABELS:
        if not stripped.startswith(label):
            continue
        rest = stripped[len(label):]
        dated = min((at for word in _UNIT_LINE_DATE_WORDS if (at := rest.find(word)) > 0), default=None)
        unit = rest[:dated].strip() if dated is not None else rest
        if _points_elsewhere(unit):
            return None  # 单位见各项目: the rows' own brackets give the units
        if len(unit) <= 6 and (dated is None or unit.lstrip(":：")):
            return unit.lstrip(":：").strip()
    return None


def _unit_line_as_of(text: str, lines: list[_Line], header: int, article_date: dt.date | None) -> dt.date | None:
    """The date a unit line right before the header gives after its unit (单位：万元　数据截至2020年6月30日),
    else None: the table's cells stand at it."""
    for k in range(header - 1, max(0, header - 2) - 1, -1):
        line = text[lines[k].start:lines[k].end]
        if _unit_line(line) is not None:
            return find_as_of(text, (lines[k].start, lines[k].end), article_date)
    return None


# Kept per cell and unit: a table's cell is asked about by several readings (the block's, the
# labels', the rates', the payees'), and 1万元, 1家, 100%, 序号 recur across tables; find_numbers
# gives the same figures for the same string, as immutable mentions (tests/test_tables_cue_index.py).
@lru_cache(maxsize=4096)
def _figure(cell: str, unit: str) -> NumberMention | None:
    """The one figure a cell holds, whole: as written (97.9%, 1342家), else with the column's unit
    after it (1342 under 复工企业(家)); None for a cell that is not exactly one figure."""
    for written in ((cell, cell + unit) if unit else (cell,)):
        found = find_numbers(written, with_missing=False)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(written):
            return found[0]
    return None


class _WordIndex:
    """A word table's words by their first two characters (a word of one by that one): every word
    a name holds starts at one of the name's own character pairs, so a lookup tries the few words
    those pairs key instead of every word of the table (1,489 money cues for a 6-character header).
    `within` gives them in the table's order, so ties fall as in a pass over the whole table."""

    def __init__(self, words) -> None:
        self.words = words
        self.size = len(words)
        self.by_key: dict[str, list[tuple[int, str, object]]] = {}
        for order, (word, meaning) in enumerate(words.items()):
            self.by_key.setdefault(word[:2], []).append((order, word, meaning))

    def within(self, name: str) -> list[tuple[str, object]]:
        """The (word, meaning) pairs that may occur in `name`, in table order: a superset of those
        that do (the caller still tests each), never missing one."""
        keys = {name[i:i + 2] for i in range(len(name) - 1)}
        keys.update(name)
        keys.add("")  # an empty word, were a table to hold one, is in every name
        found = [entry for key in keys for entry in self.by_key.get(key, ())]
        found.sort()  # by order alone: orders are unique
        return [(word, meaning) for _, word, meaning in found]


_WORD_INDEXES: dict[int, _WordIndex] = {}


def _indexed(*tables) -> None:
    for table in tables:
        _WORD_INDEXES[id(table)] = _WordIndex(table)


def _candidates(name: str, words):
    """The items of `words` worth testing against `name`: through its index when the table is one
    of the module's own (unchanged since: same size), else all of them (a table made on the fly)."""
    index = _WORD_INDEXES.get(id(words))
    if index is None or index.words is not words or index.size != len(words):
        return words.items()
    return index.within(name)


def _longest_cue(name: str, words: dict[str, tuple]) -> tuple[str, tuple] | None:
    best = None
    for word, meaning in _candidates(name, words):
        if word in name and (best is None or len(word) > len(best[0])):
            best = (word, meaning)
    return best


def _form_cue(name: str) -> tuple[str, tuple] | None:
    """A rate word of a sector written by its shape in `name` (复航率: measures.SECTOR_RATE_FORM),
    as _longest_cue gives a listed one."""
    word = SECTOR_RATE_FORM.word_in(name)
    return None if word is None else (word, (SECTOR_RATE_FORM.category, SECTOR_RATE_FORM.role))


# The money cues that name a measure (not a generic 减免 nor a context word): a header's head among them.
_MONEY_NAMING = {word: meaning for word, meaning in MONEY_WORDS.items() if meaning[1] == "money"}
# The money cues that name the family, not the kind (减免, 减负: cues.json money_generic).
_MONEY_GENERIC = {word: meaning for word, meaning in MONEY_WORDS.items() if meaning[1] == "money_generic"}
# The tables _longest_cue and _head_cue look words up in, indexed once (`_WordIndex`).
_indexed(MONEY_WORDS, PERCENT_WORDS, RATE_AFTER_OF, _MONEY_NAMING, _MONEY_GENERIC)
# The skip words (310), indexed as the cue tables are: a header is tested for the few its pairs key.
_SKIP_INDEX = _WordIndex(dict.fromkeys(_SKIP))


def _skip_words_in(name: str) -> list[str]:
    """The skip words `name` holds, in `_SKIP`'s order (once each)."""
    return [word for word, _ in _SKIP_INDEX.within(name) if word in name]


def _head_cue(name: str, words: dict[str, tuple]) -> tuple[str, tuple] | None:
    """The cue a money header or label names its measure by: the compound's head, which comes last
    (贷款贴息 is an interest subsidy, 担保费补贴 a subsidy: the cue ending last), the longest of those
    ending there (稳岗返还, not 返还), as the prose rules read a compound by its head."""
    best = None
    for word, meaning in _candidates(name, words):
        at = name.rfind(word)
        if at >= 0 and (best is None or (at + len(word), len(word)) > (best[0], len(best[1][0]))):
            best = (at + len(word), (word, meaning))
    return best[1] if best is not None else None


def _category(column: Column, num: NumberMention, naming: dict[str, tuple] = _MONEY_NAMING
              ) -> tuple[str, str, str, str] | None:
    """(category, unit, basis, cue) a figure under `column` takes, or None: the header's cue
    word of the figure's kind names it, as a cue stated once governs its list (SPEC §4);
    `naming`: the money cues that may name an amount's measure."""
    found = _category_of_cue(column, num, naming)
    if found is None or _not_done(column.name, found[3]):
        return None
    return found


def _money_or_generic_category(column: Column, num: NumberMention, caption: str = ""
                               ) -> tuple[str, str, str, str] | None:
    """`_category`, and for an amount under a header naming only the family (减免金额: cues.json
    money_generic) the generic cue's category, as prose reads a generic 减免 with no naming word,
    yielding to a measure the caption or lead names that prose's generic word yields to (减免国有房屋
    租金情况 over 减免金额: rent relief; cues.json yields_to). Not when the caption or lead names
    measures sharing the header's word (减免租金和减免社保费 over 减免金额): one such has named the
    header already (`_caption_named`), two leave it unsaid."""
    found = _category(column, num)
    if found is not None or num.kind != "money" or _caption_cues_sharing(column.name, caption):
        return found
    generic = _category(column, num, _MONEY_GENERIC)
    if generic is None:
        return None
    yields = BLOCKS[generic[0]].get("yields_to") or ()
    named = [w for w, meaning in _MONEY_NAMING.items() if meaning[0] in yields and w in caption]
    if len({MONEY_WORDS[w][0] for w in named}) == 1:
        return _category(Column(max(named, key=len) + column.name, column.unit), num)
    return generic


def _not_done(name: str, cue: str) -> bool:
    """A header naming a plan or what is not done (预期复工率, 拟复工企业, 未复工企业, 应复工企业):
    judged as the words before a figure in prose are, its figures are no facts."""
    planned = name
    for word in _NOT_FORECAST:
        planned = planned.replace(word, "")
    if any(word in planned for word in _FORECAST) or any(word in name for word in _NOT_YET):
        return True
    at = name.find(cue)
    return at > 0 and name[:at].endswith(_UNDONE_BEFORE_CUE)


def _of_a_past_year(name: str, article_date: dt.date | None) -> bool:
    """A column or a row's cell naming a year before the recovery (tables.json
    recovery_first_year): 2019年减免租金, and in a 2020 article 去年同期开工率, 上年减免租金. A year
    of the recovery is a fact of it, whenever the article is dated (2020年减免租金 in a 2021
    review); a relative year followed or preceded by words that make it a start or a reference
    (去年底以来新增贷款: a 2020 flow; 占去年同期比例: a ratio of now) names no past period."""
    if any(int(y) < _RECOVERY_FIRST_YEAR for y in _YEAR.findall(name)):
        return True
    year = article_date.year if article_date is not None else None
    for word, back in _PAST_YEARS.items():
        at = name.find(word)
        if at < 0 or name[:at].endswith(_PAST_YEAR_NOT_BEFORE) \
                or any(w in name[at + len(word):] for w in _PAST_YEAR_NOT_AFTER):
            continue
        if year is None or year + back < _RECOVERY_FIRST_YEAR:
            return True
    return False


def _comparison_columns(names: list[str], article_date: dt.date | None = None) -> list[bool]:
    """Which columns (after the first, the rows' names) hold the period the table compares with:
    a header opening with a comparison word after a year at most (2020年同期, 上年同期, 去年同期复工率),
    or with a year before the article's where another column names this year's same period
    (今年1-5月 | 2020年1-5月 in 2021), beside a column that does not (tables.json comparison_columns).
    Its cells are no facts of now."""
    marked = [k > 0 and (_compares(name) or _earlier_year_of_same_period(name, names, article_date))
              for k, name in enumerate(names)]
    return marked if any(not m for m in marked[1:]) else [False] * len(names)


_THIS_YEAR_WORDS = tuple(_T["this_year_words"])


def _earlier_year_of_same_period(name: str, names: list[str], article_date: dt.date | None) -> bool:
    """2020年1-5月 beside 今年1-5月 (or 2021年1-5月) in a 2021 article: the same period a year before, a
    comparison (tables.json this_year_words)."""
    m = _YEAR.match(name.strip())
    if m is None or article_date is None or int(m.group(1)) >= article_date.year:
        return False
    period = name.strip()[m.end():]
    if not period:
        return False
    this_year = (*_THIS_YEAR_WORDS, f"{article_date.year}年")
    return any(other.strip().startswith(w) and other.strip()[len(w):] == period
               for other in names[1:] for w in this_year)


def _compares(name: str) -> bool:
    """A header naming the period compared with at its start; not the start of a stretch reaching
    now or a share of now (去年底以来新增贷款, 去年同期占比: tables.json past_year_not_after)."""
    rest = _COMPARISON_YEAR.sub("", name.strip(), count=1)
    word = next((w for w in _COMPARISON if rest.startswith(w)), None)
    return word is not None and not any(w in rest[len(word):] for w in _PAST_YEAR_NOT_AFTER)


def _row_of_a_past_year(text: str, line: _Line, article_date: dt.date | None) -> bool:
    """A data row one of whose cells after its place names a past year (区 | 年度 | 减免租金 over
    江宁区 | 2019年 | 1200): its figures are of that year, as a past-year column's are."""
    return any(_of_a_past_year(text[s:e], article_date) for s, e in line.cells[1:])


def _category_of_cue(column: Column, num: NumberMention, naming: dict[str, tuple] = _MONEY_NAMING
                     ) -> tuple[str, str, str, str] | None:
    name = column.name
    if any(word not in column.exempt for word in _skip_words_in(name)) and _skipped(name, column.exempt, naming):
        return None
    if num.kind == "money":
        found = _head_cue(name, naming)
        if found is None or num.unit not in ("CNY", "USD"):
            return None
        cue, (category, _) = found
        # 人均补贴（元）, or a unit per person in the header's brackets (金额（元/人）| 1000, read as
        # 1000元/人; cues.json per_unit_markers): each cell is what each person gets.
        per_person = PER_UNIT_OF.get(num.per or "", "")
        per_person = per_person if per_person.startswith("CNY/person") else ""
        per_head = bool(per_person) or any(word in name for word in _PER_HEAD)
        unit = (per_person or f"{num.unit}/person") if per_head and num.unit == "CNY" else num.unit
        per_firm = not per_head and any(word in name for word in _PER_BENEFICIARY_HEADS)
        return (category, unit, "per_beneficiary" if per_head or per_firm else "total", cue) \
            if unit in BLOCKS[category]["units"] else None
    if num.kind == "percent":
        found = _longest_cue(name, PERCENT_WORDS) or _form_cue(name) or _longest_cue(name, RATE_AFTER_OF)
        if found is None or found[1][0] is None:
            return None
        cue, (category, _) = found
        if "ratio" not in BLOCKS[category]["units"]:
            return None
        return category, "ratio", BLOCKS[category].get("rate_basis", "per_beneficiary"), cue
    return _count_category(name, num)


def _skipped(name: str, exempt: str, naming: dict[str, tuple]) -> bool:
    """Whether a header holds a skip word (tables.json skip_columns, cues.json out-of-scope words) of
    its own: not one only straddling its money cue's edge (新增减税降费: 增减 across 新增 and 减税降费,
    no change of anything), which its characters make by chance; one inside the cue still counts."""
    head = _head_cue(name, naming)
    rest = name.replace(head[0], "\n") if head else name
    return any(word not in exempt and (word in rest or (head and word in head[0])) for word in _skip_words_in(name))


def _count_category(name: str, num: NumberMention) -> tuple[str, str, str, str] | None:
    """A count's category: the longest count cue of a category in the header whose counters
    hold the figure's counter, no blocker of that category in the header."""
    best = None
    for category, block in BLOCKS.items():
        count = block.get("count")
        if not count or any(b in name for b in block.get("blockers", ())):
            continue
        units = [u for u, counters in count["counters"].items() if num.unit in counters]
        if not units:
            continue
        if len(units) > 1:  # 个: projects or firms, as the header's head word says
            units = [u for u in units if any(h in name for h in count.get("heads", {}).get(u, ()))] or units[:1]
        for cue in count["cues"]:
            if cue in name and (best is None or len(cue) > len(best[3])):
                best = (category, units[0], "total", cue)
    return best


def _bare_unit(column: Column) -> str:
    """The counter a column's bare numbers take when its header gives none: a count cue of a
    category whose counters have one unit (返岗人数 -> 人), a firm head for firms (复工企业 -> 家).
    None for a column of rates (返岗率: its cue holds 返岗, its figures are no persons)."""
    if column.unit:
        return column.unit
    if _longest_cue(column.name, PERCENT_WORDS) is not None or _form_cue(column.name) is not None:
        return ""
    found = _count_category(column.name, _PROBE_PERSONS)
    if found is not None:
        return "人"
    found = _count_category(column.name, _PROBE_FIRMS)
    if found is not None and found[1] == "enterprises" and any(
            h in column.name for h in BLOCKS[found[0]]["count"].get("heads", {}).get("enterprises", ())):
        return "家"
    return _counter_named(column.name)


def _counter_named(name: str) -> str:
    """The counter a header's count word names (已复工户数 -> 户: tables.json count_head_counters) when
    the header's cue counts in it, as a head word names 家; "" for a count of no cue (在册户数)."""
    for word, counter in _COUNT_HEAD_COUNTERS.items():
        if name.endswith(word) and _count_category(name, replace(_PROBE_FIRMS, unit=counter)) is not None:
            return counter
    return ""


_PROBE_PERSONS = NumberMention(0, 0, 0, 0, 1.0, "count", "人", "exact")
_PROBE_FIRMS = NumberMention(0, 0, 0, 0, 1.0, "count", "家", "exact")


class _Line(NamedTuple):
    start: int
    end: int
    cells: list[Span] | None


def _lines(text: str, raw: dict[str, list[str]]) -> list[_Line]:
    out, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        row = line.strip() and not _bracketed(line)
        out.append(_Line(start, end, _cells_of_line(text, start, end, raw) if row else None))
        start = end + 1
    return out


def _bracketed(line: str) -> bool:
    """A line wholly in one pair of brackets (（截至2020年6月30日　单位：万元）): a caption's note of
    the table's date and unit, no row, however a space parts it; it may lead the table (its date)."""
    line = line.strip()
    return len(line) > 2 and line[0] in "(（[" and line[-1] in ")）]" \
        and not any(mark in line[1:-1] for mark in "()（）[]")


def _blocks(text: str, lines: list[_Line], raw: dict[str, list[str]] | None = None) -> list[tuple[int, list[int]]]:
    """(header line index, data line indexes) of each run of lines with one number of cells, rows
    one cell short under a share column (`_share_left_blank`: `raw` gives the header cleaning
    dropped), and a totals row one cell short right after it (`_spans_first_two`)."""
    blocks, i = [], 0
    while i < len(lines):
        if lines[i].cells is None:
            i += 1
            continue
        n, rows, j = len(lines[i].cells), [], i + 1
        while j < len(lines):
            if lines[j].cells is None and _rows_left_out(text, lines, j, n):
                j += 1  # 1 | 某公司 | 30 ⏎ …… ⏎ 86 | 某公司 | 3.6: one table
                continue
            if lines[j].cells is None or len(lines[j].cells) != n:
                if (padded := _share_left_blank(text, lines, i, lines[j], n, raw)) is None:
                    break
                lines[j] = padded  # 其中：制造业 418 271,304.12 under 项目 户数 金额 占比: no share
            rows.append(j)
            j += 1
        if rows and j < len(lines) and _spans_first_two(text, lines[j], n):
            rows.append(j)  # 合计 | | 1603 | 1522: the totals row ends the block
            j += 1
        elif rows and j < len(lines) and (padded := _short_total(text, lines, rows, j, n)) is not None:
            lines[j] = padded  # 合计 8家 238.55 under five columns: the one amount column's total
            rows.append(j)
            j += 1
        blocks.append((i, rows))
        i = max(j, i + 1)
    return blocks


def _share_left_blank(text: str, lines: list[_Line], first: int, line: _Line, n: int,
                      raw: dict[str, list[str]] | None) -> _Line | None:
    """A row one cell short under a header whose last column is a share of the total (项目 | 户数 |
    金额 | 占比 over 其中：制造业 | 418 | 271,304.12): a part of the row above, which states no share,
    its cells under the first columns and the share's left blank; else None. Only when the row ends
    in a figure, as the full rows' cell before the share does."""
    if line.cells is None or n < 3 or len(line.cells) != n - 1 \
            or not _BARE_FIGURE.match(text[slice(*line.cells[-1])]):
        return None
    dropped = _dropped_header(text, lines, first, raw) if raw is not None else None
    if not (dropped[-1] if dropped else text[slice(*lines[first].cells[-1])]).startswith(_SHARE_COLUMNS):
        return None
    end = line.cells[-1][1]
    return line._replace(cells=line.cells + [(end, end)])


def _short_total(text: str, lines: list[_Line], rows: list[int], j: int, n: int) -> _Line | None:
    """A totals row written short after a list of `n` columns whose only figures are a running
    number and the last column (序号 企业名称 统一社会信用代码 补助类别 补助金额 over 1 某公司 9145…
    滞港仓储补助 50, then 合计 8家 238.55: the blank cells lost with their single spaces): the total
    word, at most a count of the rows it sums (tables.json total_row_counters), and one figure.
    The line with its cells laid under the columns (the figure under the last, blanks between),
    else None."""
    line = lines[j]
    if line.cells is None or n < 3 or not 2 <= len(line.cells) <= 3 or len(line.cells) >= n - 1 \
            or text[slice(*line.cells[0])] not in _TOTAL_WORDS:
        return None
    middle = line.cells[1:-1]
    if any(not _ROWS_COUNTED.match(text[slice(*c)]) for c in middle) or not _a_figure(text[slice(*line.cells[-1])]):
        return None
    if any(_a_figure(text[slice(*c)]) for i in rows for c in lines[i].cells[1:-1]):
        return None  # another column of figures: which one the total sums is unknown
    blank = (line.cells[-1][0], line.cells[-1][0])
    cells = [line.cells[0], middle[0] if middle else blank] + [blank] * (n - 3) + [line.cells[-1]]
    return line._replace(cells=cells)


def _a_figure(cell: str) -> bool:
    """Whether a cell is one figure, bare (238.55) or with its unit (238.55万元)."""
    return bool(_BARE_FIGURE.match(cell)) or _figure(cell, "") is not None


def _rows_left_out(text: str, lines: list[_Line], j: int, n: int) -> bool:
    """A line of ellipsis marks alone (……: tables.json ellipsis_rows) between rows of `n` cells:
    rows left out of the table, not its end."""
    return text[lines[j].start:lines[j].end].strip() in _ELLIPSIS and j + 1 < len(lines) \
        and lines[j + 1].cells is not None and len(lines[j + 1].cells) == n


def table_measures(text: str, zones, *, article_date: dt.date | None,
                   raw: dict[str, list[str]], not_facts: list[Span] | None = None) -> list[Measure]:
    """The rows of the flattened tables of `text` (zones: the article's ArticleZones or a
    window's view of it); `not_facts`, when given, gets the cells a table's header says are no
    measure (拨付率 beside 实际拨付金额: `_rates_of_no_measure`), which no prose rule may read either."""
    if not any(sep in text for sep in _SEPARATORS) and not raw:
        return []  # nearly every article: no table can be here
    head = _header_carried_into(text, zones, raw)
    if head:
        # A window opening inside a table: read it under the table's header (and the caption and
        # lead above it), written before the window's text; the view starts as far before the
        # window, so the header stands where the table's earlier rows do (same section, notice).
        view = type(zones)(zones.whole, zones.offset - len(head))
        spans: list[Span] = []
        found = _tables_of(head + text, view, article_date, raw, spans)
        if not_facts is not None:
            not_facts += [(s - len(head), e - len(head)) for s, e in spans if s >= len(head)]
        return [_moved(m, -len(head)) for m in found if m.span_start >= len(head)]
    return _tables_of(text, zones, article_date, raw, not_facts)


def _tables_of(text: str, zones, article_date: dt.date | None, raw: dict[str, list[str]],
               not_facts: list[Span] | None = None) -> list[Measure]:
    lines, blocks = _lines_and_blocks(text, raw)
    rows: list[Measure] = []
    title_date: dict[str, dt.date | None] = {}  # the title's date, read once per article when a table needs it
    header_units: dict[tuple, str] = {}  # the unit line each header was read with (`_repeated_header_unit`)
    for header, data in blocks:
        dropped = _dropped_header(text, lines, header, raw)
        if dropped is None:
            dropped = _caption_as_header(text, lines, header, data)
        if dropped is not None:  # the block's first line is its first data row
            rows += _block_measures(text, zones, lines, header, [header] + data, article_date, dropped, not_facts,
                                    title_date, header_units)
        else:
            rows += _block_measures(text, zones, lines, header, data, article_date, not_facts=not_facts,
                                    title_date=title_date, header_units=header_units)
    return rows


_CAPTION_HEADERS = _T["caption_as_header"]


def _caption_as_header(text: str, lines: list[_Line], first: int, data: list[int]) -> list[str] | None:
    """The header an annex's caption stands for over a block of two cells a line, a place and an
    amount with its unit, and no header line (附：各园区上半年扶持资金兑现情况 over 兴化园区　3210万元:
    tables.json caption_as_header): an empty first cell and the caption's words, which name the
    measure every amount below is; None when the block has a header or no such caption."""
    k = first - 1
    while k >= 0 and lines[k].start == lines[k].end:
        k -= 1
    if k < 0 or lines[k].cells is not None or len(lines[first].cells) != 2:
        return None
    caption = text[lines[k].start:lines[k].end].strip()
    opener = next((o for o in _CAPTION_HEADERS["openers"] if caption.startswith(o)), None)
    if opener is None or not caption.endswith(tuple(_CAPTION_HEADERS["endings"])) \
            or not any(w in caption for w, meaning in MONEY_WORDS.items() if meaning[1] == "money"):
        return None
    for i in [first] + data:
        num = _figure(text[slice(*lines[i].cells[1])], "")
        if num is None or num.kind != "money":
            return None  # every row an amount written with its unit, as a caption gives none
    words = caption[len(opener):]
    # 各园区…情况: the caption says what the rows are, as a first header cell would (园区: part_columns)
    kind = next((c for c in _PART_COLUMNS if words.startswith(_CAPTION_HEADERS["each"] + c)), "")
    return [kind, words]


def _header_carried_into(text: str, zones, raw: dict[str, list[str]]) -> str:
    """The lines a window of a long text needs before it when it opens inside a table (a payee
    list of 400 firms runs over several windows): the table's header line and the lines of its
    caption and lead above it, as the whole text has them; "" when the window opens no table's
    later rows (or `text` is the whole). Without them the window's first row is read as a header."""
    whole, offset = whole_text(text, zones)
    if not offset or whole[offset - 1] != "\n":
        return ""
    first_end = text.find("\n")
    if first_end < 0 or not text[:first_end].strip() or _cells_of_line(text, 0, first_end, raw) is None:
        return ""  # nearly every window: it opens with prose
    lines, header_of = _table_rows_of(whole, raw)
    header = header_of.get(offset)
    if header is None:
        return ""
    k, before = header, 0
    while k > 0 and before < _CARRIED_LINES_BEFORE:
        k -= 1
        before += lines[k].start != lines[k].end
    return whole[lines[k].start:lines[header].end + 1]


# The non-empty lines above a table's header a window opening inside it is given with the
# header: what `_caption_text`, `_lead_line` and a unit line read (caption, lead, 单位：万元).
_CARRIED_LINES_BEFORE = 3
# The last whole text's table lines and the header line of each data row's line start
# (`_table_rows_of`): the windows of one long text ask it in turn.
_LAST_TABLE_ROWS: list = [None, None]


def _table_rows_of(whole: str, raw: dict[str, list[str]]) -> tuple[list[_Line], dict[int, int]]:
    """The lines of the whole text and, by the start of each table data row's line, its table's
    header line index: found once per text, however many windows it is read in."""
    if _LAST_TABLE_ROWS[0] is not whole:
        lines = _lines(whole, raw)
        header_of = {lines[i].start: header for header, data in _blocks(whole, lines, raw) for i in data}
        _LAST_TABLE_ROWS[:] = [whole, (lines, header_of)]
    return _LAST_TABLE_ROWS[1]


def table_line_starts(text: str, raw: dict[str, list[str]]) -> frozenset[int]:
    """The starts of the lines of `text` the table reader takes for a table: a block's header and
    its data rows, at least `min_data_rows` of them. Such a line is short and ends in no mark once
    cleaning has glued its cells (5眉山锦弘眉山市彭山区财政局…200.00), yet it is a row, no headline:
    the place one cell names (a payer) opens no section over the prose after the table."""
    if not any(sep in text for sep in _SEPARATORS) and not raw:
        return frozenset()  # nearly every article: no table can be here
    lines, blocks = _lines_and_blocks(text, raw)
    return frozenset(lines[i].start for header, data in blocks if len(data) >= _MIN_ROWS
                     for i in (header, *data))


# The last text's lines and blocks (`_lines_and_blocks`): `table_line_starts` reads them for the
# article's text, then `_tables_of` for the same text object again (a text read in one window:
# most articles), each a pass over every line (5 % of the tables' time, twice).
_LAST_LINES_AND_BLOCKS: tuple = (None, None, None)


def _lines_and_blocks(text: str, raw: dict[str, list[str]]) -> tuple[list[_Line], list[tuple[int, list[int]]]]:
    """`lines = _lines(text, raw)` and `_blocks(text, lines, raw)` (which pads some of `lines`),
    read once for the last text and raw rows asked (the same objects: a str cannot change, and
    `raw` is not written after `raw_rows`). Handed out as fresh lists each time, since the block
    readers replace lines (`_Line` is a tuple; no reader changes a line's cell list in place)."""
    global _LAST_LINES_AND_BLOCKS
    last = _LAST_LINES_AND_BLOCKS  # read once: a worker's other thread may replace it meanwhile
    if last[0] is not text or last[1] is not raw:
        lines = _lines(text, raw)
        blocks = _blocks(text, lines, raw)
        last = _LAST_LINES_AND_BLOCKS = (text, raw, (tuple(lines), tuple((header, tuple(data)) for header, data in blocks)))
    lines, blocks = last[2]
    return list(lines), [(header, list(data)) for header, data in blocks]


def _moved(m: Measure, by: int) -> Measure:
    """A table row found in a longer text, its positions moved by `by` characters."""
    return replace(m, span_start=m.span_start + by, span_end=m.span_end + by,
                   sentence_start=m.sentence_start + by, sentence_end=m.sentence_end + by)


def _is_figures_line(cells: list[str]) -> bool:
    """A line with a cell that is one figure, whole: a data row, no header (a header names columns)."""
    return any(_DIGIT.search(c) and _figure(c, "") for c in cells)


def _dropped_header(text: str, lines: list[_Line], first: int, raw: dict[str, list[str]]) -> list[str] | None:
    """The cells of the header cleaning dropped above a block whose first line is a row of
    figures: the raw row right before that line, with as many cells, when the cleaned text
    lacks it (开发区 复工率 返岗率 reads as a site's menu). None when there is no such row."""
    previous = getattr(raw, "previous", None)
    line = lines[first]
    if not previous or not any(_a_figure(text[s:e]) for s, e in line.cells):
        return None  # 1342 or 286万元: a row of figures, bare or with their unit, under a header
    cells = previous.get("".join(text[line.start:line.end].split()))
    if cells is None or len(cells) != len(line.cells):
        return None
    k = first - 1
    while k >= 0 and lines[k].start == lines[k].end:
        k -= 1
    if k >= 0 and "".join(text[lines[k].start:lines[k].end].split()) == "".join(cells):
        return None  # it is there: a line of another number of cells, no header of this block
    return cells


def _row_zone(text: str, zones, cell: Span) -> str | None:
    """The one zone the first cell names, whole (吴中区, 西安高新区), else None: none for a firm's
    name (贵港市某某有限公司: tables.json firm_name_ends), which holds a place but is none."""
    if text[slice(*cell)].endswith(_FIRM_NAME_ENDS):
        return None
    keys = set(zones.zones_between(*cell))
    if len(keys) == 2:
        return _bracketed_jurisdiction(text, zones, cell)
    return keys.pop() if len(keys) == 1 else None


def _bracketed_jurisdiction(text: str, zones, cell: Span) -> str | None:
    """The zone of a row naming a part of a new area with the jurisdiction it is run by in brackets
    (昌北组团（南昌经开区）, 临空组团（南昌临空经济区）: tables.json bracketed_jurisdiction_parts end the
    name before the bracket): the bracketed jurisdiction, whose figures the part's row gives (SPEC §5:
    the zone is the jurisdiction); any other cell naming two zones stays no one zone's."""
    m = _PART_WITH_JURISDICTION.fullmatch(text[slice(*cell)])
    if m is None:
        return None
    inner = set(zones.zones_between(cell[0] + m.start("inner"), cell[0] + m.end("inner")))
    return inner.pop() if len(inner) == 1 else None


def _rows_part_of(text: str, zones, cells: list[Span], enclosing: str | None) -> bool:
    """Whether a row names a part of the enclosing place before its bracketed jurisdiction (赣江新区
    over 昌北组团（南昌经开区）, the zone 赣江新区昌北组团): the rows are that place's parts, so it
    holds them and takes the totals row, though their jurisdictions lie in other cities."""
    if enclosing is None:
        return False
    for cell in cells:
        m = _PART_WITH_JURISDICTION.fullmatch(text[slice(*cell)])
        if m is not None and any(key != enclosing and key.startswith(enclosing)
                                 for key in zones.zones_between(cell[0], cell[0] + m.start("inner"))):
            return True
    return False


def _kind_row_zone(text: str, zones, cell: Span, enclosing: str | None) -> str | None:
    """A row named by a bare zone kind (边境经济合作区, 综合保税区) in a table of the enclosing place's
    zones: the one zone of that kind the article names inside that place (绥芬河边合区 under
    绥芬河市), as the bare kind refers back in prose; None when the article names none."""
    short = _KIND_SHORTS.get(text[slice(*cell)])
    if short is None or enclosing is None or zones.zones.get(enclosing) is None:
        return None
    found = [key for key, z in zones.zones.items()
             if key != enclosing and z.zone_name.endswith(short) and _holds(enclosing, z)]
    return found[0] if len(found) == 1 else None


def _block_measures(text: str, zones, lines: list[_Line], header: int, data: list[int],
                    article_date: dt.date | None, dropped: list[str] | None = None,
                    not_facts: list[Span] | None = None,
                    title_date: dict[str, dt.date | None] | None = None,
                    header_units: dict[tuple, str] | None = None) -> list[Measure]:
    """The rows of one block; `dropped`: the cells of its header when cleaning dropped the header
    line (`header` is then the block's first data line, the place the header stood); `not_facts`
    gets the cells of a table of measures or kinds its header says are no measure."""
    head_cells = dropped if dropped is not None else [text[s:e] for s, e in lines[header].cells]
    if _is_figures_line(head_cells):
        return []  # a header names columns: a line of figures is no header
    # Under a notice's title (拟拨付名单公示), 拟发放 and 拟贴息金额 name payments decided, not planned
    # (cues.json _decided_in_notice): the header, lead and caption read without that 拟.
    as_meant = without_decided_plans if in_public_notice(text, lines[header].start, zones) else str
    head_cells = [as_meant(c) for c in head_cells]
    data = [i for i in data if not all(_FILLER.match(text[s:e]) or text[s:e] in _ELLIPSIS for s, e in lines[i].cells)]
    head_cells, lines = _without_ordinal_column(text, head_cells, lines, data)
    head_cells, lines, payee_places = _without_payee_place_column(text, head_cells, lines, data)
    # A row one cell short left (no running number to stand for): its cells would fall under the
    # wrong columns.
    data = [i for i in data if len(lines[i].cells) == len(head_cells)]
    firsts = [text[slice(*lines[i].cells[0])] for i in data]
    enclosing, enclosing_rule = _enclosing_zone(zones, _header_position(lines, header, dropped is not None))
    # A first header naming kinds (类型, 园区类型 | 园区数 over 高新区 | 3): a row of a bare zone kind is
    # every park of that kind, no one zone of it.
    kinds_header = bool(head_cells) and any(word in head_cells[0] for word in _KIND_COLUMNS)
    kind_zones = {i: z for i, first in zip(data, firsts) if first in _KIND_SHORTS and not kinds_header
                  and (z := _kind_row_zone(text, zones, lines[i].cells[0], enclosing)) is not None}
    places = [(i, first) for i, first in zip(data, firsts)
              if first in _TOTAL_WORDS or first in _OWN_LEVEL_ROWS or first in _REST_ROWS or first in _TOWN_ROWS
              or i in kind_zones
              or _row_zone(text, zones, lines[i].cells[0]) is not None]
    # 街道 | 已复市（户） over 兆麟街道: a table of parts the gazetteer holds (nearly) none of, every row a
    # part of the enclosing place; a table of zones (区域 over 金水区, 其他区县) stays one of its zones.
    # A totals or own-level row (合计, 高新区本部) names no part: the parts may still be the rest.
    named_places = [first for _, first in places if first not in _TOTAL_WORDS and first not in _OWN_LEVEL_ROWS]
    parts = len(named_places) < _MIN_ROWS and _rows_of_parts(head_cells, firsts)
    # 海虞镇 among 常熟高新区, 常熟经开区: a town's own row in a table of places is the place's part, as is
    # 生物科技产业园区 among 东川工业园区, 甘河工业园区 (a park named without a place)
    town_named = {i for i, first in zip(data, firsts) if len(places) >= _MIN_ROWS
                  and (_names_one_town(first) or _names_one_park(first))
                  and i not in {j for j, _ in places}}
    # 市级国有企业 beside 平湖经开区, 钟埭街道: the holding place's own bodies, its own row as 市直 is
    placed = {j for j, _ in places}
    own_prefixed = {i for i, first in zip(data, firsts) if len(places) >= _MIN_ROWS and _own_level_prefixed(first)
                    and i not in town_named and i not in placed}
    places = sorted(places + [(i, first) for i, first in zip(data, firsts) if i in town_named or i in own_prefixed])
    if parts:
        places = [(i, first) for i, first in zip(data, firsts) if first]
    units = [k for k, c in enumerate(head_cells) if k and c.strip(":：") in _UNIT_COLUMN]
    labelled = len(places) < _MIN_ROWS and len(units) != 1 and _measures_labelled(firsts)
    lead = _lead_line(text, lines, header)
    payee_rows = len(units) != 1 and not labelled \
        and _rows_of_payees(head_cells, as_meant(text[lines[lead].start:lines[lead].end]) if lead is not None else "")
    payees = payee_rows and len(places) < _MIN_ROWS
    # 楼宇名称 | 减免金额 over 湖南省大学科技园: carriers, no places, whatever place a name holds; a
    # carrier header over cells that are each a place's whole name (载体 | 雨湖区) heads places
    # (tables.json _carrier_columns_note). A carrier column after a first one of places (县区 | 载体)
    # leaves the places theirs.
    carriers = payee_rows and not payees and _carrier_column(head_cells) == 0 \
        and not _each_a_place(text, zones, lines, data, firsts, 0)
    kinds = len(places) < _MIN_ROWS and len(units) != 1 and not labelled and not payees \
        and _rows_of_kinds(head_cells)
    dated = len(places) < _MIN_ROWS and len(units) != 1 and not labelled and not payees and not kinds \
        and _rows_of_dates(head_cells, firsts)
    periods = len(places) < _MIN_ROWS and len(units) != 1 and not labelled and not payees and not kinds \
        and not dated and _rows_of_periods(head_cells, firsts)
    if len(places) < _MIN_ROWS and len(units) != 1 and not labelled and not payees and not kinds and not dated \
            and not periods:
        return []
    unit_line = next((u for k in range(max(0, header - 2), header)
                      if (u := _unit_line(text[lines[k].start:lines[k].end])
                          or _caption_unit(text[lines[k].start:lines[k].end])) is not None), "")
    unit_line = _repeated_header_unit(tuple(head_cells), unit_line, header_units)
    notes = _unit_notes(text[lines[max(0, header - 2)].start:lines[header].start])
    columns = _resumed_of_firm_count(
        _staff_of_resumed(_per_head_named([_column(c, unit_line, notes) for c in head_cells])))
    caption = as_meant(_caption_text(text, lines, header))
    if any(word in caption for word in _CAPTION_PLAN):
        return []  # 助企资金拟兑付计划表: a plan's figures, no facts yet (SPEC §4)
    columns = _parts_named(_caption_named(columns, caption))
    lead_text = text[lines[lead].start:lines[lead].end] if lead is not None else ""
    as_of = _unit_line_as_of(text, lines, header, article_date) \
        or (find_as_of(text, (lines[lead].start, lines[lead].end), article_date) if lead is not None else None) \
        or _heading_as_of(lead_text, article_date) \
        or _caption_period_end(caption, article_date) \
        or section_cutoff_as_of(text, lines[header].start, article_date) \
        or (_title_as_of(text, zones, article_date, title_date) if not _LEAD_DATED.search(lead_text) else None) \
        or bulletin_lead_as_of(text, lines[header].start, article_date)  # 现将3月5日情况通报如下 over the table
    as_ofs = [_header_as_of(column.name, article_date) or _header_period_end(column.name, article_date) or as_of
              for column in columns]
    compared = _comparison_columns([column.name for column in columns], article_date)
    read = [not _of_a_past_year(column.name, article_date) and not compared[k]
            and not _period_not_ended(column.name, article_date) for k, column in enumerate(columns)]
    if not_facts is not None and any(compared):
        # 2020年同期 | 2135万元: the prose rules would read the cell by its row's label; the header says no
        not_facts += [lines[i].cells[k] for i in data for k in range(len(columns)) if compared[k]]
    if labelled:
        found = _labelled_measures(text, lines, data, firsts, head_cells, columns, unit_line, as_ofs, read,
                                   (enclosing, enclosing_rule), caption.split("\n")[-1])
        if not_facts is not None:
            # 单家企业上限 | 30万元: the header says cap, which the prose rules cannot see; its reading stands
            not_facts += [(m.span_start, m.span_end) for m in found if m.rule.split(":")[1].endswith("_cap")]
        return _noting_rates_of_no_measure(found, text, lines, data, columns, not_facts)
    if payees or carriers:
        # a carrier list is read as places only when no payment comes of it
        title = as_meant(notice_title(text, lines[header].start, zones))
        columns = _paying_named(columns, caption, title)
        if _names_lenders(head_cells[0].strip()):
            columns = _lent_named(columns, caption, unit_line)
        paid = _payee_measures(text, lines, data, firsts, head_cells, columns, unit_line, as_ofs, read,
                               (enclosing, enclosing_rule), caption, zones, payee_places)
        if paid or payees:
            return paid
    if dated:
        if any(word in caption + lead_text for word in _DATE_ROWS_PLAN):
            return []  # 复工进度安排如下：⏎日期 | 复工企业（家）: the dates set for resuming, no levels observed
        return _dated_measures(text, lines, data, firsts, columns, read, article_date, (enclosing, enclosing_rule))
    if periods:
        return _period_measures(text, lines, data, firsts, columns, read, article_date, (enclosing, enclosing_rule),
                                caption)
    if kinds:
        found = _kind_measures(text, lines, data, firsts, columns, unit_line, as_ofs, read,
                               (enclosing, enclosing_rule))
        return _noting_rates_of_no_measure(found, text, lines, data, columns, not_facts)
    if len(places) < _MIN_ROWS:
        given = lead is not None and any(w in text[lines[lead].start:lines[lead].end] for w in _GOODS_GIVEN)
        return _goods_measures(text, lines, data, firsts, columns, units[0], as_ofs, read, given,
                               (enclosing, enclosing_rule))
    if not payee_rows:
        columns = _places_paid_named(columns, caption, as_meant(notice_title(text, lines[header].start, zones)),
                                     unit_line)
    row_keys = {kind_zones.get(i) or _row_zone(text, zones, lines[i].cells[0]) for i, first in places
                if first not in _TOTAL_WORDS and first not in _OWN_LEVEL_ROWS and first not in _REST_ROWS
                and first not in _TOWN_ROWS and i not in town_named and i not in own_prefixed}
    lead_text = text[lines[lead].start:lines[lead].end] if lead is not None else ""
    origins = any(word in columns[0].name for word in _ORIGIN) \
        or _rows_of_origins_by_lead(zones, columns[0].name + "\n" + lead_text, row_keys, enclosing)
    if origins and (enclosing is None or enclosing in row_keys):
        return []  # rows of origins, and no other place the people went to
    total_zone, total_rule = _totals_zone(zones, row_keys, enclosing, enclosing_rule)
    if (holder := _own_level_named(text, zones, [lines[i].cells[0] for i, first in places
                                                 if first.endswith(_OWN_LEVEL_SUFFIXES)])) is not None:
        # 经开区本级 | 综合保税区 | 合计: the zone whose own level is a row holds the rest, the total is its
        total_zone, total_rule = holder, (enclosing_rule if holder == enclosing else "table_total")
    if _rows_part_of(text, zones, [lines[i].cells[0] for i, _ in places], enclosing):
        total_zone, total_rule = enclosing, enclosing_rule  # 合计 over 昌北组团（南昌经开区）…: 赣江新区's
    if total_rule == "table_total" and "table_total" in getattr(getattr(zones, "attributor", None), "disabled", ()):
        total_zone, total_rule = None, "none"  # switched off (build --disable-rule table_total): no zone
    # 园区 | 复工率 over a new area's parks: its 合计 is the new area's, whatever the gazetteer says of the parks
    parts_total = enclosing is not None and not origins and _heads_parts_total(head_cells) \
        and not any(word in caption + lead_text for word in _PARTS_TOTAL_WIDER) \
        and not any(getattr(zones.zones.get(k), "zone_type", None) in _DIVISION_TYPES for k in row_keys)
    out = []
    for i, first in places:
        line = lines[i]
        if _row_of_a_past_year(text, line, article_date):
            continue  # 江宁区 | 2019年 | 1200: a row of a year before the recovery, as a column of one
        # The schema's zone rules: the row's place is the place written before the figure in its
        # clause (the row); a totals row takes the place holding the rows' places (the enclosing
        # place when it does, else their common city). A row of an origin (出发地 | 返岗人数)
        # takes the enclosing place. zone_candidates says which table row decided
        # (table_row:吴中区, table_total:合计, table_origin:南充市).
        if (first in _OWN_LEVEL_ROWS or i in own_prefixed) and not origins:
            # 市直 under a city's districts: the units the holding place runs itself, that place's row
            zone, zone_rule, candidates = total_zone, total_rule, f"table_own_level:{first}"
        elif first in _REST_ROWS and not origins:
            # 城区及其他 beside a city's zones: the rest of the holding place, that place's row
            zone, zone_rule, candidates = total_zone, total_rule, f"table_rest:{first}"
        elif first in _TOWN_ROWS and not origins:
            # 各乡镇 beside a district's parks: the towns of the place the table is about, its row
            zone, zone_rule, candidates = ((enclosing, enclosing_rule) if enclosing is not None and first.startswith(_REST_TOWN_OPENERS)
                                           else _towns_zone(row_keys, (enclosing, enclosing_rule), (total_zone, total_rule), zones)) \
                + (f"table_towns:{first}",)  # 其他乡镇 beside the place's parks: the rest of the enclosing place
        elif i in town_named and not origins:
            # 阜宁镇 beside 综合保税区 under 绥芬河市: a town of the place the table is about, its row
            zone, zone_rule, candidates = _towns_zone(row_keys, (enclosing, enclosing_rule), (total_zone, total_rule), zones) \
                + (f"table_town:{first}",)
        elif i in kind_zones and not origins:
            # 边境经济合作区 under 绥芬河市: the enclosing place's zone of that kind (_kind_row_zone)
            zone, zone_rule, candidates = kind_zones[i], "clause_before", f"table_kind_row:{first}"
        elif first in _TOTAL_WORDS and origins:
            # 合计 under rows of origins (来源地 | 返岗人数): all the people the enclosing place took in
            zone, zone_rule, candidates = enclosing, enclosing_rule, f"table_total:{first}"
        elif first in _PARTS_TOTAL_WORDS and parts_total and total_zone != enclosing:
            zone, zone_rule, candidates = enclosing, enclosing_rule, f"table_parts_total:{first}"
        elif first in _TOTAL_WORDS:
            zone, zone_rule, candidates = total_zone, total_rule, f"table_total:{first}"
        elif origins:
            zone, zone_rule, candidates = enclosing, enclosing_rule, f"table_origin:{first}"
        elif parts and (zone := _row_zone(text, zones, line.cells[0])) is None:
            # 兆麟街道 under 街道: a part the gazetteer holds no zone for, the enclosing place's row
            zone, zone_rule, candidates = enclosing, enclosing_rule, f"table_part:{first}"
        else:
            zone = _row_zone(text, zones, line.cells[0])
            zone_rule, candidates = "clause_before", f"table_row:{first}"
        for k, (column, (s, e)) in enumerate(zip(columns, line.cells)):
            if not k or not read[k]:
                continue
            column = _row_own_counted(column, first)
            num = _cell_figure(text[s:e], _bare_unit(column), unit_written=bool(column.unit),
                               counted=any(word in column.name for word in _COUNT_HEADS))
            found = num and _money_or_generic_category(column, num, caption)
            if found:
                out.append(_measure(found, num, (s, e), line, as_ofs[k], zone, zone_rule, candidates,
                                    column.named_by or "header"))
    return out


def _names_one_town(first: str) -> bool:
    """Whether a row's first cell is one town's or street's own name (海虞镇, 虞山街道), not a kind
    of town or the towns together (重点镇, 乡镇: tables.json town_name_rows)."""
    return _TOWN_NAME_ROW.fullmatch(first) is not None and first not in _TOWN_ROWS \
        and not first.endswith(_TOWN_NAME_ROW_NOT)


def _own_level_prefixed(first: str) -> bool:
    """Whether a row's first cell names a level's own bodies or firms by its level's word (市级国有企业,
    县属国有企业: tables.json own_level_prefixed_rows), not a group of zones or places of that level.
    Asked only of rows that named no zone."""
    return first.startswith(_OWN_LEVEL_PREFIXES) and not any(w in first for w in _OWN_LEVEL_PREFIXED_NOT) \
        and not any(first == p for p in _OWN_LEVEL_PREFIXES)


def _names_one_park(first: str) -> bool:
    """Whether a row's first cell is one park's own name holding no place (生物科技产业园区), not the
    parks together or a kind of park (各园区, 重点园区: tables.json park_name_rows). Asked only of rows
    that named no zone."""
    return _PARK_NAME_ROW.fullmatch(first) is not None and not first.endswith(_PARK_NAME_ROW_NOT)


def _towns_zone(row_keys: set, enclosing: tuple[str | None, str], total: tuple[str | None, str],
                zones=None) -> tuple[str | None, str]:
    """The zone of a towns row (各乡镇): the enclosing place, whose towns they are, unless that place
    is one of the table's rows (a park's lead), then the place holding the rows, as a total's; when
    no place holds them and the enclosing place is a division (长葛市, whose 产业集聚区 row reads as
    the city: tables.json division_holds_parts), that division still."""
    if enclosing[0] is not None and enclosing[0] not in row_keys:
        return enclosing
    if total[0] is None and enclosing[0] is not None and zones is not None \
            and getattr(zones.zones.get(enclosing[0]), "zone_type", None) in _DIVISION_TYPES:
        return enclosing
    return total


def _repeated_header_unit(head: tuple, unit_line: str, units: dict[tuple, str] | None) -> str:
    """The unit line a block is read with: its own, else the one an earlier table of the article
    with the very same header was read with. A notice lists its payees by section under one unit
    note (名单如下（金额单位：万元）：⏎（一）…⏎序号 企业名称 拟兑现金额 … ⏎（三）…⏎序号 企业名称 拟兑现金额):
    the same columns, the same unit, though the note stands only above the first."""
    if units is None:
        return unit_line
    if unit_line:
        units[head] = unit_line
        return unit_line
    return units.get(head, "")


def _rows_of_origins_by_lead(zones, words: str, row_keys: set, enclosing: str | None) -> bool:
    """Rows of places people came from, as the lead or the first header says (已返岗外省员工按省份
    统计如下 | 省份 | 返岗人数 under a 苏州工业园区 title; tables.json origin_lead_words: 外省, 外地,
    来源, 籍): the rows' places are origins when none of them holds the enclosing place or is held
    by it (SPEC §5: an origin is no fact's zone). A bare 省份 table of a national article, or one
    of 南京市's districts under 外地员工返岗, stays a table of the rows' places."""
    if enclosing is None or not any(word in words for word in _ORIGIN_LEAD):
        return False
    home = zones.zones.get(enclosing)
    records = [zones.zones.get(k) for k in row_keys if k is not None]
    if home is None or not records or any(r is None for r in records):
        return False
    return not any(_holds(enclosing, r) or _holds(r.zone_name, home) for r in records)


def _spans_first_two(text: str, line: _Line, n: int) -> bool:
    """A totals row whose total word fills the first two columns of a table of `n` cells opening
    with a running number (序号 | 县市区 | … over 合计 | | 1603: merged, its empty cell lost with
    the tab run): one cell short, its first cell a total word. `_without_ordinal_column` keeps it
    only when the table does open with a running number."""
    return line.cells is not None and n >= 3 and len(line.cells) == n - 1 \
        and text[slice(*line.cells[0])] in _TOTAL_WORDS


def _without_ordinal_column(text: str, head_cells: list[str], lines: list[_Line],
                            data: list[int]) -> tuple[list[str], list[_Line]]:
    """A table opening with a running number (序号 | 开发区 | 复工率, 1 | 西安高新区 | …): the
    header and the data rows without that column, so the place is the first cell again."""
    n = len(head_cells)
    merged = [i for i in data if _merged_total(text, lines[i], n)]
    # ⇥合计⇥30800: a totals row whose number cell is left blank, its total word under the second column
    unnumbered = [i for i in data if i not in merged and _unnumbered_total(text, lines[i], n)]
    numbered = [i for i in data if len(lines[i].cells) == n and i not in merged and i not in unnumbered]
    if not head_cells or head_cells[0].strip() not in _ORDINAL or not numbered \
            or not all(_RUNNING_NUMBER.match(text[slice(*lines[i].cells[0])]) for i in numbered):
        return head_cells, lines
    lines = list(lines)
    for i in numbered + unnumbered:
        lines[i] = lines[i]._replace(cells=lines[i].cells[1:])
    for i in merged:  # 合计⇥⇥5560: the total word over both columns, the blank cell no place
        lines[i] = lines[i]._replace(cells=lines[i].cells[:1] + lines[i].cells[2:])
    return head_cells[1:], lines


def _without_payee_place_column(text: str, head_cells: list[str], lines: list[_Line], data: list[int]
                                ) -> tuple[list[str], list[_Line], dict[int, Span]]:
    """A payout list whose first column names where each firm is (所属园区 | 企业名称 | 奖补事项 | 拨付金额,
    潇河产业园区 | 山西某某有限公司 | …: tables.json payee_place_columns before a payee_columns header):
    the header and rows without that column, so the firm is the first cell, as in any payout list,
    and each row's place cell (by line index) to give the payment its zone (`_payee_place_zones`)."""
    if len(head_cells) < 3 or head_cells[0].strip() not in _PAYEE_PLACE_COLUMNS \
            or head_cells[1].strip() not in _PAYEE_COLUMNS:
        return head_cells, lines, {}
    n, lines, places = len(head_cells), list(lines), {}
    for i in data:
        if len(lines[i].cells) == n:
            places[i] = lines[i].cells[0]
            lines[i] = lines[i]._replace(cells=lines[i].cells[1:])
    return head_cells[1:], lines, places


def _payee_place_zones(text: str, zones, places: dict[int, Span], enclosing: tuple[str | None, str]
                       ) -> dict[int, tuple[str | None, str, str]]:
    """(zone, zone rule, candidates) of each payment by the place cell of its row: the zone the cell
    names whole (潇河产业园区), else the enclosing place's, as a park or town the gazetteer lacks is
    a part of it (SPEC §5: a part's figure is its zone's); none for a place of the gazetteer the
    article's zones lack."""
    found = {}
    for i, cell in places.items():
        name = text[slice(*cell)]
        # cleaning glues the cell to the firm's name after it (潇河产业园区山西某某有限公司), a company
        # name no zone is found in: the cell is looked up among the article's zones by its words
        zone = _row_zone(text, zones, cell) or _zone_named(zones, name.strip())
        if zone is not None:
            found[i] = (zone, "clause_before", f"table_row:{name}")
        elif load_gazetteer().lookup(name.strip()):
            # a district the gazetteer holds but the article's zones lack (lost in the glued firm
            # name): its payment is that district's, never the enclosing place's (never guess)
            found[i] = (None, "none", f"table_row:{name}")
        else:
            found[i] = (enclosing[0], enclosing[1], f"table_part:{name}")
    return found


def _zone_named(zones, name: str) -> str | None:
    """The one zone of the article that `name` is a name of (its canonical name or an alias the
    article wrote), else None."""
    keys = [key for key, zone in zones.zones.items() if name in zone.aliases or name == zone.zone_name]
    return keys[0] if len(keys) == 1 else None


def _unnumbered_total(text: str, line: _Line, n: int) -> bool:
    """A totals row of `n` cells whose running-number cell is blank (⇥合计⇥30800⇥29346 under 序号 |
    项目 | …): its total word stands under the second column, where the rows' labels do. So does a
    row of the rest left unnumbered (⇥其余9户商户⇥—⇥61.2 under 序号 | 商户名称: tables.json
    unnumbered_rest_openers), which stands for the rows not listed and takes no number of its own."""
    if line.cells is None or n < 3 or len(line.cells) != n or text[slice(*line.cells[0])]:
        return False
    label = text[slice(*line.cells[1])]
    return label in _TOTAL_WORDS or label.startswith(_UNNUMBERED_REST)


_UNNUMBERED_REST = tuple(_T["unnumbered_rest_openers"])  # 其他, 其余: the rows a list leaves out


def _merged_total(text: str, line: _Line, n: int) -> bool:
    """A totals row kept whole with its blank cell (合计⇥⇥5560⇥185200, 合计 | | 1603 under 序号 | 区镇
    | …; 合计⇥—⇥14560 under 序号⇥承租企业: a dash where no firm is named): `n` cells, a total word
    first, the second cell empty or a dash (tables.json empty_cells), or the count of the rows it
    sums (合计⇥36家⇥⇥5,120,000.00 under 序号⇥企业名称: tables.json total_row_counters), which names no
    firm: the word fills both columns."""
    return line.cells is not None and n >= 3 and len(line.cells) == n \
        and text[slice(*line.cells[0])] in _TOTAL_WORDS \
        and (text[slice(*line.cells[1])] in _EMPTY | {""} or _ROWS_COUNTED.match(text[slice(*line.cells[1])]))


def _heading_as_of(lead: str, article_date: dt.date | None) -> dt.date | None:
    """The date a section heading before the table names without 截至 (一、2月29日各街道复市情况,
    一、2月底各街道复市情况): its figures' as_of, read as a dated column header is (header_date_opener),
    the heading's ordinal (tables.json heading_ordinal) aside."""
    bare = _HEADING_ORDINAL.sub("", lead.strip())
    if bare == lead.strip() or not _LEAD_DATED.search(bare):
        return None
    written = _HEADER_DATE_OPENER + bare
    return find_as_of(written, (0, len(written)), article_date)


# A period in brackets closing a caption line (…情况（2020年2—6月）): tables.json _caption_label_note.
_CLOSING_PERIOD = re.compile(r"[(（](?P<period>[^()（）]{2,%d})[)）]$" % _T["caption_closing_period_most"])


def _caption_period_end(caption: str, article_date: dt.date | None) -> dt.date | None:
    """The last day of the period a table's caption opens with after its label (表2 2022年1—3月惠企资金
    兑现表 -> 31 March 2022): the table's figures are counted over it, as a period opening a sentence
    dates its figures (measures.leading_period_end reads the same _LEADING_PERIOD); None with no
    label (tables.json caption_label), no period, or a period still running at the article's date."""
    lines = [line.strip() for line in caption.split("\n")]
    if len(lines) > 1 and _unit_line(lines[-1]) is not None:
        lines.pop()  # 表 各县市区…情况（2020年2—6月） ⏎ 单位：户，万元 ⏎ the header: the caption is above the unit
    line = lines[-1]  # the line right above the header
    closing = _CLOSING_PERIOD.search(line) if line.endswith((")", "）")) else None
    if closing is not None and not any(mark in line[:closing.start()] for mark in _PROSE_MARKS + (",",)):
        # 各县市区…情况（2020年2—6月）, 表：…贷款情况（2020年2月1日—3月31日）: a caption closing on its period
        m = _LEADING_PERIOD.fullmatch(line, closing.start("period"), closing.end("period"))
        if m is not None:
            return _past_period_end(m, article_date)
    label = _CAPTION_LABEL.match(line)
    if label is None:
        return None
    m = _LEADING_PERIOD.match(line, label.end())
    return _past_period_end(m, article_date) if m is not None else None


def _title_as_of(text: str, zones, article_date: dt.date | None,
                 memo: dict[str, dt.date | None] | None = None) -> dt.date | None:
    """The date the article's title gives all its figures (……情况统计（截至3月20日）: tables.json
    title_date_words), for a table whose lead names none; None when the title names no such date.
    `memo` keeps it for the article's other tables (whole_text is a pass over the whole text)."""
    if memo is not None and "title" in memo:
        return memo["title"]
    found = _title_date(text, zones, article_date)
    if memo is not None:
        memo["title"] = found
    return found


def _title_date(text: str, zones, article_date: dt.date | None) -> dt.date | None:
    whole, _ = whole_text(text, zones)
    end = whole.find("\n")
    title = whole[:end if end >= 0 else len(whole)]
    if not any(word in title for word in _TITLE_DATE_WORDS):
        return None
    return find_as_of(title, (0, len(title)), article_date)


def _header_as_of(name: str, article_date: dt.date | None) -> dt.date | None:
    """The date a column header holds (3月13日复工率): its figures' as_of, read as a lead's is."""
    if not _DIGIT.search(name):
        return None
    written = _HEADER_DATE_OPENER + name
    return find_as_of(written, (0, len(written)), article_date)


def _period_not_ended(name: str, article_date: dt.date | None) -> bool:
    """Whether a column header is a period, whole, that has not ended at the article's date (2022年 or
    2021年 in a June 2021 article beside 2020年: a plan or a year still running, no count of it)."""
    if article_date is None or not _DIGIT.search(name):
        return False
    m = _LEADING_PERIOD.fullmatch(name.strip())
    return m is not None and _past_period_end(m, article_date) is None


def _header_period_end(name: str, article_date: dt.date | None) -> dt.date | None:
    """The last day of the period a column header is, whole (2020年, 2022年上半年, 1-2月: a table with a
    column per period), as a period opening a sentence dates its figures; None for any other header
    (2020年减免租金 names a measure too) or a period still running at the article's date."""
    if not _DIGIT.search(name):
        return None
    m = _LEADING_PERIOD.fullmatch(name.strip())
    return _past_period_end(m, article_date) if m is not None else None


def _totals_zone(zones, row_keys: set, enclosing: str | None, enclosing_rule: str) -> tuple[str | None, str]:
    """The zone of a totals row (合计, 全市): the place holding the rows' places, never one of
    them (SPEC §5). The enclosing place when it holds every row's zone (南京市 over 江宁区,
    浦口区; 成都市 over 双流区 and 天府新区, a zone spanning cities) or when the rows' zones are
    unknown; else the rows' common city or province when the article names it (苏州市 over 吴中区
    and 相城区 under a 苏州工业园区 title); else none."""
    records = [zones.zones.get(k) for k in row_keys if k is not None]
    if not records or any(r is None for r in records):
        return enclosing, enclosing_rule
    # A zone spanning cities (天府新区, 西咸新区: no city of its own) says nothing of which city
    # holds the table; the rows with a city decide, when there are any.
    located = [r for r in records if r.city] or records
    if enclosing is not None and enclosing not in row_keys and all(_holds(enclosing, r) for r in located):
        return enclosing, enclosing_rule
    for level in ("city", "province"):
        common = {getattr(r, level) for r in located}
        if len(common) == 1 and (key := common.pop()) and key in zones.zones and key not in row_keys:
            return key, "table_total"  # the rows' common city or province (schemas: zone_rule)
    return None, "none"


def _own_level_named(text: str, zones, cells: list[Span]) -> str | None:
    """The one zone the rows ending in an own-level word name (乌鲁木齐经开区（头屯河区）本级: tables.json
    own_level_suffixes), the place holding the table's other rows; None when none or several do."""
    keys = {_row_zone(text, zones, cell) for cell in cells}
    return keys.pop() if len(keys) == 1 else None


def _holds(place: str, zone) -> bool:
    """Whether `place` (a zone's name) holds `zone`: its city, province or district, or a place
    whose name begins the zone's (昆山市 holds 昆山开发区)."""
    if place in (zone.city, zone.province, zone.district):
        return True
    stem = place[:-1] if place.endswith(("市", "区", "县", "旗")) and len(place) > 2 else None
    return bool(stem) and zone.zone_name.startswith(stem) and zone.zone_name != place


def _cell_figure(cell: str, unit: str, *, unit_written: bool = True, counted: bool = False) -> NumberMention | None:
    """The figure of a cell that holds one (not a dash, not a lost digit, not negative, no
    fraction of a person or firm, no phone number), else None. `unit_written`: the header
    gives the column's unit in brackets (减免租金（元）| 12500000 is an amount); `counted`: it
    names a count (返岗人数 | 4520000, tables.json count_heads)."""
    if not cell or cell in _EMPTY or not _DIGIT.search(cell):
        return None
    if not unit_written and _phone(cell, counted=counted):
        return None  # 84012345, 0731-84012345: a phone number (tables.json phone_digits_least)
    num = _figure(cell, unit)
    if num is None or num.is_missing or num.value is None or num.value < 0 \
            or (num.kind == "percent" and num.value > 1):
        return None
    if num.kind == "count" and num.value != int(num.value):
        return None  # 15.2 persons: the column's unit (万人) is not written where we read
    return num


def _phone(cell: str, *, counted: bool) -> bool:
    """Whether a bare cell is a phone number: digits joined by a dash or opening with 0 always
    (0731-84012345, 02584012345); a run of `phone_digits_least` digits only under a column that
    names no count (`counted`: 返岗人数 | 4520000 is a count; 复工企业对接 | 6251188 a phone)."""
    if not _PHONE.match(cell):
        return False
    return not counted or not cell.isdigit() or cell.startswith("0")


def _measure(found: tuple[str, str, str, str], num: NumberMention, cell: Span, line: _Line,
             as_of: dt.date | None, zone: str | None, zone_rule: str, candidates: str,
             scope: str = "header") -> Measure:
    # The rule in the family:scope:cue form of the prose rules' (rate:list_head:复工率): the
    # header's cue word decided (table:header:复工率), or the row's label did (table:label:稳岗返还).
    category, unit, basis, cue = found
    return Measure(category=category, unit=unit, value=num.value, qualifier=num.qualifier, basis=basis,
                   subject=None, as_of=as_of, span_start=cell[0], span_end=cell[1], sentence_start=line.start,
                   sentence_end=line.end, is_value_missing=False, rule=f"table:{scope}:{cue}", zone=zone,
                   zone_rule=zone_rule, zone_candidates=candidates)


def _goods_measures(text: str, lines: list[_Line], data: list[int], firsts: list[str], columns: list[Column],
                    unit_column: int, as_ofs: list[dt.date | None], read: list[bool], given: bool,
                    enclosing: tuple[str | None, str]) -> list[Measure]:
    """A table of goods given (物资 | 单位 | 数量, 医用口罩 | 万只 | 18.6): the first cell names the
    goods (an in_kind count cue), the unit column the counter of the figures on its row; the
    goods belong to the enclosing place. Only columns of goods given are read (`_goods_given`:
    not prices, stock, use or output); `given`: the lead says the goods were given. Read only
    when `min_data_rows` rows are goods."""
    out = []
    for i, first in zip(data, firsts):
        line = lines[i]
        unit = text[slice(*line.cells[unit_column])]
        for k, (column, (s, e)) in enumerate(zip(columns, line.cells)):
            if k in (0, unit_column) or not read[k] or any(word in column.name for word in _SKIP) \
                    or not _goods_given(column.name, given):
                continue
            num = _cell_figure(text[s:e], unit)
            found = num and num.kind == "count" and _count_category(first + column.name, num)
            if found:
                out.append(_measure(found, num, (s, e), line, as_ofs[k], enclosing[0], enclosing[1],
                                    f"table_goods:{first}"))
    return out if len({m.sentence_start for m in out}) >= _MIN_ROWS else []


def _measures_labelled(firsts: list[str]) -> bool:
    """A table whose rows are measures, not places (项目 | 金额（万元）over 稳岗返还 | 2650): at least
    `min_data_rows` first cells name a money measure (a decisive cue: 租金减免, not 减免 alone, but
    减免 with an object of its own kind: 减免社会保险费, `_generic_own_named`)."""
    return sum(_decisive_money_cue(first) is not None or _generic_own_named(first) is not None
               for first in firsts) >= _MIN_ROWS


def _generic_own_named(label: str) -> str | None:
    """The generic cue of a label naming its measure by an object only that measure relieves
    (减免社会保险费, 社保费减免: 减免 with cues.json generic_own_named's 社会保险费), as prose reads
    减免社会保险费12650万元; None for 减免 alone or with another object (减免金额)."""
    found = _longest_cue(label, _MONEY_GENERIC)
    if found is None or not any(w in label for w in BLOCKS[found[1][0]].get("generic_own_named", ())):
        return None
    return found[0]


def _label_category(label: str, unit: str, num: NumberMention) -> tuple[str, str, str, str] | None:
    """(category, unit, basis, cue) a measures table's row label gives its amount: the label's naming
    cue (稳岗返还, 贷款贴息), else its generic cue with an object of its own kind (减免社会保险费)."""
    if _decisive_money_cue(_without_paying(label)) is not None:
        label = _without_paying(label)  # 贷款贴息兑现: 兑现 says only that it was paid, 贴息 names it
    column = Column(label, unit, exempt=_rewarded_activity(label))
    relieved = _fee_relieved(label)
    if relieved is not None:
        # the fee before the cue is what was waived, though unwaived it is a firm's cost (转贷费用)
        return _category(column._replace(exempt=relieved), num, _MONEY_GENERIC)
    found = _category(column, num)  # the label's cue alone: 研发补助 | 金额 is no 补助金
    if found is None and _generic_own_named(label) is not None:
        found = _category(column, num, _MONEY_GENERIC)
    if found is None and label.endswith(tuple(_LABEL_HEADS)):
        found = _category(column, num, _LABEL_HEADS)  # 跨境电商扶持: 扶持 heads the label, money paid
    return found


def _fee_relieved(label: str) -> str | None:
    """The words a label's generic cue relieves when a word of its own kind ends right before it
    (转贷费用 of 转贷费用减免, 担保费 of 担保费减免: the fee waived, whatever service charged it), as
    prose reads 堆存费减免 (measures._names_own_object_before); None for a rent's fee (场地使用费减免:
    cues.json rent_fee_words) or no such word."""
    found = _longest_cue(label, _MONEY_GENERIC)
    if found is None:
        return None
    at = label.find(found[0])
    before = label[max(0, at - _OWN_OBJECT_REACH):at]
    if any(w in before for w in BLOCKS[found[1][0]].get("generic_own_objects", ())) \
            and not any(w in before for w in _RENT_FEES):
        return label[:at]
    return None


def _row_label_category(label: str, parent: str | None, unit: str, num: NumberMention
                        ) -> tuple[tuple[str, str, str, str] | None, str]:
    """(category, unit, basis, cue) of a measures table's row and the scope that decided: its own
    label's (`_label_category`, scope label), else, for a sub-row naming only a part (其中：制造业
    under 增值税留抵退税), its parent row's, as a cue stated once governs the list it heads (parent)."""
    found = _label_category(label, unit, num)
    if found is None and parent is not None:
        return _label_category(parent, unit, num), "parent"
    return found, "label"


def _parent_labels(text: str, lines: list[_Line], data: list[int], firsts: list[str]) -> dict[int, str]:
    """The label of the row each sub-row of a measures table is a part of, by the sub-row's line: a
    row opening with 其中 (tables.json sub_row_openers), and the rows right after it that leave the
    last cell blank as it does (小微企业 | 566 | 48,215.60 | ⏎ under 其中：制造业: no share of their own);
    the parent is the last row above them that is none."""
    parents: dict[int, str] = {}
    parent, in_parts = None, False
    for i, first in zip(data, firsts):
        last = lines[i].cells[-1]
        if first.startswith(_SUB_ROW_OPENERS) or (in_parts and last[0] == last[1]):
            in_parts = True
            if parent is not None:
                parents[i] = parent
        else:
            parent, in_parts = first, False
    return parents


def _rewarded_activity(label: str) -> str:
    """The business a label's measure rewards, written before its naming cue (进出口 of 进出口业务奖励:
    tables.json label_activities), which puts no skip word it holds (出口, 进口) out; "" when none."""
    head = _head_cue(label, _MONEY_NAMING)
    if head is None:
        return ""
    before = label[:label.rfind(head[0])]
    return next((word for word in _LABEL_ACTIVITIES if word in before), "")


def _header_not_done(name: str) -> bool:
    """A header naming a plan or what was due, not what was done (计划金额, 应拨付金额, 应兑现资金: a due
    word right before its word of paying, cues.json proportion_of_resumed.due_before; 应拨金额, 应兑未兑:
    tables.json due_header_words), or what was asked for (申报金额: payee_not_paid): no facts."""
    return _not_done(name, "") or any(_not_done(name, word) for word in _PAYING_VERBS if word in name) \
        or any(word in name for word in _DUE_HEADER + _PAYEE_NOT_PAID)  # 应拨金额; 申报金额: asked for, not paid


# Words of paying a header may name its amount by (拨付, 兑现: tables.json payee_paying_words, cues.json
# paid_out_to_firms.verbs); a due word before one (应拨付) makes the column what was due.
_PAYING_VERBS = tuple(dict.fromkeys(_T["payee_paying_words"] + _C["paid_out_to_firms"]["verbs"]))


def _caption_total_category(caption_line: str, unit: str, num: NumberMention) -> tuple[str, str, str, str] | None:
    """(category, unit, basis, cue) of a measures table's totals row (合计 under 稳岗返还, 贷款贴息 …): the
    one category the caption's naming cues give (陆良县惠企纾困资金落实情况表: 纾困资金, subsidy), as a
    cue stated once governs the list it heads; None when it names none or several. A pool word
    (纾困资金: cues.json money_after) names what the caption says was paid out of it, as before a figure."""
    named = {w: MONEY_WORDS[w] for w in _MONEY_NAMING if w in caption_line}
    named.update((w, (c, "money")) for w, c in _POOL_BEFORE_FIGURE.items() if w in caption_line)
    if len({meaning[0] for meaning in named.values()}) != 1:
        return None
    return _category(Column(max(named, key=len), unit), num, named)


def _total_category(summed: set, data: list[int], firsts: list[str], caption_line: str, unit: str,
                    num: NumberMention) -> tuple[str, str, str, str] | None:
    """(category, unit, basis, cue) of a measures table's totals row: the one category every row it sums
    has (`summed`), the caption's cue when the caption names that one, else the first row's label;
    None when the rows are of different categories or one names no measure (a 合计 of 贷款, 担保 and
    贴息 is no subsidy, whatever the caption's 兑现 says: a cue stated once governs only its own kind),
    except rows all parts of the caption's kind of money paid (惠企资金 over 补贴 and 贴息 rows: the grants)."""
    if None in summed or not summed:
        return None
    found = _caption_total_category(caption_line, unit, num)
    if len(summed) > 1:
        # 扶持资金 over 补贴 and 贴息 rows: the grants paid, the caption's kind (tables.json total_grant_parts)
        return found if found is not None and summed <= _TOTAL_GRANT_PARTS.get(found[0], frozenset()) else None
    category = next(iter(summed))
    if found is not None and found[0] == category:
        return found
    return next((found for first in firsts if first not in _TOTAL_WORDS
                 and (found := _label_category(first, unit, num)) is not None and found[0] == category), None)


# A pool word said before the figures (惠企纾困资金落实情况表: subsidy paid out), cues.json money_after.
_POOL_BEFORE_FIGURE = {w: c for b in BLOCKS.values() for w, c in b.get("money_after", {}).items()}


def _label_unit(label: str) -> str:
    """The unit a measures table's row label gives its cells when no column does (减免租金（万元） | 2360 |
    1480 under 项目 | 2020年 | 2021年), as a header's bracket gives its column's; "" when it names none."""
    m = _HEADER_UNIT.match(label)
    return _without_label(m["unit"].strip()) if m else ""


def _labelled_measures(text: str, lines: list[_Line], data: list[int], firsts: list[str], head_cells: list[str],
                       columns: list[Column], unit_line: str, as_ofs: list[dt.date | None], read: list[bool],
                       enclosing: tuple[str | None, str], caption_line: str = "") -> list[Measure]:
    """A table of measures (项目 | 金额（万元）, 稳岗返还 | 2650): the row's label names the measure,
    as a header's cue names its column's (SPEC §4: a cue stated once governs the figures after it),
    the column's money unit is its header's bracket or the caption's (表2 政策兑现情况（单位：万元）, a
    单位 line); the amounts belong to the enclosing place, like a goods table's. A column naming a
    count (户数, 人数: tables.json count_heads) takes no money unit; a label or header naming a plan,
    a skip word, what was due (应拨付金额) or a past year gives no row, as a header does. A totals row
    (合计) takes the one measure the caption line right above the header names (`_caption_total_category`),
    a fact of its own, and one row with the prose stating it. Read only when `min_data_rows` rows
    give one."""
    out = []
    parents = _parent_labels(text, lines, data, firsts)
    for k, column in enumerate(columns):
        if not k or not read[k] or any(word in column.name for word in _COUNT_HEADS + _SKIP) \
                or _header_not_done(column.name):
            continue  # 惠及户数, 计划金额, 应拨付金额: no amount of the measures done
        column_unit = column.unit or _money_unit(unit_line)  # 金额 names no measure: _column gave it no unit line
        # The categories of the column's amounts a totals row sums (None: a row naming no measure read)
        summed = set()
        for i, first in zip(data, firsts):
            s, e = lines[i].cells[k]
            unit = column_unit or _label_unit(first)
            if first not in _TOTAL_WORDS and (num := _cell_figure(text[s:e], unit)) is not None \
                    and num.kind == "money":
                summed.add((_row_label_category(first, parents.get(i), unit, num)[0] or (None,))[0])
        for i, first in zip(data, firsts):
            line = lines[i]
            s, e = line.cells[k]
            unit = column_unit or _label_unit(first)
            num = _cell_figure(text[s:e], unit)
            if num is None or num.kind != "money":
                continue
            if first in _TOTAL_WORDS:
                found, scope, candidates = _total_category(summed, data, firsts, caption_line, unit, num), \
                    "caption", f"table_total:{first}"
            else:
                found, scope = _row_label_category(first, parents.get(i), unit, num)
                candidates = f"table_label:{first}"
            if found and _cap_column(column.name):
                (found, num), scope = _as_cap(found, num), scope + "_cap"
            if found:
                out.append(_measure(found, num, (s, e), line, as_ofs[k], enclosing[0], enclosing[1],
                                    candidates, scope=scope))
    return out if len({m.sentence_start for m in out if not m.zone_candidates.startswith("table_total:")}) \
        >= _MIN_ROWS else []


def _cap_column(name: str) -> bool:
    """A measures table's column of caps (单家企业上限, 最高补贴: tables.json cap_columns): each cell
    is the most one beneficiary may get of its row's measure, not an amount paid."""
    return any(word in name for word in _CAP_COLUMNS)


def _as_cap(found: tuple[str, str, str, str], num: NumberMention) -> tuple[tuple[str, str, str, str], NumberMention]:
    """A cap column's cell read as a cap (SPEC §4: 最高30万元 is at_most, per_beneficiary): the row's
    category and unit, basis per beneficiary, a bare amount bounded from above."""
    category, unit, _, cue = found
    return (category, unit, "per_beneficiary", cue), (replace(num, qualifier="at_most") if num.qualifier == "exact" else num)


def _noting_rates_of_no_measure(found: list[Measure], text: str, lines: list[_Line], data: list[int],
                                columns: list[Column], not_facts: list[Span] | None) -> list[Measure]:
    """`found`, a table of measures' or kinds' rows; when it gives rows, its cells of rates whose
    header names no measure (拨付率 beside 实际拨付金额, 占比, 完成率) go to `not_facts`: the prose
    rules read 稳岗返还 2340 2186 93.4% as a share of the cost covered, which the header says it is not."""
    if found and not_facts is not None:
        not_facts += _rates_of_no_measure(text, lines, data, columns)
    return found


def _rates_of_no_measure(text: str, lines: list[_Line], data: list[int], columns: list[Column]) -> list[Span]:
    """The cells of rates (93.4%) under a header whose cue names no measure for them (拨付率, 占比)."""
    spans = []
    for i in data:
        for column, (s, e) in list(zip(columns, lines[i].cells))[1:]:
            num = _cell_figure(text[s:e], "")
            if num is not None and num.kind == "percent" and _category(column, num) is None:
                spans.append((s, e))
    return spans


def _rows_of_parts(head_cells: list[str], firsts: list[str]) -> bool:
    """A table of the parts of one place (街道 | 已复市（户）, 产业园区 | 已复工(家)): its first column
    names streets, towns or parks (tables.json part_columns), rows the gazetteer may hold no zone for,
    each the enclosing place's part (SPEC §5). A header that names regions of any level (区域:
    region_columns) heads such parts only when every row but a total names one by its ending
    (中川镇, 综合保税区: part_row_endings); over 浏阳, 宁乡 it is a table of other jurisdictions."""
    if not head_cells:
        return False
    header = _HEADER_UNIT.sub(r"\g<name>", head_cells[0].strip())
    if header in _PART_COLUMNS:
        return True
    rows = [first for first in firsts if first and first not in _TOTAL_WORDS]
    return header in _REGION_COLUMNS and bool(rows) and all(first.endswith(_PART_ROW_ENDINGS) for first in rows)


def _heads_parts_total(head_cells: list[str]) -> bool:
    """Whether a table's first header names parts of one place (园区, 园区名称: tables.json
    part_columns; 开发区（功能区）: parts_total.header_words), so its totals row is the enclosing
    place's (tables.json _parts_total_note)."""
    if not head_cells:
        return False
    header = head_cells[0].strip()
    return _HEADER_UNIT.sub(r"\g<name>", header) in _PART_COLUMNS \
        or any(word in header for word in _PARTS_TOTAL_HEADER_WORDS)


def _rows_of_kinds(head_cells: list[str]) -> bool:
    """A breakdown of one place's measure by kind (险种 | 减免金额 | 占比, 行业 | 减免租金（万元）):
    its first column names kinds (tables.json kind_columns), so its rows are parts of the
    measure its money columns name, not places."""
    if not head_cells:
        return False
    header = head_cells[0].strip()
    if header in _KIND_COLUMNS or header in _BATCH_COLUMNS:
        return True
    # 奖励类别 | 单家奖励 | 奖励金额: a measure's name, then the kinds it is broken down by
    end = next((w for w in _KIND_COLUMN_ENDS if header.endswith(w)), None)
    return end is not None and _longest_cue(header[:-len(end)], MONEY_WORDS) is not None


def _kind_measures(text: str, lines: list[_Line], data: list[int], firsts: list[str], columns: list[Column],
                   unit_line: str, as_ofs: list[dt.date | None], read: list[bool],
                   enclosing: tuple[str | None, str]) -> list[Measure]:
    """A breakdown table's rows (养老保险 | 13126 under 险种 | 减免金额, 单位：万元): each money cell
    is the part of the column's measure that its row's kind took, and belongs to the enclosing
    place (SPEC §5), its totals row (合计) too, one row with the total the prose states. Money
    columns are read, and columns of a recovery indicator (已复工（家）, 复工率, 到岗职工（人）:
    `_kind_indicator`); shares of the total (占比) and other counts (企业总数) are no measures.
    Read only when `min_data_rows` rows give one."""
    out = []
    for k, column in enumerate(columns):
        if not k or not read[k]:
            continue
        unit = column.unit or _money_unit(unit_line)  # 减免金额 names no measure alone: _column gave it no unit line
        for i, first in zip(data, firsts):
            line = lines[i]
            s, e = line.cells[k]
            if _not_done(first, ""):
                continue
            num = _cell_figure(text[s:e], unit)
            if num is not None and num.kind == "money":
                found, scope = _kind_category(column, first, unit, num)
            else:
                num, found, scope = _kind_indicator(text[s:e], _row_counted(column, first))
            if found:
                out.append(_measure(found, num, (s, e), line, as_ofs[k], enclosing[0], enclosing[1],
                                    f"table_kind:{first}", scope=scope))
    return out if len({m.sentence_start for m in out}) >= _MIN_ROWS else []


def _row_own_counted(column: Column, kind: str) -> Column:
    """A resumption column on a row whose label ends in a counted kind and that kind's own counter in
    brackets (在建项目（个） under 已复工（家）: tables.json kind_row_counters): the row counts its
    kind back in its own counter, over the header's (projects, not firms); a column of rates or any
    other stays as it is."""
    if not kind.endswith(("）", ")")):
        return column  # most rows
    own = _ROW_OWN_COUNTER.fullmatch(kind.strip())
    if own is None or _KIND_ROW_COUNTERS.get(own.group("end")) != own.group("counter") \
            or column.unit not in _KIND_ROW_COUNTERS.values() or own.group("counter") == column.unit \
            or not _resumed_firms(column):
        return column
    return column._replace(unit=own.group("counter"))


def _row_counted(column: Column, kind: str) -> Column:
    """A bare resumption column (已复工: no counter written, none a firm-count column gave it) on a
    row whose kind ends in a counted word (规上工业企业 -> 家, 在建项目 -> 个: tables.json
    kind_row_counters): its cell counts that kind back, so it takes the row's counter; any other
    column or row (合计 over firms and projects) stays as it is."""
    if (counted := _row_own_counted(column, kind)) is not column:
        return counted
    if column.unit or _bare_unit(column) or not _resumed_firms(column):
        return column
    counter = next((c for end, c in _KIND_ROW_COUNTERS.items() if kind.strip().endswith(end)), "")
    return column._replace(unit=counter) if counter else column


def _rows_of_dates(head_cells: list[str], firsts: list[str]) -> bool:
    """A table of one place's snapshots by date (日期 | 复工企业（家） | 复工率 over 3月2日, 3月9日):
    its first header names dates (tables.json date_row_columns) and every row's first cell is a day."""
    return bool(head_cells) and _HEADER_UNIT.sub(r"\g<name>", head_cells[0].strip()) in _DATE_ROW_COLUMNS \
        and bool(firsts) and all(_DAY_CELL.match(first.strip()) for first in firsts)


def _dated_measures(text: str, lines: list[_Line], data: list[int], firsts: list[str], columns: list[Column],
                    read: list[bool], article_date: dt.date | None,
                    enclosing: tuple[str | None, str]) -> list[Measure]:
    """A dated table's rows (3月2日 | 418 | 37.5% under 日期 | 复工企业（家） | 复工率): each cell of a
    recovery indicator's column (`_kind_indicator`) is the enclosing place's figure at its row's
    date (SPEC §4 as_of, §5 zone), read as a dated column header is (`_header_as_of`)."""
    out = []
    for i, first in zip(data, firsts):
        line, as_of = lines[i], _header_as_of(first.strip(), article_date)
        if as_of is not None and article_date is not None and as_of > article_date:
            continue  # 3月20日 | 300家 in an article of 3月10日: a day to come, a schedule's row, no level seen
        for k, column in enumerate(columns):
            if not k or not read[k]:
                continue
            s, e = line.cells[k]
            num, found, scope = _kind_indicator(text[s:e], column)
            if found:
                out.append(_measure(found, num, (s, e), line, as_of, enclosing[0], enclosing[1],
                                    f"table_dated:{first.strip()}", scope=scope))
    return out if len({m.sentence_start for m in out}) >= _MIN_ROWS else []


def _rows_of_periods(head_cells: list[str], firsts: list[str]) -> bool:
    """A table of one place's amounts period by period (月份 | 退税额 over 1—2月, 3月, 4月): its first
    header names periods (tables.json period_row_columns) and every row's first cell is a whole
    period (`_LEADING_PERIOD`: 4月, 1—3月, 二季度); a totals or dated row (合计, 3月2日) makes it none."""
    return bool(head_cells) and _HEADER_UNIT.sub(r"\g<name>", head_cells[0].strip()) in _PERIOD_ROW_COLUMNS \
        and bool(firsts) and all(_LEADING_PERIOD.fullmatch(first.strip()) for first in firsts)


_PERIOD_ROW_COLUMNS = frozenset(_T["period_row_columns"])  # 月份, 季度: rows of periods, each a flow's own


def _period_measures(text: str, lines: list[_Line], data: list[int], firsts: list[str], columns: list[Column],
                     read: list[bool], article_date: dt.date | None, enclosing: tuple[str | None, str],
                     caption: str = "") -> list[Measure]:
    """A table of periods' rows (4月 | 176,842.10 under 月份 | 退税额, 单位：万元): each money cell under a
    header naming a measure is the enclosing place's amount in its row's period (SPEC §5 zone), dated
    the period's last day (1—3月, 一季度: as a period opening a sentence dates its figures); a period
    not ended at the article's date (全年, a quarter still running) gives none. Rates and counts (同比增长, 户数) give no row:
    a level observed over a period is no snapshot, unlike a dated table's (`_dated_measures`)."""
    out = []
    for i, first in zip(data, firsts):
        line, as_of = lines[i], _past_period_end(_LEADING_PERIOD.fullmatch(first.strip()), article_date)
        if as_of is None:
            continue
        for k, column in enumerate(columns):
            if not k or not read[k] or not column.unit:
                continue  # 金额 alone names no measure: _column gave it no unit
            s, e = line.cells[k]
            num = _cell_figure(text[s:e], _bare_unit(column))
            found = num is not None and num.kind == "money" and _money_or_generic_category(column, num, caption)
            if found:
                out.append(_measure(found, num, (s, e), line, as_of, enclosing[0], enclosing[1],
                                    f"table_period:{first.strip()}"))
    return out if len({m.sentence_start for m in out}) >= _MIN_ROWS else []


def _kind_indicator(cell: str, column: Column) -> tuple[NumberMention | None, tuple | None, str]:
    """(figure, (category, unit, basis, cue), scope) of a breakdown table's cell under a column of a
    recovery indicator (已复工（家）| 14, 复工率 | 98.7%: tables.json kind_indicator_categories), read as
    a place table's cell is; no category for money or any other count (户数, 笔数, 企业总数)."""
    num = _cell_figure(cell, _bare_unit(column), unit_written=bool(column.unit),
                       counted=any(word in column.name for word in _COUNT_HEADS))
    found = _category(column, num) if num is not None and num.kind != "money" else None
    return num, (found if found is not None and found[0] in _KIND_INDICATORS else None), "header"


def _kind_category(column: Column, kind: str, unit: str,
                   num: NumberMention) -> tuple[tuple[str, str, str, str] | None, str]:
    """(category, unit, basis, cue) of a breakdown table's cell and the scope that decided it: the
    header's naming cue (减免租金), else its generic one (减免金额: cues.json money_generic) read as
    prose reads a generic 减免 with no naming word, unless the row's kind names a measure the generic
    word yields to (房屋租金 | 减免金额: rent relief, cues.json yields_to)."""
    found = _category(column, num)
    if found is not None:
        return found, "header"
    generic = _category(column, num, _MONEY_GENERIC)
    if generic is None:
        return None, "header"
    named = _category(Column(kind + column.name, unit), num)
    if named is not None and named[0] in BLOCKS[generic[0]].get("yields_to", ()):
        return named, "label"
    return generic, "header"


def _rows_of_payees(head_cells: list[str], lead: str) -> bool:
    """A payout list (序号 | 企业名称 | 资金类别 | 拨付金额（万元）): its first column names who was
    paid (tables.json payee_columns), or any column the carriers let to firms (楼宇名称, 载体:
    `_carrier_column`), and the line before it says money was given (拨付明细, payee_lead_words),
    no plan (拟发放), so its rows are payments to firms, not places; a list of firms under another
    lead (授信额度排名如下) pays none."""
    if not head_cells or _not_done(lead, ""):
        return False
    first = head_cells[0].strip()
    if _names_lenders(first):  # 机构名称, 合作银行 under 延期还本付息情况: what each bank lent
        return any(word in lead for word in _LOAN_WORDS + _LENDER_SIGNINGS)
    return (first in _PAYEE_COLUMNS or _carrier_column(head_cells) is not None) \
        and any(word in lead for word in _PAYEE_LEAD)


def _names_lenders(first: str) -> bool:
    """Whether a first-column header names lenders: one of tables.json lender_columns (机构名称, 银行),
    or a short header ending in one's word after a modifier (合作银行, 经办银行, 银行业金融机构:
    lender_column_ends, at most lender_column_most_chars characters)."""
    return first in _LENDER_COLUMNS or (len(first) <= _LENDER_COLUMN_MOST and first.endswith(_LENDER_COLUMN_ENDS))


def _carrier_column(head_cells: list[str]) -> int | None:
    """The first header cell naming premises let to firms (载体, 楼宇名称, 孵化器: tables.json
    carrier_columns, alone or with a word of their name, carrier_naming_words), else None."""
    for k, cell in enumerate(head_cells):
        word = cell.strip()
        word = next((word[:-len(w)] for w in _CARRIER_NAMING if word.endswith(w)), word)
        if word in _CARRIER_COLUMNS:
            return k
    return None


def _each_a_place(text: str, zones, lines: list[_Line], data: list[int], firsts: list[str], k: int) -> bool:
    """Whether every row's cell of column k, totals aside, is a place's whole name (载体 | 雨湖区,
    湘潭经开区), not a carrier's name that holds one (湖南省大学科技园（南区）, 湘潭经开区科创中心):
    the one zone named there starts and ends with the cell."""
    named = False
    for i, first in zip(data, firsts):
        if first in _TOTAL_WORDS:
            continue
        s, e = lines[i].cells[k]
        cell = text[s:e]
        s, e = s + len(cell) - len(cell.lstrip()), e - (len(cell) - len(cell.rstrip()))
        if e <= s or len(set(zones.zones_between(s, e))) != 1 \
                or zones.zones_between(s + 1, e) or zones.zones_between(s, e - 1):
            return False
        named = True
    return named


def _lent_named(columns: list[Column], caption: str, unit_line: str) -> list[Column]:
    """A list of lenders' columns (机构名称 | 延期户数 | 延期金额 | 其中：小微企业 under 延期还本付息情况:
    tables.json lender_columns): a column with no unit of its own that shares a word of a loan
    measure the caption or lead names (延期金额, 延期还本付息) is that measure's, in the unit line's
    money unit, as a cue stated once governs what follows (SPEC §4); a 其中 column right after it a
    part of it. Counts (延期户数) stay counts."""
    unit = _money_unit(unit_line)
    out = list(columns)
    for k, column in enumerate(columns):
        if k and column.unit and any(word in column.name for word in _LENDER_SIGNINGS) \
                and not any(word in column.name for word in _COUNT_HEADS):
            out[k] = Column(_LENDER_SIGNED["read_as"] + column.name.replace(_LENDER_SIGNINGS[0], ""), column.unit)
            continue  # 签约金额（万元） of a bank: credit signed (tables.json _lender_signed_note)
        if not k or column.unit or any(word in column.name for word in _COUNT_HEADS):
            continue
        sharing = [w for w in _LOAN_WORDS if w in caption and _shares_word(column.name, w)]
        if sharing:
            out[k] = Column(max(sharing, key=len) + column.name, unit)
        elif column.name.startswith(_PART_WORDS) and out[k - 1].unit == unit and _decisive_money_cue(out[k - 1].name):
            out[k] = Column(out[k - 1].name + column.name, unit)
    return out


def _payee_measures(text: str, lines: list[_Line], data: list[int], firsts: list[str], head_cells: list[str],
                    columns: list[Column], unit_line: str, as_ofs: list[dt.date | None], read: list[bool],
                    enclosing: tuple[str | None, str], caption: str = "", zones=None,
                    payee_places: dict[int, Span] | None = None) -> list[Measure]:
    """A payout list's rows: each money cell is what one firm was paid (basis total), in the
    category its row's kind cell names (资金类别 | 贷款贴息: tables.json payee_kind_columns), else its
    column's header cue (补贴金额); the firm is no zone, the payment the enclosing place's (SPEC §5),
    or the place its giver's cell names where a column says who gave it (发放单位: `_payers`).
    Counts (参保人数), what was asked for (申请金额: payee_not_paid), plans and skip words give no row,
    as in a measures table. Read only when `min_data_rows` rows give one."""
    kinds = [k for k, cell in enumerate(head_cells) if k and any(word in cell for word in _PAYEE_KIND)]
    payer = next((k for k, cell in enumerate(head_cells) if k and _names_payer(cell)), None)
    zone_of = _payers(text, zones, lines, data, firsts, payer) if payer is not None and zones is not None else {}
    if payee_places and zones is not None:
        zone_of = {**_payee_place_zones(text, zones, payee_places, enclosing), **zone_of}
    out = []
    for k, column in enumerate(columns):
        if not k or k in kinds or k == payer or not read[k] or _not_done(column.name, "") or not _received_by_payee(column):
            continue
        unit = column.unit or _money_unit(unit_line)
        for i, first in zip(data, firsts):
            line = lines[i]
            s, e = line.cells[k]
            num = _cell_figure(text[s:e], unit)
            if num is None or num.kind != "money":
                continue
            found, scope = _payment_category(text, line, kinds, column, unit, num, caption)
            if found:
                zone, zone_rule, candidates = zone_of.get(i) or (enclosing[0], enclosing[1], f"table_payee:{first}")
                out.append(_measure(found, num, (s, e), line, as_ofs[k], zone, zone_rule, candidates, scope=scope))
    return out if len({m.sentence_start for m in out}) >= _MIN_ROWS else []


def _payers(text: str, zones, lines: list[_Line], data: list[int], firsts: list[str],
            payer: int) -> dict[int, tuple[str | None, str, str]]:
    """(zone, zone rule, candidates) of each row of a payout list with a giver's column (发放单位:
    tables.json payer_columns): the place the giver's cell names (广安市人力资源和社会保障局: 广安市;
    眉山市彭山区财政局: 彭山区, the more specific), none where it names none (—); a totals row the
    one place all the givers share, else none (SPEC §5: never guess)."""
    found, givers = {}, set()
    for i, first in zip(data, firsts):
        if first in _TOTAL_WORDS:
            continue
        cell = lines[i].cells[payer]
        zone = _giver_zone(zones, cell)
        givers.add(zone)
        found[i] = (zone, "clause_before" if zone else "none", f"table_payer:{text[slice(*cell)]}")
    shared = givers.pop() if len(givers) == 1 else None
    for i, first in zip(data, firsts):
        if first in _TOTAL_WORDS:
            found[i] = (shared, "clause_before" if shared else "none", f"table_total:{first}")
    return found


def _giver_zone(zones, cell: Span) -> str | None:
    """The place a giver's cell names (广安经济技术开发区管理委员会): the one zone written there, or
    the last of places each holding the next (眉山市彭山区…局: 彭山区), else None."""
    keys = list(dict.fromkeys(zones.zones_between(*cell)))
    records = [zones.zones.get(k) for k in keys]
    if not keys or any(r is None for r in records):
        return None
    if all(_holds(records[j - 1].zone_name, records[j]) for j in range(1, len(records))):
        return keys[-1]
    return None


def _paying_named(columns: list[Column], caption: str, title: str) -> list[Column]:
    """A payout list's amount column whose header says only that money was paid (拨付金额, 发放金额,
    金额: tables.json payee_paying_words) takes the measure the list names, as a cue stated once
    governs its list (SPEC §4): the caption or lead before it (以工代训补贴拨付名单), else a column
    beside it counting what the measure reached (补贴人数, 补贴月数: payee_extent_heads), else the
    notice's title (…稳岗补贴发放情况公示). The nearest that names any measure decides, and only when
    it names one (工程款拨付明细 names none: its list gives no row)."""
    out = list(columns)
    for k, column in enumerate(columns):
        if not k or not _names_only_paying(column.name):
            continue
        extents = "\n".join(c.name for c in columns[1:] if any(word in c.name for word in _PAYEE_EXTENT))
        # the lead right above the list (a section's heading: （三）流动资金贷款贴息（6家）) before the
        # caption and lead together, whose prose may list the measures of all the sections
        lead = caption.rsplit("\n", 1)[-1]
        for scope, source in (("caption", lead), ("caption", caption), ("beside", extents), ("title", title)):
            named = [w for w in _MONEY_NAMING if w in source]
            if named:
                if len({MONEY_WORDS[w][0] for w in named}) > 1:
                    named = _one_compound(source, named)
                if len({MONEY_WORDS[w][0] for w in named}) == 1:
                    # the paying words cut: 兑现 of 兑现金额 is a cue itself, it must not head the name
                    out[k] = Column(max(named, key=len) + _without_paying(column.name), column.unit, named_by=scope)
                break
    return out


def _places_paid_named(columns: list[Column], caption: str, title: str, unit_line: str) -> list[Column]:
    """A table of places whose amount column says only that money was paid out to each (地区 |
    下达资金 under 专项资金分配表, 拨付金额) names it as a payout list's does (`_paying_named`): the
    caption, lead or title names the measure. Such a header took no unit from the unit line (单位：家、
    万元: no cue to read 万元 by), so the unit line's unit for the named column is given it now."""
    named = _paying_named(columns, caption, title)
    return [new if new is old or new.unit else
            new._replace(unit=next((u for u in _listed_units(unit_line) if _takes_unit(new.name, u)), ""))
            for old, new in zip(columns, named)]


def _one_compound(source: str, named: list[str]) -> list[str]:
    """The cue naming a list's measure when the cues of `source` are all words of one compound
    (流动资金贷款贴息: 贷款 modifies the head 贴息, an interest subsidy): the head, the cue ending
    last, when no mark nor joining word (tables.json compound_breaks: 、 和 及) parts the cues' run;
    else none, several measures are named (贷款贴息和租金补贴)."""
    head = _head_cue(source, {w: MONEY_WORDS[w] for w in named})
    end = source.rfind(head[0]) + len(head[0])
    start = min(source.find(w) for w in named)
    if any(mark in source[start:end] for mark in _COMPOUND_BREAKS):
        return []
    return [head[0]]


def _without_paying(name: str) -> str:
    """An amount header without its words of paying (兑现金额 → 金额: tables.json payee_paying_words)."""
    for word in _PAYEE_PAYING:
        name = name.replace(word, "")
    return name


def _names_only_paying(name: str) -> bool:
    """Whether an amount header says only that money was paid and how much (拨付金额, 本次发放金额, 金额):
    nothing is left of it once its words of paying and of an amount are cut."""
    for word in _PAYEE_PAYING + tuple(_AMOUNT_WORDS):
        name = name.replace(word, "")
    return _FILLER.match(name.strip(" ()（）")) is not None


def _received_by_payee(column: Column) -> bool:
    """Whether a payout list's column may hold what each firm got: not a count (参保人数), what was
    asked for (申请金额), a skip word, the rate the payment is reckoned by (补贴标准, 贴息比例:
    tables.json payee_rate_columns) nor what the firm paid (月租金, 实缴租金, 实付利息: a thing
    paid, no giving word)."""
    return not any(word in column.name for word in _COUNT_HEADS + _SKIP + _PAYEE_NOT_PAID) \
        and not _states_a_rate(column) and not _names_a_thing_paid(column.name)


def _states_a_rate(column: Column) -> bool:
    """Whether a payout list's column is the rate payments are reckoned by: its name ends in a
    rate word (补贴标准, 贴息比例: tables.json payee_rate_columns) or its unit is reckoned per
    something (元/人·月, %: payee_rate_units). A rate word inside a name (标准厂房租金减免: let
    factory space) names no rate."""
    return column.name.endswith(_PAYEE_RATES) or any(mark in column.unit for mark in _PAYEE_RATE_UNITS)


def _payment_category(text: str, line: _Line, kinds: list[int], column: Column, unit: str,
                      num: NumberMention, caption: str = "") -> tuple[tuple[str, str, str, str] | None, str]:
    """(category, unit, basis, cue) of one payment and the scope that decided it: the row's kind
    cell naming a measure by its head cue (贷款贴息, 稳产奖励: "label"), else the amount column's header (补贴金额:
    "header"), a header naming only the family (减免金额) read as the caption or lead names it (减免租金
    before the list: rent relief)."""
    for k in kinds:
        cell = text[slice(*line.cells[k])]
        if _decisive_money_cue(cell) is not None and not _not_done(cell, ""):
            # The kind's head names the payment; the words before it say what it rewards
            # (外贸稳订单奖励: a reward paid, though 订单 alone is out of scope).
            head = _head_cue(cell, _MONEY_NAMING)
            return _category(Column(head[0], unit), num), "label"
    return _money_or_generic_category(column, num, caption), column.named_by or "header"


def _caption_unit(line: str) -> str | None:
    """The unit a caption gives in brackets at its end (表2 政策兑现情况（单位：万元）), the bracket
    opening with the date the figures stand at (（截至2020年6月30日　单位：万元）) or a lead's colon
    after it (分项情况如下（单位：万元）：): what a 单位 line gives (tables.json unit_labels), else None."""
    m = _CAPTION_UNIT.search(line.strip())
    unit = _without_label(m["unit"].strip()).lstrip(":：").strip() if m else None
    return None if unit is None or _points_elsewhere(unit) else unit


def _points_elsewhere(unit: str) -> bool:
    """Whether the words after a unit label send the reader elsewhere (见各项目, 详见各行: tables.json
    unit_pointer_words) instead of naming a unit: no unit line then, the row labels' brackets decide."""
    return unit.lstrip(":：").strip().startswith(_UNIT_POINTERS)


_CAPTION_UNIT = re.compile(r"[(（\[][^()（）\[\]]*?(?P<unit>(?:%s)[^()（）\[\]]{1,6})[)）\]][:：]?$"
                           % "|".join(map(re.escape, _T["unit_labels"])))


def _goods_given(name: str, lead_says_given: bool) -> bool:
    """A goods column of goods given: its header says so (发放数量, 捐赠), or says only how many
    (数量) under a lead that says so (免费发放防疫物资如下); not 最低价, 库存数量, 本周消耗, 日产能,
    nor a capacity or a demand holding a given word (日配送能力: tables.json goods_not_given), nor a
    plan or what is not yet given (拟发放数量, 待发放: judged as any column's header is)."""
    if any(word in name for word in _GOODS_NOT_GIVEN):
        return False  # 日配送能力, 企业申报需求, 库存: what could be or is asked, not what was given
    given = next((word for word in _GOODS_GIVEN if word in name), None)
    if given is not None:
        return not _not_done(name, given)  # 拟发放数量, 待发放, 应发放: a plan or what is not done (R1)
    return lead_says_given and name.strip() in _GOODS_PLAIN


def _lead_line(text: str, lines: list[_Line], header: int) -> int | None:
    """The prose line right before the table (截至3月20日，各板块复工情况如下：), a unit line
    (单位：万元) skipped."""
    k = header - 1
    while k >= 0 and (lines[k].start == lines[k].end or _unit_line(text[lines[k].start:lines[k].end]) is not None
                      or _unit_note_line(text[lines[k].start:lines[k].end])):
        k -= 1
    return k if k >= 0 and lines[k].cells is None else None


def _unit_note_line(line: str) -> bool:
    """A line that is only a note of columns' units (复工率、返岗率单位为%; 表中金额单位为万元): no
    lead, it names no date nor what the table shows; marks and the note's openers (tables.json
    unit_note_openers: 表中, 注) aside, nothing is left of it."""
    if _UNIT_NOTE.search(line) is None:
        return False
    rest = _UNIT_NOTE.sub("", line)
    for opener in _UNIT_NOTE_OPENERS:
        rest = rest.replace(opener, "")
    return _FILLER.match(rest.strip(" ,，.。;；、()（）")) is not None


def _header_position(lines: list[_Line], header: int, dropped: bool) -> int:
    """Where the header stands: its line, or for a header cleaning dropped the line before the
    first data row (the first row's place is no enclosing place of the table)."""
    if not dropped:
        return lines[header].start
    k = header - 1
    while k >= 0 and lines[k].start == lines[k].end:
        k -= 1
    return lines[k].start if k >= 0 else 0


def _enclosing_zone(zones, pos: int) -> tuple[str | None, str]:
    """The zone a totals row belongs to and the rule that found it: the enclosing place at the
    table's header (its paragraph's or section's zone, else the article's main zone), SPEC §5."""
    attributor = getattr(zones, "attributor", None)
    if attributor is not None:
        decision = attributor.decide(pos)
        if len(decision.zones) == 1 and decision.zones[0] is not None:
            return decision.zones[0], decision.rule
    return zones.main, "article_main" if zones.main else "none"


def with_table_rows(rows: list[Measure], text: str, zones, *, article_date: dt.date | None,
                    raw: dict[str, list[str]]) -> list[Measure]:
    """`rows` (the prose rules') and the tables' rows, one row per fact: a cell a prose rule has
    read already (复工率如下：⏎张江科学城 97.6%, the list_head rule) gives no second row; a cell the
    table's header says is no measure (拨付率: `_rates_of_no_measure`; 上年同期: a comparison column)
    gives no prose row either."""
    not_facts: list[Span] = []
    rows = _without_restated_standards(rows, text, raw)
    found = table_measures(text, zones, article_date=article_date, raw=raw, not_facts=not_facts)
    if not found and not not_facts:
        return rows
    if not_facts:
        rows = [r for r in rows if not any(s <= r.span_start and r.span_end <= e for s, e in not_facts)]
    rows = _without_note_readings(rows, found)
    read = [(r.span_start, r.span_end) for r in rows]
    unread = [m for m in found if not any(s < m.span_end and m.span_start < e for s, e in read)]
    restated = _restated_cells(unread, rows, text)
    new = [m for k, m in enumerate(unread) if k not in restated]
    if not new:
        return rows
    return deduplicate(sorted(rows + new, key=lambda r: r.span_start), text, None, _place_names(zones.whole)
                       if hasattr(zones, "whole") else _place_names(zones))


# Prose scopes whose cue stands after the figure (tables.json note_cell_scopes): in a measures
# table's glued row (国有资产房租减免286万元免收3个月) that is the note cell, not the label.
_NOTE_CELL_SCOPES = frozenset(_T["note_cell_scopes"])


def _without_note_readings(rows: list[Measure], found: list[Measure]) -> list[Measure]:
    """`rows` without a prose row that read a measures table's cell by a cue after it, in the note
    cell (房租减免 | 286万元 | 免收3个月 read as tax relief by 免收), where the row's label names
    another category: the label says what the amount is, the note only describes it (SPEC §4: a cue
    stated once governs its figures). The table's row, left unread, then takes the cell."""
    labelled = {(m.span_start, m.span_end): m.category for m in found
                if m.zone_candidates.startswith("table_label:")}
    if not labelled:
        return rows
    return [r for r in rows if labelled.get((r.span_start, r.span_end), r.category) == r.category
            or r.rule.split(":")[1] not in _NOTE_CELL_SCOPES]


_RESTATED_STANDARD = _T["restated_standard"]
_CELL_CLAUSE = re.compile(f"[{re.escape(_RESTATED_STANDARD['clause_marks'])}]")


def _without_restated_standards(rows: list[Measure], text: str, raw: dict[str, list[str]]) -> list[Measure]:
    """`rows` without a standard the prose rules read in a table's glued line that a prose row
    outside tables states already (tables.json _restated_standard_note): one fact, the prose's row."""
    if not raw or len(rows) < 2:
        return rows  # nearly every article: no table line to read twice
    in_cells, prose = [], {}
    for k, row in enumerate(rows):
        if row.basis != "per_beneficiary":
            continue
        words = _standard_cell_words(row, text, raw)
        key = (row.zone, row.category, row.unit, row.qualifier, round(row.value or 0, 6))
        if words is None:
            prose.setdefault(key, []).append(row)
        elif words:
            in_cells.append((k, key, words))
    dropped = {k for k, key, words in in_cells
               if any(all(w in text[p.sentence_start:p.sentence_end] for w in words) for p in prose.get(key, ()))}
    return [row for k, row in enumerate(rows) if k not in dropped] if dropped else rows


def _standard_cell_words(row: Measure, text: str, raw: dict[str, list[str]]) -> list[str] | None:
    """None for a row outside tables; else the clauses of its cell with its figure taken out
    (实际运费的40%,单家最高15万元 → 实际运费的40%, 单家), empty when they hold fewer than `least`
    characters (每人500元: a bare per-head marker names no standard of its own)."""
    start = text.rfind("\n", 0, row.span_start) + 1
    end = text.find("\n", row.span_end)
    # cleaning keeps a tab between two figures (网络销售额的3%\t119.65): raw's keys hold no white space
    cells = raw.get("".join(text[start:len(text) if end < 0 else end].split()))
    if cells is None:
        return None
    at = len("".join(text[start:row.span_start].split()))
    size = len("".join(text[row.span_start:row.span_end].split()))
    for cell in cells:
        if at < len(cell):
            words = [w.strip() for w in _CELL_CLAUSE.split(cell[:at] + cell[at + size:]) if w.strip()]
            return words if sum(map(len, words)) >= _RESTATED_STANDARD["least"] else []
        at -= len(cell)
    return []


# zone_candidates of a payout list's payment (`_payee_measures`, `_payers`).
_PAYMENT_CANDIDATES = ("table_payee:", "table_payer:")
# Qualifiers of a prose figure that may restate a table cell rounded (4.63亿元, 约4.6亿元), not bound it.
_RESTATING_QUALIFIERS = frozenset({"exact", "approx"})


def _restated_cells(cells: list[Measure], prose: list[Measure], text: str) -> set[int]:
    """The indices of the table cells the prose states again (`_restated_in_prose`): for each prose
    figure one cell at most, as two rows of a table are two facts (装备制造 | 99.6 beside 合计 | 99.6
    under 全县复工率99.6%: the prose restates the total, the industry's row stays); the totals row
    when it is one of them, else the first. Never a breakdown's row of a kind the prose's sentence
    does not name (measures._unnamed_part): a part equal to the whole by chance."""
    restated = set()
    for p in prose:
        matching = [k for k, m in enumerate(cells)
                    if _restated_in_prose(m, (p,)) and not _unnamed_part(m, p, text)]
        if matching:
            restated.add(next((k for k in matching if _totals_cell(cells[k])), matching[0]))
    return restated


def _totals_cell(m: Measure) -> bool:
    """Whether a table's measure is a cell of its totals row: the row the zone candidates name
    (table_total:合计 in a table of places, table_kind:合计 in one of kinds) is a total word."""
    kind, _, first = m.zone_candidates.partition(":")
    return kind.startswith("table_") and first in _TOTAL_WORDS


def _restated_in_prose(row: Measure, prose: list[Measure] | tuple[Measure, ...]) -> bool:
    """Whether the prose states a table cell's figure rounded (新余市…减免4.63亿元, then 合计 | 46312.5
    under 单位：万元): the same zone, category, unit and basis, no other date, the prose figure the
    cell's value rounded at its last written digit. One fact stated twice is one row (SPEC §4): the
    prose's is kept. Not a bound the prose puts on the cell (复工率超过98% over 98.6, 达产率不足七成 over
    66.9): a summary weaker than the cell, which keeps its exact row."""
    # A totals row of no place of its own (a payout list's 合计 over givers of several places) is the
    # total the prose states, whatever zone the prose row took.
    placeless_total = row.zone is None and row.zone_candidates.startswith("table_total:")
    # A payment of a payout list the prose states with no place of its own (与资产相关的政府补助500.00万元
    # before the list, its zone only the article's): the same payment, stated twice.
    payment = row.zone_candidates.startswith(_PAYMENT_CANDIDATES)
    return any(p.resolution and p.value is not None and p.qualifier in _RESTATING_QUALIFIERS
               and (p.zone == row.zone or placeless_total or (payment and p.zone_rule == "article_main"))
               and p.category == row.category
               and p.unit == row.unit and p.basis == row.basis
               and (p.as_of is None or row.as_of is None or p.as_of == row.as_of) and _rounds_to(row, p)
               for p in prose)
