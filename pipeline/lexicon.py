"""Language resources, loaded once from `pipeline/resources/*.json` and checked.

Cue words, qualifier words, boilerplate patterns and zone vocabulary are data, not code.
Loading fails loudly when a list repeats an entry or when one cue is claimed by two
categories of the same kind, so a resource edit cannot silently change the meaning of
another rule.
"""
from __future__ import annotations

import json
import re
import weakref
from functools import lru_cache
from importlib import resources
from typing import Any, NoReturn

import regex

from . import budget, pattern_cache

REGEX_TIMEOUT = 1.0  # seconds; the timeout of a pattern call made outside an article's budget


class ResourceError(ValueError):
    """A resource file contradicts itself."""


def _load(name: str) -> dict[str, Any]:
    text = resources.files("pipeline.resources").joinpath(name).read_text(encoding="utf-8")
    data = json.loads(text)
    if "_source" not in data:
        raise ResourceError(f"{name}: missing the '_source' note saying where it came from")
    return data


def _check_unique(name: str, key: str, items: list[str]) -> None:
    seen: set[str] = set()
    for item in items:
        if item in seen:
            raise ResourceError(f"{name}: '{item}' is listed twice in {key}")
        seen.add(item)


def _check_partition(name: str, key: str, groups: dict[str, list[str]]) -> None:
    owner: dict[str, str] = {}
    for group, items in groups.items():
        _check_unique(name, f"{key}.{group}", items)
        for item in items:
            if item in owner:
                raise ResourceError(f"{name}: '{item}' is in both {key}.{owner[item]} and {key}.{group}")
            owner[item] = group


def check_resource(name: str, data: dict[str, Any]) -> dict[str, Any]:
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if isinstance(value, list):
            _check_unique(name, key, value)
        elif isinstance(value, dict) and value and all(isinstance(v, list) for v in value.values()):
            _check_partition(name, key, value)
    if "categories" in data:
        check_categories(name, data)
    return data


# --- category blocks (cues.json) ----------------------------------------------------------------

# The keys a category block may hold; "share" and "count" are sub-blocks.
BLOCK_KEYS = frozenset({"units", "scope", "money", "money_after", "money_context", "money_generic", "yields_to",
                        "generic_own_objects", "generic_own_named", "rate", "rate_after", "rate_basis", "proportion", "share", "count", "blockers", "spent_by_firm"})
SHARE_KEYS = frozenset({"ratio", "verbs", "of"})
COUNT_KEYS = frozenset({"cues", "counters", "heads", "counted_without_head", "counter_heads", "not_fact"})
# Words matched by one pattern must mean one thing: these roles (and the shared lists beside
# them) are searched together, so a word may appear in only one of them.
MONEY_ROLES = ("money", "money_after", "money_context", "money_generic")
PERCENT_ROLES = ("rate", "share.verbs", "share.ratio", "proportion")
MONEY_SHARED = ("out_of_scope", "firm_internal", "neutral")
PERCENT_SHARED = ("percent_out_of_scope", "neutral")


def block_words(block: dict[str, Any], role: str) -> list[str]:
    """The words of `role` ("money", "share.verbs", "count.cues" ...) in one category block."""
    value: Any = block
    for part in role.split("."):
        value = value.get(part, {}) if isinstance(value, dict) else {}
    if isinstance(value, dict):  # money_after: word -> the category it names before a figure
        return list(value)
    return value if isinstance(value, list) else []


def words_by_category(blocks: dict[str, dict], roles: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """word -> (category, role) over the given roles of every block; a word claimed twice fails."""
    owner: dict[str, tuple[str, str]] = {}
    for category, block in blocks.items():
        for role in roles:
            for word in block_words(block, role):
                if word in owner and owner[word] != (category, role):
                    raise ResourceError(f"cues.json: '{word}' is both {owner[word][0]}.{owner[word][1]} and {category}.{role}")
                owner[word] = (category, role)
    return owner


def words_of_role(role: str, *, not_of: tuple[str, ...] = ()) -> list[str]:
    """Every cue word some category (none of `not_of`) lists under `role` (`rate`: 复工率, 担保费率;
    `money`: 补贴, 贷款 ...), longest first, for the number patterns that read a figure by its cue."""
    blocks = resource("cues.json")["categories"]
    words = {w for category, block in blocks.items() if category not in not_of for w in block.get(role, ())}
    return sorted(words, key=lambda w: (-len(w), w))


def counter_words() -> list[str]:
    """Every counter word some category counts with (家, 个, 人 ...), for the number patterns."""
    blocks = resource("cues.json")["categories"]
    words = {w for block in blocks.values() for ws in block.get("count", {}).get("counters", {}).values() for w in ws}
    return sorted(words, key=lambda w: (-len(w), w))


def _fail(name: str, message: str) -> NoReturn:
    raise ResourceError(f"{name}: {message}")


def _check_block(name: str, category: str, block: dict[str, Any], scopes: set[str],
                 categories: tuple[str, ...], units: tuple[str, ...], bases: tuple[str, ...]) -> None:
    where = f"categories.{category}"
    unknown = set(block) - BLOCK_KEYS
    if unknown:
        _fail(name, f"{where} has unknown keys {sorted(unknown)} (allowed: {sorted(BLOCK_KEYS)})")
    if not block.get("units") or not set(block["units"]) <= set(units):
        _fail(name, f"{where}.units must be a non-empty list of schema units, got {block.get('units')}")
    if not set(block.get("scope", [])) <= scopes:
        _fail(name, f"{where}.scope names unknown scopes {sorted(set(block['scope']) - scopes)}")
    if block.get("rate_basis", "total") not in bases:
        _fail(name, f"{where}.rate_basis must be one of {bases}")
    if not set(block.get("money_after", {}).values()) <= set(categories):
        _fail(name, f"{where}.money_after maps words to unknown categories")
    if not set(block.get("yields_to", [])) <= set(categories):
        _fail(name, f"{where}.yields_to names unknown categories")
    if set(block.get("share", {})) - SHARE_KEYS or set(block.get("count", {})) - COUNT_KEYS:
        _fail(name, f"{where}: share takes {sorted(SHARE_KEYS)}, count takes {sorted(COUNT_KEYS)}")
    count = block.get("count", {})
    if count and not set(count.get("counters", {})) <= set(block["units"]):
        _fail(name, f"{where}.count.counters are keyed by units the block does not take")
    if not set(count.get("heads", {})) <= set(count.get("counters", {})):
        _fail(name, f"{where}.count.heads are keyed by units without counters")
    has_money_unit = any(u not in ("ratio", "enterprises", "projects", "persons", "items") for u in block["units"])
    if (block.get("rate") or block.get("share")) and "ratio" not in block["units"]:
        _fail(name, f"{where} has rate or share words but does not take the unit ratio")
    if block.get("money_generic") and not has_money_unit:
        _fail(name, f"{where} has money_generic words but takes no money unit")
    for key in ("units", "scope", "money", "money_after", "money_context", "money_generic", "yields_to",
                "generic_own_objects", "generic_own_named", "rate", "rate_after", "proportion", "blockers"):
        _check_unique(name, f"{where}.{key}", block.get(key, []))
    if block.get("spent_by_firm"):
        _check_partition(name, f"{where}.spent_by_firm", block["spent_by_firm"])
    for key, words in list(block.get("share", {}).items()) + list(count.items()):
        if isinstance(words, dict):
            for unit, ws in words.items():
                _check_unique(name, f"{where}.count.{key}.{unit}", ws)
        else:
            _check_unique(name, f"{where}.{key}", words)


def check_categories(name: str, data: dict[str, Any]) -> None:
    """One block per category the schema declares, in the schema's vocabulary, and no word with
    two meanings among the words one pattern searches for together."""
    from schemas.vocabulary import BASES, CATEGORIES, UNITS

    blocks = data["categories"]
    if set(blocks) != set(CATEGORIES):
        _fail(name, f"categories must have one block per schema category: missing {sorted(set(CATEGORIES) - set(blocks))}, "
                    f"unknown {sorted(set(blocks) - set(CATEGORIES))}")
    scopes = {s for kind, order in data.get("scopes", {}).items() if not kind.startswith("_") for s in order}
    for category, block in blocks.items():
        _check_block(name, category, block, scopes, CATEGORIES, UNITS, BASES)
    # Count cues are searched per category (the counter chooses it): 复岗 may count firms and people.
    for roles, shared in ((MONEY_ROLES, MONEY_SHARED), (PERCENT_ROLES, PERCENT_SHARED)):
        owner = words_by_category(blocks, roles)
        for key in shared:
            for word in data.get(key, []):
                if word in owner:
                    _fail(name, f"'{word}' is both {key} and {owner[word][0]}.{owner[word][1]}")
    synonyms = {k: v for k, v in data.get("subject_synonyms", {}).items() if not k.startswith("_")}
    _check_partition(name, "subject_synonyms", synonyms)


@lru_cache(maxsize=None)
def resource(name: str) -> dict[str, Any]:
    """The parsed, checked resource file `name` (e.g. 'cues.json')."""
    return check_resource(name, _load(name))


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first so that longer cues win."""
    return _alternation(tuple(words))


def not_after(words, drop: int = 0) -> str:
    """Lookbehinds that stop a match written right after any of `words`, each with its last `drop`
    characters cut (those the match itself begins with: 风险 with drop=1 keeps 险 from matching
    after 风; 担保费 with drop=2 keeps 保费 from matching after 担)."""
    return "".join(f"(?<!{regex.escape(w[:len(w) - drop])})" for w in words)


# Stages ask for the same word lists on every text (a cue index per article); sorting and
# escaping a thousand words each time was a sixth of the per-article time.
@lru_cache(maxsize=4096)
def _alternation(words: tuple[str, ...]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in ordered)


# A bounded repeat longer than this counts as unbounded when judging whether a pattern can
# run long: {0,10} around a few characters cannot, {0,500} over a long text might.
LONG_REPEAT = 50
_REPEAT = regex.compile(r"\{(\d*),(\d*)\}")


def can_run_long(pattern: str) -> bool:
    """True when `pattern` holds a repeat without a small bound (*, +, {n,}, {n,m} with m >
    LONG_REPEAT): only such a pattern can backtrack for long on a long text. A pattern of
    literals, classes, alternations, `?` and short bounded repeats does work linear in the
    text with a small constant, so it needs no clock of its own. Errs towards True."""
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            # \p{Han}, \N{...}: a brace after an escape names a property, it is no repeat
            i += 2
            if i - 1 < len(pattern) and pattern[i - 1] in "pPN" and i < len(pattern) and pattern[i] == "{":
                close = pattern.find("}", i)
                i = close + 1 if close >= 0 else len(pattern)
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":  # a leading ] is a literal member
                i += 1
        elif ch in "*+":
            return True
        elif ch == "{":
            repeat = _REPEAT.match(pattern, i)
            if repeat and (repeat.group(2) == "" or int(repeat.group(2)) > LONG_REPEAT):
                return True
        i += 1
    return False


def literal_scanner(words: list[str] | tuple[str, ...]) -> re.Pattern:
    """A pattern for literal `words` that finds what their alternation (longest first, as
    `alternation`) finds, compiled by the standard library's engine: at each position the
    longest word written there, leftmost first. Literals cannot backtrack far, so it takes no
    timeout: callers check the budget once per scan."""
    return _literal_scanner(tuple(words))


# Every scanner built and still held (by a module or the cache below), by its words: the tests
# compare each with the plain prefix tree of its words. Weak, so that it never outgrows the cache.
_SCANNERS: weakref.WeakValueDictionary[tuple[str, ...], re.Pattern] = weakref.WeakValueDictionary()


@lru_cache(maxsize=4096)
def _literal_scanner(words: tuple[str, ...]) -> re.Pattern:
    scanner = _SCANNERS[words] = pattern_cache.re_compile(_trie_pattern(set(words)))
    return scanner


def _trie_pattern(words: set[str]) -> str:
    """The words as a prefix tree: 企业(?:负责人|主)?|资金 rather than one branch per word, its
    first characters in groups behind lookaheads when there are many (`_grouped_firsts`).

    A flat alternation of two hundred cue words tries the words one after another at every
    position where one starts (企 starts dozens): 1.7 times the time of the tree. In the tree the engine follows the
    characters written, trying the longer continuation before stopping at a shorter word, so
    at each position it matches the longest word there, as the longest-first alternation does
    (every word that fits at one position lies on one path of the tree)."""
    tree = _prefix_tree(words)
    firsts = [ch for ch in tree if ch]
    if len(firsts) < _GROUPED_FROM or "" in tree:
        return _branch(tree)
    return _grouped_firsts(tree)


def _prefix_tree(words: set[str]) -> dict:
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return tree


def _branch(node: dict) -> str:
    children = [re.escape(ch) + _branch(child) for ch, child in sorted(node.items()) if ch]
    if not children:
        return ""
    body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
    if "" in node:  # a word ends here: its longer continuations first, then the word itself
        return f"(?:{body})?" if len(children) == 1 else f"{body}?"
    return body


# Where a first character of the words stands but no word does, `re` tries every first-level
# branch of the tree in turn, one literal each (1.2 us for the 248 first characters of the money
# words). Behind a lookahead of their first characters, each group of this many is skipped
# whole; a whole-list lookahead first keeps the other positions cheap. Measured on the seeds, the
# field set and the 10 MB corpus: groups of 32 scan lists of 248 first characters in half the time
# and of 123 in three quarters; below about a hundred, the lookaheads cost more than they save
# (`re` then no longer skips to the next first character by its own fast search).
_FIRSTS_PER_GROUP = 32
_GROUPED_FROM = 3 * _FIRSTS_PER_GROUP + 1


def _grouped_firsts(tree: dict) -> str:
    """The tree's first-level branches in groups of `_FIRSTS_PER_GROUP`, each behind a lookahead
    of its first characters. It matches what `_branch(tree)` matches, at every position: the
    groups share no first character, so at most one group's lookahead holds there, and in it
    the same branches are tried as in the whole tree (those of other first characters fail at
    their first literal). A tree whose root ends a word (the empty word) is not grouped."""
    firsts = sorted(tree)
    groups = [firsts[i:i + _FIRSTS_PER_GROUP] for i in range(0, len(firsts), _FIRSTS_PER_GROUP)]
    alternatives = "|".join(f"(?={_char_class(group)}){_branch({ch: tree[ch] for ch in group})}" for group in groups)
    return f"(?={_char_class(firsts)})(?:{alternatives})"


def _char_class(chars: list[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in chars) + "]"


# The `regex` classes a pattern may use for `stdlib_form`: their bodies as `regex` reads them.
_STDLIB_CLASS_NAMES = {r"\p{Han}": "HAN", r"\d": "DIGIT", r"\s": "SPACE"}
_STDLIB_NEGATED_NAMES = {r"\S": "SPACE", r"\D": "DIGIT"}
_STDLIB_KEPT_ESCAPES = frozenset({r"\n", r"\t"})


@lru_cache(maxsize=None)
def stdlib_form(pattern: str) -> re.Pattern | None:
    """`pattern` (a `regex` pattern compiled without flags) for the standard library's engine,
    matching exactly where the `regex` form does; None when it holds anything this does not
    follow, or `re` cannot compile it (a lookbehind of words of several lengths).

    `re` tries an alternation of anchored branches two to three times faster than `regex` (the
    furniture patterns on a short line), but reads \\d and \\s by this Python's Unicode tables
    and has no \\p{Han}: those are spelt out as `regex` reads them (regex_classes), \\S and \\D
    as their negated classes. Any other letter escape (\\w, \\b, \\p{...}), an inline flag,
    a nested set or a spelt-out class before a `-` inside a set gives None: `regex` stays."""
    from . import regex_classes  # only patterns moved to `re` need the classes

    def body(name: str) -> str:
        return getattr(regex_classes, name)

    out, i, in_class = [], 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            piece = r"\p{Han}" if pattern.startswith(r"\p{Han}", i) else pattern[i:i + 2]
            i += len(piece)
            if piece in _STDLIB_CLASS_NAMES:
                if in_class and pattern.startswith("-", i) and not pattern.startswith("-]", i):
                    return None  # the class's last character would start a range
                out.append(body(_STDLIB_CLASS_NAMES[piece]) if in_class else f"[{body(_STDLIB_CLASS_NAMES[piece])}]")
            elif piece in _STDLIB_NEGATED_NAMES and not in_class:
                out.append(f"[^{body(_STDLIB_NEGATED_NAMES[piece])}]")
            elif piece in _STDLIB_KEPT_ESCAPES or (len(piece) == 2 and not piece[1].isalnum()):
                out.append(piece)  # an escaped mark, a newline or a tab: read alike
            else:
                return None
            continue
        if in_class:
            if ch == "[":
                return None  # a nested set (regex's VERSION1) or a POSIX class: not followed
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            lead = 2 if pattern.startswith("[^", i) else 1
            if pattern.startswith("]", i + lead):
                lead += 1  # a ] first in the set is a literal member
            out.append(pattern[i:i + lead])
            i += lead
            continue
        elif ch == "(" and pattern.startswith("(?", i) and pattern[i + 2:i + 3] not in (":", "=", "!", "<", "P"):
            return None  # an inline flag, an atomic group, a comment, a branch reset
        out.append(ch)
        i += 1
    try:
        return pattern_cache.re_compile("".join(out))
    except re.error:
        return None


def _guarded(method: str):
    """`GuardedPattern.<method>`: the wrapped pattern's `method`, called with the timeout the
    article's budget gives it (see GuardedPattern).

    A call that gets no timeout is made without the keyword: `regex` parses a `timeout=None`
    passed to it in about twice the time of the match of a short pattern (0.9 us), and most
    guarded calls are of short patterns inside a budget, which get none."""
    def call(self, *args, timeout=None, **kwargs):
        if self.runs_long:
            timeout = budget.regex_timeout(timeout)
        elif budget.check_short_call():
            timeout = None
        if timeout is None:
            return getattr(self.compiled, method)(*args, **kwargs)
        return getattr(self.compiled, method)(*args, timeout=timeout, **kwargs)
    call.__name__, call.__qualname__ = method, f"GuardedPattern.{method}"
    return call


class GuardedPattern:
    """A compiled `regex` pattern whose calls respect the current article's time budget.

    Inside `budget.deadline(...)` a pattern that can run long (`can_run_long`) first checks
    the deadline (BudgetExceeded when it has passed) and runs with the remaining time as its
    timeout, whatever timeout the caller passed. A pattern that cannot run long only checks
    the deadline and runs without a regex timer (`budget.check_short_call`): a regex timeout
    on every call cost ten times the clock read, about a sixth of all the time, and a loop
    of many short calls still stops at the budget.
    Outside a deadline the call is the plain pattern's. Everything else (`.pattern`,
    `.groupindex`) is the wrapped pattern's.
    """

    __slots__ = ("compiled", "runs_long")

    def __init__(self, pattern: regex.Pattern):
        self.compiled = pattern
        self.runs_long = can_run_long(pattern.pattern)

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"GuardedPattern({self.compiled.pattern!r})"

    # One per call of the pattern's: the timeout the call gets, as the class docstring says.
    search = _guarded("search")
    match = _guarded("match")
    fullmatch = _guarded("fullmatch")
    finditer = _guarded("finditer")
    findall = _guarded("findall")
    sub = _guarded("sub")
    subn = _guarded("subn")
    split = _guarded("split")


# Bounded: every pattern the pipeline uses is compiled once at import and held by its
# module; a pattern built from an article's own words must never pile up here (such a
# cache once grew each worker to 1.1 GiB over a 1 GB archive).
@lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> GuardedPattern:
    return GuardedPattern(pattern_cache.regex_compile(pattern, flags))


@lru_cache(maxsize=None)
def short_pattern(pattern: str, flags: int = 0) -> regex.Pattern:
    """A plain compiled pattern, for one that cannot run long (`can_run_long` is False) used
    in a loop that checks the article's budget once per iteration (a figure, a window).

    Its calls cost nothing beyond the match: no clock read and no regex timer per call,
    which a guarded pattern pays however short the pattern. A pattern that could run long is
    refused: it needs the timer of `compiled`."""
    if can_run_long(pattern):
        raise ValueError(f"{pattern!r} can run long on a long text: use lexicon.compiled")
    return pattern_cache.regex_compile(pattern, flags)
