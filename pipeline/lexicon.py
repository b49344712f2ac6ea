"""Language resources, loaded once from `pipeline/resources/*.json` and checked.

Cue words, qualifier words, boilerplate patterns and zone vocabulary are data, not code.
Loading fails loudly when a list repeats an entry or when one cue is claimed by two
categories of the same kind, so a resource edit cannot silently change the meaning of
another rule.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import regex

from . import budget

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
    return data


@lru_cache(maxsize=None)
def resource(name: str) -> dict[str, Any]:
    """The parsed, checked resource file `name` (e.g. 'cues.json')."""
    return check_resource(name, _load(name))


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first so that longer cues win."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in ordered)


class GuardedPattern:
    """A compiled `regex` pattern whose calls respect the current article's time budget.

    Inside `budget.deadline(...)` each call first checks the deadline (BudgetExceeded when
    it has passed) and runs with the remaining time as its timeout, whatever timeout the
    caller passed; a loop of many short calls therefore stops at the budget too. Outside a
    deadline the call is the plain pattern's. Everything else (`.pattern`, `.groupindex`)
    is the wrapped pattern's.
    """

    __slots__ = ("compiled",)

    def __init__(self, pattern: regex.Pattern):
        self.compiled = pattern

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"GuardedPattern({self.compiled.pattern!r})"

    def search(self, *args, timeout=None, **kwargs):
        return self.compiled.search(*args, timeout=budget.regex_timeout(timeout), **kwargs)

    def match(self, *args, timeout=None, **kwargs):
        return self.compiled.match(*args, timeout=budget.regex_timeout(timeout), **kwargs)

    def fullmatch(self, *args, timeout=None, **kwargs):
        return self.compiled.fullmatch(*args, timeout=budget.regex_timeout(timeout), **kwargs)

    def finditer(self, *args, timeout=None, **kwargs):
        return self.compiled.finditer(*args, timeout=budget.regex_timeout(timeout), **kwargs)

    def findall(self, *args, timeout=None, **kwargs):
        return self.compiled.findall(*args, timeout=budget.regex_timeout(timeout), **kwargs)

    def sub(self, *args, timeout=None, **kwargs):
        return self.compiled.sub(*args, timeout=budget.regex_timeout(timeout), **kwargs)

    def subn(self, *args, timeout=None, **kwargs):
        return self.compiled.subn(*args, timeout=budget.regex_timeout(timeout), **kwargs)

    def split(self, *args, timeout=None, **kwargs):
        return self.compiled.split(*args, timeout=budget.regex_timeout(timeout), **kwargs)


@lru_cache(maxsize=None)
def compiled(pattern: str, flags: int = 0) -> GuardedPattern:
    return GuardedPattern(regex.compile(pattern, flags))
