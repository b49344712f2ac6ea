"""Stage: cleaned text -> its geometry: lines, headlines, paragraphs, sentences, clauses.

Promise: `Document(text, headlines)` is built once per article after cleaning and answers,
for any code-point position, the line, paragraph, sentence and clause holding it, by
bisection over sorted boundary offsets. Every later stage asks it instead of splitting
text on its own, so "the same sentence" means the same characters everywhere.

- A line is the text between two newlines; after cleaning a paragraph is one line.
- A sentence ends at 。！？!? or a line end. A `?` between two Han characters ends a
  sentence only when the sentence asks something (如何, 吗, …): elsewhere it stands for
  a character lost upstream (`百?强`), and cutting there would cut a figure off its cue
  and its date. Between two digits (`1?80万元`) it is always a lost character.
- A clause ends where a sentence does, and at ，,：:；;, except at a comma between digit
  groups that the number finder reads as one figure (3,456家: a thousands separator).
"""
from __future__ import annotations

import bisect
import re
from functools import cached_property

from . import budget
from .lexicon import REGEX_TIMEOUT, alternation, compiled, resource
from .regex_classes import DIGIT, HAN

_T = REGEX_TIMEOUT
_bisect_left = bisect.bisect_left  # the lookups below run tens of thousands of times per MB
_RES = resource("document.json")
# Character classes the standard library's engine scans faster than `regex`, with the same
# matches; they cannot backtrack, so the budget is checked once per document instead.
_SENTENCE_END = re.compile(r"[。！？!\n]|\?+")  # a run of `?` when it is weighed as one
# A comma is a thousands separator, not a clause end, between a digit and a group of exactly
# three digits (numbers._ARABIC reads 3,456家 as one figure, so its cue 复工 is in its clause).
# A space kept after a figure before a word (…5亿元 减免租金…, document.json _phrase_space).
PHRASE_SPACE_UNITS = resource("document.json")["phrase_space_units"]  # cleaning keeps these spaces too
PHRASE_SPACE_SCALES = resource("document.json")["phrase_space_scales"]
_CLAUSE_END = re.compile(r"[，：:；;]|(?<!\d),|,(?!\d{3}(?!\d))"  # and every sentence end
                         rf"|(?<=[{DIGIT}{re.escape(PHRASE_SPACE_SCALES)}][{re.escape(PHRASE_SPACE_UNITS)}]) +(?=[{HAN}])")
# The single characters of the two classes above, found one character at a time by str.find
# (a fifth less time than a scan of their class, which made a match object for each mark).
_PLAIN_SENTENCE_END_CHARS = "。！？!"  # and the newline: _SENTENCE_END but runs of `?`
_CLAUSE_END_CHARS = "，：:；;"  # and the commas of `_clause_commas`
# Every character that may end a clause or a sentence, for a short look around a figure where
# no Document is at hand (numbers.py): the commas of both widths, the question marks, the newline.
BREAK_CHARS = frozenset(_CLAUSE_END_CHARS + _PLAIN_SENTENCE_END_CHARS + ",?\n")
_THOUSANDS_COMMA = re.compile(r"\d,\d{3}(?!\d)")
# A comma that is no thousands separator: no digit before it, or no group of exactly three
# digits after it. Written from the comma (a literal the engine skips to), the digit before it
# read back by the lookbehind: one scan in C instead of a match per comma in Python, which
# most texts need tens of (cleaning makes every ， a comma). `_THOUSANDS_COMMA` stays the
# definition (tests/test_speed_equivalence.py compares the two).
_CLAUSE_COMMA = re.compile(r",(?:(?<!\d.)|(?!\d{3}(?!\d)))")
# Written `\?\?*`, not `\?+`: the engine skips ahead to a pattern's leading literal, but tries
# a leading repeat at every offset (fifteen times slower over a text).
_QUESTION_MARKS = re.compile(r"\?\?*")
_QUESTION = compiled(alternation(_RES["question_words"]))
_HAN = compiled(r"\p{Han}")


RESPECTIVELY = tuple(_RES["respectively_words"])


# The words as one literal alternation: one scan of the range, not one str.find per word and a
# list of what each found (find_respectively runs once per figure in measures and attribution).
_RESPECTIVELY_SCANNER = re.compile("|".join(map(re.escape, RESPECTIVELY)))


def find_respectively(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the first word pairing values with a list in order (分别, 依次为) starts in
    text[start:end], or -1: as str.find for one word, for all of them."""
    end = len(text) if end is None else end
    if start < 0 or end < 0:  # str.find counts these from the end; the pattern does not
        return _find_respectively_word_by_word(text, start, end)
    m = _RESPECTIVELY_SCANNER.search(text, start, end)
    return m.start() if m is not None else -1


def _find_respectively_word_by_word(text: str, start: int, end: int) -> int:
    """`find_respectively` by one str.find per word: its definition (tests compare the two)."""
    found = [i for w in RESPECTIVELY if (i := text.find(w, start, end)) >= 0]
    return min(found) if found else -1


def positions_of(text: str, char: str) -> list[int]:
    """Every offset of `char` in `text`, ascending (str.find, not a Python loop per character)."""
    found, i = [], text.find(char)
    while i >= 0:
        found.append(i)
        i = text.find(char, i + 1)
    return found


def _merged(offsets: list[int], text: str, chars: str) -> list[int]:
    """`offsets` (ascending) and every offset of each of `chars` in `text`, ascending, in a new
    list (a sort of ascending runs only merges them)."""
    merged = offsets + [i for char in chars if char in text for i in positions_of(text, char)]
    merged.sort()
    return merged


def _clause_commas(text: str) -> list[int]:
    """The offsets of `,` that end a clause: every comma but a thousands separator."""
    return [m.start() for m in _CLAUSE_COMMA.finditer(text)]


def _clause_commas_one_by_one(text: str) -> list[int]:
    """`_clause_commas` by a match of `_THOUSANDS_COMMA` before each comma: its definition."""
    return [i for i in positions_of(text, ",") if not (i and _THOUSANDS_COMMA.match(text, i - 1))]


_HAN_CHAR = re.compile(f"[{HAN}]")
_NOT_A_SPACE = re.compile("[^ ]")


def _phrase_spaces(text: str) -> list[int]:
    """The offsets of spaces that part two phrases after a figure (5亿元 减免租金): the first of
    a run after a unit (`phrase_space_units`) that follows a digit or a scale, before a Han
    character. Cleaning leaves few spaces in a Chinese text: each is looked at."""
    found = []
    for i in positions_of(text, " ") if " " in text else ():
        if i >= 2 and text[i - 1] in PHRASE_SPACE_UNITS and (text[i - 2].isdecimal() or text[i - 2] in PHRASE_SPACE_SCALES):
            after = _NOT_A_SPACE.search(text, i)
            if after is not None and _HAN_CHAR.match(text, after.start()):
                found.append(i)
    return found


def literal_starts(text: str, words) -> dict[int, list[str]]:
    """Offset -> the words of `words` that start there, longest first (ties in code-point
    order, as `lexicon.alternation` orders them).

    Per-article word lists (an article's own place names) were compiled into `regex`
    alternations: one compile per article cost more than the whole search, and each one
    stayed in `lexicon.compiled`'s cache. str.find over each word finds the same places."""
    found: dict[int, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        if not word:
            raise ValueError("an empty word would match everywhere")
        i = text.find(word)
        while i >= 0:
            found.setdefault(i, []).append(word)
            i = text.find(word, i + 1)
    return found


def leftmost_longest(text: str, words) -> list[tuple[int, int, str]]:
    """(start, end, word) of what `regex.finditer(alternation(words), text)` matches: scanning
    left to right, at each offset the longest word there, the next search after its end.

    The words are tried longest first, so the first found at an offset is the one kept,
    without the list of every word per offset that `literal_starts` makes."""
    longest: dict[int, str] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        if not word:
            raise ValueError("an empty word would match everywhere")
        i = text.find(word)
        while i >= 0:
            longest.setdefault(i, word)
            i = text.find(word, i + 1)
    found, after = [], 0
    for start in sorted(longest):
        if start >= after:
            word = longest[start]
            after = start + len(word)
            found.append((start, after, word))
    return found


def _ends_with(marks: list[int], questions: list[int], text_end: int) -> list[int]:
    """`marks` with the (few) `questions` put in order, then the text's end; `marks` is reused."""
    for question in questions:
        bisect.insort(marks, question)
    marks.append(text_end)
    return marks


Span = tuple[int, int]


class Document:
    """Sorted boundary offsets of one cleaned text and lookups by position."""

    def __init__(self, text: str, headlines: tuple[Span, ...] = (), title_end: int | None = None,
                 outlets: tuple[str, ...] = ()):
        self.text = text
        self.headlines = tuple(sorted(headlines))
        self.title_end = title_end
        self.outlets = outlets  # the sources an info bar cleaning dropped named (CleanText.outlets)
        newlines = positions_of(text, "\n")
        self._line_ends = newlines + [len(text)]
        # Sentence ends other than `?` are single characters with nothing to weigh, and so are
        # clause ends: the offsets of each character, in order, merged (the newlines' are the
        # lines'); the few weighed runs of `?` are merged in after.
        plain_ends = _merged(newlines, text, _PLAIN_SENTENCE_END_CHARS)
        marks = _merged(plain_ends + _clause_commas(text) + _phrase_spaces(text), text, _CLAUSE_END_CHARS)
        questions = self._questions_ending_sentences(plain_ends) if "?" in text else []
        self._sentence_ends = _ends_with(plain_ends, questions, len(text))
        self._clause_ends = _ends_with(marks, questions, len(text))
        budget.check()
        self._headline_starts = [s for s, _ in self.headlines]
        # The span each bisection index stands for, built once: lookups are asked tens of
        # thousands of times per long article, and then cost one bisection and one index.
        self._line_spans = self._spans_between(self._line_ends)
        self._sentence_spans = self._spans_between(self._sentence_ends)
        self._clause_spans = self._spans_between(self._clause_ends)

    @staticmethod
    def _spans_between(ends: list[int]) -> list[Span]:
        """`_around(ends, pos)` for every index bisection can give, in index order."""
        starts = [0] + [end + 1 for end in ends]
        return list(zip(starts, ends + [ends[-1]]))

    def _questions_ending_sentences(self, plain_ends: list[int]) -> list[int]:
        """The last `?` of each run of `?` that ends a sentence (not `百?强`), ascending; a run is
        weighed against the sentence it closes, which starts after the nearest end before it
        (`plain_ends`: the other sentence ends, ascending)."""
        ends, after_question = [], 0
        for q in _QUESTION_MARKS.finditer(self.text):
            i = bisect.bisect_left(plain_ends, q.start())
            sentence_start = max(plain_ends[i - 1] + 1 if i else 0, after_question)
            if not self._is_lost_character(q.start(), q.end(), sentence_start):
                ends.append(q.end() - 1)
                after_question = q.end()
        return ends

    def _weighed_sentence_ends_one_by_one(self) -> list[int]:
        """Sentence ends, each `?` weighed: the definition of `_sentence_ends`, found there by
        one scan of the other ends and a weighing per run of `?`."""
        text, ends, last = self.text, [], 0
        for m in _SENTENCE_END.finditer(text):
            if m.group().startswith("?") and self._is_lost_character(m.start(), m.end(), last):
                continue
            ends.append(m.end() - 1)
            last = m.end()
        return ends + [len(text)]

    def _is_lost_character(self, start: int, end: int, sentence_start: int) -> bool:
        """`百?强`: a `?` inside a word, in a sentence that asks nothing; `1?80万元`, `3?.7万人`: a
        `?` between two digits or a digit and a decimal point, inside a figure (no question ends on
        a digit right before one);
        `9?%`, `12.3?万元`: after a digit, before a percent sign or a Han character, in a
        sentence that asks nothing."""
        before, after = self.text[start - 1:start], self.text[end:end + 1]
        if before.isdigit() and (after.isdigit() or (after in ".," and self.text[end + 1:end + 2].isdigit())):
            return True  # 1?80万元, 3?.7万人: a digit lost inside a figure
        after_digit = before.isdigit() and (after in ("%", "‰") or _HAN.match(after) is not None)
        if not (after_digit or (before and after and _HAN.match(before) and (_HAN.match(after) or after == "("))):
            return False
        return not _QUESTION.search(self.text, sentence_start, start, timeout=_T)

    @staticmethod
    def _around(ends: list[int], pos: int) -> Span:
        """(start, end) of the span between the boundaries in `ends` that holds `pos`."""
        i = bisect.bisect_left(ends, pos)
        end = ends[i] if i < len(ends) else ends[-1]
        start = ends[i - 1] + 1 if i > 0 else 0
        return start, end

    def line_of(self, pos: int) -> Span:
        return self._line_spans[_bisect_left(self._line_ends, pos)]

    def paragraph_of(self, pos: int) -> Span:
        return self._line_spans[_bisect_left(self._line_ends, pos)]

    def sentence_of(self, pos: int) -> Span:
        return self._sentence_spans[_bisect_left(self._sentence_ends, pos)]

    def sentence_before(self, sentence: Span) -> Span:
        """The sentence before `sentence` (itself when it is the first), over the empty spans
        between two sentence ends (。 then a newline): the sentence a 其中 opening a new line
        continues is the last one with text in it."""
        start = sentence[0]
        while start > 0:
            before = self.sentence_of(start - 1)
            if before[1] > before[0]:
                return before
            start = before[0]
        return sentence

    def sentence_after(self, sentence: Span) -> Span:
        """The sentence after `sentence` (itself when it is the last), over the empty spans
        between two sentence ends, as `sentence_before` looks back."""
        end = sentence[1]
        while end < len(self.text):
            after = self.sentence_of(end + 1)
            if after[1] > after[0]:
                return after
            if after[1] <= end:
                break
            end = after[1]
        return sentence

    def clause_of(self, pos: int) -> Span:
        return self._clause_spans[_bisect_left(self._clause_ends, pos)]

    def previous_clause(self, clause: Span, sentence: Span) -> Span | None:
        """The clause before `clause` within `sentence`, or None for the sentence's first."""
        if clause[0] <= sentence[0]:
            return None
        return self.clause_of(clause[0] - 1)

    def clauses_in(self, span: Span) -> list[Span]:
        """The clauses that make up `span` (a sentence or paragraph), in order."""
        return self._tiles(self.clause_of, span)

    def sentences_in(self, span: Span) -> list[Span]:
        """The sentences that make up `span` (a paragraph), in order: `_tiles(sentence_of, span)`
        cut from the list of all sentences by two bisections."""
        if span[0] > span[1]:
            return []
        first = bisect.bisect_left(self._sentence_ends, span[0])
        return self._sentence_spans[first:bisect.bisect_left(self._sentence_ends, span[1], first) + 1]

    @staticmethod
    def _tiles(span_of, span: Span) -> list[Span]:
        """The spans `span_of` gives that make up `span`, one after the other: the definition
        `sentences_in` cuts from a list."""
        out, pos = [], span[0]
        while pos <= span[1]:
            piece = span_of(pos)
            out.append(piece)
            if piece[1] >= span[1]:
                break
            pos = piece[1] + 1
        return out

    def headline_of(self, pos: int) -> Span | None:
        i = bisect.bisect_right(self._headline_starts, pos) - 1
        if i >= 0 and self.headlines[i][0] <= pos < self.headlines[i][1]:
            return self.headlines[i]
        return None

    def section_under(self, pos: int) -> Span | None:
        """The body a sub-headline holding `pos` heads: from the end of its line to the next
        headline, or None when `pos` is in no headline or in the title (the first line, which
        sums up the whole article, not one section)."""
        i = bisect.bisect_right(self._headline_starts, pos) - 1
        if i < 0 or not self.headlines[i][0] <= pos < self.headlines[i][1]:
            return None
        start, end = self.headlines[i]
        if start == 0 or (self.title_end is not None and start < self.title_end):
            return None
        following = self.headlines[i + 1][0] if i + 1 < len(self.headlines) else len(self.text)
        return end, following

    @cached_property
    def lead(self) -> Span:
        """The first paragraph after the title and headlines: where an article says what it is about."""
        pos = 0
        while pos < len(self.text):
            line = self.line_of(pos)
            if line[1] > line[0] and self.headline_of(line[0]) is None and (self.title_end is None or line[0] >= self.title_end):
                return line
            pos = line[1] + 1
        return (0, 0)
