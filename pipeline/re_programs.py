"""The standard library's compiled programs of the pipeline's `re` patterns, kept between processes.

The stages move hundreds of patterns to `re` (measures' `_on_re`, numbers' twins, lexicon's
literal scanners and `stdlib_form`), and `re` compiles each in Python: \\p{Han} spelt out as
`regex` reads it is walked code point by code point (28,000 of them) at each of its three
hundred places, so compiling them took about 0.35 s of every build's start-up. What `re.compile`
makes of a pattern is a function of the pattern, its flags and the Python running it, so the
program it made (its code, flags and groups) is kept in the temporary directory, beside
jieba's tables, and the pattern is made from it again by the call `re.compile` ends with
(`_sre.compile`): about 0.01 s for all of them.

Only what this Python made is read: the file names the Python (its version, its SRE engine's
magic number, the modification times of its `re` compiler and parser); a program is written
only after the pattern made from it was found equal to the one `re.compile` made (`==` compares
the flags, the pattern and the code; groups and their names are compared too), and a file another
user wrote is not read. Anything else (another Python, `re` internals that are not as expected,
a file that cannot be read or written) leaves the compiling to `re.compile`.
tests/test_re_programs.py compares every kept pattern with `re.compile`'s.

A process reads the file at its first `compile` and writes it at `save` when it compiled a pattern
the file did not hold: the engine saves before the first article (the patterns of the imports) and
after it (those compiled on first use), and then lets the programs go.
"""
from __future__ import annotations

import os
import re
import sys
import tempfile

from . import jieba_cache

_FORMAT = 1  # bumped when the layout below changes
_MAX_NEW = 5_000  # patterns compiled afresh that one process remembers for `save`

_kept: dict[tuple[str, int], tuple] | None = None  # (pattern, flags) -> its program; None: not read yet
_new: dict[tuple[str, int], re.Pattern] = {}  # compiled by re.compile in this process, not in the file
_used: set[tuple[str, int]] = set()  # made from a kept program in this process
_done = False  # saved for the last time: nothing kept, nothing remembered


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (re.compile's name, on purpose)
    """`re.compile(pattern, flags)`, made from the kept program when there is one."""
    key = (pattern, int(flags))
    program = _kept_programs().get(key)
    if program is not None:
        made = _made(pattern, program)
        if made is not None:
            _used.add(key)
            return made
    compiled = re.compile(pattern, flags)
    if not _done and len(_new) < _MAX_NEW:
        _new[key] = compiled
    return compiled


def save(*, done: bool = False) -> None:
    """Write the programs this process used with those of the patterns it compiled afresh, when
    there are such (the file then holds what this code compiles, nothing older). `done`: no later
    save comes, the programs are let go (their objects take 6 MB) and later patterns are compiled
    by `re.compile` alone."""
    global _kept, _done
    if _done:
        return
    kept = _kept_programs()
    fresh = _checked_programs(_new)
    _new.clear()
    source = _python()
    if fresh is None or source is None:
        done = True  # `re` does not work as this module expects: everything is left to re.compile
    elif fresh:
        jieba_cache.write_atomically(_path(), (_FORMAT, source, {**{key: kept[key] for key in _used}, **fresh}))
        kept.update(fresh)
        _used.update(fresh)
    if done:
        _done = True
        _kept = {}
        _used.clear()


def _checked_programs(compiled: dict[tuple[str, int], re.Pattern]) -> dict[tuple[str, int], tuple] | None:
    """The programs of patterns `re.compile` compiled, each checked to make the pattern it made;
    None when one does not (another Python's `re`)."""
    programs = {}
    for key, pattern in compiled.items():
        program = _program(*key)
        if program is None or not _same(_made(key[0], program), pattern):
            return None
        programs[key] = program
    return programs


def _kept_programs() -> dict[tuple[str, int], tuple]:
    global _kept
    if _kept is None:
        _kept = {}
        source = _python()
        fields = jieba_cache.read_own_fields(_path(), source, 1, version=_FORMAT) if source is not None else None
        if fields is not None and isinstance(fields[0], dict):
            _kept = fields[0]
    return _kept


def _path() -> str:
    return os.path.join(tempfile.gettempdir(), f"zone-measures-re-programs-{sys.implementation.cache_tag}.cache")


def _python() -> tuple | None:
    """What the programs depend on besides the pattern: this Python and its `re` compiler."""
    try:
        import _sre
        from re import _compiler, _parser
        return (sys.version, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode,
                os.stat(_compiler.__file__).st_mtime_ns, os.stat(_parser.__file__).st_mtime_ns)
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
    except Exception:  # noqa: BLE001 (private internals of another Python: no program)
        return None


def _made(pattern: str, program: tuple) -> re.Pattern | None:
    try:
        import _sre
        return _sre.compile(pattern, *program)
    except Exception:  # noqa: BLE001 (a program this Python does not take: compiled anew)
        return None


def _same(made: re.Pattern | None, compiled: re.Pattern) -> bool:
    return made is not None and made == compiled and made.groups == compiled.groups \
        and dict(made.groupindex) == dict(compiled.groupindex)
