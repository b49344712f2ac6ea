"""Stage: decoded text -> cleaned, simplified text + noise counters.

Promise: `clean_text(raw)` returns the text every span of the dataset points into:
romanisation after Chinese characters removed (`企業(yè)` -> `企業`), Traditional converted
to Simplified (OpenCC t2s), full-width ASCII made half-width, page furniture dropped
(bylines, photo captions and credits, editor lines, page headers, disclaimers, web
breadcrumbs), lines broken inside a word joined, and spaces inside Chinese text removed.
It also reports the article's title and publication date when the header states them,
which lines are headlines (for roundup sections and headline/body dedup), and whether
digits were stripped upstream. Cleaning never invents characters: it only deletes,
joins, maps full-width forms and converts script.
"""
from __future__ import annotations

import bisect
import collections
import datetime as dt
import hashlib
import html
import itertools
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import budget, jieba_cache
from .document import PHRASE_SPACE_SCALES, PHRASE_SPACE_UNITS, RESPECTIVELY
from .regex_classes import DIGIT, HAN, PE, PF, PI, PS
from .lexicon import REGEX_TIMEOUT, alternation, compiled, resource, stdlib_form
from .numbers import percent_unit_label_signs

_T = REGEX_TIMEOUT


@dataclass(frozen=True)
class CleanText:
    text: str
    script: str                      # simplified | traditional | mixed
    title: str | None
    published_date: dt.date | None
    n_romanisation_removed: int
    n_spaces_removed: int
    n_lines_joined: int
    has_missing_digits: bool
    headlines: tuple[tuple[int, int], ...]  # (start, end) of short heading lines in `text`
    # (start in `text`, date) of each microblog post a time stamp dated (boilerplate.json
    # _post_stamp), in order: the post runs to the next one's start.
    post_dates: tuple[tuple[int, dt.date], ...] = ()
    # The sources the info bar above the body names (来源：鄂尔多斯日报: boilerplate.json
    # _header_source), kept though the bar is dropped: whose paper the article is.
    outlets: tuple[str, ...] = ()
    # Which line gave `published_date` (container, header, signature, closing_source, issuing_line),
    # or issue_year when only a bulletin's issue line (2022年第3期) gave a year: `as_of_anchor`.
    date_source: str | None = None
    issue_year: int | None = None

    @property
    def as_of_anchor(self) -> dt.date | None:
        """The date that dates the body's figures: the published date, else the last day of the
        issue line's year, so that a date written without a year (截至5月15日) takes that year."""
        if self.published_date is None and self.issue_year is not None:
            return dt.date(self.issue_year, 12, 31)
        return self.published_date

    @property
    def title_end(self) -> int | None:
        """Where the title ends in `text` when the text opens with it (zones weigh a name in
        the title as the article's own), else None."""
        return len(self.title) if self.title and self.text.startswith(self.title) else None


# --- script -----------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _converter(config: str):
    import opencc
    return opencc.OpenCC(config)


@lru_cache(maxsize=None)
def _changing_class(config: str) -> re.Pattern:
    """One character `config` may change (pipeline/_opencc_chars.py), a lone surrogate (which
    OpenCC refuses: such a text still goes to it and fails there as before), or any character
    beyond the Basic Multilingual Plane. The standard library tests a class of BMP characters
    with one table lookup but a class holding others range by range (a hundred times slower):
    the few that OpenCC may change are covered by the whole range of them, which costs only a
    conversion more on a text with an emoji."""
    from ._opencc_chars import S2T_CHANGING, T2S_CHANGING
    chars = {"t2s": T2S_CHANGING, "s2t": S2T_CHANGING}[config]
    bmp = "".join(re.escape(ch) for ch in sorted(chars) if ord(ch) <= 0xFFFF)
    return re.compile("[" + bmp + "\ud800-\udfff\U00010000-\U0010ffff]")


def convert_where_needed(config: str, text: str) -> str:
    """OpenCC's `config` conversion of `text`, running OpenCC only on the lines that hold a
    character it may change.

    OpenCC replaces whole dictionary entries (none holds a newline), so each line converts as
    it would on its own and a line without such a character comes out unchanged: most articles
    are Simplified and skip the conversion, a Traditional one skips it for s2t on most lines."""
    if _changing_class(config).search(text) is None:
        # what the loop below returns for such a text, without its generator and converter
        # lookup: tables ask this of every cell (12k short ones over the bench set, most with
        # no character to change), where that set-up cost as much as the search
        return text
    convert = _converter(config).convert
    pieces, done = [], 0  # text[:done] is converted (or needs no conversion)
    for start, end in _runs_to_convert(config, text):
        pieces += [text[done:start], convert(text[start:end])]
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _runs_to_convert(config: str, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of lines of `text` holding a character `config` may change, in
    order: each line holding one, with the lines after it that hold one too (a Traditional
    text is converted in a few calls, not one per line). One scan in all: each search starts
    after the run found last."""
    changing = _changing_class(config)
    done = 0
    while (hit := changing.search(text, done)) is not None:
        start = text.rfind("\n", done, hit.start()) + 1 or done
        end = text.find("\n", hit.start())
        while end >= 0:
            next_end = text.find("\n", end + 1)
            if changing.search(text, end + 1, len(text) if next_end < 0 else next_end) is None:
                break
            end = next_end
        end = len(text) if end < 0 else end
        yield start, end
        done = end


def to_simplified(text: str) -> str:
    """OpenCC's t2s conversion of `text`, the gazetteer's names it would write otherwise kept as
    the gazetteer writes them (`_names_t2s_misses`: 乾安县 stays, it does not become 干安县)."""
    simplified = convert_where_needed("t2s", text)
    if simplified is text or len(simplified) != len(text):
        # Nothing converted; or a length changed (no t2s entry does: tests/test_speed_clean.py), so
        # that a name's place in `text` is not its place in the conversion.
        return simplified
    return _with_names_kept(text, simplified)


def _with_names_kept(text: str, simplified: str) -> str:
    """`simplified` (of `text`, as long) with each writing of a name `_names_t2s_misses` lists
    that `text` holds made the name, at the same place."""
    pieces, done = [], 0  # simplified[:done] is in `pieces`
    for m in _t2s_missed_name().finditer(text):
        pieces += [simplified[done:m.start()], _names_t2s_misses()[m.group()]]
        done = m.end()
    if not pieces:
        return simplified
    pieces.append(simplified[done:])
    return "".join(pieces)


@lru_cache(maxsize=1)
def _names_t2s_misses() -> dict[str, str]:
    """Each writing of a gazetteer name (gazetteer.written_names), as the name is or in
    Traditional script (OpenCC s2t), that OpenCC's t2s does not turn into the name -> the name.

    t2s maps some characters that Simplified Chinese writes too: 乾 -> 干 is right in 乾燥 and
    乾杯, where 干 is the Simplified word, but in a name 乾 stays (乾安县, 乾县, 乾隆), so a
    Simplified article's 乾安县 became 干安县 and the county was never found. And it leaves a few
    names' Traditional forms as they are (濬縣, the s2t form of 浚县, became 濬县). The places'
    names are what the gazetteer says, so their writings are kept or made the gazetteer's; a
    Traditional text's other words still convert (乾燥 -> 干燥).

    Kept in the temporary directory, beside jieba's tables, for the same names, OpenCC
    dictionaries and code deriving it: deriving it loads OpenCC's s2t converter, 0.08 s of every process's start-up
    (a text holding one Traditional character comes here), for seven names."""
    from .gazetteer import written_names
    names = sorted(written_names())
    path, source = _t2s_misses_cache_path(), _t2s_misses_source(names)
    kept = jieba_cache.read_own_fields(path, source, 1, version=_T2S_MISSES_FORMAT) if source is not None else None
    if kept is not None and isinstance(kept[0], dict):
        return kept[0]
    misses = _names_t2s_misses_derived(names)
    if source is not None:
        jieba_cache.write_atomically(path, (_T2S_MISSES_FORMAT, source, misses))
    return misses


# Of the kept misses' file: bumped when its layout changes. A change of what is derived needs no
# bump: the derivation's code is in the file's key (`_t2s_misses_code`). (1: jieba_cache's
# format, whose key left out the code.)
_T2S_MISSES_FORMAT = 2


def _names_t2s_misses_derived(names: list[str]) -> dict[str, str]:
    """`_names_t2s_misses` derived from the sorted `names` by OpenCC (what the kept file holds)."""
    # One call per conversion for all the names: OpenCC converts each line as it would alone.
    traditional = _converter("s2t").convert("\n".join(names)).split("\n")
    writings = [(name, written) for name, trad in zip(names, traditional) for written in dict.fromkeys((name, trad))]
    converted = _converter("t2s").convert("\n".join(written for _, written in writings)).split("\n")
    return {written: name for (name, written), back in zip(writings, converted)
            if back != name and len(written) == len(name)}


def _t2s_misses_cache_path() -> str:
    import tempfile
    return os.path.join(tempfile.gettempdir(), "zone-measures-t2s-name-misses.cache")


def _t2s_misses_source(names: list[str]) -> tuple | None:
    """What the kept misses were derived from: the names (their digest), the code deriving them
    (`_t2s_misses_code`) and OpenCC (its version and each file of its dictionaries, by name, size
    and modification time); None when OpenCC's files or the code cannot be read (then the misses
    are derived and not kept)."""
    import opencc
    share = os.path.join(os.path.dirname(opencc.__file__), "clib", "share", "opencc")
    try:
        files = tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(share) if e.is_file()))
        code = _t2s_misses_code()
    except OSError:
        return None
    digest = hashlib.sha256("\n".join(names).encode("utf-8", "surrogatepass")).hexdigest()
    return digest, code, getattr(opencc, "__version__", ""), os.path.realpath(share), files


def _t2s_misses_code() -> str:
    """sha256 of the source files of the code deriving the misses (`_names_t2s_misses_derived`
    and the converters it calls, as defined now: a function put in their place is its own file's).

    The file is shared by every checkout on the machine, and one whose derivation differs (its
    filter, its conversions) must not read another's table; a digest of the code cannot be
    forgotten as a format number can. Whole files, not the functions' source: `inspect.getsource`
    costs 5-12 ms a process, reading and hashing this module 0.1 ms; an edit elsewhere in it
    only derives the misses once more (0.08 s). OSError when a file cannot be read."""
    derivation = (_names_t2s_misses_derived, _converter)
    codes = [getattr(getattr(f, "__wrapped__", f), "__code__", None) for f in derivation]
    if None in codes:
        raise OSError("the derivation's code has no source file")
    files = sorted({code.co_filename for code in codes})
    digest = hashlib.sha256()
    for file in files:
        with open(file, "rb") as fh:
            digest.update(hashlib.sha256(fh.read()).digest())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _t2s_missed_name() -> re.Pattern:
    """Any writing `_names_t2s_misses` lists, the longest first (乾安县 before its stem 乾安);
    none, a pattern that never matches."""
    writings = sorted(_names_t2s_misses(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, writings)) or "(?!)")


def count_differing(a: str, b: str) -> int:
    """`sum(map(operator.ne, a, b))`: the offsets below the shorter length where the two differ,
    compared by numpy on their code points (a Python iterator over a text costs thirty times more)."""
    import numpy as np  # loaded by the pipeline anyway; only Traditional texts come here
    n = min(len(a), len(b))
    codes_a = np.frombuffer(a[:n].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes_b = np.frombuffer(b[:n].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return int(np.count_nonzero(codes_a != codes_b))


def _simplified_only_count(text: str, n_traditional: int) -> int:
    """`count_differing(text, convert_where_needed("s2t", text))`; or, as soon as that is sure
    to stay below a twentieth of `n_traditional` (the script is then "traditional" whatever it
    is), the count so far.

    No s2t dictionary entry is written in another length (tests/test_speed_stage_passes.py checks),
    so each run converts in its own length and a character it changes is one it may change:
    the rest of the text can add at most as many differences as it holds such characters. A
    Traditional text holds few, so most of its s2t conversion is not needed to tell its script."""
    convert = _converter("s2t").convert
    changeable = [m.start() for m in _changing_class("s2t").finditer(text)]
    counted = 0
    for start, end in _runs_to_convert("s2t", text):
        left = len(changeable) - bisect.bisect_left(changeable, start)
        if (counted + left) * 20 < n_traditional:
            return counted
        converted = convert(text[start:end])
        if len(converted) != end - start:  # not as the dictionaries are: counted as defined
            return count_differing(text, convert_where_needed("s2t", text))
        counted += count_differing(text[start:end], converted)
    return counted


def detect_script(text: str, simplified: str) -> str:
    """traditional / simplified / mixed, from characters that only one script uses."""
    if text == simplified:
        return "simplified"  # most articles: nothing to count, no second conversion needed
    n_traditional = count_differing(text, simplified)
    if n_traditional == 0:
        return "simplified"  # most articles: no second conversion needed
    n_simplified_only = _simplified_only_count(text, n_traditional)
    if n_simplified_only == 0 or n_simplified_only * 20 < n_traditional:
        return "traditional"
    if n_traditional * 20 < n_simplified_only:
        return "simplified"
    return "mixed"


# --- character-level normalisation ----------------------------------------------------------

# One str.translate instead of a Python loop over every character.
_WIDTH_TABLE = {**{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)},
                **{ord(ch): " " for ch in "\u3000\u00a0\u2002\u2003\u2009"},
                **{ord(ch): None for ch in "\u200b\ufeff"},
                # 丨 (U+4E28), a radical no word holds, typed for a bar between a title's parts
                # (战疫情 稳经济丨高新区交出…): as a Han character it would join the words around it
                # into one name (稳经济丨高新区).
                0x4E28: ord("|")}


# The same mapping applied by the regex engine at the characters it names: str.translate
# with a dict looks every character of a Chinese text up in Python objects, twenty times slower.
_WIDE = {chr(code): "" if to is None else to if isinstance(to, str) else chr(to) for code, to in _WIDTH_TABLE.items()}
_WIDE_CHAR = re.compile("[" + "".join(re.escape(ch) for ch in _WIDE) + "]")


def normalise_width(text: str) -> str:
    """Full-width ASCII (１２００, ％, ，) to ASCII; ideographic and no-break spaces to spaces.

    Each character to map is found once and replaced everywhere by str.replace: a text holds
    few distinct ones (most none), and a Python call per occurrence cost more than the scan.
    What they become (ASCII, a space, nothing) is never one of them, so replacing one after
    the other maps each character as one pass would; and no mapped character remains before
    the first one found, so the next search starts there."""
    pos = 0
    while (wide := _WIDE_CHAR.search(text, pos)) is not None:
        pos = wide.start()
        text = text.replace(wide.group(), _WIDE[wide.group()])
    return text


# Pictographs of web and WeChat pages (👉, 🔥, ✅, ⭐, keycaps such as 1️⃣): decoration, no text.
# A keycap's digit goes with it: 1️⃣ numbers a bullet, it is no figure.
_PICTOGRAPH = re.compile("[0-9#*]\ufe0f?\u20e3|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\ufe0f\u200d\u20e3]+")
# Any character of one: the scan that finds none in most texts, four times faster than
# `_PICTOGRAPH`'s, whose keycap branch is tried at every digit.
_PICTOGRAPH_CHAR = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\ufe0f\u200d\u20e3]")


def remove_pictographs(text: str) -> str:
    """`text` without emoji and other pictographs (most texts have none); a pictograph numbering a
    line's item (2️⃣ 留工培训补助) first becomes its number (`numbered_pictographs_as_digits`)."""
    if not _PICTOGRAPH_CHAR.search(text):
        return text
    return _PICTOGRAPH.sub("", numbered_pictographs_as_digits(text))


_NUMBER_OF_PICTOGRAPH: dict[str, int] = {}  # filled from boilerplate.json below, where it is loaded
# 2️⃣ / 🔟 / ❷ opening a line (spaces before and after it): a list item's number (boilerplate.json
# _numbered_pictographs). Filled in with the resource's pictographs once it is loaded.
_NUMBERED_PICTOGRAPH: re.Pattern | None = None


def _number_of(m: re.Match) -> str:
    """The item's number and its mark: a full stop (2.留工培训补助), or the enumeration comma when a
    figure follows (1、500万元…), which no number reader takes into the figure as it would 1.500."""
    mark = _ITEM_MARK_BEFORE_FIGURE if m.group("figure") is not None else "."
    return f"{m.group('indent')}{m.group('digit') or _NUMBER_OF_PICTOGRAPH[m.group('pict')]}{mark}"


def numbered_pictographs_as_digits(text: str) -> str:
    """A keycap or numbered dingbat opening a line as its number and a full stop (2️⃣ 留工培训补助 ->
    2.留工培训补助): the line is a numbered item, as 2. writes it (boilerplate.json _numbered_pictographs)."""
    return _NUMBERED_PICTOGRAPH.sub(_number_of, text)


_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# Romanisation inserted after a character (or after a lost one shown as ?): 企業(yè), ??(gòu).
_ROMANISATION = compiled(
    rf"(?<=[\p{{Han}}?？□�])\((?=[a-zü{_TONE}]*[{_TONE}ü])[a-zü{_TONE}]{{1,7}}\)"
)
# The same matches, the pattern opening with its "(" (the lookbehind after it reaches back over
# it): the engine skips to each "(" instead of testing the lookbehind at every character.
# `_ROMANISATION` stays the definition (tests/test_speed_clean.py compares the two). Written for
# the standard library's engine, which skips to each "(" three times faster than `regex` (\p{Han}
# spelt out by `regex_classes`). Linear (each lookahead runs over the letters after its own "("):
# the budget is checked once per text.
_ROMANISATION_BY_PAREN = re.compile(
    rf"\((?<=[{HAN}?？□�]\()(?=[a-zü{_TONE}]*[{_TONE}ü])[a-zü{_TONE}]{{1,7}}\)"
)
# The definition, applied twice (",,。" -> ",。" -> "。"); `without_doubled_marks` does both at once.
_DOUBLED_PUNCT = compiled(r"([,，、])[,，、]+|[,，]+(?=[。！？!?；;])")


def _kept_first_mark(m) -> str:
    return m.group(1) or ""


# `_DOUBLED_PUNCT` applied twice, as one pattern: the first pass leaves one mark of each run of
# [,，、] (its first); the second finds only such a mark, a comma, right before a sentence end,
# and drops it. So a run that opens with a comma and ends before 。！？!?；; goes whole, any other
# run of two or more marks keeps its first. Each match is made only of the characters it
# deletes, so that the replacement is empty and the engine applies it without a template
# expanded per match: the first kind of run is matched from its first mark (a comma with no
# mark before it), the second from its second mark (which has one before it).
# tests/test_speed_clean.py compares with the two passes on every mix of these characters.
# Written for the standard library's engine, which skips to the marks when every branch opens
# with the same class (here: the mark, then lookbehinds telling which one it was and what
# stands before it), scanning in a third less time than `regex`. Before the branches, what
# either needs (a mark or a sentence end after the mark, or a mark before it) is asked first:
# most commas have neither and are passed over with two tests. Linear (no nested repeats):
# the budget is checked once per text.
_DOUBLED_PUNCT_DELETED = re.compile(r"[,，、](?:(?=[,，、。！？!?；;])|(?<=[,，、].))"
                                    r"(?:(?<![,，、].)(?<=[,，])[,，、]*(?=[。！？!?；;])|(?<=[,，、].)[,，、]*)")


def without_doubled_marks(text: str) -> str:
    """`text` after `_DOUBLED_PUNCT` replaced its matches, and again when it found any
    (",,。" -> ",。" -> "。"): one scan instead of two."""
    budget.check()
    return _DOUBLED_PUNCT_DELETED.sub("", text)


# Every romanisation holds a toned vowel or ü (the pattern's lookahead asks for one): a text
# without any has nothing to remove, found by one scan in C instead of the pattern's lookbehind
# tried at every position.
_TONED = re.compile(f"[{_TONE}ü]")


def remove_romanisation(text: str) -> tuple[str, int]:
    if "(" not in text or _TONED.search(text) is None:
        return text, 0  # every match opens with "(" and holds a toned vowel: most texts have neither
    # subn counts the matches it removes: the same leftmost, non-overlapping ones findall lists.
    # (Trying the pattern only where a bracketed run of letters stands cost more: a text that
    # holds romanisation holds dozens, each a Python step.)
    budget.check()
    return _ROMANISATION_BY_PAREN.subn("", text)


# --- lines ------------------------------------------------------------------------------

_BOILERPLATE = resource("boilerplate.json")

# A neutral-tone syllable glossed without a tone mark (我們(men), 那麼(me)), which `_ROMANISATION`
# cannot tell from Latin letters in brackets (人工智能(AI)): boilerplate.json neutral_tone_glosses.
_NEUTRAL_TONE_GLOSS = re.compile(
    rf"\((?<=[{HAN}]\()(?:{'|'.join(sorted(_BOILERPLATE['neutral_tone_glosses'], key=len, reverse=True))})\)")


def remove_neutral_tone_glosses(text: str) -> tuple[str, int]:
    """`text` without the neutral-tone glosses after Chinese characters, asked only of a text whose
    toned glosses were removed: one that glosses its syllables glosses these too, and a gloss left
    between two characters splits the words it stands in (我們(men)來問一下高新區 read as 来问一下 +
    高新区, a zone's name)."""
    return _NEUTRAL_TONE_GLOSS.subn("", text)
_NUMBER_OF_PICTOGRAPH.update(_BOILERPLATE["numbered_pictographs"]["number_of"])
_ITEM_MARK_BEFORE_FIGURE = _BOILERPLATE["numbered_pictographs"]["mark_before_figure"]
# The figure after an item's pictograph: digits, or a Chinese numeral ending in a scale or followed
# by a unit (五百万元, 三家; boilerplate.json _figure_units_note), not 一是 or 十条措施.
_CN_DIGIT_WORDS = "〇零一二两三四五六七八九十"
_FIGURE_AFTER_ITEM = (
    rf"[0-9]|[{_CN_DIGIT_WORDS}][{_CN_DIGIT_WORDS}百千万亿]*"
    rf"(?:[百千万亿]|[{''.join(map(re.escape, _BOILERPLATE['numbered_pictographs']['figure_units']))}])")
_NUMBERED_PICTOGRAPH = re.compile(
    rf"(?m)^(?P<indent>[ \t]*)(?:(?P<digit>[0-9])\ufe0f?\u20e3|(?P<pict>{'|'.join(map(re.escape, _NUMBER_OF_PICTOGRAPH))})\ufe0f?)[ \t]*"
    rf"(?P<figure>(?={_FIGURE_AFTER_ITEM}))?")
_CONTINUATION_OPENERS = frozenset(_BOILERPLATE["continuation_openers"])  # 等政策: no sentence opens so
_CLOSING_MARKS = frozenset("》”」』)）")  # a quotation or title closed: a sentence may run on after it
_CLOSING_QUOTES = frozenset("”」』\"")  # a quoted name (“战疫贷”) closed at a line's end


@lru_cache(maxsize=None)
def _drop_pattern(kind: str):
    """One pattern matching where any of the `kind` patterns matches: a line is searched once,
    not once per pattern. Each stays a group of its own (the patterns hold no back-references
    or inline flags, checked by tests/test_speed_equivalence.py)."""
    return regex.compile("|".join(f"(?:{p})" for p in _BOILERPLATE[kind]))


def _class_end(pattern: str, i: int) -> int:
    """The offset after the character class opening at pattern[i] ("["), or -1."""
    i += 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):
        i += 1  # []] and [^]]: a ] first in the class is a literal
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
        elif pattern[i] == "[":
            return -1  # a nested set: not followed here
        elif pattern[i] == "]":
            return i + 1
        else:
            i += 1
    return -1


def _anchored_at_start(pattern: str) -> bool:
    """True when every top-level branch of `pattern` opens with ^ (a search can then only match
    at the line's start). Unsure cases (a bracket it cannot follow) count as not anchored."""
    if not pattern.startswith("^"):
        return False
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
            if i < 0:
                return False
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0 and not pattern.startswith("^", i + 1):
            return False
        i += 1
    return depth == 0


@lru_cache(maxsize=None)
def _drop_tests(kind: str):
    """`_drop_pattern(kind)` split in two: the patterns anchored at the line's start, tried only
    there (match), and the others, searched. A search of all of them together tried the
    anchored ones at every position of the line: 7 us a line, 1.5 us this way."""
    anchored = [p for p in _BOILERPLATE[kind] if _anchored_at_start(p)]
    floating = [p for p in _BOILERPLATE[kind] if not _anchored_at_start(p)]
    def joined(patterns):
        return regex.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    return joined(anchored), joined(floating)


def _is_dropped(kind: str, stripped: str, free_possible: bool = True) -> bool:
    """Whether `_drop_pattern(kind)` finds a match in the line `stripped` (no newline in it).

    `free_possible` False says that the article's text holds no match of the kind's
    context-free patterns (`_free_pattern`): then they cannot match inside one of its lines."""
    anchored, floating = _drop_tests(kind) if free_possible else _drop_tests_without_free(kind)
    return bool(anchored is not None and anchored.match(stripped)) \
        or bool(floating is not None and floating.search(stripped))


# An anchor, lookaround, word boundary or back-reference: what such a pattern matches depends
# on more than the characters it matches. Written loosely (a ^ in [^...] counts too): a pattern
# it misses is only searched line by line, as all were.
_CONTEXT = regex.compile(r"[\^$]|\\[bBAZGzmMK1-9]|\(\?[=!<]|\(\?P=|\\g<")


def _context_free(pattern: str) -> bool:
    """True when a match of `pattern` depends only on the characters it matches: a line holding
    one means that any text holding the line holds one too."""
    return _CONTEXT.search(pattern) is None


@lru_cache(maxsize=None)
def _free_pattern(kind: str):
    """The context-free floating patterns of `kind`, as one, or None when it has none."""
    free = [p for p in _BOILERPLATE[kind] if not _anchored_at_start(p) and _context_free(p)]
    return regex.compile("|".join(f"(?:{p})" for p in free)) if free else None


@lru_cache(maxsize=None)
def _drop_tests_without_free(kind: str):
    """`_drop_tests(kind)` without the patterns of `_free_pattern(kind)`."""
    anchored = [p for p in _BOILERPLATE[kind] if _anchored_at_start(p)]
    floating = [p for p in _BOILERPLATE[kind] if not _anchored_at_start(p) and not _context_free(p)]
    def joined(patterns):
        return regex.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    return joined(anchored), joined(floating)


def _free_matches_possible(text: str) -> dict[str, bool]:
    """For each kind, whether its context-free patterns may match in a line of `text`.

    Disclaimers (`drop_long_line`) are looked for in every line of up to 200 characters, most
    of an article; one search of the article for them costs a third of those searches, and most
    articles hold none. The furniture patterns (`drop_line`) run only on short lines, fewer than
    the article search of their twenty words would cost: they are tried line by line."""
    free = _free_pattern("drop_long_line")
    return {"drop_line": True, "drop_long_line": free is not None and free.search(text) is not None}


# Linear in the line it runs on (each run of spaces is followed by a Han character, which no
# space is): a plain pattern, the budget is checked once per line by `clean_text`.
_TRAILING_BYLINE = regex.compile(
    r"(?<=[。！？!?”\"])\s+[\p{Han}]{2,3}(?:\s+[\p{Han}]{2,3}){0,5}\s*$"
    r"|(?<=[。！？!?”\"])\s*[\p{Han}]{2,12}(?:记者站|新闻中心|融媒体中心|报社|编辑部)\s*$"
)
# The characters `_TRAILING_BYLINE` must find right before its match. What it matches after
# one is only spaces and Han characters, never one of these, so a match can start only after
# the line's last one, right after it (the lookbehind asks for one): it is tried there only.
_BYLINE_AFTER = "。！？!?”\""
# The line up to and including its last such character (one backward scan, not one per character).
_THROUGH_LAST_BYLINE_AFTER = re.compile(f".*[{re.escape(_BYLINE_AFTER)}]", re.S)
# Every match holds a space (first branch) or ends the line with one of these words, perhaps
# before spaces (second branch): a line with neither has no byline, found without a search.
_BYLINE_WORDS = ("记者站", "新闻中心", "融媒体中心", "报社", "编辑部")
_SPACE = regex.compile(r"\s")  # the patterns' own \s
# `_SPACE` (Unicode White_Space) as a class for the standard library's engine, which searches
# a short line in half the time: most lines hold no space, and all are searched. Not the
# standard library's own \s (str.isspace: \x1c-\x1f too). Tested against `_SPACE` on every
# code point.
_SPACE_STD = re.compile("[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def without_trailing_byline(line: str) -> str:
    """`line` without a byline written after its last sentence (`……。 张三 李四`)."""
    if not line.endswith(_BYLINE_WORDS) and _SPACE_STD.search(line) is None:
        return line  # most lines
    last = _THROUGH_LAST_BYLINE_AFTER.match(line)
    if last is None:
        return line
    m = _TRAILING_BYLINE.match(line, last.end())  # the only place a match can start (above)
    return line if m is None else line[:m.start()] + line[m.end():]


_DATE_LINE = regex.compile(r"^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*$")
# A microblog post's time stamp (20-2-18 17:32 来自 iPhone客户端): boilerplate.json _post_stamp.
_POST_STAMP = regex.compile(_BOILERPLATE["post_stamp"])
_POST_STAMP_WORD = "来自"  # in every stamp: most lines are told apart by it in C


def post_stamp_date(line: str) -> dt.date | None:
    """The date of the microblog post stamp that `line` is (20-2-18 17:32 来自 iPhone客户端 is
    18 February 2020), else None."""
    m = _POST_STAMP.match(line.strip()) if _POST_STAMP_WORD in line else None
    if m is None:
        return None
    year = int(m.group(1))
    try:
        return dt.date(year + 2000 if year < 100 else year, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# Furniture is short; a long line is body text even when it mentions a credit or a button.
# The furniture patterns run only on lines this short, so one call cannot run long: they are
# plain patterns, and `clean_text` checks the article's budget once per line instead.
MAX_FURNITURE_LINE = 60
MAX_DISCLAIMER_LINE = 200


@lru_cache(maxsize=None)
def _furniture_tests(free_possible: bool):
    """`_drop_tests("drop_line")` (or `_drop_tests_without_free`) with `_DATE_LINE` and
    `_POST_STAMP`, anchored too, joined to the anchored patterns: a short line is matched once for all."""
    anchored, floating = _drop_tests("drop_line") if free_possible else _drop_tests_without_free("drop_line")
    patterns = [_DATE_LINE.pattern, _POST_STAMP.pattern] + ([anchored.pattern] if anchored is not None else [])
    return regex.compile("|".join(f"(?:{p})" for p in patterns)), floating


def _on_stdlib(anchored):
    """The anchored furniture patterns (`regex`) as `lexicon.stdlib_form` writes them, when it
    can: `re` tries their forty-odd branches at a line's start in half the time (a tenth of all
    cleaning). Only for `match`: a search of the floating ones is faster in `regex`, which skips
    to their leading words. `is_boilerplate`, the definition, keeps the `regex` forms
    (tests/test_speed_clean_lines.py compares the two on every line of the seeds and field set)."""
    if anchored is None or anchored.flags != _NO_FLAGS:
        return anchored
    twin = stdlib_form(anchored.pattern)
    return anchored if twin is None else twin


_NO_FLAGS = regex.compile("").flags


def _is_furniture(stripped: str, free_possible: bool = True) -> bool:
    """`_DATE_LINE.search(stripped) or _is_dropped("drop_line", stripped, free_possible)`."""
    anchored, floating = _furniture_tests(free_possible)
    return anchored.match(stripped) is not None \
        or bool(floating is not None and floating.search(stripped))


def is_boilerplate(line: str, free_possible: dict[str, bool] | None = None) -> bool:
    """Whether `line` is page furniture. `free_possible` (from `_free_matches_possible` over
    the text holding the line) lets the patterns that cannot match there go untried."""
    stripped = line.strip()
    if len(stripped) <= MAX_FURNITURE_LINE:
        if _is_furniture(stripped, free_possible is None or free_possible["drop_line"]):
            return True
    if len(stripped) <= MAX_DISCLAIMER_LINE:
        return _is_dropped("drop_long_line", stripped, free_possible is None or free_possible["drop_long_line"])
    return False


def _boilerplate_test(free_possible: dict[str, bool]) -> Callable[[str], bool]:
    """`is_boilerplate` for the stripped lines of one text (`free_possible` from it): the
    patterns chosen once for the text, not for each line, and none tried on a line too long."""
    furniture_anchored, furniture_floating = _furniture_tests(free_possible["drop_line"])
    kind = "drop_long_line"
    long_anchored, long_floating = _drop_tests(kind) if free_possible[kind] else _drop_tests_without_free(kind)
    furniture_anchored, long_anchored = _on_stdlib(furniture_anchored), _on_stdlib(long_anchored)
    furniture_match = furniture_anchored.match
    furniture_search = furniture_floating.search if furniture_floating is not None else None
    long_match = long_anchored.match if long_anchored is not None else None
    long_search = long_floating.search if long_floating is not None else None

    def dropped(stripped: str) -> bool:
        n = len(stripped)
        if n <= MAX_FURNITURE_LINE and (furniture_match(stripped) is not None
                                        or (furniture_search is not None and furniture_search(stripped) is not None)):
            return True
        return n <= MAX_DISCLAIMER_LINE and ((long_match is not None and long_match(stripped) is not None)
                                             or (long_search is not None and long_search(stripped) is not None))

    def furniture(stripped: str) -> bool:
        """`dropped` for a text no disclaimer pattern can match in (most): only short lines are tried."""
        return len(stripped) <= MAX_FURNITURE_LINE and (furniture_match(stripped) is not None
                                                         or (furniture_search is not None and furniture_search(stripped) is not None))
    return furniture if long_match is None and long_search is None else dropped


# Markup left in text files by scrapers: block tags end a line, other tags go.
_BLOCK_TAG = compiled(r"</?(?:p|br|div|li|tr|td|h[1-6]|section|article|table|ul|ol)(?:\s[^<>]{0,200})?/?>", regex.IGNORECASE)
_INLINE_TAG = compiled(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,200})?/?>")
# Character references as HTML writes them: named (&nbsp;, &ensp;), decimal (&#37;) and hex
# (&#x25;). Left in place they cut a figure (98&#46;5&#37;, 1200&ensp;万元) or leave a scale
# and its currency without their digits, which reads as digits lost upstream.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@lru_cache(maxsize=512)
def _entity_text(entity: str) -> str:
    """What a character reference stands for, width-normalised as the rest of the text is
    (&#65285; is ％, &#160; a no-break space); an unknown name stays as written."""
    return normalise_width(unicodedata.normalize("NFC", html.unescape(entity)))


def remove_markup(text: str) -> str:
    if "<" in text:  # both tag patterns open with "<": most texts have none
        text = _BLOCK_TAG.sub("\n", text, timeout=_T)
        text = _INLINE_TAG.sub("", text, timeout=_T)
    if "&" in text:  # every entity opens with "&": most texts have none
        text = _ENTITY.sub(lambda m: _entity_text(m.group()), text)
    return text


# Linear in the line searched (each run of spaces lies between two required characters): a
# plain pattern, the budget checked once per line (a regex clock per call cost more than the search).
_DATE = regex.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_DATELINE_WORDS = tuple(_BOILERPLATE["dateline_words"])  # 新闻稿, Press Release: a dateline, not an event
_DATE_MARKER = compiled(r"发布(时间|日期)|日期[:：]|来源[:：]|星期|\d版|\d{1,2}:\d{2}|分类[:：]")


def _lines_with_marker(lines: list[str]) -> list[str]:
    """The lines of `lines` where `_DATE_MARKER` finds a match, in order.

    One scan of the lines joined by newlines instead of a search per line: no marker holds a
    newline nor looks around, so each match lies inside one line, found there as by its own search."""
    if len(lines) < 2:
        return [ln for ln in lines if _DATE_MARKER.search(ln, timeout=_T)]
    joined = "\n".join(lines)
    starts = list(itertools.accumulate((len(ln) + 1 for ln in lines[:-1]), initial=0))
    found = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _DATE_MARKER.finditer(joined, timeout=_T)})
    return [lines[i] for i in found]


def _date_candidates(lines: list[str]) -> Iterator[str]:
    """The short header lines and a long one opening with a dateline, then the lines with a date
    marker; the second are looked for only when no header line gave a date (most articles date
    their header)."""
    yield from (ln for ln in lines[:8] if len(ln.strip()) <= 90 or _dateline_date(ln) is not None)
    yield from _lines_with_marker(lines[:30])


# A date written as one run of eight digits (20200405), as feeds and archives store it: only
# alone on its line, where no count, code or phone number can be taken for it.
_COMPACT_DATE = re.compile(r"\s*((?:19|20)\d{2})(\d{2})(\d{2})\s*", re.ASCII)
# The same run after a date's label and its colon (日期：20220418, 发布时间：20200305 10:22):
# boilerplate.json _compact_date_labels.
_LABELLED_COMPACT_DATE = re.compile(
    rf"(?:{'|'.join(map(re.escape, _BOILERPLATE['compact_date_labels']))})\s*[:：]\s*"
    r"((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)", re.ASCII)


def _compact_date(line: str) -> dt.date | None:
    """The date written as eight digits that is all of `line` or follows a date's label in it."""
    m = _COMPACT_DATE.fullmatch(line) or _LABELLED_COMPACT_DATE.search(line)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# A date written in Chinese numerals (二〇二〇年四月九日), or with an Arabic year (2020年四月九日),
# as newspapers print their dateline. ○ (a circle) stands in for 〇 in many such lines.
_HAN_DATE = re.compile(r"((?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})\s*年\s*"
                       r"([一二三四五六七八九十]{1,2}|\d{1,2})\s*月\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[日号]")
_HAN_YEAR_CHARS = ("〇", "○", "零")


def _han_date(line: str) -> dt.date | None:
    """The first date of `line` written with Chinese numerals (二〇二〇年四月九日), if any."""
    from .numbers import parse_chinese_number  # only for the rare line that holds such a date
    for m in _HAN_DATE.finditer(line):
        year, month, day = (parse_chinese_number(part.replace("○", "〇")) for part in m.groups())
        try:
            return dt.date(int(year), int(month), int(day))
        except (TypeError, ValueError):
            continue
    return None


# A signature block ending an official document (boilerplate.json, _signature_block): the
# issuing organ's line, then a line that is a full date and nothing else.
_SIGNATURE_LAST_LINES = _BOILERPLATE["signature_last_lines"]
_SIGNATURE_ORGAN_ENDS = tuple(_BOILERPLATE["signature_organ_ends"])
_SIGNATURE_ORGAN_MOST = 40  # an organ's name, or a few of them side by side, no sentence
_SENTENCE_MARKS = "，,。；;：:！？!?"
_WHOLE_NUMERIC_DATE = re.compile(r"\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*", re.ASCII)


# A dateline opening the story's first paragraph: the outlet's name (and the place it was filed
# from), a full date, then the word closing a dateline (深圳新闻网2020年3月9日讯, 新华社武汉2020年3月9日电,
# 本报2020年3月9日讯; boilerplate.json dateline_endings). The story runs on in the same line, so the
# line is long, yet the date is the article's; a date that a sentence's mark precedes, or that no
# 讯/电 closes (2020年3月9日，区里召开…), is an event's.
# An ending that opens a word instead (2020年3月1日电费减免…, 记者2020年3月9日电话采访…) closes no dateline.
_DATELINE_OUTLET_MOST = _BOILERPLATE["dateline_outlet_max_chars"]
_DATELINE_OPENING = re.compile(
    rf"\s*[^{_SENTENCE_MARKS}\n]{{2,{_DATELINE_OUTLET_MOST}}}?({_HAN_DATE.pattern})\s*"
    rf"(?!{'|'.join(map(re.escape, _BOILERPLATE['dateline_ending_words_not']))})"
    rf"(?:{'|'.join(map(re.escape, _BOILERPLATE['dateline_endings']))})")


# A dateline that carries no date, then the story opening with one (长城网·冀云客户端讯（记者 刘海涛）
# 2020年3月5日，记者从…获悉; 本报讯 2020年3月5日上午，…): the outlet's name closed by a dateline
# ending, a bracketed byline at most, then a full date that a comma, a space or the time of day
# follows (boilerplate.json dateline_lead_date_followers). The report was filed that day; a date
# another word follows (2020年3月1日起施行…) is a rule's or a deadline's.
_DATELINE_THEN_DATE = re.compile(
    rf"\s*[^{_SENTENCE_MARKS}\n]{{2,{_DATELINE_OUTLET_MOST}}}?"
    rf"(?:{'|'.join(map(re.escape, _BOILERPLATE['dateline_endings']))})"
    rf"\s*(?:[（(][^（()）\n]{{1,{_BOILERPLATE['dateline_byline_max_chars']}}}[）)])?\s*"
    rf"({_HAN_DATE.pattern})"
    rf"(?:{'|'.join(map(re.escape, _BOILERPLATE['dateline_lead_date_followers']))})")


def _dateline_date(line: str) -> dt.date | None:
    """The date of the dateline opening `line` (深圳新闻网2020年3月9日讯…), or of the story opening
    right after a dateline that carries none (本报讯（记者 王五）2020年3月9日，…), else None."""
    if "年" not in line:
        return None  # most lines: no full date, tried in C alone
    m = _DATELINE_OPENING.match(line) or _DATELINE_THEN_DATE.match(line)
    return _han_date(m.group(1)) if m else None


def _names_an_organ(line: str) -> bool:
    """`line` is an issuing organ's name (漯河市人民政府督查室, 市人社局 市财政局), no sentence."""
    stripped = line.strip()
    return len(stripped) <= _SIGNATURE_ORGAN_MOST and stripped.endswith(_SIGNATURE_ORGAN_ENDS) \
        and not any(mark in stripped for mark in _SENTENCE_MARKS)


def _date_alone(line: str) -> dt.date | None:
    """The full date that is all of `line` (2020年6月8日, 二〇二〇年六月八日), else None."""
    numeric = _WHOLE_NUMERIC_DATE.fullmatch(line)
    if numeric:
        try:
            return dt.date(int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3)))
        except ValueError:
            return None
    han = _HAN_DATE.fullmatch(line.strip())
    return _han_date(line) if han else None


def signature_date(lines: list[str]) -> dt.date | None:
    """The date of the signature block closing an official document: a line among the last
    few that is a date alone, right after a line naming the issuing organ."""
    tail = [ln for ln in lines[-_SIGNATURE_LAST_LINES:] if ln.strip()]
    for before, line in zip(tail, tail[1:]):
        if "年" in line and _names_an_organ(before):
            found = _date_alone(line)
            if found is not None:
                return found
    return None


# A closing line naming the source a report was reprinted from and its issue (来源：遂宁日报
# 2020年2月28日): boilerplate.json _closing_source.
_CLOSING_SOURCE = re.compile(
    rf"\s*(?:{'|'.join(map(re.escape, _BOILERPLATE['closing_source_labels']))})\s*[:：][^{_SENTENCE_MARKS}]{{1,40}}")


# 来源：鄂尔多斯日报 in an info bar: a source label, its colon, the name up to a space or a mark.
_HEADER_SOURCE = re.compile(
    rf"(?:{'|'.join(map(re.escape, _BOILERPLATE['closing_source_labels']))})\s*[:：]\s*"
    rf"(?P<name>[^\s{_SENTENCE_MARKS}]{{2,{_BOILERPLATE['header_source_most']}}})")


# 扬州日报　2021年09月18日　第A02版: a print page's running head names its paper (boilerplate.json
# _running_head_outlet).
_RUNNING_HEAD_OUTLET = regex.compile(_BOILERPLATE["running_head_outlet"])
# 荆楚网（湖北日报网）2020-05-12 07:45: an outlet's name and its publishing time, a line alone
# (boilerplate.json _dateline_outlet).
_DATELINE_OUTLET = regex.compile(_BOILERPLATE["dateline_outlet"])


def header_outlets(lines: list[str]) -> tuple[str, ...]:
    """The sources named in the first few lines (2020年3月12日　来源：鄂尔多斯日报 -> 鄂尔多斯日报):
    boilerplate.json _header_source; and the paper a running head above the title names (扬州日报
    2021年09月18日 第A02版 -> 扬州日报): _running_head_outlet; and an outlet a line names with its
    publishing time alone (荆楚网（湖北日报网）2020-05-12 07:45): _dateline_outlet."""
    head = lines[:_BOILERPLATE["header_source_lines"]]
    sources = tuple(m.group("name") for line in head for m in _HEADER_SOURCE.finditer(line))
    return sources + tuple(m.group("name") for line in head
                           if (m := _RUNNING_HEAD_OUTLET.match(line)) and _PAGE_MARK.search(line, m.end())) \
        + tuple(m.group("name") for line in head if (m := _DATELINE_OUTLET.match(line.strip())))


def closing_source_date(lines: list[str]) -> dt.date | None:
    """The date of a source line among the last few lines (来源：遂宁日报 2020年2月28日), else None."""
    tail = [ln for ln in lines[-_SIGNATURE_LAST_LINES * 3:] if ln.strip()][-_SIGNATURE_LAST_LINES:]
    for line in reversed(tail):
        if _CLOSING_SOURCE.fullmatch(line.rstrip()):
            for m in _DATE.finditer(line):
                try:
                    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                except ValueError:
                    continue
            return _han_date(line)
    return None


# A masthead's issuer line (双峰县…复工复产组          2020年2月22日): boilerplate.json _masthead_issuer_line.
_MASTHEAD_GAP_MIN = _BOILERPLATE["masthead_gap_min"]


def _closes_masthead(line: str, m: regex.Match) -> bool:
    """Whether the full date `m` ends `line` set apart by a run of spaces from the unit's name
    before it, no sentence mark in the line: the issue date of a bulletin's masthead."""
    before = line[:m.start()]
    return "年" in m.group() and line[m.end():].strip() in ("", "日", "号") and before.strip() != "" \
        and len(before) - len(before.rstrip()) >= _MASTHEAD_GAP_MIN \
        and not any(mark in line for mark in _SENTENCE_MARKS)


def find_published_date(lines: list[str]) -> dt.date | None:
    """The article's date from its header lines (`2020.5.25 星期一`, `发布时间：2020-04-03`,
    `二〇二〇年四月九日`), else from the signature block closing an official document, else from
    the source line closing a reprinted report, else from a paper's issuing line at its foot."""
    return dated_by(lines)[0]


def dated_by(lines: list[str]) -> tuple[dt.date | None, str | None]:
    """The article's date as `find_published_date` finds it, and which line gave it: header,
    signature, closing_source or issuing_line (None when none did)."""
    for source, finder in (("header", _header_date), ("signature", signature_date),
                           ("closing_source", closing_source_date), ("issuing_line", issuing_line_date)):
        found = finder(lines)
        if found is not None:
            return found, source
    return None, None


# A paper's issuing line at its foot (boilerplate.json _issuing_line): a full date that an issuing
# word closes, alone or after the issuing office and a gap of spaces (…领导小组办公室　　2020年3月9日印发).
_ISSUING_LAST_LINES = _BOILERPLATE["issuing_last_lines"]
_ISSUING_DATE = re.compile(
    rf"(?P<organ>[^\s{_SENTENCE_MARKS}]*?)\s*(?P<date>(?:19|20)[0-9]{{2}}\s*年\s*[0-9]{{1,2}}\s*月\s*[0-9]{{1,2}}\s*[日号])\s*"
    rf"(?:{'|'.join(map(re.escape, _BOILERPLATE['issuing_words']))})")


def _issuing_date_of(line: str) -> dt.date | None:
    """The date of `line` when it is an issuing line: [office, spaces,] date, issuing word."""
    m = _ISSUING_DATE.fullmatch(line.strip())
    if m is None or (m.group("organ") and not (_names_an_organ(m.group("organ")) and m.start("date") > m.end("organ"))):
        return None  # an office's name is set apart from the date by spaces: no sentence ends so
    return _date_alone(m.group("date"))


def issuing_line_date(lines: list[str]) -> dt.date | None:
    """The date of the issuing line among the last few lines of a paper dated nowhere else
    (…办公室　　2020年3月9日印发; 2021年6月11日印发 alone), or of a date alone under the issuing
    office that distribution lines pushed out of the signature block's reach, else None."""
    tail = [ln for ln in lines[-_ISSUING_LAST_LINES * 2:] if ln.strip()][-_ISSUING_LAST_LINES:]
    for k, (before, line) in enumerate(zip([""] + tail, tail)):
        if "年" not in line or not all(map(_closes_a_paper, tail[k + 1:])):
            continue  # body sentences after it: a dated passage of the body (a chronicle's entry)
        found = _issuing_date_of(line)
        if found is None and _names_an_organ(before):
            found = _date_alone(line)
        if found is not None:
            return found
    return None


# A distribution line's label and colon (抄送：…。, 报：…, 分送：…): boilerplate.json _issuing_line.
_DISTRIBUTION_LABEL = re.compile(r"\s*[^\s\d，,。；;：:]{1,4}\s*[:：]")


def _closes_a_paper(line: str) -> bool:
    """Whether `line` may follow a paper's issuing line: a distribution line (抄送：县委办。), the
    print run, page furniture or links; no sentence of the body, which ends in a sentence mark."""
    return not line.rstrip().endswith(("。", "！", "？", "!", "?")) or _DISTRIBUTION_LABEL.match(line) is not None


# A bulletin's issue line (２０２２年第３期（总第４５期）): boilerplate.json _issue_year.
_ISSUE_YEAR_LINES = _BOILERPLATE["issue_year_lines"]
_ISSUE_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\s*年\s*第\s*[0-9]{1,3}\s*期")


def issue_year(lines: list[str]) -> int | None:
    """The year of the first issue line (2022年第3期) among the first few lines, else None."""
    for line in lines[:_ISSUE_YEAR_LINES]:
        if "期" in line and (m := _ISSUE_YEAR.search(line)):
            return int(m.group(1))
    return None


def _header_date(lines: list[str]) -> dt.date | None:
    for line in _date_candidates(lines):
        stamp = post_stamp_date(line)
        if stamp is not None:
            return stamp  # a timeline's first post: 20-2-18 17:32 来自 …, its year in two digits
        dateline = _dateline_date(line)
        if dateline is not None:
            return dateline
        if "20" not in line and "19" not in line:
            if "年" in line and any(ch in line for ch in _HAN_YEAR_CHARS) and len(line.strip()) <= 40:
                found = _han_date(line)
                if found is not None:
                    return found
            continue  # every date's year starts so: most header lines are tried in C alone
        budget.check()
        compact = _compact_date(line)
        if compact is not None:
            return compact
        for m in _DATE.finditer(line):
            # A numeric date opening a header line, a space after it and no mark of a sentence in the
            # line, dates it however long (2020-02-10 新闻稿 Press Release 天津经济技术开发区管委会);
            # not a sentence opening with a date (2020-02-10起，园区…; 2019.12.31前注册的…).
            opens = m.start() == len(line) - len(line.lstrip()) and "年" not in m.group() \
                and line[m.end():m.end() + 1].isspace() and not any(mark in line for mark in "，,。；;") \
                and any(w in line for w in _DATELINE_WORDS)
            short_line = opens or len(line.strip()) <= 40 or _DATE_MARKER.search(line, timeout=_T) \
                or _closes_masthead(line, m)
            if not short_line:
                continue
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
        if "年" in line and "月" in line and len(line.strip()) <= 40:
            found = _han_date(line)  # 2020年四月九日
            if found is not None:
                return found
    return None


_TERMINAL = "。！？!?；;：:”\"」』)）…—》>】]"
# Line-joining tests: anchored at one end of a line, linear in it, so plain patterns (the
# budget is checked once per line by `clean_text`).
# After a bare title, an amount continues it only when one of these (or the line's end) ends the
# amount: 为中小企业办理续贷 / 3.5亿元，惠及…, not 复工观察 / 19个国家级新区….
_AMOUNT_THEN_MARK = frozenset(",，。；;、") | {""}
_AMOUNT_START = regex.compile(r"\d+(?:\.\d+)?[余多]?[万亿千百]?[元家户个人名件只%]")
# A line opening with an amount and a colon is an item of a list of figures with their labels
# (1.5亿元：向企业发放的贷款), never the rest of the line before.
_STARTS_PARAGRAPH = regex.compile(r"^(本报讯|本报[\p{Han}]{0,4}电|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、](?!\d)"
                                  rf"|{_AMOUNT_START.pattern}[:：])")
_CONTINUES = regex.compile(r"^[\p{Han}\d,，、。%％a-z]")
# A short label and a colon opening a line (长沙经开区：复工率99.1%…): two such lines in a row are
# records of a table or list, each its own line, however long.
_LABEL_START = regex.compile(r"^[\p{Han}]{2,12}[:：]")
_DECIMAL_REST = regex.compile(r"^[.．]\d")  # the rest of a number broken at its decimal point
# A date broken between its parts (截至4月 / 14日, 2020年 / 3月5日): a year is followed by its
# month, a month by its day; no paragraph opens with a date's rest.
_DATE_PART_END = regex.compile(r"\d(?:年|月)$")
_DATE_REST = {"年": regex.compile(r"^\d{1,2}月"), "月": regex.compile(r"^\d{1,2}[日号]")}
_HAN = regex.compile(r"\p{Han}")
_INNER_PUNCT = regex.compile(r"[,，。；;、]")
# The clause marks that show a long line is prose broken by the layout: a comma between two digits
# is a thousands separator (3,560, 12,345.6), no clause mark, so a wide table row holding such
# figures (天河区 | 3,560 | 12,345.6 | …) is not run on into the next row.
_CLAUSE_PUNCT_IN_LINE = regex.compile(r"[。；;、]|(?<!\d)[,，]|[,，](?!\d)")
_NUMBER_END = regex.compile(r"\d$")
_NUMBER_ANY = regex.compile(r"\d")
_UNIT_START = regex.compile(r"[万亿千百元个家户人名件只套台项%]")
# The same tests for the standard library's engine (\p{Han} and \d spelt out by
# `regex_classes`): a call of `re` on a line costs a third of one of `regex`, and a line is
# asked several. The `regex` forms above stay the definitions (tests/test_speed_stage_passes.py).
# `_NUMBER_END` becomes a digit matched at the line's last character: a line holds no newline.
# A figure with its unit (3.5亿元, 216家, 95%): where a line opens with one it continues the line
# before; zones reads a line holding one as a line of facts, no heading.
AMOUNT_START_STD = re.compile(rf"[{DIGIT}]+(?:\.[{DIGIT}]+)?[余多]?[万亿千百]?[元家户个人名件只%]")
_STARTS_PARAGRAPH_STD = re.compile(
    rf"^(本报讯|本报[{HAN}]{{0,4}}电|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]"
    rf"|[{DIGIT}]+[.、](?![{DIGIT}])|{AMOUNT_START_STD.pattern}[:：])")
_CONTINUES_STD = re.compile(rf"[{HAN}{DIGIT},，、。%％a-z]")
_LABEL_START_STD = re.compile(rf"[{HAN}]{{2,12}}[:：]")
_HAN_STD = re.compile(f"[{HAN}]")
_INNER_PUNCT_STD = re.compile(_INNER_PUNCT.pattern)
_CLAUSE_PUNCT_IN_LINE_STD = re.compile(rf"[。；;、]|(?<![{DIGIT}])[,，]|[,，](?![{DIGIT}])")
_DIGIT_STD = re.compile(f"[{DIGIT}]")
_DECIMAL_REST_STD = re.compile(rf"[.．][{DIGIT}]")
_DATE_PART_END_STD = re.compile(rf"[{DIGIT}][年月]")  # matched at the line's last two characters
# A range's first bound and its dash ending a line, the next line opening with the second bound
# and its unit (给予10万— / 50万元奖励, 3%～ / 5%): the dash (boilerplate.json range_dashes), a
# terminal mark elsewhere (a headline's ——), here joins two figures. Not before an item's number
# (单户最高50万元— / 2、对新招用…), which opens a line of its own.
_RANGE_DASHES = frozenset(_BOILERPLATE["range_dashes"])
_DASH_CLASS = "".join(map(re.escape, _BOILERPLATE["range_dashes"]))
_RANGE_DASH_END = regex.compile(rf"(?<![{_DASH_CLASS}])\d[余多]?[万亿千百]{{0,2}}[元%％]?[{_DASH_CLASS}]$")
_RANGE_DASH_END_STD = re.compile(rf"(?<![{_DASH_CLASS}])[{DIGIT}][余多]?[万亿千百]{{0,2}}[元%％]?[{_DASH_CLASS}]$")
# The range's second bound opening the next line: a figure with up to two scales and its unit
# (50万元, 5千万元, 20%), not an item's number (2、).
_RANGE_SECOND_BOUND = regex.compile(r"\d+(?:\.\d+)?[余多]?[万亿千百]{0,2}[元家户个人名件只%]")
_RANGE_SECOND_BOUND_STD = re.compile(rf"[{DIGIT}]+(?:\.[{DIGIT}]+)?[余多]?[万亿千百]{{0,2}}[元家户个人名件只%]")
_DATE_REST_STD = {"年": re.compile(rf"[{DIGIT}]{{1,2}}月"), "月": re.compile(rf"[{DIGIT}]{{1,2}}[日号]")}
_UNIT_START_STD = re.compile(_UNIT_START.pattern)
_OPENERS = {"“": "”", "\"": "\"", "《": "》", "(": ")", "（": "）", "「": "」", "‘": "’"}


# Any opener of `_OPENERS`: a line without one has no bracket left open (one scan in C).
_OPENER = re.compile("[" + "".join(re.escape(ch) for ch in _OPENERS) + "]")


def _has_unclosed_bracket(line: str) -> bool:
    if _OPENER.search(line) is None:
        return False  # most lines: no opener, so no count can exceed its closer's
    for opener, closer in _OPENERS.items():
        if opener == closer:
            if line.count(opener) % 2:
                return True
        elif line.count(opener) > line.count(closer):
            return True
    return False


@lru_cache(maxsize=None)
def jieba_segmenter():
    """jieba, its dictionary loaded (from `jieba_cache`'s faster copy of jieba's own cache
    when there is one: a third of the start-up time jieba's loading costs a worker)."""
    import jieba
    jieba.setLogLevel(logging.WARNING)
    jieba_cache.initialize(jieba.dt)
    return jieba


def dictionary_word_spans(text: str, cut: int) -> bool:
    """True when some word of jieba's dictionary (frequency above 0) runs across offset `cut`
    of `text` (starts before it and ends after it).

    A segmentation without the HMM (`cut(..., HMM=False)`) makes a token of two or more
    characters only from such a word, or from a run of ASCII letters and digits: between two
    Han characters, no dictionary word across `cut` means no token across it. A few set lookups
    instead of the segmenter's dynamic programme, which most line junctions never need.

    Every prefix of a word is in FREQ (0 when not itself a word), so a word from `start` across
    the cut has text[start:cut + 1] in FREQ: that is looked up first, then longer fragments
    only while they are in FREQ (`_dictionary_word_spans_by_definition` tries every fragment)."""
    freq = jieba_segmenter().dt.FREQ
    n = len(text)
    for start in range(cut):  # `text` is a short window: every start before the cut
        for end in range(cut + 1, n + 1):
            found = freq.get(text[start:end])
            if found is None:
                break
            if found:
                return True
    return False


def _dictionary_word_spans_by_definition(text: str, cut: int) -> bool:
    freq = jieba_segmenter().dt.FREQ
    return any(freq.get(text[start:end]) for start in range(cut) for end in range(cut + 1, len(text) + 1))


def _word_crosses(left: str, right: str) -> bool:
    """True when segmenting the junction yields a word spanning it (紧锣|密鼓, 高|新区)."""
    a, b = left[-4:], right[:4]
    if not a or not b or not _HAN_STD.match(a[-1]) or not _HAN_STD.match(b[0]):
        return False
    if not dictionary_word_spans(a + b, len(a)):
        return False  # nearly every junction: no word of the dictionary could join its two sides
    pos = 0
    for token in jieba_segmenter().cut(a + b, HMM=False):
        if pos < len(a) < pos + len(token) and len(token) >= 2:
            return True
        pos += len(token)
    return False


# 截至4月1日，…: a sentence opening with the day its status is stated for, the status after the
# comma (boilerplate.json _status_openers). Anchored, linear: plain patterns.
# Opening the line, or after a mark of status_opening_after (…，截至…; 观山湖区：截至…: a zone's lead).
_STATUS_OPENERS = "|".join(regex.escape(w) for w in _BOILERPLATE["status_openers"])
_STATUS_AFTER = "".join(regex.escape(w) for w in _BOILERPLATE["status_opening_after"])
_STATUS_OPENING = regex.compile(rf"(?:^|(?<=[{_STATUS_AFTER}]))(?:{_STATUS_OPENERS})[^,，。；;]{{1,{_BOILERPLATE['status_day_most']}}}[,，]")
_STATUS_OPENING_STD = re.compile(rf"(?:^|(?<=[{_STATUS_AFTER}]))(?:{_STATUS_OPENERS})[^,，。；;]{{1,{_BOILERPLATE['status_day_most']}}}[,，]")


_STATUS_FIRST_CHARS = frozenset(w[0] for w in _BOILERPLATE["status_openers"])


def _last_status_opening(line: str, pattern) -> re.Match | None:
    found = None
    for found in pattern.finditer(line):
        pass
    return found


def _status_awaits_figure(line: str) -> bool:
    """`line` opens, or its last clauses open, with the day of a status (截至3月10日，; 记者从省商务厅
    获悉，截至3月3日，) and it holds no figure after it: the status, which a figure states, is still
    to come (截至3月10日，天府新区规上工业企业 / 复工率…)."""
    if not any(ch in line for ch in _STATUS_FIRST_CHARS):
        return False  # most lines: no status opener at all
    opening = _last_status_opening(line, _STATUS_OPENING_STD)
    if opening is None:
        return False
    return _DIGIT_STD.search(line, opening.end()) is None or _subject_awaits_status(line[opening.end():])


# The heads naming the firms a status is told of (cues.json subject_heads: 规上工业企业, 企业 …).
_SUBJECT_HEADS = tuple(resource("cues.json")["subject_heads"])


def _subject_awaits_status(clause: str) -> bool:
    """The text after a status's day is one clause naming the whole the status is of (城北区149家
    规模以上企业 / 已复工143家): a subject ending the line, its verb and figure still to come
    (boilerplate.json _status_openers). Its figure follows a place or a word of having
    (subject_figure_after), not a verb (成都高新区累计帮扶1.2万家市场主体: a whole sentence whose 。
    the page lost, no subject awaiting its status)."""
    if _INNER_PUNCT_STD.search(clause) is not None or not clause.endswith(_SUBJECT_HEADS):
        return False
    digit = _DIGIT_STD.search(clause)
    before = clause[:digit.start()].strip() if digit else ""
    return not before or before.endswith(_SUBJECT_FIGURE_AFTER)


_SUBJECT_FIGURE_AFTER = tuple(_BOILERPLATE["subject_figure_after"])


_CUE_AWAITS = _BOILERPLATE["cue_awaits_noun"]
# …，返岗 / 人员4.6万人: a comma, a count's cue word alone ending the line; the noun, a link, a figure
# opening the next (boilerplate.json _cue_awaits_noun). Anchored, linear: plain patterns.
_CUE_ENDS_LINE = re.compile(rf"[,，](?:{alternation(_CUE_AWAITS['cues'])})$")
_NOUN_THEN_FIGURE = re.compile(rf"(?:{alternation(_CUE_AWAITS['nouns'])})(?:{alternation(_CUE_AWAITS['links'])})?[{DIGIT}]")


def _cue_awaits_noun(line: str, following: str) -> bool:
    """`line`'s last clause is only a count's cue word (…，返岗) and `following` opens with the noun
    it qualifies and a figure (人员4.6万人): one clause broken between two whole words."""
    return _CUE_ENDS_LINE.search(line) is not None and _NOUN_THEN_FIGURE.match(following) is not None


_GRANT = _BOILERPLATE["share_awaits_grant"]
# 按减免金额的30% / 予以补助: a percentage ending the line, a verb of granting and a support word
# opening the next (boilerplate.json _share_awaits_grant). Anchored, linear: plain patterns.
_PERCENT_ENDS_LINE = re.compile(rf"[{DIGIT}][%％]$")
_GRANT_OPENS_LINE = re.compile(
    rf"(?:{alternation(_GRANT['verbs'])})[{HAN}]{{0,{_GRANT['gap_most']}}}?(?:{alternation(_GRANT['supports'])})")


def _share_awaits_grant(line: str, following: str) -> bool:
    """`line` ends with a percentage and `following` opens with the grant it is a share of (按减免
    金额的30% / 予以补助): one sentence broken between the share and its support word. Not next to
    a heading (一、…), whose lines are their own."""
    return _PERCENT_ENDS_LINE.search(line) is not None and _GRANT_OPENS_LINE.match(following) is not None \
        and not _STARTS_PARAGRAPH_STD.match(line)


_CLAUSE_END = re.compile(r"[,，。；;:：]")
_FIRST_CLAUSE = re.compile(r"[^,，。；;]*")


def _awaits_more(line: str, following: str) -> bool:
    """`line`, no heading (一、…, （一）…), ends where a sentence cannot: with a word awaiting its
    object (给予 / 用工补贴: boilerplate.json continuation_line_ends); or `following` opens with a
    link a sentence cannot open with (在岗员工 / 达到9.6万人: continuation_line_starts). Not after an
    amount (…发放了500万元 / 稳岗补贴): web pages drop the 。 of many paragraphs that end with one."""
    if not (line.endswith(_CONTINUATION_LINE_ENDS) or following.startswith(_CONTINUATION_LINE_STARTS)):
        return False  # most junctions: asked without a pattern
    return not (_STARTS_PARAGRAPH_STD.match(line) or not _CONTINUES_STD.match(following)
                or _STARTS_PARAGRAPH_STD.match(following))


# 莘庄工业区：412家企业复工: a place's name, a colon and a stem with no clause mark (boilerplate.json).
_PLACE_COLON_HEADING = re.compile(rf"[{HAN}]{{1,11}}[{''.join(_BOILERPLATE['colon_heading_label_ends'])}][:：][^,，。；;、:：]+")


def _place_colon_heading(line: str) -> bool:
    """A roundup's sub-headline: a place's name, a colon and a short stem (boilerplate.json
    _colon_heading_label_ends), a heading's length."""
    return len(line) <= _SHORT_HEADING_MOST * 2 and _PLACE_COLON_HEADING.fullmatch(line) is not None


_SHORT_HEADING_MOST = 12
_ANY_MARK_OR_DIGIT = re.compile(rf"[{DIGIT},，。；;：:、！？!?]")


def _short_heading(line: str) -> bool:
    """A short line with no mark and no digit (岳麓区, 经开区): a sub-headline, which a sentence
    awaiting its figure does not run on into; not one ending in a word that awaits what follows
    (规上工业企业复工率达到: boilerplate.json continuation_line_ends)."""
    line = line.strip()
    return len(line) <= _SHORT_HEADING_MOST and _ANY_MARK_OR_DIGIT.search(line) is None \
        and not line.endswith(_CONTINUATION_LINE_ENDS)


_CONTINUATION_LINE_ENDS = tuple(_BOILERPLATE["continuation_line_ends"])
_CONTINUATION_LINE_STARTS = tuple(_BOILERPLATE["continuation_line_starts"])


def _list_awaits_respective_values(line: str, following: str) -> bool:
    """The last clause of `line` lists things (东湖高新区、武汉经开区规上工业企业) and the first
    clause of `following` pairs values with a list by a word of `RESPECTIVELY` with no list of its
    own before it, as many values as `line` lists things (复工率分别达到95%、93%): the values
    are the listed things', one sentence the layout broke."""
    last_clause = _CLAUSE_END.split(line)[-1]
    if "、" not in last_clause:
        return False
    clause = _FIRST_CLAUSE.match(following).group()
    for word in RESPECTIVELY:
        at = clause.find(word)
        if at >= 0:
            return "、" not in clause[:at] and clause.count("、", at) == last_clause.count("、")
    return False


def _rate_words() -> dict[str, tuple[str, ...]]:
    """The words naming a rate (cues.json, each category's `rate`) with one of the endings of
    boilerplate.json `split_rate_word_ends`, by their first part of each cut:
    {"复工": ("率", …), "复": ("工率", …)}."""
    ends = tuple(_BOILERPLATE["split_rate_word_ends"])
    parts: dict[str, set[str]] = {}
    for category in resource("cues.json")["categories"].values():
        for word in category.get("rate", []):
            if not word.endswith(ends):
                continue
            for cut in range(1, len(word)):
                parts.setdefault(word[:cut], set()).add(word[cut:])
    for word in _resume_words():  # 复工复 / 产820家: a resume word cut before its last character
        for end in _BOILERPLATE["split_resume_word_ends"]:
            if word.endswith(end) and len(word) > len(end):
                parts.setdefault(word[:-len(end)], set()).add(end)
    return {head: tuple(sorted(rests)) for head, rests in parts.items()}


def _resume_words() -> set[str]:
    """The words naming a resumption (cues.json: enterprises_resumed's count cues, the resume words
    after a share of firms): 复产, 复工复产, 恢复生产, 闭环生产 — jieba's dictionary lacks most."""
    categories = resource("cues.json")["categories"]
    return set(categories["enterprises_resumed"]["count"]["cues"]) | set(categories["return_to_work_rate"]["rate_after"])


_RATE_WORD_PARTS = _rate_words()
_RATE_WORD_HEAD_MOST = max(map(len, _RATE_WORD_PARTS), default=0)


def _rate_word_crosses(line: str, following: str) -> bool:
    """A word naming a rate runs across the cut (复工 / 率达96.4%), or one naming a resumption before
    its last character (复工复 / 产820家): jieba's dictionary lacks most (复工率, 返岗率, 复产). Not where
    the rest opens a word of the dictionary of its own (复工 / 率先…, 恢复 / 产业链…)."""
    for n in range(1, min(_RATE_WORD_HEAD_MOST, len(line)) + 1):
        for rest in _RATE_WORD_PARTS.get(line[-n:], ()):
            if following.startswith(rest) and not dictionary_word_spans(following[:len(rest) + 3], len(rest)):
                return True
    return False


# The zone suffixes (zones.json zone_suffixes: 高新区, 经开区, 新区 …), split at each inner point into
# the part that may end a line and the part that opens the next (经开 / 区, 高 / 新区).
_ZONE_SUFFIX_SPLITS = frozenset(
    (suffix[:k], suffix[k:]) for suffix in resource("zones.json")["zone_suffixes"]
    if "?" not in suffix for k in range(1, len(suffix)))
_ZONE_SUFFIX_TAIL_STARTS = frozenset(tail[0] for _, tail in _ZONE_SUFFIX_SPLITS)
# The splits by the last character of their head: a line is tried only against those it may end with.
_ZONE_SUFFIX_SPLITS_BY_END: dict[str, tuple[tuple[str, str], ...]] = {}
for _head, _tail in sorted(_ZONE_SUFFIX_SPLITS):
    _ZONE_SUFFIX_SPLITS_BY_END[_head[-1]] = _ZONE_SUFFIX_SPLITS_BY_END.get(_head[-1], ()) + ((_head, _tail),)


def _zone_suffix_crosses(line: str, following: str) -> bool:
    """Whether a zone's suffix runs across the junction (郑州经开 / 区…, 南京江北新 / 区…), the
    line ending in its head, the next opening with its rest and more (区已为…, not 区 alone) — with a
    place's name before the head, at least two characters (not 新 / 区…)."""
    for head, tail in _ZONE_SUFFIX_SPLITS_BY_END.get(line[-1:], ()):
        if line.endswith(head) and following.startswith(tail) and len(line) - len(head) >= 2 \
                and len(following) > len(tail) and (len(head) > 1 or _name_then_one_character_head(line, following, tail)):
            return True
    return False


def _name_then_one_character_head(line: str, following: str, tail: str) -> bool:
    """For a head of one character (新 of 新区): the line is a name's length, no heading's
    (重庆两江新 / 区为…, not 稳企业保就业 助力发展再创新 / 区财政安排…), does not end in a word of its own
    with that character (创新, 更新: boilerplate.json suffix_head_words), and the next line does not
    go on with a word of its own (区内, 区委: a heading, then a paragraph)."""
    return len(line) <= _NAME_LINE_MOST and not line.endswith(_SUFFIX_HEAD_WORDS) \
        and following[len(tail)] not in _WITHIN_AFTER_ZONE_WORD


# 科技创新 / 区内企业已全部复工: a heading ending in 新 before a paragraph opening with 区内, 区委 …, a
# word of its own; a one-character head (新 of 新区) joins only before other words.
_WITHIN_AFTER_ZONE_WORD = frozenset("内里委政域外")
_NAME_LINE_MOST = 12  # 黑龙江哈尔滨松北新: a place's name broken before its suffix's last character
_SUFFIX_HEAD_WORDS = tuple(_BOILERPLATE["suffix_head_words"])
# A line opening with a whole zone suffix (经开区国有平台公司…, 高新区财政…): the bare zone word is
# the subject of a new paragraph, so a dictionary word joining its first character to the last of
# the line before (2个月 / 经开区: 月经) is no sign of a sentence the layout broke. Not where a
# longer suffix runs across the junction (包头稀土高 / 新区…: 高新区, `_suffix_spans_junction`).
_WHOLE_ZONE_WORDS = tuple(sorted({head + tail for head, tail in _ZONE_SUFFIX_SPLITS}, key=len, reverse=True))


def _suffix_spans_junction(line: str, following: str) -> bool:
    """Whether a longer zone suffix runs across the junction (包头稀土高 / 新区以…: 高新区), whatever
    the length of the line: then the zone word opening the next line is the rest of that suffix."""
    return any(line.endswith(head) and following.startswith(tail)
               for head, tail in _ZONE_SUFFIX_SPLITS_BY_END.get(line[-1:], ()))


# A gloss in Latin letters in brackets ending a line (中小企业(SMEs), 开发区（TEDA）).
_LATIN_GLOSS_AT_END = re.compile(r"[(（][A-Za-z][A-Za-z .&'-]{0,30}[)）]$")


# A comma that parts clauses or cells, no thousands separator (327,000元).
_CELL_COMMA = re.compile(r"(?<![0-9]),|,(?![0-9])")
# A cell that is a figure and at most a two-character unit (327000元, 218人, 15.0万元).
_FIGURE_CELL = re.compile(r"[0-9][0-9,.]*[^0-9,]{0,2}")


def _comma_rows_alike(line: str, following: str) -> bool:
    """Two rows of a table written with commas between its cells, a line a row (某公司,218人,
    3个月,327000元): as many cells, each line's last a figure with at most its unit and no other
    clause mark. A sentence the layout broke ends no line in a bare figure cut off by a comma."""
    if "," not in line or "," not in following or _ROW_NOT_MARKS.search(line + following):
        return False
    cells, next_cells = _CELL_COMMA.split(line), _CELL_COMMA.split(following)
    return len(cells) == len(next_cells) > 1 and all(_FIGURE_CELL.fullmatch(c[-1]) for c in (cells, next_cells))


_ROW_NOT_MARKS = re.compile(r"[。；;、:：？?！!]")
# A gap of two or more spaces between two cells of a table aligned by spaces (1     租金补贴    每家最高6万元).
_CELL_SPACE_GAP = re.compile(r"\S[ \u3000]{2,}(?=\S)")
_SPACE_ROW_GAPS_LEAST = 2  # gaps a line needs to be a row of such a table (序号  项目  标准: three cells)
# ...and the row's last cell, after such a gap: a bare figure (486, 392.6, 94.3%).
_LAST_CELL_FIGURE = re.compile(r"[ \u3000]{2,}[\d.,%％]+\Z")


def _space_rows_alike(line: str, following: str) -> bool:
    """Two rows of a table whose columns are aligned by runs of spaces, a line a row (1     租金补贴
    每家最高6万元     97     486 / 2     贷款贴息 …): each line parts its cells with at least two
    such gaps, as a tab-parted table's rows hold tabs, and the later one ends in a figure's cell
    (the line before may be the header). A sentence the layout broke holds no such gaps, or ends
    in a word (…  给予 / 一次性补贴): it is joined as before."""
    return _LAST_CELL_FIGURE.search(following) is not None \
        and len(_CELL_SPACE_GAP.findall(following)) >= _SPACE_ROW_GAPS_LEAST \
        and len(_CELL_SPACE_GAP.findall(line)) >= _SPACE_ROW_GAPS_LEAST


def should_join(line: str, following: str, *, words_may_cross: bool = True, at_page_width: bool = False) -> bool:
    """Was `line` broken inside a sentence (PDF layout), so that `following` continues it?
    With `words_may_cross` False (`line` is a bare title), a dictionary word across the junction
    is no sign of it, and an amount opening `following` only when a clause mark ends it (办理续贷 /
    3.5亿元，惠及…): a body may open with a figure and its words (95%的企业已经复工, 19个国家级新区…),
    and glued to it the title would be no title. `at_page_width`: the line (its last piece) fills
    the width the text's lines are wrapped at (`page_width`), so the layout, not its writer, ended it."""
    line, following = line.rstrip(), following.lstrip()
    if line and line[-1] in _CLOSING_MARKS and following[:1] in _CONTINUATION_OPENERS:
        return True  # …十六条措施》 / 等政策: a title closed at the line's end, the sentence runs on
    if words_may_cross and line and line[-1] in _CLOSING_QUOTES and AMOUNT_START_STD.match(following):
        return True  # 已发放“光谷科创贷” / 46.8亿元: a quoted name closed, its amount on the next line
    if line and following and line[-1] in ")）" and (gloss := _LATIN_GLOSS_AT_END.search(line)) is not None and gloss.start() > 0:
        # 中小企业(SMEs) / 发放贷款…: a gloss in Latin letters closes the line; the words before it decide
        return should_join(line[:gloss.start()], following, words_may_cross=words_may_cross)
    if line and following and _RANGE_SECOND_BOUND_STD.match(following) and _RANGE_DASH_END_STD.search(line):
        return True  # 给予10万— / 50万元奖励: a range broken after its dash
    if not line or not following or line[-1] in _TERMINAL:
        return False
    if _DIGIT_STD.match(line, len(line) - 1) and _DECIMAL_REST_STD.match(following):
        return True  # 贷款7 / .6亿元: a decimal point never opens a paragraph
    if _DATE_PART_END_STD.match(line, len(line) - 2) and _DATE_REST_STD[line[-1]].match(following):
        return True  # 截至4月 / 14日: a date broken between its month and its day
    if following[0] in _ZONE_SUFFIX_TAIL_STARTS and _zone_suffix_crosses(line, following):
        return True  # 郑州经开 / 区已为2300家企业…: a zone's suffix the layout broke, no heading's end
    if at_page_width and following[0] in _OPENS_NO_LINE:
        return True  # 推出“柚农贷 / ”，截至2月末…: a closing mark the page's width put first on a line
    if not _CONTINUES_STD.match(following) or _STARTS_PARAGRAPH_STD.match(following):
        return False
    if _LABEL_START_STD.match(line) and _LABEL_START_STD.match(following):
        return False  # 长沙经开区：复工率99.1%，… / 长沙高新区：…: the records of a table, a line each
    if "\t" in line and "\t" in following:
        return False  # 1⇥某公司⇥免2个月、减半3个月⇥100800 / 2⇥…: two rows of a tab-parted table, a line each
    if _comma_rows_alike(line, following):
        return False  # 某公司,218人,3个月,327000元 / 某公司,96人,…: two rows of a comma-parted table
    if _space_rows_alike(line, following):
        return False  # 1     租金补贴    每家最高6万元 / 2     贷款贴息 …: two rows of a space-aligned table
    if at_page_width and not _short_heading(following):
        return True  # …高新区按每人每天50元标准给予防疫 / 补贴，…: a line the page's width ended
    if following[0] in ",，、。%％" or line[-1] in ",，、" or following[0] in _CONTINUATION_OPENERS:
        return True
    if _DIGIT_STD.match(line, len(line) - 1) and _UNIT_START_STD.match(following):
        return True  # 口罩4500 / 个: a number is never the end of a paragraph
    amount = AMOUNT_START_STD.match(following)
    if amount and (words_may_cross or following[amount.end():amount.end() + 1] in _AMOUNT_THEN_MARK):
        return True  # 办理续贷 / 3.5亿元: an amount continues the words before it
    if _has_unclosed_bracket(line):
        return True
    if words_may_cross and len(line) >= 30 and _CLAUSE_PUNCT_IN_LINE_STD.search(line):
        return True  # a long line with clauses runs on; a bare title's only mark is a list's 、 (各县（市、区）…)
    if (_status_awaits_figure(line) and not _short_heading(following)) or _list_awaits_respective_values(line, following):
        return True  # a short line broken inside a sentence, which it says is not over
    if _cue_awaits_noun(line, following):
        return True  # …，返岗 / 人员4.6万人: a clause broken between its cue word and its noun
    if _share_awaits_grant(line, following):
        return True  # 按减免金额的30% / 予以补助: a share broken from the grant it is of
    if words_may_cross and _awaits_more(line, following):
        return True  # 给予 / 用工补贴; 在岗员工 / 达到9.6万人
    if line.endswith(_SUFFIX_HEAD_WORDS) and following[0] in _ZONE_SUFFIX_TAIL_STARTS:
        return False  # 营商环境焕新 / 区属国企…: a heading's word, not a zone suffix's head (焕新区 is no word)
    if _place_colon_heading(line):
        return False  # 莘庄工业区：412家企业复工 / 作为…: a sub-headline, whatever word crosses the junction
    if following.startswith(_WHOLE_ZONE_WORDS) and not _suffix_spans_junction(line, following):
        return False  # 国有物业免收2个月 / 经开区国有平台公司…: 月经 is a word, but the line opens with a zone word
    return words_may_cross and (_word_crosses(line, following) or _rate_word_crosses(line, following))


def _should_join_by_definition(line: str, following: str, *, words_may_cross: bool = True,
                               at_page_width: bool = False) -> bool:
    """`should_join` with the `regex` patterns it was written with (for tests)."""
    line, following = line.rstrip(), following.lstrip()
    if line and line[-1] in _CLOSING_MARKS and following[:1] in _CONTINUATION_OPENERS:
        return True  # …十六条措施》 / 等政策: a title closed at the line's end, the sentence runs on
    if words_may_cross and line and line[-1] in _CLOSING_QUOTES and _AMOUNT_START.match(following):
        return True
    if line and following and line[-1] in ")）" and (gloss := _LATIN_GLOSS_AT_END.search(line)) is not None and gloss.start() > 0:
        return _should_join_by_definition(line[:gloss.start()], following, words_may_cross=words_may_cross)
    if line and following and _RANGE_SECOND_BOUND.match(following) and _RANGE_DASH_END.search(line):
        return True
    if not line or not following or line[-1] in _TERMINAL:
        return False
    if _NUMBER_END.search(line) and _DECIMAL_REST.match(following):
        return True
    if _DATE_PART_END.search(line) and _DATE_REST[line[-1]].match(following):
        return True
    if _zone_suffix_crosses(line, following):
        return True
    if at_page_width and following[0] in _OPENS_NO_LINE:
        return True
    if not _CONTINUES.match(following) or _STARTS_PARAGRAPH.match(following):
        return False
    if _LABEL_START.match(line) and _LABEL_START.match(following):
        return False
    if "\t" in line and "\t" in following:
        return False
    if _comma_rows_alike(line, following):
        return False
    if _space_rows_alike(line, following):
        return False
    if at_page_width and not _short_heading(following):
        return True
    if following[0] in ",，、。%％" or line[-1] in ",，、" or following[0] in _CONTINUATION_OPENERS:
        return True
    if _NUMBER_END.search(line) and _UNIT_START.match(following):
        return True
    amount = _AMOUNT_START.match(following)
    if amount and (words_may_cross or following[amount.end():amount.end() + 1] in _AMOUNT_THEN_MARK):
        return True
    if _has_unclosed_bracket(line):
        return True
    if words_may_cross and len(line) >= 30 and _CLAUSE_PUNCT_IN_LINE.search(line):
        return True
    opening = _last_status_opening(line, _STATUS_OPENING)
    if opening is not None and (_NUMBER_ANY.search(line, opening.end()) is None or _subject_awaits_status(line[opening.end():])) \
            and not _short_heading(following):
        return True
    if _list_awaits_respective_values(line, following):
        return True
    if _cue_awaits_noun(line, following):
        return True
    if _share_awaits_grant(line, following):
        return True
    if words_may_cross and _awaits_more(line, following):
        return True
    if line.endswith(_SUFFIX_HEAD_WORDS) and following[0] in _ZONE_SUFFIX_TAIL_STARTS:
        return False  # 营商环境焕新 / 区属国企…: a heading's word, not a zone suffix's head (焕新区 is no word)
    if _place_colon_heading(line):
        return False  # 莘庄工业区：412家企业复工 / 作为…: a sub-headline, whatever word crosses the junction
    if following.startswith(_WHOLE_ZONE_WORDS) and not _suffix_spans_junction(line, following):
        return False  # 国有物业免收2个月 / 经开区国有平台公司…: 月经 is a word, but the line opens with a zone word
    return words_may_cross and (_word_crosses(line, following) or _rate_word_crosses(line, following))


# A clause mark inside a line: a title has none (it may list with 、 and part with a space).
_CLAUSE_MARK = regex.compile(r"[,，。；;]")


def is_bare_title(line: str) -> bool:
    """A heading line with no clause inside it (`长沙经开区全力推动复工复产`). As the text's first
    line it is the title, and the next line is the body, not its continuation, however a word
    of the dictionary could be read across the two (复产|经开区 gives 产经). A title broken by
    the layout still joins by what surely continues a line: an open bracket, a comma, a unit."""
    return is_headline(line) and _CLAUSE_MARK.search(line) is None


# 相关新闻：, 推荐阅读: a line opening a list of links to other articles, whose titles follow it.
# Anchored and short (a line of at most `link_list_heading_most` characters is tried).
_LINK_LIST_HEADING = regex.compile("|".join(f"(?:{p})" for p in _BOILERPLATE["link_list_headings"]))
_LINK_LIST_HEADING_MOST = _BOILERPLATE["link_list_heading_most"]


_DECORATIONS = _BOILERPLATE["link_list_heading_decorations"]
_DECORATION_CATEGORIES = tuple(_DECORATIONS["categories"])


# Asked of each line's first and last characters, twice a line (link lists, comment blocks):
# a lookup instead of a Unicode category and a list scan, over the few characters lines end in.
@lru_cache(maxsize=4096)
def _is_decoration(ch: str) -> bool:
    """A symbol, dash or emoji part a page sets around a heading (—, ▼, 📚): boilerplate.json
    _link_list_heading_decorations."""
    return ch in _DECORATIONS["chars"] or unicodedata.category(ch).startswith(_DECORATION_CATEGORIES)


def _undecorated(stripped: str) -> str:
    """The line without the decorations at its ends (—往期推荐— -> 往期推荐)."""
    start, end = 0, len(stripped)
    while start < end and _is_decoration(stripped[start]):
        start += 1
    while end > start and _is_decoration(stripped[end - 1]):
        end -= 1
    return stripped[start:end]


def _heading_label(stripped: str) -> str:
    """`stripped` without the decorations at its ends (`_undecorated`), told apart by its end
    characters first: most lines have none, and are their own label."""
    return _undecorated(stripped) if stripped and (_is_decoration(stripped[0]) or _is_decoration(stripped[-1])) else stripped


def _opens_link_list(stripped: str, label: str | None = None) -> bool:
    """A heading of a list of links (往期推荐, —相关阅读—). `label`: `_heading_label(stripped)`,
    when the caller has it (`kept_and_joined` asks this and `_opens_comment_block` of a line)."""
    if len(stripped) <= _LINK_LIST_HEADING_MOST and _LINK_LIST_HEADING.match(stripped) is not None:
        return True
    label = _heading_label(stripped) if label is None else label
    return label != stripped and len(label) <= _LINK_LIST_HEADING_MOST and _LINK_LIST_HEADING.match(label) is not None


def _is_link_title(stripped: str) -> bool:
    """A line of a list of links: a title (a bullet before it allowed), or an empty line; not a
    line opening as a body's sentence does (据悉，…; 截至3月底，…: boilerplate.json
    link_title_not_openers), whose last mark the page lost."""
    return not stripped or ((is_headline(stripped) or _calling_out_title(stripped))
                            and not stripped.startswith(_LINK_TITLE_NOT_OPENERS))


_LINK_TITLE_NOT_OPENERS = tuple(_BOILERPLATE["link_title_not_openers"])
_LINK_TITLE_ENDS = tuple(_BOILERPLATE["link_title_ends"])


def _calling_out_title(stripped: str) -> bool:
    """A post's title ending in ！ or ？ (…消费券500万元，快来领！), short and holding no 。:
    boilerplate.json _link_title_ends."""
    return 4 <= len(stripped) <= _HEADLINE_MOST and stripped.endswith(_LINK_TITLE_ENDS) and "。" not in stripped


# 评论（12）, 热门评论: a line opening the readers' comments under a page, whose comments follow it
# (渝A小王：…，点赞！; 赞 12; 回复). Anchored and short (boilerplate.json _comment_blocks): a line
# of at most `comment_block_heading_most` characters is tried, a comment of `comment_line_most`.
_COMMENT_BLOCK_HEADING = regex.compile("|".join(f"(?:{p})" for p in _BOILERPLATE["comment_block_headings"]))
_COMMENT_BLOCK_HEADING_MOST = _BOILERPLATE["comment_block_heading_most"]
_COMMENT_LINE = regex.compile("|".join(f"(?:{p})" for p in _BOILERPLATE["comment_lines"]))
_COMMENT_LINE_MOST = _BOILERPLATE["comment_line_most"]


def _opens_comment_block(stripped: str, label: str | None = None) -> bool:
    """A heading of readers' comments, bare or decorated as a post sets it apart (—— 精选评论 ——).
    `label`: `_heading_label(stripped)`, when the caller has it."""
    if len(stripped) <= _COMMENT_BLOCK_HEADING_MOST and _COMMENT_BLOCK_HEADING.match(stripped) is not None:
        return True
    label = _heading_label(stripped) if label is None else label
    return label != stripped and len(label) <= _COMMENT_BLOCK_HEADING_MOST and _COMMENT_BLOCK_HEADING.match(label) is not None


def _is_comment_line(stripped: str) -> bool:
    """A line of a block of readers' comments: a handle, a colon and the remark (a time after the
    handle allowed); a reply (园区 回复：…); the block's own counts, actions and form (赞 12, 回复,
    3小时前, 发表评论 | 查看全部评论（2）, 验证码); or an empty line."""
    return not stripped or (len(stripped) <= _COMMENT_LINE_MOST and _COMMENT_LINE.match(stripped) is not None)


# 湘潭网友 2020-02-26 17:45: a comment's author and time on a line of their own, the remark on the
# next line (boilerplate.json _comment_blocks).
_COMMENT_AUTHOR_LINE = regex.compile("|".join(f"(?:{p})" for p in _BOILERPLATE["comment_author_lines"]))


def _is_comment_author_line(stripped: str) -> bool:
    return len(stripped) <= _COMMENT_LINE_MOST and _COMMENT_AUTHOR_LINE.match(stripped) is not None


def _goes_on_comments(stripped: str, remark_due: bool) -> tuple[bool, bool]:
    """Whether the line `stripped` is one more of a block of readers' comments, and whether a
    remark is due on the line after it: the line under an author's line is that author's remark,
    whatever it says (我们公司拿到了5万元奖励，感谢园区！), if it is no longer than a comment."""
    if remark_due and stripped:
        return len(stripped) <= _COMMENT_LINE_MOST, False
    if _is_comment_author_line(stripped):
        return True, True
    return _is_comment_line(stripped), remark_due


# 第3版, 第A04版: a dropped line naming a page is the page's running head, which the layout
# prints wherever the page breaks (boilerplate.json _page_marks).
_PAGE_MARK = regex.compile("|".join(f"(?:{p})" for p in _BOILERPLATE["page_marks"]))


def parts_lines(dropped: str) -> bool:
    """Whether the dropped line `dropped` parts the kept lines around it: a date in it makes it
    the info bar between a headline and its body (`2020年5月8日 来源:…`), unless it names a page
    (`昆山日报 2020年4月2日 第3版`): a page's head, like a page number, may stand inside a sentence.
    A microblog post's stamp parts two posts."""
    return (_DATE.search(dropped) is not None and _PAGE_MARK.search(dropped) is None) \
        or post_stamp_date(dropped) is not None


_CORRECTION = _BOILERPLATE["correction_new_figure"]
_CORRECTION_WORDS = tuple(_CORRECTION["words"])
_CORRECTED_FIGURE = regex.compile(_CORRECTION["figure"])


def _keeping_new_corrections(dropped: Callable[[str], bool], raw_lines: list[str]) -> Callable[[str], bool]:
    """`dropped`, except for a correction notice whose corrected figure the article writes
    nowhere else: the only place the true figure is stated (boilerplate.json _correction_new_figure)."""
    def test(stripped: str) -> bool:
        if not dropped(stripped):
            return False
        if not any(w in stripped for w in _CORRECTION_WORDS):
            return True  # most dropped lines: no correction
        m = _CORRECTED_FIGURE.search(stripped)
        return m is None or any(m.group(1) in ln for ln in raw_lines if ln.strip() != stripped)
    return test


_UNDER_PICTURE = _BOILERPLATE["caption_under_picture"]
_PICTURE_PLACEHOLDER = regex.compile(_UNDER_PICTURE["picture_placeholder"])
_CAPTION_MARKS = tuple(_UNDER_PICTURE["caption_marks"])
_BULLET_LABEL = regex.compile(_UNDER_PICTURE["not_label"])


def _dropping_captions_under_pictures(dropped: Callable[[str], bool], raw_lines: list[str]) -> Callable[[str], bool]:
    """`dropped`, and also a ▲/△ line right under a line that only holds a picture's placeholder
    ([图片], IMG_0413.jpg): the picture's caption, whatever figures it holds (boilerplate.json
    _caption_under_picture_note). Elsewhere such a mark may open a list's bullet, which stays."""
    if not any(mark in ln for ln in raw_lines for mark in _CAPTION_MARKS):
        return dropped  # most texts: no pointing mark at all
    captions: set[str] = set()
    after_picture = False
    for ln in raw_lines:
        stripped = ln.strip()
        if not stripped:
            continue  # a blank line between the picture and its caption
        if after_picture and stripped.startswith(_CAPTION_MARKS) and len(stripped) <= MAX_DISCLAIMER_LINE \
                and not _BULLET_LABEL.match(stripped):
            captions.add(stripped)
        after_picture = _PICTURE_PLACEHOLDER.match(stripped) is not None
    if not captions:
        return dropped
    return lambda stripped: stripped in captions or dropped(stripped)


# --- lines wrapped at a page's width ---------------------------------------------------------

# A text taken from a PDF or a printed page keeps the page's line breaks: most lines of its
# paragraphs fill one width, and end wherever the width ran out (…给予防疫 / 补贴，单户…), with no
# word or mark there to say the sentence goes on. Lines at least this long that end in no
# terminal mark, with a clause mark inside (a line of a paragraph, no heading's) are measured;
# the width is the one most of them fill, if at least this many do.
_WRAP_LINE_LEAST = 20
_CLAUSE_MARK_STD = re.compile(r"[，、；;。]|,(?!\d)")  # not the thousands separator of 248,630.00
# Marks that close or follow what comes before them: none opens a line its writer began.
_OPENS_NO_LINE = frozenset("”’」』）)】》〕,，。、；;：:！!？?%")
# A tab, a bar or a run of spaces between cells: a table's row, whose width its cells decide.
_TABLE_ROW_GAP = re.compile(r"\t|[|｜]|[ \u3000]{2,}")
_WRAPPED_LINES_LEAST = 6  # a few headings or captions written alike (一、…，做到… 二、…) are no page
_WRAPPED_SHARE_LEAST = 0.5
# ...and they are a good part of all its lines of some length: on a printed page most lines are.
_WRAPPED_SHARE_OF_LINES_LEAST, _LINE_COUNTED_LEAST = 0.3, 10
# A line at the width may fall short of it by this much (a number or a word kept whole, an
# indented first line) or overrun it by this much (a mark that may not open a line).
_WIDTH_SHORT_BY, _WIDTH_OVER_BY = 2.5, 1.0


def display_width(line: str) -> float:
    """The width `line` takes on a page: a Chinese character or full-width form one, a character
    of Latin-1 (digits, letters, ASCII marks) half of one.

    The Latin-1 characters are counted by the codec, which drops every other one (a lone
    surrogate too): a tenth of the time of a Python loop over the characters, which was a
    third of `page_width`'s (tests/test_speed_clean.py compares the two)."""
    return len(line) - 0.5 * len(line.encode("latin-1", "ignore"))


def page_width(lines: list[str]) -> float | None:
    """The width the text's lines were wrapped at (see _WRAP_LINE_LEAST), or None when no
    width is shared by enough of its long lines that end in no terminal mark."""
    kept = [s for s in (ln.strip() for ln in lines) if s]
    stripped = [s for s in kept if len(s) >= _LINE_COUNTED_LEAST]
    # a wrapped line runs on into a line of some length: one followed by a short line (a heading:
    # 江宁区 / 规上工业企业复工1560家，复工率… / 浦口区 / …) is a record of a list, no page's
    widths = [display_width(s) for s, following in zip(kept, kept[1:])
              if len(s) >= _WRAP_LINE_LEAST and s[-1] not in _TERMINAL and _CLAUSE_MARK_STD.search(s)
              and not _TABLE_ROW_GAP.search(s) and len(following) >= _LINE_COUNTED_LEAST]
    if len(widths) < _WRAPPED_LINES_LEAST:
        return None
    counts = collections.Counter(widths)

    def filling(width: int) -> int:  # the lines at_page_width counts as filling `width`
        return sum(n for w, n in counts.items() if width - _WIDTH_SHORT_BY <= w <= width + _WIDTH_OVER_BY)

    # Of the whole widths a line may fill or fall short of (23.5 and 20.5 both fill 23), the
    # narrowest that most lines fill: a wider one would leave out the lines the tolerance lets
    # fall short (lines of 22 fill 22, 23 and 24 alike).
    best = max({int(w) + k for w in counts for k in range(3)}, key=lambda width: (filling(width), -width))
    support = filling(best)
    if support < _WRAPPED_LINES_LEAST or support < _WRAPPED_SHARE_LEAST * len(widths) \
            or support < _WRAPPED_SHARE_OF_LINES_LEAST * len(stripped):
        return None
    return float(best)


def at_page_width(line: str, width: float | None) -> bool:
    """Whether `line` (stripped) fills the page's `width` and ends in no terminal mark."""
    return width is not None and bool(line) and line[-1] not in _TERMINAL \
        and width - _WIDTH_SHORT_BY <= display_width(line) <= width + _WIDTH_OVER_BY


_FIGURE_CELL_WORDS = _BOILERPLATE["figure_cell"]
_CELL_NUMBER = rf"(?:[{DIGIT}]+(?:\.[{DIGIT}]+)?[余多]?[万亿千百]?|[零一二三四五六七八九十两百千万亿]+)"
_CELL_UNIT = "|".join(map(re.escape, sorted(_FIGURE_CELL_WORDS["units"], key=len, reverse=True)))
# A line that is a figure alone with its words (每人800元, 单户最高50万元, 85%以上, 10万—50万元, 千分之一).
_FIGURE_CELL_LINE = re.compile(
    rf"(?:{'|'.join(map(re.escape, sorted(_FIGURE_CELL_WORDS['before'], key=len, reverse=True)))})?"
    rf"(?:(?:{_CELL_NUMBER}(?:{_CELL_UNIT})?[—–~～至到-])?{_CELL_NUMBER}(?:{_CELL_UNIT})|[千百]分之[零一二三四五六七八九十点]+)"
    rf"(?:{'|'.join(map(re.escape, _FIGURE_CELL_WORDS['after']))})?")
_CELL_LABEL_MOST = _FIGURE_CELL_WORDS["label_most"]


def is_figure_cell(line: str) -> bool:
    """The line is a figure alone with its per-head, cap or bound words: an infographic's cell
    (boilerplate.json _figure_cell)."""
    return len(line) <= 24 and _FIGURE_CELL_LINE.fullmatch(line) is not None


def _labels_cell(line: str) -> bool:
    """A short line with no mark and no digit (规上工业企业复工率, 每列奖励): the label of a figure
    cell under it, which it is joined to as words an amount continues."""
    return len(line) <= _CELL_LABEL_MOST and _ANY_MARK_OR_DIGIT.search(line) is None


def _cell_join(last: str, line: str) -> bool | None:
    """How an infographic's cell decides the join of `line` to the kept line `last` (both
    stripped): False after a cell, unless a mark opens `line` (a figure's cell ends its clause);
    True for a cell under its label; None (no cell: `should_join` decides) for most lines."""
    if is_figure_cell(last):
        return True if line[0] in ",，、。%％" else False
    if is_figure_cell(line) and _labels_cell(last):
        return True
    return None


_CELL_PREFIXES = frozenset(_FIGURE_CELL_WORDS["before"])
_CELL_RUN_PAIRS_LEAST = _FIGURE_CELL_WORDS["run_pairs_least"]
_CELL_RUN_LABEL_MOST = _FIGURE_CELL_WORDS["run_label_most"]
# A label of a run may list its words (续贷、展期), but holds no digit and no clause mark.
_RUN_LABEL_BARRED = re.compile(rf"[{DIGIT},，。；;：:！？!?]")


def _cell_kind(line: str) -> str | None:
    """A stripped line's part in an infographic's cells: "F" a figure cell, "P" a per-head or cap
    word alone (每家, 单户最高: the words of the figure under it), "L" a label, None any other line."""
    if is_figure_cell(line):
        return "F"
    if len(line) <= _CELL_RUN_LABEL_MOST and _RUN_LABEL_BARRED.search(line) is None and not _ENUMERATED.match(line):
        return "P" if line in _CELL_PREFIXES else "L"
    return None


def _cell_pairs(kinds: list[str]) -> list[tuple[int, int]]:
    """The cells of a run of short lines paired as figure and label in the order the run opens
    with (label over its figure, or a figure over its label), from its first line on: a line that
    the next does not complete is left alone, and the next pair opens after it. A per-head or cap
    word alone goes with the figure under it."""
    pairs, i, n = [], 0, len(kinds)
    while i + 1 < n:
        if kinds[i] + kinds[i + 1] in ("FL", "LF", "PF"):
            pairs.append((i, i + 1))
            i += 2
        else:
            i += 1
    return pairs


def cell_layout(raw_lines: list[str], is_dropped: Callable[[str], bool]) -> dict[int, tuple[int, bool]]:
    """Where an infographic's cells decide the joins of its lines (boilerplate.json _figure_cell):
    for a line's index, (the index of the line before it, whether it is joined to that line).

    A run of short lines, each a figure cell or a label (blank lines between them left aside),
    holding at least `run_pairs_least` pairs, is read as pairs of a figure and its label in the
    order the run writes them (1316家 / 累计复工企业 / 98.7% / 复工率, or 复工企业 / 427家 / …): a
    pair's lines are joined, a line and the next pair's are not. A figure opening the run right
    after a line whose clause it ends (向企业返还失业保险费 / 2180万元: no terminal mark, no item
    heading) is that line's, as in running text. The first line, the title, is in no run. Other
    lines are not in the result."""
    if sum(1 for ln in raw_lines if len(ln) <= 40 and is_figure_cell(ln.strip())) < _CELL_RUN_PAIRS_LEAST:
        return {}
    layout: dict[int, tuple[int, bool]] = {}
    run: list[tuple[int, str]] = []  # (index, kind) of the run's lines
    before = ""  # the line before the run
    titled = False  # the first line has been seen

    def close() -> None:
        if run and run[0][1] == "F" and before and before[-1] not in _TERMINAL and not _ENUMERATED.match(before):
            del run[0]
        pairs = _cell_pairs([k for _, k in run])
        if len(pairs) >= _CELL_RUN_PAIRS_LEAST:
            seconds = {b for _, b in pairs}
            for k in range(1, len(run)):
                layout[run[k][0]] = (run[k - 1][0], k in seconds)
            if pairs[0][0] == 0 and run[0][1] == "F":
                layout[run[0][0]] = (-1, False)  # a figure over its label opens its line
        run.clear()

    for i, ln in enumerate(raw_lines):
        stripped = ln.strip()
        if not stripped:
            continue
        # the first line is the title, no cell's label
        kind = _cell_kind(stripped) if len(stripped) <= 24 and titled else None
        if kind is None or is_dropped(stripped):
            close()
            before = stripped if kind is None and titled else ""
            titled = True
            continue
        run.append((i, kind))
    close()
    return layout


def kept_and_joined(raw_lines: list[str], free_possible: dict[str, bool],
                    post_dates: list[tuple[int, dt.date]] | None = None) -> tuple[list[str], int]:
    """The lines of a text that are not furniture, without their bylines, each joined to the
    one before when that one was broken inside a sentence; and the number of joins. A dropped
    line holding a date parts the lines around it: it is the info bar between a headline and its
    body (`2020年5月8日 来源:…`), while a sentence broken by the layout runs on across a photo
    credit or a page number.

    Each line in one pass (what `_kept_and_joined_by_definition` does in two, with a budget
    check a line instead of two per line). `post_dates`, when given, gets (index of the joined
    line, date) for each line a microblog post's stamp dates: the first kept after the stamp."""
    is_dropped = _dropping_captions_under_pictures(
        _keeping_new_corrections(_boilerplate_test(free_possible), raw_lines), raw_lines)
    raw_lines = without_channel_lines(raw_lines, is_dropped)
    joined: list[str] = []
    n_joined = 0
    parted = False  # a dropped line holding a date since the last kept line
    in_links = False  # after a line opening a list of links, while its titles follow
    in_comments = False  # after a line opening readers' comments, while comments follow
    remark_due = False  # in comments, after an author's line: the next line is the remark
    said_a_sentence = False  # a list of links follows the body: one at the top may precede the title
    first_kept = ""  # the first line kept, unjoined: the title, which the page may print again
    stamped = None  # the date of a post stamp dropped since the last kept line
    width = page_width(raw_lines)
    last_at_width = False  # the last line kept fills the page's width
    last_kept = ""  # the last line kept, as written: an infographic's cell or label (`_cell_join`)
    layout = cell_layout(raw_lines, is_dropped)
    last_index = -1  # the index of the last line kept
    for index, ln in enumerate(raw_lines):
        budget.check()
        stripped = ln.strip()
        if in_comments:
            in_comments, remark_due = _goes_on_comments(stripped, remark_due)
            if in_comments:
                continue
        # the line's label without decorations, found once for both headings' tests (each looked
        # at the line's ends: a tenth of this loop's time)
        label = _heading_label(stripped) if said_a_sentence else stripped
        if said_a_sentence and _opens_comment_block(stripped, label):
            in_comments, in_links, remark_due = True, False, False  # comments under a list of links end it
            continue
        if in_links:
            if _is_link_title(stripped):
                continue
            in_links = False
        if said_a_sentence and _opens_link_list(stripped, label):
            in_links = True
            continue
        if is_dropped(stripped):
            parted = parted or parts_lines(stripped)
            if post_dates is not None:
                stamped = post_stamp_date(stripped) or stamped
            continue
        # without_trailing_byline's first test, asked here: most lines hold no space and end in
        # no byline word, and it returns them as they are. Its spaces (`_SPACE_STD`) are " " or
        # characters str.isprintable refuses: two tests in C, cheaper than the search, which
        # without_trailing_byline still makes for a line they let through.
        line = without_trailing_byline(stripped) \
            if stripped.endswith(_BYLINE_WORDS) or " " in stripped or not stripped.isprintable() else stripped
        if not line or (joined and _repeats_title(line, first_kept)):
            continue
        first_kept = first_kept or line
        cell = _laid_out_join(layout, index, last_index, last_kept, line) if joined and not parted else None
        last_kept, last_index = line, index
        if cell is not None:
            if cell:
                joined[-1] = joined[-1].rstrip() + line.lstrip()
                n_joined += 1
            else:
                joined.append(line)
        # A line ending a sentence is never continued (`should_join`'s first test, asked here
        # of most lines without a call: a kept line is stripped, so its last character counts).
        elif joined and not parted and (joined[-1][-1] not in _TERMINAL or line[0] in _CONTINUATION_OPENERS
                                      or joined[-1][-1] in _CLOSING_QUOTES or joined[-1][-1] in ")）"
                                      or joined[-1][-1] in _RANGE_DASHES) and should_join(
                joined[-1], line, words_may_cross=n_joined > 0 or len(joined) > 1 or not is_bare_title(joined[0]),
                at_page_width=last_at_width and len(joined) > 1):
            joined[-1] = joined[-1].rstrip() + line.lstrip()
            n_joined += 1
        else:
            joined.append(line)
        last_at_width = at_page_width(line, width)
        if stamped is not None:
            post_dates.append((len(joined) - 1, stamped))  # the stamp parted: the line opens a joined one
            stamped = None
        parted = False
        said_a_sentence = said_a_sentence or line[-1] in _TERMINAL
    return joined, n_joined


def _laid_out_join(layout: dict[int, tuple[int, bool]], index: int, last_index: int, last: str, line: str) -> bool | None:
    """How the cells decide the join of the line at `index` to the last kept line (at `last_index`):
    as `cell_layout` read their run, else as the two lines alone say (`_cell_join`)."""
    if index in layout:
        before, join = layout[index]
        if before == last_index or (before == -1 and not join):
            return join
    return _cell_join(last, line)


def _repeats_title(line: str, first: str) -> bool:
    """Whether a later line is the first one, a headline, again: the page prints its title once
    more under its navigation (龙游“十八条”助企复工 县经济开发区… / 首页 | … / the same line), one
    headline, no line of the body; its phrases' gap is the first line's alone to keep."""
    return line == first and line[-1] not in _TERMINAL


def _kept_and_joined_by_definition(raw_lines: list[str], free_possible: dict[str, bool]) -> tuple[list[str], int]:
    """What `kept_and_joined` returns, step by step over all lines (for tests)."""
    kept: list[tuple[str, bool]] = []  # each line, and whether a dropped line holding a date came before it
    parted = False
    in_links = in_comments = remark_due = False
    dropped = _dropping_captions_under_pictures(
        _keeping_new_corrections(lambda stripped: is_boilerplate(stripped, free_possible), raw_lines), raw_lines)
    raw_lines = without_channel_lines(raw_lines, dropped)
    layout = cell_layout(raw_lines, dropped)
    for index, ln in enumerate(raw_lines):
        if in_comments:
            goes_on, remark_due = _goes_on_comments(ln.strip(), remark_due)
            if goes_on:
                continue
        remark_due = False
        in_comments = any(line[-1] in _TERMINAL for line, *_ in kept) and _opens_comment_block(ln.strip())
        if in_comments:
            in_links = False
            continue
        if in_links and _is_link_title(ln.strip()):
            continue
        in_links = any(line[-1] in _TERMINAL for line, *_ in kept) and _opens_link_list(ln.strip())
        if in_links:
            continue
        if dropped(ln.strip()):
            parted = parted or parts_lines(ln.strip())
        elif (line := without_trailing_byline(ln.strip())) and not (kept and _repeats_title(line, kept[0][0])):
            kept.append((line, parted, index))
            parted = False
    width = page_width(raw_lines)
    joined: list[str] = []
    n_joined = 0
    previous, previous_index = "", -1  # the last kept line, unjoined, and its index
    for line, after_furniture, index in kept:
        first_is_title = len(joined) == 1 and n_joined == 0 and is_bare_title(joined[0])
        cell = _laid_out_join(layout, index, previous_index, previous, line) if joined and not after_furniture else None
        if cell is not None:
            joined[-1:] = [joined[-1].rstrip() + line.lstrip()] if cell else [joined[-1], line]
            n_joined += cell
        elif joined and not after_furniture and should_join(
                joined[-1], line, words_may_cross=not first_is_title,
                at_page_width=len(joined) > 1 and at_page_width(previous, width)):
            joined[-1] = joined[-1].rstrip() + line.lstrip()
            n_joined += 1
        else:
            joined.append(line)
        previous, previous_index = line, index
    return joined, n_joined


# --- spaces -----------------------------------------------------------------------------

# A space that parts a headline's two phrases after a figure (…贷款5亿元 减免租金…) is kept:
# it ends a clause (document.json _phrase_space).
_PHRASE_UNITS, _PHRASE_SCALES = regex.escape(PHRASE_SPACE_UNITS), regex.escape(PHRASE_SPACE_SCALES)
# A line opening with a short name, a space, and a sentence opening with that name again
# (五常市  五常市农商银行开辟绿色通道…): the name heads its paragraph, as with a colon
# (五常市：…), and the space that parts them is kept. A repeated run of characters is never one
# word that the layout cut, and glued to its repeat the name would be read as the company's.
_HEADING_REPEAT_MOST = 8
# Spaces that PDF extraction leaves inside Chinese text (`清远 高新区`, `開工 187 戶`).
_INNER_SPACE = compiled(
    rf"(?!(?<=(?:^|\n)(\p{{Han}}{{2,{_HEADING_REPEAT_MOST}}}))[ \t]+\1)"
    rf"(?!(?<=[\d{_PHRASE_SCALES}][{_PHRASE_UNITS}]) +\p{{Han}})"
    r"(?!(?<=%)[ \t]+\d)"  # 92% 88%: a space between two figures parts them
    r"(?:(?<=[\p{Han}\p{Ps}\p{Pe}\p{Pi}\p{Pf}，。、；：！？“”%])[ \t]+(?=[\p{Han}\d\p{Ps}\p{Pi}\p{Pf}，。、；：！？“”])"
    r"|(?<=[\p{Han}\d])[ \t]+(?=[\p{Han}%])"
    r"|(?<=[\p{Han}])[ \t]+(?=\d))"
)


# The same matches, each opening with its first space or tab (the lookbehinds after it reach
# back over it, the lookaheads unchanged): the engine skips to the spaces instead of testing the
# lookbehinds at every character. A match cannot start at a later space of a run, whose
# character before is a space, which no lookbehind class holds: both take whole runs.
# `_INNER_SPACE` stays the definition (tests/test_speed_clean.py compares the two). Written for
# the standard library's engine (the `regex` classes spelt out by `regex_classes`), which
# scans for the spaces faster. Linear (a match is one run of spaces and tabs, looked around
# by one character): the budget is checked once per text. Compiled when first needed (its
# classes take milliseconds to compile, and few texts hold a tab).
def _heading_repeat_after(first: str) -> str:
    """`_INNER_SPACE`'s first lookahead, asked after the space `first` matched: for each length
    of the name (the engine's lookbehinds have one width), the name right before that space,
    nothing but a line start before the name, and the name again after the rest of the spaces.
    Asked first whether the line starts close enough before the space (most spaces: it does not)."""
    return rf"(?!(?<![^\n]{{{_HEADING_REPEAT_MOST + 2}}})(?:" + "|".join(
        rf"(?<=([{HAN}]{{{n}}}){first})(?<![^\n]{{{n + 2}}})[ \t]*\{n - 1}"
        for n in range(2, _HEADING_REPEAT_MOST + 1)) + "))"


@lru_cache(maxsize=None)
def _inner_space_opening_with(first: str) -> re.Pattern:
    return re.compile(
        rf"{first}{_heading_repeat_after(first)}(?!(?<=[{DIGIT}{_PHRASE_SCALES}][{_PHRASE_UNITS}] ) *[{HAN}])"
        rf"(?!(?<=%{first})[ \t]*[{DIGIT}])"
        rf"(?:(?<=[{HAN}{PS}{PE}{PI}{PF}，。、；：！？“”%]{first})[ \t]*(?=[{HAN}{DIGIT}{PS}{PI}{PF}，。、；：！？“”])"
        rf"|(?<=[{HAN}{DIGIT}]{first})[ \t]*(?=[{HAN}%])"
        rf"|(?<=[{HAN}]{first})[ \t]*(?=[{DIGIT}]))"
    )


_SPACE_OR_TAB = r"[ \t]"
# For a text without a tab, where the two find the same: opening with one literal character,
# which the engine skips to four times faster than to a class of two.
_INNER_SPACE_BY_BLANK = _inner_space_opening_with(" ")


def remove_inner_spaces(line: str) -> tuple[str, int]:
    if "\t" in line:
        pattern = _inner_space_opening_with(_SPACE_OR_TAB)
    elif " " in line:
        pattern = _INNER_SPACE_BY_BLANK
    else:
        return line, 0  # every match is a run of spaces or tabs: most lines have none
    # What sub removes is exactly the matched characters: one pass, counted by the length lost.
    budget.check()
    narrowed = pattern.sub("", line)
    return narrowed, len(line) - len(narrowed)


# A figure set one character at a time (PDF letter spacing: 复工率9 6 . 4%, 2 9 8家, 1 0 0 0元):
# three or more single digits or points, each after one space; or a decimal point between two
# digits with a space before it (96 . 4%; not 1. 300万元, an item's number before a figure).
# Read as written, the digits after the last space alone would be the figure (4%), a number
# the text does not say. Groups of several digits (3 150万元, a table's 186 179) are no letter
# spacing and stay apart. Two single digits are one figure only between a Han character and a
# unit (复工率达9 5%, 复工企业2 1家), where no list of figures stands, or before a date's
# month or day (截至3月1 0日, 截至1 1月5日: a date's part has one or two digits).
_LETTER_SPACED_DIGITS = re.compile(r"(?<![\d.])\d(?: [\d.]){2,}(?![\d.])|(?<=\d) \. ?(?=\d)"
                                   r"|(?<=[\u4e00-\u9fff])\d \d(?=[%％‰万亿千百元家户个人名件只项月日号])")
# The same matches, each branch opening with one class of the first characters it can match
# (a digit, or the space of 96 . 4), its lookbehinds moved after that character and reaching
# back over it: the standard library's engine then skips to digits and spaces instead of
# testing the lookbehinds at every character (five times faster over the bench corpus).
# `_LETTER_SPACED_DIGITS` stays the definition; tests/test_speed_clean.py compares the two.
_LETTER_SPACED_DIGITS_BY_FIRST = re.compile(
    r"[\d ](?:(?<![\d.]\d)(?<=\d)(?: [\d.]){2,}(?![\d.])|(?<=\d )\. ?(?=\d)"
    r"|(?<=[\u4e00-\u9fff]\d) \d(?=[%％‰万亿千百元家户个人名件只项月日号]))")


def join_letter_spaced_digits(text: str) -> tuple[str, int]:
    """`text` with the spaces inside letter-spaced figures removed, and how many were.

    What `_LETTER_SPACED_DIGITS_BY_FIRST.sub` does (`_joined_letter_spaced_digits_by_pattern`,
    which tests compare), tried only at each space and the character before it: every match
    holds a space first or second (a digit and its space, or the space before a point), and a
    cleaned text holds a few spaces but thousands of digits, where the scan stopped to try the
    branches (a twentieth of the time)."""
    if " " not in text:
        return text, 0
    pieces, done = [], 0  # text[:done] is in `pieces`, joined where a match was
    space = text.find(" ")
    while space >= 0:
        # where a match may start, leftmost first, at or after the end of the last one
        m = (space > done and _LETTER_SPACED_DIGITS_BY_FIRST.match(text, space - 1)) \
            or _LETTER_SPACED_DIGITS_BY_FIRST.match(text, space)
        if not m:
            space = text.find(" ", space + 1)
            continue
        pieces += [text[done:m.start()], m.group().replace(" ", "")]
        done = m.end()
        space = text.find(" ", done)
    if not pieces:
        return text, 0
    pieces.append(text[done:])
    joined = "".join(pieces)
    return joined, len(text) - len(joined)


def _joined_letter_spaced_digits_by_pattern(text: str) -> tuple[str, int]:
    """`join_letter_spaced_digits` by one substitution over the whole text: its definition."""
    joined = _LETTER_SPACED_DIGITS_BY_FIRST.sub(lambda m: m.group().replace(" ", ""), text)
    return joined, len(text) - len(joined)


# --- missing digits -----------------------------------------------------------------------

# A scale after a financial numeral (伍仟万元) has its figure, though the figure is not read.
_FINANCIAL = resource("numbers.json")["financial_numerals"]
# A unit label (补贴(万元), 单位:万元) is no marker either, as numbers.py does not read it as lost digits.
# A percent sign after a word (复工率达到%) is a rate with its digits lost, after a numeral's character not.
_NOT_BEFORE_PERCENT = resource("numbers.json")["missing_percent_not_after"]
_UNIT_LABELS = resource("numbers.json")["unit_label_before"]
# 逾亿元, 超亿元, 近亿元, 过亿元: one-character qualifiers fused with a bare scale are a figure of
# their own (over, about a hundred million), no sign of lost digits; 超过亿元 is no such idiom.
_SCALE_IDIOM = "".join(resource("numbers.json")["scale_idiom_before"])
_MISSING_MARKERS = compiled(
    rf"(?<![\d零〇一二两三四五六七八九十百千万亿几数余多上{_FINANCIAL}{_SCALE_IDIOM}])"
    + "".join(f"(?<!{regex.escape(w)})" for w in _UNIT_LABELS) + "[万亿]元|(?<=超过)[万亿]元"
    r"|(?<![\d一二三四五六七八九十])月日|前月|同比增长[,，。;；]"
    rf"|(?<=\p{{Han}})(?<![{_NOT_BEFORE_PERCENT}])%"
)
# The same matches, each branch opening with its literals (its lookbehind moved after them,
# reaching back over them): the engine then skips to the places a branch can start instead
# of testing the lookbehinds at every character. `_MISSING_MARKERS` stays the definition.
# Written for the standard library's engine with every branch opening with one class of
# their first characters (a lookbehind then telling which it was), which it scans for in
# two thirds of the time `regex` takes (\d spelt out by `regex_classes`). Bounded: the
# budget is checked once per text.
_MISSING_MARKERS_BY_LITERALS = re.compile(
    rf"[万亿月前同%](?:(?<=[万亿])元(?:(?<![{DIGIT}零〇一二两三四五六七八九十百千万亿几数余多上{_FINANCIAL}{_SCALE_IDIOM}]..)"
    + "".join(f"(?<!{re.escape(w)}..)" for w in _UNIT_LABELS) +
    rf"|(?<=超过..))|(?<=月)日(?<![{DIGIT}一二三四五六七八九十]..)|(?<=前)月|(?<=同)比增长[,，。;；]"
    rf"|(?<=[{HAN}]%)(?<![{_NOT_BEFORE_PERCENT}]%))"
)


def count_missing_digit_markers(text: str) -> int:
    budget.check()
    return len(_MISSING_MARKERS_BY_LITERALS.findall(text))


def has_lost_digits(text: str) -> bool:
    """Digits stripped upstream: several markers, or one in a short text (2 per 1000 characters)."""
    n = count_missing_digit_markers(text)
    if n and "%" in text:
        # 复工率单位为%, 以%计: a percent sign declared as a unit is no rate whose digits were lost
        # (numbers.json percent_unit_labels), each after a Han character the markers counted.
        n -= len(percent_unit_label_signs(text))
    return n >= 3 or (n >= 1 and n * 1000 >= 2 * max(len(text), 1))


# --- title and headlines ------------------------------------------------------------------

# Anchored and linear (each repeat runs over one class up to a required character): a plain
# pattern, the budget checked once per title. A full stop followed by a digit is a decimal point
# (1.27亿元以工代训补贴直达企业: a title opening with its figure), no item's number.
_ENUMERATED = regex.compile(r"^([一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+(?:、|\.(?!\d)))")


_NOT_ENDING_A_HEADLINE = "。；;，,：:！!？?"
_HEADLINE_MOST = 45  # characters: a longer line is a sentence whose last mark the page lost


def is_headline(line: str) -> bool:
    """A short line that does not end a sentence: a title, sub-headline or section heading."""
    stripped = line.strip()
    return 4 <= len(stripped) <= _HEADLINE_MOST and stripped[-1] not in _NOT_ENDING_A_HEADLINE


_PLACE_HEADING_ENDS = frozenset(_BOILERPLATE["place_heading_ends"])


def is_section_heading(line: str) -> bool:
    """A headline, or a place's name alone on its line heading a roundup's item (大东区, 新津县:
    boilerplate.json _place_heading_ends_note)."""
    stripped = line.strip()
    return is_headline(stripped) or (len(stripped) == 3 and stripped[-1] in _PLACE_HEADING_ENDS)


def headline_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) in "\n".join(lines) of each line `is_section_heading` takes, for stripped
    lines (a cleaned text's): its test asked inline, the strip it begins with having nothing to do."""
    spans, pos = [], 0
    for line in lines:
        n = len(line)
        if (4 <= n <= _HEADLINE_MOST and line[-1] not in _NOT_ENDING_A_HEADLINE) or (n == 3 and line[-1] in _PLACE_HEADING_ENDS):
            spans.append((pos, pos + n))
        pos += n + 1
    return spans


def _headline_spans_by_definition(lines: list[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in lines:
        if is_section_heading(line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


# 复工企业能领哪些补贴？ / 加油，高新区！: a title may ask or exclaim; in the body such a line is a
# sentence (问：…？), so only the first line is read so.
_TITLE_MAY_END = "？?！!"


def reads_as_title(line: str) -> bool:
    """Whether `line`, a text's first line, is its title: a headline (or one that asks or
    exclaims, with two phrases at most inside), not an enumerated item, of six characters or more."""
    first = line.strip()
    if not (is_headline(first) or (first.endswith(tuple(_TITLE_MAY_END)) and is_headline(first.rstrip(_TITLE_MAY_END))
                                   and _two_phrases_at_most(first))):
        return False
    return not _ENUMERATED.match(first) and len(first) >= 6


_EXCLAIMING_TITLE = _BOILERPLATE["exclaiming_title"]
_EXCLAIMING_NOT_INSIDE = regex.compile(f"[{regex.escape(_EXCLAIMING_TITLE['not_inside'])}]")


def _two_phrases_at_most(first: str) -> bool:
    """No sentence's end inside and few commas (…稳定发展，最高补贴300万元！): an exclaiming or asking
    title's phrases, not a body's sentence (boilerplate.json _exclaiming_title)."""
    return _EXCLAIMING_NOT_INSIDE.search(first) is None \
        and len(_COMMA.findall(first)) <= _EXCLAIMING_TITLE["most_commas"]


# A portal's channel line above the headline (成都高新区  政策解读, 成都市人民政府 > 政策解读) or
# a site's name alone (南京市人民政府门户网站): boilerplate.json _channel_lines. Anchored, its
# steps parted by separators that no step holds, on a line of at most MAX_FURNITURE_LINE
# characters: a plain pattern, the budget checked once per text.
_CHANNEL_STEP_SEPARATOR = rf"(?:\s*[{regex.escape(_BOILERPLATE['channel_separators'])}]\s*|\s+)"
_CHANNEL_LINE = regex.compile(
    rf"^(?:\p{{Han}}[\p{{Han}}·()（）]{{1,29}}(?:{_CHANNEL_STEP_SEPARATOR}\p{{Han}}{{2,12}})*{_CHANNEL_STEP_SEPARATOR})?"
    rf"(?:{alternation(_BOILERPLATE['channel_words'])})"
    rf"(?:{_CHANNEL_STEP_SEPARATOR}(?:{alternation(_BOILERPLATE['channel_line_tail'])}))?$"
    + "".join(f"|(?:{p})" for p in _BOILERPLATE["site_names"]))


def is_channel_line(stripped: str) -> bool:
    return len(stripped) <= MAX_FURNITURE_LINE and _CHANNEL_LINE.match(stripped) is not None


_PLACE_IN_TITLE = resource("boilerplate.json")["title_names_place"]
_PLACE_LEVEL_IN_TITLE = re.compile(f"(?<![{_PLACE_IN_TITLE['not_after']}])[{_PLACE_IN_TITLE['levels']}]")


def _names_a_place(headline: str) -> bool:
    """Whether a headline names a place of its own (武侯区：…), not only 我市/全区 or none
    (boilerplate.json _title_names_place)."""
    for word in _PLACE_IN_TITLE["not_words"]:
        headline = headline.replace(word, "")
    return _PLACE_LEVEL_IN_TITLE.search(headline) is not None


def without_channel_lines(raw_lines: list[str], is_dropped: Callable[[str], bool]) -> list[str]:
    """`raw_lines` without the channel lines that open the text (furniture among them allowed)
    when a line reading as a title follows them: the portal's name would be read as the title,
    and its zone as the article's (boilerplate.json _channel_lines). Only the top is looked at:
    in the body such a line may head a section, and without a headline after it the line may
    be the only title the text has."""
    budget.check()
    channel: list[int] = []
    for i, ln in enumerate(raw_lines):
        stripped = ln.strip()
        if is_dropped(stripped):
            continue
        if is_channel_line(stripped):
            channel.append(i)
            continue
        if channel and reads_as_title(stripped) and _names_a_place(stripped):
            return [ln for j, ln in enumerate(raw_lines) if j not in channel]
        break
    return raw_lines


def find_title(lines: list[str], set_apart: bool = False) -> str | None:
    """The first line when it reads as a title; `set_apart` (the page sets the line apart as
    one: `first_line_set_apart`) lets a two-phrase title run longer than a headline."""
    if not lines:
        return None
    first = lines[0].strip()
    budget.check()
    return first if reads_as_title(first) or (set_apart and reads_as_long_title(first)) else None


# A two-phrase title runs past a headline's length (boilerplate.json _set_apart_title): read so
# only where the page sets the first line apart, a longer line being a sentence otherwise.
_SET_APART = _BOILERPLATE["set_apart_title"]
_SET_APART_MOST = _SET_APART["most"]
_SET_APART_NOT_INSIDE = regex.compile(f"[{regex.escape(_SET_APART['not_inside'])}]")
_COMMA = regex.compile("[,，]")


def reads_as_long_title(line: str) -> bool:
    """Whether `line`, a first line the page sets apart, is a two-phrase title longer than a
    headline: no sentence's end inside, few commas, and a space, colon or dash parting phrases."""
    first = line.strip().rstrip(_TITLE_MAY_END)
    return (4 <= len(first) <= _SET_APART_MOST and first[-1] not in _NOT_ENDING_A_HEADLINE
            and _SET_APART_NOT_INSIDE.search(first) is None
            and len(_COMMA.findall(first)) <= _SET_APART["most_commas"]
            and any(mark in first.strip(mark) for mark in _SET_APART["phrase_marks"])
            and not _ENUMERATED.match(first))


def first_line_set_apart(raw: str, first: str, is_dropped: Callable[[str], bool]) -> bool:
    """Whether `first` (the first kept line, stripped) stands whole on a line of `raw` followed
    by a blank line or a dropped line holding a date (the info bar under a title): the layout sets
    it apart as a title, no line the layout broke."""
    at = raw.find(first)
    if at < 0:
        return False
    line_end = raw.find("\n", at + len(first))
    if line_end < 0 or raw[at + len(first):line_end].strip() or raw[raw.rfind("\n", 0, at) + 1:at].strip():
        return False
    next_end = raw.find("\n", line_end + 1)
    following = raw[line_end + 1:next_end if next_end >= 0 else len(raw)].strip()
    return not following or (is_dropped(following) and parts_lines(following))


# 慈溪：包车“点对点”接回外地员工 高新区规上企业复工率达78%: the space parting a two-part title's
# phrases is kept (boilerplate.json _title_phrase_gap), held as a mark no space rule matches while
# the spaces PDF extraction leaves are removed.
_TITLE_GAP = _BOILERPLATE["title_phrase_gap"]
_TITLE_GAP_LEAST_HAN = _TITLE_GAP["least_han"]
_TITLE_PHRASE_ENDS = frozenset(_TITLE_GAP["phrase_ends"])
_TITLE_GAP_MARK = "\u2002"  # an en space: matched by no pattern of the inner-space rules
_SPACE_RUN = re.compile(r" +")


def _mark_title_phrase_gaps(line: str) -> str:
    """`line` (the first) with each run of spaces that parts two phrases of a title made one
    `_TITLE_GAP_MARK`; unchanged when it holds a full stop (a body's sentence) or no such run."""
    if " " not in line or "。" in line or _TITLE_GAP_MARK in line:
        return line
    out, last = [], 0
    for m in _SPACE_RUN.finditer(line):
        left, right = _phrase_before(line, m.start()), _phrase_after(line, m.end())
        if _han_count(left) >= _TITLE_GAP_LEAST_HAN and _han_count(right) >= _TITLE_GAP_LEAST_HAN:
            out.append(line[last:m.start()] + _TITLE_GAP_MARK)
            last = m.end()
    return "".join(out) + line[last:] if out else line


def _phrase_before(line: str, end: int) -> str:
    start = end
    while start > 0 and line[start - 1] not in _TITLE_PHRASE_ENDS:
        start -= 1
    return line[start:end]


def _phrase_after(line: str, start: int) -> str:
    end = start
    while end < len(line) and line[end] not in _TITLE_PHRASE_ENDS:
        end += 1
    return line[start:end]


def _han_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


# --- the stage ------------------------------------------------------------------------------

def clean_text(raw: str, *, published_date: dt.date | None = None) -> CleanText:
    """Clean one decoded article. `published_date` from the container (HTML/JSONL) wins."""
    if "\r" in raw:  # decoding has made most line ends "\n" already: one scan instead of two
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", raw)
    text = remove_pictographs(remove_markup(normalise_width(text)))
    text, n_roman = remove_romanisation(text)
    if n_roman:
        text, n_neutral = remove_neutral_tone_glosses(text)
        n_roman += n_neutral
    text = without_doubled_marks(text)
    simplified = to_simplified(text)
    script = detect_script(text, simplified)

    raw_lines = [ln for ln in simplified.split("\n") if ln.strip()]
    date, date_source = (published_date, "container") if published_date else dated_by(raw_lines)
    year = issue_year(raw_lines) if date is None else None
    stamped_lines: list[tuple[int, dt.date]] = []
    free_possible = _free_matches_possible(simplified)
    joined, n_joined = kept_and_joined(raw_lines, free_possible, stamped_lines)

    # One pass over the whole text instead of one per line: what `_INNER_SPACE` removes is spaces
    # and tabs between two characters of one line, none of which is a newline.
    stripped = [line.strip() for line in joined]
    if stripped:
        stripped[0] = _mark_title_phrase_gaps(stripped[0])
    cleaned, n_spaces = remove_inner_spaces("\n".join(stripped))
    cleaned, n_letter_spaces = join_letter_spaced_digits(cleaned)
    if _TITLE_GAP_MARK in cleaned:
        cleaned = cleaned.replace(_TITLE_GAP_MARK, " ")
    n_spaces += n_letter_spaces
    lines = cleaned.split("\n")
    headlines = headline_spans(lines)
    title = find_title(lines)
    if title is not None and not (headlines and headlines[0][0] == 0):
        # a title that asks or exclaims (…最高补贴300万元！): a headline too, which its mark hid
        headlines = [(0, len(lines[0])), *headlines]
    if title is None and joined and len(lines[0]) > _HEADLINE_MOST and first_line_set_apart(
            simplified, joined[0].strip(), _boilerplate_test(free_possible)):
        # a two-phrase title longer than a headline: the title, and the headline it is
        title = find_title(lines, set_apart=True)
        if title is not None:
            headlines = [(0, len(lines[0])), *headlines]
    # Removing spaces keeps the lines (none is a newline): the joined line i is the cleaned line i.
    line_starts = list(itertools.accumulate((len(ln) + 1 for ln in lines), initial=0)) if stamped_lines else []
    return CleanText(
        text=cleaned,
        script=script,
        title=title,
        published_date=date,
        n_romanisation_removed=n_roman,
        n_spaces_removed=n_spaces,
        n_lines_joined=n_joined,
        has_missing_digits=has_lost_digits(cleaned),
        headlines=tuple(headlines),
        post_dates=tuple((line_starts[i], date) for i, date in stamped_lines),
        outlets=header_outlets(raw_lines),
        date_source="issue_year" if year is not None else date_source,
        issue_year=year,
    )
