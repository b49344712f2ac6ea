"""Stage: cleaned text -> named policy packages and documents.

Promise: `extract_policies(text, zones)` returns each policy named in an article once:
documents in 《》 whose title ends in a document word (`清远高新区激励优秀青年人才创业就业
试行办法`), packages named by slogan and item count (`惠企10条` -> n_items 10; with digits
lost upstream, `暖企条` with n_items null), and — where punctuation was lost — a title
that starts with a zone's name and ends in a document word or an item count
(`淄博市支持企业稳定生产12条措施`). A package keeps its whole name as written: the words
inside its quotes (`“复工复产七条措施”` -> `复工复产七条措施`), and the slogan before quotes
that hold only the count (`保企业促发展“十条措施”` -> `保企业促发展十条措施`).

One policy named several times (its full title and a short name, `(以下简称“惠企十条”)`,
a later `《若干措施》`, the same name again) is one row: the longest name is the title,
the others are its `aliases`. Titles and aliases are stored without 《》 or quotes;
`mention` is exactly `text[span_start:span_end]`, the first mention of the title.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

import regex

from . import budget
from .regex_classes import DIGIT, HAN, SPACE
from .document import positions_of
from .lexicon import REGEX_TIMEOUT, alternation, compiled, literal_scanner, resource, short_pattern
from .numbers import parse_chinese_number
from .zones import ArticleZones

_T = REGEX_TIMEOUT
_P = resource("policies.json")
_BOUNDARY = tuple(_P["package_boundaries"])
_BLOCKERS = tuple(_P["package_name_blockers"])
_OPENERS = tuple(_P["quoted_count_name_openers"])
_PUBLISHING_VERBS = tuple(_P["publishing_verbs"])
_COUNT = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})"
_COUNT_SUFFIX = alternation(_P["count_suffixes"])
_COUNT_SUFFIX_RE = regex.compile(_COUNT_SUFFIX)
_KEY_DROPPED = regex.compile(r"[\s\p{P}\p{S}]")
_BRACKETED = compiled(r"《(?P<title>[^《》\n]{2,80})》")
# The same pattern for the standard library's engine, which skips to each 《 (`regex` tries
# every position). Bounded: the budget is checked once per text. `_BRACKETED` stays the definition.
_BRACKETED_STD = re.compile(_BRACKETED.pattern)
_TITLE_END = compiled(rf"(?:{alternation(_P['title_suffixes'])}|{_COUNT}条(?:{_COUNT_SUFFIX})?)$")
_TITLE_COUNT = compiled(rf"(?P<count>{_COUNT})条(?:{_COUNT_SUFFIX})?$")
_PACKAGE = compiled(rf"(?P<count>{_COUNT})?条(?P<suffix>{_COUNT_SUFFIX})?")
# A count of `_COUNT` (\d spelt out) ending where the search ends (its endpos): searched from
# three characters before a 条, the leftmost such count is found in one call.
_COUNT_ENDING = re.compile(rf"(?:[{DIGIT}]{{1,3}}|[一二三四五六七八九十]{{1,3}})\Z")
# `_COUNT_SUFFIX_RE` for the standard library's engine: the same literal words, longest first,
# so the first that matches is the longest (as in `regex`).
_COUNT_SUFFIX_STD = re.compile(_COUNT_SUFFIX)
_UNBRACKETED_END = rf"(?:{alternation(_P['unbracketed_title_suffixes'])}|{_COUNT}条(?:{_COUNT_SUFFIX}))"
# After a zone's name, the rest of a title written without 《》: at most 32 characters looked
# at from one place, so it runs plain with the budget checked once per place.
_UNBRACKETED_TAIL = short_pattern(rf"[\p{{Han}}()]{{2,30}}?{_UNBRACKETED_END}")
_OPEN_QUOTES = "“‘「\""
_CLOSE_QUOTES = "”’」\""
_QUOTES = "“”\"'‘’「」"
# One character at a time, in loops bounded by a name's length: \p{Han} spelt out for the
# standard library's engine, whose call costs a third of one of `regex`.
_HAN = re.compile(f"[{HAN}]")
# Words of the sentence around a title, never of the title itself (出台系列工作方案).
_NOT_IN_TITLE = compiled(alternation(_P["unbracketed_title_blockers"]))
# `(以下简称“惠企十条”)` right after a name: the short name the article goes on to use.
_SHORT_NAME = compiled(
    rf"[(（]?\s*(?:{alternation(_P['short_name_links'])})\s*[“‘「\"《]?(?P<name>[^“”‘’「」\"《》()（）,，。;；\n]{{2,40}})"
)
# How every match of `_SHORT_NAME` opens (a bracket, spaces, a link word): where none does,
# the pattern is not tried (and its clock not started). Linear: the budget is checked per name.
_SHORT_NAME_OPENS = re.compile(
    f"[(（]?[{SPACE}]*(?:{'|'.join(re.escape(w) for w in sorted(_P['short_name_links'], key=len, reverse=True))})")
# Between two names of one policy written side by side: an opening bracket or a link word
# (“稳企12条”(《……》), 《……》即“……”); names with only quotes between are a list (《A》《B》).
_LINKS = alternation(_P["apposition_links"] + _P["short_name_links"])
_APPOSITION = compiled(rf"[\s“”‘’「」\"]*(?:[(（]\s*(?:{_LINKS})?|[,，]?\s*(?:{_LINKS}))[\s:：“”‘’「」\"]*")
# A character no match of `_APPOSITION` holds (none of its classes, no character of a link):
# two names with one between them are not side by side, found without the pattern and its clock.
_NOT_APPOSITION = re.compile(
    f"[^{SPACE}“”‘’「」\"(（,，:：{''.join(sorted({re.escape(ch) for w in _P['apposition_links'] + _P['short_name_links'] for ch in w}))}]")
# What every match of `_APPOSITION` holds: an opening bracket or a link word (names written
# one right after the other, with nothing or only quotes between, are a list).
_APPOSITION_CORE = re.compile("[(（]|" + "|".join(re.escape(w) for w in _P["apposition_links"] + _P["short_name_links"]))

MIN_PACKAGE_ITEMS = 3
MAX_PLAIN_NAME = 4      # 惠企10条: an unquoted slogan is short
MAX_QUOTED_NAME = 12    # “复工复产七条措施”, 保企业稳预期促发展“十条措施”: quotes or a boundary delimit it
MIN_SHARED_TAIL = 4     # 《若干措施》 after 《关于支持……的若干措施》: a shorter tail is too generic


@dataclass(frozen=True)
class Policy:
    title: str
    n_items: int | None
    span_start: int
    span_end: int
    zone: str | None
    aliases: tuple[str, ...] = ()


@dataclass
class _Name:
    """One way the article writes a policy's name, where it writes it."""
    start: int
    end: int
    title: str
    n_items: int | None
    guessed_start: bool = False  # an unquoted slogan's start is a guess (惠企10条 after any boundary)

    @cached_property
    def key(self) -> str:
        """`_key(title)`, computed once: grouping compares each name's key with many others'
        (a name's title is never changed; a changed name is a new `_Name`)."""
        return _key(self.title)


@dataclass
class _Group:
    names: list[_Name] = field(default_factory=list)
    zone: str | None = None


def _key(title: str) -> str:
    return _KEY_DROPPED.sub("", title)


def _count_value(count: str | None) -> int | None:
    if not count:
        return None
    return int(count) if count.isdigit() else int(parse_chinese_number(count) or 0) or None


def _n_items_of(title: str) -> int | None:
    """The 16 of `……的16条措施`, `十六条政策意见`."""
    if "条" not in title:
        return None  # every match holds it: most titles have none
    m = _TITLE_COUNT.search(title, timeout=_T)
    return _count_value(m.group("count")) if m else None


# --- packages: slogan + item count ---------------------------------------------------------

def _boundary_ends_at(text: str, pos: int, words: tuple[str, ...] = _BOUNDARY) -> bool:
    """True at the start of the text or right after one of `words` (出台, 的, 、, 政府 ...)."""
    return pos == 0 or text.endswith(words, 0, pos)  # one C call over the word tuple


def _han_run_start(text: str, end: int, limit: int, stop_at_boundary: bool) -> int:
    """Where the run of Han characters ending at `end` starts (at most `limit` characters),
    or, with `stop_at_boundary`, the boundary word in it ending last.

    The run found by one search (`_han_run_start_by_definition` tests each character)."""
    run = _HAN_RUN_ENDING.search(text, max(0, end - limit), end)
    first = end if run is None else run.start()
    if not stop_at_boundary:
        return first
    start = end
    while start > first and not _boundary_ends_at(text, start):
        start -= 1
    return start


# A run of Han characters ending where the search ends (its endpos); the leftmost found.
_HAN_RUN_ENDING = re.compile(f"[{HAN}]+\\Z")


def _han_run_start_by_definition(text: str, end: int, limit: int, stop_at_boundary: bool) -> int:
    start = end
    while (start > 0 and end - start < limit and _HAN.match(text[start - 1])
           and not (stop_at_boundary and _boundary_ends_at(text, start))):
        start -= 1
    return start


def _quoted_name(text: str, count_start: int, end: int) -> tuple[int, int, str] | None:
    """“复工复产七条措施”: the whole package sits inside one pair of quotes."""
    start = _han_run_start(text, count_start, MAX_QUOTED_NAME, stop_at_boundary=False)
    if start == 0 or text[start - 1] not in _OPEN_QUOTES or end >= len(text) or text[end] not in _CLOSE_QUOTES:
        return None
    if start == count_start:
        return None  # “十条措施”: the name stands before the quotes
    return start - 1, end + 1, text[start:count_start]


def _name_before_quoted_count(text: str, count_start: int, end: int) -> tuple[int, int, str] | None:
    """保企业稳预期促发展“十条措施”: the quotes hold the count, the slogan comes before them."""
    if count_start == 0 or text[count_start - 1] not in _OPEN_QUOTES:
        return None
    if end >= len(text) or text[end] not in _CLOSE_QUOTES:
        return None
    name_end = count_start - 1
    start = _han_run_start(text, name_end, MAX_QUOTED_NAME, stop_at_boundary=True)
    if not _boundary_ends_at(text, start, _OPENERS):
        return None  # 用足用好“十条措施”: a verb phrase, not a name
    return start, end + 1, text[start:name_end]


def _slogan_quoted_before_count(text: str, count_start: int, end: int) -> tuple[int, int, str] | None:
    """“硬核”12条: the slogan is quoted, the count follows the closing quote."""
    if count_start < 2 or text[count_start - 1] not in _CLOSE_QUOTES:
        return None
    start = _han_run_start(text, count_start - 1, MAX_QUOTED_NAME, stop_at_boundary=False)
    if start == 0 or text[start - 1] not in _OPEN_QUOTES:
        return None
    return start - 1, end, text[start:count_start - 1]


def _plain_name(text: str, count_start: int, end: int) -> tuple[int, int, str] | None:
    """惠企10条: a short slogan right after a boundary word; 出台支持企业复工复产十二条措施: a
    longer one right after a publishing verb (出台, 出台了), when a word like 措施 follows the count."""
    start = _han_run_start(text, count_start, MAX_QUOTED_NAME + 2, stop_at_boundary=True)
    if not _boundary_ends_at(text, start):
        return None
    if len(text[start:count_start]) > MAX_PLAIN_NAME and not (
            text[end - 1] != "条" and _after_publishing_verb(text, start)):
        return None
    return start, end, text[start:count_start]


def _after_publishing_verb(text: str, start: int) -> bool:
    return _boundary_ends_at(text, start, _PUBLISHING_VERBS) or (
        text[start - 1:start] == "了" and _boundary_ends_at(text, start - 1, _PUBLISHING_VERBS))


def _package_name(text: str, count_start: int, end: int) -> tuple[int, int, str] | None:
    """(mention start, mention end, slogan) of the package whose count starts at `count_start`."""
    for finder in (_quoted_name, _name_before_quoted_count, _slogan_quoted_before_count, _plain_name):
        found = finder(text, count_start, end)
        if found is not None:
            start, stop, name = found
            # “新十条”: inside quotes one character names a package; outside them it is a word's tail.
            shortest = 1 if finder is _quoted_name else 2
            if len(name) < shortest or name.startswith(_BLOCKERS) or name.endswith(("第", "每")):
                return None
            if name.endswith(_RANGE_LINKS) and len(name) >= 2 and name[-2] in _COUNT_CHARS:
                return None  # 八至十二条: a range of a document's articles (policies.json _article_range_links)
            return start, stop, name
    return None


def _package_matches(text: str) -> list[tuple[int, int, str | None, str | None]]:
    """(start, end, count, suffix) of each match of `_PACKAGE.finditer(text)`, found from the
    offsets of 条 (every match holds one, `regex` tried the pattern at every character).

    Each 条 is matched (its count optional), and no count or suffix holds a 条: the match of a
    条 starts at the leftmost offset, not before the end of the match before nor more than
    three characters before it, from which a count runs to it; else at the 条 itself. It ends
    after the longest suffix written after the 条, if any."""
    found: list[tuple[int, int, str | None, str | None]] = []
    after = 0
    for q in positions_of(text, "条"):
        count = _COUNT_ENDING.search(text, max(q - 3, after), q)
        start = q if count is None else count.start()
        suffix = _COUNT_SUFFIX_STD.match(text, q + 1)
        after = q + 1 if suffix is None else suffix.end()
        found.append((start, after, text[start:q] or None, None if suffix is None else suffix.group()))
    return found


_EPIDEMIC_RULES_BEFORE = tuple(_P["epidemic_rules_before"])
_RANGE_LINKS = tuple(_P["article_range_links"])


def _epidemic_rules_named(text: str, start: int) -> bool:
    """Whether a word of the epidemic-control regime (policies.json epidemic_rules_before) ends right
    before the package's name starting at `start`, a 的 at most between (国务院联防联控机制“新十条”)."""
    before = text[max(0, start - 8):start]
    before = before.removesuffix("的")
    return before.endswith(_EPIDEMIC_RULES_BEFORE)


def _packages(text: str, has_missing_digits: bool) -> list[_Name]:
    found = []
    budget.check()
    for match_start, match_end, count, suffix in _package_matches(text):
        if count is None and not has_missing_digits:
            continue
        n_items = _count_value(count)
        if count and (not n_items or n_items < MIN_PACKAGE_ITEMS):
            continue  # 一条龙, 两条线: a package has several items
        named = _package_name(text, match_start, match_end)
        if named is None:
            continue
        start, end, name = named
        if _epidemic_rules_named(text, start):
            continue  # 疫情防控“新十条”: the rules of epidemic control, no support policy
        title = f"{name}{count or ''}条{suffix or ''}"
        found.append(_Name(start, end, title, n_items, guessed_start=text[start:end] == title))  # nothing quoted
    return found


# --- documents ----------------------------------------------------------------------------

_TITLE_WORDS = tuple(_P["title_suffixes"])
# A status or version note in parentheses after the document word is part of the title
# (…实施细则（试行）, …办法（2020年修订）, …若干措施（征求意见稿））: the title ends as a title
# before it. A name whose part before the note ends in no document word stays out (人民日报（海外版）).
_TITLE_NOTE = re.compile(r"\([^()]{1,15}\)\Z")


def _without_note(title: str) -> str:
    note = _TITLE_NOTE.search(title) if title.endswith(")") else None
    return title[:note.start()] if note else title


def _ends_as_a_title(title: str) -> bool:
    """`_TITLE_END.search(title)` (a title holds no newline): a document word ends it, looked
    for in C, or a count with 条 does, which needs a 条."""
    return title.endswith(_TITLE_WORDS) or ("条" in title and _TITLE_END.search(title, timeout=_T) is not None)


def _bracketed(text: str) -> list[_Name]:
    found = []
    budget.check()
    for m in _BRACKETED_STD.finditer(text):
        title = m.group("title").strip(_QUOTES + " ")
        proper = _without_note(title)
        if _ends_as_a_title(proper):
            found.append(_Name(m.start(), m.end(), title, _n_items_of(proper)))
    return found


# A document's full title in quotes instead of 《》 (出台“支持企业复工复产若干措施”): the quotes
# hold no other quote and no line end, the title ends in a word only a document's title ends in
# (`unbracketed_title_suffixes`: 若干措施, 实施细则, not a bare 措施), and a publishing verb or an
# issuer stands right before the quotes (the openers of a quoted package count).
_QUOTED_TITLE = re.compile(r"[“「](?P<title>[^“”「」\n]{4,40})[”」]")
_DOCUMENT_TITLE_WORDS = tuple(_P["unbracketed_title_suffixes"])


def _quoted_titles(text: str) -> list[_Name]:
    budget.check()
    return [_Name(m.start(), m.end(), title, _n_items_of(title))
            for m in _QUOTED_TITLE.finditer(text)
            if (title := m.group("title")).endswith(_DOCUMENT_TITLE_WORDS)
            and _boundary_ends_at(text, m.start(), _OPENERS)]


def _unbracketed(text: str, zones: ArticleZones) -> list[_Name]:
    return [_Name(start, end, text[start:end], _n_items_of(text[start:end]))
            for start, end in _unbracketed_spans(text, {a for z in zones.zones.values() for a in z.aliases})
            if not _NOT_IN_TITLE.search(text[start:end], timeout=_T)]


def _unbracketed_spans(text: str, names) -> list[tuple[int, int]]:
    """What `_unbracketed_by_pattern` matches, without compiling the article's names into a
    pattern (a `regex` compile per article cost more than all its policy searches).

    The engine's order, kept: offsets left to right; at each, the names written there longest
    first, the first whose title tail matches wins; the next match is looked for after it."""
    ends = _title_end_starts(text)
    counts = [q for q in positions_of(text, "条") if q and (text[q - 1].isdigit() or text[q - 1] in _COUNT_CHARS)]
    if not ends and not counts and "" not in names:
        return []  # no title can end anywhere (most articles): the names need not be looked for
    starts = _starts_before_title_ends(text, names, ends, counts)
    found, after = [], 0
    for start in sorted(starts):
        if start < after or text[start - 1:start] == "《":
            continue
        budget.check()
        # A title's tail (2 to 30 characters) ends in a document word or in a count with 条: with
        # neither close enough after any name written here, no tail can match (most places).
        first, last = start + len(starts[start][-1]), start + len(starts[start][0])
        if not (_any_between(ends, first + 2, last + 30) or _any_between(counts, first + 3, last + 33)):
            continue
        for name in starts[start]:
            m = _UNBRACKETED_TAIL.match(text, start + len(name))
            if m is not None:
                found.append((start, m.end()))
                after = m.end()
                break
    return found


def _starts_before_title_ends(text: str, names, ends: list[int], counts: list[int]) -> dict[int, list[str]]:
    """`literal_starts(text, names)` at the offsets where the test of `_unbracketed_spans` can
    find a title's end close enough after the names written there (the others it skips).

    A name of `names` written at `start` has between `shortest` and `longest` characters, so
    that test passes only for a start between `longest + 30` and `shortest + 2` characters
    before a document word (33 and 3 before a count's 条): the names are looked for in these
    few stretches of the text, not in all of it (a title end stands in few places)."""
    words = sorted(set(names), key=lambda w: (-len(w), w))
    if "" in names:
        raise ValueError("an empty word would match everywhere")
    if not words:
        return {}
    longest, shortest = len(words[0]), len(words[-1])
    reach = sorted([(e - longest - 30, e - shortest - 2) for e in ends]
                   + [(c - longest - 33, c - shortest - 3) for c in counts])
    stretches: list[list[int]] = []  # [first, last] start, disjoint, ascending
    for first, last in reach:
        first = max(first, 0)
        if last < first:
            continue
        if stretches and first <= stretches[-1][1] + 1:
            stretches[-1][1] = max(stretches[-1][1], last)
        else:
            stretches.append([first, last])
    found: dict[int, list[str]] = {}
    for word in words:  # longest first, as literal_starts lists them
        for first, last in stretches:
            stop = last + len(word)  # a start at `last` at the latest
            i = text.find(word, first, stop)
            while i >= 0:
                found.setdefault(i, []).append(word)
                i = text.find(word, i + 1, stop)
    return found


# The characters a count of `_COUNT` can end with, beside digits (a 条 after none ends no count).
_COUNT_CHARS = "一二三四五六七八九十"


# The document words of `_UNBRACKETED_END`. No word's end is another's beginning, nor holds
# another (tests/test_speed_stage_passes.py checks), so no two occurrences overlap and one scan
# for all, which finds occurrences that do not overlap, finds every one.
_TITLE_END_WORD = literal_scanner(_P["unbracketed_title_suffixes"])


def _title_end_starts(text: str) -> list[int]:
    """Offsets where a document word of `_UNBRACKETED_END` starts, ascending (every occurrence):
    one scan (`_title_end_starts_by_definition` looks for each word in turn)."""
    budget.check()
    return [m.start() for m in _TITLE_END_WORD.finditer(text)]


def _title_end_starts_by_definition(text: str) -> list[int]:
    return sorted(i for word in _P["unbracketed_title_suffixes"] for i in positions_of(text, word))


def _any_between(offsets: list[int], lo: int, hi: int) -> bool:
    """True when some offset of the ascending `offsets` lies in [lo, hi]."""
    i = bisect.bisect_left(offsets, lo)
    return i < len(offsets) and offsets[i] <= hi


def _unbracketed_by_pattern(text: str, names) -> list[tuple[int, int]]:
    """The definition `_unbracketed_spans` follows, for tests: one pattern of all the names."""
    if not names:
        return []
    pattern = regex.compile(rf"(?<!《)(?:{alternation(list(names))}){_UNBRACKETED_TAIL.pattern}")
    return [m.span() for m in pattern.finditer(text)]


def _short_name_after(text: str, name: _Name) -> _Name | None:
    """`(以下简称“惠企十条”)` right after a title: the name the article uses from then on."""
    budget.check()
    if _SHORT_NAME_OPENS.match(text, name.end) is None:
        return None
    m = _SHORT_NAME.match(text, name.end, timeout=_T)
    if m is None:
        return None
    return _Name(m.start("name"), m.end("name"), m.group("name"), _n_items_of(m.group("name")))


# --- one policy, several names ------------------------------------------------------------

def _without_count(key: str) -> str:
    return compiled(rf"{_COUNT}(?=条)").sub("", key)


def _is_subsequence(short: str, long_: str) -> bool:
    chars = iter(long_)
    return all(ch in chars for ch in short)


def _same_policy(a: _Name, b: _Name) -> bool:
    """Two names that the article uses for one policy."""
    short, long_ = sorted((a, b), key=lambda n: len(n.key))
    if short.key == long_.key:
        return True
    if len(short.key) >= MIN_SHARED_TAIL and long_.key.endswith(short.key):
        return True  # 《若干措施》 for 《关于支持……的若干措施》
    if long_.key.startswith(short.key) and _COUNT_SUFFIX_RE.fullmatch(long_.key[len(short.key):]):
        return True  # 惠企10条 for 惠企10条措施
    # 稳企12条 for 关于稳定企业发展的十二条措施: the same count, the short name's words in order
    return (short.n_items is not None and short.n_items == long_.n_items
            and _is_subsequence(_without_count(short.key), _without_count(long_.key))) \
        or _counted_subject_of(a, b) or _counted_subject_of(b, a)


_UNSPECIFIED_COUNT = tuple(_P["unspecified_count_words"])
_MIN_COUNTED_SUBJECT = _P["unspecified_count_min_subject"]


def _counted_subject_of(package: _Name, document: _Name) -> bool:
    """纾困发展十二条措施 for 黄浦区支持餐饮业恢复堂食和纾困发展的若干措施: an unquoted package's
    subject (its name before the count), written inside the title of a document that leaves its
    count unsaid (policies.json _unspecified_count_words). A quoted package (泉州市“助企纾困十二条”)
    is a name of its own, another document's."""
    if not package.guessed_start or package.n_items is None or document.n_items is not None \
            or not any(w in document.key for w in _UNSPECIFIED_COUNT):
        return False
    m = _TITLE_COUNT.search(package.key, timeout=_T)
    subject = package.key[:m.start()] if m else ""
    return len(subject) >= _MIN_COUNTED_SUBJECT and subject in document.key


def _side_by_side(text: str, a: _Name, b: _Name) -> bool:
    """“稳企12条”(《……十二条措施》): two names with only brackets, quotes or 即 between."""
    first, second = (a, b) if a.start <= b.start else (b, a)  # sorted by start, as written when equal
    if first.end > second.start or _NOT_APPOSITION.search(text, first.end, second.start) is not None \
            or _APPOSITION_CORE.search(text, first.end, second.start) is None:
        return False
    return _APPOSITION.fullmatch(text, first.end, second.start, timeout=_T) is not None


def _contained(name: _Name, others: list[_Name]) -> bool:
    """A package inside a title found without brackets is part of that title's words (in 《》 a
    package can be a document's subject, 《关于落实惠企10条的通知》, and stays a policy)."""
    return any(o is not name and o.start <= name.start and name.end <= o.end and len(o.key) > len(name.key)
               for o in others)


def _known_tail(name: _Name, groups: list[_Group]) -> _Name:
    """明确新十条 after (以下简称“新十条”): a guessed slogan start gives way to the name already
    given (in `groups`, group by group), so the words before it (明确) do not become a second name."""
    if not name.guessed_start:
        return name  # most names: the earlier ones are not gone through
    for known in (n for g in groups for n in g.names):
        if known.start < name.start and known.key != name.key and name.title.endswith(known.title):
            return _Name(name.end - len(known.title), name.end, known.title, name.n_items)
    return name


def _group_for(name: _Name, zone: str | None, groups: list[_Group], text: str) -> _Group | None:
    """The policy already seen that `name` names again (the latest one it fits), None for a new one:
    the same name, a name written right beside one of its names, or a shorter form of one."""
    for group in reversed(groups):
        if any(n.key == name.key or _side_by_side(text, n, name) for n in group.names):
            return group
    for group in reversed(groups):
        if group.zone and zone and group.zone != zone:
            continue  # a city's package and a district's of the same count are two policies
        if any(_same_policy(n, name) for n in group.names):
            return group
    return None


def _policy(group: _Group, zone_at: dict[tuple[int, int], str | None]) -> Policy:
    """The policy `group` names, its zone that of its title's place (`zone_at`: each name's)."""
    title = max(group.names, key=lambda n: (len(n.key), -n.start))  # the fullest name, first written
    aliases: list[str] = []
    seen = {title.key}
    for n in group.names:
        if n.key not in seen:
            seen.add(n.key)
            aliases.append(n.title)
    proper = _without_note(title.title)  # …实施细则(试行) is also called …实施细则
    if proper != title.title and _key(proper) not in seen:
        aliases.append(proper)
    n_items = title.n_items if title.n_items is not None else next(
        (n.n_items for n in group.names if n.n_items is not None), None)
    return Policy(title.title, n_items, title.start, title.end, zone_at[title.start, title.end], tuple(aliases))


def _zone_of(zones: ArticleZones, start: int, end: int) -> str | None:
    inside = zones.zones_between(start, end)
    if inside:
        return inside[0]
    return zones.zone_for(start)


def extract_policies(text: str, zones: ArticleZones, *, has_missing_digits: bool = False) -> list[Policy]:
    bracketed = _bracketed(text)
    # a title found without brackets inside a bracketed one (《A县支持B合作区…若干政策措施》, B a
    # zone's name) is part of that title's words, not a policy of its own
    unbracketed = [u for u in _unbracketed(text, zones) if not _contained(u, bracketed)]
    packages = [p for p in _packages(text, has_missing_digits) if not _contained(p, unbracketed)]
    names = bracketed + _quoted_titles(text) + unbracketed + packages
    names += [s for s in (_short_name_after(text, n) for n in names) if s is not None]
    names.sort(key=lambda n: (n.start, n.end, n.title))

    # in reading order, each name joins the policy it names again or starts a new one
    groups: list[_Group] = []
    zone_at: dict[tuple[int, int], str | None] = {}  # each place asked once (the title's again by _policy)
    for name in names:
        name = _known_tail(name, groups)
        if not name.key:
            continue
        zone = zone_at[name.start, name.end] = _zone_of(zones, name.start, name.end)
        group = _group_for(name, zone, groups, text)
        if group is None:
            groups.append(_Group([name], zone))
        else:
            group.names.append(name)
            group.zone = group.zone or zone
    return sorted((_policy(g, zone_at) for g in groups), key=lambda p: (p.span_start, p.span_end, p.title))
