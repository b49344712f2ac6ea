"""The pipeline's compiled patterns, kept between processes: a build's start-up does not compile
again what the one before it compiled.

The stages compile about nine hundred patterns when they are imported or first used, and both
engines compile in Python: `re` walks \\p{Han}, spelt out as `regex` reads it, code point by
code point (28,000 of them) at each of its three hundred places, and `regex` parses long
alternations of cue words slowly. That was about 0.45 s of every build's start-up. What a
pattern compiles to is a function of the pattern, its flags and the engine compiling it, so
the compiled form is kept in the temporary directory, beside jieba's tables:

- for `regex`, the pattern as pickled: `regex` pickles a pattern with its compiled code, and
  unpickling makes the pattern from that code without compiling it;
- for `re`, which pickles a pattern as its source, the program `re.compile` passes to the call
  it ends with (`_sre.compile`: the code, flags and groups), from which that call makes the
  pattern again. A program is written only after the pattern made from it was found equal to
  the one `re.compile` made (`==` compares flags, pattern and code; groups and their names
  are compared too).

Only what this Python and this `regex` made is read: the file names them (Python's version,
its SRE engine's magic number, the modification times of its `re` compiler and parser,
`regex`'s version and default version), and a file another user wrote is not read. Anything
else (another Python, `re` internals that are not as expected, a file that cannot be read or
written) leaves the compiling to the engine. tests/test_pattern_cache.py compares every kept
pattern with the engine's.

A process reads the file at its first compile and writes it at `save` when it compiled a pattern
the file did not hold: the engine saves before the first article (the patterns of the imports)
and after it (those compiled on first use), and then lets the kept forms go.
"""
from __future__ import annotations

import io
import os
import pickle
import re
import sys
import tempfile

import regex

from . import jieba_cache

_FORMAT = 1  # bumped when the layout below changes
_MAX_NEW = 2_000  # patterns compiled afresh that one process remembers for `save`

# (engine, pattern, flags) -> the kept form ("re": its program; "regex": the pickled pattern)
Key = tuple[str, str, int]
_kept: dict[Key, object] | None = None  # None: not read yet
_new: dict[Key, object] = {}  # compiled by the engine in this process, not in the file
_used: set[Key] = set()  # made from a kept form in this process
_done = False  # saved for the last time: nothing kept, nothing remembered


def re_compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, made from the kept program when there is one."""
    key = ("re", pattern, int(flags))
    program = _kept_forms().get(key)
    made = _made(pattern, program) if program is not None else None
    return _used_or_compiled(key, made, lambda: re.compile(pattern, flags))


def regex_compile(pattern: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(pattern, flags)`, unpickled from the kept pattern when there is one."""
    key = ("regex", pattern, int(flags))
    pickled = _kept_forms().get(key)
    made = _unpickled(pickled) if pickled is not None else None
    return _used_or_compiled(key, made, lambda: regex.compile(pattern, flags))


def _used_or_compiled(key: Key, made, compile_it):
    if made is not None:
        _used.add(key)
        return made
    compiled = compile_it()
    if not _done and len(_new) < _MAX_NEW:
        _new[key] = compiled
    return compiled


def save(*, done: bool = False) -> None:
    """Write the kept forms this process used with those of the patterns it compiled afresh,
    when there are such (the file then holds what this code compiles, nothing older). `done`: no
    later save comes, the kept forms are let go (their objects take about 9 MB) and later patterns are
    compiled by the engines alone."""
    global _kept, _done
    if _done:
        return
    kept = _kept_forms()
    fresh = _kept_forms_of(_new)
    _new.clear()
    source = _versions()
    if fresh is None or source is None:
        done = True  # an engine does not work as this module expects: everything is left to it
    elif fresh:
        jieba_cache.write_atomically(_path(), (_FORMAT, source, {**{key: kept[key] for key in _used}, **fresh}))
        kept.update(fresh)
        _used.update(fresh)
    if done:
        _done = True
        _kept = {}
        _used.clear()


def _kept_forms_of(compiled: dict[Key, object]) -> dict[Key, object] | None:
    """The kept forms of patterns the engines compiled, each checked to make the pattern the
    engine made; None when one does not (another Python's `re`)."""
    forms = {}
    for key, pattern in compiled.items():
        engine, source, flags = key
        if engine == "re":
            form = _program(source, flags)
            if form is None or not _same(_made(source, form), pattern):
                return None
        else:
            form = pickle.dumps(pattern, protocol=pickle.HIGHEST_PROTOCOL)
            made = _unpickled(form)
            if made is None or made.pattern != pattern.pattern or made.flags != pattern.flags:
                return None
        forms[key] = form
    return forms


def _kept_forms() -> dict[Key, object]:
    global _kept
    if _kept is None:
        _kept = {}
        source = _versions()
        fields = jieba_cache.read_own_fields(_path(), source, 1, version=_FORMAT) if source is not None else None
        if fields is not None and isinstance(fields[0], dict):
            _kept = fields[0]
    return _kept


def _path() -> str:
    return os.path.join(tempfile.gettempdir(), f"zone-measures-patterns-{sys.implementation.cache_tag}.cache")


def _versions() -> tuple | None:
    """What a compiled pattern depends on besides its source and flags: this Python, its `re`
    compiler and `regex`."""
    try:
        import _sre
        from re import _compiler, _parser
        return (sys.version, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode,
                os.stat(_compiler.__file__).st_mtime_ns, os.stat(_parser.__file__).st_mtime_ns,
                regex.__version__, int(regex.DEFAULT_VERSION))
    except (ImportError, AttributeError, OSError):
        return None


def _program(pattern: str, flags: int) -> tuple | None:
    """What `re._compiler.compile` passes to `_sre.compile` for `pattern`, as marshal keeps it."""
    try:
        from re import _compiler, _parser
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]
        groupindex = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
    except Exception:  # private internals of another Python: no program
        return None


def _made(pattern: str, program) -> re.Pattern | None:
    try:
        import _sre
        return _sre.compile(pattern, *program)
    except Exception:  # a program this Python does not take: compiled anew
        return None


class _PatternUnpickler(pickle.Unpickler):
    """Unpickles a `regex` pattern and nothing else: the one callable a pickled pattern names
    is `regex`'s own constructor of a pattern from its compiled code."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not a regex pattern: {module}.{name}")


def _unpickled(pickled) -> regex.Pattern | None:
    try:
        made = _PatternUnpickler(io.BytesIO(pickled)).load()
    except Exception:  # a pattern this regex does not take: compiled anew
        return None
    return made if isinstance(made, regex.Pattern) else None


def _same(made: re.Pattern | None, compiled: re.Pattern) -> bool:
    return made is not None and made == compiled and made.groups == compiled.groups \
        and dict(made.groupindex) == dict(compiled.groupindex)
